"""German templates of the second PII bank, per genre. Position in each list decides the split:
even positions (0, 2, 4 …) belong to dev2, odd ones to heldout2.

Slots are described in bank2_core.py; `((a|b))` picks one alternative.
"""

DE = {}

# ---------------------------------------------------------------- E-Mail-Verläufe mit Zitatköpfen
DE["email_thread"] = [
    """Hallo {p2.first},

danke dir, passt so. Bitte schickt den Ersatz aber an unser Lager:
{a1.block}

Annehmen wird das {p3.full}, erreichbar unter {p3.phone}.

Viele Grüße
{p1.full}

{x.qhdr.p2.240.return}
> Hallo {p1.first},
> sorry wegen der beschädigten {d.prod} – wir können diese Woche Ersatz schicken. Gib mir nur kurz die Adresse.
> LG {p2.first}""",
    """{p1.sgh},

die Lieferung über {d.qty} Stück {d.prod} ist für {d.kw} eingeplant. In Kopie {p3.full} aus unserer Logistik ({p3.shopemail}), die den Anlieferungstermin mit Ihnen abstimmt.

Mit freundlichen Grüßen

{p2.full}
Key Account Management
Talgrat Outdoor GmbH
Mobil {p2.phone}

{x.qhdr.p1.1440.wholesale}

Guten Tag {p2.hon},

bitte bestätigen Sie uns die Bestellung {d.order}. Lieferadresse wie immer: {a1.line}.

Freundliche Grüße
{p1.full}
{co}""",
    """{x.qhdr.p1.60.invoice}
> Könnt ihr mir die Rechnung nochmal schicken? Die Adresse stimmt nicht, richtig ist
> {a1.line}

Klar, korrigierte Rechnung ({d.invoice}) hängt an.

> Und ist die Karte mit Endung {d.last4} noch hinterlegt?

Ja, abgebucht wurde noch nichts.

((Viele Grüße|Beste Grüße|LG)),
{p2.first} vom Talgrat-Kundenservice""",
    """Danke euch beiden, ich trag's ((heute noch|gleich morgen früh|nachher)) im CRM ein.

{p1.first}

{x.qhdr.p2.35.delivery}
> Ich nehme {p3.full} ({p3.wemail}) mit rein, {p3.er} kümmert sich um die Retouren in ((Österreich|der Schweiz|Südtirol)).
>
>> {p1.full} schrieb:
>> Laut {p4.hondat} ist das Paket nie angekommen. Sendung {d.tracking}, Lieferadresse {a1.line}.""",
    """Guten Tag,

ich warte immer noch auf meine Erstattung. Hier nochmal alle Daten:
Name: {p1.full}
Bestellung: {d.order}
Telefon: {p1.phone}

Bitte kümmern Sie sich darum.

{x.qhdr.p2.2880.refund}
> {p1.sgh},
> die Erstattung zu Ihrer Bestellung {d.order} wurde am {d.date} angewiesen. Bis zur Gutschrift können 5–10 Werktage vergehen.
> Freundliche Grüße, {p2.full}, Talgrat Kundenservice""",
    """Hi {p2.first},

kurze Info: der Ansprechpartner beim Lieferanten ist {p3.full}, {p3.wemail}, {p3.phone}. {p3.Er} schreibt auf Englisch, siehe unten. Kannst du bei der {d.prod}-Lieferung nachhaken? Die hängt seit {d.kw}.

Danke!
{p1.first}

{x.qhdr.p3.4000.en.supplier}
> Dear Talgrat team,
> unfortunately the shipment is delayed by two weeks.
> Best regards,
> {p3.full}""",
    """passt, bis dann!!

Von meinem iPhone gesendet

{x.qhdr.p1.20.shoot}
> Hey {p2.first}, können wir den Shoot auf {d.weekday} schieben? Studio ist {a1.ininline}, bei {co} klingeln.
> {p1.first}""",
    """Hallo {p1.first},

ich habe im Lager nachgefragt: Das Paket wurde {a1.in} zugestellt und von „{p4.last}" unterschrieben. Ist das jemand aus deinem Haus?

Viele Grüße
{p2.full}

{x.qhdr.p1.400.delivery}
> Hallo,
> laut Sendungsverfolgung ist meine Bestellung {d.order} zugestellt, ich habe aber nichts bekommen. Meine Adresse: {a1.line}
> Danke, {p1.full}""",
]

