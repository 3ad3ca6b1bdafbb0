# Die Seiten, die eine Stadt über den Link ihrer Einladung öffnet, und die Fehlerseiten.

## Jede Seite

lang-switch = Sprache
page-optional = (optional)
page-error = Fehler:
page-problem = Es gibt ein Problem
page-up-to = Bis zu { $n } Zeichen

## Was schiefging

error-not-found-title = Diese Seite gibt es nicht
error-not-found-text = Die Adresse ist falsch, oder der Link funktioniert nicht mehr. Wenn ein Einladungslink nicht mehr funktioniert, bitten Sie das Programmteam um einen neuen.
error-home = Zur Startseite
error-csrf-title = Das Formular konnte nicht angenommen werden
error-csrf-text = Es war zu lange geöffnet oder kam nicht von dieser Website. Es wurde nichts gespeichert: Gehen Sie zurück, laden Sie die Seite neu und senden Sie es noch einmal.
error-refused-title = Das ist nicht möglich
error-refused-text = { $why }. Es wurde nichts geändert: Gehen Sie zurück zur vorherigen Seite.
error-unavailable-title = Bitte versuchen Sie es gleich noch einmal
error-unavailable-text = Der Dienst ist ausgelastet oder seine Datenbank ist nicht erreichbar. Es wurde nichts gespeichert.
error-internal-title = Etwas ist schiefgegangen
error-internal-text = Bei uns ist etwas schiefgegangen; der Fehler wurde protokolliert. Nichts wurde halb gespeichert.

## Zustände

status-invited = eingeladen
status-draft = Entwurf
status-submitted = eingereicht
status-late = verspätet
answer-pending = noch keine Antwort
answer-accepted = angenommen
answer-declined = abgelehnt
pair-proposed = vorgeschlagen
pair-accepted = angenommen
pair-declined = abgelehnt
visit-unplaced = noch nicht eingeplant
visit-draft = Entwurf
visit-planned = geplant
visit-confirmed = bestätigt
visit-cancelled = abgesagt
partner-twin = Partnerstadt (Twin City)
partner-mission = Missionsstadt
partner-pilot = Aktivität einer Pilotstadt

## Die Seite der Stadt

city-title = { $city }: Profil für { $cohort }
city-heading = { $role ->
    [host] { $city }: Ihr Profil als Gastgeberstadt
   *[twin] { $city }: Ihr Profil als Partnerstadt
}
city-call-closed = { $cohort }. Die Bewerbungsfrist endete am { $date }.
city-call-open = { $cohort }. Sie können Ihr Profil bis zum { $date } ändern.
city-status = Status:
city-submitted-on = Eingereicht am { $at } (Version { $version }).
city-last-saved = Zuletzt gespeichert am { $at } (Version { $version }).
city-saved-draft = Ihr Entwurf ist gespeichert. Kommen Sie mit demselben Link zurück, um weiterzumachen.
city-saved-answer = Ihre Antwort ist gespeichert. Vielen Dank.
city-proposals = Ihr vorgeschlagenes Paar
# Between the two names of a pair, each in bold: "Cascais with Aarhus".
city-pair-with = mit
city-pair-state = Stand: { $state } (Partnerstadt: { $twin }, Gastgeberstadt: { $host }).
city-partner = Ihr Partner: { $partner }
city-partner-role = Rolle
city-partner-city = Stadt
city-partner-about = { $city } ({ $country }), etwa { $population } Einwohner; { $km } km von Ihnen entfernt, empfohlene Anreise mit { $mode }. Etwa { $co2 } kg CO₂e pro reisender Person für Hin- und Rückreise.
city-why = Warum Sie zusammengebracht wurden
city-why-team = Das Programmteam hat dieses Paar gewählt.
city-matched = Abgedeckte Herausforderungen: { $themes }.
city-accepted-on = Beide Städte haben am { $date } angenommen. Das Programmteam plant jetzt Ihre Besuche.
city-you-declined = Sie haben dieses Paar abgelehnt.
city-you-declined-because = Sie haben dieses Paar abgelehnt: „{ $reason }“.
city-they-declined = { $who } hat dieses Paar abgelehnt.
city-they-declined-because = { $who } hat dieses Paar abgelehnt: „{ $reason }“.
city-look-again = Das Programmteam sucht ein anderes Paar.
city-accepting = Was eine Annahme bedeutet
city-accepting-plan = Wenn beide Städte annehmen, plant das Programmteam die Fachbesuche des Paares: { $trips } der Partnerstadt zu ihrer Gastgeberstadt und { $visits }, jeweils { $days }.
city-accepting-plan-modules = Wenn beide Städte annehmen, plant das Programmteam die Fachbesuche des Paares: { $trips } der Partnerstadt zu ihrer Gastgeberstadt und { $visits }, jeweils { $days }, in den Modulen des Jahrgangs ({ $modules }).
city-accepting-emails = Die Teilnehmenden beider Seiten erhalten die Programme per E-Mail.
city-you-accepted = Sie haben angenommen; die andere Seite hat noch nicht geantwortet. Sie können Ihre Antwort noch ändern.
city-decline-why = Falls Sie ablehnen: warum
city-accept = Annehmen
city-decline = Ablehnen
city-visits = Ihre Besuche
city-calendar = In Ihren Kalender übernehmen
city-calendar-intro = Ihre Besuche haben einen Kalender-Feed; abonnieren Sie ihn, und Ihr Kalender folgt jeder Änderung:
city-calendar-subscribe = In Ihrer Kalender-App abonnieren
city-calendar-howto = Oder kopieren Sie die Adresse oben und fügen Sie sie dort ein, wo Ihre Kalender-App einen Kalender „per URL“ oder „als Abonnement“ hinzufügt (Outlook: Kalender hinzufügen, Aus dem Internet abonnieren; Google Kalender: Weitere Kalender, Per URL). Halten Sie sie vertraulich: Wie mit dem Link Ihrer Einladung kann jeder, der sie hat, Ihre Besuche sehen.
city-nothing-saved = Es wurde nichts gespeichert
city-call-closed-refusal = Die Bewerbungsfrist endete am { $date }: Das Profil kann nicht mehr geändert werden.
city-already-submitted = Dieses Profil wurde bereits eingereicht: Es wurde nichts erneut eingereicht oder versandt. Das ist eingegangen:
city-saved-meanwhile = Ihr Profil wurde an anderer Stelle gespeichert, nachdem Sie diese Antworten geprüft hatten; sie wurden daher nicht eingereicht. Ihre Antworten stehen unten: Prüfen Sie sie und reichen Sie sie erneut ein.
city-what-you-submitted = Was Sie eingereicht haben
city-check-and-submit = Änderungen prüfen und einreichen
city-save-draft = Entwurf speichern
city-continue = Weiter zur Prüfung Ihrer Angaben

