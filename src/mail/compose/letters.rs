//! The letters to cities: a proposed pair to answer, an invitation with its link, the
//! receipt of a submitted profile.

use super::*;
use crate::domain::id::CohortId;
use crate::domain::id::InvitationId;
use crate::domain::id::ProposalId;
use crate::domain::state::PlanStatus;

/// The email to one side of a proposed pair.
#[allow(clippy::too_many_arguments)]
pub fn proposal(
    proposal_id: &ProposalId,
    cohort_id: &CohortId,
    cohort: &str,
    twin: &str,
    host: &str,
    twin_side: bool,
    answer_by: chrono::NaiveDate,
    to: &Recipient,
    head: &Letterhead,
) -> Draft {
    let t = Tr::of(&to.language);
    let subject = t.t2("mail-subject-proposal", ("twin", twin), ("host", host));
    let names = [("twin", twin), ("host", host), ("cohort", cohort)];
    let letter = Letter {
        lang: t.code(),
        subject: subject.clone(),
        greeting: t.greet(&to.name),
        lead: t.with(
            if twin_side {
                "mail-proposal-twin"
            } else {
                "mail-proposal-host"
            },
            &names.map(|(k, v)| (k, v.into())),
        ),
        paragraphs: vec![
            t.t("mail-proposal-next"),
            t.t1("mail-proposal-answer-by", "date", t.short_date(answer_by)),
        ],
        closing: t.t1("mail-closing", "team", head.signature()),
        footer: t.t2(
            "mail-footer",
            ("city", if twin_side { twin } else { host }),
            ("cohort", cohort),
        ),
        ..Letter::default()
    };
    let (text, html) = letter.render();
    addressed(
        EmailKind::Proposal,
        cohort_id.to_owned(),
        proposal_id.to_owned().into(),
        to,
        &t,
        subject,
        (text, html),
    )
}

/// What an invitation email says.
pub struct InvitationEmail<'a> {
    /// The invitation.
    pub invitation_id: &'a InvitationId,
    /// Its cohort.
    pub cohort_id: &'a CohortId,
    /// The cohort's name.
    pub cohort: &'a str,
    /// The programme's name.
    pub programme: &'a str,
    /// The city.
    pub city: &'a str,
    /// `twin` or `host`.
    pub role: ProfileRole,
    /// The link, with its token.
    pub link: &'a str,
    /// When it stops working.
    pub expires_on: chrono::NaiveDate,
    /// A link issued again.
    pub resent: bool,
}

/// The email carrying an invitation link. The link is kept apart from the bodies (a
/// placeholder stands in them) and dropped once the email is sent.
pub fn invitation(e: &InvitationEmail<'_>, to: &Recipient, head: &Letterhead) -> Draft {
    let t = Tr::of(&to.language);
    let role = if e.role == ProfileRole::Host {
        "host"
    } else {
        "twin"
    };
    let subject = t.t2(
        "mail-subject-invitation",
        ("cohort", e.cohort),
        ("programme", e.programme),
    );
    let mut after_link = vec![t.t("mail-invitation-keep")];
    if e.resent {
        after_link.insert(0, t.t("mail-invitation-new-link"));
    }
    let letter = Letter {
        lang: t.code(),
        subject: subject.clone(),
        greeting: t.greet(&to.name),
        lead: t.with(
            "mail-invitation-lead",
            &[
                ("city", e.city.into()),
                ("cohort", e.cohort.into()),
                ("programme", e.programme.into()),
                ("role", role.into()),
            ],
        ),
        paragraphs: vec![t.t1("mail-invitation-link", "date", t.short_date(e.expires_on))],
        link: Some(LINK_PLACEHOLDER.to_owned()),
        after_link,
        closing: t.t1("mail-closing", "team", head.signature()),
        footer: t.t2("mail-footer", ("city", e.city), ("cohort", e.cohort)),
        ..Letter::default()
    };
    let (text, html) = letter.render();
    Draft {
        secret: Some(e.link.to_owned()),
        ..addressed(
            EmailKind::Invitation,
            e.cohort_id.clone(),
            e.invitation_id.to_owned().into(),
            to,
            &t,
            subject,
            (text, html),
        )
    }
}

