//! Why a visit cannot have a start day, typed: the rule it breaks ([`Cause`]), kept with
//! the sentence that says it to a manager ([`Fault`]).

use serde::{Deserialize, Serialize};

/// The rule that keeps a visit from one start day (a start checked by hand) or from
/// every start day (a visit left unscheduled). Ids are the instance's.
///
/// In JSON the variant is `"cause"` in snake case, beside its fields:
/// `{"cause": "cannot_travel", "city": "cascais"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "cause", rename_all = "snake_case")]
pub enum Cause {
    /// The host's `host_capacity` is 0: it receives no visit at all.
    NoHostCapacity {
        /// The host city.
        city: String,
    },
    /// The window inside the horizon is shorter than the visit, or the start puts a day
    /// of the visit outside it.
    Window,
    /// A day of the visit is not a workday, or the window holds no run of that many
    /// consecutive workdays.
    Workdays,
    /// A day of the visit is a blackout, or blackouts take every start the workdays leave.
    Blackout,
    /// The guest cannot travel on a day of the visit, or on every start the workdays and
    /// blackouts leave.
    CannotTravel {
        /// The guest city.
        city: String,
    },
    /// The host cannot host on a day of the visit, or on every start the rules before
    /// this one leave.
    CannotHost {
        /// The host city.
        city: String,
    },
    /// The confirmed start (`fixed_start`) breaks a rule on its own: `rule` is one of
    /// `window`, `workdays`, `blackout`, `cannot_travel`, `cannot_host`.
    FixedStart {
        /// The rule the fixed start breaks.
        rule: Box<Cause>,
    },
    /// Every allowed start day collides with visits the schedule placed (a host beyond
    /// its capacity, a city travelling while it hosts or twice, an `after` gap); only
    /// for a visit left unscheduled.
    ConflictsWithScheduled {
        /// The placed visits in the way, in instance order.
        with: Vec<String>,
    },
    /// The time limit stopped the search while a start day free of conflicts was left;
    /// only for a visit left unscheduled.
    TimeLimit,
    /// The host already receives its `host_capacity` of visits on a day of the visit
    /// (`visit` is one of them); only for a start checked by hand.
    HostFull {
        /// The host city.
        city: String,
        /// A placed visit the host receives on those days.
        visit: String,
    },
    /// The city would travel while it hosts, or travel twice, on a day of the visit; only
    /// for a start checked by hand.
    CityBusy {
        /// The guest or host city of the visit checked.
        city: String,
        /// The placed visit that city hosts or travels for on those days.
        visit: String,
    },
    /// An `after` rule: `then` must start at least `min_gap_days` after `first` ends,
    /// and one of them is the visit checked; only for a start checked by hand.
    AfterGap {
        /// The visit that comes first.
        first: String,
        /// The visit that follows.
        then: String,
        /// Calendar days required between the end of `first` and the start of `then`.
        min_gap_days: i64,
    },
}

/// A start refused, or a visit left out: the rule broken, and the sentence that says it
/// (naming days and ids) for a manager.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fault {
    /// The rule broken.
    #[serde(flatten)]
    pub cause: Cause,
    /// The same in words, with the days and ids concerned.
    pub message: String,
}

impl Fault {
    pub(crate) fn new(cause: Cause, message: impl Into<String>) -> Fault {
        Fault {
            cause,
            message: message.into(),
        }
    }
}
