//! The policy stage: blocklists and competitor names (one Aho-Corasick automaton over folded
//! text, whole words only), claim rules (regex, with the brand's approved claim wordings as an
//! allow-list), required disclaimers per channel, prompt-injection screening and the trained
//! classifier. Rules come from `policies/*.yaml`; see `policies/README.md`.

pub mod brand_copy;
pub mod classifier;
pub mod injection;

use std::path::{Path, PathBuf};

use aho_corasick::{AhoCorasick, MatchKind};
use regex::{Regex, RegexSet, RegexSetBuilder};
use serde::Deserialize;
use serde_saphyr::Spanned;

use super::fold::{Folded, fold};
use super::rules::{chars_of, compile, message, whole_word};
use super::{Action, Finding, Severity, Subject, Validator};
use crate::diag::Diagnostic;

/// One `policies/*.yaml` file: every section optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyFile {
    #[serde(default)]
    pub chain: Option<Spanned<super::chain_config::ChainConfig>>,
    #[serde(default)]
    pub blocklists: Vec<TermRule>,
    #[serde(default)]
    pub competitors: Vec<TermRule>,
    #[serde(default)]
    pub claims: Vec<ClaimRule>,
    #[serde(default)]
    pub disclaimers: Vec<DisclaimerRule>,
    #[serde(default)]
    pub injection: Option<injection::InjectionConfig>,
    #[serde(default)]
    pub classifier: Option<classifier::ClassifierConfig>,
    #[serde(default)]
    pub recognizers: Vec<crate::guard::pii::recognizers::RecognizerConfig>,
    #[serde(default)]
    pub links: Option<LinksRule>,
}

/// Links in copy must point at the brand's own domains (`domains` in brand.yaml, plus `allow`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinksRule {
    #[serde(default)]
    pub allow: Vec<String>,
    #[serde(default = "error")]
    pub severity: Severity,
    #[serde(default)]
    pub action: Option<Action>,
    pub message: String,
}

/// A list of terms or names that must not appear.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermRule {
    pub id: Spanned<String>,
    #[serde(default = "error")]
    pub severity: Severity,
    #[serde(default)]
    pub action: Option<Action>,
    pub message: String,
    #[serde(alias = "names")]
    pub terms: Vec<String>,
}

/// Claim patterns; matches inside an approved wording are allowed.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimRule {
    pub id: Spanned<String>,
    #[serde(default = "error")]
    pub severity: Severity,
    #[serde(default)]
    pub action: Option<Action>,
    pub message: String,
    pub patterns: Vec<Spanned<String>>,
}

/// A disclaimer a channel requires (when one of `when` matches, or always).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DisclaimerRule {
    pub id: Spanned<String>,
    pub channels: Vec<String>,
    #[serde(default)]
    pub when: Vec<Spanned<String>>,
    pub require: Vec<Spanned<String>>,
    #[serde(default = "error")]
    pub severity: Severity,
    #[serde(default)]
    pub action: Option<Action>,
    pub message: String,
}

fn error() -> Severity {
    Severity::Error
}

/// The file in policies/ that holds the review queue's routing rules, not guard policy.
pub const REVIEW_RULES: &str = "review.yaml";

/// Every policy file of a folder (or one file), parsed, with its path. `review.yaml` is the review
/// queue's (see [`crate::review::routing`]).
pub fn read_all(path: &Path) -> (Vec<(PathBuf, PolicyFile)>, Vec<Diagnostic>) {
    let files = if path.is_file() {
        vec![path.to_path_buf()]
    } else {
        crate::yaml::files_in(path)
            .into_iter()
            .filter(|f| f.file_name().is_none_or(|n| n != REVIEW_RULES))
            .collect()
    };
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for f in files {
        match crate::yaml::read::<PolicyFile>(&f) {
            Ok(p) => out.push((f, p)),
            Err(d) => problems.push(d),
        }
    }
    (out, problems)
}

/// Rule metadata shared by every kind of policy rule.
#[derive(Debug, Clone)]
struct Meta {
    id: String,
    severity: Severity,
    action: Option<Action>,
    message: String,
}

impl Meta {
    fn finding(&self, span: (usize, usize), matched: &str) -> Finding {
        Finding {
            rule_action: self.action,
            ..Finding::new(
                "policy",
                self.id.clone(),
                self.severity,
                span,
                message(&self.message, matched),
            )
        }
    }
}

