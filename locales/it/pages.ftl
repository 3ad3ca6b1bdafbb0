# Le pagine che una città apre con il link del suo invito, e le pagine di errore.

## Ogni pagina

lang-switch = Lingua
page-optional = (facoltativo)
page-error = Errore:
page-problem = C'è un problema
page-up-to = Fino a { $n } caratteri

## Che cosa è andato storto

error-not-found-title = Questa pagina non esiste
error-not-found-text = L'indirizzo è sbagliato, oppure il link non funziona più. Se un link di invito ha smesso di funzionare, chiedetene uno nuovo al gruppo del programma.
error-home = Vai alla pagina iniziale
error-csrf-title = Non è stato possibile accettare il modulo
error-csrf-text = È rimasto aperto troppo a lungo, oppure non proviene da questo sito. Non è stato salvato nulla: tornate indietro, ricaricate la pagina e inviatelo di nuovo.
error-refused-title = Non è possibile
error-refused-text = { $why }. Non è stato modificato nulla: tornate alla pagina da cui venivate.
error-unavailable-title = Riprovate tra un momento
error-unavailable-text = Il servizio è occupato o il suo database non è raggiungibile. Non è stato salvato nulla.
error-internal-title = Qualcosa è andato storto
error-internal-text = Qualcosa è andato storto da parte nostra; l'errore è stato registrato. Nulla è stato salvato a metà.

## Stati

status-invited = invitata
status-draft = bozza
status-submitted = inviato
status-late = in ritardo
answer-pending = nessuna risposta ancora
answer-accepted = accettata
answer-declined = rifiutata
pair-proposed = proposta
pair-accepted = accettata
pair-declined = rifiutata
visit-unplaced = non collocata
visit-draft = bozza
visit-planned = prevista
visit-confirmed = confermata
visit-cancelled = annullata
partner-twin = Città gemella (Twin City)
partner-mission = Città della Missione
partner-pilot = Attività di città pilota

## La pagina della città

