"""German templates of the thirteenth PII bank.

Every list below (phrase lists, each genre's template list) is split by position: even positions
belong to dev13, odd positions to heldout13 (see pii13_core.half). A template that starts with
`§XX§` is set in country XX (its people live there).

People: p1 is the customer (or the person the text is about), p2 a member of staff, p3-p6 others.
"""


def T(s):
    return s.strip("\n")


PHRASES = {
    "greet_f": [
        "{p1.sal},",
        "Guten Tag {p1.hf},",
        "Hallo {p1.hl},",
        "{p1.sal}",
        "Guten Tag {p1.hl}",
        "Moin {p1.hl},",
        "Grüß Gott {p1.hl},",
        "Sehr geehrte Damen und Herren, sehr [p1:geehrte Frau|geehrter Herr] {p1.last},",
    ],
    "greet_c": [
        "Hallo {p1.first},",
        "Hi {p1.first}!",
        "[p1:Liebe|Lieber] {p1.first},",
        "Moin {p1.first},",
        "Hey {p1.first},",
        "Servus {p1.first},",
        "Hallo {p1.full},",
        "Guten Morgen {p1.first},",
    ],
    "close_f": [
        "Mit freundlichen Grüßen",
        "Freundliche Grüße",
        "Viele Grüße",
        "Beste Grüße",
        "Mit besten Grüßen",
        "Herzliche Grüße",
        "Schöne Grüße",
        "Freundliche Grüße aus dem Norden",
    ],
    "agent_sig": [
        "{p2.full}\nKundenservice | {shop}\nTel. {shopphone}\n{shopmail}",
        "{p2.first}\ndein {shop}-Team",
        "i. A. {p2.full}\n{shop} – Kundenbetreuung",
        "{p2.full} | Kundendialog\n{shop}\n{p2.wemail} · {shopurl}",
        "[p2:Ihre Ansprechpartnerin|Ihr Ansprechpartner]: {p2.hf}\nDurchwahl: {p2.landline}",
        "{p2.first} aus dem Service-Team ({shop})",
        "--\n{p2.full}\nTeamleitung Kundenservice\n{shop}\nMobil {p2.mobile}",
        "{p2.fi}\nKundenbetreuung {shop}",
    ],
    "cust_sig": [
        "{p1.full}",
        "{p1.first}",
        "{p1.full}\n{p1.addr}\nTel. {p1.phone}",
        "{p1.fi}",
        "{p1.name2}\n\nVon meinem iPhone gesendet",
        "{p1.full}\nMobil: {p1.mobile}",
        "Gruß {p1.first}",
        "{p1.full}\n\nGesendet von Outlook für Android",
    ],
    "quote_head": [
        "Am {date} um {time} schrieb {p1.full} <{p1.email}>:",
        "-----Ursprüngliche Nachricht-----\nVon: {p1.full} <{p1.email}>\nGesendet: {weekday}, {date} {time}\nAn: {shopmail}\nBetreff: Bestellung {order}",
        "{p1.full} <{p1.email}> schrieb am {date}:",
        "Von: \"{p1.lf}\" <{p1.email}>\nDatum: {date}\nAn: {shopmail}\nBetreff: AW: Ihre Anfrage",
        "Am {weekday}, {date} um {time} Uhr schrieb {p1.email}:",
        "On {date} {p1.full} <{p1.email}> wrote:",
    ],
}

G = {}

# ------------------------------------------------------------------ order_confirmation
G["order_confirmation"] = [
    T("""
Betreff: Danke für deine Bestellung {order}!

{_greet_c}

schön, dass du bei {shop} bestellt hast. Hier noch einmal alles im Überblick:

Bestellnummer: {order}
Bestelldatum: {date}
1 x Fleecejacke „Nebelgrat“, Gr. M, Art.-Nr. {sku} – {price}
1 x Wollmütze, Art.-Nr. {sku2} – {price2}

Lieferadresse:
{p1.full}
{p1.addr}

Rechnungsadresse: wie Lieferadresse
Bezahlt mit: Kreditkarte {masked}

Fragen? Antworte einfach auf diese Mail.
Dein Team von {shop}
"""),
    T("""
Ihre Bestellung Nr. {order} vom {date}

{p1.sal},

vielen Dank für Ihren Einkauf. Wir haben Ihre Bestellung erhalten und bereiten den Versand vor.

Rechnungsanschrift:
{p1.hf}
{p1.addr}

Lieferanschrift:
{p3.full}
c/o {p4.full}
{p4.addr}

Zahlungsart: Rechnung (zahlbar innerhalb von 14 Tagen)
Kundennummer: {p1.cust}
Ihre Kontaktdaten: {p1.email} / {p1.phone}

Mit freundlichen Grüßen
Kundenservice {shop}
"""),
    T("""
{shop} – Auftragsbestätigung
========================================
Auftrag      {order}
Datum        {date} {time}
Kunde        {p1.lf}
E-Mail       {p1.email}
Telefon      {p1.phone}
----------------------------------------
Pos  Art.-Nr.         Menge  Preis
1    {sku}      1      {price}
2    {gtin}    2      {price2}
----------------------------------------
Versand an:
{p1.addrc}
Zahlung: PayPal ({p1.email2})
"""),
    T("""
§CH§Grüezi {p1.hf}

Herzlichen Dank für Ihre Bestellung {order}. Die Ware wird mit der Post (A-Post) an folgende Adresse geliefert:

{p1.full}
{p1.addr}

Ihre Natelnummer für die Zustellbenachrichtigung: {p1.mobile}

Freundliche Grüsse
Ihr {shop}-Team
"""),
    T("""
§AT§Servus {p1.first}!

Deine Bestellung {order} ist bei uns eingelangt. Wir schicken das Packerl an:

{p1.full}
{p1.addr}

Falls du nicht daheim bist, hinterlegt die Post das Paket beim nächsten Postpartner. Für die Zustellung haben wir deine Handynummer {p1.mobile} hinterlegt.

Liebe Grüße aus dem Lager
{p2.first} von {shop}
"""),
    T("""
Bestellbestätigung {order}

Hallo {p1.full},

deine Geschenkbestellung ist eingegangen. Wir liefern an {p3.full} ({p3.addr1}) und legen keine Rechnung bei.
Grußkarte: „Alles Gute zum Geburtstag, {p3.first}! Von {p1.first} und {p4.first}“
Zahlungsart: Kauf auf Rechnung – die Rechnung geht an {p1.email}.

Viel Freude beim Schenken!
"""),
    T("""
Verkauft! Bitte versende den Artikel bis {date}.

Artikel: Vintage-Stehlampe „Glutnest“, Artikelnummer {sku}
Käufer: {p1.handle} ({p1.full})
Versandadresse:
{p1.full}
{p1.addr}
Telefon des Käufers (nur für den Versanddienstleister): {p1.phone}
Betrag: {price} – bezahlt am {date2}
"""),
    T("""
{shop}: Hallo {p1.first}, deine Bestellung {order} ist bestätigt und geht an {p1.street}. Änderungen noch bis {time} unter {shopurl} möglich.
"""),
]

# ------------------------------------------------------------------ email_thread
G["email_thread"] = [
    T("""
Betreff: AW: Reklamation {order}

{_greet_f}

danke für die Fotos. Wir schicken Ihnen kostenlos einen Ersatz an die bekannte Adresse ({p1.addr1}). Die defekte Jacke müssen Sie nicht zurücksenden.

{_close_f}
{_agent_sig}

{_quote_head}
> Guten Tag,
> die Naht an der linken Schulter ist nach zwei Wochen aufgegangen, Fotos anbei.
> Bestellnummer {order}, gekauft am {date2}.
> Viele Grüße
> {p1.full}
> Tel. {p1.phone}
"""),
    T("""
Hi {p1.first},

perfekt, die Erstattung über {price} ist angewiesen und sollte in 3–5 Werktagen auf deinem Konto sein.

LG {p2.first}

Am {date} um {time} schrieb {p1.full} <{p1.email}>:
> Hallo {p2.first},
> hier meine Bankdaten:
> Kontoinhaber: {p1.full}
> IBAN: {p1.iban}
> Danke!!
>
> Am {date2} schrieb {p2.full} <{p2.wemail}>:
>> Hallo {p1.first}, da die Zahlung per Vorkasse lief, brauchen wir für die Rückerstattung deine IBAN. Magst du sie uns schicken?
"""),
    T("""
Hallo {p3.first},

kannst du dich bitte um die Anfrage unten kümmern? {p1.hl} wartet schon seit {weekday} auf Antwort, ich bin ab morgen im Urlaub.

Danke & Gruß
{p2.first}

---------- Weitergeleitete Nachricht ----------
Von: {p1.full} <{p1.email}>
Datum: {date}
Betreff: Lieferung nicht angekommen
An: {shopmail}

Sehr geehrte Damen und Herren,
laut Sendungsverfolgung ({tracking}) wurde mein Paket am {date2} zugestellt, bei mir ist aber nichts angekommen. Eventuell wurde es bei [p4:Frau|Herrn] {p4.last} im Erdgeschoss abgegeben, [p4:die|der] ist aber verreist.
Meine Adresse:
{p1.addr}
Erreichbar bin ich unter {p1.phone}.
Mit freundlichen Grüßen
{p1.full}
"""),
    T("""
Betreff: Re: Zahlung fehlgeschlagen – Bestellung {order}

{p1.sal},

bitte senden Sie uns aus Sicherheitsgründen keine vollständigen Kartennummern per E-Mail. Wir haben die Karte nicht belastet; bitte nutzen Sie für die Zahlung den Link in Ihrem Kundenkonto.

{_close_f}
{_agent_sig}

{_quote_head}
> Hallo, die Zahlung hat schon wieder nicht geklappt. Hier meine Karte: {card}, gültig bis {expiry}.
> Können Sie das bitte manuell buchen? Die Bestellung brauche ich bis {weekday}.
> {p1.first}
"""),
    T("""
Von: {p2.full} <{p2.wemail}>
An: {p1.full} <{p1.email}>
Cc: {p3.full} <{p3.wemail}>
Betreff: AW: Angebot Firmenbestellung Weihnachten

{_greet_f}

anbei das überarbeitete Angebot für die 40 Thermobecher mit Logo (Angebotsnr. {invoice}). [p3:Meine Kollegin|Mein Kollege] {p3.full} übernimmt ab Montag die Abwicklung, bitte setzen Sie [p3:sie|ihn] ab jetzt in Kopie.

Die Lieferung erfolgt wie besprochen an Ihre Firmenadresse:
{p1.full}
{coaddr}

{_close_f}
{p2.full}
"""),
    T("""
§CH§Grüezi {p1.hl}

Merci für Ihre Nachricht. Die Rücksendung ist bei uns eingetroffen, die Gutschrift über {price} erfolgt auf Ihr Konto {p1.iban}.

Freundliche Grüsse
{p2.full}
{shop}

-----Ursprüngliche Nachricht-----
Von: {p1.email}
Gesendet: {date}
Betreff: Rücksendung

Guten Tag
Ich habe die Schuhe zurückgeschickt (Retourennummer {ticket}). Bitte überweisen Sie den Betrag auf mein Konto, IBAN {p1.iban}, lautend auf {p1.full}.
Freundliche Grüsse
{p1.full}
{p1.addr}
"""),
    T("""
Danke für die schnelle Antwort! Dann warte ich auf das Paket.
{p1.first}

Von meinem iPhone gesendet

> Am {date} um {time} schrieb {p2.full} <{p2.wemail}>:
>
> [p1:Liebe|Lieber] {p1.first},
> dein Paket wurde heute neu verschickt, die neue Sendungsnummer lautet {tracking}.
> Zustellung an: {p1.street}
> Viele Grüße
> {p2.first}
> --
> {p2.full} | Kundenservice {shop}
> {shopphone}
"""),
    T("""
Betreff: WG: Ihre Nachricht an den Kundenservice

Zur Info an {p3.first}: Das ist der Fall mit der doppelten Abbuchung. Bitte prüfen und {p1.hd} direkt antworten.
{p2.fi}

> Von: {p1.full}
> Gesendet: {date}
> An: Kundenservice
>
> Guten Abend, mir wurde der Betrag von {price} zweimal von meinem Konto ({p1.iban}) abgebucht. Bitte buchen Sie einmal zurück.
> {p1.full}, Kundennummer {p1.cust}
"""),
]

# ------------------------------------------------------------------ live_chat
G["live_chat"] = [
    T("""
[{tick}] Bot: Willkommen beim Chat von {shop}! Wie heißt du?
[{tick}] Besucher: {p1.lfirst}
[{tick}] Bot: Danke, {p1.lfirst}. Ich verbinde dich mit [p2:einer Mitarbeiterin|einem Mitarbeiter].
[{tick}] {p2.first} ({shop}): Hallo {p1.first}, hier ist {p2.first}. Worum geht es?
[{tick}] {p1.lfirst}: mein paket ist nicht da, bestellnr {order}
[{tick}] {p2.first} ({shop}): Ich schaue nach. Kannst du mir noch die E-Mail-Adresse der Bestellung sagen?
[{tick}] {p1.lfirst}: {p1.email}
[{tick}] {p2.first} ({shop}): Danke! Das Paket liegt in der Filiale, weil niemand angetroffen wurde. Abholung mit Ausweis bis {date}.
[{tick}] {p1.lfirst}: ok danke dir
"""),
    T("""
Chat-Verlauf | {shop} | Ticket {ticket}
{ticks}  {p1.full}: hallo, zahlung geht nicht durch 😕
{ticks}  {p2.full}: Hallo {p1.first}! Welche Fehlermeldung bekommst du denn?
{ticks}  {p1.full}: "Karte abgelehnt". die nummer ist {card} falls ihr das prüfen könnt
{ticks}  {p2.full}: Bitte poste keine Kartennummern im Chat, ich lösche die Nachricht gleich aus dem Verlauf. Die Ablehnung kommt meist von der Bank – ruf am besten dort an oder probier PayPal.
{ticks}  {p1.full}: ah sorry. ok mach ich
"""),
    T("""
[{date}, {tick}] {shop}: Hallo! Danke für deine Nachricht an den Kundenservice. Wie können wir helfen?
[{date}, {tick}] {p1.name2}: Hi, ich hab aus Versehen die falsche Adresse angegeben 🙈 Bestellung {order}
[{date}, {tick}] {shop}: Kein Problem! Wie lautet die richtige Adresse?
[{date}, {tick}] {p1.name2}: {p1.addr1}
[{date}, {tick}] {p1.name2}: und bitte zu Händen von {p3.full}, das ist [p3:meine Mitbewohnerin|mein Mitbewohner]
[{date}, {tick}] {shop}: Erledigt ✅ Das Paket geht an {p3.first} c/o {p1.name2}.
"""),
    T("""
§AT§Chat #{ticket}
Agent {p2.first}: Grüß Gott, wie kann ich helfen?
Besucher: servus, i hab a frage zur lieferung nach {p1.town}
Agent {p2.first}: Gerne! Magst du mir deinen Namen und die Bestellnummer sagen?
Besucher: {p1.lfull}, {order}
Agent {p2.first}: Danke, {p1.first}. Die Lieferung kommt am {weekday} mit der Post. Ist {p1.mobile} noch deine aktuelle Nummer für die SMS-Benachrichtigung?
Besucher: na, neue nummer: {p1.phone2}
Agent {p2.first}: Passt, hab ich geändert!
"""),
    T("""
Transkript – Live-Chat vom {date}
Besucher*in: {p1.lfirst}
E-Mail (aus Formular): {p1.email}
---
{p1.lfirst}: hallo, hab zwei mal bezahlt?? einmal per lastschrift vom konto {p1.iban} und dann nochmal paypal
{p2.first}: Oh, das tut mir leid! Ich sehe die doppelte Zahlung zur Bestellung {order}. Die Lastschrift wird storniert.
{p1.lfirst}: danke! und kannst du die rechnung auf [p3:meine freundin|meinen freund] {p3.full} ausstellen? [p3:die|der] zahlt das nämlich
{p2.first}: Klar, ich ändere den Rechnungsempfänger auf {p3.full}. Gleiche Adresse ({p1.street})?
{p1.lfirst}: jep
"""),
    T("""
§CH§{tick} Kundendienst: Grüezi! Wie kann ich Ihnen helfen?
{tick} Gast: Grüezi, ich möchte meine Adresse ändern. Neu: {p1.addr1}
{tick} Kundendienst: Gerne. Auf welchen Namen läuft das Kundenkonto?
{tick} Gast: Auf {p1.full}, Kundennummer {p1.cust}
{tick} Kundendienst: Merci, {p1.hl}. Die Adresse ist angepasst. Soll ich Ihre Natelnummer {p1.mobile} als Kontakt für den Kurier hinterlegen?
{tick} Gast: Ja, gerne. Merci vielmal!
"""),
    T("""
💬 Messenger – {shop}
{p1.full} · {tick}
hey, ich wollt fragen ob ihr auch nach {p1.town} liefert und ob ich bei euch mit rechnung zahlen kann. meine nr falls ihr anrufen wollt {p1.mobile}
{shop} · {tick}
Hallo {p1.first}! Ja, wir liefern dorthin, und Kauf auf Rechnung geht ab der zweiten Bestellung. Liebe Grüße, {p2.first}
{p1.full} · {tick}
top danke {p2.lfirst} 🙏
"""),
    T("""
Chat {ticket} | Kanal: Website | Sprache: de
> Kunde ({ipany}): moin, ich bin {p1.lfull}. hab nen gutschein von [p3:meiner oma|meinem opa] bekommen aber der code geht nicht: {voucher}
> Agentin {p2.first}: Moin {p1.first}! Der Code ist auf die E-Mail-Adresse {p3.email} registriert. Magst du dich mit der Adresse anmelden oder soll ich ihn auf dich umschreiben?
> Kunde: umschreiben bitte, auf {p1.email}
> Agentin {p2.first}: Erledigt!
"""),
]

