//! `twinning demo`: illustrative example profiles for the documented pairings of cohort 2
//! of the Twinning Learning Programme (`config/seed/pairings.csv`), labelled as examples in
//! the data (`is_example`) and the names, and a matching round on them.
//!
//! The pairings are facts; the profiles are not the cities' own: each Twin's challenges
//! follow what its real host is known for, and each Twin ranks its real host first. The
//! round then shows whether the optimisation finds the pairs the programme made by hand,
//! and why.

use serde::Serialize;

use crate::db::DbConnection;
use crate::db::models::invitation::{self, NewInvitation};
use crate::db::models::profile::{self, Target};
use crate::db::models::{city, cohort as cohort_model, programme};
use crate::domain::calendar::{EventDetails, EventKind};
use crate::domain::city::{Country, city_id};
use crate::domain::cohort::{CohortDetails, CohortFields, ModuleFields};
use crate::domain::id::CityId;
use crate::domain::id::CohortId;
use crate::domain::id::RoundId;
use crate::domain::id::VisitId;
use crate::domain::profile::{Contact, Profile, ProfileRole, Theme};
use crate::mail::Letterhead;
use crate::ops::Error;
use crate::ops::cohorts::create_cohort;
use crate::ops::rounds::{self, Report, RoundSettings};
use crate::ops::visits::{self, VisitView};
use crate::secret;

/// The programme the example data lives in.
pub const PROGRAMME: &str = "Twinning Learning Programme (example data)";

/// A host of the example cohort: a pilot activity of one or more cities.
pub struct DemoHost {
    /// The activity, as in pairings.csv.
    pub activity: &'static str,
    /// Its cities: name, ISO country.
    pub cities: &'static [(&'static str, &'static str)],
    /// What it can show: domain, lever, priority, text.
    pub practices: &'static [(&'static str, &'static str, i32, &'static str)],
}

/// A Twin of the example cohort and its documented host.
pub struct DemoTwin {
    /// Name as in cities.csv.
    pub name: &'static str,
    /// ISO country.
    pub country: &'static str,
    /// The activity of its documented host.
    pub host: &'static str,
    /// Its second choice.
    pub second: &'static str,
    /// What it wants to learn: domain, lever, priority, text.
    pub needs: &'static [(&'static str, &'static str, i32, &'static str)],
    /// Municipal population when the town's (GeoNames) is misleading.
    pub population: Option<i32>,
}

