//! Replication Plans: each Twin City of an accepted pair writes one per cohort, through
//! its link, from its host's practices. The city saves a draft (rewritten in place) and
//! submits it, which makes it a numbered version; a manager reviews the latest submitted
//! version (comment, accept or ask for changes), and the city's next save starts a new
//! version. Every step is taken under the cohort's lock, audited, and written to the
//! city's contacts through the outbox in their language. Exported as CSV.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;
use utoipa::ToSchema;

use super::Error;
use super::feedback::{PracticeView, practices_by_host};
use super::profiles::Context;
use crate::db::DbConnection;
use crate::db::models::plan::{self as rows, ActionRow, NewVersion, PlanRow};
use crate::db::models::proposal::{self, Proposal};
use crate::db::models::{audit, city, cohort};
use crate::domain::feedback::Practice;
use crate::domain::id::{CohortId, ProposalId};
use crate::domain::plan::{ActionFields, comment as valid_comment, validate};
use crate::domain::profile::ProfileRole;
use crate::domain::state::{ActionStatus, PairState, PlanStatus};
use crate::domain::{Invalid, Refusal};
use crate::mail::compose::{self, Addressbook, PlanEmail};
use crate::mail::{self, Letterhead};

/// An action of a plan.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ActionView {
    /// Its place in the plan (0, 1, ...).
    pub position: i32,
    /// What the city will do.
    pub title: String,
    /// The host's practice it replicates (`domain:lever`): its theme.
    pub practice: String,
    /// The emission domain of its theme.
    pub domain: String,
    /// The lever of change of its theme.
    pub lever: String,
    /// The practice in words: domain, lever and the host's words.
    pub practice_label: String,
    /// The host's own words for the practice.
    #[serde(skip)]
    pub practice_description: String,
    /// Who carries it.
    pub owner: String,
    /// First day.
    pub starts_on: NaiveDate,
    /// Last day.
    pub ends_on: NaiveDate,
    /// Estimated budget in whole euros.
    pub budget_eur: i32,
    /// Where it stands.
    pub status: ActionStatus,
    /// What is measured.
    pub indicator: String,
    /// The value aimed at.
    pub target_value: f64,
    /// Its unit (may be empty).
    pub target_unit: String,
}

/// A version of a plan with its actions.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct VersionView {
    /// Id of this version.
    pub id: String,
    /// 1, 2, ...
    pub version: i32,
    /// Where it stands.
    pub status: PlanStatus,
    /// The manager's comment on its review (empty before).
    pub comment: String,
    /// Who reviewed it.
    pub reviewed_by: Option<String>,
    /// When.
    #[serde(serialize_with = "crate::domain::time::utc_opt")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub reviewed_at: Option<NaiveDateTime>,
    /// When the city submitted it.
    #[serde(serialize_with = "crate::domain::time::utc_opt")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub submitted_at: Option<NaiveDateTime>,
    /// Last changed.
    #[serde(serialize_with = "crate::domain::time::utc")]
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: NaiveDateTime,
    /// The sum of its actions' budgets, in whole euros.
    pub budget_eur: i64,
    /// Its actions, in the city's order.
    pub actions: Vec<ActionView>,
}

/// A Twin's plan: who, and every version, newest first.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PlanView {
    /// The cohort.
    #[schema(value_type = String)]
    pub cohort_id: CohortId,
    /// The Twin City.
    pub city_id: String,
    /// Its name.
    pub city: String,
    /// Its accepted pair.
    #[schema(value_type = String)]
    pub proposal_id: ProposalId,
    /// The host whose practices it replicates.
    pub host_id: String,
    /// The host's name.
    pub host: String,
    /// Every version, newest first (never empty).
    pub versions: Vec<VersionView>,
}

impl PlanView {
    /// The latest version (a draft, or the last one submitted).
    pub fn latest(&self) -> &VersionView {
        &self.versions[0]
    }

