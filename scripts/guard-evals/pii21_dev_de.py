"""Deutsche Vorlagen der Dev-Hälfte der einundzwanzigsten PII-Bank (Syntax: siehe pii21_dev_core)."""

import sys

sys.dont_write_bytecode = True

from pii21_dev_en import rows, shuffled  # noqa: E402  (helpers only)

PII = {}
CLEAN = {}

PII["crm_note"] = [
    "((Telefonat|Gespräch)) mit {p1.full} wegen Bestellung {order}: ((will|möchte)) die {pshort} lieber in {size}. ((Erreichbar|Am besten erreichbar)) unter {p1.phone} ab {time}.",
    "Kontaktnotiz {date}: {p1.hon} bittet um Änderung der Lieferadresse auf {p1.addr}. ((Alte Adresse gelöscht.|Per Mail bestätigt.|Abgleich mit Rechnung {invoice} ok.))",
    lambda r: shuffled(r, ["Betreuer: {p2.first}", "Kunde: {p1.full} <{p1.email}>", "Status: ((Gipfel|Basislager|Stammkunde)) seit {date}",
                           "Hinweis: ((lieber Telefon als Mail|keinen Katalog schicken|Reklamationen kulant behandeln|kauft jedes Jahr Socken nach))"]) + "\n((Wiedervorlage {day}.|Keine Aktion nötig.|))",
    "@AT|{p1.full} war ((ziemlich verärgert|nicht glücklich|eigentlich zufrieden)) wegen dem Zipp an der {pshort} — Reparatur über die Werkstatt angeboten. Tel. {p1.phone}, Mail {p1.email}. ((Eingetragen von {p2.first}.|— {p2.init}))",
    "@CH|Neukunde aus dem Laden in {p1.town}: {p1.full}, leitet eine SAC-Tourengruppe mit {n} Leuten. Möchte ein Angebot für Hochsattel-Rucksäcke. {p1.email}((.| / {p1.phone}))",
]
PII["support_email"] = [
    "{p1.greet},\n\nvielen Dank für Ihre Nachricht zu Bestellung {order}. ((Es tut uns leid, dass|Leider ist)) die {product} in der falschen Größe angekommen((.| ist.)) ((Eine Ersatzlieferung in {size} ist unterwegs|Ein kostenloses Rücksendeetikett haben wir geschickt)) an {p1.addr}.\n\nMit freundlichen Grüßen\n{p2.full}\nTalgrat Kundenservice",
    "{p1.greetdu},\n\ndanke für deine Mail! ((Wir schicken dir|Du bekommst)) die {pshort} in {size} ((gleich morgen|noch diese Woche)) an:\n\n{p1.addr2}\n\nStimmt die Adresse so? ((Sonst gib kurz Bescheid.|Falls nicht, antworte einfach auf diese Mail.))\n\nViele Grüße\n{p2.first} vom Talgrat-Team",
    "@AT|Grüß Gott,\n\nmeine {pshort} ((hat nach zwei Touren einen kaputten Reißverschluss|hat eine Naht offen)). Bestellnummer {order}. Könnten Sie mich bitte unter {p1.phone} zurückrufen? ((Ich bin bis {time} in der Arbeit.|))\n\nMit lieben Grüßen\n{p1.full}",
    "@CH|Grüezi\n\nIch möchte meine Bestellung {order} vom {date} stornieren. Bezahlt habe ich mit der Karte {card}; bitte die Gutschrift auf dieselbe Karte.\n\nFreundliche Grüsse\n{p1.honfull}",
    "@AT|Servus {p1.first},\n\nkurzes Update zu Ticket {ticket}: Das Paket ist zu uns zurückgekommen, weil die Türnummer gefehlt hat. Passt die Adresse so?\n\n{p1.addr2}\n\nLG {p2.first}",
    "Hallo zusammen,\n\nich habe die {product} für meine ((Tochter|meinen Sohn|meine Partnerin)) {p2.first} bestellt. Sie ist ((beschädigt|ohne Packsack)) angekommen. Könnt ihr eine neue an {p1.street} schicken? PLZ und Ort wie in der Bestellung.\n\n{p1.first}",
]
PII["quoted_reply"] = [
    "((Danke, passt so.|Super, dann bitte am {day} verschicken.|Alles klar, danke!))\n\nAm {date} um {time} schrieb {p1.full} <{p1.email}>:\n> Hallo, könnt ihr meine {pshort} gegen Größe {size} tauschen?\n> ((Meine neue Adresse ist|Bitte an)) {p1.addr}\n> Danke, {p1.first}",
    "{p2.first},\n\nkannst du das ((übernehmen|bitte erledigen))?\n\n-----Ursprüngliche Nachricht-----\nVon: {p1.full} <{p1.email}>\nGesendet: {date}\nBetreff: ((Erstattung|Rücksendung|Frage zu Bestellung)) {order}\n\nBitte überweisen Sie den Betrag auf mein Konto {p1.iban}. Mit freundlichen Grüßen, {p1.last}",
    "> > Gibt es die Kaltkar noch in {colour}?\n> Ja, ab {date}. Sollen wir Ihnen eine zurücklegen?\n\nJa, gerne((!|.)) Für den Kurier: {p1.phone}.\n{p1.short}",
    "@CH|Am {date} schrieb Talgrat Kundenservice:\n>> {p1.greet}, Ihre Rücksendung {rma} ist bei uns eingegangen.\n\nUnd ((seither höre ich nichts mehr|die Gutschrift fehlt immer noch)). Das sind drei Wochen. — {p1.full}, {p1.phone}",
]
PII["testimonial"] = [
    "„((Mit|In)) der {pshort} ((über die Alpen|auf dem E5|auf dem Heilbronner Weg)) — ((trocken geblieben|keine einzige Blase|jeden Euro wert)).“ — {p1.short}, {p1.town}",
    "★★★★★ ((Top|Sehr gut|Hält, was sie verspricht))\n((War damit auf dem|Zweimal auf dem)) {peak}, ((bei Sturm|mit den Kindern)). ((Größe passt.|{size} war genau richtig.))\n{p1.full}, verifizierter Kauf",
    "„((Ich hatte schon viele|Ich habe einige)) Regenjacken, aber die {pshort} ist die erste, die ((wirklich sitzt|eine ganze Saison überlebt hat)).“\n— {p1.init}, ((Bergführerin|Wanderleiter|Hüttenwirt)), {p1.town}",
    "Bewertung von {p1.first} {p1.last} ({date}): ((3|4|5)) Sterne. ((Kapuze super, Taschen eher klein.|Fällt klein aus, eine Nummer größer nehmen.|Leicht und warm.))",
    "@AT|Kundengeschichte für den Blog: {p1.full} aus {p1.town} war mit unserem {pshort} {n} Tage auf dem Adlerweg unterwegs. Zitat freigegeben von {p1.hon} am {date}: „Hält immer noch.“",
]
PII["signature"] = [
    "((Viele Grüße|Beste Grüße|Herzliche Grüße))\n{p1.full}\n((Einkauf|Filialleitung|Vertrieb)) | {company}\nMobil: {p1.phone}\nE-Mail: {p1.workmail}",
    "--\n{p1.caps}\n((Geschäftsführung|Einkauf Hartware))\n{p1.addr2}\nTel. {p1.phone}",
    "@AT|Mit freundlichen Grüßen\n\n{p1.hont}\n((Key Account|Vertriebsinnendienst))\n{p1.workmail} | {p1.phone}\n((Diese E-Mail ist vertraulich.|Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail drucken.))",
    "@CH|Freundliche Grüsse\n{p1.full}\nTalgrat Kundendienst Schweiz\n{p1.staffmail}\nTel. {p1.phone}",
    "{p1.first} {p1.last} ({p1.initials})\nTalgrat Kundenservice — ((Teamleitung|Retouren))\n{p1.staffmail}\n((Mo–Fr|Di–Sa)), {time} bis 17 Uhr",
]
PII["copy_brief"] = [
    "Briefing: Launch-Mail {product}\nVerantwortlich: {p1.full}\nFreigabe: {p2.full} ((Recht|Marke))\nDeadline: {date}\nTon: ((ruhig, kein Hype|warm, praktisch))",
    "Für die {pshort}-Seite bitte unseren Tester {p1.full} zitieren (({p1.town}, |))Freigabe liegt seit {date} vor. ((Zitat unter 20 Wörtern.|Keine Superlative.)) Fragen an {p2.first} ({p2.staffmail}).",
    "Newsletter-Briefing Nr. {n}: ((Porträt|Interview)) mit Bergführerin {p1.full}. Fotos: {p2.full}. Die Telefonnummer ({p1.phone}) steht nur versehentlich im Briefing — nicht abdrucken!",
    "Textauftrag von {p1.first}: Produktbeschreibung {pshort} für den ((Schweizer|österreichischen)) Shop umschreiben, du-Form, ss statt ß. Abnahme {p2.init}, fällig {day}, {time}.",
]
PII["team_chat"] = [
    "{p1.handle}: hat jemand {p2.low} zurückgerufen? die mit der ((kaputten|gerissenen)) {pshort}\n{p3.handle}: ((jep|ja)), {p3.low} hier, ((heute früh|um {time})) erledigt\n{p1.handle}: ((danke|merci))",
    "[{time}] {p1.low}: ((kurze info|fyi)) — {p2.lowfull} kommt um 15 uhr zur ((anprobe|reparatur))\n[{time}] {p3.low}: ok ((ich richte den raum|passt))",
    "{p1.handle} kannst du {p2.first} {p2.last} anrufen? nummer {p2.phone}, ((hat auf die mailbox gesprochen|will rückruf)) wegen {order}",
    "{p1.low}: wer hat den Kunden ((Wagner Bergsport|Sporthaus Lechner))?\n{p2.low}: ich. ((wieso|was ist))\n{p1.low}: deren Einkäuferin {p3.full} hat ((zweimal gemailt|nach Mustern gefragt))\n{p2.low}: ((mach ich|schreib ich heute noch))",
]
PII["customer_chat"] = [
    "Besucher: hallo, ((wo bleibt|was ist mit)) meiner bestellung {order}?\n{p2.first} (Talgrat): Hallo! Auf welchen Namen läuft die Bestellung?\nBesucher: {p1.full}\n{p2.first} (Talgrat): Danke, {p1.first}! Sie geht ((am {day}|morgen)) raus.",
    "[{time}] {p1.first}: ((bin umgezogen|ich bin umgezogen)), könnt ihr die adresse auf {p1.addr} ändern\n[{time}] Talgrat ({p2.first}): Erledigt((!|.)) Sonst noch was?\n[{time}] {p1.first}: nein danke",
    "Kunde: meine Karte ({card}) wurde für {order} zweimal belastet\nBot: Ich verbinde dich mit einer Kollegin.\n{p2.first}: Hallo, sorry dafür! ((Die doppelte Buchung wird erstattet.|Ich habe es an die Buchhaltung gegeben.))",
    "@CH|Chatverlauf {ticket}\n— Gast (({p1.email}|{p1.first})): liefert ihr auch in die Schweiz?\n— Agent: Ja, ((2 bis 4|3 bis 5|4 bis 6)) Werktage, verzollt.\n— Gast: super, geht an {p1.street}, passt das?\n— Agent: Ja, kein Problem.",
]
PII["call_note"] = [
    "Anruf {time}, {p1.full} ({p1.phone}): fragt nach anteiliger Erstattung für die {pshort}. Fotos angefordert. Rückruf {day}.",
    "Verpasster Anruf von {p1.phone} — Mailbox: „((Hallo, hier ist|Grüß Gott, da spricht)) {p1.first} {p1.last}, wegen meiner Retoure {rma}, bitte um Rückruf.“ ((Zweimal versucht, nicht erreicht.|Um {time} zurückgerufen.))",
    "Eingehender Anruf ({date})\nAnrufer: {p1.hon}\nThema: ((Garantie|Lieferung|Größe))\nErgebnis: ((Etikett geschickt an|Abholung vereinbart bei)) {p1.addr}\nBearbeitet: {p2.first}",
    "@AT|Telefoniert mit {p1.first} vom Alpenverein ((Innsbruck|Graz|Salzburg)) ({p1.phone}) — ((interessiert an|fragt nach)) Sektionsrabatt. ((Formular geschickt.|Schicke Infos an {p1.email}.))",
]
PII["return_note"] = [
    "Retoure {rma} eingegangen am {date}. {product}, Größe {size}, ((ungetragen|mit Etikett|einmal getragen)). Kundin/Kunde: {p1.full}. Erstattung ((freigegeben|nach QS)).",
    "RÜCKSENDUNG — Bestellung {order}\nName: {p1.lf}\nGrund: ((zu klein|Farbe anders als gedacht|gefällt nicht|Reißverschluss defekt))\nErstattung auf: {p1.iban}\nGeprüft: {p2.init}",
    "Paket von {p1.hon} ((kam|ist)) ohne Retourenschein ((zurück|eingegangen)); Bestellnummer {order} auf dem Lieferschein gefunden. Absender: {p1.addr}.",
    "@CH|Umtausch: {p1.first} hat die {pshort} in {size} zurückgeschickt, möchte {size.b}. ((An dieselbe Adresse.|Bitte an {p1.street} — neue Wohnung.)) Notiz: {p2.first}.",
]
PII["prose_mention"] = [
    "((Am Wochenende|Am {day}|Gestern)) haben {p1.full} und {p2.full} die neue {pshort} am {peak} getestet. ((Beide kamen trocken zurück.|Es hat durchgeregnet.))",
    "{p1.full} findet, die {pshort} fällt ((klein|kurz)) aus; {p2.first} sieht das anders.",
    "Die Fotos in diesem ((Beitrag|Album)) hat {p1.full} auf einer ((Hüttentour|Dreitagestour)) mit {p2.full} gemacht.",
    "Danke an {p1.full} für den Hinweis auf die ((Kapuzenverstellung|Größentabelle)). {p2.first} {p2.last} hat die Seite noch am selben Tag korrigiert.",
    "Seit {p1.first} im ((Kemptener|Sonthofener)) Büro ist, kümmert sich {p2.full} wieder um die Großkunden.",
]
PII["payment_note"] = [
    "Überweisung eingegangen von {p1.lf} ({p1.iban}), Verwendungszweck {invoice}, Betrag {price}. ((Zugeordnet zu {order}.|Nicht zuordenbar — bitte prüfen.))",
    "Erstattungswunsch: {p1.full} möchte die Erstattung für {order} auf das Konto {p1.iban} statt auf die Karte {cardmask}.",
    "Rückbelastung ({date}): Karte {card}, Inhaber {p1.caps}, Betrag {price}. ((Frist für Widerspruch|Antwort bis)) {date.b}.",
    "Rechnung {invoice} für das Fotoshooting kommt von {p1.full} (freiberuflich). Steuer-ID {taxid}, Zahlung an {p1.iban}. ((Freigegeben|Kann raus)) — {p2.init}",
    "@AT|Kundin {p1.hon} hat per Erlagschein bezahlt, Betrag fehlt aber. Ihre IBAN laut Rückfrage: {p1.iban}.",
]
PII["size_advice"] = [
    "Größenberatung für {p1.first}: 178 cm, Brustumfang 102 cm ((— Empfehlung M bei der {pshort}.|. Zwischen M und L; für Zwiebellook L.)) ((Geschickt an|Per Mail an)) {p1.email}.",
    "Passformberatung ({date}, {time})\nKunde: {p1.honfull}\nInnenbeinlänge: 81 cm\nEmpfehlung: Almweg in {size}, Länge ((Normal|Kurz))\nRückfrage: {p1.phone}",
    "{p1.greetdu}, nach deinen Maßen sollte die {pshort} in {size} gut passen. ((Umtausch ist kostenlos.|Im Zweifel lieber die größere.)) — {p2.first}",
    "@CH|Frage von {p1.short}: „((Ich trage sonst 38, welche Grösse|Ich habe breite Füsse, welche Grösse)) beim Steinlauf?“\nAntwort {p2.first}: ((eine halbe Nummer grösser|normal, probier {size}))",
]
PII["casting_call"] = [
    "Casting für das ((Herbst|Winter))-Katalogshooting am {date}: in der engeren Wahl {p1.full}, {p2.full} und {p3.full}. ((Anprobe um {time}.|Anreise nach {town} gebucht.))",
    "Modeldaten\nName: {p1.full}\nAgentur: ((keine|{company}))\nTelefon: {p1.phone}\nE-Mail: {p1.email}\nGrößen: Jacke {size}, Schuh 42\nHonorar an: {p1.iban}\nSteuer-ID: {taxid}",
    "{p1.greet},\n\nvielen Dank für Ihre Bewerbung beim Kundencasting. Wir würden Sie gern am {date} um {time} kennenlernen. Bitte ((eigene Bergschuhe|einen Ausweis)) mitbringen.\n\n{p2.full}, Talgrat Kreativteam",
    "Rückrufliste Shooting: {p1.first} ((zugesagt|fix)), {p2.first} ((vielleicht|offen)) ({p2.phone}), {p3.init} ((abgesagt|keine Zeit)).",
]
PII["sponsorship_request"] = [
    "Hallo Talgrat-Team,\n\nich bin {p1.full}, ((Trailläuferin|Skitourengeher|Kletterer)) aus {p1.town}, und bereite mich auf ((den Zugspitz Ultratrail|die Transalp|eine Grönland-Durchquerung)) vor. Würdet ihr mich mit Ausrüstung unterstützen? ((Ergebnisse schicke ich gern.|Instagram: 4.000 Follower.))\n\n{p1.first}\n{p1.phone}",
    "Sponsoringantrag Nr. {n}\nAntragsteller: {p1.lf}\nVerein: ((DAV Sektion Allgäu-Kempten|Skiclub Oberstdorf|LG Bergauf))\nKontakt: {p1.email}\nLieferadresse: {p1.addr}\nEntscheidung: ((zugesagt (500 € Ausrüstung)|abgelehnt|zurückgestellt))",
    "{p2.first}, wir sponsern {p1.full} für die ((Saison|Expedition)). Abrechnung als Freiberufler — Steuer-ID {taxid}. ((Vertrag hängt an.|Bitte als Lieferant anlegen.))",
    "@AT|Freundlich abgelehnt: {p1.hon} organisiert einen ((Benefizlauf|Schulausflug)) und wollte {n} Jacken. ((Stattdessen 20 % angeboten.|Gutscheine geschickt.)) Antwort ging an {p1.email}.",
]
PII["review_moderation"] = [
    "Moderation — Bewertung {ticket}\nAutor: {p1.full}\nIP: {ip}\nText: „((Zipp ist Mist.|Tolle Jacke, mein Kumpel {p2.first} hat auch eine.|Wer meine alte will: {p1.phone}))“\nAktion: ((veröffentlichen|ablehnen: Kontaktdaten|kürzen))",
    "Bewertung angehalten: enthält die ((Anschrift|Adresse)) der Kundin ({p1.street}). Zeile entfernt, veröffentlicht als „{p1.short}“. — Mod {p2.first}",
    "Gemeldet ({date}): {p1.init} ({p1.email}) hat ((5|7)) Bewertungen in {n} Minuten von {ip} abgegeben. ((Vermutlich Spam.|Sieht nach einem Haushalt aus.))",
    "Antwortentwurf an {p1.first} {p1.last}: danke für die ((ehrliche|ausführliche)) Bewertung der {pshort} — ((den Hinweis zur Kapuze haben wir weitergegeben|ein Ersatz-Zipper ist unterwegs)).",
]
PII["shift_handover"] = [
    "Übergabe ((Frühschicht|Spätschicht)) {date}\n- {p1.full}: ((wartet auf Fotos|Erstattung raus)), Ticket {ticket}\n- {p2.hon}: ((zurückrufen|an {p3.first} eskalieren))\n- ((Drucker klemmt wieder.|Sonst nichts.))",
    "An {p3.first}: bitte die Retoure von {p1.full} ({rma}) abschließen und {p2.first} unter {p2.phone} ((vor zwölf|nach 14 Uhr)) anrufen.",
    "Offen zum Feierabend:\n{p1.lf} — ((Etikett nicht gedruckt|wartet auf Kurier))\n{p2.lf} — ((Adresse prüfen|Karte abgelehnt))\n((— {p3.first}|gez. {p3.init}))",
    "@AT|Notiz von {p1.first}: {p2.full} hat ((dreimal|zweimal)) wegen {order} angerufen. Zugesagt, dass sich wer vor {time} meldet.",
]
PII["catalogue_request"] = [
    "Katalogbestellung ({date}): {p1.honfull}\n{p1.addr2}\n((Ausgabe: Frühjahr|Sprache: Deutsch|Anzahl: 1))",
    "Bitte schicken Sie mir Ihren ((Herbstkatalog|gedruckten Katalog)) an:\n{p1.full}\n{p1.addr2}\n((Vielen Dank!|Danke und Grüße,)) {p1.first}",
    "@AT|Postkarte eingescannt: „Bitte um einen Katalog. {p1.full}, {p1.addr}“ — im CRM erfasst von {p2.first}.",
    "@CH|Korrektur Versandliste: {p1.lf} ist umgezogen; neue Adresse {p1.addr}. ((Alte kam als unzustellbar zurück.|Vor dem Versand am {date} ändern.))",
]
PII["lead_list"] = [
    lambda r: "Name;E-Mail;Firma;Telefon\n" + rows("{pX.lf};{pX.workmail};{company.pX};{pX.phone}", r.randint(2, 4)),
    lambda r: "Anrede;Vorname;Nachname;E-Mail\n" + rows("((Frau|Herr));{pX.first};{pX.last};{pX.email}", r.randint(2, 4)),
    lambda r: "MESSEKONTAKTE — ((OutDoor|ISPO)) {date}\n" + rows("{pX.capslf} | {pX.workmail} | ((heiß|warm|kalt))", r.randint(2, 4)),
    lambda r: "Kontakt,Funktion,Telefon,Notiz\n" + rows("{pX.full},((Einkauf|Inhaber|Filialleitung)),{pX.phone},((Q3 anrufen|Muster geschickt|will Preisliste))", r.randint(2, 4)),
]
PII["feed_row"] = [
    "id\ttitel\tpreis\tgtin\tansprechpartner\n{sku}\t{product}\t{price}\t{gtin}\t{p1.full} <{p1.workmail}>",
    "<item><g:id>{sku}</g:id><title>{product}</title><g:price>{price}</g:price><g:gtin>{gtin}</g:gtin><bewertung_von>{p1.short}</bewertung_von></item>",
    "{sku};\"{product}\";{gtin};{price};lieferbar;\"Foto: {p1.full}\"",
    "sku: {sku}\ntitel: {product}\ngtin: {gtin}\nproduktverantwortlich: {p1.full}\ntelefon: {p1.phone}",
]
PII["crm_export"] = [
    "{\n  \"kundennr\": \"{cust}\",\n  \"name\": \"{p1.full}\",\n  \"email\": \"{p1.email}\",\n  \"telefon\": \"{p1.phone}\",\n  \"anschrift\": \"{p1.addr}\",\n  \"segment\": \"((gipfel|stamm|inaktiv))\"\n}",
    "[{\"id\": {n}, \"vorname\": \"{p1.first}\", \"nachname\": \"{p1.last}\", \"ip\": \"{ip}\"}, {\"id\": {n.b}, \"vorname\": \"{p2.first}\", \"nachname\": \"{p2.last}\", \"ip\": \"{ip2}\"}]",
    "kunde:\n  nr: {cust}\n  name: {p1.full}\n  email: {p1.email}\n  zahlung:\n    iban: {p1.iban}\n  lieferadresse: \"{p1.addr}\"\n  angelegt: {ts}",
    "- name: \"{p1.lf}\"\n  telefon: \"{p1.phone}\"\n  einwilligung: ((ja|nein))\n- name: \"{p2.lf}\"\n  telefon: \"{p2.phone}\"\n  einwilligung: ((ja|nein))",
]
PII["table_export"] = [
    lambda r: "Vorname\tNachname\tE-Mail\tBestellungen\n" + rows("{pX.first}\t{pX.last}\t{pX.email}\t{qty.pX}", r.randint(2, 4)),
    lambda r: "| Kunde | Ort | Telefon |\n|---|---|---|\n" + rows("| {pX.full} | {pX.town} | {pX.phone} |", r.randint(2, 4)),
    lambda r: "Bestellung\tKunde\tLieferadresse\n" + rows("{order.pX}\t{pX.full}\t{pX.addr}", r.randint(2, 3)),
    lambda r: "| Los | Gewinner:in | Preis |\n|--:|---|---|\n" + rows("| {n.pX} | {pX.short} | {product.pX} |", r.randint(2, 4)),
]
PII["html_form"] = [
    "<form action=\"/konto/adresse\" method=\"post\">\n  <input name=\"name\" value=\"{p1.full}\">\n  <input name=\"strasse\" value=\"{p1.street}\">\n  <input name=\"plz\" value=\"{p1.plz}\">\n  <input type=\"tel\" name=\"telefon\" value=\"{p1.phone}\">\n</form>",
    "<label>E-Mail</label><input type=\"email\" value=\"{p1.email}\"><label>Karteninhaber</label><input value=\"{p1.caps}\"><label>Kartennummer</label><input value=\"{card}\">",
    "<tr><td>Ansprechpartner</td><td>{p1.honfull}</td></tr>\n<tr><td>Anschrift</td><td>{p1.addr}</td></tr>\n<tr><td>Gesendet von</td><td>{ip}</td></tr>",
    "<div class=\"bewertung\"><span class=\"autor\">{p1.short}</span><p>((Passt super.|Warm genug bei -10 Grad.|Ärmel zu lang.))</p><!-- {p1.email} --></div>",
]
PII["sql_dump"] = [
    "INSERT INTO kunden (id, name, email, telefon) VALUES ({n}, '{p1.full}', '{p1.email}', '{p1.phone}');",
    "UPDATE bestellungen SET lieferadresse = '{p1.addr}' WHERE bestellnr = '{order}'; -- Wunsch von {p1.first}",
    "mysql> SELECT id, nachname, vorname, letzte_ip FROM nutzer WHERE id IN ({n}, {n.b});\n+----+----------+---------+----------------+\n| {n} | {p1.last} | {p1.first} | {ip} |\n| {n.b} | {p2.last} | {p2.first} | {ip2} |\n+----+----------+---------+----------------+",
    "COPY auszahlungen (empfaenger, iban, steuer_id) FROM stdin;\n{p1.full}\t{p1.iban}\t{taxid}\n\\.",
]
PII["server_log"] = [
    "{ip} - - [{clf}] \"POST {path} HTTP/1.1\" {status} {ms} \"-\" \"{ua}\"",
    "{ts} INFO checkout ok bestellung={order} email={p1.email} client={ip}\n{ts.b} WARN zahlungsdienst langsam ({ms} ms) client={ip}",
    "{ts} ERROR Adressprüfung fehlgeschlagen für {cust}: \"{p1.addr}\" (remote {ip.v6}, upstream {ip.lo})",
    "[{ts}] auth: anmeldung ((ok|fehlgeschlagen)) nutzer={p1.email} von {ip} über {ip2.priv}",
    "{ts} newsletter anmeldung ip={ip.v6} name=\"{p1.full}\" doi=ausstehend",
]
PII["mail_header"] = [
    "From: {p1.full} <{p1.email}>\nTo: {shopmail}\nDate: {date}\nSubject: ((Retoure|Frage|Reklamation)) {order}\nX-Originating-IP: [{ip}]",
    "Received: from mail.example.net ([{ip}]) by mx.talgrat.de; {date}\nFrom: \"{p1.lf}\" <{p1.email}>\nReply-To: {p1.email}\nCc: {p2.full} <{p2.email}>",
    "Return-Path: <{p1.email}>\nX-Sender-IP: {ip.v6}\nFrom: {p1.caps} <{p1.email}>\nSubject: AW: Ihr Katalog",
    "Delivered-To: {shopmail}\nFrom: {p1.first} <{p1.email}>\nTo: Talgrat Kundenservice <{shopmail}>\nX-Mailer: iPhone Mail\nSubject: ((Zipp kaputt|falsche Größe))",
]
PII["contact_card"] = [
    "BEGIN:VCARD\nVERSION:3.0\nN:{p1.last};{p1.first};;;\nFN:{p1.full}\nTEL;TYPE=cell:{p1.phone}\nEMAIL:{p1.email}\nEND:VCARD",
    "BEGIN:VCARD\nVERSION:4.0\nFN:{p1.full}\nORG:{company}\nADR;TYPE=work:;;{p1.street};{p1.town};;{p1.plz};\nEND:VCARD",
    "dn: uid={p1.email},ou=kunden,dc=talgrat,dc=de\ncn: {p1.full}\nsn: {p1.last}\ngivenName: {p1.first}\ntelephoneNumber: {p1.phone}",
    "dn: cn={p1.full},ou=presse,dc=talgrat,dc=de\nmail: {p1.workmail}\nmobile: {p1.phone}\ndescription: ((Journalistin|Bloggerin|Fotograf))",
]
PII["ical"] = [
    "BEGIN:VEVENT\nSUMMARY:Anprobe — {p1.full}\nDTSTART:{icaldt}\nLOCATION:Talgrat Store Kempten\nATTENDEE;CN={p1.full}:mailto:{p1.email}\nEND:VEVENT",
    "BEGIN:VEVENT\nSUMMARY:Telefonat mit {p1.hon} (Großhandel)\nORGANIZER;CN={p2.full}:mailto:{p2.staffmail}\nDESCRIPTION:Anrufen unter {p1.phone}\nEND:VEVENT",
    "BEGIN:VEVENT\nSUMMARY:Abholung Reparatur\nLOCATION:{p1.addr}\nDESCRIPTION:{pshort} bei {p1.first} abholen. Zweimal klingeln.\nEND:VEVENT",
    "BEGIN:VEVENT\nSUMMARY:Shootingtag (Model {p1.first} {p1.last})\nATTENDEE;CN={p2.full};ROLE=REQ-PARTICIPANT:mailto:{p2.workmail}\nEND:VEVENT",
]
PII["ocr_scan"] = [
    "RÜCKSENDESCHEIN\nNarne: {p1.full}\nAnschrift: {p1.addr}\nBestell-Nr: {order}\nGrund: ((zu gro8|falsche Farbe|defekt))\nUnterschrift: ___",
    "~~ L I E F E R S C H E I N ~~\nAn: {p1.caps}\n{p1.addr2}\nTe1.: {p1.phone}\nPos.: {qty} x {sku}",
    "SEPA-Lastschriftmandat (Scan S. 1)\nKontoinhaber: {p1.full}\nIBAN: {p1.iban}\nDatum: {date}  |  Unterschrift: unleserlich",
    "Garantiekarte ... {pshort} ... gekauft {date} ... Besitzer: {p1.init} ... E-Mail: {p1.email} ... Stempel: {company}",
]
PII["llm_prompt_log"] = [
    "{\"model\": \"copy-writer-v2\", \"messages\": [{\"role\": \"user\", \"content\": \"Schreib eine Dankesmail an {p1.full} für die Bewertung der {pshort}.\"}], \"ts\": \"{ts}\"}",
    "[prompt {uuid}] nutzer={p2.staffmail} eingabe=\"Formuliere diese Beschwerde höflich um: Ich heiße {p1.full}, wohne in {p1.addr} und unter {p1.phone} ruft keiner zurück\"",
    "request:\n  brief: \"Persönlicher Newsletter-Einstieg für {p1.first} ({p1.email}), zuletzt gekauft: {product}\"\n  temperature: 0.4\n  client_ip: {ip}",
    "{ts} llm.call tokens_in={ms} quelle=crm prompt=\"Fasse Ticket {ticket} von {p1.lf} zusammen: Karte {card} doppelt belastet\"",
]

