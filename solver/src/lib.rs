//! The optimisation core of twinning: matching twins with mentors and scheduling visits.
//!
//! Pure and synchronous: no web, no database. Reads and writes the JSON formats of
//! `FORMAT.md` beside this crate's Cargo.toml (a copy of the benchmark suite's
//! `bench/FORMAT.md`): [`matching::Instance`] and [`visits::Instance`] parse and validate
//! an instance, [`matching::solve`] and [`visits::solve`] answer it.

mod date;
mod error;
mod json;
pub mod matching;
mod mip;
pub mod visits;

pub use date::Date;
pub use error::{InstanceError, SolveError};

/// The version of this crate, stored with every round so a result can be traced to its solver.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Proves the HiGHS backend links: solves max x subject to x <= 1.
pub fn highs_links() -> bool {
    use good_lp::{Solution, SolverModel, constraint, default_solver, variables};
    variables! { vars: 0 <= x <= 1; }
    let model = vars
        .maximise(x)
        .using(default_solver)
        .with(constraint!(x <= 1));
    model
        .solve()
        .map(|s| (s.value(x) - 1.0).abs() < 1e-9)
        .unwrap_or(false)
}
