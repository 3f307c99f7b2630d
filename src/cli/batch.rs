//! `copydesk batch`: enrich a product feed row by row (resumable), and the runs' status.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};

use super::output::{Format, TABLE_JSON, choice, formats, table};
use super::{Failure, print, runtime};
use crate::batch::checkpoint::{Checkpoints, RunStatus};
use crate::batch::feed;
use crate::batch::output::OutFormat;
use crate::batch::{self, BatchError, Plan, Progress, Summary};
use crate::config::Config;
use crate::desk::{Desk, Options};
use crate::prompt::{PromptRef, Registry};

#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct Args {
    #[command(subcommand)]
    cmd: Option<Cmd>,
    #[command(flatten)]
    run: RunArgs,
}

#[derive(Debug, clap::Subcommand)]
enum Cmd {
    /// Rows done, failed and dead-lettered, cost and state of one run (default: the newest).
    Status {
        run: Option<String>,
        #[arg(long, value_parser = formats(TABLE_JSON), default_value = "table")]
        format: Format,
    },
    /// Every run.
    List {
        #[arg(long, value_parser = formats(TABLE_JSON), default_value = "table")]
        format: Format,
    },
}

#[derive(Debug, clap::Args)]
struct RunArgs {
    /// The feed: CSV, TSV, JSON Lines or Merchant Center XML; `-` reads stdin.
    #[arg(required = true)]
    feed: Option<PathBuf>,
    /// Prompt as ID (the live version) or ID@N.
    #[arg(long, value_name = "ID[@N]", required = true)]
    prompt: Option<PromptRef>,
    /// The feed's format (default: from the file's extension).
    #[arg(long, value_parser = choice::<feed::Format>())]
    input_format: Option<feed::Format>,
    /// FIELD=COLUMN (a path such as `brands[0]`) or FIELD={{ template }} over the record;
    /// fields not named come from the column of the same name.
    #[arg(long = "map", value_name = "FIELD=SOURCE")]
    maps: Vec<String>,
    /// Locale of rows without a `locale` column (default: the brand's).
    #[arg(long)]
    locale: Option<String>,
    /// Brand (id or name) whose rules apply (default: the project's only brand).
    #[arg(long)]
    brand: Option<String>,
    /// Model profile, alone.
    #[arg(long)]
    profile: Option<String>,
    /// Where the rows go (default: stdout).
    #[arg(long)]
    out: Option<PathBuf>,
    /// What OUT gets: JSON lines with provenance, or a Merchant Center supplemental CSV.
    #[arg(long, value_parser = choice::<OutFormat>(), default_value = "jsonl")]
    out_format: OutFormat,
    /// CSV: needs-review rows too (default: accepted rows only).
    #[arg(long)]
    include_review: bool,
    /// CSV: `title` / `description` columns instead of the structured (AI-generated) ones.
    #[arg(long)]
    plain_columns: bool,
    /// Where bad rows go (default: OUT.dead.jsonl, else RUN.dead.jsonl).
    #[arg(long)]
    dead_letter: Option<PathBuf>,
    /// Rows in flight at once.
    #[arg(long, default_value_t = 8)]
    concurrency: usize,
    /// Read at most N records.
    #[arg(long)]
    limit: Option<usize>,
    /// Write rows in feed order.
    #[arg(long)]
    ordered: bool,
    /// The run's name (default: from the feed path and the prompt version; the same command
    /// resumes the same run).
    #[arg(long)]
    run: Option<String>,
    #[arg(long, value_parser = formats(TABLE_JSON), default_value = "table")]
    format: Format,
}

pub fn run(config: Config, args: Args) -> Result<ExitCode, Failure> {
    match args.cmd {
        Some(Cmd::Status { run, format }) => status(&config, run.as_deref(), format, true),
        Some(Cmd::List { format }) => status(&config, None, format, false),
        None => enrich(config, args.run),
    }
}

fn enrich(config: Config, args: RunArgs) -> Result<ExitCode, Failure> {
    let (Some(feed), Some(prompt)) = (args.feed, args.prompt) else {
        return Err(Failure::Usage("batch needs a FEED and --prompt".into()));
    };
    if args.concurrency == 0 || args.concurrency > 1024 {
        return Err(Failure::Usage(
            "--concurrency must be between 1 and 1024".into(),
        ));
    }
    let format = match args.input_format.or_else(|| feed::Format::from_path(&feed)) {
        Some(f) => f,
        None => {
            return Err(Failure::Usage(format!(
                "cannot tell the format of {} from its name: pass --input-format csv|tsv|jsonl|xml",
                feed.display()
            )));
        }
    };
    let version = Registry::load(&config.root.join("prompts"))
        .resolve(&prompt)?
        .clone();
    let name = args
        .run
        .unwrap_or_else(|| batch::default_run_name(&feed, &version));
    let dead_letter = args.dead_letter.unwrap_or_else(|| match &args.out {
        Some(out) => {
            let mut n = out
                .file_name()
                .map(|n| n.to_os_string())
                .unwrap_or_default();
            n.push(".dead.jsonl");
            out.with_file_name(n)
        }
        None => PathBuf::from(format!("{name}.dead.jsonl")),
    });
    let desk = Desk::open(
        config,
        Options {
            run: Some(name.clone()),
        },
    )?;
    let plan = Plan {
        feed,
        format,
        prompt: version,
        maps: args.maps,
        locale: args.locale,
        brand: args.brand,
        profile: args.profile,
        out: args.out,
        out_format: args.out_format,
        include_review: args.include_review,
        plain_columns: args.plain_columns,
        dead_letter,
        concurrency: args.concurrency,
        limit: args.limit,
        ordered: args.ordered,
        run: name,
    };
    let bar = Bar::new();
    let result = runtime()?.block_on(batch::run(&desk, &plan, &bar));
    bar.0.finish_and_clear();
    let summary = match result {
        Ok(s) => s,
        Err(BatchError::Pipeline(e)) => return Err(e.into()),
        Err(BatchError::Usage(e)) => return Err(Failure::Usage(e)),
        Err(e) => return Err(Failure::State(e.to_string())),
    };
    match args.format {
        Format::Json => {
            print(super::output::json(&summary).map_err(std::io::Error::other)?)?;
        }
        _ => eprint!("{}", describe(&summary)),
    }
    Ok(ExitCode::from(match summary.state.as_str() {
        "stopped" => 4,
        "unreachable" => 3,
        // the whole run decides, not only this start: a resumed run keeps its dead letters
        _ if summary.run_totals.as_ref().map_or(
            summary.dead_letters + summary.failed + summary.rejected,
            |t| (t.dead_letters + t.failed + t.rejected) as u64,
        ) > 0 =>
        {
            1
        }
        _ => 0,
    }))
}

