//! `copydesk serve` over real HTTP on loopback: every API route with its status codes, the
//! review queue's leases and state machine through the API, errors with the CLI's classes,
//! request limits and bad JSON, the token and the login on a server that requires them, CSRF
//! and foreign-origin refusals, and the bind rule off loopback.

use std::sync::Arc;

use copydesk::desk::{Desk, Options as DeskOptions};
use copydesk::server::{self, Options, Running};
use reqwest::StatusCode;
use serde_json::{Value, json};
use wiremock::MockServer;

use crate::common::Project;

/// A server on a free loopback port over a project whose model endpoint answers with an ad the
/// guard chain sends to review.
pub(crate) async fn serve(token: Option<&str>) -> (MockServer, Project, Running) {
    let (mock, p) = crate::review::project().await;
    let config = std::fs::read_to_string(p.path().join("copydesk.yaml")).unwrap();
    p.write(
        "copydesk.yaml",
        &format!("{config}budgets:\n  - name: daily\n    window: day\n    max_cost: 0.01\n"),
    );
    let desk = Arc::new(Desk::open(p.config(), DeskOptions::default()).unwrap());
    let running = server::start(
        desk,
        Options {
            bind: "127.0.0.1:0".parse().unwrap(),
            token: token.map(str::to_string),
            reviewer: "ana".into(),
        },
    )
    .await
    .unwrap();
    (mock, p, running)
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// Status and JSON body of a request.
async fn call(req: reqwest::RequestBuilder) -> (StatusCode, Value) {
    let r = req.send().await.unwrap();
    let status = r.status();
    let text = r.text().await.unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

/// A form post (`application/x-www-form-urlencoded`).
pub(crate) fn post_form(
    c: &reqwest::Client,
    url: String,
    pairs: &[(&str, &str)],
) -> reqwest::RequestBuilder {
    let encode = |s: &str| -> String {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect()
    };
    let body: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect();
    c.post(url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body.join("&"))
}

/// An error answer's message.
fn message(answer: &Value) -> &str {
    answer["error"]["message"]
        .as_str()
        .unwrap_or_else(|| panic!("not an error answer: {answer}"))
}

fn post_json(c: &reqwest::Client, url: String, body: &Value) -> reqwest::RequestBuilder {
    c.post(url)
        .header("content-type", "application/json")
        .body(body.to_string())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_api_route_answers_on_loopback_with_the_clis_rules() {
    let (_mock, _p, running) = serve(None).await;
    let base = format!("http://{}", running.addr);
    let c = client();

    let (s, health) = call(c.get(format!("{base}/api/health"))).await;
    assert_eq!(s, 200);
    assert_eq!(health["status"], "ok");
    assert_eq!(health["brands"], json!(["talgrat"]));

    let (s, doc) = call(c.get(format!("{base}/api/openapi.json"))).await;
    assert_eq!(s, 200);
    let paths = doc["paths"].as_object().unwrap();
    for route in [
        "/api/generate",
        "/api/review",
        "/api/review/{id}/{action}",
        "/api/review/export",
        "/api/search",
        "/api/costs",
        "/api/budgets",
        "/api/batch/{run}",
        "/api/prompts/{prompt}/render",
    ] {
        assert!(
            paths.contains_key(route),
            "{route} not in the OpenAPI document"
        );
    }

    let (s, prompts) = call(c.get(format!("{base}/api/prompts"))).await;
    assert_eq!(s, 200);
    assert!(
        prompts
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["id"] == "ad-variants")
    );
    let (s, v1) = call(c.get(format!("{base}/api/prompts/ad-variants@1"))).await;
    assert_eq!(s, 200);
    assert_eq!(
        v1["inputs"]["required"],
        json!(["brand", "locale", "product"])
    );
    let (s, missing) = call(c.get(format!("{base}/api/prompts/nope"))).await;
    assert_eq!(
        (s, missing["error"]["class"].as_str()),
        (StatusCode::NOT_FOUND, Some("not-found"))
    );

    let vars: Value = serde_json::from_str(
        &std::fs::read_to_string(
            crate::common::repo().join("examples/ad-variants.firstwand.de.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let (s, messages) = call(post_json(
        &c,
        format!("{base}/api/prompts/ad-variants@1/render"),
        &json!({"vars": vars}),
    ))
    .await;
    assert_eq!(s, 200, "{messages}");
    assert!(
        messages[1]["content"]
            .as_str()
            .unwrap()
            .contains("Firstwand")
    );
    let (s, bad) = call(post_json(
        &c,
        format!("{base}/api/prompts/ad-variants@1/render"),
        &json!({"vars": {"locale": "fr"}}),
    ))
    .await;
    // the CLI's class: this input cannot be done (exit 2), other requests can
    assert_eq!(
        (s, bad["error"]["class"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("skip")),
        "{bad}"
    );
    assert!(message(&bad).contains("\"fr\" is not one of"));

    // generate: the same pipeline as the CLI; the unsure claim goes to review
    let (s, out) = call(post_json(
        &c,
        format!("{base}/api/generate"),
        &json!({"prompt": "ad-variants@1", "vars": vars, "n": 2, "cache": "off"}),
    ))
    .await;
    assert_eq!(s, 200, "{out}");
    assert_eq!(out["variants"].as_array().unwrap().len(), 2);
    assert!(
        out["review"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["route"] == "queued")
    );

    let (s, page) = call(c.get(format!("{base}/api/review?limit=1"))).await;
    assert_eq!(s, 200);
    assert_eq!(page["total"], 2);
    assert_eq!(page["items"].as_array().unwrap().len(), 1);
    assert_eq!(page["items"][0]["state"], "pending");
    assert!(
        page["items"][0]["text"]
            .as_str()
            .unwrap()
            .contains("Atmungsaktiv")
    );
    let first = page["items"][0]["id"].as_i64().unwrap();
    let (s, second_page) = call(c.get(format!("{base}/api/review?limit=1&offset=1"))).await;
    assert_eq!(s, 200);
    let second = second_page["items"][0]["id"].as_i64().unwrap();
    assert_ne!(first, second);

    let (s, shown) = call(c.get(format!("{base}/api/review/{first}"))).await;
    assert_eq!(s, 200);
    assert_eq!(shown["events"][0]["action"], "enter");
    assert!(shown["item"]["lineage"]["vars"].is_object());
    assert_eq!(
        call(c.get(format!("{base}/api/review/999999"))).await.0,
        404
    );

    // leases: ana claims, ben is kept out with the CLI's message, ana decides
    let act = |id: i64, action: &str, who: &str, body: Value| {
        post_json(&c, format!("{base}/api/review/{id}/{action}"), &body)
            .header("x-copydesk-reviewer", who.to_string())
    };
    let (s, claimed) = call(act(first, "claim", "ana", json!({}))).await;
    assert_eq!(
        (s, claimed["state"].as_str()),
        (StatusCode::OK, Some("pending"))
    );
    let (s, refused) = call(act(first, "approve", "ben", json!({}))).await;
    assert_eq!(s, 409);
    assert_eq!(refused["error"]["class"], "conflict");
    assert!(message(&refused).contains("claimed by ana"));
    let (s, edited) = call(act(
        first,
        "edit",
        "ana",
        json!({"text": crate::common::valid_ad(), "comment": "approved wording"}),
    ))
    .await;
    assert_eq!(s, 200, "{edited}");
    assert_eq!(edited["state"], "edited");
    assert_eq!(edited["revision"], 2);
    assert_eq!(edited["edited"]["outcome"], "accepted");
    let (s, approved) = call(act(first, "approve", "ana", json!({"comment": "good"}))).await;
    assert_eq!(
        (s, approved["state"].as_str()),
        (StatusCode::OK, Some("approved"))
    );
    let (s, again) = call(act(first, "approve", "ana", json!({}))).await;
    assert_eq!(s, 409, "{again}");
    assert!(message(&again).contains("cannot approve an item that is approved"));
    let (s, unknown) = call(act(second, "publish", "ana", json!({}))).await;
    assert_eq!(s, 404, "{unknown}");
    let (s, rejected) = call(act(second, "reject", "ben", json!({"comment": "claim"}))).await;
    assert_eq!(
        (s, rejected["state"].as_str()),
        (StatusCode::OK, Some("rejected"))
    );

    // the export is the CLI's
    let csv = c
        .get(format!("{base}/api/review/export?format=csv"))
        .send()
        .await
        .unwrap();
    assert_eq!(csv.status(), 200);
    let csv = csv.text().await.unwrap();
    assert!(csv.starts_with("copydesk id,Headline 1"), "{csv}");
    assert!(csv.contains("Drei Lagen gegen den Regen"));

    let (s, stats) = call(c.get(format!("{base}/api/review/stats"))).await;
    assert_eq!(s, 200);
    assert_eq!(stats["by_state"], json!({"approved": 1, "rejected": 1}));

    let (s, costs) = call(c.get(format!("{base}/api/costs?by=prompt"))).await;
    assert_eq!(s, 200);
    assert_eq!(costs[0]["group"], "ad-variants@1");
    assert_eq!(costs[0]["calls"], 2);
    let (s, bad_by) = call(c.get(format!("{base}/api/costs?by=planet"))).await;
    assert_eq!(s, 400);
    assert!(message(&bad_by).contains("prompt, model, profile, day, brand, run"));
    let (s, budgets) = call(c.get(format!("{base}/api/budgets"))).await;
    assert_eq!(
        (s, budgets[0]["budget"].as_str()),
        (StatusCode::OK, Some("daily"))
    );
    assert!(
        budgets[0]["spent"]["cost"].as_f64().unwrap() > 0.0,
        "{budgets}"
    );
    assert_eq!(
        call(c.get(format!("{base}/api/batch"))).await,
        (StatusCode::OK, json!([]))
    );
    assert_eq!(call(c.get(format!("{base}/api/batch/nope"))).await.0, 404);
    // no index built: retrieval says so, with the store's class
    let (s, search) = call(c.get(format!("{base}/api/search?brand=talgrat&q=Regenjacke"))).await;
    assert!(s == 200 || s == 500, "{s} {search}");
    let (s, no_brand) = call(c.get(format!("{base}/api/search?brand=acme&q=x"))).await;
    assert_eq!(s, 400);
    assert!(message(&no_brand).contains("no brand 'acme'"));

    running.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_requests_get_a_readable_400_and_nothing_panics() {
    let (_mock, _p, running) = serve(None).await;
    let base = format!("http://{}", running.addr);
    let c = client();
    let generate = format!("{base}/api/generate");

    let (s, e) = call(
        c.post(&generate)
            .header("content-type", "application/json")
            .body("{\"prompt\": "),
    )
    .await;
    assert_eq!(s, 400);
    assert_eq!(e["error"]["class"], "usage");
    assert!(!message(&e).is_empty());

    let (s, e) = call(post_json(
        &c,
        generate.clone(),
        &json!({"prompt": "ad-variants", "colour": "red"}),
    ))
    .await;
    assert_eq!(s, 400);
    assert!(message(&e).contains("unknown field `colour`"), "{e}");

    let (s, e) = call(post_json(
        &c,
        generate.clone(),
        &json!({"prompt": "ad-variants", "n": 0}),
    ))
    .await;
    assert_eq!(s, 400);
    assert!(message(&e).contains("between 1 and 20"));

    let (s, e) = call(post_json(
        &c,
        generate.clone(),
        &json!({"prompt": "ad-variants@1", "brand": "acme", "vars": {}}),
    ))
    .await;
    assert_eq!(s, 400, "{e}");

    let big = "x".repeat(server::MAX_BODY + 10);
    let (s, _) = call(post_json(&c, generate.clone(), &json!({"prompt": big}))).await;
    assert_eq!(s, 413);

    let (s, _) = call(
        c.post(&generate)
            .header("content-type", "text/plain")
            .body("{}"),
    )
    .await;
    assert_eq!(s, 415);

    let (s, e) = call(c.get(format!("{base}/api/review?state=done"))).await;
    assert_eq!(s, 400);
    assert!(message(&e).contains("pending, edited, approved, rejected"));
    let (s, _) = call(c.get(format!("{base}/api/review?limit=100000"))).await;
    assert_eq!(s, 400);
    let (s, _) = call(c.get(format!("{base}/api/review/abc"))).await;
    assert_eq!(s, 400);

    // a request from another site's page is refused before it does anything
    let (s, _) = call(
        post_json(&c, format!("{base}/api/review/1/approve"), &json!({}))
            .header("origin", "http://evil.example"),
    )
    .await;
    assert_eq!(s, 403);
    // a page form without the session's CSRF token is refused
    let (s, _) = call(post_form(
        &c,
        format!("{base}/review/1/approve"),
        &[("comment", "x")],
    ))
    .await;
    assert_eq!(s, 403);
    running.stop().await.unwrap();
}

/// The session cookie and the CSRF token a page carries.
async fn login(c: &reqwest::Client, base: &str, name: &str, token: &str) -> (String, String) {
    let r = post_form(
        c,
        format!("{base}/login"),
        &[("name", name), ("token", token)],
    )
    .send()
    .await
    .unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/review");
    let cookie = r.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    let cookie = cookie.split(';').next().unwrap().to_string();
    let page = c
        .get(format!("{base}/review"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let csrf = page
        .split("name=\"csrf-token\" content=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .unwrap()
        .to_string();
    (cookie, csrf)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_with_a_token_lets_in_only_its_holders() {
    let (_mock, _p, running) = serve(Some("s3cret-token")).await;
    let base = format!("http://{}", running.addr);
    let c = client();

    assert_eq!(call(c.get(format!("{base}/api/health"))).await.0, 200);
    let (s, e) = call(c.get(format!("{base}/api/review"))).await;
    assert_eq!(
        (s, e["error"]["class"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("auth"))
    );
    assert_eq!(
        call(c.get(format!("{base}/api/review")).bearer_auth("wrong"))
            .await
            .0,
        401
    );
    assert_eq!(
        call(
            c.get(format!("{base}/api/review"))
                .bearer_auth("s3cret-token")
        )
        .await
        .0,
        200
    );
    let page = c.get(format!("{base}/review")).send().await.unwrap();
    assert_eq!(page.status(), 303);
    assert_eq!(page.headers()["location"], "/login");
    let failed = post_form(
        &c,
        format!("{base}/login"),
        &[("name", "ana"), ("token", "guess")],
    )
    .send()
    .await
    .unwrap();
    assert_eq!(failed.headers()["location"], "/login?failed=1");

    let (cookie, csrf) = login(&c, &base, "ana", "s3cret-token").await;
    let r = c
        .get(format!("{base}/review"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.text().await.unwrap().contains("ana"));
    // the cookie alone does not change anything: the CSRF token must come with it
    let (s, e) = call(
        post_json(&c, format!("{base}/api/review/1/claim"), &json!({})).header("cookie", &cookie),
    )
    .await;
    assert_eq!(s, 403, "{e}");
    let (s, e) = call(
        post_json(&c, format!("{base}/api/review/1/claim"), &json!({}))
            .header("cookie", &cookie)
            .header("x-csrf-token", &csrf),
    )
    .await;
    // past the gate: the queue is empty
    assert_eq!(
        (s, e["error"]["class"].as_str()),
        (StatusCode::NOT_FOUND, Some("not-found"))
    );
    running.stop().await.unwrap();
}

#[test]
fn serving_beyond_loopback_needs_a_token() {
    let anywhere = "0.0.0.0:7878".parse().unwrap();
    let e = server::check_bind(&anywhere, None).unwrap_err();
    assert!(e.contains("--token-env"), "{e}");
    assert!(server::check_bind(&anywhere, Some("t")).is_ok());
    assert!(server::check_bind(&"127.0.0.1:7878".parse().unwrap(), None).is_ok());
    assert!(server::check_bind(&"[::1]:7878".parse().unwrap(), None).is_ok());

    let p = Project::new(
        "default_profile: local\nprofiles:\n  local:\n    provider: local\n    model: smollm2\n    model_file: /nonexistent.gguf\n    context_window: 4096\n",
    );
    let run = p.run(&["serve", "--bind", "0.0.0.0:0"]);
    assert_eq!(run.code(), 2);
    assert!(
        run.one_error_line()
            .contains("reachable from other machines"),
        "{}",
        run.stderr()
    );
    let run = p.run_env(
        &[
            "serve",
            "--bind",
            "0.0.0.0:0",
            "--token-env",
            "COPYDESK_TEST_UNSET",
        ],
        &[],
    );
    assert_eq!(run.code(), 2);
    assert!(
        run.one_error_line().contains("COPYDESK_TEST_UNSET"),
        "{}",
        run.stderr()
    );
}
