//! `copydesk eval`: run suites, hold them against their thresholds, compare with a baseline
//! version, write JUnit XML and reports, record each run for the release gate.
//!
//! Exit codes: 0 go (every threshold holds, or a suite without thresholds), 1 no-go (each
//! failed threshold is named with its figure), 2 configuration or usage error, 3 the provider
//! could not be reached, 4 a budget ran out.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};

use super::output::{Format, TABLE_JSON, formats, json, table};
use super::{Failure, print, runtime};
use crate::config::Config;
use crate::desk::{CacheMode, Desk, Options};
use crate::eval::gate::Gate;
use crate::eval::report;
use crate::eval::run::{self, Comparison, RunOptions, SuiteRun, Verdict, figure};
use crate::eval::{Loaded, Suite, is_generation_suite};
use crate::prompt::{PromptRef, PromptVersion, Registry};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Suite files (default: every generation suite in evals/, with --prompt those of that prompt).
    suites: Vec<PathBuf>,
    /// The prompt version under test (default: the suite's).
    #[arg(long, value_name = "ID@N")]
    prompt: Option<PromptRef>,
    /// Also run this version on the same cases and compare: ID@M, or `live` (default: the
    /// suite's `baseline`, if any).
    #[arg(long, value_name = "ID@M|live")]
    baseline: Option<String>,
    /// Model profile of every case (default: the suite's, else the prompt's chain).
    #[arg(long)]
    profile: Option<String>,
    /// Runs per case (default: the suite's); each repeat is cached apart.
    #[arg(long)]
    repeat: Option<usize>,
    /// Cases in flight at once.
    #[arg(long, default_value_t = 8)]
    concurrency: usize,
    #[arg(long, value_parser = formats(TABLE_JSON), default_value = "table")]
    format: Format,
    /// Write JUnit XML (one testcase per case × assertion).
    #[arg(long, value_name = "FILE")]
    junit: Option<PathBuf>,
    /// Write a report: FILE.html (self-contained) or FILE.md.
    #[arg(long, value_name = "FILE")]
    report: Option<PathBuf>,
    /// Neither read nor write the fingerprint cache.
    #[arg(long)]
    no_cache: bool,
    /// Instead of running the suites: score their llm-rubric judges against the review
    /// queue's decisions on the same prompt (agreement, Cohen's κ).
    #[arg(long, conflicts_with_all = ["baseline", "junit", "report"])]
    calibrate: bool,
}

pub fn run(config: Config, args: Args) -> Result<ExitCode, Failure> {
    if args.concurrency == 0 || args.concurrency > 1024 {
        return Err(Failure::Usage(
            "--concurrency must be between 1 and 1024".into(),
        ));
    }
    if args.repeat == Some(0) {
        return Err(Failure::Usage("--repeat must be at least 1".into()));
    }
    if let Some(r) = &args.report {
        let ext = r.extension().and_then(|e| e.to_str()).unwrap_or_default();
        if !matches!(ext, "html" | "htm" | "md") {
            return Err(Failure::Usage(format!(
                "--report {}: the file name must end in .html or .md",
                r.display()
            )));
        }
    }
    let registry = Registry::load(&config.root.join("prompts"));
    let files = if args.suites.is_empty() {
        // every generation suite; with --prompt, those of that prompt
        crate::yaml::files_in(&config.root.join("evals"))
            .into_iter()
            .filter(|f| is_generation_suite(f))
            .filter(|f| {
                args.prompt.as_ref().is_none_or(|p| {
                    crate::yaml::read::<Suite>(f).map_or(true, |s| {
                        s.prompt.value.split('@').next() == Some(p.id.as_str())
                    })
                })
            })
            .collect()
    } else {
        args.suites.clone()
    };
    if files.is_empty() {
        return Err(Failure::Usage(format!(
            "no suites in {}",
            config.root.join("evals").display()
        )));
    }
    let mut suites = Vec::new();
    for f in &files {
        let suite = crate::eval::load(f, &registry, args.prompt.as_ref())
            .map_err(|d| Failure::Usage(d.to_string()))?;
        let baseline = match &args.baseline {
            Some(b) => Some(
                crate::eval::resolve_baseline(&registry, &suite.prompt, b)
                    .map_err(|e| Failure::Usage(format!("--baseline: {e}")))?,
            ),
            None => suite.baseline.clone(),
        };
        suites.push((suite, baseline));
    }
    let desk = Desk::open(config, Options::default())?;
    if args.calibrate {
        return calibrate(&desk, &suites, args.format);
    }
    let gate = Gate::open(&desk.state_db()).map_err(|e| Failure::State(e.to_string()))?;
    let options = RunOptions {
        profile: args.profile.clone(),
        repeat: args.repeat,
        concurrency: args.concurrency,
        cache: if args.no_cache {
            CacheMode::Off
        } else {
            CacheMode::Use
        },
    };
    let rt = runtime()?;
    let mut runs = Vec::new();
    let mut comparisons = Vec::new();
    for (suite, baseline) in &suites {
        let before = baseline
            .as_ref()
            .map(|b| run_one(&rt, &desk, suite, b, &options));
        let now = run_one(&rt, &desk, suite, &suite.prompt, &options);
        if !matches!(now.verdict, Verdict::Unreachable | Verdict::Stopped) {
            gate.record(suite.prompt.id(), suite.prompt.version(), &now)
                .map_err(|e| Failure::State(e.to_string()))?;
        }
        if let Some(b) = before {
            comparisons.push(run::compare(&b, &now));
        }
        runs.push(now);
    }
    if let Some(path) = &args.junit {
        std::fs::write(path, report::junit(&runs))?;
    }
    if let Some(path) = &args.report {
        let text = if path.extension().is_some_and(|e| e == "md") {
            report::markdown(&runs, &comparisons)
        } else {
            report::html(&runs, &comparisons)
        };
        std::fs::write(path, text)?;
    }
    match args.format {
        Format::Json => print(
            json(&serde_json::json!({"runs": runs, "comparisons": comparisons}))
                .map_err(std::io::Error::other)?,
        )?,
        _ => print(render(&runs, &comparisons))?,
    }
    let verdicts: Vec<Verdict> = runs.iter().map(|r| r.verdict).collect();
    Ok(ExitCode::from(if verdicts.contains(&Verdict::Stopped) {
        4
    } else if verdicts.contains(&Verdict::Unreachable) {
        3
    } else if verdicts.contains(&Verdict::NoGo) {
        1
    } else {
        0
    }))
}

