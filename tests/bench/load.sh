#!/usr/bin/env bash
# Load benchmark: GET /api/cities (first page of 50, with roles) on a fresh SQLite
# database holding the reference cities, with wrk on loopback. Prints wrk's report and a
# summary line for the README.
#   tests/bench/load.sh path/to/twinning [connections=64] [seconds=15]
set -euo pipefail
bin=${1:?usage: $0 path/to/twinning [connections] [seconds]}
connections=${2:-64}
seconds=${3:-15}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

dir=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
root=$(cd "$(dirname "$0")/../.." && pwd)
TWINNING__DATABASE__URL="$dir/bench.db" TWINNING__LOG__FILTER=warn \
  "$bin" --config "$root/config" serve --bind "127.0.0.1:$port" &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$dir"' EXIT

for _ in $(seq 100); do
  curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
  sleep 0.1
done
curl -fsS "http://127.0.0.1:$port/api/cities?limit=1" | grep -q '"total":137' || { echo "the reference cities are not loaded" >&2; exit 1; }

wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port/api/cities" | tee "$dir/wrk.txt"
rps=$(awk '/Requests\/sec/ {print $2}' "$dir/wrk.txt")
p99=$(awk '$1 == "99%" {print $2}' "$dir/wrk.txt")
echo
echo "GET /api/cities, SQLite, $connections connections, ${seconds} s: $rps req/s, p99 $p99 ($(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'))"
