"""netmiko (Debian python3-netmiko 2.4.2) mikrotik_routeros driver against the emulator."""
import sys

from netmiko import ConnectHandler

host, port, password = sys.argv[1], int(sys.argv[2]), sys.argv[3]
conn = ConnectHandler(device_type="mikrotik_routeros", host=host, port=port, username="admin",
                      password=password, timeout=20, global_delay_factor=0.5)
prompt = conn.find_prompt()
assert prompt.strip() == "[admin@MikroTik] >", repr(prompt)
out = conn.send_command("/ip ipsec profile print")
assert 'name="default"' in out and "hash-algorithm=sha1" in out, repr(out)
conn.send_config_set([
    "/ip ipsec profile add name=nm-prof dh-group=modp2048 enc-algorithm=aes-256 hash-algorithm=sha256",
    "/ip ipsec peer add name=nm-peer address=198.51.100.9 profile=nm-prof exchange-mode=ike2",
    "/ip ipsec identity add peer=nm-peer secret=netmiko-secret",
    "/ip ipsec proposal add name=nm-prop enc-algorithms=aes-256-cbc auth-algorithms=sha256 pfs-group=modp2048",
    "/ip ipsec policy add peer=nm-peer tunnel=yes src-address=192.0.2.0/24 dst-address=203.0.113.0/24 proposal=nm-prop",
])
peers = conn.send_command("/ip ipsec peer print")
assert 'name="nm-peer"' in peers and "profile=nm-prof" in peers, repr(peers)
exported = conn.send_command("/ip ipsec export")
for needle in ("name=nm-prof", "name=nm-peer", "peer=nm-peer", "name=nm-prop", "dst-address=203.0.113.0/24"):
    assert needle in exported.replace("\\\n    ", ""), (needle, exported)
bad = conn.send_command("/ip ipsec peer add name=x profile=nosuch")
assert "input does not match any value of profile" in bad, repr(bad)
conn.disconnect()
print("netmiko OK")
