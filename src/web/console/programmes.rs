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
use crate::domain::id::ProgrammeId;
use crate::ops::Error as OpsError;
use crate::ops::archive;
use crate::ops::cohorts::{self as cohort_ops, version_tag};
use crate::web::form::{Errors, Field, Meanwhile, SummaryItem};
use crate::web::page::{PageError, html, html_with, redirect};

/// The programme form as sent, new or edited.
#[derive(Deserialize)]
pub struct ProgrammeForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    description: String,
    /// The version of the programme the edit form was filled from.
    #[serde(default)]
    version: String,
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
    /// The version of the programme the form was filled from: saved only if it is still
    /// the current one.
    version: String,
    /// What someone else saved after the form was filled, when that refused the save.
    meanwhile: Option<Meanwhile>,
}

fn fields(typed: (&str, &str), errors: &Errors) -> (Field, Field) {
    (
        Field::new("text", "name", "Name", typed.0).errors(errors),
        Field::new("textarea", "description", "Description", typed.1).errors(errors),
    )
}

fn edit_page(
    nav: Nav,
    csrf: String,
    found: &programme::Programme,
    typed: (&str, &str),
    errors: &Errors,
) -> EditPage {
    let (name, description) = fields(typed, errors);
    EditPage {
        nav,
        csrf,
        id: found.id.clone().into(),
        title: found.name.clone(),
        summary: errors.summary(&[&name, &description]),
        name,
        description,
        version: version_tag(found.updated_at),
        meanwhile: None,
    }
}

/// The programme of the path, or 404; refused with the reason while it is archived.
async fn open_programme(pool: &DbPool, id: &str) -> Result<programme::Programme, PageError> {
    let id = ProgrammeId::from(id);
    Ok(with_db(pool, move |conn| {
        let found =
            programme::get(conn, &id)?.ok_or_else(|| OpsError::not_found("programme", &id))?;
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
        &found,
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
    let expected = Some(f.version.clone()).filter(|v| !v.is_empty());
    match in_transaction(&pool, move |conn| {
        cohort_ops::update_programme(
            conn,
            &ProgrammeId::from(key),
            &name,
            &description,
            expected.as_deref(),
            &actor,
        )
    })
    .await
    {
        Ok(()) => Ok(redirect("/console")),
        Err(OpsError::Stale(_)) => {
            // Someone saved it after this form was filled: show what is saved now beside
            // what was typed, keep the typed values, and carry the current version, so
            // that saving again replaces the other change knowingly.
            let now = open_programme(&pool, &id).await?;
            let typed = (f.name.as_str(), f.description.as_str());
            let mut page = edit_page(nav, csrf.token.clone(), &now, typed, &Errors::default());
            let (saved_name, saved_description) =
                fields((&now.name, &now.description), &Errors::default());
            page.meanwhile = Some(Meanwhile::between(
                "programme",
                &[&saved_name, &saved_description],
                &[&page.name, &page.description],
            ));
            Ok(csrf.apply(html_with(StatusCode::CONFLICT, &page)?))
        }
        Err(e) => {
            let errors = edit_errors(e)?;
            let found = open_programme(&pool, &id).await?;
            let mut page = edit_page(
                nav,
                csrf.token.clone(),
                &found,
                (&f.name, &f.description),
                &errors,
            );
            // Still the version the form was filled from: a correction saves only if
            // nobody else saved meanwhile.
            page.version = f.version.clone();
            Ok(csrf.apply(html_with(StatusCode::UNPROCESSABLE_ENTITY, &page)?))
        }
    }
}
