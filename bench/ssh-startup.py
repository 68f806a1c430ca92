#!/usr/bin/python3
"""Process start to first SSH prompt, over several runs (issue 3). Not a test: prints the figures.

Starts `java -jar api-server/target/routeros-emulator.jar` on 127.0.0.1 with a fresh data directory, connects with
paramiko as soon as the port accepts, and stops the clock when the `[admin@MikroTik] > ` prompt arrives.
Usage: /usr/bin/python3 bench/ssh-startup.py [runs] [--reuse]   (build first: mvn -B -q -DskipTests package)
"""
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time

import paramiko

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 7
# "--reuse": every run starts on the same data directory (host key and TLS identity already generated), as a lab
# restarting an emulator does; the default starts each run on a fresh one (first start: keys are generated).
REUSE = tempfile.mkdtemp(prefix="bench-") if "--reuse" in sys.argv else None
JAR = os.path.join(os.path.dirname(__file__), "..", "api-server", "target", "routeros-emulator.jar")


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


def one_run():
    port = free_port()
    data = REUSE or tempfile.mkdtemp(prefix="bench-")
    t0 = time.monotonic()
    proc = subprocess.Popen(["java", "-jar", JAR, "--bind", "127.0.0.1", "--data-dir", data, "--ssh-port", str(port),
                             "--api-port", str(free_port()), "--api-ssl-port", str(free_port())],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = t0 + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.02)
        client = paramiko.SSHClient()
        client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
        client.connect("127.0.0.1", port=port, username="admin+ct", password="", look_for_keys=False,
                       allow_agent=False)
        chan = client.invoke_shell()
        buf = b""
        while b"[admin@MikroTik] > " not in buf and time.monotonic() < deadline:
            buf += chan.recv(65536)
        elapsed = time.monotonic() - t0
        client.close()
        return elapsed
    finally:
        proc.terminate()
        proc.wait(timeout=30)


if REUSE:
    one_run()  # first start generates the keys
times = [one_run() for _ in range(RUNS)]
print("runs=%d median=%.2fs min=%.2fs max=%.2fs" % (RUNS, statistics.median(times), min(times), max(times)))
print("ratio to CHR under QEMU/KVM (30-60 s boot): %.0fx-%.0fx faster" % (30 / statistics.median(times),
                                                                            60 / statistics.median(times)))
