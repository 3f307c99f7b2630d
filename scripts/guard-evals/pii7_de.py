"""German templates of the seventh PII bank. Every list is split by position (even → dev7,
odd → heldout7). Markers: a leading `~` = the first person appears without a cue; `@XX ` = the
text's country (DE, AT, CH)."""

PII = {}

PII["marketplace"] = [
    """eBay-Nachricht von Käufer/in {p1.full}
Artikel: Talgrat {d.product} {d.kind}, Gr. M

Hallo, die Jacke ist heute gekommen aber der Reißverschluss hakt total. Kann ich die tauschen oder soll ich sie zurückschicken? Meine neue Adresse übrigens: {a1.block}
LG {p1.first}""",
    """OTTO Market – Kundenanfrage zu Auftrag {d.order}
Von: {p1.anrede} {p1.full}
Betreff: falsche Farbe geliefert

Guten Tag, ich habe {d.colour} bestellt und grau bekommen. Wir fahren am {d.weekday} ins ((Allgäu|Berchtesgadener Land|Zillertal)), geht ein Expressversand an {a1.line}?
Mit freundlichen Grüßen
{p1.full}""",
    """Hallo {p1.first},

tut uns leid mit der Verwechslung! Das Retourenlabel geht an {p1.email}, der Ersatz geht heute raus – Sendungsnummer {d.tracking}.

Viele Grüße
{p2.full}
Talgrat Outdoor · Marktplatz-Team""",
    """~{p1.full} sagt, das Paket ist nie bei {a1.block} angekommen – DHL meldet „zugestellt" am {d.date} um {d.time}, Ablageort Garage?? eBay-Fall {x.caseid} offen, Frist {d.weekday}. Kann jemand {p1.sie_akk} unter {p1.phone} anrufen?""",
    """Kleinanzeigen: Hallo, ist das {d.product} Zelt noch da? Würde es Samstag in {a1.town} abholen oder du schickst es an {a1.block}, ich zahle per Überweisung. Falls was nicht passt bitte zurück auf {iban}. Gruß {p1.firstinit}""",
    """Amazon Käufer-Verkäufer-Nachricht
Bestellung {d.order}
Käufer: {p1.lastfirst}
Nachricht: „Wann kommt meine Lieferung?? Hab extra Urlaub genommen. Bitte um Rückruf {p1.phone}"
Antwortfrist: 24 h""",
    """Marktplatz-Risikoprüfung
Käuferkonto: {p1.full}
Lieferadresse: {a1.block}
Login-IP {ip} (Land weicht ab), 3 Bestellungen in 48 h mit den Karten {card} und Endziffern {x.last4}
→ Auftrag {d.order} zurückhalten bis {p2.first} geprüft hat""",
    """Re: Ihr eBay-Artikel {d.order}

> {p2.first} schrieb:
> Ist heute raus! Sendungsnr. {d.tracking}

danke {p2.lowerfirst}, ist angekommen, passt perfekt 👍 bewertung ist raus
{p1.lowerfirst}""",
]

PII["warranty"] = [
    """Garantieantrag {x.rma}
{p1.kundin}: {p1.anrede} {p1.full}
Artikel: {d.product} {d.kind}, gekauft am {d.date}, Seriennr. {x.serial}
Mangel: Nahtband löst sich an der linken Schulter
Rücksendeadresse: {a1.block}
Tel.: {p1.phone}""",
    """Hallo zusammen,
meine {d.product} Schuhe sind gut ein Jahr alt und die Sohle löst sich vorne an beiden. Rechnung hängt an (Bestellnr. {d.order}). Ich hätte sie lieber repariert als ersetzt, sind grad endlich eingelaufen 😅
Viele Grüße
{p1.full}
{a1.two}""",
    """Werkstattnotiz {d.date}
Teil von {p1.full} ({p1.email}): Rucksack, Schnalle gebrochen + kleiner Riss am Hüftgurt. KV: {x.eur}. {p1.kundin} hat telefonisch zugesagt, braucht ihn bis {d.weekday} zurück. Versand an {a1.street}.""",
    """~Reklamation {x.rma} abgelehnt: {d.product} wurde bei 60 Grad gewaschen (Pflegeetikett 30), Membran delaminiert. {p1.full} wurde telefonisch ({p1.phone}) informiert, war nicht begeistert. Kulanz: 20 % über Code {x.code}.""",
    """{p1.geehrte} {p1.last},

vielen Dank für die Einsendung Ihrer {d.product} {d.kind}. Unsere Werkstatt hat den Hauptreißverschluss im Rahmen der Gewährleistung kostenlos ersetzt. Die Rücksendung erfolgt versichert an:

{a1.block}

Mit freundlichen Grüßen
i. A. {p2.full}
Reparatur & Garantie · Talgrat Outdoor
{sphone}""",
    """Garantieschein (vom Papier abgetippt)
Name: {p1.caps}
Anschrift: {a1.upperline}
Tel: {p1.phone}   Mail: {p1.email}
Artikel: {d.product}   Kaufdatum: {d.date}   Beleg: ja
Fehler: Kordel an der Kapuze gerissen, Stopper weg""",
    """hey, mir ist beim {d.product} Zelt in der ersten Nacht am ((Königssee|Plansee|Vierwaldstättersee)) das Gestänge gebrochen 😩 gibts da Ersatzsegmente oder muss ich das ganze Zelt schicken? Ich bin {p1.full}, Bestellung war {d.order}. Ruf gern an: {p1.phone}""",
    """Reklamation genehmigt – Erstattung statt Reparatur (Teil nicht mehr lieferbar). {x.eur} an:
Kontoinhaber/in: {p1.full}
IBAN: {iban}
BIC: {x.bic}
Verwendungszweck: {x.rma}
Bearbeitet: {p2.initlast}""",
]

PII["pickup"] = [
    """Click & Collect – abholbereit
Auftrag {d.order} · Abholcode {x.pickup}
Kunde/Kundin: {p1.full}, {p1.phone}
Fach B3 · online bezahlt
Hinweis: {p1.ihr} Partner {p2.first} holt evtl. ab, Ausweis zeigen lassen""",
    """Hallo {p1.first}, deine Bestellung liegt in der Filiale ((München|Innsbruck|Luzern|Freiburg)) zur Abholung bereit. Code: {x.pickup}. Wir halten sie 7 Tage (bis {d.date}). Fragen? {sphone}""",
    """~Abholprotokoll {d.date}
{d.time} – {p1.full} hat {d.order} abgeholt (2 Pakete), unterschrieben
{d.time2} – {p2.full} holt für {p3.full} ab, Vollmacht per Mail gezeigt
{d.time3} – nicht erschienen: {p4.full}, 2. Erinnerung raus""",
    """Hallo, ich schaffe es diese Woche nicht in den Laden – darf mein Vater {p2.full} die Bestellung {d.order} abholen? Er bringt seinen Ausweis mit. Danke! {p1.full}, {p1.phone}""",
    """Notiz fürs Frühteam: {p1.herr} {p1.last} hat angerufen, kommt um {d.time} wegen {d.product} ({d.colour}, {d.size}) – liegt noch hinten im Lager, NICHT im C&C-Regal!! Bitte vor Öffnung rauslegen. – {p2.first}""",
    """Abholvollmacht
Hiermit bevollmächtige ich, {p1.full}, {p2.anrede_dat} {p2.full}, meine Bestellung {d.order} abzuholen.
Datum/Unterschrift: {d.date}, {p1.initlast}
Kontakt: {p1.email}""",
    """@CH Abholung Filiale Zürich
{p1.kundin}: {p1.full}
Natel {p1.phone}
kommt gegen {d.time}, zahlt vor Ort mit Twint""",
    """C&C nicht abgeholt: Auftrag {d.order}, bezahlt {d.price}, nach 14 Tagen noch da. {p1.phone} 2× probiert (Mailbox), Mail an {p1.email}. Erstattung auf die Karte, mit der bezahlt wurde ({card}), am {d.date}, falls {p1.sie} nicht doch noch kommt. – {p2.firstinit}""",
]

PII["voicemail"] = [
    """Mailbox-Transkript (automatisch) · {d.date} {d.time} · von {p1.phone}
hallo hier ist {p1.lower} ich ruf an wegen meiner bestellung äh vier sieben zwei irgendwas ich glaub {d.order} die schuhe sind zu klein können sie mich bitte zurückrufen unter dieser nummer danke tschüss""",
    """[Transkription] ja hallo {p2.lowerfirst} hier ist {p1.lowerfirst} von {d.company} wir hatten letzte woche wegen der fünfzig fleecejacken fürs team gesprochen kannst du mich mal zurückrufen meine handynummer ist {p1.phone} danke""",
    """Sprachnachricht Reparaturhotline
„Ja, guten Tag, mein Name ist {p1.full}, ich hab am, ähm, Zwölften glaub ich ein Zelt zur Reparatur abgegeben, auf dem Zettel steht {x.rma}. Wollte nur fragen, ob das fertig ist. Ich bin unter {p1.phone} erreichbar. Danke."
Erkennungsgenauigkeit: 81 %""",
    """neue sprachnachricht 0:42
transkript: hallo ich bins nochmal {p1.lower} sorry ich erreich euch nie die adresse auf der bestellung ist falsch es muss {a1.lowerline} heißen nicht die alte okay danke""",
    """Mailbox (transkribiert, kann Fehler enthalten)
Anrufer: {phone}
„grüß gott ich ruf an für {p1.meinefrau} {p1.full} die regenjacke um neunundachtzig euro fünfundneunzig soll zurück wie geht das am besten sie können mich zurückrufen {p2.first} am apparat\"""",
    """Anrufbeantworter {d.time} – „servus hier spricht {p1.full} vom ((Alpenverein|Skiclub|Lauftreff)) in {a1.town} wegen dem Gruppenrabatt über den wir geredet haben kann mich {p2.first} bitte bis freitag zurückrufen unter {p1.phone} danke pfiat di\"""",
    """voicemail-zu-text · leitung 2
guten morgen {p2.lowerfirst} hier ist {p1.lowerfirst} {p1.lowerlast} die karte wurde zweimal abgelehnt kann ich ihnen einfach die nummer durchgeben {card} gültig bis {d.expiry} bitte rufen sie mich zurück""",
    """Verpasster Anruf + Mailbox
Von: {p1.phone}
„Ja hallo, {p1.first} {p1.last} hier, ich hab eine Retoure für Bestellung {d.order}, der Kurier hat sie heute nicht bei mir abgeholt ({a1.street}), obwohl gebucht. Können Sie das für morgen neu buchen? Danke.\"""",
]

