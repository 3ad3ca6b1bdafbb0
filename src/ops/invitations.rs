//! Inviting cities to a cohort, one by one or from a CSV, resending and revoking links.

use super::Error;
use crate::db::DbConnection;
use crate::db::models::invitation::{self, Invitation, NewInvitation};
use crate::db::models::{audit, city, cohort, programme};
use crate::domain::id::CityId;
use crate::domain::id::CohortId;
use crate::domain::id::InvitationId;
use crate::domain::profile::{ProfileRole, is_email};
use crate::domain::{FieldError, Invalid, limits};
use crate::i18n;
use crate::mail::compose::{self, InvitationEmail, Recipient};
use crate::mail::{self, Letterhead};
use crate::secret;

/// A city to invite.
#[derive(Debug, Clone)]
pub struct Invite {
    /// City id.
    pub city_id: CityId,
    /// Twin or host.
    pub role: ProfileRole,
    /// Where the link goes, may be empty.
    pub email: String,
}

/// An invitation just issued, with its link: the only time the token exists in clear.
#[derive(Debug, Clone)]
pub struct Issued {
    /// The invitation.
    pub invitation: Invitation,
    /// The city's name.
    pub city_name: String,
    /// The link to send the city.
    pub link: String,
}

/// Where invitations come from and last.
pub struct Issuer<'a> {
    /// The manager (for the audit log).
    pub actor: &'a str,
    /// Who emails are from, and the service's address for the links.
    pub head: &'a Letterhead,
    /// Days a link works.
    pub days: u32,
}

impl Issuer<'_> {
    fn link(&self, token: &str) -> String {
        format!("{}/invitation/{token}", self.head.public_url)
    }

    /// Queues the email that carries a link, when the invitation names an address.
    fn email(
        &self,
        conn: &mut DbConnection,
        names: &CohortNames,
        invitation: &Invitation,
        (city, country): (&str, &str),
        link: &str,
    ) -> Result<(), Error> {
        if invitation.email.is_empty() {
            return Ok(());
        }
        let to = Recipient {
            name: String::new(),
            email: invitation.email.clone(),
            language: i18n::of_country(country).to_owned(),
        };
        let draft = compose::invitation(
            &InvitationEmail {
                invitation_id: &invitation.id,
                cohort_id: &invitation.cohort_id,
                cohort: &names.cohort,
                programme: &names.programme,
                city,
                role: invitation.role,
                link,
                expires_on: invitation.expires_at.date(),
                resent: invitation.sent_count > 1,
            },
            &to,
            self.head,
        );
        mail::enqueue(conn, vec![draft], self.head, self.actor)?;
        Ok(())
    }
}

/// The names an invitation email gives.
struct CohortNames {
    cohort: String,
    programme: String,
}

/// The names of a cohort and its programme; the cohort must exist.
fn cohort_names(conn: &mut DbConnection, cohort_id: &CohortId) -> Result<CohortNames, Error> {
    let c = cohort::get(conn, cohort_id)?
        .ok_or_else(|| Error::not_found("cohort", cohort_id.to_owned()))?;
    let programme = programme::get(conn, &c.cohort.programme_id)?
        .map(|p| p.name)
        .unwrap_or_default();
    Ok(CohortNames {
        cohort: c.cohort.name,
        programme,
    })
}

fn check(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    invite: &Invite,
    prefix: &str,
) -> Result<(String, String), Vec<FieldError>> {
    let mut errors = Vec::new();
    let (mut name, mut country) = (String::new(), String::new());
    match city::get(conn, &invite.city_id) {
        Ok(Some(c)) => (name, country) = (c.city.name, c.city.country),
        Ok(None) => errors.push(FieldError {
            field: format!("{prefix}city_id"),
            message: if invite.city_id.as_str().trim().is_empty() {
                "choose the city to invite".to_owned()
            } else {
                format!("no city has the id \"{}\"", invite.city_id)
            },
            refusal: None,
        }),
        Err(e) => errors.push(FieldError {
            field: format!("{prefix}city_id"),
            message: e.to_string(),
            refusal: None,
        }),
    }
    let email = invite.email.trim();
    if !email.is_empty() && !is_email(email) {
        errors.push(FieldError {
            field: format!("{prefix}email"),
            message: format!("\"{email}\" is not an email address (name@example.org)"),
            refusal: None,
        });
    }
    if errors.is_empty() {
        let taken = invitation::of_cohort(conn, cohort_id)
            .map(|all| {
                all.iter()
                    .any(|(i, _)| i.city_id == invite.city_id && i.role == invite.role)
            })
            .unwrap_or(false);
        if taken {
            errors.push(FieldError {
                field: format!("{prefix}city_id"),
                message: format!(
                    "{name} is already invited to this cohort as {}: resend its link instead",
                    invite.role
                ),
                refusal: None,
            });
        }
    }
    if errors.is_empty() {
        Ok((name, country))
    } else {
        Err(errors)
    }
}

