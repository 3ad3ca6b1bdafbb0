//! Cities as CSV, in the format of the reference data:
//! `name,country_iso2,role,lat,lon,population,source`, one row per city and role (a city
//! with no role has one row with an empty role). An import is all or nothing: every bad
//! row is reported with its line number, and then nothing is stored.

use std::collections::HashMap;
use std::io::{Read, Write};

use super::{cell, from_cell};
use crate::db::DbConnection;
use crate::db::models::audit;
use crate::db::models::city::{self, RoleGrant};
use crate::domain::city::{CityDetails, CityFields, city_id};
use crate::domain::limits;
use crate::domain::role::Role;

/// The columns, in order.
pub const HEADER: [&str; 7] = [
    "name",
    "country_iso2",
    "role",
    "lat",
    "lon",
    "population",
    "source",
];

/// Why an import stored nothing.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file is not a CSV of cities: a column is missing, a quote is broken.
    #[error("{0}")]
    Format(String),
    /// Some rows are wrong; each is listed.
    #[error("{} bad row(s), nothing imported:\n{}", .0.len(), .0.join("\n"))]
    Rows(Vec<String>),
    /// The database refused.
    #[error("database: {0}")]
    Database(#[from] diesel::result::Error),
}

/// What an import did.
#[derive(Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct ImportSummary {
    /// Rows read.
    pub rows: usize,
    /// Cities that were not there before.
    pub cities_created: usize,
    /// Cities that were there and were updated.
    pub cities_updated: usize,
    /// Roles given.
    pub roles_added: usize,
}

struct CityRows {
    line: usize,
    details: CityDetails,
    grants: Vec<RoleGrant>,
}

/// Reads and checks every row; nothing touches the database.
fn read(input: impl Read) -> Result<Vec<CityRows>, ImportError> {
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(input);
    let headers = reader
        .headers()
        .map_err(|e| ImportError::Format(format!("header: {e}")))?
        .clone();
    let mut index = [0usize; 7];
    for (i, column) in HEADER.iter().enumerate() {
        index[i] = headers
            .iter()
            .position(|h| h.trim() == *column)
            .ok_or_else(|| {
                ImportError::Format(format!(
                    "line 1: the header has no column \"{column}\" (expected {})",
                    HEADER.join(",")
                ))
            })?;
    }
    let mut errors = Vec::new();
    let mut cities: Vec<CityRows> = Vec::new();
    let mut by_key: HashMap<(String, String), usize> = HashMap::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                return Err(ImportError::Format(format!(
                    "line {line}: {}",
                    e.kind_message()
                )));
            }
        };
        let line = record.position().map_or(0, |p| p.line() as usize);
        if cities.len() + errors.len() >= limits::CSV_ROWS {
            errors.push(format!(
                "line {line}: a file may have at most {} rows; split it into several",
                limits::CSV_ROWS
            ));
            break;
        }
        if errors.len() >= limits::ERRORS_LISTED {
            errors.push(format!(
                "line {line} and after were not read: fix the {} lines above first",
                limits::ERRORS_LISTED
            ));
            break;
        }
        let field = |i: usize| from_cell(record.get(index[i]).unwrap_or("").trim());
        let mut row_errors = Vec::new();
        let number = |name: &str, i: usize, errors: &mut Vec<String>| -> f64 {
            field(i).parse::<f64>().unwrap_or_else(|_| {
                errors.push(format!(
                    "line {line}: {name}: \"{}\" is not a number",
                    field(i)
                ));
                f64::NAN
            })
        };
        let lat = number("lat", 3, &mut row_errors);
        let lon = number("lon", 4, &mut row_errors);
        let population = field(5).parse::<i64>().unwrap_or_else(|_| {
            row_errors.push(format!(
                "line {line}: population: \"{}\" is not a whole number",
                field(5)
            ));
            0
        });
        let role = match field(2) {
            "" => None,
            r => match r.parse::<Role>() {
                Ok(role) => Some(role),
                Err(e) => {
                    row_errors.push(format!("line {line}: role: {e}"));
                    None
                }
            },
        };
        if !row_errors.is_empty() {
            errors.extend(row_errors);
            continue;
        }
        let details = match CityDetails::try_from(CityFields {
            name: field(0),
            country: field(1),
            lat,
            lon,
            population,
            ..Default::default()
        }) {
            Ok(d) => d,
            Err(invalid) => {
                let invalid = invalid
                    .0
                    .iter()
                    .map(|e| format!("line {line}: {}: {}", column_of(&e.field), e.message));
                errors.extend(invalid);
                continue;
            }
        };
        let key = (details.name.clone(), details.country.as_str().to_owned());
        let grant = role.map(|role| RoleGrant {
            role,
            cohort_id: None,
            source: field(6).to_owned(),
        });
        match by_key.get(&key) {
            None => {
                by_key.insert(key, cities.len());
                cities.push(CityRows {
                    line,
                    details,
                    grants: grant.into_iter().collect(),
                });
            }
            Some(&i) => {
                let first = &mut cities[i];
                if (
                    first.details.lat,
                    first.details.lon,
                    first.details.population,
                ) != (details.lat, details.lon, details.population)
                {
                    errors.push(format!(
                        "line {line}: {} ({}) has other coordinates or population than on line {}",
                        details.name,
                        details.country.as_str(),
                        first.line
                    ));
                }
                match grant {
                    Some(g) if first.grants.iter().any(|h| h.role == g.role) => {
                        errors.push(format!(
                            "line {line}: {} ({}) is {} already on line {}",
                            details.name,
                            details.country.as_str(),
                            g.role,
                            first.line
                        ));
                    }
                    Some(g) => first.grants.push(g),
                    None => {}
                }
            }
        }
    }
    if errors.is_empty() {
        Ok(cities)
    } else {
        Err(ImportError::Rows(errors))
    }
}

