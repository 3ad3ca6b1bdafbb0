# Strony, które miasto otwiera linkiem ze swojego zaproszenia, i strony błędów.

## Każda strona

lang-switch = Język
page-optional = (opcjonalnie)
page-error = Błąd:
page-problem = Wystąpił problem
page-up-to = { $n ->
    [one] Do { $n } znaku
   *[other] Do { $n } znaków
}

## Co poszło nie tak

error-not-found-title = Ta strona nie istnieje
error-not-found-text = Adres jest błędny albo link już nie działa. Jeśli link z zaproszenia przestał działać, prosimy poprosić zespół programu o nowy.
error-home = Przejdź do strony głównej
error-csrf-title = Nie można było przyjąć formularza
error-csrf-text = Był otwarty zbyt długo albo nie pochodzi z tej witryny. Nic nie zostało zapisane: prosimy wrócić, odświeżyć stronę i wysłać go ponownie.
error-refused-title = Nie można tego zrobić
error-refused-text = { $why }. Nic nie zostało zmienione: prosimy wrócić do poprzedniej strony.
error-unavailable-title = Prosimy spróbować za chwilę
error-unavailable-text = Serwis jest zajęty albo jego baza danych jest nieosiągalna. Nic nie zostało zapisane.
error-internal-title = Coś poszło nie tak
error-internal-text = Coś poszło nie tak po naszej stronie; błąd został zapisany. Nic nie zostało zapisane częściowo.

## Stany

status-invited = zaproszone
status-draft = wersja robocza
status-submitted = przesłany
status-late = po terminie
answer-pending = jeszcze bez odpowiedzi
answer-accepted = przyjęta
answer-declined = odrzucona
pair-proposed = zaproponowana
pair-accepted = przyjęta
pair-declined = odrzucona
visit-unplaced = bez terminu
visit-draft = wersja robocza
visit-planned = zaplanowana
visit-confirmed = potwierdzona
visit-cancelled = odwołana
partner-twin = Miasto bliźniacze (Twin City)
partner-mission = Miasto Misji
partner-pilot = Działanie miasta pilotażowego

## Strona miasta

city-title = { $city }: profil dla { $cohort }
city-heading = { $role ->
    [host] { $city }: Państwa profil jako miasta gospodarza
   *[twin] { $city }: Państwa profil jako miasta bliźniaczego
}
city-call-closed = { $cohort }. Nabór zamknięto { $date }.
city-call-open = { $cohort }. Profil można zmieniać do { $date }.
city-status = Stan:
city-submitted-on = Przesłano { $at } (wersja { $version }).
city-last-saved = Ostatnio zapisano { $at } (wersja { $version }).
city-saved-draft = Wersja robocza została zapisana. Prosimy wrócić tym samym linkiem, aby kontynuować.
city-saved-answer = Państwa odpowiedź została zapisana. Dziękujemy.
city-proposals = Proponowana para
# Between the two names of a pair, each in bold: "Cascais with Aarhus".
city-pair-with = i
city-pair-state = Stan: { $state } (miasto bliźniacze: { $twin }, gospodarz: { $host }).
city-partner = Państwa partner: { $partner }
city-partner-role = Rola
city-partner-city = Miasto
city-partner-about = { $city } ({ $country }), około { $population } mieszkańców; { $km } km od Państwa, sugerowana podróż: { $mode }. Około { $co2 } kg CO₂e na osobę w obie strony.
city-why = Dlaczego zostali Państwo dobrani w parę
city-why-team = Tę parę wybrał zespół programu.
city-matched = Dopasowane wyzwania: { $themes }.
city-accepted-on = Oba miasta przyjęły propozycję { $date }. Zespół programu planuje teraz Państwa wizyty.
city-you-declined = Odrzucili Państwo tę parę.
city-you-declined-because = Odrzucili Państwo tę parę: „{ $reason }”.
city-they-declined = { $who } odrzuciło tę parę.
city-they-declined-because = { $who } odrzuciło tę parę: „{ $reason }”.
city-look-again = Zespół programu poszuka innej pary.
city-accepting = Co oznacza przyjęcie
city-accepting-plan = Jeśli oba miasta przyjmą propozycję, zespół programu zaplanuje wizyty studyjne pary: { $trips } miasta bliźniaczego do gospodarza i { $visits }, każda po { $days }.
city-accepting-plan-modules = Jeśli oba miasta przyjmą propozycję, zespół programu zaplanuje wizyty studyjne pary: { $trips } miasta bliźniaczego do gospodarza i { $visits }, każda po { $days }, w modułach edycji ({ $modules }).
city-accepting-emails = Uczestnicy obu stron otrzymają programy e-mailem.
city-you-accepted = Przyjęli Państwo propozycję; druga strona jeszcze nie odpowiedziała. Nadal można zmienić odpowiedź.
city-decline-why = Jeśli Państwo odrzucają, dlaczego
city-accept = Przyjmij
city-decline = Odrzuć
city-visits = Państwa wizyty
city-calendar = Dodaj je do kalendarza
city-calendar-intro = Państwa wizyty mają kanał kalendarza; po subskrypcji kalendarz będzie śledził każdą zmianę:
city-calendar-subscribe = Subskrybuj w aplikacji kalendarza
city-calendar-howto = Można też skopiować powyższy adres i wkleić go tam, gdzie aplikacja kalendarza dodaje kalendarz „z adresu URL” lub „przez subskrypcję” (Outlook: Dodaj kalendarz, Subskrybuj z sieci Web; Kalendarz Google: Inne kalendarze, Z adresu URL). Prosimy zachować go w tajemnicy: tak jak link z zaproszenia, każdy, kto go ma, widzi Państwa wizyty.
city-nothing-saved = Nic nie zostało zapisane
city-call-closed-refusal = Nabór zamknięto { $date }: profilu nie można już zmienić.
city-already-submitted = Ten profil został już przesłany: niczego nie przesłano ani nie wysłano ponownie. Oto, co otrzymaliśmy.
city-saved-meanwhile = Profil został zapisany gdzie indziej po sprawdzeniu tych odpowiedzi, więc nie zostały przesłane. Odpowiedzi są poniżej: proszę je sprawdzić i przesłać ponownie.
city-what-you-submitted = Co Państwo przesłali
city-check-and-submit = Sprawdź i prześlij zmiany
city-save-draft = Zapisz wersję roboczą
city-continue = Przejdź do sprawdzenia odpowiedzi

