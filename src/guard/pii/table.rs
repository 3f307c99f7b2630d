//! PERSON in tables and cards: the cells of a column whose header names people (`first_name`,
//! `Nachname`, `contact_name`, `Kunde`) in CSV, TSV, semicolon and pipe exports, and the `N` and
//! `FN` fields of a vCard. The column says what a cell is, so a surname that is also a word
//! ("Weber", "Baker") is found there too. A table without a header (an export pasted without
//! its first line) has its name columns found by vote: a column where most cells hold a sure
//! name (a given name or surname that is no word) holds people in its other cells too.

use super::names::{COMPANY_FORMS, name_words, sure_name};
use super::{Entity, Match};

/// Header cells of columns that may hold a product, a team or a login as well as a person:
/// their cells must read as names.
const AMBIGUOUS: &[&str] = &[
    "name",
    "naam",
    "nom",
    "nome",
    "nombre",
    "full name",
    // a login, a team or a handle as often as a person
    "user",
    "owner",
    "author",
    "wer",
    "who",
    "reviewer",
    // the staff member who handled a case, or a bot
    "agent",
    "bearbeiter",
    "bearbeiterin",
    "sachbearbeiter",
    "sachbearbeiterin",
    "handled by",
    // "First;Last;Street": the word alone heads other columns too ("first seen")
    "first",
    "last",
];

/// Header cells (lower case, `_` and `-` read as spaces) of columns that hold people only
/// (beside [`AMBIGUOUS`] ones).
const NAME_COLUMNS: &[&str] = &[
    "fullname",
    "first name",
    "firstname",
    "given name",
    "given",
    "forename",
    "vorname",
    "last name",
    "lastname",
    "surname",
    "family name",
    "nachname",
    "familienname",
    "contact",
    "contact name",
    "contact person",
    "kontakt",
    "kontaktperson",
    "ansprechpartner",
    "ansprechpartnerin",
    "customer",
    "customer name",
    "kunde",
    "kundin",
    "kundenname",
    "person",
    "participant",
    "teilnehmer",
    "teilnehmerin",
    "guest",
    "gast",
    "attendee",
    "employee",
    "mitarbeiter",
    "mitarbeiterin",
    "recipient",
    "empfänger",
    "account holder",
    "kontoinhaber",
    "inhaber",
    "cardholder",
    "karteninhaber",
    "buyer",
    "käufer",
    "prénom",
    "prenom",
    "cognome",
    "apellido",
    "apellidos",
    "voornaam",
    "achternaam",
    // logs, rosters and trackers
    "assignee",
    "reported by",
    "invited by",
    "driver",
    "fahrer",
    "fahrerin",
    "student",
    "schüler",
    "schülerin",
    "print name",
    "kontaktname",
];

/// Words before a name column's header that say whose name it is ("billing_first_name",
/// "review_author", "guest name"); such a column is read like an ambiguous one.
const WHOSE: &[&str] = &[
    "billing",
    "shipping",
    "delivery",
    "invoice",
    "customer",
    "buyer",
    "recipient",
    "sender",
    "contact",
    "review",
    "guest",
    "member",
    "parent",
    "emergency",
    "employee",
    "staff",
    "driver",
    "patient",
    "participant",
    "attendee",
    "applicant",
    "account",
];

/// Titles that may fill a cell of their own next to the name ("Mr", "Frau").
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "prof", "herr", "frau", "mx", "sir", "madame", "monsieur",
];

const SEPARATORS: [char; 5] = ['\t', ';', '|', ',', '&'];

/// Header cells of columns that hold street addresses (street and number in one cell).
const STREET_COLUMNS: &[&str] = &[
    "street",
    "street address",
    "address",
    "address line 1",
    "address1",
    "addr",
    "straße",
    "strasse",
    "str",
    "straße und hausnummer",
    "strasse und hausnummer",
    "adresse",
    "anschrift",
    "rue",
    "adresse postale",
    "via",
    "indirizzo",
    "calle",
    "dirección",
    "straat",
    "adres",
];

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    /// People.
    Name,
    /// People or products, teams, logins: a cell must read as a name.
    Ambiguous,
    /// Street addresses.
    Street,
}

