//! `copydesk config check`: every problem in copydesk.yaml, prompts/, policies/,
//! brand-guides/*/brand.yaml and evals/ at once, each as `file:line:column: message`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{Failure, print};
use crate::config::{Config, ConfigError};
use crate::diag::Diagnostic;
use crate::prompt::Registry;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Validate everything; prints `ok` or every problem (exit 1).
    Check,
}

pub fn run(explicit: Option<&Path>, cwd: &Path, Cmd::Check: Cmd) -> Result<ExitCode, Failure> {
    let (root, config, mut problems) = match Config::load(explicit, cwd) {
        Ok(c) => (c.root.clone(), Some(c), Vec::new()),
        Err(ConfigError::Invalid(d)) => {
            let file = explicit
                .map(Path::to_path_buf)
                .or_else(|| crate::config::discover(cwd))
                .unwrap_or_default();
            let root = file
                .parent()
                .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
            (root, None, d.0)
        }
        Err(e) => return Err(e.into()),
    };
    problems.extend(check_project(&root, config.as_ref()));
    if problems.is_empty() {
        print("ok\n")?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut out = String::new();
    for p in &problems {
        out.push_str(&format!("{p}\n"));
    }
    out.push_str(&format!("{} problem(s)\n", problems.len()));
    print(out)?;
    Ok(ExitCode::from(1))
}

/// Every problem in the project's data files.
pub fn check_project(root: &Path, config: Option<&Config>) -> Vec<Diagnostic> {
    let registry = Registry::load(&root.join("prompts"));
    let mut problems = registry.all_problems();
    if let Some(config) = config {
        for entry in registry.prompts.values() {
            for v in entry.versions.values() {
                let m = &v.file.model;
                for name in m.primary.iter().chain(m.fallbacks.iter()) {
                    if !config.profiles.contains_key(name) {
                        problems.push(Diagnostic::file(
                            &v.path,
                            format!(
                                "model profile '{name}' is not defined in {}",
                                config.file.display()
                            ),
                        ));
                    }
                }
            }
        }
    }
    problems.extend(check_guard(root));
    problems.extend(crate::knowledge::load_brands(&root.join("brand-guides")).1);
    problems.extend(crate::eval::check_suites(&root.join("evals"), &registry));
    if let Err(d) = crate::review::routing::Rules::load(root) {
        problems.push(d);
    }
    problems
}

/// Policy files and every brand's style rules, compiled as the guard chain would be.
fn check_guard(root: &Path) -> Vec<Diagnostic> {
    let (brands, _) = crate::knowledge::load_brands(&root.join("brand-guides"));
    let mut ids: Vec<Option<String>> = brands
        .iter()
        .map(|(_, b)| Some(b.id.value.clone()))
        .collect();
    if ids.is_empty() {
        ids.push(None);
    }
    let mut out: Vec<Diagnostic> = Vec::new();
    for id in ids {
        if let Err(d) = crate::guard::chain::for_project(root, id.as_deref(), None) {
            for problem in d.0 {
                if !out.contains(&problem) {
                    out.push(problem);
                }
            }
        }
    }
    out
}
