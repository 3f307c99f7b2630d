//! The human-review queue: stage 5 of the pipeline.
//!
//! Variants enter by the rules of `policies/review.yaml` ([`routing`]): every needs-review
//! outcome, a sample of accepted ones per channel or prompt, everything of a prompt marked
//! `review: always`; rejected variants are recorded with their reasons, never queued. Each item
//! keeps its whole lineage (pseudonymised vars, prompt version and hash, profile and model,
//! sources, raw and validated output, findings, cost, fingerprint).
//!
//! An item moves `pending → approved | rejected | edited`; an edit is a new revision that the
//! guard chain checks again and that must itself be approved; approved and rejected are final.
//! The allowed moves are one pure function ([`transition`]); the store ([`queue`]) applies them
//! in SQLite write transactions, each with an append-only audit event, and a reviewer must hold
//! the item's lease (claimed, expiring) to decide it, so two reviewers never decide one item.

pub mod edit;
pub mod export;
pub mod marks;
pub mod queue;
pub mod routing;
pub mod stats;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::lineage::{Generated, Routed};

/// Where an item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// Waiting for a reviewer.
    Pending,
    /// A reviewer changed the text; the new revision waits for approval.
    Edited,
    /// Final: the text may be published and never changes.
    Approved,
    /// Final: by a reviewer, or by the guard chain before it was ever queued.
    Rejected,
}

crate::keywords!(State {
    Pending = "pending",
    Edited = "edited",
    Approved = "approved",
    Rejected = "rejected",
});

impl State {
    /// Waiting for a decision.
    pub fn is_open(self) -> bool {
        matches!(self, State::Pending | State::Edited)
    }
}

/// What a reviewer (or the pipeline) does to an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// The pipeline queued it (or recorded a rejection).
    Enter,
    /// Take the lease.
    Claim,
    /// Give the lease back.
    Release,
    Approve,
    Reject,
    /// A new revision of the text.
    Edit,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Enter => "enter",
            Action::Claim => "claim",
            Action::Release => "release",
            Action::Approve => "approve",
            Action::Reject => "reject",
            Action::Edit => "edit",
        }
    }
}

/// A move the state machine does not allow.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot {} an item that is {}{}", action.as_str(), from.as_str(), if from == &State::Approved { " (approved text never changes)" } else { "" })]
pub struct IllegalTransition {
    pub from: State,
    pub action: Action,
}

/// The state after `action` on an item in `from`, or why that is not allowed. Claiming and
/// releasing keep the state; only open items can be claimed or decided.
pub fn transition(from: State, action: Action) -> Result<State, IllegalTransition> {
    let illegal = Err(IllegalTransition { from, action });
    match (from, action) {
        (_, Action::Enter) => illegal,
        (s, Action::Claim | Action::Release) if s.is_open() => Ok(s),
        (s, Action::Approve) if s.is_open() => Ok(State::Approved),
        (s, Action::Reject) if s.is_open() => Ok(State::Rejected),
        (s, Action::Edit) if s.is_open() => Ok(State::Edited),
        _ => illegal,
    }
}

/// Route every variant of a request by `rules` and add the queued and rejected ones to `queue`
/// with their lineage. `price` gives a profile's prices (for the cost of the calls behind a
/// variant).
pub fn enqueue(
    queue: &queue::Queue,
    rules: &routing::Rules,
    generated: &Generated,
    prompt: &crate::prompt::PromptVersion,
    brand: Option<&str>,
    price: &dyn Fn(&str) -> crate::config::Price,
) -> Result<Vec<Routed>, queue::QueueError> {
    let mut out = Vec::new();
    for v in &generated.variants {
        let text = v
            .output
            .as_ref()
            .map_or_else(|| v.raw.clone(), Value::to_string);
        let route = rules.route(&routing::Candidate {
            outcome: v.outcome,
            prompt_id: prompt.id(),
            channel: prompt.file.channel.as_deref(),
            always: prompt.file.review == crate::prompt::ReviewMode::Always,
            text: &text,
        });
        let (state, reason, label) = match route {
            routing::Route::Queue(r) => (State::Pending, r, "queued"),
            routing::Route::Record(r) => (State::Rejected, r, "recorded"),
            routing::Route::Pass => {
                out.push(Routed {
                    variant: v.index,
                    item: None,
                    route: "passed",
                    reason: None,
                });
                continue;
            }
        };
        let item = queue.add(&new_item(
            generated,
            v,
            prompt,
            brand,
            price,
            state,
            reason.clone(),
        ))?;
        out.push(Routed {
            variant: v.index,
            item: Some(item),
            route: label,
            reason: Some(reason),
        });
    }
    Ok(out)
}

