//! Loading `prompts/` into memory and resolving `ID[@N]`.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use super::{PromptFile, PromptVersion, ReleaseFile, Variants, content_hash};
use crate::diag::{Diagnostic, Diagnostics};

/// `ID` or `ID@N`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PromptRef {
    pub id: String,
    pub version: Option<u32>,
}

impl FromStr for PromptRef {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (id, version) = match s.split_once('@') {
            Some((id, v)) => {
                let v = v.trim_start_matches('v');
                let n = v.parse::<u32>().map_err(|_| {
                    format!("'{s}': the version after @ must be a number, e.g. {id}@2")
                })?;
                (id, Some(n))
            }
            None => (s, None),
        };
        if id.is_empty() {
            return Err(format!("'{s}': missing prompt id"));
        }
        Ok(Self {
            id: id.to_string(),
            version,
        })
    }
}

impl fmt::Display for PromptRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.version {
            Some(v) => write!(f, "{}@{v}", self.id),
            None => f.write_str(&self.id),
        }
    }
}

/// All versions of one prompt.
#[derive(Debug, Default)]
pub struct PromptEntry {
    pub versions: BTreeMap<u32, std::sync::Arc<PromptVersion>>,
    pub release: Option<ReleaseFile>,
    pub release_path: Option<PathBuf>,
    /// Problems in this prompt's files.
    pub problems: Vec<Diagnostic>,
}

impl PromptEntry {
    /// The live version: release.yaml's `live`, else the highest version.
    pub fn live_version(&self) -> Option<u32> {
        self.release
            .as_ref()
            .map(|r| r.live)
            .or_else(|| self.versions.keys().next_back().copied())
    }

    /// Whether `version` was released (its hash is recorded).
    pub fn is_released(&self, version: u32) -> bool {
        self.release
            .as_ref()
            .is_some_and(|r| r.hashes.contains_key(&version))
    }
}

/// Why a prompt reference could not be used.
#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    #[error("unknown prompt '{id}'; prompts in {dir}: {known}")]
    UnknownPrompt {
        id: String,
        dir: String,
        known: String,
    },
    #[error("prompt '{id}' has no version {version}; versions: {known}")]
    UnknownVersion {
        id: String,
        version: u32,
        known: String,
    },
    #[error("{0}")]
    Invalid(Diagnostics),
}

/// Every prompt under a `prompts/` directory.
#[derive(Debug, Default)]
pub struct Registry {
    pub dir: PathBuf,
    pub prompts: BTreeMap<String, PromptEntry>,
    /// Problems not tied to one prompt (unreadable directory, stray files).
    pub problems: Vec<Diagnostic>,
}

impl Registry {
    /// Load every prompt; problems are recorded, never fatal, so one broken prompt does not block
    /// the others.
    pub fn load(dir: &Path) -> Self {
        let mut reg = Registry {
            dir: dir.to_path_buf(),
            ..Default::default()
        };
        if !dir.is_dir() {
            reg.problems
                .push(Diagnostic::file(dir, "no prompts directory"));
            return reg;
        }
        for prompt_dir in crate::yaml::dirs_in(dir) {
            let Some(id) = prompt_dir.file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            let entry = load_entry(id, &prompt_dir);
            reg.prompts.insert(id.to_string(), entry);
        }
        reg
    }

    /// Every problem in every prompt.
    pub fn all_problems(&self) -> Vec<Diagnostic> {
        self.problems
            .iter()
            .chain(self.prompts.values().flat_map(|e| e.problems.iter()))
            .cloned()
            .collect()
    }

    /// Resolve `ID[@N]` to a loaded version; a prompt with problems cannot be used.
    pub fn resolve(&self, r: &PromptRef) -> Result<&std::sync::Arc<PromptVersion>, RegistryError> {
        let entry = self
            .prompts
            .get(&r.id)
            .ok_or_else(|| RegistryError::UnknownPrompt {
                id: r.id.clone(),
                dir: self.dir.display().to_string(),
                known: self.prompts.keys().cloned().collect::<Vec<_>>().join(", "),
            })?;
        if !entry.problems.is_empty() {
            return Err(RegistryError::Invalid(Diagnostics(entry.problems.clone())));
        }
        let version = r.version.or_else(|| entry.live_version()).unwrap_or(0);
        entry
            .versions
            .get(&version)
            .ok_or_else(|| RegistryError::UnknownVersion {
                id: r.id.clone(),
                version,
                known: entry
                    .versions
                    .keys()
                    .map(u32::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
            })
    }
}

fn load_entry(id: &str, dir: &Path) -> PromptEntry {
    let mut entry = PromptEntry::default();
    let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(Result::ok).map(|e| e.path()).collect(),
        Err(e) => {
            entry
                .problems
                .push(Diagnostic::file(dir, format!("cannot read: {e}")));
            return entry;
        }
    };
    files.sort();
    for path in files {
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if name == "release.yaml" {
            match crate::yaml::read::<ReleaseFile>(&path) {
                Ok(r) => entry.release = Some(r),
                Err(d) => entry.problems.push(d),
            }
            entry.release_path = Some(path);
        } else if let Some(n) = name
            .strip_prefix('v')
            .and_then(|s| s.strip_suffix(".yaml"))
            .and_then(|s| s.parse::<u32>().ok())
        {
            match load_version(id, n, &path) {
                Ok(v) => {
                    entry.versions.insert(n, std::sync::Arc::new(v));
                }
                Err(mut ds) => entry.problems.append(&mut ds),
            }
        } else if name.ends_with(".yaml") || name.ends_with(".yml") {
            entry.problems.push(Diagnostic::file(
                &path,
                "unexpected file: a prompt directory holds v<N>.yaml files and release.yaml",
            ));
        }
    }
    check_release(&mut entry);
    entry
}