# ---------------------------------------------------------------- weitergeleitete Nachrichten
DE["email_forward"] = [
    """Zur Info, siehe unten. Kann jemand aus dem Großhandel {p2.hondat} zurückrufen? {p1.first}

{x.fwd.p2.p1.300.wholesale}

Guten Tag,

ich habe ein kleines Outdoorgeschäft in {a2.town} und würde gern Ihre {d.prod} ins Sortiment nehmen. Mein Name ist {p2.full}, Sie erreichen mich vormittags unter {p2.phone}.

Mit freundlichen Grüßen
{p2.full}""",
    """Wie besprochen weitergeleitet – die Adresse für den Ersatz steht in der Mail.

{x.fwd.p2.p1.1000.return}

Sehr geehrte Damen und Herren,

der Reißverschluss meiner {d.kind} ist nach zwei Wochen kaputt gegangen. Bitte schicken Sie den Ersatz an:

{p2.full}
{a1.block}
{a1.country}

Vielen Dank
{p2.first}""",
    """{p3.first}, magst du das übernehmen? Ich bin ab {d.weekday} im Urlaub.

{x.fwd.p2.p1.90.press}

Hallo,

ich schreibe für ((die Alpin|das Outdoor-Magazin|den Bergsteiger|Wandermagazin)) und würde die {d.prod} gern in einem Vergleichstest haben. Am besten erreichen Sie mich unter {p2.phone}.

{p2.full}""",
    """bitte bis freitag überweisen, danke
{p1.first}

{x.fwd.p2.p1.2000.invoice}

Liebes Talgrat-Team,

anbei die Rechnung {d.invoice} für das Fotoshooting. Bankverbindung:
Kontoinhaber: {p2.full}
IBAN: {iban}
BIC: {d.bic}

Danke und viele Grüße
{p2.full}""",
    """Leite dir die Abwesenheitsnotiz weiter, da steht die Vertretung drin.

{x.fwd.p2.p1.15.ooo}

Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {d.date} nicht im Büro. In dringenden Fällen wenden Sie sich bitte an {p3.honfull}, Tel. {p3.phone}, {p3.wemail}.

{p2.full}""",
    """Bitte bearbeiten, das ist eine Auskunftsanfrage nach Art. 15 DSGVO (Frist 1 Monat).

{x.fwd.p2.p1.700.data}

Sehr geehrte Damen und Herren,

bitte teilen Sie mir mit, welche personenbezogenen Daten Sie über mich gespeichert haben. Meine Daten: {p2.full}, {a1.line}, E-Mail {p2.email}.

Mit freundlichen Grüßen
{p2.full}""",
]

# ---------------------------------------------------------------- Protokolle
DE["minutes"] = [
    """Protokoll Jour fixe Marketing, {t.0.date}
Teilnehmende: {x.attendees}
Entschuldigt: {p6.full}

TOP 1 Katalog Frühjahr: Texte für die {d.prod}-Seite sind final.
AP: {p1.firstinit} schickt die Druckdaten bis {d.weekday} an die Druckerei.
TOP 2 Influencer: {p2.first} hat zwei Creator angerufen; {p7.full} ({p7.phone}) will Honorar, die andere nimmt eine Jacke.
TOP 3 Sonstiges: –

Nächster Termin: {d.date}, {d.room}""",
    """Gesprächsnotiz Händlertermin {co}, {t.0.date}
Anwesend: {x.attendees}

- Bedarf: {d.qty} Stück {d.prod} in {d.colour}, Lieferung an die neue Filiale {a1.line}
- Einkauf: {p6.hon_de} will lieber telefonieren als mailen: {p6.phone}
- Rückmeldung bis {d.kw}

Verantwortlich: {p2.full}""",
    """| Wer | Was | Bis |
|---|---|---|
| {p1.full} | Preisliste an {co} | {d.date} |
| {p2.firstinit} | Retourenquote {d.prod} prüfen | {d.kw} |
| {p3.full} | {p4.hon_de} wegen Shop-in-Shop anrufen ({p4.phone}) | {d.weekday} |""",
    """Daily, {t.0.ddmm}
Dabei: {p1.first}, {p2.first}, {p3.first}, {p4.first} (remote)

{p1.first}: Newsletter {d.month} ist raus, Öffnungsrate {d.pct}
{p2.first}: wartet weiter auf die Fotos von {p5.full}
{p3.first}: nix Neues
{p4.first}: {d.weekday} nicht da, Vertretung {p2.first}

Blocker: Agentur braucht die Adresse fürs Shooting → {a1.inline}""",
    """Niederschrift der Gesellschafterversammlung (Auszug)
Anwesend: {p1.honfull} (Versammlungsleitung), {p2.honfull}, {p3.honfull}
Protokoll: {p4.full}

Zu TOP 3: Die Versammlung beschließt einstimmig, {p5.hondatfull}, wohnhaft {a1.line}, zur weiteren Geschäftsführung zu bestellen.""",
    """Retro Black-Friday-Kampagne
👍 Landingpage, Bundle mit {d.prod}, Betreffzeilen von {p1.first}
👎 Rabattcode ist in einem Forum gelandet
To-dos
  1. {p2.full} – Code-Leak dokumentieren
  2. {p3.firstinit} – mit {p4.full} von der Agentur reden ({p4.wemail})
  3. alle – Ideen für {d.month} bis {d.weekday}""",
]

