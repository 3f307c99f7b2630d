"""German templates of the seventeenth PII bank, dev half (written in German, not translated).

PII: genre -> list of templates; CLEAN: genre -> list of templates without personal data.
Prefixes: `@AT ` / `@CH ` / `@DE ` set the text's country (Austrian and Swiss variants),
`%nocue ` keeps invented names out (names in running text without a cue word).
"""


def _rows(ctx, lo, hi):
    return list(range(1, ctx.rng.randint(lo, hi) + 1))


def leads_semikolon(ctx):
    rows = "\n".join(f"{{p{i}.lf}}; {{p{i}.email}}; {{p{i}.tel}}; ⟨Zelte|Schuhe|Rucksäcke|Vereinsausstattung|Verleih⟩" for i in _rows(ctx, 3, 5))
    return "Messekontakte ⟨ISPO München|OutDoor Friedrichshafen|Alpinmesse Innsbruck⟩ ({date})\nName; E-Mail; Telefon; Interesse\n" + rows


def leads_caps(ctx):
    rows = "\n".join(f"• {{p{i}.lfcaps}} – {{p{i}.email}} – Rückruf ⟨{{date{i}}}|nächste Woche|nach dem Webinar⟩" for i in _rows(ctx, 2, 4))
    return "Heiße Leads aus dem Schichtsystem-Webinar (Export vom {date}):\n" + rows + "\nZuständig: {p9.full}"


def leads_nummeriert(ctx):
    rows = "\n".join(f"{i}) {{p{i}.honfull}}, ⟨Einkauf|Geschäftsführung|Vereinsvorstand|Filialleitung⟩ bei {{company{i}}}, mobil {{p{i}.mobile}}" for i in _rows(ctx, 2, 3))
    return "Händler-Akquise Q3\n\n" + rows + "\n\nAllen das Starterpaket ({price}) anbieten."


def tsv_personen(ctx):
    rows = "\n".join(f"{{p{i}.first}}\t{{p{i}.last}}\t{{p{i}.email}}\t{{a{i}.zip}}\t{{a{i}.town}}" for i in _rows(ctx, 2, 5))
    return "Vorname\tNachname\tE-Mail\tPLZ\tOrt\n" + rows


def csv_anrede(ctx):
    rows = "\n".join(f"{{p{i}.mr}};{{p{i}.first}};{{p{i}.last}};{{a{i}.street}};{{a{i}.zip}};{{a{i}.town}};{{cust{i}}}" for i in _rows(ctx, 2, 4))
    return "Anrede;Vorname;Nachname;Straße;PLZ;Ort;Kundennr.\n" + rows


def md_kontakte(ctx):
    rows = "\n".join(f"| {{p{i}.full}} | ⟨Filialleitung|Einkauf|Werkstatt|Fotografie|Bergführer⟩ | {{p{i}.tel}} |" for i in _rows(ctx, 2, 4))
    return "## Ansprechpartner Pop-up-Store Oberstdorf\n\n| Name | Rolle | Telefon |\n|---|---|---|\n" + rows + "\n\nWarenliste: {sku}, {sku2}."


def md_dienstplan(ctx):
    rows = "\n".join(f"| {{weekday{i}}} | {{p{i}.first}} | {{time{i}}}–18:30 | ⟨Kasse|Beratung|Lager⟩ |" for i in _rows(ctx, 3, 5))
    return "**Dienstplan KW {qty}**\n\n| Tag | Wer | Schicht | Bereich |\n| --- | --- | --- | --- |\n" + rows + "\n\nTausch nur nach Absprache mit {p9.full} ({p9.mobile})."


def sql_kunden(ctx):
    rows = ",\n".join(f"  ({{qty{i}}}, '{{p{i}.first}}', '{{p{i}.last}}', '{{p{i}.email}}', '{{a{i}.street}}', '{{a{i}.zip}}')" for i in _rows(ctx, 2, 4))
    return "INSERT INTO kunden (id, vorname, nachname, email, strasse, plz) VALUES\n" + rows + ";"


def json_kontakte(ctx):
    items = ",\n".join(f'    {{"name": "{{p{i}.full}}", "mail": "{{p{i}.email}}", "rolle": "⟨Rechnung|Lieferung|Einkauf⟩"}}'.replace("{\"", "\x03").replace("\"}", "\x04") for i in _rows(ctx, 2, 3))
    items = items.replace("\x03", "{\"").replace("\x04", "\"}")
    return '{\n  "kundennummer": "{cust}",\n  "firma": "{company}",\n  "ansprechpartner": [\n' + items + '\n  ],\n  "angelegt": "{date}"\n}'