## Das Profilformular

form-required = Zum Einreichen füllen Sie jedes Feld aus, das nicht als (optional) markiert ist; in einer Liste die Felder jeder Zeile, die Sie verwenden. Ein Entwurf kann jederzeit gespeichert werden.
form-organisation = Organisation
form-organisation-hint = Die Gemeinde oder die Abteilung, die teilnimmt
form-population = Einwohnerzahl
form-population-hint = Einwohner, eine ganze Zahl (z. B. 214000)
form-languages = Arbeitssprachen
form-languages-hint = ISO-639-1-Codes, durch Kommas getrennt, z. B. de, en
form-coastal = An der Küste
form-not-said = Keine Angabe
form-yes = Ja
form-no = Nein
form-climate-zone = Klimazone
climate-mediterranean = Mediterran
climate-oceanic = Ozeanisch (atlantisch)
climate-continental = Kontinental
climate-nordic = Nordisch (boreal)
climate-alpine = Alpin (Gebirge)
climate-arid = Arid oder semiarid
form-capacity = Partnerstädte, die Sie aufnehmen können
form-capacity-hint = Eine ganze Zahl von 1 bis { $max }
form-delegation-size = Personen in einer Delegation
form-delegation-size-hint = Wie viele Personen zu einem Besuch reisen, 1 bis { $max }
form-participants = Teilnehmende
form-participants-hint = Die Personen, die teilnehmen: Sie erhalten die Programme der Besuche. Lassen Sie eine Zeile leer, wenn Sie weniger brauchen.
form-participant-name = Teilnehmende Person { $n }: Name
form-participant-email = Teilnehmende Person { $n }: E-Mail
form-participant-role = Teilnehmende Person { $n }: Funktion
form-participant-language = Teilnehmende Person { $n }: Sprache
form-participant-language-hint = ISO 639-1, Standard en
form-challenges = Herausforderungen, zu denen Sie lernen möchten
form-challenges-hint = Jede zu einem Emissionsbereich und einem Hebel des Wandels; Priorität 1 ist die wichtigste.
form-practices = Praktiken, die Sie zeigen können
form-practices-hint = Jede zu einem Emissionsbereich und einem Hebel des Wandels; Priorität 1 ist die stärkste.
form-theme-domain = { $role ->
    [host] Praxis { $n }: Emissionsbereich
   *[twin] Herausforderung { $n }: Emissionsbereich
}
form-theme-lever = { $role ->
    [host] Praxis { $n }: Hebel des Wandels
   *[twin] Herausforderung { $n }: Hebel des Wandels
}
form-theme-priority = { $role ->
    [host] Praxis { $n }: Priorität
   *[twin] Herausforderung { $n }: Priorität
}
form-theme-description = { $role ->
    [host] Praxis { $n }: in wenigen Worten
   *[twin] Herausforderung { $n }: in wenigen Worten
}
form-choose = Bitte wählen
form-priority-highest = 1 (höchste)
form-interests = Gastgeberstädte, die Sie interessieren (optional)
form-interests-hint = Ordnen Sie bis zu { $hosts }, zuerst die, von der Sie am meisten lernen möchten.
form-no-host-yet = Diesem Jahrgang ist noch keine Gastgeberstadt beigetreten. Sie können später zurückkommen und sie ordnen.
form-hosts-show = Was jede Gastgeberstadt zeigen kann
form-not-submitted-yet = Noch nicht eingereicht.
form-choice = Wahl { $n }
form-no-host = Keine Gastgeberstadt
form-unavailable = Wann Sie weder reisen noch empfangen können (optional)
form-period-first = Zeitraum { $n }: erster Tag
form-period-last = Zeitraum { $n }: letzter Tag
form-period-applies = Zeitraum { $n }: Ihre Stadt
form-period-why = Zeitraum { $n }: Grund
applies-both = kann weder reisen noch empfangen
applies-travel = kann nicht reisen
applies-host = kann nicht empfangen

