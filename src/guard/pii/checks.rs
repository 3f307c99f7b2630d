//! Validation of PII candidates: checksums, ranges and context.

use super::{Entity, table};

/// Words before a number that make it something other than personal data.
const NOT_PII_BEFORE: &[&str] = &[
    "bestellnummer",
    "bestell-nr",
    "bestellnr",
    "auftragsnummer",
    "order no",
    "order number",
    "order #",
    "order id",
    "artikel",
    "art.-nr",
    "art.nr",
    "sku",
    "ean",
    "gtin",
    "isbn",
    "rechnungsnummer",
    "invoice no",
    "invoice number",
    "version",
    "modellnummer",
    "model no",
    "chargennummer",
    "lot no",
    "seriennummer",
    "serial",
    "tracking",
    "sendungsnummer",
    "plz",
    // a German tax number ("Steuernummer 049/048/05827") is the office's file number, not the
    // personal tax ID
    "tax number",
    "steuernummer",
    "steuer-nr",
    "st.-nr",
];

/// Parts of words before a number that say it is a phone number ("Servicetelefon",
/// "Handynummer", "Durchwahl").
const PHONE_WORDS: &[&str] = &[
    "telefon",
    "phone",
    "mobil",
    "handy",
    "fax",
    "whatsapp",
    "hotline",
    "rufnummer",
    "durchwahl",
    "erreichbar",
    "anrufen",
    "zentrale",
    "festnetz",
    "☎",
    "📞",
];

/// Beginnings of words that say it ("Tel.", "Fon", "Ruf uns an", "Call", "Cell").
const PHONE_PREFIXES: &[&str] = &["tel", "fon", "ruf", "call", "cell", "mob", "reach", "text"];

fn phone_word(w: &str) -> bool {
    PHONE_WORDS.iter().any(|p| w.contains(p)) || PHONE_PREFIXES.iter().any(|p| w.starts_with(p))
}

/// Signature labels that stand for a phone line ("T: 030 …", "M +49 …").
const PHONE_LABELS: &[&str] = &["t", "m", "f", "p", "mob", "tel", "ph"];

/// Parts of words before a number that make it something other than a phone number: order,
/// invoice, customer, ticket, tracking, article and contract numbers, postcodes, amounts.
const OTHER_WORDS: &[&str] = &[
    "expir",
    "gültig",
    "ablauf",
    "bestell",
    "order",
    "auftrag",
    "rechnung",
    "invoice",
    "-nr",
    "-id",
    "ticket",
    "referenz",
    "reference",
    "aktenzeichen",
    "artikel",
    "sku",
    "gtin",
    "isbn",
    "modell",
    "model",
    "serien",
    "serial",
    "charge",
    "tracking",
    "sendung",
    "paket",
    "parcel",
    "shipment",
    "lieferschein",
    // a returns slip's or a letter's reference ("Rücksendeschein 0845 …", "Ihr Zeichen: 0590 …")
    "rücksendeschein",
    "zeichen",
    "beleg",
    "vertrag",
    "contract",
    "mitglied",
    "member",
    "konto",
    "account",
    "postleitzahl",
    "version",
    "gutschein",
    "voucher",
    "coupon",
    "retoure",
    "reklamation",
    "kundennummer",
    "datum",
    "date",
    "preis",
    "price",
    "betrag",
    "summe",
    "total",
    "menge",
    "stück",
    "größe",
    "size",
    "gewicht",
    "antrag",
    "policy",
    "police",
    "versicherung",
    "zimmer",
    "room",
    "batch",
    "seite",
    "page",
];

/// Short words right before a number that make it something other than a phone number.
const OTHER_EXACT: &[&str] = &[
    "nr", "no", "#", "id", "ref", "az", "am", "vom", "bis", "um", "seit", "plz", "zip", "ean",
    "upc", "art", "pos", "kd", "kdnr", "rg", "re", "lot", "pin", "tan", "code", "rma", "blz",
    "bic", "iban", "eur", "chf", "usd", "€", "$", "x", "ca", "form",
];

