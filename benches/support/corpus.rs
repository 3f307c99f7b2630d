//! The seeded PII corpus shared by the benches: 1,000 marketing texts of about 300 characters,
//! German and English, each with one piece of personal data (recorded as ground truth) and one
//! distractor that must not fire (order numbers, GTINs, prices, dates, SKUs, version strings,
//! cards failing Luhn, IBANs with wrong check digits). Valid check digits are computed here,
//! independently of the detector, as an oracle.

/// `(text, [(entity, value)])` for every text.
pub type Corpus = Vec<(String, Vec<(&'static str, String)>)>;

use super::rng::Rng;

/// The corpus, the same on every run.
pub fn corpus() -> Corpus {
    let mut rng = Rng(0x5eed_c0de_d15c_0001);
    (0..1000).map(|_| text(&mut rng)).collect()
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
    let (kind, value) = match rng.below(10) {
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
        8 => ("DE_TAX_ID", tax_id(rng)),
        _ => {
            let street = rng.pick(&["Lindenstraße", "Am Anger", "Hauptstr.", "Bergweg"]);
            let city = rng.pick(&["Berlin", "München", "Kempten", "Garmisch-Partenkirchen"]);
            (
                "STREET_ADDRESS",
                format!(
                    "{street} {}, {}{} {city}",
                    1 + rng.below(120),
                    1 + rng.below(9),
                    rng.digits(4)
                ),
            )
        }
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
