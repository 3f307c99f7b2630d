"""Deutsche Vorlagen der Dev-Hälfte der zweiundzwanzigsten PII-Bank (pii22_dev.py).

Geschrieben auf Deutsch (nicht übersetzt), mit du und Sie, österreichischen (`@AT`) und
Schweizer (`@CH`, ohne ß) Varianten.
"""

from pii22_dev_en import _rows

PII = {
    # ------------------------------------------------------------------ Fließtext
    "crm_note": [
        "{p1.full} hat [[heute¦gestern Abend¦am Dienstag]] angerufen: möchte die {prod} in {color}, Gr. {size}. [[Nächste Woche nachfassen.¦Ruft nach dem Urlaub wieder an.¦Erst Größentabelle schicken.]]",
        "Notiz {date}: {p1.hon} meldet sich wegen Bestellung {order}. [[Paket laut DHL zugestellt, aber nicht angekommen.¦Falsche Farbe geliefert.¦Doppelt abgebucht.]] Erreichbar unter {ph1}[[ ab 17 Uhr¦, nur vormittags¦]].",
        "{p1.lf} – {p1.kunde} seit {year}.\nMöchte nur per Mail kontaktiert werden ({p1.email}).\nLetzter Kauf: {prod} ({price}).\n[[Für die Herbst-Vorschau vormerken.¦Dankeskarte an {a1.line} geschickt.¦Gutschein zum Geburtstag fällig.]]",
        "@AT\n{p1.kunde} {p1.init} war im Schauraum, fragt ob der {short} klein ausfällt. {p1.Er} trägt sonst {size}. Hab eine Nummer größer empfohlen. Tel. {ph1}, Adresse {a1.line}.",
        "Am Stand in {town} {p1.given} kennengelernt – [[leitet eine Wandergruppe mit 20 Leuten¦ist bei der Bergwacht¦macht Klassenfahrten ins Allgäu]]. Will Gruppenrabatt. Kontakt: {p1.full}, {ph1}, {p1.email}.",
    ],
    "support_email": [
        "{p1.sgh},\n\nvielen Dank für Ihre Nachricht zur Bestellung {order}. [[Es tut uns leid, dass die¦Leider ist die¦Offenbar ist die]] {prod} [[beschädigt angekommen¦in der falschen Größe verschickt worden¦noch nicht bei Ihnen eingetroffen]]. [[Ersatz ist unterwegs.¦Wir haben {price} erstattet.¦Wir haben einen Nachforschungsauftrag gestellt.]]\n\nMit freundlichen Grüßen\n{p2.full}\nTalgrat Kundenservice",
        "{p1.hallo},\n\n[[danke für deine Nachricht¦schön, wieder von dir zu hören¦sorry, dass es so lange gedauert hat]]! Ich habe die Lieferadresse für {order} geändert auf:\n\n{a1.block}\n\nFalls etwas nicht stimmt, antworte einfach hier oder ruf uns an – wir haben {ph1} bei dir hinterlegt.\n\nViele Grüße\n{p2.given}",
        "@AT\nGrüß Gott {p1.hf} {p1.last},\n\nIhr Paket ({track}) konnte an {a1.line} nicht zugestellt werden. [[Es liegt beim Postpartner.¦Es war niemand zu Hause.¦Am Klingelschild stand kein Name.]] Bitte geben Sie uns einen Ablageort oder einen Nachbarn an.\n\nFreundliche Grüße aus Innsbruck\n{p2.full}",
        "@CH\nGrüezi {p1.hf} {p1.last}\n\nIhre Rücksendung zu {order} ist bei uns eingetroffen. Die Gutschrift über {amount} erfolgt innert fünf Arbeitstagen. [[Bei Fragen antworten Sie einfach auf diese Nachricht.¦Besten Dank für Ihren Einkauf.¦Wir wünschen Ihnen schöne Touren.]]\n\nFreundliche Grüsse\n{p2.full}",
        "Hallo {p1.full},\n\ndanke für die Fotos. [[Das Nahtband an der Kapuze hat sich gelöst¦Der Reißverschlusszipper ist gebrochen¦Die Sohle löst sich an der Spitze]] – das ist ein Garantiefall. Schick den Artikel bitte mit der Nummer {rma} an unser Retourenlager.\n\nLiebe Grüße\n{p2.given} vom Talgrat-Team",
    ],
    "reply_chain": [
        "Danke {p1.given}, passt so.\n\n> Am {date} schrieb {p1.full} <{p1.email}>:\n> Könnt ihr die Jacke ins Büro schicken? {a1.line}.\n> Danke, {p1.given}",
        "AW: [[Ihre Bestellung¦Umtausch¦Fehlender Artikel]] {order}\n\nHallo {p1.hf} {p1.last}, erledigt – die neue Größe ist unterwegs.\n\n-----Ursprüngliche Nachricht-----\nVon: {p1.full} <{p1.email}>\nGesendet: {date} {time}\nBetreff: [[Ihre Bestellung¦Umtausch¦Fehlender Artikel]] {order}\n\nGuten Tag, die {short} in {size} ist zu eng. Kann ich eine Nummer größer bekommen?\n{p1.full}\n{ph1}",
        "> > Taugt die Kaltkar bei nassem Schnee?\n> Eher nicht, die ist für trockene Kälte. Drüber eine Hardshell.\n> {p2.given}\n\nDanke {p2.given}! Dann bestell ich die Schauerpass gleich mit.\n{p1.fi}",
        "{p1.hallo},\nleite dir das von {p2.full} weiter – kannst du übernehmen?\n\n---------- Weitergeleitete Nachricht ---------\nVon: {p2.full} <{p2.email}>\nDatum: {date}\nAn: Retouren\n\nIch habe zwei Paar Socken zurückgeschickt ({order}), aber nur eins erstattet bekommen. Telefonisch bin ich unter {ph1} erreichbar.",
        "Am {date} um {time} schrieb {p1.email}:\n>> Bitte stornieren, hab sie im Laden gefunden.\n>> {p1.caps}\n\nIst erledigt, {p1.hon}. Es wurde nichts abgebucht.\n\n{p2.given}",
    ],
    "signed_review": [
        "[[Fünf Sterne.¦★★★★★¦Top!]] Die {short} [[hat mich einen ganzen Regentag im Allgäu trocken gehalten¦hat eine Woche Alpenüberquerung überlebt¦ist mein bester Kauf dieses Jahr]]. [[Passform wie erwartet.¦Ärmel etwas lang.¦Taschen liegen über dem Hüftgurt.]]\n– {p1.fi}, {town}",
        "„[[Leicht, warm, passt in jede Deckeltasche.¦Vom ersten Tag an bequem.¦Tolle Farbe, noch bessere Passform.]]“ — {p1.full}[[, Mitglied im Alpenverein¦, {town}¦]]",
        "Bewertung von {p1.init} ({date})\nSterne: [[4¦5¦3]]/5\n[[Für den Jakobsweg gekauft.¦Bei Sturm am Watzmann getragen.¦Zwei Wochen Island, jeden Tag an.]] [[Würde ich wieder kaufen.¦Der Reißverschluss hakt etwas.¦Umtausch ging schnell.]]",
        "@CH\nKundenstimme für den Herbstkatalog (Freigabe liegt vor):\n«[[Ich habe schon viele Jacken getestet¦Nach Jahren mit billigen Regenjacken¦Meine alte Jacke hat am Säntis aufgegeben]], aber die {short} ist die erste, die [[wirklich atmet¦über ein Fleece passt¦noch aussieht wie neu]].»\n{p1.full}, [[Bergsport¦Trailrunning¦Pfadi]], {town}",
        "[[Ehrlich gesagt¦Ganz ehrlich¦Also]] hat mein Freund {p2.first} mir die {short} nach einer Woche geklaut 😅 Bestelle eine zweite. {p1.given} aus {town}",
    ],
    "email_signature": [
        "[[Viele Grüße¦Beste Grüße¦Liebe Grüße¦Herzliche Grüße]]\n{p1.full}\n[[Einkauf¦Filialleitung¦Eventplanung]] | {company}\nMobil: {mob1}\n{p1.wemail}",
        "--\n{p1.caps}\n[[Berg- und Skiführung¦Wanderleitung DAV¦Bergwacht Bayern]]\n{a1.block}\nTel. {ph1}",
        "@AT\nMit freundlichen Grüßen\n\nMag. {p1.full}\n{a1.line}\n{ph1} · {p1.email}\n[[Von meinem iPhone gesendet¦Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail drucken.¦]]",
        "@CH\nFreundliche Grüsse\n{p1.init}\nLeiter Detailhandel\nDirekt: {tel1}  Natel: {mob1}\nE-Mail: {p1.wemail}",
        "Danke dir,\n{p1.first}\n\n{p1.full} | [[Freie Texte¦Fotografie¦Lauftraining]]\n{mob1}",
    ],
    "copy_brief": [
        "BRIEFING – Launch {prod}\nVerantwortlich: {p1.full}\nText: {p2.full} (frei)\nAbgabe: {date}\nTonalität: trocken, kein Hype. [[Gewicht nennen ({weight}).¦Mit der Passform einsteigen.¦Headline unter 40 Zeichen.]] Rückfragen an {p1.given}.",
        "Hi {p2.given}, im Newsletter [[nächsten Dienstag¦am 14.¦diesen Freitag]] stellen wir {p1.full} vor – [[Lechweg in sieben Tagen¦Zugspitz-Ultratrail¦Guide unserer Dolomiten-Tour]] – in der {short}. [[Zitat ist freigegeben.¦Fotos von {p3.full}.¦Bitte unter 120 Wörtern.]]",
        "Briefing Produkttext\n- Produkt: {prod} ({sku})\n- Kundenzitat von {p1.fi}\n- Freigabe durch: {p2.hon}\n- Fotos: {p3.full}, Bildnachweis nötig",
        "Kampagne „[[Erster Frost¦Gratwandern¦Schietwetter]]“: Text {p1.given}, Korrektur {p2.full}. {p3.full} bitte nicht in der Anzeige nennen – [[Einwilligung gilt nur für Social Media¦wurde ausdrücklich so gewünscht¦Einwilligung wurde widerrufen]].",
    ],
    "team_chat": [
        "[{time}] {p1.low}: hat jemand die retoure von {p2.full} gesehen? {order}\n[{time2}] {p3.low}: liegt bei mir, mach ich nach der mittagspause",
        "{p1.handle} kannst du {p2.hon} zurückrufen? {ph1}, [[wegen der fehlenden Socken¦wegen der Erstattung¦will die Adresse ändern]]\n{p3.low}: 👍 mach ich",
        "{p1.low}: {p2.low} hat schon wieder wegen der {short} angerufen\n{p3.low}: die aus {town}?\n{p1.low}: jep. [[ich schick ersatz.¦hab gesagt wir klären das heute.¦braucht ein Label.]]",
        "#kundenservice\n{p1.given}: bitte keine Kundennummern hier posten\n{p2.given}: sorry – hab die Daten von {p3.full} ins Ticket verschoben\n{p1.given}: danke",
        "[[moin zusammen¦servus¦kurze info]] – {p1.full} aus der Filiale {town} übernimmt Samstag, {p2.low} ist krank. {p1.handle} sag Bescheid, wenn was fehlt",
    ],
    "customer_chat": [
        "Kunde: hallo, mein Name ist {p1.full}, Bestellung {order} ist nicht angekommen\nAgent ({p2.given}): Hallo {p1.given}, ich schau kurz nach … ist beim Zusteller, kommt am {date}.\nKunde: ok danke",
        "[Live-Chat {time}]\nBesucher: [[liefert ihr nach Österreich?¦kann ich die Größe noch ändern?¦ist der Hochsattel wasserdicht?]]\n{p2.given} (Talgrat): [[Ja¦Klar¦Nicht ganz]]! Wie ist dein Name?\nBesucher: {p1.full}, Mail {p1.email}",
        "{p1.given}: hallo?? warte schon 10 min\nBot: Gleich ist jemand für dich da.\n{p2.given}: Sorry fürs Warten, {p1.given}! Wohin soll geliefert werden?\n{p1.given}: {a1.line}",
        "@CH\nWhatsApp · {date}\n{p1.given}: Chan ich das im Laden abhole?\nTalgrat: Sicher. Wer holt es ab?\n{p1.given}: {p2.full} chunnt verbii\nTalgrat: Alles klar 👍",
    ],
    "call_note": [
        "Anruf {time} – {p1.full} ({ph1}). [[Beschwerde über Lieferzeit.¦Frage zur Garantie.¦Will nach 40 Tagen zurückgeben.]] [[10 % Gutschein angeboten, angenommen.¦An Teamleitung gegeben.¦Regelung erklärt, nicht zufrieden.]]",
        "@AT\nEingehender Anruf am {date}. {p1.hon}, Rückruf bitte auf {mob1}. [[Fragt, ob die Trittweg-Socken eingehen.¦Will wissen, wann Schiefer in XL wieder da ist.¦Paket hängt beim Zoll.]]",
        "Mailbox abgehört: „Ja, hallo, hier ist {p1.given} [[nochmal¦]] – {p1.full} – wegen der Jacke. Erreichbar bin ich unter {ph1}, [[ab sechs¦werktags¦]]. Danke, tschüss.“",
        "{p1.init} wie versprochen zurückgerufen. Unter {ph1} niemand erreicht, auf Band gesprochen. [[Morgen nochmal.¦Schreibe stattdessen eine Mail.¦Zweiter Versuch.]]",
        "Telefonliste\n{time} {p1.full} – Bestellung {order} – erledigt\n{time2} {p2.full} – {ph2} – Rückruf erbeten",
    ],
    "order_return_note": [
        "Bestellung {order} – Lieferung an {p1.full}, {a1.line}. [[Geschenk – keine Rechnung ins Paket.¦Bei Nachbarn Nr. {num} abgeben.¦Bei Ankunft {ph1} anrufen.]]",
        "Retoure {rma}: {p1.lf}. Artikel {sku} [[ungetragen, Etikett dran¦einmal getragen, schlammig¦Reißverschluss defekt]]. [[Erstattung auf Zahlungsmittel.¦Umtausch in {size}.¦Gutschrift gewünscht.]]",
        "Packhinweis: [[Socken bitte doppelt einpacken¦Pflegekarte beilegen¦keine Werbebeilagen]] – {p1.hon} [[hat sich letztes Mal beschwert¦hat ausdrücklich darum gebeten¦bestellt regelmäßig]].\nVersand an:\n{p1.full}\n{a1.block}",
        "RETOURENANNAHME {date}\nAbsender: {p1.caps}\nGrund: [[zu groß¦gefällt nicht¦Farbe weicht ab]]\nZustand: [[A¦B¦C]]\nErstattung {amount} auf IBAN {iban}",
        "@AT\nGeschenkbestellung für {p2.full} – Karte: „[[Alles Gute zum Geburtstag¦Für den nächsten Gipfel¦Gratuliere]], {p1.given}“. Rechnung: {p1.full}, {a2.line}. Lieferung: {a1.line}.",
    ],
    "staff_story": [
        "{p1.full} arbeitet seit sechs Jahren in der Retourenannahme und faltet eine Kaltkar schneller in ihre eigene Tasche als alle anderen. [[Diesen Herbst¦Letzten Winter¦Im März]] sind {p1.first} und {p2.full} in zwei Tagen über den Karnischen Höhenweg gelaufen.",
        "Als {p1.full} anfing, lief das Lager noch auf Papier. [[Heute¦Inzwischen¦Mittlerweile]] arbeitet {p1.last} die Neuen ein, und {p2.full} kümmert sich um die Paketdienste.",
        "Die Winterbilder hat {p1.full} an einem [[grauen¦klaren¦stürmischen]] Morgen über dem Oytal gemacht; {p2.full} hat den Reflektor und den meisten Kaffee getragen.",
        "{p1.full} und {p2.full} sind im Morgengrauen vom Laden losgegangen. Mittags hatte {p2.first} einen Handschuh verloren und {p1.first} zwei gefunden.",
        "Glückwunsch an {p1.full} zum [[ersten Ultratrail¦Stubaier Höhenweg in fünf Tagen¦Halbmarathon in Bestzeit]] am Wochenende und an {p2.full} zu [[zehn¦fünf¦zwanzig]] Jahren bei uns.",
    ],
    "escalation_memo": [
        "ESKALATION – {ticket}\nKunde: {p1.full}\nTelefon: {ph1}\nProblem: [[dritte gescheiterte Zustellung¦Erstattung nach 30 Tagen nicht da¦unfreundlicher Fahrer]]\nBearbeiter: {p2.given}\nBitte: [[Kulanz über {amount} freigeben¦Kunden heute anrufen¦Depotleitung kontaktieren]]",
        "{p3.given}, übernimmst du das bitte? {p1.hon} hat jetzt viermal wegen {order} geschrieben; [[das Paket ging an {a1.line} statt in die Filiale¦die Karte wurde doppelt belastet¦die Jacke ist undicht]]. {p1.Er} hat eine Rückbuchung erwähnt.",
        "Priorität: hoch\nGemeldet von {p2.full} am {date}\n{p1.lf} ({p1.email}) – [[droht mit schlechter Bewertung¦hat die Presse eingeschaltet¦will die Geschäftsleitung sprechen]]. Bitte vor {time} Uhr antworten.",
        "@CH\nNotiz Teamleitung: mit {p1.full} wegen {ticket} [[telefoniert¦gemailt¦gesprochen]]; vereinbart: [[volle Rückerstattung¦Ersatz plus Gutschein¦kostenlose Reparatur]]. {p2.given}, bitte danach schliessen.",
    ],
    "waitlist_reply": [
        "{p1.hallo},\ngute Nachrichten: die {prod} in {color} ist wieder da. Wir halten dir bis {date} eine in {size} zurück. [[Kurz antworten genügt¦Einfach unten klicken¦Oder ruf an: {ph1}]].\n{p2.given}",
        "Warteliste {sku} / {size}\n1. {p1.full} – {p1.email}\n2. {p2.full} – {p2.email}\n3. {p3.init} – {ph1}",
        "{p1.sgh}, Sie wollten benachrichtigt werden, sobald die {short} wieder lieferbar ist. Leider kommt {color} diese Saison nicht mehr; [[Schiefer ist vorrätig¦käme eine andere Farbe infrage?¦wir können die Frühjahrsware reservieren]].",
        "@AT\nServus {p1.given} – du bist Nummer {num} auf der Liste für die {short}. Wir melden uns an {p1.email}, sobald sie da ist.",
    ],
    "field_test_report": [
        "Feldtest – {prod}\nTester: {p1.full}\nRoute: [[Watzmann-Überschreitung¦Alpe-Adria-Trail¦Rheinsteig, Wiesbaden–Bonn]]\nTage: {num}\n[[Kapuze hält bei Wind.¦Bündchen nach 6 h durchnässt.¦Hüftgurt scheuert ab 15 kg.]]\nMuster zurück an: {a1.line}",
        "Notizen von {p1.given}, Tag {num}: [[ab 10 Uhr Regen¦trocken, -4 °C¦Graupel am Grat]]. {short} [[hat das Gröbste abgehalten¦war an der Brust nass¦war im Aufstieg klamm]]. {p2.full} trug dieselbe Größe und [[sieht das genauso¦sieht das anders]].",
        "Testpanel [[Frühjahr¦Herbst]] — Tester: {p1.full}, {p2.full}, {p3.fi}. Ansprechpartner für Rücksendungen: {p2.given} ({ph2}).",
        "@CH\nBericht von {p1.init} ({p1.email})\n- Passform: [[normal¦fällt kurz aus¦grosszügig]]\n- Haltbarkeit: [[kein Verschleiss¦Pilling an den Bündchen¦Abrieb an der Zehenkappe]]\n- Würden Sie kaufen? [[Ja¦Nein¦Für {amount} vielleicht]]",
    ],
    "resoling_order": [
        "Neubesohlung {rma}\nSchuh: Steinlauf, Gr. {shoe}\nBesitzer: {p1.full}\nRücksendung an: {a1.line}\nTelefon: {ph1}\nHinweis: [[Ferse durchgelaufen¦Zehenkappe löst sich¦Mesh an der Biegestelle gerissen]]",
        "{p1.hallo}, deine Steinlauf sind am {date} beim Schuhmacher angekommen. Das Neubesohlen dauert etwa drei Wochen; wir schicken sie dann an {a1.street} zurück. – {p2.given}",
        "Besohlungsauftrag von {p1.hon} ({p1.email}): [[zwei Paar¦ein Paar¦nur der linke Schuh]], bezahlt {amount} mit Karte {card}.",
        "@AT\nWerkstattbuch {date}: {p1.lf} – Besohlung fertig, [[Vibram-Sohle¦Ferse neu aufgebaut¦Schnürsenkel gratis getauscht]]. Abholung im Geschäft oder Versand an {a1.line}.",
    ],
    "swatch_request": [
        "Stoffmusteranfrage: [[Tannenschatten und Schiefer¦Hüttenorange¦alle Kaltkar-Farben]]\nName: {p1.full}\nAnschrift: {a1.block}\n[[Für Vereinsbekleidung.¦Soll zum Rucksack passen.¦Farbenblind, will sichergehen.]]",
        "{p1.hallo}, die Stoffmuster für die {short} sind heute an {a1.line} rausgegangen. [[Sag uns, wie sie dir gefallen!¦Sie sollten bis {date} da sein.¦Sag {p2.given}, welches du nimmst.]]",
        "Bitte Farbkarten an {p1.hon} schicken – {a1.line}. {p1.Er} braucht sie vor der [[Vereinssitzung¦Elternbeiratssitzung¦Abstimmung im Team]] am {date}.",
        "Verschickte Muster:\n- {p1.full}, {town} ({date})\n- {p2.full}, {town2} ({date2})\n- {p3.fi}, {ph1}",
    ],
    "club_partnership": [
        "Kooperation – [[DAV Sektion Oberland¦Lauftreff Nordhang¦Alpenverein Zweig Tirol]]\nAnsprechpartner: {p1.full} (Vorsitz), {ph1}\nRabatt: {pct} auf reguläre Preise\nVerlängerung: {date}",
        "Treffen mit {p1.full} und {p2.full} vom Vereinsvorstand. Sie wollen Jacken mit Vereinslogo, etwa {num} Stück. {p1.given} schickt die Größen an {p3.wemail}.",
        "{p1.sgh},\n\nvielen Dank für das Gespräch am {date}. Wie besprochen erhalten Ihre Mitglieder mit dem Code {code} {pct} Rabatt. [[Rechnungen gehen an Ihren Kassenwart, {p2.full}.¦Bitte geben Sie das auch an {p2.full} weiter.¦Über ein paar Fotos von der Tour würden wir uns freuen.]]\n\nBeste Grüße\n{p3.full}",
        "@CH\nVereinsbestellung: Kontakt {p1.init}, Lieferung an {a1.line}, Rechnung an {p2.full} ({p2.email}).",
    ],
    # ------------------------------------------------------------------ Formate
    "json_record": [
        '{"kundennr": "{cust}", "name": "{p1.full}", "email": "{p1.email}", "telefon": "{ph1}", "newsletter": [[true¦false]]}',
        '{\n  "bestellung": "{order}",\n  "lieferadresse": {\n    "name": "{p1.full}",\n    "strasse": "{a1.street}",\n    "plz": "{a1.zip}",\n    "ort": "{a1.town}"\n  },\n  "positionen": [{"sku": "{sku}", "menge": {qty}}]\n}',
        '[{"vorname": "{p1.first}", "nachname": "{p1.last}", "email": "{p1.email}"}, {"vorname": "{p2.first}", "nachname": "{p2.last}", "email": "{p2.email}"}]',
        '{"event": "checkout.abgeschlossen", "ts": "{ts}", "client_ip": "{ippub}", "zahler": {"name": "{p1.full}", "iban": "{iban}", "steuer_id": "{taxid}"}}',
    ],
    "yaml_webhook": [
        "event: kunde.geaendert\nkunde:\n  id: {cust}\n  name: {p1.full}\n  email: {p1.email}\n  telefon: \"{ph1}\"\n  adresse: \"{a1.line}\"",
        "# Retouren-Webhook\nrma: {rma}\nangefragt_von: {p1.lf}\nkontakt:\n  mobil: \"{mob1}\"\n  email: {p1.email}\nerstattung: [[karte¦ueberweisung¦gutschein]]",
        "- name: {p1.full}\n  rolle: [[Botschafterin¦Tester¦Affiliate]]\n  handle: \"{p1.handle}\"\n- name: {p2.full}\n  rolle: [[Botschafter¦Testerin¦Affiliate]]\n  telefon: \"{ph2}\"",
        "zahlung:\n  art: kreditkarte\n  kartennummer: \"{card}\"\n  inhaber: {p1.caps}\n  ip: {ipany}",
    ],
    "tsv_export": [
        _rows(2, 5, "{p#.first}\t{p#.last}\t{p#.email}\t{date#}", "vorname\tnachname\temail\tangemeldet\n"),
        _rows(2, 4, "{order#}\t{p#.full}\t{a#.street}\t{a#.zip}\t{a#.town}", "bestellung\tname\tstrasse\tplz\tort\n"),
        _rows(1, 4, "{p#.lf}\t{ph#}\t[[ja¦nein]]", "Name\tTelefon\tEinwilligung\n"),
        _rows(2, 4, "{cust#}\t{p#.full}\t{iban#}\t{taxid#}", "kunde\tkontoinhaber\tiban\tsteuer_id\n"),
    ],
    "markdown_table": [
        _rows(2, 5, "| {p#.full} | {ph#} | {order#} |", "| Kunde | Telefon | Bestellung |\n| --- | --- | --- |\n"),
        _rows(2, 4, "| {p#.fi} | [[5¦4¦3]] | [[passt super¦fällt klein aus¦top]] |", "| Bewertung von | Sterne | Kommentar |\n|---|---|---|\n"),
        _rows(2, 4, "| {p#.given} | {date#} | [[Retouren¦Telefon¦Chat]] |", "### Dienstplan\n\n| Name | Tag | Platz |\n|:--|:--|:--|\n"),
        _rows(1, 3, "| {rma#} | {p#.lf} | {a#.line} |", "| RMA | Kunde | Abholung bei |\n| --- | --- | --- |\n"),
    ],
    "html_form": [
        '<form action="/konto" method="post">\n  <input name="name" value="{p1.full}">\n  <input name="email" type="email" value="{p1.email}">\n  <input name="tel" value="{ph1}">\n</form>',
        '<label>Vor- und Nachname</label> <span>{p1.full}</span><br>\n<label>Straße</label> <span>{a1.street}</span><br>\n<label>Ort</label> <span>{a1.town}</span>',
        '<tr><td>Karteninhaber</td><td>{p1.caps}</td></tr>\n<tr><td>Kartennummer</td><td>{card}</td></tr>\n<tr><td>Rechnungsadresse</td><td>{a1.line}</td></tr>',
        '<!-- Kontaktformular {ts} von {ippub} -->\n<p><b>Von:</b> {p1.full} &lt;{p1.email}&gt;</p>\n<p>[[Wo bleibt meine Bestellung {order}?¦Habt ihr die {short} in {size}?¦Bitte löschen Sie mein Konto.]]</p>',
    ],
    "sql_insert": [
        "INSERT INTO kunden (id, vorname, nachname, email, telefon) VALUES ({num}, '{p1.first}', '{p1.last}', '{p1.email}', '{ph1}');",
        "UPDATE adressen SET strasse = '{a1.street}', plz = '{a1.zip}', ort = '{a1.town}' WHERE kunde_id = {num}; -- Wunsch von {p1.full}",
        "SELECT * FROM bestellungen WHERE email = '{p1.email}';\n-- {qty} Zeilen, zuletzt: {order} ({p1.full})",
        _rows(2, 4, "  ({num#}, '{p#.full}', '{taxid#}')", "INSERT INTO auszahlungen (id, name, steuer_id) VALUES\n", ",\n"),
    ],
    "access_log": [
        '{ippub} - - [{ts}] "POST /kasse HTTP/1.1" 200 512 "-" "Mozilla/5.0"\n{ipsix} - - [{ts2}] "GET /konto HTTP/2" 302 0',
        "{ts} INFO anmeldung ok benutzer={p1.email} ip={ipany}\n{ts2} WARN passwort-reset angefordert benutzer={p1.email} ip={ippub}",
        "[{ts}] {host} sshd[{port}]: Accepted publickey for deploy from {ippriv} port {port2}\n[{ts2}] {host} app: healthcheck von {iploop}",
        "{ts} betrugspruefung bestellung={order} ip={ippub} land=[[DE¦AT¦CH]] rechnungsname=\"{p1.full}\" score=0.{num}",
    ],
    "mail_headers": [
        "From: {p1.full} <{p1.email}>\nTo: service\nDate: {date} {time}\nSubject: [[Bestellung¦Retoure¦Reklamation]] {order}\nReceived: from [{ippub}] by mx1",
        "Return-Path: <{p1.email}>\nX-Originating-IP: [{ippub}]\nFrom: \"{p1.lf}\" <{p1.email}>\nReply-To: {p2.email}",
        "Received: from mail.example.net ([{ipsix}])\nFrom: {p1.caps} <{p1.email}>\nCc: {p2.full} <{p2.email}>\nSubject: WG: Stoffmuster",
        "From: {p1.email}\nTo: {p2.full} <{p2.wemail}>\nX-Sender-IP: {ippub}\nSubject: [[Besohlung¦Vereinsbestellung¦Testpaket]]",
    ],
    "vcard": [
        "BEGIN:VCARD\nVERSION:3.0\nN:{p1.last};{p1.first};;;\nFN:{p1.full}\nTEL;TYPE=cell:{mob1}\nEMAIL:{p1.email}\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:4.0\nFN:{p1.full}\nORG:{company}\nTEL;TYPE=work:{tel1}\nADR;TYPE=work:;;{a1.street};{a1.town};;{a1.zip};\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:3.0\nFN:{p1.full}\nNOTE:kennengelernt auf der Messe in {town}\nEMAIL;TYPE=home:{p1.email}\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:3.0\nN:{p1.last};{p1.first}\nTEL:{ph1}\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nN:{p2.last};{p2.first}\nTEL:{ph2}\nEND:VCARD",
    ],
    "ical_invite": [
        "BEGIN:VEVENT\nSUMMARY:Anprobe – {p1.full}\nDTSTART:{iso}T10:00:00\nLOCATION:Talgrat Showroom\nORGANIZER;CN={p2.full}:mailto:{p2.email}\nEND:VEVENT",
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Abstimmung Vereinsbekleidung\nATTENDEE;CN={p1.full}:mailto:{p1.email}\nATTENDEE;CN={p2.full}:mailto:{p2.email}\nDESCRIPTION:Einwahl oder Anruf unter {ph1}\nEND:VEVENT\nEND:VCALENDAR",
        "BEGIN:VEVENT\nSUMMARY:Besohlte Schuhe abholen ({p1.given})\nDTSTART:{iso}T16:30:00\nDESCRIPTION:Bei Verspätung {p1.full} unter {mob1} anrufen\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:Fotoshooting mit {p1.full}\nLOCATION:{a1.line}\nDTSTART:{iso}T08:00:00\nEND:VEVENT",
    ],
    "ocr_scan": [
        "RUCKSENDESCHEIN\nName: {p1.caps}\nAnschr1ft: {a1.line}\nTe1efon: {ph1}\nGrund: zu gr0ß",
        "-- Scan Seite 1/1 --\nLIEFERSCHEIN   {order}\nEmpfänger:   {p1.full}\n             {a1.block}\nUnterschrift: ~~~~",
        "Garantiekarte (handschriftlich, OCR)\nN a m e : {p1.full}\nE-Mail: {p1.email}\nKaufdatum: {date} ~~ Filiale: {town}",
        "|| SEPA-LASTSCHRIFTMANDAT ||\nKontoinhaber {p1.caps}\nIBAN {iban}\nSteuer-ID {taxid}\nunterschrieben {date} ,,,",
    ],
    "lead_csv": [
        _rows(2, 5, "{p#.lf},{p#.email},{town#}", "name,email,ort\n"),
        _rows(2, 4, "\"{p#.lfc}\",{ph#},{date#}", "Kontakt,Telefon,Messe\n"),
        _rows(2, 4, "{p#.first};{p#.last};{p#.email};[[heiß¦warm¦kalt]]", "vorname;nachname;email;status\n"),
        _rows(2, 4, "{p#.caps};{company#};{mob#}", "NAME;FIRMA;MOBIL\n"),
    ],
    "feed_row": [
        "id\ttitel\tpreis\tgtin\tkontakt\n{sku}\t{prod}\t{price}\t{gtin}\t{p1.email}",
        "<item><g:id>{sku}</g:id><g:title>{prod}</g:title><g:gtin>{gtin}</g:gtin><g:contact_name>{p1.full}</g:contact_name><g:contact_phone>{tel1}</g:contact_phone></item>",
        "{sku};{prod};{price};Bestand {num};verantwortlich={p1.full};{p1.wemail}",
        '{"id": "{sku}", "titel": "{prod}", "gtin": "{gtin}", "haendlerkontakt": {"name": "{p1.full}", "telefon": "{ph1}"}}',
    ],
}

