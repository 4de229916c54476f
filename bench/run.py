#!/usr/bin/env python3
"""vncite benchmark: speed, memory and scaling on a real corpus, against ripgrep and Python.

    python3 bench/run.py                 # the full benchmark (about 10 minutes; see README)
    python3 bench/run.py --quick         # a 1/16 slice, one run each (about a minute)

In one run, on one machine: unpacks the corpus once into bench/work/, cuts slices (1/8, 1/4,
1/2, all, by lines, every k-th line) and one single article made of all the texts; times
`vncite extract` (--jobs 1 and 2), `vncite graph --format graphml` (--jobs 1 and 2), ripgrep
`rg -c` with the citation pattern and bench/baseline.py (best of N runs, peak memory from
/usr/bin/time -v); prints the table, the ratios of issue 6 with PASS/FAIL and the scaling table,
and writes the same report to bench/results.md (bench/results-quick.md with --quick).

Single-core cases run under `taskset -c 0` (one core for certain), the --jobs 2 cases on all.
MB are 10^6 bytes: speed is article text (UTF-8) per second, memory is peak resident size.
Needs Python 3 with networkx, ripgrep, GNU time (`apt-get install ripgrep time`), Swift.
"""
import argparse
import datetime
import hashlib
import json
import lzma
import gzip
import os
import platform
import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
sys.path.insert(0, BENCH)
sys.dont_write_bytecode = True  # no __pycache__ in bench/
import baseline  # noqa: E402  (the citation pattern, shared with ripgrep)

MB = 1e6
TARGETS = {
    "mbps": 100.0,          # extract MB/s, single core
    "vs_python": 12.0,      # extract speed / Python script speed
    "vs_rg": 0.2,           # extract speed / ripgrep speed
    "graph_vs_extract": 1.5,  # graph time / extract time
    "jobs2": 1.7,           # extract speed with 2 jobs / with 1
    "memory": 100.0,        # extract peak memory, MB
}
LINEAR_SPREAD = 1.5  # time per MB may vary by this factor across slices and still be "linear"
BIG_TIMEOUT_FACTOR = 5  # the big article is abandoned after this many times the corpus's time


def log(message):
    print(message, file=sys.stderr, flush=True)


# ----------------------------------------------------------------------------------------------
# The machine and the tools


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


# ----------------------------------------------------------------------------------------------
# The inputs


def open_corpus(path):
    if path.endswith(".xz"):
        return lzma.open(path, "rb")
    if path.endswith(".gz"):
        return gzip.open(path, "rb")
    return open(path, "rb")


def text_bytes(line):
    return len((json.loads(line).get("text") or "").encode("utf-8"))


def prepare(args, work):
    """Unpacks the corpus (once: kept while the source and options are the same), cuts the slices
    and the single big article. Returns {label: input description}."""
    os.makedirs(work, exist_ok=True)
    src = os.path.abspath(args.corpus)
    st = os.stat(src)
    stamp = {"source": src, "size": st.st_size, "mtime_ns": st.st_mtime_ns,
             "every": args.every, "slices": args.slices, "big": not args.no_big, "version": 2}
    stamp_path = os.path.join(work, "inputs.json")
    if os.path.exists(stamp_path):
        with open(stamp_path) as f:
            saved = json.load(f)
        if saved.get("stamp") == stamp and all(os.path.exists(i["path"]) for i in saved["inputs"].values()):
            log(f"inputs: reusing {work} (same corpus and options)")
            return saved["inputs"]

    started = time.perf_counter()
    corpus = os.path.join(work, "corpus.jsonl")
    log(f"inputs: unpacking {src} -> {corpus}" + (f" (every {args.every}th line)" if args.every > 1 else ""))
    with open_corpus(src) as fin, open(corpus + ".tmp", "wb") as fout:
        for i, line in enumerate(fin):
            if i % args.every == 0 and line.strip():
                fout.write(line if line.endswith(b"\n") else line + b"\n")
    os.replace(corpus + ".tmp", corpus)

    lines_info = []  # text bytes of each line
    with open(corpus, "rb") as f:
        for line in f:
            lines_info.append(text_bytes(line))

    inputs = {}
    for k in args.slices:
        label = "all" if k == 1 else f"1/{k}"
        path = corpus if k == 1 else os.path.join(work, f"slice-1of{k}.jsonl")
        if k != 1:
            with open(corpus, "rb") as fin, open(path, "wb") as fout:
                for i, line in enumerate(fin):
                    if i % k == 0:
                        fout.write(line)
        picked = [b for i, b in enumerate(lines_info) if i % k == 0]
        inputs[label] = {"label": label, "path": path, "articles": len(picked),
                         "text_bytes": sum(picked), "file_bytes": os.path.getsize(path),
                         "largest": max(picked) if picked else 0}
    if "all" not in inputs:
        inputs["all"] = {"label": "all", "path": corpus, "articles": len(lines_info),
                         "text_bytes": sum(lines_info), "file_bytes": os.path.getsize(corpus),
                         "largest": max(lines_info) if lines_info else 0}

    if not args.no_big:
        # One article: every text of the corpus, separated by a blank line, streamed out.
        big = os.path.join(work, "big-article.jsonl")
        total = 0
        with open(corpus, "rb") as fin, open(big, "w", encoding="utf-8") as fout:
            fout.write('{"id": "big-article", "text": "')
            for i, line in enumerate(fin):
                text = json.loads(line).get("text") or ""
                piece = ("\n\n" if i else "") + text
                total += len(piece.encode("utf-8"))
                fout.write(json.dumps(piece, ensure_ascii=False)[1:-1])
            fout.write('"}\n')
        inputs["big article"] = {"label": "big article", "path": big, "articles": 1,
                                 "text_bytes": total, "file_bytes": os.path.getsize(big),
                                 "largest": total}

    with open(stamp_path, "w") as f:
        json.dump({"stamp": stamp, "inputs": inputs}, f, indent=1)
    log(f"inputs: ready in {time.perf_counter() - started:.1f} s")
    return inputs


