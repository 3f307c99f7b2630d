"""Deutsche Vorlagen der Dev-Hälfte der dreiundzwanzigsten PII-Bank (Slot-Syntax siehe
pii23_dev_core). Erst Genres mit Personendaten (Fließtext, dann Layouts), dann Genres ohne."""

PROSE = {
    "crm_note": [
        "Telefonat mit {p1.honfull} wegen Bestellung {order}. [[Möchte~Wünscht]] Rückruf ab {time} unter {t1}.[[ Wiedervorlage nächste Woche.~~ Stammkundin, bitte kulant sein.]]",
        "Kundenkonto {cust}\nAnsprechpartner: {p1}\nNotiz: fragt, ob die {prod} klein ausfällt. Größentabelle geschickt.\nTel. {t1} / {p1.email}",
        "Vermerk ({date}): {p1.first} von {company} will 40 Stück für die Belegschaft. Entscheidet {p2.hon}, Angebot an {p2.email} raus.[[ Bis Freitag nachfassen.~]]",
        "kd {cust}: {p1.ini} hat zweimal wegen Paket {track} angerufen. Adresse geprüft: {a1.line}. Ersatz verschickt, kostenlos.",
        "Zuständig: {p2.first}\n{p1.hon} ([[<<p1:Stammkundin|Stammkunde>>~Erstbestellung am {date}~Händler]]) bittet um Rückruf unter {t1}. [[Bekannter von {p3}, der auch einen Katalog möchte.~Wohnt {a1.line}.]]",
    ],
    "support_mail": [
        "Hallo {p1.first},\n\ndanke für deine Nachricht zu Bestellung {order}. Ich habe dir ein kostenloses Retourenetikett [[erstellt~angelegt]], es kommt in der nächsten Stunde an {p1.email}.\n\n[[Viele Grüße~Liebe Grüße~Beste Grüße]]\n{p2.first} vom Talgrat-Kundenservice",
        "[[Guten Tag~Hallo]] {p1.hon},\n\nes tut uns leid, dass die {prod} beschädigt ankam. Können Sie bestätigen, dass die Lieferadresse weiterhin {a1:DE.line} ist? Dann schicken wir sofort Ersatz.\n\nMit freundlichen Grüßen\n{p2}",
        "Grüß Gott {p1.hon},\n\nIhr Umtausch auf Größe {size} ist unterwegs, Sendungsnummer {track}. Falls Sie nicht daheim sind, ruft der Zusteller unter {t1:AT} an.\n\nFreundliche Grüße aus Innsbruck\n{p2.ini}",
        "Grüezi {p1.hon}\n\nMerci vielmal für Ihre Geduld. Die Rückerstattung von {price} ging heute an die Karte mit Endung {card.last4}. Das kann 3 bis 5 Arbeitstage dauern.\n\nFreundliche Grüsse\n{p2}",
        "Servus {p1.first},\n\ndein Paket ist leider zurückgekommen. Stimmt die Adresse {a1:AT.line} noch? Gib mir kurz Bescheid, dann schick ich's nochmal.\n\nBaba, {p2.first}",
    ],
    "reply_chain": [
        "Danke {p1.first}, passt so.\n\nAm {date} schrieb {p1} <{p1.email}>:\n> Könnt ihr die neue Jacke an meine Arbeit schicken?\n> {a1.line}\n> LG {p1.first}",
        "Klar, ich frag {p2.first}.\n\n-----Ursprüngliche Nachricht-----\nVon: {p1} <{p1.email}>\nGesendet: {date}\nBetreff: AW: Bestellung {order}\n\nHallo, das Paket ist nie angekommen. Meine Nummer für den Fahrer: {t1}",
        "> > Ist die Kaltkar in {size} noch da?\n> Ja, ich hab eine zurückgelegt.\n\nSuper, danke! Bitte wie immer auf Rechnung.\n{p1.abbr}\n\nAm {date} schrieb {p2}:\n> Gern geschehen.",
        "{p2.first}, kannst du das übernehmen?\n\n---------- Weitergeleitete Nachricht ---------\nVon: {p1.email}\nDatum: {date}\n\nGuten Tag, hier ist {p1}. Ich habe Bestellung {order} doppelt bezahlt. Bitte erstatten auf {iban}.",
    ],
    "signed_review": [
        "[[★★★★★~5/5~★★★★☆]] Drei Tage Dauerregen im Allgäu, innen trocken geblieben. Kapuze passt über den Helm. – {p1.abbr} aus {a1:DE.town}",
        "„Die besten Socken, die ich je hatte, keine Blasen nach 30 km.“ {p1}, verifizierter Kauf",
        "Die {prod} ist leichter als gedacht und die Taschen sind [[riesig~gut platziert]]. Größe fällt normal aus.\n\n{p1.first} ({a1.town})",
        "Bewertung von {p1.ini} am {date}: [[Reißverschluss nach zwei Wochen kaputt~Naht am Gurt gerissen]]. Der Service hat aber schnell getauscht. 3 Sterne.",
    ],
    "testimonial_quote": [
        "„Ich führe seit zwanzig Jahren Gruppen in den Alpen, und der {short} ist der erste [[Rucksack~Schalenjacke]], den ich Gästen empfehle.“\n– {p1.dr}, <<p1:Bergführerin|Bergführer>>",
        "Das sagen unsere Kundinnen und Kunden:\n„Warm, leicht und passt in die eigene Tasche.“ – {p1.abbr}\n„Passform auf Anhieb perfekt.“ – {p2.abbr}",
        "Referenz (freigegeben von {p1} am {date}, Einwilligung liegt vor): „[[Wir haben das ganze Team ausgestattet~Unser Verein hat zwanzig Stück bestellt]] und niemand hat sich beschwert.“",
        "{p1.first} aus {a1.town} schreibt: „[[Liebe~Mag]] die {short}. Fünf Sterne.“",
    ],
    "mail_signature": [
        "Mit freundlichen Grüßen\n\n{p1}\nLeitung Einkauf\n{company}\nMobil {t1}\n{p1.email}",
        "--\n{p1.up}\nEinkauf Bergsport\nTel.: {t1.intl}\n{a1.two}",
        "Liebe Grüße\n{p1.first}\n\n{p1} | Filialleitung\n{a1.line}\nTelefon: {t1}",
        "Von meinem iPhone gesendet\n\n{p1.ini}\n{p1.email} · {t1}",
    ],
    "copy_brief": [
        "Briefing Frühjahrskampagne {short}: Zitat <<p1:unserer Botschafterin|unseres Botschafters>> {p1} (am {date} freigegeben). Fotos von {p2}. Tonalität: [[warm, draußen~klar, selbstbewusst]].",
        "Textauftrag von {p1.first}: drei Headlines für die {prod}. Bitte <<p2:unsere Testerin|unseren Tester>> {p2} erwähnen, <<p2:die|der>> damit den E5 gelaufen ist. Faktencheck über {p2.email}.",
        "Bitte erwähnen, dass {p1.hon} vom Alpenverein die Preise überreicht. [[Keine Preise im Text.~Maximal 80 Wörter.]] Freigabe: {p2.ini}",
        "NEWSLETTER-BRIEFING\nIdee für die Headline: „Unterwegs mit {p1.first}“\nStory: {p1} ist 100 km im Steinlauf gelaufen.\nAbgabe {date}, Fragen an {p2.first} ({t1}).",
    ],
    "team_chat": [
        "{p1.low}: hat jemand die retoure von {p2} gesehen?\n{p3.low}: ja, liegt im regal an der tür\n{p1.low}: danke",
        "[{time}] {p1.handle}: kannst du {p2.hon} zurückrufen? nummer {t1}\n[{time}] {p3.first}: mach ich",
        "{p1.lowfull} ist dem Kanal beigetreten\n{p1.low}: hallo zusammen, ich vertrete diese woche {p2.low}\n{p3.low}: willkommen!",
        "{p2.first}: <<p1:kundin|kunde>> {p1} sagt, das paket ging an {a1.line} statt an <<p1:ihre|seine>> wohnung\n{p3.first}: mist, schon wieder. schick neu",
    ],
    "customer_chat": [
        "Kunde: hallo, hier ist {p1}, bestellung {order}\nAgent ({p2.first}): Hallo {p1.first}! Wie kann ich helfen?\nKunde: könnt ihr die adresse auf {a1.line} ändern?\nAgent: Erledigt.",
        "Besucher: meine mail ist {p1.email}, ich hab keine bestätigung bekommen\nBot: Danke! Gleich meldet sich jemand.\n{p2.first}: Hab sie dir neu geschickt.",
        "[{time}] Gast: ist die jacke wasserdicht?\n[{time}] {p2.first} (Talgrat): Ja, 20.000 mm Wassersäule.\n[{time}] Gast: ok bestelle. name {p1}, tel {t1}",
        "Agentin: Darf ich Ihre Postleitzahl haben?\n<<p1:Kundin|Kunde>>: {a1:DE.zip}. Ich bin {p1.hon}.\nAgentin: Danke, {p1.hon}, ich sehe Ihre Bestellung {order}.",
    ],
    "call_note": [
        "Anruf {time}, {date}. {p1} meldet [[defekten Reißverschluss~verspätete Lieferung~falsche Größe]]. Rückruf unter {t1}. [[Erledigt.~An {p2.first} eskaliert.]]",
        "Eingehender Anruf – <<p1:Anruferin|Anrufer>> nannte sich {p1.hon}, PLZ stimmte. Will Bestellung {order} stornieren. Erledigt, Erstattung auf Originalkarte.",
        "Mailbox-Abschrift: „Ja, hallo, hier ist {p1}, äh, wegen meiner Rücksendung. Erreichbar unter {t1}. Danke, tschüss.“",
        "Ausgehend: {p1.ini} unter {t1} und {t2} versucht – nicht erreicht. Nachricht hinterlassen. Nächster Versuch {date}.",
    ],
    "return_note": [
        "RETOURE {order}\nAbsender: {p1}\n{a1.two}\nGrund: zu klein, möchte {size}.\nZustand: ungetragen, Etikett dran.",
        "Retoure eingegangen {date}. Absender {p1.hon}. Artikel {sku}, Erstattung {price} freigegeben von {p2.first}.",
        "Paket kam zurück: „Empfänger unbekannt“. <<p1:Kundin|Kunde>> {p1} – auf dem Etikett stand {a1.line}. Bitte unter {t1} nachfragen.",
        "Umtausch: {p1.ini} hat die {prod} zurückgeschickt. Ersatz an {a1.street}[[, gleiche PLZ.~.]]",
    ],
    "prose_name": [
        "{p1} und {p2} haben die Alpenüberquerung in sechs Tagen geschafft, fast immer in der Firstwand.",
        "Letzten Winter hat {p1} die Kaltkar bei minus 20 Grad in Lappland getestet, {p2} am Feldberg.",
        "Am Parkplatz traf ich {p1}, und wir sind die letzten zwölf Kilometer zusammen gegangen.",
        "Gewonnen hat {p1}, vier Minuten vor {p2}, beim Berglauf auf den Hochfelln.",
        "{p1.first} und ich haben auf halber Höhe die Rucksäcke getauscht; {p1.first} schwor, der Hochsattel sei leichter.",
    ],
    "repair_order": [
        "Reparaturauftrag {ticket}\nEigentümer: {p1}\nArtikel: {prod}\nFehler: Naht löst sich\nRücksendung an: {a1.line}\nTelefon: {t1}",
        "Hallo, ich schicke meinen Fernkamm zur Reparatur, die Hüftgurtschnalle ist gebrochen. {p1}, {a1.line}. Danke!",
        "Kostenvoranschlag für {p1.hon}: neuer Reißverschluss {price}, 10 Werktage. Bitte per Antwort oder unter {t1} bestätigen.",
        "Werkstatt: {p2.first} hat den Schieber an der Jacke von {p1.ini} getauscht. Abholbereit ab {date}.",
    ],
    "address_change": [
        "Bitte meine Lieferadresse ändern. Alt: {a1.line}. Neu: {a2.line}. Danke, {p1}",
        "Adressänderung, angefragt von {p1.hon} am {date}\nneue Anschrift:\n{a1.two}",
        "Hallo ihr Lieben, ich bin umgezogen! Könnt ihr Bestellung {order} an {a1.street} schicken? [[Gleicher Ort.~]] – {p1.first}",
        "<<p1:Kundin|Kunde>> {p1} (Konto {cust}) ist nach {a1:CH.line} gezogen. Neue Nummer {t1:CH}.",
    ],
    "refund_bank": [
        "Guten Tag, ich habe per Überweisung bezahlt und die Ware zurückgeschickt. Bitte {price} auf {iban} erstatten (Kontoinhaber {p1}).",
        "Erstattung\nName: {p1}\nIBAN: {iban}\nGrund: Storno vor Versand",
        "Hallo {p2.first}, die Erstattung soll bitte auf das Konto <<p1:meiner Partnerin|meines Partners>>, {iban}, lautend auf {p1}. Danke!",
        "Buchhaltung: {order} an {p1.ini} erstatten, {iban}. Mit Originalzahlung abgeglichen. {p2.first}",
    ],
    "payment_dispute": [
        "Die Karte {card} wurde für Bestellung {order} ({price}) doppelt belastet. <<p1:Karteninhaberin|Karteninhaber>> {p1}. Bitte eine Buchung stornieren.",
        "Rückbuchung: Karteninhaber {p1.up}, Karte endet auf {card.last4}, Betrag {price}. Grund: Ware nicht erhalten.",
        "Hallo, hier ist {p1.first}. Meine Bank sagt, meine Karte {card} wurde am {date} ohne meine Erlaubnis bei euch benutzt.",
        "Streitfall {ticket}: {p1} bestreitet {price}. Originalkarte {card}. Belege geschickt von {p2.first}.",
    ],
    "freelance_invoice": [
        "RECHNUNG {order}\n{p1}\n{a1:DE.two}\nSteuer-ID: {taxid}\nFotografie Herbst-Lookbook: {price}\nBank: {iban}",
        "Hallo, anbei meine Rechnung für das Produktshooting. Meine Steuer-ID ist {taxid}, falls ihr sie braucht. Viele Grüße, {p1}",
        "<<p1:Freie Mitarbeiterin|Freier Mitarbeiter>>: {p1} | Steuer-ID {taxid} | Texte, 12 Stunden, {price}",
        "<<p1:Neue Texterin|Neuer Texter>> angelegt: {p1.hon}, Steuer-IdNr. {taxid}, Auszahlung auf {iban}. Vertrag verschickt am {date}.",
    ],
}

