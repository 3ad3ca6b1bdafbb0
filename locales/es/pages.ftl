# Las páginas que una ciudad abre con el enlace de su invitación, y las páginas de error.

## Todas las páginas

lang-switch = Idioma
page-optional = (opcional)
page-error = Error:
page-problem = Hay un problema
page-up-to = Hasta { $n } caracteres

## Lo que ha fallado

error-not-found-title = Esta página no existe
error-not-found-text = La dirección es incorrecta o el enlace ya no funciona. Si un enlace de invitación ha dejado de funcionar, pida uno nuevo al equipo del programa.
error-home = Ir a la página de inicio
error-csrf-title = No se ha podido aceptar el formulario
error-csrf-text = Ha estado abierto demasiado tiempo o no procede de este sitio. No se ha guardado nada: vuelva atrás, recargue la página y envíelo de nuevo.
error-refused-title = No es posible hacerlo
error-refused-text = { $why }. No se ha cambiado nada: vuelva a la página de la que venía.
error-unavailable-title = Inténtelo de nuevo en un momento
error-unavailable-text = El servicio está ocupado o no puede acceder a su base de datos. No se ha guardado nada.
error-internal-title = Algo ha fallado
error-internal-text = Algo ha fallado por nuestra parte; se ha registrado. No ha quedado nada guardado a medias.

## Estados

status-invited = invitada
status-draft = borrador
status-submitted = enviado
status-late = con retraso
answer-pending = sin respuesta todavía
answer-accepted = aceptada
answer-declined = rechazada
pair-proposed = propuesta
pair-accepted = aceptada
pair-declined = rechazada
visit-unplaced = sin fechas
visit-draft = borrador
visit-planned = prevista
visit-confirmed = confirmada
visit-cancelled = cancelada
partner-twin = Ciudad gemela (Twin City)
partner-mission = Ciudad de la Misión
partner-pilot = Actividad de Ciudad Piloto

## La página de la ciudad

city-title = { $city }: perfil para { $cohort }
city-heading = { $role ->
    [host] { $city }: su perfil como ciudad anfitriona
   *[twin] { $city }: su perfil como ciudad gemela
}
city-call-closed = { $cohort }. La convocatoria se cerró el { $date }.
city-call-open = { $cohort }. Puede modificar su perfil hasta el { $date }.
city-status = Estado:
city-submitted-on = Enviado el { $at } (versión { $version }).
city-last-saved = Guardado por última vez el { $at } (versión { $version }).
city-saved-draft = Su borrador está guardado. Vuelva con el mismo enlace para continuar.
city-saved-answer = Su respuesta ha quedado registrada. Gracias.
city-proposals = Su pareja propuesta
# Between the two names of a pair, each in bold: "Cascais with Aarhus".
city-pair-with = con
city-pair-state = Estado: { $state } (ciudad gemela: { $twin }, anfitriona: { $host }).
city-partner = Su pareja: { $partner }
city-partner-role = Función
city-partner-city = Ciudad
city-partner-about = { $city } ({ $country }), unos { $population } habitantes; a { $km } km de usted, viaje sugerido en { $mode }. Unos { $co2 } kg de CO₂e por viajero, ida y vuelta.
city-why = Por qué se les ha emparejado
city-why-team = El equipo del programa ha elegido esta pareja.
city-matched = Retos cubiertos: { $themes }.
city-accepted-on = Ambas ciudades aceptaron el { $date }. El equipo del programa planifica ahora sus visitas.
city-you-declined = Ha rechazado esta pareja.
city-you-declined-because = Ha rechazado esta pareja: «{ $reason }».
city-they-declined = { $who } ha rechazado esta pareja.
city-they-declined-because = { $who } ha rechazado esta pareja: «{ $reason }».
city-look-again = El equipo del programa buscará otra pareja.
city-accepting = Qué significa aceptar
city-accepting-plan = Si ambas ciudades aceptan, el equipo del programa planifica las visitas técnicas de la pareja: { $trips } de la ciudad gemela a su anfitriona y { $visits } de vuelta, cada una de { $days }.
city-accepting-plan-modules = Si ambas ciudades aceptan, el equipo del programa planifica las visitas técnicas de la pareja: { $trips } de la ciudad gemela a su anfitriona y { $visits } de vuelta, cada una de { $days }, en los módulos de la edición ({ $modules }).
city-accepting-emails = Los participantes de cada parte reciben los programas por correo.
city-you-accepted = Ha aceptado; la otra parte aún no ha respondido. Todavía puede cambiar su respuesta.
city-decline-why = Si la rechaza, por qué
city-accept = Aceptar
city-decline = Rechazar
city-visits = Sus visitas
city-calendar = Añádalas a su calendario
city-calendar-intro = Sus visitas tienen un canal de calendario; suscríbase y su calendario seguirá cada cambio:
city-calendar-subscribe = Suscribirse en su aplicación de calendario
city-calendar-howto = O copie la dirección de arriba y péguela donde su aplicación de calendario añade un calendario «desde URL» o «por suscripción» (Outlook: Agregar calendario, Suscribirse desde la web; Google Calendar: Otros calendarios, Desde URL). Manténgala en privado: como el enlace de su invitación, quien la tenga puede ver sus visitas.
city-nothing-saved = No se ha guardado nada
city-call-closed-refusal = La convocatoria se cerró el { $date }: el perfil ya no se puede modificar.
city-already-submitted = Este perfil ya se había enviado: no se ha enviado nada de nuevo. Esto es lo que se recibió.
city-saved-meanwhile = Su perfil se guardó desde otro lugar después de revisar estas respuestas, así que no se enviaron. Sus respuestas están abajo: revíselas y envíelas de nuevo.
city-what-you-submitted = Lo que envió
city-check-and-submit = Revisar y enviar los cambios
city-save-draft = Guardar borrador
city-continue = Continuar para revisar sus respuestas