/// Invites cities to a cohort, all or none: every bad one is named (`rows[2].city_id` in a
/// list; `city_id` for one).
pub fn invite(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    invites: &[Invite],
    issuer: &Issuer<'_>,
) -> Result<Vec<Issued>, Error> {
    if invites.len() > limits::LIST_ITEMS {
        return Err(Invalid::field(
            "invitations",
            format!(
                "send at most {} invitations at a time (this sends {})",
                limits::LIST_ITEMS,
                invites.len()
            ),
        )
        .into());
    }
    let names = cohort_names(conn, cohort_id)?;
    super::archive::ensure_open(conn, cohort_id)?;
    let mut errors = Vec::new();
    let mut cities = Vec::new();
    let mut seen: Vec<(&str, ProfileRole)> = Vec::new();
    for (i, inv) in invites.iter().enumerate() {
        let prefix = if invites.len() == 1 {
            String::new()
        } else {
            format!("rows[{i}].")
        };
        if seen.contains(&(inv.city_id.as_str(), inv.role)) {
            errors.push(FieldError {
                field: format!("{prefix}city_id"),
                message: format!("{} is listed twice as {}", inv.city_id, inv.role),
                refusal: None,
            });
            continue;
        }
        seen.push((inv.city_id.as_str(), inv.role));
        match check(conn, cohort_id, inv, &prefix) {
            Ok(city) => cities.push(city),
            Err(e) => errors.extend(e),
        }
    }
    if invites.is_empty() {
        errors.push(FieldError {
            field: "rows".to_owned(),
            message: "no city to invite".to_owned(),
            refusal: None,
        });
    }
    if !errors.is_empty() {
        return Err(Invalid(errors).into());
    }
    let mut issued = Vec::with_capacity(invites.len());
    for (inv, (city_name, country)) in invites.iter().zip(cities) {
        let token = secret::new_secret();
        let invitation = invitation::insert(
            conn,
            &NewInvitation {
                cohort_id,
                city_id: &inv.city_id,
                role: inv.role,
                email: inv.email.trim(),
                token_hash: &secret::hash_secret(&token),
                days: issuer.days,
                created_by: issuer.actor,
            },
        )?;
        audit::record(
            conn,
            issuer.actor,
            "invite",
            "invitation",
            &invitation.id,
            &format!("{} as {} to cohort {cohort_id}", inv.city_id, inv.role),
        )?;
        let link = issuer.link(&token);
        issuer.email(conn, &names, &invitation, (&city_name, &country), &link)?;
        issued.push(Issued {
            invitation,
            city_name,
            link,
        });
    }
    Ok(issued)
}

/// Reads invitations from CSV: a header with `city_id` (or `name` and `country`), `role`
/// and optionally `email`. Every bad line is named with its number.
pub fn parse_csv(conn: &mut DbConnection, data: &[u8]) -> Result<Vec<(usize, Invite)>, Error> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(data);
    let headers = reader
        .headers()
        .map_err(|e| Invalid::field("file", format!("line 1: {e}")))?
        .clone();
    let col = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
    let (id_col, name_col, country_col, role_col, email_col) = (
        col("city_id"),
        col("name"),
        col("country"),
        col("role"),
        col("email"),
    );
    if role_col.is_none() || (id_col.is_none() && (name_col.is_none() || country_col.is_none())) {
        return Err(Invalid::field(
            "file",
            format!(
                "line 1: the header must name city_id (or name and country) and role; it has: {}",
                headers.iter().collect::<Vec<_>>().join(", ")
            ),
        )
        .into());
    }
    let mut invites = Vec::new();
    let mut errors = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let line = i + 2;
        if i >= limits::CSV_ROWS {
            errors.push(FieldError {
                field: "file".to_owned(),
                message: format!(
                    "line {line}: a file may have at most {} rows; split it into several",
                    limits::CSV_ROWS
                ),
                refusal: None,
            });
            break;
        }
        if errors.len() >= limits::ERRORS_LISTED {
            errors.push(FieldError {
                field: "file".to_owned(),
                message: format!(
                    "lines {line} and after were not read: fix the {} lines above first",
                    limits::ERRORS_LISTED
                ),
                refusal: None,
            });
            break;
        }
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let why = match e.kind() {
                    csv::ErrorKind::UnequalLengths {
                        expected_len, len, ..
                    } => format!("{len} fields where the header has {expected_len}"),
                    _ => e.to_string(),
                };
                errors.push(FieldError {
                    field: "file".to_owned(),
                    message: format!("line {line}: {why}"),
                    refusal: None,
                });
                continue;
            }
        };
        let get = |c: Option<usize>| c.and_then(|c| record.get(c)).unwrap_or("").to_owned();
        let role = match get(role_col).parse::<ProfileRole>() {
            Ok(r) => r,
            Err(e) => {
                errors.push(FieldError {
                    field: "file".to_owned(),
                    message: format!("line {line}: role: {e}"),
                    refusal: None,
                });
                continue;
            }
        };
        let city_id = match id_col.map(|_| get(id_col)).filter(|s| !s.is_empty()) {
            Some(id) => CityId::from(id),
            None => {
                let (name, country) = (get(name_col), get(country_col));
                match city::find_by_name(conn, &name, &country.to_ascii_uppercase())? {
                    Some(id) => id,
                    None => {
                        errors.push(FieldError {
                            field: "file".to_owned(),
                            message: format!(
                                "line {line}: no city is named \"{name}\" in \"{country}\""
                            ),
                            refusal: None,
                        });
                        continue;
                    }
                }
            }
        };
        invites.push((
            line,
            Invite {
                city_id,
                role,
                email: get(email_col),
            },
        ));
    }
    if !errors.is_empty() {
        return Err(Invalid(errors).into());
    }
    Ok(invites)
}

