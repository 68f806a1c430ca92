#!/usr/bin/env bash
# Runs the JMH benchmarks of ipsec-engine (issues 5 and 7). Not part of `mvn verify`.
#
#   bench/jmh.sh [regex] [more JMH options]
#
# regex defaults to every benchmark in io.rosipsec.ipsec.bench (EspThroughputBenchmark,
# IkeHandshakeBenchmark); e.g. `bench/jmh.sh EspThroughput -p size=1408`.
# Short but real: 1 fork, 3 warm-up iterations of 2 s, 5 measured iterations of 3 s (-f, -wi,
# -i, -w, -r given after the regex override these).
# Builds the test classes offline first (drop -o by hand if ~/.m2 lacks JMH), writes JMH's JSON
# to target/bench/jmh-<time>.json and prints the table plus payload MB/s (bench/jmh-summary.py).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
regex=${1:-io.rosipsec.ipsec.bench.}
[ $# -gt 0 ] && shift
out="$root/target/bench"
mkdir -p "$out"
cpfile="$out/ipsec-engine-test.classpath"
(cd "$root" && mvn -q -B -o -pl ipsec-engine -am test-compile dependency:build-classpath \
    -Dmdep.outputFile="$cpfile" -Dmdep.includeScope=test) >&2
cp="$root/ipsec-engine/target/test-classes:$root/ipsec-engine/target/classes:$(cat "$cpfile")"
json="$out/jmh-$(date +%Y%m%d-%H%M%S).json"
echo "# machine: nproc=$(nproc), $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(java -version 2>&1 | sed -n 2p)"
echo "# load before: $(cut -d' ' -f1-3 /proc/loadavg)"
# Defaults -f 1 -wi 3 -i 5 unless given again (JMH refuses an option twice).
defaults=()
for opt in -f -wi -i; do
    case " $* " in *" $opt "*) ;; *) defaults+=("$opt" "$(case $opt in -f) echo 1;; -wi) echo 3;; -i) echo 5;; esac)");; esac
done
java -cp "$cp" org.openjdk.jmh.Main "$regex" "${defaults[@]}" -rf json -rff "$json" "$@"
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 "$root/bench/jmh-summary.py" "$json"
