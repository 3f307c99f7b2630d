"""German templates of the held-out half of the seventeenth PII bank (written for it, not
translated: du and Sie, Austrian and Swiss variants)."""

from pii17_held_en import _de, rows

PII = {}

# ---------------------------------------------------------------- Alltag mit Personendaten

PII["crm_note"] = [
    """@DE@Notiz Personalabteilung ({date}): Aushilfe {p1.full} fängt am {date2} im Lager an. Steuer-ID {p1.taxid} liegt vor, Konto {p1.iban}. Ansprechpartner{q2.in} im Lager: {q2.first}.""",

    """Kontakt: {p1.full}
Kd.-Nr.: {p1.custno}
Letzte Bestellung: {order} ({title}, Gr. {size})
Notiz vom {date}: {p1.fh} {p1.last} hat wegen der Teillieferung angerufen, wartet gern bis {weekday}. Bitte nur per Mail: {p1.email}
Bearbeiter: {q2.first}""",
    """CRM › Kontakte › {p1.lf}
Tel.: {p1.phone} · Mail: {p1.email}
Anschrift: {p1.line}
Segment: ((Hüttenwanderer|Trailrunner|Skitourengeher)) · Stufe ((Gold|Silber|Basislager))
{date}: {p1.Kunde} fragt, ob es „{product}“ auch in Kurzgröße gibt. Noch nicht – an Produktmanagement weitergegeben.
{date2}: Nachfass-Mail von {q2.full}, keine Antwort.""",
    """Notiz ({q2.lfirst}, {date}): {p1.full} ({p1.custno}) hat 6x {title} für die Jugendgruppe vom Alpenverein bestellt. Rechnung bitte an die Sektion, nicht an {p1.ihn} privat. Auftrag {order}, Rechnung {invoice}. Handy für Rückfragen: {p1.mobile}""",
    """@AT@[{date}] Stammkund{p1.ine} {p1.caps} – seit {year} 9 Bestellungen, Ø Warenkorb {price}. Wohnt {p1.line}. {p1.Er} hat erwähnt, dass {q3.first} (Partner/in) auch viel geht → Kandidat für Paar-Aktion. Bitte nicht vor {time} anrufen.""",
]

PII["support_email"] = [
    """Betreff: Differenz bitte abbuchen

Hallo zusammen, für den Umtausch in die größere Größe bucht bitte die {price} Differenz einfach von meiner Kreditkarte ab: {p1.card}, gültig bis {expiry}, Inhaber {p1.caps}.
Danke!
{p1.first}
{p1.mobile}""",

    """Betreff: AW: Bestellung {order} – falsche Farbe

Hallo {p1.first},

danke für die Fotos! Du hast recht, das ist {colour} statt der bestellten Farbe. Ich habe dir einen kostenlosen Umtausch angelegt, der Paketdienst holt das Paket am {weekday} bei dir ab ({p1.line}).

Viele Grüße
{q2.first}
Talgrat Kundenservice · {shopphone}

> Am {date} schrieb {p1.full} <{p1.email}>:
> Hallo, ich habe „{title}“ in {colour2} bestellt, gekommen ist eine andere Farbe. Könnt ihr tauschen?
> LG {p1.first}""",
    """Betreff: Ihre Retoure {ticket}

{p1.sgh} {p1.last},

Ihre Rücksendung ({title}) ist heute bei uns eingegangen. Den Betrag von {price} erstatten wir in den nächsten Tagen auf die Karte, mit der Sie bezahlt haben ({masked}).

Bei Fragen erreichen Sie uns unter {shopmail}.

Mit freundlichen Grüßen
{q2.full}
Retourenabteilung

-----Ursprüngliche Nachricht-----
Von: {p1.full} [mailto:{p1.email}]
Gesendet: {date}
Betreff: Rücksendung

Guten Tag, ich habe die Jacke letzte Woche zurückgeschickt (Sendungsnr. {tracking}). Wann bekomme ich mein Geld?
Gruß {p1.finit}""",
    """@CH@Grüezi miteinand

Ich habe bei Ihnen „{title}“ bestellt (Bestellnr. {order}), aber die Lieferadresse ist noch die alte. Bitte neu an:

{p1.full}
{p1.block}

Mein Natel: {p1.mobile}

Freundliche Grüsse
{p1.full}""",
    """Von: {p1.email}
An: {shopmail}
Betreff: Reißverschluss kaputt

Hi, bei meiner Jacke ({shell}) ist nach zwei Touren der Hauptreißverschluss gerissen. Bestellnummer {order}. Ich hätte gern Reparatur oder Ersatz. Ab {date} bin ich im Urlaub, bitte an meine Büroadresse schicken: {p1.line}

--
{p1.full}
{p1.phone}

Von meinem iPhone gesendet""",
]

PII["lead_list"] = [
    lambda c: c.fill("Leads OutDoor Friedrichshafen {year}\nName;Firma;E-Mail;Telefon;Interesse\n") + rows(c, c.rng.randint(3, 6), "{P.lf};{P.company};{P.wmail};{P.phone};((Händler|Vereinsausstattung|Affiliate|Presse))"),
    lambda c: c.fill("Messe-Scans Stand C3 ({date})\n\n") + rows(c, c.rng.randint(3, 5), "• {P.full} ({P.company}) – {P.wmail} – ((will Katalog|Muster anfragen|Rückruf im {month}|sehr interessiert))"),
    lambda c: c.fill("| Nr. | Ansprechpartner | E-Mail | Mobil | Notiz |\n|---|---|---|---|---|\n") + rows(c, c.rng.randint(3, 5), "| <#> | {P.full} | {P.email} | {P.mobile} | ((Hüttenwirt|Bergführer|Vereinswart|Einkauf)) |"),
    lambda c: c.fill("B2B-Anmeldungen Händlerportal\n") + rows(c, c.rng.randint(3, 5), "{P.LF} <{P.wmail}> – {P.company}, {P.cityline}"),
]

