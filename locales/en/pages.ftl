# The pages a city reaches through its invitation link, and the page errors.

## Every page

lang-switch = Language
page-optional = (optional)
page-error = Error:
page-problem = There is a problem
page-up-to = Up to { $n } characters

## What went wrong

error-not-found-title = This page does not exist
error-not-found-text = The address is wrong, or the link no longer works. If an invitation link stopped working, ask the programme team for a new one.
error-home = Go to the home page
error-csrf-title = The form could not be accepted
error-csrf-text = It was open too long, or it did not come from this site. Nothing was saved: go back, reload the page and send it again.
error-refused-title = This cannot be done
error-refused-text = { $why }. Nothing was changed: go back to the page you came from.
error-unavailable-title = Please try again in a moment
error-unavailable-text = The service is busy or its database cannot be reached. Nothing was saved.
error-internal-title = Something went wrong
error-internal-text = Something went wrong on our side; it has been logged. Nothing was half saved.

## States

status-invited = invited
status-draft = draft
status-submitted = submitted
status-late = late
answer-pending = not answered yet
answer-accepted = accepted
answer-declined = declined
pair-proposed = proposed
pair-accepted = accepted
pair-declined = declined
visit-unplaced = not placed
visit-draft = draft
visit-planned = planned
visit-confirmed = confirmed
visit-cancelled = cancelled
partner-twin = Twin City
partner-mission = Mission City
partner-pilot = Pilot City activity

## The city's page

city-title = { $city }: profile for { $cohort }
city-heading = { $role ->
    [host] { $city }: your profile as host
   *[twin] { $city }: your profile as Twin City
}
city-call-closed = { $cohort }. The call closed on { $date }.
city-call-open = { $cohort }. You can change your profile until { $date }.
city-status = Status:
city-submitted-on = Submitted on { $at } (version { $version }).
city-last-saved = Last saved on { $at } (version { $version }).
city-saved-draft = Your draft is saved. Come back with the same link to go on.
city-saved-answer = Your answer is recorded. Thank you.
city-proposals = Your proposed pair
# Between the two names of a pair, each in bold: "Cascais with Aarhus".
city-pair-with = with
city-pair-state = State: { $state } (Twin: { $twin }, host: { $host }).
city-partner = Your partner: { $partner }
city-partner-role = Role
city-partner-city = City
city-partner-about = { $city } ({ $country }), about { $population } inhabitants; { $km } km from you, suggested travel by { $mode }. About { $co2 } kg CO₂e per traveller for the round trip.
city-why = Why you were paired
city-why-team = The programme team chose this pair.
city-matched = Matched challenges: { $themes }.
city-accepted-on = Both cities accepted on { $date }. The programme team now plans your visits.
city-you-declined = You declined this pair.
city-you-declined-because = You declined this pair: “{ $reason }”.
city-they-declined = { $who } declined this pair.
city-they-declined-because = { $who } declined this pair: “{ $reason }”.
city-look-again = The programme team will look for another pair.
city-accepting = What accepting means
city-accepting-plan = If both cities accept, the programme team plans the technical visits of the pair: { $trips } of the Twin City to its host and { $visits } back, each of { $days }.
city-accepting-plan-modules = If both cities accept, the programme team plans the technical visits of the pair: { $trips } of the Twin City to its host and { $visits } back, each of { $days }, in the cohort's modules ({ $modules }).
city-accepting-emails = Each side's participants receive the itineraries by email.
city-you-accepted = You accepted; the other side has not answered yet. You can still change your answer.
city-decline-why = If you decline, why
city-accept = Accept
city-decline = Decline
city-visits = Your visits
city-calendar = Add them to your calendar
city-calendar-intro = Your visits have a calendar feed; subscribe to it and your calendar follows every change:
city-calendar-subscribe = Subscribe in your calendar app
city-calendar-howto = Or copy the address above and paste it where your calendar app adds a calendar "from URL" or "by subscription" (Outlook: Add calendar, Subscribe from web; Google Calendar: Other calendars, From URL). Keep it private: like the link of your invitation, anyone who has it can see your visits.
city-nothing-saved = Nothing was saved
city-call-closed-refusal = The call closed on { $date }: the profile can no longer be changed.
city-already-submitted = This profile was already submitted: nothing was submitted or sent again. Here is what was received.
city-saved-meanwhile = Your profile was saved from elsewhere after you checked these answers, so they were not submitted. Your answers are below: check them and submit again.
city-what-you-submitted = What you submitted
city-check-and-submit = Check and submit changes
city-save-draft = Save draft
city-continue = Continue to check your answers

