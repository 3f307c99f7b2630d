"""Fünfte PII-Bank: deutsche Vorlagen mit personenbezogenen Daten. Jede Genre-Liste wird nach
Position geteilt (gerade: dev5, ungerade: heldout5)."""

from pii5_layouts import chat, fwd_header, quote_header


def Q(who, subj):
    return quote_header(who, subj)


GENRES = {}

GENRES["crm_note"] = [
    "Telefonat mit {p1.honacc} {p1.last} ({p1.company}) am {x.date}: Interesse an der Herbstkollektion für zwei Filialen. Muster bitte an {a1.one}. Wiedervorlage {x.weekday}, erreichbar unter {p1.mobile}.",
    "Firma: {p1.company}\nAnsprechpartner: {p1.hon} {p1.full}, {p1.title}\nLetzter Kontakt: {x.date} (Mail)\nNotiz: Budget freigegeben, Bestellung kommt nach der Messe. Duzt sich gern.",
    "Kundin {p1.full} hat angerufen, Lieferung kam unvollständig an. Adresse: {a1.block}\nErsatz rausgeschickt. Rückruf an {q1.last} wegen Spedition.",
    "Kontakt: {p1.rev}\nTel.: {p1.landline}\nMail: {p1.email}\nStatus: warm – betreibt zwei Geschenkeläden, einer in {a1.city} ({a1.line}). Großhandelskatalog schicken!",
    "Gesprächsnotiz {x.date}\nTeilnehmer: {p1.full} (Einkauf), {p2.full} (Marketing)\nWollen Co-Branding für die Eröffnung. Angebot an {p1.wemail} bis Freitag. cc {q3.first}",
    "Messe-Lead: {p1.first} {p1.last}, Inhaberin/Inhaber {p1.company}. Visitenkarte: {p1.wemail} / {p1.phone}. Möchte Probepaket.",
    "Achtung: {p1.hon} {p1.last} möchte keine Anrufe mehr, nur noch per Mail. Alte Nummer {p1.phone} gelöscht. Vermerk von {q2.first}.",
    "Besuch vor Ort bei {p1.company}. Inhaber {p1.full} hat uns das Schaufenster mit unseren Produkten ({x.product}) gezeigt. Neue Lieferadresse ab {x.date}: {a1.block}",
    "WV {x.date}: {p1.full} nicht erreicht ({p1.mobile}), auf Band gesprochen. Sonst an {q2.full} übergeben.",
    "Kündigungsgefahr! {p1.hon} {p1.full} ({p1.title}) sagt, der Vorstand prüft alle Lieferanten. Zahlen vorbereiten, Durchwahl {p1.landline}.",
    "Eingehender Anruf, Kd.-Nr. {x.customer}: {p1.hon} {p1.last} fragt nach Rechnungskopie. Geht an {p1.email}. Erledigt, {q2.lastinit}",
]

GENRES["support_reply"] = [
    ["Hallo {p1.first},\n\ndanke für deine Rückmeldung! Ich habe dir einen Ersatz für Bestellung {x.order} rausgeschickt, er geht morgen an {a1.one}.\n\nLiebe Grüße\n{q9.first} vom Kundenservice\n\n", Q("p1", "Fehlender Artikel"), "\n> Hallo, in meinem Paket fehlt die zweite Tasse. Könnt ihr helfen?\n> {p1.first}"],
    ["{p1.dear} {p1.last},\n\nentschuldigen Sie die Wartezeit. Die Erstattung über {x.price} ist veranlasst.\n\nMit freundlichen Grüßen\n{q9.full}\n\n", Q("p1", "Erstattung " + "{x.order}"), "\n> Ich habe die Jacke vor drei Wochen zurückgeschickt und nichts mehr gehört.\n> Mit freundlichen Grüßen\n> {p1.full}\n> Tel. {p1.phone}"],
    ["Hi {p1.first},\n\ngute Nachrichten: Größe M ist wieder da, ich habe dir eine bis {x.date} zurückgelegt.\n\nViele Grüße, {q9.first}\n\n", Q("p1", "Größe M?"), "\n> kommt {x.product} nochmal in M rein? danke!"],
    ["Ticket {x.ticket} – Status: gelöst\n\nAntwort:\nGuten Tag {p1.hon} {p1.last}, wir haben Ihre Lieferadresse wie gewünscht auf {a1.one} geändert.\n\n", Q("p1", "Adressänderung"), "\n> Bitte ändern Sie meine Adresse, ich bin umgezogen.\n> Danke, {p1.full}"],
    ["Hallo {p1.hon} {p1.last},\n\nich habe das an unser Lager weitergegeben. {q2.first} ruft Sie unter {p1.mobile} an, um die Abholung abzustimmen.\n\nFreundliche Grüße\n{q9.full}\n\n", Q("p1", "Transportschaden"), "\n> Der Karton war eingedrückt und die Lampe ist kaputt. Fotos kann ich schicken."],
    ["Guten Tag {p1.full},\n\nIhr Garantiefall {x.rma} ist genehmigt. Bitte schicken Sie den Artikel an unseren Reparaturpartner:\n{a2.block}\n\nBeste Grüße\nIhr Service-Team\n\n", Q("p1", "Reißverschluss defekt"), "\n> Der Reißverschluss am Rucksack ist nach vier Monaten kaputt."],
    ["Hallo nochmal {p1.first}, ist der Ersatz inzwischen angekommen? Sonst melde dich gern.\n\n{q9.first}\n\n", Q("p1", "Ersatzlieferung"), "\n> Danke {q9.first}, ich schau mal in den Briefkasten.\n> Von meinem iPhone gesendet"],
    ["{p1.dear} {p1.last},\n\nunter der Adresse {p1.email} finden wir leider keine Bestellung. Haben Sie eventuell eine andere E-Mail-Adresse verwendet?\n\nMit freundlichen Grüßen\n{q9.full}\n\n", Q("p1", "Wo bleibt meine Bestellung?"), "\n> Bestellt am {x.date}, bisher nichts angekommen."],
    ["Danke {p1.first}! Bestellung {x.order} ist storniert, das Geld ist in 3–5 Werktagen zurück.\n\nLG {q9.first}\n\n", Q("p1", "Bitte stornieren"), "\n> Hallo, ich habe aus Versehen doppelt bestellt.\n> {p1.full}\n> {a1.block}"],
    ["Liebe/r {p1.first},\n\nder Paketdienst war zweimal da. Kann jemand im Haus ({a1.line}) das Paket annehmen?\n\nHerzliche Grüße\n{q9.full}\n\n", Q("p1", "Zustellversuch"), "\n> Ich bin tagsüber arbeiten. Geht auch eine Packstation?"],
    ["Servus {p1.first},\n\nkein Problem, ich hab im Kundenkonto vermerkt, dass der Fahrer vorher unter {p1.landline} anruft.\n\nBis bald\n{q9.first}\n\n", Q("p1", "Lieferung"), "\n> Unsere Klingel geht nicht, bitte vorher anrufen."],
]

