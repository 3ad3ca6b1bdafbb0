//! Publishing a cohort's schedule from the console: a page that says how many visits
//! changed since participants were last told and how many emails go to how many people,
//! then the publish of exactly that schedule (its tag goes with the form).

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use super::{plan_page, refusal};
use crate::blocking::{in_transaction, with_db};
use crate::db::DbPool;
use crate::domain::id::CohortId;
use crate::mail::Letterhead;
use crate::ops::Error as OpsError;
use crate::ops::archive;
use crate::ops::visits::{self as ops, Preview};
use crate::web::confirm::{ConfirmPage, counted};
use crate::web::console::{Nav, enter};
use crate::web::page::{PageError, html, html_with, manager, redirect};

/// The confirmation of a publish of the schedule the preview was made from.
fn page_of(preview: &Preview, nav: Nav, csrf: String, id: &str) -> ConfirmPage {
    let emails = preview.emails.len();
    let people = preview
        .emails
        .iter()
        .map(|d| d.to.to_lowercase())
        .collect::<std::collections::HashSet<_>>()
        .len();
    let calendars = preview
        .emails
        .iter()
        .filter(|d| d.calendar.is_some())
        .count();
    let mut text = Vec::new();
    if preview.changes == 0 {
        text.push(
            "No visit changed since participants were last told: publishing records nothing and emails nobody."
                .to_owned(),
        );
    } else {
        text.push(format!(
            "{} since participants were last told; {} to {}, {} with a calendar attachment that updates their calendars.",
            counted(
                preview.changes,
                "visit changed",
                "visits changed"
            ),
            counted(emails, "email", "emails"),
            counted(people, "person", "people"),
            calendars,
        ));
        text.push(
            "Drafts become planned, and each changed visit is recorded with what participants were told. An email cannot be called back once it is sent."
                .to_owned(),
        );
    }
    if !preview.nobody_to_email.is_empty() {
        text.push(format!(
            "Nobody can be told of {}: neither city gave a contact in its profile or an address with its invitation.",
            counted(
                preview.nobody_to_email.len(),
                "changed visit",
                "changed visits"
            ),
        ));
    }
    ConfirmPage {
        nav,
        csrf,
        title: format!("Publish the schedule of {}?", preview.cohort),
        text,
        items: preview.nobody_to_email.clone(),
        hidden: vec![("schedule".to_owned(), preview.tag.clone())],
        action: format!("/console/cohorts/{id}/visits/publish"),
        button: if emails == 0 {
            "Publish the schedule".to_owned()
        } else {
            format!("Publish and send {}", counted(emails, "email", "emails"))
        },
        back: format!("/console/cohorts/{id}/visits/preview"),
        date: None,
    }
}

/// The preview of a publish now; refused with the reason while the cohort is archived.
async fn preview_of(
    pool: &DbPool,
    head: web::Data<Letterhead>,
    id: &str,
) -> Result<Preview, PageError> {
    let id = id.to_owned();
    Ok(with_db(pool, move |conn| {
        let preview = ops::preview(conn, &CohortId::from(&id), &head)?;
        archive::check_open(conn, &CohortId::from(&id))?;
        Ok(preview)
    })
    .await?)
}

/// `GET /console/cohorts/{id}/visits/publish`: what publishing the schedule now would
/// change and send, and the button.
pub async fn confirm(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    head: web::Data<Letterhead>,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (_, csrf, nav) = enter(&request).await?;
    let id = id.into_inner();
    let preview = preview_of(&pool, head, &id).await?;
    let page = page_of(&preview, nav, csrf.token.clone(), &id);
    Ok(csrf.apply(html(&page)?))
}

/// The publish form: its CSRF token and, from the confirmation page, the tag of the
/// schedule the manager confirmed.
#[derive(Deserialize)]
pub struct PublishForm {
    #[serde(default)]
    schedule: Option<String>,
}

/// `POST /console/cohorts/{id}/visits/publish`: publishes; with a schedule tag, only the
/// schedule the manager confirmed (else the confirmation again, with what changed).
pub async fn publish(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    head: web::Data<Letterhead>,
    id: web::Path<String>,
    form: web::Form<PublishForm>,
) -> Result<HttpResponse, PageError> {
    let manager = manager(&request).await?;
    let id = id.into_inner();
    let (cohort, letterhead) = (id.clone(), head.clone());
    let expected = form.into_inner().schedule.filter(|t| !t.is_empty());
    match in_transaction(&pool, move |conn| {
        ops::expect_schedule(conn, &CohortId::from(&cohort), expected.as_deref())?;
        ops::publish(conn, &CohortId::from(&cohort), &letterhead, &manager.email)
    })
    .await
    {
        Ok(published) => Ok(redirect(&format!(
            "/console/cohorts/{id}/visits?published={}&emails={}",
            published.changes.len(),
            published.emails
        ))),
        Err(OpsError::Stale(_)) => {
            let (_, csrf, nav) = enter(&request).await?;
            let preview = preview_of(&pool, head, &id).await?;
            let mut page = page_of(&preview, nav, csrf.token.clone(), &id);
            page.text.insert(
                0,
                "The schedule changed since that page was shown (a visit moved, was planned or published): nothing was sent. This is what publishing does now."
                    .to_owned(),
            );
            Ok(csrf.apply(html_with(StatusCode::PRECONDITION_FAILED, &page)?))
        }
        Err(e) => plan_page(&request, &pool, id, None, Some(refusal(e)?)).await,
    }
}