## Formularz profilu

form-required = Aby przesłać profil, prosimy wypełnić każde pole nieoznaczone jako (opcjonalnie); na liście pola każdego używanego wiersza. Wersję roboczą można zapisać w dowolnym momencie.
form-organisation = Organizacja
form-organisation-hint = Gmina lub wydział, który bierze udział
form-population = Liczba mieszkańców
form-population-hint = Mieszkańcy, liczba całkowita (np. 214000)
form-languages = Języki robocze
form-languages-hint = Kody ISO 639-1 oddzielone przecinkami, np. pl, en
form-coastal = Nad morzem
form-not-said = Nie podano
form-yes = Tak
form-no = Nie
form-climate-zone = Strefa klimatyczna
climate-mediterranean = Śródziemnomorska
climate-oceanic = Oceaniczna (atlantycka)
climate-continental = Kontynentalna
climate-nordic = Nordycka (borealna)
climate-alpine = Alpejska (górska)
climate-arid = Sucha lub półsucha
form-capacity = Ile miast bliźniaczych mogą Państwo przyjąć
form-capacity-hint = Liczba całkowita od 1 do { $max }
form-delegation-size = Liczba osób w delegacji
form-delegation-size-hint = Ile osób jedzie na wizytę, od 1 do { $max }
form-participants = Uczestnicy
form-participants-hint = Osoby biorące udział: otrzymują programy wizyt. Jeśli potrzeba mniej osób, prosimy zostawić wiersz pusty.
form-participant-name = Uczestnik { $n }: imię i nazwisko
form-participant-email = Uczestnik { $n }: e-mail
form-participant-role = Uczestnik { $n }: funkcja
form-participant-language = Uczestnik { $n }: język
form-participant-language-hint = ISO 639-1, domyślnie en
form-challenges = Wyzwania, o których chcą się Państwo uczyć
form-challenges-hint = Każde w jednej dziedzinie emisji i jednej dźwigni zmiany; priorytet 1 jest najważniejszy.
form-practices = Praktyki, które mogą Państwo pokazać
form-practices-hint = Każda w jednej dziedzinie emisji i jednej dźwigni zmiany; priorytet 1 jest najmocniejszy.
form-theme-domain = { $role ->
    [host] Praktyka { $n }: dziedzina emisji
   *[twin] Wyzwanie { $n }: dziedzina emisji
}
form-theme-lever = { $role ->
    [host] Praktyka { $n }: dźwignia zmiany
   *[twin] Wyzwanie { $n }: dźwignia zmiany
}
form-theme-priority = { $role ->
    [host] Praktyka { $n }: priorytet
   *[twin] Wyzwanie { $n }: priorytet
}
form-theme-description = { $role ->
    [host] Praktyka { $n }: w kilku słowach
   *[twin] Wyzwanie { $n }: w kilku słowach
}
form-choose = Wybierz
form-priority-highest = 1 (najwyższy)
form-interests = Gospodarze, którzy Państwa interesują (opcjonalnie)
form-interests-hint = Prosimy uszeregować do { $hosts }, zaczynając od tego, od którego najbardziej chcą się Państwo uczyć.
form-no-host-yet = Do tej edycji nie dołączył jeszcze żaden gospodarz. Można wrócić i uszeregować ich później.
form-hosts-show = Co może pokazać każdy gospodarz
form-not-submitted-yet = Jeszcze nie przesłano.
form-choice = Wybór { $n }
form-no-host = Brak gospodarza
form-unavailable = Kiedy nie mogą Państwo podróżować ani przyjmować gości (opcjonalnie)
form-period-first = Okres { $n }: pierwszy dzień
form-period-last = Okres { $n }: ostatni dzień
form-period-applies = Okres { $n }: Państwa miasto
form-period-why = Okres { $n }: powód
applies-both = nie może podróżować ani przyjmować gości
applies-travel = nie może podróżować
applies-host = nie może przyjmować gości

