//! Profiles, stored as versions: every save writes a whole new version, so what a city
//! submitted and every later correction stay readable.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{new_id, now};
use crate::db::DbConnection;
use crate::db::schema::{
    host_cities, hosts, profile_contacts, profile_interests, profile_themes,
    profile_unavailability, profiles, themes,
};
use crate::domain::id::CityId;
use crate::domain::id::CohortId;
use crate::domain::id::HostId;
use crate::domain::profile::{Catalogue, Contact, Profile, ProfileRole, Theme, Unavailable};
use crate::domain::state::ProfileStatus;

/// A profile version row.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable)]
#[diesel(table_name = profiles)]
pub struct ProfileRow {
    /// Id of this version.
    pub id: String,
    /// City.
    pub city_id: CityId,
    /// Cohort.
    pub cohort_id: CohortId,
    /// `twin` or `host`.
    pub role: ProfileRole,
    /// 1, 2, ...
    pub version: i32,
    /// `draft` or `submitted`.
    pub status: ProfileStatus,
    /// Inhabitants.
    pub population: Option<i32>,
    /// Language codes, comma-separated.
    pub languages: String,
    /// By the sea.
    pub coastal: Option<bool>,
    /// Climate zone.
    pub climate_zone: Option<String>,
    /// Twins a host takes.
    pub capacity: Option<i32>,
    /// Delegation size.
    pub delegation_size: Option<i32>,
    /// Illustrative data, not a city's own.
    pub is_example: bool,
    /// When this version was submitted.
    pub submitted_at: Option<NaiveDateTime>,
    /// When this version was written.
    pub created_at: NaiveDateTime,
    /// Who wrote it: `city` (through its link) or a manager's email.
    pub created_by: String,
    /// Organisation.
    pub organisation: String,
}

/// A version with its contents.
#[derive(Debug, Clone)]
pub struct StoredProfile {
    /// The version row.
    pub row: ProfileRow,
    /// What it says.
    pub profile: Profile,
}

/// Where a new version goes and who writes it.
pub struct Target<'a> {
    /// City.
    pub city_id: &'a CityId,
    /// Cohort.
    pub cohort_id: &'a CohortId,
    /// Role.
    pub role: ProfileRole,
    /// `city` or a manager's email.
    pub actor: &'a str,
}

