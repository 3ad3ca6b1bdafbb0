# Emails, dates, counted nouns and the agenda lines the service writes.
# English is the reference: every other language has exactly these messages.

## Dates (chrono's strftime; month and day names come from the language's locale)

date-format-long = %A %-d %B %Y
date-format-short = %-d %B %Y
date-format-day = %a %-d %b
date-format-day-year = %a %-d %b %Y
date-range-in-month = { $from }–{ $to } { $month } { $year }
date-range = { $from } – { $to }
date-time = { $date } at { $time } UTC
# "," or "." or "space" (a no-break space) between groups of thousands.
number-group-separator = ,
number-decimal-separator = .
amount-eur = €{ $amount }

## Counted nouns

count-workdays = { $n ->
    [one] { $n } workday
   *[other] { $n } workdays
}
count-people = { $n ->
    [one] { $n } person
   *[other] { $n } people
}
count-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
count-trips = { $n ->
    [one] { $n } trip
   *[other] { $n } trips
}
count-visits = { $n ->
    [one] { $n } visit
   *[other] { $n } visits
}
count-hosts = { $n ->
    [one] { $n } host
   *[other] { $n } hosts
}

## Every email

mail-greeting = Dear { $name },
mail-greeting-anonymous = Dear colleagues,
mail-closing =
    Kind regards,
    { $team }
mail-footer = You receive this email as a contact of { $city } in { $cohort }.

## A visit's itinerary

mail-subject-planned = Technical visit: { $guest } to { $host }, { $dates }
mail-subject-moved = Moved: technical visit { $guest } to { $host }, now { $dates }
mail-subject-cancelled = Cancelled: technical visit { $guest } to { $host }, { $dates }
mail-subject-updated = New agenda: technical visit { $guest } to { $host }, { $dates }
mail-lead-planned = A technical visit is planned: { $guest } visits { $host }, { $dates }.
mail-lead-moved = This visit has moved: it was { $old }, it is now { $new }.
mail-lead-cancelled = This visit is cancelled: { $guest } will not visit { $host } on { $old }.
mail-lead-updated = The agenda of this visit has changed; its dates stay { $dates }. The new agenda is below.
mail-you-travel = You travel with the delegation of { $city }.
mail-you-host = You are in the team of { $city } that receives the delegation.
mail-visit-outward = Trip { $position } of the pair { $twin } – { $host }: { $days }, { $cohort }.
mail-visit-return = Visit back { $position } of the pair { $twin } – { $host }: { $days }, { $cohort }.
mail-itinerary = Itinerary
mail-day = Day { $day }, { $date }
mail-travel = Travel
mail-travel-line = About { $km } km; suggested: { $mode }; about { $co2 } kg CO2e per traveller for the round trip.
mail-delegation = Delegation: { $people }.
mode-rail = train
mode-air = plane
mail-contacts = Contacts
mail-travelling = { $city }, travelling
mail-hosting = { $city }, hosting
mail-no-contact = no contact given yet
mail-calendar-request = The attached calendar file (visit.ics) puts the visit in your calendar; when the visit changes, the update replaces the same entry.
mail-calendar-cancel = The attached calendar file (visit.ics) removes the visit from your calendar.

## A proposed pair

mail-subject-proposal = Proposed pair: { $twin } with { $host }
mail-proposal-twin = { $twin } is proposed to learn from { $host } in { $cohort }.
mail-proposal-host = { $host } is proposed to host { $twin } in { $cohort }.
mail-proposal-next = Open your city's page (the invitation link you received) to accept or decline the pair. Once both sides accept, the programme plans the technical visits and you receive the itinerary.

## An invitation

mail-subject-invitation = Invitation: { $cohort } of the { $programme }
mail-invitation-lead = { $role ->
    [host] { $city } is invited to take part in { $cohort } of the { $programme } as a host.
   *[twin] { $city } is invited to take part in { $cohort } of the { $programme } as a Twin City.
}
mail-invitation-link = Tell us about your city (challenges, practices, when you can travel and host) on your city's page. The link works until { $date }:
mail-invitation-new-link = This is a new link: the earlier one no longer works.
mail-invitation-keep = Keep the link within your team: it opens your city's page without a password.

## The receipt of a submitted profile

mail-subject-receipt = Profile received: { $city }, { $cohort }
mail-receipt-lead = The profile of { $city } for { $cohort } is submitted (version { $version }, { $date }).
mail-receipt-reference = Reference: { $reference }
mail-receipt-next = What happens next: after the call closes on { $date }, the programme team pairs Twin Cities with hosts. When a pair is proposed to your city, you receive an email and answer it on your city's page.
mail-receipt-change = You can change the profile with the same link until { $date }; each change is a new version, and you receive a new receipt.

