//! `copydesk index` and `copydesk search`: the brand knowledge index in the state database.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};

use super::output::{Format, TABLE_JSON, choice, formats, table};
use super::{Failure, print};
use crate::config::Config;
use crate::guard::chain::for_project;
use crate::knowledge::chunk::Budget;
use crate::knowledge::embed::embedder_for;
use crate::knowledge::index::{IndexError, index_brand};
use crate::knowledge::store::{self, Filter, Mode, Query, StoreError};

#[derive(Debug, clap::Args)]
pub struct IndexArgs {
    /// Brand folders (default: every brand in brand-guides/).
    brands: Vec<PathBuf>,
    /// Start from an empty index.
    #[arg(long)]
    rebuild: bool,
    /// Most tokens per chunk (cl100k_base).
    #[arg(long, default_value_t = 256)]
    chunk_tokens: usize,
    /// Tokens repeated between the pieces of a split section.
    #[arg(long, default_value_t = 32)]
    overlap: usize,
    #[arg(long, value_parser = formats(TABLE_JSON), default_value = "table")]
    format: Format,
}

#[derive(Debug, clap::Args)]
pub struct SearchArgs {
    query: String,
    /// Brand id.
    #[arg(long)]
    brand: String,
    #[arg(long, default_value_t = 5)]
    k: usize,
    #[arg(long)]
    locale: Option<String>,
    #[arg(long)]
    doc_type: Option<String>,
    #[arg(long, value_parser = choice::<Mode>(), default_value = "hybrid")]
    mode: Mode,
    #[arg(long, value_parser = formats(TABLE_JSON), default_value = "table")]
    format: Format,
}

fn usage(e: impl std::fmt::Display) -> Failure {
    Failure::Usage(e.to_string())
}

/// The index, the store or the embedder failed: not the user's doing.
fn state(e: impl std::fmt::Display) -> Failure {
    Failure::State(e.to_string())
}

pub fn index(config: &Config, args: IndexArgs) -> Result<ExitCode, Failure> {
    let (brands, problems) = crate::knowledge::load_brands(&config.root.join("brand-guides"));
    if let Some(p) = problems.first() {
        return Err(usage(p));
    }
    let chosen: Vec<_> = if args.brands.is_empty() {
        brands
    } else {
        let mut out = Vec::new();
        for wanted in &args.brands {
            let wanted = std::path::absolute(wanted).unwrap_or_else(|_| wanted.clone());
            match brands
                .iter()
                .find(|(dir, _)| std::path::absolute(dir).is_ok_and(|d| d == wanted))
            {
                Some(b) => out.push(b.clone()),
                None => {
                    return Err(usage(format!(
                        "{} is not a brand folder with a brand.yaml",
                        wanted.display()
                    )));
                }
            }
        }
        out
    };
    let embedder = embedder_for(config).map_err(state)?;
    let mut store = store::open(config).map_err(state)?;
    if args.rebuild {
        store.clear().map_err(state)?;
    }
    let budget = Budget {
        max_tokens: args.chunk_tokens.max(32),
        overlap: args.overlap,
    };
    let mut reports = Vec::new();
    for (dir, brand) in &chosen {
        let chain = for_project(&config.root, Some(&brand.id.value), None)
            .map_err(usage)?
            .only(&["pii".to_string()]);
        let bar = ProgressBar::new(0);
        if let Ok(style) = ProgressStyle::with_template("{prefix} {bar:30} {pos}/{len} {wide_msg}")
        {
            bar.set_style(style);
        }
        bar.set_prefix(format!("indexing {}", brand.id.value));
        bar.enable_steady_tick(Duration::from_millis(200));
        let report = index_brand(
            store.as_mut(),
            embedder.as_ref(),
            &chain,
            &brand.id.value,
            dir,
            budget,
            &bar,
        );
        bar.finish_and_clear();
        // an index of another model wants `--rebuild`, as `search` says
        reports.push(report.map_err(|e| match e {
            IndexError::Store(e @ StoreError::ModelMismatch { .. }) => usage(e),
            e => state(e),
        })?);
    }
    for r in &reports {
        for (path, why) in &r.skipped {
            eprintln!("skipped {}/{path}: {why}", r.brand);
        }
    }
    match args.format {
        Format::Json => print(format!(
            "{}\n",
            serde_json::to_string(&reports).map_err(std::io::Error::other)?
        ))?,
        _ => {
            let mut t = table(&[
                "brand",
                "documents",
                "chunks",
                "new",
                "changed",
                "unchanged",
                "removed",
                "PII replaced",
                "skipped",
                "time",
            ]);
            for r in &reports {
                t.add_row(vec![
                    r.brand.clone(),
                    r.documents.to_string(),
                    r.chunks.to_string(),
                    r.new.to_string(),
                    r.changed.to_string(),
                    r.unchanged.to_string(),
                    r.removed.to_string(),
                    r.pii_redacted.to_string(),
                    r.skipped.len().to_string(),
                    format!("{:.2} s", r.seconds),
                ]);
            }
            print(format!(
                "{t}\nindex: {} · embedder {}\n",
                store::describe(config),
                embedder.model_id()
            ))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn search(config: &Config, args: SearchArgs) -> Result<ExitCode, Failure> {
    let mut store = store::open(config).map_err(state)?;
    let vector = if args.mode == Mode::Bm25 {
        None
    } else {
        let embedder = embedder_for(config).map_err(state)?;
        store
            .check_model(embedder.model_id(), embedder.dimension())
            .map_err(usage)?;
        embedder
            .embed_queries(&[args.query.as_str()])
            .map_err(state)?
            .pop()
    };
    let filter = Filter {
        brand: args.brand.clone(),
        locale: args.locale.clone(),
        doc_type: args.doc_type.clone(),
        tags: Vec::new(),
    };
    let hits = store
        .search(&Query {
            text: &args.query,
            vector: vector.as_deref(),
            filter: &filter,
            k: args.k,
            mode: args.mode,
        })
        .map_err(state)?;
    match args.format {
        Format::Json => {
            let rows: Vec<serde_json::Value> = hits
                .iter()
                .map(|h| {
                    serde_json::json!({
                        "id": h.id, "score": h.score, "source": h.chunk.source(),
                        "path": h.chunk.path, "heading_path": h.chunk.heading_path,
                        "locale": h.chunk.locale, "doc_type": h.chunk.doc_type, "text": h.chunk.text,
                    })
                })
                .collect();
            print(format!("{}\n", serde_json::Value::Array(rows)))?;
        }
        _ => {
            let mut out = String::new();
            for (i, h) in hits.iter().enumerate() {
                let snippet: String = h
                    .chunk
                    .text
                    .lines()
                    .skip(1)
                    .collect::<Vec<_>>()
                    .join(" ")
                    .chars()
                    .take(160)
                    .collect();
                out.push_str(&format!(
                    "{}. {:.4}  {}\n   {}\n",
                    i + 1,
                    h.score,
                    h.chunk.source(),
                    snippet
                ));
            }
            if hits.is_empty() {
                out.push_str("no results; run `copydesk index` first if the index is empty\n");
            }
            print(out)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
