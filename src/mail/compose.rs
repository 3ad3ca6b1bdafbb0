//! The emails of the programme, written in each recipient's language: a schedule change
//! (with the itinerary and the .ics), a proposed pair, an invitation. Every email is a
//! [`Letter`], laid out by one text and one HTML template.

use std::collections::HashMap;

use askama::Template;

use super::ics::Invitee;
use super::lang::{self, Lang, fill};
use super::{Draft, Letterhead};
use crate::db::DbConnection;
use crate::db::models::city;
use crate::db::models::invitation;
use crate::db::models::outbox::LINK_PLACEHOLDER;
use crate::db::models::profile::{self, StoredProfile};
use crate::domain::itinerary::VisitView;
use crate::domain::profile::ProfileRole;
use crate::domain::state::{ChangeKind, Direction, EmailKind};

/// One email's content, before layout.
#[derive(Debug, Clone, Default)]
pub struct Letter {
    /// The language code (the HTML's `lang`).
    pub lang: &'static str,
    /// Subject, and the HTML title.
    pub subject: String,
    /// "Dear …,".
    pub greeting: String,
    /// The first line: what happened.
    pub lead: String,
    /// More paragraphs.
    pub paragraphs: Vec<String>,
    /// A link to show on its own line.
    pub link: Option<String>,
    /// Paragraphs after the link.
    pub after_link: Vec<String>,
    /// Headed sections (itinerary, travel, contacts).
    pub sections: Vec<Section>,
    /// "Kind regards, …".
    pub closing: String,
    /// Why the recipient gets it.
    pub footer: String,
}

/// A headed section of groups of lines.
#[derive(Debug, Clone, Default)]
pub struct Section {
    /// Heading.
    pub heading: String,
    /// Its groups (a day of the itinerary, a side's contacts).
    pub groups: Vec<Group>,
}

/// A group of lines under a sub-heading (may be empty).
#[derive(Debug, Clone, Default)]
pub struct Group {
    /// Sub-heading.
    pub heading: String,
    /// Lines: a title and an optional detail.
    pub lines: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "email/letter.txt")]
struct LetterText<'a> {
    l: &'a Letter,
}

#[derive(Template)]
#[template(path = "email/letter.html")]
struct LetterHtml<'a> {
    l: &'a Letter,
}

impl Letter {
    /// The text and HTML parts.
    pub fn render(&self) -> (String, String) {
        (
            LetterText { l: self }
                .render()
                .unwrap_or_else(|e| format!("{}\n\n({e})", self.lead)),
            LetterHtml { l: self }
                .render()
                .unwrap_or_else(|e| format!("<p>{}</p><!-- {e} -->", self.lead)),
        )
    }
}

/// Someone an email goes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    /// Name (may be empty).
    pub name: String,
    /// Address.
    pub email: String,
    /// Language code.
    pub language: String,
}

/// Who receives a cohort's emails for a city in a role: the contacts of its profile (the
/// submitted one, else the draft), else the address its invitation went to.
pub struct Addressbook {
    contacts: HashMap<(String, ProfileRole), Vec<Recipient>>,
    invited: HashMap<(String, ProfileRole), Recipient>,
    /// The cities of each host of the cohort.
    hosts: HashMap<String, Vec<String>>,
}

impl Addressbook {
    /// Reads a cohort's profiles, invitations and hosts.
    pub fn of_cohort(conn: &mut DbConnection, cohort_id: &str) -> diesel::QueryResult<Self> {
        let profiles = profile::current_of_cohort(conn, cohort_id)?;
        let countries: HashMap<String, String> = city::all(conn)?
            .into_iter()
            .map(|c| (c.city.id, c.city.country))
            .collect();
        Self::new(conn, cohort_id, &profiles, |id| countries.get(id).cloned())
    }

