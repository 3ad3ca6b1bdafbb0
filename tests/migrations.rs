//! Migrations run up, down and up again on both backends.

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
