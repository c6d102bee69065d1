# Shared settings for the project's scripts; sourced, not run.
# shellcheck shell=bash
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/kvinnofridskartan/target}"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# The same flags cargo-leptos uses for debug builds, so cargo test reuses its artifacts.
export LEPTOS_RUSTFLAGS="--cfg erase_components"
export LEPTOS_OUTPUT_NAME=kvinnofridskartan
export LEPTOS_SITE_ROOT="$ROOT/target/site"
export LEPTOS_SITE_PKG_DIR=pkg
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
export NO_COLOR=1
cd "$ROOT"
