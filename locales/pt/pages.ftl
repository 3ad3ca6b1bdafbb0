# As páginas que uma cidade abre com a ligação do seu convite, e as páginas de erro.

## Todas as páginas

lang-switch = Idioma
page-optional = (opcional)
page-error = Erro:
page-problem = Há um problema
page-up-to = Até { $n } caracteres

## O que correu mal

error-not-found-title = Esta página não existe
error-not-found-text = O endereço está errado, ou a ligação já não funciona. Se uma ligação de convite deixou de funcionar, peça uma nova à equipa do programa.
error-home = Ir para a página inicial
error-csrf-title = Não foi possível aceitar o formulário
error-csrf-text = Esteve aberto demasiado tempo, ou não veio deste sítio. Nada foi guardado: volte atrás, recarregue a página e envie-o de novo.
error-refused-title = Isto não é possível
error-refused-text = { $why }. Nada foi alterado: volte à página de onde veio.
error-unavailable-title = Tente de novo daqui a pouco
error-unavailable-text = O serviço está ocupado ou a sua base de dados não está acessível. Nada foi guardado.
error-internal-title = Algo correu mal
error-internal-text = Algo correu mal do nosso lado; o erro foi registado. Nada ficou guardado a meio.

## Estados

status-invited = convidada
status-draft = rascunho
status-submitted = submetido
status-late = em atraso
answer-pending = ainda sem resposta
answer-accepted = aceite
answer-declined = recusado
pair-proposed = proposto
pair-accepted = aceite
pair-declined = recusado
visit-unplaced = sem datas
visit-draft = rascunho
visit-planned = prevista
visit-confirmed = confirmada
visit-cancelled = cancelada
partner-twin = Cidade gémea (Twin City)
partner-mission = Cidade da Missão
partner-pilot = Atividade de Cidade Piloto

## A página da cidade

city-title = { $city }: perfil para a { $cohort }
city-heading = { $role ->
    [host] { $city }: o seu perfil como anfitriã
   *[twin] { $city }: o seu perfil como cidade gémea
}
city-call-closed = { $cohort }. A candidatura fechou a { $date }.
city-call-open = { $cohort }. Pode alterar o seu perfil até { $date }.
city-status = Estado:
city-submitted-on = Submetido a { $at } (versão { $version }).
city-last-saved = Guardado pela última vez a { $at } (versão { $version }).
city-saved-draft = O seu rascunho está guardado. Volte com a mesma ligação para continuar.
city-saved-answer = A sua resposta ficou registada. Obrigado.
city-proposals = O par proposto
# Between the two names of a pair, each in bold: "Cascais with Aarhus".
city-pair-with = com
city-pair-state = Estado: { $state } (cidade gémea: { $twin }, anfitriã: { $host }).
city-partner = O seu par: { $partner }
city-partner-role = Papel
city-partner-city = Cidade
city-partner-about = { $city } ({ $country }), cerca de { $population } habitantes; a { $km } km de si, viagem sugerida de { $mode }. Cerca de { $co2 } kg de CO₂e por viajante, ida e volta.
city-why = Porque foram emparelhadas
city-why-team = A equipa do programa escolheu este par.
city-matched = Desafios correspondidos: { $themes }.
city-accepted-on = Ambas as cidades aceitaram a { $date }. A equipa do programa está agora a planear as vossas visitas.
city-you-declined = Recusou este par.
city-you-declined-because = Recusou este par: «{ $reason }».
city-they-declined = { $who } recusou este par.
city-they-declined-because = { $who } recusou este par: «{ $reason }».
city-look-again = A equipa do programa vai procurar outro par.
city-accepting = O que significa aceitar
city-accepting-plan = Se ambas as cidades aceitarem, a equipa do programa planeia as visitas técnicas do par: { $trips } da cidade gémea à anfitriã e { $visits } de retorno, cada uma de { $days }.
city-accepting-plan-modules = Se ambas as cidades aceitarem, a equipa do programa planeia as visitas técnicas do par: { $trips } da cidade gémea à anfitriã e { $visits } de retorno, cada uma de { $days }, nos módulos da edição ({ $modules }).
city-accepting-emails = Os participantes de cada parte recebem os programas por email.
city-you-accepted = Aceitou; a outra parte ainda não respondeu. Ainda pode mudar a sua resposta.
city-decline-why = Se recusar, porquê
city-accept = Aceitar
city-decline = Recusar
city-visits = As suas visitas
city-calendar = Adicione-as ao seu calendário
city-calendar-intro = As suas visitas têm um feed de calendário; subscreva-o e o seu calendário acompanha cada alteração:
city-calendar-subscribe = Subscrever na sua aplicação de calendário
city-calendar-howto = Ou copie o endereço acima e cole-o onde a sua aplicação de calendário adiciona um calendário «a partir de URL» ou «por subscrição» (Outlook: Adicionar calendário, Subscrever a partir da Web; Google Calendar: Outros calendários, A partir de URL). Mantenha-o privado: tal como a ligação do convite, quem o tiver pode ver as suas visitas.
city-nothing-saved = Nada foi guardado
city-call-closed-refusal = A candidatura fechou a { $date }: o perfil já não pode ser alterado.
city-already-submitted = Este perfil já tinha sido submetido: nada foi submetido nem enviado de novo. Eis o que foi recebido.
city-saved-meanwhile = O seu perfil foi guardado noutro lado depois de verificar estas respostas, por isso não foram submetidas. As suas respostas estão abaixo: verifique-as e submeta de novo.
city-what-you-submitted = O que submeteu
city-check-and-submit = Verificar e submeter as alterações
city-save-draft = Guardar rascunho
city-continue = Continuar para verificar as respostas