CLEAN = {
    "product_copy": [
        "Die {prod} wiegt {weight} und lässt sich in die eigene Tasche packen. [[Gemacht für kalte, trockene Tage.¦Für lange Tage auf ruppigen Wegen.¦Eine Schicht, die du vergisst.]] In {color}, Größen XS–XXL, {price}.",
        "{short}: [[jetzt mit höherem Kragen¦überarbeitet für {year2}¦das Jägergrün vom letzten Jahr ist ausverkauft]]. [[Der Wolf im Schafspelz unter den Fleecejacken.¦Hält warm, ob im Mai oder im November.¦Keine nassen Bündchen mehr.]]",
        "Warum wir die {short} gemacht haben: [[unser Koch auf der Hütte¦das Lager-Team¦unsere Schnittdirektrice]] wollte eine Jacke für Radweg und Berg. Artikel {sku}, GTIN {gtin}.",
        "Neue Farbe: {color}. Gleiche Passform, gleicher Preis: {price}. [[Bereit, wenn du es bist.¦Schnapp sie dir vor dem ersten Frost.¦Für den Bauer im Tal und die Bergsteigerin am Grat.]]",
    ],
    "shop_faq": [
        "Wohin schicke ich Retouren? Nutze das beigelegte Etikett; Pakete gehen an unseren Logistikpartner, c/o {company}. Bitte keine Rücksendungen an unser Postfach {num} 20 oder den Showroom.",
        "Kann ich vorbeikommen? Unser Showroom liegt im Hinterhaus, 2. OG, geöffnet Do–Sa {time}–{time2} Uhr. PLZ {zip} fürs Navi, Parkplätze in {town}.",
        "Liefert ihr in die Schweiz? Ja – Lieferzeit 3–5 Werktage, Sendungsnummern sehen so aus: {track}. [[Zoll ist inklusive.¦Ab 150 CHF versandkostenfrei.¦Im Dezember kann es länger dauern.]]",
        "Wie lange dauert eine Erstattung? Meist 5 Werktage nach Eingang. Deine Bestellnummer (z. B. {order}) steht auf dem Lieferschein.",
    ],
    "shipping_status": [
        "Dein Paket {track} hat am {date} unser Lager verlassen und kommt voraussichtlich am {date2} zwischen {time} und {time2} Uhr.",
        "Auftrag {ordph} – Status: [[versendet¦in Zustellung¦im Paketshop]]. Kundennummer {cust}.",
        "Lieferupdate: {qty} Artikel, {weight}, Sendung {track}. [[Keine Unterschrift nötig.¦Vor der Haustür abgelegt.¦Liegt im Depot {zip}.]]",
        "Bestellung {order} kommt in zwei Paketen: [[Socken¦Schuhe¦Jacke]] morgen, die {short} am {date}. Referenz {ordph}.",
    ],
    "hut_story": [
        "In der [[zweiten¦ersten¦letzten]] Nacht hörten wir einen Wolf heulen, danach hat keiner mehr viel geschlafen. Der Koch der Hütte machte um [[fünf¦halb sechs¦sechs]] [[Haferbrei¦Kaiserschmarrn¦Kaffee]], um [[sieben¦acht]] waren wir über den Wolken.",
        "Der Bauer unten im Tal verkauft Bergkäse ab Hof, genau dann, wenn die ersten Wanderer vom Grat kommen. [[Der Hüttenhund kennt den Weg.¦Vielleicht der beste Käse der Alpen.¦Die grünen Fensterläden sieht man schon von weitem.]]",
        "Ein langer Tag: {num} km, {num2}00 Höhenmeter, ein gerissener Schnürsenkel. Der Jägersteig über dem See ist rot-weiß markiert; ab Oktober kann es vereist sein.",
        "[[Im Mai¦Ende Juni¦Nach dem ersten Schnee]] sind die Hochalmen leer. Pack die {short} ein, eine Thermoskanne und etwas Süßes für den Gipfel.",
    ],
    "campaign_plan": [
        "Kampagne [[Erster Frost¦Gratwandern]] startet am {date} um {time} Uhr. Code {code} gibt {pct} auf die {short}; Ende {date2}.",
        "Newsletter-Slot {iso}: Aufmacher {prod} ({price}), zweites Thema {prod2}. [[Kein Rabatt.¦Banner versandkostenfrei.¦Zwei Betreffzeilen testen.]]",
        "Redaktionsplan Social: Mo Reel zur {short}, Mi Pflegetipps, Fr Gewinnspiel (keine Namen posten). Budget {amount}.",
        "Schaufensterwechsel am {date}: {prod} in {color}, Preisschild {price}, GTIN {gtin} für die Kasse.",
    ],
    "care_guide": [
        "Wasche die {short} bei 30 °C mit Funktionswaschmittel; danach im Trockner auf niedriger Stufe, damit die Imprägnierung wieder wirkt. [[Keinen Weichspüler verwenden.¦Vorher alle Reißverschlüsse schließen.¦Notfalls zwei Durchgänge.]]",
        "Daunenpflege: einzeln bei {num} °C waschen, [[zweimal¦dreimal]] spülen, mit [[drei¦zwei]] Tennisbällen trocknen. Ein Tipp vom Koch unserer Werkstattküche: [[ein Holzlöffel¦sanftes Schütteln¦Geduld]] hilft gegen Klumpen.",
        "Merino läuft ein, wenn man nicht aufpasst: maximal {num} °C, liegend trocknen. Version {ver} dieser Anleitung ersetzt die vor dem {date} gedruckte.",
        "Nachimprägnieren: aufsprühen, sobald das Wasser nicht mehr abperlt[[, etwa alle {num} Wäschen¦]]. Der [[Fuchs¦schlaue Fuchs¦Klassiker]] unter den Sprays ist der ohne PFC.",
    ],
    "release_notes": [
        "Shop-App {ver} ({date})\n- schnellerer Checkout\n- Größentabelle bei {short} korrigiert\n- neu: Sendungsverfolgung (Nummern wie {track})",
        "Änderungen\n{ver}: GTIN-Prüfung beim Feed-Upload ({gtin})\n{ver2}: Preisformat {price}",
        "Release {ver} – {iso}\nBekannter Fehler: PLZ-Feld lehnt {zip} in manchen Browsern ab.",
        "v{num}.{num2}.0\n* Wolf-Icon ersetzt\n* Filiale Schneiderweg aus der Filialsuche entfernt\n* Mai-Banner deaktiviert",
    ],
    "price_table": [
        _rows(3, 6, "{sku#}\t{prod#}\t{price#}\t{gtin#}", "sku\ttitel\tpreis\tgtin\n"),
        _rows(3, 5, "| {short#} | {color#} | {price#} |", "| Modell | Farbe | Preis |\n|---|---|---|\n"),
        _rows(2, 5, "{gtin#};{sku#};{qty#}", "gtin;sku;menge\n"),
        _rows(3, 5, "{prod#};{weight#};{price#}", "produkt;gewicht;preis\n"),
    ],
    "supplier_list": [
        _rows(2, 4, "{company#}\t{town#}\t{zip#}", "lieferant\tort\tplz\n"),
        _rows(2, 4, "| {company#} | {date#} | {amount#} |", "| Spediteur | Vertrag seit | Monatspauschale |\n|---|---|---|\n"),
        _rows(2, 3, "- {company#}, {town#} ({ordph#})", "Freigegebene Dienstleister:\n"),
        _rows(2, 4, "{company#};{ver#};{iso#}", "partner;api_version;seit\n"),
    ],
    "inventory_json": [
        '{"sku": "{sku}", "gtin": "{gtin}", "bestand": {num}, "lager": "{zip}", "aktualisiert": "{ts}"}',
        '[{"sku": "{sku}", "groesse": "{size}", "menge": {qty}}, {"sku": "{sku2}", "groesse": "{size2}", "menge": {qty2}}]',
        '{"bestellung": "{order}", "sendung": "{track}", "status": "[[versendet¦gepackt¦angehalten]]", "spediteur": "{company}"}',
        '{"kampagne": "{code}", "rabatt": "{pct}", "start": "{iso}", "produkte": ["{sku}", "{sku2}"]}',
    ],
}
