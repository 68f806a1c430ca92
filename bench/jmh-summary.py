#!/usr/bin/python3
"""Summarises a JMH JSON result of bench/jmh.sh, optionally against bench/openssl-ref.sh output.

    python3 bench/jmh-summary.py target/bench/jmh-X.json [target/bench/openssl-Y.tsv ...]

Prints every score; for EspThroughputBenchmark also payload MB/s (ops/s x size / 10^6), the
JCA/BC ratio and, given openssl TSVs (averaged when several, e.g. one before and one after the JMH
run), the JCA/openssl ratio against the same work done natively:
  encapsulate, aes-128-gcm       vs  gcm encrypt
  encapsulate, aes-128-cbc+sha1  vs  1 / (1/cbc-encrypt + 1/hmac-sha1)
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
    return {k: sum(v) / len(v) for k, v in acc.items()}


def native(ref, bench, alg, size):
    def g(name):
        return ref.get((size, name))
    if alg == "aes-128-gcm":
        parts = [g("aes-128-gcm-enc")] if bench == "encapsulate" else [g("aes-128-gcm-enc"), g("aes-128-gcm-dec")]
    else:
        parts = ([g("aes-128-cbc-enc"), g("hmac-sha1")] if bench == "encapsulate"
                 else [g("aes-128-cbc-enc"), g("aes-128-cbc-dec"), g("hmac-sha1"), g("hmac-sha1")])
    if any(p is None for p in parts):
        return None
    return 1 / sum(1 / p for p in parts)


def main():
    with open(sys.argv[1]) as f:
        results = json.load(f)
    ref = load_openssl(sys.argv[2:])
    esp = {}
    print("\nbenchmark\tparams\tscore\terror\tunit\tpayload MB/s")
    for r in results:
        name = r["benchmark"].rsplit(".", 2)
        bench = name[-1]
        cls = name[-2]
        params = r.get("params", {})
        m = r["primaryMetric"]
        mbs = ""
        if "size" in params:
            v = m["score"] * int(params["size"]) / 1e6
            mbs = f"{v:.0f}"
            esp[(bench, params["alg"], int(params["size"]), params["suite"])] = v
        ptxt = " ".join(f"{k}={v}" for k, v in params.items())
        err = m["scoreError"]
        err = f"{err:.1f}" if isinstance(err, (int, float)) else str(err)
        print(f"{cls}.{bench}\t{ptxt}\t{m['score']:.1f}\t{err}\t{m['scoreUnit']}\t{mbs}")
    if esp:
        print("\nESP (MB/s of payload)\tjca\tbc\tjca/bc\topenssl\tjca/openssl\tbc/openssl")
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