## Czego formularz nie przyjmuje

refusal-out-of-range = { $n } wykracza poza zakres: { $what ->
    [population] liczba mieszkańców
    [capacity] liczba miast bliźniaczych u gospodarza
    [delegation] wielkość delegacji
   *[priority] priorytet
} wynosi od { $min } do { $max }
refusal-not-a-number = „{ $value }” nie jest liczbą całkowitą
refusal-too-long = { $max ->
    [one] może mieć najwyżej { $max } znak
    [few] może mieć najwyżej { $max } znaki
   *[other] może mieć najwyżej { $max } znaków
}
refusal-one-line = musi mieścić się w jednym wierszu (bez podziału wiersza)
refusal-control-character = nie może zawierać niewidocznego znaku sterującego { $code }
refusal-date-missing = prosimy podać datę (RRRR-MM-DD)
refusal-not-a-date = „{ $value }” nie jest datą: prosimy zapisać ją jako RRRR-MM-DD, np. 2025-08-01
refusal-not-yes-no = „{ $value }” nie jest odpowiedzią: prosimy użyć tak lub nie
refusal-not-a-climate-zone = „{ $value }” nie jest strefą klimatyczną: prosimy wybrać jedną z listy
refusal-capacity-twin = tylko gospodarz podaje, ile miast bliźniaczych może przyjąć: prosimy zostawić to pole puste
refusal-list-too-long = można podać najwyżej { $max } { $what ->
    [contacts] uczestników
    [themes] tematów
    [interests] gospodarzy do uszeregowania
   *[unavailable] okresów
} (ta lista ma { $n })
refusal-contact-name = prosimy podać imię i nazwisko uczestnika
refusal-email-missing = prosimy podać adres e-mail
refusal-not-an-email = „{ $value }” nie jest adresem e-mail (imie@przyklad.pl)
refusal-email-twice = ten adres jest już podany wyżej
refusal-too-many-languages = można podać najwyżej { $max } języków (ta lista ma { $n })
refusal-not-a-language = „{ $value }” nie jest kodem języka ISO 639-1 (np. en, pl, da)
refusal-choose-domain = prosimy wybrać dziedzinę emisji
refusal-not-a-domain = „{ $value }” nie jest dziedziną emisji
refusal-choose-lever = prosimy wybrać dźwignię zmiany
refusal-not-a-lever = „{ $value }” nie jest dźwignią zmiany
refusal-theme-twice = ta dziedzina i ta dźwignia są już wybrane wyżej: prosimy opisać oba w jednym wierszu
refusal-choose-first-host = Prosimy wybrać gospodarza, od którego najbardziej chcą się Państwo uczyć
refusal-choose-host-n = Prosimy uzupełnić wybór { $n } albo przesunąć kolejnych gospodarzy w górę
refusal-interests-host = tylko miasto bliźniacze podaje gospodarzy, którzy je interesują
refusal-not-a-host = „{ $value }” nie jest gospodarzem w tej edycji
refusal-host-twice = ten gospodarz jest już uszeregowany wyżej
refusal-ends-before = { $last } jest przed pierwszym dniem, { $first }
refusal-not-applies = „{ $value }” nie jest żadną z wartości both, travel, host
refusal-organisation-missing = aby przesłać profil, prosimy podać nazwę organizacji
refusal-population-missing = aby przesłać profil, prosimy podać liczbę mieszkańców
refusal-languages-missing = aby przesłać profil, prosimy podać co najmniej jeden język roboczy (np. pl)
refusal-delegation-missing = aby przesłać profil, prosimy podać, ile osób jedzie w delegacji
refusal-contacts-missing = aby przesłać profil, prosimy podać co najmniej jednego uczestnika
refusal-challenges-missing = aby przesłać profil, prosimy wybrać co najmniej jedno wyzwanie, o którym chcą się Państwo uczyć
refusal-practices-missing = aby przesłać profil, prosimy wybrać co najmniej jedną praktykę, którą mogą Państwo pokazać
refusal-capacity-missing = aby przesłać profil, prosimy podać, ile miast bliźniaczych mogą Państwo przyjąć