## El formulario del perfil

form-required = Para enviar, rellene todos los campos no marcados (opcional); en una lista, los campos de cada fila que utilice. Puede guardar un borrador en cualquier momento.
form-organisation = Organización
form-organisation-hint = El ayuntamiento o el departamento que participa
form-population = Población
form-population-hint = Habitantes, un número entero (p. ej. 214000)
form-languages = Idiomas de trabajo
form-languages-hint = Códigos ISO 639-1 separados por comas, p. ej. es, en
form-coastal = En la costa
form-not-said = Sin indicar
form-yes = Sí
form-no = No
form-climate-zone = Zona climática
climate-mediterranean = Mediterránea
climate-oceanic = Oceánica (atlántica)
climate-continental = Continental
climate-nordic = Nórdica (boreal)
climate-alpine = Alpina (montaña)
climate-arid = Árida o semiárida
form-capacity = Ciudades gemelas que puede recibir
form-capacity-hint = Un número entero, de 1 a { $max }
form-delegation-size = Personas en una delegación
form-delegation-size-hint = Cuántas personas viajan en una visita, de 1 a { $max }
form-participants = Participantes
form-participants-hint = Las personas que participan: reciben los programas de las visitas. Deje una fila vacía si necesita menos.
form-participant-name = Participante { $n }: nombre
form-participant-email = Participante { $n }: correo electrónico
form-participant-role = Participante { $n }: cargo
form-participant-language = Participante { $n }: idioma
form-participant-language-hint = ISO 639-1, por defecto en
form-challenges = Retos sobre los que quiere aprender
form-challenges-hint = Cada uno en un ámbito de emisiones y una palanca de cambio; la prioridad 1 es la más importante.
form-practices = Prácticas que puede mostrar
form-practices-hint = Cada una en un ámbito de emisiones y una palanca de cambio; la prioridad 1 es la más sólida.
form-theme-domain = { $role ->
    [host] Práctica { $n }: ámbito de emisiones
   *[twin] Reto { $n }: ámbito de emisiones
}
form-theme-lever = { $role ->
    [host] Práctica { $n }: palanca de cambio
   *[twin] Reto { $n }: palanca de cambio
}
form-theme-priority = { $role ->
    [host] Práctica { $n }: prioridad
   *[twin] Reto { $n }: prioridad
}
form-theme-description = { $role ->
    [host] Práctica { $n }: en pocas palabras
   *[twin] Reto { $n }: en pocas palabras
}
form-choose = Elija
form-priority-highest = 1 (la más alta)
form-interests = Anfitrionas que le interesan (opcional)
form-interests-hint = Ordene hasta { $hosts }, primero aquella de la que más quiere aprender.
form-no-host-yet = Todavía no se ha unido ninguna anfitriona a esta edición. Puede volver y ordenarlas más tarde.
form-hosts-show = Lo que puede mostrar cada anfitriona
form-not-submitted-yet = Aún no enviado.
form-choice = Opción { $n }
form-no-host = Ninguna anfitriona
form-unavailable = Cuándo no puede viajar ni recibir (opcional)
form-period-first = Periodo { $n }: primer día
form-period-last = Periodo { $n }: último día
form-period-applies = Periodo { $n }: su ciudad
form-period-why = Periodo { $n }: motivo
applies-both = no puede viajar ni recibir
applies-travel = no puede viajar
applies-host = no puede recibir

