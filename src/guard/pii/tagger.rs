//! PERSON, a second opinion: two logistic models over the words of a text, each reading a word
//! by what the name lists say of it, its shape, its neighbours (words, the lists' verdict on
//! them and whether the rules took them) and the punctuation around it.
//!
//! The rules in `names` are precise where they fire, but each one needs its cue, and a text
//! written in a way no rule foresaw keeps its names ("Wetsuit sizes with nathan"); and a cue
//! that fires on a shop's name ("Best wishes,⏎Bramble Box") takes it for a person.
//! The models learn the weaker signs from the labelled banks:
//! - the *name* model scores the words the rules left alone: a word that is a given name, in no
//!   list, or a surname, capitalised, between words that usually surround names. A word starts a
//!   name when it scores above the model's `threshold` (beside a person the rules found, above
//!   `low`), and the name grows over the adjacent words (joined by a space, or by ". " after an
//!   initial) that score above `low`;
//! - the *person* model scores the words of the people the rules found: a person stays when
//!   one of its words scores above `keep` as personal data.
//!
//! People written next to each other, apart only by a space or by particles, are then one name
//! ("Fatima" by the rules and "al-Khatib" by the model), and so is a surname before a comma and
//! a given name ("Glavor, Goran"). The models read only texts in which the rules found a
//! person, and the name model there only the [`NEAR`] words on each side of one; words that the
//! rules took for another entity, and words the lists know only as ordinary words, are never
//! scored. That keeps ad copy fast and product names and the brand's documents out.
//!
//! The models (`data/names/tagger.json`) are trained by `copydesk policy names` on labelled
//! texts, and compiled into the binary.

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use super::names::{self, Token, list_bits, tokens};
use super::{Entity, Match};
use crate::guard::policy::classifier::{Fnv, dense, fit, sigmoid, sparse};

/// Feature space size (hashing trick).
const DIM: u32 = 1 << 16;
const FORMAT: &str = "copydesk-name-tagger-v2";

/// A trained tagger as stored on disk.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Model {
    pub format: String,
    /// The labelled files it was trained on.
    pub trained_on: Vec<String>,
    /// Words it was fit on (those the rules left alone) and how many of them were in a name.
    pub words: usize,
    pub in_names: usize,
    /// A word starts a name above `threshold`; its neighbours join above `low`.
    pub threshold: f64,
    pub low: f64,
    /// Scores a word the rules left alone: part of a name or not.
    pub name: Head,
    /// Words of the rules' people it was fit on, and how many of them were personal data.
    pub people: usize,
    pub real: usize,
    /// A person the rules found is dropped when none of its words scores above `keep`.
    pub keep: f64,
    /// Scores a word of a person the rules found: personal data or not.
    pub person: Head,
}

/// One logistic model over the words' hashed features.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Head {
    pub bias: f64,
    /// `(feature index, weight)`, non-negligible weights only.
    pub weights: Vec<(u32, f32)>,
    #[serde(skip)]
    dense: Vec<f32>,
}

impl Head {
    fn fit(data: &[(Vec<(u32, f64)>, f64)]) -> Self {
        let (w, bias) = fit(data, DIM);
        Self {
            bias,
            weights: sparse(&w),
            dense: Vec::new(),
        }
        .densify()
    }

    fn densify(mut self) -> Self {
        self.dense = dense(&self.weights, DIM);
        self
    }

    /// The probability that word `i` of `words` is what the head learnt.
    fn score(&self, words: &Words, i: usize) -> f64 {
        let (idx, n) = words.features(i);
        let sum: f32 = idx[..n].iter().map(|&i| self.dense[i as usize]).sum();
        sigmoid(self.bias + f64::from(sum) / (n as f64).sqrt())
    }
}

impl Model {
    fn densify(mut self) -> Self {
        self.name = self.name.densify();
        self.person = self.person.densify();
        self
    }
}

static MODEL: LazyLock<Model> = LazyLock::new(|| {
    // the file is part of the source tree; a failure is a build error caught by every test
    serde_json::from_str::<Model>(include_str!("../../../data/names/tagger.json"))
        .unwrap_or_else(|e| panic!("name tagger: {e}"))
        .densify()
});

/// What the rules made of each word: nothing, a person, another entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Taken {
    Free,
    Person,
    Other,
}

/// One text read word by word, with what the rules found in it.
struct Words<'a> {
    text: &'a str,
    toks: Vec<Token>,
    /// What each word is, as the features read it.
    words: Vec<Word>,
    /// The hashed punctuation before each word, and after the last one (read only beside a
    /// word that is scored, [`Words::read_letters`]).
    gaps: Vec<u64>,
}

