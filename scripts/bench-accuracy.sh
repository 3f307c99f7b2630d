#!/usr/bin/env bash
# Accuracy of the guard on the labelled evaluation sets (evals/guard/): PII precision/recall per
# language and entity, injection precision/recall per technique and language. Checks first that
# the committed sets are what the seeded generators make, then runs benches/accuracy.rs.
#   scripts/bench-accuracy.sh [--split train|dev|heldout|dev2|heldout2|dev3|heldout3|dev4|heldout4|dev5|heldout5|dev6|heldout6|dev7|heldout7|dev8|heldout8|...|dev13|heldout13|dev14|heldout14|all] [--format json] [--misses]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
need_cargo

say "regenerating evals/guard with the pinned data packages (scripts/guard-evals/generate.py)"
python3 scripts/guard-evals/generate.py >/dev/null
if ! git diff --quiet -- evals/guard; then
  say "evals/guard differs from what the generators make: commit the regenerated sets or the generator change"
  git diff --stat -- evals/guard >&2
  exit 1
fi

cargo bench --locked --bench accuracy -- "$@"
