//! Visit scheduling: the technical visits of a cohort's published pairs, planned in one
//! action inside the programme calendar, moved by hand under the same rules, published
//! with what changed, and shown as itineraries and calendar feeds.
//!
//! Data flows one way: database → [`prepare`] (a `twinning-visits/1` instance) →
//! [`solve`] (the solver crate, off the web workers) → [`store`].
//!
//! [`plan`] runs the solver, [`moves`] changes one visit by hand, [`publish`] tells the
//! participants, [`views`] shows visits as itineraries; this file reads the [`Context`]
//! they all start from.

pub mod moves;
pub mod plan;
pub mod publish;
pub mod views;

use crate::domain::id::CityId;
use crate::domain::id::HostId;
pub use crate::domain::itinerary::{AgendaDay, AgendaEntry, Participant, VisitView};
pub use moves::{VisitUpdate, set_agenda, update};
pub use plan::{Planned, Prepared, plan_cohort, prepare, solve, store};
pub use publish::{
    ChangeView, EmailTally, Preview, Published, changes, expect_schedule, preview, publish,
    schedule_tag,
};
pub use views::{
    BlackoutView, PlanView, ScheduleView, city_ics, city_views, involves, months, plan_view,
    plan_view_of, view, views, visit_view,
};

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;

use super::Error;
use crate::db::DbConnection;
use crate::db::models::city::City;
use crate::db::models::cohort::{self, CohortWithModules};
use crate::db::models::event::{self, CalendarEvent};
use crate::db::models::profile::{self, StoredProfile};
use crate::db::models::proposal::{self, Proposal};
use crate::db::models::visit::{self, VisitRow};
use crate::domain::cohort::{VisitRules, parse_modules};
use crate::domain::id::CohortId;
use crate::domain::id::ProposalId;
use crate::domain::profile::{ProfileRole, Theme};
use crate::domain::state::{Direction, PairState};

/// Everything about a cohort that planning, checking and showing visits read.
pub struct Context {
    /// The cohort with its modules.
    pub cohort: CohortWithModules,
    /// Blackouts and conferences of its calendar.
    pub events: Vec<CalendarEvent>,
    cities: HashMap<CityId, City>,
    /// Latest profile per (city, role).
    profiles: HashMap<(CityId, ProfileRole), StoredProfile>,
    host_names: HashMap<HostId, String>,
    /// The city a host receives delegations in, and its capacity.
    host_home: HashMap<HostId, (CityId, i64)>,
    /// The cities of each host.
    host_members: HashMap<HostId, Vec<CityId>>,
    /// Live proposals nobody declined, by id.
    pairs: BTreeMap<ProposalId, Proposal>,
    /// Every visit of the cohort.
    pub visits: Vec<VisitRow>,
}

