//! `copydesk prompts list | show | render | diff | release`.

use std::process::ExitCode;

use similar::TextDiff;

use super::output::{Format, json, table};
use super::{Failure, print, registry, vars};
use crate::config::Config;
use crate::prompt::{PromptRef, ReleaseFile, Role};

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Every prompt with its versions and release state.
    List {
        #[arg(long, value_enum, default_value_t = Format::Text)]
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
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Unified diff between two versions.
    Diff { a: PromptRef, b: PromptRef },
    /// Make ID@N the live version and record its content hash (released versions are immutable).
    Release { prompt: PromptRef },
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
                Format::Text => {
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
                Format::Text => {
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
        Cmd::Release { prompt } => {
            let version = prompt
                .version
                .ok_or_else(|| Failure::Usage("release needs an explicit version: ID@N".into()))?;
            let v = registry.resolve(&prompt)?;
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
            print(format!("{} is live ({})\n", v.label(), v.hash))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
