#!/usr/bin/env python3
"""Loads the demo region through the public REST APIs, with real Keycloak tokens.

Usage: deploy/demo/load_demo.py [--seed N] [--workers N]

The region (generated from the seed, so the same seed gives the same region; dates count back from today):
- six employers and three training providers with bridge programs;
- three career ladders from real occupations, built from the occupations' O*NET skills and BLS OEWS wages:
  healthcare (Personal Care Aides 31-1122.00 -> Nursing Assistants 31-1131.00 -> Licensed Practical Nurses
  29-2061.00), warehousing (53-7062.00 -> 53-7051.00 -> 53-1042.00) and manufacturing (51-2092.00 -> 51-9061.00 ->
  51-1011.00), two employers on each, each with a hiring agreement (wage floors at the OEWS 25th percentile);
- 240 participants at three partner agencies, with assessed skills and (most of them) consent to share;
- over the last eighteen months: vacancies at the ladders' rungs, referrals through their stages, hires, promotions,
  retention check-ins (a few left overdue) and separations, plus incumbent workers and vacancies open today;
- each participant's case over the same months: WIOA intake (program entry, birth date, education, shift), services
  logged (some scheduled ahead), support referrals for their barriers, career plans with reviews (some overdue),
  case notes, a few performance exclusions, and the exits the 90-day rule gives (announced at the end); a few people
  enrolled at two agencies, found as one person;
- training: cohorts of every program (past, running and upcoming), enrolments, skill gains, withdrawals and
  completions, each completion awarding its credential (and so the skills it teaches).

Called by deploy/rungs up; safe to read as an example of the API. Needs only Python 3's standard library.
"""
import argparse
import datetime as dt
import http.client
import json
import os
import pathlib
import random
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

ROOT = pathlib.Path(__file__).resolve().parent.parent
STACK = json.loads((ROOT / "stack.json").read_text())
OFFSET = int(os.environ.get("RUNGS_PORT_OFFSET", "0"))
TODAY = dt.date.today()
START = TODAY - dt.timedelta(days=540)
STARTED = time.monotonic()


def port(name):
    return next(s["port"] for s in STACK["services"] if s["name"] == name) + OFFSET


EMPLOYER, PARTICIPANT, TRAINING = port("employer-service"), port("participant-service"), port("training-service")
KEYCLOAK = STACK["keycloak"]["port"] + OFFSET

# Fixed ids, so that the README, the docs and the tests can name them.
RIVERSIDE = "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d"
COLLEGE = "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e"
AGENCIES = {"eastside-works": "nia", "northside-college": "noah", "harbor-labor-council": "rosa"}


def say(message):
    print(f"[{time.monotonic() - STARTED:5.1f}s] {message}", flush=True)


class Failed(Exception):
    pass


_local = threading.local()


def request(port_, method, path, body=None, token=None, form=None):
    """One HTTP request over this thread's keep-alive connection; returns (status, parsed JSON or None)."""
    conns = _local.__dict__.setdefault("conns", {})
    headers = {}
    if token:
        headers["Authorization"] = "Bearer " + token
    if form is not None:
        data = urllib.parse.urlencode(form).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    elif body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    else:
        data = b"" if method == "POST" else None
    for attempt in range(2):
        conn = conns.get(port_) or http.client.HTTPConnection("localhost", port_, timeout=60)
        conns[port_] = conn
        try:
            conn.request(method, path, data, headers)
            response = conn.getresponse()
            raw = response.read()
            return response.status, json.loads(raw) if raw else None
        except (http.client.HTTPException, ConnectionError):
            conn.close()
            conns.pop(port_, None)
            if attempt:
                raise
    raise AssertionError("unreachable")


# What the services answer while they have not yet read an event another service published a moment ago.
NOT_YET = ("not a participant enrolled", "not a participant of your agency", "not a program published",
           "is not a rung of a published ladder")


def call(port_, method, path, body=None, token=None, expect=(200, 201), unknown_yet=False):
    """A request that must succeed; retried while the answer only says an event has not been read yet (a 404 too,
    when {@code unknown_yet}: the participant is not yet known to the service)."""
    for _ in range(150):
        status, answer = request(port_, method, path, body, token)
        if status in expect:
            return answer
        text = json.dumps(answer)
        if status == 422 and any(reason in text for reason in NOT_YET) or status == 404 and unknown_yet:
            time.sleep(0.2)
            continue
        raise Failed(f"{method} {path} -> {status}: {text}\nrequest: {json.dumps(body)}")
    raise Failed(f"{method} {path}: still refused after 30 s: {text}")


