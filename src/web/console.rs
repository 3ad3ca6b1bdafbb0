//! `/console`: the programme managers' pages. Programmes and cohorts, invitations with
//! their status, profiles (view, correct, export), API tokens. Every page needs a session;
//! every form carries the CSRF token; every change is audited under the manager's email.

use actix_multipart::form::MultipartForm;
use actix_multipart::form::bytes::Bytes as FileBytes;
use actix_multipart::form::text::Text;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::NaiveDate;
use serde::Deserialize;

use super::form::{Errors, Field, SummaryItem};
use super::page::{Csrf, PageError, html, html_with, manager, redirect, security};
use super::profile_form::ProfileFormView;
use crate::auth::{self, Manager};
use crate::blocking::{in_transaction, with_db};
use crate::db::DbPool;
use crate::db::models::audit::{self, AuditEntry};
use crate::db::models::cohort::{self, CohortWithModules};
use crate::db::models::event::{self, CalendarEvent};
use crate::db::models::invitation;
use crate::db::models::profile::{self as profile_model, ProfileRow};
use crate::db::models::{Listing, city, programme, user};
use crate::domain::calendar::{EventDetails, EventKind};
use crate::domain::cohort::{CohortDetails, CohortFields, ModuleFields};
use crate::domain::profile::{ProfileForm, ProfileRole};
use crate::domain::{FieldError, Invalid};
use crate::ops::Error as OpsError;
use crate::ops::cohorts as cohort_ops;
use crate::ops::invitations::{self as invite_ops, Invite, Issued, Issuer};
use crate::ops::profiles;

/// The console's navigation: who is logged in and the logout form's token.
pub struct Nav {
    /// The manager's name.
    pub name: String,
    /// CSRF token of the logout form.
    pub csrf: String,
}

/// The manager of a console page, this browser's CSRF token and the navigation.
pub(crate) async fn enter(request: &HttpRequest) -> Result<(Manager, Csrf, Nav), PageError> {
    let manager = manager(request).await?;
    let csrf = Csrf::for_request(request)?;
    let nav = Nav {
        name: manager.name.clone(),
        csrf: csrf.token.clone(),
    };
    Ok((manager, csrf, nav))
}

/// The module names of the Twinning Learning Programme, in order.
const MODULES: [&str; 3] = ["Getting started", "Co-creating", "Capitalising"];

// ---------------------------------------------------------------- home

struct ProgrammeEntry {
    id: String,
    name: String,
    description: String,
    cohorts: Vec<(String, String, String)>,
}

#[derive(Template)]
#[template(path = "console/home.html")]
struct HomePage {
    nav: Nav,
    csrf: String,
    programmes: Vec<ProgrammeEntry>,
    summary: Vec<SummaryItem>,
    name: Field,
    description: Field,
}

async fn home_page(
    pool: &DbPool,
    nav: Nav,
    csrf: String,
    typed: (&str, &str),
    errors: &Errors,
) -> Result<HomePage, PageError> {
    let programmes = with_db(pool, |conn| {
        let all = programme::list(conn, Listing::Active, 500, 0)?.items;
        let cohorts = cohort::list(conn, None, Listing::Active, 500, 0)?.items;
        Ok(all
            .into_iter()
            .map(|p| ProgrammeEntry {
                cohorts: cohorts
                    .iter()
                    .filter(|c| c.cohort.programme_id == p.id)
                    .map(|c| {
                        (
                            c.cohort.id.clone(),
                            c.cohort.name.clone(),
                            format!("call {} to {}", c.cohort.call_opens, c.cohort.call_closes),
                        )
                    })
                    .collect(),
                id: p.id,
                name: p.name,
                description: p.description,
            })
            .collect::<Vec<_>>())
    })
    .await?;
    let name = Field::new("text", "name", "Name", typed.0).errors(errors);
    let description = Field::new("textarea", "description", "Description", typed.1).errors(errors);
    Ok(HomePage {
        nav,
        csrf,
        programmes,
        summary: errors.summary(&[&name, &description]),
        name,
        description,
    })
}