/// A table being read: its separator, its columns of people and streets (index, what it
/// holds) and how many cells a row has.
type Table = (char, Vec<(usize, Column)>, usize);

fn header_cell(cell: &str) -> String {
    let cell =
        cell.trim_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | ':' | '.'));
    // a plural or gender ending in brackets or after a slash: "Vorname(n)",
    // "Ansprechpartner(in)", "Fahrer/in"
    let cell = match cell
        .strip_suffix(')')
        .and_then(|c| c.rsplit_once('('))
        .or_else(|| cell.rsplit_once('/'))
    {
        Some((stem, ending)) if ending.len() <= 4 && ending.chars().all(char::is_alphabetic) => {
            stem.trim_end()
        }
        _ => cell,
    };
    cell.to_lowercase().replace(['_', '-'], " ")
}

/// The cells of a line with their byte offsets: split at `sep` outside double quotes, so a
/// quoted CSV field keeps its commas ("4661 Davis Crest, Apt 13").
fn cells(line: &str, sep: char) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let (mut start, mut quoted) = (0, false);
    for (i, c) in line.char_indices() {
        if c == '"' {
            quoted = !quoted;
        } else if c == sep && !quoted {
            out.push((start, &line[start..i]));
            start = i + c.len_utf8();
        }
    }
    out.push((start, &line[start..]));
    out
}

/// The separator and the columns of people and streets of a header line, if it is one.
fn header(line: &str) -> Option<(char, Vec<(usize, Column)>)> {
    let sep = separator(line)?;
    columns(&cells(line, sep)).map(|columns| (sep, columns))
}

/// The columns of people and streets of a line split into `cells`, if it is a header.
fn columns(cells: &[(usize, &str)]) -> Option<Vec<(usize, Column)>> {
    let of = |h: &str| {
        if AMBIGUOUS.contains(&h) {
            Some(Column::Ambiguous)
        } else if NAME_COLUMNS.contains(&h) {
            Some(Column::Name)
        } else {
            STREET_COLUMNS.contains(&h).then_some(Column::Street)
        }
    };
    let columns: Vec<(usize, Column)> = cells
        .iter()
        .enumerate()
        .map(|(i, (_, cell))| (i, header_cell(cell)))
        .filter_map(|(i, h)| {
            if let Some(column) = of(&h) {
                return Some((i, column));
            }
            // whose: "billing_first_name", "review_author", "shipping_street"
            let (whose, what) = h.split_once(' ')?;
            match of(what) {
                Some(Column::Street) if WHOSE.contains(&whose) => Some((i, Column::Street)),
                Some(_) if WHOSE.contains(&whose) => Some((i, Column::Ambiguous)),
                _ => None,
            }
        })
        .collect();
    (!columns.is_empty()).then_some(columns)
}

/// Whether a cell's text can be a person's name: letters, at most five words, no company.
fn name_cell(cell: &str) -> bool {
    let words: Vec<&str> = cell.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 5
        && cell.chars().any(char::is_alphabetic)
        && !cell
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '@' | '/' | '&'))
        && !words.iter().any(|w| {
            let w = w.trim_end_matches('.').to_lowercase();
            COMPANY_FORMS.contains(&w.as_str()) || TITLES.contains(&w.as_str())
        })
}

/// Every person in a table column or a vCard of `text`, in order.
pub fn detect(text: &str) -> Vec<Match> {
    read(text, false)
}

/// The cells of `text`'s columns whose header names people only (`Nachname`, `Kunde`; not a
/// `name` column, which may hold products, nor one judged by vote), in order.
pub(super) fn name_cells(text: &str) -> Vec<Match> {
    read(text, true)
}

