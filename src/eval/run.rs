//! Running a suite: every case × repeat through [`Desk::run`] with bounded concurrency, the
//! checks on what came back, the figures per metric and the thresholds; and the comparison of
//! two prompt versions on the same cases.
//!
//! A failing case never stops the suite: a request that fails is a failed run of its case with
//! the error as the reason of every check. A provider that cannot be reached, or a budget that
//! runs out, makes the run inconclusive (no verdict either way).

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Instant;

use futures::StreamExt;
use serde::Serialize;

use super::assertion::{CheckResult, Observed, Shown, whole_text};
use super::stats::{self, McNemar};
use super::{Expect, Loaded, LoadedCase};
use crate::desk::{CacheMode, Desk, Request};
use crate::guard::Outcome;
use crate::lineage::Generated;
use crate::pipeline::Disposition;
use crate::prompt::PromptVersion;

/// How a suite is run (the command line's overrides).
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// Profile of every case (default: the suite's, else the prompt's chain).
    pub profile: Option<String>,
    /// Runs per case (default: the suite's).
    pub repeat: Option<usize>,
    pub concurrency: usize,
    pub cache: CacheMode,
}

/// What a live progress display is told.
pub trait Progress: Send + Sync {
    /// Runs to do (cases × repeats).
    fn total(&self, runs: u64);
    /// One more run done; `failed` runs so far.
    fn done(&self, failed: u64);
}

/// One run of one case.
#[derive(Debug, Clone, Serialize)]
pub struct Attempt {
    pub repeat: usize,
    pub pass: bool,
    /// Weighted mean of the checks' scores.
    pub score: f64,
    pub checks: Vec<CheckResult>,
    /// Each variant's copy as text.
    pub outputs: Vec<String>,
    /// The guard chain's verdict on the request.
    pub outcome: Option<Outcome>,
    pub schema_valid: Vec<bool>,
    /// Variants the guard chain rejected.
    pub rejected: usize,
    /// Model time of the calls (0 when answered from the cache).
    pub latency_ms: f64,
    pub cost: f64,
    pub cached: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The provider could not be reached.
    pub unreachable: bool,
    /// A budget ran out before the call.
    pub budget_exhausted: bool,
}

/// A case over its repeats.
#[derive(Debug, Clone, Serialize)]
pub struct CaseResult {
    pub name: String,
    pub expect: Expect,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The majority of its repeats passed.
    pub pass: bool,
    /// Share of repeats that passed.
    pub pass_rate: f64,
    /// Some repeats passed and some failed.
    pub flaky: bool,
    pub attempts: Vec<Attempt>,
}

/// One threshold and the figure it was held against.
#[derive(Debug, Clone, Serialize)]
pub struct ThresholdResult {
    pub threshold: String,
    pub metric: String,
    pub figure: f64,
    pub pass: bool,
}

/// What a suite run concluded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// Every threshold holds.
    Go,
    /// A threshold failed.
    NoGo,
    /// The suite has no thresholds: nothing to gate on.
    Ungated,
    /// The provider could not be reached for some runs.
    Unreachable,
    /// A budget ran out: some runs were not made.
    Stopped,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Go => "go",
            Verdict::NoGo => "no-go",
            Verdict::Ungated => "ungated",
            Verdict::Unreachable => "unreachable",
            Verdict::Stopped => "stopped",
        }
    }
}

/// A suite run.
#[derive(Debug, Clone, Serialize)]
pub struct SuiteRun {
    pub suite: String,
    pub suite_hash: String,
    pub prompt: String,
    pub prompt_hash: String,
    /// The profile override, or `prompt chain`.
    pub profile: String,
    pub repeat: usize,
    pub cases: Vec<CaseResult>,
    pub metrics: BTreeMap<String, f64>,
    pub thresholds: Vec<ThresholdResult>,
    pub verdict: Verdict,
    pub flaky: Vec<String>,
    pub seconds: f64,
}

