//! Domain types: only valid values exist past the edge (forms, JSON, CSV). No diesel, no
//! actix here.

pub mod calendar;
pub mod city;
pub mod cohort;
pub mod invalid;
pub mod itinerary;
pub mod limits;
pub mod profile;
pub mod role;
pub mod scoring;
pub mod time;

pub use invalid::{FieldError, Invalid};