/// The people (and streets) of `text`'s tables; of its columns of people only when
/// `names_only`.
fn read(text: &str, names_only: bool) -> Vec<Match> {
    let mut out = Vec::new();
    if !text.contains('\n') {
        if sql_insert(text) {
            sql_rows(text, 0, names_only, &mut out);
        }
        return out;
    }
    let mut table: Option<Table> = None;
    // the separator and cell count of the line before, when it split at a bar or a tab
    let mut row_before: Option<(char, usize)> = None;
    let mut offset = 0;
    let vcard = !names_only && text.contains("BEGIN:VCARD");
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let line = line.trim_end_matches(['\n', '\r']);
        if vcard {
            card_fields(line, start, &mut out);
        }
        if let Some((sep, columns, count)) = &table {
            let mut row = cells(line, *sep);
            // a separator at the row's end opens no cell: an SQL row's "…, '93057'),", a CSV
            // line written with a trailing comma
            if row.len() == count + 1 && row.last().is_some_and(|c| c.1.trim().is_empty()) {
                row.pop();
            }
            if row.len() == *count {
                push_row(row, columns, start, names_only, &mut out);
                continue;
            }
        }
        if sql_insert(line) {
            sql_rows(line, start, names_only, &mut out);
        }
        // a header opens a table: a line that goes on the rows of one is a row of it
        // ("| Field | Value |⏎|---|---|⏎| Customer | Benjamin Abiola |⏎| Email | …")
        // (a wiki table's header doubles its bars: "||Week||Name||Mobile||" over "|16|…|")
        let wiki = line.starts_with("||").then(|| line.replace("||", "|"));
        let line = wiki.as_deref().unwrap_or(line);
        let split = separator(line).map(|sep| (sep, cells(line, sep)));
        let this = split.as_ref().map(|(sep, row)| (*sep, row.len()));
        let continues = this.is_some_and(|r| matches!(r.0, '|' | '\t') && row_before == Some(r));
        row_before = this;
        table = split
            .filter(|_| !continues)
            .and_then(|(sep, row)| columns(&row).map(|columns| (sep, columns, row.len())));
    }
    if text.contains("  ") {
        fixed_width(text, names_only, &mut out);
    }
    if !names_only {
        headerless(text, &mut out);
    }
    out.sort_by_key(|m| (m.start, m.end));
    out.dedup_by_key(|m| (m.start, m.end));
    out
}

/// The people and streets of a table's row (cells with their offsets in the line at byte
/// `start`) by its `columns`; its people of columns of people only when `names_only`.
fn push_row(
    row: Vec<(usize, &str)>,
    columns: &[(usize, Column)],
    start: usize,
    names_only: bool,
    out: &mut Vec<Match>,
) {
    for (i, (at, cell)) in row.into_iter().enumerate() {
        match columns.iter().find(|c| c.0 == i).map(|c| c.1) {
            Some(Column::Name) => push_cell(cell, start + at, out),
            Some(Column::Ambiguous) if !names_only && name_words(value(cell)) => {
                push_cell(cell, start + at, out);
            }
            Some(Column::Street) if !names_only => push_street(cell, start + at, out),
            _ => {}
        }
    }
}

/// The people and streets of a fixed-width table (mainframe exports, carriers' manifests,
/// printed lists): a header of three or more column titles apart by two spaces or more, and
/// under it rows whose cells start where their titles do.
fn fixed_width(text: &str, names_only: bool, out: &mut Vec<Match>) {
    let lines = super::lines(text);
    let mut i = 0;
    while i < lines.len() {
        let header = lines[i].1;
        i += 1;
        let Some((starts, columns)) = fixed_header(header) else {
            continue;
        };
        // the rows under it, each cell opening after a space where its title does
        while let Some(&(start, line)) = lines.get(i) {
            let chars: Vec<(usize, char)> = line.char_indices().collect();
            let aligned = starts
                .iter()
                .skip(1)
                .all(|&c| chars.get(c - 1).is_some_and(|&(_, ch)| ch == ' ') || chars.len() < c);
            if line.trim().is_empty() || !aligned || chars.len() <= starts[1] {
                break;
            }
            let byte = |n: usize| chars.get(n).map_or(line.len(), |&(b, _)| b);
            let row: Vec<(usize, &str)> = starts
                .iter()
                .enumerate()
                .map(|(k, &c)| {
                    let (a, b) = (byte(c), starts.get(k + 1).map_or(line.len(), |&n| byte(n)));
                    (a, &line[a..b])
                })
                .collect();
            push_row(row, &columns, start, names_only, out);
            i += 1;
        }
    }
}