/// One word as the features read it.
#[derive(Debug, Clone, Copy)]
struct Word {
    /// The lists' bits and whether the word may be part of a name.
    bits: u8,
    name_like: bool,
    /// Read only for the words around one that is scored ([`Words::read_letters`]).
    shape: u8,
    len: u8,
    /// Hashes of the word and of its last three letters, in lower case.
    lower: u64,
    tail: u64,
    taken: Taken,
    /// Within [`NEAR`] words of a person the rules found ([`Words::mark_near`]).
    near: bool,
}

/// How far from a person the rules found a word is read (in words).
const NEAR: usize = 40;

/// The number of features of a word (at most).
const FEATURES: usize = 23;

/// Month names in English and German, which the lists also hold as given names.
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "januar",
    "februar",
    "märz",
    "mai",
    "juni",
    "juli",
    "oktober",
    "dezember",
];

/// Whether a word is a month's name.
pub(super) fn month(word: &str) -> bool {
    MONTHS.iter().any(|m| m.eq_ignore_ascii_case(word))
}

/// Whether a day's number follows a month's name: "March 5", "Mai, 12".
pub(super) fn day_after(rest: &str) -> bool {
    rest.trim_start_matches([' ', ','])
        .starts_with(|c: char| c.is_ascii_digit())
}

impl<'a> Words<'a> {
    /// `found` sorted by start, without overlaps; `training` reads every free word, not only
    /// those near a person.
    fn new(text: &'a str, found: &[Match], training: bool) -> Self {
        let toks = tokens(text);
        let mut words = Vec::with_capacity(toks.len());
        let mut m = 0;
        for t in &toks {
            while m < found.len() && found[m].end <= t.start {
                m += 1;
            }
            let taken = match found.get(m) {
                Some(f) if f.start < t.end && f.entity == Entity::Person => Taken::Person,
                Some(f) if f.start < t.end => Taken::Other,
                _ => Taken::Free,
            };
            let (bits, name_like) = list_bits(&text[t.start..t.end]);
            // a markup tag's name is no one's ("<CdtrAgt>", "</RmtInf>")
            let before = &text[..t.start];
            let name_like = name_like && !(before.ends_with('<') || before.ends_with("</"));
            words.push(Word {
                bits,
                name_like,
                shape: 0,
                len: 0,
                lower: 0,
                tail: 0,
                taken,
                near: false,
            });
        }
        let gaps = vec![0; toks.len() + 1];
        let mut out = Self {
            text,
            toks,
            words,
            gaps,
        };
        out.mark_near();
        out.read_letters(training);
        out
    }

    /// Mark the words within [`NEAR`] words of a person the rules found: people are named
    /// together, and a long text (a whole document) with one person in it is not read through.
    fn mark_near(&mut self) {
        let n = self.words.len();
        let mut last = None;
        for i in 0..n {
            if self.words[i].taken == Taken::Person {
                last = Some(i);
            }
            self.words[i].near = last.is_some_and(|p| i - p <= NEAR);
        }
        let mut next = None;
        for i in (0..n).rev() {
            if self.words[i].taken == Taken::Person {
                next = Some(i);
            }
            self.words[i].near |= next.is_some_and(|p| p - i <= NEAR);
        }
    }

    /// The shape, length and letters of the words a scored word's features read: itself and
    /// two on each side, and the punctuation on either side of it (the others are never read,
    /// and most words of a text are neither). Scored are the words of the rules' people and
    /// the free words near them (in training, every free word).
    fn read_letters(&mut self, training: bool) {
        let n = self.toks.len();
        let mut next = 0;
        for i in 0..n {
            let person = self.words[i].taken == Taken::Person;
            if !(person || if training { self.free(i) } else { self.open(i) }) {
                continue;
            }
            for g in [i, i + 1] {
                let from = g.checked_sub(1).map_or(0, |p| self.toks[p].end);
                let to = self.toks.get(g).map_or(self.text.len(), |t| t.start);
                self.gaps[g] = gap(&self.text[from..to]);
            }
            for j in i.saturating_sub(2).max(next)..(i + 3).min(n) {
                let t = self.toks[j];
                let word = &self.text[t.start..t.end];
                let tail = word
                    .char_indices()
                    .rev()
                    .nth(2)
                    .map_or(word, |(at, _)| &word[at..]);
                let w = &mut self.words[j];
                w.shape = shape(word);
                w.len = u8::try_from(word.chars().count().min(12)).unwrap_or(12);
                w.lower = lower(word);
                w.tail = lower(tail);
                next = j + 1;
            }
        }
    }

