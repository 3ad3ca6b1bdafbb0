//! `/invitation/{token}`: a city fills its profile through the link of its invitation. No
//! account: the link is the key, and a wrong, expired or revoked one gets the same 404.

mod submit;

pub use submit::{save, submitted};

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::form::Errors;
use super::lang::{Chosen, Switcher, visit_label, word};
use super::page::{Csrf, PageError, html, html_with, redirect};
use super::profile_check::{self, CheckSection};
use super::profile_form::ProfileFormView;
use crate::blocking::{in_transaction, with_db};
use crate::db::DbPool;
use crate::domain::FieldError;
use crate::domain::id::ProposalId;
use crate::domain::id::VisitId;
use crate::domain::profile::ProfileForm;
use crate::domain::state::{ProfileStatus, VisitStatus};
use crate::i18n::Tr;
use crate::mail::Letterhead;
use crate::ops::Error as OpsError;
use crate::ops::profiles::{self, Context, Intent};
use crate::ops::proposals::CityProposal;

#[derive(Template)]
#[template(path = "city_profile.html")]
struct CityPage {
    t: Tr,
    switch: Switcher,
    csrf: String,
    action: String,
    city: String,
    role: &'static str,
    cohort: String,
    call_closes: String,
    closed: bool,
    status: String,
    submitted: Option<(i32, String)>,
    last_saved: Option<(i32, String)>,
    notice: Option<String>,
    refusal: Option<String>,
    form: ProfileFormView,
    proposals: Vec<CityProposal>,
    accepting: String,
    answer_error: Option<(String, String)>,
    visits: Vec<crate::ops::visits::VisitView>,
    /// The full address of the city's calendar feed, and the same as a `webcal:` link.
    feed: (String, String),
    /// The city's visits that have ended, each with whether it gave its feedback.
    feedback: Vec<(VisitId, bool)>,
    /// Whether the city has a Replication Plan to write (a Twin with an accepted pair).
    plan: bool,
}

/// `twin` or `host`, as the catalogue's selectors name the roles.
fn role_key(ctx: &Context) -> &'static str {
    match ctx.role {
        crate::domain::profile::ProfileRole::Twin => "twin",
        crate::domain::profile::ProfileRole::Host => "host",
    }
}

/// The language of a city page, once its invitation is known.
fn chosen(request: &HttpRequest, ctx: &Context) -> Chosen {
    Chosen::for_request(request, ctx.language())
}

/// A city page's answer: a refusal or an error is a page in the city's language too.
fn answered(
    request: &HttpRequest,
    result: Result<HttpResponse, PageError>,
) -> Result<HttpResponse, PageError> {
    result.or_else(|e| {
        let chosen = Chosen::for_request(request, None);
        Ok(e.page_in(&chosen))
    })
}

#[allow(clippy::too_many_arguments)]
fn page(
    chosen: &Chosen,
    csrf: &Csrf,
    token: &str,
    ctx: &Context,
    form: &ProfileForm,
    errors: &Errors,
    notice: Option<String>,
    refusal: Option<String>,
) -> CityPage {
    let t = chosen.tr;
    let action = format!("/invitation/{token}");
    CityPage {
        t,
        switch: chosen.switcher(),
        csrf: csrf.token.clone(),
        city: ctx.city_name.clone(),
        role: role_key(ctx),
        cohort: ctx.cohort.cohort.name.clone(),
        call_closes: t.short_date(ctx.cohort.cohort.call_closes),
        closed: ctx.call_closed(),
        status: word(&t, "status", ctx.status().as_str()),
        submitted: ctx.submitted.as_ref().map(|r| {
            (
                r.version,
                r.submitted_at.map(|at| t.stamp(at)).unwrap_or_default(),
            )
        }),
        last_saved: ctx
            .latest
            .as_ref()
            .map(|l| (l.row.version, t.stamp(l.row.created_at))),
        notice,
        refusal,
        form: ProfileFormView::new(ctx, form, errors, &t),
        action,
        proposals: Vec::new(),
        accepting: accepting(ctx, &t),
        answer_error: None,
        visits: Vec::new(),
        feed: (String::new(), String::new()),
        feedback: Vec::new(),
        plan: false,
    }
}

async fn proposals_of(pool: &DbPool, ctx: &Context) -> Result<Vec<CityProposal>, PageError> {
    let (cohort, city) = (
        ctx.invitation.cohort_id.clone(),
        ctx.invitation.city_id.clone(),
    );
    Ok(with_db(pool, move |conn| {
        crate::ops::proposals::for_city(conn, &cohort, &city)
    })
    .await?)
}