def log_zeilen(ctx):
    lines = []
    for i in _rows(ctx, 3, 5):
        kind = ctx.rng.choice(["ipv", "ipp", "ipsix", "ip"])
        lines.append(f'{{{kind}{i}}} - - [0{i}/Apr/2025:08:4{i}:1{i} +0200] "⟨GET /konto|POST /kasse|GET /bestellungen/{{order{i}}}|POST /anmelden⟩ HTTP/2" ⟨200|302|403|200⟩ {{qty{i}}}')
    lines.insert(ctx.rng.randint(1, len(lines)), "# Passwort-Reset angefordert für {p1.email}")
    return "\n".join(lines)


PII = {
    "crm_note": [
        "Betrugsprüfung {date}: Bestellung {order} von {p1.full}, Karte {card}, Lieferung an Packstation, Rechnungs-IP {ipv}. Nach Rückruf unter {p1.tel} von {p2.init} freigegeben.",
        "Kunde: {p1.lf}\nKundennr.: {cust}\nLetzter Kontakt: {date}, telefonisch ({p1.tel})\nNotiz: Stamm{p1.kundel}, kauft jedes Jahr Merino. Fragt, ob der {short} klein ausfällt – eine Nummer größer empfohlen. Lieber per Mail ({p1.email}), nicht vor {time} anrufen.\nBetreut von: {p2.full}",
        "{date} {p2.init}: nochmal mit {p1.hon} wegen Reklamation {rma} gesprochen. Reißverschluss an der {short} nach zwei Saisons kaputt. Retourenlabel an {a1.line} geschickt. Wiedervorlage {weekday}.",
        "@AT Neukontakt vom Testival: {p1.full}, Jugendleiter{p1.r} einer Alpenvereinssektion in {a1.town}. Budget ca. {price} pro Person für {qty} Jugendliche, Bestellung im Jänner. Am besten erreichbar unter {p1.mobile}.",
        "CRM › Kontakt › Notizen\n{p1.honfull} (Stammkunde Gold) – kauft meist in der Filiale Garmisch. Hat sich beschwert, dass Bestellung {order} in zwei Paketen kam. Gutschein {code} von {p2.first} ausgestellt.",
    ],
    "support_email": [
        "Betreff: AW: Bestellung {order} – falsche Größe\n\nHallo {p1.first},\n\ndanke für die Fotos! Ich habe dir eine kostenlose Rücksendung angelegt, das Label kommt in der nächsten Stunde an {p1.email}. Sobald die Hose bei uns ist, schicken wir die 48 am selben Tag raus.\n\nViele Grüße\n{p2.full}\nKundenservice Talgrat Outdoor\n{shop.tel}\n\nAm {date} schrieb {p1.full} <{p1.email}>:\n> Hallo, ich habe die {product} in 46 bestellt, sie ist am Bund zu eng. Kann ich auf 48 tauschen?\n> LG {p1.first}",
        "Von: {p1.full} <{p1.email}>\nAn: {role}\nBetreff: Paket nicht angekommen\n\nSehr geehrte Damen und Herren,\n\nlaut Sendungsverfolgung wurde meine Bestellung {order} am {date} zugestellt, bei mir ({a1.line}) ist aber nichts angekommen. Auch ⟨die Nachbarn|der Hausmeister⟩ haben nichts. Können Sie bitte einen Nachforschungsauftrag stellen? Sie erreichen mich unter {p1.tel}.\n\nMit freundlichen Grüßen\n{p1.full}",
        "{p1.dear} {p1.last},\n\nes tut uns leid, dass Ihre {short} an den Nähten undicht ist. Bitte schicken Sie die Jacke an unseren Reparaturpartner:\n\n{company}\n{b1.block}\n\nund geben Sie die Nummer {rma} an. Das Porto erstatten wir bis {price}.\n\nFreundliche Grüße\n\n{p2.sig}\nReparatur & Garantie\nTel. {shop.tel} | {role}\n\n-----Ursprüngliche Nachricht-----\nVon: {p1.email}\nGesendet: {date}\nBetreff: Jacke undicht\n\nGuten Tag, meine Jacke lässt an den Schultern Wasser durch. Was kann ich tun? {p1.fi}",
        "@CH Grüezi {p1.hon}\n\nVielen Dank für Ihre Nachricht. Die Rücksendung in die Schweiz läuft über unser Lager in Basel; das Etikett liegt bei. Den Betrag von {price} schreiben wir nach Eingang gut.\n\nFreundliche Grüsse\n{p2.full}\nKundendienst\n\n--- Ursprüngliche Nachricht ---\nVon: {p1.full} <{p1.email}>\nIch möchte den Rucksack zurückschicken. Mein Natel: {p1.mobile}",
    ],
    "lead_list": [leads_semikolon, leads_caps, leads_nummeriert],
    "testimonial": [
        "„Die {short} hat mich vier Tage auf dem Lechweg trocken gehalten. Jeden Cent wert.“\n– {p1.init}, {a1.town}",
        "»Nach 600 Kilometern greifen die Sohlen immer noch auf nassem Fels.« ({p1.full}, Trailläufer{p1.r} aus {a1.town})",
        "Kundenstimme für die Startseite: {p1.first} aus {a1.town} schreibt: „Mit dem Fernkamm auf dem Jakobsweg – keinen einzigen Tag Rückenschmerzen.“ Bitte als „{p1.init}“ zeichnen.",
        "★★★★★ „Das Wärmste, was ich besitze.“ – {p1.fi}, verifizierter Kauf",
    ],
    "review": [
        "★★★★☆ Tolles Fleece, Ärmel etwas lang\nBewertet von {p1.init} am {date} · Verifizierter Kauf\n\nWarm, atmet gut am Anstieg, trocknet über Nacht auf der Hütte. Bei 1,78 m passt M, nur die Ärmel sind lang.",
        "Bewertung Nr. {qty} – {product}\nVerfasser: {p1.full}\nSterne: 5/5\n\nMein Mann {p2.first} und ich tragen die Socken jetzt beide. Keine Blasen bei 25 km.",
        "{p1.lower} schrieb am {date}: hab die kaltkar für ne wintertour im lappland gekauft, bis -20 grad kuschelig. einziger minuspunkt: kordel an der kapuze mit handschuhen fummelig",
        "@AT War diese Bewertung hilfreich? (7)\n\n„Passt perfekt“ – von {p1.full}, {a1.town}\nNormal trag ich 42, die 42 passt auch mit dicken Socken. Heuer schon 300 km damit.",
    ],
    "email_signature": [
        "--\n{p1.full}\n⟨Leitung Einkauf|Key Account Managerin|Filialleitung|Eventmanagement⟩\n{company}\n{b1.line}\nTel.: {tel}\nMobil: {p1.mobile}\n{p1.work}",
        "Mit freundlichen Grüßen\n\n{p1.caps}\nStaatl. gepr. Berg- und Skiführer\nMobil {p1.mobile} · {p1.email}\nBitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.",
        "Beste Grüße\n{p1.first}\n\n{p1.full} | Fotografie\n{p1.tel} | {p1.email}\nAtelier: {a1.block}",
        "Viele Grüße aus Garmisch\n{p1.first}\n\n{p1.full}\nKooperationen · Talgrat Outdoor\n{p1.work} · {shop.tel}\nTalgrat Outdoor GmbH · Sitz Garmisch-Partenkirchen · Amtsgericht München HRB {qty}887\nGeschäftsführung: {p2.full}, {p3.full} · USt-IdNr. {vat}",
    ],
    "feed_row": [
        "id;titel;preis;gtin;marke;bewertung_autor;sterne\n{sku};\"{product}\";\"{price}\";{gtin};Talgrat;{p1.full};⟨4|5⟩",
        "<item>\n  <g:id>{sku}</g:id>\n  <g:title>{product}</g:title>\n  <g:gtin>{gtin}</g:gtin>\n  <bewertung autor=\"{p1.init}\" sterne=\"5\">Leicht und warm.</bewertung>\n</item>",
        "haendler_id\tansprechpartner\temail\ttelefon\tangebot\n{cust}\t{p1.full}\t{p1.email}\t{p1.tel}\t{sku}",
    ],
    "brief": [
        "Shooting-Briefing: Der Koch der Hütte stellt uns die Stube, Foto-Modell ist {p1.full} (Agentur: {p2.full}, {p2.tel}). Requisiten: Fuchs-Stofftier, Hochsattel 30, Bauernbrot.",
        "Briefing Herbst-Newsletter\nVerantwortlich: {p2.full}\nZiel: die {product} vor dem ersten Frost pushen.\nAufhänger: {p1.full} aus unserer Community ist damit den Karnischen Höhenweg gegangen – Zitat freigegeben (Einwilligung vom {date}).\nTonalität: du, warm, ohne Rabatt-Sprech.",
        "Texting-Briefing PDP {short}\nFakten bitte mit {p2.full} (Produktmanagement) abgleichen. Das Zitat von {p1.hon} kommt in den zweiten Absatz; Freigabe über {p1.ihr}e Agentur, Ansprechpartner {p3.full} ({p3.email}).",
        "Idee Social Post: Danke an {p1.full} ({p1.handle}), der/die den Maximiliansweg in unseren Steinlauf gelaufen ist. Entwurf {p2.first}, Freigabe {p3.full}. Bild vom Grat nehmen, nicht das von der Hütte.",
    ],
    "chat": [
        "[09:14] {p2.firstlower}: weiß jemand ob die kaltkar in XL wieder da ist?\n[09:15] {p3.firstlower}: morgen. wieso\n[09:15] {p2.firstlower}: {p1.lower} ruft dauernd an wegen {order}\n[09:16] {p3.firstlower}: sag donnerstag, nummer ist {p1.tel} falls du zurückrufen willst",
        "{p2.firstlower} 11:02\nkann jemand {p1.firstlower} erstatten? die mit der undichten jacke. iban {iban}\n{p3.firstlower} 11:05\nmach ich 👍",
        "@AT servus, {p1.full} vom kletterverein war da, will 10 hoodies mit logo. mail {p1.email}. kannst du bis {weekday} a angebot machen? lg {p2.firstlower}",
        "{p2.first}: Hat {p1.first} die unterschriebene Model-Release schon geschickt?\n{p3.first}: ja, liegt im Drive unter {p1.lf}.",
    ],
    "call_note": [
        "Telefonnotiz {date} {time}\nAnrufer{p1.r}: {p1.full} ({p1.tel})\nThema: Umtausch {order}, Schuhe zu schmal\nVereinbart: Tausch auf Weit, kostenlos. Vorgang {ticket}.\nAufgenommen von: {p2.first}",
        "AB-Nachricht von {p1.tel}, {time} Uhr: „Ja hallo, hier ist {p1.full}, es geht um die Reparatur meiner {short}, bitte rufen Sie mich zurück.“ → an {p2.full} weitergegeben.",
        "@CH Anruf {weekday}: {p1.hon} fragt, ob wir in die Schweiz liefern. Ja, 5–7 Tage, Zoll übernehmen wir. Katalog bitte an\n{a1.block}",
    ],
    "order_note": [
        "Bestellung {order} – Lieferhinweis des Kunden: „Bitte bei {p2.honfull} nebenan abgeben, falls ich nicht da bin.“ Lieferadresse: {p1.full}, {a1.line}. Geschenkverpackung: ja.",
        "Bestellkommentar ({date}):\nRechnung an: {p1.lf}\nLieferung an: {p2.full}\n{a2.block}\n{a2.country}\nTelefon für den Kurier: {p2.tel}\nHinweis: Geburtstagsgeschenk, bitte keine Rechnung ins Paket.",
        "Click & Collect Nr. {qty}: Abholung durch {p1.full} am {date}. Ausweis geprüft von {p2.fi}. Bezahlt mit Karte {masked}.",
    ],
    "return_note": [
        "Retoure {rma}\nKunde: {p1.full}\nArtikel: {product}, Gr. {size}\nGrund: zu warm\nErstattung auf: {iban} (Kontoinhaber{p1.r} {p1.full})\nGeprüft: {p2.fi}",
        "Retourenannahme: Paket von {a1.line} ohne Rücksendeschein. Inhalt: zwei Paar Trittweg-Socken und ein Zettel „Danke, {p1.first}“. Über Bestellung {order} {p1.full} zugeordnet.",
        "RMA {rma} | {p1.lfcaps} | Gutschrift {price} auf Karte {card} | Grund 27 (Farbe gefällt nicht) | frei: {p2.first}",
    ],
    "live_chat": [
        "[{time1}] Besucher: kann ich euch einfach meine Karte geben? {card}\n[{time2}] {p2.first} (Service): Bitte keine Kartennummern im Chat posten – ich hab sie gelöscht, {p1.first}. Nutz bitte den sicheren Zahlungslink.",
        "Chatverlauf vom {date}\n[{time1}] Besucher: hallo, ich muss die Adresse bei meiner Bestellung ändern\n[{time2}] {p2.first} (Service): Klar! Wie ist dein Name und die Bestellnummer?\n[{time3}] Besucher: {p1.full}, {order}\n[{time3}] Besucher: neue Adresse: {a1.line}\n[{time4}] {p2.first} (Service): Erledigt ✔ Bestätigung kommt an {p1.email}.",
        "Besucher ({ip}) · {p1.email}\n> habt ihr den hochsattel in blau?\n{p2.first}: ja, noch 4 Stück.\n> super, könnt ihr mich anrufen? {p1.tel}",
        "Bot: Wie lautet deine E-Mail-Adresse?\nNutzer: {p1.email}\nBot: Danke! Und die Bestellnummer?\nNutzer: {order}\nBot: Ich habe eine Bestellung für {p1.full} gefunden. Bist du das?\nNutzer: ja",
    ],
    "signup_form": [
        "Neue Newsletter-Anmeldung\nVorname: {p1.first}\nNachname: {p1.last}\nE-Mail: {p1.email}\nInteressen: Trailrunning, Hüttentouren\nDouble-Opt-in-IP: {ip}\nZeitpunkt: {date} {time}",
        "Formular „Kurs Schichtprinzip“\nname={p1.full}\nemail={p1.email}\ntelefon={p1.tel}\nplaetze=2\nip={ip}",
        "Antrag Kundenkarte\nName: {p1.honfull}\nAnschrift: {a1.any}\nMobil: {p1.mobile}\nGeburtsdatum: {dob}\nLieblingsaktivität: Klettersteig",
    ],
    "payment": [
        "Telefonbestellung, aufgenommen von {p2.first} am {date}: {p1.full}, Kreditkarte {card}, gültig bis {expiry}, Rechnungsadresse {a1.line}. Belastet: {price}.",
        "SEPA-Lastschriftmandat\nGläubiger-ID: {creditor}\nMandatsreferenz: {mandate}\nKontoinhaber: {p1.full}\nIBAN: {ibande}\nBIC: {bic}\nOrt, Datum: {a1.town}, {date}",
        "Rückbuchung: Karte {card} ({p1.caps}), Umsatz vom {date}, Betrag {price}. Grund: Ware nicht erhalten. Kunden-Mail {p1.email}.",
        "Zahlungseingang von {p1.lfcaps}, IBAN {iban}, Verwendungszweck „{order} {p1.last}“, Betrag {price}. Zugeordnet zu Rechnung {invoice}.",
        "@AT Überweisung bitte an: Empfänger {p1.full}, IBAN {iban}, Zahlungsreferenz {ref}. Danke, {p1.first}",
    ],
    "meeting_minutes": [
        "Protokoll Marketing-Jour-fixe {date}\nAnwesend: {p2.full}, {p3.full}, {p4.first}\nTOP 1 Herbstkampagne: {p2.first} schreibt den Hero-Text bis {weekday}.\nTOP 2 {p3.first} und {p4.first} sichten die Fotos vom Shooting mit {p1.full}.\nTOP 3 Sonstiges: –",
        "%nocue Kurzes Update von heute: {p2.full} hat die Größentabelle fertig, {p3.full} liest morgen Korrektur. Die Fotos von {p1.full} am Grat sind super geworden.",
        "To-dos\n- [ ] {p2.init}: {p1.full} nach dem Zitat vom Zugspitzlauf fragen\n- [x] {p3.init}: Raum in Innsbruck buchen\n- [ ] {p2.init}: Briefing an die Agentur",
    ],
    "mention": [
        "%nocue Kannst du {p2.first} fragen, ob {p1.full} die Ersatzkapuze inzwischen bekommen hat? {p1.first} hat schon zweimal geschrieben.",
        "%nocue {p1.full} hat das Zelt schon wieder zurückgeschickt, dritte Retoure dieses Jahr.",
        "%nocue Das Mittagessen hat gedauert – {p2.full} und {p3.full} streiten immer noch über den Relaunch vom Hochsattel.",
        "%nocue Danke an {p1.full} für den Tipp mit dem Zeltplatz am Walchensee, der kommt in den Blogartikel.",
    ],
    "freelancer_invoice": [
        "@DE RECHNUNG Nr. {invoice}\n{p1.full}\nFotografie\n{a1.block}\nSteuer-ID: {taxid}\nSteuernummer: {stnr}\n\nAn: Talgrat Outdoor GmbH, {shop.line}\nShooting „Kaltkar Winter“, 2 Tage: {price}\nGemäß § 19 UStG wird keine Umsatzsteuer berechnet.\n\nBitte überweisen an {ibande} innerhalb von 14 Tagen.",
        "@DE Hallo Buchhaltung, hier {p1.first} – die Rechnung für die Texte hängt an. Meine Steuer-ID ist {taxid}, falls ihr die fürs Auszahlungsformular braucht; Bankverbindung wie gehabt ({ibande}). Danke! {p1.full}",
        "@DE Honorarabrechnung Messeaushilfe\nName: {p1.lf}\nSteuerliche Identifikationsnummer: {taxid}\nUSt-IdNr.: entfällt\nIBAN: {ibande}",
    ],
    "staff_form": [
        "@DE Personalfragebogen Minijob Lager\nFamilienname: {p1.last}\nVorname: {p1.first}\nGeburtsdatum: {dob}\nAnschrift: {a1.line}\nSteuer-ID: {taxid}\nSozialversicherungsnummer: {svnr}\nIBAN: {ibande}\nNotfallkontakt: {p2.full}, {p2.tel}",
        "@DE Checkliste Neueinstellung {p1.full}: Vertrag unterschrieben ✔, Steuer-ID {taxid} liegt vor ✔, Spindschlüssel von {p2.first} übergeben ✔, Mitarbeiterrabatt ✔.",
    ],
    "server_log": [
        log_zeilen,
        "2025-04-02T08:41:12+02:00 INFO  auth  Anmeldung ok user={p1.email} ip={ipp}\n2025-04-02T08:42:57+02:00 WARN  auth  Anmeldung fehlgeschlagen user={p2.email} ip={ipsix}\n2025-04-02T08:43:05+02:00 INFO  warenkorb  sku={sku} menge=1 ip={ipp}",
        "fail2ban: {ipv} gesperrt – 5 Fehlversuche auf das Konto von {p1.full} (Kd.-Nr. {cust}). Entsperren erst nach Prüfung durch {p2.first}.",
    ],
    "json_record": [
        '{"kunde": {"nr": "{cust}", "name": "{p1.full}", "email": "{p1.email}", "telefon": "{p1.tel}", "adresse": {"strasse": "{a1.street}", "plz": "{a1.zip}", "ort": "{a1.town}"}}, "letzte_bestellung": "{order}"}',
        json_kontakte,
        '{"ereignis":"bewertung.neu","sterne":5,"autor":{"anzeigename":"{p1.init}","email":"{p1.email}"},"ip":"{ip}","sku":"{sku}"}',
    ],
    "tsv_export": [tsv_personen, csv_anrede],
    "markdown_table": [md_kontakte, md_dienstplan],
    "vcard": [
        "BEGIN:VCARD\nVERSION:3.0\nN:{p1.last};{p1.first};;;\nFN:{p1.full}\nORG:{company}\nTEL;TYPE=CELL:{p1.mobile}\nEMAIL:{p1.email}\nADR;TYPE=WORK:;;{a1.street};{a1.town};;{a1.zip};{a1.country}\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:4.0\nFN:{p1.full}\nTEL;VALUE=uri;TYPE=work:tel:{p1.tel}\nEMAIL;TYPE=work:{p1.work}\nNOTE:Kennengelernt auf der ISPO, mag den Steinlauf\nEND:VCARD",
    ],
    "shipping_label": [
        "ABSENDER: Talgrat Outdoor GmbH\n{shop.block}\n\nEMPFÄNGER:\n{p1.caps}\n{a1.blockcaps}\n{a1.country}\nTel. {p1.tel}\n\nPaket {parcel} · Sendungsnr. {tracking}",
        "EMPF.  {p1.full}\n       {a1.street}\nREF    {order}\nGEW.   {weight}\nDIENST Express",
        "Zustellung an: {p1.full}, bei {p2.full}\n{a2.line}\nAblageort: Garage. Sendung {tracking}.",
    ],
    "html_form": [
        '<form id="kasse">\n  <input name="name" value="{p1.full}">\n  <input type="email" name="email" value="{p1.email}">\n  <input name="telefon" value="{p1.tel}">\n  <textarea name="lieferadresse">{a1.block}</textarea>\n</form>',
        '<p>Hallo <strong>{p1.first}</strong>,</p>\n<p>deine Bestellung <b>{order}</b> ist unterwegs zu {a1.line}.</p>\n<p>Fragen? Schreib an <a href="mailto:{role}">{role}</a>.</p>',
        '<tr><td>{p1.full}</td><td>{p1.email}</td><td>{p1.tel}</td><td>{date}</td></tr>\n<tr><td>{p2.full}</td><td>{p2.email}</td><td>{p2.tel}</td><td>{date2}</td></tr>',
    ],
    "yaml_webhook": [
        "ereignis: bestellung.angelegt\nbestellnr: \"{order}\"\nkunde:\n  name: {p1.full}\n  email: {p1.email}\n  telefon: \"{p1.tel}\"\nlieferung:\n  strasse: {a1.street}\n  ort: {a1.town}\n  plz: \"{a1.zip}\"\nclient_ip: {ip}",
        "- typ: notiz\n  autor: {p2.full}\n  text: \"{p1.kunde} {p1.full} möchte die Konten {cust} und {cust2} zusammenlegen.\"\n- typ: kontakt\n  wert: {p1.email}",
    ],
    "calendar_invite": [
        "BEGIN:VEVENT\nSUMMARY:Schuhberatung – {p1.full}\nDTSTART:20250314T100000\nLOCATION:{shop.line}\nORGANIZER;CN={p2.full}:mailto:{p2.work}\nATTENDEE;CN={p1.full}:mailto:{p1.email}\nDESCRIPTION:Eigene Einlagen mitbringen. Bei Verspätung {p1.tel} anrufen.\nEND:VEVENT",
        "Einladung: Abstimmung Markenbotschafter mit {p1.full}\n{weekday}, {date} · {time} – 30 Min.\nEinwahl per Telefon: {tel}\nGäste: {p1.email}, {p2.work}",
    ],
    "ocr_scan": [
        "G A R A N T I E K A R T E\nNarne: {p1.caps}\nAnschrift: {a1.line}\nKaufdatum: {date}   Serien-Nr.: {artnr}\nUnterschrift: ____ {p1.init}",
        "RÜCKSENDESCHEIN (bitte in Druckbuchstaben)\nNAME ....... {p1.caps}\nBESTELLNR .. {order}\nTEL ........ {p1.tel}\nGRUND ...... zu kle1n",
    ],
    "sql_dump": [
        sql_kunden,
        "mysql> SELECT id, name, email FROM newsletter WHERE angelegt > '{date}';\n+------+------------------+---------------------------+\n| {qty} | {p1.full} | {p1.email} |\n| {qty2} | {p2.full} | {p2.email} |\n+------+------------------+---------------------------+\n2 rows in set (0.01 sec)",
    ],
    "mail_header": [
        "Received: from mail.provider.net ([{ipv}]) by mx.talgrat.de\nFrom: \"{p1.full}\" <{p1.email}>\nTo: {role}\nCc: {p2.full} <{p2.work}>\nX-Originating-IP: [{ipp}]\nSubject: AW: meine Bestellung {order}",
        "---------- Weitergeleitete Nachricht ---------\nVon: {p1.full} <{p1.email}>\nDatum: {date}\nBetreff: Vereinsausstattung\nAn: {p2.full} <{p2.work}>\n\nHallo {p2.first}, wie besprochen – 14 Fleecejacken, Logo auf der Brust. Ruf mich an: {p1.mobile}\n{p1.first}",
    ],
}


