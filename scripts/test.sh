#!/usr/bin/env bash
# Command 2: the whole test suite, with the real parts it needs: the embedded model file and
# llama-cpp-python's OpenAI-compatible server (built once per machine into a cache).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
need_cargo
ensure_system_packages
ensure_test_servers
cargo build --release --locked --bin copydesk
"$BIN" models fetch
export COPYDESK_TEST_PYTHON="$PYENV_DIR/bin/python"
say "running the test suite"
cargo test --release --locked "$@"
