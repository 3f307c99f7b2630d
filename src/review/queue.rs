//! The review queue in the state database: items with their lineage, revisions of their text,
//! and an append-only audit trail. Every change is one `BEGIN IMMEDIATE` transaction that checks
//! the state machine and the lease, updates the item and appends its event, so concurrent
//! reviewers in several processes lose no decision and never both win a claim. Triggers refuse
//! any update or delete of events and revisions, and any change to a decided item.

use std::path::Path;

use rusqlite::types::Value as SqlValue;
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use serde::Serialize;
use serde_json::Value;

use super::{Action, IllegalTransition, State, transition};
use crate::clock::now_ms;

/// Why a queue operation failed.
#[derive(Debug, thiserror::Error)]
pub enum QueueError {
    #[error("review item {0} does not exist")]
    NotFound(i64),
    #[error("review item {id}: {source}")]
    Illegal { id: i64, source: IllegalTransition },
    #[error(
        "review item {id} is claimed by {holder} for another {minutes} min; wait, or ask them to release it"
    )]
    Leased {
        id: i64,
        holder: String,
        minutes: i64,
    },
    #[error(transparent)]
    Db(#[from] crate::state::DbError),
}

/// Where an item's text came from: everything about it but its state and revisions.
#[derive(Debug, Clone, Serialize)]
pub struct Origin {
    /// `id@version`.
    pub prompt: String,
    pub prompt_hash: String,
    pub brand: Option<String>,
    pub channel: Option<String>,
    pub profile: String,
    pub model: String,
    pub fingerprint: Option<String>,
    pub cost: f64,
    /// Why it is here (`needs review`, `sampled …`, `rejected by the guard chain`).
    pub reason: String,
    /// Everything that produced it: vars (pseudonymised), messages, sources, raw reply, calls.
    pub lineage: Value,
}

/// A variant entering the queue (or recorded as rejected).
#[derive(Debug, Clone, Serialize)]
pub struct NewItem {
    #[serde(flatten)]
    pub origin: Origin,
    /// `Pending`, or `Rejected` for a variant the guard chain rejected.
    pub state: State,
    /// The validated output (JSON text, or the raw reply when it did not parse).
    pub text: String,
    pub findings: Value,
    /// The chain's outcome for this text.
    pub outcome: String,
}

/// An item as stored.
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    pub id: i64,
    pub created_ms: i64,
    #[serde(flatten)]
    pub origin: Origin,
    pub state: State,
    /// The current revision.
    pub revision: i64,
    pub lease_holder: Option<String>,
    pub lease_until_ms: Option<i64>,
}

/// One version of an item's text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Revision {
    pub revision: i64,
    pub text: String,
    pub findings: Value,
    pub outcome: String,
    /// `copydesk` for the generated text, else the reviewer who edited it.
    pub author: String,
    pub time_ms: i64,
}

/// One audit event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    pub id: i64,
    pub item: i64,
    pub time_ms: i64,
    pub action: String,
    pub from: Option<String>,
    pub to: String,
    pub reviewer: String,
    pub comment: Option<String>,
    pub revision: i64,
}

/// Which items `list` returns.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub state: Option<State>,
    pub prompt: Option<String>,
    pub brand: Option<String>,
}

/// An item as a list shows it: no lineage, the current revision's text and outcome.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub id: i64,
    pub created_ms: i64,
    pub prompt: String,
    pub brand: Option<String>,
    pub channel: Option<String>,
    pub model: String,
    pub cost: f64,
    pub reason: String,
    pub state: State,
    pub revision: i64,
    /// Who holds a live lease (an expired one is nobody's).
    pub lease_holder: Option<String>,
    pub lease_until_ms: Option<i64>,
    pub text: String,
    /// The guard chain's outcome for the current text.
    pub outcome: String,
    /// How many findings the current text has.
    pub findings: usize,
}

/// Items per state, and when the oldest open one was created.
pub type Counts = (Vec<(State, usize)>, Option<i64>);

/// One page of a list.
#[derive(Debug, Clone, Serialize)]
pub struct Page {
    /// Items the filter admits, in all.
    pub total: usize,
    pub offset: usize,
    pub items: Vec<Summary>,
}