/// `GET /console`.
pub async fn home(
    request: HttpRequest,
    pool: web::Data<DbPool>,
) -> Result<HttpResponse, PageError> {
    let (_, csrf, nav) = enter(&request).await?;
    let page = home_page(&pool, nav, csrf.token.clone(), ("", ""), &Errors::default()).await?;
    Ok(csrf.apply(html(&page)?))
}

/// The new programme form.
#[derive(Deserialize)]
pub struct ProgrammeForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    description: String,
}

/// Turns a validation or conflict error into form errors; anything else stays an error.
fn form_errors(e: OpsError) -> Result<Errors, PageError> {
    match e {
        OpsError::Invalid(Invalid(errors)) => Ok(Errors(errors)),
        OpsError::Conflict { field, detail } => Ok(Errors(vec![FieldError {
            field: field.unwrap_or_default(),
            message: detail,
        }])),
        other => Err(other.into()),
    }
}

/// `POST /console/programmes`.
pub async fn create_programme(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    form: web::Form<ProgrammeForm>,
) -> Result<HttpResponse, PageError> {
    Csrf::verify(&request, &form.csrf)?;
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

// ---------------------------------------------------------------- new cohort

/// The cohort form as sent (and shown again).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CohortForm {
    csrf: String,
    programme_id: String,
    number: String,
    name: String,
    call_opens: String,
    call_closes: String,
    starts_on: String,
    ends_on: String,
    #[serde(rename = "modules[0].starts_on")]
    m0_starts_on: String,
    #[serde(rename = "modules[0].ends_on")]
    m0_ends_on: String,
    #[serde(rename = "modules[1].starts_on")]
    m1_starts_on: String,
    #[serde(rename = "modules[1].ends_on")]
    m1_ends_on: String,
    #[serde(rename = "modules[2].starts_on")]
    m2_starts_on: String,
    #[serde(rename = "modules[2].ends_on")]
    m2_ends_on: String,
    #[serde(rename = "visit_rules.twin_to_host")]
    twin_to_host: String,
    #[serde(rename = "visit_rules.host_to_twin")]
    host_to_twin: String,
    #[serde(rename = "visit_rules.days")]
    days: String,
    #[serde(rename = "visit_rules.min_gap_days")]
    min_gap_days: String,
    #[serde(rename = "visit_rules.modules")]
    visit_modules: String,
    blackouts: String,
}

#[derive(Template)]
#[template(path = "console/cohort_new.html")]
struct NewCohortPage {
    nav: Nav,
    csrf: String,
    summary: Vec<SummaryItem>,
    main: Vec<Field>,
    modules: Vec<[Field; 2]>,
    rules: Vec<Field>,
    blackouts: Field,
}

