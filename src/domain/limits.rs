//! Every bound on what people send, in one place: generous for a city officer or a
//! manager, useless to an attacker. A value past a bound is refused with a message that
//! names the bound; nothing of it is stored.

/// A name: a city's, a cohort's or a module's, a participant's.
pub const NAME_CHARS: usize = 120;
/// A title: a programme's name, an organisation, an event, an agenda item.
pub const TITLE_CHARS: usize = 200;
/// A short label: a participant's role, a period's reason, a place, a climate zone.
pub const LABEL_CHARS: usize = 120;
/// A short text of a few lines: a theme's description, a decline's reason.
pub const DESCRIPTION_CHARS: usize = 500;
/// A longer text: a programme's description, an agenda item's detail.
pub const TEXT_CHARS: usize = 2_000;
/// What a city learnt on a visit (its feedback): a longer text, like a description.
pub const FEEDBACK_CHARS: usize = TEXT_CHARS;
/// A manager's comment on a Replication Plan's review.
pub const COMMENT_CHARS: usize = TEXT_CHARS;
/// Actions of one Replication Plan.
pub const ACTIONS_PER_PLAN: usize = 30;
/// The estimated budget of one action of a Replication Plan, in whole euros.
pub const ACTION_BUDGET_EUR_MAX: i64 = 100_000_000;
/// The size of an action's target value, either way (a count, a share, tonnes of CO2).
pub const TARGET_VALUE_MAX: f64 = 1e12;
/// The first and last years an action of a Replication Plan may start or end in.
pub const PLAN_YEARS: std::ops::RangeInclusive<i32> = 2020..=2060;
/// An id sent in a body.
pub const ID_CHARS: usize = 64;
/// Items of a visit's agenda.
pub const AGENDA_ITEMS: usize = 40;

/// Inhabitants a profile may give (more than any city of the programme).
pub const POPULATION_MAX: i64 = 100_000_000;
/// Twins one host may take.
pub const CAPACITY_MAX: i64 = 10;
/// People in one delegation.
pub const DELEGATION_MAX: i64 = 30;

/// Participants a profile lists: every itinerary email goes to each of them and lists
/// them all, so this bounds the emails of a publish and the size of each.
pub const CONTACTS_PER_PROFILE: usize = 20;
/// Needs or strengths of a profile (the taxonomy has 7 domains × 6 levers).
pub const THEMES_PER_PROFILE: usize = 42;
/// Hosts a Twin ranks (the form shows as many rows).
pub const INTERESTS_PER_PROFILE: usize = 5;
/// Periods when a city cannot travel or host.
pub const PERIODS_PER_PROFILE: usize = 30;
/// Rows of one list a form can carry (its index), so a form cannot make a huge list.
pub const FORM_ROWS: usize = 50;

/// A JSON body of the API.
pub const JSON_BODY_BYTES: usize = 256 * 1024;
/// A form of the pages.
pub const FORM_BODY_BYTES: usize = 256 * 1024;
/// The login form: an email address and a password.
pub const LOGIN_BODY_BYTES: usize = 4 * 1024;
/// An uploaded CSV file.
pub const CSV_UPLOAD_BYTES: usize = 2 * 1024 * 1024;
/// Rows of one CSV file (the programme has 112 Mission Cities; a cohort invites dozens).
pub const CSV_ROWS: usize = 5_000;
/// Errors listed in one answer; past it, the answer says how many more there are.
pub const ERRORS_LISTED: usize = 50;

/// Emails one publish may write to the outbox: several times any real cohort, and a
/// bound on what one city's data can make the service send.
pub const EMAILS_PER_PUBLISH: usize = 5_000;
/// Emails shown on one page of a preview.
pub const PREVIEW_PAGE: usize = 50;

/// Items of a list of ids or pairs a manager sends at once (invitations, the Twins and
/// hosts of a round, its pinned and forbidden pairs): the rows of a CSV file.
pub const LIST_ITEMS: usize = CSV_ROWS;
/// Working languages of a city or a profile.
pub const LANGUAGES: usize = 10;
/// Modules of a cohort (the programme has three).
pub const MODULES_PER_COHORT: usize = 12;

/// An email address (RFC 5321's path limit).
pub const EMAIL_CHARS: usize = 254;

/// A cohort's reimbursement cap per traveller and visit, euros.
pub const COST_CAP_EUR: i64 = 100_000;
/// What a city may record as spent on one visit, euros.
pub const COST_SPENT_EUR: i64 = 1_000_000;
/// The note of what a city spent on a visit.
pub const COST_NOTE_CHARS: usize = DESCRIPTION_CHARS;
/// Reminders of one kind a cohort sets (days before or after its date).
pub const REMINDERS_PER_KIND: usize = 5;
/// The most days before (or after) its date a reminder may be set.
pub const REMINDER_DAYS_MAX: i32 = 60;