## The profile form

form-required = To submit, fill in every field not marked (optional); in a list, the fields of each row you use. A draft can be saved at any point.
form-organisation = Organisation
form-organisation-hint = The municipality or the department that takes part
form-population = Population
form-population-hint = Inhabitants, a whole number (e.g. 214000)
form-languages = Working languages
form-languages-hint = ISO 639-1 codes separated by commas, e.g. pt, en
form-coastal = On the coast
form-not-said = Not said
form-yes = Yes
form-no = No
form-climate-zone = Climate zone
climate-mediterranean = Mediterranean
climate-oceanic = Oceanic (Atlantic)
climate-continental = Continental
climate-nordic = Nordic (boreal)
climate-alpine = Alpine (mountain)
climate-arid = Arid or semi-arid
form-capacity = Twins you can take
form-capacity-hint = A whole number, 1 to { $max }
form-delegation-size = People in a delegation
form-delegation-size-hint = How many people travel on a visit, 1 to { $max }
form-participants = Participants
form-participants-hint = The people who take part: they receive the itineraries. Leave a row empty if you need fewer.
form-participant-name = Participant { $n }: name
form-participant-email = Participant { $n }: email
form-participant-role = Participant { $n }: role
form-participant-language = Participant { $n }: language
form-participant-language-hint = ISO 639-1, default en
form-challenges = Challenges you want to learn about
form-challenges-hint = Each on one emission domain and one lever of change, priority 1 the most important.
form-practices = Practices you can show
form-practices-hint = Each on one emission domain and one lever of change, priority 1 the strongest.
form-theme-domain = { $role ->
    [host] Practice { $n }: emission domain
   *[twin] Challenge { $n }: emission domain
}
form-theme-lever = { $role ->
    [host] Practice { $n }: lever of change
   *[twin] Challenge { $n }: lever of change
}
form-theme-priority = { $role ->
    [host] Practice { $n }: priority
   *[twin] Challenge { $n }: priority
}
form-theme-description = { $role ->
    [host] Practice { $n }: in a few words
   *[twin] Challenge { $n }: in a few words
}
form-choose = Choose
form-priority-highest = 1 (highest)
form-interests = Hosts you are interested in (optional)
form-interests-hint = Rank up to { $hosts }, the one you most want to learn from first.
form-no-host-yet = No host has joined this cohort yet. You can come back and rank them later.
form-hosts-show = What each host can show
form-not-submitted-yet = Not submitted yet.
form-choice = Choice { $n }
form-no-host = No host
form-unavailable = When you cannot travel or host (optional)
form-period-first = Period { $n }: first day
form-period-last = Period { $n }: last day
form-period-applies = Period { $n }: you
form-period-why = Period { $n }: why
applies-both = cannot travel or host
applies-travel = cannot travel
applies-host = cannot host

## What the form refuses

