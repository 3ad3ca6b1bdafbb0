//! Feedback after each visit, from both sides (the visiting city and the receiving city),
//! through their link: given once the visit has ended, changed until the cohort ends (not
//! while it is archived), written under the cohort's lock and audited; and its summaries
//! per visit, per pair (both directions) and per host.

use std::collections::{BTreeMap, HashMap};

use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;
use utoipa::ToSchema;

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
use crate::domain::state::{Direction, FollowUp, VisitStatus};

/// A practice of the host, as offered and as picked.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct PracticeView {
    /// `domain:lever`, e.g. `nature:governance`.
    pub id: String,
    /// What it is: the domain and lever, and the host's words.
    pub label: String,
    /// The host's words alone, for a page that says the domain and lever in its own
    /// language.
    #[serde(skip)]
    pub description: String,
}

/// One side's feedback on a visit.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FeedbackView {
    /// The visit.
    #[schema(value_type = String)]
    pub visit_id: VisitId,
    /// The city that gave it.
    #[schema(value_type = String)]
    pub city_id: CityId,
    /// Its name.
    pub city: String,
    /// `guest` (the visiting city) or `host` (the receiving city).
    pub side: String,
    /// Whether the city is the pair's Twin (else one of the host's cities).
    pub twin: bool,
    /// 1 (not useful) to 5 (very useful).
    #[schema(minimum = 1, maximum = 5)]
    pub usefulness: i32,
    /// What the city learnt.
    pub learnt: String,
    /// The host's practices it means to replicate.
    pub practices: Vec<PracticeView>,
    /// Would recommend the host.
    pub recommend: bool,
    /// The follow-up wanted.
    pub follow_up: FollowUp,
    /// First given.
    #[serde(serialize_with = "crate::domain::time::utc")]
    pub created_at: NaiveDateTime,
    /// Last changed.
    #[serde(serialize_with = "crate::domain::time::utc")]
    pub updated_at: NaiveDateTime,
}

/// A practice and how many feedbacks picked it.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct PracticeCount {
    /// `domain:lever`.
    pub id: String,
    /// What it is.
    pub label: String,
    /// Feedbacks that picked it.
    pub count: usize,
}

/// A follow-up and how many feedbacks want it.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct FollowUpCount {
    /// The follow-up.
    pub follow_up: FollowUp,
    /// Feedbacks that want it.
    pub count: usize,
}

/// What a set of feedbacks says, summed up.
#[derive(Debug, Clone, PartialEq, Default, Serialize, ToSchema)]
pub struct Summary {
    /// Feedbacks given.
    pub responses: usize,
    /// Mean usefulness (1 to 5), none without feedback.
    pub usefulness_mean: Option<f64>,
    /// Feedbacks that would recommend the host.
    pub recommend: usize,
    /// Practices picked, most picked first.
    pub practices: Vec<PracticeCount>,
    /// Follow-ups wanted, in the order online, visit, none (each with at least one).
    pub follow_ups: Vec<FollowUpCount>,
}

impl Summary {
    /// "4.5 of 5" for a page.
    pub fn mean_text(&self) -> String {
        self.usefulness_mean
            .map_or_else(|| "none yet".to_owned(), |m| format!("{m:.1} of 5"))
    }
}

/// Sums up feedbacks.
pub fn summarise(list: &[FeedbackView]) -> Summary {
    if list.is_empty() {
        return Summary::default();
    }
    let total: i64 = list.iter().map(|f| i64::from(f.usefulness)).sum();
    let mut practices: Vec<PracticeCount> = Vec::new();
    for f in list {
        for p in &f.practices {
            match practices.iter_mut().find(|c| c.id == p.id) {
                Some(c) => c.count += 1,
                None => practices.push(PracticeCount {
                    id: p.id.clone(),
                    label: p.label.clone(),
                    count: 1,
                }),
            }
        }
    }
    practices.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.id.cmp(&b.id)));
    let follow_ups = FollowUp::ALL
        .iter()
        .map(|&u| FollowUpCount {
            follow_up: u,
            count: list.iter().filter(|f| f.follow_up == u).count(),
        })
        .filter(|c| c.count > 0)
        .collect();
    Summary {
        responses: list.len(),
        usefulness_mean: Some(total as f64 / list.len() as f64),
        recommend: list.iter().filter(|f| f.recommend).count(),
        practices,
        follow_ups,
    }
}

/// The summaries of feedbacks: all of them, and each side's.
#[derive(Debug, Clone, Default, Serialize, ToSchema)]
pub struct Summaries {
    /// Every feedback.
    pub all: Summary,
    /// The Twin's feedback only.
    pub from_twin: Summary,
    /// The host's cities' feedback only.
    pub from_host: Summary,
}

