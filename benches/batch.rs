//! `copydesk batch` at catalogue scale, as a user runs it: the release binary against an
//! OpenAI-compatible test endpoint on 127.0.0.1 that answers every call after a fixed delay.
//!
//! 1. N rows (default 10,000) at `--concurrency 64` against a 50 ms endpoint: wall time against
//!    the ideal N × 50 ms / 64, and the process's peak RSS (VmHWM, sampled from /proc).
//! 2. The same command again: every row is checkpointed, so it only reads the feed and
//!    rewrites the output from the checkpoints (rows/s).
//! 3. A new run over the same feed: every call is a cache hit, every row goes through the whole
//!    pipeline (rows/s).
//! 4. With `COPYDESK_BENCH_BIG_ROWS` set (e.g. 1000000): peak RSS over a feed that large with
//!    an endpoint that answers at once.
//!
//! Run by `scripts/bench-batch.sh` (`cargo bench --bench batch`).

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

fn write_feed(path: &Path, rows: usize) {
    use std::io::Write;
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    for i in 0..rows {
        writeln!(
            f,
            "{}",
            serde_json::json!({
                "id": format!("SKU-{i:07}"),
                "title": format!("Trail jacket model {i}"),
                "brand": "Talgrat",
                "product_type": "Jackets",
                "color": "Blue",
            })
        )
        .unwrap();
    }
}

/// Run the binary; wall time, peak RSS in MB, and the JSON summary.
fn run(dir: &Path, args: &[&str]) -> (Duration, f64, serde_json::Value) {
    let started = Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args(args)
        .current_dir(dir)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let status = format!("/proc/{}/status", child.id());
    let sampler = std::thread::spawn(move || {
        let mut peak_kb = 0u64;
        while let Ok(text) = std::fs::read_to_string(&status) {
            // a zombie has no VmHWM line; the last value read is the peak
            match text
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            {
                Some(kb) => peak_kb = peak_kb.max(kb),
                None => break,
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        peak_kb
    });
    let out = child.wait_with_output().unwrap();
    let elapsed = started.elapsed();
    let peak = sampler.join().unwrap() as f64 / 1024.0;
    let summary = serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null);
    (elapsed, peak, summary)
}

fn project(dir: &Path, uri: &str) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    for sub in ["prompts", "policies", "brand-guides"] {
        copy_dir(&repo.join(sub), &dir.join(sub));
    }
    std::fs::write(
        dir.join("copydesk.yaml"),
        format!(
            "default_profile: mock\nprofiles:\n  mock:\n    provider: openai\n    model: m\n    base_url: {uri}/v1\n    context_window: 8192\n    max_retries: 0\n    max_concurrency: 64\n    timeout_secs: 30\n"
        ),
    )
    .unwrap();
}

async fn endpoint(delay: Duration) -> MockServer {
    let reply = serde_json::json!({
        "title": "Talgrat Trail jacket for wet days in the hills",
        "description": "A light trail jacket from Talgrat for walks in changing weather, described from the facts of the feed row.",
        "usp_bullets": ["Made by Talgrat", "Light for long walks", "Ready for changing weather"],
    });
    endpoint::answering(reply, (150, 60), delay).await
}

fn batch(run: &str) -> Vec<&str> {
    vec![
        "batch",
        "feed.jsonl",
        "--prompt",
        "feed-enrichment@1",
        "--out",
        "out.jsonl",
        "--locale",
        "en",
        "--concurrency",
        "64",
        "--format",
        "json",
        "--run",
        run,
    ]
}

fn main() {
    // `cargo bench` passes --bench; nothing else is read from the command line
    let rows: usize = std::env::var("COPYDESK_BENCH_ROWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let server = rt.block_on(endpoint(Duration::from_millis(50)));
    let dir = tempfile::tempdir().unwrap();
    project(dir.path(), &server.uri());
    write_feed(&dir.path().join("feed.jsonl"), rows);

    let ideal = Duration::from_millis(50) * rows as u32 / 64;
    let (wall, rss, summary) = run(dir.path(), &batch("bench"));
    assert_eq!(summary["read"], rows, "{summary}");
    println!(
        "batch: {rows} rows, concurrency 64, 50 ms endpoint: {:.2} s (ideal {:.2} s, {:.3}×), peak RSS {rss:.1} MB, {} calls paid",
        wall.as_secs_f64(),
        ideal.as_secs_f64(),
        wall.as_secs_f64() / ideal.as_secs_f64(),
        summary["paid_calls"]
    );
    let (wall, rss, summary) = run(dir.path(), &batch("bench"));
    assert_eq!(summary["resumed"], rows, "{summary}");
    println!(
        "batch: rerun of the finished run (all {rows} rows checkpointed): {:.3} s, {:.0} rows/s, peak RSS {rss:.1} MB",
        wall.as_secs_f64(),
        rows as f64 / wall.as_secs_f64()
    );
    let (wall, rss, summary) = run(dir.path(), &batch("bench-cached"));
    assert_eq!(summary["cache_hits"], rows, "{summary}");
    println!(
        "batch: a new run over the same feed (all {rows} calls cache hits, whole pipeline): {:.2} s, {:.0} rows/s, peak RSS {rss:.1} MB",
        wall.as_secs_f64(),
        rows as f64 / wall.as_secs_f64()
    );
    drop(server);

    if let Some(big) = std::env::var("COPYDESK_BENCH_BIG_ROWS")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
    {
        let server = rt.block_on(endpoint(Duration::ZERO));
        let dir = tempfile::tempdir().unwrap();
        project(dir.path(), &server.uri());
        write_feed(&dir.path().join("feed.jsonl"), big);
        let (wall, rss, summary) = run(dir.path(), &batch("big"));
        println!(
            "batch: {big} rows against an endpoint that answers at once: {:.1} s ({:.0} rows/s), peak RSS {rss:.1} MB, {} rows read",
            wall.as_secs_f64(),
            big as f64 / wall.as_secs_f64(),
            summary["read"]
        );
    }
}
