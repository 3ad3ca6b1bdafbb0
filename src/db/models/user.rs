//! Programme managers, their browser sessions and their API tokens. Secrets are never
//! stored: sessions and tokens by the SHA-256 of their value, passwords as argon2id hashes.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::{new_id, now};
use crate::db::DbConnection;
use crate::db::schema::{api_tokens, sessions, users};

/// A manager.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable)]
#[diesel(table_name = users)]
pub struct User {
    /// Id.
    pub id: String,
    /// Login, unique.
    pub email: String,
    /// Name shown.
    pub name: String,
    /// argon2id PHC string.
    pub password_hash: String,
    /// Created.
    pub created_at: NaiveDateTime,
}

/// An API token as listed (the value itself is shown once, at creation).
#[derive(Debug, Clone, PartialEq, Queryable, Selectable)]
#[diesel(table_name = api_tokens)]
pub struct ApiToken {
    /// Id.
    pub id: String,
    /// Owner.
    pub user_id: String,
    /// What it is for.
    pub label: String,
    /// SHA-256 of the value.
    pub token_hash: String,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Revoked, if it is.
    pub revoked_at: Option<NaiveDateTime>,
}

/// Stores a new manager; the email must be free.
pub fn insert(
    conn: &mut DbConnection,
    email: &str,
    name: &str,
    password_hash: &str,
) -> QueryResult<User> {
    let user = User {
        id: new_id(),
        email: email.to_owned(),
        name: name.to_owned(),
        password_hash: password_hash.to_owned(),
        created_at: now(),
    };
    diesel::insert_into(users::table)
        .values((
            users::id.eq(&user.id),
            users::email.eq(&user.email),
            users::name.eq(&user.name),
            users::password_hash.eq(&user.password_hash),
            users::created_at.eq(user.created_at),
        ))
        .execute(conn)?;
    Ok(user)
}

/// How many managers there are.
pub fn count(conn: &mut DbConnection) -> QueryResult<i64> {
    users::table.count().get_result(conn)
}

/// The manager with this email (compared without case).
pub fn by_email(conn: &mut DbConnection, email: &str) -> QueryResult<Option<User>> {
    users::table
        .filter(users::email.eq(email.trim().to_lowercase()))
        .select(User::as_select())
        .first(conn)
        .optional()
}

/// Opens a session for `user_id` until `hours` from now.
pub fn open_session(
    conn: &mut DbConnection,
    token_hash: &str,
    user_id: &str,
    hours: u32,
) -> QueryResult<()> {
    let at = now();
    // Expired sessions of anyone go as new ones come.
    diesel::delete(sessions::table.filter(sessions::expires_at.lt(at))).execute(conn)?;
    diesel::insert_into(sessions::table)
        .values((
            sessions::token_hash.eq(token_hash),
            sessions::user_id.eq(user_id),
            sessions::created_at.eq(at),
            sessions::expires_at.eq(at + Duration::hours(hours.into())),
        ))
        .execute(conn)
        .map(drop)
}

/// The manager of a live session.
pub fn by_session(conn: &mut DbConnection, token_hash: &str) -> QueryResult<Option<User>> {
    sessions::table
        .inner_join(users::table)
        .filter(sessions::token_hash.eq(token_hash))
        .filter(sessions::expires_at.gt(now()))
        .select(User::as_select())
        .first(conn)
        .optional()
}

/// Ends a session.
pub fn close_session(conn: &mut DbConnection, token_hash: &str) -> QueryResult<()> {
    diesel::delete(sessions::table.filter(sessions::token_hash.eq(token_hash)))
        .execute(conn)
        .map(drop)
}

/// Stores a new API token of `user_id`.
pub fn add_token(
    conn: &mut DbConnection,
    user_id: &str,
    label: &str,
    token_hash: &str,
) -> QueryResult<ApiToken> {
    let token = ApiToken {
        id: new_id(),
        user_id: user_id.to_owned(),
        label: label.to_owned(),
        token_hash: token_hash.to_owned(),
        created_at: now(),
        revoked_at: None,
    };
    diesel::insert_into(api_tokens::table)
        .values((
            api_tokens::id.eq(&token.id),
            api_tokens::user_id.eq(&token.user_id),
            api_tokens::label.eq(&token.label),
            api_tokens::token_hash.eq(&token.token_hash),
            api_tokens::created_at.eq(token.created_at),
        ))
        .execute(conn)?;
    Ok(token)
}

/// The manager owning a live (not revoked) API token.
pub fn by_token(conn: &mut DbConnection, token_hash: &str) -> QueryResult<Option<User>> {
    api_tokens::table
        .inner_join(users::table)
        .filter(api_tokens::token_hash.eq(token_hash))
        .filter(api_tokens::revoked_at.is_null())
        .select(User::as_select())
        .first(conn)
        .optional()
}

/// The API tokens of a manager, newest first.
pub fn tokens_of(conn: &mut DbConnection, user_id: &str) -> QueryResult<Vec<ApiToken>> {
    api_tokens::table
        .filter(api_tokens::user_id.eq(user_id))
        .order(api_tokens::created_at.desc())
        .select(ApiToken::as_select())
        .load(conn)
}

/// Revokes a token of `user_id`; false when it has no such live token.
pub fn revoke_token(conn: &mut DbConnection, user_id: &str, id: &str) -> QueryResult<bool> {
    diesel::update(
        api_tokens::table
            .filter(api_tokens::id.eq(id))
            .filter(api_tokens::user_id.eq(user_id))
            .filter(api_tokens::revoked_at.is_null()),
    )
    .set(api_tokens::revoked_at.eq(now()))
    .execute(conn)
    .map(|n| n > 0)
}
