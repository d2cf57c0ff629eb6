#!/usr/bin/env bash
# Runs the benchmark suite and writes BENCHMARKS.md: start-up and memory
# against a minimal Tauri app, command latency on a large workspace against
# plain SQL, PDF export, installer size. See src-tauri/benches/suite.rs.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh --test
# shellcheck disable=SC1091
[[ -f "$HOME/.cargo/env" ]] && source "$HOME/.cargo/env"
export PATH="$HOME/.cargo/bin:$PATH"

echo "==> Building the UI and the release binaries (app, CLI, start-up floor)"
npm --prefix ui run build --silent
cargo build --release --locked -p salesdesk -p salesdesk-cli -p startup-floor

echo "==> Building the installer (.deb)"
npx --yes @tauri-apps/cli@2.12.5 build --bundles deb >/dev/null

echo "==> Running the suite under Xvfb"
xvfb-run -a -s "-screen 0 1280x800x24" cargo bench --locked --bench suite
