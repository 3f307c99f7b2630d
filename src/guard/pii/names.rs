//! PERSON: names found from real name lists, the words around them and the layout of the text.
//!
//! The lists (`data/names/`, built by `scripts/build-names.py`, compiled by `build.rs` into one
//! finite-state map) are ~32,000 given names, ~88,800 census surnames, and two lists of English
//! and German words: `common` (frequent words, including given names that are also words: "Will",
//! "Hope", "Rose", "Jack") and `words` (every other word of some frequency).
//!
//! A *run* is a sequence of capitalised words separated by spaces (with particles such as von,
//! van der, de la inside, an initial such as "B." at the end). Trailing words that are ordinary
//! words and no name are cut off ("Anna Berger Kundenservice" → "Anna Berger"). A run is a person
//! when
//! - it starts with a given name that is not a common word and ends in a surname, a given name
//!   or a word in no list ("Anna Gröttner");
//! - it starts with a given name that is a common word and ends in a listed surname that is not
//!   one ("Will Hartmann"), or any context word stands before or after it;
//! - an honorific or title stands before it (Herr, Frau, Dr., Mr, Mme, Sig.ra, …): then one word
//!   is enough ("Herr Vogel"), and the span leaves the honorific out;
//! - a context word stands before it (a greeting, a sign-off on the line before, a form label
//!   such as "Kontakt:" or "Kundin", a testimonial dash) or after it ("schrieb", "wrote"), and
//!   the run is a name-like word: a given name, a surname, or a word in no list.
//!
//! "Nachname, Vorname" in a list or form is a person too, and so is a lower-case given name that
//! is no word after a greeting or before "said" ("hi megan"). German capitalises every noun, so
//! capitalisation alone never makes a name; the word lists are what tell "Koch" the surname
//! after "Anna" from "Komfort" after "Max".

use std::cell::RefCell;
use std::sync::LazyLock;

use fst::Map;
use rustc_hash::{FxHashMap, FxHashSet};

use super::{Entity, Match};

/// The five lists compiled into one map (see build.rs): word → the lists that hold it.
static NAMES: LazyLock<Map<&'static [u8]>> = LazyLock::new(|| {
    // the bytes were written by fst itself in build.rs; a failure is a build error caught by
    // every test
    Map::new(&include_bytes!(concat!(env!("OUT_DIR"), "/names.fst"))[..])
        .unwrap_or_else(|e| panic!("name lists: {e}"))
});

/// The bits of the map's values, in build.rs's order of the lists.
const GIVEN: u64 = 1;
const SURNAME: u64 = 2;
const COMMON: u64 = 4;
const WORD: u64 = 8;
const WORLD: u64 = 16;

/// Which lists hold a lower-cased word.
fn lists(word: &[u8]) -> u64 {
    NAMES.get(word).unwrap_or(0)
}

/// Longest word looked up (bytes, lower-cased).
const MAX_WORD: usize = 48;

/// How [`Lower`] treats letters with accents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fold {
    None,
    Spelled,
    Plain,
}

/// A word lower-cased into a buffer on the stack, so a lookup allocates nothing.
struct Lower {
    buf: [u8; MAX_WORD],
    len: usize,
}

impl Lower {
    /// `word` lower-cased; with `fold`, accents dropped as the census lists spell names, and
    /// German umlauts written out (ä → ae, "Schaefer") or, with `plain`, dropped too ("Schafer").
    /// `None` when too long.
    fn new(word: &str, fold: Fold) -> Option<Self> {
        let mut out = Self {
            buf: [0; MAX_WORD],
            len: 0,
        };
        // most words are ASCII: byte by byte
        if word.is_ascii() {
            let bytes = word.as_bytes();
            let buf = out.buf.get_mut(..bytes.len())?;
            buf.copy_from_slice(bytes);
            buf.make_ascii_lowercase();
            out.len = bytes.len();
            return Some(out);
        }
        for c in word.chars().flat_map(char::to_lowercase) {
            let c = if c == '’' { '\'' } else { c };
            // the lists write ß as ss
            if c == 'ß' {
                out.push(b"ss")?;
                continue;
            }
            if fold != Fold::None && !c.is_ascii() {
                let plain = fold == Fold::Plain;
                let spelled: &str = match c {
                    'ä' if plain => "a",
                    'ö' if plain => "o",
                    'ü' if plain => "u",
                    'ä' | 'æ' => "ae",
                    'ö' | 'ø' | 'œ' => "oe",
                    'ü' => "ue",
                    'á' | 'à' | 'â' | 'ã' | 'å' => "a",
                    'é' | 'è' | 'ê' | 'ë' => "e",
                    'í' | 'ì' | 'î' | 'ï' => "i",
                    'ó' | 'ò' | 'ô' | 'õ' => "o",
                    'ú' | 'ù' | 'û' => "u",
                    'ç' => "c",
                    'ñ' => "n",
                    _ => return None,
                };
                for b in spelled.bytes() {
                    out.push(&[b])?;
                }
            } else {
                let mut utf8 = [0; 4];
                out.push(c.encode_utf8(&mut utf8).as_bytes())?;
            }
        }
        Some(out)
    }

    fn push(&mut self, bytes: &[u8]) -> Option<()> {
        let end = self.len + bytes.len();
        self.buf.get_mut(self.len..end)?.copy_from_slice(bytes);
        self.len = end;
        Some(())
    }

    fn bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

/// What the lists say about one word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Kind {
    given: bool,
    /// A given name that only the world list knows: rare words hide among them ("Daune"), so
    /// it is a person beside a surname or after a cue, never alone.
    world: bool,
    surname: bool,
    /// A frequent word (which includes given names that are also words).
    common: bool,
    /// Any known word, frequent or not (never a name that is in no word list).
    word: bool,
}

impl Kind {
    /// A given name that is not also a frequent word.
    fn strong_given(self) -> bool {
        self.given && !self.common
    }

    /// A name of some kind, or a word in no list (an unlisted surname).
    fn name_like(self) -> bool {
        self.given || self.surname || !self.word
    }

    /// A word of the lists and no name ("Komfort", "Abschiedsfeier").
    fn plain(self) -> bool {
        !self.name_like()
    }
}

fn kind_of_part(part: &str) -> Kind {
    let Some(lower) = Lower::new(part, Fold::None) else {
        return Kind::default();
    };
    let mut bits = lists(lower.bytes());
    // the lists' verdicts on an accented word as the census lists spell it: umlauts written
    // out ("Schaefer") and dropped ("Schafer"), other accents dropped ("Ciaran", "Francois")
    let [spelled, plain] = if part.is_ascii() {
        [0, 0]
    } else {
        [Fold::Spelled, Fold::Plain]
            .map(|fold| Lower::new(part, fold).map_or(0, |f| lists(f.bytes())))
    };
    let surname = (bits | spelled | plain) & SURNAME != 0;
    // the census lists write given names without accents too ("Ciaran", "Zoe"): an accented
    // word that no word list holds is a given name when they hold it so
    if bits & (GIVEN | COMMON | WORD) == 0 && part.chars().nth(2).is_some() {
        bits |= [spelled, plain]
            .into_iter()
            .find(|b| b & GIVEN != 0)
            .unwrap_or(0);
    }
    // the world list writes names without accents ("Francois")
    let world = bits & GIVEN == 0 && (bits | plain) & WORLD != 0;
    // "Meine" and "Ken" are given names, but "Meine Bank" and "Keine Mutter" are no people
    let given = (bits & GIVEN != 0 || world) && !determiner(lower.bytes());
    Kind {
        given,
        world,
        surname,
        common: bits & COMMON != 0,
        word: bits & (COMMON | WORD) != 0
            || (!given && !surname && (compound(lower.bytes()) || abstract_noun(lower.bytes()))),
    }
}

/// Whether an unlisted word (lower case) ends as German abstract nouns do ("Neubesohlung",
/// "Anlieferung", "Mieterschaft", "Erreichbarkeit", "Gutschrift"): no name, though no list
/// holds it.
fn abstract_noun(lower: &[u8]) -> bool {
    const ENDINGS: &[(&[u8], usize)] = &[
        (b"ung", 10),
        (b"ungen", 11),
        (b"schaft", 9),
        (b"schrift", 9),
        (b"heit", 9),
        (b"keit", 9),
    ];
    ENDINGS
        .iter()
        .any(|&(ending, shortest)| lower.len() >= shortest && lower.ends_with(ending))
}

/// Whether a word (lower case) is a possessive or negative determiner: German "mein", "deine",
/// "unseren", "keine" and the English "my", "our", "your", "their".
fn determiner(lower: &[u8]) -> bool {
    const STEMS: &[&[u8]] = &[
        b"mein", b"dein", b"sein", b"unser", b"euer", b"eure", b"kein",
    ];
    const ENDINGS: &[&[u8]] = &[b"", b"e", b"en", b"em", b"er", b"es"];
    matches!(lower, b"my" | b"our" | b"your" | b"their")
        || STEMS.iter().any(|stem| {
            lower
                .strip_prefix(*stem)
                .is_some_and(|rest| ENDINGS.contains(&rest))
        })
}

/// Whether an unlisted word is a compound that ends in a word of the lists, as German builds
/// them ("Wettbewerbsvergleich", "Rundhalsausschnitt"): no name, though no list holds it.
fn compound(lower: &[u8]) -> bool {
    compound_with_head(lower, 7)
}

/// Whether a word, as written, is a compound with a shorter head than [`compound`] asks for
/// ("Bonuspunkte", "Abschiedsfeier", "Kreditlimit"): the test for the word after a genitive
/// and for a case noun's modifier, where the context already points to a noun.
pub(super) fn short_compound(word: &str) -> bool {
    Lower::new(word, Fold::None).is_some_and(|l| compound_with_head(l.bytes(), 5))
}

/// Whether a word (lower case) ends in a word of the lists of at least `head` bytes that is no
/// name, after a modifier of at least four ([`compound`]).
fn compound_with_head(lower: &[u8], head: usize) -> bool {
    const MODIFIER: usize = 4;
    lower.len() >= head + MODIFIER + 2
        && (MODIFIER..=lower.len() - head).any(|at| {
            std::str::from_utf8(&lower[at..]).is_ok() && {
                let bits = lists(&lower[at..]);
                bits & (COMMON | WORD) != 0 && bits & (GIVEN | SURNAME) == 0
            }
        })
}

/// The bits of [`list_bits`]: what the lists say about a word.
pub(super) mod listed {
    pub(in crate::guard::pii) const GIVEN: u8 = 1;
    /// A given name of the world list only.
    pub(in crate::guard::pii) const WORLD: u8 = 1 << 1;
    pub(in crate::guard::pii) const SURNAME: u8 = 1 << 2;
    /// A frequent word.
    pub(in crate::guard::pii) const COMMON: u8 = 1 << 3;
    /// Any word of the word lists.
    pub(in crate::guard::pii) const WORD: u8 = 1 << 4;
    /// A name of any kind: given, world or surname.
    pub(in crate::guard::pii) const NAME: u8 = GIVEN | WORLD | SURNAME;
}

/// What the lists say about a word as five bits ([`listed`]: given name, world-only given name,
/// surname, frequent word, any word), and whether it may be part of a name at all (a name of some
/// kind, or a word in no list): the name tagger's view of it.
pub(super) fn list_bits(word: &str) -> (u8, bool) {
    let k = kind(word);
    let flag = |on: bool, bit: u8| if on { bit } else { 0 };
    let bits = flag(k.given, listed::GIVEN)
        | flag(k.world, listed::WORLD)
        | flag(k.surname, listed::SURNAME)
        | flag(k.common, listed::COMMON)
        | flag(k.word, listed::WORD);
    (bits, k.name_like())
}

/// The lists' verdict on a word; a hyphenated word ("Anna-Lena", "Müller-Lüdenscheidt") is a
/// given name when every part is one, a surname when a part is one, and a word when every part
/// is one.
fn kind(word: &str) -> Kind {
    looked_up(word).0
}

/// The lists that hold the word as written, lower-cased ([`lists`]).
fn lists_of(word: &str) -> u64 {
    looked_up(word).1
}

/// What a thread remembers of the words it was asked about.
#[derive(Default)]
struct Seen {
    /// Every word's [`Kind`] and the lists that hold it as written: most words recur across
    /// texts, and a hash lookup is several times faster than a walk through the map.
    words: FxHashMap<Box<str>, (Kind, u64)>,
    /// The text being read ([`Reading`]): where it starts and how long it is, or `(0, 0)`.
    text: (usize, usize),
    /// For each byte of the text, the entry of `found` for the word that starts there; a word of
    /// the text is asked about several times per text, and finding it by its place needs no hash
    /// and no comparison of its letters.
    at: Vec<u32>,
    /// The words of the text asked about so far: their length and their verdict.
    found: Vec<(usize, (Kind, u64))>,
}

thread_local! {
    static SEEN: RefCell<Seen> = RefCell::new(Seen::default());
}

/// While it lives, the words of one text are remembered by their place in it (see [`Seen`]).
/// Only a slice of the text can start inside it while the text is borrowed, so a place names
/// one word for as long as the reading lasts.
pub(super) struct Reading<'a>(std::marker::PhantomData<&'a str>);

pub(super) fn reading(text: &str) -> Reading<'_> {
    SEEN.with_borrow_mut(|seen| {
        seen.text = (text.as_ptr() as usize, text.len());
        seen.at.clear();
        seen.at.resize(text.len(), u32::MAX);
        seen.found.clear();
    });
    Reading(std::marker::PhantomData)
}

impl Drop for Reading<'_> {
    fn drop(&mut self) {
        SEEN.with_borrow_mut(|seen| seen.text = (0, 0));
    }
}

/// A word's [`Kind`] and the lists that hold it as written, remembered per thread ([`Seen`]).
fn looked_up(word: &str) -> (Kind, u64) {
    /// Words remembered before the cache starts afresh.
    const SEEN_MAX: usize = 1 << 16;
    SEEN.with_borrow_mut(|seen| {
        let (base, len) = seen.text;
        let place = Some((word.as_ptr() as usize).wrapping_sub(base))
            .filter(|&p| p < len && !word.is_empty());
        if let Some(p) = place
            && let Some(&(n, found)) = seen.found.get(seen.at[p] as usize)
            && n == word.len()
        {
            return found;
        }
        let found = match seen.words.get(word) {
            Some(&found) => found,
            None => {
                let found = (
                    kind_uncached(word),
                    Lower::new(word, Fold::None).map_or(0, |l| lists(l.bytes())),
                );
                if seen.words.len() >= SEEN_MAX {
                    seen.words.clear();
                }
                seen.words.insert(word.into(), found);
                found
            }
        };
        if let Some(p) = place {
            seen.at[p] = u32::try_from(seen.found.len()).unwrap_or(u32::MAX);
            seen.found.push((word.len(), found));
        }
        found
    })
}

fn kind_uncached(word: &str) -> Kind {
    if !word.contains('-') {
        return kind_of_part(word);
    }
    let whole = kind_of_part(word);
    let mut k = Kind {
        given: true,
        world: false,
        surname: whole.surname,
        common: false,
        word: false,
    };
    // a part that is a plain word makes the whole one ("Talgrat-Team", "E-Mail")
    for part in word.split('-') {
        let p = kind_of_part(part);
        let plain = p.plain();
        k.given &= p.given;
        k.world |= p.world;
        k.surname |= p.surname;
        k.common |= p.common && plain;
        k.word |= plain || part.chars().count() < 2;
    }
    k.given |= whole.given;
    k.world = if whole.given {
        whole.world
    } else {
        k.given && k.world
    };
    // Korean given names are written with or without their hyphen ("Ji-woo", "Jiwoo"), and
    // their syllables may be words ("woo"); the world list holds them joined
    if !k.given && word.matches('-').count() == 1 && kind_of_part(&word.replace('-', "")).world {
        k = Kind {
            given: true,
            world: true,
            surname: whole.surname,
            ..Kind::default()
        };
    }
    k
}

/// Whether a hyphenated word is two given names of the main lists ("Hans-Peter",
/// "Klaus-Dieter"), which the world list may hold whole.
fn double_given(word: &str) -> bool {
    word.contains('-')
        && word.split('-').all(|part| {
            let p = kind_of_part(part);
            p.given && !p.world
        })
}

/// One word of the text: letters with inner hyphens and apostrophes ("O'Brien",
/// "Anna-Lena"); `dot` when a full stop follows at once.
#[derive(Debug, Clone, Copy)]
pub(super) struct Token {
    pub(super) start: usize,
    pub(super) end: usize,
    dot: bool,
}

pub(super) fn tokens(text: &str) -> Vec<Token> {
    // the character at byte `i` and its length; ASCII (most of any text) needs no decoding
    let char_at = |i: usize| -> Option<(char, usize)> {
        match text.as_bytes().get(i) {
            Some(&b) if b.is_ascii() => Some((char::from(b), 1)),
            Some(_) => text[i..].chars().next().map(|c| (c, c.len_utf8())),
            None => None,
        }
    };
    let mut out = Vec::with_capacity(text.len() / 6);
    let mut start = None;
    let mut i = 0;
    while let Some((c, len)) = char_at(i) {
        let at = i;
        i += len;
        if c.is_alphabetic() {
            start.get_or_insert(at);
            continue;
        }
        if start.is_some() && matches!(c, '-' | '\'' | '’' | '.') {
            let next = char_at(i).map(|(n, _)| n);
            let inner = c != '.' && next.is_some_and(char::is_alphabetic);
            // "Dipl.-Ing." is one word
            let dotted_hyphen = c == '.' && next == Some('-');
            if inner || dotted_hyphen {
                continue;
            }
        }
        if let Some(s) = start.take() {
            out.push(Token {
                start: s,
                end: at,
                dot: c == '.',
            });
        }
    }
    if let Some(s) = start {
        out.push(Token {
            start: s,
            end: text.len(),
            dot: false,
        });
    }
    out
}

/// Whether every word of a table cell reads as part of a person's name: capitalised (or in
/// capitals), a name or in no list, not a plain word ("Anna Berger", not "Schneegrube bivvy bag").
pub(super) fn name_words(cell: &str) -> bool {
    // (an initial before a name counts: "C. Fitzpatrick", "U. Schmitz-Wendt")
    let cell = cell
        .split_once(' ')
        .filter(|(first, rest)| {
            !rest.is_empty()
                && first
                    .strip_suffix('.')
                    .is_some_and(|l| l.chars().count() == 1 && l.chars().all(char::is_uppercase))
        })
        .map_or(cell, |(_, rest)| rest);
    cell.split_whitespace().all(|w| {
        let k = kind(w.trim_end_matches([',', '.']));
        (capitalised(w) || upper_case(w) || particle(w)) && (k.given || k.surname || !k.word)
    })
}

/// Whether a word is frequent in English or German text ("Winter", "Trail", "Outdoor").
pub(super) fn frequent(word: &str) -> bool {
    kind(word).common
}

/// Whether a capitalised word may be a town's name: no given name and no word of the lists
/// ("Athlone", "Kilkenny", not "Anna" or "Thanks").
pub(super) fn town_word(word: &str) -> bool {
    let k = kind(word);
    capitalised(word) && word.chars().all(char::is_alphabetic) && !k.given && !k.word
}

/// Whether a table cell holds a word that is surely a name: a given name that is no frequent
/// word, or a surname that is no word at all ("Gibson", "Kultys"; not "Baker" or "Rose").
pub(super) fn sure_name(cell: &str) -> bool {
    cell.split_whitespace().any(|w| {
        let k = kind(w.trim_end_matches([',', '.']));
        k.strong_given() || (k.surname && !k.word)
    })
}

/// Two or more letters, all upper case ("MÜLLER", "O'NEIL").
fn upper_case(word: &str) -> bool {
    // (the cheap test first: most words have a lower-case letter second)
    word.chars().all(|c| !c.is_lowercase())
        && word.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// A name in capitals, as forms and CV headings write it: "MARVIN HUBER", "ANNA VON BERG": a
/// given name that is no word, then a surname or a word in no list.
fn upper_case_name(text: &str, toks: &[Token], i: usize) -> Option<(usize, usize, usize)> {
    let first = kind(&text[toks[i].start..toks[i].end]);
    if !first.strong_given() {
        return None;
    }
    let mut j = i + 1;
    while j < toks.len() && j - i < 4 && spaces_between(text, &toks[j - 1], &toks[j]) {
        let w = &text[toks[j].start..toks[j].end];
        if !upper_case(w) && !particle(w) {
            break;
        }
        j += 1;
    }
    while j > i + 1 && particle(&text[toks[j - 1].start..toks[j - 1].end]) {
        j -= 1;
    }
    let last = kind(&text[toks[j - 1].start..toks[j - 1].end]);
    (j > i + 1 && (last.surname || !last.word)).then(|| span(toks, i, j, false))
}

/// A word in capitals that is a name or in no list, and no frequent word ("RILDOS", "TRÜB").
fn capital_name(word: &str) -> bool {
    let k = kind(word);
    upper_case(word) && !k.common && (k.given || k.surname || !k.word)
}

/// Two or three words in capitals that are names or in no list, before a job title: "ORVELIN
/// TASKARI · Office Manager · Bluefin Media".
fn upper_case_titled(text: &str, toks: &[Token], i: usize) -> Option<(usize, usize, usize)> {
    let name = |x: usize| capital_name(&text[toks[x].start..toks[x].end]);
    let mut j = i;
    while j < toks.len() && j - i < 3 && (j == i || spaces_between(text, &toks[j - 1], &toks[j])) {
        if !name(j) {
            break;
        }
        j += 1;
    }
    (j >= i + 2 && job_title(&text[toks[j - 1].end..])).then(|| span(toks, i, j, false))
}

/// One or two words in capitals after a form label or a signature cue, that are names or in no
/// list: "Signed by EMMEN.", "Name on card: RILDOS RANDDREIR".
fn upper_case_labelled(text: &str, toks: &[Token], i: usize) -> Option<(usize, usize, usize)> {
    if context_at(text, toks, i) < Context::Label {
        return None;
    }
    let name = |x: usize| capital_name(&text[toks[x].start..toks[x].end]);
    // "SURNAME, GIVEN" as forms print it, to the end of the line: "Name, Vorname: BERGER, ANNA"
    if let Some(n) = toks.get(i + 1)
        && &text[toks[i].end..n.start] == ", "
        && upper_case(&text[toks[i].start..toks[i].end])
        && upper_case(&text[n.start..n.end])
        && {
            let k = kind(&text[n.start..n.end]);
            k.given || !k.word
        }
        && text[n.end..]
            .trim_start_matches([' ', '\t'])
            .chars()
            .next()
            .is_none_or(|c| c == '\n' || c == '\r')
    {
        return Some(span(toks, i, i + 2, false));
    }
    if !name(i) {
        return None;
    }
    // after a given name, a surname in capitals may be a word too: "Cardholder: ADELE TRÜB"
    let given = kind(&text[toks[i].start..toks[i].end]).strong_given();
    let two = toks.get(i + 1).is_some_and(|n| {
        spaces_between(text, &toks[i], n)
            && (name(i + 1) || (given && upper_case(&text[n.start..n.end])))
    });
    let j = if two { i + 2 } else { i + 1 };
    Some(span(toks, i, j, false))
}

/// Two or three words in capitals after a record's code and before a wide gap, as fixed-width
/// payroll and bank files write a name, surname first: "EMP0439 FOX WILLIAM      IE54 …",
/// "EMP1165 PRAIDORF KRAURGUSKO   DE09 …". Each word is a name or in no list ("TG-RJ-100
/// FIRSTWAND JACKE   199,95" is a product).
fn upper_case_coded(text: &str, toks: &[Token], i: usize) -> Option<(usize, usize, usize)> {
    let line_start = text[..toks[i].start].rfind('\n').map_or(0, |n| n + 1);
    let code = text[line_start..toks[i].start]
        .strip_suffix(' ')?
        .rsplit([' ', '\t'])
        .next()?;
    if !code.bytes().any(|b| b.is_ascii_digit()) || !code.bytes().any(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let mut j = i + 1;
    while j < toks.len()
        && j - i < 3
        && &text[toks[j - 1].end..toks[j].start] == " "
        && upper_case(&text[toks[j].start..toks[j].end])
    {
        j += 1;
    }
    let rest = &text[toks[j - 1].end..];
    let names = (i..j).all(|x| kind(&text[toks[x].start..toks[x].end]).name_like());
    (j > i + 1 && (rest.starts_with("  ") || rest.starts_with('\t')) && names)
        .then(|| span(toks, i, j, false))
}

/// Upper-case first letter and some lower-case letter after it ("Anna", "McDonald", "O'Neil").
fn capitalised(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
}

/// How a word is written: with capitals ("Anna", "McDonald", "ANNA") or in lower case ("anna").
#[derive(Clone, Copy, PartialEq, Eq)]
enum Case {
    Capital,
    Lower,
}

impl Case {
    /// How a name's word is written, a small prefix aside: "el-Khatib", "d'Angelo" have
    /// capitals.
    fn of_name(word: &str) -> Option<Self> {
        let word = word.trim_end_matches('.');
        let rest = word
            .split_once(['-', '\'', '’'])
            .filter(|(prefix, _)| prefix.len() <= 3 && prefix.chars().all(char::is_lowercase))
            .map_or(word, |(_, rest)| rest);
        Self::of(rest)
    }

    fn of(word: &str) -> Option<Self> {
        if capitalised(word) || upper_case(word) {
            Some(Self::Capital)
        } else {
            word.chars().all(char::is_lowercase).then_some(Self::Lower)
        }
    }
}

/// Honorifics and academic titles, as written before a name (case-sensitive; a trailing full
/// stop is part of the entry where it is usual).
const HONORIFICS: &[&str] = &[
    "Herr",
    "Herrn",
    "Frau",
    "Hr.",
    "Hrn.",
    "Fr.",
    "Dr.",
    "Prof.",
    "Dipl.-Ing.",
    "Dipl.-Kfm.",
    "Mag.",
    "Ing.",
    "med.",
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Mx",
    "Mx.",
    "Miss",
    "Mister",
    "Sir",
    "Madame",
    "Mme",
    "Mme.",
    "Mlle",
    "Monsieur",
    "Sr.",
    "Sra.",
    "Srta.",
    "Señor",
    "Señora",
    "Sig.",
    "Sig.ra",
    "Signor",
    "Signora",
    "Dhr.",
    "Mevr.",
    "Dott.",
    "Ds.",
    "Dr",
    "Prof",
    // "for the attention of"
    "FAO",
    // police ranks on an officer's request ("Von: PHK Larysa Boyko, PI Oberstdorf")
    "PHK",
    "POK",
    "PK",
    "KHK",
    "KOK",
    "Sgt",
    "Sgt.",
];

/// What [`honorific`] reads of [`HONORIFICS`]: the bytes that open one, and the length in bytes
/// of the longest. Checked when the crate is built, what [`honorific_at`] relies on: no entry
/// holds a space or a byte 0xC2.
const HONORIFIC_SHAPE: ([bool; 256], usize) = {
    let mut first = [false; 256];
    let mut i = 0;
    while i < HONORIFICS.len() {
        let entry = HONORIFICS[i].as_bytes();
        first[entry[0] as usize] = true;
        let mut j = 0;
        while j < entry.len() {
            assert!(
                entry[j] != b' ' && entry[j] != 0xC2,
                "an honorific holds a space"
            );
            j += 1;
        }
        i += 1;
    }
    (first, longest(HONORIFICS))
};

/// Whether an honorific may open `text`: its first byte opens one of [`HONORIFICS`].
fn honorific_opens(text: &str) -> bool {
    text.as_bytes()
        .first()
        .is_some_and(|&b| HONORIFIC_SHAPE.0[usize::from(b)])
}

/// Whether `word` is one of [`HONORIFICS`] as written; its first byte and its length rule out
/// almost every other word without a comparison.
fn honorific(word: &str) -> bool {
    honorific_opens(word) && word.len() <= HONORIFIC_SHAPE.1 && HONORIFICS.contains(&word)
}

/// The honorific or title at byte `pos` of `text`, as its length (it must end the word).
fn honorific_at(text: &str, pos: usize) -> Option<usize> {
    let rest = &text[pos..];
    if !honorific_opens(rest) {
        return None;
    }
    // an honorific is followed by a space or a no-break space (0xC2 0xA0) and holds neither
    // (nor any other character of lead byte 0xC2), so the one candidate ends at the first such
    // byte within reach of the longest entry
    let n = rest
        .bytes()
        .take(HONORIFIC_SHAPE.1 + 1)
        .position(|b| b == b' ' || b == 0xC2)?;
    (rest[n..].starts_with([' ', '\u{a0}']) && honorific(&rest[..n])).then_some(n)
}

/// A PERSON match less the honorifics and titles that open it, as the conventions leave them
/// out ("— Dr. Ildikó Mészáros" is "Ildikó Mészáros"), when a name is left.
pub(super) fn without_honorifics(text: &str, m: &mut Match) {
    let (from, value) = past_honorifics(text, m.start, &m.text);
    if from > m.start && value.chars().any(char::is_alphabetic) {
        m.start = from;
        m.text = value.to_string();
    }
}

/// A value that starts at byte `from` of `text`, less the honorifics and titles that open it
/// ("Herr Kuno Schmiedt", "Dr. Ilka Fremer"), and where it then starts.
fn past_honorifics<'a>(text: &str, mut from: usize, mut value: &'a str) -> (usize, &'a str) {
    while let Some(n) = honorific_at(text, from) {
        let after = text[from + n..].trim_start_matches([' ', '.']);
        let skip = text.len() - after.len() - from;
        value = value.get(skip..).unwrap_or_default();
        from += skip;
    }
    (from, value)
}

/// Particles inside a name: "von der", "van", "de la", "zu", "di", "O'" is part of the word.
const PARTICLES: &[&str] = &[
    "von", "vom", "van", "der", "den", "dem", "ter", "ten", "zu", "zur", "de", "del", "della",
    "di", "da", "dos", "du", "le", "la", "y", "bin", "al", "el", "Ó", "Ní", "Nic", "Mac",
];

/// Capitalised function words that lists may also hold as given names ("An", "Mit", "Da").
const FUNCTION_WORDS: &[&str] = &[
    "An", "Am", "Auf", "Aus", "Bei", "Da", "Dank", "Danke", "Für", "Im", "In", "Mit", "Nach",
    "Per", "So", "Über", "Um", "Von", "Vom", "Zu", "At", "By", "For", "From", "On", "To", "Via",
    "With", "And", "But", "Par", "Pour", "Avec", "Con", "Met", "Aan", "Bij", "Voor", "Said",
    "Says", "Asked", "Ask", "Tell", "Call", "Ping", "Email", "Cc", "Bitte", "Please",
];

/// Names of firms, brands and places that read like a person's ("Jack Wolfskin", "Royal Mail",
/// "Ben Nevis"): carriers, fashion and outdoor brands named after their founders, and places
/// a shop's text names.
const NOT_PEOPLE: &[&str] = &[
    // a letter's greeting to no one by name ("Dear Sirs,")
    "Sirs",
    // countries, as forms and tax lines name them ("Tax ID (Germany):")
    "Germany",
    "Deutschland",
    "Austria",
    "Österreich",
    "Switzerland",
    "Schweiz",
    "France",
    "Frankreich",
    "Italy",
    "Italien",
    "Spain",
    "Spanien",
    "Netherlands",
    "Niederlande",
    "Belgium",
    "Belgien",
    "Poland",
    "Polen",
    "Ireland",
    "Irland",
    "Denmark",
    "Dänemark",
    "Sweden",
    "Schweden",
    "Norway",
    "Norwegen",
    "Luxembourg",
    "Luxemburg",
    "Großbritannien",
    "United Kingdom",
    "United States",
    "An Post",
    "Royal Mail",
    "Parcel Force",
    "Deutsche Post",
    "Swiss Post",
    "Hermes Germany",
    "Jack Wolfskin",
    "Helly Hansen",
    "Tommy Hilfiger",
    "Ralph Lauren",
    "Calvin Klein",
    "Hugo Boss",
    "Tom Tailor",
    "Marc O'Polo",
    "Michael Kors",
    "Ted Baker",
    "Paul Smith",
    "Fred Perry",
    "Ben Sherman",
    "Stella McCartney",
    "Karl Lagerfeld",
    "Vivienne Westwood",
    "Kate Spade",
    "Tory Burch",
    "Jack Jones",
    "Anna Field",
    "Salomon",
    "Royal Robbins",
    "Mary Kay",
    "Estée Lauder",
    "Victoria Beckham",
    "Peter Storm",
    "Craig Johnstone",
    "Ben Nevis",
    "Glen Coe",
    "Glencoe",
    "Mont Blanc",
    "Monte Rosa",
    "Piz Buin",
    "Piz Bernina",
    "Jackson Hole",
    "Lake Tahoe",
    "Fort William",
    "San Francisco",
    "San Diego",
    "San Sebastian",
    "Santa Monica",
    "Santa Barbara",
    "St. Ives",
    "St. Paul",
    "St. Moritz",
    "St. Anton",
    "Isle of Skye",
    "Mount Washington",
    "Mount Rainier",
    "Mount Hood",
    "Lake Louise",
    "Costa Brava",
    "Monte Carlo",
    "Gran Canaria",
    "Santa Cruz",
    "Hyde Park",
    "Ben Lomond",
    "Scafell Pike",
    "Snowdon",
    "Helvellyn",
    "Pen y Fan",
    "Zugspitze",
    "Mount Everest",
];

/// Whether a span is a firm, brand or place of [`NOT_PEOPLE`], or starts with one.
fn not_people(span: &str) -> bool {
    NOT_PEOPLE.iter().any(|n| {
        span.strip_prefix(n)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    })
}

/// The length in bytes of the longest word of a list, computed when the crate is built.
const fn longest(list: &[&str]) -> usize {
    let mut max = 0;
    let mut i = 0;
    while i < list.len() {
        if list[i].len() > max {
            max = list[i].len();
        }
        i += 1;
    }
    max
}

pub(super) fn particle(word: &str) -> bool {
    // most words are longer than any particle and need no comparison
    word.len() <= const { longest(PARTICLES) }
        && PARTICLES.iter().any(|p| p.eq_ignore_ascii_case(word))
}

/// How much the words around a run say that it is a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Context {
    None,
    /// "von", "from", "mit", "by", …: enough for a two-word name whose given name is also a
    /// word, not for one word alone.
    Soft,
    /// A greeting, a sign-off, a testimonial dash, "schrieb"/"wrote" after.
    Label,
    /// A form label or header field ("Nachname:", "Kontoinhaber", "From:").
    Field,
}

