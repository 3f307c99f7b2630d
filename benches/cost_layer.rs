//! Overhead of the whole cost layer per request: the same `generate` (ad-variants@1, one
//! variant, the repository's guard chain) against a local endpoint that answers at once, with
//! the cost layer off and on — fingerprint lookup and write (every request a miss), tiktoken
//! count, reservations against three budgets and their settlement, the ledger row — alternating,
//! 300 requests each. Also the whole request when the cache answers.
//!
//! `cargo bench --bench cost_layer`. The endpoint is wiremock on 127.0.0.1 in this process.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use copydesk::config::{BudgetConfig, Dimension, Price, Profile, StructuredOutput, Window};
use copydesk::cost::budget::{Amount, Budgets, Scope};
use copydesk::cost::cache::Cache;
use copydesk::cost::ledger::Ledger;
use copydesk::guard::chain::for_project;
use copydesk::llm::openai::OpenAiClient;
use copydesk::pipeline::{self, CacheUse, GenerateRequest, Target};
use copydesk::prompt::Registry;
use serde_json::{Map, Value, json};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

const REQUESTS: usize = 300;

fn budget(name: &str, window: Window, per: Option<Dimension>) -> BudgetConfig {
    BudgetConfig {
        per,
        ..BudgetConfig::new(name, window, Some(1_000_000_000), Some(1_000_000.0))
    }
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize].as_secs_f64() * 1e3
}

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let ad = json!({
        "headlines": ["Drei Lagen gegen den Regen", "Mit helmkompatibler Kapuze", "Regenjacke in drei Lagen"],
        "descriptions": ["Unterarmbelüftung und verstellbare Bündchen für jedes Tempo.",
                         "Für lange Tage im Regen gemacht, mit helmkompatibler Kapuze."]
    });
    let server = rt.block_on(async {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({
                "id": "c", "object": "chat.completion", "created": 0, "model": "gpt-4o-mini",
                "choices": [{"index": 0, "finish_reason": "stop",
                             "message": {"role": "assistant", "content": ad.to_string()}}],
                "usage": {"prompt_tokens": 420, "completion_tokens": 90, "total_tokens": 510}
            })))
            .mount(&server)
            .await;
        server
    });
    let registry = Registry::load(&root.join("prompts"));
    let prompt = registry.resolve(&"ad-variants@1".parse().unwrap()).unwrap();
    let chain = Arc::new(for_project(root, Some("talgrat"), None).unwrap());
    let vars: Map<String, Value> = serde_json::from_str(
        &std::fs::read_to_string(root.join("examples/ad-variants.firstwand.de.json")).unwrap(),
    )
    .unwrap();
    let mut profile =
        Profile::openai_compatible("gpt-4o-mini", &format!("{}/v1", server.uri()), 128_000);
    profile.structured_output = StructuredOutput::JsonSchema;
    profile.max_retries = 0;
    profile.price = Price {
        input_per_1m: 0.15,
        output_per_1m: 0.60,
    };
    let client = Arc::new(OpenAiClient::new("bench", &profile).unwrap());
    let targets = || vec![Target::new("bench", profile.clone(), client.clone())];
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.db");
    let cache = Arc::new(Cache::open(&state).unwrap());
    let ledger = Arc::new(Ledger::open(&state).unwrap());
    let budgets = Arc::new(
        Budgets::open(
            &state,
            vec![
                budget("daily", Window::Day, None),
                budget("brands", Window::Month, Some(Dimension::Brand)),
                budget("run", Window::Run, None),
            ],
            "bench",
        )
        .unwrap(),
    );
    let request = |i: usize, costed: bool| {
        let mut vars = vars.clone();
        vars["product"]["title"] = Value::String(format!("Firstwand 3L Regenjacke {i}"));
        GenerateRequest {
            prompt: Arc::clone(prompt),
            vars,
            n: 1,
            profile: None,
            brand: Some("talgrat".into()),
            stream: None,
            chain: Arc::clone(&chain),
            retriever: None,
            cache: costed.then(|| CacheUse {
                cache: Arc::clone(&cache),
                read: true,
            }),
            ledger: costed.then(|| Arc::clone(&ledger)),
            budgets: costed.then(|| Arc::clone(&budgets)),
            review: None,
            run: None,
            salt: None,
        }
    };
    let time = |req: GenerateRequest| {
        let s = Instant::now();
        let g = rt.block_on(pipeline::run(targets(), req)).unwrap();
        assert_eq!(g.calls.len(), 1, "{:?}", g.variants[0].findings);
        s.elapsed()
    };
    let (mut bare, mut costed) = (Vec::new(), Vec::new());
    for i in 0..REQUESTS + 20 {
        // alternate which goes first, so drift affects both alike
        let (b, c) = if i % 2 == 0 {
            let b = time(request(i, false));
            (b, time(request(i, true)))
        } else {
            let c = time(request(i, true));
            (time(request(i, false)), c)
        };
        if i >= 20 {
            bare.push(b);
            costed.push(c);
        }
    }
    let mut hits: Vec<Duration> = (20..REQUESTS + 20)
        .map(|i| time(request(i, true)))
        .collect();
    // the parts that write to the state database, alone
    let scope = Scope {
        prompt_id: "ad-variants",
        prompt: "ad-variants@1",
        brand: Some("talgrat"),
        profile: "bench",
    };
    let need = Amount {
        tokens: 1000,
        cost: 0.001,
    };
    let mut budget_times: Vec<Duration> = (0..REQUESTS)
        .map(|_| {
            let s = Instant::now();
            let r = budgets.reserve(&scope, need).unwrap();
            budgets.settle(r, need).unwrap();
            s.elapsed()
        })
        .collect();
    let entry = copydesk::cost::ledger::Entry {
        time_ms: copydesk::clock::now_ms(),
        prompt: "ad-variants@1".into(),
        brand: Some("talgrat".into()),
        profile: "bench".into(),
        model: "gpt-4o-mini".into(),
        purpose: "generate".into(),
        prompt_tokens: 420,
        completion_tokens: 90,
        cost: 0.0001,
        latency_ms: 1.0,
        outcome: "ok".into(),
        run: None,
        fingerprint: None,
    };
    let mut ledger_times: Vec<Duration> = (0..REQUESTS)
        .map(|_| {
            let s = Instant::now();
            ledger.append(&entry).unwrap();
            s.elapsed()
        })
        .collect();
    budget_times.sort();
    ledger_times.sort();
    bare.sort();
    costed.sort();
    hits.sort();
    println!("requests: {REQUESTS} each, alternating, one variant of ad-variants@1");
    let line = |label: &str, t: &[Duration]| {
        println!(
            "{label:<16} median {:.3} ms  p95 {:.3} ms",
            percentile(t, 0.5),
            percentile(t, 0.95)
        )
    };
    line("cost layer off", &bare);
    line("cost layer on", &costed);
    println!(
        "overhead         median {:+.3} ms  p95 {:+.3} ms",
        percentile(&costed, 0.5) - percentile(&bare, 0.5),
        percentile(&costed, 0.95) - percentile(&bare, 0.95)
    );
    line(
        "answered from the cache (whole request, no endpoint):",
        &hits,
    );
    println!(
        "of which: reserve + settle against 3 budgets median {:.3} ms, ledger row median {:.3} ms",
        percentile(&budget_times, 0.5),
        percentile(&ledger_times, 0.5)
    );
}
