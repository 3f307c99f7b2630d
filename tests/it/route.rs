//! The cost layer's profile chain, budgets and hops, with faults injected by wiremock: every
//! error class takes its documented step (retry, next profile, stop), a refusal is never routed
//! around, hard caps hold under 100 parallel requests and across processes sharing one state
//! database, and every hop is in the result and the ledger.

use std::sync::Arc;
use std::time::{Duration, Instant};

use copydesk::config::{BudgetConfig, Price, Profile, StructuredOutput, Window};
use copydesk::cost::budget::{BudgetError, Budgets};
use copydesk::cost::ledger::{GroupBy, Ledger};
use copydesk::cost::tokens::Counter;
use copydesk::guard::Outcome;
use copydesk::lineage::Generated;
use copydesk::llm::openai::OpenAiClient;
use copydesk::pipeline::{self, PipelineError, Target};
use serde_json::json;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::{Project, completion_with, example_vars, registry, request, valid_ad};

/// ad-variants@1's max_tokens: what every reservation adds to the prompt.
const MAX_TOKENS: u64 = 600;

fn profile(server: &MockServer, retries: usize) -> Profile {
    let mut p = Profile::openai_compatible("gpt-4o-mini", &format!("{}/v1", server.uri()), 8192);
    p.structured_output = StructuredOutput::JsonSchema;
    p.timeout_secs = 5;
    p.max_retries = retries;
    p.max_concurrency = 100;
    p
}

fn target(name: &str, profile: Profile) -> Target {
    let client = OpenAiClient::new(name, &profile).unwrap();
    Target::new(name, profile, Arc::new(client))
}

async fn answering(body: serde_json::Value) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(&server)
        .await;
    server
}

async fn failing(response: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(response)
        .mount(&server)
        .await;
    server
}

fn api_error(status: u16, message: &str, code: Option<&str>) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_json(json!({"error": {
        "message": message, "type": "server_error", "param": null, "code": code}}))
}

fn throttled(retry_after: &str) -> ResponseTemplate {
    ResponseTemplate::new(429)
        .insert_header("retry-after", retry_after)
        .set_body_json(
            json!({"error": {"message": "slow down", "type": "rate_limit_error",
                                        "param": null, "code": null}}),
        )
}

async fn requests(server: &MockServer) -> usize {
    server.received_requests().await.unwrap().len()
}

/// ad-variants@1, one variant, on `targets`, recording into `ledger` and checking `budgets`.
async fn run(
    targets: Vec<Target>,
    ledger: Option<Arc<Ledger>>,
    budgets: Option<Arc<Budgets>>,
) -> Result<Generated, PipelineError> {
    let reg = registry();
    let mut req = request(&reg, "ad-variants@1", example_vars(), 1, None);
    req.ledger = ledger;
    req.budgets = budgets;
    pipeline::run(targets, req).await
}

/// ad-variants@1 on a chain of two profiles (two retries each) on two endpoints.
async fn two_profiles(
    (a, first): (&str, &MockServer),
    (b, second): (&str, &MockServer),
) -> Result<Generated, PipelineError> {
    run(
        vec![target(a, profile(first, 2)), target(b, profile(second, 2))],
        None,
        None,
    )
    .await
}

/// Calls, failed calls and prompt tokens per profile in the ledger.
fn by_profile(ledger: &Ledger) -> Vec<(String, i64, i64)> {
    ledger
        .totals(GroupBy::Profile, None)
        .unwrap()
        .into_iter()
        .map(|t| (t.group, t.calls, t.failed))
        .collect()
}

