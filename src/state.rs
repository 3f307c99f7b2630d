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
    conn.busy_timeout(WAIT).map_err(|e| e.to_string())?;
    // Switching a new file to WAL takes an exclusive lock, and a process that opens the same
    // new file at that moment is told "database is locked" at once, without the busy handler
    // waiting: the switch and the schema (both idempotent) are retried until `WAIT` is over.
    let started = std::time::Instant::now();
    loop {
        let done = conn.execute_batch(&format!(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; {schema}"
        ));
        match done {
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.code == rusqlite::ErrorCode::DatabaseBusy && started.elapsed() < WAIT =>
            {
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
            done => return done.map(|()| conn).map_err(|e| e.to_string()),
        }
    }
}

/// How long a connection waits for another process's lock before it reports one.
const WAIT: std::time::Duration = std::time::Duration::from_secs(5);

/// A failure of the state database, naming the part (cache, ledger, budgets, review queue) and
/// the file. Never turned into a silent miss.
#[derive(Debug, thiserror::Error)]
#[error("{part} in {path}: {detail}")]
pub struct DbError {
    pub part: &'static str,
    pub path: String,
    pub detail: String,
}

/// One part's connection to the state database, shared by the threads of a process, and a
/// pool of read-only connections: in WAL mode readers do not wait for each other or for the
/// writer, so concurrent reads (a server's list requests) run side by side.
#[derive(Debug)]
pub struct Db {
    conn: std::sync::Mutex<Connection>,
    readers: std::sync::Mutex<Vec<Connection>>,
    file: std::path::PathBuf,
    part: &'static str,
    path: String,
}

/// Idle read connections kept per part.
const IDLE_READERS: usize = 8;

/// A read connection from a part's pool, returned to it when dropped.
#[derive(Debug)]
pub struct Reader<'a> {
    db: &'a Db,
    conn: Option<Connection>,
}

impl std::ops::Deref for Reader<'_> {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        match &self.conn {
            Some(c) => c,
            None => unreachable!("a reader holds its connection until it is dropped"),
        }
    }
}

impl Drop for Reader<'_> {
    fn drop(&mut self) {
        if let Some(conn) = self.conn.take()
            && let Ok(mut idle) = self.db.readers.lock()
            && idle.len() < IDLE_READERS
        {
            idle.push(conn);
        }
    }
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
            readers: std::sync::Mutex::new(Vec::new()),
            file: path.to_path_buf(),
            part,
            path: shown,
        })
    }

    /// A read-only connection (see [`Reader`]).
    pub fn reader(&self) -> Result<Reader<'_>, DbError> {
        let idle = self
            .readers
            .lock()
            .map_err(|_| self.err("lock poisoned"))?
            .pop();
        let conn = match idle {
            Some(c) => c,
            None => {
                let c = Connection::open_with_flags(
                    &self.file,
                    rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY
                        | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX
                        | rusqlite::OpenFlags::SQLITE_OPEN_URI,
                )
                .map_err(|e| self.err(e))?;
                c.busy_timeout(WAIT).map_err(|e| self.err(e))?;
                c
            }
        };
        Ok(Reader {
            db: self,
            conn: Some(conn),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connections_opening_one_new_file_together_all_get_it() {
        let dir = tempfile::tempdir().unwrap();
        for round in 0..100 {
            let path = dir.path().join(format!("state-{round}.db"));
            let opened: Vec<Result<Connection, String>> = std::thread::scope(|s| {
                let handles: Vec<_> = (0..12)
                    .map(|_| s.spawn(|| open(&path, "CREATE TABLE IF NOT EXISTS t (x);")))
                    .collect();
                handles.into_iter().map(|h| h.join().unwrap()).collect()
            });
            let failed: Vec<&String> = opened.iter().filter_map(|r| r.as_ref().err()).collect();
            assert!(failed.is_empty(), "round {round}: {failed:?}");
        }
    }
}
