//! Saving profiles (a city through its link, a manager correcting one), what a cohort's
//! invitations stand at, and the CSV export of a cohort's profiles.

use chrono::{NaiveDate, Utc};

use super::Error;
use crate::db::DbConnection;
use crate::db::models::cohort::{self, CohortWithModules};
use crate::db::models::invitation::{self, Invitation};
use crate::db::models::profile::{self, CatalogueHost, ProfileRow, StoredProfile, Target};
use crate::db::models::{audit, city};
use crate::domain::id::CohortId;
use crate::domain::profile::{Catalogue, Profile, ProfileForm, ProfileRole};
use crate::domain::state::ProfileStatus;
use crate::mail::compose::{self, ReceiptEmail, Recipient};
use crate::mail::{self, Letterhead};

/// Where an invited city stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Invited, nothing saved yet, the call open.
    Invited,
    /// Saved, not submitted, the call open.
    Draft,
    /// Submitted.
    Submitted,
    /// The call closed before it submitted.
    Late,
}

impl Status {
    /// The word shown and exchanged.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Invited => "invited",
            Status::Draft => "draft",
            Status::Submitted => "submitted",
            Status::Late => "late",
        }
    }
}

/// Today, in UTC: the day the call window is compared with.
pub fn today() -> NaiveDate {
    Utc::now().date_naive()
}

/// The status of a city given its latest version and the cohort's call.
pub fn status(latest: Option<&ProfileRow>, call_closes: NaiveDate, today: NaiveDate) -> Status {
    match latest.map(|r| r.status) {
        Some(ProfileStatus::Submitted) => Status::Submitted,
        _ if today > call_closes => Status::Late,
        Some(_) => Status::Draft,
        None => Status::Invited,
    }
}

/// Everything a profile page needs about an invitation.
#[derive(Debug, Clone)]
pub struct Context {
    /// The invitation.
    pub invitation: Invitation,
    /// The role.
    pub role: ProfileRole,
    /// The city's name.
    pub city_name: String,
    /// The cohort.
    pub cohort: CohortWithModules,
    /// Taxonomy and host ids.
    pub catalogue: Catalogue,
    /// Hosts with their practices.
    pub hosts: Vec<CatalogueHost>,
    /// The latest version, if any.
    pub latest: Option<StoredProfile>,
    /// The latest submitted version, if any.
    pub submitted: Option<ProfileRow>,
}

impl Context {
    /// The language of the city's profile: its first participant's (ISO 639-1).
    pub fn language(&self) -> Option<&str> {
        self.latest
            .as_ref()
            .and_then(|l| l.profile.contacts.first())
            .map(|c| c.language.as_str())
    }

    /// Whether the call is closed (cities can no longer save).
    pub fn call_closed(&self) -> bool {
        today() > self.cohort.cohort.call_closes
    }

    /// Where the city stands.
    pub fn status(&self) -> Status {
        status(
            self.latest.as_ref().map(|s| &s.row),
            self.cohort.cohort.call_closes,
            today(),
        )
    }
}

/// The context of an invitation.
pub fn context(conn: &mut DbConnection, invitation: Invitation) -> Result<Context, Error> {
    let role = invitation.role;
    let cohort = cohort::get(conn, &invitation.cohort_id)?
        .ok_or_else(|| Error::not_found("cohort", invitation.cohort_id.clone()))?;
    let city_name = city::get(conn, &invitation.city_id)?
        .map(|c| c.city.name)
        .unwrap_or_else(|| invitation.city_id.to_string());
    let (mut catalogue, hosts) = profile::catalogue(conn, &invitation.cohort_id)?;
    // A host is not in its own list of hosts to learn from.
    catalogue.hosts.retain(|(id, _)| {
        hosts
            .iter()
            .find(|h| &h.id == id)
            .is_none_or(|h| !h.city_ids.contains(&invitation.city_id))
    });
    let latest = profile::latest(conn, &invitation.city_id, &invitation.cohort_id, role)?;
    let submitted = profile::versions(conn, &invitation.city_id, &invitation.cohort_id, role)?
        .into_iter()
        .find(|r| r.status == ProfileStatus::Submitted);
    Ok(Context {
        invitation,
        role,
        city_name,
        cohort,
        catalogue,
        hosts,
        latest,
        submitted,
    })
}

/// The context of a live invitation link, or `None` (wrong, expired, revoked: never which).
pub fn by_token(conn: &mut DbConnection, token: &str) -> Result<Option<Context>, Error> {
    match invitation::by_token(conn, &crate::secret::hash_secret(token))? {
        Some(i) => context(conn, i).map(Some),
        None => Ok(None),
    }
}

/// What a city asks for when it saves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intent {
    /// Keep as a draft.
    Draft,
    /// Submit (once submitted, every save is a submission).
    Submit,
}

