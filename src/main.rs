//! `copydesk`: parse arguments, run, print the error chain on one line, exit with its code.

use std::process::ExitCode;

fn main() -> ExitCode {
    match copydesk::cli::run() {
        Ok(code) => code,
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            let code = e.exit_code();
            eprintln!("error: {:#}", anyhow::Error::new(e));
            ExitCode::from(code)
        }
    }
}
