//! The OpenAI-compatible client at the HTTP edge, with faults injected by wiremock.

use std::sync::Arc;
use std::time::Duration;

use copydesk::config::{Profile, StructuredOutput};
use copydesk::guard::Action;
use copydesk::llm::openai::OpenAiClient;
use copydesk::llm::{ChatRequest, ErrorClass, LlmClient, LlmError};
use copydesk::pipeline;
use copydesk::prompt::{ChatMessage, Role};
use serde_json::json;
use wiremock::matchers::{body_partial_json, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::{Project, example_vars, registry, request, target};

fn profile(base_url: &str) -> Profile {
    let mut p = Profile::openai_compatible("test-model", base_url, 8192);
    p.structured_output = StructuredOutput::JsonSchema;
    p.timeout_secs = 5;
    p
}

fn chat_request() -> ChatRequest {
    ChatRequest {
        messages: vec![
            ChatMessage {
                role: Role::System,
                content: "You write ads.".into(),
            },
            ChatMessage {
                role: Role::User,
                content: "Firstwand 3L".into(),
            },
        ],
        output_schema: Some(json!({"type": "object"})),
        schema_name: "ad".into(),
        temperature: 0.5,
        top_p: 0.9,
        max_tokens: 100,
        seed: Some(7),
    }
}

fn completion(content: &str) -> serde_json::Value {
    json!({
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": "test-model-2026",
        "choices": [{
            "index": 0,
            "message": {"role": "assistant", "content": content},
            "finish_reason": "stop"
        }],
        "usage": {"prompt_tokens": 42, "completion_tokens": 17, "total_tokens": 59}
    })
}

fn api_error(message: &str) -> serde_json::Value {
    json!({"error": {"message": message, "type": "server_error", "param": null, "code": null}})
}

async fn server() -> MockServer {
    MockServer::start().await
}

/// A 429 with the given Retry-After header.
fn rate_limited(retry_after: &str) -> ResponseTemplate {
    ResponseTemplate::new(429).insert_header("retry-after", retry_after).set_body_json(
        json!({"error": {"message": "slow down", "type": "rate_limit_error", "param": null, "code": null}}),
    )
}

/// Answer every request with `reply` and run ad-variants@1 for `n` variants through the
/// pipeline against that server.
async fn generate_with_reply(
    server: &MockServer,
    reply: &str,
    vars: serde_json::Map<String, serde_json::Value>,
    n: usize,
) -> copydesk::lineage::Generated {
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(completion(reply)))
        .mount(server)
        .await;
    let reg = registry();
    let client: Arc<dyn LlmClient> = Arc::new(client(server, |_| {}));
    pipeline::run(
        target(client, 2),
        request(&reg, "ad-variants@1", vars, n, None),
    )
    .await
    .unwrap()
}

/// The error a default client gets from `server`.
async fn error_from(server: &MockServer) -> LlmError {
    client(server, |_| {})
        .chat(&chat_request(), None)
        .await
        .unwrap_err()
}

fn client(server: &MockServer, tweak: impl FnOnce(&mut Profile)) -> OpenAiClient {
    let mut p = profile(&format!("{}/v1", server.uri()));
    tweak(&mut p);
    OpenAiClient::new("mock", &p).unwrap()
}

