"""paramiko interactive channel against the emulator: read the prompt, run commands, read the output."""
import re
import sys
import time

import paramiko

host, port, password = sys.argv[1], int(sys.argv[2]), sys.argv[3]
PROMPT = re.compile(r"\[[\w\-\.]+\@[\w\s\-\.\/]+\] ?(<SAFE)?> ?$")


def read_until_prompt(chan, timeout=15):
    buf = b""
    end = time.time() + timeout
    while time.time() < end:
        if chan.recv_ready():
            buf += chan.recv(65536)
            text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", buf.decode("utf-8", "replace"))
            last = text.replace("\r", "\n").rstrip("\n").split("\n")[-1]
            if PROMPT.search(last):
                return text
        else:
            time.sleep(0.05)
    raise SystemExit("no prompt; got: %r" % buf)


client = paramiko.SSHClient()
client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
client.connect(host, port=port, username="admin+cte", password=password, look_for_keys=False, allow_agent=False)
chan = client.invoke_shell(width=200, height=100)
banner = read_until_prompt(chan)
assert "MikroTik RouterOS" in banner, banner
chan.send("/ip ipsec proposal print\r\n")
out = read_until_prompt(chan)
assert 'name="default"' in out, out
chan.send("/ip ipsec peer add name=from-paramiko address=192.0.2.50\r\n")
read_until_prompt(chan)
chan.send(":put [/ip ipsec peer get from-paramiko address]\r\n")
out = read_until_prompt(chan)
assert "192.0.2.50/32" in out, out
chan.send("/ip ipsec nonsense\r\n")
out = read_until_prompt(chan)
assert "\nbad command name nonsense" in out.replace("\r", ""), out
chan.send("/quit\r\n")
client.close()
print("paramiko OK")
