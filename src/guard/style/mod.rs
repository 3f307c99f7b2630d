//! The style stage: the brand's rules in Vale's rule format (`brand-guides/<brand>/rules/*.yml`)
//! and the built-in German du/Sie check. See `brand-guides/talgrat/rules/README.md` for the
//! supported rule types and keys.

mod address;
pub mod metric;

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use regex::{Regex, RegexSet};
use serde::Deserialize;
use serde_json::Value;
use serde_saphyr::Spanned;

use super::fold::Folded;
use super::rules::{chars_of, compile, compile_str, message};
use super::{Action, Finding, Severity, Subject, Validator};
use crate::diag::Diagnostic;
use crate::knowledge::AddressForm;
use metric::{Condition, Expr, Stats};

/// The rule types understood, as `extends:` names them.
pub const SUPPORTED: &[&str] = &[
    "existence",
    "substitution",
    "occurrence",
    "capitalization",
    "repetition",
    "conditional",
    "consistency",
    "metric",
    "readability",
];

/// One Vale rule file (keys copydesk does not use are accepted and ignored, as Vale styles carry
/// many).
#[derive(Debug, Deserialize)]
struct RuleFile {
    extends: Spanned<String>,
    #[serde(default)]
    message: String,
    #[serde(default)]
    level: Option<Severity>,
    #[serde(default)]
    scope: Option<Spanned<String>>,
    #[serde(default)]
    ignorecase: bool,
    #[serde(default)]
    nonword: bool,
    #[serde(default)]
    raw: Vec<Spanned<String>>,
    #[serde(default)]
    tokens: Vec<Spanned<String>>,
    #[serde(default)]
    exceptions: Vec<String>,
    #[serde(default)]
    swap: serde_json::Map<String, Value>,
    #[serde(default)]
    token: Option<Spanned<String>>,
    #[serde(default)]
    max: Option<f64>,
    #[serde(default)]
    min: Option<f64>,
    #[serde(default, rename = "match")]
    match_: Option<String>,
    #[serde(default)]
    alpha: bool,
    #[serde(default)]
    first: Option<Spanned<String>>,
    #[serde(default)]
    second: Option<Spanned<String>>,
    #[serde(default)]
    either: serde_json::Map<String, Value>,
    #[serde(default)]
    formula: Option<String>,
    #[serde(default)]
    condition: Option<String>,
    #[serde(default)]
    metrics: Vec<String>,
    #[serde(default)]
    grade: Option<f64>,
    #[serde(default)]
    locale: Option<String>,
    /// copydesk's action name; Vale's own `action:` mapping is ignored.
    #[serde(default)]
    action: Option<Value>,
}

#[derive(Debug, Clone, PartialEq)]
enum Scope {
    Text,
    Sentence,
    Paragraph,
    Field(String),
}

#[derive(Debug)]
enum Kind {
    Existence {
        regex: Regex,
        exceptions: HashSet<String>,
    },
    Substitution {
        swaps: Vec<(Regex, String)>,
    },
    Occurrence {
        token: Regex,
        max: Option<usize>,
        min: Option<usize>,
    },
    Capitalization {
        style: Capital,
        exceptions: Vec<String>,
    },
    Repetition {
        token: Regex,
        alpha: bool,
        ignorecase: bool,
    },
    Conditional {
        first: Regex,
        second: Regex,
        exceptions: HashSet<String>,
    },
    Consistency {
        pairs: Vec<(Regex, Regex)>,
    },
    Metric {
        formula: Expr,
        condition: Condition,
    },
    Readability {
        metrics: Vec<(Readability, f64)>,
    },
}

#[derive(Debug)]
enum Capital {
    Title,
    Sentence,
    Lower,
    Upper,
    Pattern(Regex),
}

#[derive(Debug, Clone, Copy)]
enum Readability {
    /// Grade level must not exceed the limit.
    FleschKincaid,
    /// Reading ease must reach the limit.
    Flesch,
    Amstad,
}

#[derive(Debug)]
struct Rule {
    id: String,
    severity: Severity,
    action: Option<Action>,
    message: String,
    scope: Scope,
    locale: Option<String>,
    kind: Kind,
}

