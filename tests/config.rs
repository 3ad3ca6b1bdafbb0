//! Every shipped config file loads into the typed settings, and unknown keys are refused.

use crate::common;

use twinning::config::{LogFormat, Settings};

#[test]
fn every_shipped_environment_loads() {
    let dir = common::root().join("config");
    let mut environments = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("toml") {
            continue;
        }
        let name = path.file_stem().unwrap().to_str().unwrap().to_owned();
        let settings: Settings = Settings::figment(&dir, &name)
            .extract()
            .unwrap_or_else(|e| panic!("config/{name}.toml: {e}"));
        assert!(settings.database.max_connections > 0, "{name}");
        environments += 1;
    }
    assert!(environments >= 4, "default, local, test, production");
    let production: Settings = Settings::figment(&dir, "production").extract().unwrap();
    assert_eq!(production.log.format, LogFormat::Json);
}

#[test]
fn an_unknown_key_is_refused_with_its_name() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("typo.toml"), "[server]\nprot = 9000\n").unwrap();
    let err = Settings::figment(dir.path(), "typo")
        .extract::<Settings>()
        .unwrap_err()
        .to_string();
    assert!(err.contains("prot"), "{err}");
}

#[test]
fn the_database_url_never_shows_in_debug_output() {
    let dir = common::root().join("config");
    let mut settings: Settings = Settings::figment(&dir, "local").extract().unwrap();
    settings.database.url = "postgres://twinning:s3cret@db/twinning".to_owned();
    assert!(!format!("{settings:?}").contains("s3cret"));
}

#[test]
fn production_refuses_to_start_without_a_secret_key_and_never_prints_it() {
    let dir = common::root().join("config");
    // SAFETY of the test: no other test of this binary reads these variables.
    let err = Settings::load(&dir, "production").unwrap_err().to_string();
    assert!(
        err.contains("security.secret_key must be at least 32 characters"),
        "{err}"
    );
    assert!(err.contains("TWINNING__SECURITY__SECRET_KEY"), "{err}");

    let short = tempfile::tempdir().unwrap();
    std::fs::write(
        short.path().join("short.toml"),
        "[security]\nsecret_key = \"too short\"\n",
    )
    .unwrap();
    let err = Settings::load(short.path(), "short")
        .unwrap_err()
        .to_string();
    assert!(err.contains("(it has 9)"), "{err}");

    let settings: Settings = Settings::figment(&dir, "test").extract().unwrap();
    assert!(!format!("{settings:?}").contains(&settings.security.secret_key));
}