    /// Whether word `i` is one letter (an initial).
    fn initial(&self, i: usize) -> bool {
        self.text[self.toks[i].start..self.toks[i].end]
            .chars()
            .nth(1)
            .is_none()
    }

    /// Whether word `i` is scored at all: free, possibly part of a name, near a person, no
    /// date's month and no number's label.
    fn open(&self, i: usize) -> bool {
        self.free(i) && self.words[i].near && !self.dated(i) && !self.number_label(i)
    }

    /// Whether word `i` is a short label in capitals before a number, which the lists may hold
    /// as a surname too: "mgr: Scott PAN 5109 …", "Berg TEL 0171 …".
    fn number_label(&self, i: usize) -> bool {
        let t = self.toks[i];
        let word = &self.text[t.start..t.end];
        (2..=4).contains(&word.len())
            && word.bytes().all(|b| b.is_ascii_uppercase())
            && self.text[t.end..]
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    }

    /// Whether word `i` is a month's name beside a day or a year ("14 August", "May 2026"),
    /// which the lists also hold as a given name.
    fn dated(&self, i: usize) -> bool {
        let t = self.toks[i];
        let word = &self.text[t.start..t.end];
        if !month(word) {
            return false;
        }
        if day_after(&self.text[t.end..]) {
            return true;
        }
        let line = &self.text[self.text[..t.start].rfind('\n').map_or(0, |n| n + 1)..t.start];
        let day = line.trim_end_matches([' ', '.']);
        // a number alone before it on its line counts an item ("3. June from Ironwood")
        day.ends_with(|c: char| c.is_ascii_digit())
            && !day
                .trim_end_matches(['.', ')'])
                .chars()
                .all(|c| c.is_ascii_digit())
    }

    /// Whether word `i` is free and possibly part of a name (a training example).
    fn free(&self, i: usize) -> bool {
        self.words[i].taken == Taken::Free && self.words[i].name_like
    }

    /// The hashed features of word `i` (each of value 1 before normalising): its lists, shape,
    /// length, letters and last letters; the two words on each side (their letters, lists and
    /// shape, and what the rules made of them); the punctuation around it.
    fn features(&self, i: usize) -> ([u32; FEATURES], usize) {
        /// A word beyond the text's ends.
        const NONE: u64 = u64::MAX;
        let w = self.words[i];
        let (before, after) = (self.gaps[i], self.gaps[i + 1]);
        let mut out = [0u32; FEATURES];
        let mut n = 0;
        let mut add = |parts: &[u64]| {
            out[n] = index(parts);
            n += 1;
        };
        let (bits, shape) = (u64::from(w.bits), u64::from(w.shape));
        add(&[1, bits]);
        add(&[2, shape]);
        add(&[3, bits, shape]);
        add(&[4, u64::from(w.len)]);
        add(&[5, w.lower]);
        add(&[6, w.tail]);
        for (k, off) in [-2isize, -1, 1, 2].into_iter().enumerate() {
            let k = k as u64;
            match i.checked_add_signed(off).and_then(|j| self.words.get(j)) {
                Some(o) => {
                    add(&[7 + k, o.lower]);
                    add(&[11 + k, u64::from(o.bits), u64::from(o.shape)]);
                    add(&[15 + k, o.taken as u64]);
                }
                None => add(&[7 + k, NONE]),
            }
        }
        add(&[19, before]);
        add(&[20, after]);
        if i > 0 {
            add(&[21, self.words[i - 1].lower, before]);
        }
        if let Some(next) = self.words.get(i + 1) {
            add(&[22, after, next.lower]);
        }
        add(&[23, bits, shape, before, after]);
        (out, n)
    }

    /// The features of word `i` as training reads them: `(index, value)`, L2-normalised.
    fn sparse(&self, i: usize) -> Vec<(u32, f64)> {
        let (idx, n) = self.features(i);
        let v = 1.0 / (n as f64).sqrt();
        idx[..n].iter().map(|&i| (i, v)).collect()
    }
}

/// A feature's index: its parts mixed, in a space of `DIM` weights.
fn index(parts: &[u64]) -> u32 {
    let mut h: u64 = 0x243f_6a88_85a3_08d3;
    for &p in parts {
        h = (h ^ p).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        h ^= h >> 32;
    }
    (h % u64::from(DIM)) as u32
}

