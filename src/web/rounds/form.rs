//! The console's form to run a matching round (weights, rules, who takes part, pinned and
//! forbidden pairs), checked and started as a job.

use super::*;

/// A checkbox of the roster.
pub struct Check {
    /// Value.
    pub id: String,
    /// Label.
    pub name: String,
    /// Ticked.
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "console/round_new.html")]
struct NewRoundPage {
    nav: Nav,
    csrf: String,
    cohort_id: String,
    cohort: String,
    summary: Vec<SummaryItem>,
    fields: Vec<Field>,
    twins: Vec<Check>,
    hosts: Vec<Check>,
    pairs: Vec<Field>,
}

/// The form as typed.
#[derive(Default, Clone)]
struct Typed {
    values: Vec<(String, String)>,
}

impl Typed {
    fn get(&self, name: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
    fn all(&self, name: &str) -> Vec<&str> {
        self.values
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

async fn new_page(
    pool: &DbPool,
    nav: Nav,
    csrf: String,
    cohort_id: String,
    typed: Option<&Typed>,
    errors: &Errors,
) -> Result<NewRoundPage, PageError> {
    let id = cohort_id.clone();
    let (name, (twins, hosts)) = with_db(pool, move |conn| {
        let c = cohort::get(conn, &CohortId::from(&id))?
            .ok_or(OpsError::not_found("cohort", id.clone()))?;
        Ok((c.cohort.name, ops::roster(conn, &CohortId::from(&id))?))
    })
    .await?;
    let d = RoundSettings::default();
    let v = |name: &str, default: String| {
        typed
            .and_then(|t| t.get(name))
            .map(str::to_owned)
            .unwrap_or(default)
    };
    let fields = vec![
        Field::new(
            "number",
            "weights.fit",
            "Weight of theme fit",
            v("weights.fit", d.weights.fit.to_string()),
        )
        .hint("How well the host's strengths cover the Twin's needs, by priority")
        .errors(errors),
        Field::new(
            "number",
            "weights.interest",
            "Weight of interest",
            v("weights.interest", d.weights.interest.to_string()),
        )
        .hint("The Twin named the host (more for a higher rank)")
        .errors(errors),
        Field::new(
            "number",
            "weights.context",
            "Weight of context",
            v("weights.context", d.weights.context.to_string()),
        )
        .hint("Similar size, a shared language, a similar setting")
        .errors(errors),
        Field::new(
            "number",
            "weights.travel",
            "Weight of travel",
            v("weights.travel", d.weights.travel.to_string()),
        )
        .hint("Distance, and whether rail is reasonable")
        .errors(errors),
        Field::new(
            "number",
            "weights.feedback",
            "Weight of the host's past feedback",
            v("weights.feedback", d.weights.feedback.to_string()),
        )
        .hint(
            "How useful its Twins found its visits in the programme (feedback after each \
             visit); 0: not counted",
        )
        .errors(errors),
        Field::new(
            "number",
            "max_per_country",
            "Most Twins of one country per host",
            v("max_per_country", d.max_per_country.to_string()),
        )
        .errors(errors),
        Field::new(
            "number",
            "earlier_unmatched_bonus",
            "Priority to a Twin left unmatched in an earlier round",
            v(
                "earlier_unmatched_bonus",
                d.earlier_unmatched_bonus.to_string(),
            ),
        )
        .hint(
            "Added to the scores of a Twin left unmatched in a published round of the \
             programme (any of its cohorts), 0 (none) to 1 (placed before any other where a \
             host has room for only one)",
        )
        .errors(errors),
        Field::new(
            "number",
            "host_programme_cap",
            "Most Twins per host across the programme's cohorts",
            v(
                "host_programme_cap",
                d.host_programme_cap
                    .map(|c| c.to_string())
                    .unwrap_or_default(),
            ),
        )
        .hint(
            "A host's room in this round is cut by the Twins proposed to it in the \
             programme's other cohorts. Empty: no cap.",
        )
        .optional()
        .errors(errors),
        Field::select(
            "same_country",
            "Pairs within one country",
            &v("same_country", "yes".to_owned()),
            None,
            [("yes", "Allowed"), ("no", "Not allowed")].map(|(a, b)| (a.to_owned(), b.to_owned())),
        )
        .errors(errors),
        Field::select(
            "fair",
            "Fairness",
            &v("fair", "no".to_owned()),
            None,
            [
                ("no", "Best total"),
                ("yes", "Best worst pair first, then the best total"),
            ]
            .map(|(a, b)| (a.to_owned(), b.to_owned())),
        )
        .errors(errors),
    ];
    let chosen = |list: &str, id: &str| typed.is_none_or(|t| t.all(list).contains(&id));
    let pairs = vec![
        Field::new(
            "textarea",
            "pinned",
            "Pinned pairs",
            v("pinned", String::new()),
        )
        .hint("One per line: Twin -> host, by name (e.g. Cascais -> Aarhus)")
        .errors(errors),
        Field::new(
            "textarea",
            "forbidden",
            "Forbidden pairs",
            v("forbidden", String::new()),
        )
        .hint("One per line: Twin -> host")
        .errors(errors),
    ];
    let mut all: Vec<&Field> = fields.iter().collect();
    all.extend(pairs.iter());
    Ok(NewRoundPage {
        nav,
        csrf,
        summary: errors.summary(&all),
        cohort_id,
        cohort: name,
        twins: twins
            .into_iter()
            .map(|(id, name)| Check {
                checked: chosen("twins", &id),
                id,
                name,
            })
            .collect(),
        hosts: hosts
            .into_iter()
            .map(|(id, name)| Check {
                checked: chosen("hosts", &id),
                id,
                name,
            })
            .collect(),
        fields,
        pairs,
    })
}

/// `GET /console/cohorts/{id}/rounds/new`.
pub async fn new_round(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (_, csrf, nav) = enter(&request).await?;
    let page = new_page(
        &pool,
        nav,
        csrf.token.clone(),
        id.into_inner(),
        None,
        &Errors::default(),
    )
    .await?;
    Ok(csrf.apply(html(&page)?))
}

fn parse_pairs(
    field: &str,
    text: &str,
    twins: &[(String, String)],
    hosts: &[(String, String)],
    errors: &mut Vec<FieldError>,
) -> Vec<PairChoice> {
    let find = |list: &[(String, String)], what: &str| {
        list.iter()
            .find(|(id, name)| id == what || name.eq_ignore_ascii_case(what))
            .map(|(id, _)| id.clone())
    };
    let mut out = Vec::new();
    for (i, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let Some((t, h)) = line.split_once("->") else {
            errors.push(FieldError {
                field: field.to_owned(),
                message: format!("line {}: write Twin -> host", i + 1),
                refusal: None,
            });
            continue;
        };
        match (find(twins, t.trim()), find(hosts, h.trim())) {
            (Some(twin), Some(host)) => out.push(PairChoice {
                twin: CityId::from(twin),
                host: HostId::from(host),
            }),
            (None, _) => errors.push(FieldError {
                field: field.to_owned(),
                message: format!(
                    "line {}: \"{}\" is not a Twin that submitted",
                    i + 1,
                    t.trim()
                ),
                refusal: None,
            }),
            (_, None) => errors.push(FieldError {
                field: field.to_owned(),
                message: format!(
                    "line {}: \"{}\" is not a host that submitted",
                    i + 1,
                    h.trim()
                ),
                refusal: None,
            }),
        }
    }
    out
}

/// `POST /console/cohorts/{id}/rounds`: run a round and show it.
pub async fn create(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let typed = Typed {
        values: form_urlencoded::parse(&body).into_owned().collect(),
    };
    let (manager, csrf, nav) = enter(&request).await?;
    let cohort_id = id.into_inner();
    let (twins, hosts) = {
        let id = cohort_id.clone();
        with_db(&pool, move |conn| ops::roster(conn, &CohortId::from(&id))).await?
    };
    let mut errors = Vec::new();
    let mut number = |name: &str| -> f64 {
        let raw = typed.get(name).unwrap_or("").trim();
        raw.parse::<f64>().unwrap_or_else(|_| {
            errors.push(FieldError {
                field: name.to_owned(),
                message: format!("\"{raw}\" is not a number"),
                refusal: None,
            });
            0.0
        })
    };
    let weights = Weights {
        fit: number("weights.fit"),
        interest: number("weights.interest"),
        context: number("weights.context"),
        travel: number("weights.travel"),
        // Not in a form made before it existed: not counted.
        feedback: match typed.get("weights.feedback").map(str::trim) {
            None | Some("") => 0.0,
            Some(_) => number("weights.feedback"),
        },
    };
    let max_per_country = number("max_per_country");
    // Not in a form made before it existed: no priority.
    let earlier_unmatched_bonus = match typed.get("earlier_unmatched_bonus").map(str::trim) {
        None | Some("") => 0.0,
        Some(_) => number("earlier_unmatched_bonus"),
    };
    let host_programme_cap = match typed.get("host_programme_cap").map(str::trim) {
        None | Some("") => None,
        Some(raw) => match raw.parse::<i64>() {
            Ok(cap) => Some(cap),
            Err(_) => {
                errors.push(FieldError {
                    field: "host_programme_cap".to_owned(),
                    message: format!("\"{raw}\" is not a whole number"),
                    refusal: None,
                });
                None
            }
        },
    };
    let pinned = parse_pairs(
        "pinned",
        typed.get("pinned").unwrap_or(""),
        &twins,
        &hosts,
        &mut errors,
    );
    let forbidden = parse_pairs(
        "forbidden",
        typed.get("forbidden").unwrap_or(""),
        &twins,
        &hosts,
        &mut errors,
    );
    let settings = RoundSettings {
        weights,
        max_per_country: max_per_country as i64,
        same_country: typed.get("same_country") != Some("no"),
        fair: typed.get("fair") == Some("yes"),
        twins: Some(typed.all("twins").into_iter().map(str::to_owned).collect()),
        hosts: Some(typed.all("hosts").into_iter().map(str::to_owned).collect()),
        pinned,
        forbidden,
        time_limit_seconds: None,
        change_penalty: RoundSettings::default().change_penalty,
        earlier_unmatched_bonus,
        host_programme_cap,
    };
    let result = if errors.is_empty() {
        let (id, settings) = (cohort_id.clone(), settings);
        match with_db(&pool, move |conn| {
            ops::prepare(conn, &CohortId::from(&id), settings)
        })
        .await
        {
            Ok(prepared) => Ok(start_round(&request, &pool, prepared, &manager.email).await?),
            Err(e) => Err(e),
        }
    } else {
        Err(OpsError::Invalid(Invalid(errors)))
    };
    match result {
        Ok(job) => Ok(redirect(&format!("/console/jobs/{job}"))),
        Err(OpsError::Invalid(Invalid(errors))) => {
            // `twins`/`hosts` errors name the lists: show them at the top.
            let page = new_page(
                &pool,
                nav,
                csrf.token.clone(),
                cohort_id,
                Some(&typed),
                &Errors(errors),
            )
            .await?;
            Ok(csrf.apply(html_with(StatusCode::UNPROCESSABLE_ENTITY, &page)?))
        }
        Err(other) => Err(other.into()),
    }
}