#[derive(Debug)]
struct Claim {
    meta: Meta,
    regex: Regex,
}

#[derive(Debug)]
struct Disclaimer {
    meta: Meta,
    channels: Vec<String>,
    when: Vec<Regex>,
    require: Vec<Regex>,
}

/// The compiled policy stage.
#[derive(Debug)]
pub struct PolicyStage {
    terms: Option<AhoCorasick>,
    /// For every automaton pattern, the index of its rule in `term_rules`.
    term_owner: Vec<usize>,
    term_rules: Vec<Meta>,
    claims: Vec<Claim>,
    /// All claim patterns in one set: one pass decides which claim rules run on a field.
    claim_set: Option<RegexSet>,
    approved: Option<AhoCorasick>,
    disclaimers: Vec<Disclaimer>,
    injection: Option<injection::Screen>,
    classifier: Option<classifier::Stage>,
    /// The links rule and the domains it allows.
    links: Option<(Meta, Vec<String>)>,
}

static URL: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
    Regex::new(r"(?i)(?:https?://|(?-u:\b)www\.)(?P<host>[a-z0-9.-]+)[^\s<>\x22]*")
        .unwrap_or_else(|e| panic!("{e}"))
});

impl PolicyStage {
    /// Compile every rule of `files`; `approved` are the brand's approved claim wordings.
    pub fn build(
        files: &[(PathBuf, PolicyFile)],
        policy_dir: &Path,
        approved: &[String],
        domains: &[String],
    ) -> Result<Self, Vec<Diagnostic>> {
        let mut problems = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        let mut unique = |file: &Path, id: &Spanned<String>, problems: &mut Vec<Diagnostic>| {
            let full = qualified(&id.value);
            if seen.contains(&full) {
                problems.push(Diagnostic::at_location(
                    file,
                    id.referenced,
                    format!("rule id '{full}' is used twice"),
                ));
            }
            seen.push(full.clone());
            full
        };
        let (mut patterns, mut term_owner, mut term_rules) = (Vec::new(), Vec::new(), Vec::new());
        let (mut claims, mut disclaimers) = (Vec::new(), Vec::new());
        let (mut injection, mut classifier, mut links) = (None, None, None);
        for (file, p) in files {
            for rule in p.blocklists.iter().chain(&p.competitors) {
                let id = unique(file, &rule.id, &mut problems);
                for t in &rule.terms {
                    patterns.push(fold(t));
                    term_owner.push(term_rules.len());
                }
                term_rules.push(Meta {
                    id,
                    severity: rule.severity,
                    action: rule.action,
                    message: rule.message.clone(),
                });
            }
            for rule in &p.claims {
                let id = unique(file, &rule.id, &mut problems);
                let compiled: Vec<Regex> = rule
                    .patterns
                    .iter()
                    .filter_map(|pat| compile(file, &id, pat).map_err(|d| problems.push(d)).ok())
                    .collect();
                if compiled.len() == rule.patterns.len() {
                    let joined = compiled
                        .iter()
                        .map(|r| format!("(?:{})", r.as_str()))
                        .collect::<Vec<_>>()
                        .join("|");
                    match Regex::new(&joined) {
                        Ok(regex) => claims.push(Claim {
                            meta: meta(id, rule.severity, rule.action, &rule.message),
                            regex,
                        }),
                        Err(e) => problems.push(Diagnostic::at_location(
                            file,
                            rule.id.referenced,
                            format!("rule {}: {e}", rule.id.value),
                        )),
                    }
                }
            }
            for rule in &p.disclaimers {
                let id = unique(file, &rule.id, &mut problems);
                let mut list = |pats: &[Spanned<String>]| -> Vec<Regex> {
                    pats.iter()
                        .filter_map(|pat| {
                            compile(file, &id, pat).map_err(|d| problems.push(d)).ok()
                        })
                        .collect()
                };
                let (when, require) = (list(&rule.when), list(&rule.require));
                disclaimers.push(Disclaimer {
                    meta: meta(id.clone(), rule.severity, rule.action, &rule.message),
                    channels: rule.channels.clone(),
                    when,
                    require,
                });
            }
            if let Some(cfg) = &p.injection {
                match injection::Screen::build(file, policy_dir, cfg, domains) {
                    Ok(s) => injection = Some(s),
                    Err(d) => problems.extend(d),
                }
            }
            if let Some(rule) = &p.links {
                let mut allowed: Vec<String> = domains.iter().map(|d| d.to_lowercase()).collect();
                allowed.extend(rule.allow.iter().map(|d| d.to_lowercase()));
                links = Some((
                    meta(
                        "policy.links".to_string(),
                        rule.severity,
                        rule.action,
                        &rule.message,
                    ),
                    allowed,
                ));
            }
            if let Some(cfg) = &p.classifier {
                match classifier::Stage::load(file, policy_dir, cfg) {
                    Ok(s) => classifier = Some(s),
                    Err(d) => problems.push(d),
                }
            }
        }
        let terms = if patterns.is_empty() {
            None
        } else {
            match AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(&patterns)
            {
                Ok(ac) => Some(ac),
                Err(e) => {
                    problems.push(Diagnostic::file(policy_dir, format!("blocklists: {e}")));
                    None
                }
            }
        };
        let approved: Vec<String> = approved.iter().map(|a| fold(a)).collect();
        let approved = if approved.is_empty() {
            None
        } else {
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&approved)
                .ok()
        };
        if !problems.is_empty() {
            return Err(problems);
        }
        let claim_set = RegexSetBuilder::new(claims.iter().map(|c| c.regex.as_str()))
            .size_limit(64 << 20)
            .dfa_size_limit(64 << 20)
            .build()
            .ok();
        Ok(Self {
            terms,
            term_owner,
            term_rules,
            claims,
            claim_set,
            approved,
            disclaimers,
            injection,
            classifier,
            links,
        })
    }
}

