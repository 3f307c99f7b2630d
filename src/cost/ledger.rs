//! The usage ledger: one append-only row per model call, answered from the cache or not, failed
//! or not, with what it cost. `copydesk report costs` sums it.

use std::path::Path;

use rusqlite::params;
use serde::Serialize;

use crate::config::Price;
use crate::llm::Usage;

/// Why the ledger failed.
pub type LedgerError = crate::state::DbError;

/// One call as recorded.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    /// Milliseconds since the Unix epoch.
    pub time_ms: i64,
    /// `id@version`.
    pub prompt: String,
    pub brand: Option<String>,
    pub profile: String,
    pub model: String,
    /// `generate` or `reask`.
    pub purpose: String,
    pub prompt_tokens: u32,
    pub completion_tokens: u32,
    /// In the profile's currency; 0 for a cache hit.
    pub cost: f64,
    pub latency_ms: f64,
    /// `ok`, `cached`, or the error class (`transient`, `rate_limited`, `context_too_long`,
    /// `refusal`, `config`).
    pub outcome: String,
    /// The batch run the call belongs to.
    pub run: Option<String>,
    /// The cache key of a paid reply (`ok`): one key paid twice is a reply paid twice.
    pub fingerprint: Option<String>,
}

/// What a call cost at a profile's prices.
pub fn cost(price: &Price, usage: Usage) -> f64 {
    (f64::from(usage.prompt_tokens) * price.input_per_1m
        + f64::from(usage.completion_tokens) * price.output_per_1m)
        / 1e6
}

/// Insert one row on `conn` (the ledger's own connection, or another part's transaction that
/// must commit it together with its own writes).
pub fn insert(conn: &rusqlite::Connection, e: &Entry) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO ledger (time_ms, prompt, brand, profile, model, purpose, prompt_tokens,
                             completion_tokens, cost, latency_ms, outcome, run, fingerprint)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?
    .execute(params![
        e.time_ms,
        e.prompt,
        e.brand,
        e.profile,
        e.model,
        e.purpose,
        e.prompt_tokens,
        e.completion_tokens,
        e.cost,
        e.latency_ms,
        e.outcome,
        e.run,
        e.fingerprint
    ])
    .map(|_| ())
}

/// How `report costs` groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupBy {
    Prompt,
    Model,
    Profile,
    Day,
    Brand,
    /// The batch run (`(none)` for calls outside a run).
    Run,
}

crate::keywords!(GroupBy {
    Prompt = "prompt",
    Model = "model",
    Profile = "profile",
    Day = "day",
    Brand = "brand",
    Run = "run",
});

/// One group of `report costs`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Total {
    pub group: String,
    pub calls: i64,
    pub cached: i64,
    pub failed: i64,
    pub prompt_tokens: i64,
    pub completion_tokens: i64,
    pub cost: f64,
}

/// The ledger table in the state database.
#[derive(Debug)]
pub struct Ledger {
    db: crate::state::Db,
}

impl Ledger {
    /// Open (and create) the ledger in the state database at `path`.
    pub fn open(path: &Path) -> Result<Self, LedgerError> {
        let db = crate::state::Db::open(
            path,
            "usage ledger",
            "CREATE TABLE IF NOT EXISTS ledger (
                 id INTEGER PRIMARY KEY,
                 time_ms INTEGER NOT NULL,
                 prompt TEXT NOT NULL, brand TEXT, profile TEXT NOT NULL, model TEXT NOT NULL,
                 purpose TEXT NOT NULL,
                 prompt_tokens INTEGER NOT NULL, completion_tokens INTEGER NOT NULL,
                 cost REAL NOT NULL, latency_ms REAL NOT NULL, outcome TEXT NOT NULL,
                 run TEXT, fingerprint TEXT);
             CREATE INDEX IF NOT EXISTS ledger_time ON ledger (time_ms);",
        )?;
        {
            // ledgers written before runs were recorded gain the two columns
            let conn = db.lock()?;
            let has_run = conn
                .prepare("SELECT 1 FROM pragma_table_info('ledger') WHERE name = 'run'")
                .and_then(|mut s| s.exists([]))
                .map_err(|e| db.err(e))?;
            if !has_run {
                conn.execute_batch(
                    "ALTER TABLE ledger ADD COLUMN run TEXT;
                     ALTER TABLE ledger ADD COLUMN fingerprint TEXT;",
                )
                .map_err(|e| db.err(e))?;
            }
            conn.execute_batch("CREATE INDEX IF NOT EXISTS ledger_run ON ledger (run);")
                .map_err(|e| db.err(e))?;
        }
        Ok(Self { db })
    }

    /// The state database file this part lives in.
    pub fn path(&self) -> &str {
        self.db.path()
    }

    fn err(&self, e: impl std::fmt::Display) -> LedgerError {
        self.db.err(e)
    }

    /// Append one call.
    pub fn append(&self, e: &Entry) -> Result<(), LedgerError> {
        let conn = self.db.lock()?;
        insert(&conn, e).map_err(|x| self.err(x))
    }

    /// Totals per group since `since_ms` (all time when `None`), largest cost first.
    pub fn totals(&self, by: GroupBy, since_ms: Option<i64>) -> Result<Vec<Total>, LedgerError> {
        let group = match by {
            GroupBy::Prompt => "prompt",
            GroupBy::Model => "model",
            GroupBy::Profile => "profile",
            GroupBy::Day => "date(time_ms / 1000, 'unixepoch')",
            GroupBy::Brand => "coalesce(brand, '(none)')",
            GroupBy::Run => "coalesce(run, '(none)')",
        };
        let conn = self.db.lock()?;
        let mut stmt = conn
            .prepare(&format!(
                "SELECT {group}, count(*), sum(outcome = 'cached'),
                        sum(outcome NOT IN ('ok', 'cached')),
                        sum(prompt_tokens), sum(completion_tokens), sum(cost)
                 FROM ledger WHERE time_ms >= ?1 GROUP BY 1 ORDER BY 7 DESC, 1"
            ))
            .map_err(|e| self.err(e))?;
        stmt.query_map([since_ms.unwrap_or(0)], |r| {
            Ok(Total {
                group: r.get(0)?,
                calls: r.get(1)?,
                cached: r.get(2)?,
                failed: r.get(3)?,
                prompt_tokens: r.get(4)?,
                completion_tokens: r.get(5)?,
                cost: r.get(6)?,
            })
        })
        .and_then(Iterator::collect)
        .map_err(|e| self.err(e))
    }
}

