//! The output and dead-letter files of a batch run.
//!
//! Exactly once, by construction: a row's checkpoint (holding its output record) commits
//! before its line is appended, and every start of a run rewrites both files from the
//! checkpoints (to a temporary file, fsynced, renamed over the old one) before appending new
//! rows. A crash can leave a half line or miss the last rows' lines; the next start replaces
//! the file with exactly the checkpointed rows, once each, in feed order.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::checkpoint::{Checkpoints, RowState};
use crate::state::DbError;

/// How output records are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutFormat {
    /// One JSON object per row, with its provenance.
    Jsonl,
    /// A Merchant Center supplemental feed.
    Csv,
}

crate::keywords!(OutFormat {
    Jsonl = "jsonl",
    Csv = "csv",
});

/// What the CSV supplemental feed holds.
#[derive(Debug, Clone)]
pub struct CsvShape {
    /// Needs-review rows too (default: accepted rows only).
    pub include_review: bool,
    /// `title` / `description` instead of `structured_title` / `structured_description`.
    pub plain: bool,
    /// The prompt's other output fields and how many columns each takes (a list takes one
    /// column per item, repeated under its name as Merchant Center reads multiple values).
    pub extra: Vec<(String, usize)>,
}

/// Merchant Center's digital source type for generated text.
pub const AI_SOURCE: &str = "trained_algorithmic_media";

impl CsvShape {
    fn header(&self) -> String {
        let (t, d) = if self.plain {
            ("title", "description")
        } else {
            ("structured_title", "structured_description")
        };
        let mut cols = vec!["id".to_string(), t.to_string(), d.to_string()];
        for (name, n) in &self.extra {
            cols.extend(std::iter::repeat_n(name.clone(), *n));
        }
        cols.iter()
            .map(|c| csv_field(c))
            .collect::<Vec<_>>()
            .join(",")
    }

    /// The CSV line of a record, or `None` when the record does not belong in the feed.
    fn row(&self, record: &Value) -> Option<String> {
        let outcome = record.get("outcome")?.as_str()?;
        let wanted = outcome == "accepted" || (self.include_review && outcome == "needs-review");
        if !wanted {
            return None;
        }
        let output = record.get("output")?;
        let text = |k: &str| output.get(k).and_then(Value::as_str).unwrap_or("");
        let generated = |s: &str| {
            if self.plain || s.is_empty() {
                s.to_string()
            } else {
                // Merchant Center's text form of a structured attribute: type:"content"
                format!("{AI_SOURCE}:\"{}\"", s.replace('"', "'"))
            }
        };
        let mut cols = vec![
            record
                .get("id")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string(),
            generated(text("title")),
            generated(text("description")),
        ];
        for (name, n) in &self.extra {
            let v = output.get(name);
            let items: Vec<String> = match v {
                Some(Value::Array(a)) => a.iter().map(plain).collect(),
                Some(v) => vec![plain(v)],
                None => Vec::new(),
            };
            for i in 0..*n {
                cols.push(items.get(i).cloned().unwrap_or_default());
            }
        }
        Some(
            cols.iter()
                .map(|c| csv_field(c))
                .collect::<Vec<_>>()
                .join(","),
        )
    }
}

fn plain(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A CSV field, quoted when it must be (RFC 4180).
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// One of a run's files (or stdout), rewritten from the checkpoints when opened.
pub struct Sink {
    writer: BufWriter<Box<dyn Write + Send>>,
    file: Option<File>,
    csv: Option<CsvShape>,
    unsynced: usize,
}

impl std::fmt::Debug for Sink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sink").field("csv", &self.csv).finish()
    }
}

/// Why a run's files could not be written.
#[derive(Debug, thiserror::Error)]
pub enum SinkError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error(transparent)]
    Db(#[from] DbError),
}

impl Sink {
    /// The file at `path` (stdout when `None`) holding every checkpointed record of `run` in
    /// `states`, ready for more.
    pub fn open(
        path: Option<&Path>,
        csv: Option<CsvShape>,
        checkpoints: &Checkpoints,
        run: &str,
        states: &[RowState],
    ) -> Result<Self, SinkError> {
        let shown = path.map_or_else(|| "stdout".to_string(), |p| p.display().to_string());
        let io = |source: std::io::Error| SinkError::Io {
            path: shown.clone(),
            source,
        };
        let (writer, file): (Box<dyn Write + Send>, Option<File>) = match path {
            Some(p) => {
                let tmp = tmp_path(p);
                let f = File::create(&tmp).map_err(io)?;
                let handle = f.try_clone().map_err(io)?;
                (Box::new(f), Some(handle))
            }
            None => (Box::new(std::io::stdout()), None),
        };
        let mut sink = Sink {
            writer: BufWriter::with_capacity(1 << 16, writer),
            file: None,
            csv,
            unsynced: 0,
        };
        if let Some(shape) = &sink.csv {
            let header = shape.header();
            writeln!(sink.writer, "{header}").map_err(io)?;
        }
        checkpoints
            .each_record(run, states, &mut |line| sink.write_line(line))?
            .map_err(io)?;
        sink.writer.flush().map_err(io)?;
        if let (Some(p), Some(f)) = (path, file) {
            f.sync_all().map_err(io)?;
            std::fs::rename(tmp_path(p), p).map_err(io)?;
            let appending = std::fs::OpenOptions::new()
                .append(true)
                .open(p)
                .map_err(io)?;
            sink.file = Some(appending.try_clone().map_err(io)?);
            sink.writer = BufWriter::with_capacity(1 << 16, Box::new(appending));
        }
        Ok(sink)
    }

    /// Append one record (a JSON line): as it is, or as its CSV row when it belongs in the
    /// feed.
    pub fn write_line(&mut self, record: &str) -> std::io::Result<()> {
        match &self.csv {
            None => {
                self.writer.write_all(record.as_bytes())?;
                self.writer.write_all(b"\n")?;
            }
            Some(shape) => {
                let value: Value = serde_json::from_str(record).map_err(std::io::Error::other)?;
                if let Some(row) = shape.row(&value) {
                    self.writer.write_all(row.as_bytes())?;
                    self.writer.write_all(b"\n")?;
                }
            }
        }
        self.unsynced += 1;
        Ok(())
    }

    /// Flush what was written and, for a file, make it durable.
    pub fn sync(&mut self) -> std::io::Result<()> {
        self.writer.flush()?;
        if let Some(f) = &self.file {
            f.sync_data()?;
        }
        self.unsynced = 0;
        Ok(())
    }

    /// Lines written since the last sync.
    pub fn unsynced(&self) -> usize {
        self.unsynced
    }
}

fn tmp_path(p: &Path) -> PathBuf {
    let mut name = p.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".tmp");
    p.with_file_name(name)
}
