# Email, date, nomi contati e le voci di programma che il servizio scrive.

## Date

date-format-long = %A %-d %B %Y
date-format-short = %-d %B %Y
date-format-day = %a %-d %b
date-format-day-year = %a %-d %b %Y
date-range-in-month = dal { $from } al { $to } { $month } { $year }
date-range = dal { $from } al { $to }
date-time = { $date } alle { $time } UTC
number-group-separator = .
number-decimal-separator = ,
amount-eur = { $amount } €

## Nomi contati

count-workdays = { $n ->
    [one] { $n } giorno lavorativo
   *[other] { $n } giorni lavorativi
}
count-people = { $n ->
    [one] { $n } persona
   *[other] { $n } persone
}
count-days = { $n ->
    [one] { $n } giorno
   *[other] { $n } giorni
}
count-trips = { $n ->
    [one] { $n } viaggio
   *[other] { $n } viaggi
}
count-visits = { $n ->
    [one] { $n } visita
   *[other] { $n } visite
}
count-hosts = { $n ->
    [one] { $n } città ospitante
   *[other] { $n } città ospitanti
}

## Ogni email

mail-greeting = Gentile { $name },
mail-greeting-anonymous = Gentili colleghe e colleghi,
mail-closing =
    Cordiali saluti,
    { $team }
mail-footer = Ricevete questa email come contatto di { $city } in { $cohort }.

## Il programma di una visita

mail-subject-planned = Visita tecnica: { $guest } a { $host }, { $dates }
mail-subject-moved = Spostata: visita tecnica { $guest } a { $host }, ora { $dates }
mail-subject-cancelled = Annullata: visita tecnica { $guest } a { $host }, { $dates }
mail-subject-updated = Nuovo programma: visita tecnica { $guest } a { $host }, { $dates }
mail-lead-planned = È prevista una visita tecnica: { $guest } visita { $host }, { $dates }.
mail-lead-moved = Questa visita è stata spostata: era { $old }, ora è { $new }.
mail-lead-cancelled = Questa visita è annullata: { $guest } non visiterà { $host } { $old }.
mail-lead-updated = Il programma di questa visita è cambiato; le date restano { $dates }. Il nuovo programma è qui sotto.
mail-you-travel = Viaggiate con la delegazione di { $city }.
mail-you-host = Fate parte del gruppo di { $city } che accoglie la delegazione.
mail-visit-outward = Viaggio { $position } della coppia { $twin } – { $host }: { $days }, { $cohort }.
mail-visit-return = Visita di ritorno { $position } della coppia { $twin } – { $host }: { $days }, { $cohort }.
mail-itinerary = Programma
mail-day = Giorno { $day }, { $date }
mail-travel = Viaggio
mail-travel-line = Circa { $km } km; mezzo suggerito: { $mode }; circa { $co2 } kg di CO2e per viaggiatore, andata e ritorno.
mail-delegation = Delegazione: { $people }.
mode-rail = treno
mode-air = aereo
mail-contacts = Contatti
mail-travelling = { $city }, in viaggio
mail-hosting = { $city }, ospitante
mail-no-contact = nessun contatto indicato per ora
mail-calendar-request = Il file di calendario allegato (visit.ics) inserisce la visita nel vostro calendario; quando la visita cambia, l'aggiornamento sostituisce la stessa voce.
mail-calendar-cancel = Il file di calendario allegato (visit.ics) rimuove la visita dal vostro calendario.

## Una coppia proposta