def txt_folder(work, info):
    """The same articles as a folder of .txt files (for a vncite that cannot read JSON Lines)."""
    folder = os.path.join(work, "txt", info["label"].replace("/", "of").replace(" ", "-"))
    if os.path.isdir(folder):
        return folder
    log(f"inputs: writing {info['label']} as .txt files in {folder}")
    os.makedirs(folder + ".tmp", exist_ok=True)
    with open(info["path"], "rb") as fin:
        for i, line in enumerate(fin):
            with open(os.path.join(folder + ".tmp", f"{i:06d}.txt"), "w", encoding="utf-8") as f:
                f.write(json.loads(line).get("text") or "")
    os.replace(folder + ".tmp", folder)
    return folder


# ----------------------------------------------------------------------------------------------
# Counting what each tool found


def count_extract(path):
    """Citations (and findings) in vncite extract's JSON Lines output."""
    citations = findings = lines = 0
    with open(path, "rb") as f:
        for line in f:
            if not line.strip():
                continue
            o = json.loads(line)
            lines += 1
            citations += len(o.get("citations") or [])
            findings += len(o.get("findings") or [])
    return {"citations": citations, "findings": findings, "articles_out": lines}


def count_graphml(path):
    """Mentions on `cites` edges, cites edges and documents in vncite's GraphML."""
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    keys = {}
    counts = {"citations": 0, "cites_edges": 0, "documents": 0, "articles_out": 0}
    for _, el in ET.iterparse(path, events=("end",)):
        tag = el.tag[len(ns):] if el.tag.startswith(ns) else el.tag
        if tag == "key":
            keys[el.get("id")] = el.get("attr.name")
        elif tag in ("node", "edge"):
            data = {keys.get(d.get("key")): (d.text or "") for d in el if d.tag.endswith("data")}
            if tag == "edge" and data.get("relation") == "cites":
                counts["cites_edges"] += 1
                counts["citations"] += int(data.get("mentions") or 1)
            elif tag == "node" and data.get("kind") == "document":
                counts["documents"] += 1
            elif tag == "node" and data.get("kind") == "article":
                counts["articles_out"] += 1
            el.clear()
    return counts


def count_pages(folder):
    """The files of a written report."""
    return sum(len(files) for _, _, files in os.walk(folder)) if os.path.isdir(folder) else 0


def kb(path):
    return f"{os.path.getsize(path) / 1000:.0f}" if os.path.exists(path) else "–"


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


# ----------------------------------------------------------------------------------------------
# Measuring


