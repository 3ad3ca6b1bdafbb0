//! What a round says about its result: each pair explained, the Twins left unmatched and
//! why, the pairs that would rather be together, and the map.

use crate::domain::id::CityId;
use crate::domain::id::HostId;
use crate::domain::profile::ProfileRole;
use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use twinning_solver::matching::{Solution, Status, WhyNotReason};

use crate::domain::scoring::{self, Parts};

use super::Prepared;

/// Another host a Twin could have had.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Alternate {
    /// Host id.
    #[schema(value_type = String)]
    pub host_id: HostId,
    /// Host name.
    pub host: String,
    /// The pair's score.
    pub score: f64,
}

/// A chosen pair, explained.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct PairReport {
    /// Twin city id.
    #[schema(value_type = String)]
    pub twin_id: CityId,
    /// Twin name.
    pub twin: String,
    /// Host id.
    #[schema(value_type = String)]
    pub host_id: HostId,
    /// Host name.
    pub host: String,
    /// Weighted score.
    pub score: f64,
    /// Its parts.
    pub parts: Parts,
    /// Why this pair.
    pub explanation: String,
    /// Why not the Twin's best other host.
    pub why_not: Option<String>,
    /// The next-best hosts with room.
    pub alternates: Vec<Alternate>,
    /// Pinned by the manager.
    pub pinned: bool,
}

/// A Twin left without a host, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct UnmatchedReport {
    /// Twin city id.
    #[schema(value_type = String)]
    pub twin_id: CityId,
    /// Twin name.
    pub twin: String,
    /// Why.
    pub reason: String,
    /// Hosts with room it could still go to.
    pub alternates: Vec<Alternate>,
}

/// A Twin and a host who would both do better together than with what they got.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct BlockingPair {
    /// Twin name.
    pub twin: String,
    /// Host name.
    pub host: String,
    /// Their score together.
    pub score: f64,
    /// The Twin's score now (0 when unmatched).
    pub twin_now: f64,
    /// The host's lowest score now (none when it has room).
    pub host_worst: Option<f64>,
}

/// A city on the map.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct MapCity {
    /// Name.
    pub name: String,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// Twin or host.
    pub kind: ProfileRole,
}

/// A line of the map: a Twin city to a host city.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct MapLine {
    /// From (lat, lon).
    pub from: (f64, f64),
    /// To (lat, lon).
    pub to: (f64, f64),
}

/// What the pages and the API show of a round.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Report {
    /// `optimal`, `feasible`, `infeasible` or `unknown`.
    pub status: String,
    /// Sum of the chosen scores minus 1 per unmatched Twin.
    pub objective: Option<f64>,
    /// `flow` or `milp` (or `precheck`).
    pub method: String,
    /// Why it is infeasible.
    pub reason: Option<String>,
    /// What to relax when infeasible.
    pub relax: Vec<String>,
    /// Twins taking part.
    pub twins: usize,
    /// Hosts taking part.
    pub hosts: usize,
    /// Chosen pairs, by Twin name.
    pub pairs: Vec<PairReport>,
    /// Twins without a host.
    pub unmatched: Vec<UnmatchedReport>,
    /// Blocking pairs, strongest first.
    pub blocking: Vec<BlockingPair>,
    /// Cities for the map.
    pub cities: Vec<MapCity>,
    /// Lines for the map.
    pub lines: Vec<MapLine>,
    /// In a re-match: each Twin whose host changed (before, after), by Twin name.
    #[serde(default)]
    pub changes: Vec<Change>,
}

/// A Twin whose host changed in a re-match.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Change {
    /// Twin name.
    pub twin: String,
    /// Host before, if any.
    pub before: Option<String>,
    /// Host now, if any.
    pub after: Option<String>,
}

fn status_name(s: Status) -> &'static str {
    match s {
        Status::Optimal => "optimal",
        Status::Feasible => "feasible",
        Status::Infeasible => "infeasible",
        Status::Unknown => "unknown",
    }
}

/// Why a host's room was cut: the programme's cap and what it hosted in other cohorts.
fn cap_note(hosted: i64, cap: i64) -> String {
    let twins = |n: i64| {
        if n == 1 {
            "1 Twin".to_owned()
        } else {
            format!("{n} Twins")
        }
    };
    format!(
        "it was proposed {} in the programme's other cohorts, and the round allows {} per host across them",
        twins(hosted),
        twins(cap)
    )
}

