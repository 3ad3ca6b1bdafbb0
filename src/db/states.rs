//! How the state enums of `domain::state` and the ids of `domain::id` are stored: as their
//! names (whose CHECK constraints list the same names) or their text, in TEXT columns, on
//! both backends.

use diesel::backend::Backend;
use diesel::deserialize::{self, FromSql};
use diesel::serialize::{self, Output, ToSql};
use diesel::sql_types::Text;

use crate::domain::id::{
    CityId, CohortId, EmailId, HostId, InvitationId, ProgrammeId, ProposalId, RoundId, VisitId,
};
use crate::domain::profile::ProfileRole;
use crate::domain::role::Role;
use crate::domain::state::{
    ActionStatus, Answer, ChangeKind, Direction, EmailKind, EmailStatus, FollowUp, PlanStatus,
    ProfileStatus, ReminderKind, ReminderStatus, VisitStatus,
};

macro_rules! stored_as_text {
    ($($t:ty),+ $(,)?) => {$(
        // Every backend that stores text: SQLite, PostgreSQL and the one over both.
        impl<DB> FromSql<Text, DB> for $t
        where
            DB: Backend,
            String: FromSql<Text, DB>,
        {
            fn from_sql(bytes: DB::RawValue<'_>) -> deserialize::Result<Self> {
                let text = <String as FromSql<Text, DB>>::from_sql(bytes)?;
                Ok(text.parse::<$t>()?)
            }
        }

        impl<DB> ToSql<Text, DB> for $t
        where
            DB: Backend,
            str: ToSql<Text, DB>,
        {
            fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, DB>) -> serialize::Result {
                <str as ToSql<Text, DB>>::to_sql(self.as_str(), out)
            }
        }
    )+};
}

stored_as_text!(
    VisitStatus,
    Direction,
    ChangeKind,
    EmailStatus,
    EmailKind,
    ProfileRole,
    ProfileStatus,
    Answer,
    Role,
    FollowUp,
    PlanStatus,
    ActionStatus,
    ReminderKind,
    ReminderStatus,
    CityId,
    ProgrammeId,
    CohortId,
    RoundId,
    ProposalId,
    VisitId,
    InvitationId,
    HostId,
    EmailId,
);
