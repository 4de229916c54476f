#!/usr/bin/env python3
"""The script a user would otherwise write: the peer vncite is measured against.

    python3 bench/baseline.py CORPUS.jsonl[.xz|.gz] [-o citations.graphml]

Reads JSON Lines ({"id": ..., "text": ..., ...} per line; plain, .xz or .gz), NFC-normalises
each article, applies ONE regular expression per article covering the citation forms (Party
numbers "05-CT/TW", State numbers "15/2020/NĐ-CP", "749/QĐ-TTg", and short forms "Nghị quyết
số 54"), builds a networkx graph (article -> document edges, with a mention count) and writes
it as GraphML with networkx.write_graphml. Prints articles, citations found and seconds.

Deliberately plain: no resolution of short forms, issuers, terms or provinces; it is the
speed and memory yardstick, not an extractor.
"""
import argparse
import gzip
import json
import lzma
import re
import sys
import time
import unicodedata

import networkx as nx

# The kinds of document a short form names ("Nghị quyết số 54"), as capitalised in running text.
# Case-sensitive on purpose: (?i:...) finds a few more ("nghị quyết số 54") but makes Python's
# regex twice as slow, and the yardstick should be the fast script a user would write.
KINDS = r"(?:Nghị quyết|Chỉ thị|Kết luận|Quyết định|Nghị định|Thông tư|Kế hoạch)"
# Party numbering: "05-CT/TW", "21-KL/TW", "12 - NQ/TU", "03-CT/T.Ư".
PARTY = r"\d+\s*-\s*[A-ZĐa-zđ]+/[A-ZĐa-zĐƯư.]+"
# State numbering: "15/2020/NĐ-CP", "749/QĐ-TTg" ("103/2016/QH13", without a dash, is not).
STATE = r"\d+/(?:\d{4}/)?[A-ZĐa-zđ]+-[A-ZĐa-zđ0-9-]+"
# One pattern: a numbered document with its optional kind in front, or a kind and a bare number.
# The same text is what bench/run.py (cases.py) gives ripgrep (the Rust regex syntax accepts it as is).
PATTERN = rf"(?:{KINDS}\s+(?:số\s*)?)?(?:{PARTY}|{STATE})|{KINDS}\s+(?:số\s*)?\d+"

NUMBERED = re.compile(rf"{PARTY}|{STATE}")
SPACES = re.compile(r"\s+")


def open_text(path):
    """A text stream of the file, decompressing .xz and .gz; '-' is standard input."""
    if path == "-":
        return sys.stdin
    if path.endswith(".xz"):
        return lzma.open(path, "rt", encoding="utf-8")
    if path.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, "r", encoding="utf-8")


def document_key(mention):
    """The node name of a mention: its number ("05-CT/TW") or, for a short form, kind + number."""
    numbered = NUMBERED.search(mention)
    if numbered:
        return SPACES.sub("", numbered.group(0))
    words = SPACES.sub(" ", mention).split(" ")
    kind = " ".join(words[:2]).capitalize()
    return f"{kind} {words[-1]}"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", help="JSON Lines file (.jsonl, .jsonl.xz, .jsonl.gz) or -")
    parser.add_argument("-o", "--output", default="citations.graphml", help="GraphML file to write")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    citation = re.compile(PATTERN)
    graph = nx.DiGraph()
    articles = citations = 0
    with open_text(args.corpus) as lines:
        for line in lines:
            if not line.strip():
                continue
            record = json.loads(line)
            article_id = str(record.get("id", articles))
            text = unicodedata.normalize("NFC", record.get("text") or "")
            articles += 1
            graph.add_node(article_id, type="article", title=record.get("title") or "")
            for match in citation.finditer(text):
                citations += 1
                key = document_key(match.group(0))
                if key not in graph:
                    graph.add_node(key, type="document")
                if graph.has_edge(article_id, key):
                    graph[article_id][key]["mentions"] += 1
                else:
                    graph.add_edge(article_id, key, mentions=1)
    nx.write_graphml(graph, args.output)
    seconds = time.perf_counter() - started
    documents = graph.number_of_nodes() - articles
    print(f"articles {articles} citations {citations} documents {documents} "
          f"edges {graph.number_of_edges()} seconds {seconds:.2f}")


if __name__ == "__main__":
    main()
