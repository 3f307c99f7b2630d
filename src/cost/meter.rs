//! The metering of one request's model calls: fingerprints and cache lookups, token counts,
//! budget reservations and their settlement, ledger rows. The profile chain
//! ([`crate::pipeline::call`]) asks the meter before and after each attempt; the meter knows
//! nothing of retries or fallbacks.
//!
//! A paid reply is written to the cache at once (so a request killed later never pays for it
//! again) and its ledger row names its fingerprint; a request that ends blocked takes its
//! replies back out of the cache ([`Meter::finish`]).

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use serde_json::Value;

use super::budget::{Amount, BudgetError, Budgets, Reservation, Scope};
use super::cache::{Cache, Cached, Fingerprint, Pending};
use super::ledger::{self, Ledger};
use super::tokens::{Counter, Encoding};
use crate::config::Profile;
use crate::llm::{ChatRequest, ChatResponse, Usage};
use crate::state::{DbError, blocking};

/// The fingerprint inputs every call of a request shares (prompt, template hash, retrieved
/// chunks, …).
pub type SharedInputs = Vec<(&'static str, Value)>;

/// What a request's meter is made of.
#[derive(Debug)]
pub struct MeterParts<'a> {
    /// The cache, whether it answers (`false`: `--refresh`), and the key inputs every call of
    /// the request shares.
    pub cache: Option<(&'a Cache, bool, SharedInputs)>,
    pub ledger: Option<&'a Ledger>,
    pub budgets: Option<&'a Budgets>,
    pub prompt_id: &'a str,
    /// `id@version`.
    pub prompt_label: String,
    /// Seconds a cache entry lives.
    pub ttl_secs: Option<u64>,
    pub brand: Option<&'a str>,
    /// The batch run (ledger).
    pub run: Option<&'a str>,
}

/// One request's meter.
#[derive(Debug)]
pub struct Meter<'a> {
    parts: MeterParts<'a>,
    /// Keys this request wrote (taken back when it ends blocked) and keys it hit.
    written: Mutex<Vec<String>>,
    hits: Mutex<Vec<String>>,
    /// Prompt token counts by encoding and messages (a request's variants share messages).
    counts: Mutex<HashMap<(Encoding, u64), u32>>,
}

/// A profile as the meter sees it, with what a request derives from it once.
#[derive(Debug)]
pub struct Metered<'a> {
    pub name: &'a str,
    pub profile: &'a Profile,
    /// The profile as it enters the cache key (name and whole configuration).
    key: Value,
    counter: OnceLock<Counter>,
}

impl<'a> Metered<'a> {
    pub fn new(name: &'a str, profile: &'a Profile) -> Self {
        Self {
            name,
            profile,
            key: serde_json::json!({
                "name": name,
                "config": serde_json::to_value(profile).unwrap_or(Value::Null),
            }),
            counter: OnceLock::new(),
        }
    }
}

/// A budget reservation held while a call is in flight.
#[derive(Debug)]
pub struct Hold<'a> {
    budgets: &'a Budgets,
    reservation: Reservation,
    price: crate::config::Price,
}

impl<'a> Meter<'a> {
    pub fn new(parts: MeterParts<'a>) -> Self {
        Self {
            parts,
            written: Mutex::new(Vec::new()),
            hits: Mutex::new(Vec::new()),
            counts: Mutex::new(HashMap::new()),
        }
    }

    /// The cache key of one call on one profile (`None` without a cache).
    pub fn fingerprint(
        &self,
        p: &Metered<'_>,
        request: &ChatRequest,
        label: &str,
    ) -> Option<Fingerprint> {
        let (_, _, shared) = self.parts.cache.as_ref()?;
        let mut inputs = shared.clone();
        inputs.extend([
            ("profile", p.key.clone()),
            ("slot", Value::String(label.to_string())),
            (
                "sampling",
                serde_json::json!({
                    "temperature": request.temperature, "top_p": request.top_p,
                    "max_tokens": request.max_tokens, "seed": request.seed,
                }),
            ),
            (
                "messages",
                serde_json::to_value(&request.messages).unwrap_or(Value::Null),
            ),
            (
                "output_schema",
                request.output_schema.clone().unwrap_or(Value::Null),
            ),
        ]);
        Some(Fingerprint::new(&inputs))
    }

    /// The live reply under `fingerprint`, when the cache answers (a hit is counted when the
    /// request finishes).
    pub fn lookup(&self, fingerprint: &Fingerprint) -> Result<Option<Cached>, DbError> {
        let Some((cache, true, _)) = &self.parts.cache else {
            return Ok(None);
        };
        let hit = blocking(|| cache.get(&fingerprint.key))?;
        if hit.is_some()
            && let Ok(mut hits) = self.hits.lock()
        {
            hits.push(fingerprint.key.clone());
        }
        Ok(hit)
    }

    /// Tokens of a request's messages in a profile's encoding (counted once per request and
    /// encoding).
    pub fn prompt_tokens(&self, p: &Metered<'_>, request: &ChatRequest) -> u32 {
        let counter = p.counter.get_or_init(|| Counter::for_profile(p.profile));
        let mut h = std::collections::hash_map::DefaultHasher::new();
        for m in &request.messages {
            std::hash::Hash::hash(&m.content, &mut h);
        }
        let key = (counter.encoding, std::hash::Hasher::finish(&h));
        if let Some(n) = self.counts.lock().ok().and_then(|c| c.get(&key).copied()) {
            return n;
        }
        let n = counter.chat(&request.messages);
        if let Ok(mut c) = self.counts.lock() {
            c.insert(key, n);
        }
        n
    }

