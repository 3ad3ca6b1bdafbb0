//! Cohorts and their modules.

use diesel::prelude::*;

use super::{Listing, Page, new_id, now};
use crate::db::DbConnection;
use crate::db::schema::{cohorts, modules, programmes};
use crate::domain::cohort::CohortDetails;
use crate::domain::id::CohortId;
use crate::domain::id::ProgrammeId;

/// A cohort row.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable)]
#[diesel(table_name = cohorts)]
pub struct Cohort {
    /// Id.
    pub id: CohortId,
    /// Programme.
    pub programme_id: ProgrammeId,
    /// Number within the programme.
    pub number: i32,
    /// Name.
    pub name: String,
    /// Call opens.
    pub call_opens: chrono::NaiveDate,
    /// Call closes.
    pub call_closes: chrono::NaiveDate,
    /// Starts.
    pub starts_on: chrono::NaiveDate,
    /// Ends.
    pub ends_on: chrono::NaiveDate,
    /// Trips of the Twin to its host.
    pub visits_twin_to_host: i32,
    /// Visits of the host to the Twin.
    pub visits_host_to_twin: i32,
    /// Days per visit.
    pub visit_days: i32,
    /// Least days between visits of a pair.
    pub min_gap_days: i32,
    /// Created.
    pub created_at: chrono::NaiveDateTime,
    /// Last changed.
    pub updated_at: chrono::NaiveDateTime,
    /// Module of each visit of a pair, comma-separated (empty: any time).
    pub visit_modules: String,
    /// Archived since (this cohort itself; its programme may be archived too).
    pub archived_at: Option<chrono::NaiveDateTime>,
    /// The reimbursement cap per traveller and visit, euro cents (`None`: no cap).
    pub reimbursement_cap_cents: Option<i32>,
    /// When its personal data was anonymised, its retention period past (`ops::privacy`).
    pub personal_data_erased_at: Option<chrono::NaiveDateTime>,
}

impl Cohort {
    /// The reimbursement cap per traveller and visit (`None`: no cap).
    pub fn reimbursement_cap(&self) -> Option<crate::domain::costs::Eur> {
        self.reimbursement_cap_cents
            .map(|c| crate::domain::costs::Eur::from_cents(i64::from(c)))
    }
}

/// A module row.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable)]
#[diesel(table_name = modules)]
pub struct ModuleRow {
    /// Id.
    pub id: String,
    /// Cohort.
    pub cohort_id: CohortId,
    /// Order, from 1.
    pub position: i32,
    /// Name.
    pub name: String,
    /// Starts.
    pub starts_on: chrono::NaiveDate,
    /// Ends.
    pub ends_on: chrono::NaiveDate,
}

/// A cohort with its modules.
#[derive(Debug, Clone)]
pub struct CohortWithModules {
    /// The cohort.
    pub cohort: Cohort,
    /// Its modules in order.
    pub modules: Vec<ModuleRow>,
    /// When its programme was archived, if it is (the cohort is then read-only too).
    pub programme_archived_at: Option<chrono::NaiveDateTime>,
}

impl CohortWithModules {
    /// Since when the cohort is read-only: archived itself or with its programme (the
    /// earlier of the two); `None` while it is open.
    pub fn archived_since(&self) -> Option<chrono::NaiveDateTime> {
        earlier(self.cohort.archived_at, self.programme_archived_at)
    }
}

fn earlier(
    a: Option<chrono::NaiveDateTime>,
    b: Option<chrono::NaiveDateTime>,
) -> Option<chrono::NaiveDateTime> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

#[derive(Insertable, AsChangeset)]
#[diesel(table_name = cohorts, treat_none_as_null = true)]
struct CohortValues<'a> {
    programme_id: &'a ProgrammeId,
    number: i32,
    name: &'a str,
    call_opens: chrono::NaiveDate,
    call_closes: chrono::NaiveDate,
    starts_on: chrono::NaiveDate,
    ends_on: chrono::NaiveDate,
    visits_twin_to_host: i32,
    visits_host_to_twin: i32,
    visit_days: i32,
    min_gap_days: i32,
    visit_modules: String,
    updated_at: chrono::NaiveDateTime,
    reimbursement_cap_cents: Option<i32>,
}

