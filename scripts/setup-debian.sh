#!/usr/bin/env bash
# Installs everything Salesdesk needs to build, run and test on Debian 12:
# system packages, the UI's npm packages, and (with --test) tauri-driver.
# Safe to run again: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test_tools=false
[[ "${1:-}" == "--test" ]] && want_test_tools=true

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi

packages=(
  # Building the Tauri app (WebKitGTK and friends).
  build-essential pkg-config curl file libwebkit2gtk-4.1-dev libssl-dev libxdo-dev
  libayatana-appindicator3-dev librsvg2-dev
)
if $want_test_tools; then
  packages+=(
    # Running it headless, driving it, and checking its PDFs and screenshots.
    xvfb xauth webkit2gtk-driver poppler-utils imagemagick dbus-daemon
    # A system font for Chinese, Japanese and Korean (1.6 MB): the PDFs take
    # those scripts from the system's fonts, and the tests print them.
    fonts-wqy-microhei
  )
fi

missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "==> Installing system packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! command -v cargo >/dev/null; then
  echo "==> Installing the Rust toolchain (rustup)"
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal -c clippy -c rustfmt
fi
# shellcheck disable=SC1091
[[ -f "$HOME/.cargo/env" ]] && source "$HOME/.cargo/env"

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if ((node_major < 20)); then
  echo "Salesdesk's UI needs Node.js 20 or newer (found: $(node --version 2>/dev/null || echo none))." >&2
  echo "Install it, for example from https://nodejs.org or your distribution's backports, then run this again." >&2
  exit 1
fi

# npm packages, exactly as locked; redone only when the lock file changes.
stamp=ui/node_modules/.salesdesk-lock
if [[ ! -f "$stamp" ]] || ! cmp -s ui/package-lock.json "$stamp"; then
  echo "==> Installing the UI's npm packages"
  npm --prefix ui ci --no-audit --no-fund --loglevel=error
  cp ui/package-lock.json "$stamp"
fi

if $want_test_tools && ! command -v tauri-driver >/dev/null; then
  echo "==> Installing tauri-driver"
  cargo install tauri-driver --locked --version '^2' --quiet
fi
