#!/usr/bin/env bash
# The benchmarks (not tests; nothing here passes or fails): the map page under load against
# nginx serving the same bytes (for Dalarna and for a synthetic 290-municipality package), a
# profile save against a plain database write, the follow-up pages for 17 and 290
# organisations, evidence documents and the dashboard of dates, and page weight.
# Each prints its ratio. Usage: scripts/bench.sh [map|save|rounds|documents|size]...
# (default: all five)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
# The server builds with the configuration cargo-leptos gives it (type-erased views).
export RUSTFLAGS="$LEPTOS_RUSTFLAGS"
"$ROOT/scripts/setup.sh" >/dev/null

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
if ((${#missing[@]})); then
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Release server without LTO (profile.release), without the debug build's cfg.
work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
step() { printf '\n== %s\n' "$*"; }
wait_for() { for _ in $(seq 1 300); do curl -fsS "$1" >/dev/null 2>&1 && return 0; sleep 0.2; done; return 1; }

# wrk's requests per second and 99th percentile latency: "RPS P99".
load() {
  wrk -t2 -c32 -d"${BENCH_SECONDS:-10}"s --latency "$1" >"$work/wrk.txt"
  local rps p99
  rps="$(awk '/^Requests\/sec:/ {print $2}' "$work/wrk.txt")"
  p99="$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")"
  echo "$rps $p99"
}

# Starts nginx on $2 serving the folder $1 (index.html).
start_nginx() {
  {
    [ "$(id -u)" -eq 0 ] && echo "user root;"
    cat <<NGINX
worker_processes 2;
pid $1/nginx.pid;
error_log $1/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  keepalive_requests 1000000;
  default_type text/html;
  server { listen 127.0.0.1:$2; root $1/www; index index.html; }
}
NGINX
  } >"$1/nginx.conf"
  /usr/sbin/nginx -c "$1/nginx.conf" -p "$1" -g 'daemon off;' >"$1/nginx.log" 2>&1 &
  pids+=($!)
  wait_for "http://127.0.0.1:$2/"
}

# `/` of the server binary $2 (label $1) under load, then nginx serving the same bytes.
# Writes "html_bytes app_rps" to $work/$1/result.
map_pair() {
  local label="$1" bin="$2" app_port="$3" nginx_port="$4" dir="$work/$1"
  mkdir -p "$dir/www"
  LEPTOS_SITE_ADDR="127.0.0.1:$app_port" DATABASE_URL="surrealkv://$dir/db" RUST_LOG=warn \
    "$bin" serve >"$dir/server.log" 2>&1 &
  pids+=($!)
  wait_for "http://127.0.0.1:$app_port/readyz" || { tail -20 "$dir/server.log"; return 1; }
  curl -fsS "http://127.0.0.1:$app_port/" -o "$dir/www/index.html"
  start_nginx "$dir" "$nginx_port"
  cmp -s <(curl -fsS "http://127.0.0.1:$nginx_port/") "$dir/www/index.html"
  # Warm both, then measure one after the other with the same load.
  wrk -t2 -c8 -d2s "http://127.0.0.1:$app_port/" >/dev/null
  wrk -t2 -c8 -d2s "http://127.0.0.1:$nginx_port/" >/dev/null
  local app_rps app_p99 nginx_rps nginx_p99 bytes ratios=() apps=() nginxes=()
  # A database query while the crowd is on: it must not wait for the crowd to pass.
  (sleep 2; for _ in 1 2 3 4 5; do
    curl -sS -o /dev/null -w '%{http_code} in %{time_total} s; ' "http://127.0.0.1:$app_port/readyz" || true
    sleep 0.5
  done) >"$dir/readyz.txt" &
  local probe=$!
  bytes="$(wc -c <"$dir/www/index.html")"
  echo "$label: / is $bytes bytes of HTML ($(gzip -9c "$dir/www/index.html" | wc -c) gzipped)"
  # Single runs on this machine kind swing widely: alternate the two, and compare each run with
  # the one beside it.
  for run in $(seq 1 "${BENCH_RUNS:-5}"); do
    read -r app_rps app_p99 < <(load "http://127.0.0.1:$app_port/")
    [ "$run" = 1 ] && wait "$probe"
    read -r nginx_rps nginx_p99 < <(load "http://127.0.0.1:$nginx_port/")
    echo "  run $run: this server $app_rps requests/s (p99 $app_p99), nginx $nginx_rps requests/s (p99 $nginx_p99)"
    apps+=("$app_rps")
    nginxes+=("$nginx_rps")
    ratios+=("$(awk -v a="$app_rps" -v n="$nginx_rps" 'BEGIN {printf "%.3f", a / n}')")
  done
  median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
  app_rps="$(median "${apps[@]}")"
  echo "  /readyz (one database query) during the load: $(cat "$dir/readyz.txt")"
  echo "  medians: this server $app_rps requests/s, nginx $(median "${nginxes[@]}") requests/s"
  printf '%s\n' "${ratios[@]}" | sort -g | awk -v m="$(median "${ratios[@]}")" '
    NR == 1 {low = $1} {high = $1}
    END {printf "  throughput this server / nginx: median %.3f of %d runs, spread %.3f to %.3f (target >= 1.0)\n", m, NR, low, high}'
  echo "$bytes $app_rps" >"$dir/result"
}

bench_map() {
  step "map page / under load (wrk -t2 -c32 -d${BENCH_SECONDS:-10}s, ${BENCH_RUNS:-5} alternating runs): this server vs nginx serving the same HTML from disk"
  # Both builds share the target folder: only the app and server crates differ between them.
  local synthetic="$CARGO_TARGET_DIR/regions/syntetland-290"
  cargo run --quiet -p mapgen -- synthetic "$synthetic" 290 >&2
  KVF_REGION="$synthetic" cargo build --quiet --release -p server
  cp "$CARGO_TARGET_DIR/release/kvinnofridskartan" "$work/kvf-syntetland"
  KVF_REGION="" cargo build --quiet --release -p server
  cp "$CARGO_TARGET_DIR/release/kvinnofridskartan" "$work/kvf-dalarna"
  map_pair dalarna "$work/kvf-dalarna" 3021 3022
  map_pair syntetland-290 "$work/kvf-syntetland" 3023 3024
  local small_bytes small_rps large_bytes large_rps
  read -r small_bytes small_rps <"$work/dalarna/result"
  read -r large_bytes large_rps <"$work/syntetland-290/result"
  awk -v sb="$small_bytes" -v lb="$large_bytes" -v sr="$small_rps" -v lr="$large_rps" 'BEGIN {
    printf "15 -> 290 municipalities (x%.1f): HTML x%.1f, throughput x%.2f (time per page x%.1f)\n",
      290 / 15, lb / sb, lr / sr, sr / lr }'
}