    /// The latest version the city submitted (under review, or reviewed), if any.
    pub fn submitted(&self) -> Option<&VersionView> {
        self.versions.iter().find(|v| v.status != PlanStatus::Draft)
    }

    /// The plan the programme holds: the latest submitted version, else the draft.
    pub fn current(&self) -> &VersionView {
        self.submitted().unwrap_or_else(|| self.latest())
    }
}

/// What a Twin sees of its plan: whether it can write one (and why not), its host's
/// practices to pick from, and the plan so far.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CityPlan {
    /// The host whose practices the plan replicates.
    pub host: String,
    /// Whether the plan can be saved and submitted now.
    pub open: bool,
    /// Why not, when it cannot.
    pub refusal: Option<String>,
    /// The same, for a page to say in its reader's language.
    #[serde(skip)]
    pub why: Option<Refusal>,
    /// The last day the plan can be changed (the cohort's end).
    pub closes_on: NaiveDate,
    /// The host's practices an action can replicate.
    pub practices: Vec<PracticeView>,
    /// The plan, once saved.
    pub plan: Option<PlanView>,
}

/// A line of a cohort's list of plans: each Twin of an accepted pair, with or without one.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PlanLine {
    /// The Twin City.
    pub city_id: String,
    /// Its name.
    pub city: String,
    /// Its host's name.
    pub host: String,
    /// The latest version's status (`null`: not started).
    pub status: Option<PlanStatus>,
    /// The latest version's number.
    pub version: Option<i32>,
    /// The status of the version the programme holds (the latest submitted one).
    pub submitted_status: Option<PlanStatus>,
    /// Actions of the version the programme holds.
    pub actions: usize,
    /// Their budget, in whole euros.
    pub budget_eur: i64,
    /// When it was submitted.
    #[serde(serialize_with = "crate::domain::time::utc_opt")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub submitted_at: Option<NaiveDateTime>,
}

/// The accepted, live pair of a Twin in a cohort.
fn pair_of(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    city_id: &str,
) -> Result<Option<Proposal>, Error> {
    Ok(proposal::live_of_cohort(conn, cohort_id)?
        .into_iter()
        .find(|p| p.twin_city_id == city_id && p.state() == PairState::Accepted))
}

fn city_name(conn: &mut DbConnection, id: &str) -> Result<String, Error> {
    Ok(city::get(conn, id)?.map_or_else(|| id.to_owned(), |c| c.city.name))
}

fn host_name(conn: &mut DbConnection, cohort_id: &CohortId, id: &str) -> Result<String, Error> {
    let (catalogue, _) = crate::db::models::profile::catalogue(conn, cohort_id)?;
    Ok(catalogue
        .hosts
        .into_iter()
        .find(|(h, _)| h == id)
        .map_or_else(|| id.to_owned(), |(_, n)| n))
}

fn action_view(a: &ActionRow, offered: &[Practice]) -> ActionView {
    let known = offered.iter().find(|p| p.id == a.practice);
    let (domain, lever) = a.practice.split_once(':').unwrap_or((&a.practice, ""));
    ActionView {
        position: a.position,
        title: a.title.clone(),
        practice: a.practice.clone(),
        domain: domain.to_owned(),
        lever: lever.to_owned(),
        practice_label: known.map_or_else(|| a.practice.clone(), |p| p.label.clone()),
        practice_description: known.map(|p| p.description.clone()).unwrap_or_default(),
        owner: a.owner.clone(),
        starts_on: a.starts_on,
        ends_on: a.ends_on,
        budget_eur: a.budget_eur,
        status: a.status,
        indicator: a.indicator.clone(),
        target_value: a.target_value,
        target_unit: a.target_unit.clone(),
    }
}

