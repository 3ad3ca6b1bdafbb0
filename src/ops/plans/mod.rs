//! Replication Plans: each Twin City of an accepted pair writes one per cohort, through
//! its link, from its host's practices. The city saves a draft (rewritten in place) and
//! submits it, which makes it a numbered version; a manager reviews the latest submitted
//! version (comment, accept or ask for changes), and the city's next save starts a new
//! version. Every step is taken under the cohort's lock, audited, and written to the
//! city's contacts through the outbox in their language. Exported as CSV.

mod csv;
mod views;

pub use csv::{cohort_csv, plan_csv};
pub use views::{CityPlan, PlanActionView, PlanLine, PlanVersionView, ReplicationPlanView};

use chrono::NaiveDate;

use super::Error;
use super::feedback::{PracticeView, practices_by_host};
use super::profiles::Context;
use crate::db::DbConnection;
use crate::db::models::plan::{self as rows, NewVersion, PlanRow};
use crate::db::models::proposal::{self, Proposal};
use crate::db::models::{audit, cohort};
use crate::domain::id::CityId;
use crate::domain::id::CohortId;
use crate::domain::id::HostId;
use crate::domain::plan::{ActionFields, comment as valid_comment, validate};
use crate::domain::profile::ProfileRole;
use crate::domain::state::{PairState, PlanStatus};
use crate::domain::{Invalid, Refusal};
use crate::mail::compose::{self, Addressbook, PlanEmail};
use crate::mail::{self, Letterhead};
use views::{city_name, host_name, read};

/// The accepted, live pair of a Twin in a cohort.
fn pair_of(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    city_id: &CityId,
) -> Result<Option<Proposal>, Error> {
    Ok(proposal::live_of_cohort(conn, cohort_id)?
        .into_iter()
        .find(|p| p.twin_city_id == city_id && p.state() == PairState::Accepted))
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
        host: host_name(conn, &pair.host_id)?,
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
) -> Result<ReplicationPlanView, Error> {
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
/// to the city's contacts (none without a letterhead: the demo's illustrative plan).
pub fn submit(
    conn: &mut DbConnection,
    ctx: &Context,
    expected: Option<i32>,
    today: NaiveDate,
    actor: &str,
    head: Option<&Letterhead>,
) -> Result<ReplicationPlanView, Error> {
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
    if let Some(head) = head {
        tell(conn, &view, &row, &found.cohort.name, head, actor)?;
    }
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
pub fn fields_of_view(a: &PlanActionView) -> ActionFields {
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
    view: &ReplicationPlanView,
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
/// audited; the city is written to (not without a letterhead: the demo's plan).
#[allow(clippy::too_many_arguments)]
pub fn review(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    city_id: &CityId,
    version: i32,
    decision: Decision,
    comment: &str,
    actor: &str,
    head: Option<&Letterhead>,
) -> Result<ReplicationPlanView, Error> {
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
    if let Some(head) = head {
        tell(conn, &view, &row, &found.cohort.name, head, actor)?;
    }
    Ok(view)
}

/// A Twin's plan, for a manager.
pub fn one(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    city_id: &CityId,
) -> Result<ReplicationPlanView, Error> {
    cohort_of(conn, cohort_id)?;
    let offered = practices_by_host(conn, cohort_id)?;
    read(conn, cohort_id, city_id, &offered)?
        .ok_or_else(|| Error::not_found("plan", format!("{cohort_id}/{city_id}")))
}

/// Every Twin of an accepted pair in a cohort, with where its plan stands, by name.
pub fn of_cohort(conn: &mut DbConnection, cohort_id: &CohortId) -> Result<Vec<PlanLine>, Error> {
    cohort_of(conn, cohort_id)?;
    let offered = practices_by_host(conn, cohort_id)?;
    let mut twins: Vec<(CityId, HostId)> = proposal::live_of_cohort(conn, cohort_id)?
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
                host: host_name(conn, &host_id)?,
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
