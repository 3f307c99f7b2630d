//! `copydesk prompts list | show | render | diff | release`.

use std::process::ExitCode;

use similar::TextDiff;

use super::output::{Format, TABLE_JSON, formats, json, table};
use super::{Failure, print, registry, vars};
use crate::config::Config;
use crate::eval::gate::Gate;
use crate::prompt::{PromptRef, ReleaseFile, Role};

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Every prompt with its versions and release state.
    List {
        #[arg(long, value_parser = formats(TABLE_JSON), default_value = "table")]
        format: Format,
    },
    /// One version's settings and source.
    Show { prompt: PromptRef },
    /// Print exactly the messages that would be sent.
    Render {
        prompt: PromptRef,
        #[command(flatten)]
        vars: vars::VarsArgs,
        /// Variants asked for in one call (prompts with `variants: in_output`).
        #[arg(long, default_value_t = 1)]
        n: usize,
        #[arg(long, value_parser = formats(TABLE_JSON), default_value = "table")]
        format: Format,
    },
    /// Unified diff between two versions.
    Diff { a: PromptRef, b: PromptRef },
    /// Make ID@N the live version and record its content hash (released versions are immutable).
    /// Refused unless an eval run of exactly this content hash passed its suite's thresholds.
    Release {
        #[arg(required_unless_present = "history")]
        prompt: Option<PromptRef>,
        /// Release without a passing eval run (recorded, with --reason).
        #[arg(long, requires = "reason")]
        force: bool,
        /// Why a release is forced.
        #[arg(long, requires = "force")]
        reason: Option<String>,
        /// The release log of prompt ID (with the eval run behind each release).
        #[arg(long, value_name = "ID", conflicts_with_all = ["prompt", "force"])]
        history: Option<String>,
        #[arg(long, value_parser = formats(TABLE_JSON), default_value = "table")]
        format: Format,
    },
}