/// The hosts of cohort 2 (pairings.csv).
pub const HOSTS: &[DemoHost] = &[
    DemoHost {
        activity: "CO-SHAPE",
        cities: &[("Aarhus", "DK")],
        practices: &[
            (
                "energy",
                "participation",
                1,
                "CO-SHAPE: co-shaping peri-urban areas with residents",
            ),
            ("energy", "technology", 1, "energy park"),
            ("nature", "participation", 2, "participatory planning"),
            ("nature", "governance", 1, "green spaces"),
            ("mobility", "technology", 1, "light mobility"),
            ("buildings", "social-innovation", 2, "sustainable housing"),
            ("buildings", "finance", 1, "energy efficiency"),
        ],
    },
    DemoHost {
        activity: "Lx Climate Lab",
        cities: &[("Lisbon", "PT")],
        practices: &[
            (
                "energy",
                "data",
                1,
                "climate lab for testing policies with data",
            ),
            (
                "buildings",
                "technology",
                2,
                "retrofitting public buildings",
            ),
            ("mobility", "governance", 2, "low-emission zone"),
        ],
    },
    DemoHost {
        activity: "CF4Cities",
        cities: &[("Klagenfurt", "AT"), ("Gozo", "MT"), ("Vilnius", "LT")],
        practices: &[
            (
                "energy",
                "finance",
                1,
                "climate funding and investment plans",
            ),
            ("buildings", "finance", 1, "financing building renovation"),
            ("energy", "governance", 2, "climate budgeting"),
        ],
    },
    DemoHost {
        activity: "MODENT",
        cities: &[("Pécs", "HU"), ("Miskolc", "HU")],
        practices: &[
            (
                "energy",
                "learning",
                1,
                "modelling energy transition pathways",
            ),
            ("energy", "governance", 2, "district heating planning"),
            ("buildings", "data", 2, "building stock model"),
        ],
    },
    DemoHost {
        activity: "COMET - Espoo Climate Community",
        cities: &[("Espoo", "FI")],
        practices: &[
            (
                "energy",
                "social-innovation",
                1,
                "climate community of companies and residents",
            ),
            (
                "buildings",
                "participation",
                2,
                "neighbourhood energy communities",
            ),
            ("mobility", "social-innovation", 3, "shared mobility"),
        ],
    },
    DemoHost {
        activity: "FLEX4U - Flexumers4Future",
        cities: &[("Copenhagen", "DK")],
        practices: &[
            ("energy", "technology", 1, "flexible energy consumers"),
            ("energy", "data", 1, "smart metering data"),
            ("buildings", "technology", 2, "heat pumps"),
        ],
    },
    DemoHost {
        activity: "Mars2030ClimatNowAct",
        cities: &[("Marseille", "FR")],
        practices: &[
            ("waste", "participation", 1, "citizen climate action"),
            (
                "nature",
                "social-innovation",
                2,
                "urban cooling and green corridors",
            ),
            ("mobility", "governance", 2, "public transport plan"),
        ],
    },
    DemoHost {
        activity: "The Climate Hall Lyon 2030",
        cities: &[("Lyon", "FR")],
        practices: &[
            (
                "energy",
                "governance",
                1,
                "a climate hall for city-wide governance",
            ),
            (
                "buildings",
                "participation",
                2,
                "residents' renovation support",
            ),
            ("waste", "social-innovation", 2, "circular economy"),
        ],
    },
    DemoHost {
        activity: "CoPilot Lund",
        cities: &[("Lund", "SE")],
        practices: &[
            ("industry", "technology", 1, "industrial energy efficiency"),
            ("energy", "participation", 1, "co-creation with business"),
            ("mobility", "learning", 2, "sustainable commuting"),
        ],
    },
];

/// The Twins of cohort 2 (pairings.csv), each with its documented host.
pub const TWINS: &[DemoTwin] = &[
    DemoTwin {
        name: "Cascais",
        country: "PT",
        host: "CO-SHAPE",
        second: "CoPilot Lund",
        needs: &[
            ("nature", "governance", 1, "green spaces"),
            ("mobility", "technology", 1, "light mobility"),
            ("buildings", "social-innovation", 2, "sustainable housing"),
            ("buildings", "finance", 1, "energy efficiency"),
        ],
        population: Some(214_124),
    },
    DemoTwin {
        name: "Courcy (Grand Reims)",
        country: "FR",
        host: "Lx Climate Lab",
        second: "The Climate Hall Lyon 2030",
        needs: &[
            ("energy", "data", 1, "data-driven climate policy"),
            (
                "buildings",
                "technology",
                2,
                "retrofitting public buildings",
            ),
            ("mobility", "governance", 3, "low-emission zones"),
        ],
        population: None,
    },
    DemoTwin {
        name: "Chalkida",
        country: "GR",
        host: "CF4Cities",
        second: "MODENT",
        needs: &[
            ("energy", "finance", 1, "funding the climate plan"),
            ("buildings", "finance", 1, "financing renovation"),
        ],
        population: None,
    },
    DemoTwin {
        name: "Szombathely",
        country: "HU",
        host: "MODENT",
        second: "CF4Cities",
        needs: &[
            ("energy", "learning", 1, "energy transition modelling"),
            ("energy", "governance", 2, "district heating"),
        ],
        population: None,
    },
    DemoTwin {
        name: "Amersfoort",
        country: "NL",
        host: "COMET - Espoo Climate Community",
        second: "FLEX4U - Flexumers4Future",
        needs: &[
            (
                "energy",
                "social-innovation",
                1,
                "a climate community with businesses",
            ),
            ("buildings", "participation", 2, "energy communities"),
        ],
        population: None,
    },
    DemoTwin {
        name: "Fuenlabrada",
        country: "ES",
        host: "FLEX4U - Flexumers4Future",
        second: "COMET - Espoo Climate Community",
        needs: &[
            ("energy", "technology", 1, "demand flexibility"),
            ("energy", "data", 2, "smart meters"),
            ("buildings", "technology", 2, "heat pumps in social housing"),
        ],
        population: None,
    },
    DemoTwin {
        name: "Sant Boi de Llobregat",
        country: "ES",
        host: "Mars2030ClimatNowAct",
        second: "The Climate Hall Lyon 2030",
        needs: &[
            ("waste", "participation", 1, "citizen action"),
            (
                "nature",
                "social-innovation",
                1,
                "urban heat and green corridors",
            ),
        ],
        population: None,
    },
    DemoTwin {
        name: "Milton Keynes",
        country: "GB",
        host: "The Climate Hall Lyon 2030",
        second: "Mars2030ClimatNowAct",
        needs: &[
            (
                "energy",
                "governance",
                1,
                "climate governance across the city",
            ),
            ("waste", "social-innovation", 2, "circular economy"),
        ],
        population: None,
    },
    DemoTwin {
        name: "Plymouth",
        country: "GB",
        host: "CoPilot Lund",
        second: "CO-SHAPE",
        needs: &[
            (
                "industry",
                "technology",
                1,
                "port and industry decarbonisation",
            ),
            ("energy", "participation", 2, "co-creation with business"),
        ],
        population: None,
    },
];

