//! The reminders a city's participants get (`ops::reminders` decides which are due): a
//! profile to submit before the call closes, a proposal to answer by its deadline, a
//! visit coming (with its itinerary and calendar), feedback to give after a visit, a
//! Twin's Replication Plan to submit before the cohort ends.

use super::visits::{contacts, itinerary, travel};
use super::*;
use crate::domain::id::CohortId;

/// What a reminder is about, with what its email says of it.
pub enum ReminderAbout<'a> {
    /// The city's profile is not submitted; the call closes on `closes`.
    Profile {
        /// The day the call closes.
        closes: chrono::NaiveDate,
    },
    /// The city has not answered the proposal of `twin` with `host` due by `answer_by`.
    Proposal {
        /// The Twin's name.
        twin: &'a str,
        /// The host's name.
        host: &'a str,
        /// The deadline.
        answer_by: chrono::NaiveDate,
    },
    /// A visit starts in `days_left` days.
    Visit {
        /// The visit.
        view: &'a VisitView,
        /// Days until it starts.
        days_left: i64,
        /// The recipient travels (else receives).
        travelling: bool,
        /// Both sides' participants.
        guests: &'a [Recipient],
        /// Both sides' participants.
        hosts: &'a [Recipient],
    },
    /// The city has not given its feedback on a visit that ended; it can until `open_until`.
    Feedback {
        /// The visit.
        view: &'a VisitView,
        /// The cohort's last day.
        open_until: chrono::NaiveDate,
    },
    /// The Twin has not submitted its Replication Plan (or was asked for changes); the
    /// cohort ends on `ends`.
    Plan {
        /// The cohort's last day.
        ends: chrono::NaiveDate,
    },
}

/// A reminder, for its email.
pub struct ReminderEmail<'a> {
    /// The reminder's row.
    pub reminder_id: &'a str,
    /// Its cohort.
    pub cohort_id: &'a CohortId,
    /// The cohort's name.
    pub cohort: &'a str,
    /// The city reminded.
    pub city: &'a str,
    /// What it is about.
    pub about: ReminderAbout<'a>,
}

/// The email of a reminder to one of the city's participants, in their language.
pub fn reminder(e: &ReminderEmail<'_>, to: &Recipient, head: &Letterhead) -> Draft {
    let t = Tr::of(&to.language);
    let (city, cohort) = (e.city, e.cohort);
    let link = t.t("mail-reminder-link");
    let mut paragraphs = Vec::new();
    let mut sections = Vec::new();
    let mut calendar = None;
    let mut visit_id = None;
    let (subject, lead) = match &e.about {
        ReminderAbout::Profile { closes } => {
            let date = t.short_date(*closes);
            paragraphs.push(link);
            (
                t.t2(
                    "mail-subject-reminder-profile",
                    ("city", city),
                    ("date", date.as_str()),
                ),
                t.t3(
                    "mail-reminder-profile",
                    ("city", city),
                    ("cohort", cohort),
                    ("date", date.as_str()),
                ),
            )
        }
        ReminderAbout::Proposal {
            twin,
            host,
            answer_by,
        } => {
            let date = t.short_date(*answer_by);
            paragraphs.push(link);
            (
                t.t3(
                    "mail-subject-reminder-proposal",
                    ("twin", *twin),
                    ("host", *host),
                    ("date", date.as_str()),
                ),
                t.with(
                    "mail-reminder-proposal",
                    &[
                        ("twin", (*twin).into()),
                        ("host", (*host).into()),
                        ("city", city.into()),
                        ("cohort", cohort.into()),
                        ("date", date.into()),
                    ],
                ),
            )
        }
        ReminderAbout::Visit {
            view,
            days_left,
            travelling,
            guests,
            hosts,
        } => {
            let start = view.published_starts_on.unwrap_or(view.window_start);
            let end = view.published_ends_on.unwrap_or(start);
            let dates = t.range(start, end);
            let (guest, host) = (view.guest_city.as_str(), view.host_city.as_str());
            paragraphs.push(t.t1(
                if *travelling {
                    "mail-you-travel"
                } else {
                    "mail-you-host"
                },
                "city",
                city,
            ));
            paragraphs.push(t.t("mail-reminder-visit-calendar"));
            sections.push(itinerary(view, &t, start));
            sections.push(travel(view, &t));
            sections.push(contacts(view, &t, guests, hosts));
            calendar = Some((
                "PUBLISH".to_owned(),
                crate::mail::ics::ics(std::slice::from_ref(*view), cohort, "PUBLISH", None, &t),
            ));
            visit_id = Some(view.id.clone().into());
            (
                t.t3(
                    "mail-subject-reminder-visit",
                    ("guest", guest),
                    ("host", host),
                    ("dates", dates.as_str()),
                ),
                t.with(
                    "mail-reminder-visit",
                    &[
                        ("guest", guest.into()),
                        ("host", host.into()),
                        ("days", t.count("count-days", *days_left).into()),
                        ("dates", dates.into()),
                    ],
                ),
            )
        }
        ReminderAbout::Feedback { view, open_until } => {
            let start = view.published_starts_on.unwrap_or(view.window_start);
            let end = view.published_ends_on.unwrap_or(start);
            let (guest, host) = (view.guest_city.as_str(), view.host_city.as_str());
            visit_id = Some(view.id.clone().into());
            paragraphs.push(link);
            (
                t.t2(
                    "mail-subject-reminder-feedback",
                    ("guest", guest),
                    ("host", host),
                ),
                t.with(
                    "mail-reminder-feedback",
                    &[
                        ("guest", guest.into()),
                        ("host", host.into()),
                        ("city", city.into()),
                        ("dates", t.range(start, end).into()),
                        ("date", t.short_date(*open_until).into()),
                    ],
                ),
            )
        }
        ReminderAbout::Plan { ends } => {
            let date = t.short_date(*ends);
            paragraphs.push(link);
            (
                t.t2(
                    "mail-subject-reminder-plan",
                    ("city", city),
                    ("date", date.as_str()),
                ),
                t.t3(
                    "mail-reminder-plan",
                    ("city", city),
                    ("cohort", cohort),
                    ("date", date.as_str()),
                ),
            )
        }
    };
    let letter = Letter {
        lang: t.code(),
        subject: subject.clone(),
        greeting: t.greet(&to.name),
        lead,
        paragraphs,
        sections,
        closing: t.t1("mail-closing", "team", head.signature()),
        footer: t.t2("mail-footer", ("city", city), ("cohort", cohort)),
        ..Letter::default()
    };
    let (text, html) = letter.render();
    Draft {
        visit_id,
        calendar,
        ..addressed(
            EmailKind::Reminder,
            e.cohort_id.clone(),
            e.reminder_id.to_owned(),
            to,
            &t,
            subject,
            (text, html),
        )
    }
}