fn describe(s: &Summary) -> String {
    let mut out = format!(
        "run {}: {} rows read in {:.1} s ({:.1} rows/s) · {} accepted, {} needs review, {} rejected, {} failed, {} dead letters",
        s.run,
        s.read,
        s.seconds,
        s.rows_per_second,
        s.accepted,
        s.needs_review,
        s.rejected,
        s.failed,
        s.dead_letters
    );
    if s.resumed > 0 {
        out.push_str(&format!(" · {} done before", s.resumed));
    }
    if let Some(t) = s.run_totals.as_ref().filter(|_| s.resumed > 0) {
        out.push_str(&format!(
            "\nthe whole run: {} rows · {} accepted, {} needs review, {} rejected, {} failed, {} dead letters",
            t.rows, t.accepted, t.needs_review, t.rejected, t.failed, t.dead_letters
        ));
    }
    out.push_str(&format!(
        "\n{} calls paid, {} from the cache · cost {:.4} (whole run {:.4})\n",
        s.paid_calls, s.cache_hits, s.cost, s.run_cost
    ));
    if s.dead_letters > 0 {
        out.push_str(&format!("dead letters: {}\n", s.dead_letter_file));
    }
    if let Some(why) = &s.stopped {
        out.push_str(&format!("stopped: {why}\n"));
    }
    out
}

/// The progress bar on a terminal (indicatif hides it elsewhere).
struct Bar(ProgressBar);

impl Bar {
    fn new() -> Self {
        let bar = ProgressBar::new_spinner();
        bar.set_style(
            ProgressStyle::with_template(
                "{spinner} {pos} rows {per_sec} {wide_msg} [{elapsed_precise}]",
            )
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar.enable_steady_tick(Duration::from_millis(200));
        Self(bar)
    }
}

impl Progress for Bar {
    fn total(&self, rows: u64) {
        self.0.set_length(rows);
        self.0.set_style(
            ProgressStyle::with_template(
                "{bar:30} {pos}/{len} rows · {per_sec} · ETA {eta} · {wide_msg}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
    }

    fn row(&self, s: &Summary) {
        self.0.set_position(s.read);
        self.0.set_message(format!(
            "cost {:.4} · {} cache hits · {} failed · {} dead letters",
            s.cost, s.cache_hits, s.failed, s.dead_letters
        ));
    }
}

fn status(
    config: &Config,
    run: Option<&str>,
    format: Format,
    one: bool,
) -> Result<ExitCode, Failure> {
    let checkpoints = Checkpoints::open(&crate::knowledge::store::state_db(config))
        .map_err(|e| Failure::State(e.to_string()))?;
    let mut runs = checkpoints
        .status(run)
        .map_err(|e| Failure::State(e.to_string()))?;
    if one {
        runs.truncate(1);
        if runs.is_empty() {
            return Err(Failure::Usage(match run {
                Some(r) => format!("no batch run '{r}' (copydesk batch list shows them)"),
                None => "no batch runs yet".into(),
            }));
        }
    }
    match format {
        Format::Json => print(super::output::json(&runs).map_err(std::io::Error::other)?)?,
        _ => print(render(&runs))?,
    }
    Ok(ExitCode::SUCCESS)
}

fn render(runs: &[RunStatus]) -> String {
    if runs.is_empty() {
        return "no batch runs yet\n".into();
    }
    let mut t = table(&[
        "run", "prompt", "state", "rows", "accepted", "review", "rejected", "failed", "dead",
        "cost", "updated",
    ]);
    for r in runs {
        t.add_row(vec![
            r.name.clone(),
            r.prompt.clone(),
            r.state.clone(),
            r.rows.to_string(),
            r.accepted.to_string(),
            r.needs_review.to_string(),
            r.rejected.to_string(),
            r.failed.to_string(),
            r.dead_letters.to_string(),
            format!("{:.4}", r.cost),
            crate::clock::utc(r.updated_ms),
        ]);
    }
    format!("{t}\n")
}
