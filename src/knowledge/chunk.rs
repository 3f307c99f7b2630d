//! Brand documents → chunks along the heading structure.
//!
//! A Markdown document is split at its headings; every chunk belongs to one section and keeps
//! its *source* (`path#H1 > H2 > …`), so results can be cited and labelled. A section longer than
//! the token budget is split at paragraph (then sentence, then word) boundaries into several
//! chunks with the same source, each starting with a few tokens of the previous one (overlap).
//! Tokens are counted with tiktoken's cl100k_base, built once per process.

use serde::{Deserialize, Serialize};

use crate::cost::tokens::Encoding;

/// Tokens in `text`, for chunk budgets.
pub fn tokens(text: &str) -> usize {
    Encoding::Cl100kBase.count(text)
}

/// Front matter of a brand document (all optional).
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
pub struct FrontMatter {
    #[serde(default)]
    pub doc_type: Option<String>,
    #[serde(default)]
    pub locale: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub sku: Option<String>,
}

/// How documents are cut.
#[derive(Debug, Clone, Copy)]
pub struct Budget {
    /// Most tokens per chunk.
    pub max_tokens: usize,
    /// Tokens of the previous piece repeated at the start of the next when a section is split.
    pub overlap: usize,
}

impl Default for Budget {
    fn default() -> Self {
        Self {
            max_tokens: 256,
            overlap: 32,
        }
    }
}

/// One piece of a document.
#[derive(Debug, Clone, PartialEq)]
pub struct Chunk {
    /// `H1 > H2 > …` of the section.
    pub heading_path: String,
    /// The text as indexed: the heading path as a title line, then the section text.
    pub text: String,
    /// Index of the piece within its section.
    pub part: usize,
}

/// Split off YAML front matter (between `---` lines at the very top).
pub fn front_matter(text: &str) -> (Option<&str>, &str) {
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return (None, text);
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            return (Some(&rest[..offset]), &rest[offset + line.len()..]);
        }
        offset += line.len();
    }
    (None, text)
}

/// Sections of a Markdown body: `(heading path, text)`, headings inside fenced code ignored.
pub(crate) fn sections(body: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = vec![(String::new(), String::new())];
    let mut stack: Vec<(usize, String)> = Vec::new();
    let mut fenced = false;
    for line in body.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fenced = !fenced;
        }
        let level = trimmed.chars().take_while(|&c| c == '#').count();
        let is_heading = !fenced
            && (1..=6).contains(&level)
            && trimmed[level..].starts_with(' ')
            && line.len() - trimmed.len() < 4;
        if is_heading {
            let title = trimmed[level..]
                .trim()
                .trim_end_matches('#')
                .trim()
                .to_string();
            stack.retain(|(l, _)| *l < level);
            stack.push((level, title));
            let path = stack
                .iter()
                .map(|(_, t)| t.as_str())
                .collect::<Vec<_>>()
                .join(" > ");
            out.push((path, String::new()));
        } else if let Some(last) = out.last_mut() {
            last.1.push_str(line);
            last.1.push('\n');
        }
    }
    out.into_iter()
        .map(|(p, t)| (p, t.trim().to_string()))
        .filter(|(_, t)| !t.is_empty())
        .collect()
}

/// Chunks of one document body (front matter already removed).
pub fn chunk(body: &str, budget: Budget) -> Vec<Chunk> {
    let mut out = Vec::new();
    for (heading_path, text) in sections(body) {
        let title = if heading_path.is_empty() {
            String::new()
        } else {
            format!("{heading_path}\n")
        };
        let room = budget.max_tokens.saturating_sub(tokens(&title)).max(16);
        for (part, piece) in split(&text, room, budget.overlap).into_iter().enumerate() {
            out.push(Chunk {
                heading_path: heading_path.clone(),
                text: format!("{title}{piece}"),
                part,
            });
        }
    }
    out
}

