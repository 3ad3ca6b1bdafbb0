# E-maile, daty, rzeczowniki z liczebnikami i punkty programu, które pisze serwis.

## Daty

date-format-long = %A, %-d %B %Y
date-format-short = %-d %B %Y
date-format-day = %a, %-d %b
date-format-day-year = %a, %-d %b %Y
date-range-in-month = { $from }–{ $to } { $month } { $year }
date-range = { $from } – { $to }
date-time = { $date }, godz. { $time } UTC
number-group-separator = space
number-decimal-separator = ,
amount-eur = { $amount } €

## Rzeczowniki z liczebnikami (jeden, kilka, wiele)

count-workdays = { $n ->
    [one] { $n } dzień roboczy
    [few] { $n } dni robocze
    [many] { $n } dni roboczych
   *[other] { $n } dnia roboczego
}
count-people = { $n ->
    [one] { $n } osoba
    [few] { $n } osoby
    [many] { $n } osób
   *[other] { $n } osoby
}
count-days = { $n ->
    [one] { $n } dzień
    [few] { $n } dni
    [many] { $n } dni
   *[other] { $n } dnia
}
count-trips = { $n ->
    [one] { $n } wyjazd
    [few] { $n } wyjazdy
    [many] { $n } wyjazdów
   *[other] { $n } wyjazdu
}
count-visits = { $n ->
    [one] { $n } wizyta rewizytowa
    [few] { $n } wizyty rewizytowe
    [many] { $n } wizyt rewizytowych
   *[other] { $n } wizyty rewizytowej
}
count-hosts = { $n ->
    [one] { $n } miasto gospodarza
    [few] { $n } miasta gospodarzy
    [many] { $n } miast gospodarzy
   *[other] { $n } miasta gospodarza
}

## Każdy e-mail

mail-greeting = Szanowna Pani / Szanowny Panie { $name },
mail-greeting-anonymous = Szanowni Państwo,
mail-closing =
    Z poważaniem
    { $team }
mail-footer = Otrzymują Państwo ten e-mail jako osoba kontaktowa miasta { $city } w { $cohort }.

## Program wizyty

mail-subject-planned = Wizyta studyjna: { $guest } w { $host }, { $dates }
mail-subject-moved = Zmiana terminu: wizyta studyjna { $guest } w { $host }, teraz { $dates }
mail-subject-cancelled = Odwołana: wizyta studyjna { $guest } w { $host }, { $dates }
mail-subject-updated = Nowy program: wizyta studyjna { $guest } w { $host }, { $dates }
mail-lead-planned = Zaplanowano wizytę studyjną: { $guest } odwiedza { $host }, { $dates }.
mail-lead-moved = Termin tej wizyty się zmienił: był { $old }, teraz jest { $new }.
mail-lead-cancelled = Ta wizyta została odwołana: { $guest } nie odwiedzi { $host } w terminie { $old }.
mail-lead-updated = Program tej wizyty się zmienił; termin pozostaje bez zmian: { $dates }. Nowy program znajduje się poniżej.
mail-you-travel = Podróżują Państwo z delegacją miasta { $city }.
mail-you-host = Należą Państwo do zespołu miasta { $city }, który przyjmuje delegację.
mail-visit-outward = Wyjazd { $position } pary { $twin } – { $host }: { $days }, { $cohort }.
mail-visit-return = Rewizyta { $position } pary { $twin } – { $host }: { $days }, { $cohort }.
mail-itinerary = Program
mail-day = Dzień { $day }, { $date }
mail-travel = Podróż
mail-travel-line = Około { $km } km; sugerowany środek transportu: { $mode }; około { $co2 } kg CO2e na podróżnego w obie strony.
mail-delegation = Delegacja: { $people }.
mode-rail = pociąg
mode-air = samolot
mail-contacts = Kontakty
mail-travelling = { $city }, delegacja
mail-hosting = { $city }, gospodarz
mail-no-contact = nie podano jeszcze kontaktu
mail-calendar-request = Załączony plik kalendarza (visit.ics) dodaje wizytę do Państwa kalendarza; gdy wizyta się zmieni, aktualizacja zastąpi ten sam wpis.
mail-calendar-cancel = Załączony plik kalendarza (visit.ics) usuwa wizytę z Państwa kalendarza.

