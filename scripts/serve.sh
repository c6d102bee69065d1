#!/usr/bin/env bash
# Installs what is missing, builds, and serves the app on http://127.0.0.1:3000 with an
# embedded SurrealDB file store under data/db (seeded from the source documents on first start).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$ROOT/scripts/setup.sh"
"$ROOT/scripts/build.sh"
export LEPTOS_SITE_ADDR="${LEPTOS_SITE_ADDR:-127.0.0.1:3000}"
export DATABASE_URL="${DATABASE_URL:-surrealkv://$ROOT/data/db}"
echo "Serving on http://$LEPTOS_SITE_ADDR (database: $DATABASE_URL)"
exec "$CARGO_TARGET_DIR/debug/kvinnofridskartan" serve
