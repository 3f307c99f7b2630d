//! The brand's products by SKU, read from its product documents' front matter (`sku`, `title`),
//! so that a section naming a product only by its SKU ("Gilt für: TG-SI-100") is indexed with
//! the product's name beside it ("TG-SI-100 (Rinnental Isolationshoody)"). Questions name
//! products, claims lists and tables name SKUs: without the link neither BM25 nor the dense
//! side can tell which claim belongs to the product a question is about.

use std::path::PathBuf;

use aho_corasick::AhoCorasick;

use super::chunk::{FrontMatter, front_matter};

/// A section that names more products than this is about all of them, none in particular; its
/// SKUs stay as they are.
const MAX_LINKED: usize = 3;

/// SKU → the product's titles, one per locale.
#[derive(Default)]
pub struct Catalogue {
    skus: Vec<String>,
    titles: Vec<Vec<(Option<String>, String)>>,
    matcher: Option<AhoCorasick>,
}

impl Catalogue {
    /// The products of `files` (a brand's documents); files without `sku` and `title` in their
    /// front matter add nothing, and unreadable ones are left to the indexer to report.
    pub fn read(files: &[PathBuf]) -> Self {
        let mut out = Self::default();
        for file in files {
            let Ok(text) = std::fs::read_to_string(file) else {
                continue;
            };
            let Some(yaml) = front_matter(&text).0.filter(|y| y.contains("sku:")) else {
                continue;
            };
            let Ok(meta) = crate::yaml::parse::<FrontMatter>(file, yaml) else {
                continue;
            };
            let (Some(sku), Some(title)) = (meta.sku, meta.title) else {
                continue;
            };
            let i = match out.skus.iter().position(|s| *s == sku) {
                Some(i) => i,
                None => {
                    out.skus.push(sku);
                    out.titles.push(Vec::new());
                    out.skus.len() - 1
                }
            };
            if !out.titles[i].iter().any(|(_, t)| *t == title) {
                out.titles[i].push((meta.locale, title));
            }
        }
        out.matcher = AhoCorasick::new(&out.skus).ok();
        out
    }

    /// The catalogue entries `text` mentions (SKUs as whole words), each once, in order.
    fn mentions(&self, text: &str) -> Vec<(usize, usize)> {
        let Some(matcher) = &self.matcher else {
            return Vec::new();
        };
        let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '-');
        let mut out: Vec<(usize, usize)> = Vec::new();
        for m in matcher.find_iter(text) {
            let bounded = !word(text[..m.start()].chars().next_back())
                && !word(text[m.end()..].chars().next());
            if bounded && !out.iter().any(|&(p, _)| p == m.pattern().as_usize()) {
                out.push((m.pattern().as_usize(), m.end()));
            }
        }
        out
    }

    /// The titles that stand for product `i` in a text of `locale` (all of them when the text
    /// has none).
    fn titles_for(&self, i: usize, locale: Option<&str>) -> Vec<&str> {
        let all = &self.titles[i];
        let local: Vec<&str> = all
            .iter()
            .filter(|(l, _)| locale.is_some() && l.as_deref() == locale)
            .map(|(_, t)| t.as_str())
            .collect();
        if local.is_empty() {
            all.iter().map(|(_, t)| t.as_str()).collect()
        } else {
            local
        }
    }

    /// A fingerprint of what [`Self::link`] adds to `text`: a document whose bytes did not change
    /// is still indexed again when a product it names was renamed.
    pub fn links_of(&self, text: &str) -> String {
        self.mentions(text)
            .into_iter()
            .map(|(i, _)| {
                let titles: Vec<&str> = self.titles[i].iter().map(|(_, t)| t.as_str()).collect();
                format!("{}={}\n", self.skus[i], titles.join("|"))
            })
            .collect()
    }

    /// `text` with the product's name after the first mention of each SKU, when it names one
    /// to three products other than `own` (the document's own SKU) and not already by name.
    pub fn link(&self, text: &str, locale: Option<&str>, own: Option<&str>) -> String {
        let mentions: Vec<(usize, usize)> = self
            .mentions(text)
            .into_iter()
            .filter(|&(i, _)| own != Some(self.skus[i].as_str()))
            .collect();
        if mentions.is_empty() || mentions.len() > MAX_LINKED {
            return text.to_string();
        }
        let mut out = String::with_capacity(text.len() + 64);
        let mut last = 0;
        for (i, end) in mentions {
            let titles = self.titles_for(i, locale);
            if titles.iter().any(|t| text.contains(t)) {
                continue;
            }
            out.push_str(&text[last..end]);
            out.push_str(" (");
            out.push_str(&titles.join(" / "));
            out.push(')');
            last = end;
        }
        out.push_str(&text[last..]);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogue() -> (tempfile::TempDir, Catalogue) {
        let dir = tempfile::tempdir().unwrap();
        let write = |name: &str, text: &str| {
            let p = dir.path().join(name);
            std::fs::write(&p, text).unwrap();
            p
        };
        let files = vec![
            write(
                "hoody.de.md",
                "---\nlocale: de\nsku: TG-SI-100\ntitle: Rinnental Isolationshoody\n---\n# R\n",
            ),
            write(
                "hoody.en.md",
                "---\nlocale: en\nsku: TG-SI-100\ntitle: Rinnental Insulated Hoody\n---\n# R\n",
            ),
            write(
                "shell.en.md",
                "---\nlocale: en\nsku: TG-RJ-100\ntitle: Firstwand Jacket\n---\n",
            ),
            write("claims.md", "# Claims\nGilt für: TG-SI-100\n"),
        ];
        (dir, Catalogue::read(&files))
    }

    #[test]
    fn a_sku_gets_the_products_name_in_the_texts_language() {
        let (_dir, c) = catalogue();
        assert_eq!(
            c.link("Gilt für: TG-SI-100, nicht TG-SI-1000", Some("de"), None),
            "Gilt für: TG-SI-100 (Rinnental Isolationshoody), nicht TG-SI-1000"
        );
        assert_eq!(
            c.link("Applies to TG-SI-100 and TG-RJ-100.", None, None),
            "Applies to TG-SI-100 (Rinnental Isolationshoody / Rinnental Insulated Hoody) \
             and TG-RJ-100 (Firstwand Jacket)."
        );
    }

    #[test]
    fn own_and_named_skus_stay_as_they_are() {
        let (_dir, c) = catalogue();
        let own = "sku TG-SI-100";
        assert_eq!(c.link(own, Some("en"), Some("TG-SI-100")), own);
        let named = "| TG-RJ-100 | Firstwand Jacket |";
        assert_eq!(c.link(named, Some("en"), None), named);
        // a renamed product changes the fingerprint of the documents that name it
        assert_ne!(c.links_of("TG-SI-100"), c.links_of("TG-RJ-100"));
        assert_eq!(c.links_of("nothing"), "");
    }
}
