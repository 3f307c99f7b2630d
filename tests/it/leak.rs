//! Personal data must never leave the process: texts full of it (`evals/guard/leak/texts.jsonl`,
//! generated with a seed of their own) go (a) into a prompt's vars for `generate`, (b) into the
//! rows of a feed for `batch`, (c) into the documents of a brand indexed for retrieval through an
//! OpenAI-compatible embedder. Chat and embeddings endpoints are a wiremock server on loopback;
//! every request body that reached it, and the chunk text stored in the index, is searched for
//! every labelled personal value (case-insensitively, after JSON unescaping, as a whole word).

use std::collections::BTreeSet;

use regex::Regex;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

use crate::common::{Project, completion_with, repo};

#[derive(serde::Deserialize)]
struct Record {
    id: String,
    text: String,
    lang: String,
    entities: Vec<Entity>,
}

#[derive(serde::Deserialize)]
struct Entity {
    #[serde(rename = "type")]
    entity: String,
    value: String,
}

fn texts() -> Vec<Record> {
    std::fs::read_to_string(repo().join("evals/guard/leak/texts.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// Chat: a valid answer for either prompt. Embeddings: one small vector per input, from the
/// input's bytes, so that retrieval has something to rank.
struct Endpoint;

impl Respond for Endpoint {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        let body: serde_json::Value = serde_json::from_slice(&req.body).unwrap_or_default();
        if req.url.path().ends_with("/embeddings") {
            let inputs: Vec<String> = match &body["input"] {
                serde_json::Value::Array(items) => items
                    .iter()
                    .map(|v| v.as_str().unwrap_or_default().to_string())
                    .collect(),
                v => vec![v.as_str().unwrap_or_default().to_string()],
            };
            let data: Vec<serde_json::Value> = inputs
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    let mut v = [1.0f32; 8];
                    for (j, b) in t.bytes().enumerate() {
                        v[j % 8] += f32::from(b % 17);
                    }
                    serde_json::json!({"object": "embedding", "index": i, "embedding": v})
                })
                .collect();
            return ResponseTemplate::new(200).set_body_json(serde_json::json!({
                "object": "list", "data": data, "model": "mock-embed",
                "usage": {"prompt_tokens": 1, "total_tokens": 1}
            }));
        }
        let reply = if req.body.windows(9).any(|w| w == b"Feed row:") {
            serde_json::json!({
                "title": "Talgrat Outdoor jacket for wet days",
                "description": "A jacket for rainy days on the trail, described from the facts of the feed row only, nothing more added.",
                "usp_bullets": ["Keeps rain out", "Packs small", "Made for the trail"]
            })
        } else {
            serde_json::json!({"ads": [{
                "headlines": ["Gratwind Regenjacke", "Leicht und wasserdicht", "Für Regentage am Grat"],
                "descriptions": ["Leicht im Rucksack: die Gratwind wiegt 310 g in Größe M.",
                                 "Bei 30 °C waschen und im Trockner die Imprägnierung auffrischen."],
                "path": ["regenjacke", "gratwind"]
            }]})
        };
        ResponseTemplate::new(200).set_body_json(completion_with(&reply.to_string(), (10, 10)))
    }
}

