#!/usr/bin/env bash
# Command 1: install what copydesk needs, build it, fetch the models, index the example brand and
# generate ad variants for it. Safe to run again: every step skips what is already done.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
need_cargo
ensure_system_packages
say "building copydesk (release; the first build compiles llama.cpp and takes a while)"
cargo build --release --locked --bin copydesk
say "fetching the embedded model and the embedding model"
"$BIN" models fetch
say "indexing the example brand's documents for retrieval (incremental: fast when nothing changed)"
"$BIN" index
say "generating ad variants for Talgrat's Firstwand 3-layer rain jacket on the embedded model"
code=0
"$BIN" generate --prompt ad-variants@1 --vars examples/ad-variants.firstwand.de.json --n 3 || code=$?
# exit 1 means some variant was not accepted: the guard chain did its job, setup did too
if [ "$code" -eq 1 ]; then
  say "done; variants marked needs-review or rejected are the guard chain at work (see the findings above)"
elif [ "$code" -ne 0 ]; then
  exit "$code"
fi
