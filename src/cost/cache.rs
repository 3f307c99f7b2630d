//! The fingerprint cache: a model reply stored under a blake3 hash of everything that could
//! change it, so an identical request never pays twice.
//!
//! The key covers the prompt (id@version and its template hash), the profile (its whole
//! configuration: provider, model, endpoint, structured-output mode), the sampling parameters,
//! the rendered messages *after* pseudonymisation (no personal data is in the key or the
//! cache), the content hashes of the retrieved chunks, the output schema, and the call's slot
//! (variant `i`, re-ask `r`), so `--n 3` stores three replies, not one. Each input is encoded
//! as canonical JSON (object keys sorted) under its name; `copydesk cache explain` prints them,
//! so two requests that did not share an entry can be compared input by input.
//!
//! Entries live in the state database. Errors are never stored (only replies are), and the
//! pipeline writes a request's entries only once it finished without a blocking finding.

use std::path::Path;

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use serde_json::Value;

use crate::llm::{ChatResponse, Usage};

/// Why the cache failed (never turned into a silent miss).
pub type CacheError = crate::state::DbError;

/// The inputs of one key, by name, and the key.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fingerprint {
    /// 64 hex digits of blake3.
    pub key: String,
    /// `(name, canonical JSON)` in the order they were hashed.
    pub inputs: Vec<(String, String)>,
}

impl Fingerprint {
    /// Hash named inputs; each value is encoded as canonical JSON.
    pub fn new(inputs: &[(&str, Value)]) -> Self {
        let mut hasher = blake3::Hasher::new();
        let mut shown = Vec::with_capacity(inputs.len());
        for (name, value) in inputs {
            let encoded = canonical(value);
            // length-prefixed, so no two input lists encode alike
            for part in [name.as_bytes(), encoded.as_bytes()] {
                hasher.update(&(part.len() as u64).to_le_bytes());
                hasher.update(part);
            }
            shown.push((name.to_string(), encoded));
        }
        Self {
            key: hasher.finalize().to_hex().to_string(),
            inputs: shown,
        }
    }
}

/// JSON with object keys sorted at every level: one encoding per value. Written straight into
/// one buffer (strings and numbers escaped by serde_json, exactly as `Value::to_string` does).
pub fn canonical(value: &Value) -> String {
    fn write(v: &Value, out: &mut Vec<u8>) {
        match v {
            Value::Object(map) => {
                let mut entries: Vec<(&String, &Value)> = map.iter().collect();
                entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
                out.push(b'{');
                for (i, (k, v)) in entries.into_iter().enumerate() {
                    if i > 0 {
                        out.push(b',');
                    }
                    scalar(k, out);
                    out.push(b':');
                    write(v, out);
                }
                out.push(b'}');
            }
            Value::Array(items) => {
                out.push(b'[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(b',');
                    }
                    write(item, out);
                }
                out.push(b']');
            }
            other => scalar(other, out),
        }
    }
    fn scalar(v: &impl Serialize, out: &mut Vec<u8>) {
        // writing into a Vec cannot fail, and a string or number always serialises
        let _ = serde_json::to_writer(&mut *out, v);
    }
    let mut out = Vec::with_capacity(256);
    write(value, &mut out);
    // serde_json writes UTF-8 only
    String::from_utf8(out).unwrap_or_default()
}

/// A stored reply.
#[derive(Debug, Clone, PartialEq)]
pub struct Cached {
    pub content: String,
    pub model: String,
    /// What the reply cost when it was made (a hit costs nothing).
    pub usage: Usage,
}

/// One entry to write.
#[derive(Debug, Clone)]
pub struct Pending {
    pub fingerprint: Fingerprint,
    pub prompt: String,
    pub reply: Cached,
    /// Seconds the entry lives; `None`: until cleared.
    pub ttl_secs: Option<u64>,
}

/// Entry counts for `copydesk cache stats`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Stats {
    pub entries: i64,
    pub expired: i64,
    pub hits: i64,
    /// Tokens the hits did not pay for.
    pub tokens_saved: i64,
    pub bytes: i64,
    /// `(prompt, entries, hits)`.
    pub by_prompt: Vec<(String, i64, i64)>,
}

