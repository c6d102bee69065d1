#!/usr/bin/env bash
# Builds the server and the browser bundle (debug). Pass --release for an optimised build.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cargo leptos build "$@"