/// Split `text` into pieces of at most `room` tokens at the coarsest boundary that fits:
/// paragraphs, then sentences, then words; each piece after the first starts with the last
/// `overlap` tokens' worth of words of the one before.
fn split(text: &str, room: usize, overlap: usize) -> Vec<String> {
    if tokens(text) <= room {
        return vec![text.to_string()];
    }
    let units: Vec<&str> = if text.contains("\n\n") {
        text.split("\n\n").collect()
    } else if text.contains(". ") {
        text.split_inclusive(". ").collect()
    } else {
        text.split_inclusive(' ').collect()
    };
    let mut pieces: Vec<String> = Vec::new();
    let mut current = String::new();
    for unit in units {
        let sep = if text.contains("\n\n") && !current.is_empty() {
            "\n\n"
        } else {
            ""
        };
        if !current.is_empty() && tokens(&current) + tokens(unit) + 1 > room {
            pieces.push(std::mem::take(&mut current));
            if let Some(prev) = pieces.last() {
                current = tail_words(prev, overlap);
                if !current.is_empty() {
                    current.push(' ');
                }
            }
            current.push_str(unit.trim_start());
            continue;
        }
        current.push_str(sep);
        current.push_str(unit);
    }
    if !current.trim().is_empty() {
        pieces.push(current);
    }
    // a single unit larger than the room is split further
    pieces
        .into_iter()
        .flat_map(|p| {
            if tokens(&p) > room && p.split_whitespace().count() > 1 && p.contains(' ') {
                let words: Vec<&str> = p.split_inclusive(' ').collect();
                let mut out = Vec::new();
                let mut cur = String::new();
                for w in words {
                    if !cur.is_empty() && tokens(&cur) + tokens(w) > room {
                        out.push(std::mem::take(&mut cur));
                    }
                    cur.push_str(w);
                }
                if !cur.trim().is_empty() {
                    out.push(cur);
                }
                out
            } else {
                vec![p]
            }
        })
        .map(|p| p.trim().to_string())
        .collect()
}

/// The last words of `text` worth about `n` tokens.
fn tail_words(text: &str, n: usize) -> String {
    if n == 0 {
        return String::new();
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut start = words.len();
    while start > 0 && tokens(&words[start - 1..].join(" ")) <= n {
        start -= 1;
    }
    words[start..].join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_and_heading_paths() {
        let doc = "---\nlocale: de\ntags: [a]\n---\n\n# Jacke\n\nIntro.\n\n## Preis\n\n349,95 €\n\n```\n# kein Titel\n```\n\n### Größen\n\nS, M, L\n";
        let (fm, body) = front_matter(doc);
        assert_eq!(fm, Some("locale: de\ntags: [a]\n"));
        let chunks = chunk(body, Budget::default());
        let paths: Vec<&str> = chunks.iter().map(|c| c.heading_path.as_str()).collect();
        assert_eq!(paths, ["Jacke", "Jacke > Preis", "Jacke > Preis > Größen"]);
        assert!(chunks[1].text.contains("# kein Titel"));
        assert!(chunks[2].text.starts_with("Jacke > Preis > Größen\n"));
    }

    #[test]
    fn long_sections_split_under_the_budget_with_overlap() {
        let para =
            "Der Außenstoff ist ein recyceltes Polyamid mit PFC-freier Imprägnierung. ".repeat(40);
        let body = format!("# Lang\n\n{para}");
        let chunks = chunk(
            &body,
            Budget {
                max_tokens: 64,
                overlap: 8,
            },
        );
        assert!(chunks.len() > 3);
        for c in &chunks {
            assert!(tokens(&c.text) <= 64 + 8, "{} tokens", tokens(&c.text));
            assert_eq!(c.heading_path, "Lang");
        }
        let second = &chunks[1].text;
        let first_tail: Vec<&str> = chunks[0].text.split_whitespace().rev().take(2).collect();
        assert!(second.contains(first_tail[0]), "no overlap: {second}");
    }
}
