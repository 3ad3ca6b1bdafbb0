//! Submitting a profile: save a draft, or check the answers and confirm (a second click
//! on Submit stores and sends nothing), then the confirmation with its reference.

use super::*;

/// The "Check your answers" page.
#[derive(Template)]
#[template(path = "city_check.html")]
struct CheckPage {
    t: Tr,
    switch: Switcher,
    csrf: String,
    action: String,
    city: String,
    role: &'static str,
    cohort: String,
    resubmit: bool,
    sections: Vec<CheckSection>,
    hidden: Vec<(String, String)>,
    /// The tag of the profile as it was when the answers were checked: the confirmation
    /// saves only if it is still the latest (a second click on Submit finds it is not).
    version: String,
}

/// The confirmation page of a submitted profile.
#[derive(Template)]
#[template(path = "city_submitted.html")]
struct SubmittedPage {
    t: Tr,
    switch: Switcher,
    action: String,
    city: String,
    reference: String,
    version: i32,
    submitted_at: String,
    recipients: Vec<String>,
    call_closes: String,
    closed: bool,
    /// Why this page answers a submission that stored nothing (it was already submitted),
    /// with the answers received then.
    notice: Option<String>,
    received: Vec<CheckSection>,
}

/// What a city asks of its form, by the button it pressed.
enum Step {
    /// Save a draft (as it is, nothing checked but what is there).
    Draft,
    /// Submit: the answers are checked and shown back before anything is stored.
    Check,
    /// Submit what it checked.
    Confirm,
    /// Back from the check to the form, with its answers.
    Change,
}

/// `POST /invitation/{token}`: save a draft; or submit, in two steps (check the answers,
/// then confirm); or go back from the check to the form.
pub async fn save(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    token: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let token = token.into_inner();
    let result = save_page(&request, &pool, &token, &body).await;
    answered(&request, result)
}

async fn save_page(
    request: &HttpRequest,
    pool: &DbPool,
    token: &str,
    body: &[u8],
) -> Result<HttpResponse, PageError> {
    let (request, token) = (request.clone(), token.to_owned());
    let pairs: Vec<(String, String)> = form_urlencoded::parse(body).into_owned().collect();
    let field = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    };
    let form = ProfileForm::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let ctx = load(pool, token.clone()).await?;
    let chosen = chosen(&request, &ctx);
    let t = chosen.tr;
    // Once submitted, every save is a submission: it goes through the check too.
    let step = match field("action") {
        "confirm" => Step::Confirm,
        "change" => Step::Change,
        "submit" => Step::Check,
        _ if ctx.submitted.is_some() => Step::Check,
        _ => Step::Draft,
    };
    let csrf = Csrf::for_request(&request)?;
    let attempt = match step {
        Step::Change => {
            let view = page(
                &chosen,
                &csrf,
                &token,
                &ctx,
                &form,
                &Errors::default(),
                None,
                None,
            );
            return Ok(chosen.apply(csrf.apply(html(&view)?)));
        }
        Step::Check => {
            let (checking, form) = (ctx.clone(), form.clone());
            let checked = with_db(pool, move |conn| {
                profiles::check_as_city(conn, &checking, &form, true)
            })
            .await;
            match checked {
                Ok(valid) => {
                    let action = format!("/invitation/{token}");
                    let view = CheckPage {
                        t,
                        switch: chosen.switcher(),
                        csrf: csrf.token.clone(),
                        action,
                        city: ctx.city_name.clone(),
                        role: role_key(&ctx),
                        cohort: ctx.cohort.cohort.name.clone(),
                        resubmit: ctx.submitted.is_some(),
                        sections: profile_check::sections(&ctx, &valid, &t),
                        hidden: profile_check::hidden(&valid),
                        version: profiles::profile_tag(
                            ctx.latest.as_ref().map_or(0, |l| l.row.version),
                        ),
                    };
                    return Ok(chosen.apply(csrf.apply(html(&view)?)));
                }
                Err(e) => Err(e),
            }
        }
        Step::Draft | Step::Confirm => {
            let intent = if matches!(step, Step::Confirm) {
                Intent::Submit
            } else {
                Intent::Draft
            };
            let head = crate::http::state::<Letterhead>(&request)?;
            // The check page sends the tag of the version it checked against: a second
            // click on its Submit (or a change saved meanwhile) finds a newer version and
            // stores and sends nothing.
            let expected = Some(field("version"))
                .filter(|v| matches!(step, Step::Confirm) && !v.is_empty())
                .map(str::to_owned);
            let (ctx, form) = (ctx.clone(), form.clone());
            in_transaction(pool, move |conn| {
                profiles::expect_version(conn, &ctx, expected.as_deref())?;
                profiles::save_as_city(conn, &ctx, &form, intent, &head)
            })
            .await
        }
    };
    match attempt {
        Ok(row) if row.status == ProfileStatus::Submitted => {
            Ok(redirect(&format!("/invitation/{token}/submitted")))
        }
        Ok(_) => Ok(redirect(&format!("/invitation/{token}?saved=draft"))),
        Err(OpsError::Invalid(invalid)) => {
            let view = page(
                &chosen,
                &csrf,
                &token,
                &ctx,
                &form,
                &Errors(invalid.0),
                None,
                None,
            );
            Ok(chosen.apply(csrf.apply(html_with(StatusCode::UNPROCESSABLE_ENTITY, &view)?)))
        }
        Err(OpsError::Forbidden(reason)) => {
            // The one refusal a city meets here is a closed call: said in its language.
            let reason = if ctx.call_closed() {
                t.t1(
                    "city-call-closed-refusal",
                    "date",
                    t.short_date(ctx.cohort.cohort.call_closes),
                )
            } else {
                reason
            };
            let view = page(
                &chosen,
                &csrf,
                &token,
                &ctx,
                &form,
                &Errors::default(),
                None,
                Some(reason),
            );
            Ok(chosen.apply(csrf.apply(html_with(StatusCode::FORBIDDEN, &view)?)))
        }
        Err(OpsError::Stale(_)) => {
            // What is stored now, not what the page was loaded with.
            let now = load(pool, token.clone()).await?;
            let submitted_now = now
                .latest
                .as_ref()
                .is_some_and(|l| l.row.status == ProfileStatus::Submitted);
            if submitted_now {
                let mut view = submitted_view(&chosen, &token, &now);
                view.notice = Some(t.t("city-already-submitted"));
                return Ok(chosen.apply(html_with(StatusCode::CONFLICT, &view)?));
            }
            let view = page(
                &chosen,
                &csrf,
                &token,
                &now,
                &form,
                &Errors::default(),
                None,
                Some(t.t("city-saved-meanwhile")),
            );
            Ok(chosen.apply(csrf.apply(html_with(StatusCode::CONFLICT, &view)?)))
        }
        Err(OpsError::Conflict {
            field,
            detail,
            refusal,
        }) => {
            let errors = Errors(vec![FieldError {
                field: field.unwrap_or_default(),
                message: detail,
                refusal,
            }]);
            let view = page(&chosen, &csrf, &token, &ctx, &form, &errors, None, None);
            Ok(chosen.apply(csrf.apply(html_with(StatusCode::CONFLICT, &view)?)))
        }
        Err(other) => Err(other.into()),
    }
}