# ---------------------------------------------------------------- Tickets mit Verlauf
DE["ticket"] = [
    """Ticket {d.ticket} · Priorität: normal · Kanal: E-Mail
Anfragende Person: {p1.full} <{p1.email}>
Bearbeiter:in: {p2.full}

--- {t.0.isospace} · {p1.full} ({p1.kunde})
Hallo, meine {d.kind} ist an der Naht gerissen. Bestellung {d.order}. Bekomme ich Ersatz?

--- {t.45.isospace} · {p2.first} (Support)
Hallo {p1.first}, das tut mir leid! Schick uns bitte ein Foto, dann geht Ersatz an {a1.line}.

--- {t.300.isospace} · {p1.full} ({p1.kunde})
Foto ist im Anhang. Danke {p2.first}!""",
    """#{d.qty}{d.qty} Paket beschädigt
Status: Wartend · Gruppe: Retouren AT

Interne Notiz ({p2.full}, {t.10.dmy}):
{p1.kunde} hat von {p1.phone} angerufen, Paketbote hat das Paket im Regen abgestellt. Lieferadresse lt. Bestellung:
{a1.block}
Gutschein über 20 % angeboten, {p1.er} will das Geld zurück. Übergebe an {p3.first}.""",
    """Verlauf mit {p1.full}
E-Mail: {p1.email} · Telefon: {p1.phone} · Bestellungen: 3 · Umsatz gesamt: {d.price}

{t.0} – {p1.kunde} hat geantwortet
Bin umgezogen! Neue Adresse: {a1.inline}. Bitte vor dem Versand von {d.order} ändern.

{t.20} – {p2.first} (Support) hat geantwortet
Erledigt, {p1.first} – die Bestellung geht an die neue Adresse.

{t.21} – Status auf „Gelöst" gesetzt von {p2.full}""",
    """Servicedesk · {d.ticket}
Zusammenfassung: Kunde kann sich nicht einloggen
Melder: {p1.full} ({p1.email})
Umgebung: Android-App {d.version}
Letzte Anmeldeversuche: {t.0.iso} von {ip}, {t.3.iso} von {ip}
Kommentar {p2.full}: Konto nach 5 Fehlversuchen gesperrt, entsperrt, {p1.kunde} telefonisch informiert ({p1.phone}).""",
    """{t.0.isospace}  Ticket erstellt von {p1.full} über Kontaktformular
{t.2.isospace}  Automatische Antwort an {p1.email}
{t.95.isospace}  Zugewiesen an {p2.full}
{t.130.isospace}  {p2.full}: {p1.kunde} unter {p1.phone} angerufen, nicht erreicht, auf Mailbox gesprochen
{t.400.isospace}  {p1.full}: „bitte erst nach 18 Uhr anrufen. Meine Kartennummer ist {card}, falls ihr die braucht"
{t.410.isospace}  Notiz {p2.full}: Kartennummer im Freitext – Nachricht schwärzen!
{t.1500.isospace}  Status: gelöst""",
    """Chatprotokoll → Ticket {d.ticket}
[{t.0}] Besucher: hallo ist da wer
[{t.1}] {p2.first} (Talgrat): Hallo! Wie kann ich helfen?
[{t.2}] Besucher: hab die {d.prod} in {d.size} bestellt brauche aber {d.size}. bin {p1.full}, bestellnr {d.order}
[{t.4}] {p2.first} (Talgrat): Danke, {p1.first}, ich hab den Umtausch angelegt – das Etikett kommt an {p1.email}.
[{t.5}] Besucher: super danke""",
]

# ---------------------------------------------------------------- Teams/Slack/WhatsApp-Exporte
DE["team_chat"] = [
    """{p1.full}  {t.0}
hey, wer hat den Kontakt bei {co}? brauch den fürs Lookbook-Shooting

{p2.full}  {t.3}
{p3.full} – {p3.wemail}, mobil {p3.phone}

{p1.full}  {t.4}
danke dir!! 🙏""",
    """[{t.0.dmy}] {p1.lastfirst}: Ist das Muster für {p3.hon_de} schon raus?
[{t.6.dmy}] {p2.lastfirst}: ja, heute früh an {a1.line}, Sendungsnr. {d.tracking}
[{t.7.dmy}] {p1.lastfirst}: 👍""",
    """[{t.0}] {p1.lfirst}: hat {p4.lfirst} eigentlich die adresse fürs gewinnspiel geschickt?
[{t.1}] {p2.lfirst}: jo, {a1.inline}
[{t.1}] {p2.lfirst}: handy {p4.phone} falls dhl fragt
[{t.3}] {p1.lfirst}: ok geht morgen raus""",
    """#kundeneskalationen
{p1.full} {t.0}
@{p2.full} kannst du heute noch zurückrufen? {p4.hon_de}, {p4.phone}, Bestellung {d.order} – dritte Beschwerde 😬
   ↳ {p2.full} {t.14}: mach ich
   ↳ {p2.full} {t.52}: erledigt, Erstattung freigegeben""",
    """{t.0.ddmm}, {t.0} - {p1.full}: Moin, der Transporter steht hinten an der Rampe
{t.0.ddmm}, {t.2} - {p2.full}: Kannst du auf dem Weg die zwei Kartons {a1.in} abgeben? Sind für {p3.first}
{t.0.ddmm}, {t.3} - {p1.full}: 👍
{t.0.ddmm}, {t.30} - {p1.full}: <Medien ausgeschlossen>""",
    """Besprechungstranskript – Teams
{p1.full}   0:04
Hallo zusammen, danke fürs Dazukommen. {p2.first}, magst du kurz den Bildschirm teilen?
{p2.full} (Gast)   0:19
Klar. Also, Location fürs Shooting ist {a1.inline}, ab 8 Uhr.
{p1.full}   1:02
Super. Und wer ist vor Ort Ansprechpartner?
{p2.full} (Gast)   1:10
{p3.full}, die Nummer schreib ich in den Chat: {p3.phone}""",
]

