//! `copydesk budget status`: every budget's counters — spent, held by calls in flight, left.

use std::process::ExitCode;

use super::output::{Format, TABLE_JSON, formats, table};
use super::{Failure, print};
use crate::config::{Config, Window};
use crate::cost::budget::{Amount, Budgets, Status};

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Spent, held and left per budget and counter (the current day, month, or total).
    Status {
        #[arg(long, value_parser = formats(TABLE_JSON), default_value = "table")]
        format: Format,
    },
}

pub fn run(config: &Config, cmd: Cmd) -> Result<ExitCode, Failure> {
    let Cmd::Status { format } = cmd;
    if config.budgets.is_empty() {
        // nothing is capped: that is an answer, not an error
        match format {
            Format::Json => print("[]\n")?,
            _ => print(format!(
                "no budgets are configured in {}; add a `budgets:` list (name, window, max_tokens and/or max_cost) to cap spending\n",
                config.file.display()
            ))?,
        }
        return Ok(ExitCode::SUCCESS);
    }
    let budgets = Budgets::open(
        &crate::knowledge::store::state_db(config),
        config.budgets.clone(),
        "status",
    )
    .map_err(|e| Failure::State(e.to_string()))?;
    let status = budgets
        .status()
        .map_err(|e| Failure::State(e.to_string()))?;
    match format {
        Format::Json => print(super::output::json(&status).map_err(std::io::Error::other)?)?,
        _ => print(render(&status))?,
    }
    Ok(ExitCode::SUCCESS)
}

fn render(status: &[Status]) -> String {
    let mut t = table(&["budget", "counter", "spent", "held", "cap", "left", "used"]);
    for s in status {
        if s.window == Window::Run {
            t.add_row(vec![
                s.budget.clone(),
                "per run".into(),
                "–".into(),
                "–".into(),
                amount(s.cap, s.cap),
                "–".into(),
                "–".into(),
            ]);
            continue;
        }
        let used = s.spent.plus(s.held);
        let left = Amount {
            tokens: s.cap.tokens.saturating_sub(used.tokens),
            cost: (s.cap.cost - used.cost).max(0.0),
        };
        let share = [
            (s.cap.tokens > 0).then(|| used.tokens as f64 / s.cap.tokens as f64),
            (s.cap.cost > 0.0).then(|| used.cost / s.cap.cost),
        ]
        .into_iter()
        .flatten()
        .fold(0.0, f64::max);
        t.add_row(vec![
            s.budget.clone(),
            s.counter.clone(),
            amount(s.spent, s.cap),
            amount(s.held, s.cap),
            amount(s.cap, s.cap),
            amount(left, s.cap),
            format!("{:.0} %", share * 100.0),
        ]);
    }
    format!("{t}\n")
}

/// Tokens and/or cost, whichever the cap limits.
fn amount(a: Amount, cap: Amount) -> String {
    match (cap.tokens > 0, cap.cost > 0.0) {
        (true, true) => format!("{} tok / {:.4}", a.tokens, a.cost),
        (true, false) => format!("{} tok", a.tokens),
        _ => format!("{:.4}", a.cost),
    }
}
