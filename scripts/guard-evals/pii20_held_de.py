"""German templates of the held-out half of the twentieth PII bank (heldout20), written in German.

Slots and alternatives: see pii20_held_core. A first line `@AT` or `@CH` forces an Austrian or Swiss
text (names, addresses, phone numbers of that country; Swiss texts without ß).
"""

NOCUE = {"mention"}
LAYOUT = ["lead_list", "feed_row", "crm_export", "tsv_export", "md_table", "html_form", "sql_dump",
          "server_log", "mail_header", "vcard", "ical", "ocr_scan", "feed_export", "release_notes",
          "stock_table", "tracking_log"]

PII = {
    # ------------------------------------------------------------ Fließtext
    "crm_note": [
        "{p1.LF} – VIP (({num} Bestellungen|über 1.000 € Umsatz)). Kein {voucher}-Mailing schicken, ((ausdrücklich abgelehnt|hat sich letztes Mal beschwert)). Notiz {p2.init}, {date}.",
        "{p1.full} hat ((angerufen|zurückgerufen|sich gemeldet)) wegen {order}: ((möchte|will)) die {pshort} lieber in {size}. Rückruf unter {p1.phone} ((ab 15 Uhr|vormittags|morgen früh)).",
        "Kontaktnotiz vom {date}: {p1.hon} (((langjährige Kundschaft|Stammkundschaft|Neukundschaft))), möchte nur per Mail ({p1.email}) kontaktiert werden. ((Kein Telefon!|Newsletter abbestellt.))",
        "Ansprechpartner: {p2.first}\nKunde/Kundin: {p1.lf}\nNotiz: fragt nach Vereinspreisen für {qty} × {pshort} (((Alpenverein|Skiclub|Schulklasse))). Angebot bis {date}.",
        "@AT\n{p1.first} aus der Filiale in {a1.town} war wieder da, neue Anschrift: {a1.line}. Bitte auch die Rechnungsadresse ändern, danke!",
        "Dublette zusammengeführt: {p1.LF} (Kundennr. {cust} und {cust2}). Behalten: {p1.email}, Tel. {p1.phone}.",
    ],
    "support_email": [
        "Betreff: AW: AW: beschädigte {pshort} ({ticket})\n\n{p1.sgh},\n\n((danke für die Fotos.|vielen Dank, dass Sie die Fotos so schnell geschickt haben.)) Unsere Werkstatt bestätigt: Das Nahtband hat sich gelöst, das darf nach {num} Wochen nicht passieren.\n\nWir bieten Ihnen an:\n1. eine kostenlose Reparatur (ca. 10 Tage) oder\n2. Ersatz in {colour}, Versand an {a1.line}.\n\nAntworten Sie einfach mit 1 oder 2. Telefonisch erreichen Sie mich unter {phone} ((bis 17 Uhr|werktags)).\n\n((Freundliche Grüße|Beste Grüße)),\n{p2.full}\nTeamleitung Kundenservice",
        "{p1.sgh},\n\nvielen Dank für Ihre Nachricht. Die Ersatz-{pshort} ((ist am {date} rausgegangen|wurde heute verschickt)) und geht an {a1.line}.\n\nFreundliche Grüße\n{p2.first} vom Talgrat-Kundenservice",
        "{p1.liebe},\n\nschade, dass der Reißverschluss an deiner {pshort} nach {num} Tagen aufgegeben hat. Schick uns bitte ein Foto und bestätige kurz deine Nummer – bei uns steht {p1.phone}.\n\nLiebe Grüße\n{p2.full}",
        "@AT\nGrüß Gott,\n\nich hab die {product} ({order}) bestellt, aber sie ist an meine alte Adresse gegangen. Bitte an\n{a1.two}\numleiten.\n\nDanke und liebe Grüße\n{p1.full}\n{p1.phone}",
        "@CH\nGrüezi {p1.hon}\n\nIhre Rückerstattung über {price} haben wir auf das angegebene Konto {iban} angewiesen. Das dauert in der Regel 3 bis 5 Arbeitstage.\n\nFreundliche Grüsse\n{p2.init}",
        "Hallo Talgrat-Team,\n\n{p2.partner} {p2.first} und ich haben beide eine {pshort} bestellt, angekommen ist nur eine. Bestellung {order}, Empfänger {p1.full}.\n\nKönnt ihr nachschauen?\n{p1.first}",
        "@AT\n{p1.sgh}!\n\nBezugnehmend auf Ihr Schreiben vom {date}: Die Gutschrift über {price} erfolgt im Jänner auf Ihr Konto {iban}.\n\nMit freundlichen Grüßen\n{p2.full}",
    ],
    "reply_chain": [
        "Super, danke euch.\n{p3.first}\n\n> Am {date} schrieb {p2.full}:\n> Kurier ist für Donnerstag gebucht. {p1.first}, stimmt die Abholadresse?\n>\n> > Am {date2} schrieb {p1.full} <{p1.email}>:\n> > Ja: {a1.line}\n> > Klingel steht auf dem Etikett. Handy {p1.phone}, falls der Fahrer sucht.\n> >\n> > > Könnt ihr die alte {pshort} gleich im selben Karton zurücknehmen?",
        "Passt, ich schick sie morgen zurück.\n\nAm {date} um {time} schrieb {p2.full} <{p2.wmail}>:\n> Hallo {p1.first}, einfach das Etikett ausdrucken und bei der Post abgeben.\n> Gruß {p2.first}",
        "Danke {p2.first}!\n\n-----Ursprüngliche Nachricht-----\nVon: {p1.full} <{p1.email}>\nGesendet: {date}\nBetreff: AW: Umtausch {order}\n\n> Kann ich die {size} gegen eine ((größere|kleinere)) tauschen?",
        "> > Welche Farbe wolltest du, {colour} oder {colour2}?\n> {colour} bitte. Und liefert an mein Büro: {a1.line}\n\nIst notiert, {p1.first}. Erledigt.\n-- {p2.short}",
        "((Leite ich|Ich leite das)) mal an {p3.first} in der Buchhaltung weiter.\n\n---------- Weitergeleitete Nachricht ---------\nVon: {p1.full} <{p1.email}>\nDatum: {date}\nAn: {shopmail}\n\nHallo, mir wurde {order} zweimal abgebucht, Karte {card}. Bitte eine Buchung erstatten.",
    ],
    "review": [
        "★★★★★ ((Beste|Super|Solide)) {pshort}, die ich je hatte. Auf ((dem Lechweg|der Zugspitze|dem Stubaier Höhenweg|dem Rheinsteig)) trocken geblieben. – {p1.short}, {a1.town}",
        "„Die {product} ((sitzt wie angegossen|fällt etwas klein aus|ist jeden Cent wert)).“ – {p1.full}, ((verifizierter Kauf|Kundschaft seit 2021))",
        "((4 von 5|3 Sterne)). Gute Jacke, Kapuze etwas weit. Die Größenberatung von {p2.first} war aber top. {p1.init}",
        "@CH\nKundenstimme für die Herbst-Landingpage (freigegeben von {p1.hon} am {date}):\n«Ich bin {num} Hüttentouren mit meiner {pshort} gelaufen, sie sieht aus wie neu.»\n{p1.full}, {a1.town}",
        "Bewertet von {p1.lowerfull} · {date}\nFällt normal aus. Ich bin 1,78 m, M passt mit Fleece drunter. Gerne wieder.",
    ],
    "signature": [
        "((Viele Grüße|Beste Grüße|Danke)),\n\n{p1.full}\n((Einkauf|Partnermanagement|Filialleitung)) · {company}\nTel. {p1.phone}\n{p1.wmail}",
        "--\n{p1.CAPS}\nFotografie & Bergführung\nM: {p1.phone} | E: {p1.email}\n{a1.line}",
        "LG {p1.first}\n\nVon meinem iPhone gesendet",
        "@AT\nMit freundlichen Grüßen\n{p1.full}\nAgentur Wortschmiede\n{a1.two}\n{p1.phone}",
        "Freundliche Grüße\n{p1.init}\nKreditorenbuchhaltung\nDurchwahl: {p1.phone}  ·  Mobil: {p1.mobile}",
    ],
    "copy_brief": [
        "Briefing Herbst-Newsletter: Aufmacher ist der {pname}-Test am Watzmann mit {p1.full} (Berglauf, Zitat freigegeben). Ton: sachlich, kein Hype. Abgabe {date}.",
        "Texteranfrage von {p1.first}: drei Produkttexte für {product}, {product2} und {product3}. Bitte Foto mit „{p2.full}“ ausweisen, je max. 60 Wörter.",
        "Landingpage „Von Hütte zu Hütte“ – Interviewpartner: {p1.hon}, Hüttenwirt*in. Kontakt nur über {p1.email}, Telefonnummer nicht veröffentlichen. Entwurf bis {date}.",
        "Briefing für die Agentur ((v2|v3|final)):\n- Zielgruppe: Wochenendwandernde 30+\n- Hero-Produkt: {product}\n- Stimme: {p2.full} (Botschafter*in) in der Ich-Form\n- Freigabe: {p3.first}",
    ],
    "chat": [
        "Besucher ({p1.first}): hallo, zahlung ging nicht, karte ist {card}\nAgent ({p2.first}): Bitte keine Kartennummern in den Chat schreiben! Ich habe sie bei uns ausgeblendet.\nBesucher ({p1.first}): oh sorry 🙈",
        "{p1.lower}: sind die {pname}-muster da?\n{p2.lower}: ja, liegen bei mir. brauchst du die fürs shooting?\n{p1.lower}: jo bitte",
        "[{time}] {p1.handle}: kundin {p2.full} ruft dauernd wegen {order} an\n[{time2}] {p3.handle}: ich ruf zurück, {p2.phone}",
        "Kunde: hallo, ist da wer?\nAgent ({p1.first}): Hallo! Wie kann ich helfen?\nKunde: ich heiße {p2.full}, laut Sendungsverfolgung zugestellt, ist aber nicht da\nAgent ({p1.first}): Oh, das tut mir leid. An welche Adresse sollte es gehen?\nKunde: {a1.line}",
        "{p1.lower} ((ist dem Kanal beigetreten|wurde von {p2.lower} hinzugefügt))\n{p2.lower}: willkommen! {p1.lower} übernimmt ab montag die retouren von {p3.lower}",
        "@CH\nChatprotokoll {ticket}\nBesucher: {p1.first}\nBesucher: chönd Sie mini Mailadresse uf {p1.email} ändere?\nBot: Ich leite das an eine Kollegin weiter.",
    ],
    "call_note": [
        "Anruf {time}, {num} Min. {p1.full} ((Bestandskundschaft|Stammkundschaft)) fragt, ob man die {pshort} nachimprägnieren kann. Pflegehinweise erklärt, sonst nichts zu tun.",
        "Eingehend von {p1.phone}. Anrufer*in: {p1.hon}. Falsche Größe geliefert ({size} statt {size2}). Umtauschlabel verschickt.",
        "Rückrufliste ((heute|Freitag)):\n1. {p1.full}, {p1.phone} – Garantie\n2. {p2.full}, {p2.phone} – Lieferung\n3. {p3.full} – keine Nummer, Mail an {p3.email}",
        "@AT\nMailbox ({date}, {time}): „Ja, servus, {p1.full} da, wegen der Bestellung {order}, bitte um Rückruf unter {p1.phone}, danke.“",
    ],
    "order_note": [
        "Zahlungsnotiz {order}: Karte {card} zweimal abgelehnt (((Limit erreicht|3-D-Secure-Timeout))). {p1.hon} versucht es heute Abend erneut; Ware bis {date} reservieren.",
        "Bestellung {order}: Geschenkverpackung, Karte „Alles Gute, {p2.first}!“. Versand an {p1.full}, {a1.line}.",
        "Retoure {ticket} – {p1.full}. Grund: zu warm. Artikel {sku}, Zustand ((wie neu|Etikett dran|einmal getragen)). Erstattung auf Karte {card}.",
        "Falls niemand aufmacht, bitte beim Nachbarn ((abgeben|klingeln)), Adresse: {a1.street}. – {p1.first}",
        "@CH\nLieferschein zu {order}\nEmpfänger: {p1.honfull}\n{a1.two}\nTelefon: {p1.phone}\nInhalt: {qty} × {product}",
        "Umtausch von {p2.first} freigegeben. {p1.hon} behält die Jacke in {colour} und bekommt die in {colour2}, Größe {size}. Abholung {a1.line} am {date}.",
    ],
    "mention": [
        "{p1.full} hat die {pshort} ((geliebt|zurückgeschickt|gleich zweimal gekauft)). Bitte den neuen Katalog mitschicken.",
        "Nach dem Termin entwerfen {p1.full} und {p2.full} gemeinsam die Texte zur Winterkollektion.",
        "((Letzten Sommer|Im Frühjahr)) ist {p1.full} den ganzen Jakobsweg in Steinlauf-Schuhen gegangen und hat uns davon geschrieben.",
        "In der engeren Wahl für das Botschafterprogramm: {p1.full}, {p2.full} und {p3.full}. Entscheidung bis {date}.",
        "{p1.full} aus {a1.town} fragt, ob {p2.full} die Bestellung abholen darf.",
    ],
    "store_visit": [
        "Wochenbericht Außendienst, Gebiet Süd\n\nMontag: {company} ({a1.town}). Einkäuferin bzw. Einkäufer {p1.full} zufrieden mit dem Abverkauf der {pshort}; will {qty} Stück mehr in {size}.\nDienstag: Büro.\nMittwoch: {company2}. {p2.hon} ist neu in der Flächenleitung. Handy {p2.phone}, lieber per WhatsApp.\nDonnerstag: Pop-up-Aufbau mit {p3.first}.\n\nOffen:\n- Muster an {p2.last} bis {date}\n- Preisliste an {p1.wmail}",
        "Besuchsbericht {company}, {a1.town}\nDatum: {date}\nGesprochen mit: {p1.full} (Filialleitung), {p2.first} (Verkauf)\nBefund: zu wenig {pname} auf der Fläche, Personal wünscht Stoffmuster.\nNächster Besuch: {date2}",
        "@AT\nHeute beim Partnergeschäft ({a1.street}) gewesen. Inhaber {p1.hon} hätte gern eine Schaufensterdeko zum {pname}-Start. Handy: {p1.phone}.",
        "Außendienstnotiz ({p1.init}): diese Woche {num} Geschäfte besucht. Bei {company} hat sich der Einkäufer {p2.full} über späte Lieferungen beschwert ({order}).",
        "@CH\nHändlerbesuch\nGeschäft: {company}\nKontakt: {p1.full}, {p1.wmail}\nBestand: {qty} × {sku}\nStimmung: ((gut|gemischt|angespannt)). Folgeanruf am {date}.",
    ],
    "photo_credits": [
        "Honorar Shooting Karwendel: {p1.full}, Steuerliche Identifikationsnummer {taxid}, Bankverbindung {iban}. Bitte bis {date} anweisen.",
        "Bildnachweise Herbst-Lookbook: Titel {p1.full}; S. 4–9 {p2.full}; Model S. 12: {p3.full}.",
        "Foto: {p1.full} / Talgrat. Ort: ((Seiser Alm|Karwendel|Allgäuer Hochalpen|Großglockner)). Nutzung Web und Print bis {date}.",
        "Credits Kampagnenseite\n- Fotografie: {p1.CAPS}\n- Styling: {p2.full}\n- Retusche: Studio Hangwind",
        "Bitte die Bildunterschrift auf der {pname}-Seite korrigieren: Fotograf*in ist {p1.full}, nicht {company}. Rechnung an {p1.email}.",
    ],
    "podcast_notes": [
        "Folge {num} – Shownotes\nZu Gast: {p1.full}, ((Ultraläufer*in|Hüttenwirt*in|Bergführer*in)) aus {a1.town}\nThemen: Zwiebelprinzip, Blasen und die {pshort}.\nModeration: {p2.first}",
        "Podcast-Buchung: {p1.hon} hat für den {date}, {time} zugesagt. Aufnahmelink bitte an {p1.email}.",
        "In dieser Folge erzählt {p1.full} {p2.first}, wie {p1.pron} Island zu Fuß durchquert hat.",
        "@AT\nGästeliste Staffel 3:\n{p1.full} – Folge {num}\n{p2.full} – Folge {num2}\n{p3.full} – offen, Tel. {p3.phone}",
    ],
    "lost_found": [
        "Im Pop-up in {a1.town} gefunden: blaue {pshort} mit Namensschild „{p1.full}“. Bitte unter {phone} melden.",
        "Fundbuch ({date}): Geldbörse abgegeben, Ausweis auf {p1.full}. Besitzer*in telefonisch erreicht ({p1.phone}), um {time} abgeholt.",
        "@CH\nGrüezi, ich habe am {date} meine Sonnenbrille bei Ihnen im Laden liegen lassen. Ich bin {p1.full}, bitte per Post an {a1.line}. Merci!",
        "Fundsache: In Kabine 2 lag ein Handy. {p1.first} ({p1.email}) sagt, es gehört {p1.obj}, holt es morgen ab.",
    ],
    "story_draft": [
        "ENTWURF – Kundengeschichte\n„Wir haben {p1.full} am Parkplatz unterhalb der Rotwand getroffen. {p1.Pron} trägt dieselbe {pshort} seit sechs Saisons.“\n[Redaktion: Zitat mit {p1.hon} abstimmen]",
        "Arbeitstitel: Neunzig Tage auf dem E5\nText: {p1.full}. Fotos: {p2.full}. ((Umfang: 1.800 Wörter.|Muss gekürzt werden.))",
        "{p1.full} erinnert sich noch genau an das Gewitter am ((Hochkönig|Säntis|Brocken)). „Da wurde meine {pshort} zum ersten Mal richtig gefordert“, sagt {p1.pron}.\n\n[TODO: {p2.first} nach der Einverständniserklärung fragen]",
        "Themenvorschlag von {p1.full} ({p1.email}): Hüttentour mit drei Kindern. Honorar wie besprochen, Überweisung an {iban}.",
    ],
    "translator_handoff": [
        "Rechnungsprüfung Übersetzung {invoice}:\nÜbersetzer*in: {p1.full}\nSteuer-ID: {taxid}\nIBAN: {iban}\nBetrag: {price}. Freigegeben von {p2.first} am {date}.",
        "Übergabe: EN → DE Produkttexte zur {pshort} fertig. Übersetzer*in {p1.full} braucht Feedback bis {date}. Review: {p2.first}.",
        "Hallo {p1.first}, anbei {num} Strings fürs Französische. Glossar wie gehabt. Rechnung bitte an die Buchhaltung; deine IBAN {iban} ist hinterlegt.",
        "Übersetzungspaket {ticket}\nÜbersetzer*in: {p1.full} <{p1.email}>\nSprache: ((Italienisch|Niederländisch|Französisch))\nStatus: ((im Review|geliefert))\nHinweis: Titel {product} bleibt deutsch.",
        "{p1.hon} hat ((angemerkt|bemerkt)), dass „{colour}“ zweimal unterschiedlich übersetzt wurde. Kann {p2.full} entscheiden, was bleibt?",
    ],
    "accessibility_feedback": [
        "Feedbackformular: „Ich nutze einen Screenreader, die Größentabelle auf der {pname}-Seite ist nur ein Bild. Könnt ihr Text ergänzen?“ – {p1.full}, {p1.email}",
        "Barrierefreiheits-Ticket {ticket}: {p1.hon} meldet, dass der Kaufen-Button zu wenig Kontrast hat. Bittet um Rückruf unter {p1.phone}.",
        "Guten Tag, {p2.parent} {p2.full} ist farbenblind und konnte {colour} und {colour2} auf Ihrer Seite nicht unterscheiden. Vielleicht Farbnamen ergänzen? Grüße, {p1.first}",
        "@AT\nAus dem Usability-Test vom {date}: Testperson {p1.full} (sehbehindert) brauchte {num} Minuten bis zum Retourenformular.",
    ],
    "goodwill_approval": [
        "Kulanzanfrage: {p1.full}, Bestellung {order}. Jacke nach {num} Monaten delaminiert. Vorschlag: 30-%-Gutschein. Freigabe? – {p2.first}",
        "Freigegeben von {p2.init}: Erstattung {price} an {p1.hon} aus Kulanz. Überweisung auf {iban}.",
        "@CH\nKulanzprotokoll\nKundin/Kunde: {p1.full}\nAdresse: {a1.line}\nFall: {ticket}\nEntscheid: Gratisreparatur, Rückversand übernehmen wir.",
        "{p1.first} (Teamleitung) hat für {p2.full} eine Ersatz-{pshort} freigegeben, obwohl die Gewährleistung am {date} abgelaufen ist.",
    ],
    # ------------------------------------------------------------ Layouts
    "lead_list": [
        "name;email;firma;telefon\n\"{p1.lf}\";{p1.wmail};{company};{p1.phone}\n\"{p2.lf}\";{p2.wmail};Studio Hangwind;{p2.phone}",
        "NACHNAME;VORNAME;ORT;QUELLE\n{p1.last};{p1.first};{a1.town};Messe\n{p2.last};{p2.first};{a2.town};Newsletter",
        "Leads vom Messestand ((OutDoor|ISPO|Alpinmesse Innsbruck)):\n{p1.LF} – {p1.wmail}\n{p2.LF} – {p2.phone}\n{p3.LF} – keine Kontaktdaten",
        "id,kontakt,mobil,notiz\n{uid},{p1.full},{p1.phone},will Katalog\n{uid2},{p2.full},{p2.phone},((im Mai anrufen|nach Launch anrufen))",
    ],
    "feed_row": [
        "id\ttitel\tpreis\tgtin\tkontakt\n{sku}\t{product}\t{price}\t{gtin}\t{p1.wmail}",
        "<item><g:id>{sku}</g:id><g:title>{product}</g:title><g:gtin>{gtin}</g:gtin><g:price>{price}</g:price><ansprechpartner>{p1.full}, {p1.phone}</ansprechpartner></item>",
        "artikel={sku}; titel=\"{product}\"; preis={price}; lieferantenkontakt=\"{p1.full}\"; mail={p1.wmail}",
        "{{\"offer_id\": \"{sku}\", \"gtin\": \"{gtin}\", \"haendler\": {{\"name\": \"{p1.full}\", \"telefon\": \"{p1.phone}\"}}}}",
    ],
    "crm_export": [
        "{{\n  \"kundennummer\": \"{cust}\",\n  \"vorname\": \"{p1.first}\",\n  \"nachname\": \"{p1.last}\",\n  \"email\": \"{p1.email}\",\n  \"telefon\": \"{p1.phone}\",\n  \"adresse\": \"{a1.line}\"\n}}",
        "kunde:\n  name: {p1.full}\n  email: {p1.email}\n  lieferadresse:\n    strasse: {a1.street}\n    ort: {a1.town}\n  letzte_bestellung: {order}",
        "{{\"event\":\"bestellung.angelegt\",\"bestellung\":\"{order}\",\"kaeufer\":{{\"name\":\"{p1.full}\",\"email\":\"{p1.email}\"}},\"ip\":\"{ip}\"}}",
        "- id: {uid}\n  kontakt: \"{p1.lf}\"\n  steuer_id: \"{taxid}\"\n  iban: \"{iban}\"\n  quelle: ((webshop|kasse|b2b))",
    ],
    "tsv_export": [
        "vorname\tnachname\temail\tland\n{p1.first}\t{p1.last}\t{p1.email}\t{a1.cc}\n{p2.first}\t{p2.last}\t{p2.email}\t{a2.cc}",
        "bestellung\tkunde\tstrasse\tplz\tort\n{order}\t{p1.full}\t{a1.street}\t{a1.zip}\t{a1.town}",
        "datum\tbearbeiter\tanrufer\tnummer\n{date}\t{p2.first}\t{p1.full}\t{p1.phone}",
        "mitgliedsnr\tname\tsteuer-id\tseit\n{uid}\t{p1.CAPS}\t{taxid}\t{date}",
    ],
    "md_table": [
        "| Name | Rolle | E-Mail |\n|---|---|---|\n| {p1.full} | Fotografie | {p1.email} |\n| {p2.full} | Styling | {p2.email} |",
        "| Ticket | Kunde | Telefon | Status |\n| --- | --- | --- | --- |\n| {ticket} | {p1.full} | {p1.phone} | offen |\n| {ticket2} | {p2.full} | {p2.phone} | ((erledigt|wartet)) |",
        "### Botschafter*innen 2026\n\n| Wer | Wo |\n|---|---|\n| {p1.full} | {a1.town} |\n| {p2.full} | {a2.town} |\n| {p3.full} | {a3.town} |",
        "| Feld | Wert |\n|---|---|\n| Name | {p1.hon} |\n| Anschrift | {a1.line} |\n| IBAN | {iban} |",
    ],
    "html_form": [
        "<form action=\"/retoure\" method=\"post\">\n  <input name=\"name\" value=\"{p1.full}\">\n  <input name=\"email\" value=\"{p1.email}\">\n  <input name=\"bestellung\" value=\"{order}\">\n</form>",
        "<label>Vor- und Nachname</label><input type=\"text\" value=\"{p1.full}\">\n<label>Telefon</label><input type=\"tel\" value=\"{p1.phone}\">\n<label>Straße</label><input value=\"{a1.street}\">",
        "<tr><td>Name:</td><td>{p1.full}</td></tr>\n<tr><td>Steuer-ID:</td><td>{taxid}</td></tr>\n<tr><td>Betrag:</td><td>{price}</td></tr>",
        "<div class=\"bewertung-autor\">{p1.short}</div>\n<div class=\"bewertung-text\">Tolle {pshort}, schnelle Lieferung.</div>\n<!-- gesendet von {ip} -->",
    ],
    "sql_dump": [
        "INSERT INTO kunden (id, vorname, nachname, email, telefon) VALUES\n({uid}, '{p1.first}', '{p1.last}', '{p1.email}', '{p1.phone}'),\n({uid2}, '{p2.first}', '{p2.last}', '{p2.email}', NULL);",
        "UPDATE adressen SET strasse = '{a1.street}', ort = '{a1.town}' WHERE kunden_id = {uid};",
        "postgres=# SELECT name, email, letzte_ip FROM konten WHERE id = {uid};\n       name       |  email  | letzte_ip\n {p1.full} | {p1.email} | {ip}\n(1 Zeile)",
        "-- DSGVO-Auskunft {ticket}\nSELECT * FROM bestellungen WHERE email = '{p1.email}';\n-- 3 Zeilen; Lieferadresse '{a1.line}'",
    ],
    "server_log": [
        "{ippub} - - [{date}:{time}] \"POST /konto/login HTTP/1.1\" 200 512 \"-\" \"Mozilla/5.0\"\n{ip2} - - [{date}:{time2}] \"GET /kasse HTTP/1.1\" 302 0",
        "{isots} WARN auth: Login fehlgeschlagen für {p1.email} von {ip}\n{isots2} INFO auth: Login ok für {p1.email} von {ip2}",
        "level=info msg=\"Passwort-Reset angefordert\" user={p1.email} remote_addr={ipv} ua=\"Firefox\"",
        "[{time}] Upstream-Timeout {ip.priv}:{port} -> {ip.lo}:8080 (Anfrage von {ippub})",
    ],
    "mail_header": [
        "Return-Path: <{p1.email}>\nReceived: from mail.example.net ([{ippub}])\nFrom: {p1.full} <{p1.email}>\nTo: {shopmail}\nSubject: AW: Ihre Bestellung {order}\nDate: {date}",
        "Von: \"{p1.lf}\" <{p1.email}>\nAn: \"{p2.full}\" <{p2.wmail}>\nCC: {p3.email}\nBetreff: ((Angebot|Muster|Rechnung)) {invoice}\nX-Originating-IP: [{ip}]",
        "Delivered-To: {p2.wmail}\nReceived: from [{ip.v6}] by mx.talgrat.de\nReply-To: {p1.email}\nSubject: WG: Retourenlabel",
        "From: {p1.email}\nSender: {p1.full}\nX-Mailer: iPhone Mail\nSubject: Paket verloren {track}",
    ],
    "vcard": [
        "BEGIN:VCARD\nVERSION:3.0\nN:{p1.last};{p1.first};;;\nFN:{p1.full}\nTEL;TYPE=cell:{p1.phone}\nEMAIL:{p1.email}\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:4.0\nFN:{p1.full}\nORG:{company}\nADR;TYPE=work:;;{a1.street};{a1.town};;{a1.zip};{a1.country}\nTEL:{p1.phone}\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:3.0\nN:{p1.last};{p1.first}\nEMAIL;TYPE=work:{p1.wmail}\nNOTE:auf dem {pname}-Launch kennengelernt\nEND:VCARD",
        "BEGIN:VCARD\nFN:{p1.full}\nTEL;TYPE=work:{p1.phone}\nTEL;TYPE=cell:{p1.mobile}\nEND:VCARD",
    ],
    "ical": [
        "BEGIN:VEVENT\nSUMMARY:Anprobe {pshort}\nDTSTART:{icsdate}\nORGANIZER;CN={p1.full}:mailto:{p1.email}\nATTENDEE;CN={p2.full}:mailto:{p2.wmail}\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:Fotoshooting\nLOCATION:{a1.street}\nDESCRIPTION:Model {p1.full}\\, Tel. {p1.phone}\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:Telefonat mit {p1.full}\nATTENDEE;RSVP=TRUE:mailto:{p1.email}\nEND:VEVENT",
        "Einladung: Retourenrunde am {date} um {time}\nOrganisator: {p1.full}\nGäste: {p2.full}, {p3.full}",
    ],
    "ocr_scan": [
        "RETOURENSCHElN\nNarne: {p1.full}\nAnschrift: {a1.line}\nBestell-Nr.: {order}\nGrund: zu gr0ß",
        "~ LIEFERSCHEIN ~\nAn: {p1.honfull}\n{a1.two}\nTe1.: {p1.phone}\n| Menge | Artlkel |\n| {qty} | {sku} |",
        "GARANTIEANTRAG\nKundln : {p1.CAPS}\nE-Mai1 : {p1.email}\nProdukt : {product}\nUnterschrift: {p1.init}",
        "RECHNUNG\nRechnungsernpfänger: {p1.full}\n{a1.two}\nZahlung: lBAN {iban}",
    ],
}

