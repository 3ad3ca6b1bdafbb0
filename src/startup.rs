//! Builds the service: database pool, migrations, reference data, HTTP server. Binding
//! port 0 picks a free port, which is how the tests start one app each.

use std::net::TcpListener;
use std::time::Instant;

use actix_web::dev::{Server, Service};
use actix_web::{App, HttpServer, web};
use tracing_actix_web::TracingLogger;

use crate::config::Settings;
use crate::db::{self, DbPool};
use crate::{api, seed};

/// Why the service could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    /// The database could not be reached or migrated.
    #[error(transparent)]
    Database(#[from] db::DbError),
    /// The reference data could not be loaded.
    #[error("loading the reference cities: {0}")]
    Seed(#[from] crate::transfer::cities::ImportError),
    /// The address could not be bound.
    #[error("binding {address}: {source}")]
    Bind {
        /// The address.
        address: String,
        /// Why.
        source: std::io::Error,
    },
}

/// A built service, bound and ready to run.
pub struct Application {
    port: u16,
    server: Server,
    pool: DbPool,
}

impl Application {
    /// Connects, migrates, seeds an empty database if configured, and binds.
    pub async fn build(settings: &Settings) -> Result<Application, StartupError> {
        let pool = prepare_database(settings).await?;
        let address = format!("{}:{}", settings.server.host, settings.server.port);
        let listener = TcpListener::bind(&address).map_err(|source| StartupError::Bind {
            address: address.clone(),
            source,
        })?;
        let port = listener
            .local_addr()
            .map_err(|source| StartupError::Bind { address, source })?
            .port();
        let server = serve(listener, pool.clone(), settings.server.workers)?;
        Ok(Application { port, server, pool })
    }

    /// The port it listens on.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Its database pool (the tests look inside).
    pub fn pool(&self) -> DbPool {
        self.pool.clone()
    }

    /// Serves until the process is stopped.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}

/// Connects, runs pending migrations and loads the reference data into an empty database.
pub async fn prepare_database(settings: &Settings) -> Result<DbPool, StartupError> {
    let database = settings.database.clone();
    let work = move || -> Result<DbPool, StartupError> {
        let pool = db::connect(&database)?;
        let mut conn = pool.get().map_err(db::DbError::from)?;
        let ran = db::migrate(&mut conn)?;
        tracing::info!(
            migrations = ran,
            backend = db::backend_of(&conn).name(),
            "database ready"
        );
        if database.seed_reference_data
            && let Some(summary) = seed::load_if_empty(&mut conn)?
        {
            tracing::info!(
                cities = summary.cities_created,
                roles = summary.roles_added,
                "reference cities loaded"
            );
        }
        Ok(pool)
    };
    tokio::task::spawn_blocking(work)
        .await
        .expect("database preparation panicked")
}

fn serve(listener: TcpListener, pool: DbPool, workers: usize) -> Result<Server, StartupError> {
    let pool = web::Data::new(pool);
    let address = listener
        .local_addr()
        .map(|a| a.to_string())
        .unwrap_or_default();
    let mut server = HttpServer::new(move || {
        App::new()
            .wrap_fn(|req, srv| {
                let started = Instant::now();
                let call = srv.call(req);
                async move {
                    let res = call.await?;
                    tracing::info!(
                        status = res.status().as_u16(),
                        duration_ms = started.elapsed().as_secs_f64() * 1e3,
                        "request"
                    );
                    Ok(res)
                }
            })
            .wrap(TracingLogger::default())
            .app_data(pool.clone())
            .configure(api::routes)
            .configure(crate::web::routes)
            .default_service(web::to(crate::web::not_found))
    })
    .listen(listener)
    .map_err(|source| StartupError::Bind { address, source })?;
    if workers > 0 {
        server = server.workers(workers);
    }
    Ok(server.run())
}
