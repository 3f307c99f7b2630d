//! A feed record → a prompt's vars. The prompt's input schema says which fields it takes:
//! an object var `row` (the feed-enrichment shape) takes the record's fields, else the vars
//! themselves do. Each field comes from the record's column of the same name (Merchant Center
//! names) unless `--map field=SOURCE` says otherwise, where SOURCE is a column path
//! (`priceInfo.price`, `brands[0]`) or a minijinja template over the record
//! (`{{ priceInfo.price }} {{ priceInfo.currencyCode }}`). The locale comes from a `locale`
//! column, `--locale`, or the brand's default.

use serde_json::{Map, Value};

use crate::prompt::PromptVersion;

/// Merchant Center's length limits on the fields copy is written for.
pub const LIMITS: [(&str, usize); 2] = [("title", 150), ("description", 5000)];

/// Where one field's value comes from.
#[derive(Debug)]
enum From {
    Path(Vec<Step>),
    /// A template's name in the mapping's environment.
    Template(String),
}

#[derive(Debug, Clone, PartialEq)]
enum Step {
    Key(String),
    Index(usize),
}

/// How records become vars.
#[derive(Debug)]
pub struct Mapping {
    /// The object var the fields go into (`row`), or `None` for the vars themselves.
    nest: Option<String>,
    /// Target field, its JSON Schema type, and its source.
    fields: Vec<(String, Option<String>, From)>,
    env: minijinja::Environment<'static>,
    takes_locale: bool,
    locale: Option<String>,
}

/// A record made into vars.
#[derive(Debug)]
pub struct Mapped {
    pub id: Option<String>,
    pub vars: Map<String, Value>,
}

/// A `--map` that cannot be used.
#[derive(Debug, thiserror::Error)]
#[error("--map {spec}: {reason}")]
pub struct MapError {
    pub spec: String,
    pub reason: String,
}

impl Mapping {
    /// The mapping for `prompt`, with `--map` overrides and the locale to use when a record
    /// has none.
    pub fn new(
        prompt: &PromptVersion,
        maps: &[String],
        locale: Option<String>,
    ) -> Result<Self, MapError> {
        let inputs = &prompt.file.inputs;
        let props = inputs.get("properties").and_then(Value::as_object);
        let nested = props
            .and_then(|p| p.get("row"))
            .filter(|r| r.get("type").and_then(Value::as_str) == Some("object"));
        let (nest, targets) = match nested {
            Some(row) => (Some("row".to_string()), row.get("properties")),
            None => (None, inputs.get("properties")),
        };
        let mut fields: Vec<(String, Option<String>, From)> = Vec::new();
        let mut env = minijinja::Environment::new();
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Chainable);
        let mut overrides: Vec<(String, String)> = Vec::new();
        for spec in maps {
            let (field, source) = spec.split_once('=').ok_or_else(|| MapError {
                spec: spec.clone(),
                reason: "expected FIELD=COLUMN or FIELD={{ template }}".into(),
            })?;
            overrides.push((field.trim().to_string(), source.trim().to_string()));
        }
        let kind = |name: &str| {
            targets
                .and_then(|t| t.get(name))
                .and_then(|s| s.get("type"))
                .and_then(Value::as_str)
                .map(str::to_string)
        };
        let mut names: Vec<String> = targets
            .and_then(Value::as_object)
            .map(|t| {
                t.keys()
                    .filter(|k| nest.is_some() || k.as_str() != "locale")
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        for (field, _) in &overrides {
            if !names.contains(field) {
                names.push(field.clone());
            }
        }
        for name in names {
            let from = match overrides.iter().find(|(f, _)| *f == name) {
                Some((_, source)) if source.contains("{{") || source.contains("{%") => {
                    let key = format!("map:{name}");
                    env.add_template_owned(key.clone(), source.clone())
                        .map_err(|e| MapError {
                            spec: format!("{name}={source}"),
                            reason: e.to_string(),
                        })?;
                    From::Template(key)
                }
                Some((_, source)) => From::Path(parse_path(source).map_err(|reason| MapError {
                    spec: format!("{name}={source}"),
                    reason,
                })?),
                None => From::Path(vec![Step::Key(name.clone())]),
            };
            let k = kind(&name);
            fields.push((name, k, from));
        }
        let takes_locale = props.is_some_and(|p| p.contains_key("locale"));
        Ok(Self {
            nest,
            fields,
            env,
            takes_locale,
            locale,
        })
    }

    /// The vars of one record, and its id (the mapped `id`, else the record's `id` column).
    pub fn apply(&self, record: &Map<String, Value>) -> Result<Mapped, String> {
        let mut fields = Map::new();
        let whole = Value::Object(record.clone());
        for (name, kind, from) in &self.fields {
            let value = match from {
                From::Path(steps) => lookup(&whole, steps).cloned(),
                From::Template(key) => {
                    let t = self.env.get_template(key).map_err(|e| e.to_string())?;
                    let text = t
                        .render(minijinja::value::Serde(&whole))
                        .map_err(|e| format!("--map {name}: {e}"))?;
                    Some(Value::String(text.trim().to_string()))
                }
            };
            if let Some(v) = value.and_then(|v| shaped(v, kind.as_deref())) {
                fields.insert(name.clone(), v);
            }
        }
        for (field, max) in LIMITS {
            if let Some(n) = fields
                .get(field)
                .and_then(Value::as_str)
                .map(|s| s.chars().count())
                .filter(|&n| n > max)
            {
                return Err(format!(
                    "{field} has {n} characters, Merchant Center allows {max}"
                ));
            }
        }
        let id = fields
            .get("id")
            .or_else(|| record.get("id"))
            .and_then(|v| match v {
                Value::String(s) => Some(s.trim().to_string()),
                Value::Number(n) => Some(n.to_string()),
                _ => None,
            })
            .filter(|s| !s.is_empty());
        let mut vars = match &self.nest {
            Some(nest) => {
                let mut vars = Map::new();
                vars.insert(nest.clone(), Value::Object(fields));
                vars
            }
            None => fields,
        };
        if self.takes_locale {
            let locale = record
                .get("locale")
                .and_then(Value::as_str)
                .filter(|l| !l.trim().is_empty())
                .map(str::to_string)
                .or_else(|| self.locale.clone());
            if let Some(l) = locale {
                vars.insert("locale".into(), Value::String(l));
            }
        }
        Ok(Mapped { id, vars })
    }
}

/// A value in the form its schema type wants: strings from numbers, lists joined; empty
/// values are absent.
fn shaped(v: Value, kind: Option<&str>) -> Option<Value> {
    let text = |v: &Value| match v {
        Value::String(s) => s.trim().to_string(),
        Value::Null => String::new(),
        other => other.to_string(),
    };
    let v = match (v, kind) {
        (Value::Null, _) => return None,
        (Value::Array(items), Some("string")) => Value::String(
            items
                .iter()
                .map(text)
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", "),
        ),
        (v @ (Value::Number(_) | Value::Bool(_)), Some("string")) => Value::String(text(&v)),
        (Value::String(s), _) => Value::String(s.trim().to_string()),
        (v, _) => v,
    };
    match &v {
        Value::String(s) if s.is_empty() => None,
        _ => Some(v),
    }
}

