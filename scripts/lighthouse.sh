#!/usr/bin/env bash
# Lighthouse (npm `lighthouse`, Debian Chromium, offline) on the release build: Performance,
# Accessibility, Best Practices and SEO of the public pages, in Swedish and English, with the
# mobile and desktop presets. Prints every score and exits non-zero when one is below the
# target (100). A benchmark run on demand, not part of the test command.
# Usage: scripts/lighthouse.sh [PATH...]   (default: the five pages below)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
# The server builds with the configuration cargo-leptos gives it (type-erased views), as the
# benchmarks build it.
export RUSTFLAGS="$LEPTOS_RUSTFLAGS"
"$ROOT/scripts/setup.sh" >/dev/null

# Lighthouse 12.2.3: the last that installs and runs on Debian 12's Node.js 20.
LIGHTHOUSE_VERSION=12.2.3
TARGET="${LIGHTHOUSE_TARGET:-100}"
tools="$HOME/.cache/kvinnofridskartan/tools/lighthouse-$LIGHTHOUSE_VERSION"
lighthouse="$tools/node_modules/.bin/lighthouse"
if [ ! -x "$lighthouse" ]; then
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund --save-exact "lighthouse@$LIGHTHOUSE_VERSION" >&2
fi

pages=("$@")
((${#pages[@]})) || pages=(/ /profil/2080 /oversikt /metod /uppfoljning)

# The release bundle in a folder of its own (the debug site in target/site is left as it is),
# served by the release server on a database of its own.
out="$(mktemp -d)"
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null
  wait 2>/dev/null || true
  rm -rf "$out"
}
trap cleanup EXIT
LEPTOS_SITE_ROOT="$out/site" cargo leptos build --release --split --frontend-only >&2
cargo build --quiet --release -p server
port=3012
LEPTOS_SITE_ROOT="$out/site" LEPTOS_SITE_ADDR="127.0.0.1:$port" DATABASE_URL="surrealkv://$out/db" \
  RUST_LOG=warn "$CARGO_TARGET_DIR/release/kvinnofridskartan" serve >"$out/server.log" 2>&1 &
server=$!
for _ in $(seq 1 300); do
  curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null

# Without the background-networking flags Chromium keeps trying hosts this network refuses.
chrome_flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run \
--disable-background-networking --disable-component-update --disable-sync \
--disable-default-apps --disable-extensions"
export CHROME_PATH=/usr/bin/chromium

below=0
printf '%-16s %-4s %-8s %12s %14s %15s %4s\n' page lang preset performance accessibility best-practices seo
for path in "${pages[@]}"; do
  for lang in sv en; do
    for preset in mobile desktop; do
      report="$out/report.json"
      preset_flag=()
      [ "$preset" = desktop ] && preset_flag=(--preset=desktop)
      "$lighthouse" "http://127.0.0.1:$port$path" "${preset_flag[@]}" --quiet \
        --only-categories=performance,accessibility,best-practices,seo \
        --extra-headers="{\"Cookie\": \"kvf_lang=$lang\"}" \
        --chrome-flags="$chrome_flags" --output=json --output-path="$report" >"$out/lh.log" 2>&1 ||
        { tail -20 "$out/lh.log" >&2; exit 2; }
      read -r row low < <(python3 - "$report" "$TARGET" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
target = float(sys.argv[2])
scores = []
for key in ("performance", "accessibility", "best-practices", "seo"):
    score = report["categories"][key]["score"]
    scores.append("-" if score is None else str(round(score * 100)))
low = sum(1 for s in scores if s == "-" or float(s) < target)
print(",".join(scores), low)
PY
)
      IFS=, read -r perf a11y best seo <<<"$row"
      printf '%-16s %-4s %-8s %12s %14s %15s %4s\n' "$path" "$lang" "$preset" "$perf" "$a11y" "$best" "$seo"
      if ((low)); then
        below=$((below + low))
        # What kept it from the target: each failing audit with its score.
        python3 - "$report" <<'PY' >&2
import json, sys
report = json.load(open(sys.argv[1]))
for key, category in report["categories"].items():
    for ref in category["auditRefs"]:
        audit = report["audits"][ref["id"]]
        if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
            shown = audit.get("displayValue", "")
            print(f"    {key}: {audit['id']} {audit['score']:.2f} {shown}")
PY
      fi
    done
  done
done
if ((below)); then
  echo "$below scores below $TARGET" >&2
  exit 1
fi
echo "every score is at least $TARGET"