def token(user):
    status, answer = request(KEYCLOAK, "POST", f"/realms/{STACK['keycloak']['realm']}/protocol/openid-connect/token",
                             form={"grant_type": "password", "client_id": "rungs-cli", "username": user,
                                   "password": STACK["keycloak"]["demoPassword"]})
    if status != 200:
        raise Failed(f"no token for {user}: {status} {answer}")
    return answer["access_token"]


def day(d):
    return d.isoformat()


def money(x):
    return round(x, 2)


class Region:
    """The demo region, planned from the seed and loaded over REST."""

    def __init__(self, seed, workers):
        self.rng = random.Random(seed)
        self.pool = ThreadPoolExecutor(max_workers=workers)
        self.admin = token("ada")
        self.emma = token("emma")
        self.navigators = {agency: token(user) for agency, user in AGENCIES.items()}
        self.counts = {}
        self.lock = threading.Lock()

    def count(self, what, n=1):
        with self.lock:
            self.counts[what] = self.counts.get(what, 0) + n

    def staff(self, employer):
        return self.emma if employer == RIVERSIDE else self.admin

    def parallel(self, label, jobs):
        """Runs the jobs on the workers, reporting progress; the first failure stops the load."""
        futures = [self.pool.submit(job) for job in jobs]
        done, step = 0, max(1, len(futures) // 5)
        for f in futures:
            f.result()
            done += 1
            if done % step == 0 or done == len(futures):
                say(f"{label} {done}/{len(futures)}")

    # --- the network --------------------------------------------------------------------------------------------

    EMPLOYERS = [
        (RIVERSIDE, "Riverside Care Homes", "623110", "50-249", "healthcare"),
        ("3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a", "Lakeside Regional Hospital", "622110", "250+", "healthcare"),
        ("4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b", "Eastport Distribution", "493110", "250+", "warehousing"),
        ("5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c", "Northgate Logistics", "484110", "50-249", "warehousing"),
        ("8e9f0a1b-2c3d-4e5f-8a6b-7c8d9e0f1a2b", "Summit Assembly", "336390", "250+", "manufacturing"),
        ("6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d", "Keystone Fabrication", "332710", "50-249", "manufacturing"),
    ]

    LADDERS = {
        "healthcare": ("Direct care to nursing", "623110", [
            ("31-1122.00", {RIVERSIDE: "Care Partner", "3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a": "Patient Care Aide"}),
            ("31-1131.00", {RIVERSIDE: "Certified Nursing Assistant",
                            "3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a": "CNA I"}),
            ("29-2061.00", {RIVERSIDE: "Charge LPN", "3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a": "Licensed Practical Nurse"}),
        ]),
        "warehousing": ("Warehouse floor to lead", "493110", [
            ("53-7062.00", {"4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b": "Warehouse Associate",
                            "5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c": "Material Handler"}),
            ("53-7051.00", {"4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b": "Forklift Operator",
                            "5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c": "Equipment Operator"}),
            ("53-1042.00", {"4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b": "Shift Lead",
                            "5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c": "Warehouse Supervisor"}),
        ]),
        "manufacturing": ("Assembly to production lead", "336390", [
            ("51-2092.00", {"8e9f0a1b-2c3d-4e5f-8a6b-7c8d9e0f1a2b": "Assembler",
                            "6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d": "Production Associate"}),
            ("51-9061.00", {"8e9f0a1b-2c3d-4e5f-8a6b-7c8d9e0f1a2b": "Quality Inspector",
                            "6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d": "QC Technician"}),
            ("51-1011.00", {"8e9f0a1b-2c3d-4e5f-8a6b-7c8d9e0f1a2b": "Production Lead",
                            "6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d": "Line Supervisor"}),
        ]),
    }

    PROVIDERS = [
        (COLLEGE, "Northside Community College", "college"),
        ("6c7d8e9f-0a1b-4c2d-9e3f-4a5b6c7d8e9f", "Eastside Works Training Centre", "community-agency"),
        ("7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a", "Harbor Trades Training Trust", "union"),
    ]

    # (provider, title, credential, occupation, skills taught, mode, weeks, hours, schedule, cost): the bridges.
    PROGRAMS = [
        (0, "Certified Nursing Assistant Bridge", "State CNA certificate", "31-1131.00",
         [("2.B.1.f", 4), ("2.A.1.b", 4), ("2.B.1.a", 3.5)], "hybrid", 8, 120, "evening", 850),
        (0, "Practical Nursing Pre-requisites", "Pre-LPN certificate", "29-2061.00",
         [("2.A.1.a", 4), ("2.B.4.e", 3.5), ("2.A.2.a", 3.5)], "in-person", 16, 240, "daytime", 1900),
        (1, "Powered Industrial Truck Operator", "OSHA forklift operator certification", "53-7051.00",
         [("2.B.3.h", 3.5), ("2.B.3.g", 3), ("2.A.2.d", 3)], "in-person", 2, 24, "weekend", 0),
        (2, "Warehouse Leadership Essentials", "Certified Logistics Associate", "53-1042.00",
         [("2.B.1.b", 3.5), ("2.B.5.d", 3.5), ("2.A.1.d", 3.5)], "hybrid", 6, 60, "evening", 300),
        (1, "Quality Inspection Fundamentals", "Certified Production Technician (quality)", "51-9061.00",
         [("2.B.3.m", 3.5), ("2.A.2.a", 3.5), ("2.B.3.g", 3)], "online", 6, 60, "self-paced", 300),
        (2, "Front-Line Production Supervisor", "Production supervisor certificate", "51-1011.00",
         [("2.B.5.d", 4), ("2.B.4.e", 3.5), ("2.A.1.d", 4)], "hybrid", 10, 90, "evening", 650),
    ]

    def network(self):
        for employer_id, name, naics, size, _ in self.EMPLOYERS:
            call(EMPLOYER, "POST", "/employers", {"id": employer_id, "name": name, "naicsCode": naics,
                                                  "sizeBand": size}, self.admin)
        self.programs = {}
        for provider_id, name, kind in self.PROVIDERS:
            call(TRAINING, "POST", "/providers", {"id": provider_id, "name": name, "kind": kind}, self.admin)
        for provider, title, credential, occupation, skills, mode, weeks, hours, schedule, cost in self.PROGRAMS:
            program = call(TRAINING, "POST", f"/providers/{self.PROVIDERS[provider][0]}/programs", {
                "title": title, "credential": credential, "occupationCodes": [occupation],
                "skillsTaught": [{"elementId": e, "level": lv} for e, lv in skills], "deliveryMode": mode,
                "durationWeeks": weeks, "durationHours": hours, "schedule": schedule, "cost": cost}, self.admin)
            self.programs[occupation] = (program["id"], credential)
        say(f"network: {len(self.EMPLOYERS)} employers, {len(self.PROVIDERS)} providers, "
            f"{len(self.PROGRAMS)} programs")

    def ladders(self):
        self.ladder = {}

        def build(sector):
            title, naics, rungs = self.LADDERS[sector]
            ladder = call(EMPLOYER, "POST", "/ladders", {"title": title, "naicsCode": naics, "region": "Tri-County",
                                                         "taxonomy": "onet-soc", "kind": "cross-sector"}, self.admin)
            lid = ladder["id"]
            for tier, (occupation, titles) in enumerate(rungs, start=1):
                program = self.programs.get(occupation)
                ladder = call(EMPLOYER, "POST", f"/ladders/{lid}/rungs", {
                    "tier": tier, "occupationCode": occupation,
                    "requiredCredentials": [program[1]] if program and tier > 1 else [],
                    "employers": [{"employerId": e, "jobTitle": t} for e, t in titles.items()]}, self.admin)
            by_tier = {r["tier"]: r for r in ladder["rungs"]}
            for tier in (1, 2):
                target = by_tier[tier + 1]
                call(EMPLOYER, "POST", f"/ladders/{lid}/transitions", {
                    "fromRungId": by_tier[tier]["id"], "toRungId": target["id"],
                    "criteria": {"skills": [{"elementId": s["elementId"], "minimumLevel": s["minimumLevel"]}
                                            for s in target["requiredSkills"][:6]],
                                 "monthsInRung": 6 if tier == 1 else 12,
                                 "credential": self.programs[target["occupationCode"]][1]},
                    "bridgingPrograms": [self.programs[target["occupationCode"]][0]]}, self.admin)
            ladder = call(EMPLOYER, "POST", f"/ladders/{lid}/publish", None, self.admin)
            return sector, ladder

        for sector, ladder in self.pool.map(build, self.LADDERS):
            self.ladder[sector] = {"id": ladder["id"], "rungs": {r["tier"]: r for r in ladder["rungs"]}}
        say(f"ladders: {len(self.ladder)} published")

    def agreements(self):
        self.floor = {}
        for employer_id, name, _, _, sector in self.EMPLOYERS:
            ladder = self.ladder[sector]
            rungs = []
            for tier, rung in ladder["rungs"].items():
                floor = money(rung["wageBand"]["from"])
                self.floor[(employer_id, tier)] = floor
                rungs.append({"ladderId": ladder["id"], "rungId": rung["id"], "wageFloor": floor})
            call(EMPLOYER, "POST", "/agreements", {
                "employerId": employer_id, "rungs": rungs, "interviewQualifiedReferrals": True,
                "internalFirstDays": 10, "checkInDays": [30, 90, 180],
                "signedForEmployer": f"HR Director, {name}", "signedForIntermediary": "Tri-County Workforce Board",
                "signedOn": day(START - dt.timedelta(days=60)), "startsOn": day(START - dt.timedelta(days=30))},
                 self.admin)
        say(f"agreements: {len(self.EMPLOYERS)} signed")

    # --- participants -------------------------------------------------------------------------------------------

    GIVEN = ["Ana", "Ben", "Chloe", "Dev", "Elena", "Farid", "Gina", "Hugo", "Ines", "Jon", "Kemi", "Luis", "Mina",
             "Nate", "Olu", "Priya", "Quinn", "Rosa", "Sam", "Tara", "Umar", "Vera", "Wen", "Xavi", "Yara", "Zane"]
    FAMILY = ["Alvarez", "Brooks", "Chen", "Diallo", "Evans", "Fischer", "Garcia", "Haddad", "Ito", "Jones",
              "Kowalski", "Lee", "Mbeki", "Novak", "Ortiz", "Park", "Quispe", "Reyes", "Santos", "Tran"]
    BARRIERS = [[], ["childcare"], ["transportation"], [], ["language"], ["digital-access"], [], ["housing"],
                ["childcare", "transportation"], ["literacy"]]
    SECTORS = ["healthcare"] * 10 + ["warehousing"] * 8 + ["manufacturing"] * 6

    def plan_participants(self, n=240):
        rng = self.rng
        agencies = list(AGENCIES)
        self.people = []
        for i in range(n):
            sector = self.SECTORS[i % len(self.SECTORS)]
            entry = self.ladder[sector]["rungs"][1]
            next_rung = self.ladder[sector]["rungs"][2]
            skills = {}
            for s, likely in [(s, 0.7) for s in entry["requiredSkills"][:6]] + [
                    (s, 0.15) for s in next_rung["requiredSkills"][:6]]:
                if rng.random() < likely:
                    level = max(0.0, min(7.0, s["minimumLevel"] + rng.gauss(0.15, 0.6)))
                    skills[s["elementId"]] = max(skills.get(s["elementId"], 0), round(level * 4) / 4)
            self.people.append({
                "agency": agencies[i % 3], "sector": sector,
                "given": rng.choice(self.GIVEN), "family": rng.choice(self.FAMILY),
                "occupation": entry["occupationCode"],
                "wage": money(self.floor[(self.employers_in(sector)[0], 1)] - rng.uniform(0.5, 2.5)),
                "consent": rng.random() < 0.88, "barriers": rng.choice(self.BARRIERS), "skills": skills,
                "entry": START + dt.timedelta(days=rng.randint(0, 60)),
                "born": TODAY - dt.timedelta(days=rng.randint(19 * 365, 58 * 365)),
                "shift": rng.choice(["day", "day", "evening", "night", "rotating", "flexible"]),
                "education": rng.choice(["none", "secondary-diploma", "secondary-diploma", "secondary-equivalency",
                                         "some-postsecondary", "postsecondary-certificate"]),
                "low_income": rng.random() < 0.7, "ui": rng.random() < 0.1,
                "sex": rng.choice(["female", "male", "not-disclosed"]), "hispanic": rng.random() < 0.3,
                "veteran": rng.random() < 0.06})
        # a few people are served by a second agency too: same names and birth date, found as one person
        self.twins = [dict(p, agency=agencies[(agencies.index(p["agency"]) + 1) % 3])
                      for p in rng.sample(self.people, 6)]

    def employers_in(self, sector):
        return [e[0] for e in self.EMPLOYERS if e[4] == sector]

    def participants(self):
        def enrol(p):
            navigator = self.navigators[p["agency"]]
            answer = call(PARTICIPANT, "POST", "/participants", self.intake(p), navigator)
            p["id"] = answer["id"]
            for element, level in sorted(p["skills"].items()):
                call(PARTICIPANT, "POST", f"/participants/{p['id']}/skills",
                     {"elementId": element, "level": level, "source": "assessed"}, navigator)
            self.count("skills", len(p["skills"]))

        self.parallel("participants", [lambda p=p: enrol(p) for p in self.people])
        for twin in self.twins:
            twin["id"] = call(PARTICIPANT, "POST", "/participants", self.intake(twin),
                              self.navigators[twin["agency"]])["id"]
        self.count("people enrolled at two agencies", len(self.twins))

    def intake(self, p):
        return {"givenName": p["given"], "familyName": p["family"], "currentOccupationCode": p["occupation"],
                "currentHourlyWage": p["wage"], "consentToShare": p["consent"], "barriers": p["barriers"],
                "dateOfBirth": day(p["born"]), "programEntryDate": day(p["entry"]),
                "employmentStatusAtEntry": "employed", "highestEducation": p["education"], "uiClaimant": p["ui"],
                "lowIncome": p["low_income"], "workShift": p["shift"],
                "demographics": {"sex": p["sex"], "hispanicLatino": p["hispanic"], "veteran": p["veteran"]}}

    # --- the last eighteen months -------------------------------------------------------------------------------

    def plan_work(self):
        """Who is hired where and when, what follows each hire, and the vacancies open today: all drawn here, in one
        order, so that the same seed gives the same region however the workers interleave the calls."""
        rng = self.rng
        self.incumbent_jobs, self.vacancies = [], []
        free = {sector: [p for p in self.people if p["sector"] == sector] for sector in self.LADDERS}
        for pool in free.values():
            rng.shuffle(pool)
        for employer_id, _, _, _, sector in self.EMPLOYERS:
            pool = free[sector]
            for k in range(7):
                p = pool.pop()
                tier = 1 if k < 5 else 2
                job = {"employer": employer_id, "sector": sector, "tier": tier, "person": p,
                       "start": TODAY - dt.timedelta(days=rng.randint(500, 1500)),
                       "wage": money(self.floor[(employer_id, tier)] + rng.uniform(0.3, 2.0))}
                job["after"] = self.plan_after_hire(employer_id, tier, job["start"], job["wage"], placement=False)
                self.incumbent_jobs.append(job)
        for employer_id, _, _, _, sector in self.EMPLOYERS:
            pool = free[sector]
            for k in range(7):
                opened = START + dt.timedelta(days=rng.randint(0, 470))
                tier = 1 if rng.random() < 0.75 else 2
                openings = rng.choice([1, 1, 2, 2, 3])
                candidates = [p for p in pool if p["consent"]][:openings + 1]
                for p in candidates:
                    pool.remove(p)
                self.vacancies.append(self.plan_vacancy(employer_id, sector, tier, opened, openings, candidates,
                                                        open_today=False))
            opened = TODAY - dt.timedelta(days=rng.randint(16, 25))
            candidates = [p for p in pool if p["consent"]][:3]
            for p in candidates:
                pool.remove(p)
            self.vacancies.append(self.plan_vacancy(employer_id, sector, 1, opened, 2, candidates, open_today=True))

    def plan_vacancy(self, employer_id, sector, tier, opened, openings, candidates, open_today):
        rng = self.rng
        flows = []
        for i, p in enumerate(candidates):
            referred = opened + dt.timedelta(days=11 + (i if open_today else rng.randint(0, 6)))
            steps = [("accepted", referred + dt.timedelta(days=rng.randint(1, 4)))]
            steps.append(("interviewed", steps[-1][1] + dt.timedelta(days=rng.randint(2, 8))))
            steps.append(("offered", steps[-1][1] + dt.timedelta(days=rng.randint(1, 6))))
            if open_today:
                steps = [(stage, min(when, TODAY)) for stage, when in steps[:i % 3]]
                flows.append({"person": p, "referred": referred, "steps": steps, "hire": None})
                continue
            if i >= openings:
                ending = rng.choice(["declined", "withdrawn"])
                steps = steps[:rng.randint(0, 2)]
                last = steps[-1][1] if steps else referred
                steps.append((ending, last + dt.timedelta(days=rng.randint(1, 5))))
                flows.append({"person": p, "referred": referred, "steps": steps, "hire": None})
                continue
            start = steps[-1][1] + dt.timedelta(days=rng.randint(7, 14))
            wage = money(self.floor[(employer_id, tier)] + rng.uniform(0.25, 2.5))
            flows.append({"person": p, "referred": referred, "steps": steps,
                          "hire": {"start": start, "wage": wage, "tier": tier,
                                   "after": self.plan_after_hire(employer_id, tier, start, wage, placement=True)}})
        return {"employer": employer_id, "sector": sector, "tier": tier, "opened": opened, "openings": openings,
                "flows": flows}

    def plan_after_hire(self, employer_id, tier, start, wage, placement):
        """Promotion, check-ins and separation of one job, in the order they happen (none after today)."""
        rng = self.rng
        events = []
        separated = None
        if rng.random() < (0.2 if placement else 0.08):
            separated = start + dt.timedelta(days=rng.randint(25, 420))
            if separated < TODAY:
                events.append((separated, "separation", {"reason": rng.choice(
                    ["voluntary", "voluntary", "involuntary", "laid-off", "other"])}))
            else:
                separated = None
        if tier < 3 and rng.random() < (0.45 if placement else 0.4):
            promoted = max(start + dt.timedelta(days=rng.randint(180, 420)), START + dt.timedelta(days=30))
            if promoted < TODAY and (separated is None or promoted < separated):
                floor = self.floor[(employer_id, tier + 1)]
                after = wage if wage >= floor and rng.random() < 0.25 else money(max(floor, wage)
                                                                                   + rng.uniform(0.25, 2.0))
                events.append((promoted, "promotion", {"tier": tier + 1, "wage": after}))
        if placement:
            for days in (30, 90, 180):
                due = start + dt.timedelta(days=days)
                checked = due + dt.timedelta(days=rng.randint(0, 6))
                if checked >= TODAY or (separated and due > separated):
                    continue
                if rng.random() < 0.9:
                    events.append((checked, "check-in", {"days": days}))
        events.sort(key=lambda e: (e[0], e[1] != "promotion"))
        return events

    def work(self):
        def employ(employer_id, sector, employment, after):
            staff = self.staff(employer_id)
            rungs = self.ladder[sector]["rungs"]
            for when, kind, what in after:
                if kind == "promotion":
                    call(EMPLOYER, "POST", f"/employments/{employment}/promotions",
                         {"rungId": rungs[what["tier"]]["id"], "wageAfter": what["wage"], "promotedOn": day(when)},
                         staff)
                    self.count("promotions")
                elif kind == "check-in":
                    call(EMPLOYER, "POST", f"/employments/{employment}/check-ins",
                         {"daysAfterHire": what["days"], "checkedOn": day(when), "stillEmployed": True}, staff)
                    self.count("check-ins")
                else:
                    call(EMPLOYER, "POST", f"/employments/{employment}/separation",
                         {"separatedOn": day(when), "reason": what["reason"]}, staff)
                    self.count("separations")

        def incumbent(job):
            rung = self.ladder[job["sector"]]["rungs"][job["tier"]]
            employment = call(EMPLOYER, "POST", f"/employers/{job['employer']}/hires", {
                "participantId": job["person"]["id"], "ladderId": self.ladder[job["sector"]]["id"],
                "rungId": rung["id"], "startDate": day(job["start"]), "hourlyWage": job["wage"],
                "weeklyHours": 36, "incumbent": True}, self.staff(job["employer"]))
            self.count("incumbents")
            employ(job["employer"], job["sector"], employment["id"], job["after"])

        def vacancy(v):
            staff = self.staff(v["employer"])
            rung = self.ladder[v["sector"]]["rungs"][v["tier"]]
            floor = self.floor[(v["employer"], v["tier"])]
            posted = call(EMPLOYER, "POST", f"/employers/{v['employer']}/vacancies", {
                "title": rung["localTitle"], "requiredSkills": [
                    {"elementId": s["elementId"], "minimumLevel": s["minimumLevel"]}
                    for s in rung["requiredSkills"][:6]],
                "hourlyWage": money(floor + 1), "openings": v["openings"], "shift": self.rng_for(v).choice(
                    ["day", "day", "evening", "night", "rotating"]),
                "ladderId": self.ladder[v["sector"]]["id"], "rungId": rung["id"], "openedOn": day(v["opened"])},
                          staff)
            self.count("vacancies")
            for flow in v["flows"]:
                p = flow["person"]
                navigator = self.navigators[p["agency"]]
                referral = call(EMPLOYER, "POST", f"/vacancies/{posted['id']}/referrals",
                                {"participantId": p["id"], "on": day(flow["referred"])}, navigator)["id"]
                self.count("referrals")
                for stage, when in flow["steps"]:
                    mover = navigator if stage in ("accepted", "declined", "withdrawn") else staff
                    call(EMPLOYER, "POST", f"/referrals/{referral}/stage", {"stage": stage, "on": day(when)}, mover)
                flow["referral"] = referral
            for flow in v["flows"]:
                hire = flow["hire"]
                if hire is None:
                    continue
                employment = call(EMPLOYER, "POST", f"/employers/{v['employer']}/hires", {
                    "participantId": flow["person"]["id"], "referralId": flow["referral"],
                    "startDate": day(hire["start"]), "hourlyWage": hire["wage"], "weeklyHours": 36}, staff)
                self.count("hires")
                employ(v["employer"], v["sector"], employment["id"], hire["after"])

        self.parallel("incumbent workers", [lambda j=j: incumbent(j) for j in self.incumbent_jobs])
        self.parallel("vacancies", [lambda v=v: vacancy(v) for v in self.vacancies])

    # --- each participant's case -------------------------------------------------------------------------------

    SUPPORTS = {"childcare": "Tri-County Child Care Resource Network", "transportation": "Metro Transit Access Pass",
                "housing": "Harbor Housing Trust", "language": "Eastside English Classes",
                "literacy": "Northside Adult Literacy", "digital-access": "Tri-County Digital Inclusion Lab"}

    def plan_casework(self):
        """Each participant's services, supports, plan, notes and (for a few) exclusion, drawn in one order."""
        rng = self.rng
        for p in self.people:
            entry = p["entry"]
            services = [("career-service", entry, "Intake and assessment")]
            ends = rng.random()
            # about two in five stop receiving services long enough ago to have exited; a few come back later
            last = TODAY - dt.timedelta(days=rng.randint(95, 300)) if ends < 0.4 else \
                TODAY - dt.timedelta(days=rng.randint(0, 70))
            last = max(last, entry + dt.timedelta(days=20))
            when = entry
            while True:
                when = when + dt.timedelta(days=rng.randint(20, 60))
                if when >= last:
                    break
                services.append((rng.choice(["career-service", "career-service", "training", "support-service"]),
                                 when, None))
            services.append(("career-service", last, "Plan review"))
            if ends < 0.4:
                services.append(("follow-up", min(TODAY, last + dt.timedelta(days=rng.randint(30, 80))), None))
                if ends < 0.06:
                    services.append(("career-service", TODAY - dt.timedelta(days=rng.randint(1, 20)), "Returned"))
            elif rng.random() < 0.3:
                services.append(("training", TODAY + dt.timedelta(days=rng.randint(5, 40)), "Scheduled"))
            p["services"] = services
            p["supports"] = []
            for barrier in p["barriers"]:
                referred = entry + dt.timedelta(days=rng.randint(3, 20))
                outcome = rng.choice(["completed", "completed", "started", "declined", "unavailable"])
                p["supports"].append((barrier, referred, referred + dt.timedelta(days=rng.randint(3, 14)), outcome,
                                      referred + dt.timedelta(days=rng.randint(40, 120))))
            p["plan"] = None
            if rng.random() < 0.6:
                started = entry + dt.timedelta(days=rng.randint(5, 30))
                reviews = []
                review = started
                while rng.random() < 0.75:
                    review = review + dt.timedelta(days=rng.randint(120, 182))
                    if review >= TODAY:
                        break
                    reviews.append(review)
                p["plan"] = {"started": started, "reviews": reviews, "training": started + dt.timedelta(days=120),
                             "credential": started + dt.timedelta(days=150)}
            p["note"] = entry + dt.timedelta(days=rng.randint(0, 10))
            p["exclusion"] = None
            if ends < 0.4 and rng.random() < 0.05:
                p["exclusion"] = (rng.choice(["health-medical", "institutionalized", "deceased"]),
                                  min(TODAY, last + dt.timedelta(days=rng.randint(10, 60))))

    def casework(self):
        def case(p):
            navigator = self.navigators[p["agency"]]
            base = f"/participants/{p['id']}"
            for kind, when, what in p["services"]:
                body = {"kind": kind, "date": day(when)}
                if what:
                    body["description"] = what
                call(PARTICIPANT, "POST", f"{base}/services", body, navigator)
            self.count("services", len(p["services"]))
            for barrier, referred, started, outcome, ended in p["supports"]:
                support = call(PARTICIPANT, "POST", f"{base}/supports", {
                    "barrier": barrier, "provider": self.SUPPORTS[barrier], "on": day(referred)}, navigator)["id"]
                if outcome != "declined" and outcome != "unavailable":
                    call(PARTICIPANT, "POST", f"{base}/supports/{support}/status",
                         {"status": "started", "on": day(started)}, navigator)
                if outcome != "started":
                    call(PARTICIPANT, "POST", f"{base}/supports/{support}/status",
                         {"status": "ended", "outcome": outcome, "on": day(min(ended, TODAY))}, navigator)
            self.count("support referrals", len(p["supports"]))
            plan = p["plan"]
            if plan:
                ladder = self.ladder[p["sector"]]
                target = ladder["rungs"][2]
                steps = [{"kind": "training", "description": f"Bridge program to {target['localTitle']}",
                          "targetDate": day(plan["training"])},
                         {"kind": "credential", "description": self.programs[target["occupationCode"]][1],
                          "targetDate": day(plan["credential"])}]
                call(PARTICIPANT, "POST", f"{base}/plan", {"goalLadderId": ladder["id"], "goalRungId": target["id"],
                                                           "startedOn": day(plan["started"]), "steps": steps},
                     navigator)
                for review in plan["reviews"]:
                    call(PARTICIPANT, "POST", f"{base}/plan/reviews", {"on": day(review), "note": "Reviewed"},
                         navigator)
                self.count("career plans")
            call(PARTICIPANT, "POST", f"{base}/notes", {"date": day(p["note"]), "text":
                 "Intake interview; goals, barriers and supports discussed."}, navigator)
            if p["exclusion"]:
                reason, when = p["exclusion"]
                call(PARTICIPANT, "POST", f"{base}/exclusions", {"reason": reason, "date": day(when)}, navigator)
                self.count("exclusions")

        self.parallel("cases", [lambda p=p: case(p) for p in self.people])

    # --- training -----------------------------------------------------------------------------------------------

    def plan_training(self):
        """Cohorts of every program over the eighteen months and one upcoming; who enrols in which and how it ends."""
        rng = self.rng
        self.cohorts = []
        for provider, title, credential, occupation, skills, mode, weeks, hours, schedule, cost in self.PROGRAMS:
            for offset in (60, 240, 420, 540 + 30):
                start = START + dt.timedelta(days=offset)
                days_, times = {"evening": (["monday", "wednesday"], ("18:00", "21:00")),
                                "daytime": (["tuesday", "thursday"], ("09:00", "13:00")),
                                "weekend": (["saturday"], ("08:00", "16:00")),
                                "self-paced": ([], (None, None))}[schedule]
                self.cohorts.append({"occupation": occupation, "start": start,
                                     "end": start + dt.timedelta(weeks=weeks), "days": days_, "times": times,
                                     "mode": mode, "enrolees": []})
        by_occupation = {}
        for c in self.cohorts:
            by_occupation.setdefault(c["occupation"], []).append(c)
        for p in self.people:
            if rng.random() >= 0.35:
                continue
            target = self.ladder[p["sector"]]["rungs"][2]["occupationCode"]
            options = [c for c in by_occupation.get(target, [])
                       if c["start"] - dt.timedelta(days=7) >= p["entry"] and len(c["enrolees"]) < 18]
            if not options:
                continue
            cohort = rng.choice(options)
            enrolled = cohort["start"] - dt.timedelta(days=rng.randint(3, 14))
            roll = rng.random()
            ending = "withdrawn" if roll < 0.15 else "completed"
            cohort["enrolees"].append({"person": p, "enrolled": min(enrolled, TODAY), "ending": ending,
                                       "withdrawn": enrolled + dt.timedelta(days=rng.randint(10, 30)),
                                       "gain": rng.random() < 0.8})

    def training(self):
        def run(c):
            program = self.programs[c["occupation"]][0]
            body = {"startDate": day(c["start"]), "endDate": day(c["end"]), "deliveryMode": c["mode"], "seats": 20,
                    "costToParticipant": 0, "location": None if c["mode"] == "online" else "Tri-County campus"}
            if c["days"]:
                body.update({"meetingDays": c["days"], "startTime": c["times"][0], "endTime": c["times"][1]})
            cohort = call(TRAINING, "POST", f"/programs/{program}/cohorts", body, self.admin)["id"]
            self.count("cohorts")
            for e in c["enrolees"]:
                p = e["person"]
                enrolment = call(TRAINING, "POST", f"/cohorts/{cohort}/enrolments",
                                 {"participantId": p["id"], "enrolledOn": day(e["enrolled"])},
                                 self.navigators[p["agency"]], unknown_yet=True)["id"]
                self.count("enrolments")
                if e["ending"] == "withdrawn" and e["withdrawn"] < TODAY:
                    call(TRAINING, "POST", f"/enrolments/{enrolment}/withdrawal",
                         {"reason": "Work schedule changed", "on": day(e["withdrawn"])}, self.admin)
                    self.count("withdrawals")
                    continue
                middle = c["start"] + (c["end"] - c["start"]) / 2
                if e["gain"] and middle < TODAY:
                    call(TRAINING, "POST", f"/enrolments/{enrolment}/skill-gains",
                         {"type": "training-milestone", "achievedOn": day(max(middle, e["enrolled"]))}, self.admin)
                    self.count("skill gains")
                if c["end"] < TODAY:
                    call(TRAINING, "POST", f"/enrolments/{enrolment}/completion", {"on": day(c["end"])}, self.admin)
                    self.count("credentials")

        self.parallel("cohorts", [lambda c=c: run(c) for c in self.cohorts])

    def exits(self):
        announced = call(PARTICIPANT, "POST", "/exits/announcements", None, self.admin)["announced"]
        self.count("exits", announced)

    def rng_for(self, v):
        return random.Random(f"{v['employer']}-{v['opened']}-{v['tier']}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=int(os.environ.get("RUNGS_DEMO_SEED", "2026")))
    parser.add_argument("--workers", type=int, default=6)
    args = parser.parse_args()
    region = Region(args.seed, args.workers)
    say(f"demo region from seed {args.seed}, dated back from {TODAY}")
    region.network()
    region.ladders()
    region.agreements()
    region.plan_participants()
    region.participants()
    region.plan_work()
    region.plan_casework()
    region.plan_training()
    region.work()
    region.casework()
    region.training()
    region.exits()
    people = region.people
    say(f"loaded: {len(people)} participants at {len(AGENCIES)} agencies "
        f"({sum(p['consent'] for p in people)} sharing), " + ", ".join(f"{n} {k}" for k, n in
                                                                     sorted(region.counts.items())))


if __name__ == "__main__":
    try:
        main()
    except Failed as e:
        print(f"demo load failed: {e}", file=sys.stderr)
        sys.exit(1)
