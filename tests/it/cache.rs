//! The fingerprint cache and the usage ledger through `copydesk generate`: an identical request
//! is answered from the state database and never reaches the endpoint; `--refresh` and
//! `--no-cache` do; `cache explain` lists the inputs of a key; a failing endpoint caches
//! nothing; every call is in the ledger, whose totals are the sum of the responses' usage.

use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::{Project, Run, completion_with, valid_ad};

fn project(uri: &str) -> Project {
    Project::new(&format!(
        "default_profile: mock\nprofiles:\n  mock:\n    provider: openai\n    model: m\n    base_url: {uri}/v1\n    context_window: 4096\n    max_retries: 0\n    price: {{ input_per_1m: 1.0, output_per_1m: 2.0 }}\n"
    ))
}

/// `report costs --by prompt --format json`, the one row.
fn costs(p: &Project) -> serde_json::Value {
    let run = p.run(&["report", "costs", "--by", "prompt", "--format", "json"]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let rows: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    rows[0].clone()
}

fn generate(p: &Project, extra: &[&str]) -> Run {
    let mut args: Vec<String> = [
        "generate",
        "--prompt",
        "ad-variants@1",
        "--vars",
        "examples/ad-variants.firstwand.de.json",
        "--n",
        "2",
        "--format",
        "json",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    args.extend(extra.iter().map(|s| s.to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    // the mock server answers on this runtime's other worker meanwhile
    tokio::task::block_in_place(|| p.run(&args))
}

fn calls(run: &Run) -> Vec<serde_json::Value> {
    let out: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap_or_else(|e| {
        panic!("{e}: {}\n{}", run.stdout(), run.stderr());
    });
    out["calls"].as_array().unwrap().clone()
}

/// A mock endpoint that answers every request with one valid ad.
async fn answering_with_an_ad() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(completion_with(&valid_ad(), (42, 7))),
        )
        .mount(&server)
        .await;
    server
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_identical_request_is_answered_from_the_cache() {
    let server = answering_with_an_ad().await;
    let p = project(&server.uri());
    let first = generate(&p, &[]);
    let sent = server.received_requests().await.unwrap().len();
    assert!(sent >= 2, "two variants, two calls at least: {sent}");
    let first_calls = calls(&first);
    assert!(first_calls.iter().all(|c| c["cached"] == false));
    // the two variants are two entries, not one
    let keys: Vec<&str> = first_calls
        .iter()
        .filter_map(|c| c["fingerprint"].as_str())
        .collect();
    assert!(keys.len() >= 2 && keys[0] != keys[1], "{keys:?}");

    let second = generate(&p, &[]);
    assert_eq!(
        server.received_requests().await.unwrap().len(),
        sent,
        "a cached request reached the endpoint"
    );
    let second_calls = calls(&second);
    assert!(second_calls.iter().all(|c| c["cached"] == true));
    assert!(
        second_calls
            .iter()
            .all(|c| c["usage"]["prompt_tokens"] == 0)
    );
    let variants = |r: &Run| {
        let v: serde_json::Value = serde_json::from_str(&r.stdout()).unwrap();
        v["variants"].clone()
    };
    assert_eq!(variants(&first), variants(&second));

    let stats = p.run(&["cache", "stats", "--format", "json"]);
    let stats: serde_json::Value = serde_json::from_str(&stats.stdout()).unwrap();
    assert!(stats["entries"].as_i64().unwrap() >= 2);
    assert!(stats["hits"].as_i64().unwrap() >= 2);
    assert!(stats["tokens_saved"].as_i64().unwrap() >= 2 * 49);
    // --refresh asks again and overwrites; --no-cache neither reads nor writes
    generate(&p, &["--refresh"]);
    let after_refresh = server.received_requests().await.unwrap().len();
    assert!(after_refresh > sent);
    generate(&p, &["--no-cache"]);
    assert!(server.received_requests().await.unwrap().len() > after_refresh);

    // explain names every input of the key
    let explain = p.run(&["cache", "explain", &keys[0][..12]]);
    assert_eq!(explain.code(), 0, "{}", explain.stderr());
    for input in [
        "prompt: \"ad-variants@1\"",
        "template_hash",
        "profile",
        "retrieved_chunks",
        "slot: \"variant 0\"",
        "sampling",
        "messages",
        "output_schema",
    ] {
        assert!(
            explain.stdout().contains(input),
            "{input}: {}",
            explain.stdout()
        );
    }
    let cleared = p.run(&["cache", "clear", "--prompt", "ad-variants"]);
    assert!(
        cleared.stdout().starts_with("removed "),
        "{}",
        cleared.stdout()
    );
    let stats = p.run(&["cache", "stats", "--format", "json"]);
    let stats: serde_json::Value = serde_json::from_str(&stats.stdout()).unwrap();
    assert_eq!(stats["entries"], 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_ledger_records_every_call_with_its_usage_and_cost() {
    let server = answering_with_an_ad().await;
    let p = project(&server.uri());
    let first = generate(&p, &[]);
    let paid: Vec<serde_json::Value> = calls(&first);
    let sent = server.received_requests().await.unwrap().len() as i64;
    let row = costs(&p);
    assert_eq!(row["group"], "ad-variants@1");
    assert_eq!(row["calls"], sent);
    // the ledger's totals are the sum of the responses' usage
    let sum = |key: &str| {
        paid.iter()
            .map(|c| c["usage"][key].as_i64().unwrap())
            .sum::<i64>()
    };
    assert_eq!(row["prompt_tokens"], sum("prompt_tokens"));
    assert_eq!(row["completion_tokens"], sum("completion_tokens"));
    assert_eq!(row["prompt_tokens"], 42 * sent);
    let cost = row["cost"].as_f64().unwrap();
    assert!(
        (cost - sent as f64 * (42.0 + 2.0 * 7.0) / 1e6).abs() < 1e-12,
        "{cost}"
    );
    // a cached rerun adds rows at cost 0
    generate(&p, &[]);
    let row = costs(&p);
    assert_eq!(row["calls"], 2 * sent);
    assert_eq!(row["cached"], sent);
    assert!((row["cost"].as_f64().unwrap() - cost).abs() < 1e-12);
    let csv = p.run(&["report", "costs", "--by", "day", "--format", "csv"]);
    assert!(
        csv.stdout()
            .starts_with("group,calls,cached,failed,prompt_tokens,completion_tokens,cost\n"),
        "{}",
        csv.stdout()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn errors_are_never_cached() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(500).set_body_string("boom"))
        .mount(&server)
        .await;
    let p = project(&server.uri());
    let run = generate(&p, &[]);
    assert_ne!(run.code(), 0);
    // the failed call is in the ledger, at no cost
    // (a sibling call in flight when the first failed is cancelled before it is recorded)
    let row = costs(&p);
    let sent = server.received_requests().await.unwrap().len() as i64;
    let recorded = row["calls"].as_i64().unwrap();
    assert!((1..=sent).contains(&recorded), "{recorded} of {sent}");
    assert_eq!(row["failed"].as_i64(), Some(recorded));
    assert_eq!(row["cost"], 0.0);
    let stats = p.run(&["cache", "stats", "--format", "json"]);
    let stats: serde_json::Value = serde_json::from_str(&stats.stdout()).unwrap();
    assert_eq!(stats["entries"], 0, "{stats}");
}
