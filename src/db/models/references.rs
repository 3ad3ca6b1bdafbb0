//! What refers to a city, a cohort or a programme: the programme records that rely on it,
//! counted per kind, so that a delete is refused with a reason before the database's own
//! RESTRICT refuses it (see the migration `restrict_history`).

use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::{
    city_roles, cohorts, host_cities, hosts, invitations, outbox, profiles, proposals, rounds,
    schedules, visit_changes, visits,
};
use crate::domain::id::CityId;

/// How many records of one kind refer to something.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Referrers {
    /// The kind, singular (`invitation`).
    pub one: &'static str,
    /// The kind, plural (`invitations`).
    pub many: &'static str,
    /// How many.
    pub count: i64,
}

impl Referrers {
    fn new(one: &'static str, many: &'static str, count: i64) -> Referrers {
        Referrers { one, many, count }
    }
}

/// The kinds that refer, the empty ones left out, as a person reads them: "1 invitation,
/// 2 profile versions, 3 visits"; empty when nothing refers.
pub fn describe(all: &[Referrers]) -> String {
    all.iter()
        .filter(|r| r.count > 0)
        .map(|r| {
            let name = if r.count == 1 { r.one } else { r.many };
            format!("{} {name}", r.count)
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Whether anything refers.
pub fn any(all: &[Referrers]) -> bool {
    all.iter().any(|r| r.count > 0)
}

/// What refers to a city: its invitations, profiles, the hosts it belongs to, the pairs
/// it is the Twin of, the visits it travels or hosts in. (Its own roles and contacts go
/// with it.)
pub fn to_city(conn: &mut DbConnection, id: &CityId) -> QueryResult<Vec<Referrers>> {
    let invitations = invitations::table
        .filter(invitations::city_id.eq(id))
        .count()
        .get_result(conn)?;
    let profiles = profiles::table
        .filter(profiles::city_id.eq(id))
        .count()
        .get_result(conn)?;
    let hosts = host_cities::table
        .filter(host_cities::city_id.eq(id))
        .count()
        .get_result(conn)?;
    let proposals = proposals::table
        .filter(proposals::twin_city_id.eq(id))
        .count()
        .get_result(conn)?;
    let visits = visits::table
        .filter(
            visits::twin_city_id
                .eq(id)
                .or(visits::guest_city_id.eq(id))
                .or(visits::host_city_id.eq(id)),
        )
        .count()
        .get_result(conn)?;
    Ok(vec![
        Referrers::new("invitation", "invitations", invitations),
        Referrers::new("profile version", "profile versions", profiles),
        Referrers::new("host", "hosts", hosts),
        Referrers::new("proposal", "proposals", proposals),
        Referrers::new("visit", "visits", visits),
    ])
}

/// What refers to a cohort: everything of its programme history. (Its modules and its own
/// calendar events go with it.)
pub fn to_cohort(conn: &mut DbConnection, id: &str) -> QueryResult<Vec<Referrers>> {
    let roles = city_roles::table
        .filter(city_roles::cohort_id.eq(id))
        .count()
        .get_result(conn)?;
    let invitations = invitations::table
        .filter(invitations::cohort_id.eq(id))
        .count()
        .get_result(conn)?;
    let profiles = profiles::table
        .filter(profiles::cohort_id.eq(id))
        .count()
        .get_result(conn)?;
    let hosts = hosts::table
        .filter(hosts::cohort_id.eq(id))
        .count()
        .get_result(conn)?;
    let rounds = rounds::table
        .filter(rounds::cohort_id.eq(id))
        .count()
        .get_result(conn)?;
    let proposals = proposals::table
        .filter(proposals::cohort_id.eq(id))
        .count()
        .get_result(conn)?;
    let schedules = schedules::table
        .filter(schedules::cohort_id.eq(id))
        .count()
        .get_result(conn)?;
    let visits = visits::table
        .filter(visits::cohort_id.eq(id))
        .count()
        .get_result(conn)?;
    let changes = visit_changes::table
        .filter(visit_changes::cohort_id.eq(id))
        .count()
        .get_result(conn)?;
    let emails = outbox::table
        .filter(outbox::cohort_id.eq(id))
        .count()
        .get_result(conn)?;
    Ok(vec![
        Referrers::new("city role", "city roles", roles),
        Referrers::new("invitation", "invitations", invitations),
        Referrers::new("profile version", "profile versions", profiles),
        Referrers::new("host", "hosts", hosts),
        Referrers::new("matching round", "matching rounds", rounds),
        Referrers::new("proposal", "proposals", proposals),
        Referrers::new("visit plan", "visit plans", schedules),
        Referrers::new("visit", "visits", visits),
        Referrers::new("visit change", "visit changes", changes),
        Referrers::new("email", "emails", emails),
    ])
}

/// What refers to a programme: its cohorts. (Its own calendar events go with it.)
pub fn to_programme(conn: &mut DbConnection, id: &str) -> QueryResult<Vec<Referrers>> {
    let cohorts = cohorts::table
        .filter(cohorts::programme_id.eq(id))
        .count()
        .get_result(conn)?;
    Ok(vec![Referrers::new("cohort", "cohorts", cohorts)])
}