/// Reads a cohort's calendar, pairs, profiles and visits.
pub fn context(conn: &mut DbConnection, cohort_id: &CohortId) -> Result<Context, Error> {
    use crate::db::schema::{host_cities, hosts};
    use diesel::prelude::*;
    let cohort =
        cohort::get(conn, cohort_id)?.ok_or_else(|| Error::not_found("cohort", cohort_id))?;
    let events = event::for_cohort(conn, &cohort.cohort.programme_id, cohort_id)?;
    let cities = crate::db::models::city::all(conn)?
        .into_iter()
        .map(|c| (c.city.id.clone(), c.city))
        .collect();
    let profiles = profile::current_of_cohort(conn, cohort_id)?;
    let rows: Vec<(HostId, String, CityId)> = hosts::table
        .inner_join(host_cities::table)
        .filter(hosts::cohort_id.eq(cohort_id))
        .order((hosts::id, host_cities::city_id))
        .select((hosts::id, hosts::name, host_cities::city_id))
        .load(conn)?;
    let mut host_names = HashMap::new();
    let mut host_home: HashMap<HostId, (CityId, i64)> = HashMap::new();
    let mut host_members: HashMap<HostId, Vec<CityId>> = HashMap::new();
    for (id, name, city_id) in rows {
        host_names.insert(id.clone(), name);
        host_members
            .entry(id.clone())
            .or_default()
            .push(city_id.clone());
        // The first of its cities with a host profile receives the delegations.
        let with_profile = profiles.get(&(city_id.clone(), ProfileRole::Host));
        let capacity = with_profile
            .and_then(|p| p.profile.capacity)
            .map_or(1, i64::from);
        match host_home.get(&id) {
            Some((home, _)) if profiles.contains_key(&(home.clone(), ProfileRole::Host)) => {}
            Some(_) if with_profile.is_none() => {}
            _ => {
                host_home.insert(id, (city_id, capacity));
            }
        }
    }
    let pairs = proposal::live_of_cohort(conn, cohort_id)?
        .into_iter()
        .filter(|p| p.state() != PairState::Declined)
        .map(|p| (p.id.clone(), p))
        .collect();
    let visits = visit::of_cohort(conn, cohort_id)?;
    Ok(Context {
        cohort,
        events,
        cities,
        profiles,
        host_names,
        host_home,
        host_members,
        pairs,
        visits,
    })
}

impl Context {
    fn rules(&self) -> VisitRules {
        let c = &self.cohort.cohort;
        VisitRules {
            twin_to_host: c.visits_twin_to_host,
            host_to_twin: c.visits_host_to_twin,
            days: c.visit_days,
            min_gap_days: c.min_gap_days,
            modules: parse_modules(&c.visit_modules),
        }
    }

    /// A city's name (its id when unknown).
    pub fn city_name(&self, id: &CityId) -> String {
        self.cities
            .get(id)
            .map_or_else(|| id.to_string(), |c| c.name.clone())
    }

    /// A host's name (its id when unknown).
    pub fn host_name(&self, id: &HostId) -> String {
        self.host_names
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.to_string())
    }

    fn profile(&self, city_id: &CityId, role: ProfileRole) -> Option<&StoredProfile> {
        self.profiles.get(&(city_id.clone(), role))
    }

    /// "Cascais to Aarhus, trip 1" or "Aarhus to Cascais, visit back 1".
    pub fn label(&self, v: &VisitRow) -> String {
        let kind = if v.direction == Direction::Outward {
            "trip"
        } else {
            "visit back"
        };
        format!(
            "{} to {}, {kind} {}",
            self.city_name(&v.guest_city_id),
            self.city_name(&v.host_city_id),
            v.position
        )
    }

    /// The window of the `i`-th visit of a pair: its module, or the whole cohort.
    fn window(&self, rules: &VisitRules, i: usize) -> (NaiveDate, NaiveDate) {
        let c = &self.cohort.cohort;
        rules
            .modules
            .get(i)
            .and_then(|&m| self.cohort.modules.iter().find(|r| r.position == m))
            .map_or((c.starts_on, c.ends_on), |m| (m.starts_on, m.ends_on))
    }

    fn themes(&self, city_id: &CityId, role: ProfileRole) -> Vec<Theme> {
        self.profile(city_id, role)
            .map(|p| p.profile.themes.clone())
            .unwrap_or_default()
    }

    /// The practices of a host: those of every city of it that gave a profile.
    fn host_themes(&self, host_id: &HostId) -> Vec<Theme> {
        self.host_members
            .get(host_id)
            .into_iter()
            .flatten()
            .flat_map(|city| self.themes(city, ProfileRole::Host))
            .collect()
    }

    /// Replaces ids in a solver reason with names.
    fn humanise(&self, text: &str, labels: &HashMap<String, String>) -> String {
        let mut out = text.to_owned();
        for (id, label) in labels {
            out = out.replace(id.as_str(), label);
        }
        for (id, c) in &self.cities {
            if out.contains(id.as_str()) {
                out = out.replace(id.as_str(), &c.name);
            }
        }
        out
    }
}