/// A fixed-width table's header: where its titles start (in characters) and its columns of
/// people and streets.
type FixedHeader = (Vec<usize>, Vec<(usize, Column)>);

/// A fixed-width table's header: where its titles start (in characters; three or more, apart
/// by two spaces or more) and its columns of people and streets, if it names any.
fn fixed_header(header: &str) -> Option<FixedHeader> {
    if !header.contains("  ") || separator(header).is_some() {
        return None;
    }
    let mut titles: Vec<(usize, &str)> = Vec::new();
    let mut starts: Vec<usize> = Vec::new();
    let mut gap = 2;
    let mut from = None;
    for (n, (b, c)) in header.char_indices().enumerate() {
        if c == ' ' {
            gap += 1;
            continue;
        }
        if gap >= 2 {
            if let Some(fb) = from {
                titles.push((fb, header[fb..b].trim_end()));
            }
            from = Some(b);
            starts.push(n);
        }
        gap = 0;
    }
    if let Some(fb) = from {
        titles.push((fb, header[fb..].trim_end()));
    }
    if titles.len() < 3 {
        return None;
    }
    columns(&titles).map(|columns| (starts, columns))
}

/// Whether a line opens an SQL `INSERT` statement.
fn sql_insert(line: &str) -> bool {
    line.get(..12)
        .is_some_and(|s| s.eq_ignore_ascii_case("insert into "))
}

/// The rows of an SQL statement written on one line (at byte `start`), as dumps and exports
/// write them: "INSERT INTO customers (id, first_name, last_name) VALUES (5, 'Fionnuala',
/// 'Fisher'), (6, …);". Its column list is the header; a value's commas and brackets inside
/// single quotes (`''` escapes one) are text.
fn sql_rows(line: &str, start: usize, names_only: bool, out: &mut Vec<Match>) {
    let Some(open) = line.find('(') else {
        return;
    };
    let Some(close) = line[open..].find(')').map(|i| open + i) else {
        return;
    };
    let header = cells(&line[open + 1..close], ',');
    let count = header.len();
    let Some(columns) = columns(&header) else {
        return;
    };
    let rest = &line[close + 1..];
    let Some(values) = rest
        .trim_start()
        .get(..6)
        .filter(|v| v.eq_ignore_ascii_case("values"))
        .map(|_| close + 1 + (rest.len() - rest.trim_start().len()) + 6)
    else {
        return;
    };
    let (mut row, mut cell, mut quoted, mut inside) = (Vec::new(), 0, false, false);
    let mut chars = line[values..].char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let i = values + i;
        match c {
            '\'' if quoted && chars.peek().is_some_and(|&(_, n)| n == '\'') => {
                chars.next();
            }
            '\'' if inside => quoted = !quoted,
            '(' if !quoted && !inside => {
                inside = true;
                row.clear();
                cell = i + 1;
            }
            ',' if inside && !quoted => {
                row.push((cell, &line[cell..i]));
                cell = i + 1;
            }
            ')' if inside && !quoted => {
                row.push((cell, &line[cell..i]));
                inside = false;
                if row.len() == count {
                    push_row(std::mem::take(&mut row), &columns, start, names_only, out);
                }
            }
            _ => {}
        }
    }
}

