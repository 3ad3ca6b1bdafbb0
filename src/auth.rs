//! Who is asking: managers (password, browser session, API bearer token) and cities (the
//! token of their invitation link). Secrets are random, 256 bits, and only their SHA-256
//! is stored; passwords are argon2id hashes. Nothing here logs a secret.

use std::net::IpAddr;

use actix_web::HttpRequest;
use actix_web::cookie::{Cookie, Key, SameSite, time};

use crate::blocking::with_db;
use crate::config::SecuritySettings;
use crate::db::DbPool;
use crate::db::models::user::{self, User};
use crate::ops::Error;
pub use crate::secret::{
    DUMMY_HASH, check_password, hash_password, hash_secret, new_secret, verify_password,
};
use crate::throttle::LoginThrottle;

/// The cookie of a manager's session.
pub const SESSION_COOKIE: &str = "twinning_session";
/// The cookie the CSRF token of every form is checked against.
pub const CSRF_COOKIE: &str = "twinning_csrf";
/// The form field carrying the CSRF token.
pub const CSRF_FIELD: &str = "csrf";

/// The request-independent security state of the app: the cookie key and the login limits.
#[derive(Clone)]
pub struct Security {
    key: Key,
    /// Cookies only over HTTPS.
    pub secure_cookies: bool,
    /// Session length.
    pub session_hours: u32,
    /// Invitation validity.
    pub invitation_days: u32,
    /// Where people reach the service, without a trailing slash.
    pub public_url: String,
    /// The login limits.
    pub logins: LoginThrottle,
    /// The reverse proxies whose `X-Forwarded-For` names the client.
    pub trusted_proxies: Vec<IpAddr>,
}

impl Security {
    /// From the settings; an empty key becomes a random one for this process.
    pub fn new(settings: &SecuritySettings) -> Security {
        let key = if settings.secret_key.is_empty() {
            tracing::warn!(
                "security.secret_key is empty: a random key is used, managers log in again after a restart"
            );
            Key::generate()
        } else {
            Key::derive_from(settings.secret_key.as_bytes())
        };
        Security {
            key,
            secure_cookies: settings.secure_cookies,
            session_hours: settings.session_hours,
            invitation_days: settings.invitation_days,
            public_url: settings.public_url.trim_end_matches('/').to_owned(),
            logins: LoginThrottle::new(settings.login_attempts_per_minute),
            trusted_proxies: settings.trusted_proxies.clone(),
        }
    }

    /// The client's address, through the trusted proxies.
    pub fn client_address(&self, request: &HttpRequest) -> Option<IpAddr> {
        crate::throttle::client_address(request, &self.trusted_proxies)
    }

    /// A cookie signed with the app's key, HTTP-only, for the whole site.
    pub fn signed_cookie(
        &self,
        name: &'static str,
        value: String,
        same_site: SameSite,
    ) -> Cookie<'static> {
        let mut cookie = Cookie::build(name, value)
            .path("/")
            .http_only(true)
            .secure(self.secure_cookies)
            .same_site(same_site)
            .finish();
        let mut jar = actix_web::cookie::CookieJar::new();
        jar.signed_mut(&self.key).add(cookie.clone());
        if let Some(signed) = jar.get(name) {
            cookie.set_value(signed.value().to_owned());
        }
        cookie
    }

    /// The session cookie for a new session token.
    pub fn session_cookie(&self, token: String) -> Cookie<'static> {
        let mut cookie = self.signed_cookie(SESSION_COOKIE, token, SameSite::Lax);
        cookie.set_max_age(time::Duration::hours(self.session_hours.into()));
        cookie
    }

    /// A cookie that removes `name`.
    pub fn removal(&self, name: &'static str) -> Cookie<'static> {
        let mut cookie = Cookie::build(name, "")
            .path("/")
            .http_only(true)
            .secure(self.secure_cookies)
            .finish();
        cookie.make_removal();
        cookie
    }

    /// The value of a signed cookie of the request, if it is there and its signature holds.
    pub fn read_signed(&self, request: &HttpRequest, name: &str) -> Option<String> {
        let cookie = request.cookie(name)?;
        let mut jar = actix_web::cookie::CookieJar::new();
        jar.add_original(cookie);
        jar.signed(&self.key)
            .get(name)
            .map(|c| c.value().to_owned())
    }
}

/// A logged-in programme manager.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Manager {
    /// Id.
    pub id: String,
    /// Email, the login; what the audit log records.
    pub email: String,
    /// Name shown.
    pub name: String,
}

impl From<User> for Manager {
    fn from(u: User) -> Self {
        Manager {
            id: u.id,
            email: u.email,
            name: u.name,
        }
    }
}

fn app_state(request: &HttpRequest) -> Result<(DbPool, Security), Error> {
    Ok((
        crate::http::state::<DbPool>(request)?,
        crate::http::state::<Security>(request)?,
    ))
}

/// The manager of the request's session cookie, if it is live.
pub async fn session_manager(request: &HttpRequest) -> Result<Option<Manager>, Error> {
    let (pool, security) = app_state(request)?;
    let Some(token) = security.read_signed(request, SESSION_COOKIE) else {
        return Ok(None);
    };
    let hash = hash_secret(&token);
    with_db(&pool, move |conn| {
        Ok(user::by_session(conn, &hash)?.map(Manager::from))
    })
    .await
}

/// The secret of an `Authorization: Bearer` header.
pub fn bearer(request: &HttpRequest) -> Option<String> {
    let header = request
        .headers()
        .get(actix_web::http::header::AUTHORIZATION)?;
    let value = header.to_str().ok()?.trim();
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim().to_owned())
        .filter(|t| !t.is_empty())
}

/// The manager whose API token this is; 401 when it is unknown or revoked.
pub async fn manager_of_token(request: &HttpRequest, token: String) -> Result<Manager, Error> {
    let (pool, _) = app_state(request)?;
    let hash = hash_secret(&token);
    let found = with_db(&pool, move |conn| Ok(user::by_token(conn, &hash)?)).await?;
    found
        .map(Manager::from)
        .ok_or_else(|| Error::Unauthorized("the API token is unknown or revoked".to_owned()))
}