/// What accepting a pair commits a city to, in the cohort's terms.
fn accepting(ctx: &Context, t: &Tr) -> String {
    let c = &ctx.cohort.cohort;
    let modules = ctx
        .cohort
        .modules
        .iter()
        .map(|m| m.name.as_str())
        .collect::<Vec<_>>();
    let mut args = vec![
        (
            "trips",
            t.count("count-trips", c.visits_twin_to_host).into(),
        ),
        (
            "visits",
            t.count("count-visits", c.visits_host_to_twin).into(),
        ),
        ("days", t.count("count-workdays", c.visit_days).into()),
    ];
    let plan = if modules.is_empty() {
        t.with("city-accepting-plan", &args)
    } else {
        args.push(("modules", modules.join(", ").into()));
        t.with("city-accepting-plan-modules", &args)
    };
    format!("{plan} {}", t.t("city-accepting-emails"))
}

impl CityPage {
    /// "Aarhus (DK), about 300 000 inhabitants; 2 420 km from you, ...".
    /// Why the round paired them, in the page's language.
    fn why(&self, p: &CityProposal) -> Option<String> {
        let (twin, host, parts) = p.why.as_ref()?;
        Some(super::lang::explain(&self.t, twin, host, parts))
    }

    fn partner_about(&self, c: &crate::ops::proposals::PartnerCity) -> String {
        let t = &self.t;
        let mode = if c.travel.mode == "rail" {
            t.t("mode-rail")
        } else {
            t.t("mode-air")
        };
        t.with(
            "city-partner-about",
            &[
                ("city", c.name.as_str().into()),
                ("country", c.country.as_str().into()),
                ("population", t.number(f64::from(c.population)).into()),
                ("km", t.number(c.travel.distance_km).into()),
                ("mode", mode.into()),
                (
                    "co2",
                    t.number(c.travel.co2_kg_per_traveller.round()).into(),
                ),
            ],
        )
    }

    /// What the partner is in the programme.
    fn partner_role(&self, role: &str) -> String {
        self.t.t(match role {
            "Twin City" => "partner-twin",
            "Mission City" => "partner-mission",
            _ => "partner-pilot",
        })
    }

    /// Why a pair was declined, and by whom.
    fn declined(&self, p: &CityProposal, who: &str) -> String {
        use crate::domain::state::Answer;
        let t = &self.t;
        let mine = if p.as_twin {
            p.proposal.twin_answer
        } else {
            p.proposal.host_answer
        };
        let reason = p.proposal.reason.as_str();
        let said = match (mine == Answer::Declined, reason.is_empty()) {
            (true, true) => t.t("city-you-declined"),
            (true, false) => t.t1("city-you-declined-because", "reason", reason),
            (false, true) => t.t1("city-they-declined", "who", who),
            (false, false) => t.t2(
                "city-they-declined-because",
                ("who", who),
                ("reason", reason),
            ),
        };
        format!("{said} {}", t.t("city-look-again"))
    }

    /// A visit's dates, or "cancelled".
    fn visit_when(&self, v: &crate::ops::visits::VisitView) -> String {
        if v.status == VisitStatus::Cancelled {
            return word(&self.t, "visit", VisitStatus::Cancelled.as_str());
        }
        match (v.starts_on, v.ends_on) {
            (Some(s), Some(e)) => self.t.t2(
                "visit-when",
                ("from", self.t.short_date(s)),
                ("to", self.t.short_date(e)),
            ),
            _ => String::new(),
        }
    }

    /// A visit's label: who goes where, which trip.
    fn visit_label(&self, v: &crate::ops::visits::VisitView) -> String {
        visit_label(&self.t, v)
    }
}

async fn load(pool: &DbPool, token: String) -> Result<Context, PageError> {
    with_db(pool, move |conn| profiles::by_token(conn, &token))
        .await?
        .ok_or(PageError::NotFound)
}

/// `?saved=`.
#[derive(Deserialize)]
pub struct Saved {
    saved: Option<String>,
}

/// `GET /invitation/{token}`.
pub async fn show(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    token: web::Path<String>,
    query: web::Query<Saved>,
) -> Result<HttpResponse, PageError> {
    let token = token.into_inner();
    let result = show_page(&request, &pool, &token, &query).await;
    answered(&request, result)
}

