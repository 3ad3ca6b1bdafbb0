# Emails, datas, nomes contados e as linhas de programa que o serviço escreve.

## Datas

date-format-long = %A, %-d de %B de %Y
date-format-short = %-d de %B de %Y
date-format-day = %a, %-d %b
date-format-day-year = %a, %-d %b %Y
date-range-in-month = { $from } a { $to } de { $month } de { $year }
date-range = { $from } a { $to }
date-time = { $date }, às { $time } UTC
number-group-separator = space
number-decimal-separator = ,
amount-eur = { $amount } €

## Nomes contados

count-workdays = { $n ->
    [one] { $n } dia útil
   *[other] { $n } dias úteis
}
count-people = { $n ->
    [one] { $n } pessoa
   *[other] { $n } pessoas
}
count-days = { $n ->
    [one] { $n } dia
   *[other] { $n } dias
}
count-trips = { $n ->
    [one] { $n } viagem
   *[other] { $n } viagens
}
count-visits = { $n ->
    [one] { $n } visita
   *[other] { $n } visitas
}
count-hosts = { $n ->
    [one] { $n } anfitriã
   *[other] { $n } anfitriãs
}

## Todos os emails

mail-greeting = Caro(a) { $name },
mail-greeting-anonymous = Caros colegas,
mail-closing =
    Com os melhores cumprimentos,
    { $team }
mail-footer = Recebe este email como contacto de { $city } na { $cohort }.

## O programa de uma visita

mail-subject-planned = Visita técnica: { $guest } a { $host }, { $dates }
mail-subject-moved = Alterada: visita técnica { $guest } a { $host }, agora { $dates }
mail-subject-cancelled = Cancelada: visita técnica { $guest } a { $host }, { $dates }
mail-subject-updated = Novo programa: visita técnica { $guest } a { $host }, { $dates }
mail-lead-planned = Está prevista uma visita técnica: { $guest } visita { $host }, { $dates }.
mail-lead-moved = Esta visita mudou de datas: era { $old }, passa a ser { $new }.
mail-lead-cancelled = Esta visita foi cancelada: { $guest } não visitará { $host } em { $old }.
mail-lead-updated = O programa desta visita mudou; as datas mantêm-se: { $dates }. O novo programa está abaixo.
mail-you-travel = Viaja com a delegação de { $city }.
mail-you-host = Faz parte da equipa de { $city } que recebe a delegação.
mail-visit-outward = Viagem { $position } do par { $twin } – { $host }: { $days }, { $cohort }.
mail-visit-return = Visita de retorno { $position } do par { $twin } – { $host }: { $days }, { $cohort }.
mail-itinerary = Programa
mail-day = Dia { $day }, { $date }
mail-travel = Viagem
mail-travel-line = Cerca de { $km } km; sugerido: { $mode }; cerca de { $co2 } kg CO2e por viajante, ida e volta.
mail-delegation = Delegação: { $people }.
mode-rail = comboio
mode-air = avião
mail-contacts = Contactos
mail-travelling = { $city }, em viagem
mail-hosting = { $city }, anfitriã
mail-no-contact = ainda sem contacto
mail-calendar-request = O ficheiro de calendário em anexo (visit.ics) coloca a visita no seu calendário; quando a visita muda, a atualização substitui a mesma entrada.
mail-calendar-cancel = O ficheiro de calendário em anexo (visit.ics) retira a visita do seu calendário.

## Um par proposto

mail-subject-proposal = Par proposto: { $twin } com { $host }
mail-proposal-twin = Propõe-se que { $twin } aprenda com { $host } na { $cohort }.
mail-proposal-host = Propõe-se que { $host } receba { $twin } na { $cohort }.
mail-proposal-next = Abra a página da sua cidade (a ligação do convite que recebeu) para aceitar ou recusar o par. Quando ambas as partes aceitarem, o programa planeia as visitas técnicas e receberá o programa da visita.

## Um convite

mail-subject-invitation = Convite: { $cohort } do { $programme }
mail-invitation-lead = { $role ->
    [host] { $city } é convidada a participar na { $cohort } do { $programme } como anfitriã.
   *[twin] { $city } é convidada a participar na { $cohort } do { $programme } como cidade gémea (Twin City).
}
mail-invitation-link = Apresente a sua cidade (desafios, práticas, quando pode viajar e receber) na página da sua cidade. A ligação é válida até { $date }:
mail-invitation-new-link = Esta é uma nova ligação: a anterior deixou de funcionar.
mail-invitation-keep = Mantenha a ligação dentro da sua equipa: abre a página da sua cidade sem palavra-passe.

## O recibo de um perfil submetido

mail-subject-receipt = Perfil recebido: { $city }, { $cohort }
mail-receipt-lead = O perfil de { $city } para a { $cohort } foi submetido (versão { $version }, { $date }).
mail-receipt-reference = Referência: { $reference }
mail-receipt-next = Próximos passos: depois do fecho da candidatura, a { $date }, a equipa do programa forma os pares entre cidades gémeas e anfitriãs. Quando for proposto um par à sua cidade, recebe um email e responde na página da sua cidade.
mail-receipt-change = Pode alterar o perfil com a mesma ligação até { $date }; cada alteração é uma nova versão e recebe um novo recibo.

## As linhas de programa que o serviço escreve

