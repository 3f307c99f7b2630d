//! `copydesk generate`: render a prompt, run the model, validate and print the variants.

use std::io::Write;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use indicatif::ProgressBar;

use super::output::{Format, describe, formats, table};
use super::{Failure, print, runtime, vars};
use crate::config::Config;
use crate::desk::{CacheMode, Desk, Options, Request};
use crate::guard::{Action, Outcome};
use crate::lineage::Generated;
use crate::llm::TokenSink;
use crate::prompt::PromptRef;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Prompt as ID (the live version) or ID@N.
    #[arg(long, value_name = "ID[@N]")]
    prompt: PromptRef,
    #[command(flatten)]
    vars: vars::VarsArgs,
    /// Number of variants.
    #[arg(long, default_value_t = 1)]
    n: usize,
    /// Model profile, alone (default: the prompt's primary, else the configuration's default,
    /// then the prompt's fallbacks).
    #[arg(long)]
    profile: Option<String>,
    #[arg(long, value_parser = formats(&[Format::Table, Format::Json, Format::Jsonl]), default_value = "table")]
    format: Format,
    /// Stream generated text to stderr as it arrives.
    #[arg(long)]
    stream: bool,
    /// Brand (id or name) whose rules apply (default: the vars' `brand`, else the only brand).
    #[arg(long)]
    brand: Option<String>,
    /// Neither read nor write the fingerprint cache.
    #[arg(long, conflicts_with = "refresh")]
    no_cache: bool,
    /// Call the model even when the cache has the answer, and store the new reply.
    #[arg(long)]
    refresh: bool,
}

pub fn run(config: Config, args: Args) -> Result<ExitCode, Failure> {
    if args.n == 0 || args.n > 50 {
        return Err(Failure::Usage("--n must be between 1 and 50".into()));
    }
    let desk = Desk::open(config, Options::default())?;
    let prompt = desk.prompt(&args.prompt)?;
    let vars = args.vars.collect()?;
    let stream: Option<TokenSink> = args.stream.then(|| {
        Arc::new(|piece: &str| {
            let mut err = std::io::stderr().lock();
            let _ = err.write_all(piece.as_bytes());
            let _ = err.flush();
        }) as TokenSink
    });
    let spinner = if args.stream {
        ProgressBar::hidden()
    } else {
        let s = ProgressBar::new_spinner();
        s.set_message(format!(
            "generating {} variant(s) with {}",
            args.n,
            prompt.label()
        ));
        s.enable_steady_tick(Duration::from_millis(120));
        s
    };
    let request = Request {
        profile: args.profile,
        brand: args.brand,
        stream,
        cache: if args.no_cache {
            CacheMode::Off
        } else if args.refresh {
            CacheMode::Refresh
        } else {
            CacheMode::Use
        },
        ..Request::new(prompt, vars, args.n)
    };
    let result = runtime()?.block_on(desk.run(request));
    spinner.finish_and_clear();
    if args.stream {
        eprintln!();
    }
    let generated = result?;
    for r in &generated.review {
        if let (Some(item), Some(reason)) = (r.item, &r.reason) {
            eprintln!(
                "variant {}: {} as review item {item} ({reason})",
                r.variant, r.route
            );
        }
    }
    if let Some(b) = &generated.blocked {
        eprintln!("{b}");
    }
    match args.format {
        Format::Json => print(super::output::json(&generated).map_err(std::io::Error::other)?)?,
        Format::Jsonl => {
            let mut out = String::new();
            for v in &generated.variants {
                let call = &generated.calls[v.call];
                let line = serde_json::json!({
                    "prompt": generated.prompt,
                    "prompt_hash": generated.prompt_hash,
                    "variant": v.index,
                    "outcome": v.outcome,
                    "output": v.output,
                    "findings": v.findings,
                    "reasks": v.reasks,
                    "sources": generated.sources,
                    "profile": call.profile,
                    "model": call.model,
                    "hops": call.hops,
                    "usage": call.usage,
                    "latency_ms": call.latency_ms,
                });
                out.push_str(&line.to_string());
                out.push('\n');
            }
            print(out)?;
        }
        _ => print(render_table(&generated))?,
    }
    Ok(if generated.all_accepted() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn render_table(g: &Generated) -> String {
    let mut t = table(&[
        "#",
        "variant",
        "outcome",
        "findings",
        "tokens in/out",
        "latency",
        "model",
    ]);
    for v in &g.variants {
        let call = &g.calls[v.call];
        let text = v.output.as_ref().map_or_else(|| v.raw.clone(), describe);
        let acted = v
            .findings
            .iter()
            .filter(|f| f.action != Action::Report)
            .count();
        t.add_row(vec![
            v.index.to_string(),
            text,
            v.outcome.as_str().to_string(),
            if v.findings.is_empty() {
                "–".to_string()
            } else {
                format!("{} ({acted} acted on)", v.findings.len())
            },
            format!(
                "{}/{}",
                call.usage.prompt_tokens, call.usage.completion_tokens
            ),
            format!("{:.1} s", call.latency_ms / 1000.0),
            call.model.clone(),
        ]);
    }
    let mut out = format!("{t}\n");
    for (i, call) in g.calls.iter().enumerate() {
        for h in &call.hops {
            let then = match h.wait_ms {
                Some(ms) => format!("retried after {:.1} s", ms / 1000.0),
                None => "next profile".to_string(),
            };
            out.push_str(&format!(
                "call {} ({}): {} {} → {then}: {}\n",
                i + 1,
                call.profile,
                h.profile,
                h.reason,
                h.detail
            ));
        }
    }
    for s in &g.sources {
        match &s.dropped {
            Some(why) => out.push_str(&format!("source {} dropped: {why}\n", s.source)),
            None => out.push_str(&format!("source {} ({:.4})\n", s.source, s.score)),
        }
    }
    for f in &g.input_findings {
        out.push_str(&format!(
            "input {}: {} → {}\n",
            f.pointer,
            f.summary(),
            f.action.as_str()
        ));
    }
    for v in &g.variants {
        for f in &v.findings {
            let at = if f.pointer.is_empty() {
                String::new()
            } else {
                format!(" at {}", f.pointer)
            };
            out.push_str(&format!(
                "variant {}{at}: {} → {}\n",
                v.index,
                f.summary(),
                f.action.as_str()
            ));
        }
    }
    let (tin, tout) = g.calls.iter().fold((0u64, 0u64), |(a, b), c| {
        (
            a + u64::from(c.usage.prompt_tokens),
            b + u64::from(c.usage.completion_tokens),
        )
    });
    let count = |o: Outcome| g.variants.iter().filter(|v| v.outcome == o).count();
    out.push_str(&format!(
        "{} · profile {} · {} call(s) ({} reask) · {tin} in / {tout} out tokens · {} accepted, {} needs review, {} rejected\n",
        g.prompt,
        g.profile,
        g.calls.len(),
        g.calls.iter().filter(|c| c.purpose == "reask").count(),
        count(Outcome::Accepted),
        count(Outcome::NeedsReview),
        count(Outcome::Rejected),
    ));
    out
}