LAYOUT = {
    "lead_csv": [
        "name;email;telefon;ort\n\"{p1.lf}\";{p1.email};{t1};{a1.town}\n\"{p2.lf}\";{p2.email};{t2};{a2.town}",
        "NAME,FIRMA,TELEFON\n\"{p1.upl}\",\"{company1}\",{t1}\n\"{p2.upl}\",\"{company2}\",{t2}",
        "lead_id;kontakt;quelle\n{n1};{p1};Messe\n{n2};{p2};Newsletter",
        "email,vorname,einwilligung\n{p1.email},{p1.first},ja\n{p2.email},{p2.first},nein",
    ],
    "feed_row": [
        "id\ttitel\tpreis\tgtin\tkontakt\n{sku}\t{prod}\t{price}\t{gtin}\t{p1.email}",
        "<item><g:id>{sku}</g:id><g:title>{prod}</g:title><g:ansprechpartner>{p1}</g:ansprechpartner></item>",
        "sku|titel|lieferant_kontakt|telefon\n{sku}|{prod}|{p1}|{t1}",
        "{sku};{prod};{gtin};Bestand verwaltet von {p1.ini}",
    ],
    "json_record": [
        "{\"kunde\": {\"name\": \"{p1}\", \"email\": \"{p1.email}\", \"telefon\": \"{t1}\"}, \"bestellung\": \"{order}\"}",
        "{\n  \"id\": \"{uid}\",\n  \"rechnung\": {\n    \"name\": \"{p1}\",\n    \"adresse\": \"{a1.line}\"\n  },\n  \"ip\": \"{ip.any}\"\n}",
        "[{\"vorname\": \"{p1.first}\", \"nachname\": \"{p1.last}\", \"karte\": \"{card}\"}]",
        "{\"event\":\"anmeldung\",\"email\":\"{p1.email}\",\"ip\":\"{ipv}\",\"ts\":\"{dt}\"}",
    ],
    "yaml_record": [
        "kunde:\n  name: {p1}\n  email: {p1.email}\n  telefon: \"{t1}\"\nversand:\n  strasse: {a1.street}",
        "- kontakt: {p1}\n  rolle: Einkauf\n- kontakt: {p2}\n  rolle: Buchhaltung\n  iban: {iban}",
        "webhook: bestellung.angelegt\npayload:\n  bestellung: {order}\n  kundenname: \"{p1}\"\n  remote_ip: {ip}",
        "autor: {p1}\ngeprueft_von: {p2.ini}\nversion: {ver}",
    ],
    "tsv_export": [
        "vorname\tnachname\temail\n{p1.first}\t{p1.last}\t{p1.email}\n{p2.first}\t{p2.last}\t{p2.email}",
        "bestellung\tkunde\tstrasse\tplz\n{order}\t{p1}\t{a1.street}\t{a1.zip}",
        "name\ttelefon\tip\n{p1}\t{t1}\t{ipp}",
        "nr\tinhaber\tiban\n{n}\t{p1.lf}\t{iban}",
    ],
    "md_table": [
        "| Name | Rolle | Telefon |\n|---|---|---|\n| {p1} | Guide | {t1} |\n| {p2} | Fahrer | {t2} |",
        "| Gewinner | Preis |\n| --- | --- |\n| {p1.abbr} | {prod} |\n| {p2.abbr} | Gutschein |",
        "| Kunde | E-Mail | Bestellung |\n|---|---|---|\n| {p1} | {p1.email} | {order} |",
        "| Botschafterin | Adresse |\n|:--|:--|\n| {p1} | {a1.line} |",
    ],
    "html_form": [
        "<form><input name=\"name\" value=\"{p1}\"><input name=\"email\" value=\"{p1.email}\"><input name=\"tel\" value=\"{t1}\"></form>",
        "<label>Vor- und Nachname</label> <input value=\"{p1}\">\n<label>Straße</label> <input value=\"{a1.street}\">",
        "<p>Eingereicht von <b>{p1}</b> über {ip}</p>",
        "<input type=\"hidden\" name=\"karte\" value=\"{card}\"><input name=\"inhaber\" value=\"{p1.up}\">",
    ],
    "sql_insert": [
        "INSERT INTO kunden (name, email, telefon) VALUES ('{p1}', '{p1.email}', '{t1}');",
        "UPDATE adressen SET strasse = '{a1.street}' WHERE kunde = '{p1}';",
        "SELECT * FROM bestellungen WHERE email = '{p1.email}';\n-- 3 Zeilen, angefragt von {p2.first}",
        "INSERT INTO sitzungen VALUES ('{uid}', '{ip.any}', '{dt}');",
    ],
    "access_log": [
        "{ip} - - [{date}] \"GET {path} HTTP/1.1\" {status} 512 \"-\" \"{ua}\"",
        "{dt} INFO anmeldung ok user={p1.email} ip={ipv}",
        "{dt} WARN drosselung fuer {ip}\n{dt} WARN drosselung fuer {ipp}",
        "{dt} [kasse] bestellung={order} client={ip.any} name=\"{p1}\"",
    ],
    "mail_header": [
        "Von: {p1} <{p1.email}>\nAn: Talgrat Kundenservice\nBetreff: Retoure {order}\nDatum: {date}",
        "Received: from mail.example.net ([{ip}])\nFrom: \"{p1.lf}\" <{p1.email}>\nX-Originating-IP: [{ip}]",
        "Reply-To: {p1.email}\nCc: {p2} <{p2.email}>\nX-Mailer: {ua}",
        "Von: {p1.email}\nAn: {p2.email}\nBetreff: WG: Größen",
    ],
    "vcard_card": [
        "BEGIN:VCARD\nVERSION:3.0\nN:{p1.last};{p1.first}\nFN:{p1}\nTEL:{t1}\nEMAIL:{p1.email}\nEND:VCARD",
        "BEGIN:VCARD\nFN:{p1}\nADR;TYPE=home:;;{a1.street};{a1.town};;{a1.zip}\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:4.0\nFN:{p1.dr}\nORG:{company}\nTEL;TYPE=cell:{t1.intl}\nEND:VCARD",
        "BEGIN:VCARD\nN:{p1.last};{p1.first};;;\nEMAIL;TYPE=work:{p1.email}\nEND:VCARD",
    ],
    "ical_event": [
        "BEGIN:VEVENT\nSUMMARY:Anprobe mit {p1}\nDTSTART:20250312T100000Z\nLOCATION:{a1.line}\nEND:VEVENT",
        "BEGIN:VEVENT\nORGANIZER;CN={p1}:mailto:{p1.email}\nSUMMARY:Fotoshooting\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:{p1.hon} zurückrufen (Bestellung {order})\nDESCRIPTION:Tel. {t1}\nEND:VEVENT",
        "BEGIN:VEVENT\nATTENDEE;CN={p1}:mailto:{p1.email}\nATTENDEE;CN={p2}:mailto:{p2.email}\nEND:VEVENT",
    ],
    "ocr_scan": [
        "RÜCKSENDE-F0RMULAR\nName: {p1}\nAnschr.: {a1.line}\nTe1.: {t1}\nGrund: zu gr0ß",
        "[Scan S. 1] Unterschrift Kunde: {p1} Datum: {date}\nBestell-Nr {order}",
        "LIEFERSCHEIN .. {p1.up} .. {a1.two}",
        "Garantiekarte\nInhaber {p1.lf}\nGekauft am {date} in {a1.town}",
    ],
}

