//! The two error types of the crate: a bad instance, and a solver that failed.

use thiserror::Error;

/// An instance that cannot be read: not JSON, not the format, or a value that breaks a rule.
///
/// The message names the field and the value, so a manager can find and fix it.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum InstanceError {
    /// The bytes are not JSON, or a field has the wrong type or an unknown name.
    #[error("{path}: {message} (line {line}, column {column})")]
    Syntax {
        /// Where in the document, like `pairs[12].score`, or `.` for the top.
        path: String,
        /// What serde_json found wrong.
        message: String,
        /// 1-based line of the error.
        line: usize,
        /// 1-based column of the error.
        column: usize,
    },
    /// A well-formed field whose value breaks a rule of the format.
    #[error("{field}: {problem}")]
    Invalid {
        /// Where in the document, like `mentors[3].capacity`.
        field: String,
        /// What is wrong with the value, naming it.
        problem: String,
    },
}

impl InstanceError {
    /// An invalid value at `field`.
    pub(crate) fn invalid(field: impl Into<String>, problem: impl Into<String>) -> Self {
        InstanceError::Invalid {
            field: field.into(),
            problem: problem.into(),
        }
    }
}

/// A genuine failure of the solver; an infeasible instance is a result, not this.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SolveError {
    /// The instance breaks a rule of the format (an instance built in code, unchecked).
    #[error("bad instance: {0}")]
    Instance(#[from] InstanceError),
    /// HiGHS reported an error or returned no usable answer.
    #[error("HiGHS failed: {0}")]
    Highs(String),
    /// The network simplex ended in a state a valid network cannot reach.
    #[error("min-cost flow failed: {0}")]
    Flow(String),
    /// Scores or penalties too large to scale to exact integer costs.
    #[error("scores cannot be scaled to integer costs: {0}")]
    Scale(String),
}
