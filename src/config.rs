//! Typed configuration: `config/default.toml`, then `config/<environment>.toml`, then
//! `DATABASE_URL`, then `TWINNING__SECTION__KEY` environment variables, with unknown keys
//! rejected.

use std::path::{Path, PathBuf};

use figment::Figment;
use figment::providers::{Env, Format, Toml};
use serde::Deserialize;

/// The shipped defaults, built in so the binary runs from any folder.
const DEFAULT_TOML: &str = include_str!("../config/default.toml");

/// Everything the service can be configured with.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// Where and how the HTTP server listens.
    pub server: ServerSettings,
    /// Which database, and how to connect to it.
    pub database: DatabaseSettings,
    /// Logging.
    pub log: LogSettings,
    /// Cookies, sessions, invitations, login limits.
    pub security: SecuritySettings,
    /// The example data.
    pub demo: DemoSettings,
    /// Outgoing email.
    pub mail: MailSettings,
    /// The stated cost per km of each travel mode.
    pub travel: TravelSettings,
    /// The reminders' scheduler.
    pub reminders: RemindersSettings,
    /// Personal data: who controls it, whom to write to, how long it is kept.
    pub privacy: PrivacySettings,
}

/// The stated cost per traveller and km of each travel mode the service suggests, from
/// which each visit's cost is estimated. Checked at start: finite, 0 to 100.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TravelSettings {
    /// Air, euros per traveller-km.
    pub air_eur_per_km: f64,
    /// Rail, euros per traveller-km.
    pub rail_eur_per_km: f64,
}

impl TravelSettings {
    /// The rates, or why one is not a rate.
    pub fn rates(&self) -> Result<crate::domain::costs::TravelRates, ConfigError> {
        crate::domain::costs::TravelRates::new(self.air_eur_per_km, self.rail_eur_per_km)
            .map_err(ConfigError::Invalid)
    }
}

/// Personal data (GDPR): the controller and contact the privacy notice names, and the
/// retention period after a cohort ends, after which the scheduler anonymises its data.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrivacySettings {
    /// Who controls the personal data (the programme's organisation).
    pub controller: String,
    /// Where a person writes to ask for a copy or the erasure of their data.
    pub contact: String,
    /// Days after a cohort's end date after which its personal data is anonymised.
    pub retention_days: u32,
}

/// The scheduler that sends the cohorts' reminders (`ops::reminders`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RemindersSettings {
    /// Run it in this process (several instances may: each reminder goes out once).
    pub enabled: bool,
    /// Seconds between ticks.
    pub poll_seconds: f64,
}

/// Outgoing email: who it is from, how it leaves, how the worker retries.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MailSettings {
    /// `file` (one .eml per message in `outbox_dir`) or `smtp`.
    pub transport: MailTransport,
    /// Where the file transport writes.
    pub outbox_dir: String,
    /// The From header: `Name <address>`.
    pub from: String,
    /// A Reply-To header, may be empty.
    pub reply_to: String,
    /// Run the delivery worker in this process.
    pub worker: bool,
    /// Seconds between looks at the outbox when it had nothing due.
    pub poll_seconds: f64,
    /// Messages a worker claims at a time.
    pub batch: u32,
    /// Messages sent at the same time.
    pub lanes: u32,
    /// Seconds a claim lasts: after it, another instance takes over a message whose
    /// worker stopped.
    pub claim_seconds: u64,
    /// The name this instance's claims carry, the same across its restarts (it takes
    /// them back when it starts). Empty: the host's name and the server's port.
    pub instance: String,
    /// Seconds a stopping service waits for the messages being sent; the others are
    /// given back at once.
    pub drain_seconds: u64,
    /// Attempts before a temporary failure counts as failed.
    pub max_attempts: u32,
    /// Seconds before the first retry; doubled after each failure.
    pub retry_seconds: f64,
    /// The longest wait between two attempts.
    pub retry_max_seconds: f64,
    /// The SMTP server.
    pub smtp: SmtpSettings,
}

/// How messages leave.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum MailTransport {
    /// An .eml file per message.
    File,
    /// An SMTP server.
    Smtp,
}

/// The SMTP server of a deployment.
#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmtpSettings {
    /// Host name.
    pub host: String,
    /// Port.
    pub port: u16,
    /// `starttls`, `tls` (implicit) or `plain` (a local relay only).
    pub security: SmtpSecurity,
    /// User name, empty for none.
    pub username: String,
    /// Password.
    pub password: String,
    /// Seconds to wait on the server.
    pub timeout_seconds: u64,
    /// Connections kept open.
    pub pool_size: u32,
}

