//! `brand-guides/<brand>/brand.yaml`.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;

use crate::diag::Diagnostic;

/// How German copy addresses the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AddressForm {
    Du,
    Sie,
}

/// A brand's settings.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Brand {
    pub id: Spanned<String>,
    pub name: String,
    pub locales: Vec<String>,
    pub default_locale: Spanned<String>,
    pub address_form: AddressForm,
    /// Directories (relative to the brand folder) with Vale-format style rules.
    #[serde(default)]
    pub style_rules: Vec<Spanned<String>>,
    /// Brand, product and place names that look like people's names but are not personal data.
    #[serde(default)]
    pub allow_names: Vec<String>,
    /// The brand's own web domains: the only ones links in copy may point at.
    #[serde(default)]
    pub domains: Vec<String>,
}

impl Brand {
    /// Whether `name` names this brand: its id or its display name.
    pub fn is_named(&self, name: &str) -> bool {
        self.id.value == name || self.name == name
    }

    /// The names the PII stage must not take for people: the brand name, `allow_names`, and the
    /// capitalised words of every product title (front matter `title:` in `products/*.md`) that
    /// are no frequent words: "Wintersteig" of "Wintersteig Winter Trekking Trousers", not
    /// "Winter", which would keep "Olivia Winter" from being pseudonymised.
    pub fn names(&self, dir: &Path) -> Vec<String> {
        let mut out: Vec<String> = self.name.split_whitespace().map(str::to_string).collect();
        out.extend(self.allow_names.iter().cloned());
        let products = std::fs::read_dir(dir.join("products"))
            .map(|rd| {
                rd.filter_map(Result::ok)
                    .map(|e| e.path())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        for file in products {
            let Ok(text) = std::fs::read_to_string(&file) else {
                continue;
            };
            if let Some(title) = text
                .lines()
                .take_while(|l| !l.starts_with("# "))
                .find_map(|l| l.strip_prefix("title:"))
            {
                out.extend(
                    title
                        .split(|c: char| !c.is_alphanumeric())
                        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                        .filter(|w| !crate::guard::pii::frequent_word(w))
                        .map(str::to_string),
                );
            }
        }
        out.sort();
        out.dedup();
        out
    }
}

/// Every `brand-guides/*/brand.yaml`: the brands that loaded and every problem found.
pub fn load_brands(dir: &Path) -> (Vec<(PathBuf, Brand)>, Vec<Diagnostic>) {
    let mut brands = Vec::new();
    let mut problems = Vec::new();
    for brand_dir in crate::yaml::dirs_in(dir) {
        let file = brand_dir.join("brand.yaml");
        if !file.is_file() {
            problems.push(Diagnostic::file(
                &brand_dir,
                "a brand folder needs a brand.yaml",
            ));
            continue;
        }
        match crate::yaml::read::<Brand>(&file) {
            Ok(brand) => {
                let before = problems.len();
                validate(&brand_dir, &file, &brand, &mut problems);
                if problems.len() == before {
                    brands.push((brand_dir, brand));
                }
            }
            Err(d) => problems.push(d),
        }
    }
    (brands, problems)
}

fn validate(brand_dir: &Path, file: &Path, brand: &Brand, problems: &mut Vec<Diagnostic>) {
    let folder = brand_dir
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    if brand.id.value != folder {
        problems.push(Diagnostic::at_location(
            file,
            brand.id.referenced,
            format!(
                "id '{}' does not match the folder name '{folder}'",
                brand.id.value
            ),
        ));
    }
    if !brand.locales.contains(&brand.default_locale.value) {
        problems.push(Diagnostic::at_location(
            file,
            brand.default_locale.referenced,
            format!(
                "default_locale '{}' is not one of locales ({})",
                brand.default_locale.value,
                brand.locales.join(", ")
            ),
        ));
    }
    for dir in &brand.style_rules {
        if !brand_dir.join(&dir.value).is_dir() {
            problems.push(Diagnostic::at_location(
                file,
                dir.referenced,
                format!(
                    "style rule directory '{}' does not exist in {}",
                    dir.value,
                    brand_dir.display()
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn product_titles_lend_their_names_not_their_frequent_words() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("brand-guides");
        let (brands, problems) = load_brands(&root);
        assert!(problems.is_empty(), "{problems:?}");
        let (dir, brand) = brands
            .iter()
            .find(|(_, b)| b.is_named("talgrat"))
            .unwrap_or_else(|| panic!("the example brand"));
        let names = brand.names(dir);
        // "Wintersteig Winter Trekking Trousers", "Firstwand 3-Layer Rain Jacket"
        for name in ["Wintersteig", "Firstwand", "Talgrat"] {
            assert!(names.iter().any(|n| n == name), "{name}: {names:?}");
        }
        for word in ["Winter", "Rain", "Jacket"] {
            assert!(!names.iter().any(|n| n == word), "{word}: {names:?}");
        }
    }
}
