//! A city's travel costs on its visit page: the form of what the travelling city spent,
//! checked and recorded (`ops::costs`), in the city's language.

use super::visit::{Typed, city_access, city_language, city_visit, visit_page};
use super::*;
use crate::domain::costs::{SpentFields, TravelRates};
use crate::domain::id::VisitId;
use crate::domain::limits;
use crate::i18n::Tr;
use crate::ops::costs::{self as costs, CityCosts};
use crate::web::lang::Chosen;

/// The form of what the travelling city spent on a visit.
pub(super) struct CostForm {
    /// Where it posts.
    pub(super) action: String,
    /// The amount in euros.
    pub(super) amount: Field,
    /// What it covers.
    pub(super) note: Field,
    /// Whether it can be used now.
    pub(super) open: bool,
    /// Why not, when it cannot (the cohort is archived).
    pub(super) refusal: Option<String>,
}

/// The costs form of a city's visit, with what was typed (else what was recorded) and the
/// errors, in `t`'s words.
pub(super) fn cost_form(
    t: &Tr,
    token: &str,
    view: &CityCosts,
    typed: Option<&SpentFields>,
    errors: &Errors,
) -> Option<CostForm> {
    if !view.travelling {
        return None;
    }
    let c = &view.cost;
    let recorded = SpentFields {
        amount: c.actual().map(|a| a.plain()).unwrap_or_default(),
        note: c.note.clone().unwrap_or_default(),
    };
    let f = typed.unwrap_or(&recorded);
    Some(CostForm {
        action: format!("/invitation/{token}/visits/{}/costs", c.visit_id),
        amount: Field::new("text", "amount", t.t("costs-amount"), f.amount.as_str())
            .hint(t.t("costs-amount-hint"))
            .errors(errors)
            .in_language(t),
        note: Field::new("textarea", "note", t.t("costs-note"), f.note.as_str())
            .hint(t.t("costs-note-hint"))
            .limit_in(t, limits::COST_NOTE_CHARS)
            .optional()
            .errors(errors)
            .in_language(t),
        open: view.open,
        refusal: view.refusal.as_ref().map(|_| t.t("costs-archived")),
    })
}

/// The stated travel rates of the app.
pub(super) fn rates(request: &HttpRequest) -> Result<TravelRates, PageError> {
    Ok(crate::http::state::<TravelRates>(request)?)
}

/// What the city behind `ctx` sees of the costs of its visit `id`.
pub(super) async fn city_costs_view(
    pool: &DbPool,
    ctx: &profiles::Context,
    id: String,
    rates: TravelRates,
) -> Result<CityCosts, PageError> {
    let (city, cohort) = (
        ctx.invitation.city_id.clone(),
        ctx.invitation.cohort_id.clone(),
    );
    Ok(with_db(pool, move |conn| {
        costs::for_city(conn, &VisitId::from(id), &city, &cohort, &rates)
    })
    .await?)
}

/// The costs form as sent.
#[derive(Debug, Deserialize)]
pub struct CostsForm {
    #[serde(default)]
    amount: String,
    #[serde(default)]
    note: String,
}

/// `POST /invitation/{token}/visits/{id}/costs`: the travelling city records (or changes)
/// what it spent; a wrong field is named beside it, in the city's language (422).
pub async fn city_costs(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    path: web::Path<(String, String)>,
    form: web::Form<CostsForm>,
) -> Result<HttpResponse, PageError> {
    let (token, id) = path.into_inner();
    let result = async {
        let (ctx, v) = city_visit(&pool, token.clone(), id.clone()).await?;
        let chosen = city_language(&request, &ctx);
        let t = chosen.tr;
        let rates = rates(&request)?;
        let fields = SpentFields {
            amount: form.amount.clone(),
            note: form.note.clone(),
        };
        let attempt = {
            let (city, cohort, visit, fields) = (
                ctx.invitation.city_id.clone(),
                ctx.invitation.cohort_id.clone(),
                id.clone(),
                fields.clone(),
            );
            let actor = format!("city:{}", ctx.city_name);
            in_transaction(&pool, move |conn| {
                costs::record(
                    conn,
                    &VisitId::from(visit),
                    &city,
                    &cohort,
                    &fields,
                    &rates,
                    &actor,
                )
            })
            .await
        };
        match attempt {
            Ok(_) => Ok(redirect(&format!(
                "/invitation/{token}/visits/{id}?saved=costs#costs"
            ))),
            Err(OpsError::Invalid(e)) => {
                let errors = Errors(e.0).in_language(&t);
                let csrf = Csrf::for_request(&request)?;
                let access = city_access(&token, &ctx, &v);
                let costs = city_costs_view(&pool, &ctx, id, rates).await?;
                let mut page = visit_page(
                    (t, Some(chosen.switcher())),
                    None,
                    &csrf,
                    (format!("/invitation/{token}"), t.t("visit-back")),
                    v,
                    access,
                    &Errors::default(),
                    Typed::default(),
                    None,
                );
                page.cost_form = cost_form(&t, &token, &costs, Some(&fields), &errors);
                if let Some(f) = &page.cost_form {
                    page.summary = errors.summary(&[&f.amount, &f.note]);
                }
                page.cost = Some(costs.cost);
                Ok(chosen.apply(csrf.apply(html_with(StatusCode::UNPROCESSABLE_ENTITY, &page)?)))
            }
            Err(e) => Err(e.into()),
        }
    }
    .await;
    result.or_else(|e: PageError| Ok(e.page_in(&Chosen::for_request(&request, None))))
}
