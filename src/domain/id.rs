//! Ids as types. Each kind of record has its own id type, so a cohort's id cannot be passed
//! where a city's is wanted: the compiler refuses it. They are text underneath (UUID v7 for
//! the rows the service creates, `pt-cascais` style for cities), stored in TEXT columns by
//! `db::states` and exchanged in JSON and paths as plain strings (`#[serde(transparent)]`), so
//! nothing on the wire changes. They have no OpenAPI schema of their own: a body type the
//! API documents holds its ids as `String`, the wire format.

use std::borrow::Borrow;
use std::fmt;

use serde::{Deserialize, Serialize};

macro_rules! ids {
    ($($(#[$doc:meta])* $name:ident),+ $(,)?) => {$(
        $(#[$doc])*
        #[derive(
            Debug,
            Clone,
            Default,
            PartialEq,
            Eq,
            Hash,
            PartialOrd,
            Ord,
            Serialize,
            Deserialize,
            diesel::AsExpression,
            diesel::FromSqlRow,
        )]
        #[serde(transparent)]
        #[diesel(sql_type = diesel::sql_types::Text)]
        pub struct $name(String);

        impl $name {
            /// A new id: time-ordered (UUID v7).
            pub fn generate() -> Self {
                $name(uuid::Uuid::now_v7().to_string())
            }

            /// The id as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// The id's text, owned.
            pub fn into_string(self) -> String {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::convert::Infallible;

            fn from_str(id: &str) -> Result<Self, Self::Err> {
                Ok($name(id.to_owned()))
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                $name(id)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                $name(id.to_owned())
            }
        }

        impl From<&String> for $name {
            fn from(id: &String) -> Self {
                $name(id.clone())
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }

        impl PartialEq<&$name> for $name {
            fn eq(&self, other: &&$name) -> bool {
                self == *other
            }
        }

        impl PartialEq<String> for $name {
            fn eq(&self, other: &String) -> bool {
                &self.0 == other
            }
        }
    )+};
}

ids!(
    /// A city: `pt-cascais`, `dk-aarhus` (country and name), or a UUID for cities added later.
    CityId,
    /// A programme.
    ProgrammeId,
    /// A cohort of a programme.
    CohortId,
    /// A matching round of a cohort.
    RoundId,
    /// A proposed pair of a round.
    ProposalId,
    /// A visit between the two cities of a pair.
    VisitId,
    /// A city's invitation to a cohort (its link's record, not the link's secret).
    InvitationId,
    /// A host of a cohort: a Mission City, or a pilot activity of one or more Pilot Cities.
    HostId,
    /// An email of the outbox.
    EmailId,
);