/// What the receipt of a submitted profile says.
pub struct ReceiptEmail<'a> {
    /// The profile version submitted.
    pub profile_id: &'a str,
    /// Its cohort.
    pub cohort_id: &'a CohortId,
    /// The cohort's name.
    pub cohort: &'a str,
    /// The city.
    pub city: &'a str,
    /// The version number.
    pub version: i32,
    /// The reference the city quotes (as its confirmation page shows it).
    pub reference: &'a str,
    /// When it was submitted.
    pub submitted_on: chrono::NaiveDate,
    /// When the call closes.
    pub call_closes: chrono::NaiveDate,
}

/// The receipt of a submitted profile, to one of the city's contacts.
pub fn receipt(e: &ReceiptEmail<'_>, to: &Recipient, head: &Letterhead) -> Draft {
    let t = Tr::of(&to.language);
    let closes = t.short_date(e.call_closes);
    let subject = t.t2(
        "mail-subject-receipt",
        ("city", e.city),
        ("cohort", e.cohort),
    );
    let letter = Letter {
        lang: t.code(),
        subject: subject.clone(),
        greeting: t.greet(&to.name),
        lead: t.with(
            "mail-receipt-lead",
            &[
                ("city", e.city.into()),
                ("cohort", e.cohort.into()),
                ("version", e.version.to_string().into()),
                ("date", t.short_date(e.submitted_on).into()),
            ],
        ),
        paragraphs: vec![
            t.t1("mail-receipt-reference", "reference", e.reference),
            t.t1("mail-receipt-next", "date", closes.as_str()),
            t.t1("mail-receipt-change", "date", closes.as_str()),
        ],
        closing: t.t1("mail-closing", "team", head.signature()),
        footer: t.t2("mail-footer", ("city", e.city), ("cohort", e.cohort)),
        ..Letter::default()
    };
    let (text, html) = letter.render();
    addressed(
        EmailKind::Receipt,
        e.cohort_id.clone(),
        e.profile_id.to_owned(),
        to,
        &t,
        subject,
        (text, html),
    )
}

/// What a letter about a Replication Plan says: its submission, or its review.
pub struct PlanEmail<'a> {
    /// The version's id.
    pub plan_id: &'a str,
    /// Its cohort.
    pub cohort_id: &'a CohortId,
    /// The cohort's name.
    pub cohort: &'a str,
    /// The Twin City.
    pub city: &'a str,
    /// Its host.
    pub host: &'a str,
    /// The version.
    pub version: i32,
    /// The step: submitted, changes asked, or accepted.
    pub step: PlanStatus,
    /// The manager's comment (may be empty).
    pub comment: &'a str,
    /// Actions in the version.
    pub actions: usize,
}

/// The letter of a plan's step, to one of the Twin's contacts.
pub fn plan(e: &PlanEmail<'_>, to: &Recipient, head: &Letterhead) -> Draft {
    let t = Tr::of(&to.language);
    let step = match e.step {
        PlanStatus::Accepted => "accepted",
        PlanStatus::ChangesRequested => "changes",
        PlanStatus::Submitted | PlanStatus::Draft => "submitted",
    };
    let subject = t.t2(
        &format!("mail-subject-plan-{step}"),
        ("city", e.city),
        ("cohort", e.cohort),
    );
    let mut paragraphs = Vec::new();
    if !e.comment.is_empty() {
        paragraphs.push(t.t1("mail-plan-comment", "comment", e.comment));
    }
    paragraphs.push(t.t(&format!("mail-plan-{step}-next")));
    let letter = Letter {
        lang: t.code(),
        subject: subject.clone(),
        greeting: t.greet(&to.name),
        lead: t.with(
            &format!("mail-plan-{step}-lead"),
            &[
                ("city", e.city.into()),
                ("cohort", e.cohort.into()),
                ("host", e.host.into()),
                ("version", e.version.to_string().into()),
                ("n", (e.actions as i64).into()),
            ],
        ),
        paragraphs,
        closing: t.t1("mail-closing", "team", head.signature()),
        footer: t.t2("mail-footer", ("city", e.city), ("cohort", e.cohort)),
        ..Letter::default()
    };
    let (text, html) = letter.render();
    addressed(
        EmailKind::Plan,
        e.cohort_id.clone(),
        e.plan_id.to_owned(),
        to,
        &t,
        subject,
        (text, html),
    )
}