/// An entry as `copydesk cache explain` shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Explained {
    pub key: String,
    pub prompt: String,
    pub created: u64,
    pub expires: Option<u64>,
    pub hits: u64,
    pub inputs: Vec<(String, String)>,
    pub model: String,
    pub content: String,
}

/// The cache table in the state database.
#[derive(Debug)]
pub struct Cache {
    db: crate::state::Db,
}

/// Now, in seconds since the epoch (the cache's resolution).
fn now() -> u64 {
    u64::try_from(crate::clock::now_ms() / 1000).unwrap_or(0)
}

impl Cache {
    /// Open (and create) the cache in the state database at `path`.
    pub fn open(path: &Path) -> Result<Self, CacheError> {
        let db = crate::state::Db::open(
            path,
            "cache",
            "CREATE TABLE IF NOT EXISTS cache (
                 key TEXT PRIMARY KEY,
                 prompt TEXT NOT NULL,
                 created INTEGER NOT NULL,
                 expires INTEGER,
                 inputs TEXT NOT NULL,
                 content TEXT NOT NULL,
                 model TEXT NOT NULL,
                 prompt_tokens INTEGER NOT NULL,
                 completion_tokens INTEGER NOT NULL,
                 hits INTEGER NOT NULL DEFAULT 0);",
        )?;
        Ok(Self { db })
    }

    /// The state database file this part lives in.
    pub fn path(&self) -> &str {
        self.db.path()
    }

    fn err(&self, e: impl std::fmt::Display) -> CacheError {
        self.db.err(e)
    }

    fn conn(&self) -> Result<std::sync::MutexGuard<'_, Connection>, CacheError> {
        self.db.lock()
    }

    /// The live entry under `key` (a read only: hits are counted by [`Cache::put`]).
    pub fn get(&self, key: &str) -> Result<Option<Cached>, CacheError> {
        let conn = self.conn()?;
        let found = conn
            .prepare_cached(
                "SELECT content, model, prompt_tokens, completion_tokens FROM cache
                 WHERE key = ?1 AND (expires IS NULL OR expires > ?2)",
            )
            .and_then(|mut s| {
                s.query_row(params![key, now() as i64], |r| {
                    Ok(Cached {
                        content: r.get(0)?,
                        model: r.get(1)?,
                        usage: Usage {
                            prompt_tokens: r.get(2)?,
                            completion_tokens: r.get(3)?,
                        },
                    })
                })
                .optional()
            })
            .map_err(|e| self.err(e))?;
        Ok(found)
    }

    /// Write entries and count hits in one transaction (an entry replaces an older one under
    /// the same key). Counting hits here keeps the hit path a read.
    pub fn put(&self, entries: &[Pending], hits: &[String]) -> Result<(), CacheError> {
        self.put_with(entries, hits, None)
    }

    /// [`Cache::put`] with the ledger row of the paid reply in the same transaction: a crash
    /// leaves both or neither, so a reply recorded as paid is always answered from the cache.
    pub fn put_with(
        &self,
        entries: &[Pending],
        hits: &[String],
        paid: Option<&super::ledger::Entry>,
    ) -> Result<(), CacheError> {
        let mut conn = self.conn()?;
        let tx = conn.transaction().map_err(|e| self.err(e))?;
        for key in hits {
            tx.execute("UPDATE cache SET hits = hits + 1 WHERE key = ?1", [key])
                .map_err(|e| self.err(e))?;
        }
        let created = now();
        for e in entries {
            let inputs = serde_json::to_string(&e.fingerprint.inputs).map_err(|x| self.err(x))?;
            tx.execute(
                "INSERT INTO cache (key, prompt, created, expires, inputs, content, model, prompt_tokens, completion_tokens)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                 ON CONFLICT (key) DO UPDATE SET prompt = excluded.prompt, created = excluded.created,
                   expires = excluded.expires, inputs = excluded.inputs, content = excluded.content,
                   model = excluded.model, prompt_tokens = excluded.prompt_tokens,
                   completion_tokens = excluded.completion_tokens, hits = 0",
                params![
                    e.fingerprint.key,
                    e.prompt,
                    created as i64,
                    e.ttl_secs.map(|t| (created + t) as i64),
                    inputs,
                    e.reply.content,
                    e.reply.model,
                    e.reply.usage.prompt_tokens,
                    e.reply.usage.completion_tokens,
                ],
            )
            .map_err(|x| self.err(x))?;
        }
        if let Some(row) = paid {
            super::ledger::insert(&tx, row).map_err(|e| self.err(e))?;
        }
        tx.commit().map_err(|e| self.err(e))
    }

    /// Remove the entries under `keys` (the replies of a request that ended blocked).
    pub fn forget(&self, keys: &[String]) -> Result<(), CacheError> {
        if keys.is_empty() {
            return Ok(());
        }
        let mut conn = self.conn()?;
        let tx = conn.transaction().map_err(|e| self.err(e))?;
        for key in keys {
            tx.execute("DELETE FROM cache WHERE key = ?1", [key])
                .map_err(|e| self.err(e))?;
        }
        tx.commit().map_err(|e| self.err(e))
    }

    /// Counts, overall and per prompt.
    pub fn stats(&self) -> Result<Stats, CacheError> {
        let conn = self.conn()?;
        let t = now() as i64;
        let (entries, expired, hits, tokens_saved, bytes) = conn
            .query_row(
                "SELECT count(*),
                        coalesce(sum(expires IS NOT NULL AND expires <= ?1), 0),
                        coalesce(sum(hits), 0),
                        coalesce(sum(hits * (prompt_tokens + completion_tokens)), 0),
                        coalesce(sum(length(content) + length(inputs)), 0)
                 FROM cache",
                [t],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .map_err(|e| self.err(e))?;
        let mut stmt = conn
            .prepare(
                "SELECT prompt, count(*), coalesce(sum(hits), 0) FROM cache GROUP BY prompt ORDER BY prompt",
            )
            .map_err(|e| self.err(e))?;
        let by_prompt = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .and_then(Iterator::collect)
            .map_err(|e| self.err(e))?;
        Ok(Stats {
            entries,
            expired,
            hits,
            tokens_saved,
            bytes,
            by_prompt,
        })
    }

    /// Remove entries: all, or those of one prompt (`id` or `id@version`), or only expired
    /// ones. How many went.
    pub fn clear(&self, prompt: Option<&str>, expired_only: bool) -> Result<usize, CacheError> {
        let conn = self.conn()?;
        conn.execute(
            "DELETE FROM cache WHERE (?1 IS NULL OR prompt = ?1 OR prompt LIKE ?1 || '@%')
               AND (?2 = 0 OR (expires IS NOT NULL AND expires <= ?3))",
            params![prompt, expired_only, now() as i64],
        )
        .map_err(|e| self.err(e))
    }

    /// The entry whose key starts with `prefix` (at least 8 hex digits); an error when the
    /// prefix is ambiguous.
    pub fn explain(&self, prefix: &str) -> Result<Option<Explained>, CacheError> {
        if prefix.len() < 8 || !prefix.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(self.err(format!(
                "'{prefix}' is not a fingerprint: give at least 8 of its hex digits"
            )));
        }
        let conn = self.conn()?;
        let mut stmt = conn
            .prepare(
                "SELECT key, prompt, created, expires, hits, inputs, model, content FROM cache
                 WHERE key LIKE ?1 || '%' LIMIT 2",
            )
            .map_err(|e| self.err(e))?;
        let rows: Vec<(Explained, String)> = stmt
            .query_map([prefix.to_ascii_lowercase()], |r| {
                Ok((
                    Explained {
                        key: r.get(0)?,
                        prompt: r.get(1)?,
                        created: r.get::<_, i64>(2)? as u64,
                        expires: r.get::<_, Option<i64>>(3)?.map(|e| e as u64),
                        hits: r.get::<_, i64>(4)? as u64,
                        inputs: Vec::new(),
                        model: r.get(6)?,
                        content: r.get(7)?,
                    },
                    r.get::<_, String>(5)?,
                ))
            })
            .and_then(Iterator::collect)
            .map_err(|e| self.err(e))?;
        match rows.len() {
            0 => Ok(None),
            1 => {
                let mut rows = rows;
                let (mut e, inputs) = rows.remove(0);
                e.inputs = serde_json::from_str(&inputs).map_err(|x| self.err(x))?;
                Ok(Some(e))
            }
            _ => Err(self.err(format!(
                "fingerprint prefix {prefix} matches several entries; give more digits"
            ))),
        }
    }
}

