//! `/console/cohorts/{id}/invitations` and `/console/invitations/{id}`: inviting cities
//! one by one or from a CSV file, a new link for one, and revoking one (after a page that
//! says what revoking does).

use actix_multipart::form::MultipartForm;
use actix_multipart::form::bytes::Bytes as FileBytes;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use super::cohorts::{CohortExtras, cohort_page};
use super::{Nav, enter, form_errors};
use crate::auth;
use crate::blocking::{in_transaction, with_db};
use crate::db::DbPool;
use crate::db::models::{city, invitation};
use crate::domain::Invalid;
use crate::domain::id::CityId;
use crate::domain::id::CohortId;
use crate::domain::id::InvitationId;
use crate::domain::profile::ProfileRole;
use crate::ops::Error as OpsError;
use crate::ops::archive;
use crate::ops::invitations::{self as invite_ops, Invite, Issuer};
use crate::web::confirm::ConfirmPage;
use crate::web::page::{Csrf, PageError, html, html_with, manager, redirect, security};

/// The single invitation form.
#[derive(Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    city_id: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    email: String,
}

fn issuer<'a>(
    security: &'a auth::Security,
    head: &'a crate::mail::Letterhead,
    actor: &'a str,
) -> Issuer<'a> {
    Issuer {
        actor,
        head,
        days: security.invitation_days,
    }
}

/// `POST /console/cohorts/{id}/invitations`.
pub async fn invite(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
    form: web::Form<InviteForm>,
) -> Result<HttpResponse, PageError> {
    let (manager, csrf, nav) = enter(&request).await?;
    let security = security(&request)?;
    let head = crate::http::state::<crate::mail::Letterhead>(&request)?;
    let id = id.into_inner();
    let f = form.into_inner();
    let result = match f.role.parse::<ProfileRole>() {
        Err(e) => Err(OpsError::Invalid(Invalid::field("role", e))),
        Ok(role) => {
            let (cohort_id, invite) = (
                id.clone(),
                Invite {
                    city_id: CityId::from(&f.city_id),
                    role,
                    email: f.email.clone(),
                },
            );
            let (security, actor) = (security.clone(), manager.email.clone());
            in_transaction(&pool, move |conn| {
                invite_ops::invite(
                    conn,
                    &CohortId::from(cohort_id),
                    &[invite],
                    &issuer(&security, &head, &actor),
                )
            })
            .await
        }
    };
    let extras = match result {
        Ok(issued) => CohortExtras {
            notice: Some(
                "Invitation created. Send the city its link: it is shown only now.".to_owned(),
            ),
            issued,
            ..CohortExtras::default()
        },
        Err(e) => CohortExtras {
            errors: form_errors(e)?,
            typed: (f.city_id, f.role, f.email),
            ..CohortExtras::default()
        },
    };
    answer_invitation(&pool, nav, &csrf, id, extras).await
}

/// The cohort page after an invitation form: 422 when something was refused.
async fn answer_invitation(
    pool: &DbPool,
    nav: Nav,
    csrf: &Csrf,
    id: String,
    extras: CohortExtras,
) -> Result<HttpResponse, PageError> {
    let status = if extras.errors.is_empty() && extras.csv_errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = cohort_page(pool, nav, csrf.token.clone(), id, extras).await?;
    Ok(csrf.apply(html_with(status, &page)?))
}

/// The CSV upload form.
#[derive(MultipartForm)]
pub struct CsvUpload {
    file: FileBytes,
}