# ------------------------------------------------------------------ call_transcript
G["call_transcript"] = [
    T("""
Anrufnotiz – {date}, {time}
Anrufer: {p1.hf}, Kundennr. {p1.cust}
Rückrufnummer: {p1.phone}
Anliegen: [p1:Kundin|Kunde] hat versehentlich die alte Adresse ({p1.oldaddr1}) angegeben. Neue Lieferadresse: {p1.addr1}.
Erledigt: Adresse im Auftrag {order} geändert, Bestätigung an {p1.email} geschickt.
Bearbeitet von: {p2.fi}
"""),
    T("""
Transkript (automatisch erstellt) – Hotline, Dauer 04:12
Agent: {shop} Kundenservice, mein Name ist {p2.first}, was kann ich für Sie tun?
Anrufer: Ja, guten Tag, {p1.last} hier, {p1.name2}.
Agent: Hallo {p1.hl}. Worum geht es?
Anrufer: Ich möchte meine Bestellung per Lastschrift bezahlen. Meine IBAN ist {p1.iban}.
Agent: Danke, ich wiederhole: {p1.iban}. Und der Kontoinhaber sind Sie selbst?
Anrufer: Nein, das Konto läuft auf [p3:meine Frau|meinen Mann], {p3.full}.
Agent: Dann brauche ich bitte noch ein Mandat mit der Unterschrift von {p3.hd}. Ich schicke es Ihnen an {p1.email}.
"""),
    T("""
Neue Sprachnachricht von {p1.phone} ({date}, {time})
Transkription: „Hallo, hier ist {p1.full}, ich rufe wegen meiner Reklamation an, Bestellnummer {order}. Bitte rufen Sie mich zurück unter {p1.mobile}, am besten nach 17 Uhr. Oder schreiben Sie mir an {p1.email}. Danke, tschüss.“
"""),
    T("""
Anrufprotokoll Hotline – {date}
Zeit   | Anrufer                     | Nummer              | Thema
{tick}  | {p1.lf}                | {p1.phone}   | Rücksendung {order}
{tick}  | {p3.full}                 | {p3.phone}   | Rechnung fehlt
{tick}  | unbekannt                   | {p4.phone}   | aufgelegt
{tick}  | {p5.hl}                  | {p5.phone}   | Gutschein {voucher}
"""),
    T("""
Hi {p2.first}, bitte ruf {p1.hd} zurück – {p1.phone}. [p1:Sie|Er] hat angerufen, weil die Gutschrift für {order} noch fehlt. [p1:Sie|Er] meinte, du hättest am {weekday} mit [p1:ihr|ihm] gesprochen. Danke, {p3.first}
"""),
    T("""
§AT§Gesprächsnotiz {date}
Mit: {p1.hf} ({p1.phone})
[p1:Sie|Er] möchte die Ratenzahlung umstellen und hat folgendes Konto angegeben: {p1.iban} (Kontoinhaber: {p1.full}).
Adresse laut [p1:ihr|ihm] aktuell: {p1.addr1}
Nächster Schritt: Mandat per Post schicken. Zuständig: {p2.full}
"""),
    T("""
Gesprächszusammenfassung (KI-generiert, geprüft von {p2.first})
Gesprächspartner: {p1.full}
- [p1:Die Kundin|Der Kunde] meldet, dass [p1:ihre|seine] Kreditkarte {card} doppelt belastet wurde.
- Zahlung zur Bestellung {order} am {date}; zweite Belastung vermutlich Autorisierung.
- Rückruf gewünscht unter {p1.mobile}, nicht vor {time}.
- Hinweis: Kartennummer wurde am Telefon vollständig genannt – Transkript nach Bearbeitung löschen.
"""),
    T("""
Rückrufliste Kundenservice {weekday}
• {p1.hl} – {p1.phone} – wartet auf Angebot für Vereinskleidung
• {p3.full} – {p3.phone} – Umtausch Größe, Bestellung {order}
• Nachbarin von {p4.hd} ({p4.street}) hat Paket angenommen, bittet um Abholung – {p4.phone}
"""),
]

# ------------------------------------------------------------------ crm_json
G["crm_json"] = [
    T("""
{
  "kunde": {
    "id": "{p1.cust}",
    "anrede": "[p1:Frau|Herr]",
    "vorname": "{p1.first}",
    "nachname": "{p1.last}",
    "email": "{p1.email}",
    "telefon": "{p1.phone}",
    "adresse": {
      "strasse": "{p1.street}",
      "plz": "{p1.zip}",
      "ort": "{p1.town}"
    },
    "newsletter": true,
    "letzte_bestellung": "{order}"
  }
}
"""),
    T("""
{"event":"checkout_completed","ts":"{isots}","order":"{order}","customer":{"name":"{p1.full}","mail":"{p1.email}"},"client_ip":"{ipany}","ua":"{ua}","payment":{"method":"card","last4":"{lastfour}"}}
"""),
    T("""
[
  {"id": {qty}, "name": "{p1.lf}", "email": "{p1.email}", "telefon": "{p1.phone}", "quelle": "newsletter"},
  {"id": {qty2}, "name": "{p3.full}", "email": "{p3.email}", "telefon": null, "quelle": "checkout"},
  {"id": {qty3}, "name": "{p4.lf}", "email": "{p4.email}", "telefon": "{p4.mobile}", "quelle": "messe"}
]
"""),
    T("""
{
  "bestellung": "{order}",
  "zahlung": {
    "art": "kreditkarte",
    "karteninhaber": "{p1.ufull}",
    "kartennummer": "{cardc}",
    "ablauf": "{expiry}"
  },
  "rechnungsadresse": "{p1.addr1}",
  "ip": "{ipany}",
  "_hinweis": "Altdaten aus Shop v1 – vor Migration maskieren"
}
"""),
    T("""
{
  "partner_id": "AFF-{qty}",
  "name": "{p1.full}",
  "kanal": "{p1.handle}",
  "steuer_id": "{p1.tax}",
  "ust_idnr": null,
  "auszahlung": {"iban": "{p1.iban}", "bic": "{bic}", "inhaber": "{p1.full}"},
  "kontakt": {"email": "{p1.email}", "mobil": "{p1.mobile}"},
  "adresse": "{p1.addr1}"
}
"""),
    T("""
HTTP/1.1 200 OK
Content-Type: application/json

{"ticket":"{ticket}","status":"offen","anfragende_person":{"name":"{p1.full}","email":"{p1.email}"},"zugewiesen":"{p2.full}","kommentare":[{"autor":"{p1.first}","text":"Bitte an {p1.addr1} liefern, nicht an die Packstation."}]}
"""),
    T("""
{
  "type": "customer.updated",
  "data": {
    "id": "cus_{hash}",
    "name": "{p1.full}",
    "email": "{p1.email}",
    "phone": "{p1.phone}",
    "shipping": {"name": "{p3.full}", "line1": "{p3.street}", "postal_code": "{p3.zip}", "city": "{p3.town}"},
    "metadata": {"last_login_ip": "{ipsix}", "geburtstag": "{p1.dob}"}
  }
}
"""),
    T("""
{"kunden":[{"nr":"{p1.cust}","name":"{p1.fl}","ort":"{p1.town}","bewertung":5},{"nr":"{p3.cust}","name":"{p3.full}","email":"{p3.email}","ip":"{ip}"}],"export":"{isots}"}
"""),
]

# ------------------------------------------------------------------ crm_yaml
G["crm_yaml"] = [
    T("""
# Export Kundenkonto – {date}
kunde:
  nummer: {p1.cust}
  name: {p1.full}
  geburtsdatum: {p1.dob}
  kontakt:
    email: {p1.email}
    mobil: "{p1.mobile}"
  lieferadressen:
    - strasse: {p1.street}
      plz: "{p1.zip}"
      ort: {p1.town}
    - strasse: {p1.oldstreet}
      hinweis: alte Adresse, nicht mehr verwenden
  notizen: |
    Ruft gern abends an. [p3:Ehefrau|Ehemann] {p3.first} darf Pakete annehmen.
"""),
    T("""
[kunde]
vorname = {p1.first}
nachname = {p1.last}
email = {p1.email}
telefon = {p1.phone}
strasse = {p1.street}
plz = {p1.zip}
ort = {p1.town}

[zahlung]
methode = lastschrift
iban = {p1.iban}
mandat = {mandate}
"""),
    T("""
Kundenprofil (Stand {date})
Name:            {p1.hf}
Kundennummer:    {p1.cust}
E-Mail:          {p1.email}
Telefon:         {p1.phone}
Anschrift:       {p1.addr1}
Segment:         Stammkundschaft
Letzte Kontakte: {date2} Chat mit {p2.first}, {date3} Anruf ({p3.fi})
"""),
    T("""
Dubletten-Check vom {date}
Datensatz A
  Name:    {p1.full}
  E-Mail:  {p1.email}
  Adresse: {p1.addr1}
Datensatz B
  Name:    {p1.LF}
  E-Mail:  {p1.email2}
  Telefon: {p1.phone}
Ergebnis: zusammengeführt von {p2.full}
"""),
    T("""
account: {firm}
ansprechpartner:
  - name: {p1.full}
    rolle: Einkauf
    tel: "{p1.landline}"
    mail: {p1.email}
  - name: {p3.full}
    rolle: Buchhaltung
    tel: "{p3.landline}"
    mail: {p3.email}
lieferanschrift: "{coline}"
zahlungsziel: 30 Tage
"""),
    T("""
§CH§---
kunde_id: {p1.cust}
name: "{p1.lf}"
adresse: "{p1.addr1}"
natel: "{p1.mobile}"
sprache: de-CH
konto: "{p1.iban}"
kommentar: "Lieferung bitte nur an Werktagen, im Parterre bei {p3.hd} abgeben"
"""),
    T("""
- id: {p1.cust}
  name: {p1.lfull}
  mail: {p1.email}
  tags: [stammkunde, newsletter]
- id: {p3.cust}
  name: {p3.full}
  mail: {p3.email}
  tel: "{p3.phone}"
  tags: [b2b]
"""),
    T("""
KUNDE     {p1.cust}
NAME      {p1.LF}
ANSCHRIFT {p1.addr1}
TEL       {p1.phone}
MAIL      {p1.email}
NOTIZ     Vollmacht für {p3.full} liegt vor (Kopie im Archiv, {date})
"""),
]

# ------------------------------------------------------------------ order_xml
G["order_xml"] = [
    T("""
<?xml version="1.0" encoding="UTF-8"?>
<order id="{order}" date="{isots}">
  <customer>
    <salutation>[p1:Frau|Herr]</salutation>
    <firstName>{p1.first}</firstName>
    <lastName>{p1.last}</lastName>
    <email>{p1.email}</email>
    <phone>{p1.phone}</phone>
  </customer>
  <billingAddress>
    <street>{p1.street}</street>
    <zip>{p1.zip}</zip>
    <city>{p1.town}</city>
    <country>{p1.country}</country>
  </billingAddress>
  <items>
    <item sku="{sku}" gtin="{gtin}" qty="1" price="{price}"/>
  </items>
  <payment method="sepa">
    <iban>{p1.iban}</iban>
    <accountHolder>{p1.full}</accountHolder>
  </payment>
  <clientIp>{ipany}</clientIp>
</order>
"""),
    T("""
<Bestellung nr="{order}">
  <Besteller name="{p1.lf}" email="{p1.email}"/>
  <Lieferung>
    <Empfaenger>{p3.full}</Empfaenger>
    <Zusatz>c/o {p4.full}</Zusatz>
    <Anschrift>{p4.addr1}</Anschrift>
    <Telefon>{p3.phone}</Telefon>
  </Lieferung>
  <Hinweis>Bitte bei {p4.hd} im 2. OG abgeben.</Hinweis>
</Bestellung>
"""),
    T("""
<transaction id="{uuid}">
  <buyer><username>{p1.user}</username><fullName>{p1.full}</fullName></buyer>
  <shippingAddress>
    <name>{p1.full}</name>
    <line1>{p1.street}</line1>
    <postalCode>{p1.zip}</postalCode>
    <city>{p1.town}</city>
  </shippingAddress>
  <card holder="{p1.ufull}" number="{card}" expires="{expiry}"/>
</transaction>
"""),
    T("""
<ns:ShipmentOrder>
  <Receiver>
    <name1>{p1.full}</name1>
    <Packstation>
      <postNumber>{postnr}</postNumber>
      <packstationNumber>{qty}</packstationNumber>
      <zip>{zip}</zip>
      <city>{town}</city>
    </Packstation>
    <communication><email>{p1.email}</email><phone>{p1.mobile}</phone></communication>
  </Receiver>
  <Shipper><name1>{shop}</name1><refNo>{order}</refNo></Shipper>
</ns:ShipmentOrder>
"""),
    T("""
<feedback id="{ticket}">
  <author>{p1.fl}</author>
  <rating>4</rating>
  <text>Super Beratung durch {p2.first} im Laden in {town}. Die Lieferung an {p1.street} hat aber gedauert.</text>
  <contact consent="true">{p1.email}</contact>
  <sourceIp>{ipsix}</sourceIp>
</feedback>
"""),
    T("""
<consent>
  <subject email="{p1.email}" name="{p1.full}"/>
  <optIn channel="newsletter" ts="{isots}" ip="{ipmap}"/>
  <confirm ts="{isots2}" ip="{ip}"/>
  <userAgent>{ua}</userAgent>
</consent>
"""),
    T("""
<Kunde nr="{p1.cust}">
  <Name><Vorname>{p1.first}</Vorname><Nachname>{p1.last}</Nachname><Geburtsname>{p1.maiden}</Geburtsname></Name>
  <Adresse typ="rechnung">{p1.addr1}</Adresse>
  <Bank><IBAN>{p1.iban}</IBAN><BIC>{bic}</BIC></Bank>
</Kunde>
"""),
    T("""
<rueckruf>
  <anrufer>{p1.hf}</anrufer>
  <nummer>{p1.phone}</nummer>
  <notiz>Bittet um Rückruf wegen Lieferung an [p1:ihre|seine] [p3:Schwiegermutter|Schwiegervater], {p3.hf}, {p3.addr1}</notiz>
  <bearbeiter>{p2.user}</bearbeiter>
</rueckruf>
"""),
]