## Lo que el formulario rechaza

refusal-out-of-range = { $n } está fuera del intervalo: { $what ->
    [population] una población
    [capacity] la capacidad de una anfitriona
    [delegation] una delegación
   *[priority] una prioridad
} va de { $min } a { $max }
refusal-not-a-number = «{ $value }» no es un número entero
refusal-too-long = debe tener como máximo { $max } caracteres
refusal-one-line = debe ocupar una sola línea (sin saltos de línea)
refusal-control-character = no debe contener el carácter de control invisible { $code }
refusal-date-missing = indique una fecha (AAAA-MM-DD)
refusal-not-a-date = «{ $value }» no es una fecha: escríbala como AAAA-MM-DD, p. ej. 2025-08-01
refusal-not-yes-no = «{ $value }» no es una respuesta: use sí o no
refusal-not-a-climate-zone = «{ $value }» no es una zona climática: elija una de la lista
refusal-capacity-twin = solo una anfitriona indica cuántas ciudades gemelas puede recibir: deje este campo vacío
refusal-list-too-long = indique como máximo { $max } { $what ->
    [contacts] participantes
    [themes] temas
    [interests] anfitrionas que ordenar
   *[unavailable] periodos
} (esta lista tiene { $n })
refusal-contact-name = indique el nombre del participante
refusal-email-missing = indique una dirección de correo electrónico
refusal-not-an-email = «{ $value }» no es una dirección de correo electrónico (nombre@ejemplo.es)
refusal-email-twice = esta dirección ya figura más arriba
refusal-too-many-languages = indique como máximo { $max } idiomas (esta lista tiene { $n })
refusal-not-a-language = «{ $value }» no es un código de idioma ISO 639-1 (p. ej. en, es, da)
refusal-choose-domain = elija un ámbito de emisiones
refusal-not-a-domain = «{ $value }» no es un ámbito de emisiones
refusal-choose-lever = elija una palanca de cambio
refusal-not-a-lever = «{ $value }» no es una palanca de cambio
refusal-theme-twice = este ámbito y esta palanca ya se han elegido más arriba: describa ambos en una sola fila
refusal-choose-first-host = Elija la anfitriona de la que más quiere aprender
refusal-choose-host-n = Rellene la opción { $n } o suba las anfitrionas que la siguen
refusal-interests-host = solo una ciudad gemela indica las anfitrionas que le interesan
refusal-not-a-host = «{ $value }» no es una anfitriona de esta edición
refusal-host-twice = esta anfitriona ya está ordenada más arriba
refusal-ends-before = { $last } es anterior al primer día, { $first }
refusal-not-applies = «{ $value }» no es ninguno de both, travel, host
refusal-organisation-missing = indique el nombre de la organización para enviar
refusal-population-missing = indique la población para enviar
refusal-languages-missing = indique al menos un idioma de trabajo para enviar (p. ej. es)
refusal-delegation-missing = indique cuántas personas viajan en una delegación para enviar
refusal-contacts-missing = indique al menos un participante para enviar
refusal-challenges-missing = elija al menos un reto sobre el que quiera aprender para enviar
refusal-practices-missing = elija al menos una práctica que pueda mostrar para enviar
refusal-capacity-missing = indique cuántas ciudades gemelas puede recibir para enviar

## Revisar las respuestas