## Proponowana para

mail-subject-proposal = Proponowana para: { $twin } i { $host }
mail-proposal-twin = Proponujemy, aby { $twin } uczyło się od { $host } w { $cohort }.
mail-proposal-host = Proponujemy, aby { $host } przyjęło { $twin } w { $cohort }.
mail-proposal-next = Prosimy otworzyć stronę swojego miasta (link z otrzymanego zaproszenia), aby przyjąć lub odrzucić parę. Gdy obie strony przyjmą propozycję, program zaplanuje wizyty studyjne, a Państwo otrzymają program wizyty.

## Zaproszenie

mail-subject-invitation = Zaproszenie: { $cohort } programu { $programme }
mail-invitation-lead = { $role ->
    [host] Miasto { $city } jest zaproszone do udziału w { $cohort } programu { $programme } jako miasto gospodarz.
   *[twin] Miasto { $city } jest zaproszone do udziału w { $cohort } programu { $programme } jako miasto bliźniacze (Twin City).
}
mail-invitation-link = Prosimy przedstawić swoje miasto (wyzwania, praktyki, kiedy mogą Państwo podróżować i przyjmować gości) na stronie swojego miasta. Link jest ważny do { $date }:
mail-invitation-new-link = To jest nowy link: poprzedni już nie działa.
mail-invitation-keep = Prosimy nie udostępniać linku poza swoim zespołem: otwiera on stronę miasta bez hasła.

## Potwierdzenie przesłanego profilu

mail-subject-receipt = Profil otrzymany: { $city }, { $cohort }
mail-receipt-lead = Profil miasta { $city } dla { $cohort } został przesłany (wersja { $version }, { $date }).
mail-receipt-reference = Numer referencyjny: { $reference }
mail-receipt-next = Co dalej: po zamknięciu naboru { $date } zespół programu dobierze pary miast bliźniaczych i miast gospodarzy. Gdy Państwa miastu zostanie zaproponowana para, otrzymają Państwo e-mail i odpowiedzą na stronie swojego miasta.
mail-receipt-change = Profil można zmieniać tym samym linkiem do { $date }; każda zmiana to nowa wersja, a Państwo otrzymają nowe potwierdzenie.

## Punkty programu, które pisze serwis

agenda-to-be-arranged = Do ustalenia przez gospodarzy.
agenda-welcome = Powitanie i prezentacje
agenda-welcome-detail = { $host } przedstawia swoją pracę; { $twin } przedstawia wyzwania, z którymi przyjeżdża.
agenda-site-visit = Wizyta w terenie: { $theme }
agenda-for-challenge = Na wyzwanie miasta { $twin }: { $theme }.
agenda-flagship = Jedna z flagowych praktyk miasta { $host }.
agenda-wrap-up = Podsumowanie: wnioski i kolejne kroki
agenda-wrap-up-detail = Co { $twin } zabiera do domu i czym powinna się zająć następna wizyta.
agenda-welcome-back = Powitanie przez { $twin }
agenda-welcome-back-detail = Przegląd wyzwań miasta { $twin } i miejsc, których dotyczą.
agenda-working-session = Sesja robocza: { $theme }
agenda-brings = { $host } dzieli się doświadczeniem w zakresie: { $theme }.
agenda-peer-view = { $host } przedstawia spojrzenie partnera.
agenda-peer-review = Ocena partnerska: rekomendacje miasta { $host }
agenda-peer-review-detail = { $host } podsumowuje, co zobaczyło, i proponuje miastu { $twin } kolejne kroki.

## Tematy taksonomii

theme-energy = Energia
theme-buildings = Budynki
theme-mobility = Mobilność i transport
theme-waste = Odpady i gospodarka o obiegu zamkniętym
theme-nature = Użytkowanie terenu i rozwiązania oparte na przyrodzie
theme-industry = Procesy przemysłowe
theme-governance = Zarządzanie i polityka
theme-finance = Finanse i finansowanie
theme-technology = Technologia i infrastruktura
theme-social-innovation = Innowacje społeczne
theme-participation = Partycypacja demokratyczna
theme-data = Dane i cyfryzacja
theme-learning = Uczenie się i kompetencje

## visit.ics