fn qualified(id: &str) -> String {
    if id.starts_with("policy.") || id.starts_with("injection") {
        id.to_string()
    } else {
        format!("policy.{id}")
    }
}

fn meta(id: String, severity: Severity, action: Option<Action>, message: &str) -> Meta {
    Meta {
        id,
        severity,
        action,
        message: message.to_string(),
    }
}

impl Validator for PolicyStage {
    fn stage(&self) -> &'static str {
        "policy"
    }

    fn check(&self, subject: &Subject<'_>) -> Vec<Finding> {
        let mut out = Vec::new();
        for field in &subject.fields {
            let start = out.len();
            let folded = Folded::new(field.text);
            if let Some(ac) = &self.terms {
                let mut last: Option<(usize, usize, usize)> = None;
                for m in ac.find_overlapping_iter(&folded.text) {
                    if !whole_word(&folded.text, m.start(), m.end()) {
                        continue;
                    }
                    let rule = self.term_owner[m.pattern().as_usize()];
                    // one finding per rule and place: the longest of overlapping terms
                    if let Some((r, s, e)) = last
                        && r == rule
                        && m.start() < e
                    {
                        if m.end() - m.start() > e - s {
                            out.pop();
                        } else {
                            continue;
                        }
                    }
                    last = Some((rule, m.start(), m.end()));
                    let span = folded.span(m.start(), m.end());
                    let matched: String = chars_of(field.text, span);
                    out.push(self.term_rules[rule].finding(span, &matched));
                }
            }
            if !self.claims.is_empty() {
                let approved = self.approved_spans(&folded);
                let ascii = Folded::ascii(field.text);
                let fired = self.claim_set.as_ref().map(|set| set.matches(&ascii.text));
                for (c, claim) in self.claims.iter().enumerate() {
                    if fired.as_ref().is_some_and(|m| !m.matched(c)) {
                        continue;
                    }
                    for m in claim.regex.find_iter(&ascii.text) {
                        let span = ascii.span(m.start(), m.end());
                        if approved.iter().any(|&(s, e)| s <= span.0 && span.1 <= e) {
                            continue;
                        }
                        let matched: String = chars_of(field.text, span);
                        out.push(claim.meta.finding(span, &matched));
                    }
                }
            }
            if let Some(screen) = &self.injection {
                out.extend(screen.check(field.text));
            }
            if let Some(c) = &self.classifier
                && let Some(f) = c.check(field.text)
            {
                out.push(f);
            }
            if let Some((meta, allowed)) = &self.links {
                for m in URL.captures_iter(field.text) {
                    let (Some(all), Some(host)) = (m.get(0), m.name("host")) else {
                        continue;
                    };
                    let host = host.as_str().trim_end_matches('.').to_lowercase();
                    let host = host.strip_prefix("www.").unwrap_or(&host);
                    let own = allowed
                        .iter()
                        .any(|d| host == d || host.ends_with(&format!(".{d}")));
                    if !own {
                        // sentence punctuation after a link is not part of it
                        let link = all
                            .as_str()
                            .trim_end_matches(['.', ',', ';', ':', '!', '?', ')']);
                        let end = all.start() + link.len();
                        let span = super::rules::char_span(field.text, all.start(), end);
                        out.push(meta.finding(span, link));
                    }
                }
            }
            for f in &mut out[start..] {
                f.pointer = field.pointer.clone();
            }
        }
        if let Some(channel) = subject.channel {
            let ascii: Vec<Folded> = subject
                .fields
                .iter()
                .map(|f| Folded::ascii(f.text))
                .collect();
            for d in self
                .disclaimers
                .iter()
                .filter(|d| d.channels.iter().any(|c| c == channel))
            {
                let any =
                    |rs: &[Regex]| ascii.iter().any(|f| rs.iter().any(|r| r.is_match(&f.text)));
                if (d.when.is_empty() || any(&d.when)) && !any(&d.require) {
                    out.push(d.meta.finding((0, 0), channel));
                }
            }
        }
        out
    }
}

