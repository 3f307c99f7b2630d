"""German templates of the twelfth PII bank. Every list is split in halves: the first half
feeds dev12, the second heldout12 (see pii12_core.half)."""

PHRASES = {
    "greet": [
        "Hallo {p1.first},", "{p1.sal},", "Guten Tag {p1.hl},", "Liebe*r {p1.first},",
        "Hallo {p1.full},", "Moin {p1.first},", "Grüezi {p1.hl},", "Servus {p1.first},",
    ],
    "signoff": ["Viele Grüße", "Mit freundlichen Grüßen", "Beste Grüße", "LG", "Freundliche Grüße", "Herzliche Grüße", "Schöne Grüße", "Danke und Gruß"],
}

GENRES = {
    "crm_note": [
        "Rückruf bei {p1.full} wg. Bestellung {d.order}: {d.product} {d.kind} in {lk.colour} eine Nummer zu klein. Umtausch angeboten, {p1.first} möchte Antwort per Mail ({p1.email}). WV {d.date}.",
        "{d.date} {d.time} | {p2.first} (KS): {p1.hl} ruft an wegen Erstattung zu {d.invoice}, {d.price}. Karte {card} angeblich doppelt belastet. An Buchhaltung gegeben. Mobil {p1.phone}.",
        "Kundennotiz – {p1.full}, Stammkundin/Stammkunde seit {d.date}. Lieferadresse {a1.line}. Mag alles in {lk.compound}. Nicht vor 10 Uhr anrufen, lieber SMS an {p1.phone}.",
        "Info für {p2.first}: {p1.fi} will die {d.product} reparieren lassen, nicht tauschen. Bringt sie am {d.weekday} in die Filiale {lk.town}. Ticket {d.ticket}.",
    ],
    "call_log": [
        "ANRUFPROTOKOLL {d.date}\n{d.time} ein {p1.phone} – {p1.full} – Bestellung {d.order} – Lieferstatus – erledigt\n{d.time} aus {p2.phone} – {p2.hl} – Rückruf wg. {d.ticket} – nicht erreicht, AB\n{d.time} ein unterdrückt – aufgelegt",
        "{d.date} | MA: {p3.first} | Anrufer: {p1.full} ({p1.phone}) | Thema: Garantie {d.ticket}, Reißverschluss {d.product} defekt | Ergebnis: Retourenlabel an {p1.email}",
        "Verpasste Anrufe heute:\n- {p1.phone} ({p1.first}?) 3x\n- {tel}\n- {p2.hf}, {p2.phone}, wg. Rechnung {d.invoice}",
        "Telefonnotiz – aufgenommen von {p3.il}\n{d.time}: {p1.last} (hat buchstabiert) von der {d.company}, möchte {d.qty} Stück {d.product}, Rückruf unter {p1.phone}",
    ],
    "support_email": [
        "{ph.greet}\n\ndanke für deine Rückmeldung zur Bestellung {d.order}. Wir haben die Abholung für den {d.date} bei {a1.line} beauftragt. Pack die {d.product} bitte in den Originalbeutel.\n\n{ph.signoff}\n{p2.first}\nTalgrat Outdoor Kundenservice\n\n> Am {d.date} schrieb {p1.full} <{p1.email}>:\n> Die Jacke ist zu klein, kann ich eine Nummer größer bekommen?\n> Danke, {p1.first}",
        "{ph.greet}\n\nes tut uns leid, dass die {d.product} nach zwei Touren undicht ist. Ich habe das Reparaturticket {d.ticket} angelegt; das Retourenlabel kommt innerhalb eines Tages an {p1.email}.\n\n{ph.signoff}\n{p2.full}\nSenior-Beraterin Kundenservice\nTel. {tel}\nTalgrat Outdoor GmbH, {ade.line}",
        "Betreff: AW: Paket {d.tracking} fehlt\n\n{ph.greet}\n\nlaut Zusteller wurde das Paket bei einem Nachbarn in der {a1.street} abgegeben. Kannst du dort einmal nachfragen? Falls bis {d.weekday} nichts auftaucht, schicken wir Ersatz.\n\n{ph.signoff}\n{p2.first} | Talgrat Outdoor\n\n-----Ursprüngliche Nachricht-----\nVon: {p1.full} <{p1.email}>\nGesendet: {d.date} {d.time}\nMein Paket ist nie angekommen, ich war den ganzen Tag zu Hause.\n{p1.first}",
        "{ph.greet}\n\nkurzes Update zu {d.ticket}: Die Ersatz-{d.product} in {lk.colour} geht heute raus, Sendungsnummer {d.tracking}.\n\n{ph.signoff}\n\n{p2.full}\nTeamleitung Customer Experience\nTalgrat Outdoor\nTelefon: {tel} · Mobil: {p2.phone}\n{a2.block}",
    ],
    "lead_list_csv": [
        "vorname;nachname;email;telefon;firma;quelle\n{p1.first};{p1.last};{p1.email};{p1.phone};{d.company};Webinar\n{p2.first};{p2.last};{p2.email};;{d.company};Newsletter\n{p3.first};{p3.last};{p3.email};{p3.phone};;Messe",
        "Name\tE-Mail\tFirma\tNotiz\n{p1.full}\t{p1.email}\t{d.company}\twill Händlerpreisliste\n{p2.full}\t{p2.email}\t{d.company}\tMuster {d.product}\n{p3.fi}\t\t{d.company}\tam Stand, keine Karte",
        "\"Nachname, Vorname\";\"E-Mail\";\"Mobil\";\"Ort\"\n\"{p1.lf}\";\"{p1.email}\";\"{p1.phone}\";\"{lk.town}\"\n\"{p2.lf}\";\"{p2.email}\";\"\";\"{a2.town}\"",
        "lead_id|kontakt|email|score\n{d.qty}|{p1.full}|{p1.email}|{d.pct}\n{d.qty}|{p2.full}|{p2.email}|{d.pct}\n{d.qty}|{p3.full}|{p3.email}|{d.pct}",
    ],
    "trade_fair_export": [
        "Export Badge-Scanner – OutDoor-Messe, Halle A4\nZeit;Name;Funktion;Firma;E-Mail;Telefon\n{d.time};{p1.lf};Einkauf;{d.company};{p1.email};{p1.phone}\n{d.time};{p2.lf};Leitung Einkauf;{d.company};{p2.email};{p2.phone}",
        "Kontakte Stand {d.qty} (Tag 2)\n1. {p1.full} – {d.company} – {p1.email} – Interesse an {d.product}\n2. {p2.hl} – {d.company} – {p2.phone} – Katalog an {a2.line}\n3. {p3.first} von {d.company} – keine Daten, über LinkedIn nachfassen",
        "Nachname\tVorname\tLand\tE-Mail\n{p1.last}\t{p1.first}\t{a1.country}\t{p1.email}\n{p2.last}\t{p2.first}\t{a2.country}\t{p2.email}",
        "Visitenkarten {d.date}\n{p1.up}\n{d.company}\n{p1.email} · {p1.phone}\n---\n{p2.up}\nVertrieb DACH\n{p2.email}",
    ],
    "testimonial": [
        "„Die {d.product} hat mich drei Regentage im Allgäu trocken gehalten. Jeden Euro wert.“ – {p1.full}, {a1.town}",
        "„Passform top, und {lk.colour} sieht in echt noch besser aus.“ – {p1.fi}, {lk.town}",
        "★★★★★ Super Service – zweimal umgetauscht, völlig unkompliziert.\n– {p1.first} aus {a1.town}",
        "„Auf der Hüttentour hat mich sogar {lk.word} gefragt, wo die Jacke her ist.“ – {p1.hf}, {lk.town}",
    ],
    "review": [
        "{p1.fi} · Verifizierter Kauf · {d.date}\nBewertung: 4/5\nFällt klein aus, normalerweise {d.size}, brauchte eine Nummer größer. Die Farbe {lk.compound} ist schön.",
        "Bewertet von {p1.first} ({a1.town})\nDrei Sterne. Warm, aber die Bündchen pillen nach einem Monat. Wiegt {d.weight}, passt.",
        "Ehrliche Bewertung nach 200 km: Sohle vom {d.product} noch gut, Schnürsenkel ausgefranst. Der Kundenservice ({p2.first}) hat sie kostenlos ersetzt. – {p1.full}",
        "Titel: Nicht wasserdicht?\n{p1.full} schrieb am {d.date}: nach einer Stunde Nieselregen im {lk.month} waren die Schultern feucht. Händler hat innerhalb eines Tages geantwortet.",
    ],
    "email_signature": [
        "--\n{p1.full}\nVertriebsleitung Süd\nTalgrat Outdoor GmbH\n{ade.block}\nT: {tel.de} | M: {p1.phone}\n{p1.email}",
        "Mit freundlichen Grüßen\n\n{p1.hf}\nLeitung E-Commerce\n{d.company}\n{a1.line}\nDurchwahl: {p1.phone}\nDiese E-Mail kann vertrauliche Informationen enthalten.",
        "{p1.full} | Einkauf Schuhe\n{d.company} | {a1.line}\nmobil {p1.phone} | {p1.email}\nBitte denken Sie an die Umwelt, bevor Sie diese E-Mail drucken.",
        "Danke,\n{p1.il}\nKreditorenbuchhaltung\n{d.company}\n{p1.email}\nErreichbar Mo–Do {d.time}–{d.time}",
    ],
    "delivery_note": [
        "FAHRERHINWEIS: Wenn {p1.first} nicht da ist, bei Nachbarn Nr. {d.qty} abgeben. Code fürs Tor steht an der Klingel. Bei Ankunft {p1.phone} anrufen.",
        "Zustellhinweis Paket {d.tracking}:\nEmpfänger: {p1.full}\n{a1.block}\nAbstellort: hinter der grünen Tonne. Bitte nicht klingeln, Baby schläft.",
        "Kuriernotiz: {p1.hl}, {a1.line}, hat Annahme verweigert (Karton beschädigt). Zurück ins Depot {d.date}. Kontakt: {p1.email}",
        "{p1.lc} unter {p1.phone} anrufen – Klingel kaputt. Paket {d.tracking}, 2 Kartons, {d.weight}",
    ],
    "hr_shift_note": [
        "Schichttausch {d.date}: {p1.first} übernimmt die Spätschicht von {p2.first} (bis {d.time}). {p3.full} krank, AU folgt. Kasse gezählt von {p1.il}.",
        "Dienstplan KW {d.qty}\nMo–Mi: {p1.full}, {p2.full}\nDo–Sa: {p3.full}\nNotfallkontakt {p3.first}: {p3.phone}",
        "Personalnotiz: Neue Kollegin/neuer Kollege {p1.full} fängt am {d.date} in der Filiale {lk.town} an. IBAN für die Lohnabrechnung: {iban}, Steuer-ID {taxid}, kam per Mail ({p1.email}).",
        "übergabe: {p1.lc} hat inventur gemacht, {p2.lc} schließt heute ab. {lk.word} hat angerufen. schlüssel bei {p3.il}.",
    ],
    "event_registration": [
        "Du bist dabei, {p1.first}!\n\nTalgrat Trail Day am {d.date}, Start {d.time} am Parkplatz beim {lk.compound}. Deine Startnummer kommt an {p1.email}. Dein Teampartner {p2.full} ist schon angemeldet.",
        "Teilnehmende (Gruppe B, {d.date})\n{p1.full} – 2 Erwachsene\n{p2.full} – 1 Erw., 1 Kind\n{p3.il} – 1 Erw. (zahlt vor Ort)\nGuide: {p4.first}, mobil {p4.phone}",
        "Anmeldung Repair-Café am {d.date} von {p1.full} ({p1.email}): bringt eine {d.product} mit kaputtem Reißverschluss, fragt, ob Kinder mitkommen dürfen. (Formular gesendet von {ip4})",
        "Warteliste: {p1.first} {p1.last} und {p2.first} {p2.last}. Beide möchten unter {p1.phone} angerufen werden, wenn Plätze frei werden.",
    ],
    "invoice": [
        "RECHNUNG {d.invoice}\nDatum: {d.date}\n\nRechnungsadresse:\n{p1.full}\n{a1.block}\n\n1 x {d.product} {d.kind}, {lk.colour}, {d.size}   {d.price}\nVersand   {d.price}\n\nBitte überweisen Sie auf IBAN {iban}, Verwendungszweck {d.invoice}.",
        "Talgrat Outdoor GmbH · {ade.line}\n\n{p1.anrede}\n{p1.full}\n{a1.block}\n\nRechnung Nr. {d.invoice} zu Bestellung {d.order}\nArtikel: {d.product}, EAN {d.gtin}, {d.price}\nBezahlt per {lk.masked}.",
        "Proformarechnung Fachhandel\nz. Hd. {p1.full}, Einkauf\n{d.company}\n{a1.line}\n\n{d.qty} x {d.product} à {d.price}\nZahlungsziel 30 Tage netto auf IBAN {iban}.",
        "Rechnung {d.invoice} | Kunde {p1.il} | {a1.line} | Summe {d.price} | fällig {d.date} | bezahlt mit Karte {card}",
    ],
    "dunning_letter": [
        "{p1.anrede}\n{p1.full}\n{a1.block}\n\n{d.date}\n\nZahlungserinnerung zu Rechnung {d.invoice}\n\n{p1.sal},\n\nbei der Durchsicht unserer Konten haben wir festgestellt, dass die Rechnung {d.invoice} über {d.price} noch offen ist. Bitte überweisen Sie den Betrag innerhalb von 7 Tagen auf IBAN {iban}. Sollten Sie bereits bezahlt haben, betrachten Sie dieses Schreiben als gegenstandslos.\n\nMit freundlichen Grüßen\n{p2.full}\nBuchhaltung",
        "LETZTE MAHNUNG\n\n{p1.sal},\n\ntrotz zweier Erinnerungen ist die Zahlung zu Bestellung {d.order} nicht eingegangen. Geht der Betrag von {d.price} nicht bis {d.date} auf unserem Konto ({iban}) ein, übergeben wir die Forderung an ein Inkassobüro.\n\nForderungsmanagement, Talgrat Outdoor GmbH, {ade.line}",
        "Hallo {p1.first}, nur eine kleine Erinnerung: Rechnung {d.invoice} ({d.price}) ist seit zwei Wochen fällig. Überweisung an {iban}, oder schreib an {p2.email}, falls etwas nicht stimmt. Danke! {p2.first}",
        "2. Mahnung\nKunde: {p1.lf}\nAnschrift: {a1.line}\nOffen: {d.price} zzgl. {d.price} Mahngebühr\nLastschrift von {iban2} am {d.date} zurückgegeben.",
    ],
    "warranty_ticket": [
        "Ticket {d.ticket} – Gewährleistung\nKundin/Kunde: {p1.full} <{p1.email}>\nProdukt: {d.product}, Serien-Nr. {d.sku}, gekauft {d.date}\nProblem: Nahtband an der Kapuze löst sich, Fotos anbei.\nIntern: freigegeben von {p2.il}, Retourenlabel schicken.",
        "Reparaturauftrag {d.ticket}\nWerkstatt ({p2.first}): Schieber am Hauptreißverschluss ersetzt, getestet. Zurück an {p1.hl}, {a1.line}. Kunde möchte vor Versand Anruf unter {p1.phone}.",
        "{d.date}: {p1.first} {p1.last} hat einen {d.product} in der Filiale {lk.town} abgegeben. Sohle löst sich, {d.weight}. Will Reparatur, kein Geld zurück. Ref. {d.ticket}.",
        "Garantie abgelehnt: {d.ticket}. Brandlöcher vom Lagerfeuer. {p1.hf} am {d.date} per Mail ({p1.email}) informiert, Reparatur gegen Kosten ({d.price}) angeboten.",
    ],
    "chat_transcript": [
        "[{d.time}] Kunde: hi, hier ist {p1.lc}, bestellung {d.order} steht immer noch auf in bearbeitung\n[{d.time}] {p2.first} (Talgrat): Hallo {p1.first}! Ich schau nach … ist heute früh raus, Sendungsnummer {d.tracking}\n[{d.time}] Kunde: super danke. kann es an meine arbeit gehen? {a1.line}\n[{d.time}] {p2.first} (Talgrat): Erledigt!",
        "Besucher: hallo kommt die {d.product} in {lk.compound} wieder?\nAgent {p2.first}: Hallo! Voraussichtlich {d.date}. Soll ich Bescheid geben?\nBesucher: ja bitte, {p1.email}\nAgent {p2.first}: Notiert. Sonst noch was?\nBesucher: nein danke. lg {p1.lc}",
        "Live-Chat-Export {d.date}\n{p1.full}: meine Karte {card} wurde belastet, aber keine Bestätigung\nBot: Ich kann keine Kartendaten sehen, bitte teile sie hier nicht.\n{p1.full}: oh sorry",
        "{p1.lc}: hey, {p2.lc} meinte ihr macht reparaturen?\nTalgrat: Ja! Welches Produkt?\n{p1.lc}: {d.product}, reißverschluss. bin in der {a1.street}, kann das wer abholen\nTalgrat: Wir schicken dir ein Label. Deine Mail?\n{p1.lc}: {p1.email}",
    ],
    "voicemail_transcript": [
        "Sprachnachricht ({d.time}, 0:42): „Ja hallo, hier ist {p1.full}, ich hab letzte Woche die {d.product} bestellt, Bestellnummer {d.order}, und noch keine Versandmail. Rufen Sie mich bitte zurück unter {p1.phone}? Danke, tschüss.“",
        "Transkribierte Mailbox von {tel}: „Hi, {p1.first} von der {d.company}, wegen der Rechnung {d.invoice}, die muss an {p2.hdf} adressiert sein, nicht an mich. Danke.“",
        "AB {d.date} {d.time}: {p1.hl} (Nummer {p1.phone}) sagt, das Paket ging an {a2.line} statt an die eigene Adresse. Klang verärgert, will heute noch Rückruf.",
        "Auto-Transkript: „…äh, guten Tag, {p1.last} hier, {p1.first} {p1.last}, ich rufe an wegen meiner Reparatur … Ticket {d.ticket} … bitte rufen Sie mich nach {d.time} an unter {p1.phone}.“",
    ],
    "meeting_minutes": [
        "Protokoll Marketing-Jour-fixe {d.date}\nAnwesend: {p1.full}, {p2.full}, {p3.full}\n1. Herbstkampagne {d.product}: Budget {d.price}. Verantwortlich: {p1.first}\n2. Influencer-Shortlist: {p2.il} schickt bis {d.weekday}\n3. Sonstiges: neues Fotostudio in {lk.town}\nTo-dos: {p3.first} brieft Agentur; {p1.first} bucht Location am {lk.compound}",
        "Call Filialleitungen {d.date}\nTeilnehmende: {p1.fi}, {p2.fi}, {p3.fi} (Protokoll)\n- Frequenz im {lk.month} um {d.pct} gesunken\n- {p2.first}: samstags zu wenig Personal, braucht 2 Aushilfen\n- TO-DO {p1.first}: Bestand {d.kind} in {lk.colour} prüfen\n- Nächster Call {d.date}, {d.time}",
        "AP: {p1.last} schickt die neue Preisliste an {p2.hdf} ({p2.email}) bis {d.date}.\nAP: {p3.first} hakt bei {d.company} wegen EAN {d.gtin} nach.\nBeschluss: kein {lk.compound} mehr in der Sommerkollektion.",
        "To-dos aus dem Dienstag-Meeting:\n[ ] {p1.first} + {p2.first}: Shooting an der Hütte ({lk.word} ist einverstanden)\n[ ] {p3.il}: {d.qty} x {d.product} bestellen\n[x] {p2.first}: {p4.hl} zurückrufen, {p4.phone}",
    ],
    "handwritten_note": [
        "{p1.first} zurückrufen wg. Rechnung {d.invoice} – {p1.phone}",
        "Notiz für {p2.first}: {p1.hl} war da, will die {d.product} bis {d.weekday} zurückgelegt haben. Tel. {p1.phone}. – {p3.il}",
        "!! {p1.lc} (der Große mit dem Hund) – Gr. {d.qty}, {lk.compound}, anrufen wenn da. {p1.phone}",
        "Post-it: Paket für {p1.full} liegt unter der Theke, Abholcode {d.qty}. Nur an sie/ihn rausgeben!",
    ],
    "complaint_letter": [
        "{p1.full}\n{a1.block}\n\nTalgrat Outdoor GmbH\nKundenservice\n\n{d.date}\n\nBeschwerde zu Bestellung {d.order}\n\nSehr geehrte Damen und Herren,\n\nhiermit beschwere ich mich über die {d.product} {d.kind}, die schon nach einem Wochenende undicht war. Ich erwarte die Erstattung von {d.price}.\n\nMit freundlichen Grüßen\n{p1.full}",
        "Sehr geehrte Damen und Herren,\n\nich bin seit Jahren Kundin/Kunde bei Ihnen, aber die Abwicklung meiner Retoure ist inakzeptabel. Das Paket ging am {d.date} zurück (Sendungsnr. {d.tracking}), die {d.price} sind bis heute nicht erstattet. Ihr Kollege {p2.first} hat zweimal einen Rückruf versprochen.\n\nErreichbar bin ich unter {p1.email} oder {p1.phone}.\n\n{p1.full}",
        "Liebes Talgrat-Team,\n\nmeine Bestellung aus dem {lk.month} wurde an das falsche Haus geliefert ({a2.street}) und der Nachbar hat sie geöffnet. Ich wohne in der {a1.line}. Ich erwarte eine Entschuldigung und Ersatz.\n\nGrüße\n{p1.hf}",
        "Beschwerde Filialbesuch {lk.town}, {d.date}\nDie Verkäuferin ({p2.fi}) war unfreundlich, als ich nach der Garantie gefragt habe. Bitte meldet sich die Filialleitung bei mir: {p1.full}, {p1.phone}.",
    ],
    "social_dm": [
        "hey!! der post mit der {d.product} ist mega 😍 gibts {lk.compound} wieder? bin übrigens {p1.lc}, wir haben uns beim trailrun getroffen",
        "DM von {p1.handle}: hi, ich bin {p1.first}, meine bestellung {d.order} ist nie angekommen, könnt ihr schauen? mail ist {p1.email}",
        "Instagram-DM\n{p1.handle}: Hallo, kann ich ein Geschenk umtauschen? Gekauft hat es {p2.first} aus meiner Familie\nTalgrat: Klar! Schick uns Bestellnummer und Adresse\n{p1.handle}: {a1.line}, Bestellung {d.order}",
        "Facebook-Nachricht von {p1.full}: euer Kurier hat mein Paket über den Zaun in der {a1.street} geworfen 😡 bitte ruft an {p1.phone}",
    ],
    "loyalty_signup": [
        "Willkommen im Talgrat Gipfelclub, {p1.first}! Deine Mitgliedsnummer ist {d.order}. Als Lieferadresse haben wir {a1.line} gespeichert, Gutscheine zum Geburtstag gehen an {p1.email}.",
        "Neues Mitglied über Kasse: {p1.lf} · {p1.email} · SMS-Opt-in {p1.phone} · Filiale {lk.town} · {d.date}",
        "Hallo {p1.first}, schön, dass du dabei bist! Du hast jetzt {d.qty} Punkte. Tipp: Die {d.product} zählt im {lk.month} doppelt.",
        "Kundenkartenantrag, Papierformular abgetippt von {p2.first}:\n{p1.hf}, geb. {d.date}\n{a1.block}\nWerbeeinwilligung: ja",
    ],
    "marketplace_message": [
        "Nachricht von Käufer*in {p1.full} (Bestellung {d.order}): Hallo, könnt ihr an meine Büroadresse liefern? Die lautet {a1.line}. Danke!",
        "Antwort Verkäufer: Hallo {p1.first}, danke für deine Bestellung der {d.product}. Sie geht am {d.weekday} aus unserem Lager raus. Bei dringenden Fragen: {tel}. – {p2.first}, Talgrat Shop-Team",
        "Marktplatz-Fall {d.ticket}: Käufer {p1.il} meldet „Artikel nicht wie beschrieben“. Käufer schreibt: „Ich bin {p1.first}, erreichbar unter {p1.phone}.“",
        "Hallo, ich bin {p1.full} und habe 2 x {d.product} bei euch über den Marktplatz gekauft. Eine kam in {lk.compound}, bestellt war {lk.colour}. Bitte die richtige schicken an\n{a1.block}",
    ],
    "forwarded_chain": [
        "---------- Weitergeleitete Nachricht ---------\nVon: {p1.full} <{p1.email}>\nDatum: {d.date} {d.time}\nBetreff: Händleranfrage\nAn: {p2.email}\nCc: {p3.full} <{p3.email}>\nX-Originating-IP: [{ip4}]\n\nGuten Tag, wir haben einen kleinen Outdoorladen in {lk.town} und würden gern die {d.product} führen.\n{p1.first}",
        "Zur Info, siehe unten.\n{p4.first}\n\nVon: {p2.full}\nGesendet: {d.date}\nAn: {p1.full}\nCc: {p3.email}\nBetreff: AW: Muster\n\nHallo {p1.first},\ndie Muster sind heute an {a1.line} raus.\n{p2.first}",
        "Anfang der weitergeleiteten Nachricht:\n\n> Von: \"{p1.lf}\" <{p1.email}>\n> An: Talgrat Presse\n> Betreff: Presseanfrage\n>\n> Könnte mich jemand unter {p1.phone} zurückrufen?",
        "WG: WG: Frage zur Rechnung\n\nVon: {p2.email}\nAn: {p3.email}\n\n{p3.first}, kannst du dir das ansehen? Der Kunde ({p1.hl}) wurde doppelt belastet.\n\n---\nVon: {p1.email}\nHallo, ich wurde für {d.invoice} zweimal belastet. {lk.masked}.\n{p1.full}",
    ],
    "referral_message": [
        "Deine Freundin / dein Freund {p1.first} empfiehlt dir Talgrat Outdoor! Mit dem Code {d.sku} bekommst du 10 % auf deine erste Bestellung.",
        "Hallo {p2.first}, {p1.full} meint, die {d.product} wäre was für dich. Hier sind {d.pct} Rabatt – einfach bis {d.date} mit {p2.email} registrieren.",
        "Empfehlungsprämie: {p2.fi} hat über deinen Link bestellt, {d.price} Guthaben sind gutgeschrieben, {p1.first}!",
        "{p1.full} ({p1.email}) hat empfohlen: {p2.email}, {p3.email}. Prämie offen bis {d.date}.",
    ],
    "store_visit_report": [
        "Filialbesuch {lk.town}, {d.date}\nBesuch durch: {p1.full} (Gebietsleitung)\nFilialleitung: {p2.full}\n- Schaufenster mit {d.product} in {lk.colour}\n- Conversion {d.pct}\n- {p3.first} (Azubi) stark in der Passformberatung\nNachfassen: {p2.first} bestellt {d.kind} nach, {d.qty} Stück",
        "Besuchsbericht Partnerhändler {d.company}, {a1.line}\nAnsprechpartner vor Ort: {p1.hl}, mobil {p1.phone}\nPräsentation ok, es fehlt {d.product} EAN {d.gtin}. Nächster Besuch im {lk.month}.",
        "kurz in der {a1.street} gewesen. {p1.lc} an der kasse, {p2.lc} im lager. wolfsgraue fleecejacken ausverkauft. {p3.il} will rückruf.",
        "Testkauf {d.date}: Die Verkäuferin hat sich als {p1.first} vorgestellt und alle Fragen zur {d.product} beantwortet. Ergebnis {d.pct}. Testkäufer: {p2.il}.",
    ],
    "influencer_brief": [
        "Briefing: Launch {d.product}\nCreator: {p1.full} ({p1.handle}, {d.qty}k Follower)\nMuster an:\n{a1.block}\nKontakt: {p1.email} / Management {p2.full}, {p2.phone}\nDeliverables: 1 Reel, 3 Storys bis {d.date}\nSteuer-ID für die Gutschrift: {taxid}",
        "Hallo {p1.first}, wir freuen uns auf die Zusammenarbeit zum {lk.month}-Drop! Dein Honorar von {d.price} überweisen wir nach Veröffentlichung auf die IBAN {iban}. Die {d.product} in {lk.colour} schicken wir an {a1.line}.",
        "Creator-Shortlist\n- {p1.full}: Trailrunning, {p1.handle}\n- {p2.full}: Familienwandern, Agentur {p3.email}\n- {p4.fi}: Bikepacking",
        "Vertragsnotiz: {p1.full} hat für die Rechnung die Steuer-ID {taxid} angegeben. Honorar {d.price} auf {iban}.",
    ],
    "survey_answer": [
        "F: Möchtest du uns noch etwas mitteilen?\nA: Die {d.product} ist toll, aber der Versand hat ewig gedauert. Ruft mich gern an ({p1.first}): {p1.phone}",
        "Freitext: {p2.first} und ich haben beide die {d.kind} gekauft. Bei einer ist der Reißverschluss kaputt. Bitte melden unter {p1.email}.",
        "Kommentar: {p2.first} in der Filiale {lk.town} war super hilfsbereit!! – {p1.fi}",
        "Was können wir besser machen? „mehr farben wie {lk.compound}. außerdem bin ich {p1.lcfull} und hab meinen gutschein nie bekommen“",
    ],
    "address_block": [
        "{p1.anrede}\n{p1.full}\n{ade.block}",
        "{p1.anrede} {p1.full}\n{aat.block}\nÖsterreich",
        "Lieferanschrift: {p1.full}, {ach.line}, Schweiz. Tel. {p1.phone}",
        "Absender:\n{p1.il}\n{a1.block}",
    ],
    "co_line": [
        "{p1.full}\nc/o {p2.full}\n{a1.block}",
        "{d.company}\nz. Hd. {p1.hdf}\n{a1.block}",
        "Bitte den Ersatz an c/o {p2.hdf}, {a1.line} schicken, ich bin bis {d.date} dort. {p1.first}",
        "{d.company}\nz. H. {p1.full}, Einkauf\n{aat.block}",
    ],
    "bank_details": [
        "Hallo {p2.first}, hier meine Bankverbindung für die Erstattung: {p1.full}, IBAN {iban}. Danke, {p1.first}",
        "Onboarding Freelancer: {p1.full}\n{a1.line}\nIBAN {iban}\nSteuer-ID {taxid}\nRechnungen an Buchhaltung, Ref. {d.invoice}",
        "Bitte Lastschrift ändern: alte IBAN {iban2}, neue IBAN {iban}. Kontoinhaber*in {p1.full}.",
        "Personaländerung {d.date}: {p1.lf} wechselt in die Filiale {lk.town}; Gehaltskonto {iban}; Steuer-IdNr. {taxid} unverändert.",
    ],
    "fraud_review": [
        "Betrugsprüfung Bestellung {d.order}: Rechnungsname {p1.full}, Karte {card}, IP {ip} (Geo: {lk.town}), Lieferung an {a2.line}. Abweichung, angehalten.",
        "Rückbuchung {d.ticket}: Karteninhaber*in {p1.hl} widerspricht {d.price} auf Karte {card}. Bestellung von {ip} um {d.time}. Kunden-Mail {p1.email}.",
        "Login-Warnung: Konto {p1.email} innerhalb einer Minute von {ip} und {ip} angemeldet. Link zum Zurücksetzen verschickt.",
        "risk-log\n{d.date} {d.time} {ip4} bestellung {d.order} karte {card} name auf karte {p1.up} 3DS fehlgeschlagen",
    ],
}