/// Parts of the word right before a number that name it a number of its own kind.
const NUMBER_LABELS: &[&str] = &[
    "nr", "no", "#", "id", "nummer", "number", "ref", "code", "batch", "charge",
];

/// Things that have numbers of their own, which label a number before it whatever its format:
/// "Vorgang (044) 481125", "Queue 0953-789041", "Umlagerung 0942-499-0767"; they count as
/// [`NUMBER_LABELS`] and as [`OTHER_WORDS`].
const NUMBERED: &[&str] = &[
    "vorgang",
    "case",
    "pallet",
    "palette",
    "queue",
    "warteschlange",
    "trailer",
    "transfer",
    "umlagerung",
    "wechselbrücke",
    "kreditor",
    "wartenummer",
    "fachnummer",
    "plombe",
    "seal",
];

/// Whether the word `w` holds one of [`OTHER_WORDS`] or of [`NUMBERED`].
fn other_word(w: &str) -> bool {
    OTHER_WORDS.iter().chain(NUMBERED).any(|o| holds(w, o))
}

/// Words right after a number that make it a time, an amount or a quantity.
const OTHER_AFTER: &[&str] = &[
    "uhr", "h", "€", "eur", "euro", "chf", "usd", "stück", "stk", "x", "mal", "tage", "days", "kg",
    "g", "mm", "cm", "m", "km", "ml", "l", "pcs", "punkte", "points",
];

/// What the nearest telling word before a number says: `Some(true)` phone, `Some(false)`
/// something else, `None` nothing.
fn phone_word_before(before: &str) -> Option<bool> {
    fn trim(w: &str) -> &str {
        w.trim_matches(|c: char| matches!(c, ':' | '.' | ',' | '(' | ')' | '-' | ';'))
    }
    // only the current line and sentence count: "Ticket 3716599. Reach her on 474-…"
    let before = before.rsplit('\n').next().unwrap_or(before);
    // a label of a few words that opens with a phone word: "Phone for code:", "Telefon für
    // Rückfragen:"
    if let Some(label) = before.trim_end().strip_suffix(':') {
        let label = label
            .rsplit([',', ';', '|', '\t', '('])
            .next()
            .unwrap_or(label);
        let mut words = label.split_whitespace();
        if words.next().is_some_and(|w| phone_word(trim(w))) && words.count() <= 3 {
            return Some(true);
        }
    }
    let mut raw = before.split_whitespace().rev();
    let mut words = raw.clone().map(trim);
    // the word right before: short labels count only there ("Nr. 0171…", "am 01.03.", "T: 030…")
    if let Some(w) = words.next() {
        let labelled = raw.next().is_some_and(|r| r.ends_with(':')) && PHONE_LABELS.contains(&w);
        if labelled || phone_word(w) {
            return Some(true);
        }
        // (and a number's abbreviation glued to its kind: "Tourennr.", "Auftragsnr.")
        if OTHER_EXACT.contains(&w) || other_word(w) || (w.len() > 4 && w.ends_with("nr")) {
            return Some(false);
        }
    }
    // a kind of number named a few words before: "customer numbers like 368 118 1872", "customer
    // numbers 332 428 6919 to 878 996 2579"
    let near = tail(before, 48);
    if let Some(at) = NUMBER_KINDS.iter().filter_map(|k| near.rfind(k)).max()
        && !near[at..].split_whitespace().skip(2).any(phone_word)
    {
        return Some(false);
    }
    for (r, w) in raw.zip(words).take(4) {
        let sentence_end =
            r.ends_with(['.', '!', '?']) && (r.len() > 5 || r.contains(char::is_numeric));
        if sentence_end {
            break;
        }
        if phone_word(w) {
            return Some(true);
        }
        if other_word(w) {
            return Some(false);
        }
    }
    None
}

/// Kinds of numbers named in two words ("customer number"), which the word right before the
/// number need not be.
const NUMBER_KINDS: &[&str] = &[
    "customer number",
    "account number",
    "member number",
    "membership number",
];