# ------------------------------------------------------------------ csv_export
G["csv_export"] = [
    T("""
Kundennr;Anrede;Vorname;Nachname;Straße;PLZ;Ort;Telefon;E-Mail
{p1.cust};[p1:Frau|Herr];{p1.first};{p1.last};{p1.street};{p1.zip};{p1.town};{p1.phone};{p1.email}
{p3.cust};[p3:Frau|Herr];{p3.first};{p3.last};{p3.street};{p3.zip};{p3.town};{p3.phone};{p3.email}
{p4.cust};[p4:Frau|Herr];{p4.first};{p4.last};{p4.street};{p4.zip};{p4.town};;{p4.email}
"""),
    "Partner\tSteuer-ID\tIBAN\tBetrag\n{p1.lf}\t{p1.tax}\t{p1.iban}\t{amount}\n{p3.lf}\t{p3.tax}\t{p3.iban}\t{amount2}\n{p4.lf}\t–\t{p4.iban}\t{amount3}",
    T("""
"bestellnr","name","strasse","plz","ort","email","newsletter"
"{order}","{p1.lf}","{p1.street}","{p1.zip}","{p1.town}","{p1.email}","ja"
"{order2}","{p3.lf}","{p3.street}","{p3.zip}","{p3.town}","{p3.email}","nein"
"{order3}","{p4.full}","{p4.street}","{p4.zip}","{p4.town}","{p4.email}","ja"
"""),
    T("""
email|vorname|anmeldung|ip|quelle
{p1.email}|{p1.first}|{isots}|{ip}|footer
{p3.email}|{p3.lfirst}|{isots2}|{ipsix}|popup
{p4.email}||{isots3}|{ip2}|checkout
"""),
    "Nr.\tName\tGeburtsdatum\tAdresse\tTelefon\n1\t{p1.full}\t{p1.dob}\t{p1.addr1}\t{p1.phone}\n2\t{p3.full}\t{p3.dob}\t{p3.addr1}\t{p3.phone}\n3\t{p4.full}\t{p4.dob}\t{p4.addr1}\t",
    T("""
Auftrag;Empfänger;Lieferadresse;Telefon;Paketdienst;Sendungsnummer
{order};{p1.full};{p1.addr1};{p1.phone};DHL;{tracking}
{order2};{p3.full};{p3.addr1};{p3.phone};Hermes;{tracking2}
{order3};{p4.full};Packstation {qty}, {zip} {town};{p4.mobile};DHL;{tracking3}
"""),
    T("""
Vorname,Nachname,Firma,E-Mail,Telefon,Land
{p1.first},{p1.last},{firm},{p1.email},{p1.phone},{p1.country}
{p3.first},{p3.last},,{p3.email},{p3.phone},{p3.country}
{p4.first},{p4.last},{firm2},{p4.email},,{p4.country}
{p5.first},{p5.last},,{p5.email},{p5.mobile},{p5.country}
"""),
    "Mitglied\tKarte\tSeit\tPLZ\tE-Mail\n{p1.lfull}\t{cardlike}\t{date}\t{p1.zip}\t{p1.email}\n{p3.lfull}\t{cardlike2}\t{date2}\t{p3.zip}\t{p3.email}\n{p4.lfull}\t{cardlike3}\t{date3}\t{p4.zip}\t{p4.email}",    T("""
# Altdaten Zahlungen (Shop v1) – NICHT weitergeben, Migration {ticket}
bestellung;inhaber;kartennummer;gueltig;betrag
{order};{p1.ufull};{card};{expiry};{price}
{order2};{p3.ufull};{card2};{expiry2};{price2}
{order3};{p4.ufull};{cardc};{expiry3};{price3}
"""),
    "Zeit\tBestellung\tKarte\tInhaber\tStatus\n{tick}\t{order}\t{amex}\t{p1.full}\tautorisiert\n{tick}\t{order2}\t{masked}\t{p3.full}\tabgelehnt\n{tick}\t{order3}\t{card}\t{p4.full}\tstorniert",
]

# ------------------------------------------------------------------ server_log
G["server_log"] = [
    T("""
{ip} - - [{clf}] "POST /checkout/confirm HTTP/2.0" 302 0 "https://{shopdomain}/warenkorb" "{ua}"
{ip} - - [{clf2}] "GET /checkout/erfolg?bestellung={order} HTTP/2.0" 200 18734 "-" "{ua}"
{ipsix} - - [{clf3}] "GET /konto/login HTTP/2.0" 200 5120 "-" "{ua2}"
{ip2} - - [{clf4}] "GET /static/app.{hash}.js HTTP/1.1" 304 0 "-" "{ua3}"
{ipmap} - - [{clf5}] "GET /konto/bestellungen HTTP/1.1" 200 9120 "-" "{ua}"
"""),
    T("""
{isots} INFO  auth.login success user={p1.email} ip={ipport}
{isots2} WARN  auth.login failed user={p3.email} ip={ip2} reason=bad_password attempts=3
{isots3} INFO  order.created id={order} customer="{p1.full}" total="{price}"
{isots4} INFO  mail.sent template=order_confirmation to={p1.email}
"""),
    T("""
--- Request {uuid} ---
POST /api/v2/kontakt HTTP/1.1
Host: {shopdomain}
X-Forwarded-For: {ip}, {ippriv}
Forwarded: for="{ipsixport}";proto=https
X-Real-IP: {ip}
User-Agent: {ua}
Content-Type: application/json

{"name":"{p1.full}","email":"{p1.email}","telefon":"{p1.phone}","nachricht":"Bitte um Rückruf"}
"""),
    T("""
{date} {time} fail2ban.actions [1187]: NOTICE [shop-login] Ban {ip}
{date} {time2} fail2ban.actions [1187]: NOTICE [shop-login] Ban {ipsix}
{date} {time3} fail2ban.filter  [1187]: INFO  [shop-login] Found {ip2} - Login fehlgeschlagen für {p1.email}
"""),
    T("""
[{isots}] DEBUG payment.request {"amount": 4990, "currency": "EUR", "card": "{cardc}", "holder": "{p1.ufull}", "ip": "{ipany}", "peer": "{ipport}"}
[{isots2}] ERROR payment.response declined code=05 ref={hash}
# TODO: Kartennummer darf nicht geloggt werden – Ticket {ticket}
"""),
    T("""
{syslogts} mail postfix/smtp[22114]: 4F2A1C3B: to=<{p1.email}>, relay=mx00.gmx.net[{ip}]:25, delay=1.2, status=sent (250 Requested mail action okay)
{syslogts2} mail postfix/smtp[22131]: 9B17D2E0: to=<{p3.email}>, relay=mx.web.de[{ip2}]:25, delay=0.8, status=deferred (450 4.7.1 Greylisted)
{syslogts3} mail postfix/qmgr[1022]: 9B17D2E0: from=<{shopmail}>, size=48211, nrcpt=1 (queue active)
"""),
    T("""
DOI-Protokoll Newsletter
Adresse:     {p1.email}
Name:        {p1.full}
Anmeldung:   {isots} von IP {ipany}
Bestätigung: {isots2} von IP {ipany2}
Browser:     {ua}
Quelle:      Gewinnspiel Landingpage (Version {version})
"""),
    T("""
{isots} nginx: upstream timed out while reading response header from upstream, client: {ipsixport}, server: {shopdomain}, request: "GET /konto/adressen HTTP/2.0"
{isots2} app[web.1]: address.update user_id={qty} street="{p1.street}" by={p1.email} from {ipmap}
"""),    T("""
PCI-Scan Befund {date} – Logdatei /var/log/shop/checkout.log
Zeile 1182: card={card} name="{p1.full}" remote={ipport}
Zeile 1190: card={card2} name="{p3.full}" remote={ipsixport}
Maßnahme: Logging deaktiviert, Dateien gelöscht, Vorfall an {p2.full} gemeldet.
"""),
    T("""
Auszug Load-Balancer-Log
{isots} {ipport} → {ippriv}:8080 "POST /api/zahlung" 402 card_last4={lastfour}
{isots2} {ipsixport} → {ippriv2}:8080 "GET /konto" 200 user={p1.email}
{isots3} {ipmap} → {ippriv}:8080 "POST /api/newsletter" 201 email={p3.email}
"""),
]

# ------------------------------------------------------------------ fraud_review
G["fraud_review"] = [
    T("""
Fraud-Check Bestellung {order} – Score 87/100 (manuelle Prüfung)
Besteller: {p1.full} <{p1.email}>
Rechnungsadresse: {p1.addr1}
Lieferadresse: {p3.full}, {p3.addr1}
Karte: {cardn}
IP: {ip} (Geo: Lagos, NG) – passt nicht zur Rechnungsadresse
Gerät: {ua}
Bemerkung: Karte wurde in den letzten 24 h mit zwei weiteren Namen verwendet ({p4.full}, {p5.full}). Bestellung storniert, Kunde informiert.
"""),
    T("""
Rückbelastung (Chargeback) – Fall {ticket}
Händlerreferenz: {order}
Karteninhaber laut Bank: {p1.ufull}
Kartennummer: {card}
Grund: 10.4 – Betrug, Karte nicht vorhanden
Bestell-IP: {ipsix}
Lieferadresse:
{p1.addr}
Zugestellt am {date} an: {p3.fl} (Unterschrift Nachbar)
To do: Zustellnachweis hochladen – {p2.first}
"""),
    T("""
@{p2.user} kannst du dir den Account {p1.email} ansehen? Seit gestern fünf Bestellungen an unterschiedliche Packstationen, immer mit Karten auf andere Namen ({p3.full}, {p4.lf}). Login-IPs: {ip}, {ip2}, {ipsix}. Ich würde sperren.
– {p5.first}
"""),
    T("""
Prüfliste Verdachtsfälle KW {kw}
Bestellung   | Name                   | Karte                  | IP               | Ergebnis
{order} | {p1.full} | {card} | {ip} | storniert
{order2} | {p3.full} | {masked} | {ip2} | freigegeben
{order3} | {p4.full} | {card2} | {ipsix} | Rückfrage per Mail
"""),
    T("""
§AT§Verdacht Lastschriftbetrug – {date}
Das Konto {p1.iban} wurde für drei Kundenkonten hinterlegt: {p1.full}, {p3.full}, {p4.full}.
Alle mit Lieferung nach {p1.addr1}. Bitte Lastschrift für diese Konten deaktivieren. Ansprechpartner: {p2.hf}, {p2.landline}
"""),
    T("""
PayPal-Konflikt {ticket}
Käufer: {p1.full} ({p1.email})
Vorwurf: „Artikel nicht erhalten“
Unsere Daten: versendet am {date} an {p1.addr1}, Sendung {tracking}, zugestellt an [p3:Nachbarin|Nachbar] {p3.hd}
Login des Käufers vor der Bestellung von {ipany}, Lieferadresse zwei Tage vorher geändert.
Antwort bis {date2} – zuständig {p2.first}.
"""),
    T("""
Risk-Notiz: Testbestellungen mit Kartennummern aus einer Liste
{isots} {card} – abgelehnt – IP {ip}
{isots2} {card2} – abgelehnt – IP {ip}
{isots3} {card3} – autorisiert (!) – IP {ip}, Name „{p1.full}“, Lieferung {p1.street}
Karte 3 sperren lassen, Acquirer informiert ({p2.fi}).
"""),
    T("""
Hallo {p2.first},
die Bestellung {order} sieht komisch aus: Rechnungsname {p1.full}, aber die E-Mail lautet {p3.email} und die Telefonnummer {p3.phone} gehört laut unserer Datenbank zu {p3.full}. IP-Adresse {ipsix} aus einem Rechenzentrum. Versand ist gestoppt.
Gruß {p4.first}
"""),
]

# ------------------------------------------------------------------ sepa_mandate
G["sepa_mandate"] = [
    T("""
SEPA-Lastschriftmandat
Gläubiger: {shop}, {coline}
Gläubiger-Identifikationsnummer: {creditor}
Mandatsreferenz: {mandate}

Ich ermächtige {shop}, Zahlungen von meinem Konto mittels Lastschrift einzuziehen. Zugleich weise ich mein Kreditinstitut an, die auf mein Konto gezogenen Lastschriften einzulösen.

Kontoinhaber: {p1.full}
Anschrift: {p1.addr1}
IBAN: {p1.iban}
BIC: {bic}
Ort, Datum: {p1.town}, {date}
Unterschrift: {p1.full}
"""),
    T("""
Name des Zahlungspflichtigen (Kontoinhaber/in): {p1.LF}
Straße und Hausnummer: {p1.street}
PLZ und Ort: {p1.zip} {p1.town}
IBAN des Zahlungspflichtigen: {p1.iban}
Zahlungsart: wiederkehrende Zahlung
Mandatsreferenz (wird vom Zahlungsempfänger ausgefüllt): {mandate}
"""),
    T("""
{_greet_f}

vielen Dank, Ihr SEPA-Lastschriftmandat ist aktiv. Wir ziehen den Betrag von {price} frühestens am {date} von folgendem Konto ein:

Kontoinhaber: {p1.full}
IBAN: {p1.iban}
Mandatsreferenz: {mandate}
Gläubiger-ID: {creditor}

{_close_f}
{_agent_sig}
"""),
    T("""
Kontowechsel für dein Abo
Hallo {p1.first}, du hast am {date} deine Bankverbindung geändert:
alt: {ibanx}
neu: {p1.iban} (Kontoinhaber: {p3.full})
Wenn du das nicht warst, melde dich bitte sofort unter {shopphone}.
"""),
    T("""
§CH§Ermächtigung zum Lastschriftverfahren (LSV+)
Zahlungspflichtiger: {p1.full}, {p1.addr1}
IBAN: {p1.iban}
Zahlungsempfänger: {shop}
Referenz: {mandate}
Datum und Unterschrift: {date}, {p1.fi}
"""),
    T("""
Rücklastschrift – Bestellung {order}
Die Lastschrift über {price} vom Konto {p1.iban} ({p1.lf}) wurde von der Bank zurückgegeben. Grund: MD06 – Rückgabe auf Verlangen des Zahlers.
Gebühr: {price2}. Bitte [p1:die Kundin|den Kunden] per Mail ({p1.email}) kontaktieren. – Buchhaltung, {p2.fi}
"""),
    T("""
Vorabankündigung (Pre-Notification)
{p1.hf}, wir buchen am {date} den Monatsbeitrag Ihrer Kaffee-Box ({price}) per Lastschrift ab.
Konto: {p1.iban} · Mandat {mandate} · Gläubiger-ID {creditor}
"""),
    T("""
Mandat erfassen (Backoffice)
Kunde: {p1.cust} – {p1.full}
Kontoinhaber abweichend: ja → {p3.full}, {p3.addr1}
IBAN: {p3.iban}
Unterschrift liegt vor: ja (Scan vom {date})
Erfasst: {p2.user}
"""),
]

# ------------------------------------------------------------------ refund_request
G["refund_request"] = [
    T("""
hallo liebes {shop} team,
ich hab die hose zurückgeschickt (zu klein 😅) und wollte fragen wann das geld kommt? hab damals per vorkasse bezahlt. meine iban: {p1.iban}
danke!! {p1.lfirst}
"""),
    T("""
Betreff: Rückerstattung Bestellung {order}

Sehr geehrte Damen und Herren,

am {date} habe ich die Bestellung {order} vollständig zurückgesendet (Sendungsnummer {tracking}). Bis heute ist keine Erstattung eingegangen. Bitte überweisen Sie den Betrag von {price} auf folgendes Konto:

Kontoinhaber: {p1.full}
IBAN: {p1.iban}

Mit freundlichen Grüßen
{p1.full}
{p1.addr}
"""),
    T("""
Formular: Erstattung anfordern
Bestellnummer: {order}
Name: {p1.full}
E-Mail: {p1.email}
Erstattung auf: Bankkonto
IBAN: {p1.iban}
Kommentar: Bitte schnell, ist mein Urlaubsgeld 🙃
"""),
    T("""
Hallo,
bitte erstatten Sie den Betrag für die Retoure {order} auf das Konto [p3:meiner Mutter|meines Vaters], [p3:sie|er] hatte das Geschenk bezahlt:
{p3.full}
{p3.iban}
Vielen Dank
{p1.full}
"""),
    T("""
Erstattungen zur Freigabe – {date}
1. {order} | {p1.lf} | {amount} | {p1.iban}
2. {order2} | {p3.lf} | {amount2} | {p3.iban}
3. {order3} | {p4.lf} | {amount3} | PayPal ({p4.email})
Freigabe: {p2.full}
"""),
    T("""
§AT§Grüß Gott,
ich habe am {date} zwei Paar Schuhe retourniert (Retourenschein {ticket}). Das Geld ist bis heute nicht auf meinem Konto eingelangt. Bitte überweisen Sie {price} auf mein Konto {p1.iban}, lautend auf {p1.full}.
Mit freundlichen Grüßen
{p1.full}
{p1.addr}
"""),
    T("""
Re: Ihre Erstattung
{p1.sal}, die Gutschrift über {price} ging heute raus – allerdings auf die Karte, mit der Sie bezahlt haben ({masked}), nicht auf das genannte Konto {p1.iban}. Das ist bei Kartenzahlungen leider vorgeschrieben.
{_close_f}
{p2.full}
"""),
    T("""
hi, {p1.lfull} hier (bestellung {order}). ihr habt mir nur 2 von 3 shirts erstattet, es fehlen noch {price}. konto wie immer {p1.iban}. danke euch
"""),
]