impl Ledger {
    /// The totals of one batch run.
    pub fn run_total(&self, run: &str) -> Result<Total, LedgerError> {
        let conn = self.db.lock()?;
        conn.query_row(
            "SELECT count(*), coalesce(sum(outcome = 'cached'), 0),
                    coalesce(sum(outcome NOT IN ('ok', 'cached')), 0),
                    coalesce(sum(prompt_tokens), 0), coalesce(sum(completion_tokens), 0),
                    coalesce(sum(cost), 0.0)
             FROM ledger WHERE run = ?1",
            [run],
            |r| {
                Ok(Total {
                    group: run.to_string(),
                    calls: r.get(0)?,
                    cached: r.get(1)?,
                    failed: r.get(2)?,
                    prompt_tokens: r.get(3)?,
                    completion_tokens: r.get(4)?,
                    cost: r.get(5)?,
                })
            },
        )
        .map_err(|e| self.err(e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(prompt: &str, model: &str, tokens: (u32, u32), outcome: &str) -> Entry {
        let price = Price {
            input_per_1m: 0.15,
            output_per_1m: 0.60,
        };
        let usage = Usage {
            prompt_tokens: tokens.0,
            completion_tokens: tokens.1,
        };
        Entry {
            time_ms: crate::clock::now_ms(),
            prompt: prompt.into(),
            brand: Some("talgrat".into()),
            profile: "openai".into(),
            model: model.into(),
            purpose: "generate".into(),
            prompt_tokens: tokens.0,
            completion_tokens: tokens.1,
            cost: if outcome == "cached" {
                0.0
            } else {
                cost(&price, usage)
            },
            latency_ms: 1.0,
            outcome: outcome.into(),
            run: None,
            fingerprint: None,
        }
    }

    #[test]
    fn totals_sum_the_calls_per_group() {
        let dir = tempfile::tempdir().unwrap();
        let ledger = Ledger::open(&dir.path().join("state.db")).unwrap();
        ledger
            .append(&entry("ads@1", "a", (1_000_000, 0), "ok"))
            .unwrap();
        ledger
            .append(&entry("ads@1", "a", (0, 1_000_000), "ok"))
            .unwrap();
        ledger
            .append(&entry("ads@1", "a", (5, 5), "cached"))
            .unwrap();
        ledger
            .append(&entry("feed@1", "b", (0, 0), "transient"))
            .unwrap();
        let by_prompt = ledger.totals(GroupBy::Prompt, None).unwrap();
        assert_eq!(by_prompt[0].group, "ads@1");
        assert_eq!((by_prompt[0].calls, by_prompt[0].cached), (3, 1));
        assert!(
            (by_prompt[0].cost - 0.75).abs() < 1e-9,
            "{}",
            by_prompt[0].cost
        );
        assert_eq!(by_prompt[1].failed, 1);
        assert_eq!(ledger.totals(GroupBy::Day, None).unwrap().len(), 1);
        assert!(
            ledger
                .totals(GroupBy::Model, Some(crate::clock::now_ms() + 60_000))
                .unwrap()
                .is_empty()
        );
    }
}
