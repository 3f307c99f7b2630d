//! Feed readers: CSV/TSV (RFC 4180 with a header row), JSON Lines and Merchant Center XML
//! (RSS 2.0 with the `g:` namespace), each streamed record by record from a file or stdin.
//!
//! A record that cannot be read is an error for its line, and reading goes on with the next
//! one: an unclosed quote or a wrong field count in CSV never swallows the rest of the file
//! (the reader takes the record's first line as the broken one and starts again on the line
//! after it), invalid UTF-8 spoils only its line.

use std::collections::VecDeque;
use std::io::{BufRead, Read};
use std::path::Path;

use serde_json::{Map, Value};

/// The formats a feed can have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Tsv,
    Jsonl,
    Xml,
}

crate::keywords!(Format {
    Csv = "csv",
    Tsv = "tsv",
    Jsonl = "jsonl",
    Xml = "xml",
});

impl Format {
    /// The format a file name implies.
    pub fn from_path(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "csv" => Some(Format::Csv),
            "tsv" | "tab" | "txt" => Some(Format::Tsv),
            "jsonl" | "ndjson" | "json" => Some(Format::Jsonl),
            "xml" | "rss" => Some(Format::Xml),
            _ => None,
        }
    }
}

/// One record of a feed, or why its line could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// The 1-based line the record starts on.
    pub line: u64,
    pub fields: Result<Map<String, Value>, String>,
}

/// Records of `input` in `format`, one at a time.
pub fn records(
    input: Box<dyn BufRead + Send>,
    format: Format,
) -> Box<dyn Iterator<Item = Record> + Send> {
    match format {
        Format::Csv => Box::new(Delimited::new(input, b',')),
        Format::Tsv => Box::new(Delimited::new(input, b'\t')),
        Format::Jsonl => Box::new(JsonLines { input, line: 0 }),
        Format::Xml => Box::new(Xml::new(input)),
    }
}

/// Lines as bytes, with their numbers, and a way to read lines again after a broken record.
struct Lines {
    input: Box<dyn BufRead + Send>,
    line: u64,
    again: VecDeque<(u64, Vec<u8>)>,
}

impl Lines {
    fn next(&mut self) -> Option<(u64, Result<Vec<u8>, String>)> {
        if let Some((n, l)) = self.again.pop_front() {
            return Some((n, Ok(l)));
        }
        let mut buf = Vec::new();
        match self.input.read_until(b'\n', &mut buf) {
            Ok(0) => None,
            Ok(_) => {
                self.line += 1;
                while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
                    buf.pop();
                }
                Some((self.line, Ok(buf)))
            }
            Err(e) => {
                self.line += 1;
                Some((self.line, Err(format!("cannot read the feed: {e}"))))
            }
        }
    }
}

/// A record may span this many lines (a quoted field with line breaks) before the reader
/// takes its quote as unclosed.
const MAX_RECORD_LINES: usize = 64;

/// RFC 4180 records with a header row.
struct Delimited {
    lines: Lines,
    delimiter: u8,
    header: Option<Vec<String>>,
    done: bool,
}

impl Delimited {
    fn new(input: Box<dyn BufRead + Send>, delimiter: u8) -> Self {
        Self {
            lines: Lines {
                input,
                line: 0,
                again: VecDeque::new(),
            },
            delimiter,
            header: None,
            done: false,
        }
    }