refusal-out-of-range = { $n } is out of range: { $what ->
    [population] a population
    [capacity] a host's capacity
    [delegation] a delegation
   *[priority] a priority
} is { $min } to { $max }
refusal-not-a-number = "{ $value }" is not a whole number
refusal-too-long = must be at most { $max } characters
refusal-one-line = must be on one line (no line breaks)
refusal-control-character = must not contain the invisible control character { $code }
refusal-date-missing = give a date (YYYY-MM-DD)
refusal-not-a-date = "{ $value }" is not a date: write it as YYYY-MM-DD, e.g. 2025-08-01
refusal-not-yes-no = "{ $value }" is not an answer: use yes or no
refusal-not-a-climate-zone = "{ $value }" is not a climate zone: choose one of the list
refusal-capacity-twin = only a host says how many Twins it can take: leave this empty
refusal-list-too-long = list at most { $max } { $what ->
    [contacts] participants
    [themes] themes
    [interests] hosts to rank
   *[unavailable] periods
} (this lists { $n })
refusal-contact-name = give the participant's name
refusal-email-missing = give an email address
refusal-not-an-email = "{ $value }" is not an email address (name@example.org)
refusal-email-twice = this address is already listed above
refusal-too-many-languages = list at most { $max } languages (this lists { $n })
refusal-not-a-language = "{ $value }" is not an ISO 639-1 language code (e.g. en, pt, da)
refusal-choose-domain = choose an emission domain
refusal-not-a-domain = "{ $value }" is not an emission domain
refusal-choose-lever = choose a lever of change
refusal-not-a-lever = "{ $value }" is not a lever of change
refusal-theme-twice = this domain and lever are already chosen above: describe both in one row
refusal-choose-first-host = Choose the host you most want to learn from
refusal-choose-host-n = Choose your choice { $n } or move the hosts after it up
refusal-interests-host = only a Twin names the hosts it is interested in
refusal-not-a-host = "{ $value }" is not a host of this cohort
refusal-host-twice = this host is already ranked above
refusal-ends-before = { $last } is before the first day { $first }
refusal-not-applies = "{ $value }" is not one of both, travel, host
refusal-organisation-missing = give the organisation's name to submit
refusal-population-missing = give the population to submit
refusal-languages-missing = give at least one working language to submit (e.g. en)
refusal-delegation-missing = say how many people travel in a delegation to submit
refusal-contacts-missing = name at least one participant to submit
refusal-challenges-missing = choose at least one challenge you want to learn about to submit
refusal-practices-missing = choose at least one practice you can show to submit
refusal-capacity-missing = say how many Twins you can take to submit

## Check your answers

check-title = Check your answers: { $city }
check-heading = Check your answers before you submit
check-intro = { $role ->
    [host] { $city }, host in { $cohort }. Nothing is submitted until you choose Submit at the end of this page.
   *[twin] { $city }, Twin City in { $cohort }. Nothing is submitted until you choose Submit at the end of this page.
}
check-change = Change
check-not-given = Not given
check-participant = Participant { $n }
check-emails-in = emails in { $language }
check-theme = { $role ->
    [host] Practice { $n }
   *[twin] Challenge { $n }
}
check-theme-answer = { $domain } × { $lever }, priority { $priority }
check-interests = Hosts you are interested in
check-choices = Choices
check-none-ranked = None ranked
check-periods = Periods
check-none-given = None given
check-period = Period { $n }
check-period-answer = { $from } to { $to }: you { $applies ->
    [travel] cannot travel
    [host] cannot host
   *[both] cannot travel or host
}
check-submit-heading = Now submit your profile
check-submit-text = By submitting, you confirm these answers are right for { $city }. A receipt goes to the participants listed above.
check-replaces = This submission replaces the one you made before.
check-submit = Submit

## Submitted

submitted-title = Profile submitted: { $city }
submitted-heading = Profile submitted
submitted-reference = Your reference:
submitted-version = Version { $version } of the profile of { $city }, submitted on { $at }.
submitted-receipt = We have sent a receipt to { $addresses }.
submitted-next = What happens next
submitted-next-pairs = After the call closes on { $date }, the programme team pairs Twin Cities with hosts.
submitted-next-proposal = When a pair is proposed to { $city }, the participants receive an email; you accept or decline it on your city's page.
submitted-next-visits = Once both cities accept, the technical visits are planned in the cohort's modules and the itineraries sent.
submitted-change = You can change the profile until { $date }: each change is a new version, submitted the same way.
submitted-back = Back to your city's page

## A visit, as its cities see it

