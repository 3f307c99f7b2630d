//! PII detection on a seeded corpus: throughput and precision/recall per entity.
//!
//! `cargo bench --bench pii` generates 1,000 marketing texts of about 300 characters, German and
//! English, each with personal data (ground truth recorded at generation) and distractors that
//! must not fire (order numbers, GTINs, prices, dates, SKUs, version strings, cards failing
//! Luhn, IBANs with wrong check digits). Valid check digits are computed here independently of
//! the detector, as an oracle.
//!
//! With `COPYDESK_PII_CORPUS=PATH` the corpus is also written to PATH as JSONL, one text a line:
//! `{"text": "...", "entities": [{"entity": "EMAIL", "text": "..."}]}`, so that other detectors
//! can be scored on exactly the same texts (`scripts/bench-pii.sh` runs Presidio on it).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::io::Write;
use std::time::Instant;

use copydesk::guard::pii::{Operator, Pseudonymizer, apply, detect};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn digits(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'0' + self.below(10) as u8))
            .collect()
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

fn luhn_complete(body: &str) -> String {
    for check in 0..10 {
        let candidate = format!("{body}{check}");
        let sum: u32 = candidate
            .bytes()
            .rev()
            .enumerate()
            .map(|(i, b)| {
                let d = u32::from(b - b'0');
                if i % 2 == 1 {
                    if d * 2 > 9 { d * 2 - 9 } else { d * 2 }
                } else {
                    d
                }
            })
            .sum();
        if sum.is_multiple_of(10) {
            return candidate;
        }
    }
    unreachable!()
}

fn iban(rng: &mut Rng, valid: bool) -> String {
    let bban = rng.digits(18);
    let numeric = format!("{bban}131400"); // D=13, E=14, check digits 00
    let rem = numeric
        .bytes()
        .fold(0u32, |r, b| (r * 10 + u32::from(b - b'0')) % 97);
    let mut check = 98 - rem;
    if !valid {
        check = (check + 1) % 100;
    }
    let compact = format!("DE{check:02}{bban}");
    compact
        .as_bytes()
        .chunks(4)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect::<Vec<_>>()
        .join(" ")
}

fn tax_id(rng: &mut Rng) -> String {
    loop {
        let mut digits: Vec<u32> = (0..10).collect();
        for i in (1..10).rev() {
            digits.swap(i, rng.below(i as u64 + 1) as usize);
        }
        let dup = digits[rng.below(9) as usize];
        digits[9] = dup;
        if digits[0] == 0 || digits.windows(3).any(|w| w[0] == w[1] && w[1] == w[2]) {
            continue;
        }
        let mut product = 10;
        for &x in &digits {
            let mut sum = (x + product) % 10;
            if sum == 0 {
                sum = 10;
            }
            product = (sum * 2) % 11;
        }
        let check = (11 - product) % 10;
        return digits
            .iter()
            .chain([check].iter())
            .map(|d| d.to_string())
            .collect();
    }
}

fn gtin13(rng: &mut Rng) -> String {
    let body = format!("400{}", rng.digits(9));
    let sum: u32 = body
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| u32::from(b - b'0') * if i % 2 == 0 { 3 } else { 1 })
        .sum();
    format!("{body}{}", (10 - sum % 10) % 10)
}