check-title = Revise sus respuestas: { $city }
check-heading = Revise sus respuestas antes de enviarlas
check-intro = { $role ->
    [host] { $city }, anfitriona en { $cohort }. No se envía nada hasta que elija Enviar al final de esta página.
   *[twin] { $city }, ciudad gemela en { $cohort }. No se envía nada hasta que elija Enviar al final de esta página.
}
check-change = Cambiar
check-not-given = Sin indicar
check-participant = Participante { $n }
check-emails-in = correos en { $language }
check-theme = { $role ->
    [host] Práctica { $n }
   *[twin] Reto { $n }
}
check-theme-answer = { $domain } × { $lever }, prioridad { $priority }
check-interests = Anfitrionas que le interesan
check-choices = Opciones
check-none-ranked = Ninguna ordenada
check-periods = Periodos
check-none-given = Ninguno indicado
check-period = Periodo { $n }
check-period-answer = Del { $from } al { $to }: { $applies ->
    [travel] no puede viajar
    [host] no puede recibir
   *[both] no puede viajar ni recibir
}
check-submit-heading = Ahora envíe su perfil
check-submit-text = Al enviar, confirma que estas respuestas son correctas para { $city }. Se envía un acuse de recibo a los participantes indicados arriba.
check-replaces = Este envío sustituye al que hizo antes.
check-submit = Enviar

## Enviado

submitted-title = Perfil enviado: { $city }
submitted-heading = Perfil enviado
submitted-reference = Su referencia:
submitted-version = Versión { $version } del perfil de { $city }, enviada el { $at }.
submitted-receipt = Hemos enviado un acuse de recibo a { $addresses }.
submitted-next = Próximos pasos
submitted-next-pairs = Tras el cierre de la convocatoria el { $date }, el equipo del programa forma las parejas entre ciudades gemelas y anfitrionas.
submitted-next-proposal = Cuando se proponga una pareja a { $city }, los participantes recibirán un correo; usted la acepta o la rechaza en la página de su ciudad.
submitted-next-visits = Cuando ambas ciudades acepten, las visitas técnicas se planifican en los módulos de la edición y se envían los programas.
submitted-change = Puede modificar el perfil hasta el { $date }: cada cambio es una nueva versión, que se envía de la misma manera.
submitted-back = Volver a la página de su ciudad

## Una visita, tal como la ven sus ciudades

visit-back = Su perfil y sus visitas
visit-heading = Visita técnica de la pareja { $twin } – { $host }
visit-label = { $direction ->
    [outward] { $guest } a { $host }, viaje { $position }
   *[return] { $guest } a { $host }, visita de vuelta { $position }
}
visit-when = del { $from } al { $to }
visit-not-placed = Todavía sin fechas.
visit-days-in = { $days } en { $city }
visit-status = estado: { $status }
visit-changed = (modificada desde su publicación)
visit-agenda = Programa
visit-day = Día { $day }
visit-travel = Viaje
visit-travel-line = De { $guest } a { $host }: { $km } km en línea recta; se sugiere: { $mode } ({ $route } km por trayecto). Unos { $co2 } kg de CO₂e por viajero, ida y vuelta ({ $factor } kg por pasajero-km, { $source }).
visit-travel-delegation = Una delegación de { $people }: unos { $co2 } kg.
visit-contacts = Contactos
visit-delegation-from = Delegación de { $city }
visit-hosting-team = Equipo anfitrión en { $city }
visit-none-given = Todavía ninguno indicado.
visit-edit-agenda = Editar el programa
visit-agenda-field = Programa
visit-agenda-hint = Una actividad por línea: día | qué ocurre | detalles (opcional).
visit-save-agenda = Guardar el programa
visit-saved-agenda = El programa está guardado.
city-feedback-give = Dar su opinión
city-feedback-change = Cambiar su opinión

## Opinión después de una visita