fn new_cohort_page(
    nav: Nav,
    csrf: String,
    programmes: Vec<(String, String)>,
    f: &CohortForm,
    errors: &Errors,
) -> NewCohortPage {
    let main = vec![
        Field::select(
            "programme_id",
            "Programme",
            &f.programme_id,
            None,
            programmes,
        )
        .errors(errors),
        Field::new("number", "number", "Cohort number", &f.number)
            .hint("1, 2, 3 ...")
            .errors(errors),
        Field::new("text", "name", "Name", &f.name)
            .hint("e.g. Twinning Learning Programme, cohort 2")
            .errors(errors),
        Field::new("date", "call_opens", "Call opens", &f.call_opens).errors(errors),
        Field::new("date", "call_closes", "Call closes", &f.call_closes)
            .hint("Cities can edit their profiles until this day")
            .errors(errors),
        Field::new("date", "starts_on", "Cohort starts", &f.starts_on).errors(errors),
        Field::new("date", "ends_on", "Cohort ends", &f.ends_on).errors(errors),
    ];
    let dates = [
        (&f.m0_starts_on, &f.m0_ends_on),
        (&f.m1_starts_on, &f.m1_ends_on),
        (&f.m2_starts_on, &f.m2_ends_on),
    ];
    let modules = MODULES
        .iter()
        .zip(dates)
        .enumerate()
        .map(|(i, (name, (s, e)))| {
            [
                Field::new(
                    "date",
                    format!("modules[{i}].starts_on"),
                    format!("{name}: first day"),
                    s.as_str(),
                )
                .errors(errors),
                Field::new(
                    "date",
                    format!("modules[{i}].ends_on"),
                    format!("{name}: last day"),
                    e.as_str(),
                )
                .errors(errors),
            ]
        })
        .collect::<Vec<_>>();
    let rules = vec![
        Field::new(
            "number",
            "visit_rules.twin_to_host",
            "Trips of each Twin to its host",
            &f.twin_to_host,
        )
        .errors(errors),
        Field::new(
            "number",
            "visit_rules.host_to_twin",
            "Visits of each host to its Twin",
            &f.host_to_twin,
        )
        .errors(errors),
        Field::new("number", "visit_rules.days", "Days per visit", &f.days).errors(errors),
        Field::new(
            "number",
            "visit_rules.min_gap_days",
            "Least days between the visits of a pair",
            &f.min_gap_days,
        )
        .errors(errors),
        Field::new(
            "text",
            "visit_rules.modules",
            "Module of each visit",
            &f.visit_modules,
        )
        .hint(
            "Module numbers in visit order: the Twin's first trip, the first visit back, the \
             Twin's second trip... E.g. 2, 2, 3. Empty: any time in the cohort.",
        )
        .errors(errors),
    ];
    let blackouts = Field::new("textarea", "blackouts", "Blackout dates", &f.blackouts)
        .hint("One period per line: first day, last day, what it is. E.g. 2025-07-15 2025-08-31 Summer holidays")
        .errors(errors);
    let mut all: Vec<&Field> = main.iter().collect();
    all.extend(modules.iter().flatten());
    all.extend(rules.iter());
    all.push(&blackouts);
    NewCohortPage {
        nav,
        csrf,
        summary: errors.summary(&all),
        main,
        modules,
        rules,
        blackouts,
    }
}

async fn programme_choices(pool: &DbPool) -> Result<Vec<(String, String)>, PageError> {
    Ok(with_db(pool, |conn| {
        Ok(programme::list(conn, Listing::Active, 500, 0)?
            .items
            .into_iter()
            .map(|p| (p.id, p.name))
            .collect::<Vec<_>>())
    })
    .await?)
}

/// `?programme_id=`.
#[derive(Deserialize)]
pub struct ProgrammeChoice {
    programme_id: Option<String>,
}

/// `GET /console/cohorts/new`.
pub async fn new_cohort(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    query: web::Query<ProgrammeChoice>,
) -> Result<HttpResponse, PageError> {
    let (_, csrf, nav) = enter(&request).await?;
    let programmes = programme_choices(&pool).await?;
    let form = CohortForm {
        programme_id: query.programme_id.clone().unwrap_or_default(),
        twin_to_host: "2".to_owned(),
        host_to_twin: "1".to_owned(),
        days: "3".to_owned(),
        min_gap_days: "60".to_owned(),
        ..CohortForm::default()
    };
    let page = new_cohort_page(
        nav,
        csrf.token.clone(),
        programmes,
        &form,
        &Errors::default(),
    );
    Ok(csrf.apply(html(&page)?))
}

fn parse_date(errors: &mut Vec<FieldError>, field: &str, value: &str) -> NaiveDate {
    match NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d") {
        Ok(d) => d,
        Err(_) => {
            errors.push(FieldError {
                field: field.to_owned(),
                message: if value.trim().is_empty() {
                    "give a date (YYYY-MM-DD)".to_owned()
                } else {
                    format!("\"{}\" is not a date: write it as YYYY-MM-DD", value.trim())
                },
            });
            NaiveDate::MIN
        }
    }
}

fn parse_number(errors: &mut Vec<FieldError>, field: &str, value: &str) -> i64 {
    value.trim().parse().unwrap_or_else(|_| {
        errors.push(FieldError {
            field: field.to_owned(),
            message: format!("\"{}\" is not a whole number", value.trim()),
        });
        0
    })
}

