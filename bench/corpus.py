"""The inputs: the corpus unpacked once into the work folder, its slices and the single big article.

Every input is described by a dict: label, path, articles, text_bytes (the UTF-8 of the `text`
fields, what speed is counted in), file_bytes and largest (the longest article's text bytes).
"""
import gzip
import json
import lzma
import os
import time

from common import log


def open_corpus(path):
    if path.endswith(".xz"):
        return lzma.open(path, "rb")
    if path.endswith(".gz"):
        return gzip.open(path, "rb")
    return open(path, "rb")


def text_bytes(line):
    return len((json.loads(line).get("text") or "").encode("utf-8"))


def describe(label, path, sizes):
    """The description of an input whose articles have these text sizes."""
    return {"label": label, "path": path, "articles": len(sizes), "text_bytes": sum(sizes),
            "file_bytes": os.path.getsize(path), "largest": max(sizes) if sizes else 0}


def unpack(src, corpus, every):
    """The source corpus, every `every`-th non-blank line, as plain JSON Lines."""
    log(f"inputs: unpacking {src} -> {corpus}" + (f" (every {every}th line)" if every > 1 else ""))
    with open_corpus(src) as fin, open(corpus + ".tmp", "wb") as fout:
        for i, line in enumerate(fin):
            if i % every == 0 and line.strip():
                fout.write(line if line.endswith(b"\n") else line + b"\n")
    os.replace(corpus + ".tmp", corpus)


def cut_slices(corpus, work, slices, sizes):
    """The slices 1/k of the corpus: every k-th line, so that each has the same mix of topics."""
    inputs = {}
    for k in slices:
        label = "all" if k == 1 else f"1/{k}"
        path = corpus if k == 1 else os.path.join(work, f"slice-1of{k}.jsonl")
        if k != 1:
            with open(corpus, "rb") as fin, open(path, "wb") as fout:
                for i, line in enumerate(fin):
                    if i % k == 0:
                        fout.write(line)
        inputs[label] = describe(label, path, [b for i, b in enumerate(sizes) if i % k == 0])
    if "all" not in inputs:
        inputs["all"] = describe("all", corpus, sizes)
    return inputs


def write_big_article(corpus, work):
    """One article: every text of the corpus, separated by a blank line, streamed out."""
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
    return {"label": "big article", "path": big, "articles": 1, "text_bytes": total,
            "file_bytes": os.path.getsize(big), "largest": total}


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
    unpack(src, corpus, args.every)
    with open(corpus, "rb") as f:
        sizes = [text_bytes(line) for line in f]  # text bytes of each line
    inputs = cut_slices(corpus, work, args.slices, sizes)
    if not args.no_big:
        inputs["big article"] = write_big_article(corpus, work)

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
