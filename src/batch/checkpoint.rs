//! Batch checkpoints in the state database: one row per run, one per feed row keyed by the
//! row's id (not its line, so an edited feed resumes correctly) with a hash of the row's vars
//! and the output record as written. A row whose checkpoint exists with the same hash is done;
//! a changed row, a failed one or one never reached runs again.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use crate::state::{Db, DbError};

/// What became of one row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RowState {
    Accepted,
    NeedsReview,
    Rejected,
    /// The model could not be reached; a resume tries again.
    Failed,
    /// In the dead-letter file.
    Dead,
}

impl RowState {
    pub fn as_str(self) -> &'static str {
        match self {
            RowState::Accepted => "accepted",
            RowState::NeedsReview => "needs-review",
            RowState::Rejected => "rejected",
            RowState::Failed => "failed",
            RowState::Dead => "dead",
        }
    }
}

/// A run as `batch status` and `batch list` show it.
#[derive(Debug, Clone, Serialize)]
pub struct RunStatus {
    pub name: String,
    pub feed: String,
    pub prompt: String,
    pub state: String,
    pub started_ms: i64,
    pub updated_ms: i64,
    pub rows: i64,
    pub accepted: i64,
    pub needs_review: i64,
    pub rejected: i64,
    pub failed: i64,
    pub dead_letters: i64,
    pub cost: f64,
}

/// The checkpoint tables.
#[derive(Debug)]
pub struct Checkpoints {
    db: Db,
}

/// A 64-bit hash (of a row id or a row's vars) for the in-memory sets of a run.
pub fn hash64(text: &str) -> u64 {
    let h = blake3::hash(text.as_bytes());
    let mut b = [0u8; 8];
    b.copy_from_slice(&h.as_bytes()[..8]);
    u64::from_le_bytes(b)
}

