#!/usr/bin/env bash
# Whole-process co-share benchmark (BENCHMARKS.md, "Co-share detection").
# Writes the three workload files with the jar's port of gen_coshare.py (byte-identical to the
# script's output: the md5 sums below are those of the Python-generated files), then times
#   java [FLAGS] -jar target/spamouflage-sandbox-0.1.0.jar detect --coortweet FILE --window 60 \
#        --min-participation 1 --out DIR
# RUNS times per file with /usr/bin/time, printing every run and the best and median wall time.
# Usage: scripts/bench-coshare.sh [RUNS] [JVM flags...]      e.g.  scripts/bench-coshare.sh 5 -XX:TieredStopAtLevel=1
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-target/spamouflage-sandbox-0.1.0.jar}   # or an extracted jar: see BENCHMARKS.md
RUNS=${1:-5}
shift || true
FLAGS=("$@")
DIR=${BENCH_DIR:-/tmp/coshare-bench}
mkdir -p "$DIR"
[ -f "$JAR" ] || { echo "build the jar first: mvn -q -o -DskipTests package" >&2; exit 1; }

gen() { # name args...
  local f="$DIR/$1.csv"; shift
  [ -f "$f" ] || java -jar "$JAR" bench coshare-data "$@" "$f" >/dev/null
}
gen uniform1m 1000000 --uniform
gen zipf1m 1000000
gen hot 100000 --hot 43776
( cd "$DIR" && md5sum -c --quiet <<'SUMS'
e565445460f4ec23b97ca4d8818241b5  uniform1m.csv
70d92163570935bc40fec6b3f4579398  zipf1m.csv
b652b504cac75f2f13ba7969f555c52c  hot.csv
SUMS
) && echo "inputs identical to gen_coshare.py output"

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
echo "flags: ${FLAGS[*]:-(none)}"
for name in uniform1m zipf1m hot; do
  walls=()
  for i in $(seq "$RUNS"); do
    out=$( { /usr/bin/time -f "%e %U %S %M" java "${FLAGS[@]}" -jar "$JAR" detect --coortweet "$DIR/$name.csv" \
        --window 60 --min-participation 1 --out "$DIR/out-$name" >/dev/null; } 2>&1 | tail -1)
    read -r wall user sys rss <<<"$out"
    echo "  $name run $i: ${wall} s wall, ${user} s user, ${sys} s sys, max RSS $((rss / 1024)) MB"
    walls+=("$wall")
  done
  sorted=($(printf '%s\n' "${walls[@]}" | sort -g))
  echo "$name: best ${sorted[0]} s, median ${sorted[$(( ${#sorted[@]} / 2 ))]} s over $RUNS runs"
done
