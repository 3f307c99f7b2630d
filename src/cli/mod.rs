//! The command line: one file per subcommand. Commands return an exit code or a [`Failure`];
//! `main` prints failures as one line and exits with [`Failure::exit_code`].
//!
//! Exit codes: 0 ok, 1 some output invalid (or `config check` found problems), 2 usage or
//! configuration error (or an input that cannot be processed), 3 provider unreachable, 4 budget
//! exhausted, 5 the state database, the knowledge store or the embedder failed.

mod batch;
mod budget;
mod cache;
mod check;
mod config_check;
mod eval;
mod generate;
mod knowledge;
mod models;
mod output;
mod policy;
mod prompts;
mod report;
mod review;
mod serve;
mod vars;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::config::{Config, ConfigError};
use crate::llm::fetch::FetchError;
use crate::pipeline::{Disposition, PipelineError};
use crate::prompt::{Registry, RegistryError};

/// Brand-safe marketing copy from briefs and product feeds.
#[derive(Debug, Parser)]
#[command(name = "copydesk", version, about, long_about = None)]
pub struct Cli {
    /// Configuration file (default: the nearest copydesk.yaml in this or a parent directory).
    #[arg(long, global = true, env = "COPYDESK_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Generate copy variants from a prompt.
    Generate(generate::Args),
    /// Enrich a product feed row by row through the pipeline (resumable); status and list of runs.
    Batch(batch::Args),
    /// Run eval suites against their thresholds (go / no-go), compare with a baseline version.
    Eval(eval::Args),
    /// Lint text, Markdown or JSONL with the guard chain (pii, policy, style).
    Check(check::Args),
    /// List, show, render, diff and release prompt versions.
    #[command(subcommand)]
    Prompts(prompts::Cmd),
    /// Check configuration, prompts, policies, brands and evals together.
    #[command(subcommand)]
    Config(config_check::Cmd),
    /// Fetch and list local model files.
    #[command(subcommand)]
    Models(models::Cmd),
    /// Train the policy classifier and the PII name tagger.
    #[command(subcommand)]
    Policy(policy::Cmd),
    /// Index brand documents for retrieval (incremental).
    Index(knowledge::IndexArgs),
    /// Search the brand knowledge index.
    Search(knowledge::SearchArgs),
    /// Inspect and clear the fingerprint cache.
    #[command(subcommand)]
    Cache(cache::Cmd),
    /// Reports over the usage ledger.
    #[command(subcommand)]
    Report(report::Cmd),
    /// Hard caps on tokens and cost: what is spent, held and left.
    #[command(subcommand)]
    Budget(budget::Cmd),
    /// The human-review queue: list, show, claim, approve, reject, edit, export, stats.
    Review(review::Args),
    /// The web pages and the JSON API: generate, the review queue, costs.
    Serve(serve::Args),
}

/// A command that could not do its job.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    #[error("{0}")]
    Usage(String),
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Registry(#[from] RegistryError),
    #[error(transparent)]
    Pipeline(#[from] PipelineError),
    #[error(transparent)]
    Fetch(#[from] FetchError),
    #[error(transparent)]
    Io(#[from] std::io::Error),
    /// The state database (or a batch run's files) failed.
    #[error("{0}")]
    State(String),
}

impl Failure {
    /// The process exit code for this failure.
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Pipeline(p) => pipeline_exit_code(p),
            Failure::Fetch(FetchError::Pip { .. }) => 3,
            Failure::State(_) => 5,
            _ => 2,
        }
    }

    /// Whether this is a closed stdout (`copydesk … | head`), which is not an error.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Failure::Io(e) if e.kind() == std::io::ErrorKind::BrokenPipe)
    }
}

/// A failed request's exit code, by what the caller should do about it.
fn pipeline_exit_code(e: &PipelineError) -> u8 {
    if e.is_budget_exhausted() {
        return 4;
    }
    match e.disposition() {
        Disposition::Retry => 3,
        Disposition::Abort => 5,
        Disposition::Skip | Disposition::Usage => 2,
    }
}

/// Parse the command line and run it.
pub fn run() -> Result<ExitCode, Failure> {
    let cli = Cli::parse();
    let cwd = std::env::current_dir()?;
    let load = || Config::load(cli.config.as_deref(), &cwd);
    match cli.command {
        Command::Generate(args) => generate::run(load()?, args),
        Command::Batch(args) => batch::run(load()?, args),
        Command::Eval(args) => eval::run(load()?, args),
        Command::Check(args) => check::run(cli.config.as_deref(), &cwd, args),
        Command::Prompts(cmd) => prompts::run(&load()?, cmd),
        Command::Config(cmd) => config_check::run(cli.config.as_deref(), &cwd, cmd),
        Command::Models(cmd) => models::run(&load()?, cmd),
        Command::Policy(cmd) => policy::run(&load()?, cmd),
        Command::Index(args) => knowledge::index(&load()?, args),
        Command::Search(args) => knowledge::search(&load()?, args),
        Command::Cache(cmd) => cache::run(&load()?, cmd),
        Command::Report(cmd) => report::run(&load()?, cmd),
        Command::Budget(cmd) => budget::run(&load()?, cmd),
        Command::Review(args) => review::run(&load()?, args),
        Command::Serve(args) => serve::run(load()?, args),
    }
}

/// The prompt registry of a project.
fn registry(config: &Config) -> Registry {
    Registry::load(&config.root.join("prompts"))
}

/// A tokio runtime for commands that talk to models.
fn runtime() -> Result<tokio::runtime::Runtime, Failure> {
    Ok(tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?)
}

/// Print to stdout, one write per call.
fn print(text: impl AsRef<str>) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_ref().as_bytes())?;
    out.flush()?;
    Ok(())
}
