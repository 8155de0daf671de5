#!/usr/bin/env bash
# The inbox over HTTP: GET /api/inbox?view=offered (first page of 50 with its total, HTTP Basic) with 20
# concurrent users, reviewers then secretariat, against Payara Micro started as `mvn -Prun package` starts it,
# on the MariaDB data of bench/inbox.sh. Not part of mvn verify. See docs/performance.md.
#
#   bench/inbox-http.sh [--no-build] [--clients N] [--warmup N] [--requests N]   (warm-up and requests per client)
#                       [--open-tasks N] [--historic-tasks N]                  (data size when it is filled)
#
# Database: plenary_bench (or BENCH_DB_NAME) on BENCH_DB_SERVER (default jdbc:mysql://127.0.0.1:3306, user BENCH_DB_USER=root,
# BENCH_DB_PASSWORD empty); filled first by InboxBenchmark's code if empty, then given 40 bench users.
# Port BENCH_HTTP_PORT (default 18080). Extra JVM options for Payara: BENCH_PAYARA_OPTS. Holds the shared lock
# /tmp/plenary-it.lock while Payara runs (one Payara at a time on the build machine).
set -euo pipefail
cd "$(dirname "$0")/.."

build=true
args=()
size=()
while [ $# -gt 0 ]; do
    case "$1" in
        --no-build) build=false ;;
        --open-tasks|--historic-tasks) size+=("$1" "$2"); shift ;;
        *) args+=("$1") ;;
    esac
    shift
done
database=${BENCH_DB_NAME:-plenary_bench}
server=${BENCH_DB_SERVER:-jdbc:mysql://127.0.0.1:3306}
port=${BENCH_HTTP_PORT:-18080}

if $build; then
    mvn -B -q -DskipTests package
fi
mvn -B -q test-compile exec:java -Dexec.mainClass=org.plenary.inbox.bench.HttpInboxBenchmark \
    -Dexec.classpathScope=test -Dexec.args="prepare ${size[*]:-}"

root=$(pwd)
work=$(mktemp -d /tmp/plenary-inbox-http.XXXXXX)
log=$work/payara.log
exec 9>/tmp/plenary-it.lock
echo "waiting for /tmp/plenary-it.lock"
flock 9
payara=""
cleanup() {
    if [ -n "$payara" ]; then kill "$payara" 2>/dev/null || true; wait "$payara" 2>/dev/null || true; fi
}
trap cleanup EXIT

echo "starting Payara Micro on port $port (log: $log)"
(cd "$work" && exec java -Xmx768m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC ${BENCH_PAYARA_OPTS:-} \
    -Dplenary.profile=production \
    -Dplenary.db.url="$server/$database" -Dplenary.db.user="${BENCH_DB_USER:-root}" \
    -Dplenary.db.password="${BENCH_DB_PASSWORD:-}" \
    -Dplenary.data.dir="$work/data" \
    -Dplenary.secrets.key="$(head -c 32 /dev/urandom | base64)" \
    -Dplenary.mail.smtp.host=127.0.0.1 -Dplenary.mail.smtp.port=3025 \
    -jar "$root/target/payara-micro.jar" --deploy "$root/target/plenary.war" --contextroot / --nocluster \
    --port "$port" >"$log" 2>&1) &
payara=$!
for _ in $(seq 1 300); do
    if curl -fs "http://127.0.0.1:$port/health" 2>/dev/null | grep -q '"status":"UP"'; then break; fi
    if ! kill -0 "$payara" 2>/dev/null; then echo "Payara stopped; see $log"; tail -30 "$log"; exit 1; fi
    sleep 1
done
curl -fs "http://127.0.0.1:$port/health" | grep -q '"status":"UP"' || { echo "no /health UP after 300 s; see $log"; exit 1; }
echo "Plenary is up"

mvn -B -q exec:java -Dexec.mainClass=org.plenary.inbox.bench.HttpInboxBenchmark -Dexec.classpathScope=test \
    -Dexec.args="measure http://127.0.0.1:$port --payara-pid $payara ${args[*]:-}"
