//! `copydesk check`: lint plain text, Markdown or JSONL with the guard stages.
//!
//! Text output reads like a linter (`file:line:col severity rule message`). JSONL input whose
//! lines are `{"id": …, "text": …}` gives one JSON line per input with `--format json`. A line
//! that is not such an object is reported on stderr and skipped; the rest are checked. Exit 1
//! when any error-severity finding exists.

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

use serde_json::Value;

use super::output::Format;
use super::{Failure, print};
use crate::guard::finding::{Severity, apply_fixes, pii_findings};

/// The stages `check` can run.
const STAGES: &[&str] = &["pii"];

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files to check; `-` or none reads standard input.
    files: Vec<PathBuf>,
    /// Comma-separated stages.
    #[arg(long, value_delimiter = ',', default_value = "pii")]
    stages: Vec<String>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Apply safe fixes and print the result.
    #[arg(long)]
    fix: bool,
}

pub fn run(args: Args) -> Result<ExitCode, Failure> {
    if let Some(unknown) = args.stages.iter().find(|s| !STAGES.contains(&s.as_str())) {
        return Err(Failure::Usage(format!(
            "stage '{unknown}' is not available; stages: {}",
            STAGES.join(", ")
        )));
    }
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
                let findings = pii_findings(&body);
                any_error |= findings.iter().any(|f| f.severity == Severity::Error);
                match (args.fix, args.format) {
                    (true, _) => out.push_str(&format!(
                        "{}\n",
                        serde_json::json!({"id": id, "text": apply_fixes(&body, &findings)})
                    )),
                    (false, Format::Json) => out.push_str(&format!(
                        "{}\n",
                        serde_json::json!({"id": id, "findings": findings})
                    )),
                    (false, Format::Text) => {
                        for f in &findings {
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
            let findings = pii_findings(text);
            any_error |= findings.iter().any(|f| f.severity == Severity::Error);
            if args.fix {
                out.push_str(&apply_fixes(text, &findings));
                continue;
            }
            match args.format {
                Format::Json => out.push_str(&format!(
                    "{}\n",
                    serde_json::json!({"file": name, "findings": findings})
                )),
                Format::Text => {
                    for f in &findings {
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