# ---------------------------------------------------------------- Bewerbungen und Lebensläufe
DE["application"] = [
    """{p2.sgh},

hiermit bewerbe ich mich als Filialleitung für Ihren Standort in ((München|Innsbruck|Zürich|Freiburg)). Ich bringe sechs Jahre Erfahrung im Einzelhandel mit, zuletzt als stellvertretende Leitung bei {co}.

Mit freundlichen Grüßen
{p1.full}
{a1.block}
{p1.phone} · {p1.email}""",
    """LEBENSLAUF

Persönliche Daten
Name: {p1.full}
Anschrift: {a1.line}
Telefon: {p1.phone}
E-Mail: {p1.email}
Geburtsdatum: {d.dob}
Staatsangehörigkeit: ((deutsch|österreichisch|schweizerisch|italienisch|türkisch))

Berufserfahrung
seit {d.month} 2021   Junior-Copywriter, {co}""",
    """Referenzen
1. {p2.honfull}, Leitung Einzelhandel, {co} – {p2.phone}, {p2.wemail}
2. {p3.full}, ehemalige Teamleitung – {p3.phone}

Beide wissen Bescheid, dass ich mich bewerbe.""",
    """Bewerbungsbogen Aushilfen Saison
Vor- und Nachname: {p1.full}
Geburtsdatum: {d.dob}
Adresse: {a1.line}
Handy: {p1.phone}
Steuer-ID: {taxid}
IBAN für die Lohnzahlung: {iban}
Verfügbar ab: {d.date}""",
    """Notiz Recruiting: Telefonat mit {p1.full} (Bewerbung Visual Merchandising) am {d.weekday}. Starkes Portfolio, Gehaltsvorstellung ((42.000|45.000|48.500|52.000)) € brutto/Jahr, Kündigungsfrist 1 Monat. Wohnt in {a1.town}, würde pendeln. Zweitgespräch mit {p2.first} und {p3.full}.""",
    """Anschreiben Entwurf v2 – {p1.first} bitte gegenlesen!!

Sehr geehrtes Recruiting-Team,
mein Name ist {p1.full} und ich bin den Adlerweg schon dreimal gegangen …

[Kontaktblock]
{a1.block}
{p1.email}""",
]

# ---------------------------------------------------------------- Rechnungen (DIN 5008 u. a.)
DE["invoice"] = [
    """Talgrat Outdoor GmbH · Postfach 12 34 · 87435 Kempten

{p1.herrfrau}
{p1.full}
{a1.block}

Rechnung {d.invoice}
Rechnungsdatum: {d.date}
Kundennummer: {d.customer}

Pos. Art.-Nr.   Bezeichnung              Menge  Preis
1    {d.sku}  {d.prod}, Gr. {d.size}    1      {d.price}

Zahlbar innerhalb von 14 Tagen ohne Abzug.
USt-IdNr. {d.vat} · Amtsgericht Kempten {d.hrb}""",
    """Rechnungsanschrift:
{co}
z. Hd. {p1.hondatfull}
{a1.block}

Lieferanschrift:
{p2.full}
c/o {co}
{a2.block}

Auftrag {d.order} vom {d.date}""",
    """Rechnung Nr. {d.invoice} – Fotoproduktion {d.month}
{p1.full} · {a1.line}

An: Talgrat Outdoor GmbH, Buchhaltung

Shootingtag inkl. Bildbearbeitung ...... {d.price}
Reisekosten ............................ {d.price}

Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf folgendes Konto:
Kontoinhaber: {p1.full}
IBAN: {iban}
Steuer-ID: {taxid}
Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.""",
    """GUTSCHRIFT {d.invoice}
Kunde: {p1.upperlast}
Kd.-Nr.: {d.customer}
Bezug: Rechnung {d.invoice} vom {d.date}
Retoure: {d.prod} ({d.sku}) – Erstattung {d.price} auf Karte {card}""",
    """Talgrat Outdoor GmbH, Postfach 88 01, 6021 Innsbruck

{p1.herrnfrau}
{p1.full}
{a1.block.at}
ÖSTERREICH

Rechnung {d.invoice} · Datum {d.date} · UID {d.atu}""",
    """Rechnung {d.invoice}
Empfänger:
{p1.full}
{a1.block.ch}
Schweiz
Tel. {phone.ch}

Zahlbar mit QR-Rechnung oder auf IBAN {iban.ch}. MWST-Nr. {d.che} MWST""",
]

