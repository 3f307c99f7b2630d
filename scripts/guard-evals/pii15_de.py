"""Deutsche Vorlagen der fünfzehnten PII-Bank. Jede Liste wird nach Position geteilt: gerade =
dev15, ungerade = heldout15 (pii15_core.half)."""


def _t(items):
    return [s.strip("\n") for s in items]


PHRASES = {
    "greet": ["Hallo zusammen,", "Moin,", "Servus miteinand,", "Guten Morgen ihr Lieben,", "Grüezi mitenand,", "Hallo Team,", "Liebe Kolleginnen und Kollegen,", "Hi ihr,"],
    "bye": ["Viele Grüße", "LG", "Beste Grüße", "Danke dir", "Mit freundlichen Grüßen", "Liebe Grüsse", "Schöne Grüße", "Gruß"],
    "fyi": ["Zur Info", "Achtung", "Kurz notiert", "Wichtig", "Nur damit ihr Bescheid wisst", "FYI"],
}

GENRES = {
    "sql_dump": _t([
        """
-- Export Kundentabelle für Rückruf {d.product}, Stand {d.date}
INSERT INTO kunden (kdnr, vorname, nachname, email, telefon, strasse, plz, ort) VALUES
('{d.cust}', '{p1.first}', '{p1.last}', '{p1.email}', '{p1.phone}', '{a1.street}', '{a1.zip}', '{a1.town}');
""",
        """
SELECT kdnr, name, mail, letzte_ip FROM konten WHERE kdnr IN ('{d.cust}', '{d2.cust}');
 kdnr | name | mail | letzte_ip
------+------+------+-----------
 {d.cust} | {p1.full} | {p1.email} | {ip}
 {d2.cust} | {p2.full} | {p2.email} | {ip2}
(2 Zeilen)
""",
        """
UPDATE auftraege SET lief_name = '{p1.full}', lief_strasse = '{a1.street}', lief_tel = '{p1.phone}'
 WHERE auftragsnr = '{d.order}';  -- lt. Ticket {d.ticket}, Kundin ist umgezogen
""",
        """
-[ RECORD 1 ]-+---------------------------
kundennr      | {d.cust}
vorname       | {p1.first}
nachname      | {p1.last}
iban_lastschr | {iban}
anmelde_ip    | {ipx}
angelegt      | {d.iso}
""",
        """
-- Testdaten Staging, NICHT in Prod übernehmen (versehentlich echte Daten, siehe {d.ticket})
INSERT INTO nl_anmeldungen VALUES ('{p1.email}', '{ip}', '{d.iso}', 'DOI');
INSERT INTO nl_anmeldungen VALUES ('{p2.email}', '{ip2}', '{d2.iso}', 'SOI');
""",
        """
SELECT * FROM auszahlungen WHERE empfaenger = '{p1.full}';
 id | empfaenger | iban | steuer_id | betrag
----+------------+------+-----------+--------
 {d.qty} | {p1.full} | {iban} | {tax} | {d.amount}
""",
    ]),
    "bug_report": _t([
        """
BUG-{d.qty}: Checkout wirft 500, wenn die Hausnummer einen Schrägstrich hat
Schritte: als Testkunde einloggen, {d.kind} {d.product} ({d.sku}) in den Warenkorb, Kreditkarte.
Echter Payload aus Prod (Kundin {p1.full} hat zugestimmt):
  "rechnung": {"strasse": "{a1.street}", "tel": "{p1.phone}"}
Zuständig: {p2.first}
""",
        """
**Fehlerbeschreibung**
Die Adress-Autovervollständigung schneidet die Top-Nummer ab. Gemeldet von {p1.full} im Chat, eingegeben hat er {a1.one}.
**Umgebung** Web {d.version}, Firefox, Client-IP {ip}
**Verantwortlich** @{p2.lower}
""",
        """
[QA] Zahlungs-Widget schreibt die volle Kartennummer ins Debug-Log!
Gefunden in den Logs von {d.version}: pan={card} inhaber="{p1.caps}" ablauf={d.expiry}
Bitte die Zeilen löschen. Gesehen hat's {p2.full}. {bye}
""",
        """
Ticket #{d.qty}{d.n}: doppelte Konten nach SSO-Zusammenführung
Zwei Konten für {p1.lf}: {p1.email} und {p1.workmail}. Beim Merge blieb die falsche Nummer ({p1.phone}) stehen.
Nachgestellt auf Build {d.version}. cc {p2.full}
""",
        """
Titel: Versand-API lehnt Schweizer Adressen mit „CH-“ ab
Fehlgeschlagene Anfrage zu Auftrag {d.order}:
  empfaenger: {p1.full}
  adresse: {a1.one}
Antwort 422 „ungültige PLZ“. Bitte {p2.first} Bescheid geben, wenn's behoben ist.
""",
        """
Sentry-Alarm {d.hash}: ValueError im Erstattungsdienst
  user.email = {p1.email}
  user.ip_address = {ipx}
  extra.iban = {iban}
Zuständig heute: {p2.full} (Rufbereitschaft)
""",
    ]),
    "admin_audit": _t([
        """
{d.dt}  admin={p2.lower}  aktion=kunde.aendern  kunde={d.cust}  feld=telefon  alt="{p1.phone}"  neu="{ph}"  quelle={ip}
{d2.dt}  admin={p2.lower}  aktion=kunde.ansehen  kunde={d.cust}  quelle={ip}
""",
        """
Änderungsprotokoll Kunde {d.cust}
• {d.date} {d.time}: Lieferadresse geändert auf „{a1.one}“ durch {p2.full} (Innendienst)
• {d2.date}: E-Mail geändert auf {p1.email} durch Kunden von {ipx}
• {d3.date}: Notiz „möchte Rechnungskopie“
""",
        """
[audit] {d.iso} benutzer="{p2.first} {p2.last}" rolle=service ereignis=pii_export ziel="{p1.full}" zeilen=1 ip={ip} grund="Auskunft Art. 15, {d.ticket}"
""",
        """
Mitarbeiter-Log Shop-Backend
{d.time} {p2.full} hat {d.price} zu Auftrag {d.order} erstattet
{d2.time} {p2.full} hat die Lieferadresse bearbeitet: {a1.one}
{d3.time} {p3.full} hat das Tag „Stammkunde“ gesetzt
""",
        """
ereignis: dsgvo.loeschung.abgeschlossen
beantragt_von: {p1.email}
antrag_ip: {ipsix}
freigegeben_von: {p2.full}
geloeschte_datensaetze: {d.qty}
""",
        """
Protokoll 2FA-Zurücksetzung
{d.dt} Anfrage für {p1.email} von {ip}
{d2.dt} Identität geprüft durch {p2.first} (Rückruf unter {p1.phone})
{d3.dt} zurückgesetzt
""",
    ]),
    "raw_mail_header": _t([
        """
Return-Path: <{p1.email}>
Received: from [{ip}] by mx1.talgrat.de with ESMTPSA; {d.date} {d.time}
From: "{p1.full}" <{p1.email}>
To: {shop.role}
Subject: AW: Ihre Bestellung {d.order}
""",
        """
X-Originating-IP: [{ip}]
Von: {p1.full} <{p1.email}>
Antwort an: {p2.email}
Datum: {d.weekday}, {d.date} {d.time}
Betreff: WG: Garantiefall {d.rma}
""",
        """
Delivered-To: {shop.role}
Received: from mout.gmx.net ([{ip}])
Sender: {p1.email}
From: {p1.capslf} <{p1.email}>
Message-ID: <{d.hash}@gmx.net>
""",
        """
Header der verdächtigen Mail ({fyi} an die IT-Sicherheit):
From: "Talgrat Kundenservice" <{p1.email}>
Received: from unknown ([{ip}])
X-Mailer: PHPMailer {d.version}
Der Absender gehört nicht zu uns; im Text unterschreibt eine „{p2.full}“.
""",
        """
Authentication-Results: spf=pass smtp.mailfrom={p1.email}
Received: from [{ipsix}] by smtp.web.de
From: {p1.lf} <{p1.email}>
Cc: {p2.full} <{p2.email}>
""",
        """
Original-Header (wie von {p2.first} aus der IT gewünscht):
From: {p1.first} <{p1.email}>
X-Sender-IP: {ip}
X-Forwarded-For: {ip2}
Subject: Angebot Sammelbestellung Verein
""",
    ]),
    "customs_form": _t([
        """
ZOLLINHALTSERKLÄRUNG CN 23
Absender: Talgrat Outdoor, Zentrallager
Empfänger: {p1.caps}
{a1.blockc}
Tel.: {p1.phone}
Inhalt: 1 x {d.kind}, Zolltarifnr. {d.hs}, Wert {d.price}, Gewicht {d.weight}
""",
        """
Proforma-Rechnung {d.invoice} (Ersatzlieferung, ohne Berechnung)
Empfänger: {p1.full}, {a1.onec}
Telefon / E-Mail: {p1.phone} / {p1.email}
Grund der Ausfuhr: Garantieersatz {d.rma}
""",
        """
Ihre Sendung {d.tracking} an {p1.honfull} liegt beim Zoll. Bitte schicken Sie uns die Rechnung an {shop.role}, sonst rufen wir am {d.weekday} unter {p1.phone} an.
""",
        """
CN 22 — Geschenk / Warenmuster
Name Empfänger: {p1.lastcaps}
Straße: {a1.street}
PLZ/Ort: {a1.townline}
Inhalt: {d.kind} {d.product}, {d.qty} Stk., {d.price}
""",
        """
{force.ch}Verzollt in die Schweiz (DDP) — Importeur: {p1.full}
Lieferadresse: {a1.one}
Natel für den Fahrer: {p1.mobile}
Warenwert {d.price}, Tarifnr. {d.hs}
""",
        """
Vom Zoll zurück ({d.date}): Zollinhaltserklärung für {p1.full} mit falschem Warenwert. Korrektur ging an {p2.full} ({p2.email}).
""",
    ]),
    "carrier_claim": _t([
        """
Schadensmeldung {d.awb} — Paket eingedrückt angekommen
Empfänger: {p1.full}, {a1.one}
Zeuge bei Zustellung: Nachbar {p2.full}
Erstattung an Empfängerkonto: {iban}
Bearbeitung: {p3.full}, Reklamationsstelle
""",
        """
Hallo {p1.first},
danke für die Fotos! Ich habe beim Paketdienst einen Schadensfall aufgemacht (Nr. {d.awb}). Kann sein, dass die dich unter {p1.phone} anrufen und nach der Verpackung fragen.
{bye}
{p2.first}
""",
        """
Nachforschungsauftrag Verlust
Absender: Talgrat Outdoor
Empfänger: {p1.lf}
Zustelladresse: {a1.block}
Warenwert: {d.price}
Letzter Scan: {d.date} {d.time}, Zustellbasis
""",
        """
Antwort der Spedition: Für den Schaden bei {p1.honfull} zahlen wir {d.price}. Laut Fahrer {p2.first} wurde das Paket am {a1.line} abgestellt (Ablagevertrag).
""",
        """
Schadensliste Q{d.n}
Nr;Empfänger;Straße;Schaden
{d.awb};{p1.full};{a1.street};durchnässt
{d2.awb};{p2.full};{a2.street};Karton gerissen
""",
        """
Transportschaden Palette {d.sku}: Wareneingang {p1.full} (Handy {p1.mobile}) hat die Ablieferquittung mit Vorbehalt „2 Kartons feucht“ unterschrieben.
""",
    ]),
    "neighbour_delivery": _t([
        """
Wir haben Sie leider nicht angetroffen. Ihre Sendung {d.tracking} wurde bei Ihrem Nachbarn {p1.full}, {a1.line}, abgegeben.
Fragen? Fahrer erreichbar unter {ph}.
""",
        """
Ablagevertrag
Kunde: {p1.full}
Anschrift: {a1.one}
Wenn ich nicht da bin, bitte bei {p2.first} im EG abgeben oder in die Garage.
Unterschrieben am {d.date}
""",
        """
notiz vom fahrer: keiner da, paket bei der nachbarin ({p1.lower} {p1.last}) abgegeben, sie schreibt {p2.first} kurz unter {p2.mobile}
""",
        """
Ihre Bestellung {d.order} wurde an {p2.full} (Nachbar), {a2.one}, zugestellt. Bitte dort abholen.
""",
        """
Hallo, hier ist {p1.first} von nebenan. Ich hab ein Talgrat-Paket für {p2.full} angenommen, wenn's bis {d.weekday} keiner holt, bring ich's zur Post. {p1.phone}
""",
        """
Zustellwünsche gespeichert für {p1.email}:
- Nachbarschaftsabgabe: ja ({p2.full}, 2. OG)
- Ablageort: nein
- Hinweis: zweimal klingeln
""",
    ]),
    "address_validation": _t([
        """
Adresskorrektur durch den Zusteller ({d.date}):
vorher: {p1.full}, {a1.street}
nachher: {p1.full}, {a2.one}
Bitte mit dem Kunden unter {p1.email} abklären.
""",
        """
Adressprüfung fehlgeschlagen, Auftrag {d.order}
Karteninhaber: {p1.caps}
Rechnungsstraße: {a1.street}
PLZ eingegeben: {d.zip} (kein Treffer)
Maßnahme: anhalten, {p1.phone} anrufen
""",
        """
Vorschlag Adressvalidierung für {p1.full}:
  eingegeben {a1.one}
  vorgeschlagen {a2.one}
Kundin hat den Vorschlag am {d.date} übernommen.
""",
        """
Hallo {p1.first}, unser Fahrer findet {a1.line} nicht. Schick uns bitte die komplette Adresse mit PLZ oder ruf kurz an: {ph}. Danke! Dein Talgrat-Versand
""",
        """
Klärfälle Adresse
#1 {p1.full} — „{a1.street}“ ohne Ort
#2 {p2.full} — {a2.one} (nach Korrektur ok)
""",
        """
Retoure an Absender: {d.tracking}, Empfänger {p1.honfull} unter {a1.one} unbekannt. Vertrieb ({p2.first}) schreibt an {p1.email}.
""",
    ]),
    "pos_receipt": _t([
        """
TALGRAT OUTDOOR · FILIALE {d.qty}
{d.date} {d.time}  Kasse 2
{d.kind} {d.product}   {d.price}
EC-Karte: {d.masked}
Es bediente Sie: {p1.first}
Kundenkarte: {p1.caps}
Vielen Dank für Ihren Einkauf!
""",
        """
Belegkopie (per Mail angefordert von {p1.email})
Mitglied: {p1.full}, Mitgliedsnr. {d.cust}
Artikel: {d.qty} x {d.kind}
Summe {d.price} — kontaktlos bezahlt {d.masked}
Kassierer/in {p2.full}
""",
        """
STORNO Kasse 3 um {d.time}: Kassiererin {p1.full}, Freigabe {p2.full}. Karte manuell eingegeben: {card}. Kunde hat für die Erstattung seine Nummer hinterlassen: {ph}.
""",
        """
*** GESCHENKBELEG ***
{d.product} {d.kind} Gr. {d.n}
Für: {p1.first}  Von: {p2.first}
Umtausch innerhalb 60 Tagen. Es bediente Sie {p3.first}
""",
        """
{force.ch}Bondruck #{d.order}
Ausfuhrbescheinigung (Tax Free) für {p1.lastcaps}, Wohnsitz {a1.country}
Adresse: {a1.one}
Kasse: {p2.init}
""",
        """
Kassenbericht: {p1.full} (Schichtleitung) hat gezählt, {d.price} Fehlbetrag; {p2.full} war dabei. Terminal um {d.time} ausgefallen, Kartenabdruck {card} liegt im Tresor.
""",
    ]),
    "product_registration": _t([
        """
Produktregistrierung bestätigt
Produkt: {d.product} {d.kind}, Seriennr. {d.serial}
Registriert auf: {p1.full}
E-Mail: {p1.email}
Anschrift: {a1.one}
Garantieverlängerung bis {d.date}
""",
        """
registrierung={d.uuid} seriennr={d.serial} besitzer="{p1.full}" mail={p1.email} ip={ip} zeit={d.iso}
""",
        """
Besitzerwechsel: {d.product} ({d.serial}) gebraucht verkauft von {p1.full} an {p2.full} am {d.date}. Telefon neue Besitzerin: {p2.phone}.
""",
        """
Garantiekarte (abgetippt)
NAME: {p1.capslf}
STRASSE: {a1.street}
PLZ/ORT: {a1.townline}
TELEFON: {p1.phone}
Gekauft bei: {d.company}, {d.date}
""",
        """
Hallo {p1.first}, danke für die Registrierung deines {d.kind}! Seriennummer {d.serial} ist jetzt mit {p1.email} verknüpft. Heb dir die Mail als Kaufbeleg auf.
""",
        """
Registrierungen ohne Einwilligung (IT-Export)
{p1.email};{d.serial};{ip}
{p2.email};{d2.serial};{ip2}
""",
    ]),
    "recall_contact": _t([
        """
Rückruf {d.product} Schnalle — Anrufliste (Charge {d.sku})
1. {p1.full} — {p1.phone} — erreicht, Retourenlabel raus
2. {p2.full} — {p2.phone} — Mailbox
3. {p3.full} — {p3.email} — nur per Mail
""",
        """
{p1.dear},
laut unseren Unterlagen haben Sie am {d.date} einen {d.kind} „{d.product}“ gekauft. Die Brustgurtschnalle kann bei Frost brechen. Bitte nicht mehr verwenden; wir schicken Ihnen kostenlos Ersatz an {a1.one}.
""",
        """
Rückrufstand {d.date}: {p1.full} hat die Schnalle in der Filiale getauscht; {p2.full} möchte Geld zurück auf {iban}.
""",
        """
rückruf-hotline: {p1.lower} hat von {p1.phone} angerufen, hat zwei stück (seriennr. {d.serial}, {d2.serial}), möchte abholung am {a1.line}
""",
        """
Liebe/r {p1.first},
wichtiger Sicherheitshinweis zu deinem {d.kind}. Antworte einfach auf diese Mail oder ruf die Rückruf-Hotline an und nenn die Nummer {d.ticket}.
Dein Talgrat-Kundenservice
""",
        """
Rückruf nicht erreicht
{p1.lf}; {a1.street}; Brief am {d.date}
{p2.lf}; {a2.street}; Brief zurück
""",
    ]),
    "club_discount": _t([
        """
Vereinsrabatt — Alpenverein Sektion {a1.town}
Ansprechpartnerin Geschäftsstelle: {p1.full}, {p1.email}
Neu auf die Liste (15 %):
- {p2.full}
- {p3.full}
- {p4.full}
""",
        """
Hallo liebes Talgrat-Team, ich bin Kassenwart in unserem Kletterverein. Die Sammelrechnung bitte an mich: {p1.full}, {a1.one}. Tel. {p1.phone}. {bye}, {p1.first}
""",
        """
mitgliedsnr;name;mail
{d.cust};"{p1.lf}";{p1.email}
{d2.cust};"{p2.lf}";{p2.email}
""",
        """
Vereinsausweis an der Kasse: {p1.caps} hat Ausweis {d.cust} gezeigt, abgelaufen {d.expiry}. Rabatt trotzdem gegeben von {p2.first}.
""",
        """
Bergwacht-Rabatt — Kontakt {p1.honfull}, Telefon Bereitschaft {co.phone}. Bitte noch {p2.full} und {p3.full} aufnehmen.
""",
        """
Verlängerungsschreiben an den Vorsitzenden {p1.full}
{a1.block}
Lieber {p1.first}, eure Vereinbarung läuft am {d.date} aus.
""",
    ]),
    "school_order": _t([
        """
Sammelbestellung Klasse 9b (Skilager) — verantwortliche Lehrkraft: {p1.honfull}
Lieferung ans Sekretariat, z. Hd. {p1.hon}
{a1.block}
{d.qty} x {d.kind} {d.product}, Größen laut Liste
""",
        """
Größenliste Eltern (Wander-AG)
{p1.first} {p1.last} — M — bezahlt
{p2.first} {p2.last} — L — Mutter {p3.full} überweist
""",
        """
Guten Tag, ich leite die Outdoor-AG an unserer Schule. Rechnung bitte an den Förderverein, z. Hd. {p1.full}, Lieferung an {a1.one}. Handy {p1.mobile}.
""",
        """
Angebot {d.invoice}: {d.qty} Regenjacken für die Klassenfahrt. Ansprechpartner: {p1.full} ({p1.email}). Zweite Begleitperson: {p2.full}, {p2.mobile}.
""",
        """
Schulkonto-Notiz: Fachschaft Sport hat gewechselt, neu ist {p2.full}, {p2.email}. Lieferadresse bleibt.
""",
        """
Packliste pro Kind — {p1.full}: Schuhe Gr. {d.n}; {p2.full}: Jacke S. Elternkontakt für {p2.first}: {p3.phone}
""",
    ]),
    "sponsorship_application": _t([
        """
Bewerbung Athletenförderung
Name: {p1.full}
Sportart: Skitouren
Instagram: {p1.handle}
Anschrift: {a1.one}
Telefon: {p1.phone}
Ergebnisse {d.year}: 2. Platz {d.product}-Trail
""",
        """
Hallo Talgrat, ich bin {p1.full}, Kletterin aus {a1.town}, und würde gern ins Botschafterprogramm. Erreichbar unter {p1.email}. Mein Trainer {p2.full} gibt gern eine Referenz.
""",
        """
Athletenvertrag — Zahlungsdaten
Athlet/in: {p1.full}
Bankverbindung: {iban}
Steuer-ID: {tax}
Honorar: {d.price} pro Quartal
""",
        """
Shortlist Botschafter {d.year}: {p1.full} (Skitouren), {p2.full} (Bouldern), {p3.first} (Packrafting, Nachname folgt)
""",
        """
Absage: Liebe(r) {p1.first}, danke für deine Bewerbung. Diese Saison nehmen wir leider niemanden neu auf. Sportliche Grüße, {p2.full}, Brand-Team
""",
        """
Reiseliste Team
{p1.caps} — {p1.mobile}
{p2.caps} — {p2.mobile}
Teamleitung: {p3.full}
""",
    ]),
    "tester_panel": _t([
        """
Testerpanel — {d.kind} {d.product}
Ausgewählt:
{p1.full}, {a1.one}
{p2.full}, {a2.one}
Versand Muster: {d.date}
""",
        """
Glückwunsch {p1.first}! Du bist als Testerin für den {d.product} dabei. Bitte bestätige deine Lieferadresse ({a1.one}) per Antwort an {shop.role}.
""",
        """
testerfeedback #{d.qty}: {p1.lower} findet die kapuze zu klein, bittet um rückruf unter {p1.phone}
""",
        """
Testervereinbarung unterschrieben von {p1.full} am {d.date}. Warenwert {d.price}; Steuer-ID für die Meldung: {tax}. Betreuung: {p2.full}
""",
        """
Testerpool (Opt-in)
{p1.email} | Trail | {d.size}
{p2.email} | Hochtour | {d2.size}
""",
        """
Erinnerung an alle, die noch nicht bewertet haben: {p1.full}, {p2.full}. {p3.first} hat das Muster an {a1.line} zurückgeschickt.
""",
    ]),
    "crowdfunding_backers": _t([
        """
Unterstützerbericht — {d.product} Startnext
id,name,mail,dankeschoen,land
{d.cust},{p1.full},{p1.email},Frühbucher,{a1.cc}
{d2.cust},{p2.full},{p2.email},Paket {d.price},{a2.cc}
""",
        """
Umfrage-Antwort Unterstützer: Lieferung an {p1.full}
{a1.blockc}
Telefon für den Kurier: {p1.phone}
""",
        """
Zahlung fehlgeschlagen: Karte {card} für {p1.full} abgelehnt, neuer Versuch am {d.date}.
""",
        """
Update an alle Unterstützer: {greet} ein riesiges Dankeschön an {p1.full} und {p2.full}, die am Prototyp den klemmenden Reißverschluss gefunden haben!
""",
        """
Doppelte Unterstützung? {p1.email} und {p2.email} gehören beide zu {p1.full}, gleiche IP {ip}. Vor dem Versand zusammenführen.
""",
        """
Versand-Ausnahmen:
- {p1.full}: Adresse unvollständig („{a1.street}“)
- {p2.full}: umgezogen nach {a2.one}
- {p3.full}: Karte {card} doppelt belastet, Erstattung offen
""",
    ]),
    "gift_registry": _t([
        """
Hochzeitstisch {p1.full} & {p2.full}
Lieferung nach der Hochzeit an {a1.one}
Noch offen: {d.kind} {d.product}, {d.kind} x2
""",
        """
Jemand hat das Zelt von eurer Wunschliste gekauft! Nachricht von {p3.first}: „Allzeit gute Tour, eure {p3.full}“. Versand an {a1.line}.
""",
        """
Geburtsliste angelegt von {p1.full} ({p1.email}), ET {d.date}. Mitverwalter: {p2.full}.
""",
        """
Suchprotokoll Wunschlisten: Gast hat „{p1.lowerfull}“ gesucht, von {ip}, 1 Treffer.
""",
        """
Hallo {p1.first}, deine Wunschliste schließt am {d.date}. Übrige Gutscheine schicken wir an {p1.email}. Fragen: {shop.role}
""",
        """
Beiträge zur Wunschliste
{p1.init} — {d.price}
{p2.init} — {d2.price}
Dankeskarten bitte an {p3.full}, {a1.one}
""",
    ]),
    "sample_loan": _t([
        """
Musterverleih Presse
Entleiherin: {p1.full}, Styling
Redaktion: {d.company}
Teile: {d.kind} {d.product} ({d.sku}), {d.kind}
Rückgabe bis {d.date} ins Showroom. Kaution per Karte: {card}
""",
        """
Muster unterwegs — KW {d.n}
{p1.full} ({p1.mobile}) — 3 Teile — Shooting in {a1.town}
{p2.full} ({p2.mobile}) — 1 Teil — überfällig
""",
        """
Hi {p1.first}, der Kurier holt die Muster am {d.weekday} bei dir ab ({a1.one}). Pack sie bitte schon ein. {bye}, {p2.first} (PR)
""",
        """
Leihschein unterschrieben: {p1.lf}, Adresse {a1.one}, Kontakt {p1.email}. Kaution Karte {card}, gültig bis {d.expiry}.
""",
        """
Muster nach Shooting weg: Fotograf {p1.full} sagt, Assistentin {p2.full} hat's zurückgebracht; Kurierbeleg zeigt {a1.line}.
""",
        """
PR-Lieferschein
AN: {p1.caps}
{a1.block}
Inhalt: {d.qty} Muster, unverkäuflich
""",
    ]),
    "course_certificate": _t([
        """
TEILNAHMEBESTÄTIGUNG
Hiermit bestätigen wir, dass {p1.caps}
am {d.date} am Lawinenkurs (Stufe 1) teilgenommen hat.
Kursleitung: {p2.full}
""",
        """
Anwesenheitsliste Orientierungskurs
{p1.full}   anwesend
{p2.full}   anwesend
{p3.full}   abwesend (Erstattung auf {iban})
""",
        """
Hallo {p1.first}, anbei deine Bestätigung vom Kurs am {d.weekday}. {p2.first} (dein Bergführer) hat mich gebeten, dir auch die Fotos zu schicken.
""",
        """
Bestätigung neu ausstellen: Name falsch geschrieben als „{p1.last}“ — richtig ist {p1.full}. Bitte an {p1.email}.
""",
        """
Erste-Hilfe-Auffrischung — Notfallkontakte
{p1.full}: {p2.full} ({p2.phone})
{p3.full}: {p4.full} ({p4.phone})
""",
        """
Rechnung des Bergführers anbei; Teilnehmende {d.qty}. Kursleitung {p1.full}, Assistenz {p2.full}.
""",
    ]),
    "carpool_list": _t([
        """
Teamtag am Berg — Fahrgemeinschaften
Fahrer {p1.first} (ab {a1.line}, 7 Uhr) — Plätze: {p2.first}, {p3.first}
Fahrerin {p4.full} — Handy {p4.mobile}
""",
        """
{greet} wer braucht eine Mitfahrgelegenheit zur Lagerparty? Ich kann drei Leute ab {a1.one} mitnehmen. Schreibt mir unter {p1.mobile} — {p1.first}
""",
        """
Fahrgemeinschaften Filiale
Name | Abholung | Telefon
{p1.full} | {a1.street} | {p1.phone}
{p2.full} | {a2.street} | {p2.phone}
""",
        """
Planänderung: {p1.full} fährt den Bus, {p2.full} nimmt den Zug. Treffpunkt ist bei {p1.first} daheim.
""",
        """
Kleinbus für den Teamtag: Führerscheinkontrolle erledigt für {p1.full} und {p2.full}.
""",
        """
wer nimmt mich nach der inventur mit? {p1.lower} → {p2.lower}, {p3.lower} (raus Richtung {a1.town})
""",
    ]),
    "donation_receipt": _t([
        """
Spendenbestätigung
Dankend erhalten von {p1.full}, {a1.one}
Betrag: {d.price} für den Wegebau-Fonds, {d.date}
Beleg-Nr. {d.invoice}
""",
        """
Aufrunden an der Kasse — größte Spender diesen Monat: {p1.init}, {p2.init}, {p3.full} (möchte genannt werden).
""",
        """
Hallo {p1.first}, danke für deine Jackenspende an die Kleiderkammer. Unsere Partnerin {p2.full} holt gern weitere Spenden bei dir ab ({a1.one}).
""",
        """
SEPA-Lastschriftmandat Spende
Spender: {p1.full}
IBAN: {iban}
Mandatsreferenz {d.mandate}, Gläubiger-ID {d.creditor}
""",
        """
Zuwendungsbestätigung (vereinfacht)
Name und Anschrift: {p1.full}
{a1.block}
Steuer-ID des Zuwendenden: {tax}
Betrag in Ziffern: {d.price}, Tag der Zuwendung {d.date}
""",
        """
Spenderliste Benefiz-Radtour
{p1.lf} — {d.price}
{p2.lf} — {d2.price}
""",
    ]),
    "direct_debit_return": _t([
        """
Rücklastschrift (Grund MD06) zu Auftrag {d.order}
Zahlungspflichtige: {p1.full}
IBAN: {iban}
Betrag {d.price} + Bankgebühr
Nächster Schritt: Zahlungserinnerung an {p1.email}
""",
        """
{p1.dear},
Ihre Bank hat unsere Lastschrift über {d.price} zurückgegeben (Konto {iban}). Bitte überweisen Sie den Betrag oder rufen Sie uns an: {co.phone}.
Ihre Talgrat-Buchhaltung
""",
        """
R-Transaktionen {d.date}
{p1.capslf} | {iban} | AC04 Konto erloschen
{p2.capslf} | {iban2} | MS02 Widerspruch
""",
        """
Widerspruch Lastschrift: Kunde {p1.full} sagt, nicht autorisiert. Mandat {d.mandate} online erteilt von {ip}.
""",
        """
Rücklastschrift: {p1.full} hat jetzt ein neues Konto — {iban}. Neuer Einzug am {d.date}. Notiert von {p2.first}.
""",
        """
Mahnstopp: {p1.full} ({p1.phone}) hat nach der Rücklastschrift per Karte bezahlt.
""",
    ]),
    "vendor_master": _t([
        """
Neuanlage Lieferant
Firma: {d.company}
Ansprechpartner: {p1.full}, Vertrieb
Telefon: {p1.phone}
E-Mail: {p1.workmail}
Bank: {iban}
USt-IdNr.: {d.vat}
""",
        """
Stammdatenänderung Kreditor — Einzelunternehmerin {p1.full} (Fotografie)
Neue IBAN: {iban}
Steuer-ID: {tax}
Geschäftsadresse: {a1.one}
Freigabe: {p2.full}
""",
        """
kreditor;name;art;iban;steuer_id
K{d.qty};{p1.full};Einzelunternehmen;{iban};{tax}
K{d.n}{d.qty};{d2.company};GmbH;{iban2};
""",
        """
Bitte Ansprechpartner Buchhaltung bei {d.company} ändern: {p2.full} statt {p1.full}. Zahlungsavis an {co.role}.
""",
        """
Onboarding freie Texterin: {p1.full}, {a1.one}. Zahlungen auf {iban}. Steuer-ID {tax}, Steuernummer {d.steuernr} (nicht verwechseln).
""",
        """
Lieferantenbesuch: Gespräch mit {p1.full} und {p2.full} in der Näherei; Handy Produktionsleitung {p2.mobile}.
""",
    ]),
    "ugc_rights": _t([
        """
Hallo {p1.handle}! Dein Foto mit dem {d.product} ist großartig. Dürfen wir es im Shop zeigen? Wenn ja, antworte mit „#jaTalgrat“ und sag uns, wen wir nennen sollen.
→ Antwort: klar! Foto: {p1.full}
""",
        """
Bildlizenzvereinbarung
Fotograf: {p1.full}
Anschrift: {a1.one}
Honorar: {d.price}; Zahlung an {iban}
Steuer-ID: {tax}
""",
        """
UGC-Rechteprotokoll
{d.date} {p1.handle} ({p1.full}) — freigegeben, Mail {p1.email}
{d2.date} {p2.handle} — abgelehnt
""",
        """
Die Person auf dem geteilten Foto ist {p2.full}; die Fotografin {p1.full} bestätigt, dass sie einverstanden war. Einwilligung liegt bei {p2.email}.
""",
        """
Bildnachweis fürs Lookbook: „Foto: {p1.full} / Location: {a1.town}“
""",
        """
Löschbitte von {p1.full} ({p1.email}): Bitte nehmt das Foto von eurem Instagram, ich habe nie zugestimmt.
""",
    ]),
    "dock_booking": _t([
        """
Zeitfenster gebucht
Datum: {d.date} {d.time}
Spedition: {d.company}
Fahrer: {p1.full}, Handy {p1.mobile}
Kennzeichen: {d.plate}
Paletten: {d.qty}
""",
        """
Torprotokoll: {d.time} LKW {d.plate} angekommen, Fahrer {p1.caps} (Ausweis geprüft), entladen von {p2.first}.
""",
        """
Hallo {p1.first}, dein Zeitfenster morgen ist auf {d.time} verschoben. Wenn's später wird, ruf bitte an der Rampe an: {co.phone}. {bye}, {p2.first}
""",
        """
Slot-Anfragen
{d.date} | {p1.full} | {p1.phone} | 6 Paletten
{d2.date} | {p2.full} | {p2.phone} | 2 Paletten
""",
        """
Fahrer nicht erschienen: {p1.full} kam nicht; Disposition {p2.full} ({p2.email}) hat auf {d.weekday} umgebucht.
""",
        """
Lieferavis: ASN {d.order}, Fahrer {p1.full} ({p1.mobile}), Ankunft ca. {d.time}
""",
    ]),
    "account_recovery": _t([
        """
Antrag Kontowiederherstellung
Angeblicher Inhaber: {p1.full}
Alte E-Mail (kein Zugriff): {p1.email}
Neue E-Mail: {p2.email}
Letzte Bestellung: {d.order}
Anfrage von IP {ipx}
""",
        """
hallo, ich komm nicht mehr in mein konto, läuft auf {p1.email}, bin nach {a1.one} umgezogen, die alte nummer {p1.phone} geht auch nicht mehr. {p1.first}
""",
        """
Identitätsprüfung — Mitarbeiterin {p2.first}
F: letzte vier Kartenziffern → {d.masked} ✔
F: Liefer-PLZ → {a1.zip} ✔
Identität bestätigt für {p1.full}.
""",
        """
Verdächtige Wiederherstellungsversuche für {p1.email}: {ip}, {ip2}, {ipsix}. Beim Versuch hinterlegte Karte: {card} (gesperrt). Konto gesperrt, Inhaber per SMS an {p1.mobile} informiert.
""",
        """
Sehr geehrte Kundin, sehr geehrter Kunde, Ihr Passwort wurde zurückgesetzt. Waren Sie das nicht, rufen Sie uns an: {co.phone}. Die Anfrage kam von {ip}. (Konto {p1.email})
""",
        """
Kontoübernahme Fall {d.ticket}: Angreifer hat die Adresse auf {a1.one} geändert; richtige Inhaberin {p1.full} wiederhergestellt.
""",
    ]),
    "access_list": _t([
        """
Lagerzutritt — Inventur am Wochenende
Ausweis | Name | Firma
{d.badge} | {p1.full} | Talgrat
{d2.badge} | {p2.full} | Zeitarbeit
{d3.badge} | {p3.full} | Wirtschaftsprüfung
""",
        """
Besucherbuch
{d.date} {d.time} {p1.full} besucht {p2.first} (IT) — Kennzeichen {d.plate}
""",
        """
Schlüssel Pop-up-Store: {p1.full} hat Satz 1, {p2.full} Satz 2. Die Alarmfirma ruft zuerst {p1.phone} an.
""",
        """
Zutritt entzogen: {p1.full} (ausgeschieden am {d.date}). Ausweis {d.badge} gesperrt durch {p2.full}.
""",
        """
Antrag Handwerkerausweis — Name {p1.full}, Firma {d.company}, Telefon {p1.mobile}, Zeitraum {d.date}–{d2.date}
""",
        """
alarmprotokoll: {d.time} Melder 4, schlüsselträger {p1.lower} vor ort, polizei az {d.ticket}
""",
    ]),
    "zpl_label": _t([
        """
^XA
^FO40,40^A0N,36^FD{p1.caps}^FS
^FO40,90^A0N,30^FD{a1.street}^FS
^FO40,130^A0N,30^FD{a1.townline}^FS
^FO40,180^BCN,80^FD{d.tracking}^FS
^XZ
""",
        """
etikett_job {d.qty}: an="{p1.full}" tel="{p1.phone}" strasse="{a1.street}" ref={d.order} drucker=zebra-02
""",
        """
^XA^CF0,28
^FO30,30^FDEmpfänger: {p1.full}^FS
^FO30,70^FDTel. {p1.phone}^FS
^FO30,110^FDAuftrag {d.order}^FS^XZ
""",
        """
Retourenschein (Text aus PDF):
ABSENDER: {p1.full}
{a1.block}
AN: Talgrat Retourenzentrum, Halle 3
RMA {d.rma}
""",
        """
Druckfehler: Etikett für {p1.full} nach „{a1.street}“ abgeschnitten — Neudruck durch {p2.first}
""",
        """
Lieferschein
Lieferung an: {p1.full}
{a1.blockc}
Kommissioniert: {p2.init}  Gepackt: {p3.init}
""",
    ]),
    "press_accreditation": _t([
        """
Presseakkreditierung — Eröffnung Filiale {d.date}
{p1.full}, {d.company}, {p1.email}
{p2.full}, frei, {p2.mobile}
Fotograf +1: {p3.full}
""",
        """
{p1.dear}, Ihre Akkreditierung für den Launch ist bestätigt. Bitte bringen Sie einen Ausweis mit; Ihr Fotograf {p2.full} steht ebenfalls auf der Liste. Pressestelle: {shop.role}
""",
        """
Anfrage Akkreditierung: Ich bin {p1.full}, Outdoor-Redakteurin, und würde gern berichten. Handy {p1.mobile}.
""",
        """
Abgelehnte Akkreditierungen: {p1.full} (kein Medium), {p2.full} (doppelt).
""",
        """
Presseliste — Interviewslots
{d.time} {p1.full} mit der Gründerin
{d2.time} {p2.full} (Podcast)
""",
        """
Namensschilder drucken: {p1.caps} · PRESSE / {p2.caps} · PRESSE
""",
    ]),
    "mt940_statement": _t([
        """
:61:{d.n}0{d.n}1{d.n}C{d.amount}NTRFNONREF
:86:166?00SEPA-GUTSCHRIFT?20EREF+{d.order}?21SVWZ+Erstattung?30{d.bic}?31{iban}?32{p1.capslf}
""",
        """
Kontoauszug {d.date}
Gutschrift {d.price} — von {p1.full} — {iban} — VWZ „{d.order}“
Gutschrift {d2.price} — von {p2.full} — {iban2} — VWZ „{d.invoice}“
""",
        """
Nicht zuordenbare Zahlung: {d.price} von {p1.caps}, IBAN {iban}, Verwendungszweck „Best. {d.order} {p1.last}“. Bitte manuell zuordnen.
""",
        """
CAMT.054-Auszug
<Dbtr><Nm>{p1.full}</Nm></Dbtr>
<DbtrAcct><Id><IBAN>{iban}</IBAN></Id></DbtrAcct>
<RmtInf><Ustrd>RE {d.invoice}</Ustrd></RmtInf>
""",
        """
Überzahlung: {p1.full} hat doppelt bezahlt ({d.price}). Erstattung an {iban} freigegeben von {p2.full}.
""",
        """
:86:177?00SEPA-LASTSCHRIFT?20MREF+{d.mandate}?31{iban}?32{p1.caps}
""",
    ]),
}