    /// The next physical record: its first line number and its fields, or an error for that
    /// line (the lines after it are read again).
    fn next_fields(&mut self) -> Option<(u64, Result<Vec<String>, String>)> {
        let (first, line) = self.lines.next()?;
        let line = match line {
            Ok(l) => l,
            Err(e) => return Some((first, Err(e))),
        };
        let mut taken = vec![(first, line)];
        loop {
            let joined: Vec<u8> = taken
                .iter()
                .map(|(_, l)| l.as_slice())
                .collect::<Vec<_>>()
                .join(&b'\n');
            match split(&joined, self.delimiter) {
                Split::Done(fields) => {
                    let text: Result<Vec<String>, _> =
                        fields.into_iter().map(String::from_utf8).collect();
                    return Some(match text {
                        Ok(f) => (first, Ok(f)),
                        Err(_) => {
                            self.retry(taken);
                            (first, Err("invalid UTF-8".into()))
                        }
                    });
                }
                Split::Open if taken.len() < MAX_RECORD_LINES => match self.lines.next() {
                    Some((n, Ok(l))) => taken.push((n, l)),
                    Some((n, Err(e))) => {
                        self.retry(taken);
                        self.lines.again.push_back((n, Vec::new()));
                        return Some((first, Err(e)));
                    }
                    None => {
                        self.retry(taken);
                        return Some((first, Err("unclosed quote".into())));
                    }
                },
                Split::Open => {
                    self.retry(taken);
                    return Some((first, Err("unclosed quote".into())));
                }
                Split::Stray(at) => {
                    self.retry(taken);
                    return Some((
                        first,
                        Err(format!("a quote inside an unquoted field (byte {at})")),
                    ));
                }
            }
        }
    }

    /// The lines after the first of a broken record are read again.
    fn retry(&mut self, mut taken: Vec<(u64, Vec<u8>)>) {
        for l in taken.drain(1..).rev() {
            self.lines.again.push_front(l);
        }
    }
}

enum Split {
    Done(Vec<Vec<u8>>),
    /// Ends inside a quoted field.
    Open,
    /// A quote in the middle of an unquoted field, at this byte.
    Stray(usize),
}

/// The fields of one record (RFC 4180: `""` is a quote inside a quoted field).
fn split(line: &[u8], delimiter: u8) -> Split {
    let mut fields = Vec::new();
    let mut field = Vec::new();
    let mut i = 0;
    let mut quoted = false;
    let mut at_start = true;
    while i < line.len() {
        let b = line[i];
        if quoted {
            if b == b'"' {
                if line.get(i + 1) == Some(&b'"') {
                    field.push(b'"');
                    i += 1;
                } else {
                    quoted = false;
                }
            } else {
                field.push(b);
            }
        } else if b == delimiter {
            fields.push(std::mem::take(&mut field));
            at_start = true;
            i += 1;
            continue;
        } else if b == b'"' {
            if !at_start {
                return Split::Stray(i);
            }
            quoted = true;
        } else {
            field.push(b);
        }
        at_start = false;
        i += 1;
    }
    if quoted {
        return Split::Open;
    }
    fields.push(field);
    Split::Done(fields)
}

impl Iterator for Delimited {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        if self.done {
            return None;
        }
        loop {
            let (line, fields) = self.next_fields()?;
            // blank lines are not records
            if matches!(&fields, Ok(f) if f.len() == 1 && f[0].trim().is_empty()) {
                continue;
            }
            let Some(header) = &self.header else {
                match fields {
                    Ok(f) => {
                        self.header = Some(
                            f.into_iter()
                                .map(|h| h.trim().trim_start_matches('\u{feff}').to_string())
                                .collect(),
                        );
                        continue;
                    }
                    Err(e) => {
                        self.done = true;
                        return Some(Record {
                            line,
                            fields: Err(format!("unreadable header row: {e}")),
                        });
                    }
                }
            };
            let fields = fields.and_then(|f| {
                if f.len() != header.len() {
                    return Err(format!(
                        "wrong field count: {} fields, the header has {}",
                        f.len(),
                        header.len()
                    ));
                }
                Ok(header
                    .iter()
                    .cloned()
                    .zip(f.into_iter().map(Value::String))
                    .collect())
            });
            return Some(Record { line, fields });
        }
    }
}

/// One JSON object per line.
struct JsonLines {
    input: Box<dyn BufRead + Send>,
    line: u64,
}

