# E-Mails, Daten, gezählte Nomen und die Programmpunkte, die der Dienst schreibt.

## Daten

date-format-long = %A, %-d. %B %Y
date-format-short = %-d. %B %Y
date-format-day = %a, %-d. %b
date-format-day-year = %a, %-d. %b %Y
date-range-in-month = { $from }.–{ $to }. { $month } { $year }
date-range = { $from } – { $to }
date-time = { $date } um { $time } Uhr UTC
number-group-separator = .
number-decimal-separator = ,
amount-eur = { $amount } €

## Gezählte Nomen

count-workdays = { $n ->
    [one] { $n } Arbeitstag
   *[other] { $n } Arbeitstage
}
count-people = { $n ->
    [one] { $n } Person
   *[other] { $n } Personen
}
count-days = { $n ->
    [one] { $n } Tag
   *[other] { $n } Tage
}
count-trips = { $n ->
    [one] { $n } Reise
   *[other] { $n } Reisen
}
count-visits = { $n ->
    [one] { $n } Gegenbesuch
   *[other] { $n } Gegenbesuche
}
count-hosts = { $n ->
    [one] { $n } Gastgeberstadt
   *[other] { $n } Gastgeberstädte
}

## Jede E-Mail

mail-greeting = Guten Tag { $name },
mail-greeting-anonymous = Liebe Kolleginnen und Kollegen,
mail-closing =
    Mit freundlichen Grüßen
    { $team }
mail-footer = Sie erhalten diese E-Mail als Kontaktperson von { $city } in { $cohort }.

## Das Programm eines Besuchs

mail-subject-planned = Fachbesuch: { $guest } in { $host }, { $dates }
mail-subject-moved = Verschoben: Fachbesuch { $guest } in { $host }, jetzt { $dates }
mail-subject-cancelled = Abgesagt: Fachbesuch { $guest } in { $host }, { $dates }
mail-subject-updated = Neues Programm: Fachbesuch { $guest } in { $host }, { $dates }
mail-lead-planned = Ein Fachbesuch ist geplant: { $guest } besucht { $host }, { $dates }.
mail-lead-moved = Dieser Besuch wurde verschoben: bisher { $old }, jetzt { $new }.
mail-lead-cancelled = Dieser Besuch ist abgesagt: { $guest } besucht { $host } nicht ({ $old }).
mail-lead-updated = Das Programm dieses Besuchs hat sich geändert; die Daten bleiben { $dates }. Das neue Programm steht unten.
mail-you-travel = Sie reisen mit der Delegation aus { $city }.
mail-you-host = Sie gehören zum Team in { $city }, das die Delegation empfängt.
mail-visit-outward = Reise { $position } des Paares { $twin } – { $host }: { $days }, { $cohort }.
mail-visit-return = Gegenbesuch { $position } des Paares { $twin } – { $host }: { $days }, { $cohort }.
mail-itinerary = Programm
mail-day = Tag { $day }, { $date }
mail-travel = Anreise
mail-travel-line = Etwa { $km } km; empfohlen: { $mode }; etwa { $co2 } kg CO2e pro reisender Person für Hin- und Rückreise.
mail-delegation = Delegation: { $people }.
mode-rail = Bahn
mode-air = Flugzeug
mail-contacts = Kontakte
mail-travelling = { $city }, reisend
mail-hosting = { $city }, gastgebend
mail-no-contact = noch kein Kontakt angegeben
mail-calendar-request = Die angehängte Kalenderdatei (visit.ics) trägt den Besuch in Ihren Kalender ein; ändert sich der Besuch, ersetzt die Aktualisierung denselben Eintrag.
mail-calendar-cancel = Die angehängte Kalenderdatei (visit.ics) entfernt den Besuch aus Ihrem Kalender.

## Ein vorgeschlagenes Paar

mail-subject-proposal = Vorgeschlagenes Paar: { $twin } mit { $host }
mail-proposal-twin = Es wird vorgeschlagen, dass { $twin } in { $cohort } von { $host } lernt.
mail-proposal-host = Es wird vorgeschlagen, dass { $host } in { $cohort } { $twin } empfängt.
mail-proposal-next = Öffnen Sie die Seite Ihrer Stadt (den Link aus Ihrer Einladung), um das Paar anzunehmen oder abzulehnen. Sobald beide Seiten angenommen haben, plant das Programm die Fachbesuche und Sie erhalten das Programm des Besuchs.

