//! The visit-scheduling result of FORMAT.md.

use serde::{Deserialize, Serialize};

use super::cause::Cause;
use crate::Date;

/// How the search ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Most visits scheduled, then least deviation, both proven.
    Optimal,
    /// The time limit stopped the search of some component.
    Feasible,
}

/// A scheduled visit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scheduled {
    /// Visit id.
    pub id: String,
    /// First day.
    pub start: Date,
    /// Last day.
    pub end: Date,
}

/// A visit that could not be placed, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unscheduled {
    /// Visit id.
    pub id: String,
    /// What stands in the way, for a manager.
    pub reason: String,
    /// The rule that stands in the way, typed (`"cause"` and its fields in JSON).
    #[serde(flatten)]
    pub cause: Cause,
}

/// A visit schedule: FORMAT.md's keys plus `bound` and `components`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Solution {
    /// How the search ended.
    pub status: Status,
    /// Sum over scheduled visits of |start - preferred start| in days.
    pub objective: i64,
    /// Lower bound of `objective` for this number of scheduled visits.
    pub bound: i64,
    /// Scheduled visits, in instance order.
    pub visits: Vec<Scheduled>,
    /// Visits not placed, in instance order.
    pub unscheduled: Vec<Unscheduled>,
    /// Wall time of the solve, seconds (reading the instance excluded).
    pub seconds: f64,
    /// Independent groups of visits (linked by cities or order) solved apart.
    pub components: usize,
    /// Of them, those that needed the MILP (the rest kept every preferred start).
    pub milp_components: usize,
}

impl Solution {
    /// The result as FORMAT.md JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}