feedback-title = { $city }: opinión sobre { $visit }
feedback-back = Volver a su perfil y sus visitas
feedback-heading = { $city }: su opinión sobre la visita
feedback-with = { $visit }, con { $host }.
feedback-open-until = Puede cambiar su opinión hasta el { $date }, cuando termina la cohorte.
feedback-saved = Su opinión se ha guardado. Gracias. Puede cambiarla hasta el { $date }.
feedback-nothing-saved = No se ha guardado nada
feedback-cannot-now = Ahora no se puede dar su opinión
feedback-usefulness = ¿Qué utilidad tuvo la visita para su ciudad?
feedback-usefulness-hint = De 1 (nada útil) a 5 (extremadamente útil).
feedback-usefulness-choice = { $n ->
    [1] 1 – nada útil
    [2] 2 – poco útil
    [3] 3 – útil
    [4] 4 – muy útil
   *[5] 5 – extremadamente útil
}
feedback-learnt = ¿Qué aprendió su ciudad?
feedback-learnt-hint = Hasta { $n } caracteres.
feedback-practices = ¿Qué prácticas de { $host } piensa replicar?
feedback-practices-none = { $host } no ha enviado las prácticas que muestra.
feedback-practices-hint = Seleccione todas las que correspondan.
feedback-recommend = ¿Recomendaría { $host } como anfitriona a otras ciudades?
feedback-yes = Sí
feedback-no = No
feedback-follow-up = ¿Qué seguimiento desea?
follow-up-online = Una sesión en línea
follow-up-visit = Otra visita
follow-up-none = Ningún seguimiento
feedback-save-changes = Guardar los cambios
feedback-send = Enviar su opinión
feedback-yours = Su opinión
feedback-field-usefulness = Utilidad de la visita
feedback-field-learnt = Lo que aprendió
feedback-field-practices = Prácticas que replicar
feedback-field-recommend = Recomendación del anfitrión
feedback-field-follow-up = Seguimiento
feedback-usefulness-of = { $n } de 5
feedback-none-chosen = Ninguna elegida
feedback-summary-line = { $field }: { $message }
refusal-feedback-usefulness-missing = indique la utilidad de la visita, de 1 (nada útil) a 5 (muy útil)
refusal-feedback-usefulness-range = debe ser un número entero de 1 (nada útil) a 5 (muy útil)
refusal-feedback-learnt-missing = diga qué aprendió su ciudad en esta visita
refusal-feedback-learnt-too-long = debe tener como máximo { $max } caracteres (tiene { $n })
refusal-feedback-too-many-practices = { $n } prácticas son demasiadas: el anfitrión muestra { $offered }
refusal-feedback-not-a-practice-none = «{ $value }» no es una práctica del anfitrión: su perfil no indica ninguna
refusal-feedback-not-a-practice = «{ $value }» no es una práctica del anfitrión: use { $ids }
refusal-feedback-recommend-missing = diga si recomendaría al anfitrión
refusal-feedback-yes-or-no = debe ser sí o no
refusal-feedback-follow-up-missing = elija el seguimiento que desea: una sesión en línea, otra visita o ninguno
refusal-feedback-not-a-follow-up = «{ $value }» no es un seguimiento: use online, visit o none
refusal-feedback-visit-not-held = esta visita { $state ->
    [cancelled] está cancelada
    [unplaced] no tiene fechas asignadas
   *[unpublished] aún no está publicada
}: la opinión se da sobre una visita que tuvo lugar
refusal-feedback-not-ended = esta visita aún no ha terminado: termina el { $date } y la opinión se abre al día siguiente
refusal-feedback-no-dates = esta visita no tiene fechas
refusal-feedback-cohort-ended = la cohorte terminó el { $date }: ya no se puede dar ni cambiar la opinión
refusal-feedback-archived = la cohorte está archivada: no se puede dar ni cambiar la opinión mientras lo esté

## Why a round paired a Twin with a host (the report's sentence, in the reader's language)
why-paired = { $twin } se emparejó con { $host } porque { $reasons }.
why-cover = los puntos fuertes de { $host } cubren { $covered } { $needs ->
    [one] del único reto prioritario
   *[other] de los { $needs } retos prioritarios
} de { $twin } — { $list }
why-fit = los puntos fuertes de { $host } responden en parte a los retos de { $twin } (afinidad del { $fit } %)
why-rank = { $twin } pidió a { $host } en { $rank ->
    [1] primer
    [2] segundo
    [3] tercer
    [4] cuarto
   *[other] quinto
} lugar
why-feedback = los Twins de { $host } valoraron sus visitas con { $mean } de 5 ({ $n } { $n ->
    [one] respuesta
   *[other] respuestas
})
why-earlier-unmatched = { $twin } tuvo prioridad, por haberse quedado sin pareja en una ronda anterior del programa
why-room = ningún anfitrión más adecuado tenía plaza ({ $host } está a { $km } km)
why-and = { " y " }

# Refusals a city meets when what it acts on is closed.
refusal-cohort-archived = la cohorte está archivada (desde el { $date }) y es de solo lectura: escriba al equipo del programa si aún hay que cambiar algo
refusal-proposal-settled = las dos ciudades aceptaron esta pareja el { $date }: está cerrada y sus visitas se planifican a partir de ella. Para cambiarla, pídalo al equipo del programa, que puede volver a emparejar la cohorte

## El Plan de Replicación (página de una Ciudad Gemela)