/// The byte ranges of the header lines of tables with a name or street column and three or
/// more columns (the line below splits alike): a header's cells name the columns, so a label
/// among them ("Date⇥Driver⇥From⇥To") has no value beside it.
pub(super) fn header_lines(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut offset = 0;
    let mut lines = text.split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
        let start = offset;
        offset += line.len();
        let line = line.trim_end_matches(['\n', '\r']);
        let Some(next) = lines.peek() else { break };
        let Some(sep) = separator(line) else {
            // a fixed-width table's titles ("STNO  SURNAME  SAL  FIRST NAME")
            if fixed_header(line).is_some() {
                out.push(start..start + line.len());
            }
            continue;
        };
        let row = cells(line, sep);
        if columns(&row).is_some() {
            // cells, not the bars around a Markdown row ("| Customer | Benjamin Abiola |");
            // no label with its value ("Surname, First name: ARSLAN, BELGIZAR")
            let named = row.iter().filter(|(_, c)| !c.trim().is_empty()).count();
            let next = cells(next.trim_end_matches(['\n', '\r']), sep);
            if named >= 3 && next.len() == row.len() && !row.iter().any(|(_, c)| c.contains(':')) {
                out.push(start..start + line.len());
            }
        }
    }
    out
}

/// The name columns of a headerless table: a run of at least [`MIN_ROWS`] lines that split into
/// the same number (two or more) of cells at the same separator, and whose first line is no
/// header. A column is a name column when at least half its cells, and two or more, hold a
/// sure name and every cell reads as a name.
fn headerless<'a>(text: &'a str, out: &mut Vec<Match>) {
    let lines = super::lines(text);
    // a line's cells at `sep`, at their offsets in the text
    let row = |(start, line): (usize, &'a str), sep: char| -> Vec<(usize, &'a str)> {
        cells(line, sep)
            .into_iter()
            .map(|(at, cell)| (start + at, cell))
            .collect()
    };
    let mut i = 0;
    while i < lines.len() {
        let Some(sep) = separator(lines[i].1) else {
            i += 1;
            continue;
        };
        let mut rows = vec![row(lines[i], sep)];
        let count = rows[0].len();
        let mut j = i + 1;
        if count >= 2 {
            while let Some(&line) = lines.get(j) {
                let next = row(line, sep);
                if next.len() != count {
                    break;
                }
                rows.push(next);
                j += 1;
            }
        }
        if rows.len() >= MIN_ROWS && header(lines[i].1).is_none() {
            // "Berger, Anna" lines are names in list form, not a comma-separated export
            let spaced = sep == ','
                && rows
                    .iter()
                    .any(|r| r[1..].iter().any(|c| c.1.starts_with(' ')));
            let column = |n: usize| rows.iter().map(move |r| r[n]);
            // cells that all end in the same word are places or things ("Saul Ville", "Joe Ville")
            let last = |c: &str| {
                let words = value(c).split_whitespace();
                (words.clone().count() > 1).then(|| words.last().map(str::to_lowercase))
            };
            let shared = |n: usize| {
                let first = last(rows[0][n].1);
                first.is_some() && column(n).all(|(_, c)| last(c) == first)
            };
            let names = |n: usize| {
                !shared(n) && column(n).all(|(_, c)| name_cell(value(c)) && name_words(value(c)))
            };
            let sure = |n: usize| {
                let sure = column(n).filter(|(_, c)| sure_name(value(c))).count();
                names(n) && sure >= 2 && sure * 2 >= rows.len()
            };
            let voted: Vec<usize> = (0..count).filter(|&n| !spaced && sure(n)).collect();
            // the column beside a name column holds the rest of the names when its cells read
            // as names, three in four at least (a surname may be a word: "Jacob | Gibson",
            // "Johnson | Stephanie", "Karl | Lara-Sophie")
            let mostly_names = |n: usize| {
                let named = column(n).filter(|(_, c)| name_words(value(c))).count();
                !shared(n)
                    && column(n).all(|(_, c)| name_cell(value(c)))
                    && named * 4 >= rows.len() * 3
            };
            for n in (0..count).filter(|&n| {
                voted.contains(&n)
                    || (!spaced && mostly_names(n) && voted.iter().any(|&v| v.abs_diff(n) == 1))
            }) {
                for (at, cell) in column(n) {
                    push_cell(cell, at, out);
                }
            }
        }
        i = j.max(i + 1);
    }
}

