# E-mails, datums, getelde zelfstandige naamwoorden en de programmapunten die de dienst schrijft.

## Datums

date-format-long = %A %-d %B %Y
date-format-short = %-d %B %Y
date-format-day = %a %-d %b
date-format-day-year = %a %-d %b %Y
date-range-in-month = { $from }–{ $to } { $month } { $year }
date-range = { $from } – { $to }
date-time = { $date } om { $time } UTC
number-group-separator = .
number-decimal-separator = ,
amount-eur = € { $amount }

## Getelde zelfstandige naamwoorden

count-workdays = { $n ->
    [one] { $n } werkdag
   *[other] { $n } werkdagen
}
count-people = { $n ->
    [one] { $n } persoon
   *[other] { $n } personen
}
count-days = { $n ->
    [one] { $n } dag
   *[other] { $n } dagen
}
count-trips = { $n ->
    [one] { $n } reis
   *[other] { $n } reizen
}
count-visits = { $n ->
    [one] { $n } tegenbezoek
   *[other] { $n } tegenbezoeken
}
count-hosts = { $n ->
    [one] { $n } gaststad
   *[other] { $n } gaststeden
}

## Elke e-mail

mail-greeting = Beste { $name },
mail-greeting-anonymous = Beste collega's,
mail-closing =
    Met vriendelijke groet,
    { $team }
mail-footer = U ontvangt deze e-mail als contactpersoon van { $city } in { $cohort }.

## Het programma van een bezoek

mail-subject-planned = Werkbezoek: { $guest } naar { $host }, { $dates }
mail-subject-moved = Verplaatst: werkbezoek { $guest } naar { $host }, nu { $dates }
mail-subject-cancelled = Geannuleerd: werkbezoek { $guest } naar { $host }, { $dates }
mail-subject-updated = Nieuw programma: werkbezoek { $guest } naar { $host }, { $dates }
mail-lead-planned = Er is een werkbezoek gepland: { $guest } bezoekt { $host }, { $dates }.
mail-lead-moved = Dit bezoek is verplaatst: het was { $old }, het is nu { $new }.
mail-lead-cancelled = Dit bezoek is geannuleerd: { $guest } bezoekt { $host } niet op { $old }.
mail-lead-updated = Het programma van dit bezoek is gewijzigd; de datums blijven { $dates }. Het nieuwe programma staat hieronder.
mail-you-travel = U reist mee met de delegatie van { $city }.
mail-you-host = U maakt deel uit van het team van { $city } dat de delegatie ontvangt.
mail-visit-outward = Reis { $position } van het paar { $twin } – { $host }: { $days }, { $cohort }.
mail-visit-return = Tegenbezoek { $position } van het paar { $twin } – { $host }: { $days }, { $cohort }.
mail-itinerary = Programma
mail-day = Dag { $day }, { $date }
mail-travel = Reis
mail-travel-line = Ongeveer { $km } km; voorgesteld: { $mode }; ongeveer { $co2 } kg CO2e per reiziger voor de heen- en terugreis.
mail-delegation = Delegatie: { $people }.
mode-rail = trein
mode-air = vliegtuig
mail-contacts = Contactpersonen
mail-travelling = { $city }, reizend
mail-hosting = { $city }, gastheer
mail-no-contact = nog geen contactpersoon opgegeven
mail-calendar-request = Het bijgevoegde agendabestand (visit.ics) zet het bezoek in uw agenda; als het bezoek verandert, vervangt de update dezelfde afspraak.
mail-calendar-cancel = Het bijgevoegde agendabestand (visit.ics) haalt het bezoek uit uw agenda.

## Een voorgesteld paar

