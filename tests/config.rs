//! Every shipped config file loads into the typed settings, and unknown keys are refused.

mod common;

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