fn id_of(name: &str, country: &str) -> Result<CityId, Error> {
    Ok(city_id(&Country::parse("country", country)?, name))
}

fn themes(list: &[(&str, &str, i32, &str)]) -> Vec<Theme> {
    list.iter()
        .map(|(d, l, p, t)| Theme {
            domain: (*d).into(),
            lever: (*l).into(),
            priority: *p,
            description: (*t).into(),
        })
        .collect()
}

fn example_profile(name: &str, country: &str, themes: Vec<Theme>) -> Profile {
    let slug = deunicode::deunicode(name)
        .to_lowercase()
        .replace(|c: char| !c.is_ascii_alphanumeric(), "-");
    let mut languages = vec![crate::i18n::of_country(country).to_owned()];
    if languages[0] != "en" {
        languages.push("en".to_owned());
    }
    Profile {
        organisation: format!("{name} (example profile)"),
        languages,
        delegation_size: Some(4),
        contacts: vec![Contact {
            name: format!("Example contact of {name}"),
            email: format!("{slug}@example.org"),
            role: "Climate officer (example)".to_owned(),
            language: crate::i18n::of_country(country).to_owned(),
        }],
        themes,
        ..Profile::default()
    }
}

/// What `twinning demo` made.
#[derive(Debug, Serialize)]
pub struct DemoSummary {
    /// The example cohort.
    pub cohort_id: CohortId,
    /// Its name.
    pub cohort: String,
    /// The round run on it.
    pub round_id: RoundId,
    /// Its number.
    pub round: i32,
    /// Scoring and solving, seconds.
    pub seconds: f64,
    /// The report.
    pub report: Report,
    /// The visits planned for the pairs and published, in the cohort calendar.
    pub visits: Vec<VisitView>,
    /// The emails the publishing queued, as they stand.
    pub emails: Vec<DemoEmail>,
    /// The example feedback after the visits that have ended.
    pub feedback: Vec<crate::ops::feedback::FeedbackView>,
    /// Cascais's example Replication Plan, built on Aarhus's CO-SHAPE practice.
    pub plan: Option<crate::ops::plans::ReplicationPlanView>,
    /// The cohort's report once all this is done (`twinning demo` fills it in with the
    /// configured travel rates).
    pub cohort_report: Option<crate::ops::report::CohortReport>,
}