fn parse_path(source: &str) -> Result<Vec<Step>, String> {
    let mut steps = Vec::new();
    for part in source.split('.') {
        let (key, mut rest) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        if !key.is_empty() {
            match key.parse::<usize>() {
                Ok(i) if !steps.is_empty() => steps.push(Step::Index(i)),
                _ => steps.push(Step::Key(key.to_string())),
            }
        }
        while let Some(r) = rest.strip_prefix('[') {
            let (n, after) = r
                .split_once(']')
                .ok_or_else(|| format!("unclosed [ in '{source}'"))?;
            let i = n
                .parse::<usize>()
                .map_err(|_| format!("'{n}' is not an index in '{source}'"))?;
            steps.push(Step::Index(i));
            rest = after;
        }
    }
    if steps.is_empty() {
        return Err("an empty column path".into());
    }
    Ok(steps)
}

fn lookup<'v>(v: &'v Value, steps: &[Step]) -> Option<&'v Value> {
    steps.iter().try_fold(v, |v, s| match s {
        Step::Key(k) => v.get(k),
        Step::Index(i) => v.get(*i),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_reach_into_objects_and_lists() {
        let v = serde_json::json!({"a": {"b": [{"c": 1}, {"c": 2}]}, "brands": ["X"]});
        assert_eq!(
            lookup(&v, &parse_path("a.b[1].c").unwrap()),
            Some(&serde_json::json!(2))
        );
        assert_eq!(
            lookup(&v, &parse_path("brands.0").unwrap()),
            Some(&serde_json::json!("X"))
        );
        assert!(parse_path("a[x]").is_err());
    }

    #[test]
    fn values_take_the_shape_their_schema_wants() {
        assert_eq!(
            shaped(serde_json::json!(["Blue", "Red"]), Some("string")),
            Some(serde_json::json!("Blue, Red"))
        );
        assert_eq!(
            shaped(serde_json::json!(35), Some("string")),
            Some(serde_json::json!("35"))
        );
        assert_eq!(shaped(serde_json::json!("  "), Some("string")), None);
    }
}
