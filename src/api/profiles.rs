//! Profiles in the API: managers read and correct any profile of a cohort; a city reads
//! and saves its own at `/api/city/profile` with its invitation token as the bearer token.

use actix_web::{HttpRequest, HttpResponse, web};
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::ApiManager;
use super::extract::{JsonBody, ResourceId};
use super::precondition::{etag, if_match};
use super::{ApiError, Problem};
use crate::auth::bearer;
use crate::blocking::{in_transaction, with_db};
use crate::db::DbPool;
use crate::db::models::invitation;
use crate::db::models::profile::{self, StoredProfile};
use crate::domain::id::CohortId;
use crate::domain::id::InvitationId;
use crate::domain::id::ProposalId;
use crate::domain::profile::{
    ContactFields, PeriodFields, Profile, ProfileForm, ProfileRole, ThemeFields,
};
use crate::ops::profiles::profile_tag;
use crate::ops::profiles::{self as ops, Context, Intent};

/// A need or strength as sent and shown.
#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ThemeInput {
    /// Emission domain id (`energy`, `buildings`, `mobility`, `waste`, `nature`, `industry`).
    pub domain: String,
    /// Lever of change id (`governance`, `finance`, `technology`, `social-innovation`,
    /// `participation`, `data`, `learning`).
    pub lever: String,
    /// 1 (most important) to 3.
    #[schema(minimum = 1, maximum = 3)]
    pub priority: i64,
    /// A short text.
    #[serde(default)]
    #[schema(max_length = 500)]
    pub description: String,
}

/// A profile as sent and shown.
#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields, default)]
pub struct ProfileInput {
    /// Organisation.
    #[schema(max_length = 200)]
    pub organisation: String,
    /// Inhabitants.
    #[schema(minimum = 1, maximum = 100000000)]
    pub population: Option<i64>,
    /// ISO 639-1 codes.
    #[schema(max_items = 10)]
    pub languages: Vec<String>,
    /// By the sea.
    pub coastal: Option<bool>,
    /// `mediterranean`, `oceanic`, `continental`, `nordic`, `alpine` or `arid`.
    pub climate_zone: Option<String>,
    /// Twins a host takes, 1 to 10 (hosts only).
    #[schema(minimum = 1, maximum = 10)]
    pub capacity: Option<i64>,
    /// People in a delegation, 1 to 30.
    #[schema(minimum = 1, maximum = 30)]
    pub delegation_size: Option<i64>,
    /// Participants.
    #[schema(max_items = 20)]
    pub contacts: Vec<ContactFields>,
    /// Needs (Twin) or strengths (host).
    #[schema(max_items = 42)]
    pub themes: Vec<ThemeInput>,
    /// Host ids of the cohort, best first (Twins only).
    #[schema(max_items = 5)]
    pub interests: Vec<String>,
    /// When the city cannot travel or host.
    #[schema(max_items = 30)]
    pub unavailable: Vec<PeriodFields>,
}

impl From<&ProfileInput> for ProfileForm {
    fn from(p: &ProfileInput) -> Self {
        let opt = |v: Option<i64>| v.map(|n| n.to_string()).unwrap_or_default();
        ProfileForm {
            organisation: p.organisation.clone(),
            population: opt(p.population),
            languages: p.languages.join(","),
            coastal: match p.coastal {
                Some(true) => "yes".to_owned(),
                Some(false) => "no".to_owned(),
                None => String::new(),
            },
            climate_zone: p.climate_zone.clone().unwrap_or_default(),
            capacity: opt(p.capacity),
            delegation_size: opt(p.delegation_size),
            contacts: p.contacts.clone(),
            themes: p
                .themes
                .iter()
                .map(|t| ThemeFields {
                    domain: t.domain.clone(),
                    lever: t.lever.clone(),
                    priority: t.priority.to_string(),
                    description: t.description.clone(),
                })
                .collect(),
            interests: p.interests.clone(),
            unavailable: p.unavailable.clone(),
        }
    }
}