CLEAN = {
    "marketing_copy": [
        "Die {product} ist zurück in {colour}. ((Jetzt sichern, bevor der erste Schnee fällt.|Bis Sonntag {pct} % günstiger.)) Versandkostenfrei ab {price}.",
        "Das ist die {pshort}: gemacht für graue Tage, nasse Grate und lange Zustiege. Ab {price}.",
        "Herbst-Drop: {product}, {product2} und eine neue Farbe für die {pshort}. Ab {date} online.",
        "Unser Koch auf der Hütte schwört drauf: die {product}, nur {weight}.",
    ],
    "product_faq": [
        "F: Fällt die {pshort} klein aus?\nA: ((Nein, bestell deine normale Größe.|Etwas, mit Fleece darunter lieber eine Nummer größer.)) Unser Model ist 1,84 m und trägt {size}.",
        "Gibt es eine Kulanzfrist für Retouren? Ja: {num} Tage ab Lieferung, über Weihnachten zusätzlich 14 Tage.",
        "Kann ich die {pshort} bei 40 °C waschen? ((Ja, im Schonwaschgang.|Bitte nur 30 °C.)) Artikel {sku}, GTIN {gtin}.",
        "Wie erreiche ich den Kundenservice? Über das Kontaktformular; wir antworten werktags von 8 bis 18 Uhr innerhalb von {num} Stunden.",
    ],
    "shipping_info": [
        "Pakete nach {zip} und Umgebung sind meist in 2–3 Tagen da. Retouren bitte an unser Lager, nicht an {postfach}.",
        "Bestellungen bis {time} verlassen noch am selben Tag das Lager. Lieferung nach {town}: 1–2 Werktage.",
        "An Packstationen und {postfach}-Adressen liefern wir leider nicht. Gib stattdessen eine c/o-Adresse an.",
        "Click & Collect in der Filiale {town} startet am {date}. Bitte die Bestellnummer ({order}) mitbringen. Eingang im Hinterhaus.",
    ],
    "company_news": [
        "Ab {date} übernimmt {company} unser EU-Fulfilment. Die Lieferzeiten bleiben gleich.",
        "Für recycelte Verpackungen arbeiten wir jetzt mit {company} und {company2} zusammen. Version {ver} des Nachhaltigkeitsberichts ist online.",
        "Filial-News: Der Laden am Marktplatz bleibt vom {date} bis {date2} wegen Umbau geschlossen.",
        "Wie ein Wolf im Schafspelz: unsere {pshort} hat den ((OutDoor|ISPO))-Award gewonnen. Danke an alle bei {company}.",
    ],
    "order_status": [
        "Deine Bestellung {order} ist unterwegs. Sendungsnummer {track}. Voraussichtliche Zustellung: {date}.",
        "Bestellung {order}: {qty} × {product}, {price}. Status: ((verpackt|in Zustellung|an Versanddienstleister übergeben)).",
        "Referenz {cust} – bitte bei Anrufen angeben. Rechnung {invoice} liegt bei.",
        "Umtausch {ticket} wurde am {date} bearbeitet; die neue Größe {size} geht mit Sendungsnummer {track} raus.",
    ],
    "care_guide": [
        "Die {pshort} bei 30 °C waschen, alle Reißverschlüsse schließen und {num} Minuten bei niedriger Temperatur trocknen, um die Imprägnierung zu aktivieren.",
        "Merino-Pflege für die {pshort}: ((kalt|bei 30 °C)) waschen, kein Weichspüler, liegend trocknen. Wie beim Bauer früher: {num} Stunden Lüften ersetzt oft das Waschen.",
        "Zum Nachimprägnieren der {product} nach der Wäsche gleichmäßig sprühen und bei niedriger Temperatur trocknen. Alle {num} Wäschen wiederholen.",
        "Die {pshort} locker lagern, nicht komprimiert. Kleine Risse flickt unser Schneider; Termin über die Filiale {town}.",
    ],
    "feed_export": [
        "id;titel;preis;gtin;farbe\n{sku};{product};{price};{gtin};{colour}\n{sku2};{product2};{price2};{gtin2};{colour2}",
        "<item><g:id>{sku}</g:id><g:gtin>{gtin}</g:gtin><g:availability>auf Lager</g:availability></item>",
        "sku\tgtin\tgewicht\n{sku}\t{gtin}\t{weight}\n{sku2}\t{gtin2}\t{weight}",
        "{{\"sku\": \"{sku}\", \"gtin\": \"{gtin}\", \"preis\": \"{price}\", \"aktualisiert\": \"{isots}\"}}",
    ],
    "release_notes": [
        "Shop-App {ver}\n- Größenberater für die {pshort}\n- schnellerer Checkout\n- behoben: Datumsauswahl zeigte {date}",
        "Changelog {ver} ({date}): Der Feed-Export enthält jetzt GTIN-Felder wie {gtin}; Build {num} ersetzt {ver2}.",
        "## {ver}\n* Kaltkar- und Rinnental-Seiten laden {num} ms schneller\n* Bestellnummern wie {order} sind klickbar",
        "Release {ver} – Sendungsnummern ({track}) stehen jetzt im Kundenkonto.",
    ],
    "stock_table": [
        "| SKU | Größe | Bestand | Lager |\n|---|---|---|---|\n| {sku} | {size} | {num} | {zt} |\n| {sku2} | {size2} | {num2} | {town2} |",
        "sku;menge;nachbestellen\n{sku};{num};{date}\n{sku2};{num2};{date2}",
        "Inventur {date}: {product} {num} Stk., {product2} {num2} Stk. Nächste Lieferung {date2}.",
        "| Produkt | GTIN | Bestand |\n|---|---|---|\n| {product} | {gtin} | {num} |",
    ],
    "tracking_log": [
        "{date} {time} Sendung {track} im Paketzentrum {town} eingetroffen\n{date} {time2} In Zustellung\n{date} {time3} In Packstation zugestellt",
        "Sendung {track}: Label erstellt {date}; unterwegs; verzollt {date2}.",
        "TRACK {track} | {isots} | HUB {zip} | SORTIERT\nTRACK {track} | {isots2} | ((ZUGESTELLT|ZUSTELLVERSUCH))",
        "Retourenpaket {track} um {time} im Depot {town} gescannt. Erstattung nach Prüfung (Ref. {order}).",
    ],
}