/// The password must never be printed.
impl std::fmt::Debug for SmtpSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmtpSettings")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("security", &self.security)
            .field("username", &self.username)
            .field("password", &"<redacted>")
            .field("timeout_seconds", &self.timeout_seconds)
            .field("pool_size", &self.pool_size)
            .finish()
    }
}

/// How the SMTP connection is secured.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum SmtpSecurity {
    /// STARTTLS, required.
    Starttls,
    /// TLS from the first byte (port 465).
    Tls,
    /// No encryption: a relay on the same host or network.
    Plain,
}

/// The example data of `twinning demo`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoSettings {
    /// Load the example cohort and run a round on it when the database has no programme
    /// yet (the first `make run`).
    pub on_first_start: bool,
}

/// Cookies, sessions, invitations and login limits.
#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SecuritySettings {
    /// Signs the session and form cookies: at least 32 characters. Empty means a random key
    /// for this process only (sessions end when it stops); refused in production.
    pub secret_key: String,
    /// Send cookies with `Secure` (HTTPS only). Off only for plain HTTP on loopback.
    pub secure_cookies: bool,
    /// How long a manager stays logged in.
    pub session_hours: u32,
    /// How long an invitation link works.
    pub invitation_days: u32,
    /// Failed logins allowed per minute for one email address, and for one client address.
    pub login_attempts_per_minute: u32,
    /// Create a demo manager on the first start of an empty database and print its password
    /// once (for `make run`).
    pub demo_manager: bool,
    /// The address people reach the service at, for the links shown and sent.
    pub public_url: String,
    /// The addresses of the reverse proxies in front of the service: a request from one of
    /// them names its client in `X-Forwarded-For`. Empty: the TCP peer is the client.
    pub trusted_proxies: Vec<std::net::IpAddr>,
}

/// The key must never be printed.
impl std::fmt::Debug for SecuritySettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SecuritySettings")
            .field("secret_key", &"<redacted>")
            .field("secure_cookies", &self.secure_cookies)
            .field("session_hours", &self.session_hours)
            .field("invitation_days", &self.invitation_days)
            .field("login_attempts_per_minute", &self.login_attempts_per_minute)
            .field("demo_manager", &self.demo_manager)
            .field("public_url", &self.public_url)
            .field("trusted_proxies", &self.trusted_proxies)
            .finish()
    }
}

/// The HTTP server.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServerSettings {
    /// Address to bind, e.g. `127.0.0.1`.
    pub host: String,
    /// Port to bind; 0 picks a free one (the tests do).
    pub port: u16,
    /// Worker threads; 0 means one per core.
    pub workers: usize,
    /// Threads per worker that run database work off the async workers. The database work
    /// is CPU-bound: more threads than cores only add waiting.
    pub blocking_threads: usize,
}

/// The database.
#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatabaseSettings {
    /// A SQLite file path (or `sqlite://` URL) or a `postgres://` URL.
    pub url: String,
    /// Size of the connection pool.
    pub max_connections: u32,
    /// How long to wait for a connection from the pool.
    pub connect_timeout_seconds: u64,
    /// Load the reference cities into an empty database at start-up.
    pub seed_reference_data: bool,
}

/// The URL can hold a password: it is never printed.
impl std::fmt::Debug for DatabaseSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DatabaseSettings")
            .field("url", &"<redacted>")
            .field("max_connections", &self.max_connections)
            .field("connect_timeout_seconds", &self.connect_timeout_seconds)
            .field("seed_reference_data", &self.seed_reference_data)
            .finish()
    }
}

/// Logging.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogSettings {
    /// A `tracing_subscriber::EnvFilter` directive.
    pub filter: String,
    /// Output format.
    pub format: LogFormat,
}

/// How log lines look.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// Human-readable lines.
    Pretty,
    /// One JSON object per line.
    Json,
}

/// Why the configuration could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// A file or variable could not be read, or holds a wrong or unknown key.
    #[error("configuration: {0}")]
    Load(Box<figment::Error>),
    /// The values read do not go together.
    #[error("configuration: {0}")]
    Invalid(String),
}