# ------------------------------------------------------------------ return_form
G["return_form"] = [
    T("""
RETOURENSCHEIN
Bestellnummer: {order}      Retourennummer: {ticket}
Absender:
{p1.full}
{p1.addr}
Grund der Rücksendung (bitte ankreuzen):
[x] Artikel gefällt nicht   [ ] zu groß   [ ] zu klein   [ ] defekt
Artikel: {sku}, {size}, Menge 1
Erstattung auf: ( ) Originalzahlungsmittel  (x) Bankkonto: {p1.iban}
Unterschrift: {p1.fi}
"""),
    T("""
Rücksendeetikett – DHL Retoure
Von: {p1.full}, {p1.addr1}
An: {shop} Retourenzentrum, Halle 4, Tor 12, {zip} {town}
Sendungsnummer: {tracking}
Gewicht: {weight}
"""),
    T("""
Deine Rücksendung ist angemeldet ✅
Rücksendenummer: {ticket}
Abholung am {date} zwischen 8 und 12 Uhr bei:
{p1.full}
{p1.addr}
Telefon für den Fahrer: {p1.mobile}
"""),
    T("""
Wareneingang Retoure {ticket} – {date}
Absender laut Etikett: {p1.fl}, {p1.street}
Inhalt: 1x {sku} (ungetragen, Etikett dran), 1x {sku2} (Flecken!)
Geprüft von: {p2.first}
Hinweis: Im Paket lag ein Zettel „bitte Gutschrift an {p3.full}, [p3:meine Tochter|mein Sohn] hat bestellt“
"""),
    T("""
§CH§Rücksendeformular
Kunde: {p1.hf}
Adresse: {p1.addr1}
Natel: {p1.mobile}
Rückerstattung auf IBAN: {p1.iban}
Retour an: {shop}, Postfach, {zip} {town}
"""),
    T("""
Umtausch: bitte Größe M statt L schicken.
Bestellung {order} | {p1.full} | {p1.email}
Neue Lieferadresse (nur für den Umtausch!): {p3.full}, {p3.addr1}
"""),
    T("""
Widerrufsformular
An: {shop}, {coline}, {shopmail}
Hiermit widerrufe(n) ich/wir den von mir/uns abgeschlossenen Vertrag über den Kauf der folgenden Waren: Kinderfahrradhelm, Art.-Nr. {sku}
Bestellt am: {date} / erhalten am: {date2}
Name des/der Verbraucher(s): {p1.full}
Anschrift des/der Verbraucher(s): {p1.addr1}
Datum: {date3}
"""),
    T("""
RMA {ticket} | Status: eingegangen
Kunde {p1.lf} · Tel. {p1.phone}
Artikel {gtin} – Reklamation: Display flackert (Firmware {ipver})
Abholadresse: {p1.addr1}
Techniker-Rückmeldung an {p1.email}
"""),
]

# ------------------------------------------------------------------ freelancer_invoice
G["freelancer_invoice"] = [
    T("""
§DE§{p1.full}
Fotografie & Bildbearbeitung
{p1.addr}
Tel. {p1.phone} · {p1.email}

{shop}
z. Hd. {p2.hdf}
{coaddr}

Rechnung Nr. {invoice}
Rechnungsdatum: {date}

Produktfotos Herbstkollektion (42 Motive), Pauschale: {amount}
Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.

Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf mein Konto:
{p1.full}
IBAN {p1.iban}
BIC {bic}

Steuer-ID: {p1.tax}
Steuernummer: {steuernr}
"""),
    T("""
§DE§RECHNUNG {invoice}
Texterin/Texter: {p1.full}, {p1.addr1}
Leistung: 12 Produkttexte für den Onlineshop, 2 Korrekturschleifen
Netto {amount}, zzgl. 19 % USt.
USt-IdNr.: {vatid}
Steuerliche Identifikationsnummer: {p1.tax}
Zahlbar bis {date} auf {p1.iban}
"""),
    T("""
§DE§Hallo {p2.first},

anbei wie besprochen meine Daten für den Rahmenvertrag:
Name: {p1.full}
Anschrift: {p1.addr1}
Steuerliche Identifikationsnummer: {p1.tax}
Bankverbindung: {p1.iban}
Ich bin [p1:Kleinunternehmerin|Kleinunternehmer], daher keine USt-IdNr.

Viele Grüße
{p1.first}
"""),
    T("""
§DE§Rechnung – Kooperation Instagram ({p1.handle})
Leistung: 3 Stories + 1 Reel, Kampagne „Herbstglühen“
Honorar: {amount}
Rechnungssteller: {p1.full}, {p1.addr1}
IdNr.: {p1.tax}
Konto: {p1.iban}
"""),
    T("""
§DE§@Buchhaltung: Die Rechnung von {p1.full} ({invoice}) ist ohne Steuernummer gekommen, nur mit Steuer-ID {p1.tax}. Reicht das? Zahlung wäre an {p1.iban}.
– {p2.first}
"""),
    T("""
§DE§Honorarrechnung {invoice} vom {date}
Auftraggeber: {shop}, {coline}
Auftragnehmer: {p1.full}, {p1.addr1}
Leistung: Moderation Live-Shopping am {date2}, 2 Std.
Betrag: {amount} (umsatzsteuerfrei nach § 19 UStG)
Steuer-Identifikationsnummer: {p1.tax}
Zahlbar an: {p1.iban}
"""),
    T("""
§DE§Stammdatenblatt Freie Mitarbeit
Name, Vorname: {p1.lf}
Geburtsname: {p1.maiden}
Anschrift: {p1.addr1}
Steuer-ID: {p1.tax}
Finanzamt / Steuernummer: {town} / {steuernr}
Bankverbindung: {p1.iban}, Kontoinhaber {p1.full}
Ansprechperson bei {shop}: {p2.full}
"""),
    T("""
§DE§Hi {p2.first}, kurze Korrektur zu meiner Rechnung {invoice}: da ist ein Zahlendreher in der Steuer-ID. Richtig ist {p1.tax}. IBAN bleibt {p1.iban}. Sorry! {p1.first}
"""),
]

# ------------------------------------------------------------------ hr_onboarding
G["hr_onboarding"] = [
    T("""
§DE§Personalfragebogen – Werkstudent:in Social Media
Name, Vorname: {p1.lf}
Geburtsdatum: {p1.dob}   Geburtsort: {town}
Anschrift: {p1.addr1}
Telefon: {p1.mobile}
E-Mail: {p1.email}
Steuer-ID: {p1.tax}
Sozialversicherungsnummer: {svnr}
Krankenkasse: TK
Bankverbindung (IBAN): {p1.iban}
"""),
    T("""
§DE§Betreff: Neueinstellung zum {date}

Guten Tag {p3.hl},

zum {date} beginnt bei uns [p1:eine neue Mitarbeiterin|ein neuer Mitarbeiter] im Marketing:

{p1.full}, geb. {p1.dob}
{p1.addr}
Steuer-ID {p1.tax}, Steuerklasse 1
IBAN {p1.iban}

Bitte legen Sie [p1:sie|ihn] im Lohnprogramm an. Die unterschriebenen Unterlagen schicke ich per Post.

Viele Grüße
{p2.full}
Personal, {shop}
"""),
    T("""
§DE§Ticket {ticket} – Lohnabrechnung
{p1.full} (Kundenservice, Teilzeit) hat die Steuer-ID noch nicht schriftlich nachgereicht. Laut Telefonat am {date} lautet sie {p1.tax}, die Bestätigung vom Bundeszentralamt fehlt noch. Bitte vorerst so eintragen.
– {p2.fi}
"""),
    T("""
§DE§Änderungsmitteilung
Personalnummer: {cust}
Name: {p1.full} (geb. {p1.maiden})
Neue Anschrift ab {date}: {p1.addr1}
Neue Bankverbindung: {p1.iban}
Grund: Heirat und Umzug
"""),
    T("""
§DE§Praktikumsvertrag – Stammdaten
| Feld           | Angabe |
|----------------|--------|
| Praktikant/in  | {p1.full} |
| Anschrift      | {p1.addr1} |
| Geburtsdatum   | {p1.dob} |
| Steuer-ID      | {p1.tax} |
| IBAN           | {p1.iban} |
| Betreuung      | {p2.full} |
"""),
    T("""
§DE§Minijob-Anmeldung Aushilfe Lager
{p1.LF}, {p1.addr1}
Tel. {p1.phone}
Steuerliche IdNr.: {p1.tax}
Rentenversicherungsnummer: {svnr}
Notfallkontakt: {p3.full} ({p3.phone})
"""),
    T("""
§DE§Hallo {p1.first},

herzlich willkommen im Team! Für deinen ersten Arbeitstag am {date} brauchen wir noch:
- deine Steuer-ID (du hast {taxlike} angegeben – da stimmt die Prüfziffer nicht, vermutlich ein Zahlendreher)
- die Mitgliedsbescheinigung deiner Krankenkasse
Dein Buddy in der ersten Woche ist {p3.first}, [p3:sie|er] holt dich um 9 Uhr am Empfang ab.

Liebe Grüße
{p2.first} aus dem People-Team
"""),
    T("""
§DE§Onboarding-Checkliste {p1.full}
[x] Vertrag unterschrieben ({date})
[x] Steuer-ID {p1.tax} eingetragen
[ ] IBAN prüfen – angegeben: {p1.iban}
[ ] Laptop bestellen (Ansprechpartner IT: {p3.fi})
[ ] Zugang Shopsystem, Benutzer {p1.user}
"""),
]

# ------------------------------------------------------------------ letter
G["letter"] = [
    T("""
{shop} · {coline}

[p1:Frau|Herrn]
{p1.full}
{p1.addr}

{town}, {date}

Ihre Reklamation vom {date2}, Bestellnummer {order}

{p1.sal},

wir bedauern, dass der bestellte Rucksack beschädigt bei Ihnen angekommen ist. Als Entschädigung haben wir Ihnen einen Gutschein über {price} beigelegt (Code {voucher}).

Mit freundlichen Grüßen

{p2.full}
Kundenservice
"""),
    T("""
{p1.full}
{p1.addr}
Tel. {p1.phone}

{shop}
Kundenservice
{coaddr}

{date}

Beschwerde über die Lieferung vom {date2}

Sehr geehrte Damen und Herren,

zum dritten Mal wurde mein Paket beim Nachbarn abgegeben, obwohl ich ausdrücklich eine Zustellung an die Haustür gewünscht habe. [p4:Frau|Herr] {p4.last} aus dem Nachbarhaus ist nicht immer erreichbar. Ich bitte Sie, dies mit Ihrem Paketdienst zu klären.

Mit freundlichen Grüßen
{p1.full}
"""),
    T("""
§AT§{p1.full}
{p1.addr}

An
{shop}
z. H. {p2.hdf}
{coaddr}

{p1.town}, am {date}

Betreff: Rücktritt vom Kaufvertrag – Bestellung {order}

Sehr geehrte Damen und Herren,

hiermit trete ich fristgerecht vom Kaufvertrag zurück. Bitte überweisen Sie den Kaufpreis von {price} auf mein Konto {p1.iban}.

Hochachtungsvoll
{p1.full}
"""),
    T("""
{shop} · Kundenservice · {coline}

[p1:Frau|Herrn]
{p1.hf}
c/o {p3.full}
{p3.addr}

Ihr Kundenkonto {p1.cust}

{p1.sal},

leider konnten wir Sie unter der bekannten Telefonnummer {p1.phone} nicht erreichen. Bitte melden Sie sich bei uns, damit wir Ihre Bestellung zustellen können.

Freundliche Grüße
{p2.full}
"""),
    T("""
§CH§{p1.full}
{p1.addr}

Einschreiben
{shop}
Rechtsdienst
{coaddr}

{p1.town}, {date}

Mahnung – Rückerstattung ausstehend

Sehr geehrte Damen und Herren

Trotz meiner Rücksendung vom {date2} habe ich die Rückerstattung von {price} noch nicht erhalten. Ich setze Ihnen hiermit eine Frist bis zum {date3}.

Freundliche Grüsse
{p1.full}
"""),
    T("""
An alle Mieterinnen und Mieter im Haus {p1.street}

Liebe Nachbarn,
seit Wochen werden Pakete für mich ({p1.full}, 3. OG links) falsch abgegeben. Wer ein Paket von {shop} für mich angenommen hat, meldet sich bitte unter {p1.mobile} oder klingelt einfach bei mir.
Danke! {p1.first}
"""),
    T("""
Absender: {p1.full}, {p1.addr1}

{shop}
Abteilung Datenschutz
{coaddr}

Widerspruch gegen Werbung nach Art. 21 DSGVO

Hiermit widerspreche ich der Verwendung meiner Daten für Werbezwecke. Bitte bestätigen Sie mir dies schriftlich an die obige Adresse oder per E-Mail an {p1.email}.

{p1.town}, {date}
{p1.full}
"""),
    T("""
[p1:Frau|Herrn]
{p1.full}
{p1.addrc}

{date}

Ihre Bewerbung als Produkttester:in

{p1.sal},

herzlichen Glückwunsch – Sie wurden für unseren Testclub ausgewählt! Ihr Testpaket geht in der KW {kw} an die oben genannte Adresse. Bei Fragen erreichen Sie {p2.hd} unter {p2.landline}.

{_close_f}
{shop}
"""),
]

# ------------------------------------------------------------------ shipping_label
G["shipping_label"] = [
    T("""
DHL PAKET  V01PAK
Von: {shop} Versandlager · {zip} {town}
An:
{p1.full}
{p1.addr}
Sendungsnr.: {tracking}
Gewicht: {weight}   Referenz: {order}
"""),
    T("""
Empfänger:
{p1.full}
Postnummer {postnr}
{packstation}
{zip} {town}
Benachrichtigung an: {p1.email}
Referenz: {order}
"""),
    T("""
Zustellnotiz Fahrer – Tour {qty}
{tick}: {p1.street} – niemand da, Paket bei [p3:Nachbarin|Nachbar] {p3.hd} abgegeben, Karte eingeworfen.
{tick}: {p4.street} – Hund im Hof, Paket laut Ablagevertrag in der Garage.
{tick}: {p5.addr1} – Annahme verweigert, zurück ans Depot.
"""),
    T("""
Lieferadresse:
{p1.full}
c/o {firm}
{coaddr}
Hinweis für den Fahrer: Empfang 3. Stock, nach [p1:Frau|Herrn] {p1.last} fragen. Tel. {p1.phone}
"""),
    T("""
§CH§PostPac Priority
Empfänger: {p1.hf}
{p1.addr}
Avisierung per SMS: {p1.mobile}
Absender: {shop}, Postfach, {zip} {town}
Sendungsnummer: 99.{qty}.{postnr}
"""),
    T("""
§AT§Österreichische Post – Verständigung
Empfänger: {p1.full}, {p1.addr1}
Ihr Paket konnte nicht zugestellt werden und liegt ab {date} in der Post-Geschäftsstelle {zip} {town} zur Abholung bereit.
Sendungsnummer: {tracking}
Abholung auch durch eine bevollmächtigte Person möglich, z. B. {p3.full}.
"""),
    T("""
Hallo {p1.first},
dein Paket ({tracking}) wurde heute um {time} bei deiner Nachbarin abgegeben:
{p3.full}, {p3.street}
Bitte hol es dort ab. Dein Zustellteam
"""),
    T("""
LIEFERSCHEIN {invoice}
Lieferanschrift:
{p1.hf}
{p1.addrc}

Pos. Menge Art.-Nr.      Bezeichnung
1    2     {sku}   Trinkflasche 0,75 l
2    1     {sku2}   Stirnlampe, {ipver}
Gepackt von: {p2.first} · Kontrolle: {p3.fi}
"""),
]

