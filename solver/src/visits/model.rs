//! The time-indexed model of one component: x[v][s] = visit v starts on day s, u[v] =
//! v is not scheduled; minimise BIG * unscheduled + deviation from preferred starts,
//! where BIG exceeds any total deviation, so the count comes first (and a confirmed
//! visit, with a fixed start, weighs more than all the others together).

use std::collections::HashMap;
use std::time::Duration;

use good_lp::{Expression, ProblemVariables, SolverModel, Variable, variable};

use super::calendar::Calendar;
use super::usage::Usage;
use crate::SolveError;
use crate::mip::{self, MipStatus};

/// A city on a day.
type CityDay = (usize, i64);
/// (visit position in the component, coefficient, start position).
type Term = (usize, f64, usize);

/// The schedule of one component.
#[derive(Debug, Clone)]
pub(crate) struct Placed {
    /// Start day per visit of the component (same order), None when unscheduled.
    pub start: Vec<Option<i64>>,
    /// Proven optimal.
    pub optimal: bool,
    /// Lower bound of the component's deviation given its count scheduled.
    pub bound: i64,
    /// Whether the MILP ran (else every visit kept its closest start).
    pub milp: bool,
}

/// Places the visits of one component (each with at least one allowed start).
pub(crate) fn place(
    cal: &Calendar,
    starts: &[Vec<i64>],
    visits: &[usize],
    time_limit: Option<Duration>,
) -> Result<Placed, SolveError> {
    // Each visit at its own best start: when that keeps every rule, nothing beats it.
    let best: Vec<i64> = visits
        .iter()
        .map(|&v| best_start(cal, v, &starts[v]))
        .collect();
    let mut usage = Usage::default();
    let mut fits = true;
    for (k, &v) in visits.iter().enumerate() {
        if !usage.blockers(cal, v, best[k]).is_empty() {
            fits = false;
            break;
        }
        usage.place(cal, v, best[k]);
    }
    if fits {
        let bound = visits
            .iter()
            .zip(&best)
            .map(|(&v, &s)| cal.deviation(v, s))
            .sum();
        return Ok(Placed {
            start: best.into_iter().map(Some).collect(),
            optimal: true,
            bound,
            milp: false,
        });
    }
    let greedy = greedy(cal, starts, visits);
    let local = neighbourhood(cal, starts, visits, &greedy);
    milp(cal, &local, visits, &greedy, time_limit)
}

/// The starts the model needs. When the greedy schedule places every visit with total
/// deviation G, no optimal schedule moves a visit further than G less the least the
/// others must deviate, so farther starts are dropped: the optimum stays, the model
/// shrinks (a crowded host's year-long window becomes a few weeks). Otherwise a better
/// count may need any start, and all stay.
fn neighbourhood(
    cal: &Calendar,
    starts: &[Vec<i64>],
    visits: &[usize],
    greedy: &[Option<i64>],
) -> Vec<Vec<i64>> {
    let all = || visits.iter().map(|&v| starts[v].clone()).collect();
    let Some(placed) = greedy.iter().copied().collect::<Option<Vec<i64>>>() else {
        return all();
    };
    let total: i64 = visits
        .iter()
        .zip(&placed)
        .map(|(&v, &s)| cal.deviation(v, s))
        .sum();
    let least: Vec<i64> = visits
        .iter()
        .map(|&v| {
            starts[v]
                .iter()
                .map(|&s| cal.deviation(v, s))
                .min()
                .unwrap_or(0)
        })
        .collect();
    let slack = total - least.iter().sum::<i64>();
    visits
        .iter()
        .zip(&least)
        .map(|(&v, &min)| {
            starts[v]
                .iter()
                .copied()
                .filter(|&s| cal.deviation(v, s) <= min + slack)
                .collect()
        })
        .collect()
}

fn best_start(cal: &Calendar, v: usize, starts: &[i64]) -> i64 {
    // Starts are ascending, so min_by_key keeps the earliest of equal deviations.
    starts
        .iter()
        .copied()
        .min_by_key(|&s| cal.deviation(v, s))
        .unwrap_or(0)
}

/// Visits by fewest options first, each at its closest start that fits.
fn greedy(cal: &Calendar, starts: &[Vec<i64>], visits: &[usize]) -> Vec<Option<i64>> {
    let mut order: Vec<usize> = (0..visits.len()).collect();
    order.sort_by_key(|&k| starts[visits[k]].len());
    let mut usage = Usage::default();
    let mut out = vec![None; visits.len()];
    for k in order {
        let v = visits[k];
        let mut options = starts[v].clone();
        options.sort_by_key(|&s| cal.deviation(v, s));
        if let Some(s) = options
            .into_iter()
            .find(|&s| usage.blockers(cal, v, s).is_empty())
        {
            usage.place(cal, v, s);
            out[k] = Some(s);
        }
    }
    out
}