/// Words before a number that say it is a tax identification number.
const TAX_BEFORE: &[&str] = &[
    "steuer",
    "idnr",
    "id-nr",
    "identifikationsnummer",
    "tax",
    "tin",
];

fn tail(text: &str, chars: usize) -> String {
    let start = text
        .char_indices()
        .rev()
        .nth(chars.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    text[start..].to_lowercase()
}

fn any_word(haystack: &str, words: &[&str]) -> bool {
    words.iter().any(|w| holds(haystack, w))
}

/// Whether the short `haystack` (a word, a few words before a number) holds `needle`: a plain
/// comparison at each position, cheaper there than setting up a substring search.
fn holds(haystack: &str, needle: &str) -> bool {
    needle.is_empty()
        || haystack
            .as_bytes()
            .windows(needle.len())
            .any(|w| w == needle.as_bytes())
}

/// Whether one of `labels` starts a word on the last line of `before`: "EAN 4006…", not the
/// "ean" of "glenn.dean@…" on the line above a phone number.
fn label_on_line(before: &str, labels: &[&str]) -> bool {
    let line = before.rsplit('\n').next().unwrap_or(before);
    // at each start of a word, compare (no substring search per label: this runs for every
    // run of digits)
    let mut previous: Option<char> = None;
    line.char_indices().any(|(i, c)| {
        let starts = c.is_alphanumeric() && previous.is_none_or(|p| !p.is_alphanumeric());
        previous = Some(c);
        starts && labels.iter().any(|l| line[i..].starts_with(l))
    })
}

/// Classify a run of digits with separators as a card number, a German tax ID or a phone
/// number, or nothing (order numbers, GTINs, prices, dates).
pub fn digits(candidate: &str, text: &str, start: usize) -> Option<Entity> {
    let digits: String = candidate.chars().filter(char::is_ascii_digit).collect();
    let n = digits.len();
    let before = tail(&text[..start], 32);
    let after: String = text[start + candidate.len()..]
        .chars()
        .take(6)
        .collect::<String>()
        .to_lowercase();
    // a table's column says what its cells are, whatever the other cells of the row say (asked
    // at most once, and only where a label or the last check needs it)
    let end = start + candidate.len();
    let column = std::cell::OnceCell::new();
    let says = || *column.get_or_init(|| column_says(text, start, end));
    if label_on_line(&before, NOT_PII_BEFORE) && says() != Some(true) {
        return None;
    }
    // the unit of an amount follows on the same cell: "233,90 €", not the next column's "£433"
    let after_trim = after.trim_start_matches(' ');
    if before.trim_end().ends_with(['€', '$', '£'])
        || [
            "€", "eur", "usd", "$", "chf", "£", ",-", "%", "mm", "cm", "kg", "g ",
        ]
        .iter()
        .any(|u| after_trim.starts_with(u))
    {
        return None;
    }
    if is_date(candidate) || month_year(candidate) {
        return None;
    }
    let compact = candidate.chars().all(|c| c.is_ascii_digit());
    if compact && matches!(n, 8 | 12 | 13 | 14) && gtin(&digits) {
        return None;
    }
    let grouped_like_card = candidate
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.'));
    if (13..=19).contains(&n)
        && grouped_like_card
        && card_groups(candidate)
        && luhn(&digits)
        && card_issuer(&digits)
    {
        return Some(Entity::CreditCard);
    }
    if n == 11
        && grouped_like_card
        && de_tax_id(&digits)
        && (any_word(&before, TAX_BEFORE) || !candidate.starts_with('0'))
    {
        return Some(Entity::DeTaxId);
    }
    match says() {
        Some(true) => (7..=15).contains(&n),
        Some(false) => false,
        None => phone(candidate, &digits, &before, &after) && !among_codes(text, start, end),
    }
    .then_some(Entity::Phone)
}

/// Whether a number stands in a list with codes of another kind, which makes it one of them:
/// "on hold for payment check: W2603-4571, 0883 749 2142, W2611-2681", "78782944, 85346685,
/// 0754-8541240". A code is a word of letters and digits ("W2603-4571", "#TG761955") or a run of
/// six digits or more with no gap that no phone number is written as (not starting with 0).
fn among_codes(text: &str, start: usize, end: usize) -> bool {
    let code = |item: &str| {
        let item = item.trim_matches([' ', '#']);
        let letters = item.chars().any(|c| c.is_ascii_alphabetic());
        let digits = item.chars().filter(char::is_ascii_digit).count();
        !item.contains(' ')
            && item.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            && ((letters && digits >= 3)
                || (!letters && digits >= 6 && !item.starts_with('0') && !item.contains('-')))
    };
    let line = |at: usize| text[..at].rfind('\n').map_or(0, |i| i + 1);
    let before = text[line(start)..start].strip_suffix(", ");
    let previous = before.map(|b| b.rsplit([',', ':', '(']).next().unwrap_or(b));
    let after = text[end..].strip_prefix(", ");
    let next = after.map(|a| a.split([',', ')', '.', '\n']).next().unwrap_or(a));
    previous.is_some_and(code) || next.is_some_and(code)
}

/// What the header of the table column that holds the number as a whole cell says of it:
/// `Some(true)` a phone number ("name,email,phone,city", "| Kunde | Bestellung | Rückruf |"),
/// `Some(false)` another number ("Order", "bestellnr", "rma"), `None` nothing (no table, or a
/// header of another kind). The words of the other cells of its row say nothing.
fn column_says(text: &str, start: usize, end: usize) -> Option<bool> {
    let cell =
        |c: Option<char>| c.is_none_or(|c| matches!(c, ',' | ';' | '\t' | '|' | '\n' | '\r'));
    let (before, after) = (
        text[..start].trim_end_matches(' '),
        text[end..].trim_start_matches(' '),
    );
    if !(cell(before.chars().next_back()) && cell(after.chars().next())) {
        return None;
    }
    let header = table::column_header(text, start)?;
    let words: Vec<&str> = header
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words
        .iter()
        .any(|w| phone_word(w) || ["rückruf", "contact", "kontakt"].contains(w))
    {
        Some(true)
    } else if words
        .iter()
        .any(|w| OTHER_EXACT.contains(w) || other_word(w))
    {
        Some(false)
    } else {
        None
    }
}

/// Whether a run of digits is a phone number: its format (+49/0049, a national number starting
/// with 0, a US number) and the words around it (phone words before; order, invoice, customer,
/// ticket, tracking, article words or a date, time or amount around it say otherwise).
fn phone(candidate: &str, digits: &str, before: &str, after: &str) -> bool {
    let n = digits.len();
    let said = phone_word_before(before);
    // "+49 …", "0049 …", "(089) …", "0761/…", "+49 (0)…" are phone formats; an order or ticket
    // word before them does not make them order numbers, a number label ("Nr.", "-nummer") does
    let strong_format = candidate.starts_with('+')
        || candidate.starts_with("00")
        || candidate.starts_with("(0")
        || candidate.contains("(0)")
        || (candidate.starts_with('0') && candidate.contains('/'));
    let labelled = before
        .split_whitespace()
        .next_back()
        .is_some_and(|w| NUMBER_LABELS.iter().chain(NUMBERED).any(|l| holds(w, l)));
    // glued to a code before it, the digits are the rest of a reference: "SR-0352-499",
    // "INV0711 …", "#0176-22"; a "+" glued to a word too ("EREF+81110369" in a bank statement)
    let glued = {
        let mut back = before.chars().rev();
        match back.next() {
            Some('-' | '/' | '#' | '_') => back.next().is_some_and(char::is_alphanumeric),
            Some(c) => c.is_alphanumeric(),
            None => false,
        }
    };
    // no phone number of seven digits or fewer is written in pairs alone: "01 14-16" is a
    // delivery stop and its time window
    let pairs = n <= 7
        && candidate
            .split(|c: char| !c.is_ascii_digit())
            .all(|g| g.len() <= 2);
    // a number named by what it is for ("Refund for 0798 857 8998", "Zahlung für 0096 …") or by
    // the order it is ("Bestellung 0262/141777 wurde …") is an order's or a case's, unless a
    // phone word says otherwise
    let named = before
        .split_whitespace()
        .next_back()
        .is_some_and(|w| matches!(w, "for" | "für" | "bestellung" | "order"));
    // a mail's subject names a case by its number: "Subject: Your repair 0391/706476"
    let subject = {
        let line = before.rsplit('\n').next().unwrap_or(before);
        line.starts_with("subject:") || line.starts_with("betreff:")
    };
    if pairs
        || (said == Some(false) && (labelled || !strong_format))
        || ((named || subject) && said != Some(true))
        || (id_key(before) && said != Some(true))
        || (glued && (!candidate.starts_with('+') || before.ends_with(char::is_alphabetic)))
        || date_first(candidate)
    {
        return false;
    }
    // a unit on the same line: "12 m", not the "M:" label of the next signature line
    let next: String = after
        .trim_start_matches([' ', '\t'])
        .chars()
        .take_while(|c| c.is_alphanumeric() || matches!(c, '€' | '$'))
        .collect();
    if OTHER_AFTER.contains(&next.as_str()) {
        return false;
    }
    let phone_context = said == Some(true);
    let plus = candidate.starts_with('+');
    // 00 and a country code (not 0): "0049 89 …"; an order number "00123456" is not one, nor
    // is a customer number of ten digits: a country code and a subscriber number have more
    let double_zero = digits.starts_with("00") && !digits[2..].starts_with('0') && n >= 11;
    let national =
        (candidate.starts_with('0') || candidate.starts_with("(0")) && !digits.starts_with("00");
    let separated = candidate
        .chars()
        .any(|c| matches!(c, ' ' | '-' | '/' | '(' | ')' | '.'));
    // German mobile numbers 015x/016x/017x, written without a gap
    let mobile = national && matches!(&digits[..3.min(n)], "015" | "016" | "017") && n >= 10;
    // a compact national number of typical length with nothing against it ("0711985587")
    let compact_national = national && (10..=12).contains(&n) && said.is_none();
    let us = (n == 10 || (n == 11 && digits.starts_with('1')))
        && separated
        && !national
        && us_shape(candidate);
    ((plus || double_zero) && (8..=15).contains(&n))
        || (national
            && (6..=13).contains(&n)
            && (separated || phone_context || mobile || compact_national))
        || us
        || (phone_context && (7..=15).contains(&n))
}

/// Whether a number stands as the value of an id key: "payment.retry id=039 6260 7090",
/// "Ticket-ID: 0151 …", a quoted key's (`"customer_id": "0671-839843"`, `"kundennr": "…"`; a
/// phone key's is none), or a user's number ("validation failed for user 0874-712432").
fn id_key(before: &str) -> bool {
    before.split_whitespace().next_back().is_some_and(|w| {
        let w = w.to_lowercase();
        w == "id"
            || w.ends_with("id=")
            || w.ends_with("id:")
            || ["user", "benutzer"].contains(&w.as_str())
    }) || before
        .strip_suffix('"')
        .and_then(|b| b.trim_end().strip_suffix(':'))
        .and_then(|b| b.strip_suffix('"'))
        .and_then(|b| b.rsplit(['"', ' ', '\n', '{', ',']).next())
        .is_some_and(|key| {
            let key = key.to_lowercase();
            !phone_word(&key)
                && (key == "id"
                    || ["_id", "-id", "nr", "_no", "number", "nummer"]
                        .iter()
                        .any(|end| key.ends_with(end)))
        })
}

/// A date at the start of a run ("01.03.2026 10", "12.03. 14"): a date and a time, not a
/// phone number.
fn date_first(candidate: &str) -> bool {
    let first = candidate.split(' ').next().unwrap_or(candidate);
    is_date(first) || {
        let parts: Vec<&str> = first.split('.').collect();
        parts.len() >= 2
            && parts.len() <= 3
            && candidate.contains('.')
            && parts[0].len() <= 2
            && parts[1].len() == 2
            && parts
                .get(2)
                .is_none_or(|y| y.is_empty() || y.len() == 2 || y.len() == 4)
    }
}

fn is_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split(['.', '/', '-']).collect();
    parts.len() == 3
        && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()))
        && ((parts[0].len() <= 2 && parts[1].len() <= 2 && matches!(parts[2].len(), 2 | 4))
            || (parts[0].len() == 4 && parts[1].len() <= 2 && parts[2].len() <= 2))
}

