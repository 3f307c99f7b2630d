//! `copydesk batch`: a product feed through the one-request pipeline, row by row, with
//! row-level checkpoints, dead letters, bounded concurrency and provenance.
//!
//! A reader thread streams the feed ([`feed`]) and turns records into vars ([`mapping`]); it
//! blocks while the pipeline is full (a bounded channel), so memory stays bounded whatever
//! the feed's size. Rows already checkpointed with the same vars are skipped; a duplicate id
//! (the first wins), an unreadable record, a missing id or a field over Merchant Center's
//! limits becomes a dead letter at once. Every other row is one [`Desk::run`], at most
//! `--concurrency` at a time; its outcome is checkpointed ([`checkpoint`]) and then appended
//! to the output ([`output`]). A budget that runs out stops new rows; the rows in flight
//! finish and the run can be resumed by the same command.

pub mod checkpoint;
pub mod feed;
pub mod mapping;
pub mod output;

use std::collections::{HashMap, HashSet};
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use futures::StreamExt;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::desk::{CacheMode, Desk, Request};
use crate::guard::Outcome;
use crate::lineage::Generated;
use crate::pipeline::{Disposition, PipelineError};
use crate::prompt::PromptVersion;
use checkpoint::{Checkpoint, Checkpoints, RowState, hash64};
use feed::Format;
use mapping::Mapping;
use output::{CsvShape, OutFormat, Sink};

/// A batch run as the command line states it.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The feed file, or `-` for stdin.
    pub feed: PathBuf,
    pub format: Format,
    pub prompt: Arc<PromptVersion>,
    pub maps: Vec<String>,
    pub locale: Option<String>,
    pub brand: Option<String>,
    pub profile: Option<String>,
    /// The output file (stdout when `None`).
    pub out: Option<PathBuf>,
    pub out_format: OutFormat,
    pub include_review: bool,
    pub plain_columns: bool,
    /// The dead-letter file (default: beside the output, else `<run>.dead.jsonl`).
    pub dead_letter: PathBuf,
    pub concurrency: usize,
    /// Read at most this many records.
    pub limit: Option<usize>,
    /// Output in feed order (rows wait for the ones before them).
    pub ordered: bool,
    pub run: String,
}

/// The default name of a run: the feed's file name and the prompt version, so the same
/// command resumes the same run.
pub fn default_run_name(feed: &Path, prompt: &PromptVersion) -> String {
    let stem = feed
        .file_stem()
        .and_then(|s| s.to_str())
        .filter(|s| *s != "-")
        .unwrap_or("stdin");
    let full = std::fs::canonicalize(feed).unwrap_or_else(|_| feed.to_path_buf());
    let tag = &blake3::hash(full.to_string_lossy().as_bytes()).to_hex()[..8];
    format!("{stem}-{}-{tag}", prompt.label().replace('@', "-v"))
}

/// What a run did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    pub run: String,
    /// Records read from the feed.
    pub read: u64,
    /// Rows a previous start of this run had done.
    pub resumed: u64,
    pub accepted: u64,
    pub needs_review: u64,
    pub rejected: u64,
    pub failed: u64,
    pub dead_letters: u64,
    /// Model calls answered from the fingerprint cache, and calls paid, in this start.
    pub cache_hits: u64,
    pub paid_calls: u64,
    /// Cost of this start's calls, and of the whole run so far (the ledger).
    pub cost: f64,
    pub run_cost: f64,
    pub seconds: f64,
    pub rows_per_second: f64,
    /// Why the run stopped before the end of the feed, and how to go on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stopped: Option<String>,
    /// The whole run so far (every start): rows by state, as `batch status` shows them.
    pub run_totals: Option<checkpoint::RunStatus>,
    /// How the run ended: `completed`, `stopped` (budget), `unreachable` (provider).
    pub state: String,
    pub out: Option<String>,
    pub dead_letter_file: String,
}

/// What a live progress display is told.
pub trait Progress: Send + Sync {
    fn total(&self, rows: u64);
    fn row(&self, summary: &Summary);
}

