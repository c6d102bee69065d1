#!/usr/bin/env bash
# Server render time of /oversikt for today and for a date a year back (rebuilt from the
# revision history), on a fresh seeded file store. Usage: bench-overview.sh [N]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
runs="${1:-30}"
port=3011
bin="$CARGO_TARGET_DIR/debug/kvinnofridskartan"
[ -x "$bin" ] || "$ROOT/scripts/build.sh"
dbdir="$(mktemp -d)"
export DATABASE_URL="surrealkv://$dbdir/db"
LEPTOS_SITE_ADDR="127.0.0.1:$port" "$bin" serve >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$dbdir"' EXIT
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  sleep 0.2
done
year_back="$(date -u -d '1 year ago' +%F)"
measure() {
  local path="$1"
  curl -fsS -o /dev/null "http://127.0.0.1:$port$path" # warm-up
  for _ in $(seq 1 "$runs"); do
    curl -fsS -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$port$path"
  done | sort -n | awk -v p="$path" '{a[NR]=$1} END {printf "%-32s median %.1f ms, p90 %.1f ms (%d runs)\n", p, a[int((NR+1)/2)]*1000, a[int(NR*0.9)]*1000, NR}'
}
measure "/oversikt"
measure "/oversikt?datum=$year_back"
