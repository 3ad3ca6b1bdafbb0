//! What the console pages and the JSON API both do, written once: each function runs
//! inside the caller's transaction and returns a typed result or an [`ApiError`] naming
//! what is wrong.

pub mod archive;
pub mod cohorts;
pub mod deletes;
pub mod invitations;
pub mod outbox;
pub mod profiles;
pub mod proposals;
pub mod rounds;
pub mod users;
pub mod visits;

pub use crate::api::ApiError;
