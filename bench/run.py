#!/usr/bin/env python3
"""vncite benchmark: speed, memory and scaling on a real corpus, against ripgrep and Python.

    python3 bench/run.py                 # the full benchmark (about 10 minutes; see README)
    python3 bench/run.py --quick         # a 1/16 slice, one run each (about a minute)

In one run, on one machine: unpacks the corpus once into bench/work/, cuts slices (1/8, 1/4,
1/2, all, by lines, every k-th line) and one single article made of all the texts; times
`vncite extract` (--jobs 1 and 2), `vncite graph --format graphml` (--jobs 1 and 2), ripgrep
`rg -c` with the citation pattern and bench/baseline.py (best of N runs, peak memory from
/usr/bin/time -v); prints the table, the targets of issue 12 with PASS/FAIL and the scaling table,
and writes the same report to bench/results.md (bench/results-quick.md with --quick).

Single-core cases run under `taskset -c 0` (one core for certain), the --jobs 2 cases on all.
MB are 10^6 bytes: speed is article text (UTF-8) per second, memory is peak resident size.
Needs Python 3 with networkx, ripgrep, GNU time (`apt-get install ripgrep time`), Swift.

This file parses the options, builds vncite and calls the others: corpus.py (the inputs),
cases.py (what runs), measure.py (timing a run), targets.py (PASS/FAIL), report.py (the report).
"""
import argparse
import datetime
import os
import platform
import shutil
import subprocess
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in bench/ (set before the imports below)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import networkx  # noqa: E402  (its version goes in the report; baseline.py needs it too)

import cases  # noqa: E402
import report  # noqa: E402
import targets  # noqa: E402
from common import BENCH, ROOT, log  # noqa: E402
from corpus import prepare  # noqa: E402


def machine():
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory = "?"
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                    break
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "cpu": cpu, "memory": memory,
            "kernel": platform.release(), "machine": platform.machine()}


def first_line(argv, cwd=None):
    try:
        out = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, timeout=60)
        return (out.stdout or out.stderr).strip().splitlines()[0]
    except (OSError, IndexError, subprocess.SubprocessError):
        return "?"


def vncite_revision():
    """The commit of the working tree (read-only git), marked when there are local changes."""
    rev = first_line(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT)
    try:
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True, timeout=60).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        dirty = ""
    return rev + (" + uncommitted changes" if dirty else "")


def build_vncite(scratch):
    """swift build -c release into its own scratch folder; returns the path of the binary."""
    argv = ["swift", "build", "-c", "release", "--scratch-path", scratch]
    for attempt in range(3):
        log(f"building: {' '.join(argv)}")
        out = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True)
        if out.returncode == 0:
            break
        # Someone saving a source file during the build: build again.
        if "modified during the build" not in out.stdout + out.stderr or attempt == 2:
            sys.exit(f"swift build failed:\n{out.stdout[-3000:]}{out.stderr[-3000:]}")
    bin_path = subprocess.run(argv + ["--show-bin-path"], cwd=ROOT, capture_output=True,
                              text=True).stdout.strip()
    return os.path.join(bin_path, "vncite")


def parse_args():
    parser = argparse.ArgumentParser(
        description="Benchmark vncite against ripgrep and a plain Python script (issue 6).",
        formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__.split("\n\n", 2)[2])
    parser.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus", "vntc-news.jsonl.xz"),
                        help="JSON Lines corpus, plain, .xz or .gz (default: ../shared/corpus/vntc-news.jsonl.xz)")
    parser.add_argument("--quick", action="store_true",
                        help="a small slice (every 16th article, --every) and one run each (--runs)")
    parser.add_argument("--every", type=int, help="keep every K-th article of the corpus (default 1; 16 with --quick)")
    parser.add_argument("--runs", type=int, help="runs per measurement, best time kept (default 3; 1 with --quick)")
    parser.add_argument("--repeat-below", type=float, default=20.0,
                        help="repeat a measurement only while one run takes less than this many seconds "
                             "(default 20: long runs are measured once, which keeps the benchmark of a slow "
                             "build short)")
    parser.add_argument("--slices", default="8,4,2,1", help="the fractions 1/K to scale over (default 8,4,2,1)")
    parser.add_argument("--no-big", action="store_true", help="skip the single big article")
    parser.add_argument("--big-timeout", type=float,
                        help=f"seconds before a run on the big article is abandoned (default: {cases.BIG_TIMEOUT_FACTOR}× "
                             "the same command's time on the corpus, at least 60)")
    parser.add_argument("--no-python", action="store_true", help="skip the Python script")
    parser.add_argument("--no-pin", dest="pin", action="store_false", help="do not pin single-core cases to core 0")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds before one run is abandoned (default 900)")
    parser.add_argument("--vncite", help="a vncite binary to use instead of building one")
    parser.add_argument("--vncite-input", choices=["auto", "jsonl", "txt"], default="auto",
                        help="give vncite the JSON Lines files, or folders of .txt files (default: jsonl if it reads them)")
    parser.add_argument("--work", default=os.path.join(BENCH, "work"), help="work folder (default bench/work)")
    parser.add_argument("--report", help="markdown report (default bench/results.md, bench/results-quick.md with --quick)")
    args = parser.parse_args()
    args.report = args.report or os.path.join(BENCH, "results-quick.md" if args.quick else "results.md")
    args.every = args.every or (16 if args.quick else 1)
    args.runs = args.runs or (1 if args.quick else 3)
    args.slices = sorted({int(k) for k in args.slices.split(",")} | {1}, reverse=True)
    # One folder per corpus selection, so that a --quick run keeps the full run's inputs.
    args.work = os.path.join(os.path.abspath(args.work), f"every-{args.every}" if args.every > 1 else "full")
    return args


def main():
    args = parse_args()
    started_all = time.perf_counter()
    load_start = os.getloadavg()[0]
    when = datetime.datetime.now().astimezone()

    for tool, package in (("/usr/bin/time", "time"), ("rg", "ripgrep"), ("taskset", "util-linux")):
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing: apt-get install {package}")
    if not os.path.exists(args.corpus):
        sys.exit(f"no corpus at {args.corpus} (--corpus PATH)")

    vncite = os.path.abspath(args.vncite) if args.vncite else build_vncite(os.path.join(ROOT, ".build-bench"))
    inputs = prepare(args, args.work)
    c = cases.run_cases(vncite, inputs, args)

    about = {"when": when, "took": time.perf_counter() - started_all, "load_start": load_start,
             "machine": machine(), "revision": vncite_revision(), "swift": first_line(["swift", "--version"]),
             "rg": first_line(["rg", "--version"]), "python": platform.python_version(),
             "networkx": networkx.__version__,
             "command": "python3 bench/run.py" + ("" if len(sys.argv) == 1 else " " + " ".join(sys.argv[1:]))}
    report.write(args, inputs, c, about, targets.section(c, inputs), targets.scaling_verdicts(c, inputs), args.report)


if __name__ == "__main__":
    main()
