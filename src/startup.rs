//! Builds the service: database pool, migrations, reference data, HTTP server. Binding
//! port 0 picks a free port, which is how the tests start one app each.

use std::net::TcpListener;
use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{Server, Service, ServiceRequest, ServiceResponse};
use actix_web::{App, HttpServer, web};
use tracing::Span;
use tracing_actix_web::{RootSpanBuilder, TracingLogger};

use crate::auth::{self, Security};
use crate::config::Settings;
use crate::db::{self, DbPool};
use crate::domain::limits;
use crate::mail::Letterhead;
use crate::mail::worker::{Outbox, Worker};
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
    /// The mail settings do not work.
    #[error(transparent)]
    Mail(#[from] crate::mail::SettingError),
    /// A setting is wrong (a travel rate that is not one).
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),
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
    worker: Option<Worker>,
    scheduler: Option<crate::scheduler::Scheduler>,
    drain: std::time::Duration,
}

/// How the service stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stopped {
    /// The email worker finished the messages it was sending within `mail.drain_seconds`
    /// (or there was no worker).
    pub drained: bool,
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
        let security = Security::new(&settings.security);
        let head = Letterhead::new(&settings.mail, &settings.security.public_url)
            .map_err(StartupError::Mail)?;
        // Checked before anything starts: a wrong rate stops the start with its reason.
        let rates = settings.travel.rates()?;
        let worker = if settings.mail.worker {
            let mut mail = settings.mail.clone();
            if mail.instance.is_empty() {
                mail.instance = default_instance(port);
            }
            Some(
                Outbox::new(pool.clone(), &mail, head.clone())
                    .map_err(StartupError::Mail)?
                    .spawn(),
            )
        } else {
            None
        };
        let scheduler = settings.reminders.enabled.then(|| {
            let instance = if settings.mail.instance.is_empty() {
                default_instance(port)
            } else {
                settings.mail.instance.clone()
            };
            crate::scheduler::Scheduler::spawn(
                pool.clone(),
                head.clone(),
                &settings.reminders,
                &settings.privacy,
                instance,
            )
        });
        let server = serve(
            listener,
            pool.clone(),
            (security, head, rates, settings.privacy.clone()),
            &settings.server,
        )?;
        Ok(Application {
            port,
            server,
            pool,
            worker,
            scheduler,
            drain: std::time::Duration::from_secs(settings.mail.drain_seconds),
        })
    }

    /// The port it listens on.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Its database pool (the tests look inside).
    pub fn pool(&self) -> DbPool {
        self.pool.clone()
    }

    /// Serves until the process is stopped (SIGTERM, SIGINT), then stops the email
    /// worker: nothing more is claimed, the messages being sent get `mail.drain_seconds`,
    /// the others' claims are given back.
    pub async fn run_until_stopped(self) -> std::io::Result<Stopped> {
        self.server.await?;
        if let Some(scheduler) = self.scheduler {
            scheduler.stop().await;
        }
        let drained = match self.worker {
            Some(worker) => {
                let drained = worker.stop(self.drain).await;
                if !drained {
                    tracing::warn!(
                        drain_seconds = self.drain.as_secs(),
                        "emails still being sent when the service stopped: their claims run out after mail.claim_seconds"
                    );
                }
                drained
            }
            None => true,
        };
        Ok(Stopped { drained })
    }
}

/// The name of this instance's email claims when none is configured: the host's name and
/// the port, the same across restarts of one deployment.
fn default_instance(port: u16) -> String {
    let host = hostname::get()
        .ok()
        .and_then(|h| h.into_string().ok())
        .unwrap_or_else(|| "localhost".to_owned());
    format!("{host}:{port}")
}

/// Connects, runs pending migrations and loads the reference data into an empty database.
pub async fn prepare_database(settings: &Settings) -> Result<DbPool, StartupError> {
    let database = settings.database.clone();
    let demo_manager = settings.security.demo_manager;
    let demo = settings.demo.on_first_start;
    let head = Letterhead::new(&settings.mail, &settings.security.public_url)
        .map_err(StartupError::Mail)?;
    let work = move || -> Result<DbPool, StartupError> {
        let pool = db::connect(&database)?;
        let mut conn = pool.get().map_err(db::DbError::from)?;
        let ran = db::migrate(&mut conn)?;
        tracing::info!(
            migrations = ran,
            backend = db::backend_of(&conn).name(),
            "database ready"
        );
        if demo_manager {
            create_demo_manager(&mut conn)?;
        }
        if database.seed_reference_data
            && let Some(summary) = seed::load_if_empty(&mut conn)?
        {
            tracing::info!(
                cities = summary.cities_created,
                roles = summary.roles_added,
                "reference cities loaded"
            );
        }
        if demo && crate::db::models::programme::count(&mut conn).map_err(db::DbError::from)? == 0 {
            match crate::demo::run(&mut conn, &head, "demo") {
                Ok(summary) => eprintln!(
                    "\nThe example cohort is loaded and matched (twinning demo):\n{}",
                    crate::demo::summary_text(&summary)
                ),
                Err(e) => tracing::warn!(error = %e, "the example data could not be loaded"),
            }
        }
        Ok(pool)
    };
    tokio::task::spawn_blocking(work)
        .await
        .expect("database preparation panicked")
}

