//! Cost control around the model calls: the fingerprint cache ([`cache`]), where an identical
//! request is answered from the state database instead of the model, and the usage ledger
//! ([`ledger`]), one row per call with its tokens and cost.

pub mod cache;
pub mod ledger;