/// `--calibrate`: each suite's judges against the reviewers.
fn calibrate(
    desk: &Desk,
    suites: &[(Loaded, Option<Arc<PromptVersion>>)],
    format: Format,
) -> Result<ExitCode, Failure> {
    let rt = runtime()?;
    let mut all = Vec::new();
    for (suite, _) in suites {
        let found = rt
            .block_on(crate::eval::calibrate::calibrate(desk, suite))
            .map_err(|e| Failure::State(e.to_string()))?;
        if found.is_empty() {
            return Err(Failure::Usage(format!(
                "{}: no llm-rubric assertion to calibrate",
                suite.path.display()
            )));
        }
        all.push(serde_json::json!({
            "suite": suite.path.display().to_string(),
            "prompt": suite.prompt.id(),
            "judges": found,
        }));
    }
    match format {
        Format::Json => print(json(&all).map_err(std::io::Error::other)?)?,
        _ => {
            let mut t = table(&[
                "suite",
                "metric",
                "judge",
                "items",
                "agreement",
                "Cohen's κ",
                "disagreements",
            ]);
            for s in &all {
                for j in s["judges"].as_array().into_iter().flatten() {
                    let items: Vec<String> = j["disagreements"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .map(|d| {
                            format!(
                                "#{} {} by the reviewer, {} by the judge",
                                d["item"],
                                if d["approved"] == true {
                                    "approved"
                                } else {
                                    "rejected"
                                },
                                if d["judge_pass"] == true {
                                    "passed"
                                } else {
                                    "failed"
                                }
                            )
                        })
                        .collect();
                    t.add_row(vec![
                        report::suite_name(s["suite"].as_str().unwrap_or_default()),
                        j["metric"].as_str().unwrap_or_default().to_string(),
                        j["profile"].as_str().unwrap_or_default().to_string(),
                        j["items"].to_string(),
                        format!("{:.3}", j["agreement"].as_f64().unwrap_or_default()),
                        format!("{:.3}", j["kappa"].as_f64().unwrap_or_default()),
                        items.join("\n"),
                    ]);
                }
            }
            print(format!("{t}\n"))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn run_one(
    rt: &tokio::runtime::Runtime,
    desk: &Desk,
    suite: &Loaded,
    prompt: &Arc<PromptVersion>,
    options: &RunOptions,
) -> SuiteRun {
    let bar = Bar::new(&format!(
        "{} {}",
        report::suite_name(&suite.path.display().to_string()),
        prompt.label()
    ));
    let result = rt.block_on(run::run(desk, suite, prompt, options, &bar));
    bar.0.finish_and_clear();
    result
}

/// The terminal report: per suite its cases, thresholds and verdict; then each comparison.
fn render(runs: &[SuiteRun], comparisons: &[Comparison]) -> String {
    let mut out = String::new();
    for r in runs {
        out.push_str(&format!(
            "{} · {} · profile {} · {} case(s) × {} · {:.1} s\n",
            report::suite_name(&r.suite),
            r.prompt,
            r.profile,
            r.cases.len(),
            r.repeat,
            r.seconds
        ));
        let mut t = table(&["case", "expect", "result", "score", "failed checks"]);
        for c in &r.cases {
            let score =
                c.attempts.iter().map(|a| a.score).sum::<f64>() / c.attempts.len().max(1) as f64;
            t.add_row(vec![
                c.name.clone(),
                format!("{:?}", c.expect).to_lowercase(),
                format!(
                    "{}{}",
                    if c.pass { "pass" } else { "FAIL" },
                    if c.flaky {
                        format!(" (flaky {:.0}%)", c.pass_rate * 100.0)
                    } else {
                        String::new()
                    }
                ),
                format!("{score:.2}"),
                clip(&report::failed_checks(c), 160),
            ]);
        }
        out.push_str(&format!("{t}\n"));
        let figures: Vec<String> = r
            .metrics
            .iter()
            .map(|(m, v)| format!("{m} {}", figure(*v)))
            .collect();
        out.push_str(&format!("metrics: {}\n", figures.join(" · ")));
        for th in &r.thresholds {
            out.push_str(&format!(
                "  {} {} (got {})\n",
                if th.pass { "ok  " } else { "FAIL" },
                th.threshold,
                figure(th.figure)
            ));
        }
        if !r.flaky.is_empty() {
            out.push_str(&format!("flaky: {}\n", r.flaky.join(", ")));
        }
        out.push_str(&match r.verdict {
            Verdict::Go => "verdict: go\n".to_string(),
            Verdict::NoGo => format!("verdict: no-go: {}\n", r.failed_thresholds().join("; ")),
            Verdict::Ungated => {
                "verdict: no thresholds in this suite, nothing gates on it\n".to_string()
            }
            Verdict::Unreachable => {
                "verdict: none, the provider could not be reached for some cases\n".to_string()
            }
            Verdict::Stopped => {
                "verdict: none, a budget ran out before some cases (copydesk budget status)\n"
                    .to_string()
            }
        });
        out.push('\n');
    }
    for c in comparisons {
        out.push_str(&format!(
            "{} vs {}: {} regression(s), {} improvement(s); {}: p = {:.4}\n",
            c.candidate,
            c.baseline,
            c.mcnemar.regressions,
            c.mcnemar.improvements,
            c.test,
            c.mcnemar.p_value
        ));
        let mut t = table(&["case", "change", &c.baseline, &c.candidate]);
        for p in &c.pairs {
            t.add_row(vec![
                p.case.clone(),
                p.change.to_string(),
                clip(&p.baseline_output, 200),
                clip(&p.candidate_output, 200),
            ]);
        }
        out.push_str(&format!("{t}\n"));
        let mut d = table(&["metric", &c.baseline, &c.candidate, "delta"]);
        for m in &c.deltas {
            d.add_row(vec![
                m.metric.clone(),
                figure(m.baseline),
                figure(m.candidate),
                format!("{:+.4}", m.delta),
            ]);
        }
        out.push_str(&format!("{d}\n\n"));
    }
    out
}

/// At most `max` characters of `s`.
fn clip(s: &str, max: usize) -> String {
    if s.chars().count() > max {
        format!("{}…", s.chars().take(max).collect::<String>())
    } else {
        s.to_string()
    }
}

/// The progress bar on a terminal (indicatif hides it elsewhere).
struct Bar(ProgressBar);

impl Bar {
    fn new(label: &str) -> Self {
        let bar = ProgressBar::new(0);
        bar.set_style(
            ProgressStyle::with_template("{prefix} {bar:30} {pos}/{len} runs · {wide_msg}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar.set_prefix(label.to_string());
        bar.enable_steady_tick(Duration::from_millis(200));
        Self(bar)
    }
}

impl run::Progress for Bar {
    fn total(&self, runs: u64) {
        self.0.set_length(runs);
    }

    fn done(&self, failed: u64) {
        self.0.inc(1);
        self.0.set_message(format!("{failed} failed"));
    }
}
