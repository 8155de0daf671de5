#!/usr/bin/env bash
# Start-up benchmark: time from launching Payara Micro with plenary.war to the first /health
# that answers UP, and the resident memory at that moment. Prints one line per run and the median.
#
#   mvn -DskipTests package && bench/startup.sh [runs] [extra JVM options...]
#
# Run 1 starts on a fresh embedded H2 database (schema creation, demo network); later runs reuse
# it, as every normal restart does. Set PLENARY_DB_URL/USER/PASSWORD to measure on MySQL/MariaDB.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
shift || true
war=target/plenary.war
jar=target/payara-micro.jar
[ -f "$war" ] && [ -f "$jar" ] || { echo "build first: mvn -DskipTests package"; exit 1; }
work=$(mktemp -d /tmp/plenary-startup.XXXXXX)
port=18080
times=()
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
for i in $(seq 1 "$runs"); do
    start=$(date +%s.%N)
    (cd "$work" && exec java "$@" -jar "$OLDPWD/$jar" --deploy "$OLDPWD/$war" --contextroot / --nocluster \
        --port $port > "$work/run-$i.log" 2>&1) &
    pid=$!
    until curl -fs "http://127.0.0.1:$port/health" 2>/dev/null | grep -q '"status":"UP"'; do
        kill -0 $pid 2>/dev/null || { echo "Plenary stopped; see $work/run-$i.log"; exit 1; }
        sleep 0.2
    done
    end=$(date +%s.%N)
    java_pid=$(pgrep -f -- "--port $port" | head -1)
    rss=$(awk '/VmRSS/{print int($2/1024)}' "/proc/$java_pid/status")
    secs=$(awk "BEGIN {print $end - $start}")
    times+=("$secs")
    printf 'run %d: first /health UP after %.1f s, RSS %d MB%s\n' "$i" "$secs" "$rss" \
        "$([ "$i" = 1 ] && echo ' (fresh database)' || echo '')"
    kill "$java_pid"; wait $pid 2>/dev/null || true
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
printf 'median of %d runs: %.1f s\n' "$runs" "$median"
rm -rf "$work"