CLEAN["marketing_copy"] = [
    "Vor Sonnenaufgang ((los|unterwegs))? Die {product} hält ((den Wind draußen|warm)) — jetzt für {price}.",
    "Herbst am ((Nebelhorn|Grat)): ((Zwiebellook|leicht packen)) mit der {pshort} und dem {pshort.b}. Kostenlose Rücksendung bis {date}.",
    "Einsamer Wolf am Grat? Auch Einzelgänger brauchen eine warme Schicht. {product}, {weight}, ab {price}.",
    "Vom Koch auf der Hütte empfohlen: der {pshort} für die ((erste Frostnacht|lange Saison)). ((Reparatur im Allgäu|5 Jahre Garantie)) inklusive.",
]
CLEAN["product_copy"] = [
    "{product}\nArtikelnr. {sku} · GTIN {gtin}\nGewicht: {weight} · Farben: {colour}, {colour.b}\nPreis: {price}",
    "Die {pshort} ist für den Zwiebellook geschnitten; Größe {size} hat eine Rückenlänge von 74 cm. ((Waschen bei 30 °C.|20 Minuten im Trockner reaktivieren.))",
    "Neu in Version {ver} unseres Größenberaters: Innenbeinlängen für die Almweg, ((Leistenbreiten für den Steinlauf|ein Hinweis zur Kaltkar-Kapuze)).",
    "Im ((Mai|Frühling)) unterwegs? Der {pshort} wiegt {weight}, ((PFC-frei imprägniert|bluesign-zertifiziert)) und passt in jede Deckeltasche.",
]
CLEAN["feed_clean"] = [
    "id\ttitel\tpreis\tgtin\tverfügbarkeit\n{sku}\t{product}\t{price}\t{gtin}\tauf Lager",
    "<item><g:id>{sku}</g:id><g:title>{product}</g:title><g:gtin>{gtin}</g:gtin><g:price>{price}</g:price><g:brand>Talgrat</g:brand></item>",
    "{sku};\"{product}\";{gtin};{colour};{size};{price}",
    "sku: {sku}\ntitel: {product}\ngtin: {gtin}\nfarbe: {colour}\naktualisiert: {ts}",
]
CLEAN["order_status"] = [
    "Deine Bestellung {order} ist ((unterwegs|verschickt)). Sendungsnummer: {track}. Voraussichtliche Zustellung: {date}.",
    "Bestellung {order} — Kundennummer {ordph} — {qty} Artikel, gesamt {price}. Bezahlt mit Karte {cardmask}.",
    "Retoure {rma} ((eingegangen|geprüft)). Erstattung von {price} ((auf das ursprüngliche Zahlungsmittel|auf das Konto {ibanmask})) innerhalb von 5 Werktagen.",
    "Rechnung {invoice} · Auftrag {order} · Ref. {ordph} · inkl. 19 % MwSt. · fällig am {date}",
]
CLEAN["faq"] = [
    "((Kann ich getragene Ware zurückgeben?|Rückgabe nach der ersten Tour?|Was, wenn ich es schon anhatte?)) ((Ja, innerhalb von 30 Tagen, wenn ungewaschen.|Nur mit Etikett.|Ja, solange es sauber und unbeschädigt ist.)) ((Unsere Hotline erreichst du|Ruf uns an|Schreib uns im Chat)) ((Mo–Fr 8–18 Uhr|werktags|bis {time})).",
    "((Liefert ihr an Postfach oder Packstation?|Postfach, Packstation oder c/o?|Geht auch eine Packstation?)) ((Ja, innerhalb Deutschlands.|Noch nicht.|Nur bis {weight}.)) ((Lieferungen „c/o“ oder ins Hinterhaus sind kein Problem — einfach in die zweite Adresszeile.|Für „c/o“ und Hinterhaus gibt es die zweite Adresszeile.|Hinterhaus oder Seitenflügel bitte in Zeile 2.))",
    "((Wie imprägniere ich meine Jacke neu?|Meine {pshort} saugt sich voll — was tun?|Tipps zum Nachimprägnieren?)) Bei 30 °C waschen und ((20|25)) Minuten in den Trockner((.|, niedrige Stufe.)) ((Die Firstwand braucht kein Spray.|Alle zehn Wäschen Einwasch-Imprägnierung.|Unsere Werkstatt im Allgäu macht das für {price}.))",
    "Wo ist meine Bestellung? Den Link zur Sendungsverfolgung findest du in der Versandmail. Bestellnummern sehen so aus: {order}; Kundennummern so: {ordph}.",
]
CLEAN["release_notes"] = [
    "Shop-Release {ver} ({date.iso}): schnellerer Checkout, Größenfilter auf den {pshort}-Seiten repariert, GTIN {gtin} korrigiert.",
    "Änderungen {ver}\n- Feed: Preis {price} für {sku}\n- Suche: „jägergrün“ findet jetzt Tannenschatten\n- Fix: Datumsformat {date}",
    "Größenberater-Modell {ver} ausgerollt um {time}; Rückfall-Build {ver.b}. Keine Kundendaten geändert.",
    "Build {hash} am {date} auf Staging; Release-Kandidat {ver}.",
]
CLEAN["shipping_info"] = [
    "Wir versenden aus unserem Lager in {plz} {town}. ((Bestellungen bis {time} gehen am selben Tag raus.|Standardversand 2–4 Werktage.))",
    "((Lieferung an|Versand an|Zustellung an)) Postfach, „c/o“-Adresse oder ins Hinterhaus? Einfach in die zweite Adresszeile schreiben. ((Packstation: Postnummer angeben.|Ohne Aufpreis.|Packstationen nehmen Pakete bis {weight}.))",
    "Click & Collect gibt es in ((Kempten|Sonthofen|Memmingen)) ({plz}). ((Bestellnummer mitbringen.|Wir bewahren Pakete 14 Tage auf.))",
    "Lieferzeiten: Deutschland ((1–3|1–2)) Tage, Österreich ((2–4|3–4)), Schweiz 3–5 (verzollt)((.|, Südtirol 4–6.)) Pakete über {weight} gehen per Spedition((.|; Sperrgut ab {price}.))",
]
CLEAN["campaign_plan"] = [
    "Kampagne „((Wolfsmond|Erster Frost|Frühbucher))“: {date} bis {date.b}, {pct} auf {pshort}, Budget {price}.",
    "KW {n}: Mail am {day} um {time}, Social am {day.b}. Hauptprodukt: {product}. Ziel: CTR über {pct}.",
    "Winteraktion: Motiv Wolfsrudel für das ((Familienpaket|Gruppenpaket|Vereinspaket)), Bäcker-Dutzend-Angebot bei Socken (13 für 12), Start {date}((.|, Budget {price}.| — Held: {pshort}.))",
    "A/B-Test ((Betreffzeilen|Titelbilder)) ({date}): Variante A {pct}, Variante B {pct.b}. ((Gewinner: A.|Kein klarer Sieger.))",
]
CLEAN["supplier_list"] = [
    "Lieferanten Q{qty}: {company} (Etiketten), {company.b} (Fracht), {company.c} (Prüfungen).",
    "Rahmenvertrag mit {company} verlängert bis {date}; Preise ab {price} pro Paket.",
    "Verpackungsaudit: {company} ((bestanden|Nachprüfung nötig)); Zweitlieferant {company.b} ((pausiert|freigegeben)).",
    "Prüfbericht ATX-24-{n}0{qty} der Alptex Prüflabor GmbH, Kempten: Wassersäule 28.400 mm.",
]
CLEAN["analytics_report"] = [
    "Sitzungen {big}, Bestellungen {n}{n}, Conversion {pct}, Warenkorb Ø {price}. Topseller: {product}.",
    "Retourenquote {pct} (Vorwoche {pct.b}); Hauptgrund: Größe. Kundennummern {ordph} bis {ordph.b} waren Testkonten.",
    "Newsletter: {big} versendet, Öffnungsrate {pct}, Klicks {n}{qty}. Bester Betreff: „Mai auf dem Berg“.",
    "Suchbegriffe der Woche: „fuchs fleece“, „koch jacke“, „{pshort} größe“, „{pshort.b} sale“.",
]