impl Iterator for JsonLines {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        loop {
            let mut buf = Vec::new();
            let read = self.input.read_until(b'\n', &mut buf);
            self.line += 1;
            let line = self.line;
            let fields = match read {
                Ok(0) => return None,
                Err(e) => Err(format!("cannot read the feed: {e}")),
                Ok(_) => match std::str::from_utf8(&buf) {
                    Err(_) => Err("invalid UTF-8".to_string()),
                    Ok(text) if text.trim().is_empty() => continue,
                    Ok(text) => match serde_json::from_str::<Value>(text) {
                        Ok(Value::Object(m)) => Ok(m),
                        Ok(_) => Err("not a JSON object".to_string()),
                        Err(e) => Err(format!("invalid JSON: {e}")),
                    },
                },
            };
            return Some(Record { line, fields });
        }
    }
}

/// Counts the lines of what passes through, so an XML event's byte offset becomes a line.
struct Counting {
    input: Box<dyn BufRead + Send>,
    offset: u64,
    /// Offsets of newlines not yet passed by [`Counting::line_at`].
    newlines: VecDeque<u64>,
    passed: u64,
}

impl Read for Counting {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.input.read(buf)?;
        for (i, b) in buf[..n].iter().enumerate() {
            if *b == b'\n' {
                self.newlines.push_back(self.offset + i as u64);
            }
        }
        self.offset += n as u64;
        Ok(n)
    }
}

impl Counting {
    /// The 1-based line of byte `pos` (positions asked for only grow).
    fn line_at(&mut self, pos: u64) -> u64 {
        while self.newlines.front().is_some_and(|&n| n < pos) {
            self.newlines.pop_front();
            self.passed += 1;
        }
        self.passed + 1
    }
}

/// `<item>` elements of an RSS 2.0 feed; each child's text under its name without the `g:`
/// prefix. An XML error ends the feed (reported on its line): XML cannot be resynchronised
/// the way lines can.
struct Xml {
    reader: quick_xml::Reader<std::io::BufReader<Counting>>,
    buf: Vec<u8>,
    done: bool,
}

impl Xml {
    fn new(input: Box<dyn BufRead + Send>) -> Self {
        let counting = Counting {
            input,
            offset: 0,
            newlines: VecDeque::new(),
            passed: 0,
        };
        let reader = quick_xml::Reader::from_reader(std::io::BufReader::new(counting));
        Self {
            reader,
            buf: Vec::new(),
            done: false,
        }
    }

    fn line(&mut self) -> u64 {
        let pos = self.reader.buffer_position();
        self.reader.get_mut().get_mut().line_at(pos)
    }
}

fn local_name(name: &[u8]) -> String {
    let name = String::from_utf8_lossy(name);
    match name.split_once(':') {
        Some((_, local)) => local.to_string(),
        None => name.into_owned(),
    }
}

