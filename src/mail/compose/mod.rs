//! The emails of the programme, written in each recipient's language: a schedule change
//! (with the itinerary and the .ics), a proposed pair, an invitation. Every email is a
//! [`Letter`], laid out by one text and one HTML template.
//!
//! `visits.rs` writes the itinerary of a published change, `letters.rs` the proposal,
//! invitation and receipt letters; this file holds the letter they share and who gets it.

mod letters;
mod reminders;
mod visits;

pub use letters::{InvitationEmail, PlanEmail, ReceiptEmail, invitation, plan, proposal, receipt};
pub use reminders::{ReminderAbout, ReminderEmail, reminder};
pub use visits::{Change, visit_change};

/// A letter to `to`, in `t`'s language, as the draft of an email of `kind` about
/// `about_id`: no visit, calendar or link unless the caller adds them.
fn addressed(
    kind: EmailKind,
    cohort_id: CohortId,
    about_id: String,
    to: &Recipient,
    t: &Tr,
    subject: String,
    (text, html): (String, String),
) -> Draft {
    Draft {
        kind,
        cohort_id: Some(cohort_id),
        about_id,
        visit_id: None,
        to: to.email.clone(),
        name: to.name.clone(),
        language: t.code().to_owned(),
        subject,
        text,
        html,
        calendar: None,
        secret: None,
    }
}

use std::collections::HashMap;

use askama::Template;

use super::ics::Invitee;
use super::{Draft, Letterhead};
use crate::db::DbConnection;
use crate::db::models::city;
use crate::db::models::invitation;
use crate::db::models::outbox::LINK_PLACEHOLDER;
use crate::db::models::profile::{self, StoredProfile};
use crate::domain::id::CityId;
use crate::domain::id::CohortId;
use crate::domain::id::HostId;
use crate::domain::itinerary::VisitView;
use crate::domain::profile::ProfileRole;
use crate::domain::state::{ChangeKind, Direction, EmailKind};
use crate::i18n::{self, Tr};

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
    contacts: HashMap<(CityId, ProfileRole), Vec<Recipient>>,
    invited: HashMap<(CityId, ProfileRole), Recipient>,
    /// The cities of each host of the cohort.
    hosts: HashMap<HostId, Vec<CityId>>,
}

impl Addressbook {
    /// Reads a cohort's profiles, invitations and hosts.
    pub fn of_cohort(conn: &mut DbConnection, cohort_id: &CohortId) -> diesel::QueryResult<Self> {
        let profiles = profile::current_of_cohort(conn, cohort_id)?;
        let countries: HashMap<CityId, String> = city::all(conn)?
            .into_iter()
            .map(|c| (c.city.id, c.city.country))
            .collect();
        Self::new(conn, cohort_id, &profiles, |id| countries.get(id).cloned())
    }

    /// The addressbook of profiles already read (`country_of` a city id: the language of
    /// an invitation address).
    pub fn new(
        conn: &mut DbConnection,
        cohort_id: &CohortId,
        profiles: &HashMap<(CityId, ProfileRole), StoredProfile>,
        country_of: impl Fn(&CityId) -> Option<String>,
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
            let language = country_of(&inv.city_id).map_or("en", |c| i18n::of_country(&c));
            invited.insert(
                (inv.city_id.clone(), inv.role),
                Recipient {
                    name,
                    email: inv.email.clone(),
                    language: language.to_owned(),
                },
            );
        }
        let mut hosts: HashMap<HostId, Vec<CityId>> = HashMap::new();
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
    pub fn of(&self, city_id: &CityId, role: ProfileRole) -> Vec<Recipient> {
        let key = (city_id.to_owned(), role);
        match self.contacts.get(&key) {
            Some(people) => people.clone(),
            None => self.invited.get(&key).cloned().into_iter().collect(),
        }
    }

    /// The recipients of a host: those of each of its cities (several for a pilot
    /// activity).
    pub fn of_host(&self, host_id: &HostId) -> Vec<Recipient> {
        self.hosts
            .get(host_id)
            .into_iter()
            .flatten()
            .flat_map(|city| self.of(city, ProfileRole::Host))
            .collect()
    }
}