/// Words for the person to turn to, which a label may qualify ("Ansprechpartner am Tag:").
const CONTACTS: &[&str] = &[
    "ansprechpartner",
    "ansprechpartnerin",
    "ansprechperson",
    "kontaktperson",
    "contact person",
    "point of contact",
    "contact",
    "kontakt",
];

/// Header fields that need their colon ("From: Anna Berger", not "Jacke von Vaude").
const HEADERS: &[&str] = &[
    "name",
    "from",
    "von",
    "to",
    "an",
    "bcc",
    "reply-to",
    "sender",
    "customer",
    "client",
    "contact",
    "owner",
    "agent",
    // a till journal's manager who approves ("cashier: K. Hopkins / mgr: Rao")
    "mgr",
    "chair",
    "organiser",
    "organizer",
    "organisator",
    "organisatorin",
    "notes",
    "memo",
    "host",
    "moderator",
    "moderation",
    "vorsitz",
    "protokoll",
    "speaker",
    "sprecher",
    "sprecherin",
];

/// Greetings and introductions before a name (lower case; a comma may follow).
const GREETINGS: &[&str] = &[
    "hallo",
    "hi",
    "hey",
    "hello",
    "liebe",
    "lieber",
    "liebes",
    "dear",
    "sehr geehrte",
    "sehr geehrter",
    "moin",
    "servus",
    "grüezi",
    // Swiss German
    "hoi",
    "sali",
    "salü",
    "grüessech",
    "guten tag",
    "guten morgen",
    "good morning",
    "good afternoon",
    "morning",
    "bonjour",
    "salut",
    "ciao",
    "danke",
    "vielen dank",
    "thanks",
    "thank you",
    "it's",
    "its",
    "i'm",
    "i am",
    "liebe/r",
    "thanks to",
    "danke an",
    "dank an",
    "alles gute",
    "happy birthday",
    "herzlichen glückwunsch",
    "congratulations",
    "gratulation",
];

/// People's roles that a name follows after one space as their title does, in copy briefs,
/// proofs and notes ("our tester Fang Jiang", "Photographer Xiaoling Pan", "ambassador Blessing
/// Fashola", "Fotografin Mira Olsen").
const ROLE_TITLES: &[&str] = &[
    "photographer",
    "fotograf",
    "fotografin",
    "tester",
    "testerin",
    "ambassador",
    "botschafter",
    "botschafterin",
    "markenbotschafter",
    "markenbotschafterin",
    "athlete",
    "athlet",
    "athletin",
    "mountain guide",
    "bergführer",
    "bergführerin",
    "illustrator",
    "illustratorin",
    "stylist",
    "stylistin",
];

/// Whom to ask or speak to, and whom a writer singles out: a name may follow ("ask for Eremia",
/// "wenden Sie sich an Quelmira", "especially Kwame").
const REFERRALS: &[&str] = &[
    "ask for",
    "asking for",
    "asked for",
    "speak to",
    "spoke to",
    "speak with",
    "spoke with",
    "talk to",
    "talked to",
    "leave it with",
    "leave with",
    "especially",
    "fragen sie nach",
    "frag nach",
    "fragt nach",
    "wenden sie sich an",
    "wende dich an",
    "erreichen sie",
    "erreichst du",
    "besonders",
    "connecting you to",
    "connect you to",
    "transferring you to",
    "passing you to",
    "verbinde dich mit",
    "verbinde sie mit",
    "verbinde ich dich mit",
    "verbinde ich sie mit",
    "call",
    "called back",
    "rang back",
    "rückruf bei",
    "rückruf an",
    "ring",
    "ask",
    "ruf",
    "rufen sie",
    "frag",
    "fragen sie",
    "on behalf of",
    "im namen von",
    "given by",
    "done by",
    "carried out by",
    "durchgeführt von",
    "erledigt von",
];

/// Introductions: the name that follows is the writer's ("hier ist jana", "this is tom").
const INTRODUCTIONS: &[&str] = &[
    "hier ist",
    "ich bin",
    "this is",
    "my name is",
    "mein name ist",
    "ich heiße",
    "ich heisse",
    "said",
    "says",
    "sagte",
    "sagt",
    "meinte",
];

/// Form labels, header fields and roles before a name (lower case; a colon may follow). After
/// one of these a single capitalised word is a name unless it is a plain word.
const FIELDS: &[&str] = &[
    // people by their relation to the writer or reader ("Your friend Mustofa recommended …",
    // "Dein Teampartner Avhustyn Holoborodko ist …"), and whom a note is for ("Notiz für
    // Édouard: …", "Emergency contact for Ducu: …")
    "friend",
    "freund",
    "freundin",
    "teampartner",
    "teampartnerin",
    "sister",
    "schwester",
    "brother",
    "bruder",
    "son",
    "sohn",
    "daughter",
    "tochter",
    "husband",
    "ehemann",
    "wife",
    "ehefrau",
    "grandson",
    "granddaughter",
    "enkel",
    "enkelin",
    // a police officer or a tradesperson who came by ("Officer Okoye", "Locksmith Kathleen
    // May was here", "Monteur Baris Aydin kommt")
    "officer",
    "garda",
    "pc",
    "constable",
    "sergeant",
    "inspector",
    "detective",
    "polizist",
    "polizistin",
    "locksmith",
    "electrician",
    "plumber",
    "technician",
    "techniker",
    "technikerin",
    "monteur",
    "monteurin",
    "elektriker",
    "elektrikerin",
    "emergency contact for",
    "notfallkontakt",
    // a child's parent on a sign-up list ("(parent: Gentle, Tim, …)", "Elternteil: …")
    "parent",
    "parent/guardian",
    "guardian",
    "elternteil",
    "erziehungsberechtigte",
    "erziehungsberechtigter",
    // who pays, who made a file or a photo, whom to contact at a supplier, who commented
    "payer",
    "zahler",
    "zahlerin",
    "photo credit",
    "bildnachweis",
    "supplier contact",
    "lieferantenkontakt",
    "comment by",
    "kommentar von",
    "note for",
    "notiz für",
    "instructions from",
    "zustellhinweis von",
    "guide",
    "instructor",
    "moderator",
    "moderatorin",
    "screener",
    "person pictured",
    "klarname",
    "real name",
    "staff",
    "owner",
    "zuständig",
    "leitung",
    "bearbeitung",
    "geprüft",
    "geprüft von",
    "checked by",
    "gescannt",
    "gescannt von",
    "scanned by",
    "contact on site",
    "notfall",
    "emergency contact",
    "caller id showed",
    "rufnummernanzeige",
    "cashier on duty",
    "kassendienst",
    "stellvertretung",
    "filialleitung",
    "deputy",
    "begutachtet von",
    "assessed by",
    "unterschrieben",
    "witnessed by",
    "bezeugt von",
    "asked by",
    // the deceased of a bereavement notice: "Re: the late Rose Palmer", "vom Tod von Mathias
    // Kunz erfahren"
    "the late",
    "death of",
    "estate of",
    "tod von",
    "ableben von",
    "nachlass von",
    "verlassenschaft nach",
    // a birth name: "Kyle Allen (née Jones)", "Anna Schmidt, geb. Berger"
    "née",
    "geb.",
    "geborene",
    "maiden name",
    "geburtsname",
    "mädchenname",
    "kundenbetreuer",
    "kundenbetreuerin",
    "kundenberater",
    "kundenberaterin",
    "berater",
    "beraterin",
    "betreuer",
    "betreuerin",
    "account manager",
    "key account manager",
    "sales rep",
    "customer advisor",
    "bewerber",
    "bewerberin",
    "applicant",
    "candidate",
    "kandidat",
    "kandidatin",
    "lebenslauf",
    "cv",
    "resume",
    "résumé",
    "curriculum vitae",
    "vorname",
    "nachname",
    "familienname",
    "vor- und nachname",
    "full name",
    "first name",
    "last name",
    "firstname",
    "lastname",
    "surname",
    "forename",
    "given name",
    "family name",
    // a directory's attributes (LDIF, vCard exports): "givenName: Antje", "sn: Bird"
    "givenname",
    "sn",
    "displayname",
    // a letter's sender in TeX (KOMA-Script's variables, the letter class's command)
    "fromname",
    "signature",
    "kontoinhaber",
    "kontoinhaberin",
    "account holder",
    "karteninhaber",
    "karteninhaberin",
    "cardholder",
    "card holder",
    "kunde",
    "kundin",
    "kundenname",
    "kontakt",
    "kontakt zu",
    "kontaktperson",
    "contact person",
    "ansprechpartner",
    "ansprechpartnerin",
    "ansprechpartner(in)",
    "ansprechperson",
    "rechnungsempfänger",
    "empfänger",
    "recipient",
    "geändert durch",
    "geändert von",
    "eingetragen von",
    "erfasst von",
    "genehmigt",
    "genehmigt von",
    "freigegeben von",
    "approved by",
    "changed by",
    "entered by",
    "updated by",
    "vertretung",
    "covered by",
    "gegründet von",
    "founded by",
    "cc",
    "rechnungsempfängerin",
    "empfängerin",
    "absender",
    "absenderin",
    "inhaber",
    "inhaberin",
    "reviewer",
    "reviewed by",
    "written by",
    "posted by",
    "verfasst von",
    "bewertung von",
    "autor",
    "autorin",
    "author",
    "signed by",
    "escalated to",
    "opened by",
    "handled by",
    "reported by",
    "created by",
    "present",
    "apologies",
    "attendees",
    "anwesend",
    "entschuldigt",
    "eskaliert an",
    "zugewiesen an",
    "erstellt von",
    "bearbeitet von",
    "payee",
    "zahlungsempfänger",
    "unterschrieben von",
    "unterschrift",
    "name on card",
    "geschäftsführer",
    "geschäftsführerin",
    "sachbearbeiter",
    "sachbearbeiterin",
    "bearbeiter",
    "bearbeiterin",
    "anrufer",
    "anruferin",
    "caller",
    "rückruf an",
    "attn",
    "z. hd.",
    "z.hd.",
    "zu händen",
    "c/o",
    "kollege",
    "kollegin",
    "colleague",
    "mitarbeiter",
    "mitarbeiterin",
    "teilnehmer",
    "teilnehmende",
    "teilnehmerin",
    "assigned to",
    "signed",
    "gez.",
    "antwort an",
    "checked by",
    "processed by",
    "prepared by",
    "sign-off by",
    "signed off by",
    "introduced by",
    "referred by",
    "geprüft von",
    "geprüft durch",
    "bearbeitet durch",
    "freigegeben durch",
    "response from",
    "reply from",
    "message from",
    "dm from",
    "quote from",
    "note from",
    "feedback from",
    "fyi from",
    "antwort von",
    "nachricht von",
    "rückmeldung von",
    "feedback von",
    "zitat von",
    "hinweis von",
    "call back",
    "spoke with",
    "spoke to",
    "gesprochen mit",
    "telefonat mit",
    "meeting with",
    "termin mit",
    "besteller",
    "bestellerin",
    "ordered by",
    "purchaser",
    "käufer",
    "käuferin",
    "renter",
    "mieter",
    "mieterin",
    "voicemail from",
    "sprachnachricht von",
    "billing name",
    "ship to",
    "lieferung an",
    // people named by their relation to the writer: "my manager Peace Adeyemi", "left with
    // neighbour Morandini", "meine Tochter Lea"
    "my mother",
    "my father",
    "my daughter",
    "my son",
    "my partner",
    "my wife",
    "my husband",
    "my sister",
    "my brother",
    "my manager",
    "my boss",
    "neighbour",
    "neighbor",
    "meine mutter",
    "mein vater",
    "meine tochter",
    "mein sohn",
    "mein partner",
    "meine partnerin",
    "meine frau",
    "mein mann",
    "meine schwester",
    "mein bruder",
    "mein chef",
    "meine chefin",
    "oma",
    "opa",
    "tante",
    "onkel",
    "grandma",
    "grandpa",
    "agent",
    "kontaktname",
    "contact name",
    "angefordert von",
    "requested by",
    "gemeldeter nutzer",
    "gemeldete nutzerin",
    "reported user",
    "bringt mit",
    "sein partner",
    "seine partnerin",
    "ihr partner",
    "ihre partnerin",
    "his partner",
    "her partner",
    "angenommen von",
    "entgegengenommen von",
    "received by",
    "signed for by",
    "advice from",
    "führungskraft",
    "unterschrieben",
    "namensschild",
    "name tag",
    "notes by",
    "colleague of",
    "staff member",
    "parcel for",
    "paket für",
    "collector",
    "authorised to collect",
    "authorized to collect",
    "abholberechtigt",
    "invited by",
    "eingeladen von",
    "also bringing",
    "patient",
    "patientin",
    "assignee",
    "requester",
    "requestor",
    "reporter",
    "taken by",
    "aufgenommen von",
    "wiedervorlage",
    "zahlungspflichtiger",
    "zahlungspflichtige",
    "zahlungspflichtige/r",
    // who does the work or owes it: "Driver: Harshil.", "Techniker: Z. Voinea"
    "driver",
    "fahrer",
    "fahrerin",
    "zusteller",
    "zustellerin",
    "techniker",
    "technikerin",
    "technician",
    "mechanic",
    "mechaniker",
    "mechanikerin",
    "debtor",
    "schuldner",
    "schuldnerin",
    "consignee",
    "rechnungsname",
    "anzeigename",
    "display name",
    "voller name",
];

/// Words before a name that make it more likely, not certain.
const SOFT: &[&str] = &[
    "by", "mit", "with", "für", "for", "bei", "per", "laut", "und", "and", "via", "frag", "ask",
    "email", "mail", "call",
];

/// Words right after a name that make it a person.
const AFTER: &[&str] = &[
    "abgeben",
    "zurückrufen",
    "ruft zurück",
    "ruft",
    "to call back",
    "to follow up",
    "schrieb",
    "schreibt",
    "wrote",
    "writes",
    "said",
    "says",
    "sagte",
    "sagt",
    "meinte",
    "meint",
    "asked",
    "asks",
    "fragte",
    "fragt",
    "called",
    "calls",
    "rief",
    "replied",
    "antwortete",
    "mentioned",
    "erwähnte",
    "hat angerufen",
    "hat geschrieben",
    "will call",
    "is out",
    "ist im urlaub",
    "hier",
    "here",
    "speaking",
    "rang",
    "phoned",
    "emailed",
    "e-mailed",
    "texted",
    "messaged",
    "complained",
    "recommends",
    "recommended",
    "commented",
    "confirmed",
    "reported",
    "promised",
    "explained",
    "ruft an",
    "rief an",
    "ruft zurück",
    "rief zurück",
    "empfiehlt",
    "empfahl",
    "beschwert sich",
    "beschwerte sich",
    "meldet sich",
    "meldete sich",
    "bestätigt",
    "bestätigte",
    // "Kyle and I would like to swap"
    "and I",
    "und ich",
];

/// Participles that make "hat … angerufen" after a name a person's doing, with up to three words
/// between ("Quelmira Dastorf hat im Laden angerufen").
const DONE: &[&str] = &[
    "angerufen",
    "geschrieben",
    "kommentiert",
    "gemailt",
    "reklamiert",
    "nachgefragt",
    "bestätigt",
    "zugesagt",
    "abgesagt",
    "empfohlen",
    "sich beschwert",
    "sich gemeldet",
];

/// Whether `rest` opens with "hat" and one of [`DONE`] ends the clause within four words.
fn has_done(rest: &str) -> bool {
    let Some(clause) = rest.strip_prefix("hat ") else {
        return false;
    };
    let clause = clause
        .split(['.', ',', ';', '!', '?', '\n'])
        .next()
        .unwrap_or_default();
    let words: Vec<&str> = clause.split_whitespace().take(5).collect();
    (1..=words.len()).any(|n| {
        let head = words[..n].join(" ");
        DONE.iter().any(|d| ends_with_phrase(&head, d))
    })
}

/// Sign-offs: a name on the line after one is the writer's.
const SIGN_OFFS: &[&str] = &[
    "grüße",
    "grüßen",
    "gruß",
    "grüsse",
    "grüssen",
    "gruss",
    "regards",
    "cheers",
    "thanks",
    "thank you",
    "thanks so much",
    "thank you so much",
    "thanks a lot",
    "thanks again",
    "speak soon",
    "talk soon",
    "danke",
    "danke schön",
    "danke dir",
    "danke euch",
    "bis dann",
    "dank",
    "merci",
    "gracias",
    "grazie",
    "bedankt",
    "saludos",
    "cordialement",
    "groeten",
    "saluti",
    "sincerely",
    "best",
    "best wishes",
    "yours",
    "yours truly",
    "mfg",
    "lg",
    "vg",
    "bg",
    "herzlichst",
    "ciao",
    "bis bald",
    "take care",
    "tschüss",
    "servus",
    "bussi",
    "xoxo",
    "all the best",
    "beste grüße",
    "warmly",
    "--",
    "sent from my iphone",
    "sent from my phone",
    "sent from my android",
    "sent from my mobile",
    "gesendet",
    "envoyé de mon iphone",
];

/// Roles in brackets after a name: "Silke (agent)", "C. Collins (Chair)"; a guest list's
/// companions: "Mia Kallert (+1)".
const ROLES: &[&str] = &[
    "+1",
    "+2",
    "plus one",
    "mit begleitung",
    "agent",
    "customer",
    "support",
    "chair",
    "secretary",
    "guest",
    "host",
    "moderator",
    "speaker",
    "kunde",
    "kundin",
    "kund:in",
    "vorsitz",
    "protokoll",
    "gast",
    "moderation",
    "sales",
    "hr",
    "vertrieb",
    "einkauf",
    "purchasing",
    "buchhaltung",
    "accounting",
    "admin",
    "manager",
    "design",
    "dev",
    "development",
    "entwicklung",
    "agency",
    "agentur",
    "intern",
    "praktikant",
    "praktikantin",
    "us",
    "them",
    "wir",
    "decision maker",
    "entscheidet",
    "tester",
    "testerin",
    "einkäufer",
    "einkäuferin",
];

/// Replies that open a line before a name: "Done, Leon – …", "Sure, Anna".
const REPLIES: &[&str] = &[
    "done", "sure", "ok", "okay", "yes", "no", "sorry", "great", "perfect", "thanks", "fine",
    "erledigt", "klar", "gerne", "gern", "ja", "nein", "super", "prima", "alles", "genau",
];

/// Interjections that open a reply after a speaker's label ("Agent: Oh, das tut mir leid"),
/// though a list may hold one as a surname ("Oh, Geeta" is a name).
const INTERJECTIONS: &[&str] = &["oh", "ah", "ach", "oje", "hmm", "oops", "wow"];

/// Phrase lists indexed by two bytes of each phrase, lower-cased: the last two for
/// [`Phrases::ending`], the first two for [`Phrases::opening`]. A test then compares only the
/// few phrases of its bucket instead of every phrase of the lists.
struct Phrases {
    at_end: bool,
    buckets: Box<[Vec<&'static str>]>,
}

impl Phrases {
    const BUCKETS: usize = 256;