/// A word's shape: `U` in capitals, `C` capitalised, `l` in lower case, `m` mixed.
fn shape(word: &str) -> u8 {
    let upper = word.chars().filter(|c| c.is_uppercase()).count();
    let lower = word.chars().filter(|c| c.is_lowercase()).count();
    if upper > 0 && lower == 0 && word.chars().nth(1).is_some() {
        b'U'
    } else if word.starts_with(char::is_uppercase) {
        b'C'
    } else if upper == 0 {
        b'l'
    } else {
        b'm'
    }
}

/// The punctuation between two words, hashed: `NL` across a line break, otherwise its first
/// four characters with tabs as `T` and digits as `0`.
fn gap(between: &str) -> u64 {
    let mut f = Fnv::default();
    if between.contains('\n') {
        f.bytes(b"NL");
        return f.value();
    }
    let mut buf = [0u8; 4];
    for c in between.chars().take(4) {
        let c = match c {
            '\t' => 'T',
            c if c.is_ascii_digit() => '0',
            c => c,
        };
        f.bytes(c.encode_utf8(&mut buf).as_bytes());
    }
    f.value()
}

/// A word's hash in lower case.
fn lower(word: &str) -> u64 {
    let mut f = Fnv::default();
    if word.is_ascii() {
        for b in word.bytes() {
            f.bytes(&[b.to_ascii_lowercase()]);
        }
    } else {
        let mut buf = [0u8; 4];
        for c in word.chars().flat_map(char::to_lowercase) {
            f.bytes(c.encode_utf8(&mut buf).as_bytes());
        }
    }
    f.value()
}

/// The names the name model finds in a text beside the rules' entities.
fn names(model: &Model, words: &Words) -> Vec<Match> {
    let text = words.text;
    let n = words.toks.len();
    let mut scores: Vec<Option<f64>> = vec![None; n];
    let mut score = |i: usize| *scores[i].get_or_insert_with(|| model.name.score(words, i));
    // joined into one name: a space, or ". " after an initial
    let joined = |a: usize, b: usize| match &words.text[words.toks[a].end..words.toks[b].start] {
        " " => true,
        // after an initial only: "V. Vũ", not "Mabanga. Wetsuit"
        ". " => words.initial(a),
        _ => false,
    };
    let word = |x: usize| &text[words.toks[x].start..words.toks[x].end];
    let lower = |x: usize| !word(x).chars().any(char::is_uppercase);
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        // beside a person the rules found (at `p`, before or after), a word of the same case
        // that may continue the name starts one
        let person_at = |p: usize| {
            words.words[p].taken == Taken::Person
                && joined(p.min(i), p.max(i))
                && lower(p) == lower(i)
        };
        let beside = (i > 0 && person_at(i - 1)) || (i + 1 < n && person_at(i + 1));
        let bar = if beside { model.low } else { model.threshold };
        if !(words.open(i) && score(i) > bar) {
            i += 1;
            continue;
        }
        // the words of one name share their case, particles aside: "Taner" and the verb after
        // it ("Taner schwor") are two, "walentina nikolajew" is one
        let case = (!names::particle(word(i))).then(|| lower(i));
        let fits = |x: usize| names::particle(word(x)) || case.is_none_or(|c| lower(x) == c);
        let (mut a, mut b) = (i, i);
        while a > 0
            && words.open(a - 1)
            && joined(a - 1, a)
            && fits(a - 1)
            && score(a - 1) > model.low
        {
            a -= 1;
        }
        while b + 1 < n
            && words.open(b + 1)
            && joined(b, b + 1)
            && fits(b + 1)
            && score(b + 1) > model.low
        {
            b += 1;
        }
        // "von" opens a surname, not a given name alone: "von Miriam" is "Miriam"
        if a + 1 == b && preposition_before_given(word(a), word(b)) {
            a += 1;
        }
        let (start, mut end) = (words.toks[a].start, words.toks[b].end);
        // a possessive is not part of the name: "Taskskous's late shift"
        if let Some(name) = names::without_possessive(&text[start..end]) {
            end = start + name.len();
        }
        if text[start..end].chars().count() >= 2 {
            out.push(Match {
                entity: Entity::Person,
                start,
                end,
                text: text[start..end].to_string(),
            });
        }
        i = b + 1;
    }
    out
}

/// Whether `word` is "von" and `name` one word that the lists know as a given name and not as a
/// surname: the preposition before a first name ("geschickt von Miriam"), not a particle that
/// opens a surname ("von Arnim").
fn preposition_before_given(word: &str, name: &str) -> bool {
    use names::listed::{GIVEN, SURNAME};
    word == "von" && !name.contains(' ') && list_bits(name).0 & (GIVEN | SURNAME) == GIVEN
}

