"""The targets (issue 12) and every PASS/FAIL: the Targets table and the verdicts under the scaling table.

Verdicts in the table are on wall time (best run); `by CPU time` gives the figure of a quiet
machine. Linearity is judged on CPU time per MB, which other programs do not inflate.
"""
from cases import BIG_TIMEOUT_FACTOR
from common import MB
from report import fmt, table, verdict

TARGETS = {
    "mbps_milestone": 100.0,  # extract MB/s, single core: the first milestone
    "mbps": 170.0,            # extract MB/s, single core: the final target
    "vs_python": 12.0,        # extract speed / Python script speed
    "vs_rg": 0.3,             # extract speed / ripgrep speed
    "graph_vs_extract": 1.3,  # graph time / extract time, single core
    "jobs2": 1.8,             # extract speed with 2 jobs / with 1
    "memory": 100.0,          # extract peak memory on the corpus, MB
    "big_memory": 4.0,        # extract peak memory on the big article / its text size
    "big_time": 1.2,          # extract time per MB on the big article / on the corpus, one core
}
LINEAR_SPREAD = 1.5  # time per MB may vary by this factor across slices and still be "linear"


def ratio(a, b):
    return a / b if a is not None and b else None


def at_least(value, target):
    return None if value is None else value >= target


def at_most(value, target):
    return None if value is None else value <= target


def big_article_rows(c, inputs):
    """extract on the single big article against the corpus: time per MB and memory per MB of text.
    A run stopped by its timeout gives lower bounds: FAIL when they already miss the target."""
    be, ex1 = c.scaling["extract"].get("big article"), c.ex1
    big_mb = inputs["big article"]["text_bytes"] / MB if be else None
    time_t, mem_t = TARGETS["big_time"], TARGETS["big_memory"]
    t = ratio(be.s_per_mb(), ex1.s_per_mb()) if be else None
    t_text, t_ok = fmt(t, ".2f") + "×", at_most(t, time_t)
    if be and not be.times and be.timeout and ex1.s_per_mb():
        low = be.timeout / big_mb / ex1.s_per_mb()
        t_text, t_ok = f"> {low:.2f}×", (False if low > time_t else None)
    t_cpu = ratio(be.cpu_s_per_mb(), ex1.cpu_s_per_mb()) if be else None
    m = be.peak_mb() / big_mb if be and be.peak_mb() else None
    m_text, m_ok = fmt(m, ".1f") + "×", at_most(m, mem_t)
    if m is not None and not be.times:
        m_text, m_ok = f"≥ {m:.1f}×", (False if m > mem_t else None)
    return [("big article: extract time per MB / corpus's, one core", t_text, fmt(t_cpu, ".2f") + "×",
             f"≤ {time_t:g}×", t_ok),
            ("big article: extract peak memory / its text", m_text, "", f"≤ {mem_t:g}×", m_ok)]


def rows(c, inputs):
    """(measure, value from wall time, value from CPU time, target, verdict on wall time)."""
    ex1, ex2, gr1, gr2, py, rgc = c.ex1, c.ex2, c.gr1, c.gr2, c.py, c.rgc
    ex_mb, ex_cpu = ex1.mbps(), ex1.cpu_mbps()
    out = [("extract MB/s, one core", fmt(ex_mb, ".1f"), fmt(ex_cpu, ".1f"),
            f"≥ {TARGETS['mbps_milestone']:.0f} (milestone)", at_least(ex_mb, TARGETS["mbps_milestone"])),
           ("extract MB/s, one core", fmt(ex_mb, ".1f"), fmt(ex_cpu, ".1f"),
            f"≥ {TARGETS['mbps']:.0f}", at_least(ex_mb, TARGETS["mbps"]))]
    vs_py = ratio(ex_mb, py.mbps()) if py else None
    out.append(("extract speed / Python script", fmt(vs_py, ".1f") + "×",
                fmt(ratio(ex_cpu, py.cpu_mbps() if py else None), ".1f") + "×",
                f"≥ {TARGETS['vs_python']:.0f}×", at_least(vs_py, TARGETS["vs_python"])))
    vs_rg = ratio(ex_mb, rgc.mbps())
    out.append(("extract speed / ripgrep", fmt(vs_rg, ".2f"), fmt(ratio(ex_cpu, rgc.cpu_mbps()), ".2f"),
                f"≥ {TARGETS['vs_rg']}", at_least(vs_rg, TARGETS["vs_rg"])))
    g_vs_e = ratio(gr1.best, ex1.best)
    out.append(("graph time / extract time, one core", fmt(g_vs_e, ".2f") + "×",
                fmt(ratio(gr1.cpu_s, ex1.cpu_s), ".2f") + "×", f"≤ {TARGETS['graph_vs_extract']}×",
                at_most(g_vs_e, TARGETS["graph_vs_extract"])))
    j2 = ratio(ex1.best, ex2.best) if ex2 else None
    out.append(("extract speed, 2 jobs / 1 job", fmt(j2, ".2f") + "×", "", f"≥ {TARGETS['jobs2']}×",
                at_least(j2, TARGETS["jobs2"])))
    mems = [r.peak_mb() for r in (ex1, ex2) if r and r.peak_mb() is not None]
    mem = max(mems) if mems else None
    out.append(("extract peak memory (1 and 2 jobs), MB", fmt(mem, ".0f"), "", f"≤ {TARGETS['memory']:.0f}",
                at_most(mem, TARGETS["memory"])))
    out += big_article_rows(c, inputs)
    if gr2:
        out.append(("graph speed, 2 jobs / 1 job", fmt(ratio(gr1.best, gr2.best), ".2f") + "×", "", "–", None))
    return out