mail-subject-proposal = Voorgesteld paar: { $twin } met { $host }
mail-proposal-twin = Voorgesteld wordt dat { $twin } in { $cohort } leert van { $host }.
mail-proposal-host = Voorgesteld wordt dat { $host } in { $cohort } { $twin } ontvangt.
mail-proposal-next = Open de pagina van uw stad (de link uit de uitnodiging die u hebt ontvangen) om het paar te accepteren of af te wijzen. Zodra beide kanten accepteren, plant het programma de werkbezoeken en ontvangt u het programma van het bezoek.

## Een uitnodiging

mail-subject-invitation = Uitnodiging: { $cohort } van het { $programme }
mail-invitation-lead = { $role ->
    [host] { $city } is uitgenodigd om deel te nemen aan { $cohort } van het { $programme } als gaststad.
   *[twin] { $city } is uitgenodigd om deel te nemen aan { $cohort } van het { $programme } als tweelingstad (Twin City).
}
mail-invitation-link = Vertel ons over uw stad (uitdagingen, praktijken, wanneer u kunt reizen en ontvangen) op de pagina van uw stad. De link werkt tot { $date }:
mail-invitation-new-link = Dit is een nieuwe link: de vorige werkt niet meer.
mail-invitation-keep = Houd de link binnen uw team: hij opent de pagina van uw stad zonder wachtwoord.

## De ontvangstbevestiging van een ingediend profiel

mail-subject-receipt = Profiel ontvangen: { $city }, { $cohort }
mail-receipt-lead = Het profiel van { $city } voor { $cohort } is ingediend (versie { $version }, { $date }).
mail-receipt-reference = Referentie: { $reference }
mail-receipt-next = Hoe het verder gaat: na het sluiten van de oproep op { $date } vormt het programmateam paren van tweelingsteden en gaststeden. Als er een paar aan uw stad wordt voorgesteld, ontvangt u een e-mail en antwoordt u op de pagina van uw stad.
mail-receipt-change = U kunt het profiel met dezelfde link wijzigen tot { $date }; elke wijziging is een nieuwe versie, en u ontvangt een nieuwe bevestiging.

## De programmapunten die de dienst schrijft

agenda-to-be-arranged = Wordt door de gastheren ingevuld.
agenda-welcome = Welkom en kennismaking
agenda-welcome-detail = { $host } presenteert zijn werk; { $twin } presenteert de uitdagingen waarvoor het komt.
agenda-site-visit = Locatiebezoek: { $theme }
agenda-for-challenge = Voor de uitdaging van { $twin }: { $theme }.
agenda-flagship = Een van de voorbeeldpraktijken van { $host }.
agenda-wrap-up = Afsluiting: lessen en volgende stappen
agenda-wrap-up-detail = Wat { $twin } mee naar huis neemt, en wat het volgende bezoek moet behandelen.
agenda-welcome-back = Welkom door { $twin }
agenda-welcome-back-detail = Een rondgang langs de uitdagingen van { $twin } en de plekken waar ze spelen.
agenda-working-session = Werksessie: { $theme }
agenda-brings = { $host } brengt zijn ervaring met { $theme } in.
agenda-peer-view = { $host } geeft de blik van een collega-stad.
agenda-peer-review = Collegiale toetsing: aanbevelingen van { $host }
agenda-peer-review-detail = { $host } vat samen wat het zag en stelt volgende stappen voor { $twin } voor.

## De thema's van de taxonomie

theme-energy = Energie
theme-buildings = Gebouwen
theme-mobility = Mobiliteit en vervoer
theme-waste = Afval en circulaire economie
theme-nature = Landgebruik en natuurgebaseerde oplossingen
theme-industry = Industriële processen
theme-governance = Bestuur en beleid
theme-finance = Financiën en financiering
theme-technology = Technologie en infrastructuur
theme-social-innovation = Sociale innovatie
theme-participation = Democratische participatie
theme-data = Data en digitalisering
theme-learning = Leren en vaardigheden

## visit.ics

ics-summary = Werkbezoek: { $guest } naar { $host }
ics-description = { $label } ({ $days }). Reis: { $km } km, voorgesteld: { $mode }, ongeveer { $co2 } kg CO2e per reiziger voor de heen- en terugreis.
ics-day = Dag { $day } ({ $date }):

