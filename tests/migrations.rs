//! Migrations run up, down and up again on both backends, and make exactly the tables and
//! columns `src/db/schema.rs` declares.

use crate::common;

use common::{Backend, fresh_database};
use diesel::prelude::*;
use twinning::config::DatabaseSettings;
use twinning::db;

fn up_down_up(backend: Backend) {
    let (url, _dir) = fresh_database(backend);
    let settings = DatabaseSettings {
        url,
        max_connections: 1,
        connect_timeout_seconds: 5,
        seed_reference_data: false,
    };
    let pool = db::connect(&settings).unwrap();
    let mut conn = pool.get().unwrap();
    let count_themes =
        |conn: &mut db::DbConnection| db::schema::themes::table.count().get_result::<i64>(conn);

    let ran = db::migrate(&mut conn).unwrap();
    assert!(ran >= 1);
    assert_eq!(
        count_themes(&mut conn).unwrap(),
        13,
        "6 emission domains and 7 levers of change"
    );

    assert_eq!(db::revert_all(&mut conn).unwrap(), ran);
    assert!(count_themes(&mut conn).is_err(), "the tables are gone");

    assert_eq!(db::migrate(&mut conn).unwrap(), ran);
    assert_eq!(count_themes(&mut conn).unwrap(), 13);
    assert_eq!(db::migrate(&mut conn).unwrap(), 0, "nothing left to run");
}

#[test]
fn sqlite_up_down_up() {
    up_down_up(Backend::Sqlite);
}

#[test]
fn postgres_up_down_up() {
    up_down_up(Backend::Postgres);
}

/// The tables and columns `src/db/schema.rs` declares, read from its `table!` blocks.
fn declared() -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    let text = std::fs::read_to_string(common::root().join("src/db/schema.rs")).unwrap();
    let mut tables = std::collections::BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines().map(str::trim) {
        if let Some(name) = line.strip_suffix('{').and_then(|l| l.split_once(" (")) {
            current = Some(name.0.trim().to_owned());
            tables.insert(name.0.trim().to_owned(), std::collections::BTreeSet::new());
        } else if line == "}" {
            current = None;
        } else if let (Some(t), Some((column, _))) = (&current, line.split_once(" -> ")) {
            tables.get_mut(t).unwrap().insert(column.trim().to_owned());
        }
    }
    tables
}

/// The tables and columns the migrations make on `backend`.
fn migrated(
    backend: Backend,
) -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    #[derive(QueryableByName)]
    struct Column {
        #[diesel(sql_type = diesel::sql_types::Text)]
        table_name: String,
        #[diesel(sql_type = diesel::sql_types::Text)]
        column_name: String,
    }
    let (url, _dir) = fresh_database(backend);
    let settings = DatabaseSettings {
        url,
        max_connections: 1,
        connect_timeout_seconds: 5,
        seed_reference_data: false,
    };
    let pool = db::connect(&settings).unwrap();
    let mut conn = pool.get().unwrap();
    db::migrate(&mut conn).unwrap();
    let columns: Vec<Column> = match &mut *conn {
        db::DbConnection::Postgres(c) => diesel::sql_query(
            "SELECT table_name::text AS table_name, column_name::text AS column_name \
             FROM information_schema.columns WHERE table_schema = 'public' \
             AND table_name <> '__diesel_schema_migrations'",
        )
        .load(c)
        .unwrap(),
        db::DbConnection::Sqlite(c) => diesel::sql_query(
            "SELECT m.name AS table_name, p.name AS column_name \
             FROM sqlite_master m JOIN pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' \
             AND m.name <> '__diesel_schema_migrations'",
        )
        .load(c)
        .unwrap(),
    };
    let mut tables = std::collections::BTreeMap::new();
    for c in columns {
        tables
            .entry(c.table_name)
            .or_insert_with(std::collections::BTreeSet::new)
            .insert(c.column_name);
    }
    tables
}

#[test]
fn schema_rs_declares_what_both_migration_sets_make() {
    let declared = declared();
    assert!(declared.len() >= 20, "{declared:?}");
    for backend in [Backend::Sqlite, Backend::Postgres] {
        let migrated = migrated(backend);
        assert_eq!(
            declared, migrated,
            "src/db/schema.rs and the {backend:?} migrations disagree"
        );
    }
}
