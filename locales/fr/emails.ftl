# Courriels, dates, noms comptés et lignes de programme écrites par le service.

## Dates

date-format-long = %A %-d %B %Y
date-format-short = %-d %B %Y
date-format-day = %a %-d %b
date-format-day-year = %a %-d %b %Y
date-range-in-month = du { $from } au { $to } { $month } { $year }
date-range = du { $from } au { $to }
date-time = { $date } à { $time } UTC
number-group-separator = space
number-decimal-separator = ,
amount-eur = { $amount } €

## Noms comptés

count-workdays = { $n ->
    [one] { $n } jour ouvré
   *[other] { $n } jours ouvrés
}
count-people = { $n ->
    [one] { $n } personne
   *[other] { $n } personnes
}
count-days = { $n ->
    [one] { $n } jour
   *[other] { $n } jours
}
count-trips = { $n ->
    [one] { $n } déplacement
   *[other] { $n } déplacements
}
count-visits = { $n ->
    [one] { $n } visite
   *[other] { $n } visites
}
count-hosts = { $n ->
    [one] { $n } ville d'accueil
   *[other] { $n } villes d'accueil
}

## Tous les courriels

mail-greeting = Bonjour { $name },
mail-greeting-anonymous = Chères et chers collègues,
mail-closing =
    Bien cordialement,
    { $team }
mail-footer = Vous recevez ce courriel en tant que contact de { $city } dans { $cohort }.

## Le programme d'une visite

mail-subject-planned = Visite technique : { $guest } à { $host }, { $dates }
mail-subject-moved = Déplacée : visite technique { $guest } à { $host }, désormais { $dates }
mail-subject-cancelled = Annulée : visite technique { $guest } à { $host }, { $dates }
mail-subject-updated = Nouveau programme : visite technique { $guest } à { $host }, { $dates }
mail-lead-planned = Une visite technique est prévue : { $guest } se rend à { $host }, { $dates }.
mail-lead-moved = Cette visite a changé de dates : elle était prévue { $old }, elle a lieu désormais { $new }.
mail-lead-cancelled = Cette visite est annulée : { $guest } ne se rendra pas à { $host } { $old }.
mail-lead-updated = Le programme de cette visite a changé ; ses dates restent { $dates }. Le nouveau programme figure ci-dessous.
mail-you-travel = Vous voyagez avec la délégation de { $city }.
mail-you-host = Vous faites partie de l'équipe de { $city } qui reçoit la délégation.
mail-visit-outward = Déplacement { $position } du binôme { $twin } – { $host } : { $days }, { $cohort }.
mail-visit-return = Visite retour { $position } du binôme { $twin } – { $host } : { $days }, { $cohort }.
mail-itinerary = Programme
mail-day = Jour { $day }, { $date }
mail-travel = Trajet
mail-travel-line = Environ { $km } km ; mode suggéré : { $mode } ; environ { $co2 } kg CO2e par voyageur pour l'aller-retour.
mail-delegation = Délégation : { $people }.
mode-rail = train
mode-air = avion
mail-contacts = Contacts
mail-travelling = { $city }, en déplacement
mail-hosting = { $city }, ville d'accueil
mail-no-contact = aucun contact indiqué pour l'instant
mail-calendar-request = Le fichier de calendrier joint (visit.ics) ajoute la visite à votre agenda ; quand la visite change, la mise à jour remplace la même entrée.
mail-calendar-cancel = Le fichier de calendrier joint (visit.ics) retire la visite de votre agenda.

## Un binôme proposé

