//! Pieces shared by the rule files of the policy and style stages: compiling user regexes with
//! errors that name the file, the rule and the position, and the `%s` message template.

use std::path::Path;

use regex::Regex;
use serde_saphyr::Spanned;

use crate::diag::Diagnostic;

/// The regex engine's limits for user patterns: a pattern that would compile to a huge automaton
/// is refused at load time instead of slowing every check.
const SIZE_LIMIT: usize = 4 << 20;

/// Compile a user pattern, or a diagnostic at the pattern's place in the YAML file naming the
/// rule and the character of the pattern where it breaks.
pub fn compile(file: &Path, rule: &str, pattern: &Spanned<String>) -> Result<Regex, Diagnostic> {
    compile_str(rule, &pattern.value)
        .map_err(|message| Diagnostic::at_location(file, pattern.referenced, message))
}

/// [`compile`] without a YAML position (patterns built from lists of tokens).
///
/// User rules match against [`Folded::ascii`] text, so the pattern is transliterated the same way
/// and its word boundaries become ASCII ones: Unicode `\b` makes the regex engine give up its
/// lazy DFA on non-ASCII (German) text and fall back to a backtracker, an order of magnitude
/// slower; on transliterated text both mean the same.
///
/// [`Folded::ascii`]: super::fold::Folded::ascii
pub fn compile_str(rule: &str, pattern: &str) -> Result<Regex, String> {
    if let Err(e) = regex_syntax::ast::parse::Parser::new().parse(pattern) {
        let at = pattern[..e.span().start.offset].chars().count() + 1;
        return Err(format!(
            "rule {rule}: invalid regex at character {at} of '{pattern}': {}",
            e.kind()
        ));
    }
    regex::RegexBuilder::new(&ascii_pattern(pattern))
        .size_limit(SIZE_LIMIT)
        .dfa_size_limit(4 * SIZE_LIMIT)
        .build()
        .map_err(|e| {
            let detail = e.to_string();
            let last = detail
                .lines()
                .last()
                .unwrap_or("invalid")
                .trim()
                .to_string();
            format!("rule {rule}: invalid regex '{pattern}': {last}")
        })
}

/// A rule message with `%s` replaced by the matched text; several arguments are separated by
/// NUL and fill successive `%s`.
pub fn message(template: &str, matched: &str) -> String {
    let mut out = template.to_string();
    for part in matched.split('\0') {
        out = out.replacen("%s", part, 1);
    }
    out
}

/// Whether a character is part of a word.
pub fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || c == '_')
}

/// Whether `start..end` of `text` is a whole word (or words).
pub fn whole_word(text: &str, start: usize, end: usize) -> bool {
    !is_word_char(text[..start].chars().next_back()) && !is_word_char(text[end..].chars().next())
}

/// The text of a code-point span.
pub fn chars_of(text: &str, (start, end): (usize, usize)) -> String {
    text.chars()
        .skip(start)
        .take(end.saturating_sub(start))
        .collect()
}

/// Byte span in `text` → code-point span.
pub fn char_span(text: &str, start: usize, end: usize) -> (usize, usize) {
    let s = text[..start].chars().count();
    (s, s + text[start..end].chars().count())
}

/// A pattern for transliterated text: literal letters transliterated, `\b`/`\B` made ASCII, and
/// `\w`/`\d` made ASCII classes (after transliteration a German or English letter is ASCII;
/// Unicode classes would make the DFA build many more states).
pub fn ascii_pattern(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars();
    let mut in_class = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('b') if !in_class => out.push_str("(?-u:\\b)"),
                Some('B') if !in_class => out.push_str("(?-u:\\B)"),
                Some('w') if in_class => out.push_str("0-9A-Za-z_"),
                Some('w') => out.push_str("[0-9A-Za-z_]"),
                Some('d') if in_class => out.push_str("0-9"),
                Some('d') => out.push_str("[0-9]"),
                Some(other) => {
                    out.push('\\');
                    out.push(other);
                }
                None => out.push('\\'),
            },
            '[' if !in_class => {
                in_class = true;
                out.push(c);
                // a `]` or `^]` right after the opening bracket is a literal
                let rest = chars.as_str();
                for lead in ["^]", "]", "^"] {
                    if rest.starts_with(lead) {
                        out.push_str(lead);
                        for _ in 0..lead.len() {
                            chars.next();
                        }
                        break;
                    }
                }
            }
            ']' if in_class => {
                in_class = false;
                out.push(c);
            }
            _ => super::fold::transliterate(c, &mut out),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_for_transliterated_text() {
        assert_eq!(
            ascii_pattern(r"(?i)\bwärmste\w*[\w-]\d+[^]ä]"),
            r"(?i)(?-u:\b)warmste[0-9A-Za-z_]*[0-9A-Za-z_-][0-9]+[^]a]"
        );
        assert!(compile_str("t", r"[^\w\s]+\b").is_ok());
    }
}