CLEAN = {
    "product_copy": [
        "Die {product} ist für lange, nasse Tage gemacht: verschweißte Nähte, helmtaugliche Kapuze, Taschen, die du auch mit Hüftgurt erreichst. {weight} in Größe M. {price}.",
        "Das ist der {short}: Merino auf der Haut, kein Kratzen, kein Geruch nach drei Tagen am Berg. In {colour} und {colour2}, Größen XS–XXL.",
        "Der Fuchs im Logo ist zurück: Die Gitterhang-Fleecejacke gibt es jetzt wieder mit gesticktem Fuchs auf der Brust – und sie wiegt immer noch nur {weight}.",
    ],
    "product_feed": [
        "id;titel;gtin;preis;verfügbarkeit;farbe\n{sku};\"{product}\";{gtin};\"{price}\";auf Lager;{colour}\n{sku2};\"{product2}\";{gtin2};\"{price2}\";Vorbestellung;{colour2}",
        "<item><g:id>{sku}</g:id><g:gtin>{gtin}</g:gtin><g:mpn>{artnr}</g:mpn><g:price>{price}</g:price><g:shipping_weight>{weight}</g:shipping_weight></item>",
        "{sku}\t{gtin}\t{artnr}\t{qty} Stk.\t{price}\t{colour}",
    ],
    "order_template": [
        "Hallo {{vorname}},\n\ndanke für deine Bestellung {order}! Wir versenden innerhalb von 1–2 Werktagen. Bezahlt mit Karte {masked}. Deine Rechnung {invoice} hängt an.\n\nDein Talgrat-Team",
        "Bestellung {order} · {date}\n1 × {product} ({size}) {price}\nVersand: kostenlos\nZahlung: Mastercard {masked}\nLieferadresse: [Kundenadresse]",
        "Sehr geehrte/r {{anrede}} {{nachname}}, Ihre Rücksendung {rma} ist eingegangen. Die Erstattung von {price} erfolgt auf das ursprüngliche Zahlungsmittel ({masked}).",
    ],
    "imprint": [
        "Talgrat Outdoor GmbH · Sitz: Garmisch-Partenkirchen · Registergericht: Amtsgericht München, HRB {qty}887 · USt-IdNr.: {vat} · Steuernummer: {stnr} · BIC {bic}",
        "Impressum\nTalgrat Outdoor GmbH\nVertreten durch die Geschäftsführung (siehe Handelsregister)\nUmsatzsteuer-ID: {vat}\nGläubiger-ID: {creditor}\nKontakt: über das Formular unter talgrat.de/kontakt",
    ],
    "shipping_update": [
        "Dein Paket {tracking} hat unser Lager am {date} verlassen und kommt voraussichtlich am {weekday}. Bestellung {order}, {parcel} Pakete.",
        "Sendungsstatus: {tracking} – in Zustellung, Paketzentrum Leipzig, {date} {time} Uhr. Voraussichtliche Zustellung {date2}.",
        "Verzögerte Sendungen {date}: Bestellungen {order}, {order2} und {order3} warten auf den Nachschub {short} ({qty} Stück angekündigt).",
    ],
    "gift_card_faq": [
        "Gutscheinkarten: Gib die 16-stellige Nummer (z. B. {gift}) und die PIN an der Kasse ein. Fragen zum Guthaben? Kartennummer und Ablaufdatum stehen auf der Rückseite.",
        "F: Meine Gutscheinkarte {gift} wird abgelehnt. A: Gutscheine lassen sich nicht mit dem Code {code} kombinieren. Karten vor dem {date} gelten bis {date2}.",
        "Hinterlegte Karte: {masked}. Wir speichern nie vollständige Kartennummern. Gutscheinserie {gift} – keine Zahlungskarte.",
    ],
    "campaign_copy": [
        "Der Koch auf der Hütte hat's verraten: Mit der {short} bleibt man auch beim Holzhacken trocken. Jetzt entdecken.",
        "Claim-Ideen: „Schlau wie ein Fuchs, warm wie ein Wolf.“ / „Der Bauer sagt Regen – wir sagen Firstwand.“ Entscheidung am {date}.",
        "Headline: Vom Schneider gelernt – warum die Nähte der {short} verschweißt sind. CTA: Jetzt ansehen.",
    ],
    "release_notes": [
        "Shop-App {version}: schnellerer Checkout, neuer Größenberater für den {short}, Fehler bei Gutscheinkarten unter iOS behoben.",
        "Änderungen {version}\n- Feed-Export enthält jetzt die GTIN ({gtin} im Testfeed)\n- Rundung bei Preisen korrigiert ({price})\n- Build {version2}",
    ],
    "stock_report": [
        "Bestand {date}: {sku} – {qty} Stück, {sku2} – {qty2} Stück, {sku3} – {qty3} Stück. Meldebestand {short}: 40.",
        "Lagerplatz A-{qty}-{qty2}: {product}, EAN {gtin}, Charge {artnr}, {qty3} Stk. Inventur durch Schicht B.",
    ],
    "store_events": [
        "Reparatur-Café in der Filiale Garmisch am {date}, {time} Uhr. Bring deine durchgelaufenen Trittweg-Socken mit – wir stopfen kostenlos. In Kooperation mit {company}.",
        "Filmabend „Über die Alpen“ am {weekday} um {time} Uhr im Pfarrsaal {town}. Eintritt {price}, Erlös an die Bergwacht.",
    ],
}
