#!/usr/bin/env bash
# Installs what the build and the tests need on a Debian 12 (bookworm) machine, and nothing
# that is already there. Everything comes from Debian's packages or the npm registry.
#   scripts/install-deps.sh native    compiler, CMake, nlohmann_json, doctest, schema checker
#   scripts/install-deps.sh wasm      + Emscripten, Dear ImGui 1.86 sources, font tools, esbuild
#   scripts/install-deps.sh browser   + Chromium and playwright-core for the browser tests
#   scripts/install-deps.sh fuzz      + clang and libFuzzer for the loader fuzz target
#   scripts/install-deps.sh all       everything
set -euo pipefail
cd "$(dirname "$0")/.."

IMGUI_VERSION=1.86+ds-1            # pinned: the widget is written against ImGui 1.86
IMGUI_DIR=build/deps/imgui-1.86

want=${1:-all}
sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"

native_pkgs=(g++ cmake make nlohmann-json3-dev doctest-dev python3 python3-jsonschema)
wasm_pkgs=(emscripten nodejs npm fonts-dejavu-core python3-fonttools python3-brotli dpkg-dev xz-utils brotli)
browser_pkgs=(chromium nodejs npm)
fuzz_pkgs=(clang libclang-rt-14-dev)

missing_pkgs() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
  done
}

apt_updated=0
apt_install() {
  local todo
  todo=$(missing_pkgs "$@")
  [ -n "$todo" ] || return 0
  # npm may come from another Node.js distribution; do not fight it.
  if command -v npm >/dev/null 2>&1; then todo=$(echo "$todo" | grep -vx npm || true); fi
  if command -v node >/dev/null 2>&1; then todo=$(echo "$todo" | grep -vx nodejs || true); fi
  [ -n "$todo" ] || return 0
  if [ $apt_updated -eq 0 ]; then $sudo_cmd apt-get update -qq; apt_updated=1; fi
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends $todo
}

fetch_imgui() {
  [ -f "$IMGUI_DIR/imgui.cpp" ] && return 0
  local list=/etc/apt/sources.list.d/polity-deb-src.sources
  if ! grep -rqs "deb-src" /etc/apt/sources.list /etc/apt/sources.list.d/; then
    printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: bookworm\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
      | $sudo_cmd tee "$list" >/dev/null
    apt_updated=0
  fi
  if [ $apt_updated -eq 0 ]; then $sudo_cmd apt-get update -qq; apt_updated=1; fi
  local tmp
  tmp=$(mktemp -d)
  (cd "$tmp" && apt-get source --download-only -qq "imgui=$IMGUI_VERSION" 2>/dev/null)
  mkdir -p build/deps
  tar -xf "$tmp"/imgui_*.orig.tar.xz -C build/deps
  rm -rf "$tmp"
  [ -f "$IMGUI_DIR/imgui.cpp" ] || { echo "install-deps: Dear ImGui sources missing after download" >&2; exit 2; }
}

# Closure minifies the widget's JS glue (~59 KB -> ~27 KB). Debian's closure-compiler is too old
# for emcc 3.1.6; this npm release works. Optional: the build works without it.
CLOSURE_VERSION=20220104.0.0
CLOSURE_DIR=build/deps/closure
closure_install() {
  [ -x "$CLOSURE_DIR/node_modules/.bin/google-closure-compiler" ] && return 0
  command -v npm >/dev/null 2>&1 || return 0
  mkdir -p "$CLOSURE_DIR"
  npm install --prefix "$CLOSURE_DIR" --no-save --no-audit --no-fund --loglevel=error \
    "google-closure-compiler@$CLOSURE_VERSION" \
    || echo "install-deps: closure compiler not installed; the widget's JS stays unminified" >&2
}

# package.json's devDependencies: esbuild bundles the embed's and the pages' JavaScript modules
# (its binary for this platform is an npm package too); playwright-core drives Debian's Chromium
# and never downloads a browser of its own.
npm_install() {
  if [ ! -d node_modules/playwright-core ] || [ ! -x node_modules/.bin/esbuild ]; then
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

case "$want" in
  native)  apt_install "${native_pkgs[@]}" ;;
  wasm)    apt_install "${native_pkgs[@]}" "${wasm_pkgs[@]}"; fetch_imgui; closure_install; npm_install ;;
  browser) apt_install "${browser_pkgs[@]}"; npm_install ;;
  fuzz)    apt_install "${native_pkgs[@]}" "${fuzz_pkgs[@]}" ;;
  all)     apt_install "${native_pkgs[@]}" "${wasm_pkgs[@]}" "${browser_pkgs[@]}" "${fuzz_pkgs[@]}"; fetch_imgui; closure_install; npm_install ;;
  *) echo "usage: scripts/install-deps.sh [native|wasm|browser|fuzz|all]" >&2; exit 2 ;;
esac
