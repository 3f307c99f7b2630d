#!/usr/bin/env bash
# copydesk's o200k_base token counting (tiktoken-rs) next to OpenAI's Python tiktoken on the
# same text: MB/s for both (Python single-threaded and batched over 2 threads), the ratio of
# copydesk's MB/s to Python's single-threaded one, and whether the token counts agree. See
# benches/tokens.rs and benches/tiktoken/compare.py.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
TIKTOKEN_VERSION="0.14.0"
TIKTOKEN_VENV="$CACHE/tiktoken-venv"

# A virtualenv with tiktoken. Its rank file is not downloaded: compare.py reads the one that
# ships in the tiktoken-rs crate, which the cargo bench below brings into cargo's registry.
ensure_tiktoken() {
  if [ -x "$TIKTOKEN_VENV/bin/python" ] && "$TIKTOKEN_VENV/bin/python" - \
    "$TIKTOKEN_VERSION" 2>/dev/null <<'PY'
import sys
from importlib.metadata import version
sys.exit(version("tiktoken") != sys.argv[1])
PY
  then
    return
  fi
  say "installing tiktoken==$TIKTOKEN_VERSION into $TIKTOKEN_VENV"
  python3 -m venv "$TIKTOKEN_VENV"
  "$TIKTOKEN_VENV/bin/pip" install -q "tiktoken==$TIKTOKEN_VERSION"
}

need_cargo
ensure_system_packages
ensure_tiktoken

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

say "copydesk: cargo bench --bench tokens"
COPYDESK_TOKENS_TEXT="$work/text.txt" cargo bench --locked --bench tokens | tee "$work/copydesk.txt"

say "Python tiktoken $TIKTOKEN_VERSION: benches/tiktoken/compare.py"
"$TIKTOKEN_VENV/bin/python" benches/tiktoken/compare.py "$work/text.txt" | tee "$work/python.txt"

# The first "o200k_base: X MB/s (N tokens" line of each output (Python's single-threaded one).
mb_per_s() { grep -m1 -oE 'o200k_base: [0-9.]+ MB/s' "$1" | grep -oE '[0-9.]+ MB/s' | cut -d' ' -f1; }
tokens() { grep -m1 -oE 'o200k_base: [0-9.]+ MB/s \([0-9]+ tokens' "$1" | grep -oE '[0-9]+ tokens' | cut -d' ' -f1; }
for out in copydesk python; do
  tokens "$work/$out.txt" >/dev/null || { echo "no 'o200k_base: X MB/s (N tokens' line in the $out output" >&2; exit 1; }
done
ours=$(mb_per_s "$work/copydesk.txt")
theirs=$(mb_per_s "$work/python.txt")
our_tokens=$(tokens "$work/copydesk.txt")
their_tokens=$(tokens "$work/python.txt")
say "throughput"
awk -v a="$ours" -v b="$theirs" \
  'BEGIN { printf "copydesk %.1f MB/s / Python tiktoken %.1f MB/s (single thread) = %.2fx\n", a, b, a / b }'
if [ "$our_tokens" = "$their_tokens" ]; then
  echo "token counts agree: $our_tokens"
else
  echo "token counts DIFFER: $our_tokens vs $their_tokens"
fi
