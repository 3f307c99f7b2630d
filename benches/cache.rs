//! The cache-hit path in-process: fingerprinting a realistic request (two messages of an ad
//! prompt, its output schema, sampling, profile, retrieved chunk hashes) and looking it up in a
//! state database holding 10,000 entries. `cargo bench --bench cache`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

use copydesk::cost::cache::{Cache, Cached, Fingerprint, Pending};
use copydesk::llm::Usage;
use serde_json::{Value, json};

const ENTRIES: usize = 10_000;

fn inputs(i: usize) -> Vec<(&'static str, Value)> {
    let system =
        "Du schreibst Anzeigen für Talgrat Outdoor. Sprich die Leser mit du an. ".repeat(8);
    let user = format!(
        "Produkt: Firstwand 3-Lagen-Regenjacke (Variante {i}). Fakten: 28.000 mm Wassersäule, RET 6, 395 g. {}",
        "Zielgruppe: Bergsteiger auf Mehrtagestouren. ".repeat(6)
    );
    vec![
        ("prompt", json!("ad-variants@1")),
        (
            "template_hash",
            json!("9f2c6a41d0b7e3f58a1c2d4e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192"),
        ),
        (
            "profile",
            json!({"name": "openai", "config": {"provider": "openai", "model": "gpt-4o-mini", "base_url": "https://example.invalid/v1"}}),
        ),
        ("retrieved_chunks", json!(["3f1a", "9c2d", "77e0", "a1b2"])),
        ("slot", json!("variant 0")),
        (
            "sampling",
            json!({"temperature": 0.7, "top_p": 0.95, "max_tokens": 400, "seed": null}),
        ),
        (
            "messages",
            json!([{"role": "system", "content": system}, {"role": "user", "content": user}]),
        ),
        (
            "output_schema",
            json!({"type": "object", "required": ["headlines", "descriptions"],
            "properties": {"headlines": {"type": "array", "items": {"type": "string", "maxLength": 30}},
                           "descriptions": {"type": "array", "items": {"type": "string", "maxLength": 90}}}}),
        ),
    ]
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::open(&dir.path().join("state.db")).unwrap();
    let reply = Cached {
        content: json!({"headlines": ["Firstwand Regenjacke", "Leicht bei Regen", "Für lange Touren"], "descriptions": ["Trocken auf langen Touren.", "Gemacht für Mehrtagestouren."]}).to_string(),
        model: "gpt-4o-mini".into(),
        usage: Usage { prompt_tokens: 300, completion_tokens: 90 },
    };
    let pending: Vec<Pending> = (0..ENTRIES)
        .map(|i| Pending {
            fingerprint: Fingerprint::new(&inputs(i)),
            prompt: "ad-variants@1".into(),
            reply: reply.clone(),
            ttl_secs: None,
        })
        .collect();
    cache.put(&pending, &[]).unwrap();
    let requests: Vec<Vec<(&str, Value)>> = (0..1000).map(|i| inputs(i * 7 % ENTRIES)).collect();
    let (mut keying, mut lookup, mut whole) = (Vec::new(), Vec::new(), Vec::new());
    for round in 0..5 {
        for r in &requests {
            let t0 = Instant::now();
            let fp = Fingerprint::new(r);
            let t1 = Instant::now();
            let hit = cache.get(&fp.key).unwrap();
            let t2 = Instant::now();
            assert!(hit.is_some());
            if round > 0 {
                keying.push((t1 - t0).as_secs_f64() * 1e6);
                lookup.push((t2 - t1).as_secs_f64() * 1e6);
                whole.push((t2 - t0).as_secs_f64() * 1e6);
            }
        }
    }
    for (name, v) in [
        ("fingerprint", &mut keying),
        ("lookup", &mut lookup),
        ("hit path", &mut whole),
    ] {
        v.sort_by(f64::total_cmp);
        println!(
            "{name:<12} p50 {:6.1} µs  p95 {:6.1} µs  ({} samples, {ENTRIES} entries)",
            v[v.len() / 2],
            v[v.len() * 95 / 100],
            v.len()
        );
    }
}