/// The compiled style stage of one brand.
#[derive(Debug)]
pub struct StyleStage {
    rules: Vec<Rule>,
    address: Option<AddressForm>,
    /// Every rule's trigger patterns in one set: a rule none of whose triggers matches a field
    /// cannot fire there, so one pass per field decides which rules run at all.
    triggers: Option<RegexSet>,
    /// Per rule, its indices in `triggers`; empty = always runs.
    trigger_of: Vec<Vec<usize>>,
}

impl StyleStage {
    /// Load every `*.yml` / `*.yaml` rule in `dirs`; rule ids are `<prefix>.<file stem>`.
    pub fn load(
        prefix: &str,
        dirs: &[std::path::PathBuf],
        address: Option<AddressForm>,
    ) -> Result<Self, Vec<Diagnostic>> {
        let mut rules = Vec::new();
        let mut problems = Vec::new();
        for dir in dirs {
            for file in crate::yaml::files_in(dir) {
                let stem = file
                    .file_stem()
                    .map(|s| s.to_string_lossy().to_string())
                    .unwrap_or_default();
                let id = format!("{prefix}.{stem}");
                match crate::yaml::read::<RuleFile>(&file).and_then(|r| compile_rule(&file, id, r))
                {
                    Ok(rule) => rules.push(rule),
                    Err(d) => problems.push(d),
                }
            }
        }
        if problems.is_empty() {
            let mut patterns: Vec<String> = Vec::new();
            let trigger_of = rules
                .iter()
                .map(|r| {
                    r.kind
                        .triggers()
                        .into_iter()
                        .map(|t| {
                            patterns.push(t.as_str().to_string());
                            patterns.len() - 1
                        })
                        .collect()
                })
                .collect();
            let triggers = regex::RegexSetBuilder::new(&patterns)
                .size_limit(64 << 20)
                .dfa_size_limit(64 << 20)
                .build()
                .ok();
            Ok(Self {
                rules,
                address,
                triggers,
                trigger_of,
            })
        } else {
            Err(problems)
        }
    }

    /// How many rules were loaded.
    pub fn len(&self) -> usize {
        self.rules.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }
}

