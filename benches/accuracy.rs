//! Accuracy of the guard on the labelled evaluation sets under `evals/guard/`:
//! precision and recall of the PII detection per language and entity, and of the injection
//! screen per technique, language and benign genre.
//!
//! ```text
//! cargo bench --bench accuracy -- [--split train|dev|heldout|dev2|heldout2|dev3|heldout3|dev4|heldout4|dev5|heldout5|dev6|heldout6|dev7|heldout7|dev8|heldout8|dev9|heldout9|dev10|heldout10|dev11|heldout11|dev12|heldout12|dev13|heldout13|dev14|heldout14|dev15|heldout15|dev16|heldout16|dev17|heldout17|dev18|heldout18|dev19|heldout19|dev20|heldout20|dev21|heldout21|dev22|heldout22|dev23|heldout23|dev24|heldout24|dev25|heldout25|dev26|heldout26|dev27|heldout27|dev28|heldout28|dev29|heldout29|dev30|heldout30|dev31|heldout31|dev32|heldout32|dev33|heldout33|dev34|heldout34|all] [--format json] [--misses]
//! ```
//!
//! Both go through the library as the pipeline does: the chain of this project for the brand
//! `talgrat`; PII through the request's pseudonymizer on a var (`pseudonymize_json`, what keeps
//! personal data from leaving the process), its spans read back from the placeholders; injection
//! through `Chain::screen` (a text counts as detected when there is any finding). Last, the
//! brand's own labelled example lines (`policies/examples/ads.*.jsonl`) go through the whole chain:
//! the share of approved lines accepted, overall and on the fifth the classifier's training holds
//! out.
//!
//! Strict scoring needs the same entity and the exact span; relaxed scoring the same entity and an
//! overlapping span. `--misses` lists every missed and every false span (train and dev splits
//! only: the held-out texts are not for reading; `--show-heldout-misses` overrides that for the sets'
//! author).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::LazyLock;

use comfy_table::Table;
use copydesk::guard::chain::{Chain, for_project};
use copydesk::guard::pii::pseudonymize_json;
use copydesk::guard::policy::brand_copy::document_chunks;
use copydesk::guard::policy::classifier::{Label, held_out, read_examples};
use copydesk::guard::{Outcome, Subject};
use regex::Regex;
use serde::Deserialize;
use serde_json::{Value, json};

#[derive(Deserialize)]
struct PiiRecord {
    id: String,
    text: String,
    lang: String,
    genre: String,
    entities: Vec<Span>,
}

#[derive(Deserialize, Clone, PartialEq, Eq)]
struct Span {
    #[serde(rename = "type")]
    entity: String,
    start: usize,
    end: usize,
    #[serde(default)]
    value: String,
}

#[derive(Deserialize)]
struct InjRecord {
    id: String,
    text: String,
    label: String,
    technique: String,
    lang: String,
    field: String,
}

/// The splits, train first; `all` is every other one. PII banks and injection corpora are
/// numbered apart (`dev16` holds the sixteenth PII bank and the sixteenth injection corpus,
/// `dev17` the seventeenth of each, `dev18` the eighteenth PII bank and the eighteenth injection
/// corpus, `dev19` to `dev33` the nineteenth to thirty-third of each, `dev34` the thirty-fourth
/// injection corpus only); a split reads the sets that exist.
const SPLITS: &[&str] = &[
    "train",
    "dev",
    "heldout",
    "dev2",
    "heldout2",
    "dev3",
    "heldout3",
    "dev4",
    "heldout4",
    "dev5",
    "heldout5",
    "dev6",
    "heldout6",
    "dev7",
    "heldout7",
    "dev8",
    "heldout8",
    "dev9",
    "heldout9",
    "dev10",
    "heldout10",
    "dev11",
    "heldout11",
    "dev12",
    "heldout12",
    "dev13",
    "heldout13",
    "dev14",
    "heldout14",
    "dev15",
    "heldout15",
    "dev16",
    "heldout16",
    "dev17",
    "heldout17",
    "dev18",
    "heldout18",
    "dev19",
    "heldout19",
    "dev20",
    "heldout20",
    "dev21",
    "heldout21",
    "dev22",
    "heldout22",
    "dev23",
    "heldout23",
    "dev24",
    "heldout24",
    "dev25",
    "heldout25",
    "dev26",
    "heldout26",
    "dev27",
    "heldout27",
    "dev28",
    "heldout28",
    "dev29",
    "heldout29",
    "dev30",
    "heldout30",
    "dev31",
    "heldout31",
    "dev32",
    "heldout32",
    "dev33",
    "heldout33",
    "dev34",
    "heldout34",
];

