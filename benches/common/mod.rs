//! What the database benchmarks share: a large synthetic cohort, loaded the way the app
//! stores one (cities, invitations, hosts, submitted profiles).

use twinning::db::DbConnection;
use twinning::db::models::invitation::{self, NewInvitation};
use twinning::db::models::profile::{self, Target};
use twinning::domain::id::CityId;
use twinning::domain::id::CohortId;
use twinning::domain::profile::{Profile, ProfileRole, Theme};

const DOMAINS: [&str; 6] = [
    "energy",
    "buildings",
    "mobility",
    "waste",
    "nature",
    "industry",
];
const LEVERS: [&str; 7] = [
    "governance",
    "finance",
    "technology",
    "social-innovation",
    "participation",
    "data",
    "learning",
];
const COUNTRIES: [(&str, &str); 12] = [
    ("PT", "pt"),
    ("ES", "es"),
    ("FR", "fr"),
    ("IT", "it"),
    ("DE", "de"),
    ("NL", "nl"),
    ("DK", "da"),
    ("SE", "sv"),
    ("FI", "fi"),
    ("PL", "pl"),
    ("GR", "el"),
    ("HU", "hu"),
];

/// A small deterministic generator (no dependency, the same data every run).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn unit(&mut self) -> f64 {
        self.next() as f64 / (1u64 << 31) as f64
    }
}

fn themes(rng: &mut Lcg, n: usize) -> Vec<Theme> {
    let mut out: Vec<Theme> = Vec::new();
    while out.len() < n {
        let (domain, lever) = (DOMAINS[rng.below(6)], LEVERS[rng.below(7)]);
        if out.iter().any(|t| t.domain == domain && t.lever == lever) {
            continue;
        }
        out.push(Theme {
            domain: domain.into(),
            lever: lever.into(),
            priority: 1 + rng.below(3) as i32,
            description: format!("{domain} by {lever}"),
        });
    }
    out
}

/// A cohort in 2027 with `hosts` host cities (capacity 1 to 5) and `twins` Twin cities,
/// every one with a submitted profile; its id.
pub fn load(conn: &mut DbConnection, twins: usize, hosts: usize, contacts: usize) -> CohortId {
    use diesel::prelude::*;
    use twinning::db::schema::cities;
    let mut rng = Lcg(7);
    let now = chrono::Utc::now().naive_utc();
    conn.transaction::<_, diesel::result::Error, _>(|conn| {
        let programme =
            twinning::ops::cohorts::create_programme(conn, "Bench", "", "bench").unwrap();
        let d = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let details = twinning::domain::cohort::CohortDetails::try_from(
            twinning::domain::cohort::CohortFields {
                programme_id: &programme,
                number: 1,
                name: "Bench",
                call_opens: d("2026-01-01"),
                call_closes: d("2026-12-31"),
                starts_on: d("2027-01-01"),
                ends_on: d("2027-12-31"),
                modules: vec![twinning::domain::cohort::ModuleFields {
                    name: "All",
                    starts_on: d("2027-01-01"),
                    ends_on: d("2027-12-31"),
                }],
                visit_rules: [2, 1, 3, 60],
                visit_modules: vec![],
                reimbursement_cap: Ok(None),
            },
        )
        .unwrap();
        let cohort = twinning::ops::cohorts::create_cohort(conn, &details, &[], "bench").unwrap();
        let mut host_ids = Vec::new();
        for i in 0..twins + hosts {
            let (country, language) = COUNTRIES[rng.below(COUNTRIES.len())];
            let id = CityId::from(format!("{}-city-{i:04}", country.to_lowercase()));
            diesel::insert_into(cities::table)
                .values((
                    cities::id.eq(&id),
                    cities::name.eq(format!("City {i:04}")),
                    cities::country.eq(country),
                    cities::lat.eq(36.0 + 24.0 * rng.unit()),
                    cities::lon.eq(-9.0 + 35.0 * rng.unit()),
                    cities::population.eq(20_000 + rng.below(900_000) as i32),
                    cities::languages.eq(format!("{language},en")),
                    cities::created_at.eq(now),
                    cities::updated_at.eq(now),
                ))
                .execute(conn)?;
            let role = if i < hosts {
                ProfileRole::Host
            } else {
                ProfileRole::Twin
            };
            invitation::insert(
                conn,
                &NewInvitation {
                    cohort_id: &cohort,
                    city_id: &id,
                    role,
                    email: "",
                    token_hash: &format!("bench-{i}"),
                    days: 30,
                    created_by: "bench",
                },
            )?;
            let mut p = Profile {
                languages: vec![language.into(), "en".into()],
                delegation_size: Some(4),
                contacts: (0..contacts)
                    .map(|k| twinning::domain::profile::Contact {
                        name: format!("Contact {k} of City {i:04}"),
                        email: format!("contact{k}.city{i:04}@example.org"),
                        role: "Climate officer".into(),
                        language: if k == 0 { language.into() } else { "en".into() },
                    })
                    .collect(),
                ..Profile::default()
            };
            let role = if i < hosts {
                host_ids.push(invitation::ensure_host(conn, &cohort, &id)?);
                p.themes = themes(&mut rng, 5);
                p.capacity = Some(1 + rng.below(5) as i32);
                ProfileRole::Host
            } else {
                p.themes = themes(&mut rng, 3);
                while p.interests.len() < 3 {
                    let h = host_ids[rng.below(host_ids.len())].to_string();
                    if !p.interests.contains(&h) {
                        p.interests.push(h);
                    }
                }
                ProfileRole::Twin
            };
            profile::save(
                conn,
                &Target {
                    city_id: &id,
                    cohort_id: &cohort,
                    role,
                    actor: "bench",
                },
                &p,
                true,
                false,
            )?;
        }
        Ok(cohort)
    })
    .unwrap()
}

/// Who the benchmarks' emails are from (the test settings).
#[allow(dead_code)]
pub fn letterhead() -> twinning::mail::Letterhead {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("config");
    let s: twinning::config::Settings = twinning::config::Settings::figment(&dir, "test")
        .extract()
        .expect("test settings");
    twinning::mail::Letterhead::new(&s.mail, &s.security.public_url).expect("mail settings")
}
