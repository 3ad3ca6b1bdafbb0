//! `/console/cohorts`: a new cohort, one cohort's page (its calendar, invited cities,
//! rounds and the invitation forms) and editing a cohort, refused with the reason while it
//! is archived.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::cohort_form::{CohortForm, Target, form_page, parse_cohort, programme_choices};
use super::{Nav, edit_errors, enter, form_errors};
use crate::blocking::{in_transaction, with_db};
use crate::db::DbPool;
use crate::db::models::cohort::{self, CohortWithModules};
use crate::db::models::event::{self, CalendarEvent};
use crate::db::models::invitation;
use crate::db::models::profile::{self as profile_model, ProfileRow};
use crate::db::models::{city, programme};
use crate::domain::id::CohortId;
use crate::domain::profile::ProfileRole;
use crate::ops::Error as OpsError;
use crate::ops::cohorts::{self as cohort_ops, version_tag};
use crate::ops::invitations::Issued;
use crate::ops::{archive, profiles};
use crate::web::form::{Errors, Field, SummaryItem};
use crate::web::page::{PageError, html, html_with, redirect};

/// `?programme_id=`.
#[derive(Deserialize)]
pub struct ProgrammeChoice {
    programme_id: Option<String>,
}

/// `GET /console/cohorts/new`.
pub async fn new(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    query: web::Query<ProgrammeChoice>,
) -> Result<HttpResponse, PageError> {
    let (_, csrf, nav) = enter(&request).await?;
    let programmes = programme_choices(&pool).await?;
    let form = CohortForm::blank(query.into_inner().programme_id);
    let page = form_page(
        nav,
        csrf.token.clone(),
        programmes,
        &form,
        &Errors::default(),
        Target::New,
    );
    Ok(csrf.apply(html(&page)?))
}

/// `POST /console/cohorts`.
pub async fn create(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    form: web::Form<CohortForm>,
) -> Result<HttpResponse, PageError> {
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
            let page = form_page(
                nav,
                csrf.token.clone(),
                programmes,
                &f,
                &errors,
                Target::New,
            );
            Ok(csrf.apply(html_with(StatusCode::UNPROCESSABLE_ENTITY, &page)?))
        }
    }
}

/// A cohort's reminder settings.
async fn reminder_settings(
    pool: &DbPool,
    id: &str,
) -> Result<crate::domain::reminders::ReminderSettings, PageError> {
    let id = CohortId::from(id);
    Ok(with_db(pool, move |conn| crate::ops::reminders::settings(conn, &id)).await?)
}

/// The cohort of the path with its calendar, or 404; refused with the reason while it
/// (or its programme) is archived.
async fn open_cohort(
    pool: &DbPool,
    id: &str,
) -> Result<(CohortWithModules, Vec<CalendarEvent>), PageError> {
    let id = CohortId::from(id);
    Ok(with_db(pool, move |conn| {
        let found = cohort::get(conn, &id)?.ok_or_else(|| OpsError::not_found("cohort", &id))?;
        archive::check_open(conn, &id)?;
        let events = event::for_cohort(conn, &found.cohort.programme_id, &id)?;
        Ok((found, events))
    })
    .await?)
}

/// `GET /console/cohorts/{id}/edit`: every field of the new cohort form, filled in.
pub async fn edit(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (_, csrf, nav) = enter(&request).await?;
    let id = id.into_inner();
    let (found, events) = open_cohort(&pool, &id).await?;
    let settings = reminder_settings(&pool, &id).await?;
    let form = CohortForm::of(&found, &events).map(|f| f.with_reminders(&settings));
    let form = form.ok_or_else(|| PageError::Refused {
        status: StatusCode::CONFLICT,
        message: format!(
            "{} has {} modules and this form edits the programme's three: change it with PUT /api/cohorts/{id}",
            found.cohort.name,
            found.modules.len()
        ),
        refusal: None,
    })?;
    let programmes = programme_choices(&pool).await?;
    let page = form_page(
        nav,
        csrf.token.clone(),
        programmes,
        &form,
        &Errors::default(),
        Target::Edit(id, found.cohort.name),
    );
    Ok(csrf.apply(html(&page)?))
}