## O formulário do perfil

form-required = Para submeter, preencha todos os campos não marcados (opcional); numa lista, os campos de cada linha que usar. Pode guardar um rascunho a qualquer momento.
form-organisation = Organização
form-organisation-hint = O município ou o departamento que participa
form-population = População
form-population-hint = Habitantes, um número inteiro (por exemplo 214000)
form-languages = Línguas de trabalho
form-languages-hint = Códigos ISO 639-1 separados por vírgulas, por exemplo pt, en
form-coastal = No litoral
form-not-said = Não indicado
form-yes = Sim
form-no = Não
form-climate-zone = Zona climática
climate-mediterranean = Mediterrânica
climate-oceanic = Oceânica (atlântica)
climate-continental = Continental
climate-nordic = Nórdica (boreal)
climate-alpine = Alpina (montanha)
climate-arid = Árida ou semiárida
form-capacity = Cidades gémeas que pode receber
form-capacity-hint = Um número inteiro, de 1 a { $max }
form-delegation-size = Pessoas numa delegação
form-delegation-size-hint = Quantas pessoas viajam numa visita, de 1 a { $max }
form-participants = Participantes
form-participants-hint = As pessoas que participam: recebem os programas das visitas. Deixe uma linha vazia se precisar de menos.
form-participant-name = Participante { $n }: nome
form-participant-email = Participante { $n }: email
form-participant-role = Participante { $n }: função
form-participant-language = Participante { $n }: língua
form-participant-language-hint = ISO 639-1, por omissão en
form-challenges = Desafios sobre os quais quer aprender
form-challenges-hint = Cada um num domínio de emissões e numa alavanca de mudança; prioridade 1 é a mais importante.
form-practices = Práticas que pode mostrar
form-practices-hint = Cada uma num domínio de emissões e numa alavanca de mudança; prioridade 1 é a mais forte.
form-theme-domain = { $role ->
    [host] Prática { $n }: domínio de emissões
   *[twin] Desafio { $n }: domínio de emissões
}
form-theme-lever = { $role ->
    [host] Prática { $n }: alavanca de mudança
   *[twin] Desafio { $n }: alavanca de mudança
}
form-theme-priority = { $role ->
    [host] Prática { $n }: prioridade
   *[twin] Desafio { $n }: prioridade
}
form-theme-description = { $role ->
    [host] Prática { $n }: em poucas palavras
   *[twin] Desafio { $n }: em poucas palavras
}
form-choose = Escolha
form-priority-highest = 1 (a mais alta)
form-interests = Anfitriãs que lhe interessam (opcional)
form-interests-hint = Ordene até { $hosts }, primeiro aquela com que mais quer aprender.
form-no-host-yet = Ainda nenhuma anfitriã aderiu a esta edição. Pode voltar e ordená-las mais tarde.
form-hosts-show = O que cada anfitriã pode mostrar
form-not-submitted-yet = Ainda não submetido.
form-choice = Escolha { $n }
form-no-host = Nenhuma anfitriã
form-unavailable = Quando não pode viajar nem receber (opcional)
form-period-first = Período { $n }: primeiro dia
form-period-last = Período { $n }: último dia
form-period-applies = Período { $n }: a sua cidade
form-period-why = Período { $n }: motivo
applies-both = não pode viajar nem receber
applies-travel = não pode viajar
applies-host = não pode receber