## Was das Formular ablehnt

refusal-out-of-range = { $n } liegt außerhalb des Bereichs: { $what ->
    [population] eine Einwohnerzahl
    [capacity] die Aufnahmefähigkeit einer Gastgeberstadt
    [delegation] eine Delegation
   *[priority] eine Priorität
} liegt zwischen { $min } und { $max }
refusal-not-a-number = „{ $value }“ ist keine ganze Zahl
refusal-too-long = darf höchstens { $max } Zeichen lang sein
refusal-one-line = muss in einer Zeile stehen (ohne Zeilenumbruch)
refusal-control-character = darf das unsichtbare Steuerzeichen { $code } nicht enthalten
refusal-date-missing = geben Sie ein Datum an (JJJJ-MM-TT)
refusal-not-a-date = „{ $value }“ ist kein Datum: Schreiben Sie es als JJJJ-MM-TT, z. B. 2025-08-01
refusal-not-yes-no = „{ $value }“ ist keine Antwort: Verwenden Sie ja oder nein
refusal-not-a-climate-zone = „{ $value }“ ist keine Klimazone: Wählen Sie eine aus der Liste
refusal-capacity-twin = nur eine Gastgeberstadt gibt an, wie viele Partnerstädte sie aufnehmen kann: Lassen Sie dieses Feld leer
refusal-list-too-long = nennen Sie höchstens { $max } { $what ->
    [contacts] Teilnehmende
    [themes] Themen
    [interests] Gastgeberstädte in der Rangfolge
   *[unavailable] Zeiträume
} (diese Liste enthält { $n })
refusal-contact-name = geben Sie den Namen der teilnehmenden Person an
refusal-email-missing = geben Sie eine E-Mail-Adresse an
refusal-not-an-email = „{ $value }“ ist keine E-Mail-Adresse (name@beispiel.de)
refusal-email-twice = diese Adresse steht bereits weiter oben
refusal-too-many-languages = nennen Sie höchstens { $max } Sprachen (diese Liste enthält { $n })
refusal-not-a-language = „{ $value }“ ist kein ISO-639-1-Sprachcode (z. B. en, de, da)
refusal-choose-domain = wählen Sie einen Emissionsbereich
refusal-not-a-domain = „{ $value }“ ist kein Emissionsbereich
refusal-choose-lever = wählen Sie einen Hebel des Wandels
refusal-not-a-lever = „{ $value }“ ist kein Hebel des Wandels
refusal-theme-twice = dieser Bereich und dieser Hebel sind bereits weiter oben gewählt: Beschreiben Sie beides in einer Zeile
refusal-choose-first-host = Wählen Sie die Gastgeberstadt, von der Sie am meisten lernen möchten
refusal-choose-host-n = Füllen Sie Wahl { $n } aus oder rücken Sie die folgenden Gastgeberstädte nach oben
refusal-interests-host = nur eine Partnerstadt nennt die Gastgeberstädte, die sie interessieren
refusal-not-a-host = „{ $value }“ ist keine Gastgeberstadt dieses Jahrgangs
refusal-host-twice = diese Gastgeberstadt steht bereits weiter oben
refusal-ends-before = { $last } liegt vor dem ersten Tag, { $first }
refusal-not-applies = „{ $value }“ ist keiner der Werte both, travel, host
refusal-organisation-missing = geben Sie zum Einreichen den Namen der Organisation an
refusal-population-missing = geben Sie zum Einreichen die Einwohnerzahl an
refusal-languages-missing = geben Sie zum Einreichen mindestens eine Arbeitssprache an (z. B. de)
refusal-delegation-missing = geben Sie zum Einreichen an, wie viele Personen in einer Delegation reisen
refusal-contacts-missing = nennen Sie zum Einreichen mindestens eine teilnehmende Person
refusal-challenges-missing = wählen Sie zum Einreichen mindestens eine Herausforderung, zu der Sie lernen möchten
refusal-practices-missing = wählen Sie zum Einreichen mindestens eine Praxis, die Sie zeigen können
refusal-capacity-missing = geben Sie zum Einreichen an, wie viele Partnerstädte Sie aufnehmen können

