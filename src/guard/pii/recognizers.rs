//! Custom PII recognizers in Presidio's pattern-recognizer shape, and the PII stage that runs
//! them with the built-in recognisers and the brand's allow-list.

use std::path::Path;

use regex::Regex;
use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::diag::Diagnostic;
use crate::guard::finding::{CodePoints, matches_to_findings, pii_finding};
use crate::guard::fold::{Folded, fold};
use crate::guard::rules::compile;
use crate::guard::{Finding, Subject, Validator};

/// Score a match needs (after the context boost) to count.
const MIN_SCORE: f64 = 0.5;
/// Presidio's context enhancement.
const CONTEXT_BOOST: f64 = 0.35;
/// How many words before a match are searched for context words.
const CONTEXT_WORDS: usize = 5;

/// One recognizer as Presidio's YAML writes it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecognizerConfig {
    pub name: String,
    pub supported_entity: String,
    #[serde(default)]
    pub supported_language: Option<String>,
    pub patterns: Vec<PatternConfig>,
    #[serde(default)]
    pub context: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PatternConfig {
    pub name: String,
    pub regex: Spanned<String>,
    pub score: f64,
}

#[derive(Debug)]
struct Recognizer {
    entity: String,
    patterns: Vec<(Regex, f64)>,
    context: Vec<String>,
}

/// The PII stage: built-in recognisers, custom ones, minus the brand's allow-list.
#[derive(Debug, Default)]
pub struct PiiStage {
    custom: Vec<Recognizer>,
    /// Folded brand and product names that are never a PERSON.
    allow: Vec<String>,
}

impl PiiStage {
    pub fn build(
        configs: &[(&Path, &RecognizerConfig)],
        allow: &[String],
    ) -> Result<Self, Vec<Diagnostic>> {
        let mut problems = Vec::new();
        let mut custom = Vec::new();
        for (file, c) in configs {
            let patterns: Vec<(Regex, f64)> = c
                .patterns
                .iter()
                .filter_map(|p| {
                    compile(file, &format!("{} / {}", c.name, p.name), &p.regex)
                        .map(|r| (r, p.score))
                        .map_err(|d| problems.push(d))
                        .ok()
                })
                .collect();
            custom.push(Recognizer {
                entity: c.supported_entity.clone(),
                patterns,
                context: c.context.iter().map(|w| fold(w)).collect(),
            });
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(Self {
            custom,
            allow: allow.iter().map(|a| fold(a)).collect(),
        })
    }

    /// Findings in one text.
    pub fn findings(&self, text: &str) -> Vec<Finding> {
        let matches = self.detect(text);
        let mut out = matches_to_findings(text, matches);
        let mut offsets = CodePoints::new(text);
        for (start, end, entity) in self.custom_matches(text) {
            let span = (offsets.at(start), offsets.at(end));
            if out.iter().any(|f| f.start < span.1 && span.0 < f.end) {
                continue;
            }
            out.push(pii_finding(&entity, span));
        }
        out.sort_by_key(|f| f.start);
        out
    }

    /// What the built-in recognisers find in `text`, less the brand's own names taken for
    /// people ("Firstwand", "Talgrat").
    pub fn detect(&self, text: &str) -> Vec<super::Match> {
        let mut matches = super::detect(text);
        if !self.allow.is_empty() {
            matches.retain(|m| {
                m.entity != super::Entity::Person || {
                    let name = fold(&m.text);
                    !self
                        .allow
                        .iter()
                        .any(|a| name.split_whitespace().any(|w| w == a) || &name == a)
                }
            });
        }
        matches
    }

    /// What the custom recognizers find: `(start, end, entity)` in bytes, in order, not
    /// overlapping.
    pub fn custom_matches(&self, text: &str) -> Vec<(usize, usize, String)> {
        let mut found = Vec::new();
        if self.custom.is_empty() {
            return found;
        }
        // user patterns match transliterated text (see `rules::compile_str`)
        let folded = Folded::ascii(text);
        let bytes: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(text.len()))
            .collect();
        for r in &self.custom {
            for (regex, score) in &r.patterns {
                for m in regex.find_iter(&folded.text) {
                    let (s, e) = folded.span(m.start(), m.end());
                    let (start, end) = (bytes[s], bytes[e]);
                    let boost = if self.has_context(r, &text[..start]) {
                        CONTEXT_BOOST
                    } else {
                        0.0
                    };
                    if score + boost >= MIN_SCORE {
                        found.push((start, end, r.entity.clone()));
                    }
                }
            }
        }
        found.sort();
        let mut end = 0;
        found.retain(|(s, e, _)| {
            let keep = *s >= end;
            if keep {
                end = *e;
            }
            keep
        });
        found
    }

    fn has_context(&self, r: &Recognizer, before: &str) -> bool {
        if r.context.is_empty() {
            return false;
        }
        let folded = fold(before);
        folded
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .rev()
            .take(CONTEXT_WORDS)
            .any(|w| r.context.iter().any(|c| w.starts_with(c.as_str())))
    }
}

impl Validator for PiiStage {
    fn stage(&self) -> &'static str {
        "pii"
    }

    fn check(&self, subject: &Subject<'_>) -> Vec<Finding> {
        let mut out = Vec::new();
        for field in &subject.fields {
            out.extend(self.findings(field.text).into_iter().map(|mut f| {
                f.pointer = field.pointer.clone();
                f
            }));
        }
        out
    }
}
