//! The brand's own approved copy as negative examples for the policy classifier.
//!
//! A classifier trained only on hand-labelled ad lines learns that product words occur in
//! violations (most violation examples name a product) and then flags short harmless headlines
//! such as a product's own title. The brand folder already holds a lot of copy that is approved
//! by definition: product titles, the sentences and bullets of the product sheets, every
//! approved claim wording and the glossary's terms. `copydesk policy train --brand B` adds them as
//! `approved` lines. Sections that list what *not* to say ("Was wir nicht sagen", "What we don't
//! say", "Claims, die wir nicht machen") are left out, and so are the voice and legal documents,
//! whose examples mix right and wrong on purpose.
//!
//! For the injection classifier every document is benign, rules for writers included: none of it
//! is addressed to the model. `--documents` adds each document's chunks, as `copydesk index`
//! cuts them and retrieval hands them to the screen, so the brand's own guides are not
//! withheld from the model as instructions.

use std::path::Path;

use super::classifier::{Example, Label};
use super::{approved_wordings, quoted};
use crate::knowledge::chunk::{Budget, FrontMatter, chunk, front_matter, sections};
use crate::knowledge::index::documents;

/// The category the lines get, so training reports them apart.
pub const CATEGORY: &str = "brand-copy";
/// The category of whole document chunks.
pub const DOCUMENT_CATEGORY: &str = "brand-document";

/// Words in a section heading that mark a list of things not to say.
const NEGATIVE_HEADINGS: &[&str] = &[
    "nicht", "vermeid", "verbot", "not ", "n't", "avoid", "never", "falsch", "wrong",
];

/// Every approved line of the brand folder `brand_dir`, de-duplicated, in document order.
pub fn examples(brand_dir: &Path) -> Vec<Example> {
    let mut out: Vec<Example> = Vec::new();
    for (path, meta, body) in read(brand_dir) {
        let body = body.as_str();
        let name = path.file_name().map(|n| n.to_string_lossy().to_lowercase());
        let kind = meta.doc_type.as_deref().unwrap_or_default();
        let lines = if kind == "product" {
            product_lines(body, meta.title.as_deref())
        } else if name.as_deref() == Some("claims.md") || kind == "claims" {
            approved_wordings(body)
        } else if kind == "glossary" || name.as_deref().is_some_and(|n| n.starts_with("glossary")) {
            glossary_terms(body)
        } else {
            Vec::new()
        };
        for line in lines {
            if !out.iter().any(|e| e.text == line) {
                out.push(Example {
                    text: line,
                    label: Label::Approved,
                    category: Some(CATEGORY.to_string()),
                    locale: meta.locale.clone(),
                });
            }
        }
    }
    out
}

/// Every chunk of every document of the brand folder `brand_dir` as a benign line (heading path
/// first, as indexed), in document order.
pub fn document_chunks(brand_dir: &Path) -> Vec<Example> {
    read(brand_dir)
        .into_iter()
        .flat_map(|(_, meta, body)| {
            chunk(&body, Budget::default())
                .into_iter()
                .map(move |c| Example {
                    text: c.text,
                    label: Label::Approved,
                    category: Some(DOCUMENT_CATEGORY.to_string()),
                    locale: meta.locale.clone(),
                })
        })
        .collect()
}

/// The readable documents of a brand folder: path, front matter and body.
fn read(brand_dir: &Path) -> Vec<(std::path::PathBuf, FrontMatter, String)> {
    documents(brand_dir)
        .into_iter()
        .filter_map(|path| {
            let text = std::fs::read_to_string(&path).ok()?;
            let (meta, body) = front_matter(&text);
            let meta: FrontMatter = meta
                .and_then(|m| serde_saphyr::from_str(m).ok())
                .unwrap_or_default();
            let body = body.to_string();
            Some((path, meta, body))
        })
        .collect()
}

fn negative(heading_path: &str) -> bool {
    let last = heading_path
        .rsplit(" > ")
        .next()
        .unwrap_or_default()
        .to_lowercase()
        + " ";
    NEGATIVE_HEADINGS.iter().any(|w| last.contains(w))
}

