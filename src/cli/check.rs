//! `copydesk check`: lint plain text, Markdown or JSONL with the guard chain (pii, policy,
//! style; the schema stage needs a prompt and runs in `generate`).
//!
//! Text output reads like a linter (`file:line:col severity rule message`). JSONL input whose
//! lines are `{"id": …, "text": …}` gives one JSON line per input with `--format json`. A line
//! that is not such an object is reported on stderr and skipped; the rest are checked. Exit 1
//! when any error-severity finding exists.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::Value;

use super::output::{Format, TABLE_JSON, formats};
use super::{Failure, print};
use crate::config::{Config, ConfigError};
use crate::guard::chain::{STAGES, for_project};
use crate::guard::finding::apply_fixes;
use crate::guard::{Action, Finding, Report, Subject};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files to check; `-` or none reads standard input.
    files: Vec<PathBuf>,
    /// Brand (id or name) whose style rules, approved claims and names apply.
    #[arg(long)]
    brand: Option<String>,
    /// A policy folder or file instead of the project's policies/.
    #[arg(long, value_name = "PATH")]
    policy: Option<PathBuf>,
    /// Comma-separated stages (default: every configured stage but schema).
    #[arg(long, value_delimiter = ',')]
    stages: Vec<String>,
    /// The channel the copy is for (required disclaimers), e.g. google-ads-rsa.
    #[arg(long)]
    channel: Option<String>,
    /// Language of the copy, `de` or `en` (default: guessed per text).
    #[arg(long)]
    locale: Option<String>,
    #[arg(long, value_parser = formats(TABLE_JSON), default_value = "table")]
    format: Format,
    /// Apply safe fixes and print the result.
    #[arg(long)]
    fix: bool,
}

pub fn run(config_path: Option<&Path>, cwd: &Path, args: Args) -> Result<ExitCode, Failure> {
    if let Some(unknown) = args.stages.iter().find(|s| !STAGES.contains(&s.as_str())) {
        return Err(Failure::Usage(format!(
            "stage '{unknown}' is not available; stages: {}",
            STAGES.join(", ")
        )));
    }
    let root = match Config::load(config_path, cwd) {
        Ok(c) => c.root,
        Err(ConfigError::NotFound(_)) => cwd.to_path_buf(),
        Err(e) => return Err(e.into()),
    };
    let chain = for_project(&root, args.brand.as_deref(), args.policy.as_deref())
        .map_err(|d| Failure::Usage(d.to_string()))?;
    let chain = if args.stages.is_empty() {
        let all: Vec<String> = STAGES.iter().map(|s| s.to_string()).collect();
        chain.only(&all)
    } else {
        chain.only(&args.stages)
    };
    let inputs: Vec<(String, String)> =
        if args.files.is_empty() || args.files.iter().any(|f| f.as_os_str() == "-") {
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text)?;
            vec![("<stdin>".to_string(), text)]
        } else {
            args.files
                .iter()
                .map(|f| {
                    std::fs::read_to_string(f)
                        .map(|t| (f.display().to_string(), t))
                        .map_err(|e| Failure::Usage(format!("{}: {e}", f.display())))
                })
                .collect::<Result<_, _>>()?
        };
    let check = |text: &str| -> Report {
        let mut subject = Subject::text(text);
        subject.locale = args.locale.as_deref();
        subject.channel = args.channel.as_deref();
        chain.check(&subject)
    };
    let mut any_error = false;
    let mut out = String::new();
    for (name, text) in &inputs {
        let jsonl = name.ends_with(".jsonl") || looks_like_jsonl(text);
        if jsonl {
            for (i, line) in text
                .lines()
                .enumerate()
                .filter(|(_, l)| !l.trim().is_empty())
            {
                let Some((id, body)) = parse_line(line) else {
                    eprintln!(
                        "{name}:{}: skipped: not a JSON object with a string \"text\"",
                        i + 1
                    );
                    continue;
                };
                let report = check(&body);
                any_error |= report.has_errors();
                match (args.fix, args.format) {
                    (true, _) => out.push_str(&format!(
                        "{}\n",
                        serde_json::json!({"id": id, "text": fixed(&body, &report.findings)})
                    )),
                    (false, Format::Json) => out.push_str(&format!(
                        "{}\n",
                        serde_json::json!({"id": id, "outcome": report.outcome, "findings": report.findings})
                    )),
                    (false, _) => {
                        for f in &report.findings {
                            out.push_str(&format!(
                                "{name}:{}:{} id={id} {}\n",
                                i + 1,
                                f.start + 1,
                                f.summary()
                            ));
                        }
                    }
                }
            }
        } else {
            let report = check(text);
            any_error |= report.has_errors();
            if args.fix {
                out.push_str(&fixed(text, &report.findings));
                continue;
            }
            match args.format {
                Format::Json => out.push_str(&format!(
                    "{}\n",
                    serde_json::json!({"file": name, "outcome": report.outcome, "findings": report.findings})
                )),
                _ => {
                    for f in &report.findings {
                        let (line, col) = line_col(text, f.start);
                        out.push_str(&format!("{name}:{line}:{col} {}\n", f.summary()));
                    }
                }
            }
        }
    }
    print(out)?;
    Ok(if any_error {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The text with every safe fix applied: PII placeholders and substitutions, whatever the
/// configured action (`--fix` asks for them explicitly).
fn fixed(text: &str, findings: &[Finding]) -> String {
    let safe: Vec<Finding> = findings
        .iter()
        .filter(|f| f.fix.is_some() && f.action != Action::Block)
        .cloned()
        .collect();
    apply_fixes(text, &safe)
}

fn looks_like_jsonl(text: &str) -> bool {
    text.lines()
        .find(|l| !l.trim().is_empty())
        .is_some_and(|l| l.trim_start().starts_with('{') && parse_line(l).is_some())
}

fn parse_line(line: &str) -> Option<(Value, String)> {
    let v: Value = serde_json::from_str(line).ok()?;
    let text = v.get("text")?.as_str()?.to_string();
    Some((v.get("id").cloned().unwrap_or(Value::Null), text))
}

/// 1-based line and column (in characters) of a code-point offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut line = 1;
    let mut col = 1;
    for c in text.chars().take(offset) {
        if c == '\n' {
            line += 1;
            col = 1;
        } else {
            col += 1;
        }
    }
    (line, col)
}