/// Correct the rules' entities `found` (sorted by start, without overlaps; so they stay): drop
/// the people that read as no one, add the names the rules missed, join the parts of one name.
pub(super) fn add(text: &str, found: &mut Vec<Match>) {
    add_with(&MODEL, text, found);
}

fn add_with(model: &Model, text: &str, found: &mut Vec<Match>) {
    if !found.iter().any(|m| m.entity == Entity::Person) {
        return;
    }
    let words = Words::new(text, found, false);
    let more = names(model, &words);
    // a person the rules found stays when one of its words reads as personal data, or when it
    // is the first part of a hyphenated word the model reads as one ("die Pavić-Reklamation")
    let toks = &words.toks;
    let mut t = 0;
    found.retain(|m| {
        if m.entity != Entity::Person {
            return true;
        }
        while t < toks.len() && toks[t].end <= m.start {
            t += 1;
        }
        (text[m.end..].starts_with('-')
            && toks
                .get(t)
                .is_some_and(|x| x.start <= m.start && m.end < x.end))
            || (t..toks.len())
                .take_while(|&i| toks[i].start < m.end)
                .any(|i| model.person.score(&words, i) > model.keep)
    });
    if !more.is_empty() {
        found.extend(more);
        found.sort_by_key(|m| m.start);
    }
    merge(text, found);
}

/// Join people written next to each other, apart only by a space or by particles ("Gilles" and
/// "Sousa" in "Gilles De Sousa"): the rules and the model each found a part of one name.
fn merge(text: &str, found: &mut Vec<Match>) {
    let mut out: Vec<Match> = Vec::with_capacity(found.len());
    for m in found.drain(..) {
        // the person before the last one, when a one-word item of a list of people ends there
        let item_before = out
            .len()
            .checked_sub(2)
            .map(|k| &out[k])
            .filter(|p| p.entity == Entity::Person && !p.text.contains(' '))
            .map(|p| p.end);
        if let Some(last) = out.last_mut() {
            let between = &text[last.end.min(m.start)..m.start];
            let people = last.entity == Entity::Person && m.entity == Entity::Person;
            let joined = people
                && !preposition_before_given(&last.text, &m.text)
                && between.starts_with(' ')
                && between.ends_with(' ')
                && between
                    .split(' ')
                    .all(|w| w.is_empty() || names::particle(w))
                && !between.contains("  ");
            // "Rocha, Helena": a surname, then a given name
            let inverted =
                people && between == ", " && !last.text.contains(' ') && !m.text.contains(' ') && {
                    // a surname first, or one written in capitals ("DELUCA, Glen"), or a
                    // surname that is a given name too, when the two are no list's items:
                    // "Account: Stewart, Callum⏎", "under Parker, Avery." (not "Parker,
                    // Avery, Jo"); after an e-mail address, in brackets: "user=p.perez@…
                    // (Perez, Laumiaric)"
                    let (first, _) = list_bits(&last.text);
                    let (second, _) = list_bits(&m.text);
                    let (before, after) = (&text[..last.start], &text[m.end..]);
                    let one = || alone(before, after) || mailed_before(before, after);
                    let surname = first & 4 != 0;
                    let given_second = first & 1 == 0
                        || (surname && !last.text.chars().any(char::is_lowercase))
                        || (surname && one());
                    // a word in no list second, after a word that is no given name
                    // ("Chatterjee, Zydoette", "Holtinger, Perelle – offen"); not in a roll of
                    // unlisted given names, which goes on before or after them or names the
                    // first one second elsewhere ("Oskar, Wenna, Daraja", "Klyment, Yaşattin,
                    // Joachim", "Mo: Charitos, Gioilo⏎Di: Pavel, Charitos")
                    let roll = || {
                        after
                            .strip_prefix(", ")
                            .is_some_and(|r| r.starts_with(char::is_uppercase))
                            || item_before.is_some_and(|end| &text[end..last.start] == ", ")
                            || text
                                .match_indices(&format!(", {}", last.text))
                                .any(|(at, _)| at + 2 != last.start)
                    };
                    let unlisted_second = second & (4 | 8 | 16) == 0 && first & 1 == 0 && !roll();
                    (second & 1 == 1 && given_second) || unlisted_second
                };
            // "Surname, Given" as one quoted value: an SQL row's "('Sandhu, Nandini', …)", a
            // calendar's CN="Howard, Dwayne Reid"
            let quoted = people
                && between == ", "
                && !last.text.contains(' ')
                && text[..last.start]
                    .chars()
                    .next_back()
                    .is_some_and(|q| matches!(q, '\'' | '"') && text[m.end..].starts_with(q));
            if joined || inverted || quoted {
                last.end = m.end;
                last.text = text[last.start..last.end].to_string();
                continue;
            }
        }
        out.push(m);
    }
    *found = out;
}

