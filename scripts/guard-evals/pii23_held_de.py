"""German templates of the heldout half of the twenty-third PII bank (heldout23), written in German
(du and Sie; Austrian and Swiss variants). Slots and alternatives as in pii23_held_core.py.
Standard library only."""

import sys

sys.dont_write_bytecode = True

PII = {
    "crm_note": [
        "Notiz {{date1}}: {{p1.full}} hat [[nochmal angerufen|sich gemeldet|zurückgerufen]] wegen Bestellung {{ord1}}. [[Möchte nur per Mail kontaktiert werden|Bitte nur schriftlich]]: {{p1.email}}",
        "{{p1.hon}} {{p1.last}} – [[Stammkundin/Stammkunde|Händlerkontakt|Vereinskonto]]. Lieferadresse: {{a1.line}}.\n[[Nicht vor 10 Uhr anrufen.|Wünscht Rechnung auf Papier.|Fällt eher klein aus, eine Nummer größer empfehlen.]]",
        "Kunde/Kundin: {{p1.lf}}\nKontakt: {{ph1}} / {{p1.email}}\nVerlauf: [[zwei Retouren 2024|eine Reklamation wegen Lieferzeit|unauffällig]]\nZuständig: {{p9.first}}",
        "Heute nochmal mit {{p1.first}} gesprochen. [[{{p1.Pron}} zieht um nach|Neue Anschrift ab nächstem Monat:|Bitte Lieferadresse ändern auf]] {{a1.any}}. [[Rechnungsadresse bleibt.|]] – {{p9.ini}}",
        "{{date1}} · {{p1.full}} ([[B2B|Fachhandel|Alpenverein-Sektion]]) möchte ein Angebot über {{num1}} × {{short1}}. Erreichbar unter {{ph1.intl}}. Wiedervorlage: {{p9.full}}.",
    ],
    "support_mail": [
        "Hallo {{p1.first}},\n\ndanke für deine Nachricht zu Bestellung {{ord1}}. [[Ich hab im Lager nachgefragt|Ich hab nachgeschaut]] – das Paket ist am {{date1}} rausgegangen.\n\n[[Viele Grüße|Liebe Grüße|Beste Grüße]]\n{{p9.first}} vom Talgrat-Kundenservice",
        "{{p1.sgh}} {{p1.last}},\n\nes tut uns leid, dass die {{short1}} in der falschen Größe angekommen ist. Den Ersatz schicken wir an:\n{{a1.block}}\n\nBei Fragen erreichen Sie uns jederzeit per Antwort auf diese E-Mail.\n\nMit freundlichen Grüßen\n{{p9.full}}",
        "Grüß Gott {{p1.hon}} {{p1.last}},\n\nIhre Rücksendung ist bei uns eingelangt. Die Gutschrift über {{eur1}} erfolgt auf das Konto {{ibat1}}.\n\nLiebe Grüße aus dem Kundenservice\n{{p9.first}}",
        "Grüezi {{p1.hon}} {{p1.last}}\n\nBesten Dank für Ihre Bestellung. Leider konnte der Kurier Sie unter {{phch1}} nicht erreichen. Stimmt die Adresse {{ach1.line}} noch?\n\nFreundliche Grüsse\n{{p9.first}}",
        "Servus {{p1.first}},\n\ndeine {{short1}} ist repariert und geht morgen an {{aat1.line}} raus. [[Schönes Wochenende!|Viel Spaß am Berg!]]\n\nLG {{p9.first}}",
        "{{p1.liebe}} {{p1.first}},\n\ndeine Erstattung über {{eur1}} ist angewiesen. Ticket {{tkt1}} haben wir geschlossen.\n– {{p9.first}} (Support)",
    ],
    "quoted_thread": [
        "Danke {{p1.first}}, passt so!\n\nAm {{date1}} schrieb {{p1.full}} <{{p1.email}}>:\n> Hallo, könnt ihr die Lieferadresse auf {{a1.line}} ändern?\n> Gruß {{p1.first}}",
        "[[Zur Info|Siehe unten|Kannst du das übernehmen]], {{p2.first}}?\n\n-----Ursprüngliche Nachricht-----\nVon: {{p1.full}} <{{p1.email}}>\nGesendet: {{date1}}\nBetreff: AW: Bestellung {{ord1}}\n\n[[Die Ärmel sind zu kurz.|Der Reißverschluss ist nach zwei Wochen kaputt.|Das Paket ist immer noch nicht da.]] Bitte rufen Sie mich an: {{ph1}}",
        "> Am {{date1}} schrieb {{p9.first}} von Talgrat:\n> > Kannst du uns deine IBAN für die Erstattung schicken?\n> Klar: {{ib1}}, Kontoinhaber {{p1.full}}.\n\nIst angekommen, danke – die Erstattung ist unterwegs.",
        "AW: AW: [[fehlende Socken|falsche Farbe|Umtausch]]\n\n{{p2.first}}, übernimmst du?\n\n> {{p1.full}} schrieb am {{date1}}:\n> [[Ich habe {{col1}} bestellt, bekommen habe ich was anderes.|Von zwei Paar ist nur eins angekommen.]]\n> Telefonisch bin ich unter {{ph1}} erreichbar.",
    ],
    "signed_review": [
        "★★★★★ [[Hat mich auf der Zugspitz-Tour trocken gehalten.|Top Passform!|Die besten Socken, die ich je hatte.]] [[Fällt normal aus.|Lieber eine Nummer größer nehmen.|]]\n– {{p1.short}}, {{town1}}",
        "„[[Ich trage die {{short1}} jetzt seit drei Touren|War damit auf dem Lechweg|Für den Winter gekauft]] und [[sie sieht noch aus wie neu|bin echt begeistert|hab nichts zu meckern]].“ — {{p1.full}}",
        "[[Super Sitz|Warm und trotzdem atmungsaktiv|Leicht und klein verpackbar]], {{num1}}/10, würde wieder kaufen. [[Lieferung war auch schnell.|Der Umtausch ging problemlos.|]]\n\n{{p1.first}} aus {{town1}}",
        "Bewertung von {{p1.ini}} ({{date1}})\nSterne: 4/5\n[[Die {{prod1}} ist solide, die Taschen könnten größer sein.|Bequem ab dem ersten Tag.|Farbe etwas dunkler als auf den Fotos.]]",
        "Kundenstimme für den Herbst-Newsletter (freigegeben):\n„[[Talgrat hat meinen Reißverschluss ohne Diskussion getauscht.|Antwort kam innerhalb einer Stunde.]]“\n{{p1.U}}, [[Bergwanderführerin/Bergwanderführer|Trailläufer aus Leidenschaft|Hüttenwirt]]",
    ],
    "mail_signature": [
        "[[Viele Grüße|Beste Grüße|Schöne Grüße]]\n{{p1.full}}\n[[Einkauf, Bergsport Huber GmbH|Filialleitung|Eventkoordination]]\nMobil: {{ph1}}\nE-Mail: {{p1.email}}",
        "--\n{{p1.U}}\n{{a1.block}}\nTel. {{ph1}}\n\nVon meinem iPhone gesendet",
        "Mit freundlichen Grüßen\n\n{{p1.full}} | [[Kooperationen|Marketing|Großhandel]]\n{{ph1.intl}} | {{p1.wemail}}\n[[Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.|]]",
        "Freundliche Grüsse\n\n{{p1.full}}\n{{ach1.line}}\n{{phch1}}",
        "LG\n{{p1.ini}}\n[[Handy|Mobil|Tel.]]: {{phat1}}\n[[Ich arbeite Mo–Mi.|Ab {{date1}} im Urlaub.|]]",
    ],
    "copy_brief": [
        "Briefing: Herbst-Lookbook\nFotografie: {{p1.full}}\nModels: {{p2.full}}, {{p3.full}}\nText: {{p4.first}}. [[Produktnamen wie im Feed ({{short1}}, {{short2}}).|Bitte durchgehend duzen.]]",
        "[[Für die Landingpage|Für den Hero-Text|Für die Newsletter-Headline]]: Erwähnen, dass {{p1.full}}, [[unsere Botschafterin/unser Botschafter|Bergführer|Trailläuferin]], die {{short1}} in den Dolomiten getestet hat. Zitat: „[[Leicht, warm, fertig.|Passt einfach.]]“ Freigabe durch {{p2.first}}.",
        "Bitte 3 Varianten der [[Produktbeschreibung|Social-Caption|Newsletter-Einleitung]] für {{prod1}} ({{sku1}}, {{price1}}). Abnahme: {{p1.hon}} {{p1.last}}. Deadline {{date1}}.",
        "Briefing Kundengeschichte\nWer: {{p1.full}} aus {{town1}}\nThema: [[erste Mehrtagestour|zehn Jahre derselbe Rucksack|reparieren statt neu kaufen]]\nFreigabe über: {{p1.email}}\nNachnamen nicht in die Headline!",
    ],
    "team_chat": [
        "[{{time1}}] {{p1.lfirst}}: [[hat jemand die retoure von|wer hatte]] {{p2.lower}}?\n[{{time2}}] {{p3.lfirst}}: [[jo, liegt bei mir|ich, erstattung ist raus]]\n[{{time2}}] {{p1.lfirst}}: danke dir",
        "{{p1.handle}} kannst du {{p2.full}} zurückrufen? nummer ist {{ph1}} [[– will die größe tauschen|, irgendwas mit fehlendem gürtel]]",
        "{{p1.lfirst}}: [[mittag?|kaffee?]]\n{{p2.lfirst}}: nach dem call mit {{p3.first}} vom laden in {{town1}}\n{{p1.lfirst}}: 👍",
        "#kundenservice\n{{p1.first}}: [[achtung|fyi]], {{p2.full}} hat nochmal geschrieben, von {{p2.email}}\n{{p3.first}}: [[mach ich|übernehm ich]] 🙋",
        "{{p1.lower}}:\n[[bitte adresse ändern für|adressänderung]] {{ord1}} → {{a1.line}}\n{{p2.lower}}:\nerledigt ✅",
    ],
    "customer_chat": [
        'Kunde: könnt ihr einfach meine andere karte belasten? {{cc1}}\nAgent ({{p9.first}}): Bitte keine Kartennummern im Chat schicken – ich hab sie aus den Notizen gelöscht.\nKunde: oh, sorry. {{p1.full}}, bestellung {{ord1}}',
        "Besucher: hallo, ich muss meine lieferadresse ändern\nAgent ({{p9.first}}): Klar! Wie lautet die neue?\nBesucher: {{a1.line}}\nBesucher: name {{p1.full}}, bestellung {{ord1}}",
        "Chat gestartet {{time1}}\n{{p1.first}}: hallo, [[mein paket ist nicht angekommen|die jacke ist zu groß]]\nTalgrat ({{p9.first}}): Oh, das tut mir leid, {{p1.first}}! Magst du mir deine E-Mail-Adresse geben?\n{{p1.first}}: {{p1.email}}",
        "Kunde: [[kann mich jemand anrufen?|bitte um rückruf]] {{ph1}}\nKunde: geht um die {{short1}}\nBot: Eine Kollegin meldet sich innerhalb von 24 Stunden.\nKunde: danke, {{p1.first}}",
        "> {{p1.full}} ist dem Chat beigetreten\n{{p1.first}}: Hallo, ich hab für {{ord1}} doppelt bezahlt?\n{{p9.first}}: Moment… stimmt, die zweite Zahlung erstatten wir.\n{{p1.first}}: super, danke {{p9.first}}",
    ],
    "call_note": [
        "Anruf {{time1}} – {{p1.full}}, {{ph1}}. [[Fragt nach|Wollte wissen, ob]] {{prod1}} in {{size1}} [[lieferbar ist|wieder da ist]]. Rückruf bis {{date1}} zugesagt.",
        "Eingehender Anruf\nAnrufer/in: {{p1.hon}} {{p1.last}}\nNummer: {{ph1}}\nThema: [[Retourenlabel nicht erhalten|Stand der Erstattung|beschädigte Lieferung]] ({{ord1}})\nErgebnis: [[Label erneut an {{p1.email}}|an {{p9.first}} weitergegeben|erledigt]]",
        "Mailbox, {{date1}}: „[[Hallo, hier ist|Ja, grüß Gott, hier spricht]] {{p1.full}}, es geht um meine Bestellung … bitte rufen Sie mich zurück unter {{ph1}}, danke.“",
        "{{p1.first}} zurückgerufen ({{ph1}}) – nicht erreicht, auf die Mailbox gesprochen. [[Morgen nochmal probieren.|Stattdessen Mail geschickt.|]] /{{p9.first}}",
    ],
    "order_note": [
        "Bestellung {{ord1}} – Geschenkverpackung, Karte: „[[Alles Gute zum Geburtstag|Herzlichen Glückwunsch|Für den nächsten Gipfel]], {{p2.first}}!“ Versand an {{p2.full}}, {{a1.line}}.",
        "RETOURE {{ord1}}\nGrund: [[zu klein|Farbe|gefällt nicht]]\nKunde: {{p1.full}}\nErstattung auf Originalzahlart, {{eur1}}\nGeprüft: {{p9.ini}}",
        "Zustellhinweis: bei Abwesenheit bei [[Nachbarin|Nachbar]] {{p2.hon}} {{p2.last}} abgeben. {{a1.street}}, [[Hinterhaus|Seiteneingang|2x klingeln]].",
        "Hinweis zu {{ord1}}: {{p1.full}} ({{ph1}}) [[bittet, das Paket zurückzuhalten bis|ist verreist bis]] {{date1}}. [[Nicht vorher versenden.|]]",
    ],
    "plain_mention": [
        "{{p1.full}} hat den Großteil der Winterkampagne geschrieben, {{p2.full}} hat die Fotos am Grat oberhalb von {{town1}} gemacht.",
        "[[Am Ende|Schließlich]] hat {{p1.full}} zugesagt, die {{short1}} einen Monat zu testen; {{p2.full}} sammelt das Feedback.",
        "Die Geschichte, wie {{p1.full}} in {{num1}} Tagen über die Alpen gelaufen ist, kam auf Social besser an als die von {{p2.full}}.",
        "[[Letztes Jahr|Im Frühjahr]] sind {{p1.full}} und {{p2.full}} [[den Jakobsweg|den Lechweg|die Via Alpina]] in unserer Ausrüstung gegangen.",
    ],
    "engraving_request": [
        "Gravurauftrag zu Bestellung {{ord1}}\nText auf der Schnalle: „{{p1.first}} & {{p2.first}} {{num1}}“\nBesteller: {{p3.full}}, {{p3.email}}",
        "Hallo, ich hätte gern den Namen „{{p1.full}}“ auf die {{short1}} gestickt, [[als Geschenk|für meinen Sohn|für meine Partnerin]]. Bitte an {{a1.block}} schicken.\nDanke, {{p2.first}}",
        "Personalisierung: [[{{p1.U}}|{{p1.full}}]] (max. 20 Zeichen, Schrift Sans). Rückfragen: {{ph1}}.",
        "Könnt ihr „Für {{p1.first}}, in Liebe {{p2.first}}“ auf die Trinkflasche gravieren? Soll eine Überraschung sein – bitte nicht {{p1.first}} anrufen, meine Nummer ist {{ph1}}.",
    ],
    "refund_bank": [
        "Hallo, bitte erstattet die {{eur1}} auf mein Konto: {{ib1}} ({{p1.full}}). Bestellung {{ord1}}.",
        "Erstattung\nKontoinhaber: {{p1.full}}\nIBAN: {{ib1}}\nGrund: [[Retoure|Preissenkung|doppelte Abbuchung]]\nFreigabe: {{p9.first}}",
        "Sehr geehrte Damen und Herren, meine Kreditkarte {{cc1}} wurde doppelt belastet. Bitte eine Buchung stornieren. – {{p1.full}}",
        "Überweisung an {{p1.ini}}, IBAN {{ib1}}, Betrag {{eur1}}, Verwendungszweck {{ord1}}.",
    ],
    "field_visit": [
        "Besuch {{date1}} – [[Bergsport Eck|Gipfelglück|Outdoorladen am Markt]], {{town1}}\nGespräch mit {{p1.full}} (Inhaberin/Inhaber) und {{p2.first}} aus dem Verkauf. {{p1.first}} will mehr {{short1}} in {{size1}}.",
        "Besuchsbericht: [[gute Abverkäufe bei|schwach bei|kein Bestand von]] {{short1}}. Filialleitung {{p1.hon}} {{p1.last}} wünscht sich ein Display. Durchwahl {{ph1}}.",
        "Außendienst ({{p9.first}}): {{p1.full}} im Laden in {{town1}} hört im {{month1}} auf; Nachfolge: {{p2.full}}. Lieferadresse bleibt {{a1.line}}.",
        "Vertreterbesuch\nAnsprechperson: {{p1.full}}, {{p1.email}}\n[[Schaufenster gut.|Sale-Ständer zu voll.|Team braucht Schulung zur {{short1}}.]]\nNächster Termin {{date1}}",
    ],
    "parcel_trace": [
        "Nachforschungsauftrag {{trk1}}: Empfänger {{p1.full}}, {{a1.line}}. Laut Zusteller zugestellt, laut Kunde nicht. [[Zustellnachweis angefordert.|Schadensmeldung eröffnet.]]",
        "Paket verloren – {{ord1}}\nEmpfänger: {{p1.full}}\nAnschrift: {{a1.block}}\nTelefon: {{ph1}}\nStatus: [[Nachforschung|Reklamation eingereicht|Erstattung offen]]",
        "Der Fahrer hat das Paket bei {{p2.full}} in der {{a2.street}} abgegeben, aber {{p1.first}} [[kennt dort niemanden|sagt, die Nachbarn sind verreist]].",
        "Hallo {{p1.first}}, unser Versanddienstleister forscht dem Paket {{trk1}} nach. [[Mehr wissen wir am|Update voraussichtlich am]] {{date1}}. Sorry fürs Warten! – {{p9.first}}",
    ],
    "creator_payout": [
        "Auszahlung Creator-Programm\nName: {{p1.full}}\nIBAN: {{ib1}}\nSteuer-ID: {{tx1}}\nBetrag: {{eur1}}\nRechnung {{ord1}} vom {{date1}}",
        "Hi {{p1.first}}, danke für das Reel! Für das Honorar brauchen wir noch deine Steuer-ID – wir haben {{tx1}} hinterlegt, stimmt das? Überweisung auf {{ib1}}.",
        "Affiliate {{p1.handle}} ({{p1.full}}) – Provision {{eur1}} für {{month1}}, Auszahlung auf {{ib1}}. Kontakt {{p1.email}}.",
        "Honorarnote: {{p1.full}}, {{a1.line}}\nSteuerliche Identifikationsnummer {{tx1}}\n[[Kleinunternehmer, keine USt.|zzgl. 19 % USt.]]",
    ],
    "repair_intake": [
        "Reparatur {{tkt1}} – {{prod1}}, [[Reißverschluss defekt|Naht löst sich|Hüftgurt gerissen]].\nBesitzer/in: {{p1.full}}, {{ph1}}\nRückversand an: {{a1.line}}",
        "Reparaturannahme: {{p1.hon}} {{p1.last}} hat die {{short1}} um {{time1}} abgegeben. Kostenvoranschlag an {{p1.email}}, vor Beginn freigeben lassen.",
        "Werkstatt: {{p1.first}} will den Flicken in {{col1}}. Anrufen unter {{ph1}}, wenn fertig. [[Kostenlos – Gewährleistung.|Schätzung {{eur1}}.]]",
        "REPARATURSCHEIN\nName: {{p1.full}}\nArtikel: {{prod1}} ({{size1}})\nFehler: [[Schieber|Nahtband|Schnalle]]\nTel.: {{ph1}}",
    ],
    # ---------------- layouts
    "lead_csv": [
        "name;email;telefon;quelle\n\"{{p1.lf}}\";{{p1.email}};{{ph1}};[[Messe|Newsletter|Pop-up]]\n\"{{p2.lf}}\";{{p2.email}};{{ph2}};[[Messe|Newsletter]]",
        "NACHNAME_VORNAME;FIRMA;ORT\n{{p1.LF}};[[Bergsport Eck|Gipfelglück GmbH|Alpin Huber KG]];{{town1}}\n{{p2.LF}};[[Outdoor am Markt|Hüttenladen]];{{town2}}",
        "# Lead-Export {{date1}}\nvorname,nachname,email\n{{p1.first}},{{p1.last}},{{p1.email}}\n{{p2.first}},{{p2.last}},{{p2.email}}\n{{p3.first}},{{p3.last}},{{p3.email}}",
        "\"Kontakt\";\"Telefon\";\"Interesse\"\n\"{{p1.full}}\";\"{{ph1}}\";\"{{short1}}\"\n\"{{p2.full}}\";\"{{ph2}}\";\"{{short2}}\"",
    ],
    "feed_row": [
        "id\ttitel\tpreis\tgtin\tansprechpartner\n{{sku1}}\t{{prod1}}\t{{price1}}\t{{gtin1}}\t{{p1.full}}",
        "<item><g:id>{{sku1}}</g:id><g:title>{{prod1}}</g:title><g:gtin>{{gtin1}}</g:gtin><kontakt>{{p1.email}}</kontakt></item>",
        "artikel;titel;bestand;einkauf;einkauf_tel\n{{sku1}};{{prod1}};{{num1}};{{p1.full}};{{ph1}}",
        "{\"offerId\": \"{{sku1}}\", \"titel\": \"{{prod1}}\", \"gtin\": \"{{gtin1}}\", \"haendlerKontakt\": \"{{p1.full}}\", \"haendlerMail\": \"{{p1.email}}\"}",
    ],
    "crm_json": [
        "{\n  \"kunde\": {\n    \"name\": \"{{p1.full}}\",\n    \"email\": \"{{p1.email}}\",\n    \"telefon\": \"{{ph1}}\",\n    \"adresse\": \"{{a1.line}}\"\n  },\n  \"bestellungen\": [\"{{ord1}}\"]\n}",
        "{\"id\": {{num1}}, \"vorname\": \"{{p1.first}}\", \"nachname\": \"{{p1.last}}\", \"ip\": \"{{ip1}}\", \"angelegt\": \"{{ts1}}\"}",
        "[{\"kontakt\": \"{{p1.full}}\", \"tel\": \"{{ph1}}\"}, {\"kontakt\": \"{{p2.full}}\", \"tel\": \"{{ph2}}\"}]",
        "{\"event\": \"profil.geaendert\", \"daten\": {\"anzeigename\": \"{{p1.full}}\", \"iban\": \"{{ib1}}\", \"steuerId\": \"{{tx1}}\", \"strasse\": \"{{a1.street}}\", \"ort\": \"{{a1.town}}\"}}",
    ],
    "webhook_yaml": [
        "event: bestellung.angelegt\nbestellung: {{ord1}}\nkunde:\n  name: {{p1.full}}\n  email: {{p1.email}}\n  telefon: \"{{ph1}}\"\nversand:\n  strasse: {{a1.street}}\n  plz: \"{{a1.plz}}\"\n  ort: {{a1.town}}",
        "- name: {{p1.full}}\n  rolle: [[Fotografin/Fotograf|Model|Styling]]\n  mobil: \"{{ph1}}\"\n- name: {{p2.full}}\n  rolle: [[Assistenz|Fahrer]]\n  mobil: \"{{ph2}}\"",
        "auszahlung:\n  inhaber: {{p1.full}}\n  iban: {{ib1}}\n  steuer_id: \"{{tx1}}\"\nquelle_ip: {{ip1}}",
        "kontakt:\n  vorname: {{p1.first}}\n  nachname: {{p1.last}}\n  anschrift: \"{{a1.line}}\"\neinwilligung: true\nzeit: {{ts1}}",
    ],
    "tsv_export": [
        "vorname\tnachname\temail\tort\n{{p1.first}}\t{{p1.last}}\t{{p1.email}}\t{{a1.town}}\n{{p2.first}}\t{{p2.last}}\t{{p2.email}}\t{{a2.town}}",
        "bestellung\tkunde\tstrasse\tplz\n{{ord1}}\t{{p1.full}}\t{{a1.street}}\t{{a1.plz}}",
        "Name\tTelefon\tStufe\n{{p1.full}}\t{{ph1}}\t[[Gold|Silber]]\n{{p2.full}}\t{{ph2}}\t[[Bronze|Gold]]\n{{p3.full}}\t{{ph3}}\tSilber",
        "zeit\tip\tnutzer\n{{ts1}}\t{{ip1}}\t{{p1.full}}\n{{ts2}}\t{{ip2}}\t{{p2.full}}",
    ],
    "md_table": [
        "| Name | Rolle | Telefon |\n| --- | --- | --- |\n| {{p1.full}} | [[Bergführer|Fotografin]] | {{ph1}} |\n| {{p2.full}} | [[Model|Fahrer]] | {{ph2}} |",
        "## Gewinnerinnen und Gewinner\n\n| Platz | Name | Preis |\n|---|---|---|\n| 1 | {{p1.full}} | {{short1}} |\n| 2 | {{p2.short}} | {{short2}} |",
        "| Kunde | E-Mail | Status |\n|:--|:--|:--|\n| {{p1.full}} | {{p1.email}} | [[erstattet|offen]] |",
        "**Kontakte Shooting**\n\n| Wer | Wo |\n| --- | --- |\n| {{p1.full}} | {{a1.line}} |",
    ],
    "html_form": [
        '<form id="kasse">\n  <input name="karteninhaber" value="{{p1.full}}">\n  <input name="kartennummer" value="{{cc1}}">\n  <input name="gueltig_bis" value="0{{qty1}}/27">\n</form>',
        "<form action=\"/konto\" method=\"post\">\n  <input name=\"name\" value=\"{{p1.full}}\">\n  <input name=\"email\" type=\"email\" value=\"{{p1.email}}\">\n  <input name=\"telefon\" value=\"{{ph1}}\">\n</form>",
        "<label>Vorname</label><input value=\"{{p1.first}}\"><label>Nachname</label><input value=\"{{p1.last}}\"><label>Straße</label><input value=\"{{a1.street}}\">",
        "<dl><dt>Ansprechpartner</dt><dd>{{p1.full}}</dd><dt>Anschrift</dt><dd>{{a1.line}}</dd></dl>",
        "<p>Danke, <strong>{{p1.first}}</strong>! Wir melden uns bald unter <a href=\"mailto:{{p1.email}}\">deiner Adresse</a>.</p>",
    ],
    "sql_dump": [
        "INSERT INTO zahlungen (auftrag, inhaber, karte) VALUES ('{{ord1}}', '{{p1.full}}', '{{cc1}}');",
        "INSERT INTO kunden (vorname, nachname, email, telefon) VALUES ('{{p1.first}}', '{{p1.last}}', '{{p1.email}}', '{{ph1}}');",
        "SELECT id, name, ort FROM leads WHERE id < 3;\n+----+------------------+-----------+\n| 1 | {{p1.full}} | {{a1.town}} |\n| 2 | {{p2.full}} | {{a2.town}} |",
        "UPDATE adressen SET strasse = '{{a1.street}}', geaendert_von = '{{p9.full}}' WHERE kunden_id = {{num1}};",
        "-- Steuerdaten Creator\nINSERT INTO creator_steuer VALUES ({{num1}}, '{{p1.full}}', '{{tx1}}', '{{ib1}}');",
    ],
    "access_log": [
        "{{ip1}} - - [1{{qty1}}/Mär/2025:10:2{{qty2}}:07 +0100] \"POST /kasse HTTP/1.1\" 302 0 \"-\" \"Mozilla/5.0\"",
        "{{ts1}} INFO Anmeldung ok nutzer={{p1.email}} ip={{ip1}}\n{{ts2}} WARN Passwort-Reset angefordert nutzer={{p1.email}} ip={{ip2}}",
        "[{{ts1}}] api.bestellungen GET /v2/orders/{{ord1}} von {{ip1}} (200, {{num1}} ms)",
        "Fehlgeschlagene Anmeldungen:\n  {{ip1}} ({{num1}}x)\n  {{ip2}} ({{num2}}x)\nfür 15 Minuten gesperrt",
    ],
    "mail_header": [
        "Von: {{p1.full}} <{{p1.email}}>\nAn: {{p9.full}} <{{p9.wemail}}>\nDatum: {{date1}}\nBetreff: [[Retoure|Frage zu|Umtausch]] {{ord1}}",
        "Received: from mail.example.net ([{{ip1}}])\n\tby mx.talgrat.de; {{date1}}\nX-Originating-IP: [{{ip2}}]\nFrom: \"{{p1.full}}\" <{{p1.email}}>",
        "Reply-To: {{p1.email}}\nFrom: {{p1.U}} <{{p1.email}}>\nCc: {{p2.full}} <{{p2.email}}>\nSubject: WG: [[Händleranfrage|Rechnung]]",
        "Return-Path: <{{p1.email}}>\nX-Sender-IP: {{ip1}}\nX-Mailer: Microsoft Outlook 16.0",
    ],
    "vcard": [
        "BEGIN:VCARD\nVERSION:3.0\nN:{{p1.last}};{{p1.first}};;;\nFN:{{p1.full}}\nTEL;TYPE=CELL:{{ph1}}\nEMAIL:{{p1.email}}\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:4.0\nFN:{{p1.full}}\nORG:[[Bergsport Eck|Gipfelglück GmbH]]\nADR;TYPE=work:;;{{a1.street}};{{a1.town}};;{{a1.plz}};\nTEL:{{ph1}}\nEND:VCARD",
        "BEGIN:VCARD\nN:{{p1.last}};{{p1.first}}\nTEL;TYPE=HOME:{{ph1}}\nNOTE:kennengelernt auf der Messe in {{town1}}\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:3.0\nFN:{{p1.full}}\nEMAIL;TYPE=INTERNET:{{p1.email}}\nADR:;;{{a1.street}};;;;\nEND:VCARD",
    ],
    "ical": [
        "BEGIN:VEVENT\nSUMMARY:Anprobe mit {{p1.full}}\nDTSTART:2025031{{qty1}}T100000Z\nORGANIZER;CN={{p9.full}}:mailto:{{p9.wemail}}\nLOCATION:{{a1.street}}\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:[[Fotoshooting|Ladenbesuch|Interview]]\nATTENDEE;CN={{p1.full}}:mailto:{{p1.email}}\nATTENDEE;CN={{p2.full}}:mailto:{{p2.email}}\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:Rückruf {{p1.full}}\nDESCRIPTION:Tel. {{ph1}} wegen Bestellung {{ord1}}\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:Abholung Reparatur\nDESCRIPTION:{{p1.hon}} {{p1.last}} holt die {{short1}} ab\nDTSTART;VALUE=DATE:202504{{qty1}}0\nEND:VEVENT",
    ],
    "ocr_scan": [
        'KARTENZAHLUNG (Scan)\nKarten1nhaber: {{p1.U}}\nKarte: {{cc1}}\nBetr4g: {{eur1}}',
        "RUCKSENDESCHE1N\nNarne: {{p1.full}}\nAnschr1ft: {{a1.block}}\nTe1efon: {{ph1}}\nGrund: zu k1ein",
        "[Scan S.1]  Bestel1-Nr {{ord1}}\nLiefern an: {{p1.U}}\n{{a1.line}}\nUnterschrift: ~~~~",
        "GARANTIEKARTE (handschriftlich, OCR)\nNAME {{p1.U}}   DATUM {{date1}}\nE-MAIL {{p1.email}}\nArtikel: {{prod1}}",
        "..|| Bankverbindung für Erstattung ||..\nKont0inhaber: {{p1.full}}\nIBAN: {{ib1}}\n(bitte in Druckbuchstaben)",
    ],
}

