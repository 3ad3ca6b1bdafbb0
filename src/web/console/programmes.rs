//! `/console/programmes`: creating a programme (its form is on the console's home page)
//! and editing one's name and description, refused with the reason while it is archived.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::{Nav, edit_errors, enter, form_errors, home_page};
use crate::blocking::{in_transaction, with_db};
use crate::db::DbPool;
use crate::db::models::programme;
use crate::ops::Error as OpsError;
use crate::ops::archive;
use crate::ops::cohorts as cohort_ops;
use crate::web::form::{Errors, Field, SummaryItem};
use crate::web::page::{PageError, html, html_with, redirect};

/// The programme form as sent, new or edited.
#[derive(Deserialize)]
pub struct ProgrammeForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    description: String,
}

/// `POST /console/programmes`.
pub async fn create(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    form: web::Form<ProgrammeForm>,
) -> Result<HttpResponse, PageError> {
    let (manager, csrf, nav) = enter(&request).await?;
    let f = form.into_inner();
    let (name, description, actor) = (f.name.clone(), f.description.clone(), manager.email);
    match in_transaction(&pool, move |conn| {
        cohort_ops::create_programme(conn, &name, &description, &actor)
    })
    .await
    {
        Ok(_) => Ok(redirect("/console")),
        Err(e) => {
            let errors = form_errors(e)?;
            let page = home_page(
                &pool,
                nav,
                csrf.token.clone(),
                (&f.name, &f.description),
                &errors,
            )
            .await?;
            Ok(csrf.apply(html_with(StatusCode::UNPROCESSABLE_ENTITY, &page)?))
        }
    }
}

#[derive(Template)]
#[template(path = "console/programme_edit.html")]
struct EditPage {
    nav: Nav,
    csrf: String,
    id: String,
    title: String,
    summary: Vec<SummaryItem>,
    name: Field,
    description: Field,
}

fn edit_page(
    nav: Nav,
    csrf: String,
    id: String,
    title: String,
    typed: (&str, &str),
    errors: &Errors,
) -> EditPage {
    let name = Field::new("text", "name", "Name", typed.0).errors(errors);
    let description = Field::new("textarea", "description", "Description", typed.1).errors(errors);
    EditPage {
        nav,
        csrf,
        id,
        title,
        summary: errors.summary(&[&name, &description]),
        name,
        description,
    }
}

/// The programme of the path, or 404; refused with the reason while it is archived.
async fn open_programme(pool: &DbPool, id: &str) -> Result<programme::Programme, PageError> {
    let id = id.to_owned();
    Ok(with_db(pool, move |conn| {
        let found = programme::get(conn, &id)?
            .ok_or_else(|| OpsError::not_found("programme", id.clone()))?;
        archive::ensure_programme_open(conn, &id)?;
        Ok(found)
    })
    .await?)
}

/// `GET /console/programmes/{id}/edit`: its name and description, to change.
pub async fn edit(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (_, csrf, nav) = enter(&request).await?;
    let id = id.into_inner();
    let found = open_programme(&pool, &id).await?;
    let page = edit_page(
        nav,
        csrf.token.clone(),
        id,
        found.name.clone(),
        (&found.name, &found.description),
        &Errors::default(),
    );
    Ok(csrf.apply(html(&page)?))
}

/// `POST /console/programmes/{id}/edit`: saves, or shows the form again with what is wrong.
pub async fn update(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
    form: web::Form<ProgrammeForm>,
) -> Result<HttpResponse, PageError> {
    let (manager, csrf, nav) = enter(&request).await?;
    let id = id.into_inner();
    let f = form.into_inner();
    let (key, name, description, actor) = (
        id.clone(),
        f.name.clone(),
        f.description.clone(),
        manager.email,
    );
    match in_transaction(&pool, move |conn| {
        cohort_ops::update_programme(conn, &key, &name, &description, &actor)
    })
    .await
    {
        Ok(()) => Ok(redirect("/console")),
        Err(e) => {
            let errors = edit_errors(e)?;
            let title = open_programme(&pool, &id).await?.name;
            let page = edit_page(
                nav,
                csrf.token.clone(),
                id,
                title,
                (&f.name, &f.description),
                &errors,
            );
            Ok(csrf.apply(html_with(StatusCode::UNPROCESSABLE_ENTITY, &page)?))
        }
    }
}
