#!/usr/bin/env bash
# Starts the built server on a loopback port with a fresh in-memory database, runs the
# Playwright suites against it, and stops it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/env.sh"

port="${E2E_PORT:-3005}"
export E2E_BASE_URL="http://127.0.0.1:$port"
log="$(mktemp)"
LEPTOS_SITE_ADDR="127.0.0.1:$port" DATABASE_URL="mem://" \
  "$CARGO_TARGET_DIR/debug/kvinnofridskartan" serve >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT

for _ in $(seq 1 100); do
  if curl -fsS "$E2E_BASE_URL/healthz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then cat "$log"; echo "server did not start"; exit 1; fi
  sleep 0.2
done

npx playwright test --config end2end/playwright.config.mjs "$@"