GENRES["email_forward"] = [
    ["Zur Info, kannst du das übernehmen?\n\n", fwd_header("Anfrage Großhandel"), "\n\nHallo, wir haben einen kleinen Laden in {a1.city} und würden gern eure Kerzen führen. Erreichbar unter {p1.phone}.\nViele Grüße, {p1.first}"],
    ["Wie besprochen – das ist die Influencerin, von der ich erzählt habe.\n\n", fwd_header("Kooperation?"), "\n\nHallo ihr Lieben, ich würde eure neue Kollektion gern in meinen Herbst-Storys zeigen. Mediakit anbei.\nLG {p1.first}"],
    ["{p2.first}, bitte einmal prüfen.\n\n", fwd_header("Offene Rechnung"), "\n\nSehr geehrte Damen und Herren,\nunsere Rechnung {x.invoice} ist noch offen. Bitte überweisen Sie auf {iban1}.\nMit freundlichen Grüßen\n{p1.full}"],
    ["", fwd_header("Presseanfrage"), "\n\nGuten Tag, ich schreibe für das Wochenendmagazin über nachhaltige Wohnaccessoires. Könnten Sie mir Muster schicken? Adresse: {a1.one}\nBeste Grüße, {p1.full}"],
    ["Zur Kenntnis für das Event.\n\n", fwd_header("Location"), "\n\nHallo zusammen, Ansprechpartner vor Ort ist {q1.full}, mobil {ph1}. Aufbau ab {x.time} Uhr."],
    ["s. unten – Beschwerde, eskaliert von {p2.first}\n\n", fwd_header("Beschwerde " + "{x.ticket}"), "\n\nDas ist jetzt das dritte Mal, dass meine Bestellung an die falsche Adresse geht. Richtig ist:\n{a1.block}\n{p1.full}"],
    ["Weiß nicht, wer zuständig ist – leite mal weiter.\n\n", fwd_header("Bestandsliste"), "\n\nHallo, anbei unsere aktuelle Bestandsliste. Rückfragen gern unter {p1.landline}.\nGruß {p1.first}"],
    ["Können wir bis Freitag antworten?\n\n", fwd_header("Partnerschaft"), "\n\n{p2.dear} {p2.last},\nwie telefonisch besprochen bestätige ich die Pop-up-Termine.\nFreundliche Grüße\n{p1.full}, {p1.title}"],
    ["FYI\n\n", fwd_header("Paket verloren"), "\n\nHallo, laut Sendungsverfolgung {x.tracking} zugestellt, aber nichts da. {p1.first}"],
    ["Übergebe dir das, solange ich im Urlaub bin.\n\n", fwd_header("Muster"), "\n\nHi, schickt bitte zwei Mustersets an unser Studio, {a1.one}. Danke! {p1.first}"],
]