fn compile_rule(file: &Path, id: String, r: RuleFile) -> Result<Rule, Diagnostic> {
    let at = |loc: serde_saphyr::Location, m: String| Diagnostic::at_location(file, loc, m);
    let extends_at = r.extends.referenced;
    let need = |what: &str| {
        at(
            extends_at,
            format!("rule {id}: {} needs `{what}`", r.extends.value),
        )
    };
    let regex = |p: &Spanned<String>| compile(file, &id, p);
    let words = |pats: &[String], ignorecase: bool, nonword: bool| -> Result<Regex, Diagnostic> {
        let body = pats.join("|");
        let pattern = format!(
            "{}{}(?:{body}){}",
            if ignorecase { "(?i)" } else { "" },
            if nonword { "" } else { r"\b" },
            if nonword { "" } else { r"\b" },
        );
        compile_str(&id, &pattern).map_err(|m| at(extends_at, m))
    };
    // validate every user token on its own first, so an error points at the right line
    for t in r
        .tokens
        .iter()
        .chain(&r.raw)
        .chain(r.token.iter())
        .chain(r.first.iter())
        .chain(r.second.iter())
    {
        regex(t)?;
    }
    let kind = match r.extends.value.as_str() {
        "existence" => {
            let regex = if r.raw.is_empty() {
                if r.tokens.is_empty() {
                    return Err(need("tokens"));
                }
                let toks: Vec<String> = r.tokens.iter().map(|t| t.value.clone()).collect();
                words(&toks, r.ignorecase, r.nonword)?
            } else {
                let raw: String = r.raw.iter().map(|t| t.value.as_str()).collect();
                let pattern = if r.ignorecase {
                    format!("(?i){raw}")
                } else {
                    raw
                };
                compile_str(&id, &pattern).map_err(|m| at(extends_at, m))?
            };
            Kind::Existence {
                regex,
                exceptions: r.exceptions.iter().map(|e| e.to_lowercase()).collect(),
            }
        }
        "substitution" => {
            if r.swap.is_empty() {
                return Err(need("swap"));
            }
            let mut swaps = Vec::new();
            for (pattern, replacement) in &r.swap {
                let regex = words(std::slice::from_ref(pattern), r.ignorecase, r.nonword)?;
                let replacement = replacement.as_str().unwrap_or_default();
                let first = replacement
                    .split('|')
                    .next()
                    .unwrap_or_default()
                    .to_string();
                swaps.push((regex, first));
            }
            Kind::Substitution { swaps }
        }
        "occurrence" => Kind::Occurrence {
            token: regex(r.token.as_ref().ok_or_else(|| need("token"))?)?,
            max: r.max.map(|m| m as usize),
            min: r.min.map(|m| m as usize),
        },
        "capitalization" => {
            let style = match r.match_.as_deref().ok_or_else(|| need("match"))? {
                "$title" => Capital::Title,
                "$sentence" => Capital::Sentence,
                "$lower" => Capital::Lower,
                "$upper" => Capital::Upper,
                pattern => Capital::Pattern(
                    compile_str(&id, &format!("^(?:{pattern})$")).map_err(|m| at(extends_at, m))?,
                ),
            };
            Kind::Capitalization {
                style,
                exceptions: r.exceptions.clone(),
            }
        }
        "repetition" => {
            let toks: Vec<String> = if r.tokens.is_empty() {
                vec![r"[^\s]+".to_string()]
            } else {
                r.tokens.iter().map(|t| t.value.clone()).collect()
            };
            let pattern = toks.join("|");
            Kind::Repetition {
                token: compile_str(&id, &pattern).map_err(|m| at(extends_at, m))?,
                alpha: r.alpha,
                ignorecase: r.ignorecase,
            }
        }
        "conditional" => Kind::Conditional {
            first: regex(r.first.as_ref().ok_or_else(|| need("first"))?)?,
            second: regex(r.second.as_ref().ok_or_else(|| need("second"))?)?,
            exceptions: r.exceptions.iter().cloned().collect(),
        },
        "consistency" => {
            if r.either.is_empty() {
                return Err(need("either"));
            }
            let mut pairs = Vec::new();
            for (a, b) in &r.either {
                let b = b.as_str().unwrap_or_default().to_string();
                pairs.push((
                    words(std::slice::from_ref(a), r.ignorecase, r.nonword)?,
                    words(std::slice::from_ref(&b), r.ignorecase, r.nonword)?,
                ));
            }
            Kind::Consistency { pairs }
        }
        "metric" => {
            let formula = Expr::parse(r.formula.as_deref().ok_or_else(|| need("formula"))?)
                .map_err(|m| at(extends_at, format!("rule {id}: {m}")))?;
            let condition =
                Condition::parse(r.condition.as_deref().ok_or_else(|| need("condition"))?)
                    .map_err(|m| at(extends_at, format!("rule {id}: {m}")))?;
            Kind::Metric { formula, condition }
        }
        "readability" => {
            if r.metrics.is_empty() {
                return Err(need("metrics"));
            }
            let mut metrics = Vec::new();
            for m in &r.metrics {
                let (metric, limit) = match m.as_str() {
                    "Flesch-Kincaid" => (
                        Readability::FleschKincaid,
                        r.grade.ok_or_else(|| need("grade"))?,
                    ),
                    "Flesch" | "Flesch Reading Ease" => {
                        (Readability::Flesch, r.min.ok_or_else(|| need("min"))?)
                    }
                    "Amstad" => (Readability::Amstad, r.min.ok_or_else(|| need("min"))?),
                    other => {
                        return Err(at(
                            extends_at,
                            format!(
                                "rule {id}: unknown readability metric '{other}'; supported: Flesch-Kincaid (with grade), Flesch, Amstad (with min)"
                            ),
                        ));
                    }
                };
                metrics.push((metric, limit));
            }
            Kind::Readability { metrics }
        }
        other => {
            return Err(at(
                extends_at,
                format!(
                    "rule {id}: unknown rule type '{other}'; supported: {}",
                    SUPPORTED.join(", ")
                ),
            ));
        }
    };
    let scope = match r.scope.as_ref().map(|s| s.value.as_str()) {
        None | Some("text" | "raw" | "summary") => Scope::Text,
        Some("sentence") => Scope::Sentence,
        Some("paragraph") => Scope::Paragraph,
        Some(s) if s.starts_with("field.") => Scope::Field(s["field.".len()..].to_string()),
        Some(s) => {
            let loc = r.scope.as_ref().map_or(extends_at, |s| s.referenced);
            return Err(at(
                loc,
                format!(
                    "rule {id}: unknown scope '{s}'; supported: text, sentence, paragraph, field.<name>"
                ),
            ));
        }
    };
    let action = match &r.action {
        Some(Value::String(a)) => Some(
            serde_json::from_value::<Action>(Value::String(a.clone())).map_err(|_| {
                at(extends_at, format!("rule {id}: unknown action '{a}'; actions: report, fix, reask, review, filter, block"))
            })?,
        ),
        _ => None,
    };
    Ok(Rule {
        id,
        severity: r.level.unwrap_or(Severity::Suggestion),
        action,
        message: r.message,
        scope,
        locale: r.locale,
        kind,
    })
}