fn load_version(id: &str, n: u32, path: &Path) -> Result<PromptVersion, Vec<Diagnostic>> {
    let source = std::fs::read_to_string(path)
        .map_err(|e| vec![Diagnostic::file(path, format!("cannot read: {e}"))])?;
    let file: PromptFile = crate::yaml::parse(path, &source).map_err(|d| vec![d])?;
    let mut problems = Vec::new();
    if file.id.value != id {
        problems.push(Diagnostic::at_location(
            path,
            file.id.referenced,
            format!("id '{}' does not match its directory '{id}'", file.id.value),
        ));
    }
    if file.version.value != n {
        problems.push(Diagnostic::at_location(
            path,
            file.version.referenced,
            format!(
                "version {} does not match the file name v{n}.yaml",
                file.version.value
            ),
        ));
    }
    let compile = |schema: &serde_json::Value, what: &str, problems: &mut Vec<Diagnostic>| {
        match jsonschema::validator_for(schema) {
            Ok(v) => Some(v),
            Err(e) => {
                problems.push(Diagnostic::file(
                    path,
                    format!("{what} is not a valid JSON Schema: {e}"),
                ));
                None
            }
        }
    };
    let input_validator = compile(&file.inputs, "inputs", &mut problems);
    let output_validator = compile(&file.output, "output", &mut problems);
    if let Variants::InOutput { field } = &file.variants {
        let is_array = file
            .variants_schema()
            .and_then(|s| s.get("type"))
            .and_then(|t| t.as_str())
            == Some("array");
        if !is_array {
            problems.push(Diagnostic::file(
                path,
                format!("variants.field '{field}' must be an array property of the output schema"),
            ));
        }
    }
    let m = &file.model;
    if !(0.0..=2.0).contains(&m.temperature) {
        problems.push(Diagnostic::file(
            path,
            "model.temperature must be between 0 and 2",
        ));
    }
    if !(m.top_p > 0.0 && m.top_p <= 1.0) {
        problems.push(Diagnostic::file(path, "model.top_p must be in (0, 1]"));
    }
    if m.max_tokens == 0 {
        problems.push(Diagnostic::file(path, "model.max_tokens must be positive"));
    }
    for (name, tpl) in [("system", &file.system), ("user", &file.user)] {
        if let Err(e) = super::render::check_syntax(&tpl.value) {
            problems.push(super::render::template_diagnostic_in(
                path, &source, name, tpl, &e,
            ));
        }
    }
    match (input_validator, output_validator) {
        (Some(input_validator), Some(output_validator)) if problems.is_empty() => {
            Ok(PromptVersion {
                hash: content_hash(&source),
                file,
                path: path.to_path_buf(),
                source,
                input_validator,
                output_validator,
            })
        }
        _ => Err(problems),
    }
}

/// A released version must still hash to what release.yaml recorded.
fn check_release(entry: &mut PromptEntry) {
    let (Some(release), Some(release_path)) = (&entry.release, &entry.release_path) else {
        return;
    };
    if !entry.versions.contains_key(&release.live)
        && !entry
            .problems
            .iter()
            .any(|d| is_version_file(d, release.live))
    {
        entry.problems.push(Diagnostic::file(
            release_path,
            format!("live version {} does not exist", release.live),
        ));
    } else if !release.hashes.contains_key(&release.live) {
        entry.problems.push(Diagnostic::file(
            release_path,
            format!(
                "live version {} has no recorded hash; release it with `copydesk prompts release ID@{}`",
                release.live, release.live
            ),
        ));
    }
    for (version, recorded) in &release.hashes {
        match entry.versions.get(version) {
            Some(v) if &v.hash != recorded => entry.problems.push(Diagnostic::file(
                &v.path,
                format!(
                    "released version {version} was edited (recorded {recorded}, now {}); released versions are immutable: restore it and put the change in a new version",
                    v.hash
                ),
            )),
            Some(_) => {}
            None if entry.problems.iter().any(|d| is_version_file(d, *version)) => {}
            None => entry.problems.push(Diagnostic::file(
                release_path,
                format!("released version {version} is missing (v{version}.yaml)"),
            )),
        }
    }
}

fn is_version_file(d: &Diagnostic, version: u32) -> bool {
    matches!(&d.origin, crate::diag::Origin::File { path, .. }
        if path.file_name().and_then(|n| n.to_str()) == Some(&format!("v{version}.yaml")))
}