PII["calendar"] = [
    """Einladung: Talgrat x {d.company} – Vorstellung Herbstkollektion
Wann: {d.weekday}, {d.date}, {d.time}–{d.time2} Uhr
Wo: {x.room}
Organisator: {p1.full} <{p1.email}>
Teilnehmende: {p2.full}, {p3.full}, {p4.email}
Einwahl per Telefon: {sphone}, PIN {x.pin}""",
    """Terminanfrage von {p1.full}
Betreff: Filialbesuch {a1.town}
Hallo {p2.first}, können wir uns am {d.weekday} um {d.time} im Laden treffen? Adresse: {a1.block}. Parken hinterm Haus. Handy für Notfälle: {p1.phone}
{p1.first}""",
    """BEGIN:VEVENT
SUMMARY:Abstimmung Fotoshooting Karwendel
DTSTART:{x.stamp}
ORGANIZER;CN={p1.full}:mailto:{p1.email}
ATTENDEE;CN={p2.full};PARTSTAT=ACCEPTED:mailto:{p2.email}
LOCATION:{a1.line}
END:VEVENT""",
    """Aktualisierte Einladung: Händlerschulung – neuer Termin
{d.date} · {d.time}–{d.time2}
Teilnehmende
{c.attendees}
Bitte Händlernummer mitbringen.""",
    """~Abgesagt: Quartalsgespräch ({d.date}) – {p1.full} hat die Einladung abgelehnt. Nachricht: „bin im Urlaub, {p2.full} vertritt mich, erreichbar unter {p2.phone}\"""",
    """Angenommen: Call Talgrat / {d.company}
{p1.full} hat diese Einladung angenommen.
Vorgeschlagene neue Zeit: {d.weekday} {d.time}
Nachricht: „Passt, ruft mich bitte auf {p1.phone} an, bin im Auto unterwegs\"""",
    """Hallo {p1.first},
dein Beratungstermin ist bestätigt: Rucksack-Anpassung (30 Min.) am {d.date} um {d.time} in der Filiale ((Garmisch|Salzburg|Bern|Freiburg)).
Name: {p1.full}
Telefon: {p1.phone}
Anmerkung: „3 Wochen Alpenüberquerung, Rückenprobleme"
Garantie für No-Show-Gebühr: Karte {card}
Termin verschieben: talgrat-outdoor.de/termin""",
    """Blocker – bitte nicht überbuchen!!
{d.weekday} {d.time}: Austrittsgespräch {p1.full} (HR, {p2.full})
{d.weekday2} {d.time2}: Vorstellungsgespräch {p3.full}, Filialleitung ((Oberstdorf|Lienz|Davos)) – Lebenslauf im Teams-Ordner""",
]

PII["business_card"] = [
    """[OCR Visitenkarte]
{p1.caps}
Leitung Einkauf
{d.company}
{a1.upper}
T {phone}
M {p1.phone}
{p1.email}""",
    """Karte von der ((ISPO|OutDoor by ISPO|Alpinmesse Innsbruck)) eingescannt
{p1.anrede} {p1.full} | Vertriebsleitung DACH
{d.company}
{a1.line}
mobil: {p1.phone} · mail: {p1.email}
Stand B4-217 besucht, Interesse an {d.product}""",
    """OCR-Ergebnis (Konfidenz 0,74):
Dipl.-Ing. {p1.middle}
Sachverständigenbüro für Bergsportausrüstung
Tel.: {p1.phone}
E-Mail: {p1.email}""",
    """Karte vom Stammtisch in {a1.town} abgetippt:
„{p1.full} — Bergschule & Touren — {p1.phone} — {p1.email} — Hochtouren Westalpen"
will über Sponsoring reden, bis {d.date} melden""",
    """Visitenkarte (Scan)
{p1.lastfirst_caps}
{d.company}
Einkauf
Tel. {phone}""",
    """OCR → Kontaktimport
Name: {p1.capslast}
Firma: {d.company}
Adresse: {a1.block}
Mobil: {p1.phone}
E-Mail: {p1.email}
Notiz (Rückseite, handschriftlich): „nach {d.time} anrufen, nach {p2.first} fragen\"""",
    """die karte hab ich beim ((Bergfilmfestival Tegernsee|Outdoor-Stammtisch|Alpinflohmarkt)) bekommen: {p1.initlast}, Fotografie, {p1.phone}, {p1.email}. macht Lifestyle-Shootings, ca. {x.eur}/Tag. anrufen?""",
    """@AT Visitenkarte (Vorder-/Rückseite)
Vorne: {p1.anrede} {p1.full} · Filialleitung · {d.company}
Hinten: {a1.two}
{p1.phone}
„Bitte nach {p1.first} fragen\"""",
]

PII["review_reply"] = [
    """Antwort des Inhabers · Google
Hallo {p1.first}, vielen Dank für die 5 Sterne! Schön, dass dich die {d.product} am ((Watzmann|Großglockner|Säntis|Zugspitzplatt)) trocken gehalten hat. Bis zur nächsten Saison – {p2.first}, Talgrat Outdoor ((Berchtesgaden|Lienz|St. Gallen))""",
    """Trustpilot · Antwort an {p1.firstinit}
{p1.liebe} {p1.first}, es tut uns leid, dass die Retoure drei Wochen gedauert hat. Das ist nicht unser Anspruch. Die Rücksendekosten ({d.price}) haben wir erstattet. Falls noch etwas offen ist, schreib mir direkt: {p2.email}
{p2.full}, Teamleitung Kundenservice""",
    """★☆☆☆☆ „Nie wieder" – {p1.full}, {d.date}
Antwort von Talgrat Outdoor: {p1.geehrte} {p1.last}, unter Ihrem Namen finden wir leider keine Bestellung. Könnten Sie uns die Bestellnummer an {semail} schicken? Danke, {p2.first}""",
    """Google-Rezension von {p1.lower} (Local Guide · 84 Rezensionen)
„super beratung, {p2.first} hat sich 40 min zeit genommen für meine schuhe"
Antwort: danke {p1.lowerfirst}! wir richten es {p2.first} aus 🙂""",
    """~Rezensionen der Woche: Schnitt 4,6. Auffällig – {p1.full} begeistert von der {d.product}, {p2.full} unzufrieden mit der Lieferung nach {a2.town} (gelöst), {p3.firstinit} wünscht sich mehr Damengrößen, eine 1★ von {ip} als Fake gemeldet. Antwortentwürfe von {p4.first} liegen im Sheet.""",
    """Antwort auf Bewertung #{d.ticket}
Hallo {p1.full}, die {d.product} fällt klein aus – da haben wir Mist gebaut, die Größentabelle wird gerade angepasst. Umtausch ist kostenlos: einfach hier antworten oder {sphone} anrufen. Dein Talgrat-Kundenservice""",
    """{p1.geehrte} {p1.last},
danke für Ihre offene Bewertung. Sie haben recht: {p2.first} an der Kasse hätte Ihnen den Clubrabatt anbieten müssen – ich habe das im Team besprochen. Als Dankeschön erhalten Sie mit {x.code} 15 % auf Ihren nächsten Einkauf.
{p3.full}
Filialleitung ((Innsbruck|Kempten|Chur))""",
    """Bewertung (3★) von {p1.capslast}: „Jacke gut, Lieferung lahm."
Unsere Antwort: {p1.liebe} {p1.herr} {p1.last}, danke für Ihre Geduld – das Paket lag zwei Tage im Depot {a1.town}. Sendungsnummer {d.tracking}. Viele Grüße, Ihr Talgrat-Team""",
]