## Angaben prüfen

check-title = Prüfen Sie Ihre Angaben: { $city }
check-heading = Prüfen Sie Ihre Angaben vor dem Einreichen
check-intro = { $role ->
    [host] { $city }, Gastgeberstadt in { $cohort }. Nichts wird eingereicht, bevor Sie unten auf dieser Seite Einreichen wählen.
   *[twin] { $city }, Partnerstadt in { $cohort }. Nichts wird eingereicht, bevor Sie unten auf dieser Seite Einreichen wählen.
}
check-change = Ändern
check-not-given = Nicht angegeben
check-participant = Teilnehmende Person { $n }
check-emails-in = E-Mails auf { $language }
check-theme = { $role ->
    [host] Praxis { $n }
   *[twin] Herausforderung { $n }
}
check-theme-answer = { $domain } × { $lever }, Priorität { $priority }
check-interests = Gastgeberstädte, die Sie interessieren
check-choices = Wahl
check-none-ranked = Keine gewählt
check-periods = Zeiträume
check-none-given = Keine angegeben
check-period = Zeitraum { $n }
check-period-answer = { $from } bis { $to }: { $applies ->
    [travel] Sie können nicht reisen
    [host] Sie können nicht empfangen
   *[both] Sie können weder reisen noch empfangen
}
check-submit-heading = Reichen Sie jetzt Ihr Profil ein
check-submit-text = Mit dem Einreichen bestätigen Sie, dass diese Angaben für { $city } zutreffen. Eine Bestätigung geht an die oben genannten Teilnehmenden.
check-replaces = Diese Einreichung ersetzt Ihre frühere.
check-submit = Einreichen

## Eingereicht

submitted-title = Profil eingereicht: { $city }
submitted-heading = Profil eingereicht
submitted-reference = Ihre Referenz:
submitted-version = Version { $version } des Profils von { $city }, eingereicht am { $at }.
submitted-receipt = Wir haben eine Bestätigung an { $addresses } gesendet.
submitted-next = Wie es weitergeht
submitted-next-pairs = Nach Ende der Bewerbungsfrist am { $date } bildet das Programmteam die Paare aus Partnerstädten und Gastgeberstädten.
submitted-next-proposal = Wird { $city } ein Paar vorgeschlagen, erhalten die Teilnehmenden eine E-Mail; Sie nehmen es auf der Seite Ihrer Stadt an oder lehnen es ab.
submitted-next-visits = Sobald beide Städte angenommen haben, werden die Fachbesuche in den Modulen des Jahrgangs geplant und die Programme verschickt.
submitted-change = Sie können das Profil bis zum { $date } ändern: Jede Änderung ist eine neue Version und wird genauso eingereicht.
submitted-back = Zurück zur Seite Ihrer Stadt

## Ein Besuch, wie seine Städte ihn sehen