impl From<&Profile> for ProfileInput {
    fn from(p: &Profile) -> Self {
        let form = ProfileForm::from(p);
        ProfileInput {
            organisation: p.organisation.clone(),
            population: p.population.map(i64::from),
            languages: p.languages.clone(),
            coastal: p.coastal,
            climate_zone: p.climate_zone.clone(),
            capacity: p.capacity.map(i64::from),
            delegation_size: p.delegation_size.map(i64::from),
            contacts: form.contacts,
            themes: p
                .themes
                .iter()
                .map(|t| ThemeInput {
                    domain: t.domain.clone(),
                    lever: t.lever.clone(),
                    priority: t.priority.into(),
                    description: t.description.clone(),
                })
                .collect(),
            interests: p.interests.clone(),
            unavailable: form.unavailable,
        }
    }
}

/// A city's save: the profile, and whether to submit it.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CitySave {
    /// The profile.
    pub profile: ProfileInput,
    /// Submit (else keep as a draft). Once submitted, every save is a submission.
    #[serde(default)]
    pub submit: bool,
}

/// A profile version as shown.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProfileView {
    /// Version id.
    pub id: String,
    /// City.
    pub city_id: String,
    /// Cohort.
    pub cohort_id: String,
    /// `twin` or `host`.
    pub role: ProfileRole,
    /// 1, 2, ...
    pub version: i32,
    /// `draft` or `submitted`.
    pub status: crate::domain::state::ProfileStatus,
    /// When this version was written (UTC).
    #[serde(serialize_with = "crate::domain::time::utc")]
    pub saved_at: NaiveDateTime,
    /// When it was submitted (UTC).
    #[serde(serialize_with = "crate::domain::time::utc_opt")]
    pub submitted_at: Option<NaiveDateTime>,
    /// `city:<id>` or a manager's email.
    pub saved_by: String,
    /// What it says.
    pub profile: ProfileInput,
}

impl From<&StoredProfile> for ProfileView {
    fn from(s: &StoredProfile) -> Self {
        ProfileView {
            id: s.row.id.clone(),
            city_id: s.row.city_id.to_string(),
            cohort_id: s.row.cohort_id.clone().into(),
            role: s.row.role,
            version: s.row.version,
            status: s.row.status,
            saved_at: s.row.created_at,
            submitted_at: s.row.submitted_at,
            saved_by: s.row.created_by.clone(),
            profile: ProfileInput::from(&s.profile),
        }
    }
}

/// Where a city stands and its latest version.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProfileState {
    /// City.
    pub city_id: String,
    /// City name.
    pub city_name: String,
    /// Cohort.
    pub cohort_id: String,
    /// `twin` or `host`.
    pub role: String,
    /// `invited`, `draft`, `submitted` or `late`.
    pub status: String,
    /// The call closes (cities can save until then).
    pub call_closes: chrono::NaiveDate,
    /// The hosts a Twin may rank: id and name.
    pub hosts: Vec<HostRef>,
    /// The latest version, if any.
    pub latest: Option<ProfileView>,
}

/// A host of the cohort's catalogue.
#[derive(Debug, Serialize, ToSchema)]
pub struct HostRef {
    /// Id (what `interests` lists).
    pub id: String,
    /// Name.
    pub name: String,
}

fn state(ctx: &Context) -> ProfileState {
    ProfileState {
        city_id: ctx.invitation.city_id.to_string(),
        city_name: ctx.city_name.clone(),
        cohort_id: ctx.invitation.cohort_id.clone().into(),
        role: ctx.role.as_str().to_owned(),
        status: ctx.status().as_str().to_owned(),
        call_closes: ctx.cohort.cohort.call_closes,
        hosts: ctx
            .catalogue
            .hosts
            .iter()
            .map(|(id, name)| HostRef {
                id: id.clone(),
                name: name.clone(),
            })
            .collect(),
        latest: ctx.latest.as_ref().map(ProfileView::from),
    }
}

async fn manager_context(pool: &DbPool, id: String) -> Result<Context, ApiError> {
    with_db(pool, move |conn| {
        let inv = invitation::get(conn, &InvitationId::from(&id))?
            .ok_or(crate::ops::Error::not_found("invitation", id))?;
        ops::context(conn, inv)
    })
    .await
    .map_err(ApiError::from)
}

