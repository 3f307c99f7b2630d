//! The labelled ad lines of `policies/examples/*.jsonl` (German and English headlines,
//! descriptions and feed texts): ad-sized copy for the guard-chain benches.

use std::path::Path;

pub fn ad_lines(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(root.join("policies/examples")).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            out.push(v["text"].as_str().unwrap().to_string());
        }
    }
    out
}