pub(super) fn report(p: &Prepared, solution: &Solution) -> Report {
    // A re-match lifts the pairs it keeps by `change_penalty`: show the real scores.
    // So does the priority of a Twin left unmatched in an earlier round.
    let real = |twin: &str, host: &str, score: f64| {
        let mut lift = 0.0;
        if p.kept.contains(&(twin.to_owned(), host.to_owned())) {
            lift += p.settings.change_penalty;
        }
        if p.priority.contains(twin) {
            lift += p.settings.earlier_unmatched_bonus;
        }
        if lift > 0.0 {
            ((score - lift) * 1e4).round() / 1e4
        } else {
            score
        }
    };
    let name = |id: &str| p.names.get(id).cloned().unwrap_or_else(|| id.to_owned());
    let forbidden: std::collections::HashSet<(&str, &str)> = p
        .instance
        .forbidden
        .iter()
        .map(|f| (f.twin.as_str(), f.mentor.as_str()))
        .collect();
    let mut load: HashMap<&str, i64> = HashMap::new();
    let mut of_host: HashMap<&str, Vec<(&str, f64)>> = HashMap::new();
    let mut got: HashMap<&str, (&str, f64)> = HashMap::new();
    for a in &solution.assignment {
        *load.entry(a.mentor.as_str()).or_default() += 1;
        of_host
            .entry(a.mentor.as_str())
            .or_default()
            .push((a.twin.as_str(), real(&a.twin, &a.mentor, a.score)));
        got.insert(
            a.twin.as_str(),
            (a.mentor.as_str(), real(&a.twin, &a.mentor, a.score)),
        );
    }
    let room =
        |h: &str| p.capacity.get(h).copied().unwrap_or(1) - load.get(h).copied().unwrap_or(0) > 0;
    let mut ranked: HashMap<&str, Vec<(&str, f64)>> = HashMap::new();
    for pair in &p.instance.pairs {
        if !forbidden.contains(&(pair.twin.as_str(), pair.mentor.as_str())) {
            ranked.entry(pair.twin.as_str()).or_default().push((
                pair.mentor.as_str(),
                real(&pair.twin, &pair.mentor, pair.score),
            ));
        }
    }
    for list in ranked.values_mut() {
        list.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));
    }
    let alternates = |twin: &str, except: Option<&str>| -> Vec<Alternate> {
        ranked
            .get(twin)
            .into_iter()
            .flatten()
            .filter(|(h, _)| Some(*h) != except && room(h))
            .take(2)
            .map(|(h, s)| Alternate {
                host_id: HostId::from(*h),
                host: name(h),
                score: *s,
            })
            .collect()
    };
    let why_not: HashMap<&str, String> = solution
        .why_not
        .iter()
        .map(|w| {
            let host = name(&w.mentor);
            let text = match &w.reason {
                WhyNotReason::Forbidden => format!("{host} was ruled out for this Twin (a forbidden pair, or the same country)"),
                WhyNotReason::MentorFull if p.capacity.get(&w.mentor) == Some(&0) => {
                    let hosted = p.capped.get(&w.mentor).copied().unwrap_or(0);
                    format!(
                        "{host} had no room: {}",
                        cap_note(hosted, p.settings.host_programme_cap.unwrap_or(0))
                    )
                }
                WhyNotReason::MentorFull => {
                    let taken = of_host.get(w.mentor.as_str()).cloned().unwrap_or_default();
                    let capacity = p.capacity.get(&w.mentor).copied().unwrap_or(1);
                    let capped = p.capped.get(&w.mentor).map(|hosted| {
                        format!(
                            " ({})",
                            cap_note(*hosted, p.settings.host_programme_cap.unwrap_or(0))
                        )
                    });
                    let twins = if capacity == 1 { "1 Twin".to_owned() } else { format!("{capacity} Twins") };
                    let twins = format!("{twins}{}", capped.unwrap_or_default());
                    let names: Vec<String> = taken.iter().map(|(t, _)| name(t)).collect();
                    let all_higher = taken
                        .iter()
                        .all(|(_, s)| *s >= real(&w.twin, &w.mentor, w.score));
                    if all_higher {
                        let who = if taken.len() == 1 { "it scores" } else if taken.len() == 2 { "both score" } else { "all score" };
                        format!("{host} was full: it takes {twins} ({}) and {who} higher with it", scoring::listed(&names))
                    } else {
                        format!("{host} was full: it takes {twins} ({}), and the total is higher with them there", scoring::listed(&names))
                    }
                }
                WhyNotReason::Group { group } => format!("{host} already has its Twins {group}"),
                WhyNotReason::Objective { loss } => format!("{host} would lower the total score by up to {loss:.3}"),
            };
            (
                w.twin.as_str(),
                format!("Not {host} ({:.3}): {text}.", real(&w.twin, &w.mentor, w.score)),
            )
        })
        .collect();
    let pinned: std::collections::HashSet<(&str, &str)> = p
        .instance
        .fixed
        .iter()
        .map(|f| (f.twin.as_str(), f.mentor.as_str()))
        .collect();
    let mut pairs: Vec<PairReport> = solution
        .assignment
        .iter()
        .map(|a| {
            let mut parts = scoring::parts(
                &p.sides[&a.twin],
                &p.sides[&a.mentor],
                p.ranks.get(&(a.twin.clone(), a.mentor.clone())).copied(),
            );
            parts.earlier_unmatched = p.priority.contains(&a.twin);
            let (twin, host) = (name(&a.twin), name(&a.mentor));
            PairReport {
                explanation: scoring::explain(&twin, &host, &parts),
                twin_id: CityId::from(&a.twin),
                host_id: HostId::from(&a.mentor),
                score: real(&a.twin, &a.mentor, a.score),
                parts,
                why_not: why_not.get(a.twin.as_str()).cloned(),
                alternates: alternates(&a.twin, Some(&a.mentor)),
                pinned: pinned.contains(&(a.twin.as_str(), a.mentor.as_str())),
                twin,
                host,
            }
        })
        .collect();
    pairs.sort_by(|a, b| a.twin.cmp(&b.twin));
    let unmatched = solution
        .unmatched
        .iter()
        .map(|t| UnmatchedReport {
            twin_id: CityId::from(t),
            twin: name(t),
            reason: match (
                why_not.get(t.as_str()),
                ranked.get(t.as_str()).map(Vec::len).unwrap_or(0),
            ) {
                (_, 0) => "no host is allowed for it (every pair is forbidden)".to_owned(),
                (Some(w), _) => w.clone(),
                (None, n) => format!("all {n} hosts it could go to are full"),
            },
            alternates: alternates(t, None),
        })
        .collect();
    let mut blocking = Vec::new();
    for (twin, list) in &ranked {
        let now = got.get(twin).map(|(_, s)| *s).unwrap_or(0.0);
        for (host, score) in list {
            if *score <= now {
                break;
            }
            if got.get(twin).map(|(h, _)| h) == Some(host) {
                continue;
            }
            let worst = if room(host) {
                None
            } else {
                of_host
                    .get(host)
                    .and_then(|ts| ts.iter().map(|(_, s)| *s).reduce(f64::min))
            };
            if worst.is_none_or(|w| *score > w) {
                blocking.push(BlockingPair {
                    twin: name(twin),
                    host: name(host),
                    score: *score,
                    twin_now: now,
                    host_worst: worst,
                });
            }
        }
    }
    blocking.sort_by(|a, b| {
        (b.score - b.twin_now)
            .total_cmp(&(a.score - a.twin_now))
            .then(a.twin.cmp(&b.twin))
    });
    let mut cities = Vec::new();
    for t in &p.instance.twins {
        let (lat, lon) = p.places[&t.id];
        cities.push(MapCity {
            name: name(&t.id),
            lat,
            lon,
            kind: ProfileRole::Twin,
        });
    }
    for m in &p.instance.mentors {
        let (lat, lon) = p.places[&m.id];
        cities.push(MapCity {
            name: name(&m.id),
            lat,
            lon,
            kind: ProfileRole::Host,
        });
    }
    let lines = solution
        .assignment
        .iter()
        .map(|a| MapLine {
            from: p.places[&a.twin],
            to: p.places[&a.mentor],
        })
        .collect();
    let relax = if solution.status == Status::Infeasible {
        vec![
            "remove or change pinned pairs that compete for the same host".to_owned(),
            "raise the number of Twins of one country a host may take".to_owned(),
            "allow pairs within one country, or forbid fewer pairs".to_owned(),
        ]
    } else {
        Vec::new()
    };
    let mut changes = Vec::new();
    if p.parent_id.is_some() {
        let before: HashMap<&str, &str> = p
            .before
            .iter()
            .map(|(t, h)| (t.as_str(), h.as_str()))
            .collect();
        let after: HashMap<&str, &str> = solution
            .assignment
            .iter()
            .map(|a| (a.twin.as_str(), a.mentor.as_str()))
            .collect();
        let mut twins: Vec<&str> = before.keys().chain(after.keys()).copied().collect();
        twins.sort_unstable();
        twins.dedup();
        for t in twins {
            let (b, a) = (before.get(t).copied(), after.get(t).copied());
            if b != a {
                changes.push(Change {
                    twin: name(t),
                    before: b.map(name),
                    after: a.map(name),
                });
            }
        }
        changes.sort_by(|x, y| x.twin.cmp(&y.twin));
    }
    Report {
        changes,
        status: status_name(solution.status).to_owned(),
        objective: solution.objective,
        method: format!("{:?}", solution.method).to_lowercase(),
        // The solver names ids; a manager reads names.
        reason: solution.reason.as_ref().map(|r| {
            let mut ids: Vec<(&String, &String)> = p.names.iter().collect();
            ids.sort_by_key(|(id, _)| std::cmp::Reverse(id.len()));
            ids.iter().fold(r.clone(), |text, (id, name)| {
                text.replace(id.as_str(), name)
            })
        }),
        relax,
        twins: p.instance.twins.len(),
        hosts: p.instance.mentors.len(),
        pairs,
        unmatched,
        blocking,
        cities,
        lines,
    }
}
