#!/usr/bin/env python3
"""Make N synthetic news articles for scale benchmarks, as JSON Lines.

usage: generate-corpus.py N OUTPUT_DIR [--source ../shared/corpus] [--per-file 1000] [--seed 1]

Each invented story recombines sentences of three real texts from the source
corpus, swaps two in five content words and every name for invented ones; each of
its events replaces the figures and gets an invented day;
3 to 8 outlets then report it, each keeping, dropping and reordering sentences
and rewording a few words, so reports of one event overlap without being copies.
Events come in stories of 1 to 4 that share their invented names. Writes
OUTPUT_DIR/part-00000.jsonl ... with fields url, title, text, published, and
OUTPUT_DIR/labels.tsv (file, event_id, story_id as cluster_score.py reads them,
file being "part-XXXXX.jsonl#LINE", lines numbered from 1). The output is not meant for git.
"""
import datetime, json, os, random, re, sys

def sentences(text):
    lines = [l.strip() for l in text.splitlines() if len(l.strip()) > 60]
    out = []
    for line in lines:
        out += [s.strip() for s in re.split(r"(?<=[.!?])\s+", line) if len(s.strip()) > 30]
    return out

SYLLABLES = "ka lo ri ven tas mor eli dun sa bre til or an ko vy zel mar ust ine pol fa gri hel".split()
def invented_name(rng):
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()

def main(argv):
    n, out = int(argv[1]), argv[2]
    opt = lambda name, default: argv[argv.index(name) + 1] if name in argv else default
    source, per_file, rng = opt("--source", "../shared/corpus"), int(opt("--per-file", 1000)), random.Random(int(opt("--seed", 1)))
    templates = []
    for folder in ("seeds", "dev"):
        d = os.path.join(source, folder)
        for f in sorted(os.listdir(d)):
            if f.endswith(".txt"):
                s = sentences(open(os.path.join(d, f), encoding="utf-8").read())
                if len(s) >= 4:
                    templates.append(s)
    if not templates:
        sys.exit(f"no texts found under {source}")
    os.makedirs(out, exist_ok=True)
    labels = open(os.path.join(out, "labels.tsv"), "w")
    labels.write("file\tevent_id\tstory_id\n")
    part, record, written, event_no, story_no = None, 0, 0, 0, 0
    day0 = datetime.date(2015, 1, 1)
    while written < n:
        story_no += 1
        # Recombine: sentences from three texts, content words partly swapped for invented
        # ones, so that events built on the same source text do not read as copies.
        template = [s for t in rng.sample(templates, 3) for s in rng.sample(t, min(len(t), 4))]
        # Sorted: iterating a set of strings follows the per-process hash seed, not --seed.
        words = sorted(set(re.findall(r"\b[a-z]{5,}\b", " ".join(template))))
        swap = {w: invented_name(rng).lower() for w in words if rng.random() < 0.4}
        template = [re.sub(r"\b[a-z]{5,}\b", lambda m: swap.get(m.group(0), m.group(0)), s) for s in template]
        names = {w: invented_name(rng) for w in sorted(set(re.findall(r"\b[A-Z][a-z]{3,}\b", " ".join(template))))}
        start = day0 + datetime.timedelta(days=rng.randrange(3650))
        for e in range(rng.randint(1, 4)):
            event_no += 1
            day = start + datetime.timedelta(days=e * rng.randint(20, 120))
            figures = {}
            def figure(m):
                return figures.setdefault(m.group(0), str(rng.randint(2, 999)) + ("." + str(rng.randint(1, 9)) if "." in m.group(0) else ""))
            base = [re.sub(r"\d+(?:\.\d+)?", figure, re.sub(r"\b[A-Z][a-z]{3,}\b", lambda m: names.get(m.group(0), m.group(0)), s))
                    for s in template]
            title = " ".join(base[0].split()[:12])
            for k in range(rng.randint(3, 8)):
                if written >= n:
                    break
                if part is None or record == per_file:
                    part_name = f"part-{written // per_file:05d}.jsonl"
                    part, record = open(os.path.join(out, part_name), "w"), 0
                body = [s for s in base if rng.random() > 0.3] or base[:2]
                if rng.random() < 0.5:
                    body[1:] = rng.sample(body[1:], len(body) - 1)
                body = [" ".join(w if rng.random() > 0.05 else rng.choice(["reportedly", "also", "now", "again"]) for w in s.split()) for s in body]
                published = day + datetime.timedelta(days=rng.choice([0, 0, 1]))
                doc = {"url": f"https://outlet{rng.randint(1, 500)}.example/{event_no}/{k}", "title": title,
                       "text": "\n\n".join(body), "published": published.isoformat()}
                part.write(json.dumps(doc, ensure_ascii=False) + "\n")
                # Items of a JSON Lines file are numbered from 1, as newsdesk numbers them.
                labels.write(f"{part_name}#{record + 1}\te{event_no}\ts{story_no}\n")
                record += 1
                written += 1
    print(f"{written} articles, {event_no} events, {story_no} stories in {out}")

if __name__ == "__main__":
    main(sys.argv)
