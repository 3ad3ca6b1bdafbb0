//! One visit's page, for a manager and for a city through its link: the itinerary, the
//! move form checked against every rule, and the agenda editor.

use super::costs::{CostForm, city_costs_view, cost_form, rates};
use super::*;
use crate::domain::costs::TravelRates;
use crate::domain::id::CityId;
use crate::domain::id::CohortId;
use crate::domain::id::VisitId;
use crate::i18n::Tr;
use crate::ops::costs::{self as costs, VisitCost};
use crate::web::lang::{Chosen, Switcher};

/// Where a visit page's forms go, and who may use them.
pub(super) struct Access {
    /// `/console/visits/{id}` or `/invitation/{token}/visits/{id}`.
    base: String,
    /// A manager may move and confirm.
    can_move: bool,
    /// A manager, or the city receiving the visit.
    can_edit_agenda: bool,
}

#[derive(Template)]
#[template(path = "visit.html")]
pub(super) struct VisitPage {
    t: Tr,
    switch: Option<Switcher>,
    nav: Option<Nav>,
    csrf: String,
    back: String,
    back_label: String,
    v: VisitView,
    access: Access,
    pub(super) summary: Vec<SummaryItem>,
    move_field: Field,
    agenda_field: Field,
    confirmed: bool,
    notice: Option<String>,
    /// Both sides' feedback, for a manager.
    feedback: Option<crate::ops::feedback::VisitFeedback>,
    /// The visit's travel costs.
    pub(super) cost: Option<VisitCost>,
    /// The form that records what was spent, for the travelling city.
    pub(super) cost_form: Option<CostForm>,
}

