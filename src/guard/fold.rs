//! Text folding before matching: lower case, diacritics removed (`ä` → `a`, `ß` → `ss`),
//! optionally homoglyphs mapped to ASCII and invisible characters dropped. The folded text keeps
//! a map back to code-point offsets of the original, so findings point at what the user wrote.

/// A folded copy of a text.
#[derive(Debug, Clone)]
pub struct Folded {
    pub text: String,
    /// For every byte of `text`, the code-point offset of the original character it came from;
    /// one extra entry for the end.
    origin: Vec<usize>,
}

impl Folded {
    /// Case and diacritics folded.
    pub fn new(text: &str) -> Self {
        Self::build(text, false)
    }

    /// Also homoglyphs (Cyrillic, Greek, full-width forms) mapped to ASCII and zero-width
    /// characters dropped: what injection screening matches against.
    pub fn hardened(text: &str) -> Self {
        Self::build(text, true)
    }

    /// Case kept, Latin letters with diacritics transliterated (`Ä` → `A`, `ß` → `ss`), typographic
    /// quotes, dashes and spaces made ASCII: what user rules match against, so patterns can use
    /// ASCII word boundaries and the regex engine's DFA (see [`crate::guard::rules`]).
    pub fn ascii(text: &str) -> Self {
        let mut out = String::with_capacity(text.len());
        let mut origin = Vec::with_capacity(text.len() + 1);
        let mut count = 0;
        for (i, c) in text.chars().enumerate() {
            count = i + 1;
            let before = out.len();
            transliterate(c, &mut out);
            origin.resize(origin.len() + (out.len() - before), i);
        }
        origin.push(count);
        Self { text: out, origin }
    }

    fn build(text: &str, hardened: bool) -> Self {
        let mut out = String::with_capacity(text.len());
        let mut origin = Vec::with_capacity(text.len() + 1);
        let mut count = 0;
        for (i, c) in text.chars().enumerate() {
            count = i + 1;
            if hardened && is_invisible(c) {
                continue;
            }
            let c = if hardened { homoglyph(c) } else { c };
            let before = out.len();
            fold_char(c, &mut out);
            origin.resize(origin.len() + (out.len() - before), i);
        }
        origin.push(count);
        Self { text: out, origin }
    }

    /// Code-point offset in the original text of a byte offset in the folded text.
    pub fn original(&self, byte: usize) -> usize {
        self.origin[byte.min(self.origin.len() - 1)]
    }

    /// The original span (code points) of a folded byte span.
    pub fn span(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.original(start);
        let e = if end == 0 {
            s
        } else {
            self.original(end - 1) + 1
        };
        (s, e.max(s))
    }
}

/// Transliterate one character, keeping its case (see [`Folded::ascii`]).
pub fn transliterate(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c);
        return;
    }
    match c {
        'ẞ' => return out.push_str("SS"),
        'Æ' => return out.push_str("AE"),
        'Œ' => return out.push_str("OE"),
        _ => {}
    }
    let mut lower = String::new();
    fold_char(c, &mut lower);
    if lower.is_ascii() && !lower.is_empty() {
        if c.is_uppercase() {
            out.push_str(&lower.to_ascii_uppercase());
        } else {
            out.push_str(&lower);
        }
    } else {
        out.push(c);
    }
}

/// Fold one string (no offset map): for building patterns and dictionaries.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let base = match c {
        'ß' | 'ẞ' => return out.push_str("ss"),
        'æ' | 'Æ' => return out.push_str("ae"),
        'œ' | 'Œ' => return out.push_str("oe"),
        'à'..='å' | 'À'..='Å' | 'ā' | 'Ā' | 'ă' | 'Ă' | 'ą' | 'Ą' => 'a',
        'ç' | 'Ç' | 'ć' | 'Ć' | 'č' | 'Č' => 'c',
        'ď' | 'Ď' | 'đ' | 'Đ' => 'd',
        'è'..='ë' | 'È'..='Ë' | 'ē' | 'Ē' | 'ę' | 'Ę' | 'ě' | 'Ě' => 'e',
        'ì'..='ï' | 'Ì'..='Ï' | 'ī' | 'Ī' | 'ı' => 'i',
        'ł' | 'Ł' | 'ľ' | 'Ľ' => 'l',
        'ñ' | 'Ñ' | 'ń' | 'Ń' | 'ň' | 'Ň' => 'n',
        'ò'..='ö' | 'Ò'..='Ö' | 'ø' | 'Ø' | 'ō' | 'Ō' | 'ő' | 'Ő' => 'o',
        'ř' | 'Ř' => 'r',
        'ś' | 'Ś' | 'š' | 'Š' | 'ş' | 'Ş' => 's',
        'ť' | 'Ť' | 'ţ' | 'Ţ' => 't',
        'ù'..='ü' | 'Ù'..='Ü' | 'ū' | 'Ū' | 'ů' | 'Ů' | 'ű' | 'Ű' => 'u',
        'ý' | 'Ý' | 'ÿ' | 'Ÿ' => 'y',
        'ź' | 'Ź' | 'ż' | 'Ż' | 'ž' | 'Ž' => 'z',
        // typographic quotes and dashes match their ASCII forms
        '‘' | '’' | '‚' | '′' => '\'',
        '“' | '”' | '„' | '«' | '»' => '"',
        '‐' | '‑' | '‒' | '–' | '—' => '-',
        '\u{a0}' | '\u{202f}' => ' ',
        // a combining accent, as styled letters take theirs ("𝚊̈"): dropped with the others
        '\u{300}'..='\u{36f}' => return,
        _ => {
            out.extend(c.to_lowercase());
            return;
        }
    };
    out.push(base);
}