## Sprawdzenie odpowiedzi

check-title = Prosimy sprawdzić odpowiedzi: { $city }
check-heading = Prosimy sprawdzić odpowiedzi przed przesłaniem
check-intro = { $role ->
    [host] { $city }, gospodarz w { $cohort }. Nic nie zostanie przesłane, dopóki nie wybiorą Państwo Prześlij na końcu tej strony.
   *[twin] { $city }, miasto bliźniacze w { $cohort }. Nic nie zostanie przesłane, dopóki nie wybiorą Państwo Prześlij na końcu tej strony.
}
check-change = Zmień
check-not-given = Nie podano
check-participant = Uczestnik { $n }
check-emails-in = e-maile w języku: { $language }
check-theme = { $role ->
    [host] Praktyka { $n }
   *[twin] Wyzwanie { $n }
}
check-theme-answer = { $domain } × { $lever }, priorytet { $priority }
check-interests = Gospodarze, którzy Państwa interesują
check-choices = Wybory
check-none-ranked = Brak uszeregowanych
check-periods = Okresy
check-none-given = Nie podano
check-period = Okres { $n }
check-period-answer = Od { $from } do { $to }: { $applies ->
    [travel] nie mogą Państwo podróżować
    [host] nie mogą Państwo przyjmować gości
   *[both] nie mogą Państwo podróżować ani przyjmować gości
}
check-submit-heading = Teraz prosimy przesłać profil
check-submit-text = Przesyłając, potwierdzają Państwo, że te odpowiedzi są prawidłowe dla miasta { $city }. Potwierdzenie otrzymają uczestnicy wymienieni powyżej.
check-replaces = To przesłanie zastępuje poprzednie.
check-submit = Prześlij

## Przesłano

submitted-title = Profil przesłany: { $city }
submitted-heading = Profil przesłany
submitted-reference = Numer referencyjny:
submitted-version = Wersja { $version } profilu miasta { $city }, przesłana { $at }.
submitted-receipt = Wysłaliśmy potwierdzenie na adres: { $addresses }.
submitted-next = Co dalej
submitted-next-pairs = Po zamknięciu naboru { $date } zespół programu dobierze pary miast bliźniaczych i gospodarzy.
submitted-next-proposal = Gdy miastu { $city } zostanie zaproponowana para, uczestnicy otrzymają e-mail; przyjmują ją Państwo lub odrzucają na stronie swojego miasta.
submitted-next-visits = Gdy oba miasta przyjmą propozycję, wizyty studyjne zostaną zaplanowane w modułach edycji, a programy wysłane.
submitted-change = Profil można zmieniać do { $date }: każda zmiana to nowa wersja, przesyłana w ten sam sposób.
submitted-back = Wróć do strony swojego miasta

## Wizyta widziana przez jej miasta