/// A piece of a field a rule looks at: the field index and its byte offset in the field.
struct Segment<'a> {
    field: usize,
    offset: usize,
    text: &'a str,
}

fn segments<'a>(subject: &Subject<'_>, folded: &'a [Folded], scope: &Scope) -> Vec<Segment<'a>> {
    let mut out = Vec::new();
    for (i, f) in subject.fields.iter().enumerate() {
        let text = folded[i].text.as_str();
        match scope {
            Scope::Field(name) if f.key != Some(name.as_str()) => continue,
            Scope::Text | Scope::Field(_) => out.push(Segment {
                field: i,
                offset: 0,
                text,
            }),
            Scope::Sentence | Scope::Paragraph => {
                let mut start = 0;
                let bytes = text.as_bytes();
                let mut j = 0;
                while j < bytes.len() {
                    let end_here = match scope {
                        Scope::Sentence => {
                            matches!(bytes[j], b'.' | b'!' | b'?')
                                && bytes.get(j + 1).is_none_or(|b| b.is_ascii_whitespace())
                        }
                        _ => bytes[j] == b'\n' && bytes.get(j + 1) == Some(&b'\n'),
                    };
                    if end_here {
                        out.push(Segment {
                            field: i,
                            offset: start,
                            text: &text[start..=j],
                        });
                        start = j + 1;
                    }
                    j += 1;
                }
                if text[start..].trim().chars().count() > 0 {
                    out.push(Segment {
                        field: i,
                        offset: start,
                        text: &text[start..],
                    });
                }
            }
        }
    }
    out
}