impl Checkpoints {
    pub fn open(path: &Path) -> Result<Self, DbError> {
        let db = Db::open(
            path,
            "batch checkpoints",
            "CREATE TABLE IF NOT EXISTS batch_runs (
                 name TEXT PRIMARY KEY, feed TEXT NOT NULL, prompt TEXT NOT NULL,
                 prompt_hash TEXT NOT NULL, state TEXT NOT NULL, pid INTEGER,
                 started_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL);
             CREATE TABLE IF NOT EXISTS batch_rows (
                 run TEXT NOT NULL, row_id TEXT NOT NULL, seq INTEGER NOT NULL,
                 line INTEGER NOT NULL, hash TEXT NOT NULL, state TEXT NOT NULL,
                 record TEXT NOT NULL, cost REAL NOT NULL,
                 PRIMARY KEY (run, row_id)) WITHOUT ROWID;
             CREATE INDEX IF NOT EXISTS batch_rows_seq ON batch_rows (run, seq);",
        )?;
        Ok(Self { db })
    }

    /// Start or resume `run`. A run started with another prompt version cannot be resumed
    /// with this one (its rows would mix two versions): the error says so.
    pub fn begin(
        &self,
        run: &str,
        feed: &str,
        prompt: &str,
        prompt_hash: &str,
    ) -> Result<Result<bool, String>, DbError> {
        let conn = self.db.lock()?;
        let now = crate::clock::now_ms();
        let existing: Option<(String, String)> = conn
            .query_row(
                "SELECT prompt, prompt_hash FROM batch_runs WHERE name = ?1",
                [run],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(|e| self.db.err(e))?;
        let pid = i64::from(std::process::id());
        match existing {
            Some((p, h)) if p != prompt || h != prompt_hash => Ok(Err(format!(
                "run '{run}' was started with {p} ({h}); resume it with that version or name a new run with --run"
            ))),
            Some(_) => {
                conn.execute(
                    "UPDATE batch_runs SET state = 'running', pid = ?2, updated_ms = ?3 WHERE name = ?1",
                    params![run, pid, now],
                )
                .map_err(|e| self.db.err(e))?;
                Ok(Ok(true))
            }
            None => {
                conn.execute(
                    "INSERT INTO batch_runs (name, feed, prompt, prompt_hash, state, pid, started_ms, updated_ms)
                     VALUES (?1, ?2, ?3, ?4, 'running', ?5, ?6, ?6)",
                    params![run, feed, prompt, prompt_hash, pid, now],
                )
                .map_err(|e| self.db.err(e))?;
                Ok(Ok(false))
            }
        }
    }

    /// Mark the run `completed`, `stopped` (budget) or `failed`.
    pub fn end(&self, run: &str, state: &str) -> Result<(), DbError> {
        let conn = self.db.lock()?;
        conn.execute(
            "UPDATE batch_runs SET state = ?2, pid = NULL, updated_ms = ?3 WHERE name = ?1",
            params![run, state, crate::clock::now_ms()],
        )
        .map_err(|e| self.db.err(e))?;
        Ok(())
    }

    /// The rows of `run` that are done (any state but failed): id hash → vars hash.
    pub fn done(&self, run: &str) -> Result<HashMap<u64, u64>, DbError> {
        let conn = self.db.lock()?;
        let mut stmt = conn
            .prepare("SELECT row_id, hash FROM batch_rows WHERE run = ?1 AND state != 'failed'")
            .map_err(|e| self.db.err(e))?;
        let rows = stmt
            .query_map([run], |r| {
                let id: String = r.get(0)?;
                let hash: String = r.get(1)?;
                Ok((hash64(&id), u64::from_str_radix(&hash, 16).unwrap_or(0)))
            })
            .and_then(Iterator::collect)
            .map_err(|e| self.db.err(e))?;
        Ok(rows)
    }

    /// Record rows (their output records as written) in one transaction.
    pub fn record(&self, run: &str, rows: &[Checkpoint]) -> Result<(), DbError> {
        if rows.is_empty() {
            return Ok(());
        }
        let mut conn = self.db.lock()?;
        let tx = conn.transaction().map_err(|e| self.db.err(e))?;
        {
            let mut stmt = tx
                .prepare_cached(
                    "INSERT INTO batch_rows (run, row_id, seq, line, hash, state, record, cost)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                     ON CONFLICT (run, row_id) DO UPDATE SET seq = excluded.seq,
                       line = excluded.line, hash = excluded.hash, state = excluded.state,
                       record = excluded.record, cost = excluded.cost",
                )
                .map_err(|e| self.db.err(e))?;
            for r in rows {
                stmt.execute(params![
                    run,
                    r.row_id,
                    r.seq as i64,
                    r.line as i64,
                    format!("{:016x}", r.hash),
                    r.state.as_str(),
                    r.record,
                    r.cost
                ])
                .map_err(|e| self.db.err(e))?;
            }
        }
        tx.execute(
            "UPDATE batch_runs SET updated_ms = ?2 WHERE name = ?1",
            params![run, crate::clock::now_ms()],
        )
        .map_err(|e| self.db.err(e))?;
        tx.commit().map_err(|e| self.db.err(e))
    }

    /// Every record of `run` in one of `states`, in feed order, to `each`.
    pub fn each_record(
        &self,
        run: &str,
        states: &[RowState],
        each: &mut dyn FnMut(&str) -> std::io::Result<()>,
    ) -> Result<std::io::Result<()>, DbError> {
        let wanted: HashSet<&str> = states.iter().map(|s| s.as_str()).collect();
        let conn = self.db.lock()?;
        let mut stmt = conn
            .prepare("SELECT state, record FROM batch_rows WHERE run = ?1 ORDER BY seq")
            .map_err(|e| self.db.err(e))?;
        let mut rows = stmt.query([run]).map_err(|e| self.db.err(e))?;
        while let Some(row) = rows.next().map_err(|e| self.db.err(e))? {
            let state: String = row.get(0).map_err(|e| self.db.err(e))?;
            if !wanted.contains(state.as_str()) {
                continue;
            }
            let record: String = row.get(1).map_err(|e| self.db.err(e))?;
            if let Err(e) = each(&record) {
                return Ok(Err(e));
            }
        }
        Ok(Ok(()))
    }

    /// One run, or every run (newest first).
    pub fn status(&self, run: Option<&str>) -> Result<Vec<RunStatus>, DbError> {
        let conn = self.db.lock()?;
        let mut stmt = conn
            .prepare(
                "SELECT r.name, r.feed, r.prompt, r.state, r.pid, r.started_ms, r.updated_ms,
                        count(b.row_id),
                        coalesce(sum(b.state = 'accepted'), 0), coalesce(sum(b.state = 'needs-review'), 0),
                        coalesce(sum(b.state = 'rejected'), 0), coalesce(sum(b.state = 'failed'), 0),
                        coalesce(sum(b.state = 'dead'), 0), coalesce(sum(b.cost), 0.0)
                 FROM batch_runs r LEFT JOIN batch_rows b ON b.run = r.name
                 WHERE ?1 IS NULL OR r.name = ?1
                 GROUP BY r.name ORDER BY r.started_ms DESC",
            )
            .map_err(|e| self.db.err(e))?;
        stmt.query_map([run], |r| {
            let state: String = r.get(3)?;
            let pid: Option<i64> = r.get(4)?;
            // a run whose process is gone was interrupted
            let state = match pid {
                Some(pid) if state == "running" && !Path::new(&format!("/proc/{pid}")).exists() => {
                    "interrupted".to_string()
                }
                _ => state,
            };
            Ok(RunStatus {
                name: r.get(0)?,
                feed: r.get(1)?,
                prompt: r.get(2)?,
                state,
                started_ms: r.get(5)?,
                updated_ms: r.get(6)?,
                rows: r.get(7)?,
                accepted: r.get(8)?,
                needs_review: r.get(9)?,
                rejected: r.get(10)?,
                failed: r.get(11)?,
                dead_letters: r.get(12)?,
                cost: r.get(13)?,
            })
        })
        .and_then(Iterator::collect)
        .map_err(|e| self.db.err(e))
    }
}

/// One row's checkpoint.
#[derive(Debug, Clone)]
pub struct Checkpoint {
    pub row_id: String,
    /// The row's position in the feed (output order).
    pub seq: u64,
    pub line: u64,
    /// Hash of the row's vars.
    pub hash: u64,
    pub state: RowState,
    /// The output record (one JSON line).
    pub record: String,
    pub cost: f64,
}