visit-back = Państwa profil i wizyty
visit-heading = Wizyta studyjna pary { $twin } – { $host }
visit-label = { $direction ->
    [outward] { $guest } do { $host }, wyjazd { $position }
   *[return] { $guest } do { $host }, rewizyta { $position }
}
visit-when = od { $from } do { $to }
visit-not-placed = Jeszcze bez terminu.
visit-days-in = { $days } w { $city }
visit-status = stan: { $status }
visit-changed = (zmieniona od publikacji)
visit-agenda = Program
visit-day = Dzień { $day }
visit-travel = Podróż
visit-travel-line = Z { $guest } do { $host }: { $km } km w linii prostej; sugerowany środek transportu: { $mode } ({ $route } km w każdą stronę). Około { $co2 } kg CO₂e na podróżnego w obie strony ({ $factor } kg na pasażerokilometr, { $source }).
visit-travel-delegation = Delegacja: { $people }, około { $co2 } kg.
visit-contacts = Kontakty
visit-delegation-from = Delegacja z { $city }
visit-hosting-team = Zespół gospodarzy w { $city }
visit-none-given = Jeszcze nie podano.
visit-edit-agenda = Edytuj program
visit-agenda-field = Program
visit-agenda-hint = Jeden punkt w wierszu: dzień | co się dzieje | szczegóły (opcjonalnie).
visit-save-agenda = Zapisz program
visit-saved-agenda = Program został zapisany.
city-feedback-give = Przekaż opinię
city-feedback-change = Zmień opinię

## Opinia po wizycie

feedback-title = { $city }: opinia o wizycie { $visit }
feedback-back = Wróć do profilu i wizyt
feedback-heading = { $city }: Państwa opinia o wizycie
feedback-with = { $visit }, z miastem { $host }.
feedback-open-until = Opinię można zmienić do { $date }, kiedy kończy się kohorta.
feedback-saved = Opinia została zapisana. Dziękujemy. Można ją zmienić do { $date }.
feedback-nothing-saved = Nic nie zostało zapisane
feedback-cannot-now = Obecnie nie można przekazać opinii
feedback-usefulness = Jak przydatna była wizyta dla Państwa miasta?
feedback-usefulness-hint = Od 1 (nieprzydatna) do 5 (niezwykle przydatna).
feedback-usefulness-choice = { $n ->
    [1] 1 – nieprzydatna
    [2] 2 – trochę przydatna
    [3] 3 – przydatna
    [4] 4 – bardzo przydatna
   *[5] 5 – niezwykle przydatna
}
feedback-learnt = Czego nauczyło się Państwa miasto?
feedback-learnt-hint = { $n ->
    [one] Do { $n } znaku.
   *[other] Do { $n } znaków.
}
feedback-practices = Które praktyki miasta { $host } zamierzają Państwo powielić?
feedback-practices-none = { $host } nie przesłało jeszcze praktyk, które prezentuje.
feedback-practices-hint = Zaznacz wszystkie pasujące.
feedback-recommend = Czy poleciliby Państwo { $host } innym miastom jako gospodarza?
feedback-yes = Tak
feedback-no = Nie
feedback-follow-up = Jakich dalszych działań Państwo oczekują?
follow-up-online = Sesja online
follow-up-visit = Kolejna wizyta
follow-up-none = Bez dalszych działań
feedback-save-changes = Zapisz zmiany
feedback-send = Wyślij opinię
feedback-yours = Państwa opinia
feedback-field-usefulness = Przydatność wizyty
feedback-field-learnt = Czego się Państwo nauczyli
feedback-field-practices = Praktyki do powielenia
feedback-field-recommend = Polecenie gospodarza
feedback-field-follow-up = Dalsze działania
feedback-usefulness-of = { $n } z 5
feedback-none-chosen = Nie wybrano żadnej
feedback-summary-line = { $field }: { $message }
refusal-feedback-usefulness-missing = wskaż przydatność wizyty, od 1 (nieprzydatna) do 5 (bardzo przydatna)
refusal-feedback-usefulness-range = musi być liczbą całkowitą od 1 (nieprzydatna) do 5 (bardzo przydatna)
refusal-feedback-learnt-missing = napisz, czego miasto nauczyło się podczas tej wizyty
refusal-feedback-learnt-too-long = { $max ->
    [one] może mieć najwyżej { $max } znak (ma { $n })
    [few] może mieć najwyżej { $max } znaki (ma { $n })
   *[other] może mieć najwyżej { $max } znaków (ma { $n })
}
refusal-feedback-too-many-practices = za dużo praktyk ({ $n }): gospodarz prezentuje { $offered }
refusal-feedback-not-a-practice-none = „{ $value }” nie jest praktyką gospodarza: jego profil nie wymienia żadnej
refusal-feedback-not-a-practice = „{ $value }” nie jest praktyką gospodarza: użyj { $ids }
refusal-feedback-recommend-missing = wskaż, czy poleciliby Państwo gospodarza
refusal-feedback-yes-or-no = musi być tak lub nie
refusal-feedback-follow-up-missing = wybierz dalsze działania: sesję online, kolejną wizytę lub brak
refusal-feedback-not-a-follow-up = „{ $value }” nie jest rodzajem dalszych działań: użyj online, visit lub none
refusal-feedback-visit-not-held = ta wizyta { $state ->
    [cancelled] została odwołana
    [unplaced] nie ma jeszcze terminu
   *[unpublished] nie została jeszcze opublikowana
}: opinię przekazuje się o wizycie, która się odbyła
refusal-feedback-not-ended = ta wizyta jeszcze się nie skończyła: kończy się { $date }, a opinię można przekazać od następnego dnia
refusal-feedback-no-dates = ta wizyta nie ma terminu
refusal-feedback-cohort-ended = kohorta zakończyła się { $date }: opinii nie można już przekazać ani zmienić
refusal-feedback-archived = kohorta jest zarchiwizowana: do czasu przywrócenia opinii nie można przekazać ani zmienić