async fn show_page(
    request: &HttpRequest,
    pool: &DbPool,
    token: &str,
    query: &Saved,
) -> Result<HttpResponse, PageError> {
    let (request, token) = (request.clone(), token.to_owned());
    let ctx = load(pool, token.clone()).await?;
    let chosen = chosen(&request, &ctx);
    let t = chosen.tr;
    let csrf = Csrf::for_request(&request)?;
    let form = ctx
        .latest
        .as_ref()
        .map(|l| ProfileForm::from(&l.profile))
        .unwrap_or_default();
    let notice = match query.saved.as_deref() {
        Some("draft") => Some(t.t("city-saved-draft")),
        Some("answer") => Some(t.t("city-saved-answer")),
        _ => None,
    };
    let mut view = page(
        &chosen,
        &csrf,
        &token,
        &ctx,
        &form,
        &Errors::default(),
        notice,
        None,
    );
    view.proposals = proposals_of(pool, &ctx).await?;
    let (cohort, city) = (
        ctx.invitation.cohort_id.clone(),
        ctx.invitation.city_id.clone(),
    );
    view.visits = with_db(pool, move |conn| {
        crate::ops::visits::city_views(conn, &cohort, &city).map(|(_, v)| v)
    })
    .await?;
    view.feed = feed(
        &crate::http::state::<Letterhead>(&request)?.public_url,
        &token,
    );
    view.feedback = {
        let (cohort, city) = (
            ctx.invitation.cohort_id.clone(),
            ctx.invitation.city_id.clone(),
        );
        with_db(pool, move |conn| {
            crate::ops::feedback::ended_for_city(
                conn,
                &cohort,
                &city,
                crate::ops::profiles::today(),
            )
        })
        .await?
    };
    view.plan = {
        let ctx = ctx.clone();
        with_db(pool, move |conn| crate::ops::plans::has_plan(conn, &ctx)).await?
    };
    Ok(chosen.apply(csrf.apply(html(&view)?)))
}

/// The calendar feed's full address, and the same with the `webcal:` scheme calendar apps
/// open as a subscription.
fn feed(public_url: &str, token: &str) -> (String, String) {
    let url = format!("{public_url}/invitation/{token}/calendar.ics");
    let webcal = match url.split_once("://") {
        Some((_, rest)) => format!("webcal://{rest}"),
        None => url.clone(),
    };
    (url, webcal)
}

/// `GET /invitation/{token}/calendar.ics`: the city's published visits as a calendar feed
/// its calendar client can subscribe to (the link is the key, as for the page).
pub async fn calendar(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let ctx = load(&pool, token.into_inner()).await?;
    // In the city's language, as its pages (a calendar app sends no cookie: the
    // profile's language, or `?lang=` on the address).
    let tr = chosen(&request, &ctx).tr;
    let body = with_db(&pool, move |conn| {
        crate::ops::visits::city_ics(conn, &ctx, &tr)
    })
    .await?;
    Ok(crate::http::calendar(body))
}

/// `POST /invitation/{token}/proposals/{id}`: accept, or decline with a reason.
pub async fn answer(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let (token, proposal_id) = path.into_inner();
    let result = answer_page(&request, &pool, &token, proposal_id, &body).await;
    answered(&request, result)
}

async fn answer_page(
    request: &HttpRequest,
    pool: &DbPool,
    token: &str,
    proposal_id: String,
    body: &[u8],
) -> Result<HttpResponse, PageError> {
    let (request, token) = (request.clone(), token.to_owned());
    let pairs: Vec<(String, String)> = form_urlencoded::parse(body).into_owned().collect();
    let field = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let ctx = load(pool, token.clone()).await?;
    let chosen = chosen(&request, &ctx);
    let accept = field("answer") == "accept";
    let reason = field("reason");
    let attempt = {
        let (cohort, city, id, reason) = (
            ctx.invitation.cohort_id.clone(),
            ctx.invitation.city_id.clone(),
            proposal_id.clone(),
            reason.clone(),
        );
        in_transaction(pool, move |conn| {
            crate::ops::proposals::answer(
                conn,
                &cohort,
                &city,
                &ProposalId::from(id),
                accept,
                &reason,
            )
        })
        .await
    };
    match attempt {
        Ok(_) => Ok(redirect(&format!("/invitation/{token}?saved=answer"))),
        Err(OpsError::Invalid(invalid)) => {
            let csrf = Csrf::for_request(&request)?;
            let form = ctx
                .latest
                .as_ref()
                .map(|l| ProfileForm::from(&l.profile))
                .unwrap_or_default();
            let mut view = page(
                &chosen,
                &csrf,
                &token,
                &ctx,
                &form,
                &Errors::default(),
                None,
                None,
            );
            view.proposals = proposals_of(pool, &ctx).await?;
            view.answer_error = Errors(invalid.0)
                .in_language(&chosen.tr)
                .0
                .first()
                .map(|e| (proposal_id.clone(), e.message.clone()));
            Ok(chosen.apply(csrf.apply(html_with(StatusCode::UNPROCESSABLE_ENTITY, &view)?)))
        }
        Err(OpsError::NotFound { .. }) => Err(PageError::NotFound),
        // A refusal (a settled pair, an archived cohort) in the city's language.
        Err(other) => Ok(PageError::from(other).page_in(&chosen)),
    }
}
