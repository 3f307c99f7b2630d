#!/usr/bin/env bash
# Whole-process time of `copydesk --help` and `copydesk prompts render` (hyperfine).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
command -v hyperfine >/dev/null || { say "installing hyperfine"; apt-get install -y -qq hyperfine >/dev/null; }
cargo build --release --locked --bin copydesk
hyperfine --warmup 5 --runs 50 -N \
  "$BIN --help" \
  "$BIN prompts render ad-variants@1 --vars examples/ad-variants.firstwand.de.json"