/// The root span of every request: method and path, with the secret of an invitation
/// link replaced, so no token reaches a log. The query string is left out for the same
/// reason.
pub struct RequestSpan;

/// The path as logged: `/invitation/<token>` becomes `/invitation/{token}`.
pub fn loggable_path(path: &str) -> String {
    match path.strip_prefix("/invitation/") {
        Some(rest) => match rest.split_once('/') {
            Some((_, tail)) => format!("/invitation/{{token}}/{tail}"),
            None => "/invitation/{token}".to_owned(),
        },
        None => path.to_owned(),
    }
}

impl RootSpanBuilder for RequestSpan {
    fn on_request_start(request: &ServiceRequest) -> Span {
        tracing::info_span!(
            "request",
            method = %request.method(),
            path = %loggable_path(request.path()),
        )
    }

    fn on_request_end<B: MessageBody>(
        _span: Span,
        _outcome: &Result<ServiceResponse<B>, actix_web::Error>,
    ) {
    }
}

/// The email of the demo manager `make run` creates.
pub const DEMO_MANAGER: &str = "manager@example.org";

/// Creates the demo manager when there is no manager at all, and prints its password once
/// on standard error (never to the log, and never into a command's JSON on standard output).
fn create_demo_manager(conn: &mut crate::db::DbConnection) -> Result<(), StartupError> {
    use crate::db::models::user;
    if user::count(conn).map_err(db::DbError::from)? > 0 {
        return Ok(());
    }
    let password = auth::new_secret();
    user::insert(
        conn,
        DEMO_MANAGER,
        "Demo manager",
        &auth::hash_password(&password),
    )
    .map_err(db::DbError::from)?;
    eprintln!(
        "\nA demo manager was created. Log in at /login with\n  email:    {DEMO_MANAGER}\n  password: {password}\nThis password is shown only this once.\n"
    );
    Ok(())
}

fn serve(
    listener: TcpListener,
    pool: DbPool,
    (security, head, rates, privacy): (
        Security,
        Letterhead,
        crate::domain::costs::TravelRates,
        crate::config::PrivacySettings,
    ),
    settings: &crate::config::ServerSettings,
) -> Result<Server, StartupError> {
    crate::web::privacy::configure(&privacy);
    let privacy = web::Data::new(privacy);
    let pool = web::Data::new(pool);
    let rates = web::Data::new(rates);
    let security = web::Data::new(security);
    let head = web::Data::new(head);
    let jobs = web::Data::new(crate::jobs::Jobs::new(pool.get_ref().clone()));
    let address = listener
        .local_addr()
        .map(|a| a.to_string())
        .unwrap_or_default();
    let https_only = security.secure_cookies;
    let mut server = HttpServer::new(move || {
        App::new()
            // Innermost: the CSRF token of every form, before any page handler.
            .wrap(actix_web::middleware::from_fn(crate::web::csrf::require))
            .wrap(crate::edge::security_headers(https_only))
            .wrap(actix_web::middleware::from_fn(crate::edge::methods))
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
            .wrap(TracingLogger::<RequestSpan>::new())
            .app_data(pool.clone())
            .app_data(security.clone())
            .app_data(head.clone())
            .app_data(jobs.clone())
            .app_data(rates.clone())
            .app_data(privacy.clone())
            .app_data(
                web::FormConfig::default()
                    .limit(limits::FORM_BODY_BYTES)
                    .error_handler(|e, _| {
                        crate::web::page::form_refused(&e, limits::FORM_BODY_BYTES)
                    }),
            )
            .app_data(web::PayloadConfig::new(limits::JSON_BODY_BYTES))
            .app_data(
                web::QueryConfig::default()
                    .error_handler(|e, _| crate::web::page::form_refused(&e, 0)),
            )
            .app_data(
                actix_multipart::form::MultipartFormConfig::default()
                    .total_limit(limits::CSV_UPLOAD_BYTES)
                    .memory_limit(limits::CSV_UPLOAD_BYTES)
                    .error_handler(|e, _| {
                        crate::web::page::form_refused(&e, limits::CSV_UPLOAD_BYTES)
                    }),
            )
            .configure(api::routes)
            .configure(crate::web::routes)
            .default_service(web::to(crate::web::not_found))
    })
    .listen(listener)
    .map_err(|source| StartupError::Bind { address, source })?;
    if settings.workers > 0 {
        server = server.workers(settings.workers);
    }
    server = server.worker_max_blocking_threads(settings.blocking_threads.max(1));
    Ok(server.run())
}
