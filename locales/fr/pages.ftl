# Les pages qu'une ville ouvre avec le lien de son invitation, et les pages d'erreur.

## Toutes les pages

lang-switch = Langue
page-optional = (facultatif)
page-error = Erreur :
page-problem = Il y a un problème
page-up-to = Jusqu'à { $n } caractères

## Ce qui n'a pas fonctionné

error-not-found-title = Cette page n'existe pas
error-not-found-text = L'adresse est erronée, ou le lien ne fonctionne plus. Si un lien d'invitation a cessé de fonctionner, demandez-en un nouveau à l'équipe du programme.
error-home = Aller à la page d'accueil
error-csrf-title = Le formulaire n'a pas pu être accepté
error-csrf-text = Il est resté ouvert trop longtemps, ou il ne vient pas de ce site. Rien n'a été enregistré : revenez en arrière, rechargez la page et envoyez-le à nouveau.
error-refused-title = Ce n'est pas possible
error-refused-text = { $why }. Rien n'a été modifié : revenez à la page d'où vous venez.
error-unavailable-title = Veuillez réessayer dans un instant
error-unavailable-text = Le service est occupé ou sa base de données est inaccessible. Rien n'a été enregistré.
error-internal-title = Une erreur s'est produite
error-internal-text = Une erreur s'est produite de notre côté ; elle a été consignée. Rien n'a été enregistré à moitié.

## États

status-invited = invitée
status-draft = brouillon
status-submitted = envoyé
status-late = en retard
answer-pending = pas encore de réponse
answer-accepted = accepté
answer-declined = refusé
pair-proposed = proposé
pair-accepted = accepté
pair-declined = refusé
visit-unplaced = non placée
visit-draft = brouillon
visit-planned = prévue
visit-confirmed = confirmée
visit-cancelled = annulée
partner-twin = Ville jumelle (Twin City)
partner-mission = Ville de la Mission
partner-pilot = Activité de ville pilote

## La page de la ville

