//! Calibrating a judge: the suite's `llm-rubric` assertions score the texts reviewers decided
//! in the review queue for the same prompt, and their verdicts are set against the human ones
//! (approved = pass): observed agreement and Cohen's κ, and every disagreement listed.

use serde::Serialize;

use super::Loaded;
use super::assertion::{Check, Observed, Shown};
use super::stats::{self, Agreement};
use crate::desk::Desk;
use crate::guard::Outcome;
use crate::review::State;
use crate::review::queue::{Filter, QueueError};

/// One item where judge and reviewer disagree.
#[derive(Debug, Clone, Serialize)]
pub struct Disagreement {
    pub item: i64,
    pub approved: bool,
    pub judge_pass: bool,
    pub detail: String,
}

/// A judge against the reviewers.
#[derive(Debug, Clone, Serialize)]
pub struct Calibration {
    pub metric: String,
    pub rubric: String,
    pub profile: String,
    #[serde(flatten)]
    pub agreement: Agreement,
    pub disagreements: Vec<Disagreement>,
}

/// Score every decided review item of the suite's prompt with each distinct `llm-rubric`
/// assertion of the suite.
pub async fn calibrate(desk: &Desk, suite: &Loaded) -> Result<Vec<Calibration>, QueueError> {
    let mut judges = Vec::new();
    for a in suite.cases.iter().flat_map(|c| c.checks.iter()) {
        if let Check::Rubric {
            rubric, profile, ..
        } = &a.check
            && !judges
                .iter()
                .any(|(m, r, _): &(String, String, _)| *m == a.metric && r == rubric)
        {
            judges.push((
                a.metric.clone(),
                rubric.clone(),
                (a.clone(), profile.clone()),
            ));
        }
    }
    let queue = desk.queue();
    let mut decided = Vec::new();
    for state in [State::Approved, State::Rejected] {
        for item in crate::state::blocking(|| {
            queue.list(&Filter {
                state: Some(state),
                prompt: Some(suite.prompt.id().to_string()),
                brand: None,
            })
        })? {
            let text = crate::state::blocking(|| queue.revisions(item.id))?
                .pop()
                .map(|r| r.text)
                .unwrap_or_default();
            decided.push((item.id, state == State::Approved, text));
        }
    }
    decided.sort_by_key(|d| d.0);
    let mut out = Vec::new();
    for (metric, rubric, (assertion, profile)) in judges {
        let mut pairs = Vec::new();
        let mut disagreements = Vec::new();
        for (id, approved, text) in &decided {
            let shown = [Shown {
                output: serde_json::from_str(text).ok(),
                raw: text.clone(),
                outcome: Outcome::Accepted,
                findings: Vec::new(),
            }];
            let result = assertion
                .evaluate(
                    desk,
                    &Observed {
                        variants: &shown,
                        reference: None,
                        cost: 0.0,
                        latency_ms: 0.0,
                        repeat: 0,
                    },
                )
                .await;
            pairs.push((*approved, result.pass));
            if *approved != result.pass {
                disagreements.push(Disagreement {
                    item: *id,
                    approved: *approved,
                    judge_pass: result.pass,
                    detail: result.detail,
                });
            }
        }
        out.push(Calibration {
            metric,
            rubric,
            profile,
            agreement: stats::cohen_kappa(&pairs),
            disagreements,
        });
    }
    Ok(out)
}
