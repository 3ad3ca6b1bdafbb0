//! Matching rounds: gather the submitted profiles of a cohort, score every Twin–host pair,
//! solve the matching with `twinning-solver`, and build the report the pages and the API
//! show: each pair with its parts and the sentence that explains it, why each Twin did not
//! get its best other host, two alternates with room, unmatched Twins with the reason, the
//! blocking pairs, and the cities for the map. Everything is stored with the round.

mod memory;
mod report;
mod settings;

use std::collections::{BTreeMap, HashMap};
use std::time::{Duration, Instant};

use twinning_solver::matching::{self, Group, Instance, Mentor, Pair, PairRef, Solution, Twin};

use super::Error;
use crate::db::DbConnection;
use crate::db::models::profile::{self, StoredProfile};
use crate::db::models::round::{self, NewRound, RoundRow};
use crate::db::models::{audit, city, cohort};
use crate::db::schema::{host_cities, hosts};
use crate::domain::id::CityId;
use crate::domain::profile::ProfileRole;
use crate::domain::scoring::{self, Side};

use crate::domain::id::CohortId;
use crate::domain::id::RoundId;
pub use memory::{earlier_unmatched, host_feedback, hosted_elsewhere};
use report::report;
pub use report::{
    Alternate, BlockingPair, Change, MapCity, MapLine, PairReport, Report, UnmatchedReport,
};
use settings::check;
pub use settings::{PairChoice, RoundSettings};

/// A host of the round.
pub(super) struct HostIn {
    pub(super) id: String,
    pub(super) name: String,
    pub(super) capacity: i64,
    pub(super) side: Side,
    /// The cities it is (a pilot activity may be several): none is ever its own Twin.
    pub(super) cities: Vec<String>,
}

/// A Twin of the round.
pub(super) struct TwinIn {
    pub(super) id: String,
    pub(super) side: Side,
    pub(super) interests: Vec<String>,
}

fn side_of(
    stored: &StoredProfile,
    name: &str,
    country: &str,
    places: Vec<(f64, f64)>,
    population: i32,
    languages: &[String],
) -> Side {
    let p = &stored.profile;
    Side {
        name: name.to_owned(),
        country: country.to_owned(),
        places,
        population: p.population.or(Some(population)).map(i64::from),
        languages: if p.languages.is_empty() {
            languages.to_vec()
        } else {
            p.languages.clone()
        },
        coastal: p.coastal,
        climate_zone: p.climate_zone.clone(),
        themes: p.themes.clone(),
        feedback: None,
    }
}

/// The submitted Twins and hosts of a cohort.
fn participants(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
) -> Result<(Vec<TwinIn>, Vec<HostIn>), Error> {
    let submitted: Vec<StoredProfile> = profile::latest_submitted_of_cohort(conn, cohort_id)?;
    let mut cities = HashMap::new();
    for c in city::all(conn)? {
        cities.insert(c.city.id.clone(), c.city);
    }
    let mut twins = Vec::new();
    let mut host_profiles: HashMap<CityId, &StoredProfile> = HashMap::new();
    // A city whose invitation was revoked has withdrawn: it takes no part.
    let withdrawn: std::collections::HashSet<(CityId, ProfileRole)> =
        crate::db::models::invitation::of_cohort(conn, cohort_id)?
            .into_iter()
            .filter(|(i, _)| i.revoked_at.is_some())
            .map(|(i, _)| (i.city_id, i.role))
            .collect();
    for s in &submitted {
        if withdrawn.contains(&(s.row.city_id.clone(), s.row.role)) {
            continue;
        }
        let Some(c) = cities.get(&s.row.city_id) else {
            continue;
        };
        if s.row.role == ProfileRole::Twin {
            twins.push(TwinIn {
                id: c.id.to_string(),
                side: side_of(
                    s,
                    &c.name,
                    &c.country,
                    vec![(c.lat, c.lon)],
                    c.population,
                    &c.language_list(),
                ),
                interests: s.profile.interests.clone(),
            });
        } else {
            host_profiles.insert(c.id.clone(), s);
        }
    }
    use diesel::prelude::*;
    let rows: Vec<(String, String, CityId)> = hosts::table
        .inner_join(host_cities::table)
        .filter(hosts::cohort_id.eq(cohort_id))
        .order((hosts::name, hosts::id))
        .select((hosts::id, hosts::name, host_cities::city_id))
        .load(conn)?;
    let mut grouped: BTreeMap<(String, String), Vec<CityId>> = BTreeMap::new();
    for (id, name, city_id) in rows {
        grouped.entry((name, id)).or_default().push(city_id);
    }
    let mut out = Vec::new();
    for ((name, id), city_ids) in grouped {
        let Some(first) = city_ids.iter().find_map(|c| host_profiles.get(c)) else {
            continue;
        };
        let places: Vec<(f64, f64)> = city_ids
            .iter()
            .filter_map(|c| cities.get(c))
            .map(|c| (c.lat, c.lon))
            .collect();
        let Some(home) = cities.get(&first.row.city_id) else {
            continue;
        };
        let mut side = side_of(
            first,
            &name,
            &home.country,
            places,
            home.population,
            &home.language_list(),
        );
        // Every city of a multi-city host shows its practices.
        side.themes = city_ids
            .iter()
            .filter_map(|c| host_profiles.get(c))
            .flat_map(|p| p.profile.themes.iter().cloned())
            .collect();
        out.push(HostIn {
            capacity: i64::from(first.profile.capacity.unwrap_or(1)),
            id,
            name,
            side,
            cities: city_ids.iter().map(ToString::to_string).collect(),
        });
    }
    twins.sort_by(|a, b| a.side.name.cmp(&b.side.name));
    Ok((twins, out))
}