## O que o formulário recusa

refusal-out-of-range = { $n } está fora do intervalo: { $what ->
    [population] uma população
    [capacity] a capacidade de uma anfitriã
    [delegation] uma delegação
   *[priority] uma prioridade
} vai de { $min } a { $max }
refusal-not-a-number = «{ $value }» não é um número inteiro
refusal-too-long = deve ter no máximo { $max } caracteres
refusal-one-line = deve ficar numa só linha (sem quebras de linha)
refusal-control-character = não pode conter o carácter de controlo invisível { $code }
refusal-date-missing = indique uma data (AAAA-MM-DD)
refusal-not-a-date = «{ $value }» não é uma data: escreva-a como AAAA-MM-DD, por exemplo 2025-08-01
refusal-not-yes-no = «{ $value }» não é uma resposta: use sim ou não
refusal-not-a-climate-zone = «{ $value }» não é uma zona climática: escolha uma da lista
refusal-capacity-twin = só uma anfitriã indica quantas cidades gémeas pode receber: deixe este campo vazio
refusal-list-too-long = indique no máximo { $max } { $what ->
    [contacts] participantes
    [themes] temas
    [interests] anfitriãs para ordenar
   *[unavailable] períodos
} (esta lista tem { $n })
refusal-contact-name = indique o nome do participante
refusal-email-missing = indique um endereço de email
refusal-not-an-email = «{ $value }» não é um endereço de email (nome@exemplo.pt)
refusal-email-twice = este endereço já está indicado acima
refusal-too-many-languages = indique no máximo { $max } línguas (esta lista tem { $n })
refusal-not-a-language = «{ $value }» não é um código de língua ISO 639-1 (por exemplo en, pt, da)
refusal-choose-domain = escolha um domínio de emissões
refusal-not-a-domain = «{ $value }» não é um domínio de emissões
refusal-choose-lever = escolha uma alavanca de mudança
refusal-not-a-lever = «{ $value }» não é uma alavanca de mudança
refusal-theme-twice = este domínio e esta alavanca já foram escolhidos acima: descreva ambos numa só linha
refusal-choose-first-host = Escolha a anfitriã com que mais quer aprender
refusal-choose-host-n = Preencha a escolha { $n } ou suba as anfitriãs seguintes
refusal-interests-host = só uma cidade gémea indica as anfitriãs que lhe interessam
refusal-not-a-host = «{ $value }» não é uma anfitriã desta edição
refusal-host-twice = esta anfitriã já está ordenada acima
refusal-ends-before = { $last } é anterior ao primeiro dia, { $first }
refusal-not-applies = «{ $value }» não é nenhum de both, travel, host
refusal-organisation-missing = indique o nome da organização para submeter
refusal-population-missing = indique a população para submeter
refusal-languages-missing = indique pelo menos uma língua de trabalho para submeter (por exemplo pt)
refusal-delegation-missing = indique quantas pessoas viajam numa delegação para submeter
refusal-contacts-missing = indique pelo menos um participante para submeter
refusal-challenges-missing = escolha pelo menos um desafio sobre o qual quer aprender para submeter
refusal-practices-missing = escolha pelo menos uma prática que pode mostrar para submeter
refusal-capacity-missing = indique quantas cidades gémeas pode receber para submeter

## Verificar as respostas

check-title = Verifique as suas respostas: { $city }
check-heading = Verifique as suas respostas antes de submeter
check-intro = { $role ->
    [host] { $city }, anfitriã na { $cohort }. Nada é submetido até escolher Submeter no fim desta página.
   *[twin] { $city }, cidade gémea na { $cohort }. Nada é submetido até escolher Submeter no fim desta página.
}
check-change = Alterar
check-not-given = Não indicado
check-participant = Participante { $n }
check-emails-in = emails em { $language }
check-theme = { $role ->
    [host] Prática { $n }
   *[twin] Desafio { $n }
}
check-theme-answer = { $domain } × { $lever }, prioridade { $priority }
check-interests = Anfitriãs que lhe interessam
check-choices = Escolhas
check-none-ranked = Nenhuma ordenada
check-periods = Períodos
check-none-given = Nenhum indicado
check-period = Período { $n }
check-period-answer = De { $from } a { $to }: { $applies ->
    [travel] não pode viajar
    [host] não pode receber
   *[both] não pode viajar nem receber
}
check-submit-heading = Agora submeta o seu perfil
check-submit-text = Ao submeter, confirma que estas respostas estão corretas para { $city }. Um recibo segue para os participantes indicados acima.
check-replaces = Esta submissão substitui a que fez antes.
check-submit = Submeter