fn version_view(row: &PlanRow, actions: &[ActionRow], offered: &[Practice]) -> VersionView {
    let actions: Vec<ActionView> = actions
        .iter()
        .filter(|a| a.plan_id == row.id)
        .map(|a| action_view(a, offered))
        .collect();
    VersionView {
        id: row.id.clone(),
        version: row.version,
        status: row.status,
        comment: row.comment.clone(),
        reviewed_by: row.reviewed_by.clone(),
        reviewed_at: row.reviewed_at,
        submitted_at: row.submitted_at,
        updated_at: row.updated_at,
        budget_eur: actions.iter().map(|a| i64::from(a.budget_eur)).sum(),
        actions,
    }
}

/// The plan of a Twin in a cohort, if it saved one.
fn read(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    city_id: &str,
    offered: &HashMap<String, Vec<Practice>>,
) -> Result<Option<PlanView>, Error> {
    let versions = rows::versions(conn, cohort_id, city_id)?;
    let Some(latest) = versions.first() else {
        return Ok(None);
    };
    let ids: Vec<String> = versions.iter().map(|v| v.id.clone()).collect();
    let actions = rows::actions_of(conn, &ids)?;
    let practices = offered.get(&latest.host_id).map_or(&[][..], Vec::as_slice);
    Ok(Some(PlanView {
        cohort_id: cohort_id.clone(),
        city_id: city_id.to_owned(),
        city: city_name(conn, city_id)?,
        proposal_id: latest.proposal_id.clone(),
        host_id: latest.host_id.clone(),
        host: host_name(conn, cohort_id, &latest.host_id)?,
        versions: versions
            .iter()
            .map(|v| version_view(v, &actions, practices))
            .collect(),
    }))
}

/// The city's accepted pair, or why it has no plan to write (a host, or no accepted pair
/// yet): a conflict the page and the API explain.
fn twin_pair(conn: &mut DbConnection, ctx: &Context) -> Result<Proposal, Error> {
    if ctx.role != ProfileRole::Twin {
        return Err(Error::conflict(
            None,
            "a Replication Plan is written by a Twin City: this link is a host's",
        ));
    }
    pair_of(conn, &ctx.invitation.cohort_id, &ctx.invitation.city_id)?.ok_or_else(|| {
        Error::conflict(
            None,
            "the Replication Plan opens once your city's pair is accepted by both sides",
        )
    })
}

/// Whether a city's link has a plan to write: a Twin with an accepted pair.
pub fn has_plan(conn: &mut DbConnection, ctx: &Context) -> Result<bool, Error> {
    if ctx.role != ProfileRole::Twin {
        return Ok(false);
    }
    Ok(pair_of(conn, &ctx.invitation.cohort_id, &ctx.invitation.city_id)?.is_some())
}

/// Why the plan cannot be changed on `today`: the cohort has ended, or is archived.
fn refusal(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    ends_on: NaiveDate,
    today: NaiveDate,
) -> Result<Option<(Error, Refusal)>, Error> {
    if today > ends_on {
        return Ok(Some((
            Error::Forbidden(format!(
                "the cohort ended on {}: the Replication Plan can no longer be changed",
                ends_on.format("%-d %B %Y")
            )),
            Refusal::new("refusal-plan-cohort-ended").date("date", ends_on),
        )));
    }
    match super::archive::check_open(conn, cohort_id) {
        Ok(()) => Ok(None),
        Err(e @ Error::Conflict { .. }) => Ok(Some((e, Refusal::new("refusal-plan-archived")))),
        Err(e) => Err(e),
    }
}

fn cohort_of(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
) -> Result<cohort::CohortWithModules, Error> {
    cohort::get(conn, cohort_id)?.ok_or_else(|| Error::not_found("cohort", cohort_id))
}

