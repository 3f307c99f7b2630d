#!/usr/bin/env bash
# Command 2: the whole test suite, with the real parts it needs: the embedded model file and
# llama-cpp-python's OpenAI-compatible server (built once per machine into a cache), and Debian's
# Chromium with chromedriver for the browser tests of the web pages.
# With QDRANT_URL set (a Qdrant server's gRPC address, e.g. http://127.0.0.1:6334), the tests
# marked as needing a Qdrant server run too.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
prepare_real_parts
ensure_browser
export COPYDESK_TEST_PYTHON="$PYENV_DIR/bin/python"
args=("$@")
if [ -n "${QDRANT_URL:-}" ]; then
  say "the Qdrant tests run against QDRANT_URL=$QDRANT_URL"
  # after the caller's own test-binary arguments, if any
  case " $* " in
    *" -- "*) args+=(--include-ignored) ;;
    *) args+=(-- --include-ignored) ;;
  esac
else
  say "QDRANT_URL is not set: the Qdrant tests are skipped"
fi
say "running the test suite"
cargo test --release --locked "${args[@]}"