city-plan = Plan de Replicación
city-plan-intro = El plan de su ciudad para integrar lo que aprendió de las prácticas de su anfitrión: sus acciones, quién las lleva, cuándo, con qué coste y cómo las medirá.
city-plan-open = Escribir o actualizar el Plan de Replicación
plan-title = Plan de Replicación de { $city }
plan-back = Volver a la página de su ciudad
plan-intro = Una acción por fila, cada una replica una de las prácticas de { $host }. Guarde un borrador cuando quiera; revíselo y envíelo cuando esté listo, hasta el { $date }.
plan-action = Acción { $n }
plan-field-title = Qué hará su ciudad
plan-field-practice = Práctica del anfitrión que replica
plan-choose-practice = Elija una práctica
plan-field-owner = Responsable
plan-hint-owner = Una persona o un cargo, p. ej. Equipo de clima
plan-field-starts = Fecha de inicio
plan-field-ends = Fecha de fin
plan-hint-date = AAAA-MM-DD, p. ej. 2026-09-01
plan-field-budget = Presupuesto estimado (EUR)
plan-hint-budget = En euros enteros, de 0 a { $max }
plan-field-status = Estado
plan-field-indicator = Indicador
plan-hint-indicator = Lo que medirá, p. ej. vecinos que participan en los talleres
plan-field-target = Meta
plan-hint-target = Un número, p. ej. 300 o 12,5
plan-field-unit = Unidad de la meta
plan-hint-unit = p. ej. personas, km, % de los desplazamientos
plan-remove = Quitar la acción { $n }
plan-add = Añadir otra acción
plan-save = Guardar borrador
plan-check = Continuar para revisar el plan
plan-hint-actions = Hasta { $max } acciones. Una fila vacía no se guarda.
plan-status-none = Su ciudad aún no ha empezado su plan.
plan-status-draft = La versión { $version } es un borrador: aún no se ha enviado.
plan-status-submitted = La versión { $version } se envió el { $date }: el equipo del programa la está revisando.
plan-status-changes = El equipo del programa pidió cambios en la versión { $version }: cambie el plan abajo y envíelo de nuevo.
plan-status-accepted = La versión { $version } se aceptó el { $date }. Mantenga al día el estado de cada acción: un cambio es una nueva versión que enviar.
plan-comment = Comentario del equipo del programa: { $comment }
plan-saved = Borrador guardado.
plan-submitted-notice = Plan enviado: versión { $version }. El equipo del programa lo revisará y recibirá un correo cuando lo haga.
plan-check-heading = Revise su plan antes de enviarlo
plan-check-intro = versión { $version }, { $n ->
    [one] una acción
   *[other] { $n } acciones
}, presupuesto estimado de { $budget } EUR en total.
plan-change = Cambiar el plan
plan-submit = Enviar el plan
plan-submit-hint = Una vez enviado, el plan es una versión numerada que revisa el equipo del programa. Puede cambiarlo después: cada cambio es una nueva versión.
plan-none-practices = El perfil de { $host } aún no indica ninguna práctica: cada acción nombra la práctica que replica, así que el plan podrá escribirse cuando lo haga.
plan-cannot-now = El plan no se puede cambiar ahora
plan-nothing-saved = No se guardó nada
action-status-planned = Prevista
action-status-started = Iniciada
action-status-done = Hecha
action-status-dropped = Abandonada
refusal-plan-too-many-actions = indique como máximo { $max } acciones (esta lista tiene { $n })
refusal-plan-no-action = indique al menos una acción para enviar
refusal-plan-missing = no puede estar vacío
refusal-plan-year = debe ser una fecha de { $first } a { $last }
refusal-plan-budget-missing = indique el presupuesto estimado en euros (0 si no hay)
refusal-plan-budget-range = { $n } está fuera de rango: un presupuesto va de 0 a { $max } euros
refusal-plan-target-missing = indique el valor que se quiere alcanzar
refusal-plan-not-a-target = "{ $value }" no es un número (p. ej. 25 o 12,5)
refusal-plan-practice-missing = elija la práctica del anfitrión que replica esta acción
refusal-plan-not-a-status = "{ $value }" no es un estado: use planned, started, done, dropped
refusal-plan-cohort-ended = la cohorte terminó el { $date }: el plan ya no se puede cambiar
refusal-plan-archived = la cohorte está archivada: el plan no se puede cambiar mientras lo esté