GENRES["review"] = [
    "★★★★★ {x.product}: der Hammer, eine Woche im Regen getragen und trocken geblieben.\n– {p1.lastinit} aus {a1.city}",
    "„Schnelle Lieferung und plastikfreie Verpackung. Gerne wieder!“\n{p1.full}, verifizierter Kauf",
    "Tolle Qualität, fällt etwas klein aus. Lieber eine Nummer größer nehmen.\nBewertet von {p1.first} am {x.date}",
    "5/5 – zum Geburtstag meines Mannes gekauft, er zieht sie gar nicht mehr aus. Danke an {q1.first} vom Service für die Geschenkverpackung!\n{p1.full}",
    "Bewertung von {p1.init} ({a1.city}): Stabil, schön und die Farbe ist genau wie auf den Fotos.",
    "Kundenstimme für die Website:\n„Wir führen das Sortiment seit zwei Jahren, unsere Kundschaft kommt immer wieder.“\n– {p1.full}, {p1.title}, {p1.company}",
    "{p1.upper} ★★★☆☆\nSchönes Design, aber der Riemen ist nach einem Monat gerissen. Service war schnell.",
    "Geschrieben von {p1.lower}: ehrlich der gemütlichste Hoodie den ich hab 😅",
    "„Das Team hat für unsere Hochzeit alles möglich gemacht.“ – {p1.full} & {p2.full}",
    "4 Sterne. Toller Duft, brennt gleichmäßig ab. Nur der Preis … – {p1.first} aus {a1.city}",
    "Zitat (Freigabe durch {p1.honacc} {p1.last} liegt vor): „Der beste Kundenservice seit Jahren.“",
]

GENRES["partner_brief"] = [
    "Creator-Briefing Herbstkampagne\nTalent: {p1.full} ({x.handle})\nManagement: {p2.full}, {p2.wemail}\nDeliverables: 3 Storys, 1 Reel. Ware an {a1.block}",
    "Partner: {p1.company}\nAnsprechpartner: {p1.hon} {p1.full}\nTelefon: {p1.phone}\nZiel: Aufsteller zum Launch von {x.product} am {x.date}. Bitte keine Preise nennen.",
    "Shortlist Influencer Frühjahr:\n1. {p1.full} – Wohnen & Lifestyle, 48k\n2. {p2.full} – Outdoor, 120k\n3. {p3.full} – Familie, 30k\nErst über die Agenturen anfragen.",
    "Briefing für {p1.first}:\nHey {p1.first}, wir freuen uns riesig! Posting bitte ab dem {x1.date}. Die Produkte kommen per Kurier an {a1.one}. Fragen an {p2.first}: {p2.mobile}",
    "Markenbotschafter – neue Anmeldung\nName: {p1.full}\nInstagram: {x.handle}\nE-Mail: {p1.email}\nVersand: {a1.block}\nGröße: M / 38",
    "PR-Versandliste (intern):\n- {p1.full}, {a1.one}\n- {p2.full}, {a2.one}\nHinweis: {q3.last} möchte keine Plastikverpackung.",
    "Talent-Kontaktblatt\nTalent: {p1.upper}\nAgentur: {p2.full}, {p2.company}\nTel. Agentur: {p2.landline}\nNutzungsrechte: 6 Monate organisch.",
    "Notiz zum Call mit der Agentur ({p1.full}): Rabattcode nur einmal nennen. Rechnung an {p1.wemail}, Zahlung auf {iban1}.",
    "Co-Marketing mit {p1.company}\nDort: {p1.full} ({p1.title})\nBei uns: {q2.full}\nLaunch {x.date}. Tonalität: gemütlich, regional, handgemacht.",
    "Hallo {p1.first}, anbei das Briefing fürs Shooting. Call Time {x.time} Uhr in unserem Studio, {a1.one}. {q2.first} holt dich am Empfang ab.",
]

GENRES["lead_list"] = [
    "Leads von der Messe am {x.date}, bitte bis Freitag qualifizieren:\n\n{L.leads}",
    "{L.leads}",
    "Export: CRM > Kontakte > Segment „Fachhandel Süd“\n{L.leads}\n(exportiert von {q1.first})",
    "Hallo {p1.first}, hier die gewünschte Liste. Bitte nur die warmen Kontakte anschreiben.\n\n{L.leads}\nGruß {q2.first}",
    "B2B-Interessenten Gastronomie\n\n{L.leads}",
    "Händler, die vor der Preiserhöhung angerufen werden müssen:\n{L.leads}",
    "Aus der Excel kopiert:\n{L.leads}",
    "Anmeldungen Webinar ({x.date})\n{L.leads}\nGesamt: {x.qty}",
    "Kontakte für den Außendienst Nord\n\n{L.leads}\nBitte nach Anruf die Tabelle aktualisieren.",
    "Alte Liste der Vorgängeragentur – vor Nutzung DSGVO-Einwilligung prüfen!\n{L.leads}",
]

GENRES["returns_form"] = [
    "RÜCKSENDESCHEIN\nBestellnummer: {x.order}\nName: {p1.full}\nE-Mail: {p1.email}\nGrund: zu klein\nUmtausch gegen Größe L",
    "Retourenformular – bitte ausfüllen und ins Paket legen\nVor- und Nachname: {p1.full}\nAnschrift: {a1.block}\nTelefon: {p1.phone}\nArtikel: {x.product} × 1\nGrund-Nr.: 03",
    "Retoure {x.rma}\nKunde: {p1.rev}\nAbholung bei: {a1.one}\nAbholtermin: {x.date}\nZustand: ungetragen, Etikett dran",
    "Retourenlabel anfordern\nAbsender: {p1.full}\n{a1.block}\nEmpfänger: Retourenzentrum, Halle 4\nGewicht: 1,2 kg",
    "Hallo, ich möchte Bestellung {x.order} zurückschicken, die Farbe passt nicht. Bitte aufs Konto erstatten: {iban1}. {p1.full}",
    "Umfrage Rücksendegrund\nBestellung: {x.order}\nKunden-Mail: {p1.email}\nGrund: beschädigt angekommen\nKommentar: Karton war nass, lag vor der Tür ({a1.line}).",
    "UMTAUSCHFORMULAR\nName: {p1.hon} {p1.full}\nAlte Größe: 38  Neue Größe: 40\nBitte senden an: {a1.one}",
    "Retourenliste {x.date}\n{x.rma} | {p1.full} | Erstattung | {x.price}\n{x2.rma} | {p2.full} | Umtausch | –",
    "Rücksendung genehmigt für {p1.first} {p1.last} (Bestellung {x.order}), Erstattung {x.price}. Kundin/Kunde bittet um Rückruf unter {p1.phone}.",
    "Bitte stattdessen an die Arbeit schicken: {p1.full}, c/o {p1.company}, {a1.one}. Danke!",
]

