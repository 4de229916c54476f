"""Running a case and reading its numbers: wall time, CPU time, peak memory, what it found.

measure() runs a command under GNU time (`/usr/bin/time -v`), pinned to core 0 for single-core
cases, keeps the best wall time of N runs and the largest peak memory, and stops a run that
takes too long; the count_* functions read the citations out of each tool's output.
"""
import hashlib
import json
import os
import re
import subprocess
import time
import xml.etree.ElementTree as ET

import baseline  # the citation pattern, shared with ripgrep
from common import MB, log


class Result:
    """One case on one input: the wall time of every run, the best run's CPU, the peak memory."""

    def __init__(self, case, info):
        self.case, self.info = case, info
        self.times, self.rss_kb, self.cpu, self.rc, self.error = [], 0, None, 0, None
        self.cpu_s = None  # user + system seconds of the best run
        self.timeout = None  # seconds, when a run was stopped
        self.counts = {}
        self.case_runs = None  # the runs asked for
        self.note = ""  # a remark for the report's notes column
        self.output = None  # the file the case wrote, for comparing 1 and 2 jobs

    @property
    def best(self):
        return min(self.times) if self.times else None

    def mbps(self):
        return self.info["text_bytes"] / MB / self.best if self.best else None

    def aps(self):
        return self.info["articles"] / self.best if self.best else None

    def peak_mb(self):
        return self.rss_kb * 1024 / MB if self.rss_kb else None

    def cpu_mbps(self):
        """MB/s by user + system time instead of wall time: the speed on a quiet machine."""
        return self.info["text_bytes"] / MB / self.cpu_s if self.cpu_s else None

    def s_per_mb(self):
        return self.best / (self.info["text_bytes"] / MB) if self.best else None

    def cpu_s_per_mb(self):
        return self.cpu_s / (self.info["text_bytes"] / MB) if self.cpu_s else None


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


def read_time(timefile):
    """Peak memory (KiB), share of a core (%) and user + system seconds from GNU time's file."""
    with open(timefile, errors="replace") as f:
        tv = f.read()
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", tv)
    rss = int(m.group(1)) if m else 0
    m = re.search(r"Percent of CPU this job got: (\d+)%", tv)
    u = re.search(r"User time \(seconds\): ([\d.]+)", tv)
    k = re.search(r"System time \(seconds\): ([\d.]+)", tv)
    cpu_s = float(u.group(1)) + float(k.group(1)) if u and k else None
    return rss, int(m.group(1)) if m else None, cpu_s


def peak_kib(timefile):
    """The peak memory (KiB) GNU time wrote, 0 when it wrote none (a run stopped early)."""
    try:
        return read_time(timefile)[0]
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
        rss, cpu, cpu_s = read_time(timefile)
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
            r.cpu = cpu
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
    """The size of a file in kB, as the report prints it."""
    return f"{os.path.getsize(path) / 1000:.0f}" if os.path.exists(path) else "–"


def sha256(path):
    """The SHA-256 of a file, read by the megabyte."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def rg_counts(corpus, rg_out):
    """Lines with a match (what `rg -c` wrote) and matches (`rg --count-matches`, untimed)."""
    with open(rg_out) as f:
        lines = int((f.read().strip() or "0").split(":")[-1])
    m = subprocess.run(["rg", "--no-config", "--count-matches", "-e", baseline.PATTERN, corpus],
                       capture_output=True, text=True).stdout.strip()
    return {"lines": lines, "citations": int((m or "0").split(":")[-1])}


def python_counts(path):
    """Articles, citations, documents and edges, as bench/baseline.py prints them."""
    with open(path) as f:
        text = f.read()
    out = {}
    for name in ("articles", "citations", "documents", "edges"):
        m = re.search(rf"{name} (\d+)", text)
        if m:
            out[name] = int(m.group(1))
    return out