    /// The addressbook of profiles already read (`country_of` a city id: the language of
    /// an invitation address).
    pub fn new(
        conn: &mut DbConnection,
        cohort_id: &str,
        profiles: &HashMap<(String, ProfileRole), StoredProfile>,
        country_of: impl Fn(&str) -> Option<String>,
    ) -> diesel::QueryResult<Self> {
        let contacts = profiles
            .iter()
            .map(|(key, s)| {
                let people: Vec<Recipient> = s
                    .profile
                    .contacts
                    .iter()
                    .filter(|c| !c.email.is_empty())
                    .map(|c| Recipient {
                        name: c.name.clone(),
                        email: c.email.clone(),
                        language: c.language.clone(),
                    })
                    .collect();
                (key.clone(), people)
            })
            .filter(|(_, people)| !people.is_empty())
            .collect();
        let mut invited = HashMap::new();
        for (inv, name) in invitation::of_cohort(conn, cohort_id)? {
            if inv.email.is_empty() || inv.revoked_at.is_some() {
                continue;
            }
            let language = country_of(&inv.city_id).map_or("en", |c| lang::of_country(&c));
            invited.insert(
                (inv.city_id.clone(), inv.role),
                Recipient {
                    name,
                    email: inv.email.clone(),
                    language: language.to_owned(),
                },
            );
        }
        let mut hosts: HashMap<String, Vec<String>> = HashMap::new();
        for (host, city) in invitation::host_cities_of_cohort(conn, cohort_id)? {
            hosts.entry(host).or_default().push(city);
        }
        Ok(Addressbook {
            contacts,
            invited,
            hosts,
        })
    }

    /// The recipients of a city in a role.
    pub fn of(&self, city_id: &str, role: ProfileRole) -> Vec<Recipient> {
        let key = (city_id.to_owned(), role);
        match self.contacts.get(&key) {
            Some(people) => people.clone(),
            None => self.invited.get(&key).cloned().into_iter().collect(),
        }
    }

    /// The recipients of a host: those of each of its cities (several for a pilot
    /// activity).
    pub fn of_host(&self, host_id: &str) -> Vec<Recipient> {
        self.hosts
            .get(host_id)
            .into_iter()
            .flatten()
            .flat_map(|city| self.of(city, ProfileRole::Host))
            .collect()
    }
}

/// What a published change was, for its email.
#[derive(Debug, Clone)]
pub struct Change {
    /// The change record (or `preview`).
    pub id: String,
    /// `planned`, `moved`, `updated` (a new agenda) or `cancelled`.
    pub kind: ChangeKind,
    /// The dates participants had before.
    pub old: Option<(chrono::NaiveDate, chrono::NaiveDate)>,
}

/// The emails of one published change of a visit: one per participant on either side.
pub fn visit_change(
    view: &VisitView,
    change: &Change,
    book: &Addressbook,
    cohort: &str,
    head: &Letterhead,
) -> Vec<Draft> {
    let (guest_role, host_role) = if view.direction == Direction::Outward {
        (ProfileRole::Twin, ProfileRole::Host)
    } else {
        (ProfileRole::Host, ProfileRole::Twin)
    };
    if view.published_starts_on.is_none() || view.published_ends_on.is_none() {
        // Only visits with dates are published; nothing to say about one without.
        tracing::warn!(visit = %view.id, "a published change of a visit without dates");
        return Vec::new();
    }
    let guests = book.of(&view.guest_city_id, guest_role);
    let hosts = book.of(&view.host_city_id, host_role);
    let mut seen = Vec::new();
    let mut out = Vec::new();
    for (person, travelling) in guests
        .iter()
        .map(|p| (p, true))
        .chain(hosts.iter().map(|p| (p, false)))
    {
        if seen.contains(&person.email) {
            continue;
        }
        seen.push(person.email.clone());
        out.push(visit_email(
            view,
            change,
            person,
            travelling,
            (&guests, &hosts),
            cohort,
            head,
        ));
    }
    out
}