#[tokio::test]
async fn transient_errors_are_retried_with_backoff_then_the_fallback_answers() {
    let primary = failing(api_error(503, "overloaded", None)).await;
    let backup = answering(completion_with(&valid_ad(), (42, 7))).await;
    let dir = tempfile::tempdir().unwrap();
    let ledger = Arc::new(Ledger::open(&dir.path().join("state.db")).unwrap());
    let generated = run(
        vec![
            target("primary", profile(&primary, 2)),
            target("backup", profile(&backup, 2)),
        ],
        Some(Arc::clone(&ledger)),
        None,
    )
    .await
    .unwrap();
    assert_eq!(requests(&primary).await, 3, "one attempt and two retries");
    assert_eq!(requests(&backup).await, 1);
    assert_eq!(generated.variants[0].outcome, Outcome::Accepted);
    let call = &generated.calls[0];
    assert_eq!(call.profile, "backup");
    let hops: Vec<(&str, &str, &str)> = call
        .hops
        .iter()
        .map(|h| (h.profile.as_str(), h.reason, h.then))
        .collect();
    assert_eq!(
        hops,
        [
            ("primary", "transient", "retry"),
            ("primary", "transient", "retry"),
            ("primary", "transient", "next_profile"),
        ]
    );
    // jittered exponential backoff: 200–400 ms, then 400–800 ms
    let waits: Vec<f64> = call.hops.iter().filter_map(|h| h.wait_ms).collect();
    assert!((200.0..=400.0).contains(&waits[0]), "{waits:?}");
    assert!((400.0..=800.0).contains(&waits[1]), "{waits:?}");
    assert_eq!(
        by_profile(&ledger),
        [("backup".into(), 1, 0), ("primary".into(), 3, 3)]
    );
}

#[tokio::test]
async fn a_429_waits_for_its_retry_after_then_succeeds() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(throttled("1"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(completion_with(&valid_ad(), (42, 7))),
        )
        .mount(&server)
        .await;
    let started = Instant::now();
    let generated = run(vec![target("only", profile(&server, 2))], None, None)
        .await
        .unwrap();
    assert!(
        started.elapsed() >= Duration::from_millis(950),
        "Retry-After was not honoured"
    );
    assert_eq!(requests(&server).await, 2);
    let hop = &generated.calls[0].hops[0];
    assert_eq!(
        (hop.reason, hop.then, hop.wait_ms),
        ("rate_limited", "retry", Some(1000.0))
    );
}

#[tokio::test]
async fn persistent_429s_and_long_waits_go_to_the_next_profile() {
    let backup = answering(completion_with(&valid_ad(), (42, 7))).await;
    // retried up to max_retries, then handed on
    let primary = failing(throttled("0")).await;
    let generated = two_profiles(("primary", &primary), ("backup", &backup))
        .await
        .unwrap();
    assert_eq!(requests(&primary).await, 3);
    assert_eq!(generated.calls[0].profile, "backup");
    // an account without credit is not waited for
    let broke = failing(ResponseTemplate::new(429).set_body_json(json!({"error": {
        "message": "You exceeded your current quota", "type": "insufficient_quota",
        "param": null, "code": "insufficient_quota"}})))
    .await;
    let generated = two_profiles(("broke", &broke), ("backup", &backup))
        .await
        .unwrap();
    assert_eq!(requests(&broke).await, 1);
    assert!(generated.calls[0].hops[0].detail.contains("no quota left"));
    // a server that asks for ten minutes is not waited for
    let primary = failing(throttled("600")).await;
    let started = Instant::now();
    let generated = two_profiles(("primary", &primary), ("backup", &backup))
        .await
        .unwrap();
    assert_eq!(requests(&primary).await, 1);
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(generated.calls[0].hops[0].then, "next_profile");
}

#[tokio::test]
async fn a_prompt_too_long_for_a_window_goes_to_a_larger_one_and_is_never_truncated() {
    let small = answering(completion_with(&valid_ad(), (42, 7))).await;
    let rejecting = failing(api_error(
        400,
        "This model's maximum context length is 4096 tokens",
        Some("context_length_exceeded"),
    ))
    .await;
    let large = answering(completion_with(&valid_ad(), (42, 7))).await;
    let dir = tempfile::tempdir().unwrap();
    let ledger = Arc::new(Ledger::open(&dir.path().join("state.db")).unwrap());
    let mut tiny = profile(&small, 2);
    tiny.context_window = 700; // the prompt plus 600 reply tokens do not fit
    let generated = run(
        vec![
            target("tiny", tiny.clone()),
            target("server-says-no", profile(&rejecting, 2)),
            target("large", profile(&large, 2)),
        ],
        Some(Arc::clone(&ledger)),
        None,
    )
    .await
    .unwrap();
    assert_eq!(requests(&small).await, 0, "counted and skipped, never sent");
    assert_eq!(
        requests(&rejecting).await,
        1,
        "the server's verdict is not retried"
    );
    assert_eq!(requests(&large).await, 1);
    let hops: Vec<(&str, &str)> = generated.calls[0]
        .hops
        .iter()
        .map(|h| (h.profile.as_str(), h.reason))
        .collect();
    assert_eq!(
        hops,
        [
            ("tiny", "context_too_long"),
            ("server-says-no", "context_too_long")
        ]
    );
    assert!(
        generated.calls[0].hops[0]
            .detail
            .contains("the window is 700"),
        "{}",
        generated.calls[0].hops[0].detail
    );
    assert_eq!(by_profile(&ledger).len(), 3, "every hop is in the ledger");
    // with no larger window left, the item fails and says what was tried
    let err = run(vec![target("tiny", tiny)], None, None)
        .await
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("does not fit the context window of profile 'tiny'"),
        "{err}"
    );
    assert!(
        err.to_string().contains("tried: tiny context_too_long"),
        "{err}"
    );
}