city-title = { $city }: profilo per { $cohort }
city-heading = { $role ->
    [host] { $city }: il vostro profilo come città ospitante
   *[twin] { $city }: il vostro profilo come città gemella
}
city-call-closed = { $cohort }. Il bando si è chiuso il { $date }.
city-call-open = { $cohort }. Potete modificare il vostro profilo fino al { $date }.
city-status = Stato:
city-submitted-on = Inviato il { $at } (versione { $version }).
city-last-saved = Salvato l'ultima volta il { $at } (versione { $version }).
city-saved-draft = La vostra bozza è salvata. Tornate con lo stesso link per continuare.
city-saved-answer = La vostra risposta è registrata. Grazie.
city-proposals = La coppia proposta
# Between the two names of a pair, each in bold: "Cascais with Aarhus".
city-pair-with = con
city-pair-state = Stato: { $state } (città gemella: { $twin }, città ospitante: { $host }).
city-partner = Il vostro partner: { $partner }
city-partner-role = Ruolo
city-partner-city = Città
city-partner-about = { $city } ({ $country }), circa { $population } abitanti; a { $km } km da voi, viaggio suggerito in { $mode }. Circa { $co2 } kg di CO₂e per viaggiatore, andata e ritorno.
city-why = Perché siete state abbinate
city-why-team = Il gruppo del programma ha scelto questa coppia.
city-matched = Sfide corrispondenti: { $themes }.
city-accepted-on = Entrambe le città hanno accettato il { $date }. Il gruppo del programma sta ora pianificando le vostre visite.
city-you-declined = Avete rifiutato questa coppia.
city-you-declined-because = Avete rifiutato questa coppia: «{ $reason }».
city-they-declined = { $who } ha rifiutato questa coppia.
city-they-declined-because = { $who } ha rifiutato questa coppia: «{ $reason }».
city-look-again = Il gruppo del programma cercherà un'altra coppia.
city-accepting = Che cosa significa accettare
city-accepting-plan = Se entrambe le città accettano, il gruppo del programma pianifica le visite tecniche della coppia: { $trips } della città gemella presso la città ospitante e { $visits } di ritorno, ciascuna di { $days }.
city-accepting-plan-modules = Se entrambe le città accettano, il gruppo del programma pianifica le visite tecniche della coppia: { $trips } della città gemella presso la città ospitante e { $visits } di ritorno, ciascuna di { $days }, nei moduli dell'edizione ({ $modules }).
city-accepting-emails = I partecipanti di ciascuna parte ricevono i programmi via email.
city-you-accepted = Avete accettato; l'altra parte non ha ancora risposto. Potete ancora cambiare la vostra risposta.
city-decline-why = Se rifiutate, perché
city-accept = Accetta
city-decline = Rifiuta
city-visits = Le vostre visite
city-calendar = Aggiungetele al vostro calendario
city-calendar-intro = Le vostre visite hanno un feed di calendario; iscrivetevi e il vostro calendario seguirà ogni modifica:
city-calendar-subscribe = Iscriviti nella tua app di calendario
city-calendar-howto = Oppure copiate l'indirizzo qui sopra e incollatelo dove la vostra app di calendario aggiunge un calendario «da URL» o «tramite iscrizione» (Outlook: Aggiungi calendario, Sottoscrivi dal Web; Google Calendar: Altri calendari, Da URL). Tenetelo riservato: come il link del vostro invito, chiunque lo abbia può vedere le vostre visite.
city-nothing-saved = Non è stato salvato nulla
city-call-closed-refusal = Il bando si è chiuso il { $date }: il profilo non può più essere modificato.
city-already-submitted = Questo profilo era già stato inviato: non è stato inviato nulla di nuovo. Ecco che cosa è stato ricevuto.
city-saved-meanwhile = Il suo profilo è stato salvato altrove dopo che ha controllato queste risposte, quindi non sono state inviate. Le sue risposte sono qui sotto: le controlli e le invii di nuovo.
city-what-you-submitted = Che cosa avete inviato
city-check-and-submit = Controlla e invia le modifiche
city-save-draft = Salva bozza
city-continue = Continua per controllare le risposte

## Il modulo del profilo

form-required = Per inviare, compilate ogni campo non contrassegnato (facoltativo); in un elenco, i campi di ogni riga che usate. Potete salvare una bozza in qualsiasi momento.
form-organisation = Organizzazione
form-organisation-hint = Il comune o l'ufficio che partecipa
form-population = Popolazione
form-population-hint = Abitanti, un numero intero (ad es. 214000)
form-languages = Lingue di lavoro
form-languages-hint = Codici ISO 639-1 separati da virgole, ad es. it, en
form-coastal = Sulla costa
form-not-said = Non indicato
form-yes = Sì
form-no = No
form-climate-zone = Zona climatica
climate-mediterranean = Mediterranea
climate-oceanic = Oceanica (atlantica)
climate-continental = Continentale
climate-nordic = Nordica (boreale)
climate-alpine = Alpina (montagna)
climate-arid = Arida o semiarida
form-capacity = Città gemelle che potete ospitare
form-capacity-hint = Un numero intero, da 1 a { $max }
form-delegation-size = Persone in una delegazione
form-delegation-size-hint = Quante persone viaggiano in una visita, da 1 a { $max }
form-participants = Partecipanti
form-participants-hint = Le persone che partecipano: ricevono i programmi delle visite. Lasciate una riga vuota se ve ne servono meno.
form-participant-name = Partecipante { $n }: nome
form-participant-email = Partecipante { $n }: email
form-participant-role = Partecipante { $n }: ruolo
form-participant-language = Partecipante { $n }: lingua
form-participant-language-hint = ISO 639-1, predefinita en
form-challenges = Sfide su cui volete imparare
form-challenges-hint = Ciascuna su un ambito di emissioni e una leva di cambiamento; la priorità 1 è la più importante.
form-practices = Pratiche che potete mostrare
form-practices-hint = Ciascuna su un ambito di emissioni e una leva di cambiamento; la priorità 1 è la più solida.
form-theme-domain = { $role ->
    [host] Pratica { $n }: ambito di emissioni
   *[twin] Sfida { $n }: ambito di emissioni
}
form-theme-lever = { $role ->
    [host] Pratica { $n }: leva di cambiamento
   *[twin] Sfida { $n }: leva di cambiamento
}
form-theme-priority = { $role ->
    [host] Pratica { $n }: priorità
   *[twin] Sfida { $n }: priorità
}
form-theme-description = { $role ->
    [host] Pratica { $n }: in poche parole
   *[twin] Sfida { $n }: in poche parole
}
form-choose = Scegliete
form-priority-highest = 1 (la più alta)
form-interests = Città ospitanti che vi interessano (facoltativo)
form-interests-hint = Ordinate fino a { $hosts }, per prima quella da cui volete imparare di più.
form-no-host-yet = Nessuna città ospitante ha ancora aderito a questa edizione. Potete tornare e ordinarle più tardi.
form-hosts-show = Che cosa può mostrare ciascuna città ospitante
form-not-submitted-yet = Non ancora inviato.
form-choice = Scelta { $n }
form-no-host = Nessuna città ospitante
form-unavailable = Quando non potete viaggiare né ospitare (facoltativo)
form-period-first = Periodo { $n }: primo giorno
form-period-last = Periodo { $n }: ultimo giorno
form-period-applies = Periodo { $n }: la vostra città
form-period-why = Periodo { $n }: motivo
applies-both = non può viaggiare né ospitare
applies-travel = non può viaggiare
applies-host = non può ospitare

