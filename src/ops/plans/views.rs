//! What the pages and the API show of Replication Plans: an action, a version with its
//! actions, a Twin's plan with every version, what a city sees, a line of a cohort's list;
//! and how they are read from the rows.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;
use utoipa::ToSchema;

use super::super::Error;
use super::super::feedback::PracticeView;
use crate::db::DbConnection;
use crate::db::models::city;
use crate::db::models::plan::{self as rows, ActionRow, PlanRow};
use crate::domain::Refusal;
use crate::domain::feedback::Practice;
use crate::domain::id::CityId;
use crate::domain::id::HostId;
use crate::domain::id::{CohortId, ProposalId};
use crate::domain::state::{ActionStatus, PlanStatus};

/// An action of a plan.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PlanActionView {
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
pub struct PlanVersionView {
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
    pub actions: Vec<PlanActionView>,
}

/// A Twin's plan: who, and every version, newest first.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReplicationPlanView {
    /// The cohort.
    #[schema(value_type = String)]
    pub cohort_id: CohortId,
    /// The Twin City.
    #[schema(value_type = String)]
    pub city_id: CityId,
    /// Its name.
    pub city: String,
    /// Its accepted pair.
    #[schema(value_type = String)]
    pub proposal_id: ProposalId,
    /// The host whose practices it replicates.
    #[schema(value_type = String)]
    pub host_id: HostId,
    /// The host's name.
    pub host: String,
    /// Every version, newest first (never empty).
    pub versions: Vec<PlanVersionView>,
}

impl ReplicationPlanView {
    /// The latest version (a draft, or the last one submitted).
    pub fn latest(&self) -> &PlanVersionView {
        &self.versions[0]
    }

    /// The latest version the city submitted (under review, or reviewed), if any.
    pub fn submitted(&self) -> Option<&PlanVersionView> {
        self.versions.iter().find(|v| v.status != PlanStatus::Draft)
    }

    /// The plan the programme holds: the latest submitted version, else the draft.
    pub fn current(&self) -> &PlanVersionView {
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
    pub plan: Option<ReplicationPlanView>,
}

/// A line of a cohort's list of plans: each Twin of an accepted pair, with or without one.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PlanLine {
    /// The Twin City.
    #[schema(value_type = String)]
    pub city_id: CityId,
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

pub(super) fn city_name(conn: &mut DbConnection, id: &CityId) -> Result<String, Error> {
    Ok(city::get(conn, id)?.map_or_else(|| id.to_string(), |c| c.city.name))
}

pub(super) fn host_name(conn: &mut DbConnection, id: &HostId) -> Result<String, Error> {
    Ok(crate::db::models::invitation::host_name(conn, id)?.unwrap_or_else(|| id.to_string()))
}

fn action_view(a: &ActionRow, offered: &[Practice]) -> PlanActionView {
    let known = offered.iter().find(|p| p.id == a.practice);
    let (domain, lever) = a.practice.split_once(':').unwrap_or((&a.practice, ""));
    PlanActionView {
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

fn version_view(row: &PlanRow, actions: &[ActionRow], offered: &[Practice]) -> PlanVersionView {
    let actions: Vec<PlanActionView> = actions
        .iter()
        .filter(|a| a.plan_id == row.id)
        .map(|a| action_view(a, offered))
        .collect();
    PlanVersionView {
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
pub(super) fn read(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    city_id: &CityId,
    offered: &HashMap<HostId, Vec<Practice>>,
) -> Result<Option<ReplicationPlanView>, Error> {
    let versions = rows::versions(conn, cohort_id, city_id)?;
    let Some(latest) = versions.first() else {
        return Ok(None);
    };
    let ids: Vec<String> = versions.iter().map(|v| v.id.clone()).collect();
    let actions = rows::actions_of(conn, &ids)?;
    let practices = offered.get(&latest.host_id).map_or(&[][..], Vec::as_slice);
    Ok(Some(ReplicationPlanView {
        cohort_id: cohort_id.clone(),
        city_id: city_id.to_owned(),
        city: city_name(conn, city_id)?,
        proposal_id: latest.proposal_id.clone(),
        host_id: latest.host_id.clone(),
        host: host_name(conn, &latest.host_id)?,
        versions: versions
            .iter()
            .map(|v| version_view(v, &actions, practices))
            .collect(),
    }))
}
