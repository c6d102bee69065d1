#!/usr/bin/env bash
# Server-side time of a profile save (median of many) on mem:// and the surrealkv file store,
# optimised build. Usage: scripts/bench-save.sh [SAVES]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
RUSTFLAGS="$LEPTOS_RUSTFLAGS" cargo run --quiet --release -p server --example save_timing -- "${1:-300}"