#[tokio::test]
async fn success_returns_content_usage_and_sends_the_schema() {
    let server = server().await;
    Mock::given(method("POST"))
        .and(path("/v1/chat/completions"))
        .and(body_partial_json(json!({
            "model": "test-model",
            "max_tokens": 100,
            "seed": 7,
            "response_format": {"type": "json_schema", "json_schema": {"name": "ad", "schema": {"type": "object"}, "strict": true}},
            "messages": [{"role": "system", "content": "You write ads."}, {"role": "user", "content": "Firstwand 3L"}]
        })))
        .respond_with(ResponseTemplate::new(200).set_body_json(completion(r#"{"ok": true}"#)))
        .expect(1)
        .mount(&server)
        .await;
    let r = client(&server, |_| {})
        .chat(&chat_request(), None)
        .await
        .unwrap();
    assert_eq!(r.content, r#"{"ok": true}"#);
    assert_eq!(r.model, "test-model-2026");
    assert_eq!((r.usage.prompt_tokens, r.usage.completion_tokens), (42, 17));
}

#[tokio::test]
async fn json_object_mode_when_the_server_cannot_take_a_schema() {
    let server = server().await;
    Mock::given(body_partial_json(
        json!({"response_format": {"type": "json_object"}}),
    ))
    .respond_with(ResponseTemplate::new(200).set_body_json(completion("{}")))
    .expect(1)
    .mount(&server)
    .await;
    let c = client(&server, |p| {
        p.structured_output = StructuredOutput::JsonObject
    });
    c.chat(&chat_request(), None).await.unwrap();
}

#[tokio::test]
async fn a_429_is_one_attempt_that_keeps_its_retry_after() {
    // seconds, OpenAI's milliseconds, and an HTTP date (written when its case starts, so the
    // cases before it take none of its 30 seconds)
    for (header, value, want) in [
        ("retry-after", Some("2"), 2_000u128),
        ("retry-after-ms", Some("1500"), 1_500),
        ("retry-after", None, 30_000),
    ] {
        let written = std::time::Instant::now();
        let value = value.map_or_else(
            || httpdate::fmt_http_date(std::time::SystemTime::now() + Duration::from_secs(30)),
            str::to_string,
        );
        let value = value.as_str();
        let server = server().await;
        Mock::given(method("POST"))
            .respond_with(rate_limited("7").insert_header(header, value))
            .expect(1)
            .mount(&server)
            .await;
        let err = error_from(&server).await;
        assert_eq!(err.class(), ErrorClass::RateLimited);
        let LlmError::RateLimited {
            retry_after: Some(wait),
            message,
            ..
        } = err
        else {
            panic!("{err}")
        };
        assert_eq!(message, "slow down");
        // the date has one-second resolution, and the time since it was written has passed
        // (a loaded machine may take a while to start the server and send the request)
        let slack = 1_000 + written.elapsed().as_millis();
        assert!(
            wait.as_millis() <= want + 1_000 && wait.as_millis() + slack >= want,
            "{header}: {value} gave {wait:?}"
        );
    }
}

#[tokio::test]
async fn a_server_error_is_one_attempt_classified_transient() {
    let server = server().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(500).set_body_json(api_error("boom")))
        .expect(1)
        .mount(&server)
        .await;
    let err = error_from(&server).await;
    assert!(matches!(err, LlmError::Server { status: 500, .. }), "{err}");
    assert_eq!(err.class(), ErrorClass::Transient);
}

#[tokio::test]
async fn slow_server_times_out() {
    let server = server().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(completion("{}"))
                .set_delay(Duration::from_secs(3)),
        )
        .mount(&server)
        .await;
    let c = client(&server, |p| {
        p.timeout_secs = 1;
        p.max_retries = 0;
    });
    let err = c.chat(&chat_request(), None).await.unwrap_err();
    assert!(matches!(err, LlmError::Timeout { secs: 1, .. }), "{err}");
    assert!(err.to_string().contains("did not answer within 1 s"));
}

#[tokio::test]
async fn malformed_json_is_a_provider_error() {
    let server = server().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(200).set_body_raw("{\"choices\": [ oops", "application/json"),
        )
        .mount(&server)
        .await;
    let err = error_from(&server).await;
    assert!(matches!(err, LlmError::MalformedResponse { .. }), "{err}");
}

#[tokio::test]
async fn bad_credentials_and_context_length_are_classified() {
    let server = server().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(401).set_body_json(api_error("invalid api key")))
        .mount(&server)
        .await;
    let err = error_from(&server).await;
    assert_eq!(err.class(), ErrorClass::Config, "{err}");

    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(400).set_body_json(json!({"error": {
            "message": "This model's maximum context length is 8192 tokens", "type": "invalid_request_error",
            "param": "messages", "code": "context_length_exceeded"}})))
        .mount(&server)
        .await;
    let err = error_from(&server).await;
    assert_eq!(err.class(), ErrorClass::ContextTooLong, "{err}");
}