## Che cosa rifiuta il modulo

refusal-out-of-range = { $n } è fuori intervallo: { $what ->
    [population] una popolazione
    [capacity] la capacità di una città ospitante
    [delegation] una delegazione
   *[priority] una priorità
} va da { $min } a { $max }
refusal-not-a-number = «{ $value }» non è un numero intero
refusal-too-long = deve avere al massimo { $max } caratteri
refusal-one-line = deve stare su una sola riga (senza a capo)
refusal-control-character = non deve contenere il carattere di controllo invisibile { $code }
refusal-date-missing = indicate una data (AAAA-MM-GG)
refusal-not-a-date = «{ $value }» non è una data: scrivetela come AAAA-MM-GG, ad es. 2025-08-01
refusal-not-yes-no = «{ $value }» non è una risposta: usate sì o no
refusal-not-a-climate-zone = «{ $value }» non è una zona climatica: sceglietene una dall'elenco
refusal-capacity-twin = solo una città ospitante indica quante città gemelle può ospitare: lasciate vuoto questo campo
refusal-list-too-long = indicate al massimo { $max } { $what ->
    [contacts] partecipanti
    [themes] temi
    [interests] città ospitanti da ordinare
   *[unavailable] periodi
} (questo elenco ne ha { $n })
refusal-contact-name = indicate il nome del partecipante
refusal-email-missing = indicate un indirizzo email
refusal-not-an-email = «{ $value }» non è un indirizzo email (nome@esempio.it)
refusal-email-twice = questo indirizzo è già indicato sopra
refusal-too-many-languages = indicate al massimo { $max } lingue (questo elenco ne ha { $n })
refusal-not-a-language = «{ $value }» non è un codice di lingua ISO 639-1 (ad es. en, it, da)
refusal-choose-domain = scegliete un ambito di emissioni
refusal-not-a-domain = «{ $value }» non è un ambito di emissioni
refusal-choose-lever = scegliete una leva di cambiamento
refusal-not-a-lever = «{ $value }» non è una leva di cambiamento
refusal-theme-twice = questo ambito e questa leva sono già scelti sopra: descriveteli entrambi in una sola riga
refusal-choose-first-host = Scegliete la città ospitante da cui volete imparare di più
refusal-choose-host-n = Compilate la scelta { $n } o spostate in su le città ospitanti successive
refusal-interests-host = solo una città gemella indica le città ospitanti che le interessano
refusal-not-a-host = «{ $value }» non è una città ospitante di questa edizione
refusal-host-twice = questa città ospitante è già ordinata sopra
refusal-ends-before = { $last } è prima del primo giorno, { $first }
refusal-not-applies = «{ $value }» non è nessuno di both, travel, host
refusal-organisation-missing = indicate il nome dell'organizzazione per inviare
refusal-population-missing = indicate la popolazione per inviare
refusal-languages-missing = indicate almeno una lingua di lavoro per inviare (ad es. it)
refusal-delegation-missing = indicate quante persone viaggiano in una delegazione per inviare
refusal-contacts-missing = indicate almeno un partecipante per inviare
refusal-challenges-missing = scegliete almeno una sfida su cui volete imparare per inviare
refusal-practices-missing = scegliete almeno una pratica che potete mostrare per inviare
refusal-capacity-missing = indicate quante città gemelle potete ospitare per inviare