impl SuiteRun {
    /// The failed thresholds, each with its figure.
    pub fn failed_thresholds(&self) -> Vec<String> {
        self.thresholds
            .iter()
            .filter(|t| !t.pass)
            .map(|t| format!("{} (got {})", t.threshold, figure(t.figure)))
            .collect()
    }
}

/// A figure as reports print it.
pub fn figure(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e12 {
        format!("{v:.0}")
    } else {
        format!("{v:.4}")
    }
}

/// Run `suite` on `prompt` (its own version, or another of the same prompt).
pub async fn run(
    desk: &Desk,
    suite: &Loaded,
    prompt: &Arc<PromptVersion>,
    options: &RunOptions,
    progress: &dyn Progress,
) -> SuiteRun {
    let started = Instant::now();
    let repeat = options.repeat.unwrap_or(suite.repeat).max(1);
    let profile = options.profile.clone().or_else(|| suite.profile.clone());
    progress.total((suite.cases.len() * repeat) as u64);
    let jobs = suite
        .cases
        .iter()
        .enumerate()
        .flat_map(|(i, c)| (0..repeat).map(move |r| (i, c, r)));
    let failed = std::sync::atomic::AtomicU64::new(0);
    let mut attempts: Vec<(usize, Attempt)> = futures::stream::iter(jobs)
        .map(|(i, case, r)| {
            let mut req = Request::new(Arc::clone(prompt), case.vars.clone(), suite.n);
            req.profile = profile.clone();
            req.cache = options.cache;
            req.salt = (repeat > 1).then(|| format!("eval repeat {r}"));
            let failed = &failed;
            async move {
                let a = attempt(desk, case, req, r).await;
                if !a.pass {
                    failed.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                }
                progress.done(failed.load(std::sync::atomic::Ordering::Relaxed));
                (i, a)
            }
        })
        .buffer_unordered(options.concurrency.max(1))
        .collect()
        .await;
    attempts.sort_by_key(|(i, a)| (*i, a.repeat));
    let mut cases: Vec<CaseResult> = suite
        .cases
        .iter()
        .map(|c| CaseResult {
            name: c.name.clone(),
            expect: c.expect,
            reason: c.reason.clone(),
            pass: false,
            pass_rate: 0.0,
            flaky: false,
            attempts: Vec::new(),
        })
        .collect();
    for (i, a) in attempts {
        cases[i].attempts.push(a);
    }
    for c in &mut cases {
        let passed = c.attempts.iter().filter(|a| a.pass).count();
        let k = c.attempts.len().max(1);
        c.pass = passed * 2 > k;
        c.pass_rate = passed as f64 / k as f64;
        c.flaky = passed > 0 && passed < c.attempts.len();
    }
    let metrics = metrics(&cases);
    let thresholds: Vec<ThresholdResult> = suite
        .thresholds
        .iter()
        .map(|t| {
            let got = metrics.get(&t.metric).copied().unwrap_or(0.0);
            ThresholdResult {
                threshold: t.describe(),
                metric: t.metric.clone(),
                figure: got,
                pass: if t.at_most {
                    got <= t.value
                } else {
                    got >= t.value
                },
            }
        })
        .collect();
    let any = |f: fn(&Attempt) -> bool| cases.iter().any(|c| c.attempts.iter().any(f));
    let verdict = if any(|a| a.budget_exhausted) {
        Verdict::Stopped
    } else if any(|a| a.unreachable) {
        Verdict::Unreachable
    } else if thresholds.is_empty() {
        Verdict::Ungated
    } else if thresholds.iter().all(|t| t.pass) {
        Verdict::Go
    } else {
        Verdict::NoGo
    };
    SuiteRun {
        suite: suite.path.display().to_string(),
        suite_hash: suite.hash.clone(),
        prompt: prompt.label(),
        prompt_hash: prompt.hash.clone(),
        profile: profile.unwrap_or_else(|| "prompt chain".into()),
        repeat,
        flaky: cases
            .iter()
            .filter(|c| c.flaky)
            .map(|c| c.name.clone())
            .collect(),
        cases,
        metrics,
        thresholds,
        verdict,
        seconds: started.elapsed().as_secs_f64(),
    }
}

