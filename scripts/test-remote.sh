#!/usr/bin/env bash
# The database and HTTP test suites, and two application instances sharing one database,
# against a real SurrealDB server on 127.0.0.1 with a file store (ws://). setup.sh installs the
# server; only an explicit KVF_SKIP_REMOTE_DB=1 skips the suite, and it says so.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
surreal="${SURREAL_BIN:-$HOME/.cache/kvinnofridskartan/tools/bin/surreal}"
if [ -n "${KVF_SKIP_REMOTE_DB:-}" ]; then
  echo "remote SurrealDB suite: SKIPPED (KVF_SKIP_REMOTE_DB is set)"
  exit 0
fi
if [ ! -x "$surreal" ]; then
  echo "remote SurrealDB suite: no server binary at $surreal (scripts/setup.sh installs it)"
  exit 1
fi

port="${REMOTE_DB_PORT:-8765}"
dir="$(mktemp -d)"
pass="test-$(date +%s)-$RANDOM"
"$surreal" start --no-banner --bind "127.0.0.1:$port" --user root --pass "$pass" \
  "surrealkv://$dir/data" >"$dir/server.log" 2>&1 &
server=$!
finish() {
  local status=$?
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  if [ "$status" -ne 0 ]; then tail -n 30 "$dir/server.log"; fi
  rm -rf "$dir"
}
trap finish EXIT
for _ in $(seq 1 150); do
  if curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then echo "the SurrealDB server did not start"; exit 1; fi
  sleep 0.2
done
echo "remote SurrealDB suite: SurrealDB $("$surreal" version 2>/dev/null | tail -n 1) on ws://127.0.0.1:$port, file store"

export TEST_DATABASE_URL="ws://127.0.0.1:$port"
export TEST_DATABASE_USER=root
export TEST_DATABASE_PASS="$pass"
RUSTFLAGS="$LEPTOS_RUSTFLAGS" cargo test -p db -p service
RUSTFLAGS="$LEPTOS_RUSTFLAGS" cargo test -p server --test http --test editing --test overview --test documents
# Prints how many passwords each burst of logins had checked.
RUSTFLAGS="$LEPTOS_RUSTFLAGS" cargo test -p server --test login_burst -- --nocapture
RUSTFLAGS="$LEPTOS_RUSTFLAGS" cargo test -p server --test remote -- --include-ignored
