#!/usr/bin/env bash
# `copydesk eval` speed: a 20-case suite against a 20 ms test endpoint (whole process), and
# 1,000 cases at concurrency 32 against the ideal time.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
need_cargo
ensure_system_packages
cargo bench --locked --bench eval