/// An email of the demo, as listed.
#[derive(Debug, Serialize)]
pub struct DemoEmail {
    /// To.
    pub to: String,
    /// Subject.
    pub subject: String,
    /// Where it stands.
    pub status: crate::domain::state::EmailStatus,
    /// The file written (file transport) or the server's reply.
    pub delivered_as: String,
    /// Why it was not sent.
    pub error: String,
}

/// The emails of the example cohort, oldest first.
pub fn emails(conn: &mut DbConnection, cohort_id: &CohortId) -> Result<Vec<DemoEmail>, Error> {
    let filter = crate::db::models::outbox::Filter {
        cohort_id: Some(cohort_id.to_owned()),
        ..Default::default()
    };
    let mut rows = crate::db::models::outbox::list(conn, &filter, 100_000, 0)?.items;
    rows.reverse();
    Ok(rows
        .into_iter()
        .map(|r| DemoEmail {
            to: r.recipient,
            subject: r.subject,
            status: r.status,
            delivered_as: r.delivered_as,
            error: r.last_error,
        })
        .collect())
}

/// Loads the example cohort (or finds it) and its example profiles, in the caller's
/// transaction; returns the cohort id.
pub fn load(conn: &mut DbConnection, actor: &str) -> Result<CohortId, Error> {
    let programme_id = match programme::list(conn, crate::db::models::Listing::All, 500, 0)?
        .items
        .into_iter()
        .find(|p| p.name == PROGRAMME)
    {
        Some(p) => p.id,
        None => crate::ops::cohorts::create_programme(
            conn,
            PROGRAMME,
            "Illustrative example profiles for the documented pairings of cohort 2; not the cities' own data.",
            actor,
        )?,
    };
    if let Some(existing) = cohort_model::list(
        conn,
        Some(&programme_id),
        crate::db::models::Listing::All,
        10,
        0,
    )?
    .items
    .into_iter()
    .find(|c| c.cohort.number == 2)
    {
        return Ok(existing.cohort.id);
    }
    let d = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a date");
    let details = CohortDetails::try_from(CohortFields {
        programme_id: &programme_id,
        number: 2,
        name: "Cohort 2 (example data)",
        call_opens: d("2024-04-01"),
        call_closes: d("2024-06-30"),
        starts_on: d("2024-09-01"),
        ends_on: d("2026-05-31"),
        modules: vec![
            ModuleFields {
                name: "Getting started",
                starts_on: d("2024-09-01"),
                ends_on: d("2025-02-28"),
            },
            ModuleFields {
                name: "Co-creating",
                starts_on: d("2025-03-01"),
                ends_on: d("2025-12-31"),
            },
            ModuleFields {
                name: "Capitalising",
                starts_on: d("2026-01-01"),
                ends_on: d("2026-05-31"),
            },
        ],
        visit_rules: [2, 1, 3, 60],
        // The Twin's first trip and the visit back in Co-creating, its second in Capitalising.
        visit_modules: vec![2, 2, 3],
        // The programme's cap is not public: the example sets none.
        reimbursement_cap: Ok(None),
    })?;
    // Holidays a manager would add; the Cities Mission conferences are seeded for everyone.
    let blackouts = [
        ("Winter holidays", "2024-12-23", "2025-01-03"),
        ("Summer holidays", "2025-07-14", "2025-08-15"),
        ("Winter holidays", "2025-12-22", "2026-01-02"),
    ]
    .into_iter()
    .map(|(label, s, e)| {
        EventDetails::new(None, None, EventKind::Blackout, label, None, d(s), d(e))
    })
    .collect::<Result<Vec<_>, _>>()?;
    let cohort_id = create_cohort(conn, &details, &blackouts, actor)?;
    let mut host_ids = std::collections::HashMap::new();
    for host in HOSTS {
        let (first, country) = host.cities[0];
        let first_id = id_of(first, country)?;
        let host_id = if host.cities.len() == 1 {
            invitation::ensure_host(conn, &cohort_id, &first_id)?
        } else {
            let ids = host
                .cities
                .iter()
                .map(|(n, c)| id_of(n, c))
                .collect::<Result<Vec<_>, _>>()?;
            let names: Vec<&str> = host.cities.iter().map(|(n, _)| *n).collect();
            invitation::add_activity(
                conn,
                &cohort_id,
                &format!("{} ({})", host.activity, names.join(", ")),
                &ids,
            )?
        };
        host_ids.insert(host.activity, host_id);
        invite(conn, &cohort_id, &first_id, ProfileRole::Host, actor)?;
        let mut p = example_profile(first, country, themes(host.practices));
        p.capacity = Some(1);
        save(conn, &cohort_id, &first_id, ProfileRole::Host, &p)?;
    }
    for twin in TWINS {
        let id = id_of(twin.name, twin.country)?;
        invite(conn, &cohort_id, &id, ProfileRole::Twin, actor)?;
        let mut p = example_profile(twin.name, twin.country, themes(twin.needs));
        p.population = twin.population;
        p.interests = vec![
            host_ids[twin.host].to_string(),
            host_ids[twin.second].to_string(),
        ];
        save(conn, &cohort_id, &id, ProfileRole::Twin, &p)?;
    }
    Ok(cohort_id)
}