visit-back = Your profile and visits
visit-heading = Technical visit of the pair { $twin } – { $host }
visit-label = { $direction ->
    [outward] { $guest } to { $host }, trip { $position }
   *[return] { $guest } to { $host }, visit back { $position }
}
visit-when = { $from } to { $to }
visit-not-placed = Not placed yet.
visit-days-in = { $days } in { $city }
visit-status = status { $status }
visit-changed = (changed since it was published)
visit-agenda = Agenda
visit-day = Day { $day }
visit-travel = Travel
visit-travel-line = { $guest } to { $host }: { $km } km as the crow flies; { $mode } suggested ({ $route } km each way). About { $co2 } kg CO₂e per traveller for the round trip ({ $factor } kg per passenger-km, { $source }).
visit-travel-delegation = A delegation of { $people }: about { $co2 } kg.
visit-contacts = Contacts
visit-delegation-from = Delegation from { $city }
visit-hosting-team = Hosting team in { $city }
visit-none-given = None given yet.
visit-edit-agenda = Edit the agenda
visit-agenda-field = Agenda
visit-agenda-hint = One item per line: day | what happens | details (optional).
visit-save-agenda = Save the agenda
visit-saved-agenda = The agenda is saved.
city-feedback-give = Give feedback
city-feedback-change = Change your feedback

## Feedback after a visit

feedback-title = { $city }: feedback on { $visit }
feedback-back = Back to your profile and visits
feedback-heading = { $city }: your feedback on the visit
feedback-with = { $visit }, with { $host }.
feedback-open-until = You can change your feedback until { $date }, when the cohort ends.
feedback-saved = Your feedback is saved. Thank you. You can change it until { $date }.
feedback-nothing-saved = Nothing was saved
feedback-cannot-now = Feedback cannot be given now
feedback-usefulness = How useful was the visit for your city?
feedback-usefulness-hint = From 1 (not useful) to 5 (extremely useful).
feedback-usefulness-choice = { $n ->
    [1] 1 – not useful
    [2] 2 – a little useful
    [3] 3 – useful
    [4] 4 – very useful
   *[5] 5 – extremely useful
}
feedback-learnt = What did your city learn?
feedback-learnt-hint = Up to { $n } characters.
feedback-practices = Which of { $host }'s practices do you mean to replicate?
feedback-practices-none = { $host } has not submitted the practices it shows.
feedback-practices-hint = Select all that apply.
feedback-recommend = Would you recommend { $host } as a host to other cities?
feedback-yes = Yes
feedback-no = No
feedback-follow-up = What follow-up would you like?
follow-up-online = An online session
follow-up-visit = Another visit
follow-up-none = No follow-up
feedback-save-changes = Save your changes
feedback-send = Send your feedback
feedback-yours = Your feedback
feedback-field-usefulness = How useful the visit was
feedback-field-learnt = What you learnt
feedback-field-practices = Practices to replicate
feedback-field-recommend = Recommend the host
feedback-field-follow-up = Follow-up
feedback-usefulness-of = { $n } of 5
feedback-none-chosen = None chosen
feedback-summary-line = { $field }: { $message }
refusal-feedback-usefulness-missing = choose how useful the visit was, from 1 (not useful) to 5 (very useful)
refusal-feedback-usefulness-range = must be a whole number from 1 (not useful) to 5 (very useful)
refusal-feedback-learnt-missing = say what your city learnt on this visit
refusal-feedback-learnt-too-long = must be at most { $max } characters (it has { $n })
refusal-feedback-too-many-practices = { $n } practices is too many: the host shows { $offered }
refusal-feedback-not-a-practice-none = "{ $value }" is not a practice of the host: the host's profile lists none
refusal-feedback-not-a-practice = "{ $value }" is not a practice of the host: use { $ids }
refusal-feedback-recommend-missing = say whether you would recommend the host
refusal-feedback-yes-or-no = must be yes or no
refusal-feedback-follow-up-missing = choose the follow-up you want: an online session, another visit, or none
refusal-feedback-not-a-follow-up = "{ $value }" is not a follow-up: use online, visit, none
refusal-feedback-visit-not-held = this visit is { $state ->
    [cancelled] cancelled
    [unplaced] not placed
   *[unpublished] not published yet
}: feedback is given on a visit that took place
refusal-feedback-not-ended = this visit has not ended yet: it ends on { $date }, and feedback opens the day after
refusal-feedback-no-dates = this visit has no dates
refusal-feedback-cohort-ended = the cohort ended on { $date }: feedback can no longer be given or changed
refusal-feedback-archived = the cohort is archived: feedback cannot be given or changed while it is