visit-back = Ihr Profil und Ihre Besuche
visit-heading = Fachbesuch des Paares { $twin } – { $host }
visit-label = { $direction ->
    [outward] { $guest } nach { $host }, Reise { $position }
   *[return] { $guest } nach { $host }, Gegenbesuch { $position }
}
visit-when = { $from } bis { $to }
visit-not-placed = Noch nicht eingeplant.
visit-days-in = { $days } in { $city }
visit-status = Status: { $status }
visit-changed = (seit der Veröffentlichung geändert)
visit-agenda = Programm
visit-day = Tag { $day }
visit-travel = Anreise
visit-travel-line = { $guest } nach { $host }: { $km } km Luftlinie; empfohlen: { $mode } ({ $route } km je Richtung). Etwa { $co2 } kg CO₂e pro reisender Person für Hin- und Rückreise ({ $factor } kg pro Personenkilometer, { $source }).
visit-travel-delegation = Eine Delegation von { $people }: etwa { $co2 } kg.
visit-contacts = Kontakte
visit-delegation-from = Delegation aus { $city }
visit-hosting-team = Gastgeberteam in { $city }
visit-none-given = Noch keine angegeben.
visit-edit-agenda = Programm bearbeiten
visit-agenda-field = Programm
visit-agenda-hint = Ein Punkt pro Zeile: Tag | was geschieht | Einzelheiten (optional).
visit-save-agenda = Programm speichern
visit-saved-agenda = Das Programm ist gespeichert.
city-feedback-give = Rückmeldung geben
city-feedback-change = Rückmeldung ändern

## Rückmeldung nach einem Besuch

feedback-title = { $city }: Rückmeldung zu { $visit }
feedback-back = Zurück zu Ihrem Profil und Ihren Besuchen
feedback-heading = { $city }: Ihre Rückmeldung zum Besuch
feedback-with = { $visit }, mit { $host }.
feedback-open-until = Sie können Ihre Rückmeldung bis zum { $date } ändern, wenn die Kohorte endet.
feedback-saved = Ihre Rückmeldung ist gespeichert. Vielen Dank. Sie können sie bis zum { $date } ändern.
feedback-nothing-saved = Es wurde nichts gespeichert
feedback-cannot-now = Eine Rückmeldung ist derzeit nicht möglich
feedback-usefulness = Wie nützlich war der Besuch für Ihre Stadt?
feedback-usefulness-hint = Von 1 (nicht nützlich) bis 5 (äußerst nützlich).
feedback-usefulness-choice = { $n ->
    [1] 1 – nicht nützlich
    [2] 2 – etwas nützlich
    [3] 3 – nützlich
    [4] 4 – sehr nützlich
   *[5] 5 – äußerst nützlich
}
feedback-learnt = Was hat Ihre Stadt gelernt?
feedback-learnt-hint = Bis zu { $n } Zeichen.
feedback-practices = Welche Praktiken von { $host } möchten Sie übernehmen?
feedback-practices-none = { $host } hat die gezeigten Praktiken noch nicht eingereicht.
feedback-practices-hint = Wählen Sie alle zutreffenden aus.
feedback-recommend = Würden Sie { $host } anderen Städten als Gastgeberin empfehlen?
feedback-yes = Ja
feedback-no = Nein
feedback-follow-up = Welche Folgeaktivität wünschen Sie sich?
follow-up-online = Eine Online-Sitzung
follow-up-visit = Einen weiteren Besuch
follow-up-none = Keine Folgeaktivität
feedback-save-changes = Änderungen speichern
feedback-send = Rückmeldung senden
feedback-yours = Ihre Rückmeldung
feedback-field-usefulness = Nutzen des Besuchs
feedback-field-learnt = Was Sie gelernt haben
feedback-field-practices = Zu übernehmende Praktiken
feedback-field-recommend = Empfehlung der Gastgeberin
feedback-field-follow-up = Folgeaktivität
feedback-usefulness-of = { $n } von 5
feedback-none-chosen = Keine ausgewählt
feedback-summary-line = { $field }: { $message }
refusal-feedback-usefulness-missing = geben Sie an, wie nützlich der Besuch war, von 1 (nicht nützlich) bis 5 (sehr nützlich)
refusal-feedback-usefulness-range = muss eine ganze Zahl von 1 (nicht nützlich) bis 5 (sehr nützlich) sein
refusal-feedback-learnt-missing = geben Sie an, was Ihre Stadt bei diesem Besuch gelernt hat
refusal-feedback-learnt-too-long = darf höchstens { $max } Zeichen lang sein (es sind { $n })
refusal-feedback-too-many-practices = { $n } Praktiken sind zu viele: die Gastgeberin zeigt { $offered }
refusal-feedback-not-a-practice-none = „{ $value }“ ist keine Praktik der Gastgeberin: ihr Profil nennt keine
refusal-feedback-not-a-practice = „{ $value }“ ist keine Praktik der Gastgeberin: verwenden Sie { $ids }
refusal-feedback-recommend-missing = geben Sie an, ob Sie die Gastgeberin empfehlen würden
refusal-feedback-yes-or-no = muss ja oder nein sein
refusal-feedback-follow-up-missing = wählen Sie die gewünschte Folgeaktivität: eine Online-Sitzung, einen weiteren Besuch oder keine
refusal-feedback-not-a-follow-up = „{ $value }“ ist keine Folgeaktivität: verwenden Sie online, visit oder none
refusal-feedback-visit-not-held = dieser Besuch { $state ->
    [cancelled] ist abgesagt
    [unplaced] hat noch keine Termine
   *[unpublished] ist noch nicht veröffentlicht
}: eine Rückmeldung gibt es zu einem Besuch, der stattgefunden hat
refusal-feedback-not-ended = dieser Besuch ist noch nicht zu Ende: er endet am { $date }, Rückmeldungen sind ab dem Tag danach möglich
refusal-feedback-no-dates = dieser Besuch hat keine Termine
refusal-feedback-cohort-ended = die Kohorte endete am { $date }: Rückmeldungen können nicht mehr gegeben oder geändert werden
refusal-feedback-archived = die Kohorte ist archiviert: solange sie archiviert ist, können Rückmeldungen nicht gegeben oder geändert werden

