//! Replication Plans, stored as versions (`replication_plans`) with their actions
//! (`plan_actions`): a draft is rewritten in place, a version once submitted is kept as
//! it was, so what a manager reviewed stays readable.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::{new_id, next_stamp, now};
use crate::db::DbConnection;
use crate::db::schema::{plan_actions, replication_plans};
use crate::domain::id::CityId;
use crate::domain::id::HostId;
use crate::domain::id::{CohortId, ProposalId};
use crate::domain::plan::Action;
use crate::domain::state::{ActionStatus, PlanStatus};

/// A version of a plan.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = replication_plans)]
pub struct PlanRow {
    /// Id of this version.
    pub id: String,
    /// Cohort.
    pub cohort_id: CohortId,
    /// The Twin City.
    pub city_id: CityId,
    /// Its accepted pair.
    pub proposal_id: ProposalId,
    /// The host whose practices it replicates.
    pub host_id: HostId,
    /// 1, 2, ...
    pub version: i32,
    /// Where it stands.
    pub status: PlanStatus,
    /// The manager's comment on its review.
    pub comment: String,
    /// Who reviewed it.
    pub reviewed_by: Option<String>,
    /// When.
    pub reviewed_at: Option<NaiveDateTime>,
    /// When the city submitted it.
    pub submitted_at: Option<NaiveDateTime>,
    /// Who wrote it: `city:NAME`, a manager's email or `demo`.
    pub created_by: String,
    /// Started.
    pub created_at: NaiveDateTime,
    /// Last changed.
    pub updated_at: NaiveDateTime,
}

/// An action row.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = plan_actions)]
pub struct ActionRow {
    /// Id.
    pub id: String,
    /// Its version of the plan.
    pub plan_id: String,
    /// 0, 1, ... in the city's order.
    pub position: i32,
    /// Title.
    pub title: String,
    /// The host's practice (`domain:lever`).
    pub practice: String,
    /// Who carries it.
    pub owner: String,
    /// First day.
    pub starts_on: NaiveDate,
    /// Last day.
    pub ends_on: NaiveDate,
    /// Whole euros.
    pub budget_eur: i32,
    /// Where it stands.
    pub status: ActionStatus,
    /// What is measured.
    pub indicator: String,
    /// The value aimed at.
    pub target_value: f64,
    /// Its unit.
    pub target_unit: String,
}

impl ActionRow {
    /// The valid action it stores.
    pub fn action(&self) -> Action {
        Action {
            title: self.title.clone(),
            practice: self.practice.clone(),
            owner: self.owner.clone(),
            starts_on: self.starts_on,
            ends_on: self.ends_on,
            budget_eur: self.budget_eur,
            status: self.status,
            indicator: self.indicator.clone(),
            target_value: self.target_value,
            target_unit: self.target_unit.clone(),
        }
    }
}

/// Every version of a city's plan in a cohort, newest first.
pub fn versions(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    city_id: &CityId,
) -> QueryResult<Vec<PlanRow>> {
    replication_plans::table
        .filter(replication_plans::cohort_id.eq(cohort_id))
        .filter(replication_plans::city_id.eq(city_id))
        .order(replication_plans::version.desc())
        .select(PlanRow::as_select())
        .load(conn)
}

/// The latest version of every plan of a cohort.
pub fn latest_of_cohort(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
) -> QueryResult<Vec<PlanRow>> {
    let all: Vec<PlanRow> = replication_plans::table
        .filter(replication_plans::cohort_id.eq(cohort_id))
        .order((
            replication_plans::city_id,
            replication_plans::version.desc(),
        ))
        .select(PlanRow::as_select())
        .load(conn)?;
    let mut out: Vec<PlanRow> = Vec::new();
    for row in all {
        if out.last().is_none_or(|l| l.city_id != row.city_id) {
            out.push(row);
        }
    }
    Ok(out)
}

/// The actions of versions, in order.
pub fn actions_of(conn: &mut DbConnection, plan_ids: &[String]) -> QueryResult<Vec<ActionRow>> {
    if plan_ids.is_empty() {
        return Ok(Vec::new());
    }
    plan_actions::table
        .filter(plan_actions::plan_id.eq_any(plan_ids))
        .order((plan_actions::plan_id, plan_actions::position))
        .select(ActionRow::as_select())
        .load(conn)
}

/// Where a new version goes and who writes it.
pub struct NewVersion<'a> {
    /// Cohort.
    pub cohort_id: &'a CohortId,
    /// The Twin.
    pub city_id: &'a CityId,
    /// Its pair.
    pub proposal_id: &'a ProposalId,
    /// Its host.
    pub host_id: &'a HostId,
    /// Its number.
    pub version: i32,
    /// Who writes it.
    pub actor: &'a str,
}

