//! Domain types: only valid values exist past the edge (forms, JSON, CSV). No queries and
//! no actix here; the state enums only derive how diesel binds them (`state.rs`).

pub mod calendar;
pub mod city;
pub mod cohort;
pub mod costs;
pub mod feedback;
pub mod id;
pub mod invalid;
pub mod itinerary;
pub mod limits;
pub mod plan;
pub mod privacy;
pub mod profile;
pub mod reminders;
pub mod role;
pub mod scoring;
pub mod state;
pub mod time;

pub use invalid::{FieldError, Invalid, Refusal, RefusalArg, Said};
