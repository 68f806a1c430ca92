#!/bin/sh
# libreswan interop lab (spec ike-esp.md §5.6): one network namespace running pluto from an unpacked
# (never installed) libreswan package, joined by a veth pair to the root namespace, where the emulator
# under test binds UDP 500/4500 on the root end of the veth. IKE only: the kernel here has no XFRM
# ESP for pluto, so Quick Mode cannot install SAs on its side.
#
#   lab.sh up   <lab-dir> <netns> <veth-root> <veth-ns> <root-addr/len> <ns-addr/len> <lsw-root>
#   lab.sh down <lab-dir> <netns> <veth-root>
#
# up: <lab-dir> must already hold ipsec.conf and ipsec.secrets; <lsw-root> is the dpkg-deb -x tree.
#     pluto runs addconn from a hard-coded libexec path: inside the namespace shell's private mount
#     namespace the package's libexec directory is bind-mounted over the system's.
# down: stops pluto, deletes the namespace (and with it the veth pair). Safe to run twice.
# Documentation address ranges only (RFC 5737). Every wait is bounded.
set -eu
cmd=$1; lab=$2; ns=$3; vr=$4

case "$cmd" in
up)
  vn=$5; raddr=$6; naddr=$7; lsw=$8
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
  mkdir -p "$lab/nss" "$lab/run"
  certutil -N -d "sql:$lab/nss" --empty-password
  nohup ip netns exec "$ns" sh -c \
    "mount --bind '$lsw/usr/libexec' /usr/libexec && exec '$lsw/usr/libexec/ipsec/pluto' --nofork \
      --config '$lab/ipsec.conf' --rundir '$lab/run' --nssdir '$lab/nss' --secretsfile '$lab/ipsec.secrets' \
      --ipsecdir '$lab'" >"$lab/pluto.out" 2>&1 </dev/null &
  echo $! >"$lab/pluto.pid"
  i=0
  while [ ! -S "$lab/run/pluto.ctl" ]; do
    i=$((i + 1))
    if [ $i -gt 100 ] || ! kill -0 "$(cat "$lab/pluto.pid")" 2>/dev/null; then
      echo "pluto did not open $lab/run/pluto.ctl" >&2
      cat "$lab/pluto.out" "$lab/pluto.log" >&2 || true
      exit 1
    fi
    sleep 0.1
  done
  ;;
down)
  if [ -f "$lab/pluto.pid" ]; then
    pid=$(cat "$lab/pluto.pid")
    kill "$pid" 2>/dev/null || true
    i=0
    while kill -0 "$pid" 2>/dev/null && [ $i -lt 50 ]; do i=$((i + 1)); sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$lab/pluto.pid"
  fi
  ip netns del "$ns" 2>/dev/null || true
  ip link del "$vr" 2>/dev/null || true
  ;;
*)
  echo "usage: lab.sh up|down ..." >&2
  exit 2
  ;;
esac