city-title = { $city } : profil pour { $cohort }
city-heading = { $role ->
    [host] { $city } : votre profil de ville d'accueil
   *[twin] { $city } : votre profil de ville jumelle
}
city-call-closed = { $cohort }. L'appel a été clôturé le { $date }.
city-call-open = { $cohort }. Vous pouvez modifier votre profil jusqu'au { $date }.
city-status = État :
city-submitted-on = Envoyé le { $at } (version { $version }).
city-last-saved = Enregistré pour la dernière fois le { $at } (version { $version }).
city-saved-draft = Votre brouillon est enregistré. Revenez avec le même lien pour continuer.
city-saved-answer = Votre réponse est enregistrée. Merci.
city-proposals = Votre binôme proposé
# Between the two names of a pair, each in bold: "Cascais with Aarhus".
city-pair-with = avec
city-pair-state = État : { $state } (ville jumelle : { $twin }, ville d'accueil : { $host }).
city-partner = Votre partenaire : { $partner }
city-partner-role = Rôle
city-partner-city = Ville
city-partner-about = { $city } ({ $country }), environ { $population } habitants ; à { $km } km de chez vous, trajet suggéré en { $mode }. Environ { $co2 } kg de CO₂e par voyageur pour l’aller-retour.
city-why = Pourquoi vous avez été associés
city-why-team = L'équipe du programme a choisi ce binôme.
city-matched = Défis couverts : { $themes }.
city-accepted-on = Les deux villes ont accepté le { $date }. L'équipe du programme planifie maintenant vos visites.
city-you-declined = Vous avez refusé ce binôme.
city-you-declined-because = Vous avez refusé ce binôme : « { $reason } ».
city-they-declined = { $who } a refusé ce binôme.
city-they-declined-because = { $who } a refusé ce binôme : « { $reason } ».
city-look-again = L'équipe du programme va chercher un autre binôme.
city-accepting = Ce qu'implique une acceptation
city-accepting-plan = Si les deux villes acceptent, l'équipe du programme planifie les visites techniques du binôme : { $trips } de la ville jumelle vers sa ville d'accueil et { $visits } en retour, chacun de { $days }.
city-accepting-plan-modules = Si les deux villes acceptent, l'équipe du programme planifie les visites techniques du binôme : { $trips } de la ville jumelle vers sa ville d'accueil et { $visits } en retour, chacun de { $days }, dans les modules de la promotion ({ $modules }).
city-accepting-emails = Les participants de chaque côté reçoivent les programmes par courriel.
city-you-accepted = Vous avez accepté ; l'autre partie n'a pas encore répondu. Vous pouvez encore changer votre réponse.
city-decline-why = Si vous refusez, pourquoi
city-accept = Accepter
city-decline = Refuser
city-visits = Vos visites
city-calendar = Ajoutez-les à votre agenda
city-calendar-intro = Vos visites ont un flux de calendrier ; abonnez-vous et votre agenda suivra chaque changement :
city-calendar-subscribe = S'abonner dans votre application d'agenda
city-calendar-howto = Ou copiez l'adresse ci-dessus et collez-la là où votre application d'agenda ajoute un calendrier « à partir d'une URL » ou « par abonnement » (Outlook : Ajouter un calendrier, S'abonner à partir du web ; Google Agenda : Autres agendas, À partir de l'URL). Gardez-la privée : comme le lien de votre invitation, quiconque l'a peut voir vos visites.
city-nothing-saved = Rien n'a été enregistré
city-call-closed-refusal = L'appel a été clôturé le { $date } : le profil ne peut plus être modifié.
city-already-submitted = Ce profil avait déjà été soumis : rien n’a été soumis ni envoyé à nouveau. Voici ce qui a été reçu.
city-saved-meanwhile = Votre profil a été enregistré ailleurs après la vérification de ces réponses ; elles n’ont donc pas été soumises. Vos réponses sont ci-dessous : vérifiez-les et soumettez-les à nouveau.
city-what-you-submitted = Ce que vous avez envoyé
city-check-and-submit = Vérifier et envoyer les modifications
city-save-draft = Enregistrer le brouillon
city-continue = Continuer pour vérifier vos réponses

## Le formulaire du profil

form-required = Pour envoyer, remplissez chaque champ non marqué (facultatif) ; dans une liste, les champs de chaque ligne utilisée. Vous pouvez enregistrer un brouillon à tout moment.
form-organisation = Organisation
form-organisation-hint = La municipalité ou le service qui participe
form-population = Population
form-population-hint = Habitants, un nombre entier (par ex. 214000)
form-languages = Langues de travail
form-languages-hint = Codes ISO 639-1 séparés par des virgules, par ex. fr, en
form-coastal = En bord de mer
form-not-said = Non précisé
form-yes = Oui
form-no = Non
form-climate-zone = Zone climatique
climate-mediterranean = Méditerranéenne
climate-oceanic = Océanique (atlantique)
climate-continental = Continentale
climate-nordic = Nordique (boréale)
climate-alpine = Alpine (montagne)
climate-arid = Aride ou semi-aride
form-capacity = Villes jumelles que vous pouvez accueillir
form-capacity-hint = Un nombre entier, de 1 à { $max }
form-delegation-size = Personnes dans une délégation
form-delegation-size-hint = Combien de personnes voyagent lors d'une visite, de 1 à { $max }
form-participants = Participants
form-participants-hint = Les personnes qui participent : elles reçoivent les programmes des visites. Laissez une ligne vide s'il vous en faut moins.
form-participant-name = Participant { $n } : nom
form-participant-email = Participant { $n } : courriel
form-participant-role = Participant { $n } : fonction
form-participant-language = Participant { $n } : langue
form-participant-language-hint = ISO 639-1, par défaut en
form-challenges = Défis sur lesquels vous voulez apprendre
form-challenges-hint = Chacun sur un domaine d'émissions et un levier de changement ; la priorité 1 est la plus importante.
form-practices = Pratiques que vous pouvez montrer
form-practices-hint = Chacune sur un domaine d'émissions et un levier de changement ; la priorité 1 est la plus solide.
form-theme-domain = { $role ->
    [host] Pratique { $n } : domaine d'émissions
   *[twin] Défi { $n } : domaine d'émissions
}
form-theme-lever = { $role ->
    [host] Pratique { $n } : levier de changement
   *[twin] Défi { $n } : levier de changement
}
form-theme-priority = { $role ->
    [host] Pratique { $n } : priorité
   *[twin] Défi { $n } : priorité
}
form-theme-description = { $role ->
    [host] Pratique { $n } : en quelques mots
   *[twin] Défi { $n } : en quelques mots
}
form-choose = Choisir
form-priority-highest = 1 (la plus haute)
form-interests = Villes d'accueil qui vous intéressent (facultatif)
form-interests-hint = Classez jusqu'à { $hosts }, en premier celle dont vous voulez le plus apprendre.
form-no-host-yet = Aucune ville d'accueil n'a encore rejoint cette promotion. Vous pourrez revenir les classer plus tard.
form-hosts-show = Ce que chaque ville d'accueil peut montrer
form-not-submitted-yet = Pas encore envoyé.
form-choice = Choix { $n }
form-no-host = Aucune ville d'accueil
form-unavailable = Quand vous ne pouvez ni voyager ni accueillir (facultatif)
form-period-first = Période { $n } : premier jour
form-period-last = Période { $n } : dernier jour
form-period-applies = Période { $n } : votre ville
form-period-why = Période { $n } : motif
applies-both = ne peut ni voyager ni accueillir
applies-travel = ne peut pas voyager
applies-host = ne peut pas accueillir

## Ce que le formulaire refuse

refusal-out-of-range = { $n } est hors limites : { $what ->
    [population] une population
    [capacity] la capacité d'une ville d'accueil
    [delegation] une délégation
   *[priority] une priorité
} va de { $min } à { $max }
refusal-not-a-number = « { $value } » n'est pas un nombre entier
refusal-too-long = doit compter au plus { $max } caractères
refusal-one-line = doit tenir sur une seule ligne (sans retour à la ligne)
refusal-control-character = ne doit pas contenir le caractère de contrôle invisible { $code }
refusal-date-missing = indiquez une date (AAAA-MM-JJ)
refusal-not-a-date = « { $value } » n'est pas une date : écrivez-la sous la forme AAAA-MM-JJ, par ex. 2025-08-01
refusal-not-yes-no = « { $value } » n'est pas une réponse : utilisez oui ou non
refusal-not-a-climate-zone = « { $value } » n'est pas une zone climatique : choisissez-en une dans la liste
refusal-capacity-twin = seule une ville d'accueil indique combien de villes jumelles elle peut accueillir : laissez ce champ vide
refusal-list-too-long = indiquez au plus { $max } { $what ->
    [contacts] participants
    [themes] thèmes
    [interests] villes d'accueil à classer
   *[unavailable] périodes
} (cette liste en compte { $n })
refusal-contact-name = indiquez le nom du participant
refusal-email-missing = indiquez une adresse électronique
refusal-not-an-email = « { $value } » n'est pas une adresse électronique (nom@exemple.fr)
refusal-email-twice = cette adresse figure déjà plus haut
refusal-too-many-languages = indiquez au plus { $max } langues (cette liste en compte { $n })
refusal-not-a-language = « { $value } » n'est pas un code de langue ISO 639-1 (par ex. en, fr, da)
refusal-choose-domain = choisissez un domaine d'émissions
refusal-not-a-domain = « { $value } » n'est pas un domaine d'émissions
refusal-choose-lever = choisissez un levier de changement
refusal-not-a-lever = « { $value } » n'est pas un levier de changement
refusal-theme-twice = ce domaine et ce levier sont déjà choisis plus haut : décrivez les deux sur une seule ligne
refusal-choose-first-host = Choisissez la ville d'accueil dont vous voulez le plus apprendre
refusal-choose-host-n = Remplissez le choix { $n } ou remontez les villes d'accueil qui suivent
refusal-interests-host = seule une ville jumelle indique les villes d'accueil qui l'intéressent
refusal-not-a-host = « { $value } » n'est pas une ville d'accueil de cette promotion
refusal-host-twice = cette ville d'accueil est déjà classée plus haut
refusal-ends-before = { $last } précède le premier jour, { $first }
refusal-not-applies = « { $value } » n'est aucun de both, travel, host
refusal-organisation-missing = indiquez le nom de l'organisation pour envoyer
refusal-population-missing = indiquez la population pour envoyer
refusal-languages-missing = indiquez au moins une langue de travail pour envoyer (par ex. fr)
refusal-delegation-missing = indiquez combien de personnes voyagent dans une délégation pour envoyer
refusal-contacts-missing = indiquez au moins un participant pour envoyer
refusal-challenges-missing = choisissez au moins un défi sur lequel vous voulez apprendre pour envoyer
refusal-practices-missing = choisissez au moins une pratique que vous pouvez montrer pour envoyer
refusal-capacity-missing = indiquez combien de villes jumelles vous pouvez accueillir pour envoyer

## Vérifier les réponses

check-title = Vérifiez vos réponses : { $city }
check-heading = Vérifiez vos réponses avant d'envoyer
check-intro = { $role ->
    [host] { $city }, ville d'accueil dans { $cohort }. Rien n'est envoyé tant que vous n'avez pas choisi Envoyer en bas de cette page.
   *[twin] { $city }, ville jumelle dans { $cohort }. Rien n'est envoyé tant que vous n'avez pas choisi Envoyer en bas de cette page.
}
check-change = Modifier
check-not-given = Non indiqué
check-participant = Participant { $n }
check-emails-in = courriels en { $language }
check-theme = { $role ->
    [host] Pratique { $n }
   *[twin] Défi { $n }
}
check-theme-answer = { $domain } × { $lever }, priorité { $priority }
check-interests = Villes d'accueil qui vous intéressent
check-choices = Choix
check-none-ranked = Aucune classée
check-periods = Périodes
check-none-given = Aucune indiquée
check-period = Période { $n }
check-period-answer = Du { $from } au { $to } : { $applies ->
    [travel] vous ne pouvez pas voyager
    [host] vous ne pouvez pas accueillir
   *[both] vous ne pouvez ni voyager ni accueillir
}
check-submit-heading = Envoyez maintenant votre profil
check-submit-text = En envoyant, vous confirmez que ces réponses sont exactes pour { $city }. Un accusé de réception est adressé aux participants indiqués ci-dessus.
check-replaces = Cet envoi remplace le précédent.
check-submit = Envoyer

## Envoyé

submitted-title = Profil envoyé : { $city }
submitted-heading = Profil envoyé
submitted-reference = Votre référence :
submitted-version = Version { $version } du profil de { $city }, envoyée le { $at }.
submitted-receipt = Nous avons envoyé un accusé de réception à { $addresses }.
submitted-next = La suite
submitted-next-pairs = Après la clôture de l'appel le { $date }, l'équipe du programme forme les binômes entre villes jumelles et villes d'accueil.
submitted-next-proposal = Lorsqu'un binôme est proposé à { $city }, les participants reçoivent un courriel ; vous l'acceptez ou le refusez sur la page de votre ville.
submitted-next-visits = Une fois que les deux villes ont accepté, les visites techniques sont planifiées dans les modules de la promotion et les programmes envoyés.
submitted-change = Vous pouvez modifier le profil jusqu'au { $date } : chaque modification est une nouvelle version, envoyée de la même façon.
submitted-back = Retour à la page de votre ville

## Une visite, vue par ses villes

visit-back = Votre profil et vos visites
visit-heading = Visite technique du binôme { $twin } – { $host }
visit-label = { $direction ->
    [outward] { $guest } à { $host }, déplacement { $position }
   *[return] { $guest } à { $host }, visite retour { $position }
}
visit-when = du { $from } au { $to }
visit-not-placed = Pas encore placée.
visit-days-in = { $days } à { $city }
visit-status = état : { $status }
visit-changed = (modifiée depuis sa publication)
visit-agenda = Programme
visit-day = Jour { $day }
visit-travel = Trajet
visit-travel-line = De { $guest } à { $host } : { $km } km à vol d'oiseau ; mode suggéré : { $mode } ({ $route } km par trajet). Environ { $co2 } kg CO₂e par voyageur pour l'aller-retour ({ $factor } kg par passager-km, { $source }).
visit-travel-delegation = Une délégation de { $people } : environ { $co2 } kg.
visit-contacts = Contacts
visit-delegation-from = Délégation de { $city }
visit-hosting-team = Équipe d'accueil à { $city }
visit-none-given = Aucun indiqué pour l'instant.
visit-edit-agenda = Modifier le programme
visit-agenda-field = Programme
visit-agenda-hint = Un point par ligne : jour | ce qui se passe | détails (facultatif).
visit-save-agenda = Enregistrer le programme
visit-saved-agenda = Le programme est enregistré.
city-feedback-give = Donner votre avis
city-feedback-change = Modifier votre avis

## L'avis après une visite

feedback-title = { $city } : avis sur { $visit }
feedback-back = Retour à votre profil et à vos visites
feedback-heading = { $city } : votre avis sur la visite
feedback-with = { $visit }, avec { $host }.
feedback-open-until = Vous pouvez modifier votre avis jusqu'au { $date }, date de fin de la cohorte.
feedback-saved = Votre avis est enregistré. Merci. Vous pouvez le modifier jusqu'au { $date }.
feedback-nothing-saved = Rien n'a été enregistré
feedback-cannot-now = Il n'est pas possible de donner votre avis pour le moment
feedback-usefulness = Quelle a été l'utilité de la visite pour votre ville ?
feedback-usefulness-hint = De 1 (pas utile) à 5 (extrêmement utile).
feedback-usefulness-choice = { $n ->
    [1] 1 – pas utile
    [2] 2 – un peu utile
    [3] 3 – utile
    [4] 4 – très utile
   *[5] 5 – extrêmement utile
}
feedback-learnt = Qu'a appris votre ville ?
feedback-learnt-hint = Jusqu'à { $n } caractères.
feedback-practices = Quelles pratiques de { $host } comptez-vous reproduire ?
feedback-practices-none = { $host } n'a pas encore soumis les pratiques qu'elle présente.
feedback-practices-hint = Cochez toutes celles qui s'appliquent.
feedback-recommend = Recommanderiez-vous { $host } comme ville d'accueil à d'autres villes ?
feedback-yes = Oui
feedback-no = Non
feedback-follow-up = Quelle suite souhaitez-vous ?
follow-up-online = Une session en ligne
follow-up-visit = Une autre visite
follow-up-none = Aucune suite
feedback-save-changes = Enregistrer vos modifications
feedback-send = Envoyer votre avis
feedback-yours = Votre avis
feedback-field-usefulness = Utilité de la visite
feedback-field-learnt = Ce que vous avez appris
feedback-field-practices = Pratiques à reproduire
feedback-field-recommend = Recommandation de l'hôte
feedback-field-follow-up = Suite
feedback-usefulness-of = { $n } sur 5
feedback-none-chosen = Aucune choisie
feedback-summary-line = { $field } : { $message }
refusal-feedback-usefulness-missing = indiquez l'utilité de la visite, de 1 (pas utile) à 5 (très utile)
refusal-feedback-usefulness-range = doit être un nombre entier de 1 (pas utile) à 5 (très utile)
refusal-feedback-learnt-missing = dites ce que votre ville a appris lors de cette visite
refusal-feedback-learnt-too-long = doit compter au plus { $max } caractères (il en compte { $n })
refusal-feedback-too-many-practices = { $n } pratiques, c'est trop : l'hôte en présente { $offered }
refusal-feedback-not-a-practice-none = « { $value } » n'est pas une pratique de l'hôte : son profil n'en indique aucune
refusal-feedback-not-a-practice = « { $value } » n'est pas une pratique de l'hôte : utilisez { $ids }
refusal-feedback-recommend-missing = dites si vous recommanderiez l'hôte
refusal-feedback-yes-or-no = doit être oui ou non
refusal-feedback-follow-up-missing = choisissez la suite souhaitée : une session en ligne, une autre visite ou aucune
refusal-feedback-not-a-follow-up = « { $value } » n'est pas une suite : utilisez online, visit ou none
refusal-feedback-visit-not-held = cette visite { $state ->
    [cancelled] est annulée
    [unplaced] n'a pas encore de dates
   *[unpublished] n'est pas encore publiée
} : l'avis porte sur une visite qui a eu lieu
refusal-feedback-not-ended = cette visite n'est pas encore terminée : elle se termine le { $date } et l'avis s'ouvre le lendemain
refusal-feedback-no-dates = cette visite n'a pas de dates
refusal-feedback-cohort-ended = la cohorte s'est terminée le { $date } : l'avis ne peut plus être donné ni modifié
refusal-feedback-archived = la cohorte est archivée : l'avis ne peut être ni donné ni modifié tant qu'elle l'est

## Why a round paired a Twin with a host (the report's sentence, in the reader's language)
why-paired = { $twin } est associée à { $host } parce que { $reasons }.
why-cover = les points forts de { $host } couvrent { $covered } { $needs ->
    [one] du seul défi prioritaire
   *[other] des { $needs } défis prioritaires
} de { $twin } — { $list }
why-fit = les points forts de { $host } répondent en partie aux défis de { $twin } (adéquation de { $fit } %)
why-rank = { $twin } a demandé { $host } en { $rank ->
    [1] premier
    [2] deuxième
    [3] troisième
    [4] quatrième
   *[other] cinquième
} choix
why-feedback = les Twins de { $host } ont noté ses visites { $mean } sur 5 ({ $n } { $n ->
    [one] réponse
   *[other] réponses
})
why-earlier-unmatched = { $twin } a eu la priorité, étant restée sans binôme lors d’un tour précédent du programme
why-room = aucun hôte plus adapté n’avait de place ({ $host } est à { $km } km)
why-and = { " et " }

# Refusals a city meets when what it acts on is closed.
refusal-cohort-archived = la cohorte est archivée (depuis le { $date }) et en lecture seule : écrivez à l'équipe du programme si quelque chose doit encore changer
refusal-proposal-settled = les deux villes ont accepté ce binôme le { $date } : il est arrêté et ses visites sont planifiées à partir de lui. Pour le changer, demandez à l'équipe du programme, qui peut refaire l'appariement de la cohorte

## Le Plan de réplication (page d'une Ville jumelle)

city-plan = Plan de réplication
city-plan-intro = Le plan de votre ville pour intégrer ce qu'elle a appris des pratiques de son hôte : ses actions, qui les porte, quand, à quel coût et comment vous les mesurerez.
city-plan-open = Rédiger ou mettre à jour le Plan de réplication
plan-title = Plan de réplication de { $city }
plan-back = Retour à la page de votre ville
plan-intro = Une action par ligne, chacune reprenant une des pratiques de { $host }. Enregistrez un brouillon à tout moment ; vérifiez-le et soumettez-le quand il est prêt, jusqu'au { $date }.
plan-action = Action { $n }
plan-field-title = Ce que votre ville va faire
plan-field-practice = Pratique de l'hôte reprise
plan-choose-practice = Choisissez une pratique
plan-field-owner = Responsable
plan-hint-owner = Une personne ou une fonction, p. ex. Équipe climat
plan-field-starts = Date de début
plan-field-ends = Date de fin
plan-hint-date = AAAA-MM-JJ, p. ex. 2026-09-01
plan-field-budget = Budget estimé (EUR)
plan-hint-budget = En euros entiers, de 0 à { $max }
plan-field-status = État
plan-field-indicator = Indicateur
plan-hint-indicator = Ce que vous mesurerez, p. ex. habitants participant aux ateliers
plan-field-target = Cible
plan-hint-target = Un nombre, p. ex. 300 ou 12,5
plan-field-unit = Unité de la cible
plan-hint-unit = p. ex. personnes, km, % des déplacements
plan-remove = Retirer l'action { $n }
plan-add = Ajouter une autre action
plan-save = Enregistrer le brouillon
plan-check = Continuer pour vérifier le plan
plan-hint-actions = Jusqu'à { $max } actions. Une ligne laissée vide n'est pas enregistrée.
plan-status-none = Votre ville n'a pas encore commencé son plan.
plan-status-draft = La version { $version } est un brouillon : elle n'est pas encore soumise.
plan-status-submitted = La version { $version } a été soumise le { $date } : l'équipe du programme l'examine.
plan-status-changes = L'équipe du programme a demandé des modifications à la version { $version } : modifiez le plan ci-dessous et soumettez-le à nouveau.
plan-status-accepted = La version { $version } a été acceptée le { $date }. Tenez à jour l'état de chaque action : une modification est une nouvelle version à soumettre.
plan-comment = Commentaire de l'équipe du programme : { $comment }
plan-saved = Brouillon enregistré.
plan-submitted-notice = Plan soumis : version { $version }. L'équipe du programme l'examine et vous recevrez un e-mail quand ce sera fait.
plan-check-heading = Vérifiez votre plan avant de le soumettre
plan-check-intro = version { $version }, { $n ->
    [one] une action
   *[other] { $n } actions
}, budget estimé de { $budget } EUR au total.
plan-change = Modifier le plan
plan-submit = Soumettre le plan
plan-submit-hint = Une fois soumis, le plan est une version numérotée que l'équipe du programme examine. Vous pourrez le modifier ensuite : chaque modification est une nouvelle version.
plan-none-practices = Le profil de { $host } n'indique encore aucune pratique : chaque action nomme la pratique qu'elle reprend, le plan pourra donc être rédigé ensuite.
plan-cannot-now = Le plan ne peut pas être modifié maintenant
plan-nothing-saved = Rien n'a été enregistré
action-status-planned = Prévue
action-status-started = Commencée
action-status-done = Terminée
action-status-dropped = Abandonnée
refusal-plan-too-many-actions = indiquez au plus { $max } actions (cette liste en compte { $n })
refusal-plan-no-action = indiquez au moins une action pour soumettre
refusal-plan-missing = ne doit pas être vide
refusal-plan-year = doit être une date de { $first } à { $last }
refusal-plan-budget-missing = indiquez le budget estimé en euros (0 s'il n'y en a pas)
refusal-plan-budget-range = { $n } est hors limites : un budget va de 0 à { $max } euros
refusal-plan-target-missing = indiquez la valeur visée
refusal-plan-not-a-target = « { $value } » n'est pas un nombre (p. ex. 25 ou 12,5)
refusal-plan-practice-missing = choisissez la pratique de l'hôte que reprend cette action
refusal-plan-not-a-status = « { $value } » n'est pas un état : utilisez planned, started, done, dropped
refusal-plan-cohort-ended = la cohorte s'est terminée le { $date } : le plan ne peut plus être modifié
refusal-plan-archived = la cohorte est archivée : le plan ne peut pas être modifié tant qu'elle l'est

## Travel costs of a visit
costs-heading = Frais de voyage
costs-estimate = Estimation : { $amount } pour { $people } en { $mode } ({ $route } km par trajet à { $rate } le km, aller et retour : { $per } par voyageur).
costs-travellers-assumed = Le profil n’indique pas la taille de la délégation : un voyageur est compté.
costs-cap = Plafond de remboursement de cette visite : { $cap } ({ $per } par voyageur).
costs-no-cap = La cohorte ne fixe pas de plafond de remboursement.
costs-estimate-over-cap = L’estimation dépasse le plafond.
costs-actual = Dépensé, selon { $city } : { $amount }.
costs-actual-over-cap = Au-dessus du plafond.
costs-note-said = ({ $note })
costs-none-recorded = { $city } n’a pas encore indiqué ses dépenses.
costs-record = Indiquer les dépenses
costs-amount = Montant dépensé, en euros
costs-amount-hint = Le voyage de toute la délégation, aller et retour, par exemple 1250,50.
costs-note = Ce qu’il couvre
costs-note-hint = Par exemple, vols pour 4 personnes et trains locaux
costs-save = Enregistrer le montant
costs-saved = Le montant dépensé est enregistré.
costs-archived = La cohorte est archivée : les dépenses ne peuvent plus être modifiées.
refusal-amount-missing = indiquez un montant en euros, par exemple 350,50
refusal-not-an-amount = « { $value } » n’est pas un montant en euros : écrivez par exemple 350 ou 350,50, de 0 à { $max }

## The answer deadline of a proposal

refusal-proposal-expired = La date limite de réponse de cette proposition était le { $date } : elle ne peut plus recevoir de réponse. Adressez-vous à l'équipe du programme, qui peut proposer la paire à nouveau.
city-answer-by = Merci de répondre d'ici le { $date }.
city-expired = La date limite de réponse, le { $date }, est passée : cette paire ne peut plus recevoir de réponse ici.

## The privacy notice (GDPR): short on each city form, at length on /privacy.
privacy-notice-heading = Vos données personnelles.
privacy-notice-short = Le programme conserve les noms, adresses e-mail, fonctions et langues des contacts de votre ville, les e-mails qui leur sont envoyés et ce que votre ville écrit dans ses formulaires, pour mener le programme d'apprentissage par jumelage et en rendre compte. Ils sont conservés { $days } jours après la fin de votre cohorte, puis anonymisés. Pour demander une copie de vos données ou leur effacement, écrivez à l'équipe du programme.
privacy-notice-link = Lire la politique de confidentialité complète
privacy-title = Politique de confidentialité
privacy-intro = Cette page indique quelles données personnelles le programme d'apprentissage par jumelage de la Mission Villes de l'UE conserve sur les personnes des villes participantes, pourquoi, pendant combien de temps, et comment en demander une copie ou l'effacement.
privacy-what-heading = Ce qui est conservé
privacy-what = Le nom, l'adresse e-mail, la fonction et la langue de chaque contact qu'une ville indique dans son profil ; les invitations envoyées à l'adresse d'une ville ; les e-mails que le programme envoie (à qui, et ce qu'ils disent) ; et ce qu'une ville écrit dans ses formulaires : son profil, son avis sur les visites, son plan de réplication (avec les responsables de ses actions) et ses frais de voyage. Ce que font les gestionnaires du programme est consigné dans un journal d'audit.
privacy-why-heading = Pourquoi
privacy-why = Pour mener le programme : former les paires de villes, planifier leurs visites, leur envoyer leurs itinéraires et rappels, recevoir leurs avis et leurs plans, et rendre compte du programme à son financeur. Les données ne servent à rien d'autre et ne sont partagées qu'avec l'équipe du programme et les villes jumelées avec la vôtre.
privacy-how-long-heading = Pendant combien de temps
privacy-how-long = Les données personnelles sont conservées { $days } jours après la fin de la cohorte à laquelle elles appartiennent. Ensuite, le service les anonymise : les noms et adresses e-mail sont remplacés par un identifiant anonyme et les textes des e-mails sont supprimés. Les profils, visites, avis et plans des villes restent, sans les noms ni les adresses des personnes, afin que les rapports du programme restent exacts.
privacy-rights-heading = Vos droits : une copie ou l'effacement
privacy-rights = Vous pouvez demander une copie des données personnelles que le programme détient sur vous, leur rectification ou leur effacement. Écrivez à l'équipe du programme à l'adresse ci-dessous, depuis l'adresse sous laquelle le programme vous connaît. L'effacement remplace partout votre nom et votre adresse e-mail par un identifiant anonyme ; ce que votre ville a fait dans le programme reste.
privacy-controller = Responsable du traitement : { $controller }
privacy-contact = Écrire à : { $contact }