/// Which page of a list.
#[derive(Debug, Clone, Copy)]
pub struct Window {
    pub offset: usize,
    /// At most this many (`usize::MAX`: all).
    pub limit: usize,
    /// Open items only (pending or edited) when the filter names no state.
    pub open_only: bool,
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS review_items (
    id INTEGER PRIMARY KEY, created_ms INTEGER NOT NULL,
    prompt TEXT NOT NULL, prompt_hash TEXT NOT NULL, brand TEXT, channel TEXT,
    profile TEXT NOT NULL, model TEXT NOT NULL, fingerprint TEXT, cost REAL NOT NULL,
    state TEXT NOT NULL, reason TEXT NOT NULL, revision INTEGER NOT NULL,
    lease_holder TEXT, lease_until_ms INTEGER, lineage TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS review_items_state ON review_items (state, created_ms);
CREATE INDEX IF NOT EXISTS review_items_open ON review_items (created_ms, id)
    WHERE state IN ('pending', 'edited');
CREATE INDEX IF NOT EXISTS review_items_fingerprint ON review_items (fingerprint);
CREATE TABLE IF NOT EXISTS review_revisions (
    item INTEGER NOT NULL REFERENCES review_items (id), revision INTEGER NOT NULL,
    text TEXT NOT NULL, findings TEXT NOT NULL, outcome TEXT NOT NULL,
    author TEXT NOT NULL, time_ms INTEGER NOT NULL,
    PRIMARY KEY (item, revision));
CREATE TABLE IF NOT EXISTS review_events (
    id INTEGER PRIMARY KEY, item INTEGER NOT NULL REFERENCES review_items (id),
    time_ms INTEGER NOT NULL, action TEXT NOT NULL, from_state TEXT, to_state TEXT NOT NULL,
    reviewer TEXT NOT NULL, comment TEXT, revision INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS review_events_item ON review_events (item, id);
CREATE TRIGGER IF NOT EXISTS review_events_no_update BEFORE UPDATE ON review_events
    BEGIN SELECT RAISE(ABORT, 'review events are append-only'); END;
CREATE TRIGGER IF NOT EXISTS review_events_no_delete BEFORE DELETE ON review_events
    BEGIN SELECT RAISE(ABORT, 'review events are append-only'); END;
CREATE TRIGGER IF NOT EXISTS review_revisions_no_update BEFORE UPDATE ON review_revisions
    BEGIN SELECT RAISE(ABORT, 'revisions never change'); END;
CREATE TRIGGER IF NOT EXISTS review_revisions_no_delete BEFORE DELETE ON review_revisions
    BEGIN SELECT RAISE(ABORT, 'revisions never change'); END;
CREATE TRIGGER IF NOT EXISTS review_items_decided_final BEFORE UPDATE ON review_items
    WHEN OLD.state IN ('approved', 'rejected')
    BEGIN SELECT RAISE(ABORT, 'a decided item never changes'); END;
";

const ITEM_COLUMNS: &str = "id, created_ms, prompt, prompt_hash, brand, channel, profile, model,
    fingerprint, cost, state, reason, revision, lease_holder, lease_until_ms, lineage";

/// A column that does not decode is the database's error, not a default: a row with unreadable
/// lineage or an unknown state must not show up as a pending item.
fn bad_column(column: usize, what: String) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        column,
        rusqlite::types::Type::Text,
        Box::new(std::io::Error::other(what)),
    )
}

fn state_column(r: &rusqlite::Row<'_>, column: usize) -> rusqlite::Result<State> {
    let state: String = r.get(column)?;
    state
        .parse()
        .map_err(|_| bad_column(column, format!("unknown review state '{state}'")))
}

fn json_column(r: &rusqlite::Row<'_>, column: usize, what: &str) -> rusqlite::Result<Value> {
    let text: String = r.get(column)?;
    serde_json::from_str(&text).map_err(|e| bad_column(column, format!("unreadable {what}: {e}")))
}

fn item_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Item> {
    Ok(Item {
        id: r.get(0)?,
        created_ms: r.get(1)?,
        origin: Origin {
            prompt: r.get(2)?,
            prompt_hash: r.get(3)?,
            brand: r.get(4)?,
            channel: r.get(5)?,
            profile: r.get(6)?,
            model: r.get(7)?,
            fingerprint: r.get(8)?,
            cost: r.get(9)?,
            reason: r.get(11)?,
            lineage: json_column(r, 15, "lineage")?,
        },
        state: state_column(r, 10)?,
        revision: r.get(12)?,
        lease_holder: r.get(13)?,
        lease_until_ms: r.get(14)?,
    })
}

/// The queue tables in the state database.
#[derive(Debug)]
pub struct Queue {
    db: crate::state::Db,
    lease_ms: i64,
}

/// What a change does inside its transaction, given the item as it is.
type Change<'a, T> = dyn FnMut(&rusqlite::Transaction<'_>, &Item) -> Result<T, QueueError> + 'a;

