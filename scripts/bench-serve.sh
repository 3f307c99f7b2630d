#!/usr/bin/env bash
# `copydesk serve` under load: wrk with 64 connections on the review list and on approvals over
# a queue of 10,000 items, the generate page's weight, and request-to-first-variant against the
# CLI (a 20 ms test endpoint on 127.0.0.1).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
need_cargo
ensure_system_packages
if ! command -v wrk >/dev/null; then
  say "installing wrk"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk >/dev/null
fi
cargo bench --locked --bench serve