CLEAN = {
    "product_copy": [
        "Die {prod} wiegt weniger als ein Päckchen Zucker und lässt sich auf Flaschengröße packen. {price}.",
        "Wolf im Schafspelz: Die Gitterhang sieht schlicht aus, wärmt aber wie ein dicker Pulli. GTIN {gtin}.",
        "Für lange Tage über der Baumgrenze. Größen S bis XL, Artikelnummer {sku}, ab {price}.",
        "Koch dir oben am Gipfel einen Tee – in der [[Deckeltasche~Seitentasche]] des {short} ist Platz für den Kocher. {price}.",
    ],
    "campaign_mail": [
        "[[Frühjahrs~Sommer~Winter]]sale endet am {date} um {time}! {pct} % auf die {prod}.",
        "Im Mai geht's raus: kostenlose Rücksendung bis {date}.",
        "Neu: {prod}. Jetzt vorbestellen, Versand aus unserem Lager in {town}.",
        "Das könnte dir gefallen: {prod} ({price}) und {prod2}.",
    ],
    "faq_answer": [
        "Kann ich an eine Packstation oder ein Postfach liefern lassen? [[Leider nein~Ja, ab sofort]]; halte deine Bestellnummer {order} bereit.",
        "Wo gebe ich c/o oder Hinterhaus an? Im Feld „Adresszusatz“, Zeile 2. Bis zu {n} Zeichen.",
        "Liefert ihr nach {town}? Ja, Standardversand dauert 2–4 Werktage.",
        "Wo ist meine Bestellung? Sendungsnummer {track} auf der Seite des Versanddienstleisters eingeben. Hilfe: talgrat.de/hilfe",
    ],
    "shipping_info": [
        "Paket {track} hat das Zentrum um {time} verlassen und kommt voraussichtlich am {date}.",
        "Bestellung {order}: 2 Artikel, {price}, versendet am {date}.",
        "Deine Auftragsnummer {phonelike} ist bei uns eingegangen.",
        "Abholung [[in jeder Filiale~im Paketshop~in unserem Laden]] im PLZ-Bereich {zip}. Öffnungszeiten {time}–17:30.",
    ],
    "size_advice": [
        "Wer zwischen zwei Größen liegt, nimmt bei der [[Kaltkar~Rinnental~Firstwand]] die größere. Brustumfang {chest} cm = [[M~L~S]].",
        "Der Steinlauf fällt eine halbe Nummer klein aus; die meisten nehmen EU {shoe}.",
        "Die Wintersteig hat innen Schneefänger, [[Gamaschen braucht es nicht~passt über Bergstiefel]]. Schrittlänge {inseam} cm.",
        "Faustregel vom Koch unserer Hütte: Schichten statt dicker Jacke. Tipp {n}: [[abends messen~Wandersocken anziehen~Daumenbreite Platz lassen]].",
    ],
    "store_update": [
        "Filial-Update: Der Pop-up-Store am Wolfsberg öffnet am {date}, {time}. Bestand {sku} knapp.",
        "Team, neuer Preis für {prod} ab {date}: {price}. Aufsteller am Eingang.",
        "Inventur am {date}. Gezählt: {n} Stück {sku}.",
        "Am Maifeiertag [[geschlossen~nur {time}–14:00 Uhr geöffnet]]. Der Bäcker nebenan hat offen. {n} Leute im Dienst.",
    ],
    "stock_feed": [
        "sku\tgtin\tmenge\tpreis\n{sku}\t{gtin}\t{n}\t{price}\n{sku2}\t{gtin2}\t{qty}\t{price2}",
        "sku;titel;gtin\n{sku};{prod};{gtin}",
        "{\"sku\": \"{sku}\", \"gtin\": \"{gtin}\", \"bestand\": {n}}",
        "| SKU | Bestand |\n|---|---|\n| {sku} | {n} |",
    ],
    "order_json": [
        "{\"bestellung\": \"{order}\", \"summe\": \"{price}\", \"artikel\": {qty}, \"status\": \"versendet\"}",
        "bestellung: {order}\nstatus: gepackt\npaket: {track}",
        "{\"warenkorb\": \"{uid}\", \"sku\": \"{sku}\", \"groesse\": \"{size}\"}",
        "INSERT INTO bestellungen (id, summe) VALUES ('{order}', '{price}');",
    ],
    "release_notes": [
        "Shop-App {ver}: schnellerer Checkout, Größenfilter repariert.",
        "v{ver} ({date})\n- neu: GTIN-Suche\n- behoben: Absturz der Merkliste",
        "Änderungen {ver}: Feed-Export hat jetzt {n} Spalten.",
        "Build {ver} um {time} ausgerollt.",
    ],
    "job_log": [
        "{dt} INFO feed-export fertig, {n} zeilen\n{dt} INFO upload ok",
        "{dt} WARN sku {sku} ohne gtin",
        "[{time}] job {uid} fertig in {n}s",
        "{dt} ERROR preis nicht lesbar fuer {sku}: '{price}'",
    ],
}

