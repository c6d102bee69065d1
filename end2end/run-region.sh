#!/usr/bin/env bash
# Builds the application for another region package and runs the suite that holds for any
# package (end2end/tests/region.spec.mjs) against it in the browser. The package is a folder
# like data/regions/dalarna (its README.md says what it holds), e.g. one written by
# `cargo run -p mapgen -- synthetic DIR 290`.
# Usage: end2end/run-region.sh PACKAGE. The next ./scripts/build.sh builds Dalarna again.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/env.sh"
[ $# -eq 1 ] || { echo "usage: end2end/run-region.sh PACKAGE" >&2; exit 2; }
KVF_REGION="$(cd "$1" && pwd)"
export KVF_REGION
"$ROOT/scripts/build.sh"
E2E_ACCOUNTS=none "$ROOT/end2end/run.sh" region.spec --project js