#[tokio::test]
async fn a_refusal_goes_to_review_and_is_never_routed_around() {
    let mut body = completion_with("", (42, 0));
    body["choices"][0]["message"] =
        json!({"role": "assistant", "content": null, "refusal": "I can't help with that."});
    let refusing = answering(body).await;
    let backup = answering(completion_with(&valid_ad(), (42, 7))).await;
    let generated = two_profiles(("primary", &refusing), ("backup", &backup))
        .await
        .unwrap();
    assert_eq!(requests(&refusing).await, 1, "a refusal is not retried");
    assert_eq!(requests(&backup).await, 0, "a refusal is not routed around");
    let v = &generated.variants[0];
    assert_eq!(v.outcome, Outcome::NeedsReview);
    assert_eq!(v.findings[0].rule, "refusal");
    assert!(v.findings[0].message.contains("I can't help with that."));
}

#[tokio::test]
async fn rejected_credentials_stop_the_chain_instead_of_spending_elsewhere() {
    let locked = failing(api_error(401, "invalid api key", None)).await;
    let backup = answering(completion_with(&valid_ad(), (42, 7))).await;
    let err = two_profiles(("primary", &locked), ("backup", &backup))
        .await
        .unwrap_err();
    assert_eq!(requests(&locked).await, 1, "not retried");
    assert_eq!(requests(&backup).await, 0, "not routed around");
    assert!(
        err.to_string().contains("rejected the credentials"),
        "{err}"
    );
}