## Why a round paired a Twin with a host (the report's sentence, in the reader's language)
why-paired = { $twin } połączono z { $host }, ponieważ { $reasons }.
why-cover = mocne strony { $host } obejmują { $needs ->
    [one] jedyne priorytetowe wyzwanie
   *[other] { $covered } z { $needs } priorytetowych wyzwań
} { $twin } — { $list }
why-fit = mocne strony { $host } częściowo odpowiadają na wyzwania { $twin } (dopasowanie { $fit } %)
why-rank = { $host } to { $rank ->
    [1] pierwszy
    [2] drugi
    [3] trzeci
    [4] czwarty
   *[other] piąty
} wybór { $twin }
why-feedback = Twins miasta { $host } ocenili jego wizyty na { $mean } z 5 ({ $n } { $n ->
    [one] odpowiedź
    [few] odpowiedzi
   *[other] odpowiedzi
})
why-earlier-unmatched = { $twin } miało pierwszeństwo, bo w poprzedniej rundzie programu zostało bez pary
why-room = żaden lepiej dopasowany gospodarz nie miał miejsca (odległość do { $host }: { $km } km)
why-and = { " i " }

# Refusals a city meets when what it acts on is closed.
refusal-cohort-archived = kohorta jest zarchiwizowana (od { $date }) i tylko do odczytu: napisz do zespołu programu, jeśli coś jeszcze trzeba zmienić
refusal-proposal-settled = oba miasta przyjęły tę parę { $date }: jest ustalona, a jej wizyty są planowane na jej podstawie. Aby ją zmienić, poproś zespół programu, który może ponownie dobrać pary w kohorcie

## Plan Replikacji (strona Miasta Bliźniaczego)

