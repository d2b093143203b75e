"""Peer of the names workload: the place-name rules of data/names/rules.tsv over a CSV of names, written the way an
analyst would write them in plain Python with pypinyin: csv.DictReader, a loop over the names and, for each, a loop
over the rules (`any(word in name ...)`, `re` for Latin letters), dictionaries of lists for duplicates, and
pypinyin.lazy_pinyin for homophones. Timed: reading the CSV, every rule, writing a CSV of the findings.

It reads the same rule files (rules.tsv, generics.tsv, regional_names.tsv, categories.tsv, hanzi.tsv, variants.tsv)
and follows the semantics documented in data/names/README.md, so the number of findings per rule must equal
Gazetteer's. The exception is the homophone rule: pypinyin reads phrases with its own dictionary where Gazetteer
reads hanzi.tsv's first reading and phrases.tsv, so a few names are read differently; bench/compare.py reports the
difference instead of failing on it. The romanization rules need a registered romanization, which the NBS lists do
not carry; neither side flags anything there.
"""
import argparse
import csv
import os
import re
import time
import unicodedata

from pypinyin import Style, lazy_pinyin
import pypinyin

from output import write_result

p = argparse.ArgumentParser(description=__doc__)
p.add_argument("--csv", required=True)
p.add_argument("--rules", default="data/names")
p.add_argument("--map", default="id=code,name=name")
p.add_argument("--out", required=True)
p.add_argument("--runs", type=int, default=1)
p.add_argument("--result", default=None)
opts = p.parse_args()
mapping = dict(item.split("=", 1) for item in opts.map.split(","))


def table(name):
    path = os.path.join(opts.rules, name)
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n").rstrip("\r") for l in f if l.strip() and not l.startswith("#")]
    header = [c.strip() for c in lines[0].split("\t")]
    return [dict(zip(header, [c.strip() for c in l.split("\t")])) for l in lines[1:]]


categories = {r["code"]: (r["parent"] or None, r["name_zh"]) for r in table("categories.tsv")}
generics = {}
for r in table("generics.tsv"):
    generics.setdefault(r["generic"], []).extend(x for x in r["applies_to"].split("|") if x)
generics_longest = sorted(generics, key=lambda g: (len(g), g), reverse=True)
regional = [r["name"] for r in table("regional_names.tsv") if r["name"]]
hanzi = {r["char"]: r["toneless"] for r in table("hanzi.tsv")}
traditional = {r["traditional"]: r["simplified"] for r in table("variants.tsv")}
rules = table("rules.tsv")
for rule in rules:
    if rule["match"] in ("characters", "transliteration"):
        rule["list"] = list(rule["words"])
    else:
        rule["list"] = [w.strip() for w in rule["words"].split("|") if w.strip()]
    rule["applies"] = [] if rule["applies_to"] == "*" else [x for x in rule["applies_to"].split("|") if x]
    rule["exempt"] = []
    for item in filter(None, (x.strip() for x in rule["exemptions"].split(";"))):
        field, words = item.split("~", 1)
        rule["exempt"].append((field, [w for w in words.split("|") if w]))
    rule["share"] = next((float(t.split(">=")[1]) for t in rule["threshold"].split("|") if t.startswith("share")), None)


def top_category(code):
    while categories.get(code, (None,))[0]:
        code = categories[code][0]
    return code


def split(name):
    for g in generics_longest:
        if name.endswith(g) and len(name) > len(g):
            return name[: -len(g)], g
    return name, ""


def applies(rule, category, subcategory):
    return not rule["applies"] or category in rule["applies"] or subcategory in rule["applies"]


def exempt(rule, record):
    for field, words in rule["exempt"]:
        text = record.get("name" if field == "name" else field) or ""
        if text and any(w == "*" or w in text for w in words):
            return True
    return False


def inside_regional(word, name):
    rest = name
    for r in sorted((r for r in regional if word in r and r in name), key=len, reverse=True):
        rest = rest.replace(r, "\u3000" * len(r))
    return word not in rest and rest != name


LATIN = re.compile(r"[A-Za-z\uFF21-\uFF3A\uFF41-\uFF5A]+")
DIGIT = re.compile(r"[0-9\uFF10-\uFF19]")


