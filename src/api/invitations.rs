//! `/api/cohorts/{id}/invitations` and `/api/invitations/{id}`: invite cities (one, many,
//! or a CSV body), see where each stands, issue a new link, revoke one. A link (with its
//! token) is in the answer that creates it and never again.

use actix_web::{HttpRequest, HttpResponse, web};
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::ApiManager;
use super::extract::{JsonBody, ResourceId};
use super::{ApiError, Problem};
use crate::auth::Security;
use crate::blocking::{in_transaction, with_db};
use crate::db::DbPool;
use crate::db::models::cohort;
use crate::db::models::invitation::{self, Invitation};
use crate::db::models::profile;
use crate::domain::id::CohortId;
use crate::domain::id::InvitationId;
use crate::domain::profile::ProfileRole;
use crate::ops::invitations::{self as ops, Invite, Issued, Issuer};
use crate::ops::profiles;

/// A city to invite.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InviteInput {
    /// City id (see `/api/cities`).
    pub city_id: String,
    /// `twin` or `host`.
    pub role: ProfileRole,
    /// Where the link goes (optional).
    #[serde(default)]
    pub email: String,
}

/// Cities to invite, all or none.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InvitationsInput {
    /// The cities.
    pub invitations: Vec<InviteInput>,
}

/// An invitation as shown.
#[derive(Debug, Serialize, ToSchema)]
pub struct InvitationView {
    /// Id.
    pub id: String,
    /// Cohort.
    pub cohort_id: String,
    /// City.
    pub city_id: String,
    /// City name.
    pub city_name: String,
    /// `twin` or `host`.
    pub role: ProfileRole,
    /// Contact email.
    pub email: String,
    /// `invited`, `draft`, `submitted` or `late`.
    pub status: String,
    /// `live`, `expired` or `revoked`.
    pub link_state: String,
    /// When the link stops working (UTC).
    #[serde(serialize_with = "crate::domain::time::utc")]
    pub expires_at: NaiveDateTime,
    /// Links issued so far.
    pub sent_count: i32,
    /// Latest profile version, if any.
    pub latest_version: Option<i32>,
    /// When the profile was last submitted (UTC).
    #[serde(serialize_with = "crate::domain::time::utc_opt")]
    pub submitted_at: Option<NaiveDateTime>,
    /// The link to send the city: only in the answer that issues it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
}

fn view(
    conn: &mut crate::db::DbConnection,
    inv: Invitation,
    city_name: String,
    link: Option<String>,
) -> Result<InvitationView, crate::ops::Error> {
    let role = inv.role;
    let versions = profile::versions(conn, &inv.city_id, &inv.cohort_id, role)?;
    let closes = cohort::get(conn, &inv.cohort_id)?
        .map(|c| c.cohort.call_closes)
        .unwrap_or(chrono::NaiveDate::MAX);
    let status = profiles::status(versions.first(), closes, profiles::today());
    Ok(InvitationView {
        link_state: if inv.revoked_at.is_some() {
            "revoked"
        } else if inv.is_live() {
            "live"
        } else {
            "expired"
        }
        .to_owned(),
        id: inv.id.into(),
        cohort_id: inv.cohort_id.into(),
        city_id: inv.city_id.into(),
        city_name,
        role: inv.role,
        email: inv.email,
        status: status.as_str().to_owned(),
        expires_at: inv.expires_at,
        sent_count: inv.sent_count,
        latest_version: versions.first().map(|v| v.version),
        submitted_at: versions.iter().find_map(|v| v.submitted_at),
        link,
    })
}

fn issued_views(
    conn: &mut crate::db::DbConnection,
    issued: Vec<Issued>,
) -> Result<Vec<InvitationView>, crate::ops::Error> {
    issued
        .into_iter()
        .map(|i| view(conn, i.invitation, i.city_name, Some(i.link)))
        .collect()
}