# Längere Fassungen (8–15 Zeilen), eine oder zwei je Genre.
PROSE["support_mail"].append(
    "Betreff: AW: [[Paket fehlt~falsche Farbe~Erstattung]] – Bestellung {order}\n\n[[Hallo~Hi~Hey]] {p1.first},\n\n"
    "danke für deine Geduld, und sorry, dass es so lange gedauert hat.\n\n"
    "Ich habe im Lager nachgefragt: Das Paket ging am {date} an den Versanddienstleister, aber auf dem Etikett steht noch deine alte Adresse, {a1.line}.\n"
    "[[Ich habe eine Umleitung beauftragt.~Wir schicken dir heute kostenlos ein neues.]] Die Sendungsnummer kommt an {p1.email}, "
    "sobald das Paket gescannt ist.\n\nWenn noch etwas offen ist, antworte einfach oder ruf an – wir können dich auch unter {t1} zurückrufen.\n\n"
    "[[Viele Grüße~Herzliche Grüße~Bis bald]]\n{p2}\nKundenservice | Talgrat Outdoor")
PROSE["reply_chain"].append(
    "Perfekt, danke euch beiden!\n\nAm {date} um {time} schrieb {p2}:\n> {p1.first}, ich hab die Anprobe für Samstag eingetragen.\n> Bitte den Kassenbon mitbringen.\n>\n"
    "> Am {date} schrieb {p1} <{p1.email}>:\n> > Hallo {p2.first},\n> > kann ich die Kaltkar in {size} und M probieren, bevor ich mich entscheide?\n"
    "> > Normalerweise trage ich {size}. Handy {t1}.\n> > Danke, {p1.first}")