class Result:
    def __init__(self, case, info):
        self.case, self.info = case, info
        self.times, self.rss_kb, self.cpu, self.rc, self.error = [], 0, None, 0, None
        self.cpu_s = None  # user + system seconds of the best run
        self.timeout = None  # seconds, when a run was stopped
        self.counts = {}

    @property
    def best(self):
        return min(self.times) if self.times else None

    def mbps(self):
        return self.info["text_bytes"] / MB / self.best if self.best else None

    def aps(self):
        return self.info["articles"] / self.best if self.best else None

    def peak_mb(self):
        return self.rss_kb * 1024 / MB if self.rss_kb else None


def stop(proc):
    """Stops a measured command that ran too long: its children first, so that /usr/bin/time
    still writes the peak memory, then its whole session."""
    try:
        with open(f"/proc/{proc.pid}/task/{proc.pid}/children") as f:
            for child in f.read().split():
                os.kill(int(child), 9)
        proc.wait(timeout=10)
    except (OSError, ValueError, subprocess.TimeoutExpired):
        pass
    if proc.poll() is None:
        os.killpg(proc.pid, 9)
        proc.wait()


def peak_kib(timefile):
    try:
        with open(timefile, errors="replace") as f:
            m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", f.read())
        return int(m.group(1)) if m else 0
    except OSError:
        return 0


def measure(name, argv, info, args, stdout_path=None, pin=True, count=None, timeout=None, ok_codes=(0,)):
    """Runs argv N times under /usr/bin/time -v (and taskset -c 0 when pin); best wall time,
    largest peak memory; count(result) after the last run fills result.counts."""
    r = Result(name, info)
    timefile = os.path.join(args.work, "time.txt")
    prefix = ["/usr/bin/time", "-v", "-o", timefile]
    if pin and args.pin:
        prefix += ["taskset", "-c", "0"]
    for run in range(args.runs):
        out = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
        errfile = os.path.join(args.work, "stderr.txt")
        started = time.perf_counter()
        limit = timeout or args.timeout
        with open(errfile, "wb") as err:
            proc = subprocess.Popen(prefix + argv, stdout=out, stderr=err, start_new_session=True)
            try:
                proc.wait(timeout=limit)
            except subprocess.TimeoutExpired:
                stop(proc)
        elapsed = time.perf_counter() - started
        if stdout_path:
            out.close()
        if elapsed >= limit:
            r.error = f"timeout after {limit:.0f} s"
            r.timeout = limit
            r.rss_kb = max(r.rss_kb, peak_kib(timefile))
            log(f"  {name} on {info['label']}: {r.error}, {r.rss_kb / 1024:.0f} MiB by then")
            break
        r.rc = proc.returncode
        with open(timefile, errors="replace") as f:
            tv = f.read()
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", tv)
        rss = int(m.group(1)) if m else 0
        m = re.search(r"Percent of CPU this job got: (\d+)%", tv)
        u = re.search(r"User time \(seconds\): ([\d.]+)", tv)
        k = re.search(r"System time \(seconds\): ([\d.]+)", tv)
        cpu_s = float(u.group(1)) + float(k.group(1)) if u and k else None
        failed = proc.returncode not in ok_codes
        if failed:
            with open(errfile, errors="replace") as f:
                tail = f.read().strip().splitlines()[-3:]
            r.error = f"exit status {proc.returncode}: " + " | ".join(tail)[:300]
            log(f"  {name} on {info['label']}: {r.error}")
        r.times.append(elapsed)
        if rss > r.rss_kb:
            r.rss_kb = rss
        if elapsed <= min(r.times):
            r.cpu = int(m.group(1)) if m else None
            r.cpu_s = cpu_s
        log(f"  {name} on {info['label']}: run {run + 1}/{args.runs} {elapsed:.2f} s, "
            f"{rss / 1024:.0f} MiB")
        if failed or elapsed > args.repeat_below:
            break  # long enough to be measured once; keeps a slow build's benchmark short
    if count and r.times:
        try:
            r.counts = count(r)
        except Exception as e:  # a count that cannot be made is reported, not fatal
            r.counts = {}
            r.error = (r.error + "; " if r.error else "") + f"count failed: {e}"
    return r


# ----------------------------------------------------------------------------------------------
# The report


def fmt(value, spec=".1f", none="–"):
    return none if value is None else format(value, spec)