#[tokio::test]
async fn refusal_is_never_treated_as_output() {
    let server = server().await;
    let mut body = completion("");
    body["choices"][0]["message"] =
        json!({"role": "assistant", "content": null, "refusal": "I can't help with that."});
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(&server)
        .await;
    let err = error_from(&server).await;
    assert_eq!(err.class(), ErrorClass::Refusal);
}

#[tokio::test]
async fn streaming_delivers_pieces_and_usage() {
    let server = server().await;
    let chunk = |content: &str| {
        json!({"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "test-model",
               "choices": [{"index": 0, "delta": {"content": content}, "finish_reason": null}]})
    };
    let usage = json!({"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "test-model",
                       "choices": [], "usage": {"prompt_tokens": 5, "completion_tokens": 3, "total_tokens": 8}});
    let body = format!(
        "data: {}\n\ndata: {}\n\ndata: {}\n\ndata: [DONE]\n\n",
        chunk("{\"a\":"),
        chunk(" 1}"),
        usage
    );
    Mock::given(body_partial_json(
        json!({"stream": true, "stream_options": {"include_usage": true}}),
    ))
    .respond_with(ResponseTemplate::new(200).set_body_raw(body, "text/event-stream"))
    .mount(&server)
    .await;
    let pieces = Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let sink_pieces = Arc::clone(&pieces);
    let sink: copydesk::llm::TokenSink =
        Arc::new(move |p: &str| sink_pieces.lock().unwrap().push(p.to_string()));
    let r = client(&server, |_| {})
        .chat(&chat_request(), Some(sink))
        .await
        .unwrap();
    assert_eq!(r.content, "{\"a\": 1}");
    assert_eq!(
        *pieces.lock().unwrap(),
        vec!["{\"a\":".to_string(), " 1}".to_string()]
    );
    assert_eq!(r.usage.completion_tokens, 3);
    assert!(r.time_to_first_token.is_some());
}

#[tokio::test]
async fn output_that_breaks_the_schema_is_reasked_then_rejected_at_json_pointers() {
    let server = server().await;
    let too_long = "Diese Überschrift ist eindeutig zu lang für Google Ads";
    let reply =
        json!({"headlines": [too_long, "Firstwand 3L", "Regen? Egal."], "descriptions": ["kurz"]});
    let generated = generate_with_reply(&server, &reply.to_string(), example_vars(), 2).await;
    assert_eq!(generated.variants.len(), 2);
    // each variant: one call plus two bounded re-asks, every one of them counted
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 6);
    assert_eq!(generated.calls.len(), 6);
    assert_eq!(
        generated
            .calls
            .iter()
            .filter(|c| c.purpose == "reask")
            .count(),
        4
    );
    let v = &generated.variants[0];
    assert_eq!(v.outcome, copydesk::guard::Outcome::Rejected);
    assert_eq!(v.reasks, 2);
    let pointers: Vec<&str> = v
        .findings
        .iter()
        .filter(|f| f.stage == "schema")
        .map(|f| f.pointer.as_str())
        .collect();
    assert!(pointers.contains(&"/headlines/0"), "{pointers:?}");
    assert!(pointers.contains(&"/descriptions"), "{pointers:?}");
    assert!(pointers.contains(&"/descriptions/0"), "{pointers:?}");
    // a re-ask names only the failing fields and constrains them with the output schema
    let reask: serde_json::Value = requests
        .iter()
        .map(|r| serde_json::from_slice::<serde_json::Value>(&r.body).unwrap())
        .find(|b| b.to_string().contains("Rewrite only these fields"))
        .unwrap();
    let body = reask.to_string();
    assert!(
        body.contains("/headlines/0") && !body.contains("/headlines/1"),
        "{body}"
    );
    let schema = &reask["response_format"]["json_schema"]["schema"];
    assert_eq!(
        schema["properties"]["/headlines/0"]["maxLength"], 30,
        "{schema}"
    );
}

