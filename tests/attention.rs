//! The console's home says what needs a manager's attention, cohort by cohort: late
//! profiles, unanswered proposals, unplaced visits, failed emails, each with where to act.

use crate::common;

use common::{Backend, fixtures};
use diesel::prelude::*;
use twinning::db::schema::outbox;

#[actix_web::test]
async fn the_console_home_lists_what_needs_attention_and_where_to_act() {
    let app = common::spawn_app(Backend::Sqlite).await;
    fixtures::cities(&app).await;
    let mut manager = app.manager().await;
    let closed = fixtures::cohort(&app, false).await;
    let home = manager.get("/console").await;
    assert!(
        !home.shows("Needs attention"),
        "a cohort nobody is invited to needs nothing: {}",
        home.body
    );

    fixtures::invite(&app, &closed, "pt-cascais", "twin").await;
    fixtures::invite(&app, &closed, "dk-aarhus", "host").await;
    let home = manager.get("/console").await;
    assert!(home.shows("Needs attention"), "{}", home.body);
    assert!(
        home.shows("2 profiles are late") && home.shows("Cascais (twin)"),
        "{}",
        home.body
    );
    assert!(home.body.contains(&format!("/console/cohorts/{closed}")));
    assert!(!home.shows("failed"), "{}", home.body);

    // An email of the cohort given up on: counted, with the link to the failed ones.
    let mut conn = app.pool.get().unwrap();
    let failed = diesel::update(outbox::table.filter(outbox::cohort_id.eq(&closed)))
        .set(outbox::status.eq("failed"))
        .execute(&mut conn)
        .unwrap();
    assert!(failed >= 1, "the invitations were emailed");
    let home = manager.get("/console").await;
    assert!(
        home.shows(&format!(
            "{failed} email{} failed",
            if failed == 1 { "" } else { "s" }
        )),
        "{}",
        home.body
    );
    assert!(
        home.body.contains(&format!(
            "/console/emails?status=failed&amp;cohort={closed}"
        )),
        "{}",
        home.body
    );
}
