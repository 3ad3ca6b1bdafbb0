//! The iCalendar (RFC 5545) of published visits: a feed to subscribe to, or the
//! attachment of an itinerary email (iTIP, with its ORGANIZER and ATTENDEE).

use crate::domain::itinerary::VisitView;
use crate::domain::state::VisitStatus;
use crate::i18n::Tr;

/// The person an emailed calendar invites, and who invites.
pub struct Invitee<'a> {
    /// The programme's name.
    pub organizer_name: &'a str,
    /// The programme's address.
    pub organizer_email: &'a str,
    /// The participant's name.
    pub name: &'a str,
    /// The participant's address.
    pub email: &'a str,
}

/// The calendar of the published visits among `views`: one event per visit with a
/// stable UID, all-day dates, the SEQUENCE participants have, cancelled ones as such.
/// `invitee`: the calendar goes by email (iTIP): ORGANIZER and ATTENDEE are set. Its
/// words are `t`'s: the recipient's language in an email, the city's in its feed, English in a
/// cohort's feed for the managers.
pub fn ics(
    views: &[VisitView],
    name: &str,
    method: &str,
    invitee: Option<&Invitee<'_>>,
    t: &Tr,
) -> String {
    use icalendar::{Calendar, Component, Event, EventLike, EventStatus};
    let mut cal = Calendar::new();
    cal.name(name);
    cal.append_property(("METHOD", method));
    for v in views {
        let (Some(status), Some(start), Some(end)) = (
            v.published_status,
            v.published_starts_on,
            v.published_ends_on,
        ) else {
            continue;
        };
        let english = t.lang() == crate::i18n::Lang::En;
        let mode = match (english, v.travel.mode.as_str()) {
            // The feeds have always said the mode's stored name.
            (true, mode) => mode.to_owned(),
            (false, "rail") => t.t("mode-rail"),
            (false, _) => t.t("mode-air"),
        };
        let label = if english {
            v.label.clone()
        } else {
            t.with(
                "visit-label",
                &[
                    ("direction", v.direction.as_str().into()),
                    ("guest", v.guest_city.as_str().into()),
                    ("host", v.host_city.as_str().into()),
                    ("position", v.position.to_string().into()),
                ],
            )
        };
        let mut description = t.with(
            "ics-description",
            &[
                ("label", label.into()),
                ("days", t.count("count-days", v.days).into()),
                ("km", format!("{:.0}", v.travel.distance_km).into()),
                ("mode", mode.into()),
                (
                    "co2",
                    format!("{:.0}", v.travel.co2_kg_per_traveller).into(),
                ),
            ],
        );
        description.push('\n');
        for day in &v.agenda {
            let date = start + chrono::Duration::days(i64::from(day.day) - 1);
            description.push('\n');
            description.push_str(&t.t2(
                "ics-day",
                ("day", day.day.to_string()),
                ("date", t.short_day(date)),
            ));
            description.push('\n');
            for item in &day.items {
                description.push_str(&format!(
                    "- {}\n",
                    t.agenda_line(&item.title, &v.twin, &v.host)
                ));
            }
        }
        let mut event = Event::new();
        event
            .uid(&format!("{}@twinning", v.id))
            .summary(&t.t2(
                "ics-summary",
                ("guest", v.guest_city.as_str()),
                ("host", v.host_city.as_str()),
            ))
            .description(&description)
            .location(&format!("{}, {}", v.host_city, v.host_country))
            .starts(start)
            .ends(end + chrono::Duration::days(1))
            .sequence(v.sequence.max(0) as u32)
            .timestamp(chrono::Utc::now())
            .status(match status {
                VisitStatus::Cancelled => EventStatus::Cancelled,
                VisitStatus::Confirmed => EventStatus::Confirmed,
                VisitStatus::Unplaced | VisitStatus::Draft | VisitStatus::Planned => {
                    EventStatus::Tentative
                }
            });
        if let Some(who) = invitee {
            event.append_property(
                icalendar::Property::new("ORGANIZER", format!("mailto:{}", who.organizer_email))
                    .add_parameter("CN", who.organizer_name)
                    .done(),
            );
            let mut attendee =
                icalendar::Property::new("ATTENDEE", format!("mailto:{}", who.email));
            if !who.name.is_empty() {
                attendee.add_parameter("CN", who.name);
            }
            event.append_property(
                attendee
                    .add_parameter("ROLE", "REQ-PARTICIPANT")
                    .add_parameter("RSVP", "FALSE")
                    .done(),
            );
        }
        cal.push(event.done());
    }
    cal.done().to_string()
}