# ---------------------------------------------------------------- Lieferscheine, Etiketten
DE["delivery_note"] = [
    """LIEFERSCHEIN {d.order}
Lieferung an:
{p1.upper}
{a1.block}
Tel.: {p1.phone}

Paket 1/1 · Gewicht {d.weight}
Art.-Nr. {d.sku} · EAN {d.gtin} · Menge 1
Sendungsnummer {d.tracking}""",
    """RÜCKSENDEETIKETT
Absender:
{p1.full}
{a1.block}

Empfänger:
Talgrat Retourenzentrum
Postfach 10 02 45
((87401 Kempten|6021 Innsbruck|80002 München))

Retourennr. {d.order} – bitte nicht auf den Barcode schreiben""",
    """Abstellgenehmigung: Wenn niemand da ist, bitte bei {p2.full} (Hausnr. ((14|3|27|9a)), EG links) abgeben oder in die Garage. Bei Problemen {p1.phone} anrufen.
Empfänger: {p1.full}, {a1.line}""",
    """Deine Bestellung {d.order} ist unterwegs!
Sie geht an
{p1.full}
{a1.block}

Artikel: {d.prod} ({d.colour}), EAN {d.gtin}
Voraussichtliche Zustellung: {d.weekday}. Sendungsverfolgung: {d.tracking}""",
    """ZUSTELLHINDERNIS {d.tracking}
Empfänger {p1.full}, {a1.street}: Adresse unvollständig – Name nicht am Briefkasten. Fahrer hat um {t.0} Uhr {p1.phone} angerufen, niemand erreicht. Sendung liegt bis {d.date} in der Filiale.""",
    """Abholschein Click & Collect
Abholer:in: {p1.full} (Ausweis geprüft)
Bestellung {d.order}, {d.qty} Artikel, Regal B-{d.qty}
Abgeholt {t.0.dmy} · Mitarbeiter:in: {p2.first}""",
]

# ---------------------------------------------------------------- Kommentare und Bewertungen
DE["social"] = [
    """{p1.full} · 2 Tg.
Die Farbe ist der Hammer! Fällt die {d.prod} klein aus? Ich trag normal {d.size}.
  ↳ Talgrat Outdoor · 1 Tg.
  Hallo {p1.first}, sie fällt normal aus – für Schichten drunter lieber eine Nummer größer 🙂""",
    """★★★★☆ Passt super, etwas warm
Von {p1.firstinit} am {d.date} · Verifizierter Kauf
Bin damit auf die ((Zugspitze|den Watzmann|den Säntis|das Nebelhorn)) und trocken geblieben. Kapuze etwas groß.""",
    """{p2.full} die hier meinte ich!! 😍
   {p2.full} 😂 ok ok ich bestell sie
{p3.full} gibt's die auch in Petrol?""",
    """Antwort des Inhabers
Hallo {p1.first}, danke für das Lob an unser Team – {p2.first} freut sich riesig! Bis bald in der Filiale in {a1.town}.""",
    """{p1.full}
{a1.country} · ((2|3|7|12)) Bewertungen
2 von 5 Sternen
„Lieferung hat ewig gedauert"
Bestellt am {d.date}, angekommen drei Wochen später. Kundenservice ({p2.first}) war aber nett.""",
    """{p1.lower} schrieb:
weiß jemand ob talgrat nach ((südtirol|liechtenstein|luxemburg)) liefert?? frag für {p4.lower} aus meinem lauftreff
    antwort von {p3.lower}: ja, hat bei mir 3 tage gedauert""",
]

# ---------------------------------------------------------------- Formulareinsendungen
DE["web_form"] = [
    """Neue Anfrage über „Kontakt"
------------------------------
Anrede: {p1.herrfrau}
Vorname: {p1.first}
Nachname: {p1.last}
E-Mail: {p1.email}
Telefon: {p1.phone}
Bestellnummer (optional): {d.order}
Nachricht: Die {d.prod} hat die falsche Farbe.
------------------------------
Gesendet von IP {ip} am {t.0.dmy}""",
    """Garantieantrag #{d.qty}{d.qty}{d.qty}
Name: {p1.full}
Straße und Hausnummer: {a1.street}
PLZ: {a1.zip}
Ort: {a1.town}
Produkt: {d.prod}, gekauft am {d.date}
Mangel: Reißverschluss defekt""",
    """Anmeldung Lauftreff {d.month}
Teilnehmer:in 1: {p1.full}, {p1.email}
Teilnehmer:in 2: {p2.full}, {p2.email}
Notfallkontakt: {p3.full}, {p3.phone}
Shirtgrößen: ((S|M|L|XL)), ((S|M|L|XL|XXL))""",
    """Antrag Händlerkonto
Firma: {co}
Ansprechpartner:in: {p1.honfull}
Funktion: Einkauf
Geschäftsanschrift: {a1.line}
Telefon: {p1.phone}
USt-IdNr.: {d.vat}
SEPA-Lastschrift: IBAN {iban}, Kontoinhaber {p1.full}""",
    """Wie heißt du?
{p1.full}

Wohin dürfen wir dein Gratis-Muster schicken?
{a1.block}

Sonst noch was?
{p2.lfirst} aus meiner wg will auch eins haha""",
    """formular: retoure | seite: /retoure | eingegangen: {t.0.iso}
name={p1.full}
email={p1.email}
bestellung={d.order}
grund=zu klein
erstattung_auf=IBAN {iban}""",
]

