//! `copydesk review …`: the human-review queue — list, show (findings highlighted, sources,
//! history), claim, approve, reject, edit (re-validated), export (for ad platforms, as eval cases,
//! as classifier examples) and stats.

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::process::ExitCode;

use serde_json::{Value, json};

use super::output::{csv_field, table};
use super::{Failure, print, registry};
use crate::config::Config;
use crate::guard::Outcome;
use crate::guard::chain::for_project;
use crate::prompt::Variants;
use crate::review::queue::{Filter, Item, Queue, QueueError};
use crate::review::routing::Rules;
use crate::review::{State, transition};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Who decides (default: $COPYDESK_REVIEWER, else $USER).
    #[arg(long, global = true, env = "COPYDESK_REVIEWER")]
    reviewer: Option<String>,
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ListFormat {
    Table,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    Jsonl,
    Csv,
}

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Items, oldest first (default: the open ones).
    List {
        #[arg(long, value_enum)]
        state: Option<State>,
        #[arg(long)]
        prompt: Option<String>,
        #[arg(long)]
        brand: Option<String>,
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
    /// One item: its text with the findings marked, sources, lineage and history.
    Show {
        id: i64,
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
    /// Take an item's lease so nobody else decides it meanwhile.
    Claim { id: i64 },
    /// Give a lease back.
    Release { id: i64 },
    /// Approve the current revision (final).
    Approve {
        id: i64,
        #[arg(long)]
        comment: Option<String>,
    },
    /// Reject it (final).
    Reject {
        id: i64,
        #[arg(long)]
        comment: Option<String>,
    },
    /// A new revision of the text ($EDITOR, or --text); the guard chain checks it again and it
    /// waits for approval.
    Edit {
        id: i64,
        #[arg(long)]
        text: Option<String>,
        #[arg(long)]
        comment: Option<String>,
    },
    /// Decided items: for an ad platform (`--format`), as regression eval cases (`--as-eval`), or
    /// as policy-classifier examples (`--as-examples`).
    Export {
        #[arg(long, value_enum, default_value_t = State::Approved)]
        state: State,
        #[arg(long, value_enum, default_value_t = ExportFormat::Jsonl)]
        format: ExportFormat,
        #[arg(long)]
        prompt: Option<String>,
        /// Write approved and rejected items as eval cases to this file.
        #[arg(long, value_name = "FILE", conflicts_with = "as_examples")]
        as_eval: Option<std::path::PathBuf>,
        /// Write approved and rejected texts as labelled classifier lines to this file.
        #[arg(long, value_name = "FILE")]
        as_examples: Option<std::path::PathBuf>,
    },
    /// Queue size and age, approval rate per prompt version and per finding rule.
    Stats {
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
}

fn usage(e: impl std::fmt::Display) -> Failure {
    Failure::Usage(e.to_string())
}

/// A queue error: the state database's failures are not the user's doing.
fn queue_error(e: QueueError) -> Failure {
    match e {
        QueueError::Db(d) => Failure::State(d.to_string()),
        other => Failure::Usage(other.to_string()),
    }
}

/// The state database's queue with the project's lease time.
pub fn open_queue(config: &Config) -> Result<(Queue, Rules), Failure> {
    let rules = Rules::load(&config.root).map_err(usage)?;
    let queue = Queue::open(
        &crate::knowledge::store::state_db(config),
        rules.lease_minutes,
    )
    .map_err(queue_error)?;
    Ok((queue, rules))
}

pub fn run(config: &Config, args: Args) -> Result<ExitCode, Failure> {
    let (queue, _) = open_queue(config)?;
    let reviewer = || {
        args.reviewer
            .clone()
            .or_else(|| std::env::var("USER").ok())
            .filter(|r| !r.trim().is_empty())
            .ok_or_else(|| {
                Failure::Usage(
                    "who is reviewing? pass --reviewer NAME or set COPYDESK_REVIEWER".into(),
                )
            })
    };
    let done = |id: i64, what: &str| print(format!("item {id} {what}\n"));
    match args.cmd {
        Cmd::List {
            state,
            prompt,
            brand,
            format,
        } => {
            let items = queue
                .list(&Filter {
                    state,
                    prompt,
                    brand,
                })
                .map_err(queue_error)?;
            let items: Vec<&Item> = items
                .iter()
                .filter(|i| state.is_some() || i.state.is_open())
                .collect();
            match format {
                ListFormat::Json => print(json_text(&items)?)?,
                ListFormat::Table => print(list_table(&queue, &items)?)?,
            }
        }
        Cmd::Show { id, format } => {
            let item = queue.get(id).map_err(queue_error)?;
            let revisions = queue.revisions(id).map_err(queue_error)?;
            let events = queue.events(Some(id)).map_err(queue_error)?;
            match format {
                ListFormat::Json => print(json_text(
                    &json!({"item": item, "revisions": revisions, "events": events}),
                )?)?,
                ListFormat::Table => print(show(&item, &revisions, &events))?,
            }
        }
        Cmd::Claim { id } => {
            queue.claim(id, &reviewer()?).map_err(queue_error)?;
            done(id, "claimed")?;
        }
        Cmd::Release { id } => {
            queue.release(id, &reviewer()?).map_err(queue_error)?;
            done(id, "released")?;
        }
        Cmd::Approve { id, comment } => {
            let state = queue
                .decide(id, &reviewer()?, true, comment.as_deref())
                .map_err(queue_error)?;
            done(id, state.as_str())?;
        }
        Cmd::Reject { id, comment } => {
            let state = queue
                .decide(id, &reviewer()?, false, comment.as_deref())
                .map_err(queue_error)?;
            done(id, state.as_str())?;
        }
        Cmd::Edit { id, text, comment } => {
            let reviewer = reviewer()?;
            let item = queue.get(id).map_err(queue_error)?;
            // refuse before the editor opens
            transition(item.state, crate::review::Action::Edit)
                .map_err(|source| usage(QueueError::Illegal { id, source }))?;
            let current = queue
                .revisions(id)
                .map_err(queue_error)?
                .pop()
                .map(|r| r.text)
                .unwrap_or_default();
            let text = match text {
                Some(t) => t,
                None => edit_in_editor(&current)?,
            };
            if text.trim() == current.trim() {
                return Err(Failure::Usage(format!(
                    "item {id}: the text did not change"
                )));
            }
            let (findings, outcome) = revalidate(config, &item, &text)?;
            let revision = queue
                .edit(
                    id,
                    &reviewer,
                    &text,
                    &findings,
                    outcome.as_str(),
                    comment.as_deref(),
                )
                .map_err(queue_error)?;
            print(format!(
                "item {id} revision {revision}: {} after the guard chain; approve it to publish\n",
                outcome.as_str()
            ))?;
            for f in findings.as_array().into_iter().flatten() {
                print(format!(
                    "  {} {} {}\n",
                    f["pointer"].as_str().unwrap_or_default(),
                    f["rule"].as_str().unwrap_or_default(),
                    f["message"].as_str().unwrap_or_default()
                ))?;
            }
        }
        Cmd::Export {
            state,
            format,
            prompt,
            as_eval,
            as_examples,
        } => export(&queue, state, format, prompt, as_eval, as_examples)?,
        Cmd::Stats { format } => {
            let stats = stats(&queue)?;
            match format {
                ListFormat::Json => print(json_text(&stats)?)?,
                ListFormat::Table => print(stats_table(&stats))?,
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn json_text(v: &impl serde::Serialize) -> Result<String, Failure> {
    super::output::json(v).map_err(|e| Failure::Io(std::io::Error::other(e)))
}

/// The current text of an item.
fn current_text(queue: &Queue, id: i64) -> Result<(String, Value), Failure> {
    let r = queue.revisions(id).map_err(queue_error)?.pop();
    Ok(r.map(|r| (r.text, r.findings)).unwrap_or_default())
}

fn list_table(queue: &Queue, items: &[&Item]) -> Result<String, Failure> {
    let now = crate::clock::now_ms();
    let mut t = table(&[
        "id",
        "state",
        "prompt",
        "brand",
        "why",
        "age",
        "claimed by",
        "text",
    ]);
    for i in items {
        let (text, _) = current_text(queue, i.id)?;
        t.add_row(vec![
            i.id.to_string(),
            i.state.as_str().to_string(),
            i.origin.prompt.clone(),
            i.origin.brand.clone().unwrap_or_default(),
            i.origin.reason.clone(),
            age(now - i.created_ms),
            i.lease_holder
                .clone()
                .filter(|_| i.lease_until_ms.is_some_and(|u| u > now))
                .unwrap_or_default(),
            text.chars().take(60).collect(),
        ]);
    }
    Ok(format!("{t}\n{} item(s)\n", items.len()))
}

fn age(ms: i64) -> String {
    let mins = ms / 60_000;
    match mins {
        0 => "< 1 min".into(),
        1..=119 => format!("{mins} min"),
        120..=2879 => format!("{} h", mins / 60),
        _ => format!("{} d", mins / 1440),
    }
}

/// The text's string fields, each finding's span marked (red for errors, yellow otherwise, when
/// stdout is a terminal; `[[…]]` otherwise), then the findings, sources and history.
fn show(
    item: &Item,
    revisions: &[crate::review::queue::Revision],
    events: &[crate::review::queue::Event],
) -> String {
    let color = std::io::stdout().is_terminal();
    let mut out = format!(
        "item {} · {} · {} · brand {} · {} on {} · cost {:.6}\n{}\n\n",
        item.id,
        item.state.as_str(),
        item.origin.prompt,
        item.origin.brand.as_deref().unwrap_or("–"),
        item.origin.model,
        item.origin.profile,
        item.origin.cost,
        item.origin.reason
    );
    let Some(rev) = revisions.last() else {
        return out;
    };
    let findings = rev.findings.as_array().cloned().unwrap_or_default();
    let fields: Vec<(String, String)> = match serde_json::from_str::<Value>(&rev.text) {
        Ok(v) => crate::guard::Subject::json(&v)
            .fields
            .iter()
            .map(|f| (f.pointer.clone(), f.text.to_string()))
            .collect(),
        Err(_) => vec![(String::new(), rev.text.clone())],
    };
    out.push_str(&format!("revision {} by {}:\n", rev.revision, rev.author));
    for (pointer, text) in &fields {
        let mut marks: Vec<(usize, usize, bool)> = findings
            .iter()
            .filter(|f| f["pointer"].as_str().unwrap_or_default() == pointer)
            .filter_map(|f| {
                let (s, e) = (f["start"].as_u64()? as usize, f["end"].as_u64()? as usize);
                (e > s).then_some((s, e, f["severity"] == "error"))
            })
            .collect();
        marks.sort();
        out.push_str(&format!("  {pointer:<16} {}\n", mark(text, &marks, color)));
    }
    if !findings.is_empty() {
        out.push_str("\nfindings:\n");
        for f in &findings {
            out.push_str(&format!(
                "  {} {} {} {} → {}\n",
                f["pointer"].as_str().unwrap_or_default(),
                f["severity"].as_str().unwrap_or_default(),
                f["rule"].as_str().unwrap_or_default(),
                f["message"].as_str().unwrap_or_default(),
                f["action"].as_str().unwrap_or_default()
            ));
        }
    }
    if let Some(sources) = item.origin.lineage["sources"]
        .as_array()
        .filter(|s| !s.is_empty())
    {
        out.push_str("\nsources:\n");
        for s in sources {
            out.push_str(&format!(
                "  {} {}\n",
                s["id"].as_str().unwrap_or_default(),
                s["source"].as_str().unwrap_or_default()
            ));
        }
    }
    out.push_str("\nhistory:\n");
    for e in events {
        out.push_str(&format!(
            "  {} {:<7} {} → {} by {}{}\n",
            crate::clock::utc(e.time_ms),
            e.action,
            e.from.as_deref().unwrap_or("–"),
            e.to,
            e.reviewer,
            e.comment
                .as_deref()
                .map(|c| format!(": {c}"))
                .unwrap_or_default()
        ));
    }
    out
}

/// `text` with code-point spans marked.
fn mark(text: &str, marks: &[(usize, usize, bool)], color: bool) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut at = 0;
    for &(s, e, error) in marks {
        let (s, e) = (s.max(at).min(chars.len()), e.min(chars.len()));
        if s >= e {
            continue;
        }
        out.extend(&chars[at..s]);
        let span: String = chars[s..e].iter().collect();
        out.push_str(&match (color, error) {
            (true, true) => format!("\u{1b}[1;31m{span}\u{1b}[0m"),
            (true, false) => format!("\u{1b}[33m{span}\u{1b}[0m"),
            (false, _) => format!("[[{span}]]"),
        });
        at = e;
    }
    out.extend(&chars[at.min(chars.len())..]);
    out
}

/// Open $EDITOR (else `vi`) on the current text and return what was saved.
fn edit_in_editor(current: &str) -> Result<String, Failure> {
    let pretty = serde_json::from_str::<Value>(current)
        .ok()
        .and_then(|v| serde_json::to_string_pretty(&v).ok())
        .unwrap_or_else(|| current.to_string());
    let file = std::env::temp_dir().join(format!("copydesk-review-{}.json", std::process::id()));
    std::fs::write(&file, pretty)?;
    let editor = ["VISUAL", "EDITOR"]
        .into_iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|e| !e.trim().is_empty())
        .unwrap_or_else(|| "vi".into());
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("sh")
        .arg(&file)
        .status()?;
    let text = std::fs::read_to_string(&file)?;
    let _ = std::fs::remove_file(&file);
    if !status.success() {
        return Err(Failure::Usage(format!(
            "{editor} exited with {status}; nothing changed"
        )));
    }
    Ok(text)
}

/// Run the guard chain of the item's brand and the output schema of its prompt version on an
/// edited text.
fn revalidate(config: &Config, item: &Item, text: &str) -> Result<(Value, Outcome), Failure> {
    let registry = registry(config);
    let prompt = registry
        .resolve(&item.origin.prompt.parse().map_err(usage)?)
        .map_err(Failure::Registry)?;
    let chain = for_project(&config.root, item.origin.brand.as_deref(), None).map_err(usage)?;
    let schema = match &prompt.file.variants {
        Variants::PerCall => Some(prompt.file.output.clone()),
        Variants::InOutput { .. } => prompt
            .file
            .variants_schema()
            .and_then(|s| s.get("items"))
            .cloned(),
    };
    let validator = schema
        .as_ref()
        .and_then(|s| jsonschema::validator_for(s).ok());
    let output = crate::guard::schema::extract_json(text).ok();
    let report = crate::pipeline::check_output(
        &chain,
        output.as_ref(),
        validator.as_ref(),
        item.origin.lineage["vars"]["locale"].as_str(),
        item.origin.channel.as_deref(),
    );
    let findings = serde_json::to_value(&report.findings).unwrap_or(Value::Null);
    Ok((findings, report.outcome))
}

/// The last decision of an item: who, when, comment.
fn decision(queue: &Queue, id: i64) -> Result<Option<crate::review::queue::Event>, Failure> {
    Ok(queue
        .events(Some(id))
        .map_err(queue_error)?
        .into_iter()
        .rev()
        .find(|e| e.action == "approve" || e.action == "reject" || e.action == "enter"))
}

fn export(
    queue: &Queue,
    state: State,
    format: ExportFormat,
    prompt: Option<String>,
    as_eval: Option<std::path::PathBuf>,
    as_examples: Option<std::path::PathBuf>,
) -> Result<(), Failure> {
    let decided = |s: State| {
        queue
            .list(&Filter {
                state: Some(s),
                prompt: prompt.clone(),
                brand: None,
            })
            .map_err(queue_error)
    };
    if as_eval.is_some() || as_examples.is_some() {
        let mut items = decided(State::Approved)?;
        items.extend(decided(State::Rejected)?);
        items.sort_by_key(|i| i.id);
        let mut cases = Vec::new();
        let mut lines = String::new();
        for item in &items {
            let (text, findings) = current_text(queue, item.id)?;
            let why = decision(queue, item.id)?.and_then(|e| e.comment);
            let approved = item.state == State::Approved;
            if as_eval.is_some() {
                let mut case = json!({
                    "name": format!("review-{}", item.id),
                    "vars": item.origin.lineage["vars"],
                    "expect": if approved { "pass" } else { "fail" },
                });
                if approved {
                    case["reference"] = Value::String(text.clone());
                } else {
                    case["reason"] = Value::String(
                        why.clone()
                            .unwrap_or_else(|| rules_of(&findings).join(", ")),
                    );
                }
                cases.push(case);
            }
            let output = serde_json::from_str::<Value>(&text).ok();
            let texts: Vec<String> = match &output {
                Some(v) => crate::guard::Subject::json(v)
                    .fields
                    .iter()
                    .map(|f| f.text.to_string())
                    .collect(),
                None => vec![text.clone()],
            };
            for t in texts {
                let mut line = json!({
                    "text": t,
                    "label": if approved { "approved" } else { "violation" },
                    "category": if approved { "ok".to_string() } else { "review".to_string() },
                    "source": format!("review {}", item.id),
                });
                if let Some(l) = item.origin.lineage["vars"]["locale"].as_str() {
                    line["locale"] = Value::String(l.to_string());
                }
                lines.push_str(&line.to_string());
                lines.push('\n');
            }
        }
        if let Some(path) = as_eval {
            let prompt_id = prompt
                .clone()
                .or_else(|| items.first().map(|i| i.origin.prompt.clone()))
                .unwrap_or_default();
            let suite = json!({
                "prompt": prompt_id,
                "description": "Cases from decisions in the review queue (approved: expected to pass, with the approved text as reference; rejected: expected to fail, with the reason).",
                "cases": cases,
            });
            let yaml = serde_saphyr::to_string(&suite).map_err(usage)?;
            write_new(&path, &yaml)?;
            print(format!(
                "{} case(s) written to {}\n",
                cases.len(),
                path.display()
            ))?;
        }
        if let Some(path) = as_examples {
            write_new(&path, &lines)?;
            print(format!(
                "{} example line(s) written to {}\n",
                lines.lines().count(),
                path.display()
            ))?;
        }
        return Ok(());
    }
    let items = decided(state)?;
    let mut out = String::new();
    match format {
        ExportFormat::Jsonl => {
            for item in &items {
                let (text, _) = current_text(queue, item.id)?;
                let by = decision(queue, item.id)?;
                let line = json!({
                    "id": item.id,
                    "prompt": item.origin.prompt,
                    "prompt_hash": item.origin.prompt_hash,
                    "brand": item.origin.brand,
                    "channel": item.origin.channel,
                    "state": item.state,
                    "reviewer": by.as_ref().map(|e| e.reviewer.clone()),
                    "decided_ms": by.as_ref().map(|e| e.time_ms),
                    "output": serde_json::from_str::<Value>(&text).unwrap_or(Value::String(text)),
                });
                out.push_str(&line.to_string());
                out.push('\n');
            }
        }
        ExportFormat::Csv => {
            let rows: Vec<BTreeMap<String, String>> = items
                .iter()
                .map(|item| {
                    let (text, _) = current_text(queue, item.id)?;
                    Ok(platform_row(item, &text))
                })
                .collect::<Result<_, Failure>>()?;
            out = csv(
                &rows,
                items.first().and_then(|i| i.origin.channel.as_deref()),
            );
        }
    }
    print(out)?;
    Ok(())
}

fn rules_of(findings: &Value) -> Vec<String> {
    findings
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| f["rule"].as_str().map(str::to_string))
        .collect()
}

/// Refuse to overwrite: a learning-loop file is reviewed before it joins the others.
fn write_new(path: &std::path::Path, text: &str) -> Result<(), Failure> {
    if path.exists() {
        return Err(Failure::Usage(format!(
            "{} exists; choose a new file name",
            path.display()
        )));
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(path, text)?;
    Ok(())
}

/// One item as an ad platform's upload row. Google Ads responsive search ads take
/// `Headline 1`…`Headline 15`, `Description 1`…`Description 4`, `Path 1`, `Path 2`; other channels
/// get the output's fields by name.
fn platform_row(item: &Item, text: &str) -> BTreeMap<String, String> {
    let mut row = BTreeMap::new();
    row.insert("copydesk id".to_string(), item.id.to_string());
    let output = serde_json::from_str::<Value>(text).unwrap_or(Value::String(text.to_string()));
    let list = |key: &str| -> Vec<String> {
        output[key]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect()
    };
    if item.origin.channel.as_deref() == Some("google-ads-rsa") {
        for (key, column, max) in [
            ("headlines", "Headline", 15),
            ("descriptions", "Description", 4),
            ("path", "Path", 2),
        ] {
            for (i, v) in list(key).into_iter().take(max).enumerate() {
                row.insert(format!("{column} {}", i + 1), v);
            }
        }
    } else if let Value::Object(fields) = &output {
        for (k, v) in fields {
            let v = match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            row.insert(k.clone(), v);
        }
    } else {
        row.insert("text".to_string(), text.to_string());
    }
    row
}

/// Rows as CSV with a header in the platform's column order.
fn csv(rows: &[BTreeMap<String, String>], channel: Option<&str>) -> String {
    let mut columns: Vec<String> = vec!["copydesk id".into()];
    if channel == Some("google-ads-rsa") {
        columns.extend((1..=15).map(|i| format!("Headline {i}")));
        columns.extend((1..=4).map(|i| format!("Description {i}")));
        columns.extend(["Path 1".to_string(), "Path 2".to_string()]);
    } else {
        for r in rows {
            for k in r.keys() {
                if !columns.contains(k) {
                    columns.push(k.clone());
                }
            }
        }
    }
    let mut out = columns
        .iter()
        .map(|c| csv_field(c))
        .collect::<Vec<_>>()
        .join(",");
    out.push('\n');
    for r in rows {
        let line: Vec<String> = columns
            .iter()
            .map(|c| csv_field(r.get(c).map_or("", String::as_str)))
            .collect();
        out.push_str(&line.join(","));
        out.push('\n');
    }
    out
}

/// `review stats`.
#[derive(Debug, serde::Serialize)]
struct Stats {
    open: usize,
    oldest_open_minutes: Option<i64>,
    by_state: BTreeMap<String, usize>,
    /// Approved / decided by a reviewer, per prompt version.
    by_prompt: Vec<Rate>,
    /// Approved / decided, per rule found on the generated text.
    by_rule: Vec<Rate>,
}

#[derive(Debug, serde::Serialize)]
struct Rate {
    key: String,
    decided: usize,
    approved: usize,
    approval_rate: f64,
}

fn stats(queue: &Queue) -> Result<Stats, Failure> {
    let now = crate::clock::now_ms();
    let items = queue.list(&Filter::default()).map_err(queue_error)?;
    let mut by_state = BTreeMap::new();
    let mut prompts: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut rules: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for item in &items {
        *by_state.entry(item.state.as_str().to_string()).or_insert(0) += 1;
        // decided by a reviewer: not the guard chain's own rejections
        let by_reviewer = queue
            .events(Some(item.id))
            .map_err(queue_error)?
            .iter()
            .any(|e| e.action == "approve" || e.action == "reject");
        if !by_reviewer {
            continue;
        }
        let approved = usize::from(item.state == State::Approved);
        let p = prompts.entry(item.origin.prompt.clone()).or_insert((0, 0));
        p.0 += 1;
        p.1 += approved;
        let first = queue
            .revisions(item.id)
            .map_err(queue_error)?
            .into_iter()
            .next()
            .map(|r| r.findings)
            .unwrap_or(Value::Null);
        let mut seen = std::collections::BTreeSet::new();
        for rule in rules_of(&first) {
            if seen.insert(rule.clone()) {
                let r = rules.entry(rule).or_insert((0, 0));
                r.0 += 1;
                r.1 += approved;
            }
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
    let open: Vec<&Item> = items.iter().filter(|i| i.state.is_open()).collect();
    Ok(Stats {
        open: open.len(),
        oldest_open_minutes: open.iter().map(|i| (now - i.created_ms) / 60_000).max(),
        by_state,
        by_prompt: rates(prompts),
        by_rule: rates(rules),
    })
}

fn stats_table(s: &Stats) -> String {
    let mut out = format!(
        "open: {} (oldest {})\n",
        s.open,
        s.oldest_open_minutes
            .map_or_else(|| "–".to_string(), |m| age(m * 60_000))
    );
    let states: Vec<String> = s.by_state.iter().map(|(k, v)| format!("{k} {v}")).collect();
    out.push_str(&format!("items: {}\n", states.join(", ")));
    for (title, rates) in [("prompt", &s.by_prompt), ("finding rule", &s.by_rule)] {
        let mut t = table(&[title, "decided", "approved", "approval rate"]);
        for r in rates {
            t.add_row(vec![
                r.key.clone(),
                r.decided.to_string(),
                r.approved.to_string(),
                format!("{:.0} %", r.approval_rate * 100.0),
            ]);
        }
        out.push_str(&format!("{t}\n"));
    }
    out
}