PROSE["crm_note"].append(
    "Konto: {cust}\nBetreuung: {p2.ini}\nStatus: [[aktiv~abwanderungsgefährdet~zurückgewonnen]]\n\nVerlauf\n- {date}: {p1} bestellt {prod} ({price})\n"
    "- {date}: Reklamation Reißverschluss, getauscht\n- {date}: unter {t1} angerufen, jetzt zufrieden\n\nNächster Schritt: Einladung zur Herbstvorschau. "
    "Post geht an {a1.two}")
PROSE["call_note"].append(
    "GESPRÄCHSNOTIZ\nDatum: {date}, {time}\n<<p1:Anruferin|Anrufer>>: {p1.hon}\nRückruf: {t1}\nThema: [[Gewährleistung~Lieferung~Größe]]\n\n"
    "<<p1:Die Kundin|Der Kunde>> sagt, die Nähte am {short} sind nach einer Saison undicht. Fotos angefordert. [[Reparatur angeboten.~Ersatz angeboten.]]\n"
    "Bearbeitet von {p2.first}")
PROSE["copy_brief"].append(
    "Briefing Nr. {n} – Social Posts {short}\n\nZiel: drei Posts für die Launch-Woche.\nTon: ruhig, konkret, keine Superlative.\n"
    "Pflicht: Gewicht, Preis ({price}).\n<<p1:Botschafterin|Botschafter>>: {p1} – bitte {p1.handle} markieren, Zitat aus dem Interview vom {date}.\n"
    "Die Verletzung von {p2} nicht erwähnen.\nFreigabe: {p3.first}\nAbgabe: {date}")