CLEAN = {
    "recall_notice": _t([
        """
Sicherheitshinweis: Brustgurtschnalle am {d.product} (Charge {d.sku}, verkauft {d.date}–{d2.date}). Bitte unter -10 °C nicht verwenden und den Rucksack in einer Filiale kostenlos umrüsten lassen. Kein Kassenbon nötig.
""",
        """
Rückruf-Update: {d.qty} der betroffenen {d.kind} sind getauscht. Die neue Schnalle hat einen grünen Punkt. Vorgang {d.ticket}.
""",
        """
Freiwilliger Rückruf — GTIN {d.gtin}. Betroffene Seriennummern beginnen mit {d.serial}. Erstattung {d.price} oder Ersatz; Kontaktformular auf der Website.
""",
        """
Der Rückruf des Gasadapters {d.product} ist zum {d.date} abgeschlossen. Danke an alle, die ihre Geräte zurückgebracht haben.
""",
    ]),
    "spec_sheet": _t([
        """
{d.kind} {d.product}
Gewicht: {d.weight}
Größe: {d.size}
Material: 3-Lagen, Wassersäule 20.000 mm
GTIN {d.gtin} · Art.-Nr. {d.sku}
""",
        """
Technische Daten — {d.product}
Volumen {d.size}, Rückenlänge verstellbar, Gewicht {d.weight}, Farbe {d.colour}. Modelljahr {d.year}, Firmware der Stirnlampe {d.version}.
""",
        """
Farbcodes der Serie {d.product}: Fuchsrot FR-{d.n}, Wolfsgrau WG-{d.n}, Jägergrün JG-{d.qty}. Passend dazu der Topf „Koch“ aus Titan.
""",
        """
Packmaß: {d.size}. Max. Belastung {d.weight}. Passt bis Rahmengröße {d.n}. Artikel {d.sku}.
""",
    ]),
    "repair_price_list": _t([
        """
Reparaturpreise {d.year}
Reißverschluss tauschen: {d.price}
Nähte neu tapen: {d2.price}
Neubesohlung (Vibram): {d3.price}
Bearbeitungszeit ca. {d.n} Wochen.
""",
        """
Werkstatt-Info: Ab {d.date} berechnen wir {d.price} für einen neuen Zipper. Auftragsnummern beginnen mit {d.rma}.
""",
        """
Daunen nachfüllen je 10 g: {d.price}. Flickset {d.sku}. Bauernhof-Edition der Heringe ohne Aufpreis.
""",
        """
Reparaturdauer diesen Monat: im Schnitt {d.n} Tage, {d.qty} Aufträge erledigt, {d.pct} Garantiefälle.
""",
    ]),
    "customs_info": _t([
        """
Versand in die Schweiz oder nach Großbritannien: Ab {d.price} kann Einfuhrumsatzsteuer anfallen. Zolltarifnummer Jacken {d.hs}. Lieferzeit {d.n}–{d.qty} Werktage.
""",
        """
Wir liefern verzollt (DDP) nach Norwegen und in die Schweiz. Ihre Sendungsnummer sieht so aus: {d.tracking}. Beispiel-PLZ: {d.zip}.
""",
        """
Zoll-FAQ: Geschenke unter {d.price} sind zollfrei. Bewahren Sie die Rechnungsnummer ({d.invoice}) auf.
""",
        """
Ausfuhrpapiere (CN 23) erstellen wir automatisch für Pakete über {d.weight}. Version des Zollmoduls: {d.version}.
""",
    ]),
    "api_changelog": _t([
        """
API {d.version}
- /orders liefert jetzt tracking_id ({d.tracking}-Format)
- Ratenlimit 600/min
- Feld customer_hash ({d.hash}) veraltet
""",
        """
Release {d.version} ({d.date}): Wiederholung bei 429, neuer Webhook order.shipped, Request-ID {d.uuid} in jeder Antwort.
""",
        """
Build {d.hash} um {d.time} auf Staging ausgerollt; Loadbalancer-Pool „blau“ geleert.
""",
        """
Changelog: Version {d.version} behebt die GTIN-Prüfung ({d.gtin}) und den Artikelfilter ({d.sku}).
""",
    ]),
    "warehouse_kpi": _t([
        """
Lager-KPIs KW {d.n}: {d.qty}00 Picks, Fehlerquote {d.pct}, Rampenzeit Ø {d.ms} min, {d.qty} Paletten Wareneingang.
""",
        """
Wareneingang {d.date}: Avis {d.order}, {d.qty} Kartons, GTIN {d.gtin}, Lagerplatz A{d.n}-{d.qty}.
""",
        """
Inventurdifferenzen: {d.sku} -{d.n}, {d2.sku} +{d.qty}. Station „Koch & Küche“ neu gezählt.
""",
        """
Retouren bearbeitet: {d.qty}, wieder eingelagert {d.pct}, verschrottet {d.n}. Älteste offene RMA: {d.rma}.
""",
    ]),
    "event_announcement": _t([
        """
Nachtwanderung mit dem {d.product}-Team am {d.date} um {d.time}! Treffpunkt Filiale, Stirnlampen stellen wir. Kostenlos, {d.qty} Plätze.
""",
        """
Reparatur-Café jeden {d.weekday}, {d.time} Uhr. Bring deine {d.kind} mit. Kaffee gibt's von der Bäckerei Fuchs nebenan.
""",
        """
Filmabend „Der Jäger und der Berg“, Eintritt {d.price}, Einlass {d.time}.
""",
        """
Wegepflegetag am {d.date}: Säcke und Handschuhe gibt's vor Ort, Treffpunkt Wanderparkplatz, ca. {d.n} Stunden.
""",
    ]),
    "sustainability_report": _t([
        """
Nachhaltigkeit {d.year}: {d.pct} recyceltes Polyester, {d.qty} Reparaturen statt Neukauf, CO2 pro Paket minus {d2.pct}.
""",
        """
Unsere Linie {d.product} nutzt bluesign-Stoffe; {d.pct} der Daune ist RDS-zertifiziert (Zertifikat {d.sku}).
""",
        """
Rücknahmesystem: {d.qty} kg Textilien im Jahr {d.year} gesammelt. Partner: {d.company}.
""",
        """
Verpackung: {d.pct} weniger Plastik seit {d.year}; Versandtaschen aus {d.n} Werken.
""",
    ]),
    "return_instructions": _t([
        """
So geht die Rücksendung: Label ausdrucken, {d.kind} einpacken, innerhalb von 30 Tagen im Paketshop abgeben. Erstattung {d.n} Tage nach Eingang.
""",
        """
Ihre Retourennummer sieht so aus: {d.tracking}. Rechnung {d.invoice} bitte aufbewahren. Umtausch in Gr. {d.n} ist kostenlos.
""",
        """
Rücksendungen über {d.price} sind versichert. Bitte RMA im Format {d.rma} auf den Karton schreiben.
""",
        """
Rückgabefrist für Weihnachtsbestellungen verlängert bis {d.date} (Bestellnummern wie {d.order}).
""",
    ]),
    "inventory_csv": _t([
        """
artnr;gtin;menge;preis
{d.sku};{d.gtin};{d.qty};{d.price}
{d2.sku};{d2.gtin};{d2.qty};{d2.price}
""",
        """
artikel;farbe;groesse;bestand
{d.product};{d.colour};{d.n};{d.qty}
{d2.product};{d2.colour};{d2.n};{d2.qty}
""",
        """
platz|artnr|menge|stand
A{d.n}|{d.sku}|{d.qty}|{d.date}
""",
        """
artikel	status	eta
{d.sku}	Rückstand	{d.date}
{d2.sku}	lieferbar	-
""",
    ]),
}