GENRES["delivery_note"] = [
    "LIEFERSCHEIN\nAuftrag {x.order} vom {x.date}\nLieferanschrift:\n{p1.full}\n{a1.block}\nTel. {p1.phone}\n\n1 × {x.product}\n2 × Geschenkverpackung",
    "Hinweis für den Fahrer: Falls {p1.hon} {p1.last} nicht da ist, bitte bei {q1.first} nebenan abgeben. Adresse: {a1.one}",
    "Packzettel\nEmpfänger: {p1.upper}\n{a1.block}\nPositionen: {x.qty}\nKundenhinweis: „Bitte nicht klingeln, Baby schläft!“",
    "Bestellung bestätigt für {p1.full}. Voraussichtliche Zustellung am {x.date} zwischen {x.time} und 18 Uhr. Wir schicken eine SMS an {p1.mobile}.",
    "Sendung {x.tracking}\nEmpfänger: {p1.full}\nLieferadresse: {a1.line}\nQuittiert von: {p2.lastinit}",
    "Geschenkbestellung – an Empfänger senden:\n{p2.full}\n{a1.block}\nGrußkarte: „Alles Liebe zum Geburtstag, {p2.first}! Deine {p1.first}“",
    "Abholbereit! Hallo {p1.first}, deine Bestellung {x.order} liegt im Laden für dich bereit. Bitte Ausweis mitbringen.",
    "Zustellung fehlgeschlagen ({x.date}): {p1.full} nicht angetroffen, Karte eingeworfen. Kunde ruft zurück unter {p1.landline}.",
    "Versandliste {x.date}\n{x.order}  {p1.full}  {a1.one}\n{x2.order}  {p2.full}  {a2.one}",
    "Hallo {p1.first}, dein Paket ist unterwegs und kommt morgen bei dir an ({a1.line}). Sendungsnummer: {x.tracking}.",
]

GENRES["invoice"] = [
    "RECHNUNG {x.invoice}\nDatum: {x.date}\n\nRechnungsempfänger:\n{p1.full}\n{a1.block}\n\n1 × {x.product}   {x.price}\nZahlbar per Überweisung auf {iban1}",
    "Honorarrechnung Fotografie\nVon: {p1.full}, {a1.one}\nSteuer-ID: {taxid1}\nAn: {q2.company}\nBetrag: {x.price}\nBankverbindung: {iban1}",
    "Rechnung {x.invoice}\nKundin/Kunde: {p1.hon} {p1.full}\nLieferadresse: {a1.one}\nBezahlt mit Karte, Endziffern {x.last4}\nVielen Dank für Ihren Einkauf!",
    "Kontoauszug für {p1.rev}\nKundennr. {x.customer}\nRechnung {x.invoice}  {x.price}\nRückfragen: {p2.full}, {p2.landline}",
    "AW: Rechnung {x.invoice}\n\nHallo {p1.first}, anbei unsere Rechnung, zahlbar innerhalb von 14 Tagen auf {iban1}.\nDanke und Gruß\n{p2.full}",
    "Freelancer-Rechnung\n{p1.upper}\n{a1.block}\n{p1.phone}\nSteuerliche Identifikationsnummer: {taxid1}\n\nAn {p1.company}\nTexterstellung, 3 Tage: {x.price}",
    "Proforma-Rechnung {x.invoice}\nEmpfänger: {p1.full}, {a1.one}\nKontakt: {p1.wemail}",
    "RECHNUNG\nLeistungserbringer: {p1.full} (Kleinunternehmer gem. § 19 UStG)\nIBAN: {iban1}\nAuftraggeber: {q2.company}\nLeistung: Pop-up-Deko am {x.date}",
    "Gutschrift {x.invoice} für {p1.honacc} {p1.last}, zurückgesendeter Artikel {x.sku}. Erstattung auf Karte {card1}.",
    "Rechnungsadresse für Kunde {x.customer} geändert: jetzt {p1.full}, {a1.block}",
]

GENRES["guest_list"] = [
    "Gästeliste Eröffnung {x.date}\n\n{L.guests}",
    "{L.guests}\n\nBegleitpersonen bestätigt von {q1.first}.",
    "Zusagen Presseabend:\n{L.guests}",
    "Hallo {p1.first}, hier die finale Liste für den Einlass. VIPs bekommen den Beutel.\n\n{L.guests}",
    "Herbst-Dinner – Sitzplan\n{L.guests}\nUnverträglichkeiten siehe Notizen",
    "Teilnehmende Workshop ({x.date}, {x.time} Uhr)\n{L.guests}",
    "Launch-Party – Zusagen\n{L.guests}\nWarteliste: {p2.full}, {p3.full}",
    "Partnerfrühstück Gästeliste (intern)\n{L.guests}",
    "Helferliste Weihnachtsmarkt {x.date}\n{L.guests}",
    "Kundenbeirat – Teilnehmer\n{L.guests}\nGutscheine verschickt von {q1.full}",
]

