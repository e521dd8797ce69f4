#!/usr/bin/env python3
"""Extract the occupational reference data the career-ladder suggestions use.

Usage: deploy/tools/extract_ladder_reference.py ../shared/data employer-service/src/main/resources/reference

The first argument is the folder holding onet/, bls_oews/ and noc2021/ (each with its README.md); the second is
where the TSVs go. Every output only drops columns and rows of its source; no value is changed (BLS markers such as
`#` and `*` stay as text). Outputs, each tab-separated with one header row:

- related_occupations.tsv  O*NET `Related Occupations.txt`: code, related code, relatedness tier, index.
- occupation_skills.tsv    O*NET `Skills.txt`: one row per (occupation, element) of the Skills domain
                           (2.A.*, 2.B.*) with the IM data value (importance, 1-5) and the LV data value
                           (level, 0-7).
- wages.tsv                BLS OEWS May 2024 national (`oews_national_M2024.tsv`): for each O*NET-SOC code of
                           `Occupation Data.txt`, the OEWS row it joins to (bls_oews/README.md, "Joining to
                           O*NET"): the detailed 6-digit SOC code; else the SOC broad code (last digit 0) among
                           the rows OEWS publishes as detailed; else the OEWS-specific combination of the README's
                           table. Columns: onet code, OEWS code used, OEWS title, H_PCT25, H_MEDIAN, H_PCT75.
                           O*NET codes OEWS does not cover have no row.
- noc_unit_groups.tsv      NOC 2021 V1.0 unit groups (`noc_2021_unit_groups_teer.tsv`): code, title, TEER,
                           broad category code and title.
- onet_noc_crosswalk.tsv   BC Government O*NET (2019) to NOC (2021) mapping v3.0.0: onet code, NOC code and
                           `path_weight`, the share of the O*NET occupation that goes to that NOC unit group (the
                           product of the even splits along O*NET-SOC -> SOC 2018 -> NOC 2016 -> NOC 2021; it
                           sums to 1 over each O*NET code's rows, so it answers "which NOC is this O*NET"). The
                           other weights (equal, base, down) sum to 1 over each NOC code's rows instead.
"""
import csv
import pathlib
import sys

src, dst = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
dst.mkdir(parents=True, exist_ok=True)

# OEWS-specific combinations (bls_oews/README.md, "Joining to O*NET", step 2 table). 25-2055 and 25-2056 are
# special education teachers that OEWS folds into 25-2059; 25-9042, 25-9043 and 45-3031 have no OEWS row.
OEWS_COMBINATIONS = {
    "21-1011": "21-1018", "21-1014": "21-1018",
    "51-2022": "51-2028", "51-2023": "51-2028",
    "53-1042": "53-1047", "53-1043": "53-1047", "53-1044": "53-1047",
    "25-2055": "25-2059", "25-2056": "25-2059",
}


def rows(path, delimiter="\t", encoding="utf-8"):
    with open(path, encoding=encoding, newline="") as f:
        yield from csv.DictReader(f, delimiter=delimiter)


def write(name, header, lines):
    with open(dst / name, "w", encoding="utf-8", newline="") as out:
        out.write("\t".join(header) + "\n")
        for line in lines:
            out.write("\t".join(line) + "\n")


def element_key(eid):
    return [int(p) if p.isdigit() else p for p in eid.split(".")]


onet = src / "onet"

# related_occupations.tsv
write("related_occupations.tsv", ("code", "related_code", "tier", "index"),
      ((r["O*NET-SOC Code"], r["Related O*NET-SOC Code"], r["Relatedness Tier"], r["Index"])
       for r in rows(onet / "Related Occupations.txt")))

# occupation_skills.tsv
skills = {}
for r in rows(onet / "Skills.txt"):
    eid = r["Element ID"]
    if not (eid.startswith("2.A.") or eid.startswith("2.B.")):
        continue
    scale = {"IM": 0, "LV": 1}.get(r["Scale ID"])
    if scale is not None:
        skills.setdefault((r["O*NET-SOC Code"], eid), ["", ""])[scale] = r["Data Value"]
write("occupation_skills.tsv", ("code", "element_id", "importance", "level"),
      (key + tuple(values) for key, values in sorted(skills.items(), key=lambda kv: (kv[0][0], element_key(kv[0][1])))))

# wages.tsv
detailed, any_group = {}, {}
for r in rows(src / "bls_oews" / "oews_national_M2024.tsv"):
    if r["O_GROUP"] == "detailed":
        detailed[r["OCC_CODE"]] = r
    any_group.setdefault(r["OCC_CODE"], r)


def oews_row(soc):
    if soc in detailed:
        return detailed[soc]
    broad = soc[:-1] + "0"
    if broad in detailed:
        return detailed[broad]
    combined = OEWS_COMBINATIONS.get(soc)
    return detailed.get(combined) if combined else None


wage_lines, unmatched = [], []
for r in rows(onet / "Occupation Data.txt"):
    code = r["O*NET-SOC Code"]
    w = oews_row(code[:7])
    if w is None:
        unmatched.append(code)
        continue
    wage_lines.append((code, w["OCC_CODE"], w["OCC_TITLE"], w["H_PCT25"], w["H_MEDIAN"], w["H_PCT75"]))
write("wages.tsv", ("onet_code", "oews_code", "oews_title", "h_pct25", "h_median", "h_pct75"), wage_lines)

# noc_unit_groups.tsv
noc = src / "noc2021"
write("noc_unit_groups.tsv", ("code", "title", "teer", "broad_category_code", "broad_category_title"),
      ((r["NOC 2021 code"], r["Class title"], r["TEER"], r["Broad category code"], r["Broad category title"])
       for r in rows(noc / "noc_2021_unit_groups_teer.tsv")))

# onet_noc_crosswalk.tsv
write("onet_noc_crosswalk.tsv", ("onet_code", "noc_code", "path_weight"),
      ((r["onet_soc_code"], r["noc_2021"], r["path_weight"])
       for r in rows(noc / "onet_to_noc2021_mapping_v3.0.0.csv", delimiter=",", encoding="utf-8-sig")))

print(f"wages: {len(wage_lines)} O*NET codes joined to OEWS, {len(unmatched)} not covered", file=sys.stderr)