## Submetido

submitted-title = Perfil submetido: { $city }
submitted-heading = Perfil submetido
submitted-reference = A sua referência:
submitted-version = Versão { $version } do perfil de { $city }, submetida a { $at }.
submitted-receipt = Enviámos um recibo para { $addresses }.
submitted-next = Próximos passos
submitted-next-pairs = Depois do fecho da candidatura, a { $date }, a equipa do programa forma os pares entre cidades gémeas e anfitriãs.
submitted-next-proposal = Quando for proposto um par a { $city }, os participantes recebem um email; aceita ou recusa o par na página da sua cidade.
submitted-next-visits = Quando ambas as cidades aceitarem, as visitas técnicas são planeadas nos módulos da edição e os programas enviados.
submitted-change = Pode alterar o perfil até { $date }: cada alteração é uma nova versão, submetida da mesma forma.
submitted-back = Voltar à página da sua cidade

## Uma visita, vista pelas suas cidades

visit-back = O seu perfil e as suas visitas
visit-heading = Visita técnica do par { $twin } – { $host }
visit-label = { $direction ->
    [outward] { $guest } a { $host }, viagem { $position }
   *[return] { $guest } a { $host }, visita de retorno { $position }
}
visit-when = { $from } a { $to }
visit-not-placed = Ainda sem datas.
visit-days-in = { $days } em { $city }
visit-status = estado: { $status }
visit-changed = (alterada desde que foi publicada)
visit-agenda = Programa
visit-day = Dia { $day }
visit-travel = Viagem
visit-travel-line = De { $guest } a { $host }: { $km } km em linha reta; sugerido: { $mode } ({ $route } km em cada sentido). Cerca de { $co2 } kg CO₂e por viajante, ida e volta ({ $factor } kg por passageiro-km, { $source }).
visit-travel-delegation = Uma delegação de { $people }: cerca de { $co2 } kg.
visit-contacts = Contactos
visit-delegation-from = Delegação de { $city }
visit-hosting-team = Equipa anfitriã em { $city }
visit-none-given = Ainda nenhum indicado.
visit-edit-agenda = Editar o programa
visit-agenda-field = Programa
visit-agenda-hint = Um item por linha: dia | o que acontece | pormenores (opcional).
visit-save-agenda = Guardar o programa
visit-saved-agenda = O programa está guardado.
city-feedback-give = Dar a sua opinião
city-feedback-change = Alterar a sua opinião

## Opinião depois de uma visita

