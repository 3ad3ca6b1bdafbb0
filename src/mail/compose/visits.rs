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
