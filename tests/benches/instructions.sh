#!/usr/bin/env bash
# Instructions per call of the `overhead` benchmarks, counted by callgrind: unlike wall-clock time,
# the counts do not move with a noisy or shared machine, so small differences between the client
# and raw reqwest can be compared. Each figure is the difference between a run of one iteration and
# a run of many, so the server start and other set-up cancel out. Counts include the in-process
# server's work, which is the same for both peers. Needs valgrind. Takes about 20 minutes.
#
#   bash tests/benches/instructions.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v valgrind >/dev/null || { echo "valgrind is needed (apt-get install valgrind)" >&2; exit 2; }
bench=$(cargo bench -p apifleet-e2e --bench overhead --no-run --message-format=json 2>/dev/null |
  grep -o '"executable":"[^"]*overhead-[^"]*"' | tail -1 | cut -d'"' -f4)
[ -x "$bench" ] || { echo "could not build the overhead benchmark" >&2; exit 2; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# instructions <filter> <sample-count> <sample-size>: total instructions of one benchmark run.
instructions() {
  valgrind --tool=callgrind --callgrind-out-file="$scratch/out.%p" "$bench" --bench "$1" \
    --sample-count "$2" --sample-size "$3" >/dev/null 2>"$scratch/log"
  grep -h "Collected" "$scratch/log" | awk '{print $NF}' | tr -d ','
}

for case in small_get list_100; do
  for peer in apifleet raw_reqwest; do
    one=$(instructions "$case::$peer" 1 1)
    many=$(instructions "$case::$peer" 1 201)
    echo "$case $peer: $(( (many - one) / 200 )) instructions per call"
  done
done
for peer in apifleet raw_reqwest; do
  one=$(instructions "throughput_10k_c64::$peer" 1 1)
  three=$(instructions "throughput_10k_c64::$peer" 3 1)
  echo "throughput_10k_c64 $peer: $(( (three - one) / 20000 )) instructions per request"
done
