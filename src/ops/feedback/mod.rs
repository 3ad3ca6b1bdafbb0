//! Feedback after each visit, from both sides (the visiting city and the receiving city),
//! through their link: given once the visit has ended, changed until the cohort ends (not
//! while it is archived), written under the cohort's lock and audited; and its summaries
//! per visit, per pair (both directions) and per host.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::Error;
use super::visits::{self as visit_ops, Context};
use crate::db::DbConnection;
use crate::db::models::feedback::{self as rows, FeedbackRow};
use crate::db::models::profile;
use crate::db::models::visit::{self, VisitRow};
use crate::db::models::{audit, cohort};
use crate::domain::Refusal;
use crate::domain::feedback::{FeedbackFields, Practice, practice_id, validate};
use crate::domain::id::CityId;
use crate::domain::id::CohortId;
use crate::domain::id::HostId;
use crate::domain::id::ProposalId;
use crate::domain::id::VisitId;
use crate::domain::state::VisitStatus;

mod reads;
mod views;

pub use reads::{of_cohort, of_cohort_pairs, of_host, of_pair, of_visit, one};
pub use views::*;

/// Names, practices and labels of one cohort, read once.
struct Book {
    ctx: Context,
    /// Each host's practices, in its profiles' order.
    offered: HashMap<HostId, Vec<Practice>>,
}

impl Book {
    fn of(conn: &mut DbConnection, cohort_id: &CohortId) -> Result<Book, Error> {
        let ctx = visit_ops::context(conn, cohort_id)?;
        let offered = practices_by_host(conn, cohort_id)?;
        Ok(Book { ctx, offered })
    }

    fn offered(&self, host_id: &HostId) -> &[Practice] {
        self.offered.get(host_id).map_or(&[], Vec::as_slice)
    }

    fn view(&self, v: &VisitRow, row: &FeedbackRow) -> FeedbackView {
        let offered = self.offered(&v.host_id);
        FeedbackView {
            visit_id: row.visit_id.clone(),
            city_id: row.city_id.clone(),
            city: self.ctx.city_name(&row.city_id),
            side: if row.city_id == v.guest_city_id {
                "guest"
            } else {
                "host"
            }
            .to_owned(),
            twin: row.city_id == v.twin_city_id,
            usefulness: row.usefulness,
            learnt: row.learnt.clone(),
            practices: row
                .practice_ids()
                .into_iter()
                .map(|id| {
                    let known = offered.iter().find(|p| p.id == id);
                    PracticeView {
                        label: known.map_or_else(|| id.clone(), |p| p.label.clone()),
                        description: known.map(|p| p.description.clone()).unwrap_or_default(),
                        id,
                    }
                })
                .collect(),
            recommend: row.recommend,
            follow_up: row.follow_up,
            created_at: row.created_at,
            updated_at: row.updated_at,
        }
    }

    fn visit_feedback(
        &self,
        v: &VisitRow,
        list: &[FeedbackRow],
        today: NaiveDate,
    ) -> VisitFeedback {
        let feedback: Vec<FeedbackView> = list
            .iter()
            .filter(|f| f.visit_id == v.id)
            .map(|f| self.view(v, f))
            .collect();
        VisitFeedback {
            visit_id: v.id.clone(),
            label: self.ctx.label(v),
            ends_on: v.ends_on,
            ended: has_ended(v, today),
            summary: summarise(&feedback),
            feedback,
        }
    }
}

/// The practices each host of a cohort shows (the strengths of its cities' submitted
/// host profiles), each once, labelled with its domain and lever and the host's words:
/// what a city picks from in its feedback and in its Replication Plan.
pub fn practices_by_host(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
) -> Result<HashMap<HostId, Vec<Practice>>, Error> {
    let (catalogue, hosts) = profile::catalogue(conn, cohort_id)?;
    let label = |list: &[(String, String)], id: &str| {
        list.iter()
            .find(|(i, _)| i == id)
            .map_or_else(|| id.to_owned(), |(_, l)| l.clone())
    };
    let mut offered = HashMap::new();
    for h in hosts {
        let mut list: Vec<Practice> = Vec::new();
        for t in &h.practices {
            let id = practice_id(&t.domain, &t.lever);
            if list.iter().any(|p| p.id == id) {
                continue;
            }
            let mut text = format!(
                "{}, {}",
                label(&catalogue.domains, &t.domain),
                label(&catalogue.levers, &t.lever).to_lowercase()
            );
            if !t.description.is_empty() {
                text.push_str(": ");
                text.push_str(&t.description);
            }
            list.push(Practice {
                id,
                label: text,
                description: t.description.clone(),
            });
        }
        offered.insert(h.id, list);
    }
    Ok(offered)
}

