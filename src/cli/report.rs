//! `copydesk report costs`: the usage ledger summed by prompt, model, profile, day or brand.

use std::process::ExitCode;

use super::output::{Format, choice, csv_field, formats, table};
use super::{Failure, print};
use crate::config::Config;
use crate::cost::ledger::{GroupBy, Ledger, Total};

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Calls, tokens and cost per group (cache hits cost nothing; failed calls are counted).
    Costs {
        #[arg(long, value_parser = choice::<GroupBy>(), default_value = "prompt")]
        by: GroupBy,
        /// Only calls on or after this day (YYYY-MM-DD, UTC).
        #[arg(long, value_name = "YYYY-MM-DD")]
        since: Option<String>,
        #[arg(long, value_parser = formats(&[Format::Table, Format::Json, Format::Csv]), default_value = "table")]
        format: Format,
    },
}

pub fn run(config: &Config, cmd: Cmd) -> Result<ExitCode, Failure> {
    let Cmd::Costs { by, since, format } = cmd;
    let since_ms = match &since {
        Some(day) => Some(crate::clock::day_start_ms(day).ok_or_else(|| {
            Failure::Usage(format!("--since {day}: expected a day as YYYY-MM-DD"))
        })?),
        None => None,
    };
    let ledger = Ledger::open(&crate::knowledge::store::state_db(config))
        .map_err(|e| Failure::State(e.to_string()))?;
    let totals: Vec<Total> = ledger
        .totals(by, since_ms)
        .map_err(|e| Failure::State(e.to_string()))?;
    let header = [
        "group",
        "calls",
        "cached",
        "failed",
        "prompt_tokens",
        "completion_tokens",
        "cost",
    ];
    match format {
        Format::Json => print(format!(
            "{}\n",
            serde_json::to_string(&totals).map_err(std::io::Error::other)?
        ))?,
        Format::Csv => {
            let mut out = header.join(",") + "\n";
            for t in &totals {
                out.push_str(&format!(
                    "{},{},{},{},{},{},{:.6}\n",
                    csv_field(&t.group),
                    t.calls,
                    t.cached,
                    t.failed,
                    t.prompt_tokens,
                    t.completion_tokens,
                    t.cost
                ));
            }
            print(out)?;
        }
        Format::Table | Format::Jsonl => {
            let mut t = table(&header);
            for r in &totals {
                t.add_row(vec![
                    r.group.clone(),
                    r.calls.to_string(),
                    r.cached.to_string(),
                    r.failed.to_string(),
                    r.prompt_tokens.to_string(),
                    r.completion_tokens.to_string(),
                    format!("{:.4}", r.cost),
                ]);
            }
            let cost: f64 = totals.iter().map(|r| r.cost).sum();
            let calls: i64 = totals.iter().map(|r| r.calls).sum();
            print(format!(
                "{t}\n{calls} calls, cost {cost:.4} (profile prices)\n"
            ))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_with_commas_are_quoted() {
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("ads@1"), "ads@1");
    }
}