/// Lines a headerless table needs before its columns are judged by vote.
const MIN_ROWS: usize = 2;

/// The header cell (lower case, without quotes and spaces) of the column that the cell at byte
/// `start` stands in: the first line of the table around it (the lines above it with as many
/// cells, three or more, rules such as `|:--|` or `+----+` passed over), which may follow a
/// title; the cells before it on its row, split as the header is ([`separator`], [`cells`]).
pub(super) fn column_header(text: &str, start: usize) -> Option<String> {
    let row_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let row_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let line = &text[row_start..row_end];
    let sep = separator(line)?;
    let width = cells(line, sep).len();
    let rule = |l: &str| {
        !l.trim().is_empty()
            && l.trim()
                .chars()
                .all(|c| matches!(c, '|' | '+' | '-' | ':' | '='))
    };
    let first = if width < 3 {
        // a table of two columns has its header on the text's first line ("id;telefon")
        if row_start == 0 {
            return None;
        }
        text.lines().next()?
    } else {
        // the rows above have as many cells as this one
        text[..row_start]
            .lines()
            .rev()
            .take_while(|l| rule(l) || cells(l, sep).len() == width)
            .filter(|l| !rule(l))
            .last()?
    };
    let header = first.to_lowercase();
    let sep = separator(&header)?;
    let row = &text[row_start..start];
    let column = cells(row, sep).len() - 1;
    header.split(sep).nth(column).map(|h| {
        h.trim_matches(|c: char| c == '"' || c.is_whitespace())
            .to_string()
    })
}

/// The separator of a line that can be a table row: the most frequent of [`SEPARATORS`].
fn separator(line: &str) -> Option<char> {
    SEPARATORS
        .into_iter()
        .filter(|&c| line.contains(c))
        .max_by_key(|&c| line.matches(c).count())
}

/// A cell's text without its quotes and spaces (single quotes too, as SQL writes its values:
/// "('KD90999', 'Valerij', 'Conradi', …)").
fn value(cell: &str) -> &str {
    let value = cell.trim_matches(|c: char| c.is_whitespace() || c == '"');
    value
        .strip_prefix('\'')
        .and_then(|v| v.strip_suffix('\''))
        .unwrap_or(value)
}

/// A cell at byte `at` as `entity`, without its quotes and spaces, when its text reads as one
/// (`reads`).
fn push_value(
    cell: &str,
    at: usize,
    entity: Entity,
    reads: fn(&str) -> bool,
    out: &mut Vec<Match>,
) {
    let value = value(cell);
    if !reads(value) {
        return;
    }
    let start = at + cell.find(value).unwrap_or(0);
    out.push(Match {
        entity,
        start,
        end: start + value.len(),
        text: value.to_string(),
    });
}

/// A cell at byte `at` as a PERSON when it can be a name.
fn push_cell(cell: &str, at: usize, out: &mut Vec<Match>) {
    push_value(cell, at, Entity::Person, name_cell, out);
}

/// A cell at byte `at` as a STREET_ADDRESS when it reads as one: a number and a word, no
/// e-mail address, at most 80 characters ("Limmatquai 24", "15 Kingsway", "Rennweg 12/6").
fn push_street(cell: &str, at: usize, out: &mut Vec<Match>) {
    push_value(cell, at, Entity::StreetAddress, street_cell, out);
}

