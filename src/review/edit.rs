//! A reviewer's edit: the new text goes through the guard chain of the item's brand and the
//! output schema of its prompt version, then becomes the item's next revision, which waits for
//! approval. The CLI and the server both edit through [`edit`].

use serde::Serialize;
use serde_json::Value;

use super::queue::{Item, Queue, QueueError};
use super::{Action, transition};
use crate::guard::{Chain, Outcome};
use crate::prompt::{PromptVersion, Variants};

/// Why an edit was refused.
#[derive(Debug, thiserror::Error)]
pub enum EditError {
    #[error("review item {0}: the text did not change")]
    Unchanged(i64),
    #[error(transparent)]
    Queue(#[from] QueueError),
}

/// What an edit produced.
#[derive(Debug, Clone, Serialize)]
pub struct Edited {
    pub id: i64,
    pub revision: i64,
    /// The chain's outcome for the new text.
    pub outcome: Outcome,
    /// Its findings (as stored with the revision).
    pub findings: Value,
}

/// Refuse an edit of an item the state machine does not let anyone edit (before an editor
/// opens, say).
pub fn editable(item: &Item) -> Result<(), QueueError> {
    transition(item.state, Action::Edit)
        .map(|_| ())
        .map_err(|source| QueueError::Illegal {
            id: item.id,
            source,
        })
}

/// The current text of an item and its findings.
pub fn current(queue: &Queue, id: i64) -> Result<(String, Value), QueueError> {
    Ok(queue
        .revisions(id)?
        .pop()
        .map(|r| (r.text, r.findings))
        .unwrap_or_default())
}

/// The chain's and the prompt's output schema's verdict on a text of `item`.
pub fn recheck(chain: &Chain, prompt: &PromptVersion, item: &Item, text: &str) -> (Value, Outcome) {
    let schema = match &prompt.file.variants {
        Variants::PerCall => Some(prompt.file.output.clone()),
        Variants::InOutput { .. } => prompt
            .file
            .variants_schema()
            .and_then(|s| s.get("items"))
            .cloned(),
    };
    let validator = schema
        .as_ref()
        .and_then(|s| jsonschema::validator_for(s).ok());
    let output = crate::guard::schema::extract_json(text).ok();
    let report = crate::pipeline::check_output(
        chain,
        output.as_ref(),
        validator.as_ref(),
        item.origin.lineage["vars"]["locale"].as_str(),
        item.origin.channel.as_deref(),
    );
    let findings = serde_json::to_value(&report.findings).unwrap_or(Value::Null);
    (findings, report.outcome)
}

/// Check `text` and store it as the next revision of item `id` by `reviewer`.
pub fn edit(
    queue: &Queue,
    chain: &Chain,
    prompt: &PromptVersion,
    id: i64,
    reviewer: &str,
    text: &str,
    comment: Option<&str>,
) -> Result<Edited, EditError> {
    let item = queue.get(id)?;
    editable(&item)?;
    let (was, _) = current(queue, id)?;
    if text.trim() == was.trim() {
        return Err(EditError::Unchanged(id));
    }
    let (findings, outcome) = recheck(chain, prompt, &item, text);
    let revision = queue.edit(id, reviewer, text, &findings, outcome.as_str(), comment)?;
    Ok(Edited {
        id,
        revision,
        outcome,
        findings,
    })
}