/// The invitations of a cohort with where each city stands.
#[utoipa::path(get, path = "/api/cohorts/{id}/invitations", tag = "invitations", security(("bearer" = [])),
    params(("id" = String, Path, description = "Cohort id")),
    responses((status = 200, body = Vec<InvitationView>), (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn list(
    _manager: ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let id = CohortId::from(id);
    let views = with_db(&pool, move |conn| {
        if cohort::get(conn, &id)?.is_none() {
            return Err(crate::ops::Error::not_found("cohort", id));
        }
        invitation::of_cohort(conn, &id)?
            .into_iter()
            .map(|(inv, name)| view(conn, inv, name, None))
            .collect::<Result<Vec<_>, _>>()
    })
    .await?;
    Ok(HttpResponse::Ok().json(views))
}

/// Invites cities to a cohort, all or none; the answer holds each city's link, once.
#[utoipa::path(post, path = "/api/cohorts/{id}/invitations", tag = "invitations", security(("bearer" = [])),
    params(("id" = String, Path, description = "Cohort id")), request_body = InvitationsInput,
    responses((status = 409, body = Problem, content_type = "application/problem+json"), (status = 201, body = Vec<InvitationView>), (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"), (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn create(
    ApiManager(manager): ApiManager,
    request: HttpRequest,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
    JsonBody(input): JsonBody<InvitationsInput>,
) -> Result<HttpResponse, ApiError> {
    let security = crate::http::state::<Security>(&request)?;
    let head = crate::http::state::<crate::mail::Letterhead>(&request)?;
    let invites: Vec<Invite> = input
        .invitations
        .into_iter()
        .map(|i| Invite {
            city_id: i.city_id.into(),
            role: i.role,
            email: i.email,
        })
        .collect();
    let views = in_transaction(&pool, move |conn| {
        let issuer = Issuer {
            actor: &manager.email,
            head: &head,
            days: security.invitation_days,
        };
        let issued = ops::invite(conn, &CohortId::from(&id), &invites, &issuer)?;
        issued_views(conn, issued)
    })
    .await?;
    Ok(HttpResponse::Created().json(views))
}

/// Invites the cities of a CSV body (`text/csv`: `city_id` or `name` and `country`,
/// `role`, optional `email`), all or none, every bad line named.
#[utoipa::path(post, path = "/api/cohorts/{id}/invitations/csv", tag = "invitations", security(("bearer" = [])),
    params(("id" = String, Path, description = "Cohort id")), request_body(content = String, content_type = "text/csv"),
    responses((status = 409, body = Problem, content_type = "application/problem+json"), (status = 201, body = Vec<InvitationView>), (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn create_csv(
    ApiManager(manager): ApiManager,
    request: HttpRequest,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    let security = crate::http::state::<Security>(&request)?;
    let head = crate::http::state::<crate::mail::Letterhead>(&request)?;
    let views = in_transaction(&pool, move |conn| {
        let issuer = Issuer {
            actor: &manager.email,
            head: &head,
            days: security.invitation_days,
        };
        let issued = ops::invite_csv(conn, &CohortId::from(&id), &body, &issuer)?;
        issued_views(conn, issued)
    })
    .await?;
    Ok(HttpResponse::Created().json(views))
}

/// One invitation.
#[utoipa::path(get, path = "/api/invitations/{id}", tag = "invitations", security(("bearer" = [])),
    params(("id" = String, Path, description = "Invitation id")),
    responses((status = 200, body = InvitationView), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn get(
    _manager: ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let found = with_db(&pool, move |conn| {
        let inv = invitation::get(conn, &InvitationId::from(&id))?
            .ok_or(crate::ops::Error::not_found("invitation", id))?;
        let name = crate::db::models::city::get(conn, &inv.city_id)?
            .map(|c| c.city.name)
            .unwrap_or_default();
        view(conn, inv, name, None)
    })
    .await?;
    Ok(HttpResponse::Ok().json(found))
}

/// Issues a new link (the old one stops working); the answer holds it, once.
#[utoipa::path(post, path = "/api/invitations/{id}/resend", tag = "invitations", security(("bearer" = [])),
    params(("id" = String, Path, description = "Invitation id")),
    responses((status = 409, body = Problem, content_type = "application/problem+json"), (status = 200, body = InvitationView), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn resend(
    ApiManager(manager): ApiManager,
    request: HttpRequest,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let security = crate::http::state::<Security>(&request)?;
    let head = crate::http::state::<crate::mail::Letterhead>(&request)?;
    let found = in_transaction(&pool, move |conn| {
        let issuer = Issuer {
            actor: &manager.email,
            head: &head,
            days: security.invitation_days,
        };
        let issued = ops::resend(conn, &InvitationId::from(&id), &issuer)?;
        issued_views(conn, vec![issued])?
            .pop()
            .ok_or_else(|| crate::ops::Error::Bug("resent invitation vanished".to_owned()))
    })
    .await?;
    Ok(HttpResponse::Ok().json(found))
}

/// Revokes an invitation's link: it answers 404 from now on.
#[utoipa::path(post, path = "/api/invitations/{id}/revoke", tag = "invitations", security(("bearer" = [])),
    params(("id" = String, Path, description = "Invitation id")),
    responses((status = 409, body = Problem, content_type = "application/problem+json"), (status = 204), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn revoke(
    ApiManager(manager): ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    in_transaction(&pool, move |conn| {
        ops::revoke(conn, &InvitationId::from(&id), &manager.email)
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