/// The cohort and blackouts of the form, or every wrong field.
fn parse_cohort(f: &CohortForm) -> Result<(CohortDetails, Vec<EventDetails>), Invalid> {
    let mut errors = Vec::new();
    let number = parse_number(&mut errors, "number", &f.number);
    let mut date = |field: &str, v: &str| parse_date(&mut errors, field, v);
    let call_opens = date("call_opens", &f.call_opens);
    let call_closes = date("call_closes", &f.call_closes);
    let starts_on = date("starts_on", &f.starts_on);
    let ends_on = date("ends_on", &f.ends_on);
    let m = [
        (
            date("modules[0].starts_on", &f.m0_starts_on),
            date("modules[0].ends_on", &f.m0_ends_on),
        ),
        (
            date("modules[1].starts_on", &f.m1_starts_on),
            date("modules[1].ends_on", &f.m1_ends_on),
        ),
        (
            date("modules[2].starts_on", &f.m2_starts_on),
            date("modules[2].ends_on", &f.m2_ends_on),
        ),
    ];
    let rules = [
        parse_number(&mut errors, "visit_rules.twin_to_host", &f.twin_to_host),
        parse_number(&mut errors, "visit_rules.host_to_twin", &f.host_to_twin),
        parse_number(&mut errors, "visit_rules.days", &f.days),
        parse_number(&mut errors, "visit_rules.min_gap_days", &f.min_gap_days),
    ];
    let mut visit_modules = Vec::new();
    for part in f
        .visit_modules
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        match part.parse::<i64>() {
            Ok(m) => visit_modules.push(m),
            Err(_) => errors.push(FieldError {
                field: "visit_rules.modules".to_owned(),
                message: format!("{part:?} is not a module number: write e.g. 2, 2, 3"),
            }),
        }
    }
    let mut blackouts = Vec::new();
    for (i, line) in f
        .blackouts
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let mut parts = line.split_whitespace();
        let (Some(s), Some(e)) = (parts.next(), parts.next()) else {
            errors.push(FieldError {
                field: "blackouts".to_owned(),
                message: format!("line {}: write first day, last day and what it is", i + 1),
            });
            continue;
        };
        let label = parts.collect::<Vec<_>>().join(" ");
        let (Ok(s), Ok(e)) = (
            NaiveDate::parse_from_str(s, "%Y-%m-%d"),
            NaiveDate::parse_from_str(e, "%Y-%m-%d"),
        ) else {
            errors.push(FieldError {
                field: "blackouts".to_owned(),
                message: format!("line {}: the dates must be YYYY-MM-DD", i + 1),
            });
            continue;
        };
        let label = if label.is_empty() {
            "Blackout".to_owned()
        } else {
            label
        };
        match EventDetails::new(None, None, EventKind::Blackout, &label, None, s, e) {
            Ok(b) => blackouts.push(b),
            Err(Invalid(es)) => errors.extend(es.into_iter().map(|er| FieldError {
                field: "blackouts".to_owned(),
                message: format!("line {}: {}", i + 1, er.message),
            })),
        }
    }
    if !errors.is_empty() {
        return Err(Invalid(errors));
    }
    let details = CohortDetails::try_from(CohortFields {
        programme_id: &f.programme_id,
        number,
        name: &f.name,
        call_opens,
        call_closes,
        starts_on,
        ends_on,
        modules: MODULES
            .iter()
            .zip(m)
            .map(|(name, (starts_on, ends_on))| ModuleFields {
                name,
                starts_on,
                ends_on,
            })
            .collect(),
        visit_rules: rules,
        visit_modules,
    })?;
    Ok((details, blackouts))
}

/// `POST /console/cohorts`.
pub async fn create_cohort(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    form: web::Form<CohortForm>,
) -> Result<HttpResponse, PageError> {
    Csrf::verify(&request, &form.csrf)?;
    let (manager, csrf, nav) = enter(&request).await?;
    let f = form.into_inner();
    let result = match parse_cohort(&f) {
        Err(invalid) => Err(OpsError::Invalid(invalid)),
        Ok((details, blackouts)) => {
            let actor = manager.email.clone();
            in_transaction(&pool, move |conn| {
                cohort_ops::create_cohort(conn, &details, &blackouts, &actor)
            })
            .await
        }
    };
    match result {
        Ok(id) => Ok(redirect(&format!("/console/cohorts/{id}"))),
        Err(e) => {
            let errors = form_errors(e)?;
            let programmes = programme_choices(&pool).await?;
            let page = new_cohort_page(nav, csrf.token.clone(), programmes, &f, &errors);
            Ok(csrf.apply(html_with(StatusCode::UNPROCESSABLE_ENTITY, &page)?))
        }
    }
}