/// Where an invited city stands, with its latest profile.
#[utoipa::path(get, path = "/api/invitations/{id}/profile", tag = "profiles", security(("bearer" = [])),
    params(("id" = String, Path, description = "Invitation id")),
    responses((status = 200, body = ProfileState), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn get(
    _manager: ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let ctx = manager_context(&pool, id).await?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(&latest_tag(&ctx)))
        .json(state(&ctx)))
}

/// The profile's tag as the client reads it.
fn latest_tag(ctx: &Context) -> String {
    profile_tag(ctx.latest.as_ref().map_or(0, |s| s.row.version))
}

/// A manager's correction: a new version with the same status (allowed after the call).
#[utoipa::path(put, path = "/api/invitations/{id}/profile", tag = "profiles", security(("bearer" = [])),
    params(("id" = String, Path, description = "Invitation id"),
        ("If-Match" = Option<String>, Header, description = "The ETag of the profile as read: save only if it is still the latest version (else 412)")), request_body = ProfileInput,
    responses((status = 412, body = Problem, content_type = "application/problem+json"), (status = 409, body = Problem, content_type = "application/problem+json"), (status = 200, body = ProfileView), (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn correct(
    ApiManager(manager): ApiManager,
    request: HttpRequest,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
    JsonBody(input): JsonBody<ProfileInput>,
) -> Result<HttpResponse, ApiError> {
    let ctx = manager_context(&pool, id).await?;
    let form = ProfileForm::from(&input);
    let expected = if_match(&request);
    let saved = in_transaction(&pool, move |conn| {
        ops::expect_version(conn, &ctx, expected.as_deref())?;
        let row = ops::save_as_manager(conn, &ctx, &form, &manager.email)?;
        profile::get(conn, &row.id)?
            .ok_or_else(|| crate::ops::Error::Bug("saved profile vanished".to_owned()))
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(&profile_tag(saved.row.version)))
        .json(ProfileView::from(&saved)))
}

/// The latest profile of every city of a cohort.
#[utoipa::path(get, path = "/api/cohorts/{id}/profiles", tag = "profiles", security(("bearer" = [])),
    params(("id" = String, Path, description = "Cohort id")),
    responses((status = 200, body = Vec<ProfileView>), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn of_cohort(
    _manager: ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let all = with_db(&pool, move |conn| {
        if crate::db::models::cohort::get(conn, &CohortId::from(&id))?.is_none() {
            return Err(crate::ops::Error::not_found("cohort", id));
        }
        Ok(profile::latest_of_cohort(conn, &CohortId::from(&id))?)
    })
    .await?;
    Ok(HttpResponse::Ok().json(all.iter().map(ProfileView::from).collect::<Vec<_>>()))
}

/// The latest profile of every invited city of a cohort, as CSV.
#[utoipa::path(get, path = "/api/cohorts/{id}/profiles.csv", tag = "profiles", security(("bearer" = [])),
    params(("id" = String, Path, description = "Cohort id")),
    responses((status = 200, body = String, content_type = "text/csv"), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn export(
    _manager: ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let data = with_db(&pool, move |conn| {
        ops::export_csv(conn, &CohortId::from(&id))
    })
    .await?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .body(data))
}

/// A city authenticated by the token of its invitation link (as the bearer token): the
/// extractor of `/api/city/profile`, run before the body is read.
pub struct CityAccess(pub Context);

impl actix_web::FromRequest for CityAccess {
    type Error = ApiError;
    type Future =
        std::pin::Pin<Box<dyn std::future::Future<Output = Result<CityAccess, ApiError>>>>;

    fn from_request(request: &HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        let request = request.clone();
        Box::pin(async move {
            let unknown = || {
                crate::ops::Error::Unauthorized(
                    "send the token of your invitation link: Authorization: Bearer TOKEN; an unknown, expired or revoked one is refused"
                        .to_owned(),
                )
            };
            let token = bearer(&request).ok_or_else(unknown)?;
            let pool = crate::http::state::<DbPool>(&request)?;
            Ok(with_db(&pool, move |conn| ops::by_token(conn, &token))
                .await?
                .map(CityAccess)
                .ok_or_else(unknown)?)
        })
    }
}

/// A city's own profile (the bearer token is the token of its invitation link).
#[utoipa::path(get, path = "/api/city/profile", tag = "city", security(("invitation" = [])),
    responses((status = 200, body = ProfileState), (status = 401, body = Problem, content_type = "application/problem+json")))]
pub async fn city_get(CityAccess(ctx): CityAccess) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok()
        .insert_header(etag(&latest_tag(&ctx)))
        .json(state(&ctx)))
}