def section(c, inputs):
    """The Targets table, how many are met, and what the verdicts are based on."""
    judged = rows(c, inputs)
    L = ["## Targets (issue 12)", ""]
    L += table(["measure", "value", "by CPU time", "target", "verdict"],
               [[a, b, d, t, verdict(ok)] for a, b, d, t, ok in judged], right=[False, True, True, True, False])
    L.append("")
    failed = [f"{a} {t}" for a, _, _, t, ok in judged if ok is False]
    L.append(f"{sum(1 for *_, ok in judged if ok)} of {sum(1 for *_, ok in judged if ok is not None)} targets met"
             + (f"; not met: {'; '.join(failed)}." if failed else "."))
    L.append("")
    L.append("Verdicts are on wall time (best run). `by CPU time` divides by user + system seconds "
             "instead: the same figure on a machine where nothing else runs.")
    L.append("")
    return L


def scaling_verdicts(c, inputs):
    """The bullets under the scaling table: linear across the slices, no rescans of the big
    article (judged on CPU time per MB), and extract's memory on the big article."""
    L = []
    allinfo = inputs["all"]
    for cmdname, by_input in c.scaling.items():
        per_mb = {label: r.cpu_s_per_mb() or r.s_per_mb() for label, r in by_input.items()}
        sl = [v for k, v in per_mb.items() if k != "big article" and v]
        if len(sl) >= 2:
            spread = max(sl) / min(sl)
            L.append(f"- `{cmdname}` CPU time per MB across the slices varies {spread:.2f}× "
                     f"({verdict(spread <= LINEAR_SPREAD)}: linear within {LINEAR_SPREAD}×)")
        big = by_input.get("big article")
        if big and not big.times and big.timeout is not None and per_mb.get("all"):
            all_s = by_input["all"].best
            judged = big.timeout >= BIG_TIMEOUT_FACTOR * all_s - 0.01
            L.append(f"- `{cmdname}` on the single big article: stopped after {big.timeout:.0f} s, "
                     f"{big.timeout / all_s:.1f}× its time on the corpus (the same text in "
                     f"{allinfo['articles']:,} articles) "
                     + ("(FAIL: the cost grows faster than the text)" if judged
                        else "(not judged: stopped early by --big-timeout)"))
        if per_mb.get("big article") and per_mb.get("all"):
            b = per_mb["big article"] / per_mb["all"]
            limit = TARGETS["big_time"] if cmdname == "extract" else LINEAR_SPREAD
            L.append(f"- `{cmdname}` on the single big article: {b:.2f}× the CPU time per MB of the corpus "
                     f"({verdict(b <= limit)}: no rescans of a long text, within {limit}×)")
    if "big article" in inputs:
        be, ae = c.scaling["extract"]["big article"], c.ex1
        bg, ag = c.scaling["graph"]["big article"], c.gr1
        big_mb = inputs["big article"]["text_bytes"] / MB
        if be.peak_mb() and ae.peak_mb():
            L.append(f"- Memory: `extract` peaks at {ae.peak_mb():.0f} MB on the corpus (largest article "
                     f"{allinfo['largest'] / 1e3:.0f} kB) and {'' if be.times else 'at least (when stopped) '}"
                     f"{be.peak_mb():.0f} MB on the {big_mb:.0f} MB article"
                     + (f", {be.peak_mb() / big_mb:.1f}× its text" if be.times else "")
                     + f" (the target: at most {TARGETS['big_memory']:g}× its text); `graph` peaks at "
                     f"{fmt(ag.peak_mb(), '.0f')} MB on the corpus and "
                     f"{'' if bg.times else 'at least (when stopped) '}{fmt(bg.peak_mb(), '.0f')} MB on the big article.")
    return L
