//! Programme managers: adding one, logging in (a session), API tokens.

use super::Error;
use crate::db::DbConnection;
use crate::db::models::{audit, user};
use crate::domain::invalid::Checks;
use crate::domain::profile::is_email;
use crate::secret;

/// Stores a new manager with an argon2id hash of `password`; the email must be free.
pub fn add(
    conn: &mut DbConnection,
    email: &str,
    name: &str,
    password: &str,
    actor: &str,
) -> Result<user::User, Error> {
    let email = email.trim().to_lowercase();
    let name = name.trim();
    let mut checks = Checks::new();
    checks.ensure(
        is_email(&email),
        "email",
        format!("\"{email}\" is not an email address"),
    );
    checks.ensure(
        !name.is_empty() && name.chars().count() <= 120,
        "name",
        "give a name of 1 to 120 characters",
    );
    if let Err(why) = secret::check_password(password) {
        checks.ensure(false, "password", why);
    }
    checks.finish(|| ())?;
    if user::by_email(conn, &email)?.is_some() {
        return Err(Error::Conflict {
            field: Some("email".to_owned()),
            detail: format!("a manager with the email {email} exists already"),
            refusal: None,
        });
    }
    let created = user::insert(conn, &email, name, &secret::hash_password(password))?;
    audit::record(conn, actor, "create", "user", &created.id, &email)?;
    Ok(created)
}

/// Opens a session for the manager with this email and password; returns the session's
/// secret (for its cookie), or `None` for a wrong email or password, after the same work
/// either way, so timing does not tell which emails exist.
pub fn log_in(
    conn: &mut DbConnection,
    email: &str,
    password: &str,
    hours: u32,
) -> Result<Option<String>, Error> {
    let Some(found) = user::by_email(conn, email)? else {
        secret::verify_password(password, &secret::DUMMY_HASH);
        return Ok(None);
    };
    if !secret::verify_password(password, &found.password_hash) {
        return Ok(None);
    }
    let token = secret::new_secret();
    user::open_session(conn, &secret::hash_secret(&token), &found.id, hours)?;
    audit::record(conn, &found.email, "login", "user", &found.id, "")?;
    Ok(Some(token))
}

/// A new API token of a manager, labelled; returns the token, shown once.
pub fn create_token(
    conn: &mut DbConnection,
    manager_id: &str,
    actor: &str,
    label: &str,
) -> Result<String, Error> {
    let token = secret::new_secret();
    let t = user::add_token(conn, manager_id, label, &secret::hash_secret(&token))?;
    audit::record(conn, actor, "create", "api_token", &t.id, label)?;
    Ok(token)
}

/// Revokes one of the manager's own API tokens.
pub fn revoke_token(
    conn: &mut DbConnection,
    manager_id: &str,
    actor: &str,
    id: &str,
) -> Result<(), Error> {
    if !user::revoke_token(conn, manager_id, id)? {
        return Err(Error::not_found("API token", id));
    }
    audit::record(conn, actor, "revoke", "api_token", id, "")?;
    Ok(())
}
