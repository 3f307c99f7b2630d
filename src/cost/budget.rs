//! Hard budgets: a call is sent only after a reservation of its worst case (prompt tokens counted
//! with tiktoken + `max_tokens`, priced at the profile's rates) fits every budget that applies.
//!
//! Counters live in the state database, so the caps hold across processes sharing it: a
//! reservation is one `BEGIN IMMEDIATE` transaction (SQLite's write lock) that reads every
//! applicable counter, checks it and records a *hold*; the response's usage settles it (the hold
//! goes, the real usage is added to `budget_spent`). A hold whose process died is ignored after
//! [`HOLD_TTL_MS`], so a crash cannot lock a budget for good.

use std::path::Path;

use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use serde::Serialize;

use crate::config::{BudgetConfig, Dimension, Window};

/// Holds older than this are from a process that died and no longer count.
pub const HOLD_TTL_MS: i64 = 60 * 60 * 1000;

/// What a call may use, or did use.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Amount {
    pub tokens: u64,
    pub cost: f64,
}

impl Amount {
    /// Both together.
    pub fn plus(self, other: Amount) -> Amount {
        Amount {
            tokens: self.tokens + other.tokens,
            cost: self.cost + other.cost,
        }
    }
}

/// What a call is, as budgets filter and group it.
#[derive(Debug, Clone, Copy)]
pub struct Scope<'a> {
    pub prompt_id: &'a str,
    /// `id@version`.
    pub prompt: &'a str,
    pub brand: Option<&'a str>,
    pub profile: &'a str,
}

/// A budget that has no room for a call.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Exhausted {
    pub budget: String,
    /// The counter: `day 2026-12-01`, `month 2026-12 brand=acme`, …
    pub counter: String,
    pub cap: Amount,
    pub used: Amount,
    pub need: Amount,
}

impl std::fmt::Display for Exhausted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "budget exhausted: '{}' ({})", self.budget, self.counter)?;
        if self.cap.tokens > 0 && self.used.tokens + self.need.tokens > self.cap.tokens {
            write!(
                f,
                " has {} of {} tokens left, the call needs up to {}",
                self.cap.tokens.saturating_sub(self.used.tokens),
                self.cap.tokens,
                self.need.tokens
            )
        } else {
            write!(
                f,
                " has {:.4} of {:.4} left, the call may cost up to {:.4}",
                (self.cap.cost - self.used.cost).max(0.0),
                self.cap.cost,
                self.need.cost
            )
        }
    }
}

/// Why a reservation failed.
#[derive(Debug, thiserror::Error)]
pub enum BudgetError {
    #[error("{0}")]
    Exhausted(Box<Exhausted>),
    #[error(transparent)]
    Db(#[from] crate::state::DbError),
}

/// Room taken for one call; [`Budgets::settle`] gives it back with the real usage.
#[derive(Debug)]
#[must_use = "a reservation must be settled or released"]
pub struct Reservation {
    holds: Vec<(i64, String, String)>,
    need: Amount,
}

impl Reservation {
    /// What was reserved.
    pub fn need(&self) -> Amount {
        self.need
    }
}

/// One counter of `copydesk budget status`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Status {
    pub budget: String,
    pub window: Window,
    pub counter: String,
    pub cap: Amount,
    pub spent: Amount,
    /// Reserved by calls in flight.
    pub held: Amount,
}

/// The configured budgets and their counters in the state database.
#[derive(Debug)]
pub struct Budgets {
    budgets: Vec<BudgetConfig>,
    db: crate::state::Db,
    run: String,
}

