//! The one error type of the service layer: what a change of state can refuse, or fail
//! with, in the words of the domain and with no HTTP in it. The API turns each kind into
//! a problem+json answer and the pages into a page (`api::error`, `web::page`), each with
//! a complete `match`, so a kind added here is a compile error there until it is given
//! its answer: no refusal can fall into a 500.

use diesel::result::{DatabaseErrorKind, Error as DieselError};

use crate::domain::Invalid;
use crate::domain::invalid::{Refusal, Said};

/// Any error a source can be boxed into.
pub type Source = Box<dyn std::error::Error + Send + Sync + 'static>;

/// Why a service operation did not happen.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// One or more fields hold values that are not allowed.
    #[error("{0}")]
    Invalid(#[from] Invalid),
    /// No such thing.
    #[error("{what} {id} does not exist")]
    NotFound {
        /// What was looked for (`city`).
        what: &'static str,
        /// Its id.
        id: String,
    },
    /// The change clashes with what is stored (a duplicate, a thing still in use, a state
    /// that does not allow it).
    #[error("{detail}")]
    Conflict {
        /// The field at fault, if one is.
        field: Option<String>,
        /// What clashes, in the API's English.
        detail: String,
        /// The same, as a key of the message catalogue, where a page says it to a city in
        /// the city's language.
        refusal: Option<Refusal>,
    },
    /// No valid credentials: a token that is missing, unknown, expired or revoked.
    #[error("{0}")]
    Unauthorized(String),
    /// The credentials are valid but do not allow this (the call is closed, say).
    #[error("{0}")]
    Forbidden(String),
    /// The caller acted on a version that is no longer the current one.
    #[error("{0}")]
    Stale(String),
    /// The database cannot be reached now, or is busy: worth trying again shortly.
    #[error("{0}")]
    Unavailable(String),
    /// A query failed for a reason that is not the caller's (a bug, a broken disk).
    #[error("database: {0}")]
    Db(#[source] DieselError),
    /// Something this service relies on failed (the solver, a serialiser, a thread).
    #[error("{doing}: {source}")]
    Failed {
        /// What was being done (`the visit solver`).
        doing: String,
        /// Why it failed.
        #[source]
        source: Source,
    },
    /// A broken invariant: a row that was just written and cannot be read back.
    #[error("{0}")]
    Bug(String),
}

impl Error {
    /// A refusal for a missing thing.
    pub fn not_found(what: &'static str, id: impl std::fmt::Display) -> Error {
        Error::NotFound {
            what,
            id: id.to_string(),
        }
    }

    /// A conflict, with the field at fault when there is one.
    pub fn conflict(field: Option<&str>, detail: impl Into<String>) -> Error {
        Error::Conflict {
            field: field.map(str::to_owned),
            detail: detail.into(),
            refusal: None,
        }
    }

    /// A conflict a city may meet, said by the domain: its English words for the API and
    /// its refusal for a page in the city's language.
    pub fn conflict_said(field: Option<&str>, said: Said) -> Error {
        Error::Conflict {
            field: field.map(str::to_owned),
            detail: said.english,
            refusal: said.refusal,
        }
    }

    /// A failure of something relied on, keeping its source.
    pub fn failed(doing: impl Into<String>, source: impl Into<Source>) -> Error {
        Error::Failed {
            doing: doing.into(),
            source: source.into(),
        }
    }

    /// The whole chain of sources, for a log line (`doing: why: deeper why`).
    pub fn chain(&self) -> String {
        let mut text = self.to_string();
        let mut source = std::error::Error::source(self);
        // `Db` and `Failed` already print their first source.
        if matches!(self, Error::Db(_) | Error::Failed { .. }) {
            source = source.and_then(std::error::Error::source);
        }
        while let Some(s) = source {
            text.push_str(": ");
            text.push_str(&s.to_string());
            source = s.source();
        }
        text
    }
}

impl From<DieselError> for Error {
    /// A constraint the database enforces is a refusal in the caller's words, a busy
    /// database is worth a retry, and anything else is a failure with its source.
    fn from(e: DieselError) -> Error {
        match &e {
            DieselError::NotFound => Error::Db(e),
            DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, info) => {
                Error::Conflict {
                    field: info.column_name().map(str::to_owned),
                    detail: format!("this would duplicate a stored value ({})", info.message()),
                    refusal: None,
                }
            }
            // SQLite (through diesel) reports a violated foreign key as an unknown error
            // with this message: the same refusal.
            DieselError::DatabaseError(kind, info)
                if *kind == DatabaseErrorKind::ForeignKeyViolation
                    || info.message().starts_with("FOREIGN KEY constraint failed") =>
            {
                Error::Conflict {
                    field: info.column_name().map(str::to_owned),
                    detail: format!(
                        "this refers to something missing, or something else still refers to it ({})",
                        info.message()
                    ),
                    refusal: None,
                }
            }
            // A CHECK constraint or a trigger's RAISE: the database refused a state the
            // service should have refused first; still the caller's conflict, never a 500.
            DieselError::DatabaseError(DatabaseErrorKind::CheckViolation, info) => {
                Error::Conflict {
                    field: info.column_name().map(str::to_owned),
                    detail: format!("this is not allowed ({})", info.message()),
                    refusal: None,
                }
            }
            // SQLite's SQLITE_BUSY after its busy timeout: another write holds the
            // database (a large publish, say). Worth trying again.
            DieselError::DatabaseError(_, info) if is_busy(info.message()) => {
                Error::Unavailable(format!("the database is busy ({})", info.message()))
            }
            _ => Error::Db(e),
        }
    }
}

impl From<crate::db::DbError> for Error {
    fn from(e: crate::db::DbError) -> Error {
        match e {
            crate::db::DbError::Query(q) => Error::from(q),
            crate::db::DbError::Pool(p) => {
                Error::Unavailable(format!("no database connection: {p}"))
            }
            other => Error::failed("the database", other),
        }
    }
}

/// Whether a database message says it is busy with another writer.
fn is_busy(message: &str) -> bool {
    message.contains("database is locked") || message.contains("database table is locked")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_busy_database_is_worth_a_retry_and_a_broken_one_keeps_its_source() {
        let busy = DieselError::DatabaseError(
            DatabaseErrorKind::Unknown,
            Box::new("database is locked".to_owned()),
        );
        assert!(matches!(Error::from(busy), Error::Unavailable(_)));
        let broken = Error::from(DieselError::DatabaseError(
            DatabaseErrorKind::Unknown,
            Box::new("disk I/O error".to_owned()),
        ));
        assert!(matches!(broken, Error::Db(_)));
        assert!(std::error::Error::source(&broken).is_some());
        assert_eq!(broken.chain(), "database: disk I/O error");
    }

    #[test]
    fn a_failure_names_what_was_being_done_and_why() {
        let e = Error::failed("the visit solver", "no periods");
        assert_eq!(e.to_string(), "the visit solver: no periods");
    }
}
