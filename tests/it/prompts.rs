//! What a human reads: rendered prompts as snapshots.

use copydesk::prompt::ChatMessage;
use serde_json::{Map, Value, json};

use crate::common::{example_vars, registry};

/// Row `i` of the real product feed sample (tests/data/README.md), mapped to Merchant Center columns (see SOURCE.md).
pub fn feed_row(i: usize) -> Value {
    let text =
        std::fs::read_to_string(crate::common::repo().join("tests/data/products.sample.jsonl"))
            .unwrap();
    let p: Value = serde_json::from_str(text.lines().nth(i).unwrap()).unwrap();
    let attr = |key: &str| {
        p["attributes"].as_array().and_then(|a| {
            a.iter()
                .find(|x| x["key"] == key)
                .and_then(|x| x["value"]["text"].as_array())
                .map(|t| {
                    t.iter()
                        .filter_map(Value::as_str)
                        .collect::<Vec<_>>()
                        .join(", ")
                })
        })
    };
    let mut row = Map::new();
    row.insert("id".into(), p["id"].clone());
    row.insert("title".into(), p["title"].clone());
    row.insert("brand".into(), p["brands"][0].clone());
    row.insert(
        "product_type".into(),
        json!(p["categories"].as_array().map(|c| {
            c.iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join(" > ")
        })),
    );
    row.insert(
        "price".into(),
        json!(format!(
            "{} {}",
            p["priceInfo"]["price"].as_str().unwrap_or(""),
            p["priceInfo"]["currencyCode"].as_str().unwrap_or("")
        )),
    );
    if let Some(colors) = p["colorInfo"]["colors"].as_array() {
        row.insert(
            "color".into(),
            json!(
                colors
                    .iter()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join("/")
            ),
        );
    }
    if let Some(m) = attr("material") {
        row.insert("material".into(), json!(m));
    }
    row.insert("link".into(), p["uri"].clone());
    Value::Object(row)
}

fn render(prompt: &str, vars: Map<String, Value>, n: usize) -> String {
    let reg = registry();
    let v = reg.resolve(&prompt.parse().unwrap()).unwrap();
    let messages: Vec<ChatMessage> = v.render(&vars, n).unwrap();
    messages
        .iter()
        .map(|m| format!("─── {} ───\n{}\n", m.role.as_str(), m.content))
        .collect()
}

#[test]
fn ad_variants_v1_rendered() {
    insta::assert_snapshot!(render("ad-variants@1", example_vars(), 1));
}

#[test]
fn ad_variants_v2_rendered_for_three_variants() {
    insta::assert_snapshot!(render("ad-variants@2", example_vars(), 3));
}

#[test]
fn ad_variants_v2_rendered_in_english() {
    let mut vars = example_vars();
    vars.insert("locale".into(), "en".into());
    vars.remove("keywords");
    insta::assert_snapshot!(render("ad-variants@2", vars, 2));
}

#[test]
fn feed_enrichment_rendered_from_a_real_feed_row() {
    let mut vars = Map::new();
    vars.insert("locale".into(), json!("de"));
    vars.insert("row".into(), feed_row(3));
    insta::assert_snapshot!(render("feed-enrichment@1", vars, 1));
}

#[test]
fn the_cli_prints_exactly_the_rendered_messages() {
    let p = crate::common::Project::new(
        "default_profile: x\nprofiles:\n  x:\n    provider: openai\n    model: m\n    base_url: http://127.0.0.1:9/v1\n    context_window: 10\n",
    );
    let run = p.run(&[
        "prompts",
        "render",
        "ad-variants@1",
        "--vars",
        "examples/ad-variants.firstwand.de.json",
        "--format",
        "json",
    ]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let cli: Vec<ChatMessage> = serde_json::from_str(&run.stdout()).unwrap();
    let reg = registry();
    let lib = reg
        .resolve(&"ad-variants@1".parse().unwrap())
        .unwrap()
        .render(&example_vars(), 1)
        .unwrap();
    assert_eq!(cli, lib);
}
