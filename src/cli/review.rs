//! `copydesk review …`: the human-review queue — list, show (findings highlighted, sources,
//! history), claim, approve, reject, edit (re-validated), export (for ad platforms, as eval cases,
//! as classifier examples) and stats.

use std::io::IsTerminal;
use std::process::ExitCode;

use serde_json::{Value, json};

use super::output::{Format, TABLE_JSON, choice, formats, table};
use super::{Failure, print, registry};
use crate::config::Config;
use crate::guard::chain::for_project;
use crate::review::edit::{EditError, current, editable};
use crate::review::marks::{Run, marked};
use crate::review::queue::{Filter, Item, Queue, QueueError, Window};
use crate::review::routing::Rules;
use crate::review::stats::{Stats, age, stats};
use crate::review::{State, export};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Who decides (default: $COPYDESK_REVIEWER, else $USER).
    #[arg(long, global = true, env = "COPYDESK_REVIEWER")]
    reviewer: Option<String>,
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Items, oldest first (default: the open ones).
    List {
        #[arg(long, value_parser = choice::<State>())]
        state: Option<State>,
        #[arg(long)]
        prompt: Option<String>,
        #[arg(long)]
        brand: Option<String>,
        #[arg(long, value_parser = formats(TABLE_JSON), default_value = "table")]
        format: Format,
    },
    /// One item: its text with the findings marked, sources, lineage and history.
    Show {
        id: i64,
        #[arg(long, value_parser = formats(TABLE_JSON), default_value = "table")]
        format: Format,
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
        #[arg(long, value_parser = choice::<State>(), default_value = "approved")]
        state: State,
        #[arg(long, value_parser = formats(&[Format::Jsonl, Format::Csv]), default_value = "jsonl")]
        format: Format,
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
        #[arg(long, value_parser = formats(TABLE_JSON), default_value = "table")]
        format: Format,
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
            let filter = Filter {
                state,
                prompt,
                brand,
            };
            match format {
                // whole items with their lineage, as before: one query
                Format::Json => {
                    let items = queue.list(&filter).map_err(queue_error)?;
                    let items: Vec<&Item> = items
                        .iter()
                        .filter(|i| state.is_some() || i.state.is_open())
                        .collect();
                    print(json_text(&items)?)?;
                }
                // each with its current text, in one query
                _ => {
                    let page = queue
                        .page(
                            &filter,
                            Window {
                                offset: 0,
                                limit: usize::MAX,
                                open_only: true,
                            },
                        )
                        .map_err(queue_error)?;
                    print(list_table(&page.items))?;
                }
            }
        }
        Cmd::Show { id, format } => {
            let item = queue.get(id).map_err(queue_error)?;
            let revisions = queue.revisions(id).map_err(queue_error)?;
            let events = queue.events(Some(id)).map_err(queue_error)?;
            match format {
                Format::Json => print(json_text(
                    &json!({"item": item, "revisions": revisions, "events": events}),
                )?)?,
                _ => print(show(&item, &revisions, &events))?,
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
            editable(&item).map_err(queue_error)?;
            let text = match text {
                Some(t) => t,
                None => edit_in_editor(&current(&queue, id).map_err(queue_error)?.0)?,
            };
            let prompt = registry(config)
                .resolve(&item.origin.prompt.parse().map_err(usage)?)
                .map_err(Failure::Registry)?
                .clone();
            let chain =
                for_project(&config.root, item.origin.brand.as_deref(), None).map_err(usage)?;
            let edited = crate::review::edit::edit(
                &queue,
                &chain,
                &prompt,
                id,
                &reviewer,
                &text,
                comment.as_deref(),
            )
            .map_err(|e| match e {
                EditError::Queue(q) => queue_error(q),
                other => usage(other),
            })?;
            print(format!(
                "item {id} revision {}: {} after the guard chain; approve it to publish\n",
                edited.revision,
                edited.outcome.as_str()
            ))?;
            for f in edited.findings.as_array().into_iter().flatten() {
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
            let stats = stats(&queue).map_err(queue_error)?;
            match format {
                Format::Json => print(json_text(&stats)?)?,
                _ => print(stats_table(&stats))?,
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn json_text(v: &impl serde::Serialize) -> Result<String, Failure> {
    super::output::json(v).map_err(|e| Failure::Io(std::io::Error::other(e)))
}

fn list_table(items: &[crate::review::queue::Summary]) -> String {
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
        t.add_row(vec![
            i.id.to_string(),
            i.state.as_str().to_string(),
            i.prompt.clone(),
            i.brand.clone().unwrap_or_default(),
            i.reason.clone(),
            age(now - i.created_ms),
            i.lease_holder.clone().unwrap_or_default(),
            i.text.chars().take(60).collect(),
        ]);
    }
    format!("{t}\n{} item(s)\n", items.len())
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
    let output =
        serde_json::from_str::<Value>(&rev.text).unwrap_or(Value::String(rev.text.clone()));
    out.push_str(&format!("revision {} by {}:\n", rev.revision, rev.author));
    for field in marked(&output, &findings) {
        let text: String = field.runs.iter().map(|r| paint(r, color)).collect();
        out.push_str(&format!("  {:<16} {text}\n", field.pointer));
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

/// A run of text as a terminal shows it: red for an error's span, yellow for another finding's,
/// `[[…]]` around a finding's span when stdout is not a terminal.
fn paint(run: &Run, color: bool) -> String {
    match (run.mark.as_deref(), color) {
        (None, _) => run.text.clone(),
        (Some("error"), true) => format!("\u{1b}[1;31m{}\u{1b}[0m", run.text),
        (Some(_), true) => format!("\u{1b}[33m{}\u{1b}[0m", run.text),
        (Some(_), false) => format!("[[{}]]", run.text),
    }
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

fn export(
    queue: &Queue,
    state: State,
    format: Format,
    prompt: Option<String>,
    as_eval: Option<std::path::PathBuf>,
    as_examples: Option<std::path::PathBuf>,
) -> Result<(), Failure> {
    let prompt = prompt.as_deref();
    if as_eval.is_some() || as_examples.is_some() {
        let learned = export::learning(queue, prompt).map_err(queue_error)?;
        if let Some(path) = as_eval {
            write_new(&path, &learned.suite)?;
            print(format!(
                "{} case(s) written to {}\n",
                learned.cases,
                path.display()
            ))?;
        }
        if let Some(path) = as_examples {
            write_new(&path, &learned.examples)?;
            print(format!(
                "{} example line(s) written to {}\n",
                learned.examples.lines().count(),
                path.display()
            ))?;
        }
        return Ok(());
    }
    let out = match format {
        Format::Csv => export::csv(queue, state, prompt),
        _ => export::jsonl(queue, state, prompt),
    }
    .map_err(queue_error)?;
    print(out)
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