/// A card's expiry or a month: `09/2028`, `02/31`.
fn month_year(s: &str) -> bool {
    s.split_once('/').is_some_and(|(m, y)| {
        m.len() == 2
            && matches!(y.len(), 2 | 4)
            && y.bytes().all(|b| b.is_ascii_digit())
            && m.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m))
    })
}

/// `(555) 123-4567`, `555-123-4567`, `555.123.4567`, `1-555-123-4567`, `1 (555) 123-4567`;
/// `+1 …` is handled as international.
fn us_shape(s: &str) -> bool {
    let groups: Vec<usize> = s
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .map(str::len)
        .collect();
    groups == [3, 3, 4]
        || (groups == [1, 3, 3, 4] && ["1-", "1 (", "1."].iter().any(|p| s.starts_with(p)))
}

/// The Luhn checksum of a digit string.
pub fn luhn(digits: &str) -> bool {
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 1 {
                let x = d * 2;
                if x > 9 { x - 9 } else { x }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// Whether a number is grouped as cards are printed: compact, or in groups of at least four
/// digits but the last (4-4-4-4, Amex 4-6-5, Diners 4-6-4, 4-4-4-4-3), not as an order number
/// ("647-0499516-5397700").
fn card_groups(candidate: &str) -> bool {
    let groups: Vec<&str> = candidate.split([' ', '-', '.']).collect();
    groups.len() == 1
        || groups[..groups.len() - 1]
            .iter()
            .all(|g| (4..=6).contains(&g.len()))
}

/// Issuer prefixes and lengths of the card networks (13-digit numbers are left out: German
/// GTIN-13s start with 4 and would collide with the old 13-digit Visa range).
fn card_issuer(d: &str) -> bool {
    let n = d.len();
    let p2: u32 = d[..2].parse().unwrap_or(0);
    let p4: u32 = d[..4].parse().unwrap_or(0);
    match d.as_bytes()[0] {
        b'4' => n == 16 || n == 19,
        // Maestro (girocard's co-badge in Germany among them): 12–19 digits
        b'5' => {
            ((51..=55).contains(&p2) && n == 16)
                || (matches!(p4, 5018 | 5020 | 5038 | 5893) && (12..=19).contains(&n))
        }
        b'2' => (2221..=2720).contains(&p4) && n == 16,
        b'3' => {
            ((p2 == 34 || p2 == 37) && n == 15)
                || (p2 == 35 && (16..=19).contains(&n))
                || ((p2 == 36 || p2 == 38 || (300..=305).contains(&(p4 / 10)) || p4 == 3095)
                    && n == 14)
        }
        b'6' => {
            // Discover 6011, 644–649, 65; UnionPay 622–629
            ((p4 == 6011
                || p2 == 65
                || (622..=629).contains(&(p4 / 10))
                || (644..=649).contains(&(p4 / 10)))
                && (16..=19).contains(&n))
                || (matches!(p4, 6304 | 6759 | 6761 | 6762 | 6763) && (12..=19).contains(&n))
        }
        _ => false,
    }
}

/// GS1 check digit (EAN-8, UPC-A, EAN-13, GTIN-14).
fn gtin(d: &str) -> bool {
    let digits: Vec<u32> = d.bytes().map(|b| u32::from(b - b'0')).collect();
    let (body, check) = digits.split_at(digits.len() - 1);
    let sum: u32 = body
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &x)| if i % 2 == 0 { x * 3 } else { x })
        .sum();
    (10 - sum % 10) % 10 == check[0]
}

