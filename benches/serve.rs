//! `copydesk serve` under load, as users run it: the release binary on 127.0.0.1 with a review
//! queue of 10,000 items in its state database, and `wrk` (64 connections, 2 threads) on
//!
//! 1. `GET /api/review?limit=50` — one page of the open list with its current texts;
//! 2. `POST /api/review/{id}/approve` — each request approves another item (write transactions
//!    with their audit events);
//!
//! then the generate page's weight (HTML, CSS and JS in bytes), and the time from request to
//! the first variant against a 20 ms test endpoint: `POST /api/generate` on the running server
//! against the same request by the CLI (`copydesk generate`, a whole process). Run by
//! `scripts/bench-serve.sh` (`cargo bench --bench serve`).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use copydesk::review::State;
use copydesk::review::queue::{NewItem, Origin, Queue};

#[path = "support/endpoint.rs"]
mod endpoint;
#[path = "support/fs.rs"]
mod fs;

const ITEMS: usize = 10_000;
const DELAY_MS: u64 = 20;

fn ad() -> serde_json::Value {
    serde_json::json!({
        "headlines": ["Drei Lagen gegen den Regen", "Mit helmkompatibler Kapuze", "Regenjacke in drei Lagen"],
        "descriptions": ["Unterarmbelüftung und verstellbare Bündchen für jedes Tempo.",
                         "Für lange Tage im Regen gemacht, mit helmkompatibler Kapuze."]
    })
}

fn project(dir: &Path, uri: &str) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    for sub in ["policies", "brand-guides", "prompts", "examples"] {
        fs::copy_dir(&repo.join(sub), &dir.join(sub));
    }
    std::fs::write(
        dir.join("copydesk.yaml"),
        format!(
            "default_profile: mock\nprofiles:\n  mock:\n    provider: openai\n    model: m\n    base_url: {uri}/v1\n    context_window: 8192\n    max_retries: 0\n    max_concurrency: 64\n"
        ),
    )
    .unwrap();
}

/// The queue filled as generate would fill it: lineage with vars, messages and the call.
fn fill(dir: &Path) {
    let state = dir.join(".copydesk");
    std::fs::create_dir_all(&state).unwrap();
    let queue = Queue::open(&state.join("state.db"), 30).unwrap();
    let vars: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("examples/ad-variants.firstwand.de.json")).unwrap(),
    )
    .unwrap();
    let text = ad().to_string();
    for i in 0..ITEMS {
        queue
            .add(&NewItem {
                origin: Origin {
                    prompt: "ad-variants@1".into(),
                    prompt_hash: "blake3:bench".into(),
                    brand: Some("talgrat".into()),
                    channel: Some("google-ads-rsa".into()),
                    profile: "mock".into(),
                    model: "m".into(),
                    fingerprint: Some(format!("{i:016x}")),
                    cost: 0.000_07,
                    reason: "needs review".into(),
                    lineage: serde_json::json!({"vars": vars, "messages": [
                        {"role": "system", "content": "You write Google Ads responsive search ads for Talgrat Outdoor."},
                        {"role": "user", "content": "Product: Firstwand 3-Lagen-Regenjacke"}],
                        "raw": text, "output": ad(), "reasks": 0}),
                },
                state: State::Pending,
                text: text.clone(),
                findings: serde_json::json!([{"pointer": "/headlines/0", "start": 0, "end": 4,
                    "severity": "warning", "rule": "policy.claims.breathable", "message": "m"}]),
                outcome: "needs-review".into(),
            })
            .unwrap();
    }
}