    /// The lists as phrases that may end a text ([`ends_with_phrase`]).
    fn ending(lists: &[&[&'static str]]) -> Self {
        Self::new(lists, true)
    }

    /// The lists as phrases that may open a text ([`starts_with_phrase`]).
    fn opening(lists: &[&[&'static str]]) -> Self {
        Self::new(lists, false)
    }

    fn new(lists: &[&[&'static str]], at_end: bool) -> Self {
        let mut buckets = vec![Vec::new(); Self::BUCKETS].into_boxed_slice();
        for &phrase in lists.iter().flat_map(|l| l.iter()) {
            // every phrase of the lists has two bytes or more; a shorter one is a programming
            // error caught by every test
            let key = Self::key(at_end, phrase.as_bytes())
                .unwrap_or_else(|| panic!("phrase {phrase:?} is shorter than two bytes"));
            buckets[key].push(phrase);
        }
        Self { at_end, buckets }
    }

    /// The bucket of a text's last (or first) two bytes; `None` for a text shorter than that.
    fn key(at_end: bool, s: &[u8]) -> Option<usize> {
        let pair = if at_end {
            s.get(s.len().checked_sub(2)?..)?
        } else {
            s.get(..2)?
        };
        let [a, b] = [pair[0], pair[1]].map(|c| usize::from(c.to_ascii_lowercase()));
        Some((a * 31 + b) % Self::BUCKETS)
    }

    /// The phrases that may match `s`: those whose two bytes fall in its bucket.
    fn candidates(&self, s: &str) -> &[&'static str] {
        Self::key(self.at_end, s.as_bytes()).map_or(&[], |k| &self.buckets[k])
    }

    /// Whether `seg` ends (or opens) with one of the phrases at a word boundary.
    fn matches(&self, seg: &str) -> bool {
        self.candidates(seg).iter().any(|p| {
            if self.at_end {
                ends_with_phrase(seg, p)
            } else {
                starts_with_phrase(seg, p)
            }
        })
    }
}

/// Whether `seg` ends with `phrase` (ASCII case-insensitive) at a word boundary.
#[inline]
fn ends_with_phrase(seg: &str, phrase: &str) -> bool {
    let (s, p) = (seg.as_bytes(), phrase.as_bytes());
    // the last bytes rule out almost every phrase without a comparison of the rest
    s.len() >= p.len()
        && s.last().map(u8::to_ascii_lowercase) == p.last().map(u8::to_ascii_lowercase)
        && s[s.len() - p.len()..].eq_ignore_ascii_case(p)
        && seg[..s.len() - p.len()]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
}

#[inline]
fn starts_with_phrase(seg: &str, phrase: &str) -> bool {
    let (s, p) = (seg.as_bytes(), phrase.as_bytes());
    s.len() >= p.len()
        && s.first().map(u8::to_ascii_lowercase) == p.first().map(u8::to_ascii_lowercase)
        && s[..p.len()].eq_ignore_ascii_case(p)
        && seg[p.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric())
}

/// Strip what may stand between a context word and a name: spaces, a colon, a comma.
fn trim_gap(s: &str) -> &str {
    s.trim_end_matches([' ', '\t', ':', ',', '\u{a0}'])
}

/// The last word of every context phrase, lower-cased: a run whose word before is none of
/// these, on the same line and without a dash between, has no context before it.
static CUES: LazyLock<FxHashSet<String>> = LazyLock::new(|| {
    [
        FIELDS,
        HEADERS,
        GREETINGS,
        INTRODUCTIONS,
        SIGN_OFFS,
        SOFT,
        REFERRALS,
        ROLE_TITLES,
    ]
    .iter()
    .flat_map(|list| list.iter())
    .filter_map(|p| {
        p.split(|c: char| !(c.is_alphabetic() || matches!(c, '\'' | '’' | '-')))
            .map(|w| w.trim_matches('-'))
            .rfind(|w| !w.is_empty())
            // as Lower writes words
            .map(|w| w.to_lowercase().replace('ß', "ss"))
    })
    .collect()
});

/// The phrase lists [`context`] and the other context tests ask, indexed.
static FIELD_ENDS: LazyLock<Phrases> = LazyLock::new(|| Phrases::ending(&[FIELDS]));
static HEADER_ENDS: LazyLock<Phrases> = LazyLock::new(|| Phrases::ending(&[HEADERS]));
static INTRODUCTION_ENDS: LazyLock<Phrases> = LazyLock::new(|| Phrases::ending(&[INTRODUCTIONS]));
static LABEL_ENDS: LazyLock<Phrases> =
    LazyLock::new(|| Phrases::ending(&[GREETINGS, SIGN_OFFS, REFERRALS]));
static ROLE_ENDS: LazyLock<Phrases> = LazyLock::new(|| Phrases::ending(&[ROLE_TITLES]));
static SOFT_ENDS: LazyLock<Phrases> = LazyLock::new(|| Phrases::ending(&[SOFT]));
static SIGN_OFF_ENDS: LazyLock<Phrases> = LazyLock::new(|| Phrases::ending(&[SIGN_OFFS]));
static CONTACT_OPENS: LazyLock<Phrases> = LazyLock::new(|| Phrases::opening(&[CONTACTS]));
static AFTER_OPENS: LazyLock<Phrases> = LazyLock::new(|| Phrases::opening(&[AFTER]));
static GREETING_OPENS: LazyLock<Phrases> = LazyLock::new(|| Phrases::opening(&[GREETINGS]));

/// [`context_before`] for the run at token `i`, skipped when the word before is no cue.
fn context_at(text: &str, toks: &[Token], i: usize) -> Context {
    let start = toks[i].start;
    let possible = i == 0 || {
        let prev = toks[i - 1];
        let gap = &text[prev.end..start];
        gap.contains(['\n', '—', '–', '-', '~', '@'])
            || text[..start].ends_with("<td>")
            || gendered(&text[..prev.end])
            || Lower::new(&text[prev.start..prev.end], Fold::None)
                .is_some_and(|l| std::str::from_utf8(l.bytes()).is_ok_and(|w| CUES.contains(w)))
            || (gap.contains(':') && ocr_label(&text[..prev.end]))
    };
    // "i. A. Kitan Soylu": the mark's last word before the name
    let signed = i > 0 && {
        let prev = toks[i - 1];
        prev.dot && matches!(&text[prev.start..prev.end], "A" | "V" | "ppa" | "pp")
    };
    if possible || (signed && on_behalf(&text[..start])) {
        context_before(text, start)
    } else {
        Context::None
    }
}

/// Whether `line` ends with an HTML table's header cell that is a form label, then the
/// opening of the value's cell: `<tr><th>Name</th><td>`.
fn header_cell(line: &str) -> bool {
    line.strip_suffix("<td>")
        .map(str::trim_end)
        .and_then(|l| l.strip_suffix("</th>").or_else(|| l.strip_suffix("</td>")))
        .and_then(|l| l.rsplit_once('>'))
        .is_some_and(|(_, key)| {
            let key = key.trim().trim_end_matches(':').to_lowercase();
            FIELDS.contains(&key.as_str()) || HEADERS.contains(&key.as_str())
        })
}

/// Whether `before` ends with a mark of signing for the firm or on someone's behalf ("i. A.",
/// "i. V.", "ppa.", "pp."): a name follows.
fn on_behalf(before: &str) -> bool {
    let before = before.trim_end_matches([' ', '\t']);
    ["i. A.", "i.A.", "i. V.", "i.V.", "ppa.", "pp."]
        .iter()
        .any(|m| {
            before.strip_suffix(m).is_some_and(|b| {
                b.chars()
                    .next_back()
                    .is_none_or(|c| c.is_whitespace() || c == '(')
            })
        })
}

/// The context before byte `start`, where a run (after any honorifics) begins.
fn context_before(text: &str, start: usize) -> Context {
    // a mention in a chat or a comment: "@Gülsüm guck mal" (an e-mail's domain follows a word)
    if let Some(before) = text[..start].strip_suffix('@')
        && before.chars().next_back().is_none_or(char::is_whitespace)
    {
        return Context::Label;
    }
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line = &text[line_start..start];
    let seg = trim_gap(line);
    if on_behalf(line) || header_cell(line) {
        return Context::Label;
    }
    if seg.is_empty() {
        return if line_start > 0 && signed_off(&text[..line_start - 1]) {
            Context::Label
        } else if line_start > 0 && label_line(&text[..line_start - 1]) {
            // "Ship to:\nAnna Berger", "Teilnehmer:\n…"
            Context::Label
        } else if name_column(text, line_start) {
            Context::Field
        } else {
            Context::None
        };
    }
    // a testimonial's attribution: "— Anna B.", "„…“ – Anna B."
    let dashed = seg.trim_end_matches([' ', '\t']);
    let quoted = dashed
        .trim_end_matches(['—', '–', '~', '-'])
        .trim_end()
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '"' | '“' | '”' | '„' | '»' | '«' | '\'' | '.' | '!'));
    // a note of several lines signed after a dash at its very end: "… per policy – Taamir",
    // "… – S. Dooey" (a line of copy ends with a product so: "Built for storms – Firstwand")
    let signed = dashed.ends_with(" –") && text[..start].contains('\n') && {
        let rest = text[start..].trim_end_matches(['.', ' ', '\n']);
        !rest.contains('\n') && rest.split_whitespace().count() <= 3
    };
    if (quoted || signed)
        && (dashed.ends_with(['—', '–', '~'])
            || (dashed.ends_with('-') && (dashed.len() == 1 || dashed.ends_with(" -"))))
    {
        // a dash that opens the line is a list item, a name only when the item is one:
        // "- Jay Allen (+1)", "- erik: returns", not "- Flachnähte an allen Verbindungen"
        let bullet = dashed
            .trim_end_matches(['—', '–', '~', '-'])
            .trim()
            .is_empty();
        // a review's author under it on a dash line of its own: "… worked a treat!⏎– Mitchell"
        let quotation = !bullet
            || quote_above(&text[..line_start])
            || (line_above(&text[..line_start]).is_some_and(|l| l.ends_with('!'))
                && !bullet_below(&text[start..]));
        return if (quotation && attributed(&text[start..]))
            || (bullet && name_list(text, line_start))
        {
            Context::Label
        } else {
            name_item(&text[start..])
        };
    }
    // a field label keeps its colon or stands alone; "Name," in a CSV header is no label
    // and in JSON or YAML: `"last_name": "`, `holder: '`, and in JSON inside a JSON string:
    // `{\"lastName\":\"`
    let line = line.trim_end_matches([' ', '\t', '\u{a0}', '"', '\'', '\\']);
    // a TeX macro's argument under its key: "\signature{", "\setkomavar{fromname}{",
    // "\newcommand{\kunde}{"
    let line = line
        .strip_suffix('{')
        .map_or(line, |l| l.strip_suffix('}').unwrap_or(l));
    let field = line
        .trim_end_matches([' ', '\t', '\u{a0}'])
        .trim_end_matches(':')
        .trim_end_matches([' ', '\t', '\u{a0}', '"', '\'', '\\']);
    let field = if field.contains('_') {
        std::borrow::Cow::Owned(field.replace('_', " "))
    } else {
        std::borrow::Cow::Borrowed(field)
    };
    // a numbered label counts as its word: "Teilnehmer:in 1:", "Guest 2:"
    let field = field
        .as_ref()
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == '#')
        .trim_end();
    let colon = line.trim_end_matches([' ', '\t', '\u{a0}']).ends_with(':');
    // a contact with a short qualifier: "Ansprechpartner am Tag:", "Contact on site:"
    let contact = colon && field.split_whitespace().count() <= 4 && CONTACT_OPENS.matches(field);
    // (a directory's surname attribute keeps its colon: "sn: Bird", not "Serials SN HZA5928700")
    let serial = field
        .rsplit([' ', '\t', ',', '{', '"'])
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("sn"));
    if (FIELD_ENDS.matches(field) && (colon || !serial))
        || contact
        || gendered(field)
        || (colon && ocr_label(field))
        || (colon && {
            let last = last_field(field);
            last.split_whitespace().count() <= 2 && HEADER_ENDS.matches(last)
        })
        || INTRODUCTION_ENDS.matches(seg)
    {
        return Context::Field;
    }
    if LABEL_ENDS.matches(seg)
        || (text[..start].ends_with([' ', '\u{a0}']) && ROLE_ENDS.matches(text[..start].trim_end()))
    {
        return Context::Label;
    }
    if SOFT_ENDS.matches(seg) {
        return Context::Soft;
    }
    Context::None
}

/// Whether `field` ends with a form label as OCR misreads it ("Fami1icnname", "Farnilienname",
/// "Surnamc"): its last word, read with 1 → l, 0 → o, 5 → s and rn → m, is one letter off a
/// one-word label of seven letters or more.
fn ocr_label(field: &str) -> bool {
    let Some(word) = field.split_whitespace().next_back() else {
        return false;
    };
    if word.len() < 7 || !word.is_ascii() {
        return false;
    }
    let read: String = word
        .to_ascii_lowercase()
        .replace("rn", "m")
        .chars()
        .map(|c| match c {
            '1' | '|' => 'l',
            '0' => 'o',
            '5' => 's',
            c => c,
        })
        .collect();
    FIELDS
        .iter()
        .filter(|f| f.len() == read.len() && f.len() >= 7 && !f.contains(' '))
        .any(|f| f.bytes().zip(read.bytes()).filter(|(a, b)| a != b).count() <= 1)
}

/// Whether `before` ends with a German noun in its gender-inclusive form ("Gründer:in",
/// "Bearbeiter*in", "Kund_innen", "MitarbeiterIn"): such a noun always names a role of people,
/// so a name may follow it.
fn gendered(before: &str) -> bool {
    // the ending, and whether it is written with a capital instead of a mark before it
    let Some((stem, camel)) = [
        ("in", false),
        ("innen", false),
        ("In", true),
        ("Innen", true),
    ]
    .iter()
    .find_map(|&(ending, camel)| before.strip_suffix(ending).map(|s| (s, camel))) else {
        return false;
    };
    let stem = match stem.strip_suffix([':', '*', '_', '/']) {
        Some(stem) => stem,
        None if camel => stem,
        None => return false,
    };
    let letters = stem.chars().rev().take_while(|c| c.is_alphabetic()).count();
    letters >= 3 && stem.chars().next_back().is_some_and(char::is_lowercase)
}

/// The last field of a line's text before its colon, apart from markup ("To", "> **Von",
/// "Lead #12 – Name"): a header field is this, alone or in a label of two words ("Ship to"),
/// not prose that happens to end in it ("- Less suited to: constant friction").
fn last_field(field: &str) -> &str {
    // the last field of the line: "Lead #12 – Name", "Source: web; Contact"
    let last = field
        .rsplit([';', '|', '–', '—', ',', '\t', '(', ')'])
        .next()
        .unwrap_or(field);
    let last = last.rsplit(" - ").next().unwrap_or(last);
    // and a slash between fields: "cashier: K. Hopkins / mgr"
    let last = last.rsplit(" / ").next().unwrap_or(last);
    last.trim_start_matches(|c: char| c.is_whitespace() || "#>*-•_".contains(c))
}

/// Whether the line at `line_start` is a row of a table whose header (the first line) starts
/// with a name column: "name,email,phone", "\"Kontakt\";\"E-Mail\"".
fn name_column(text: &str, line_start: usize) -> bool {
    if line_start == 0 {
        return false;
    }
    // the table's first line: the text's, or the first of the block of rows above this one
    // ("…⏎\"Student\",\"Size\"⏎\"Garion Quellholt\",\"S\"")
    let row = text[line_start..].lines().next().unwrap_or_default();
    let Some(sep) = [',', ';', '\t', '|'].into_iter().find(|&c| row.contains(c)) else {
        return false;
    };
    let header = text[..line_start]
        .lines()
        .rev()
        .take_while(|l| l.contains(sep))
        .last()
        .unwrap_or_else(|| text.lines().next().unwrap_or_default());
    // a header's cells are short labels, not sentences ("Speaker 1: Customer care, this is …")
    let labels = header
        .split(sep)
        .all(|cell| cell.split_whitespace().count() <= 3 && !cell.contains([':', '.', '!', '?']));
    if !header.contains(sep) || !labels {
        return false;
    }
    let first = header
        .split(sep)
        .next()
        .unwrap_or_default()
        .trim_matches(|c: char| c == '"' || c.is_whitespace())
        .to_lowercase();
    [
        "name",
        "kontakt",
        "contact",
        "kunde",
        "customer",
        "person",
        "student",
        "schüler",
        "participant",
        "teilnehmer",
        "member",
        "mitglied",
        "guest",
        "gast",
        "winner",
        "gewinner",
        "attendee",
    ]
    .iter()
    .any(|h| first.contains(h))
}

/// Whether the last non-empty line of `before` is a short sign-off ("Viele Grüße,").
fn signed_off(before: &str) -> bool {
    let Some(line) = before.lines().rev().map(str::trim).find(|l| !l.is_empty()) else {
        return false;
    };
    let line = line.trim_end_matches([',', '.', '!', ' ']);
    line.chars().count() <= 40 && SIGN_OFF_ENDS.matches(line)
}

/// Whether the last line of `before` is a short label of its own: "Ship to:", "Present:".
fn label_line(before: &str) -> bool {
    let line = before.rsplit('\n').next().unwrap_or(before).trim();
    line.len() > 1
        && line.ends_with(':')
        && line.split_whitespace().count() <= 3
        && !line.contains(|c: char| c.is_ascii_digit())
}

/// Whether the words after a quotation's dash (`rest`, from the first) can be its author: a
/// name goes on in capitals, with a place or a role after a comma, "aus", "from" ("– Anna B.,
/// Köln", "— Mark from Leeds"), not in lower-case prose ("– Superlativ ohne Beleg").
fn attributed(rest: &str) -> bool {
    const JOINS: &[&str] = &[
        "aus", "from", "in", "at", "of", "vom", "bei", "de", "di", "da",
    ];
    let line = rest.split('\n').next().unwrap_or_default();
    let end = line
        .find([',', '(', '–', '—', '|', ';', '/'])
        .unwrap_or(line.len());
    line[..end]
        .split_whitespace()
        .skip(1)
        .take_while(|w| !JOINS.contains(w))
        .all(|w| particle(w) || !w.chars().next().is_some_and(char::is_lowercase))
}

/// Whether the line around byte `at` is a title ("Google Vintage Olive Tee", "Men's Softshell
/// Moss Jacket"): every word of three letters or more capitalised but at most one, two or more
/// of them plain words of the lists, and no sentence, list or table in it ("Marcel Junck,
/// Tisch 11" is none).
fn title_case(text: &str, at: usize) -> bool {
    let line = &text[line_around(text, at, at)];
    if line.contains(". ") || line.contains([':', '!', '?', '@', ',', '|', '+', '·', '\t', ';']) {
        return false;
    }
    let (mut plain, mut capital, mut lower) = (0usize, 0usize, 0usize);
    for w in line
        .split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
        .filter(|w| w.chars().count() > 2)
    {
        if !w.chars().next().is_some_and(char::is_uppercase) {
            lower += 1;
            continue;
        }
        capital += 1;
        // "Women's" is the word "women"
        let k = kind(w.trim_end_matches("'s").trim_end_matches("’s"));
        plain += usize::from(k.plain());
    }
    // one word in lower case is a title's too ("Google ecofriendly Red Duffel")
    plain >= 2 && (lower == 0 || (lower == 1 && capital >= 3))
}

/// Whether the last non-empty line of `before` ends a quotation: the testimonial a dash on
/// the next line attributes.
/// The last line with text in `before`, without trailing spaces.
fn line_above(before: &str) -> Option<&str> {
    before
        .lines()
        .rev()
        .map(str::trim_end)
        .find(|l| !l.is_empty())
}

/// Whether the line after the one that holds `rest`'s start is another dash item (a list, not
/// an author).
fn bullet_below(rest: &str) -> bool {
    rest.split('\n')
        .nth(1)
        .is_some_and(|l| l.trim_start().starts_with(['-', '–', '—', '•']))
}

fn quote_above(before: &str) -> bool {
    line_above(before)
        .and_then(|l| l.chars().next_back())
        .is_some_and(|c| matches!(c, '"' | '“' | '”' | '»' | '«' | '\''))
}

/// How much a list item (`rest`, from its first word to the end of the text) reads as a name:
/// up to four capitalised words before a field separator or the end of the line ("Jay Allen
/// (+1)", "Heather M.: printer files"), or one word before a colon ("erik: returns"), is a
/// name beside the lists' word ([`Context::Soft`]); with an e-mail address after it, a contact
/// list's name whatever its words ("Gaja Czesak, gczesak72@…"). "Flachnähte an allen
/// Verbindungen" and "Vorgeformte Knie" are no names.
fn name_item(rest: &str) -> Context {
    let line = rest.split('\n').next().unwrap_or_default();
    let end = line
        .find([
            ',', ':', '(', '–', '—', '\t', '|', '✓', '<', '@', '+', ';', '/',
        ])
        .or_else(|| line.find(" - "))
        .unwrap_or(line.len());
    let item = line[..end].trim_end();
    let words: Vec<&str> = item.split_whitespace().collect();
    let colon = line[end..].starts_with(':');
    // a specification's key before its measure is no name ("Barcode: 5390520750406",
    // "Rückenlänge: 47 cm")
    if colon
        && line[end + 1..]
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit())
    {
        return Context::None;
    }
    let shaped = !words.is_empty()
        && words.len() <= 4
        && (words
            .iter()
            .all(|w| particle(w) || w.chars().next().is_some_and(char::is_uppercase))
            || (colon && words.len() == 1));
    if !shaped {
        Context::None
    } else if line[end..].contains('@') {
        Context::Label
    } else {
        Context::Soft
    }
}

/// Whether the list around the item at `line_start` is a list of names: three or more items
/// in a row, nearly all of them name-shaped ([`name_item`]). A feature list ("- Flachnähte an
/// allen Verbindungen", "- Vorgeformte Knie", "- Kordelzug am Saum") is not.
fn name_list(text: &str, line_start: usize) -> bool {
    fn item(line: &str) -> Option<&str> {
        let t = line.trim_start();
        t.strip_prefix(['-', '–', '—', '•', '*'])
            .filter(|rest| rest.starts_with(' '))
            .map(str::trim_start)
    }
    let above = text[..line_start].lines().rev().map_while(item);
    let below = text[line_start..].lines().map_while(item);
    let (mut items, mut names) = (0usize, 0usize);
    for rest in above.chain(below) {
        items += 1;
        names += usize::from(name_item(rest) > Context::None);
    }
    items >= 3 && names * 5 >= items * 4
}

/// Whether `s` is nothing but a list marker: "-", "•", "2.", "[x]".
fn list_marker(s: &str) -> bool {
    let s = s.trim();
    s.is_empty()
        || matches!(s, "-" | "–" | "•" | "*" | "·" | "✓" | ">")
        || (s.len() <= 4
            && s.ends_with(['.', ')'])
            && s[..s.len() - 1].bytes().all(|b| b.is_ascii_digit()))
        || (s.starts_with('[') && s.ends_with(']') && s.chars().count() <= 3)
}

/// Legal forms of companies: a run followed by one in brackets is a person and the employer
/// ("Nina Kask (Brightside Ltd)").
pub(super) const COMPANY_FORMS: &[&str] = &[
    "gmbh", "ag", "kg", "ohg", "gbr", "ug", "se", "ev", "e.v.", "ltd", "ltd.", "llc", "inc",
    "inc.", "plc", "corp", "corp.", "co", "co.", "sa", "s.a.", "sarl", "sas", "srl", "s.r.l.",
    "spa", "s.p.a.", "bv", "b.v.", "nv", "n.v.", "sl", "s.l.", "partg",
];

/// Words of organisations and teams: a line with one is not a person's name.
const ORGANISATION: &[&str] = &[
    "group",
    "gruppe",
    "media",
    "outdoor",
    "supply",
    "sports",
    "sport",
    "team",
    "club",
    "service",
    "services",
    "department",
    "abteilung",
    "kundenservice",
    "support",
    "store",
    "shop",
    "verlag",
    "company",
    "partners",
    "holding",
    "studio",
    // homes and centres: "c/o Meadowbank House", "Fernlea Care Centre"
    "house",
    "centre",
    "center",
    "care",
    "agentur",
    "agency",
    "e.k.",
    "verein",
    "office",
    "büro",
    "hotel",
    "hütte",
    "lager",
    "warehouse",
    "logistics",
    "logistik",
];

/// Words that end a company's name by themselves, without a legal form ("Cooper Freight",
/// "Fletcher Logistics").
const FIRMS: &[&str] = &[
    "logistics",
    "logistik",
    "freight",
    "packaging",
    "labels",
    "printing",
    "consulting",
    "trading",
    "transport",
    "spedition",
    "media",
    "supply",
    "group",
    "gruppe",
    "holding",
    "partners",
    "verlag",
    "fabrics",
    "textiles",
    "sports",
    "outfitters",
    "apparel",
    "supplies",
    "outdoors",
    "imports",
    "kommunikation",
    "studio",
    "immobilien",
    "hausverwaltung",
    "properties",
    "lettings",
];

/// A line of two to four capitalised words right above an address, a phone number or an
/// e-mail address that starts its own line: the name on a letterhead, a signature, a shipping
/// label or a call-back note ("Alex Cooper⏎Heuserstr. 66", "fiona clarke⏎+44 7587 576949").
pub(super) fn above_contacts(text: &str, places: &[&Match], people: &[Match]) -> Vec<Match> {
    let mut out: Vec<Match> = Vec::new();
    for place in places {
        let before = &text[..place.start];
        let Some(newline) = before.rfind('\n') else {
            continue;
        };
        if !before[newline + 1..].trim().is_empty() {
            continue;
        }
        let line_start = before[..newline].rfind('\n').map_or(0, |x| x + 1);
        let line = before[line_start..newline].trim_end_matches('\r');
        let value = line.trim();
        // above a phone number or an e-mail address a company's name stands as often as a
        // person's: there the line opens with a given name
        let opens_given = || kind(value.split(' ').next().unwrap_or_default()).given;
        if value.is_empty()
            || !name_line(value)
            || (place.entity != Entity::StreetAddress && !opens_given())
        {
            continue;
        }
        let start = line_start + line.find(value).unwrap_or(0);
        let end = start + value.len();
        if people
            .iter()
            .chain(out.iter())
            .any(|m| m.start < end && m.end > start)
        {
            continue;
        }
        out.push(person(text, start, end));
    }
    out
}

/// Whether `word` names a department that signs beside a person ("Freigabe: Hamza Nasser Recht",
/// "Approval: Dana Wirth Legal").
pub(super) fn department(word: &str) -> bool {
    const DEPARTMENTS: &[&str] = &[
        "recht",
        "marke",
        "marketing",
        "vertrieb",
        "einkauf",
        "redaktion",
        "buchhaltung",
        "legal",
        "brand",
        "sales",
        "finance",
        "purchasing",
        "compliance",
    ];
    DEPARTMENTS.contains(&word.to_lowercase().as_str())
}

/// Whether `word`, the first word of a name found, is a cue for the name rather than part of
/// it: a label, a role or a relation ("Agent Thaulette", "Mein Mann Lauckric"), alone or with
/// the word before it (`before`, the text before the name); a conjunction or a verb that opens
/// the sentence ("Seit Giovanni im Büro ist", "can you ping Juliet Greenwood"); an Austrian
/// title after an honorific ("Herr DI Reiter", "Frau Mag.a Lechner"); a greeting that opens the
/// line ("Hoi Adéla,").
pub(super) fn cue_word(before: &str, word: &str) -> bool {
    const OPENERS: &[&str] = &[
        "seit", "seitdem", "während", "nachdem", "sobald", "wenn", "weil", "obwohl", "bevor",
        "when", "since", "while", "once", "ping", "ring",
    ];
    const TITLES: &[&str] = &["DI", "Mag.a", "Dr.in"];
    if TITLES.contains(&word) && before.split_whitespace().next_back().is_some_and(honorific) {
        return true;
    }
    if particle(word) || word.chars().count() <= 2 {
        return false;
    }
    // (the lists are in lower case; lower-casing first folds capitals beyond ASCII too)
    let lower = word.to_lowercase();
    // a greeting that opens its line or a quoted string ("Hoi Adéla,", "Sali Mathias,"; "Hoi"
    // and "Sali" are names too; `"text": "Hallo Berzan, …"`)
    let line_opens = before
        .trim_end_matches([' ', '\t'])
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '\n' | '"' | '„' | '“' | '»'));
    OPENERS.contains(&lower.as_str())
        || (line_opens && GREETINGS.contains(&lower.as_str()))
        || speaker_role(&lower)
        || before
            .split_whitespace()
            .next_back()
            .is_some_and(|b| speaker_role(&format!("{} {lower}", b.to_lowercase())))
}

/// A name alone on its line right above a quoted reply's header or a mobile footer, where an
/// e-mail is signed ("Spencer⏎⏎Sent from my iPhone", "Rynie⏎⏎>> Von: …", "Siobhán⏎⏎On
/// 2024-06-25 at 7:05, … wrote:"): a given name, or a word in no list.
pub(super) fn above_reply(text: &str, people: &[Match]) -> Vec<Match> {
    const REPLY_HEADS: &[&str] = &[
        "von:",
        "from:",
        "-----",
        "sent from my",
        "von meinem",
        "gesendet von",
        "get outlook",
    ];
    let header = |line: &str| {
        let l = line.trim_start_matches(['>', ' ', '\t']).to_lowercase();
        REPLY_HEADS.iter().any(|h| l.starts_with(h))
            || (l.starts_with("on ") && l.contains(" wrote"))
            || (l.starts_with("am ") && l.contains(" schrieb"))
    };
    let mut out = Vec::new();
    // a name on a line of its own and a header under it: three lines at least
    if text.bytes().filter(|&b| b == b'\n').count() < 2 {
        return out;
    }
    let mut offset = 0;
    let lines: Vec<(usize, &str)> = text
        .split('\n')
        .map(|l| {
            let at = offset;
            offset += l.len() + 1;
            (at, l)
        })
        .collect();
    for (i, &(at, line)) in lines.iter().enumerate() {
        let value = line.trim();
        let single = !value.is_empty()
            && value.starts_with(char::is_uppercase)
            && value.chars().any(char::is_lowercase)
            && value
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'));
        if !single
            || !lines[i + 1..]
                .iter()
                .find(|(_, l)| !l.trim().is_empty())
                .is_some_and(|(_, l)| header(l))
        {
            continue;
        }
        let k = kind(value);
        if !(k.given || k.world || !k.word) {
            continue;
        }
        let start = at + line.find(value).unwrap_or(0);
        let end = start + value.len();
        if !people.iter().any(|m| m.start < end && start < m.end) {
            out.push(person(text, start, end));
        }
    }
    out
}

/// The name right before a street address on its line, as delivery lists, invoices and notes
/// write them: "Rechnungsadresse: Feremez Erdoğan, Max-Planck-Str. 9 …", "Stop 1 – Tim
/// Schneider, Magdalene-Beyer-Weg 28", "SO8820717  Trortina Borttroarek  Linzer Gasse 1/2/12",
/// "post samples to joe clark, 88 Ash Drive". The words before the comma, tab or wide gap that
/// read as a name, back to the first that does not (see [`name_piece`]); one word alone must be
/// a given name or a surname that is no frequent word. Replaces the names found inside it.
pub(super) fn before_places(text: &str, places: &[Match], people: &mut Vec<Match>) {
    for place in places {
        let before = &text[..place.start];
        let Some(head) = [", ", ",", "\t", "  ", " · "]
            .iter()
            .find_map(|gap| before.strip_suffix(gap))
        else {
            continue;
        };
        let head = head.trim_end_matches([' ', '\t']);
        // the cell or line it ends: "K95354-46,hans-bernd kusch,Lessingsteig 129"
        let cell_start = head.rfind(['\n', ',', ';', '\t', '|']).map_or(0, |i| i + 1);
        let last = head[cell_start..].rsplit(' ').next().unwrap_or_default();
        let Some(case) = Case::of_name(last) else {
            continue;
        };
        // the name's words, from the last, all written alike (particles aside)
        let mut start = head.len();
        let mut words = Vec::new();
        for w in head[cell_start..].rsplit(' ') {
            let alike = particle(w) || Case::of_name(w) == Some(case);
            if !alike || !name_piece(w) || words.len() == 4 {
                break;
            }
            start -= w.len() + usize::from(!words.is_empty());
            words.push(w);
        }
        // in a sentence, a frequent word that opens it is a label, not a name ("Bei Nachbar
        // Hellwig", not "Customer: Peace Nnamani")
        let prose = |start: usize| {
            head[..start]
                .strip_suffix(' ')
                .is_some_and(|b| b.ends_with(char::is_alphabetic))
        };
        while words.last().is_some_and(|w| {
            let k = kind(w);
            particle(w) || (k.common && !k.given && prose(start))
        }) {
            start += words.pop().map_or(0, |w| w.len() + 1);
        }
        let (Some(&first), true) = (words.last(), !initial(last.trim_end_matches('.'))) else {
            continue;
        };
        let k = kind(last);
        let named = match (words.len(), case) {
            // one word, or lower case: a given name or a surname that is no frequent word
            // ("Bei Nachbar Sullivan"); a given name first ("joe clark"; not "jo" for yes)
            (1, Case::Capital) => (k.given || k.surname) && !k.common,
            (1, Case::Lower) => false,
            (_, Case::Lower) => kind(first).given,
            _ => words.iter().any(|w| {
                let k = kind(w);
                k.name_like() && !k.common && !particle(w)
            }),
        };
        let end = head.len();
        if !named || not_people(&text[start..end]) || firm_named(text, &person(text, start, end)) {
            continue;
        }
        if people.iter().any(|m| m.start <= start && end <= m.end) {
            continue;
        }
        people.retain(|m| m.end <= start || end <= m.start);
        people.push(person(text, start, end));
    }
    people.sort_by_key(|m| m.start);
}

/// Whether a word may be part of a name: letters (an initial's full stop, hyphens and
/// apostrophes allowed), no frequent word that is no name, no firm's word, label or function
/// word.
fn name_piece(w: &str) -> bool {
    let bare = w.trim_end_matches('.');
    if bare.is_empty()
        || !bare.starts_with(char::is_alphabetic)
        || !bare
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
    {
        return false;
    }
    if particle(bare) || initial(bare) {
        return true;
    }
    // a title, or a possessor ("at Mr Ants Ruus's place")
    if HONORIFICS
        .iter()
        .any(|h| *h == w || h.trim_end_matches('.') == bare)
        || bare.ends_with("'s")
        || bare.ends_with("’s")
    {
        return false;
    }
    let k = kind(bare);
    // a full stop inside anything else is a domain's ("Retourenlager gratwerk.at")
    !(bare.contains('.')
        || (k.common && !k.given && !k.surname)
        || firm_word(bare)
        || speaker_role(bare)
        || FUNCTION_WORDS.iter().any(|f| {
            f.len() == bare.len()
                && f.chars()
                    .flat_map(char::to_lowercase)
                    .eq(bare.chars().flat_map(char::to_lowercase))
        }))
}

/// Whether a whole line reads as a person's name: two to four capitalised words (particles
/// allowed), no company or team word, at most one frequent word and not the first; or, in
/// lower case, a given name that is no word and words that are none ("fiona clarke").
fn name_line(value: &str) -> bool {
    let words: Vec<&str> = value.split_whitespace().collect();
    if !(2..=4).contains(&words.len())
        || value.chars().any(|c| {
            c.is_ascii_digit() || matches!(c, ':' | '@' | ',' | '(' | '/' | '&' | '!' | '?')
        })
    {
        return false;
    }
    if words.iter().all(|w| w.chars().all(char::is_lowercase)) {
        let first = kind(words[0]);
        return first.given
            && !first.world
            && !first.word
            && words[1..].iter().all(|w| {
                let k = kind(w);
                particle(w) || !k.word || k.surname
            });
    }
    let mut plain = 0;
    for (n, w) in words.iter().enumerate() {
        let lower = w.trim_end_matches('.').to_lowercase();
        if COMPANY_FORMS.contains(&lower.as_str()) || ORGANISATION.contains(&lower.as_str()) {
            return false;
        }
        if n > 0 && particle(w) {
            continue;
        }
        if !(capitalised(w) || upper_case(w)) {
            return false;
        }
        let k = kind(w);
        if k.common && !k.given && !k.surname {
            if n == 0 {
                return false;
            }
            plain += 1;
        }
    }
    plain <= 1
}

/// Whether a verb of speaking or writing follows byte `end`, or a bracket naming a company,
/// after which such a verb may follow too: "Nina Kask (Brightside Ltd) asked".
fn context_after(text: &str, end: usize) -> bool {
    // a chat export's author line: "Maria Long  11:59 AM"
    let after = &text[end..];
    if after.starts_with("  ")
        && after
            .trim_start()
            .split([' ', '\n'])
            .next()
            .is_some_and(|w| {
                w.len() <= 5 && w.contains(':') && w.starts_with(|c: char| c.is_ascii_digit())
            })
    {
        return true;
    }
    let mut rest = after.trim_start_matches([' ', ',']);
    if let Some(inner) = rest.strip_prefix('(')
        && let Some(close) = inner
            .find(')')
            .filter(|&c| c <= 60 && !inner[..c].contains('\n'))
    {
        let company = inner[..close]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| COMPANY_FORMS.iter().any(|f| w.eq_ignore_ascii_case(f)));
        let role = ROLES.contains(&inner[..close].trim().to_lowercase().as_str());
        if company || role {
            return true;
        }
        rest = inner[close + 1..].trim_start_matches([' ', ',']);
    }
    // an e-mail address in angle brackets: "Enrique Aguirre <enrique@…>"
    let mailbox = rest
        .strip_prefix('<')
        .and_then(|r| r.find('>').map(|c| &r[..c]))
        .is_some_and(|inner| inner.contains('@') && !inner.contains(char::is_whitespace));
    mailbox || AFTER_OPENS.matches(rest) || has_done(rest) || job_title(after)
}

/// Words that end a job title ("Customer Experience Manager", "Leiterin Einkauf").
const JOB_WORDS: &[&str] = &[
    "manager",
    "managerin",
    "director",
    "direktor",
    "direktorin",
    "officer",
    "leiter",
    "leiterin",
    "assistant",
    "assistent",
    "assistentin",
    "engineer",
    "designer",
    "designerin",
    "photographer",
    "fotograf",
    "fotografin",
    "consultant",
    "beraterin",
    "specialist",
    "coordinator",
    "koordinator",
    "koordinatorin",
    "executive",
    "founder",
    "gründer",
    "gründerin",
    "ceo",
    "cfo",
    "cto",
    "coo",
    "editor",
    "redakteur",
    "redakteurin",
    "sales",
    "vertrieb",
    "referent",
    "referentin",
    "inhaber",
    "inhaberin",
    "owner",
    "teamleitung",
    "teamleiter",
    "teamleiterin",
    "geschäftsführer",
    "geschäftsführerin",
    "geschäftsführung",
    "buyer",
    "einkäufer",
    "einkäuferin",
];

/// Whether a job title follows a name after a comma, a middle dot or a bar, as signatures and
/// contact lines write it: "Sasdon Milczarczyk-Tuzimek, Customer Experience Manager",
/// "Starana Kastkek · Photographer".
fn job_title(after: &str) -> bool {
    let Some(rest) = [", ", " · ", " | ", " – "]
        .iter()
        .find_map(|sep| after.strip_prefix(sep))
    else {
        return false;
    };
    let line = rest
        .split(['\n', ',', '·', '|', '('])
        .next()
        .unwrap_or_default();
    let words: Vec<&str> = line.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || w.chars().all(char::is_lowercase))
        && words
            .iter()
            .any(|w| JOB_WORDS.contains(&w.to_lowercase().as_str()))
}

/// The bytes of the line that holds `start..end`, without its line break.
pub(super) fn line_around(text: &str, start: usize, end: usize) -> std::ops::Range<usize> {
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    line_start..line_end
}

/// Whether one space lies between two words; a wider gap parts columns or fields ("Old AM:
/// Abby Kavanagh  New AM: Mei Liu").
fn spaces_between(text: &str, a: &Token, b: &Token) -> bool {
    !a.dot && matches!(&text[a.end..b.start.max(a.end)], " " | "\u{a0}")
}

/// The run of name words starting at token `i`: given names, then particles and one surname
/// (or an initial: "Anna B."); a word in no list may be an unlisted given name, so one more
/// name-like word may follow it ("Sialtgrirk Stouszith"). The index one past its last word,
/// and whether it ends with an initial. A last word that is no name ("Max Komfort") is cut off.
fn run(text: &str, toks: &[Token], i: usize) -> (usize, bool) {
    let word = |x: usize| &text[toks[x].start..toks[x].end];
    let first = kind(word(i));
    // whether the next capitalised word ends the run
    let mut last = !particle(word(i)) && !first.given && (first.surname || first.word);
    let mut j = i + 1;
    while !last
        && j < toks.len()
        && j - i < 6
        && (spaces_between(text, &toks[j - 1], &toks[j]) || middle_initial(text, toks, j - 1))
    {
        let w = word(j);
        if middle_initial(text, toks, j) && first.given {
            // "Beth R. O'Sullivan": the initial is inside the name
            j += 1;
        } else if particle(w)
            && !toks[j].dot
            && !from_firm(text, toks, j)
            && (!matches!(w, "vom" | "zur" | "zum")
                || toks
                    .get(j + 1)
                    .is_some_and(|n| kind(&text[n.start..n.end]).surname))
        {
            // "vom", "zur" and "zum" before a word that is no surname say where someone is
            // from: "Yarka vom Kanuclub", not "Hans-Albert vom Scholl"
            j += 1;
        } else if capitalised(w) {
            let k = kind(w);
            let after_particle = particle(word(j - 1));
            let unlisted_first = j == i + 1 && !first.given && !particle(word(i));
            if unlisted_first && k.plain() {
                break;
            }
            last = !k.given || after_particle || unlisted_first;
            j += 1;
        } else {
            break;
        }
    }
    // a second surname, or particles and a surname, after the first: "Juliana Casals Amor",
    // "Fenne Bruijne van der Veen"; a word or the next given name is not one
    let surname = kind(word(j - 1));
    if last && j > i + 1 && first.name_like() && !first.word && surname.name_like() && !surname.word
    {
        let mut k = j;
        while k < toks.len() && k - j < 3 && spaces_between(text, &toks[k - 1], &toks[k]) {
            let w = word(k);
            // "vom" and "zur" after a full name say where someone is from: "Therese Sontag vom
            // Alpenverein"
            if particle(w) && !toks[k].dot && !matches!(w, "vom" | "zur") {
                k += 1;
                continue;
            }
            let kk = kind(w);
            // a second surname that is also a given name ends the name: "Casals Amor", not
            // "Anna Berger Tom Fox"
            let ends = toks.get(k + 1).is_none_or(|n| {
                !spaces_between(text, &toks[k], n) || !capitalised(&text[n.start..n.end])
            });
            if capitalised(w) && !kk.word && (!kk.given || (kk.surname && ends)) {
                j = k + 1;
            }
            break;
        }
    }
    if initial_at(text, toks, j) {
        return (j + 1, true);
    }
    while j > i + 1 && particle(word(j - 1)) {
        j -= 1;
    }
    // a word is no surname, unless a given name and a particle come before: "Alfredo von
    // Trüb", "Jens de Grunt"
    // ("Gabriel vom Talgrat-Kundenservice" and "CC Holm zur Freigabe" are no names, nor is a
    // German compound: "Meike von der Samstagswanderung")
    let particled = j > i + 2
        && particle(word(j - 2))
        && !matches!(word(j - 2), "vom" | "zur" | "zum")
        && first.strong_given()
        && !first.world
        && !Lower::new(word(j - 1), Fold::None).is_some_and(|l| compound(l.bytes()));
    if j > i + 1 && !kind(word(j - 1)).name_like() && !particled {
        j -= 1;
    }
    while j > i + 1 && particle(word(j - 1)) {
        j -= 1;
    }
    (j, false)
}

