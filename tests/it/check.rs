//! `copydesk check` with the PII stage, as a linter and as a JSONL filter.

use std::io::Write;
use std::process::{Command, Stdio};

fn check(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .arg("check")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // a usage error exits before reading its input: a closed pipe is no failure here
    if let Err(e) = child.stdin.take().unwrap().write_all(stdin.as_bytes()) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
    }
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn jsonl_in_json_out_with_code_point_offsets() {
    let input = concat!(
        r#"{"id": "a", "text": "Grüße: schreib an anna@example.org oder ruf +49 89 12345678 an."}"#,
        "\n",
        "not json\n",
        r#"{"id": "b", "text": "Bestellnummer 0123456789, EAN 4006381333931, nur 349,95 €"}"#,
        "\n"
    );
    let (code, out, err) = check(&["--stages", "pii", "--format", "json", "-"], input);
    assert_eq!(code, 1);
    assert!(err.contains("<stdin>:2: skipped"), "{err}");
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    let f = &lines[0]["findings"];
    assert_eq!(f[0]["entity"], "EMAIL");
    assert_eq!(f[0]["stage"], "pii");
    let text = "Grüße: schreib an anna@example.org oder ruf +49 89 12345678 an.";
    let (s, e) = (
        f[0]["start"].as_u64().unwrap() as usize,
        f[0]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        text.chars().skip(s).take(e - s).collect::<String>(),
        "anna@example.org"
    );
    assert_eq!(f[1]["entity"], "PHONE");
    assert_eq!(
        lines[1],
        serde_json::json!({"id": "b", "outcome": "accepted", "findings": []})
    );
}

#[test]
fn text_reads_like_a_linter_and_fix_replaces() {
    let input = "Hallo,\nGrüße an anna@example.org.\n";
    let (code, out, _) = check(&[], input);
    assert_eq!(code, 1);
    assert_eq!(
        out.lines().next().unwrap(),
        "<stdin>:2:10 error pii.email EMAIL found: personal data must not go into copy or to a model"
    );
    let (_, fixed, _) = check(&["--fix"], input);
    assert_eq!(fixed, "Hallo,\nGrüße an <EMAIL>.\n");
    let (code, out, _) = check(&[], "Nichts Persönliches hier: 28.000 mm Wassersäule.\n");
    assert_eq!((code, out.as_str()), (0, ""));
}

#[test]
fn unknown_stage_is_a_usage_error() {
    let (code, _, err) = check(&["--stages", "pii,vibes"], "x");
    assert_eq!(code, 2);
    assert!(
        err.contains("stage 'vibes' is not available; stages: schema, pii, policy, style"),
        "{err}"
    );
}
