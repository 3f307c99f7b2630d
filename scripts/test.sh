#!/usr/bin/env bash
# Command 2: the whole test suite, with the real parts it needs: the embedded model file and
# llama-cpp-python's OpenAI-compatible server (built once per machine into a cache).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
prepare_real_parts
export COPYDESK_TEST_PYTHON="$PYENV_DIR/bin/python"
say "running the test suite"
cargo test --release --locked "$@"