# ------------------------------------------------------------------ product_review
G["product_review"] = [
    T("""
★★★★☆ von {p1.fl} am {date}
„Passt super, nur die Ärmel sind etwas lang. Mein Mann (1,86 m) trägt Größe L.“
Antwort von {shop}: Danke, {p1.first}! Wir geben das an unser Produktteam weiter. – {p2.first}
"""),
    T("""
Bewertungen – Wanderrucksack „Fjordlicht 30“ (Art.-Nr. {sku})
5/5 – {p1.full}, {p1.town}: Top Qualität, schnelle Lieferung.
2/5 – {p3.handle}: Reißverschluss nach drei Wochen kaputt.
4/5 – {p4.fl}: Gut, aber teuer ({price}).
"""),
    T("""
Google-Rezension – 3 Sterne
{p1.full}: Die Beratung im Laden durch {p2.first} war klasse, aber die Lieferung hat ewig gedauert. Hab dreimal angerufen. Wer Fragen hat, kann mich gern anrufen: {p1.mobile}
Antwort des Inhabers: Hallo {p1.hl}, danke für Ihr Feedback! Bitte veröffentlichen Sie hier keine Telefonnummern – wir melden uns per E-Mail bei Ihnen.
"""),
    T("""
Moderation – Bewertung #{ticket} (gemeldet)
Autor: {p1.user}
Text: „Bestellt für [p3:meine Schwester|meinen Bruder] {p3.full}, Lieferung an {p3.addr1} kam nie an!!! Meine Nummer {p1.phone}, ruft endlich zurück.“
Entscheidung: nicht veröffentlicht (personenbezogene Daten). Bearbeitet: {p2.first}
"""),
    T("""
Frage von {p1.fl}: Ist die Jacke auch für Skitouren geeignet?
Antwort von {p3.first} ([p3:verifizierte Käuferin|verifizierter Käufer]): Ich nutze sie genau dafür, unter einer Hardshell perfekt.
Antwort von {shop}: Wie {p3.first} schreibt – als Midlayer ja, als Außenjacke eher nicht.
"""),
    T("""
Neue Bewertung für {shop}
Kunde: {p1.full} ({p1.email})
Bestellung: {order}
Bewertung: „Alles bestens, danke an {p2.first} für die schnelle Hilfe bei der Adressänderung!“
Sterne: 5
"""),
    T("""
„Die Lampe ‚Frieda‘ ist wunderschön, aber das Kabel ist zu kurz.“ – {p1.fl}
„Hab zwei bestellt, eine für [p3:meine Mutter|meinen Vater] in {town}.“ – {p4.full}
„Kundenservice ({p2.first}) hat super reagiert.“ – {p5.handle}
"""),
    T("""
Rezension von {p1.lfull} ★★★★★
echt gutes teil!! hab bei {p2.first} an der hotline angerufen weil ich die falsche größe hatte, umtausch ging super fix. kann ich nur empfehlen
"""),
]

# ------------------------------------------------------------------ social_media
G["social_media"] = [
    T("""
{p1.handle} Wann gibt's die Tasche wieder in Grün? 😍
↳ {shophandle} Ende des Monats! Sollen wir dich benachrichtigen?
{p3.handle} {p4.handle} guck mal, die wolltest du doch
{p5.handle} Meine Bestellung {order} ist immer noch nicht da … ich bin {p5.full}, bitte meldet euch unter {p5.email}
"""),
    T("""
Nachricht von {p1.full} über Facebook
„Hallo! Ich hab bei eurem Gewinnspiel gewonnen 🙂 Meine Adresse ist {p1.addr1}. Liebe Grüße, {p1.first}“
Antwort ({p2.first}): Herzlichen Glückwunsch, {p1.first}! Der Gewinn geht diese Woche raus.
"""),
    T("""
{shophandle} seit 2 wochen warte ich auf mein geld zurück!!! bestellnr {order}. ich bin {p1.lfull}, falls ihr mich in eurem system sucht 😤
— Antwort {shophandle}: Hallo {p1.first}, das tut uns leid! Bitte schick uns deine Daten per DM, nicht öffentlich 🙏 ^{p2.first}
"""),
    T("""
plattform,nutzer,kommentar,markierung
tiktok,{p1.handle},"[p3:meine mum|mein dad] {p3.full} hat das auch bestellt lol",ok
tiktok,{p4.handle},"ruft mich an {p4.mobile}",personenbezogen
instagram,{p5.handle},"wo ist euer laden in {town}?",ok
"""),
    T("""
Beitrag in der Gruppe „{shop} Fans“:
{p1.full}: Hat jemand Erfahrung mit dem Umtausch? {p3.first} aus dem Kundenservice hat mir gesagt, das geht auch nach 30 Tagen.
  Kommentar von {p4.full}: Bei mir hat {p3.first} das auch super gelöst!
  Kommentar von {p5.handle}: Ruf einfach an, die sind nett.
"""),
    T("""
LinkedIn-Nachricht
{p1.full} · Einkauf bei {firm}
Hallo {p2.first}, wir haben uns auf der Messe in {town} kurz gesprochen. Hätten Sie Interesse an Firmenjacken mit Stick? Erreichbar bin ich unter {p1.landline} oder {p1.email}.
"""),
    T("""
DM an {shophandle}
{p1.handle}: hey ihr lieben! kann ich die bestellung noch ändern? soll an meine neue adresse: {p1.addr1}
{shophandle}: Hi {p1.first}, klar! Unter welchem Namen hast du bestellt?
{p1.handle}: {p1.full}
{shophandle}: Danke, ist geändert 💚 ^{p2.first}
"""),
    T("""
Story-Antwort von {p1.handle}: „OMG {p3.first} hat mir die Mütze geschenkt 😭 danke {p3.handle}!!“
Repost geplant: ja, Einwilligung von {p1.full} per DM am {date} eingeholt.
"""),
]

# ------------------------------------------------------------------ giveaway
G["giveaway"] = [
    T("""
🎉 Gewinnspiel-Auflösung 🎉
Die drei Gewinner:innen unseres Adventsgewinnspiels sind:
1. {p1.fl} aus {town}
2. {p3.fl} aus {town2}
3. {p4.handle}
Bitte schickt uns bis {date} eure Adresse per DM!
"""),
    T("""
Betreff: Du hast gewonnen!

[p1:Liebe|Lieber] {p1.first},

herzlichen Glückwunsch! Du hast bei unserem Sommergewinnspiel einen Gutschein über {price} gewonnen. Bitte bestätige uns bis {date} deine Lieferadresse:

{p1.full}
{p1.addr}

Ist die Adresse noch aktuell? Dann antworte einfach mit „Ja“.

Dein Team von {shop}
"""),
    T("""
Gewinnerliste Sommer-Aktion (Ziehung {date}, Zeugin/Zeuge: {p2.full})
Platz | Name | E-Mail | Adresse
1 | {p1.full} | {p1.email} | {p1.addr1}
2 | {p3.full} | {p3.email} | {p3.addr1}
3 | {p4.full} | {p4.email} | noch offen
"""),
    T("""
Hallöchen, juhu!! Meine Adresse:
{p1.full}
{p1.addr}
Handy: {p1.mobile}
lg {p1.lfirst}
"""),
    T("""
Teilnahmen Gewinnspiel „Wie heißt unser Maskottchen?“
{isots} | {p1.email} | Antwort: Wolli | Name: {p1.full}
{isots2} | {p3.email} | Antwort: Moosi | Name: {p3.lfull}
{isots3} | {p4.email} | Antwort: Knopf | Name: {p4.fl}
"""),
    T("""
§CH§Wettbewerb: Gewinnbenachrichtigung
Grüezi {p1.hl}
Sie haben das Velo-Set im Wert von CHF 490.– gewonnen. Wir liefern es an {p1.addr1}. Bitte bestätigen Sie uns Ihre Natelnummer ({p1.mobile}) für den Kurier.
Freundliche Grüsse, {p2.full}
"""),
    T("""
Interne Notiz: {p1.full} hat doppelt am Gewinnspiel teilgenommen ({p1.email} und {p1.email2}). Laut Teilnahmebedingungen ausschließen? Adresse beider Einträge gleich: {p1.street}. – {p2.first}
"""),
    T("""
Gewinnerpost (Entwurf)
Glückwunsch an {p1.first} aus {p1.town} und {p3.first} aus {p3.town}! 🎁 Ihr bekommt je ein Picknick-Set. Danke an alle, die mitgemacht haben – und an {p2.first} für die tollen Fotos.
"""),
]

# ------------------------------------------------------------------ influencer_outreach
G["influencer_outreach"] = [
    T("""
Hi {p1.first},

ich bin {p2.full} und kümmere mich bei {shop} um Kooperationen. Wir lieben deinen Content auf {p1.handle}! Hättest du Lust, unsere neue Outdoor-Kollektion zu testen? Wenn ja, schick mir gern deine Lieferadresse und Kleidergröße.

Liebe Grüße
{p2.first}
{p2.wemail} | {p2.mobile}
"""),
    T("""
Hey {p2.first}! Voll gern 🙌 Größe S/M. Adresse:
{p1.full}
{p1.addr}
Für DHL meine Nummer: {p1.mobile}
Verträge bitte an [p3:meine Managerin|meinen Manager] {p3.full} ({p3.email}).
"""),
    T("""
Kanal | Name | Follower | Kontakt | Status
{p1.handle} | {p1.full} | 48k | {p1.email} | Paket raus {date}
{p3.handle} | {p3.full} | 112k | über Management ({p4.full}) | Angebot offen
{p5.handle} | {p5.fl} | 9k | {p5.email} | abgesagt
"""),
    T("""
Briefing Kampagne „Nebelwald“ – Creator: {p1.full} ({p1.handle})
Versand Muster an: {p1.addr1}
Honorar: {amount} gegen Rechnung, Zahlung an {p1.iban}
Ansprechpartnerin intern: {p2.full}
Posting-Zeitraum: {date} bis {date2}, Code {voucher}
"""),
    T("""
Gifting-Log Q{quarter}
- {date}: Paket an {p1.full}, {p1.addr1} – Tracking {tracking}
- {date2}: Paket an {p3.full}, {p3.addr1} – Tracking {tracking2}
- {date3}: {p4.full} hat abgesagt (keine Outdoor-Themen mehr)
"""),
    T("""
Betreff: Re: Kooperation {shop} x {p1.handle}

Hallo {p2.first},

danke für das Angebot! Für die Abrechnung brauchst du sicher meine Daten:
{p1.full}
{p1.addr}
Steuer-ID {p1.tax}

Liebe Grüße
{p1.first}

> Am {date} schrieb {p2.full}:
> Hallo {p1.first}, anbei der Vertrag für die Story-Serie …
"""),
    T("""
§AT§Servus {p1.first},
wir würden dich gern für unsere Herbst-Kampagne gewinnen! Magst du uns deine Postadresse schicken? Das Sackerl mit den Sachen geht dann direkt raus.
Baba und liebe Grüße
{p2.first} ({shop}, {p2.mobile})
"""),
    T("""
Creator-Datenbank (Auszug)
Name: {p1.full}
Handle: {p1.handle}
E-Mail: {p1.email}
Telefon: {p1.phone}
Adresse: {p1.addr1}
Notizen: Arbeitet oft mit {p3.full} zusammen, Fotos von {p4.first}.
"""),
]

# ------------------------------------------------------------------ meeting_notes
G["meeting_notes"] = [
    T("""
Protokoll Marketing-Weekly – {date}
Teilnehmende: {p1.full}, {p2.full}, {p3.full}; entschuldigt: {p4.full}
TOP 1 Herbstkampagne
- Shooting am {date2} in {town}; {p1.first} bucht Location und Models
- Newsletter-Versand verschiebt sich, weil {p3.last} noch auf die Freigabe wartet
TOP 2 Beschwerde [p5:Frau|Herr] {p5.last}
- {p2.first} ruft [p5:die Kundin|den Kunden] heute an ({p5.phone}) und bietet Gutschein {voucher} an
Nächster Termin: {weekday}, {time}
"""),
    T("""
Action Items (Sync {date})
[ ] {p2.first}: Influencer-Liste an {p3.first} schicken
[ ] {p3.fi}: Budget für Q4 klären
[x] {p4.first} & {p1.first}: Landingpage live
Offen: Rückmeldung von {p5.hdf} (Agentur) zur Bildrechte-Frage
"""),
    T("""
Kurzprotokoll Jour fixe {date}
{p1.poss} Vorschlag, die Versandkostengrenze auf {price} zu senken, fand Zustimmung. {p2.first} rechnet bis {weekday} durch, was das kostet. Mit {p3.hd} von der Druckerei ist vereinbart, dass die Kataloge erst in KW {kw} kommen. {p4.possl} Team übernimmt die Übersetzungen; Rückfragen an {p4.email}.
"""),
    T("""
Retro Black-Week-Aktion
Was lief gut: Die Mails von {p1.first} hatten {pct} Öffnungsrate. {p2.full} hat den Kundenservice super koordiniert.
Was lief schlecht: Der Server ist am {date} um {time} ausgefallen, Ursache laut {p3.first}: Lastspitze von IP {ip} (Bot).
Was ändern wir: {p4.last} und {p1.last} schreiben bis {date2} ein Konzept für die Warteschlange.
"""),
    T("""
Teams-Besprechung – automatisches Transkript (Auszug)
{p1.full}  {tick}
Okay, dann fangen wir an. {p2.first}, magst du kurz die Zahlen zeigen?
{p2.full}  {tick}
Ja, also die Conversion liegt bei {pct}, das ist besser als im Vormonat.
{p3.full}  {tick}
Und die Beschwerde von {p4.hd} – hat sich die erledigt?
{p1.full}  {tick}
Ja, {p5.first} hat [p4:ihr|ihm] gestern einen Ersatz geschickt.
"""),
    T("""
§AT§Besprechungsprotokoll {date}, Büro Wien
Anwesend: {p1.hf}, {p2.hf}, {p3.full}
1. Messe in {town}: Standbetreuung {p3.first} und {p2.last}.
2. Reklamation {p4.full} ({p4.addr1}): Ersatzlieferung genehmigt.
3. Nächstes Treffen am {date2}.
"""),
    T("""
Notizen Kundenbeirat {date}
Anwesend aus dem Beirat: {p1.full} (Vorsitz), {p3.full}, {p4.fl}
Vom Shop: {p2.full}
- {p1.first} wünscht sich mehr Größen für große Menschen.
- {p3.first} berichtet, dass Pakete oft bei [p3:ihrer|seiner] Nachbarin landen.
- Kontakt für Rückfragen: {p1.email}
"""),
    T("""
Stand-up {weekday}
{p1.first}: Shopify-Update auf {version} eingespielt, Tests grün.
{p2.first}: hängt an der Anfrage von {p3.hdf} – [p3:sie|er] will eine Rechnung auf {firm}.
{p4.first}: krank, vertritt {p5.first}.
Die {p1.last}-Reklamation ist erledigt, Gutschrift ging gestern raus.
"""),
]