/// The title, then the sentences and list items of every section that is not a list of
/// things not to say; approved claims are taken by their quoted wording.
fn product_lines(body: &str, title: Option<&str>) -> Vec<String> {
    let mut out: Vec<String> = title.map(str::to_string).into_iter().collect();
    for (heading_path, text) in sections(body) {
        if negative(&heading_path) {
            continue;
        }
        for line in text.lines() {
            let quoted = if line.trim_start().starts_with("- **") {
                quoted(line)
            } else {
                Vec::new()
            };
            if !quoted.is_empty() {
                out.extend(quoted);
                continue;
            }
            out.extend(sentences(&plain(line)));
        }
    }
    out
}

/// The glossary's terms: its level-2 headings.
fn glossary_terms(body: &str) -> Vec<String> {
    body.lines()
        .filter_map(|l| l.strip_prefix("## "))
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect()
}

/// A Markdown line without list markers, emphasis and code ticks.
fn plain(line: &str) -> String {
    line.trim()
        .trim_start_matches(['-', '*', '+'])
        .replace("**", "")
        .replace('`', "")
        .trim()
        .to_string()
}

/// Sentences of a paragraph (split after `.`, `!` or `?` followed by a space and a capital),
/// each at least two words long.
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let ends = matches!(c, '.' | '!' | '?')
            && chars.get(k + 1).is_some_and(|&(_, n)| n == ' ')
            && chars.get(k + 2).is_some_and(|&(_, n)| n.is_uppercase());
        if ends {
            out.push(text[start..=i].trim().to_string());
            start = i + 1;
        }
    }
    out.push(text[start..].trim().to_string());
    out.retain(|s| s.split_whitespace().count() >= 2);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn product_sheets_give_titles_sentences_and_claims_but_not_what_not_to_say() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("products")).unwrap();
        std::fs::write(
            dir.path().join("products/jacke.de.md"),
            "---\ndoc_type: product\nlocale: de\ntitle: Firstwand 3-Lagen-Regenjacke\n---\n\
             # Firstwand\n\n## Überblick\n\nDie Firstwand ist leicht. Sie wiegt 395 g.\n\n\
             ## Ausstattung\n\n- **Kapuze:** helmkompatibel\n\n\
             ## Freigegebene Claims\n\n- **C-01:** „Wasserdicht mit 28.000 mm Wassersäule“\n\n\
             ## Was wir nicht sagen\n\n- Nicht „die beste Jacke“.\n",
        )
        .unwrap();
        std::fs::write(
            dir.path().join("voice.de.md"),
            "# Stimme\n\n- Falsch: „Eine nachhaltige Jacke.“\n",
        )
        .unwrap();
        let texts: Vec<String> = examples(dir.path()).into_iter().map(|e| e.text).collect();
        assert_eq!(
            texts,
            [
                "Firstwand 3-Lagen-Regenjacke",
                "Die Firstwand ist leicht.",
                "Sie wiegt 395 g.",
                "Kapuze: helmkompatibel",
                "Wasserdicht mit 28.000 mm Wassersäule",
            ]
        );
    }

    #[test]
    fn document_chunks_are_every_section_rules_for_writers_included() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("voice.de.md"),
            "---\nlocale: de\n---\n# Stimme\n\n## Was wir nicht sagen\n\n\
             - Nenne nie Wettbewerber.\n\n## Satzzeichen\n\nKein Ausrufezeichen in Überschriften.\n",
        )
        .unwrap();
        let chunks = document_chunks(dir.path());
        let texts: Vec<&str> = chunks.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(chunks.len(), 2, "{texts:?}");
        assert!(
            texts[0].starts_with("Stimme > Was wir nicht sagen\n")
                && texts[0].contains("Nenne nie Wettbewerber.")
        );
        assert!(texts[1].contains("Kein Ausrufezeichen"));
        assert!(chunks.iter().all(|e| e.label == Label::Approved
            && e.category.as_deref() == Some(DOCUMENT_CATEGORY)
            && e.locale.as_deref() == Some("de")));
    }
}