mail-subject-proposal = Coppia proposta: { $twin } con { $host }
mail-proposal-twin = Si propone che { $twin } impari da { $host } in { $cohort }.
mail-proposal-host = Si propone che { $host } ospiti { $twin } in { $cohort }.
mail-proposal-next = Aprite la pagina della vostra città (il link dell'invito ricevuto) per accettare o rifiutare la coppia. Quando entrambe le parti avranno accettato, il programma pianifica le visite tecniche e riceverete il programma della visita.

## Un invito

mail-subject-invitation = Invito: { $cohort } del { $programme }
mail-invitation-lead = { $role ->
    [host] { $city } è invitata a partecipare a { $cohort } del { $programme } come città ospitante.
   *[twin] { $city } è invitata a partecipare a { $cohort } del { $programme } come città gemella (Twin City).
}
mail-invitation-link = Presentate la vostra città (sfide, pratiche, quando potete viaggiare e ospitare) nella pagina della vostra città. Il link è valido fino al { $date }:
mail-invitation-new-link = Questo è un nuovo link: il precedente non funziona più.
mail-invitation-keep = Tenete il link all'interno del vostro gruppo: apre la pagina della vostra città senza password.

## La ricevuta di un profilo inviato

mail-subject-receipt = Profilo ricevuto: { $city }, { $cohort }
mail-receipt-lead = Il profilo di { $city } per { $cohort } è stato inviato (versione { $version }, { $date }).
mail-receipt-reference = Riferimento: { $reference }
mail-receipt-next = Prossimi passi: dopo la chiusura del bando il { $date }, il gruppo del programma forma le coppie tra città gemelle e città ospitanti. Quando una coppia viene proposta alla vostra città, riceverete un'email e risponderete nella pagina della vostra città.
mail-receipt-change = Potete modificare il profilo con lo stesso link fino al { $date }; ogni modifica è una nuova versione e riceverete una nuova ricevuta.

## Le voci di programma che il servizio scrive

agenda-to-be-arranged = Da definire a cura degli ospitanti.
agenda-welcome = Benvenuto e presentazioni
agenda-welcome-detail = { $host } presenta il proprio lavoro; { $twin } presenta le sfide che l'hanno portata qui.
agenda-site-visit = Visita sul campo: { $theme }
agenda-for-challenge = Per la sfida di { $twin }: { $theme }.
agenda-flagship = Una delle pratiche di punta di { $host }.
agenda-wrap-up = Conclusioni: lezioni apprese e prossimi passi
agenda-wrap-up-detail = Che cosa { $twin } porta a casa e che cosa dovrebbe affrontare la prossima visita.
agenda-welcome-back = Benvenuto da parte di { $twin }
agenda-welcome-back-detail = Un giro tra le sfide di { $twin } e i luoghi che le riguardano.
agenda-working-session = Sessione di lavoro: { $theme }
agenda-brings = { $host } porta la propria esperienza in materia di { $theme }.
agenda-peer-view = { $host } offre lo sguardo di una città pari.
agenda-peer-review = Revisione tra pari: le raccomandazioni di { $host }
agenda-peer-review-detail = { $host } riassume ciò che ha visto e suggerisce i prossimi passi a { $twin }.

## I temi della tassonomia

theme-energy = Energia
theme-buildings = Edifici
theme-mobility = Mobilità e trasporti
theme-waste = Rifiuti ed economia circolare
theme-nature = Uso del suolo e soluzioni basate sulla natura
theme-industry = Processi industriali
theme-governance = Governance e politiche
theme-finance = Finanza e finanziamenti
theme-technology = Tecnologia e infrastrutture
theme-social-innovation = Innovazione sociale
theme-participation = Partecipazione democratica
theme-data = Dati e digitale
theme-learning = Apprendimento e competenze

## visit.ics

ics-summary = Visita tecnica: { $guest } a { $host }
ics-description = { $label } ({ $days }). Viaggio: { $km } km, mezzo suggerito: { $mode }, circa { $co2 } kg di CO2e per viaggiatore, andata e ritorno.
ics-day = Giorno { $day } ({ $date }):

## Le lettere di un Piano di replicazione

mail-subject-plan-submitted = Piano di replicazione ricevuto: { $city }, { $cohort }
mail-plan-submitted-lead = Il Piano di replicazione di { $city } per { $cohort } è inviato: versione { $version }, { $n ->
    [one] un'azione
   *[other] { $n } azioni
}.
mail-plan-submitted-next = Il team del programma lo esamina e le scrive quando lo accetta o chiede modifiche. Può leggerlo nella pagina della sua città, con il link del suo invito.
mail-subject-plan-changes = Piano di replicazione: modifiche richieste, { $city } ({ $cohort })
mail-plan-changes-lead = Il team del programma chiede modifiche alla versione { $version } del Piano di replicazione di { $city }.
mail-plan-comment = Il suo commento: { $comment }
mail-plan-changes-next = Apra la pagina della sua città con il link del suo invito, modifichi il piano e lo invii di nuovo: diventa una nuova versione.
mail-subject-plan-accepted = Piano di replicazione accettato: { $city }, { $cohort }
mail-plan-accepted-lead = Il team del programma ha accettato la versione { $version } del Piano di replicazione di { $city } per { $cohort }.
mail-plan-accepted-next = Tenga aggiornato lo stato di ogni azione nella pagina della sua città: ogni modifica inviata è una nuova versione del piano.

## Reminders and the answer deadline of a proposal

mail-proposal-answer-by = Rispondete entro il { $date }. Il team del programma ve lo ricorderà prima di quel giorno; dopo, alla coppia non si potrà più rispondere e potrà essere proposta diversamente.
mail-reminder-link = Lo fate dalla pagina della vostra città: aprite il link della vostra email di invito. Se non lo trovate, rispondete a questa email e il team del programma ve ne invierà uno nuovo.
mail-subject-reminder-profile = Promemoria: inviate il profilo di { $city } entro il { $date }
mail-reminder-profile = Il bando di { $cohort } chiude il { $date } e il profilo di { $city } non è ancora stato inviato: finché non lo è, { $city } non può essere abbinata.
mail-subject-reminder-proposal = Promemoria: rispondete alla coppia proposta { $twin } con { $host } entro il { $date }
mail-reminder-proposal = In { $cohort }, { $twin } e { $host } sono proposte come coppia, e { $city } non ha ancora risposto. Accettate o rifiutate la coppia entro il { $date }.
mail-subject-reminder-visit = Promemoria: { $guest } visita { $host }, { $dates }
mail-reminder-visit = La visita di { $guest } a { $host } inizia tra { $days }: { $dates }.
mail-reminder-visit-calendar = L'itinerario è qui sotto, e il file di calendario allegato contiene la visita: apritelo per aggiungerla al vostro calendario.
mail-subject-reminder-feedback = Promemoria: com’è andata la visita di { $guest } a { $host }?
mail-reminder-feedback = La visita di { $guest } a { $host } ({ $dates }) è terminata, e { $city } non ha ancora dato il suo riscontro: quanto è stata utile, cosa avete imparato, quali pratiche intendete replicare. Potete darlo, o modificarlo, fino al { $date }.

mail-subject-reminder-plan = Promemoria: inviate il Piano di replicazione di { $city } entro il { $date }
mail-reminder-plan = { $cohort } termina il { $date } e il Piano di replicazione di { $city } non è ancora stato inviato: è ciò che { $city } porta a casa dal gemellaggio, le azioni che replicherà dalle pratiche della città ospitante. Inviatelo, o le modifiche chieste dal team del programma, prima di allora.