impl Budgets {
    /// Open the counters in the state database at `path` for `budgets`. `run` names this run
    /// (the counter of `window: run` budgets).
    pub fn open(path: &Path, budgets: Vec<BudgetConfig>, run: &str) -> Result<Self, BudgetError> {
        let db = crate::state::Db::open(
            path,
            "budgets",
            "CREATE TABLE IF NOT EXISTS budget_spent (
                 budget TEXT NOT NULL, counter TEXT NOT NULL,
                 tokens INTEGER NOT NULL, cost REAL NOT NULL, updated_ms INTEGER NOT NULL,
                 PRIMARY KEY (budget, counter)) WITHOUT ROWID;
             CREATE TABLE IF NOT EXISTS budget_holds (
                 id INTEGER PRIMARY KEY, budget TEXT NOT NULL, counter TEXT NOT NULL,
                 tokens INTEGER NOT NULL, cost REAL NOT NULL, time_ms INTEGER NOT NULL);
             CREATE INDEX IF NOT EXISTS budget_holds_counter ON budget_holds (budget, counter);",
        )?;
        Ok(Self {
            budgets,
            db,
            run: run.to_string(),
        })
    }

    /// A name for a new run: the process and the time.
    pub fn new_run_id() -> String {
        format!("{}-{}", crate::clock::now_ms(), std::process::id())
    }

    fn err(&self, e: impl std::fmt::Display) -> BudgetError {
        BudgetError::Db(self.db.err(e))
    }

    /// Whether any budget counts calls of `scope` (when none does, counting tokens is not needed).
    pub fn any_applies(&self, scope: &Scope<'_>) -> bool {
        self.budgets.iter().any(|b| applies(b, scope))
    }

    /// Reserve `need` against every budget that applies to `scope`, atomically across threads and
    /// processes; `Exhausted` names the first budget without room, and nothing is reserved then.
    pub fn reserve(&self, scope: &Scope<'_>, need: Amount) -> Result<Reservation, BudgetError> {
        let now = crate::clock::now_ms();
        let counters: Vec<(&BudgetConfig, String)> = self
            .budgets
            .iter()
            .filter(|b| applies(b, scope))
            .map(|b| (b, counter(b, scope, now, &self.run)))
            .collect();
        if counters.is_empty() {
            return Ok(Reservation {
                holds: Vec::new(),
                need,
            });
        }
        let mut conn = self.db.lock()?;
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| self.err(e))?;
        let mut holds = Vec::with_capacity(counters.len());
        for (b, counter) in &counters {
            let used = used(&tx, &b.name, counter, now).map_err(|e| self.err(e))?;
            let cap = cap(b);
            let over_tokens = b.max_tokens.is_some_and(|m| used.tokens + need.tokens > m);
            let over_cost = b
                .max_cost
                .is_some_and(|m| used.cost + need.cost > m * (1.0 + 1e-12));
            if over_tokens || over_cost {
                // dropping the transaction rolls back the holds taken so far
                return Err(BudgetError::Exhausted(Box::new(Exhausted {
                    budget: b.name.clone(),
                    counter: counter.clone(),
                    cap,
                    used,
                    need,
                })));
            }
            tx.execute(
                "INSERT INTO budget_holds (budget, counter, tokens, cost, time_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![b.name, counter, need.tokens as i64, need.cost, now],
            )
            .map_err(|e| self.err(e))?;
            holds.push((tx.last_insert_rowid(), b.name.clone(), counter.clone()));
        }
        tx.execute(
            "DELETE FROM budget_holds WHERE time_ms < ?1",
            [now - HOLD_TTL_MS],
        )
        .map_err(|e| self.err(e))?;
        tx.commit().map_err(|e| self.err(e))?;
        Ok(Reservation { holds, need })
    }

    /// Replace a reservation by what the call really used.
    pub fn settle(&self, reservation: Reservation, actual: Amount) -> Result<(), BudgetError> {
        if reservation.holds.is_empty() {
            return Ok(());
        }
        let now = crate::clock::now_ms();
        let mut conn = self.db.lock()?;
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| self.err(e))?;
        for (id, budget, counter) in &reservation.holds {
            tx.execute("DELETE FROM budget_holds WHERE id = ?1", [id])
                .map_err(|e| self.err(e))?;
            tx.execute(
                "INSERT INTO budget_spent (budget, counter, tokens, cost, updated_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (budget, counter) DO UPDATE SET
                     tokens = tokens + excluded.tokens, cost = cost + excluded.cost,
                     updated_ms = excluded.updated_ms",
                params![budget, counter, actual.tokens as i64, actual.cost, now],
            )
            .map_err(|e| self.err(e))?;
        }
        tx.commit().map_err(|e| self.err(e))
    }

    /// Give a reservation back unused (the call was never answered).
    pub fn release(&self, reservation: Reservation) -> Result<(), BudgetError> {
        self.settle(reservation, Amount::default())
    }

    /// Every budget's current counters (for `per` budgets, one per prompt, brand or profile seen
    /// in the current window; a `run` budget shows its cap only).
    pub fn status(&self) -> Result<Vec<Status>, BudgetError> {
        let now = crate::clock::now_ms();
        let conn = self.db.lock()?;
        let mut out = Vec::new();
        for b in &self.budgets {
            let cap = cap(b);
            let window = window_key(b.window, now, &self.run);
            let mut counters: Vec<String> = match b.per {
                None => vec![window.clone()],
                Some(_) => {
                    let mut stmt = conn
                        .prepare(
                            "SELECT counter FROM budget_spent WHERE budget = ?1 AND counter LIKE ?2
                             UNION SELECT counter FROM budget_holds WHERE budget = ?1 AND counter LIKE ?2
                             ORDER BY 1",
                        )
                        .map_err(|e| self.err(e))?;
                    stmt.query_map(params![b.name, format!("{window} %")], |r| r.get(0))
                        .and_then(Iterator::collect)
                        .map_err(|e| self.err(e))?
                }
            };
            if b.window == Window::Run || counters.is_empty() {
                counters = vec![window];
            }
            for counter in counters {
                let spent = spent(&conn, &b.name, &counter).map_err(|e| self.err(e))?;
                let held = held(&conn, &b.name, &counter, now).map_err(|e| self.err(e))?;
                out.push(Status {
                    budget: b.name.clone(),
                    window: b.window,
                    counter,
                    cap,
                    spent,
                    held,
                });
            }
        }
        Ok(out)
    }
}