impl From<&ChatResponse> for Cached {
    fn from(r: &ChatResponse) -> Self {
        Self {
            content: r.content.clone(),
            model: r.model.clone(),
            usage: r.usage,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn canonical_json_sorts_keys_at_every_level() {
        let a = json!({"b": 1, "a": {"y": [1, {"d": 1, "c": 2}], "x": null}});
        let b = json!({"a": {"x": null, "y": [1, {"c": 2, "d": 1}]}, "b": 1});
        assert_eq!(canonical(&a), canonical(&b));
        assert_eq!(
            canonical(&a),
            r#"{"a":{"x":null,"y":[1,{"c":2,"d":1}]},"b":1}"#
        );
    }

    #[test]
    fn canonical_json_escapes_as_serde_json_does() {
        // keys written before this encoder existed must stay the same
        let v =
            json!({"t": "Größe \"M\" — 28.000 mm\n\u{1}\t😀", "n": [1.5, -2, 1e30, true, null]});
        let sorted = json!({"n": v["n"], "t": v["t"]});
        assert_eq!(canonical(&v), sorted.to_string());
    }

    #[test]
    fn every_input_changes_the_key_and_names_do_not_run_together() {
        let base = Fingerprint::new(&[("a", json!("x")), ("b", json!("y"))]);
        assert_eq!(
            base,
            Fingerprint::new(&[("a", json!("x")), ("b", json!("y"))])
        );
        assert_ne!(
            base.key,
            Fingerprint::new(&[("a", json!("x")), ("b", json!("z"))]).key
        );
        assert_ne!(
            base.key,
            Fingerprint::new(&[("ab", json!("x")), ("", json!("y"))]).key
        );
        assert_eq!(base.inputs[1], ("b".to_string(), "\"y\"".to_string()));
    }

    #[test]
    fn entries_round_trip_expire_and_explain() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::open(&dir.path().join("state.db")).unwrap();
        let fp = Fingerprint::new(&[("prompt", json!("ads@1"))]);
        let reply = Cached {
            content: "{}".into(),
            model: "m".into(),
            usage: Usage {
                prompt_tokens: 10,
                completion_tokens: 5,
            },
        };
        assert_eq!(cache.get(&fp.key).unwrap(), None);
        let pending = |ttl| Pending {
            fingerprint: fp.clone(),
            prompt: "ads@1".into(),
            reply: reply.clone(),
            ttl_secs: ttl,
        };
        cache.put(&[pending(None)], &[]).unwrap();
        assert_eq!(cache.get(&fp.key).unwrap(), Some(reply.clone()));
        cache.put(&[], std::slice::from_ref(&fp.key)).unwrap();
        let stats = cache.stats().unwrap();
        assert_eq!((stats.entries, stats.hits, stats.tokens_saved), (1, 1, 15));
        let e = cache.explain(&fp.key[..10]).unwrap().unwrap();
        assert_eq!(e.inputs, fp.inputs);
        assert!(cache.explain("xyz").is_err());
        // a TTL of 0 is expired at once
        cache.put(&[pending(Some(0))], &[]).unwrap();
        assert_eq!(cache.get(&fp.key).unwrap(), None);
        assert_eq!(cache.stats().unwrap().expired, 1);
        assert_eq!(cache.clear(Some("ads"), true).unwrap(), 1);
        assert_eq!(cache.stats().unwrap().entries, 0);
    }
}