/// What the Twin of `ctx` sees of its plan (a conflict for a host or a Twin without an
/// accepted pair).
pub fn for_city(
    conn: &mut DbConnection,
    ctx: &Context,
    today: NaiveDate,
) -> Result<CityPlan, Error> {
    let pair = twin_pair(conn, ctx)?;
    let cohort_id = &ctx.invitation.cohort_id;
    let closes_on = cohort_of(conn, cohort_id)?.cohort.ends_on;
    let why = refusal(conn, cohort_id, closes_on, today)?;
    let offered = practices_by_host(conn, cohort_id)?;
    let plan = read(conn, cohort_id, &ctx.invitation.city_id, &offered)?;
    let (refusal, why) = why.map(|(e, r)| (e.to_string(), r)).unzip();
    Ok(CityPlan {
        host: host_name(conn, cohort_id, &pair.host_id)?,
        open: why.is_none(),
        refusal,
        why,
        closes_on,
        practices: offered
            .get(&pair.host_id)
            .into_iter()
            .flatten()
            .map(|p| PracticeView {
                id: p.id.clone(),
                label: p.label.clone(),
                description: p.description.clone(),
            })
            .collect(),
        plan,
    })
}

/// Saves the Twin's plan as a draft: its latest draft rewritten, or a new version after
/// one submitted. Every field checked against the host's practices first (nothing stored
/// when one is wrong); under the cohort's lock; audited.
pub fn save(
    conn: &mut DbConnection,
    ctx: &Context,
    actions: &[ActionFields],
    today: NaiveDate,
    actor: &str,
) -> Result<PlanView, Error> {
    let cohort_id = &ctx.invitation.cohort_id;
    let city_id = &ctx.invitation.city_id;
    super::archive::ensure_open(conn, cohort_id)?;
    let pair = twin_pair(conn, ctx)?;
    let ends_on = cohort_of(conn, cohort_id)?.cohort.ends_on;
    if let Some((e, _)) = refusal(conn, cohort_id, ends_on, today)? {
        return Err(e);
    }
    let offered = practices_by_host(conn, cohort_id)?;
    let practices = offered.get(&pair.host_id).map_or(&[][..], Vec::as_slice);
    let valid = validate(actions, practices, false)?;
    let latest = rows::versions(conn, cohort_id, city_id)?.into_iter().next();
    let row = match latest {
        Some(draft) if draft.status == PlanStatus::Draft && draft.host_id == pair.host_id => {
            rows::rewrite_draft(conn, &draft, &valid, actor)?
        }
        other => rows::insert_draft(
            conn,
            &NewVersion {
                cohort_id,
                city_id,
                proposal_id: &pair.id,
                host_id: &pair.host_id,
                version: other.map_or(1, |o| o.version + 1),
                actor,
            },
            &valid,
        )?,
    };
    audit::record(
        conn,
        actor,
        "save plan",
        "replication_plan",
        &row.id,
        &format!(
            "{} version {} (draft): {} actions",
            ctx.city_name,
            row.version,
            valid.len()
        ),
    )?;
    read(conn, cohort_id, city_id, &offered)?
        .ok_or_else(|| Error::Bug("a saved plan is gone".into()))
}

