//! The audit log: who changed what, and when. Written in the transaction of the change.

use diesel::prelude::*;

use super::{new_id, now};
use crate::db::DbConnection;
use crate::db::schema::audit_log;

/// One audit entry.
#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = audit_log)]
pub struct AuditEntry {
    /// Its id.
    pub id: String,
    /// When.
    pub at: chrono::NaiveDateTime,
    /// Who: a manager's email, `cli`, `api`, a city's invitation.
    pub actor: String,
    /// What: `create`, `update`, `delete`, `import`.
    pub action: String,
    /// On which kind of thing: `city`, `cohort`, ...
    pub entity: String,
    /// On which one.
    pub entity_id: String,
    /// The new value or a summary, as JSON or text.
    pub detail: String,
}

#[derive(Insertable)]
#[diesel(table_name = audit_log)]
struct NewAuditEntry<'a> {
    id: String,
    at: chrono::NaiveDateTime,
    actor: &'a str,
    action: &'a str,
    entity: &'a str,
    entity_id: &'a str,
    detail: &'a str,
}

/// Records a change.
pub fn record(
    conn: &mut DbConnection,
    actor: &str,
    action: &str,
    entity: &str,
    entity_id: &(impl AsRef<str> + ?Sized),
    detail: &str,
) -> QueryResult<()> {
    diesel::insert_into(audit_log::table)
        .values(NewAuditEntry {
            id: new_id(),
            at: now(),
            actor,
            action,
            entity,
            entity_id: entity_id.as_ref(),
            detail,
        })
        .execute(conn)
        .map(drop)
}

/// The entries about one thing, newest first.
pub fn for_entity(
    conn: &mut DbConnection,
    entity: &str,
    entity_id: &str,
) -> QueryResult<Vec<AuditEntry>> {
    audit_log::table
        .filter(audit_log::entity.eq(entity))
        .filter(audit_log::entity_id.eq(entity_id))
        .order(audit_log::at.desc())
        .select(AuditEntry::as_select())
        .load(conn)
}