## Why a round paired a Twin with a host (the report's sentence, in the reader's language)
why-paired = { $twin } wurde mit { $host } zusammengebracht, weil { $reasons }.
why-cover = die Stärken von { $host } { $covered } { $needs ->
    [one] der einzigen vorrangigen Herausforderung
   *[other] der { $needs } vorrangigen Herausforderungen
} von { $twin } abdecken — { $list }
why-fit = die Stärken von { $host } die Herausforderungen von { $twin } teilweise treffen (Passung { $fit } %)
why-rank = { $twin } { $host } als { $rank ->
    [1] erste
    [2] zweite
    [3] dritte
    [4] vierte
   *[other] fünfte
} Wahl genannt hat
why-feedback = die Twins von { $host } bewerteten ihre Besuche mit { $mean } von 5 ({ $n } { $n ->
    [one] Antwort
   *[other] Antworten
})
why-earlier-unmatched = { $twin } hatte Vorrang, weil sie in einer früheren Runde des Programms ohne Partner blieb
why-room = kein besser passender Gastgeber Platz hatte ({ $host } ist { $km } km entfernt)
why-and = { " und " }

# Refusals a city meets when what it acts on is closed.
refusal-cohort-archived = die Kohorte ist archiviert (seit { $date }) und schreibgeschützt: schreiben Sie dem Programmteam, wenn sich noch etwas ändern muss
refusal-proposal-settled = beide Städte haben dieses Paar am { $date } angenommen: es steht fest, und seine Besuche werden danach geplant. Um es zu ändern, wenden Sie sich an das Programmteam, das die Kohorte neu zuordnen kann

## Der Replikationsplan (Seite einer Zwillingsstadt)

