#!/usr/bin/env bash
# Page weight: the release browser bundle as `cargo leptos build --release --split` makes it
# (the part every page loads, raw and gzipped, and the lazily loaded pages' parts), the
# interface texts the browser loads with it, the CSS and the map page's HTML (gzipped). Builds
# the release bundle into a folder of its own, so the debug site in target/site is left as it
# is, and the release server.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

out="$(mktemp -d)"
LEPTOS_SITE_ROOT="$out/site" cargo leptos build --release --split --frontend-only >&2
pkg="$out/site/pkg"

cargo build --quiet --release -p server
port=3011
LEPTOS_SITE_ROOT="$out/site" LEPTOS_SITE_ADDR="127.0.0.1:$port" DATABASE_URL="mem://" \
  "$CARGO_TARGET_DIR/release/kvinnofridskartan" serve >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -rf "$out"' EXIT
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  sleep 0.2
done
html="$out/index.html"
curl -fsS "http://127.0.0.1:$port/" -o "$html"
# The texts of the page's language, from the path its root element names; English from the cookie's page.
texts_of() {
  local page="$out/$1.html" href
  curl -fsS -H "Cookie: kvf_lang=$1" "http://127.0.0.1:$port/" -o "$page"
  href="$(grep -oE 'data-texter="/texter/[^"]*"' "$page" | head -1 | sed -e 's/^data-texter="//' -e 's/"$//' -e 's/&amp;/\&/g')"
  curl -fsS "http://127.0.0.1:$port$href" -o "$out/texts.$1.txt"
}
texts_of sv
texts_of en
# Links (preload, modulepreload) to the lazy parts and their loader.
lazy_links() { grep -oE 'href="/pkg/(chunk_|split_|__wasm_split)[^"]*"' "$1" | wc -l | tr -d ' '; }

size() { wc -c <"$1" | tr -d ' '; }
gz() { gzip -9c "$1" | wc -c | tr -d ' '; }
echo "wasm every page loads:        $(size "$pkg/kvinnofridskartan.wasm") B raw, $(gz "$pkg/kvinnofridskartan.wasm") B gzip"
echo "JS glue:                      $(size "$pkg/kvinnofridskartan.js") B raw, $(gz "$pkg/kvinnofridskartan.js") B gzip"
split_js="$(ls "$pkg"/__wasm_split*.js)"
echo "JS loader of the lazy parts:  $(size "$split_js") B raw, $(gz "$split_js") B gzip"
for lang in sv en; do
  echo "texts ($lang), loaded by every page: $(size "$out/texts.$lang.txt") B raw, $(gz "$out/texts.$lang.txt") B gzip"
done
total=$(($(gz "$pkg/kvinnofridskartan.wasm") + $(gz "$pkg/kvinnofridskartan.js") + $(gz "$split_js") + $(gz "$out/texts.sv.txt")))
echo "the map page's code and texts (wasm, JS, loader, Swedish texts): $total B gzip"
echo "lazy parts loaded with a page (parts shared by pages counted with each):"
python3 - "$pkg" <<'PY'
import gzip, json, pathlib, sys
pkg = pathlib.Path(sys.argv[1])
manifest = json.loads(next(pkg.glob("__wasm_split_manifest*.json")).read_text())
for split, parts in sorted(manifest.items()):
    files = [pkg / f"{p}.wasm" for p in parts]
    raw = sum(f.stat().st_size for f in files)
    packed = sum(len(gzip.compress(f.read_bytes(), 9)) for f in files)
    page = split.strip("_").rsplit("_", 2)[0]
    print(f"  {page:<14} {raw:>9} B raw, {packed:>8} B gzip ({len(files)} files)")
PY
echo "links to lazy parts in / (the map page needs none): $(lazy_links "$html")"
echo "CSS:                          $(size "$pkg/kvinnofridskartan.css") B raw, $(gz "$pkg/kvinnofridskartan.css") B gzip"
echo "/ HTML:                       $(size "$html") B raw, $(gz "$html") B gzip"
echo "what the release wasm's code is made of (before splitting, wasm-bindgen and wasm-opt):"
python3 "$ROOT/scripts/wasm-by-crate.py" \
  "$CARGO_TARGET_DIR/front/wasm32-unknown-unknown/wasm-release/app.wasm" 10