/// `POST /console/cohorts/{id}/edit`: saves the cohort and its own blackout dates, or
/// shows the form again with what is wrong.
pub async fn update(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
    form: web::Form<CohortForm>,
) -> Result<HttpResponse, PageError> {
    let (manager, csrf, nav) = enter(&request).await?;
    let id = id.into_inner();
    let f = form.into_inner();
    // The cohort and its reminder settings are saved together, or neither.
    let result = match (parse_cohort(&f), f.reminders_sent().transpose()) {
        (Err(mut invalid), Err(more)) => {
            invalid.0.extend(more.0);
            Err(OpsError::Invalid(invalid))
        }
        (Err(invalid), _) | (_, Err(invalid)) => Err(OpsError::Invalid(invalid)),
        (Ok((details, blackouts)), Ok(reminders)) => {
            let (key, actor) = (id.clone(), manager.email.clone());
            let expected = f.version().map(str::to_owned);
            in_transaction(&pool, move |conn| {
                let key = CohortId::from(key);
                cohort_ops::update_cohort(
                    conn,
                    &key,
                    &details,
                    Some(&blackouts),
                    expected.as_deref(),
                    &actor,
                )?;
                if let Some(sent) = reminders {
                    crate::ops::reminders::set_settings(conn, &key, sent, &actor)?;
                }
                Ok(())
            })
            .await
        }
    };
    match result {
        Ok(()) => Ok(redirect(&format!("/console/cohorts/{id}?saved=1"))),
        Err(OpsError::Stale(_)) => {
            // Someone saved the cohort after this form was filled: what is saved now
            // beside what was typed, the typed values kept, over the current version.
            let (found, events) = open_cohort(&pool, &id).await?;
            let programmes = programme_choices(&pool).await?;
            let typed = f.over(version_tag(found.cohort.updated_at));
            let settings = reminder_settings(&pool, &id).await?;
            let saved = CohortForm::of(&found, &events)
                .map(|f| f.with_reminders(&settings))
                .unwrap_or_else(|| typed.clone());
            let name = found.cohort.name.clone();
            let saved_page = form_page(
                Nav {
                    name: String::new(),
                    csrf: String::new(),
                },
                String::new(),
                programmes.clone(),
                &saved,
                &Errors::default(),
                Target::Edit(id.clone(), name.clone()),
            );
            let mut page = form_page(
                nav,
                csrf.token.clone(),
                programmes,
                &typed,
                &Errors::default(),
                Target::Edit(id, name),
            );
            page.meanwhile(&saved_page);
            Ok(csrf.apply(html_with(StatusCode::CONFLICT, &page)?))
        }
        Err(e) => {
            let errors = edit_errors(e)?;
            let (found, _) = open_cohort(&pool, &id).await?;
            let programmes = programme_choices(&pool).await?;
            let page = form_page(
                nav,
                csrf.token.clone(),
                programmes,
                &f,
                &errors,
                Target::Edit(id, found.cohort.name),
            );
            Ok(csrf.apply(html_with(StatusCode::UNPROCESSABLE_ENTITY, &page)?))
        }
    }
}

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
pub(super) struct CohortPage {
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
    /// The reminders of the next 30 days (and those sent or held in the 30 before).
    reminders: Vec<crate::ops::reminders::ReminderView>,
    /// The settings form: per kind, sent or not, and the days.
    reminder_fields: Vec<(&'static str, Field, Field)>,
    reminder_summary: Vec<SummaryItem>,
}

/// What a cohort's page shows after a form: new links, a notice, the invitation form as
/// typed with its errors, the lines of a refused CSV file.
#[derive(Default)]
pub(super) struct CohortExtras {
    pub(super) issued: Vec<Issued>,
    pub(super) notice: Option<String>,
    pub(super) typed: (String, String, String),
    pub(super) errors: Errors,
    pub(super) csv_errors: Vec<String>,
    /// The reminder settings as typed, when refused.
    pub(super) reminder_typed: Option<Vec<(String, String)>>,
    /// What is wrong with them.
    pub(super) reminder_errors: Errors,
}

/// A cohort's page.
pub(super) async fn cohort_page(
    pool: &DbPool,
    nav: Nav,
    csrf: String,
    id: String,
    extras: CohortExtras,
) -> Result<CohortPage, PageError> {
    let id = CohortId::from(id);
    let (cohort, programme_name, events, rows, cities, rounds, reminders) =
        with_db(pool, move |conn| {
            let cohort =
                cohort::get(conn, &id)?.ok_or_else(|| OpsError::not_found("cohort", &id))?;
            let programme_name = programme::get(conn, &cohort.cohort.programme_id)?
                .map(|p| p.name)
                .unwrap_or_default();
            let events = event::for_cohort(conn, &cohort.cohort.programme_id, &id)?;
            let today = profiles::today();
            let mut rows = Vec::new();
            for (inv, city_name) in invitation::of_cohort(conn, &id)? {
                let role = inv.role;
                let latest: Option<ProfileRow> =
                    profile_model::versions(conn, &inv.city_id, &id, role)?
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
                    id: inv.id.into(),
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
                        c.city.id.to_string(),
                        format!("{} ({})", c.city.name, c.city.country),
                    )
                })
                .collect();
            let rounds = crate::db::models::round::of_cohort(conn, &id)?;
            let reminders = (
                crate::ops::reminders::settings(conn, &id)?,
                crate::ops::reminders::upcoming(conn, &id, today)?,
            );
            Ok((
                cohort,
                programme_name,
                events,
                rows,
                cities,
                rounds,
                reminders,
            ))
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
    let (reminder_settings, reminders) = reminders;
    let reminder_fields = super::reminders::fields(
        &reminder_settings,
        extras.reminder_typed.as_deref(),
        &extras.reminder_errors,
    );
    let reminder_summary = extras.reminder_errors.summary(
        &reminder_fields
            .iter()
            .flat_map(|(_, a, b)| [a, b])
            .collect::<Vec<_>>(),
    );
    Ok(CohortPage {
        reminders,
        reminder_fields,
        reminder_summary,
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
        rounds: crate::web::rounds::summaries(&rounds),
        summary: errors.summary(&[&city, &role, &email]),
        city,
        role,
        email,
        csv_errors: extras.csv_errors,
    })
}

/// `?saved=1` after the edit form; `reminders`, `held`, `released` after a reminders form.
#[derive(Deserialize)]
pub struct Saved {
    saved: Option<String>,
}

/// `GET /console/cohorts/{id}`.
pub async fn show(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
    query: web::Query<Saved>,
) -> Result<HttpResponse, PageError> {
    let (_, csrf, nav) = enter(&request).await?;
    let extras = CohortExtras {
        notice: query.saved.as_deref().map(|saved| {
            match saved {
                "reminders" => "Saved: the reminder settings apply from the next tick.",
                "held" => "Held: this reminder is not sent until you release it.",
                "released" => "Released: this reminder is sent when it is due, if still relevant.",
                _ => "Saved: the cohort's page shows it as it is now.",
            }
            .to_owned()
        }),
        ..CohortExtras::default()
    };
    let page = cohort_page(&pool, nav, csrf.token.clone(), id.into_inner(), extras).await?;
    Ok(csrf.apply(html(&page)?))
}
