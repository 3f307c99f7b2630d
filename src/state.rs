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