/// Who may take part in a round: the Twins, then the hosts, as (id, name), by name.
pub type Roster = (Vec<(String, String)>, Vec<(String, String)>);

/// The Twins and hosts that submitted to a cohort: (id, name) each, by name.
pub fn roster(conn: &mut DbConnection, cohort_id: &CohortId) -> Result<Roster, Error> {
    let (twins, hosts) = participants(conn, cohort_id)?;
    Ok((
        twins.into_iter().map(|t| (t.id, t.side.name)).collect(),
        hosts.into_iter().map(|h| (h.id, h.name)).collect(),
    ))
}

/// A round ready to solve: the instance, and what the report needs.
pub struct Prepared {
    cohort_id: CohortId,
    settings: RoundSettings,
    instance: Instance,
    names: HashMap<String, String>,
    sides: HashMap<String, Side>,
    ranks: HashMap<(String, String), usize>,
    places: HashMap<String, (f64, f64)>,
    capacity: HashMap<String, i64>,
    started: Instant,
    /// The round a re-match starts from, and its pairs (Twin id, host id).
    pub(crate) parent_id: Option<RoundId>,
    before: Vec<(String, String)>,
    /// Pairs proposed before, kept unless changing them pays `change_penalty`.
    kept: std::collections::HashSet<(String, String)>,
    /// The Twins given priority (`earlier_unmatched_bonus` above 0) for having been left
    /// unmatched in an earlier round of the programme.
    priority: std::collections::HashSet<String>,
    /// The hosts whose room the programme's cap cut: the Twins they were proposed in the
    /// programme's other cohorts, by host id.
    capped: HashMap<String, i64>,
}

impl Prepared {
    /// Twins and hosts taking part.
    pub fn size(&self) -> (usize, usize) {
        (self.instance.twins.len(), self.instance.mentors.len())
    }
}

/// Gathers the participants, checks the settings and scores every pair.
pub fn prepare(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    settings: RoundSettings,
) -> Result<Prepared, Error> {
    prepare_from(conn, cohort_id, settings, None)
}

/// What a re-match starts from: the parent round, its pairs, and the proposed pairs to keep.
pub struct Start {
    /// Parent round id.
    pub parent_id: RoundId,
    /// The parent's pairs.
    pub before: Vec<(String, String)>,
    /// Proposed pairs still standing (kept unless changing them pays the penalty).
    pub kept: std::collections::HashSet<(String, String)>,
}

