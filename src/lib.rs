//! copydesk turns a marketer's brief or a product-feed row into brand-safe copy.
//!
//! One request flows through one pipeline, and every front door (`generate`, `batch`, `eval`,
//! and `serve` with its pages and JSON API in [`server`]) calls it through one [`desk::Desk`]:
//!
//! 1. **render** — a versioned prompt (`prompts/<id>/v<N>.yaml`) is rendered with minijinja in
//!    strict mode after its variables were checked against the prompt's input JSON Schema
//!    ([`prompt`]).
//! 2. **retrieve** — brand knowledge is looked up in a vector index: hybrid BM25 + dense search in
//!    the state database or a Qdrant collection ([`knowledge`]).
//! 3. **generate** — an [`llm::LlmClient`] runs the messages: the embedded llama.cpp model or any
//!    OpenAI-compatible endpoint. Output is constrained to the prompt's output schema where the
//!    provider can do that (a grammar for llama.cpp, `response_format` for servers). The
//!    fingerprint cache answers identical calls, and the usage ledger records every call with its
//!    cost ([`cost`]).
//! 4. **guard** — every output is validated: schema, PII, policy and brand style ([`guard`]).
//! 5. **review** — needs-review (and sampled) variants go to the human-review queue with their
//!    lineage ([`review`], [`lineage`]).
//!
//! [`pipeline`] is the only module that knows the order of the stages. Configuration is data:
//! [`config`] parses and validates it without I/O beyond reading the files, and every problem is
//! reported at once with `file:line:column` ([`diag`]).

pub mod batch;
pub mod cli;
pub mod clock;
pub mod config;
pub mod cost;
pub mod desk;
pub mod diag;
pub mod eval;
pub mod guard;
pub mod keyword;
pub mod knowledge;
pub mod lineage;
pub mod llm;
pub mod pipeline;
pub mod prompt;
pub mod review;
pub mod server;
pub mod state;
pub mod yaml;