/// Submits the Twin's latest draft: it must be `expected` (the version the city checked,
/// when given) and hold at least one action. Under the cohort's lock; audited; a receipt
/// to the city's contacts.
pub fn submit(
    conn: &mut DbConnection,
    ctx: &Context,
    expected: Option<i32>,
    today: NaiveDate,
    actor: &str,
    head: &Letterhead,
) -> Result<PlanView, Error> {
    let cohort_id = &ctx.invitation.cohort_id;
    let city_id = &ctx.invitation.city_id;
    super::archive::ensure_open(conn, cohort_id)?;
    let pair = twin_pair(conn, ctx)?;
    let found = cohort_of(conn, cohort_id)?;
    if let Some((e, _)) = refusal(conn, cohort_id, found.cohort.ends_on, today)? {
        return Err(e);
    }
    let latest = rows::versions(conn, cohort_id, city_id)?.into_iter().next();
    let draft = match latest {
        Some(d) if d.status == PlanStatus::Draft => d,
        Some(d) => {
            return Err(Error::conflict(
                None,
                format!(
                    "version {} is already submitted ({}): save a change to start a new version",
                    d.version, d.status
                ),
            ));
        }
        None => {
            return Err(Error::Invalid(Invalid::field(
                "actions",
                Refusal::new("refusal-plan-no-action").says("list at least one action to submit"),
            )));
        }
    };
    if let Some(v) = expected.filter(|v| *v != draft.version) {
        return Err(Error::conflict(
            Some("version"),
            format!(
                "the plan changed since you checked it (you checked version {v}, it is at version {}): check it again and submit",
                draft.version
            ),
        ));
    }
    let actions = rows::actions_of(conn, std::slice::from_ref(&draft.id))?;
    let offered = practices_by_host(conn, cohort_id)?;
    let practices = offered.get(&pair.host_id).map_or(&[][..], Vec::as_slice);
    // The stored actions checked again as a submission: one at least, each still a
    // practice the host shows.
    let typed: Vec<ActionFields> = actions.iter().map(|a| fields_of(&a.action())).collect();
    validate(&typed, practices, true)?;
    let row = rows::mark_submitted(conn, &draft)?;
    audit::record(
        conn,
        actor,
        "submit plan",
        "replication_plan",
        &row.id,
        &format!(
            "{} version {}: {} actions",
            ctx.city_name,
            row.version,
            actions.len()
        ),
    )?;
    let view = read(conn, cohort_id, city_id, &offered)?
        .ok_or_else(|| Error::Bug("a submitted plan is gone".into()))?;
    tell(conn, &view, &row, &found.cohort.name, head, actor)?;
    Ok(view)
}

/// The fields that type an action again (to check it, or to fill a form).
pub fn fields_of(a: &crate::domain::plan::Action) -> ActionFields {
    ActionFields {
        title: a.title.clone(),
        practice: a.practice.clone(),
        owner: a.owner.clone(),
        starts_on: a.starts_on.to_string(),
        ends_on: a.ends_on.to_string(),
        budget_eur: a.budget_eur.to_string(),
        status: a.status.as_str().to_owned(),
        indicator: a.indicator.clone(),
        target_value: a.target_value.to_string(),
        target_unit: a.target_unit.clone(),
    }
}

/// The fields of an action shown.
pub fn fields_of_view(a: &ActionView) -> ActionFields {
    ActionFields {
        title: a.title.clone(),
        practice: a.practice.clone(),
        owner: a.owner.clone(),
        starts_on: a.starts_on.to_string(),
        ends_on: a.ends_on.to_string(),
        budget_eur: a.budget_eur.to_string(),
        status: a.status.as_str().to_owned(),
        indicator: a.indicator.clone(),
        target_value: a.target_value.to_string(),
        target_unit: a.target_unit.clone(),
    }
}

/// Writes the letter of a plan's step to the Twin's contacts, in their languages.
fn tell(
    conn: &mut DbConnection,
    view: &PlanView,
    row: &PlanRow,
    cohort: &str,
    head: &Letterhead,
    actor: &str,
) -> Result<(), Error> {
    let book = Addressbook::of_cohort(conn, &view.cohort_id)?;
    let email = PlanEmail {
        plan_id: &row.id,
        cohort_id: &view.cohort_id,
        cohort,
        city: &view.city,
        host: &view.host,
        version: row.version,
        step: row.status,
        comment: &row.comment,
        actions: view
            .versions
            .iter()
            .find(|v| v.version == row.version)
            .map_or(0, |v| v.actions.len()),
    };
    let mut told = std::collections::HashSet::new();
    let drafts = book
        .of(&view.city_id, ProfileRole::Twin)
        .into_iter()
        .filter(|to| told.insert(to.email.to_lowercase()))
        .map(|to| compose::plan(&email, &to, head))
        .collect();
    mail::enqueue(conn, drafts, head, actor)?;
    Ok(())
}

/// A manager's decision on a submitted version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Accept it.
    Accept,
    /// Ask the city for changes.
    AskChanges,
}

