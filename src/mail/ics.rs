//! The iCalendar (RFC 5545) of published visits: a feed to subscribe to, or the
//! attachment of an itinerary email (iTIP, with its ORGANIZER and ATTENDEE).

use crate::domain::itinerary::VisitView;
use crate::domain::state::VisitStatus;

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
/// `invitee`: the calendar goes by email (iTIP): ORGANIZER and ATTENDEE are set.
pub fn ics(views: &[VisitView], name: &str, method: &str, invitee: Option<&Invitee<'_>>) -> String {
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
        let mut description = format!(
            "{} ({} days). Travel: {:.0} km, {} suggested, about {:.0} kg CO2e per traveller for the round trip.\n",
            v.label, v.days, v.travel.distance_km, v.travel.mode, v.travel.co2_kg_per_traveller
        );
        for day in &v.agenda {
            let date = start + chrono::Duration::days(i64::from(day.day) - 1);
            description.push_str(&format!(
                "\nDay {} ({}):\n",
                day.day,
                date.format("%a %-d %b %Y")
            ));
            for item in &day.items {
                description.push_str(&format!("- {}\n", item.title));
            }
        }
        let mut event = Event::new();
        event
            .uid(&format!("{}@twinning", v.id))
            .summary(&format!(
                "Technical visit: {} to {}",
                v.guest_city, v.host_city
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