/// Whether "von" at token `j` says where someone comes from: a firm or a paper named by two
/// capitalised words after it, the first no given name, the second no name ("Serkan von
/// Glaserei Klarblick kommt", "Andrea von Allgäuer Rundschau"; not "Alfredo von Trüb", "Anna
/// von Berg Müller").
fn from_firm(text: &str, toks: &[Token], j: usize) -> bool {
    let word = |x: usize| &text[toks[x].start..toks[x].end];
    &text[toks[j].start..toks[j].end] == "von"
        && toks.get(j + 2).is_some_and(|last| {
            spaces_between(text, &toks[j], &toks[j + 1])
                && spaces_between(text, &toks[j + 1], last)
                && capitalised(word(j + 1))
                && capitalised(word(j + 2))
                && !kind(word(j + 1)).given
                && {
                    let k = kind(word(j + 2));
                    !k.given && !k.surname
                }
        })
}

/// Whether `start..end` opens a line of fields before a separator: "C. Ekwueme  ·  Workshop  ·
/// c.ekwueme@…", "E. Langier | Einkauf", "Schmidtke, Siegfried · Steuer-ID …".
fn fields_line(text: &str, start: usize, end: usize) -> bool {
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    text[line_start..start].trim().is_empty()
        && text[end..]
            .trim_start_matches([' ', '\t'])
            .starts_with(['·', '|'])
}

/// Names of an initial and a surname: one ends right before `start` ("R. Hamilton (Chair), "),
/// or one follows right after `end` (", K. Castaneda").
fn initials_listed(text: &str, start: usize, end: usize) -> bool {
    static BEFORE: LazyLock<regex::Regex> = LazyLock::new(|| {
        // a constant pattern; a failure is a programming error caught by every test
        regex::Regex::new(
            r"\b\p{Lu}\. \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?(?: \([^()\n]{1,24}\))?(?:, |; )$",
        )
        .unwrap_or_else(|e| panic!("initials before: {e}"))
    });
    static AFTER: LazyLock<regex::Regex> = LazyLock::new(|| {
        // a constant pattern; a failure is a programming error caught by every test
        regex::Regex::new(r"^(?: \([^()\n]{1,24}\))?(?:, |; |,? and |,? und )\p{Lu}\. \p{Lu}\p{Ll}")
            .unwrap_or_else(|e| panic!("initials after: {e}"))
    });
    let from = text.floor_char_boundary(start.saturating_sub(64));
    let to = text.ceil_char_boundary((end + 64).min(text.len()));
    BEFORE.is_match(&text[from..start]) || AFTER.is_match(&text[end..to])
}

/// Whether a name may start after `before`: at a line's start or a column's, after punctuation
/// that opens a field or a clause (a dash with a space after it: "M–S." is a range), or after a word in
/// lower case ("refund to", "von"); not after a capitalised word or a number that a letter may
/// belong to ("Plan B.", "Größe M.", "Gang 4 B.").
fn name_may_open(before: &str) -> bool {
    let trimmed = before.trim_end_matches([' ', '\t']);
    let spaced = trimmed.len() < before.len();
    // the wide gap or the tab of a column layout opens a cell ("Gipfelbau GmbH    I. Öztürk")
    let gap = &before[trimmed.len()..];
    if gap.len() >= 3 || gap.contains('\t') {
        return true;
    }
    match trimmed.chars().next_back() {
        None | Some('\n' | ':' | ',' | ';' | '(' | '"' | '„' | '“' | '>') => true,
        Some('–' | '—' | '-') => spaced,
        Some(c) if c.is_lowercase() => trimmed
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|w| w.chars().all(char::is_lowercase)),
        _ => false,
    }
}

/// Whether token `j` is a middle initial: one capital letter and a full stop, right after a
/// word, with a capitalised word after it ("Jeffrey C. Bruce").
fn middle_initial(text: &str, toks: &[Token], j: usize) -> bool {
    initial_at(text, toks, j)
        && toks.get(j + 1).is_some_and(|n| {
            text.get(toks[j].end..n.start) == Some(". ") && capitalised(&text[n.start..n.end])
        })
}

/// Whether token `j` is an initial right after the one before ("Anna B.").
fn initial_at(text: &str, toks: &[Token], j: usize) -> bool {
    j > 0
        && toks.get(j).is_some_and(|t| {
            let w = &text[t.start..t.end];
            t.dot
                && spaces_between(text, &toks[j - 1], t)
                && w.chars().count() == 1
                && w.chars().all(char::is_uppercase)
        })
}

/// A chat line's speaker after its time or date, with a role in brackets or none: "[15:45]
/// theofylaktos: …", "10:02 Agent Louise: …", "[21.06.2025] Heiðlaug (agent): …".
static SPEAKER: LazyLock<regex::Regex> = LazyLock::new(|| {
    // a constant pattern; a failure is a programming error caught by every test
    regex::Regex::new(
        r"(?m)^[ \t]*\[?(?:(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]?(?:\d{2,4})?)(?:,?[ \t]+\d{1,2}[:.]\d{2}(?::\d{2})?)?|\d{1,2}[:.]\d{2}(?::\d{2})?)(?:[ \t]*[aApP]\.?[mM]\.?)?\]?[ \t]*(?:[-–|~][ \t]*)?(?P<who>\p{L}[\p{L}'’.-]*(?:[ \t]\p{L}[\p{L}'’.-]*){0,2})(?:[ \t]+\([\p{L} ]{2,20}\))?[ \t]*:(?:[ \t]|$)",
    )
    .unwrap_or_else(|e| panic!("speaker pattern: {e}"))
});

/// The author lines of chat exports that name the writer apart from the message: a meeting
/// chat's "14:57:57 From Anna Berger to Everyone:", a messenger's "Anna Berger, [22.03.2024
/// 14:33]", a time and the writer alone on a line: "[10:10] Anna Berger".
static CHAT_AUTHORS: LazyLock<[regex::Regex; 3]> = LazyLock::new(|| {
    let who = r"(?P<who>\p{L}[\p{L}'’.-]*(?:[ \t]\p{L}[\p{L}'’.-]*){0,3})";
    let time = r"\d{1,2}:\d{2}(?::\d{2})?";
    // constant patterns; a failure is a programming error caught by every test
    [
        format!(
            r"(?m)^[ \t]*{time}[ \t]+(?:From|Von)[ \t]+{who}[ \t]+(?:to|an)[ \t]+[^\n:]{{1,40}}:"
        ),
        format!(r"(?m)^[ \t]*{who},[ \t]+\[\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}},?[ \t]+{time}\]"),
        format!(r"(?m)^[ \t]*\[{time}\][ \t]+{who}[ \t]*$"),
    ]
    .map(|p| regex::Regex::new(&p).unwrap_or_else(|e| panic!("chat author pattern: {e}")))
});

/// Whether a line ends in a time ("… 11:02", "… 10:42 AM"): the cheap test before [`STAMPED`].
fn stamped_line(text: &str) -> bool {
    text.lines().any(|line| {
        let line = line.trim_end();
        let line = line.strip_suffix(']').unwrap_or(line);
        let line = line
            .strip_suffix(['m', 'M'])
            .and_then(|l| l.strip_suffix(['a', 'A', 'p', 'P']))
            .map_or(line, str::trim_end);
        let b = line.as_bytes();
        b.len() >= 4 && b[b.len() - 3] == b':' && b[b.len() - 1].is_ascii_digit()
    })
}

/// A team chat's author line copied with its time after the name, alone on the line: "suresh
/// 11:02", "Anna Berger 10:42 AM", "balvinder [12:26]" (a speaker when two such lines or more stand apart, each
/// over its message, see [`speakers`]; a timetable's "Oberstdorf 10:15⏎Sonthofen 10:40" has its
/// lines one under the other).
static STAMPED: LazyLock<regex::Regex> = LazyLock::new(|| {
    // a constant pattern; a failure is a programming error caught by every test
    regex::Regex::new(
        r"(?m)^[ \t]*(?P<who>\p{L}[\p{L}'’.-]*(?:[ \t]\p{L}[\p{L}'’.-]*){0,2})[ \t]+\[?\d{1,2}:\d{2}(?:[ \t]*[aApP]\.?[mM]\.?)?\]?[ \t]*$",
    )
    .unwrap_or_else(|e| panic!("stamped author pattern: {e}"))
});

/// A line opened by a speaker without a time: "lejla: hey, …", "Louis: Hello!" (a speaker when
/// the same words open another line too, see [`speakers`]).
static TRANSCRIPT: LazyLock<regex::Regex> = LazyLock::new(|| {
    // a constant pattern; a failure is a programming error caught by every test
    regex::Regex::new(r"(?m)^[ \t]*(?P<who>\p{L}[\p{L}'’-]*(?:[ \t]\p{L}[\p{L}'’-]*)?):[ \t]+\S")
        .unwrap_or_else(|e| panic!("transcript pattern: {e}"))
});

/// A social-media comment's author line: "jeffrey white · 1 d", "Algot Andersson · 26 likes".
static AUTHOR: LazyLock<regex::Regex> = LazyLock::new(|| {
    // a constant pattern; a failure is a programming error caught by every test
    regex::Regex::new(
        r"(?m)^[ \t]*(?P<who>\p{L}[\p{L}'’.-]*(?:[ \t]\p{L}[\p{L}'’.-]*){0,2})[ \t]+[·•|][ \t]+\d",
    )
    .unwrap_or_else(|e| panic!("author pattern: {e}"))
});

/// A quotation's attribution ("… trocken geblieben.“ – R. Benítez, Bergwanderführer") and a
/// rating's author ("★★☆☆☆ Vusrour G. – „…“").
static ATTRIBUTION: LazyLock<regex::Regex> = LazyLock::new(|| {
    // a constant pattern; a failure is a programming error caught by every test
    regex::Regex::new(
        r#"(?:[“”"»«][ \t]*[–—][ \t]*|[★☆]{3,}[ \t]+)(?P<who>\p{Lu}[\p{L}'’.-]*(?:[ \t]\p{Lu}[\p{L}'’.-]*){0,2})[ \t]*[,–—(]"#,
    )
    .unwrap_or_else(|e| panic!("attribution pattern: {e}"))
});

/// A quotation's attribution that ends the line, in any case: "…stretch?" – ruari myers⏎",
/// "„…“ – ORELLE Osteau⏎".
static ATTRIBUTION_LINE: LazyLock<regex::Regex> = LazyLock::new(|| {
    // a constant pattern; a failure is a programming error caught by every test
    regex::Regex::new(
        r#"(?m)[“”"»«][ \t]*[–—][ \t]*(?P<line>\p{L}[\p{L}'’.-]*(?:[ \t]\p{L}[\p{L}'’.-]*){0,2})[ \t]*$"#,
    )
    .unwrap_or_else(|e| panic!("attribution pattern: {e}"))
});

/// A stand-up or to-do line led by a first name in lower case: "- solvej: photoshoot confirmed".
static STANDUP: LazyLock<regex::Regex> = LazyLock::new(|| {
    // a constant pattern; a failure is a programming error caught by every test
    regex::Regex::new(r"(?m)^[ \t]*[-•*][ \t]+(?P<who>\p{Ll}[\p{Ll}'’-]{2,}):[ \t]")
        .unwrap_or_else(|e| panic!("stand-up pattern: {e}"))
});

/// A note's author in brackets before a colon: "Internal note (Scott):", "Notiz (Jana Weber):".
static NOTE_AUTHOR: LazyLock<regex::Regex> = LazyLock::new(|| {
    // a constant pattern; a failure is a programming error caught by every test
    regex::Regex::new(
        r"\((?P<who>\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}(?: \p{Lu}\.)?)\)[ \t]*:",
    )
    .unwrap_or_else(|e| panic!("note author pattern: {e}"))
});

/// Words for a note whose author follows in brackets.
const NOTES: &[&str] = &[
    "note",
    "notiz",
    "comment",
    "kommentar",
    "memo",
    "vermerk",
    "update",
    "reply",
    "antwort",
    "call",
    "anruf",
    "rückruf",
    "nota",
    "remarque",
    "opmerking",
];

/// Pronouns that stand where a chat export names a speaker ("You: …", "Sie: …").
const PRONOUNS: &[&str] = &["You", "Me", "We", "Sie", "Du", "Ich", "Wir", "Ihr"];

/// Whether a word names a person's role, not the person: a speaker's or a field's role, or a
/// German word for a customer ("Ich bin Stammkundin, …", "Neukunde").
pub(super) fn role_noun(word: &str) -> bool {
    let lower = word.to_lowercase();
    speaker_role(&lower) || lower.ends_with("kundin") || lower.ends_with("kunde")
}

/// Whether a word is a role that labels a speaker or a field ("Agent", "Caller", "Kundin").
fn speaker_role(word: &str) -> bool {
    [ROLES, FIELDS, HEADERS]
        .iter()
        .any(|list| list.iter().any(|r| r.eq_ignore_ascii_case(word)))
}

/// Whether a word belongs to a company's name: a legal form or a word of a firm ("Ltd",
/// "Co.", "Media", "Logistics").
fn firm_word(word: &str) -> bool {
    listed_firm(word, &[COMPANY_FORMS, ORGANISATION, FIRMS])
}

/// Whether a word, full stop or not, is in one of the lists of firms' words.
fn listed_firm(word: &str, lists: &[&[&str]]) -> bool {
    let bare = word.trim_end_matches('.');
    lists.iter().any(|list| {
        list.iter()
            .any(|f| f.trim_end_matches('.').eq_ignore_ascii_case(bare))
    })
}

/// The marks the speaker patterns need, found in one pass over the text, so that a pattern
/// runs only where it can match.
#[derive(Default)]
struct Marks {
    /// A colon anywhere (a time, a speaker's).
    colon: bool,
    /// A colon before a space or a tab.
    gap: bool,
    /// Line breaks.
    breaks: usize,
    /// A line opened by a digit (a time or a date), after spaces or a bracket.
    timed: bool,
    /// A line opened by a bullet (`-`, `•`, `*`).
    bulleted: bool,
    /// A middle dot, a bullet or a bar before a count ("· 1 d", "| 26 likes").
    counted: bool,
    /// A closing bracket before a colon ("(Scott):").
    closed: bool,
    /// Dashes, stars, quotation marks, an opening square bracket.
    dash: bool,
    star: bool,
    quote: bool,
    bracket: bool,
}

impl Marks {
    fn of(text: &str) -> Marks {
        let bytes = text.as_bytes();
        let mut m = Marks::default();
        m.line(text);
        for (at, &b) in bytes.iter().enumerate() {
            match b {
                b':' => {
                    m.colon = true;
                    m.gap |= matches!(bytes.get(at + 1), Some(b' ' | b'\t'));
                    m.closed |= text[..at].trim_end_matches([' ', '\t']).ends_with(')');
                }
                b'\n' => {
                    m.breaks += 1;
                    m.line(&text[at + 1..]);
                }
                b'|' => m.counted |= counts(&text[at + 1..]),
                b'"' => m.quote = true,
                b'[' => m.bracket = true,
                // the lead bytes of the other marks
                0xC2 | 0xE2 => {
                    let c = text[at..].chars().next().unwrap_or_default();
                    match c {
                        '–' | '—' => m.dash = true,
                        '★' | '☆' => m.star = true,
                        '“' | '”' | '»' | '«' => m.quote = true,
                        '·' | '•' => m.counted |= counts(&text[at + c.len_utf8()..]),
                        _ => {}
                    }
                }
                _ => {}
            }
        }
        m
    }

    /// A line's opening: a time or a date, or a bullet.
    fn line(&mut self, rest: &str) {
        let head = rest.trim_start_matches([' ', '\t', '[']);
        self.timed |= head.starts_with(|c: char| c.is_ascii_digit());
        self.bulleted |= head.starts_with(['-', '•', '*']);
    }
}

/// Whether a count follows a mark, after spaces: "· 1 d", "| 26 likes".
fn counts(rest: &str) -> bool {
    rest.trim_start_matches([' ', '\t'])
        .starts_with(|c: char| c.is_ascii_digit())
}

/// Byte spans of the chat speakers and comment authors that are people: the speaker's words less leading plain words
/// ("Agent", "Support"), when every word left is a name or in no list.
fn speakers(text: &str) -> Vec<(usize, usize)> {
    let m = Marks::of(text);
    if !(m.colon || m.counted || m.dash || m.star) {
        return Vec::new();
    }
    let marked = |r: &'static regex::Regex, present: bool| {
        present.then(|| r.captures_iter(text)).into_iter().flatten()
    };
    marked(&SPEAKER, m.gap && m.timed)
        .chain(marked(&AUTHOR, m.counted))
        .chain(
            CHAT_AUTHORS
                .iter()
                .zip([
                    m.colon && m.timed && (text.contains(" From ") || text.contains(" Von ")),
                    m.colon && m.bracket && text.contains(", ["),
                    m.colon && m.bracket && m.timed && text.contains("] "),
                ])
                .flat_map(|(r, yes)| marked(r, yes)),
        )
        // one word in brackets is a name of the lists or follows a note: "(Scott):",
        // "Internal note (Driamklein):", not "Thermal resistance (Rct):"
        .chain(marked(&NOTE_AUTHOR, m.closed).filter(|c| {
            // an abbreviation in capitals is a field's: "Salary account (IBAN):"
            c.name("who").is_some_and(|w| {
                let k = kind(w.as_str());
                let before = text[..c.get(0).map_or(0, |m| m.start())].trim_end();
                !upper_case(w.as_str())
                    && !speaker_role(w.as_str())
                    && !listed_firm(w.as_str(), &[ORGANISATION])
                    && (w.as_str().contains(' ')
                        || k.given
                        || k.surname
                        || NOTES.iter().any(|n| ends_with_phrase(before, n)))
            })
        }))
        .chain({
            let lines: Vec<regex::Captures<'_>> =
                marked(&STAMPED, m.colon && m.breaks >= 2 && stamped_line(text)).collect();
            // the line numbers of the author lines: none right under another
            let at = |c: &regex::Captures<'_>| {
                text[..c.get(0).map_or(0, |m| m.start())]
                    .matches('\n')
                    .count()
            };
            let numbers: Vec<usize> = lines.iter().map(at).collect();
            let apart = numbers.len() >= 2 && numbers.windows(2).all(|w| w[1] > w[0] + 1);
            // one capitalised word that the lists do not know may be a product or a place
            // ("Kaltkar 20:30" in a programme); a chat writes its own names in lower case
            lines.into_iter().filter(move |c| {
                apart
                    && c.name("who").is_some_and(|w| {
                        let w = w.as_str();
                        let k = kind(w);
                        w.contains([' ', '\t'])
                            || w.starts_with(char::is_lowercase)
                            || k.given
                            || k.surname
                    })
            })
        })
        .chain(marked(&ATTRIBUTION, m.dash || m.star))
        .chain(marked(&ATTRIBUTION_LINE, m.dash && m.quote))
        // not a list of roles that names its people: "- stockroom: Anouk Mulder"
        .chain(marked(&STANDUP, m.gap && m.bulleted).filter(|c| {
            let from = c.get(0).map_or(0, |m| m.end());
            !name_line(text[from..].lines().next().unwrap_or_default())
        }))
        // a transcript: a speaker opens two lines or more, and another speaker answers; three
        // such lines at least, or two of which one says something in words ("Alfie: hello?
        // I've been waiting", not a record's "qty: 59" or "Nserver: ns1.example.net 192.0.2.1")
        .chain({
            let lines: Vec<regex::Captures<'_>> =
                marked(&TRANSCRIPT, m.gap && m.breaks >= 2).collect();
            let whos: Vec<&str> = lines
                .iter()
                .map(|c| c.name("who").map_or("", |w| w.as_str()))
                .collect();
            let opens = |who: &str| whos.iter().filter(|w| **w == who).count();
            let repeated: Vec<bool> = whos.iter().map(|w| opens(w) >= 2).collect();
            let said = |c: &regex::Captures<'_>| {
                let from = c.name("who").map_or(0, |w| w.end());
                let line = text[from..].lines().next().unwrap_or_default();
                line.split_whitespace()
                    .filter(|w| {
                        w.chars()
                            .all(|ch| ch.is_alphabetic() || "'’,.!?".contains(ch))
                    })
                    .count()
                    >= 3
            };
            let voices = repeated.iter().filter(|r| **r).count();
            let spoken = lines.iter().zip(&repeated).any(|(c, r)| *r && said(c));
            let answered = whos.iter().any(|w| Some(w) != whos.first());
            // keys indented under a list item are a YAML file's, not speakers
            let records = records(&whos)
                || lines.iter().all(|c| {
                    c.get(0)
                        .is_some_and(|m| m.as_str().starts_with([' ', '\t']))
                });
            lines
                .into_iter()
                .zip(repeated)
                .filter(move |(c, r)| {
                    // of two lines, a name in lower case is one of the lists: "kjuro" may be a
                    // handle
                    let known = || {
                        c.name("who").is_some_and(|w| {
                            let k = kind(w.as_str());
                            !w.as_str().starts_with(char::is_lowercase) || k.given || k.surname
                        })
                    };
                    *r && answered
                        && (voices >= 3 || (voices == 2 && spoken && known()))
                        && !records
                })
                .map(|(c, _)| c)
        })
        .filter_map(|c| {
            let who = c.name("who").or_else(|| c.name("line"))?;
            let words: Vec<(usize, &str)> = who
                .as_str()
                .split([' ', '\t'])
                .scan(who.start(), |pos, w| {
                    let at = *pos;
                    *pos += w.len() + 1;
                    Some((at, w))
                })
                .filter(|(_, w)| !w.is_empty())
                .collect();
            let plain = |w: &str| {
                // an initial ("R.") is part of a name
                if w.chars().count() == 2 && w.ends_with('.') {
                    return false;
                }
                // where a speaker stands, a given name or a surname that is also a frequent
                // word ("lucas", "Riley", "Chen", "Smith") is the speaker; "Agent", "Support",
                // "Caller" are not
                let k = kind(w);
                // "UK · 12 reviews": a country code, not an author; a pronoun speaks for the
                // reader or the writer
                (w.chars().count() <= 3 && upper_case(w))
                    || PRONOUNS.iter().any(|p| p.eq_ignore_ascii_case(w))
                    || (k.common && !k.given && (!k.surname || speaker_role(w)))
                    || k.plain()
                    || FUNCTION_WORDS.iter().any(|f| f.eq_ignore_ascii_case(w))
            };
            // an attribution that ends its line is all name (or initials), or none: "– amin
            // françoise", "– Biserka J.", not "– solange der Vorrat reicht", "– Superlativ ohne
            // Beleg."
            if c.name("line").is_some() {
                // a word in lower case is a name of the lists ("amin", "françoise")
                let name = |w: &str| {
                    let bare = w.trim_end_matches('.');
                    let k = kind(bare);
                    (w.len() == bare.len()
                        || (w.len() == bare.len() + 1 && bare.chars().count() == 1))
                        && (particle(w)
                            || (!plain(bare)
                                && (!bare.starts_with(char::is_lowercase)
                                    || ((k.given || k.surname) && !k.word))))
                };
                return words
                    .iter()
                    .all(|(_, w)| name(w))
                    .then(|| (who.start(), who.end()));
            }
            let first = words.iter().position(|(_, w)| !plain(w))?;
            // then names, particles or capitalised words that are no role: "Giulia von
            // Ahlen", "Jonas Stolberg"
            words[first..]
                .iter()
                .all(|(_, w)| {
                    !plain(w)
                        || particle(w)
                        || (capitalised(w) && !speaker_role(w) && !firm_word(w))
                })
                .then(|| (words[first].0, who.end()))
        })
        .collect()
}

/// Whether the words that open lines before a colon are the keys of records, not speakers: the
/// first key opens each record again, and every record holds three keys or more, none twice
/// ("Was: …⏎Wer: …⏎Bis: …⏎⏎Was: …", "Date: …⏎Remitter: …⏎IBAN: …").
fn records(keys: &[&str]) -> bool {
    let Some(first) = keys.first() else {
        return false;
    };
    let starts: Vec<usize> = (0..keys.len()).filter(|&i| keys[i] == *first).collect();
    starts.len() >= 2
        && starts.iter().enumerate().all(|(n, &at)| {
            let block = &keys[at..starts.get(n + 1).copied().unwrap_or(keys.len())];
            block.len() >= 3
                && block
                    .iter()
                    .enumerate()
                    .all(|(i, k)| !block[..i].contains(k))
        })
}

/// Whether the token at `end_tok`, after a given name found alone from `start`, is its surname
/// written in another case, as forms and lists write them: "Jean DUPONT", "tsubasa KATO",
/// "KAYLA Ward". The surname is in a list or in none, never a frequent word ("Hi Sarah NEW"),
/// and one space apart.
fn cased_surname(text: &str, toks: &[Token], start: usize, end_tok: usize) -> bool {
    let (Some(given), Some(next)) = (
        end_tok.checked_sub(1).and_then(|g| toks.get(g)),
        toks.get(end_tok),
    ) else {
        return false;
    };
    if given.start != start || text.get(given.end..next.start) != Some(" ") || next.dot {
        return false;
    }
    let (g, w) = (&text[given.start..given.end], &text[next.start..next.end]);
    let k = kind(w);
    let cased = if upper_case(g) {
        capitalised(w) && !upper_case(w)
    } else {
        upper_case(w)
    };
    cased && kind(g).given && !k.common && (k.surname || !k.word)
}

/// Every PERSON in `text`, in order.
pub fn detect(text: &str) -> Vec<Match> {
    let toks = tokens(text);
    let mut out = Vec::new();
    let chat = speakers(text);
    let mut i = 0;
    while i < toks.len() {
        if let Some(&(start, end)) = chat.iter().find(|s| s.0 == toks[i].start) {
            out.push(person(text, start, end));
            while i < toks.len() && toks[i].start < end {
                i += 1;
            }
            continue;
        }
        match person_at(text, &toks, i) {
            Some((end_tok, start, end)) => {
                let (end_tok, end) = if cased_surname(text, &toks, start, end_tok) {
                    (end_tok + 1, toks[end_tok].end)
                } else {
                    (end_tok, end)
                };
                out.push(person(text, start, end));
                i = end_tok;
            }
            None => i += 1,
        }
    }
    listed(text, &mut out);
    coordinated(text, &toks, &mut out);
    field_values(text, &toks, &mut out);
    keyed_values(text, &mut out);
    if text.contains('\\') {
        tex_values(text, &toks, &mut out);
    }
    if text.contains("</") {
        element_values(text, &mut out);
    }
    if text.contains("\"vcard\"") {
        jcard_values(text, &mut out);
    }
    reply_header(text, &mut out);
    out.iter_mut().for_each(|m| employer(text, m));
    out.retain(|m| {
        // one letter alone is a size or a grade, not a name ("S | 96 | 70")
        m.text.chars().filter(|c| c.is_alphabetic()).count() > 1
            && !firm_named(text, m)
            && !not_people(&m.text)
            && !thing(text, m)
            && !named_thing(&text[m.end..])
            && !product_before(&text[..m.start], &m.text)
            && !among_colours(text, m.start, m.end)
    });
    // a possessive is not part of the name: "Karim Haddad's complaint"
    for m in &mut out {
        if let Some(name) = without_possessive(&m.text)
            && name.chars().count() >= 2
        {
            m.end -= m.text.len() - name.len();
            m.text.truncate(name.len());
        }
    }
    mailbox_names(text, &mut out);
    line_speakers(text, &mut out);
    signed_at_end(text, &mut out);
    account_holders(text, &toks, &mut out);
    by_whom(text, &toks, &mut out);
    families(text, &toks, &mut out);
    asked_for(text, &toks, &mut out);
    introduced(text, &toks, &mut out);
    mentions(text, &toks, &mut out);
    // names the addresses spell, and their other mentions
    if mailed(text, &toks, &mut out) {
        mentions(text, &toks, &mut out);
    }
    if !out.is_empty() {
        alike_lines(text, &mut out);
    }
    genitives(text, &toks, &mut out);
    possessives(text, &toks, &mut out);
    case_compounds(text, &toks, &mut out);
    surname_in_capitals(text, &mut out);
    out
}

/// A word without its English possessive ("Karim Haddad's" → "Karim Haddad"), if it has one.
pub(super) fn without_possessive(word: &str) -> Option<&str> {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"))
}

/// A given name before an English possessive and a word in lower case, inside a sentence: "It
/// was Thomas's first summit", "now on Brianna's account". The name is a given name of the
/// lists and no word of them ("May's" is not taken).
fn possessives(text: &str, toks: &[Token], found: &mut Vec<Match>) {
    for t in toks {
        // (the possessive is part of the token, as an apostrophe inside a name is: "O'Neill")
        let token = &text[t.start..t.end];
        let Some(word) = without_possessive(token) else {
            continue;
        };
        let after = &text[t.end..];
        if !after
            .strip_prefix(' ')
            .is_some_and(|a| a.starts_with(|c: char| c.is_lowercase()))
            // (inside a sentence: at its start a capital says nothing, "Grace's stile")
            || !text[..t.start]
                .strip_suffix(' ')
                .is_some_and(|b| b.ends_with(|c: char| c.is_lowercase() || c == ','))
            || !capitalised(word)
            || !kind(word).strong_given()
            || kind(word).word
            || found.iter().any(|m| m.start < t.end && t.start < m.end)
        {
            continue;
        }
        found.push(person(text, t.start, t.start + word.len()));
    }
    found.sort_by_key(|m| m.start);
}

/// A surname in capitals before a comma and a given name found alone, as orders and exports
/// write a customer: "TUCKER, Addison says", "an FREI, Ladina (Steuer-ID …)",
/// "KOGLER-HÖRMANN, Elisabeth"; the surname joins the name. A preposition before it stays
/// outside ("von REICHEL, Svenja").
fn surname_in_capitals(text: &str, found: &mut [Match]) {
    for m in found.iter_mut() {
        // "von REICHEL, Svenja": the preposition is no particle before capitals
        if let Some(rest) = m.text.strip_prefix("von ")
            && rest
                .split_once(", ")
                .is_some_and(|(last, _)| upper_case(last) && last.chars().count() >= 3)
        {
            m.start += 4;
            m.text = rest.to_string();
        }
        let Some(before) = text[..m.start].strip_suffix(", ") else {
            continue;
        };
        if m.text.contains([' ', ',']) {
            continue;
        }
        let surname = before
            .rsplit([' ', '\n', '\t', '(', ':'])
            .next()
            .unwrap_or(before);
        // (three letters at least: "LG, Grigory" signs a message off)
        if surname.chars().count() >= 3
            && upper_case(surname)
            && surname.chars().all(|c| c.is_alphabetic() || c == '-')
            && capitalised(&m.text)
        {
            m.start -= surname.len() + 2;
            m.text = text[m.start..m.end].to_string();
        }
    }
}

/// The writer of a quoted mail named "Surname, Given" in the reply's header: "On 18/02/2025,
/// Grant, João wrote:", "Am 22.04.2025 schrieb Stahl, Keiko:". The surname is a name or in no
/// list, the given name one of the lists'.
fn reply_header(text: &str, found: &mut Vec<Match>) {
    static HEADER: LazyLock<regex::Regex> = LazyLock::new(|| {
        // a constant pattern; a failure is a programming error caught by every test
        regex::Regex::new(
            r"(?m)^[> ]*(?:On [^\n]{4,60}?, (?P<en>\p{Lu}[\p{L}'’-]+, \p{Lu}[\p{L}'’-]+) wrote:|Am [^\n]{4,60}? schrieb (?P<de>\p{Lu}[\p{L}'’-]+, \p{Lu}[\p{L}'’-]+):)[ \t]*\r?$",
        )
        .unwrap_or_else(|e| panic!("reply header pattern: {e}"))
    });
    if !(text.contains(" wrote:") || text.contains(" schrieb ")) {
        return;
    }
    for c in HEADER.captures_iter(text) {
        let Some(who) = c.name("en").or_else(|| c.name("de")) else {
            continue;
        };
        let Some((surname, given)) = who.as_str().split_once(", ") else {
            continue;
        };
        if kind(surname).name_like() && kind(given).given {
            claim(text, found, who.start(), who.end());
        }
    }
    found.sort_by_key(|m| m.start);
}

