//! The checks a suite makes on generated copy. None executes code from the suite: each is a
//! comparison, a pattern, a schema, the brand's own guard chain, an embedding, or a judge model
//! with a rubric.
//!
//! A [`Spec`] is what the file says; [`Spec::compile`] turns it into an [`Assertion`] or says
//! what is missing (an assertion that needs a figure has none by default: `0` is a figure,
//! absence is an error). Every assertion applies to every variant of a case; it passes when it
//! passes on all of them, and its score is their mean.

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use serde_saphyr::Spanned;

use super::stats;
use crate::desk::Desk;
use crate::guard::{Finding, Outcome};
use crate::llm::ChatRequest;
use crate::prompt::{ChatMessage, Role};

/// The assertion types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Equals,
    Contains,
    Icontains,
    NotContains,
    Regex,
    JsonSchema,
    MaxLength,
    MinLength,
    Guard,
    PiiFree,
    Similar,
    RougeL,
    LlmRubric,
    Cost,
    Latency,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Equals => "equals",
            Kind::Contains => "contains",
            Kind::Icontains => "icontains",
            Kind::NotContains => "not-contains",
            Kind::Regex => "regex",
            Kind::JsonSchema => "json-schema",
            Kind::MaxLength => "max-length",
            Kind::MinLength => "min-length",
            Kind::Guard => "guard",
            Kind::PiiFree => "pii-free",
            Kind::Similar => "similar",
            Kind::RougeL => "rouge-l",
            Kind::LlmRubric => "llm-rubric",
            Kind::Cost => "cost",
            Kind::Latency => "latency",
        }
    }
}

/// Whether a list of strings must all match, or one is enough.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Match {
    #[default]
    All,
    Any,
}

/// How the samples of a judge become one result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Aggregate {
    /// Passes when more than half of the samples pass.
    #[default]
    Majority,
    /// Passes when the mean score is at least `value`.
    Mean,
}

/// An assertion as written in a suite.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Spec {
    #[serde(rename = "type")]
    pub kind: Spanned<Kind>,
    /// The expected value, pattern, schema, limit or threshold.
    #[serde(default)]
    pub value: Option<Value>,
    /// JSON pointer of the field checked (default: the whole copy).
    #[serde(default)]
    pub field: Option<String>,
    /// For a list of strings: `all` (default) or `any`.
    #[serde(default, rename = "match")]
    pub matching: Match,
    /// `guard`: the worst outcome allowed (default `accepted`).
    #[serde(default)]
    pub outcome: Option<Outcome>,
    /// `guard`: no findings of these stages (schema, pii, policy, style, …).
    #[serde(default)]
    pub stages: Vec<String>,
    /// `guard`: no findings of these rule ids.
    #[serde(default)]
    pub rules: Vec<String>,
    /// `llm-rubric`: what the judge grades.
    #[serde(default)]
    pub rubric: Option<String>,
    /// `llm-rubric`: the judge's model profile.
    #[serde(default)]
    pub profile: Option<String>,
    /// `llm-rubric`: how many times the judge scores each output (default 1).
    #[serde(default)]
    pub samples: Option<usize>,
    #[serde(default)]
    pub aggregate: Aggregate,
    /// Weight in the case's score (default 1).
    #[serde(default)]
    pub weight: Option<f64>,
    /// The metric this assertion feeds (default: its type).
    #[serde(default)]
    pub metric: Option<String>,
}

/// What a compiled assertion checks.
#[derive(Debug, Clone)]
pub enum Check {
    Equals(Value),
    Contains {
        needles: Vec<String>,
        any: bool,
        negate: bool,
        fold: bool,
    },
    Regex(regex::Regex),
    JsonSchema(Arc<jsonschema::Validator>),
    Length {
        max: bool,
        limit: usize,
    },
    Guard {
        worst: Outcome,
        stages: Vec<String>,
        rules: Vec<String>,
    },
    PiiFree,
    Similar(f64),
    RougeL(f64),
    Rubric {
        rubric: String,
        profile: String,
        samples: usize,
        /// The mean score needed (`aggregate: mean`); majority otherwise.
        mean: Option<f64>,
    },
    Cost(f64),
    Latency(f64),
}

