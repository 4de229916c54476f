"""The report: markdown tables that read as well in a terminal, printed and written to results.md.

write() puts together the header (machine, tools, corpus, load), the cases on the whole corpus,
the Targets section and the verdicts under the scaling table (both from targets.py), the scaling
table and the checks; it also keeps every run's raw numbers in <work>/results.json.
"""
import json
import os
import sys

from common import MB, ROOT, log


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
    note = r.note
    if r.error:
        note = (note + "; " if note else "") + r.error
    return [label or r.case, r.info["label"], fmt(r.best, ".2f"), fmt(r.cpu_s, ".2f"), runs,
            fmt(r.mbps(), ".1f"), fmt(r.aps(), ",.0f"), "–" if cit is None else f"{cit:,}",
            fmt(r.peak_mb(), ".0f"), "–" if r.cpu is None else f"{r.cpu}%", note]


def verdict(ok):
    return "–" if ok is None else ("PASS" if ok else "FAIL")


def every_result(c):
    """The results on the corpus, then the scaling runs (their "all" is the same run again)."""
    return c.results + [r for by_input in c.scaling.values() for r in by_input.values()]


def header(args, inputs, c, about):
    mach, allinfo = about["machine"], inputs["all"]
    L = ["# vncite benchmark" + (" (quick)" if args.quick else ""), ""]
    L.append(f"- Date: {about['when'].strftime('%Y-%m-%d %H:%M %Z')}")
    L.append(f"- Machine: {mach['nproc']} cores ({mach['cpu']}), {mach['memory']} memory, "
             f"Linux {mach['kernel']} {mach['machine']}")
    L.append(f"- vncite {about['revision']}, {about['swift']}, built `-c release`; input given as "
             + ("JSON Lines" if c.use_jsonl else "folders of .txt files"
                + ("" if c.reads_jsonl else " (this vncite does not read JSON Lines)")))
    L.append(f"- Peers: {about['rg']}; Python {about['python']} with networkx {about['networkx']} "
             "(bench/baseline.py)")
    L.append(f"- Corpus: `{os.path.relpath(os.path.abspath(args.corpus), ROOT)}`"
             + (f", every {args.every}th article" if args.every > 1 else "")
             + f": {allinfo['articles']:,} articles, {allinfo['text_bytes'] / MB:.1f} MB of text "
             f"({allinfo['file_bytes'] / MB:.1f} MB as JSON Lines), largest article "
             f"{allinfo['largest'] / 1e3:.0f} kB")
    L.append(f"- Command: `{about['command']}` (took {about['took'] / 60:.1f} min); best of {args.runs} runs"
             + (f" (one run when a run takes over {args.repeat_below:.0f} s)" if args.runs > 1 else "")
             + ("; single-core cases pinned with `taskset -c 0`" if args.pin else ""))
    load_end = os.getloadavg()[0]
    single = [r for r in every_result(c) if r.cpu is not None and r.times and "--jobs 2" not in r.case]
    lowest = min((r.cpu for r in single), default=None)
    L.append(f"- Load average (1 min) {about['load_start']:.2f} at the start, {load_end:.2f} at the end; the "
             f"single-core cases had {fmt(lowest, '.0f')}% of a core or more"
             + (": other programs took CPU time from the benchmark, so wall times are high; `CPU s` "
                "(user + system) and `by CPU time` give the figures of a quiet machine"
                if lowest is not None and lowest < 90 else " (a quiet machine)"))
    L.append("- MB = 10^6 bytes. MB/s counts article text (UTF-8); memory is peak resident set size "
             "(`/usr/bin/time -v`).")
    L.append("")
    return L


def corpus_section(c):
    header = ["case", "input", "best s", "CPU s", "runs", "MB/s", "articles/s", "citations", "peak MB", "CPU", "notes"]
    return ["## On the whole corpus", ""] + table(header, [result_row(r) for r in c.results]) + [""]