# ------------------------------------------------------------------ team_chat
G["team_chat"] = [
    T("""
#kundenservice
{p2.user} {tick}: wer kann {p1.hd} zurückrufen? [p1:sie|er] wartet auf die Gutschrift, Nummer {p1.phone}
{p3.user} {tick}: mach ich nach der Pause 👍
{p2.user} {tick}: danke! Bestellung {order}, hat schon zweimal angerufen
"""),
    T("""
[{tick}] {p2.full}: Kurze Frage – hat jemand die neue Adresse von {p1.full}? Paket kam zurück.
[{tick}] {p3.full}: Ja, [p1:sie|er] ist umgezogen: {p1.addr1}
[{tick}] {p2.full}: Super, danke {p3.first}!
"""),
    T("""
@{p3.user} kannst du bei der Bestellung von {p1.lfull} ({p1.email}) die Rechnungsadresse ändern? neue: {p1.addr1}
danke dir!! – {p2.lfirst}
"""),
    T("""
{p2.first}: Achtung, in einer Bewertung hat jemand die komplette Kartennummer gepostet ({card}) 😱 Hab sie ausgeblendet.
{p3.first}: Oh je. Von wem?
{p2.first}: {p1.fl}, Bestellung {order}. Ich schreib [p1:ihr|ihm] an {p1.email}.
"""),
    T("""
Übergabe Spätschicht → Frühschicht ({date})
- {p1.hf} wartet auf Rückruf wegen Lieferverzug, {p1.phone}
- Paket für {p3.full} liegt noch am Empfang (Abholung {weekday})
- {p4.first} hat die Retouren bis Regal 12 erfasst, Rest macht {p5.first}
- Die {p1.last}-Lieferung ist im System als „Adresse unklar“ markiert
Gute Schicht! {p2.first}
"""),
    T("""
§CH§{p2.first} {tick}
Chunnt öpper drus? {p1.hf} hät scho wieder aglüte, wägem Paket a {p1.street}.
{p3.first} {tick}
Ich lueg das aa. Isch das die mit de Natelnummer {p1.mobile}?
{p2.first} {tick}
genau 👍
"""),
    T("""
#marketing
{p1.user}: wer hat die Freigabe für das Foto von {p3.full}? Ohne Model-Release dürfen wir's nicht posten
{p2.user}: liegt bei {p4.first} im Postfach, [p3:sie|er] hat am {date} unterschrieben
{p1.user}: top, dann geht's morgen raus
"""),
    T("""
{p2.first} {p2.last}? 
"""),
]
G["team_chat"][-1] = T("""
Direktnachricht von {p2.full}
hey {p3.lfirst}, kurze info: der kunde mit der IP {ipany} hat heute 14 mal versucht sich einzuloggen – konto {p1.email} ist jetzt gesperrt. falls {p1.hl} anruft, bitte identität prüfen (geburtsdatum {p1.dob}).
""")

# ------------------------------------------------------------------ gift_order
G["gift_order"] = [
    T("""
Grußkarte zur Bestellung {order}:
„[p3:Liebe|Lieber] {p3.first}, alles Liebe zum Geburtstag! Wir denken an dich. Deine {p1.first} & {p4.first}“
Lieferung an: {p3.full}, {p3.addr1}
Versand ohne Preisangaben.
"""),
    T("""
Geschenkgutschein über {price}
Für: {p3.full}
Von: {p1.full}
Widmung: „Für [p3:die beste Oma|den besten Opa] der Welt – von {p1.first}“
Gutscheincode: {voucher}
Zustellung per E-Mail an {p3.email} am {date}
"""),
    T("""
Bestellformular Geschenkservice
Besteller/in: {p1.full}, {p1.email}, {p1.phone}
Beschenkte/r: {p3.full}
Lieferadresse:
{p3.addr}
Wunschtermin: {date}
Geschenkverpackung: ja ({price})
Karte: „Überraschung! Von {p1.first}“
Zahlung (telefonisch aufgenommen): Kreditkarte {card}, gültig bis {expiry}
"""),
    T("""
Hallo {shop},
ich möchte meinem Patenkind {p3.first} etwas zur Einschulung schicken. Die Adresse ist bei [p3:ihren|seinen] Eltern, {p4.full}, {p4.addr1}. Bitte ohne Rechnung ins Paket! Bezahlt wird mit meiner Karte {card}.
Danke, {p1.full}
"""),
    T("""
Firmengeschenke Weihnachten – Empfängerliste
{p1.full} | {p1.addr1} | Karte: „Danke für die tolle Zusammenarbeit!“
{p3.full} | {p3.addr1} | Karte: „Frohe Feiertage, {p3.first}!“
{p4.full} | {p4.addr1} | ohne Karte
Absender auf der Karte: {p2.full}, {shop}
"""),
    T("""
§CH§Geschenk an: {p3.hf}, {p3.addr1}
Absender: {p1.full}, {p1.addr1}
Botschaft: „Gute Besserung, {p3.first}! Herzlich, {p1.first}“
Lieferung: {date}, bitte vor 10 Uhr
"""),
    T("""
Notiz zur Bestellung {order}: Das ist ein Überraschungsgeschenk für {p3.full}! Bitte NICHT bei [p3:ihr|ihm] anrufen, bei Fragen nur mich: {p1.mobile}. Zustellung an {p3.street}.
"""),
    T("""
E-Geschenkkarte versendet ✉️
An: {p3.email}
Nachricht von {p1.first}: „Hey {p3.lfirst}, such dir was Schönes aus 💛“
Wert: {price} · Code: {voucher}
"""),
]

# ------------------------------------------------------------------ vcard
G["vcard"] = [
    T("""
BEGIN:VCARD
VERSION:3.0
N:{p1.last};{p1.first};;;
FN:{p1.full}
ORG:{firm}
TEL;TYPE=CELL:{p1.mobile}
TEL;TYPE=WORK:{p1.landline}
EMAIL;TYPE=INTERNET:{p1.email}
ADR;TYPE=HOME:;;{p1.street};{p1.town};;{p1.zip};{p1.country}
END:VCARD
"""),
    T("""
BEGIN:VCARD
VERSION:4.0
FN:{p1.full}
N:{p1.last};{p1.first};;[p1:Frau|Herr];
EMAIL:{p1.email}
TEL;VALUE=uri;TYPE=cell:tel:{p1.mobile}
NOTE:Kontakt über {p3.full}, Messe {town}
END:VCARD
"""),
    T("""
Kontakt: {p1.full}
Firma: {firm}
Position: Einkauf
Geschäftlich: {p1.landline}
Mobiltelefon: {p1.mobile}
E-Mail: {p1.email}
Adresse geschäftlich: {coline}
Notizen: Assistenz {p3.full}, Durchwahl {p3.landline}
"""),
    T("""
Visitenkarte (Scan, OCR)
{p1.ufull}
Leitung E-Commerce
{firm}
{coaddr}
T {p1.landline}  M {p1.mobile}
{p1.email}
"""),
    T("""
Name,Vorname,Nachname,E-Mail-Adresse 1,Telefon 1,Adresse 1 - Straße
{p1.full},{p1.first},{p1.last},{p1.email},{p1.phone},"{p1.street}"
{p3.full},{p3.first},{p3.last},{p3.email},{p3.phone},"{p3.street}"
"""),
    T("""
Telefonliste Notfall (Stand {date})
{p1.lf} ........ {p1.mobile}
{p3.lf} ........ {p3.mobile}
{p4.lf} ........ {p4.phone}
Hausmeister: {p5.hl}, {p5.phone}
"""),
    T("""
BEGIN:VCARD
VERSION:3.0
N:{p1.last};{p1.first};;Dr.;
FN:Dr. {p1.name2}
TITLE:Inhaber/in
ADR;TYPE=WORK:;;{costreet};{cotown};;{cozip};{cocountry}
TEL:{p1.landline}
END:VCARD
"""),
    T("""
Kontaktkarte teilen:
👤 {p1.full}
📞 {p1.mobile}
✉️ {p1.email}
🏠 {p1.addr1}
"""),
]

# ------------------------------------------------------------------ lead_list
G["lead_list"] = [
    T("""
Messe „Outdoor Days“ – Leads Stand B12 ({date})
Nachname, Vorname | Firma | Telefon | E-Mail | Interesse
{p1.lf} | {firm} | {p1.phone} | {p1.email} | Händlerkonditionen
{p3.lf} | {firm2} | {p3.phone} | {p3.email} | Katalog
{p4.lf} | – | {p4.phone} | – | Rückruf
"""),
    T("""
badge_id;vorname;nachname;firma;position;email;scan_zeit
{qty};{p1.first};{p1.last};{firm};Einkauf;{p1.email};{isots}
{qty2};{p3.first};{p3.last};{firm2};Geschäftsführung;{p3.email};{isots2}
{qty3};{p4.first};{p4.last};;Marketing;{p4.email};{isots3}
"""),
    T("""
Leads vom {date}:
- {p1.hf} ({firm}) will 200 Stück bedrucken lassen, bitte Angebot bis {weekday}. Tel. {p1.phone}
- {p3.full} – Einkauf bei {firm2}, Visitenkarte fotografiert, {p3.email}
- [p4:eine Dame|ein Herr] von {firm3}, Name nicht notiert, meldet sich selbst
"""),
    T("""
Kaltakquise Sportvereine – Liste {p2.first}
Verein TSV {town}: [p1:Ansprechpartnerin|Ansprechpartner] {p1.hl} ([p1:Kassenwartin|Kassenwart]), {p1.phone} – Rückruf {weekday}
SV {town2}: {p3.full}, {p3.email} – Interesse an Trikots
Laufgruppe {town3}: kein Kontakt, nur Formular
"""),
    T("""
Lead-Export CRM ({date})
{p1.LF} | {p1.email} | Score 82 | Quelle: Whitepaper-Download | IP {ip}
{p3.LF} | {p3.email} | Score 64 | Quelle: Webinar | IP {ipsix}
"""),
    T("""
§AT§Messekontakte Wien – {date}
{p1.hf}, {firm}, {p1.mobile} – möchte Musterpaket an {coline}
{p3.hf}, [p3:Einzelhändlerin|Einzelhändler] aus {town}, {p3.email}
"""),
    T("""
Neue Händleranfrage
Firma: {firm}
Ansprechpartner/in: {p1.full}
Funktion: Inhaber/in
Adresse: {p1.addr1}
Telefon: {p1.phone}
Website: www.{p1.user}-laden.de
Nachricht: Wir sind ein kleiner Laden und suchen nachhaltige Marken.
"""),
    T("""
Follow-up-Liste nach Webinar ({date})
✔ {p1.full} – Angebot geschickt
✔ {p3.full} – Termin am {date2} um {time}
✘ {p4.full} – kein Interesse
? {p5.full} – E-Mail {p5.email} kam zurück
"""),
]

# ------------------------------------------------------------------ gdpr_request
G["gdpr_request"] = [
    T("""
Betreff: Auskunft nach Art. 15 DSGVO

Sehr geehrte Damen und Herren,

bitte teilen Sie mir mit, welche Daten Sie über mich gespeichert haben. Zur Identifikation:
Name: {p1.full}
Geburtsdatum: {p1.dob}
E-Mail: {p1.email}
Anschrift: {p1.addr1}
Kundennummer (falls bekannt): {p1.cust}

Mit freundlichen Grüßen
{p1.full}
"""),
    T("""
hallo, bitte löscht mein konto und alle daten. ich will keine mails mehr!!! {p1.email}
{p1.lfull}
"""),
    T("""
DSGVO-Vorgang {ticket} – Löschung
Antragsteller/in: {p1.lf}, {p1.email}
Identität geprüft am {date} durch {p2.fi} (Rückruf unter {p1.phone})
Gefundene Datensätze: Shop-Konto, Newsletter (Anmeldung {isots} von {ip}), 2 Tickets
Gelöscht: Konto, Newsletter, Tickets
Aufbewahrung: Rechnung {invoice} (10 Jahre, § 147 AO)
"""),
    T("""
{_greet_f}

anbei die Auskunft zu den bei uns gespeicherten Daten:
Stammdaten: {p1.full}, {p1.addr1}
Telefon: {p1.phone}
Zahlungsdaten: Lastschrift, IBAN {p1.iban}
Login-Historie: {isots} ({ipany}), {isots2} ({ipany2})
Newsletter: nicht angemeldet

{_close_f}
{p2.full}
Datenschutz, {shop}
"""),
    T("""
Sehr geehrte Damen und Herren,
ich schreibe im Namen [p3:meiner verstorbenen Mutter|meines verstorbenen Vaters], {p3.full}, zuletzt wohnhaft {p3.addr1}. Bitte löschen Sie [p3:ihr|sein] Kundenkonto und stellen Sie die Werbung ein. Eine Kopie der Sterbeurkunde liegt bei.
Mit freundlichen Grüßen
{p1.full}
{p1.addr}
"""),
    T("""
Widerspruch Werbung
Name: {p1.full}
Anschrift: {p1.addr1}
Bitte keine Kataloge mehr schicken. Auch nicht an [p3:meine Frau|meinen Mann] {p3.first}, gleiche Adresse.
"""),
    T("""
§CH§Auskunftsbegehren nach Art. 25 DSG
Grüezi
Ich ersuche Sie um Auskunft über meine Personendaten. {p1.full}, {p1.addr1}, Natel {p1.mobile}, E-Mail {p1.email}.
Freundliche Grüsse
{p1.full}
"""),
    T("""
Löschprotokoll (automatisch)
{isots} konto_geloescht email={p1.email} name="{p1.full}"
{isots2} newsletter_abgemeldet email={p1.email} ip={ipany}
{isots3} adressen_entfernt anzahl=2 (u. a. {p1.street})
"""),
]

# ------------------------------------------------------------------ event_registration
G["event_registration"] = [
    T("""
Anmeldebestätigung: Nähworkshop am {date}, {time}
Teilnahme: {p1.full}
Begleitperson: {p3.full}
Kontakt: {p1.email}, {p1.mobile}
Ort: Filiale {town}, 1. OG (Eingang über den Innenhof)
"""),
    T("""
Teilnehmerliste Trailrunning-Treff {date}
Nr | Name | Verein | Notfallkontakt
1 | {p1.full} | TSV | {p3.full}, {p3.phone}
2 | {p4.full} | – | {p5.first} ({p5.phone})
3 | {p6.full} | LG {town} | –
"""),
    T("""
Hallo {p1.first},
du stehst auf der Warteliste für den Kochkurs „Outdoor-Küche“ am {date}. Sobald ein Platz frei wird, melden wir uns unter {p1.mobile}. Teilnehmende bisher: 12 von 12.
Viele Grüße, {p2.first}
"""),
    T("""
Formulareingang Event-Anmeldung
vorname={p1.first}
nachname={p1.last}
email={p1.email}
begleitung={p3.full}
ernaehrung=vegetarisch
ip={ipany}
zeit={isots}
"""),
    T("""
Dein Ticket 🎟️
Event: Sommerfest im Laden – {date}, ab {time}
Name: {p1.full}
Ticket-Nr.: {order}
Bitte am Einlass vorzeigen. Begleitung: {p3.first}
"""),
    T("""
Absage Lesung am {date}
{p1.sal}, leider müssen wir die Lesung mit der Autorin absagen. Ihr Ticket ({order}) erstatten wir auf Ihre Karte {masked}. Bei Fragen erreichen Sie {p2.hd} unter {p2.landline}.
{_close_f}
"""),
    T("""
§AT§Anmeldung Bergwanderung {date}
{p1.full}, {p1.phone}
{p3.full}, {p3.phone}
Treffpunkt: Parkplatz Talstation, 8:00 Uhr. Leitung: {p2.hf}
"""),
    T("""
Neue Anmeldung für „Fahrrad-Reparatur für Anfänger:innen“:
{p1.lfull} ({p1.email}) meldet sich und [p3:ihre Freundin|ihren Freund] {p3.lfull} an. Beide haben noch keinen Account.
"""),
]