/// `POST /console/cohorts/{id}/invitations/csv`: all or none, every bad line named.
pub async fn invite_csv(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
    MultipartForm(upload): MultipartForm<CsvUpload>,
) -> Result<HttpResponse, PageError> {
    let (manager, csrf, nav) = enter(&request).await?;
    let security = security(&request)?;
    let head = crate::http::state::<crate::mail::Letterhead>(&request)?;
    let id = id.into_inner();
    let data = upload.file.data.to_vec();
    let (cohort_id, actor) = (id.clone(), manager.email.clone());
    let result = in_transaction(&pool, move |conn| {
        invite_ops::invite_csv(
            conn,
            &CohortId::from(cohort_id),
            &data,
            &issuer(&security, &head, &actor),
        )
    })
    .await;
    let extras = match result {
        Ok(issued) => CohortExtras {
            notice: Some(format!(
                "{} invitations created from the file. Send each city its link: they are shown only now.",
                issued.len()
            )),
            issued,
            ..CohortExtras::default()
        },
        Err(e) => CohortExtras {
            csv_errors: form_errors(e)?.0.into_iter().map(|e| e.message).collect(),
            notice: Some("Nothing was imported: fix the file and upload it again.".to_owned()),
            ..CohortExtras::default()
        },
    };
    answer_invitation(&pool, nav, &csrf, id, extras).await
}

/// `POST /console/invitations/{id}/resend`: a new link, the old one stops working.
pub async fn resend(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (manager, csrf, nav) = enter(&request).await?;
    let security = security(&request)?;
    let head = crate::http::state::<crate::mail::Letterhead>(&request)?;
    let id = id.into_inner();
    let actor = manager.email.clone();
    let issued = in_transaction(&pool, move |conn| {
        invite_ops::resend(
            conn,
            &InvitationId::from(&id),
            &issuer(&security, &head, &actor),
        )
    })
    .await?;
    let cohort_id = issued.invitation.cohort_id.clone();
    let extras = CohortExtras {
        notice: Some(format!(
            "A new link for {} is ready; the old one no longer works.",
            issued.city_name
        )),
        issued: vec![issued],
        ..CohortExtras::default()
    };
    let page = cohort_page(&pool, nav, csrf.token.clone(), cohort_id.into(), extras).await?;
    Ok(csrf.apply(html(&page)?))
}

/// `GET /console/invitations/{id}/revoke`: whose link stops working, that nobody is
/// emailed, and the button; refused with the reason while the cohort is archived.
pub async fn confirm_revoke(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (_, csrf, nav) = enter(&request).await?;
    let id = id.into_inner();
    let key = id.clone();
    let (inv, name) = with_db(&pool, move |conn| {
        let inv = invitation::get(conn, &InvitationId::from(&key))?
            .ok_or(OpsError::not_found("invitation", key.clone()))?;
        archive::check_open(conn, &inv.cohort_id)?;
        let name = city::get(conn, &inv.city_id)?
            .map(|c| c.city.name)
            .unwrap_or_else(|| inv.city_id.to_string());
        Ok((inv, name))
    })
    .await?;
    let role = match inv.role {
        ProfileRole::Host => "host",
        ProfileRole::Twin => "Twin",
    };
    let mut text = vec![if inv.is_live() {
        format!("{name}'s link (as {role}) stops working at once; nobody is emailed.")
    } else {
        format!(
            "{name}'s link (as {role}) does not work already; revoking it again changes nothing and nobody is emailed."
        )
    }];
    text.push(format!(
        "{name}'s profile, proposals and visits stay as they are. \"New link\" on the cohort's page gives it a working link again."
    ));
    let page = ConfirmPage {
        nav,
        csrf: csrf.token.clone(),
        title: format!("Revoke {name}'s link?"),
        text,
        items: Vec::new(),
        hidden: Vec::new(),
        action: format!("/console/invitations/{id}/revoke"),
        button: format!("Revoke {name}'s link"),
        back: format!("/console/cohorts/{}", inv.cohort_id),
        date: None,
    };
    Ok(csrf.apply(html(&page)?))
}

/// `POST /console/invitations/{id}/revoke`.
pub async fn revoke(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let manager = manager(&request).await?;
    let id = id.into_inner();
    let cohort_id = in_transaction(&pool, move |conn| {
        let inv = invitation::get(conn, &InvitationId::from(&id))?
            .ok_or(OpsError::not_found("invitation", id.clone()))?;
        invite_ops::revoke(conn, &InvitationId::from(&id), &manager.email)?;
        Ok(inv.cohort_id)
    })
    .await?;
    Ok(redirect(&format!("/console/cohorts/{cohort_id}")))
}
