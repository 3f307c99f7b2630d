//! Rendering a prompt version into chat messages.
//!
//! Variables are validated against the prompt's input schema first, then both templates are
//! rendered with minijinja in strict mode: a variable the caller did not give is an error that
//! names the variable and the line of the template (and of the YAML file), never an empty string
//! in a prompt that then costs money.

use std::path::Path;

use minijinja::{Environment, UndefinedBehavior};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use serde_saphyr::Spanned;

use super::PromptVersion;
use crate::diag::Diagnostic;
use crate::guard::pii::{Pseudonymizer, pseudonymize_json};

/// Who speaks in a chat message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    System,
    User,
    Assistant,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::System => "system",
            Role::User => "user",
            Role::Assistant => "assistant",
        }
    }
}

/// One message as sent to a model.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChatMessage {
    pub role: Role,
    pub content: String,
}

/// Why a prompt could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("vars for {prompt} do not match its input schema: {}", format_schema_errors(.errors))]
    Inputs {
        prompt: String,
        errors: Vec<(String, String)>,
    },
    #[error("{0}")]
    Template(Diagnostic),
}

fn format_schema_errors(errors: &[(String, String)]) -> String {
    errors
        .iter()
        .map(|(ptr, msg)| {
            if ptr.is_empty() {
                msg.clone()
            } else {
                format!("{ptr}: {msg}")
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    if let Ok(syntax) = minijinja::syntax::SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .build()
    {
        env.set_syntax(syntax);
    }
    env
}

/// Parse a template without rendering it.
pub(super) fn check_syntax(source: &str) -> Result<(), minijinja::Error> {
    environment().template_from_str(source).map(|_| ())
}

impl PromptVersion {
    /// Check `vars` against the input schema, pseudonymise the personal data in them and render
    /// the messages that would be sent. `n` is the number of variants a single call should
    /// produce (templates see it as `n`).
    pub fn render(
        &self,
        vars: &Map<String, Value>,
        n: usize,
    ) -> Result<Vec<ChatMessage>, RenderError> {
        let vars = self.prepare(vars, &mut Pseudonymizer::default())?;
        self.render_prepared(vars, n, None)
    }

    /// Check `vars` against the input schema and pseudonymise the personal data in them, keeping
    /// the request's mapping in `pseudo`: what templates (and retrieval queries) may see.
    pub fn prepare(
        &self,
        vars: &Map<String, Value>,
        pseudo: &mut Pseudonymizer,
    ) -> Result<Map<String, Value>, RenderError> {
        let mut as_value = Value::Object(vars.clone());
        let errors = crate::guard::schema::errors(&self.input_validator, &as_value);
        if !errors.is_empty() {
            return Err(RenderError::Inputs {
                prompt: self.label(),
                errors,
            });
        }
        // personal data never reaches a template, so it never reaches a model
        pseudonymize_json(&mut as_value, pseudo);
        Ok(match as_value {
            Value::Object(map) => map,
            _ => Map::new(),
        })
    }

    /// A template snippet (a retrieval query) rendered with vars that are already pseudonymised.
    pub fn render_snippet(
        &self,
        text: &str,
        vars: &Map<String, Value>,
    ) -> Result<String, RenderError> {
        environment()
            .render_str(text, minijinja::value::Serde(vars))
            .map(|s| s.trim().to_string())
            .map_err(|e| {
                RenderError::Template(self.diagnostic(
                    "retrieval",
                    &Spanned {
                        value: text.to_string(),
                        referenced: serde_saphyr::Location::UNKNOWN,
                        defined: serde_saphyr::Location::UNKNOWN,
                    },
                    &e,
                ))
            })
    }

    /// Render the messages from [`prepare`](Self::prepare)d vars; retrieved brand knowledge, if
    /// any, is `context` in the templates.
    pub fn render_prepared(
        &self,
        mut ctx: Map<String, Value>,
        n: usize,
        context: Option<Value>,
    ) -> Result<Vec<ChatMessage>, RenderError> {
        ctx.entry("n").or_insert_with(|| Value::from(n));
        if let Some(context) = context {
            ctx.insert("context".into(), context);
        }
        let env = environment();
        let mut out = Vec::with_capacity(2);
        for (role, name, tpl) in [
            (Role::System, "system", &self.file.system),
            (Role::User, "user", &self.file.user),
        ] {
            let template = env
                .template_from_named_str(name, &tpl.value)
                .map_err(|e| RenderError::Template(self.diagnostic(name, tpl, &e)))?;
            let content = template
                .render(minijinja::value::Serde(&ctx))
                .map_err(|e| {
                    let missing = template
                        .undeclared_variables(false)
                        .into_iter()
                        .filter(|v| !ctx.contains_key(v))
                        .collect::<Vec<_>>();
                    RenderError::Template(self.render_diagnostic(name, tpl, &e, &missing))
                })?;
            out.push(ChatMessage {
                role,
                content: content.trim().to_string(),
            });
        }
        Ok(out)
    }

    fn diagnostic(&self, name: &str, tpl: &Spanned<String>, err: &minijinja::Error) -> Diagnostic {
        template_diagnostic_in(&self.path, &self.source, name, tpl, err)
    }

    /// A render error; an undefined top-level variable is named with what to do about it.
    fn render_diagnostic(
        &self,
        name: &str,
        tpl: &Spanned<String>,
        err: &minijinja::Error,
        missing: &[String],
    ) -> Diagnostic {
        let line = err.line().unwrap_or(1);
        let text = tpl.value.lines().nth(line.saturating_sub(1)).unwrap_or("");
        let var = missing.iter().filter(|v| mentions(text, v)).min();
        match (err.kind(), var) {
            (minijinja::ErrorKind::UndefinedError, Some(var)) => Diagnostic::at(
                &self.path,
                yaml_line(&self.source, tpl, line),
                1,
                format!(
                    "template `{name}` line {line} uses variable '{var}', which was not given; pass --var {var}=… or put it in --vars FILE"
                ),
            ),
            _ => self.diagnostic(name, tpl, err),
        }
    }
}

/// A diagnostic for a template error, pointing into the YAML file whose text is `source`.
pub(super) fn template_diagnostic_in(
    path: &Path,
    source: &str,
    name: &str,
    tpl: &Spanned<String>,
    err: &minijinja::Error,
) -> Diagnostic {
    let detail = err
        .detail()
        .map(str::to_string)
        .unwrap_or_else(|| err.kind().to_string());
    match err.line() {
        Some(line) => {
            let text = tpl
                .value
                .lines()
                .nth(line.saturating_sub(1))
                .unwrap_or("")
                .trim();
            Diagnostic::at(
                path,
                yaml_line(source, tpl, line),
                1,
                format!("template `{name}` line {line}: {detail}: `{text}`"),
            )
        }
        None => {
            Diagnostic::at_location(path, tpl.referenced, format!("template `{name}`: {detail}"))
        }
    }
}

/// Whether `line` mentions `var` as a whole identifier.
fn mentions(line: &str, var: &str) -> bool {
    line.match_indices(var).any(|(i, _)| {
        let ident = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        !ident(line[..i].chars().next_back()) && !ident(line[i + var.len()..].chars().next())
    })
}

/// Map a 1-based template line to the line of the YAML file: block scalars (`|`, `>`) start on
/// the line after their indicator.
fn yaml_line(source: &str, tpl: &Spanned<String>, template_line: usize) -> u64 {
    let start = tpl.referenced.line();
    let col = tpl.referenced.column() as usize;
    let is_block = source
        .lines()
        .nth(start.saturating_sub(1) as usize)
        .and_then(|l| l.chars().nth(col.saturating_sub(1)))
        .is_some_and(|c| c == '|' || c == '>');
    start + template_line as u64 - u64::from(!is_block)
}