# ------------------------------------------------------------------ web_form
G["web_form"] = [
    T("""
Neue Kontaktanfrage über {shopurl}
---------------------------------
Vorname: {p1.first}
Nachname: {p1.last}
E-Mail: {p1.email}
Telefon: {p1.phone}
Betreff: Frage zur Lieferung
Nachricht: Hallo, kann ich die Bestellung {order} auch an meine Arbeitsadresse schicken lassen? {coline}. Danke!
---------------------------------
Gesendet am {date} um {time} von IP {ipany}
"""),
    T("""
Rückrufwunsch
Name: {p1.hf}
Telefon: {p1.phone}
Beste Zeit: {weekday} ab {time}
Anliegen: Beratung Schlafsack für Kinder
"""),
    T("""
Anfrage Firmenkunden
Firma: {firm}
Ansprechpartner: {p1.full}
E-Mail: {p1.email}
Telefon: {p1.landline}
Lieferadresse: {coline}
Menge: {qty} Stück
Nachricht: Bitte Angebot an {p1.first} und in Kopie an {p3.email}.
"""),
    T("""
Kontaktformular – Zahlungsproblem
Name: {p1.full}
E-Mail: {p1.email}
Nachricht: meine karte {card} wird immer abgelehnt, obwohl genug geld drauf ist. bitte um hilfe
IP: {ipsix}
"""),
    T("""
POST /webhooks/formular
{"form":"kontakt","fields":{"name":"{p1.full}","email":"{p1.email}","telefon":"{p1.phone}","nachricht":"Bitte Rückruf"},"meta":{"ip":"{ipany}","ts":"{isots}"}}
"""),
    T("""
§CH§Kontaktformular
Anrede: [p1:Frau|Herr]
Vorname: {p1.first}
Name: {p1.last}
Strasse: {p1.street}
PLZ/Ort: {p1.zip} {p1.town}
Natel: {p1.mobile}
Mitteilung: Grüezi, ist der Laden in {town} am Samstag offen?
"""),
    T("""
Formular „Newsletter abbestellen“ – Eingang {isots}
E-Mail: {p1.email}
Grund: bekomme die Mails doppelt, auch an {p1.email2}
"""),
    T("""
Reparaturauftrag (Online)
Auftraggeber/in: {p1.full}
Abholadresse: {p1.addr1}
Telefon: {p1.phone}
Gerät: E-Bike-Akku, Seriennummer {cardlike}
Firmware laut Display: {ipver}
"""),
]

# ------------------------------------------------------------------ testimonial
G["testimonial"] = [
    T("""
Das sagen unsere Kundinnen und Kunden:
„Die Jacke hat mich durch den ganzen Winter gebracht.“ – {p1.fl}, {town}
„Schneller Versand, super Beratung von {p2.first}!“ – {p3.full}
„Endlich ein Shop, der Reparaturen anbietet.“ – {p4.hf}, [p4:Lehrerin|Lehrer] aus {town2}
"""),
    T("""
Einwilligung zur Veröffentlichung
Ich, {p1.full}, wohnhaft {p1.addr1}, bin damit einverstanden, dass {shop} mein Zitat und Foto auf der Website verwendet.
Zitat: „Mein Lieblingsrucksack seit drei Jahren.“
Name in der Veröffentlichung: {p1.fl}
{p1.town}, {date} – Unterschrift: {p1.full}
"""),
    T("""
Kundengeschichte: Wie {p1.full} mit dem Rad von {town} nach {town2} fuhr
{p1.first} ist [p1:Krankenschwester|Krankenpfleger] und fährt jeden Tag 20 Kilometer. „Die Regenhose von {shop} ist das Beste, was ich je hatte“, sagt [p1:sie|er]. Beraten hat [p1:sie|ihn] {p2.first} aus unserer Filiale.
"""),
    T("""
Top-Bewertungen der Woche
⭐⭐⭐⭐⭐ „Perfekt!“ – {p1.fl}
⭐⭐⭐⭐⭐ „Danke an {p2.first} für die Geduld am Telefon“ – {p3.fl}
⭐⭐⭐⭐ „Gut, aber Lieferung dauerte“ – {p4.handle}
"""),
    T("""
Video-Testimonial – Transkript
„Hallo, ich bin {p1.first}, ich wohne in {p1.town} und bin [p1:begeisterte Wanderin|begeisterter Wanderer]. Die Schuhe von {shop} trage ich seit zwei Jahren …“
Einblendung: {p1.full}, {p1.town}
Freigabe erteilt am {date}, Kontakt {p1.email}
"""),
    T("""
Pressezitat für die Website:
„{shop} zeigt, dass nachhaltige Mode bezahlbar sein kann.“ – {p1.hf}, [p1:Redakteurin|Redakteur] beim Stadtmagazin
Rückfragen zur Freigabe: {p1.email}
"""),
    T("""
Kundenstimmen (Entwurf für Landingpage)
„Bester Kundenservice ever!“ – {p1.lfirst} aus {town}
„Hab für {p3.first} bestellt, [p3:sie|er] war begeistert.“ – {p4.fl}
"""),
    T("""
Stimmen aus der Community
{p1.full}, {p1.town}: „Ich habe die Jacke schon dreimal reparieren lassen.“
{p3.full}: „Meine Tochter liebt die Mütze.“
Fotos: {p4.full}
"""),
]

# ------------------------------------------------------------------ address_change
G["address_change"] = [
    T("""
Hallo,
ich bin umgezogen. Bitte ändert meine Adresse im Kundenkonto ({p1.email}):
alt: {p1.oldaddr1}
neu: {p1.addr1}
Danke, {p1.first}
"""),
    T("""
Mitteilung Nachsendeauftrag
Für {p1.full} wurde ein Nachsendeauftrag eingerichtet.
Bisherige Anschrift:
{p1.oldaddr}
Neue Anschrift:
{p1.addr}
Gültig ab {date}
"""),
    T("""
Änderungsprotokoll Kunde {p1.cust}
{isots} Feld „Straße“: „{p1.oldstreet}“ → „{p1.street}“ (geändert von {p2.user})
{isots2} Feld „Telefon“: „{p1.phone}“ → „{p1.phone2}“
{isots3} Feld „E-Mail“: „{p1.email}“ → „{p1.email2}“
"""),
    T("""
Bitte nicht mehr an die Packstation liefern, sondern an meine Wohnadresse:
{p1.full}
{p1.addr}
Die Postnummer {postnr} bitte löschen. Danke!
"""),
    T("""
§AT§Adressänderung
Name: {p1.hf}
Alte Adresse: {p1.oldaddr1}
Neue Adresse: {p1.addr1}
Telefon bleibt: {p1.phone}
"""),
    T("""
§CH§Umzug per {date}
Grüezi, bitte passen Sie meine Adresse an:
{p1.full}
{p1.addr}
Die alte Adresse ({p1.oldstreet}) bitte löschen. Merci!
"""),
    T("""
hi! bin zu {p3.first} gezogen 🙂 neue adresse: {p3.street} (gleiche stadt wie vorher). name am briefkasten ist {p3.last}. lg {p1.lfirst}
"""),
    T("""
Adressprüfung fehlgeschlagen – Bestellung {order}
Eingabe: {p1.street} (Postleitzahl fehlt)
Vorschlag: {p1.addr1}
Kunde: {p1.full}, {p1.email}. Bitte telefonisch bestätigen ({p1.phone}).
"""),
]

# ------------------------------------------------------------------ dunning_letter
G["dunning_letter"] = [
    T("""
{shop} · Buchhaltung

[p1:Frau|Herrn]
{p1.full}
{p1.addr}

Zahlungserinnerung
Rechnung {invoice} vom {date} über {amount}

{p1.sal},

sicher haben Sie es nur übersehen: Die oben genannte Rechnung ist noch offen. Bitte überweisen Sie den Betrag bis {date2} auf unser Konto:
IBAN {iban} · BIC {bic}
Verwendungszweck: {invoice}

{_close_f}
{p2.full}
Forderungsmanagement
"""),
    T("""
2. MAHNUNG
Kunde: {p1.lf} ({p1.cust})
Anschrift: {p1.addr1}
Offener Betrag: {amount} zzgl. Mahngebühr {price}
Zahlungsfrist: {date}
Bankverbindung: {shop}, IBAN {ibanc}
"""),
    T("""
Hallo {p1.first},

kleine Erinnerung: Deine Rechnung {invoice} über {amount} ist seit dem {date} fällig. Falls du schon bezahlt hast, ignoriere diese Mail einfach.

Deine Zahlungsdaten: Lastschrift von {p1.iban} ist leider zurückgekommen.

Liebe Grüße
{shop}
"""),
    T("""
Betreff: Widerspruch gegen Mahnung {invoice}

Sehr geehrte Damen und Herren,

ich habe die Rechnung am {date} bezahlt (Überweisung von meinem Konto {p1.iban}). Bitte prüfen Sie Ihren Zahlungseingang.

Mit freundlichen Grüßen
{p1.full}
{p1.addr}
"""),
    T("""
Übergabe an Inkasso – Liste {date}
{p1.lf} | {p1.addr1} | {amount} | letzte Mahnung {date2}
{p3.lf} | {p3.addr1} | {amount2} | letzte Mahnung {date3}
Freigegeben von {p2.full}
"""),
    T("""
§AT§Zahlungserinnerung
{p1.hf}
{p1.addr}

Die Rechnung {invoice} ist seit {date} offen. Bitte überweisen Sie {amount} auf AT-Konto {iban}.
Bei Fragen: {p2.full}, {p2.landline}
"""),
    T("""
Telefonnotiz Forderung {invoice}
{p1.hl} ruft an: [p1:sie|er] hat die Mahnung bekommen, zahlt aber erst am {date} (Gehalt). Ratenzahlung abgelehnt. Nummer: {p1.phone}. Notiz von {p2.first}.
"""),
    T("""
§CH§Zahlungserinnerung
{p1.hf}
{p1.addr}

Rechnung {invoice}, fällig seit {date}: CHF {qty}.90
Zahlbar mit QR-Rechnung oder auf IBAN {iban}.
Freundliche Grüsse
{shop}
"""),
]


# ================================================================== texts without personal data
C = {}

C["product_copy"] = [
    T("""
Softshelljacke „Nebelgrat“
Art.-Nr. {sku} · EAN {gtin}
Winddicht, wasserabweisend und atmungsaktiv – ideal für Sommer und Herbst, mit Fleece darunter auch für den Winter. Farbe: {colour}. Gewicht: {weight}. Preis: {price} (UVP {price2}).
Tipp: Dazu passen die Wanderstiefel von {brand}.
"""),
    T("""
Gusseisenpfanne „Glutnest“, 28 cm – der Klassiker für jeden Koch
Ob Bratkartoffeln oder Pfannkuchen: Hier fühlt sich jeder Hobbykoch wie ein Meister. Backofenfest bis 260 °C, nicht spülmaschinengeeignet. Lieferbar ab {date}. Art.-Nr. {sku}, EAN {gtin}. Nur {price}!
Hinweis: Nicht kompatibel mit dem Deckel „Kaiser“ (Art.-Nr. {sku2}).
"""),
    T("""
Jasmin-Grüntee „Morgentau“, 100 g – {price}
Aromatischer Tee mit Jasminblüten. Auch als Earl Grey und als Rosa-Pfeffer-Mischung erhältlich. Ziehzeit 2–3 Minuten bei 80 °C. Charge {hash}, MHD {date}, EAN {gtin}.
"""),
    T("""
Sessel „Henrik“ in Cord ({colour})
Breite 78 cm, Sitzhöhe 45 cm, Art.-Nr. {sku}. Passend dazu: Hocker „Ole“ und Stehleuchte „Frieda“ (je {price}). Lieferung in {qty} Werktagen per Spedition, Versand aus {zip} {town}.
"""),
    T("""
Smarte Wetterstation „Sturmvogel“
Firmware {ipver}, App ab Version {version}. WLAN 2,4 GHz, Funkreichweite 100 m. Lieferumfang: Basisstation, Außensensor, Netzteil. EAN {gtin}, Modell {sku}. Preis {price}.
Kompatibel mit Geräten von Bosch und Miele.
"""),
    T("""
Neu im Sortiment: Taschen von {brand} und Schuhe von {brand2}
Die Kollektion „Herbstwald“ kombiniert Wolle vom Bauer aus der Region mit recyceltem Nylon. Ab {date} online, in den Filialen {town} und {town2} ab {weekday}. Preise ab {price}.
"""),
    T("""
Kinder-Regenset „Pfützenheld“ (Gr. 98–140)
Jacke und Latzhose, PU-beschichtet, PFC-frei. Mit Motiv „Fuchs & Hase“. Farben: Rosa, {colour}. Art.-Nr. {sku}, {price}. Wie bei allen Produkten von {brand}: 2 Jahre Garantie.
"""),
    T("""
Thermoskanne „Frühling“ 0,75 l – hält 12 h heiß, 24 h kalt
Edelstahl 18/8, BPA-frei, Deckel mit Becher. Version 2 mit verbessertem Verschluss (Charge ab {hash}). UVP {price}, jetzt {price2}. GTIN {gtin}.
"""),
]

C["campaign_plan"] = [
    T("""
Kampagnenplan Herbst
KW {kw}: Teaser auf Instagram, Budget {amount}
KW {kw2}: Newsletter „Der Winter kommt“, Versand {weekday} um {time}
KW {kw3}: Rabattcode {voucher}, {pct} auf alles außer Sale
Ziel: Conversion Rate 2,8 %, AOV {price}
Tracking: utm_source=newsletter&utm_campaign=herbst_kw{kw}
"""),
    T("""
Redaktionsplan
Datum | Kanal | Thema | Verantwortlich
{date} | Instagram | Fuchs-Motiv-Mützen | Team Social
{date2} | Blog | Tipps für den Sommer in den Bergen | Redaktion
{date3} | Newsletter | Muttertag: Rosa, Jasmin & Co. | CRM-Team
{date4} | Pinterest | Winter-Looks | Team Social
"""),
    T("""
A/B-Test Betreffzeilen – Start {date}, {time}
Variante A: „Der Winter kann kommen ❄️“
Variante B: „Jetzt {pct} sparen – nur bis {weekday}“
Stichprobe: {qty}.000 Empfänger, Segment „Stammkundschaft Süd“ (PLZ-Bereiche 7 und 8)
Versand-Tool Version {version}
"""),
    T("""
Budgetübersicht Q{quarter}
Paid Social: {amount}
Suchmaschinenwerbung: {amount2}
Messe {town} (Halle 4, Stand C12): {amount3}
Druck Katalog (Druckerei: {supplier}): {amount4}
Reserve: 10 %
"""),
    T("""
Keyword-Recherche „Regenjacke“ (Stand {date})
regenjacke damen – 22.200 Suchen/Monat
regenjacke fischer – 880 (Zielgruppe Angler)
winter regenjacke – 6.600
regenjacke wie vom bauer – 40
Fokus: „regenjacke wasserdicht“, CPC {price}
"""),
    T("""
Briefing Shooting „Sommerwiese“
Termin: {date}, {time} bis 17 Uhr, Location: Gut Sonnenhof bei {town}
Produkte: {sku}, {sku2}, {sku3}
Moodboard: Bauernhof, Rosa und Salbei, Licht wie im Frühling
Freigabe bis {date2} – Version {version} des Styleguides beachten
"""),
    T("""
Retargeting-Setup
Zielgruppe 1: Warenkorbabbrecher der letzten {qty} Tage
Zielgruppe 2: Käufer von Artikel {sku} (Cross-Sell Winter)
Frequenz-Cap: 3/Woche, Laufzeit {date} – {date2}
Pixel-Version {ipver}
"""),
    T("""
Aktionskalender Dezember
Nikolaus ({date}): Gratis-Versand ab {price}
3. Advent: Code {voucher}
Weihnachten: letzte Bestellung für Lieferung bis 24.12. am {date2} um {time}
Silvester: Lager geschlossen
"""),
]

C["shipping_update"] = [
    T("""
Deine Sendung {tracking} ist unterwegs!
{date}, {time}: Im Paketzentrum {zip} {town} bearbeitet
{date2}, {time2}: In Zustellung
Voraussichtliche Zustellung: {weekday} zwischen 10 und 14 Uhr
Bestellung {order}
"""),
    T("""
Lieferverzögerung
Wegen eines Warnstreiks im Verteilzentrum {town} kommt es bei Sendungen mit Zielpostleitzahl {zip} zu Verzögerungen von bis zu zwei Werktagen. Betroffene Bestellungen: ab {order}. Wir bitten um Verständnis.
"""),
    T("""
Ihr Paket liegt zur Abholung bereit.
Packstation {qty}, {zip} {town}
Abholcode: {postnr}
Abholung bis: {date}
Sendungsnummer: {tracking}
"""),
    T("""
Rücksendung eingegangen
Wir haben deine Rücksendung zur Bestellung {order} am {date} erhalten. Die Erstattung über {price} wird in den nächsten Tagen auf das ursprüngliche Zahlungsmittel gebucht.
Retourennummer: {ticket}
"""),
    T("""
Status Ihrer Bestellungen
{order} – versandt am {date} – {tracking}
{order2} – in Bearbeitung – voraussichtlich {weekday}
{order3} – zugestellt am {date2}
"""),
    T("""
Sendungsverfolgung Schweizerische Post
Sendungsnummer 99.60.{qty}.{postnr}
{date} {time}: Aufgabe in {town}
{date2}: Verarbeitung Briefzentrum {zip}
{date3}: Zugestellt
"""),
    T("""
Speditionslieferung angekündigt
Ihr Sofa wird am {date} zwischen {time} und {time2} geliefert. Die Spedition meldet sich am Vortag telefonisch. Auftragsnummer {order}, Packstücke: 3, Gesamtgewicht {weight}.
"""),
    T("""
Zustellversuch fehlgeschlagen
Sendung {tracking} konnte am {date} nicht zugestellt werden. Neuer Zustellversuch am {weekday}. Alternativ Abholung in der Filiale {town}, Abholnummer {qty}.
"""),
]