/// Put one variant of a request into the queue on a person's word (a marketer who wants a
/// second pair of eyes on copy the chain accepted). Returns the item (the existing one when the
/// variant is queued already).
pub fn submit(
    queue: &queue::Queue,
    generated: &Generated,
    variant: usize,
    prompt: &crate::prompt::PromptVersion,
    brand: Option<&str>,
    price: &dyn Fn(&str) -> crate::config::Price,
    by: &str,
) -> Result<Option<i64>, queue::QueueError> {
    if let Some(item) = generated
        .review
        .iter()
        .find(|r| r.variant == variant)
        .and_then(|r| r.item)
    {
        return Ok(Some(item));
    }
    let Some(v) = generated.variants.iter().find(|v| v.index == variant) else {
        return Ok(None);
    };
    let reason = format!("sent to review by {by}");
    queue
        .add(&new_item(
            generated,
            v,
            prompt,
            brand,
            price,
            State::Pending,
            reason,
        ))
        .map(Some)
}

/// A variant as a queue item with its whole lineage.
fn new_item(
    generated: &Generated,
    v: &crate::lineage::Variant,
    prompt: &crate::prompt::PromptVersion,
    brand: Option<&str>,
    price: &dyn Fn(&str) -> crate::config::Price,
    state: State,
    reason: String,
) -> queue::NewItem {
    let text = v
        .output
        .as_ref()
        .map_or_else(|| v.raw.clone(), Value::to_string);
    // the calls behind this variant: its generation and its re-asks
    let calls = generated.calls_of(v);
    let call = calls.first();
    let cost = calls
        .iter()
        .map(|c| crate::cost::ledger::cost(&price(&c.profile), c.usage))
        .sum();
    let lineage = serde_json::json!({
        "vars": generated.vars,
        "messages": generated.messages,
        "sources": generated.sources,
        "input_findings": generated.input_findings,
        "raw": v.raw,
        "output": v.output,
        "reasks": v.reasks,
        "calls": calls,
    });
    queue::NewItem {
        origin: queue::Origin {
            prompt: generated.prompt.clone(),
            prompt_hash: generated.prompt_hash.clone(),
            brand: brand.map(str::to_string),
            channel: prompt.file.channel.clone(),
            profile: call.map_or_else(|| generated.profile.clone(), |c| c.profile.clone()),
            model: call.map(|c| c.model.clone()).unwrap_or_default(),
            fingerprint: call.and_then(|c| c.fingerprint.clone()),
            cost,
            reason,
            lineage,
        },
        state,
        text,
        findings: serde_json::to_value(&v.findings).unwrap_or(Value::Null),
        outcome: v.outcome.as_str().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STATES: [State; 4] = [
        State::Pending,
        State::Edited,
        State::Approved,
        State::Rejected,
    ];
    const ACTIONS: [Action; 6] = [
        Action::Enter,
        Action::Claim,
        Action::Release,
        Action::Approve,
        Action::Reject,
        Action::Edit,
    ];

    #[test]
    fn every_pair_of_state_and_action_has_exactly_the_documented_outcome() {
        for from in STATES {
            for action in ACTIONS {
                let want = match (from, action) {
                    (State::Pending | State::Edited, Action::Claim | Action::Release) => Some(from),
                    (State::Pending | State::Edited, Action::Approve) => Some(State::Approved),
                    (State::Pending | State::Edited, Action::Reject) => Some(State::Rejected),
                    (State::Pending | State::Edited, Action::Edit) => Some(State::Edited),
                    _ => None,
                };
                assert_eq!(transition(from, action).ok(), want, "{from:?} {action:?}");
            }
        }
        let e = transition(State::Approved, Action::Edit).unwrap_err();
        assert_eq!(
            e.to_string(),
            "cannot edit an item that is approved (approved text never changes)"
        );
    }

    #[test]
    fn states_round_trip_their_names() {
        for s in STATES {
            assert_eq!(s.as_str().parse::<State>(), Ok(s));
        }
        assert_eq!(
            "done".parse::<State>().unwrap_err(),
            "'done' is not one of pending, edited, approved, rejected"
        );
    }
}