## Controllare le risposte

check-title = Controllate le vostre risposte: { $city }
check-heading = Controllate le vostre risposte prima di inviare
check-intro = { $role ->
    [host] { $city }, città ospitante in { $cohort }. Nulla viene inviato finché non scegliete Invia in fondo a questa pagina.
   *[twin] { $city }, città gemella in { $cohort }. Nulla viene inviato finché non scegliete Invia in fondo a questa pagina.
}
check-change = Modifica
check-not-given = Non indicato
check-participant = Partecipante { $n }
check-emails-in = email in { $language }
check-theme = { $role ->
    [host] Pratica { $n }
   *[twin] Sfida { $n }
}
check-theme-answer = { $domain } × { $lever }, priorità { $priority }
check-interests = Città ospitanti che vi interessano
check-choices = Scelte
check-none-ranked = Nessuna ordinata
check-periods = Periodi
check-none-given = Nessuno indicato
check-period = Periodo { $n }
check-period-answer = Dal { $from } al { $to }: { $applies ->
    [travel] non potete viaggiare
    [host] non potete ospitare
   *[both] non potete viaggiare né ospitare
}
check-submit-heading = Ora inviate il vostro profilo
check-submit-text = Inviando, confermate che queste risposte sono corrette per { $city }. Una ricevuta va ai partecipanti indicati sopra.
check-replaces = Questo invio sostituisce quello precedente.
check-submit = Invia

## Inviato

submitted-title = Profilo inviato: { $city }
submitted-heading = Profilo inviato
submitted-reference = Il vostro riferimento:
submitted-version = Versione { $version } del profilo di { $city }, inviata il { $at }.
submitted-receipt = Abbiamo inviato una ricevuta a { $addresses }.
submitted-next = Prossimi passi
submitted-next-pairs = Dopo la chiusura del bando il { $date }, il gruppo del programma forma le coppie tra città gemelle e città ospitanti.
submitted-next-proposal = Quando una coppia viene proposta a { $city }, i partecipanti ricevono un'email; la accettate o la rifiutate nella pagina della vostra città.
submitted-next-visits = Quando entrambe le città hanno accettato, le visite tecniche vengono pianificate nei moduli dell'edizione e i programmi inviati.
submitted-change = Potete modificare il profilo fino al { $date }: ogni modifica è una nuova versione, inviata allo stesso modo.
submitted-back = Torna alla pagina della vostra città

## Una visita, vista dalle sue città

