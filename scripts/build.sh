#!/usr/bin/env bash
# Builds the server and the browser bundle (debug), the bundle split into the part every page
# needs and one part per lazily loaded page (app/src/pages/routes.rs). Pass --release for an
# optimised build.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cargo leptos build --split "$@"