PII["whatsapp"] = [
    """[{d.time}] {p1.full}: hi, gibts die {d.product} wieder in {d.colour}?
[{d.time2}] Talgrat Outdoor: Hallo {p1.first}! Ja, seit gestern 🙌 sollen wir dir eine zurücklegen?
[{d.time3}] {p1.full}: ja bitte in M, hol sie Samstag""",
    """WhatsApp Business · {p1.phone}
{p1.lowerfirst}: kannst du das an meine arbeit schicken statt nach hause
{p1.lowerfirst}: {a1.block}
Talgrat: Erledigt ✔ für Auftrag {d.order} geändert""",
    """12.03. 09:14 - {p1.first} {p1.last}: Moin! Leihzelte fürs Wochenende klappt noch?
12.03. 09:20 - Talgrat Verleih: Moin {p1.first}, ja, Abholung Fr ab 16 Uhr. Kaution per Karte oder bar.
12.03. 09:21 - {p1.first} {p1.last}: Karte. {p2.ein_kumpel} {p2.full} kommt auch mit, braucht noch ne Isomatte""",
    """WhatsApp-Export
[{d.date}, {d.time}] Talgrat Outdoor: Hallo! Deine Bestellung {d.order} ist unterwegs 🚚
[{d.date}, {d.time2}] {p1.phone}: wer ist das
[{d.date}, {d.time3}] Talgrat Outdoor: Der Kundenservice von Talgrat Outdoor – du hast bei uns bestellt 😊
[{d.date}, {d.time4}] {p1.phone}: ah ok danke. bin übrigens {p1.first}""",
    """~chat mit {p1.lower}: sprachnachricht → „hab die schuhe bei der postfiliale {a1.street} abgegeben, foto vom beleg kommt" | foto da, sendungsnr {d.tracking}""",
    """WA-Übergabe Kundenchat
{p1.kundin}: {p1.full} / {p1.phone}
Anliegen: hat die komplette Kartennummer in den Chat geschrieben ({card}) 🙈 – Nachricht gelöscht, Zahlung lieber per Link. Hat außerdem nach unserer IBAN gefragt → {iban.de} geschickt
Nächster Schritt: Zahlungseingang {d.weekday} prüfen""",
    """{p1.first}: hey, hier ist {p1.first} vom ((Kletterverein|Lauftreff|Kanuclub)) 👋 könnt ihr die Rechnung für die Teambestellung auf {p2.unsere_kw} {p2.full} ausstellen? Adresse {a1.line}
Talgrat: klar {p1.first}! Rechnung {d.invoice} geht heute raus""",
    """[{d.time}] ~ {p1.first}: Hab dir ein Foto von der kaputten Schnalle geschickt
[{d.time2}] ~ {p1.first}: ach und neue Nummer, alte war {p1.phone}, jetzt {p1.phone2}
[{d.time3}] Talgrat Outdoor: Danke {p1.first}, beides notiert 👍""",
]

PII["wholesale"] = [
    """Bestellung {d.invoice}
Händler: {d.company}
{p1.ansprechpartnerin}: {p1.full}, Einkauf
Lieferanschrift: {a1.block}
USt-IdNr. {x.vat}

{d.product} {d.kind} – {d.qty} Stk – {d.colour}
{d.product2} – {d.qty2} Stk
Bitte Liefertermin bestätigen. Zahlung 30 Tage netto.""",
    """Hallo {p1.first},
anbei unsere Vororder Frühjahr. Lieferadresse wie letztes Jahr ({a1.line}), Rechnungen aber bitte ab sofort an {rolemail}, z. Hd. {p2.anrede_dat} {p2.full} (Buchhaltung).
{d.qty} × {d.product} (EAN {gtin})
{d.qty2} × {d.product2} (EAN {gtin2})
Beste Grüße
{p3.full}
{d.company}""",
    """Neukunde Fachhandel – Stammdaten
Firma: {d.company}
{p1.inhaberin}: {p1.full}
Anschrift: {a1.block}
Tel.: {phone}
E-Mail: {rolemail}
SEPA-Lastschrift: {iban}
USt-IdNr.: {x.vat}
Freigabe {p2.initlast}, {d.date}""",
    """~AW: Rückstand {d.order} – {p1.full} von {d.company} fragt jetzt zum dritten Mal. Die brauchen die {d.qty} {d.product} vor ihrer Hausmesse am {d.date}. Können wir die verfügbaren {d.qty2} vorab schicken? Lager: {p2.full} ({p2.phone}).""",
    """Nachbestellung über Händlerportal
Kundennr.: {x.cust} · {d.company}
Angelegt von: {p1.email}, IP {ip}
Positionen: {d.sku} ×{d.qty}, {d.sku2} ×{d.qty2}
Lieferung an Filiale: {a1.street}""",
    """Sehr geehrte Damen und Herren,
bitte ändern Sie die Lieferadresse unserer Bestellung {d.order} auf unser neues Lager:
{a1.two}
Warenannahme {d.time}–{d.time2} Uhr, bitte nach {p1.herrn} {p1.last} fragen oder {p1.phone} anrufen.
Mit freundlichen Grüßen
{p2.full}""",
    """Faxbestellung (eingescannt, abgetippt von {p2.first})
Von: {d.company}, z. Hd. Talgrat Vertrieb
{d.qty} x {d.product} {d.size}
{d.qty2} x {d.product2}
gez. {p1.caps}, {d.date}""",
    """@AT Kreditlimit-Anfrage
Händler {d.company} ({x.cust}) möchte das Limit von {x.eur} auf {x.eur2} erhöhen. {p1.inhaberin} {p1.anrede} {p1.full} bürgt persönlich. Letzte 3 Rechnungen pünktlich. Konto: {iban}. Entscheidung: {p2.first}""",
]

PII["rental"] = [
    """MIETVERTRAG {x.contract}
Mieter/in: {p1.full}
Anschrift: {a1.block}
Telefon: {p1.phone}
Ausweis geprüft: Personalausweis ✔
Leihartikel: 2× {d.product} Zelt, 2× Isomatte
Zeitraum: {d.date} – {d.date2}
Kaution: {x.eur}, geblockt auf Karte {card}""",
    """Hallo {p1.first},
danke fürs Ausleihen! Deine Kaution ({x.eur}) haben wir auf {iban} zurücküberwiesen, dauert 2–3 Werktage. Der Kocher hatte eine kleine Delle, da drücken wir ein Auge zu 😉
Grüße
{p2.first} – Talgrat Verleih ((Garmisch|Innsbruck|Engelberg))""",
    """Skitouren-Verleih – Formular handschriftlich, abgetippt
Name: {p1.lower}
Adresse: {a1.lowerline}
Schuhgröße 27,5 / 42   Größe 178 cm
Notfallkontakt: {p2.lower}, {p2.phone}
Karte für Kaution: {card}
Unterschrift ✔""",
    """~Überfällig: {p1.possfull} {d.product} Rucksack + Stöcke, fällig am {d.date}, noch nicht zurück. 2× {p1.phone} angerufen, keiner geht ran. Ab morgen {d.price}/Tag. Nächster Schritt: Brief an {a1.block}.""",
    """Schadensprotokoll Verleih {x.contract}
{p1.kundin}: {p1.lastfirst}
Artikel: {d.product} 3P-Zelt, Außenzelt eingerissen (ca. 15 cm)
Reparaturkosten: {x.eur}
Belastet auf hinterlegte Karte, Endziffern {x.last4}
Mitarbeiter/in: {p2.full}""",
    """{p1.geehrte} {p1.last},
anbei Ihr Mietvertrag für den Betriebsausflug der {d.company} ({d.qty} Sets Regenbekleidung). Abholung in unserer Filiale {sa.line} am {d.date}.
Rechnungsanschrift laut Auftrag: {a1.block}
Freundliche Grüße
{p2.full}""",
    """~E-Bike + Rucksack, Laufkundschaft {d.time}: {p1.firstinit} + Freundin, bar bezahlt, Führerschein als Pfand (Kopie in Schublade 2). Tel {p1.phone}. bis 18 Uhr zurück!!""",
    """@AT Leihvertrag {x.contract}
Mieter/in: {p1.full}, geb. {x.dob}
{a1.block}
Kaution per SEPA: {iban}
Ski, Felle, LVS-Gerät (Seriennr. {x.serial})""",
]

PII["tour_booking"] = [
    """Buchungsbestätigung {x.booking}
Kurs: Orientierung mit Karte & Kompass, ((Wetterstein|Rofan|Alpstein)), {d.date}
Hauptbucher/in: {p1.full}, {p1.email}, {p1.phone}
Teilnehmende:
{c.participants}
Bezahlt: Karte {card}
Treffpunkt: Parkplatz {a1.street}, {d.time} Uhr""",
    """Hallo {p1.first},
du bist für die geführte Tour auf den ((Watzmann|Hochkönig|Pilatus|Großen Arber)) am {d.weekday}, {d.date} angemeldet! Dein Guide ist {p2.full} ({p2.phone}, nur am Tourtag). Bitte Regenjacke und Brotzeit mitbringen.
Bis dann,
Talgrat Touren""",
    """Tourenanmeldung
Vorname: {p1.first}
Nachname: {p1.last}
Geburtsdatum: {x.dob}
Anschrift: {a1.block}
Handy: {p1.phone}
Notfallkontakt: {p2.full} ({v.relation}), {p2.phone}
Ernährung: vegetarisch""",
    """Teilnehmerliste – Klettersteig-Einsteigerkurs, {d.date}
{c.participants}
Bergführer/in: {p1.full}""",
    """~Umbuchung {x.booking}: {p1.full} kann nicht (Knie), Platz geht an {p2.full} – gleiche Mailadresse {p1.email}. Keine Preisdifferenz. Notfallkontakt für {p2.first}: {p3.full}, {p3.phone}""",
    """Hallo, ich möchte den Lawinenkurs für mich und meinen Sohn buchen. Ich: {p1.full}, {p1.phone}. Er: {p2.first}, 16. Zahlung per Karte {card}, gültig bis {d.expiry}. Bestätigung bitte an {p1.email}. Danke!""",
    """Hüttenwochenende – Zimmerliste
Zimmer 1: {p1.full} / {p2.full}
Zimmer 2: {p3.full} / {p4.full}
Lager: {p5.full} (Einzelzuschlag bezahlt)
Notfallnummer der Gruppe: {p1.phone}""",
    """Im Notfall bitte benachrichtigen:
{p2.full} – {v.relation}
{p2.phone}
{a2.block}
(für {p1.teilnehmerin} {p1.full}, Tour {x.booking})""",
]

