#!/usr/bin/env python3
"""Draws the development set's passages and articles from the VNTC corpus, reproducibly.

    python3 eval/dev/sample.py ../shared/corpus/vntc-news.jsonl.xz [--holdout]

With --holdout: a second, smaller draw with another seed into eval/holdout/ (articles already in
the development set are skipped), labelled the same way and scored once, never tuned on.
With --more-citations N: about 60 more citation passages into eval/dev/citationsN/ (the same
families, a seed of their own, no article an earlier draw took).
With --lower-citations N: about 50 passages with a type word in small letters before a number
("theo nghị định 181", "quyết định 5 người") into eval/dev/citationsN/.
With --more-meetings [N]: 60 more whole articles for the meeting reader (none already drawn), into
eval/dev/meetings2/ (N=2, the default) or meetingsN/ — the development set grown when its
articles were worn out by the rules written on them. (Draw 38 found only 43: the politics leads
with a meeting were nearly all drawn; from draw 39 on, such leads of any topic fill the gap.)

Writes eval/dev/citations/passages/*.txt (paragraphs picked by trigger family, plus paragraphs
with no citation) and eval/dev/meetings/articles/*.txt (whole articles, most of them from
politics and society, some reporting a meeting and some not). Labels are written by hand into
gold.json beside each folder; this script never touches them. Fixed seed: the same corpus gives
the same files.
"""
import hashlib, json, lzma, os, random, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
T = r"(?:Nghị quyết|Quyết định|Thông tư|Chỉ thị|Nghị định|Kết luận|Thông báo|Quy định|Hướng dẫn|Kế hoạch|Công văn|Thông tri|Chương trình)"
FAMILIES = {
    # short forms: a type word and a bare number, no symbol after it
    "short": re.compile(T + r" (?:số )?\d{1,4}(?![\d/\-])"),
    # lists after one type word
    "list": re.compile(T + r" (?:số )?\d[\w/\-Đđ]*(?:,| và| hoặc) (?:số )?\d"),
    # types the scanner may not know
    "types": re.compile(r"Hiến pháp|Pháp lệnh|Thông tư liên tịch|Nghị quyết liên tịch|Quy chế|Điều lệ|Bộ luật|Sắc lệnh|Lệnh số|Chỉ thị liên"),
    # old and damaged symbols
    "symbol": re.compile(r"\d+/(?:\d{4}/)?(?:[A-ZĐÐ]+-)?(?:CP|TTg|UB|UBND|HĐBT|BYT|BTC|BGD)\b|QÐ|/TTg|-UB\b"),
    # plenums and congresses
    "plenum": re.compile(r"Trung ương \d|T\.Ư|TƯ \d|HNTW|Hội nghị Trung ương|Đại hội (?:Đảng|[IVX]+|lần)|ĐH [IVX]+|khóa [IVX]+|khoá [IVX]+"),
    # laws by name
    "law": re.compile(r"Luật [A-ZĐ]\w+|[Bb]ộ luật"),
    # full symbols (the ordinary case)
    "full": re.compile(r"\d+(?:/\d{4})?[/\-][A-ZĐ]{1,6}(?:-[A-ZĐ]+)?[/\-][A-ZĐ]+"),
}
ANY = re.compile("|".join(f"(?:{p.pattern})" for p in FAMILIES.values()) + "|" + T + "|Luật")
MEETING_NOUN = re.compile(r"[Hh]ội nghị|[Pp]hiên họp|[Kk]ỳ họp|[Cc]uộc họp|[Bb]uổi làm việc|[Đđ]ại hội|[Hh]ội thảo|[Tt]ọa đàm|[Tt]oạ đàm|[Gg]iao ban|làm việc với|[Hh]ọp báo")
MEETING_VERB = re.compile(r"tổ chức|khai mạc|bế mạc|chủ trì|làm việc|họp|đã diễn ra|tiếp")


