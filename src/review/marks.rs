//! A text's findings on their spans: each string field of an output cut into runs, the runs a
//! finding covers marked with its severity and note. The CLI colours them, the pages wrap them
//! in `<mark>`.

use serde::Serialize;
use serde_json::Value;

/// One string field of an output, cut into runs with the findings on it marked.
#[derive(Debug, Serialize)]
pub struct Marked {
    pub pointer: String,
    pub runs: Vec<Run>,
}

#[derive(Debug, Serialize)]
pub struct Run {
    pub text: String,
    /// `error` or `warning` for a finding's span.
    pub mark: Option<String>,
    /// The finding's rule and message.
    pub note: Option<String>,
}

/// An output's string fields with each finding's code-point span marked (findings as stored:
/// pointer, start, end, severity, rule, message).
pub fn marked(output: &Value, findings: &[Value]) -> Vec<Marked> {
    let subject = crate::guard::Subject::json(output);
    let fields: Vec<(String, String)> = if subject.fields.is_empty() {
        vec![(
            String::new(),
            output.as_str().unwrap_or_default().to_string(),
        )]
    } else {
        subject
            .fields
            .iter()
            .map(|f| (f.pointer.clone(), f.text.to_string()))
            .collect()
    };
    fields
        .into_iter()
        .map(|(pointer, text)| {
            let mut spans: Vec<(usize, usize, &Value)> = findings
                .iter()
                .filter(|f| f["pointer"].as_str().unwrap_or_default() == pointer)
                .filter_map(|f| {
                    let (s, e) = (f["start"].as_u64()? as usize, f["end"].as_u64()? as usize);
                    (e > s).then_some((s, e, f))
                })
                .collect();
            spans.sort_by_key(|s| (s.0, s.1));
            let chars: Vec<char> = text.chars().collect();
            let mut runs = Vec::new();
            let mut at = 0;
            for (s, e, f) in spans {
                let (s, e) = (s.max(at).min(chars.len()), e.min(chars.len()));
                if s >= e {
                    continue;
                }
                if at < s {
                    runs.push(Run {
                        text: chars[at..s].iter().collect(),
                        mark: None,
                        note: None,
                    });
                }
                runs.push(Run {
                    text: chars[s..e].iter().collect(),
                    mark: Some(
                        if f["severity"] == "error" {
                            "error"
                        } else {
                            "warning"
                        }
                        .into(),
                    ),
                    note: Some(format!(
                        "{}: {}",
                        f["rule"].as_str().unwrap_or_default(),
                        f["message"].as_str().unwrap_or_default()
                    )),
                });
                at = e;
            }
            if at < chars.len() {
                runs.push(Run {
                    text: chars[at..].iter().collect(),
                    mark: None,
                    note: None,
                });
            }
            Marked { pointer, runs }
        })
        .collect()
}