/// German Steuerliche Identifikationsnummer: 11 digits, no leading zero, in the first ten one
/// digit occurs twice or three times (not three times in a row) and the others at most once,
/// and the last is an ISO 7064 MOD 11,10 check digit.
pub fn de_tax_id(d: &str) -> bool {
    let digits: Vec<u32> = d.bytes().map(|b| u32::from(b - b'0')).collect();
    if digits.len() != 11 || digits[0] == 0 {
        return false;
    }
    let mut counts = [0u8; 10];
    for &x in &digits[..10] {
        counts[x as usize] += 1;
    }
    let repeated: Vec<usize> = (0..10).filter(|&i| counts[i] > 1).collect();
    if repeated.len() != 1 || counts[repeated[0]] > 3 {
        return false;
    }
    if digits[..10]
        .windows(3)
        .any(|w| w[0] == w[1] && w[1] == w[2])
    {
        return false;
    }
    let mut product = 10u32;
    for &x in &digits[..10] {
        let mut sum = (x + product) % 10;
        if sum == 0 {
            sum = 10;
        }
        product = (sum * 2) % 11;
    }
    let check = (11 - product) % 10;
    check == digits[10]
}

/// IBAN: known country lengths and the mod-97 check.
pub fn iban(candidate: &str) -> bool {
    let compact: String = candidate
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let expected = match &compact[..2] {
        "NO" => 15,
        "BE" => 16,
        "DK" | "FI" | "NL" => 18,
        "AT" | "LU" => 20,
        "CH" | "LI" => 21,
        "DE" | "GB" | "IE" => 22,
        "ES" | "SE" => 24,
        "PT" => 25,
        "FR" | "IT" => 27,
        "PL" => 28,
        _ => 0,
    };
    // an unknown country in lower case is more likely a code or a hash than an IBAN
    let lower = candidate.bytes().any(|b| b.is_ascii_lowercase());
    if (expected != 0 && compact.len() != expected)
        || (expected == 0 && lower)
        || !(15..=34).contains(&compact.len())
    {
        return false;
    }
    let rearranged = format!("{}{}", &compact[4..], &compact[..4]);
    let mut remainder = 0u32;
    for c in rearranged.chars() {
        let v = match c.to_digit(36) {
            Some(v) => v,
            None => return false,
        };
        remainder = if v >= 10 {
            (remainder * 100 + v) % 97
        } else {
            (remainder * 10 + v) % 97
        };
    }
    remainder == 1
}

/// IPv4 with octets in range, not a version number (`v1.2.3.4`, `Version 10.0.0.1`,
/// `Firmware 4.1.24.141`, `Theme-Update 6.5.10.155`; the word on the same line: a heading
/// "Blocklist update" above a list of addresses says nothing of them).
pub fn ipv4(candidate: &str, before: &str) -> bool {
    const VERSIONS: &[&str] = &["version", "firmware", "update", "release", "build", "ver."];
    let before = tail(before, 12);
    let blank = [' ', '\t'];
    let word = before
        .trim_end_matches(blank)
        .trim_end_matches(':')
        .trim_end_matches(blank);
    if before.ends_with('v') || VERSIONS.iter().any(|v| word.ends_with(v)) {
        return false;
    }
    candidate
        .split('.')
        .all(|o| o.parse::<u8>().is_ok() && !(o.len() > 1 && o.starts_with('0')))
}

/// IPv6, by a real parse, with a group written out: "::" alone is a scope operator
/// ("Customer::create"), no host.
pub fn ipv6(candidate: &str) -> bool {
    candidate.matches(':').count() >= 2
        && candidate != "::"
        && candidate.parse::<std::net::Ipv6Addr>().is_ok()
}
