#!/usr/bin/env bash
# Builds the WebAssembly widget and serves the static site on http://localhost:8080.
#   scripts/serve.sh             install what is missing, build (preset wasm-release), serve
#   PORT=9000 scripts/serve.sh   another port
#   scripts/serve.sh --no-serve  build only
# The site folder (build/wasm-release/site) is self-contained: any static file server will do.
set -euo pipefail
cd "$(dirname "$0")/.."

port=${PORT:-8080}
site=build/wasm-release/site

scripts/install-deps.sh wasm

# Debian's emcc needs its node modules (acorn) from here.
export NODE_PATH=/usr/share/nodejs
cmake --preset wasm-release
cmake --build --preset wasm-release -j "$(nproc)"

[ "${1:-}" = "--no-serve" ] && exit 0
echo
echo "Polity Explorer: http://localhost:$port/"
echo "  another dataset: http://localhost:$port/?data=URL    (Ctrl+C stops the server)"
exec /usr/bin/python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site"