/// Whether a visit took place and is over: published as planned or confirmed, its last
/// day before `today`.
pub fn has_ended(v: &VisitRow, today: NaiveDate) -> bool {
    matches!(v.status, VisitStatus::Planned | VisitStatus::Confirmed)
        && v.published_status.is_some_and(VisitStatus::is_live)
        && v.ends_on.is_some_and(|end| end < today)
}

/// Why feedback on `v` cannot be given or changed on `today`, as the error to answer
/// (in English) and as a refusal a page says in its reader's language.
fn refusal(v: &VisitRow, cohort_ends: NaiveDate, today: NaiveDate) -> Option<(Error, Refusal)> {
    if !matches!(v.status, VisitStatus::Planned | VisitStatus::Confirmed)
        || !v.published_status.is_some_and(VisitStatus::is_live)
    {
        let (state, words) = match v.status {
            VisitStatus::Cancelled => ("cancelled", "cancelled"),
            VisitStatus::Unplaced => ("unplaced", "not placed"),
            _ => ("unpublished", "not published yet"),
        };
        return Some((
            Error::conflict(
                None,
                format!("this visit is {words}: feedback is given on a visit that took place"),
            ),
            Refusal::new("refusal-feedback-visit-not-held").text("state", state),
        ));
    }
    match v.ends_on {
        Some(end) if end >= today => {
            return Some((
                Error::conflict(
                    None,
                    format!(
                        "this visit has not ended yet: it ends on {}, and feedback opens the day after",
                        end.format("%-d %B %Y")
                    ),
                ),
                Refusal::new("refusal-feedback-not-ended").date("date", end),
            ));
        }
        None => {
            return Some((
                Error::conflict(None, "this visit has no dates"),
                Refusal::new("refusal-feedback-no-dates"),
            ));
        }
        Some(_) => {}
    }
    if today > cohort_ends {
        return Some((
            Error::Forbidden(format!(
                "the cohort ended on {}: feedback can no longer be given or changed",
                cohort_ends.format("%-d %B %Y")
            )),
            Refusal::new("refusal-feedback-cohort-ended").date("date", cohort_ends),
        ));
    }
    None
}

/// The visit, if `city_id` is one of its sides in `cohort_id` (else not found, saying
/// nothing of visits of others).
fn visit_of_city(
    conn: &mut DbConnection,
    visit_id: &VisitId,
    city_id: &CityId,
    cohort_id: Option<&CohortId>,
) -> Result<VisitRow, Error> {
    let v = visit::get(conn, visit_id)?.ok_or_else(|| Error::not_found("visit", visit_id))?;
    let side = v.guest_city_id == city_id || v.host_city_id == city_id;
    if !side || cohort_id.is_some_and(|c| *c != v.cohort_id) {
        return Err(Error::not_found("visit", visit_id));
    }
    Ok(v)
}

fn cohort_ends(conn: &mut DbConnection, cohort_id: &CohortId) -> Result<NaiveDate, Error> {
    Ok(cohort::get(conn, cohort_id)?
        .ok_or_else(|| Error::not_found("cohort", cohort_id))?
        .cohort
        .ends_on)
}

