//! What every guard stage reports.

use serde::{Deserialize, Serialize};

use super::Action;

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Suggestion,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Suggestion => "suggestion",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One finding of one stage. `start`/`end` are Unicode code-point offsets into the checked text
/// (the field named by `pointer` when the copy is JSON).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub stage: &'static str,
    pub rule: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
    pub severity: Severity,
    /// JSON pointer of the field; empty for plain text.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub pointer: String,
    pub start: usize,
    pub end: usize,
    pub message: String,
    /// The replacement text a safe fix would put in `start..end`.
    pub fix: Option<String>,
    /// What the chain does about it (set by the chain from the rule and stage configuration).
    pub action: Action,
    /// The action the rule itself names, if any (wins over the stage's).
    #[serde(skip)]
    pub rule_action: Option<Action>,
}

impl Finding {
    /// A finding with no fix, no entity and no action yet.
    pub fn new(
        stage: &'static str,
        rule: impl Into<String>,
        severity: Severity,
        (start, end): (usize, usize),
        message: impl Into<String>,
    ) -> Self {
        Self {
            stage,
            rule: rule.into(),
            entity: None,
            severity,
            pointer: String::new(),
            start,
            end,
            message: message.into(),
            fix: None,
            action: Action::Report,
            rule_action: None,
        }
    }

    /// `severity rule message`, as a linter prints it.
    pub fn summary(&self) -> String {
        format!("{} {} {}", self.severity.as_str(), self.rule, self.message)
    }
}

/// The built-in PII recognisers over one text: every match as an error-severity finding whose
/// fix is its placeholder.
pub fn pii_findings(text: &str) -> Vec<Finding> {
    matches_to_findings(text, super::pii::detect(text))
}

/// PII matches (byte offsets) as findings (code-point offsets).
pub fn matches_to_findings(text: &str, matches: Vec<super::pii::Match>) -> Vec<Finding> {
    let mut offsets = CodePoints::new(text);
    matches
        .into_iter()
        .map(|m| pii_finding(m.entity.name(), (offsets.at(m.start), offsets.at(m.end))))
        .collect()
}

/// The finding for personal data of kind `entity` at a code-point span; its fix is the
/// placeholder.
pub fn pii_finding(entity: &str, span: (usize, usize)) -> Finding {
    Finding {
        entity: Some(entity.to_string()),
        fix: Some(format!("<{entity}>")),
        ..Finding::new(
            "pii",
            format!("pii.{}", entity.to_ascii_lowercase()),
            Severity::Error,
            span,
            format!("{entity} found: personal data must not go into copy or to a model"),
        )
    }
}

/// Byte offsets → code-point offsets, for increasing byte offsets in one pass.
#[derive(Debug)]
pub struct CodePoints<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CodePoints<'a> {
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            byte: 0,
            chars: 0,
        }
    }

    pub fn at(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += self.text[self.byte..byte].chars().count();
        self.byte = byte;
        self.chars
    }
}

/// Apply the fixes of `findings` (code-point offsets, in order, not overlapping) to `text`.
pub fn apply_fixes(text: &str, findings: &[Finding]) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for f in findings {
        let Some(fix) = f.fix.as_deref() else {
            continue;
        };
        if f.start < last {
            continue;
        }
        out.extend(&chars[last..f.start]);
        out.push_str(fix);
        last = f.end;
    }
    out.extend(&chars[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_are_code_points_and_fixes_apply() {
        let text = "Grüße an anna@example.org – danke";
        let f = pii_findings(text);
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].start, f[0].end), (9, 25));
        assert_eq!(
            text.chars().skip(9).take(16).collect::<String>(),
            "anna@example.org"
        );
        assert_eq!(apply_fixes(text, &f), "Grüße an <EMAIL> – danke");
    }
}
