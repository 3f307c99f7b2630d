//! Shared helpers: a scratch project, the model file, running the binary.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use copydesk::config::Config;
use copydesk::prompt::Registry;

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The GGUF file the embedded-model tests run (fetched by `scripts/test.sh`).
pub fn model_file() -> PathBuf {
    let path = std::env::var_os("COPYDESK_TEST_MODEL")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join(".copydesk/models/SmolLM2-135M-Instruct.Q4_1.gguf"));
    assert!(
        path.is_file(),
        "{} is missing: run ./scripts/test.sh (it fetches the model) or `copydesk models fetch`",
        path.display()
    );
    path
}

/// The repository's prompts.
pub fn registry() -> Registry {
    Registry::load(&repo().join("prompts"))
}

/// The example vars of the README's first command.
pub fn example_vars() -> serde_json::Map<String, serde_json::Value> {
    let text = std::fs::read_to_string(repo().join("examples/ad-variants.firstwand.de.json"))
        .unwrap_or_else(|e| panic!("example vars: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("example vars: {e}"))
}

/// A scratch project: a copy of the repository's data folders and a given copydesk.yaml.
pub struct Project {
    pub dir: tempfile::TempDir,
}

impl Project {
    pub fn new(config_yaml: &str) -> Self {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
        for sub in ["prompts", "brand-guides", "evals", "policies", "examples"] {
            copy_dir(&repo().join(sub), &dir.path().join(sub));
        }
        std::fs::write(dir.path().join("copydesk.yaml"), config_yaml)
            .unwrap_or_else(|e| panic!("{e}"));
        Self { dir }
    }

    /// A project whose `local` profile points at the real model file.
    pub fn with_local_model() -> Self {
        Self::new(&format!(
            "default_profile: local\nprofiles:\n  local:\n    provider: local\n    model: smollm2\n    model_file: {}\n    context_window: 4096\n    max_concurrency: 1\n",
            model_file().display()
        ))
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn write(&self, rel: &str, text: &str) {
        let p = self.path().join(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{e}"));
        }
        std::fs::write(p, text).unwrap_or_else(|e| panic!("{e}"));
    }

    pub fn config(&self) -> Config {
        Config::load_with_env(&self.path().join("copydesk.yaml"), &[])
            .unwrap_or_else(|e| panic!("{e}"))
    }

    /// Run the binary in the project directory.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_env(args, &[])
    }

    pub fn run_env(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_copydesk"));
        cmd.args(args)
            .current_dir(self.path())
            .env_remove("COPYDESK_CONFIG");
        for (k, v) in env {
            cmd.env(k, v);
        }
        Run(cmd
            .output()
            .unwrap_or_else(|e| panic!("running copydesk: {e}")))
    }
}

/// A finished run of the binary.
pub struct Run(pub Output);

impl Run {
    pub fn code(&self) -> i32 {
        self.0.status.code().unwrap_or(-1)
    }
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.0.stdout).into_owned()
    }
    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.0.stderr).into_owned()
    }
    /// stderr is exactly one line: an error message, no backtrace, no panic.
    pub fn one_error_line(&self) -> String {
        let err = self.stderr();
        let lines: Vec<&str> = err.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(lines.len(), 1, "expected one line on stderr, got:\n{err}");
        assert!(lines[0].starts_with("error: "), "not an error line: {err}");
        assert!(!err.contains("panicked"), "panic: {err}");
        lines[0].to_string()
    }
}

fn copy_dir(from: &Path, to: &Path) {
    let Ok(entries) = std::fs::read_dir(from) else {
        return;
    };
    std::fs::create_dir_all(to).unwrap_or_else(|e| panic!("{e}"));
    for entry in entries.flatten() {
        let p = entry.path();
        let target = to.join(entry.file_name());
        if p.is_dir() {
            copy_dir(&p, &target);
        } else {
            std::fs::copy(&p, &target).unwrap_or_else(|e| panic!("{e}"));
        }
    }
}

/// A free TCP port on the loopback interface.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or_else(|e| panic!("no free port: {e}"))
}

/// A generate request for `prompt` (ID[@N]) in `reg`.
pub fn request(
    reg: &Registry,
    prompt: &str,
    vars: serde_json::Map<String, serde_json::Value>,
    n: usize,
    stream: Option<copydesk::llm::TokenSink>,
) -> copydesk::pipeline::GenerateRequest {
    copydesk::pipeline::GenerateRequest {
        prompt: std::sync::Arc::clone(reg.resolve(&prompt.parse().unwrap()).unwrap()),
        vars,
        n,
        profile: None,
        brand: None,
        stream,
        chain: chain(),
        retriever: None,
        cache: None,
        ledger: None,
        budgets: None,
        review: None,
        run: None,
        salt: None,
    }
}