PII["review"] = [
    """★★★★★ „Trocken nach sechs Stunden Landregen"
Die {shell} hat mich von der Hütte bis zum Gipfel und zurück trocken gehalten. Kapuze passt auch über den Helm. Würde ich wieder kaufen.
– {p1.init}, {p1.town}""",
    """„Die besten Socken, die ich je hatte. Drei Wochen Jakobsweg, keine einzige Blase." – {p1.full}, verifizierte Käuferin""",
    """{rating} von 5 Sternen – {p1.first} aus {p1.town}
Hab mir die {jacket}-Jacke für eine Wintertour nach {town} gekauft. Warm, klein verpackbar, aber die Ärmel sind mir etwas lang (Gr. {size}). Der Service ({q2.first}) hat den Umtausch in zwei Tagen erledigt. Top!""",
    """@AT@Kundenstimme für die Startseite (freigegeben am {date}):
„Ich bin staatlich geprüfter Bergführer und der {pack} ist der erste Rucksack, bei dem mir am dritten Tag nicht die Schultern wehtun."
{p1.full}, Bergführer aus {p1.town}""",
]

PII["signature"] = [
    """Danke dir und bis bald!

{p1.full}
((Leitung Partnerschaften|Markenmanagerin|Einkauf Outdoor)) | {p1.company}
M {p1.mobile} | T {p1.land}
{p1.wmail}
{p1.line}""",
    """Mit freundlichen Grüßen

i. A. {p1.finit}
{p1.company}
{p1.street}
{p1.cityline}
Tel. {p1.phone}
{p1.wmail}
Geschäftsführer: {p2.full} · Amtsgericht Kempten HRB {n}{n2}{n3}{n4} · USt-IdNr. {vat}""",
    """@CH@Freundliche Grüsse

{p1.caps}
Fotograf{p1.in}
{p1.company} – www.{p1.domain}
{p1.phone}""",
    """LG
{p1.first}
---
{p1.full} · freie Texterin · {p1.email} · {p1.mobile}""",
]

PII["feed_row"] = [
    """id	titel	preis	gtin	bewertung_autor	bewertung_text
{sku}	{title}	{price}	{gtin}	{p1.full}	((Passt super, normale Größe.|Warm, aber etwas schwer.|Perfekt für den Alpencross.))
{sku2}	{title2}	{price2}	{gtin2}	{p2.init}	((Tolle Farbe.|RV anfangs etwas hakelig.|Gerne wieder.))""",
    """<item>
  <g:id>{sku}</g:id>
  <g:title>{title}</g:title>
  <g:price>{price}</g:price>
  <g:gtin>{gtin}</g:gtin>
  <bildnachweis>Foto: {p1.full}</bildnachweis>
</item>""",
    """artikelnr;bezeichnung;preis;ean;lieferant_ansprechpartner;lieferant_tel
{sku};{title};{price};{gtin};{p1.full};{p1.phone}""",
    """{"offer_id": "{sku}", "titel": "{title}", "gtin": "{gtin}", "bewertungen": [{"name": "{p1.first}", "sterne": {rating}}, {"name": "{p2.init}", "sterne": {rating2}}]}""",
]

PII["brief"] = [
    """Briefing Newsletter Frühjahr – {title}
Ziel: neue Farben pushen ({colour}, {colour2}).
Ansprache: du, locker.
Zitat (von der Kundin freigegeben): „Die Jacke, zu der ich immer zuerst greife." – {p1.init}
Ansprechpartner Fotos: {q2.full}, {q2.wmail}
Abgabe: {date}""",
    """Texte für die PDP {sku}: Bitte erwähnen, dass {p1.full} die Passform beim Zugspitz-Ultratrail getestet hat. {p1.first} schaut sich den Text vor dem Livegang noch an. Preis bleibt {price}.""",
    """Hi! Brauche drei Betreffzeilen für den Winter-Sale ({pct} auf {product}). Laut {q1.first} aus dem CRM funktionieren bei „inaktiv 2024" Fragen am besten. Entwürfe bitte an mich oder {q2.first} bis {weekday}.""",
    """Kampagne „Unterwegs mit euch" – Kundengeschichten
Geschichte 3: {p1.full}, 64, ist nach einer Knie-OP den Maximiliansweg gegangen, mit den Steinlauf-Schuhen. Wohnt in {p1.town}. Interview hat {q2.full} am {date} geführt. Nachname bitte nicht in die Headline, nur „{p1.first}s Weg".""",
]