fn invite(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    city_id: &CityId,
    role: ProfileRole,
    actor: &str,
) -> Result<(), Error> {
    if city::get(conn, city_id)?.is_none() {
        return Err(Error::conflict(
            None,
            format!(
                "the example needs the reference city {city_id}: load the reference cities first"
            ),
        ));
    }
    // The link is not shown: a manager issues one with "New link" when needed.
    invitation::insert(
        conn,
        &NewInvitation {
            cohort_id,
            city_id,
            role,
            email: "",
            token_hash: &secret::hash_secret(&secret::new_secret()),
            days: 365,
            created_by: actor,
        },
    )?;
    Ok(())
}

fn save(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    city_id: &CityId,
    role: ProfileRole,
    p: &Profile,
) -> Result<(), Error> {
    profile::save(
        conn,
        &Target {
            city_id,
            cohort_id,
            role,
            actor: "demo",
        },
        p,
        true,
        true,
    )?;
    Ok(())
}

/// Loads the example cohort and runs a round on it with the default settings.
pub fn run(conn: &mut DbConnection, head: &Letterhead, actor: &str) -> Result<DemoSummary, Error> {
    use crate::db::write_transaction;
    let cohort_id = write_transaction(conn, |conn| load(conn, actor))?;
    let prepared = rounds::prepare(conn, &cohort_id, RoundSettings::default())?;
    let solved = rounds::solve(prepared)?;
    let row = write_transaction(conn, |conn| rounds::store(conn, &solved, actor))?;
    // Propose the pairs, plan their visits in the cohort calendar, publish the schedule.
    write_transaction(conn, |conn| {
        crate::ops::proposals::publish(conn, &row.id, head, actor, false, None)
    })?;
    let planned = visits::solve(visits::prepare(conn, &cohort_id)?)?;
    write_transaction(conn, |conn| {
        visits::store(conn, planned, actor)?;
        visits::publish(conn, &cohort_id, head, actor)
    })?;
    let ctx = visits::context(conn, &cohort_id)?;
    let planned_visits = visits::views(conn, &ctx, |_| true)?;
    let feedback = write_transaction(conn, |conn| example_feedback(conn, &planned_visits))?;
    let plan = write_transaction(conn, |conn| example_plan(conn, &cohort_id))?;
    let emails = emails(conn, &cohort_id)?;
    let cohort = cohort_model::get(conn, &cohort_id)?
        .map(|c| c.cohort.name)
        .unwrap_or_default();
    Ok(DemoSummary {
        cohort_id,
        cohort,
        round_id: row.id.clone(),
        round: row.number,
        seconds: row.seconds,
        report: rounds::report_of(&row)?,
        visits: planned_visits,
        emails,
        feedback,
        plan,
        cohort_report: None,
    })
}