/// Given names that open a line as its speaker (in lower case, as chats write them) or close it
/// as its sender: "mia: fyi …", "alan → malik: did u ring …", "… dm me or text 07621 388995 – ben", "– Pracket and
/// the club team". A name of the lists that is no word, or a capitalised word in no list before
/// "and the … team".
fn line_speakers(text: &str, found: &mut Vec<Match>) {
    let mut at = 0;
    for line in text.split('\n') {
        let start = at;
        at += line.len() + 1;
        let body = line.trim_end_matches('\r');
        let lead = body.len() - body.trim_start().len();
        let head = &body[lead..];
        // the speaker, or the writer and the one written to
        let word_end = head
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(head.len());
        let first = &head[..word_end];
        let rest = &head[word_end..];
        if let Some(to) = rest.strip_prefix(" → ") {
            let to_end = to.find(|c: char| !c.is_alphabetic()).unwrap_or(to.len());
            if to[to_end..].starts_with(':') && sender_given(first) && sender_given(&to[..to_end]) {
                let to_at = start + lead + word_end + " → ".len();
                claim(text, found, start + lead, start + lead + word_end);
                claim(text, found, to_at, to_at + to_end);
            }
        } else if rest.starts_with(": ")
            && first.starts_with(char::is_lowercase)
            && sender_given(first)
        {
            claim(text, found, start + lead, start + lead + word_end);
        }
        // the sender after a dash at the line's end (or alone on it)
        if !body.contains('–') && !body.contains('—') {
            continue;
        }
        let Some(from) = ["– ", "— "]
            .iter()
            .find_map(|d| body.starts_with(d).then_some(d.len()))
            .or_else(|| {
                [" – ", " — "]
                    .iter()
                    .find_map(|d| body.rfind(d).map(|i| i + d.len()))
            })
        else {
            continue;
        };
        let after = &body[from..];
        let (name, team) = match after
            .split_once(" and the ")
            .or_else(|| after.split_once(" und das "))
        {
            Some((name, rest)) if rest.to_lowercase().ends_with("team") => (name, true),
            _ => (after.trim_end_matches(['.', '!', ' ']), false),
        };
        let named = !name.is_empty()
            && !name.contains(' ')
            && (sender_given(name)
                || (team && capitalised(name) && {
                    let k = kind(name);
                    k.name_like() && !k.word
                }));
        if named {
            claim(text, found, start + from, start + from + name.len());
        }
    }
    found.sort_by_key(|m| m.start);
}

/// A given name that may stand alone as a sender's: of three letters or more, a name of the lists
/// that is no word.
fn sender_given(w: &str) -> bool {
    let k = kind(w);
    w.chars().count() >= 3 && w.chars().all(char::is_alphabetic) && k.strong_given() && !k.word
}

/// The sender signing a message at its very end after its last sentence or a sign-off, as
/// chats, text messages and short mails do, in any case: "… to 4146 Oak Avenue. mihael",
/// "… all fine. thanks!! julie", "… geändert. Danke Yasmin Öztürk": one to three words, the
/// first a given name that is no word ([`sender_given`]), the others names or in no list.
fn signed_at_end(text: &str, found: &mut Vec<Match>) {
    let body = text.trim_end_matches([' ', '\t', '\r', '\n', '.', '!']);
    let tail_at = body.rfind(['.', '!', '?', '\n', ',']).map_or(0, |i| i + 1);
    let mut tail = &body[tail_at..];
    let mut from = tail_at + tail.len() - tail.trim_start().len();
    tail = tail.trim_start();
    // a dash before the name on its own last line: "… Text +1 (734) 903-5494.\n– Alfie"
    if body[..tail_at].ends_with('\n')
        && let Some(rest) = ["– ", "— ", "-- ", "- "]
            .iter()
            .find_map(|dash| tail.strip_prefix(dash))
    {
        from += tail.len() - rest.len();
        tail = rest;
    }
    // a sign-off of up to four words and a name of up to three
    if tail_at == 0 || tail.is_empty() || tail.split(' ').nth(7).is_some() {
        return;
    }
    // a full stop after an abbreviation ends no sentence: "Killarney, Co. Kerry"
    let abbreviated = body[..tail_at].strip_suffix('.').is_some_and(|b| {
        let at = b
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_alphanumeric())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = &b[at..];
        word.chars().count() <= 3 && word.chars().all(char::is_alphabetic)
    });
    let after_sentence = !abbreviated
        && matches!(
            body[..tail_at].chars().next_back(),
            Some('.' | '!' | '?' | '\n')
        );
    // the longest sign-off that opens the tail: "thank you so much rob"
    let lower = tail.to_lowercase();
    if let Some(w) = SIGN_OFFS
        .iter()
        .filter(|w| {
            lower.starts_with(**w)
                && lower[w.len()..].starts_with(' ')
                && tail.is_char_boundary(w.len() + 1)
        })
        .max_by_key(|w| w.len())
    {
        from += w.len() + 1;
        tail = &tail[w.len() + 1..];
    } else if !after_sentence {
        return;
    }
    let words: Vec<&str> = tail.split(' ').collect();
    let named = (1..=3).contains(&words.len())
        && sender_given(words[0])
        && words[1..].iter().all(|w| {
            let k = kind(w);
            w.chars().all(|c| c.is_alphabetic() || c == '-') && k.name_like() && !k.word
        });
    if named {
        claim(text, found, from, from + tail.len());
    }
}

/// The account holder written before an IBAN, as bank statements and notes of changed bank
/// details put it: "SEPA CREDIT USD 179.95 FROM YAMAN ERENALP IBAN GB07 …", "SEPA-GUTSCHRIFT EUR
/// 134,50 CHRISTEN MATTHIAS IBAN …", "Bank details changed: Stanley, Craig, old IBAN …": two or
/// three words that read as a name ([`field_name`]; "Last, First" too), after an amount, a
/// currency, "from", "an", "von" or a colon.
fn account_holders(text: &str, toks: &[Token], found: &mut Vec<Match>) {
    let keywords = toks
        .iter()
        .filter(|t| &text.as_bytes()[t.start..t.end] == b"IBAN" && text[t.end..].starts_with(' '));
    for at in keywords.map(|t| t.start) {
        let before = text[..at].trim_end_matches(' ');
        let before = ["old", "alte", "new", "neue"]
            .iter()
            .find_map(|w| before.strip_suffix(w).filter(|b| b.ends_with(' ')))
            .unwrap_or(before)
            .trim_end_matches(' ')
            .trim_end_matches(',');
        let line = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
        let words: Vec<&str> = line.split(' ').collect();
        for n in [3, 2] {
            let Some(first) = words.len().checked_sub(n) else {
                continue;
            };
            let lead = &words[..first];
            const OPENERS: &[&str] = &[
                "€", "EUR", "CHF", "USD", "GBP", "Euro", "FROM", "From", "from", "VON", "von",
                "an", "AN",
            ];
            let opens = lead.last().is_none_or(|w| {
                w.ends_with(':') || w.contains(|c: char| c.is_ascii_digit()) || OPENERS.contains(w)
            });
            let name: Vec<&str> = words[first..].to_vec();
            // "… € von Leonhard Dorner IBAN": the word that opens the name is none of it
            if OPENERS.contains(&name[0]) {
                continue;
            }
            let surname_first = n == 2 && name[0].ends_with(',');
            let plain = name.join(" ").replace(',', "");
            if opens
                && (surname_first || !name.iter().any(|w| w.ends_with(',')))
                && field_name(&plain)
                && name
                    .iter()
                    .all(|w| w.starts_with(char::is_uppercase) || particle(w))
            {
                let len: usize = name.iter().map(|w| w.len()).sum::<usize>() + n - 1;
                let start = before.len() - len;
                // the keyword is no part of the name ("OSWIN TALLMANN IBAN" read as a run)
                found.retain(|m| !(m.start < at + "IBAN".len() && at < m.end));
                claim(text, found, start, before.len());
                break;
            }
        }
    }
    found.sort_by_key(|m| m.start);
}

/// The person after "by" or "von" that follows a deed: a past participle ("checked by tiarnan",
/// "collected by Ibidapo Odunsi", "Ticket erstellt von Frank-Peter Warmer", "exportiert von
/// Loui"), a note's or a post's noun ("Vermerk von Zhiwei", "Zitat von gaja") or an opening
/// bracket ("Q (by ciaran): …"). Up to three words that read as a name ([`field_name`]); one
/// capitalised word alone must be a name of the lists, one in lower case a given name that is
/// no word ("made by Vaude", "von hier" are none).
fn by_whom(text: &str, toks: &[Token], found: &mut Vec<Match>) {
    /// Nouns of notes, posts and messages whose author "von" names.
    const NOTES_BY: &[&str] = &[
        "Vermerk",
        "Zitat",
        "Beitrag",
        "Notiz",
        "Kommentar",
        "Nachricht",
        "Mail",
        "E-Mail",
        "Bewertung",
        "Antwort",
        "Rückmeldung",
        "Anruf",
        "Retoure",
        "Antwortentwürfe",
    ];
    /// English words before "by" that tell of a deed without "-ed": irregular participles and
    /// a few others ("drafts by", "handed over by").
    const IRREGULAR: &[&str] = &[
        "made", "done", "written", "taken", "drawn", "given", "seen", "signed", "sent", "kept",
        "held", "run", "led", "brought", "caught", "found", "paid", "read", "set", "shown", "told",
        "won", "drafts", "up", "over",
    ];
    let deed_en = |w: &str| (w.len() > 3 && w.ends_with("ed")) || IRREGULAR.contains(&w);
    let deed_de = |w: &str| {
        let lower = w.to_lowercase();
        NOTES_BY.contains(&w)
            || lower.ends_with("iert")
            || (lower.chars().count() >= 6
                && (lower.ends_with('t') || lower.ends_with("en"))
                && [
                    "ge", "be", "er", "ver", "ent", "über", "ab", "auf", "aus", "ein", "an", "vor",
                    "zu", "mit", "nach", "um",
                ]
                .iter()
                .any(|p| lower.starts_with(p)))
    };
    // the words "by" and "von" between spaces (or after a bracket): one look at each word,
    // not a search of the text for each
    let bytes = text.as_bytes();
    let joins = toks.iter().filter_map(|t| {
        let word = match &bytes[t.start..t.end] {
            b"by" => "by",
            b"von" => "von",
            _ => return None,
        };
        let before = *bytes.get(t.start.checked_sub(1)?)?;
        let spaced = bytes.get(t.end) == Some(&b' ') && matches!(before, b' ' | b'(');
        spaced.then_some((t.start - 1, word, before == b'('))
    });
    for (at, word, bracket) in joins {
        let join = if word == "by" { " by " } else { " von " };
        let prev = text[..at]
            .rsplit([' ', '\n', '\t', '('])
            .next()
            .unwrap_or_default();
        let deed = match word {
            "by" => bracket || deed_en(prev),
            _ => !bracket && deed_de(prev),
        };
        if !deed {
            continue;
        }
        let from = at + join.len();
        if let Some(name) = name_at_start(&text[from..])
            && reads_as_name(name, false)
        {
            claim(text, found, from, from + name.len());
        }
    }
    found.sort_by_key(|m| m.start);
}

/// A given name in the German genitive before the noun it owns, written without an apostrophe:
/// "Ivanas Abschiedsfeier", "Hartmuts Bonuspunkte". The name is the word without its "s"; the
/// noun is no part of it.
fn genitives(text: &str, toks: &[Token], found: &mut Vec<Match>) {
    for (i, t) in toks.iter().enumerate() {
        let word = &text[t.start..t.end];
        let Some(stem) = word.strip_suffix('s') else {
            continue;
        };
        // (the word's own checks first: most words ending in "s" fail them)
        if !capitalised(word)
            || stem.chars().count() < 3
            || lists_of(word) != 0
            || !kind(stem).strong_given()
        {
            continue;
        }
        // the noun after it is a word of the lists and no name, or a compound ending in one
        // ("Kaans Abschiedsfeier"; "Anna-Lenas Schlosser" and "Deanis Jordan" are names)
        let owned = toks.get(i + 1).is_some_and(|n| {
            let noun = &text[n.start..n.end];
            let k = kind(noun);
            spaces_between(text, t, n)
                && capitalised(noun)
                && (k.plain() || (!k.given && !k.surname && short_compound(noun)))
        });
        // (a word inside a longer name is no genitive: "Serkan Tan-Mertens Datum"; nor is a
        // greeting with a letter missing: "Libes Talgrat-Team, …")
        if !owned
            || found.iter().any(|m| m.start < t.start && t.start < m.end)
            || greeting_misspelt(stem)
        {
            continue;
        }
        found.retain(|m| m.end <= t.start || t.end <= m.start);
        found.push(person(text, t.start, t.start + stem.len()));
    }
    found.sort_by_key(|m| m.start);
}

/// Nouns for a customer's case that German writes after the customer's name with a hyphen:
/// "die Pavić-Reklamation", "wg. der Schuster-Retoure", "Die van den Berg-Punkte".
const CASE_NOUNS: &[&str] = &[
    "anfrage",
    "abholung",
    "akte",
    "auftrag",
    "bestellung",
    "beschwerde",
    "bewerbung",
    "bonuspunkte",
    "erstattung",
    "gutschrift",
    "kündigung",
    "lieferung",
    "lieferungen",
    "punkte",
    "reklamation",
    "reklamationen",
    "reparatur",
    "reservierung",
    "retoure",
    "retouren",
    "rechnung",
    "rücksendung",
    "sendung",
    "umtausch",
    "vorgang",
];

/// A customer's name before the hyphen of a case noun, right after an article: "Die
/// Pavić-Reklamation ist beim Lieferanten", "wg. der Schuster-Retoure", "Die De
/// Oliveira-Lieferung" (not "die verschollene Fernkamm-Bestellung", "Letzte
/// Click-&-Collect-Bestellung" or "die Winter-Lieferung").
fn case_compounds(text: &str, toks: &[Token], found: &mut Vec<Match>) {
    // (the articles of a feminine or masculine noun, apart from [`ARTICLES`]' wider list)
    const CASE_ARTICLES: &[&str] = &[
        "der", "die", "den", "dem", "des", "zur", "zum", "beim", "vom",
    ];
    let article = |x: &Token| {
        let w = &text[x.start..x.end];
        CASE_ARTICLES.iter().any(|a| a.eq_ignore_ascii_case(w))
    };
    for (i, t) in toks.iter().enumerate() {
        let word = &text[t.start..t.end];
        let Some((modifier, noun)) = word.rsplit_once('-') else {
            continue;
        };
        // (a chat writes the noun in lower case: "die Doğan-retoure"; the nouns' capitals are
        // ASCII)
        let lower_case = noun.chars().all(|c| !c.is_uppercase());
        if !(capitalised(noun) || lower_case)
            || !CASE_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(noun))
        {
            continue;
        }
        // the modifier is a name: every part of a double name capitalised and like a name, no
        // frequent word and no compound of the lists' words ("Walter-Braun", "Kopecká", not
        // "Winter" or "Kreditlimit")
        let named = !modifier.is_empty()
            && modifier.split('-').all(|part| {
                let k = kind(part);
                capitalised(part)
                    && !upper_case(part)
                    && k.name_like()
                    && !k.common
                    && (k.given || k.surname || !short_compound(part))
            });
        if !named {
            continue;
        }
        // the words of the name before it, back to the article: particles and names
        let Some(first) = (i.saturating_sub(3)..=i).find(|&j| {
            j > 0
                && article(&toks[j - 1])
                && (j - 1..i).all(|x| spaces_between(text, &toks[x], &toks[x + 1]))
                && toks[j..i].iter().all(|x| {
                    let w = &text[x.start..x.end];
                    let k = kind(w);
                    particle(w) || (capitalised(w) && k.name_like() && !k.common)
                })
        }) else {
            continue;
        };
        let (start, end) = (toks[first].start, t.start + modifier.len());
        found.retain(|m| m.end <= start || t.end <= m.start);
        found.push(person(text, start, end));
    }
    found.sort_by_key(|m| m.start);
}

/// Whether `word` is a greeting with one letter missing ("Libe" for "Liebe").
fn greeting_misspelt(word: &str) -> bool {
    let lower = word.to_lowercase();
    GREETINGS.iter().any(|g| {
        g.len() == lower.len() + 1
            && g.char_indices()
                .any(|(at, c)| lower.starts_with(&g[..at]) && lower[at..] == g[at + c.len_utf8()..])
    })
}

/// A family named by its surname: "the Di Stefano family", "Family Marsh", "Familie von
/// Haider", "la famille Dubois".
fn families(text: &str, toks: &[Token], found: &mut Vec<Match>) {
    const FAMILY: &[&str] = &["family", "familie", "famille", "familia", "famiglia"];
    for t in toks {
        let word = &text[t.start..t.end];
        // one look at the first letter before the list
        if !word.starts_with(['f', 'F']) || !FAMILY.iter().any(|f| f.eq_ignore_ascii_case(word)) {
            continue;
        }
        // after the word: "Family Marsh, all four made it", "Familie Kowalski"
        let from = t.end + 1;
        if text[t.end..].starts_with(' ')
            && let Some(name) = name_at_start(&text[from..])
            && name.starts_with(char::is_uppercase)
            && family_name(name)
        {
            claim(text, found, from, from + name.len());
            continue;
        }
        // before it: "the Patel family", "the Di Stefano family"
        if !word.starts_with('f') {
            continue;
        }
        let before = &text[..t.start];
        let Some(the) = before
            .strip_suffix(' ')
            .and_then(|b| b.rfind("the ").or_else(|| b.rfind("The ")))
            // the word "the", not the end of "breathe"
            .filter(|&at| !before[..at].ends_with(char::is_alphabetic))
        else {
            continue;
        };
        let (start, end) = (the + 4, t.start - 1);
        let name = &text[start..end];
        if start < end
            && name.split(' ').count() <= 3
            && name.starts_with(char::is_uppercase)
            && name.split(' ').all(|w| capitalised(w) || particle(w))
            && family_name(name)
        {
            claim(text, found, start, end);
        }
    }
    found.sort_by_key(|m| m.start);
}

/// Whether the words after "Family" or between "the" and "family" read as a surname: a name
/// the lists know, or a word they do not, never a frequent word ("the Talgrat family" is the
/// brand's).
fn family_name(name: &str) -> bool {
    if name.contains(' ') {
        return field_name(name);
    }
    let k = kind(name);
    (k.given || k.surname || k.world || !k.word) && !k.common && !not_people(name)
}

/// The words of a name at the start of `rest`, up to three: to a comma, a bracket, a colon, a
/// full stop after a word, a line's end, a word of another case, or a word that is no part of
/// a name; none when a capitalised word that is no name's part follows ("Mail von Hanne-Lore
/// Mühle", "Shipped by Fletcher Logistics" may go on). A particle is no last word.
fn name_at_start(rest: &str) -> Option<&str> {
    let mut len = 0;
    let mut lower = false;
    for (words, w) in rest.split(' ').enumerate() {
        let w = w.split('\n').next().unwrap_or_default();
        let mut bare = w.trim_end_matches([',', ')', ':', '.', ';', '!', '?']);
        // an initial keeps its full stop ("Garia R.")
        if bare.chars().count() == 1 && w[bare.len()..].starts_with('.') {
            bare = &w[..bare.len() + 1];
        }
        let cased = bare.starts_with(char::is_uppercase);
        if words == 3 || bare.is_empty() || (words > 0 && lower == cased) {
            break;
        }
        if !name_piece(bare) {
            if cased {
                return None;
            }
            break;
        }
        lower = !cased;
        len = (w.as_ptr() as usize - rest.as_ptr() as usize) + bare.len();
        if bare.len() != w.len() {
            break;
        }
    }
    // ("von Julia Meister zu Julia Umair")
    let mut name = &rest[..len];
    while let Some((head, last)) = name.rsplit_once(' ')
        && particle(last)
    {
        name = head;
    }
    (!name.is_empty()).then_some(name)
}

/// Whether the words [`name_at_start`] reads are a name: several words as a field's value would
/// be ([`field_name`]); one capitalised word a name of the lists (or, where the sentence
/// leaves no doubt, `loose`, any word in no list); one in lower case a given name that is no
/// word.
fn reads_as_name(name: &str, loose: bool) -> bool {
    if name.contains(' ') {
        return field_name(name);
    }
    let k = kind(name);
    if name.starts_with(char::is_uppercase) {
        (k.given || k.surname || (loose && !k.word)) && !k.common
    } else {
        k.strong_given() && !k.word
    }
}

/// The writer introducing themselves at a clause's start, as chats and calls do: "hi, it's
/// alex, order …", "hi, I'm Alaz, my order …", "… wieder? bin übrigens carlota, wir …", "hey
/// hier ist erinçer, könnt ihr …". The words after the introduction are a name when a comma, a
/// full stop or "btw" / "übrigens" / "from" / "von" closes them and they read as one
/// ([`reads_as_name`]). After "I'm", "ich bin" or "hier ist" (never "it's": "It's Firstwand,
/// our …") a word in no list counts too, in lower case as well when a comma follows.
fn introduced(text: &str, toks: &[Token], found: &mut Vec<Match>) {
    const CLOSERS: &[&str] = &[" btw", " übrigens", " from ", " von ", " here", " hier"];
    const GREETINGS: &[&str] = &["hi", "hey", "hallo", "hello", "moin", "servus"];
    for (n, t) in toks.iter().enumerate() {
        let word = &text[t.start..t.end];
        let next = |k: usize| toks.get(n + k).map(|t| &text[t.start..t.end]);
        // how many words the introduction takes, and whether it is the writer's own
        let (len, own) = match word {
            "it's" | "It's" | "it’s" | "It’s" => (1, false),
            "I'm" | "I’m" | "i'm" | "i’m" => (1, true),
            "hier" | "Hier" if next(1) == Some("ist") => (2, true),
            "ich" | "Ich" if next(1) == Some("bin") => (2, true),
            "bin" if next(1) == Some("übrigens") => (2, true),
            _ => continue,
        };
        let before = text[..t.start].trim_end_matches(' ');
        let opens = before.is_empty()
            || before.ends_with([',', '.', '!', '?', ':', '(', '\n'])
            || n.checked_sub(1).is_some_and(|p| {
                let greeting = &text[toks[p].start..toks[p].end];
                GREETINGS.iter().any(|g| g.eq_ignore_ascii_case(greeting))
            });
        let last = toks[n + len - 1];
        if !opens || !text[last.end..].starts_with(' ') {
            continue;
        }
        let from = last.end + 1;
        let Some(name) = name_at_start(&text[from..]) else {
            continue;
        };
        let after = &text[from + name.len()..];
        let comma = after.starts_with(',');
        let closed = comma
            || after.starts_with('!')
            || (after.starts_with('.')
                && after[1..].chars().next().is_none_or(char::is_whitespace))
            || CLOSERS.iter().any(|c| after.starts_with(c));
        let unlisted = own && comma && !name.contains(' ') && {
            let k = kind(name);
            !k.word && !k.given && !k.surname && name.chars().count() >= 3
        };
        if closed && !role_noun(name) && (reads_as_name(name, own) || unlisted) {
            claim(text, found, from, from + name.len());
        }
    }
    found.sort_by_key(|m| m.start);
}

/// Whom to ask for, to talk with or to report to, between a German preposition and its verb
/// ("nach Sabina fragen", "mit Faltdrom Stulbrai gesprochen", "bei Edro melden") or after
/// "sprechen mit" at a clause's end ("Sie sprechen mit Garine, was kann ich …"); whom to ring
/// back ("ring Flora back"); who may not be at home when a parcel comes ("if Danjuma isn't in",
/// "Wenn Hansjürg nicht da ist"): a name, in no list too.
fn asked_for(text: &str, toks: &[Token], found: &mut Vec<Match>) {
    const NOT_IN: &[&str] = &[
        "nicht da ist",
        "nicht zu hause ist",
        "nicht daheim ist",
        "nicht erreichbar ist",
        "nicht anzutreffen ist",
    ];
    const VERBS: &[(&str, &[&str])] = &[
        ("wenn", NOT_IN),
        ("falls", NOT_IN),
        (
            "if",
            &[
                "isn't in",
                "isn’t in",
                "is not in",
                "isn't home",
                "isn’t home",
                "is not home",
                "isn't there",
                "isn’t there",
                "is not there",
                "is out",
                "is away",
            ],
        ),
        ("ring", &["back"]),
        ("call", &["back"]),
        ("nach", &["fragen", "fragt", "frage", "fragst"]),
        (
            "mit",
            &[
                "gesprochen",
                "telefoniert",
                "klären",
                "sprechen",
                "reden",
                "geredet",
                "telefonieren",
                "abstimmen",
                "abgestimmt",
            ],
        ),
        ("bei", &["melden", "meldet", "melde"]),
    ];
    for (n, t) in toks.iter().enumerate() {
        let word = &text[t.start..t.end];
        let Some((_, verbs)) = VERBS.iter().find(|(p, _)| p.eq_ignore_ascii_case(word)) else {
            continue;
        };
        if !text[t.end..].starts_with(' ') {
            continue;
        }
        let from = t.end + 1;
        let Some(name) = name_at_start(&text[from..]) else {
            continue;
        };
        let after = &text[from + name.len()..];
        let before = n.checked_sub(1).map(|p| &text[toks[p].start..toks[p].end]);
        let verb_after = after
            .strip_prefix(' ')
            .is_some_and(|a| verbs.iter().any(|v| starts_with_phrase(a, v)));
        let spoken_with = word == "mit"
            && matches!(before, Some("sprechen" | "sprichst" | "spreche"))
            && after.starts_with([',', '.', '!', '?']);
        // ("nach dem Ersatzbeutel fragen": an article, not a particle)
        let article = name.split(' ').next().is_some_and(particle);
        if (verb_after || spoken_with) && !article && reads_as_name(name, true) {
            claim(text, found, from, from + name.len());
        }
    }
    found.sort_by_key(|m| m.start);
}

/// The lines of a list written alike, each a name and then the same mark ("Aiden van Tours,
/// table 8", "Brett Cross (+1)", "Maria Long  11:59 AM"; or the name alone): when two thirds of
/// three or more such lines in a row open with a name the rules found, the others open with one
/// too, if their words read as a name ([`field_name`]). Replaces the parts of them already
/// found.
fn alike_lines(text: &str, found: &mut Vec<Match>) {
    if text.match_indices('\n').nth(1).is_none() {
        return;
    }
    /// The marks after a list line's name.
    const MARKS: &[&str] = &[", ", " (", " – ", " - ", "  ", "\t", " · ", ": ", " | "];
    // each line's name part and the mark after it ("" for a whole line; none for a line that
    // is no list item or opens with its mark)
    let mut items: Vec<(std::ops::Range<usize>, Option<&str>)> = Vec::new();
    let mut at = 0;
    for line in text.split('\n') {
        let start = at;
        at += line.len() + 1;
        let body = line.trim_end_matches('\r');
        let marker = body.find(|c: char| c.is_alphabetic()).unwrap_or(body.len());
        if !list_marker(&body[..marker]) {
            items.push((start..start, None));
            continue;
        }
        let head = &body[marker..];
        let (len, mark) = MARKS
            .iter()
            .filter_map(|m| head.find(m).map(|i| (i, *m)))
            .min()
            .unwrap_or((head.len(), ""));
        let from = start + marker;
        items.push((from..from + len, (len > 0).then_some(mark)));
    }
    let mut added = Vec::new();
    for run in items.chunk_by(|a, b| a.1 == b.1) {
        if run.len() < 3 || run[0].1.is_none() {
            continue;
        }
        let named =
            |r: &std::ops::Range<usize>| found.iter().any(|m| m.start == r.start && m.end == r.end);
        let known = run.iter().filter(|(r, _)| named(r)).count();
        if known < 2 || known * 3 < run.len() * 2 {
            continue;
        }
        for (r, _) in run {
            if !named(r) && field_name(&text[r.clone()]) {
                added.push(r.clone());
            }
        }
    }
    for r in added {
        claim(text, found, r.start, r.end);
    }
    found.sort_by_key(|m| m.start);
}

/// Names joined to a found one by "and" ("Stacy and Freimfroo were super friendly",
/// "Mundroum and Conor please confirm", "Jana und Änne"): a capitalised word after or before
/// the joiner that is a name or in no list, no frequent word, firm's word or particle, and a
/// surname beside it ("Rayana Rath und Hyun-woo Jung"). Not "&", which joins firms' names
/// ("Fenwick & Lowe Solicitors").
fn coordinated(text: &str, toks: &[Token], found: &mut Vec<Match>) {
    const JOINS: &[&str] = &[" and ", " und "];
    let capital = |t: &Token| {
        let word = &text[t.start..t.end];
        capitalised(word) && !firm_word(word) && !particle(word)
    };
    let name_word = |t: &Token| {
        let k = kind(&text[t.start..t.end]);
        capital(t) && k.name_like() && !k.common
    };
    let surname = |t: &Token| capital(t) && (kind(&text[t.start..t.end]).surname || name_word(t));
    let mut added: Vec<Match> = Vec::new();
    for m in found.iter() {
        for join in JOINS {
            // the words after the joiner
            if text[m.end..].starts_with(join)
                && let Ok(i) = toks.binary_search_by_key(&(m.end + join.len()), |t| t.start)
                && name_word(&toks[i])
            {
                let two = toks
                    .get(i + 1)
                    .is_some_and(|n| spaces_between(text, &toks[i], n) && surname(n));
                added.push(person(text, toks[i].start, toks[i + usize::from(two)].end));
            }
            // the words before it
            if text[..m.start].ends_with(join)
                && let Ok(i) = toks.binary_search_by_key(&(m.start - join.len()), |t| t.end)
                && name_word(&toks[i])
            {
                let two = i.checked_sub(1).is_some_and(|p| {
                    spaces_between(text, &toks[p], &toks[i]) && name_word(&toks[p])
                });
                added.push(person(text, toks[i - usize::from(two)].start, toks[i].end));
            }
        }
    }
    // (a firm, brand or place among them goes with the others after this)
    for a in added {
        if !found.iter().any(|m| m.start < a.end && a.start < m.end) {
            found.push(a);
        }
    }
    found.sort_by_key(|m| m.start);
}

/// The whole value of a form field for a person, in whatever case it was typed: "Name:
/// savnyir harvinari", "NAME: kyle BELL", "Debtor: RUGIO GURHEIINI", "Name: Comfort Balogun" (a
/// given name that is also a word), "Techniker: Z. Voinea": a label that makes a person (see
/// [`context_before`]) and its colon, then up to four name words to the end of the line, the
/// cell (a tab, a wide gap, ";", "|", "·") or the sentence. Replaces the parts of it already
/// found.
fn field_values(text: &str, toks: &[Token], found: &mut Vec<Match>) {
    if !text.contains(':') {
        return;
    }
    // the first colon of each line
    let mut done = None;
    for (colon, _) in text.match_indices(": ") {
        let bounds = line_around(text, colon, colon);
        let at = bounds.start;
        if done == Some(at) {
            continue;
        }
        done = Some(at);
        let line = &text[bounds];
        let colon = colon - at;
        if roll_call(text, at, line, found) {
            continue;
        }
        let rest = line[colon + 1..].trim_start_matches([' ', '\t']);
        let from = line.len() - rest.len();
        let labelled = toks
            .binary_search_by_key(&(at + from), |t| t.start)
            .is_ok_and(|i| context_at(text, toks, i) == Context::Field);
        if !labelled {
            continue;
        }
        let mut len = ["\t", "  ", ";", "|", " ·", "(", "\r"]
            .iter()
            .filter_map(|d| rest.find(d))
            .min()
            .unwrap_or(rest.len());
        // a sentence ends after a word, not after an initial ("Driver: Eimer. Track: …")
        if let Some(stop) = rest[..len].match_indices(". ").map(|(i, _)| i).find(|&i| {
            rest[..i]
                .chars()
                .rev()
                .take_while(|c| c.is_alphabetic())
                .count()
                > 1
        }) {
            len = stop;
        }
        let value = rest[..len].trim_end_matches([' ', '.']);
        // after the honorifics: "Kunde: Herr Kuno Schmiedt", "Vorsitz: Dipl.-Ing. Élodie Leroy"
        let (from, value) = past_honorifics(line, from, value);
        // two people in one field: "From: Jennifer and Eemeli", "Von: Lambert und Cathleen" (not
        // "&", which joins firms' names)
        let items = list_items(value, &[" und ", " and "]);
        if items.len() > 1 && items.iter().all(|(_, item)| field_name(item)) {
            for (off, item) in items {
                claim(text, found, at + from + off, at + from + off + item.len());
            }
            continue;
        }
        if value.is_empty() || !field_name(value) {
            continue;
        }
        claim(text, found, at + from, at + from + value.len());
    }
    found.sort_by_key(|m| m.start);
}