## Eine Einladung

mail-subject-invitation = Einladung: { $cohort } des { $programme }
mail-invitation-lead = { $role ->
    [host] { $city } ist eingeladen, an { $cohort } des { $programme } als Gastgeberstadt teilzunehmen.
   *[twin] { $city } ist eingeladen, an { $cohort } des { $programme } als Partnerstadt (Twin City) teilzunehmen.
}
mail-invitation-link = Stellen Sie Ihre Stadt (Herausforderungen, Praktiken, wann Sie reisen und empfangen können) auf der Seite Ihrer Stadt vor. Der Link gilt bis zum { $date }:
mail-invitation-new-link = Dies ist ein neuer Link: Der frühere funktioniert nicht mehr.
mail-invitation-keep = Geben Sie den Link nur in Ihrem Team weiter: Er öffnet die Seite Ihrer Stadt ohne Passwort.

## Die Bestätigung eines eingereichten Profils

mail-subject-receipt = Profil erhalten: { $city }, { $cohort }
mail-receipt-lead = Das Profil von { $city } für { $cohort } ist eingereicht (Version { $version }, { $date }).
mail-receipt-reference = Referenz: { $reference }
mail-receipt-next = Wie es weitergeht: Nach Ende der Bewerbungsfrist am { $date } bildet das Programmteam die Paare aus Partnerstädten und Gastgeberstädten. Wird Ihrer Stadt ein Paar vorgeschlagen, erhalten Sie eine E-Mail und antworten auf der Seite Ihrer Stadt.
mail-receipt-change = Sie können das Profil mit demselben Link bis zum { $date } ändern; jede Änderung ist eine neue Version, und Sie erhalten eine neue Bestätigung.

## Die Programmpunkte, die der Dienst schreibt

agenda-to-be-arranged = Wird von den Gastgebern festgelegt.
agenda-welcome = Begrüßung und Vorstellung
agenda-welcome-detail = { $host } stellt seine Arbeit vor; { $twin } stellt die Herausforderungen vor, wegen derer es gekommen ist.
agenda-site-visit = Besichtigung: { $theme }
agenda-for-challenge = Zur Herausforderung von { $twin }: { $theme }.
agenda-flagship = Eine der Vorzeigepraktiken von { $host }.
agenda-wrap-up = Abschluss: Erkenntnisse und nächste Schritte
agenda-wrap-up-detail = Was { $twin } mit nach Hause nimmt und was der nächste Besuch behandeln sollte.
agenda-welcome-back = Begrüßung durch { $twin }
agenda-welcome-back-detail = Ein Rundgang zu den Herausforderungen von { $twin } und den betroffenen Orten.
agenda-working-session = Arbeitssitzung: { $theme }
agenda-brings = { $host } bringt seine Erfahrung mit { $theme } ein.
agenda-peer-view = { $host } gibt eine Einschätzung auf Augenhöhe.
agenda-peer-review = Peer-Review: Empfehlungen von { $host }
agenda-peer-review-detail = { $host } fasst zusammen, was es gesehen hat, und schlägt { $twin } nächste Schritte vor.

## Die Themen der Taxonomie

theme-energy = Energie
theme-buildings = Gebäude
theme-mobility = Mobilität und Verkehr
theme-waste = Abfall und Kreislaufwirtschaft
theme-nature = Landnutzung und naturbasierte Lösungen
theme-industry = Industrielle Prozesse
theme-governance = Steuerung und Politik
theme-finance = Finanzen und Förderung
theme-technology = Technik und Infrastruktur
theme-social-innovation = Soziale Innovation
theme-participation = Demokratische Beteiligung
theme-data = Daten und Digitales
theme-learning = Lernen und Kompetenzen

## visit.ics

ics-summary = Fachbesuch: { $guest } in { $host }
ics-description = { $label } ({ $days }). Anreise: { $km } km, empfohlen: { $mode }, etwa { $co2 } kg CO2e pro reisender Person für Hin- und Rückreise.
ics-day = Tag { $day } ({ $date }):