/// Writes a new version; submitted when `submit`. Returns its row.
pub fn save(
    conn: &mut DbConnection,
    target: &Target<'_>,
    profile: &Profile,
    submit: bool,
    is_example: bool,
) -> QueryResult<ProfileRow> {
    // Two saves at once (two tabs, two instances) must not both take the same version.
    crate::db::lock_cohort(conn, target.cohort_id)?;
    let last: Option<i32> = profiles::table
        .filter(profiles::city_id.eq(target.city_id))
        .filter(profiles::cohort_id.eq(target.cohort_id))
        .filter(profiles::role.eq(target.role))
        .select(diesel::dsl::max(profiles::version))
        .first(conn)?;
    let at = now();
    let row = ProfileRow {
        id: new_id(),
        city_id: target.city_id.clone(),
        cohort_id: target.cohort_id.clone(),
        role: target.role,
        version: last.unwrap_or(0) + 1,
        status: if submit {
            ProfileStatus::Submitted
        } else {
            ProfileStatus::Draft
        },
        population: profile.population,
        languages: profile.languages.join(","),
        coastal: profile.coastal,
        climate_zone: profile.climate_zone.clone(),
        capacity: profile.capacity,
        delegation_size: profile.delegation_size,
        is_example,
        submitted_at: submit.then_some(at),
        created_at: at,
        created_by: target.actor.to_owned(),
        organisation: profile.organisation.clone(),
    };
    diesel::insert_into(profiles::table)
        .values((
            profiles::id.eq(&row.id),
            profiles::city_id.eq(&row.city_id),
            profiles::cohort_id.eq(&row.cohort_id),
            profiles::role.eq(&row.role),
            profiles::version.eq(row.version),
            profiles::status.eq(&row.status),
            profiles::population.eq(row.population),
            profiles::languages.eq(&row.languages),
            profiles::coastal.eq(row.coastal),
            profiles::climate_zone.eq(&row.climate_zone),
            profiles::capacity.eq(row.capacity),
            profiles::delegation_size.eq(row.delegation_size),
            profiles::is_example.eq(row.is_example),
            profiles::submitted_at.eq(row.submitted_at),
            profiles::created_at.eq(row.created_at),
            profiles::created_by.eq(&row.created_by),
            profiles::organisation.eq(&row.organisation),
        ))
        .execute(conn)?;
    for (i, c) in profile.contacts.iter().enumerate() {
        diesel::insert_into(profile_contacts::table)
            .values((
                profile_contacts::id.eq(new_id()),
                profile_contacts::profile_id.eq(&row.id),
                profile_contacts::position.eq(i as i32),
                profile_contacts::name.eq(&c.name),
                profile_contacts::email.eq(&c.email),
                profile_contacts::role.eq(&c.role),
                profile_contacts::language.eq(&c.language),
            ))
            .execute(conn)?;
    }
    let kind = match target.role {
        ProfileRole::Twin => "need",
        ProfileRole::Host => "strength",
    };
    for t in &profile.themes {
        diesel::insert_into(profile_themes::table)
            .values((
                profile_themes::id.eq(new_id()),
                profile_themes::profile_id.eq(&row.id),
                profile_themes::kind.eq(kind),
                profile_themes::domain.eq(&t.domain),
                profile_themes::lever.eq(&t.lever),
                profile_themes::priority.eq(t.priority),
                profile_themes::description.eq(&t.description),
            ))
            .execute(conn)?;
    }
    for (i, host) in profile.interests.iter().enumerate() {
        diesel::insert_into(profile_interests::table)
            .values((
                profile_interests::profile_id.eq(&row.id),
                profile_interests::host_id.eq(host),
                profile_interests::rank.eq(i as i32 + 1),
            ))
            .execute(conn)?;
    }
    for u in &profile.unavailable {
        diesel::insert_into(profile_unavailability::table)
            .values((
                profile_unavailability::id.eq(new_id()),
                profile_unavailability::profile_id.eq(&row.id),
                profile_unavailability::applies_to.eq(&u.applies_to),
                profile_unavailability::starts_on.eq(u.starts_on),
                profile_unavailability::ends_on.eq(u.ends_on),
                profile_unavailability::label.eq(&u.label),
            ))
            .execute(conn)?;
    }
    Ok(row)
}