/// The agenda as the editor shows it: one item per line, `day | title | detail`.
fn agenda_text(v: &VisitView) -> String {
    v.agenda
        .iter()
        .flat_map(|d| {
            d.items.iter().map(move |i| {
                if i.detail.is_empty() {
                    format!("{} | {}", d.day, i.title)
                } else {
                    format!("{} | {} | {}", d.day, i.title, i.detail)
                }
            })
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Reads the agenda editor; a line that is not `day | title | detail` is named.
fn parse_agenda(text: &str) -> Result<Vec<AgendaEntry>, Invalid> {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let mut parts = line.splitn(3, '|').map(str::trim);
        let day = parts.next().unwrap_or_default();
        let title = parts.next().unwrap_or_default();
        let detail = parts.next().unwrap_or_default();
        match day.parse::<i32>() {
            Ok(day) if !title.is_empty() => out.push(AgendaEntry {
                day,
                title: title.to_owned(),
                detail: detail.to_owned(),
            }),
            _ => errors.push(FieldError {
                field: "agenda".to_owned(),
                message: format!(
                    "line {}: write the day number, a bar and what happens, e.g. 2 | Site visit: energy park",
                    i + 1
                ), refusal: None,
            }),
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(Invalid(errors))
    }
}

/// The errors of the agenda, all shown on its one field with the item they are about.
fn agenda_errors(e: Invalid) -> Errors {
    Errors(
        e.0.into_iter()
            .map(|f| FieldError {
                message: if f.field == "agenda" {
                    f.message
                } else {
                    format!("{}: {}", f.field.replace("agenda", "item "), f.message)
                },
                field: "agenda".to_owned(),
                refusal: None,
            })
            .collect(),
    )
}

#[derive(Default)]
pub(super) struct Typed {
    starts_on: Option<String>,
    agenda: Option<String>,
}

#[allow(clippy::too_many_arguments)]
pub(super) fn visit_page(
    (t, switch): (Tr, Option<Switcher>),
    nav: Option<Nav>,
    csrf: &Csrf,
    back: (String, String),
    v: VisitView,
    access: Access,
    errors: &Errors,
    typed: Typed,
    notice: Option<String>,
) -> VisitPage {
    let move_field = Field::new(
        "date",
        "starts_on",
        "First day",
        typed
            .starts_on
            .unwrap_or_else(|| v.starts_on.map(|d| d.to_string()).unwrap_or_default()),
    )
    .hint(format!(
        "{} consecutive workdays between {} and {}; checked against every rule before it is saved.",
        v.days, v.window_start, v.window_end
    ))
    .errors(errors);
    let agenda_field = Field::new(
        "textarea",
        "agenda",
        t.t("visit-agenda-field"),
        typed.agenda.unwrap_or_else(|| agenda_text(&v)),
    )
    .hint(t.t("visit-agenda-hint"))
    .errors(errors)
    .in_language(&t);
    let summary = errors.summary(&[&move_field, &agenda_field]);
    VisitPage {
        t,
        switch,
        nav,
        csrf: csrf.token.clone(),
        back: back.0,
        back_label: back.1,
        confirmed: v.status == VisitStatus::Confirmed,
        v,
        access,
        summary,
        move_field,
        agenda_field,
        notice,
        feedback: None,
        cost: None,
        cost_form: None,
    }
}

/// `?saved=`.
#[derive(Debug, Deserialize)]
pub struct Saved {
    saved: Option<String>,
}

fn saved_notice(saved: Option<&str>) -> Option<String> {
    match saved {
        Some("moved") => Some("Saved. Publish the schedule to tell the participants.".to_owned()),
        Some("agenda") => Some("The agenda is saved.".to_owned()),
        _ => None,
    }
}

fn manager_access(id: &str) -> Access {
    Access {
        base: format!("/console/visits/{id}"),
        can_move: true,
        can_edit_agenda: true,
    }
}

/// A manager's page of visit `id`, read afresh, with these errors and typed values.
async fn manager_page(
    (pool, rates): (&DbPool, TravelRates),
    id: String,
    (nav, csrf): (Nav, &Csrf),
    errors: &Errors,
    typed: Typed,
    notice: Option<String>,
) -> Result<VisitPage, PageError> {
    let v = with_db(pool, move |conn| visit_view(conn, &VisitId::from(id))).await?;
    let back = (
        format!("/console/cohorts/{}/visits", v.cohort_id),
        "Visits of the cohort".to_owned(),
    );
    let access = manager_access(&v.id);
    let visit_id = v.id.clone();
    let viewed = v.clone();
    let cost = with_db(pool, move |conn| costs::of_view(conn, &viewed, &rates)).await?;
    let feedback = with_db(pool, move |conn| {
        crate::ops::feedback::of_visit(
            conn,
            &VisitId::from(visit_id),
            crate::ops::profiles::today(),
        )
    })
    .await?;
    let mut page = visit_page(
        (Tr::english(), None),
        Some(nav),
        csrf,
        back,
        v,
        access,
        errors,
        typed,
        notice,
    );
    page.feedback = Some(feedback);
    page.cost = Some(cost);
    Ok(page)
}

/// `GET /console/visits/{id}`.
pub async fn show_visit(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
    query: web::Query<Saved>,
) -> Result<HttpResponse, PageError> {
    let (_, csrf, nav) = enter(&request).await?;
    let id = id.into_inner();
    let page = manager_page(
        (&pool, rates(&request)?),
        id,
        (nav, &csrf),
        &Errors::default(),
        Typed::default(),
        saved_notice(query.saved.as_deref()),
    )
    .await?;
    Ok(csrf.apply(html(&page)?))
}

/// The move form.
#[derive(Debug, Deserialize)]
pub struct MoveForm {
    #[serde(default)]
    starts_on: String,
    #[serde(default)]
    confirmed: Option<String>,
}

/// `POST /console/visits/{id}`: move and/or confirm; a move that breaks a rule is
/// refused with the rule, next to the field.
pub async fn move_visit(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
    form: web::Form<MoveForm>,
) -> Result<HttpResponse, PageError> {
    let (manager, csrf, nav) = enter(&request).await?;
    let id = id.into_inner();
    let form = form.into_inner();
    let typed = form.starts_on.trim().to_owned();
    let parsed = if typed.is_empty() {
        Ok(None)
    } else {
        crate::domain::calendar::parse_day(&typed)
            .map(Some)
            .map_err(|why| Invalid::field("starts_on", why))
    };
    let change = parsed.map(|starts_on| VisitUpdate {
        starts_on,
        confirmed: Some(form.confirmed.is_some()),
    });
    let visit_id = id.clone();
    let result = match change {
        Ok(change) => {
            in_transaction(&pool, move |conn| {
                ops::update(conn, &VisitId::from(visit_id), &change, &manager.email)
            })
            .await
        }
        Err(e) => Err(e.into()),
    };
    match result {
        Ok(_) => Ok(redirect(&format!("/console/visits/{id}?saved=moved"))),
        Err(OpsError::Invalid(e)) => {
            let typed = Typed {
                starts_on: Some(typed),
                agenda: None,
            };
            let page = manager_page(
                (&pool, rates(&request)?),
                id,
                (nav, &csrf),
                &Errors(e.0),
                typed,
                None,
            )
            .await?;
            Ok(csrf.apply(html_with(StatusCode::UNPROCESSABLE_ENTITY, &page)?))
        }
        Err(e) => Err(e.into()),
    }
}

/// The agenda form.
#[derive(Debug, Deserialize)]
pub struct AgendaForm {
    #[serde(default)]
    agenda: String,
}

/// Saves an agenda as a manager (`city`: `None`) or as the receiving city.
async fn save_agenda(
    pool: &DbPool,
    id: String,
    text: &str,
    city: Option<(CityId, CohortId)>,
    actor: String,
) -> Result<(), OpsError> {
    let entries = parse_agenda(text)?;
    in_transaction(pool, move |conn| {
        let city = city.as_ref().map(|(c, k)| (c, k));
        ops::set_agenda(conn, &VisitId::from(id), &entries, city, &actor).map(drop)
    })
    .await
}

/// `POST /console/visits/{id}/agenda`.
pub async fn agenda(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
    form: web::Form<AgendaForm>,
) -> Result<HttpResponse, PageError> {
    let (manager, csrf, nav) = enter(&request).await?;
    let id = id.into_inner();
    match save_agenda(&pool, id.clone(), &form.agenda, None, manager.email).await {
        Ok(()) => Ok(redirect(&format!("/console/visits/{id}?saved=agenda"))),
        Err(OpsError::Invalid(e)) => {
            let typed = Typed {
                starts_on: None,
                agenda: Some(form.agenda.clone()),
            };
            let page = manager_page(
                (&pool, rates(&request)?),
                id,
                (nav, &csrf),
                &agenda_errors(e),
                typed,
                None,
            )
            .await?;
            Ok(csrf.apply(html_with(StatusCode::UNPROCESSABLE_ENTITY, &page)?))
        }
        Err(e) => Err(e.into()),
    }
}

/// A published visit of the city behind a link, or 404 (never saying which).
pub(super) async fn city_visit(
    pool: &DbPool,
    token: String,
    id: String,
) -> Result<(profiles::Context, VisitView), PageError> {
    let ctx = with_db(pool, move |conn| profiles::by_token(conn, &token))
        .await?
        .ok_or(PageError::NotFound)?;
    let (cohort, city) = (
        ctx.invitation.cohort_id.clone(),
        ctx.invitation.city_id.clone(),
    );
    let v = with_db(pool, move |conn| {
        let (_, views) = ops::city_views(conn, &cohort, &city)?;
        Ok(views.into_iter().find(|v| v.id == id))
    })
    .await?
    .ok_or(PageError::NotFound)?;
    Ok((ctx, v))
}

pub(super) fn city_access(token: &str, ctx: &profiles::Context, v: &VisitView) -> Access {
    Access {
        base: format!("/invitation/{token}/visits/{}", v.id),
        can_move: false,
        can_edit_agenda: v.host_city_id == ctx.invitation.city_id
            && v.status != VisitStatus::Cancelled,
    }
}

/// `GET /invitation/{token}/visits/{id}`: a city's visit, its itinerary and, when it
/// receives the visit, the agenda editor.
pub async fn city_show(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    path: web::Path<(String, String)>,
    query: web::Query<Saved>,
) -> Result<HttpResponse, PageError> {
    let (token, id) = path.into_inner();
    let result = async {
        let (ctx, v) = city_visit(&pool, token.clone(), id).await?;
        let chosen = city_language(&request, &ctx);
        let t = chosen.tr;
        let csrf = Csrf::for_request(&request)?;
        let access = city_access(&token, &ctx, &v);
        let notice = match query.saved.as_deref() {
            Some("agenda") => Some(t.t("visit-saved-agenda")),
            Some("costs") => Some(t.t("costs-saved")),
            _ => None,
        };
        let costs = city_costs_view(&pool, &ctx, v.id.clone(), rates(&request)?).await?;
        let mut page = visit_page(
            (t, Some(chosen.switcher())),
            None,
            &csrf,
            (format!("/invitation/{token}"), t.t("visit-back")),
            v,
            access,
            &Errors::default(),
            Typed::default(),
            notice,
        );
        page.cost_form = cost_form(&t, &token, &costs, None, &Errors::default());
        page.cost = Some(costs.cost);
        Ok(chosen.apply(csrf.apply(html(&page)?)))
    }
    .await;
    result.or_else(|e: PageError| Ok(e.page_in(&Chosen::for_request(&request, None))))
}

/// `POST /invitation/{token}/visits/{id}/agenda`: the receiving city edits its agenda.
pub async fn city_agenda(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    path: web::Path<(String, String)>,
    form: web::Form<AgendaForm>,
) -> Result<HttpResponse, PageError> {
    let (token, id) = path.into_inner();
    let (ctx, v) = city_visit(&pool, token.clone(), id.clone()).await?;
    let chosen = city_language(&request, &ctx);
    let access = city_access(&token, &ctx, &v);
    if !access.can_edit_agenda {
        return Err(PageError::NotFound);
    }
    let city = Some((
        ctx.invitation.city_id.clone(),
        ctx.invitation.cohort_id.clone(),
    ));
    let actor = format!("city:{}", ctx.city_name);
    match save_agenda(&pool, id.clone(), &form.agenda, city, actor).await {
        Ok(()) => Ok(redirect(&format!(
            "/invitation/{token}/visits/{id}?saved=agenda"
        ))),
        Err(OpsError::Invalid(e)) => {
            let csrf = Csrf::for_request(&request)?;
            let page = visit_page(
                (chosen.tr, Some(chosen.switcher())),
                None,
                &csrf,
                (format!("/invitation/{token}"), chosen.tr.t("visit-back")),
                v,
                access,
                &agenda_errors(e),
                Typed {
                    starts_on: None,
                    agenda: Some(form.agenda.clone()),
                },
                None,
            );
            Ok(chosen.apply(csrf.apply(html_with(StatusCode::UNPROCESSABLE_ENTITY, &page)?)))
        }
        Err(e) => Err(e.into()),
    }
}

/// The language of a city's visit page: its switch, its profile's, its browser's.
pub(super) fn city_language(request: &HttpRequest, ctx: &profiles::Context) -> Chosen {
    let profile = ctx
        .latest
        .as_ref()
        .and_then(|l| l.profile.contacts.first())
        .map(|c| c.language.as_str());
    Chosen::for_request(request, profile)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_agenda_line_that_is_not_day_bar_title_is_named() {
        let ok = parse_agenda("1 | Welcome\n\n3 | Energy park | Bus at 9:00").unwrap();
        assert_eq!(ok.len(), 2);
        assert_eq!((ok[1].day, ok[1].detail.as_str()), (3, "Bus at 9:00"));
        let Err(Invalid(errors)) = parse_agenda("1 | Welcome\nWelcome drinks\n2 |") else {
            panic!("accepted");
        };
        let lines: Vec<&str> = errors.iter().map(|e| &e.message[..6]).collect();
        assert_eq!(lines, ["line 2", "line 3"]);
    }
}