NOPII = {
    "order_status": [
        "Bestellung {d.order}: 1 x {d.product} {d.kind} ({lk.colour}, {d.size}) ist gepackt und verlässt unser Lager am {d.weekday}. Summe {d.price}.",
        "Deine Bestellung {d.order} ist bestätigt. Artikel: {d.product}, EAN {d.gtin}. Voraussichtliche Lieferung {d.date}.",
        "Status: teilweise versandt. {d.qty} von {d.qty} Artikeln unterwegs, Sendungsnummer {d.tracking}. {lk.compound} kommt erst am {d.date}.",
        "Bestellung {d.order} am {d.date} auf Wunsch storniert. Die {d.price} gehen innerhalb von 5 Werktagen zurück auf {lk.masked}.",
    ],
    "shipping_update": [
        "Paket {d.tracking} wird heute zwischen {d.time} und {d.time} zugestellt. Gewicht {d.weight}.",
        "Zustellversuch für {d.tracking} am {d.date}. Das Paket liegt 7 Tage in der Filiale {lk.town} bereit.",
        "Sendung {d.tracking}: Zoll erledigt, Zustellung am {d.weekday}. PLZ laut Auftrag: {d.zip}.",
        "Lieferung verzögert sich wegen des Feiertags im {lk.month}. Neuer Termin: {d.date}. Ref. {d.order}.",
    ],
    "product_qa": [
        "F: Fällt die {d.product} normal aus?\nA: Eher klein, die meisten nehmen eine Nummer größer. Gewicht {d.weight}.",
        "F: Bleicht die Farbe {lk.compound} aus?\nA: Nein, bei 30 °C waschen und hängend trocknen. Artikel {d.sku}.",
        "F: Ist die Kapuze abnehmbar?\nA: Ja, per Reißverschluss. Preis {d.price}, EAN {d.gtin}.",
        "F: Ist das dasselbe Modell wie die {d.product} in {lk.compound}?\nA: Gleicher Stoff, andere Farbe. {lk.word} hat sie auch.",
    ],
    "stock_report": [
        "artikel;ean;farbe;größe;menge\n{d.sku};{d.gtin};{lk.colour};{d.size};{d.qty}\n{d.sku};{d.gtin};{lk.colour};{d.size};{d.qty}",
        "Bestand Filiale {lk.town}, {d.date}: {d.product} {d.qty} Stk., {d.product} {d.qty} Stk., {lk.compound} ausverkauft.",
        "Inventur Lager {d.date}\nArtikel {d.sku}: {d.qty}\nArtikel {d.sku}: {d.qty}\nBeschädigt: {d.qty} ({d.weight})",
        "Nachbestellung: {d.product} x {d.qty} (je {d.price}), {d.product} x {d.qty}. Lieferantenref. {d.invoice}.",
    ],
    "campaign_plan": [
        "Kampagnenplan {lk.month}: Hero-Produkt {d.product}, Budget {d.price}, Ziel-CTR {d.pct}. Laufzeit {d.date} bis {d.date}.",
        "Herbstkollektion: {lk.compound} und {lk.colour} pushen. Landingpage v{d.qty}. Verantwortlich: {lk.role}.",
        "Anzeigengruppe „Regenjacken“: {d.product}, {d.product}. Max. Gebot {d.price}. Region {lk.town} ausschließen.",
        "Briefing Agentur: Fokus auf 28.000 mm Wassersäule der {d.product}, keine Superlative. Deadline {d.date}.",
    ],
    "anonymous_review": [
        "Verifizierter Kauf · {d.date} · 5/5\nDie Farbe {lk.compound} ist toll, passt perfekt in {d.size}.",
        "Anonym · 2/5\nReißverschluss nach einem Monat kaputt. Support hat es aber in einer Woche gelöst.",
        "Verifizierter Kauf aus {lk.town}: warm, leicht ({d.weight}), mit {d.price} nicht billig.",
        "Ein Kunde · 4/5\nGekauft für {lk.word}. Gutes Preis-Leistungs-Verhältnis.",
    ],
    "payment_notice": [
        "Zahlung erhalten: {d.price} für Rechnung {d.invoice}, {lk.masked}. Vielen Dank!",
        "Deine Erstattung über {d.price} wurde an {lk.masked} angewiesen. Referenz {d.order}.",
        "Zahlung für Bestellung {d.order} fehlgeschlagen ({lk.masked}, gültig bis {d.expiry}). Bitte Zahlungsart aktualisieren.",
        "Rate {d.qty} von 3 ({d.price}) fällig am {d.date}. Lastschrift von {lk.masked}.",
    ],
    "store_notice": [
        "Unsere Filiale {lk.town} ist am {d.date} wegen Inventur geschlossen. Ab {d.weekday} wieder ab {d.time} geöffnet.",
        "Neue Öffnungszeiten ab {d.date}: Mo–Fr {d.time}–{d.time}, Sa {d.time}–{d.time}.",
        "Repair-Café in der Filiale {lk.town} jeden ersten {d.weekday} im Monat. Bring deine {d.kind} mit!",
        "Achtung: {lk.word} baut um. Der Parkplatz hinter dem {lk.compound} ist bis {d.date} gesperrt.",
    ],
    "newsletter_copy": [
        "Neu: die {d.product} in {lk.compound}. Leicht, klein verpackbar und bereit für den {lk.month}.",
        "Nur diese Woche: {d.pct} auf ausgewählte {d.kind}. Endet am {d.date}.",
        "Das ist die {d.product}: {d.weight}, recyceltes Material, gemacht für lange Tage auf dem Trail.",
        "Aus dem Blog: ein Wochenende in {lk.town}, vom {lk.compound} bis zur Hütte. Plus: Daunen richtig waschen.",
    ],
    "ops_note": [
        "Erinnerung für {lk.role}: Retouren bis {d.time} scannen. Bestellung {d.order} noch offen.",
        "Drucker im Büro hat wieder Papierstau. Ticket {d.ticket} bei der IT, Version {d.version}.",
        "{lk.role} braucht {d.qty} Kartons {d.product} bis {d.weekday}. Rechnung {d.invoice} anbei.",
        "Hinweis: {lk.word} liefert am {d.weekday}. Bitte nicht vor der Laderampe parken.",
    ],
}
