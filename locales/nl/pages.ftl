# De pagina's die een stad opent met de link uit haar uitnodiging, en de foutpagina's.

## Elke pagina

lang-switch = Taal
page-optional = (optioneel)
page-error = Fout:
page-problem = Er is een probleem
page-up-to = Tot { $n } tekens

## Wat er misging

error-not-found-title = Deze pagina bestaat niet
error-not-found-text = Het adres klopt niet, of de link werkt niet meer. Als een uitnodigingslink niet meer werkt, vraag dan het programmateam om een nieuwe.
error-home = Naar de startpagina
error-csrf-title = Het formulier kon niet worden aanvaard
error-csrf-text = Het stond te lang open, of het kwam niet van deze site. Er is niets opgeslagen: ga terug, laad de pagina opnieuw en verstuur het nog eens.
error-refused-title = Dit kan niet
error-refused-text = { $why }. Er is niets gewijzigd: ga terug naar de pagina waar u vandaan kwam.
error-unavailable-title = Probeer het zo meteen opnieuw
error-unavailable-text = De dienst is bezet of de database is niet bereikbaar. Er is niets opgeslagen.
error-internal-title = Er ging iets mis
error-internal-text = Er ging aan onze kant iets mis; het is vastgelegd. Er is niets half opgeslagen.

## Statussen

status-invited = uitgenodigd
status-draft = concept
status-submitted = ingediend
status-late = te laat
answer-pending = nog niet beantwoord
answer-accepted = geaccepteerd
answer-declined = afgewezen
pair-proposed = voorgesteld
pair-accepted = geaccepteerd
pair-declined = afgewezen
visit-unplaced = niet ingepland
visit-draft = concept
visit-planned = gepland
visit-confirmed = bevestigd
visit-cancelled = geannuleerd
partner-twin = Tweelingstad (Twin City)
partner-mission = Missiestad
partner-pilot = Activiteit van een pilotstad

## De pagina van de stad