/// One request and the checks on its result.
async fn attempt(desk: &Desk, case: &LoadedCase, req: Request, repeat: usize) -> Attempt {
    let generated = desk.run(req).await;
    let g = match generated {
        Ok(g) => g,
        Err(e) => {
            let why = format!("the request failed: {e}");
            return Attempt {
                repeat,
                pass: false,
                score: 0.0,
                checks: case
                    .checks
                    .iter()
                    .map(|a| CheckResult {
                        assertion: a.kind(),
                        metric: a.metric.clone(),
                        weight: a.weight,
                        pass: false,
                        score: 0.0,
                        detail: why.clone(),
                    })
                    .collect(),
                outputs: Vec::new(),
                outcome: None,
                schema_valid: Vec::new(),
                rejected: 0,
                latency_ms: 0.0,
                cost: 0.0,
                cached: false,
                unreachable: e.disposition() == Disposition::Retry,
                budget_exhausted: e.is_budget_exhausted(),
                error: Some(why),
            };
        }
    };
    let shown: Vec<Shown> = g
        .variants
        .iter()
        .map(|v| Shown {
            output: v.output.clone(),
            raw: v.raw.clone(),
            outcome: if g.blocked.is_some() {
                Outcome::Rejected
            } else {
                v.outcome
            },
            findings: v.findings.clone(),
        })
        .collect();
    let (latency_ms, cost) = spent(desk, &g);
    let seen = Observed {
        variants: &shown,
        reference: case.reference.as_deref(),
        cost,
        latency_ms,
        repeat,
    };
    let mut checks = Vec::new();
    for a in &case.checks {
        checks.push(a.evaluate(desk, &seen).await);
    }
    let weight: f64 = checks.iter().map(|c| c.weight).sum();
    let score = if weight > 0.0 {
        checks.iter().map(|c| c.weight * c.score).sum::<f64>() / weight
    } else {
        0.0
    };
    let all = checks.iter().all(|c| c.pass);
    Attempt {
        repeat,
        pass: match case.expect {
            Expect::Pass => all,
            Expect::Fail => !all,
        },
        score,
        checks,
        outputs: shown.iter().map(whole_text).collect(),
        outcome: Some(g.outcome()),
        schema_valid: g.variants.iter().map(|v| v.schema_valid()).collect(),
        rejected: shown
            .iter()
            .filter(|v| v.outcome == Outcome::Rejected)
            .count(),
        latency_ms,
        cost,
        cached: !g.calls.is_empty() && g.calls.iter().all(|c| c.cached),
        error: None,
        unreachable: false,
        budget_exhausted: false,
    }
}

/// Model time and cost of a request's paid calls.
fn spent(desk: &Desk, g: &Generated) -> (f64, f64) {
    g.calls
        .iter()
        .filter(|c| !c.cached)
        .fold((0.0, 0.0), |(ms, cost), c| {
            (ms + c.latency_ms, cost + desk.call_cost(c))
        })
}

