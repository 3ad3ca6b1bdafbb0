//! The states and kinds of the programme's things, each an enum with its string form
//! written once: the database stores it (diesel reads and writes the enum through
//! `db::states`), the API and the emails show it (serde), the OpenAPI document lists it
//! (utoipa). A comparison with a misspelt string cannot compile.

use std::fmt;
use std::str::FromStr;

/// Declares a state enum: its variants with their stored names, `ALL`, `as_str`,
/// `Display`, and `FromStr` whose error names what is allowed.
macro_rules! state {
    (
        $(#[$meta:meta])*
        $name:ident ($noun:literal) {
            $( $(#[$vmeta:meta])* $variant:ident => $text:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug,
            Clone,
            Copy,
            PartialEq,
            Eq,
            Hash,
            PartialOrd,
            Ord,
            serde::Serialize,
            serde::Deserialize,
            utoipa::ToSchema,
            diesel::AsExpression,
            diesel::FromSqlRow,
        )]
        #[diesel(sql_type = diesel::sql_types::Text)]
        // Each stored name is its variant's in lower case, as serde and utoipa write it (a
        // test checks the two agree).
        #[serde(rename_all = "lowercase")]
        pub enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $name {
            /// Every value, in the order of the state machine.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The name stored and exchanged.
            pub fn as_str(self) -> &'static str {
                match self {
                    $( $name::$variant => $text ),+
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = String;

            fn from_str(s: &str) -> Result<$name, String> {
                match s.trim() {
                    $( $text => Ok($name::$variant), )+
                    other => Err(format!(
                        "\"{other}\" is not a {}: use {}",
                        $noun,
                        [$($text),+].join(", ")
                    )),
                }
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.as_str() == other
            }
        }
    };
}

state! {
    /// Where a visit stands: `unplaced` (no dates fit), `draft` (placed, not published),
    /// `planned` (published), `confirmed` (fixed by a manager), `cancelled`.
    VisitStatus ("visit status") {
        /// No dates fit its rules; it carries the reason.
        Unplaced => "unplaced",
        /// Placed by a planning run, not yet published.
        Draft => "draft",
        /// Published to its participants.
        Planned => "planned",
        /// Fixed by a manager: a re-plan keeps it where it is.
        Confirmed => "confirmed",
        /// Called off; its participants are told.
        Cancelled => "cancelled",
    }
}

impl VisitStatus {
    /// Whether a visit in this status happens: placed (by a run or by hand), neither
    /// unplaced nor cancelled.
    pub fn is_live(self) -> bool {
        matches!(
            self,
            VisitStatus::Draft | VisitStatus::Planned | VisitStatus::Confirmed
        )
    }
}

state! {
    /// Which way a visit goes: the Twin to its host, or the host back to the Twin.
    Direction ("direction") {
        /// The Twin's delegation visits the host.
        Outward => "outward",
        /// The host's team visits the Twin.
        Return => "return",
    }
}

state! {
    /// What a published change told a visit's participants.
    ChangeKind ("kind of change") {
        /// First told: the visit is planned.
        Planned => "planned",
        /// Its dates moved.
        Moved => "moved",
        /// The same dates, a new agenda.
        Updated => "updated",
        /// It was called off.
        Cancelled => "cancelled",
    }
}

state! {
    /// Where an email of the outbox stands.
    EmailStatus ("email status") {
        /// Waiting for the worker.
        Queued => "queued",
        /// An attempt failed; another is due.
        Retrying => "retrying",
        /// Accepted by the mail server.
        Sent => "sent",
        /// Given up after its attempts, or refused for good.
        Failed => "failed",
    }
}

state! {
    /// What an email is about.
    EmailKind ("kind of email") {
        /// An invitation to submit a profile, with its link.
        Invitation => "invitation",
        /// A proposed pair, to accept or decline.
        Proposal => "proposal",
        /// A visit's itinerary or its change, with the calendar.
        Schedule => "schedule",
        /// A test message a manager sent.
        Test => "test",
        /// The receipt of a submitted profile, to the city's contacts.
        Receipt => "receipt",
        /// A Replication Plan's submission or review, to the Twin's contacts.
        Plan => "plan",
        /// A reminder of something a city has to do (`ReminderKind`).
        Reminder => "reminder",
    }
}

state! {
    /// What a reminder is about. Each kind has its subject (what it is due for), its
    /// default days and its relevance in `ops::reminders`; a kind more is a variant here.
    ReminderKind ("kind of reminder") {
        /// A city's profile not submitted before the call closes (days before it closes).
        Profile => "profile",
        /// A proposal a side has not answered by its deadline (days before it).
        Proposal => "proposal",
        /// A visit coming (days before it starts), to the participants of both sides.
        Visit => "visit",
        /// Feedback a side has not given after a visit (days after it ends).
        Feedback => "feedback",
        /// A Twin's Replication Plan not submitted (or sent back for changes) before the
        /// cohort ends (days before it ends).
        Plan => "plan",
    }
}

state! {
    /// Where a reminder stands once it has a row: sent, or held by a manager (not sent).
    ReminderStatus ("reminder status") {
        /// Enqueued in the outbox.
        Sent => "sent",
        /// Held by a manager: not sent while held.
        Held => "held",
    }
}

state! {
    /// Where a version of a profile stands.
    ProfileStatus ("profile status") {
        /// Saved, not yet sent: the city may go on editing.
        Draft => "draft",
        /// Sent to the programme: it takes part in matching.
        Submitted => "submitted",
    }
}

state! {
    /// One side's answer to a proposed pair.
    Answer ("answer") {
        /// Not answered yet.
        Pending => "pending",
        /// Accepted.
        Accepted => "accepted",
        /// Declined.
        Declined => "declined",
    }
}

state! {
    /// Where a proposed pair stands, from both sides' answers.
    PairState ("pair state") {
        /// Neither side declined, and one side or both have not answered yet.
        Proposed => "proposed",
        /// Both sides accepted.
        Accepted => "accepted",
        /// One side declined, or both.
        Declined => "declined",
    }
}

state! {
    /// What a side of a visit wants after it (its feedback).
    FollowUp ("follow-up") {
        /// An online session with the other side.
        Online => "online",
        /// Another visit.
        Visit => "visit",
        /// Nothing more.
        None => "none",
    }
}

impl FollowUp {
    /// The words a person reads.
    pub fn label(self) -> &'static str {
        match self {
            FollowUp::Online => "An online session",
            FollowUp::Visit => "Another visit",
            FollowUp::None => "No follow-up",
        }
    }
}

state! {
    /// Where a version of a Replication Plan stands.
    PlanStatus ("plan status") {
        /// Being written by the city: it may go on editing.
        Draft => "draft",
        /// Sent to the programme: a manager reviews it.
        Submitted => "submitted",
        /// A manager asked for changes: the city edits a new version and submits again.
        #[serde(rename = "changes_requested")]
        ChangesRequested => "changes_requested",
        /// A manager accepted it.
        Accepted => "accepted",
    }
}

state! {
    /// Where an action of a Replication Plan stands.
    ActionStatus ("action status") {
        /// Not started yet.
        Planned => "planned",
        /// Under way.
        Started => "started",
        /// Done.
        Done => "done",
        /// Given up.
        Dropped => "dropped",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The name serde (and so the API and its OpenAPI document) gives each value is the
    /// one stored.
    fn stored_as_shown<T: serde::Serialize + Copy + fmt::Display>(all: &[T]) {
        for s in all {
            assert_eq!(serde_json::to_value(s).unwrap(), s.to_string());
        }
    }

    #[test]
    fn every_state_reads_back_what_it_writes_and_a_typo_is_named() {
        for s in VisitStatus::ALL {
            assert_eq!(s.as_str().parse::<VisitStatus>(), Ok(*s));
        }
        stored_as_shown(VisitStatus::ALL);
        stored_as_shown(Direction::ALL);
        stored_as_shown(ChangeKind::ALL);
        stored_as_shown(EmailStatus::ALL);
        stored_as_shown(EmailKind::ALL);
        stored_as_shown(ProfileStatus::ALL);
        stored_as_shown(Answer::ALL);
        stored_as_shown(PairState::ALL);
        stored_as_shown(FollowUp::ALL);
        stored_as_shown(PlanStatus::ALL);
        stored_as_shown(ActionStatus::ALL);
        stored_as_shown(ReminderKind::ALL);
        stored_as_shown(ReminderStatus::ALL);
        assert_eq!(
            "planed".parse::<VisitStatus>(),
            Err(
                "\"planed\" is not a visit status: use unplaced, draft, planned, confirmed, cancelled"
                    .to_owned()
            )
        );
        assert_eq!(
            serde_json::to_string(&Direction::Return).unwrap(),
            "\"return\""
        );
        assert!(EmailStatus::Sent == *"sent");
    }
}
