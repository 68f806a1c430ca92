#!/usr/bin/env bash
# The issue-5 measurement in one go: the native reference, every JMH benchmark of ipsec-engine,
# the native reference again (so drift from other load shows as a before/after difference), then
# the summary with JCA/BC and JCA/openssl ratios (best iteration vs the better openssl run).
#
#   bench/crypto-all.sh [regex] [more JMH options]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
before=$("$root/bench/openssl-ref.sh" | tail -1 | sed 's/^# written to //')
"$root/bench/jmh.sh" "$@" | tee "$root/target/bench/jmh-last.log" >/dev/null
json=$(grep -o '/[^ ]*jmh-[0-9-]*\.json' "$root/target/bench/jmh-last.log" | tail -1)
after=$("$root/bench/openssl-ref.sh" | tail -1 | sed 's/^# written to //')
grep -E "^# (machine|load|JMH version|VM version)" "$root/target/bench/jmh-last.log" | sort -u
echo "# openssl before: $(head -1 "$before")"
echo "# openssl after:  $(head -1 "$after")"
paste "$before" "$after" | awk -F'\t' 'NR > 2 { printf "%s\t%s\t%s\t%s\n", $1, $2, $3, $6 }' \
    | sed '1i size\tfigure\tMB/s before\tMB/s after'
python3 "$root/bench/jmh-summary.py" "$json" "$before" "$after"
