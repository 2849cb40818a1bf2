#!/bin/sh
# Measures the figures of docs/performance.md ("Query and compare at scale") in one run on one machine: cold
# start, query and compare over corpora of 1,000, 5,000 and 20,000 generated sets (with the parse cache filled,
# and without it), peak memory, and the same question asked of yq and grep. Needs hyperfine, yq (jq over YAML)
# and GNU time; writes hyperfine's JSON and a summary under OUT (default /tmp/haven-scale).
#
#   mvn -B -q install -DskipTests && bench/scale.sh
set -eu

root=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd)
out=${OUT:-/tmp/haven-scale}
sizes=${SIZES:-"1000 5000 20000"}
runs=${RUNS:-3}
mkdir -p "$out"
cache="$out/cache"
rm -rf "$cache"
export HAVEN_CACHE="$cache"
haven="$root/haven"
summary="$out/summary.txt"
: > "$summary"

note() { echo "$*" | tee -a "$summary"; }

note "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), \
$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
note "java: $(java -version 2>&1 | head -n 1)"
note "date: $(date -u +%Y-%m-%dT%H:%MZ)"

"$haven" --version > /dev/null # builds the jar and the class-data archive if needed

median() { # hyperfine JSON -> median of each command, in ms
  python3 -c 'import json,sys
for r in json.load(open(sys.argv[1]))["results"]: print("  %-70s median %8.1f ms" % (r["command"][:70], r["median"]*1000))' "$1"
}

hyperfine -N --warmup 5 --runs 60 --export-json "$out/cold.json" \
  'java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -version' \
  "$haven query $root/seeds --kind status-non-inquiry" > /dev/null
note "cold start:"; median "$out/cold.json" | tee -a "$summary"

for n in $sizes; do
  corpus="$out/corpus-$n"
  if [ ! -d "$corpus" ]; then
    java -cp "$root/bench/target/benchmarks.jar" dev.haven.bench.CorpusGenerator "$root/seeds/corpus" "$corpus" "$n" \
      > /dev/null
  fi
  first=$( { /usr/bin/time -f '%e s, %M KB' "$haven" query "$corpus" --kind status-non-inquiry --format json \
    > /dev/null; } 2>&1 | tail -n 1)
  note "$n sets: first query (parses the YAML, fills the cache): $first"
  q='.clauses[] | select(.kind=="status-non-inquiry") | {id, exceptions: [.exceptions[]?.ground]}'
  hyperfine --warmup 1 --runs "$runs" --export-json "$out/scale-$n.json" \
    "$haven query $corpus --kind status-non-inquiry --format json" \
    "HAVEN_CACHE=off $haven query $corpus --kind status-non-inquiry --format json" \
    "$haven compare $corpus --format json" \
    "$haven compare $corpus" \
    "find $corpus -name '*.yaml' -exec yq -c '$q' {} +" \
    "grep -r -c 'kind: status-non-inquiry' $corpus" > /dev/null
  note "$n sets:"; median "$out/scale-$n.json" | tee -a "$summary"
  for cmd in "query $corpus --kind status-non-inquiry --format json" "compare $corpus --format json"; do
    peak=$( { /usr/bin/time -f '%e s, %M KB' "$haven" $cmd > /dev/null; } 2>&1 | tail -n 1)
    note "  peak memory, haven $(echo "$cmd" | cut -d' ' -f1): $peak"
  done
done
