//! Template variables from `--vars FILE` and `--var key=value`.

use std::path::Path;

use serde_json::{Map, Value};

use super::Failure;

/// `--var KEY=VALUE …` and `--vars FILE`, shared by every command that renders a prompt.
#[derive(Debug, Clone, clap::Args)]
pub struct VarsArgs {
    /// A template variable; dotted names nest (product.title=…), JSON values are parsed.
    #[arg(long = "var", value_name = "KEY=VALUE")]
    pub vars: Vec<String>,
    /// A JSON or YAML file of variables.
    #[arg(long = "vars", value_name = "FILE")]
    pub vars_file: Option<std::path::PathBuf>,
}

impl VarsArgs {
    /// The merged variables.
    pub fn collect(&self) -> Result<Map<String, Value>, Failure> {
        collect(self.vars_file.as_deref(), &self.vars)
    }
}

/// Merge a JSON/YAML vars file and `key=value` pairs (later wins). Dotted keys build nested
/// objects (`--var product.title=Regenjacke`); values that look like JSON (`[…]`, `{…}`,
/// `"…"`) are parsed as JSON, anything else is a string.
pub fn collect(file: Option<&Path>, pairs: &[String]) -> Result<Map<String, Value>, Failure> {
    let mut vars = match file {
        Some(path) => read_file(path)?,
        None => Map::new(),
    };
    for pair in pairs {
        let (key, raw) = pair
            .split_once('=')
            .ok_or_else(|| Failure::Usage(format!("--var '{pair}': expected key=value")))?;
        let value = if raw.starts_with(['[', '{', '"']) {
            serde_json::from_str(raw).map_err(|e| {
                Failure::Usage(format!(
                    "--var {key}: the value looks like JSON but does not parse: {e}"
                ))
            })?
        } else {
            Value::String(raw.to_string())
        };
        insert_dotted(&mut vars, key, value)?;
    }
    Ok(vars)
}

fn read_file(path: &Path) -> Result<Map<String, Value>, Failure> {
    let is_yaml = path.extension().is_some_and(|e| e == "yaml" || e == "yml");
    let value: Value = if is_yaml {
        crate::yaml::read(path).map_err(|d| Failure::Usage(d.to_string()))?
    } else {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Failure::Usage(format!("--vars {}: {e}", path.display())))?;
        serde_json::from_str(&text).map_err(|e| {
            Failure::Usage(format!(
                "{}:{}:{}: invalid JSON: {e}",
                path.display(),
                e.line(),
                e.column()
            ))
        })?
    };
    match value {
        Value::Object(map) => Ok(map),
        _ => Err(Failure::Usage(format!(
            "{}: vars must be an object of name → value",
            path.display()
        ))),
    }
}

fn insert_dotted(vars: &mut Map<String, Value>, key: &str, value: Value) -> Result<(), Failure> {
    let mut parts = key.split('.').peekable();
    let mut cur = vars;
    while let Some(part) = parts.next() {
        if part.is_empty() {
            return Err(Failure::Usage(format!("--var '{key}': empty name segment")));
        }
        if parts.peek().is_none() {
            cur.insert(part.to_string(), value);
            return Ok(());
        }
        let entry = cur
            .entry(part.to_string())
            .or_insert_with(|| Value::Object(Map::new()));
        cur = entry
            .as_object_mut()
            .ok_or_else(|| Failure::Usage(format!("--var '{key}': '{part}' is not an object")))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dotted_keys_and_json_values() -> Result<(), Failure> {
        let vars = collect(
            None,
            &[
                "product.title=Regenjacke Kamm".into(),
                "product.sizes=[\"S\",\"M\"]".into(),
                "sku=123".into(),
            ],
        )?;
        assert_eq!(
            Value::Object(vars),
            serde_json::json!({"product": {"title": "Regenjacke Kamm", "sizes": ["S", "M"]}, "sku": "123"})
        );
        Ok(())
    }

    #[test]
    fn rejects_pairs_without_equals() {
        assert!(collect(None, &["oops".into()]).is_err());
    }
}