/// Whether a pair of words stands in brackets after an e-mail address, as logs name an
/// address's owner: "user=d.alexander@… (Alexander, Danielle)".
fn mailed_before(before: &str, after: &str) -> bool {
    after.starts_with(')')
        && before
            .strip_suffix('(')
            .and_then(|b| names::address_ending(b.trim_end()))
            .is_some()
}

/// Whether a pair of words is one person's name between `before` and `after`: the line
/// before it ends in a label or a word for one person ("Account:", "Billing:", "under", a
/// heading's dash), and the line, a sentence or a bracket ends after it, or, after a word for
/// one person, the sentence goes on ("customer Rogers, Lindsay asked …", "Kunde Kara, Tarkan
/// bittet …"). Other labels may head a list of given names ("Staff on duty: Juan, Francesco.",
/// "Plätze: Mårten, Filip").
pub(super) fn alone(before: &str, after: &str) -> bool {
    // the words that are no noun for a person
    const LINKS: &[&str] = &["under", "unter", "for", "für", "–", "—"];
    const ONE: &[&str] = &[
        "account",
        "billing",
        "shipping",
        "buyer",
        "customer",
        "client",
        "kunde",
        "kundin",
        "holder",
        "inhaber",
        "inhaberin",
        "contact",
        "kontakt",
        "name",
        "recipient",
        "empfänger",
        "sender",
        "absender",
        "applicant",
        "member",
        "mitglied",
        "owner",
        "under",
        "unter",
        "for",
        "für",
        "–",
        "—",
    ];
    let after = after.trim_start_matches([' ', '\t']);
    let before = before.trim_end_matches([' ', '\t', ':']);
    let last = before
        .rsplit([' ', '\t', '\n'])
        .next()
        .unwrap_or_default()
        .to_lowercase();
    // the line, a sentence or a bracket ends, or a comma goes on to a word that is no given
    // name ("Exchange for Bradley, Agatha, Schauerpass size 46", not "for Anna, Ben, Carla")
    let ends = after.is_empty()
        || after.starts_with(['\n', '\r', '.', ')', '(', '–', '|'])
        || after.strip_prefix(", ").is_some_and(|rest| {
            let next = rest.split([' ', ',', '.', '\n']).next().unwrap_or_default();
            next.starts_with(char::is_uppercase) && list_bits(next).0 & 1 == 0
        });
    let goes_on = !LINKS.contains(&last.as_str())
        && after.starts_with(char::is_lowercase)
        && !["und ", "and ", "or ", "oder ", "sowie "]
            .iter()
            .any(|w| after.starts_with(w));
    ONE.contains(&last.as_str()) && (ends || goes_on)
}

/// A labelled text of the PII evaluation sets (offsets in code points).
#[derive(Debug, Deserialize)]
struct Labelled {
    text: String,
    #[serde(default)]
    lang: String,
    entities: Vec<Gold>,
}

#[derive(Debug, Deserialize)]
struct Gold {
    #[serde(rename = "type")]
    kind: String,
    start: usize,
    end: usize,
}

impl Labelled {
    /// The gold entities as `(type, byte start, byte end)`.
    fn gold(&self) -> Vec<(&str, usize, usize)> {
        let bytes: Vec<usize> = self
            .text
            .char_indices()
            .map(|(b, _)| b)
            .chain(std::iter::once(self.text.len()))
            .collect();
        self.entities
            .iter()
            .filter_map(|g| Some((g.kind.as_str(), *bytes.get(g.start)?, *bytes.get(g.end)?)))
            .collect()
    }
}

fn read(file: &Path) -> Result<Vec<Labelled>, String> {
    let body = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
    body.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| {
            serde_json::from_str(l).map_err(|e| format!("{}:{}: {e}", file.display(), n + 1))
        })
        .collect()
}

