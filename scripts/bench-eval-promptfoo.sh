#!/usr/bin/env bash
# `copydesk eval` next to promptfoo on the same 20-case suite (four assertions per case,
# concurrency 8, no cache) against the same OpenAI-compatible endpoint answering in 20 ms:
# whole-process wall time of 5 runs each. promptfoo is installed with npm into the cache.
# copydesk does more per case (guard chain, usage ledger, review routing); promptfoo does not.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
need_cargo
command -v npm >/dev/null || { echo "npm not found: install Node.js to compare with promptfoo" >&2; exit 2; }
PROMPTFOO_VERSION="0.121.20"
PF_DIR="$CACHE/promptfoo"
if [ ! -x "$PF_DIR/node_modules/.bin/promptfoo" ]; then
  say "installing promptfoo@$PROMPTFOO_VERSION into $PF_DIR"
  mkdir -p "$PF_DIR"
  npm install --prefix "$PF_DIR" --no-audit --no-fund "promptfoo@$PROMPTFOO_VERSION" >/dev/null
fi
cargo build --release --locked --bin copydesk
WORK="$(mktemp -d)"
PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
python3 scripts/promptfoo/endpoint.py "$PORT" &
ENDPOINT=$!
trap 'kill $ENDPOINT; rm -rf "$WORK"' EXIT
sleep 1

mkdir -p "$WORK/cd/prompts/slogan" "$WORK/cd/evals"
cp -r policies brand-guides "$WORK/cd/"
cat > "$WORK/cd/prompts/slogan/v1.yaml" <<'YAML'
id: slogan
version: 1
description: One slogan line.
model: { max_tokens: 60 }
inputs:
  type: object
  required: [brand, product]
  properties: { brand: { type: string }, locale: { type: string }, product: { type: string } }
output:
  type: object
  required: [text]
  properties: { text: { type: string, maxLength: 120 } }
system: "One slogan for {{ brand }}."
user: "product: {{ product }}"
YAML
printf 'default_profile: mock\nprofiles:\n  mock:\n    provider: openai\n    model: m\n    base_url: http://127.0.0.1:%s/v1\n    context_window: 8192\n    max_retries: 0\n    max_concurrency: 64\n' "$PORT" > "$WORK/cd/copydesk.yaml"
{
  printf 'prompt: slogan@1\nassert:\n  - { type: contains, value: [rain] }\n  - { type: not-contains, value: [guaranteed] }\n  - { type: max-length, field: /text, value: 120 }\n  - { type: json-schema, value: { type: object } }\nthresholds:\n  pass_rate: 1.0\ncases:\n'
  for i in $(seq 0 19); do printf '  - name: case-%s\n    vars: { brand: Talgrat Outdoor, locale: en, product: jacket %s }\n' "$i" "$i"; done
} > "$WORK/cd/evals/twenty.yaml"
{
  printf "prompts:\n  - 'One slogan for {{brand}}. product: {{product}}'\nproviders:\n  - id: openai:chat:m\n    config:\n      apiBaseUrl: http://127.0.0.1:%s/v1\n      apiKey: x\n" "$PORT"
  printf "defaultTest:\n  assert:\n    - { type: contains, value: rain }\n    - { type: not-contains, value: guaranteed }\n    - { type: regex, value: '^.{0,120}\$' }\n    - { type: is-json }\ntests:\n"
  for i in $(seq 0 19); do printf '  - vars: { brand: Talgrat Outdoor, product: jacket %s }\n' "$i"; done
} > "$WORK/promptfooconfig.yaml"

export PROMPTFOO_DISABLE_TELEMETRY=1 PROMPTFOO_DISABLE_UPDATE=1 PROMPTFOO_CACHE_ENABLED=false
say "copydesk eval, 5 runs"
for _ in 1 2 3 4 5; do
  (cd "$WORK/cd" && /usr/bin/time -f "copydesk eval: %e s" "$BIN" eval evals/twenty.yaml --no-cache --concurrency 8 >/dev/null)
done
say "promptfoo eval, 5 runs"
for _ in 1 2 3 4 5; do
  (cd "$WORK" && /usr/bin/time -f "promptfoo eval: %e s (exit %x)" -o "$WORK/time" "$PF_DIR/node_modules/.bin/promptfoo" eval \
     -c promptfooconfig.yaml --no-cache --max-concurrency 8 --no-progress-bar --no-write >/dev/null 2>&1 || true)
  cat "$WORK/time"
done
