"""The benchmark cases: what runs, on which input, in which order.

On the whole corpus: vncite extract and graph (--jobs 1 and 2), vncite report, ripgrep and the
Python script. Then extract and graph on one core on every slice and on the single big article
(the scaling table), and the checks: 2 jobs write the same output as 1, the seeds still score.
"""
import os
import subprocess
import sys
import types

import baseline  # the citation pattern, shared with ripgrep
from common import BENCH, ROOT, log
from corpus import txt_folder
from measure import count_extract, count_graphml, count_pages, kb, measure, python_counts, rg_counts, sha256

BIG_TIMEOUT_FACTOR = 5  # the big article is abandoned after this many times the corpus's time


class Vncite:
    """A vncite binary, what it can do (JSON Lines input, --jobs, report) and its cases."""

    def __init__(self, binary, inputs, args):
        self.binary, self.inputs, self.args = binary, inputs, args
        self.out_dir = os.path.join(args.work, "out")
        os.makedirs(self.out_dir, exist_ok=True)
        help_text = subprocess.run([binary, "extract", "--help"], capture_output=True, text=True).stdout
        self.has_jobs = "--jobs" in help_text
        self.has_report = subprocess.run([binary, "report", "--help"], capture_output=True).returncode == 0
        probe = os.path.join(args.work, "probe.jsonl")
        with open(inputs["all"]["path"], "rb") as fin, open(probe, "wb") as fout:
            fout.write(fin.readline() + fin.readline())
        p = subprocess.run([binary, "extract", probe], capture_output=True, text=True)
        self.reads_jsonl = p.returncode == 0 and len(p.stdout.strip().splitlines()) == 2
        self.use_jsonl = args.vncite_input == "jsonl" or (args.vncite_input == "auto" and self.reads_jsonl)
        log(f"vncite: {binary}; reads JSON Lines: {self.reads_jsonl}; --jobs: {self.has_jobs}; "
            f"input given: {'JSON Lines' if self.use_jsonl else '.txt folders'}")

    def input(self, info):
        return info["path"] if self.use_jsonl else txt_folder(self.args.work, info)

    def jobs(self, n):
        return ["--jobs", str(n)] if self.has_jobs else []

    def name(self, command, n):
        return f"vncite {command} --jobs {n}" if self.has_jobs else f"vncite {command}"

    def extract(self, label, n, tag, timeout=None):
        """vncite extract > out.jsonl; counts the citations and findings."""
        info = self.inputs[label]
        path = os.path.join(self.out_dir, f"extract-{tag}.jsonl")
        r = measure(self.name("extract", n), [self.binary, "extract", *self.jobs(n), self.input(info)],
                    info, self.args, stdout_path=path, pin=(n == 1), count=lambda r: count_extract(path),
                    timeout=timeout)
        r.output = path
        return r

    def graph(self, label, n, tag, timeout=None):
        """vncite graph --format graphml; counts the mentions, cites edges and documents."""
        info = self.inputs[label]
        folder = os.path.join(self.out_dir, f"graph-{tag}")
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, "citations.graphml")
        r = measure(self.name("graph", n),
                    [self.binary, "graph", *self.jobs(n), self.input(info), "-o", folder, "--format", "graphml"],
                    info, self.args, pin=(n == 1), count=lambda r: count_graphml(path), timeout=timeout)
        r.output = path
        return r

    def report(self, label, n, tag):
        """vncite report of the corpus: the whole static site (issue 14); counts the pages."""
        info = self.inputs[label]
        folder = os.path.join(self.out_dir, f"report-{tag}")
        r = measure(f"vncite report --jobs {n}", [self.binary, "report", *self.jobs(n), self.input(info), "-o", folder],
                    info, self.args, pin=(n == 1), count=lambda r: {"pages": count_pages(folder)})
        r.note = f"{r.counts.get('pages', 0):,} files; index.html {kb(os.path.join(folder, 'index.html'))} kB"
        return r


