#!/usr/bin/env python3
"""Scores the current build on the portal-style probes.

    python3 eval/probes/score.py [--verbose] [--vncite PATH] [--set NAME]

Each set in eval/probes/ (articles/*.txt and gold.json) is run through `vncite extract` and both
shared scorers (../shared/tools, or $VNCITE_SCORERS): citations, then meetings and headers. The
probes are written text, not real articles, and the code was changed on what they showed: they
measure nothing the hidden sets do, and are kept as a check that today's portal forms stay read
(README.md here). The default binary is the release build: `swift build -c release` first.
"""
import json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TOOLS = os.environ.get("VNCITE_SCORERS", os.path.join(ROOT, "..", "shared", "tools"))


def score_sets(base, args, skip_missing=False):
    """Scores each set under `base` (NAME/articles/*.txt, NAME/gold.json) as the flags in `args` say."""
    verbose = "--verbose" in args
    vncite = args[args.index("--vncite") + 1] if "--vncite" in args else os.path.join(ROOT, ".build", "release", "vncite")
    only = args[args.index("--set") + 1] if "--set" in args else None
    for name in sorted(os.listdir(base)):
        folder = os.path.join(base, name, "articles")
        gold = os.path.join(base, name, "gold.json")
        if not os.path.isfile(gold) or only and name != only:
            continue
        if not os.path.isdir(folder):
            if skip_missing:
                print(f"# {name}: no texts in {folder}, skipped")
            continue
        print(f"# {name}")
        scored = labels_of_present_texts(gold, folder)
        out = subprocess.run([vncite, "extract", folder], capture_output=True, check=True).stdout
        for scorer in ("score.py", "score_meetings.py"):
            rep = subprocess.run([sys.executable, os.path.join(TOOLS, scorer), scored, "--root", folder],
                                 input=out, capture_output=True, check=True).stdout.decode().rstrip("\n").split("\n")
            print("\n".join(rep if verbose else rep[-1:]))
        if scored != gold:
            os.unlink(scored)


def labels_of_present_texts(gold, folder):
    """The gold file itself, or a temporary copy without the labelled excerpts whose text is absent.

    A labelled excerpt whose text never reached the folder would count against the tool as a
    missed article; it is left out and said so."""
    labels = json.load(open(gold, encoding="utf-8"))
    absent = sorted(k for k in labels["articles"] if not os.path.isfile(os.path.join(folder, k)))
    if not absent:
        return gold
    print(f"({len(absent)} labelled excerpts have no text here, scored without them: {', '.join(absent)})")
    labels["articles"] = {k: v for k, v in labels["articles"].items() if k not in absent}
    copy = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8")
    json.dump(labels, copy, ensure_ascii=False)
    copy.close()
    return copy.name


def main():
    score_sets(HERE, sys.argv[1:])


if __name__ == "__main__":
    main()
