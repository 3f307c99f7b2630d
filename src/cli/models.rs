//! `copydesk models fetch | list`.

use std::process::ExitCode;

use super::output::{Format, TABLE_JSON, formats, json, table};
use super::{Failure, print};
use crate::config::{Config, ProviderKind};
use crate::llm::fetch::{self, Fetched};
use crate::llm::local::LocalClient;
use crate::llm::{ChatRequest, LlmClient};
use crate::prompt::{ChatMessage, Role};

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Download and verify the model files of local profiles (all that have a source, or one)
    /// and of the local embedding model.
    Fetch {
        #[arg(long)]
        profile: Option<String>,
    },
    /// Local profiles and whether their model files are present.
    List,
    /// Measure a local model on this machine: load time, time to first token, tokens/s.
    Bench {
        #[arg(long)]
        profile: Option<String>,
        /// Tokens to generate.
        #[arg(long, default_value_t = 128)]
        tokens: u32,
        #[arg(long, value_parser = formats(TABLE_JSON), default_value = "table")]
        format: Format,
    },
}

pub fn run(config: &Config, cmd: Cmd) -> Result<ExitCode, Failure> {
    match cmd {
        Cmd::Fetch { profile } => {
            let names: Vec<String> = match &profile {
                Some(p) => vec![
                    config
                        .profile(Some(p))
                        .map_err(|e| Failure::Usage(e.to_string()))?
                        .0
                        .to_string(),
                ],
                None => config
                    .profiles
                    .iter()
                    .filter(|(_, p)| p.provider == ProviderKind::Local && p.source.is_some())
                    .map(|(n, _)| n.clone())
                    .collect(),
            };
            let report = |name: &str, fetched: Fetched| match fetched {
                Fetched::Present(path) => {
                    print(format!("{name}: {} present, sha256 ok\n", path.display()))
                }
                Fetched::Downloaded(path) => {
                    print(format!("{name}: fetched {}, sha256 ok\n", path.display()))
                }
            };
            for name in &names {
                report(
                    name,
                    fetch::fetch(config, name, &config.profiles[name], true)?,
                )?;
            }
            // the local embedding model, unless one profile was asked for
            if profile.is_none()
                && let Some(e) = &config.embedder
                && let (Some(dir), Some(source)) = (&e.dir, &e.source)
            {
                let fetched = fetch::fetch_bundle(source, &config.state_dir.join(dir), true)?;
                report(&format!("embedder {}", e.model), fetched)?;
            }
        }
        Cmd::List => {
            let mut t = table(&["profile", "model", "file", "present"]);
            for (name, p) in config
                .profiles
                .iter()
                .filter(|(_, p)| p.provider == ProviderKind::Local)
            {
                let path = config.model_path(p).unwrap_or_default();
                t.add_row(vec![
                    name.clone(),
                    p.model.clone(),
                    path.display().to_string(),
                    if path.is_file() {
                        "yes".into()
                    } else {
                        "no: copydesk models fetch".into()
                    },
                ]);
            }
            print(format!("{t}\n"))?;
        }
        Cmd::Bench {
            profile,
            tokens,
            format,
        } => {
            let (name, p) = config
                .profile(profile.as_deref())
                .map_err(|e| Failure::Usage(e.to_string()))?;
            if p.provider != ProviderKind::Local {
                return Err(Failure::Usage(format!(
                    "profile '{name}' is not a local profile"
                )));
            }
            let client =
                LocalClient::new(config, name, p).map_err(|e| Failure::Pipeline(e.into()))?;
            let load_time = client
                .load()
                .map_err(|e| Failure::Pipeline(e.into()))?
                .load_time;
            let request = ChatRequest {
                messages: vec![ChatMessage {
                    role: Role::User,
                    content: "Write a long, detailed packing list for a three-day hut-to-hut hike in the Alps, with a sentence on every item.".into(),
                }],
                output_schema: None,
                schema_name: String::new(),
                temperature: 0.0,
                top_p: 1.0,
                max_tokens: tokens,
                seed: Some(1),
            };
            let r = super::runtime()?
                .block_on(client.chat(&request, None))
                .map_err(|e| Failure::Pipeline(e.into()))?;
            let ttft = r.time_to_first_token.unwrap_or_default();
            let decode = r.latency.saturating_sub(ttft).as_secs_f64();
            let tokens_per_s = if decode > 0.0 {
                f64::from(r.usage.completion_tokens.saturating_sub(1)) / decode
            } else {
                0.0
            };
            let report = serde_json::json!({
                "profile": name,
                "model": r.model,
                "threads": p.threads.unwrap_or_else(num_cpus::get_physical),
                "load_ms": load_time.as_secs_f64() * 1e3,
                "prompt_tokens": r.usage.prompt_tokens,
                "time_to_first_token_ms": ttft.as_secs_f64() * 1e3,
                "generated_tokens": r.usage.completion_tokens,
                "tokens_per_s": tokens_per_s,
            });
            match format {
                Format::Json => print(json(&report).map_err(std::io::Error::other)?)?,
                _ => print(format!(
                    "{name} ({}): load {:.0} ms · {} prompt tokens · first token {:.0} ms · {} tokens at {:.1} tokens/s\n",
                    r.model,
                    load_time.as_secs_f64() * 1e3,
                    r.usage.prompt_tokens,
                    ttft.as_secs_f64() * 1e3,
                    r.usage.completion_tokens,
                    tokens_per_s
                ))?,
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