/// A budget's caps (0 where it sets none).
fn cap(b: &BudgetConfig) -> Amount {
    Amount {
        tokens: b.max_tokens.unwrap_or(0),
        cost: b.max_cost.unwrap_or(0.0),
    }
}

/// Whether a budget's filters match a call.
fn applies(b: &BudgetConfig, s: &Scope<'_>) -> bool {
    b.prompt
        .as_deref()
        .is_none_or(|p| p == s.prompt_id || p == s.prompt)
        && b.brand.as_deref().is_none_or(|x| Some(x) == s.brand)
        && b.profile.as_deref().is_none_or(|x| x == s.profile)
}

/// The counter of a budget a call at `now_ms` goes to: its window, and the group for `per`.
fn counter(b: &BudgetConfig, s: &Scope<'_>, now_ms: i64, run: &str) -> String {
    let window = window_key(b.window, now_ms, run);
    match b.per {
        None => window,
        Some(Dimension::Prompt) => format!("{window} prompt={}", s.prompt_id),
        Some(Dimension::Brand) => format!("{window} brand={}", s.brand.unwrap_or("(none)")),
        Some(Dimension::Profile) => format!("{window} profile={}", s.profile),
    }
}

fn window_key(w: Window, now_ms: i64, run: &str) -> String {
    let (y, m, d) = crate::clock::civil_date(now_ms.div_euclid(86_400_000));
    match w {
        Window::Run => format!("run {run}"),
        Window::Day => format!("day {y:04}-{m:02}-{d:02}"),
        Window::Month => format!("month {y:04}-{m:02}"),
        Window::Total => "total".to_string(),
    }
}

/// What one counter's settled calls used.
fn spent(conn: &Connection, budget: &str, counter: &str) -> rusqlite::Result<Amount> {
    Ok(conn
        .query_row(
            "SELECT tokens, cost FROM budget_spent WHERE budget = ?1 AND counter = ?2",
            params![budget, counter],
            |r| {
                Ok(Amount {
                    tokens: r.get::<_, i64>(0)? as u64,
                    cost: r.get(1)?,
                })
            },
        )
        .optional()?
        .unwrap_or_default())
}

/// Spent plus live holds of one counter.
fn used(conn: &Connection, budget: &str, counter: &str, now: i64) -> rusqlite::Result<Amount> {
    Ok(spent(conn, budget, counter)?.plus(held(conn, budget, counter, now)?))
}