/// Every string inside a JSON body, unescaped, and the raw body.
fn searchable(body: &[u8]) -> String {
    fn strings(v: &serde_json::Value, out: &mut String) {
        match v {
            serde_json::Value::String(s) => {
                out.push_str(s);
                out.push('\n');
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
            serde_json::Value::Object(map) => map.values().for_each(|v| strings(v, out)),
            _ => {}
        }
    }
    let mut out = String::from_utf8_lossy(body).into_owned();
    out.push('\n');
    if let Ok(v) = serde_json::from_slice::<serde_json::Value>(body) {
        strings(&v, &mut out);
    }
    out.to_lowercase()
}

fn whole_word(value: &str) -> Regex {
    Regex::new(&format!(
        r"(?:^|[^\p{{L}}\p{{N}}]){}(?:$|[^\p{{L}}\p{{N}}])",
        regex::escape(&value.to_lowercase())
    ))
    .unwrap()
}

fn run_ok(p: &Project, args: &[&str]) {
    let run = p.run(args);
    assert!(
        run.code() <= 1,
        "copydesk {args:?}: exit {}\n{}",
        run.code(),
        run.stderr()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_personal_value_reaches_an_endpoint_or_the_index() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/chat/completions"))
        .respond_with(Endpoint)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1/embeddings"))
        .respond_with(Endpoint)
        .mount(&server)
        .await;
    let records = texts();
    assert!(records.len() >= 40 && records.iter().all(|r| !r.entities.is_empty()));

    let base = format!("{}/v1", server.uri());
    let p = Project::new(&format!(
        "default_profile: mock\nprofiles:\n  mock:\n    provider: openai\n    model: m\n    base_url: {base}\n    context_window: 8192\n    max_retries: 0\n    max_concurrency: 4\nembedder:\n  provider: openai\n  model: mock-embed\n  base_url: {base}\n  batch: 8\n"
    ));
    std::fs::remove_dir_all(p.path().join("brand-guides")).unwrap();
    p.write(
        "brand-guides/alpin/brand.yaml",
        "id: alpin\nname: Alpin Test\nlocales: [de, en]\ndefault_locale: de\naddress_form: du\n",
    );
    // (c) documents of the brand, indexed through the embeddings endpoint
    for r in &records {
        p.write(
            &format!("brand-guides/alpin/notes/{}.{}.md", r.id, r.lang),
            &format!(
                "---\nlocale: {}\n---\n\n# Gratwind Regenjacke {}\n\n{}\n",
                r.lang, r.id, r.text
            ),
        );
    }
    // (b) a feed whose rows carry the texts
    let feed: String = records
        .iter()
        .map(|r| serde_json::json!({"id": r.id, "title": r.text, "brand": "Alpin Test", "material": r.text}).to_string() + "\n")
        .collect();
    p.write("feed.jsonl", &feed);
    // (a) vars of a generate request, twelve texts per request
    for (i, chunk) in records.chunks(12).enumerate() {
        let facts: Vec<&str> = chunk.iter().map(|r| r.text.as_str()).collect();
        p.write(
            &format!("vars{i}.json"),
            &serde_json::json!({"brand": "Alpin Test", "locale": "de", "audience": chunk[0].text,
                "product": {"title": "Gratwind Regenjacke", "facts": facts}})
            .to_string(),
        );
    }
    let runs = records.chunks(12).count();
    let p = tokio::task::spawn_blocking(move || {
        run_ok(&p, &["index", "--format", "json"]);
        for i in 0..runs {
            let vars = format!("vars{i}.json");
            run_ok(
                &p,
                &[
                    "generate",
                    "--prompt",
                    "ad-variants@3",
                    "--vars",
                    &vars,
                    "--format",
                    "json",
                ],
            );
        }
        run_ok(
            &p,
            &[
                "batch",
                "feed.jsonl",
                "--prompt",
                "feed-enrichment@1",
                "--out",
                "out.jsonl",
                "--locale",
                "de",
            ],
        );
        p
    })
    .await
    .unwrap();

    let requests = server.received_requests().await.unwrap();
    // every channel reached the endpoint (a row or request the guard blocks sends nothing)
    let count = |want: &str, feed: bool| {
        requests
            .iter()
            .filter(|r| {
                r.url.path().ends_with(want) && r.body.windows(9).any(|w| w == b"Feed row:") == feed
            })
            .count()
    };
    let (generate, batch, embed) = (
        count("/chat/completions", false),
        count("/chat/completions", true),
        count("/embeddings", false),
    );
    println!("{generate} generate, {batch} batch and {embed} embeddings requests");
    assert!(generate > 0 && batch > 0 && embed > 1);
    let mut places: Vec<(String, String)> = requests
        .iter()
        .map(|r| {
            let channel = if r.url.path().ends_with("/embeddings") {
                "embeddings request"
            } else if r.body.windows(9).any(|w| w == b"Feed row:") {
                "batch chat request"
            } else {
                "generate chat request"
            };
            (channel.to_string(), searchable(&r.body))
        })
        .collect();
    let db = rusqlite::Connection::open(p.path().join(".copydesk/state.db")).unwrap();
    let mut stmt = db
        .prepare("SELECT heading || '\n' || text FROM chunks")
        .unwrap();
    let stored: Vec<String> = stmt
        .query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(
        stored.len() >= records.len(),
        "{} chunks indexed",
        stored.len()
    );
    places.push(("state.db chunks".into(), stored.join("\n").to_lowercase()));

    // a value the prompts themselves contain cannot be told apart from a leak: named, not counted
    let own: String = [
        "prompts/ad-variants/v3.yaml",
        "prompts/feed-enrichment/v1.yaml",
    ]
    .iter()
    .map(|f| std::fs::read_to_string(repo().join(f)).unwrap())
    .collect::<String>()
    .to_lowercase();
    let mut leaked = Vec::new();
    let mut by_place: std::collections::BTreeMap<&str, usize> = Default::default();
    let mut values = 0;
    for r in &records {
        for e in &r.entities {
            let re = whole_word(&e.value);
            if re.is_match(&own) {
                println!(
                    "not checked (in the prompt itself): {} {:?}",
                    e.entity, e.value
                );
                continue;
            }
            values += 1;
            let found: BTreeSet<&str> = places
                .iter()
                .filter(|(_, t)| re.is_match(t))
                .map(|(p, _)| p.as_str())
                .collect();
            if !found.is_empty() {
                found
                    .iter()
                    .for_each(|p| *by_place.entry(p).or_default() += 1);
                let wheres: Vec<&str> = found.into_iter().collect();
                leaked.push(format!(
                    "{} {:<14} {:?} in {}",
                    r.id,
                    e.entity,
                    e.value,
                    wheres.join(", ")
                ));
            }
        }
    }
    for l in &leaked {
        println!("leaked: {l}");
    }
    println!(
        "{} of {values} personal values leaked; by place: {by_place:?}",
        leaked.len()
    );
    assert_eq!(
        leaked.len(),
        0,
        "{} of {values} personal values reached an endpoint or the index",
        leaked.len()
    );
}