def one_name_hits(record):
    name, specific, generic = record["name"], record["specific"], record["generic"]
    category, subcategory, known = record["category"], record["subcategory"], record["known"]
    hits = []
    for rule in rules:
        match = rule["match"]
        if match in ("duplicate", "near-duplicate", "homophone"):
            continue
        if known:
            if not applies(rule, category, subcategory):
                continue
        elif rule["applies"] or match == "generic-category":
            continue
        words = rule["list"]
        found = None
        if match == "words":
            m = [w for w in words if w in name]
            if rule["category"] == "洋":
                m = [w for w in m if not inside_regional(w, name)]
            m = [w for w in m if not any(o != w and w in o for o in m)]
            found = m or None
        elif match == "characters":
            found = [c for c in words if c in specific] or None
        elif match == "bare-number":
            found = specific and all(DIGIT.match(c) for c in specific)
        elif match == "digit-mix":
            found = DIGIT.search(specific) and any(not DIGIT.match(c) for c in specific)
        elif match == "latin":
            found = LATIN.findall(name) or None
        elif match == "stacked-generic":
            found = generic and any(specific.endswith(w) and len(specific) > len(w) for w in words)
        elif match == "missing-generic":
            found = not generic
        elif match == "generic-category":
            if generic:
                codes = generics.get(generic)
                fits = codes is not None and any(
                    c == category or c == subcategory or (subcategory is None and top_category(c) == category) for c in codes)
                found = not fits
        elif match == "transliteration":
            if len(specific) >= 3 and rule["share"] is not None:
                rest = specific
                for r in sorted((r for r in regional if r in specific), key=len, reverse=True):
                    rest = rest.replace(r, "\u3000" * len(r))
                typical = sum(1 for c in rest if c in words)
                found = typical / len(specific) >= rule["share"]
        elif match == "rare-character":
            found = hanzi and [c for c in name if is_han(c) and c not in hanzi and c not in traditional] or None
        elif match == "traditional":
            found = [c for c in name if c in traditional] or None
        elif match == "invisible":
            found = [c for c in name if c.isspace() or unicodedata.category(c) in ("Cc", "Cf", "Zs", "Zl", "Zp")] or None
        # scale and romanization rules need attributes the lists do not carry
        if found and not exempt(rule, record):
            hits.append(rule["id"])
    return hits


def is_han(c):
    o = ord(c)
    return 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x323AF


def scope_key(record, scope):
    code = next((c for c in (record.get("unit"), record["id"]) if c and len(c) >= 6 and c.isascii() and c.isdigit()), None)
    if scope == "township":
        if not code or len(code) < 12 or code[:9].endswith("000"):
            return None
        return code[:9]
    if not code:
        return None
    return code[:6] if scope == "county" else code[:2]


def core(specific, words):
    changed = True
    while changed:
        changed = False
        for w in words:
            if specific.startswith(w) and len(specific) > len(w):
                specific = specific[len(w):]
                changed = True
    return specific


def group_hits(records):
    hits = []
    reported = set()
    order = {"township": 0, "county": 1, "province": 2}
    group_rules = [r for r in rules if r["match"] in ("duplicate", "near-duplicate", "homophone")]
    scope_of = lambda r: next(w for w in r["list"] if w in order)
    pinyin = {}
    for rule in sorted(group_rules, key=lambda r: order[scope_of(r)]):
        scope = scope_of(rule)
        buckets = {}
        for i, record in enumerate(records):
            if not record["known"] or not applies(rule, record["category"], record["subcategory"]) or exempt(rule, record):
                continue
            key = scope_key(record, scope)
            if key is None:
                continue
            if rule["match"] == "duplicate":
                k = record["name"]
            elif rule["match"] == "homophone":
                if i not in pinyin:
                    pinyin[i] = " ".join(lazy_pinyin(record["name"], style=Style.NORMAL, v_to_u=False))
                k = pinyin[i]
            else:
                k = core(record["specific"], [w for w in rule["list"] if w not in order])
                if not k:
                    continue
            buckets.setdefault((record["category"], key, k), []).append(i)
        for members in buckets.values():
            if len(members) < 2:
                continue
            if rule["match"] != "duplicate" and len({records[m]["name"] for m in members}) < 2:
                continue
            if tuple(members) in reported:
                continue
            reported.add(tuple(members))
            hits.extend((m, rule["id"]) for m in members)
    return hits


def run():
    records = []
    with open(opts.csv, encoding="utf-8-sig", newline="") as f:
        for line, row in enumerate(csv.DictReader(f), start=2):
            name = (row.get(mapping.get("name", "name")) or "").strip()
            if not name:
                continue
            specific, generic = split(name)
            category = subcategory = None
            known = False
            codes = generics.get(generic)
            if codes and len(codes) == 1:
                top = top_category(codes[0])
                category, subcategory, known = top, (codes[0] if codes[0] != top else None), True
            records.append({"id": (row.get(mapping.get("id", "id")) or "").strip() or f"line {line}", "name": name,
                            "specific": specific, "generic": generic, "category": category or "other",
                            "subcategory": subcategory, "known": known, "unit": None})
    findings = []
    for i, record in enumerate(records):
        for rule_id in one_name_hits(record):
            findings.append((i, rule_id))
    findings.extend(group_hits(records))
    with open(opts.out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "rule"])
        for i, rule_id in findings:
            w.writerow([records[i]["id"], records[i]["name"], rule_id])
    counts = {}
    for _, rule_id in findings:
        counts[rule_id] = counts.get(rule_id, 0) + 1
    return {"names": len(records), "findings": len(findings), "rules": dict(sorted(counts.items()))}


seconds, answer = [], None
for _ in range(opts.runs):
    start = time.perf_counter()
    answer = run()
    seconds.append(time.perf_counter() - start)
write_result(opts, {
    "workload": "names", "size": f"{answer['names']} names", "implementation": "peer",
    "engine": f"Python (csv, re) + pypinyin {pypinyin.__version__}",
    "timed": "read the CSV, every rule of rules.tsv (pypinyin for homophones), write the findings as CSV",
    "seconds": seconds, "best": min(seconds), "skipped": None, "answer": answer,
})