/// Why a run could not go on.
#[derive(Debug, thiserror::Error)]
pub enum BatchError {
    #[error("{0}")]
    Usage(String),
    #[error(transparent)]
    Pipeline(#[from] PipelineError),
    #[error(transparent)]
    Sink(#[from] output::SinkError),
    #[error(transparent)]
    Db(#[from] crate::state::DbError),
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
}

/// One item from the reader.
enum Item {
    Work {
        seq: u64,
        line: u64,
        id: String,
        vars: Map<String, Value>,
        hash: u64,
    },
    Dead(Checkpoint),
    /// Done by an earlier start.
    Resumed,
}

/// What the pipeline made of a work item.
enum Done {
    Row(Checkpoint, RowCounts),
    /// Dropped unprocessed: the run is stopping.
    Stopped(PipelineError),
    /// The provider could not be reached (the row is recorded as failed).
    Unreachable(Checkpoint, String),
    Fatal(PipelineError),
}

#[derive(Default)]
struct RowCounts {
    hits: u64,
    paid: u64,
    cost: f64,
}

/// Run (or resume) a batch.
pub async fn run(desk: &Desk, plan: &Plan, progress: &dyn Progress) -> Result<Summary, BatchError> {
    let started = Instant::now();
    let state = desk.state_db();
    let checkpoints = Arc::new(Checkpoints::open(&state)?);
    let prompt = &plan.prompt;
    if let Err(why) = checkpoints.begin(
        &plan.run,
        &plan.feed.display().to_string(),
        &prompt.label(),
        &prompt.hash,
    )? {
        return Err(BatchError::Usage(why));
    }
    let brand = desk.brand(plan.brand.as_deref(), &Map::new())?;
    let locale = plan
        .locale
        .clone()
        .or_else(|| brand.as_deref().and_then(|b| desk.default_locale(b)));
    let mapping =
        Mapping::new(prompt, &plan.maps, locale).map_err(|e| BatchError::Usage(e.to_string()))?;
    let done = checkpoints.done(&plan.run)?;
    let csv = (plan.out_format == OutFormat::Csv).then(|| csv_shape(prompt, plan));
    let mut out = Sink::open(
        plan.out.as_deref(),
        csv,
        &checkpoints,
        &plan.run,
        &[
            RowState::Accepted,
            RowState::NeedsReview,
            RowState::Rejected,
            RowState::Failed,
        ],
    )?;
    let mut dead = Sink::open(
        Some(&plan.dead_letter),
        None,
        &checkpoints,
        &plan.run,
        &[RowState::Dead],
    )?;
    let input = open_feed(&plan.feed)?;
    if plan.feed.as_os_str() != "-"
        && matches!(plan.format, Format::Jsonl | Format::Csv | Format::Tsv)
        && let Ok(n) = count_records(&plan.feed)
    {
        let header = u64::from(plan.format != Format::Jsonl);
        let n = n.saturating_sub(header);
        progress.total(plan.limit.map_or(n, |l| n.min(l as u64)));
    }
    let concurrency = plan.concurrency.max(1);
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Item>(concurrency * 2);
    let format = plan.format;
    let limit = plan.limit;
    let reader = std::thread::spawn(move || read_feed(input, format, limit, mapping, done, tx));

    let stop = Arc::new(AtomicBool::new(false));
    let source = futures::stream::poll_fn(move |cx| rx.poll_recv(cx));
    let gate = Arc::clone(&stop);
    let work = source
        .take_while(move |_| futures::future::ready(!gate.load(Ordering::SeqCst)))
        .map(|item| process(desk, plan, brand.clone(), item));
    let mut summary = Summary {
        run: plan.run.clone(),
        state: "completed".into(),
        out: plan.out.as_ref().map(|p| p.display().to_string()),
        dead_letter_file: plan.dead_letter.display().to_string(),
        ..Summary::default()
    };
    let mut fatal = None;
    let mut unreachable_streak = 0usize;
    let mut any_success = false;
    let mut handle = |done: Option<Done>,
                      summary: &mut Summary,
                      out: &mut Sink,
                      dead: &mut Sink|
     -> Result<(), BatchError> {
        let Some(done) = done else {
            summary.resumed += 1;
            summary.read += 1;
            return Ok(());
        };
        summary.read += 1;
        let (row, counts) = match done {
            Done::Row(row, counts) => {
                if row.state != RowState::Dead {
                    any_success = true;
                    unreachable_streak = 0;
                }
                (row, counts)
            }
            Done::Unreachable(row, why) => {
                unreachable_streak += 1;
                if !any_success && unreachable_streak >= concurrency.max(4) {
                    summary.stopped = Some(format!(
                        "the model cannot be reached ({why}); nothing more is sent. Run the same command again to resume."
                    ));
                    summary.state = "unreachable".into();
                    stop.store(true, Ordering::SeqCst);
                }
                (row, RowCounts::default())
            }
            Done::Stopped(e) => {
                summary.read -= 1;
                if summary.stopped.is_none() {
                    summary.stopped = Some(format!(
                        "{e}; the rows done so far are checkpointed. Raise the budget (or wait for its window) and run the same command again to resume."
                    ));
                    summary.state = "stopped".into();
                }
                stop.store(true, Ordering::SeqCst);
                return Ok(());
            }
            Done::Fatal(e) => {
                summary.read -= 1;
                stop.store(true, Ordering::SeqCst);
                if fatal.is_none() {
                    fatal = Some(e);
                }
                return Ok(());
            }
        };
        summary.cache_hits += counts.hits;
        summary.paid_calls += counts.paid;
        summary.cost += counts.cost;
        match row.state {
            RowState::Accepted => summary.accepted += 1,
            RowState::NeedsReview => summary.needs_review += 1,
            RowState::Rejected => summary.rejected += 1,
            RowState::Failed => summary.failed += 1,
            RowState::Dead => summary.dead_letters += 1,
        }
        // the checkpoint first: a crash after it loses no row (the next start rewrites the
        // files from the checkpoints), a crash before it leaves the row to run again (its
        // paid calls answered by the cache)
        checkpoints.record(&plan.run, std::slice::from_ref(&row))?;
        let sink = if row.state == RowState::Dead {
            &mut *dead
        } else {
            &mut *out
        };
        sink.write_line(&row.record)
            .map_err(|source| BatchError::Io {
                path: "output".into(),
                source,
            })?;
        if sink.unsynced() >= 256 {
            sink.sync().map_err(|source| BatchError::Io {
                path: "output".into(),
                source,
            })?;
        }
        Ok(())
    };
    if plan.ordered {
        let mut s = Box::pin(work.buffered(concurrency));
        while let Some(done) = s.next().await {
            crate::state::blocking(|| handle(done, &mut summary, &mut out, &mut dead))?;
            progress.row(&summary);
        }
    } else {
        let mut s = Box::pin(work.buffer_unordered(concurrency));
        while let Some(done) = s.next().await {
            crate::state::blocking(|| handle(done, &mut summary, &mut out, &mut dead))?;
            progress.row(&summary);
        }
    }
    // the reader ends when the channel closes
    let _ = reader.join();
    for sink in [&mut out, &mut dead] {
        sink.sync().map_err(|source| BatchError::Io {
            path: "output".into(),
            source,
        })?;
    }
    summary.seconds = started.elapsed().as_secs_f64();
    summary.rows_per_second = summary.read as f64 / summary.seconds.max(1e-9);
    summary.run_cost = desk.ledger.run_total(&plan.run)?.cost;
    let end_state = match (&fatal, summary.state.as_str()) {
        (Some(_), _) => "failed",
        (None, "completed") => "completed",
        (None, _) => "stopped",
    };
    checkpoints.end(&plan.run, end_state)?;
    summary.run_totals = checkpoints.status(Some(&plan.run))?.pop();
    if let Some(e) = fatal {
        return Err(e.into());
    }
    Ok(summary)
}

/// One item through the pipeline (`None`: done by an earlier start).
async fn process(desk: &Desk, plan: &Plan, brand: Option<String>, item: Item) -> Option<Done> {
    let (seq, line, id, vars, hash) = match item {
        Item::Resumed => return None,
        Item::Dead(row) => return Some(Done::Row(row, RowCounts::default())),
        Item::Work {
            seq,
            line,
            id,
            vars,
            hash,
        } => (seq, line, id, vars, hash),
    };
    let request = Request {
        profile: plan.profile.clone(),
        brand,
        cache: CacheMode::Use,
        ..Request::new(Arc::clone(&plan.prompt), vars, 1)
    };
    let checkpoint = |state: RowState, record: Value, cost: f64| Checkpoint {
        row_id: id.clone(),
        seq,
        line,
        hash,
        state,
        record: record.to_string(),
        cost,
    };
    let dead =
        |reason: String| checkpoint(RowState::Dead, dead_letter(line, Some(&id), &reason), 0.0);
    match desk.run(request).await {
        Ok(g) if g.calls.is_empty() && g.blocked.is_some() => {
            let reason = g
                .blocked
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default();
            Some(Done::Row(dead(reason), RowCounts::default()))
        }
        Ok(g) => {
            let counts = counts(desk, &g);
            let (state, record) = row_record(&id, line, &g);
            Some(Done::Row(checkpoint(state, record, counts.cost), counts))
        }
        Err(e) => match e.disposition() {
            Disposition::Skip => Some(Done::Row(dead(e.to_string()), RowCounts::default())),
            Disposition::Retry => {
                let record = serde_json::json!({
                    "id": id, "line": line, "outcome": "failed", "error": e.to_string(),
                });
                Some(Done::Unreachable(
                    checkpoint(RowState::Failed, record, 0.0),
                    e.to_string(),
                ))
            }
            Disposition::Abort if e.is_budget_exhausted() => Some(Done::Stopped(e)),
            Disposition::Abort | Disposition::Usage => Some(Done::Fatal(e)),
        },
    }
}

fn counts(desk: &Desk, g: &Generated) -> RowCounts {
    let mut c = RowCounts::default();
    for call in &g.calls {
        if call.cached {
            c.hits += 1;
        } else {
            c.paid += 1;
            c.cost += desk.call_cost(call);
        }
    }
    c
}

/// A row's output record with its provenance.
fn row_record(id: &str, line: u64, g: &Generated) -> (RowState, Value) {
    let state = match g.outcome() {
        Outcome::Accepted => RowState::Accepted,
        Outcome::NeedsReview => RowState::NeedsReview,
        Outcome::Rejected => RowState::Rejected,
    };
    let variant = g.variants.first();
    let call = variant.and_then(|v| g.calls.get(v.call));
    let mut findings: Vec<String> = Vec::new();
    for f in variant.map(|v| v.findings.as_slice()).unwrap_or_default() {
        let rule = format!("{}:{}", f.stage, f.rule);
        if !findings.contains(&rule) {
            findings.push(rule);
        }
    }
    let review = g.review.iter().find_map(|r| r.item);
    let record = serde_json::json!({
        "id": id,
        "line": line,
        "outcome": state.as_str(),
        "output": variant.and_then(|v| v.output.clone()),
        "findings": findings,
        "review_item": review,
        "blocked": g.blocked.as_ref().map(ToString::to_string),
        "provenance": {
            "ai_generated": true,
            "digital_source_type": output::AI_SOURCE,
            "prompt": g.prompt,
            "prompt_hash": g.prompt_hash,
            "profile": call.map_or(g.profile.as_str(), |c| c.profile.as_str()),
            "model": call.map(|c| c.model.as_str()),
            "sources": g.sources.iter().filter(|s| s.dropped.is_none()).map(|s| s.id.as_str()).collect::<Vec<_>>(),
            "fingerprint": call.and_then(|c| c.fingerprint.as_deref()),
            "cached": call.is_some_and(|c| c.cached),
        },
    });
    (state, record)
}

fn dead_letter(line: u64, id: Option<&str>, reason: &str) -> Value {
    serde_json::json!({ "line": line, "id": id, "reason": reason })
}

/// The reader thread: records → items, at most `limit` records, until the channel closes.
fn read_feed(
    input: Box<dyn BufRead + Send>,
    format: Format,
    limit: Option<usize>,
    mapping: Mapping,
    done: HashMap<u64, u64>,
    tx: tokio::sync::mpsc::Sender<Item>,
) {
    let mut seen: HashSet<u64> = HashSet::new();
    for (seq, record) in feed::records(input, format)
        .take(limit.unwrap_or(usize::MAX))
        .enumerate()
    {
        let seq = seq as u64;
        let line = record.line;
        let dead = |key: String, id: Option<&str>, reason: String| {
            let record = dead_letter(line, id, &reason);
            let hash = hash64(&record.to_string());
            (key, hash, record)
        };
        let (key, hash, item) = match record.fields.and_then(|f| mapping.apply(&f)) {
            Err(reason) => {
                let (k, h, r) = dead(format!("line:{line}"), None, reason);
                (k, h, Err(r))
            }
            Ok(m) => match m.id {
                None => {
                    let (k, h, r) = dead(format!("line:{line}"), None, "missing id".into());
                    (k, h, Err(r))
                }
                Some(id) if !seen.insert(hash64(&id)) => {
                    let (k, h, r) = dead(
                        format!("line:{line}"),
                        Some(&id),
                        format!("duplicate id {id} (the first row with it wins)"),
                    );
                    (k, h, Err(r))
                }
                Some(id) => {
                    let hash = hash64(&crate::cost::cache::canonical(&Value::Object(
                        m.vars.clone(),
                    )));
                    (id.clone(), hash, Ok((id, m.vars)))
                }
            },
        };
        let item = if done.get(&hash64(&key)) == Some(&hash) {
            Item::Resumed
        } else {
            match item {
                Ok((id, vars)) => Item::Work {
                    seq,
                    line,
                    id,
                    vars,
                    hash,
                },
                Err(record) => Item::Dead(Checkpoint {
                    row_id: key,
                    seq,
                    line,
                    hash,
                    state: RowState::Dead,
                    record: record.to_string(),
                    cost: 0.0,
                }),
            }
        };
        if tx.blocking_send(item).is_err() {
            return;
        }
    }
}

fn open_feed(path: &Path) -> Result<Box<dyn BufRead + Send>, BatchError> {
    if path.as_os_str() == "-" {
        return Ok(Box::new(std::io::BufReader::new(std::io::stdin())));
    }
    let f = std::fs::File::open(path).map_err(|source| BatchError::Io {
        path: path.display().to_string(),
        source,
    })?;
    Ok(Box::new(std::io::BufReader::with_capacity(1 << 16, f)))
}

/// Lines of a file (a fast upper bound of its records, for the progress bar).
fn count_records(path: &Path) -> std::io::Result<u64> {
    use std::io::Read;
    let mut f = std::fs::File::open(path)?;
    let mut buf = vec![0u8; 1 << 16];
    let mut n = 0u64;
    loop {
        let k = f.read(&mut buf)?;
        if k == 0 {
            return Ok(n);
        }
        n += buf[..k].iter().filter(|b| **b == b'\n').count() as u64;
    }
}

/// The CSV columns of a prompt's output: title and description, then every other field.
fn csv_shape(prompt: &PromptVersion, plan: &Plan) -> CsvShape {
    let props = prompt
        .file
        .output
        .get("properties")
        .and_then(Value::as_object);
    let extra = props
        .map(|p| {
            p.iter()
                .filter(|(k, _)| !matches!(k.as_str(), "title" | "description"))
                .map(|(k, s)| {
                    let n = match s.get("type").and_then(Value::as_str) {
                        Some("array") => s.get("maxItems").and_then(Value::as_u64).unwrap_or(1),
                        _ => 1,
                    };
                    (k.clone(), n as usize)
                })
                .collect()
        })
        .unwrap_or_default();
    CsvShape {
        include_review: plan.include_review,
        plain: plan.plain_columns,
        extra,
    }
}
