//! The visit pages: a cohort's calendar (drawn by `timeline.rs`) with plan and publish, a
//! page per city, and a page per visit with its itinerary, a move form checked against
//! every rule, and the agenda editor. A city sees and edits (when it receives the visit)
//! the same page through its link.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

mod costs;
pub mod publish;
mod visit;

pub use costs::city_costs;
pub use visit::{agenda, city_agenda, city_show, move_visit, show_visit};

use super::confirm::counted;
use super::console::{Nav, enter};
use super::form::{Errors, Field, SummaryItem};
use super::page::{Csrf, PageError, html, html_with, manager, redirect};
use super::timeline::{Dated, Module, by_date, timeline};
use crate::blocking::{in_transaction, with_db};
use crate::db::DbPool;
use crate::domain::id::CityId;
use crate::domain::id::CohortId;
use crate::domain::state::VisitStatus;
use crate::domain::{FieldError, Invalid};
use crate::ops::Error as OpsError;
use crate::ops::profiles;
use crate::ops::visits::{
    self as ops, AgendaEntry, ChangeView, PlanView, VisitUpdate, VisitView, plan_cohort,
    plan_view_of, visit_view,
};

#[derive(Template)]
#[template(path = "console/visits.html")]
struct PlanPage {
    nav: Nav,
    csrf: String,
    cohort_id: String,
    cohort: String,
    plan: PlanView,
    svg: String,
    /// The visits by date: the calendar on a phone.
    agenda: Vec<Dated>,
    changes: Vec<ChangeView>,
    notice: Option<String>,
    error: Option<String>,
    cities: Vec<(String, String)>,
    /// Feedback after the visits, by pair and by host.
    feedback: (
        Vec<crate::ops::feedback::PairFeedback>,
        Vec<crate::ops::feedback::HostFeedback>,
    ),
    /// Travel costs: each visit's estimate against the cap, what was spent, the totals.
    costs: crate::ops::costs::CohortCosts,
}

impl PlanPage {
    /// An amount of euros as the console writes it: "€1,234.50".
    fn eur(&self, eur: &f64) -> String {
        crate::i18n::Tr::english().eur((eur * 100.0).round() as i64)
    }
}

/// `?published=N` or `?planned=1` after the forms.
#[derive(Debug, Deserialize)]
pub struct Done {
    published: Option<usize>,
    emails: Option<usize>,
    planned: Option<u8>,
}

/// The cohort's visits page, with a notice or the reason something was refused (422).
pub(super) async fn plan_page(
    request: &HttpRequest,
    pool: &DbPool,
    cohort_id: String,
    notice: Option<String>,
    error: Option<String>,
) -> Result<HttpResponse, PageError> {
    let (_, csrf, nav) = enter(request).await?;
    let id = cohort_id.clone();
    let (plan, changes, cohort, span, modules) = with_db(pool, move |conn| {
        let ctx = ops::context(conn, &CohortId::from(id))?;
        let changes = ops::changes(conn, &ctx)?;
        let c = &ctx.cohort.cohort;
        let (name, span) = (c.name.clone(), (c.starts_on, c.ends_on));
        let modules: Vec<_> = (ctx.cohort.modules.iter())
            .map(|m| (m.name.clone(), m.starts_on, m.ends_on))
            .collect();
        Ok((plan_view_of(conn, &ctx)?, changes, name, span, modules))
    })
    .await?;
    let id = CohortId::from(&cohort_id);
    let feedback = with_db(pool, move |conn| {
        let today = profiles::today();
        let (pairs, hosts) = crate::ops::feedback::of_cohort(conn, &id, today)?;
        // Only those with feedback are listed.
        Ok((
            pairs
                .into_values()
                .filter(|p| p.summary.all.responses > 0)
                .collect(),
            hosts
                .into_iter()
                .filter(|h| h.summary.all.responses > 0)
                .collect(),
        ))
    })
    .await?;
    let rates = crate::http::state::<crate::domain::costs::TravelRates>(request)?;
    let id = CohortId::from(&cohort_id);
    let costs = with_db(pool, move |conn| {
        crate::ops::costs::of_cohort(conn, &id, &rates)
    })
    .await?;
    let modules: Vec<Module> = (modules.iter())
        .map(|(name, starts_on, ends_on)| Module {
            name,
            starts_on: *starts_on,
            ends_on: *ends_on,
        })
        .collect();
    let mut cities: Vec<(String, String)> = plan
        .visits
        .iter()
        .flat_map(|v| {
            [
                (v.guest_city_id.to_string(), v.guest_city.clone()),
                (v.host_city_id.to_string(), v.host_city.clone()),
            ]
        })
        .collect();
    cities.sort_by(|a, b| a.1.cmp(&b.1));
    cities.dedup();
    let page = PlanPage {
        nav,
        csrf: csrf.token.clone(),
        svg: timeline(&plan, &modules, span.0, span.1),
        agenda: by_date(&plan),
        cohort_id,
        cohort,
        plan,
        changes,
        notice,
        error: error.clone(),
        cities,
        feedback,
        costs,
    };
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    Ok(csrf.apply(html_with(status, &page)?))
}

