//! Which variants a human sees (`policies/review.yaml`): every needs-review outcome; a sample of
//! accepted ones per channel or prompt (picked by a hash of the variant, so a rerun picks the
//! same); everything not rejected from a prompt marked `review: always`. Rejected variants are
//! recorded with their reasons, never queued.

use std::path::Path;

use serde::Deserialize;

use crate::diag::Diagnostic;
use crate::guard::Outcome;

/// `policies/review.yaml`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    /// Accepted variants sampled into the queue.
    #[serde(default)]
    pub sample: Vec<Sample>,
    /// How long a claim holds (minutes).
    #[serde(default = "default_lease")]
    pub lease_minutes: u32,
}

fn default_lease() -> u32 {
    30
}

/// A share of the accepted variants of one channel or one prompt.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sample {
    #[serde(default)]
    pub channel: Option<String>,
    /// A prompt id.
    #[serde(default)]
    pub prompt: Option<String>,
    /// Between 0 and 1.
    pub rate: f64,
}

/// What becomes of one variant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// Into the queue, with the reason.
    Queue(String),
    /// Recorded as rejected by the guard chain, with the reason.
    Record(String),
    /// Out without a human.
    Pass,
}

/// A variant as routing sees it.
#[derive(Debug, Clone, Copy)]
pub struct Candidate<'a> {
    pub outcome: Outcome,
    pub prompt_id: &'a str,
    pub channel: Option<&'a str>,
    /// The prompt says `review: always`.
    pub always: bool,
    /// What the sample is drawn from (the variant's text).
    pub text: &'a str,
}

impl Rules {
    /// The rules of a project: `policies/review.yaml`, or the defaults when there is none.
    pub fn load(root: &Path) -> Result<Self, Diagnostic> {
        let path = root
            .join("policies")
            .join(crate::guard::policy::REVIEW_RULES);
        if !path.is_file() {
            return Ok(Self {
                lease_minutes: default_lease(),
                ..Self::default()
            });
        }
        let rules: Rules = crate::yaml::read(&path)?;
        for s in &rules.sample {
            if !(0.0..=1.0).contains(&s.rate) {
                return Err(Diagnostic::file(
                    &path,
                    format!("sample rate {} must be between 0 and 1", s.rate),
                ));
            }
            if s.channel.is_some() == s.prompt.is_some() {
                return Err(Diagnostic::file(
                    &path,
                    "each sample names either a channel or a prompt",
                ));
            }
        }
        if rules.lease_minutes == 0 {
            return Err(Diagnostic::file(&path, "lease_minutes must be at least 1"));
        }
        Ok(rules)
    }

    /// Where a variant goes.
    pub fn route(&self, c: &Candidate<'_>) -> Route {
        match c.outcome {
            Outcome::Rejected => Route::Record("rejected by the guard chain".into()),
            Outcome::NeedsReview => Route::Queue("needs review".into()),
            Outcome::Accepted if c.always => {
                Route::Queue("the prompt is marked review: always".into())
            }
            Outcome::Accepted => {
                let draw = draw(c.prompt_id, c.text);
                self.sample
                    .iter()
                    .find(|s| {
                        (s.channel.is_some() && s.channel.as_deref() == c.channel
                            || s.prompt.as_deref() == Some(c.prompt_id))
                            && draw < s.rate
                    })
                    .map_or(Route::Pass, |s| {
                        Route::Queue(format!(
                            "sampled ({:.0} % of accepted {})",
                            s.rate * 100.0,
                            s.channel.as_deref().map_or_else(
                                || format!("prompt {}", c.prompt_id),
                                |ch| format!("{ch} copy")
                            )
                        ))
                    })
            }
        }
    }
}

/// A number in [0, 1) fixed by the prompt and the text.
fn draw(prompt: &str, text: &str) -> f64 {
    let h = blake3::hash(format!("{prompt}\u{0}{text}").as_bytes());
    let mut b = [0u8; 8];
    b.copy_from_slice(&h.as_bytes()[..8]);
    (u64::from_le_bytes(b) >> 11) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(outcome: Outcome, text: &str) -> Candidate<'_> {
        Candidate {
            outcome,
            prompt_id: "ad-variants",
            channel: Some("google-ads-rsa"),
            always: false,
            text,
        }
    }

    #[test]
    fn outcomes_route_by_the_rules() {
        let rules = Rules {
            sample: vec![Sample {
                channel: Some("google-ads-rsa".into()),
                prompt: None,
                rate: 0.25,
            }],
            lease_minutes: 30,
        };
        assert!(matches!(
            rules.route(&candidate(Outcome::Rejected, "x")),
            Route::Record(_)
        ));
        assert!(matches!(
            rules.route(&candidate(Outcome::NeedsReview, "x")),
            Route::Queue(_)
        ));
        let mut always = candidate(Outcome::Accepted, "x");
        always.always = true;
        assert!(matches!(rules.route(&always), Route::Queue(_)));
        // about a quarter of accepted texts are sampled, the same ones every time
        let texts: Vec<String> = (0..2000).map(|i| format!("ad {i}")).collect();
        let sampled = || {
            texts
                .iter()
                .filter(|t| {
                    matches!(
                        rules.route(&candidate(Outcome::Accepted, t)),
                        Route::Queue(_)
                    )
                })
                .count()
        };
        let (sampled, again) = (sampled(), sampled());
        assert!((400..600).contains(&sampled), "{sampled}");
        assert_eq!(sampled, again);
        // another channel is not sampled
        let mut other = candidate(Outcome::Accepted, "ad 1");
        other.channel = Some("meta");
        assert_eq!(Rules::default().route(&other), Route::Pass);
        assert_eq!(rules.route(&other), Route::Pass);
    }
}