feedback-title = { $city }: opinião sobre { $visit }
feedback-back = Voltar ao seu perfil e às suas visitas
feedback-heading = { $city }: a sua opinião sobre a visita
feedback-with = { $visit }, com { $host }.
feedback-open-until = Pode alterar a sua opinião até { $date }, quando a coorte termina.
feedback-saved = A sua opinião foi guardada. Obrigado. Pode alterá-la até { $date }.
feedback-nothing-saved = Nada foi guardado
feedback-cannot-now = De momento não é possível dar a sua opinião
feedback-usefulness = Qual foi a utilidade da visita para a sua cidade?
feedback-usefulness-hint = De 1 (nada útil) a 5 (extremamente útil).
feedback-usefulness-choice = { $n ->
    [1] 1 – nada útil
    [2] 2 – pouco útil
    [3] 3 – útil
    [4] 4 – muito útil
   *[5] 5 – extremamente útil
}
feedback-learnt = O que aprendeu a sua cidade?
feedback-learnt-hint = Até { $n } caracteres.
feedback-practices = Que práticas de { $host } tenciona replicar?
feedback-practices-none = { $host } ainda não submeteu as práticas que apresenta.
feedback-practices-hint = Selecione todas as que se aplicam.
feedback-recommend = Recomendaria { $host } como cidade anfitriã a outras cidades?
feedback-yes = Sim
feedback-no = Não
feedback-follow-up = Que seguimento gostaria de ter?
follow-up-online = Uma sessão online
follow-up-visit = Outra visita
follow-up-none = Nenhum seguimento
feedback-save-changes = Guardar as alterações
feedback-send = Enviar a sua opinião
feedback-yours = A sua opinião
feedback-field-usefulness = Utilidade da visita
feedback-field-learnt = O que aprendeu
feedback-field-practices = Práticas a replicar
feedback-field-recommend = Recomendação do anfitrião
feedback-field-follow-up = Seguimento
feedback-usefulness-of = { $n } em 5
feedback-none-chosen = Nenhuma escolhida
feedback-summary-line = { $field }: { $message }
refusal-feedback-usefulness-missing = indique a utilidade da visita, de 1 (nada útil) a 5 (muito útil)
refusal-feedback-usefulness-range = deve ser um número inteiro de 1 (nada útil) a 5 (muito útil)
refusal-feedback-learnt-missing = diga o que a sua cidade aprendeu nesta visita
refusal-feedback-learnt-too-long = deve ter no máximo { $max } caracteres (tem { $n })
refusal-feedback-too-many-practices = { $n } práticas são demasiadas: o anfitrião apresenta { $offered }
refusal-feedback-not-a-practice-none = «{ $value }» não é uma prática do anfitrião: o perfil do anfitrião não indica nenhuma
refusal-feedback-not-a-practice = «{ $value }» não é uma prática do anfitrião: use { $ids }
refusal-feedback-recommend-missing = diga se recomendaria o anfitrião
refusal-feedback-yes-or-no = deve ser sim ou não
refusal-feedback-follow-up-missing = escolha o seguimento que pretende: uma sessão online, outra visita ou nenhum
refusal-feedback-not-a-follow-up = «{ $value }» não é um seguimento: use online, visit ou none
refusal-feedback-visit-not-held = esta visita { $state ->
    [cancelled] foi cancelada
    [unplaced] não tem datas marcadas
   *[unpublished] ainda não foi publicada
}: a opinião é dada sobre uma visita que se realizou
refusal-feedback-not-ended = esta visita ainda não terminou: termina a { $date } e a opinião pode ser dada a partir do dia seguinte
refusal-feedback-no-dates = esta visita não tem datas
refusal-feedback-cohort-ended = a coorte terminou a { $date }: a opinião já não pode ser dada nem alterada
refusal-feedback-archived = a coorte está arquivada: a opinião não pode ser dada nem alterada enquanto assim estiver

## Why a round paired a Twin with a host (the report's sentence, in the reader's language)
why-paired = { $twin } foi emparelhada com { $host } porque { $reasons }.
why-cover = os pontos fortes de { $host } cobrem { $covered } { $needs ->
    [one] do único desafio prioritário
   *[other] dos { $needs } desafios prioritários
} de { $twin } — { $list }
why-fit = os pontos fortes de { $host } respondem em parte aos desafios de { $twin } (adequação de { $fit } %)
why-rank = { $twin } pediu { $host } em { $rank ->
    [1] primeiro
    [2] segundo
    [3] terceiro
    [4] quarto
   *[other] quinto
} lugar
why-feedback = os Twins de { $host } avaliaram as suas visitas em { $mean } de 5 ({ $n } { $n ->
    [one] resposta
   *[other] respostas
})
why-earlier-unmatched = { $twin } teve prioridade, por ter ficado sem par numa ronda anterior do programa
why-room = nenhum anfitrião mais adequado tinha vaga ({ $host } fica a { $km } km)
why-and = { " e " }

# Refusals a city meets when what it acts on is closed.
refusal-cohort-archived = a coorte está arquivada (desde { $date }) e só pode ser consultada: escreva à equipa do programa se algo ainda tiver de mudar
refusal-proposal-settled = as duas cidades aceitaram este par em { $date }: está decidido e as visitas são planeadas a partir dele. Para o mudar, peça à equipa do programa, que pode refazer o emparelhamento da coorte

## O Plano de Replicação (página de uma Cidade Gémea)

