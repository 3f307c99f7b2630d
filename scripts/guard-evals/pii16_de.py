"""German templates of the sixteenth PII bank (written in German, not translated).

Slots: see pii16_core.Ctx.resolve. `((a¦b))` picks one alternative.
"""

PII = {
    "authority_letter": [
        "((Landratsamt Oberallgäu¦Stadt Garmisch-Partenkirchen¦Bezirkshauptmannschaft Kitzbühel)) – Ordnungsamt\nAktenzeichen: {case}\nDatum: {date}\n\n{p1.herrn} {p1.full}\n{a1.block}\n\nAnhörung im Bußgeldverfahren\n\n{p1.sgh} {p1.last},\n\nIhnen wird vorgeworfen, am {date2} um {time} mit dem Fahrzeug {plate} vor der Filiale Talgrat Outdoor im Halteverbot geparkt zu haben. Sie können sich bis zum {date3} schriftlich äußern.\n\nSachbearbeitung: {p2.hon}, Telefon {ph1}, E-Mail {mail.ordnungsamt}\n\nMit freundlichen Grüßen\nIm Auftrag\n{p2.full}",
        "Finanzamt ((Kempten¦München¦Garmisch-Partenkirchen))\nSteuernummer: {stnr}\nIdentifikationsnummer: {taxid}\n\n{p1.caps}\n{dea1.block}\n\nBescheid über die Festsetzung von Verspätungszuschlägen\n\n{p1.sgh} {p1.last},\n\nfür Ihre Tätigkeit als Aushilfe bei der Talgrat Outdoor GmbH wurde die Lohnsteuerbescheinigung ({date}) übermittelt. Bitte überweisen Sie den Betrag von {price} bis {date2} auf das Konto der Finanzkasse, IBAN {iban.de}, BIC {bic}.\n\nRückfragen: {p2.hon}, Zimmer {room}",
        "OCR-Import Scan_{qty}.pdf (Seite 1/2)\n\nGEMEINDE OBERSTDORF - Gewerbeamt\nGewerbe-\nanmeldung Nr. {case}\n\nName: {p1.last}\nVorname(n): {p1.first}\nGeburtsdatum: {dob}\nBetriebs-\nstätte: {a1.line}\nTelefon: {p1.phone}\nE-Mail: {p1.email}\nTätigkeit: Verleih von Sportgeräten (Kooperation Talgrat)\nUSt-IdNr.: {vat}\n\nbearbeitet: {p2.init}",
    ],
    "ski_hire": [
        "TALGRAT SKIVERLEIH – Mietvertrag {order}\n\nMieter/in: {p1.full}     Geburtsdatum: {dob}\nAnschrift: {a1.line}\nHandy: {p1.phone}   E-Mail: {p1.email}\nSkifahrertyp: ((1¦2¦3)) · Schuhgröße {shoe} · Z-Wert {din} (eingestellt von {p2.first}, Werkstatt)\n\nLeihgeräte: Tourenski {serial}, LVS-Gerät {serial2}, Helm Gr. {size}\nKaution: Kreditkarte {card}\nMietzeitraum: {date} – {date2}, Gesamt {price}\n\nUnterschrift Mieter: ____________ ({p1.caps})",
        "Verleih-Notizen {date}\n- {p1.hon} hat die Ski 2 Tage zu spät zurückgebracht, {price} nachbelastet (Karte {masked}).\n- Schuhe für {p2.first} {p2.last} eine halbe Nummer größer getauscht, Z-Wert {din} bleibt.\n- Gruppenbuchung auf {p3.rev}: {qty} Kinder-Sets, Abholung {time}, Tel. {p3.phone}.\n- Bei {p4.last} nachfragen, ob das LVS {serial} mit Batterien zurückkam. Der Koch von der Hütte will auch zwei Paar leihen.",
        "Betreff: Deine Verleih-Reservierung {pnr}\n\nHallo {p1.first},\n\ndanke für deine Reservierung! Deine Ausrüstung liegt ab {date}, {time} Uhr in unserer Filiale ((Oberstdorf¦Garmisch¦Innsbruck)) bereit.\n\nHauptmieter: {p1.full}\nWeitere Personen: {p2.full} (Z-Wert {din}), {p3.full} (Z-Wert {din2})\nBezahlt mit: {card}\n\nÄnderungen bitte unter {ph1} oder an {mail.verleih}.\n\nBis bald,\n{p4.first} vom Verleih",
    ],
    "ics_invite": [
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Talgrat//Filialkalender//DE\nBEGIN:VEVENT\nUID:{hash}-filialkalender\nDTSTAMP:{icsdate}\nDTSTART;TZID=Europe/Berlin:{icsdate2}\nSUMMARY:Schuhanpassung {p1.full}\nORGANIZER;CN={p2.full}:mailto:{p2.work}\nATTENDEE;CN={p1.full};ROLE=REQ-PARTICIPANT:mailto:{p1.email}\nLOCATION:{a1.street}\nDESCRIPTION:Rückruf unter {p1.phone}. Bestellung {order}\\, Gr. {shoe}.\nEND:VEVENT\nEND:VCALENDAR",
        "Einladung: Teambesprechung Filiale am {date} um {time}\n\nOrganisator: {p1.full} <{p1.work}>\nTeilnehmer:\n  {p2.full} <{p2.work}>\n  {p3.full} <{p3.work}> (optional)\n  {p4.email}\n\nEinwahl: {phde9}, Konferenz-ID ((4471 8839¦9024 4117))\nOrt: Pausenraum, 1. OG\n\nAntwort für {p2.work}: Ja / Vielleicht / Nein",
        "BEGIN:VEVENT\nSUMMARY:Hausbesuch Zeltreparatur – Kostenvoranschlag\nDTSTART;TZID=Europe/Vienna:{icsdate}\nORGANIZER;CN=\"{p1.rev}\":mailto:{mail.werkstatt}\nATTENDEE;CN={p2.full};PARTSTAT=ACCEPTED:mailto:{p2.email}\nLOCATION:{ata1.line}\nDESCRIPTION:Vorher bei {p2.first} anrufen: {p2.phone}. Zelt {product}\\, Seriennr. {serial}.\nEND:VEVENT",
    ],
    "git_log": [
        "commit {hash}\nAuthor: {p1.full} <{p1.work}>\nDate:   {date} {time}\n\n    Validierung österreichischer Postleitzahlen korrigiert\n\n    Gemeldet-von: {p2.full} <{p2.work}>\n    Reviewed-by: {p3.full} <{p3.work}>\n\ncommit {hash2}\nAuthor: {p4.full} <{p4.email}>\nDate:   {date2}\n\n    Checkout auf {ver} angehoben\n\n    Co-authored-by: {p1.full} <{p1.work}>",
        "$ git shortlog -sne --since=\"3 months\"\n   {qty}  {p1.full} <{p1.work}>\n   {qty2}  {p2.full} <{p2.work}>\n    {qty3}  {p3.lower} <{p3.email}>\n     1  renovate-bot",
        "tests/fixtures/kunden.json | 4 ++--\n\n-  \"name\": \"Testkunde\",\n-  \"iban\": \"DE00 0000 0000 0000 0000 00\",\n+  \"name\": \"{p1.full}\",\n+  \"iban\": \"{iban}\",\n\n@{p2.first} das sind echte Kundendaten aus dem Ticket {case}, bitte {hash} zurücknehmen. Signed-off-by: {p3.full} <{p3.work}>",
    ],
    "pager_alert": [
        "[FIRING:1] CheckoutLatenzHoch (prod)\nQuittiert von {p1.full} um {time}\nEskalation: primär {p1.first} ({p1.phone}) → sekundär {p2.full} ({p2.phone})\nAuffälligster Client: {ip} (gedrosselt; interner LB {privip})\nRunbook: https://wiki.talgrat.intern/runbooks/checkout · Build {ver}",
        "#störungen\n{p1.flower}: wieder card testing von {ip} und {ipv6}, ca. {qty}0 Versuche/min\n{p2.flower}: am edge geblockt. @{p3.full} kannst du beim PSP anrufen? betrugsabteilung {ph1}\n{p3.first}: mach ich, ticket {case}\n{p1.flower}: zur info: die 10er-hosts sind nicht betroffen ({privip})",
        "Rufbereitschaft KW {qty}\nMo–Mi  {p1.rev}   {p1.phone}\nDo–Fr  {p2.rev}   {p2.phone}\nWochenende  {p3.rev}   {p3.phone}\nFallback: {mail.bereitschaft}\nHinweis: {p2.first} tauscht Donnerstag mit {p4.last}.",
    ],
    "whois_record": [
        "Domain: talgrat-sale-{qty}.de\nNserver: ns1.bergdns.net {ip}\nNserver: ns2.bergdns.net {ip2}\nStatus: connect\nChanged: {ts}\n\n[Holder]\nType: PERSON\nName: {p1.full}\nAddress: {a1.street}\nPostalCode: {a1.zip}\nCity: {a1.town}\nCountryCode: {a1.cc}\nPhone: {phw1}\nEmail: {p1.email}",
        "% RDAP-Abfrage zu Markenverletzung {case}\nRegistrant Name: {p1.full}\nRegistrant Street: {a1.street}\nRegistrant City: {a1.town}\nRegistrant Postal Code: {a1.zip}\nRegistrant Phone: {phw1}\nRegistrant Email: {p1.email}\nAdmin Name: {p2.full}\nAbuse-Kontakt: {mail.abuse}",
        "Rechtsabteilung zur Info: Der Fake-Shop talgratt-outlet.com ist auf eine Privatperson registriert: {p1.caps}, {a1.line}, Tel. {phw1}. Hosting-IP {ip}. {p2.full} schickt die Abmahnung raus, Az. {case}.",
    ],
    "exif_metadata": [
        "$ exiftool IMG_{qty}{qty2}.CR3\nKameramodell                    : Canon EOS R6\nSeriennummer                    : {serial}\nObjektiv                        : RF24-105mm F4 L IS USM\nKünstler                        : {p1.full}\nCopyright                       : © 2025 {p1.full} für Talgrat Outdoor\nErsteller E-Mail                : {p1.email}\nErsteller Telefon               : {p1.phone}\nErsteller Adresse               : {a1.street}\nErsteller Ort                   : {a1.town}\nErsteller PLZ                   : {a1.zip}\nGPS-Position                    : {coord}",
        "Metadaten-Check vor dem Upload (Lookbook {date}):\n- DSC_{qty}.jpg: Urheber „{p1.caps}“, Kontakt {p1.email} – ok, lizenziert\n- DSC_{qty2}.jpg: Model-Release fehlt für {p2.full} (Model), Fotograf {p3.full}\n- DSC_{qty3}.jpg: EXIF enthält noch die Privatadresse des Fotografen ({a1.street}) – vor Veröffentlichung entfernen\nSeriennummern {serial} / {serial2} dürfen drin bleiben.",
    ],
    "image_credits": [
        "HERBST-LOOKBOOK – BILDNACHWEIS\nFotos: {p1.full}\nModels: {p2.full}, {p3.full} (Agentur ((Modelwerk¦Bergwerk Models¦Vienna Faces)))\nStyling: {p4.full}\nLocation: Rappenseehütte\nGetragen: Jacke {product} in Fuchsrot, Hose {product2}\n\nBuchungen {p1.last}: {p1.phone} · {p1.email}",
        "Bildunterschrift (Entwurf):\n„{p1.first} {p1.last} im Morgenlicht am {product}-Grat.“ Foto: {p2.lastcaps}/Talgrat\n\n{p3.first}, bitte Schreibweise mit {p2.first} klären – letztes Mal stand „Bäckerei Winter“ statt des Fotografennamens drin. Agentur: {mail.buchung}, Rechnung an {company}.",
    ],
    "race_results": [
        "Talgrat Berglauf {date} – vorläufige Ergebnisse\nPlatz\tStartnr.\tName\tVerein\tZeit\n1\t{startno}\t{p1.full}\t((DAV Sektion Allgäu¦LG Oberland¦vereinslos))\t{racetime}\n2\t{startno2}\t{p2.full}\tSV Bergfreunde\t{racetime2}\n3\t{startno3}\t{p3.full}\t((TSV Kempten¦SC Oberstdorf))\t{racetime3}\n\nEinsprüche bis {time} bei der Wettkampfleitung, {p4.full}, {p4.phone}.",
        "| Pl. | Startnr. | Nachname | Vorname | Klasse | Zeit |\n|---|---|---|---|---|---|\n| 1 | {startno} | {p1.last} | {p1.first} | M40 | {racetime} |\n| 2 | {startno2} | {p2.caps} | | W | {racetime2} |\n| 3 | {startno3} | {p3.last} | {p3.first} | M | {racetime3} |\n\nPreisgeld per Überweisung – {p1.first}, bitte IBAN an {mail.lauf} schicken (wir haben noch {ibanc} vom Vorjahr).",
    ],
    "volunteer_roster": [
        "Helferliste Wegepflege-Tag {date}\nName | T-Shirt | Notfallkontakt\n{p1.full} | {size} | {p2.full} {p2.phone}\n{p3.full} | {size2} | {p4.first} (Partner/in) {p4.phone}\n{p5.lower} | {size3} | –\nTreffpunkt: Parkplatz {a1.street}. Koordination: {p6.full}, {p6.phone}",
        "Hallo zusammen, danke fürs Mithelfen am {date}! Fahrgemeinschaften: {p1.first} fährt um {time} ab {a1.line} und hat 3 Plätze frei; {p2.full} nimmt {p3.first} und {p4.first} mit. Absagen bitte per SMS an {ph1}. – {p5.first}\n\n(Müllsäcke und Greifzangen liegen im Bus {plate}.)",
    ],
    "rooming_list": [
        "Rooming List – Vertriebstagung Hotel Seeblick, {date}–{date2}\nZimmer\tGast\tKategorie\tHinweis\n{room}\t{p1.rev}\tEZ\tvegetarisch\n{room2}\t{p2.rev}\tDZ\tmit Begleitung\n{room3}\t{p3.rev}\tEZ\tspäte Anreise ({time})\n\nAbrechnung: Sammelrechnung Kd.-Nr. {cust}, Firmenkarte {card}\nAnsprechpartnerin Hotel: {p4.first} (Reservierung), {ph1}",
        "Von: {p1.full} <{p1.work}>\nAn: {mail.gruppen}\nBetreff: Änderungen Rooming List {pnr}\n\nHallo {p2.first},\n\n- {p3.full} hat abgesagt, Zimmer {room} bitte freigeben.\n- Neu dazu: {p4.hon} (Anreise mit der Bahn, Handy {p4.phone}).\n- {p5.full} braucht ein barrierefreies Zimmer.\n\nDanke und Gruß\n{p1.first}",
    ],
    "travel_itinerary": [
        "Reisebestätigung DB\nAuftragsnummer: {pnr}\nReisende/r: {p1.caps}\nBahnCard: {serial}\nHinfahrt {date}: Kempten (Allgäu) Hbf {time} → München Hbf, ICE {qty}{qty2}, Wagen {qty3}, Platz {room}\nBezahlt: {price} mit {masked}\nBuchende Person: {p2.full}, {p2.phone}, {p2.work}",
        "Reiseplanung ISPO-Team ({date}):\n• {p1.full} – Zug Innsbruck → München, Buchung {pnr}\n• {p2.full} – fährt mit dem Dienstwagen {plate}, Kilometerabrechnung\n• {p3.full} – Flug, Buchungscode {pnr2}\nBezahlt mit Firmenkreditkarte {card} (Kostenstelle {cust})\nRückfragen an {p4.first} in der Buchhaltung, {p4.phone}.",
    ],
    "vehicle_logbook": [
        "FAHRTENBUCH {plate}\nDatum\tFahrer/in\tStart\tZiel\tkm Beginn\tkm Ende\tZweck\n{date}\t{p1.init}\tFiliale\t{a1.street}\t{km}\t{km2}\tLieferung Zelt {order}\n{date2}\t{p2.first}\tFiliale\t{a2.line}\t{km2}\t{km3}\tAbholung Retoure\n{date3}\t{p1.init}\tFiliale\tLager\t{km3}\t{km4}\tWarenumlagerung\n\nTankkarten-PIN hier NICHT notieren. Schäden: keine. Geprüft: {p3.full}",
        "Notiz Dienstwagen: {p1.first} hat am {date} vor {a1.line} den Außenspiegel gestreift. Zeugin/Zeuge: die Kundschaft, {p2.hon} (Tel. {p2.phone}). Schadennummer Versicherung {case}, km-Stand {km}. Fotos hat {p3.first}.",
    ],
    "notice_board": [
        "SCHWARZES BRETT PAUSENRAUM (abfotografiert)\n\nVERKAUFE: 2-Personen-Zelt, zweimal benutzt, {price}. {p1.first} an der Kasse fragen oder SMS an {p1.phone}\n\nVERLOREN: blaue Talgrat-Fleecejacke, Namensschild „{p2.caps}“. Bitte bei {p3.last} im Lager abgeben.\n\nMitfahrgelegenheit samstags nach Oberstdorf – {p4.full}, {p4.email}\n\nDer Bäcker an der Ecke gibt Talgrat-Mitarbeitenden 10 % Rabatt!",
        "Aushang im Eingang:\n- Kletterpartner/in gesucht, dienstags in der Halle. {p1.init} – {p1.phone}\n- Biete Kinderbetreuung am Wochenende: {p2.full}, {p2.email}\n- WG-Zimmer frei, nähe {a1.street}, {price} warm, Kontakt {p3.hon}\n- Zu verschenken: Winterreifen und ein Fuchs-Kuscheltier",
    ],
    "podcast_notes": [
        "Talgrat Gipfelfunk – Folge {qty}: „Wintercamping ohne Frust“\nGast: {p1.full}, Bergwanderführer/in\nModeration: {p2.full}\n\n00:00 Intro\n04:12 {p1.first} über Isomatten und R-Werte\n31:40 Hörerfrage von {p3.init} aus ((Kempten¦Graz¦Luzern))\n\nWorkshops mit {p1.first} buchen: {p1.email} / {p1.phone}\nAufgenommen in {a1.line}.",
        "Gast-Briefing\nGast: {p1.full} ({p1.handle} auf Instagram)\nAussprache: „{p1.last}“ – vor der Aufnahme mit {p1.first} klären\nHandy am Aufnahmetag: {p1.phone}\nHonorar: {price}, Rechnung an {p1.email}, Zahlung auf {iban}\nSteuer-ID für die Honorarabrechnung: {taxid}\nProduktion: {p2.full}",
    ],
    "srt_subtitles": [
        "1\n{srt}\n[{p1.caps} – Bergführer/in, Talgrat]\n\n2\n{srt2}\nWir sind um fünf von der Hütte los,\nund {p2.first} hat schon gejammert.\n\n3\n{srt3}\n{p2.first}: Ich hab nicht gejammert!\nIch hab das Wetter beschrieben.\n\n4\n{srt4}\n[Gedreht mit Genehmigung von {p3.full}]",
        "WEBVTT\n\n{srt}\n<v {p1.full}>So, das ist der neue Rucksack {product}.\n\n{srt2}\n<v {p2.full}>Und der hat den ganzen Jubiläumsgrat überlebt.\n\nNOTE Bauchbinde: „{p2.caps} · Alpinistin/Alpinist“ – Schreibweise mit {p3.first} ({p3.work}) prüfen",
    ],
    "user_research": [
        "Interviewnotizen Checkout-Studie, Teilnehmende T{qty}\nInterview: {p1.full}   Protokoll: {p2.first}\nTeilnehmer/in: {p3.full}, {age} J., wandert monatlich\n\n{p3.first} bricht ab, wenn die Versandkosten spät angezeigt werden. Lob für die Beratung durch {p4.first} in der Filiale.\n\nIncentive: Gutschein {price} an {p3.email}. Einwilligung unterschrieben am {date}.",
        "Auszahlung Testpanel {date}\nID\tName\tIBAN\tBetrag\nT{qty}\t{p1.full}\t{iban}\t{price}\nT{qty2}\t{p2.full}\t{iban2}\t{price2}\nT{qty3}\t{p3.full}\t(Gutschein)\t{price3}\nFreigabe: {p4.init} – Fragen an {mail.research}",
    ],
    "lease_contract": [
        "GEWERBEMIETVERTRAG – POP-UP-FLÄCHE\nVermieter/in: {p1.full}, wohnhaft {a1.line}\nMieterin: Talgrat Outdoor GmbH, HRB {hrb}, USt-IdNr. {vat}\nMietobjekt: Laden Nr. {qty}, {a2.street}\nMietzeit: {date} bis {date2}\nMiete: {price} monatlich auf das Konto {iban}\nHausverwaltung: {p2.full}, {company}, {p2.phone}\nFür die Mieterin: {p3.full}, Expansion",
        "Hallo {p1.first},\n\nbeim Laden in Bad Tölz hat der Eigentümer gewechselt. Die Miete geht ab {date} an {p2.dat}, neues Konto {iban} (BIC {bic}). Für die Anlage V braucht die Buchhaltung die Steuer-ID der Vermieterseite: {taxid}.\n\nZustellanschrift:\n{a1.block}\n\nGruß\n{p3.first}",
    ],
    "sepa_xml": [
        "<CdtTrfTxInf>\n  <PmtId><EndToEndId>{order}</EndToEndId></PmtId>\n  <Amt><InstdAmt Ccy=\"EUR\">{qty}.00</InstdAmt></Amt>\n  <CdtrAgt><FinInstnId><BIC>{bic}</BIC></FinInstnId></CdtrAgt>\n  <Cdtr><Nm>{p1.full}</Nm>\n    <PstlAdr><AdrLine>{a1.street}</AdrLine><AdrLine>{a1.cityline}</AdrLine></PstlAdr></Cdtr>\n  <CdtrAcct><Id><IBAN>{ibanc}</IBAN></Id></CdtrAcct>\n  <RmtInf><Ustrd>Erstattung {inv}</Ustrd></RmtInf>\n</CdtTrfTxInf>",
        "Prüfung Sammelüberweisung {date}: 3 Posten\n1. {p1.revcaps} – {iban} – {price}\n2. {p2.revcaps} – {iban2} – {price2}\n3. {p3.revcaps} – {iban3} – {price3}\nGläubiger-ID unseres Kontos: DE{qty}ZZZ{cust} (keine IBAN). Freigabe {p4.full}.",
    ],
    "trainee_logbook": [
        "Ausbildungsnachweis (Berichtsheft) – KW {qty}\n{p1.azubi}: {p1.full}\nAusbilder/in: {p2.full}\n\nMo: Kassenschulung mit {p3.first}, Erstattung auf Karte ({masked}).\nDi: Schuhberatung, bei {p2.first} hospitiert.\nMi: Berufsschule.\nDo: Inventur, Artikel {sku} falsch gezählt.\n\nUnterschrift Ausbilder/in: {p2.init}",
        "Beurteilungsgespräch {date}\n{p1.full} ({p1.azubi} Einzelhandel, 2. Lehrjahr). Ansprechperson Berufsschule: {p2.hon}, {p2.email}, {p2.phone}. Nächstes Gespräch mit {p3.full} am {date2}. Postanschrift für das Zeugnis:\n{a1.block}",
    ],
    "reference_letter": [
        "ARBEITSZEUGNIS\n\n{p1.frau} {p1.full}, geboren am {dob}, war vom {date} bis {date2} in unserer Filiale {a1.line} als Verkäufer/in beschäftigt. {p1.full} erledigte die Aufgaben stets zu unserer vollsten Zufriedenheit.\n\nFür Rückfragen: {p2.phone}, {p2.work}\n\n{p2.full}\nFilialleitung",
        "Referenzauskunft\nBewerber/in: {p1.rev}\nVorheriger Arbeitgeber: {company}\nReferenzgeber/in: {p2.hon}, {p2.email}\nBeschäftigt: {date} – {date2}\nAussage: „{p1.first} war pünktlich und ehrlich, jederzeit wieder.“\nGeprüft: {p3.first}, Personal",
    ],
    "invitation_letter": [
        "EINLADUNGSSCHREIBEN\n\nAn die Deutsche Botschaft, Visastelle\n\nHiermit laden wir {p1.caps}, Reisepassnummer {pass}, geboren am {dob}, zum Besuch unseres Messestands auf der ISPO München vom {date} bis {date2} ein. Die Unterkunft ({dea1.line}) übernimmt die Talgrat Outdoor GmbH.\n\nAnsprechpartner/in: {p2.full}, {p2.phone}, {p2.work}\n\n{p3.full}\nGeschäftsführung",
        "> Von: {p1.full} <{p1.email}>\n> Ich brauche für das Visum ein Einladungsschreiben. Meine Adresse: {a1.line}. Telefon {p1.phone}.\n\nHallo {p1.first},\n\nanbei das Schreiben, bitte ausgedruckt mitbringen. Falls das Konsulat anruft, spricht es mit {p2.first} {p2.last}.\n\nViele Grüße\n{p2.first}",
    ],
    "team_birthdays": [
        "Geburtstage & Jubiläen im Team (intern)\n{p1.full} – {dob}\n{p2.full} – {dob2}\n{p3.full} – 5 Jahre bei uns am {date}\nKarte sammelt {p4.first}. Kuchen vom Bäcker nebenan.",
        "Erinnerung: Heute hat {p1.first} {p1.last} Geburtstag! 🎂 Karte liegt im Pausenraum. {p2.first}, bestellst du die Torte (Budget {price})?",
    ],
    "hut_booking": [
        "WG: Reservierungsbestätigung ((Kemptner Hütte¦Waltenbergerhaus¦Franz-Senn-Hütte))\n\n> Name: {p1.full}\n> Gruppe: {qty} Personen\n> Nächte: {date} – {date2}\n> Anzahlung {price} per Karte {masked}\n> Notfallkontakt: {p2.full}, {p2.phone}\n\nHallo {p3.first}, das ist die Hütte für die geführte Tour. Teilnehmende: {p4.full}, {p5.full}. Handy von {p1.first}: {p1.phone}.",
        "Hüttenanfrage\nName: {p1.full}\nTelefon: {p1.phone}\nE-Mail: {p1.email}\nAnschrift: {a1.line}\nAnreise: {date}, {qty} Erwachsene\nAV-Mitgliedsnr.: {cust}\nAnzahlung auf: {iban}",
    ],
    "consignment": [
        "SECOND-HAND – KOMMISSIONSBELEG {order}\nVerkäufer/in: {p1.full}\nAnschrift: {a1.line}\nTelefon: {p1.phone}\nArtikel: Rucksack {product}, EAN {gtin}, Seriennr. {serial}, Zustand B\nPreis: {price}, Provision 30 %\nAuszahlung auf: {iban}\nAngenommen: {p2.init}",
        "Ankauf-Liste {date}\n{p1.lower}: 2 Jacken, Gutschein {giftcard}\n{p2.full}: Zelt {serial}, Auszahlung IBAN {iban}\n{p3.first} (kein Nachname): Bergschuhe Gr. {shoe}, abgelehnt\nErfasst: {p4.first}",
    ],
    "waiver": [
        "HAFTUNGSAUSSCHLUSS – Lawinenkurs {date}\n{p1.teilnehmerin}: {p1.full}   Geb.: {dob}\nAnschrift:\n{a1.block}\nNotfallkontakt: {p2.full} – {p2.phone}\nGesundheit: keine Angaben\nMir sind die Risiken im freien Skiraum bewusst.\nUnterschrift: {p1.full}\nBergführer/in: {p3.full}",
        "Kletterhalle – Einverständnis der Erziehungsberechtigten\nKind: {p1.first} {p1.last}, {kidage} Jahre\nErziehungsberechtigte/r: {p2.hon}\nTelefon: {p2.phone}\nE-Mail: {p2.email}\nFotos erlaubt? nein\nAufsicht: {p3.first}",
    ],
    "fax_cover": [
        "T E L E F A X\nAn: {p1.full}, {company}\nFax: {ph1}\nVon: {p2.full}, Talgrat Outdoor\nTelefon: {p2.phone}\nSeiten (inkl. Deckblatt): {qty}\nDatum: {date}\nBetreff: beschädigte Palette, Sendung {track}\n\nBitte das Schadensformular unterschreiben und zurückfaxen. Originale an:\n{a1.block}",
        "SENDEBERICHT\nOK  {date} {time}  Ziel: {ph1}  Seiten: {qty}\n\nDECKBLATT: z. Hd. {p1.dat} – Auftrag {order} – Versicherungsnachweis für die Gruppe von {p2.full}. Rückfragen an {p3.first}, {p3.phone}.\n\nKREDITKARTEN-AUTORISIERUNG: Karteninhaber/in {p2.caps}, Karte {card}, gültig bis {expiry}, Betrag {price}.",
    ],
    "bike_leasing": [
        "Dienstrad-Leasing – Antrag\n{p1.mitarbeiterin}: {p1.full}   Personalnr. {cust}\nWohnanschrift: {a1.line}\nDienstliche E-Mail: {p1.work}\nSteuer-ID (für die 0,25-%-Regel): {taxid}\nRad: Gravelbike, {price}, Händler {company}\nGenehmigt von {p2.full}",
        "Hallo {p1.first}, der Überlassungsvertrag für {p2.full} ist da. Abholung in der Filiale nur durch {p2.first} persönlich mit Ausweis. Vertragsnr. {serial}. – {p3.first}, {ph1}",
    ],
    "toml_config": [
        "# benachrichtigung.toml – Filial-Alarme\n[verantwortlich]\nprimaer = \"{p1.full}\"\nprimaer_tel = \"{p1.phone}\"\nvertretung = \"{p2.full}\"\n\n[smtp]\nabsender = \"{mail.alarm}\"\nantwort_an = \"{p1.work}\"\n\n[allowlist]\nbuero = \"{ip}\"\nvpn = \"{privip}\"\nversion = \"{ver}\"",
        "filiale:\n  id: {cust}\n  leitung:\n    name: {p1.full}\n    mail: {p1.work}\n    telefon: \"{p1.phone}\"\n  adresse: \"{a1.line}\"\n  stellvertretung:\n    - {p2.full}\n    - {p3.full}\nkasse:\n  terminal_ip: {privip}\n  gateway_ip: {ipany}",
    ],
    "guestbook": [
        "Gipfelbuch, abgeschrieben ({date}):\n„{p1.first} & {p2.first} – windig, aber schön!“\n„{p3.lower}, allein, {time} Uhr. Talgrat-Schuhe halten.“\n„Familie {p4.last}, alle vier oben :)“\n„{p5.caps} aus ((Kempten¦Linz¦Chur)), zum 3. Mal hier“",
        "Gästebuch Filialeröffnung\n– Toller Laden! {p1.full}, {p1.email} (bitte Newsletter)\n– Danke {p2.first} für die Beratung! {p3.init}\n– Super Kaffee. Winter und Rose waren auch dabei (unsere Hunde) – Familie {p4.last}",
    ],
}