def peers(info, args, out_dir):
    """ripgrep and the Python script on the corpus (the script is None with --no-python)."""
    rg_out = os.path.join(out_dir, "rg.txt")
    rgc = measure("rg -c", ["rg", "--no-config", "-c", "-e", baseline.PATTERN, info["path"]],
                  info, args, stdout_path=rg_out, ok_codes=(0, 1), count=lambda r: rg_counts(info["path"], rg_out))
    rgc.note = "citations: rg --count-matches (untimed); peak MB counts the file, memory-mapped"
    if args.no_python:
        return rgc, None
    pyout = os.path.join(out_dir, "baseline.txt")
    py = measure("baseline.py", [sys.executable, os.path.join(BENCH, "baseline.py"), info["path"],
                                 "-o", os.path.join(out_dir, "baseline.graphml")],
                 info, args, stdout_path=pyout, count=lambda r: python_counts(pyout))
    return rgc, py


def scale(v, ex1, gr1):
    """extract and graph, one core, on each slice and the big article ("all" is measured already)."""
    args = v.args
    scaling = {"extract": {"all": ex1}, "graph": {"all": gr1}}

    # The big article has as much text as the corpus: linear code takes about as long on it. Code
    # that rescans the text is stopped after BIG_TIMEOUT_FACTOR times the corpus's time (--big-timeout).
    def big_timeout(r):
        if args.big_timeout:
            return args.big_timeout
        return max(60.0, BIG_TIMEOUT_FACTOR * r.best) if r.best else None

    for label in [l for l in v.inputs if l not in ("all",)]:
        big = label == "big article"
        scaling["extract"][label] = v.extract(label, 1, "scale", timeout=big_timeout(ex1) if big else None)
        scaling["graph"][label] = v.graph(label, 1, "scale", timeout=big_timeout(gr1) if big else None)
        scaling["extract"][label].case_runs = scaling["graph"][label].case_runs = args.runs
    return scaling


def same_output(a, b):
    """Whether two runs wrote byte-identical output (None when one of them did not run)."""
    return sha256(a.output) == sha256(b.output) if a and b and a.times and b.times else None


def seeds_score(binary):
    """The last line of `vncite extract seeds | score.py` ("?" without ../shared's scorer)."""
    score_py = os.path.join(ROOT, "..", "shared", "tools", "score.py")
    gold = os.path.join(ROOT, "..", "shared", "gold", "seeds.json")
    if not (os.path.exists(score_py) and os.path.exists(gold)):
        return "?"
    ex = subprocess.run([binary, "extract", "seeds"], cwd=ROOT, capture_output=True, text=True)
    sc = subprocess.run([sys.executable, score_py, gold, "--root", "seeds"], cwd=ROOT,
                        input=ex.stdout, capture_output=True, text=True)
    return (sc.stdout.strip().splitlines() or ["?"])[-1]


def run_cases(binary, inputs, args):
    """Every case in order. Returns a namespace: the Results on the corpus (results, and ex1, ex2,
    gr1, gr2, rep, rgc, py by name; None when not run), the scaling table and the checks."""
    v = Vncite(binary, inputs, args)
    results = []

    def keep(r):
        r.case_runs = args.runs
        results.append(r)
        return r

    log(f"measuring: best of {args.runs} (one run when it takes over {args.repeat_below:.0f} s)")
    ex1 = keep(v.extract("all", 1, "j1"))
    ex2 = keep(v.extract("all", 2, "j2")) if v.has_jobs else None
    gr1 = keep(v.graph("all", 1, "j1"))
    gr2 = keep(v.graph("all", 2, "j2")) if v.has_jobs else None
    rep = keep(v.report("all", 2, "j2")) if v.has_report else None
    rgc, py = peers(inputs["all"], args, v.out_dir)
    keep(rgc)
    if py:
        keep(py)
    scaling = scale(v, ex1, gr1)
    return types.SimpleNamespace(
        results=results, ex1=ex1, ex2=ex2, gr1=gr1, gr2=gr2, rep=rep, rgc=rgc, py=py, scaling=scaling,
        same_extract=same_output(ex1, ex2), same_graph=same_output(gr1, gr2), seeds_score=seeds_score(binary),
        reads_jsonl=v.reads_jsonl, use_jsonl=v.use_jsonl)
