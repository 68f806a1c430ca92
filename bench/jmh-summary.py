#!/usr/bin/python3
"""Summarises a JMH JSON result of bench/jmh.sh, optionally against bench/openssl-ref.sh output.

    python3 bench/jmh-summary.py target/bench/jmh-X.json [target/bench/openssl-Y.tsv ...]

Prints every score (JMH's mean with its 99.9 % error, and the best measured iteration: on a
shared, noisy machine the best iteration is the least disturbed one); for EspThroughputBenchmark
also payload MB/s (ops/s x size / 10^6) and, computed from the best iterations, the JCA/BC ratio
and, given openssl TSVs (the best of several, e.g. one before and one after the JMH
run), the JCA/openssl ratio against the same work done natively:
  encapsulate, aes-128-gcm       vs  gcm encrypt
  encapsulate, aes-128-cbc+sha1  vs  1 / (1/cbc-encrypt + 1/hmac-sha1)
  decapsulate, aes-128-gcm       vs  gcm decrypt
  decapsulate, aes-128-cbc+sha1  vs  1 / (1/cbc-decrypt + 1/hmac-sha1)
  roundTrip,   aes-128-gcm       vs  1 / (1/gcm-encrypt + 1/gcm-decrypt)
  roundTrip,   aes-128-cbc+sha1  vs  1 / (1/cbc-encrypt + 1/cbc-decrypt + 2/hmac-sha1)
"""
import json
import sys
from collections import defaultdict


def load_openssl(paths):
    acc = defaultdict(list)
    for path in paths:
        with open(path) as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) == 3 and parts[0].isdigit():
                    acc[(int(parts[0]), parts[1])].append(float(parts[2]))
    return {k: max(v) for k, v in acc.items()}


def native(ref, bench, alg, size):
    def g(name):
        return ref.get((size, name))
    if alg == "aes-128-gcm":
        parts = {"encapsulate": [g("aes-128-gcm-enc")],
                 "decapsulate": [g("aes-128-gcm-dec")],
                 "roundTrip": [g("aes-128-gcm-enc"), g("aes-128-gcm-dec")]}[bench]
    else:
        parts = {"encapsulate": [g("aes-128-cbc-enc"), g("hmac-sha1")],
                 "decapsulate": [g("aes-128-cbc-dec"), g("hmac-sha1")],
                 "roundTrip": [g("aes-128-cbc-enc"), g("aes-128-cbc-dec"), g("hmac-sha1"),
                               g("hmac-sha1")]}[bench]
    if any(p is None for p in parts):
        return None
    return 1 / sum(1 / p for p in parts)


def main():
    with open(sys.argv[1]) as f:
        results = json.load(f)
    ref = load_openssl(sys.argv[2:])
    esp = {}
    print("\nbenchmark\tparams\tmean\terror\tbest\tunit\tpayload MB/s (mean, best)")
    for r in results:
        name = r["benchmark"].rsplit(".", 2)
        bench = name[-1]
        cls = name[-2]
        params = r.get("params", {})
        m = r["primaryMetric"]
        best = max(x for fork in m["rawData"] for x in fork)
        mbs = ""
        if "size" in params:
            size = int(params["size"])
            mbs = f"{m['score'] * size / 1e6:.0f}, {best * size / 1e6:.0f}"
            esp[(bench, params["alg"], size, params["suite"])] = best * size / 1e6
        ptxt = " ".join(f"{k}={v}" for k, v in params.items())
        err = m["scoreError"]
        err = f"{err:.1f}" if isinstance(err, (int, float)) else str(err)
        print(f"{cls}.{bench}\t{ptxt}\t{m['score']:.1f}\t{err}\t{best:.1f}\t{m['scoreUnit']}\t{mbs}")
    if esp:
        print("\nESP (MB/s of payload, best iteration)\tjca\tbc\tjca/bc\topenssl\tjca/openssl\tbc/openssl")
        for (bench, alg, size, suite) in sorted(esp):
            if suite != "jca":
                continue
            j = esp[(bench, alg, size, "jca")]
            b = esp.get((bench, alg, size, "bc"))
            n = native(ref, bench, alg, size) if ref else None
            cells = [f"{bench} {alg} {size}", f"{j:.0f}",
                     f"{b:.0f}" if b else "-", f"{j / b:.1f}" if b else "-",
                     f"{n:.0f}" if n else "-", f"{j / n:.2f}" if n else "-",
                     f"{b / n:.2f}" if n and b else "-"]
            print("\t".join(cells))


if __name__ == "__main__":
    main()