#[tokio::test]
async fn output_still_invalid_after_its_reasks_goes_to_the_next_profile() {
    // always the wrong shape: the re-asks cannot repair it
    let sloppy = answering(completion_with(r#"{"headline": "Jacke"}"#, (42, 7))).await;
    let backup = answering(completion_with(&valid_ad(), (42, 7))).await;
    let generated = two_profiles(("sloppy", &sloppy), ("backup", &backup))
        .await
        .unwrap();
    let sloppy_calls = requests(&sloppy).await;
    assert_eq!(sloppy_calls, 3, "one generation and two re-asks");
    assert_eq!(requests(&backup).await, 1);
    let v = &generated.variants[0];
    assert_eq!(v.outcome, Outcome::Accepted, "{:?}", v.findings);
    let profiles: Vec<&str> = generated.calls.iter().map(|c| c.profile.as_str()).collect();
    assert_eq!(profiles, ["sloppy", "sloppy", "sloppy", "backup"]);
    let last = generated.calls.last().unwrap();
    assert_eq!(last.hops[0].reason, "invalid_output");
    assert_eq!(v.call, 3, "the variant is the backup's");
}

fn budget(name: &str, tokens: Option<u64>, cost: Option<f64>) -> BudgetConfig {
    BudgetConfig::new(name, Window::Day, tokens, cost)
}

#[tokio::test]
async fn an_exhausted_budget_downgrades_to_a_cheaper_profile_or_stops_unsent() {
    let expensive = answering(completion_with(&valid_ad(), (42, 7))).await;
    let cheap = answering(completion_with(&valid_ad(), (42, 7))).await;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("state.db");
    let budgets =
        Arc::new(Budgets::open(&db, vec![budget("daily", None, Some(0.01))], "run").unwrap());
    let mut big = profile(&expensive, 2);
    big.price = Price {
        input_per_1m: 5.0,
        output_per_1m: 15.0, // 600 reply tokens alone may cost 0.009, with the prompt more
    };
    let mut small = profile(&cheap, 2);
    small.price = Price {
        input_per_1m: 0.15,
        output_per_1m: 0.60,
    };
    let generated = run(
        vec![target("big", big.clone()), target("small", small)],
        None,
        Some(Arc::clone(&budgets)),
    )
    .await
    .unwrap();
    assert_eq!(
        requests(&expensive).await,
        0,
        "a call that could break a cap is never sent"
    );
    assert_eq!(requests(&cheap).await, 1);
    let hop = &generated.calls[0].hops[0];
    assert_eq!(
        (hop.profile.as_str(), hop.reason),
        ("big", "budget_exhausted")
    );
    assert!(
        hop.detail.starts_with("budget exhausted: 'daily'"),
        "{}",
        hop.detail
    );
    // settled at the response's usage: 42 in, 7 out at the small profile's prices
    let status = budgets.status().unwrap();
    assert_eq!(status[0].spent.tokens, 49);
    assert!((status[0].spent.cost - (42.0 * 0.15 + 7.0 * 0.60) / 1e6).abs() < 1e-12);
    assert_eq!(status[0].held.tokens, 0);
    // nothing cheaper configured: the item fails with the reason
    let err = run(vec![target("big", big)], None, Some(budgets))
        .await
        .unwrap_err();
    assert!(
        matches!(err.root(), PipelineError::Budget(BudgetError::Exhausted(_))),
        "{err}"
    );
    assert!(
        err.to_string().starts_with("budget exhausted: 'daily'"),
        "{err}"
    );
}

/// The tokens ad-variants@1 with the example vars reserves: its prompt counted as the
/// endpoint's model counts it, plus max_tokens.
async fn reservation_tokens() -> u64 {
    let server = answering(completion_with(&valid_ad(), (42, 7))).await;
    let generated = run(vec![target("count", profile(&server, 0))], None, None)
        .await
        .unwrap();
    let prompt = Counter::for_model("gpt-4o-mini", None).chat(&generated.messages);
    u64::from(prompt) + MAX_TOKENS
}

/// An endpoint that reports exactly the reserved usage, slowly, so every reservation is taken
/// while the others are in flight.
async fn billing_exactly(need: u64) -> MockServer {
    let server = MockServer::start().await;
    let prompt = (need - MAX_TOKENS) as u32;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(completion_with(&valid_ad(), (prompt, MAX_TOKENS as u32)))
                .set_delay(Duration::from_millis(300)),
        )
        .mount(&server)
        .await;
    server
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_cap_worth_ten_and_a_half_requests_lets_exactly_ten_of_a_hundred_through() {
    let need = reservation_tokens().await;
    let server = billing_exactly(need).await;
    let dir = tempfile::tempdir().unwrap();
    let cap = need * 21 / 2;
    let budgets = Arc::new(
        Budgets::open(
            &dir.path().join("state.db"),
            vec![budget("daily", Some(cap), None)],
            "run",
        )
        .unwrap(),
    );
    let mut p = profile(&server, 0);
    p.timeout_secs = 120; // 100 requests share two cores
    // one prompt and guard chain for all, each request its own task
    let reg = registry();
    let mut req = request(&reg, "ad-variants@1", example_vars(), 1, None);
    req.budgets = Some(Arc::clone(&budgets));
    let tasks: Vec<_> = (0..100)
        .map(|_| tokio::spawn(pipeline::run(vec![target("only", p.clone())], req.clone())))
        .collect();
    let mut results = Vec::new();
    for t in tasks {
        results.push(t.await.unwrap());
    }
    let sent = results.iter().filter(|r| r.is_ok()).count();
    let refused = results
        .iter()
        .filter(|r| {
            matches!(r, Err(e) if matches!(e.root(), PipelineError::Budget(BudgetError::Exhausted(_))))
        })
        .count();
    let other: Vec<String> = results
        .iter()
        .filter_map(|r| r.as_ref().err())
        .filter(|e| !matches!(e.root(), PipelineError::Budget(BudgetError::Exhausted(_))))
        .map(ToString::to_string)
        .collect();
    assert_eq!((sent, refused), (10, 90), "{other:?}");
    assert_eq!(requests(&server).await, 10);
    let status = budgets.status().unwrap();
    assert_eq!(
        (status[0].spent.tokens, status[0].held.tokens),
        (10 * need, 0)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn processes_sharing_one_state_database_cannot_overspend_together() {
    let need = reservation_tokens().await;
    let server = billing_exactly(need).await;
    let p = Project::new(&format!(
        "default_profile: mock\nprofiles:\n  mock:\n    provider: openai\n    model: gpt-4o-mini\n    base_url: {}/v1\n    context_window: 8192\n    max_retries: 0\nbudgets:\n  - name: daily\n    window: day\n    max_tokens: {}\n",
        server.uri(),
        need * 21 / 2
    ));
    let args = [
        "generate",
        "--prompt",
        "ad-variants@1",
        "--vars",
        "examples/ad-variants.firstwand.de.json",
        "--no-cache",
        "--format",
        "json",
    ];
    let children: Vec<std::process::Child> = (0..12)
        .map(|_| {
            std::process::Command::new(env!("CARGO_BIN_EXE_copydesk"))
                .args(args)
                .current_dir(p.path())
                .env_remove("COPYDESK_CONFIG")
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let outputs: Vec<std::process::Output> = tokio::task::block_in_place(|| {
        children
            .into_iter()
            .map(|c| c.wait_with_output().unwrap())
            .collect()
    });
    let codes: Vec<i32> = outputs
        .iter()
        .map(|o| o.status.code().unwrap_or(-1))
        .collect();
    let errors: Vec<String> = outputs
        .iter()
        .map(|o| String::from_utf8_lossy(&o.stderr).to_string())
        .filter(|e| !e.is_empty())
        .collect();
    assert_eq!(
        codes.iter().filter(|&&c| c == 0).count(),
        10,
        "{codes:?} {errors:?}"
    );
    for o in outputs.iter().filter(|o| o.status.code() != Some(0)) {
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(4), "{stderr}");
        assert!(stderr.contains("budget exhausted: 'daily'"), "{stderr}");
    }
    assert_eq!(requests(&server).await, 10);
    let status = p.run(&["budget", "status", "--format", "json"]);
    assert_eq!(status.code(), 0, "{}", status.stderr());
    let status: serde_json::Value = serde_json::from_str(&status.stdout()).unwrap();
    assert_eq!(status[0]["spent"]["tokens"], 10 * need);
    assert_eq!(status[0]["held"]["tokens"], 0);
    let table = p.run(&["budget", "status"]);
    assert!(table.stdout().contains("daily"), "{}", table.stdout());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_prompts_fallbacks_are_followed_through_the_cli_and_every_hop_is_reported() {
    let flaky = failing(api_error(500, "boom", None)).await;
    let backup = answering(completion_with(&valid_ad(), (42, 7))).await;
    let p = Project::new(&format!(
        "default_profile: flaky\nprofiles:\n  flaky:\n    provider: openai\n    model: gpt-4o-mini\n    base_url: {}/v1\n    context_window: 8192\n    max_retries: 1\n  backup:\n    provider: openai\n    model: gpt-4o-mini\n    base_url: {}/v1\n    context_window: 8192\n",
        flaky.uri(),
        backup.uri()
    ));
    let v1 = std::fs::read_to_string(p.path().join("prompts/ad-variants/v1.yaml")).unwrap();
    let v9 = v1.replace("version: 1", "version: 9").replace(
        "model:\n",
        "model:\n  primary: flaky\n  fallbacks: [backup]\n",
    );
    p.write("prompts/ad-variants/v9.yaml", &v9);
    let args = [
        "generate",
        "--prompt",
        "ad-variants@9",
        "--vars",
        "examples/ad-variants.firstwand.de.json",
        "--no-cache",
    ];
    let run = tokio::task::block_in_place(|| p.run(&[&args[..], &["--format", "json"]].concat()));
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let out: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    let call = &out["calls"][0];
    assert_eq!(call["profile"], "backup");
    assert_eq!(call["hops"].as_array().unwrap().len(), 2);
    assert_eq!(call["hops"][1]["then"], "next_profile");
    let table = tokio::task::block_in_place(|| p.run(&args));
    assert!(
        table.stdout().contains("flaky transient → next profile"),
        "{}",
        table.stdout()
    );
    let costs = p.run(&["report", "costs", "--by", "profile", "--format", "json"]);
    let rows: serde_json::Value = serde_json::from_str(&costs.stdout()).unwrap();
    let failed_flaky = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["group"] == "flaky")
        .unwrap();
    assert_eq!(failed_flaky["failed"], 4, "two attempts per run, two runs");
    // --profile runs that profile alone
    let alone =
        tokio::task::block_in_place(|| p.run(&[&args[..], &["--profile", "flaky"]].concat()));
    assert_eq!(alone.code(), 3, "{}", alone.stderr());
    assert!(
        alone.stderr().contains("tried: flaky transient"),
        "{}",
        alone.stderr()
    );
}