impl Decision {
    /// `accept` or `changes` (a form's button, the API's `decision`).
    pub fn parse(text: &str) -> Result<Decision, Invalid> {
        match text.trim() {
            "accept" | "accepted" => Ok(Decision::Accept),
            "changes" | "changes_requested" => Ok(Decision::AskChanges),
            other => Err(Invalid::field(
                "decision",
                format!(
                    "\"{}\" is not a decision: use accept or changes",
                    other.chars().take(40).collect::<String>()
                ),
            )),
        }
    }
}

/// Reviews the latest submitted version of a Twin's plan: it must be `version` and not
/// reviewed yet, else a conflict (409: another manager reviewed it, or the city submitted
/// a newer version). A comment is needed to ask for changes. Under the cohort's lock;
/// audited; the city is written to.
#[allow(clippy::too_many_arguments)]
pub fn review(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    city_id: &str,
    version: i32,
    decision: Decision,
    comment: &str,
    actor: &str,
    head: &Letterhead,
) -> Result<PlanView, Error> {
    super::archive::ensure_open(conn, cohort_id)?;
    let comment = valid_comment(comment, decision == Decision::AskChanges)?;
    let found = cohort_of(conn, cohort_id)?;
    let versions = rows::versions(conn, cohort_id, city_id)?;
    if versions.is_empty() {
        return Err(Error::not_found("plan", format!("{cohort_id}/{city_id}")));
    }
    let Some(target) = versions.into_iter().find(|v| v.status != PlanStatus::Draft) else {
        return Err(Error::conflict(
            None,
            "the city has not submitted its plan yet: there is nothing to review",
        ));
    };
    if target.version != version || target.status != PlanStatus::Submitted {
        return Err(Error::conflict(
            Some("version"),
            format!(
                "the plan changed since you read it: version {} is the latest submitted, and it is {}; read it again",
                target.version, target.status
            ),
        ));
    }
    let status = match decision {
        Decision::Accept => PlanStatus::Accepted,
        Decision::AskChanges => PlanStatus::ChangesRequested,
    };
    let row = rows::mark_reviewed(conn, &target, status, &comment, actor)?;
    let offered = practices_by_host(conn, cohort_id)?;
    let view = read(conn, cohort_id, city_id, &offered)?
        .ok_or_else(|| Error::Bug("a reviewed plan is gone".into()))?;
    audit::record(
        conn,
        actor,
        match decision {
            Decision::Accept => "accept plan",
            Decision::AskChanges => "ask plan changes",
        },
        "replication_plan",
        &row.id,
        &format!("{} version {}: {}", view.city, row.version, comment),
    )?;
    tell(conn, &view, &row, &found.cohort.name, head, actor)?;
    Ok(view)
}

/// A Twin's plan, for a manager.
pub fn one(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    city_id: &str,
) -> Result<PlanView, Error> {
    cohort_of(conn, cohort_id)?;
    let offered = practices_by_host(conn, cohort_id)?;
    read(conn, cohort_id, city_id, &offered)?
        .ok_or_else(|| Error::not_found("plan", format!("{cohort_id}/{city_id}")))
}

