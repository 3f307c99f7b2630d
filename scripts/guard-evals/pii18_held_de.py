"""German templates of the eighteenth PII bank's held-out half (pii18_held), written in German
(du and Sie, Austrian and Swiss variants), not translated from the English ones.

PII: genre -> templates (a string for Ctx.fmt, or a function of the Ctx returning pieces).
CLEAN: genres without personal data (with look-alikes). NOCUE: genres whose people appear
without a cue word, so they never carry an invented name.
"""

from pii18_held_core import plain_person as _plain
from pii18_held_core import rows as _rows


def _at(c):
    return c.new_person(country="AT", origin="at" if c.rng.random() < 0.7 else None)


def _ch(c):
    return c.new_person(country="CH", origin="ch" if c.rng.random() < 0.7 else None)


def _de(c):
    return c.new_person(country="DE")


PII = {
    "crm_note": [
        "CRM-Notiz {date} · angelegt von {p2.full}\nKontakt: {p1.full} ({p1.role}, {p1.co})\nTel.: {p1.tel} · Mail: {p1.email2}\n{p1.first} fragt nach Sonderkonditionen für {qty} × {prod} für die ((Bergwacht|Vereinsausstattung|Azubi-Ausstattung)). Angebot bis {weekday} raus; {p2.first} hakt nach.",
        "Kundenkonto {cust} – {p1.lf}\nStatus: ((VIP|B2B-Interessent|Stammkundschaft))\n{date}: {p1.hond} {p1.last} am Stand auf der ((OutDoor by ISPO|f.re.e in München|Tour Natur)) getroffen. Wünscht Muster vom {prod} an {p1.addr1}. Versand per DHL, Sendungsnr. {track}.",
        "{date} – Anruf {p1.full} (KdNr. {cust}). Möchte künftig nur telefonisch kontaktiert werden: {p1.tel}. Katalog bitte NICHT mehr an die alte Anschrift, neu ist:\n{p1.addr2}\n– {p2.il}",
        "Dublette zusammengeführt ({date}, {p2.first}): {p1.caps} hatte zwei Konten ({cust} / {cust2}). Behalten: {p1.email}. Mobil: {p1.mob}. Newsletter-Einwilligung per DOI von {p1.ip}.",
        lambda c: c.fmt("Notiz {date}: Telefonat mit {p.hond} {p.last} vom Sporthaus in {p.town}. Will {qty} Stück {prod} in Kommission nehmen, Abrechnung quartalsweise. Rückfragen bitte direkt an {p.first}, {p.tel}.", p=_at(c)),
    ],
    "support_email": [
        "{p1.sal} {p1.last},\n\nvielen Dank für Ihre Nachricht. Wir haben die Abholung Ihrer {prod} für den {date} beauftragt; der Paketdienst meldet sich vorher unter {p1.tel}.\n\nMit freundlichen Grüßen\n{p2.full}\nKundenservice Talgrat Outdoor\n{shop.email}\n\n-----Ursprüngliche Nachricht-----\nVon: {p1.full} <{p1.email}>\nGesendet: {date2}\nAn: {shop.email}\nBetreff: Reklamation {order}\n\nGuten Tag, der Reißverschluss meiner Jacke ist nach zwei Wochen kaputt. Bitte holen Sie die Ware bei mir ab: {p1.addr1}.\nGruß {p1.full}",
        "Hallo {p1.first},\n\ndanke für deine Geduld! Dein Ersatz für den {prod} ist heute rausgegangen, Sendungsnummer {track}.\n\nLiebe Grüße aus dem Allgäu\n{p2.first} vom Talgrat-Team\n\nAm {date} um {time} schrieb {p1.full} <{p1.email}>:\n> Hi, wann kommt denn jetzt mein Ersatz? Bestellung {order}.\n> {p1.first}",
        "Betreff: Doppelte Abbuchung\n\nGuten Tag,\nmeine Kreditkarte ({p1.card}) wurde für die Bestellung {order} zweimal mit {price} belastet. Bitte erstatten Sie einen der Beträge.\n\nFreundliche Grüße\n{p1.full}\n{p1.addr2}",
        "Hallo, hier nochmal {p1.full}. Die Hose ist leider eine Nummer zu eng (bestellt {size}), Bestellnr. {order}. Können Sie tauschen? Am besten erreichen Sie mich unter {p1.mob}.\n\nVon meinem iPhone gesendet",
        lambda c: c.fmt("Grüezi {p.hon} {p.last}\n\nBesten Dank für Ihre Anfrage. Gerne senden wir Ihnen die Ersatzschnalle kostenlos an {p.addr1}.\n\nFreundliche Grüsse\n{p2.full}\nTalgrat Kundendienst Schweiz\n\n-----Ursprüngliche Nachricht-----\nVon: {p.email}\nBetreff: Schnalle Hüftgurt\n\nGuten Tag, an meinem {prod} ist die Schnalle gebrochen. Können Sie mir eine schicken? {p.full}", p=_ch(c)),
        lambda c: c.fmt("Servus {p.first},\n\nleider ist die {prod} in {size} grad aus, kommt aber Mitte {month} wieder rein. Soll ich sie dir zurücklegen?\n\nLG {p2.first}\n\n> Von: {p.full} <{p.email}>\n> Hallo, habts ihr die {prod} noch in {size}? Danke, {p.first}", p=_at(c)),
    ],
    "lead_list": [
        lambda c: _rows(c, 3, 6, "{p.first};{p.last};{p.co};{p.email2};{p.tel};{p.town}\n", header="Vorname;Nachname;Firma;E-Mail;Telefon;Ort\n"),
        lambda c: _rows(c, 3, 6, "{i}. {p.lf} – {p.co} – {p.email2}\n", header="Messe-Leads ((ISPO|f.re.e|OutDoor)) {date} (nach Nachname):\n"),
        lambda c: _rows(c, 3, 5, "{p.full}\t{p.co}\t{p.role}\t{p.tel_i}\n", header="Name\tFirma\tFunktion\tTelefon\n"),
        lambda c: _rows(c, 3, 5, "{p.lfc}\t{p.email}\t((ja|nein|ja))\n", header="NACHNAME, Vorname\tE-Mail\tEinwilligung\n"),
        lambda c: _rows(c, 2, 5, "• {p.full} ({p.co}) – ((will Katalog|Interesse an Kommission|fragt nach Staffelpreisen)), Rückruf {p.tel}\n", header="Visitenkarten vom Stand, abgetippt:\n"),
    ],
    "review": [
        "★★★★★ Endlich trocken!\n((War damit drei Tage im Karwendel unterwegs, Dauerregen – alles trocken.|Auf dem Lechweg bei Starkregen getestet, innen staubtrocken.|Hält auch im Schneeregen auf der Hütte dicht.)) Kapuze passt über den Helm.\n– {p1.fi}, {p1.town}",
        "„((Die Socken halten seit 800 km.|Warm genug fürs Biwak im Januar.|Die Zip-off-Beine verhaken sich nicht an den Schuhen.))“\n{p1.full}, verifizierter Kauf, {date}",
        "Bewertung von {p1.first} aus {p1.town} ({stars}/5): Fällt etwas eng aus, also lieber eine Nummer größer nehmen. Sonst top! {p1.first} empfiehlt den {prod} weiter.",
        "Kundenstimme für die Startseite (freigegeben)\nZitat: „((Bequem vom ersten Tag an, griffig auf nassem Fels.|14 kg auf dem Westweg, keine einzige Druckstelle.))“\nAnzeigename: {p1.fi}\nVollständiger Name (intern): {p1.full}\nEinwilligung per Mail ({p1.email}) am {date}",
        "{stars} Sterne – „Jacke super, Versand naja“ von {p1.lower}\nDie Jacke ist klasse, aber das Paket lag eine Woche im Depot. Der Kundenservice ({p2.first}) hat sich sofort gekümmert. Danke, {p2.first}!",
    ],
    "signature": [
        "--\nMit freundlichen Grüßen\n\n{p1.full}\n{p1.role}\n{p1.co}\n{p1.addr2}\nTel. {p1.tel} | Mobil {p1.mob}\n{p1.email2}\n\nSitz der Gesellschaft: {town}, Amtsgericht {town}, HRB {num6}\nUSt-IdNr.: {vat}",
        "Viele Grüße\n{p1.first}\n\n{p1.caps}\nTeamleitung Kundenservice\nTalgrat Outdoor GmbH · {shop.addr1}\nTel.: {shop.tel}\nGeschäftsführung: {p2.full}",
        "i. A. {p1.full}\nEinkauf | {p1.co}\nT {p1.tel_i}\nM {p1.email2}",
        lambda c: c.fmt("Mit besten Grüßen\n{p.atitle}{p.full}\n{p.co}\n{p.addr1}\nT: {p.tel}\nFN {num6}a, Firmenbuchgericht ((Wien|Innsbruck|Salzburg|Graz|Linz))", p=_at(c)),
        lambda c: c.fmt("Freundliche Grüsse\n\n{p.full}\nLeitung Einkauf\n{p.co}\n{p.addr2}\nDirekt {p.tel}\n{p.email2}", p=_ch(c)),
    ],
    "feed_row": [
        "id\ttitel\tpreis\tcustom_label_2\tbotschafter_zitat\n{sku}\t{ptitle}\t{price}\tbotschafter\t„((Kapuze passt über den Helm.|Mein Begleiter für Wintertouren.|Leicht genug fürs Fastpacking.))“ – Talgrat-Botschafter:in {p1.full}",
        "<review>\n  <review_id>{num6}</review_id>\n  <reviewer><name>{p1.fi}</name></reviewer>\n  <review_timestamp>2025-0((3|4|5|6))-2((1|3|6))T08:((05|41)):00+02:00</review_timestamp>\n  <content>((Passform wie erwartet.|Den ganzen Tag trocken geblieben.|Warm und leicht.))</content>\n  <products><product><product_ids><gtins><gtin>{gtin}</gtin></gtins></product_ids></product></products>\n</review>",
        "artikelnummer;titel;gtin;gpsr_hersteller;gpsr_anschrift;gpsr_kontakt;eu_verantwortliche_person\n{sku};{ptitle};{gtin};Talgrat Outdoor GmbH;{shop.addr1};{shop.email};{p1.full}",
        "{{\"id\": \"{sku}\", \"titel\": \"{ptitle}\", \"bild\": \"https://talgrat.de/img/{num6}.jpg\", \"fotograf\": \"{p1.full}\", \"fotograf_mail\": \"{p1.email}\", \"preis\": \"{price}\"}}",
        "angebot_id|titel|ean|preis|haendler|haendler_kontakt\n{num6}|{ptitle}|{gtin}|{price}|{surco}|{p1.full}, {p1.tel}",
    ],
    "brief": [
        "Briefing Herbst-Newsletter\nVerantwortlich: {p2.full}\nAufhänger: Zitat von {p1.kunde} {p1.full} (Freigabe liegt vor, {date}) zum {prod} auf dem ((Lechweg|Westweg|Malerweg|Rennsteig)). Wohnort und Bestellnummer bitte NICHT nennen. Rückfragen an {p2.first}: {p2.tel}.",
        "Texte für die Kampagne: Fotograf*in {p1.full} hat am ((Nebelhorn|Tegelberg|Säntis)) geshootet, Bildnachweis „Foto: {p1.full}“. Entwürfe bitte bis {weekday} an {p2.staffmail}.",
        "Briefing Landingpage ((Frühjahr|Winter))\nTonalität: du, locker, konkret. Fokus: ((28.000 mm Wassersäule|helmtaugliche Kapuze|recyceltes Obermaterial)). Zitat: „((Ein Wochenende Dauerregen, nichts durchgekommen.|Ich lebe in dieser Fleecejacke.))“ – {p1.fi}, {p1.town}. Rechtlich geprüft von {p2.full} am {date}.",
        "Influencer-Kooperation {p1.handle}\nCreator: {p1.full}\nLieferadresse: {p1.addr2}\nTelefon für den Kurier: {p1.tel}\nDeliverables: 1 Reel, 3 Stories, Rabattcode {promo}\nAnsprechpartner:in bei Talgrat: {p2.full}, {p2.staffmail}",
        "Produkttext {ptitle} überarbeiten. Fachliche Fragen an {p1.hond} {p1.last} (Produktmanagement) – {p1.first} kennt die Nahtbänder am besten. Deadline {date}. Freigabe: {p2.il}.",
    ],
    "chat": [
        "[09:12] {p2.lfirst}: moin! sind die {prod}-muster an {p1.lower} raus?\n[09:14] {p3.lfirst}: jep, gestern an {p1.street}, sendungsnr {track}\n[09:15] {p2.lfirst}: top. {p1.lfirst} will angerufen werden wenns da ist: {p1.mob}",
        "{p2.full}  10:04\n{p3.first}, kannst du dir die Retoure von {p1.full} anschauen? {ret}, Erstattung soll auf {p1.iban}\n\n{p3.full}  10:11\nmach ich – {p1.first} hat auch von {p1.email} geschrieben, ich antworte da",
        "[{date}, 14:02] {p1.lfirst}: hallo, ist das talgrat? meine bestellung {order} ist nie angekommen\n[{date}, 14:05] Talgrat Service: Hallo {p1.first}! Das tut uns leid. Kannst du uns kurz die Lieferadresse bestätigen?\n[{date}, 14:07] {p1.lfirst}: {p1.addr1}\n[{date}, 14:08] Talgrat Service: Danke, wir klären das mit DHL.",
        "[{date}, 19:31] {p1.lfirst}: zahlung geht nicht durch 😤 karte ist {p1.card} gültig bis {expiry}\n[{date}, 19:33] Talgrat Service: Hallo {p1.first}, bitte schick uns keine Kartendaten per Chat – wir löschen die Nachricht. Probier es bitte nochmal im Checkout oder zahl per Rechnung.",
        "SMS von {p1.mob}: Hi, hier ist {p1.first} vom Kletterkurs am Samstag – darf ich {p2.first} mitbringen?\nAntwort: Klar, {p1.first}! Bis Samstag um 10 im Laden in Immenstadt.",
        "#lager\n{p2.lfirst}: wer hat {order} gepackt? {p1.lower} hat zwei linke schuhe bekommen 🙈\n{p3.lfirst}: ich, sorry. schick den rechten gleich an {p1.addr1}\n{p2.lfirst}: danke dir. sag {p1.lfirst} bescheid wenns unterwegs ist",
    ],
    "call_note": [
        "Telefonnotiz {date}, {time}\nAnrufer/in: {p1.full}, {p1.tel} (Kundenkonto {phonelike})\nAnliegen: Membran an der Kapuze löst sich nach einer Saison ({prod}).\nVereinbart: Garantiefall, Abholung bei {p1.addr1}.\nRückruf durch {p2.first} am {weekday}.",
        "Rückruf an {p1.full} – erledigt. {p1.Pron} möchte die Lieferung für {order} ins Büro umleiten: {p1.co}, {p1.addr1}. Label neu gedruckt.",
        "Rückrufliste {date}:\n1. {p1.full} – {p1.tel} – Größenberatung {prod}\n2. {p2.full} – {p2.tel} – Rechnungskopie {inv}\n3. {p3.lf} – {p3.tel} – ((Storno|Geschenkverpackung|Reparaturstatus))",
        "Gespräch mit {p1.hond} {p1.last} ({p1.mob}) wegen Rückbuchung zu {order}: bestätigt Zahlung mit Karte {p1.card}, Erstattung bitte auf diese Karte. Bestätigung per Mail an {p1.email}.",
        "{p1.first} hat um {time} zurückgerufen – ist mit einer Gutschrift über {price} einverstanden. Für {p2.first}: KdNr. {cust}, Festnetz {p1.tel}.",
    ],
    "order_note": [
        "Bestellung {order} – Lieferhinweis: „Falls ich nicht da bin, bitte bei {p2.full} im Erdgeschoss abgeben.“ Lieferadresse: {p1.full}, {p1.addr1}.",
        "Geschenkbestellung {order}\nEmpfänger/in: {p2.full}\n{p2.addr2}\nGrußkarte: „Alles Gute zum Geburtstag, {p2.first}! Bleib trocken da draußen. {p1.first}“\nRechnung an: {p1.full}, {p1.email}",
        "Interne Notiz: {p1.full} hat angerufen, {prod} bitte für Click & Collect in der Filiale München zurücklegen. Abholung durch {p2.full} (mit Ausweis). Kontakt {p1.tel}.",
        "Bestellung {order} von {p1.co}\nBesteller/in: {p1.full} ({p1.email2}, {p1.tel})\nLieferanschrift: {p1.addr2}\nPositionen: {qty} × {sku}, {qty2} × {sku2}\nZahlung: Rechnung, 30 Tage netto.",
        "Adresskorrektur zu {order}: {p1.kunde} hat Hausnummer und PLZ vertauscht. Laut Telefonat mit {p1.first} richtig: {p1.addr1}. Neu etikettiert, Sendungsnummer {track}.",
    ],
    "return_note": [
        "Retoure {ret} | {p1.full} | Bestellung {order} | Grund: ((zu eng|Farbe weicht ab|gefällt nicht|Reißverschluss defekt))\nErstattung per Überweisung\nKontoinhaber/in: {p1.full}\nIBAN: {p1.iban}\nBIC: {bic}",
        "Retourenschein\nName: {p1.full}\nAnschrift: {p1.addr1}\nTelefon: {p1.tel}\nE-Mail: {p1.email}\nArtikel: 1× {sku} (EAN {gtin})\nZustand: ungetragen, Etikett dran.",
        "Lager-Notiz {date}: Paket von {p1.caps} ohne Retourenschein eingegangen. Bestellung {order} über den Absender ({p1.addr1}) gefunden. Ware i. O., Erstattung ausgelöst – {p2.il}.",
        "Retoure abgelehnt: {p1.full} hat die {prod} nach ((65|80|94)) Tagen getragen zurückgeschickt. Bitte {p1.first} unter {p1.tel} anrufen und eine Reparatur anbieten.",
        lambda c: c.fmt("Rücksendung aus Österreich – {p.lf}, {ret}. Paket kam über eine Post-Filiale in {p.town}. Gutschrift {price}, Info an {p.email}.", p=_at(c)),
    ],
    "mention": [
        "Rückruf an {p1.full} wegen der Sammelbestellung – {p1.first} braucht den {prod} noch in zwei weiteren Farben.",
        "{p1.full} war von den Mustern begeistert und zeigt sie {p2.full} vor dem Einkaufsgespräch am {weekday}.",
        "Kurzes Update: {p1.full} und {p2.full} übernehmen gemeinsam den Pop-up-Store in {town}. {p2.first} kümmert sich um die Ware, {p1.first} um Social Media.",
        "Danke an {p1.full} für die Fotos vom ((Watzmann|Hochgern|Großglockner|Pilatus)) – drei davon kommen in den Newsletter zum {prod}.",
        "Laut {p1.full} fällt der {prod} eher groß aus, {p2.full} sieht das anders. Bitte nochmal mit {p1.first} abstimmen.",
    ],
    "voicemail": [
        "Mailbox-Nachricht ({date}, {time}, von {p1.tel}):\n„Ja, hallo, hier ist {p1.full}, ich hab letzte Woche einen {prod} bestellt, Bestellnummer {order} … können Sie mich bitte unter {p1.mob} zurückrufen? Danke, tschüss.“",
        lambda c: c.fmt("Neue Sprachnachricht – Rufnummer {p.tel_i}\n„Grüß Gott, {p.full} hier, es geht um meine Rücksendung, das Geld ist noch nicht da. Meine Mail ist {p.email}. Danke, auf Wiederhören.“", p=_at(c)),
        "Transkript (automatisch, kann Fehler enthalten): hallo hier ist {p1.lower} ich wollte zwei plätze für den workshop am samstag buchen bitte rufen sie mich an unter {p1.tel} danke",
        lambda c: c.fmt("AB {date}, 18:4((2|7)) – Nummer unterdrückt – „{p.first} vom {p.co} hier, wegen der Händlerbestellung. Kann mich {p2.first} morgen unter {p.tel} zurückrufen? Merci.“", p=_ch(c)),
    ],
    "social_dm": [
        "Instagram-DM von {p1.handle} ({p1.full}):\n„hey! liefert ihr auch nach {p1.country}? meine adresse wäre {p1.addr1} 😊“",
        "Kommentar von {p1.full} unter unserem Post vom {date}: „Mit dem {prod} auf der ((Zugspitze|Benediktenwand|Schneekoppe)), null nass geworden 🙌“\nAntwort Talgrat: „Danke, {p1.first}! Dürfen wir dein Foto teilen?“",
        "Facebook-Nachricht, {date}\n{p1.full}: Hallo, ich hab beim Gewinnspiel gewonnen? Wohin soll ich meine Daten schicken?\nTalgrat: Glückwunsch, {p1.first}! Schick uns gerne Adresse und Telefonnummer hier rein.\n{p1.full}: {p1.addr1}, Tel. {p1.tel}",
        "TikTok-Kommentar (markiert)\nNutzer: {p1.handle}\nAnzeigename: {p1.caps}\nKommentar: „seit 3 wochen warte ich auf meine {prod}!! bestellnr {order}“\nZuständig: {p2.full}",
    ],
    "event_signup": [
        lambda c: c.fmt("Workshop „((Knotenkunde für Wanderer|Karte & Kompass|Zwiebelprinzip im Winter))“, {date}, Filiale Immenstadt\nAnmeldungen:\n") + _rows(c, 3, 6, "{i}. {p.full} – {p.email} – {p.mob}\n"),
        "Anmeldebestätigung\nName: {p1.full}\nGeburtsdatum: {p1.dob}\nNotfallkontakt: {p2.full}, {p2.tel}\nErnährung: ((keine Angaben|vegetarisch|vegan|glutenfrei))\nVeranstaltung: Talgrat Vollmondwanderung, {date}",
        lambda c: _rows(c, 3, 6, "{p.first}\t{p.last}\t{p.email}\tT-{num6}\n", header="Vorname\tNachname\tE-Mail\tTicket\n"),
        "Warteliste Trailrunning-Kurs ({date}): {p1.full} ({p1.mob}) und {p2.full} ({p2.mob}) möchten nachrücken. {p1.first} ist Übungsleiter:in im Verein → bitte bevorzugen.",
    ],
    "sepa_mandate": [
        "SEPA-Lastschriftmandat\nGläubiger-Identifikationsnummer: DE98ZZZ0000{num6}\nMandatsreferenz: {cust}\nIch ermächtige die Talgrat Outdoor GmbH, Zahlungen von meinem Konto mittels Lastschrift einzuziehen.\nKontoinhaber/in: {p1.full}\nAnschrift: {p1.addr1}\nIBAN: {p1.iban}\nBIC: {bic}\n{p1.town}, {date}   Unterschrift: {p1.full}",
        "Lastschrift zurückgegeben ({date}): {p1.lf}, IBAN {p1.iban}, Betrag {price}, Grund: AC04 Konto erloschen. {p1.kunde} per Mail ({p1.email}) informiert – {p2.first}",
        "Hallo, bitte bucht künftig von meinem neuen Konto ab: {p1.iban} (die alte IBAN bitte löschen). Danke, {p1.full}",
        lambda c: c.fmt("SEPA-Mandat – Änderung der Bankverbindung\nKundennummer {cust}\nName: {p.full}\nNeue IBAN: {p.iban}\nBIC: {bic}\nGültig ab {date}", p=_at(c) if c.rng.random() < 0.5 else _ch(c)),
    ],
    "gdpr_request": [
        "Betreff: Löschung meiner Daten (Art. 17 DSGVO)\n\nSehr geehrte Damen und Herren,\nbitte löschen Sie sämtliche Daten zu meiner Person: {p1.full}, {p1.email}, {p1.addr1}, Tel. {p1.tel}, Kundennummer {cust}.\n\nMit freundlichen Grüßen\n{p1.full}",
        "Datenschutz-Ticket {ticket} – Auskunft nach Art. 15 DSGVO\nAntragsteller/in: {p1.full}\nVerifiziert über: {p1.email}\nGefunden: 3 Bestellungen, Newsletter-Anmeldung von {p1.ip} am {date}, 1 Kontaktformular.\nBearbeitet von {p2.full} ({shop.email})",
        "Bitte streichen Sie {p1.email} aus Ihrem Verteiler, ebenso {p2.full} ({p2.email}). Den Katalog an {p1.addr1} brauchen wir auch nicht mehr. {p1.full}",
        "DSGVO-Log\n{date} | {p1.full} | Eingang über {shop.email} | Identität geprüft (Ausweis {passport}, nicht gespeichert) | Export an {p1.email} | erledigt: {p2.il}",
    ],
    "freelancer_invoice": [
        lambda c: c.fmt("RECHNUNG Nr. {inv}\n{p.full}\nTexte & Übersetzungen\n{p.addr2}\nSteuer-ID: {p.taxid}\nSteuernummer: {stnr}\n\nTalgrat Outdoor GmbH\n{shop.addr2}\n\nLeistungszeitraum {date} · Ihre Bestellnummer {elevenbad}\nProdukttexte (12 Stück) ........ {price}\nGemäß § 19 UStG wird keine Umsatzsteuer berechnet.\nBitte überweisen Sie den Betrag auf {p.iban} ({bic}).", p=_de(c)),
        lambda c: c.fmt("Honorarrechnung {inv} – Fotoproduktion\nFotograf*in: {p.full}, {p.addr1}\nSteuerliche Identifikationsnummer {p.taxid} · USt-IdNr. {vat}\nBankverbindung: {p.iban}\nShooting {prod}-Lookbook, 2 Tage ... {price}", p=_de(c)),
        lambda c: c.fmt("Hi {p2.first}, anbei meine Rechnung fürs Glossar. Falls die Buchhaltung sie braucht: meine Steuer-ID ist {p.taxid}, Konto {p.iban}. Danke dir! {p.first}\n\n--\n{p.full} · Übersetzungen DE/EN · {p.tel}", p=_de(c)),
        "Gutschrift {inv} (Affiliate)\nPartner/in: {p1.full} ({p1.handle})\nZeitraum: {date} – {date2}\nAuszahlung: {price} an {p1.iban}\nFragen: {shop.email}",
    ],
    "personnel_form": [
        lambda c: c.fmt("Personalfragebogen Aushilfe (Minijob) – Filiale München\nName: {p.last}\nVorname: {p.first}\nGeburtsdatum: {p.dob}\nAnschrift: {p.addr1}\nTelefon: {p.mob}\nSteuer-ID: {p.taxid}\nSozialversicherungsnr.: {svnr}\nIBAN: {p.iban}\nKrankenkasse: ((AOK Bayern|TK|Barmer|DAK))", p=_de(c)),
        lambda c: c.fmt("Onboarding-Checkliste {p.full}\n☑ Arbeitsvertrag unterschrieben ({date})\n☑ Steuer-ID erhalten: {p.taxid}\n☐ Mitgliedsbescheinigung Krankenkasse\n☑ Bankverbindung: {p.iban}\nVorgesetzte/r: {p2.full}", p=_de(c)),
        lambda c: c.fmt("Hallo {p.first}, für die Lohnabrechnung fehlt mir noch deine Steuer-ID. Kannst du sie mir bis Freitag schicken? LG {p3.first}\n\n> Hi {p3.first}, hier: {p.taxid}. Meine Adresse hat sich auch geändert: {p.addr1}. Grüße, {p.first}", p=_de(c)),
        lambda c: c.fmt("Änderung Personaldaten\nMitarbeiter/in: {p.lf} (Personalnr. {num6})\nNeue Anschrift: {p.addr2}\nNeue Bankverbindung: {p.iban}\nSteuerliche Identifikationsnummer unverändert: {p.taxid}", p=_de(c)),
    ],
    "server_log": [
        lambda c: _rows(c, 3, 5, "{{\"ts\":\"2025-06-0((1|2|3))T1((0|1|4)):((12|27|48)):((03|19|55))+02:00\",\"level\":\"info\",\"msg\":\"bestellung.abgeschlossen\",\"bestellung\":\"{order}\",\"kunde\":\"{p.email}\",\"ip\":\"{p.ip}\"}}\n"),
        lambda c: _rows(c, 2, 4, "[Tue Jun 03 1((0|1|5)):((07|22|49)):((11|38)).((123456|774012)) 2025] [php:warn] [pid ((4412|5120))] [client {ipv4}:((52114|49320|61002))] Login fehlgeschlagen für {p.email}\n"),
        lambda c: c.fmt("2025-06-0((2|5)) 21:((03|44)):12 ERROR zahlung.abgelehnt bestellung={order} karte={card} ablauf={expiry} mail={p1.email} ip={ip}\n2025-06-0((2|5)) 21:((05|47)):40 INFO zahlung.neuversuch bestellung={order} karte={masked} ip={ip}\n# TODO(sec): Klartext-Kartennummer im Log – Ticket {ticket}"),
        lambda c: _rows(c, 2, 4, "Jun  3 0((4|5)):1((1|7)):((05|33)) mx01 postfix/smtpd[((2211|3302))]: NOQUEUE: reject: RCPT from unknown[{ip}]: 550 5.1.1 <{p.email}>: Recipient address rejected\n"),
        lambda c: c.fmt("2025-06-0((3|4)) 02:14:05,((123|871)) fail2ban.actions [812]: NOTICE [sshd] Ban {ipv4}\n2025-06-0((3|4)) 02:19:44,((002|519)) fail2ban.actions [812]: NOTICE [sshd] Ban {ipv6}\n2025-06-0((3|4)) 03:01:12,((410|066)) shop[77]: Passwort-Reset angefordert für {p1.email} von {ippriv}"),
    ],
    "json_payload": [
        "{{\n  \"orderNumber\": \"{order}\",\n  \"orderCustomer\": {{\"firstName\": \"{p1.first}\", \"lastName\": \"{p1.last}\", \"email\": \"{p1.email}\"}},\n  \"billingAddress\": {{\"street\": \"{p1.street}\", \"zipcode\": \"{p1.zip}\", \"city\": \"{p1.town}\", \"phoneNumber\": \"{p1.tel}\"}},\n  \"remoteAddress\": \"{p1.ip}\"\n}}",
        "{{\"kontakt\": {{\"name\": \"{p1.full}\", \"firma\": \"{p1.co}\", \"betreuer\": \"{p2.full}\"}}, \"notiz\": \"Mit {p1.first} am {date} telefoniert, will {qty} Stück {prod}.\", \"telefon\": \"{p1.tel}\"}}",
        "{{\"ereignis\": \"newsletter.bestaetigt\", \"zeit\": \"2025-0((4|5|6))-0((2|7|9))T07:((14|52)):30+02:00\", \"abonnent\": {{\"email\": \"{p1.email}\", \"anrede\": \"{p1.anrede}\", \"nachname\": \"{p1.last}\"}}, \"ip\": \"{p1.ip}\", \"app\": \"{ver}\"}}",
        "{{\"ticket\": \"{ticket}\", \"absender\": {{\"name\": \"{p1.lower}\", \"mail\": \"{p1.email}\"}}, \"bearbeiter\": \"{p2.full}\", \"text\": \"hallo, bin umgezogen, neue adresse: {p1.addr1}\"}}",
    ],
    "markdown_table": [
        lambda c: _rows(c, 3, 5, "| {p.first} | {p.last} | {p.town} | {p.tel} |\n", header="| Vorname | Nachname | Ort | Telefon |\n|---|---|---|---|\n"),
        lambda c: _rows(c, 3, 5, "| {p.full} | {order} | ((versendet|in Klärung|erstattet)) | ((angerufen:|Mail an|SMS an)) {p.first} |\n", header="| Kunde | Bestellung | Status | Notiz |\n|---|---|---|---|\n"),
        "## Dienstplan KW ((23|24|25)) – Filiale Immenstadt\n\n| Tag | Früh | Spät |\n|---|---|---|\n| Mo | {p1.full} | {p2.full} |\n| Di | {p2.first} | {p3.full} |\n| Mi | {p3.first} | {p1.first} |\n\nTausch bitte über {p1.staffmail}.",
    ],
    "vcard": [
        "BEGIN:VCARD\nVERSION:3.0\nN:{p1.last};{p1.first};;{p1.anrede};\nFN:{p1.full}\nORG:{p1.co}\nTITLE:{p1.role}\nTEL;TYPE=CELL:{p1.mob}\nEMAIL;TYPE=WORK:{p1.email2}\nADR;TYPE=WORK:;;{p1.street};{p1.town};;{p1.zip};{p1.country}\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:4.0\nFN:{p1.full}\nTEL;TYPE=home:{p1.tel}\nEMAIL:{p1.email}\nNOTE:Kennengelernt auf der ((ISPO|f.re.e|Tour Natur)) – fragt nach {prod}.\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:3.0\nN:{p1.last};{p1.first}\nFN:{p1.full}\nTEL;TYPE=WORK:{p1.tel}\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nN:{p2.last};{p2.first}\nFN:{p2.full}\nEMAIL:{p2.email}\nEND:VCARD",
    ],
    "shipping_label": [
        "ABSENDER: Talgrat Outdoor GmbH, {shop.addr1}\n\nEMPFÄNGER:\n{p1.caps}\n{p1.addr2u}\n{p1.countryu}\n\nRef. {order} · Gewicht 1,2 kg\nSendungsnr. {track}",
        "Paketschein\nAn: {p1.hond} {p1.full}\n{p1.addr2}\nTel.: {p1.tel}\nAbsenderreferenz: {order}",
        "Abstellgenehmigung: Garage\nEmpfänger/in: {p1.full}, {p1.addr1}\nTel.: {p1.tel_i}\nInhalt: 1 × {ptitle}, Warenwert {price}",
        lambda c: c.fmt("Post CH AG · A-Post Plus\n{p.full}\n{p.addr2}\nSendungsnummer {track}\nAbsender: Talgrat Outdoor, {shop.addr1}", p=_ch(c)),
    ],
    "sql_dump": [
        lambda c: c.fmt("INSERT INTO kunden (id, vorname, nachname, email, telefon, angelegt) VALUES\n") + _rows(c, 2, 4, "  ({num6}, '{p.first}', '{p.last}', '{p.email}', '{p.tel}', '2025-0((3|4|5))-1((0|2|7))'),\n", plain=True) + [("  -- Ende Batch", None)],
        lambda c: c.fmt("mysql> SELECT id, name, email, letzte_ip FROM konten WHERE gesperrt = 1;\n+--------+--------------------+----------------------------+-----------------+\n| id     | name               | email                      | letzte_ip       |\n+--------+--------------------+----------------------------+-----------------+\n") + _rows(c, 2, 4, "| {num6} | {p.full} | {p.email} | {p.ip} |\n", plain=True) + [("+--------+--------------------+----------------------------+-----------------+", None)],
        lambda c: c.fmt("-- Auftrag {p2.full}, Ticket {ticket}\nUPDATE bestellungen SET lieferstrasse = '{p.street}', telefon = '{p.tel}' WHERE id = {num6};\n-- alter Wert war falsch, {p.first} hat es telefonisch bestätigt", p=_plain(c)),
    ],
    "yaml_record": [
        "kunde:\n  nummer: {cust}\n  name: {p1.full}\n  email: {p1.email}\n  telefon: \"{p1.tel}\"\n  anschrift:\n    strasse: {p1.street}\n    plz: \"{p1.zip}\"\n    ort: {p1.town}\n  notiz: |\n    Telefonat am {date}: {p1.first} möchte Lieferungen nur nachmittags.",
        "veranstaltung: vollmondwanderung\ndatum: {date}\nleitung:\n  - name: {p1.full}\n    mobil: \"{p1.mob}\"\n  - name: {p2.full}\n    mail: {p2.email}\ntreffpunkt: Parkplatz Talstation",
        "dienst: shop-staging\nversion: {ver}\nbereitschaft: {p1.full} ({p1.mob})\nerlaubte_ips:\n  - {ippriv}\n  - {ipv4}\nverantwortlich: {p1.staffmail}",
    ],
    "html_form": [
        "<form action=\"/kontakt\" method=\"post\">\n  <input name=\"name\" value=\"{p1.full}\">\n  <input name=\"email\" value=\"{p1.email}\">\n  <input name=\"telefon\" value=\"{p1.tel}\">\n  <textarea name=\"nachricht\">Hallo, meine {prod} braucht eine Reparatur. Abholung bitte bei {p1.addr1}.</textarea>\n</form>",
        "Neue Formular-Einsendung – Kontakt\nAnrede: {p1.anrede}\nName: {p1.full}\nE-Mail: {p1.email}\nNachricht: Gibt es den {prod} auch in {size}? Ich könnte auch in Immenstadt abholen. Gruß {p1.first}\n---\nGesendet von {p1.ip} am {date}",
        lambda c: c.fmt("<table>\n  <tr><th>Nachname</th><th>Vorname</th><th>Telefon</th></tr>\n") + _rows(c, 2, 4, "  <tr><td>{p.last}</td><td>{p.first}</td><td>{p.tel}</td></tr>\n") + [("</table>", None)],
    ],
    "mail_header": [
        "Return-Path: <{p1.email}>\nReceived: from mout.gmx.net (mout.gmx.net [{ipv4}])\n        by mx01.talgrat.de with ESMTPS; {date}\nFrom: \"{p1.full}\" <{p1.email}>\nTo: {shop.email}\nCc: {p2.full} <{p2.email}>\nSubject: AW: Reklamation {order}\nX-Originating-IP: [{p1.ip}]",
        "---------- Weitergeleitete Nachricht ---------\nVon: {p1.full} <{p1.email}>\nDatum: {date}\nBetreff: Schnalle gebrochen\nAn: <{shop.email}>\n\nHallo, am Hüftgurt meines {prod} ist die Schnalle gebrochen. Fotos anbei. {p1.first}",
        "Unzustellbar: Ihre Nachricht an {p1.email} konnte nicht zugestellt werden.\nDiagnose: 550 5.1.1 Empfänger unbekannt\nMeldender Server: mx01.talgrat.de [{ipv4}]\nUrsprünglicher Empfänger: {p1.full}",
    ],
    "ics_invite": [
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Schuhanprobe – {prod}\nDTSTART:2025061((0|2|7))T0((8|9))3000Z\nORGANIZER;CN={p2.full}:mailto:{p2.staffmail}\nATTENDEE;CN={p1.full};RSVP=TRUE:mailto:{p1.email}\nLOCATION:{shop.street}\nDESCRIPTION:Telefon Kunde {p1.tel}\nEND:VEVENT\nEND:VCALENDAR",
        "Einladung: Händlergespräch mit {p1.full} ({p1.co})\nWann: {weekday}, {date}, {time}\nEinwahl: {shop.tel}\nTeilnehmende: {p1.email2}, {p2.staffmail}",
        "Betreff: Abholung Reparatur – {p1.full}\nOrt: {p1.addr1}\nNotiz: bei Ankunft {p1.mob} anrufen, Hund im Garten.\nErinnerung: 30 Minuten vorher",
    ],
    "postal_letter": [
        "Talgrat Outdoor GmbH · {shop.addr1}\n\n{p1.anschrift}\n{p1.full}\n{p1.addr2}\n\nImmenstadt, {date}\n\nIhre Reklamation {order}\n\n{p1.sal} {p1.last},\n\nwir haben Ihre Jacke geprüft: Die Naht an der Kapuze war fehlerhaft verklebt. Sie erhalten kostenlos Ersatz.\n\nMit freundlichen Grüßen\n{p2.full}",
        lambda c: c.fmt("An\n{p.anschrift} {p.atitle}{p.full}\n{p.addr2}\n\nWien, am {date}\n\nBetreff: Ihre Garantieanfrage\n\n{p.sal} {p.last}!\n\nDanke für Ihr Schreiben. Wir holen den {prod} kostenlos bei Ihnen ab.\n\nMit freundlichen Grüßen\n{p2.full}", p=_at(c)),
        lambda c: c.fmt("Einschreiben\n{p.anschrift}\n{p.full}\n{p.addr2}\n\nZürich, {date}\n\nZahlungserinnerung – Rechnung {inv}\n\n{p.sal} {p.last}\n\nLeider konnten wir bis heute keinen Zahlungseingang über {price} feststellen. Bitte begleichen Sie den Betrag innert 10 Tagen.\n\nFreundliche Grüsse\nTalgrat Outdoor", p=_ch(c)),
        "{p1.full}\n{p1.addr2}\n\nTalgrat Outdoor GmbH\nKundenservice\n{shop.addr2}\n\n{p1.town}, den {date}\n\nKündigung meiner Mitgliedschaft im Talgrat-Club, Mitgliedsnr. {cust}\n\nSehr geehrte Damen und Herren,\nhiermit kündige ich meine Mitgliedschaft zum nächstmöglichen Termin.\n\n{p1.full}",
    ],
    "spreadsheet": [
        lambda c: _rows(c, 3, 5, "{p.anrede};{p.first};{p.last};{p.street};{p.zip};{p.town};{p.country}\n", header="Anrede;Vorname;Nachname;Straße;PLZ;Ort;Land\n"),
        lambda c: _rows(c, 3, 5, "{p.full}\t{p.dob}\t{p.tel}\t{num}\n", header="Kunde\tGeburtsdatum\tTelefon\tBonuspunkte\n"),
        lambda c: _rows(c, 2, 4, "{p.full}\t{p.email}\t{gift}\t{price}\n", header="Gutschein-Empfänger (aus Excel kopiert)\n"),
    ],
}


