#!/usr/bin/env python3
"""Scores the current build on the development set.

    python3 eval/dev/score.py [--holdout] [--verbose] [--vncite PATH] [--set NAME]

Runs `vncite extract` on eval/dev/citations/passages (and the draws citations2/, citations3/,
citations4/ — type words in small letters before a number),
eval/dev/meetings/articles and the further draws meetings2/ … meetings53/ (60 articles each, 43 in draw 38, 44 in draw 51, 16 in draws 52 and 53;
citations3/, meetings8/, meetings22/ … meetings53/ were never tuned on (39 became a working draw in the nineteenth session, 48 in the twenty-second, and 49's misses were printed at its end; 51's at its first scoring, in the twenty-third) — 20 and 21 became working draws at the
end of the twelfth session; with --holdout:
eval/holdout/…, the set never tuned on) and scores them with the shared scorers
(../shared/tools, or $VNCITE_SCORERS). Prints each scorer's summary lines (all of its report
with --verbose); --set meetings10 scores that one set only. The default binary is the release build: `swift build -c release` first.
"""
import re, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TOOLS = os.environ.get("VNCITE_SCORERS", os.path.join(ROOT, "..", "shared", "tools"))


def run(vncite, folder, scorer, gold, verbose, only=None):
    if only and os.path.basename(os.path.dirname(gold)) != only:
        return
    print(f"# {os.path.basename(os.path.dirname(gold))}")
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
    only = args[args.index("--set") + 1] if "--set" in args else None
    base = os.path.join(os.path.dirname(HERE), "holdout") if "--holdout" in args else HERE
    c = os.path.join(base, "citations")
    m = os.path.join(base, "meetings")
    run(vncite, os.path.join(c, "passages"), "score.py", os.path.join(c, "gold.json"), verbose, only)
    for n in (2, 3, 4):
        more = os.path.join(base, f"citations{n}")
        if os.path.exists(os.path.join(more, "gold.json")):
            run(vncite, os.path.join(more, "passages"), "score.py", os.path.join(more, "gold.json"), verbose, only)
    run(vncite, os.path.join(m, "articles"), "score_meetings.py", os.path.join(m, "gold.json"), verbose, only)
    for n in range(2, 54):
        more = os.path.join(base, f"meetings{n}")
        if os.path.exists(os.path.join(more, "gold.json")):
            run(vncite, os.path.join(more, "articles"), "score_meetings.py", os.path.join(more, "gold.json"), verbose, only)


if __name__ == "__main__":
    main()