impl Validator for StyleStage {
    fn stage(&self) -> &'static str {
        "style"
    }

    fn check(&self, subject: &Subject<'_>) -> Vec<Finding> {
        let language = subject.language();
        let mut out = Vec::new();
        // rules match transliterated text (see `rules::compile_str`); spans map back
        let folded: Vec<Folded> = subject
            .fields
            .iter()
            .map(|f| Folded::ascii(f.text))
            .collect();
        let fired: Vec<regex::SetMatches> = match &self.triggers {
            Some(set) => folded.iter().map(|f| set.matches(&f.text)).collect(),
            None => Vec::new(),
        };
        for (r, rule) in self.rules.iter().enumerate() {
            if rule.locale.as_deref().is_some_and(|l| l != language) {
                continue;
            }
            if let Kind::Consistency { pairs } = &rule.kind {
                consistency(rule, pairs, subject, &folded, &mut out);
                continue;
            }
            let triggers = &self.trigger_of[r];
            let may_fire = |field: usize| {
                triggers.is_empty()
                    || fired
                        .get(field)
                        .is_none_or(|m| triggers.iter().any(|&t| m.matched(t)))
            };
            for seg in segments(subject, &folded, &rule.scope) {
                if !may_fire(seg.field) {
                    continue;
                }
                let field = &subject.fields[seg.field];
                let map = &folded[seg.field];
                // the segment as written, for rules that count characters and syllables
                let original: String =
                    if matches!(rule.kind, Kind::Metric { .. } | Kind::Readability { .. }) {
                        let whole = map.span(seg.offset, seg.offset + seg.text.len());
                        chars_of(field.text, whole)
                    } else {
                        String::new()
                    };
                let mut emit = |start: usize, end: usize, matched: &str, fix: Option<String>| {
                    let span = map.span(seg.offset + start, seg.offset + end);
                    let source: String = chars_of(field.text, span);
                    let matched = if matched == &seg.text[start..end] {
                        source.as_str()
                    } else {
                        matched
                    };
                    out.push(Finding {
                        pointer: field.pointer.clone(),
                        fix,
                        rule_action: rule.action,
                        ..Finding::new(
                            "style",
                            rule.id.clone(),
                            rule.severity,
                            span,
                            message(&rule.message, matched),
                        )
                    });
                };
                rule.kind
                    .run(seg.text, &original, language, &rule.message, &mut emit);
            }
        }
        if language == "de" {
            out.extend(address::check(subject, self.address));
        }
        out
    }
}

type Emit<'e> = dyn FnMut(usize, usize, &str, Option<String>) + 'e;

impl Kind {
    /// The patterns one of which must match for the rule to fire; none for rules that can fire
    /// on any text (limits, readability, minimum counts).
    fn triggers(&self) -> Vec<&Regex> {
        match self {
            Kind::Existence { regex, .. } => vec![regex],
            Kind::Substitution { swaps } => swaps.iter().map(|(r, _)| r).collect(),
            Kind::Occurrence {
                token, min: None, ..
            } => vec![token],
            Kind::Conditional { first, .. } => vec![first],
            _ => Vec::new(),
        }
    }