PII["newsletter_reply"] = [
    """AW: 🏔 Herbst-Drop: die neue {d.product} ist da
Bitte nehmen Sie mich aus dem Verteiler. Ich habe mich schon zweimal abgemeldet.
{p1.full}
Von meinem iPhone gesendet""",
    """AW: Dein Talgrat-Newsletter
Hallo, ihr schreibt immer „Hallo {p1.last}" – das ist mein Nachname 🙂 Vorname wäre {p1.first}. Und könntet ihr mir den Katalog an {a1.block} schicken? Danke""",
    """Automatische Antwort: Ich bin bis {d.date} nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an {p2.anrede_dat} {p2.full}, {p2.phone}.
{p1.full} | Einkauf | {d.company}""",
    """AW: Gewinnspiel – gewinne einen {d.product} Rucksack!
Meine Antwort ist „Kaltkar". Ich heiße {p1.full}, Adresse {a1.line}. Hoffentlich klappt es diesmal haha""",
    """~Newsletter-Antworten diese Woche: {p1.email} will weniger Mails, {p2.full} fragt nach Kaltkar-Größen, {p3.email} Bounce (Postfach voll), {p4.full} sagt, Code {x.code} geht nicht.""",
    """Betreff: AW: Bitte bestätige deine Anmeldung
Bestätigt von {p1.email} am {x.stamp} von IP {ip}
User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64)
Double-Opt-in: ok""",
    """Hallo Talgrat-Team,
ich glaube, ein Newsletter ist bei der falschen Person gelandet – adressiert an {p2.full}, aber in meinem Postfach ({p1.email}). Vielleicht ein Tippfehler in der Adresse?
Viele Grüße
{p1.first}""",
    """AW: Letzte Chance: 20 % bis heute Nacht
hört auf mir zu schreiben. hab {p2.first} in eurer filiale schon im MÄRZ gesagt, dass ihr meine daten löschen sollt.
– {p1.caps}""",
]

PII["press_release"] = [
    """PRESSEMITTEILUNG
Talgrat Outdoor eröffnet Flagship-Store in ((Innsbruck|Zürich|Freiburg|Leipzig))
{a1.town}, {d.date} – Talgrat Outdoor eröffnet am {d.weekday} seinen neuen Store unter der Adresse {a1.line}. …
Pressekontakt:
{p1.full}
Leitung Unternehmenskommunikation
{p1.phone}
{p1.email}""",
    """Presseinformation: Talgrat x {d.company}
„Uns verbindet die Liebe zu wilden Orten", sagt {p1.full}, {p1.gruenderin} von {d.company}. {p2.gf} {p2.full} ergänzt: „Es geht ums Reparieren statt Neukaufen."
Medienanfragen: {p3.full}, {p3.email}, {p3.phone}""",
    """NEWS · {d.date}
{d.product} gewinnt ((Outdoor Industry Award|Alpin-Testsieg|Design-Preis)). „Die Jury war vom recycelten Obermaterial begeistert", so {p1.vorsitzende} {p1.full}.
Bildmaterial: talgrat-outdoor.de/presse
Kontakt: {p2.initlast}, Pressestelle, {sphone}""",
    """~Pressemappe: Factsheet, 12 Produktbilder ({d.product}, {d.product2}), Porträt {p1.full} (Foto: {p2.full}), Logos. Sperrfrist bis {d.date}, {d.time} Uhr.""",
    """Für Rückfragen, Muster oder Interviewanfragen mit {p1.athletin} {p1.full} wenden Sie sich bitte an:
{p2.full} · {d.company}
{a2.block}
{p2.phone} · {p2.email}""",
    """PR-Hinweis: {p1.sprecherin} zum Rückruf des {d.product} Kartuschenadapters (Charge {x.serial}) ist {p1.anrede} {p1.full}. Nur {p1.sie} gibt Auskunft an Medien. Kundenhotline: {sphone}.""",
    """@CH Medienmitteilung
Talgrat Outdoor ernennt neue Geschäftsleitung Schweiz
{d.date} – {p1.full} (42) wechselt von {d.company} zu Talgrat …
Hinweis an die Redaktionen: Porträtfotos von {p1.first} auf Anfrage.
Kontakt: {semail} | {p2.full} | {p2.phone}""",
    """Talgrat Outdoor spendet {x.eur} an die Bergwacht ((Berchtesgaden|Garmisch|Hinterstoder))
Zitat: „Die kamen um zwei Uhr nachts bei Sturm zu uns hoch", erzählt {p1.full}, {p1.deren} Wandergruppe letzten Winter gerettet wurde.
Presse: {p2.full}, {p2.email}""",
]

PII["job_ad"] = [
    """Wir suchen: Verkäufer/in (m/w/d) in Teilzeit, 20 Std. – Talgrat Outdoor ((Kempten|Rosenheim|Graz|Winterthur))
Du liebst die Berge und redest gern mit Menschen? Schick deinen Lebenslauf bis {d.date} an {p1.full}, Filialleitung: {p1.email}
Fragen? Ruf {p1.first} an: {p1.phone}""",
    """Stellenangebot: Lagermitarbeiter (m/w/d)
Einsatzort: {a1.line}
Start: ab sofort · Schichten {d.time}–{d.time2}
{p1.ihre_ap_cap}: {p1.anrede} {p1.last}, Personalabteilung, {phone}""",
    """Tourenguides für die Sommersaison {x.year} gesucht 🏕
Bewerbung über talgrat-outdoor.de/jobs oder per Mail an {p1.email} (Betreff: Guide {x.year}). Gespräche im ((März|April)) mit {p1.first} und {p2.first}.""",
    """Talgrat Outdoor sucht Kundenberater/in (Deutsch/Englisch).
Das bieten wir: …
Bewerbung mit Lebenslauf an {semail}. {p1.deine_ap_cap} ist {p1.full}, Teamleitung Kundenservice. Bitte nicht anrufen – wir antworten auf jede Bewerbung innerhalb von 10 Tagen.""",
    """~Bewerbungsstand Filiale Oberstdorf: {p1.full} (stark, 6 J. Einzelhandel), {p2.full} (keine Erfahrung, aber DAV-Trainerschein), {p3.full} – Telefoninterview am {d.weekday}. Zwei Bewerbungen kamen von derselben IP ({ip}) – komisch. {p4.first} soll Referenzen prüfen.""",
    """Interne Stellenausschreibung
Stellv. Filialleitung – {a1.town}
Führungskraft: {p1.full}
Bewerbung intern bis {d.date}. Umzugshilfe möglich, sprich dazu mit {p2.full} aus dem People-Team ({p2.phone}).""",
    """Hallo {p1.first},
danke für deine Bewerbung als Verleih-Techniker/in. Wir laden dich zum Probearbeiten am {d.date} um {d.time} Uhr in unsere Werkstatt ein: {sa.line}. Bitte Arbeitsschuhe mitbringen. Falls es nicht passt, ruf mich an: {p2.phone}.
Viele Grüße
{p2.full}""",
    """@AT Fotograf/in auf Honorarbasis für unsere Herbstkampagne in den ((Dolomiten|Hohen Tauern|Dachstein)) gesucht. Tagessatz VB. Portfolio an {p1.initlast}: {p1.email}""",
]

PII["sms"] = [
    """Talgrat: Hallo {p1.first}, deine Bestellung {d.order} liegt zur Abholung bereit. Code {x.pickup}. Abmelden: STOP""",
    """Von {phone}: hi hier ist {p1.first}, ist die reparatur fertig? danke""",
    """SMS an {p1.phone}: Ihre Lieferung kommt am {d.weekday} zwischen {d.time} und {d.time2} Uhr. {p2.fahrerin}: {p2.first}. Sendungsverfolgung: {d.tracking}""",
    """Talgrat Verleih: Hallo {p1.full}, Erinnerung – deine Leihe endet morgen um {d.time}. Verspätung {d.price}/Tag. Fragen: {sphone}""",
    """~SMS-Versand {d.date}: 412 raus / 398 zugestellt / 14 fehlgeschlagen (z. B. {p1.phone}, {p2.phone} – ungültig). Antwort von {p3.phone}: „falsche nummer, bin nicht {p4.full}\"""",
    """Hi {p1.first}, hier ist {p2.first} von Talgrat – deine {d.product} ist in {d.size} wieder da. Soll ich dir eine bis {d.weekday} zurücklegen?""",
    """Hallo {p1.first}, dein Talgrat-Bestätigungscode lautet {x.pin}. Nicht weitergeben. Warst du das nicht? Ruf uns an: {sphone}""",
    """[SMS] {p1.phone} → Talgrat: Kann ich die Lieferung an {a1.line} umleiten? Bin Dienstag nicht da. {p1.firstinit}""",
]

PII["wiki_table"] = [
    """## Filialkontakte (intern)
{c.staff}

_Zuletzt bearbeitet von {p1.full}, {d.date}_""",
    """### Händlerkontakte Süd
{c.dealers}""",
    """# Rufbereitschaft Lager
{c.oncall}
Eskalation: {p1.full} ({p1.phone})""",
    """## Ansprechpartner Zentrale
{c.staff}
> Neue Einträge bitte vorher mit {p1.first} abstimmen.""",
    """| Feld | Wert |
|---|---|
| Kunde | {p1.full} |
| E-Mail | {p1.email} |
| Telefon | {p1.phone} |
| Straße | {a1.street} |
| PLZ | {a1.zip} |
| Ort | {a1.town} |
| Problem | doppelte Abbuchung, erstattet {d.date} |""",
    """Wiki › Retouren › Auffällige Kund:innen (NICHT weitergeben)
| Name | Grund | seit |
|---|---|---|
| {p1.lastfirst} | 9 Retouren in 2 Monaten, alles getragen | {d.date} |
| {p2.lastfirst} | Chargeback-Betrug, Karte {card} | {d.date2} |""",
    """## Key Accounts
| Account | Kontakt | Mobil |
| --- | --- | --- |
| {d.company} | {p1.full} | {p1.phone} |
| {d.company2} | {p2.full} | {p2.phone} |
| {d.company3} | {p3.initlast} | {p3.phone} |""",
    """### VPN-Freigaben
| Wer | IP | seit |
|---|---|---|
| {p1.full} | {ip} | {d.date} |
| {p2.full} | {ip2} | {d.date2} |""",
]