PII["team_chat"] = [
    """{q1.lfirst}: achtung, {p1.full} hat die komplette kreditkartennummer ins kontaktformular geschrieben: {p1.card}
{q1.lfirst}: nach der erstattung aus dem ticket gelöscht, bitte nirgends reinkopieren
{q2.lfirst}: ok danke""",

    """#kundenservice
{q1.lfirst}: weiß jemand, warum die bestellung von {p1.lower} seit tagen auf „in verpackung" steht?
{q2.lfirst}: {order}? lager sagt {product} in {size} ist nachbestellt
{q1.lfirst}: ok ich schreib {p1.lfirst} und biete {colour} an
{q2.lfirst}: 👍""",
    """[{time}] {q1.full}: Achtung, {p1.full} hat schon wieder wegen der Erstattung angerufen
[{time2}] {q2.full}: ich übernehm, haben wir eine Nummer?
[{time3}] {q1.full}: {p1.phone}, am liebsten nachmittags""",
    """@{q1.lfirst} kannst du bei {order} die adresse checken? kund{p1.ine} sagt {p1.line}, bei uns steht nur {p1.cityline}
{q1.lfirst}: erledigt, cc {q2.lfirst}""",
    """Marketing-Chat
{q1.lfirst}: {p1.full} hat ein mega Foto unterm Launch-Post zu „{product}“ gepostet, dürfen wir reposten?
{q2.lfirst}: ja, aber vorher per DM fragen ({p1.handle})
{q1.lfirst}: gemacht ✅""",
]

PII["call_note"] = [
    """Anruf {date}: {p1.full} fragt nach Art.-Nr. {artno} (EAN {gtin}) in Gr. {size}. Wieder da ab {date2}. Rückruf unter {p1.phone}.""",

    """Telefonnotiz {date}, {time}
Anrufer: {p1.hon} {p1.last}, {p1.phone}
Thema: Ärmellänge {jacket}, ob wir kürzen. Nein – Gr. {size} empfohlen.
To do: Größentabelle an {p1.email}. Bearbeitet: {q2.first}""",
    """@AT@Rückrufbitte: {p1.fh} {p1.last} ({p1.lf}), Tel. {p1.phone}, wegen beschädigtem Paket {tracking}. Bitte vor {time} zurückrufen, danke!""",
    """Anruf von {p1.full}, Rückrufnr. {p1.mobile}. Frage: ist „{title}“ PFC-frei? (ja) Außerdem nach der Filiale in {town} gefragt. Zufrieden, kein Follow-up.""",
    """@CH@Telefonnotiz {q2.first}: {p1.hon} {p1.last} ({p1.phone}), Einkauf bei {cosur}, möchte 20 Stk. {sku} fürs Personal. Weitergeleitet an B2B ({shopmail}).""",
]

PII["order_note"] = [
    """Bestellung {order} – interne Notiz
Kund{p1.ine}: {p1.full}
Lieferadresse:
{p1.block}
Bestellkommentar: „Bitte beim Nachbarn in Nr. ((12|14|3)) abgeben, falls ich nicht da bin." Geschenkverpackung: ja""",
    """BESTELLUNG {order} | {date} | {price}
Rechnung an: {p1.LF}, {p1.line}
Lieferung an: {p2.full}, {p2.line}
Kontakt: {p1.email} / {p1.phone}""",
    """Kommentar zu {order}: {p1.fh} {p1.last} bittet um Teillieferung – {title} sofort, {title2} wenn wieder da. Mit {q2.first} abgesprochen.""",
    """Notiz auf dem Lieferschein: Hallo {p1.first}, danke für deine {n}. Bestellung bei uns! – Dein Talgrat-Team (gepackt von {q2.first})""",
]

PII["return_note"] = [
    """Retoure {ticket}
Kund{p1.ine}: {p1.full} ({p1.custno})
Artikel: {title}, Gr. {size}, {colour}
Grund: ((zu klein|Farbe anders als auf dem Foto|RV defekt|gefällt nicht))
Erstattung auf: {p1.iban}
Geprüft: {q2.init}""",
    """Retoure eingegangen am {date}. Absender laut Etikett: {p1.caps}, {p1.line}. Kein Retourenschein dabei, über Bestellung {order} zugeordnet. Hinweis an {q2.first}: Erstattung auf Originalzahlart.""",
    """Retourenportal – Freitext
„Ich schicke den {pack} zurück, weil mir der Hüftgurt zu weit ist. Bitte auf mein Konto {p1.iban} ({bic}) erstatten. Danke, {p1.full}\"""",
]

PII["live_chat"] = [
    """Besucher: kann ich euch einfach meine Kartennummer geben? {p1.card}, gültig bis {expiry}
{q2.first} (Service): Bitte keine Kartendaten in den Chat, {p1.first} – ich hab sie ausgeblendet und dir einen sicheren Zahlungslink an {p1.email} geschickt.""",

    """Chatverlauf {ticket} – {date}
Besucher ({p1.email}): hallo, ist die {shell} dicht genug für Norwegen im Herbst?
{q2.first} (Service): Hi {p1.first}! Ja – 28.000 mm Wassersäule und verschweißte Nähte. Soll ich deine Größe checken?
Besucher: ja gern, normal M, Brustumfang 102
{q2.first} (Service): Dann passt M. Sonst noch was?
Besucher: nein danke""",
    """[Livechat {time}]
Kunde: Mein Name ist {p1.full}, Bestellung {order}, ich bin letzte Woche umgezogen
Agent: Kein Problem, wie lautet die neue Adresse?
Kunde: {p1.line}
Agent: Ist geändert. Kann ich sonst noch helfen, {p1.hon} {p1.last}?
Kunde: passt, danke""",
    """Bot: Wie lautet deine E-Mail-Adresse?
User: {p1.email}
Bot: Danke! Und deine Bestellnummer?
User: {order}
Bot: Ich verbinde dich mit {q2.first} …
{q2.first}: Servus {p1.first}, dein Paket ist schon beim Zusteller ({tracking}).""",
]

