//! The tables, written once for both backends (the migrations keep them identical).

// The table! macro generates a module and a type per column; the tables carry the docs.
#![allow(missing_docs)]

diesel::table! {
    /// A city taking part in a programme in any role.
    cities (id) {
        id -> Text,
        name -> Text,
        country -> Text,
        lat -> Double,
        lon -> Double,
        population -> Integer,
        organisation -> Nullable<Text>,
        languages -> Text,
        coastal -> Nullable<Bool>,
        climate_zone -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// A programme, e.g. the Twinning Learning Programme.
    programmes (id) {
        id -> Text,
        name -> Text,
        description -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        /// Archived (read-only, out of the default lists): when; who is in the audit log.
        archived_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    /// A cohort of a programme, with its call window, dates and visit rules.
    cohorts (id) {
        id -> Text,
        programme_id -> Text,
        number -> Integer,
        name -> Text,
        call_opens -> Date,
        call_closes -> Date,
        starts_on -> Date,
        ends_on -> Date,
        visits_twin_to_host -> Integer,
        visits_host_to_twin -> Integer,
        visit_days -> Integer,
        min_gap_days -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        visit_modules -> Text,
        /// Archived (read-only, out of the default lists): when; who is in the audit log.
        archived_at -> Nullable<Timestamp>,
        /// The reminder settings as JSON (empty: the defaults).
        reminders -> Text,
        /// The reimbursement cap per traveller and visit, euro cents (`None`: no cap).
        reimbursement_cap_cents -> Nullable<Integer>,
        /// When the personal data of the cohort was anonymised after its retention period.
        personal_data_erased_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    /// A module of a cohort (Getting started, Co-creating, Capitalising).
    modules (id) {
        id -> Text,
        cohort_id -> Text,
        position -> Integer,
        name -> Text,
        starts_on -> Date,
        ends_on -> Date,
    }
}

diesel::table! {
    /// A role a city holds: twin, mission or pilot, optionally for one cohort.
    city_roles (id) {
        id -> Text,
        city_id -> Text,
        role -> Text,
        cohort_id -> Nullable<Text>,
        source -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    /// What a Twin is paired with: a Mission City or a pilot activity.
    hosts (id) {
        id -> Text,
        cohort_id -> Nullable<Text>,
        kind -> Text,
        name -> Text,
        description -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// The cities of a host (one for a Mission City, one or more for a pilot activity).
    host_cities (host_id, city_id) {
        host_id -> Text,
        city_id -> Text,
    }
}

diesel::table! {
    /// The theme taxonomy: emission domains and levers of change.
    themes (id) {
        id -> Text,
        axis -> Text,
        label -> Text,
        position -> Integer,
    }
}

diesel::table! {
    /// Blackouts and conferences, programme-wide, per cohort, or for everyone.
    calendar_events (id) {
        id -> Text,
        programme_id -> Nullable<Text>,
        cohort_id -> Nullable<Text>,
        kind -> Text,
        label -> Text,
        location -> Nullable<Text>,
        starts_on -> Date,
        ends_on -> Date,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// A person of a city: a delegation member or a host team member.
    contacts (id) {
        id -> Text,
        city_id -> Text,
        name -> Text,
        email -> Text,
        role -> Text,
        language -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// One version of what a city submitted for a cohort.
    profiles (id) {
        id -> Text,
        city_id -> Text,
        cohort_id -> Text,
        role -> Text,
        version -> Integer,
        status -> Text,
        population -> Nullable<Integer>,
        languages -> Text,
        coastal -> Nullable<Bool>,
        climate_zone -> Nullable<Text>,
        capacity -> Nullable<Integer>,
        delegation_size -> Nullable<Integer>,
        is_example -> Bool,
        submitted_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        created_by -> Text,
        organisation -> Text,
    }
}

diesel::table! {
    /// A participant named in one version of a profile.
    profile_contacts (id) {
        id -> Text,
        profile_id -> Text,
        position -> Integer,
        name -> Text,
        email -> Text,
        role -> Text,
        language -> Text,
    }
}

diesel::table! {
    /// A need (Twin) or strength (host) of a profile on one domain and one lever.
    profile_themes (id) {
        id -> Text,
        profile_id -> Text,
        kind -> Text,
        domain -> Text,
        lever -> Text,
        priority -> Integer,
        description -> Text,
    }
}

diesel::table! {
    /// A host a Twin is interested in, ranked.
    profile_interests (profile_id, host_id) {
        profile_id -> Text,
        host_id -> Text,
        rank -> Integer,
    }
}

diesel::table! {
    /// Dates a city cannot travel or host.
    profile_unavailability (id) {
        id -> Text,
        profile_id -> Text,
        applies_to -> Text,
        starts_on -> Date,
        ends_on -> Date,
        label -> Text,
    }
}

diesel::table! {
    /// Programme managers.
    users (id) {
        id -> Text,
        email -> Text,
        name -> Text,
        password_hash -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    /// Who changed what, and when.
    audit_log (id) {
        id -> Text,
        at -> Timestamp,
        actor -> Text,
        action -> Text,
        entity -> Text,
        entity_id -> Text,
        detail -> Text,
    }
}

diesel::table! {
    /// A manager's browser session; the cookie holds the token, this its hash.
    sessions (token_hash) {
        token_hash -> Text,
        user_id -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
    }
}

diesel::table! {
    /// A bearer token a manager created for the API; only its hash is kept.
    api_tokens (id) {
        id -> Text,
        user_id -> Text,
        label -> Text,
        token_hash -> Text,
        created_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    /// A city invited to a cohort in a role; its link carries a token, this its hash.
    invitations (id) {
        id -> Text,
        cohort_id -> Text,
        city_id -> Text,
        role -> Text,
        email -> Text,
        token_hash -> Text,
        expires_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
        sent_count -> Integer,
        created_by -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// A matching round of a cohort: instance, result and report, as JSON.
    rounds (id) {
        id -> Text,
        cohort_id -> Text,
        number -> Integer,
        status -> Text,
        settings -> Text,
        instance -> Text,
        result -> Text,
        report -> Text,
        solver_version -> Text,
        seconds -> Double,
        created_by -> Text,
        created_at -> Timestamp,
        parent_id -> Nullable<Text>,
        published_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    /// A published pair that both cities accept or decline.
    proposals (id) {
        id -> Text,
        cohort_id -> Text,
        round_id -> Text,
        twin_city_id -> Text,
        host_id -> Text,
        score -> Double,
        twin_answer -> Text,
        host_answer -> Text,
        reason -> Text,
        superseded_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        answer_by -> Nullable<Date>,
    }
}

diesel::table! {
    /// A planning run of a cohort's visits: the exact instance, the result, the solver.
    schedules (id) {
        id -> Text,
        cohort_id -> Text,
        number -> Integer,
        instance -> Text,
        result -> Text,
        solver_version -> Text,
        seconds -> Double,
        created_by -> Text,
        created_at -> Timestamp,
        published_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    /// A technical visit of a pair: who travels where, when, and what participants were
    /// last told.
    visits (id) {
        id -> Text,
        cohort_id -> Text,
        proposal_id -> Text,
        twin_city_id -> Text,
        host_id -> Text,
        guest_city_id -> Text,
        host_city_id -> Text,
        direction -> Text,
        position -> Integer,
        days -> Integer,
        window_start -> Date,
        window_end -> Date,
        starts_on -> Nullable<Date>,
        ends_on -> Nullable<Date>,
        status -> Text,
        reason -> Text,
        sequence -> Integer,
        published_status -> Nullable<Text>,
        published_starts_on -> Nullable<Date>,
        published_ends_on -> Nullable<Date>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        agenda_changed_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    /// One item of a visit's programme, day by day.
    visit_agenda (id) {
        id -> Text,
        visit_id -> Text,
        day -> Integer,
        position -> Integer,
        title -> Text,
        detail -> Text,
    }
}

diesel::table! {
    /// What a published schedule changed for a visit; participants are told from here.
    visit_changes (id) {
        id -> Text,
        visit_id -> Text,
        cohort_id -> Text,
        kind -> Text,
        sequence -> Integer,
        old_starts_on -> Nullable<Date>,
        old_ends_on -> Nullable<Date>,
        new_starts_on -> Nullable<Date>,
        new_ends_on -> Nullable<Date>,
        created_at -> Timestamp,
        notified_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    /// Emails to deliver and delivered: written with the change that causes them.
    outbox (id) {
        id -> Text,
        message_id -> Text,
        kind -> Text,
        cohort_id -> Nullable<Text>,
        about_id -> Text,
        visit_id -> Nullable<Text>,
        recipient -> Text,
        recipient_name -> Text,
        language -> Text,
        subject -> Text,
        body_text -> Text,
        body_html -> Text,
        calendar -> Nullable<Text>,
        calendar_method -> Nullable<Text>,
        secret -> Nullable<Text>,
        status -> Text,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        claimed_until -> Nullable<Timestamp>,
        last_error -> Text,
        delivered_as -> Text,
        created_by -> Text,
        created_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
        updated_at -> Timestamp,
        claimed_by -> Nullable<Text>,
        resend_of -> Nullable<Text>,
    }
}

diesel::table! {
    /// The answers of publishing POSTs sent with an Idempotency-Key.
    idempotency_keys (actor, key) {
        actor -> Text,
        key -> Text,
        path -> Text,
        status -> Integer,
        body -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    jobs (id) {
        id -> Text,
        title -> Text,
        owner -> Text,
        phase -> Text,
        cancel_requested -> Bool,
        outcome -> Nullable<Text>,
        result -> Text,
        started_at -> Timestamp,
        heartbeat_at -> Timestamp,
        ended_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    /// What a side of a visit (the visiting city, the receiving city) thought of it.
    visit_feedback (id) {
        id -> Text,
        visit_id -> Text,
        city_id -> Text,
        usefulness -> Integer,
        learnt -> Text,
        practices -> Text,
        recommend -> Bool,
        follow_up -> Text,
        created_by -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// A version of a Twin's Replication Plan: draft, submitted, changes asked, accepted.
    replication_plans (id) {
        id -> Text,
        cohort_id -> Text,
        city_id -> Text,
        proposal_id -> Text,
        host_id -> Text,
        version -> Integer,
        status -> Text,
        comment -> Text,
        reviewed_by -> Nullable<Text>,
        reviewed_at -> Nullable<Timestamp>,
        submitted_at -> Nullable<Timestamp>,
        created_by -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// An action of one version of a Replication Plan.
    plan_actions (id) {
        id -> Text,
        plan_id -> Text,
        position -> Integer,
        title -> Text,
        practice -> Text,
        owner -> Text,
        starts_on -> Date,
        ends_on -> Date,
        budget_eur -> Integer,
        status -> Text,
        indicator -> Text,
        target_value -> Double,
        target_unit -> Text,
    }
}

diesel::table! {
    /// What the travelling city of a visit actually spent on it: one row per visit.
    visit_costs (visit_id) {
        visit_id -> Text,
        city_id -> Text,
        amount_cents -> Integer,
        note -> Text,
        created_by -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// Reminders sent or held: at most one per kind, subject, city and due date.
    reminders (id) {
        id -> Text,
        cohort_id -> Text,
        kind -> Text,
        subject_id -> Text,
        city_id -> Text,
        due_on -> Date,
        status -> Text,
        emails -> Integer,
        created_by -> Text,
        created_at -> Timestamp,
    }
}

diesel::joinable!(cohorts -> programmes (programme_id));
diesel::joinable!(modules -> cohorts (cohort_id));
diesel::joinable!(city_roles -> cities (city_id));
diesel::joinable!(host_cities -> hosts (host_id));
diesel::joinable!(host_cities -> cities (city_id));
diesel::joinable!(contacts -> cities (city_id));
diesel::joinable!(profiles -> cities (city_id));
diesel::joinable!(profile_themes -> profiles (profile_id));
diesel::joinable!(profile_interests -> profiles (profile_id));
diesel::joinable!(profile_unavailability -> profiles (profile_id));
diesel::joinable!(profile_contacts -> profiles (profile_id));
diesel::joinable!(sessions -> users (user_id));
diesel::joinable!(api_tokens -> users (user_id));
diesel::joinable!(invitations -> cohorts (cohort_id));
diesel::joinable!(invitations -> cities (city_id));
diesel::joinable!(rounds -> cohorts (cohort_id));
diesel::joinable!(proposals -> hosts (host_id));
diesel::joinable!(schedules -> cohorts (cohort_id));
diesel::joinable!(visits -> proposals (proposal_id));
diesel::joinable!(visits -> hosts (host_id));
diesel::joinable!(visit_agenda -> visits (visit_id));
diesel::joinable!(visit_changes -> visits (visit_id));
diesel::joinable!(outbox -> cohorts (cohort_id));
diesel::joinable!(visit_feedback -> visits (visit_id));
diesel::joinable!(replication_plans -> cohorts (cohort_id));
diesel::joinable!(plan_actions -> replication_plans (plan_id));
diesel::joinable!(visit_costs -> visits (visit_id));
diesel::joinable!(reminders -> cohorts (cohort_id));

diesel::allow_tables_to_appear_in_same_query!(
    outbox,
    jobs,
    cities,
    programmes,
    cohorts,
    modules,
    city_roles,
    hosts,
    host_cities,
    themes,
    calendar_events,
    contacts,
    profiles,
    profile_themes,
    profile_interests,
    profile_unavailability,
    users,
    audit_log,
    profile_contacts,
    sessions,
    api_tokens,
    invitations,
    rounds,
    proposals,
    schedules,
    visits,
    visit_agenda,
    visit_changes,
    visit_feedback,
    replication_plans,
    plan_actions,
    visit_costs,
    reminders,
);
