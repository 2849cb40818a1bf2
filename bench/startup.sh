#!/usr/bin/env bash
# Cold start of every command against the JVM's own start-up, in one run on one machine: each command is run
# RUNS times (default 15) after 3 warm-up runs, end to end through ./haven (launcher, class-data archive, parse
# cache of the seeds warm), and the median is printed with its ratio to the median of the JVM alone started with
# the launcher's flags. Figures go to docs/performance.md ("Start-up by command").
#
#   mvn -B -q install -DskipTests && bench/startup.sh
set -euo pipefail

root=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd)
cd "$root"
runs=${RUNS:-15}
out=${OUT:-/tmp/haven-startup}
mkdir -p "$out"

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), \
$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); load $(cut -d' ' -f1 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -n 1)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
./haven --version > /dev/null # builds the jar and the class-data archives if needed

median_ms() { # command...: median wall time in ms of $runs runs after 3 warm-up runs
  local times=() i start end
  for i in 1 2 3; do "$@" > /dev/null 2>&1 || true; done
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    "$@" > /dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=($(((end - start) / 1000000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'
}

floor=$(median_ms java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto -version)
printf '| command | median | × the JVM alone |\n|---|---|---|\n'
printf '| `java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto -version` | %s ms | 1 |\n' \
  "$floor"
madison=seeds/corpus/us-wi-madison/res-2017-safe-haven.yaml
while IFS= read -r command; do
  # shellcheck disable=SC2086
  ms=$(median_ms ./haven $command)
  printf '| `%s` | %s ms | %s |\n' "$command" "$ms" "$(awk -v a="$ms" -v b="$floor" 'BEGIN {printf "%.1f", a / b}')"
done <<COMMANDS
kinds
validate seeds
query seeds --kind status-non-inquiry
diff $madison $madison
lint seeds/corpus
compare seeds/corpus
history seeds/corpus
render $madison -f html
render $madison -f pdf -o $out/m.pdf
import seeds/sources/madison-res-2017.txt -o $out/m.yaml
COMMANDS
