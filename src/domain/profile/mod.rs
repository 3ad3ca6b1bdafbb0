//! A city's profile for a cohort: who takes part, what it wants to learn (a Twin) or can
//! show (a host) on the theme taxonomy, which hosts it is interested in, when it cannot
//! travel or host. Forms and JSON both arrive as [`ProfileForm`] (text as typed, so a page
//! can show it again) and leave as a valid [`Profile`] or every wrong field at once, named
//! as the form names it (`contacts[0].email`).
//!
//! `validate.rs` turns a form into a profile, `form.rs` reads an HTML form and writes a
//! profile back as one.

mod form;
#[cfg(test)]
mod tests;
mod validate;

use std::collections::HashSet;
use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::city::languages;
use super::invalid::{Checks, Invalid, control_in, control_message};
use super::limits;

/// The role a profile is written in.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
    diesel::AsExpression,
    diesel::FromSqlRow,
)]
#[serde(rename_all = "lowercase")]
#[diesel(sql_type = diesel::sql_types::Text)]
pub enum ProfileRole {
    /// A Twin City: says what it wants to learn and from whom.
    Twin,
    /// A host (Mission City or pilot activity): says what it can show and how many Twins.
    Host,
}

impl ProfileRole {
    /// The name stored and exchanged.
    pub fn as_str(self) -> &'static str {
        match self {
            ProfileRole::Twin => "twin",
            ProfileRole::Host => "host",
        }
    }
}

impl fmt::Display for ProfileRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ProfileRole {
    type Err = String;

    fn from_str(s: &str) -> Result<ProfileRole, String> {
        match s.trim() {
            "twin" => Ok(ProfileRole::Twin),
            "host" => Ok(ProfileRole::Host),
            other => Err(format!("\"{other}\" is not a role here: use twin or host")),
        }
    }
}

/// The climate zones a profile chooses from, with their labels.
pub const CLIMATE_ZONES: [(&str, &str); 6] = [
    ("mediterranean", "Mediterranean"),
    ("oceanic", "Oceanic (Atlantic)"),
    ("continental", "Continental"),
    ("nordic", "Nordic (boreal)"),
    ("alpine", "Alpine (mountain)"),
    ("arid", "Arid or semi-arid"),
];

/// When an unavailable period applies, with labels.
pub const APPLIES_TO: [(&str, &str); 3] = [
    ("both", "cannot travel or host"),
    ("travel", "cannot travel"),
    ("host", "cannot host"),
];

/// How many rows of each list a form offers (a city needing more uses the API).
pub const CONTACT_ROWS: usize = 5;
/// Theme rows offered.
pub const THEME_ROWS: usize = 8;
/// Ranked interests offered (and allowed).
pub const INTEREST_ROWS: usize = limits::INTERESTS_PER_PROFILE;
/// Unavailable periods offered.
pub const PERIOD_ROWS: usize = 5;

/// A participant as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields, default)]
pub struct ContactFields {
    /// Full name.
    #[schema(max_length = 120)]
    pub name: String,
    /// Email address.
    #[schema(max_length = 254)]
    pub email: String,
    /// Role in the city's team (e.g. climate officer).
    #[schema(max_length = 120)]
    pub role: String,
    /// ISO 639-1 code of the language emails go out in (default `en`).
    pub language: String,
}

/// A need or strength as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields, default)]
pub struct ThemeFields {
    /// Emission domain id (`energy`, `mobility`, ...).
    pub domain: String,
    /// Lever of change id (`governance`, `participation`, ...).
    pub lever: String,
    /// 1 (most important) to 3.
    pub priority: String,
    /// A short text: the challenge, or the practice shown.
    pub description: String,
}

/// An unavailable period as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields, default)]
pub struct PeriodFields {
    /// First day, YYYY-MM-DD.
    pub starts_on: String,
    /// Last day, YYYY-MM-DD.
    pub ends_on: String,
    /// `both`, `travel` or `host`.
    pub applies_to: String,
    /// Why (holidays, elections).
    #[schema(max_length = 120)]
    pub label: String,
}