PROSE["return_note"].append(
    "Retourenschein {ticket}\n------------------------\nKunde     : {p1}\nTelefon   : {t1}\nAbsender  : {a1.line}\n"
    "Artikel   : {sku} x {qty}\nGrund     : [[gefällt nicht~defekt~zu groß~Farbe anders als abgebildet]]\nGeprüft   : {date} von {p2.ini}\n"
    "Ergebnis  : [[Erstattung~Umtausch~abgelehnt, getragen]]\n------------------------")
PROSE["team_chat"].append(
    "#kundenservice\n{p1.low} {time}\nweiß jemand, warum die erstattung von {p2.lowfull} hängt?\n{p3.low} {time}\n"
    "<<p2:sie|er>> hat uns {iban} gegeben, aber der kontoinhaber heißt anders\n{p1.low} {time}\nok, ich schreib <<p2:ihr|ihm>>\n{p3.low} {time}\n👍")
PROSE["prose_name"].append(
    "Wir sind vor Sonnenaufgang an der Hütte losgegangen. {p1} führte die erste Seilschaft, {p2} die zweite, und mittags standen wir am Grat. "
    "Über die Kälte hat niemand geklagt, nicht einmal {p3.first}.")
PROSE["support_mail"].append(
    "Grüezi {p1.hon}\n\nBesten Dank für Ihre Anfrage. Gerne senden wir die Ersatzteile an {a1:CH.line}.\n\n"
    "Die Rechnung folgt separat per Post. Bei Fragen erreichen Sie uns jederzeit über das Kontaktformular.\n\nFreundliche Grüsse\n{p2.ini}\nTalgrat Kundendienst Schweiz")