#[tokio::test]
async fn a_reask_merges_only_the_failing_field_back() {
    let server = server().await;
    let bad = json!({
        "headlines": ["Diese Überschrift ist eindeutig zu lang für Google Ads", "Firstwand Regenjacke", "Leicht und packbar"],
        "descriptions": [
            "Für lange Tage im Regen gemacht, mit helmkompatibler Kapuze.",
            "Unterarmbelüftung und verstellbare Bündchen für jedes Tempo."
        ]
    });
    let fixed = json!({"/headlines/0": "Firstwand 3-Lagen-Jacke"});
    Mock::given(method("POST"))
        .and(wiremock::matchers::body_string_contains(
            "Rewrite only these fields",
        ))
        .respond_with(ResponseTemplate::new(200).set_body_json(completion(&fixed.to_string())))
        .with_priority(1)
        .mount(&server)
        .await;
    let generated = generate_with_reply(&server, &bad.to_string(), example_vars(), 1).await;
    let v = &generated.variants[0];
    assert_eq!(v.reasks, 1);
    assert!(v.schema_valid(), "{:?}", v.findings);
    let out = v.output.as_ref().unwrap();
    assert_eq!(out["headlines"][0], "Firstwand 3-Lagen-Jacke");
    assert_eq!(out["headlines"][1], "Firstwand Regenjacke");
    assert_eq!(generated.calls.len(), 2);
}

#[tokio::test]
async fn cli_exit_code_1_when_an_output_is_invalid() {
    let server = server().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(completion("Sorry, here are some ideas: Firstwand!")),
        )
        .mount(&server)
        .await;
    let p = Project::new(&format!(
        "default_profile: mock\nprofiles:\n  mock:\n    provider: openai\n    model: m\n    base_url: {}/v1\n    context_window: 4096\n",
        server.uri()
    ));
    let uri = server.uri();
    let run = tokio::task::spawn_blocking(move || {
        let _keep = uri;
        p.run(&[
            "generate",
            "--prompt",
            "ad-variants@1",
            "--vars",
            "examples/ad-variants.firstwand.de.json",
            "--format",
            "jsonl",
        ])
    })
    .await
    .unwrap();
    assert_eq!(run.code(), 1, "{}", run.stderr());
    let line: serde_json::Value =
        serde_json::from_str(run.stdout().lines().next().unwrap()).unwrap();
    assert_eq!(line["outcome"], "rejected");
    assert!(
        line["findings"][0]["message"]
            .as_str()
            .unwrap()
            .contains("not JSON")
    );
    assert_eq!(line["usage"]["prompt_tokens"], 42);
}

#[tokio::test]
async fn personal_data_in_vars_never_reaches_the_endpoint() {
    let server = server().await;
    let mut vars = example_vars();
    vars["audience"] = json!("Stammkunden wie anna.berger@example.org (Tel. +49 89 12345678)");
    let generated = generate_with_reply(&server, "{}", vars, 1).await;
    assert_eq!(generated.pseudonymised, 2);
    let body =
        String::from_utf8(server.received_requests().await.unwrap()[0].body.clone()).unwrap();
    assert!(
        !body.contains("anna.berger") && !body.contains("12345678"),
        "{body}"
    );
    assert!(
        body.contains("Stammkunden wie <EMAIL_1> (Tel. <PHONE_1>)"),
        "{body}"
    );
}

