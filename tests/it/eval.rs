//! `copydesk eval` end to end: a test endpoint with chosen replies (per prompt version and
//! product), a judge and an embeddings endpoint on the same server; every assertion type
//! passing and failing, thresholds and exit codes, a comparison with a regression, a flaky
//! judge, JUnit XML, the release gate, a suite exported from the review queue, and the embedded
//! model on a tiny suite.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

use crate::common::{Project, Run, completion_with};

/// A one-line slogan prompt; v2 differs only in its user template, so the endpoint can tell
/// the versions apart.
fn slogan(version: u32, user: &str) -> String {
    format!(
        "id: slogan\nversion: {version}\ndescription: One slogan line for a product.\nmodel:\n  temperature: 0.0\n  top_p: 1.0\n  max_tokens: 60\ninputs:\n  type: object\n  required: [brand, locale, product]\n  properties:\n    brand: {{ type: string }}\n    locale: {{ enum: [de, en] }}\n    product: {{ type: string }}\noutput:\n  type: object\n  required: [text]\n  properties:\n    text: {{ type: string, maxLength: 120 }}\nsystem: \"You write one slogan line for {{{{ brand }}}}. Reply with JSON: {{\\\"text\\\": ...}}.\"\nuser: \"{user}\"\n"
    )
}

const GOOD: &str = "Light rain jacket for long days in the hills.";
const BAD: &str =
    "A guaranteed cure for every cold: write to max.mustermann@example.com, 100% risk free!";

/// The copy the endpoint writes for a product under prompt version 1 or 2.
fn copy_for(version: u32, product: &str) -> &'static str {
    match product {
        "claim" => BAD,
        "imp" if version == 1 => BAD,
        p if p.starts_with("reg") && version == 2 => BAD,
        "flaky" => "Light rain jacket, flaky edition, for the hills.",
        "mumble" => "Mumble rain jacket.",
        "short" => "Rain.",
        _ => GOOD,
    }
}

/// Chat completions (generation or judge, by the system message) and embeddings.
#[derive(Default)]
struct Endpoint {
    generations: AtomicUsize,
    flaky_votes: AtomicUsize,
}

fn messages(body: &Value, role: &str) -> String {
    body["messages"]
        .as_array()
        .and_then(|m| m.iter().find(|m| m["role"] == role))
        .and_then(|m| m["content"].as_str())
        .unwrap_or_default()
        .to_string()
}

/// The endpoint as wiremock's responder.
struct Responder(Arc<Endpoint>);

impl Respond for Responder {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        let body: Value = serde_json::from_slice(&req.body).unwrap_or_default();
        if req.url.path().ends_with("/embeddings") {
            // "rain" texts point one way, everything else another
            let inputs: Vec<String> = match &body["input"] {
                Value::Array(a) => a
                    .iter()
                    .map(|v| v.as_str().unwrap_or_default().to_string())
                    .collect(),
                v => vec![v.as_str().unwrap_or_default().to_string()],
            };
            let data: Vec<Value> = inputs
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    let v = if t.to_lowercase().contains("rain") {
                        [1.0, 0.1, 0.0]
                    } else {
                        [0.0, 0.0, 1.0]
                    };
                    json!({"object": "embedding", "index": i, "embedding": v})
                })
                .collect();
            return ResponseTemplate::new(200).set_body_json(json!({
                "object": "list", "data": data, "model": "e",
                "usage": {"prompt_tokens": 1, "total_tokens": 1}
            }));
        }
        let user = messages(&body, "user");
        if messages(&body, "system").contains("You grade marketing copy") {
            let verdict = if user.contains("flaky") {
                let n = self.0.flaky_votes.fetch_add(1, Ordering::SeqCst);
                json!({"pass": n.is_multiple_of(2), "score": 0.5, "reason": "it depends"})
                    .to_string()
            } else if user.contains("Mumble") {
                "I think it is fine.".to_string()
            } else if user.contains("hills") {
                json!({"pass": true, "score": 0.9, "reason": "calm and concrete"}).to_string()
            } else {
                json!({"pass": false, "score": 0.1, "reason": "promises a cure"}).to_string()
            };
            return ResponseTemplate::new(200).set_body_json(completion_with(&verdict, (50, 20)));
        }
        self.0.generations.fetch_add(1, Ordering::SeqCst);
        let (version, product) = match user.strip_prefix("v2 product: ") {
            Some(p) => (2, p),
            None => (1, user.strip_prefix("product: ").unwrap_or_default()),
        };
        let copy = copy_for(version, product.trim());
        let delay = if product.trim() == "claim" { 60 } else { 0 };
        ResponseTemplate::new(200)
            .set_body_json(completion_with(
                &json!({ "text": copy }).to_string(),
                (120, 60),
            ))
            .set_delay(Duration::from_millis(delay))
    }
}

