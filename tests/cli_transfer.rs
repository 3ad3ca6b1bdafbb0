//! `twinning import cities` and `twinning export cities`, run as a user would, on both
//! backends: the reference data goes round without loss, and a bad file stores nothing.

use crate::common;

use std::path::Path;
use std::process::{Command, Output};

use common::{Backend, fresh_database, root};
use diesel::prelude::*;
use twinning::config::DatabaseSettings;
use twinning::db::{self, schema};

fn twinning(database_url: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_twinning"))
        .args([
            "--config",
            root().join("config").to_str().unwrap(),
            "--env",
            "test",
        ])
        .args(args)
        .env("DATABASE_URL", database_url)
        .env_remove("TWINNING__DATABASE__URL")
        .output()
        .expect("running twinning")
}

fn counts(database_url: &str) -> (i64, i64) {
    let settings = DatabaseSettings {
        url: database_url.to_owned(),
        max_connections: 1,
        connect_timeout_seconds: 5,
        seed_reference_data: false,
    };
    let pool = db::connect(&settings).unwrap();
    let mut conn = pool.get().unwrap();
    let cities = schema::cities::table.count().get_result(&mut conn).unwrap();
    let roles = schema::city_roles::table
        .count()
        .get_result(&mut conn)
        .unwrap();
    (cities, roles)
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn round_trip(backend: Backend) {
    let reference = root().join("config/seed/cities.csv");
    let (first_db, dir) = fresh_database(backend);
    let imported = twinning(
        &first_db,
        &["import", "cities", reference.to_str().unwrap()],
    );
    assert!(imported.status.success(), "{}", stderr(&imported));
    assert!(
        stderr(&imported).contains("137 cities created"),
        "{}",
        stderr(&imported)
    );
    assert_eq!(counts(&first_db), (137, 202));

    let exported = dir.path().join("exported.csv");
    let out = twinning(&first_db, &["export", "cities", exported.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));

    let (second_db, _dir2) = fresh_database(backend);
    let again = twinning(
        &second_db,
        &["import", "cities", exported.to_str().unwrap()],
    );
    assert!(again.status.success(), "{}", stderr(&again));
    assert_eq!(counts(&second_db), (137, 202));

    let exported_again = dir.path().join("exported-again.csv");
    assert!(
        twinning(
            &second_db,
            &["export", "cities", exported_again.to_str().unwrap()]
        )
        .status
        .success()
    );
    assert_eq!(
        read(&exported),
        read(&exported_again),
        "an export imports back to the same data"
    );

    let twice = twinning(
        &second_db,
        &["import", "cities", exported.to_str().unwrap()],
    );
    assert!(
        stderr(&twice).contains("0 cities created, 137 updated, 0 roles added"),
        "{}",
        stderr(&twice)
    );
    assert_eq!(counts(&second_db), (137, 202));
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

fn bad_file(backend: Backend) {
    let (database, dir) = fresh_database(backend);
    let file = dir.path().join("bad.csv");
    std::fs::write(
        &file,
        "name,country_iso2,role,lat,lon,population,source\n\
         Aarhus,DK,mission,56.15,10.2,285273,ok\n\
         Atlantis,XX,twin,1,2,3,myth\n\
         Lund,SE,pilot,55.7,13.2,-5,x\n\
         Gozo,MT,pilot,36.04,14.24,abc,x\n",
    )
    .unwrap();
    let out = twinning(&database, &["import", "cities", file.to_str().unwrap()]);
    assert!(!out.status.success());
    let message = stderr(&out);
    assert!(
        message.contains("3 bad row(s), nothing imported"),
        "{message}"
    );
    assert!(
        message.contains("line 3: country_iso2: \"XX\" is not an ISO 3166-1 alpha-2 country code"),
        "{message}"
    );
    assert!(message.contains("line 4: population: -5"), "{message}");
    assert!(
        message.contains("line 5: population: \"abc\" is not a whole number"),
        "{message}"
    );
    assert_eq!(counts(&database), (0, 0), "nothing is half stored");

    std::fs::write(&file, "name,country,role\nAarhus,DK,mission\n").unwrap();
    let out = twinning(&database, &["import", "cities", file.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("no column \"country_iso2\""),
        "{}",
        stderr(&out)
    );
}

#[test]
fn sqlite_round_trip() {
    round_trip(Backend::Sqlite);
}

#[test]
fn postgres_round_trip() {
    round_trip(Backend::Postgres);
}

#[test]
fn sqlite_bad_file_stores_nothing() {
    bad_file(Backend::Sqlite);
}

#[test]
fn postgres_bad_file_stores_nothing() {
    bad_file(Backend::Postgres);
}