GENRES["minutes"] = [
    "Protokoll Marketing-Jour-fixe {x.date}\nTeilnehmer: {p1.full}, {p2.full}, {p3.full}\nEntschuldigt: {p4.first}\n\nAufgaben:\n- {p1.first}: Agentur briefen bis {x.weekday}\n- {p2.lastinit} prüft Lagerbestand",
    "PROTOKOLL Q3-Planung\nAnwesend: {p1.init}, {p2.init}, {p3.full}\n1. Budget: freigegeben\n2. Pop-up: {p3.first} bucht Location\nAP: {p1.last} bis Freitag",
    "Besprechungsnotiz ({x.date})\nLeitung: {p1.full}\nProtokoll: {p2.full}\n\n- Retourenquote +4 %\n- AP {p2.first}: mit Lager sprechen\n- AP {q3.last}: FAQ aktualisieren",
    "Retro\nwer: {p1.lfirst}, {p2.lfirst}, {p3.lfirst}\nlief gut: Launch-Mail\nverbessern: Bildfreigaben\nnächste Schritte: {p1.lfirst} übernimmt Checkliste",
    "Termin mit {p1.company}: {p1.hon} {p1.last}, {p2.hon} {p2.last} (Kunde); {q3.full} (wir)\n- wollen Exklusivität in {a1.city}\n- {q3.first} schickt Angebot",
    "Vertriebsrunde\nTeilnehmende:\n* {p1.full}\n* {p2.full}\n* {p3.full}\nTODO: {p2.first} ruft {p4.honacc} {p4.last} wegen der Großbestellung zurück",
    "Auszug Gesellschafterversammlung\nAnwesend: {p1.hon} {p1.full} (Vorsitz), {p2.hon} {p2.full}\nTOP 4: Anmietung Lager {a1.one} beschlossen.",
    "Daily {x.date}\n{p1.first}: Produkttexte fertig\n{p2.first}: krank\n{p3.first}: wartet auf Fotos von {q4.full}",
    "Workshop Markenstimme\nModeration: {p1.full}\nTeilnehmende: {p2.full}, {p3.full}, {p4.full}\nErgebnis: drei Tonalitäts-Säulen. Verantwortlich: {p2.last}",
    "Agentur-Termin\nAgentur: {p1.full} (Beratung), {p2.full}\nIntern: {q3.full}\nAP: {p1.first} → neuer Zeitplan bis {x.date}",
]

GENRES["chat_export"] = [
    chat("p1: moin! hat jemand was vom kurier gehört?\np2: ja, {q3.first} hat angerufen, die sind spät dran\np1: ok danke\np2: ich sag der kundin bescheid, {q4.full}, die mit dem großen spiegel"),
    chat("p1: @{p2.first} kannst du mir die Nummer vom Lieferanten schicken?\np2: klar, {ph1}\np1: du bist die/der Beste"),
    chat("p1: neue Adresse für die Showroom-Muster: {a1.one}\np2: notiert 👍\np3: sag ich {q4.first} im Lager"),
    chat("p1: am Telefon will jemand die Chefin sprechen\np2: wer ist es?\np1: {q3.hon} {q3.last}, Bestellung {x.order}\np2: stell durch"),
    chat("p1: weiß jemand das Passwort fürs Werbekonto?\np2: frag {q3.first}, hat das eingerichtet\np1: ist bis montag weg\np2: dann schreib an {role1}"),
    chat("p1: Hallo! Wollte nach meiner Bestellung fragen, läuft unter {p1.email}\np2: Hi {p1.first}, danke! Ist heute früh rausgegangen 📦\np1: super, danke"),
    chat("p1: Erinnerung: Fotograf kommt um {x.time}\np2: welcher, {q3.full}?\np1: genau\np3: ich hol ihn am Empfang ab"),
    chat("p1: kannst du mir die rechnung nochmal schicken bitte\np2: grad an {p1.email} raus\np1: hab sie, danke dir"),
    chat("p1: Achtung: {q3.full} von {q3.company} ruft wegen dem Pop-up an\np2: ok, Nummer falls ich's verpasse?\np1: {ph1}"),
    chat("p1: Guten Morgen zusammen!\np2: moin\np3: morgen, bin heute im Homeoffice\np1: alles gut {p3.first}, einfach über den üblichen Link rein"),
]