/// A checked, compiled assertion.
#[derive(Debug, Clone)]
pub struct Assertion {
    pub check: Check,
    pub kind: Kind,
    pub metric: String,
    pub weight: f64,
    pub field: Option<String>,
}

impl Spec {
    /// The assertion, or what is wrong with it.
    pub fn compile(&self) -> Result<Assertion, String> {
        let kind = self.kind.value;
        let name = kind.as_str();
        let number = || -> Result<f64, String> {
            self.value
                .as_ref()
                .and_then(Value::as_f64)
                .filter(|v| v.is_finite())
                .ok_or_else(|| format!("`{name}` needs a number as `value` (there is no default)"))
        };
        let share = || -> Result<f64, String> {
            number().and_then(|v| {
                if (0.0..=1.0).contains(&v) {
                    Ok(v)
                } else {
                    Err(format!("`{name}`: value must be between 0 and 1"))
                }
            })
        };
        let check = match kind {
            Kind::Equals => Check::Equals(
                self.value
                    .clone()
                    .ok_or("`equals` needs a `value`".to_string())?,
            ),
            Kind::Contains | Kind::Icontains | Kind::NotContains => {
                let needles: Vec<String> = match &self.value {
                    Some(Value::String(s)) => vec![s.clone()],
                    Some(Value::Array(a)) if !a.is_empty() => a
                        .iter()
                        .map(|v| v.as_str().map(str::to_string))
                        .collect::<Option<_>>()
                        .ok_or(format!("`{name}`: every value must be a string"))?,
                    _ => return Err(format!("`{name}` needs a string or a list of strings")),
                };
                Check::Contains {
                    needles,
                    any: self.matching == Match::Any,
                    negate: kind == Kind::NotContains,
                    fold: kind == Kind::Icontains,
                }
            }
            Kind::Regex => {
                let pattern = self
                    .value
                    .as_ref()
                    .and_then(Value::as_str)
                    .ok_or("`regex` needs a pattern as `value`".to_string())?;
                Check::Regex(regex::Regex::new(pattern).map_err(|e| format!("`regex`: {e}"))?)
            }
            Kind::JsonSchema => {
                let schema = self
                    .value
                    .as_ref()
                    .filter(|v| v.is_object())
                    .ok_or("`json-schema` needs a schema (an object) as `value`".to_string())?;
                Check::JsonSchema(Arc::new(
                    jsonschema::validator_for(schema)
                        .map_err(|e| format!("`json-schema`: not a valid JSON Schema: {e}"))?,
                ))
            }
            Kind::MaxLength | Kind::MinLength => Check::Length {
                max: kind == Kind::MaxLength,
                limit: self.value.as_ref().and_then(Value::as_u64).ok_or(format!(
                    "`{name}` needs a whole number of characters as `value`"
                ))? as usize,
            },
            Kind::Guard => Check::Guard {
                worst: self.outcome.unwrap_or(Outcome::Accepted),
                stages: self.stages.clone(),
                rules: self.rules.clone(),
            },
            Kind::PiiFree => Check::PiiFree,
            Kind::Similar => Check::Similar(share()?),
            Kind::RougeL => Check::RougeL(share()?),
            Kind::LlmRubric => {
                let rubric = self
                    .rubric
                    .clone()
                    .filter(|r| !r.trim().is_empty())
                    .ok_or("`llm-rubric` needs a `rubric`".to_string())?;
                let profile = self.profile.clone().ok_or(
                    "`llm-rubric` needs the judge's model `profile` (there is no default judge)"
                        .to_string(),
                )?;
                let samples = self.samples.unwrap_or(1);
                if samples == 0 {
                    return Err("`llm-rubric`: samples must be at least 1".into());
                }
                let mean = match self.aggregate {
                    Aggregate::Mean => Some(share().map_err(|_| {
                        "`llm-rubric` with `aggregate: mean` needs the mean score to reach as `value` (0..1)".to_string()
                    })?),
                    Aggregate::Majority => None,
                };
                Check::Rubric {
                    rubric,
                    profile,
                    samples,
                    mean,
                }
            }
            Kind::Cost => Check::Cost(number()?),
            Kind::Latency => Check::Latency(number()?),
        };
        let weight = self.weight.unwrap_or(1.0);
        if !(weight.is_finite() && weight >= 0.0) {
            return Err(format!("`{name}`: weight must be 0 or more"));
        }
        if self.field.as_deref().is_some_and(|f| !f.starts_with('/')) {
            return Err(format!(
                "`{name}`: field must be a JSON pointer such as /headlines/0"
            ));
        }
        Ok(Assertion {
            check,
            kind,
            metric: self.metric.clone().unwrap_or_else(|| name.to_string()),
            weight,
            field: self.field.clone(),
        })
    }
}

