//! Invitations of cities to a cohort, and the hosts a host invitation puts in the cohort's
//! catalogue.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::now;
use crate::db::DbConnection;
use crate::db::schema::{cities, host_cities, hosts, invitations};
use crate::domain::id::CityId;
use crate::domain::id::CohortId;
use crate::domain::id::HostId;
use crate::domain::id::InvitationId;
use crate::domain::profile::ProfileRole;

/// An invitation row (the token itself is never stored).
#[derive(Debug, Clone, PartialEq, Queryable, Selectable)]
#[diesel(table_name = invitations)]
pub struct Invitation {
    /// Id.
    pub id: InvitationId,
    /// Cohort.
    pub cohort_id: CohortId,
    /// City.
    pub city_id: CityId,
    /// `twin` or `host`.
    pub role: ProfileRole,
    /// Where the link was sent, if known.
    pub email: String,
    /// SHA-256 of the link's token.
    pub token_hash: String,
    /// The link stops working.
    pub expires_at: NaiveDateTime,
    /// The link was revoked.
    pub revoked_at: Option<NaiveDateTime>,
    /// How many links were issued (1, then one more per resend).
    pub sent_count: i32,
    /// The manager who invited.
    pub created_by: String,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Last changed.
    pub updated_at: NaiveDateTime,
}

impl Invitation {
    /// Whether the link works now.
    pub fn is_live(&self) -> bool {
        self.revoked_at.is_none() && self.expires_at > now()
    }
}

/// What a new invitation holds.
pub struct NewInvitation<'a> {
    /// Cohort.
    pub cohort_id: &'a CohortId,
    /// City.
    pub city_id: &'a CityId,
    /// `twin` or `host`.
    pub role: ProfileRole,
    /// Contact email, may be empty.
    pub email: &'a str,
    /// SHA-256 of the token.
    pub token_hash: &'a str,
    /// Days the link works.
    pub days: u32,
    /// Manager.
    pub created_by: &'a str,
}

/// Stores an invitation; a host invitation also puts the city in the cohort's host
/// catalogue.
pub fn insert(conn: &mut DbConnection, new: &NewInvitation<'_>) -> QueryResult<Invitation> {
    let at = now();
    let invitation = Invitation {
        id: InvitationId::generate(),
        cohort_id: new.cohort_id.clone(),
        city_id: new.city_id.clone(),
        role: new.role.to_owned(),
        email: new.email.to_owned(),
        token_hash: new.token_hash.to_owned(),
        expires_at: at + Duration::days(new.days.into()),
        revoked_at: None,
        sent_count: 1,
        created_by: new.created_by.to_owned(),
        created_at: at,
        updated_at: at,
    };
    diesel::insert_into(invitations::table)
        .values((
            invitations::id.eq(&invitation.id),
            invitations::cohort_id.eq(&invitation.cohort_id),
            invitations::city_id.eq(&invitation.city_id),
            invitations::role.eq(&invitation.role),
            invitations::email.eq(&invitation.email),
            invitations::token_hash.eq(&invitation.token_hash),
            invitations::expires_at.eq(invitation.expires_at),
            invitations::sent_count.eq(1),
            invitations::created_by.eq(&invitation.created_by),
            invitations::created_at.eq(at),
            invitations::updated_at.eq(at),
        ))
        .execute(conn)?;
    if new.role == ProfileRole::Host {
        ensure_host(conn, new.cohort_id, new.city_id)?;
    }
    Ok(invitation)
}

/// The host of the cohort's catalogue that `city_id` belongs to (itself, or a pilot activity
/// it is part of), created as a host of its own when missing; its id.
pub fn ensure_host(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    city_id: &CityId,
) -> QueryResult<HostId> {
    let existing: Option<HostId> = hosts::table
        .inner_join(host_cities::table)
        .filter(hosts::cohort_id.eq(cohort_id))
        .filter(host_cities::city_id.eq(city_id))
        .select(hosts::id)
        .first(conn)
        .optional()?;
    if let Some(id) = existing {
        return Ok(id);
    }
    let name: String = cities::table
        .find(city_id)
        .select(cities::name)
        .first(conn)?;
    let id = HostId::generate();
    let at = now();
    diesel::insert_into(hosts::table)
        .values((
            hosts::id.eq(&id),
            hosts::cohort_id.eq(cohort_id),
            hosts::kind.eq("mission_city"),
            hosts::name.eq(&name),
            hosts::created_at.eq(at),
            hosts::updated_at.eq(at),
        ))
        .execute(conn)?;
    diesel::insert_into(host_cities::table)
        .values((
            host_cities::host_id.eq(&id),
            host_cities::city_id.eq(city_id),
        ))
        .execute(conn)?;
    Ok(id)
}