C["faq"] = [
    T("""
Welche Zahlungsarten bietet ihr an?
Visa, Mastercard, American Express, PayPal, Klarna und SEPA-Lastschrift. Bei Kartenzahlung zeigen wir in der Bestellübersicht nur die letzten vier Ziffern an, z. B. {masked}. Vollständige Kartennummern speichern wir nicht.
"""),
    T("""
Wie kann ich etwas zurückschicken?
Innerhalb von 30 Tagen kostenlos. Drucke das Retourenlabel in deinem Kundenkonto aus und gib das Paket in einer Filiale ab. Unser Retourenzentrum sitzt in {zip} {town}. Die Erstattung dauert meist {qty} Werktage.
"""),
    T("""
Wo finde ich meine Bestellnummer?
In der Bestellbestätigung per E-Mail, z. B. {order}. Rechnungsnummern haben das Format {invoice}, Sendungsnummern von DHL sehen so aus: {tracking}.
"""),
    T("""
Was muss ich bei der Lastschrift beachten?
Du gibst deine IBAN im Checkout ein. Eine deutsche IBAN hat 22 Stellen und beginnt mit DE, eine österreichische hat 20 Stellen und beginnt mit AT. Unsere Gläubiger-ID findest du auf der Vorabankündigung: {creditor}.
"""),
    T("""
Speichert ihr meine IP-Adresse?
Beim Besuch unseres Shops wird die IP-Adresse für maximal 7 Tage gespeichert und danach gekürzt (das letzte Oktett wird auf 0 gesetzt). Mehr dazu in der Datenschutzerklärung, Version {version}.
"""),
    T("""
Welche Größe passt mir?
Unsere Größen fallen normal aus. Bei Schuhen empfehlen wir eine halbe Nummer größer, wenn du zwischen zwei Größen liegst (z. B. 42 statt 41,5). Die Maße findest du in der Größentabelle am Artikel, z. B. bei {sku}.
"""),
    T("""
Kann ich einen Gutschein mit anderen Aktionen kombinieren?
Pro Bestellung ist ein Code möglich, z. B. {voucher}. Geschenkkarten (Nummer wie {cardlike}) sind mit Codes kombinierbar.
"""),
    T("""
Liefert ihr auch in die Schweiz?
Ja, ab {price} versandkostenfrei. Die Zollabwicklung übernehmen wir, Zolltarifnummer und Warenwert stehen auf der Handelsrechnung. Lieferzeit 3–5 Werktage.
"""),
]

C["release_notes"] = [
    T("""
Release Notes Shop-App {version}
- Neu: Der Merkzettel synchronisiert jetzt geräteübergreifend
- Fix: Absturz beim Öffnen von Bestellungen mit mehr als 50 Positionen
- Mindestversion iOS 16.4, Android 10
Build {hash}, veröffentlicht am {date}
Firmware Kassenterminal: {ipver}
"""),
    T("""
## Changelog

### {version} ({date})
- Checkout: Paketstationen werden jetzt korrekt validiert
- Suche: Tippfehlertoleranz für Begriffe wie „Winter“ und „Sommer“ verbessert

### {version2} ({date2})
- Abhängigkeit aktualisiert auf {ipver}
- Sicherheitsupdate (CVE-2024-{qty}{qty2})
"""),
    T("""
Wartungsankündigung
Am {date} zwischen {time} und {time2} aktualisieren wir das Kassensystem in allen Filialen auf Version {ipver}. In dieser Zeit ist keine Kartenzahlung möglich. Ticket {ticket}.
"""),
    T("""
API-Änderungen v3 → v4
- Feld `customer_name` entfällt, stattdessen `customer.first_name` / `customer.last_name`
- Timestamps nun im Format ISO 8601, z. B. {isots}
- Rate-Limit: {qty} Anfragen pro Minute
Deprecation v3: {date}
"""),
    T("""
Bugfix-Liste Sprint {kw}
{ticket}: Rabatt wird bei Artikel {sku} doppelt gezogen – behoben
{ticket2}: Filter „Farbe: Rosa“ zeigt keine Treffer – behoben
{ticket3}: Layoutfehler auf iPad (iPadOS 17.4.1) – offen
"""),
    T("""
Versionsübersicht Lagerverwaltung
Server: {ipver}
Handscanner-Firmware: {ipver2}
Etikettendrucker-Treiber: {version}
Nächstes Update geplant: KW {kw}
"""),
    T("""
Hinweis an alle Filialen: Die Waage an Kasse 2 meldet nach dem Update Fehler E-{qty}. Bitte Version {version} nicht manuell installieren. Rückmeldung im Ticket {ticket}.
"""),
    T("""
Neu in Version {version}:
• Dunkelmodus
• Schnellere Produktbilder (WebP)
• Bestellhistorie bis {qty} Monate zurück
Bekannte Probleme: Push-Nachrichten auf Android 14 verspätet.
"""),
]

C["inventory_export"] = [
    T("""
artikelnr;ean;bezeichnung;bestand;lagerplatz;preis
{sku};{gtin};Merino-Shirt Herren M;{qty};A-12-03;{price}
{sku2};{gtin2};Wollsocken 39-42;{qty2};B-04-11;{price2}
{sku3};{gtin3};Trinkflasche 0,75 l;{qty3};C-01-07;{price3}
"""),
    T("""
Inventurdifferenzen {date}
Artikel {sku} (Schlafsack „Winter“): Soll {qty}, Ist {qty2}
Artikel {sku2} (Rucksack „Fischer“): Soll {qty3}, Ist {qty3}
Artikel {sku3}: Charge {hash} gesperrt
"""),
    T("""
Preisliste Lieferant {supplier} – gültig ab {date}
Ref.-Nr. {cardlike} | Baumwolltasche natur | {price}
Ref.-Nr. {cardlike2} | Jutebeutel bedruckt | {price2}
Mindestbestellmenge: {qty} Stück
"""),
    T("""
Gutscheinkarten – Lieferung Serie B
Kartennummern {cardlike} bis {cardlike2}
Anzahl: {qty}
Wert je Karte: {price}
Aktivierung erst an der Kasse
"""),
    T("""
Nachbestellliste {weekday}
{sku} | EAN {gtin} | Bestand {qty} | Meldebestand 20 | bestellen: ja
{sku2} | EAN {gtin2} | Bestand {qty2} | Meldebestand 10 | bestellen: nein
{sku3} | EAN {gtin3} | Bestand 0 | bestellen: ja, Eilauftrag
"""),
    T("""
Lagerplätze Halle 2
Regal 12, Fach 3: Zelte (Artikel {sku})
Regal 14, Fach 1: Isomatten ({sku2})
Block C, Ebene 2: Retouren zur Prüfung, Stand {date}
"""),
    T("""
{"sku":"{sku}","gtin":"{gtin}","stock":{qty},"warehouse":"{town}","updated":"{isots}"}
{"sku":"{sku2}","gtin":"{gtin2}","stock":{qty2},"warehouse":"{town2}","updated":"{isots2}"}
"""),
    T("""
Bestandsabgleich Marktplatz
Artikel {sku}: Shop {qty}, Marktplatz {qty2} – Differenz wird um {time} korrigiert
Artikel {sku2}: gelistet als „Jacke Kaiser“ – Titel korrigieren
"""),
]

C["store_info"] = [
    T("""
Unsere Filialen
{town}: im Einkaufszentrum am Hauptbahnhof, 1. OG – Mo–Sa 10–20 Uhr
{town2}: am Marktplatz, gegenüber dem Rathaus – Mo–Fr 9:30–19 Uhr, Sa 9–16 Uhr
{town3} (PLZ {zip}): Outlet, Halle 3
"""),
    T("""
Öffnungszeiten an den Feiertagen
24.12.: 9–13 Uhr
25./26.12.: geschlossen
31.12.: 9–14 Uhr
Die Filiale {town} bleibt vom {date} bis {date2} wegen Umbau geschlossen.
"""),
    T("""
Schaufenster-Aktion in {town}
Am {weekday} ab {time} zeigen wir die neue Kollektion „Winterwald“. Für Kinder gibt es Kakao vom Bäcker nebenan. Eintritt frei.
"""),
    T("""
So findest du uns in {town}:
Mit der Straßenbahn Linie 4 bis Haltestelle Schillerplatz, dann 2 Minuten zu Fuß. Parkhaus P3, Ebene -2, die ersten 2 Stunden frei mit Kassenbon.
"""),
    T("""
Neueröffnung!
Ab {date} findest du uns auch in {town} – mitten in der Fußgängerzone. Zur Eröffnung gibt es {pct} auf alles. Öffnungszeiten: Mo–Sa {time}–19 Uhr.
"""),
    T("""
Click & Collect
Bestellen bis {time}, abholen ab dem nächsten Werktag in der Filiale {town}. Bitte Bestellnummer (z. B. {order}) und Ausweis mitbringen.
"""),
    T("""
Reparatur-Service
Jeden {weekday} von 14 bis 18 Uhr in der Filiale {town}: Reißverschlüsse, Nähte, Schnallen. Preise ab {price}. Termin nicht nötig.
"""),
    T("""
Standorte Österreich und Schweiz
Wien (1070), Graz (8010), Zürich (8001), Bern (3011). Alle Filialen akzeptieren Kartenzahlung und TWINT (nur CH). Neu ab {date}: {town}, täglich ab {time} geöffnet.
"""),
]

C["analytics_report"] = [
    T("""
Wochenreport KW {kw}
Sitzungen: {qty}.412 (+{pct})
Conversion Rate: 2,{qty2} %
AOV: {price}
Top-Produkt: Sessel „Henrik“ ({qty3} Verkäufe)
Traffic: Organic 41 %, Paid 22 %, Newsletter 18 %
Tracking-Script {version}, Consent-Rate {pct2}
"""),
    T("""
Funnel {date}
Produktseite → Warenkorb: {pct}
Warenkorb → Checkout: {pct2}
Checkout → Kauf: {pct3}
Abbrüche vor allem bei Zahlart „Rechnung“ (Fehlercode {qty})
"""),
    T("""
Newsletter „Sommer-Sale“ vom {date}
Empfänger: {qty}.{qty2}
Öffnungsrate: {pct}
Klickrate: {pct2}
Abmeldungen: {qty3}
Bester Link: „Jetzt Rosa entdecken“
"""),
    T("""
Umsatz nach PLZ-Bereich (Q{quarter})
PLZ 1xxxx: {amount}
PLZ 2xxxx: {amount2}
PLZ 8xxxx: {amount3}
Auffällig: Region {town} +{pct}
"""),
    T("""
Performance-Check {date}
Time to First Byte: 180 ms
Largest Contentful Paint: 2,1 s
Node {ipver}, CDN-Edge {town}
Fehlerquote: {pct}
"""),
    T("""
Retourenanalyse {month}
Quote gesamt: {pct}
Häufigster Grund: „zu klein“ (Artikel {sku})
Kategorie Schuhe: {pct2}
Maßnahme: Größenhinweis „fällt klein aus“ ab {date}
"""),
    T("""
Dashboard-Export {isots}
sessions;orders;revenue;cr
{qty}812;{qty2};{amount};1,9
Datenquelle: GA4 Property {postnr}
"""),
    T("""
Kampagnen-Vergleich
„Winterwald“: ROAS 4,2, Kosten {amount}
„Fuchs & Freunde“: ROAS 2,9, Kosten {amount2}
„Frühling“: pausiert seit {date}
"""),
]

C["newsletter"] = [
    T("""
Zum Muttertag am {date}: Blumen, Tee & gute Laune 💐
Rosa Tulpen-Print-Schal – {price}
Jasmin-Tee „Morgentau“ – {price2}
Mit dem Code {voucher} sparst du {pct}. Nur bis {weekday}!
"""),
    T("""
Black Week bei uns 🖤
{pct} auf Jacken, {pct2} auf Schuhe. Gilt vom {date} bis {date2}, solange der Vorrat reicht. Versand kostenlos ab {price}.
"""),
    T("""
Winter-Sale: bis zu {pct} Rabatt
Der Winter kann kommen – mit Daunenjacken, Wollmützen und Handschuhen. Dazu neu: Stiefel von {brand}. Alle Angebote unter www.beispiel-shop.de/sale
"""),
    T("""
Wir eröffnen in {town}! 🎉
Am {date} um {time} geht's los. Die ersten 100 Gäste bekommen eine Tasche gratis. Wir freuen uns auf euch!
"""),
    T("""
Deine Vorteile mit der Kundenkarte
Punkte sammeln bei jedem Einkauf, {pct} Geburtstagsrabatt, kostenlose Reparaturen. Kundenkarten-Nummern beginnen mit 9276 und haben 16 Stellen – du findest sie in der App.
"""),
    T("""
Sommer, Sonne, Fischerhüte ☀️
Unsere Bestseller für den Strand: Fischerhut „Kaiserwetter“ ({price}), Leinenhemd „Frank & Frei“ ({price2}). Nur online bis {date}.
"""),
    T("""
Neu im Blog: 5 Tipps für die erste Hüttentour
Von der Packliste bis zum Hüttenschlafsack. Plus: Gewinne ein Wochenende im Allgäu (Teilnahmeschluss {date}).
"""),
    T("""
Dein Gutschein wartet 🎁
Nur noch bis {date}: {price} Rabatt ab {price2} Einkaufswert mit dem Code {voucher}. Nicht kombinierbar mit anderen Aktionen.
"""),
]

C["supplier_order"] = [
    T("""
Bestellung an {supplier}
Bestellnummer: {order}
Liefertermin: KW {kw}
Pos. 1: {qty} x Baumwolltasche natur, Art.-Nr. Lieferant {sku}, à {price}
Pos. 2: {qty2} x Jutebeutel, Art.-Nr. {sku2}, à {price2}
Lieferung frei Haus an unser Zentrallager, Tor 3
"""),
    T("""
Auftragsbestätigung {invoice}
Lieferant: {supplier}
Ihre Bestellung {order} vom {date}
Versand ab Werk {town}, voraussichtlich {date2}
Zahlungsziel 30 Tage netto
"""),
    T("""
Reklamation Charge {hash}
An: {supplier}
Bei der Lieferung vom {date} (Lieferschein {invoice}) sind {qty} Stück beschädigt. Wir bitten um Ersatz bis KW {kw}.
"""),
    T("""
Frachtbrief
Absender: {supplier}, Werk {town}
Empfänger: Zentrallager, Rampe 5
Packstücke: {qty}, Gewicht {weight}
Spedition: Albers & Söhne
"""),
    T("""
Preisverhandlung Baumwollshirts
Angebot {supplier}: {price} je Stück ab {qty} Stück
Gegenangebot: {price2}
Entscheidung bis {date}
"""),
    T("""
Zolldokumente Import
Handelsrechnung {invoice}
Zolltarifnummer 6109 1000 00
Ursprungsland: Portugal
Warenwert: {amount}
"""),
    T("""
Rahmenvertrag Verpackung 2025
Partner: {supplier}
Laufzeit: {date} bis {date2}
Menge: {qty}.000 Kartons, Größe {size}
Preisgleitklausel: Papierindex
"""),
    T("""
Liefereingang {date}
Lieferant: {supplier}
Lieferschein {invoice}, Bestellung {order}
Positionen: 3, davon 1 Teillieferung ({qty} von {qty2} Stück)
Geprüft: Wareneingang Schicht 2
"""),
]