/// A TeX macro's argument under a key for one person, as letters written in TeX hold the
/// sender and the customer: "\signature{Chiadiewen Rossewick}", "\setkomavar{fromname}{Sanjay
/// Desai}", "\newcommand{\kunde}{Kennedy Sanders}".
fn tex_values(text: &str, toks: &[Token], found: &mut Vec<Match>) {
    for (brace, _) in text.match_indices('{') {
        let from = brace + 1;
        let Some(len) = text[from..].find(['}', '{', '\\', '\n']) else {
            continue;
        };
        let value = &text[from..from + len];
        if !text[from + len..].starts_with('}') || value.is_empty() || !field_name(value) {
            continue;
        }
        let keyed = toks
            .binary_search_by_key(&from, |t| t.start)
            .is_ok_and(|i| context_at(text, toks, i) == Context::Field);
        if keyed {
            claim(text, found, from, from + len);
        }
    }
    found.sort_by_key(|m| m.start);
}

/// Keys of a log line's `key=value` fields whose value is a person.
const PERSON_KEYS: &[&str] = &[
    "user",
    "username",
    "admin",
    "agent",
    "operator",
    "holder",
    "owner",
    "assignee",
    "customer",
    "benutzer",
    "bearbeiter",
    "inhaber",
    "kunde",
    "cardholder",
    "card_holder",
    "karteninhaber",
    "kontoinhaber",
    "account_holder",
    "creator",
    "author",
    // a form's fields as a submission log or a query string writes them
    "name",
    "fullname",
    "full_name",
    "customer_name",
    "contact_name",
];

/// Keys of fields that hold one part of a person's name only (see [`own_name_field`]); person
/// keys too.
const OWN_NAME_KEYS: &[&str] = &[
    "first_name",
    "firstname",
    "last_name",
    "lastname",
    "surname",
    "vorname",
    "nachname",
    "given_name",
    "givenname",
    "family_name",
    "familyname",
    // a directory's surname attribute (LDAP, SAML): "sn: Bird"
    "sn",
];

/// Whether a key names a person's field.
fn person_key(key: &str) -> bool {
    let key = owned_key(key);
    PERSON_KEYS
        .iter()
        .chain(OWN_NAME_KEYS)
        .any(|k| k.eq_ignore_ascii_case(key))
}

/// The last word of a key in snake or camel case, as configuration files and property lists
/// write them: "STORE_MANAGER" → "MANAGER", "CrashReporterContact" → "Contact"; `None` for a
/// key of one word.
fn key_tail(key: &str) -> Option<&str> {
    if let Some((_, tail)) = key.rsplit_once('_') {
        return (!tail.is_empty()).then_some(tail);
    }
    let at = key
        .char_indices()
        .skip(1)
        .filter(|(_, c)| c.is_uppercase())
        .last()?
        .0;
    key[..at]
        .chars()
        .next_back()
        .is_some_and(char::is_lowercase)
        .then_some(&key[at..])
}

/// Whether a field holds a person's name by its key and its value: a person's key and a value
/// that reads as a name ([`field_name`], [`listed_name`], [`own_name_field`]); a key whose last
/// word is a person's role ("STORE_MANAGER", "CardHolder", "CrashReporterContact") and a name;
/// a key ending in "name" ("ONCALL_PRIMARY_NAME", "StoreName") and a name of the lists only, as
/// such keys name stores, products and hosts as well.
fn keyed_person(key: &str, value: &str) -> bool {
    if value.is_empty() || value.contains('\n') {
        return false;
    }
    if person_key(key) {
        return field_name(value) || own_name_field(key, value) || listed_name(value);
    }
    match key_tail(key) {
        Some(tail) if tail.eq_ignore_ascii_case("name") => listed_name(value),
        Some(tail) => {
            ["manager", "holder", "contact", "owner"]
                .iter()
                .any(|r| r.eq_ignore_ascii_case(tail))
                && (field_name(value) || listed_name(value))
        }
        None => false,
    }
}

/// A key without the owner before it, as blog and shop exports write them
/// (`comment_author`, `author_last_name`, `billing_first_name`: "author", "last_name",
/// "first_name").
fn owned_key(key: &str) -> &str {
    key.split_once('_')
        .filter(|(owner, rest)| {
            ["author", "comment", "billing", "shipping"]
                .iter()
                .any(|o| o.eq_ignore_ascii_case(owner))
                && !rest.is_empty()
        })
        .map_or(key, |(_, rest)| rest)
}

/// The person a log line's field names ("admin=evelína", `user="Ren Nakamura"`,
/// `inhaber="DÖNER SEZGIN"`, a form's "name=Lisa-Marie Schmidt" alone on its line): the value,
/// bare or in double quotes, when it reads as a name ([`field_name`]; "kunde=4471" is none).
/// In an HTML tag the field is the one its `name` attribute names: `<input name="fullname"
/// value="Taexo Quurgouić">`.
fn keyed_values(text: &str, found: &mut Vec<Match>) {
    if !text.contains('=') {
        return;
    }
    for (eq, _) in text.match_indices('=') {
        // (spaces around the sign, as code and TOML write it: `customer = 'Jia Qi Liu'`)
        let key_end = text[..eq].trim_end_matches(' ').len();
        let key_start = text[..key_end]
            .char_indices()
            .rev()
            .find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '_'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        // the HTML tag the field stands in, if it stands in one
        let tag = text[..key_start]
            .rfind(['<', '>', '\n'])
            .filter(|&i| text[i..].starts_with('<'));
        if let Some(open) = tag {
            if text[key_start..eq].eq_ignore_ascii_case("value")
                && let Some(value) = text[eq + 1..].strip_prefix('"')
                && let Some(close) = value.find('"')
                && let Some(key) = input_named(&text[open..key_start])
                && (field_name(&value[..close])
                    || own_name_field(key, &value[..close])
                    || listed_name(&value[..close]))
            {
                claim(text, found, eq + 2, eq + 2 + close);
            }
            continue;
        }
        let key = &text[key_start..key_end];
        if key.is_empty() {
            continue;
        }
        let after = &text[eq + 1..];
        let rest = after.trim_start_matches(' ');
        let at = eq + 1 + after.len() - rest.len();
        let (from, value) = match rest.strip_prefix(['"', '\'']) {
            Some(quoted) => (at + 1, &quoted[..quoted.find(&rest[..1]).unwrap_or(0)]),
            None => {
                let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
                // a field alone on its line holds the whole line ("name=Lisa-Marie Schmidt")
                let alone = text[..key_start].ends_with('\n') || key_start == 0;
                let end = if alone && !line.contains(['=', ',', ';', '&']) {
                    line.trim_end().len()
                } else {
                    // (a closing quote too: curl's `-F "last_name=Dalgleish"`)
                    rest.find(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '&' | '"'))
                        .unwrap_or(rest.len())
                };
                (at, &rest[..end])
            }
        };
        // (a value written surname first: `customer="Hofer, Svuman"`)
        let reversed = || {
            person_key(key)
                && value.split_once(", ").is_some_and(|(last, first)| {
                    !first.contains(',') && field_name(&format!("{first} {last}"))
                })
        };
        if keyed_person(key, value) || reversed() {
            claim(text, found, from, from + value.len());
        }
    }
    found.sort_by_key(|m| m.start);
}

/// The value of an XML element named for a person's field: `<givenName>Anostian</givenName>`,
/// `<surname>Walker</surname>`, a namespace prefix besides.
fn element_values(text: &str, found: &mut Vec<Match>) {
    for (close, _) in text.match_indices("</") {
        let Some(tag) = text[close + 2..].split('>').next().filter(|t| {
            t.len() <= 24
                && t.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | ':'))
        }) else {
            continue;
        };
        let mut key = tag.rsplit(':').next().unwrap_or(tag);
        // a SAML attribute's value takes the attribute's name: `<saml:Attribute Name="sn">
        // <saml:AttributeValue>Karanja</saml:AttributeValue>`
        if key == "AttributeValue"
            && let Some(named) = text[..close]
                .rfind("Attribute Name=\"")
                .map(|at| &text[at + 16..close])
                .and_then(|rest| rest.split('"').next())
        {
            key = named;
        }
        // a property list's value takes the key before it: `<key>StoreManager</key>
        // <string>Cooper Campbell</string>`
        if key == "string"
            && let Some(named) = text[..close]
                .rfind("<string>")
                .and_then(|at| text[..at].trim_end().strip_suffix("</key>"))
                .and_then(|before| before.rsplit_once("<key>"))
                .map(|(_, k)| k)
        {
            key = named;
        }
        // (a bare `<name>` names waypoints and products as often as people)
        if key.eq_ignore_ascii_case("name") {
            continue;
        }
        // a value in a CDATA section: `<wp:author_last_name><![CDATA[Holt]]></…>`
        let (open, end) = match text[..close]
            .strip_suffix("]]>")
            .and_then(|before| before.rfind("<![CDATA[").map(|at| (before, at)))
        {
            Some((before, at)) => (at, before.len()),
            None => (close, close),
        };
        // the element's opening tag is the nearest one before (any other leaves a `<` in the
        // value)
        let Some(start) = text[..open].rfind('<').and_then(|at| {
            let after = text[at + 1..open].strip_prefix(tag)?.strip_prefix('>')?;
            if open == close {
                Some(close - after.len())
            } else {
                after.is_empty().then_some(open + "<![CDATA[".len())
            }
        }) else {
            continue;
        };
        if keyed_person(key, &text[start..end]) {
            claim(text, found, start, end);
        }
    }
    found.sort_by_key(|m| m.start);
}

/// The names of a jCard (RFC 7095), a vCard written as JSON arrays: the formatted name
/// (`["fn", {}, "text", "Harper Murray"]`) and the family, given and additional names of the
/// structured one (`["n", {}, "text", ["Murray", "Harper", "", "", ""]]`), each a span of its
/// own; the prefixes and suffixes after them ("Dr.", "Jr.") are none.
fn jcard_values(text: &str, found: &mut Vec<Match>) {
    let written = |v: &str| {
        !v.is_empty()
            && v.split(' ')
                .all(|w| particle(w) || (name_piece(w) && w.starts_with(char::is_uppercase)))
    };
    for property in ["[\"fn\", {", "[\"n\", {"] {
        for (at, _) in text.match_indices(property) {
            let Some(value) = text[at..]
                .find("}, \"text\", ")
                .map(|i| at + i + "}, \"text\", ".len())
                .filter(|&v| !text[at..v].contains(']'))
            else {
                continue;
            };
            // the formatted name is one string, the structured name a list of five
            let parts = if text[value..].starts_with('[') { 3 } else { 1 };
            let mut from = value + usize::from(parts == 3);
            for _ in 0..parts {
                let Some(open) = text[from..].strip_prefix('"').map(|_| from + 1) else {
                    break;
                };
                let Some(close) = text[open..].find('"').map(|i| open + i) else {
                    break;
                };
                if written(&text[open..close]) {
                    claim(text, found, open, close);
                }
                from = close + 1;
                from += text[from..].len() - text[from..].trim_start_matches([',', ' ']).len();
            }
        }
    }
    found.sort_by_key(|m| m.start);
}

/// The person's field that an HTML tag's text before its `value` names: `name="fullname"`.
fn input_named(tag: &str) -> Option<&str> {
    tag.split_whitespace().find_map(|attr| {
        attr.strip_prefix("name=\"")
            .and_then(|a| a.strip_suffix('"'))
            .filter(|k| person_key(k))
    })
}

/// Whether a person's field holds a name of the lists, in any case: two or three words, each a
/// given name or a surname of the lists (particles besides), a given name among them ("Cole
/// Thompson", "COLE THOMPSON"; both are frequent words too, which [`field_name`] asks of none).
fn listed_name(value: &str) -> bool {
    let words: Vec<&str> = value.split(' ').filter(|w| !particle(w)).collect();
    (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            let k = kind(w);
            name_piece(w) && (capitalised(w) || upper_case(w)) && (k.given || k.surname)
        })
        && words.iter().any(|w| kind(w).given)
}

/// Whether a field that holds nothing but a given name or a surname (`first_name`,
/// `nachname`) holds one: capitalised name words, whatever else they mean ("Bird", "Hall").
fn own_name_field(key: &str, value: &str) -> bool {
    let key = owned_key(key);
    OWN_NAME_KEYS.iter().any(|k| k.eq_ignore_ascii_case(key))
        && !value.is_empty()
        && value
            .split(' ')
            .all(|w| name_piece(w) && w.starts_with(char::is_uppercase))
}

/// Labels of a list of people: "Attendees: Eric, Carl, Xanthippi (notes)", "Teilnehmende:
/// Rebecca, Marc", "Staff on shift: Nam Mai, Sarafina" (lower case).
const ROLLS: &[&str] = &[
    "attendees",
    "attendance",
    "present",
    "participants",
    "apologies",
    "absent",
    "staff on shift",
    "on shift",
    "on duty",
    "guests",
    "waiting list",
    "waitlist",
    "teilnehmer",
    "teilnehmerinnen",
    "teilnehmende",
    "teilnehmer:innen",
    "anwesend",
    "anwesende",
    "entschuldigt",
    "abwesend",
    "im dienst",
    "gäste",
    "warteliste",
];

/// Days of a rota: "Mon: Carolyn, Prerdia", "Di: Tapani, Berkal" (two names or more, and
/// nothing else).
const DAYS: &[&str] = &[
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mo",
    "di",
    "mi",
    "do",
    "fr",
    "sa",
    "so",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
];

/// The names of a line that lists people after its label (see [`ROLLS`], [`DAYS`]; a line may
/// hold several lists: "Present: A, B; apologies: C"): each item that reads as a name
/// ([`field_name`]), less its note in brackets and its title. Whether the line was such a list.
fn roll_call(text: &str, at: usize, line: &str, found: &mut Vec<Match>) -> bool {
    // semicolons between people written surname first part the items: "Attendees: Clune,
    // Emma; Sandoval, David" (left to the other rules)
    if line.split("; ").skip(1).any(|s| !s.contains(": ")) {
        return false;
    }
    let mut listed = false;
    let mut offset = at;
    for segment in line.split("; ") {
        let seg_at = offset;
        offset += segment.len() + 2;
        let Some(colon) = segment.find(": ") else {
            continue;
        };
        let label = segment[..colon].trim_start_matches(|c: char| !c.is_alphanumeric());
        let opens = |r: &str| {
            label
                .get(..r.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(r))
        };
        let day = DAYS.iter().any(|d| d.len() == label.len() && opens(d));
        let roll = ROLLS
            .iter()
            .any(|r| opens(r) && (label.len() == r.len() || label[r.len()..].starts_with(' ')));
        if !(roll || day) {
            continue;
        }
        listed = true;
        let value = &segment[colon + 2..];
        // (a dash ends the list: "Julia S., Susan M. – Agnes will phone them")
        let value = &value[..value.find(" – ").unwrap_or(value.len())];
        let mut items = Vec::new();
        for (off, part) in list_items(value, &[", ", " und ", " and ", " & "]) {
            let mut item = part.trim_end_matches([' ', '\r']);
            if let Some(open) = item.find(" (") {
                item = &item[..open];
            }
            // a full stop after a word, not after an initial ("Nyine B.")
            if let Some(bare) = item.strip_suffix('.')
                && bare
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| w.chars().count() > 1)
            {
                item = bare;
            }
            items.push(past_honorifics(text, seg_at + colon + 2 + off, item));
        }
        let named = |item: &str| !item.is_empty() && field_name(item);
        if day && (items.len() < 2 || !items.iter().all(|(_, item)| named(item))) {
            continue;
        }
        // a comma parts the items, never a surname from its given name ("Oskar, Wenna")
        let (start, end) = (seg_at + colon + 2, seg_at + colon + 2 + value.len());
        found.retain(|m| !(start <= m.start && m.end <= end && m.text.contains(", ")));
        for (from, item) in items {
            if named(item) {
                claim(text, found, from, from + item.len());
            }
        }
    }
    listed
}

/// The items of a list and where each starts: parts between `joins` (not the "und" of "von
/// und zu").
fn list_items<'a>(value: &'a str, joins: &[&str]) -> Vec<(usize, &'a str)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut at = 0;
    while at < value.len() {
        if let Some(join) = joins.iter().find(|j| value[at..].starts_with(**j))
            && !(*join == " und " && value[..at].ends_with("von"))
        {
            out.push((start, &value[start..at]));
            at += join.len();
            start = at;
        } else {
            at += value[at..].chars().next().map_or(1, char::len_utf8);
        }
    }
    out.push((start, &value[start..]));
    out
}

/// Whether a field's value reads as a person's name in any case: up to four words that may be
/// part of one ([`name_piece`]; particles besides), one of them a name or a word in no list that
/// is no frequent word.
pub(super) fn field_name(value: &str) -> bool {
    let words: Vec<&str> = value.split(' ').collect();
    if words.iter().filter(|w| !particle(w)).count() > 4 {
        return false;
    }
    let mut named = false;
    for (n, w) in words.iter().enumerate() {
        // "Michelle von und zu Erber"
        if *w == "und" && n > 0 && words[n - 1] == "von" {
            continue;
        }
        if !name_piece(w) {
            return false;
        }
        let bare = w.trim_end_matches('.');
        if !particle(bare) && !initial(bare) {
            let k = kind(bare);
            named |= k.name_like() && !k.common;
        }
    }
    named
}

/// Where the name starts in a match that opens with a word, a preposition that is also a
/// particle and a given name and surname after it: "Tod von Mathias Kunz" (a noun and the
/// preposition; "Ursula von der Leyen" has no given name after the particle, "María del Carmen
/// Sáenz" a given name before it).
pub(super) fn past_preposition(name: &str) -> Option<usize> {
    let words: Vec<(usize, &str)> = name
        .split(' ')
        .scan(0, |pos, w| {
            let at = *pos;
            *pos += w.len() + 1;
            Some((at, w))
        })
        .collect();
    // "María del Carmen Sáenz": a given name before the particle opens a double given name
    if words.len() < 4 || !particle(words[1].1) || kind(words[0].1).strong_given() {
        return None;
    }
    let j = (2..words.len()).find(|&j| !particle(words[j].1))?;
    let (at, given) = words[j];
    (j + 1 < words.len() && capitalised(given) && kind(given).strong_given()).then_some(at)
}

/// An initial or two: "Z", "H.-T".
fn initial(bare: &str) -> bool {
    bare.split(['-', '.']).all(|p| p.chars().count() <= 1)
}

/// Whether a match is a firm's name: one of its words is a legal form or a firm's word, or the
/// word right after it is a legal form or a firm's ("Sporthaus Brandl GmbH", "Millbrook
/// Courier Services"; a department after a name is no firm: "Ingrid Sauerbrey Kundenservice").
pub(super) fn firm_named(text: &str, m: &Match) -> bool {
    let next = text[m.end..]
        .strip_prefix(' ')
        .and_then(|rest| rest.split([' ', ',', ';', ':', '\t', '\n', ')']).next());
    let named = |w: &str| {
        let k = kind(w);
        k.given || k.surname
    };
    // a trade's business before the name: "Rucksackmanufaktur Lenz", "Bäckerei Winter"
    let trade = text[..m.start]
        .strip_suffix(' ')
        .and_then(|before| before.rsplit([' ', '\n', '\t', '"', '(']).next())
        .is_some_and(|w| {
            let lower = w.to_lowercase();
            capitalised(w) && TRADES.iter().any(|t| lower.ends_with(t)) || trade_compound(w)
        });
    // (a surname that is also a legal form stays a name: "Felix Sas"; a firm's word in the
    // plural that ends it does not: "Ashby Sports")
    let last = m.text.rsplit(' ').next().filter(|_| m.text.contains(' '));
    trade
        || m.text
            .split(' ')
            .any(|w| (firm_word(w) || trade_compound(w)) && !named(w))
        || last.is_some_and(|w| w.ends_with('s') && listed_firm(w, &[FIRMS]))
        || next.is_some_and(|w| listed_firm(w, &[COMPANY_FORMS, FIRMS]) || trade_compound(w))
}

/// A German compound whose head is a trade's or a business's ("Bergsport", "Stickerei",
/// "Textilveredelung", "Fototechnik", "Kletterhalle"): a firm's word beside a surname
/// ("Bergsport Kühnle", "Lindner Wäscherei").
fn trade_compound(word: &str) -> bool {
    if word.len() < 6 || !capitalised(word) {
        return false;
    }
    let lower = word.to_lowercase();
    // a trade in "-erei" or a "-haus" names a business alone too ("Stickerei Anker",
    // "Sporthaus Lechner"); "Handel", "Halle" alone are surnames, and short heads end invented
    // names ("Kridreisen")
    let alone = |t: &str| t.ends_with("erei") || t.ends_with("haus");
    TRADES
        .iter()
        .filter(|t| t.ends_with("erei") || t.len() >= 8)
        .chain(BUSINESS_HEADS)
        .any(|t| lower.ends_with(t) && (lower.len() > t.len() || alone(t)))
}

/// Heads of German compounds that name a business, besides the trades: "Bergsport",
/// "Kletterhalle", "Fototechnik".
const BUSINESS_HEADS: &[&str] = &[
    "sport",
    "halle",
    "technik",
    "kommunikation",
    // schools, firms of advisers and homes: "Primarschule Felsberg", "Steuerkanzlei
    // Sonnenhang", "Steuerberatung Illertal", "Wohnstift Rosengarten"
    "schule",
    "kanzlei",
    "beratung",
    "stift",
];

/// Cut a name found at a "von" before a firm's name: the person's employer, not a particle
/// ("Gespräch mit Krystyna von Wegweiser Kommunikation", "Termin über Matthias Schuster von
/// Bergsport Kühnle").
pub(super) fn employer(text: &str, m: &mut Match) {
    if let Some(at) = m.text.find(" von ")
        && at > 0
        && firm_named(text, m)
    {
        m.end = m.start + at;
        m.text.truncate(at);
    }
}

/// German trades whose businesses take their owner's surname, as the heads of compounds
/// ("Rucksackmanufaktur", "Bäckerei", "Sattlerei").
const TRADES: &[&str] = &[
    "manufaktur",
    "werkstatt",
    "werkstätte",
    "handel",
    "bäckerei",
    "metzgerei",
    "schreinerei",
    "tischlerei",
    "druckerei",
    "brauerei",
    "gärtnerei",
    "sattlerei",
    "schneiderei",
    "schuhmacherei",
    "käserei",
    "apotheke",
    "reisen",
    "touristik",
    "stickerei",
    "wäscherei",
    "veredelung",
    "reinigung",
    "sporthaus",
    "modehaus",
    "schuhhaus",
    "autohaus",
    "kaufhaus",
];

/// A display name before an e-mail address (or a caller ID's number) in angle brackets is the
/// whole name, words that are also frequent words included: "Klaus-Dieter Gute <k.gute@…>
/// wrote:", "\"Jun Zhao\" <…>". Two to four capitalised words, one of them a given name or a
/// surname, none a firm's.
fn mailbox_names(text: &str, found: &mut Vec<Match>) {
    // an HTML export escapes the brackets: "Nicholas Cooke &lt;n.cooke@…&gt; wrote:"
    let opens = text
        .match_indices(" <")
        .map(|(at, _)| (at, 2))
        .chain(text.match_indices(" &lt;").map(|(at, _)| (at, 5)));
    for (at, open) in opens {
        let inner = text[at + open..]
            .split(['>', '&'])
            .next()
            .unwrap_or_default();
        // a call record's caller ID names its number the same way: "\"Hunter Cruz\" <+353 1 …>"
        let mailbox = inner.contains('@') && !inner.contains(char::is_whitespace);
        let caller = inner.starts_with(|c: char| c == '+' || c.is_ascii_digit())
            && inner.chars().filter(char::is_ascii_digit).count() >= 7
            && inner
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')' | '+'));
        if !mailbox && !caller {
            continue;
        }
        let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        let head = text[line_start..at].trim_end_matches(['"', '\'']);
        let end = line_start + head.len();
        // words from the last: the surname's place takes any capitalised word ("Gute"), the
        // others a name or a word in no list; a quotation mark opens the name
        let (mut start, mut words, mut pos) = (end, 0, head.len());
        for w in head.rsplit(' ') {
            let from = pos - w.len();
            pos = from.saturating_sub(1);
            // (a CSV cell doubles the quotation marks: "…,\"\"\"Hunter Cruz\"\" <+353 …>\"")
            let bare = w.rsplit('"').next().unwrap_or(w).trim_start_matches('\'');
            let k = kind(bare);
            let fits = bare
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
                && (capitalised(bare) || (particle(bare) && words > 0))
                && (words == 0 || k.given || k.surname || !k.word || particle(bare))
                && !firm_word(bare)
                && !speaker_role(bare);
            if !fits || words == 4 {
                break;
            }
            start = line_start + from + (w.len() - bare.len());
            words += 1;
            if bare.len() < w.len() {
                break;
            }
        }
        let name = &text[start..end];
        let known = name.split(' ').any(|w| {
            let k = kind(w);
            k.given || k.surname
        });
        if words >= 2 && known {
            claim(text, found, start, end);
        }
    }
    found.sort_by_key(|m| m.start);
}

/// Add the name at `start..end` unless a found name covers it, in place of the names it
/// overlaps; whether it was added.
fn claim(text: &str, found: &mut Vec<Match>, start: usize, end: usize) -> bool {
    if found.iter().any(|m| m.start <= start && end <= m.end) {
        return false;
    }
    found.retain(|m| m.end <= start || end <= m.start);
    found.push(person(text, start, end));
    true
}

/// A person's name at `start..end` of `text`.
fn person(text: &str, start: usize, end: usize) -> Match {
    Match {
        entity: Entity::Person,
        start,
        end,
        text: text[start..end].to_string(),
    }
}

/// The e-mail address around the `@` at byte `at`: a local part of letters, digits and `._+-`,
/// and a domain with a dot.
fn address_at(text: &str, at: usize) -> Option<std::ops::Range<usize>> {
    let local = |c: char| c.is_alphanumeric() || matches!(c, '.' | '_' | '+' | '-');
    let host = |c: char| c.is_alphanumeric() || matches!(c, '.' | '-');
    let start = text[..at]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| local(c))
        .last()
        .map(|(i, _)| i)?;
    let rest = &text[at + 1..];
    let len = rest.find(|c: char| !host(c)).unwrap_or(rest.len());
    let domain = rest[..len].trim_end_matches(['.', '-']);
    domain.contains('.').then(|| start..at + 1 + domain.len())
}

/// A word lower-cased with its accents dropped, as e-mail addresses spell names ("Édouard" →
/// "edouard"); `None` for a letter that has no plain spelling.
fn plain(word: &str) -> Option<String> {
    let lower = Lower::new(word, Fold::Plain)?;
    String::from_utf8(lower.bytes().to_vec()).ok()
}

/// A pronoun run together with its verb ("I'm", "It's", "We'll"), which the lists do not hold
/// and no name is ("O'Brien" and "D'Angelo" are).
fn contraction(word: &str) -> bool {
    const PRONOUNS: &[&str] = &[
        "i", "it", "he", "she", "we", "you", "they", "that", "there", "here", "what", "who", "let",
    ];
    // the apostrophe (or the first byte of "’") comes right after a pronoun, so within reach of
    // the longest
    let Some(at) = word
        .bytes()
        .take(const { longest(PRONOUNS) } + 1)
        .position(|b| b == b'\'' || b == 0xE2)
    else {
        return false;
    };
    let (head, rest) = word.split_at(at);
    rest.starts_with(['\'', '’']) && PRONOUNS.iter().any(|p| head.eq_ignore_ascii_case(p))
}

/// People whose name the local part of an e-mail address on their line spells ("Steltmann,
/// Trelgan – Freeman & Sons Ltd – steltmann.trelgan@freeman-sons.com", "Kregelle Kiltard at
/// kregelle_kiltard@rossmedia.io"): a capitalised word that is a piece of it, with the name words
/// around it, is a person whether or not a list knows it. Replaces the parts of it already found;
/// whether it added a name.
fn mailed(text: &str, toks: &[Token], found: &mut Vec<Match>) -> bool {
    let mut added = false;
    let word = |x: usize| &text[toks[x].start..toks[x].end];
    // a given name, another name word that is no frequent word ("Dear", "Herr") or honorific
    // ("FAO Douglas Williams"), or a particle, with capitals as the spelled word is, or in
    // lower case as it is or in capitals ("mackenzie miles", "jean DUPONT")
    let name_word = |x: usize, case: Case| {
        let w = word(x);
        let k = kind(w);
        particle(w)
            || ((Case::of(w) == Some(case) || (case == Case::Lower && upper_case(w)))
                && (k.given || (k.name_like() && !k.common))
                && !contraction(w)
                && honorific_at(text, toks[x].start).is_none())
    };
    for (at, _) in text.match_indices('@') {
        let Some(mail) = address_at(text, at) else {
            continue;
        };
        let local = &text[mail.start..at];
        let pieces: Vec<String> = local
            .split(|c: char| !c.is_alphabetic())
            .filter(|p| p.chars().count() >= 3)
            .filter_map(plain)
            .collect();
        if pieces.is_empty() {
            continue;
        }
        let line = line_around(text, mail.start, mail.end);
        let first = toks.partition_point(|t| t.start < line.start);
        let last = toks.partition_point(|t| t.end <= line.end);
        // a word outside the address that the address spells, and no piece of another
        // address, a handle or a link ("@sadiyeva", "@bruno.surac")
        let spelled = |x: usize| {
            let t = toks[x];
            let glued = |c: char| c.is_alphanumeric() || matches!(c, '@' | '.' | '_' | '/');
            // (the first letter rules out most words before their plain spelling is made)
            let first = text.as_bytes()[t.start];
            (!first.is_ascii()
                || pieces
                    .iter()
                    .any(|p| p.as_bytes()[0] == first.to_ascii_lowercase()))
                && (t.end <= mail.start || t.start >= mail.end)
                && !text[..t.start].ends_with(glued)
                && !text[t.end..].starts_with(['@', '_'])
                && !text[t.end..]
                    .strip_prefix('.')
                    .is_some_and(|r| r.starts_with(char::is_alphanumeric))
                && plain(word(x)).is_some_and(|p| pieces.contains(&p))
        };
        for i in first..last {
            let w = word(i);
            let k = kind(w);
            let Some(case) = Case::of(w) else {
                continue;
            };
            // "Sales Team – sales@…" spells a mailbox, not a name; in lower case only a name
            // that is no frequent word ("juliet,juliet_abiola69@…", not "trail")
            if !spelled(i) || !k.name_like() || (k.common && (!k.given || case == Case::Lower)) {
                continue;
            }
            let name_word =
                |x: usize| name_word(x, case) || spelled(x) && Case::of(word(x)) == Some(case);
            // the next word of the name after `x`, one space or a middle initial apart
            // ("Badaina G. Noak")
            let next = |x: usize| {
                if x + 1 >= last || !spaces_between(text, &toks[x], &toks[x + 1]) {
                    None
                } else if x + 2 < last && case == Case::Capital && middle_initial(text, toks, x + 1)
                {
                    Some(x + 2)
                } else {
                    Some(x + 1)
                }
            };
            // the first and the last word of the name words around `x`
            let leftmost = |mut x: usize| {
                while let Some(p) = (first..x).rev().take(2).find(|&p| next(p) == Some(x))
                    && name_word(p)
                {
                    x = p;
                }
                x
            };
            let rightmost = |mut x: usize| {
                while let Some(n) = next(x)
                    && name_word(n)
                {
                    x = n;
                }
                x
            };
            let (mut a, mut b) = (leftmost(i), rightmost(i));
            // "Lastname, Given" opening the line (one word on the spelled side: "Scott Gibbs,
            // Oakfield Retail" is a name and a firm)
            let comma = |x: usize| &text[toks[x].end..toks[x + 1].start] == ", ";
            let opens = |x: usize| list_marker(&text[line.start..toks[x].start]);
            if a == b && a > first && comma(a - 1) && name_word(a - 1) {
                let c = leftmost(a - 1);
                if opens(c) {
                    a = c;
                }
            } else if a == b && opens(a) && b + 1 < last && comma(b) && name_word(b + 1) {
                b = rightmost(b + 1);
            }
            // "Herwig Mühle <herwig804@web.de>": the words up to the bracketed address
            let mut c = b + 1;
            while c < last
                && toks[c].end < mail.start
                && spaces_between(text, &toks[c - 1], &toks[c])
                && capitalised(word(c))
            {
                c += 1;
            }
            if c > b + 1 && text[toks[c - 1].end..mail.start] == *" <" {
                b = c - 1;
            }
            // a particle joins the name only to a word of it: "Mietanfrage von Rieke Wolf
            // (rieke.wolf34@…)" starts at "Rieke"
            if let Some(j) = (a + 1..i).rev().find(|&j| particle(word(j)))
                && (a..j).all(|x| !spelled(x) && !kind(word(x)).given)
            {
                a = j + 1;
            }
            while a < i && particle(word(a)) && !opens(a) {
                a += 1;
            }
            while b > i && particle(word(b)) {
                b -= 1;
            }
            added |= claim(text, found, toks[a].start, toks[b].end);
        }
    }
    found.sort_by_key(|m| m.start);
    added
}