#[tokio::test]
async fn personal_data_in_an_output_is_replaced_by_the_fix_action() {
    let server = server().await;
    let ad = json!({
        "headlines": ["Firstwand 3L Regenjacke", "Ruf an: +49 89 1234567", "28.000 mm Wassersäule"],
        "descriptions": [
            "Fragen? Schreib an anna.berger@example.org, wir helfen dir gern weiter.",
            "Atmungsaktiv mit RET-Wert 6 (EN ISO 11092), helmkompatible Kapuze."
        ]
    });
    let generated = generate_with_reply(&server, &ad.to_string(), example_vars(), 1).await;
    let v = &generated.variants[0];
    assert!(v.schema_valid(), "{:?}", v.findings);
    let found: Vec<(&str, Option<&str>, Action)> = v
        .findings
        .iter()
        .filter(|f| f.stage == "pii")
        .map(|f| (f.pointer.as_str(), f.entity.as_deref(), f.action))
        .collect();
    assert_eq!(
        found,
        vec![
            ("/headlines/1", Some("PHONE"), Action::Fix),
            ("/descriptions/0", Some("EMAIL"), Action::Fix)
        ]
    );
    let out = v.output.as_ref().unwrap();
    assert_eq!(out["headlines"][1], "Ruf an: <PHONE>");
    assert!(!out.to_string().contains("anna.berger"));
}

#[tokio::test]
async fn a_fix_that_breaks_a_limit_is_repaired_by_a_reask() {
    let server = server().await;
    // exactly 30 characters; the placeholder <EMAIL> is one longer than a@b.de
    let headline = "Mail: a@b.de schreib uns heut";
    assert_eq!(headline.chars().count(), 29);
    let ad = json!({
        "headlines": [format!("{headline}e"), "Firstwand Regenjacke", "Leicht und packbar"],
        "descriptions": [
            "Für lange Tage im Regen gemacht, mit helmkompatibler Kapuze.",
            "Unterarmbelüftung und verstellbare Bündchen für jedes Tempo."
        ]
    });
    Mock::given(method("POST"))
        .and(wiremock::matchers::body_string_contains(
            "Rewrite only these fields",
        ))
        .respond_with(ResponseTemplate::new(200).set_body_json(completion(
            &json!({"/headlines/0": "Schreib uns, wir helfen"}).to_string(),
        )))
        .with_priority(1)
        .mount(&server)
        .await;
    let generated = generate_with_reply(&server, &ad.to_string(), example_vars(), 1).await;
    let v = &generated.variants[0];
    assert_eq!(v.reasks, 1, "{:?}", v.findings);
    assert!(v.schema_valid(), "{:?}", v.findings);
    assert_eq!(
        v.output.as_ref().unwrap()["headlines"][0],
        "Schreib uns, wir helfen"
    );
    // the fix stays on record
    assert!(
        v.findings
            .iter()
            .any(|f| f.entity.as_deref() == Some("EMAIL") && f.action == Action::Fix)
    );
}

#[tokio::test]
async fn in_output_variants_keep_their_own_findings() {
    let server = server().await;
    let good = json!({
        "headlines": ["Firstwand Regenjacke", "Leicht und packbar", "Für lange Regentage"],
        "descriptions": [
            "Für lange Tage im Regen gemacht, mit helmkompatibler Kapuze.",
            "Unterarmbelüftung und verstellbare Bündchen für jedes Tempo."
        ],
        "path": ["regenjacke", "firstwand"]
    });
    let mut bad = good.clone();
    bad["headlines"][1] = json!("Die beste Jacke, garantiert");
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(completion(&json!({"ads": [good, bad]}).to_string())),
        )
        .mount(&server)
        .await;
    let reg = registry();
    let client: Arc<dyn LlmClient> = Arc::new(client(&server, |_| {}));
    let generated = pipeline::run(
        target(client, 1),
        request(&reg, "ad-variants@2", example_vars(), 2, None),
    )
    .await
    .unwrap();
    assert_eq!(generated.variants.len(), 2);
    let rules = |i: usize| -> Vec<(String, String)> {
        generated.variants[i]
            .findings
            .iter()
            .filter(|f| f.severity == copydesk::guard::Severity::Error)
            .map(|f| (f.pointer.clone(), f.rule.clone()))
            .collect()
    };
    assert!(rules(0).is_empty(), "{:?}", rules(0));
    let second = rules(1);
    assert!(
        second.contains(&(
            "/headlines/1".to_string(),
            "policy.claims.superlative".to_string()
        )) && second.contains(&(
            "/headlines/1".to_string(),
            "policy.claims.guarantee".to_string()
        )),
        "{second:?}"
    );
    assert_eq!(
        generated.variants[1].outcome,
        copydesk::guard::Outcome::NeedsReview
    );
}