city-plan = Replikationsplan
city-plan-intro = Der Plan Ihrer Stadt, um das von den Praktiken des Gastgebers Gelernte umzusetzen: die Maßnahmen, wer sie trägt, wann, zu welchen Kosten und wie Sie sie messen.
city-plan-open = Replikationsplan schreiben oder aktualisieren
plan-title = Replikationsplan von { $city }
plan-back = Zurück zur Seite Ihrer Stadt
plan-intro = Eine Maßnahme pro Zeile, jede überträgt eine der Praktiken von { $host }. Speichern Sie jederzeit einen Entwurf; prüfen und reichen Sie ihn ein, wenn er fertig ist, bis zum { $date }.
plan-action = Maßnahme { $n }
plan-field-title = Was Ihre Stadt tun wird
plan-field-practice = Übertragene Praxis des Gastgebers
plan-choose-practice = Wählen Sie eine Praxis
plan-field-owner = Verantwortlich
plan-hint-owner = Eine Person oder eine Funktion, z. B. Klimateam
plan-field-starts = Beginn
plan-field-ends = Ende
plan-hint-date = JJJJ-MM-TT, z. B. 2026-09-01
plan-field-budget = Geschätztes Budget (EUR)
plan-hint-budget = In ganzen Euro, von 0 bis { $max }
plan-field-status = Stand
plan-field-indicator = Indikator
plan-hint-indicator = Was Sie messen, z. B. Teilnehmende an den Workshops
plan-field-target = Zielwert
plan-hint-target = Eine Zahl, z. B. 300 oder 12,5
plan-field-unit = Einheit des Zielwerts
plan-hint-unit = z. B. Personen, km, % der Wege
plan-remove = Maßnahme { $n } entfernen
plan-add = Weitere Maßnahme hinzufügen
plan-save = Entwurf speichern
plan-check = Weiter zur Prüfung des Plans
plan-hint-actions = Bis zu { $max } Maßnahmen. Eine leere Zeile wird nicht gespeichert.
plan-status-none = Ihre Stadt hat ihren Plan noch nicht begonnen.
plan-status-draft = Version { $version } ist ein Entwurf: Sie ist noch nicht eingereicht.
plan-status-submitted = Version { $version } wurde am { $date } eingereicht: Das Programmteam prüft sie.
plan-status-changes = Das Programmteam bittet um Änderungen an Version { $version }: Ändern Sie den Plan unten und reichen Sie ihn erneut ein.
plan-status-accepted = Version { $version } wurde am { $date } angenommen. Halten Sie den Stand jeder Maßnahme aktuell: Eine Änderung ist eine neue Version zum Einreichen.
plan-comment = Kommentar des Programmteams: { $comment }
plan-saved = Entwurf gespeichert.
plan-submitted-notice = Plan eingereicht: Version { $version }. Das Programmteam prüft ihn, und Sie erhalten dann eine E-Mail.
plan-check-heading = Prüfen Sie Ihren Plan, bevor Sie ihn einreichen
plan-check-intro = Version { $version }, { $n ->
    [one] eine Maßnahme
   *[other] { $n } Maßnahmen
}, geschätztes Budget insgesamt { $budget } EUR.
plan-change = Plan ändern
plan-submit = Plan einreichen
plan-submit-hint = Nach dem Einreichen ist der Plan eine nummerierte Version, die das Programmteam prüft. Sie können ihn danach ändern: Jede Änderung ist eine neue Version.
plan-none-practices = Das Profil von { $host } nennt noch keine Praxis: Jede Maßnahme nennt die Praxis, die sie überträgt, daher kann der Plan erst danach geschrieben werden.
plan-cannot-now = Der Plan kann jetzt nicht geändert werden
plan-nothing-saved = Nichts wurde gespeichert
action-status-planned = Geplant
action-status-started = Begonnen
action-status-done = Erledigt
action-status-dropped = Aufgegeben
refusal-plan-too-many-actions = nennen Sie höchstens { $max } Maßnahmen (diese Liste hat { $n })
refusal-plan-no-action = nennen Sie mindestens eine Maßnahme, um einzureichen
refusal-plan-missing = darf nicht leer sein
refusal-plan-year = muss ein Datum von { $first } bis { $last } sein
refusal-plan-budget-missing = geben Sie das geschätzte Budget in Euro an (0, wenn keines)
refusal-plan-budget-range = { $n } liegt außerhalb des Bereichs: ein Budget beträgt 0 bis { $max } Euro
refusal-plan-target-missing = geben Sie den angestrebten Wert an
refusal-plan-not-a-target = „{ $value }“ ist keine Zahl (z. B. 25 oder 12,5)
refusal-plan-practice-missing = wählen Sie die Praxis des Gastgebers, die diese Maßnahme überträgt
refusal-plan-not-a-status = „{ $value }“ ist kein Stand: verwenden Sie planned, started, done, dropped
refusal-plan-cohort-ended = die Kohorte endete am { $date }: der Plan kann nicht mehr geändert werden
refusal-plan-archived = die Kohorte ist archiviert: der Plan kann nicht geändert werden, solange sie es ist

## Travel costs of a visit
costs-heading = Reisekosten
costs-estimate = Geschätzt: { $amount } für { $people } mit { $mode } ({ $route } km je Richtung zu { $rate } pro km, hin und zurück: { $per } pro reisender Person).
costs-travellers-assumed = Das Profil nennt keine Delegationsgröße: eine reisende Person wird gezählt.
costs-cap = Erstattungsobergrenze dieses Besuchs: { $cap } ({ $per } pro reisender Person).
costs-no-cap = Die Kohorte setzt keine Erstattungsobergrenze.
costs-estimate-over-cap = Die Schätzung liegt über der Obergrenze.
costs-actual = Ausgegeben, laut { $city }: { $amount }.
costs-actual-over-cap = Über der Obergrenze.
costs-note-said = ({ $note })
costs-none-recorded = { $city } hat die Ausgaben noch nicht eingetragen.
costs-record = Ausgaben eintragen
costs-amount = Ausgegebener Betrag in Euro
costs-amount-hint = Die Reise der ganzen Delegation, hin und zurück, z. B. 1250,50.
costs-note = Was er umfasst
costs-note-hint = Z. B. Flüge für 4 Personen und Nahverkehrszüge
costs-save = Betrag speichern
costs-saved = Der ausgegebene Betrag ist gespeichert.
costs-archived = Die Kohorte ist archiviert: die Ausgaben können nicht mehr geändert werden.
refusal-amount-missing = geben Sie einen Betrag in Euro an, z. B. 350,50
refusal-not-an-amount = „{ $value }“ ist kein Betrag in Euro: schreiben Sie z. B. 350 oder 350,50, von 0 bis { $max }