/// Like [`prepare`], starting from an earlier round.
pub fn prepare_from(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    settings: RoundSettings,
    start: Option<Start>,
) -> Result<Prepared, Error> {
    let started = Instant::now();
    if cohort::get(conn, cohort_id)?.is_none() {
        return Err(Error::not_found("cohort", cohort_id.to_owned()));
    }
    super::archive::ensure_open(conn, cohort_id)?;
    let (mut twins, mut hosts) = participants(conn, cohort_id)?;
    check(&settings, &twins, &hosts)?;
    if let Some(chosen) = &settings.twins {
        twins.retain(|t| chosen.contains(&t.id));
    }
    if let Some(chosen) = &settings.hosts {
        hosts.retain(|h| chosen.contains(&h.id));
    }
    // The host's past feedback, when the round counts it.
    if settings.weights.feedback > 0.0 {
        let ids: Vec<(String, Vec<String>)> = hosts
            .iter()
            .map(|h| (h.id.clone(), h.cities.clone()))
            .collect();
        let rated = host_feedback(conn, cohort_id, &ids)?;
        for h in &mut hosts {
            h.side.feedback = rated.get(&h.id).copied();
        }
    }
    // The programme's cap on each host cuts its room by what it hosted elsewhere.
    let mut capped = HashMap::new();
    if let Some(cap) = settings.host_programme_cap {
        let ids: Vec<(String, Vec<String>)> = hosts
            .iter()
            .map(|h| (h.id.clone(), h.cities.clone()))
            .collect();
        let before = hosted_elsewhere(conn, cohort_id, &ids)?;
        for h in &mut hosts {
            let hosted = before.get(&h.id).copied().unwrap_or(0);
            let room = (cap - hosted).max(0);
            if room < h.capacity {
                h.capacity = room;
                capped.insert(h.id.clone(), hosted);
            }
        }
    }
    let mut names = HashMap::new();
    let mut places = HashMap::new();
    for t in &twins {
        names.insert(t.id.clone(), t.side.name.clone());
        places.insert(
            t.id.clone(),
            t.side.places.first().copied().unwrap_or_default(),
        );
    }
    for h in &hosts {
        names.insert(h.id.clone(), h.name.clone());
        places.insert(
            h.id.clone(),
            h.side.places.first().copied().unwrap_or_default(),
        );
    }
    let priority: std::collections::HashSet<String> = if settings.earlier_unmatched_bonus > 0.0 {
        let earlier = earlier_unmatched(conn, cohort_id)?;
        twins
            .iter()
            .filter(|t| earlier.contains(&t.id))
            .map(|t| t.id.clone())
            .collect()
    } else {
        Default::default()
    };
    let mut pairs = Vec::with_capacity(twins.len() * hosts.len());
    let mut ranks = HashMap::new();
    let mut forbidden: Vec<PairRef> = settings
        .forbidden
        .iter()
        .map(|p| PairRef {
            twin: p.twin.to_string(),
            mentor: p.host.to_string(),
        })
        .collect();
    let mut by_country: BTreeMap<(usize, String), Vec<String>> = BTreeMap::new();
    for t in &twins {
        for (hi, h) in hosts.iter().enumerate() {
            // A city invited on both sides is never paired with itself: no such pair.
            if h.cities.contains(&t.id) {
                continue;
            }
            let rank = t.interests.iter().position(|i| i == &h.id).map(|p| p + 1);
            if let Some(r) = rank {
                ranks.insert((t.id.clone(), h.id.clone()), r);
            }
            // Four decimals: exact integers for the network simplex.
            let mut score =
                (scoring::score(&t.side, &h.side, rank, &settings.weights) * 1e4).round() / 1e4;
            if start
                .as_ref()
                .is_some_and(|s| s.kept.contains(&(t.id.clone(), h.id.clone())))
            {
                score += settings.change_penalty;
            }
            if priority.contains(&t.id) {
                score += settings.earlier_unmatched_bonus;
            }
            pairs.push(Pair {
                twin: t.id.clone(),
                mentor: h.id.clone(),
                score,
                load: 1,
            });
            if !settings.same_country && t.side.country == h.side.country {
                forbidden.push(PairRef {
                    twin: t.id.clone(),
                    mentor: h.id.clone(),
                });
            }
            by_country
                .entry((hi, t.side.country.clone()))
                .or_default()
                .push(t.id.clone());
        }
    }
    let groups = by_country
        .into_iter()
        .filter(|(_, ts)| ts.len() as i64 > settings.max_per_country)
        .map(|((hi, country), ts)| Group {
            mentor: hosts[hi].id.clone(),
            twins: ts,
            max: settings.max_per_country,
            label: format!("at most {} from {country}", settings.max_per_country),
        })
        .collect();
    let instance = Instance {
        format: "twinning-matching/1".to_owned(),
        name: format!("cohort {cohort_id}"),
        twins: twins
            .iter()
            .map(|t| Twin {
                id: t.id.clone(),
                demand: 1,
            })
            .collect(),
        mentors: hosts
            .iter()
            .map(|h| Mentor {
                id: h.id.clone(),
                capacity: h.capacity,
            })
            .collect(),
        pairs,
        groups,
        fixed: settings
            .pinned
            .iter()
            .map(|p| PairRef {
                twin: p.twin.to_string(),
                mentor: p.host.to_string(),
            })
            .collect(),
        forbidden,
        allow_unmatched: true,
        unmatched_penalty: 1.0,
    };
    Ok(Prepared {
        cohort_id: cohort_id.to_owned(),
        capacity: hosts.iter().map(|h| (h.id.clone(), h.capacity)).collect(),
        settings,
        instance,
        names,
        sides: twins
            .iter()
            .map(|t| (t.id.clone(), t.side.clone()))
            .chain(hosts.iter().map(|h| (h.id.clone(), h.side.clone())))
            .collect(),
        ranks,
        places,
        started,
        parent_id: start.as_ref().map(|s| s.parent_id.clone()),
        before: start.as_ref().map(|s| s.before.clone()).unwrap_or_default(),
        kept: start.map(|s| s.kept).unwrap_or_default(),
        priority,
        capped,
    })
}

