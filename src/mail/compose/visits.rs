//! The itinerary email of a visit's published change: what changed, the agenda day by
//! day, the travel, both sides' contacts, and the calendar invitation it carries.

use super::*;

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
    let t = Tr::of(&to.language);
    let start = view.published_starts_on.unwrap_or(view.window_start);
    let end = view.published_ends_on.unwrap_or(start);
    let dates = t.range(start, end);
    let old = change
        .old
        .map_or_else(|| dates.clone(), |(a, b)| t.range(a, b));
    let (guest, host) = (view.guest_city.as_str(), view.host_city.as_str());
    let pair = |id: &str, dates: &str| t.t3(id, ("guest", guest), ("host", host), ("dates", dates));
    let (subject, lead, method) = match change.kind {
        ChangeKind::Moved => (
            pair("mail-subject-moved", &dates),
            t.t2(
                "mail-lead-moved",
                ("old", old.as_str()),
                ("new", dates.as_str()),
            ),
            "REQUEST",
        ),
        ChangeKind::Cancelled => (
            pair("mail-subject-cancelled", &old),
            t.t3(
                "mail-lead-cancelled",
                ("guest", guest),
                ("host", host),
                ("old", old.as_str()),
            ),
            "CANCEL",
        ),
        ChangeKind::Updated => (
            pair("mail-subject-updated", &dates),
            t.t1("mail-lead-updated", "dates", dates.as_str()),
            "REQUEST",
        ),
        ChangeKind::Planned => (
            pair("mail-subject-planned", &dates),
            pair("mail-lead-planned", &dates),
            "REQUEST",
        ),
    };
    let which = if view.direction == Direction::Outward {
        "mail-visit-outward"
    } else {
        "mail-visit-return"
    };
    let own_city = if travelling {
        &view.guest_city
    } else {
        &view.host_city
    };
    let mut paragraphs = vec![
        t.t1(
            if travelling {
                "mail-you-travel"
            } else {
                "mail-you-host"
            },
            "city",
            own_city,
        ),
        t.with(
            which,
            &[
                ("position", view.position.to_string().into()),
                ("twin", (&view.twin).into()),
                ("host", (&view.host).into()),
                ("days", t.count("count-workdays", view.days).into()),
                ("cohort", cohort.into()),
            ],
        ),
    ];
    let mut sections = Vec::new();
    if method == "REQUEST" {
        sections.push(itinerary(view, &t, start));
        sections.push(travel(view, &t));
        sections.push(contacts(view, &t, guests, hosts));
        paragraphs.push(t.t("mail-calendar-request"));
    } else {
        paragraphs.push(t.t("mail-calendar-cancel"));
    }
    let letter = Letter {
        lang: t.code(),
        subject: subject.clone(),
        greeting: t.greet(&to.name),
        lead,
        paragraphs,
        sections,
        closing: t.t1("mail-closing", "team", head.signature()),
        footer: t.t2(
            "mail-footer",
            ("city", own_city.as_str()),
            ("cohort", cohort),
        ),
        ..Letter::default()
    };
    let (text, html) = letter.render();
    let ics = crate::mail::ics::ics(
        std::slice::from_ref(view),
        cohort,
        method,
        Some(&Invitee {
            organizer_name: head.signature(),
            organizer_email: head.from.email.as_ref(),
            name: &to.name,
            email: &to.email,
        }),
        &t,
    );
    Draft {
        visit_id: Some(view.id.clone().into()),
        calendar: Some((method.to_owned(), ics)),
        ..addressed(
            EmailKind::Schedule,
            view.cohort_id.clone(),
            change.id.clone(),
            to,
            &t,
            subject,
            (text, html),
        )
    }
}

pub(super) fn itinerary(view: &VisitView, t: &Tr, start: chrono::NaiveDate) -> Section {
    Section {
        heading: t.t("mail-itinerary"),
        groups: view
            .agenda
            .iter()
            .map(|day| {
                let date = start + chrono::Duration::days(i64::from(day.day) - 1);
                let mut lines: Vec<(String, String)> = day
                    .items
                    .iter()
                    .map(|i| {
                        (
                            t.agenda_line(&i.title, &view.twin, &view.host),
                            t.agenda_line(&i.detail, &view.twin, &view.host),
                        )
                    })
                    .collect();
                if lines.is_empty() {
                    lines.push((t.t("agenda-to-be-arranged"), String::new()));
                }
                Group {
                    heading: t.t2(
                        "mail-day",
                        ("day", day.day.to_string()),
                        ("date", t.date(date)),
                    ),
                    lines,
                }
            })
            .collect(),
    }
}

pub(super) fn travel(view: &VisitView, t: &Tr) -> Section {
    let mode = if view.travel.mode == "rail" {
        t.t("mode-rail")
    } else {
        t.t("mode-air")
    };
    let mut lines = vec![(
        t.t3(
            "mail-travel-line",
            ("km", t.number(view.travel.distance_km)),
            ("mode", mode),
            ("co2", t.number(view.travel.co2_kg_per_traveller)),
        ),
        String::new(),
    )];
    if let Some(n) = view.travel.delegation_size {
        lines.push((
            t.t1("mail-delegation", "people", t.count("count-people", n)),
            String::new(),
        ));
    }
    Section {
        heading: t.t("mail-travel"),
        groups: vec![Group {
            heading: String::new(),
            lines,
        }],
    }
}

pub(super) fn contacts(
    view: &VisitView,
    t: &Tr,
    guests: &[Recipient],
    hosts: &[Recipient],
) -> Section {
    let group = |heading: String, people: &[Recipient]| Group {
        heading,
        lines: if people.is_empty() {
            vec![(t.t("mail-no-contact"), String::new())]
        } else {
            people
                .iter()
                .map(|p| (p.name.clone(), p.email.clone()))
                .collect()
        },
    };
    Section {
        heading: t.t("mail-contacts"),
        groups: vec![
            group(t.t1("mail-travelling", "city", &view.guest_city), guests),
            group(t.t1("mail-hosting", "city", &view.host_city), hosts),
        ],
    }
}