PII["meeting_notes"] = [
    """Protokoll Marketing-Jour-fixe {date}
Anwesend: {q1.full}, {q2.full}, {q3.first}
1. Herbst-Lookbook: {q1.first} brieft bis {weekday} den Fotografen ({p1.full}, {p1.wmail}).
2. Bewertungs-Widget: {q2.first} prüft, warum Bewertungen zu „{product}“ fehlen.
3. Sonstiges: {q3.first} ist ab {date2} im Urlaub.""",
    """Protokoll Botschafter-Call
- {p1.full} (DE) und {p2.full} (AT) für die Frühjahrstour bestätigt.
- Vertrag an {p2.first}: {p2.email}
- Anreise: {p1.first} kommt aus {p1.town}.
Nächster Termin {date}, {time}.""",
    """To-dos
[ ] {q1.init}: unterschriebene Einverständniserklärung von {p1.full} einholen
[ ] {q2.init}: Muster bestellen ({sku}, {sku2})
[x] {q1.init}: {cosur} wegen Etikettenrollen anrufen""",
]

PII["influencer_outreach"] = [
    """@DE@Kooperationsvereinbarung – Zahlungsdaten
Creator: {p1.full} ({p1.handle})
Honorar: {amount}, fällig nach Veröffentlichung
Steuer-ID: {p1.taxid}
IBAN: {p1.iban}
Rechnungsanschrift: {p1.line}""",

    """Hey {p1.first},

ich bin {q2.first} von Talgrat. Dein Reel aus {town} hat uns total begeistert! Hättest du Lust, diese Saison „{title}“ zu testen? Ganz unverbindlich – wenn es dir gefällt, freuen wir uns über einen Post.

Wenn ja, schick mir einfach deine Lieferadresse und Größe.

Liebe Grüße
{q2.full}
{shopmail}""",
    """Creator-Tracking
Name: {p1.full} ({p1.handle}), ca. {qty}k Follower
Mail: {p1.email}
Status: ((Muster verschickt|wartet auf Antwort|abgesagt|gepostet))
Versand an: {p1.line}""",
    """AW: Kooperation

Hi, klingt super! Ich trage {size}. Bitte an:
{p1.full}
{p1.block}
Den Papierkram macht mein{p2.e} Manager{p2.in} {p2.full} ({p2.wmail}).
LG {p1.first}""",
]

PII["gift_order"] = [
    """Geschenkbestellung {order}
Von: {p1.full} ({p1.email})
An: {p2.full}
{p2.block}
Kartentext: „Alles Gute zum Geburtstag, {p2.first}! Ab in die Berge. Deine {p1.first}"
Preise ausblenden: ja""",
    """Gutscheinwidmung: „Für {p1.first} und {p2.first} – für euer nächstes Abenteuer. Von {p3.full}" | Wert {price} | Code an {p3.email}""",
    """@AT@Bitte die Geschenkbox an {p1.papa} liefern: {p1.full}, {p1.line}, gern vor dem {date3}. {p1.Er} wird {n}0! Meine Handynummer: {p2.mobile}. Danke, {p2.first}""",
]

PII["complaint_letter"] = [
    """{p1.full}
{p1.block}

Talgrat Outdoor GmbH
{shopaddr}

{town}, {date}

Reklamation – Bestellung {order}

Sehr geehrte Damen und Herren,

die Jacke „{title}“ ist bereits bei der ersten Regentour an der linken Schulternaht undicht geworden. Ich erwarte Ersatz oder die Erstattung von {price}.

Mit freundlichen Grüßen
{p1.full}""",
    """Sehr geehrtes Talgrat-Team,

ich schreibe Ihnen nun zum dritten Mal. Mein Name ist {p1.full}, Kundennummer {p1.custno}. Seit dem {date} warte ich auf die Erstattung von {price}. Ihr{p2.e} {p2.Kollege} {p2.fh} {p2.last} hatte zugesagt, das innerhalb einer Woche zu erledigen. Bitte rufen Sie mich an: {p1.phone}.

{p1.finit}""",
    """@CH@An die Geschäftsleitung

Ich habe in Ihrer Filiale in {town} ein Paar {product} gekauft. Die Verkäuferin, {q2.first}, hat mir versichert, dass sie wasserdicht sind. Sie sind es nicht. Quittung liegt bei.

Freundliche Grüsse
{p1.hon} {p1.full}
{p1.line}""",
]

PII["payment_note"] = [
    """Telefonbestellung, aufgenommen von {q2.first} um {time}: {p1.full}, Karte {p1.card}, gültig bis {expiry}, Rechnungsadresse {p1.line}. Auftrag {order} (Art.-Nr. {artno}). Kartendaten nach Belastung aus der Notiz gelöscht? → ja""",

    """Zahlungsklärung {invoice}
{p1.Kunde} {p1.full} hat {amount} doppelt überwiesen (von {p1.iban}). Bitte eine Zahlung auf dasselbe Konto zurück. BIC {bic}. Freigabe: {q2.init}""",
    """Kartenzahlung fehlgeschlagen, Bestellung {order}
Karteninhaber: {p1.caps}
Karte: {p1.card} (gültig bis {expiry})
Grund: 3-D-Secure-Timeout. Kund{p1.ine} per Mail ({p1.email}) informiert.""",
    """Hi Buchhaltung, {p1.full} möchte die Erstattung zu {ticket} auf ein anderes Konto: {iban}, Kontoinhaber {p1.full}. Telefonisch bestätigt ({p1.phone}). Könnt ihr das anweisen? Danke, {q2.first}""",
    """Rückbelastung (Chargeback)
Betrag: {amount}
Karte: {p1.card}
Kunde: {p1.full}, {p1.line}
Grund: Ware nicht erhalten. Laut Sendungsverfolgung am {date} zugestellt – widersprechen.""",
]