PII["html_mail"] = [
    """<p>Hallo {p1.first},</p><p>danke für deine Bestellung <b>{d.order}</b>! Sie geht an:</p><p>{a1.line}</p><p>Fragen? Ruf uns an: <a href="tel:{sphone}">{sphone}</a></p>""",
    """Von: "{p1.full}" &lt;{p1.email}&gt;
An: {semail}
X-Originating-IP: [{ip}]
Content-Type: text/html; charset=utf-8

<div>Guten Tag, der Träger an meinem {d.product} ist nach zwei Touren gerissen.<br>Bestellung {d.order}<br><br>Mit freundlichen Grüßen<br>{p1.full}</div>""",
    """<table><tr><td>Name</td><td>{p1.full}</td></tr><tr><td>Telefon</td><td>{p1.phone}</td></tr><tr><td>Anschrift</td><td>{a1.line}</td></tr></table>""",
    """<html><body><p>{p1.geehrte} {p1.last},</p><p>Ihre Retoure <strong>{x.rma}</strong> ist eingegangen. Die Erstattung über {d.price} erfolgt auf Ihre Karte mit den Endziffern {x.last4}.</p><p>Freundliche Grüße<br>{p2.full}<br>Talgrat Outdoor Kundenservice</p></body></html>""",
    """~<li><a href="mailto:{p1.email}">{p1.full}</a> – Außendienst Nord</li>
<li><a href="mailto:{p2.email}">{p2.full}</a> – Außendienst Süd</li>""",
    """<div class="signatur"><b>{p1.caps}</b><br>Key Account Management<br>{d.company}<br>{a1.line}<br>Mobil: {p1.phone}</div>""",
    """&gt; Am {d.date} schrieb {p1.full} &lt;{p1.email}&gt;:
&gt; Hallo, kann ich bei {d.order} noch die Größe ändern? &nbsp;Danke, {p1.first}
<br><br>Hallo {p1.first}, ja – erledigt! {p2.first}""",
    """<form-data>
<input name="vorname" value="{p1.first}">
<input name="nachname" value="{p1.last}">
<input name="email" value="{p1.email}">
<input name="iban" value="{iban}">
<input name="karte" value="{card}">
<input name="steuer_id" value="{taxid}">
<input name="ip" value="{ip}" type="hidden">
</form-data>""",
]

PII["mail_merge"] = [
    """{p1.herr}
{p1.full}
{a1.two}

{p1.geehrte} {p1.last},

als Mitglied im Talgrat Club erhalten Sie ab dem {d.date} exklusiven Zugang zu unserem Winterschlussverkauf. Ihr persönlicher Code: {x.code}.

Herzliche Grüße
{p2.full}
Leitung Kundenbindung""",
    """{p1.full}
{a1.block}

{p1.liebe} {p1.first},
deine Talgrat-Mitgliedschaft verlängert sich am {d.date}. Der Jahresbeitrag von {d.price} wird von deinem Konto {iban} eingezogen (Mandatsreferenz {x.mandate}). Du musst nichts tun.
Dein Talgrat-Club-Team""",
    """{p1.geehrte} {p1.lastcaps},

VIELEN DANK für Ihren Einkauf im Jahr {x.year}! Anbei Ihr Gutschein über {d.price}, gültig bis {d.date}.

Talgrat Outdoor GmbH
PS: Ihre Daten können Sie jederzeit unter talgrat-outdoor.de/konto ändern.""",
    """~[Serienbrief-Vorschau 3/250] An: {p1.lastfirst} | {a1.line} | Anrede: {p1.liebe} {p1.first} | Segment: inaktiv 12M+""",
    """@AT z. Hd. {p1.anrede_dat} {p1.full}
{d.company}
{a1.block}

{p1.geehrte} {p1.last},
anbei unsere Händlerpreisliste für die kommende Saison …
Mit freundlichen Grüßen
{p2.full}
Leitung Großhandel""",
    """{p1.liebe} {p1.first}, {p2.liebe_lc} {p2.first},
schön, dass ihr beide im Talgrat Trail Team seid! Eure Willkommenspakete gehen diese Woche an {a1.line}.
Viele Grüße
{p3.first}""",
    """{p1.caps}
{a1.upper}

Ihr Kundenkonto {x.cust}

{p1.geehrte} {p1.last}, …""",
    """Hallo {p1.first} 👋
Alles Gute zum Geburtstag von uns allen! Mit {x.code} bekommst du 20 % Rabatt, gültig bis {d.date}.
— gesendet an {p1.email}, weil du Mitglied im Talgrat Club bist""",
]

PII["courier"] = [
    """Kurierauftrag – Same Day
Abholung: Talgrat Outdoor, {sa.block} (Wareneingang, Hintereingang)
Zustellung an: {p1.full}, {a1.block}
Kontakt vor Ort: {p1.phone}
1 Paket, 12 kg, Ref. {d.order}""",
    """Zustellhinweis: bei Nichtantreffen bitte bei {p2.nachbarin} {p2.full} abgeben, NICHT vor die Tür stellen, Hund beißt!! – {p1.first}""",
    """DPD Predict – Empfängerhinweis
{p1.caps}
{a1.upper}
Ablageort: Gartenhaus hinterm Haus, Code {x.pin}
Mobil {p1.phone}""",
    """~Dispo: Palette für {d.company} geht an {a1.block}, NICHT an den Firmensitz. Hebebühne nötig. Fahrer soll {p1.full} 30 Min. vorher unter {p1.phone} anrufen.""",
    """Hallo, Kurier hier – stehe bei {a1.street}, keiner macht auf, gibts ne andere Nummer von {p1.first}? Die auf dem Label ({p1.phone}) geht auf Mailbox""",
    """@AT Abholauftrag Retoure (Post.at)
Abholadresse: {a1.block}
Name: {p1.full}
Termin: {d.date}, ganztägig
Label-Code: {x.rma}""",
    """Speditionsauftrag
Versender: Talgrat Outdoor GmbH, {sa.line}
Empfänger: {d.company}, z. Hd. {p1.anrede_dat} {p1.full}, {a1.line}
Avis an: {p2.full}, {p2.email}, {p2.phone}
Incoterms DAP · 3 Paletten · Zolltarifnr. 6201 40""",
    """Fahrradkurier: Musterjacke bei {p1.first} abholen, {a1.line} (3. OG, klingeln bei „{p1.lastcaps}") und vor {d.time} Uhr ins Studio bringen""",
]

PII["chargeback"] = [
    """Chargeback-Benachrichtigung {x.caseid}
Grund: 13.1 Ware nicht erhalten
Karteninhaber/in: {p1.caps}
Karte: {card}
Betrag: {d.price} · Bestellung {d.order}
Antwort bis: {d.date}""",
    """Stellungnahme zur Rückbuchung
Bestellung {d.order} wurde am {d.date} an {a1.block} zugestellt und von „{p1.lastcaps}" quittiert. Bestellt wurde von IP {ip}, derselben IP wie bei 4 früheren, nicht beanstandeten Bestellungen von {p1.full} mit derselben Karte ({card}). Sendungsnr. {d.tracking}.""",
    """Hallo {p1.first},
deine Bank hat uns mitgeteilt, dass du die Zahlung für Bestellung {d.order} zurückgebucht hast. Laut unseren Daten wurde das Paket zugestellt. Falls das ein Versehen war, zieh den Widerspruch bitte bei deiner Bank zurück. Sonst ruf mich gern an: {p2.phone}.
Danke,
{p2.full}, Zahlungsverkehr""",
    """~PayPal-Fall {x.caseid}: Käufer {p1.email} sagt, die {d.product} „weicht erheblich von der Beschreibung ab". Fotos zeigen ein anderes Modell. An {p2.first} eskalieren. Name im Konto: {p1.full}.""",
    """Rücklastschrift
Zahlungspflichtige/r: {p1.lastfirst}
IBAN: {iban}
Rückgabegrund: AC04 – Konto erloschen
Betrag: {d.price} + Bankgebühr
Mandatsreferenz: {x.mandate}""",
    """Guten Tag,
auf meiner Kreditkarte {card} ist eine Abbuchung über {d.price} von TALGRAT OUTDOOR, die ich nicht kenne. Ich habe bei Ihnen nichts bestellt. Bitte stornieren Sie das, sonst gehe ich zur Bank.
{p1.full}
{p1.phone}""",
    """Stripe-Dispute · {x.caseid}
Kunde: {p1.full} ({p1.email})
Rechnungsadresse: {a1.line}
Karte Endziffern {x.last4} · 3-D Secure: bestanden
IP beim Checkout: {ip}
Status: Antwort erforderlich""",
    """Notiz Buchhaltung: {p1.herr} {p1.last} hat die Rückbuchung gewonnen (2× falsche Größe geschickt). {d.price} ausbuchen, Kulanzcode {x.code} schicken. Erstattung Mehrporto auf {iban} am {d.date} erledigt, {p2.initlast}.""",
]