ics-summary = Wizyta studyjna: { $guest } w { $host }
ics-description = { $label } ({ $days }). Podróż: { $km } km, sugerowany środek transportu: { $mode }, około { $co2 } kg CO2e na podróżnego w obie strony.
ics-day = Dzień { $day } ({ $date }):

## Listy dotyczące Planu Replikacji

mail-subject-plan-submitted = Otrzymano Plan Replikacji: { $city }, { $cohort }
mail-plan-submitted-lead = Plan Replikacji miasta { $city } dla { $cohort } został złożony: wersja { $version }, { $n ->
    [one] jedno działanie
    [few] { $n } działania
   *[other] { $n } działań
}.
mail-plan-submitted-next = Zespół programu go przejrzy i napisze do Państwa, gdy go przyjmie lub poprosi o zmiany. Plan można przeczytać na stronie miasta, korzystając z linku z zaproszenia.
mail-subject-plan-changes = Plan Replikacji: prośba o zmiany, { $city } ({ $cohort })
mail-plan-changes-lead = Zespół programu prosi o zmiany w wersji { $version } Planu Replikacji miasta { $city }.
mail-plan-comment = Komentarz zespołu: { $comment }
mail-plan-changes-next = Proszę otworzyć stronę miasta linkiem z zaproszenia, zmienić plan i złożyć go ponownie: stanie się nową wersją.
mail-subject-plan-accepted = Plan Replikacji przyjęty: { $city }, { $cohort }
mail-plan-accepted-lead = Zespół programu przyjął wersję { $version } Planu Replikacji miasta { $city } dla { $cohort }.
mail-plan-accepted-next = Prosimy aktualizować stan każdego działania na stronie miasta: każda złożona zmiana jest nową wersją planu.

## Reminders and the answer deadline of a proposal

mail-proposal-answer-by = Prosimy o odpowiedź do { $date }. Zespół programu przypomni o tym przed tym dniem; po nim na parę nie można już odpowiedzieć i może ona zostać zaproponowana inaczej.
mail-reminder-link = Robią to Państwo na stronie swojego miasta: proszę otworzyć link z e-maila z zaproszeniem. Jeśli nie mogą go Państwo znaleźć, prosimy odpowiedzieć na ten e-mail, a zespół programu wyśle nowy.
mail-subject-reminder-profile = Przypomnienie: prosimy przesłać profil miasta { $city } do { $date }
mail-reminder-profile = Nabór { $cohort } zamyka się { $date }, a profil miasta { $city } nie został jeszcze przesłany: dopóki nie zostanie, { $city } nie może zostać dobrane w parę.
mail-subject-reminder-proposal = Przypomnienie: prosimy odpowiedzieć na proponowaną parę { $twin } z { $host } do { $date }
mail-reminder-proposal = W { $cohort } { $twin } i { $host } są proponowane jako para, a { $city } jeszcze nie odpowiedziało. Prosimy przyjąć lub odrzucić parę do { $date }.
mail-subject-reminder-visit = Przypomnienie: { $guest } odwiedza { $host }, { $dates }
mail-reminder-visit = Wizyta { $guest } w { $host } zaczyna się za { $days }: { $dates }.
mail-reminder-visit-calendar = Plan wizyty znajduje się poniżej, a załączony plik kalendarza zawiera wizytę: prosimy go otworzyć, aby dodać ją do kalendarza.
mail-subject-reminder-feedback = Przypomnienie: jak przebiegła wizyta { $guest } w { $host }?
mail-reminder-feedback = Wizyta { $guest } w { $host } ({ $dates }) się zakończyła, a { $city } nie przekazało jeszcze opinii: na ile była przydatna, czego się Państwo nauczyli, jakie praktyki chcą Państwo powtórzyć. Można ją przekazać lub zmienić do { $date }.

mail-subject-reminder-plan = Przypomnienie: złóż plan replikacji dla { $city } do { $date }
mail-reminder-plan = { $cohort } kończy się { $date }, a plan replikacji dla { $city } nie został jeszcze złożony: to właśnie { $city } wynosi z partnerstwa, działania, które przeniesie z praktyk miasta gospodarza. Złóż go, lub zmiany, o które poprosił zespół programu, przed tym dniem.
