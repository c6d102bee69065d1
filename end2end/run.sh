#!/usr/bin/env bash
# Starts the built server on a loopback port with a fresh file store (the production engine)
# and test accounts, runs the Playwright suites against it, and stops it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/env.sh"

port="${E2E_PORT:-3005}"
export E2E_BASE_URL="http://127.0.0.1:$port"
log="$(mktemp)"
dbdir="$(mktemp -d)"
bin="$CARGO_TARGET_DIR/debug/kvinnofridskartan"
export DATABASE_URL="surrealkv://$dbdir/db"
export E2E_PASSWORD="e2e-lösenord-$(date +%s)"
# The accounts of the editing suites belong to Dalarna; end2end/run-region.sh runs the suite for
# any package, which needs none, and says so with E2E_ACCOUNTS=none.
if [ "${E2E_ACCOUNTS:-}" != none ]; then
  echo "$E2E_PASSWORD" | "$bin" user add --email samordnare@sater.se --role coordinator --org 2082 >/dev/null
  echo "$E2E_PASSWORD" | "$bin" user add --email samordnare@orsa.se --role coordinator --org 2034 >/dev/null
  echo "$E2E_PASSWORD" | "$bin" user add --email samordnare@avesta.se --role coordinator --org 2084 >/dev/null
  echo "$E2E_PASSWORD" | "$bin" user add --email kontakt@kullan.se --role coordinator --org kvinnojouren-kullan >/dev/null
  echo "$E2E_PASSWORD" | "$bin" user add --email samordnare@hedemora.se --role coordinator --org 2083 >/dev/null
  echo "$E2E_PASSWORD" | "$bin" user add --email admin@regiondalarna.se --role admin >/dev/null
fi
LEPTOS_SITE_ADDR="127.0.0.1:$port" "$bin" serve >"$log" 2>&1 &
server=$!
finish() {
  local status=$?
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  if [ "$status" -ne 0 ]; then
    echo "--- last lines of the server log ---"
    tail -n 40 "$log"
  fi
  rm -rf "$dbdir" "$log"
}
trap finish EXIT

for _ in $(seq 1 100); do
  if curl -fsS "$E2E_BASE_URL/readyz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then cat "$log"; echo "server did not start"; exit 1; fi
  sleep 0.2
done

npx playwright test --config end2end/playwright.config.mjs "$@"