async fn endpoint() -> (MockServer, Arc<Endpoint>) {
    let server = MockServer::start().await;
    let e = Arc::new(Endpoint::default());
    Mock::given(method("POST"))
        .and(path("/v1/chat/completions"))
        .respond_with(Responder(Arc::clone(&e)))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1/embeddings"))
        .respond_with(Responder(Arc::clone(&e)))
        .mount(&server)
        .await;
    (server, e)
}

/// A project with the slogan prompt (v1, v2), a `mock` and a `judge` profile and an
/// OpenAI-compatible embedder, all on the test endpoint.
fn project(uri: &str) -> Project {
    let p = Project::new(&format!(
        "default_profile: mock\nprofiles:\n  mock:\n    provider: openai\n    model: m\n    base_url: {uri}/v1\n    context_window: 8192\n    max_retries: 0\n    max_concurrency: 64\n    price: {{ input_per_1m: 1.0, output_per_1m: 2.0 }}\n  judge:\n    provider: openai\n    model: judge\n    base_url: {uri}/v1\n    context_window: 8192\n    max_retries: 0\n  down:\n    provider: openai\n    model: m\n    base_url: http://127.0.0.1:9/v1\n    context_window: 8192\n    max_retries: 0\n    timeout_secs: 2\nembedder:\n  provider: openai\n  model: e\n  base_url: {uri}/v1\n"
    ));
    p.write(
        "prompts/slogan/v1.yaml",
        &slogan(1, "product: {{ product }}"),
    );
    p.write(
        "prompts/slogan/v2.yaml",
        &slogan(2, "v2 product: {{ product }}"),
    );
    p
}

fn cli(p: &Project, args: &[&str]) -> Run {
    tokio::task::block_in_place(|| p.run(args))
}

fn json_of(run: &Run) -> Value {
    serde_json::from_str(&run.stdout())
        .unwrap_or_else(|e| panic!("{e}: {}\n{}", run.stdout(), run.stderr()))
}

fn vars(product: &str) -> String {
    format!("{{ brand: Talgrat Outdoor, locale: en, product: {product} }}")
}

