//! What every guard stage reports.

use serde::Serialize;

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
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

/// One finding of one stage. `start`/`end` are Unicode code-point offsets into the checked text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub stage: &'static str,
    pub rule: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity: Option<&'static str>,
    pub severity: Severity,
    pub start: usize,
    pub end: usize,
    pub message: String,
    /// The replacement text a safe fix would put in `start..end`.
    pub fix: Option<String>,
}

impl Finding {
    /// `severity rule message`, as a linter prints it.
    pub fn summary(&self) -> String {
        format!("{} {} {}", self.severity.as_str(), self.rule, self.message)
    }
}

/// The PII stage over one text: every match as an error-severity finding whose fix is its
/// placeholder.
pub fn pii_findings(text: &str) -> Vec<Finding> {
    let matches = super::pii::detect(text);
    let mut offsets = CodePoints::new(text);
    matches
        .into_iter()
        .map(|m| {
            let name = m.entity.name();
            Finding {
                stage: "pii",
                rule: format!("pii.{}", name.to_ascii_lowercase()),
                entity: Some(name),
                severity: Severity::Error,
                start: offsets.at(m.start),
                end: offsets.at(m.end),
                message: format!("{name} found: personal data must not go into copy or to a model"),
                fix: Some(format!("<{name}>")),
            }
        })
        .collect()
}

/// Byte offsets → code-point offsets, for increasing byte offsets in one pass.
struct CodePoints<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CodePoints<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text,
            byte: 0,
            chars: 0,
        }
    }

    fn at(&mut self, byte: usize) -> usize {
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

/// A finding inside a JSON output: the pointer of the string it is in, offsets within it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldFinding {
    pub pointer: String,
    #[serde(flatten)]
    pub finding: Finding,
}

/// The PII stage over every string of a JSON value.
pub fn pii_in_json(value: &serde_json::Value) -> Vec<FieldFinding> {
    let mut out = Vec::new();
    walk(value, &mut String::new(), &mut out);
    out
}

fn walk(value: &serde_json::Value, pointer: &mut String, out: &mut Vec<FieldFinding>) {
    let mut descend = |key: &str, child: &serde_json::Value, pointer: &mut String| {
        let len = pointer.len();
        pointer.push('/');
        pointer.push_str(&key.replace('~', "~0").replace('/', "~1"));
        walk(child, pointer, out);
        pointer.truncate(len);
    };
    match value {
        serde_json::Value::String(s) => {
            let found = pii_findings(s);
            out.extend(found.into_iter().map(|finding| FieldFinding {
                pointer: pointer.clone(),
                finding,
            }));
        }
        serde_json::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                descend(&i.to_string(), item, pointer);
            }
        }
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                descend(k, v, pointer);
            }
        }
        _ => {}
    }
}