fn summaries(list: &[FeedbackView]) -> Summaries {
    let (twin, host): (Vec<FeedbackView>, Vec<FeedbackView>) =
        list.iter().cloned().partition(|f| f.twin);
    Summaries {
        all: summarise(list),
        from_twin: summarise(&twin),
        from_host: summarise(&host),
    }
}

/// A visit's feedback: each side's, and the summary.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct VisitFeedback {
    /// The visit.
    #[schema(value_type = String)]
    pub visit_id: VisitId,
    /// "Cascais to Aarhus, trip 1".
    pub label: String,
    /// Its last day, when placed.
    pub ends_on: Option<NaiveDate>,
    /// Whether it has ended (feedback can be given).
    pub ended: bool,
    /// Each side's feedback given so far.
    pub feedback: Vec<FeedbackView>,
    /// Summed up.
    pub summary: Summary,
}

/// A pair's feedback, over its visits both ways.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PairFeedback {
    /// The pair's proposal.
    #[schema(value_type = String)]
    pub proposal_id: ProposalId,
    /// The Twin's name.
    pub twin: String,
    /// The host's name.
    pub host: String,
    /// Summed up, over all its visits.
    pub summary: Summaries,
    /// Each visit of the pair with its feedback.
    pub visits: Vec<VisitFeedback>,
}

/// A host's feedback, over every visit of its pairs.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct HostFeedback {
    /// The host.
    #[schema(value_type = String)]
    pub host_id: HostId,
    /// Its name.
    pub host: String,
    /// Summed up, over all its visits.
    pub summary: Summaries,
    /// Its visits that have feedback.
    pub visits: Vec<VisitFeedback>,
}

/// What a city sees of its feedback on one visit: whether it can give it now (and why
/// not), the host's practices it can pick, and what it gave.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CityFeedback {
    /// The visit.
    #[schema(value_type = String)]
    pub visit_id: VisitId,
    /// "Cascais to Aarhus, trip 1".
    pub label: String,
    /// The same in parts, for a page to say in its reader's language.
    #[serde(skip)]
    pub label_parts: VisitLabel,
    /// The host whose practices are offered.
    pub host: String,
    /// Whether the city is the visiting one (else it received the visit).
    pub visiting: bool,
    /// Whether feedback can be given or changed now.
    pub open: bool,
    /// Why not, when it cannot.
    pub refusal: Option<String>,
    /// The same, for a page to say in its reader's language.
    #[serde(skip)]
    pub why: Option<Refusal>,
    /// The last day feedback can be given or changed (the cohort's end).
    pub closes_on: NaiveDate,
    /// The host's practices the city can pick.
    pub practices: Vec<PracticeView>,
    /// What the city gave, if it did.
    pub feedback: Option<FeedbackView>,
}

/// What a visit's label says: who goes where, which trip.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisitLabel {
    /// Outward (a trip) or return (a visit back).
    pub direction: Direction,
    /// The visiting city.
    pub guest: String,
    /// The receiving city.
    pub host: String,
    /// Which of its direction (1, 2, ...).
    pub position: i32,
}

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

/// The feedback of one city on a visit (a manager reading it).
pub fn one(
    conn: &mut DbConnection,
    visit_id: &VisitId,
    city_id: &CityId,
) -> Result<FeedbackView, Error> {
    let v = visit_of_city(conn, visit_id, city_id, None)?;
    let row = rows::get(conn, visit_id, city_id)?
        .ok_or_else(|| Error::not_found("feedback", format!("{visit_id}/{city_id}")))?;
    let book = Book::of(conn, &v.cohort_id)?;
    Ok(book.view(&v, &row))
}

/// A visit's feedback and its summary.
pub fn of_visit(
    conn: &mut DbConnection,
    visit_id: &VisitId,
    today: NaiveDate,
) -> Result<VisitFeedback, Error> {
    let v = visit::get(conn, visit_id)?.ok_or_else(|| Error::not_found("visit", visit_id))?;
    let book = Book::of(conn, &v.cohort_id)?;
    let list = rows::of_visits(conn, std::slice::from_ref(&v.id))?;
    Ok(book.visit_feedback(&v, &list, today))
}

/// The feedback of a cohort for its visits page: by pair (proposal) and by host, from one
/// reading of the cohort and of its feedback.
pub fn of_cohort(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    today: NaiveDate,
) -> Result<(BTreeMap<String, PairFeedback>, Vec<HostFeedback>), Error> {
    let book = Book::of(conn, cohort_id)?;
    let list = all_rows(conn, &book)?;
    Ok((pairs_of(&book, &list, today), hosts_of(&book, &list, today)))
}

/// The feedback of every visit of a cohort's pairs, by proposal.
pub fn of_cohort_pairs(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    today: NaiveDate,
) -> Result<BTreeMap<String, PairFeedback>, Error> {
    let book = Book::of(conn, cohort_id)?;
    let list = all_rows(conn, &book)?;
    Ok(pairs_of(&book, &list, today))
}

