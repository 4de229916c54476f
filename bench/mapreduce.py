#!/usr/bin/env python3
"""Times vncite as a map and a reduce, and its answers from SQLite, GraphML and articles (issue 13).

    python3 bench/mapreduce.py [CORPUS.jsonl] [--vncite PATH]     # writes bench/mapreduce.md

The build first: `swift build -c release`.

CORPUS defaults to bench/work/corpus.jsonl (made by bench/run.py) or /tmp/corpus.jsonl. On the same
machine, in one run: `extract` (the map) with its peak memory; `graph` from the articles and from
the saved extract output (the reduce), which must give the same GraphML; `graph --format sqlite`;
then `cites` and `top` answered from the database, from the GraphML file and from the articles
(best of 3 runs each), whose answers must be the same.
"""
import hashlib, os, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def run(argv, stdout=subprocess.DEVNULL):
    """Wall seconds and peak memory (MB) of one run, through GNU time."""
    with tempfile.NamedTemporaryFile("r") as t:
        start = time.monotonic()
        subprocess.run(["/usr/bin/time", "-f", "%M", "-o", t.name] + argv, stdout=stdout, stderr=subprocess.DEVNULL, check=True)
        wall = time.monotonic() - start
        return wall, int(t.read().split()[-1]) / 1024


def answer(argv):
    out = subprocess.run(argv, capture_output=True, check=True).stdout
    return hashlib.sha256(out).hexdigest()[:12]


def main():
    args = sys.argv[1:]
    vncite = args[args.index("--vncite") + 1] if "--vncite" in args else os.path.join(ROOT, ".build", "release", "vncite")
    corpus = next((a for a in args if a.endswith(".jsonl")), None)
    corpus = corpus or next(p for p in (os.path.join(HERE, "work", "corpus.jsonl"), "/tmp/corpus.jsonl") if os.path.exists(p))
    work = tempfile.mkdtemp(prefix="vncite-mapreduce-")
    extracted = os.path.join(work, "extracted.jsonl")
    rows = []

    with open(extracted, "w") as out:
        wall, mb = run([vncite, "extract", "--jobs", "2", corpus], stdout=out)
    rows.append(("map: `extract --jobs 2` of the corpus", wall, mb, f"{os.path.getsize(extracted) / 1e6:.1f} MB of extract output"))
    wall, mb = run([vncite, "graph", "--jobs", "2", corpus, "-o", os.path.join(work, "a"), "--format", "graphml"])
    rows.append(("`graph --jobs 2` from the articles", wall, mb, ""))
    wall, mb = run([vncite, "graph", extracted, "-o", os.path.join(work, "x"), "--format", "graphml"])
    same = open(os.path.join(work, "a", "citations.graphml"), "rb").read() == open(os.path.join(work, "x", "citations.graphml"), "rb").read()
    rows.append(("reduce: `graph` from the extract output", wall, mb, "same GraphML" if same else "DIFFERENT GraphML"))
    wall, mb = run([vncite, "graph", extracted, "-o", os.path.join(work, "x"), "--format", "sqlite"])
    db = os.path.join(work, "x", "citations.sqlite")
    rows.append(("`graph --format sqlite` from the extract output", wall, mb, f"{os.path.getsize(db) / 1e6:.1f} MB"))

    graphml = os.path.join(work, "x", "citations.graphml")
    questions = [("cites \"Luật Đất đai\"", ["cites", "Luật Đất đai"]), ("top", ["top"])]
    for label, q in questions:
        answers = {}
        for source, extra, runs in (("SQLite (--db)", ["--db", db], 3), ("GraphML (--graph)", ["--graph", graphml], 3),
                                    ("the articles", [corpus], 1)):
            best = min((run([vncite] + q + extra) for _ in range(runs)), key=lambda r: r[0])
            answers[source] = answer([vncite] + q + extra)
            rows.append((f"`{label}` from {source}", best[0], best[1], ""))
        rows[-1] = rows[-1][:3] + ("same answer from all three" if len(set(answers.values())) == 1 else f"DIFFERENT answers {answers}",)

    lines = [f"Corpus: `{corpus}` ({os.path.getsize(corpus) / 1e6:.0f} MB); vncite: `{vncite}`; "
             f"{time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores.", "",
             "| case | wall s | peak MB | note |", "|---|--:|--:|---|"]
    lines += [f"| {c} | {w:.2f} | {m:.0f} | {n} |" for c, w, m, n in rows]
    report = "\n".join(lines) + "\n"
    print(report)
    with open(os.path.join(HERE, "mapreduce.md"), "w") as f:
        f.write("# Map, reduce and answers from SQLite (bench/mapreduce.py)\n\n" + report)
    subprocess.run(["rm", "-rf", work])


if __name__ == "__main__":
    main()