GENRES["social"] = [
    "{p1.full}\nIch brauch die in jeder Farbe 😍 @{p2.first} guck mal!!\n\n{p2.full}\nhaha direkt auf die Wunschliste",
    "Kommentar von {p1.full}: „Vor zwei Wochen bestellt und immer noch nichts. Echt enttäuschend.“\nAntwort Shop: Hallo {p1.first}, das tut uns leid! Schick uns bitte deine Bestellnummer per DM.",
    "DM von {x.handle} (Anzeigename: {p1.full})\nhey! gilt der rabatt noch? liefert ihr auch nach {a1.city}?",
    "{p1.first} gefällt dein Beitrag\n{p2.full} hat kommentiert: „Wunderschön!“\n{p3.full} folgt dir jetzt",
    "Top-Kommentare:\n{p1.lower}: wo gibts das?!\n{p2.lower}: same\nShop: Link in der Bio!",
    "Antwort an {p1.full}: Danke fürs Markieren! Dürfen wir dein Foto reposten? Natürlich mit Credit.",
    "Instagram-DM\n{p1.first}: hi, bin kleine Creatorin, hättet ihr Lust auf eine Kooperation?\nShop: Hallo {p1.first}! Schick uns dein Mediakit an {role1}",
    "Google-Rezension von {p1.full} · 5 ★\nNettes Personal, schöner Laden. {q2.first} hat mir super bei einem Geschenk für meine Mama geholfen.",
    "{p1.full} hat auf deine Story geantwortet: „wo hast du die blaue her?“",
    "Unter unserem Launch-Post:\n{p1.full}: Kommt die auch wieder in Grün?\n↳ Shop: Ja! Trag dich für die Benachrichtigung ein.\n{p2.full}: XL bitte!!",
]

GENRES["press_contact"] = [
    "PRESSEKONTAKT\n{p1.full}\nLeitung Kommunikation\n{p1.wemail}\n{p1.phone}",
    "Für Presseanfragen wenden Sie sich bitte an {p1.full} ({p1.wemail}) oder an unsere Agentur, {p2.full} von {p2.company}, {p2.landline}.",
    "Hinweis für Redaktionen\nBildmaterial auf Anfrage. Kontakt: {p1.hon} {p1.last}, {p1.phone}, {p1.wemail}",
    "Stellenanzeige Visual Merchandiser (m/w/d)\nBewerbung bis {x.date}. Fragen beantwortet {p1.full}, {p1.title}, unter {p1.landline}.",
    "Pressekontakt:\n{p1.upper}\nMobil: {p1.mobile}\nE-Mail: {p1.wemail}",
    "Pressestelle\n{p1.full} | {p2.full}\n{role1}\n{a1.block}",
    "Wir suchen Verstärkung! Lebenslauf und ein paar Zeilen an {p1.wemail}, z. Hd. {p1.full}.",
    "Über uns: unabhängige Wohnmarke, gegründet in {a1.city}.\nAnsprechpartner: {p1.full}, {p1.mobile}",
    "Interviewanfragen bitte über {p1.full}, PR-Leitung, erreichbar bis {x.date} unter {p1.wemail}.",
    "Karriere: Bei Fragen zur Stelle erreichen Sie {p1.hon} {p1.last} unter {p1.landline} (Mo–Do).",
]

GENRES["voicemail"] = [
    "Mailbox-Transkript ({x.time} Uhr): „Hallo, hier ist {p1.full}, wegen Bestellung {x.order}. Können Sie mich unter {p1.phone} zurückrufen? Danke.“",
    "Sprachnachricht von {p1.phone}: „Ja hallo, {p1.first} von {p1.company} hier, wollte nur die Lieferung morgen bestätigen. Tschüss!“",
    "Neue Sprachnachricht\nVon: {p1.full}\nDauer: 0:42\nTranskript: hallo ich bin's nochmal, warte immer noch auf die erstattung, meine nummer ist {p1.mobile}",
    "Transkription (ohne Gewähr): „Guten Morgen, mein Name ist {p1.hon} {p1.last}, meine Adresse ist {a1.one}, und mein Paket lag im Regen vor der Tür.“",
    "Anruf in Abwesenheit + AB: {p1.first} {p1.last} möchte die Lieferung an {a1.one} umleiten. Rückruf {p1.landline}.",
    "AB 3/5 – „jo hi, {p1.lfirst} hier, ruf einfach zurück wenn du kannst, ciao“ – Nummer unterdrückt",
    "Nachricht für {q2.full}: {p1.full} von {p1.company} hat angerufen, bitte vor {x.time} Uhr unter {p1.phone} zurückrufen.",
    "SPRACHNACHRICHT\nAnrufer: {p1.phone}\n„Hallo, {p1.full} hier, ich hab Ihre Anzeige gesehen und möchte einen Stand auf dem Markt buchen. Schreiben Sie mir an {p1.email}.“",
    "Transkript: „Guten Tag, eine Nachricht für {p2.honacc} {p2.last}. Hier spricht {p1.full} von der Bank wegen der Überweisung. Bitte unter {p1.landline} melden.“",
    "Aufgenommen {x.date} {x.time}. „Hallöchen, {p1.first} hier, der Fahrer steht am falschen Haus, wir wohnen {a1.line}, Hinterhaus“",
]

