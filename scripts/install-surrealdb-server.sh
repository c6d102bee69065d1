#!/usr/bin/env bash
# Builds and installs the SurrealDB server (`surreal`, from the crates.io library
# surrealdb-server, the same major version as the client) into
# ~/.cache/kvinnofridskartan/tools/bin, for scripts/test-remote.sh and for deployments.
# Once per machine; takes a while on two cores.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
tools="$HOME/.cache/kvinnofridskartan/tools"
CARGO_TARGET_DIR="$tools/target" \
  cargo install --locked --debug --path "$ROOT/tools/surrealdb-server" --root "$tools"
"$tools/bin/surreal" version 2>/dev/null | tail -n 1