PII["delivery_note"] = [
    """Zustellnotiz: Paket {tracking} beim Nachbarn {p2.full}, {p2.street}, abgegeben. Empfänger{p1.in} {p1.full} per Karte benachrichtigt.""",
    """Zustellproblem {date}
Empfänger: {p1.full}
Adresse: {p1.block}
Problem: Hausnummer nicht gefunden. {p1.phone} angerufen, niemand erreicht. Zurück ins Depot.""",
    """Ablageort laut {p1.first}: „Hinter der grünen Tonne oder bei {p2.first} nebenan." Erreichbar unter {p1.mobile}.""",
]

# ---------------------------------------------------------------- ungewohnte Formen

PII["vcard"] = [
    """BEGIN:VCARD
VERSION:3.0
N:{p1.last};{p1.first};;;
FN:{p1.full}
ORG:{p1.company}
TEL;TYPE=CELL:{p1.mobile}
EMAIL;TYPE=WORK:{p1.wmail}
ADR;TYPE=WORK:;;{p1.street};{p1.town};;{p1.zip};{p1.country}
END:VCARD""",
    """BEGIN:VCARD
VERSION:4.0
FN:{p1.full}
TEL;VALUE=uri;TYPE=voice:tel:{p1.phone}
EMAIL:{p1.email}
NOTE:auf der ISPO kennengelernt, will Händlerkonditionen
END:VCARD""",
    """Kontakt (aus dem Handy exportiert)
Name: {p1.full}
Mobil: {p1.mobile}
Privat: {p1.land}
E-Mail: {p1.email}
Geburtstag: {p1.dob}""",
]

PII["crm_json"] = [
    """{"botschafter": {"name": "{p1.full}", "mail": "{p1.email}", "steuer_id": "{p1.taxid}", "iban": "{p1.iban}", "seit": "{year}"}}""",

    """{
  "kundennr": "{p1.custno}",
  "vorname": "{p1.first}",
  "nachname": "{p1.last}",
  "email": "{p1.email}",
  "telefon": "{p1.phone}",
  "anschrift": {"strasse": "{p1.street}", "plz": "{p1.zip}", "ort": "{p1.town}"},
  "anmelde_ip": "{p1.ip}",
  "bestellungen": ["{order}", "{order2}"]
}""",
    """[{"name": "{p1.full}", "mail": "{p1.email}", "stufe": "gold"}, {"name": "{p2.full}", "mail": "{p2.email}", "stufe": "basislager"}]""",
    """kunde:
  name: {p1.full}
  mail: {p1.email}
  mobil: "{p1.mobile}"
  rechnungsadresse:
    strasse: {p1.street}
    ort: {p1.town}
    plz: "{p1.zip}"
  letzte_ip: {p1.ip}
  notiz: "mag {colour}, Gr. {size}\"""",
]

PII["server_log"] = [
    """{ts} INFO  checkout.abgeschlossen bestellung={order} mail={p1.email} ip={p1.ip} summe={amount}
{ts2} WARN  zahlung.wiederholt bestellung={order} ip={p1.ip}
{ts3} INFO  mail.versendet an={p1.email} vorlage=bestellbestaetigung""",
    """{ip} - - [{ts}] "POST /konto/login HTTP/1.1" 302 0 "-" "Mozilla/5.0"
{ipp} - - [{ts2}] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/{version}"
{ip6} - - [{ts3}] "GET /produkte/{sku} HTTP/2" 200 5120 "-" "Mozilla/5.0\"""",
    """[newsletter] Double-Opt-in bestätigt: {p1.email} von {p1.ip} um {ts} (Formular v{n}, Liste „DE-AT-CH")
[newsletter] Abmeldung: {p2.email} von {anyip}""",
    """FEHLER 500 bei /api/warenkorb (Request {uuid})
  kunde: {p1.email}
  remote_addr: {anyip}
  upstream: {ipp}:{port}
  x-forwarded-for: {p1.ip}, {ipp2}""",
]

PII["mail_headers"] = [
    """Received: from mail-out.{p1.domain} ([{ip}]) by mx.talgrat.de with ESMTPS; {date} {clock}
From: "{p1.full}" <{p1.wmail}>
To: {shopmail}
Subject: Händleranfrage
X-Originating-IP: [{ip}]""",
    """---------- Weitergeleitete Nachricht ---------
Von: {p1.full} <{p1.email}>
Datum: {date}
Betreff: WG: Paket fehlt
An: {q2.full} <{shopmail}>

Hallo, kannst du dir das mal anschauen? Sendung {tracking}. Danke, {p1.first}""",
    """Return-Path: <{p1.email}>
Received: from [{ipp}] (dslb-{n}{n2}.pools.arcor-ip.net [{ip}])
X-Mailer-Queue: {hex}
From: {p1.caps} <{p1.email}>""",
]

PII["sepa_mandate"] = [
    """SEPA-Lastschriftmandat
Zahlungsempfänger: Talgrat Outdoor GmbH, {shopaddr}
Gläubiger-ID: DE98ZZZ09999999999
Mandatsreferenz: {invoice}
Kontoinhaber: {p1.full}
Anschrift: {p1.line}
IBAN: {p1.iban}
BIC: {bic}
Datum: {date}   Unterschrift: {p1.finit}""",
    """Lastschrift für Vereinsbestellungen eingerichtet – Kontoinhaber {p1.full} ({p1.company}), IBAN {p1.iban}, erster Einzug am {date}. Vorabankündigung an {p1.wmail} verschickt.""",
    """Rücklastschrift vom {date}
Zahlungspflichtiger: {p1.LF}
IBAN: {p1.iban}
Rückgabegrund: AC04 (Konto erloschen)
Betrag: {amount} zzgl. Gebühr
Bitte {p1.fhd} {p1.last} kontaktieren: {p1.phone}""",
    """@AT@SEPA-Mandat (Österreich)
Name: {p1.full}
Adresse: {p1.line}
IBAN: {p1.iban}
Erteilt am {date} in {p1.town}""",
]