/// Invites the cities of a CSV file, all or none, every bad line named by its number.
pub fn invite_csv(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    data: &[u8],
    issuer: &Issuer<'_>,
) -> Result<Vec<Issued>, Error> {
    let rows = parse_csv(conn, data)?;
    let lines: Vec<usize> = rows.iter().map(|(l, _)| *l).collect();
    let invites: Vec<Invite> = rows.into_iter().map(|(_, i)| i).collect();
    invite(conn, cohort_id, &invites, issuer).map_err(|e| name_lines(e, &lines))
}

/// Renames the `rows[i].x` errors of [`invite`] to the CSV's line numbers.
fn name_lines(error: Error, lines: &[usize]) -> Error {
    let line = |i: usize| lines.get(i).copied().unwrap_or(i + 2);
    match error {
        Error::Invalid(Invalid(errors)) => Error::Invalid(Invalid(
            errors
                .into_iter()
                .map(|e| {
                    match e
                        .field
                        .strip_prefix("rows[")
                        .and_then(|r| r.split_once("]."))
                    {
                        Some((i, field)) => FieldError {
                            field: "file".to_owned(),
                            message: format!(
                                "line {}: {field}: {}",
                                i.parse::<usize>().map(line).unwrap_or(0),
                                e.message
                            ),
                            refusal: None,
                        },
                        None if e.field == "city_id" || e.field == "email" => FieldError {
                            field: "file".to_owned(),
                            message: format!("line {}: {}: {}", line(0), e.field, e.message),
                            refusal: None,
                        },
                        None => e,
                    }
                })
                .collect(),
        )),
        other => other,
    }
}

/// A new link for an invitation (the old one stops working).
pub fn resend(
    conn: &mut DbConnection,
    id: &InvitationId,
    issuer: &Issuer<'_>,
) -> Result<Issued, Error> {
    ensure_cohort_open(conn, id)?;
    let token = secret::new_secret();
    let invitation = invitation::renew(conn, id, &secret::hash_secret(&token), issuer.days)?
        .ok_or_else(|| Error::not_found("invitation", id.to_owned()))?;
    let (city_name, country) = city::get(conn, &invitation.city_id)?
        .map(|c| (c.city.name, c.city.country))
        .unwrap_or_default();
    audit::record(
        conn,
        issuer.actor,
        "resend",
        "invitation",
        id,
        &format!("link {}", invitation.sent_count),
    )?;
    let link = issuer.link(&token);
    let names = cohort_names(conn, &invitation.cohort_id)?;
    issuer.email(conn, &names, &invitation, (&city_name, &country), &link)?;
    Ok(Issued {
        invitation,
        city_name,
        link,
    })
}

/// Revokes an invitation's link.
pub fn revoke(conn: &mut DbConnection, id: &InvitationId, actor: &str) -> Result<(), Error> {
    ensure_cohort_open(conn, id)?;
    if !invitation::revoke(conn, id)? {
        return Err(Error::not_found("invitation", id.to_owned()));
    }
    audit::record(conn, actor, "revoke", "invitation", id, "")?;
    Ok(())
}

/// Refuses a change to an invitation of an archived cohort (an unknown one passes: the
/// change itself answers 404).
fn ensure_cohort_open(conn: &mut DbConnection, invitation_id: &InvitationId) -> Result<(), Error> {
    match invitation::get(conn, invitation_id)? {
        Some(inv) => super::archive::ensure_open(conn, &inv.cohort_id),
        None => Ok(()),
    }
}
