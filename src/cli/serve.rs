//! `copydesk serve`: the JSON API and the web pages on one address, on the same desk as the
//! other commands (see [`crate::server`]).

use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::Arc;

use super::{Failure, runtime};
use crate::config::Config;
use crate::desk::{Desk, Options};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Address to listen on; anything but loopback needs --token-env.
    #[arg(long, default_value = "127.0.0.1:7878")]
    bind: SocketAddr,
    /// The environment variable holding the token every request must carry.
    #[arg(long, value_name = "VAR")]
    token_env: Option<String>,
    /// Who decides in the review queue without a login (default: $COPYDESK_REVIEWER, else $USER).
    #[arg(long, env = "COPYDESK_REVIEWER")]
    reviewer: Option<String>,
}

pub fn run(config: Config, args: Args) -> Result<ExitCode, Failure> {
    let token = match &args.token_env {
        Some(var) => Some(
            std::env::var(var)
                .ok()
                .filter(|t| !t.trim().is_empty())
                .ok_or_else(|| {
                    Failure::Usage(format!(
                        "--token-env {var}: the variable is not set or empty"
                    ))
                })?,
        ),
        None => None,
    };
    crate::server::check_bind(&args.bind, token.as_deref()).map_err(Failure::Usage)?;
    let reviewer = args
        .reviewer
        .or_else(|| std::env::var("USER").ok())
        .filter(|r| !r.trim().is_empty())
        .unwrap_or_else(|| "reviewer".into());
    let desk = Arc::new(Desk::open(config, Options::default())?);
    let rt = runtime()?;
    rt.block_on(async move {
        let running = crate::server::start(
            desk,
            crate::server::Options {
                bind: args.bind,
                token,
                reviewer,
            },
        )
        .await
        .map_err(Failure::Usage)?;
        eprintln!(
            "copydesk serving on http://{} (pages at /, API at /api, OpenAPI at /api/openapi.json); Ctrl-C stops",
            running.addr
        );
        running.until_interrupted().await?;
        Ok(ExitCode::SUCCESS)
    })
}