# ---------------------------------------------------------------- JSON / YAML
DE["structured"] = [
    """{
  "kunde": {
    "vorname": "{p1.first}",
    "nachname": "{p1.last}",
    "email": "{p1.email}",
    "telefon": "{p1.phone}",
    "anschrift": {
      "strasse": "{a1.street}",
      "plz": "{a1.zip}",
      "ort": "{a1.town}"
    }
  },
  "bestellnummer": "{d.order}",
  "summe": "{d.price}"
}""",
    """kontakt:
  name: {p1.full}
  rolle: Einkauf
  telefon: "{p1.phone}"
  mail: {p1.wemail}
lieferung:
  strasse: {a1.street}
  ort: {a1.town}
  plz: "{a1.zip}"
hinweis: lieber vor 10 Uhr anrufen""",
    """{"level":"warn","ts":"{t.0.iso}","msg":"Anmeldung fehlgeschlagen","user":"{p1.email}","ip":"{ip}","versuch":((3|4|5))}
{"level":"info","ts":"{t.2.iso}","msg":"Passwort-Link verschickt","user":"{p1.email}"}""",
    """teilnehmende = [
  {"name": "{p1.full}", "mail": "{p1.email}", "essen": "vegan"},
  {"name": "{p2.full}", "mail": "{p2.email}", "essen": null},
  {"name": "{p3.full}", "mail": "{p3.wemail}", "essen": "egal"}
]""",
    """zahlung_webhook: {"event":"lastschrift.rueckgabe","bestellung":"{d.order}","betrag":"{d.price}","iban":"{iban}","inhaber":"{p1.full}","grund":"MD06"}""",
    """---
titel: "Warum ich auf Merino umgestiegen bin"
autorin: {p1.full}
ort: {a1.town}
kontakt: {p1.email}
datum: {d.date}
---
Seit letztem Winter laufe ich in der {d.prod} …""",
]

# ---------------------------------------------------------------- Telefonnotizen, Mailbox, Transkripte
DE["call_note"] = [
    """Mailbox · {t.0.dmy} · von {p1.phone}
„Ja, hallo, hier ist {p1.full}, es geht um die Bestellung {d.order} … die Jacke ist zu klein. Können Sie mich bitte unter {p1.phone} zurückrufen? Danke, tschüss."
(automatisch transkribiert, kann Fehler enthalten)""",
    """Agent ({p2.first}): Talgrat, {p2.first} am Apparat, was kann ich für Sie tun?
Anrufer:in: Ja, hallo, ich hab letzte Woche die {d.prod} bestellt und die ist nicht gekommen.
Agent ({p2.first}): Das tut mir leid. Darf ich Name und Postleitzahl haben?
Anrufer:in: {p1.full}, {a1.zip}.
Agent ({p2.first}): Danke. Die ging an {a1.street} – stimmt das noch?
Anrufer:in: Nein! Ich bin umgezogen. Jetzt {a2.inline}.""",
    """Anruf eingehend, 4 Min. – {p1.hon_de} wg. Erstattung {d.order}. Adresse bestätigt: {a1.line}. Bittet um Rückruf {d.weekday} ab 15 Uhr unter {p1.phone}. Beim letzten Mal wurde {p1.last} gesagt, die Erstattung sei raus – war sie nicht.""",
    """{p1.full} bei {co} angerufen – Empfang ({p3.first}) hat nach 10 Min. durchgestellt. Interesse an {d.qty} Fleecejacken fürs Personal. Angebot an {p1.wemail}. Wiedervorlage {d.date}.
Nachtrag {d.weekday}: nochmal mit {p1.last} telefoniert, Bestellung kommt noch.""",
    """[00:00:04] Agent: Talgrat Kundenservice, Sie sprechen mit {p2.first}.
[00:00:09] Kund:in: Hallo, {p1.full} hier. Mir wurde die Karte zweimal belastet.
[00:00:31] Agent: Können Sie mir die letzten vier Ziffern nennen?
[00:00:35] Kund:in: {d.last4}
[00:01:12] Agent: Ich sehe beide Buchungen und erstatte eine davon heute.""",
    """Verpasster Anruf {t.0} von {phone}
Nachricht: „Ja, {p1.first} von {co} hier, wegen der Palette am Freitag, ruf mal zurück." """,
]

# ---------------------------------------------------------------- Personal- und Büronotizen
DE["hr_note"] = [
    """Neue Kollegin/neuer Kollege – bitte anlegen
Name: {p1.full}
Eintritt: {d.date}, Team ((Kempten|Innsbruck|Zürich|remote))
Wohnanschrift: {a1.line}
Private E-Mail: {p1.email}
Gehaltskonto: IBAN {iban}
Steuer-ID: {taxid}
Führungskraft: {p2.full}""",
    """{p1.first} hat sich heute krankgemeldet (Grippe), voraussichtlich bis {d.weekday}. {p2.first} übernimmt die Kasse. AU kommt per Post. – {p3.first}""",
    """Notfallkontakte Filialteam
{p1.full} – Partner:in: {p4.full}, {p4.phone}
{p2.full} – {p5.mutter}: {p5.hon_de}, {p5.phone}
{p3.full} – keine Angabe""",
    """Schlüssel und Alarmcode am {d.date} an {p1.full} übergeben. Schlüssel von {p2.full} (Austritt) zurück. Schlüsseldienst kommt {d.weekday}, Ansprechpartner {p3.first}, {p3.phone}.""",
    """Lohnbüro: {p1.full} hat neue Steuerklasse, Steuer-ID {taxid} (unverändert), neue Bankverbindung IBAN {iban}. Bitte vor der Abrechnung {d.month} einpflegen.""",
    """Abschiedskarte für {p1.full} 🎉 liegt in der Schublade von {p2.first} – bis {d.weekday} unterschreiben! Geld fürs Geschenk bitte an {p2.first}, bar oder auf {iban}.""",
]