// ---------------------------------------------------------------- one cohort

struct InvitationRow {
    id: String,
    city: String,
    role: ProfileRole,
    email: String,
    status: &'static str,
    saved: String,
    link: &'static str,
    sent: i32,
}

#[derive(Template)]
#[template(path = "console/cohort.html")]
struct CohortPage {
    nav: Nav,
    csrf: String,
    cohort: CohortWithModules,
    programme: String,
    events: Vec<CalendarEvent>,
    rows: Vec<InvitationRow>,
    counts: Vec<(&'static str, usize)>,
    issued: Vec<(String, ProfileRole, String)>,
    rounds: Vec<(String, i32, String, String, String, usize)>,
    notice: Option<String>,
    summary: Vec<SummaryItem>,
    city: Field,
    role: Field,
    email: Field,
    csv_errors: Vec<String>,
}

#[derive(Default)]
struct CohortExtras {
    issued: Vec<Issued>,
    notice: Option<String>,
    typed: (String, String, String),
    errors: Errors,
    csv_errors: Vec<String>,
}

async fn cohort_page(
    pool: &DbPool,
    nav: Nav,
    csrf: String,
    id: String,
    extras: CohortExtras,
) -> Result<CohortPage, PageError> {
    let (cohort, programme_name, events, rows, cities, rounds) = with_db(pool, move |conn| {
        let cohort = cohort::get(conn, &id)?.ok_or(OpsError::NotFound {
            what: "cohort",
            id: id.clone(),
        })?;
        let programme_name = programme::get(conn, &cohort.cohort.programme_id)?
            .map(|p| p.name)
            .unwrap_or_default();
        let events = event::for_cohort(conn, &cohort.cohort.programme_id, &id)?;
        let today = profiles::today();
        let mut rows = Vec::new();
        for (inv, city_name) in invitation::of_cohort(conn, &id)? {
            let role = inv.role;
            let latest: Option<ProfileRow> =
                profile_model::versions(conn, &inv.city_id, &id, role.as_str())?
                    .into_iter()
                    .next();
            let status = profiles::status(latest.as_ref(), cohort.cohort.call_closes, today);
            rows.push(InvitationRow {
                link: if inv.revoked_at.is_some() {
                    "revoked"
                } else if inv.is_live() {
                    "live"
                } else {
                    "expired"
                },
                id: inv.id,
                city: city_name,
                role: inv.role,
                email: inv.email,
                status: status.as_str(),
                saved: latest
                    .map(|l| {
                        format!(
                            "version {}, {}",
                            l.version,
                            l.created_at.format("%Y-%m-%d %H:%M")
                        )
                    })
                    .unwrap_or_default(),
                sent: inv.sent_count,
            });
        }
        let cities: Vec<(String, String)> = city::all(conn)?
            .into_iter()
            .map(|c| {
                (
                    c.city.id.clone(),
                    format!("{} ({})", c.city.name, c.city.country),
                )
            })
            .collect();
        let rounds = crate::db::models::round::of_cohort(conn, &id)?;
        Ok((cohort, programme_name, events, rows, cities, rounds))
    })
    .await?;
    let mut cities = cities;
    cities.sort_by(|a, b| a.1.cmp(&b.1));
    let errors = &extras.errors;
    let city = Field::select(
        "city_id",
        "City",
        &extras.typed.0,
        Some("Choose a city"),
        cities,
    )
    .errors(errors);
    let role = Field::select(
        "role",
        "Role",
        if extras.typed.1.is_empty() {
            "twin"
        } else {
            &extras.typed.1
        },
        None,
        [("twin", "Twin City"), ("host", "Host")].map(|(v, l)| (v.to_owned(), l.to_owned())),
    )
    .errors(errors);
    let email = Field::new(
        "email",
        "email",
        "Contact email (optional)",
        &extras.typed.2,
    )
    .errors(errors);
    let counts = ["invited", "draft", "submitted", "late"]
        .into_iter()
        .map(|s| (s, rows.iter().filter(|r| r.status == s).count()))
        .collect();
    Ok(CohortPage {
        nav,
        csrf,
        cohort,
        programme: programme_name,
        events,
        rows,
        counts,
        issued: extras
            .issued
            .into_iter()
            .map(|i| (i.city_name, i.invitation.role, i.link))
            .collect(),
        notice: extras.notice,
        rounds: super::rounds::summaries(&rounds),
        summary: errors.summary(&[&city, &role, &email]),
        city,
        role,
        email,
        csv_errors: extras.csv_errors,
    })
}

/// `GET /console/cohorts/{id}`.
pub async fn cohort(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (_, csrf, nav) = enter(&request).await?;
    let page = cohort_page(
        &pool,
        nav,
        csrf.token.clone(),
        id.into_inner(),
        CohortExtras::default(),
    )
    .await?;
    Ok(csrf.apply(html(&page)?))
}

/// The single invitation form.
#[derive(Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    csrf: String,
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
    Csrf::verify(&request, &form.csrf)?;
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
                    city_id: f.city_id.clone(),
                    role,
                    email: f.email.clone(),
                },
            );
            let (security, actor) = (security.clone(), manager.email.clone());
            in_transaction(&pool, move |conn| {
                invite_ops::invite(
                    conn,
                    &cohort_id,
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
    csrf: Text<String>,
    file: FileBytes,
}

/// `POST /console/cohorts/{id}/invitations/csv`: all or none, every bad line named.
pub async fn invite_csv(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
    MultipartForm(upload): MultipartForm<CsvUpload>,
) -> Result<HttpResponse, PageError> {
    Csrf::verify(&request, &upload.csrf)?;
    let (manager, csrf, nav) = enter(&request).await?;
    let security = security(&request)?;
    let head = crate::http::state::<crate::mail::Letterhead>(&request)?;
    let id = id.into_inner();
    let data = upload.file.data.to_vec();
    let (cohort_id, actor) = (id.clone(), manager.email.clone());
    let result = in_transaction(&pool, move |conn| {
        invite_ops::invite_csv(conn, &cohort_id, &data, &issuer(&security, &head, &actor))
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

/// A form with only its CSRF token.
#[derive(Deserialize)]
pub struct TokenOnly {
    /// The CSRF token.
    #[serde(default)]
    pub csrf: String,
}

/// `POST /console/invitations/{id}/resend`: a new link, the old one stops working.
pub async fn resend(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
    form: web::Form<TokenOnly>,
) -> Result<HttpResponse, PageError> {
    Csrf::verify(&request, &form.csrf)?;
    let (manager, csrf, nav) = enter(&request).await?;
    let security = security(&request)?;
    let head = crate::http::state::<crate::mail::Letterhead>(&request)?;
    let id = id.into_inner();
    let actor = manager.email.clone();
    let issued = in_transaction(&pool, move |conn| {
        invite_ops::resend(conn, &id, &issuer(&security, &head, &actor))
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
    let page = cohort_page(&pool, nav, csrf.token.clone(), cohort_id, extras).await?;
    Ok(csrf.apply(html(&page)?))
}

/// `POST /console/invitations/{id}/revoke`.
pub async fn revoke(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
    form: web::Form<TokenOnly>,
) -> Result<HttpResponse, PageError> {
    Csrf::verify(&request, &form.csrf)?;
    let manager = manager(&request).await?;
    let id = id.into_inner();
    let cohort_id = in_transaction(&pool, move |conn| {
        let inv = invitation::get(conn, &id)?.ok_or(OpsError::NotFound {
            what: "invitation",
            id: id.clone(),
        })?;
        invite_ops::revoke(conn, &id, &manager.email)?;
        Ok(inv.cohort_id)
    })
    .await?;
    Ok(redirect(&format!("/console/cohorts/{cohort_id}")))
}

/// `GET /console/cohorts/{id}/profiles.csv`.
pub async fn export(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    manager(&request).await?;
    let id = id.into_inner();
    let file = id.clone();
    let data = with_db(&pool, move |conn| profiles::export_csv(conn, &id)).await?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"profiles-{file}.csv\""),
        ))
        .insert_header(("Cache-Control", "no-store"))
        .body(data))
}

// ---------------------------------------------------------------- one profile

#[derive(Template)]
#[template(path = "console/profile.html")]
struct ProfilePage {
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
        let inv = invitation::get(conn, &id)?.ok_or(OpsError::NotFound {
            what: "invitation",
            id: id.clone(),
        })?;
        let ctx = profiles::context(conn, inv)?;
        let versions = profile_model::versions(
            conn,
            &ctx.invitation.city_id,
            &ctx.invitation.cohort_id,
            ctx.role.as_str(),
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
        invitation_id: ctx.invitation.id.clone(),
        cohort_id: ctx.invitation.cohort_id.clone(),
        cohort: ctx.cohort.cohort.name.clone(),
        city: ctx.city_name.clone(),
        role: ctx.role.as_str().to_owned(),
        status: ctx.status().as_str(),
        example: ctx.latest.as_ref().is_some_and(|l| l.row.is_example),
        versions,
        audit,
        notice,
        form: ProfileFormView::new(&ctx, &form, &errors),
    };
    Ok(page)
}

/// `GET /console/invitations/{id}/profile`.
pub async fn profile(
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
    let sent = pairs
        .iter()
        .find(|(k, _)| k == "csrf")
        .map(|(_, v)| v.as_str())
        .unwrap_or("");
    Csrf::verify(&request, sent)?;
    let (manager, csrf, nav) = enter(&request).await?;
    let id = id.into_inner();
    let form = ProfileForm::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let ctx = {
        let id = id.clone();
        with_db(&pool, move |conn| {
            let inv = invitation::get(conn, &id)?.ok_or(OpsError::NotFound {
                what: "invitation",
                id: id.clone(),
            })?;
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

// ---------------------------------------------------------------- API tokens

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
pub async fn tokens(
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
    csrf: String,
    #[serde(default)]
    label: String,
}

/// `POST /console/tokens`: a new API token, shown once.
pub async fn create_token(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    form: web::Form<TokenForm>,
) -> Result<HttpResponse, PageError> {
    Csrf::verify(&request, &form.csrf)?;
    let (manager, csrf, nav) = enter(&request).await?;
    let label = form.label.trim().to_owned();
    if label.is_empty() || label.chars().count() > 120 {
        let errors = Errors(vec![FieldError {
            field: "label".to_owned(),
            message: "say what the token is for, in at most 120 characters".to_owned(),
        }]);
        let page = tokens_page(&pool, &manager, nav, csrf.token.clone(), None, &errors).await?;
        return Ok(csrf.apply(html_with(StatusCode::UNPROCESSABLE_ENTITY, &page)?));
    }
    let token = auth::new_secret();
    let (hash, m) = (auth::hash_secret(&token), manager.clone());
    in_transaction(&pool, move |conn| {
        let t = user::add_token(conn, &m.id, &label, &hash)?;
        audit::record(conn, &m.email, "create", "api_token", &t.id, &label)?;
        Ok(())
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
pub async fn revoke_token(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
    form: web::Form<TokenOnly>,
) -> Result<HttpResponse, PageError> {
    Csrf::verify(&request, &form.csrf)?;
    let manager = manager(&request).await?;
    let id = id.into_inner();
    in_transaction(&pool, move |conn| {
        if !user::revoke_token(conn, &manager.id, &id)? {
            return Err(OpsError::NotFound {
                what: "API token",
                id,
            });
        }
        audit::record(conn, &manager.email, "revoke", "api_token", &id, "")?;
        Ok(())
    })
    .await?;
    Ok(redirect("/console/tokens"))
}