visit-back = Il vostro profilo e le vostre visite
visit-heading = Visita tecnica della coppia { $twin } – { $host }
visit-label = { $direction ->
    [outward] { $guest } a { $host }, viaggio { $position }
   *[return] { $guest } a { $host }, visita di ritorno { $position }
}
visit-when = dal { $from } al { $to }
visit-not-placed = Non ancora collocata.
visit-days-in = { $days } a { $city }
visit-status = stato: { $status }
visit-changed = (modificata dopo la pubblicazione)
visit-agenda = Programma
visit-day = Giorno { $day }
visit-travel = Viaggio
visit-travel-line = Da { $guest } a { $host }: { $km } km in linea d'aria; mezzo suggerito: { $mode } ({ $route } km per tratta). Circa { $co2 } kg di CO₂e per viaggiatore, andata e ritorno ({ $factor } kg per passeggero-km, { $source }).
visit-travel-delegation = Una delegazione di { $people }: circa { $co2 } kg.
visit-contacts = Contatti
visit-delegation-from = Delegazione da { $city }
visit-hosting-team = Gruppo ospitante a { $city }
visit-none-given = Nessuno indicato per ora.
visit-edit-agenda = Modifica il programma
visit-agenda-field = Programma
visit-agenda-hint = Una voce per riga: giorno | che cosa succede | dettagli (facoltativo).
visit-save-agenda = Salva il programma
visit-saved-agenda = Il programma è salvato.
city-feedback-give = Dare un riscontro
city-feedback-change = Modificare il riscontro

## Il riscontro dopo una visita

feedback-title = { $city }: riscontro su { $visit }
feedback-back = Torna al profilo e alle visite
feedback-heading = { $city }: il vostro riscontro sulla visita
feedback-with = { $visit }, con { $host }.
feedback-open-until = Potete modificare il riscontro fino al { $date }, quando termina la coorte.
feedback-saved = Il vostro riscontro è stato salvato. Grazie. Potete modificarlo fino al { $date }.
feedback-nothing-saved = Non è stato salvato nulla
feedback-cannot-now = Al momento non è possibile dare un riscontro
feedback-usefulness = Quanto è stata utile la visita per la vostra città?
feedback-usefulness-hint = Da 1 (per niente utile) a 5 (estremamente utile).
feedback-usefulness-choice = { $n ->
    [1] 1 – per niente utile
    [2] 2 – poco utile
    [3] 3 – utile
    [4] 4 – molto utile
   *[5] 5 – estremamente utile
}
feedback-learnt = Che cosa ha imparato la vostra città?
feedback-learnt-hint = Fino a { $n } caratteri.
feedback-practices = Quali pratiche di { $host } intendete replicare?
feedback-practices-none = { $host } non ha ancora inviato le pratiche che presenta.
feedback-practices-hint = Selezionate tutte quelle pertinenti.
feedback-recommend = Raccomandereste { $host } come città ospitante ad altre città?
feedback-yes = Sì
feedback-no = No
feedback-follow-up = Quale seguito desiderate?
follow-up-online = Una sessione online
follow-up-visit = Un'altra visita
follow-up-none = Nessun seguito
feedback-save-changes = Salva le modifiche
feedback-send = Invia il riscontro
feedback-yours = Il vostro riscontro
feedback-field-usefulness = Utilità della visita
feedback-field-learnt = Che cosa avete imparato
feedback-field-practices = Pratiche da replicare
feedback-field-recommend = Raccomandazione dell'ospitante
feedback-field-follow-up = Seguito
feedback-usefulness-of = { $n } su 5
feedback-none-chosen = Nessuna scelta
feedback-summary-line = { $field }: { $message }
refusal-feedback-usefulness-missing = indicate quanto è stata utile la visita, da 1 (per niente utile) a 5 (molto utile)
refusal-feedback-usefulness-range = deve essere un numero intero da 1 (per niente utile) a 5 (molto utile)
refusal-feedback-learnt-missing = dite che cosa ha imparato la vostra città in questa visita
refusal-feedback-learnt-too-long = deve avere al massimo { $max } caratteri (ne ha { $n })
refusal-feedback-too-many-practices = { $n } pratiche sono troppe: l'ospitante ne presenta { $offered }
refusal-feedback-not-a-practice-none = «{ $value }» non è una pratica dell'ospitante: il suo profilo non ne indica nessuna
refusal-feedback-not-a-practice = «{ $value }» non è una pratica dell'ospitante: usate { $ids }
refusal-feedback-recommend-missing = dite se raccomandereste l'ospitante
refusal-feedback-yes-or-no = deve essere sì o no
refusal-feedback-follow-up-missing = scegliete il seguito desiderato: una sessione online, un'altra visita o nessuno
refusal-feedback-not-a-follow-up = «{ $value }» non è un seguito: usate online, visit o none
refusal-feedback-visit-not-held = questa visita { $state ->
    [cancelled] è annullata
    [unplaced] non ha ancora date
   *[unpublished] non è ancora pubblicata
}: il riscontro riguarda una visita che ha avuto luogo
refusal-feedback-not-ended = questa visita non è ancora terminata: termina il { $date } e il riscontro si apre il giorno dopo
refusal-feedback-no-dates = questa visita non ha date
refusal-feedback-cohort-ended = la coorte è terminata il { $date }: il riscontro non può più essere dato né modificato
refusal-feedback-archived = la coorte è archiviata: finché lo è, il riscontro non può essere dato né modificato

