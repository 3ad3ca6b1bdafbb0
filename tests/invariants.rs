//! What the database itself refuses, whatever the code above it does: a second change
//! record of a visit for one publish, and a second email to one person about one change
//! (a manager's resend, which names the email it repeats, is the only way to another).

use crate::common;

use common::{Backend, fixtures};
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use twinning::db::models::outbox::{self, OutboxRow};
use twinning::db::models::visit::{self, VisitChange};
use twinning::db::schema::{outbox as outbox_table, visit_changes};

fn is_unique_violation(result: QueryResult<()>) -> bool {
    matches!(
        result,
        Err(DieselError::DatabaseError(
            DatabaseErrorKind::UniqueViolation,
            _
        ))
    )
}

on_both_backends!(
    the_database_refuses_a_second_change_or_email_for_one_publish,
    |backend: Backend| async move {
        let app = common::spawn_app_with(backend, true).await;
        fixtures::demo(&app);
        let mut conn = app.pool.get().unwrap();

        let change: VisitChange = visit_changes::table
            .select(VisitChange::as_select())
            .first(&mut conn)
            .expect("the demo published its schedule");
        let twice = VisitChange {
            id: format!("{}-again", change.id),
            ..change.clone()
        };
        assert!(
            is_unique_violation(visit::insert_change(&mut conn, &twice)),
            "a second change record of one visit at one SEQUENCE"
        );

        let email: OutboxRow = outbox_table::table
            .filter(outbox_table::kind.eq("schedule"))
            .select(OutboxRow::as_select())
            .first(&mut conn)
            .expect("the demo's schedule emails");
        let copy = OutboxRow {
            id: format!("{}-again", email.id).into(),
            message_id: format!("<again-{}", &email.message_id[1..]),
            ..email.clone()
        };
        assert!(
            is_unique_violation(outbox::insert(&mut conn, &copy)),
            "a second email to one person about one change"
        );
        let resend = OutboxRow {
            resend_of: Some(email.id.clone()),
            ..copy
        };
        outbox::insert(&mut conn, &resend).expect("a resend names the email it repeats");
    }
);