/// The CSV column a domain field comes from.
fn column_of(field: &str) -> &str {
    if field == "country" {
        "country_iso2"
    } else {
        field
    }
}

/// Imports cities and their roles in one transaction: a city already stored (same name and
/// country) gets the file's coordinates and population and any role it lacks.
pub fn import(
    conn: &mut DbConnection,
    input: impl Read,
    actor: &str,
) -> Result<ImportSummary, ImportError> {
    let cities = read(input)?;
    crate::db::write_transaction(conn, |conn| {
        let mut summary = ImportSummary {
            rows: 0,
            ..Default::default()
        };
        for c in &cities {
            summary.rows += c.grants.len().max(1);
            let id = match city::find_by_name(conn, &c.details.name, c.details.country.as_str())? {
                Some(id) => {
                    city::update_location(
                        conn,
                        &id,
                        c.details.lat,
                        c.details.lon,
                        c.details.population,
                    )?;
                    summary.cities_updated += 1;
                    id
                }
                None => {
                    let id = city_id(&c.details.country, &c.details.name);
                    city::insert(conn, &id, &c.details)?;
                    summary.cities_created += 1;
                    id
                }
            };
            for g in &c.grants {
                if !city::has_role(conn, &id, g.role, None)? {
                    city::add_role(conn, &id, g)?;
                    summary.roles_added += 1;
                }
            }
        }
        let detail = serde_json::to_string(&summary).unwrap_or_default();
        audit::record(conn, actor, "import", "city", "*", &detail)?;
        Ok(summary)
    })
}

/// Writes every city and role as CSV that imports back to the same data.
pub fn export(conn: &mut DbConnection, output: impl Write) -> Result<usize, ExportError> {
    let mut writer = csv::Writer::from_writer(output);
    writer.write_record(HEADER)?;
    let mut rows = 0;
    for c in city::all(conn)? {
        let (lat, lon, pop) = (
            c.city.lat.to_string(),
            c.city.lon.to_string(),
            c.city.population.to_string(),
        );
        let programme_wide: Vec<_> = c.roles.iter().filter(|r| r.cohort_id.is_none()).collect();
        if programme_wide.is_empty() {
            writer.write_record([
                cell(&c.city.name).as_ref(),
                &c.city.country,
                "",
                &lat,
                &lon,
                &pop,
                "",
            ])?;
            rows += 1;
        }
        for r in programme_wide {
            writer.write_record([
                cell(&c.city.name).as_ref(),
                &c.city.country,
                r.role.as_str(),
                &lat,
                &lon,
                &pop,
                cell(&r.source).as_ref(),
            ])?;
            rows += 1;
        }
    }
    writer.flush()?;
    Ok(rows)
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Reading the database failed.
    #[error("database: {0}")]
    Database(#[from] diesel::result::Error),
    /// Writing failed.
    #[error("writing CSV: {0}")]
    Csv(#[from] csv::Error),
    /// Writing failed.
    #[error("writing CSV: {0}")]
    Io(#[from] std::io::Error),
}

trait KindMessage {
    fn kind_message(&self) -> String;
}

impl KindMessage for csv::Error {
    /// The error without csv's own position prefix, since the line is said already.
    fn kind_message(&self) -> String {
        match self.kind() {
            csv::ErrorKind::UnequalLengths {
                expected_len, len, ..
            } => {
                format!(
                    "{len} fields where the header has {expected_len} (a broken quote or a missing comma?)"
                )
            }
            csv::ErrorKind::Utf8 { .. } => "not valid UTF-8".to_owned(),
            _ => self.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bad_row_is_listed_with_its_line() {
        let csv = "name,country_iso2,role,lat,lon,population,source\n\
                   Aarhus,DK,mission,56.15,10.2,285273,x\n\
                   Nowhere,XX,mission,1,2,3,x\n\
                   Far,PT,twin,200,2,3,x\n\
                   Aarhus,DK,mission,56.15,10.2,285273,y\n";
        let Err(ImportError::Rows(rows)) = read(csv.as_bytes()) else {
            panic!("expected row errors")
        };
        assert_eq!(rows.len(), 3, "{rows:?}");
        assert!(
            rows[0].starts_with("line 3: country_iso2: \"XX\""),
            "{}",
            rows[0]
        );
        assert!(rows[1].starts_with("line 4: lat: 200"), "{}", rows[1]);
        assert!(
            rows[2].starts_with("line 5: Aarhus (DK) is mission already on line 2"),
            "{}",
            rows[2]
        );
    }

    #[test]
    fn a_missing_column_or_a_broken_quote_is_a_format_error() {
        let no_source = "name,country_iso2,role,lat,lon,population\nA,PT,twin,1,2,3\n";
        let err = read(no_source.as_bytes()).err().unwrap().to_string();
        assert!(err.contains("no column \"source\""), "{err}");
        let broken = "name,country_iso2,role,lat,lon,population,source\n\"A,PT,twin,1,2,3,x\nB,PT,twin,1,2,3,x\n";
        let err = read(broken.as_bytes()).err().unwrap().to_string();
        assert!(err.starts_with("line 2"), "{err}");
    }
}