impl ContactFields {
    /// A row left blank (a form shows a few to fill).
    pub fn is_empty(&self) -> bool {
        [&self.name, &self.email, &self.role]
            .iter()
            .all(|v| v.trim().is_empty())
    }
}

impl ThemeFields {
    /// A row left blank.
    pub fn is_empty(&self) -> bool {
        [&self.domain, &self.lever, &self.description]
            .iter()
            .all(|v| v.trim().is_empty())
    }
}

impl PeriodFields {
    /// A row left blank.
    pub fn is_empty(&self) -> bool {
        [&self.starts_on, &self.ends_on, &self.label]
            .iter()
            .all(|v| v.trim().is_empty())
    }
}

/// A profile as typed into the form, every value as text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProfileForm {
    /// The organisation (the municipality's department).
    pub organisation: String,
    /// Inhabitants.
    pub population: String,
    /// Working languages, ISO 639-1 codes separated by commas or spaces.
    pub languages: String,
    /// `yes`, `no` or empty.
    pub coastal: String,
    /// One of [`CLIMATE_ZONES`] or empty.
    pub climate_zone: String,
    /// Twins a host can take.
    pub capacity: String,
    /// People travelling in a delegation.
    pub delegation_size: String,
    /// Participants.
    pub contacts: Vec<ContactFields>,
    /// Needs (Twin) or strengths (host).
    pub themes: Vec<ThemeFields>,
    /// Host ids in order of preference (Twin only).
    pub interests: Vec<String>,
    /// Unavailable periods.
    pub unavailable: Vec<PeriodFields>,
}

/// A participant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    /// Name.
    pub name: String,
    /// Email, lower-cased.
    pub email: String,
    /// Role.
    pub role: String,
    /// Language code.
    pub language: String,
}

/// A need or strength.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    /// Emission domain id.
    pub domain: String,
    /// Lever id.
    pub lever: String,
    /// 1 to 3.
    pub priority: i32,
    /// Short text.
    pub description: String,
}

/// An unavailable period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unavailable {
    /// First day.
    pub starts_on: NaiveDate,
    /// Last day.
    pub ends_on: NaiveDate,
    /// `both`, `travel` or `host`.
    pub applies_to: String,
    /// Why.
    pub label: String,
}

/// A valid profile (complete when submitted; a draft may leave things out).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Profile {
    /// Organisation.
    pub organisation: String,
    /// Inhabitants.
    pub population: Option<i32>,
    /// Language codes.
    pub languages: Vec<String>,
    /// By the sea.
    pub coastal: Option<bool>,
    /// Climate zone id.
    pub climate_zone: Option<String>,
    /// Twins a host takes.
    pub capacity: Option<i32>,
    /// Delegation size.
    pub delegation_size: Option<i32>,
    /// Participants.
    pub contacts: Vec<Contact>,
    /// Needs or strengths.
    pub themes: Vec<Theme>,
    /// Host ids, best first.
    pub interests: Vec<String>,
    /// Unavailable periods.
    pub unavailable: Vec<Unavailable>,
}

/// What a profile may refer to: the taxonomy and the cohort's host catalogue.
#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    /// Emission domains: id, label.
    pub domains: Vec<(String, String)>,
    /// Levers of change: id, label.
    pub levers: Vec<(String, String)>,
    /// Hosts of the cohort: id, name.
    pub hosts: Vec<(String, String)>,
}

impl Catalogue {
    fn has(list: &[(String, String)], id: &str) -> bool {
        list.iter().any(|(i, _)| i == id)
    }
}

/// Whether an email address has the shape of one (one `@`, a dotted domain, no spaces).
pub fn is_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && value.len() <= 254
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && !value.chars().any(|c| c.is_whitespace() || c.is_control())
}
