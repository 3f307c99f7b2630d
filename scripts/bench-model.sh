#!/usr/bin/env bash
# The embedded model on this machine: copydesk's load time, time to first token and tokens/s,
# next to llama.cpp's own timings (llama-cpp-python, same GGUF, same thread count, greedy).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
prepare_real_parts
threads=$(python3 -c 'import os; print(len(os.sched_getaffinity(0)))')
say "copydesk models bench (3 runs)"
for _ in 1 2 3; do "$BIN" models bench --tokens 128; done
say "llama.cpp via llama-cpp-python (3 runs)"
for _ in 1 2 3; do
"$PYENV_DIR/bin/python" - "$threads" <<'PY'
import sys, time
from llama_cpp import Llama
threads = int(sys.argv[1])
t0 = time.perf_counter()
llm = Llama(model_path=".copydesk/models/SmolLM2-135M-Instruct.Q4_1.gguf", n_ctx=512, n_threads=threads, verbose=False)
load = time.perf_counter() - t0
msgs = [{"role": "user", "content": "Write a long, detailed packing list for a three-day hut-to-hut hike in the Alps, with a sentence on every item."}]
t0 = time.perf_counter(); first = None; n = 0
for chunk in llm.create_chat_completion(messages=msgs, max_tokens=128, temperature=0.0, stream=True):
    if chunk["choices"][0]["delta"].get("content"):
        n += 1
        if first is None: first = time.perf_counter() - t0
total = time.perf_counter() - t0
print(f"llama.cpp: load {load*1e3:.0f} ms · first token {first*1e3:.0f} ms · {n} pieces at {(n-1)/(total-first):.1f} tokens/s")
PY
done