pub fn run(config: &Config, cmd: Cmd) -> Result<ExitCode, Failure> {
    let registry = registry(config);
    match cmd {
        Cmd::List { format } => {
            let rows: Vec<serde_json::Value> = registry
                .prompts
                .iter()
                .map(|(id, e)| {
                    let live = e.live_version();
                    let description = live
                        .and_then(|v| e.versions.get(&v))
                        .map(|v| v.file.description.trim().to_string())
                        .unwrap_or_default();
                    serde_json::json!({
                        "id": id,
                        "versions": e.versions.keys().collect::<Vec<_>>(),
                        "live": live,
                        "released": e.release.as_ref().map(|r| r.hashes.keys().collect::<Vec<_>>()).unwrap_or_default(),
                        "problems": e.problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
                        "description": description,
                    })
                })
                .collect();
            match format {
                Format::Json => print(json(&rows).map_err(std::io::Error::other)?)?,
                _ => {
                    let mut t = table(&["prompt", "versions", "live", "state", "description"]);
                    for (id, e) in &registry.prompts {
                        let versions: Vec<String> =
                            e.versions.keys().map(|v| format!("v{v}")).collect();
                        let state = if !e.problems.is_empty() {
                            format!("{} problem(s): run copydesk config check", e.problems.len())
                        } else if e.release.is_some() {
                            "released".to_string()
                        } else {
                            "unreleased".to_string()
                        };
                        let live = e.live_version();
                        t.add_row(vec![
                            id.clone(),
                            versions.join(" "),
                            live.map(|v| format!("v{v}")).unwrap_or_default(),
                            state,
                            live.and_then(|v| e.versions.get(&v))
                                .map(|v| v.file.description.trim().to_string())
                                .unwrap_or_default(),
                        ]);
                    }
                    print(format!("{t}\n"))?;
                }
            }
        }
        Cmd::Show { prompt } => {
            let v = registry.resolve(&prompt)?;
            let entry = registry.prompts.get(v.id());
            let released = entry.is_some_and(|e| e.is_released(v.version()));
            let live = entry.and_then(|e| e.live_version()) == Some(v.version());
            let m = &v.file.model;
            print(format!(
                "{}  {}\nfile:     {}\nhash:     {}\nstate:    {}{}\nchannel:  {}\nmodel:    primary {} · temperature {} · top_p {} · max_tokens {}\n\n{}",
                v.label(),
                v.file.description.trim(),
                v.path.display(),
                v.hash,
                if released { "released" } else { "unreleased" },
                if live { ", live" } else { "" },
                v.file.channel.as_deref().unwrap_or("-"),
                m.primary.as_deref().unwrap_or(&config.default_profile),
                m.temperature,
                m.top_p,
                m.max_tokens,
                v.source
            ))?;
        }
        Cmd::Render {
            prompt,
            vars,
            n,
            format,
        } => {
            let v = registry.resolve(&prompt)?;
            let vars = vars.collect()?;
            let messages = v
                .render(&vars, n.max(1))
                .map_err(|e| Failure::Pipeline(e.into()))?;
            match format {
                Format::Json => print(json(&messages).map_err(std::io::Error::other)?)?,
                _ => {
                    let mut out = String::new();
                    for m in &messages {
                        let label = match m.role {
                            Role::System => "system",
                            Role::User => "user",
                            Role::Assistant => "assistant",
                        };
                        out.push_str(&format!("─── {label} ───\n{}\n", m.content));
                    }
                    print(out)?;
                }
            }
        }
        Cmd::Diff { a, b } => {
            let va = registry.resolve(&a)?;
            let vb = registry.resolve(&b)?;
            let diff = TextDiff::from_lines(&va.source, &vb.source);
            let text = diff
                .unified_diff()
                .context_radius(3)
                .header(&va.label(), &vb.label())
                .to_string();
            print(if text.is_empty() {
                format!("{} and {} are identical\n", va.label(), vb.label())
            } else {
                text
            })?;
        }
        Cmd::Release {
            prompt,
            force,
            reason,
            history,
            format,
        } => {
            let gate = Gate::open(&crate::knowledge::store::state_db(config))
                .map_err(|e| Failure::State(e.to_string()))?;
            let Some(prompt) = prompt else {
                let id = history.unwrap_or_default();
                return release_history(&gate, &id, format);
            };
            let version = prompt
                .version
                .ok_or_else(|| Failure::Usage("release needs an explicit version: ID@N".into()))?;
            let v = registry.resolve(&prompt)?;
            let passed = gate
                .passing(v.id(), &v.hash)
                .map_err(|e| Failure::State(e.to_string()))?;
            let forced = match (&passed, force) {
                (_, true) => reason.as_deref(),
                (Some(_), false) => None,
                (None, false) => {
                    let last = gate
                        .runs(v.id(), 20)
                        .map_err(|e| Failure::State(e.to_string()))?
                        .into_iter()
                        .find(|r| r.version == version);
                    let why = match last {
                        Some(r) if r.prompt_hash != v.hash => format!(
                            "{} was edited since its last eval run ({} {} on {}, content {}, now {})",
                            v.label(),
                            r.suite,
                            r.verdict,
                            crate::clock::utc(r.at_ms),
                            r.prompt_hash,
                            v.hash
                        ),
                        Some(r) => format!(
                            "its last eval run did not pass ({} {} on {})",
                            r.suite,
                            r.verdict,
                            crate::clock::utc(r.at_ms)
                        ),
                        None => "it has no eval run".to_string(),
                    };
                    print(format!(
                        "refused: {} cannot be released: {why}; run `copydesk eval --prompt {}` until its suite passes, or release with --force --reason \"…\"\n",
                        v.label(),
                        v.label()
                    ))?;
                    return Ok(ExitCode::from(1));
                }
            };
            let entry = registry.prompts.get(v.id());
            let mut release = entry
                .and_then(|e| e.release.clone())
                .unwrap_or(ReleaseFile {
                    live: version,
                    hashes: Default::default(),
                });
            release.live = version;
            release.hashes.insert(version, v.hash.clone());
            let path = registry.dir.join(v.id()).join("release.yaml");
            let mut text = format!(
                "# Which version of {} is live, and the content hash of every released version.\n# Released versions are immutable: change a prompt by adding a new version.\nlive: {}\nhashes:\n",
                v.id(),
                release.live
            );
            for (n, hash) in &release.hashes {
                text.push_str(&format!("  {n}: \"{hash}\"\n"));
            }
            std::fs::write(&path, text)?;
            gate.release(
                v.id(),
                version,
                &v.hash,
                passed.as_ref().map(|r| r.id),
                forced,
            )
            .map_err(|e| Failure::State(e.to_string()))?;
            print(format!(
                "{} is live ({}){}\n",
                v.label(),
                v.hash,
                match (&passed, forced) {
                    (_, Some(why)) => format!(", forced: {why}"),
                    (Some(r), None) =>
                        format!(", passed {} on {}", r.suite, crate::clock::utc(r.at_ms)),
                    (None, None) => String::new(),
                }
            ))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `prompts release --history ID`: every release, forced or on which eval run.
fn release_history(gate: &Gate, id: &str, format: Format) -> Result<ExitCode, Failure> {
    let log = gate
        .history(id)
        .map_err(|e| Failure::State(e.to_string()))?;
    match format {
        Format::Json => print(json(&log).map_err(std::io::Error::other)?)?,
        _ if log.is_empty() => print(format!("no releases of {id} recorded\n"))?,
        _ => {
            let mut t = table(&["time", "version", "content", "gate", "eval run"]);
            for r in &log {
                t.add_row(vec![
                    crate::clock::utc(r.at_ms),
                    format!("v{}", r.version),
                    r.prompt_hash.clone(),
                    match &r.reason {
                        Some(why) if r.forced => format!("forced: {why}"),
                        _ => "passed".to_string(),
                    },
                    r.eval_run
                        .as_ref()
                        .map(|e| {
                            format!(
                                "#{} {} {} ({})",
                                e.id,
                                e.suite,
                                e.verdict,
                                crate::clock::utc(e.at_ms)
                            )
                        })
                        .unwrap_or_else(|| "-".into()),
                ]);
            }
            print(format!("{t}\n"))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