/// Every feedback row of the visits of the book's cohort.
fn all_rows(conn: &mut DbConnection, book: &Book) -> Result<Vec<FeedbackRow>, Error> {
    let ids: Vec<VisitId> = book.ctx.visits.iter().map(|v| v.id.clone()).collect();
    Ok(rows::of_visits(conn, &ids)?)
}

fn pairs_of(book: &Book, list: &[FeedbackRow], today: NaiveDate) -> BTreeMap<String, PairFeedback> {
    let mut out: BTreeMap<String, PairFeedback> = BTreeMap::new();
    for v in &book.ctx.visits {
        let entry = out
            .entry(v.proposal_id.clone().into())
            .or_insert_with(|| PairFeedback {
                proposal_id: v.proposal_id.clone(),
                twin: book.ctx.city_name(&v.twin_city_id),
                host: book.ctx.host_name(&v.host_id),
                summary: Summaries::default(),
                visits: Vec::new(),
            });
        entry.visits.push(book.visit_feedback(v, list, today));
    }
    for pair in out.values_mut() {
        let all: Vec<FeedbackView> = pair
            .visits
            .iter()
            .flat_map(|v| v.feedback.iter().cloned())
            .collect();
        pair.summary = summaries(&all);
    }
    out
}

/// A pair's feedback over its visits both ways.
pub fn of_pair(
    conn: &mut DbConnection,
    proposal_id: &ProposalId,
    today: NaiveDate,
) -> Result<PairFeedback, Error> {
    use crate::db::schema::proposals;
    use diesel::prelude::*;
    let (cohort_id, twin_id, host_id): (CohortId, CityId, HostId) = proposals::table
        .find(proposal_id)
        .select((
            proposals::cohort_id,
            proposals::twin_city_id,
            proposals::host_id,
        ))
        .first(conn)
        .optional()?
        .ok_or_else(|| Error::not_found("proposal", proposal_id))?;
    let mut pairs = of_cohort_pairs(conn, &cohort_id, today)?;
    if let Some(found) = pairs.remove(proposal_id.as_str()) {
        return Ok(found);
    }
    // A pair without visits (declined, or not planned yet): nothing to sum up.
    let book = Book::of(conn, &cohort_id)?;
    Ok(PairFeedback {
        proposal_id: proposal_id.to_owned(),
        twin: book.ctx.city_name(&twin_id),
        host: book.ctx.host_name(&host_id),
        summary: Summaries::default(),
        visits: Vec::new(),
    })
}

/// A host's feedback over every visit of its pairs.
pub fn of_host(
    conn: &mut DbConnection,
    host_id: &HostId,
    today: NaiveDate,
) -> Result<HostFeedback, Error> {
    use crate::db::schema::hosts;
    use diesel::prelude::*;
    let cohort_id: CohortId = hosts::table
        .find(host_id)
        .select(hosts::cohort_id)
        .first::<Option<CohortId>>(conn)
        .optional()?
        .flatten()
        .ok_or_else(|| Error::not_found("host", host_id))?;
    let book = Book::of(conn, &cohort_id)?;
    let ids: Vec<VisitId> = book
        .ctx
        .visits
        .iter()
        .filter(|v| v.host_id == host_id)
        .map(|v| v.id.clone())
        .collect();
    let list = rows::of_visits(conn, &ids)?;
    Ok(host_feedback(&book, host_id, &list, today))
}

/// A host's feedback, from `list` (which holds at least its visits' rows).
fn host_feedback(
    book: &Book,
    host_id: &HostId,
    list: &[FeedbackRow],
    today: NaiveDate,
) -> HostFeedback {
    let visits: Vec<VisitFeedback> = book
        .ctx
        .visits
        .iter()
        .filter(|v| v.host_id == host_id)
        .map(|v| book.visit_feedback(v, list, today))
        .filter(|v| !v.feedback.is_empty())
        .collect();
    let all: Vec<FeedbackView> = visits
        .iter()
        .flat_map(|v| v.feedback.iter().cloned())
        .collect();
    HostFeedback {
        host_id: host_id.clone(),
        host: book.ctx.host_name(host_id),
        summary: summaries(&all),
        visits,
    }
}

/// The feedback of every host of the book's cohort that has visits, by name.
fn hosts_of(book: &Book, list: &[FeedbackRow], today: NaiveDate) -> Vec<HostFeedback> {
    let mut ids: Vec<&HostId> = book.ctx.visits.iter().map(|v| &v.host_id).collect();
    ids.sort_unstable();
    ids.dedup();
    let mut out: Vec<HostFeedback> = ids
        .into_iter()
        .map(|id| host_feedback(book, id, list, today))
        .collect();
    out.sort_by(|a, b| a.host.cmp(&b.host));
    out
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