# ---------------------------------------------------------------- Gästelisten
DE["guest_list"] = [
    """Gästeliste Presse-Preview {d.date}, {d.room}
{x.guests}

Bitte Lichtbildausweis mitbringen. Ansprechpartner am Tag: {p1.full}, {p1.phone}""",
    """Zusagen bisher ({d.qty}):
{x.guests}""",
    """Sitzordnung Sommerfest
{x.guests}

Tischplan final bis {d.weekday}.""",
    """Community-Wanderung Zugspitze – Anmeldeliste
{x.guests}

Treffpunkt: Parkplatz Eibsee, 7:30 Uhr""",
]

# ---------------------------------------------------------------- Newsletter-Anmeldeprotokolle
DE["signup_log"] = [
    """newsletter.log (Auszug)
{x.signups}""",
    """Double-Opt-in-Bericht {d.date}
{x.signups}

{d.qty} Bestätigungen, 0 Bounces""",
    """Anmeldungen vom Messestand (Papierformulare, abgetippt):
- {p1.full}, {p1.email}, Einwilligung angekreuzt
- {p2.full}, {p2.email}, Einwilligung angekreuzt, will auch den B2B-Verteiler
- {p3.full}, {p3.wemail}, keine Einwilligung → nicht eintragen""",
    """Verdächtige Anmeldewelle (Bot?), alles innerhalb einer Stunde:
{x.signups}
→ per Rate-Limit gesperrt""",
]

# ---------------------------------------------------------------- Pressemitteilungen
DE["press_contact"] = [
    """###

Pressekontakt
{p1.full}
Leitung Kommunikation, Talgrat Outdoor GmbH
{p1.shopemail}
{p1.phone}

Über Talgrat: Gegründet im Allgäu, macht Talgrat technische Outdoorbekleidung für Menschen, die bei jedem Wetter unterwegs sind.""",
    """Medienanfragen: {p1.full} | {p1.phone} | {p1.shopemail}
Bildmaterial in Druckqualität: talgrat.de/presse""",
    """Für Interviews mit Gründer:in {p2.full} wenden Sie sich bitte an unsere Agentur {co}:
{p3.full}
{a1.line}
T {p3.phone}
{p3.wemail}""",
    """HINWEIS FÜR REDAKTIONEN
Testmuster der {d.prod} gibt es ab {d.date}. Bitte melden Sie sich mit Ihrer Lieferadresse bei {p1.firstinit} ({p1.shopemail}).
Pressestelle Österreich: {p2.full}, {phone.at}""",
]

# ---------------------------------------------------------------- Beschwerde- und Rücksendebriefe
DE["complaint_letter"] = [
    """{p1.full}
{a1.block}

Talgrat Outdoor GmbH
Kundenservice
Postfach 12 34
87435 Kempten

{a1.town}, {d.date}

Reklamation Bestellung {d.order} – {d.prod}

Sehr geehrte Damen und Herren,

nach zwei Touren hat sich die Membran meiner Jacke abgelöst. Ich bitte um Erstattung des Kaufpreises auf die Karte, mit der ich bezahlt habe.

Mit freundlichen Grüßen

{p1.full}""",
    """{p1.full} · {a1.line} · {p1.phone}

An den Kundenservice

Betreff: Gebrauchte Ware erhalten

Am {d.date} habe ich eine {d.kind} bestellt (Bestellung {d.order}). Sie kam getragen an, in der Tasche ein Kassenbon auf den Namen {p3.full}. Ich erwarte neue Ware und eine Erklärung.

Freundliche Grüße
{p1.full}""",
    """Hallo,
ich bin echt sauer. Ich hab die Schuhe am {d.date} zurückgeschickt (Sendung {d.tracking}) und imer noch kein Geld. {p1.full}, Bestellnr. {d.order}, Telefon {p1.phone}. Wenn bis {d.weekday} nichts passiert, geh ich zur Verbraucherzentrale.
{p1.first}""",
    """Unser Zeichen: {d.ticket}/Kr
Ihr Zeichen: Bestellung {d.order}

Sehr geehrte Damen und Herren,

wir vertreten {p1.hondatfull}, {a1.line}. Unser:e Mandant:in erwarb in Ihrem Onlineshop eine {d.kind}, die …

Mit freundlichen Grüßen
{co}""",
    """RÜCKSENDESCHEIN
Name: {p1.full}
Bestellung: {d.order}
Grund: 04 (defekt)
Erstattung auf: ((ursprüngliche Zahlungsart|Bankkonto)) – IBAN {iban}
Unterschrift: {p1.initlast}   Datum: {d.date}""",
    """An wen auch immer: Ihr Paketdienst hat mein Paket bei jemandem in Nr. ((27|4|11)) abgegeben, den ich gar nicht kenne ({p2.hon_de}?). Ich wohne {a1.in}. Bitte sorgen Sie dafür, dass das nicht wieder passiert. {p1.full}""",
]