mail-subject-proposal = Binôme proposé : { $twin } avec { $host }
mail-proposal-twin = Il est proposé que { $twin } apprenne de { $host } dans { $cohort }.
mail-proposal-host = Il est proposé que { $host } accueille { $twin } dans { $cohort }.
mail-proposal-next = Ouvrez la page de votre ville (le lien de l'invitation que vous avez reçue) pour accepter ou refuser le binôme. Une fois que les deux parties ont accepté, le programme planifie les visites techniques et vous recevez le programme de la visite.

## Une invitation

mail-subject-invitation = Invitation : { $cohort } du { $programme }
mail-invitation-lead = { $role ->
    [host] { $city } est invitée à participer à { $cohort } du { $programme } en tant que ville d'accueil.
   *[twin] { $city } est invitée à participer à { $cohort } du { $programme } en tant que ville jumelle (Twin City).
}
mail-invitation-link = Présentez votre ville (défis, pratiques, périodes où vous pouvez voyager et accueillir) sur la page de votre ville. Le lien est valable jusqu'au { $date } :
mail-invitation-new-link = Ceci est un nouveau lien : l'ancien ne fonctionne plus.
mail-invitation-keep = Gardez ce lien au sein de votre équipe : il ouvre la page de votre ville sans mot de passe.

## L'accusé de réception d'un profil envoyé

mail-subject-receipt = Profil reçu : { $city }, { $cohort }
mail-receipt-lead = Le profil de { $city } pour { $cohort } est envoyé (version { $version }, { $date }).
mail-receipt-reference = Référence : { $reference }
mail-receipt-next = La suite : après la clôture de l'appel le { $date }, l'équipe du programme forme les binômes entre villes jumelles et villes d'accueil. Lorsqu'un binôme est proposé à votre ville, vous recevez un courriel et vous y répondez sur la page de votre ville.
mail-receipt-change = Vous pouvez modifier le profil avec le même lien jusqu'au { $date } ; chaque modification est une nouvelle version, et vous recevez un nouvel accusé de réception.

## Les lignes de programme écrites par le service

agenda-to-be-arranged = À organiser par les hôtes.
agenda-welcome = Accueil et présentations
agenda-welcome-detail = { $host } présente son travail ; { $twin } présente les défis qui l'amènent.
agenda-site-visit = Visite de terrain : { $theme }
agenda-for-challenge = Pour le défi de { $twin } : { $theme }.
agenda-flagship = L'une des pratiques phares de { $host }.
agenda-wrap-up = Bilan : enseignements et prochaines étapes
agenda-wrap-up-detail = Ce que { $twin } rapporte, et ce que la prochaine visite devrait aborder.
agenda-welcome-back = Accueil par { $twin }
agenda-welcome-back-detail = Un tour des défis de { $twin } et des lieux concernés.
agenda-working-session = Séance de travail : { $theme }
agenda-brings = { $host } apporte son expérience en matière de { $theme }.
agenda-peer-view = { $host } apporte un regard de pair.
agenda-peer-review = Revue par les pairs : recommandations de { $host }
agenda-peer-review-detail = { $host } résume ce qu'elle a vu et propose des prochaines étapes à { $twin }.

## Les thèmes de la taxonomie

theme-energy = Énergie
theme-buildings = Bâtiments
theme-mobility = Mobilité et transports
theme-waste = Déchets et économie circulaire
theme-nature = Usage des sols et solutions fondées sur la nature
theme-industry = Procédés industriels
theme-governance = Gouvernance et politiques publiques
theme-finance = Finances et financement
theme-technology = Technologies et infrastructures
theme-social-innovation = Innovation sociale
theme-participation = Participation démocratique
theme-data = Données et numérique
theme-learning = Apprentissage et compétences

## visit.ics

ics-summary = Visite technique : { $guest } à { $host }
ics-description = { $label } ({ $days }). Trajet : { $km } km, mode suggéré : { $mode }, environ { $co2 } kg CO2e par voyageur pour l'aller-retour.
ics-day = Jour { $day } ({ $date }) :

## Les lettres d'un Plan de réplication

mail-subject-plan-submitted = Plan de réplication reçu : { $city }, { $cohort }
mail-plan-submitted-lead = Le Plan de réplication de { $city } pour { $cohort } est soumis : version { $version }, { $n ->
    [one] une action
   *[other] { $n } actions
}.
mail-plan-submitted-next = L'équipe du programme l'examine et vous écrit lorsqu'elle l'accepte ou demande des modifications. Vous pouvez le lire sur la page de votre ville, avec le lien de votre invitation.
mail-subject-plan-changes = Plan de réplication : modifications demandées, { $city } ({ $cohort })
mail-plan-changes-lead = L'équipe du programme demande des modifications à la version { $version } du Plan de réplication de { $city }.
mail-plan-comment = Son commentaire : { $comment }
mail-plan-changes-next = Ouvrez la page de votre ville avec le lien de votre invitation, modifiez le plan et soumettez-le à nouveau : il devient une nouvelle version.
mail-subject-plan-accepted = Plan de réplication accepté : { $city }, { $cohort }
mail-plan-accepted-lead = L'équipe du programme a accepté la version { $version } du Plan de réplication de { $city } pour { $cohort }.
mail-plan-accepted-next = Tenez à jour l'état de chaque action sur la page de votre ville : chaque modification soumise est une nouvelle version du plan.

## Reminders and the answer deadline of a proposal

mail-proposal-answer-by = Merci de répondre d'ici le { $date }. L'équipe du programme vous le rappelle avant ce jour ; ensuite, la paire ne peut plus recevoir de réponse et peut être proposée autrement.
mail-reminder-link = Cela se fait sur la page de votre ville : ouvrez le lien de votre e-mail d'invitation. Si vous ne le trouvez pas, répondez à cet e-mail et l'équipe du programme vous en enverra un nouveau.
mail-subject-reminder-profile = Rappel : soumettez le profil de { $city } d'ici le { $date }
mail-reminder-profile = L'appel de { $cohort } se clôt le { $date }, et le profil de { $city } n'est pas encore soumis : tant qu'il ne l'est pas, { $city } ne peut pas être appariée.
mail-subject-reminder-proposal = Rappel : répondez à la paire proposée { $twin } avec { $host } d'ici le { $date }
mail-reminder-proposal = Dans { $cohort }, { $twin } et { $host } sont proposées comme paire, et { $city } n'a pas encore répondu. Merci d'accepter ou de refuser la paire d'ici le { $date }.
mail-subject-reminder-visit = Rappel : { $guest } visite { $host }, { $dates }
mail-reminder-visit = La visite de { $guest } à { $host } commence dans { $days } : { $dates }.
mail-reminder-visit-calendar = L'itinéraire figure ci-dessous, et le fichier de calendrier joint contient la visite : ouvrez-le pour l'ajouter à votre agenda.
mail-subject-reminder-feedback = Rappel : comment s'est passée la visite de { $guest } à { $host } ?
mail-reminder-feedback = La visite de { $guest } à { $host } ({ $dates }) est terminée, et { $city } n'a pas encore donné son avis : son utilité, ce que vous avez appris, les pratiques que vous comptez reproduire. Vous pouvez le donner, ou le modifier, jusqu'au { $date }.

mail-subject-reminder-plan = Rappel : soumettez le plan de réplication de { $city } avant le { $date }
mail-reminder-plan = { $cohort } se termine le { $date } et le plan de réplication de { $city } n'est pas encore soumis : c'est ce que { $city } retire de son jumelage, les actions qu'elle reproduira à partir des pratiques de sa ville hôte. Soumettez-le, ou les modifications demandées par l'équipe du programme, avant cette date.
