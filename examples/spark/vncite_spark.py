"""vncite on Spark: the map (`vncite extract`) over executors, the reduce (`vncite graph`) on the driver.

    python3 vncite_spark.py CORPUS OUTPUT VNCITE [PARTITIONS] [--name NAME] [-- GRAPH-OPTIONS...]

CORPUS is a JSON Lines corpus (one {"id": ..., "text": ...} per line; .gz works too, .xz does not:
Hadoop has no xz codec). It is read with sc.textFile in PARTITIONS partitions (default 8); each
partition's lines go through `vncite extract --jsonl - --stdin-name NAME`, NAME being the corpus path
as given unless --name says otherwise, so every article keeps the source it gets from
`vncite extract CORPUS`. The extract output is saved under OUTPUT/extract/ (part-NNNNN files),
concatenated into OUTPUT/extracted.jsonl, and `vncite graph OUTPUT/extracted.jsonl -o OUTPUT/graph
GRAPH-OPTIONS...` resolves short forms across partitions and writes the graph. By the shard law the
graph is byte for byte the one `vncite graph CORPUS` writes in one process.

VNCITE is the binary's path on the driver. Executors use that same path when it exists there, else
what spark-submit shipped under its name (SparkFiles.get): a folder from --archives
vncite.tar.gz#vncite holding vncite and its vncite_VNCite.resources, or a file from --files. The
master comes from spark-submit --master, or is local[2] when the script is run with python3.
"""
import argparse
import os
import shutil
import subprocess
import sys
import threading
import time

from pyspark import SparkContext, SparkFiles


def executable(vncite):
    """The binary on this executor: VNCITE itself, or the one shipped with --archives (a folder
    holding vncite and vncite_VNCite.resources, which it needs beside it) or --files."""
    if os.access(vncite, os.X_OK) and not os.path.isdir(vncite):
        return vncite
    shipped = SparkFiles.get(os.path.basename(vncite))
    if os.path.isdir(shipped):
        shipped = os.path.join(shipped, "vncite")
    if not os.access(shipped, os.X_OK):
        os.chmod(shipped, 0o755)
    return shipped


def extractor(vncite, name, jobs):
    """A mapPartitions function: the partition's lines into `vncite extract`, its lines out."""
    def extract(lines):
        command = [executable(vncite), "extract", "--jsonl", "-", "--stdin-name", name, "--jobs", str(jobs)]
        process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)

        def feed():  # in a thread, so that neither pipe fills up and blocks the other
            try:
                for line in lines:
                    process.stdin.write(line.encode("utf-8") + b"\n")
            finally:
                process.stdin.close()

        writer = threading.Thread(target=feed, daemon=True)
        writer.start()
        for out in process.stdout:
            yield out.decode("utf-8").rstrip("\n")
        writer.join()
        if process.wait() != 0:
            raise RuntimeError(f"{' '.join(command)} exited with status {process.returncode}")
    return extract


def main(argv):
    graph_options = argv[argv.index("--") + 1:] if "--" in argv else []
    argv = argv[:argv.index("--")] if "--" in argv else argv
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", help="JSON Lines corpus (local path, hdfs://, s3a://, ...)")
    parser.add_argument("output", help="output folder, on a file system the driver and executors share")
    parser.add_argument("vncite", help="the vncite binary: its path on the driver (on a cluster, also shipped with --archives)")
    parser.add_argument("partitions", type=int, nargs="?", default=8)
    parser.add_argument("--name", help="the articles' source name (default: CORPUS as given)")
    args = parser.parse_args(argv)

    output = os.path.abspath(args.output)
    extract_dir = os.path.join(output, "extract")
    shutil.rmtree(extract_dir, ignore_errors=True)
    # Run with python3 rather than spark-submit: local[2] unless PYSPARK_SUBMIT_ARGS says otherwise.
    os.environ.setdefault("PYSPARK_SUBMIT_ARGS", "--master local[2] --conf spark.ui.enabled=false pyspark-shell")
    sc = SparkContext(appName="vncite")
    sc.setLogLevel("ERROR")
    start = time.monotonic()
    try:
        lines = sc.textFile(args.corpus, minPartitions=args.partitions)
        if lines.getNumPartitions() < args.partitions:  # a .gz file is one split
            lines = lines.repartition(args.partitions)
        jobs = int(sc.getConf().get("spark.task.cpus", "1"))  # vncite's threads: the cores a task holds
        extracted = lines.mapPartitions(extractor(args.vncite, args.name or args.corpus, jobs))
        extracted.saveAsTextFile("file://" + extract_dir)
        partitions, master = lines.getNumPartitions(), sc.master
    finally:
        sc.stop()
    mapped = time.monotonic()

    # The reduce: the part files in order (any order gives the same graph), then vncite graph.
    merged = os.path.join(output, "extracted.jsonl")
    parts = sorted(f for f in os.listdir(extract_dir) if f.startswith("part-"))
    with open(merged, "wb") as out:
        for part in parts:
            with open(os.path.join(extract_dir, part), "rb") as f:
                shutil.copyfileobj(f, out)
    command = [args.vncite, "graph", merged, "-o", os.path.join(output, "graph")] + graph_options
    status = subprocess.call(command)
    print(f"vncite_spark: {master}, {partitions} partitions, extract {mapped - start:.1f} s, "
          f"graph {time.monotonic() - mapped:.1f} s -> {output}", file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