impl<'a> From<&'a CohortDetails> for CohortValues<'a> {
    fn from(d: &'a CohortDetails) -> Self {
        CohortValues {
            programme_id: &d.programme_id,
            number: d.number,
            name: &d.name,
            call_opens: d.call.start,
            call_closes: d.call.end,
            starts_on: d.runs.start,
            ends_on: d.runs.end,
            visits_twin_to_host: d.visit_rules.twin_to_host,
            visits_host_to_twin: d.visit_rules.host_to_twin,
            visit_days: d.visit_rules.days,
            min_gap_days: d.visit_rules.min_gap_days,
            visit_modules: d.visit_rules.modules_text(),
            updated_at: now(),
            // Bounded by `costs::CAP_MAX`, well inside an i32 of cents.
            reimbursement_cap_cents: d
                .reimbursement_cap
                .map(|c| i32::try_from(c.cents()).unwrap_or(i32::MAX)),
        }
    }
}

/// A page of cohorts (of one programme, or all), by programme and number. A cohort counts
/// as archived when it is, or when its programme is.
pub fn list(
    conn: &mut DbConnection,
    programme_id: Option<&ProgrammeId>,
    listing: Listing,
    limit: i64,
    offset: i64,
) -> QueryResult<Page<CohortWithModules>> {
    let filtered = || {
        let mut q = cohorts::table.inner_join(programmes::table).into_boxed();
        if let Some(p) = programme_id {
            q = q.filter(cohorts::programme_id.eq(p.to_owned()));
        }
        let open = cohorts::archived_at
            .is_null()
            .and(programmes::archived_at.is_null());
        match listing {
            Listing::Active => q.filter(open),
            Listing::Archived => q.filter(diesel::dsl::not(open)),
            Listing::All => q,
        }
    };
    let total = filtered().count().get_result(conn)?;
    let rows: Vec<(Cohort, Option<chrono::NaiveDateTime>)> = filtered()
        .order((cohorts::programme_id, cohorts::number))
        .limit(limit)
        .offset(offset)
        .select((Cohort::as_select(), programmes::archived_at))
        .load(conn)?;
    let ids: Vec<&str> = rows.iter().map(|(c, _)| c.id.as_str()).collect();
    let mut all_modules: Vec<ModuleRow> = modules::table
        .filter(modules::cohort_id.eq_any(&ids))
        .order((modules::cohort_id, modules::position))
        .select(ModuleRow::as_select())
        .load(conn)?;
    let items = rows
        .into_iter()
        .map(|(cohort, programme_archived_at)| {
            let (mine, rest) = all_modules
                .drain(..)
                .partition(|m| m.cohort_id == cohort.id);
            all_modules = rest;
            CohortWithModules {
                cohort,
                modules: mine,
                programme_archived_at,
            }
        })
        .collect();
    Ok(Page { items, total })
}

/// One cohort with its modules.
pub fn get(conn: &mut DbConnection, id: &CohortId) -> QueryResult<Option<CohortWithModules>> {
    let Some((cohort, programme_archived_at)) = cohorts::table
        .inner_join(programmes::table)
        .filter(cohorts::id.eq(id))
        .select((Cohort::as_select(), programmes::archived_at))
        .first(conn)
        .optional()?
    else {
        return Ok(None);
    };
    let modules = modules::table
        .filter(modules::cohort_id.eq(id))
        .order(modules::position)
        .select(ModuleRow::as_select())
        .load(conn)?;
    Ok(Some(CohortWithModules {
        cohort,
        modules,
        programme_archived_at,
    }))
}

/// Stores a new cohort with its modules.
pub fn insert(conn: &mut DbConnection, id: &CohortId, details: &CohortDetails) -> QueryResult<()> {
    diesel::insert_into(cohorts::table)
        .values((
            cohorts::id.eq(id),
            CohortValues::from(details),
            cohorts::created_at.eq(now()),
        ))
        .execute(conn)?;
    insert_modules(conn, id, details)
}