/// The solver options of the settings.
pub fn options(settings: &RoundSettings) -> matching::Options {
    matching::Options {
        time_limit: settings.time_limit_seconds.map(Duration::from_secs_f64),
        fair: settings.fair,
    }
}

/// A solved round, not yet stored.
pub struct Solved {
    prepared: Prepared,
    solution: Solution,
    report: Report,
    seconds: f64,
}

/// Solves a prepared round (no database: run it off the web workers) and builds its report.
pub fn solve(prepared: Prepared) -> Result<Solved, Error> {
    let solution = matching::solve(&prepared.instance, &options(&prepared.settings))
        .map_err(|e| Error::failed("the matching solver", e))?;
    let report = report(&prepared, &solution);
    let seconds = prepared.started.elapsed().as_secs_f64();
    Ok(Solved {
        prepared,
        solution,
        report,
        seconds,
    })
}

/// Stores a solved round; returns its row.
pub fn store(conn: &mut DbConnection, solved: &Solved, actor: &str) -> Result<RoundRow, Error> {
    // Checked again here, in the transaction that stores: the cohort may have been
    // archived while the round was solving.
    super::archive::ensure_open(conn, &solved.prepared.cohort_id)?;
    let id = RoundId::generate();
    let json = |e: serde_json::Error| Error::failed("writing the round as JSON", e);
    let settings = serde_json::to_string(&solved.prepared.settings).map_err(json)?;
    let report = serde_json::to_string(&solved.report).map_err(json)?;
    let number = round::insert(
        conn,
        &NewRound {
            id: &id,
            cohort_id: &solved.prepared.cohort_id,
            status: &solved.report.status,
            settings: &settings,
            instance: &solved.prepared.instance.to_json(),
            result: &solved.solution.to_json(),
            report: &report,
            solver_version: twinning_solver::VERSION,
            seconds: solved.seconds,
            created_by: actor,
            parent_id: solved.prepared.parent_id.as_ref(),
        },
    )?;
    audit::record(
        conn,
        actor,
        "match",
        "round",
        &id,
        &format!(
            "round {number} of cohort {}: {} pairs, {}",
            solved.prepared.cohort_id,
            solved.report.pairs.len(),
            solved.report.status
        ),
    )?;
    round::get(conn, &id)?.ok_or_else(|| Error::Bug("stored round vanished".to_owned()))
}

/// The report of a stored round.
pub fn report_of(row: &RoundRow) -> Result<Report, Error> {
    serde_json::from_str(&row.report)
        .map_err(|e| Error::failed(format!("reading round {}'s report", row.id), e))
}

/// The settings of a stored round.
pub fn settings_of(row: &RoundRow) -> Result<RoundSettings, Error> {
    serde_json::from_str(&row.settings)
        .map_err(|e| Error::failed(format!("reading round {}'s settings", row.id), e))
}

/// Solves a stored round's exact instance again (what "the same result" is checked by).
pub fn resolve_stored(row: &RoundRow) -> Result<Solution, Error> {
    let instance = Instance::from_json(row.instance.as_bytes())
        .map_err(|e| Error::failed(format!("reading round {}'s instance", row.id), e))?;
    matching::solve(&instance, &options(&settings_of(row)?))
        .map_err(|e| Error::failed("the matching solver", e))
}