PII["freelancer_invoice"] = [
    """RECHNUNG Nr. {invoice}

{p1.full}
Fotografie
{p1.block}
Steuer-ID: {p1.taxid}
Steuernummer: {stnr}

An: Talgrat Outdoor GmbH, {shopaddr}

Produktshooting {product}, {date}          {amount}
Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.

Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf {p1.iban} ({bic}).""",
    """Stammdaten neue freie Texterin / neuer freier Texter
Name: {p1.full}
Anschrift: {p1.line}
Geburtsdatum: {p1.dob}
Steuerliche Identifikationsnummer: {p1.taxid}
Bankverbindung: {p1.iban}
E-Mail: {p1.email}""",
    """Rechnung von {p1.full} ({p1.email}) für die Übersetzung EN>DE der {product}-Seite über {amount}. IdNr. {p1.taxid}, USt-IdNr. {vat}. Konto: {p1.iban}.""",
    """Minijob Aushilfe Lager – Personalbogen
{p1.lf}, geb. {p1.dob}
{p1.block}
Steuer-IdNr.: {p1.taxid} · Krankenkasse: AOK Bayern
IBAN {p1.iban}""",
]

PII["label_ocr"] = [
    """[OCR Retourenetikett]
ABS: {p1.caps}
{p1.block}
AN: TALGRAT RETOUREN
{shopaddr}
REF {order} GEW 1,2KG""",
    """DHL Paket {tracking}
Empfänger:
{p1.full}
{p1.block}
{p1.country}
Tel {p1.phone}
Paket 1/1  {date}""",
    """@CH@Post CH · A-Post
An
{p1.full}
{p1.block}
Sendungsnr. {tracking}""",
]

PII["tsv_export"] = [
    lambda c: _de(c) + c.fill("Auszahlung Affiliate-Provisionen {month}\nName\tIBAN\tSteuer-ID\tBetrag\n") + rows(c, c.rng.randint(3, 5), "{P.lf}\t{P.iban}\t{P.taxid}\t{amount#}"),

    lambda c: c.fill("vorname\tnachname\temail\tort\tangelegt\n") + rows(c, c.rng.randint(3, 5), "{P.first}\t{P.last}\t{P.email}\t{P.town}\t{date}"),
    lambda c: c.fill("Anrede;Titel;Vorname;Nachname;Straße;PLZ;Ort\n") + rows(c, c.rng.randint(3, 5), "{P.fh};((|Dr.|));{P.first};{P.last};{P.street};{P.zip};{P.town}"),
    lambda c: c.fill("Auftrag\tName\tTelefon\tPos.\n") + rows(c, c.rng.randint(3, 5), "{order#}\t{P.full}\t{P.phone}\t{qty#}"),
]

PII["calendar_invite"] = [
    """BEGIN:VEVENT
SUMMARY:Shooting {product} – {town}
DTSTART:{year}0{n}14T080000Z
ORGANIZER;CN={q1.full}:mailto:{shopmail}
ATTENDEE;CN={p1.full}:mailto:{p1.wmail}
ATTENDEE;CN={p2.full}:mailto:{p2.email}
LOCATION:{p1.line}
END:VEVENT""",
    """Einladung: Influencer-Briefing am {weekday} um {time}
Organisator: {q1.full}
Teilnehmende: {p1.full}, {p2.full}, {q1.first}
Einwahl: {shopphone}
Hinweis: {p2.first} ist im Auto, bitte kurz halten.""",
    """Terminanfrage von {p1.full} ({p1.wmail}): „Passt euch {weekday} um {time} in der Filiale Sonthofen? Falls was dazwischenkommt, mein Handy: {p1.mobile}\"""",
]

PII["gdpr_request"] = [
    """Auskunftsersuchen
Zur Identifizierung: {p1.full}, geb. {p1.dob}, {p1.line}, Steuer-ID {p1.taxid} (falls Sie das brauchen). Bitte Antwort an {p1.email}.""",

    """Betreff: Auskunftsersuchen nach Art. 15 DSGVO

Hiermit bitte ich um Auskunft über alle zu meiner Person gespeicherten Daten.
Name: {p1.full}
Bestell-E-Mail: {p1.email}
Anschrift: {p1.line}
Kundennummer (falls bekannt): {p1.custno}

{p1.full}""",
    """Löschantrag {ticket} – {date}
Antragsteller{p1.in}: {p1.full} <{p1.email}>
Verifiziert über: Bestellung {order} + PLZ {p1.zip}
Systeme: Shop, Newsletter, CRM, Bewertungen
Newsletter-Log: Opt-in von {p1.ip}; gelöscht.
Erledigt: {q2.init}""",
    """Bitte löscht mein Konto. Ich möchte keine Mails mehr an {p1.email} oder an meine alte Adresse {p1.email2}. – {p1.first}""",
]

