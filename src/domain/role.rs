//! The roles a city holds in a programme.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A city's role: a Twin learns, Mission and Pilot Cities host.
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
pub enum Role {
    /// A Twin City, learning from a host.
    Twin,
    /// One of the 112 Mission Cities.
    Mission,
    /// A Pilot City, running a pilot activity.
    Pilot,
}

impl Role {
    /// Every role, in the order they are shown.
    pub const ALL: [Role; 3] = [Role::Mission, Role::Pilot, Role::Twin];

    /// The name stored and exchanged.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Twin => "twin",
            Role::Mission => "mission",
            Role::Pilot => "pilot",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Role {
    type Err = String;

    fn from_str(s: &str) -> Result<Role, String> {
        match s.trim() {
            "twin" => Ok(Role::Twin),
            "mission" => Ok(Role::Mission),
            "pilot" => Ok(Role::Pilot),
            other => Err(format!(
                "\"{other}\" is not a role: use twin, mission or pilot"
            )),
        }
    }
}