/// A one-profile chain on an injected client, `concurrency` calls at once.
pub fn target(
    client: std::sync::Arc<dyn copydesk::llm::LlmClient>,
    concurrency: usize,
) -> Vec<copydesk::pipeline::Target> {
    let mut profile =
        copydesk::config::Profile::openai_compatible("injected", "http://127.0.0.1:9/v1", 1 << 20);
    profile.max_concurrency = concurrency;
    profile.max_retries = 0;
    vec![copydesk::pipeline::Target::new("mock", profile, client)]
}

/// The guard chain of the repository's policies and the example brand.
pub fn chain() -> std::sync::Arc<copydesk::guard::Chain> {
    std::sync::Arc::new(
        copydesk::guard::chain::for_project(&repo(), Some("talgrat"), None)
            .unwrap_or_else(|e| panic!("{e}")),
    )
}

/// A schema-constrained reply always matches the schema; a fix (a placeholder for personal data
/// the model made up) may break a limit afterwards, which the re-asks then try to repair.
pub fn fixed(v: &copydesk::lineage::Variant) -> bool {
    v.findings
        .iter()
        .any(|f| f.action == copydesk::guard::Action::Fix)
}

/// A Python server from the test venv (`COPYDESK_TEST_PYTHON`, built by `scripts/test.sh`) on a
/// free loopback port; killed when dropped, so a failing test does not leak it.
pub struct PyServer {
    child: std::process::Child,
    pub base_url: String,
}

impl PyServer {
    /// `python -m MODULE ARGS --host 127.0.0.1 --port P`, once `GET /v1/models` answers 200.
    pub fn start(module: &str, args: &[&str]) -> Self {
        let python = std::env::var_os("COPYDESK_TEST_PYTHON")
            .map(PathBuf::from)
            .unwrap_or_else(|| {
                PathBuf::from(std::env::var("HOME").unwrap_or_default())
                    .join(".cache/copydesk/pyenv/bin/python")
            });
        assert!(
            python.exists(),
            "{} missing: ./scripts/test.sh builds the test servers into it",
            python.display()
        );
        let port = free_port();
        let child = Command::new(&python)
            .args(["-m", module])
            .args(args)
            .args(["--host", "127.0.0.1", "--port", &port.to_string()])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("start {module}: {e}"));
        let server = Self {
            child,
            base_url: format!("http://127.0.0.1:{port}/v1"),
        };
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
        while std::time::Instant::now() < deadline {
            if let Ok(mut s) = std::net::TcpStream::connect(("127.0.0.1", port)) {
                use std::io::{Read, Write};
                let _ = s.write_all(b"GET /v1/models HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
                let mut head = [0u8; 12];
                if s.read_exact(&mut head).is_ok() && head.ends_with(b"200") {
                    return server;
                }
            }
            std::thread::sleep(std::time::Duration::from_millis(250));
        }
        panic!("{module} did not become ready on port {port}");
    }
}

impl Drop for PyServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A chat completion replying `content` with the given usage (prompt, completion tokens).
pub fn completion_with(content: &str, (prompt, completion): (u32, u32)) -> serde_json::Value {
    serde_json::json!({
        "id": "c", "object": "chat.completion", "created": 0, "model": "m",
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": content}}],
        "usage": {"prompt_tokens": prompt, "completion_tokens": completion,
                  "total_tokens": prompt + completion}
    })
}

/// An ad for the example product that ad-variants@1 accepts.
pub fn valid_ad() -> String {
    serde_json::json!({
        "headlines": ["Drei Lagen gegen den Regen", "Mit helmkompatibler Kapuze", "Regenjacke in drei Lagen"],
        "descriptions": ["Unterarmbelüftung und verstellbare Bündchen für jedes Tempo.",
                         "Für lange Tage im Regen gemacht, mit helmkompatibler Kapuze."]
    })
    .to_string()
}

/// Open a state database after a writer was killed and check that SQLite finds it sound.
pub fn assert_sound(db: &Path) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open(db).unwrap_or_else(|e| panic!("{e}"));
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(check, "ok");
    conn
}