## Why a round paired a Twin with a host (the report's sentence, in the reader's language)
why-paired = { $twin } è stata abbinata a { $host } perché { $reasons }.
why-cover = i punti di forza di { $host } coprono { $covered } { $needs ->
    [one] dell’unica sfida prioritaria
   *[other] delle { $needs } sfide prioritarie
} di { $twin } — { $list }
why-fit = i punti di forza di { $host } rispondono in parte alle sfide di { $twin } (affinità del { $fit } %)
why-rank = { $twin } ha chiesto { $host } come { $rank ->
    [1] prima
    [2] seconda
    [3] terza
    [4] quarta
   *[other] quinta
} scelta
why-feedback = i Twin di { $host } hanno valutato le sue visite { $mean } su 5 ({ $n } { $n ->
    [one] risposta
   *[other] risposte
})
why-earlier-unmatched = { $twin } ha avuto la precedenza, essendo rimasta senza abbinamento in un turno precedente del programma
why-room = nessun ospite più adatto aveva posto ({ $host } è a { $km } km)
why-and = { " e " }

# Refusals a city meets when what it acts on is closed.
refusal-cohort-archived = la coorte è archiviata (dal { $date }) ed è di sola lettura: scrivete al team del programma se qualcosa deve ancora cambiare
refusal-proposal-settled = entrambe le città hanno accettato questa coppia il { $date }: è definita e le sue visite sono pianificate a partire da essa. Per cambiarla, chiedete al team del programma, che può rifare l'abbinamento della coorte

## Il Piano di replicazione (pagina di una Città gemella)

