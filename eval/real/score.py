#!/usr/bin/env python3
"""Scores the current build on the real portal excerpts whose labels are kept here.

    python3 eval/real/score.py [--verbose] [--vncite PATH] [--set NAME]

Each set (reala … realaz) holds gold.json (labelled by LABELLING.md) and sources.json (the page
each excerpt came from), not the texts: they are excerpts of stored copies of public pages, which
are not ours to copy into the repository (README.md here). Put each set's texts in
eval/real/NAME/articles/ (ignored by git) and this runs them through `vncite extract` and both
shared scorers (../shared/tools, or $VNCITE_SCORERS); a set without its texts is skipped, and a
labelled excerpt whose text is missing is left out of its set's score and named. The
default binary is the release build: `swift build -c release` first.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "probes"))
from score import score_sets  # noqa: E402  (the probes' scorer, run on these sets)


if __name__ == "__main__":
    score_sets(HERE, sys.argv[1:], skip_missing=True)