/// `GET /invitation/{token}/submitted`: the confirmation of the latest submission, with
/// its reference; a city that has not submitted goes back to its page.
pub async fn submitted(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let token = token.into_inner();
    let result = submitted_page(&request, &pool, &token).await;
    answered(&request, result)
}

async fn submitted_page(
    request: &HttpRequest,
    pool: &DbPool,
    token: &str,
) -> Result<HttpResponse, PageError> {
    let token = token.to_owned();
    let ctx = load(pool, token.clone()).await?;
    let chosen = chosen(request, &ctx);
    if ctx.submitted.is_none() {
        return Ok(redirect(&format!("/invitation/{token}")));
    }
    Ok(chosen.apply(html(&submitted_view(&chosen, &token, &ctx))?))
}

/// The confirmation of the latest submission (the caller knows there is one).
fn submitted_view(chosen: &Chosen, token: &str, ctx: &Context) -> SubmittedPage {
    let t = chosen.tr;
    let row = ctx.submitted.as_ref();
    let latest = ctx
        .latest
        .as_ref()
        .filter(|l| row.is_some_and(|r| r.id == l.row.id));
    SubmittedPage {
        t,
        switch: chosen.switcher(),
        action: format!("/invitation/{token}"),
        city: ctx.city_name.clone(),
        reference: row.map(profiles::reference).unwrap_or_default(),
        version: row.map_or(0, |r| r.version),
        submitted_at: row
            .and_then(|r| r.submitted_at)
            .map(|at| t.stamp(at))
            .unwrap_or_default(),
        recipients: latest
            .map(|l| l.profile.contacts.iter().map(|c| c.email.clone()).collect())
            .unwrap_or_default(),
        call_closes: t.short_date(ctx.cohort.cohort.call_closes),
        closed: ctx.call_closed(),
        notice: None,
        received: latest
            .map(|l| profile_check::sections(ctx, &l.profile, &t))
            .unwrap_or_default(),
    }
}