GENRES["warranty"] = [
    "GARANTIEREGISTRIERUNG\nProdukt: {x.product}\nSeriennummer: {x.sku}\nKaufdatum: {x.date}\nBesitzer: {p1.full}\nE-Mail: {p1.email}\nAdresse: {a1.one}",
    "Danke für die Registrierung, {p1.first}! Deine 5-Jahres-Garantie ist aktiv. Hinterlegte Adresse:\n{a1.block}",
    "Garantieantrag\nName: {p1.hon} {p1.full}\nTelefon: {p1.phone}\nMangel: Naht hat sich gelöst\nKaufbeleg: anbei",
    "Registrierung {x.rma} – {p1.rev} – {p1.email} – {x.date}",
    "Garantiekarte (Scan)\nName: {p1.upper}\nStraße: {a1.line}\nOrt: {a1.city}\nTel.: {p1.landline}",
    "Garantieverlängerung gekauft von {p1.full} für {x.price}, bezahlt mit Karte {card1}.",
    "Hallo, ich habe meinen Wasserkocher letztes Jahr registriert, bin aber umgezogen. Neue Adresse: {a1.one}. Danke, {p1.full}",
    "Fallnotiz: Kunde {p1.full} hat Fotos geschickt. Freigabe durch {q2.first}. Ersatz an {a1.block}",
    "Produktregistrierung\nVorname: {p1.first}\nNachname: {p1.last}\nHandy: {p1.mobile}\nGekauft bei: {x.company}",
    "Garantie-Nr. {x.rma}: {p1.hon} {p1.last} meldet gebrochenes Deckelscharnier. Kontakt über {p1.email}.",
]

GENRES["signup_export"] = [
    "Newsletter-Anmeldungen der letzten 7 Tage:\n{L.signups}",
    "{L.signups}",
    "Export aus dem Pop-up-Formular ({x.date}):\n{L.signups}",
    "Double-Opt-in-Protokoll\n{L.signups}\n-- Ende Export --",
    "Gewinnspiel-Teilnahmen (Ziehung am {x.date}):\n{L.signups}",
    "Hi {p1.first}, die kamen über die Landingpage rein. Kannst du sie in die Willkommensstrecke packen?\n\n{L.signups}",
    "Warteliste {x.product}\n{L.signups}",
    "Rohdaten, bitte nicht weiterleiten:\n{L.signups}",
    "Anmeldungen vom Tablet im Laden\n{L.signups}\nSynchronisiert von {q1.first}",
    "Abmeldungen zur Bearbeitung:\n{L.signups}",
]

GENRES["structured"] = [
    "{L.structured}",
    "Webhook-Payload (order.created):\n{L.structured}",
    "Hier der Rohdatensatz aus der API, der Name sieht komisch aus:\n{L.structured}",
    "{L.structured}\n\n-- Debug-Ausgabe, vor Veröffentlichung löschen",
    "Kundendatensatz:\n\n{L.structured}",
    "Fehlgeschlagener Import ({x.date}):\n{L.structured}",
    "Beispiel-Payload fürs Dev-Team:\n{L.structured}",
    "Aus dem Support-Tool (Ticket {x.ticket}):\n{L.structured}",
    "Zapier-Schritt Ausgabe\n{L.structured}",
    "CRM-Sync-Fehler – Datensatz unten\n{L.structured}",
]

GENRES["informal_note"] = [
    "notiz: {q1.lfirst} wegen mustern anrufen. {q2.llast} will die blauen nicht die grünen",
    "nicht vergessen!! neue nummer von {p1.lfirst}: {p1.mobile}",
    "paket für {q1.lower} bei der post abholen, sendungsnr {x.tracking}",
    "{q1.last} wegen regalhalterungen fragen und {q2.first} sagen dass der transporter {x.weekday} gebucht ist",
    "todo\n- {p1.email} zurückschreiben\n- klebeband nachbestellen\n- geburtstagskarte {q2.lfirst}!!",
    "zettel an der kasse: fr. {q1.llast} holt ihre bestellung nach 16 uhr, ist bezahlt",
    "{q1.lfirst} war da, hat ihre adresse für den katalog dagelassen: {a1.one}",
    "kurz: {p1.lfirst} {p1.llast} hat angerufen, bittet um rückruf, {p1.phone}",
    "drucke noch zu {q1.first} bringen, {a1.line}, vorm wochenende",
    "abschied von {q1.full} am {x.weekday}!! sammelkasse in der küche",
]

GENRES["signature"] = [
    "Vielen Dank und viele Grüße\n{p1.full}\n{p1.title} | {p1.company}\nMobil {p1.mobile}\n{p1.wemail}",
    "Mit freundlichen Grüßen\n\n{p1.upper}\n{p1.title}\n{a1.block}\nTel.: {p1.landline}",
    "--\n{p1.full}\n{p1.company}\n{a1.one}\n{p1.phone} · {p1.wemail}",
    "Beste Grüße\n{p1.first}\n\n{p1.full} | {p1.title}\nDurchwahl: {p1.landline}",
    "Freundliche Grüße\n{p1.hon} {p1.full}\n{p1.wemail}\n\nSitz der Gesellschaft: {a1.city} · Amtsgericht {a1.city}",
    "Herzlich,\n{p1.first}\n—\n{p1.full}, Gründerin/Gründer\n{a1.one}\nVon meinem iPhone gesendet",
    "Gruß\n{p1.init}\n{p1.company} · {p1.phone}",
    "Vielen Dank!\n{p1.full}\nBüro: {p1.landline} | Mobil: {p1.mobile}\nBitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.",
    "MfG\n{p1.full}\ni. A. {p1.title}\n{p1.company}\n{a1.block}",
    "Liebe Grüße und bis bald!\n{p1.first}\n\n{p1.full}\nCommunity & Events\n{p1.wemail}\n(ich arbeite Di–Do)",
]