PII["voicemail"] = [
    """Mailbox {date}
„Grüß Gott, {p1.full} hier. Ich möchte die Bestellung {order} telefonisch bezahlen. Die Kartennummer ist {p1.card}, gültig bis {expiry}. Rufen Sie mich bitte unter {p1.phone} zurück.\"""",

    """Mailbox-Transkript (automatisch) {date} {time}
„Ja, hallo, hier ist {p1.full}, es geht um die Bestellung {order}. Die Jacke ist da, aber in der falschen Größe. Können Sie mich unter {p1.phone} zurückrufen? Danke, tschüss.\"""",
    """AB von {p1.phone}: „ja grüß Gott, hier nochmal {p1.fh} {p1.last}, die Erstattung ist immer noch nicht da, bitte rufen Sie zurück\"""",
    """@CH@Sprachnachricht 3/5 – Rufnummer {p1.mobile}
„Hoi, {p1.first} vo {p1.company}, wäg de Musterbestellig. Ich schrib am {q2.first} grad es Mail.\"""",
]

PII["order_xml"] = [
    """<bestellung nr="{order}">
  <kunde>
    <name>{p1.full}</name>
    <email>{p1.email}</email>
    <telefon>{p1.phone}</telefon>
  </kunde>
  <lieferadresse>
    <strasse>{p1.street}</strasse>
    <plz>{p1.zip}</plz>
    <ort>{p1.town}</ort>
  </lieferadresse>
  <position sku="{sku}" gtin="{gtin}" menge="1"/>
  <client_ip>{p1.ip}</client_ip>
</bestellung>""",
    """<Zahlung>
  <Inhaber>{p1.caps}</Inhaber>
  <Kartennummer>{p1.card}</Kartennummer>
  <Ablauf>{expiry}</Ablauf>
  <Betrag waehrung="EUR">{amount}</Betrag>
</Zahlung>""",
    """bestellung:
  nummer: "{order}"
  ip: "{p1.ip}"
  kunde: {name: "{p1.full}", mail: "{p1.email}"}
  lieferung: "{p1.line}\"""",
]

PII["fraud_review"] = [
    """@DE@Kontoprüfung – Auszahlung Botschafter angehalten
Name: {p1.full}
Angegebene Steuer-ID: {p1.taxid}
Auszahlungs-IBAN: {p1.iban}
Login-IPs: {p1.ip}, {anyip}
Ergebnis: ok, freigegeben von {q2.first}""",

    """Betrugsprüfung Bestellung {order} ({amount})
Rechnung: {p1.full}, {p1.line}
Lieferung: {p2.full}, {p2.line}
Karte: {p1.card}
IP: {p1.ip} (Geo passt nicht)
Mail: {p1.email}
Entscheidung: anhalten, {p1.phone} anrufen""",
    """Risikoscore 87 für Checkout {uuid}
– 4 Karten in 10 Min. von {anyip}
– zuletzt {card}
– Name „{p1.full}", Mail {p1.email}
– storniert von {q2.first}""",
    """Manuelle Prüfung: {p1.fh} {p1.last} hat die Bestellung telefonisch bestätigt ({p1.phone}). Rechnungs- und Lieferadresse weichen ab, weil ins Büro geliefert wird ({p1.street}). Freigegeben.""",
]

PII["model_release"] = [
    """@DE@Modelbuchung {date}
Model: {p1.full}, {p1.line}
Gage {amount} auf {p1.iban}
Steuer-IdNr.: {p1.taxid}
Agentur: {p2.full}, {p2.phone}""",

    """EINVERSTÄNDNISERKLÄRUNG (Model Release)
Ich, {p1.full}, geb. am {p1.dob}, wohnhaft {p1.line}, erlaube der Talgrat Outdoor GmbH, die am {date} in {town} entstandenen Fotos in Print und online zu nutzen.
Unterschrift: {p1.finit}
Fotograf{p2.in}: {p2.full}""",
    """Bildnachweise Kampagne {product}:
Model: {p1.full}
Foto: {p2.full} / {p2.company}
Rückfragen zur Nutzung: {p2.wmail}, {p2.phone}""",
    """Einverständnis Minderjährige
Kind: {p1.first}
Erziehungsberechtigte/r: {p2.full}, {p2.mobile}
Anschrift: {p2.block}""",
]

# ---------------------------------------------------------------- ohne Personendaten (schwere Doppelgänger)

CLEAN = {}

CLEAN["product_copy"] = [
    """{title}
Art.-Nr. {sku} · EAN {gtin}
Unsere leichteste Jacke für schnelle Touren bei wechselhaftem Wetter. PFC-frei, lässt sich in die eigene Tasche packen. {price} inkl. MwSt.
Benannt nach dem {product}-Grat oberhalb von {town}.""",
    """Das ist „{product}“: gemacht für lange Tage, getestet in {town}, {town2} und am Lechweg. Größen XS–XXL. Ab {price}.""",
    """Warum „{product}"? Unsere Produktnamen kommen von Orten im Allgäu. „{title}“ ({sku}) wiegt {n}95 g und kostet {price}.""",
]

CLEAN["order_status"] = [
    """Deine Bestellung {order} ist unterwegs!
Sendungsnummer: {tracking}
Voraussichtliche Zustellung: {date}
Artikel: 1x {title} (Gr. {size}), 1x {title2}
Summe: {price}""",
    """Bestellung {order}: Ihre Erstattung über {price} wurde am {date} veranlasst, und zwar auf die Karte {masked}. Beleg {invoice}.""",
    """Click & Collect: Bestellung {order} liegt ab {time} in unserer Filiale {town} bereit. Abholcode: {n}{n2}{n3}{n4}-{hour}.""",
    """Lieferavis: Ihre Sendung {tracking} (Auftrag {order}, Lieferschein 0{artno}) kommt am {weekday} zwischen {time} und {time2}.""",
]

