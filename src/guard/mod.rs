//! Validation of model output. Today: the schema stage (JSON extraction and JSON Schema
//! validation with findings at JSON pointers); the PII, policy and style stages build on it.

pub mod finding;
pub mod pii;
pub mod schema;