city-plan = Piano di replicazione
city-plan-intro = Il piano della sua città per integrare ciò che ha imparato dalle pratiche del suo ospite: le azioni, chi le porta avanti, quando, a quale costo e come le misurerà.
city-plan-open = Scrivere o aggiornare il Piano di replicazione
plan-title = Piano di replicazione di { $city }
plan-back = Torna alla pagina della sua città
plan-intro = Un'azione per riga, ciascuna replica una delle pratiche di { $host }. Salvi una bozza quando vuole; la verifichi e la invii quando è pronta, fino al { $date }.
plan-action = Azione { $n }
plan-field-title = Cosa farà la sua città
plan-field-practice = Pratica dell'ospite replicata
plan-choose-practice = Scelga una pratica
plan-field-owner = Responsabile
plan-hint-owner = Una persona o un ruolo, ad es. Team clima
plan-field-starts = Data di inizio
plan-field-ends = Data di fine
plan-hint-date = AAAA-MM-GG, ad es. 2026-09-01
plan-field-budget = Budget stimato (EUR)
plan-hint-budget = In euro interi, da 0 a { $max }
plan-field-status = Stato
plan-field-indicator = Indicatore
plan-hint-indicator = Cosa misurerà, ad es. residenti che partecipano ai laboratori
plan-field-target = Obiettivo
plan-hint-target = Un numero, ad es. 300 o 12,5
plan-field-unit = Unità dell'obiettivo
plan-hint-unit = ad es. persone, km, % degli spostamenti
plan-remove = Rimuovi l'azione { $n }
plan-add = Aggiungi un'altra azione
plan-save = Salva bozza
plan-check = Continua per verificare il piano
plan-hint-actions = Fino a { $max } azioni. Una riga lasciata vuota non viene salvata.
plan-status-none = La sua città non ha ancora iniziato il piano.
plan-status-draft = La versione { $version } è una bozza: non è ancora stata inviata.
plan-status-submitted = La versione { $version } è stata inviata il { $date }: il team del programma la sta esaminando.
plan-status-changes = Il team del programma ha chiesto modifiche alla versione { $version }: modifichi il piano qui sotto e lo invii di nuovo.
plan-status-accepted = La versione { $version } è stata accettata il { $date }. Tenga aggiornato lo stato di ogni azione: una modifica è una nuova versione da inviare.
plan-comment = Commento del team del programma: { $comment }
plan-saved = Bozza salvata.
plan-submitted-notice = Piano inviato: versione { $version }. Il team del programma lo esamina e lei riceverà un'email quando lo avrà fatto.
plan-check-heading = Verifichi il piano prima di inviarlo
plan-check-intro = versione { $version }, { $n ->
    [one] un'azione
   *[other] { $n } azioni
}, budget stimato di { $budget } EUR in totale.
plan-change = Modifica il piano
plan-submit = Invia il piano
plan-submit-hint = Una volta inviato, il piano è una versione numerata che il team del programma esamina. Potrà modificarlo in seguito: ogni modifica è una nuova versione.
plan-none-practices = Il profilo di { $host } non indica ancora alcuna pratica: ogni azione nomina la pratica che replica, quindi il piano potrà essere scritto dopo.
plan-cannot-now = Il piano non può essere modificato ora
plan-nothing-saved = Non è stato salvato nulla
action-status-planned = Prevista
action-status-started = Avviata
action-status-done = Completata
action-status-dropped = Abbandonata
refusal-plan-too-many-actions = indichi al massimo { $max } azioni (questo elenco ne ha { $n })
refusal-plan-no-action = indichi almeno un'azione per inviare
refusal-plan-missing = non può essere vuoto
refusal-plan-year = deve essere una data dal { $first } al { $last }
refusal-plan-budget-missing = indichi il budget stimato in euro (0 se non c'è)
refusal-plan-budget-range = { $n } è fuori intervallo: un budget va da 0 a { $max } euro
refusal-plan-target-missing = indichi il valore da raggiungere
refusal-plan-not-a-target = "{ $value }" non è un numero (ad es. 25 o 12,5)
refusal-plan-practice-missing = scelga la pratica dell'ospite che questa azione replica
refusal-plan-not-a-status = "{ $value }" non è uno stato: usi planned, started, done, dropped
refusal-plan-cohort-ended = la coorte è terminata il { $date }: il piano non può più essere modificato
refusal-plan-archived = la coorte è archiviata: il piano non può essere modificato finché lo è

## Travel costs of a visit
costs-heading = Costi di viaggio
costs-estimate = Stima: { $amount } per { $people } in { $mode } ({ $route } km per tratta a { $rate } al km, andata e ritorno: { $per } a viaggiatore).
costs-travellers-assumed = Il profilo non indica la dimensione della delegazione: si conta un viaggiatore.
costs-cap = Tetto di rimborso di questa visita: { $cap } ({ $per } a viaggiatore).
costs-no-cap = La coorte non fissa un tetto di rimborso.
costs-estimate-over-cap = La stima supera il tetto.
costs-actual = Speso, secondo { $city }: { $amount }.
costs-actual-over-cap = Oltre il tetto.
costs-note-said = ({ $note })
costs-none-recorded = { $city } non ha ancora registrato quanto ha speso.
costs-record = Registrare quanto speso
costs-amount = Importo speso, in euro
costs-amount-hint = Il viaggio di tutta la delegazione, andata e ritorno, ad esempio 1250,50.
costs-note = Che cosa comprende
costs-note-hint = Ad esempio voli per 4 persone e treni locali
costs-save = Salva l’importo
costs-saved = L’importo speso è salvato.
costs-archived = La coorte è archiviata: quanto speso non può più essere modificato.
refusal-amount-missing = indichi un importo in euro, ad esempio 350,50
refusal-not-an-amount = «{ $value }» non è un importo in euro: scriva ad esempio 350 o 350,50, da 0 a { $max }

## The answer deadline of a proposal

refusal-proposal-expired = La scadenza per rispondere a questa proposta era il { $date }: non è più possibile rispondere. Rivolgetevi al team del programma, che può proporre di nuovo la coppia.
city-answer-by = Rispondete entro il { $date }.
city-expired = La scadenza per rispondere, il { $date }, è passata: a questa coppia non si può più rispondere qui.

## The privacy notice (GDPR): short on each city form, at length on /privacy.
privacy-notice-heading = I suoi dati personali.
privacy-notice-short = Il programma conserva i nomi, gli indirizzi email, i ruoli e le lingue dei referenti della sua città, le email inviate loro e ciò che la sua città scrive nei suoi moduli, per gestire il Programma di apprendimento tramite gemellaggio e renderne conto. Sono conservati per { $days } giorni dopo la fine della sua coorte, poi anonimizzati. Per chiedere una copia dei suoi dati o la loro cancellazione, scriva al gruppo del programma.
privacy-notice-link = Leggi l'informativa sulla privacy completa
privacy-title = Informativa sulla privacy
privacy-intro = Questa informativa spiega quali dati personali il Programma di apprendimento tramite gemellaggio della Missione Città dell'UE conserva sulle persone delle città partecipanti, perché, per quanto tempo e come chiederne una copia o la cancellazione.
privacy-what-heading = Che cosa viene conservato
privacy-what = Il nome, l'indirizzo email, il ruolo e la lingua di ogni referente che una città indica nel suo profilo; gli inviti inviati all'indirizzo di una città; le email che il programma invia (a chi e che cosa dicono); e ciò che una città scrive nei suoi moduli: il profilo, il riscontro sulle visite, il Piano di replicazione (con i responsabili delle azioni) e le spese di viaggio. Ciò che fanno i gestori del programma è annotato in un registro di controllo.
privacy-why-heading = Perché
privacy-why = Per gestire il programma: formare le coppie di città, pianificare le visite, inviare loro itinerari e promemoria, ricevere riscontri e piani e rendere conto del programma al suo finanziatore. I dati non sono usati per nient'altro e sono condivisi solo con il gruppo del programma e con le città abbinate alla sua.
privacy-how-long-heading = Per quanto tempo
privacy-how-long = I dati personali sono conservati per { $days } giorni dopo la fine della coorte a cui appartengono. Poi il servizio li anonimizza: nomi e indirizzi email sono sostituiti da un segnaposto anonimo e i testi delle email sono rimossi. I profili, le visite, i riscontri e i piani delle città restano, senza i nomi e gli indirizzi delle persone, perché i rapporti del programma restino corretti.
privacy-rights-heading = I suoi diritti: una copia o la cancellazione
privacy-rights = Può chiedere una copia dei dati personali che il programma conserva su di lei, la loro rettifica o la loro cancellazione. Scriva al gruppo del programma all'indirizzo qui sotto, dall'indirizzo con cui il programma la conosce. La cancellazione sostituisce ovunque il suo nome e il suo indirizzo email con un segnaposto anonimo; ciò che la sua città ha fatto nel programma resta.
privacy-controller = Titolare del trattamento dei dati: { $controller }
privacy-contact = Scriva a: { $contact }
