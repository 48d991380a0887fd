#!/usr/bin/env python3
"""Sanity checks for the fresh held-out set (run: python3 test/fresh/validate.py)."""
import json, os, sys, unicodedata
D = os.path.dirname(os.path.abspath(__file__))
def norm(s):
    return "".join(c for c in unicodedata.normalize("NFD", s.lower()) if unicodedata.category(c) != "Mn")
errs = []
arts = {}
for fn in sorted(os.listdir(D)):
    if fn.endswith(".txt"):
        arts[fn] = open(os.path.join(D, fn), encoding="utf-8").read()
        m = json.load(open(os.path.join(D, fn[:-4] + ".json"), encoding="utf-8"))
        assert set(m) == {"title", "language", "source", "published"}, fn
        if not arts[fn].startswith(m["title"]): errs.append(f"{fn}: title != first line")
KINDS = {"direct", "indirect", "mixed", "selon"}
ns = 0
for i, line in enumerate(open(os.path.join(D, "fresh-statements.jsonl"), encoding="utf-8"), 1):
    s = json.loads(line); ns += 1
    a = arts.get(s["article"])
    if a is None: errs.append(f"st{i}: unknown article"); continue
    if s["text"] not in a: errs.append(f"st{i}: text not in article: {s['text']!r}")
    if s["kind"] not in KINDS: errs.append(f"st{i}: bad kind")
    if not any(x in norm(s["speaker"]) for x in s["accept"]): errs.append(f"st{i}: speaker not matched by own accept")
    for k in ("audience", "time"):
        v = s[k]
        if v and norm(v) not in norm(a) and k == "time": errs.append(f"st{i}: time not in article: {v}")
    if any(x != norm(x) for x in s["accept"]): errs.append(f"st{i}: accept not normalized")
ids = set(); nq = 0
for i, line in enumerate(open(os.path.join(D, "fresh-questions.jsonl"), encoding="utf-8"), 1):
    q = json.loads(line); nq += 1
    if q["id"] in ids: errs.append(f"q{i}: dup id {q['id']}")
    ids.add(q["id"])
    a = arts.get(q["article"])
    if a is None: errs.append(f"q{i}: unknown article"); continue
    na = norm(a); e = q["expect"]
    if e.get("found") is False:
        if len(e) != 1: errs.append(f"q{i}: found:false not alone")
        continue
    if "speaker" not in e and "sentence" not in e: errs.append(f"q{i}: no speaker/sentence")
    if "-when-" in q["id"] and "when" not in e: errs.append(f"q{i}: when question w/o when")
    if "sentence" in e and e["sentence"] not in na: errs.append(f"q{i}: sentence not in article: {e['sentence']!r}")
    for w in e.get("when", []):
        if w not in na: errs.append(f"q{i}: when not in article: {w}")
    for w in e.get("contains", []):
        if w not in na: errs.append(f"q{i}: contains not in article: {w}")
    for k in ("speaker", "when", "contains"):
        for x in e.get(k, []):
            if x != norm(x): errs.append(f"q{i}: {k} not normalized: {x}")
    if "sentence" in e and e["sentence"] != norm(e["sentence"]): errs.append(f"q{i}: sentence not normalized")
    # the expected speaker should be one that has a gold statement in this article
    if "speaker" in e:
        labs = [norm(s["speaker"]) for s in map(json.loads, open(os.path.join(D, "fresh-statements.jsonl"), encoding="utf-8")) if s["article"] == q["article"]]
        if not any(x in l for l in labs for x in e["speaker"]): errs.append(f"q{i}: speaker {e['speaker']} matches no gold speaker")
print(f"{len(arts)} articles, {ns} statements, {nq} questions")
for e in errs: print("ERR", e)
sys.exit(1 if errs else 0)
