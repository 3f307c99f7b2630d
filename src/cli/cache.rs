//! `copydesk cache stats | clear | explain`: the fingerprint cache in the state database.

use std::process::ExitCode;

use super::output::{Format, TABLE_JSON, formats, table};
use super::{Failure, print};
use crate::config::Config;
use crate::cost::cache::Cache;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Entries, hits and tokens saved, overall and per prompt.
    Stats {
        #[arg(long, value_parser = formats(TABLE_JSON), default_value = "table")]
        format: Format,
    },
    /// Remove entries (all, one prompt's, or only expired ones).
    Clear {
        /// Only this prompt's entries (`id` or `id@version`).
        #[arg(long)]
        prompt: Option<String>,
        /// Only entries past their TTL.
        #[arg(long)]
        expired: bool,
    },
    /// Every input that went into a fingerprint (the `fingerprint` of a call in
    /// `generate --format json`; 8 hex digits are enough).
    Explain {
        fingerprint: String,
        #[arg(long, value_parser = formats(TABLE_JSON), default_value = "table")]
        format: Format,
    },
}

pub fn run(config: &Config, cmd: Cmd) -> Result<ExitCode, Failure> {
    let usage = |e: crate::cost::cache::CacheError| Failure::State(e.to_string());
    let cache = Cache::open(&crate::knowledge::store::state_db(config)).map_err(usage)?;
    match cmd {
        Cmd::Stats { format } => {
            let s = cache.stats().map_err(usage)?;
            match format {
                Format::Json => print(format!(
                    "{}\n",
                    serde_json::to_string(&s).map_err(std::io::Error::other)?
                ))?,
                _ => {
                    let mut t = table(&["prompt", "entries", "hits"]);
                    for (prompt, entries, hits) in &s.by_prompt {
                        t.add_row(vec![prompt.clone(), entries.to_string(), hits.to_string()]);
                    }
                    print(format!(
                        "{t}\n{} entries ({} expired), {} hits, {} tokens not paid for, {:.1} kB\n",
                        s.entries,
                        s.expired,
                        s.hits,
                        s.tokens_saved,
                        s.bytes as f64 / 1000.0
                    ))?;
                }
            }
        }
        Cmd::Clear { prompt, expired } => {
            let n = cache.clear(prompt.as_deref(), expired).map_err(usage)?;
            print(format!("removed {n} entries\n"))?;
        }
        Cmd::Explain {
            fingerprint,
            format,
        } => {
            let Some(e) = cache.explain(&fingerprint).map_err(usage)? else {
                return Err(Failure::Usage(format!(
                    "no cache entry has a fingerprint starting with {fingerprint}"
                )));
            };
            match format {
                Format::Json => print(format!(
                    "{}\n",
                    serde_json::to_string(&e).map_err(std::io::Error::other)?
                ))?,
                _ => {
                    let mut out = format!(
                        "fingerprint {}\nprompt {} · model {} · {} hits · created {} · {}\n\ninputs (blake3 over each name and its canonical JSON, in this order):\n",
                        e.key,
                        e.prompt,
                        e.model,
                        e.hits,
                        e.created,
                        e.expires
                            .map_or("no expiry".to_string(), |x| format!("expires {x}"))
                    );
                    for (name, value) in &e.inputs {
                        let shown: String = value.chars().take(400).collect();
                        let more = if value.chars().count() > 400 {
                            " …"
                        } else {
                            ""
                        };
                        out.push_str(&format!("  {name}: {shown}{more}\n"));
                    }
                    print(out)?;
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
