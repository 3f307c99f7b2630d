//! The review queue through the CLI on a real state database: generate routes variants into it
//! with their lineage; leases keep a second reviewer out; an edit is re-validated and must be
//! approved; exports round-trip (platform JSONL/CSV, eval cases that `config check` accepts,
//! classifier lines); concurrent processes never both win a claim and lose no decision; the
//! audit trail replays every item's history; a writer killed with SIGKILL leaves a sound
//! database.

use std::process::{Command, Stdio};

use copydesk::review::State;
use copydesk::review::queue::{Queue, replay};
use serde_json::{Value, json};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::{Project, Run, completion_with};

/// An ad the guard chain sends to review (a breathability claim without its approved wording).
pub(crate) fn unsure_ad() -> String {
    json!({
        "headlines": ["Atmungsaktiv und leicht", "Trocken auf langen Touren", "Regenjacke in drei Lagen"],
        "descriptions": ["Unterarmbelüftung und verstellbare Bündchen für jedes Tempo.",
                         "Für lange Tage im Regen gemacht, mit helmkompatibler Kapuze."]
    })
    .to_string()
}

pub(crate) async fn project() -> (MockServer, Project) {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(completion_with(&unsure_ad(), (42, 7))),
        )
        .mount(&server)
        .await;
    let p = Project::new(&format!(
        "default_profile: mock\nprofiles:\n  mock:\n    provider: openai\n    model: gpt-4o-mini\n    base_url: {}/v1\n    context_window: 8192\n    max_retries: 0\n    price: {{ input_per_1m: 1.0, output_per_1m: 2.0 }}\n",
        server.uri()
    ));
    (server, p)
}

fn cli(p: &Project, args: &[&str]) -> Run {
    tokio::task::block_in_place(|| p.run(args))
}

fn generate(p: &Project, n: &str) -> Value {
    let run = cli(
        p,
        &[
            "generate",
            "--prompt",
            "ad-variants@1",
            "--vars",
            "examples/ad-variants.firstwand.de.json",
            "--var",
            "audience=Fragen an anna.schmidt@example.de",
            "--n",
            n,
            "--no-cache",
            "--format",
            "json",
        ],
    );
    serde_json::from_str(&run.stdout()).unwrap_or_else(|e| panic!("{e}: {}", run.stderr()))
}

/// `review edit ID --reviewer WHO --text TEXT`.
fn edit_text(p: &Project, id: &str, who: &str, text: &str) -> Run {
    cli(
        p,
        &["review", "edit", id, "--reviewer", who, "--text", text],
    )
}

fn json_of(run: &Run) -> Value {
    assert_eq!(run.code(), 0, "{}", run.stderr());
    serde_json::from_str(&run.stdout()).unwrap_or_else(|e| panic!("{e}: {}", run.stdout()))
}