/// What a city's save would be refused for, without saving: the cohort archived, the call
/// closed, a wrong field (every field needed when `submitting`). The page that asks a city
/// to check its answers before it submits is shown only for a profile this accepts.
pub fn check_as_city(
    conn: &mut DbConnection,
    ctx: &Context,
    form: &ProfileForm,
    submitting: bool,
) -> Result<Profile, Error> {
    super::archive::ensure_open(conn, &ctx.cohort.cohort.id)?;
    let closes = ctx.cohort.cohort.call_closes;
    if ctx.call_closed() {
        return Err(Error::Forbidden(format!(
            "the call closed on {closes}: the profile can no longer be changed; write to the programme team if something must be corrected"
        )));
    }
    Ok(form.validate(ctx.role, &ctx.catalogue, submitting)?)
}

/// The reference a city quotes for a submitted version: the end of the version's id (its
/// random part) and the version number, e.g. `5B0C7E1A-V2`.
pub fn reference(row: &ProfileRow) -> String {
    let tail = row.id.len().saturating_sub(8);
    format!(
        "{}-V{}",
        row.id.get(tail..).unwrap_or(&row.id).to_uppercase(),
        row.version
    )
}

/// Saves a city's profile through its link: refused after the call closes, validated
/// completely when submitted, a new version either way. A submitted version is receipted
/// to the contacts it lists, in the same transaction. Returns the new version.
pub fn save_as_city(
    conn: &mut DbConnection,
    ctx: &Context,
    form: &ProfileForm,
    intent: Intent,
    head: &Letterhead,
) -> Result<ProfileRow, Error> {
    let submit = intent == Intent::Submit || ctx.submitted.is_some();
    let valid = check_as_city(conn, ctx, form, submit)?;
    let closes = ctx.cohort.cohort.call_closes;
    let actor = format!("city:{}", ctx.invitation.city_id);
    let row = profile::save(
        conn,
        &Target {
            city_id: &ctx.invitation.city_id,
            cohort_id: &ctx.invitation.cohort_id,
            role: ctx.role,
            actor: &actor,
        },
        &valid,
        submit,
        false,
    )?;
    audit::record(
        conn,
        &actor,
        if submit { "submit" } else { "save" },
        "profile",
        &row.id,
        &format!(
            "{} {} version {}",
            ctx.invitation.city_id, ctx.role, row.version
        ),
    )?;
    if submit {
        let receipt = ReceiptEmail {
            profile_id: &row.id,
            cohort_id: &ctx.invitation.cohort_id,
            cohort: &ctx.cohort.cohort.name,
            city: &ctx.city_name,
            version: row.version,
            reference: &reference(&row),
            submitted_on: row.submitted_at.unwrap_or(row.created_at).date(),
            call_closes: closes,
        };
        // One receipt per address: the profile refuses the same address twice, but the
        // outbox is not the place to find out.
        let mut told = std::collections::HashSet::new();
        let drafts = valid
            .contacts
            .iter()
            .filter(|c| !c.email.is_empty() && told.insert(c.email.to_lowercase()))
            .map(|c| {
                let to = Recipient {
                    name: c.name.clone(),
                    email: c.email.clone(),
                    language: c.language.clone(),
                };
                compose::receipt(&receipt, &to, head)
            })
            .collect();
        mail::enqueue(conn, drafts, head, &actor)?;
    }
    Ok(row)
}

/// Refuses a save made on a version that is no longer the latest (`If-Match`): two
/// managers, or a city and a manager, do not overwrite each other's change unseen. Takes
/// the cohort's write lock, so the save after it in the transaction follows at once.
pub fn expect_version(
    conn: &mut DbConnection,
    ctx: &Context,
    expected: Option<&str>,
) -> Result<(), Error> {
    let Some(expected) = expected else {
        return Ok(());
    };
    crate::db::lock_cohort(conn, &ctx.invitation.cohort_id)?;
    let current = profile::latest(
        conn,
        &ctx.invitation.city_id,
        &ctx.invitation.cohort_id,
        ctx.role,
    )?
    .map_or(0, |s| s.row.version);
    if expected != profile_tag(current) {
        return Err(Error::Stale(format!(
            "the profile changed since it was read (it is at version {current}; If-Match said \"{expected}\"): read it again and repeat the change"
        )));
    }
    Ok(())
}

/// The tag of a profile as of its latest version (0: none yet), given as its `ETag`.
pub fn profile_tag(version: i32) -> String {
    format!("profile-{version}")
}