city-plan = Plan Replikacji
city-plan-intro = Plan Państwa miasta, jak wdrożyć to, czego nauczyło się z praktyk gospodarza: działania, kto je prowadzi, kiedy, jakim kosztem i jak będą mierzone.
city-plan-open = Napisz lub zaktualizuj Plan Replikacji
plan-title = Plan Replikacji: { $city }
plan-back = Powrót do strony miasta
plan-intro = Jedno działanie w wierszu, każde przenosi jedną z praktyk { $host }. Wersję roboczą można zapisać w każdej chwili; gdy będzie gotowa, proszę ją sprawdzić i złożyć, do { $date }.
plan-action = Działanie { $n }
plan-field-title = Co zrobi miasto
plan-field-practice = Przenoszona praktyka gospodarza
plan-choose-practice = Wybierz praktykę
plan-field-owner = Odpowiedzialny
plan-hint-owner = Osoba lub funkcja, np. Zespół ds. klimatu
plan-field-starts = Data rozpoczęcia
plan-field-ends = Data zakończenia
plan-hint-date = RRRR-MM-DD, np. 2026-09-01
plan-field-budget = Szacowany budżet (EUR)
plan-hint-budget = W pełnych euro, od 0 do { $max }
plan-field-status = Stan
plan-field-indicator = Wskaźnik
plan-hint-indicator = Co będzie mierzone, np. mieszkańcy biorący udział w warsztatach
plan-field-target = Wartość docelowa
plan-hint-target = Liczba, np. 300 lub 12,5
plan-field-unit = Jednostka wartości docelowej
plan-hint-unit = np. osoby, km, % podróży
plan-remove = Usuń działanie { $n }
plan-add = Dodaj kolejne działanie
plan-save = Zapisz wersję roboczą
plan-check = Przejdź do sprawdzenia planu
plan-hint-actions = Do { $max } działań. Pusty wiersz nie jest zapisywany.
plan-status-none = Miasto nie rozpoczęło jeszcze swojego planu.
plan-status-draft = Wersja { $version } jest robocza: nie została jeszcze złożona.
plan-status-submitted = Wersja { $version } została złożona { $date }: zespół programu ją przegląda.
plan-status-changes = Zespół programu prosi o zmiany w wersji { $version }: proszę zmienić plan poniżej i złożyć go ponownie.
plan-status-accepted = Wersja { $version } została przyjęta { $date }. Prosimy aktualizować stan każdego działania: zmiana to nowa wersja do złożenia.
plan-comment = Komentarz zespołu programu: { $comment }
plan-saved = Zapisano wersję roboczą.
plan-submitted-notice = Plan złożony: wersja { $version }. Zespół programu go przejrzy, a Państwo otrzymają wtedy e-mail.
plan-check-heading = Proszę sprawdzić plan przed złożeniem
plan-check-intro = wersja { $version }, { $n ->
    [one] jedno działanie
    [few] { $n } działania
   *[other] { $n } działań
}, szacowany budżet łącznie { $budget } EUR.
plan-change = Zmień plan
plan-submit = Złóż plan
plan-submit-hint = Po złożeniu plan jest ponumerowaną wersją, którą przegląda zespół programu. Można go później zmienić: każda zmiana to nowa wersja.
plan-none-practices = Profil { $host } nie wymienia jeszcze żadnej praktyki: każde działanie wskazuje przenoszoną praktykę, więc plan można napisać dopiero potem.
plan-cannot-now = Planu nie można teraz zmienić
plan-nothing-saved = Nic nie zostało zapisane
action-status-planned = Zaplanowane
action-status-started = Rozpoczęte
action-status-done = Zakończone
action-status-dropped = Porzucone
refusal-plan-too-many-actions = proszę podać najwyżej { $max } działań (ta lista ma { $n })
refusal-plan-no-action = proszę podać co najmniej jedno działanie, aby złożyć plan
refusal-plan-missing = nie może być puste
refusal-plan-year = musi być datą od { $first } do { $last }
refusal-plan-budget-missing = proszę podać szacowany budżet w euro (0, jeśli brak)
refusal-plan-budget-range = { $n } jest poza zakresem: budżet wynosi od 0 do { $max } euro
refusal-plan-target-missing = proszę podać wartość docelową
refusal-plan-not-a-target = „{ $value }” nie jest liczbą (np. 25 lub 12,5)
refusal-plan-practice-missing = proszę wybrać praktykę gospodarza, którą przenosi to działanie
refusal-plan-not-a-status = „{ $value }” nie jest stanem: proszę użyć planned, started, done, dropped
refusal-plan-cohort-ended = kohorta zakończyła się { $date }: planu nie można już zmienić
refusal-plan-archived = kohorta jest zarchiwizowana: planu nie można zmienić, dopóki jest w archiwum