LAYOUT["json_record"].append(
    "{\n  \"bestellung\": \"{order}\",\n  \"angelegt\": \"{dt}\",\n  \"kunde\": {\n    \"vorname\": \"{p1.first}\",\n"
    "    \"nachname\": \"{p1.last}\",\n    \"email\": \"{p1.email}\",\n    \"telefon\": \"{t1}\"\n  },\n  \"lieferung\": {\n"
    "    \"strasse\": \"{a1.street}\",\n    \"land\": \"{a1.cc}\"\n  },\n  \"client_ip\": \"{ip.any}\"\n}")
LAYOUT["access_log"].append(
    "{ip} - - [{date}] \"GET / HTTP/2\" 200 1532\n{ip} - - [{date}] \"GET {path} HTTP/2\" 200 822\n"
    "{ipv} - - [{date}] \"POST /kasse HTTP/2\" {status} 91\n{iplo} - - [{date}] \"GET /health HTTP/1.1\" 200 2")
LAYOUT["html_form"].append(
    "<form action=\"/retoure\" method=\"post\">\n  <fieldset>\n    <legend>Deine Angaben</legend>\n"
    "    <input name=\"vorname\" value=\"{p1.first}\">\n    <input name=\"nachname\" value=\"{p1.last}\">\n"
    "    <input name=\"email\" value=\"{p1.email}\">\n    <input name=\"telefon\" value=\"{t1}\">\n  </fieldset>\n"
    "  <input name=\"bestellung\" value=\"{order}\">\n</form>")