def table(header, rows, right=None):
    """A markdown table, padded so that it reads as well in a terminal; `right`: the columns
    aligned right (default: all but the first two and the last)."""
    widths = [max(len(str(h)), *(len(str(row[i])) for row in rows)) for i, h in enumerate(header)]
    if right is None:
        right = [1 < i < len(header) - 1 for i in range(len(header))]

    def line(cells):
        return "| " + " | ".join(str(c).rjust(w) if r else str(c).ljust(w)
                                 for c, w, r in zip(cells, widths, right)) + " |"
    sep = "|" + "|".join(("-" * (w + 1) + ":") if r else ("-" * (w + 2))
                         for w, r in zip(widths, right)) + "|"
    return [line(header), sep] + [line(r) for r in rows]


def result_row(r, label=None):
    runs = f"{len(r.times)}" + ("" if len(r.times) == r.case_runs else f"/{r.case_runs}")
    cit = r.counts.get("citations")
    note = r.note if hasattr(r, "note") else ""
    if r.error:
        note = (note + "; " if note else "") + r.error
    return [label or r.case, r.info["label"], fmt(r.best, ".2f"), fmt(r.cpu_s, ".2f"), runs,
            fmt(r.mbps(), ".1f"), fmt(r.aps(), ",.0f"), "–" if cit is None else f"{cit:,}",
            fmt(r.peak_mb(), ".0f"), "–" if r.cpu is None else f"{r.cpu}%", note]


def verdict(ok):
    return "–" if ok is None else ("PASS" if ok else "FAIL")