## Why a round paired a Twin with a host (the report's sentence, in the reader's language)
why-paired = { $twin } is paired with { $host } because { $reasons }.
why-cover = { $host }'s strengths cover { $covered } of { $twin }'s { $needs } priority challenges — { $list }
why-fit = { $host }'s strengths touch { $twin }'s challenges in part (fit { $fit } %)
why-rank = { $twin } asked for { $host } { $rank ->
    [1] first
    [2] second
    [3] third
    [4] fourth
   *[other] fifth
}
why-feedback = { $host }'s Twins rated its visits { $mean } out of 5 ({ $n } { $n ->
    [one] answer
   *[other] answers
})
why-earlier-unmatched = { $twin } was given priority, having been left unmatched in an earlier round of the programme
why-room = no better host had room ({ $host } is { $km } km away)
why-and = { " and " }

# Refusals a city meets when what it acts on is closed.
refusal-cohort-archived = the cohort is archived (since { $date }) and read-only: write to the programme team if something must still change
refusal-proposal-settled = both cities accepted this pair on { $date }: it is settled and its visits are planned from it. To change it, ask the programme team, who can re-match the cohort

## The Replication Plan (a Twin City's page)

city-plan = Replication Plan
city-plan-intro = Your city's plan to embed what it learnt from its host's practices: its actions, who carries them, when, at what cost, and how you will measure them.
city-plan-open = Write or update your Replication Plan
plan-title = Replication Plan of { $city }
plan-back = Back to your city's page
plan-intro = One action per row, each replicating one of { $host }'s practices. Save a draft at any time; check it and submit it when it is ready, until { $date }.
plan-action = Action { $n }
plan-field-title = What your city will do
plan-field-practice = Host practice it replicates
plan-choose-practice = Choose a practice
plan-field-owner = Owner
plan-hint-owner = A person or a role, e.g. Climate team
plan-field-starts = Start date
plan-field-ends = End date
plan-hint-date = YYYY-MM-DD, e.g. 2026-09-01
plan-field-budget = Estimated budget (EUR)
plan-hint-budget = In whole euros, from 0 to { $max }
plan-field-status = Status
plan-field-indicator = Indicator
plan-hint-indicator = What you will measure, e.g. residents taking part in the workshops
plan-field-target = Target
plan-hint-target = A number, e.g. 300 or 12.5
plan-field-unit = Unit of the target
plan-hint-unit = e.g. people, km, % of trips
plan-remove = Remove action { $n }
plan-add = Add another action
plan-save = Save draft
plan-check = Continue to check the plan
plan-hint-actions = Up to { $max } actions. A row left empty is not saved.
plan-status-none = Your city has not started its plan yet.
plan-status-draft = Version { $version } is a draft: it is not submitted yet.
plan-status-submitted = Version { $version } was submitted on { $date }: the programme team reviews it.
plan-status-changes = The programme team asked for changes to version { $version }: change the plan below and submit it again.
plan-status-accepted = Version { $version } was accepted on { $date }. Keep the status of each action up to date: a change is a new version to submit.
plan-comment = Comment of the programme team: { $comment }
plan-saved = Draft saved.
plan-submitted-notice = Plan submitted: version { $version }. The programme team reviews it, and you receive an email when they do.
plan-check-heading = Check your plan before you submit it
plan-check-intro = version { $version }, { $n ->
    [one] one action
   *[other] { $n } actions
}, estimated budget { $budget } EUR in total.
plan-change = Change the plan
plan-submit = Submit the plan
plan-submit-hint = Once submitted, the plan is a numbered version that the programme team reviews. You can change it afterwards: each change is a new version.
plan-none-practices = { $host }'s profile lists no practice yet: an action names the practice it replicates, so the plan can be written once it does.
plan-cannot-now = The plan cannot be changed now
plan-nothing-saved = Nothing was saved
action-status-planned = Planned
action-status-started = Started
action-status-done = Done
action-status-dropped = Dropped
refusal-plan-too-many-actions = list at most { $max } actions (this lists { $n })
refusal-plan-no-action = list at least one action to submit
refusal-plan-missing = must not be empty
refusal-plan-year = must be a date from { $first } to { $last }
refusal-plan-budget-missing = give the estimated budget in euros (0 if none)
refusal-plan-budget-range = { $n } is out of range: a budget is 0 to { $max } euros
refusal-plan-target-missing = give the value aimed at
refusal-plan-not-a-target = "{ $value }" is not a number (e.g. 25 or 12.5)
refusal-plan-practice-missing = choose the host's practice this action replicates
refusal-plan-not-a-status = "{ $value }" is not a status: use planned, started, done, dropped
refusal-plan-cohort-ended = the cohort ended on { $date }: the plan can no longer be changed
refusal-plan-archived = the cohort is archived: the plan cannot be changed while it is