/// Every Twin of an accepted pair in a cohort, with where its plan stands, by name.
pub fn of_cohort(conn: &mut DbConnection, cohort_id: &CohortId) -> Result<Vec<PlanLine>, Error> {
    cohort_of(conn, cohort_id)?;
    let offered = practices_by_host(conn, cohort_id)?;
    let mut twins: Vec<(String, String)> = proposal::live_of_cohort(conn, cohort_id)?
        .into_iter()
        .filter(|p| p.state() == PairState::Accepted)
        .map(|p| (p.twin_city_id, p.host_id))
        .collect();
    // A Twin whose pair changed after it wrote a plan keeps its plan in the list.
    for row in rows::latest_of_cohort(conn, cohort_id)? {
        if !twins.iter().any(|(c, _)| *c == row.city_id) {
            twins.push((row.city_id, row.host_id));
        }
    }
    let mut out = Vec::new();
    for (city_id, host_id) in twins {
        let plan = read(conn, cohort_id, &city_id, &offered)?;
        let line = match &plan {
            Some(p) => {
                let held = p.submitted();
                PlanLine {
                    city_id: city_id.clone(),
                    city: p.city.clone(),
                    host: p.host.clone(),
                    status: Some(p.latest().status),
                    version: Some(p.latest().version),
                    submitted_status: held.map(|v| v.status),
                    actions: held.map_or(0, |v| v.actions.len()),
                    budget_eur: held.map_or(0, |v| v.budget_eur),
                    submitted_at: held.and_then(|v| v.submitted_at),
                }
            }
            None => PlanLine {
                city: city_name(conn, &city_id)?,
                host: host_name(conn, cohort_id, &host_id)?,
                city_id,
                status: None,
                version: None,
                submitted_status: None,
                actions: 0,
                budget_eur: 0,
                submitted_at: None,
            },
        };
        out.push(line);
    }
    out.sort_by(|a, b| a.city.cmp(&b.city));
    Ok(out)
}

const CSV_HEADER: [&str; 18] = [
    "cohort",
    "city",
    "host",
    "version",
    "plan_status",
    "position",
    "title",
    "practice",
    "domain",
    "lever",
    "owner",
    "starts_on",
    "ends_on",
    "budget_eur",
    "status",
    "indicator",
    "target_value",
    "target_unit",
];

fn csv_rows(out: &mut csv::Writer<Vec<u8>>, cohort: &str, plan: &PlanView) -> Result<(), Error> {
    let v = plan.current();
    for a in &v.actions {
        let row = [
            cohort.to_owned(),
            plan.city.clone(),
            plan.host.clone(),
            v.version.to_string(),
            v.status.as_str().to_owned(),
            (a.position + 1).to_string(),
            a.title.clone(),
            a.practice_label.clone(),
            a.domain.clone(),
            a.lever.clone(),
            a.owner.clone(),
            a.starts_on.to_string(),
            a.ends_on.to_string(),
            a.budget_eur.to_string(),
            a.status.as_str().to_owned(),
            a.indicator.clone(),
            a.target_value.to_string(),
            a.target_unit.clone(),
        ];
        // Every cell through `cell`: most are text a city typed.
        out.write_record(row.iter().map(|c| crate::transfer::cell(c).into_owned()))
            .map_err(|e| Error::failed("writing CSV", e))?;
    }
    Ok(())
}

fn csv_of(cohort: &str, plans: &[PlanView]) -> Result<Vec<u8>, Error> {
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(CSV_HEADER)
        .map_err(|e| Error::failed("writing CSV", e))?;
    for p in plans {
        csv_rows(&mut out, cohort, p)?;
    }
    out.into_inner()
        .map_err(|e| Error::failed("writing CSV", e.into_error()))
}

/// A Twin's plan as CSV, one row per action of the version the programme holds (the
/// latest submitted one, else the draft).
pub fn plan_csv(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    city_id: &str,
) -> Result<Vec<u8>, Error> {
    let name = cohort_of(conn, cohort_id)?.cohort.name;
    let plan = one(conn, cohort_id, city_id)?;
    csv_of(&name, std::slice::from_ref(&plan))
}

/// Every submitted plan of a cohort as CSV, one row per action, Twins by name.
pub fn cohort_csv(conn: &mut DbConnection, cohort_id: &CohortId) -> Result<Vec<u8>, Error> {
    let name = cohort_of(conn, cohort_id)?.cohort.name;
    let offered = practices_by_host(conn, cohort_id)?;
    let mut plans = Vec::new();
    for line in of_cohort(conn, cohort_id)? {
        if line.submitted_status.is_some()
            && let Some(p) = read(conn, cohort_id, &line.city_id, &offered)?
        {
            plans.push(p);
        }
    }
    csv_of(&name, &plans)
}