agenda-to-be-arranged = A definir pelos anfitriões.
agenda-welcome = Boas-vindas e apresentações
agenda-welcome-detail = { $host } apresenta o seu trabalho; { $twin } apresenta os desafios que a trazem.
agenda-site-visit = Visita ao terreno: { $theme }
agenda-for-challenge = Para o desafio de { $twin }: { $theme }.
agenda-flagship = Uma das práticas de referência de { $host }.
agenda-wrap-up = Balanço: lições e próximos passos
agenda-wrap-up-detail = O que { $twin } leva para casa e o que a próxima visita deve abordar.
agenda-welcome-back = Boas-vindas por { $twin }
agenda-welcome-back-detail = Um percurso pelos desafios de { $twin } e pelos locais que lhes dizem respeito.
agenda-working-session = Sessão de trabalho: { $theme }
agenda-brings = { $host } partilha a sua experiência em { $theme }.
agenda-peer-view = { $host } dá o seu olhar de par.
agenda-peer-review = Revisão entre pares: recomendações de { $host }
agenda-peer-review-detail = { $host } resume o que viu e sugere próximos passos para { $twin }.

## Os temas da taxonomia

theme-energy = Energia
theme-buildings = Edifícios
theme-mobility = Mobilidade e transportes
theme-waste = Resíduos e economia circular
theme-nature = Uso do solo e soluções baseadas na natureza
theme-industry = Processos industriais
theme-governance = Governação e políticas
theme-finance = Finanças e financiamento
theme-technology = Tecnologia e infraestruturas
theme-social-innovation = Inovação social
theme-participation = Participação democrática
theme-data = Dados e digital
theme-learning = Aprendizagem e capacitação

## visit.ics

ics-summary = Visita técnica: { $guest } a { $host }
ics-description = { $label } ({ $days }). Viagem: { $km } km, sugerido: { $mode }, cerca de { $co2 } kg CO2e por viajante, ida e volta.
ics-day = Dia { $day } ({ $date }):

## As cartas de um Plano de Replicação

mail-subject-plan-submitted = Plano de Replicação recebido: { $city }, { $cohort }
mail-plan-submitted-lead = O Plano de Replicação de { $city } para { $cohort } foi submetido: versão { $version }, { $n ->
    [one] uma ação
   *[other] { $n } ações
}.
mail-plan-submitted-next = A equipa do programa analisa-o e escreve-lhe quando o aceitar ou pedir alterações. Pode lê-lo na página da sua cidade, com a ligação do seu convite.
mail-subject-plan-changes = Plano de Replicação: alterações pedidas, { $city } ({ $cohort })
mail-plan-changes-lead = A equipa do programa pede alterações à versão { $version } do Plano de Replicação de { $city }.
mail-plan-comment = O seu comentário: { $comment }
mail-plan-changes-next = Abra a página da sua cidade com a ligação do seu convite, altere o plano e submeta-o de novo: passa a ser uma nova versão.
mail-subject-plan-accepted = Plano de Replicação aceite: { $city }, { $cohort }
mail-plan-accepted-lead = A equipa do programa aceitou a versão { $version } do Plano de Replicação de { $city } para { $cohort }.
mail-plan-accepted-next = Mantenha o estado de cada ação atualizado na página da sua cidade: cada alteração que submeter é uma nova versão do plano.

## Reminders and the answer deadline of a proposal

mail-proposal-answer-by = Responda até { $date }. A equipa do programa envia-lhe um lembrete antes desse dia; depois dele, o par já não pode ser respondido e pode ser proposto de outra forma.
mail-reminder-link = Faz isto na página da sua cidade: abra a ligação do seu email de convite. Se não a encontrar, responda a este email e a equipa do programa envia-lhe uma nova.
mail-subject-reminder-profile = Lembrete: submeta o perfil de { $city } até { $date }
mail-reminder-profile = A candidatura de { $cohort } fecha a { $date } e o perfil de { $city } ainda não foi submetido: enquanto não for, { $city } não pode ser emparelhada.
mail-subject-reminder-proposal = Lembrete: responda ao par proposto { $twin } com { $host } até { $date }
mail-reminder-proposal = Em { $cohort }, { $twin } e { $host } são propostas como par, e { $city } ainda não respondeu. Aceite ou recuse o par até { $date }.
mail-subject-reminder-visit = Lembrete: { $guest } visita { $host }, { $dates }
mail-reminder-visit = A visita de { $guest } a { $host } começa dentro de { $days }: { $dates }.
mail-reminder-visit-calendar = O itinerário está abaixo, e o ficheiro de calendário em anexo contém a visita: abra-o para a acrescentar ao seu calendário.
mail-subject-reminder-feedback = Lembrete: como correu a visita de { $guest } a { $host }?
mail-reminder-feedback = A visita de { $guest } a { $host } ({ $dates }) terminou, e { $city } ainda não deu a sua opinião: qual a sua utilidade, o que aprendeu, que práticas pretende replicar. Pode dá-la, ou alterá-la, até { $date }.

mail-subject-reminder-plan = Lembrete: submeta o Plano de Replicação de { $city } até { $date }
mail-reminder-plan = { $cohort } termina a { $date } e o Plano de Replicação de { $city } ainda não foi submetido: é o que { $city } leva da geminação, as ações que vai replicar das práticas da cidade anfitriã. Submeta-o, ou as alterações pedidas pela equipa do programa, antes dessa data.