# ---------------------------------------------------------------- handschriftliche Notizen
DE["handwritten"] = [
    """notiz für {p2.first}: {p1.lower} hat wg. jacke angerufen, bitte nach 16 uhr zurückrufen {p1.phone}. neue adr. -> {a1.inline}""",
    """ladennotiz – dame (fr. {p1.last}?) will {d.prod} in {d.size}, kommt sa wieder. tel {p1.phone}""",
    """[Foto vom Post-it, abgetippt]
RÜCKRUF!!
{p1.lower}
{p1.phone}
wg. bestellung {d.order} (falsche größe)""",
    """to do
- {p1.first} bei {co} anrufen ({p1.phone})
- muster an {a1.line}
- {p2.full} wg. rechnung nachhaken""",
    """retourentheke {t.0.ddmm}
1x {d.kind} {d.size} – {p1.lower}, erstattung karte
1x schuhe – {p2.lower}, umtausch gr. ((38|39|40|41|42|43|44|45))
{p3.lfirst} wg. inventur fragen""",
    """auf die rückseite vom lieferschein gekritzelt: „wenn nicht da bei {p2.lfirst} nebenan abgeben (nr. ((12|5|22))) – {p1.lfirst} {p1.phone}" """,
]

# ---------------------------------------------------------------- CSV/TSV-Exporte
DE["export"] = [
    """{x.table}""",
    """Leads von der Messe (Export {d.date}):

{x.table}""",
    """```
{x.table}
```""",
    """Hier die Liste, die du wolltest – bitte nicht außerhalb vom Team weiterleiten.

{x.table}

LG {p1.first}""",
    """Als Text, weil der Anhang nicht durchging:
{x.table}""",
    """bericht_{d.qty}.csv
{x.table}
-- Dateiende --""",
]

# ---------------------------------------------------------------- Adressen im Fließtext, c/o, Postfach
DE["address_text"] = [
    """Kurze Info: {p1.full} ist umgezogen, neue Anschrift {a1.inline}. Bitte vor dem Katalogversand im CRM ändern.""",
    """{p1.full} wohnt seit ((letztem Monat|März|dem Sommer)) {a1.in}, deshalb kam das Paket an die alte Adresse zurück.""",
    """Bitte nicht an meine Meldeadresse schicken, sondern an:
{p1.full}
c/o {p2.full}
{a1.block}
Ich wohne bis {d.date} dort. Danke! {p1.first}""",
    """Unsere Rechnungsanschrift ist Postfach 22 10, {a1.townline}, Lieferungen aber bitte an {a2.inline}. Am Wareneingang nach {p1.first} fragen.""",
    """Der Laden ist {a1.in}, gegenüber vom ((Bahnhof|Rathaus|Kino)); fragt an der Kasse nach {p1.full}, {p1.er} hat eure Bestellung.""",
    """Hallo, in meinem Kundekonto steht noch {a1.street}, richtig ist aber {a2.inline}. Sorry! {p1.full}""",
]

# ---------------------------------------------------------------- Zahlung und Abrechnung
DE["billing"] = [
    """Hallo, die Zahlung klappt einfach nicht, dreimal probiert. Kartennummer {card}, gültig bis {d.expiry}, Karteninhaber {p1.upper}. Könnt ihr die Bestellung {d.order} manuell buchen?
{p1.first}""",
    """Rückbelastung – Vorgang {d.ticket}
Karteninhaber:in: {p1.full}
Karte: {card}
Umsatz: {d.date}, {d.price}, Bestellung {d.order}
IP beim Checkout: {ip}
Rechnungsanschrift: {a1.line}
Grund: Ware nicht erhalten""",
    """SEPA-Lastschriftmandat
Zahlungsempfänger: Talgrat Outdoor GmbH · Gläubiger-Identifikationsnummer {d.creditor}
Mandatsreferenz: {d.customer}
Kontoinhaber:in: {p1.full}
Anschrift: {a1.line}
IBAN: {iban}
BIC: {d.bic}
{a1.town}, {d.date} – Unterschrift""",
    """Auszahlung Creator-Programm {d.month}
Creator: {p1.full} (Instagram, Bergsport)
Auszahlungskonto: {iban}
Steuerliche Identifikationsnummer: {taxid}
Kleinunternehmerregelung, keine USt
Betrag: {d.price}""",
    """Betrugsprüfung {d.ticket}: Bestellung {d.order} von {ip} (VPN?), Lieferung an {a1.line}, Rechnungsname {p1.full}, Karte {card}. Drei verschiedene Karten in 10 Minuten. Gesperrt von {p2.first}.""",
    """Könnt ihr bitte auf ein anderes Konto erstatten? Kontoinhaber {p2.full}, IBAN {iban}. Die Karte mit Endung {d.last4} ist gekündigt. Bestellung {d.order}.
Danke, {p1.full}""",
    """Zahlungsdaten geändert durch {p1.full} ({p1.email}) von IP {ip} am {t.0.dmy}: neue Karte Endung {d.last4}, alte IBAN {iban} entfernt. Bestätigung verschickt.""",
    """telefonische bestellung – karte am telefon durchgegeben: {card}, gültig bis {d.expiry}, prüfziffer genannt (nicht gespeichert!), name {p1.full}, lieferung an {a1.line}. aufgenommen von {p2.first}""",
]