fn queue(p: &Project) -> Queue {
    Queue::open(&p.path().join(".copydesk/state.db"), 30).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn generated_variants_are_queued_reviewed_edited_and_exported() {
    let (_server, p) = project().await;
    let out = generate(&p, "2");
    let routed = out["review"].as_array().unwrap();
    assert_eq!(routed.len(), 2);
    assert!(routed.iter().all(|r| r["route"] == "queued"), "{routed:?}");

    let list = json_of(&cli(&p, &["review", "list", "--format", "json"]));
    let items = list.as_array().unwrap();
    assert_eq!(items.len(), 2);
    let item = &items[0];
    assert_eq!(item["state"], "pending");
    assert_eq!(item["prompt"], "ad-variants@1");
    assert_eq!(item["prompt_hash"], out["prompt_hash"]);
    // lineage: pseudonymised vars, messages, raw reply, the calls with their usage
    let lineage = item["lineage"].to_string();
    assert!(
        !lineage.contains("anna.schmidt@example.de"),
        "personal data in the lineage"
    );
    assert!(
        item["lineage"]["vars"]["audience"]
            .as_str()
            .unwrap()
            .contains("<EMAIL")
    );
    assert_eq!(item["lineage"]["calls"][0]["usage"]["prompt_tokens"], 42);
    assert!((item["cost"].as_f64().unwrap() - (42.0 + 2.0 * 7.0) / 1e6).abs() < 1e-12);
    let first = item["id"].as_i64().unwrap().to_string();
    let second = items[1]["id"].as_i64().unwrap().to_string();

    // show marks the findings (brackets when stdout is not a terminal) and has the history
    let show = cli(&p, &["review", "show", &first]);
    assert!(
        show.stdout().contains("[[Atmungsaktiv]] und [[leicht]]"),
        "{}",
        show.stdout()
    );
    assert!(show.stdout().contains("policy.claims.breathable"));
    assert!(
        show.stdout().contains("enter   – → pending by copydesk"),
        "{}",
        show.stdout()
    );

    // a claim keeps a second reviewer out
    assert_eq!(
        cli(&p, &["review", "claim", &first, "--reviewer", "ana"]).code(),
        0
    );
    let ben = cli(&p, &["review", "approve", &first, "--reviewer", "ben"]);
    assert_eq!(ben.code(), 2);
    assert!(
        ben.one_error_line().contains("claimed by ana"),
        "{}",
        ben.stderr()
    );
    let ok = cli(
        &p,
        &[
            "review",
            "approve",
            &first,
            "--reviewer",
            "ana",
            "--comment",
            "fine",
        ],
    );
    assert_eq!(ok.stdout(), format!("item {first} approved\n"));
    // approved is final
    let again = edit_text(&p, &first, "ana", "{}");
    assert_eq!(again.code(), 2);
    assert!(
        again.stderr().contains("approved text never changes"),
        "{}",
        again.stderr()
    );

    // an edit is checked again: a guarantee is a claim for a human to judge
    let bad = json!({"headlines": ["Garantiert trocken", "Regenjacke in drei Lagen", "Kapuze passt über den Helm"],
                     "descriptions": ["Unterarmbelüftung und verstellbare Bündchen für jedes Tempo.",
                                      "Für lange Tage im Regen gemacht, mit helmkompatibler Kapuze."]});
    let edit = edit_text(&p, &second, "ben", &bad.to_string());
    assert_eq!(edit.code(), 0, "{}", edit.stderr());
    assert!(
        edit.stdout().contains("revision 2: needs-review"),
        "{}",
        edit.stdout()
    );
    assert!(
        edit.stdout()
            .contains("/headlines/0 policy.claims.guarantee"),
        "{}",
        edit.stdout()
    );
    let good = json!({"headlines": ["Regenjacke in drei Lagen", "Kapuze passt über den Helm", "Belüftung unter den Armen"],
                      "descriptions": ["Unterarmbelüftung und verstellbare Bündchen für jedes Tempo.",
                                       "Für lange Tage im Regen gemacht, mit helmkompatibler Kapuze."]});
    let edit = edit_text(&p, &second, "ben", &good.to_string());
    assert!(
        edit.stdout().contains("revision 3: accepted"),
        "{}",
        edit.stdout()
    );
    let listed = json_of(&cli(
        &p,
        &["review", "list", "--state", "edited", "--format", "json"],
    ));
    assert_eq!(
        listed.as_array().unwrap().len(),
        1,
        "an edit waits for approval"
    );
    assert_eq!(
        cli(&p, &["review", "approve", &second, "--reviewer", "ben"]).code(),
        0
    );

    // export round-trips the approved texts
    let export = cli(&p, &["review", "export", "--state", "approved"]);
    let lines: Vec<Value> = export
        .stdout()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    let q = queue(&p);
    for l in &lines {
        let id = l["id"].as_i64().unwrap();
        let text = q.revisions(id).unwrap().pop().unwrap().text;
        assert_eq!(l["output"], serde_json::from_str::<Value>(&text).unwrap());
        assert_eq!(l["state"], "approved");
    }
    assert_eq!(lines[1]["output"], good);
    assert_eq!(lines[1]["reviewer"], "ben");
    let csv = cli(
        &p,
        &["review", "export", "--state", "approved", "--format", "csv"],
    );
    let mut rows = csv
        .stdout()
        .lines()
        .map(str::to_string)
        .collect::<Vec<_>>()
        .into_iter();
    let header = rows.next().unwrap();
    assert!(
        header.starts_with("copydesk id,Headline 1,Headline 2,"),
        "{header}"
    );
    assert!(header.ends_with("Description 4,Path 1,Path 2"), "{header}");
    assert!(rows.nth(1).unwrap().contains("Regenjacke in drei Lagen"));

    // the learning loop: eval cases that config check accepts, classifier lines
    let eval = cli(
        &p,
        &["review", "export", "--as-eval", "evals/from-review.yaml"],
    );
    assert_eq!(
        eval.stdout(),
        "2 case(s) written to evals/from-review.yaml\n",
        "{}",
        eval.stderr()
    );
    let suite = std::fs::read_to_string(p.path().join("evals/from-review.yaml")).unwrap();
    assert!(
        suite.contains("reference:") && suite.contains("expect: pass"),
        "{suite}"
    );
    let check = cli(&p, &["config", "check"]);
    assert_eq!(check.code(), 0, "{}{}", check.stdout(), check.stderr());
    let examples = cli(
        &p,
        &[
            "review",
            "export",
            "--as-examples",
            "policies/examples/from-review.jsonl",
        ],
    );
    assert_eq!(examples.code(), 0, "{}", examples.stderr());
    let text =
        std::fs::read_to_string(p.path().join("policies/examples/from-review.jsonl")).unwrap();
    let first_line: Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    assert_eq!(
        (first_line["label"].as_str(), first_line["locale"].as_str()),
        (Some("approved"), Some("de"))
    );
    assert_eq!(
        cli(
            &p,
            &["review", "export", "--as-eval", "evals/from-review.yaml"]
        )
        .code(),
        2,
        "an existing file is never overwritten"
    );

    // stats: both decided items approved
    let stats = json_of(&cli(&p, &["review", "stats", "--format", "json"]));
    assert_eq!(stats["open"], 0);
    assert_eq!(stats["by_prompt"][0]["approval_rate"], 1.0);
    assert!(
        stats["by_rule"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["key"] == "policy.claims.breathable")
    );

    // the audit trail replays to every item's state
    for id in [&first, &second] {
        let id: i64 = id.parse().unwrap();
        let events = q.events(Some(id)).unwrap();
        assert_eq!(replay(&events), Ok(q.get(id).unwrap().state));
    }
    let actions: Vec<String> = q
        .events(Some(second.parse().unwrap()))
        .unwrap()
        .into_iter()
        .map(|e| format!("{} {}", e.action, e.reviewer))
        .collect();
    assert_eq!(
        actions,
        ["enter copydesk", "edit ben", "edit ben", "approve ben"]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_edit_in_the_editor_becomes_a_revision_that_waits_for_approval() {
    let (_server, p) = project().await;
    generate(&p, "1");
    // $EDITOR gets the file as its last argument, as vi would
    let run = tokio::task::block_in_place(|| {
        p.run_env(
            &[
                "review",
                "edit",
                "1",
                "--reviewer",
                "ana",
                "--comment",
                "shorter",
            ],
            &[
                (
                    "EDITOR",
                    "sed -i 's/Atmungsaktiv und leicht/Kapuze passt über den Helm/'",
                ),
                ("VISUAL", ""),
            ],
        )
    });
    assert_eq!(run.code(), 0, "{}", run.stderr());
    assert!(
        run.stdout().starts_with("item 1 revision 2: "),
        "{}",
        run.stdout()
    );
    let q = queue(&p);
    let revisions = q.revisions(1).unwrap();
    assert!(
        revisions[1].text.contains("Kapuze passt über den Helm"),
        "{}",
        revisions[1].text
    );
    assert!(!revisions[1].text.contains("Atmungsaktiv und leicht"));
    assert_eq!(
        revisions[0].text,
        q.revisions(1).unwrap()[0].text,
        "the first revision stays"
    );
    assert_eq!(q.get(1).unwrap().state, State::Edited);
    // an editor that changes nothing changes nothing
    let same = tokio::task::block_in_place(|| {
        p.run_env(
            &["review", "edit", "1", "--reviewer", "ana"],
            &[("EDITOR", "true"), ("VISUAL", "")],
        )
    });
    assert_eq!(same.code(), 2);
    assert!(
        same.stderr().contains("did not change"),
        "{}",
        same.stderr()
    );
}

/// Start `copydesk review …` without waiting.
fn spawn(p: &Project, args: &[&str]) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args(args)
        .current_dir(p.path())
        .env_remove("COPYDESK_CONFIG")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_reviewers_never_both_win_a_claim_and_lose_no_decision() {
    let (_server, p) = project().await;
    generate(&p, "5");
    generate(&p, "5");
    let q = queue(&p);
    let ids: Vec<String> = q
        .list(&Default::default())
        .unwrap()
        .iter()
        .map(|i| i.id.to_string())
        .collect();
    assert_eq!(ids.len(), 10);
    // eight processes claim one item at once: exactly one wins
    let claims: Vec<_> = (0..8)
        .map(|i| {
            spawn(
                &p,
                &["review", "claim", &ids[0], "--reviewer", &format!("r{i}")],
            )
        })
        .collect();
    let outputs: Vec<_> = claims
        .into_iter()
        .map(|c| c.wait_with_output().unwrap())
        .collect();
    let winners = outputs.iter().filter(|o| o.status.success()).count();
    assert_eq!(winners, 1);
    for o in outputs.iter().filter(|o| !o.status.success()) {
        assert!(String::from_utf8_lossy(&o.stderr).contains("is claimed by r"));
    }
    let holder = q
        .get(ids[0].parse().unwrap())
        .unwrap()
        .lease_holder
        .unwrap();
    // two reviewers decide the other nine at the same time, each trying every item
    let decide = |who: &str, approve: &str| {
        let script = ids[1..]
            .iter()
            .map(|id| format!("\"$BIN\" review {approve} {id} --reviewer {who} >/dev/null 2>&1; "))
            .collect::<String>();
        Command::new("sh")
            .arg("-c")
            .arg(script)
            .env("BIN", env!("CARGO_BIN_EXE_copydesk"))
            .current_dir(p.path())
            .spawn()
            .unwrap()
    };
    let a = decide("ana", "approve");
    let b = decide("ben", "reject");
    for mut c in [a, b] {
        c.wait().unwrap();
    }
    let events = q.events(None).unwrap();
    for id in &ids[1..] {
        let id: i64 = id.parse().unwrap();
        let item = q.get(id).unwrap();
        assert!(matches!(item.state, State::Approved | State::Rejected));
        // one decision per item, and it is the one that stuck
        let decisions: Vec<_> = events
            .iter()
            .filter(|e| e.item == id && (e.action == "approve" || e.action == "reject"))
            .collect();
        assert_eq!(decisions.len(), 1, "{decisions:?}");
        assert_eq!(decisions[0].to, item.state.as_str());
        assert_eq!(replay(&q.events(Some(id)).unwrap()), Ok(item.state));
    }
    assert!(holder.starts_with('r'));
}

/// Adds items as fast as it can until killed (run as a child process by the test below).
#[test]
#[ignore = "a child process of the kill test"]
fn review_writer_until_killed() {
    let Ok(db) = std::env::var("COPYDESK_TEST_WRITER_DB") else {
        return;
    };
    let q = Queue::open(std::path::Path::new(&db), 30).unwrap();
    let item = copydesk::review::queue::NewItem {
        origin: copydesk::review::queue::Origin {
            prompt: "ad-variants@1".into(),
            prompt_hash: "h".into(),
            brand: None,
            channel: None,
            profile: "p".into(),
            model: "m".into(),
            fingerprint: None,
            cost: 0.0,
            reason: "needs review".into(),
            lineage: json!({"vars": {"n": "y".repeat(4000)}}),
        },
        state: State::Pending,
        text: "x".repeat(2000),
        findings: json!([]),
        outcome: "needs-review".into(),
    };
    loop {
        let id = q.add(&item).unwrap();
        q.claim(id, "w").unwrap();
        q.edit(id, "w", "z", &json!([]), "accepted", None).unwrap();
    }
}

#[test]
fn a_writer_killed_mid_write_leaves_a_sound_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("state.db");
    for round in 0..3 {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "review::review_writer_until_killed",
                "--exact",
                "--ignored",
                "--test-threads=1",
            ])
            .env("COPYDESK_TEST_WRITER_DB", &db)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(700 + 300 * round));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        crate::common::assert_sound(&db);
        let q = Queue::open(&db, 30).unwrap();
        let items = q.list(&Default::default()).unwrap();
        assert!(
            !items.is_empty(),
            "the writer wrote nothing before it was killed"
        );
        // every change is whole: each item has its revisions and its events, which replay
        let events = q.events(None).unwrap();
        for item in &items {
            let revisions = q.revisions(item.id).unwrap();
            assert_eq!(revisions.len() as i64, item.revision);
            let mine: Vec<_> = events
                .iter()
                .filter(|e| e.item == item.id)
                .cloned()
                .collect();
            assert_eq!(replay(&mine), Ok(item.state), "item {}", item.id);
        }
    }
}