#[tokio::test]
async fn custom_recognizers_pseudonymise_inputs_too() {
    let server = server().await;
    let mut vars = example_vars();
    vars["audience"] = json!("Stammkundin, Kundennummer KD 12345678, Karte TGC-0123456789");
    let generated = generate_with_reply(&server, "{}", vars, 1).await;
    assert_eq!(generated.pseudonymised, 2);
    let body =
        String::from_utf8(server.received_requests().await.unwrap()[0].body.clone()).unwrap();
    assert!(
        body.contains("Kundennummer <CUSTOMER_ID_1>, Karte <LOYALTY_CARD_NUMBER_1>"),
        "{body}"
    );
    assert!(!body.contains("12345678"), "{body}");
}

#[tokio::test]
async fn placeholders_are_restored_only_where_the_prompt_allows() {
    let server = server().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(completion(
            &json!({"text": "Hallo <PERSON_1>, deine Jacke ist unterwegs. Fragen an <EMAIL_1>."})
                .to_string(),
        )))
        .mount(&server)
        .await;
    let p = Project::new(
        "default_profile: x\nprofiles:\n  x:\n    provider: openai\n    model: m\n    base_url: http://127.0.0.1:9/v1\n    context_window: 4096\n",
    );
    let prompt = |restore: &str| {
        format!(
            "id: greeting\nversion: 1\ndescription: Shipping note.\n{restore}inputs:\n  type: object\n  properties:\n    customer: {{ type: string }}\noutput:\n  type: object\n  required: [text]\n  properties:\n    text: {{ type: string }}\nsystem: Write a short shipping note.\nuser: \"Customer: {{{{ customer }}}}\"\n"
        )
    };
    let vars: serde_json::Map<String, serde_json::Value> =
        serde_json::from_value(json!({"customer": "Anna Berger, anna.berger@example.org"}))
            .unwrap();
    let mut texts = Vec::new();
    for restore in ["restore_pii: [PERSON]\n", ""] {
        p.write("prompts/greeting/v1.yaml", &prompt(restore));
        let reg = copydesk::prompt::Registry::load(&p.path().join("prompts"));
        let client: Arc<dyn LlmClient> = Arc::new(client(&server, |_| {}));
        let generated = pipeline::run(
            target(client, 1),
            request(&reg, "greeting@1", vars.clone(), 1, None),
        )
        .await
        .unwrap();
        texts.push(generated.variants[0].output.as_ref().unwrap()["text"].clone());
    }
    // the model saw placeholders only
    for r in server.received_requests().await.unwrap() {
        let body = String::from_utf8(r.body.clone()).unwrap();
        assert!(body.contains("Customer: <PERSON_1>, <EMAIL_1>"), "{body}");
    }
    assert_eq!(
        texts[0],
        "Hallo Anna Berger, deine Jacke ist unterwegs. Fragen an <EMAIL_1>."
    );
    assert_eq!(
        texts[1],
        "Hallo <PERSON_1>, deine Jacke ist unterwegs. Fragen an <EMAIL_1>."
    );
}
