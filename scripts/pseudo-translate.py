#!/usr/bin/env python3
"""Cross-lingual check on a labelled corpus: rewrites every other article of each event into an
invented language and leaves the rest as they are, so that each event is reported in two.

No corpus in ../shared has reports of one event in scripts or languages the rules have no words
for. This makes them. Each word that does not start with a capital is enciphered (letters shifted
within vowels and within consonants: words keep their shape but share nothing with any language);
names, figures and the page's " date YYYY-MM-DD " line stay. What is left to join a rewritten
report to its event is what translation keeps: names, figures and the day.

--script latin (default): the invented language is written in Latin letters, names as they were.
--script cyrillic: it is written in Cyrillic; names are transliterated letter by letter ("Powell"
  as "Повелл", an easier spelling than the Russian press's phonetic "Пауэлл"), and one mention in
  three takes a Russian case ending ("Повелла", "Повеллом"); weekdays, months and "today" or
  "yesterday" become Russian ("в среду", "15 июня", "сегодня") as a Russian report would write them.

usage: scripts/pseudo-translate.py [--script latin|cyrillic] CORPUS LABELS.tsv OUT_DIR
Then: newsdesk ingest --db S $(ls OUT_DIR/*.txt); newsdesk export --db S > E.jsonl;
      ../shared/bench/tools/cluster_score.py OUT_DIR/labels.tsv E.jsonl
"""
import csv
import os
import random
import re
import sys

VOWELS = "aeiou"
CONSONANTS = "bcdfghjklmnpqrstvwxyz"

# Letter by letter, digraphs first: the mechanical reverse of a romanisation.
TO_CYRILLIC = [("shch", "щ"), ("sh", "ш"), ("ch", "ч"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ya", "я"),
               ("yu", "ю"), ("a", "а"), ("b", "б"), ("c", "к"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"),
               ("h", "х"), ("i", "и"), ("j", "дж"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"),
               ("p", "п"), ("q", "к"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("v", "в"), ("w", "в"),
               ("x", "кс"), ("y", "й"), ("z", "з")]
WEEKDAYS = {"monday": "понедельник", "tuesday": "вторник", "wednesday": "среду", "thursday": "четверг",
            "friday": "пятницу", "saturday": "субботу", "sunday": "воскресенье"}
MONTHS = {"january": "января", "february": "февраля", "march": "марта", "april": "апреля", "may": "мая",
          "june": "июня", "july": "июля", "august": "августа", "september": "сентября", "october": "октября",
          "november": "ноября", "december": "декабря"}
DAY_WORDS = {"today": "сегодня", "tonight": "сегодня", "yesterday": "вчера"}
CASE_ENDINGS = ["а", "у", "ом", "е"]


def encipher_word(word):
    out = []
    for ch in word:
        if ch in VOWELS:
            out.append(VOWELS[(VOWELS.index(ch) + 2) % len(VOWELS)])
        elif ch in CONSONANTS:
            out.append(CONSONANTS[(CONSONANTS.index(ch) + 7) % len(CONSONANTS)])
        else:
            out.append(ch)
    return "".join(out)


def cyrillic(word):
    lower, out, i = word.lower(), "", 0
    while i < len(lower):
        if lower[i] == "c" and lower[i + 1:i + 2] in ("e", "i", "y"):  # "Vincent" as "Винсент"
            out += "с"
            i += 1
            continue
        for latin, cyr in TO_CYRILLIC:
            if lower.startswith(latin, i):
                out += cyr
                i += len(latin)
                break
        else:
            out += lower[i]
            i += 1
    return out[:1].upper() + out[1:] if word[:1].isupper() else out


def rewrite(text, script, rng):
    # A capitalised word the text also writes in lowercase opens a sentence: it is an ordinary word.
    lowercase = set(re.findall(r"\b[a-z][a-z']*\b", text))

    def word(m):
        w = m.group(0)
        if script == "cyrillic":
            for table in (WEEKDAYS, MONTHS, DAY_WORDS):
                if w.lower() in table:
                    return table[w.lower()]
        if w[0].isupper() and w.lower() in lowercase and w.lower() not in WEEKDAYS and w.lower() not in MONTHS:
            ordinary = encipher_word(w.lower())
            ordinary = cyrillic(ordinary) if script == "cyrillic" else ordinary
            return ordinary[:1].upper() + ordinary[1:]
        if w[0].islower():
            enciphered = encipher_word(w)
            return cyrillic(enciphered) if script == "cyrillic" else enciphered
        if script == "latin":
            return w
        w = re.sub(r"['’]s$", "", w)  # Russian has no possessive "'s"
        if not w.isalpha():
            return w
        name = cyrillic(w)
        if w.isupper() or len(w) < 4 or rng.random() >= 1 / 3 or name[-1] in "аеиоуяйь":
            return name
        return name + rng.choice(CASE_ENDINGS)
    # The scraper's " date YYYY-MM-DD " prefix is the page's, not the article's language.
    date = re.match(r"^ date \d{4}-\d{2}-\d{2} ", text)
    head = date.group(0) if date else ""
    return head + re.sub(r"[A-Za-z][A-Za-z'’]*", word, text[len(head):])


def main(argv):
    script = "latin"
    if "--script" in argv:
        i = argv.index("--script")
        script = argv[i + 1]
        argv = argv[:i] + argv[i + 2:]
    corpus, labels, out = argv[1], argv[2], argv[3]
    # It writes files into OUT_DIR: never into the corpus it reads, nor anywhere inside it.
    if os.path.realpath(out).startswith(os.path.realpath(corpus)) or os.path.realpath(corpus).startswith(os.path.realpath(out)):
        sys.exit(f"pseudo-translate: OUT_DIR {out} must lie outside CORPUS {corpus}")
    os.makedirs(out, exist_ok=True)
    rng = random.Random(1)
    rows = list(csv.DictReader(open(labels, encoding="utf-8"), delimiter="\t"))
    seen, rewritten = {}, 0
    for row in rows:
        n = seen.get(row["event_id"], 0)
        seen[row["event_id"]] = n + 1
        text = open(os.path.join(corpus, row["file"]), encoding="utf-8").read()
        if n % 2 == 1:
            text = rewrite(text, script, rng)
            rewritten += 1
        with open(os.path.join(out, row["file"]), "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(out, "labels.tsv"), "w", encoding="utf-8") as f:
        f.write(open(labels, encoding="utf-8").read())
    print(f"{len(rows)} articles, {rewritten} rewritten ({script}), in {out}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
