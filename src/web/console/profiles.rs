//! A city's profile in the console: every version with its audit trail, a manager's
//! correction (a new version), and the export of a cohort's profiles as CSV.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use super::{Nav, enter, form_errors};
use crate::blocking::{in_transaction, with_db};
use crate::db::DbPool;
use crate::db::models::audit::{self, AuditEntry};
use crate::db::models::invitation;
use crate::db::models::profile::{self as profile_model, ProfileRow};
use crate::domain::id::CohortId;
use crate::domain::id::InvitationId;
use crate::domain::profile::ProfileForm;
use crate::ops::Error as OpsError;
use crate::ops::profiles;
use crate::web::form::Errors;
use crate::web::page::{PageError, html, html_with, manager};
use crate::web::profile_form::ProfileFormView;

/// `GET /console/cohorts/{id}/profiles.csv`.
pub async fn export(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    manager(&request).await?;
    let id = id.into_inner();
    let file = id.clone();
    let data = with_db(&pool, move |conn| {
        profiles::export_csv(conn, &CohortId::from(id))
    })
    .await?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"profiles-{file}.csv\""),
        ))
        .insert_header(("Cache-Control", "no-store"))
        .body(data))
}

#[derive(Template)]
#[template(path = "console/profile.html")]
struct ProfilePage {
    /// The words of the shared profile form (English: the console's language).
    t: crate::i18n::Tr,
    nav: Nav,
    csrf: String,
    invitation_id: String,
    cohort_id: String,
    cohort: String,
    city: String,
    role: String,
    status: &'static str,
    example: bool,
    versions: Vec<ProfileRow>,
    audit: Vec<AuditEntry>,
    notice: Option<String>,
    form: ProfileFormView,
}

async fn profile_page(
    pool: &DbPool,
    nav: Nav,
    csrf: String,
    id: String,
    typed: Option<ProfileForm>,
    errors: Errors,
    notice: Option<String>,
) -> Result<ProfilePage, PageError> {
    let (ctx, versions, audit) = with_db(pool, move |conn| {
        let inv = invitation::get(conn, &InvitationId::from(&id))?
            .ok_or(OpsError::not_found("invitation", id.clone()))?;
        let ctx = profiles::context(conn, inv)?;
        let versions = profile_model::versions(
            conn,
            &ctx.invitation.city_id,
            &ctx.invitation.cohort_id,
            ctx.role,
        )?;
        let mut trail = Vec::new();
        for v in &versions {
            trail.extend(audit::for_entity(conn, "profile", &v.id)?);
        }
        trail.extend(audit::for_entity(conn, "invitation", &id)?);
        trail.sort_by_key(|a| std::cmp::Reverse(a.at));
        Ok((ctx, versions, trail))
    })
    .await?;
    let form = typed.unwrap_or_else(|| {
        ctx.latest
            .as_ref()
            .map(|l| ProfileForm::from(&l.profile))
            .unwrap_or_default()
    });
    let page = ProfilePage {
        nav,
        csrf,
        invitation_id: ctx.invitation.id.clone().into(),
        cohort_id: ctx.invitation.cohort_id.clone().into(),
        cohort: ctx.cohort.cohort.name.clone(),
        city: ctx.city_name.clone(),
        role: ctx.role.as_str().to_owned(),
        status: ctx.status().as_str(),
        example: ctx.latest.as_ref().is_some_and(|l| l.row.is_example),
        versions,
        audit,
        notice,
        form: ProfileFormView::new(&ctx, &form, &errors, &crate::i18n::Tr::english()),
        t: crate::i18n::Tr::english(),
    };
    Ok(page)
}

/// `GET /console/invitations/{id}/profile`.
pub async fn show(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (_, csrf, nav) = enter(&request).await?;
    let page = profile_page(
        &pool,
        nav,
        csrf.token.clone(),
        id.into_inner(),
        None,
        Errors::default(),
        None,
    )
    .await?;
    Ok(csrf.apply(html(&page)?))
}

/// `POST /console/invitations/{id}/profile`: a manager's correction, a new version.
pub async fn correct(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let pairs: Vec<(String, String)> = form_urlencoded::parse(&body).into_owned().collect();
    let (manager, csrf, nav) = enter(&request).await?;
    let id = id.into_inner();
    let form = ProfileForm::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let ctx = {
        let id = id.clone();
        with_db(&pool, move |conn| {
            let inv = invitation::get(conn, &InvitationId::from(&id))?
                .ok_or(OpsError::not_found("invitation", id.clone()))?;
            profiles::context(conn, inv)
        })
        .await?
    };
    let result = {
        let (form, actor) = (form.clone(), manager.email.clone());
        in_transaction(&pool, move |conn| {
            profiles::save_as_manager(conn, &ctx, &form, &actor)
        })
        .await
    };
    match result {
        Ok(row) => {
            let page = profile_page(
                &pool,
                nav,
                csrf.token.clone(),
                id,
                None,
                Errors::default(),
                Some(format!("Saved as version {}.", row.version)),
            )
            .await?;
            Ok(csrf.apply(html(&page)?))
        }
        Err(e) => {
            let errors = form_errors(e)?;
            let page =
                profile_page(&pool, nav, csrf.token.clone(), id, Some(form), errors, None).await?;
            Ok(csrf.apply(html_with(StatusCode::UNPROCESSABLE_ENTITY, &page)?))
        }
    }
}
