//! Queue size and age, and how often reviewers approve, per prompt version and per rule that
//! found something on the generated text: which prompts and rules send good copy to review.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::State;
use super::export::rules_of;
use super::queue::{Queue, QueueError};

/// The queue in figures.
#[derive(Debug, Clone, Serialize)]
pub struct Stats {
    pub open: usize,
    pub oldest_open_minutes: Option<i64>,
    pub by_state: BTreeMap<String, usize>,
    /// Approved / decided by a reviewer, per prompt version.
    pub by_prompt: Vec<Rate>,
    /// Approved / decided, per rule found on the generated text.
    pub by_rule: Vec<Rate>,
}

/// Approvals among reviewers' decisions.
#[derive(Debug, Clone, Serialize)]
pub struct Rate {
    pub key: String,
    pub decided: usize,
    pub approved: usize,
    pub approval_rate: f64,
}

/// The queue's figures now (two queries and an aggregate, whatever the queue's size).
pub fn stats(queue: &Queue) -> Result<Stats, QueueError> {
    let (counts, oldest) = queue.counts()?;
    let open = counts
        .iter()
        .filter(|(s, _)| s.is_open())
        .map(|(_, n)| n)
        .sum();
    let by_state = counts
        .iter()
        .map(|(s, n)| (s.as_str().to_string(), *n))
        .collect();
    let mut prompts: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut rules: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    // decided by a reviewer: not the guard chain's own rejections
    for (prompt, state, findings) in queue.reviewed()? {
        let approved = usize::from(state == State::Approved);
        let p = prompts.entry(prompt).or_insert((0, 0));
        p.0 += 1;
        p.1 += approved;
        let seen: BTreeSet<String> = rules_of(&findings).into_iter().collect();
        for rule in seen {
            let r = rules.entry(rule).or_insert((0, 0));
            r.0 += 1;
            r.1 += approved;
        }
    }
    let rates = |m: BTreeMap<String, (usize, usize)>| {
        m.into_iter()
            .map(|(key, (decided, approved))| Rate {
                key,
                decided,
                approved,
                approval_rate: approved as f64 / decided.max(1) as f64,
            })
            .collect()
    };
    Ok(Stats {
        open,
        oldest_open_minutes: oldest.map(|t| (crate::clock::now_ms() - t) / 60_000),
        by_state,
        by_prompt: rates(prompts),
        by_rule: rates(rules),
    })
}

/// An age as people say it: `< 1 min`, `12 min`, `5 h`, `3 d`.
pub fn age(ms: i64) -> String {
    let mins = ms / 60_000;
    match mins {
        ..=0 => "< 1 min".into(),
        1..=119 => format!("{mins} min"),
        120..=2879 => format!("{} h", mins / 60),
        _ => format!("{} d", mins / 1440),
    }
}
