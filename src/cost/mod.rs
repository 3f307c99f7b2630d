//! Cost control around the model calls. For now the fingerprint cache ([`cache`]): an identical
//! request is answered from the state database instead of the model.

pub mod cache;