CLEAN = {
    "newsletter_copy": [
        "Hunger wie ein Wolf nach der Tour? [[Die {{short1}} hält dich warm, während der Eintopf köchelt.|Mit der {{short1}} bleibt dir warm bis zur Hütte.]] [[Ab {{price1}}.|Jetzt {{price1}}.]]",
        "Unser Koch auf der Hütte schwört auf Merino – und auf die {{prod1}} ({{sku1}}). Erhältlich ab {{date1}}.",
        "Der Bauer am Almweg hat uns verraten, wo der Fuchs im Winter schläft. Mehr Geschichten im [[Journal|Blog]] ab {{date1}}.",
        "Wie ein Vogel über dem Grat: {{pct1}} % auf [[ausgewählte|alle]] Fleecejacken bis {{date1}}. Code HERBST{{num1}}.",
        "Kein Schneider nötig: Die {{short1}} hat verstellbare Bündchen und sitzt in {{size1}} wie angegossen.",
    ],
    "product_copy": [
        "{{prod1}}\nArtikelnr. {{sku1}} · GTIN {{gtin1}}\n{{price1}} inkl. MwSt.\nFarbe: {{col1}}",
        "Die {{short1}} wiegt [[360 g|420 g|680 g]] in Größe {{size1}}. [[Größen XS–XXL.|Unisex-Schnitt.]] EAN {{gtin1}}.",
        "[[Neu|Wieder da]]: {{prod1}} in {{col1}}, {{price1}}. Artikel {{sku1}}, GTIN {{gtin1}}.",
        "Farbe {{col1}}, Material 88 % Polyamid, 12 % Elastan. {{price1}} statt {{eur1}}.",
    ],
    "shipping_update": [
        "Deine Bestellung {{ord1}} ist unterwegs. Sendungsnummer: {{trk1}}. Voraussichtliche Zustellung: {{date1}}.",
        "Paket {{trk1}} [[liegt im Depot|ist in Zustellung|verspätet sich wetterbedingt]]. Kundennummer {{cust1}}, versendet am {{date1}} um {{time1}}.",
        "Versandübersicht {{date1}}: {{num1}} Pakete, erste Abholung {{time1}}, letzte {{time2}}. Ladeliste {{ord1}}.",
        "Kundennr. {{cust1}} · Auftrag {{ord1}} · Rückgabefrist bis {{date1}}. Das Label findest du in deinem Konto.",
    ],
    "store_info": [
        "Flagship-Store {{town1}}: Mo–Sa {{time1}} bis {{time2}}. [[Anlieferung über das Hinterhaus.|Parkplätze im Hof.]]",
        "Wir liefern nach {{town1}}, {{town2}} und in ganz Österreich. Postleitzahlen ab {{plz1}} brauchen einen Tag länger.",
        "Retouren bitte nicht an ein Postfach oder c/o Dritte schicken, sondern mit dem Label aus deinem Konto. Beispiel-PLZ: {{plz1}}.",
        "Pop-up-Termine: {{town1}} am {{date1}}, {{town2}} am {{date2}}. Einlass ab {{time1}}.",
    ],
    "release_notes": [
        "App-Version {{ver1}} ({{date1}}): schnellerer Checkout, Größenfilter repariert. Mindestversion Android 1{{qty1}}.",
        "Änderungen\n- {{ver1}}: neuer Farbfilter ({{col1}})\n- {{ver2}}: Absturz in der Bestellansicht behoben\nBuild {{num1}}{{num2}}",
        "Feed-Export v{{ver1}} lief um {{time1}}: {{num1}} Artikel, {{num2}} Warnungen, 0 Fehler.",
        "Größenberater-Modell {{ver1}} am {{date1}} ausgerollt; Rückfall-Tag {{ver2}}.",
    ],
    "b2b_partners": [
        "Händler: [[Sport Schneider GmbH|Bergsport Bauer KG|Koch & Wolf Outdoor]], {{town1}}; [[Fuchs Alpin e.K.|Vogel Sport AG]], {{town2}}.",
        "Unser Reparaturpartner [[Schuster & Braun Werkstatt|Näherei Hoffmann GmbH]] übernimmt Reißverschlüsse und Nähte; Dauer etwa {{num1}} Tage.",
        "Großhandelspreisliste {{date1}}: {{prod1}} {{eur1}} (ab {{num1}} Stück). Bestellung über das Portal der Müller Logistik GmbH.",
        "Danke an [[Sporthaus Meier AG|Intersport Huber]] für die {{short1}} in {{num1}} Filialen.",
    ],
    "size_guide": [
        "Größe {{size1}}: Brustumfang 96–100 cm, Rückenlänge 72 cm. [[Zwischen zwei Größen? Die größere nehmen.|Schmal geschnitten.]]",
        "Schuhgrößen: EU 42 = UK 8 = 27 cm. Die {{short1}} fällt [[normal|eine halbe Nummer klein]] aus.",
        "Innenbeinlänge: Normal 81 cm, Kurz 76 cm (Größe M). Gewicht {{num1}}0 g.",
        "Rückenlänge 42–54 cm verstellbar; Hüftgurt 70–135 cm. Das Model ist 1,{{num1}} m groß und trägt {{size1}}.",
    ],
    "stock_report": [
        "artikel\tgtin\tmenge\n{{sku1}}\t{{gtin1}}\t{{num1}}\n{{sku2}}\t{{gtin2}}\t{{num2}}",
        "Lager {{town1}} – {{date1}}\n{{prod1}}: {{num1}} Stück\n{{prod2}}: {{num2}} Stück",
        "| Artikel | Farbe | Bestand |\n|---|---|---|\n| {{sku1}} | {{col1}} | {{num1}} |",
        "Nachbestellung: {{sku1}} unter {{num1}} Stück (GTIN {{gtin1}}), Bestellung {{ord1}} vom {{date1}}.",
    ],
    "campaign_plan": [
        "Kampagnenplan\n{{date1}} {{time1}} – Newsletter „[[Erster Frost|Regentage]]“\n{{date2}} – Social für {{short1}}\nBudget {{eur1}}",
        "Black Friday: {{pct1}} % auf {{short1}} vom {{date1}}, 0:00 Uhr, bis {{date2}}, 23:59 Uhr.",
        "Plan Q{{qty1}}: Hauptprodukt {{prod1}} zu {{price1}}, dazu {{short2}}. Review am {{date1}}.",
        "Gutscheincode WANDERN{{num1}} gültig {{date1}}–{{date2}}, einmal pro Bestellung.",
    ],
    "care_faq": [
        "Wie wasche ich die {{short1}}? Bei 30 °C, ohne Weichspüler, danach kurz in den Trockner, das frischt die Imprägnierung auf.",
        "Wo ist meine Bestellung? Mit der Sendungsnummer aus der Versandmail (zum Beispiel {{trk1}}) kannst du sie verfolgen.",
        "Kann ich getragene Socken zurückgeben? Ungetragene Artikel innerhalb von 30 Tagen; die Auftragsnummer ({{ord1}}) steht auf dem Beleg.",
        "Liefert ihr in die Schweiz? Ja, in {{num1}} Werktagen, Zoll ist im Preis enthalten.",
    ],
}