/// Characters that render as nothing: zero-width spaces and joiners, word joiner, BOM, soft
/// hyphen, bidi controls.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{ad}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Letters from other scripts that look like ASCII letters.
fn homoglyph(c: char) -> char {
    match c {
        // Cyrillic
        'а' | 'А' => 'a',
        'в' | 'В' => 'b',
        'е' | 'Е' | 'ё' | 'Ё' => 'e',
        'і' | 'І' | 'ї' => 'i',
        'ј' | 'Ј' => 'j',
        'к' | 'К' => 'k',
        'м' | 'М' => 'm',
        'н' | 'Н' => 'h',
        'о' | 'О' => 'o',
        'р' | 'Р' => 'p',
        'с' | 'С' => 'c',
        'т' | 'Т' => 't',
        'у' | 'У' => 'y',
        'х' | 'Х' => 'x',
        'ѕ' | 'Ѕ' => 's',
        // Greek
        'α' | 'Α' => 'a',
        'β' | 'Β' => 'b',
        'ε' | 'Ε' => 'e',
        'ι' | 'Ι' => 'i',
        'κ' | 'Κ' => 'k',
        'ν' | 'Ν' => 'n',
        'ο' | 'Ο' => 'o',
        'ρ' | 'Ρ' => 'p',
        'τ' | 'Τ' => 't',
        'υ' | 'Υ' => 'u',
        'χ' | 'Χ' => 'x',
        // full-width ASCII
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
        // mathematical letters (bold, italic, script, fraktur, double-struck, sans-serif,
        // monospace: thirteen alphabets of A–Z then a–z) and digits (five sets of 0–9), which
        // render as styled text
        '\u{1d400}'..='\u{1d6a3}' => {
            let i = (c as u32 - 0x1d400) % 52;
            char::from_u32(if i < 26 {
                'A' as u32 + i
            } else {
                'a' as u32 + i - 26
            })
            .unwrap_or(c)
        }
        '\u{1d7ce}'..='\u{1d7ff}' => {
            char::from_u32('0' as u32 + (c as u32 - 0x1d7ce) % 10).unwrap_or(c)
        }
        'ℎ' => 'h',
        // circled and parenthesised letters, and the squared and negative ones of the
        // supplementary block, all in alphabetical runs
        '\u{24b6}'..='\u{24cf}' => offset('A', c, 0x24b6),
        '\u{24d0}'..='\u{24e9}' => offset('a', c, 0x24d0),
        '\u{249c}'..='\u{24b5}' => offset('a', c, 0x249c),
        '\u{1f130}'..='\u{1f189}' if (c as u32 - 0x1f130) % 32 < 26 => {
            offset('A', c, c as u32 - (c as u32 - 0x1f130) % 32)
        }
        // small capitals
        'ᴀ' => 'a',
        'ʙ' => 'b',
        'ᴄ' => 'c',
        'ᴅ' => 'd',
        'ᴇ' => 'e',
        'ꜰ' => 'f',
        'ɢ' => 'g',
        'ʜ' => 'h',
        'ɪ' => 'i',
        'ᴊ' => 'j',
        'ᴋ' => 'k',
        'ʟ' => 'l',
        'ᴍ' => 'm',
        'ɴ' => 'n',
        'ᴏ' => 'o',
        'ᴘ' => 'p',
        'ʀ' => 'r',
        'ꜱ' => 's',
        'ᴛ' => 't',
        'ᴜ' => 'u',
        'ᴠ' => 'v',
        'ᴡ' => 'w',
        'ʏ' => 'y',
        'ᴢ' => 'z',
        _ => c,
    }
}

/// The letter `c` stands for in an alphabetical run of 26 starting at `first`, from `base`.
fn offset(base: char, c: char, first: u32) -> char {
    char::from_u32(base as u32 + (c as u32 - first)).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_diacritics_and_maps_back() {
        let f = Folded::new("Größe ÄRGER");
        assert_eq!(f.text, "grosse arger");
        // "arger" starts at folded byte 7, original code point 6
        assert_eq!(f.span(7, 12), (6, 11));
        // "ss" maps back to the one "ß"
        assert_eq!(f.span(3, 5), (3, 4));
    }

    #[test]
    fn ascii_keeps_case() {
        let f = Folded::ascii("Größe „Ärger“ – ok 🔥");
        assert_eq!(f.text, "Grosse \"Arger\" - ok 🔥");
        assert_eq!(f.span(7, 14), (6, 13));
    }

    #[test]
    fn hardened_drops_invisibles_and_homoglyphs() {
        let f = Folded::hardened("ign\u{200b}оre");
        assert_eq!(f.text, "ignore");
        assert_eq!(f.span(0, 6), (0, 7));
    }

    #[test]
    fn hardened_reads_mathematical_letters_as_ascii() {
        // bold, italic (its h from the letterlike block), sans-serif bold and monospace digits
        let f = Folded::hardened("𝐖𝐫𝐢𝐭𝐞 𝑡ℎ𝑎𝑡 𝗖𝗢𝗗𝗘 𝟾𝟶");
        assert_eq!(f.text, "write that code 80");
        assert_eq!(f.span(6, 10), (6, 10));
        // circled, squared and small-capital letters; a combining accent is dropped
        assert_eq!(Folded::hardened("ⓐⓝ̃ⓐⓓⓔ 🄰🅳🅳 ꜱᴀʏ").text, "anade add say");
    }
}