/// One invitation.
pub fn get(conn: &mut DbConnection, id: &InvitationId) -> QueryResult<Option<Invitation>> {
    invitations::table
        .find(id)
        .select(Invitation::as_select())
        .first(conn)
        .optional()
}

/// The invitation of a live link (not revoked, not expired).
pub fn by_token(conn: &mut DbConnection, token_hash: &str) -> QueryResult<Option<Invitation>> {
    invitations::table
        .filter(invitations::token_hash.eq(token_hash))
        .filter(invitations::revoked_at.is_null())
        .filter(invitations::expires_at.gt(now()))
        .select(Invitation::as_select())
        .first(conn)
        .optional()
}

/// The invitations of a cohort with their city's name, by role then city name.
pub fn of_cohort(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
) -> QueryResult<Vec<(Invitation, String)>> {
    invitations::table
        .inner_join(cities::table)
        .filter(invitations::cohort_id.eq(cohort_id))
        .order((invitations::role.desc(), cities::name))
        .select((Invitation::as_select(), cities::name))
        .load(conn)
}

/// `(host, city)` for every city of every host of a cohort.
pub fn host_cities_of_cohort(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
) -> QueryResult<Vec<(HostId, CityId)>> {
    hosts::table
        .inner_join(host_cities::table)
        .filter(hosts::cohort_id.eq(cohort_id))
        .order((hosts::id, host_cities::city_id))
        .select((hosts::id, host_cities::city_id))
        .load(conn)
}

/// Issues a new link for an invitation (the old one stops working): a new token, a new
/// expiry, not revoked, one more sent.
pub fn renew(
    conn: &mut DbConnection,
    id: &InvitationId,
    token_hash: &str,
    days: u32,
) -> QueryResult<Option<Invitation>> {
    let at = now();
    let changed = diesel::update(invitations::table.find(id))
        .set((
            invitations::token_hash.eq(token_hash),
            invitations::expires_at.eq(at + Duration::days(days.into())),
            invitations::revoked_at.eq(None::<NaiveDateTime>),
            invitations::sent_count.eq(invitations::sent_count + 1),
            invitations::updated_at.eq(at),
        ))
        .execute(conn)?;
    if changed == 0 {
        return Ok(None);
    }
    get(conn, id)
}

/// Revokes an invitation's link; false when there is no such invitation.
pub fn revoke(conn: &mut DbConnection, id: &InvitationId) -> QueryResult<bool> {
    let at = now();
    diesel::update(invitations::table.find(id))
        .set((
            invitations::revoked_at.eq(at),
            invitations::updated_at.eq(at),
        ))
        .execute(conn)
        .map(|n| n > 0)
}

/// A host's name (a Mission City's, or a pilot activity's), if it exists.
pub fn host_name(conn: &mut DbConnection, id: &HostId) -> QueryResult<Option<String>> {
    hosts::table
        .find(id)
        .select(hosts::name)
        .first(conn)
        .optional()
}

/// Adds a pilot activity of several cities to the cohort's host catalogue; its id.
pub fn add_activity(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    name: &str,
    city_ids: &[CityId],
) -> QueryResult<HostId> {
    let id = HostId::generate();
    let at = now();
    diesel::insert_into(hosts::table)
        .values((
            hosts::id.eq(&id),
            hosts::cohort_id.eq(cohort_id),
            hosts::kind.eq("pilot_activity"),
            hosts::name.eq(name),
            hosts::created_at.eq(at),
            hosts::updated_at.eq(at),
        ))
        .execute(conn)?;
    for city_id in city_ids {
        diesel::insert_into(host_cities::table)
            .values((
                host_cities::host_id.eq(&id),
                host_cities::city_id.eq(city_id),
            ))
            .execute(conn)?;
    }
    Ok(id)
}
