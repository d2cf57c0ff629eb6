#!/usr/bin/env bash
# Sets everything up and runs every test: formatting, lints, the UI's type
# check and component tests, the library, CLI and PDF tests, and the
# end-to-end tests of the real app under a virtual display.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh --test
# shellcheck disable=SC1091
[[ -f "$HOME/.cargo/env" ]] && source "$HOME/.cargo/env"
export PATH="$HOME/.cargo/bin:$PATH"

echo "==> UI: build, type check, component tests"
npm --prefix ui run build --silent
npm --prefix ui run check
log=$(mktemp)
trap 'rm -f "$log"' EXIT
npm --prefix ui test 2>&1 | tee -a "$log"

echo "==> Rust: formatting and lints"
cargo fmt --all --check
cargo clippy --workspace --all-targets --locked -- -D warnings

echo "==> Rust: every test, the end-to-end ones under Xvfb"
# One display for the whole run; the e2e tests start the real app on it.
xvfb-run -a -s "-screen 0 1280x800x24" cargo test --workspace --locked -- --test-threads=2 2>&1 | tee -a "$log"

# One closing line for the whole run (Vitest and every cargo test binary).
sed 's/\x1b\[[0-9;]*m//g' "$log" | awk '
  /^test result:/ { passed += $4; failed += $6 }
  /^ *Tests +[0-9]+ passed/ { passed += $2 }
  /^ *Tests .*[0-9]+ failed/ { for (i = 1; i <= NF; i++) if ($(i+1) ~ /^failed/) failed += $i }
  END { printf "total: %d passed, %d failed\n", passed, failed }'