/// Stores a new draft version with its actions.
pub fn insert_draft(
    conn: &mut DbConnection,
    target: &NewVersion<'_>,
    actions: &[Action],
) -> QueryResult<PlanRow> {
    let at = now();
    let row = PlanRow {
        id: new_id(),
        cohort_id: target.cohort_id.clone(),
        city_id: target.city_id.to_owned(),
        proposal_id: target.proposal_id.clone(),
        host_id: target.host_id.to_owned(),
        version: target.version,
        status: PlanStatus::Draft,
        comment: String::new(),
        reviewed_by: None,
        reviewed_at: None,
        submitted_at: None,
        created_by: target.actor.to_owned(),
        created_at: at,
        updated_at: at,
    };
    diesel::insert_into(replication_plans::table)
        .values(&row)
        .execute(conn)?;
    write_actions(conn, &row.id, actions)?;
    Ok(row)
}

/// Replaces a draft's actions.
pub fn rewrite_draft(
    conn: &mut DbConnection,
    draft: &PlanRow,
    actions: &[Action],
    actor: &str,
) -> QueryResult<PlanRow> {
    diesel::delete(plan_actions::table.filter(plan_actions::plan_id.eq(&draft.id)))
        .execute(conn)?;
    write_actions(conn, &draft.id, actions)?;
    let updated_at = next_stamp(draft.updated_at);
    diesel::update(replication_plans::table.find(&draft.id))
        .set((
            replication_plans::created_by.eq(actor),
            replication_plans::updated_at.eq(updated_at),
        ))
        .execute(conn)?;
    Ok(PlanRow {
        created_by: actor.to_owned(),
        updated_at,
        ..draft.clone()
    })
}

fn write_actions(conn: &mut DbConnection, plan_id: &str, actions: &[Action]) -> QueryResult<()> {
    let rows: Vec<ActionRow> = actions
        .iter()
        .enumerate()
        .map(|(i, a)| ActionRow {
            id: new_id(),
            plan_id: plan_id.to_owned(),
            position: i as i32,
            title: a.title.clone(),
            practice: a.practice.clone(),
            owner: a.owner.clone(),
            starts_on: a.starts_on,
            ends_on: a.ends_on,
            budget_eur: a.budget_eur,
            status: a.status,
            indicator: a.indicator.clone(),
            target_value: a.target_value,
            target_unit: a.target_unit.clone(),
        })
        .collect();
    for row in rows {
        diesel::insert_into(plan_actions::table)
            .values(&row)
            .execute(conn)?;
    }
    Ok(())
}

/// Marks a draft submitted.
pub fn mark_submitted(conn: &mut DbConnection, draft: &PlanRow) -> QueryResult<PlanRow> {
    let at = next_stamp(draft.updated_at);
    diesel::update(replication_plans::table.find(&draft.id))
        .set((
            replication_plans::status.eq(PlanStatus::Submitted),
            replication_plans::submitted_at.eq(Some(at)),
            replication_plans::updated_at.eq(at),
        ))
        .execute(conn)?;
    Ok(PlanRow {
        status: PlanStatus::Submitted,
        submitted_at: Some(at),
        updated_at: at,
        ..draft.clone()
    })
}

/// Records a review of a submitted version.
pub fn mark_reviewed(
    conn: &mut DbConnection,
    plan: &PlanRow,
    status: PlanStatus,
    comment: &str,
    actor: &str,
) -> QueryResult<PlanRow> {
    let at = next_stamp(plan.updated_at);
    diesel::update(replication_plans::table.find(&plan.id))
        .set((
            replication_plans::status.eq(status),
            replication_plans::comment.eq(comment),
            replication_plans::reviewed_by.eq(Some(actor)),
            replication_plans::reviewed_at.eq(Some(at)),
            replication_plans::updated_at.eq(at),
        ))
        .execute(conn)?;
    Ok(PlanRow {
        status,
        comment: comment.to_owned(),
        reviewed_by: Some(actor.to_owned()),
        reviewed_at: Some(at),
        updated_at: at,
        ..plan.clone()
    })
}

/// The version of every plan of a cohort that the programme holds: the latest one the
/// city submitted (under review or reviewed); a plan never submitted has none.
pub fn held_of_cohort(conn: &mut DbConnection, cohort_id: &CohortId) -> QueryResult<Vec<PlanRow>> {
    let all: Vec<PlanRow> = replication_plans::table
        .filter(replication_plans::cohort_id.eq(cohort_id))
        .filter(replication_plans::status.ne(PlanStatus::Draft))
        .order((
            replication_plans::city_id,
            replication_plans::version.desc(),
        ))
        .select(PlanRow::as_select())
        .load(conn)?;
    let mut out: Vec<PlanRow> = Vec::new();
    for row in all {
        if out.last().is_none_or(|l| l.city_id != row.city_id) {
            out.push(row);
        }
    }
    Ok(out)
}
