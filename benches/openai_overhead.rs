//! Overhead of copydesk's OpenAI-compatible path over a raw HTTP request to the same server.
//!
//! Run by `scripts/bench-openai-overhead.sh`, which starts llama-cpp-python's server on
//! 127.0.0.1 and sets `COPYDESK_BENCH_BASE_URL`. Requests alternate between the raw path (one
//! reqwest POST with the same JSON body) and `OpenAiClient::chat`, 200 each, so drift in the
//! server's speed affects both equally.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use copydesk::config::{Profile, StructuredOutput};
use copydesk::llm::openai::OpenAiClient;
use copydesk::llm::{ChatRequest, LlmClient};
use copydesk::prompt::{ChatMessage, Role};

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn main() {
    let Ok(base) = std::env::var("COPYDESK_BENCH_BASE_URL") else {
        eprintln!(
            "openai_overhead: set COPYDESK_BENCH_BASE_URL (scripts/bench-openai-overhead.sh does)"
        );
        return;
    };
    let n: usize = std::env::var("COPYDESK_BENCH_REQUESTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let mut profile = Profile::openai_compatible("smollm2", &base, 4096);
    profile.structured_output = StructuredOutput::None;
    profile.max_retries = 0;
    let client = OpenAiClient::new("bench", &profile).unwrap();
    let request = ChatRequest {
        messages: vec![ChatMessage {
            role: Role::User,
            content: "Say hi.".into(),
        }],
        output_schema: None,
        schema_name: String::new(),
        temperature: 0.0,
        top_p: 1.0,
        max_tokens: 1,
        seed: Some(1),
    };
    let body = serde_json::json!({
        "messages": [{"role": "user", "content": "Say hi."}],
        "model": "smollm2", "max_tokens": 1, "seed": 1, "temperature": 0.0, "top_p": 1.0
    })
    .to_string();
    let raw = reqwest::Client::new();
    let url = format!("{}/chat/completions", base.trim_end_matches('/'));
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let (mut t_raw, mut t_lib) = (Vec::with_capacity(n), Vec::with_capacity(n));
    rt.block_on(async {
        for i in 0..(n + 10) {
            let s = Instant::now();
            let r = raw
                .post(&url)
                .header("content-type", "application/json")
                .body(body.clone())
                .send()
                .await
                .unwrap();
            let v: serde_json::Value = serde_json::from_slice(&r.bytes().await.unwrap()).unwrap();
            assert!(v["choices"].is_array());
            let raw_time = s.elapsed();
            let s = Instant::now();
            client.chat(&request, None).await.unwrap();
            let lib_time = s.elapsed();
            if i >= 10 {
                t_raw.push(raw_time);
                t_lib.push(lib_time);
            }
        }
    });
    t_raw.sort();
    t_lib.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!("requests: {n} each, sequential, alternating");
    println!(
        "raw HTTP   median {:.3} ms  p95 {:.3} ms",
        ms(percentile(&t_raw, 0.5)),
        ms(percentile(&t_raw, 0.95))
    );
    println!(
        "copydesk   median {:.3} ms  p95 {:.3} ms",
        ms(percentile(&t_lib, 0.5)),
        ms(percentile(&t_lib, 0.95))
    );
    println!(
        "overhead   median {:+.3} ms  p95 {:+.3} ms",
        ms(percentile(&t_lib, 0.5)) - ms(percentile(&t_raw, 0.5)),
        ms(percentile(&t_lib, 0.95)) - ms(percentile(&t_raw, 0.95))
    );
}