/// The contents of version rows, in the order given.
fn load(conn: &mut DbConnection, rows: Vec<ProfileRow>) -> QueryResult<Vec<StoredProfile>> {
    let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
    let mut contacts: HashMap<String, Vec<Contact>> = HashMap::new();
    for (pid, name, email, role, language) in profile_contacts::table
        .filter(profile_contacts::profile_id.eq_any(&ids))
        .order((profile_contacts::profile_id, profile_contacts::position))
        .select((
            profile_contacts::profile_id,
            profile_contacts::name,
            profile_contacts::email,
            profile_contacts::role,
            profile_contacts::language,
        ))
        .load::<(String, String, String, String, String)>(conn)?
    {
        contacts.entry(pid).or_default().push(Contact {
            name,
            email,
            role,
            language,
        });
    }
    let mut theme_rows: HashMap<String, Vec<Theme>> = HashMap::new();
    for (pid, domain, lever, priority, description) in profile_themes::table
        .filter(profile_themes::profile_id.eq_any(&ids))
        .order((
            profile_themes::profile_id,
            profile_themes::priority,
            profile_themes::id,
        ))
        .select((
            profile_themes::profile_id,
            profile_themes::domain,
            profile_themes::lever,
            profile_themes::priority,
            profile_themes::description,
        ))
        .load::<(String, String, String, i32, String)>(conn)?
    {
        theme_rows.entry(pid).or_default().push(Theme {
            domain,
            lever,
            priority,
            description,
        });
    }
    let mut interests: HashMap<String, Vec<String>> = HashMap::new();
    for (pid, host) in profile_interests::table
        .filter(profile_interests::profile_id.eq_any(&ids))
        .order((profile_interests::profile_id, profile_interests::rank))
        .select((profile_interests::profile_id, profile_interests::host_id))
        .load::<(String, String)>(conn)?
    {
        interests.entry(pid).or_default().push(host);
    }
    let mut unavailable: HashMap<String, Vec<Unavailable>> = HashMap::new();
    for (pid, applies_to, starts_on, ends_on, label) in profile_unavailability::table
        .filter(profile_unavailability::profile_id.eq_any(&ids))
        .order((
            profile_unavailability::profile_id,
            profile_unavailability::starts_on,
        ))
        .select((
            profile_unavailability::profile_id,
            profile_unavailability::applies_to,
            profile_unavailability::starts_on,
            profile_unavailability::ends_on,
            profile_unavailability::label,
        ))
        .load::<(String, String, chrono::NaiveDate, chrono::NaiveDate, String)>(conn)?
    {
        unavailable.entry(pid).or_default().push(Unavailable {
            starts_on,
            ends_on,
            applies_to,
            label,
        });
    }
    Ok(rows
        .into_iter()
        .map(|row| {
            let profile = Profile {
                organisation: row.organisation.clone(),
                population: row.population,
                languages: row
                    .languages
                    .split(',')
                    .filter(|l| !l.is_empty())
                    .map(str::to_owned)
                    .collect(),
                coastal: row.coastal,
                climate_zone: row.climate_zone.clone(),
                capacity: row.capacity,
                delegation_size: row.delegation_size,
                contacts: contacts.remove(&row.id).unwrap_or_default(),
                themes: theme_rows.remove(&row.id).unwrap_or_default(),
                interests: interests.remove(&row.id).unwrap_or_default(),
                unavailable: unavailable.remove(&row.id).unwrap_or_default(),
            };
            StoredProfile { row, profile }
        })
        .collect())
}

/// One version by id.
pub fn get(conn: &mut DbConnection, id: &str) -> QueryResult<Option<StoredProfile>> {
    let rows = profiles::table
        .filter(profiles::id.eq(id))
        .select(ProfileRow::as_select())
        .load(conn)?;
    Ok(load(conn, rows)?.pop())
}

/// The latest version of a city's profile in a cohort and role.
pub fn latest(
    conn: &mut DbConnection,
    city_id: &CityId,
    cohort_id: &CohortId,
    role: ProfileRole,
) -> QueryResult<Option<StoredProfile>> {
    let rows = profiles::table
        .filter(profiles::city_id.eq(city_id))
        .filter(profiles::cohort_id.eq(cohort_id))
        .filter(profiles::role.eq(role))
        .order(profiles::version.desc())
        .limit(1)
        .select(ProfileRow::as_select())
        .load(conn)?;
    Ok(load(conn, rows)?.pop())
}

/// Every version of a city's profile in a cohort and role, newest first (rows only).
pub fn versions(
    conn: &mut DbConnection,
    city_id: &CityId,
    cohort_id: &CohortId,
    role: ProfileRole,
) -> QueryResult<Vec<ProfileRow>> {
    profiles::table
        .filter(profiles::city_id.eq(city_id))
        .filter(profiles::cohort_id.eq(cohort_id))
        .filter(profiles::role.eq(role))
        .order(profiles::version.desc())
        .select(ProfileRow::as_select())
        .load(conn)
}

/// The latest version of every profile of a cohort, by role and city.
pub fn latest_of_cohort(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
) -> QueryResult<Vec<StoredProfile>> {
    latest_where(conn, cohort_id, false)
}