/// The feedback of both sides on Cascais's first trip to Aarhus (May 2025), as they might
/// have given it the day after (illustrative, like the profiles); given once, kept on a
/// second run.
fn example_feedback(
    conn: &mut DbConnection,
    planned: &[VisitView],
) -> Result<Vec<crate::ops::feedback::FeedbackView>, Error> {
    use crate::domain::feedback::FeedbackFields;
    use crate::ops::feedback;
    let Some(v) = planned.iter().find(|v| {
        v.guest_city == "Cascais"
            && v.host_city == "Aarhus"
            && v.direction == crate::domain::state::Direction::Outward
            && v.position == 1
    }) else {
        return Ok(Vec::new());
    };
    let Some(day_after) = v.ends_on.map(|e| e + chrono::Duration::days(1)) else {
        return Ok(Vec::new());
    };
    let sides = [
        (
            &v.guest_city_id,
            FeedbackFields {
                usefulness: "5".to_owned(),
                learnt: "(Example) How Aarhus co-shapes its peri-urban areas with residents, and how its light mobility routes link new housing to green spaces.".to_owned(),
                practices: vec![
                    "nature:governance".to_owned(),
                    "mobility:technology".to_owned(),
                    "buildings:finance".to_owned(),
                ],
                recommend: "yes".to_owned(),
                follow_up: "online".to_owned(),
            },
        ),
        (
            &v.host_city_id,
            FeedbackFields {
                usefulness: "4".to_owned(),
                learnt: "(Example) Cascais's questions on coastal green spaces showed where our own guidance for residents needs examples.".to_owned(),
                practices: Vec::new(),
                recommend: "yes".to_owned(),
                follow_up: "visit".to_owned(),
            },
        ),
    ];
    let mut out = Vec::new();
    for (city, fields) in sides {
        let given = match crate::db::models::feedback::get(conn, &VisitId::from(&v.id), city)? {
            Some(_) => feedback::one(conn, &VisitId::from(&v.id), city)?,
            None => feedback::give(
                conn,
                &VisitId::from(&v.id),
                city,
                None,
                &fields,
                day_after,
                "demo",
            )?,
        };
        out.push(given);
    }
    Ok(out)
}