fn visit_email(
    view: &VisitView,
    change: &Change,
    to: &Recipient,
    travelling: bool,
    (guests, hosts): (&[Recipient], &[Recipient]),
    cohort: &str,
    head: &Letterhead,
) -> Draft {
    let t = lang::of(&to.language);
    let start = view.published_starts_on.unwrap_or(view.window_start);
    let end = view.published_ends_on.unwrap_or(start);
    let dates = t.range(start, end);
    let old = change
        .old
        .map_or_else(|| dates.clone(), |(a, b)| t.range(a, b));
    let names = [
        ("guest", view.guest_city.as_str()),
        ("host", view.host_city.as_str()),
    ];
    let (subject, lead, method) = match change.kind {
        ChangeKind::Moved => (
            fill(t.subject_moved, &[names[0], names[1], ("dates", &dates)]),
            fill(t.lead_moved, &[("old", &old), ("new", &dates)]),
            "REQUEST",
        ),
        ChangeKind::Cancelled => (
            fill(t.subject_cancelled, &[names[0], names[1], ("dates", &old)]),
            fill(t.lead_cancelled, &[names[0], names[1], ("old", &old)]),
            "CANCEL",
        ),
        ChangeKind::Updated => (
            fill(t.subject_updated, &[names[0], names[1], ("dates", &dates)]),
            fill(t.lead_updated, &[("dates", &dates)]),
            "REQUEST",
        ),
        ChangeKind::Planned => (
            fill(t.subject_planned, &[names[0], names[1], ("dates", &dates)]),
            fill(t.lead_planned, &[names[0], names[1], ("dates", &dates)]),
            "REQUEST",
        ),
    };
    let which = if view.direction == Direction::Outward {
        t.visit_outward
    } else {
        t.visit_return
    };
    let mut paragraphs = vec![
        fill(
            if travelling { t.you_travel } else { t.you_host },
            &[(
                "city",
                if travelling {
                    &view.guest_city
                } else {
                    &view.host_city
                },
            )],
        ),
        fill(
            which,
            &[
                ("position", &view.position.to_string()),
                ("twin", &view.twin),
                ("host", &view.host),
                ("days", &t.counted(view.days.into(), t.workdays)),
                ("cohort", cohort),
            ],
        ),
    ];
    let mut sections = Vec::new();
    if method == "REQUEST" {
        sections.push(itinerary(view, t, start));
        sections.push(travel(view, t));
        sections.push(contacts(view, t, guests, hosts));
        paragraphs.push(t.calendar_request.to_owned());
    } else {
        paragraphs.push(t.calendar_cancel.to_owned());
    }
    let letter = Letter {
        lang: t.code,
        subject: subject.clone(),
        greeting: t.greet(&to.name),
        lead,
        paragraphs,
        sections,
        closing: fill(t.closing, &[("team", head.signature())]),
        footer: fill(
            t.footer,
            &[
                (
                    "city",
                    if travelling {
                        &view.guest_city
                    } else {
                        &view.host_city
                    },
                ),
                ("cohort", cohort),
            ],
        ),
        ..Letter::default()
    };
    let (text, html) = letter.render();
    let ics = super::ics::ics(
        std::slice::from_ref(view),
        cohort,
        method,
        Some(&Invitee {
            organizer_name: head.signature(),
            organizer_email: head.from.email.as_ref(),
            name: &to.name,
            email: &to.email,
        }),
    );
    Draft {
        kind: EmailKind::Schedule,
        cohort_id: Some(view.cohort_id.clone()),
        about_id: change.id.clone(),
        visit_id: Some(view.id.clone()),
        to: to.email.clone(),
        name: to.name.clone(),
        language: t.code.to_owned(),
        subject,
        text,
        html,
        calendar: Some((method.to_owned(), ics)),
        secret: None,
    }
}

