#!/usr/bin/env bash
# `copydesk batch` at scale: 10,000 rows at concurrency 64 against a 50 ms test endpoint (wall
# time against the ideal, peak RSS), the rerun of the finished run, a fully cached new run.
# COPYDESK_BENCH_ROWS changes the row count; COPYDESK_BENCH_BIG_ROWS=1000000 adds the peak RSS
# of a feed that large.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
need_cargo
ensure_system_packages
cargo bench --locked --bench batch
