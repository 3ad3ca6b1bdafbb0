//! How the id types of `domain::id` are stored: as their text, in TEXT columns, on both
//! backends.

use diesel::backend::Backend;
use diesel::deserialize::{self, FromSql};
use diesel::serialize::{self, Output, ToSql};
use diesel::sql_types::Text;

use crate::domain::id::{
    CityId, CohortId, EmailId, HostId, InvitationId, ProgrammeId, ProposalId, RoundId, VisitId,
};

macro_rules! stored_as_text {
    ($($t:ty),+ $(,)?) => {$(
        impl<DB> FromSql<Text, DB> for $t
        where
            DB: Backend,
            String: FromSql<Text, DB>,
        {
            fn from_sql(bytes: DB::RawValue<'_>) -> deserialize::Result<Self> {
                Ok(<$t>::from(<String as FromSql<Text, DB>>::from_sql(bytes)?))
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