fn itinerary(view: &VisitView, t: &Lang, start: chrono::NaiveDate) -> Section {
    Section {
        heading: t.itinerary.to_owned(),
        groups: view
            .agenda
            .iter()
            .map(|day| {
                let date = start + chrono::Duration::days(i64::from(day.day) - 1);
                let mut lines: Vec<(String, String)> = day
                    .items
                    .iter()
                    .map(|i| (i.title.clone(), i.detail.clone()))
                    .collect();
                if lines.is_empty() {
                    lines.push((t.to_be_arranged.to_owned(), String::new()));
                }
                Group {
                    heading: fill(
                        t.day,
                        &[("day", &day.day.to_string()), ("date", &t.date(date))],
                    ),
                    lines,
                }
            })
            .collect(),
    }
}

fn travel(view: &VisitView, t: &Lang) -> Section {
    let mode = if view.travel.mode == "rail" {
        t.mode_rail
    } else {
        t.mode_air
    };
    let mut lines = vec![(
        fill(
            t.travel_line,
            &[
                ("km", &t.number(view.travel.distance_km)),
                ("mode", mode),
                ("co2", &t.number(view.travel.co2_kg_per_traveller)),
            ],
        ),
        String::new(),
    )];
    if let Some(n) = view.travel.delegation_size {
        lines.push((
            fill(t.delegation, &[("people", &t.counted(n.into(), t.people))]),
            String::new(),
        ));
    }
    Section {
        heading: t.travel.to_owned(),
        groups: vec![Group {
            heading: String::new(),
            lines,
        }],
    }
}

fn contacts(view: &VisitView, t: &Lang, guests: &[Recipient], hosts: &[Recipient]) -> Section {
    let group = |heading: String, people: &[Recipient]| Group {
        heading,
        lines: if people.is_empty() {
            vec![(t.no_contact.to_owned(), String::new())]
        } else {
            people
                .iter()
                .map(|p| (p.name.clone(), p.email.clone()))
                .collect()
        },
    };
    Section {
        heading: t.contacts.to_owned(),
        groups: vec![
            group(fill(t.travelling, &[("city", &view.guest_city)]), guests),
            group(fill(t.hosting, &[("city", &view.host_city)]), hosts),
        ],
    }
}

/// The email to one side of a proposed pair.
#[allow(clippy::too_many_arguments)]
pub fn proposal(
    proposal_id: &str,
    cohort_id: &str,
    cohort: &str,
    twin: &str,
    host: &str,
    twin_side: bool,
    to: &Recipient,
    head: &Letterhead,
) -> Draft {
    let t = lang::of(&to.language);
    let names = [("twin", twin), ("host", host), ("cohort", cohort)];
    let subject = fill(t.subject_proposal, &names);
    let letter = Letter {
        lang: t.code,
        subject: subject.clone(),
        greeting: t.greet(&to.name),
        lead: fill(
            if twin_side {
                t.proposal_twin
            } else {
                t.proposal_host
            },
            &names,
        ),
        paragraphs: vec![t.proposal_next.to_owned()],
        closing: fill(t.closing, &[("team", head.signature())]),
        footer: fill(
            t.footer,
            &[
                ("city", if twin_side { twin } else { host }),
                ("cohort", cohort),
            ],
        ),
        ..Letter::default()
    };
    let (text, html) = letter.render();
    Draft {
        kind: EmailKind::Proposal,
        cohort_id: Some(cohort_id.to_owned()),
        about_id: proposal_id.to_owned(),
        visit_id: None,
        to: to.email.clone(),
        name: to.name.clone(),
        language: t.code.to_owned(),
        subject,
        text,
        html,
        calendar: None,
        secret: None,
    }
}

/// What an invitation email says.
pub struct InvitationEmail<'a> {
    /// The invitation.
    pub invitation_id: &'a str,
    /// Its cohort.
    pub cohort_id: &'a str,
    /// The cohort's name.
    pub cohort: &'a str,
    /// The programme's name.
    pub programme: &'a str,
    /// The city.
    pub city: &'a str,
    /// `twin` or `host`.
    pub role: ProfileRole,
    /// The link, with its token.
    pub link: &'a str,
    /// When it stops working.
    pub expires_on: chrono::NaiveDate,
    /// A link issued again.
    pub resent: bool,
}

