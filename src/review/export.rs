//! Decided items out of the queue: upload rows for ad platforms (JSONL with who decided and when,
//! or CSV in the channel's columns), regression eval cases, and labelled classifier examples.
//! The CLI writes these to stdout or files, the server as downloads.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::State;
use super::edit::current;
use super::queue::{Event, Filter, Item, Queue, QueueError};

/// Items in `state` (of one prompt, when named), oldest first.
fn decided(queue: &Queue, state: State, prompt: Option<&str>) -> Result<Vec<Item>, QueueError> {
    queue.list(&Filter {
        state: Some(state),
        prompt: prompt.map(str::to_string),
        brand: None,
    })
}

/// The last decision of an item: who, when, comment.
fn decision(queue: &Queue, id: i64) -> Result<Option<Event>, QueueError> {
    Ok(queue
        .events(Some(id))?
        .into_iter()
        .rev()
        .find(|e| e.action == "approve" || e.action == "reject" || e.action == "enter"))
}

/// The rules behind a list of findings.
pub fn rules_of(findings: &Value) -> Vec<String> {
    findings
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| f["rule"].as_str().map(str::to_string))
        .collect()
}

/// One JSON line per item in `state`: prompt, brand, channel, who decided and when, output.
pub fn jsonl(queue: &Queue, state: State, prompt: Option<&str>) -> Result<String, QueueError> {
    let mut out = String::new();
    for item in decided(queue, state, prompt)? {
        let (text, _) = current(queue, item.id)?;
        let by = decision(queue, item.id)?;
        let line = json!({
            "id": item.id,
            "prompt": item.origin.prompt,
            "prompt_hash": item.origin.prompt_hash,
            "brand": item.origin.brand,
            "channel": item.origin.channel,
            "state": item.state,
            "reviewer": by.as_ref().map(|e| e.reviewer.clone()),
            "decided_ms": by.as_ref().map(|e| e.time_ms),
            "output": serde_json::from_str::<Value>(&text).unwrap_or(Value::String(text)),
        });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    Ok(out)
}

/// Items in `state` as an ad platform's upload CSV (the first item's channel decides the
/// columns).
pub fn csv(queue: &Queue, state: State, prompt: Option<&str>) -> Result<String, QueueError> {
    let items = decided(queue, state, prompt)?;
    let rows: Vec<BTreeMap<String, String>> = items
        .iter()
        .map(|item| Ok(platform_row(item, &current(queue, item.id)?.0)))
        .collect::<Result<_, QueueError>>()?;
    Ok(csv_text(
        &rows,
        items.first().and_then(|i| i.origin.channel.as_deref()),
    ))
}

/// Approved and rejected items as eval cases and as classifier example lines.
#[derive(Debug, Default)]
pub struct Learning {
    /// An eval suite (YAML) of the decided items.
    pub suite: String,
    pub cases: usize,
    /// Labelled example lines (JSONL), one per string field.
    pub examples: String,
}

/// The decided items of a prompt (or all) as regression cases and classifier examples.
pub fn learning(queue: &Queue, prompt: Option<&str>) -> Result<Learning, QueueError> {
    let mut items = decided(queue, State::Approved, prompt)?;
    items.extend(decided(queue, State::Rejected, prompt)?);
    items.sort_by_key(|i| i.id);
    let mut cases = Vec::new();
    let mut examples = String::new();
    for item in &items {
        let (text, findings) = current(queue, item.id)?;
        let why = decision(queue, item.id)?.and_then(|e| e.comment);
        let approved = item.state == State::Approved;
        let mut case = json!({
            "name": format!("review-{}", item.id),
            "vars": item.origin.lineage["vars"],
            "expect": if approved { "pass" } else { "fail" },
        });
        if approved {
            case["reference"] = Value::String(text.clone());
        } else {
            case["reason"] = Value::String(why.unwrap_or_else(|| rules_of(&findings).join(", ")));
        }
        cases.push(case);
        let output = serde_json::from_str::<Value>(&text).ok();
        let texts: Vec<String> = match &output {
            Some(v) => crate::guard::Subject::json(v)
                .fields
                .iter()
                .map(|f| f.text.to_string())
                .collect(),
            None => vec![text.clone()],
        };
        for t in texts {
            let mut line = json!({
                "text": t,
                "label": if approved { "approved" } else { "violation" },
                "category": if approved { "ok" } else { "review" },
                "source": format!("review {}", item.id),
            });
            if let Some(l) = item.origin.lineage["vars"]["locale"].as_str() {
                line["locale"] = Value::String(l.to_string());
            }
            examples.push_str(&line.to_string());
            examples.push('\n');
        }
    }
    let prompt_id = prompt
        .map(str::to_string)
        .or_else(|| items.first().map(|i| i.origin.prompt.clone()))
        .unwrap_or_default();
    let suite = json!({
        "prompt": prompt_id,
        "description": "Cases from decisions in the review queue (approved: expected to pass, with the approved text as reference; rejected: expected to fail, with the reason).",
        "cases": cases,
    });
    Ok(Learning {
        suite: serde_saphyr::to_string(&suite).unwrap_or_default(),
        cases: cases.len(),
        examples,
    })
}

/// One item as an ad platform's upload row. Google Ads responsive search ads take
/// `Headline 1`…`Headline 15`, `Description 1`…`Description 4`, `Path 1`, `Path 2`; other channels
/// get the output's fields by name.
fn platform_row(item: &Item, text: &str) -> BTreeMap<String, String> {
    let mut row = BTreeMap::new();
    row.insert("copydesk id".to_string(), item.id.to_string());
    let output = serde_json::from_str::<Value>(text).unwrap_or(Value::String(text.to_string()));
    let list = |key: &str| -> Vec<String> {
        output[key]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect()
    };
    if item.origin.channel.as_deref() == Some("google-ads-rsa") {
        for (key, column, max) in [
            ("headlines", "Headline", 15),
            ("descriptions", "Description", 4),
            ("path", "Path", 2),
        ] {
            for (i, v) in list(key).into_iter().take(max).enumerate() {
                row.insert(format!("{column} {}", i + 1), v);
            }
        }
    } else if let Value::Object(fields) = &output {
        for (k, v) in fields {
            let v = match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            row.insert(k.clone(), v);
        }
    } else {
        row.insert("text".to_string(), text.to_string());
    }
    row
}

/// Rows as CSV with a header in the platform's column order.
fn csv_text(rows: &[BTreeMap<String, String>], channel: Option<&str>) -> String {
    use crate::batch::output::csv_field;
    let mut columns: Vec<String> = vec!["copydesk id".into()];
    if channel == Some("google-ads-rsa") {
        columns.extend((1..=15).map(|i| format!("Headline {i}")));
        columns.extend((1..=4).map(|i| format!("Description {i}")));
        columns.extend(["Path 1".to_string(), "Path 2".to_string()]);
    } else {
        for r in rows {
            for k in r.keys() {
                if !columns.contains(k) {
                    columns.push(k.clone());
                }
            }
        }
    }
    let mut out = columns
        .iter()
        .map(|c| csv_field(c))
        .collect::<Vec<_>>()
        .join(",");
    out.push('\n');
    for r in rows {
        let line: Vec<String> = columns
            .iter()
            .map(|c| csv_field(r.get(c).map_or("", String::as_str)))
            .collect();
        out.push_str(&line.join(","));
        out.push('\n');
    }
    out
}
