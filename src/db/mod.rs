//! Storage: one connection type over SQLite and PostgreSQL (diesel `MultiConnection`), a
//! pool, embedded migrations per backend, and the helper that runs blocking work off the
//! actix workers.

pub mod models;
pub mod schema;
pub mod states;

use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::r2d2::{ConnectionManager, CustomizeConnection, Pool, PooledConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use crate::config::DatabaseSettings;
use crate::domain::id::CohortId;
use crate::domain::id::ProgrammeId;

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

mod connection {
    // The derive generates undocumented helper types beside the enum.
    #![allow(missing_docs)]

    use diesel::{PgConnection, SqliteConnection};

    /// A connection to either backend; every query is written once against it.
    #[derive(diesel::MultiConnection)]
    pub enum DbConnection {
        /// PostgreSQL, for deployments with several app instances.
        Postgres(PgConnection),
        /// SQLite (bundled), the embedded default.
        Sqlite(SqliteConnection),
    }
}

pub use connection::DbConnection;

/// A pool of [`DbConnection`]s.
pub type DbPool = Pool<ConnectionManager<DbConnection>>;
/// A connection borrowed from the pool.
pub type PooledDb = PooledConnection<ConnectionManager<DbConnection>>;

/// Which backend a database URL names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// `postgres://` or `postgresql://`.
    Postgres,
    /// A file path or `sqlite://`.
    Sqlite,
}

impl Backend {
    /// The backend a URL names: PostgreSQL for `postgres://`, SQLite for anything else.
    pub fn of_url(url: &str) -> Backend {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            Backend::Sqlite
        }
    }

    /// Its name as shown to users.
    pub fn name(self) -> &'static str {
        match self {
            Backend::Postgres => "postgres",
            Backend::Sqlite => "sqlite",
        }
    }
}

/// Errors of the storage layer.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    /// The pool could not be built or could not lend a connection.
    #[error("database connection: {0}")]
    Pool(#[from] diesel::r2d2::PoolError),
    /// A migration failed.
    #[error("database migration: {0}")]
    Migration(String),
    /// A query failed.
    #[error("database query: {0}")]
    Query(#[from] diesel::result::Error),
    /// The SQLite file's folder could not be created.
    #[error("database folder {path}: {source}")]
    Folder {
        /// The folder.
        path: String,
        /// Why.
        source: std::io::Error,
    },
}

/// Turns a configured URL into what the backend's driver expects (SQLite takes a path).
fn driver_url(url: &str) -> &str {
    url.strip_prefix("sqlite://").unwrap_or(url)
}

/// Per-connection set-up: SQLite needs foreign keys switched on, WAL for concurrent
/// readers and a busy timeout so writers wait rather than fail.
#[derive(Debug)]
struct ConnectionSetup;

impl CustomizeConnection<DbConnection, diesel::r2d2::Error> for ConnectionSetup {
    fn on_acquire(&self, conn: &mut DbConnection) -> Result<(), diesel::r2d2::Error> {
        if let DbConnection::Sqlite(c) = conn {
            c.batch_execute(
                "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; \
                 PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;",
            )
            .map_err(diesel::r2d2::Error::QueryError)?;
        }
        Ok(())
    }
}

/// Builds the pool for the configured database, creating the SQLite file's folder.
pub fn connect(settings: &DatabaseSettings) -> Result<DbPool, DbError> {
    let url = driver_url(&settings.url);
    if Backend::of_url(url) == Backend::Sqlite
        && url != ":memory:"
        && let Some(dir) = std::path::Path::new(url)
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
    {
        std::fs::create_dir_all(dir).map_err(|source| DbError::Folder {
            path: dir.display().to_string(),
            source,
        })?;
    }
    let pool = Pool::builder()
        .max_size(settings.max_connections)
        .connection_timeout(Duration::from_secs(settings.connect_timeout_seconds))
        .connection_customizer(Box::new(ConnectionSetup))
        .build(ConnectionManager::new(url))?;
    Ok(pool)
}

/// Runs every pending migration of the connection's backend; returns how many ran.
pub fn migrate(conn: &mut DbConnection) -> Result<usize, DbError> {
    let ran = match conn {
        DbConnection::Postgres(c) => c
            .run_pending_migrations(POSTGRES_MIGRATIONS)
            .map(|v| v.len()),
        DbConnection::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS).map(|v| v.len()),
    };
    ran.map_err(|e| DbError::Migration(e.to_string()))
}

/// Reverts every migration (the test of migrations runs them up, down and up again).
pub fn revert_all(conn: &mut DbConnection) -> Result<usize, DbError> {
    let ran = match conn {
        DbConnection::Postgres(c) => c
            .revert_all_migrations(POSTGRES_MIGRATIONS)
            .map(|v| v.len()),
        DbConnection::Sqlite(c) => c.revert_all_migrations(SQLITE_MIGRATIONS).map(|v| v.len()),
    };
    ran.map_err(|e| DbError::Migration(e.to_string()))
}