/// One variant as the checks see it.
#[derive(Debug, Clone, Serialize)]
pub struct Shown {
    pub output: Option<Value>,
    pub raw: String,
    pub outcome: Outcome,
    pub findings: Vec<Finding>,
}

/// What one run of a case produced.
#[derive(Debug, Clone)]
pub struct Observed<'a> {
    pub variants: &'a [Shown],
    pub reference: Option<&'a str>,
    pub cost: f64,
    pub latency_ms: f64,
    /// The repeat (a judge's seed, so repeats are distinct).
    pub repeat: usize,
}

/// An assertion's result on one run of a case.
#[derive(Debug, Clone, Serialize)]
pub struct CheckResult {
    pub assertion: &'static str,
    pub metric: String,
    pub weight: f64,
    pub pass: bool,
    pub score: f64,
    /// Why it failed, or what was measured.
    pub detail: String,
}

/// A result per variant: passed, score, detail.
type Verdict = (bool, f64, String);

impl Assertion {
    pub fn kind(&self) -> &'static str {
        self.kind.as_str()
    }

    /// The check of a case without assertions: the brand's guard chain accepts the copy.
    pub fn guard_accepts() -> Self {
        Self {
            check: Check::Guard {
                worst: Outcome::Accepted,
                stages: Vec::new(),
                rules: Vec::new(),
            },
            kind: Kind::Guard,
            metric: Kind::Guard.as_str().to_string(),
            weight: 1.0,
            field: None,
        }
    }

    /// `similar` and `rouge-l` compare with the case's reference.
    pub fn needs_reference(&self) -> bool {
        matches!(self.check, Check::Similar(_) | Check::RougeL(_))
    }

    /// Check one run of a case.
    pub async fn evaluate(&self, desk: &Desk, seen: &Observed<'_>) -> CheckResult {
        let (pass, score, detail) = match &self.check {
            Check::Cost(max) => (
                seen.cost <= *max,
                f64::from(u8::from(seen.cost <= *max)),
                format!("cost {:.6} (at most {max})", seen.cost),
            ),
            Check::Latency(max) => (
                seen.latency_ms <= *max,
                f64::from(u8::from(seen.latency_ms <= *max)),
                format!("{:.0} ms (at most {max} ms)", seen.latency_ms),
            ),
            _ if seen.variants.is_empty() => (false, 0.0, "no output".to_string()),
            _ => {
                let mut verdicts = Vec::new();
                for v in seen.variants {
                    verdicts.push(self.on_variant(desk, seen, v).await);
                }
                combine(&verdicts)
            }
        };
        CheckResult {
            assertion: self.kind(),
            metric: self.metric.clone(),
            weight: self.weight,
            pass,
            score,
            detail,
        }
    }

    async fn on_variant(&self, desk: &Desk, seen: &Observed<'_>, v: &Shown) -> Verdict {
        let texts = match texts(v, self.field.as_deref()) {
            Ok(t) => t,
            Err(e) => return (false, 0.0, e),
        };
        let binary = |ok: bool, why: String| (ok, f64::from(u8::from(ok)), why);
        match &self.check {
            Check::Equals(want) => {
                let got = match (want, &self.field, &v.output) {
                    (Value::String(_), _, _) => Value::String(texts.join("\n")),
                    (_, Some(p), Some(o)) => o.pointer(p).cloned().unwrap_or(Value::Null),
                    (_, None, Some(o)) => o.clone(),
                    _ => Value::String(v.raw.clone()),
                };
                binary(&got == want, format!("got {}", clip(&got.to_string())))
            }
            Check::Contains {
                needles,
                any,
                negate,
                fold,
            } => {
                let hay = texts.join("\n");
                let hay = if *fold { hay.to_lowercase() } else { hay };
                let found: Vec<bool> = needles
                    .iter()
                    .map(|n| {
                        if *fold {
                            hay.contains(&n.to_lowercase())
                        } else {
                            hay.contains(n.as_str())
                        }
                    })
                    .collect();
                let ok = match (negate, any) {
                    (false, false) => found.iter().all(|f| *f),
                    (false, true) => found.iter().any(|f| *f),
                    (true, false) => !found.iter().any(|f| *f),
                    (true, true) => !found.iter().all(|f| *f),
                };
                let listed = |want: bool| -> Vec<&str> {
                    needles
                        .iter()
                        .zip(&found)
                        .filter(|(_, f)| **f == want)
                        .map(|(n, _)| n.as_str())
                        .collect()
                };
                let detail = if *negate {
                    format!("found {:?}", listed(true))
                } else {
                    format!("missing {:?}", listed(false))
                };
                binary(ok, detail)
            }
            Check::Regex(re) => {
                let ok = texts.iter().all(|t| re.is_match(t));
                binary(ok, format!("/{re}/ on {}", clip(&texts.join(" | "))))
            }
            Check::JsonSchema(schema) => match &v.output {
                Some(o) => {
                    let target = self
                        .field
                        .as_deref()
                        .map_or(Some(o), |p| o.pointer(p))
                        .unwrap_or(&Value::Null);
                    let errors: Vec<String> =
                        schema.iter_errors(target).map(|e| e.to_string()).collect();
                    binary(errors.is_empty(), errors.join("; "))
                }
                None => binary(false, "the output is not JSON".into()),
            },
            Check::Length { max, limit } => {
                let lengths: Vec<usize> = texts.iter().map(|t| t.chars().count()).collect();
                let bad: Vec<usize> = lengths
                    .iter()
                    .copied()
                    .filter(|n| if *max { n > limit } else { n < limit })
                    .collect();
                binary(
                    bad.is_empty(),
                    format!(
                        "lengths {lengths:?} ({} {limit})",
                        if *max { "at most" } else { "at least" }
                    ),
                )
            }
            Check::Guard {
                worst,
                stages,
                rules,
            } => {
                let hits: Vec<String> = v
                    .findings
                    .iter()
                    .filter(|f| stages.iter().any(|s| s == f.stage) || rules.contains(&f.rule))
                    .map(Finding::summary)
                    .collect();
                if stages.is_empty() && rules.is_empty() {
                    let ok = v.outcome <= *worst;
                    let why: Vec<String> = v.findings.iter().map(Finding::summary).collect();
                    binary(ok, format!("{}: {}", v.outcome.as_str(), why.join("; ")))
                } else {
                    binary(hits.is_empty(), hits.join("; "))
                }
            }
            Check::PiiFree => {
                let mut hits: Vec<String> = v
                    .findings
                    .iter()
                    .filter(|f| f.stage == "pii")
                    .map(Finding::summary)
                    .collect();
                for t in &texts {
                    hits.extend(
                        crate::guard::finding::pii_findings(t)
                            .iter()
                            .map(Finding::summary),
                    );
                }
                binary(hits.is_empty(), hits.join("; "))
            }
            Check::Similar(min) => {
                let reference = seen.reference.unwrap_or_default();
                let text = texts.join("\n");
                let vectors = crate::state::blocking(|| {
                    desk.embedder()
                        .and_then(|e| e.embed(&[text.as_str(), reference]))
                });
                match vectors {
                    Ok(v) if v.len() == 2 => {
                        let cos = stats::cosine(&v[0], &v[1]);
                        (
                            cos >= *min,
                            cos,
                            format!("cosine {cos:.3} (at least {min})"),
                        )
                    }
                    Ok(_) => binary(false, "the embedder returned no vectors".into()),
                    Err(e) => binary(false, format!("embedding failed: {e}")),
                }
            }
            Check::RougeL(min) => {
                let f = stats::rouge_l(&texts.join("\n"), seen.reference.unwrap_or_default());
                (f >= *min, f, format!("ROUGE-L F {f:.3} (at least {min})"))
            }
            Check::Rubric {
                rubric,
                profile,
                samples,
                mean,
            } => {
                judge(
                    desk,
                    rubric,
                    profile,
                    *samples,
                    *mean,
                    &texts.join("\n"),
                    seen.repeat,
                )
                .await
            }
            Check::Cost(_) | Check::Latency(_) => binary(true, String::new()),
        }
    }
}