/// The email carrying an invitation link. The link is kept apart from the bodies (a
/// placeholder stands in them) and dropped once the email is sent.
pub fn invitation(e: &InvitationEmail<'_>, to: &Recipient, head: &Letterhead) -> Draft {
    let t = lang::of(&to.language);
    let role = if e.role == ProfileRole::Host {
        t.role_host
    } else {
        t.role_twin
    };
    let names = [
        ("city", e.city),
        ("cohort", e.cohort),
        ("programme", e.programme),
        ("role", role),
    ];
    let subject = fill(t.subject_invitation, &names);
    let mut after_link = vec![t.invitation_keep.to_owned()];
    if e.resent {
        after_link.insert(0, t.invitation_new_link.to_owned());
    }
    let letter = Letter {
        lang: t.code,
        subject: subject.clone(),
        greeting: t.greet(&to.name),
        lead: fill(t.invitation_lead, &names),
        paragraphs: vec![fill(
            t.invitation_link,
            &[("date", &t.short_date(e.expires_on))],
        )],
        link: Some(LINK_PLACEHOLDER.to_owned()),
        after_link,
        closing: fill(t.closing, &[("team", head.signature())]),
        footer: fill(t.footer, &[("city", e.city), ("cohort", e.cohort)]),
        ..Letter::default()
    };
    let (text, html) = letter.render();
    Draft {
        kind: EmailKind::Invitation,
        cohort_id: Some(e.cohort_id.to_owned()),
        about_id: e.invitation_id.to_owned(),
        visit_id: None,
        to: to.email.clone(),
        name: to.name.clone(),
        language: t.code.to_owned(),
        subject,
        text,
        html,
        calendar: None,
        secret: Some(e.link.to_owned()),
    }
}

/// What the receipt of a submitted profile says.
pub struct ReceiptEmail<'a> {
    /// The profile version submitted.
    pub profile_id: &'a str,
    /// Its cohort.
    pub cohort_id: &'a str,
    /// The cohort's name.
    pub cohort: &'a str,
    /// The city.
    pub city: &'a str,
    /// The version number.
    pub version: i32,
    /// The reference the city quotes (as its confirmation page shows it).
    pub reference: &'a str,
    /// When it was submitted.
    pub submitted_on: chrono::NaiveDate,
    /// When the call closes.
    pub call_closes: chrono::NaiveDate,
}

/// The receipt of a submitted profile, to one of the city's contacts.
pub fn receipt(e: &ReceiptEmail<'_>, to: &Recipient, head: &Letterhead) -> Draft {
    let t = lang::of(&to.language);
    let version = e.version.to_string();
    let closes = t.short_date(e.call_closes);
    let subject = fill(t.subject_receipt, &[("city", e.city), ("cohort", e.cohort)]);
    let letter = Letter {
        lang: t.code,
        subject: subject.clone(),
        greeting: t.greet(&to.name),
        lead: fill(
            t.receipt_lead,
            &[
                ("city", e.city),
                ("cohort", e.cohort),
                ("version", &version),
                ("date", &t.short_date(e.submitted_on)),
            ],
        ),
        paragraphs: vec![
            fill(t.receipt_reference, &[("reference", e.reference)]),
            fill(t.receipt_next, &[("date", &closes)]),
            fill(t.receipt_change, &[("date", &closes)]),
        ],
        closing: fill(t.closing, &[("team", head.signature())]),
        footer: fill(t.footer, &[("city", e.city), ("cohort", e.cohort)]),
        ..Letter::default()
    };
    let (text, html) = letter.render();
    Draft {
        kind: EmailKind::Receipt,
        cohort_id: Some(e.cohort_id.to_owned()),
        about_id: e.profile_id.to_owned(),
        visit_id: None,
        to: to.email.clone(),
        name: to.name.clone(),
        language: t.code.to_owned(),
        subject,
        text,
        html,
        calendar: None,
        secret: None,
    }
}