/// Every assertion type, suite-wide, plus per-case ones: `good` must pass all, `bad` fail all.
fn every_assertion_suite() -> String {
    format!(
        r#"prompt: slogan@1
description: Every assertion type on two known outputs.
defaults: {{ profile: mock }}
assert:
  - {{ type: equals, field: /text, value: "{GOOD}" }}
  - {{ type: contains, value: [rain, hills] }}
  - {{ type: icontains, value: [LIGHT RAIN, nothing like it], match: any }}
  - {{ type: not-contains, value: [guaranteed, cure] }}
  - {{ type: regex, field: /text, value: "^Light" }}
  - type: json-schema
    value: {{ type: object, properties: {{ text: {{ type: string, maxLength: 50 }} }} }}
  - {{ type: max-length, field: /text, value: 50 }}
  - {{ type: guard }}
  - {{ type: guard, rules: [policy.claims.guarantee], metric: no_guarantee_claims }}
  - {{ type: similar, value: 0.8 }}
  - {{ type: rouge-l, value: 0.8 }}
  - {{ type: llm-rubric, profile: judge, rubric: "Calm and concrete, no promises.", weight: 2 }}
thresholds:
  pass_rate: 0.5
cases:
  - name: good
    vars: {good}
    reference: "{GOOD}"
    assert:
      - {{ type: min-length, field: /text, value: 40 }}
      - {{ type: pii-free }}
      - {{ type: cost, value: 0.001 }}
      - {{ type: latency, value: 10000 }}
  - name: bad
    vars: {bad}
    reference: "{GOOD}"
    assert:
      - {{ type: min-length, field: /text, value: 100 }}
      - {{ type: pii-free }}
      - {{ type: cost, value: 0.0001 }}
      - {{ type: latency, value: 20 }}
"#,
        good = vars("jacket"),
        bad = vars("claim"),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_assertion_type_passes_and_fails_on_known_outputs() {
    let (server, _) = endpoint().await;
    let p = project(&server.uri());
    p.write("evals/every.yaml", &every_assertion_suite());
    let check = cli(&p, &["config", "check"]);
    assert_eq!(check.code(), 0, "{}", check.stdout());
    let run = cli(
        &p,
        &["eval", "evals/every.yaml", "--no-cache", "--format", "json"],
    );
    assert_eq!(run.code(), 0, "pass_rate 0.5 ≥ 0.5: {}", run.stderr());
    let out = json_of(&run);
    let cases = out["runs"][0]["cases"].as_array().unwrap();
    let checks = |i: usize| {
        cases[i]["attempts"][0]["checks"]
            .as_array()
            .unwrap()
            .clone()
    };
    let kinds: Vec<String> = checks(0)
        .iter()
        .map(|c| c["assertion"].as_str().unwrap().to_string())
        .collect();
    for kind in [
        "equals",
        "contains",
        "icontains",
        "not-contains",
        "regex",
        "json-schema",
        "max-length",
        "min-length",
        "guard",
        "pii-free",
        "similar",
        "rouge-l",
        "llm-rubric",
        "cost",
        "latency",
    ] {
        assert!(
            kinds.iter().any(|k| k == kind),
            "{kind} missing from {kinds:?}"
        );
    }
    for c in checks(0) {
        assert_eq!(c["pass"], true, "good: {c:#}");
    }
    for c in checks(1) {
        assert_eq!(c["pass"], false, "bad: {c:#}");
    }
    assert_eq!(cases[0]["pass"], true);
    assert_eq!(cases[1]["pass"], false);
    // the figures behind the checks: cosine 1 vs 0, ROUGE-L 1, the guard's rule named
    let bad = checks(1);
    let by_kind = |k: &str| bad.iter().find(|c| c["assertion"] == k).unwrap().clone();
    assert!(
        by_kind("similar")["detail"]
            .as_str()
            .unwrap()
            .contains("cosine 0.000")
    );
    assert!(
        by_kind("guard")["detail"]
            .as_str()
            .unwrap()
            .contains("policy.claims.guarantee")
    );
    assert!(
        by_kind("llm-rubric")["detail"]
            .as_str()
            .unwrap()
            .contains("promises a cure")
    );
    let metrics = &out["runs"][0]["metrics"];
    assert_eq!(metrics["pass_rate"], 0.5);
    assert_eq!(metrics["no_guarantee_claims"], 0.5);
    let similar = metrics["similar"].as_f64().unwrap();
    assert!(
        (similar - 0.5).abs() < 1e-6,
        "mean cosine of 1 and 0: {similar}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn thresholds_decide_the_exit_code_and_name_each_failed_figure() {
    let (server, _) = endpoint().await;
    let p = project(&server.uri());
    let suite = |thresholds: &str| {
        format!(
            "prompt: slogan@1\ndefaults: {{ profile: mock }}\nthresholds:\n{thresholds}cases:\n  - name: good\n    vars: {}\n  - name: bad\n    vars: {}\n",
            vars("jacket"),
            vars("claim")
        )
    };
    // no assertions: each case is held to the guard chain's verdict; 0 is a threshold
    p.write(
        "evals/go.yaml",
        &suite("  pass_rate: 0.5\n  violations: 0\n  mean_cost: 0.01\n"),
    );
    let go = cli(&p, &["eval", "evals/go.yaml", "--no-cache"]);
    assert_eq!(go.code(), 0, "{}{}", go.stdout(), go.stderr());
    assert!(go.stdout().contains("verdict: go"), "{}", go.stdout());

    p.write(
        "evals/nogo.yaml",
        &suite("  pass_rate: 1.0\n  p95_latency_ms: 0\n  mean_cost: 0.01\n"),
    );
    let nogo = cli(&p, &["eval", "evals/nogo.yaml", "--no-cache"]);
    assert_eq!(nogo.code(), 1, "{}{}", nogo.stdout(), nogo.stderr());
    let text = nogo.stdout();
    assert!(text.contains("FAIL pass_rate ≥ 1 (got 0.5000)"), "{text}");
    assert!(text.contains("FAIL p95_latency_ms ≤ 0 (got"), "{text}");
    assert!(text.contains("ok   mean_cost ≤ 0.01"), "{text}");

    // a budget that runs out: no verdict, exit 4, nothing sent
    let config = std::fs::read_to_string(p.path().join("copydesk.yaml")).unwrap();
    p.write(
        "copydesk.yaml",
        &format!("{config}budgets:\n  - name: tiny\n    window: run\n    max_cost: 0.000001\n"),
    );
    let stopped = cli(&p, &["eval", "evals/go.yaml", "--no-cache"]);
    assert_eq!(
        stopped.code(),
        4,
        "{}{}",
        stopped.stdout(),
        stopped.stderr()
    );
    assert!(
        stopped.stdout().contains("a budget ran out"),
        "{}",
        stopped.stdout()
    );
    p.write("copydesk.yaml", &config);

    // the provider cannot be reached: no verdict, exit 3
    let down = cli(
        &p,
        &["eval", "evals/go.yaml", "--no-cache", "--profile", "down"],
    );
    assert_eq!(down.code(), 3, "{}{}", down.stdout(), down.stderr());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_assertion_without_its_figure_is_a_config_error_with_its_place() {
    let (server, _) = endpoint().await;
    let p = project(&server.uri());
    p.write(
        "evals/broken.yaml",
        &format!(
            "prompt: slogan@1\nassert:\n  - {{ type: similar }}\n  - {{ type: cost }}\nthresholds:\n  nonsense: 0.5\ncases:\n  - name: no-reference\n    vars: {}\n    assert:\n      - {{ type: rouge-l, value: 0 }}\n",
            vars("jacket")
        ),
    );
    let check = cli(&p, &["config", "check"]);
    assert_eq!(check.code(), 1);
    let out = check.stdout();
    assert!(
        out.contains("evals/broken.yaml:3:") && out.contains("`similar` needs a number"),
        "{out}"
    );
    assert!(out.contains("evals/broken.yaml:4:"), "{out}");
    assert!(
        out.contains("threshold 'nonsense' names no metric"),
        "{out}"
    );
    assert!(
        out.contains("case 'no-reference': `rouge-l` compares with the case's `reference`"),
        "{out}"
    );
    let run = cli(&p, &["eval", "evals/broken.yaml"]);
    assert_eq!(run.code(), 2, "{}", run.stderr());
    assert!(
        run.stderr().contains("evals/broken.yaml:3:"),
        "{}",
        run.stderr()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_judge_reply_without_a_verdict_fails_with_its_reason() {
    let (server, _) = endpoint().await;
    let p = project(&server.uri());
    p.write(
        "evals/judge.yaml",
        &format!(
            "prompt: slogan@1\ndefaults: {{ profile: mock }}\nassert:\n  - {{ type: llm-rubric, profile: judge, rubric: Calm. }}\ncases:\n  - name: mumble\n    vars: {}\n",
            vars("mumble")
        ),
    );
    let run = cli(&p, &["eval", "evals/judge.yaml", "--format", "json"]);
    assert_eq!(run.code(), 0, "no thresholds: nothing gates");
    let out = json_of(&run);
    assert_eq!(out["runs"][0]["verdict"], "ungated");
    let check = &out["runs"][0]["cases"][0]["attempts"][0]["checks"][0];
    assert_eq!(check["pass"], false);
    assert!(
        check["detail"]
            .as_str()
            .unwrap()
            .contains("the judge's reply has no verdict: I think it is fine."),
        "{check}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_comparison_lists_regressions_first_with_mcnemars_exact_test() {
    let (server, _) = endpoint().await;
    let p = project(&server.uri());
    let mut cases = String::new();
    for product in ["jacket", "reg1", "imp", "reg2", "reg3", "reg4", "reg5"] {
        cases.push_str(&format!(
            "  - name: {product}\n    vars: {}\n",
            vars(product)
        ));
    }
    p.write(
        "evals/cmp.yaml",
        &format!(
            "prompt: slogan@1\ndefaults: {{ profile: mock }}\nassert:\n  - {{ type: not-contains, value: [guaranteed] }}\nthresholds:\n  pass_rate: 0.5\ncases:\n{cases}"
        ),
    );
    let report = p.path().join("report.html");
    let run = cli(
        &p,
        &[
            "eval",
            "evals/cmp.yaml",
            "--prompt",
            "slogan@2",
            "--baseline",
            "slogan@1",
            "--format",
            "json",
            "--report",
            report.to_str().unwrap(),
        ],
    );
    // v2: jacket and imp pass, five regressions: pass_rate 2/7 < 0.5
    assert_eq!(run.code(), 1, "{}", run.stderr());
    let out = json_of(&run);
    let cmp = &out["comparisons"][0];
    assert_eq!(cmp["baseline"], "slogan@1");
    assert_eq!(cmp["candidate"], "slogan@2");
    let changes: Vec<&str> = cmp["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["change"].as_str().unwrap())
        .collect();
    assert_eq!(
        changes,
        [
            "regression",
            "regression",
            "regression",
            "regression",
            "regression",
            "improvement",
            "pass"
        ]
    );
    assert_eq!(cmp["pairs"][0]["case"], "reg1");
    assert_eq!(cmp["pairs"][0]["baseline_output"], GOOD);
    assert!(
        cmp["pairs"][0]["candidate_output"]
            .as_str()
            .unwrap()
            .starts_with("A guaranteed cure")
    );
    // by hand: b = 5, c = 1, p = 2 · (C(6,0) + C(6,1)) / 2^6 = 14/64
    assert_eq!(cmp["mcnemar"]["regressions"], 5);
    assert_eq!(cmp["mcnemar"]["improvements"], 1);
    let p_value = cmp["mcnemar"]["p_value"].as_f64().unwrap();
    assert!((p_value - 14.0 / 64.0).abs() < 1e-12, "{p_value}");
    let delta = cmp["deltas"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["metric"] == "pass_rate")
        .unwrap();
    assert!((delta["delta"].as_f64().unwrap() - (2.0 / 7.0 - 6.0 / 7.0)).abs() < 1e-12);
    // the suite's own baseline: the same comparison without --baseline
    let text = std::fs::read_to_string(p.path().join("evals/cmp.yaml")).unwrap();
    p.write("evals/cmp.yaml", &format!("baseline: slogan@1\n{text}"));
    let again = json_of(&cli(
        &p,
        &[
            "eval",
            "evals/cmp.yaml",
            "--prompt",
            "slogan@2",
            "--format",
            "json",
        ],
    ));
    assert_eq!(again["comparisons"][0]["mcnemar"], cmp["mcnemar"]);
    let html = std::fs::read_to_string(&report).unwrap();
    assert!(html.contains("<svg") && html.contains("regression"));
    assert!(
        !html.contains("src=\"http") && !html.contains("href=\"http"),
        "self-contained"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flaky_judge_is_detected_across_repeats_cached_apart() {
    let (server, endpoint) = endpoint().await;
    let p = project(&server.uri());
    p.write(
        "evals/flaky.yaml",
        &format!(
            "prompt: slogan@1\ndefaults: {{ profile: mock, repeat: 4 }}\nassert:\n  - {{ type: llm-rubric, profile: judge, rubric: Calm. }}\nthresholds:\n  case_pass_rate: 1.0\ncases:\n  - name: flaky\n    vars: {}\n  - name: steady\n    vars: {}\n",
            vars("flaky"),
            vars("jacket")
        ),
    );
    let args = [
        "eval",
        "evals/flaky.yaml",
        "--concurrency",
        "1",
        "--format",
        "json",
    ];
    let run = cli(&p, &args);
    assert_eq!(run.code(), 1, "{}", run.stderr());
    let out = json_of(&run);
    let r = &out["runs"][0];
    assert_eq!(r["flaky"], json!(["flaky"]));
    assert_eq!(r["cases"][0]["pass_rate"], 0.5);
    assert_eq!(r["cases"][0]["pass"], false, "2 of 4 is no majority");
    assert_eq!(r["cases"][1]["flaky"], false);
    assert_eq!(r["metrics"]["case_pass_rate"], 0.5);
    // each repeat is its own cache entry: 8 calls, and a rerun answers all from the cache
    assert_eq!(endpoint.generations.load(Ordering::SeqCst), 8);
    let again = cli(&p, &args);
    assert_eq!(again.code(), 1);
    assert_eq!(endpoint.generations.load(Ordering::SeqCst), 8);
    assert!(
        json_of(&again)["runs"][0]["cases"][0]["attempts"]
            .as_array()
            .unwrap()
            .iter()
            .all(|a| a["cached"] == true)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn junit_xml_has_one_testcase_per_case_and_assertion() {
    use quick_xml::events::Event;

    let (server, _) = endpoint().await;
    let p = project(&server.uri());
    p.write("evals/every.yaml", &every_assertion_suite());
    let junit = p.path().join("junit.xml");
    let run = cli(
        &p,
        &[
            "eval",
            "evals/every.yaml",
            "--no-cache",
            "--junit",
            junit.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let xml = std::fs::read_to_string(&junit).unwrap();
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut stack: Vec<String> = Vec::new();
    let mut attrs: HashMap<String, HashMap<String, String>> = HashMap::new();
    let (mut testcases, mut failures, mut suites) = (0, 0, 0);
    let mut names = Vec::new();
    loop {
        let (e, empty) = match reader.read_event().unwrap() {
            Event::Eof => break,
            Event::Start(e) => (e, false),
            Event::Empty(e) => (e, true),
            Event::End(_) => {
                stack.pop();
                continue;
            }
            _ => continue,
        };
        let name = String::from_utf8(e.name().as_ref().to_vec()).unwrap();
        let a: HashMap<String, String> = e
            .attributes()
            .map(|a| {
                let a = a.unwrap();
                (
                    String::from_utf8(a.key.as_ref().to_vec()).unwrap(),
                    a.unescape_value().unwrap().into_owned(),
                )
            })
            .collect();
        let parent = stack.last().cloned().unwrap_or_default();
        match name.as_str() {
            "testsuites" => assert_eq!(parent, ""),
            "testsuite" => {
                assert_eq!(parent, "testsuites");
                suites += 1;
            }
            "properties" => assert_eq!(parent, "testsuite"),
            "property" => assert_eq!(parent, "properties"),
            "testcase" => {
                assert_eq!(parent, "testsuite");
                assert!(a.contains_key("classname") && a.contains_key("time"));
                names.push(format!("{} {}", a["classname"], a["name"]));
                testcases += 1;
            }
            "failure" => {
                assert_eq!(parent, "testcase");
                assert!(a.contains_key("message"));
                failures += 1;
            }
            other => panic!("unexpected element {other}"),
        }
        attrs.entry(name.clone()).or_insert(a);
        if !empty {
            stack.push(name);
        }
    }
    assert_eq!(suites, 1);
    // 2 cases × 16 assertions; the bad case fails every one
    assert_eq!(testcases, 32);
    assert_eq!(failures, 16);
    assert_eq!(attrs["testsuites"]["tests"], "32");
    assert_eq!(attrs["testsuites"]["failures"], "16");
    assert_eq!(attrs["testsuite"]["tests"], "32");
    assert_eq!(attrs["testsuite"]["name"], "every");
    assert!(
        names.contains(&"every.bad pii-free #14".to_string()),
        "{names:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_release_gate_refuses_untested_failed_and_edited_versions() {
    let (server, _) = endpoint().await;
    let p = project(&server.uri());
    let suite = |product: &str| {
        format!(
            "prompt: slogan@1\ndefaults: {{ profile: mock }}\nthresholds:\n  pass_rate: 1.0\ncases:\n  - name: one\n    vars: {}\n",
            vars(product)
        )
    };
    p.write("evals/gate.yaml", &suite("jacket"));
    let untested = cli(&p, &["prompts", "release", "slogan@1"]);
    assert_eq!(untested.code(), 1);
    assert!(
        untested.stdout().contains("it has no eval run"),
        "{}",
        untested.stdout()
    );

    assert_eq!(cli(&p, &["eval", "evals/gate.yaml"]).code(), 0);
    let released = cli(&p, &["prompts", "release", "slogan@1"]);
    assert_eq!(
        released.code(),
        0,
        "{}{}",
        released.stdout(),
        released.stderr()
    );
    assert!(
        released.stdout().contains("passed"),
        "{}",
        released.stdout()
    );
    let release_file =
        std::fs::read_to_string(p.path().join("prompts/slogan/release.yaml")).unwrap();
    assert!(release_file.contains("live: 1"));

    // v2 fails its suite: refused
    p.write("evals/gate-v2.yaml", &suite("reg1"));
    assert_eq!(
        cli(&p, &["eval", "evals/gate-v2.yaml", "--prompt", "slogan@2"]).code(),
        1
    );
    let failed = cli(&p, &["prompts", "release", "slogan@2"]);
    assert_eq!(failed.code(), 1);
    assert!(
        failed.stdout().contains("did not pass"),
        "{}",
        failed.stdout()
    );

    // v2 passes another suite, then is edited: the passing run was of other content
    assert_eq!(
        cli(&p, &["eval", "evals/gate.yaml", "--prompt", "slogan@2"]).code(),
        0
    );
    let v2 = p.path().join("prompts/slogan/v2.yaml");
    let text = std::fs::read_to_string(&v2).unwrap();
    std::fs::write(&v2, format!("# tightened\n{text}")).unwrap();
    let edited = cli(&p, &["prompts", "release", "slogan@2"]);
    assert_eq!(edited.code(), 1);
    assert!(
        edited
            .stdout()
            .contains("was edited since its last eval run"),
        "{}",
        edited.stdout()
    );

    let forced = cli(
        &p,
        &[
            "prompts",
            "release",
            "slogan@2",
            "--force",
            "--reason",
            "hotfix for launch",
        ],
    );
    assert_eq!(forced.code(), 0, "{}", forced.stderr());
    let history = json_of(&cli(
        &p,
        &[
            "prompts",
            "release",
            "--history",
            "slogan",
            "--format",
            "json",
        ],
    ));
    let log = history.as_array().unwrap();
    assert_eq!(log.len(), 2);
    assert_eq!(
        (log[0]["version"].as_u64(), &log[0]["forced"]),
        (Some(1), &json!(false))
    );
    assert_eq!(log[0]["eval_run"]["verdict"], "go");
    assert!(log[0]["eval_run"]["suite_hash"].as_str().unwrap().len() > 10);
    assert_eq!(log[1]["forced"], true);
    assert_eq!(log[1]["reason"], "hotfix for launch");
    assert!(log[1]["eval_run"].is_null());
}

/// Generate `n` slogans into the review queue of `p`; their item ids.
fn queued_slogans(p: &Project, n: usize) -> Vec<String> {
    let n_arg = n.to_string();
    let generate = cli(
        p,
        &[
            "generate",
            "--prompt",
            "slogan@1",
            "--var",
            "brand=Talgrat Outdoor",
            "--var",
            "locale=en",
            "--var",
            "product=claim",
            "--n",
            &n_arg,
            "--no-cache",
            "--format",
            "json",
        ],
    );
    assert!(generate.code() <= 1, "{}", generate.stderr());
    let list = json_of(&cli(p, &["review", "list", "--format", "json"]));
    let ids: Vec<String> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].to_string())
        .collect();
    assert_eq!(ids.len(), n, "{list:#}");
    ids
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_suite_exported_from_the_review_queue_runs_unchanged() {
    let (server, _) = endpoint().await;
    let p = project(&server.uri());
    let ids = queued_slogans(&p, 2);
    let approve = cli(&p, &["review", "approve", &ids[0], "--reviewer", "ana"]);
    assert_eq!(approve.code(), 0, "{}", approve.stderr());
    let reject = cli(
        &p,
        &[
            "review",
            "reject",
            &ids[1],
            "--reviewer",
            "ana",
            "--comment",
            "promises a cure",
        ],
    );
    assert_eq!(reject.code(), 0, "{}", reject.stderr());
    let export = cli(
        &p,
        &["review", "export", "--as-eval", "evals/from-review.yaml"],
    );
    assert_eq!(export.code(), 0, "{}", export.stderr());
    let run = cli(
        &p,
        &[
            "eval",
            "evals/from-review.yaml",
            "--profile",
            "mock",
            "--format",
            "json",
        ],
    );
    assert_eq!(run.code(), 0, "{}{}", run.stdout(), run.stderr());
    let out = json_of(&run);
    let cases = out["runs"][0]["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 2);
    // the same reply again: the guard sends it to review, so the approved case fails and the
    // rejected one (expected to fail) passes
    assert_eq!(cases[0]["expect"], "pass");
    assert_eq!(cases[0]["pass"], false);
    assert_eq!(cases[1]["expect"], "fail");
    assert_eq!(cases[1]["pass"], true);
    assert_eq!(cases[1]["reason"], "promises a cure");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn calibrate_sets_the_judge_against_the_reviewers() {
    let (server, _) = endpoint().await;
    let p = project(&server.uri());
    let ids = queued_slogans(&p, 3);
    // the reviewer rewrites the first into good copy and approves it, approves the second as
    // it is and rejects the third
    let good = json!({ "text": GOOD }).to_string();
    let edit = cli(
        &p,
        &[
            "review",
            "edit",
            &ids[0],
            "--reviewer",
            "ana",
            "--text",
            &good,
        ],
    );
    assert_eq!(edit.code(), 0, "{}", edit.stderr());
    for (id, verb) in [
        (&ids[0], "approve"),
        (&ids[1], "approve"),
        (&ids[2], "reject"),
    ] {
        let r = cli(&p, &["review", verb, id, "--reviewer", "ana"]);
        assert_eq!(r.code(), 0, "{verb} {id}: {}", r.stderr());
    }
    p.write(
        "evals/judged.yaml",
        &format!(
            "prompt: slogan\nassert:\n  - {{ type: llm-rubric, profile: judge, rubric: Calm and concrete., metric: calm }}\ncases:\n  - name: one\n    vars: {}\n",
            vars("jacket")
        ),
    );
    let run = cli(
        &p,
        &[
            "eval",
            "evals/judged.yaml",
            "--calibrate",
            "--format",
            "json",
        ],
    );
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let out = json_of(&run);
    let judge = &out[0]["judges"][0];
    assert_eq!(judge["metric"], "calm");
    assert_eq!(judge["items"], 3);
    // by hand: (approved, judge) = (yes, yes), (yes, no), (no, no): p_o = 2/3,
    // p_e = 2/3 · 1/3 + 1/3 · 2/3 = 4/9, κ = (2/3 − 4/9) / (5/9) = 0.4
    assert!((judge["agreement"].as_f64().unwrap() - 2.0 / 3.0).abs() < 1e-12);
    assert!(
        (judge["kappa"].as_f64().unwrap() - 0.4).abs() < 1e-12,
        "{judge}"
    );
    assert_eq!(judge["disagreements"].as_array().unwrap().len(), 1);
    assert_eq!(judge["disagreements"][0]["item"].to_string(), ids[1]);
}

#[test]
fn the_embedded_model_runs_a_tiny_suite() {
    let p = Project::with_local_model();
    p.write(
        "prompts/slogan/v1.yaml",
        &slogan(1, "product: {{ product }}"),
    );
    p.write(
        "evals/tiny.yaml",
        &format!(
            "prompt: slogan@1\ndefaults: {{ profile: local, n: 1 }}\nassert:\n  - {{ type: max-length, field: /text, value: 120 }}\n  - {{ type: contains, value: [Talgrat] }}\n  - {{ type: guard }}\nthresholds:\n  schema_valid: 1.0\ncases:\n  - name: jacket\n    vars: {}\n",
            vars("rain jacket")
        ),
    );
    let run = p.run(&["eval", "evals/tiny.yaml", "--no-cache", "--format", "json"]);
    assert!(run.code() == 0 || run.code() == 1, "{}", run.stderr());
    let out: Value = serde_json::from_str(&run.stdout()).unwrap();
    let attempt = &out["runs"][0]["cases"][0]["attempts"][0];
    assert!(attempt["error"].is_null(), "{attempt:#}");
    assert!(!attempt["outputs"][0].as_str().unwrap().is_empty());
    assert_eq!(attempt["checks"].as_array().unwrap().len(), 3);
    // constrained decoding: the output always matches the schema
    assert_eq!(out["runs"][0]["metrics"]["schema_valid"], 1.0, "{out:#}");
    assert!(attempt["latency_ms"].as_f64().unwrap() > 0.0);
}