CLEAN = {
    "product_copy": [
        "((Firstwand 3-Lagen-Regenjacke|Schauerpass 2,5-Lagen-Regenjacke)) – {price}\nArt.-Nr. {sku} · EAN {gtin}\nDie Jacke für lange Regentage mit schwerem Rucksack: getapte Nähte, helmtaugliche Kapuze, Taschen auch mit Hüftgurt erreichbar. Gewicht {weight} (Gr. M). Farben: {colour}, {colour2}.",
        "Passt eine Fleecejacke unter den {prod}? Ja – der Schnitt lässt Platz für eine Mittelschicht. Ganz frank und frei: Wer zwischen zwei Größen liegt, nimmt die kleinere. Ab ((Mai|Anfang Mai|Ende Mai)) in ((Schwarz|Moos|Schiefer)) und ((Tannenschatten|Hüttenorange)), im Winter auch in Gratblau. Vorbestellung ab {date}.",
        "Neu im Herbst: {ptitle}. Für Jäger und Sammler von Gipfeln, die auch im Winter nicht stillsitzen. Preis {price}, Art.-Nr. {sku}, erhältlich ab {date}.",
        "Pflegehinweis: Bei 30 °C waschen, danach im Trockner bei niedriger Temperatur die Imprägnierung auffrischen. Kein Weichspüler. Reparaturen übernimmt unser Partner {surco}.",
    ],
    "feed_export": [
        "id\ttitel\tgtin\tpreis\tverfuegbarkeit\tmarke\n{sku}\t{ptitle}\t{gtin}\t{price}\tauf_lager\tTalgrat\n{sku2}\t{ptitle2}\t{gtin2}\t{price2}\tvorbestellung\tTalgrat\n{sku3}\t{ptitle3}\t{gtin3}\t{price3}\tausverkauft\tTalgrat",
        "<item>\n  <g:id>{sku}</g:id>\n  <g:title>{ptitle}</g:title>\n  <g:gtin>{gtin}</g:gtin>\n  <g:price>{price}</g:price>\n  <g:shipping_weight>{weight}</g:shipping_weight>\n  <g:custom_label_0>herbst-{date}</g:custom_label_0>\n</item>",
        "artikelnr;eltern;groesse;farbe;ean;bestand\n{sku};{sku2};{size};{colour};{gtin};{qty}\n{sku3};{sku2};{size2};{colour2};{gtin2};{qty2}",
    ],
    "order_status": [
        "Deine Bestellung {order} ist unterwegs!\nSendungsnummer: {track}\nVoraussichtliche Zustellung: {date}\nArtikel: 1 × {ptitle} (Gr. {size}), 2 × Trittweg Merino-Wandersocken\nSumme: {price} inkl. MwSt.",
        "Bestellung {order} – Statusupdate (Kundennr. {phonelike})\nZahlung eingegangen ({masked}). Kommissionierung gestartet am {date} um {time}. Paket ((1|2)) von ((2|3)) verlässt morgen unser Lager in Waltenhofen.",
        "Erstattung veranlasst: {price} für Retoure {ret} (Bestellung {order}). Die Gutschrift kann 3–5 Werktage dauern. Das Restguthaben liegt auf Gutscheinkarte {gift}.",
    ],
    "faq_giftcards": [
        "F: Wo finde ich meine Gutscheinnummer?\nA: Auf der Rückseite unter dem Rubbelfeld, z. B. {gift}. Eine Barauszahlung ist nicht möglich.\n\nF: Speichert ihr meine Kartendaten?\nA: Nein. Auf dem Beleg stehen nur die letzten vier Ziffern, etwa {masked}.",
        "F: Mein Code {promo} funktioniert nicht.\nA: Codes gelten bis {date} und nicht für reduzierte Artikel.\n\nF: Kann ich per Vorkasse zahlen?\nA: Ja, unsere Bankdaten (BIC {bic}) stehen in der Bestellbestätigung.",
        "F: Gibt es den {prod} auch im Laden?\nA: Ja, in Immenstadt und München. Den Bestand siehst du über die Art.-Nr. {sku}.\nF: Wie schicke ich ein Geschenk zurück?\nA: Mit der Belegnummer ({order}) unter talgrat.de/retoure.",
    ],
    "campaign_brief": [
        "Briefing: Aktion „Schlau wie ein Fuchs“ – Herbstsale\nZiel: {pct} mehr Anmeldungen als im Vorjahr. Kanäle: Newsletter, Instagram. Druck: {surco}. Budget {price}. Start {date}.",
        "Briefing Kaiserwetter-Wochen im Mai: Headlines wie „Frank und frei auf den Gipfel“ oder „Der frühe Vogel fängt den Trail“. Produkt: {prod}, Preis {price}, Code {promo}. Keine Kundennamen oder Zitate verwenden.",
        "Briefing Händler-Paket für {surco}\nMaterial: 3 Banner, 1 Regalstopper für den {prod}. Artikelnummern {sku}, {sku2}. Druckdaten bis {date}.",
        "Briefing Koch-Set „Hüttenzauber“: Topf, Besteck, Gaskocher – für alle, die am Berg gern den Koch spielen. Preis {price}. Bitte kein „nachhaltig“ ohne Claim-Referenz.",
    ],
    "b2b_invoice": [
        "Rechnung {inv}\nLieferant: {surco}\nUSt-IdNr. {vat}\nBIC {bic}\nZahlbar bis {date}\nPositionen: {qty} × {sku} à {price}; Fracht pauschal\nBezahlt mit Firmenkarte {masked}.",
        "Gutschrift {inv} zu Rechnung {inv2}\nKunde: {company}\nUID: {vat}\nGrund: Transportschaden (Palette {num})\nBetrag: {price}",
        "Kontoauszug Debitor – {company}\nAnfangssaldo {price}; Rechnungen {inv}, {inv2}; Zahlungseingang {date}. Unsere Bank: BIC {bic}. Steuernummer {stnr}, Amtsgericht Kempten HRB {num6}.",
    ],
    "release_notes": [
        "Shop-App {ver}\n• Apple Pay im Checkout repariert\n• Neue Größentabelle für den {prod}\n• Produktliste lädt 30 % schneller\nBuild {ver2}",
        "Release {ver} – {date}\nGeändert: EAN-Prüfung akzeptiert jetzt auch 8-stellige Codes ({gtin8}).\nBehoben: Rundung bei CHF-Preisen.\nBekannt: Bestellnummern mit # ({order}) stören die Suche.",
        "Changelog\n{ver}: Feed-Export mit Farbnamen auf Deutsch und Englisch\n{ver2}: Bestandsabgleich alle 15 Minuten statt stündlich",
    ],
    "stock_report": [
        "Bestandsliste {date} – Lager Waltenhofen\nArt.-Nr.        EAN            Fach    Menge\n{sku}    {gtin}  A-((03|11|17))-((2|4))  {qty}\n{sku2}    {gtin2}  B-((05|08|21))-((1|3))  {qty2}\n{sku3}    {gtin3}  C-((02|14))-((4|6))  {qty3}",
        "Meldebestand erreicht: {ptitle} ({sku}) – noch {qty} Stück, Meldebestand 25. Lieferzeit 6 Wochen. Charge {lot}.",
        "Inventur {date}: {qty} Paletten gezählt, {qty2} Differenzen. Größte: {sku} (−{num}). Gezählt von Team B.",
    ],
    "campaign_report": [
        "Newsletter „Wandertage“ – versendet am {date}\nEmpfänger: {num6}\nÖffnungsrate: {pct} · Klickrate: {pct2}\nUmsatz: {price}\nTop-Produkt: {ptitle}",
        "Paid Social KW ((23|24|25)): CPC {price}, CTR {pct}, ROAS 4,1. Bestes Motiv: das {prod}-Video (über Stock und Stein, Moos, Regen).",
        "Affiliate-Auswertung Q((1|2|3)): {num} aktive Partner, {qty} Bestellungen, {price} Provision. Top-Code {promo}.",
    ],
    "shipping_manifest": [
        "Palettenavis {date}\nSpedition: {surco}\nKennzeichen {plate}\nPlombe {num6}\nPackstücke: {qty}\nErste/letzte Sendungsnr.: {track} / {track2}",
        "Abholung gebucht: {weekday}, {time}, 3 Paletten, 412 kg. Fahrer bringt den CMR-Frachtbrief mit. Referenz {order}, Fahrzeug {plate}.",
        "Zoll: Sendung {track} in die Schweiz angehalten – Zolltarifnummer 6201.40, Warenwert {price}, EORI hinterlegt. Verzollung über {surco}.",
    ],
}

NOCUE = {"mention"}