/// Fit a tagger on labelled PII files: for the name model, every word the rules leave alone and
/// that may be part of a name is an example, in a name or not; for the person model, every word
/// of a person the rules found, personal data or not.
pub fn train(files: &[PathBuf], threshold: f64, low: f64, keep: f64) -> Result<Model, String> {
    let mut free: Vec<(Vec<(u32, f64)>, f64)> = Vec::new();
    let mut people: Vec<(Vec<(u32, f64)>, f64)> = Vec::new();
    for file in files {
        for rec in read(file)? {
            let gold = rec.gold();
            let found = super::rules(&rec.text);
            let words = Words::new(&rec.text, &found, true);
            for (i, t) in words.toks.iter().enumerate() {
                if words.words[i].taken == Taken::Person {
                    let real = gold.iter().any(|&(_, s, e)| s < t.end && t.start < e);
                    people.push((words.sparse(i), f64::from(u8::from(real))));
                }
                if !words.free(i) {
                    continue;
                }
                let in_name = gold
                    .iter()
                    .any(|&(k, s, e)| k == "PERSON" && s <= t.start && t.end <= e);
                free.push((words.sparse(i), f64::from(u8::from(in_name))));
            }
        }
    }
    let positive = |data: &[(Vec<(u32, f64)>, f64)]| data.iter().filter(|(_, y)| *y > 0.5).count();
    Ok(Model {
        format: FORMAT.to_string(),
        trained_on: files.iter().map(|f| f.display().to_string()).collect(),
        words: free.len(),
        in_names: positive(&free),
        threshold,
        low,
        name: Head::fit(&free),
        people: people.len(),
        real: positive(&people),
        keep,
        person: Head::fit(&people),
    })
}

/// Strict counts on one language of a labelled file, by the rules alone and with the tagger.
#[derive(Debug, Default, Clone, Copy, Serialize)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    pub person_tp: usize,
    pub person_fp: usize,
    pub person_fn: usize,
}

impl Counts {
    fn add(&mut self, found: &[Match], gold: &[(&str, usize, usize)]) {
        let found: Vec<(&str, usize, usize)> = found
            .iter()
            .map(|m| (m.entity.name(), m.start, m.end))
            .collect();
        for f in &found {
            let hit = gold.contains(f);
            let person = f.0 == "PERSON";
            self.tp += usize::from(hit);
            self.fp += usize::from(!hit);
            self.person_tp += usize::from(hit && person);
            self.person_fp += usize::from(!hit && person);
        }
        for g in gold.iter().filter(|g| !found.contains(g)) {
            self.fn_ += 1;
            self.person_fn += usize::from(g.0 == "PERSON");
        }
    }

    pub fn f1(&self) -> f64 {
        2.0 * self.tp as f64 / (2 * self.tp + self.fp + self.fn_).max(1) as f64
    }

    pub fn person(&self) -> (f64, f64) {
        let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
        (
            ratio(self.person_tp, self.person_tp + self.person_fp),
            ratio(self.person_tp, self.person_tp + self.person_fn),
        )
    }
}

