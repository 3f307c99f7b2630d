//! Cost control around the model calls: the fingerprint cache ([`cache`]), where an identical
//! request is answered from the state database instead of the model; token counting before a
//! call ([`tokens`]); hard budgets with reservations taken before a call and settled by its
//! usage ([`budget`]); and the usage ledger ([`ledger`]), one row per call with its tokens and
//! cost.

pub mod budget;
pub mod cache;
pub mod encoding;
pub mod ledger;
pub mod meter;
pub mod tokens;
