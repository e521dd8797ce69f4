#!/usr/bin/env bash
# Runs the vacancy-to-match latency benchmark (VacancyLatencyBench) on a baseline commit and on the working tree,
# alternating, on this machine, so that both are measured under the same conditions; prints each run and the ratio of
# the mean p50s (current / baseline) of the first result row (the quietest pace). The table is also written to
# docs/benchmarks/vacancy-to-match-comparison.md.
#
#   deploy/bench/compare-latency.sh BASELINE [ROUNDS]     e.g. deploy/bench/compare-latency.sh e972f54 2
#
# The baseline is checked out in a git worktree under target/ and built there (tests skipped); each run starts the
# local stack with the README's command on ports shifted by 1000, as the end-to-end suite does.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BASELINE=${1:?usage: deploy/bench/compare-latency.sh BASELINE [ROUNDS]}
ROUNDS=${2:-1}
WORK=$ROOT/deploy/target/bench-baseline
export MAVEN_OPTS="${MAVEN_OPTS:-} -Xmx1g"

if [ ! -d "$WORK" ]; then
  git -C "$ROOT" worktree add --detach "$WORK" "$BASELINE" >/dev/null
fi
git -C "$WORK" checkout -q --detach "$BASELINE"

bench() { # tree -> "p50<TAB>the benchmark's first result row" (the p50 column found by its header: the columns
  # of the result table differ between versions of the benchmark)
  local log="$1/deploy/target/bench.log" col
  mkdir -p "$1/deploy/target"
  (cd "$1" && ./mvnw -B -q verify -pl deploy -am -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dasyncapi.skip=true -Dit.test=VacancyLatencyBench >"$log" 2>&1) ||
    { tail -n 40 "$log" >&2; exit 1; }
  col=$(grep -E '^\| participants \|' "$log" | tail -n 1 |
    awk -F'|' '{ for (i = 2; i <= NF; i++) { f = $i; gsub(/ /, "", f); if (f == "p50") print i } }')
  grep -E '^\| [0-9][0-9,]* \|' "$log" | head -n 1 |
    awk -F'|' -v c="$col" '{ v = $c; gsub(/ ms| /, "", v); printf "%s\t%s\n", v, $0 }'
}

OUT=$ROOT/docs/benchmarks/vacancy-to-match-comparison.md
CURRENT="$(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- . ':!docs' || echo '+changes')"
{
  echo "# Vacancy commit → match.proposed.v1: current against a baseline"
  echo
  echo "\`deploy/bench/compare-latency.sh $BASELINE $ROUNDS\` on $(nproc) cores, $(date -u +%FT%TZ): VacancyLatencyBench"
  echo "(see vacancy-to-match-latency.md) run alternately on the baseline and on the current tree."
  echo
  echo "| round | tree | participants | pace | vacancies | proposals seen | p50 | p90 | p99 | max |"
  echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
} | tee "$OUT.tmp"
base_p50=() cur_p50=()
for round in $(seq 1 "$ROUNDS"); do
  b=$(bench "$WORK")
  echo "| $round | baseline $BASELINE ${b#*$'\t'}" | tee -a "$OUT.tmp"
  base_p50+=("${b%%$'\t'*}")
  c=$(bench "$ROOT")
  echo "| $round | current $CURRENT ${c#*$'\t'}" | tee -a "$OUT.tmp"
  cur_p50+=("${c%%$'\t'*}")
done
printf '%s\n' "${base_p50[@]}" >"$ROOT/deploy/target/bench-baseline-p50"
printf '%s\n' "${cur_p50[@]}" >"$ROOT/deploy/target/bench-current-p50"
awk 'NR == FNR { b += $1; n++; next } { c += $1; m++ } END { printf "\nMean p50, current / baseline: **%.2f**\n", (c / m) / (b / n) }' \
  "$ROOT/deploy/target/bench-baseline-p50" "$ROOT/deploy/target/bench-current-p50" | tee -a "$OUT.tmp"
mv "$OUT.tmp" "$OUT"
