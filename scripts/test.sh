#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test:
#   1. native build (library, CLI, benchmarks) and its CTest suite
#   2. the same suite under AddressSanitizer + UndefinedBehaviorSanitizer
#   3. a short fuzzing pass over the dataset loader (libFuzzer + ASan + UBSan)
#   4. the WebAssembly build: the JSON conformance corpus must give the same answers as natively
#   5. the browser tests in headless Chromium
# Exits non-zero on the first failing stage.
# Usage: scripts/test.sh [--no-asan] [--no-fuzz] [--no-browser]
set -euo pipefail
cd "$(dirname "$0")/.."

asan=1 fuzz=1 browser=1
for arg in "$@"; do
  case "$arg" in
    --no-asan) asan=0 ;;
    --no-fuzz) fuzz=0 ;;
    --no-browser) browser=0 ;;
    *) echo "usage: scripts/test.sh [--no-asan] [--no-fuzz] [--no-browser]" >&2; exit 2 ;;
  esac
done
jobs=$(nproc 2>/dev/null || echo 2)
export NODE_PATH=/usr/share/nodejs   # Emscripten's JS optimizer needs Debian's acorn

stage() { printf '\n== %s\n' "$*"; }

stage "installing dependencies"
scripts/install-deps.sh all

stage "native build and tests"
cmake --preset native >/dev/null
cmake --build --preset native -j "$jobs"
ctest --preset native -j "$jobs"

if [ $asan -eq 1 ]; then
  stage "tests under AddressSanitizer + UndefinedBehaviorSanitizer"
  cmake --preset native-asan >/dev/null
  cmake --build --preset native-asan -j "$jobs"
  ctest --preset native-asan -j "$jobs"
fi

if [ $fuzz -eq 1 ]; then
  stage "fuzzing the loader for 30 s"
  scripts/fuzz.sh 30
fi

stage "WebAssembly build"
cmake --preset wasm-release >/dev/null
cmake --build --preset wasm-release -j "$jobs"

stage "JSON conformance corpus: native and WebAssembly agree case by case"
build/native/tests/conformance/conformance > build/conformance-native.txt
node build/wasm-release/tests/conformance/conformance.cjs > build/conformance-wasm.txt
diff -u build/conformance-native.txt build/conformance-wasm.txt
tail -n 1 build/conformance-wasm.txt
# Again in a debug build that checks every memory access (SAFE_HEAP) and assertion; its
# heap-growth notices are the only extra lines.
cmake --preset wasm-debug >/dev/null
cmake --build --preset wasm-debug --target conformance -j "$jobs"
node build/wasm-debug/tests/conformance/conformance.cjs | grep -v '^Heap resize call' > build/conformance-wasm-debug.txt
diff -u build/conformance-native.txt build/conformance-wasm-debug.txt

if [ $browser -eq 1 ] && [ -d tests/browser ]; then
  stage "browser tests (headless Chromium)"
  node --test tests/browser/*.test.mjs
fi

stage "all tests passed"
