#!/usr/bin/env python3
"""Scores the current build on the real portal excerpts whose labels are kept here.

    python3 eval/real/score.py [--verbose] [--vncite PATH] [--set NAME]

Each set (reala … realg) holds gold.json (labelled by LABELLING.md) and sources.json (the page
each excerpt came from), not the texts: they are excerpts of stored copies of public pages, which
are not ours to copy into the repository (README.md here). Put each set's texts in
eval/real/NAME/articles/ (ignored by git) and this runs them through `vncite extract` and both
shared scorers (../shared/tools, or $VNCITE_SCORERS); a set without its texts is skipped. The
default binary is the release build: `swift build -c release` first.
"""
import os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TOOLS = os.environ.get("VNCITE_SCORERS", os.path.join(ROOT, "..", "shared", "tools"))


def main():
    args = sys.argv[1:]
    verbose = "--verbose" in args
    vncite = args[args.index("--vncite") + 1] if "--vncite" in args else os.path.join(ROOT, ".build", "release", "vncite")
    only = args[args.index("--set") + 1] if "--set" in args else None
    for name in sorted(os.listdir(HERE)):
        gold = os.path.join(HERE, name, "gold.json")
        if not os.path.isfile(gold) or only and name != only:
            continue
        folder = os.path.join(HERE, name, "articles")
        if not os.path.isdir(folder):
            print(f"# {name}: no texts in {folder}, skipped")
            continue
        print(f"# {name}")
        out = subprocess.run([vncite, "extract", folder], capture_output=True, check=True).stdout
        for scorer in ("score.py", "score_meetings.py"):
            rep = subprocess.run([sys.executable, os.path.join(TOOLS, scorer), gold, "--root", folder],
                                 input=out, capture_output=True, check=True).stdout.decode().rstrip("\n").split("\n")
            print("\n".join(rep if verbose else rep[-1:]))


if __name__ == "__main__":
    main()