fn held(conn: &Connection, budget: &str, counter: &str, now: i64) -> rusqlite::Result<Amount> {
    conn.query_row(
        "SELECT coalesce(sum(tokens), 0), coalesce(sum(cost), 0.0) FROM budget_holds
         WHERE budget = ?1 AND counter = ?2 AND time_ms >= ?3",
        params![budget, counter, now - HOLD_TTL_MS],
        |r| {
            Ok(Amount {
                tokens: r.get::<_, i64>(0)? as u64,
                cost: r.get(1)?,
            })
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn budget(name: &str, window: Window, tokens: Option<u64>, cost: Option<f64>) -> BudgetConfig {
        BudgetConfig::new(name, window, tokens, cost)
    }

    const SCOPE: Scope<'static> = Scope {
        prompt_id: "ads",
        prompt: "ads@2",
        brand: Some("talgrat"),
        profile: "openai",
    };

    fn amount(tokens: u64, cost: f64) -> Amount {
        Amount { tokens, cost }
    }

    #[test]
    fn a_reservation_that_breaks_any_cap_takes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("state.db");
        let b = Budgets::open(
            &db,
            vec![
                budget("day", Window::Day, Some(1000), None),
                budget("total", Window::Total, None, Some(1.0)),
            ],
            "r1",
        )
        .unwrap();
        let r = b.reserve(&SCOPE, amount(600, 0.1)).unwrap();
        let BudgetError::Exhausted(e) = b.reserve(&SCOPE, amount(600, 0.1)).unwrap_err() else {
            panic!("not exhausted")
        };
        assert_eq!((e.budget.as_str(), e.used.tokens), ("day", 600));
        assert!(e.to_string().starts_with("budget exhausted: 'day' (day "));
        // the failed reservation did not hold the cost budget either
        let status = b.status().unwrap();
        assert_eq!(status[1].held, amount(600, 0.1));
        // settled with less than reserved, the room comes back
        b.settle(r, amount(200, 0.02)).unwrap();
        let r2 = b.reserve(&SCOPE, amount(800, 0.5)).unwrap();
        let status = b.status().unwrap();
        assert_eq!(status[0].spent.tokens, 200);
        assert_eq!(status[0].held.tokens, 800);
        b.release(r2).unwrap();
        assert_eq!(b.status().unwrap()[0].held, Amount::default());
        // another process (another connection) sees the same counters
        let other = Budgets::open(
            &db,
            vec![budget("day", Window::Day, Some(1000), None)],
            "r2",
        )
        .unwrap();
        assert!(other.reserve(&SCOPE, amount(801, 0.0)).is_err());
        other
            .settle(
                other.reserve(&SCOPE, amount(800, 0.0)).unwrap(),
                amount(800, 0.0),
            )
            .unwrap();
    }

    #[test]
    fn filters_and_groups() {
        let dir = tempfile::tempdir().unwrap();
        let mut per_brand = budget("brands", Window::Month, Some(100), None);
        per_brand.per = Some(Dimension::Brand);
        let mut other_prompt = budget("feed", Window::Total, Some(1), None);
        other_prompt.prompt = Some("feed-enrichment".into());
        let mut per_run = budget("run", Window::Run, Some(150), None);
        per_run.profile = Some("openai".into());
        let b = Budgets::open(
            &dir.path().join("state.db"),
            vec![per_brand, other_prompt, per_run],
            "r1",
        )
        .unwrap();
        assert!(b.any_applies(&SCOPE));
        let r = b.reserve(&SCOPE, amount(90, 0.0)).unwrap();
        b.settle(r, amount(90, 0.0)).unwrap();
        // another brand has its own counter; the run cap still binds
        let acme = Scope {
            brand: Some("acme"),
            ..SCOPE
        };
        assert!(b.reserve(&acme, amount(90, 0.0)).is_err());
        let r = b.reserve(&acme, amount(60, 0.0)).unwrap();
        b.settle(r, amount(60, 0.0)).unwrap();
        let status = b.status().unwrap();
        let counters: Vec<&str> = status.iter().map(|s| s.counter.as_str()).collect();
        assert_eq!(counters.len(), 4, "{counters:?}");
        assert!(counters[0].ends_with("brand=acme") && counters[1].ends_with("brand=talgrat"));
        assert_eq!((counters[2], counters[3]), ("total", "run r1"));
        assert_eq!(status[3].spent.tokens, 150);
        // a scope no budget matches is never refused
        let local = Scope {
            profile: "local",
            brand: None,
            ..SCOPE
        };
        let mut none = Budgets::open(&dir.path().join("state.db"), Vec::new(), "r2").unwrap();
        assert!(!none.any_applies(&local));
        none.budgets = vec![budget("day", Window::Day, Some(1), None)];
        assert!(none.any_applies(&local));
    }
}
