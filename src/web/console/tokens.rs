//! `/console/tokens`: a manager's API tokens: the list, a new one (shown once) and
//! revoking one.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::{Nav, enter};
use crate::auth::Manager;
use crate::blocking::{in_transaction, with_db};
use crate::db::DbPool;
use crate::db::models::user;
use crate::domain::FieldError;
use crate::web::form::{Errors, Field, SummaryItem};
use crate::web::page::{PageError, html, html_with, manager, redirect};

#[derive(Template)]
#[template(path = "console/tokens.html")]
struct TokensPage {
    nav: Nav,
    csrf: String,
    tokens: Vec<user::ApiToken>,
    created: Option<String>,
    summary: Vec<SummaryItem>,
    label: Field,
}

async fn tokens_page(
    pool: &DbPool,
    manager: &Manager,
    nav: Nav,
    csrf: String,
    created: Option<String>,
    errors: &Errors,
) -> Result<TokensPage, PageError> {
    let user_id = manager.id.clone();
    let tokens = with_db(pool, move |conn| Ok(user::tokens_of(conn, &user_id)?)).await?;
    let label = Field::new("text", "label", "What the token is for", "").errors(errors);
    Ok(TokensPage {
        nav,
        csrf,
        tokens,
        created,
        summary: errors.summary(&[&label]),
        label,
    })
}

/// `GET /console/tokens`.
pub async fn show(
    request: HttpRequest,
    pool: web::Data<DbPool>,
) -> Result<HttpResponse, PageError> {
    let (manager, csrf, nav) = enter(&request).await?;
    let page = tokens_page(
        &pool,
        &manager,
        nav,
        csrf.token.clone(),
        None,
        &Errors::default(),
    )
    .await?;
    Ok(csrf.apply(html(&page)?))
}

/// The new token form.
#[derive(Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    label: String,
}

/// `POST /console/tokens`: a new API token, shown once.
pub async fn create(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    form: web::Form<TokenForm>,
) -> Result<HttpResponse, PageError> {
    let (manager, csrf, nav) = enter(&request).await?;
    let label = form.label.trim().to_owned();
    if label.is_empty() || label.chars().count() > 120 {
        let errors = Errors(vec![FieldError {
            field: "label".to_owned(),
            message: "say what the token is for, in at most 120 characters".to_owned(),
            refusal: None,
        }]);
        let page = tokens_page(&pool, &manager, nav, csrf.token.clone(), None, &errors).await?;
        return Ok(csrf.apply(html_with(StatusCode::UNPROCESSABLE_ENTITY, &page)?));
    }
    let m = manager.clone();
    let token = in_transaction(&pool, move |conn| {
        crate::ops::users::create_token(conn, &m.id, &m.email, &label)
    })
    .await?;
    let page = tokens_page(
        &pool,
        &manager,
        nav,
        csrf.token.clone(),
        Some(token),
        &Errors::default(),
    )
    .await?;
    Ok(csrf.apply(html(&page)?))
}

/// `POST /console/tokens/{id}/revoke`.
pub async fn revoke(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let manager = manager(&request).await?;
    let id = id.into_inner();
    in_transaction(&pool, move |conn| {
        crate::ops::users::revoke_token(conn, &manager.id, &manager.email, &id)
    })
    .await?;
    Ok(redirect("/console/tokens"))
}
