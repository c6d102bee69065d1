# Shared settings for the project's scripts; sourced, not run.
# shellcheck shell=bash
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/kvinnofridskartan/target}"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Link with mold (setup.sh installs it). A plain cargo in a clean clone links with the system
# default.
export CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_LINKER="$ROOT/scripts/cc-mold"
# The same flags cargo-leptos uses for debug builds, so cargo test and clippy reuse its
# artifacts.
export LEPTOS_RUSTFLAGS="--cfg erase_components"
export LEPTOS_WASM_RUSTFLAGS="--cfg erase_components"
export LEPTOS_OUTPUT_NAME=kvinnofridskartan
export LEPTOS_SITE_ROOT="$ROOT/target/site"
export LEPTOS_SITE_PKG_DIR=pkg
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
export NO_COLOR=1
cd "$ROOT"