city-title = { $city }: profiel voor { $cohort }
city-heading = { $role ->
    [host] { $city }: uw profiel als gaststad
   *[twin] { $city }: uw profiel als tweelingstad
}
city-call-closed = { $cohort }. De oproep sloot op { $date }.
city-call-open = { $cohort }. U kunt uw profiel wijzigen tot { $date }.
city-status = Status:
city-submitted-on = Ingediend op { $at } (versie { $version }).
city-last-saved = Laatst opgeslagen op { $at } (versie { $version }).
city-saved-draft = Uw concept is opgeslagen. Kom terug met dezelfde link om verder te gaan.
city-saved-answer = Uw antwoord is vastgelegd. Dank u.
city-proposals = Uw voorgestelde paar
# Between the two names of a pair, each in bold: "Cascais with Aarhus".
city-pair-with = met
city-pair-state = Status: { $state } (tweelingstad: { $twin }, gaststad: { $host }).
city-partner = Uw partner: { $partner }
city-partner-role = Rol
city-partner-city = Stad
city-partner-about = { $city } ({ $country }), ongeveer { $population } inwoners; { $km } km van u vandaan, voorgesteld vervoer: { $mode }. Ongeveer { $co2 } kg CO₂e per reiziger voor heen en terug.
city-why = Waarom u aan elkaar gekoppeld bent
city-why-team = Het programmateam heeft dit paar gekozen.
city-matched = Gedekte uitdagingen: { $themes }.
city-accepted-on = Beide steden accepteerden op { $date }. Het programmateam plant nu uw bezoeken.
city-you-declined = U hebt dit paar afgewezen.
city-you-declined-because = U hebt dit paar afgewezen: ‘{ $reason }’.
city-they-declined = { $who } heeft dit paar afgewezen.
city-they-declined-because = { $who } heeft dit paar afgewezen: ‘{ $reason }’.
city-look-again = Het programmateam zoekt een ander paar.
city-accepting = Wat accepteren betekent
city-accepting-plan = Als beide steden accepteren, plant het programmateam de werkbezoeken van het paar: { $trips } van de tweelingstad naar haar gaststad en { $visits }, elk van { $days }.
city-accepting-plan-modules = Als beide steden accepteren, plant het programmateam de werkbezoeken van het paar: { $trips } van de tweelingstad naar haar gaststad en { $visits }, elk van { $days }, in de modules van de lichting ({ $modules }).
city-accepting-emails = De deelnemers aan beide kanten ontvangen de programma's per e-mail.
city-you-accepted = U hebt geaccepteerd; de andere kant heeft nog niet geantwoord. U kunt uw antwoord nog wijzigen.
city-decline-why = Als u afwijst: waarom
city-accept = Accepteren
city-decline = Afwijzen
city-visits = Uw bezoeken
city-calendar = Zet ze in uw agenda
city-calendar-intro = Uw bezoeken hebben een agendafeed; abonneer u erop en uw agenda volgt elke wijziging:
city-calendar-subscribe = Abonneren in uw agenda-app
city-calendar-howto = Of kopieer het adres hierboven en plak het waar uw agenda-app een agenda ‘via URL’ of ‘via abonnement’ toevoegt (Outlook: Agenda toevoegen, Abonneren vanaf internet; Google Agenda: Andere agenda's, Via URL). Houd het voor uzelf: net als met de link van uw uitnodiging kan iedereen die het heeft uw bezoeken zien.
city-nothing-saved = Er is niets opgeslagen
city-call-closed-refusal = De oproep sloot op { $date }: het profiel kan niet meer worden gewijzigd.
city-already-submitted = Dit profiel was al ingediend: er is niets opnieuw ingediend of verstuurd. Dit is wat er ontvangen is.
city-saved-meanwhile = Uw profiel is elders opgeslagen nadat u deze antwoorden controleerde, dus ze zijn niet ingediend. Uw antwoorden staan hieronder: controleer ze en dien ze opnieuw in.
city-what-you-submitted = Wat u hebt ingediend
city-check-and-submit = Wijzigingen controleren en indienen
city-save-draft = Concept opslaan
city-continue = Verder naar het controleren van uw antwoorden

## Het profielformulier

form-required = Om in te dienen vult u elk veld in dat niet als (optioneel) is gemarkeerd; in een lijst de velden van elke rij die u gebruikt. U kunt op elk moment een concept opslaan.
form-organisation = Organisatie
form-organisation-hint = De gemeente of de afdeling die deelneemt
form-population = Inwonertal
form-population-hint = Inwoners, een geheel getal (bijv. 214000)
form-languages = Werktalen
form-languages-hint = ISO 639-1-codes gescheiden door komma's, bijv. nl, en
form-coastal = Aan de kust
form-not-said = Niet opgegeven
form-yes = Ja
form-no = Nee
form-climate-zone = Klimaatzone
climate-mediterranean = Mediterraan
climate-oceanic = Oceanisch (Atlantisch)
climate-continental = Continentaal
climate-nordic = Noords (boreaal)
climate-alpine = Alpien (bergen)
climate-arid = Droog of halfdroog
form-capacity = Tweelingsteden die u kunt ontvangen
form-capacity-hint = Een geheel getal, 1 tot { $max }
form-delegation-size = Personen in een delegatie
form-delegation-size-hint = Hoeveel personen er meereizen op een bezoek, 1 tot { $max }
form-participants = Deelnemers
form-participants-hint = De personen die deelnemen: zij ontvangen de programma's van de bezoeken. Laat een rij leeg als u er minder nodig hebt.
form-participant-name = Deelnemer { $n }: naam
form-participant-email = Deelnemer { $n }: e-mail
form-participant-role = Deelnemer { $n }: functie
form-participant-language = Deelnemer { $n }: taal
form-participant-language-hint = ISO 639-1, standaard en
form-challenges = Uitdagingen waarover u wilt leren
form-challenges-hint = Elk op één emissiedomein en één hefboom voor verandering; prioriteit 1 is de belangrijkste.
form-practices = Praktijken die u kunt laten zien
form-practices-hint = Elk op één emissiedomein en één hefboom voor verandering; prioriteit 1 is de sterkste.
form-theme-domain = { $role ->
    [host] Praktijk { $n }: emissiedomein
   *[twin] Uitdaging { $n }: emissiedomein
}
form-theme-lever = { $role ->
    [host] Praktijk { $n }: hefboom voor verandering
   *[twin] Uitdaging { $n }: hefboom voor verandering
}
form-theme-priority = { $role ->
    [host] Praktijk { $n }: prioriteit
   *[twin] Uitdaging { $n }: prioriteit
}
form-theme-description = { $role ->
    [host] Praktijk { $n }: in een paar woorden
   *[twin] Uitdaging { $n }: in een paar woorden
}
form-choose = Kies
form-priority-highest = 1 (hoogste)
form-interests = Gaststeden die u interesseren (optioneel)
form-interests-hint = Rangschik tot { $hosts }, eerst die waarvan u het meest wilt leren.
form-no-host-yet = Er heeft zich nog geen gaststad bij deze lichting aangesloten. U kunt later terugkomen om ze te rangschikken.
form-hosts-show = Wat elke gaststad kan laten zien
form-not-submitted-yet = Nog niet ingediend.
form-choice = Keuze { $n }
form-no-host = Geen gaststad
form-unavailable = Wanneer u niet kunt reizen of ontvangen (optioneel)
form-period-first = Periode { $n }: eerste dag
form-period-last = Periode { $n }: laatste dag
form-period-applies = Periode { $n }: uw stad
form-period-why = Periode { $n }: reden
applies-both = kan niet reizen of ontvangen
applies-travel = kan niet reizen
applies-host = kan niet ontvangen

## Wat het formulier weigert

refusal-out-of-range = { $n } valt buiten het bereik: { $what ->
    [population] een inwonertal
    [capacity] de capaciteit van een gaststad
    [delegation] een delegatie
   *[priority] een prioriteit
} is { $min } tot { $max }
refusal-not-a-number = ‘{ $value }’ is geen geheel getal
refusal-too-long = mag hoogstens { $max } tekens lang zijn
refusal-one-line = moet op één regel staan (zonder regeleinde)
refusal-control-character = mag het onzichtbare stuurteken { $code } niet bevatten
refusal-date-missing = geef een datum op (JJJJ-MM-DD)
refusal-not-a-date = ‘{ $value }’ is geen datum: schrijf het als JJJJ-MM-DD, bijv. 2025-08-01
refusal-not-yes-no = ‘{ $value }’ is geen antwoord: gebruik ja of nee
refusal-not-a-climate-zone = ‘{ $value }’ is geen klimaatzone: kies er een uit de lijst
refusal-capacity-twin = alleen een gaststad geeft op hoeveel tweelingsteden ze kan ontvangen: laat dit veld leeg
refusal-list-too-long = noem hoogstens { $max } { $what ->
    [contacts] deelnemers
    [themes] thema's
    [interests] gaststeden om te rangschikken
   *[unavailable] periodes
} (deze lijst bevat er { $n })
refusal-contact-name = geef de naam van de deelnemer op
refusal-email-missing = geef een e-mailadres op
refusal-not-an-email = ‘{ $value }’ is geen e-mailadres (naam@voorbeeld.nl)
refusal-email-twice = dit adres staat hierboven al
refusal-too-many-languages = noem hoogstens { $max } talen (deze lijst bevat er { $n })
refusal-not-a-language = ‘{ $value }’ is geen ISO 639-1-taalcode (bijv. en, nl, da)
refusal-choose-domain = kies een emissiedomein
refusal-not-a-domain = ‘{ $value }’ is geen emissiedomein
refusal-choose-lever = kies een hefboom voor verandering
refusal-not-a-lever = ‘{ $value }’ is geen hefboom voor verandering
refusal-theme-twice = dit domein en deze hefboom zijn hierboven al gekozen: beschrijf beide in één rij
refusal-choose-first-host = Kies de gaststad waarvan u het meest wilt leren
refusal-choose-host-n = Vul keuze { $n } in of schuif de gaststeden erna omhoog
refusal-interests-host = alleen een tweelingstad noemt de gaststeden die haar interesseren
refusal-not-a-host = ‘{ $value }’ is geen gaststad van deze lichting
refusal-host-twice = deze gaststad staat hierboven al in de rangschikking
refusal-ends-before = { $last } ligt vóór de eerste dag, { $first }
refusal-not-applies = ‘{ $value }’ is geen van both, travel, host
refusal-organisation-missing = geef de naam van de organisatie op om in te dienen
refusal-population-missing = geef het inwonertal op om in te dienen
refusal-languages-missing = geef minstens één werktaal op om in te dienen (bijv. nl)
refusal-delegation-missing = geef op hoeveel personen er in een delegatie reizen om in te dienen
refusal-contacts-missing = noem minstens één deelnemer om in te dienen
refusal-challenges-missing = kies minstens één uitdaging waarover u wilt leren om in te dienen
refusal-practices-missing = kies minstens één praktijk die u kunt laten zien om in te dienen
refusal-capacity-missing = geef op hoeveel tweelingsteden u kunt ontvangen om in te dienen

## Antwoorden controleren

check-title = Controleer uw antwoorden: { $city }
check-heading = Controleer uw antwoorden voordat u indient
check-intro = { $role ->
    [host] { $city }, gaststad in { $cohort }. Er wordt niets ingediend totdat u onderaan deze pagina voor Indienen kiest.
   *[twin] { $city }, tweelingstad in { $cohort }. Er wordt niets ingediend totdat u onderaan deze pagina voor Indienen kiest.
}
check-change = Wijzigen
check-not-given = Niet opgegeven
check-participant = Deelnemer { $n }
check-emails-in = e-mails in het { $language }
check-theme = { $role ->
    [host] Praktijk { $n }
   *[twin] Uitdaging { $n }
}
check-theme-answer = { $domain } × { $lever }, prioriteit { $priority }
check-interests = Gaststeden die u interesseren
check-choices = Keuzes
check-none-ranked = Geen gerangschikt
check-periods = Periodes
check-none-given = Geen opgegeven
check-period = Periode { $n }
check-period-answer = { $from } tot en met { $to }: { $applies ->
    [travel] u kunt niet reizen
    [host] u kunt niet ontvangen
   *[both] u kunt niet reizen of ontvangen
}
check-submit-heading = Dien nu uw profiel in
check-submit-text = Door in te dienen bevestigt u dat deze antwoorden kloppen voor { $city }. Een ontvangstbevestiging gaat naar de deelnemers hierboven.
check-replaces = Deze indiening vervangt uw eerdere.
check-submit = Indienen

## Ingediend

submitted-title = Profiel ingediend: { $city }
submitted-heading = Profiel ingediend
submitted-reference = Uw referentie:
submitted-version = Versie { $version } van het profiel van { $city }, ingediend op { $at }.
submitted-receipt = We hebben een ontvangstbevestiging gestuurd naar { $addresses }.
submitted-next = Hoe het verder gaat
submitted-next-pairs = Na het sluiten van de oproep op { $date } vormt het programmateam paren van tweelingsteden en gaststeden.
submitted-next-proposal = Als er een paar aan { $city } wordt voorgesteld, ontvangen de deelnemers een e-mail; u accepteert of weigert het op de pagina van uw stad.
submitted-next-visits = Zodra beide steden accepteren, worden de werkbezoeken in de modules van de lichting gepland en de programma's verstuurd.
submitted-change = U kunt het profiel wijzigen tot { $date }: elke wijziging is een nieuwe versie, op dezelfde manier ingediend.
submitted-back = Terug naar de pagina van uw stad

## Een bezoek, zoals de steden het zien

visit-back = Uw profiel en bezoeken
visit-heading = Werkbezoek van het paar { $twin } – { $host }
visit-label = { $direction ->
    [outward] { $guest } naar { $host }, reis { $position }
   *[return] { $guest } naar { $host }, tegenbezoek { $position }
}
visit-when = { $from } tot en met { $to }
visit-not-placed = Nog niet ingepland.
visit-days-in = { $days } in { $city }
visit-status = status: { $status }
visit-changed = (gewijzigd sinds de publicatie)
visit-agenda = Programma
visit-day = Dag { $day }
visit-travel = Reis
visit-travel-line = { $guest } naar { $host }: { $km } km hemelsbreed; voorgesteld: { $mode } ({ $route } km enkele reis). Ongeveer { $co2 } kg CO₂e per reiziger voor de heen- en terugreis ({ $factor } kg per reizigerskilometer, { $source }).
visit-travel-delegation = Een delegatie van { $people }: ongeveer { $co2 } kg.
visit-contacts = Contactpersonen
visit-delegation-from = Delegatie uit { $city }
visit-hosting-team = Ontvangend team in { $city }
visit-none-given = Nog niemand opgegeven.
visit-edit-agenda = Programma bewerken
visit-agenda-field = Programma
visit-agenda-hint = Eén punt per regel: dag | wat er gebeurt | details (optioneel).
visit-save-agenda = Programma opslaan
visit-saved-agenda = Het programma is opgeslagen.
city-feedback-give = Feedback geven
city-feedback-change = Uw feedback wijzigen

## Feedback na een bezoek

feedback-title = { $city }: feedback over { $visit }
feedback-back = Terug naar uw profiel en bezoeken
feedback-heading = { $city }: uw feedback over het bezoek
feedback-with = { $visit }, met { $host }.
feedback-open-until = U kunt uw feedback wijzigen tot { $date }, wanneer het cohort eindigt.
feedback-saved = Uw feedback is opgeslagen. Dank u wel. U kunt hem wijzigen tot { $date }.
feedback-nothing-saved = Er is niets opgeslagen
feedback-cannot-now = Feedback geven is nu niet mogelijk
feedback-usefulness = Hoe nuttig was het bezoek voor uw stad?
feedback-usefulness-hint = Van 1 (niet nuttig) tot 5 (buitengewoon nuttig).
feedback-usefulness-choice = { $n ->
    [1] 1 – niet nuttig
    [2] 2 – een beetje nuttig
    [3] 3 – nuttig
    [4] 4 – zeer nuttig
   *[5] 5 – buitengewoon nuttig
}
feedback-learnt = Wat heeft uw stad geleerd?
feedback-learnt-hint = Tot { $n } tekens.
feedback-practices = Welke praktijken van { $host } wilt u overnemen?
feedback-practices-none = { $host } heeft de praktijken die het laat zien nog niet ingediend.
feedback-practices-hint = Selecteer alle die van toepassing zijn.
feedback-recommend = Zou u { $host } aan andere steden aanbevelen als gaststad?
feedback-yes = Ja
feedback-no = Nee
feedback-follow-up = Welk vervolg wilt u?
follow-up-online = Een online sessie
follow-up-visit = Nog een bezoek
follow-up-none = Geen vervolg
feedback-save-changes = Wijzigingen opslaan
feedback-send = Feedback versturen
feedback-yours = Uw feedback
feedback-field-usefulness = Nut van het bezoek
feedback-field-learnt = Wat u hebt geleerd
feedback-field-practices = Over te nemen praktijken
feedback-field-recommend = Aanbeveling van de gastheer
feedback-field-follow-up = Vervolg
feedback-usefulness-of = { $n } van 5
feedback-none-chosen = Geen gekozen
feedback-summary-line = { $field }: { $message }
refusal-feedback-usefulness-missing = geef aan hoe nuttig het bezoek was, van 1 (niet nuttig) tot 5 (zeer nuttig)
refusal-feedback-usefulness-range = moet een geheel getal zijn van 1 (niet nuttig) tot 5 (zeer nuttig)
refusal-feedback-learnt-missing = vertel wat uw stad bij dit bezoek heeft geleerd
refusal-feedback-learnt-too-long = mag hoogstens { $max } tekens lang zijn (het zijn er { $n })
refusal-feedback-too-many-practices = { $n } praktijken is te veel: de gastheer laat er { $offered } zien
refusal-feedback-not-a-practice-none = ‘{ $value }’ is geen praktijk van de gastheer: zijn profiel noemt er geen
refusal-feedback-not-a-practice = ‘{ $value }’ is geen praktijk van de gastheer: gebruik { $ids }
refusal-feedback-recommend-missing = geef aan of u de gastheer zou aanbevelen
refusal-feedback-yes-or-no = moet ja of nee zijn
refusal-feedback-follow-up-missing = kies het vervolg dat u wilt: een online sessie, nog een bezoek of geen
refusal-feedback-not-a-follow-up = ‘{ $value }’ is geen vervolg: gebruik online, visit of none
refusal-feedback-visit-not-held = dit bezoek { $state ->
    [cancelled] is geannuleerd
    [unplaced] heeft nog geen data
   *[unpublished] is nog niet gepubliceerd
}: feedback wordt gegeven over een bezoek dat heeft plaatsgevonden
refusal-feedback-not-ended = dit bezoek is nog niet afgelopen: het eindigt op { $date } en feedback kan vanaf de dag erna
refusal-feedback-no-dates = dit bezoek heeft geen data
refusal-feedback-cohort-ended = het cohort eindigde op { $date }: feedback kan niet meer worden gegeven of gewijzigd
refusal-feedback-archived = het cohort is gearchiveerd: zolang dat zo is, kan feedback niet worden gegeven of gewijzigd

## Why a round paired a Twin with a host (the report's sentence, in the reader's language)
why-paired = { $twin } is gekoppeld aan { $host } omdat { $reasons }.
why-cover = de sterke punten van { $host } { $covered } { $needs ->
    [one] van de enige prioritaire uitdaging
   *[other] van de { $needs } prioritaire uitdagingen
} van { $twin } dekken — { $list }
why-fit = de sterke punten van { $host } de uitdagingen van { $twin } gedeeltelijk raken (aansluiting { $fit } %)
why-rank = { $twin } { $host } als { $rank ->
    [1] eerste
    [2] tweede
    [3] derde
    [4] vierde
   *[other] vijfde
} keuze opgaf
why-feedback = de Twins van { $host } gaven de bezoeken { $mean } op 5 ({ $n } { $n ->
    [one] antwoord
   *[other] antwoorden
})
why-earlier-unmatched = { $twin } kreeg voorrang, omdat het in een eerdere ronde van het programma zonder partner bleef
why-room = geen beter passende gastheer plaats had ({ $host } ligt op { $km } km)
why-and = { " en " }

# Refusals a city meets when what it acts on is closed.
refusal-cohort-archived = het cohort is gearchiveerd (sinds { $date }) en alleen-lezen: schrijf het programmateam als er nog iets moet veranderen
refusal-proposal-settled = beide steden hebben dit paar op { $date } aanvaard: het staat vast en de bezoeken worden ervan uit gepland. Vraag het programmateam om het te wijzigen; dat kan het cohort opnieuw koppelen

## Het Replicatieplan (pagina van een Tweelingstad)

city-plan = Replicatieplan
city-plan-intro = Het plan van uw stad om toe te passen wat zij leerde van de praktijken van haar gastheer: de acties, wie ze trekt, wanneer, tegen welke kosten en hoe u ze meet.
city-plan-open = Het Replicatieplan schrijven of bijwerken
plan-title = Replicatieplan van { $city }
plan-back = Terug naar de pagina van uw stad
plan-intro = Eén actie per rij, elk neemt een van de praktijken van { $host } over. Sla op elk moment een concept op; controleer het en dien het in als het klaar is, tot { $date }.
plan-action = Actie { $n }
plan-field-title = Wat uw stad gaat doen
plan-field-practice = Overgenomen praktijk van de gastheer
plan-choose-practice = Kies een praktijk
plan-field-owner = Verantwoordelijke
plan-hint-owner = Een persoon of een functie, bijv. Klimaatteam
plan-field-starts = Begindatum
plan-field-ends = Einddatum
plan-hint-date = JJJJ-MM-DD, bijv. 2026-09-01
plan-field-budget = Geraamd budget (EUR)
plan-hint-budget = In hele euro's, van 0 tot { $max }
plan-field-status = Stand
plan-field-indicator = Indicator
plan-hint-indicator = Wat u meet, bijv. bewoners die aan de workshops deelnemen
plan-field-target = Streefwaarde
plan-hint-target = Een getal, bijv. 300 of 12,5
plan-field-unit = Eenheid van de streefwaarde
plan-hint-unit = bijv. personen, km, % van de verplaatsingen
plan-remove = Actie { $n } verwijderen
plan-add = Nog een actie toevoegen
plan-save = Concept opslaan
plan-check = Verder om het plan te controleren
plan-hint-actions = Tot { $max } acties. Een lege rij wordt niet opgeslagen.
plan-status-none = Uw stad is nog niet aan haar plan begonnen.
plan-status-draft = Versie { $version } is een concept: ze is nog niet ingediend.
plan-status-submitted = Versie { $version } is ingediend op { $date }: het programmateam beoordeelt ze.
plan-status-changes = Het programmateam vroeg wijzigingen in versie { $version }: wijzig het plan hieronder en dien het opnieuw in.
plan-status-accepted = Versie { $version } is aanvaard op { $date }. Houd de stand van elke actie bij: een wijziging is een nieuwe versie om in te dienen.
plan-comment = Opmerking van het programmateam: { $comment }
plan-saved = Concept opgeslagen.
plan-submitted-notice = Plan ingediend: versie { $version }. Het programmateam beoordeelt het, en u krijgt dan een e-mail.
plan-check-heading = Controleer uw plan voordat u het indient
plan-check-intro = versie { $version }, { $n ->
    [one] één actie
   *[other] { $n } acties
}, geraamd budget van { $budget } EUR in totaal.
plan-change = Het plan wijzigen
plan-submit = Het plan indienen
plan-submit-hint = Eenmaal ingediend is het plan een genummerde versie die het programmateam beoordeelt. U kunt het daarna wijzigen: elke wijziging is een nieuwe versie.
plan-none-practices = Het profiel van { $host } noemt nog geen praktijk: elke actie noemt de praktijk die ze overneemt, dus het plan kan pas daarna worden geschreven.
plan-cannot-now = Het plan kan nu niet worden gewijzigd
plan-nothing-saved = Er is niets opgeslagen
action-status-planned = Gepland
action-status-started = Gestart
action-status-done = Klaar
action-status-dropped = Stopgezet
refusal-plan-too-many-actions = noem ten hoogste { $max } acties (deze lijst heeft er { $n })
refusal-plan-no-action = noem ten minste één actie om in te dienen
refusal-plan-missing = mag niet leeg zijn
refusal-plan-year = moet een datum van { $first } tot { $last } zijn
refusal-plan-budget-missing = geef het geraamde budget in euro (0 als er geen is)
refusal-plan-budget-range = { $n } valt buiten het bereik: een budget is 0 tot { $max } euro
refusal-plan-target-missing = geef de beoogde waarde
refusal-plan-not-a-target = "{ $value }" is geen getal (bijv. 25 of 12,5)
refusal-plan-practice-missing = kies de praktijk van de gastheer die deze actie overneemt
refusal-plan-not-a-status = "{ $value }" is geen stand: gebruik planned, started, done, dropped
refusal-plan-cohort-ended = het cohort eindigde op { $date }: het plan kan niet meer worden gewijzigd
refusal-plan-archived = het cohort is gearchiveerd: het plan kan niet worden gewijzigd zolang het dat is

## Travel costs of a visit
costs-heading = Reiskosten
costs-estimate = Geschat: { $amount } voor { $people } per { $mode } ({ $route } km per richting tegen { $rate } per km, heen en terug: { $per } per reiziger).
costs-travellers-assumed = Het profiel noemt geen omvang van de delegatie: er wordt één reiziger geteld.
costs-cap = Vergoedingsplafond voor dit bezoek: { $cap } ({ $per } per reiziger).
costs-no-cap = Het cohort stelt geen vergoedingsplafond.
costs-estimate-over-cap = De schatting ligt boven het plafond.
costs-actual = Uitgegeven, volgens { $city }: { $amount }.
costs-actual-over-cap = Boven het plafond.
costs-note-said = ({ $note })
costs-none-recorded = { $city } heeft nog niet ingevuld wat het uitgaf.
costs-record = Uitgaven invullen
costs-amount = Uitgegeven bedrag in euro
costs-amount-hint = De reis van de hele delegatie, heen en terug, bijvoorbeeld 1250,50.
costs-note = Wat het omvat
costs-note-hint = Bijvoorbeeld vluchten voor 4 personen en lokale treinen
costs-save = Bedrag opslaan
costs-saved = Het uitgegeven bedrag is opgeslagen.
costs-archived = Het cohort is gearchiveerd: de uitgaven kunnen niet meer worden gewijzigd.
refusal-amount-missing = geef een bedrag in euro, bijvoorbeeld 350,50
refusal-not-an-amount = "{ $value }" is geen bedrag in euro: schrijf bijvoorbeeld 350 of 350,50, van 0 tot { $max }

## The answer deadline of a proposal

refusal-proposal-expired = De antwoordtermijn van dit voorstel was { $date }: het kan niet meer beantwoord worden. Vraag het programmateam, dat het paar opnieuw kan voorstellen.
city-answer-by = Antwoord uiterlijk op { $date }.
city-expired = De antwoordtermijn, { $date }, is verstreken: dit paar kan hier niet meer beantwoord worden.

## The privacy notice (GDPR): short on each city form, at length on /privacy.
privacy-notice-heading = Uw persoonsgegevens.
privacy-notice-short = Het programma bewaart de namen, e-mailadressen, functies en talen van de contactpersonen van uw stad, de e-mails die naar hen worden gestuurd en wat uw stad in haar formulieren schrijft, om het Twinning-leerprogramma uit te voeren en erover te rapporteren. Ze worden { $days } dagen na het einde van uw cohort bewaard en daarna geanonimiseerd. Schrijf naar het programmateam om een kopie van uw gegevens of de verwijdering ervan te vragen.
privacy-notice-link = Lees de volledige privacyverklaring
privacy-title = Privacyverklaring
privacy-intro = Deze verklaring zegt welke persoonsgegevens het Twinning-leerprogramma van de EU-missie voor steden bewaart over de mensen van de deelnemende steden, waarom, hoe lang, en hoe u om een kopie of om verwijdering kunt vragen.
privacy-what-heading = Wat wordt bewaard
privacy-what = De naam, het e-mailadres, de functie en de taal van elke contactpersoon die een stad in haar profiel opgeeft; de uitnodigingen die naar het adres van een stad zijn gestuurd; de e-mails die het programma verstuurt (aan wie, en wat erin staat); en wat een stad in haar formulieren schrijft: haar profiel, haar feedback op bezoeken, haar replicatieplan (met de eigenaars van de acties) en haar reiskosten. Wat de programmabeheerders doen, wordt vastgelegd in een auditlogboek.
privacy-why-heading = Waarom
privacy-why = Om het programma uit te voeren: de steden te koppelen, hun bezoeken te plannen, hun reisschema's en herinneringen te sturen, hun feedback en plannen te ontvangen en aan de financier over het programma te rapporteren. De gegevens worden voor niets anders gebruikt en alleen gedeeld met het programmateam en de steden die aan de uwe zijn gekoppeld.
privacy-how-long-heading = Hoe lang
privacy-how-long = Persoonsgegevens worden { $days } dagen na het einde van het cohort waartoe ze behoren bewaard. Daarna anonimiseert de dienst ze: namen en e-mailadressen worden vervangen door een anonieme aanduiding en de teksten van de e-mails worden verwijderd. De profielen, bezoeken, feedback en plannen van de steden blijven, zonder de namen en adressen van de mensen, zodat de rapporten van het programma kloppen.
privacy-rights-heading = Uw rechten: een kopie of verwijdering
privacy-rights = U kunt vragen om een kopie van de persoonsgegevens die het programma over u bewaart, om correctie of om verwijdering. Schrijf naar het programmateam op het adres hieronder, vanaf het adres waaronder het programma u kent. Verwijdering vervangt uw naam en e-mailadres overal door een anonieme aanduiding; wat uw stad in het programma deed, blijft.
privacy-controller = Verwerkingsverantwoordelijke: { $controller }
privacy-contact = Schrijf naar: { $contact }