LAYOUT["ocr_scan"].append(
    "T A L G R A T   0 U T D 0 O R\n~~ Reparaturschein ~~\nName .....: {p1.up}\nStraße ...: {a1.street}\nTe1efon ..: {t1}\n"
    "Artikel ..: {short} ; Gr. {size}\nMange1 ...: Reißverschluss\nUnterschr.: {p1.ini}")
LAYOUT["ical_event"].append(
    "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:{uid}@talgrat\nDTSTART:20250415T090000\nSUMMARY:Produktshooting {short}\n"
    "ORGANIZER;CN={p1}:mailto:{p1.email}\nATTENDEE;CN={p2}:mailto:{p2.email}\nLOCATION:{a1.line}\n"
    "DESCRIPTION:Model am Set: {p3}. Handy {t1}.\nEND:VEVENT\nEND:VCALENDAR")
CLEAN["faq_answer"].append(
    "Rücksendung in Kürze\n\n1. Einloggen und Bestellung öffnen ({order}).\n2. Artikel und Grund wählen.\n3. Etikett drucken oder QR-Code zeigen.\n"
    "4. Paket in einer Filiale abgeben – nicht an ein Postfach.\n\nDie Erstattung kommt innerhalb von [[5~7~10]] Werktagen. "
    "Wer c/o wohnt oder im Hinterhaus, trägt das bitte im Adresszusatz ein.")
CLEAN["stock_feed"].append(
    "sku\ttitel\tgtin\tbestand\tpreis\n{sku}\t{prod}\t{gtin}\t{n}\t{price}\n{sku2}\t{prod2}\t{gtin2}\t{qty}\t{price2}\n"
    "{sku3}\t{prod3}\t{gtin3}\t0\t{price3}")
CLEAN["shipping_info"].append(
    "Versanddienstleister: {company}\nPaket: {track}\nGewicht: {n} kg\nZustellfenster: {date}, {time}–18:00\nPLZ {zip} wird nur werktags beliefert.")
