#!/usr/bin/env bash
# Inbox benchmark: the inbox's read model against Flowable's own candidate task query on MariaDB,
# 100,000 open tasks (2,000 users, 40 groups) and 1,000,000 finished ones. Not part of mvn verify.
#
#   bench/inbox.sh [--fresh] [--no-anchor] [--requests N] [--warmup N] [--open-tasks N] [--historic-tasks N]
#
# Creates and uses only the database plenary_bench (or BENCH_DB_NAME) on BENCH_DB_SERVER (default jdbc:mysql://127.0.0.1:3306,
# user BENCH_DB_USER=root, BENCH_DB_PASSWORD empty). The first run (or --fresh) fills it (a few minutes);
# later runs reuse the data. Prints median and p95 per case and the ratio to Flowable's query.
set -euo pipefail
cd "$(dirname "$0")/.."
exec mvn -q test-compile exec:java -Dexec.mainClass=org.plenary.inbox.bench.InboxBenchmark \
    -Dexec.classpathScope=test -Dexec.args="$*"
