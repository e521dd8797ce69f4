#!/usr/bin/env bash
# Loads the demo region through the public REST APIs, with real Keycloak tokens: three employers with vacancies on
# real O*NET occupations, two training providers with bridge programs, and 65 participants at two partner agencies
# with skills and consent (enough that reported figures are not suppressed). Required levels follow O*NET 30.0 level ratings for each occupation. Called by
# deploy/rungs up; safe to read as an example of the API.
set -euo pipefail
OFFSET=${RUNGS_PORT_OFFSET:-0}
STACK="$(dirname "${BASH_SOURCE[0]}")/../stack.json"
url() { echo "http://localhost:$(($(jq -er "$1" "$STACK") + OFFSET))"; }
service() { url ".services[] | select(.name == \"$1\") | .port"; }
KC="$(url .keycloak.port)/realms/$(jq -er .keycloak.realm "$STACK")"
DEMO_PASSWORD=$(jq -er .keycloak.demoPassword "$STACK")
EMPLOYER=$(service employer-service)
PARTICIPANT=$(service participant-service)
TRAINING=$(service training-service)

token() {
  curl -sf "$KC/protocol/openid-connect/token" -d grant_type=password -d client_id=rungs-cli \
    -d "username=$1" -d "password=$DEMO_PASSWORD" | jq -r .access_token
}
post() { # token url json -> response body; fails on any non-2xx
  curl -sf -X "${METHOD:-POST}" -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "$3" "$2"
}

ADA=$(token ada)
NIA=$(token nia)
NOAH=$(token noah)

RIVERSIDE=7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d
HARBOR=2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f
SUMMIT=8e9f0a1b-2c3d-4e5f-8a6b-7c8d9e0f1a2b
post "$ADA" "$EMPLOYER/employers" "{\"id\":\"$RIVERSIDE\",\"name\":\"Riverside Care Homes\",\"naicsCode\":\"623110\",\"sizeBand\":\"50-249\"}" >/dev/null
post "$ADA" "$EMPLOYER/employers" "{\"id\":\"$HARBOR\",\"name\":\"Harbor Foods\",\"naicsCode\":\"722511\",\"sizeBand\":\"10-49\"}" >/dev/null
post "$ADA" "$EMPLOYER/employers" "{\"id\":\"$SUMMIT\",\"name\":\"Summit Assembly\",\"naicsCode\":\"336390\",\"sizeBand\":\"250+\"}" >/dev/null

COLLEGE=5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e
AGENCY_TRAINING=6c7d8e9f-0a1b-4c2d-9e3f-4a5b6c7d8e9f
post "$ADA" "$TRAINING/providers" "{\"id\":\"$COLLEGE\",\"name\":\"Northside Community College\",\"kind\":\"college\"}" >/dev/null
post "$ADA" "$TRAINING/providers" "{\"id\":\"$AGENCY_TRAINING\",\"name\":\"Eastside Works Training Centre\",\"kind\":\"community-agency\"}" >/dev/null
post "$ADA" "$TRAINING/providers/$COLLEGE/programs" '{"title":"Certified Nursing Assistant Bridge","credential":"State CNA certificate",
  "occupationCodes":["31-1131.00"],"skillsTaught":[{"elementId":"2.B.1.f","level":4},{"elementId":"2.C.1.e","level":4.5},{"elementId":"2.A.2.d","level":3}],
  "deliveryMode":"hybrid","durationWeeks":8,"durationHours":120,"schedule":"evening","entranceRequirements":"Grade 10 reading level","cost":850.00}' >/dev/null
post "$ADA" "$TRAINING/providers/$COLLEGE/programs" '{"title":"Practical Nursing Pre-requisites","credential":"Pre-LPN certificate",
  "occupationCodes":["29-2061.00"],"skillsTaught":[{"elementId":"2.C.5.a","level":3.5},{"elementId":"2.C.4.e","level":4},{"elementId":"2.A.1.c","level":3}],
  "deliveryMode":"in-person","durationWeeks":16,"durationHours":240,"schedule":"daytime","entranceRequirements":"CNA certificate","cost":1900.00}' >/dev/null
post "$ADA" "$TRAINING/providers/$AGENCY_TRAINING/programs" '{"title":"Kitchen Shift Lead","credential":"Food handler certificate and shift lead badge",
  "occupationCodes":["35-1012.00"],"skillsTaught":[{"elementId":"2.B.1.b","level":4},{"elementId":"2.B.1.e","level":3.5},{"elementId":"2.C.2.b","level":3.5}],
  "deliveryMode":"in-person","durationWeeks":4,"durationHours":48,"schedule":"weekend","cost":0}' >/dev/null
post "$ADA" "$TRAINING/providers/$AGENCY_TRAINING/programs" '{"title":"Production Assembly Fundamentals","credential":"Certified Production Technician (assembly module)",
  "occupationCodes":["51-2092.00"],"skillsTaught":[{"elementId":"2.C.3.e","level":4},{"elementId":"2.B.3.m","level":3},{"elementId":"2.B.3.g","level":3}],
  "deliveryMode":"online","durationWeeks":6,"durationHours":60,"schedule":"self-paced","cost":300.00}' >/dev/null

participant() { # token given family occupation wage consent barriers -> id
  post "$1" "$PARTICIPANT/participants" "{\"givenName\":\"$2\",\"familyName\":\"$3\",\"currentOccupationCode\":\"$4\",
    \"currentHourlyWage\":$5,\"consentToShare\":$6,\"barriers\":$7}" | jq -r .id
}
skill() { # token participant element level source
  post "$1" "$PARTICIPANT/participants/$2/skills" "{\"elementId\":\"$3\",\"level\":$4,\"source\":\"$5\"}" >/dev/null
}