/// Cascais's Replication Plan (illustrative), built on what it learnt from Aarhus's
/// CO-SHAPE activity: Cascais and Aarhus accept their pair (as they did in cohort 2), the
/// plan is written and submitted before the cohort's end, and the programme team accepts
/// it. Made once, kept on a second run; like the example feedback, without writing to the
/// example addresses (the outbox holds the proposals and itineraries only).
fn example_plan(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
) -> Result<Option<crate::ops::plans::ReplicationPlanView>, Error> {
    use crate::db::models::{invitation as invitations, plan, proposal};
    use crate::domain::plan::ActionFields;
    use crate::ops::plans;
    let invited = invitations::of_cohort(conn, cohort_id)?;
    let find = |name: &str, role: ProfileRole| {
        invited
            .iter()
            .find(|(i, n)| n == name && i.role == role)
            .map(|(i, _)| i.clone())
    };
    let (Some(cascais), Some(aarhus)) = (
        find("Cascais", ProfileRole::Twin),
        find("Aarhus", ProfileRole::Host),
    ) else {
        return Ok(None);
    };
    if !plan::versions(conn, cohort_id, &cascais.city_id)?.is_empty() {
        return plans::one(conn, cohort_id, &cascais.city_id).map(Some);
    }
    let Some(pair) = proposal::live_for_city(conn, cohort_id, &cascais.city_id)?
        .into_iter()
        .find(|p| p.twin_city_id == cascais.city_id)
    else {
        return Ok(None);
    };
    for city in [&cascais.city_id, &aarhus.city_id] {
        crate::ops::proposals::answer(conn, cohort_id, city, &pair.id, true, "")?;
    }
    let ctx = crate::ops::profiles::context(conn, cascais)?;
    let on = crate::ops::profiles::today().min(ctx.cohort.cohort.ends_on);
    let action = |title: &str,
                  practice: &str,
                  owner: &str,
                  dates: (&str, &str),
                  budget: &str,
                  status: &str,
                  indicator: &str,
                  target: (&str, &str)| ActionFields {
        title: title.to_owned(),
        practice: practice.to_owned(),
        owner: owner.to_owned(),
        starts_on: dates.0.to_owned(),
        ends_on: dates.1.to_owned(),
        budget_eur: budget.to_owned(),
        status: status.to_owned(),
        indicator: indicator.to_owned(),
        target_value: target.0.to_owned(),
        target_unit: target.1.to_owned(),
    };
    let actions = [
        action(
            "(Example) Co-shape the peri-urban area of Alcabideche with its residents",
            "energy:participation",
            "Climate team, Cascais Ambiente",
            ("2025-09-01", "2026-06-30"),
            "180000",
            "started",
            "Residents taking part in the co-design workshops",
            ("300", "people"),
        ),
        action(
            "(Example) A green corridor from the new housing to the Sintra-Cascais park",
            "nature:governance",
            "Department of environment",
            ("2026-01-15", "2027-12-31"),
            "450000",
            "planned",
            "Green corridor opened",
            ("4", "km"),
        ),
        action(
            "(Example) Light mobility routes to the new housing areas",
            "mobility:technology",
            "Mobility division",
            ("2026-03-01", "2027-06-30"),
            "250000",
            "planned",
            "Trips by bicycle or scooter in the area",
            ("12", "% of trips"),
        ),
    ];
    let actor = format!("city:{}", ctx.city_name);
    plans::save(conn, &ctx, &actions, on, &actor)?;
    let submitted = plans::submit(conn, &ctx, None, on, &actor, None)?;
    plans::review(
        conn,
        cohort_id,
        &ctx.invitation.city_id,
        submitted.latest().version,
        plans::Decision::Accept,
        "(Example) A clear plan: the co-design workshops follow CO-SHAPE closely. Report the corridor's progress in the Capitalising module.",
        "demo",
        None,
    )
    .map(Some)
}

/// The summary as JSON: per pair, twin, host, score, parts and explanation.
pub fn summary_json(s: &DemoSummary) -> String {
    let pairs: Vec<serde_json::Value> = s
        .report
        .pairs
        .iter()
        .map(|p| {
            serde_json::json!({
                "twin": p.twin, "host": p.host, "score": p.score, "parts": p.parts,
                "explanation": p.explanation, "why_not": p.why_not,
                "alternates": p.alternates.iter().map(|a| &a.host).collect::<Vec<_>>(),
            })
        })
        .collect();
    serde_json::to_string_pretty(&serde_json::json!({
        "example_data": true,
        "cohort_id": s.cohort_id, "cohort": s.cohort, "round_id": s.round_id, "round": s.round,
        "status": s.report.status, "objective": s.report.objective, "seconds": s.seconds,
        "pairs": pairs, "unmatched": s.report.unmatched, "blocking_pairs": s.report.blocking,
        "visits": s.visits.iter().map(|v| serde_json::json!({
            "id": v.id, "twin": v.twin, "host": v.host, "from": v.guest_city, "to": v.host_city,
            "direction": v.direction, "starts_on": v.starts_on, "ends_on": v.ends_on,
            "status": v.status, "reason": v.reason, "sequence": v.sequence,
            "travel": {"mode": v.travel.mode, "distance_km": v.travel.distance_km,
                       "co2_kg_per_traveller": v.travel.co2_kg_per_traveller},
        })).collect::<Vec<_>>(),
        "emails": s.emails,
        "feedback": s.feedback,
        "plan": s.plan,
        "cohort_report": s.cohort_report,
    }))
    .expect("JSON")
}

