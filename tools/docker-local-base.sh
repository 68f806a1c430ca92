#!/usr/bin/env bash
# Builds a local Debian 12 base image with OpenJDK 17 and Maven, for machines that reach Debian's mirror and Maven
# Central but no image registry (offline labs, this project's CI). It serves as both build arguments of the
# Dockerfile:
#   docker build --network host --build-arg BUILD_IMAGE=local/debian-jdk17 --build-arg RUNTIME_IMAGE=local/debian-jdk17 .
# The image trusts what this host trusts (its extra CA certificates and Java trust store), so Maven inside the build
# reaches Central through the same TLS-intercepting proxy the host uses, if any. Idempotent: an existing image is kept.
set -euo pipefail
IMAGE="${1:-local/debian-jdk17}"
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
if docker image inspect "$IMAGE" >/dev/null 2>&1; then
  echo "$IMAGE already present"
  exit 0
fi
root="$(mktemp -d /tmp/rootfs.XXXXXX)"
trap 'rm -rf "$root"' EXIT
debootstrap --variant=minbase --include=openjdk-17-jdk-headless,maven,ca-certificates bookworm "$root" "$MIRROR" \
  >/tmp/docker-local-base.log 2>&1 || { tail -20 /tmp/docker-local-base.log >&2; exit 1; }
if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
  cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
  chroot "$root" update-ca-certificates >/dev/null 2>&1 || true
fi
if [ -f /etc/ssl/certs/java/cacerts ]; then
  cp /etc/ssl/certs/java/cacerts "$root/etc/ssl/certs/java/cacerts"
fi
rm -rf "$root/var/cache/apt/archives/"*.deb
tar -C "$root" -c . | docker import -c 'ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64' - "$IMAGE" >/dev/null
echo "$IMAGE built"