CLEAN["feed_export"] = [
    lambda c: c.fill("id\ttitel\tpreis\tgtin\tverfuegbarkeit\n") + rows(c, c.rng.randint(3, 6), "{sku#}\t{title#}\t{price#}\t{gtin#}\t((auf Lager|ausverkauft|vorbestellbar))"),
    """artnr;farbe;groesse;ean;bestand;lager
{sku}-{size};{colour};{size};{gtin};{qty};Immenstadt
{sku2}-{size2};{colour2};{size2};{gtin2};{qty2};Immenstadt
{sku3};{colour};{size3};{gtin3};{qty3};Wien""",
    """<item><g:id>{sku}</g:id><g:title>{title}</g:title><g:gtin>{gtin}</g:gtin><g:price>{price}</g:price><g:brand>Talgrat</g:brand></item>""",
]

CLEAN["b2b_invoice"] = [
    """RECHNUNG {invoice}
Kunde: {cosur}
USt-IdNr.: {vat}
Ihre Bestellung: {order}
20x {title} à {price}
Netto: {amount}
Zahlbar innerhalb 30 Tagen. BIC {bic}. St.-Nr. {stnr}.""",
    """Gutschrift {invoice} an {cosur} (Debitor {custno}). Grund: Transportschaden (Sendung {tracking}). Betrag {amount}. Unsere USt-IdNr.: {vat}.""",
    """Bestellung {order} an {company}
{qty}x Etikettenrollen 58 mm, Art.-Nr. {artno}
{qty2}x Karton 40x30x20, Art.-Nr. {artno2}
Liefertermin {date}. USt-IdNr. Lieferant {vat}. Kundennummer bei Lieferant: {longno}.""",
]

CLEAN["giftcard_info"] = [
    """Dein Geschenkgutschein
Nummer: {gift}
PIN: {n}{n2}{n3}{n4}
Wert: {price}
Gültig bis {date}. Einlösbar auf talgrat.de oder in der Filiale.""",
    """FAQ: Warum funktioniert meine Gutscheinnummer ({gift}) an der Kasse nicht? Gutscheinnummern sind keine Kreditkarten – bitte ins Feld „Gutschein" eintragen. Mit Karte {masked} bezahlt? Dann geht die Erstattung dorthin.""",
    """Gutscheincharge {invoice}: {qty} Karten, {gift} bis {gift2}, je {price}, gedruckt von {cosur}.""",
]

CLEAN["campaign_plan"] = [
    """Planung Q{n}
– KW {qty}: Launch {product}, {pct} für Mitglieder, Code {code}
– KW {qty2}: Newsletter „Wenn der Fuchs durch den Herbstwald schleicht" – Herbstfarben
– Budget: {amount}; Landingpage /{sku}""",
    """Claim-Ideen Herbstmailing: „Der frühe Vogel fängt den Gipfel" / „Kein Koch, aber ein Rezept für warme Füße" / „Wolf im Schafspelz? Nein, Merino." – mit Recht abstimmen. Versand {date}, {time}.""",
    """Schaufenster {month}: Berghütte, {product} an der Puppe, Deko von {cosur}. Aufbau {date}, Filiale {town}. Der Bauer vom Nachbarhof leiht uns Heuballen.""",
]

CLEAN["release_notes"] = [
    """Shop-Release {version}
– Checkout: Rundung bei Preisen wie {price} behoben
– Feed: GTINs mit führender Null ({gtin}) werden korrekt exportiert
– Größenberater-Modell {version2}""",
    """Changelog {date}: Firmware der Etikettendrucker auf {version} aktualisiert; Sendungsnummern ({tracking}) jetzt als Barcode; Build {n}{n2}{n3}.""",
    """Bekannter Fehler {ticket}: Bestellnummern wie {order} erscheinen in der Bestätigungsmail doppelt. Fix kommt mit {version}.""",
]

CLEAN["size_care"] = [
    """Größentabelle {title}
S: Brust 92–98 cm | M: 99–105 cm | L: 106–112 cm
Bei 30 °C waschen, alle {n} Wäschen neu imprägnieren. Pflegecode {artno}.""",
    """Pflege: {product} bei 40 °C in der Maschine waschen, im Trockner bei niedriger Stufe die Imprägnierung reaktivieren. Kein Weichspüler. Fragen? Siehe FAQ Abschnitt {n}.{n2}.""",
    """Passform: „{title}“ fällt klein aus. Wenn du zwischen {size} und {size2} liegst, nimm die größere. Innenbeinlänge {n}{n2} cm (Gr. M).""",
]

CLEAN["stock_report"] = [
    """Bestand {date}
{sku}: {qty} (Meldebestand 20)
{sku2}: {qty2}
{sku3}: {qty3}
Container {tracking}, ETA {date2}.""",
    """Tagesumsatz {date}: {qty} Bestellungen, {amount}, Topseller {product} ({sku}). Retourenquote {pct}.""",
    """Inventurdifferenzen: {sku} −{n}, {sku2} +{n2} (EAN {gtin}). Gezählt von der Nachtschicht, Lagerplatz {artno}.""",
]

CLEAN["anon_reviews"] = [
    """★★★★☆ Verifizierter Kauf, {town}
„Warm und leicht. Die Kapuze dürfte größer sein." Gekaufte Größe: {size}.""",
    """„Super Schuhe, am zweiten Tag damit auf die Zugspitze." – verifizierte Kundin, {date}""",
    """Bewertungsübersicht {product}: {rating},{n}/5 aus {qty} Bewertungen. Häufig genannt: Passform, Wärme, Gewicht ({n}{n2}0 g).""",
]
