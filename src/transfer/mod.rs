//! CSV import and export.

pub mod cities;
