//! The ways blocking work runs, never on an async worker and always inside the caller's
//! tracing span: short work (diesel) on actix's blocking thread pool ([`run`],
//! [`with_db`], [`in_transaction`]), a long solve on a thread of its own
//! ([`on_own_thread`]) so it never holds a pool thread for seconds; work a manager
//! follows and can cancel goes through `jobs`. What runs there is service work, so it
//! fails with the service layer's [`Error`]; the API and the pages turn that into their
//! own answer with `?`.

use crate::db::{DbConnection, DbPool};
use crate::ops::Error;

/// Runs `job` off the async workers, keeping the current span.
pub async fn run<F, R>(job: F) -> Result<R, Error>
where
    F: FnOnce() -> R + Send + 'static,
    R: Send + 'static,
{
    let span = tracing::Span::current();
    actix_web::web::block(move || span.in_scope(job))
        .await
        .map_err(|e| Error::failed("a blocking task", e))
}

/// Runs `job` on a new thread named `name` (a matching solve can take seconds: it must
/// not hold a thread of the pool that database work waits for), keeping the span.
pub async fn on_own_thread<F, R>(name: &str, job: F) -> Result<R, Error>
where
    F: FnOnce() -> R + Send + 'static,
    R: Send + 'static,
{
    let (tx, rx) = tokio::sync::oneshot::channel();
    let span = tracing::Span::current();
    std::thread::Builder::new()
        .name(name.to_owned())
        .spawn(move || {
            let _ = tx.send(span.in_scope(job));
        })
        .map_err(|e| Error::failed(format!("starting the {name} thread"), e))?;
    rx.await
        .map_err(|_| Error::Bug(format!("the {name} thread stopped without an answer")))
}

/// Borrows a connection from the pool and runs `job` with it, off the async workers.
pub async fn with_db<F, R>(pool: &DbPool, job: F) -> Result<R, Error>
where
    F: FnOnce(&mut DbConnection) -> Result<R, Error> + Send + 'static,
    R: Send + 'static,
{
    let pool = pool.clone();
    run(move || {
        let mut conn = pool
            .get()
            .map_err(|e| Error::Unavailable(format!("no database connection: {e}")))?;
        job(&mut conn)
    })
    .await?
}

/// Like [`with_db`], inside one transaction: an error rolls back everything `job` wrote,
/// so nothing is half stored.
pub async fn in_transaction<F, R>(pool: &DbPool, job: F) -> Result<R, Error>
where
    F: FnOnce(&mut DbConnection) -> Result<R, Error> + Send + 'static,
    R: Send + 'static,
{
    with_db(pool, move |conn| crate::db::write_transaction(conn, job)).await
}