/// One text with its ground truth `(entity, value)`.
fn text(rng: &mut Rng) -> (String, Vec<(&'static str, String)>) {
    let first = rng.pick(&[
        "anna", "lukas", "mia", "jonas", "emma", "oliver", "sophie", "james",
    ]);
    let last = rng.pick(&[
        "berger", "huber", "schmid", "wagner", "smith", "brown", "keller",
    ]);
    let domain = rng.pick(&["example.org", "mail.example.com", "example.de"]);
    let cap = |w: &str| format!("{}{}", w[..1].to_uppercase(), &w[1..]);
    let (kind, value) = match rng.below(9) {
        0 | 1 => ("EMAIL", format!("{first}.{last}@{domain}")),
        2 => ("PHONE", format!("+49 {} {}", rng.digits(2), rng.digits(7))),
        3 => ("PHONE", format!("0{}/{}", rng.digits(3), rng.digits(6))),
        4 => ("IBAN", iban(rng, true)),
        7 => ("PERSON", format!("{} {}", cap(first), cap(last))),
        5 => {
            let card = luhn_complete(&format!("4{}", rng.digits(14)));
            (
                "CREDIT_CARD",
                card.as_bytes()
                    .chunks(4)
                    .map(|c| std::str::from_utf8(c).unwrap())
                    .collect::<Vec<_>>()
                    .join(" "),
            )
        }
        6 => (
            "IP_ADDRESS",
            format!(
                "10.{}.{}.{}",
                rng.below(256),
                rng.below(256),
                1 + rng.below(254)
            ),
        ),
        _ => ("DE_TAX_ID", tax_id(rng)),
    };
    let distractor = match rng.below(7) {
        0 => format!("Bestellnummer {}", rng.digits(10)),
        1 => format!("EAN {}", gtin13(rng)),
        2 => format!("jetzt {},{} €", 20 + rng.below(400), rng.digits(2)),
        3 => format!(
            "Lieferung am {}.{}.2026",
            1 + rng.below(28),
            1 + rng.below(12)
        ),
        4 => format!("SKU TG-RJ-{}", rng.digits(3)),
        5 => format!(
            "Version {}.{}.{}.{}",
            rng.below(9),
            rng.below(9),
            rng.below(9),
            rng.below(9)
        ),
        _ => format!("IBAN {} (Tippfehler)", iban(rng, false)),
    };
    let de = rng.below(2) == 0;
    let t = if de {
        format!(
            "Die Firstwand 3-Lagen-Regenjacke hält mit 28.000 mm Wassersäule auch Dauerregen ab, {distractor}. \
             Für Rückfragen zur Bestellung: {value}. Unterarmbelüftung, helmkompatible Kapuze und PFC-freie \
             Imprägnierung machen sie zur Jacke für lange Tage am Grat."
        )
    } else {
        format!(
            "The Firstwand 3-layer rain jacket keeps out steady rain with a 28,000 mm hydrostatic head, {distractor}. \
             Questions about your order: {value}. Pit zips, a helmet-compatible hood and a PFC-free finish \
             make it the jacket for long days on the ridge."
        )
    };
    (t, vec![(kind, value)])
}

/// Writes the corpus with its ground truth as JSONL (see the module docs).
fn write_corpus(path: &std::path::Path, corpus: &[(String, Vec<(&str, String)>)]) {
    let file = std::fs::File::create(path).expect("create the corpus file");
    let mut out = std::io::BufWriter::new(file);
    for (t, truth) in corpus {
        let entities: Vec<serde_json::Value> = truth
            .iter()
            .map(|(entity, value)| serde_json::json!({"entity": entity, "text": value}))
            .collect();
        let line = serde_json::json!({"text": t, "entities": entities});
        writeln!(out, "{line}").expect("write the corpus file");
    }
    out.flush().expect("write the corpus file");
}

fn main() {
    let mut rng = Rng(0x5eed_c0de_d15c_0001);
    let corpus: Vec<(String, Vec<(&str, String)>)> = (0..1000).map(|_| text(&mut rng)).collect();
    let bytes: usize = corpus.iter().map(|(t, _)| t.len()).sum();
    if let Some(path) = std::env::var_os("COPYDESK_PII_CORPUS") {
        let path = std::path::PathBuf::from(path);
        write_corpus(&path, &corpus);
        eprintln!("corpus written to {}", path.display());
    }

    // quality
    let mut stats: BTreeMap<&str, (u32, u32, u32)> = BTreeMap::new(); // tp, fp, fn
    for (t, truth) in &corpus {
        let found: Vec<(&str, String)> = detect(t)
            .into_iter()
            .map(|m| (m.entity.name(), m.text))
            .collect();
        for f in &found {
            let e = stats.entry(f.0).or_default();
            if truth.contains(f) {
                e.0 += 1
            } else {
                e.1 += 1
            }
        }
        for g in truth {
            if !found.contains(g) {
                stats.entry(g.0).or_default().2 += 1;
            }
        }
    }

    // speed: detect + redact, best of 5 passes
    let mut best = f64::MAX;
    for _ in 0..5 {
        let started = Instant::now();
        for (t, _) in &corpus {
            let m = detect(t);
            std::hint::black_box(apply(
                t,
                &m,
                &Operator::Placeholder,
                &mut Pseudonymizer::default(),
            ));
        }
        best = best.min(started.elapsed().as_secs_f64());
    }
    println!(
        "corpus: {} texts, {:.0} chars on average, {} bytes",
        corpus.len(),
        bytes as f64 / corpus.len() as f64,
        bytes
    );
    println!(
        "detect + redact: {:.0} docs/s, {:.1} MB/s, {:.1} µs per text",
        corpus.len() as f64 / best,
        bytes as f64 / best / 1e6,
        best / corpus.len() as f64 * 1e6
    );
    println!(
        "{:<12} {:>5} {:>5} {:>5} {:>9} {:>7}",
        "entity", "tp", "fp", "fn", "precision", "recall"
    );
    for (entity, (tp, fp, fnn)) in stats {
        let p = f64::from(tp) / f64::from((tp + fp).max(1));
        let r = f64::from(tp) / f64::from((tp + fnn).max(1));
        println!("{entity:<12} {tp:>5} {fp:>5} {fnn:>5} {p:>9.3} {r:>7.3}");
    }
}
