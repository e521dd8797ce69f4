#!/usr/bin/env python3
"""Extract the O*NET reference subset Rungs ships from the O*NET 30.0 text files.

Usage: deploy/tools/extract_onet.py ../shared/data/onet platform-spine/src/main/resources/onet

Writes occupations.tsv (code, title, job zone) and elements.tsv (element id, name, domain) for the
Skills and Knowledge domains. Only the columns are reduced; no value is changed.
"""
import csv
import pathlib
import sys

src, dst = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
dst.mkdir(parents=True, exist_ok=True)


def rows(name):
    with open(src / name, encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f, delimiter="\t")


zones = {r["O*NET-SOC Code"]: r["Job Zone"] for r in rows("Job Zones.txt")}
with open(dst / "occupations.tsv", "w", encoding="utf-8", newline="") as out:
    out.write("code\ttitle\tjob_zone\n")
    for r in rows("Occupation Data.txt"):
        code = r["O*NET-SOC Code"]
        out.write(f"{code}\t{r['Title']}\t{zones.get(code, '')}\n")

elements = {}
for domain, name in (("skill", "Skills.txt"), ("knowledge", "Knowledge.txt")):
    for r in rows(name):
        elements.setdefault(r["Element ID"], (r["Element Name"], domain))
with open(dst / "elements.tsv", "w", encoding="utf-8", newline="") as out:
    out.write("element_id\tname\tdomain\n")
    for eid in sorted(elements, key=lambda e: [int(p) if p.isdigit() else p for p in e.split(".")]):
        name, domain = elements[eid]
        out.write(f"{eid}\t{name}\t{domain}\n")
