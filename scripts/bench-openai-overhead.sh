#!/usr/bin/env bash
# copydesk's OpenAI-compatible path vs a raw HTTP request to the same local llama-cpp-python
# server (200 sequential requests each, median and p95).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
prepare_real_parts
port=$("$PYENV_DIR/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$PYENV_DIR/bin/python" -m llama_cpp.server --model .copydesk/models/SmolLM2-135M-Instruct.Q4_1.gguf \
  --host 127.0.0.1 --port "$port" --n_ctx 2048 --model_alias smollm2 >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null' EXIT
for _ in $(seq 240); do
  curl -sf "http://127.0.0.1:$port/v1/models" >/dev/null && break
  sleep 0.5
done
COPYDESK_BENCH_BASE_URL="http://127.0.0.1:$port/v1" cargo bench --locked --bench openai_overhead