/// The summary for people.
pub fn summary_text(s: &DemoSummary) -> String {
    use std::fmt::Write;
    let r = &s.report;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} ({}; illustrative example profiles, not the cities' own): round {}, {} Twins, {} hosts, {} in {:.2} s.\n",
        s.cohort, PROGRAMME, s.round, r.twins, r.hosts, r.status, s.seconds
    );
    for p in &r.pairs {
        let _ = writeln!(
            out,
            "{} -> {}  score {:.3} (fit {:.2}, interest {:.2}, context {:.2}, travel {:.2})",
            p.twin, p.host, p.score, p.parts.fit, p.parts.interest, p.parts.context, p.parts.travel
        );
        let _ = writeln!(out, "  {}", p.explanation);
        if let Some(w) = &p.why_not {
            let _ = writeln!(out, "  {w}");
        }
    }
    for u in &r.unmatched {
        let _ = writeln!(out, "{}: no host. {}", u.twin, u.reason);
    }
    let _ = writeln!(
        out,
        "\nBlocking pairs (a Twin and a host who would both score higher together): {}",
        r.blocking.len()
    );
    let _ = writeln!(
        out,
        "\nVisits, planned in the cohort calendar and published ({}):",
        s.visits.len()
    );
    for v in &s.visits {
        match (v.starts_on, v.ends_on) {
            (Some(a), Some(b)) => {
                let _ = writeln!(
                    out,
                    "{a} .. {b}  {} -> {}  ({}, {} {:.0} km, {:.0} kg CO2e per traveller)",
                    v.guest_city,
                    v.host_city,
                    v.label,
                    v.travel.mode,
                    v.travel.distance_km,
                    v.travel.co2_kg_per_traveller
                );
            }
            _ => {
                let _ = writeln!(out, "not placed  {}: {}", v.label, v.reason);
            }
        }
    }
    if !s.feedback.is_empty() {
        let _ = writeln!(out, "\nFeedback after the visits (illustrative):");
        for f in &s.feedback {
            let label = s
                .visits
                .iter()
                .find(|v| f.visit_id == v.id)
                .map_or("", |v| v.label.as_str());
            let _ = writeln!(
                out,
                "{} on {label}: usefulness {} of 5, recommends the host: {}, follow-up: {}",
                f.city,
                f.usefulness,
                if f.recommend { "yes" } else { "no" },
                f.follow_up.label()
            );
        }
    }
    if let Some(p) = &s.plan {
        let v = p.current();
        let _ = writeln!(
            out,
            "\nReplication Plan of {} (illustrative), from {}'s practices: version {}, {}, {} actions, {} EUR:",
            p.city,
            p.host,
            v.version,
            v.status,
            v.actions.len(),
            v.budget_eur
        );
        for a in &v.actions {
            let _ = writeln!(
                out,
                "  {} .. {}  {} [{}; {}]",
                a.starts_on, a.ends_on, a.title, a.practice, a.status
            );
        }
    }
    let sent = s
        .emails
        .iter()
        .filter(|e| e.status == crate::domain::state::EmailStatus::Sent)
        .count();
    let _ = writeln!(
        out,
        "\nEmails to the cities and participants ({}, {sent} sent):",
        s.emails.len()
    );
    if s.emails
        .iter()
        .any(|e| e.status == crate::domain::state::EmailStatus::Queued)
    {
        let _ = writeln!(
            out,
            "Queued emails go out as the service's worker sends them (as .eml files in mail.outbox_dir, data/outbox, unless mail.transport is smtp); see the console's Emails page."
        );
    }
    for e in &s.emails {
        let _ = writeln!(out, "{:<8} {}  {}", e.status, e.to, e.subject);
        if !e.delivered_as.is_empty() {
            let _ = writeln!(out, "         {}", e.delivered_as);
        }
        if !e.error.is_empty() {
            let _ = writeln!(out, "         {}", e.error);
        }
    }
    out
}
