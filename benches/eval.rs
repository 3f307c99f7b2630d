//! `copydesk eval` as CI runs it: the release binary, a whole process per run, against an
//! OpenAI-compatible test endpoint on 127.0.0.1 that answers every call after 20 ms.
//!
//! 1. A 20-case suite at the default concurrency (8): wall time of the process.
//! 2. 1,000 cases at `--concurrency 32`: wall time against the ideal 1,000 × 20 ms / 32.
//!
//! Every case goes through the whole pipeline (guard chain, ledger) and four assertions;
//! `--no-cache` makes every call a real one. Run by `scripts/bench-eval.sh`
//! (`cargo bench --bench eval`).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use wiremock::MockServer;

#[path = "support/endpoint.rs"]
mod endpoint;
#[path = "support/fs.rs"]
mod fs;

use fs::copy_dir;

const DELAY_MS: u64 = 20;

fn project(dir: &Path, uri: &str) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    for sub in ["policies", "brand-guides"] {
        copy_dir(&repo.join(sub), &dir.join(sub));
    }
    std::fs::create_dir_all(dir.join("prompts/slogan")).unwrap();
    std::fs::write(
        dir.join("prompts/slogan/v1.yaml"),
        "id: slogan\nversion: 1\ndescription: One slogan line.\nmodel: { max_tokens: 60 }\ninputs:\n  type: object\n  required: [brand, product]\n  properties: { brand: { type: string }, locale: { type: string }, product: { type: string } }\noutput:\n  type: object\n  required: [text]\n  properties: { text: { type: string, maxLength: 120 } }\nsystem: \"One slogan for {{ brand }}.\"\nuser: \"product: {{ product }}\"\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("copydesk.yaml"),
        format!(
            "default_profile: mock\nprofiles:\n  mock:\n    provider: openai\n    model: m\n    base_url: {uri}/v1\n    context_window: 8192\n    max_retries: 0\n    max_concurrency: 64\n    timeout_secs: 30\n"
        ),
    )
    .unwrap();
}

fn suite(dir: &Path, name: &str, cases: usize) {
    let mut text = String::from(
        "prompt: slogan@1\nassert:\n  - { type: contains, value: [rain] }\n  - { type: not-contains, value: [guaranteed] }\n  - { type: max-length, field: /text, value: 80 }\n  - { type: guard }\nthresholds:\n  pass_rate: 1.0\ncases:\n",
    );
    for i in 0..cases {
        text.push_str(&format!(
            "  - name: case-{i}\n    vars: {{ brand: Talgrat Outdoor, locale: en, product: jacket {i} }}\n"
        ));
    }
    std::fs::write(dir.join(format!("evals/{name}.yaml")), text).unwrap();
}

async fn endpoint() -> MockServer {
    let reply = serde_json::json!({"text": "Light rain jacket for long days in the hills."});
    endpoint::answering(reply, (40, 12), Duration::from_millis(DELAY_MS)).await
}

/// Run `copydesk eval` on a suite; wall time and the JSON result.
fn eval(dir: &Path, name: &str, concurrency: usize) -> (Duration, serde_json::Value) {
    let started = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args([
            "eval",
            &format!("evals/{name}.yaml"),
            "--no-cache",
            "--format",
            "json",
            "--concurrency",
            &concurrency.to_string(),
        ])
        .current_dir(dir)
        .output()
        .unwrap();
    let elapsed = started.elapsed();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (elapsed, serde_json::from_slice(&out.stdout).unwrap())
}

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let server = rt.block_on(endpoint());
    let dir = tempfile::tempdir().unwrap();
    project(dir.path(), &server.uri());
    std::fs::create_dir_all(dir.path().join("evals")).unwrap();
    suite(dir.path(), "twenty", 20);
    suite(dir.path(), "thousand", 1000);

    let mut walls = Vec::new();
    for _ in 0..5 {
        let (wall, out) = eval(dir.path(), "twenty", 8);
        assert_eq!(out["runs"][0]["metrics"]["pass_rate"], 1.0, "{out}");
        walls.push(wall.as_secs_f64());
    }
    walls.sort_by(f64::total_cmp);
    let ideal = (20f64 / 8.0).ceil() * DELAY_MS as f64 / 1000.0;
    println!(
        "eval: 20 cases, concurrency 8, {DELAY_MS} ms endpoint, whole process: median {:.3} s (min {:.3}, max {:.3}; ideal model time {:.3} s)",
        walls[2], walls[0], walls[4], ideal
    );

    let (wall, out) = eval(dir.path(), "thousand", 32);
    assert_eq!(out["runs"][0]["cases"].as_array().unwrap().len(), 1000);
    let ideal = 1000.0 * DELAY_MS as f64 / 1000.0 / 32.0;
    println!(
        "eval: 1,000 cases, concurrency 32, {DELAY_MS} ms endpoint, whole process: {:.3} s (ideal {:.3} s, {:.3}×; in-process run {:.3} s)",
        wall.as_secs_f64(),
        ideal,
        wall.as_secs_f64() / ideal,
        out["runs"][0]["seconds"].as_f64().unwrap_or_default()
    );
}