    /// Run a per-segment rule on transliterated `text` (`original` is the same segment as
    /// written, for counts); `emit(start, end, matched, fix)` with byte offsets into `text`.
    fn run(&self, text: &str, original: &str, language: &str, template: &str, emit: &mut Emit<'_>) {
        match self {
            Kind::Existence { regex, exceptions } => {
                for m in regex.find_iter(text) {
                    if !exceptions.contains(&m.as_str().to_lowercase()) {
                        emit(m.start(), m.end(), m.as_str(), None);
                    }
                }
            }
            Kind::Substitution { swaps } => {
                for (regex, replacement) in swaps {
                    for m in regex.find_iter(text) {
                        if m.as_str() == replacement {
                            continue;
                        }
                        // Vale's two-argument form: "Use '%s' instead of '%s'."
                        let shown = if template.matches("%s").count() >= 2 {
                            format!("{replacement}\u{0}{}", m.as_str())
                        } else {
                            replacement.clone()
                        };
                        emit(m.start(), m.end(), &shown, Some(replacement.clone()));
                    }
                }
            }
            Kind::Occurrence { token, max, min } => {
                let found: Vec<_> = token.find_iter(text).collect();
                if let Some(max) = max
                    && let Some(m) = found.get(*max)
                {
                    emit(m.start(), m.end(), m.as_str(), None);
                }
                if let Some(min) = min
                    && found.len() < *min
                {
                    emit(0, text.len(), text, None);
                }
            }
            Kind::Capitalization { style, exceptions } => {
                let trimmed = text.trim();
                if trimmed.is_empty() || exceptions.iter().any(|e| e == trimmed) {
                    return;
                }
                let ok = match style {
                    Capital::Upper => trimmed.to_uppercase() == trimmed,
                    Capital::Lower => trimmed.to_lowercase() == trimmed,
                    Capital::Sentence => trimmed.chars().next().is_some_and(|c| !c.is_lowercase()),
                    Capital::Title => trimmed
                        .split_whitespace()
                        .filter(|w| w.chars().count() > 3 && !exceptions.iter().any(|e| e == w))
                        .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase())),
                    Capital::Pattern(r) => r.is_match(trimmed),
                };
                if !ok {
                    let start = text.len() - text.trim_start().len();
                    emit(start, start + trimmed.len(), trimmed, None);
                }
            }
            Kind::Repetition {
                token,
                alpha,
                ignorecase,
            } => {
                let mut prev: Option<regex::Match<'_>> = None;
                for m in token.find_iter(text) {
                    if *alpha && !m.as_str().chars().all(char::is_alphabetic) {
                        prev = None;
                        continue;
                    }
                    if let Some(p) = prev {
                        let same = if *ignorecase {
                            p.as_str().to_lowercase() == m.as_str().to_lowercase()
                        } else {
                            p.as_str() == m.as_str()
                        };
                        if same && text[p.end()..m.start()].trim().is_empty() {
                            emit(p.start(), m.end(), m.as_str(), Some(p.as_str().to_string()));
                        }
                    }
                    prev = Some(m);
                }
            }
            Kind::Conditional {
                first,
                second,
                exceptions,
            } => {
                let defined: HashSet<&str> = second
                    .captures_iter(text)
                    .filter_map(|c| c.get(1).or_else(|| c.get(0)))
                    .map(|m| m.as_str())
                    .collect();
                for c in first.captures_iter(text) {
                    let Some(m) = c.get(1).or_else(|| c.get(0)) else {
                        continue;
                    };
                    if !defined.contains(m.as_str()) && !exceptions.contains(m.as_str()) {
                        emit(m.start(), m.end(), m.as_str(), None);
                    }
                }
            }
            Kind::Consistency { .. } => {}
            Kind::Metric { formula, condition } => {
                let value = formula.eval(&Stats::of(original, language == "en"));
                if condition.holds(value) {
                    emit(0, text.len(), &format!("{value:.0}"), None);
                }
            }
            Kind::Readability { metrics } => {
                let stats = Stats::of(original, language == "en");
                if stats.words < 8.0 {
                    return;
                }
                for (metric, limit) in metrics {
                    let (value, bad) = match metric {
                        Readability::FleschKincaid => {
                            (stats.flesch_kincaid(), stats.flesch_kincaid() > *limit)
                        }
                        Readability::Flesch => (stats.flesch(), stats.flesch() < *limit),
                        Readability::Amstad => (stats.amstad(), stats.amstad() < *limit),
                    };
                    if bad {
                        emit(0, text.len(), &format!("{value:.0}"), None);
                    }
                }
            }
        }
    }
}

/// `consistency`: both spellings of a pair in one scope → a finding at each use of the one that
/// appears later.
fn consistency(
    rule: &Rule,
    pairs: &[(Regex, Regex)],
    subject: &Subject<'_>,
    folded: &[Folded],
    out: &mut Vec<Finding>,
) {
    let segs = segments(subject, folded, &rule.scope);
    for (a, b) in pairs {
        let mut first_of: BTreeMap<u8, (usize, usize)> = BTreeMap::new();
        let mut hits: Vec<(u8, usize, regex::Match<'_>)> = Vec::new();
        for (k, seg) in segs.iter().enumerate() {
            for (which, r) in [(0u8, a), (1u8, b)] {
                for m in r.find_iter(seg.text) {
                    first_of.entry(which).or_insert((k, m.start()));
                    hits.push((which, k, m));
                }
            }
        }
        if first_of.len() < 2 {
            continue;
        }
        let later = if first_of[&0] <= first_of[&1] { 1 } else { 0 };
        for (_, k, m) in hits.into_iter().filter(|h| h.0 == later) {
            let seg = &segs[k];
            let field = &subject.fields[seg.field];
            let span = folded[seg.field].span(seg.offset + m.start(), seg.offset + m.end());
            out.push(Finding {
                pointer: field.pointer.clone(),
                rule_action: rule.action,
                ..Finding::new(
                    "style",
                    rule.id.clone(),
                    rule.severity,
                    span,
                    message(&rule.message, m.as_str()),
                )
            });
        }
    }
}