bench_save() {
  step "profile save: server function over HTTP vs a plain UPDATE of the same record"
  cargo bench --quiet -p server --bench save -- "${BENCH_SAVES:-300}"
}

bench_rounds() {
  step "follow-up pages: a round asking every organisation everything, for Dalarna and for a synthetic 290-municipality county"
  local synthetic="$CARGO_TARGET_DIR/regions/syntetland-290"
  cargo run --quiet -p mapgen -- synthetic "$synthetic" 290 >&2
  KVF_REGION="" cargo bench --quiet -p server --bench rounds -- "${BENCH_GETS:-20}" | tee "$work/rounds-small.txt"
  KVF_REGION="$synthetic" cargo bench --quiet -p server --bench rounds -- "${BENCH_GETS:-20}" | tee "$work/rounds-large.txt"
  # RESULT organisations running_ms closed_ms report_ms xlsx_ms running_bytes report_bytes
  awk '/^RESULT/ { if (!n++) { split($0, s) } else { split($0, l) } } END {
    printf "%d -> %d organisations (x%.1f): matrix page time x%.1f (HTML x%.1f), report page time x%.1f (HTML x%.1f), workbook time x%.1f\n",
      s[2], l[2], l[2] / s[2], l[3] / s[3], l[7] / s[7], l[5] / s[5], l[8] / s[8], l[6] / s[6] }' \
    "$work/rounds-small.txt" "$work/rounds-large.txt"
}

bench_documents() {
  step "evidence documents (a 10 MiB PDF up and down, peak memory) and /admin/frister, for Dalarna and for a synthetic 290-municipality county"
  local synthetic="$CARGO_TARGET_DIR/regions/syntetland-290"
  cargo run --quiet -p mapgen -- synthetic "$synthetic" 290 >&2
  KVF_REGION="" cargo bench --quiet -p server --bench documents -- "${BENCH_GETS:-10}" | tee "$work/documents-small.txt"
  KVF_REGION="$synthetic" cargo bench --quiet -p server --bench documents -- "${BENCH_GETS:-10}" | tee "$work/documents-large.txt"
  # RESULT organisations upload_ms download_ms peak_before peak_after dashboard_ms dashboard_bytes
  awk '/^RESULT/ { if (!n++) { split($0, s) } else { split($0, l) } } END {
    printf "%d -> %d organisations (x%.1f): dashboard time x%.1f (HTML x%.1f)\n",
      s[2], l[2], l[2] / s[2], l[7] / s[7], l[8] / s[8] }' \
    "$work/documents-small.txt" "$work/documents-large.txt"
}

bench_size() {
  step "page weight"
  [ -f target/site/pkg/kvinnofridskartan.css ] || "$ROOT/scripts/build.sh"
  "$ROOT/scripts/size.sh"
}

what=("$@")
((${#what[@]})) || what=(map save rounds documents size)
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(uname -srm)"
for b in "${what[@]}"; do "bench_$b"; done