## The agenda lines the service writes (a visit's first plan)

agenda-to-be-arranged = To be arranged by the hosts.
agenda-welcome = Welcome and introductions
agenda-welcome-detail = { $host } presents its work; { $twin } presents the challenges it came for.
agenda-site-visit = Site visit: { $theme }
agenda-for-challenge = For { $twin }'s challenge: { $theme }.
agenda-flagship = One of { $host }'s flagship practices.
agenda-wrap-up = Wrap-up: lessons and next steps
agenda-wrap-up-detail = What { $twin } takes home, and what the next visit should cover.
agenda-welcome-back = Welcome by { $twin }
agenda-welcome-back-detail = A tour of { $twin }'s challenges and the places they concern.
agenda-working-session = Working session: { $theme }
agenda-brings = { $host } brings its experience of { $theme }.
agenda-peer-view = { $host } gives a peer's view.
agenda-peer-review = Peer review: { $host }'s recommendations
agenda-peer-review-detail = { $host } sums up what it saw and suggests next steps for { $twin }.

## The themes of the taxonomy (emission domains, levers of change)

theme-energy = Energy
theme-buildings = Buildings
theme-mobility = Mobility and transport
theme-waste = Waste and circular economy
theme-nature = Land use and nature-based solutions
theme-industry = Industrial processes
theme-governance = Governance and policy
theme-finance = Finance and funding
theme-technology = Technology and infrastructure
theme-social-innovation = Social innovation
theme-participation = Democratic participation
theme-data = Data and digital
theme-learning = Learning and capabilities

## visit.ics

ics-summary = Technical visit: { $guest } to { $host }
ics-description = { $label } ({ $days }). Travel: { $km } km, { $mode } suggested, about { $co2 } kg CO2e per traveller for the round trip.
ics-day = Day { $day } ({ $date }):

## The letters of a Replication Plan

mail-subject-plan-submitted = Replication Plan received: { $city }, { $cohort }
mail-plan-submitted-lead = The Replication Plan of { $city } for { $cohort } is submitted: version { $version }, { $n ->
    [one] one action
   *[other] { $n } actions
}.
mail-plan-submitted-next = The programme team reviews it and writes to you when it is accepted or when they ask for changes. You can read it on your city's page, with the link of your invitation.
mail-subject-plan-changes = Replication Plan: changes asked, { $city } ({ $cohort })
mail-plan-changes-lead = The programme team asks for changes to version { $version } of the Replication Plan of { $city }.
mail-plan-comment = Their comment: { $comment }
mail-plan-changes-next = Open your city's page with the link of your invitation, change the plan and submit it again: it becomes a new version.
mail-subject-plan-accepted = Replication Plan accepted: { $city }, { $cohort }
mail-plan-accepted-lead = The programme team accepted version { $version } of the Replication Plan of { $city } for { $cohort }.
mail-plan-accepted-next = Keep the status of each action up to date on your city's page: each change you submit is a new version of the plan.

## Reminders and the answer deadline of a proposal

mail-proposal-answer-by = Please answer by { $date }. The programme team reminds you before that day; after it, the pair can no longer be answered and may be proposed again differently.
mail-reminder-link = You do this on your city's page: open the link of your invitation email. If you cannot find it, answer this email and the programme team will send you a new one.
mail-subject-reminder-profile = Reminder: submit the profile of { $city } by { $date }
mail-reminder-profile = The call of { $cohort } closes on { $date }, and the profile of { $city } is not submitted yet: until it is, { $city } cannot be matched.
mail-subject-reminder-proposal = Reminder: answer the proposed pair { $twin } with { $host } by { $date }
mail-reminder-proposal = In { $cohort }, { $twin } and { $host } are proposed as a pair, and { $city } has not answered yet. Please accept or decline the pair by { $date }.
mail-subject-reminder-visit = Reminder: { $guest } visits { $host }, { $dates }
mail-reminder-visit = The visit of { $guest } to { $host } starts in { $days }: { $dates }.
mail-reminder-visit-calendar = The itinerary is below, and the calendar file attached holds the visit: open it to add it to your calendar.
mail-subject-reminder-feedback = Reminder: how was the visit of { $guest } to { $host }?
mail-reminder-feedback = The visit of { $guest } to { $host } ({ $dates }) is over, and { $city } has not given its feedback yet: how useful it was, what you learnt, which practices you mean to replicate. You can give it, or change it, until { $date }.

mail-subject-reminder-plan = Reminder: submit the Replication Plan of { $city } by { $date }
mail-reminder-plan = { $cohort } ends on { $date }, and the Replication Plan of { $city } is not submitted yet: it is what { $city } takes home from its twinning, the actions it will replicate from its host's practices. Submit it, or the changes the programme team asked for, before then.