struct Served(Child);

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn serve(dir: &Path, port: u16) -> Served {
    let child = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args([
            "serve",
            "--bind",
            &format!("127.0.0.1:{port}"),
            "--reviewer",
            "bench",
        ])
        .current_dir(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let served = Served(child);
    for _ in 0..200 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return served;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("copydesk serve did not listen on {port}");
}

/// wrk's figures: requests/s, p50, p99, non-2xx responses.
fn wrk(url: &str, script: Option<&Path>, seconds: u32) -> String {
    let mut cmd = Command::new("wrk");
    cmd.args(["-t2", "-c64", &format!("-d{seconds}s"), "--latency"]);
    if let Some(s) = script {
        cmd.arg("-s").arg(s);
    }
    let out = cmd
        .arg(url)
        .output()
        .expect("wrk (scripts/bench-serve.sh installs it)");
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let pick = |label: &str| {
        text.lines()
            .find(|l| l.trim_start().starts_with(label))
            .map(|l| l.split_whitespace().nth(1).unwrap_or("?").to_string())
            .unwrap_or_else(|| "?".into())
    };
    let rps = text
        .lines()
        .find(|l| l.starts_with("Requests/sec"))
        .and_then(|l| l.split_whitespace().nth(1))
        .unwrap_or("?")
        .to_string();
    let errors = text
        .lines()
        .find(|l| l.contains("Non-2xx"))
        .and_then(|l| l.split(':').nth(1))
        .map_or_else(|| "0".to_string(), |n| n.trim().to_string());
    let total = text
        .lines()
        .find(|l| l.contains("requests in"))
        .and_then(|l| l.split_whitespace().next())
        .unwrap_or("?")
        .to_string();
    format!(
        "p50 {} · p99 {} · {rps} requests/s · {total} requests, {errors} not 2xx",
        pick("50%"),
        pick("99%")
    )
}

/// A whole response: status line, headers, body.
fn raw(port: u16, path: &str) -> Vec<u8> {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut all = Vec::new();
    s.read_to_end(&mut all).unwrap();
    all
}

/// A response's body.
fn get(port: u16, path: &str) -> Vec<u8> {
    let all = raw(port, path);
    let body = all
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map_or(0, |p| p + 4);
    all[body..].to_vec()
}

fn post(port: u16, path: &str, body: &str) -> (Duration, String) {
    use std::io::{Read, Write};
    let started = Instant::now();
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        s,
        "POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut all = String::new();
    s.read_to_string(&mut all).unwrap();
    (started.elapsed(), all)
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let endpoint = rt.block_on(endpoint::answering(
        ad(),
        (300, 80),
        Duration::from_millis(DELAY_MS),
    ));
    let dir = tempfile::tempdir().unwrap();
    project(dir.path(), &endpoint.uri());
    let started = Instant::now();
    fill(dir.path());
    println!(
        "serve: {ITEMS} review items written in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let _served = serve(dir.path(), port);
    let base = format!("http://127.0.0.1:{port}");

    let first = String::from_utf8_lossy(&raw(port, "/api/review?limit=50")).to_string();
    assert!(
        first.contains("\"total\":10000"),
        "{}",
        &first[..first.len().min(600)]
    );
    println!(
        "serve: GET /api/review?limit=50, {ITEMS} items, 64 connections: {}",
        wrk(&format!("{base}/api/review?limit=50"), None, 10)
    );
    let script = dir.path().join("approve.lua");
    std::fs::write(
        &script,
        format!("local n = 0\nfunction setup(thread) n = n + 1; thread:set(\"first\", n) end\nfunction init(args) next_id = first end\nfunction request()\n  local id = next_id\n  next_id = next_id + 2\n  return wrk.format(\"POST\", \"/api/review/\" .. id .. \"/approve\", {{[\"Content-Type\"] = \"application/json\"}}, \"{{}}\")\nend\nfunction response(status, headers, body)\n  if next_id > {ITEMS} then wrk.thread:stop() end\nend\n"),
    )
    .unwrap();
    println!(
        "serve: POST /api/review/ID/approve (each of the {ITEMS} items once), 64 connections: {}",
        wrk(&format!("{base}/api/review"), Some(&script), 10)
    );

    let html = get(port, "/generate?lang=en");
    let css = get(port, "/static/app.css");
    let js = get(port, "/static/app.js");
    println!(
        "serve: generate page weight: {} bytes (HTML {}, CSS {}, JS {}; no other requests)",
        html.len() + css.len() + js.len(),
        html.len(),
        css.len(),
        js.len()
    );

    let vars =
        std::fs::read_to_string(dir.path().join("examples/ad-variants.firstwand.de.json")).unwrap();
    let body = format!(
        "{{\"prompt\": \"ad-variants@1\", \"vars\": {vars}, \"n\": 1, \"cache\": \"off\"}}"
    );
    let mut served = Vec::new();
    for _ in 0..20 {
        let (t, reply) = post(port, "/api/generate", &body);
        assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
        served.push(t.as_secs_f64() * 1000.0);
    }
    let mut cli = Vec::new();
    for _ in 0..5 {
        let started = Instant::now();
        let out = Command::new(env!("CARGO_BIN_EXE_copydesk"))
            .args([
                "generate",
                "--prompt",
                "ad-variants@1",
                "--vars",
                "examples/ad-variants.firstwand.de.json",
                "--n",
                "1",
                "--no-cache",
                "--format",
                "json",
            ])
            .current_dir(dir.path())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        cli.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    println!(
        "serve: request to first variant, {DELAY_MS} ms endpoint: POST /api/generate median {:.1} ms (min {:.1}) · copydesk generate (whole process) median {:.1} ms (min {:.1})",
        median(served.clone()),
        served.iter().copied().fold(f64::INFINITY, f64::min),
        median(cli.clone()),
        cli.iter().copied().fold(f64::INFINITY, f64::min),
    );
}