## The answer deadline of a proposal

refusal-proposal-expired = Die Antwortfrist dieses Vorschlags war der { $date }: Er kann nicht mehr beantwortet werden. Wenden Sie sich an das Programmteam, das das Paar erneut vorschlagen kann.
city-answer-by = Bitte antworten Sie bis zum { $date }.
city-expired = Die Antwortfrist, der { $date }, ist abgelaufen: Dieses Paar kann hier nicht mehr beantwortet werden.

## The privacy notice (GDPR): short on each city form, at length on /privacy.
privacy-notice-heading = Ihre personenbezogenen Daten.
privacy-notice-short = Das Programm speichert Namen, E-Mail-Adressen, Funktionen und Sprachen der Kontaktpersonen Ihrer Stadt, die an sie gesendeten E-Mails und was Ihre Stadt in ihre Formulare schreibt, um das Twinning-Lernprogramm durchzuführen und darüber zu berichten. Sie werden { $days } Tage nach dem Ende Ihrer Kohorte aufbewahrt und dann anonymisiert. Um eine Kopie Ihrer Daten oder ihre Löschung zu verlangen, schreiben Sie an das Programmteam.
privacy-notice-link = Die vollständige Datenschutzerklärung lesen
privacy-title = Datenschutzerklärung
privacy-intro = Diese Erklärung sagt, welche personenbezogenen Daten das Twinning-Lernprogramm der EU-Mission für Städte über die Personen der teilnehmenden Städte speichert, warum, wie lange und wie Sie eine Kopie oder ihre Löschung verlangen können.
privacy-what-heading = Was gespeichert wird
privacy-what = Name, E-Mail-Adresse, Funktion und Sprache jeder Kontaktperson, die eine Stadt in ihrem Profil angibt; die an die Adresse einer Stadt gesendeten Einladungen; die E-Mails, die das Programm sendet (an wen und mit welchem Inhalt); und was eine Stadt in ihre Formulare schreibt: ihr Profil, ihre Rückmeldung zu Besuchen, ihren Replikationsplan (mit den Verantwortlichen seiner Maßnahmen) und ihre Reisekosten. Was die Programmverantwortlichen tun, wird in einem Prüfprotokoll festgehalten.
privacy-why-heading = Warum
privacy-why = Um das Programm durchzuführen: die Städtepaare zu bilden, ihre Besuche zu planen, ihnen Reisepläne und Erinnerungen zu senden, ihre Rückmeldungen und Pläne entgegenzunehmen und dem Geldgeber über das Programm zu berichten. Die Daten werden für nichts anderes verwendet und nur mit dem Programmteam und den mit Ihrer Stadt gepaarten Städten geteilt.
privacy-how-long-heading = Wie lange
privacy-how-long = Personenbezogene Daten werden { $days } Tage nach dem Ende der Kohorte, zu der sie gehören, aufbewahrt. Danach anonymisiert der Dienst sie: Namen und E-Mail-Adressen werden durch einen anonymen Platzhalter ersetzt und die Texte der E-Mails entfernt. Profile, Besuche, Rückmeldungen und Pläne der Städte bleiben erhalten, ohne Namen und Adressen der Personen, damit die Berichte des Programms richtig bleiben.
privacy-rights-heading = Ihre Rechte: eine Kopie oder die Löschung
privacy-rights = Sie können eine Kopie der personenbezogenen Daten, die das Programm über Sie speichert, ihre Berichtigung oder ihre Löschung verlangen. Schreiben Sie an das Programmteam unter der unten genannten Adresse, von der Adresse, unter der das Programm Sie kennt. Die Löschung ersetzt Ihren Namen und Ihre E-Mail-Adresse überall durch einen anonymen Platzhalter; was Ihre Stadt im Programm getan hat, bleibt erhalten.
privacy-controller = Verantwortlicher für die Daten: { $controller }
privacy-contact = Schreiben Sie an: { $contact }