/// The suite's figures: the suite metrics and each assertion metric's mean score.
fn metrics(cases: &[CaseResult]) -> BTreeMap<String, f64> {
    let mut m = BTreeMap::new();
    let n = cases.len().max(1) as f64;
    m.insert(
        "pass_rate".into(),
        cases.iter().filter(|c| c.pass).count() as f64 / n,
    );
    m.insert(
        "case_pass_rate".into(),
        cases
            .iter()
            .map(|c| c.pass_rate)
            .fold(f64::INFINITY, f64::min)
            .min(1.0),
    );
    let attempts: Vec<&Attempt> = cases.iter().flat_map(|c| c.attempts.iter()).collect();
    let valid: Vec<bool> = attempts
        .iter()
        .flat_map(|a| {
            if a.error.is_some() {
                vec![false]
            } else {
                a.schema_valid.clone()
            }
        })
        .collect();
    m.insert(
        "schema_valid".into(),
        valid.iter().filter(|v| **v).count() as f64 / valid.len().max(1) as f64,
    );
    m.insert(
        "violations".into(),
        cases
            .iter()
            .filter(|c| c.expect == Expect::Pass)
            .flat_map(|c| c.attempts.iter())
            .map(|a| a.rejected)
            .sum::<usize>() as f64,
    );
    let latencies: Vec<f64> = attempts.iter().map(|a| a.latency_ms).collect();
    m.insert("p95_latency_ms".into(), stats::quantile(&latencies, 0.95));
    m.insert(
        "mean_cost".into(),
        attempts.iter().map(|a| a.cost).sum::<f64>() / attempts.len().max(1) as f64,
    );
    let mut sums: BTreeMap<String, (f64, usize)> = BTreeMap::new();
    for c in attempts.iter().flat_map(|a| a.checks.iter()) {
        let e = sums.entry(c.metric.clone()).or_default();
        e.0 += c.score;
        e.1 += 1;
    }
    for (metric, (sum, count)) in sums {
        m.entry(metric).or_insert(sum / count.max(1) as f64);
    }
    m
}

/// One case under both versions.
#[derive(Debug, Clone, Serialize)]
pub struct Pair {
    pub case: String,
    /// `regression` (passed before, fails now), `improvement`, `pass` or `fail`.
    pub change: &'static str,
    pub baseline_pass: bool,
    pub candidate_pass: bool,
    pub baseline_output: String,
    pub candidate_output: String,
    pub baseline_score: f64,
    pub candidate_score: f64,
}

/// A metric under both versions.
#[derive(Debug, Clone, Serialize)]
pub struct Delta {
    pub metric: String,
    pub baseline: f64,
    pub candidate: f64,
    pub delta: f64,
}

/// Two versions of a prompt on the same cases.
#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    pub baseline: String,
    pub candidate: String,
    /// Regressions first, then improvements, then the rest in suite order.
    pub pairs: Vec<Pair>,
    pub deltas: Vec<Delta>,
    /// McNemar's exact test on the paired case results.
    pub test: &'static str,
    pub mcnemar: McNemar,
}

/// Compare a baseline run with a candidate run of the same suite.
pub fn compare(baseline: &SuiteRun, candidate: &SuiteRun) -> Comparison {
    let first = |c: &CaseResult| c.attempts.first().map(|a| a.outputs.join("\n---\n"));
    let mean_score = |c: &CaseResult| {
        c.attempts.iter().map(|a| a.score).sum::<f64>() / c.attempts.len().max(1) as f64
    };
    let mut pairs: Vec<Pair> = baseline
        .cases
        .iter()
        .zip(&candidate.cases)
        .map(|(b, c)| Pair {
            case: c.name.clone(),
            change: match (b.pass, c.pass) {
                (true, false) => "regression",
                (false, true) => "improvement",
                (true, true) => "pass",
                (false, false) => "fail",
            },
            baseline_pass: b.pass,
            candidate_pass: c.pass,
            baseline_output: first(b).unwrap_or_default(),
            candidate_output: first(c).unwrap_or_default(),
            baseline_score: mean_score(b),
            candidate_score: mean_score(c),
        })
        .collect();
    pairs.sort_by_key(|p| match p.change {
        "regression" => 0,
        "improvement" => 1,
        _ => 2,
    });
    let count = |change: &str| pairs.iter().filter(|p| p.change == change).count();
    let deltas = candidate
        .metrics
        .iter()
        .map(|(metric, c)| {
            let b = baseline.metrics.get(metric).copied().unwrap_or(0.0);
            Delta {
                metric: metric.clone(),
                baseline: b,
                candidate: *c,
                delta: c - b,
            }
        })
        .collect();
    Comparison {
        baseline: baseline.prompt.clone(),
        candidate: candidate.prompt.clone(),
        mcnemar: stats::mcnemar_exact(count("regression"), count("improvement")),
        test: "McNemar's exact test (two-sided binomial on the discordant pairs)",
        pairs,
        deltas,
    }
}
