//! What a city answering a proposal sees of it: the other side, its cities and the travel
//! to them, why the round paired them, and where the answers stand.

use super::{ProposalView, host_name, round_row, views};
use crate::db::DbConnection;
use crate::db::models::{city, proposal};
use crate::domain::id::{CityId, CohortId, HostId};
use crate::domain::state::{Answer, PairState};
use crate::ops::Error;
use crate::ops::rounds;

/// A city of the other side of a proposal, as the city answering sees it.
#[derive(Debug, Clone)]
pub struct PartnerCity {
    /// Name.
    pub name: String,
    /// ISO country code.
    pub country: String,
    /// Inhabitants (indicative: the populated place).
    pub population: i32,
    /// The travel from the answering city (`domain::itinerary`): distance and mode.
    pub travel: crate::domain::itinerary::Travel,
}

/// A proposal as a city answering it sees it: who the other side is, why the round paired
/// them, and where the answers stand.
#[derive(Debug, Clone)]
pub struct CityProposal {
    /// The proposal.
    pub proposal: ProposalView,
    /// The city answers as the Twin (else as one of the host's cities).
    pub as_twin: bool,
    /// The other side's name.
    pub partner: String,
    /// What the other side is in the programme ("Twin City", "Mission City", ...).
    pub partner_role: &'static str,
    /// The other side's cities (one, or several for a pilot activity).
    pub partner_cities: Vec<PartnerCity>,
    /// Why the round paired them, as the round explained it to the managers.
    pub explanation: String,
    /// The same from its parts, for a page to say in its reader's language: the Twin's
    /// and the host's names as the round wrote them, and the pair's score parts.
    pub why: Option<(String, String, crate::domain::scoring::Parts)>,
    /// The Twin's challenges the host covers.
    pub covered: Vec<String>,
    /// The city's own answer.
    pub mine: Answer,
    /// When both sides accepted (the last answer).
    pub accepted_on: Option<chrono::NaiveDateTime>,
    /// The side that declined, named, if one did.
    pub declined_by: Option<String>,
}

/// The live proposals of a city in a cohort, each with its partner and its reason.
pub fn for_city(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    city_id: &CityId,
) -> Result<Vec<CityProposal>, Error> {
    let mine = proposal::live_for_city(conn, cohort_id, city_id)?;
    let Some(me) = city::get(conn, city_id)? else {
        return Ok(Vec::new());
    };
    let me = me.city;
    let host_cities = crate::db::models::invitation::host_cities_of_cohort(conn, cohort_id)?;
    let mut reports = std::collections::HashMap::new();
    let mut out = Vec::new();
    for p in mine {
        let as_twin = p.twin_city_id == city_id;
        let (partner, partner_role, ids) = if as_twin {
            let kind = host_kind(conn, &p.host_id)?;
            let ids: Vec<CityId> = host_cities
                .iter()
                .filter(|(h, _)| h == &p.host_id)
                .map(|(_, c)| c.clone())
                .collect();
            let role = if kind == "pilot_activity" {
                "Pilot City activity"
            } else {
                "Mission City"
            };
            (host_name(conn, &p.host_id)?, role, ids)
        } else {
            let name = city::get(conn, &p.twin_city_id)?
                .map(|c| c.city.name)
                .unwrap_or_default();
            (name, "Twin City", vec![p.twin_city_id.clone()])
        };
        let mut partner_cities = Vec::new();
        for id in ids {
            if let Some(c) = city::get(conn, &id)? {
                let c = c.city;
                partner_cities.push(PartnerCity {
                    travel: crate::domain::itinerary::travel(
                        (me.lat, me.lon),
                        &me.country,
                        (c.lat, c.lon),
                        &c.country,
                        None,
                    ),
                    name: c.name,
                    country: c.country,
                    population: c.population,
                });
            }
        }
        if !reports.contains_key(&p.round_id) {
            let report = rounds::report_of(&round_row(conn, &p.round_id)?)?;
            reports.insert(p.round_id.clone(), report);
        }
        let pair = reports.get(&p.round_id).and_then(|r| {
            r.pairs
                .iter()
                .find(|x| x.twin_id == p.twin_city_id && x.host_id == p.host_id)
        });
        let (explanation, covered) = pair.map_or_else(
            || (String::new(), Vec::new()),
            |x| (x.explanation.clone(), x.parts.covered.clone()),
        );
        let why = pair.map(|x| (x.twin.clone(), x.host.clone(), x.parts.clone()));
        let accepted_on = (p.state() == PairState::Accepted).then_some(p.updated_at);
        let view = views(conn, vec![p])?
            .pop()
            .ok_or_else(|| Error::Bug("a proposal without its view".to_owned()))?;
        let declined_by = if view.twin_answer == Answer::Declined {
            Some(view.twin.clone())
        } else if view.host_answer == Answer::Declined {
            Some(view.host.clone())
        } else {
            None
        };
        out.push(CityProposal {
            mine: if as_twin {
                view.twin_answer
            } else {
                view.host_answer
            },
            proposal: view,
            as_twin,
            partner,
            partner_role,
            partner_cities,
            explanation,
            why,
            covered,
            accepted_on,
            declined_by,
        });
    }
    Ok(out)
}

fn host_kind(conn: &mut DbConnection, id: &HostId) -> Result<String, Error> {
    use crate::db::schema::hosts;
    use diesel::prelude::*;
    Ok(hosts::table
        .find(id)
        .select(hosts::kind)
        .first::<String>(conn)
        .optional()?
        .unwrap_or_default())
}