/// The items of a list after a label, written the way chats and notes write who was there
/// ("Who: aimée, vlado, ruben, clive", "Dabei: joshua, julius, wolf-dietrich, draspoja", "On
/// the door: Brilroja, Gerard, Deborah"): when two thirds of three or more items are given
/// names, the others are names too, and every item is added that the rules did not find. After
/// a label for people ("Anwesend:", "Attendees:") two items are enough, and one found name
/// vouches for the others ("Anwesend: Natasza Jaworska, Teybet Ergül"). A list whose found
/// name spans two items is written "Surname, Given" and is read in pairs ("Attendees: Butler,
/// Paula, Owen, Gerald").
fn listed(text: &str, found: &mut Vec<Match>) {
    let mut line_start = 0;
    let mut added = Vec::new();
    // the rest of a line after a label, which may follow a sentence: "… 21:15. Attendees: …"
    let mut lists = Vec::new();
    for line in text.split('\n') {
        let at = line_start;
        line_start += line.len() + 1;
        for (colon, _) in line.match_indices(": ") {
            let label = line[..colon]
                .rsplit(['.', '!', '?'])
                .next()
                .unwrap_or_default();
            let label = label.trim_start();
            // a list has a separator; it ends with its sentence ("… jennifer (photos). meet at
            // 11"), not at the full stop of an initial or a title ("Frau Prof. Menon")
            let rest = &line[colon + 2..];
            let end = rest
                .match_indices(". ")
                .find(|&(i, _)| {
                    rest[..i].ends_with(')') || rest[i + 2..].starts_with(char::is_lowercase)
                })
                .map_or(line.len(), |(i, _)| colon + 2 + i);
            if !label.is_empty()
                && label.len() <= 30
                && line[colon..end].contains([',', ';', '+', '&'])
                && label
                    .chars()
                    .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
            {
                lists.push((at + colon + 2, at + end));
            }
        }
    }
    for (rest_at, rest_end) in lists {
        // items with their byte offsets in the text
        let mut items: Vec<(usize, &str)> = Vec::new();
        let mut from = 0;
        let rest = &text[rest_at..rest_end];
        for (i, c) in rest.char_indices().chain([(rest.len(), ',')]) {
            if matches!(c, ',' | ';' | '+' | '&') {
                let raw = &rest[from..i];
                let item = raw.trim();
                // a role in brackets after the name: "tyler (bar)"
                let item = match item.split_once(" (") {
                    Some((name, role)) if role.ends_with(')') && !role.contains('(') => name,
                    _ => item,
                };
                let lead = raw.len() - raw.trim_start().len();
                // the name without its honorifics: "Herr Marti (HR)"
                let mut start = rest_at + from + lead;
                let mut item = item;
                while let Some(after) = honorific_at(text, start).and_then(|n| item.get(n..)) {
                    let after = after.trim_start();
                    start += item.len() - after.len();
                    item = after;
                }
                items.push((start, item));
                from = i + c.len_utf8();
            }
        }
        if items.len() < 2 {
            continue;
        }
        let shaped = |item: &str| {
            let words: Vec<&str> = item.split(' ').collect();
            !item.is_empty()
                && words.len() <= 3
                && words.iter().all(|w| {
                    w.chars().count() >= 2
                        && w.chars().all(|c| c.is_alphabetic() || "-'".contains(c))
                })
                && (words.iter().all(|w| w.chars().all(char::is_lowercase))
                    || words.iter().all(|w| capitalised(w)))
        };
        let verdict = |item: &str| {
            let first = kind(item.split(' ').next().unwrap_or_default());
            (first.given && !first.common, first.plain())
        };
        // a list writes its names alike: "Liam Turner-Banks, sales" is a name and a department
        let lower = |item: &str| !item.contains(char::is_uppercase);
        if !items.iter().all(|(_, item)| shaped(item))
            || !(items.iter().all(|(_, item)| lower(item))
                || items.iter().all(|(_, item)| !lower(item)))
        {
            continue;
        }
        // after a label for people two items are a list, else three
        let people = context_before(text, rest_at) >= Context::Field;
        if items.len() < 3 && !people {
            continue;
        }
        let end_of = |(start, item): (usize, &str)| start + item.len();
        let inside = |m: &Match, start: usize, end: usize| m.start < end && start < m.end;
        // "Surname, Given" pairs: the parity of the first pair a rule found
        let pairs = items.windows(2).enumerate().find_map(|(k, w)| {
            found
                .iter()
                .any(|m| m.start == w[0].0 && m.end == end_of(w[1]))
                .then_some(k % 2)
        });
        let units: Vec<(usize, usize)> = match pairs {
            Some(parity) => items[parity..]
                .chunks_exact(2)
                .map(|p| (p[0].0, end_of(p[1])))
                .collect(),
            None => items.iter().map(|&i| (i.0, end_of(i))).collect(),
        };
        let given = items.iter().filter(|(_, item)| verdict(item).0).count();
        let vouched = people
            && items
                .iter()
                .any(|&(start, item)| found.iter().any(|m| inside(m, start, start + item.len())));
        if pairs.is_none() && given * 3 < items.len() * 2 && !vouched {
            continue;
        }
        for (start, end) in units {
            if verdict(&text[start..end]).1 && pairs.is_none() {
                continue;
            }
            let overlaps: Vec<&Match> = found.iter().filter(|m| inside(m, start, end)).collect();
            // a found part of the item stands for the whole: "Teybet ⟦Ergül⟧" → "⟦Teybet Ergül⟧"
            if overlaps.iter().all(|m| start <= m.start && m.end <= end)
                && !overlaps.iter().any(|m| m.start == start && m.end == end)
            {
                found.retain(|m| !inside(m, start, end));
                added.push(person(text, start, end));
            }
        }
    }
    if !added.is_empty() {
        found.extend(added);
        found.sort_by_key(|m| m.start);
    }
}

/// Nouns of things a shop sells: a name right before one names the product ("Heather Grey
/// Hoodie", "Marie Curie Edition Notebook", "Jackson Rucksack"); English ones, then German ones
/// from [`PRODUCT_NOUNS_DE`].
const PRODUCT_NOUNS: &[&str] = &[
    "overshirt",
    "chino",
    "chinos",
    "cardigan",
    "blazer",
    "loafers",
    "slippers",
    "armchair",
    "backpack",
    "bag",
    "duffel",
    "duffle",
    "beanie",
    "blanket",
    "boot",
    "boots",
    "bottle",
    "bowl",
    "cap",
    "chair",
    "coat",
    "cup",
    "cushion",
    "desk",
    "dress",
    "edition",
    "fleece",
    "gilet",
    "gloves",
    "hat",
    "hoodie",
    "jacket",
    "jeans",
    "jumper",
    "kettle",
    "lamp",
    "mug",
    "notebook",
    "pan",
    "parka",
    "pen",
    "pillow",
    "plate",
    "poster",
    "print",
    "pullover",
    "rucksack",
    "sandals",
    "scarf",
    "set",
    "shirt",
    "shoe",
    "shoes",
    "shorts",
    "skirt",
    "sneaker",
    "sneakers",
    "socks",
    "sofa",
    "sweater",
    "sweatshirt",
    "table",
    "tee",
    "tent",
    "tin",
    "tote",
    "towel",
    "tray",
    "trousers",
    "vest",
    "wallet",
    "watch",
];

/// German nouns of things a shop sells; some are surnames too ("Rock", "Teller").
const PRODUCT_NOUNS_DE: &[&str] = &[
    "becher",
    "decke",
    "flasche",
    "handschuhe",
    "hemd",
    "hose",
    "jacke",
    "kissen",
    "kleid",
    "lampe",
    "leuchte",
    "mantel",
    "mütze",
    "pfanne",
    "rock",
    "schal",
    "schuh",
    "schuhe",
    "socken",
    "stiefel",
    "stuhl",
    "tasche",
    "tasse",
    "teller",
    "tisch",
    "buch",
    "bett",
    "kunstdruck",
    "kanne",
    "korb",
    "brett",
    "uhr",
    "pulli",
    "sessel",
    "regal",
    "weste",
    "zelt",
];

/// Colour words of product feeds: a given name listed among them is a colour ("Hazel, Ink and
/// Heather", "Olive, Rose, Sand").
const COLOURS: &[&str] = &[
    "black",
    "white",
    "grey",
    "gray",
    "blue",
    "navy",
    "red",
    "green",
    "yellow",
    "orange",
    "purple",
    "pink",
    "brown",
    "beige",
    "sand",
    "ink",
    "stone",
    "charcoal",
    "cream",
    "ivory",
    "khaki",
    "ruby",
    "moss",
    "sage",
    "silver",
    "gold",
    "teal",
    "burgundy",
    "schwarz",
    "weiß",
    "weiss",
    "grau",
    "blau",
    "rot",
    "grün",
    "gelb",
    "lila",
    "rosa",
    "braun",
    "anthrazit",
    "petrol",
    "salbei",
    "oliv",
    "türkis",
    "silber",
    "rubin",
    "moos",
    "tinte",
    "creme",
    "bordeaux",
    "senf",
    "mustard",
    "taupe",
    "ecru",
];

/// Whether the one-word name at `start..end` stands in a list with a colour word.
fn among_colours(text: &str, start: usize, end: usize) -> bool {
    if text[start..end].contains(' ') {
        return false;
    }
    let line = &text[line_around(text, start, end)];
    let items = line
        .split([',', '/', '(', ')', ';', '·', '|', '•'])
        .flat_map(|part| part.split(" and ").flat_map(|p| p.split(" und ")))
        .flat_map(|p| p.split(" or ").flat_map(|q| q.split(" oder ")));
    let mut near = false;
    let mut colour = false;
    for item in items {
        let item = item.trim().trim_end_matches('.');
        let last = item.rsplit(' ').next().unwrap_or(item);
        // the name opens or closes its item ("Heather from May")
        let first = item.split(' ').next().unwrap_or(item);
        let own = last == &text[start..end] || first == &text[start..end];
        near |= own;
        // a colour closes its item or opens it before a count ("Schwarz 30 · Moos 4"), but a
        // name after an honorific is a surname ("Sehr geehrter Herr Schwarz,")
        let honoured = item.rsplit(' ').nth(1).is_some_and(honorific);
        if own && honoured {
            continue;
        }
        let counted = item.split(' ').count() == 2 && last.chars().all(|c| c.is_ascii_digit());
        colour |= [Some(last), counted.then_some(first)]
            .iter()
            .flatten()
            .any(|w| COLOURS.contains(&w.to_lowercase().as_str()));
    }
    near && colour
}

/// Given names that are colours of product feeds: alone they are a colour ("back in Amber",
/// "(Hazel)") unless a cue stands before them ("Best, Heather").
const COLOUR_NAMES: &[&str] = &[
    "amber", "olive", "heather", "hazel", "jade", "ivy", "ruby", "violet", "coral", "sienna",
    "jasmine", "lavender", "rose", "rosa", "saffron", "indigo", "lilac", "poppy", "sage",
    "scarlett",
];

/// Whether an honorific or a context (a greeting, a sign-off, a field label) stands right
/// before byte `start`.
fn cued(text: &str, start: usize) -> bool {
    let prev = text[..start].trim_end_matches([' ', '\u{a0}']);
    let word = prev
        .rsplit([' ', '\n', '\t', '('])
        .next()
        .unwrap_or_default();
    honorific(word) || context_before(text, start) >= Context::Label
}

/// Whether a match without a cue before it is a thing: two words or more that end in an
/// English product noun, a firm's word or a route ("Ada Tote", "Cooper Freight", "the Kerry
/// Way"), or one colour word ("back in Amber").
fn thing(text: &str, m: &Match) -> bool {
    let last = m.text.rsplit(' ').next().unwrap_or_default();
    let among = |list: &[&str]| list.iter().any(|w| w.eq_ignore_ascii_case(last));
    let thing = if m.text.contains(' ') {
        capitalised(last) && (among(PRODUCT_NOUNS) || among(FIRMS) || among(ROUTES))
    } else {
        among(COLOUR_NAMES)
    };
    thing && !cued(text, m.start)
}

/// Walking routes named after people or places ("walked the Kerry Way"); a German route is
/// one word ("Maximiliansweg") and no run of words.
const ROUTES: &[&str] = &[
    "way", "trail", "path", "walk", "route", "loop", "weg", "steig", "pfad",
];

/// Whether a word is a product noun of [`PRODUCT_NOUNS`], [`PRODUCT_NOUNS_DE`] or a German compound that ends in one
/// ("Daunenjacke", "Schultertasche").
fn product_noun(word: &str) -> bool {
    let lower = word.to_lowercase();
    capitalised(word)
        && PRODUCT_NOUNS.iter().chain(PRODUCT_NOUNS_DE).any(|n| {
            lower == *n || (n.len() >= 4 && lower.len() >= n.len() + 3 && lower.ends_with(n))
        })
}

/// Whether a name is a product's, as German names products: the noun first ("Schreibtisch
/// Greta", "Notizbuch Marie Curie"), or inside the span ("Feldjacke Olive").
fn product_before(before: &str, name: &str) -> bool {
    let first = name.split(' ').next().unwrap_or_default();
    let word = before
        .strip_suffix(' ')
        .and_then(|b| b.rsplit([' ', '\n', '\t', '(', '>']).next());
    product_noun(first) || word.is_some_and(product_noun)
}

/// Whether the words right after a name make it a company's or a product's ("Coleman & Sons
/// LLP", "Vaughan Media Ltd", "Olive Field Jacket", "Kaltkar Daunenjacke").
fn named_thing(after: &str) -> bool {
    let line = after.split('\n').next().unwrap_or_default();
    // "& Sons", "& Harris Inc."
    if line.trim_start().starts_with('&') {
        return true;
    }
    let mut words = line
        .split(' ')
        .skip(1)
        .take(3)
        .map(|w| w.trim_end_matches([',', '.', ';', ':', ')']));
    if !line.starts_with(' ') {
        return false;
    }
    let Some(next) = words.next() else {
        return false;
    };
    let lower = next.to_lowercase();
    let form = words
        .next()
        .map(|w| COMPANY_FORMS.contains(&w.to_lowercase().as_str()));
    // the very next word: a product noun, the word before a company's legal form, or a word
    // that ends a company's name at the end of the line
    product_noun(next)
        || COMPANY_FORMS.contains(&lower.as_str())
        || (capitalised(next)
            && ((ORGANISATION.contains(&lower.as_str()) && form == Some(true))
                || (FIRMS.contains(&lower.as_str()) && form.is_none())))
}

/// Other mentions of the people found: a name found once by its context is a name wherever the
/// text repeats it ("Present: …, W. O'Grady" … "Resolved that W. O'Grady be authorised"), and so
/// is a part of a full name that is no word ("Megan Clarke, purchasing" … "Clarke will call
/// back"). Adds them to `found`, in text order.
fn mentions(text: &str, toks: &[Token], found: &mut Vec<Match>) {
    if found.is_empty() {
        return;
    }
    let mut names: Vec<&str> = Vec::new();
    for m in found.iter() {
        let name = &text[m.start..m.end];
        names.push(name);
        let parts: Vec<&str> = name.split(' ').collect();
        if parts.len() > 1 {
            names.extend(parts.into_iter().filter(|p| {
                let k = kind(p);
                p.chars().count() >= 3 && capitalised(p) && !k.common && !k.word && !particle(p)
            }));
        }
    }
    // a one-word name or part written again in capitals: "Garion Quellholt, S, GARION"
    let shouted: Vec<String> = names
        .iter()
        .filter(|n| !n.contains(' ') && n.chars().count() >= 3 && !upper_case(n))
        .map(|n| n.to_uppercase())
        .collect();
    let covered =
        |start: usize, found: &[Match]| found.iter().any(|m| m.start <= start && start < m.end);
    let mut added = Vec::new();
    for (x, t) in toks.iter().enumerate() {
        if covered(t.start, found)
            || added
                .iter()
                .any(|m: &Match| m.start <= t.start && t.start < m.end)
        {
            continue;
        }
        // the longest name that starts at this word and ends at a word's end (tokens are in
        // text order: the word it ends with is found by a binary search)
        let ends_at = |end: usize| toks.binary_search_by_key(&end, |e| e.end).ok();
        let best = names
            .iter()
            .filter(|n| text[t.start..].starts_with(**n))
            .filter_map(|n| ends_at(t.start + n.len()).map(|last| (n, last)))
            .max_by_key(|(n, _)| n.len());
        let Some((name, last)) = best else {
            let word = &text[t.start..t.end];
            if upper_case(word) && shouted.iter().any(|s| s == word) {
                added.push(person(text, t.start, t.end));
            }
            continue;
        };
        let end = t.start + name.len();
        // a part beside another capitalised word is some other name's, judged on its own
        let beside = |tok: Option<&Token>| {
            tok.is_some_and(|o| {
                (o.end == t.start.saturating_sub(1) || o.start == end + 1)
                    && capitalised(&text[o.start..o.end])
            })
        };
        if !name.contains(' ')
            && (beside(x.checked_sub(1).map(|p| &toks[p])) || beside(toks.get(last + 1)))
        {
            continue;
        }
        added.push(person(text, t.start, end));
    }
    if !added.is_empty() {
        found.extend(added);
        found.sort_by_key(|m| m.start);
    }
}

/// A person starting at token `i` (after honorifics): the next token to look at and the span.
fn person_at(text: &str, toks: &[Token], i: usize) -> Option<(usize, usize, usize)> {
    let t = toks[i];
    let word = &text[t.start..t.end];
    // a word joined to digits is a code: "RMA-343125", "SKU-4411"; a pronoun run together
    // with its verb opens no name ("hi, I'm Alaz": the greeting's name is the next word)
    if text[t.end..]
        .strip_prefix('-')
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        || contraction(word)
    {
        return None;
    }
    // honorifics and titles: "Frau Dr. Anna Berger", "Herr Vogel", "Sig.ra Rossi"
    let mut pos = t.start;
    let mut k = i;
    let mut honorific = false;
    // every honorific that can open a name starts with a capital letter
    let capital = word.chars().next().is_some_and(char::is_uppercase);
    while capital && let Some(n) = honorific_at(text, pos) {
        honorific = true;
        let end = pos + n;
        while k < toks.len() && toks[k].start < end {
            k += 1;
        }
        match toks.get(k) {
            Some(next) if text[end..next.start].trim().is_empty() => pos = next.start,
            _ => return None,
        }
    }
    if honorific {
        let first = &text[toks[k].start..toks[k].end];
        let (mut j, initial) = run(text, toks, k);
        let only = kind(first);
        // after an honorific and a given name, the next capitalised word is the surname, even
        // a word: "Herr Chris Doppler"
        if j == k + 1
            && !initial
            && only.given
            && toks.get(j).is_some_and(|n| {
                spaces_between(text, &toks[k], n) && capitalised(&text[n.start..n.end])
            })
        {
            j += 1;
        }
        // "Größe M. Farbe", "Herr Ober": one plain word is no name
        let plain = only.common && !only.given && !only.surname;
        // a surname in capitals after an honorific: "Dear Ms GARBA,", "Sehr geehrter Herr SIPOS"
        if j == k + 1 && !initial && capital_name(first) {
            return Some(span(toks, k, j, false));
        }
        if !(capitalised(first) || particle(first))
            || (j == k + 1 && !initial && (plain || particle(first)))
        {
            return None;
        }
        // "Frau Prof. Terrón Roldán": a second surname after an honorific
        let j = match toks.get(j) {
            Some(n) if j == k + 1 && !initial && spaces_between(text, &toks[k], n) => {
                let w = &text[n.start..n.end];
                let nk = kind(w);
                // (a given name first and a surname that is a given name too: "Mrs Jing Qiu")
                let surname = nk.surname && !nk.word && (!nk.given || !only.given);
                j + usize::from(capitalised(w) && surname)
            }
            _ => j,
        };
        return Some(span(toks, k, j, initial));
    }
    // an initial and a surname: "C. Collins (Chair)", "Signed: K. Rodrigues Henriques"; the
    // "A." of "i. A." is none
    if t.dot && word.chars().count() == 1 && capital {
        if on_behalf(&text[..t.end + 1]) {
            return None;
        }
        // the surname follows after the full stop and one space; a unit before the letter
        // makes it one ("−24 °C. Pack size")
        let unit = text[..t.start]
            .chars()
            .next_back()
            .is_some_and(|c| !c.is_whitespace() && !"(,;:/–-\"'".contains(c));
        if unit {
            return None;
        }
        toks.get(i + 1)
            .filter(|n| text[t.end..n.start] == *". " && capitalised(&text[n.start..n.end]))?;
        let (mut j, _) = run(text, toks, i + 1);
        let last = kind(&text[toks[j - 1].start..toks[j - 1].end]);
        // a second surname: "F. Pacheco Pacheco", "K. Rodrigues Henriques"
        if j == i + 2
            && let Some(n) = toks
                .get(j)
                .filter(|n| spaces_between(text, &toks[j - 1], n))
        {
            let w = &text[n.start..n.end];
            let k = kind(w);
            if capitalised(w) && k.surname && !k.word {
                j += 1;
            }
        }
        // an unlisted word after an initial is a surname after a label, in a list of such
        // names, or where a name may start ("to G. Desvomek", "von A. Rexhepi"; "Größe M.
        // Kammerfutter" is none)
        let end = toks[j - 1].end;
        let accept = j > i + 1
            && (last.surname
                || (!last.word
                    && (name_may_open(&text[..t.start])
                        || context_at(text, toks, i) >= Context::Label
                        || initials_listed(text, t.start, end)
                        || fields_line(text, t.start, end))));
        return accept.then(|| span(toks, i, j, false));
    }
    if upper_case(word) {
        return last_first(text, toks, i)
            .or_else(|| upper_case_name(text, toks, i))
            .or_else(|| upper_case_labelled(text, toks, i))
            .or_else(|| upper_case_titled(text, toks, i))
            .or_else(|| upper_case_coded(text, toks, i));
    }
    if !capitalised(word) {
        if particle(word)
            && let Some(found) = last_first(text, toks, i)
        {
            return Some(found);
        }
        return lower_case_name(text, toks, i);
    }
    // "I've", "I'm": the writer, not a name
    if word.starts_with("I'") || word.starts_with("I’") {
        return None;
    }
    // a greeting opens no name, even after a label ("Kunde: Hallo, …", "Agent: Good
    // morning, …")
    // (a greeting's first two bytes are the word's; a word of one letter asks them all)
    let greetings = if word.len() >= 2 {
        GREETING_OPENS.candidates(word)
    } else {
        GREETINGS
    };
    if greetings.iter().any(|g| {
        // the greeting itself, or its first word here and the rest after it
        g.eq_ignore_ascii_case(word)
            || (g.as_bytes().get(word.len()) == Some(&b' ')
                && g.as_bytes()[..word.len()].eq_ignore_ascii_case(word.as_bytes())
                && starts_with_phrase(&text[t.start..], g))
    }) {
        return None;
    }
    let first = kind(word);
    // a plain word (most capitalised German nouns) opens no name, not even "Nachname, Vorname"
    if first.plain() {
        return None;
    }
    // a function word at the start of a sentence before a given name: "An Harald Trapp
    // eskaliert", "Mit Jana Kluge besprochen"
    if FUNCTION_WORDS.contains(&word)
        && toks
            .get(i + 1)
            .is_some_and(|n| spaces_between(text, &t, n) && kind(&text[n.start..n.end]).given)
    {
        return None;
    }
    // "Berger, Anna" as a whole before "Berger" alone
    if let Some(found) = last_first(text, toks, i) {
        return Some(found);
    }
    let (mut j, initial) = run(text, toks, i);
    let before = context_at(text, toks, i);
    // after a label, a word the lists call a surname or a word may still open a full name:
    // "Best,\nTola Pachuta"
    if before >= Context::Label
        && !initial
        && j == i + 1
        && let Some(next) = toks.get(j).filter(|n| spaces_between(text, &t, n))
    {
        let w = &text[next.start..next.end];
        let k = kind(w);
        // a given name and a word that ends the value: "Name: Xaver Warmer⏎", "mein Name ist
        // Ivan Berg, …"
        let fills = first.given
            && (!k.common || k.surname)
            && !firm_word(w)
            && value_ends(&text[next.end..]);
        if capitalised(w)
            && (k.given || k.surname || !k.word || fills || closing(text, t.start, next.end))
        {
            j += 1;
        }
    }
    let after = context_after(text, toks[j - 1].end);
    // "Anton Ville", "Walker Cove", "Ian Station": places named after people, unless the words
    // around make it someone ("Heute kam Charles Hill vorbei", "Charles Hill called")
    if PLACES.contains(&&text[toks[j - 1].start..toks[j - 1].end])
        && !(before.max(context(after)) >= Context::Label || acts_after(text, toks, i, j))
    {
        return None;
    }
    let names = (i..j)
        .filter(|&x| !particle(&text[toks[x].start..toks[x].end]))
        .count();
    let ctx = before.max(context(after));
    // a product title or headline in title case ("Google Vintage Olive Tee", "Men's Softshell
    // Moss"): capitals say nothing there, so only a full name of the lists or a context counts
    if ctx < Context::Soft && title_case(text, t.start) {
        let last = kind(&text[toks[j - 1].start..toks[j - 1].end]);
        if names < 2 || !(first.strong_given() && last.surname && !last.word) {
            return None;
        }
    }
    let accept = if initial {
        first.strong_given()
            || (first.given && ctx >= Context::Soft)
            || (ctx >= Context::Label && first.name_like() && !first.common)
    } else if names >= 2 {
        let last = kind(&text[toks[j - 1].start..toks[j - 1].end]);
        if first.strong_given() && (!first.world || double_given(&text[t.start..t.end])) {
            // after a label a surname may be a word too: "Cardholder: Adele Trüb"
            last.name_like() || ctx >= Context::Label
        } else if first.world {
            // "Wanjiru Mwangi", not "Nevis Shell"
            (last.surname && !last.common) || !last.word || ctx >= Context::Soft
        } else if first.given {
            (last.surname && !last.common) || ctx >= Context::Soft
        } else {
            // after a label a frequent word that is a name too (a surname: no given name
            // reaches here) may open two words whose second is none: "ask for Blessing
            // Fashola", not "Thanks to Frost Courier Services"
            let frequent_opens = || {
                before >= Context::Label
                    && j == i + 2
                    && first.surname
                    && !last.word
                    && !toks.get(j).is_some_and(|n| {
                        spaces_between(text, &toks[j - 1], n) && capitalised(&text[n.start..n.end])
                    })
            };
            // an unlisted given name: "Kontoinhaber: Sialtgrirk Stouszith", "Kyara Amaral –",
            // a message's closing "…an.⏎⏎Akise Demir"
            ((ctx >= Context::Label || (j == i + 2 && closing(text, t.start, toks[j - 1].end)))
                && first.name_like()
                && (!first.common || frequent_opens())
                && last.name_like())
                || (j == i + 2
                    && !first.word
                    && !last.word
                    && labelled_value(text, t.start, toks[j - 1].end))
                || (j == i + 2
                    && word.chars().count() <= 10
                    && !first.word
                    && !first.surname
                    && last.surname
                    && !last.word)
        }
    } else {
        single(text, toks, i, first, before, after)
    };
    let found = span(toks, i, j, initial);
    (accept && !not_people(&text[found.1..found.2])).then_some(found)
}

/// Whether `start..end` is the whole value of a labelled line ("Renter: Veslaen Brunoquist",
/// "Captain: Sozousa Lekka (…)"): a label of one to three words and its colon open the line, the
/// value ends after the run.
fn labelled_value(text: &str, start: usize, end: usize) -> bool {
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let Some(label) = text[line_start..start]
        .trim_end_matches([' ', '\t'])
        .strip_suffix(':')
    else {
        return false;
    };
    let label = label.trim_start_matches(|c: char| c.is_whitespace() || "-*•>#|".contains(c));
    // a subject or a thing's name is no person's field: "Betreff: Testmuster Vergleichstest"
    const THINGS: &[&str] = &[
        "aw",
        "betreff",
        "brand",
        "campaign",
        "category",
        "color",
        "colour",
        "farbe",
        "fw",
        "fwd",
        "item",
        "kampagne",
        "kategorie",
        "marke",
        "product",
        "produkt",
        "project",
        "projekt",
        "re",
        "subject",
        "thema",
        "title",
        "titel",
        "topic",
        "wg",
    ];
    let words = label.split_whitespace().count();
    (1..=3).contains(&words)
        && !label
            .split_whitespace()
            .next_back()
            .is_some_and(|w| THINGS.iter().any(|t| t.eq_ignore_ascii_case(w)))
        && label
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
        && value_ends(&text[end..])
}

/// Whether a field's value ends where `rest` begins: at the line's end, a separator, a
/// bracket or a dash.
fn value_ends(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\t']);
    rest.is_empty() || rest.starts_with(['\n', '\r', ',', ';', '(', '–', '—', '|', '·', '<'])
}

/// Whether `start..end` is the writer's name closing a message: after a sentence (on its line
/// or above a blank line), and before the end, a blank line, a "--" or "Sent from …" line, or a
/// job title ("…kam beschädigt an.⏎⏎Akise Demir", "… 7217. Uzbay Ergül⏎⏎--").
fn closing(text: &str, start: usize, end: usize) -> bool {
    let sentence = |s: &str| s.trim_end().ends_with(['.', '!', '?', '…']);
    let line_start = line_around(text, start, end).start;
    let before = &text[line_start..start];
    let opened = if before.trim().is_empty() {
        let above = text[..line_start].trim_end_matches([' ', '\t']);
        (above.ends_with("\n\n") && sentence(above)) || signed_off(above.trim_end())
    } else {
        before.ends_with(' ') && sentence(before)
    };
    let rest = text[end..].trim_start_matches([' ', '\t']);
    let next = rest
        .strip_prefix('\n')
        .map(|r| r.lines().next().unwrap_or_default().trim());
    let ends = rest.is_empty()
        || next.is_some_and(|l| {
            l.is_empty()
                || l.starts_with("--")
                || l.starts_with("Gesendet")
                || l.starts_with("Sent ")
                || l.split_whitespace()
                    .any(|w| JOB_WORDS.contains(&w.to_lowercase().as_str()))
        });
    opened && ends
}

/// Whether a run of tokens `i..j` that ends in a place word stands in a sentence as someone
/// would: a lower-case word (a verb) follows, and no number or preposition of place comes
/// before ("82 Holohan Street", "at Grant Park").
fn acts_after(text: &str, toks: &[Token], i: usize, j: usize) -> bool {
    const AT: &[&str] = &[
        "in", "at", "near", "to", "from", "via", "into", "nach", "bei", "im", "am", "aus", "zum",
        "zur", "ab", "über", "uber", "hinter", "nahe",
    ];
    let verb_after = toks.get(j).is_some_and(|n| {
        text[toks[j - 1].end..n.start] == *" "
            && text[n.start..n.end]
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
    });
    let line = text[..toks[i].start]
        .rsplit('\n')
        .next()
        .unwrap_or_default();
    let prev = line.split_whitespace().next_back().unwrap_or_default();
    let placed =
        prev.chars().any(|c| c.is_ascii_digit()) || AT.contains(&prev.to_lowercase().as_str());
    verb_after && !placed
}

fn context(after: bool) -> Context {
    if after { Context::Label } else { Context::None }
}

