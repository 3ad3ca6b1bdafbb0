//! The visit-scheduling instance of FORMAT.md (`twinning-visits/1`), as typed structs.

use serde::{Deserialize, Serialize};

use crate::{Date, InstanceError};

/// The format tag every visit instance carries.
pub const FORMAT: &str = "twinning-visits/1";

/// A visit-scheduling instance: the visits of agreed pairs, their windows, and the
/// days cities cannot travel or host.
///
/// Build it in code or read it with [`Instance::from_json`]; it serialises back to the
/// same format. [`crate::visits::solve`] validates it again.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Instance {
    /// Always [`FORMAT`].
    pub format: String,
    /// A free name, kept for the reader.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Every visit lies inside these days.
    pub horizon: Span,
    /// Day names a visit may use, `Mon`..`Sun` (default Monday to Friday).
    #[serde(default = "five_days")]
    pub workdays: Vec<String>,
    /// Days no visit may use (conferences, closures).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub blackouts: Vec<Blackout>,
    /// The cities that travel and host.
    pub cities: Vec<City>,
    /// The visits to place.
    pub visits: Vec<Visit>,
}

/// A span of days, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Span {
    /// First day.
    pub start: Date,
    /// Last day.
    pub end: Date,
}

/// Days no visit may use, with what they are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Blackout {
    /// First day.
    pub start: Date,
    /// Last day.
    pub end: Date,
    /// What it is, for people.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
}

/// A city: when it cannot take part, and how many visits it can host on one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct City {
    /// Unique among cities.
    pub id: String,
    /// Days the city neither travels nor hosts.
    #[serde(default)]
    pub unavailable: Vec<Span>,
    /// Days the city cannot travel but may host (an extension of the format the app
    /// uses; absent in the shared benchmark files).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub no_travel: Vec<Span>,
    /// Days the city cannot host but may travel (the same extension).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub no_hosting: Vec<Span>,
    /// Visits the city can host on one day.
    #[serde(default = "one")]
    pub host_capacity: i64,
}

/// One visit of a guest city to a host city.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Visit {
    /// Unique among visits.
    pub id: String,
    /// The travelling city.
    pub guest: String,
    /// The receiving city.
    pub host: String,
    /// Consecutive workdays the visit takes.
    pub days: i64,
    /// The visit lies inside these days (default: the horizon).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window: Option<Span>,
    /// The start wanted; distance from it is minimised.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preferred_start: Option<Date>,
    /// A confirmed start, kept as it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fixed_start: Option<Date>,
    /// The visit starts at least `min_gap_days` after another visit ends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<After>,
}

/// An order between two visits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct After {
    /// The id of the visit that comes first.
    pub visit: String,
    /// Calendar days from the end of that visit to the start of this one, at least.
    pub min_gap_days: i64,
}

fn one() -> i64 {
    1
}

fn five_days() -> Vec<String> {
    ["Mon", "Tue", "Wed", "Thu", "Fri"]
        .map(String::from)
        .to_vec()
}

impl Instance {
    /// Reads and validates an instance; the error names the field and the value.
    pub fn from_json(bytes: &[u8]) -> Result<Instance, InstanceError> {
        let instance: Instance = crate::json::parse(bytes)?;
        super::calendar::Calendar::new(&instance)?;
        Ok(instance)
    }

    /// The instance as FORMAT.md JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}
