#!/usr/bin/env bash
# copydesk's PII detection next to Microsoft Presidio (regex recognizers only, no NLP model)
# on the same seeded corpus: throughput and precision/recall per entity for both, then the
# ratio of their docs/s. See benches/pii.rs and benches/presidio/compare.py.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
PRESIDIO_VERSION="2.2.366"
PHONENUMBERS_VERSION="9.0.43"
PRESIDIO_VENV="$CACHE/presidio-venv"

# A virtualenv with presidio-analyzer and presidio-anonymizer (spaCy comes along as a library;
# no spaCy model is installed or needed).
ensure_presidio() {
  if [ -x "$PRESIDIO_VENV/bin/python" ] && "$PRESIDIO_VENV/bin/python" - \
    "$PRESIDIO_VERSION" "$PHONENUMBERS_VERSION" 2>/dev/null <<'PY'
import sys
from importlib.metadata import version
want = {"presidio-analyzer": sys.argv[1], "presidio-anonymizer": sys.argv[1], "phonenumbers": sys.argv[2]}
sys.exit(any(version(name) != v for name, v in want.items()))
PY
  then
    return
  fi
  say "installing presidio-analyzer/presidio-anonymizer==$PRESIDIO_VERSION into $PRESIDIO_VENV"
  python3 -m venv "$PRESIDIO_VENV"
  "$PRESIDIO_VENV/bin/pip" install -q \
    "presidio-analyzer==$PRESIDIO_VERSION" \
    "presidio-anonymizer==$PRESIDIO_VERSION" \
    "phonenumbers==$PHONENUMBERS_VERSION"
}

need_cargo
ensure_system_packages
ensure_presidio

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

say "copydesk: cargo bench --bench pii"
COPYDESK_PII_CORPUS="$work/corpus.jsonl" cargo bench --locked --bench pii | tee "$work/copydesk.txt"

say "Presidio $PRESIDIO_VERSION, regex recognizers only: benches/presidio/compare.py"
"$PRESIDIO_VENV/bin/python" benches/presidio/compare.py "$work/corpus.jsonl" | tee "$work/presidio.txt"

docs_per_s() { grep -m1 -oE '[0-9]+ docs/s' "$1" | cut -d' ' -f1; }
ours=$(docs_per_s "$work/copydesk.txt")
theirs=$(docs_per_s "$work/presidio.txt")
say "throughput"
awk -v a="$ours" -v b="$theirs" \
  'BEGIN { printf "copydesk %d docs/s / Presidio %d docs/s = %.0fx\n", a, b, a / b }'