/// All variants must pass; the score is their mean.
fn combine(verdicts: &[Verdict]) -> Verdict {
    let pass = verdicts.iter().all(|v| v.0);
    let score = verdicts.iter().map(|v| v.1).sum::<f64>() / verdicts.len().max(1) as f64;
    let detail = if verdicts.len() == 1 {
        verdicts[0].2.clone()
    } else {
        verdicts
            .iter()
            .enumerate()
            .filter(|(_, v)| !v.0 || pass)
            .map(|(i, v)| format!("variant {}: {}", i + 1, v.2))
            .collect::<Vec<_>>()
            .join(" · ")
    };
    (pass, score, detail)
}

/// The strings an assertion looks at: the field's (each element of an array), else the whole
/// copy (every string of a JSON output, one per line; the raw reply otherwise).
pub fn texts(v: &Shown, field: Option<&str>) -> Result<Vec<String>, String> {
    let Some(pointer) = field else {
        return Ok(vec![whole_text(v)]);
    };
    let output = v
        .output
        .as_ref()
        .ok_or_else(|| format!("{pointer}: the output is not JSON"))?;
    let value = output
        .pointer(pointer)
        .ok_or_else(|| format!("{pointer}: no such field in the output"))?;
    let one = |x: &Value| match x {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    Ok(match value {
        Value::Array(items) => items.iter().map(one).collect(),
        other => vec![one(other)],
    })
}

/// A variant's copy as text: every string of its JSON output, one per line, else the raw reply.
pub fn whole_text(v: &Shown) -> String {
    match &v.output {
        Some(o) => crate::guard::Subject::json(o)
            .fields
            .iter()
            .map(|f| f.text)
            .collect::<Vec<_>>()
            .join("\n"),
        None => v.raw.clone(),
    }
}

fn clip(s: &str) -> String {
    if s.chars().count() > 120 {
        format!("{}…", s.chars().take(120).collect::<String>())
    } else {
        s.to_string()
    }
}

/// The judge's reply: a verdict and/or a score, and its reason.
#[derive(Debug, Clone, PartialEq)]
pub struct Vote {
    pub pass: Option<bool>,
    pub score: Option<f64>,
    pub reason: String,
}

/// Read a judge's reply: a JSON object with `pass` (or `verdict: pass|fail`), `score` (0..1)
/// and `reason`. A reply with neither verdict nor score is `None`.
pub fn parse_vote(reply: &str) -> Option<Vote> {
    let start = reply.find('{')?;
    let end = reply.rfind('}')?;
    let v: Value = serde_json::from_str(reply.get(start..=end)?).ok()?;
    let pass = v["pass"].as_bool().or_else(|| {
        match v["verdict"]
            .as_str()
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("pass") => Some(true),
            Some("fail") => Some(false),
            _ => None,
        }
    });
    let score = v["score"].as_f64().filter(|s| (0.0..=1.0).contains(s));
    if pass.is_none() && score.is_none() {
        return None;
    }
    Some(Vote {
        pass,
        score,
        reason: v["reason"].as_str().unwrap_or_default().to_string(),
    })
}

