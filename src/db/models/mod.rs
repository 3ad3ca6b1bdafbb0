//! Database rows (`Foo`, `NewFoo`) and the queries on them, one module per table family.

pub mod audit;
pub mod city;
pub mod cohort;
pub mod costs;
pub mod event;
pub mod feedback;
pub mod idempotency;
pub mod invitation;
pub mod job;
pub mod outbox;
pub mod plan;
pub mod profile;
pub mod programme;
pub mod proposal;
pub mod references;
pub mod reminder;
pub mod round;
pub mod user;
pub mod visit;

use chrono::{NaiveDateTime, Timelike, Utc};

/// A page of rows and how many there are in all.
#[derive(Debug)]
pub struct Page<T> {
    /// The rows of this page.
    pub items: Vec<T>,
    /// Rows matching, on every page.
    pub total: i64,
}

/// Which programmes or cohorts a list shows: archived ones are out of the default lists
/// (they are over), but kept whole and listed on request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Listing {
    /// Those not archived (the default).
    #[default]
    Active,
    /// Only the archived ones.
    Archived,
    /// All of them.
    All,
}

/// Now, in UTC, to the microsecond (what both backends store), so a value read back
/// equals the value written.
pub fn now() -> NaiveDateTime {
    let now = Utc::now().naive_utc();
    now.with_nanosecond(now.nanosecond() / 1_000 * 1_000)
        .unwrap_or(now)
}

/// The stamp of a row's next change: now, but always later than its last one (`before`),
/// so a row's `updated_at` serves as its version even when two changes fall in one
/// microsecond or an instance's clock is behind.
pub fn next_stamp(before: NaiveDateTime) -> NaiveDateTime {
    now().max(before + chrono::Duration::microseconds(1))
}

/// A new row id: time-ordered (UUID v7), as text.
pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}
