//! The integration tests: one binary, one module per area.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod batch;
mod browser;
mod cache;
mod check;
mod cli;
mod common;
mod config;
mod eval;
mod guard;
mod knowledge;
mod leak;
mod local_model;
mod openai_mock;
mod openai_server;
mod prompts;
mod review;
mod route;
mod serve;
mod store;