const JUDGE_SYSTEM: &str = "You grade marketing copy against a rubric. Reply with one JSON object: {\"pass\": true or false, \"score\": a number from 0 to 1, \"reason\": one sentence}.";

/// Score `text` with the judge `samples` times and aggregate.
async fn judge(
    desk: &Desk,
    rubric: &str,
    profile: &str,
    samples: usize,
    mean: Option<f64>,
    text: &str,
    repeat: usize,
) -> Verdict {
    let client = match desk.client(profile) {
        Ok(c) => c,
        Err(e) => return (false, 0.0, format!("judge profile '{profile}': {e}")),
    };
    let schema = json!({
        "type": "object",
        "required": ["pass", "score", "reason"],
        "properties": {
            "pass": {"type": "boolean"},
            "score": {"type": "number", "minimum": 0, "maximum": 1},
            "reason": {"type": "string"}
        }
    });
    let mut votes: Vec<Result<Vote, String>> = Vec::new();
    for sample in 0..samples {
        let request = ChatRequest {
            messages: vec![
                ChatMessage {
                    role: Role::System,
                    content: JUDGE_SYSTEM.to_string(),
                },
                ChatMessage {
                    role: Role::User,
                    content: format!("Rubric:\n{rubric}\n\nCopy:\n{text}"),
                },
            ],
            output_schema: Some(schema.clone()),
            schema_name: "verdict".into(),
            temperature: if samples > 1 { 0.7 } else { 0.0 },
            top_p: 1.0,
            max_tokens: 200,
            seed: Some((repeat * samples + sample) as u32),
        };
        votes.push(match client.chat(&request, None).await {
            Ok(r) => parse_vote(&r.content)
                .ok_or_else(|| format!("the judge's reply has no verdict: {}", clip(&r.content))),
            Err(e) => Err(format!("the judge failed: {e}")),
        });
    }
    tally(&votes, mean)
}