def scaling_table(inputs, c):
    """extract and graph on every slice, then the big article: time, time per MB, memory."""
    order = [l for l in inputs if l != "big article"] + (["big article"] if "big article" in inputs else [])
    rows = []
    for cmdname in ("extract", "graph"):
        for label in order:
            r = c.scaling[cmdname][label]
            spm, cpm = r.s_per_mb(), r.cpu_s_per_mb()
            stopped = not r.times and r.timeout is not None
            rows.append([f"vncite {cmdname}", label, f"{r.info['articles']:,}", f"{r.info['text_bytes'] / MB:.1f}",
                         fmt(r.best, ".2f", f"> {r.timeout:.0f}" if stopped else "–"),
                         fmt(spm * 1e3 if spm else None, ".1f"), fmt(cpm * 1e3 if cpm else None, ".1f"),
                         fmt(r.mbps(), ".1f"), fmt(r.peak_mb(), ".0f"),
                         "–" if r.counts.get("citations") is None else f"{r.counts['citations']:,}", r.error or ""])
    return table(["command", "input", "articles", "text MB", "best s", "ms per MB", "CPU ms per MB", "MB/s",
                  "peak MB", "citations", "notes"], rows)


def memory_growth(inputs, c):
    """How peak memory grows from the smallest slice to the whole corpus."""
    L = []
    slices = [l for l in inputs if l != "big article"]
    if len(slices) < 2:
        return L
    lo, hi = slices[0], slices[-1]
    for cmdname in ("extract", "graph"):
        a, b = c.scaling[cmdname][lo], c.scaling[cmdname][hi]
        if a.peak_mb() and b.peak_mb() and b.info["articles"] > a.info["articles"]:
            per = (b.peak_mb() - a.peak_mb()) * 1e3 / (b.info["articles"] - a.info["articles"])
            L.append(f"- `{cmdname}` peak memory grows from {a.peak_mb():.0f} MB ({lo}) to {b.peak_mb():.0f} MB "
                     f"({hi}): {per:.1f} kB per article more, "
                     f"{(b.peak_mb() - a.peak_mb()) / ((b.info['text_bytes'] - a.info['text_bytes']) / MB) * 100:.0f}% "
                     "of the added text")
    return L


def scaling_section(inputs, c, verdicts):
    L = ["## Scaling (one core)", ""] + scaling_table(inputs, c) + [""]
    L.append("Linearity is judged on CPU ms per MB (user + system time of the best run), which other "
             "programs on the machine do not inflate.")
    L.append("")
    return L + verdicts + memory_growth(inputs, c) + [""]


def checks_section(c):
    ex1, gr1, rgc, py = c.ex1, c.gr1, c.rgc, c.py
    L = ["## Checks", ""]
    L.append(f"- Output with 2 jobs identical to 1 job: extract {verdict(c.same_extract)}, graph {verdict(c.same_graph)}")
    L.append(f"- Seeds (`vncite extract seeds | score.py`): {c.seeds_score}")
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
    return L


def write(args, inputs, c, about, targets, verdicts, path):
    """Prints the report, writes it to `path` and the raw numbers to <work>/results.json.
    `targets`: the lines of the Targets section; `verdicts`: the bullets under the scaling table."""
    L = header(args, inputs, c, about) + corpus_section(c) + targets + scaling_section(inputs, c, verdicts)
    report = "\n".join(L + checks_section(c)) + "\n"
    raw = [{"case": r.case, "input": r.info["label"], "times": r.times, "cpu_s": r.cpu_s,
            "peak_kib": r.rss_kb, "counts": r.counts, "error": r.error}
           for r in c.results + [r for by_input in c.scaling.values() for l, r in by_input.items() if l != "all"]]
    with open(os.path.join(args.work, "results.json"), "w") as f:
        json.dump({"date": about["when"].isoformat(), "inputs": inputs, "results": raw}, f, indent=1)
    sys.stdout.write(report)
    with open(path, "w", encoding="utf-8") as f:
        f.write(report)
    log(f"wrote {os.path.relpath(path)} ({about['took'] / 60:.1f} min)")