impl Iterator for Xml {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        use quick_xml::events::Event;
        if self.done {
            return None;
        }
        let mut item: Option<(u64, Map<String, Value>)> = None;
        let mut current: Option<String> = None;
        let mut text = String::new();
        loop {
            self.buf.clear();
            let event = self.reader.read_event_into(&mut self.buf);
            match event {
                Err(e) => {
                    self.done = true;
                    let line = self.line();
                    return Some(Record {
                        line,
                        fields: Err(format!("invalid XML: {e}")),
                    });
                }
                Ok(Event::Eof) => {
                    self.done = true;
                    return item.map(|(line, _)| Record {
                        line,
                        fields: Err("the feed ends inside an <item>".into()),
                    });
                }
                Ok(Event::Start(e)) => {
                    let name = local_name(e.name().as_ref());
                    if name == "item" && item.is_none() {
                        let line = self.line();
                        item = Some((line, Map::new()));
                    } else if item.is_some() && current.is_none() {
                        current = Some(name);
                        text.clear();
                    }
                }
                Ok(Event::Text(t)) if current.is_some() => match t.decode() {
                    Ok(s) => match quick_xml::escape::unescape(&s) {
                        Ok(u) => text.push_str(&u),
                        Err(_) => text.push_str(&s),
                    },
                    Err(e) => text.push_str(&format!("\u{fffd}{e}")),
                },
                Ok(Event::CData(t)) if current.is_some() => {
                    text.push_str(&String::from_utf8_lossy(&t));
                }
                Ok(Event::GeneralRef(r)) if current.is_some() => {
                    let name = String::from_utf8_lossy(&r);
                    let entity = format!("&{name};");
                    match quick_xml::escape::unescape(&entity) {
                        Ok(u) => text.push_str(&u),
                        Err(_) => text.push_str(&entity),
                    }
                }
                Ok(Event::End(e)) => {
                    let name = local_name(e.name().as_ref());
                    if name == "item" {
                        if let Some((line, fields)) = item.take() {
                            return Some(Record {
                                line,
                                fields: Ok(fields),
                            });
                        }
                    } else if current.as_deref() == Some(name.as_str()) {
                        if let Some((_, fields)) = &mut item {
                            fields.insert(name, Value::String(text.trim().to_string()));
                            text.clear();
                        }
                        current = None;
                    }
                }
                Ok(_) => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str, format: Format) -> Vec<Record> {
        records(
            Box::new(std::io::Cursor::new(text.as_bytes().to_vec())),
            format,
        )
        .collect()
    }

    #[test]
    fn csv_quotes_line_breaks_and_doubled_quotes() {
        let r = read(
            "id,title\n1,\"Jacke, \"\"rot\"\"\"\n2,\"zwei\nZeilen\"\n3,plain\n",
            Format::Csv,
        );
        assert_eq!(r.len(), 3);
        assert_eq!(r[0].fields.as_ref().unwrap()["title"], "Jacke, \"rot\"");
        assert_eq!(r[1].fields.as_ref().unwrap()["title"], "zwei\nZeilen");
        assert_eq!((r[1].line, r[2].line), (3, 5));
    }

    #[test]
    fn an_unclosed_quote_spoils_its_line_only() {
        let r = read("id,title\n1,\"open\n2,fine\n3,also fine\n", Format::Csv);
        let lines: Vec<(u64, bool)> = r.iter().map(|r| (r.line, r.fields.is_ok())).collect();
        assert_eq!(lines, vec![(2, false), (3, true), (4, true)]);
        assert_eq!(r[0].fields.as_ref().unwrap_err(), "unclosed quote");
    }

    #[test]
    fn wrong_field_counts_and_bad_utf8_are_errors_of_their_line() {
        let mut bytes = b"id\ttitle\n1\ta\tb\n".to_vec();
        bytes.extend_from_slice(b"2\t\xff\xfe\n3\tok\n");
        let r: Vec<Record> = records(Box::new(std::io::Cursor::new(bytes)), Format::Tsv).collect();
        assert!(
            r[0].fields
                .as_ref()
                .unwrap_err()
                .contains("wrong field count")
        );
        assert_eq!(r[1].fields.as_ref().unwrap_err(), "invalid UTF-8");
        assert_eq!(r[2].line, 4);
        assert_eq!(r[2].fields.as_ref().unwrap()["title"], "ok");
    }

    #[test]
    fn xml_items_with_the_g_namespace() {
        let xml = "<?xml version=\"1.0\"?>\n<rss xmlns:g=\"http://base.google.com/ns/1.0\" version=\"2.0\">\n<channel>\n<title>t</title>\n<item>\n<g:id>A1</g:id>\n<title>Jacke &amp; Hose</title>\n</item>\n<item>\n<g:id>A2</g:id>\n<g:brand><![CDATA[Talgrat]]></g:brand>\n</item>\n</channel></rss>\n";
        let r = read(xml, Format::Xml);
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].line, 5);
        assert_eq!(r[0].fields.as_ref().unwrap()["title"], "Jacke & Hose");
        assert_eq!(r[1].fields.as_ref().unwrap()["brand"], "Talgrat");
        assert_eq!(r[1].line, 9);
    }

    #[test]
    fn jsonl_reports_bad_lines_and_goes_on() {
        let r = read(
            "{\"id\":\"1\"}\n{broken\n\n[1]\n{\"id\":\"2\"}\n",
            Format::Jsonl,
        );
        let lines: Vec<(u64, bool)> = r.iter().map(|r| (r.line, r.fields.is_ok())).collect();
        assert_eq!(lines, vec![(1, true), (2, false), (4, false), (5, true)]);
    }
}