GENRES["payment"] = [
    "Bankverbindung für das Lieferantenkonto:\nKontoinhaber: {p1.full}\nIBAN: {iban1}\nVerwendungszweck: {x.invoice}",
    "Hallo, könnt ihr die Anzahlung von meiner Kreditkarte abbuchen? {card1}, gültig bis {x.expiry}. Karteninhaber: {p1.upper}. Danke!",
    "Erstattung bitte an {p1.full}, {iban1}. Bestellung {x.order}.",
    "Auszahlungsdaten geändert von {p1.full} am {x.date}: IBAN {iban1}, Login von IP {ip1}.",
    "Rückbuchung (Chargeback)\nKarteninhaber: {p1.full}\nKarte: {card1}\nBetrag: {x.price}\nGrund: Ware nicht erhalten",
    "Betrugsprüfung: Bestellung {x.order}, Rechnungsname {p1.full}, IP {ip1} (Land passt nicht), Karte {card1}.",
    "Für die Provision hier meine Bankdaten: {p1.full}, {iban1}. Steuer-ID: {taxid1}. LG {p1.first}",
    "SEPA-Lastschriftmandat\nKontoinhaber: {p1.full}\nAnschrift: {a1.one}\nIBAN: {iban1}\nDatum: {x.date}",
    "Hinterlegte Karte aktualisiert für {p1.honacc} {p1.last}: {card1}. Neue Rechnungsadresse: {a1.one}.",
    "Aufgeteilte Zahlung: {p1.full} hat {x.price} per Karte {card1} bezahlt, {p2.full} überweist den Rest von {iban1}.",
    "Honorarabrechnung Creator {p1.full}\nSteuerliche ID-Nr.: {taxid1}\nIBAN: {iban1}\nAuszahlung: {x.price}",
    "Personalstammblatt (Aushilfe)\nName: {p1.full}\nAnschrift: {a1.block}\nSteuer-ID: {taxid1}\nIBAN: {iban1}",
]

GENRES["address_change"] = [
    "Hallo, ich bin umgezogen! Bitte meine Adresse von {a1.one} auf {a2.one} ändern. {p1.full}",
    "Änderung Stammdaten\nKunde: {p1.hon} {p1.full}\nNeue Handynummer: {p1.mobile}\nNeue E-Mail: {p1.email}",
    "Kontoänderung {x.date}\nName geändert von {p1.full} zu {p1.first} {p2.last} (Heirat)\nLieferadresse: {a1.block}",
    "Bitte beachten Sie unsere neue Anschrift ab dem 1.: {a1.one}. Ansprechpartner für Anlieferungen ist {p1.full}, {p1.landline}.",
    "Kunde {x.customer} möchte eine zweite Lieferadresse hinzufügen: {p1.full}, {a1.one} (Eltern).",
    "Hallo zusammen, könnt ihr den Ansprechpartner auf unserem Konto von {q1.full} auf {p2.full} ({p2.wemail}) ändern? Danke, {p3.first}",
    "Bitte Daten aktualisieren:\nName: {p1.full}\nAlte Adresse: {a1.line}\nNeue Adresse:\n{a2.block}",
    "Umzugsformular\nName: {p1.rev}\nUmzugsdatum: {x.date}\nNeue Anschrift: {a2.one}\nTelefon: {p1.phone}",
    "DSGVO: Bitte korrigieren Sie die Schreibweise meines Namens zu {p1.full} und löschen Sie meine alte Nummer {p1.landline}.",
    "Ihr Kundenkonto\n{p1.dear} {p1.last}, wir haben Ihre Rechnungsadresse geändert auf:\n{a1.block}\nFreundliche Grüße, Buchhaltung",
]

GENRES["handover"] = [
    "Ich bin bis {x.date} nicht im Büro. In dringenden Fällen wenden Sie sich bitte an {p1.full} ({p1.wemail}, {p1.phone}).",
    "Übergabe während meines Urlaubs:\n- Lieferantenanrufe an {p1.full}\n- Bestellung von {q2.honacc} {q2.last} offen, nicht nachhaken\n- Schlüssel hat {p3.first}",
    "Bis {x1.date} bin ich nur eingeschränkt erreichbar. Vertretung: {p1.first} {p1.last}, {p1.landline}.",
    "Vielen Dank für Ihre Nachricht. Ich bin derzeit in Elternzeit. Bitte wenden Sie sich an {p1.honacc} {p1.full} unter {p1.wemail}.",
    "Schichtübergabe {x.date}\nOffene Tickets: 4\nRückrufe: {q1.full} ({ph1}), {q2.full} ({ph2})\nKasse: 2 € Differenz",
    "Automatische Antwort: Ich habe das Unternehmen verlassen. Meine Kunden betreut jetzt {p1.full}, mobil {p1.mobile}.",
    "Besetzung Pop-up\nMo: {p1.full}\nDi: {p2.full}\nMi: {p3.full}\nNotfall: {p1.phone}",
    "Abwesend – zurück am {x.weekday}. Presse: {p1.full}. Bestellungen: {role1}.",
    "Übergabe an {p1.first}: Das Konto {q2.company} gehört jetzt dir. Ansprechperson dort: {q2.full}, Sitz {a1.one}.",
    "Hallo, ich bin heute nicht da. Wegen des Shootings bitte an {p1.full} wenden oder im Studio anrufen: {ph1}.",
]
