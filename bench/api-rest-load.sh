#!/usr/bin/env bash
# Binary API commands/s and REST requests/s with 1 and 50 clients on loopback (issue 4). Not a test.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -pl api-server -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp \
  -Dmdep.includeScope=test >/dev/null
cp="api-server/target/test-classes:api-server/target/classes:$(cat api-server/target/bench.cp)"
java -cp "$cp" io.rosipsec.api.bench.ApiRestLoad