PII["insurance"] = [
    """Schadensmeldung Transportschaden
Absender: Talgrat Outdoor GmbH
Empfänger/in: {p1.full}, {a1.block}
Sendungsnr.: {d.tracking}
Warenwert: {d.price}
Schaden am {d.date} festgestellt, Fotos anbei""",
    """Sehr geehrte Damen und Herren,
hiermit melde ich den Diebstahl meiner Leihausrüstung (2 Pickel, Steigeisen) aus meinem Auto am Parkplatz ((Hintersee|Wimbachbrücke|Hinterhornalm)) am {d.date}. Polizeiliches Aktenzeichen {x.ref}. Die Ausrüstung stammt aus dem Talgrat-Verleih, Vertrag {x.contract}.
{p1.full}
{a1.two}
{p1.phone}""",
    """Schadennr. {x.claim}
Versicherungsnehmer/in: {p1.full}
Geb.: {x.dob}
Anschrift: {a1.line}
Gegenstand: {d.product} Daunenjacke, gekauft {d.date} für {d.price}
Hergang: am Lagerfeuer angesengt (Versehen)
Auszahlung an: {iban}""",
    """~Versicherung will die Originalrechnung für {p1.possfull} gestohlene {d.product} ({d.invoice}). Am {d.date} als PDF an {p2.full} ({p2.email}) geschickt.""",
    """@AT Unfallmeldung Filiale {a1.town}
Am {d.date} gegen {d.time} Uhr ist {p1.die} {p1.kundin} {p1.full} im Eingangsbereich auf dem nassen Boden ausgerutscht. Erste Hilfe durch {p2.full}. {p3.zeugin}: {p3.full}, {p3.phone}. Kein Rettungswagen nötig.""",
    """Hallo, mir ist auf der Autobahn der Dachträger gebrochen und die Dachbox mit dem {d.product} Zelt von euch ist weg. Die Versicherung braucht eine Rechnungskopie – Bestellung {d.order}, Name {p1.full}. Könnt ihr die an {p1.email} schicken? Danke""",
    """Schadenformular handschriftlich (abgetippt)
versicherte person: {p1.lower}
anschrift: {a1.lowerline}
hergang: zelt bei sturm am ((Schrecksee|Seealpsee|Geisalpsee)) weggeflogen, gestänge verbogen
wert ca.: {d.price}
tel: {p1.phone}""",
    """Update Transportschaden: {x.claim} anerkannt, {d.price} gezahlt. {p1.kundin} {p1.last} (Bestellung {d.order}) hat schon Ersatz bekommen, also nichts zu erstatten. Erledigt, {p2.first}.""",
]

PII["sponsoring"] = [
    """ATHLETENVERTRAG {x.contract}
zwischen der Talgrat Outdoor GmbH, {sa.line} („Talgrat")
und {p1.full}, geb. {x.dob}, wohnhaft {a1.line} („{p1.athletin}")
§ 3 Vergütung: {x.eur} pro Saison, zahlbar auf {iban}
Steuerliche Identifikationsnummer: {taxid}""",
    """Hallo {p1.first},
gute Nachrichten – die Rechtsabteilung hat dein Sponsoring für {x.year} freigegeben! Kit-Budget {x.eur}, dazu Podiumsprämien. Die Buchhaltung hat von letztem Jahr noch IBAN {iban} und Steuer-ID {taxid} – stimmt das noch?
Grüße, {p2.full}
Athlete Management""",
    """Antwort von {p1.full}: „Klar! IBAN {iban}, Steuer-ID {taxid}. Adresse unverändert: {a1.line}. Danke!! {p1.first}\"""",
    """~Sponsoring-Shortlist {x.year}: {p1.full} (Trailrunning, 48k Follower), {p2.full} (Klettern, Fb 8a), {p3.full} (Ultra, AK-Sieg beim ((Zugspitz Ultratrail|Großglockner Ultra-Trail|Eiger Ultra Trail))). Budget gesamt {x.eur}.""",
    """Fahrervertrag – Zahlungsdaten
Name: {p1.full}
Steuer-IdNr.: {taxid}
IBAN: {iban}
Steuernummer: {x.stnr}
Management: {p2.full}, {p2.email}""",
    """{p1.geehrte} {p1.last},
wie besprochen unterstützen wir das Team von {d.company} beim ((Transalpine Run|Zugspitz-Lauf|Stubai Ultratrail)) mit 12 Sets {d.product}. Lieferung an {p2.kapitaenin} {p2.full}, {a2.line}. Bitte Logos bis {d.date} freigeben.
Mit freundlichen Grüßen
{p3.full}""",
    """Ambassador-Programm – Onboarding-Checkliste {p1.full}
☑ Vertrag unterschrieben ({d.date}, E-Signatur von IP {ip})
☑ Größen: {d.size}
☐ Zahlung: IBAN {iban} (Name prüfen!)
☐ Fotoeinwilligung
Kontakt: {p1.phone}""",
    """Rechnung von {p1.full}, {a1.line}
Steuer-ID: {taxid}
Content-Honorar Q3: {x.eur}
„Gemäß § 19 UStG wird keine Umsatzsteuer berechnet."
Zahlbar auf {iban}""",
]

PII["model_release"] = [
    """MODEL-RELEASE / EINWILLIGUNG
Ich, {p1.full}, geb. {x.dob}, räume der Talgrat Outdoor GmbH das Recht ein, die am {d.date} am ((Königssee|Seealpsee|Achensee|Geroldsee)) entstandenen Fotos für Werbezwecke zu nutzen.
Anschrift: {a1.block}
Unterschrift: {p1.initlast}
Fotograf/in: {p2.full}""",
    """Einwilligung Minderjährige/r
Model: {p1.first} {p1.last} (11 J.)
Erziehungsberechtigte/r: {p2.full}, {p2.phone}
Anschrift: {a1.line}
Honorar: {x.eur}, auf das Konto der/des Erziehungsberechtigten {iban}""",
    """Hi {p1.first}, danke fürs Shooting gestern! Unterschreibst du mir noch das Release (hängt an) und schickst mir deine Bankverbindung fürs Honorar von {x.eur}? Für die Buchhaltung brauchen wir außerdem deine Steuer-ID. – {p2.first}, Talgrat Marketing""",
    """~Shootingtag {d.date} – Talents: {p1.full} (Hero-Jacke, {d.size}), {p2.full} (Rucksäcke), Hund „Wolf" gehört {p2.first}. Treffpunkt {d.time} am Parkplatz {a1.street}.""",
    """Release eingegangen von {p1.full}
✔ unterschrieben {d.date} (E-Signatur, IP {ip})
✔ IBAN {iban}
✔ Steuer-ID {taxid}
✘ Ausweiskopie fehlt – Erinnerung an {p1.email}""",
    """FOTOGRAFENVERTRAG
{p1.full} („{p1.fotografin}"), {a1.block}, USt-IdNr. {x.vat}
Nutzung: Web + Print, 3 Jahre
Bildnachweis: „Foto: {p1.full}"
Steuer-ID: {taxid}
Honorar: {x.eur} zzgl. MwSt. an {iban}
Elektronisch unterschrieben von {ip}""",
    """Talent-Buchung über Agentur
Agentur: {d.company}, Booking {p2.full} ({p2.phone})
Model: {p1.firstinit} – 172 cm, Schuh 39
Tagessatz {x.eur}, Buy-out extra""",
    """Wer hat das unterschriebene Release vom Shooting am ((Watzmann|Wilden Kaiser|Alpstein)) (Model: {p1.full})? Bitte hochladen, Legal braucht es vor dem Kampagnenstart am {d.date}. Danke, {p2.first}""",
]

PII["team_roster"] = [
    """Filialteam Talgrat ((Kempten|Salzburg|Luzern))
{c.staff}
Festnetz Filiale: {phone}""",
    """Dienstplan KW 32
{c.oncall}
Tausch nur über {p1.first}!""",
    """Teamliste ((Zugspitz-Staffel|Bodensee-Staffel|Wachau-Marathon))
Kapitän/in: {p1.full} ({p1.phone})
Läufer/innen: {p2.full}, {p3.full}, {p4.full}, {p5.full}
Begleitfahrzeug: {p6.full}""",
    """Kundenservice – wer macht was
{c.staff}""",
    """~event-crew: {p1.lowerfirst} (theke), {p2.lowerfirst} + {p3.lowerfirst} (testcenter), {p4.lowerfirst} (fotos). treffpunkt {a1.line} um {d.time}""",
    """@DE Neu im Team diesen Monat
• {p1.full} – Verkauf, Filiale {a1.town}, Start {d.date} (Steuer-ID {taxid} liegt vor)
• {p2.full} – Lager, Nachtschicht
• {p3.full} – Kundenservice (DE/EN)
Pat:innen: {p4.first}, {p5.first}, {p6.first}""",
    """@DE Lohnliste Aushilfen (vertraulich)
{c.payroll}""",
    """Ansprechpersonen Bergwacht (für geführte Touren)
{c.oncall}""",
]

PII["forum_post"] = [
    """Re: Talgrat {d.product} – lohnt sich das?
Hab meine seit zwei Wintern, immer noch dicht. Einziges Manko ist die Kapuze. Gekauft in der Filiale ((Garmisch|Innsbruck|Bern)), der Verkäufer dort ({p2.first}?) hatte echt Ahnung.
— {p1.full}""",
    """[Biete] Kaum benutztes {d.product} Zelt, {d.price}, Abholung in {a1.town} oder Versand. PN oder anrufen: {p1.phone}. Gruß {p1.first}""",
    """Mod-Hinweis: Beitrag entfernt, in dem die Privatadresse ({a1.block}) und Telefonnummer ({p1.phone}) eines Mitglieds stand. IP des Verfassers {ip} für 7 Tage gesperrt. – {p2.first} (Mod)""",
    """Tourenbericht: ((Jubiläumsgrat|Watzmann-Überschreitung|Heilbronner Weg)) im Spätherbst
…
Danke an {p2.full} für die geliehenen Steigeisen und an {p3.first} fürs Mitnehmen.
– {p1.firstinit}""",
    """~hat noch jemand das problem dass sich die sohle von den {d.product} löst? bei mir nach 4 monaten. {p1.full} vom kundenservice meinte es ist garantie aber ich brauch den beleg und der ist weg 😒""",
    """Re: Re: Bester Laden in {a1.town}?
Talgrat ({a1.street}), ganz klar. Frag nach {p1.first}, {p1.sie} kennt jede Hütte im Umkreis.
{p2.full}""",
    """Beitrag von {p1.lower} · {d.date}
Verloren: blaue {d.product} Jacke am Gipfelkreuz vom ((Hochgern|Schafberg|Rigi)) am Sonntag. Innen steht {p1.caps} auf dem Namensschild. Finderlohn! {p1.email}""",
    """Gemeinschaftswanderung am Samstag ab Parkplatz {a1.line} – alle willkommen. Brotzeit mitbringen. Orga: {p1.full}, bei Verspätung SMS an {p1.phone}. ((Stirnlampe nicht vergessen!|Hunde bitte an die Leine.))""",
]