CLEAN = {
    "race_announcement": [
        "Talgrat Berglauf am {date}: {qty} km, {alt} Höhenmeter. Startnummernausgabe ab {time} im Zelt (Nr. {startno}–{startno2}). Startgeld {price}, Zielschluss {racetime}. Pflichtausrüstung: Regenjacke, Rettungsdecke, Handy. Ergebnisse werden nur mit Startnummer veröffentlicht.",
        "Update zum Lauf: Der Start wird auf {time} verschoben (Bergbahn-Fahrplan). Streckenrekord {racetime} (2019). Zeitmess-Chips im Ziel abgeben, verlorene Chips kosten {price}. Parken nur begrenzt, PLZ {zip}.",
    ],
    "hut_info": [
        "Öffnungszeiten Hütte {date}–{date2}: Frühstück {time}–{time2}, Abendessen um {time3}. {qty} Lagerplätze, {qty2} Zimmer. Hüttenschlafsack mitbringen. Bezahlung bar oder mit Karte. Höhe {alt} m.",
        "Winterraum-Infos: {qty} Plätze, kein Holz, Müll bitte wieder mitnehmen. Der Koch ist ab {date} wieder da, Küche ab {time}. Nächste Einkehr im Tal: Gasthof Fuchs, {qty2} km.",
    ],
    "avalanche_bulletin": [
        "Lawinenlagebericht {date}, {time} Uhr: Gefahrenstufe 3 (erheblich) oberhalb {alt} m in Expositionen N–O, darunter 2. Triebschnee aus {qty} cm Neuschnee. Tendenz: abnehmend bis {date2}.",
        "Schneedecke: Schwachschicht in {qty} cm Tiefe, ECTP {qty2}. Temperatur auf {alt} m: −{qty3} °C. Nächste Ausgabe {date} {time} Uhr.",
    ],
    "hire_price_list": [
        "Verleihpreise {date}: Tourenski {price}/Tag, Skischuhe {price2}/Tag, LVS-Set {price3}/Tag. Kaution per Karte, Freigabe bei Rückgabe. Z-Werte stellt unsere Werkstatt ein (Tabelle Art.-Nr. {sku}).",
        "Kinder-Skipaket (Ski, Schuhe, Helm) ab {price}. Helmgrößen {size}–{size2}. Gruppenrabatt ab {qty} Personen: {pct}. EAN auf jedem Paar: {gtin}.",
    ],
    "config_sample": [
        "# Beispielkonfiguration – keine echten Kontakte\n[server]\nlisten = \"{privip}:8080\"\nupstream = \"{privip2}\"\nversion = \"{ver}\"\n[cache]\nttl_sekunden = {qty}00",
        "deploy:\n  image: registry.intern/shop:{ver}\n  replicas: {qty}\n  healthcheck: http://{privip}:9000/health\n  commit: {hash}",
    ],
    "build_log": [
        "[{ts}] Build #{qty}{qty2} gestartet (Commit {hash})\n[{ts2}] Tests: {qty3}0 bestanden, 0 fehlgeschlagen\n[{ts3}] Artefakt shop-{ver}.tar.gz hochgeladen\n[{ts3}] Deploy auf Staging ({privip}) OK",
        "CI-Zusammenfassung: Pipeline {hash} grün nach {qty} min. Lint-Warnungen: {qty2}. Bundle {qty3}{qty4} kB. Nächstes Release {ver} am {date}.",
    ],
    "packing_list": [
        "Packliste 3-Tage-Hüttentour: Rucksack {product} ({qty} l), Regenjacke, Daunenjacke, Mütze, Handschuhe, Stirnlampe, Erste-Hilfe-Set, Karte und Kompass, {qty2} l Wasser. Gesamtgewicht ca. {qty3} kg. Art.-Nr. {sku}, {sku2}.",
        "Winter-Tagesausrüstung: Hardshell, Isojacke in Jägergrün, Skibrille, Ersatzhandschuhe, Thermoskanne. Lawinenlagebericht prüfen, LVS mitnehmen (Batterie testen, Seriennr. {serial}).",
    ],
    "gpx_waypoints": [
        "<wpt lat=\"{qty}.{qty2}\" lon=\"{qty3}.{qty4}\"><ele>{alt}</ele><name>Joch</name></wpt>\n<wpt lat=\"{qty2}.{qty}\" lon=\"{qty4}.{qty3}\"><ele>{alt2}</ele><name>Hütte</name></wpt>\nStrecke {qty} km, Aufstieg {alt3} m, exportiert {ts}.",
        "Wegpunkte: Parkplatz ({coord}), Furt auf {alt} m, Gipfelkreuz ({coord2}). GPX-Datei tour_{qty}.gpx, Version {ver}.",
    ],
    "camera_metadata": [
        "Kameramodell : Sony ILCE-7M4\nSeriennummer : {serial}\nObjektiv : FE 24-70mm F2.8 GM II\nISO : {qty}00\nBelichtung : 1/{qty2}00\nGPS-Höhe : {alt} m\nErstellt : {ts}",
        "Produktfoto-Metadaten: Studioblitz, Blende {qty}, Weißabgleich 5600 K, Datei {gtin}_01.tif, Artikel {sku}.",
    ],
    "shuttle_timetable": [
        "Wanderbus Linie {qty}: ab Bahnhof {time}, {time2}, {time3}. Rückfahrt ab Parkplatz {time4}. Einzelfahrt {price}, Tageskarte {price2}. Fahrradmitnahme auf Anfrage.",
        "Fahrplan Bergbahn und Bus am {date}: Bergbahn {time}, Bus {qty} um {time2}. Im Winter kein Betrieb an Feiertagen; Winterfahrplan ab {date2}.",
    ],
}
