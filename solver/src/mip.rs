//! Running a good_lp model on HiGHS with a time limit, and reading what good_lp hides:
//! whether the limit stopped the search, and the best proven bound.

use std::time::Duration;

use good_lp::solvers::highs::HighsProblem;
use highs::{HighsModelStatus, HighsSolutionStatus};

use crate::SolveError;

/// How a MIP run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MipStatus {
    /// Proven optimal.
    Optimal,
    /// Stopped by the time limit with a solution.
    Stopped,
    /// Proven infeasible.
    Infeasible,
    /// Stopped by the time limit before any solution.
    NoSolution,
}

/// Column values, objective and bound of a MIP run.
#[derive(Debug, Clone)]
pub(crate) struct MipResult {
    pub status: MipStatus,
    pub columns: Vec<f64>,
    pub bound: f64,
}

/// Solves `problem` to a proven optimum (gap `abs_gap`, relative gap 0) or until the
/// time limit, starting from `start` when given.
pub(crate) fn run(
    problem: HighsProblem,
    time_limit: Option<Duration>,
    abs_gap: f64,
    start: Option<&[f64]>,
) -> Result<MipResult, SolveError> {
    let mut model = problem
        .try_into_inner()
        .map_err(|e| SolveError::Highs(e.to_string()))?;
    model.make_quiet();
    let set = |m: &mut highs::Model, k: &str, v: f64| {
        m.try_set_option(k, v)
            .map_err(|e| SolveError::Highs(format!("option {k}: {e:?}")))
    };
    // HiGHS stops at a relative gap of 1e-4 by default; the targets ask for the optimum.
    set(&mut model, "mip_rel_gap", 0.0)?;
    set(&mut model, "mip_abs_gap", abs_gap)?;
    if let Some(limit) = time_limit {
        set(&mut model, "time_limit", limit.as_secs_f64().max(0.001))?;
    }
    if let Some(start) = start {
        model
            .try_set_solution(Some(start), None, None, None)
            .map_err(|e| SolveError::Highs(format!("start solution: {e:?}")))?;
    }
    let solved = model
        .try_solve()
        .map_err(|e| SolveError::Highs(format!("{e:?}")))?;
    let has_solution = solved.primal_solution_status() == HighsSolutionStatus::Feasible;
    let status = match solved.status() {
        HighsModelStatus::Optimal => MipStatus::Optimal,
        HighsModelStatus::Infeasible | HighsModelStatus::UnboundedOrInfeasible => {
            MipStatus::Infeasible
        }
        HighsModelStatus::ReachedTimeLimit
        | HighsModelStatus::ReachedIterationLimit
        | HighsModelStatus::ReachedSolutionLimit
        | HighsModelStatus::ReachedInterrupt
        | HighsModelStatus::ReachedMemoryLimit => {
            if has_solution {
                MipStatus::Stopped
            } else {
                MipStatus::NoSolution
            }
        }
        other => return Err(SolveError::Highs(format!("model status {other:?}"))),
    };
    if status == MipStatus::Optimal && !has_solution {
        return Err(SolveError::Highs(
            "optimal without a primal solution".into(),
        ));
    }
    let bound = solved
        .double_info_value(c"mip_dual_bound")
        .unwrap_or(f64::NAN);
    let columns = if has_solution {
        solved.get_solution().columns().to_vec()
    } else {
        Vec::new()
    };
    Ok(MipResult {
        status,
        columns,
        bound,
    })
}