impl Settings {
    /// Loads the configuration for `environment` from the folder `dir`, then the
    /// environment variables.
    pub fn load(dir: &Path, environment: &str) -> Result<Settings, ConfigError> {
        let environment = environment_name(environment);
        let environment = environment.as_str();
        let mut figment = Self::figment(dir, environment);
        // The conventional variable, below the service's own prefix.
        if let Ok(url) = std::env::var("DATABASE_URL") {
            figment = figment.merge(("database.url", url));
        }
        let settings: Settings = figment
            .merge(Env::prefixed("TWINNING__").split("__"))
            .extract()
            .map_err(|e| ConfigError::Load(Box::new(e)))?;
        check_secret_key(&settings.security.secret_key, is_development(environment))?;
        settings.travel.rates()?;
        // The From and Reply-To addresses are read (and refused, naming the setting) where
        // they are used, by `mail::Letterhead::new` at start-up: config stays below mail.
        if settings.mail.transport == MailTransport::Smtp && settings.mail.smtp.host.is_empty() {
            return Err(ConfigError::Invalid(
                "mail.smtp.host is empty: name the SMTP server, or set mail.transport = \"file\""
                    .to_owned(),
            ));
        }
        Ok(settings)
    }

    /// The files alone, without the environment: what the test of shipped files loads.
    pub fn figment(dir: &Path, environment: &str) -> Figment {
        Figment::new()
            .merge(Toml::string(DEFAULT_TOML))
            .merge(Toml::file(dir.join("default.toml")))
            .merge(Toml::file(dir.join(format!("{environment}.toml"))))
    }

    /// The folder of the config files: `TWINNING_CONFIG_DIR`, else `config/` in the working
    /// directory.
    pub fn default_dir() -> PathBuf {
        std::env::var_os("TWINNING_CONFIG_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from("config"))
    }

    /// The environment name: `TWINNING_ENV`, else `local`. Whatever its spelling,
    /// [`Settings::load`] reads it through [`environment_name`].
    pub fn default_environment() -> String {
        std::env::var("TWINNING_ENV").unwrap_or_else(|_| "local".to_owned())
    }
}

/// An environment's name as its file is named: trimmed, lower case, and `production` for
/// its usual short forms (`Production`, `PROD`, `prd`).
pub fn environment_name(raw: &str) -> String {
    let name = raw.trim().to_lowercase();
    match name.as_str() {
        "prod" | "prd" => "production".to_owned(),
        _ => name,
    }
}

/// Whether an environment may start with development defaults (a random key for the
/// process): only `local` and `test`. Every other name, misspelt or new, is held to
/// production's rules, so a typo never starts a deployment with a development set-up.
pub fn is_development(environment: &str) -> bool {
    matches!(environment, "local" | "test")
}

/// The key that signs cookies: at least 32 characters, and not a pattern (at least 10
/// different characters; a random key of that length has far more). Empty is allowed in
/// development only, where a random key is made for the process.
fn check_secret_key(key: &str, development: bool) -> Result<(), ConfigError> {
    let length = key.chars().count();
    if length == 0 && development {
        return Ok(());
    }
    if length < 32 {
        return Err(ConfigError::Invalid(format!(
            "security.secret_key must be at least 32 characters (it has {length}); \
             set TWINNING__SECURITY__SECRET_KEY to a random value (openssl rand -base64 48)"
        )));
    }
    let distinct = key.chars().collect::<std::collections::HashSet<_>>().len();
    if distinct < 10 {
        return Err(ConfigError::Invalid(format!(
            "security.secret_key is not random: it has only {distinct} different characters; \
             set TWINNING__SECURITY__SECRET_KEY to a random value (openssl rand -base64 48)"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn production_is_recognised_whatever_its_spelling() {
        for raw in ["production", "Production", " PROD ", "prd"] {
            assert_eq!(environment_name(raw), "production");
            assert!(!is_development(&environment_name(raw)));
        }
        // A new or misspelt name is held to production's rules too.
        assert!(!is_development(&environment_name("staging")));
        assert!(!is_development(&environment_name("locl")));
        assert!(is_development(&environment_name("Local")));
    }

    #[test]
    fn a_weak_key_is_refused_where_keys_matter() {
        assert!(check_secret_key("", true).is_ok());
        assert!(check_secret_key("", false).is_err());
        assert!(check_secret_key(&"a".repeat(40), false).is_err());
        assert!(check_secret_key(&"ab".repeat(20), true).is_err());
        assert!(check_secret_key("kX9v2Qm7pL4tR8wZ1cN6bH3jF5dS0aYe", false).is_ok());
    }
}
