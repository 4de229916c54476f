#!/usr/bin/env python3
"""Scores the current build on the development set.

    python3 eval/dev/score.py [--holdout] [--verbose] [--vncite PATH]

Runs `vncite extract` on eval/dev/citations/passages (and the draws citations2/, citations3/),
eval/dev/meetings/articles and the further draws meetings2/ … meetings10/ (60 articles each;
citations3/, meetings8/ and meetings10/ were never tuned on; with --holdout: eval/holdout/…, the set never
tuned on) and scores them with the shared scorers
(../shared/tools, or $VNCITE_SCORERS). Prints each scorer's summary lines (all of its report
with --verbose). The default binary is the release build: `swift build -c release` first.
"""
import re, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TOOLS = os.environ.get("VNCITE_SCORERS", os.path.join(ROOT, "..", "shared", "tools"))


def run(vncite, folder, scorer, gold, verbose):
    out = subprocess.run([vncite, "extract", folder], capture_output=True, check=True).stdout
    rep = subprocess.run([sys.executable, os.path.join(TOOLS, scorer), gold, "--root", folder],
                         input=out, capture_output=True, check=True).stdout.decode()
    lines = rep.rstrip("\n").split("\n")
    # Without --verbose, only the totals: no article's miss is shown, so a draw kept for an honest
    # estimate can be scored without its misses being read.
    totals = [l for l in lines if not re.match(r"\S+\.txt:", l)]
    print("\n".join(lines if verbose else totals[-3:]))


def main():
    args = sys.argv[1:]
    verbose = "--verbose" in args
    vncite = args[args.index("--vncite") + 1] if "--vncite" in args else os.path.join(ROOT, ".build", "release", "vncite")
    base = os.path.join(os.path.dirname(HERE), "holdout") if "--holdout" in args else HERE
    c = os.path.join(base, "citations")
    m = os.path.join(base, "meetings")
    print("# citations")
    run(vncite, os.path.join(c, "passages"), "score.py", os.path.join(c, "gold.json"), verbose)
    for n in (2, 3):
        more = os.path.join(base, f"citations{n}")
        if os.path.exists(os.path.join(more, "gold.json")):
            print(f"# citations, draw {n}")
            run(vncite, os.path.join(more, "passages"), "score.py", os.path.join(more, "gold.json"), verbose)
    print("# meetings")
    run(vncite, os.path.join(m, "articles"), "score_meetings.py", os.path.join(m, "gold.json"), verbose)
    for n in (2, 3, 4, 5, 6, 7, 8, 9, 10):
        more = os.path.join(base, f"meetings{n}")
        if os.path.exists(os.path.join(more, "gold.json")):
            print(f"# meetings, draw {n}")
            run(vncite, os.path.join(more, "articles"), "score_meetings.py", os.path.join(more, "gold.json"), verbose)


if __name__ == "__main__":
    main()