def main():
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
                        help=f"seconds before a run on the big article is abandoned (default: {BIG_TIMEOUT_FACTOR}× "
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
    args.every = args.every or (16 if args.quick else 1)
    args.runs = args.runs or (1 if args.quick else 3)
    args.slices = sorted({int(k) for k in args.slices.split(",")} | {1}, reverse=True)
    # One folder per corpus selection, so that a --quick run keeps the full run's inputs.
    args.work = os.path.join(os.path.abspath(args.work), f"every-{args.every}" if args.every > 1 else "full")
    report_path = args.report or os.path.join(BENCH, "results-quick.md" if args.quick else "results.md")
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
    out_dir = os.path.join(args.work, "out")
    os.makedirs(out_dir, exist_ok=True)

    # What this vncite can do: JSON Lines input, --jobs.
    help_text = subprocess.run([vncite, "extract", "--help"], capture_output=True, text=True).stdout
    has_jobs = "--jobs" in help_text
    has_report = subprocess.run([vncite, "report", "--help"], capture_output=True).returncode == 0
    probe = os.path.join(args.work, "probe.jsonl")
    with open(inputs["all"]["path"], "rb") as fin, open(probe, "wb") as fout:
        fout.write(fin.readline() + fin.readline())
    p = subprocess.run([vncite, "extract", probe], capture_output=True, text=True)
    reads_jsonl = p.returncode == 0 and len(p.stdout.strip().splitlines()) == 2
    use_jsonl = args.vncite_input == "jsonl" or (args.vncite_input == "auto" and reads_jsonl)
    log(f"vncite: {vncite}; reads JSON Lines: {reads_jsonl}; --jobs: {has_jobs}; "
        f"input given: {'JSON Lines' if use_jsonl else '.txt folders'}")

    def vin(info):
        return info["path"] if use_jsonl else txt_folder(args.work, info)

    def jobs(n):
        return ["--jobs", str(n)] if has_jobs else []

    def extract(label, n, tag, timeout=None):
        info = inputs[label]
        path = os.path.join(out_dir, f"extract-{tag}.jsonl")
        r = measure(f"vncite extract --jobs {n}" if has_jobs else "vncite extract", [vncite, "extract", *jobs(n), vin(info)],
                    info, args, stdout_path=path, pin=(n == 1), count=lambda r: count_extract(path),
                    timeout=timeout)
        r.output = path
        return r

    def graph(label, n, tag, timeout=None):
        info = inputs[label]
        folder = os.path.join(out_dir, f"graph-{tag}")
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, "citations.graphml")
        r = measure(f"vncite graph --jobs {n}" if has_jobs else "vncite graph",
                    [vncite, "graph", *jobs(n), vin(info), "-o", folder, "--format", "graphml"],
                    info, args, pin=(n == 1), count=lambda r: count_graphml(path), timeout=timeout)
        r.output = path
        return r

    def report(label, n, tag):
        """vncite report of the corpus: the whole static site (issue 14); counts the pages."""
        info = inputs[label]
        folder = os.path.join(out_dir, f"report-{tag}")
        r = measure(f"vncite report --jobs {n}", [vncite, "report", *jobs(n), vin(info), "-o", folder],
                    info, args, pin=(n == 1), count=lambda r: {"pages": count_pages(folder)})
        r.note = f"{r.counts.get('pages', 0):,} files; index.html {kb(os.path.join(folder, 'index.html'))} kB"
        return r

    results = []

    def keep(r):
        r.case_runs = args.runs
        results.append(r)
        return r

    log(f"measuring: best of {args.runs} (one run when it takes over {args.repeat_below:.0f} s)")
    allinfo = inputs["all"]
    ex1 = keep(extract("all", 1, "j1"))
    ex2 = keep(extract("all", 2, "j2")) if has_jobs else None
    gr1 = keep(graph("all", 1, "j1"))
    gr2 = keep(graph("all", 2, "j2")) if has_jobs else None
    rep = keep(report("all", 2, "j2")) if has_report else None
    rgc = keep(measure("rg -c", ["rg", "--no-config", "-c", "-e", baseline.PATTERN, allinfo["path"]],
                       allinfo, args, stdout_path=os.path.join(out_dir, "rg.txt"), ok_codes=(0, 1),
                       count=lambda r: rg_counts(allinfo["path"], os.path.join(out_dir, "rg.txt"))))
    rgc.note = "citations: rg --count-matches (untimed); peak MB counts the file, memory-mapped"
    py = None
    if not args.no_python:
        pyout = os.path.join(out_dir, "baseline.txt")
        py = keep(measure("baseline.py", [sys.executable, os.path.join(BENCH, "baseline.py"), allinfo["path"],
                                          "-o", os.path.join(out_dir, "baseline.graphml")],
                          allinfo, args, stdout_path=pyout, count=lambda r: python_counts(pyout)))

    # Scaling: extract and graph, one core, on each slice and the big article ("all" measured above).
    scaling = {"extract": {"all": ex1}, "graph": {"all": gr1}}
    # The big article has as much text as the corpus: linear code takes about as long on it. Code
    # that rescans the text is stopped after BIG_TIMEOUT_FACTOR times the corpus's time (--big-timeout).
    def big_timeout(r):
        if args.big_timeout:
            return args.big_timeout
        return max(60.0, BIG_TIMEOUT_FACTOR * r.best) if r.best else None

    for label in [l for l in inputs if l not in ("all",)]:
        big = label == "big article"
        scaling["extract"][label] = extract(label, 1, "scale", timeout=big_timeout(ex1) if big else None)
        scaling["graph"][label] = graph(label, 1, "scale", timeout=big_timeout(gr1) if big else None)
        scaling["extract"][label].case_runs = scaling["graph"][label].case_runs = args.runs

    # Same output whatever the number of jobs; the seeds still score the same.
    same_extract = same_graph = None
    if ex2 and ex1.times and ex2.times:
        same_extract = sha256(ex1.output) == sha256(ex2.output)
    if gr2 and gr1.times and gr2.times:
        same_graph = sha256(gr1.output) == sha256(gr2.output)
    seeds_score = "?"
    score_py = os.path.join(ROOT, "..", "shared", "tools", "score.py")
    gold = os.path.join(ROOT, "..", "shared", "gold", "seeds.json")
    if os.path.exists(score_py) and os.path.exists(gold):
        ex = subprocess.run([vncite, "extract", "seeds"], cwd=ROOT, capture_output=True, text=True)
        sc = subprocess.run([sys.executable, score_py, gold, "--root", "seeds"], cwd=ROOT,
                            input=ex.stdout, capture_output=True, text=True)
        seeds_score = (sc.stdout.strip().splitlines() or ["?"])[-1]

    # ------------------------------------------------------------------------------------------
    total = time.perf_counter() - started_all
    L = []
    L.append("# vncite benchmark" + (" (quick)" if args.quick else ""))
    L.append("")
    mach = machine()
    L.append(f"- Date: {when.strftime('%Y-%m-%d %H:%M %Z')}")
    L.append(f"- Machine: {mach['nproc']} cores ({mach['cpu']}), {mach['memory']} memory, "
             f"Linux {mach['kernel']} {mach['machine']}")
    L.append(f"- vncite {vncite_revision()}, {first_line(['swift', '--version'])}, "
             f"built `-c release`; input given as "
             + ("JSON Lines" if use_jsonl else "folders of .txt files"
                + ("" if reads_jsonl else " (this vncite does not read JSON Lines)")))
    import networkx
    L.append(f"- Peers: {first_line(['rg', '--version'])}; Python {platform.python_version()} "
             f"with networkx {networkx.__version__} (bench/baseline.py)")
    L.append(f"- Corpus: `{os.path.relpath(os.path.abspath(args.corpus), ROOT)}`"
             + (f", every {args.every}th article" if args.every > 1 else "")
             + f": {allinfo['articles']:,} articles, {allinfo['text_bytes'] / MB:.1f} MB of text "
             f"({allinfo['file_bytes'] / MB:.1f} MB as JSON Lines), largest article "
             f"{allinfo['largest'] / 1e3:.0f} kB")
    cmd = "python3 bench/run.py" + ("" if len(sys.argv) == 1 else " " + " ".join(sys.argv[1:]))
    L.append(f"- Command: `{cmd}` (took {total / 60:.1f} min); best of {args.runs} runs"
             + (f" (one run when a run takes over {args.repeat_below:.0f} s)" if args.runs > 1 else "")
             + ("; single-core cases pinned with `taskset -c 0`" if args.pin else ""))
    load_end = os.getloadavg()[0]
    single = [r for r in results + [r for c in scaling.values() for r in c.values()]
              if r.cpu is not None and r.times and "--jobs 2" not in r.case]
    lowest = min((r.cpu for r in single), default=None)
    L.append(f"- Load average (1 min) {load_start:.2f} at the start, {load_end:.2f} at the end; the "
             f"single-core cases had {fmt(lowest, '.0f')}% of a core or more"
             + (": other programs took CPU time from the benchmark, so wall times are high; `CPU s` "
                "(user + system) and `by CPU time` give the figures of a quiet machine"
                if lowest is not None and lowest < 90 else " (a quiet machine)"))
    L.append("- MB = 10^6 bytes. MB/s counts article text (UTF-8); memory is peak resident set size "
             "(`/usr/bin/time -v`).")
    L.append("")
    L.append("## On the whole corpus")
    L.append("")
    header = ["case", "input", "best s", "CPU s", "runs", "MB/s", "articles/s", "citations", "peak MB", "CPU", "notes"]
    rows = [result_row(r) for r in results]
    L += table(header, rows)
    L.append("")

    def ratio(a, b):
        return a / b if a is not None and b else None

    def cpu_mbps(r):
        return r.info["text_bytes"] / MB / r.cpu_s if r and r.cpu_s else None

    # (measure, value from wall time, value from CPU time, target, verdict on wall time)
    ex_mb = ex1.mbps()
    ratios = []
    ratios.append(("extract MB/s, one core", fmt(ex_mb, ".1f"), fmt(cpu_mbps(ex1), ".1f"),
                   f"≥ {TARGETS['mbps']:.0f}", None if ex_mb is None else ex_mb >= TARGETS["mbps"]))
    vs_py = ratio(ex_mb, py.mbps()) if py else None
    ratios.append(("extract speed / Python script", fmt(vs_py, ".1f") + "×",
                   fmt(ratio(cpu_mbps(ex1), cpu_mbps(py)), ".1f") + "×", f"≥ {TARGETS['vs_python']:.0f}×",
                   None if vs_py is None else vs_py >= TARGETS["vs_python"]))
    vs_rg = ratio(ex_mb, rgc.mbps())
    ratios.append(("extract speed / ripgrep", fmt(vs_rg, ".2f"), fmt(ratio(cpu_mbps(ex1), cpu_mbps(rgc)), ".2f"),
                   f"≥ {TARGETS['vs_rg']}", None if vs_rg is None else vs_rg >= TARGETS["vs_rg"]))
    g_vs_e = ratio(gr1.best, ex1.best)
    ratios.append(("graph time / extract time, one core", fmt(g_vs_e, ".2f") + "×",
                   fmt(ratio(gr1.cpu_s, ex1.cpu_s), ".2f") + "×", f"≤ {TARGETS['graph_vs_extract']}×",
                   None if g_vs_e is None else g_vs_e <= TARGETS["graph_vs_extract"]))
    j2 = ratio(ex1.best, ex2.best) if ex2 else None
    ratios.append(("extract speed, 2 jobs / 1 job", fmt(j2, ".2f") + "×", "", f"≥ {TARGETS['jobs2']}×",
                   None if j2 is None else j2 >= TARGETS["jobs2"]))
    mems = [r.peak_mb() for r in (ex1, ex2) if r and r.peak_mb() is not None]
    mem = max(mems) if mems else None
    ratios.append(("extract peak memory (1 and 2 jobs), MB", fmt(mem, ".0f"), "", f"≤ {TARGETS['memory']:.0f}",
                   None if mem is None else mem <= TARGETS["memory"]))
    if gr2:
        ratios.append(("graph speed, 2 jobs / 1 job", fmt(ratio(gr1.best, gr2.best), ".2f") + "×", "", "–", None))
    L.append("## Targets (issue 6)")
    L.append("")
    L += table(["measure", "value", "by CPU time", "target", "verdict"],
               [[a, b, c, t, verdict(d)] for a, b, c, t, d in ratios], right=[False, True, True, True, False])
    L.append("")
    failed = [a for a, *_, d in ratios if d is False]
    L.append(f"{sum(1 for *_, d in ratios if d)} of {sum(1 for *_, d in ratios if d is not None)} targets met"
             + (f"; not met: {', '.join(failed)}." if failed else "."))
    L.append("")
    L.append("Verdicts are on wall time (best run). `by CPU time` divides by user + system seconds "
             "instead: the same figure on a machine where nothing else runs.")
    L.append("")
    L.append("## Scaling (one core)")
    L.append("")
    srows = []
    spreads = {}
    timed_out = {}
    order = [l for l in inputs if l != "big article"] + (["big article"] if "big article" in inputs else [])
    for cmdname in ("extract", "graph"):
        per_mb = {}
        for label in order:
            r = scaling[cmdname][label]
            info = r.info
            spm = r.best / (info["text_bytes"] / MB) if r.best else None
            cpm = r.cpu_s / (info["text_bytes"] / MB) if r.cpu_s else None
            per_mb[label] = cpm or spm
            stopped = not r.times and r.timeout is not None
            if stopped:
                timed_out[cmdname] = r.timeout
            srows.append([f"vncite {cmdname}", label, f"{info['articles']:,}", f"{info['text_bytes'] / MB:.1f}",
                          fmt(r.best, ".2f", f"> {timed_out[cmdname]:.0f}" if stopped else "–"), fmt(spm * 1e3 if spm else None, ".1f"),
                          fmt(cpm * 1e3 if cpm else None, ".1f"), fmt(r.mbps(), ".1f"),
                          fmt(r.peak_mb(), ".0f"), "–" if r.counts.get("citations") is None else f"{r.counts['citations']:,}",
                          r.error or ""])
        spreads[cmdname] = per_mb
    L += table(["command", "input", "articles", "text MB", "best s", "ms per MB", "CPU ms per MB", "MB/s",
                "peak MB", "citations", "notes"], srows)
    L.append("")
    L.append("Linearity is judged on CPU ms per MB (user + system time of the best run), which other "
             "programs on the machine do not inflate.")
    L.append("")
    for cmdname, per_mb in spreads.items():
        sl = [v for k, v in per_mb.items() if k != "big article" and v]
        if len(sl) >= 2:
            spread = max(sl) / min(sl)
            L.append(f"- `{cmdname}` CPU time per MB across the slices varies {spread:.2f}× "
                     f"({verdict(spread <= LINEAR_SPREAD)}: linear within {LINEAR_SPREAD}×)")
        if cmdname in timed_out and per_mb.get("all"):
            all_s = scaling[cmdname]["all"].best
            judged = timed_out[cmdname] >= BIG_TIMEOUT_FACTOR * all_s - 0.01
            L.append(f"- `{cmdname}` on the single big article: stopped after {timed_out[cmdname]:.0f} s, "
                     f"{timed_out[cmdname] / all_s:.1f}× its time on the corpus (the same text in "
                     f"{allinfo['articles']:,} articles) "
                     + ("(FAIL: the cost grows faster than the text)" if judged
                        else "(not judged: stopped early by --big-timeout)"))
        if per_mb.get("big article") and per_mb.get("all"):
            b = per_mb["big article"] / per_mb["all"]
            L.append(f"- `{cmdname}` on the single big article: {b:.2f}× the CPU time per MB of the corpus "
                     f"({verdict(b <= LINEAR_SPREAD)}: no rescans of a long text)")
    if "big article" in inputs:
        be, ae = scaling["extract"]["big article"], ex1
        bg, ag = scaling["graph"]["big article"], gr1
        if be.peak_mb() and ae.peak_mb():
            L.append(f"- Memory: `extract` peaks at {ae.peak_mb():.0f} MB on the corpus (largest article "
                     f"{allinfo['largest'] / 1e3:.0f} kB) and {'' if be.times else 'at least (when stopped) '}"
                     f"{be.peak_mb():.0f} MB on the "
                     f"{inputs['big article']['text_bytes'] / MB:.0f} MB article"
                     + (f", {be.peak_mb() / (inputs['big article']['text_bytes'] / MB):.1f}× its text" if be.times else "")
                     + f" (the target: bounded by the largest article, here the whole text); `graph` peaks at {fmt(ag.peak_mb(), '.0f')} MB on the corpus "
                     f"and {'' if bg.times else 'at least (when stopped) '}{fmt(bg.peak_mb(), '.0f')} MB on the big article.")
    slices = [l for l in order if l != "big article"]
    if len(slices) >= 2:
        lo, hi = slices[0], slices[-1]
        for cmdname in ("extract", "graph"):
            a, b = scaling[cmdname][lo], scaling[cmdname][hi]
            if a.peak_mb() and b.peak_mb() and b.info["articles"] > a.info["articles"]:
                per = (b.peak_mb() - a.peak_mb()) * 1e3 / (b.info["articles"] - a.info["articles"])
                L.append(f"- `{cmdname}` peak memory grows from {a.peak_mb():.0f} MB ({lo}) to {b.peak_mb():.0f} MB "
                         f"({hi}): {per:.1f} kB per article more, "
                         f"{(b.peak_mb() - a.peak_mb()) / ((b.info['text_bytes'] - a.info['text_bytes']) / MB) * 100:.0f}% "
                         "of the added text")
    L.append("")
    L.append("## Checks")
    L.append("")
    L.append(f"- Output with 2 jobs identical to 1 job: extract {verdict(same_extract)}, graph {verdict(same_graph)}")
    L.append(f"- Seeds (`vncite extract seeds | score.py`): {seeds_score}")
    if ex1.counts:
        L.append(f"- extract on the corpus: {ex1.counts.get('citations', 0):,} citations and "
                 f"{ex1.counts.get('findings', 0):,} findings in {ex1.counts.get('articles_out', 0):,} articles; "
                 f"graph: {gr1.counts.get('cites_edges', 0):,} cites edges to {gr1.counts.get('documents', 0):,} documents")
    if rgc.counts:
        L.append(f"- ripgrep: {rgc.counts.get('lines', 0):,} articles with a match, {rgc.counts.get('citations', 0):,} "
                 + (f"matches; Python (after NFC): {py.counts.get('citations', 0):,} matches "
                    f"to {py.counts.get('documents', 0):,} documents. " if py else "matches. ")
                 + "The peers count pattern matches, not resolved citations: the numbers show each finds "
                 "comparable work, not accuracy.")
    L.append("")
    report = "\n".join(L) + "\n"
    raw = [{"case": r.case, "input": r.info["label"], "times": r.times, "cpu_s": r.cpu_s,
            "peak_kib": r.rss_kb, "counts": r.counts, "error": r.error}
           for r in results + [r for c in scaling.values() for l, r in c.items() if l != "all"]]
    with open(os.path.join(args.work, "results.json"), "w") as f:
        json.dump({"date": when.isoformat(), "inputs": inputs, "results": raw}, f, indent=1)
    sys.stdout.write(report)
    with open(report_path, "w", encoding="utf-8") as f:
        f.write(report)
    log(f"wrote {os.path.relpath(report_path)} ({total / 60:.1f} min)")


def rg_counts(corpus, rg_out):
    with open(rg_out) as f:
        lines = int((f.read().strip() or "0").split(":")[-1])
    m = subprocess.run(["rg", "--no-config", "--count-matches", "-e", baseline.PATTERN, corpus],
                       capture_output=True, text=True).stdout.strip()
    return {"lines": lines, "citations": int((m or "0").split(":")[-1])}


def python_counts(path):
    with open(path) as f:
        text = f.read()
    out = {}
    for name in ("articles", "citations", "documents", "edges"):
        m = re.search(rf"{name} (\d+)", text)
        if m:
            out[name] = int(m.group(1))
    return out


if __name__ == "__main__":
    main()
