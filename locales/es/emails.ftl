# Correos, fechas, sustantivos contados y las líneas de programa que escribe el servicio.

## Fechas

date-format-long = %A, %-d de %B de %Y
date-format-short = %-d de %B de %Y
date-format-day = %a %-d %b
date-format-day-year = %a %-d %b %Y
date-range-in-month = del { $from } al { $to } de { $month } de { $year }
date-range = del { $from } al { $to }
date-time = { $date } a las { $time } UTC
number-group-separator = .
number-decimal-separator = ,
amount-eur = { $amount } €

## Sustantivos contados

count-workdays = { $n ->
    [one] { $n } día laborable
   *[other] { $n } días laborables
}
count-people = { $n ->
    [one] { $n } persona
   *[other] { $n } personas
}
count-days = { $n ->
    [one] { $n } día
   *[other] { $n } días
}
count-trips = { $n ->
    [one] { $n } viaje
   *[other] { $n } viajes
}
count-visits = { $n ->
    [one] { $n } visita
   *[other] { $n } visitas
}
count-hosts = { $n ->
    [one] { $n } anfitriona
   *[other] { $n } anfitrionas
}

## Todos los correos

mail-greeting = Estimado/a { $name }:
mail-greeting-anonymous = Estimados colegas:
mail-closing =
    Atentamente,
    { $team }
mail-footer = Recibe este correo como contacto de { $city } en { $cohort }.

## El programa de una visita

mail-subject-planned = Visita técnica: { $guest } a { $host }, { $dates }
mail-subject-moved = Cambio de fechas: visita técnica { $guest } a { $host }, ahora { $dates }
mail-subject-cancelled = Cancelada: visita técnica { $guest } a { $host }, { $dates }
mail-subject-updated = Nuevo programa: visita técnica { $guest } a { $host }, { $dates }
mail-lead-planned = Hay una visita técnica prevista: { $guest } visita { $host }, { $dates }.
mail-lead-moved = Esta visita ha cambiado de fechas: era { $old }, ahora es { $new }.
mail-lead-cancelled = Esta visita se ha cancelado: { $guest } no visitará { $host } { $old }.
mail-lead-updated = El programa de esta visita ha cambiado; las fechas siguen siendo { $dates }. El nuevo programa figura a continuación.
mail-you-travel = Viaja con la delegación de { $city }.
mail-you-host = Forma parte del equipo de { $city } que recibe a la delegación.
mail-visit-outward = Viaje { $position } de la pareja { $twin } – { $host }: { $days }, { $cohort }.
mail-visit-return = Visita de vuelta { $position } de la pareja { $twin } – { $host }: { $days }, { $cohort }.
mail-itinerary = Programa
mail-day = Día { $day }, { $date }
mail-travel = Viaje
mail-travel-line = Unos { $km } km; se sugiere: { $mode }; unos { $co2 } kg de CO2e por viajero, ida y vuelta.
mail-delegation = Delegación: { $people }.
mode-rail = tren
mode-air = avión
mail-contacts = Contactos
mail-travelling = { $city }, de viaje
mail-hosting = { $city }, anfitriona
mail-no-contact = aún sin contacto
mail-calendar-request = El archivo de calendario adjunto (visit.ics) añade la visita a su calendario; cuando la visita cambia, la actualización sustituye la misma entrada.
mail-calendar-cancel = El archivo de calendario adjunto (visit.ics) elimina la visita de su calendario.

## Una pareja propuesta

mail-subject-proposal = Pareja propuesta: { $twin } con { $host }
mail-proposal-twin = Se propone que { $twin } aprenda de { $host } en { $cohort }.
mail-proposal-host = Se propone que { $host } reciba a { $twin } en { $cohort }.
mail-proposal-next = Abra la página de su ciudad (el enlace de la invitación que recibió) para aceptar o rechazar la pareja. Cuando ambas partes acepten, el programa planifica las visitas técnicas y usted recibirá el programa de la visita.

## Una invitación

mail-subject-invitation = Invitación: { $cohort } del { $programme }
mail-invitation-lead = { $role ->
    [host] { $city } está invitada a participar en { $cohort } del { $programme } como ciudad anfitriona.
   *[twin] { $city } está invitada a participar en { $cohort } del { $programme } como ciudad gemela (Twin City).
}
mail-invitation-link = Preséntenos su ciudad (retos, prácticas, cuándo puede viajar y recibir) en la página de su ciudad. El enlace es válido hasta el { $date }:
mail-invitation-new-link = Este es un enlace nuevo: el anterior ya no funciona.
mail-invitation-keep = No comparta el enlace fuera de su equipo: abre la página de su ciudad sin contraseña.

## El acuse de recibo de un perfil enviado

mail-subject-receipt = Perfil recibido: { $city }, { $cohort }
mail-receipt-lead = El perfil de { $city } para { $cohort } se ha enviado (versión { $version }, { $date }).
mail-receipt-reference = Referencia: { $reference }
mail-receipt-next = Próximos pasos: tras el cierre de la convocatoria el { $date }, el equipo del programa forma las parejas entre ciudades gemelas y anfitrionas. Cuando se proponga una pareja a su ciudad, recibirá un correo y la responderá en la página de su ciudad.
mail-receipt-change = Puede modificar el perfil con el mismo enlace hasta el { $date }; cada cambio es una nueva versión y recibirá un nuevo acuse de recibo.

## Las líneas de programa que escribe el servicio

