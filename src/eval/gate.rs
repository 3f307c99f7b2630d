//! The release gate: every eval run is recorded in the state database with the exact content
//! hash of the prompt version it ran, the suite's hash, the profile, the time and its figures;
//! `copydesk prompts release ID@N` looks for a run of exactly that hash that passed its
//! suite's thresholds, and records every release (forced ones with their reason).

use std::path::Path;

use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::run::{SuiteRun, Verdict};
use crate::state::{Db, DbError};

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS eval_runs (
    id INTEGER PRIMARY KEY,
    prompt TEXT NOT NULL,
    version INTEGER NOT NULL,
    prompt_hash TEXT NOT NULL,
    suite TEXT NOT NULL,
    suite_hash TEXT NOT NULL,
    profile TEXT NOT NULL,
    at_ms INTEGER NOT NULL,
    verdict TEXT NOT NULL,
    figures TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS eval_runs_hash ON eval_runs (prompt, prompt_hash, verdict);
CREATE TABLE IF NOT EXISTS prompt_releases (
    id INTEGER PRIMARY KEY,
    prompt TEXT NOT NULL,
    version INTEGER NOT NULL,
    prompt_hash TEXT NOT NULL,
    at_ms INTEGER NOT NULL,
    eval_run INTEGER REFERENCES eval_runs (id),
    forced INTEGER NOT NULL,
    reason TEXT
);
";

/// A recorded eval run.
#[derive(Debug, Clone, Serialize)]
pub struct EvalRecord {
    pub id: i64,
    pub prompt: String,
    pub version: u32,
    pub prompt_hash: String,
    pub suite: String,
    pub suite_hash: String,
    pub profile: String,
    pub at_ms: i64,
    pub verdict: String,
    /// The run's metrics and thresholds.
    pub figures: serde_json::Value,
}

/// A recorded release.
#[derive(Debug, Clone, Serialize)]
pub struct Release {
    pub id: i64,
    pub prompt: String,
    pub version: u32,
    pub prompt_hash: String,
    pub at_ms: i64,
    pub forced: bool,
    pub reason: Option<String>,
    /// The passing eval run it was released on.
    pub eval_run: Option<EvalRecord>,
}

/// Eval runs and releases in the state database.
#[derive(Debug)]
pub struct Gate {
    db: Db,
}

impl Gate {
    pub fn open(path: &Path) -> Result<Self, DbError> {
        Ok(Self {
            db: Db::open(path, "eval runs", SCHEMA)?,
        })
    }

    /// Record a suite run of `prompt` version `version`.
    pub fn record(&self, prompt: &str, version: u32, run: &SuiteRun) -> Result<i64, DbError> {
        let figures = serde_json::json!({
            "metrics": run.metrics,
            "thresholds": run.thresholds,
            "cases": run.cases.len(),
            "flaky": run.flaky,
            "repeat": run.repeat,
        });
        let verdict = run.verdict.as_str();
        let conn = self.db.lock()?;
        conn.execute(
            "INSERT INTO eval_runs (prompt, version, prompt_hash, suite, suite_hash, profile, at_ms, verdict, figures)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                prompt,
                version,
                run.prompt_hash,
                run.suite,
                run.suite_hash,
                run.profile,
                crate::clock::now_ms(),
                verdict,
                figures.to_string()
            ],
        )
        .map_err(|e| self.db.err(e))?;
        Ok(conn.last_insert_rowid())
    }

    /// The newest run of exactly this content hash that passed its thresholds.
    pub fn passing(&self, prompt: &str, hash: &str) -> Result<Option<EvalRecord>, DbError> {
        let go = Verdict::Go.as_str();
        let conn = self.db.lock()?;
        conn.query_row(
            &format!(
                "{SELECT_RUN} WHERE prompt = ?1 AND prompt_hash = ?2 AND verdict = ?3 ORDER BY id DESC LIMIT 1"
            ),
            params![prompt, hash, go],
            eval_record,
        )
        .optional()
        .map_err(|e| self.db.err(e))
    }

    /// The newest runs of a prompt (any verdict).
    pub fn runs(&self, prompt: &str, limit: usize) -> Result<Vec<EvalRecord>, DbError> {
        let conn = self.db.lock()?;
        let mut stmt = conn
            .prepare(&format!(
                "{SELECT_RUN} WHERE prompt = ?1 ORDER BY id DESC LIMIT ?2"
            ))
            .map_err(|e| self.db.err(e))?;
        stmt.query_map(params![prompt, limit as i64], eval_record)
            .and_then(|rows| rows.collect())
            .map_err(|e| self.db.err(e))
    }

    /// Record a release.
    pub fn release(
        &self,
        prompt: &str,
        version: u32,
        hash: &str,
        eval_run: Option<i64>,
        forced: Option<&str>,
    ) -> Result<(), DbError> {
        let conn = self.db.lock()?;
        conn.execute(
            "INSERT INTO prompt_releases (prompt, version, prompt_hash, at_ms, eval_run, forced, reason)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                prompt,
                version,
                hash,
                crate::clock::now_ms(),
                eval_run,
                forced.is_some(),
                forced
            ],
        )
        .map_err(|e| self.db.err(e))?;
        Ok(())
    }

    /// Every release of a prompt, oldest first, with the eval run behind it.
    pub fn history(&self, prompt: &str) -> Result<Vec<Release>, DbError> {
        let conn = self.db.lock()?;
        let mut stmt = conn
            .prepare(
                "SELECT id, prompt, version, prompt_hash, at_ms, forced, reason, eval_run
                 FROM prompt_releases WHERE prompt = ?1 ORDER BY id",
            )
            .map_err(|e| self.db.err(e))?;
        let rows: Vec<(Release, Option<i64>)> = stmt
            .query_map(params![prompt], |r| {
                Ok((
                    Release {
                        id: r.get(0)?,
                        prompt: r.get(1)?,
                        version: r.get(2)?,
                        prompt_hash: r.get(3)?,
                        at_ms: r.get(4)?,
                        forced: r.get(5)?,
                        reason: r.get(6)?,
                        eval_run: None,
                    },
                    r.get(7)?,
                ))
            })
            .and_then(|rows| rows.collect())
            .map_err(|e| self.db.err(e))?;
        let mut out = Vec::new();
        for (mut release, run) in rows {
            if let Some(id) = run {
                release.eval_run = conn
                    .query_row(
                        &format!("{SELECT_RUN} WHERE id = ?1"),
                        params![id],
                        eval_record,
                    )
                    .optional()
                    .map_err(|e| self.db.err(e))?;
            }
            out.push(release);
        }
        Ok(out)
    }
}

const SELECT_RUN: &str = "SELECT id, prompt, version, prompt_hash, suite, suite_hash, profile, at_ms, verdict, figures FROM eval_runs";

fn eval_record(r: &rusqlite::Row<'_>) -> rusqlite::Result<EvalRecord> {
    let figures: String = r.get(9)?;
    Ok(EvalRecord {
        id: r.get(0)?,
        prompt: r.get(1)?,
        version: r.get(2)?,
        prompt_hash: r.get(3)?,
        suite: r.get(4)?,
        suite_hash: r.get(5)?,
        profile: r.get(6)?,
        at_ms: r.get(7)?,
        verdict: r.get(8)?,
        figures: serde_json::from_str(&figures).unwrap_or_default(),
    })
}