impl PolicyStage {
    /// Code-point spans of approved claim wordings in a folded field.
    fn approved_spans(&self, folded: &Folded) -> Vec<(usize, usize)> {
        self.approved
            .as_ref()
            .map(|ac| {
                ac.find_iter(&folded.text)
                    .map(|m| folded.span(m.start(), m.end()))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Injection screening alone, for inputs and retrieved text.
    pub fn screen(&self, text: &str) -> Vec<Finding> {
        self.injection
            .as_ref()
            .map(|s| s.screen(text))
            .unwrap_or_default()
    }
}

/// The approved claim wordings of a brand's `claims.md`: the quoted text on the lines naming an
/// approved wording (German „…“ or English "…").
pub fn approved_wordings(claims_md: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in claims_md.lines() {
        // the bold label at the start of a list item names what the line is
        let Some(label) = line
            .trim_start()
            .trim_start_matches(['-', '*', ' '])
            .split("**")
            .next()
            .map(str::to_lowercase)
        else {
            continue;
        };
        if !line.trim_start().starts_with("- **")
            || !(label.contains("freigegebene formulierung")
                || label.contains("approved wording")
                || label.contains("kurzform"))
        {
            continue;
        }
        out.extend(quoted(line));
    }
    out
}

/// The texts in German („…“) or English ("…", “…”) quotation marks on one line, longer than
/// three characters.
pub(crate) fn quoted(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(open) = rest.find(['„', '"', '“']) {
        let open_len = rest[open..].chars().next().map_or(1, char::len_utf8);
        let after = &rest[open + open_len..];
        let Some(close) = after.find(['“', '"', '”']) else {
            break;
        };
        let quoted = after[..close].trim();
        if quoted.chars().count() > 3 {
            out.push(quoted.to_string());
        }
        let close_len = after[close..].chars().next().map_or(1, char::len_utf8);
        rest = &after[close + close_len..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn approved_wordings_are_read_from_claims_md() {
        let md = "- **Freigegebene Formulierung DE:** „Wasserdicht mit 28.000 mm Wassersäule“\n\
                  - **Approved wording EN:** \"Waterproof with a 28,000 mm hydrostatic head\"\n\
                  - **Kurzform (Anzeigentitel):** DE „28.000 mm Wassersäule“ · EN \"28,000 mm hydrostatic head\"\n\
                  - **Nachweis:** „nicht dies“\n\
                  - **Bedingungen:** Die Kurzform nur mit Hinweis. Nicht „garantiert“.";
        assert_eq!(
            approved_wordings(md),
            [
                "Wasserdicht mit 28.000 mm Wassersäule",
                "Waterproof with a 28,000 mm hydrostatic head",
                "28.000 mm Wassersäule",
                "28,000 mm hydrostatic head"
            ]
        );
    }
}
