"""OpenAI's Python tiktoken on the token bench text: o200k_base token-counting throughput.

Usage: compare.py TEXT_FILE

TEXT_FILE is written by `cargo bench --bench tokens` with COPYDESK_TOKENS_TEXT set (UTF-8).
This prints the same kind of line as the Rust bench, so the two can be read side by side and
their token counts compared; `scripts/bench-tokens.sh` runs both:

    python tiktoken X.Y.Z o200k_base: 12.3 MB/s (N tokens, B bytes, best of 3)
    python tiktoken batch (2 threads): 12.3 MB/s

MB is 1e6 bytes of UTF-8 text.

Set-up:
- Encoding: tiktoken's own o200k_base constructor (tiktoken_ext.openai_public.o200k_base), so
  the split pattern, special tokens and rank file hash are exactly the installed tiktoken's.
  The constructor would download the rank file; instead its `load_tiktoken_bpe` is replaced by
  one that reads the same file from the tiktoken-rs crate copydesk builds against
  (assets/o200k_base.tiktoken in cargo's registry source, or the directory in
  TIKTOKEN_RS_ASSETS) and checks it against the SHA-256 the constructor passes. The run is
  offline, and both sides use byte-for-byte the same ranks.
- Single thread: `encode_ordinary(text)` on the whole text (no special-token handling, as
  copydesk counts ordinary text), after one warm-up call on a small slice; best of 3 runs.
- Batch: `encode_ordinary_batch(lines, num_threads=2)` over the text split into lines (line
  ends kept, so the bytes add up to the same total); best of 3 runs.
"""

from __future__ import annotations

import base64
import glob
import os
import sys
import time
from importlib.metadata import version

import tiktoken
import tiktoken.load
import tiktoken_ext.openai_public as openai_public

# The tiktoken-rs version in copydesk's Cargo.toml; its crate ships the rank files.
TIKTOKEN_RS_VERSION = "0.12.1"
ENCODING = "o200k_base"
RUNS = 3
BATCH_THREADS = 2
WARMUP_CHARS = 10_000


def assets_dir() -> str:
    explicit = os.environ.get("TIKTOKEN_RS_ASSETS")
    if explicit:
        return explicit
    cargo_home = os.environ.get("CARGO_HOME") or os.path.expanduser("~/.cargo")
    pattern = os.path.join(
        cargo_home, "registry", "src", "*", f"tiktoken-rs-{TIKTOKEN_RS_VERSION}", "assets"
    )
    found = sorted(glob.glob(pattern))
    if not found:
        sys.exit(
            f"no tiktoken-rs {TIKTOKEN_RS_VERSION} assets under {pattern}: run `cargo fetch` "
            "(or `cargo bench --bench tokens`) first, or set TIKTOKEN_RS_ASSETS to the directory"
        )
    return found[0]


def local_load_tiktoken_bpe(
    tiktoken_bpe_file: str, expected_hash: str | None = None
) -> dict[bytes, int]:
    """Stands in for tiktoken.load.load_tiktoken_bpe: same file name, read from disk.

    tiktoken's own loader does accept a local path and an expected_hash, but it then copies
    the file into its cache directory (the temp dir by default); with the cache disabled
    (TIKTOKEN_CACHE_DIR="") it skips the hash check. So the hash is checked here and the
    parsing is tiktoken's format: one "base64(token) rank" per line.
    """
    path = os.path.join(assets_dir(), os.path.basename(tiktoken_bpe_file))
    data = tiktoken.load.read_file(path)  # a plain open() for a path without "://"
    if expected_hash and not tiktoken.load.check_hash(data, expected_hash):
        sys.exit(f"{path}: SHA-256 differs from the {expected_hash} tiktoken expects")
    ranks = {}
    for line in data.splitlines():
        if not line:
            continue
        token, rank = line.split()
        ranks[base64.b64decode(token)] = int(rank)
    return ranks


def build_encoding() -> tiktoken.Encoding:
    openai_public.load_tiktoken_bpe = local_load_tiktoken_bpe
    kwargs = openai_public.ENCODING_CONSTRUCTORS[ENCODING]()
    return tiktoken.Encoding(**kwargs)


def best_of(runs: int, fn) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - started)
    return best, result


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: compare.py TEXT_FILE")
    with open(sys.argv[1], encoding="utf-8", newline="") as f:
        text = f.read()
    size = len(text.encode("utf-8"))
    lines = text.splitlines(keepends=True)

    enc = build_encoding()
    enc.encode_ordinary(text[:WARMUP_CHARS])

    single, tokens = best_of(RUNS, lambda: enc.encode_ordinary(text))
    print(
        f"python tiktoken {version('tiktoken')} {enc.name}: {size / single / 1e6:.1f} MB/s "
        f"({len(tokens)} tokens, {size} bytes, best of {RUNS})",
        flush=True,
    )

    batch, _ = best_of(
        RUNS, lambda: enc.encode_ordinary_batch(lines, num_threads=BATCH_THREADS)
    )
    print(f"python tiktoken batch ({BATCH_THREADS} threads): {size / batch / 1e6:.1f} MB/s")


if __name__ == "__main__":
    main()