city-plan = Plano de Replicação
city-plan-intro = O plano da sua cidade para integrar o que aprendeu com as práticas do anfitrião: as ações, quem as conduz, quando, com que custo e como as vai medir.
city-plan-open = Escrever ou atualizar o Plano de Replicação
plan-title = Plano de Replicação de { $city }
plan-back = Voltar à página da sua cidade
plan-intro = Uma ação por linha, cada uma a replicar uma das práticas de { $host }. Guarde um rascunho quando quiser; verifique-o e submeta-o quando estiver pronto, até { $date }.
plan-action = Ação { $n }
plan-field-title = O que a sua cidade vai fazer
plan-field-practice = Prática do anfitrião que replica
plan-choose-practice = Escolha uma prática
plan-field-owner = Responsável
plan-hint-owner = Uma pessoa ou uma função, p. ex. Equipa do clima
plan-field-starts = Data de início
plan-field-ends = Data de fim
plan-hint-date = AAAA-MM-DD, p. ex. 2026-09-01
plan-field-budget = Orçamento estimado (EUR)
plan-hint-budget = Em euros inteiros, de 0 a { $max }
plan-field-status = Estado
plan-field-indicator = Indicador
plan-hint-indicator = O que vai medir, p. ex. residentes que participam nas oficinas
plan-field-target = Meta
plan-hint-target = Um número, p. ex. 300 ou 12,5
plan-field-unit = Unidade da meta
plan-hint-unit = p. ex. pessoas, km, % das deslocações
plan-remove = Remover a ação { $n }
plan-add = Acrescentar outra ação
plan-save = Guardar rascunho
plan-check = Continuar para verificar o plano
plan-hint-actions = Até { $max } ações. Uma linha deixada vazia não é guardada.
plan-status-none = A sua cidade ainda não começou o plano.
plan-status-draft = A versão { $version } é um rascunho: ainda não foi submetida.
plan-status-submitted = A versão { $version } foi submetida em { $date }: a equipa do programa está a analisá-la.
plan-status-changes = A equipa do programa pediu alterações à versão { $version }: altere o plano abaixo e submeta-o de novo.
plan-status-accepted = A versão { $version } foi aceite em { $date }. Mantenha o estado de cada ação atualizado: uma alteração é uma nova versão a submeter.
plan-comment = Comentário da equipa do programa: { $comment }
plan-saved = Rascunho guardado.
plan-submitted-notice = Plano submetido: versão { $version }. A equipa do programa vai analisá-lo e receberá um email quando o fizer.
plan-check-heading = Verifique o plano antes de o submeter
plan-check-intro = versão { $version }, { $n ->
    [one] uma ação
   *[other] { $n } ações
}, orçamento estimado de { $budget } EUR no total.
plan-change = Alterar o plano
plan-submit = Submeter o plano
plan-submit-hint = Depois de submetido, o plano é uma versão numerada que a equipa do programa analisa. Pode alterá-lo depois: cada alteração é uma nova versão.
plan-none-practices = O perfil de { $host } ainda não indica nenhuma prática: cada ação indica a prática que replica, por isso o plano pode ser escrito quando o fizer.
plan-cannot-now = O plano não pode ser alterado agora
plan-nothing-saved = Nada foi guardado
action-status-planned = Prevista
action-status-started = Iniciada
action-status-done = Concluída
action-status-dropped = Abandonada
refusal-plan-too-many-actions = indique no máximo { $max } ações (esta lista tem { $n })
refusal-plan-no-action = indique pelo menos uma ação para submeter
refusal-plan-missing = não pode ficar vazio
refusal-plan-year = tem de ser uma data de { $first } a { $last }
refusal-plan-budget-missing = indique o orçamento estimado em euros (0 se não houver)
refusal-plan-budget-range = { $n } está fora do intervalo: um orçamento vai de 0 a { $max } euros
refusal-plan-target-missing = indique o valor pretendido
refusal-plan-not-a-target = "{ $value }" não é um número (p. ex. 25 ou 12,5)
refusal-plan-practice-missing = escolha a prática do anfitrião que esta ação replica
refusal-plan-not-a-status = "{ $value }" não é um estado: use planned, started, done, dropped
refusal-plan-cohort-ended = a coorte terminou em { $date }: o plano já não pode ser alterado
refusal-plan-archived = a coorte está arquivada: o plano não pode ser alterado enquanto o estiver