CLEAN = {}

CLEAN["campaign_plan"] = [
    """Kampagnenplan Herbst {x.year}
KW 36 ({d.date}): Teaser {d.product} auf Instagram, 3 Posts
KW 37: Newsletter mit Code {x.code} ({d.pct} Rabatt)
KW 38: Event in den Filialen Kempten & Innsbruck
Budget: {d.price} · Ziel-CTR > 2,5 %
Verantwortlich: Marketing (Ticket {d.ticket})""",
    """Content-Kalender Q4
- {d.date}: „Der Wolf ist zurück" – Story zur Rückkehr des Wolfs ins Allgäu + {d.product}
- {d.date2}: Fuchs-Orange als neue Farbe für {d.product2}
- {d.date3}: Rezepte vom Koch der Knorrhütte
Freigabe über Ticket {d.ticket}""",
    """Paid-Social-Briefing: {d.product} {d.kind}
Zielgruppe: Wandernde 25–44, DACH
Hook: „Gebaut für Watzmann-Wetter"
Formate: 9:16 Video, Karussell
Laufzeit: {d.date} – {d.date2}, max. {d.price}/Tag
UTM: utm_campaign=schauerpass_{x.year}""",
    """A/B-Test Betreffzeilen (Kampagne {d.ticket})
A „Der Sommer kommt" – Öffnungsrate 31,2 %
B „Schaffst du es auf den Gipfel?" – 34,8 %
Gewinner B, ausgerollt am {d.date} um {d.time} Uhr""",
    """Aktionsplan Black Week
Mo {d.date}: {d.pct} auf {d.product}
Mi: Gratisversand ab {d.price}
Fr: Bauernfrühstück in der Filiale, Eier vom Bauer nebenan
Code: {x.code}, gültig bis {d.date2} 23:59""",
    """Imagekampagne „Draußen daheim"
Motiv 1: Morgengrat am Schafberg bei Sonnenaufgang
Motiv 2: Gitterhang-Fleece auf der Meilerhütte
Motiv 3: Trittweg-Schuh im Schnee am Feldberg
Druckdaten bis {d.date}, Auflage {d.qty}.000""",
    """Saisonstart-Mailing Ski
Versand: {d.weekday}, {d.date}, {d.time} Uhr
Segmente: Skitour (Bestellungen seit {d.date2}), Langlauf
Hero: Wintersteig {d.kind}, {d.price}
Zweitprodukt: Kaltkar, GTIN {gtin}
Landingpage: talgrat-outdoor.de/winter""",
    """Retargeting-Plan
Warenkorbabbrecher > 48 h: Reminder mit {d.pct}
Kategorie Regenjacken: Schauerpass & Rinnental
Ausschluss: Bestellungen mit Status „storniert" seit {d.date}
Frequency Cap: 3/Woche""",
]

CLEAN["size_chart"] = [
    """Größentabelle {d.product} Hardshelljacke (Damen)
XS: Brust 80–84 cm
S: 85–89 cm
M: 90–94 cm
L: 95–100 cm
Das Model ist 172 cm groß und trägt S. Art.-Nr. {d.sku}, EAN {gtin}""",
    """Schuhgrößen {d.product} ((Mid|Low|GTX Mid))
UK 7 = EU 41 = 26 cm
UK 8 = EU 42 = 26,5 cm
UK 9 = EU 43 = 27,5 cm
Tipp: Schuhe nachmittags anprobieren, dann sind die Füße etwas dicker. Art.-Nr. {d.sku}.""",
    """Rückenlängen Fernkamm 45+10
S: 40–45 cm · M: 45–50 cm · L: 50–55 cm
Messen: vom 7. Halswirbel bis zur Oberkante der Hüftknochen. Gewicht ab {d.weight}.""",
    """Maßtabelle Winterhose Wintersteig (Herren)
Größe | Bund | Innenbein
48 | 84 cm | 81 cm
50 | 88 cm | 82 cm
52 | 92 cm | 83 cm
54 | 96 cm | 84 cm
Kurzgrößen (24–28) auf Anfrage, Art.-Nr. {d.sku}""",
    """Handschuhgrößen {d.product}: Umfang der Hand über die Knöchel messen. 7 = 18 cm, 8 = 20 cm, 9 = 23 cm, 10 = 25 cm. Zwischen zwei Größen? Lieber die größere nehmen. {d.price} pro Paar, EAN {gtin}.""",
    """Kindergrößen Almweg Softshell
Alter 4–5 = 110/116
6–7 = 122/128
8–9 = 134/140
Ärmel mitwachsend (+4 cm) · {d.price} · EAN {gtin}""",
    """Socken Steinlauf: S (35–38), M (39–42), L (43–46), XL (47–49). 3er-Pack {d.price}, Art.-Nr. {d.sku}.""",
    """Helm Hochsattel – Kopfumfang
S/M 52–57 cm · M/L 56–61 cm
Gewicht {d.weight}, Norm EN 12492. Größe mit Drehrad einstellbar.""",
]

CLEAN["stock_list"] = [
    """Art.-Nr.\tArtikel\tFarbe\tBestand\tEAN
{d.sku}\t{d.product}\t{d.colour}\t{d.qty}\t{gtin}
{d.sku2}\t{d.product2}\t{d.colour2}\t{d.qty2}\t{gtin2}
{d.sku3}\t{d.product3}\t{d.colour3}\t{d.qty3}\t{gtin3}""",
    """Bestandsabgleich Lager Kempten, {d.date} {d.time}
{d.product}: Soll {d.qty}, Ist {d.qty2} → Differenz prüfen
{d.product2}: ok
Nachlieferung LS {d.invoice} erwartet am {d.date2}""",
    """| Art.-Nr. | Produkt | Größe | Filiale 80331 | Filiale 6020 | Online |
|---|---|---|---|---|---|
| {d.sku} | {d.product} | M | {d.qty} | {d.qty2} | {d.qty3} |
| {d.sku2} | {d.product2} | L | {d.qty4} | 0 | {d.qty5} |""",
    """Inventur Verleih {x.year}
Zelte Rinnental 2P: 14 (2 in Reparatur, Auftrag {x.rma})
LVS-Geräte: 22, Seriennr. {x.serial} bis {x.serial2}
Schneeschuhe: 30 Paar
Nächste Prüfung: {d.date}""",
    """Restposten-Liste (für den Outlet-Verkauf am {d.date})
- Schauerpass Regenjacke, Rost, Gr. S – {d.price}
- Firstwand Hardshell, Nachtblau – {d.price2}
- Gitterhang Fleece, Sand – {d.price3}
Stand: {d.time} Uhr""",
    """Zulauf Container {x.serial}
ETA Hamburg: {d.date}
Positionen: {d.qty} × {d.product}, {d.qty2} × {d.product2}
Verzollung über Spediteur, Zolltarifnr. 6201 40 00
Einlagerung ab {d.date2}""",
    """Mindestbestände Filiale 6020 Innsbruck
Trittweg 42: min 4 (aktuell {d.qty})
Trittweg 43: min 4
Steinlauf M: min 10
Bestellvorschlag {d.order} automatisch erzeugt um {d.time}""",
    """Fehlbestände Webshop – {d.date}
{gtin}: Morgengrat Merino-Shirt, Schwarz, L → 0
{gtin2}: Hochsattel 30, Tannengrün → 0
Rückstand bei Lieferant {d.company}, Bestellung {d.invoice}""",
]

CLEAN["shipping_policy"] = [
    """Versand & Lieferung
Deutschland: 3,95 €, ab ((75|60|90)) € versandkostenfrei
Österreich: 5,95 €
Schweiz: CHF 9.90 (zzgl. Zoll)
Bestellungen bis {d.time} Uhr verlassen das Lager am selben Werktag. Inseln (z. B. PLZ ((18565, 25938|25946, 26486|18565, 26474))) +2 Tage.""",
    """Rücksendungen
Du hast 30 Tage Rückgaberecht. Retourenlabel unter talgrat-outdoor.de/retoure erstellen, Bestellnummer (z. B. {d.order}) angeben. Erstattung innerhalb von 5 Werktagen nach Eingang.""",
    """Lieferzeiten Sperrgut (Zelte ab 3P, Kocher-Sets): 3–5 Werktage. In die PLZ-Bereiche 87xxx und 83xxx liefern wir im Winter per Spedition. Sendungsverfolgung per Link, z. B. {d.tracking}.""",
    """Click & Collect: kostenlos in allen Filialen. Abholbereit ((2|3|4)) Stunden nach Bestelleingang, Abholfrist ((7|10|14)) Tage. Bitte den Abholcode aus der Mail mitbringen (Format wie {x.pickup}).""",
    """Expressversand: ((12,90|11,90|14,90)) €, Zustellung am nächsten Werktag bis 12 Uhr (nicht samstags, nicht nach 27498 Helgoland). Bestellschluss {d.time} Uhr.""",
    """Versand nach Liechtenstein und in die Schweiz erfolgt verzollt (DDP). Die Schweizer MwSt. von 8,1 % ist im Preis enthalten. Rechnungsnummern beginnen dort mit CH-, z. B. CH-{d.invoice}.""",
    """Geschenkverpackung: 3,50 € pro Artikel. Gutscheine (Code-Format {x.code}) kommen per Mail und gelten 3 Jahre. Kein Versand von Sperrgut an Packstationen.""",
    """Teillieferungen: Ist ein Artikel nicht lagernd (z. B. Kaltkar in Winterweiß), senden wir den Rest vorab. Versandkosten fallen nur einmal an. Lieferstatus: „Mein Konto" → Bestellung {d.order}.""",
]