## Travel costs of a visit
costs-heading = Travel costs
costs-estimate = Estimated: { $amount } for { $people } by { $mode } ({ $route } km each way at { $rate } per km, there and back: { $per } a traveller).
costs-travellers-assumed = The profile gives no delegation size: one traveller is counted.
costs-cap = Reimbursement cap for this visit: { $cap } ({ $per } per traveller).
costs-no-cap = The cohort sets no reimbursement cap.
costs-estimate-over-cap = The estimate is above the cap.
costs-actual = Spent, as recorded by { $city }: { $amount }.
costs-actual-over-cap = Above the cap.
costs-note-said = ({ $note })
costs-none-recorded = { $city } has not recorded what it spent yet.
costs-record = Record what was spent
costs-amount = Amount spent, in euros
costs-amount-hint = The whole delegation's travel, there and back, e.g. 1250.50.
costs-note = What it covers
costs-note-hint = E.g. flights for 4 people and local trains
costs-save = Save the amount
costs-saved = The amount spent is saved.
costs-archived = The cohort is archived: what was spent can no longer be changed.
refusal-amount-missing = give an amount in euros, e.g. 350.50
refusal-not-an-amount = "{ $value }" is not an amount in euros: write e.g. 350 or 350.50, from 0 to { $max }

## The answer deadline of a proposal

refusal-proposal-expired = The answer deadline of this proposal was { $date }: it can no longer be answered. Ask the programme team, who can propose the pair again.
city-answer-by = Please answer by { $date }.
city-expired = The answer deadline, { $date }, has passed: this pair can no longer be answered here.

## The privacy notice (GDPR): short on each city form, at length on /privacy.
privacy-notice-heading = Your personal data.
privacy-notice-short = The programme keeps the names, email addresses, roles and languages of your city's contacts, the emails sent to them and what your city writes in its forms, to run the Twinning Learning Programme and report on it. They are kept for { $days } days after your cohort ends, then anonymised. To ask for a copy of your data or for its erasure, write to the programme team.
privacy-notice-link = Read the full privacy notice
privacy-title = Privacy notice
privacy-intro = This notice says what personal data the Twinning Learning Programme of the EU Cities Mission keeps about the people of the cities taking part, why, for how long, and how to ask for a copy or for its erasure.
privacy-what-heading = What is kept
privacy-what = The name, email address, role and language of each contact a city gives in its profile; the invitations sent to a city's address; the emails the programme sends (to whom, and what they say); and what a city writes in its forms: its profile, its feedback on visits, its Replication Plan (with the owners of its actions) and its travel costs. What the programme's managers do is recorded in an audit log.
privacy-why-heading = Why
privacy-why = To run the programme: to pair the cities, plan their visits, send them their itineraries and reminders, receive their feedback and plans, and report on the programme to its funder. The data is used for nothing else and is shared only with the programme team and the cities paired with yours.
privacy-how-long-heading = For how long
privacy-how-long = Personal data is kept for { $days } days after the end of the cohort it belongs to. Then the service anonymises it: names and email addresses are replaced by an anonymous placeholder and the texts of the emails are removed. The cities' profiles, visits, feedback and plans stay, without the people's names and addresses, so that the programme's reports remain true.
privacy-rights-heading = Your rights: a copy, or erasure
privacy-rights = You may ask for a copy of the personal data the programme holds about you, for its correction or for its erasure. Write to the programme team at the address below, from the address the programme knows you by. Erasure replaces your name and email address everywhere with an anonymous placeholder; what your city did in the programme stays.
privacy-controller = Controller of the data: { $controller }
privacy-contact = Write to: { $contact }