/// Marks a cohort as changed without changing its fields (its own calendar changed): its
/// version moves on, so an edit form loaded before is refused as stale. The caller holds
/// the cohort's lock.
pub fn touch(conn: &mut DbConnection, id: &CohortId) -> QueryResult<()> {
    let before: Option<chrono::NaiveDateTime> = cohorts::table
        .find(id)
        .select(cohorts::updated_at)
        .first(conn)
        .optional()?;
    if let Some(before) = before {
        diesel::update(cohorts::table.find(id))
            .set(cohorts::updated_at.eq(super::next_stamp(before)))
            .execute(conn)?;
    }
    Ok(())
}

/// Replaces a cohort and its modules, stamped `at`; `false` when there is none.
pub fn update(
    conn: &mut DbConnection,
    id: &CohortId,
    details: &CohortDetails,
    at: chrono::NaiveDateTime,
) -> QueryResult<bool> {
    let values = CohortValues {
        updated_at: at,
        ..CohortValues::from(details)
    };
    let n = diesel::update(cohorts::table.find(id))
        .set(values)
        .execute(conn)?;
    if n == 0 {
        return Ok(false);
    }
    diesel::delete(modules::table.filter(modules::cohort_id.eq(id))).execute(conn)?;
    insert_modules(conn, id, details)?;
    Ok(true)
}

fn insert_modules(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    details: &CohortDetails,
) -> QueryResult<()> {
    for (i, m) in details.modules.iter().enumerate() {
        diesel::insert_into(modules::table)
            .values((
                modules::id.eq(new_id()),
                modules::cohort_id.eq(cohort_id),
                modules::position.eq(i as i32 + 1),
                modules::name.eq(&m.name),
                modules::starts_on.eq(m.period.start),
                modules::ends_on.eq(m.period.end),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Whether a cohort is read-only, for a write about to change it: its programme, since
/// when the cohort was archived itself, since when its programme was; `None` when there
/// is no such cohort.
pub fn archive_state(conn: &mut DbConnection, id: &CohortId) -> QueryResult<Option<ArchiveState>> {
    cohorts::table
        .inner_join(programmes::table)
        .filter(cohorts::id.eq(id))
        .select((
            cohorts::programme_id,
            cohorts::archived_at,
            programmes::archived_at,
        ))
        .first(conn)
        .optional()
        .map(|found| {
            found.map(|(programme_id, cohort, programme)| ArchiveState {
                programme_id,
                cohort,
                programme,
            })
        })
}

/// See [`archive_state`].
#[derive(Debug, Clone)]
pub struct ArchiveState {
    /// The cohort's programme.
    pub programme_id: ProgrammeId,
    /// Since when the cohort itself is archived.
    pub cohort: Option<chrono::NaiveDateTime>,
    /// Since when its programme is.
    pub programme: Option<chrono::NaiveDateTime>,
}

/// Archives a cohort (`Some(when)`) or takes it out of the archive (`None`); `false` when
/// there is none.
pub fn set_archived(
    conn: &mut DbConnection,
    id: &CohortId,
    at: Option<chrono::NaiveDateTime>,
) -> QueryResult<bool> {
    diesel::update(cohorts::table.find(id))
        .set(cohorts::archived_at.eq(at))
        .execute(conn)
        .map(|n| n == 1)
}

/// Deletes a cohort with its modules and own calendar events (the database refuses while
/// programme records refer to it); `false` when there is none.
pub fn delete(conn: &mut DbConnection, id: &CohortId) -> QueryResult<bool> {
    diesel::delete(cohorts::table.find(id))
        .execute(conn)
        .map(|n| n == 1)
}

/// The cohorts that are read-only: archived themselves or with their programme.
pub fn archived_ids(conn: &mut DbConnection) -> QueryResult<Vec<CohortId>> {
    cohorts::table
        .inner_join(programmes::table)
        .filter(
            cohorts::archived_at
                .is_not_null()
                .or(programmes::archived_at.is_not_null()),
        )
        .select(cohorts::id)
        .load(conn)
}

/// How many cohorts there are.
pub fn count(conn: &mut DbConnection) -> QueryResult<i64> {
    cohorts::table.count().get_result(conn)
}
