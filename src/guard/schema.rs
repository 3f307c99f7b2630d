//! The schema stage: find the JSON in a model's reply and check it against a JSON Schema.

use serde_json::Value;

/// Every validation error of `instance`: `(JSON pointer, message)`.
pub fn errors(validator: &jsonschema::Validator, instance: &Value) -> Vec<(String, String)> {
    validator
        .iter_errors(instance)
        .map(|e| (e.instance_path().as_str().to_string(), e.to_string()))
        .collect()
}

/// Extract the JSON value from a model reply: the whole reply, the body of a fenced code block,
/// or the outermost `{…}` / `[…]` after leading prose.
pub fn extract_json(reply: &str) -> Result<Value, String> {
    let repaired = escape_controls_in_strings(reply.trim());
    let trimmed: &str = &repaired;
    if let Ok(v) = serde_json::from_str(trimmed) {
        return Ok(v);
    }
    if let Some(body) = fenced_block(trimmed)
        && let Ok(v) = serde_json::from_str(body.trim())
    {
        return Ok(v);
    }
    for (open, close) in [('{', '}'), ('[', ']')] {
        if let (Some(start), Some(end)) = (trimmed.find(open), trimmed.rfind(close))
            && start < end
            && let Ok(v) = serde_json::from_str(&trimmed[start..=end])
        {
            return Ok(v);
        }
    }
    let err = serde_json::from_str::<Value>(trimmed)
        .err()
        .map_or_else(|| "no JSON found".to_string(), |e| e.to_string());
    Err(format!("the reply is not JSON ({err})"))
}

/// Models (and the grammars of some servers) emit raw newlines and tabs inside JSON strings,
/// which JSON forbids; escape control characters that occur inside string literals.
fn escape_controls_in_strings(text: &str) -> std::borrow::Cow<'_, str> {
    let mut repaired: Option<String> = None;
    let (mut in_string, mut escaped) = (false, false);
    for (i, c) in text.char_indices() {
        let raw_control = in_string && !escaped && c.is_control();
        if in_string {
            escaped = !escaped && c == '\\';
            in_string = escaped || c != '"';
        } else {
            in_string = c == '"';
        }
        match (&mut repaired, raw_control) {
            (slot, true) => {
                let out = slot.get_or_insert_with(|| text[..i].to_string());
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            (Some(out), false) => out.push(c),
            (None, false) => {}
        }
    }
    repaired.map_or(std::borrow::Cow::Borrowed(text), std::borrow::Cow::Owned)
}

fn fenced_block(text: &str) -> Option<&str> {
    let start = text.find("```")?;
    let after = &text[start + 3..];
    let body_start = after.find('\n')? + 1;
    let body = &after[body_start..];
    let end = body.find("```")?;
    Some(&body[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extracts_from_fences_and_prose() {
        assert_eq!(extract_json(r#"{"a":1}"#), Ok(serde_json::json!({"a": 1})));
        assert_eq!(
            extract_json("Here you go:\n```json\n{\"a\": 2}\n```\nEnjoy"),
            Ok(serde_json::json!({"a": 2}))
        );
        assert_eq!(
            extract_json("Sure! {\"a\": [1, 2]} hope that helps"),
            Ok(serde_json::json!({"a": [1, 2]}))
        );
        assert!(extract_json("no json here").is_err());
        assert_eq!(
            extract_json("{\"h\": [\"]\nZeile\tzwei\"]}\n"),
            Ok(serde_json::json!({"h": ["]\nZeile\tzwei"]}))
        );
        assert!(extract_json("{\"a\": ").is_err());
    }
}