CLEAN["release_notes"] = [
    """Release Notes Shop {d.version}
- Neu: Größenberater für Trittweg und Steinlauf
- Fix: Warenkorb verlor Gutscheincode nach Login (Ticket {d.ticket})
- Fix: EAN {gtin} wurde doppelt gelistet
Deployment: {d.date} {d.time}""",
    """App {d.version} (iOS/Android)
• Merkliste synchronisiert jetzt geräteübergreifend
• Tourenkarte Watzmann & Hochkalter aktualisiert
• Absturz beim Öffnen von Bestellungen mit >20 Positionen behoben ({d.ticket})""",
    """Changelog Warenwirtschaft (Stand {d.date})
v{x.year}.3.1 – Import der Lieferantenpreise (CSV, Trennzeichen ;)
v{x.year}.3.2 – Rundungsfehler bei 19 %/7 % behoben
v{x.year}.3.3 – neue Lagerplätze A-14 bis A-22""",
    """Hotfix {d.version}: Versandkostenberechnung für PLZ 6020–6080 (Tirol) lieferte 0,00 €. Betroffene Bestellungen: {d.order}, {d.order2}. Korrigiert am {d.date}.""",
    """Firmware-Update LVS-Verleihgeräte: von 2.4.1 auf 2.6.0. Seriennummern {x.serial} ff. Update dauert ca. 4 Minuten, Akku > 50 %.""",
    """Sprint 42 – erledigt
- Filter „Material: Merino" (Morgengrat, Gitterhang)
- Sortierung nach Bewertung
- Produktliste lädt 38 % schneller
Offene Bugs: {d.ticket}, {d.ticket2}""",
    """Release {d.version} – Checkout
Neu: Kauf auf Rechnung für Bestandskunden ab der 3. Bestellung
Geändert: Mindestbestellwert Express {d.price}
Entfernt: alter Gutscheintyp „WINTER-XXXX\"""",
    """Build {x.serial} auf Staging ausgerollt, {d.date} {d.time}. Smoke-Tests grün bis auf Suche („Fuchs" liefert 0 Treffer statt der Artikel in Fuchs-Orange), Ticket {d.ticket}.""",
]

CLEAN["product_qa"] = [
    """F: Reicht die Kaltkar-Daunenjacke für eine Wintertour am Watzmann?
A: Für Pausen und Gipfel ja, beim Aufstieg wird sie zu warm. Komfortbereich bis ca. −15 °C, Gewicht {d.weight}.""",
    """Frage zu Art.-Nr. {d.sku}: Ist der Schauerpass auch für den Jakobsweg geeignet?
Antwort (Talgrat-Team): Ja, 20.000 mm Wassersäule und Unterarmbelüftung. Viele tragen ihn auf der Strecke ab ((Pamplona|Saint-Jean|León|Porto)).""",
    """Kundenfrage zum Fernkamm 45+10: Passt da ein Rinnental-Zelt rein? – Antwort: Ja, das 2P-Zelt (Packmaß 45 × 16 cm) passt quer ins untere Fach. Gewicht {d.weight}.""",
    """F: Kann man die Gitterhang-Fleece bei 40 Grad waschen?
A: Ja, Schonwaschgang, nicht in den Trockner. Bitte ohne Weichspüler, sonst leidet die Gitterstruktur. (Frage vom {d.date})""",
    """Frage zu Art.-Nr. {d.sku}: Gibt es die Hochsattel-Stirnlampe auch mit Rotlicht? – Ja, ab Version {d.version}. Leuchtweite 120 m, Akku 2.000 mAh.""",
    """F: Brauche ich für ((den Jubiläumsgrat|den Heilbronner Weg|die Watzmann-Überschreitung)) die Firstwand oder reicht eine Softshell?
A: Bei stabilem Wetter reicht die Softshell. Der Schneider in der Filiale Garmisch kürzt dir übrigens auch die Ärmel ({d.price}).""",
    """F: Ist der Trittweg dicht genug für die Partnachklamm im Mai?
A: Ja, Membran plus gewachstes Leder. Im Mai ist der Weg oft nass, das passt. Art.-Nr. {d.sku}, {d.price}.""",
    """F: Welche Größe beim Almweg, wenn ich zwischen M und L liege? (182 cm, 80 kg)
A: Eher L, wenn du Fleece drunter trägst – der Schnitt ist schmal. Bei Fuchs und Reh im Wald fällt das Tannengrün kaum auf 😉 Umtausch ist kostenlos, aktueller Preis {d.price}.""",
]


VOCAB = {
    "role": ["Filialleitung", "Verkauf", "Verleih & Werkstatt", "Lager", "Kundenservice", "Einkauf", "Visual Merchandising", "Aushilfe (Sa)", "stellv. Filialleitung", "Azubi"],
    "relation": ["Ehemann", "Ehefrau", "Mutter", "Vater", "Partnerin", "Partner", "Schwester", "Bruder", "Freundin"],
    "level": ["Einsteiger", "Fortgeschritten", "Experte"],
    "rsvp": ["zugesagt", "vorläufig", "abgesagt", "keine Antwort"],
}

COMPOSITES = {
    "staff": [
        {"head": "| Name | Bereich | Handy | E-Mail |\n|---|---|---|---|\n", "row": "| {r.full} | {v.role} | {r.phone} | {r.email} |", "rows": (3, 6)},
        {"head": "Vorname\tNachname\tBereich\tDurchwahl\n", "row": "{r.first}\t{r.last}\t{v.role}\t{x.ext}", "rows": (3, 6)},
        {"row": "- {r.full} ({v.role}) – {r.phone}", "rows": (2, 5)},
        {"head": "name;bereich;mobil\n", "row": "\"{r.lastfirst}\";{v.role};{r.phone}", "rows": (3, 5)},
        {"row": "{r.initlast}  ·  {v.role}  ·  {r.email}", "rows": (2, 5)},
        {"head": "| Vorname | Nachname | Team |\n|---|---|---|\n", "row": "| {r.first} | {r.last} | {v.role} |", "rows": (3, 6)},
        {"row": "{r.caps} — {v.role}", "rows": (2, 4)},
        {"row": "{v.role}: {r.full}, {r.phone}", "rows": (2, 5)},
    ],
    "oncall": [
        {"head": "| Tag | Bereitschaft | Telefon |\n|---|---|---|\n", "row": "| {d.weekday} | {r.full} | {r.phone} |", "rows": (3, 5)},
        {"row": "{d.weekday}: {r.first} ({r.phone})", "rows": (3, 5)},
        {"row": "{d.date}\t{r.lastfirst}\t{r.phone}", "rows": (3, 5)},
        {"row": "{d.weekday} Früh – {r.firstinit}, Spät – {r2.firstinit}", "rows": (2, 5)},
    ],
    "participants": [
        {"row": "{n}. {r.full}, geb. {x.dob} – Notfall: {r2.full}, {r2.phone}", "rows": (2, 4)},
        {"head": "| Nr. | Name | Geb. | Notfallkontakt | Telefon |\n|---|---|---|---|---|\n", "row": "| {n} | {r.lastfirst} | {x.dob} | {r2.full} ({v.relation}) | {r2.phone} |", "rows": (2, 5)},
        {"head": "vorname\tnachname\tgeb\thandy\n", "row": "{r.first}\t{r.last}\t{x.dob}\t{r.phone}", "rows": (2, 5)},
        {"row": "- {r.full} ({v.level}), Notfall {r2.first}: {r2.phone}", "rows": (2, 4)},
        {"head": "nachname;vorname;email;level\n", "row": "{r.last};{r.first};{r.email};{v.level}", "rows": (2, 5)},
        {"row": "{r.caps}  {x.dob}  Notfall {r2.phone}", "rows": (2, 4)},
    ],
    "attendees": [
        {"row": "• {r.full} <{r.email}> – {v.rsvp}", "rows": (2, 5)},
        {"row": "{r.email} ({v.rsvp})", "rows": (2, 5)},
        {"row": "{r.lastfirst} – {v.rsvp}", "rows": (2, 5)},
        {"head": "| Teilnehmer/in | Status |\n|---|---|\n", "row": "| {r.full} | {v.rsvp} |", "rows": (2, 5)},
    ],
    "dealers": [
        {"head": "| Händler | Kontakt | Straße | Ort | Telefon |\n|---|---|---|---|---|\n", "row": "| {d.company} | {r.full} | {a1.street} | {a1.town} | {phone} |", "rows": (2, 4)},
        {"row": "{d.company} – {r.full}, {a1.line}, {phone}", "rows": (2, 4)},
        {"head": "haendler\tvorname\tnachname\tstrasse\tplz\tort\tmail\n", "row": "{d.company}\t{r.first}\t{r.last}\t{a1.street}\t{a1.zip}\t{a1.town}\t{rolemail}", "rows": (2, 4)},
        {"row": "**{d.company}** ({a1.town}) · {r.initlast} · {r.email}", "rows": (2, 4)},
    ],
    "payroll": [
        {"head": "| Name | Steuer-ID | IBAN | Std. |\n|---|---|---|---|\n", "row": "| {r.full} | {taxid} | {iban} | {d.qty} |", "rows": (2, 4)},
        {"head": "nachname\tvorname\tsteuerid\tiban\n", "row": "{r.last}\t{r.first}\t{taxid}\t{iban}", "rows": (2, 4)},
        {"row": "{r.lastfirst} · Steuer-ID {taxid} · {iban}", "rows": (2, 4)},
        {"row": "{n}) {r.full}, IBAN {iban}, IdNr. {taxid}", "rows": (2, 4)},
    ],
}