fn milp(
    cal: &Calendar,
    local: &[Vec<i64>],
    visits: &[usize],
    greedy: &[Option<i64>],
    time_limit: Option<Duration>,
) -> Result<Placed, SolveError> {
    let mut vars = ProblemVariables::new();
    let mut x: Vec<Vec<Variable>> = Vec::with_capacity(visits.len());
    let mut u: Vec<Variable> = Vec::with_capacity(visits.len());
    let mut init = Vec::new();
    for (k, options) in local.iter().enumerate() {
        x.push(
            options
                .iter()
                .map(|_| vars.add(variable().binary()))
                .collect(),
        );
        init.extend(
            options
                .iter()
                .map(|&s| f64::from(u8::from(greedy[k] == Some(s)))),
        );
    }
    for g in greedy {
        u.push(vars.add(variable().binary()));
        init.push(f64::from(u8::from(g.is_none())));
    }
    let big: i64 = 1 + visits
        .iter()
        .zip(local)
        .map(|(&v, options)| {
            options
                .iter()
                .map(|&s| cal.deviation(v, s))
                .max()
                .unwrap_or(0)
        })
        .sum::<i64>();
    // A confirmed (fixed) visit outweighs all the others: a re-plan keeps it unless it
    // breaks a rule with other confirmed visits.
    let confirmed = big * (visits.len() as i64 + 1);
    let mut objective = Expression::default();
    for (k, &v) in visits.iter().enumerate() {
        for (j, &s) in local[k].iter().enumerate() {
            objective.add_mul(cal.deviation(v, s) as f64, x[k][j]);
        }
        let miss = if cal.fixed[v].is_some() {
            confirmed
        } else {
            big
        };
        objective.add_mul(miss as f64, u[k]);
    }
    let mut model = vars.minimise(objective).using(good_lp::highs);
    for k in 0..visits.len() {
        let once: Expression = x[k].iter().copied().sum::<Expression>() + u[k];
        model.add_constraint(once.eq(1.0));
    }
    // Per city and day: hosted visits + capacity * travelling visits <= capacity, so a
    // travelling city hosts nobody and travels once.
    let mut per_day: HashMap<CityDay, Vec<Term>> = HashMap::new();
    for (k, &v) in visits.iter().enumerate() {
        let weight = cal.capacity[cal.guest[v]].max(1) as f64;
        for (j, &s) in local[k].iter().enumerate() {
            for d in s..s + cal.days[v] {
                per_day
                    .entry((cal.host[v], d))
                    .or_default()
                    .push((k, 1.0, j));
                per_day
                    .entry((cal.guest[v], d))
                    .or_default()
                    .push((k, weight, j));
            }
        }
    }
    for ((city, _), terms) in per_day {
        let mut users: Vec<usize> = terms.iter().map(|t| t.0).collect();
        users.sort_unstable();
        users.dedup();
        // One visit's own starts exclude each other already.
        if users.len() < 2 {
            continue;
        }
        let cap = cal.capacity[city].max(1) as f64;
        let mut row = Expression::with_capacity(terms.len());
        for (k, coef, j) in terms {
            row.add_mul(coef, x[k][j]);
        }
        model.add_constraint(row.leq(cap));
    }
    let position: HashMap<usize, usize> = visits.iter().enumerate().map(|(k, &v)| (v, k)).collect();
    for (kv, &v) in visits.iter().enumerate() {
        let Some((first, gap)) = cal.after[v] else {
            continue;
        };
        let Some(&ku) = position.get(&first) else {
            continue;
        };
        let last_end = local[ku].last().map_or(0, |&s| s + cal.days[first] - 1);
        if local[kv].first().is_some_and(|&s| s - last_end >= gap) {
            continue; // every pair of starts keeps the gap
        }
        // start_v - end_u >= gap, relaxed by big_m when either is unscheduled.
        let big_m = (gap.max(0) + 2 * cal.len + 2) as f64;
        let mut row = Expression::default();
        for (j, &s) in local[kv].iter().enumerate() {
            row.add_mul(s as f64, x[kv][j]);
        }
        for (j, &s) in local[ku].iter().enumerate() {
            row.add_mul(-((s + cal.days[first] - 1) as f64), x[ku][j]);
        }
        row.add_mul(big_m, u[kv]);
        row.add_mul(big_m, u[ku]);
        model.add_constraint(row.geq(gap as f64));
    }
    // The objective is an integer: a gap below 1 proves the optimum.
    let run = mip::run(model, time_limit, 0.99, Some(&init))?;
    let (start, optimal) = match run.status {
        MipStatus::Optimal | MipStatus::Stopped => {
            let mut col = 0;
            let mut start = Vec::with_capacity(visits.len());
            for options in local {
                let mut chosen = None;
                for &s in options {
                    if run.columns[col] > 0.5 {
                        chosen = Some(s);
                    }
                    col += 1;
                }
                start.push(chosen);
            }
            (start, run.status == MipStatus::Optimal)
        }
        MipStatus::NoSolution => (greedy.to_vec(), false),
        MipStatus::Infeasible => {
            return Err(SolveError::Highs(
                "the visit model cannot be infeasible, yet HiGHS says so".into(),
            ));
        }
    };
    let unscheduled: i64 = visits
        .iter()
        .zip(&start)
        .filter(|(_, s)| s.is_none())
        .map(|(&v, _)| {
            if cal.fixed[v].is_some() {
                confirmed
            } else {
                big
            }
        })
        .sum();
    let deviation: i64 = visits
        .iter()
        .zip(&start)
        .filter_map(|(&v, s)| s.map(|s| cal.deviation(v, s)))
        .sum();
    let bound = if optimal {
        deviation
    } else {
        ((run.bound - 1e-6).ceil() as i64 - unscheduled).clamp(0, deviation)
    };
    Ok(Placed {
        start,
        optimal,
        bound,
        milp: true,
    })
}
