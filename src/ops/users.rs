//! Adding programme managers.

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
        });
    }
    let created = user::insert(conn, &email, name, &secret::hash_password(password))?;
    audit::record(conn, actor, "create", "user", &created.id, &email)?;
    Ok(created)
}
