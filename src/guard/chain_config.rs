//! The `chain` section of a policy file: which stages run, in which order, with which action.
//! A leaf, so the policy loader (which reads it) and the chain (which runs it) do not import
//! each other.

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::Action;

/// The stages a chain can have.
pub const STAGES: &[&str] = &["schema", "pii", "policy", "style"];

/// The `chain` section of a policy file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChainConfig {
    pub stages: Vec<StageConfig>,
    #[serde(default = "two")]
    pub reask_attempts: usize,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StageConfig {
    pub stage: Spanned<String>,
    pub action: Action,
}

fn two() -> usize {
    2
}

impl Default for ChainConfig {
    fn default() -> Self {
        let stage = |name: &str, action| StageConfig {
            stage: Spanned {
                value: name.to_string(),
                referenced: serde_saphyr::Location::UNKNOWN,
                defined: serde_saphyr::Location::UNKNOWN,
            },
            action,
        };
        Self {
            stages: vec![
                stage("schema", Action::Reask),
                stage("pii", Action::Fix),
                stage("policy", Action::Review),
                stage("style", Action::Review),
            ],
            reask_attempts: 2,
        }
    }
}