/// Aggregate judge samples: majority of `pass` (a vote without one fails), or mean score.
pub fn tally(votes: &[Result<Vote, String>], mean: Option<f64>) -> Verdict {
    let n = votes.len().max(1);
    let passes = votes
        .iter()
        .filter(|v| {
            matches!(
                v,
                Ok(Vote {
                    pass: Some(true),
                    ..
                })
            )
        })
        .count();
    let failed: Vec<&str> = votes
        .iter()
        .filter_map(|v| v.as_ref().err().map(String::as_str))
        .collect();
    let reasons: Vec<&str> = votes
        .iter()
        .filter_map(|v| v.as_ref().ok().map(|v| v.reason.as_str()))
        .filter(|r| !r.is_empty())
        .collect();
    let disagree = passes != 0 && passes != votes.len();
    let mut detail = format!("{passes} of {} judge votes pass", votes.len());
    if disagree {
        detail.push_str(" (the judges disagree)");
    }
    if let Some(r) = reasons.first() {
        detail.push_str(&format!(": {r}"));
    }
    if !failed.is_empty() {
        detail.push_str(&format!(" · {}", failed.join(" · ")));
    }
    match mean {
        None => {
            let ok = passes * 2 > votes.len() && !votes.is_empty();
            (ok, passes as f64 / n as f64, detail)
        }
        Some(min) => {
            let scores: Vec<f64> = votes
                .iter()
                .filter_map(|v| v.as_ref().ok().and_then(|v| v.score))
                .collect();
            if scores.len() < votes.len() {
                return (false, 0.0, format!("{detail} · a reply has no score"));
            }
            let m = scores.iter().sum::<f64>() / n as f64;
            (
                m >= min,
                m,
                format!("{detail} · mean score {m:.2} (at least {min})"),
            )
        }
    }
}