P1=$(participant "$NIA" Maria Lopez 31-1122.00 15.10 true '["childcare"]')
skill "$NIA" "$P1" 2.B.1.f 4 assessed
skill "$NIA" "$P1" 2.C.1.e 4.5 credential
skill "$NIA" "$P1" 2.A.2.d 3 assessed
P2=$(participant "$NIA" James Carter 35-2014.00 14.25 true '["transportation"]')
skill "$NIA" "$P2" 2.B.1.b 4 assessed
skill "$NIA" "$P2" 2.A.2.d 4 assessed
skill "$NIA" "$P2" 2.C.2.b 3.5 self-reported
P3=$(participant "$NIA" Aisha Khan 31-1122.00 15.50 false '[]')
skill "$NIA" "$P3" 2.B.1.f 4 assessed
skill "$NIA" "$P3" 2.C.1.e 4.5 assessed
P4=$(participant "$NOAH" Tomasz Nowak 51-2092.00 17.00 true '["literacy"]')
skill "$NOAH" "$P4" 2.C.3.e 4.5 credential
skill "$NOAH" "$P4" 2.B.3.m 3 assessed
P5=$(participant "$NOAH" Grace Mensah 43-4051.00 16.40 true '[]')
skill "$NOAH" "$P5" 2.B.1.f 3.5 assessed
skill "$NOAH" "$P5" 2.C.1.e 4 assessed
METHOD=PUT post "$NIA" "$PARTICIPANT/participants/$P3/consent" '{"shareWithEmployers":true}' >/dev/null

# The rest of the region's caseload: enough participants at each agency (most consenting to share, with assessed
# skills towards the three vacancies' occupations) that reported figures are above the small-cell threshold.
GIVEN=(Ana Ben Chloe Dev Elena Farid Gina Hugo Ines Jon Kemi Luis Mina Nate Olu Priya Quinn Rosa Sam Tara)
FAMILY=(Alvarez Brooks Chen Diallo Evans Fischer Garcia Haddad Ito Jones Kowalski Lee Mbeki Novak Ortiz Park)
BARRIERS=('[]' '["childcare"]' '["transportation"]' '[]' '["language"]' '["digital-access"]' '[]' '["housing"]')
caseload() { # navigator-token count offset
  local i n given family occupation wage consent p
  for ((i = 0; i < $2; i++)); do
    n=$((i + $3))
    given=${GIVEN[$((n % ${#GIVEN[@]}))]}
    family=${FAMILY[$((n * 7 % ${#FAMILY[@]}))]}
    consent=true
    [ $((n % 6)) -ne 5 ] || consent=false
    case $((n % 3)) in
      0) occupation=31-1122.00 wage=15.$((10 + n % 80))
         p=$(participant "$1" "$given" "$family" $occupation "$wage" $consent "${BARRIERS[$((n % 8))]}")
         skill "$1" "$p" 2.B.1.f 4 assessed
         skill "$1" "$p" 2.C.1.e "4.$((n % 2 * 5))" assessed
         skill "$1" "$p" 2.A.2.d 3 assessed ;;
      1) occupation=35-2014.00 wage=14.$((20 + n % 70))
         p=$(participant "$1" "$given" "$family" $occupation "$wage" $consent "${BARRIERS[$((n % 8))]}")
         skill "$1" "$p" 2.B.1.b 4 assessed
         skill "$1" "$p" 2.A.2.d "$((3 + n % 2))" assessed
         skill "$1" "$p" 2.C.2.b 3.5 self-reported ;;
      2) occupation=51-2092.00 wage=16.$((10 + n % 80))
         p=$(participant "$1" "$given" "$family" $occupation "$wage" $consent "${BARRIERS[$((n % 8))]}")
         skill "$1" "$p" 2.C.3.e 4.5 credential
         skill "$1" "$p" 2.B.3.m 3 assessed
         skill "$1" "$p" 2.B.3.g "$((2 + n % 2))" assessed ;;
    esac
  done
}
caseload "$NIA" 30 0
caseload "$NOAH" 30 30

post "$ADA" "$EMPLOYER/employers/$RIVERSIDE/vacancies" '{"title":"Certified Nursing Assistant","occupationCode":"31-1131.00",
  "requiredSkills":[{"elementId":"2.B.1.f","minimumLevel":3.88},{"elementId":"2.C.1.e","minimumLevel":4.43},{"elementId":"2.A.2.d","minimumLevel":3}],
  "hourlyWage":19.50,"openings":3,"shift":"day"}' >/dev/null
post "$ADA" "$EMPLOYER/employers/$HARBOR/vacancies" '{"title":"Kitchen Shift Lead","occupationCode":"35-1012.00",
  "requiredSkills":[{"elementId":"2.B.1.b","minimumLevel":4},{"elementId":"2.A.2.d","minimumLevel":4},{"elementId":"2.C.2.b","minimumLevel":3.56}],
  "hourlyWage":18.75,"openings":1,"shift":"evening"}' >/dev/null
post "$ADA" "$EMPLOYER/employers/$SUMMIT/vacancies" '{"title":"Team Assembler","occupationCode":"51-2092.00",
  "requiredSkills":[{"elementId":"2.C.3.e","minimumLevel":4.3},{"elementId":"2.B.3.m","minimumLevel":3},{"elementId":"2.B.3.g","minimumLevel":3}],
  "hourlyWage":21.00,"openings":5,"shift":"rotating"}' >/dev/null
echo "demo region loaded"
