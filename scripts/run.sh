#!/usr/bin/env bash
# Sets everything up and starts Salesdesk. Extra arguments go to the app,
# e.g. `scripts/run.sh --data-dir /tmp/try-salesdesk`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
# shellcheck disable=SC1091
[[ -f "$HOME/.cargo/env" ]] && source "$HOME/.cargo/env"
npm --prefix ui run build --silent
exec cargo run --release --bin salesdesk -- "$@"