/// `GET /console/cohorts/{id}/visits`.
pub async fn show(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
    query: web::Query<Done>,
) -> Result<HttpResponse, PageError> {
    let notice = match (query.published, query.planned) {
        (Some(0), _) => {
            Some("Nothing changed since the last publish: nobody is to be emailed.".to_owned())
        }
        (Some(n), _) => Some(format!(
            "Published: {} recorded; {} to their participants queued (see Emails).",
            counted(n, "visit change", "visit changes"),
            counted(query.emails.unwrap_or(0), "email", "emails")
        )),
        (_, Some(_)) => {
            Some("Planned. Check the result, move visits if needed, then publish.".to_owned())
        }
        _ => None,
    };
    plan_page(&request, &pool, id.into_inner(), notice, None).await
}

/// The message of a refused operation, for the page.
pub(super) fn refusal(e: OpsError) -> Result<String, PageError> {
    match e {
        OpsError::Invalid(Invalid(errors)) => Ok(errors
            .into_iter()
            .map(|e| e.message)
            .collect::<Vec<_>>()
            .join("; ")),
        OpsError::Conflict { detail, .. } => Ok(detail),
        other => Err(other.into()),
    }
}

/// `POST /console/cohorts/{id}/visits/plan`.
pub async fn plan(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let manager = manager(&request).await?;
    let id = id.into_inner();
    match plan_cohort(&pool, id.clone().into(), manager.email).await {
        Ok(_) => Ok(redirect(&format!("/console/cohorts/{id}/visits?planned=1"))),
        Err(e) => plan_page(&request, &pool, id, None, Some(refusal(e)?)).await,
    }
}

#[derive(Template)]
#[template(path = "console/city_visits.html")]
struct CityPage {
    /// The itinerary's words: English, the console's language.
    t: crate::i18n::Tr,
    nav: Nav,
    cohort_id: String,
    cohort: String,
    city: String,
    visits: Vec<VisitView>,
}

/// `GET /console/cohorts/{id}/visits/city/{city}`: one city's visits with itineraries.
pub async fn city(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let (_, csrf, nav) = enter(&request).await?;
    let (cohort_id, city_id) = path.into_inner();
    let city_id = CityId::from(city_id);
    let id = cohort_id.clone();
    let (cohort, city, visits) = with_db(&pool, move |conn| {
        let ctx = ops::context(conn, &CohortId::from(id))?;
        let visits = ops::views(conn, &ctx, |v| ops::involves(v, &city_id))?;
        let city = crate::db::models::city::get(conn, &city_id)?
            .ok_or(OpsError::not_found("city", city_id))?
            .city
            .name;
        Ok((ctx.cohort.cohort.name.clone(), city, visits))
    })
    .await?;
    let page = CityPage {
        t: crate::i18n::Tr::english(),
        nav,
        cohort_id,
        cohort,
        city,
        visits,
    };
    Ok(csrf.apply(html(&page)?))
}
