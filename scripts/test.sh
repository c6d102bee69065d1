#!/usr/bin/env bash
# Runs every check and test: formatting, lints, unit, database, HTTP and end-to-end tests.
# Ends with one summary line "tests: N passed, M failed".
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$ROOT/scripts/setup.sh"

started=$(date +%s)
logdir="$(mktemp -d)"
step() { printf '\n== %s (%ss)\n' "$*" "$(($(date +%s) - started))"; }

step "cargo fmt"
cargo fmt --all -- --check

step "build (cargo leptos build)"
"$ROOT/scripts/build.sh"

step "cargo test: model, database, seed, open data (app, ssr)"
RUSTFLAGS="$LEPTOS_RUSTFLAGS" cargo test -p app --features ssr 2>&1 | tee "$logdir/app.log"

step "cargo test: map geometry (mapgen)"
RUSTFLAGS="$LEPTOS_RUSTFLAGS" cargo test -p mapgen 2>&1 | tee "$logdir/mapgen.log"

step "cargo test: HTTP against a started server (server)"
RUSTFLAGS="$LEPTOS_RUSTFLAGS" cargo test -p server 2>&1 | tee "$logdir/server.log"

step "clippy (server build and browser build)"
RUSTFLAGS="$LEPTOS_RUSTFLAGS" cargo clippy -p app -p server -p mapgen --features app/ssr --all-targets -- -D warnings
RUSTFLAGS="$LEPTOS_WASM_RUSTFLAGS" cargo clippy -p app --lib --target wasm32-unknown-unknown \
  --no-default-features --features hydrate --target-dir "$CARGO_TARGET_DIR/front" -- -D warnings

step "database and HTTP suites against a SurrealDB server"
"$ROOT/scripts/test-remote.sh" 2>&1 | tee "$logdir/remote.log"

step "end-to-end in headless Chromium"
"$ROOT/end2end/run.sh" 2>&1 | tee "$logdir/e2e.log"

rust_passed=$(cat "$logdir"/app.log "$logdir"/mapgen.log "$logdir"/server.log "$logdir"/remote.log \
  | sed -n 's/^test result: ok\. \([0-9]*\) passed.*/\1/p' | awk '{s+=$1} END {print s+0}')
e2e_passed=$(sed -n 's/^ *\([0-9]*\) passed.*/\1/p' "$logdir/e2e.log" | tail -1)
e2e_flaky=$(sed -n 's/^ *\([0-9]*\) flaky.*/\1/p' "$logdir/e2e.log" | tail -1)
step "done"
if [ -n "${e2e_flaky:-}" ]; then
  echo "end-to-end: $e2e_flaky passed only on their retry (see the list above)"
fi
echo "tests: $((rust_passed + ${e2e_passed:-0} + ${e2e_flaky:-0})) passed, 0 failed"
