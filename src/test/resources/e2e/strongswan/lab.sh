#!/bin/sh
# strongSwan interop lab (spec ike-esp.md §5.1-5.3): one network namespace running its own charon
# (kernel-libipsec for user-space ESP-in-UDP, kernel-netlink for routes), joined by a veth pair to the
# root namespace, where the emulator under test binds UDP 500/4500 on the root end of the veth.
#
#   lab.sh up   <lab-dir> <netns> <veth-root> <veth-ns> <root-addr/len> <ns-addr/len>
#   lab.sh down <lab-dir> <netns> <veth-root>
#
# up: <lab-dir> must already hold strongswan.conf (its vici socket unix://<lab-dir>/charon.vici).
#     charon's traffic selector 198.51.100.1/32 sits on the namespace's lo; 203.0.113.0/24 (the
#     emulator's side) is routed to the veth peer, libipsec routes it into its TUN device (table 220).
# down: stops charon, deletes the namespace (and with it the veth pair). Safe to run twice.
# Documentation address ranges only (RFC 5737). Every wait is bounded.
set -eu
cmd=$1; lab=$2; ns=$3; vr=$4

charon_bin() {
  for c in /usr/lib/ipsec/charon /usr/libexec/ipsec/charon; do
    [ -x "$c" ] && { echo "$c"; return; }
  done
  dpkg -L strongswan-charon | grep '/charon$' | head -n 1
}

case "$cmd" in
up)
  vn=$5; raddr=$6; naddr=$7
  rip=${raddr%/*}
  ip netns add "$ns"
  ip link add "$vr" type veth peer name "$vn"
  ip link set "$vn" netns "$ns"
  ip addr add "$raddr" dev "$vr"
  ip link set "$vr" up
  ip -n "$ns" link set lo up
  ip -n "$ns" addr add 198.51.100.1/32 dev lo
  ip -n "$ns" addr add "$naddr" dev "$vn"
  ip -n "$ns" link set "$vn" up
  ip -n "$ns" route add 203.0.113.0/24 via "$rip" src 198.51.100.1
  piddir=$(ipsec --piddir 2>/dev/null || echo /var/run)
  charon=$(charon_bin)
  # ip netns exec gives the shell a private mount namespace: the tmpfs over the pid directory hides
  # any other charon's charon.pid from this one (spec §5.2).
  STRONGSWAN_CONF="$lab/strongswan.conf" nohup ip netns exec "$ns" sh -c \
    "mount -t tmpfs tmpfs '$piddir' && exec '$charon'" >"$lab/charon.out" 2>&1 </dev/null &
  echo $! >"$lab/charon.pid"
  i=0
  while [ ! -S "$lab/charon.vici" ]; do
    i=$((i + 1))
    if [ $i -gt 100 ] || ! kill -0 "$(cat "$lab/charon.pid")" 2>/dev/null; then
      echo "charon did not open $lab/charon.vici" >&2
      cat "$lab/charon.out" >&2 || true
      exit 1
    fi
    sleep 0.1
  done
  ;;
down)
  if [ -f "$lab/charon.pid" ]; then
    pid=$(cat "$lab/charon.pid")
    kill "$pid" 2>/dev/null || true
    i=0
    while kill -0 "$pid" 2>/dev/null && [ $i -lt 50 ]; do i=$((i + 1)); sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$lab/charon.pid"
  fi
  ip netns del "$ns" 2>/dev/null || true
  ip link del "$vr" 2>/dev/null || true
  ;;
*)
  echo "usage: lab.sh up|down ..." >&2
  exit 2
  ;;
esac
