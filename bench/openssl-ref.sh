#!/usr/bin/env bash
# Native reference for the ESP benchmark (issue 5): `openssl speed` on one core, wall-clock
# (-elapsed, like JMH), for the payload sizes of EspThroughputBenchmark.
#
#   bench/openssl-ref.sh [seconds-per-figure]     (default 2)
#
# Prints a TSV (size, figure, MB/s with MB = 10^6 bytes) and keeps it in target/bench/.
# Figures: aes-128-gcm and aes-128-cbc encrypt and decrypt (`-evp`, `-decrypt`), aes-128-gcm in
# the TLS-like per-record sequence (`-aead`: new IV, AAD, data, tag), HMAC-SHA1 (`-hmac sha1`)
# and the stitched `aes-128-cbc-hmac-sha1` EVP cipher (encrypt only, no per-record MAC key).
# OpenSSL 3.0 re-initialises the cipher for every buffer, so small sizes carry its per-call cost.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
secs=${1:-2}
out="$root/target/bench"
mkdir -p "$out"
tsv="$out/openssl-$(date +%Y%m%d-%H%M%S).tsv"
speed() { # size label args...
    local size=$1 label=$2
    shift 2
    openssl speed -elapsed -mr -seconds "$secs" -bytes "$size" "$@" 2>/dev/null \
        | awk -F: -v s="$size" -v l="$label" '/^\+F:/ { printf "%d\t%s\t%.0f\n", s, l, $4 / 1e6 }'
}
{
    echo "# $(openssl version); nproc=$(nproc); $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'); load $(cut -d' ' -f1-3 /proc/loadavg)"
    printf 'size\tfigure\tMB/s\n'
    for size in 64 512 1408; do
        speed "$size" aes-128-gcm-enc -evp aes-128-gcm
        speed "$size" aes-128-gcm-dec -decrypt -evp aes-128-gcm
        speed "$size" aes-128-gcm-aead -aead -evp aes-128-gcm
        speed "$size" aes-128-cbc-enc -evp aes-128-cbc
        speed "$size" aes-128-cbc-dec -decrypt -evp aes-128-cbc
        speed "$size" hmac-sha1 -hmac sha1
        speed "$size" aes-128-cbc-hmac-sha1-stitched -evp aes-128-cbc-hmac-sha1
    done
} | tee "$tsv"
echo "# written to $tsv"
