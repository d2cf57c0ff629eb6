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
npm --prefix ui test

echo "==> Rust: formatting and lints"
cargo fmt --all --check
cargo clippy --workspace --all-targets --locked -- -D warnings

echo "==> Rust: every test, the end-to-end ones under Xvfb"
# One display for the whole run; the e2e tests start the real app on it.
xvfb-run -a -s "-screen 0 1280x800x24" cargo test --workspace --locked -- --test-threads=2
