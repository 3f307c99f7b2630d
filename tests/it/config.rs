//! Configuration errors name file:line:column and what is wrong; `config check` lists them all.

use copydesk::config::{Config, ConfigError};

use crate::common::Project;

const GOOD: &str = "default_profile: local
profiles:
  local:
    provider: local
    model: smollm2
    model_file: models/m.gguf
    context_window: 4096
";

#[test]
fn repository_configuration_checks_ok() {
    let run = crate::common::Project::new(
        &std::fs::read_to_string(crate::common::repo().join("copydesk.yaml")).unwrap(),
    )
    .run(&["config", "check"]);
    assert_eq!(run.stdout(), "ok\n", "{}", run.stderr());
    assert_eq!(run.code(), 0);
}

#[test]
fn unknown_key_is_reported_with_line_and_column() {
    let p = Project::new(&GOOD.replace(
        "    context_window: 4096\n",
        "    context_window: 4096\n    temprature: 0.3\n",
    ));
    let run = p.run(&["config", "check"]);
    assert_eq!(run.code(), 1);
    let out = run.stdout();
    let line = out.lines().next().unwrap();
    assert!(
        line.starts_with("copydesk.yaml:8:5: ") || line.contains("copydesk.yaml:8:5: "),
        "{out}"
    );
    assert!(line.contains("temprature"), "{out}");
}

#[test]
fn broken_yaml_names_the_position() {
    let p = Project::new("default_profile: local\nprofiles:\n  local: [unclosed\n");
    let run = p.run(&["config", "check"]);
    assert_eq!(run.code(), 1);
    assert!(run.stdout().contains("copydesk.yaml:"), "{}", run.stdout());
    // every other command refuses to start, with one line and exit 2
    let run = p.run(&["prompts", "list"]);
    assert_eq!(run.code(), 2);
    assert!(run.one_error_line().contains("copydesk.yaml:"));
}

#[test]
fn every_problem_is_reported_at_once() {
    let p = Project::new(
        "default_profile: nowhere
profiles:
  local:
    provider: local
    model: smollm2
    context_window: 0
  remote:
    provider: openai
    model: gpt
    base_url: ftp://example
    context_window: 100
",
    );
    let run = p.run(&["config", "check"]);
    assert_eq!(run.code(), 1);
    let out = run.stdout();
    assert!(
        out.contains("copydesk.yaml:1:18: default_profile 'nowhere'"),
        "{out}"
    );
    assert!(out.contains("needs model_file"), "{out}");
    assert!(out.contains("context_window must be positive"), "{out}");
    assert!(out.contains("must start with http://"), "{out}");
}

#[test]
fn edited_released_prompt_is_caught() {
    let p = Project::new(GOOD);
    let path = p.path().join("prompts/ad-variants/v1.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace("No superlatives", "Superlatives welcome"),
    )
    .unwrap();
    let run = p.run(&["config", "check"]);
    assert_eq!(run.code(), 1);
    assert!(
        run.stdout().contains("released version 1 was edited"),
        "{}",
        run.stdout()
    );
    // and the live version cannot be used until it is restored
    let run = p.run(&[
        "prompts",
        "render",
        "ad-variants@1",
        "--vars",
        "examples/ad-variants.firstwand.de.json",
    ]);
    assert_eq!(run.code(), 2);
}

#[test]
fn template_syntax_error_points_into_the_yaml_file() {
    let p = Project::new(GOOD);
    p.write(
        "prompts/broken/v1.yaml",
        "id: broken\nversion: 1\ndescription: d\ninputs: {type: object}\noutput: {type: object}\nsystem: |\n  fine\n  {% if x %}never closed\nuser: hi\n",
    );
    let run = p.run(&["config", "check"]);
    assert_eq!(run.code(), 1);
    assert!(
        run.stdout().contains("prompts/broken/v1.yaml:"),
        "{}",
        run.stdout()
    );
    assert!(
        run.stdout().contains("template `system`"),
        "{}",
        run.stdout()
    );
}

#[test]
fn environment_overrides_apply_and_bad_ones_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("copydesk.yaml");
    std::fs::write(&file, GOOD).unwrap();
    let env = vec![
        (
            "COPYDESK_PROFILE__LOCAL__THREADS".to_string(),
            "3".to_string(),
        ),
        ("COPYDESK_STATE_DIR".to_string(), "state".to_string()),
    ];
    let cfg = Config::load_with_env(&file, &env).unwrap();
    assert_eq!(cfg.profiles["local"].threads, Some(3));
    assert!(cfg.state_dir.ends_with("state"));

    let env = vec![(
        "COPYDESK_PROFILE__LOCAL__COLOUR".to_string(),
        "red".to_string(),
    )];
    match Config::load_with_env(&file, &env) {
        Err(ConfigError::Invalid(d)) => {
            let msg = d.to_string();
            assert!(msg.contains("COPYDESK_PROFILE__LOCAL__COLOUR"), "{msg}");
            assert!(msg.contains("colour"), "{msg}");
        }
        other => panic!("expected an error, got {other:?}"),
    }
}

#[test]
fn config_is_found_from_a_subdirectory() {
    let p = Project::new(GOOD);
    std::fs::create_dir_all(p.path().join("deep/er")).unwrap();
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_copydesk"));
    let out = cmd
        .args(["prompts", "list"])
        .current_dir(p.path().join("deep/er"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("ad-variants"));
}

#[test]
fn index_section_problems_name_the_line_and_env_overrides_apply() {
    let p = Project::new(&format!(
        "{GOOD}index:\n  backend: qdrant\n  dense_weight: 40\n"
    ));
    let run = p.run(&["config", "check"]);
    assert_eq!(run.code(), 1);
    let out = run.stdout();
    assert!(
        out.contains("copydesk.yaml:9:3: index: the qdrant backend needs url"),
        "{out}"
    );
    assert!(
        out.contains("dense_weight 40 must be between 0 and 10"),
        "{out}"
    );
    let file = p.path().join("copydesk.yaml");
    std::fs::write(
        &file,
        format!(
            "{GOOD}index:\n  backend: qdrant\n  url: http://127.0.0.1:6334\n  dense_weight: 0.5\n"
        ),
    )
    .unwrap();
    let out = p.run(&["config", "check"]).stdout();
    assert!(
        out.contains("dense_weight 0.5 needs the sqlite backend"),
        "{out}"
    );
    let env = |k: &str, v: &str| vec![(k.to_string(), v.to_string())];
    assert!(Config::load_with_env(&file, &[]).is_err());
    std::fs::write(&file, GOOD).unwrap();
    let config = Config::load_with_env(
        &file,
        &[
            ("COPYDESK_INDEX_BACKEND".into(), "qdrant".into()),
            ("COPYDESK_INDEX_URL".into(), "http://127.0.0.1:6334".into()),
        ],
    )
    .unwrap();
    assert_eq!(config.index.backend, copydesk::config::IndexBackend::Qdrant);
    assert_eq!(config.index.url.as_deref(), Some("http://127.0.0.1:6334"));
    match Config::load_with_env(&file, &env("COPYDESK_INDEX_BACKEND", "postgres")) {
        Err(ConfigError::Invalid(d)) => {
            assert!(d.to_string().contains("expected sqlite or qdrant"), "{d}")
        }
        other => panic!("{other:?}"),
    }
}