    /// Reserve the call's worst case (its prompt and `max_tokens` of reply) against every
    /// budget that applies; `None` when none does. `prompt_tokens` is the count if the caller
    /// already has it.
    pub fn reserve(
        &self,
        p: &Metered<'_>,
        request: &ChatRequest,
        prompt_tokens: Option<u32>,
    ) -> Result<Option<Hold<'a>>, BudgetError> {
        let scope = Scope {
            prompt_id: self.parts.prompt_id,
            prompt: &self.parts.prompt_label,
            brand: self.parts.brand,
            profile: p.name,
        };
        let Some(budgets) = self.parts.budgets.filter(|b| b.any_applies(&scope)) else {
            return Ok(None);
        };
        let n = prompt_tokens.unwrap_or_else(|| self.prompt_tokens(p, request));
        let worst = Usage {
            prompt_tokens: n,
            completion_tokens: request.max_tokens,
        };
        let need = Amount {
            tokens: u64::from(n) + u64::from(request.max_tokens),
            cost: ledger::cost(&p.profile.price, worst),
        };
        let reservation = blocking(|| budgets.reserve(&scope, need))?;
        Ok(Some(Hold {
            budgets,
            reservation,
            price: p.profile.price,
        }))
    }

    /// Settle a reservation with what the call used (`None`: it failed, nothing was spent).
    pub fn settle(&self, hold: Option<Hold<'_>>, used: Option<Usage>) -> Result<(), BudgetError> {
        let Some(h) = hold else {
            return Ok(());
        };
        blocking(|| match used {
            Some(u) => h.budgets.settle(
                h.reservation,
                Amount {
                    tokens: u64::from(u.prompt_tokens) + u64::from(u.completion_tokens),
                    cost: ledger::cost(&h.price, u),
                },
            ),
            None => h.budgets.release(h.reservation),
        })
    }

    /// One ledger row for an attempt, a skip or a cache hit (`outcome` `cached` costs
    /// nothing).
    pub fn record(
        &self,
        p: &Metered<'_>,
        purpose: &'static str,
        response: Option<&ChatResponse>,
        outcome: &str,
        latency: Duration,
    ) -> Result<(), DbError> {
        blocking(|| self.append(p, purpose, response, outcome, latency, None))
    }

    /// A reply that was paid for: its ledger row names its fingerprint, and the reply goes
    /// into the cache right away.
    pub fn paid(
        &self,
        p: &Metered<'_>,
        purpose: &'static str,
        response: &ChatResponse,
        latency: Duration,
        fingerprint: Option<&Fingerprint>,
    ) -> Result<(), DbError> {
        blocking(|| {
            let key = fingerprint.map(|f| f.key.clone());
            let Some((fingerprint, cache)) =
                fingerprint.zip(self.parts.cache.as_ref().map(|(c, _, _)| *c))
            else {
                return self.append(p, purpose, Some(response), "ok", latency, key);
            };
            // the reply and its ledger row commit together when they share the state file
            let together = self.parts.ledger.is_some_and(|l| l.path() == cache.path());
            let row = self.entry(p, purpose, Some(response), "ok", latency, key);
            if !together && let Some(ledger) = self.parts.ledger {
                ledger.append(&row)?;
            }
            cache.put_with(
                &[Pending {
                    fingerprint: fingerprint.clone(),
                    prompt: self.parts.prompt_label.clone(),
                    reply: Cached::from(response),
                    ttl_secs: self.parts.ttl_secs,
                }],
                &[],
                together.then_some(&row),
            )?;
            if let Ok(mut written) = self.written.lock() {
                written.push(fingerprint.key.clone());
            }
            Ok(())
        })
    }

    fn append(
        &self,
        p: &Metered<'_>,
        purpose: &'static str,
        response: Option<&ChatResponse>,
        outcome: &str,
        latency: Duration,
        fingerprint: Option<String>,
    ) -> Result<(), DbError> {
        let Some(ledger) = self.parts.ledger else {
            return Ok(());
        };
        ledger.append(&self.entry(p, purpose, response, outcome, latency, fingerprint))
    }

    fn entry(
        &self,
        p: &Metered<'_>,
        purpose: &'static str,
        response: Option<&ChatResponse>,
        outcome: &str,
        latency: Duration,
        fingerprint: Option<String>,
    ) -> ledger::Entry {
        let usage = match response {
            Some(r) if outcome != "cached" => r.usage,
            _ => Usage::default(),
        };
        ledger::Entry {
            time_ms: crate::clock::now_ms(),
            prompt: self.parts.prompt_label.clone(),
            brand: self.parts.brand.map(str::to_string),
            profile: p.name.to_string(),
            model: response.map(|r| r.model.clone()).unwrap_or_default(),
            purpose: purpose.to_string(),
            prompt_tokens: usage.prompt_tokens,
            completion_tokens: usage.completion_tokens,
            cost: ledger::cost(&p.profile.price, usage),
            latency_ms: (latency.as_secs_f64() * 1e6).round() / 1e3,
            outcome: outcome.to_string(),
            run: self.parts.run.map(str::to_string),
            fingerprint,
        }
    }

    /// The request ended: count its hits; a blocked request takes back what it wrote.
    pub fn finish(&self, blocked: bool) -> Result<(), DbError> {
        let Some((cache, _, _)) = &self.parts.cache else {
            return Ok(());
        };
        let taken = |m: &Mutex<Vec<String>>| {
            m.lock()
                .map(|mut v| std::mem::take(&mut *v))
                .unwrap_or_default()
        };
        let (written, hits) = (taken(&self.written), taken(&self.hits));
        blocking(|| {
            if blocked {
                cache.forget(&written)?;
            }
            cache.put(&[], &hits)
        })
    }
}