struct Args {
    splits: Vec<String>,
    json: bool,
    misses: bool,
    heldout_misses: bool,
}

fn args() -> Args {
    let mut a = Args {
        splits: vec!["dev".into()],
        json: false,
        misses: false,
        heldout_misses: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--split" => {
                let s = it.next().unwrap_or_default();
                a.splits = match s.as_str() {
                    "all" => SPLITS[1..].iter().map(|s| s.to_string()).collect(),
                    s if SPLITS.contains(&s) => vec![s.to_string()],
                    other => panic!("--split {}|all, not '{other}'", SPLITS.join("|")),
                };
            }
            "--format" => a.json = it.next().as_deref() == Some("json"),
            "--misses" => a.misses = true,
            "--show-heldout-misses" => {
                a.misses = true;
                a.heldout_misses = true;
            }
            _ => {} // `--bench` and filters that cargo passes
        }
    }
    a
}

fn read_jsonl<T: for<'de> Deserialize<'de>>(path: &Path) -> Vec<T> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (python3 scripts/guard-evals/generate.py)",
            path.display()
        )
    });
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
        .collect()
}

static PLACEHOLDER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"<([A-Z_]+?)_[0-9]+>").unwrap());

/// What the pipeline replaces in a var: spans (code points) of the original text, read back from
/// the placeholders of the pseudonymised string.
fn detect(chain: &Chain, text: &str) -> Vec<Span> {
    let mut pseudo = chain.pseudonymizer();
    let mut value = Value::String(text.to_string());
    pseudonymize_json(&mut value, &mut pseudo);
    let out = value.as_str().unwrap_or_default();
    let mut spans = Vec::new();
    let mut pos = 0; // code points into the original
    let mut last = 0; // bytes into the output
    for caps in PLACEHOLDER.captures_iter(out) {
        let whole = caps.get(0).unwrap();
        pos += out[last..whole.start()].chars().count();
        let original = pseudo.restore(whole.as_str());
        let len = original.chars().count();
        spans.push(Span {
            entity: caps[1].to_string(),
            start: pos,
            end: pos + len,
            value: original,
        });
        pos += len;
        last = whole.end();
    }
    spans
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
    fn precision(self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    fn recall(self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    fn f1(self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        f64::NAN
    } else {
        a as f64 / b as f64
    }
}

fn fmt(x: f64) -> String {
    if x.is_nan() {
        "–".into()
    } else {
        format!("{x:.3}")
    }
}

/// One-to-one matching of predicted to gold spans of one text; per entity counts.
fn score(
    gold: &[Span],
    pred: &[Span],
    relaxed: bool,
) -> (BTreeMap<String, Counts>, Vec<bool>, Vec<bool>) {
    let hit = |g: &Span, p: &Span| {
        g.entity == p.entity
            && if relaxed {
                p.start < g.end && g.start < p.end
            } else {
                p.start == g.start && p.end == g.end
            }
    };
    let mut gold_hit = vec![false; gold.len()];
    let mut pred_hit = vec![false; pred.len()];
    for (i, p) in pred.iter().enumerate() {
        if let Some(j) = (0..gold.len()).find(|&j| !gold_hit[j] && hit(&gold[j], p)) {
            gold_hit[j] = true;
            pred_hit[i] = true;
        }
    }
    let mut counts: BTreeMap<String, Counts> = BTreeMap::new();
    for (g, h) in gold.iter().zip(&gold_hit) {
        let c = counts.entry(g.entity.clone()).or_default();
        if *h { c.tp += 1 } else { c.fn_ += 1 }
    }
    for (p, h) in pred.iter().zip(&pred_hit) {
        if !h {
            counts.entry(p.entity.clone()).or_default().fp += 1;
        }
    }
    (counts, gold_hit, pred_hit)
}

fn snippet(text: &str, start: usize, end: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    let a = start.saturating_sub(30);
    let b = (end + 30).min(chars.len());
    let s: String = chars[a..start]
        .iter()
        .chain(['⟦'].iter())
        .chain(&chars[start..end])
        .chain(['⟧'].iter())
        .chain(&chars[end..b])
        .collect();
    s.replace('\n', "⏎")
}

/// A table row: strict counts and scores, then relaxed scores.
fn row(name: &str, s: Counts, relaxed: Counts) -> [String; 10] {
    [
        name.to_string(),
        s.tp.to_string(),
        s.fp.to_string(),
        s.fn_.to_string(),
        fmt(s.precision()),
        fmt(s.recall()),
        fmt(s.f1()),
        fmt(relaxed.precision()),
        fmt(relaxed.recall()),
        fmt(relaxed.f1()),
    ]
}

fn pii_report(chain: &Chain, root: &Path, split: &str, a: &Args) -> Value {
    let records: Vec<PiiRecord> = read_jsonl(&root.join(format!("evals/guard/pii/{split}.jsonl")));
    let show = a.misses && (!split.starts_with("heldout") || a.heldout_misses);
    // lang → entity → (strict, relaxed)
    let mut table: BTreeMap<String, BTreeMap<String, (Counts, Counts)>> = BTreeMap::new();
    let mut clean_fp: BTreeMap<String, (usize, usize)> = BTreeMap::new(); // genre → (texts, texts with a false hit)
    let mut misses = Vec::new();
    for r in &records {
        let pred = detect(chain, &r.text);
        let (strict, gold_hit, pred_hit) = score(&r.entities, &pred, false);
        let (relaxed, _, _) = score(&r.entities, &pred, true);
        let lang = table.entry(r.lang.clone()).or_default();
        for (e, c) in strict {
            lang.entry(e).or_default().0.add(c);
        }
        for (e, c) in relaxed {
            lang.entry(e).or_default().1.add(c);
        }
        if r.entities.is_empty() {
            let g = clean_fp.entry(r.genre.clone()).or_default();
            g.0 += 1;
            g.1 += usize::from(!pred.is_empty());
        }
        if show {
            for (g, h) in r.entities.iter().zip(&gold_hit) {
                if !h {
                    misses.push(format!(
                        "{} FN {:<14} {}",
                        r.id,
                        g.entity,
                        snippet(&r.text, g.start, g.end)
                    ));
                }
            }
            for (p, h) in pred.iter().zip(&pred_hit) {
                if !h {
                    misses.push(format!(
                        "{} FP {:<14} {}",
                        r.id,
                        p.entity,
                        snippet(&r.text, p.start, p.end)
                    ));
                }
            }
        }
    }
    let mut out =
        json!({"split": split, "records": records.len(), "languages": {}, "clean_texts": {}});
    for (lang, entities) in &table {
        let (mut micro_s, mut micro_r) = (Counts::default(), Counts::default());
        let mut rows = serde_json::Map::new();
        let mut t = Table::new();
        t.set_header([
            "entity",
            "TP",
            "FP",
            "FN",
            "P",
            "R",
            "F1",
            "P relaxed",
            "R relaxed",
            "F1 relaxed",
        ]);
        for (e, (s, rl)) in entities {
            micro_s.add(*s);
            micro_r.add(*rl);
            t.add_row(row(e, *s, *rl));
            rows.insert(e.clone(), json!({"tp": s.tp, "fp": s.fp, "fn": s.fn_, "precision": s.precision(), "recall": s.recall(), "f1": s.f1(), "relaxed": {"tp": rl.tp, "fp": rl.fp, "fn": rl.fn_, "precision": rl.precision(), "recall": rl.recall(), "f1": rl.f1()}}));
        }
        let s = micro_s;
        t.add_row(row("micro", s, micro_r));
        out["languages"][lang] =
            json!({"entities": rows, "micro_f1": s.f1(), "micro_f1_relaxed": micro_r.f1()});
        if !a.json {
            println!(
                "\nPII · {split} · {lang}: micro-F1 {} (relaxed {})",
                fmt(s.f1()),
                fmt(micro_r.f1())
            );
            println!("{t}");
        }
    }
    let mut t = Table::new();
    t.set_header([
        "genre without personal data",
        "texts",
        "texts with a false hit",
        "rate",
    ]);
    for (genre, (n, hit)) in &clean_fp {
        t.add_row([
            genre.clone(),
            n.to_string(),
            hit.to_string(),
            fmt(ratio(*hit, *n)),
        ]);
        out["clean_texts"][genre] = json!({"texts": n, "with_false_hit": hit});
    }
    if !a.json {
        println!("\nPII · {split} · texts without personal data\n{t}");
        if show {
            println!("\nPII misses · {split} ({})", misses.len());
            misses.iter().for_each(|m| println!("{m}"));
        }
    }
    out
}

fn inj_report(chain: &Chain, root: &Path, split: &str, a: &Args) -> Value {
    let records: Vec<InjRecord> =
        read_jsonl(&root.join(format!("evals/guard/injection/{split}.jsonl")));
    let show = a.misses && (!split.starts_with("heldout") || a.heldout_misses);
    let mut all = Counts::default();
    let mut by_technique: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut by_lang: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut by_genre: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut misses = Vec::new();
    for r in &records {
        let findings = chain.screen(&r.text);
        let hit = !findings.is_empty();
        if r.label == "injection" {
            if hit {
                all.tp += 1
            } else {
                all.fn_ += 1
            }
            for key in [
                by_technique.entry(r.technique.clone()).or_default(),
                by_lang.entry(r.lang.clone()).or_default(),
            ] {
                key.0 += 1;
                key.1 += usize::from(hit);
            }
        } else {
            all.fp += usize::from(hit);
            let g = by_genre.entry(r.technique.clone()).or_default();
            g.0 += 1;
            g.1 += usize::from(hit);
        }
        if show && hit != (r.label == "injection") {
            let why = findings.first().map(|f| f.rule.clone()).unwrap_or_default();
            misses.push(format!(
                "{} {} {} {} {} {why} | {}",
                r.id,
                if hit { "FP" } else { "FN" },
                r.technique,
                r.lang,
                r.field,
                r.text.replace('\n', "⏎")
            ));
        }
    }
    let rate = |m: &BTreeMap<String, (usize, usize)>| -> Value {
        m.iter()
            .map(|(k, (n, h))| {
                (
                    k.clone(),
                    json!({"n": n, "detected": h, "rate": ratio(*h, *n)}),
                )
            })
            .collect::<serde_json::Map<_, _>>()
            .into()
    };
    let out = json!({
        "split": split, "records": records.len(), "tp": all.tp, "fp": all.fp, "fn": all.fn_,
        "precision": all.precision(), "recall": all.recall(), "f1": all.f1(),
        "recall_by_technique": rate(&by_technique), "recall_by_language": rate(&by_lang),
        "false_positive_rate_by_genre": rate(&by_genre),
    });
    if !a.json {
        println!(
            "\nInjection · {split}: precision {} recall {} F1 {} (TP {} FP {} FN {})",
            fmt(all.precision()),
            fmt(all.recall()),
            fmt(all.f1()),
            all.tp,
            all.fp,
            all.fn_
        );
        for (title, m) in [("technique", &by_technique), ("language", &by_lang)] {
            let mut t = Table::new();
            t.set_header([title, "injections", "detected", "recall"]);
            m.iter().for_each(|(k, (n, h))| {
                t.add_row([k.clone(), n.to_string(), h.to_string(), fmt(ratio(*h, *n))]);
            });
            println!("{t}");
        }
        let mut t = Table::new();
        t.set_header(["benign genre", "texts", "flagged", "false-positive rate"]);
        by_genre.iter().for_each(|(k, (n, h))| {
            t.add_row([k.clone(), n.to_string(), h.to_string(), fmt(ratio(*h, *n))]);
        });
        println!("{t}");
        if show {
            println!("\nInjection misses · {split} ({})", misses.len());
            misses.iter().for_each(|m| println!("{m}"));
        }
    }
    out
}

/// One row per held-out split measured (PII micro-F1 and PERSON recall per language, injection
/// precision and recall) and a last row over all of them: the mean and the lowest micro-F1 and
/// PERSON recall of the PII halves, the injection counts pooled. Printed as a Markdown table,
/// the form the README quotes.
fn heldout_summary(report: &[Value], a: &Args) -> Value {
    let held: Vec<&Value> = report
        .iter()
        .filter(|r| {
            r["split"]
                .as_str()
                .is_some_and(|s| s.starts_with("heldout"))
        })
        .collect();
    if held.is_empty() {
        return Value::Null;
    }
    let cell = |v: &Value| v.as_f64().map_or("–".to_string(), fmt);
    let langs = ["en", "de"];
    let mut t = Table::new();
    t.load_style(comfy_table::presets::ASCII_MARKDOWN);
    t.set_header([
        "held-out split",
        "PII F1 en",
        "PII F1 de",
        "PERSON R en",
        "PERSON R de",
        "injection P",
        "injection R",
    ]);
    let mut rows = Vec::new();
    let mut f1: [Vec<f64>; 2] = Default::default();
    let mut person: [Vec<f64>; 2] = Default::default();
    let mut pooled = Counts::default();
    for r in &held {
        let mut row = vec![r["split"].as_str().unwrap_or_default().to_string()];
        let mut values = json!({"split": r["split"]});
        for (i, lang) in langs.iter().enumerate() {
            let l = &r["pii"]["languages"][lang];
            let (m, p) = (&l["micro_f1"], &l["entities"]["PERSON"]["recall"]);
            f1[i].extend(m.as_f64());
            person[i].extend(p.as_f64());
            values[format!("pii_f1_{lang}")] = m.clone();
            values[format!("person_recall_{lang}")] = p.clone();
        }
        row.extend([&values["pii_f1_en"], &values["pii_f1_de"]].map(cell));
        row.extend([&values["person_recall_en"], &values["person_recall_de"]].map(cell));
        let inj = &r["injection"];
        if let (Some(tp), Some(fp), Some(fn_)) =
            (inj["tp"].as_u64(), inj["fp"].as_u64(), inj["fn"].as_u64())
        {
            pooled.add(Counts {
                tp: tp as usize,
                fp: fp as usize,
                fn_: fn_ as usize,
            });
        }
        row.extend([&inj["precision"], &inj["recall"]].map(cell));
        values["injection_precision"] = inj["precision"].clone();
        values["injection_recall"] = inj["recall"].clone();
        t.add_row(row);
        rows.push(values);
    }
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
    let low = |v: &[f64]| v.iter().copied().fold(f64::NAN, f64::min);
    let spread = |v: &[f64]| {
        if v.is_empty() {
            "–".to_string()
        } else {
            format!("{} (min {})", fmt(mean(v)), fmt(low(v)))
        }
    };
    t.add_row([
        format!("all {} (mean, pooled)", held.len()),
        spread(&f1[0]),
        spread(&f1[1]),
        spread(&person[0]),
        spread(&person[1]),
        fmt(pooled.precision()),
        fmt(pooled.recall()),
    ]);
    if !a.json {
        println!("\nHeld-out splits, never tuned or trained on\n{t}");
    }
    json!({
        "splits": rows,
        "pii_f1_mean": {"en": mean(&f1[0]), "de": mean(&f1[1])},
        "pii_f1_min": {"en": low(&f1[0]), "de": low(&f1[1])},
        "person_recall_mean": {"en": mean(&person[0]), "de": mean(&person[1])},
        "person_recall_min": {"en": low(&person[0]), "de": low(&person[1])},
        "injection_pooled": {"tp": pooled.tp, "fp": pooled.fp, "fn": pooled.fn_, "precision": pooled.precision(), "recall": pooled.recall()},
    })
}

/// The brand's own labelled example lines (`policies/examples/ads.*.jsonl`) through the whole
/// chain: the share of approved lines it accepts, of the lot and of the fifth that training holds
/// out, and the share of violation lines it does not accept.
fn approved_report(chain: &Chain, root: &Path, a: &Args) -> Value {
    let mut approved = (0, 0); // (lines, accepted)
    let mut unseen = (0, 0); // the same for the held-out fifth
    let mut violations = (0, 0); // (lines, not accepted)
    let mut misses = Vec::new();
    for lang in ["de", "en"] {
        let path = root.join(format!("policies/examples/ads.{lang}.jsonl"));
        // the classifier's own reader of labelled lines
        let (examples, problems) = read_examples(&[path]);
        assert!(problems.is_empty(), "{problems:?}");
        for e in examples {
            let subject = Subject {
                locale: Some(e.locale.as_deref().unwrap_or(lang)),
                ..Subject::text(&e.text)
            };
            let report = chain.check(&subject);
            let accepted = report.outcome == Outcome::Accepted;
            if e.label == Label::Approved {
                approved.0 += 1;
                approved.1 += usize::from(accepted);
                if held_out(&e.text) {
                    unseen.0 += 1;
                    unseen.1 += usize::from(accepted);
                }
                if !accepted {
                    let rules: Vec<&str> =
                        report.findings.iter().map(|f| f.rule.as_str()).collect();
                    misses.push(format!("{lang} {} | {}", rules.join(","), e.text));
                }
            } else {
                violations.0 += 1;
                violations.1 += usize::from(!accepted);
            }
        }
    }
    let share = |(n, k): (usize, usize)| json!({"lines": n, "accepted": k, "share": ratio(k, n)});
    let out = json!({
        "approved": share(approved),
        "approved_held_out": share(unseen),
        "violations": {"lines": violations.0, "not_accepted": violations.1, "share": ratio(violations.1, violations.0)},
    });
    if !a.json {
        let mut t = Table::new();
        t.set_header(["brand example lines", "lines", "accepted", "share"]);
        for (name, (n, k)) in [("approved", approved), ("approved, held-out fifth", unseen)] {
            t.add_row([
                name.to_string(),
                n.to_string(),
                k.to_string(),
                fmt(ratio(k, n)),
            ]);
        }
        let (n, k) = violations;
        t.add_row([
            "violation".to_string(),
            n.to_string(),
            (n - k).to_string(),
            fmt(ratio(n - k, n)),
        ]);
        println!("\nApproved copy through the chain\n{t}");
        if a.misses {
            println!("\nApproved lines not accepted ({})", misses.len());
            misses.iter().for_each(|m| println!("{m}"));
        }
    }
    out
}

/// Real texts that hold no personal data, each as `(source, text)`: the example brand's documents
/// cut into chunks as `copydesk index` cuts them (the PII stage sees each before it is indexed,
/// the injection screen each retrieved one) and the product titles of the public feed sample
/// beside the repository (when it is there).
fn clean_texts(root: &Path) -> Vec<(&'static str, String)> {
    let mut out: Vec<(&'static str, String)> = document_chunks(&root.join("brand-guides/talgrat"))
        .into_iter()
        .map(|e| ("brand document chunks", e.text))
        .collect();
    let feed = root.join("../shared/data/feeds/google-merchandise-store/products.json");
    if let Ok(rows) = std::fs::read_to_string(feed) {
        for row in rows.lines().filter(|l| !l.trim().is_empty()) {
            let v: Value = serde_json::from_str(row).unwrap();
            if let Some(title) = v["title"].as_str() {
                out.push(("feed product titles", title.to_string()));
            }
        }
    }
    out
}

/// False hits on real texts without personal data: whatever is found there is lost from the
/// prompt (the model sees a placeholder instead of "Olive" or "Flachnähte").
fn clean_report(chain: &Chain, root: &Path, a: &Args) -> Value {
    let mut by_source: BTreeMap<&str, (usize, usize, BTreeMap<String, usize>)> = BTreeMap::new();
    // texts the injection screen flags: none of them holds an instruction to a model
    let mut screened: BTreeMap<&str, usize> = BTreeMap::new();
    let mut misses = Vec::new();
    for (source, text) in clean_texts(root) {
        let spans = detect(chain, &text);
        let flagged = chain.screen(&text);
        *screened.entry(source).or_default() += usize::from(!flagged.is_empty());
        if let Some(f) = flagged.first() {
            // the part flagged (character offsets), not the document's front matter
            let line: String = text
                .chars()
                .skip(f.start)
                .take((f.end - f.start).min(160))
                .collect();
            misses.push(format!(
                "{source} FP {:<14} {}",
                f.rule,
                line.replace('\n', "⏎")
            ));
        }
        let e = by_source.entry(source).or_default();
        e.0 += 1;
        e.1 += usize::from(!spans.is_empty());
        for s in spans {
            *e.2.entry(s.entity.clone()).or_default() += 1;
            misses.push(format!("{source} FP {:<14} {}", s.entity, s.value));
        }
    }
    let out: Value = by_source
        .iter()
        .map(|(source, (n, hit, spans))| {
            (
                source.to_string(),
                json!({"texts": n, "texts_with_a_hit": hit, "false_spans": spans,
                    "flagged_as_injection": screened.get(source).copied().unwrap_or(0)}),
            )
        })
        .collect::<serde_json::Map<_, _>>()
        .into();
    if !a.json {
        let mut t = Table::new();
        t.set_header([
            "real texts without personal data",
            "texts",
            "with a hit",
            "false spans",
            "flagged as injection",
        ]);
        for (source, (n, hit, spans)) in &by_source {
            let list: Vec<String> = spans.iter().map(|(e, k)| format!("{e} {k}")).collect();
            t.add_row([
                source.to_string(),
                n.to_string(),
                hit.to_string(),
                list.join(", "),
                screened.get(source).copied().unwrap_or(0).to_string(),
            ]);
        }
        println!("\nPII and injection · real texts without personal data or instructions\n{t}");
        if a.misses {
            misses.iter().for_each(|m| println!("{m}"));
        }
    }
    out
}

fn main() {
    let a = args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let chain = for_project(root, Some("talgrat"), None).unwrap_or_else(|d| panic!("chain: {d}"));
    let mut report = Vec::new();
    // a split without one of the two sets reports the other
    let present = |kind: &str, split: &str| {
        let ok = root
            .join(format!("evals/guard/{kind}/{split}.jsonl"))
            .is_file();
        if !ok {
            eprintln!("no {kind} set for the split {split}");
        }
        ok
    };
    for split in &a.splits {
        let pii = present("pii", split).then(|| pii_report(&chain, root, split, &a));
        let injection = present("injection", split).then(|| inj_report(&chain, root, split, &a));
        report.push(json!({"split": split, "pii": pii, "injection": injection}));
    }
    let approved = approved_report(&chain, root, &a);
    let clean = clean_report(&chain, root, &a);
    let summary = heldout_summary(&report, &a);
    if a.json {
        let report = json!({"splits": report, "heldout_summary": summary, "approved_copy": approved, "clean_texts": clean});
        println!("{}", serde_json::to_string_pretty(&report).unwrap());
    }
}