/// Words after a line's first word that tell of a person: "Lawrence auf der Messe getroffen",
/// "Emma aus Jena sagt", "Geoffrey from Leeds says", "Serkan von Glaserei Klarblick kommt".
const NARRATIVE: &[&str] = &[
    "auf", "aus", "von", "from", "at", "hat", "has", "ist", "is", "war", "was", "called", "rief",
    "sagt", "says", "meinte", "möchte", "wants", "asked", "fragt", "schreibt", "writes",
];

/// Last words of place names made of a person's name.
const PLACES: &[&str] = &[
    "Ville", "City", "Town", "Station", "Cove", "Common", "Street", "Road", "Avenue", "Lane",
    "Park", "Square", "Bridge", "Hill", "Mount", "Port", "Bay", "Haven", "Heights", "Springs",
    "Falls", "Valley", "Point", "Harbor", "Harbour", "Island", "Lake", "Court", "Way", "Gardens",
    "Straße", "Strasse", "Platz", "Weg", "Allee", "Gasse", "Close", "Grove", "Crescent", "Terrace",
    "Drive", "Place", "Mews", "Row", "Walk", "Parade", "Rise", "Ring", "Damm", "Ufer", "Pfad",
];

/// Words after a given name that make it someone doing something: auxiliaries and verbs of
/// office work.
const ACTS: &[&str] = &[
    "can",
    "could",
    "will",
    "would",
    "should",
    "must",
    "may",
    "is",
    "was",
    "has",
    "had",
    "does",
    "did",
    "sends",
    "sent",
    "takes",
    "took",
    "handles",
    "handled",
    "confirmed",
    "confirms",
    "agreed",
    "joins",
    "joined",
    "starts",
    "started",
    "leads",
    "reports",
    "reported",
    "checks",
    "checked",
    "called",
    "asked",
    "wants",
    "needs",
    "spoke",
    "talked",
    "phoned",
    "rang",
    "emailed",
    "replied",
    "covers",
    "covered",
    "knows",
    "walked",
    "helped",
    "showed",
    "explained",
    "recommended",
    "exported",
    "packed",
    "scanned",
    "signed",
    "approved",
    "wrote",
    "said",
];

/// The same in German, and "from (our team)": a German noun is capitalised too ("Daune kann
/// Feuchtigkeit aufnehmen", "Daune aus RDS-zertifizierter Lieferkette"), so these count only
/// after a given name that no rare word hides behind.
const ACTS_DE: &[&str] = &[
    "kann",
    "konnte",
    "wird",
    "hat",
    "hatte",
    "ist",
    "war",
    "schickt",
    "sendet",
    "macht",
    "übernimmt",
    "kümmert",
    "meldet",
    "bestätigt",
    "prüft",
    "klärt",
    "bringt",
    "soll",
    "muss",
    "möchte",
    "will",
    "weiß",
    "hilft",
    "half",
    "zeigt",
    "zeigte",
    "erklärt",
    "erklärte",
    "packt",
    "baut",
    "ruft",
    "rief",
    "sagt",
    "sagte",
    "aus",
    "vom",
    "from",
];

/// Departments and places of work after a name: "Timlin aus der Buchhaltung", "Okonkwo in
/// accounts", "Khaled in der Filiale".
fn department_after(after: &str) -> bool {
    const LINKS: &[&str] = &[
        "aus der ",
        "aus dem ",
        "vom ",
        "von der ",
        "in der ",
        "im ",
        "in the ",
        "in ",
        "from the ",
        "from ",
        "at the ",
    ];
    const DEPARTMENTS: &[&str] = &[
        "buchhaltung",
        "lager",
        "team",
        "filiale",
        "einkauf",
        "vertrieb",
        "versand",
        "marketing",
        "kundenservice",
        "personalabteilung",
        "rechtsabteilung",
        "it",
        "accounts",
        "accounting",
        "finance",
        "warehouse",
        "store",
        "shop",
        "customer care",
        "customer service",
        "support",
        "purchasing",
        "sales",
        "hr",
        "legal",
        "office",
        "büro",
        "laden",
    ];
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    LINKS.iter().any(|link| {
        rest.get(..link.len())
            .is_some_and(|l| l.eq_ignore_ascii_case(link))
            && DEPARTMENTS
                .iter()
                .any(|d| starts_with_phrase(&rest[link.len()..], d))
    })
}

/// Whether one capitalised word alone is a person.
fn single(text: &str, toks: &[Token], i: usize, k: Kind, before: Context, after: bool) -> bool {
    let t = toks[i];
    let plain = k.plain();
    // "Dear Talgrat team,": a name is not followed by a plain noun that ends the phrase
    let modifier = toks
        .get(i + 1)
        .filter(|n| spaces_between(text, &t, n))
        .is_some_and(|n| {
            let w = &text[n.start..n.end];
            let ends = text[n.end..]
                .chars()
                .next()
                .is_none_or(|c| matches!(c, ',' | '\n' | '!' | '.' | ':'));
            let k = kind(w);
            k.common && !k.given && !k.surname && (capitalised(w) || ends)
        });
    // (a word after it that makes it a person is no modifier: "bei Kollege Hermann abgeben!")
    if modifier && before >= Context::Label && !after {
        return false;
    }
    // "Best, Rose" closing a message: the writer, though the name is a word too
    let signature = || {
        let ends = text[t.end..]
            .trim_start_matches([' ', '!', '.'])
            .chars()
            .next()
            .is_none_or(|c| c == '\n');
        let seg = trim_gap(&text[line_around(text, t.start, t.end).start..t.start]);
        k.given && ends && SIGN_OFF_ENDS.matches(seg)
    };
    // a sentence's small words, replies and greetings are no names after a label ("Kundin: Das
    // ist …", "Anrufer: Ja, …", "Kunde: Morgen, …", "vroni: hoi zäme")
    let word = &text[t.start..t.end];
    if [
        ARTICLES,
        REPLIES,
        INTERJECTIONS,
        GREETINGS,
        &["morgen", "abend", "tag", "bitte", "please"][..],
    ]
    .iter()
    .any(|l| l.iter().any(|w| w.eq_ignore_ascii_case(word)))
    {
        return false;
    }
    // a verb that opens a question after a speaker's label: "AGENT: Can you confirm …"
    if toks
        .get(i + 1)
        .filter(|n| spaces_between(text, &t, n))
        .is_some_and(|n| {
            ["you", "we", "I", "they", "du", "ihr", "wir", "ich"].contains(&&text[n.start..n.end])
        })
    {
        return false;
    }
    // "laut Nooglu aus der Buchhaltung", "per Adebayo in accounts"
    if before >= Context::Soft && !plain && department_after(&text[t.end..]) {
        return true;
    }
    match before {
        // "Nachname: Harris", "Kontoinhaber Oberhuber"
        Context::Field => !plain,
        // "bei Pölitz abgeben": a word in no list between a cue and a verb
        Context::Soft if after && !k.word => true,
        // "Hallo Svenja", "LG Malte", "— Leonie"; "Hello Summer" stays copy
        Context::Label => {
            ((k.given || k.surname) && !k.common)
                || !k.word
                || signature()
                || salutation(text, t, k)
        }
        _ if after => (k.given && !k.world) || (k.surname && !k.common),
        _ => {
            // a given name that opens a sentence and goes on in lower case ("Lawrence auf der
            // Messe getroffen"), or "Emma aus Jena sagt"
            let opens = text[..t.start]
                .trim_end_matches([' ', '\t'])
                .chars()
                .next_back()
                .is_none_or(|c| c == '\n');
            let next = toks.get(i + 1).filter(|n| spaces_between(text, &t, n));
            let goes_on = next.is_some_and(|n| {
                let w = &text[n.start..n.end];
                // "Lawrence auf der Messe", not "Mark your calendar" or "Merino wool"
                NARRATIVE.contains(&w)
            });
            // a given name that is no word, followed by a verb of doing, is someone doing it
            // anywhere in a sentence: "Patricia can start", "Laura sends the list"
            let acts = !toks[i].dot
                && next.is_some_and(|n| {
                    let w = &text[n.start..n.end];
                    ACTS.contains(&w)
                        || (!k.world && (ACTS_DE.contains(&w) || past_tense(w, &text[n.end..])))
                });
            // ("Daune aus RDS-zertifizierter Lieferkette": a world name needs a verb of doing)
            k.strong_given()
                && ((opens && goes_on && !k.world)
                    || acts
                    || vocative(text, t.start, t.end)
                    || alone(text, toks, i, k))
        }
    }
}

/// Whether `word` is an English verb in the past tense with more of its clause in `rest`: a
/// word of the lists, in lower case, ending in "-ed" ("Clodagh treated a customer", "Lorenzo
/// noted Mr Booth …"; not "Rota updated.", "Ormerod, Alistair moved;").
fn past_tense(word: &str, rest: &str) -> bool {
    rest.strip_prefix(' ')
        .is_some_and(|r| r.starts_with(char::is_alphanumeric))
        && word.len() >= 5
        && word.ends_with("ed")
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && {
            // (a surname that is also a word of the lists, in lower case, is the verb:
            // "spotted")
            let k = kind(word);
            k.word && !k.given
        }
}

/// Whether a given name that is also a word is the one a letter greets: a greeting alone
/// before it on its line, a comma and the line's end after it ("Hi Rick,⏎⏎thanks …"; "Hello
/// Summer!" and "Hello Autumn, hello layers." stay copy).
fn salutation(text: &str, t: Token, k: Kind) -> bool {
    k.given
        && text[t.end..].strip_prefix(',').is_some_and(|rest| {
            rest.trim_start_matches([' ', '\t'])
                .starts_with(['\n', '\r'])
        })
        && {
            let greeting = trim_gap(&text[line_around(text, t.start, t.end).start..t.start]);
            GREETINGS.iter().any(|g| greeting.eq_ignore_ascii_case(g))
        }
}

/// Words before a capitalised word that make it part of a place ("Port Sharon", "Lake
/// Louise") or put a place after them ("a shop in Torino").
const PLACE_BEFORE: &[&str] = &[
    "port", "east", "west", "north", "south", "lake", "mount", "mt", "fort", "new", "saint", "st",
    "san", "santa", "glen", "little", "great", "upper", "lower", "bad", "sankt", "in", "at",
    "near", "from", "nach", "aus", "im", "am", "via", "zu", "of", "co",
];

/// Month and weekday abbreviations that are given names too ("Jan", "Mon").
const CALENDAR: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon",
    "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
];

/// Whether the word at `start..end` is someone spoken to: "Can you deal with this, Haruto?",
/// "Love this, Grant!", "Enya, can you reply to this one?".
fn vocative(text: &str, start: usize, end: usize) -> bool {
    const ASKS: &[&str] = &[
        "can you",
        "could you",
        "would you",
        "please",
        "kannst du",
        "könntest du",
        "magst du",
        "bitte",
    ];
    let after = &text[end..];
    let before = text[..start].trim_end_matches(' ');
    (before.ends_with(',') && after.starts_with(['?', '!']))
        || after
            .strip_prefix(", ")
            .is_some_and(|rest| ASKS.iter().any(|a| starts_with_phrase(rest, a)))
}

/// Articles and determiners: a capitalised word after one names a thing ("the Heather one").
const ARTICLES: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "our", "your", "my", "their", "der", "die",
    "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "unser", "unsere",
    "euer", "eure", "dein", "deine", "ihr", "ihre",
];

/// A given name that is no word at all, standing alone where the words around do not make it
/// a place, a date or the first word of an imperative ("Mark your calendar"): "For Damian",
/// "Silke (agent)", "+ Anton, table 12".
fn alone(text: &str, toks: &[Token], i: usize, k: Kind) -> bool {
    let t = toks[i];
    let word = &text[t.start..t.end];
    let line = text[..t.start].rsplit('\n').next().unwrap_or_default();
    let prev = line
        .trim_end_matches([' ', '\t', '.', '('])
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default()
        .to_lowercase();
    // "St. Paul", "in Torino", "at 6797 Abigail Rapid", "From Aviemore to Charlotte"
    let placed = PLACE_BEFORE.contains(&prev.as_str())
        || prev.starts_with(|c: char| c.is_ascii_digit())
        || (prev == "to" && line.to_lowercase().contains("from "));
    // "Mark your calendar", "Max Komfort bei Regen"
    // "Mark your calendar", "Max Komfort bei Regen": (whether a plain word goes on, whether a
    // lower-case one does)
    let goes_on = toks.get(i + 1).map_or((false, false), |n| {
        let w = &text[n.start..n.end];
        let k = kind(w);
        // "with Greg and Toni Hein": a conjunction before the next name goes on to a person
        let and_name = matches!(
            w,
            "and" | "und" | "&" | "or" | "oder" | "et" | "y" | "e" | "en"
        ) && toks
            .get(i + 2)
            .is_some_and(|m| capitalised(&text[m.start..m.end]));
        let on = spaces_between(text, &t, n) && !and_name;
        let lower = w.starts_with(char::is_lowercase);
        (on && !lower && k.plain(), on && lower)
    });
    // inside a sentence, after a lower-case word that is no article or conjunction, a verb
    // may follow: "Backform für Soraya bestellt", "nach Johnathan fragen", "erreichen Sie
    // Jeremi unter …"; not "the Hazel and sand colourways", "Jade and Heather colour swatches"
    let inside = line
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| {
            w.chars().next().is_some_and(char::is_lowercase)
                && w.chars().all(char::is_alphabetic)
                && !ARTICLES.contains(&w)
                && !matches!(w, "and" | "und" | "or" | "oder")
        });
    // a cell of a delimited row: the table's header decides ("Town")
    let cell = text[..t.start].ends_with([',', ';', '|', '\t'])
        && text[t.end..]
            .chars()
            .next()
            .is_none_or(|c| matches!(c, ',' | ';' | '|' | '\t' | '\n' | '\r'));
    !k.word
        && !k.world
        && !placed
        && !cell
        && !goes_on.0
        && (!goes_on.1 || inside)
        && !word.contains(['\'', '’', '-'])
        && !CALENDAR.contains(&word)
}

/// The byte span of tokens `i..j` (with the full stop of a closing initial).
fn span(toks: &[Token], i: usize, j: usize, initial: bool) -> (usize, usize, usize) {
    let end = toks[j - 1].end + usize::from(initial);
    (j, toks[i].start, end)
}

/// "Berger, Anna" in a list, a CSV row or after a label: a surname-like word, a comma, a given
/// name, and then the end of the field.
fn last_first(text: &str, toks: &[Token], i: usize) -> Option<(usize, usize, usize)> {
    let first = toks[i];
    // particles before the surname: "van der Berg, Anouk", "zu Hohenfels, Karl-Theodor"
    let mut last = i;
    while particle(&text[toks[last].start..toks[last].end]) {
        let n = toks.get(last + 1)?;
        if &text[toks[last].end..n.start] != " " {
            return None;
        }
        last += 1;
    }
    let surname = &text[toks[last].start..toks[last].end];
    if last > i && !capitalised(surname) && !upper_case(surname) {
        return None;
    }
    // a surname of up to three words in capitals: "DEL CIGNAROLI, Micheletto"
    if upper_case(&text[first.start..first.end]) {
        while last < i + 2
            && let Some(n) = toks.get(last + 1)
            && &text[toks[last].end..n.start] == " "
            && upper_case(&text[n.start..n.end])
        {
            last += 1;
        }
    }
    let (a, b) = (toks[last], *toks.get(last + 1)?);
    let surname = &text[a.start..a.end];
    let given = &text[b.start..b.end];
    let gap = &text[a.end..b.start];
    // without a space the comma separates the cells of a CSV row ("Scanlon,Siobhan,…")
    if a.dot || gap.trim() != "," || gap == "," || gap.contains('\n') || !capitalised(given) {
        return None;
    }
    let a = Token {
        start: first.start,
        ..a
    };
    // a second given name or a middle initial: "BURGOS, María Teresa", "Garcia, Walter R."
    let mut end = b.end;
    let mut next = last + 2;
    if let Some(c) = toks.get(last + 2)
        && &text[b.end..c.start] == " "
    {
        let word = &text[c.start..c.end];
        if capitalised(word) && kind(word).strong_given() {
            (end, next) = (c.end, last + 3);
        } else if initial_at(text, toks, last + 2) {
            (end, next) = (c.end + 1, last + 3);
        }
    }
    let rest = &text[end..];
    // a field ends at a separator, a dash or a bracket, or at the wide gap of a column layout
    let field_ends = rest
        .chars()
        .next()
        .is_none_or(|c| matches!(c, '\n' | '\r' | ';' | ',' | '|' | '\t' | ')' | '"' | ':' | '\\'))
        // the next field of a log line: "contact=Byrne, Killian phone=…"
        || (text[..a.start].ends_with('=') && log_field(rest))
        // a mail header's display name: "From: Howley, Celine <howley.celine@…>"
        || rest.starts_with(" <")
        || rest == "."
        || rest.starts_with(". ")
        || rest.starts_with(".\n")
        || rest.starts_with("  ")
        // the dot leaders of a printed phone list: "Gibson, Georgina ...... IT ...... +39 …"
        || rest.starts_with(" ..")
        || rest
            .trim_start_matches([' ', '\t'])
            .starts_with(['–', '—', '-', '(', '✓', '|', '·', '\n']);
    let line_start = text[..a.start].rfind('\n').map_or(0, |x| x + 1);
    let before = trim_gap(&text[line_start..a.start]);
    let raw = &text[line_start..a.start];
    let (s, g) = (kind(surname), kind(given));
    // in running text after a colon or a cue, a surname that is no word or given name before
    // a given name: "Bank details changed: Krause, Jane, …", "response from Burrows, Ben:"
    let running = field_ends
        && (s.surname || !s.word)
        && !s.common
        && !s.given
        && g.strong_given()
        && (raw.trim_end().ends_with(':') || context_before(text, a.start) >= Context::Soft);
    // after a preposition, in a sentence that goes on or ends: "sent to Graham, Heather.",
    // "Zahlung von Bradosti, Berfin zu …" (a given name in no list after a listed surname:
    // "sent to Perez, Laumiaric."; a surname the lists hold as a frequent word stays out, as a
    // town does: "from London, Emma stayed home")
    let prepositioned = (s.surname || !s.word)
        && !s.common
        && ((g.strong_given() && (s.surname || !s.given))
            || (s.surname && !s.given && !g.word && !g.surname))
        && raw.ends_with(' ')
        && raw
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(|w| PAIR_PREPOSITIONS.contains(&w))
        && (field_ends
            || rest
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(char::is_lowercase)));
    // a short label before the pair and nothing after it on the line ("Debtor: Waters,
    // Alexa⏎"), or the pair opening a line of fields ("Schmidtke, Siegfried · Steuer-ID …")
    // (a given name first may be a list of two: "Frühschicht: Hannah, Laura")
    let label = !s.strong_given()
        && raw.trim_end().strip_suffix(':').is_some_and(|l| {
            l.split_whitespace().count() <= 2
                && rest
                    .trim_start_matches([' ', '\t'])
                    .starts_with(['\n', '\r'])
        });
    let item = fields_line(text, a.start, end) && (s.surname || !s.word);
    // after a word for one person, in a sentence that goes on: "customer Rogers, Lindsay
    // asked us …"
    let one = g.strong_given()
        && (s.surname || !s.word)
        && !s.common
        && super::tagger::alone(&text[..a.start], rest);
    // the whole value of a markup element: "<ansprechpartner>König, Brigitte</ansprechpartner>"
    let element = before.ends_with('>') && rest.starts_with("</");
    // a heading's dash before the pair and the line's end after it: "RETURN #921525 – VAN BEEK,
    // Amelia⏎", "Checkliste Onboarding – Prabhu, Amruta⏎"
    let titled = before.ends_with(['–', '—'])
        && (g.strong_given() || upper_case(surname))
        && !s.word
        && rest
            .trim_start_matches([' ', '\t'])
            .starts_with(['\n', '\r']);
    // a surname in capitals before the given name: a record's heading or a note's subject,
    // wherever it stands ("Kontaktverlauf BOZKURT, Ayse⏎", "Gesprächsnotiz OSMANI, Lirim, 12.04.")
    // (written as a name is: the surname's first word in capitals too, a comma and a space, a
    // given name no longer than names are, whatever the lists say of it; "LSF,
    // Lichtschutzfaktor" spells an abbreviation out)
    let capitals = upper_case(surname)
        && upper_case(&text[first.start..first.end])
        && gap == ", "
        && surname.chars().count() >= 3
        && given.split('-').all(|part| part.chars().count() <= 12)
        && !s.common;
    // a record's "Surname, Given (e-mail)", the address spelling one of the two: "Demir, Josel
    // (josel.demir10@…)", "Lovely, Avery <a.lovely@…>"
    // (or the address first and the pair in brackets after it, as logs name an address's owner:
    // "user=l.neumann@… (Neumann, Laura) status=201")
    let spelt = |local: &str| {
        let local = local.to_lowercase();
        !local.contains([' ', ')', '>'])
            && [surname, given].iter().any(|n| {
                let n = n.to_lowercase();
                n.chars().count() >= 3 && local.contains(&n)
            })
    };
    let mailed = gap == ", "
        && (rest
            .strip_prefix(" (")
            .or_else(|| rest.strip_prefix(" <"))
            .and_then(|r| r.split_once('@'))
            .is_some_and(|(local, _)| spelt(local))
            || (rest.starts_with(')')
                && raw
                    .strip_suffix(" (")
                    .and_then(address_ending)
                    .is_some_and(|(local, _)| spelt(local))));
    // after a record's code or number: "badge 0867 Watson, Gemma⏎", "- L34 QUINN, Dermot, …",
    // and so a given name in no list too: "badge 0214 Horn, Krilewen" (not a town and its
    // county: "085 672 6572⇥Westport, Co. Mayo")
    let coded = (g.given || !g.word)
        && !b.dot
        && (s.surname || !s.word)
        // (a house number and a comma before a street's name are none: "Apartment 33,
        // Millbrook, Kilkenny")
        && !raw.trim_end().ends_with(',')
        && before
            .rsplit([' ', '\t'])
            .next()
            .is_some_and(|w| w.bytes().any(|b| b.is_ascii_digit()));
    // a cell's label of one or two words before the pair, the cell's only other content:
    // "…;RE396342;Credit note Aslam, Adeel⏎", "…;Gutschrift De Santis, Pietro⏎"
    let labelled_cell = g.given
        && !s.common
        && (s.surname || !s.word)
        && before
            .rsplit_once([';', '|', '\t'])
            .is_some_and(|(_, cell)| {
                let words: Vec<&str> = cell.split_whitespace().collect();
                (1..=2).contains(&words.len())
                    && words.iter().all(|w| {
                        // (a word of the lists that is a surname too: "Credit")
                        let k = kind(w);
                        w.chars().all(char::is_lowercase)
                            || (capitalised(w) && !k.given && (k.word || !k.surname))
                    })
            });
    let field_starts = running
        || prepositioned
        || coded
        || labelled_cell
        || mailed
        || one
        || element
        || titled
        || capitals
        || ((label || item) && g.strong_given())
        || list_marker(before)
        || before.ends_with([';', '|', '\t', ',', '"', '='])
        || (raw.trim_end().ends_with(':')
            && (upper_case(&text[a.start..toks[i].end]) || rest.starts_with(';')))
        || raw.ends_with("  ")
        || context_before(text, a.start) >= Context::Label;
    // "Cheers, Sophie", "Done, Leon": a sign-off or a reply before a name; a colour
    let lower = surname.to_lowercase();
    let plain = s.plain()
        || SIGN_OFFS.contains(&lower.as_str())
        || GREETINGS.contains(&lower.as_str())
        || REPLIES.contains(&lower.as_str())
        // "Farben: Salbei, Jade" (but "Brown, Wendy")
        || (COLOURS.contains(&lower.as_str()) && !s.surname);
    // a given name in no list: in a name column, after a surname in capitals, or after a label
    // ("Quillory, Trevane; Dixon, Wendy": an item of a list of such names)
    let given_like = g.given
        || mailed
        || coded
        || prepositioned
        || (!g.word
            && (name_column(text, line_start)
                || upper_case(surname)
                || (!s.word && (rest.starts_with(';') || before.ends_with(';')))
                || context_before(text, a.start) >= Context::Label));
    ((field_ends || one || element || prepositioned) && field_starts && given_like && !plain)
        .then_some((next, a.start, end))
}

/// Prepositions before a person named "Surname, Given" in running text.
const PAIR_PREPOSITIONS: &[&str] = &["to", "from", "under", "von", "auf", "an"];

/// The e-mail address that ends `before`, split at its at sign: the last word of a line or of
/// a log's `key=` field ("… user=l.neumann@example.com"), before the bracket that names its
/// owner.
pub(super) fn address_ending(before: &str) -> Option<(&str, &str)> {
    before
        .rsplit([' ', '\t', '=', '\n'])
        .next()?
        .split_once('@')
}

/// Whether `rest` opens with a space and a log line's next `key=` field.
fn log_field(rest: &str) -> bool {
    rest.strip_prefix(' ').is_some_and(|r| {
        r.split_once('=').is_some_and(|(key, _)| {
            !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        })
    })
}

/// Adverbs that finish a verb after its object, though some are surnames too: "ring charlene
/// back", "call tom again", "ruf jana zurück".
const ADVERBS: &[&str] = &[
    "back", "again", "later", "asap", "today", "tomorrow", "zurück", "nochmal", "später", "heute",
    "morgen",
];

/// A lower-case given name in informal text ("hi megan", "torsten said", "hier ist jana
/// kluge"): only a given name that is no word, with a surname that is no word after it, and
/// only after a greeting or before a verb of speaking; or a word in no list at all right before
/// such a verb.
fn lower_case_name(text: &str, toks: &[Token], i: usize) -> Option<(usize, usize, usize)> {
    let lower = |x: usize| {
        let w = &text[toks[x].start..toks[x].end];
        (w.chars().count() >= 3 && w.chars().all(char::is_lowercase)).then_some(w)
    };
    // one lookup rules out almost every lower-case word
    let word = lower(i)?;
    if signs_off(text, toks, i) {
        return Some((i + 1, toks[i].start, toks[i].end));
    }
    let bits = lists_of(word);
    // a name only the world list knows counts as unlisted here
    if bits & !WORLD == 0 {
        // a word in no list right before a verb of speaking: an unlisted given name in chat
        // ("also kerime meint …")
        let t = toks[i];
        let k = kind(word);
        let unlisted =
            word.is_ascii() || k == Kind::default() || (k.world && !k.surname && !k.word);
        return (unlisted && context_after(text, t.end)).then_some((i + 1, t.start, t.end));
    }
    if bits & GIVEN == 0 {
        return None;
    }
    let k = kind(word);
    let mut j = i + 1;
    // a given name typed in lower case before a capitalised surname: "joerg Tschentscher
    // called", "cora Walter hat angerufen"
    if !k.word
        && let Some(n) = toks.get(j).filter(|n| spaces_between(text, &toks[i], n))
    {
        let w = &text[n.start..n.end];
        let s = kind(w);
        if capitalised(w) && !s.word && (s.surname || !s.given) {
            return Some((j + 1, toks[i].start, n.end));
        }
    }
    // a mention is one handle: "@joost can you …"
    let mention = text[..toks[i].start].ends_with('@');
    if !mention
        && toks
            .get(j)
            .is_some_and(|n| spaces_between(text, &toks[i], n))
        && let Some(w) = lower(j)
    {
        let s = kind(w);
        let plain = s.plain();
        if !plain
            && ![AFTER, GREETINGS, ACTS, ACTS_DE, ADVERBS]
                .iter()
                .any(|l| l.contains(&w))
        {
            j += 1;
        }
    }
    let end = toks[j - 1].end;
    let context = context_at(text, toks, i);
    // a dash before a word in lower case goes on a sentence ("– nasser, glatter Fels"); an
    // author after a quotation's dash is written with capitals
    let dashed = text[..toks[i].start].trim_end().ends_with(['–', '—', '-']);
    let (before, after) = (
        context >= Context::Label && !dashed,
        context_after(text, end),
    );
    // a given name and a surname, neither of them a word: "magrit wirth", "natan surdel"
    if j == i + 2 && !k.word {
        let surname_like = |x: usize| {
            let s = kind(&text[toks[x].start..toks[x].end]);
            !s.word && (s.surname || !s.given)
        };
        if surname_like(i + 1) {
            // and a second surname: "cintia ocaña chaparro"
            let third = toks.get(j).is_some_and(|n| {
                spaces_between(text, &toks[j - 1], n) && lower(j).is_some() && surname_like(j)
            });
            let (j, end) = if third {
                (j + 1, toks[j].end)
            } else {
                (j, end)
            };
            return Some((j, toks[i].start, end));
        }
    }
    // a given name that is also a word ("amber", "will") needs context on both sides, or a
    // field's colon and the value's end ("Name: amber", not "Kunde will Geld zurück" or
    // "Hinweis Zusteller: bitte beim Nachbarn abgeben")
    let field = context == Context::Field
        && text[..toks[i].start].trim_end().ends_with(':')
        && text[end..]
            .trim_start_matches([' ', '.'])
            .chars()
            .next()
            .is_none_or(|c| matches!(c, '\n' | '\r' | '\t' | ';' | '|' | ','));
    let accept = (before || after) && (!k.word || (before && after) || field);
    if accept {
        return Some((j, toks[i].start, end));
    }
    // in a line written all in lower case (a chat, a note), a given name that is no word is
    // someone: "did alexandria ever send her address", "hat hanni eigentlich die adresse"
    // ("and the iban is still the one ending in 76": a given name too)
    if k.word || matches!(word, "iban" | "bic") || !lower_case_line(text, toks, i) {
        return None;
    }
    // with the surname after it, which may follow particles ("mary van der dussen"), not with
    // a word that goes on the sentence ("dita aus meiner wg")
    if j == i + 2 && {
        let next = &text[toks[i + 1].start..toks[i + 1].end];
        !particle(next) && ![NARRATIVE, ACTS, ACTS_DE].iter().any(|l| l.contains(&next))
    } {
        return Some((j, toks[i].start, end));
    }
    let mut j = i + 1;
    while toks
        .get(j)
        .is_some_and(|n| spaces_between(text, &toks[j - 1], n) && particle(&text[n.start..n.end]))
    {
        j += 1;
    }
    let surname = j > i + 1
        && toks.get(j).is_some_and(|n| {
            spaces_between(text, &toks[j - 1], n) && lower(j).is_some_and(|w| !kind(w).word)
        });
    let j = if surname { j + 1 } else { i + 1 };
    Some((j, toks[i].start, toks[j - 1].end))
}

/// A lower-case word that ends a line right after a sign-off that opens its sentence: the
/// writer's name ("can you gift wrap it? thanks jordan", "danke krussana"), unless a plain
/// word ("thanks again", "danke dir").
fn signs_off(text: &str, toks: &[Token], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).map(|p| toks[p]) else {
        return false;
    };
    // the last word of its line
    let last = toks
        .get(i + 1)
        .is_none_or(|n| text[toks[i].end..n.start].contains('\n'));
    let sign = &text[prev.start..prev.end];
    last && &text[prev.end..toks[i].start] == " "
        && sign.chars().all(char::is_lowercase)
        && (SIGN_OFFS.contains(&sign) || matches!(sign, "x" | "xx" | "xxx"))
        && text[..prev.start]
            .trim_end()
            .chars()
            .next_back()
            .is_none_or(|c| matches!(c, '.' | '!' | '?' | ',' | '\n'))
        && {
            let k = kind(&text[toks[i].start..toks[i].end]);
            !k.word || k.given
        }
}

/// Whether the line of token `i` runs to four words or more all in lower case but for a
/// speaker before a colon ("[15:29] Meagan: did …"): a sentence of copy opens with a capital
/// ("Mark your calendar, grace period ends soon").
fn lower_case_line(text: &str, toks: &[Token], i: usize) -> bool {
    let line = line_around(text, toks[i].start, toks[i].end);
    let first = toks[..i].partition_point(|t| t.start < line.start);
    let last = toks.partition_point(|t| t.start < line.end);
    let words = &toks[first..last];
    let lower = words
        .iter()
        .filter(|t| text[t.start..t.end].starts_with(char::is_lowercase))
        .count();
    let speaker = |t: &Token| {
        let before = text[line.start..t.start].trim_end();
        (before.is_empty() || before.ends_with(']')) && text[t.end..].starts_with(':')
    };
    lower >= 4
        && words
            .iter()
            .all(|t| !text[t.start..t.end].starts_with(char::is_uppercase) || speaker(t))
}