## Travel costs of a visit
costs-heading = Costes de viaje
costs-estimate = Estimación: { $amount } para { $people } en { $mode } ({ $route } km por trayecto a { $rate } por km, ida y vuelta: { $per } por viajero).
costs-travellers-assumed = El perfil no indica el tamaño de la delegación: se cuenta un viajero.
costs-cap = Límite de reembolso de esta visita: { $cap } ({ $per } por viajero).
costs-no-cap = La cohorte no fija límite de reembolso.
costs-estimate-over-cap = La estimación supera el límite.
costs-actual = Gastado, según { $city }: { $amount }.
costs-actual-over-cap = Por encima del límite.
costs-note-said = ({ $note })
costs-none-recorded = { $city } aún no ha registrado lo que gastó.
costs-record = Registrar lo gastado
costs-amount = Importe gastado, en euros
costs-amount-hint = El viaje de toda la delegación, ida y vuelta, por ejemplo 1250,50.
costs-note = Qué incluye
costs-note-hint = Por ejemplo, vuelos para 4 personas y trenes locales
costs-save = Guardar el importe
costs-saved = El importe gastado se ha guardado.
costs-archived = La cohorte está archivada: lo gastado ya no se puede cambiar.
refusal-amount-missing = indique un importe en euros, por ejemplo 350,50
refusal-not-an-amount = «{ $value }» no es un importe en euros: escriba por ejemplo 350 o 350,50, de 0 a { $max }

## The answer deadline of a proposal

refusal-proposal-expired = El plazo de respuesta de esta propuesta era el { $date }: ya no puede responderse. Consulte al equipo del programa, que puede volver a proponer la pareja.
city-answer-by = Responda antes del { $date }.
city-expired = El plazo de respuesta, el { $date }, ha pasado: ya no se puede responder a esta pareja aquí.

## The privacy notice (GDPR): short on each city form, at length on /privacy.
privacy-notice-heading = Sus datos personales.
privacy-notice-short = El programa conserva los nombres, direcciones de correo electrónico, funciones e idiomas de los contactos de su ciudad, los correos que se les envían y lo que su ciudad escribe en sus formularios, para gestionar el Programa de Aprendizaje por Hermanamiento e informar sobre él. Se conservan durante { $days } días después del fin de su cohorte y luego se anonimizan. Para pedir una copia de sus datos o su supresión, escriba al equipo del programa.
privacy-notice-link = Leer el aviso de privacidad completo
privacy-title = Aviso de privacidad
privacy-intro = Este aviso indica qué datos personales conserva el Programa de Aprendizaje por Hermanamiento de la Misión de Ciudades de la UE sobre las personas de las ciudades participantes, por qué, durante cuánto tiempo y cómo pedir una copia o su supresión.
privacy-what-heading = Qué se conserva
privacy-what = El nombre, la dirección de correo electrónico, la función y el idioma de cada contacto que una ciudad indica en su perfil; las invitaciones enviadas a la dirección de una ciudad; los correos que envía el programa (a quién y qué dicen); y lo que una ciudad escribe en sus formularios: su perfil, su valoración de las visitas, su Plan de Replicación (con los responsables de sus acciones) y sus gastos de viaje. Lo que hacen los gestores del programa queda anotado en un registro de auditoría.
privacy-why-heading = Por qué
privacy-why = Para gestionar el programa: formar las parejas de ciudades, planificar sus visitas, enviarles sus itinerarios y recordatorios, recibir sus valoraciones y planes e informar sobre el programa a su financiador. Los datos no se usan para nada más y solo se comparten con el equipo del programa y con las ciudades emparejadas con la suya.
privacy-how-long-heading = Durante cuánto tiempo
privacy-how-long = Los datos personales se conservan durante { $days } días después del fin de la cohorte a la que pertenecen. Después, el servicio los anonimiza: los nombres y direcciones de correo se sustituyen por un marcador anónimo y se eliminan los textos de los correos. Los perfiles, visitas, valoraciones y planes de las ciudades se mantienen, sin los nombres ni las direcciones de las personas, para que los informes del programa sigan siendo correctos.
privacy-rights-heading = Sus derechos: una copia o la supresión
privacy-rights = Puede pedir una copia de los datos personales que el programa conserva sobre usted, su rectificación o su supresión. Escriba al equipo del programa a la dirección indicada abajo, desde la dirección con la que el programa le conoce. La supresión sustituye su nombre y su dirección de correo, en todas partes, por un marcador anónimo; lo que su ciudad hizo en el programa se mantiene.
privacy-controller = Responsable del tratamiento de los datos: { $controller }
privacy-contact = Escriba a: { $contact }