## Die Briefe eines Replikationsplans

mail-subject-plan-submitted = Replikationsplan eingegangen: { $city }, { $cohort }
mail-plan-submitted-lead = Der Replikationsplan von { $city } für { $cohort } ist eingereicht: Version { $version }, { $n ->
    [one] eine Maßnahme
   *[other] { $n } Maßnahmen
}.
mail-plan-submitted-next = Das Programmteam prüft ihn und schreibt Ihnen, wenn es ihn annimmt oder um Änderungen bittet. Sie können ihn auf der Seite Ihrer Stadt lesen, mit dem Link Ihrer Einladung.
mail-subject-plan-changes = Replikationsplan: Änderungen erbeten, { $city } ({ $cohort })
mail-plan-changes-lead = Das Programmteam bittet um Änderungen an Version { $version } des Replikationsplans von { $city }.
mail-plan-comment = Sein Kommentar: { $comment }
mail-plan-changes-next = Öffnen Sie die Seite Ihrer Stadt mit dem Link Ihrer Einladung, ändern Sie den Plan und reichen Sie ihn erneut ein: Er wird eine neue Version.
mail-subject-plan-accepted = Replikationsplan angenommen: { $city }, { $cohort }
mail-plan-accepted-lead = Das Programmteam hat Version { $version } des Replikationsplans von { $city } für { $cohort } angenommen.
mail-plan-accepted-next = Halten Sie den Stand jeder Maßnahme auf der Seite Ihrer Stadt aktuell: Jede eingereichte Änderung ist eine neue Version des Plans.

## Reminders and the answer deadline of a proposal

mail-proposal-answer-by = Bitte antworten Sie bis zum { $date }. Das Programmteam erinnert Sie vor diesem Tag daran; danach kann das Paar nicht mehr beantwortet werden und wird gegebenenfalls anders vorgeschlagen.
mail-reminder-link = Das erledigen Sie auf der Seite Ihrer Stadt: Öffnen Sie den Link aus Ihrer Einladungs-E-Mail. Wenn Sie ihn nicht finden, antworten Sie auf diese E-Mail, und das Programmteam schickt Ihnen einen neuen.
mail-subject-reminder-profile = Erinnerung: Reichen Sie das Profil von { $city } bis zum { $date } ein
mail-reminder-profile = Die Ausschreibung von { $cohort } endet am { $date }, und das Profil von { $city } ist noch nicht eingereicht: Solange es fehlt, kann { $city } nicht zugeordnet werden.
mail-subject-reminder-proposal = Erinnerung: Beantworten Sie das vorgeschlagene Paar { $twin } mit { $host } bis zum { $date }
mail-reminder-proposal = In { $cohort } sind { $twin } und { $host } als Paar vorgeschlagen, und { $city } hat noch nicht geantwortet. Bitte nehmen Sie das Paar bis zum { $date } an oder lehnen Sie es ab.
mail-subject-reminder-visit = Erinnerung: { $guest } besucht { $host }, { $dates }
mail-reminder-visit = Der Besuch von { $guest } in { $host } beginnt in { $days }: { $dates }.
mail-reminder-visit-calendar = Der Reiseplan steht unten, und die angehängte Kalenderdatei enthält den Besuch: Öffnen Sie sie, um ihn in Ihren Kalender zu übernehmen.
mail-subject-reminder-feedback = Erinnerung: Wie war der Besuch von { $guest } in { $host }?
mail-reminder-feedback = Der Besuch von { $guest } in { $host } ({ $dates }) ist vorbei, und { $city } hat noch keine Rückmeldung gegeben: wie nützlich er war, was Sie gelernt haben, welche Praktiken Sie übernehmen wollen. Sie können sie bis zum { $date } geben oder ändern.

mail-subject-reminder-plan = Erinnerung: Reichen Sie den Replikationsplan von { $city } bis { $date } ein
mail-reminder-plan = { $cohort } endet am { $date }, und der Replikationsplan von { $city } ist noch nicht eingereicht: Er ist das, was { $city } aus der Partnerschaft mitnimmt, die Maßnahmen, die es aus den Praktiken seiner Gaststadt übernimmt. Reichen Sie ihn, oder die vom Programmteam erbetenen Änderungen, vorher ein.
