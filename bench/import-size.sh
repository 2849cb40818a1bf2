#!/bin/sh
# Whole-process time and peak memory of `haven import` on 128 KB, 1 MB and 4 MB of real policy text (the labelled
# documents repeated, bench's PolicyText) and on one 920 KB sentence of 18,000 rules joined by semicolons, against
# the JVM's own start-up and the import of one small ordinance measured in the same run. Figures go to docs/performance.md ("Import at size").
#
#   mvn -B -q install -DskipTests && bench/import-size.sh
set -eu

root=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd)
out=${OUT:-/tmp/haven-import-size}
mkdir -p "$out"
haven="$root/haven"

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), \
$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "java: $(java -version 2>&1 | head -n 1)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
"$haven" --version > /dev/null # builds the jar and the class-data archive if needed

timed() { # label, command...: wall seconds and peak resident memory
  label=$1
  shift
  /usr/bin/time -f "%e s, %M KB" "$@" > /dev/null 2> "$out/time.txt" || {
    echo "$label: failed"; cat "$out/time.txt"; exit 1; }
  echo "$label: $(tail -n 1 "$out/time.txt")"
}

timed "java -version (the floor)" java -Xshare:auto -version
timed "import seeds/sources/madison-res-2017.txt" "$haven" import "$root/seeds/sources/madison-res-2017.txt" \
  -o "$out/madison.yaml"
for bytes in 131072 1048576 4194304; do
  text="$out/policy-$bytes.txt"
  java -cp "$root/bench/target/benchmarks.jar" dev.haven.bench.PolicyText "$root/importer/labelled" "$bytes" > "$text"
  timed "import $(wc -c < "$text") bytes" "$haven" import "$text" -o "$out/policy-$bytes.yaml"
done
text="$out/semicolons.txt"
yes 'the police shall not ask about immigration status;' | head -n 18000 | tr '\n' ' ' > "$text"
timed "import one sentence of $(wc -c < "$text") bytes, 18,000 semicolons" "$haven" import "$text" \
  -o "$out/semicolons.yaml"