/// A manager's correction: a new version with the same status, allowed after the call.
pub fn save_as_manager(
    conn: &mut DbConnection,
    ctx: &Context,
    form: &ProfileForm,
    actor: &str,
) -> Result<ProfileRow, Error> {
    super::archive::ensure_open(conn, &ctx.cohort.cohort.id)?;
    let submit = ctx
        .latest
        .as_ref()
        .is_some_and(|l| l.row.status == ProfileStatus::Submitted);
    let valid = form.validate(ctx.role, &ctx.catalogue, submit)?;
    let row = profile::save(
        conn,
        &Target {
            city_id: &ctx.invitation.city_id,
            cohort_id: &ctx.invitation.cohort_id,
            role: ctx.role,
            actor,
        },
        &valid,
        submit,
        false,
    )?;
    audit::record(
        conn,
        actor,
        "correct",
        "profile",
        &row.id,
        &format!(
            "{} {} version {}",
            ctx.invitation.city_id, ctx.role, row.version
        ),
    )?;
    Ok(row)
}

/// The latest profile of every invited city of a cohort as CSV, one row per city and role,
/// lists joined with ` | `.
pub fn export_csv(conn: &mut DbConnection, cohort_id: &CohortId) -> Result<Vec<u8>, Error> {
    let found = cohort::get(conn, cohort_id)?
        .ok_or_else(|| Error::not_found("cohort", cohort_id.to_owned()))?;
    let (_, hosts) = profile::catalogue(conn, cohort_id)?;
    let host_name = |id: &str| {
        hosts
            .iter()
            .find(|h| h.id == id)
            .map(|h| h.name.clone())
            .unwrap_or_else(|| id.to_owned())
    };
    let mut out = csv::Writer::from_writer(Vec::new());
    // Every cell through `cell`: nearly all of them are text a city typed.
    let write = |out: &mut csv::Writer<Vec<u8>>, row: &[String]| {
        out.write_record(row.iter().map(|c| crate::transfer::cell(c).into_owned()))
            .map_err(|e| Error::failed("writing CSV", e))
    };
    write(
        &mut out,
        &[
            "cohort",
            "city_id",
            "city",
            "country",
            "role",
            "status",
            "version",
            "saved_at",
            "submitted_at",
            "organisation",
            "population",
            "languages",
            "coastal",
            "climate_zone",
            "capacity",
            "delegation_size",
            "contacts",
            "themes",
            "interests",
            "unavailable",
        ]
        .map(str::to_owned),
    )?;
    let today = today();
    for (inv, city_name) in invitation::of_cohort(conn, cohort_id)? {
        let role = inv.role;
        let country = city::get(conn, &inv.city_id)?
            .map(|c| c.city.country)
            .unwrap_or_default();
        let latest = profile::latest(conn, &inv.city_id, cohort_id, role)?;
        let st = status(
            latest.as_ref().map(|s| &s.row),
            found.cohort.call_closes,
            today,
        );
        let mut row = vec![
            found.cohort.name.clone(),
            inv.city_id.to_string(),
            city_name,
            country,
            inv.role.to_string(),
            st.as_str().to_owned(),
        ];
        match latest {
            None => row.extend(std::iter::repeat_n(String::new(), 14)),
            Some(s) => {
                let p = &s.profile;
                let opt = |v: Option<i32>| v.map(|n| n.to_string()).unwrap_or_default();
                row.extend([
                    s.row.version.to_string(),
                    s.row.created_at.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
                    s.row
                        .submitted_at
                        .map(|t| t.format("%Y-%m-%dT%H:%M:%SZ").to_string())
                        .unwrap_or_default(),
                    p.organisation.clone(),
                    opt(p.population),
                    p.languages.join(" "),
                    p.coastal
                        .map(|c| if c { "yes" } else { "no" }.to_owned())
                        .unwrap_or_default(),
                    p.climate_zone.clone().unwrap_or_default(),
                    opt(p.capacity),
                    opt(p.delegation_size),
                    p.contacts
                        .iter()
                        .map(|c| format!("{} <{}> ({}, {})", c.name, c.email, c.role, c.language))
                        .collect::<Vec<_>>()
                        .join(" | "),
                    p.themes
                        .iter()
                        .map(|t| {
                            format!(
                                "{}/{} priority {}: {}",
                                t.domain, t.lever, t.priority, t.description
                            )
                        })
                        .collect::<Vec<_>>()
                        .join(" | "),
                    p.interests
                        .iter()
                        .map(|h| host_name(h))
                        .collect::<Vec<_>>()
                        .join(" | "),
                    p.unavailable
                        .iter()
                        .map(|u| {
                            format!(
                                "{} to {} ({}): {}",
                                u.starts_on, u.ends_on, u.applies_to, u.label
                            )
                        })
                        .collect::<Vec<_>>()
                        .join(" | "),
                ]);
            }
        }
        write(&mut out, &row)?;
    }
    out.into_inner()
        .map_err(|e| Error::failed("writing CSV", e))
}