agenda-to-be-arranged = Por concretar por los anfitriones.
agenda-welcome = Bienvenida y presentaciones
agenda-welcome-detail = { $host } presenta su trabajo; { $twin } presenta los retos que la traen.
agenda-site-visit = Visita sobre el terreno: { $theme }
agenda-for-challenge = Para el reto de { $twin }: { $theme }.
agenda-flagship = Una de las prácticas emblemáticas de { $host }.
agenda-wrap-up = Cierre: lecciones y próximos pasos
agenda-wrap-up-detail = Lo que { $twin } se lleva a casa y lo que debería abordar la próxima visita.
agenda-welcome-back = Bienvenida a cargo de { $twin }
agenda-welcome-back-detail = Un recorrido por los retos de { $twin } y los lugares que afectan.
agenda-working-session = Sesión de trabajo: { $theme }
agenda-brings = { $host } aporta su experiencia en { $theme }.
agenda-peer-view = { $host } ofrece la mirada de un par.
agenda-peer-review = Revisión entre pares: recomendaciones de { $host }
agenda-peer-review-detail = { $host } resume lo que ha visto y propone próximos pasos para { $twin }.

## Los temas de la taxonomía

theme-energy = Energía
theme-buildings = Edificios
theme-mobility = Movilidad y transporte
theme-waste = Residuos y economía circular
theme-nature = Uso del suelo y soluciones basadas en la naturaleza
theme-industry = Procesos industriales
theme-governance = Gobernanza y políticas
theme-finance = Finanzas y financiación
theme-technology = Tecnología e infraestructuras
theme-social-innovation = Innovación social
theme-participation = Participación democrática
theme-data = Datos y digitalización
theme-learning = Aprendizaje y capacidades

## visit.ics

ics-summary = Visita técnica: { $guest } a { $host }
ics-description = { $label } ({ $days }). Viaje: { $km } km, se sugiere: { $mode }, unos { $co2 } kg de CO2e por viajero, ida y vuelta.
ics-day = Día { $day } ({ $date }):

## Las cartas de un Plan de Replicación

mail-subject-plan-submitted = Plan de Replicación recibido: { $city }, { $cohort }
mail-plan-submitted-lead = El Plan de Replicación de { $city } para { $cohort } está enviado: versión { $version }, { $n ->
    [one] una acción
   *[other] { $n } acciones
}.
mail-plan-submitted-next = El equipo del programa lo revisa y le escribe cuando lo acepte o cuando pida cambios. Puede leerlo en la página de su ciudad, con el enlace de su invitación.
mail-subject-plan-changes = Plan de Replicación: cambios solicitados, { $city } ({ $cohort })
mail-plan-changes-lead = El equipo del programa pide cambios en la versión { $version } del Plan de Replicación de { $city }.
mail-plan-comment = Su comentario: { $comment }
mail-plan-changes-next = Abra la página de su ciudad con el enlace de su invitación, cambie el plan y envíelo de nuevo: será una nueva versión.
mail-subject-plan-accepted = Plan de Replicación aceptado: { $city }, { $cohort }
mail-plan-accepted-lead = El equipo del programa aceptó la versión { $version } del Plan de Replicación de { $city } para { $cohort }.
mail-plan-accepted-next = Mantenga al día el estado de cada acción en la página de su ciudad: cada cambio que envíe es una nueva versión del plan.

## Reminders and the answer deadline of a proposal

mail-proposal-answer-by = Responda antes del { $date }. El equipo del programa le enviará un recordatorio antes de ese día; después, la pareja ya no podrá responderse y podrá proponerse de otra manera.
mail-reminder-link = Lo hace en la página de su ciudad: abra el enlace de su correo de invitación. Si no lo encuentra, responda a este correo y el equipo del programa le enviará uno nuevo.
mail-subject-reminder-profile = Recordatorio: envíe el perfil de { $city } antes del { $date }
mail-reminder-profile = La convocatoria de { $cohort } cierra el { $date } y el perfil de { $city } aún no se ha enviado: mientras no se envíe, { $city } no puede emparejarse.
mail-subject-reminder-proposal = Recordatorio: responda a la pareja propuesta { $twin } con { $host } antes del { $date }
mail-reminder-proposal = En { $cohort }, { $twin } y { $host } se proponen como pareja, y { $city } aún no ha respondido. Acepte o rechace la pareja antes del { $date }.
mail-subject-reminder-visit = Recordatorio: { $guest } visita { $host }, { $dates }
mail-reminder-visit = La visita de { $guest } a { $host } empieza dentro de { $days }: { $dates }.
mail-reminder-visit-calendar = El itinerario está abajo, y el archivo de calendario adjunto contiene la visita: ábralo para añadirla a su calendario.
mail-subject-reminder-feedback = Recordatorio: ¿cómo fue la visita de { $guest } a { $host }?
mail-reminder-feedback = La visita de { $guest } a { $host } ({ $dates }) ha terminado, y { $city } aún no ha dado su opinión: qué utilidad tuvo, qué aprendió, qué prácticas piensa replicar. Puede darla, o cambiarla, hasta el { $date }.

mail-subject-reminder-plan = Recordatorio: envíe el Plan de Replicación de { $city } antes del { $date }
mail-reminder-plan = { $cohort } termina el { $date } y el Plan de Replicación de { $city } aún no se ha enviado: es lo que { $city } se lleva del hermanamiento, las acciones que replicará de las prácticas de su anfitriona. Envíelo, o los cambios que pidió el equipo del programa, antes de esa fecha.