## Travel costs of a visit
costs-heading = Koszty podróży
costs-estimate = Szacunek: { $amount } dla { $people }, środek transportu: { $mode } ({ $route } km w jedną stronę po { $rate } za km, tam i z powrotem: { $per } na osobę).
costs-travellers-assumed = Profil nie podaje liczebności delegacji: liczona jest jedna osoba.
costs-cap = Limit zwrotu kosztów tej wizyty: { $cap } ({ $per } na osobę).
costs-no-cap = Kohorta nie ustala limitu zwrotu kosztów.
costs-estimate-over-cap = Szacunek przekracza limit.
costs-actual = Wydano, według { $city }: { $amount }.
costs-actual-over-cap = Powyżej limitu.
costs-note-said = ({ $note })
costs-none-recorded = { $city } nie podało jeszcze wydatków.
costs-record = Podaj wydatki
costs-amount = Wydana kwota w euro
costs-amount-hint = Podróż całej delegacji, tam i z powrotem, np. 1250,50.
costs-note = Co obejmuje
costs-note-hint = Np. loty dla 4 osób i pociągi lokalne
costs-save = Zapisz kwotę
costs-saved = Wydana kwota została zapisana.
costs-archived = Kohorta jest zarchiwizowana: wydatków nie można już zmienić.
refusal-amount-missing = podaj kwotę w euro, np. 350,50
refusal-not-an-amount = „{ $value }” nie jest kwotą w euro: wpisz np. 350 lub 350,50, od 0 do { $max }

## The answer deadline of a proposal

refusal-proposal-expired = Termin odpowiedzi na tę propozycję upłynął { $date }: nie można już na nią odpowiedzieć. Prosimy skontaktować się z zespołem programu, który może ponownie zaproponować parę.
city-answer-by = Prosimy o odpowiedź do { $date }.
city-expired = Termin odpowiedzi, { $date }, minął: na tę parę nie można już tu odpowiedzieć.

## The privacy notice (GDPR): short on each city form, at length on /privacy.
privacy-notice-heading = Twoje dane osobowe.
privacy-notice-short = Program przechowuje imiona i nazwiska, adresy e-mail, funkcje i języki osób kontaktowych Twojego miasta, wysłane do nich e-maile oraz to, co Twoje miasto wpisuje w formularzach, aby prowadzić Program uczenia się poprzez partnerstwo i składać z niego sprawozdania. Są przechowywane przez { $days } dni po zakończeniu Twojej kohorty, a następnie anonimizowane. Aby poprosić o kopię swoich danych lub ich usunięcie, napisz do zespołu programu.
privacy-notice-link = Przeczytaj pełną informację o prywatności
privacy-title = Informacja o prywatności
privacy-intro = Ta informacja mówi, jakie dane osobowe Program uczenia się poprzez partnerstwo Misji UE na rzecz miast przechowuje o osobach z uczestniczących miast, dlaczego, jak długo i jak poprosić o ich kopię lub usunięcie.
privacy-what-heading = Co jest przechowywane
privacy-what = Imię i nazwisko, adres e-mail, funkcja i język każdej osoby kontaktowej, którą miasto podaje w swoim profilu; zaproszenia wysłane na adres miasta; e-maile wysyłane przez program (do kogo i o czym); oraz to, co miasto wpisuje w formularzach: swój profil, opinie o wizytach, Plan replikacji (z osobami odpowiedzialnymi za działania) i koszty podróży. Działania kierowników programu są zapisywane w dzienniku audytu.
privacy-why-heading = Dlaczego
privacy-why = Aby prowadzić program: łączyć miasta w pary, planować ich wizyty, wysyłać im plany podróży i przypomnienia, otrzymywać ich opinie i plany oraz składać sprawozdania z programu jego sponsorowi. Dane nie są wykorzystywane do niczego innego i są udostępniane tylko zespołowi programu oraz miastom połączonym w parę z Twoim.
privacy-how-long-heading = Jak długo
privacy-how-long = Dane osobowe są przechowywane przez { $days } dni po zakończeniu kohorty, do której należą. Następnie serwis je anonimizuje: imiona i nazwiska oraz adresy e-mail są zastępowane anonimowym oznaczeniem, a treści e-maili są usuwane. Profile, wizyty, opinie i plany miast pozostają, bez imion i adresów osób, aby sprawozdania programu pozostały prawdziwe.
privacy-rights-heading = Twoje prawa: kopia lub usunięcie
privacy-rights = Możesz poprosić o kopię danych osobowych, które program o Tobie przechowuje, o ich sprostowanie lub usunięcie. Napisz do zespołu programu na poniższy adres, z adresu, pod którym program Cię zna. Usunięcie zastępuje wszędzie Twoje imię i nazwisko oraz adres e-mail anonimowym oznaczeniem; to, co Twoje miasto zrobiło w programie, pozostaje.
privacy-controller = Administrator danych: { $controller }
privacy-contact = Napisz do: { $contact }
