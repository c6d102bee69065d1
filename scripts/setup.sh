#!/usr/bin/env bash
# Installs whatever is missing to build, serve and test the app. Idempotent and quick when
# everything is already there.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

CARGO_LEPTOS_VERSION=0.3.10
step() { printf '\n== %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing_debs=()
command -v mold >/dev/null 2>&1 || missing_debs+=(mold)
command -v chromium >/dev/null 2>&1 || missing_debs+=(chromium)
command -v npm >/dev/null 2>&1 || missing_debs+=(nodejs npm)
# The downloadable PNG map draws its text with DejaVu Sans.
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing_debs+=(fonts-dejavu-core)
# The mail tests send to a real SMTP server on loopback (scripts/smtp-sink.py).
/usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1 || missing_debs+=(python3-aiosmtpd)
if ((${#missing_debs[@]})); then
  step "Debian packages: ${missing_debs[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing_debs[@]}"
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(cargo leptos --version 2>/dev/null | awk '{print $2}')" != "$CARGO_LEPTOS_VERSION" ]; then
  step "cargo-leptos $CARGO_LEPTOS_VERSION (a one-time build of several minutes)"
  cargo install "cargo-leptos@$CARGO_LEPTOS_VERSION" --locked
fi

wb_version="$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/"/, "", $3); print $3; exit}' Cargo.lock)"
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wb_version" ]; then
  step "wasm-bindgen-cli $wb_version (must equal the wasm-bindgen crate)"
  CARGO_RESOLVER_INCOMPATIBLE_RUST_VERSIONS=fallback cargo install wasm-bindgen-cli --version "$wb_version"
fi

if [ ! -x node_modules/.bin/tailwindcss ] || [ ! -x node_modules/.bin/wasm-opt ] \
  || [ ! -d node_modules/@playwright/test ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "npm packages (Tailwind CSS, wasm-opt, Playwright, axe-core)"
  # npm install, not npm ci: npm 11 leaves other platforms' optional packages out of the
  # lock file and then refuses it in npm ci.
  npm install --no-audit --no-fund
fi

# The SurrealDB server the remote-database suite runs against (scripts/test-remote.sh), at the
# version tools/surrealdb-server pins. KVF_SKIP_REMOTE_DB=1 opts out, for runs by hand only.
surreal_pin="$(sed -n 's/^surrealdb-server = { version = "=\([0-9.]*\)".*/\1/p' tools/surrealdb-server/Cargo.toml)"
surreal="$HOME/.cache/kvinnofridskartan/tools/bin/surreal"
if [ -z "${KVF_SKIP_REMOTE_DB:-}" ] \
  && [ "$("$surreal" version 2>/dev/null | tail -n 1 | awk '{print $1}')" != "$surreal_pin" ]; then
  step "SurrealDB server $surreal_pin (a one-time build of about 25 minutes)"
  "$ROOT/scripts/install-surrealdb-server.sh"
fi
