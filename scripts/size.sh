#!/usr/bin/env bash
# Page weight: the release wasm (raw, after wasm-opt -Oz, gzipped), the CSS and the map page's
# HTML (gzipped). Needs the CSS of a build (scripts/build.sh); builds the release wasm and the
# release server itself.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

out="$(mktemp -d)"
# The flags cargo-leptos gives a release build of the browser bundle (always-erase-components).
RUSTFLAGS="--cfg erase_components" \
  cargo build -p app --lib --target wasm32-unknown-unknown --profile wasm-release \
  --no-default-features --features hydrate --target-dir "$CARGO_TARGET_DIR/front" >&2
wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name kvinnofridskartan \
  "$CARGO_TARGET_DIR/front/wasm32-unknown-unknown/wasm-release/app.wasm"
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals "$out/kvinnofridskartan_bg.wasm" -o "$out/opt.wasm"

RUSTFLAGS="-C link-arg=-fuse-ld=mold" cargo build --quiet --release -p server
port=3011
LEPTOS_SITE_ADDR="127.0.0.1:$port" DATABASE_URL="mem://" \
  "$CARGO_TARGET_DIR/release/kvinnofridskartan" serve >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  sleep 0.2
done
html="$out/index.html"
curl -fsS "http://127.0.0.1:$port/" -o "$html"

size() { wc -c <"$1" | tr -d ' '; }
gz() { gzip -9c "$1" | wc -c | tr -d ' '; }
echo "wasm (wasm-bindgen, release): $(size "$out/kvinnofridskartan_bg.wasm") B"
echo "wasm (wasm-opt -Oz):          $(size "$out/opt.wasm") B raw, $(gz "$out/opt.wasm") B gzip"
echo "JS glue:                      $(size "$out/kvinnofridskartan.js") B raw, $(gz "$out/kvinnofridskartan.js") B gzip"
echo "CSS:                          $(size target/site/pkg/kvinnofridskartan.css) B raw, $(gz target/site/pkg/kvinnofridskartan.css) B gzip"
echo "/ HTML:                       $(size "$html") B raw, $(gz "$html") B gzip"
echo "what the release wasm's code is made of (before wasm-bindgen and wasm-opt):"
python3 "$ROOT/scripts/wasm-by-crate.py" \
  "$CARGO_TARGET_DIR/front/wasm32-unknown-unknown/wasm-release/app.wasm" 10