/// Saves a city's own profile as a draft or submits it; refused once the call is closed.
#[utoipa::path(put, path = "/api/city/profile", tag = "city", security(("invitation" = [])), request_body = CitySave,
    params(("If-Match" = Option<String>, Header, description = "The ETag of the profile as read: save only if it is still the latest version (else 412)")),
    responses((status = 412, body = Problem, content_type = "application/problem+json"), (status = 409, body = Problem, content_type = "application/problem+json"), (status = 200, body = ProfileView), (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"), (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn city_save(
    CityAccess(ctx): CityAccess,
    request: HttpRequest,
    pool: web::Data<DbPool>,
    JsonBody(input): JsonBody<CitySave>,
) -> Result<HttpResponse, ApiError> {
    let expected = if_match(&request);
    let form = ProfileForm::from(&input.profile);
    let intent = if input.submit {
        Intent::Submit
    } else {
        Intent::Draft
    };
    let head = crate::http::state::<crate::mail::Letterhead>(&request)?;
    let saved = in_transaction(&pool, move |conn| {
        ops::expect_version(conn, &ctx, expected.as_deref())?;
        let row = ops::save_as_city(conn, &ctx, &form, intent, &head)?;
        profile::get(conn, &row.id)?
            .ok_or_else(|| crate::ops::Error::Bug("saved profile vanished".to_owned()))
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(&profile_tag(saved.row.version)))
        .json(ProfileView::from(&saved)))
}

/// A city's answer to a proposal.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// Accept (else decline).
    pub accept: bool,
    /// Why, when declining.
    #[serde(default)]
    pub reason: String,
}

/// The proposals a city takes part in (as the Twin or as a host).
#[utoipa::path(get, path = "/api/city/proposals", tag = "city", security(("invitation" = [])),
    responses((status = 200, body = Vec<crate::ops::proposals::ProposalView>), (status = 401, body = Problem, content_type = "application/problem+json")))]
pub async fn city_proposals(
    CityAccess(ctx): CityAccess,
    pool: web::Data<DbPool>,
) -> Result<HttpResponse, ApiError> {
    let list = with_db(&pool, move |conn| {
        let mine = crate::db::models::proposal::live_for_city(
            conn,
            &ctx.invitation.cohort_id,
            &ctx.invitation.city_id,
        )?;
        crate::ops::proposals::views(conn, mine)
    })
    .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Accepts or declines (with a reason) a proposal the city takes part in.
#[utoipa::path(post, path = "/api/city/proposals/{id}", tag = "city", security(("invitation" = [])), request_body = Answer,
    params(("id" = String, Path, description = "Proposal id")),
    responses((status = 409, body = Problem, content_type = "application/problem+json"), (status = 200, body = crate::ops::proposals::ProposalView), (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"), (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn city_answer(
    CityAccess(ctx): CityAccess,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
    JsonBody(answer): JsonBody<Answer>,
) -> Result<HttpResponse, ApiError> {
    let view = in_transaction(&pool, move |conn| {
        crate::ops::proposals::answer(
            conn,
            &ctx.invitation.cohort_id,
            &ctx.invitation.city_id,
            &ProposalId::from(id),
            answer.accept,
            &answer.reason,
        )
    })
    .await?;
    Ok(HttpResponse::Ok().json(view))
}