/// Reverts the newest migration (a test runs it down and up again on a database full of
/// programme data, to show that its table rebuilds keep every row).
pub fn revert_last(conn: &mut DbConnection) -> Result<(), DbError> {
    let reverted = match conn {
        DbConnection::Postgres(c) => c.revert_last_migration(POSTGRES_MIGRATIONS).map(drop),
        DbConnection::Sqlite(c) => c.revert_last_migration(SQLITE_MIGRATIONS).map(drop),
    };
    reverted.map_err(|e| DbError::Migration(e.to_string()))
}

/// Runs `job` in a transaction that writes: on SQLite it starts with `BEGIN IMMEDIATE`,
/// taking the write lock first (waiting for it up to the busy timeout), so a transaction
/// that reads and then writes never fails because another connection (the email worker,
/// another request) wrote in between. On PostgreSQL, an ordinary transaction.
pub fn write_transaction<T, E, F>(conn: &mut DbConnection, job: F) -> Result<T, E>
where
    F: FnOnce(&mut DbConnection) -> Result<T, E>,
    E: From<diesel::result::Error>,
{
    use diesel::Connection;
    use diesel::connection::{AnsiTransactionManager, TransactionManager};
    let DbConnection::Sqlite(lite) = conn else {
        return conn.transaction(job);
    };
    // Nested: the outer transaction holds the lock; a savepoint is enough.
    if AnsiTransactionManager::transaction_manager_status_mut(lite)
        .transaction_depth()
        .map_err(E::from)?
        .is_some()
    {
        return conn.transaction(job);
    }
    AnsiTransactionManager::begin_transaction_sql(lite, "BEGIN IMMEDIATE")?;
    let result = job(conn);
    let DbConnection::Sqlite(lite) = conn else {
        unreachable!("the connection changed backend")
    };
    match result {
        Ok(value) => {
            AnsiTransactionManager::commit_transaction(lite)?;
            Ok(value)
        }
        Err(e) => {
            AnsiTransactionManager::rollback_transaction(lite)?;
            Err(e)
        }
    }
}

/// Runs `job`, which only reads, on one snapshot of the database, so that figures read by
/// several queries agree with each other while others write: on PostgreSQL a REPEATABLE
/// READ, READ ONLY transaction; on SQLite a deferred one (its first read fixes the
/// snapshot). Inside another transaction, a savepoint of it.
pub fn read_snapshot<T, E, F>(conn: &mut DbConnection, job: F) -> Result<T, E>
where
    F: FnOnce(&mut DbConnection) -> Result<T, E>,
    E: From<diesel::result::Error>,
{
    use diesel::connection::{AnsiTransactionManager, TransactionManager};
    use diesel::{Connection, RunQueryDsl};
    let outermost_pg = match conn {
        DbConnection::Postgres(pg) => AnsiTransactionManager::transaction_manager_status_mut(pg)
            .transaction_depth()
            .map_err(E::from)?
            .is_none(),
        DbConnection::Sqlite(_) => false,
    };
    conn.transaction(|conn| {
        if outermost_pg {
            diesel::sql_query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                .execute(conn)?;
        }
        job(conn)
    })
}

/// Which backend a connection talks to.
pub fn backend_of(conn: &DbConnection) -> Backend {
    match conn {
        DbConnection::Postgres(_) => Backend::Postgres,
        DbConnection::Sqlite(_) => Backend::Sqlite,
    }
}

/// Takes the write lock of a programme's row for the rest of the transaction (its edit
/// reads the programme's version and then writes): on PostgreSQL `FOR NO KEY UPDATE`, so
/// a second edit from another instance waits and then reads what the first stored; on
/// SQLite the transaction's `BEGIN IMMEDIATE` already holds the write lock.
pub fn lock_programme(
    conn: &mut DbConnection,
    programme_id: &ProgrammeId,
) -> diesel::QueryResult<()> {
    use diesel::RunQueryDsl;
    use diesel::sql_types::Text;
    if let DbConnection::Postgres(pg) = conn {
        diesel::sql_query("SELECT id FROM programmes WHERE id = $1 FOR NO KEY UPDATE")
            .bind::<Text, _>(programme_id)
            .execute(pg)?;
    }
    Ok(())
}

/// Takes the write lock of a cohort for the rest of the transaction: every change that
/// reads a cohort's state and then writes from it (publishing a round or a schedule,
/// numbering a round, a profile's next version) takes it first, so two such changes at
/// once, from two managers, a double click or two instances, run one after the other and
/// the second sees what the first did. On PostgreSQL a row lock (`FOR NO KEY UPDATE`,
/// which rows referring to the cohort do not wait for), and a share lock of its
/// programme, so archiving the programme waits for the write and a write after it sees
/// it; on SQLite the transaction's `BEGIN IMMEDIATE` already holds the database's one
/// write lock.
pub fn lock_cohort(conn: &mut DbConnection, cohort_id: &CohortId) -> diesel::QueryResult<()> {
    use diesel::RunQueryDsl;
    use diesel::sql_types::Text;
    if let DbConnection::Postgres(pg) = conn {
        diesel::sql_query(
            "SELECT c.id FROM cohorts c JOIN programmes p ON p.id = c.programme_id \
             WHERE c.id = $1 FOR NO KEY UPDATE OF c FOR SHARE OF p",
        )
        .bind::<Text, _>(cohort_id)
        .execute(pg)?;
    }
    Ok(())
}