/// Whether a cell's text can be a street address.
fn street_cell(value: &str) -> bool {
    value.len() <= 80
        && !value.contains('@')
        && value.chars().any(|c| c.is_ascii_digit())
        && value
            .split_whitespace()
            .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3)
}

/// `N:Surname;Given;…` (each name its own span) and `FN:Full Name` of a vCard.
fn card_fields(line: &str, start: usize, out: &mut Vec<Match>) {
    let Some(colon) = line.find(':') else {
        return;
    };
    let property = line[..colon].split(';').next().unwrap_or_default();
    let value_at = start + colon + 1;
    let value = &line[colon + 1..];
    if property.eq_ignore_ascii_case("FN") {
        push_cell(value, value_at, out);
    } else if property.eq_ignore_ascii_case("N") {
        let mut at = value_at;
        for part in value.split(';').take(2) {
            push_cell(part, at, out);
            at += part.len() + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        detect(text).into_iter().map(|m| m.text).collect()
    }

    #[test]
    fn name_columns_anywhere_in_the_header() {
        assert_eq!(
            found("Umsatz;kunden_nr;Nachname;Vorname\n12,50;K-1;Weber;Jonas\n9,90;K-2;Baker;Ida"),
            ["Weber", "Jonas", "Baker", "Ida"]
        );
        assert_eq!(
            found("Export 2026\n\"contact_name\",\"city\"\n\"Tove Lindqvist\",\"Malmö\""),
            ["Tove Lindqvist"]
        );
        // companies, titles and numbers in a name column are not people, nor products in a
        // column that is only called "name"
        assert!(found("customer|total\nNordwind GmbH|12\nMr|3\n4711|9").is_empty());
        assert!(found("sku;name;colour\nA-1;Schneegrube bivvy bag;grey").is_empty());
        // a row with another number of cells is not part of the table
        assert!(found("name,city\nfree text, with a comma, or two").is_empty());
    }

    #[test]
    fn street_columns_hold_addresses() {
        assert_eq!(
            found(
                "Anrede;Vorname;Nachname;Straße;PLZ;Ort\nHerr;Roger;Zumstein;Limmatquai 24;9002;St. Gallen"
            ),
            ["Roger", "Zumstein", "Limmatquai 24"]
        );
        assert_eq!(
            found(
                "Title;First;Last;Street;Postcode;Town\nMr;Yaw;Agyeman;15 Kingsway;CA12 7JB;Keswick"
            ),
            ["Yaw", "Agyeman", "15 Kingsway"]
        );
        // a street column without a number holds no address
        assert!(found("id;street\n1;Hauptstraße").is_empty());
    }

    #[test]
    fn quoted_csv_fields_keep_their_commas() {
        let text = "\"lastname\",\"address\",\"firstname\"\n\"Aubert\",\"12 Oak Street, Apt 3\",\"Ilse\"\n";
        assert_eq!(found(text), ["Aubert", "12 Oak Street, Apt 3", "Ilse"]);
    }

    #[test]
    fn name_columns_of_a_headerless_table_by_vote() {
        assert_eq!(
            found("Jacob\tGibson\t$85.95\nHailey\tBush\t€255\nMarek\tKultys\t$3,900.00"),
            ["Jacob", "Gibson", "Hailey", "Bush", "Marek", "Kultys"]
        );
        // product rows: no column of names
        assert!(found("Firstwand|Regenjacke|199\nKaltkar|Daunenjacke|249").is_empty());
        // towns of one pattern are no names
        assert!(found("Saul Ville;12\nAnnie Ville;9\nJoe Ville;3").is_empty());
        // one row is no table
        assert!(found("Jacob\tGibson\t$85.95").is_empty());
    }

    #[test]
    fn vcard_fields() {
        assert_eq!(
            found("BEGIN:VCARD\nVERSION:3.0\nN:Okafor;Chidi;;;\nFN:Chidi Okafor\nEND:VCARD"),
            ["Okafor", "Chidi", "Chidi Okafor"]
        );
    }
}
