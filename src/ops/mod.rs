//! What the console pages and the JSON API both do, written once: each function runs
//! inside the caller's transaction and returns a typed result or an [`Error`] naming what
//! is wrong, in the domain's words (the API and the pages each turn it into their answer).

pub mod archive;
pub mod attention;
pub mod cities;
pub mod cohorts;
pub mod costs;
pub mod deletes;
pub mod error;
pub mod events;
pub mod feedback;
pub mod invitations;
pub mod outbox;
pub mod plans;
pub mod privacy;
pub mod profiles;
pub mod proposals;
pub mod reminders;
pub mod report;
pub mod rounds;
pub mod users;
pub mod visits;

pub use error::Error;
