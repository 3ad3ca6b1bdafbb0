//! Calendar events: what nobody can use (blackouts) and when everyone meets (conferences).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::cohort::Period;
use super::invalid::{Checks, Invalid, optional_text, text};
use super::limits;
use crate::domain::id::CohortId;
use crate::domain::id::ProgrammeId;

/// A day as people type it in a form (`2025-05-07`), or why it is not one: every form
/// of the service reads its dates here, so each says the same thing about a wrong one.
pub fn parse_day(typed: &str) -> Result<chrono::NaiveDate, String> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Err("give a date (YYYY-MM-DD)".to_owned());
    }
    chrono::NaiveDate::parse_from_str(typed, "%Y-%m-%d")
        .map_err(|_| format!("\"{typed}\" is not a date: write it as YYYY-MM-DD, e.g. 2025-08-01"))
}

/// What an event means for visits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum EventKind {
    /// No visit may touch these days (summer, holidays).
    Blackout,
    /// A Cities Mission conference: no visit either, everyone is there.
    Conference,
}

impl EventKind {
    /// The name stored and exchanged.
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Blackout => "blackout",
            EventKind::Conference => "conference",
        }
    }
}

impl fmt::Display for EventKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for EventKind {
    type Err = String;

    fn from_str(s: &str) -> Result<EventKind, String> {
        match s {
            "blackout" => Ok(EventKind::Blackout),
            "conference" => Ok(EventKind::Conference),
            other => Err(format!(
                "\"{other}\" is not an event kind: use blackout or conference"
            )),
        }
    }
}

/// A calendar event, valid by construction.
#[derive(Debug, Clone, PartialEq)]
pub struct EventDetails {
    /// The programme it applies to; `None` applies to every programme.
    pub programme_id: Option<ProgrammeId>,
    /// The cohort it applies to; `None` applies to every cohort.
    pub cohort_id: Option<CohortId>,
    /// Blackout or conference.
    pub kind: EventKind,
    /// What it is.
    pub label: String,
    /// Where, for a conference.
    pub location: Option<String>,
    /// When.
    pub period: Period,
}

impl EventDetails {
    /// Checks an event's fields.
    pub fn new(
        programme_id: Option<&str>,
        cohort_id: Option<&str>,
        kind: EventKind,
        label: &str,
        location: Option<&str>,
        starts_on: chrono::NaiveDate,
        ends_on: chrono::NaiveDate,
    ) -> Result<EventDetails, Invalid> {
        let mut checks = Checks::new();
        let programme_id = checks.take(optional_text(
            "programme_id",
            programme_id,
            limits::ID_CHARS,
        ));
        let cohort_id = checks.take(optional_text("cohort_id", cohort_id, limits::ID_CHARS));
        let label = checks.take(text("label", label, limits::TITLE_CHARS));
        let location = checks.take(optional_text("location", location, limits::LABEL_CHARS));
        let period = checks.take(Period::new("ends_on", starts_on, ends_on));
        checks.finish(|| EventDetails {
            programme_id: programme_id.flatten().map(ProgrammeId::from),
            cohort_id: cohort_id.flatten().map(CohortId::from),
            kind,
            label: label.unwrap_or_default(),
            location: location.flatten(),
            period: period.expect("checked"),
        })
    }
}