def articles(path):
    opener = lzma.open if path.endswith(".xz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            yield o["id"], unicodedata.normalize("NFC", o["text"])


def sort_paragraphs(ident, text, by_family, negatives):
    """Files each paragraph of 80 to 1,400 characters under the families of forms it holds, or
    among the negatives when it holds no citation word at all."""
    paras = [p.strip() for p in text.split("\n") if 80 <= len(p.strip()) <= 1400]
    for k, p in enumerate(paras):
        hits = [f for f, rx in FAMILIES.items() if rx.search(p)]
        for f in hits:
            by_family[f].append((f"{ident}#{k}", p))
        if not hits and not ANY.search(p):
            negatives.append((f"{ident}#{k}", p))


def name(n, ident):
    return f"{n:03d}_{hashlib.sha1(ident.encode()).hexdigest()[:12]}.txt"


def write(folder, items):
    items = [x for x in items if x[0].split("#")[0] not in EXCLUDE]
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        os.remove(os.path.join(folder, f))
    index = {}
    for n, (ident, text) in enumerate(items):
        fn = name(n, ident)
        with open(os.path.join(folder, fn), "w", encoding="utf-8") as out:
            out.write(text.strip() + "\n")
        index[fn] = ident
    with open(os.path.join(folder, "..", "sources.json"), "w", encoding="utf-8") as out:
        json.dump(index, out, ensure_ascii=False, indent=1, sort_keys=True)


EXCLUDE = set()


def exclude_other_draws(draw):
    """Leaves out the articles of the other draws (dev, held-out, any meetings folder, the
    citations draws before N): each citations draw reproduces after later ones are drawn."""
    later = {f"citations{k}" for k in range(draw, draw + 100)}
    for folder in ("dev", "holdout"):
        root = os.path.join(os.path.dirname(HERE), folder)
        for kind in sorted(os.listdir(root)):
            path = os.path.join(root, kind, "sources.json")
            if os.path.exists(path) and kind not in later:
                with open(path, encoding="utf-8") as f:
                    EXCLUDE.update(v.split("#")[0] for v in json.load(f).values())


def more_citations(corpus, draw):
    """Draw N of citation passages (--more-citations N): about 60 passages by family, with a seed of
    its own, from articles no earlier draw (dev, held-out, any citations or meetings folder) took."""
    exclude_other_draws(draw)
    rng = random.Random(20261301 + draw)
    by_family = {f: [] for f in FAMILIES}
    negatives = []
    for ident, text in articles(corpus):
        if ident in EXCLUDE:
            continue
        sort_paragraphs(ident, text, by_family, negatives)
    chosen, seen = [], set()
    for f, k in {"short": 10, "list": 8, "types": 7, "symbol": 7, "plenum": 8, "law": 6, "full": 5}.items():
        pool = by_family[f]
        rng.shuffle(pool)
        for ident, p in pool:
            if k == 0:
                break
            if ident.split("#")[0] in seen:
                continue
            seen.add(ident.split("#")[0])
            chosen.append((ident, p))
            k -= 1
    rng.shuffle(negatives)
    chosen += [x for x in negatives if x[0].split("#")[0] not in seen][:7]
    write(os.path.join(HERE, f"citations{draw}", "passages"), chosen)


# A type word in small letters before a number ("theo nghị định 181", "quyết định 5 người"): the
# form of the older news, documents and quantities alike.
LOWER = re.compile(r"(?<![\w])(?:nghị quyết|quyết định|thông tư|chỉ thị|nghị định|kết luận|thông báo|quy định|hướng dẫn"
                   r"|kế hoạch|công văn) (?:số )?\d")


def lower_citations(corpus, draw):
    """Draw N of passages with a type word in small letters before a number (--lower-citations N):
    about 50 paragraphs, one an article, with a seed of its own, from articles no earlier draw took."""
    exclude_other_draws(draw)
    rng = random.Random(20261401 + draw)
    pool = []
    for ident, text in articles(corpus):
        if ident in EXCLUDE:
            continue
        paras = [p.strip() for p in text.split("\n") if 80 <= len(p.strip()) <= 1400]
        hits = [(f"{ident}#{k}", p) for k, p in enumerate(paras) if LOWER.search(p)]
        if hits:
            pool.append(rng.choice(hits))
    rng.shuffle(pool)
    write(os.path.join(HERE, f"citations{draw}", "passages"), pool[:50])


def main():
    global HERE
    corpus = sys.argv[1]
    if "--more-citations" in sys.argv:
        return more_citations(corpus, int(sys.argv[sys.argv.index("--more-citations") + 1]))
    if "--lower-citations" in sys.argv:
        return lower_citations(corpus, int(sys.argv[sys.argv.index("--lower-citations") + 1]))
    holdout = "--holdout" in sys.argv
    more = "--more-meetings" in sys.argv
    draw = int(sys.argv[sys.argv.index("--more-meetings") + 1]) if more and sys.argv[-1].isdigit() else 2
    rng = random.Random(20261201 + (draw - 2) if more else 20261130 if holdout else 20261129)
    scale = 0.4 if holdout else 1.0
    if holdout or more:
        for folder in ("dev", "holdout"):
            # (Earlier draws only: each draw is reproducible on its own.)
            for kind in ["citations", "meetings"] + [f"meetings{k}" for k in range(2, draw if more else 2)]:
                path = os.path.join(os.path.dirname(HERE), folder, kind, "sources.json")
                if os.path.exists(path):
                    with open(path, encoding="utf-8") as f:
                        EXCLUDE.update(v.split("#")[0] for v in json.load(f).values())
        # From draw 43 on, not the corpus articles whose answers helpers audited either (a draw of
        # text no one has judged the tool on); an article audited later carries the draw it is left
        # out from, so that the earlier draws reproduce.
        if more and draw >= 43:
            with open(os.path.join(HERE, "audited.txt"), encoding="utf-8") as f:
                for line in f:
                    fields = line.split()
                    if fields and not line.startswith("#") and draw >= (int(fields[1]) if len(fields) > 1 else 43):
                        EXCLUDE.add(fields[0])
        if holdout:
            HERE = os.path.join(os.path.dirname(HERE), "holdout")
    by_family = {f: [] for f in FAMILIES}
    negatives, meeting_lead, meeting_deep, plain = [], [], [], []
    for ident, text in articles(corpus):
        sort_paragraphs(ident, text, by_family, negatives)
        if 600 <= len(text) <= 4500:
            lead = text[:400]
            if MEETING_NOUN.search(lead) and MEETING_VERB.search(lead):
                meeting_lead.append((ident, text))
            elif MEETING_NOUN.search(text[400:]):
                meeting_deep.append((ident, text))
            else:
                plain.append((ident, text))
    if more:
        picked = []
        politics = [x for x in meeting_lead if "Chinh_tri_Xa_hoi" in x[0] or "Phap_luat" in x[0] or "Kinh_doanh" in x[0]]
        for n, (pool, k) in enumerate(((politics, 38), (meeting_lead, 6), (meeting_deep, 8), (plain, 8))):
            pool = [x for x in pool if x[0] not in {p[0] for p in picked} and x[0] not in EXCLUDE]
            rng.shuffle(pool)
            # From draw 39 on, leads with a meeting from any topic (n == 1) make up what the politics
            # pool, nearly used up by draw 38 (43 articles), no longer gives; earlier draws stay as drawn.
            if draw >= 39 and n == 1:
                k += max(0, 38 - len(picked))
            picked += pool[:k]
        write(os.path.join(HERE, f"meetings{draw}", "articles"), picked)
        return
    counts = {k: round(v * scale) for k, v in
              {"short": 28, "list": 22, "types": 20, "symbol": 20, "plenum": 22, "law": 18, "full": 15}.items()}
    chosen, seen = [], set()
    for f, k in counts.items():
        pool = by_family[f]
        rng.shuffle(pool)
        for ident, p in pool:
            if k == 0:
                break
            if ident.split("#")[0] in seen or ident.split("#")[0] in EXCLUDE:
                continue
            seen.add(ident.split("#")[0])
            chosen.append((ident, p))
            k -= 1
    rng.shuffle(negatives)
    chosen += negatives[:round(20 * scale)]
    write(os.path.join(HERE, "citations", "passages"), chosen)

    politics = lambda xs: [x for x in xs if "Chinh_tri_Xa_hoi" in x[0] or "Phap_luat" in x[0] or "Kinh_doanh" in x[0]]
    picked = []
    for pool, k in ((politics(meeting_lead), 50), (meeting_lead, 8), (meeting_deep, 14), (plain, 8)):
        k = round(k * scale)
        pool = [x for x in pool if x[0] not in {p[0] for p in picked} and x[0] not in EXCLUDE]
        rng.shuffle(pool)
        picked += pool[:k]
    write(os.path.join(HERE, "meetings", "articles"), picked)


if __name__ == "__main__":
    main()
