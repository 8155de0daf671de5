#!/usr/bin/env bash
# Every benchmark once at a small size, so that none breaks unnoticed on main (CI runs this after the tests).
# The figures it prints are not the project's figures (docs/performance.md has those, at full size): the point
# is that each benchmark still starts, fills its data, checks what it checks and prints its table.
#
#   bench/ci-small.sh        (after mvn verify or mvn -DskipTests package: uses target/plenary.war)
#
# Uses its own database plenary_bench_ci on BENCH_DB_SERVER (default jdbc:mysql://127.0.0.1:3306), rebuilt each run.
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_DB_NAME=plenary_bench_ci
size=(--open-tasks 20000 --historic-tasks 20000)

echo "=== bench/startup.sh, one run on a fresh embedded database"
timeout 300 bench/startup.sh 1 -XX:TieredStopAtLevel=1 -XX:+UseSerialGC

echo "=== bench/inbox.sh at ${size[*]}"
timeout 900 bench/inbox.sh --fresh "${size[@]}" --warmup 5 --requests 20

echo "=== bench/inbox-http.sh at the same size, 4 clients"
timeout 900 bench/inbox-http.sh --no-build "${size[@]}" --clients 4 --warmup 3 --requests 5