/// Per language of a labelled file: `(language, rules alone, rules and tagger)`.
pub fn check(model: &Model, file: &Path) -> Result<Vec<(String, Counts, Counts)>, String> {
    let mut out: Vec<(String, Counts, Counts)> = Vec::new();
    for rec in read(file)? {
        let gold = rec.gold();
        let mut found = super::rules(&rec.text);
        let at = match out.iter().position(|(l, ..)| *l == rec.lang) {
            Some(at) => at,
            None => {
                out.push((rec.lang.clone(), Counts::default(), Counts::default()));
                out.len() - 1
            }
        };
        out[at].1.add(&found, &gold);
        add_with(model, &rec.text, &mut found);
        out[at].2.add(&found, &gold);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::super::{detect, rules};
    use super::*;

    fn people(found: Vec<Match>) -> Vec<String> {
        found
            .into_iter()
            .filter(|m| m.entity == Entity::Person)
            .map(|m| m.text)
            .collect()
    }

    #[test]
    fn adds_the_names_the_rules_miss_beside_a_person_they_found() {
        for (text, missed) in [
            (
                "Anwesend: Frau Weber. Neoprengrößen bei merche. Zahlungslink an Herrn Kuhn.",
                "merche",
            ),
            (
                "Attendees: Adrian Robertson, Thembisile Mabanga. Wetsuit sizes with nathan.",
                "Thembisile Mabanga",
            ),
            (
                "Rückruf durch İrfan vor 18:05 Uhr zugesagt, Kundin Frau Gül Aydın.",
                "İrfan",
            ),
            (
                "Für: Branka Zürcher\nVon: Lambert & Cathleen\nWidmung: Alles Gute",
                "Lambert",
            ),
        ] {
            assert!(!people(rules(text)).iter().any(|p| p == missed), "{text}");
            assert!(people(detect(text)).iter().any(|p| p == missed), "{text}");
        }
    }

    #[test]
    fn joins_the_parts_of_one_name_the_rules_and_the_model_found() {
        for (text, found, name) in [
            (
                "Call with Fatima al-Khatib (Copperleaf Studio), Jul 1.",
                "Fatima",
                "Fatima al-Khatib",
            ),
            (
                "Bitte an Hinet Çetin (0152-053 7256) weiterleiten, Frau Weber weiß Bescheid.",
                "Çetin",
                "Hinet Çetin",
            ),
            (
                "very upset on the phone, name Glavor, Goran, dob 5/5/1959.",
                "Goran",
                "Glavor, Goran",
            ),
        ] {
            assert!(people(rules(text)).iter().any(|p| p == found), "{text}");
            assert!(people(detect(text)).iter().any(|p| p == name), "{text}");
        }
        // a list of people stays a list
        let text = "Attendees: Nigel Norman, Erdogan Yüksel, Jian Chen";
        assert!(people(detect(text)).len() >= 3, "{text}");
    }

    #[test]
    fn drops_a_person_the_rules_found_whose_words_read_as_no_one() {
        let text = "[10:54] Arturo (Kestrel Cycles): Hi Jennifer, it's Arturo here";
        assert!(people(rules(text)).iter().any(|p| p == "Kestrel Cycles"));
        assert_eq!(people(detect(text)), ["Arturo", "Jennifer", "Arturo"]);
        let text = "Hi Svikre,\n\njust a reminder.\n\nBest wishes,\nBramble Box";
        assert!(people(rules(text)).iter().any(|p| p == "Bramble Box"));
        assert_eq!(people(detect(text)), ["Svikre"]);
    }

    #[test]
    fn reads_no_text_in_which_the_rules_found_no_person() {
        for text in [
            "Neoprengrößen bei merche.",
            "Körpernahe Passform, Elastan und Polyamid; in Gentian und Felsgrau.",
            "Bestellung 4711 an kontakt@example.com, Tel. +49 30 1234567",
        ] {
            assert!(people(detect(text)).is_empty(), "{text}");
        }
    }

    #[test]
    fn leaves_the_words_of_other_entities_alone() {
        let text = "Frau Weber schreibt von merche.lambert@example.com aus Zimmer 4.";
        let found = detect(text);
        assert_eq!(people(found.clone()), ["Weber"]);
        assert!(found.iter().any(|m| m.entity == Entity::Email));
        // a number's label in capitals after a name is no part of it
        let text = "Z-REPORT Leeds 04/02/2025\n10:02 NO SALE - cashier: P. Lund / mgr: Shaw\n\
                    11:15 MANUAL £89.95 cashier: R. Ellis / mgr: Scott PAN 4111 1111 1111 1111\n\
                    12:40 REFUND £29.95 cashier: A. Burns / mgr: Eze";
        let found = people(detect(text));
        assert!(found.iter().any(|p| p == "Scott"), "{found:?}");
    }

    #[test]
    fn learns_from_labelled_texts_and_measures_itself() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let file = dir.path().join("names.jsonl");
        let mut lines = String::new();
        for (i, name) in ["quenby", "tilo", "ruhaldo", "ismeta", "koraly", "wendt"]
            .iter()
            .enumerate()
        {
            let text = format!("Frau Weber, Raum {i}. Neoprengrößen bei {name}.");
            let start = text.find(name).map_or(0, |b| text[..b].chars().count());
            let end = start + name.chars().count();
            lines.push_str(
                &serde_json::json!({
                    "text": text, "lang": "de",
                    "entities": [
                        {"type": "PERSON", "start": 5, "end": 10},
                        {"type": "PERSON", "start": start, "end": end},
                    ],
                })
                .to_string(),
            );
            lines.push('\n');
        }
        std::fs::write(&file, lines).unwrap_or_else(|e| panic!("{e}"));
        let model =
            train(std::slice::from_ref(&file), 0.6, 0.1, 0.0).unwrap_or_else(|e| panic!("{e}"));
        // the words the rules leave alone that may be names, and those in a name; the words of
        // the people the rules found, and those of real people
        assert!(
            model.real > 0 && model.real <= model.people,
            "{} {}",
            model.real,
            model.people
        );
        assert!(
            model.in_names > 0 && model.in_names <= model.words,
            "{} {}",
            model.in_names,
            model.words
        );
        let report = check(&model, &file).unwrap_or_else(|e| panic!("{e}"));
        let (lang, alone, both) = &report[0];
        assert_eq!(lang, "de");
        assert!(both.person().1 > alone.person().1, "{alone:?} → {both:?}");
        let broken = dir.path().join("broken.jsonl");
        std::fs::write(&broken, "{\"text\": 1}\n").unwrap_or_else(|e| panic!("{e}"));
        let err = train(&[broken], 0.6, 0.1, 0.0).err().unwrap_or_default();
        assert!(err.contains("broken.jsonl:1:"), "{err}");
    }
}