/// What a city sees of its feedback on a visit it took part in (`cohort_id`: the cohort
/// of its invitation).
pub fn for_city(
    conn: &mut DbConnection,
    visit_id: &VisitId,
    city_id: &CityId,
    cohort_id: Option<&CohortId>,
    today: NaiveDate,
) -> Result<CityFeedback, Error> {
    let v = visit_of_city(conn, visit_id, city_id, cohort_id)?;
    let book = Book::of(conn, &v.cohort_id)?;
    let closes_on = book.ctx.cohort.cohort.ends_on;
    let why = match refusal(&v, closes_on, today) {
        Some(why) => Some(why),
        None => match super::archive::check_open(conn, &v.cohort_id) {
            Ok(()) => None,
            Err(e @ Error::Conflict { .. }) => Some((e, Refusal::new("refusal-feedback-archived"))),
            Err(e) => return Err(e),
        },
    };
    let given = rows::get(conn, visit_id, city_id)?;
    let (refusal, why) = why.map(|(e, r)| (e.to_string(), r)).unzip();
    Ok(CityFeedback {
        visit_id: v.id.clone(),
        label: book.ctx.label(&v),
        label_parts: VisitLabel {
            direction: v.direction,
            guest: book.ctx.city_name(&v.guest_city_id),
            host: book.ctx.city_name(&v.host_city_id),
            position: v.position,
        },
        host: book.ctx.host_name(&v.host_id),
        visiting: v.guest_city_id == city_id,
        open: why.is_none(),
        refusal,
        why,
        closes_on,
        practices: book
            .offered(&v.host_id)
            .iter()
            .map(|p| PracticeView {
                id: p.id.clone(),
                label: p.label.clone(),
                description: p.description.clone(),
            })
            .collect(),
        feedback: given.map(|g| book.view(&v, &g)),
    })
}

/// Gives or changes a city's feedback on a visit it took part in: only once the visit has
/// ended, until the cohort ends, not while archived; checked against the host's practices
/// (nothing is stored when a field is wrong); under the cohort's lock; audited.
pub fn give(
    conn: &mut DbConnection,
    visit_id: &VisitId,
    city_id: &CityId,
    cohort_id: Option<&CohortId>,
    fields: &FeedbackFields,
    today: NaiveDate,
    actor: &str,
) -> Result<FeedbackView, Error> {
    let v = visit_of_city(conn, visit_id, city_id, cohort_id)?;
    // Takes the cohort's lock: two saves of the same feedback at once run one after the
    // other, and the second replaces the first.
    super::archive::ensure_open(conn, &v.cohort_id)?;
    if let Some((e, _)) = refusal(&v, cohort_ends(conn, &v.cohort_id)?, today) {
        return Err(e);
    }
    let book = Book::of(conn, &v.cohort_id)?;
    let valid = validate(fields, book.offered(&v.host_id))?;
    let before = rows::get(conn, visit_id, city_id)?;
    let row = rows::save(conn, visit_id, city_id, &valid, actor)?;
    audit::record(
        conn,
        actor,
        if before.is_some() {
            "change feedback"
        } else {
            "give feedback"
        },
        "visit",
        visit_id,
        &format!(
            "{}: usefulness {}, recommend {}, follow-up {}",
            book.ctx.city_name(city_id),
            valid.usefulness,
            if valid.recommend { "yes" } else { "no" },
            valid.follow_up
        ),
    )?;
    Ok(book.view(&v, &row))
}

/// The visits of a city that have ended, each with whether it gave feedback: what its
/// page offers ("Give feedback" / "Change your feedback").
pub fn ended_for_city(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    city_id: &CityId,
    today: NaiveDate,
) -> Result<Vec<(VisitId, bool)>, Error> {
    let mine: Vec<VisitRow> = visit::of_cohort(conn, cohort_id)?
        .into_iter()
        .filter(|v| {
            (v.guest_city_id == city_id || v.host_city_id == city_id) && has_ended(v, today)
        })
        .collect();
    let ids: Vec<VisitId> = mine.iter().map(|v| v.id.clone()).collect();
    let given = rows::of_visits(conn, &ids)?;
    Ok(mine
        .into_iter()
        .map(|v| {
            let done = given
                .iter()
                .any(|f| f.visit_id == v.id && f.city_id == city_id);
            (v.id, done)
        })
        .collect())
}