impl Queue {
    /// Open (and create) the queue in the state database at `path`; claims last `lease_minutes`.
    pub fn open(path: &Path, lease_minutes: u32) -> Result<Self, QueueError> {
        Ok(Self {
            db: crate::state::Db::open(path, "review queue", SCHEMA)?,
            lease_ms: i64::from(lease_minutes) * 60_000,
        })
    }

    fn err(&self, e: impl std::fmt::Display) -> QueueError {
        QueueError::Db(self.db.err(e))
    }

    fn conn(&self) -> Result<std::sync::MutexGuard<'_, Connection>, QueueError> {
        Ok(self.db.lock()?)
    }

    /// A read connection: reads do not wait for each other or for a writer.
    fn read(&self) -> Result<crate::state::Reader<'_>, QueueError> {
        Ok(self.db.reader()?)
    }

    /// Add a variant: the item, its first revision and its `enter` event, in one transaction.
    pub fn add(&self, new: &NewItem) -> Result<i64, QueueError> {
        let now = now_ms();
        let mut conn = self.conn()?;
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| self.err(e))?;
        // the same reply entering again (a resumed batch answered from the cache) is the item
        // it already is
        if let Some(fingerprint) = &new.origin.fingerprint {
            let existing: Option<i64> = tx
                .query_row(
                    "SELECT i.id FROM review_items i
                     JOIN review_revisions r ON r.item = i.id AND r.revision = 1
                     WHERE i.fingerprint = ?1 AND r.text = ?2 LIMIT 1",
                    params![fingerprint, new.text],
                    |r| r.get(0),
                )
                .optional()
                .map_err(|e| self.err(e))?;
            if let Some(id) = existing {
                return Ok(id);
            }
        }
        tx.execute(
            "INSERT INTO review_items (created_ms, prompt, prompt_hash, brand, channel, profile,
                 model, fingerprint, cost, state, reason, revision, lineage)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 1, ?12)",
            params![
                now,
                new.origin.prompt,
                new.origin.prompt_hash,
                new.origin.brand,
                new.origin.channel,
                new.origin.profile,
                new.origin.model,
                new.origin.fingerprint,
                new.origin.cost,
                new.state.as_str(),
                new.origin.reason,
                new.origin.lineage.to_string()
            ],
        )
        .map_err(|e| self.err(e))?;
        let id = tx.last_insert_rowid();
        insert_revision(
            &tx,
            id,
            1,
            &new.text,
            &new.findings,
            &new.outcome,
            "copydesk",
            now,
        )
        .map_err(|e| self.err(e))?;
        insert_event(
            &tx,
            id,
            now,
            Action::Enter,
            None,
            new.state,
            "copydesk",
            Some(&new.origin.reason),
            1,
        )
        .map_err(|e| self.err(e))?;
        tx.commit().map_err(|e| self.err(e))?;
        Ok(id)
    }

    /// One item.
    pub fn get(&self, id: i64) -> Result<Item, QueueError> {
        let conn = self.read()?;
        conn.query_row(
            &format!("SELECT {ITEM_COLUMNS} FROM review_items WHERE id = ?1"),
            [id],
            item_row,
        )
        .optional()
        .map_err(|e| self.err(e))?
        .ok_or(QueueError::NotFound(id))
    }

    /// Items by filter, oldest first.
    pub fn list(&self, filter: &Filter) -> Result<Vec<Item>, QueueError> {
        let conn = self.read()?;
        let mut stmt = conn
            .prepare(&format!(
                "SELECT {ITEM_COLUMNS} FROM review_items
                 WHERE (?1 IS NULL OR state = ?1)
                   AND (?2 IS NULL OR prompt = ?2 OR prompt LIKE ?2 || '@%')
                   AND (?3 IS NULL OR brand = ?3)
                 ORDER BY created_ms, id"
            ))
            .map_err(|e| self.err(e))?;
        stmt.query_map(
            params![filter.state.map(State::as_str), filter.prompt, filter.brand],
            item_row,
        )
        .and_then(Iterator::collect)
        .map_err(|e| self.err(e))
    }

    /// A page of items by filter, oldest first, each with its current text: one query for the
    /// page and one for the count, whatever the page's size.
    pub fn page(&self, filter: &Filter, window: Window) -> Result<Page, QueueError> {
        // only the conditions asked for, so SQLite walks an index in order and stops at the
        // page's end: the open items by the partial index, one state by (state, created_ms)
        let mut conditions = Vec::new();
        let mut args: Vec<SqlValue> = Vec::new();
        // without statistics SQLite would take the state index and sort every open item
        let mut index = "";
        match (filter.state, window.open_only) {
            (Some(s), _) => {
                conditions.push("i.state = ?");
                args.push(SqlValue::Text(s.as_str().to_string()));
            }
            (None, true) => {
                conditions.push("i.state IN ('pending', 'edited')");
                index = "INDEXED BY review_items_open";
            }
            (None, false) => {}
        }
        if let Some(p) = &filter.prompt {
            conditions.push("(i.prompt = ? OR i.prompt LIKE ? || '@%')");
            args.extend([SqlValue::Text(p.clone()), SqlValue::Text(p.clone())]);
        }
        if let Some(b) = &filter.brand {
            conditions.push("i.brand = ?");
            args.push(SqlValue::Text(b.clone()));
        }
        let clause = if conditions.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", conditions.join(" AND "))
        };
        let conn = self.read()?;
        let total: i64 = conn
            .prepare_cached(&format!("SELECT count(*) FROM review_items i {clause}"))
            .and_then(|mut s| s.query_row(rusqlite::params_from_iter(&args), |r| r.get(0)))
            .map_err(|e| self.err(e))?;
        let now = now_ms();
        args.push(SqlValue::Integer(
            i64::try_from(window.limit).unwrap_or(i64::MAX),
        ));
        args.push(SqlValue::Integer(
            i64::try_from(window.offset).unwrap_or(i64::MAX),
        ));
        let mut stmt = conn
            .prepare_cached(&format!(
                "SELECT i.id, i.created_ms, i.prompt, i.brand, i.channel, i.model, i.cost, i.reason,
                        i.state, i.revision, i.lease_holder, i.lease_until_ms, r.text, r.outcome,
                        json_array_length(r.findings)
                 FROM review_items i {index}
                 JOIN review_revisions r ON r.item = i.id AND r.revision = i.revision
                 {clause}
                 ORDER BY i.created_ms, i.id LIMIT ? OFFSET ?"
            ))
            .map_err(|e| self.err(e))?;
        let items = stmt
            .query_map(rusqlite::params_from_iter(&args), |r| {
                let until: Option<i64> = r.get(11)?;
                let live = until.is_some_and(|u| u > now);
                Ok(Summary {
                    id: r.get(0)?,
                    created_ms: r.get(1)?,
                    prompt: r.get(2)?,
                    brand: r.get(3)?,
                    channel: r.get(4)?,
                    model: r.get(5)?,
                    cost: r.get(6)?,
                    reason: r.get(7)?,
                    state: state_column(r, 8)?,
                    revision: r.get(9)?,
                    lease_holder: r.get::<_, Option<String>>(10)?.filter(|_| live),
                    lease_until_ms: until.filter(|_| live),
                    text: r.get(12)?,
                    outcome: r.get(13)?,
                    findings: r.get::<_, Option<i64>>(14)?.unwrap_or(0) as usize,
                })
            })
            .and_then(Iterator::collect)
            .map_err(|e| self.err(e))?;
        Ok(Page {
            total: total as usize,
            offset: window.offset,
            items,
        })
    }

    /// Items per state, and the creation time of the oldest open one.
    pub fn counts(&self) -> Result<Counts, QueueError> {
        let conn = self.read()?;
        let mut stmt = conn
            .prepare_cached(
                "SELECT state, count(*) FROM review_items GROUP BY state ORDER BY state",
            )
            .map_err(|e| self.err(e))?;
        let by_state = stmt
            .query_map([], |r| {
                Ok((state_column(r, 0)?, r.get::<_, i64>(1)? as usize))
            })
            .and_then(Iterator::collect)
            .map_err(|e| self.err(e))?;
        let oldest = conn
            .query_row(
                "SELECT min(created_ms) FROM review_items WHERE state IN ('pending', 'edited')",
                [],
                |r| r.get(0),
            )
            .map_err(|e| self.err(e))?;
        Ok((by_state, oldest))
    }

    /// Items a reviewer approved or rejected: prompt, final state and the findings on the
    /// generated text (revision 1).
    pub fn reviewed(&self) -> Result<Vec<(String, State, Value)>, QueueError> {
        let conn = self.read()?;
        let mut stmt = conn
            .prepare_cached(
                "SELECT i.prompt, i.state, r.findings FROM review_items i
                 JOIN review_revisions r ON r.item = i.id AND r.revision = 1
                 WHERE EXISTS (SELECT 1 FROM review_events e
                               WHERE e.item = i.id AND e.action IN ('approve', 'reject'))
                 ORDER BY i.id",
            )
            .map_err(|e| self.err(e))?;
        stmt.query_map([], |r| {
            Ok((
                r.get(0)?,
                state_column(r, 1)?,
                json_column(r, 2, "findings")?,
            ))
        })
        .and_then(Iterator::collect)
        .map_err(|e| self.err(e))
    }

    /// Every revision of an item, oldest first.
    pub fn revisions(&self, id: i64) -> Result<Vec<Revision>, QueueError> {
        let conn = self.read()?;
        let mut stmt = conn
            .prepare(
                "SELECT revision, text, findings, outcome, author, time_ms FROM review_revisions
                 WHERE item = ?1 ORDER BY revision",
            )
            .map_err(|e| self.err(e))?;
        stmt.query_map([id], |r| {
            Ok(Revision {
                revision: r.get(0)?,
                text: r.get(1)?,
                findings: json_column(r, 2, "findings")?,
                outcome: r.get(3)?,
                author: r.get(4)?,
                time_ms: r.get(5)?,
            })
        })
        .and_then(Iterator::collect)
        .map_err(|e| self.err(e))
    }

    /// The audit trail of an item (`None`: of every item), in order.
    pub fn events(&self, id: Option<i64>) -> Result<Vec<Event>, QueueError> {
        let conn = self.read()?;
        let mut stmt = conn
            .prepare(
                "SELECT id, item, time_ms, action, from_state, to_state, reviewer, comment, revision
                 FROM review_events WHERE ?1 IS NULL OR item = ?1 ORDER BY id",
            )
            .map_err(|e| self.err(e))?;
        stmt.query_map([id], |r| {
            Ok(Event {
                id: r.get(0)?,
                item: r.get(1)?,
                time_ms: r.get(2)?,
                action: r.get(3)?,
                from: r.get(4)?,
                to: r.get(5)?,
                reviewer: r.get(6)?,
                comment: r.get(7)?,
                revision: r.get(8)?,
            })
        })
        .and_then(Iterator::collect)
        .map_err(|e| self.err(e))
    }

    /// Apply `action` by `reviewer` to item `id` atomically: the state machine and the lease are
    /// checked against the item as it is inside the write transaction, `change` does the rest.
    fn apply<T>(
        &self,
        id: i64,
        reviewer: &str,
        action: Action,
        comment: Option<&str>,
        change: &mut Change<'_, T>,
    ) -> Result<T, QueueError> {
        let now = now_ms();
        let mut conn = self.conn()?;
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| self.err(e))?;
        let item = tx
            .query_row(
                &format!("SELECT {ITEM_COLUMNS} FROM review_items WHERE id = ?1"),
                [id],
                item_row,
            )
            .optional()
            .map_err(|e| self.err(e))?
            .ok_or(QueueError::NotFound(id))?;
        let to =
            transition(item.state, action).map_err(|source| QueueError::Illegal { id, source })?;
        if let (Some(holder), Some(until)) = (&item.lease_holder, item.lease_until_ms)
            && holder != reviewer
            && until > now
        {
            return Err(QueueError::Leased {
                id,
                holder: holder.clone(),
                minutes: (until - now + 59_999) / 60_000,
            });
        }
        let out = change(&tx, &item)?;
        let revision: i64 = tx
            .query_row(
                "SELECT revision FROM review_items WHERE id = ?1",
                [id],
                |r| r.get(0),
            )
            .map_err(|e| self.err(e))?;
        let (holder, until) = match action {
            Action::Claim => (Some(reviewer), Some(now + self.lease_ms)),
            // an edit keeps the lease: the editor goes on to approve
            Action::Edit => (Some(reviewer), Some(now + self.lease_ms)),
            _ => (None, None),
        };
        insert_event(
            &tx,
            id,
            now,
            action,
            Some(item.state),
            to,
            reviewer,
            comment,
            revision,
        )
        .map_err(|e| self.err(e))?;
        tx.execute(
            "UPDATE review_items SET state = ?2, lease_holder = ?3, lease_until_ms = ?4 WHERE id = ?1",
            params![id, to.as_str(), holder, until],
        )
        .map_err(|e| self.err(e))?;
        tx.commit().map_err(|e| self.err(e))?;
        Ok(out)
    }

    /// Take the item's lease for `reviewer` (renewed when they hold it already).
    pub fn claim(&self, id: i64, reviewer: &str) -> Result<(), QueueError> {
        self.apply(id, reviewer, Action::Claim, None, &mut |_, _| Ok(()))
    }

    /// Give the lease back.
    pub fn release(&self, id: i64, reviewer: &str) -> Result<(), QueueError> {
        self.apply(id, reviewer, Action::Release, None, &mut |_, _| Ok(()))
    }

    /// Approve or reject the current revision. Allowed to the lease holder, or to anyone while
    /// nobody holds a live lease.
    pub fn decide(
        &self,
        id: i64,
        reviewer: &str,
        approve: bool,
        comment: Option<&str>,
    ) -> Result<State, QueueError> {
        let action = if approve {
            Action::Approve
        } else {
            Action::Reject
        };
        self.apply(id, reviewer, action, comment, &mut |_, _| Ok(()))?;
        Ok(if approve {
            State::Approved
        } else {
            State::Rejected
        })
    }

    /// A new revision of the text with the guard chain's verdict on it; the item waits for
    /// approval again (state `edited`). Returns the revision number.
    pub fn edit(
        &self,
        id: i64,
        reviewer: &str,
        text: &str,
        findings: &Value,
        outcome: &str,
        comment: Option<&str>,
    ) -> Result<i64, QueueError> {
        let now = now_ms();
        self.apply(id, reviewer, Action::Edit, comment, &mut |tx, item| {
            let revision = item.revision + 1;
            insert_revision(tx, id, revision, text, findings, outcome, reviewer, now)
                .and_then(|_| {
                    tx.execute(
                        "UPDATE review_items SET revision = ?2 WHERE id = ?1",
                        params![id, revision],
                    )
                })
                .map_err(|e| self.err(e))?;
            Ok(revision)
        })
    }
}

