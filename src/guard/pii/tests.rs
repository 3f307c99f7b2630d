use super::*;

fn found(text: &str) -> Vec<(Entity, String)> {
    detect(text)
        .into_iter()
        .map(|m| (m.entity, m.text))
        .collect()
}

#[test]
fn finds_each_entity_in_german_and_english_copy() {
    let cases = [
        (
            "Schreib an anna.berger@example.org für Rückfragen.",
            Entity::Email,
            "anna.berger@example.org",
        ),
        (
            "Ruf uns an: +49 89 12345678, Mo–Fr.",
            Entity::Phone,
            "+49 89 12345678",
        ),
        ("Telefon 089/1234567 ab 9 Uhr", Entity::Phone, "089/1234567"),
        ("Österreich: +43 1 5134455", Entity::Phone, "+43 1 5134455"),
        ("Schweiz: 044 668 18 00", Entity::Phone, "044 668 18 00"),
        ("Call (415) 555-0132 today", Entity::Phone, "(415) 555-0132"),
        ("UK office 020 7946 0958", Entity::Phone, "020 7946 0958"),
        (
            "IBAN DE89 3704 0044 0532 0130 00 bitte angeben",
            Entity::Iban,
            "DE89 3704 0044 0532 0130 00",
        ),
        (
            "compact GB82WEST12345698765432 here",
            Entity::Iban,
            "GB82WEST12345698765432",
        ),
        (
            "Karte 4111 1111 1111 1111 gültig",
            Entity::CreditCard,
            "4111 1111 1111 1111",
        ),
        (
            "card 5500-0000-0000-0004",
            Entity::CreditCard,
            "5500-0000-0000-0004",
        ),
        (
            "Login von 192.168.10.24 erkannt",
            Entity::IpAddress,
            "192.168.10.24",
        ),
        (
            "from 2001:db8:85a3::8a2e:370:7334 at night",
            Entity::IpAddress,
            "2001:db8:85a3::8a2e:370:7334",
        ),
        (
            "Steuer-IdNr. 86095742719 liegt vor",
            Entity::DeTaxId,
            "86095742719",
        ),
    ];
    for (text, entity, value) in cases {
        assert_eq!(found(text), vec![(entity, value.to_string())], "{text}");
    }
}

#[test]
fn distractors_do_not_fire() {
    for text in [
        "Bestellnummer 0123456789 ist unterwegs.",
        "EAN 4006381333931 auf dem Etikett",
        "4006381333931",
        "Jetzt nur 349,95 € statt 399,95 €",
        "Preis: 1299 EUR",
        "Lieferung am 24.12.2026 oder 2026-12-24",
        "SKU TG-RJ-100, Artikel 100234",
        "Version 1.2.3.4 und v10.0.0.1 sind veraltet",
        "Kartennummer 4111 1111 1111 1112 ist ungültig",
        "IBAN DE89 3704 0044 0532 0130 01 mit falscher Prüfziffer",
        "Besuch uns auf https://www.talgrat.example/firstwand",
        "28.000 mm Wassersäule, 395 g, RET 6",
        "Um 12:30:45 geht es los",
        "Steuer-IdNr. 86095742718 (falsche Prüfziffer)",
        "Die Firstwand Regenjacke und die Kaltkar Daunenjacke für Hochtouren",
        "Wasserdicht, Atmungsaktiv und Leicht: Die Jacke für Regen",
    ] {
        assert_eq!(found(text), vec![], "{text}");
    }
}

#[test]
fn pseudonyms_are_stable_within_a_request_and_restorable() {
    let text = "Mail anna@example.org, dann nochmal anna@example.org, sonst bob@example.org.";
    let matches = detect(text);
    let mut p = Pseudonymizer::default();
    let out = apply(text, &matches, &Operator::Pseudonymize, &mut p);
    assert_eq!(
        out,
        "Mail <EMAIL_1>, dann nochmal <EMAIL_1>, sonst <EMAIL_2>."
    );
    assert_eq!(p.len(), 2);
    assert_eq!(p.restore(&out), text);
}

#[test]
fn other_operators() {
    let text = "Karte 4111 1111 1111 1111.";
    let m = detect(text);
    let mut p = Pseudonymizer::default();
    assert_eq!(apply(text, &m, &Operator::Redact, &mut p), "Karte .");
    assert_eq!(
        apply(text, &m, &Operator::Mask, &mut p),
        "Karte **** **** **** 1111."
    );
    assert_eq!(
        apply(text, &m, &Operator::Placeholder, &mut p),
        "Karte <CREDIT_CARD>."
    );
    let hashed = apply(text, &m, &Operator::Hash { key: [7; 32] }, &mut p);
    assert!(
        hashed.starts_with("Karte <CREDIT_CARD:")
            && hashed.len() == "Karte <CREDIT_CARD:>.".len() + 12,
        "{hashed}"
    );
}

#[test]
fn brand_like_given_names_are_not_people() {
    for text in [
        "Max Komfort bei Regen",
        "Jack Wolfskin führt wir nicht",
        "Finn Comfort Schuhe",
    ] {
        assert_eq!(found(text), vec![], "{text}");
    }
}
