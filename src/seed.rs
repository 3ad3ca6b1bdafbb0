//! The reference data shipped with the service: the Mission, Pilot and Twin Cities of
//! `config/seed/cities.csv`, built into the binary so it runs from any folder.

use crate::db::DbConnection;
use crate::db::models::city;
use crate::transfer::cities::{ImportError, ImportSummary, import};

/// The reference cities, one row per city and role.
pub const REFERENCE_CITIES: &str = include_str!("../config/seed/cities.csv");

/// Loads the reference cities when the database has none; `None` when it had some.
pub fn load_if_empty(conn: &mut DbConnection) -> Result<Option<ImportSummary>, ImportError> {
    let (cities, _) = city::counts(conn)?;
    if cities > 0 {
        return Ok(None);
    }
    import(conn, REFERENCE_CITIES.as_bytes(), "seed").map(Some)
}