#[allow(clippy::too_many_arguments)]
fn insert_revision(
    tx: &rusqlite::Transaction<'_>,
    item: i64,
    revision: i64,
    text: &str,
    findings: &Value,
    outcome: &str,
    author: &str,
    now: i64,
) -> rusqlite::Result<usize> {
    tx.execute(
        "INSERT INTO review_revisions (item, revision, text, findings, outcome, author, time_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            item,
            revision,
            text,
            findings.to_string(),
            outcome,
            author,
            now
        ],
    )
}

#[allow(clippy::too_many_arguments)]
fn insert_event(
    tx: &rusqlite::Transaction<'_>,
    item: i64,
    now: i64,
    action: Action,
    from: Option<State>,
    to: State,
    reviewer: &str,
    comment: Option<&str>,
    revision: i64,
) -> rusqlite::Result<usize> {
    tx.execute(
        "INSERT INTO review_events (item, time_ms, action, from_state, to_state, reviewer, comment, revision)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            item,
            now,
            action.as_str(),
            from.map(State::as_str),
            to.as_str(),
            reviewer,
            comment,
            revision
        ],
    )
}

/// Replay an item's audit trail through the state machine: the state it must be in now, or the
/// first event that does not follow from the ones before.
pub fn replay(events: &[Event]) -> Result<State, String> {
    let mut state: Option<State> = None;
    for e in events {
        let to: State = e.to.parse().map_err(|x| format!("event {}: {x}", e.id))?;
        match (state, e.action.as_str()) {
            (None, "enter") => state = Some(to),
            (Some(from), action) => {
                let action = [
                    Action::Claim,
                    Action::Release,
                    Action::Approve,
                    Action::Reject,
                    Action::Edit,
                ]
                .into_iter()
                .find(|a| a.as_str() == action)
                .ok_or_else(|| format!("event {}: unknown action {action}", e.id))?;
                let next = transition(from, action).map_err(|x| format!("event {}: {x}", e.id))?;
                if next != to || e.from.as_deref() != Some(from.as_str()) {
                    return Err(format!("event {} does not follow", e.id));
                }
                state = Some(next);
            }
            (None, _) => return Err(format!("event {} before the item entered", e.id)),
        }
    }
    state.ok_or_else(|| "no events".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn new_item(state: State) -> NewItem {
        NewItem {
            origin: Origin {
                prompt: "ad-variants@1".into(),
                prompt_hash: "h".into(),
                brand: Some("talgrat".into()),
                channel: Some("google-ads-rsa".into()),
                profile: "local".into(),
                model: "m".into(),
                fingerprint: None,
                cost: 0.001,
                reason: "needs review".into(),
                lineage: serde_json::json!({"vars": {"product": "x"}}),
            },
            state,
            text: r#"{"headlines": ["a"]}"#.into(),
            findings: serde_json::json!([]),
            outcome: "needs-review".into(),
        }
    }

    #[test]
    fn leases_decisions_edits_and_the_audit_trail() {
        let dir = tempfile::tempdir().unwrap();
        let q = Queue::open(&dir.path().join("state.db"), 30).unwrap();
        let id = q.add(&new_item(State::Pending)).unwrap();
        q.claim(id, "ana").unwrap();
        let err = q.decide(id, "ben", true, None).unwrap_err();
        assert!(matches!(err, QueueError::Leased { .. }), "{err}");
        assert!(err.to_string().contains("claimed by ana"));
        let rev = q
            .edit(
                id,
                "ana",
                r#"{"headlines": ["b"]}"#,
                &serde_json::json!([]),
                "accepted",
                Some("shorter"),
            )
            .unwrap();
        assert_eq!(rev, 2);
        assert_eq!(q.get(id).unwrap().state, State::Edited);
        q.decide(id, "ana", true, Some("good")).unwrap();
        let item = q.get(id).unwrap();
        assert_eq!(
            (item.state, item.revision, item.lease_holder),
            (State::Approved, 2, None)
        );
        // an expired lease lets another reviewer in
        let other = q.add(&new_item(State::Pending)).unwrap();
        q.claim(other, "ana").unwrap();
        assert!(q.claim(other, "ben").is_err());
        Connection::open(dir.path().join("state.db"))
            .unwrap()
            .execute(
                "UPDATE review_items SET lease_until_ms = 0 WHERE id = ?1",
                [other],
            )
            .unwrap();
        q.claim(other, "ben").unwrap();
        assert_eq!(q.get(other).unwrap().lease_holder.as_deref(), Some("ben"));
        // approved text is final: the state machine says so, and so does the database
        assert!(matches!(
            q.edit(id, "ana", "x", &Value::Null, "accepted", None),
            Err(QueueError::Illegal { .. })
        ));
        let conn = Connection::open(dir.path().join("state.db")).unwrap();
        assert!(
            conn.execute(
                "UPDATE review_items SET state = 'pending' WHERE id = ?1",
                [id]
            )
            .is_err()
        );
        assert!(conn.execute("DELETE FROM review_events", []).is_err());
        assert!(
            conn.execute("UPDATE review_revisions SET text = 'x'", [])
                .is_err()
        );
        // the trail replays to the state
        let events = q.events(Some(id)).unwrap();
        let actions: Vec<&str> = events.iter().map(|e| e.action.as_str()).collect();
        assert_eq!(actions, ["enter", "claim", "edit", "approve"]);
        assert_eq!(replay(&events), Ok(State::Approved));
        assert_eq!(events[2].comment.as_deref(), Some("shorter"));
        assert_eq!(q.revisions(id).unwrap()[1].author, "ana");
        // a rejected variant is recorded decided, never open
        let r = q.add(&new_item(State::Rejected)).unwrap();
        assert!(q.claim(r, "ana").is_err());
        let open = q
            .list(&Filter {
                state: Some(State::Pending),
                ..Filter::default()
            })
            .unwrap();
        assert_eq!(open.len(), 1);
        assert_eq!(q.list(&Filter::default()).unwrap().len(), 3);
    }

    #[test]
    fn pages_carry_the_current_text_and_bad_rows_are_errors_not_pending() {
        let dir = tempfile::tempdir().unwrap();
        let q = Queue::open(&dir.path().join("state.db"), 30).unwrap();
        let ids: Vec<i64> = (0..5)
            .map(|_| q.add(&new_item(State::Pending)).unwrap())
            .collect();
        q.edit(
            ids[1],
            "ana",
            r#"{"headlines": ["b"]}"#,
            &serde_json::json!([{"rule": "x"}]),
            "accepted",
            None,
        )
        .unwrap();
        q.decide(ids[2], "ana", false, None).unwrap();
        let open = Window {
            offset: 1,
            limit: 2,
            open_only: true,
        };
        let page = q.page(&Filter::default(), open).unwrap();
        assert_eq!(page.total, 4);
        let got: Vec<(i64, &str, usize)> = page
            .items
            .iter()
            .map(|i| (i.id, i.text.as_str(), i.findings))
            .collect();
        assert_eq!(
            got,
            [
                (ids[1], r#"{"headlines": ["b"]}"#, 1),
                (ids[3], r#"{"headlines": ["a"]}"#, 0)
            ]
        );
        assert_eq!(page.items[0].lease_holder.as_deref(), Some("ana"));
        let all = q
            .page(
                &Filter::default(),
                Window {
                    offset: 0,
                    limit: usize::MAX,
                    open_only: false,
                },
            )
            .unwrap();
        assert_eq!(all.total, 5);
        let (counts, oldest) = q.counts().unwrap();
        assert_eq!(
            counts,
            [
                (State::Edited, 1),
                (State::Pending, 3),
                (State::Rejected, 1)
            ]
        );
        assert!(oldest.is_some());

        let conn = Connection::open(dir.path().join("state.db")).unwrap();
        conn.execute(
            "UPDATE review_items SET state = 'done' WHERE id = ?1",
            [ids[0]],
        )
        .unwrap();
        let e = q.get(ids[0]).unwrap_err().to_string();
        assert!(e.contains("unknown review state 'done'"), "{e}");
        let everything = Window {
            offset: 0,
            limit: usize::MAX,
            open_only: false,
        };
        assert!(q.page(&Filter::default(), everything).is_err());
        conn.execute(
            "UPDATE review_items SET lineage = '{broken' WHERE id = ?1",
            [ids[3]],
        )
        .unwrap();
        let e = q.get(ids[3]).unwrap_err().to_string();
        assert!(e.contains("unreadable lineage"), "{e}");
    }
}
