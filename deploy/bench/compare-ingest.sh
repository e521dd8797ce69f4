#!/usr/bin/env bash
# Runs the skill-ingest benchmark (B3, matching-service's IngestBench) on a baseline commit and on the working tree,
# alternating, on this machine, so that both are measured under the same conditions; prints each run and the ratio of
# the mean rates (current / baseline) with vacancies open. The table is also written to
# docs/benchmarks/matching-ingest-comparison.md (matching-ingest-settled-comparison.md for the settled region).
#
#   deploy/bench/compare-ingest.sh BASELINE [ROUNDS] [REGION]     e.g. deploy/bench/compare-ingest.sh 7ff00d5 2 settled
#
# REGION is IngestBench's -Dbench.region (loading, the default, or settled). The baseline is checked out in a git
# worktree under target/; each tree is built with the modules matching-service depends on (-am), so neither takes the
# other's from the local repository. Each run writes its own figures to the tree's docs/benchmarks, and the
# current tree's document is put back as it was.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BASELINE=${1:?usage: deploy/bench/compare-ingest.sh BASELINE [ROUNDS] [REGION]}
ROUNDS=${2:-1}
REGION=${3:-loading}
WORK=$ROOT/deploy/target/ingest-baseline
DOC=docs/benchmarks/matching-ingest.md
[ "$REGION" = settled ] && DOC=docs/benchmarks/matching-ingest-settled.md

if [ ! -d "$WORK" ]; then
  mkdir -p "$ROOT/deploy/target"
  git -C "$ROOT" worktree add --detach "$WORK" "$BASELINE" >/dev/null
fi
git -C "$WORK" checkout -q --detach "$BASELINE"
rm -f "$ROOT/deploy/target/ingest-rates"

bench() { # tree -> "rate with vacancies open<TAB>rate with none<TAB>transactions" from the document the run wrote
  local log="$1/matching-service/target/ingest-bench.log" saved
  mkdir -p "$1/matching-service/target"
  saved=$(mktemp)
  cp "$1/$DOC" "$saved"
  (cd "$1" && ./mvnw -B test -pl matching-service -am -Dasyncapi.skip=true -Dtest=IngestBench \
    -Dsurefire.failIfNoSpecifiedTests=false -Dbench.region="$REGION" >"$log" 2>&1) ||
    { tail -n 40 "$log" >&2; cp "$saved" "$1/$DOC"; exit 1; }
  awk -F'|' '/^\| no vacancy open/ { n = $4 } /^\| 1,000 vacancies open/ { v = $4; t = $8 }
    END { gsub(/[ *,]/, "", n); gsub(/[ *,]/, "", v); gsub(/ /, "", t); printf "%s\t%s\t%s\n", v, n, t }' "$1/$DOC"
  cp "$saved" "$1/$DOC"
  rm -f "$saved"
}

OUT=$ROOT/docs/benchmarks/matching-ingest-comparison.md
[ "$REGION" = settled ] && OUT=$ROOT/docs/benchmarks/matching-ingest-settled-comparison.md
mkdir -p "$ROOT/deploy/target"
CURRENT="$(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- . ':!docs' || echo '+changes')"
{
  echo "# Skill ingest (B3): current against a baseline"
  echo
  echo "\`deploy/bench/compare-ingest.sh $BASELINE $ROUNDS $REGION\` on $(nproc) cores, $(date -u +%FT%TZ): IngestBench"
  echo "(see $(basename "$DOC")) run alternately on the baseline and on the current tree; skills applied per second."
  echo
  echo "| round | tree | no vacancy open | 1,000 vacancies open | feed transactions |"
  echo "| ---: | --- | ---: | ---: | ---: |"
} | tee "$OUT.tmp"
for round in $(seq 1 "$ROUNDS"); do
  for side in baseline current; do
    if [ $side = baseline ]; then tree=$WORK; name="baseline $BASELINE"; else tree=$ROOT; name="current $CURRENT"; fi
    r=$(bench "$tree")
    IFS=$'\t' read -r open none tx <<<"$r"
    echo "| $round | $name | $none | $open | $tx |" | tee -a "$OUT.tmp"
    echo "$side $open" >>"$ROOT/deploy/target/ingest-rates"
  done
done
awk '$1 == "baseline" { b += $2; n++ } $1 == "current" { c += $2; m++ }
  END { printf "\nMean rate with vacancies open, current / baseline: **%.2f**\n", (c / m) / (b / n) }' \
  "$ROOT/deploy/target/ingest-rates" | tee -a "$OUT.tmp"
rm -f "$ROOT/deploy/target/ingest-rates"
mv "$OUT.tmp" "$OUT"