## De brieven van een Replicatieplan

mail-subject-plan-submitted = Replicatieplan ontvangen: { $city }, { $cohort }
mail-plan-submitted-lead = Het Replicatieplan van { $city } voor { $cohort } is ingediend: versie { $version }, { $n ->
    [one] één actie
   *[other] { $n } acties
}.
mail-plan-submitted-next = Het programmateam beoordeelt het en schrijft u wanneer het is aanvaard of wanneer het om wijzigingen vraagt. U kunt het lezen op de pagina van uw stad, met de link van uw uitnodiging.
mail-subject-plan-changes = Replicatieplan: wijzigingen gevraagd, { $city } ({ $cohort })
mail-plan-changes-lead = Het programmateam vraagt wijzigingen in versie { $version } van het Replicatieplan van { $city }.
mail-plan-comment = Hun opmerking: { $comment }
mail-plan-changes-next = Open de pagina van uw stad met de link van uw uitnodiging, wijzig het plan en dien het opnieuw in: het wordt een nieuwe versie.
mail-subject-plan-accepted = Replicatieplan aanvaard: { $city }, { $cohort }
mail-plan-accepted-lead = Het programmateam heeft versie { $version } van het Replicatieplan van { $city } voor { $cohort } aanvaard.
mail-plan-accepted-next = Houd de stand van elke actie bij op de pagina van uw stad: elke wijziging die u indient is een nieuwe versie van het plan.

## Reminders and the answer deadline of a proposal

mail-proposal-answer-by = Antwoord uiterlijk op { $date }. Het programmateam herinnert u daar vóór die dag aan; daarna kan het paar niet meer beantwoord worden en kan het anders worden voorgesteld.
mail-reminder-link = U doet dit op de pagina van uw stad: open de link uit uw uitnodigingsmail. Kunt u die niet vinden, beantwoord dan deze e-mail en het programmateam stuurt u een nieuwe.
mail-subject-reminder-profile = Herinnering: dien het profiel van { $city } uiterlijk op { $date } in
mail-reminder-profile = De oproep van { $cohort } sluit op { $date }, en het profiel van { $city } is nog niet ingediend: zolang dat niet zo is, kan { $city } niet gekoppeld worden.
mail-subject-reminder-proposal = Herinnering: beantwoord het voorgestelde paar { $twin } met { $host } uiterlijk op { $date }
mail-reminder-proposal = In { $cohort } zijn { $twin } en { $host } als paar voorgesteld, en { $city } heeft nog niet geantwoord. Aanvaard of weiger het paar uiterlijk op { $date }.
mail-subject-reminder-visit = Herinnering: { $guest } bezoekt { $host }, { $dates }
mail-reminder-visit = Het bezoek van { $guest } aan { $host } begint over { $days }: { $dates }.
mail-reminder-visit-calendar = De reisroute staat hieronder, en het bijgevoegde agendabestand bevat het bezoek: open het om het aan uw agenda toe te voegen.
mail-subject-reminder-feedback = Herinnering: hoe was het bezoek van { $guest } aan { $host }?
mail-reminder-feedback = Het bezoek van { $guest } aan { $host } ({ $dates }) is voorbij, en { $city } heeft nog geen feedback gegeven: hoe nuttig het was, wat u hebt geleerd, welke praktijken u wilt overnemen. U kunt die geven, of wijzigen, tot { $date }.

mail-subject-reminder-plan = Herinnering: dien het replicatieplan van { $city } in vóór { $date }
mail-reminder-plan = { $cohort } eindigt op { $date } en het replicatieplan van { $city } is nog niet ingediend: het is wat { $city } meeneemt uit de koppeling, de acties die het overneemt van de praktijken van zijn gaststad. Dien het, of de wijzigingen waar het programmateam om vroeg, vóór die datum in.