## Travel costs of a visit
costs-heading = Custos de viagem
costs-estimate = Estimativa: { $amount } para { $people } de { $mode } ({ $route } km em cada sentido a { $rate } por km, ida e volta: { $per } por viajante).
costs-travellers-assumed = O perfil não indica o tamanho da delegação: conta-se um viajante.
costs-cap = Limite de reembolso desta visita: { $cap } ({ $per } por viajante).
costs-no-cap = A coorte não define limite de reembolso.
costs-estimate-over-cap = A estimativa ultrapassa o limite.
costs-actual = Gasto, segundo { $city }: { $amount }.
costs-actual-over-cap = Acima do limite.
costs-note-said = ({ $note })
costs-none-recorded = { $city } ainda não registou o que gastou.
costs-record = Registar o que foi gasto
costs-amount = Montante gasto, em euros
costs-amount-hint = A viagem de toda a delegação, ida e volta, por exemplo 1250,50.
costs-note = O que inclui
costs-note-hint = Por exemplo, voos para 4 pessoas e comboios locais
costs-save = Guardar o montante
costs-saved = O montante gasto foi guardado.
costs-archived = A coorte está arquivada: o que foi gasto já não pode ser alterado.
refusal-amount-missing = indique um montante em euros, por exemplo 350,50
refusal-not-an-amount = «{ $value }» não é um montante em euros: escreva por exemplo 350 ou 350,50, de 0 a { $max }

## The answer deadline of a proposal

refusal-proposal-expired = O prazo de resposta desta proposta era { $date }: já não pode ser respondida. Contacte a equipa do programa, que pode propor o par de novo.
city-answer-by = Responda até { $date }.
city-expired = O prazo de resposta, { $date }, já passou: este par já não pode ser respondido aqui.

## The privacy notice (GDPR): short on each city form, at length on /privacy.
privacy-notice-heading = Os seus dados pessoais.
privacy-notice-short = O programa guarda os nomes, endereços de email, funções e línguas dos contactos da sua cidade, os emails que lhes são enviados e o que a sua cidade escreve nos seus formulários, para gerir o Programa de Aprendizagem por Geminação e prestar contas sobre ele. São guardados durante { $days } dias após o fim da sua coorte e depois anonimizados. Para pedir uma cópia dos seus dados ou o seu apagamento, escreva à equipa do programa.
privacy-notice-link = Ler o aviso de privacidade completo
privacy-title = Aviso de privacidade
privacy-intro = Este aviso indica que dados pessoais o Programa de Aprendizagem por Geminação da Missão Cidades da UE guarda sobre as pessoas das cidades participantes, porquê, durante quanto tempo e como pedir uma cópia ou o seu apagamento.
privacy-what-heading = O que é guardado
privacy-what = O nome, endereço de email, função e língua de cada contacto que uma cidade indica no seu perfil; os convites enviados para o endereço de uma cidade; os emails que o programa envia (a quem e o que dizem); e o que uma cidade escreve nos seus formulários: o perfil, a avaliação das visitas, o Plano de Replicação (com os responsáveis das ações) e os custos de viagem. O que os gestores do programa fazem fica registado num registo de auditoria.
privacy-why-heading = Porquê
privacy-why = Para gerir o programa: formar os pares de cidades, planear as visitas, enviar-lhes os itinerários e lembretes, receber as suas avaliações e planos e prestar contas sobre o programa ao seu financiador. Os dados não são usados para mais nada e só são partilhados com a equipa do programa e com as cidades emparelhadas com a sua.
privacy-how-long-heading = Durante quanto tempo
privacy-how-long = Os dados pessoais são guardados durante { $days } dias após o fim da coorte a que pertencem. Depois, o serviço anonimiza-os: os nomes e endereços de email são substituídos por um marcador anónimo e os textos dos emails são removidos. Os perfis, visitas, avaliações e planos das cidades mantêm-se, sem os nomes e endereços das pessoas, para que os relatórios do programa continuem corretos.
privacy-rights-heading = Os seus direitos: uma cópia ou o apagamento
privacy-rights = Pode pedir uma cópia dos dados pessoais que o programa guarda sobre si, a sua correção ou o seu apagamento. Escreva à equipa do programa para o endereço abaixo, a partir do endereço pelo qual o programa o conhece. O apagamento substitui o seu nome e endereço de email, em todo o lado, por um marcador anónimo; o que a sua cidade fez no programa mantém-se.
privacy-controller = Responsável pelo tratamento dos dados: { $controller }
privacy-contact = Escreva para: { $contact }