fn latest_where(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    submitted_only: bool,
) -> QueryResult<Vec<StoredProfile>> {
    let mut query = profiles::table
        .filter(profiles::cohort_id.eq(cohort_id))
        .into_boxed();
    if submitted_only {
        query = query.filter(profiles::status.eq(ProfileStatus::Submitted));
    }
    let all = query
        .order((profiles::role, profiles::city_id, profiles::version.desc()))
        .select(ProfileRow::as_select())
        .load(conn)?;
    let mut rows: Vec<ProfileRow> = Vec::new();
    for row in all {
        if rows
            .last()
            .is_none_or(|r| r.city_id != row.city_id || r.role != row.role)
        {
            rows.push(row);
        }
    }
    load(conn, rows)
}

/// A host of the catalogue, with the practices its city submitted.
#[derive(Debug, Clone)]
pub struct CatalogueHost {
    /// Host id.
    pub id: HostId,
    /// Name.
    pub name: String,
    /// Its cities.
    pub city_ids: Vec<CityId>,
    /// Practices: the strengths of its cities' latest submitted host profiles.
    pub practices: Vec<Theme>,
}

/// What a profile of the cohort may refer to, and the host catalogue with practices.
pub fn catalogue(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
) -> QueryResult<(Catalogue, Vec<CatalogueHost>)> {
    let mut catalogue = Catalogue::default();
    for (id, axis, label) in themes::table
        .order((themes::axis, themes::position))
        .select((themes::id, themes::axis, themes::label))
        .load::<(String, String, String)>(conn)?
    {
        match axis.as_str() {
            "domain" => catalogue.domains.push((id, label)),
            _ => catalogue.levers.push((id, label)),
        }
    }
    let mut hosts_out: Vec<CatalogueHost> = Vec::new();
    for (id, name, city) in hosts::table
        .left_join(host_cities::table)
        .filter(hosts::cohort_id.eq(cohort_id))
        .order((hosts::name, hosts::id))
        .select((hosts::id, hosts::name, host_cities::city_id.nullable()))
        .load::<(HostId, String, Option<CityId>)>(conn)?
    {
        match hosts_out.last_mut() {
            Some(h) if h.id == id => h.city_ids.extend(city),
            _ => hosts_out.push(CatalogueHost {
                id,
                name,
                city_ids: city.into_iter().collect(),
                practices: Vec::new(),
            }),
        }
    }
    let submitted: Vec<ProfileRow> = {
        let all = profiles::table
            .filter(profiles::cohort_id.eq(cohort_id))
            .filter(profiles::role.eq(ProfileRole::Host))
            .filter(profiles::status.eq(ProfileStatus::Submitted))
            .order((profiles::city_id, profiles::version.desc()))
            .select(ProfileRow::as_select())
            .load::<ProfileRow>(conn)?;
        let mut latest: Vec<ProfileRow> = Vec::new();
        for row in all {
            if latest.last().is_none_or(|r| r.city_id != row.city_id) {
                latest.push(row);
            }
        }
        latest
    };
    let stored = load(conn, submitted)?;
    for host in &mut hosts_out {
        for s in &stored {
            if host.city_ids.contains(&s.row.city_id) {
                host.practices.extend(s.profile.themes.iter().cloned());
            }
        }
    }
    catalogue.hosts = hosts_out
        .iter()
        .map(|h| (h.id.to_string(), h.name.clone()))
        .collect();
    Ok((catalogue, hosts_out))
}

/// The profile that counts for each (city, role) of a cohort: the latest submitted
/// version, else the latest draft of a city that submitted nothing.
pub fn current_of_cohort(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
) -> QueryResult<std::collections::HashMap<(CityId, ProfileRole), StoredProfile>> {
    let mut current = std::collections::HashMap::new();
    for s in latest_of_cohort(conn, cohort_id)?
        .into_iter()
        .chain(latest_submitted_of_cohort(conn, cohort_id)?)
    {
        current.insert((s.row.city_id.clone(), s.row.role), s);
    }
    Ok(current)
}

/// The latest submitted version of every profile of a cohort, by role and city.
pub fn latest_submitted_of_cohort(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
) -> QueryResult<Vec<StoredProfile>> {
    latest_where(conn, cohort_id, true)
}
