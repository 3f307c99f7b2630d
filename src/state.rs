//! The state database (`.copydesk/state.db`): one SQLite file in WAL mode that the knowledge
//! index, the fingerprint cache and the usage ledger share, each with its own tables. Several
//! processes may open it at once; writers wait for each other (busy timeout) instead of failing.

use std::path::Path;

use rusqlite::Connection;

/// Open (and create) the state database at `path` and make sure `schema` (idempotent
/// `CREATE … IF NOT EXISTS` statements) is in place. The error is a one-line detail.
pub fn open(path: &Path, schema: &str) -> Result<Connection, String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
    }
    let conn = Connection::open(path).map_err(|e| e.to_string())?;
    conn.execute_batch(
        "PRAGMA journal_mode = WAL;
         PRAGMA synchronous = NORMAL;
         PRAGMA busy_timeout = 5000;",
    )
    .map_err(|e| e.to_string())?;
    conn.execute_batch(schema).map_err(|e| e.to_string())?;
    Ok(conn)
}

/// A failure of the state database, naming the part (cache, ledger, budgets, review queue) and
/// the file. Never turned into a silent miss.
#[derive(Debug, thiserror::Error)]
#[error("{part} in {path}: {detail}")]
pub struct DbError {
    pub part: &'static str,
    pub path: String,
    pub detail: String,
}

/// One part's connection to the state database, shared by the threads of a process.
#[derive(Debug)]
pub struct Db {
    conn: std::sync::Mutex<Connection>,
    part: &'static str,
    path: String,
}

impl Db {
    /// Open the state database at `path` for `part` with its `schema`.
    pub fn open(path: &Path, part: &'static str, schema: &str) -> Result<Self, DbError> {
        let shown = path.display().to_string();
        let conn = open(path, schema).map_err(|detail| DbError {
            part,
            path: shown.clone(),
            detail,
        })?;
        Ok(Self {
            conn: std::sync::Mutex::new(conn),
            part,
            path: shown,
        })
    }

    /// The database file.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// An error of this part.
    pub fn err(&self, e: impl std::fmt::Display) -> DbError {
        DbError {
            part: self.part,
            path: self.path.clone(),
            detail: e.to_string(),
        }
    }

    /// The connection, for one operation.
    pub fn lock(&self) -> Result<std::sync::MutexGuard<'_, Connection>, DbError> {
        self.conn.lock().map_err(|_| self.err("lock poisoned"))
    }
}

/// Run blocking work (SQLite, embedding) off the async worker: on a multi-threaded runtime the
/// worker hands its other tasks away while `f` runs; elsewhere (a current-thread test runtime)
/// `f` simply runs.
pub fn blocking<R>(f: impl FnOnce() -> R) -> R {
    match tokio::runtime::Handle::try_current() {
        Ok(h) if h.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread => {
            tokio::task::block_in_place(f)
        }
        _ => f(),
    }
}
