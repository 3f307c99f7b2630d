import sys; sys.dont_write_bytecode = True  # noqa: E702

"""Ninth PII bank, German texts: phrase lists, templates and layouts per genre.

Every list (phrases, templates, layouts) is cut by position in pii9_core.cut: even positions
build dev9, odd positions heldout9.
"""

import os

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from pii9_core import Fixed, Rows  # noqa: E402

COUNTRIES = [("DE", 62), ("AT", 18), ("CH", 16), ("NL", 1), ("FR", 1), ("GB", 1), ("US", 1)]
ROLE_MAILBOXES = ["info", "service", "kontakt", "einkauf", "buchhaltung", "office", "hallo", "bestellung", "vertrieb", "support", "retoure", "datenschutz"]

PHRASES = {
    "close": ["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße", "MfG", "Freundliche Grüsse", "Liebe Grüße", "Schöne Grüße",
              "Gruß", "Herzliche Grüße", "VG", "Mit besten Grüßen", "LG", "Freundliche Grüße", "Danke und Gruß"],
    "greet": ["Sehr geehrte Damen und Herren,", "Guten Tag,", "Hallo zusammen,", "Sehr geehrtes Service-Team,", "Liebes {shop}-Team,", "Hallo,",
              "Guten Morgen,", "Grüß Gott,", "Hallo liebes Team,", "Sehr geehrte Damen und Herren!", "Moin,", "Grüezi mitenand,"],
    "thanks": ["Vielen Dank im Voraus!", "Danke schon mal.", "Besten Dank für Ihre Hilfe.", "Ich freue mich auf Ihre Rückmeldung.", "Danke & Gruß",
               "Merci vielmal!", "Danke euch!", "Für eine kurze Rückmeldung wäre ich dankbar."],
    "position": ["Leitung Einkauf", "Einkauf", "Teamleitung Kundenservice", "Geschäftsführerin", "Vertriebsinnendienst", "Key Account Manager",
                 "Assistenz der Geschäftsführung", "Buchhaltung", "Office Management", "Sachbearbeitung Auftragsabwicklung", "Marketing", "Lagerleitung"],
    "source": ["Messe", "Website-Formular", "Empfehlung", "LinkedIn", "Kaltakquise", "Newsletter", "Google Ads", "Bestandskunde", "Xing", "Telefon"],
    "rsvp": ["zugesagt", "+1", "vegetarisch", "kommt später", "abgesagt", "offen", "mit Kind", "Rollstuhl, bitte EG"],
    "task": ["Angebot Verpackungsmaterial einholen", "Retourenquote auswerten", "Rahmenvertrag prüfen", "Inventur vorbereiten",
             "Newsletter-Text freigeben", "Dienstplan Dezember", "Lieferanten-Audit terminieren", "Preisschilder tauschen"],
    "agentsig": ["Ihr Kundenservice-Team", "Kundenservice {shop}", "Team Kundenservice", "Ihr {shop}-Team", "Kundenbetreuung", "Service-Team {shop}"],
    "chatstart": ["Chat gestartet", "Unterhaltung begonnen", "Neuer Chat über Website", "Live-Chat"],
}

# ---------------------------------------------------------------- genres with personal data

CRM_NOTE = [
    "Notiz {date} – {p2.init}:\n{p1.h} ({co}) hat angerufen wg. Angebot {ref}. Will Rückruf ⟦morgen vormittag|nächste Woche|nach dem {date2}⟧ unter {t1}. "
    "Ist ab sofort Ansprechpartner{p1.g:in/} für den Einkauf, Vorgänger{p3.g:in/} {p3.full} ist raus. Mail mit neuer Preisliste an {p1.wmail} ⟦geschickt|noch offen⟧.",
    "KD {custno} | {p1.comma}\n{p1.g:Kundin/Kunde} meldet, dass die Lieferadresse geändert wurde: neu {a1.line}. Alte Adresse nicht mehr verwenden!! "
    "Tel. ⟦mobil|privat|tagsüber⟧ {m1}. – {p2.first}",
    "{date}: Termin mit {p1.hf} bei {co} vor Ort. Dabei auch {p3.first} aus der IT. Interesse an Rahmenvertrag über {qty} Stück {kind}. "
    "Nächster Schritt: Angebot bis {wd} an {p1.wmail}, cc {p3.wmail}. Assistenz: {p4.full}, Tel. {o1}.",
    "Wichtig: {p1.full} möchte KEINE Werbeanrufe mehr – Nummer {t1} auf Sperrliste gesetzt. Post weiterhin an {a1.line} ok. (notiert von {p2.init}, {date})",
    "Reklamationshistorie {p1.last}, {p1.first}: 3. Beschwerde in {num} Monaten. Kulanz bewilligt durch {p2.h} (Teamleitung). Gutschrift auf {iban} veranlasst. "
    "Bitte bei nächstem Kontakt Ton beachten, {p1.g:Kundin/Kunde} ist sehr verärgert.",
    "Lead aus Messe {town}: {p1.full}, {co}, Visitenkarte eingescannt – Durchwahl {o1}, Mobil {m1}, E-Mail {p1.wmail}. Hat nach Mustern von {kind} gefragt. "
    "{p2.mention} kannst du übernehmen?",
    "Aktivität ⟦Telefonat|Besuch|E-Mail⟧ · {date} · Besitzer: {p2.full}\nKontakt: {p1.full} ({p1.g:Inhaberin/Inhaber}, {co})\nBudget für {year} noch offen, "
    "Entscheidung fällt mit {p3.hf}. Wiedervorlage {date2}.\nQuelle: Webformular (IP {ip})",
    "kurz: {p1.lfirst} von {co} ruft zurück, wenn chef da ist. handy {m1}. {p2.first}",
]

SUPPORT_EMAIL = [
    "Betreff: Bestellung {order} noch nicht angekommen\n\n{@greet}\n\nich habe am {date} bestellt und bis heute nichts erhalten. Die Sendungsverfolgung ({track}) "
    "zeigt seit Tagen „in Zustellung“. Meine Adresse ist {a1.line}, vielleicht liegt da ein Fehler vor?\n\nBitte melden Sie sich unter {t1} oder per Mail.\n\n{@close}\n{p1.full}",
    "Hallo ihr Lieben,\n\nkurze Frage: kann ich bei meiner Bestellung {order} noch die Lieferadresse ändern? Ich bin ab {date} bei meiner Schwester, also bitte an:\n\n"
    "{p2.full}\n{a1.block}\n\nDanke euch!! {emoji}\n{p1.first}",
    "Sehr geehrte Damen und Herren,\n\nhiermit widerrufe ich den Kaufvertrag über folgende Ware: {kind} ({sku}), bestellt am {date}, erhalten am {date2}.\n\n"
    "Name: {p1.full}\nAnschrift: {a1.line}\nE-Mail: {p1.email}\n\nBitte erstatten Sie den Betrag auf mein Konto {iban}.\n\n{@close}\n{p1.full}",
    "hallo, ich komme nicht mehr in mein kundenkonto, passwort zurücksetzen geht nicht weil die mail an meine alte adresse {p1.email} geht. "
    "die neue ist {p1.email2}. könnt ihr das umstellen? geb. datum zur kontrolle {bday}\ngruß {p1.lfirst}",
    "Guten Tag,\n\nauf der Rechnung {inv} steht noch unsere alte Firmenanschrift. Bitte korrigieren auf:\n\n{co}\nz. Hd. {p1.hdf}\n{a1.block}\n\n"
    "USt-IdNr. bleibt {vat}.\n\nDanke und Gruß\n{p1.init}",
    Fixed("Grüezi\n\nIch habe heute das Paket erhalten, leider fehlt der Artikel „{kind}“ in {colour}. Können Sie mir diesen nachsenden? Adresse wie bisher: {a1.line}.\n\n"
          "Freundliche Grüsse\n{p1.full}\n{t1}", "CH"),
    "Hallo,\nich habe zwei Kundenkonten (aus Versehen), eins mit {p1.email} und eins mit {p1.email2}. Könnt ihr die zusammenlegen? Bestellungen laufen alle auf "
    "{p1.full}, {a1.line}. Die Kreditkarte {cc} bitte aus beiden Konten löschen.\n{@thanks}",
    Fixed("Servus,\n\ndie Jacke passt leider nicht, ich würde gerne auf {size} umtauschen. Bestellnummer {order}. Bitte wieder an {a1.line} schicken.\n"
          "Erreichbar bin ich unter {m1}.\n\nLG {p1.full}", "AT"),
]

SUPPORT_REPLY = [
    "{p1.sal},\n\nvielen Dank für Ihre Nachricht. Wir haben die Lieferadresse für Ihre Bestellung {order} wie gewünscht auf {a1.line} geändert.\n\n"
    "Bei Fragen erreichen Sie uns unter {hot} (Mo–Fr {time}–{time2}).\n\n{@close}\n{p2.full}\n{@agentsig}\n\n-----Ursprüngliche Nachricht-----\n"
    "Von: {p1.full} <{p1.email}>\nGesendet: {wd}, {date} {time3}\nAn: {smail}\nBetreff: Adressänderung\n\nHallo, bitte Lieferung an {a1.streetonly} statt an die alte Adresse. Danke, {p1.first}",
    "Hallo {p1.first},\n\ndanke dir für dein Feedback! Schade, dass der Artikel ({kind}) klein ausfällt – wir haben dir einen Gutschein über {price} an {p1.email} geschickt.\n\n"
    "Liebe Grüße aus {town}\n{p2.first} vom {shop}-Team\n\n> Am {date} um {time} schrieb {p1.full} <{p1.email}>:\n> Hi, der Artikel ist super, aber die Größe fällt echt klein aus.\n> LG {p1.first}",
    "Guten Tag {p1.hf},\n\nwir bedauern, dass die Ware beschädigt bei Ihnen angekommen ist. Ein Rücksendeetikett haben wir an {p1.email} geschickt. "
    "Bitte senden Sie die Ware an:\n\n{shop}\nRetourenabteilung\n{a2.block:DE}\n\ni.A. {p2.full}\n{@agentsig}",
    "{p1.sal},\n\nIhre Reklamation {ref} haben wir erhalten. Unser Techniker {p3.full} wird Sie in den nächsten Tagen unter {t1} kontaktieren, um einen Termin zu vereinbaren.\n\n"
    "Mit freundlichen Grüßen\ni.V. {p2.full}\nTeamleitung Service\nHotline {hot}",
    "Hallo {p1.hf},\n\ndie Erstattung über {price} ist heute rausgegangen, auf das Konto mit der IBAN {iban}. Je nach Bank dauert es 2–3 Werktage.\n\n{@close}\n{p2.first}\n\n"
    "Am {date} schrieb {p1.comma}:\n>> wann bekomme ich mein Geld zurück??? Bestellung {order}",
    "Sehr geehrte{p1.g:/r} {p1.g:Frau/Herr} {p1.last},\n\nleider konnten wir Sie telefonisch nicht erreichen. Die Abholung ist nun für {wd}, {date} zwischen {time} und {time2} "
    "bei Ihnen ({a1.line}) geplant. Bitte geben Sie uns kurz Bescheid, falls das nicht passt.\n\nBeste Grüße\n{p2.full}\nDisposition | {o2}",
]

LEAD_LIST = [
    Rows("Vorname;Nachname;Firma;E-Mail;Telefon;PLZ;Ort\n", "{r.first};{r.last};{co};{r.wmail};{rt};{ra.zip};{ra.town}"),
    Rows("Leads von der Messe {town}, bitte bis {kw} abtelefonieren:\n\n| Name | Firma | Position | Kontakt |\n|---|---|---|---|\n", "| {r.full} | {co} | {@position} | {rt} |",
         "\n\nDanke! {p1.first}"),
    Rows("Anrede\tName\tStraße\tPLZ\tOrt\tTelefon\n", "{r.g:Frau/Herr}\t{r.comma}\t{ra.streetonly}\t{ra.zip}\t{ra.town}\t{rt}"),
    Rows("name,email,adresse,quelle\n", "\"{r.full}\",{r.email},\"{ra.line}\",{@source}"),
    Rows("Kontakte aus dem Webinar vom {date}:\n", "{r.full} – {co} – {rt} – {r.wmail} – {rip}", "\n\n(Export aus dem Webinar-Tool, unbereinigt)", numbered="{i}) "),
    Rows("\"Name\";\"Anschrift\";\"Telefon\";\"Notiz\"\n", "\"{r.full}\";\"{ra.block}\";\"{rt}\";\"⟦Rückruf KW 12|heiß|kalt|Muster geschickt|Termin vereinbart⟧\"", n=(2, 4)),
    Rows("Hier die Liste wie besprochen (aus Excel kopiert):\n\nNachname\tVorname\tE-Mail\tMobil\tStatus\n", "{r.last}\t{r.first}\t{r.email}\t{rm}\t⟦neu|kontaktiert|Angebot|verloren⟧",
         "\n\nGruß {p1.first}"),
    Rows("Firmenkontakte Region Süd\n", "• {co}: {r.hf}, {ra.line}, {rt}", "\nStand {date}"),
]

TESTIMONIAL = [
    "„Super schnelle Lieferung, der Artikel ({kind}) passt perfekt. Gerne wieder!“\n– {p1.firstinit}, {town}",
    "★★★★★ {date}\nIch habe lange gezögert, weil der Preis ({price}) nicht ohne ist – aber die Qualität ist top. Der Kundenservice (danke an {p2.first}!) hat mir bei der Größe geholfen.\n{p1.full}, {a1.town}",
    "Kundenstimme\n„Seit wir unsere Teamkleidung bei {shop} bestellen, läuft alles reibungslos. Besonders die persönliche Betreuung durch {p2.hf} schätzen wir sehr.“\n{p1.sig}, {p1.g:Geschäftsführerin/Geschäftsführer}, {co}",
    "★★☆☆☆ Leider enttäuscht\nDie Naht ist nach {num} Wochen aufgegangen. Reklamation lief zäh, erst nach drei Mails an {smail} kam eine Antwort.\n– {p1.full}",
    "Was unsere Kund:innen sagen:\n\n„Die Bettwäsche {pstreet} ist ein Traum.“ – {p1.firstinit}\n„Schnell, freundlich, fair.“ – {p2.full}, {town}\n„Endlich ein Shop, der auch ins Ausland liefert!“ – {p3.first} aus {town2}",
    Fixed("Super Service! Mein Velo war innert zwei Tagen repariert und {p2.first} aus der Werkstatt hat mir alles genau erklärt. Merci!\n{p1.firstinit}, {a1.town}", "CH"),
    "Bewertung von {p1.full} (verifizierter Kauf) am {date}:\nPasst, wackelt, hat Luft 😄 Lieferung an die Packstation hat problemlos geklappt. 4/5\n[Moderation: freigegeben · IP {ip}]",
    "Danke an das ganze Team und besonders an {p2.full}, die meine Bestellung noch vor Weihnachten möglich gemacht hat! Ihr seid die Besten.\nHerzlich, {p1.full} & Familie",
]

EMAIL_SIGNATURE = [
    Fixed("Hallo {p2.first},\n\nanbei wie besprochen das Angebot {ref}. Lieferzeit ca. {dur}.\n\nMit freundlichen Grüßen\n\n{p1.sig}\n{@position}\n\n{co}\n{a1.block}\n"
          "Tel.: {o1}\nFax: {fax}\nMobil: {m1}\nE-Mail: {p1.wmail}\n\nGeschäftsführer: {p3.full}, {p4.full}\nAmtsgericht {town} {hrb} | USt-IdNr. {vat}", "DE"),
    Fixed("Sehr geehrte Damen und Herren,\n\nbitte bestätigen Sie den Liefertermin für unsere Bestellung {order}.\n\nMit freundlichen Grüßen\n{p1.full}\n\n{co}\n{a1.line}\n"
          "T {o1} | M {m1}\n{p1.wmail}\nFirmenbuch: {hrb}, Landesgericht {town}\nUID: {vat}", "AT"),
    Fixed("Guten Tag\n\nDie Offerte ist in Ordnung, wir bestellen wie besprochen.\n\nFreundliche Grüsse\n\n{p1.full}\n{@position}\n\n{co}\n{a1.block}\nTel. direkt {o1}\nZentrale {hot}\n{p1.wmail}\n{vat}", "CH"),
    "Danke dir!\n\nVG\n{p1.first}\n\n--\n{p1.full} | {@position} | {co}\n{o1} | {p1.wmail}\nwww.{codom}",
    "Passt, Termin am {date} steht. Lieferung bitte an {a1.line}.\n\n{p1.first}\n\nVon meinem iPhone gesendet\n{m1}",
    Fixed("Anbei die unterschriebene Auftragsbestätigung.\n\ni.A. {p1.full}\nSachbearbeitung Auftragsabwicklung\n{co} | {a1.line}\nTelefon {o1} | Telefax {fax}\n{p1.wmail} | www.{codom}\n"
          "Sitz der Gesellschaft: {town}, {hrb}\nGeschäftsführung: {p2.full}\n\nDiese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender.", "DE"),
    Fixed("Liebe Grüße aus Wien\n{p1.full}\n\n___________________________\n{co}\n{a1.block}\nT: {o1}\nE: {p1.wmail}", "AT"),
    Fixed("Mit freundlichen Grüssen\n\n{p1.sig}\nPartner{p1.g:in/}\n\n{co}\n{a1.line}\nT {o1}\nwww.{codom}", "CH"),
]

CHAT_LOG = [
    "[{tick}] Kunde: hallo, ich hab ne frage zu meiner bestellung\n[{tick}] {p2.first} ({shop}): Hallo! Gern, wie lautet die Bestellnummer?\n[{tick}] Kunde: {order}\n"
    "[{tick}] {p2.first} ({shop}): Danke. Auf welchen Namen läuft die Bestellung?\n[{tick}] Kunde: {p1.low}\n[{tick}] Kunde: lieferadresse ist {a1.line}\n"
    "[{tick}] {p2.first} ({shop}): Danke, ich sehe sie. Das Paket ist unterwegs 👍",
    "{date}, {tick} - {p1.first}: Hallo, ist der Tisch noch zu haben?\n{date}, {tick} - {shop}: Ja! Abholung oder Versand?\n{date}, {tick} - {p1.first}: abholung wär super, wohne in {town}\n"
    "{date}, {tick} - {shop}: Gern, Abholung bei uns: {a2.line}, Sa {time}–{time2}\n{date}, {tick} - {p1.first}: ok. meine nr falls was ist {m1}",
    "{@chatstart} {date} {tick}\nAgent {p2.full} ist dem Chat beigetreten\n{p2.first}: Hallo, wie kann ich helfen?\nSie: hi, my German is not so good, can we write english?\n"
    "{p2.first}: Klar, no problem! What is your order number?\nSie: {order}, name is {p1.full}\n{p2.first}: Thanks. The parcel came back because the address was incomplete. Can you send the full address?\n"
    "Sie: {a1.line}\n{p2.first}: Perfect, I will send it again today.",
    "{p1.lfirst}: hey {p2.lfirst} hast du die nummer von dem typen von {co}?\n{p2.lfirst}: ja warte\n{p2.lfirst}: {p3.full} {t1}\n{p1.lfirst}: danke dir 🙏\n{p2.lfirst}: mail ist {p3.wmail} glaub ich",
    "{@chatstart} · {date}\nBesucher-IP: {ip} · Browser: Safari\n[{tick}] Besucher: Guten Tag, ich möchte meine Adresse ändern\n[{tick}] Bot: Bitte gib deine E-Mail-Adresse ein.\n[{tick}] Besucher: {p1.email}\n"
    "[{tick}] Bot: Danke! Ein Mitarbeiter übernimmt gleich.\n[{tick}] {p2.first}: Hallo {p1.hf}, wie lautet die neue Adresse?\n[{tick}] Besucher: {a1.line}\n[{tick}] {p2.first}: Erledigt ✔",
    "WhatsApp Business – {shop}\n{p1.full}: Hallo, mein Paket ist beim Nachbarn gelandet, {p3.h}, Haus gegenüber. Der ist aber nie da 😩\n{shop}: Oh nein! Wir klären das mit DHL. Welche Hausnummer hat der Nachbar?\n"
    "{p1.full}: {a2.streetonly}\n{shop}: Danke, wir melden uns unter dieser Nummer.",
]

CALL_NOTE = [
    "Anruf {date} {time}, Dauer {num} Min.\nAnrufer{p1.g:in/}: {p1.hf}, Rückrufnummer {t1}\nAnliegen: Paket beschädigt angekommen ({order}). Fotos kommen per Mail von {p1.email}.\n"
    "Ergebnis: Ersatz veranlasst, geht raus an {a1.line}.\nBearbeiter{p2.g:in/}: {p2.init}",
    "Rückruf an {p1.h} unter {t1} – nicht erreicht, AB besprochen. 2. Versuch {wd} ab {time}. Falls wieder nichts: Mail an {p1.email}. /{p2.first}",
    "Telefonat mit {p1.full} ({co}): möchte Sammelrechnung, Rechnungsadresse {a1.line}, z. Hd. Buchhaltung ({p3.full}, Tel. {o1}). Zahlungsziel 30 Tage ok laut {p2.hf}.",
    "{p1.g:Kundin/Kunde} wollte telefonisch zahlen: Karte {cc}, Ablauf {exp} – NICHT speichern, nur für den Zahlungslink verwenden. {p1.full}, {t1}",
    "{p1.g:Kundin/Kunde} am Telefon sehr aufgebracht, Name {p1.comma}, Geb. {bday}. Hat angeblich doppelt bezahlt, Karte endet auf {cardend}. Bitte Buchhaltung prüfen + zurückrufen: {m1}.",
    "Inbound-Call #{ticket}\nKontakt: {p1.full} | {t1}\nThema: Lieferverzögerung\nNotiz: Kunde wartet seit {date} auf {kind}. Angebot: {pct} Rabatt oder Storno. Entscheidet sich bis {wd}.\nAgent: {p2.full}",
    "Gesprächsnotiz\nWer: {p1.hf} (Hausverwaltung {co})\nWas: Anlieferung Möbel nur mit Voranmeldung, Aufzug ab {time} gesperrt. Zugang über Hof, {a1.line}.\nRückruf: {o1}\nAufgenommen: {p2.first}, {date}",
]

RETURNS_FORM = [
    "RÜCKSENDEFORMULAR\n\nBestellnummer: {order}\nName: {p1.full}\nStraße, Nr.: {a1.streetonly}\nPLZ, Ort: {a1.ztown}\nE-Mail: {p1.email}\nTelefon: {t1}\n\nArtikel | Menge | Grund\n"
    "{sku} | 1 | ⟦zu groß|zu klein|gefällt nicht|defekt|falsche Farbe⟧\n\nErstattung auf: ⟦Originalzahlungsmittel|IBAN {iban}|Kreditkarte {cc}⟧",
    "Retoure {ref}\nKundennr.: {custno}\nAbsender: {p1.full}, {a1.line}\nGrund: Farbe weicht ab ({colour} bestellt).\nGewünscht: Umtausch in {size}.\nUnterschrift: {p1.last}",
    Fixed("Rücksendung – Formular\nVor- und Nachname: {p1.full}\nAnschrift: {a1.line}\nIBAN für Rückerstattung: {iban}\nKontoinhaber{p1.g:in/}: {p1.full}\nDatum: {date}", "AT"),
    "Umtauschschein\n☐ Rückgabe ☒ Umtausch\nKunde: {p1.capscomma}\nTel.: {t1}\nNeue Größe: {size}\nLieferung an: ☒ Rechnungsadresse ☐ abweichend: ________",
    "Retourenportal – Eingabe vom {date}\nBestellung: {order}\nArtikel: {kind} ({gtin})\nZustand: ⟦ungetragen, mit Etikett|getragen|Verpackung beschädigt⟧\nAbholung gewünscht: ja\nAbholadresse: {a1.block}\nAnsprechpartner{p1.g:in/} vor Ort: {p1.full}, {m1}",
    "Hallo, anbei meine Rücksendung. Ich habe leider keinen Retourenschein mehr, deshalb hier meine Daten: {p1.full}, {a1.line}, Bestellung vom {date}. Das Geld bitte zurück auf die Kreditkarte. Danke! {p1.first}",
]

COURIER_NOTE = [
    "Zustellhinweis: Bitte bei {p2.h} (EG links) abgeben, falls {p1.full} nicht da ist. {a1.line}. Klingel defekt – anrufen {m1}.",
    "Abstellgenehmigung: Paket darf ⟦in der Garage|auf der Terrasse|hinter dem Gartentor|im Carport⟧ abgelegt werden. Empfänger: {p1.full}, {a1.streetonly}. Unterschrift: {p1.init}, {date}",
    "Fahrer-Notiz Tour {num}: {a1.line} – Hinterhof, 3. Tür rechts. {p1.g:Kundin/Kunde} {p1.capslast} wartet ab {time}. Tel {t1}. NICHT bei Nachbar {p3.last} abgeben!",
    "Lieferschein {order}\nEmpfänger: {p1.full}\nc/o {p2.full}\n{a1.block}\nHinweis: Please call before delivery, {t1}",
    "Nachnahme ❌ | Sperrgut ✅\nAbholung bei {co}, Rampe 2, {a2.line}\nZustellung an {p1.hf}, {a1.line}\nAvis telefonisch {t1} mind. 1 Tag vorher",
    "Sendung {track}: Zustellversuch {date} {time} – niemand angetroffen. Benachrichtigungskarte eingeworfen. Empfänger{p1.g:in/} {p1.full} hat per SMS um Zustellung an {a2.line} gebeten (Arbeitsplatz).",
]

B2B_ENQUIRY = [
    "Betreff: Anfrage {qty} Stück {kind} für Mitarbeitergeschenke\n\n{@greet}\n\nwir sind ein Unternehmen aus {town} und suchen für unser Sommerfest {qty} ⟦bedruckte|bestickte⟧ Artikel. "
    "Könnten Sie uns ein Angebot inkl. Logo-Druck schicken?\n\nLieferadresse wäre:\n{co}\nz. Hd. {p1.hdf}\n{a1.block}\n\nFür Rückfragen: {o1}\n\n{@close}\n{p1.full}\n{@position}",
    "Hallo,\nwir ({co}) hätten Interesse, Ihre Produkte in unserem Laden in {town} zu führen. Bitte senden Sie Händlerkonditionen an {cmail} oder direkt an mich ({p1.wmail}).\n"
    "Ansprechpartner{p1.g:in/} Einkauf: {p1.full}, Tel. {o1}\nGruß {p1.first}",
    "Bestellung auf Rechnung\nFirma: {co}\nRechnungsanschrift: {a1.line}\nPostanschrift: {pobox}, {zip} {town}\nLieferanschrift: {a2.line}\nBesteller{p1.g:in/}: {p1.full}\nKostenstelle {num}\nUSt-IdNr.: {vat}\nPos. 1: {sku} × {qty}\nPos. 2: {sku2} × {qty2}",
    Fixed("Guten Tag\n\nFür unser Hotel suchen wir {qty} Wolldecken in {colour}. Gerne erwarten wir Ihre Offerte an {p1.wmail}.\n\nFreundliche Grüsse\n{p1.full}\nEinkauf\n{co}\n{a1.line}\n{o1}", "CH"),
    "Sehr geehrte Damen und Herren,\n\nim Auftrag von {p2.hf} bitte ich um ein Angebot für {qty} Stück {sku}. Wir benötigen die Ware bis {date}. Lieferung an unser Lager: {a1.line}.\n\n"
    "{@close}\n{p1.full}\nAssistenz der Geschäftsführung\n{co} | {o1}",
    "Hi,\nkurze Preisanfrage: {qty}× {kind} in {colour}, Logo 1-farbig. Rechnung an {cmail}, Ansprechpartner bin ich, {p1.full} ({m1}). Gerne auch per WhatsApp.\nBeste Grüße",
]

GUEST_LIST = [
    Rows("Gästeliste Sommerfest {date} – Stand {date2}\n\n", "{r.full} ({@rsvp})", "\n\nRückfragen an {p1.full}, {o1}", numbered="{i}. "),
    Rows("Name;Begleitung;Allergien;Handy\n", "{r.comma};⟦ja|nein⟧;⟦keine|Nüsse|vegetarisch|Laktose|vegan⟧;{rm}"),
    Rows("Einladungsliste Kundenabend ({town}):\n", "- {r.hf}, {co} – {r.wmail}", "\nBitte bis {date} zusagen lassen. Danke, {p1.first}"),
    Rows("Tischplan Tisch {num}:\n", "• {r.full}⟦| (Begleitung)| + 1| – Tischrede!⟧"),
    Rows("Teilnehmerliste Workshop „Nachhaltige Verpackung“ ({date})\nNr | Name | Firma | E-Mail\n", "{r.full} | {co} | {r.wmail}", numbered="{i} | "),
    Rows("Gästeliste Hochzeit {p1.first} & {p2.first} – Adressen für die Einladungen\n\n", "{r.full}, {ra.line}"),
    Rows("Zusagen Jubiläum 25 Jahre {shop}:\n", "✔ {r.full} ({co})", "\n\nAbsagen: {p1.full}, {p2.init}"),
    Rows("VIP-Liste Store-Opening\n", "{r.caps} | {@rsvp} | {rm}", "\nEinlass ab {time}, Liste an der Tür bei {p1.first}"),
]

RECRUITING_NOTE = [
    "Bewerbung {p1.full} – {@position}\nEingang: {date}, über {@source}\nKontakt: {p1.email}, {m1}\nWohnort: {a1.town} (Umzug möglich)\nErster Eindruck: ⟦sehr gut|solide|eher nicht passend⟧. "
    "Telefoninterview mit {p2.h} am {date2} um {time}.",
    "Hi {p2.first}, kannst du dir den Lebenslauf von {p1.hf} anschauen? Hat {num} Jahre Erfahrung im Versand, aktuell bei {co}. Ich fand {p1.g:sie/ihn} sympathisch. Adresse laut CV: {a1.line}. LG {p3.first}",
    "Absagen versendet an: {p1.full} ({p1.email}), {p3.full} ({p3.email}) – Stelle {@position} ist besetzt mit {p4.full}, Start {date}.",
    "Interview-Feedback ({date})\nKandidat{p1.g:in/}: {p1.full}\nPanel: {p2.full}, {p3.init}\n+ kommunikativ, kennt Shopify\n- Kündigungsfrist 3 Monate\nEmpfehlung: 2. Runde. "
    "Referenz: {p4.hf}, ehemals {co}, {t1}",
    "Zusage {p1.full}: Arbeitsvertrag ist raus. Für die Lohnbuchhaltung bitte Steuer-ID ({tax}) und IBAN ({iban}) ins Personalsystem übernehmen. Start {date}. – {p2.first}",
    "Initiativbewerbung per Mail von {p1.email}:\n„Sehr geehrte Damen und Herren, ich bin {p1.full}, {num} Jahre alt, und suche eine Stelle als Verkäufer{p1.g:in/} in {town}. Sie erreichen mich unter {m1}.“\n"
    "→ weitergeleitet an Filialleitung ({p2.full})",
    "Talentpool-Eintrag\nName: {p1.lastfirst}\nProfil: Lagerlogistik, Staplerschein\nVerfügbar ab: {date}\nAnschrift: {a1.block}\nNotiz {p2.init}: bei nächster Stelle in {town} anrufen ({t1})",
]

WARRANTY_CLAIM = [
    "Garantieantrag\nGerät: {pname} {kind}, Seriennr. {sku}\nKaufdatum: {date}, Beleg {inv}\nFehlerbeschreibung: Reißverschluss nach {num} Wochen defekt.\nKunde: {p1.full}, {a1.line}\n"
    "Telefon tagsüber: {t1}\nE-Mail: {p1.email}",
    "Sehr geehrte Damen und Herren,\n\nder am {date} bei Ihnen gekaufte Artikel „{kind}“ (EAN {gtin}) funktioniert nicht mehr. Ich bitte um Reparatur oder Ersatz im Rahmen der Gewährleistung. "
    "Abholung bitte bei mir:\n\n{p1.full}\n{a1.block}\n\n{@close}\n{p1.full}",
    "Gewährleistung {ref} – interne Notiz: Ware eingegangen am {date}, Prüfung durch {p2.full}: Materialfehler bestätigt. Ersatz an {p1.hdf} schicken, Adresse aus Auftrag: {a1.line}. "
    "{p1.g:Kundin/Kunde} wünscht Rückmeldung an {m1}.",
    "Warranty claim / Garantiefall\nName: {p1.full}\nEmail: {p1.email}\nKaufbeleg: {inv}\nIBAN für Kostenerstattung (Versand {price}): {iban}",
    "Hallo zusammen, der Akku von meinem Gerät ({kind}, {brand}) hält nur noch 10 Minuten. Gekauft vor {num} Monaten bei euch, Rechnung hängt an. Bitte Abholschein an {p1.email}, Adresse: {a1.line}. Danke, {p1.full}",
    Fixed("Reklamation Garantie\nKundin/Kunde: {p1.hf}\nAdresse: {a1.line}\nTelefon: {t1}\nProdukt: {kind}, Farbe {colour}\nMangel: Farbe löst sich ab\nBearbeitung: {p2.first} (Filiale Graz)", "AT"),
]

OUTREACH_LIST = [
    Rows("Influencer-Liste Q{num} (Kampagne {pplace})\nName | Kanal | Follower | Kontakt | Status\n",
         "{r.full} | ⟦Instagram|TikTok|YouTube|Blog|Pinterest⟧ | {qty}k | {r.email} | ⟦angefragt|zugesagt|kein Interesse|Vertrag raus⟧"),
    Rows("Kooperationspartner – Versandliste Muster:\n", "- {r.full}, {ra.line}, Größe {size}"),
    Rows("name;handle;email;telefon;notiz\n", "{r.full};{r.handle};{r.email};{rm};⟦Rabattcode erstellt|Briefing geschickt|wartet auf Content|Rechnung offen⟧"),
    Rows("Blogger-Outreach (Wandern/Outdoor) – bitte bis {date} anschreiben:\n", "{r.full} ({r.email}) – zuletzt Kontakt {date2}", numbered="{i}) "),
    Rows("Auszahlung Affiliate-Provisionen {month}\nName;IBAN;Steuer-ID;Betrag\n", "{r.full};{riban};{rtax};{price}", "\nFreigabe: {p1.full}"),
    Rows("Partner-Shops für die Aktion „{pname}“:\n", "{co} – Inhaber{r.g:in/} {r.full}, {rt}, Konto für Provision {riban}", "\n\nKonditionen wie {year}. {p1.first}"),
    Rows("Presseverteiler Neuheiten {year}\nRedaktion;Ansprechpartner;E-Mail;Telefon\n", "{co};{r.full};{r.wmail};{ro}"),
]

SHIFT_HANDOVER = [
    "Übergabe Frühschicht → Spätschicht {date}\n- Kasse 2 zickt, Techniker kommt {wd}\n- Abholung für {p1.h} liegt unter der Theke (Auftrag {order}), {p1.g:sie/er} ruft vorher an: {t1}\n"
    "- {p2.g:Kollegin/Kollege} {p2.last} hat Inventur Lager B angefangen\n- Lieferung von {co} kam unvollständig, {p3.first} klärt\nGruß {p4.first}",
    "Schichtbuch Lager {date}\nAnwesend: {p1.init}, {p2.init}, {p3.init}\nStörung Förderband {time}–{time2}, Meldung an Haustechnik ({t1}).\nKunde {p4.full} war vor Ort wg. Reklamation, Rückruf zugesagt.",
    Fixed("Hallo Kollegen!\nHeute war's stressig. Frau {p1.last} vom Kaffeehaus gegenüber hat wieder bestellt – Lieferung morgen {time} an {a1.line}. Bitte nicht vergessen!! Ihre Handynr.: {m1}.\nBussi, {p2.first}", "AT"),
    "Übergabe Nacht:\n* {p1.full} (Aushilfe) krank bis {date}\n* Schlüssel Tor 3 hat {p2.first}\n* Paket für {p3.hf} zurück an Absender, Adresse unvollständig ({a1.sname} ohne Hausnummer)",
    "Info für Samstag: {p1.first} und {p2.first} tauschen. Schlüsselübergabe bei {p3.hf} zuhause, {a1.line}, ab {time}. Bei Problemen {m1}.",
    Fixed("Übergabe Filiale\n– Kassenabschluss ok, Differenz {price}\n– Reservierung für Herrn {p1.last} ({kind}, {size}) bis {wd}\n– {p2.first} hat Schulung am {date}\n– Handwerker ({co}) kommt {time}, Ansprechpartner {p3.full}, {t1}", "CH"),
]

FORWARDED_HEADER = [
    "---------- Weitergeleitete Nachricht ---------\nVon: {p1.full} <{p1.email}>\nDatum: {wd}, {date} um {time}\nBetreff: Re: Angebot {ref}\nAn: {p2.full} <{p2.smail}>\n"
    "Cc: {p3.comma} <{p3.smail}>\n\nHallo {p2.first},\nbitte an die Buchhaltung weiterleiten. Meine Rechnungsadresse ist {a1.line}.\nGruß {p1.first}",
    "Von: {p1.comma} <{p1.wmail}>\nGesendet: {wd}, {date} {time}\nAn: {smail}\nCc: {p2.full}\nBetreff: WG: Reklamation {ref}\n\nZur Info – siehe unten.\n\nVon: {p3.full} [mailto:{p3.email}]\n"
    "Gesendet: {date2}\nAn: {p1.comma}\nBetreff: Reklamation\n\nDie Lieferung war wieder unvollständig. Bitte um Rückruf: {t1}",
    "Hi {p2.first}, kannst du dich darum kümmern?\n\nFrom: {p1.fold} <{p1.email}>\nSent: {wd}, {date} {time}\nTo: {smail}\nSubject: Rechnung {inv}\n\nHallo, ich habe die Rechnung doppelt bekommen. Bitte eine stornieren.\n{p1.first}",
    "Anfang der weitergeleiteten Nachricht:\n\nVon: {p1.full} <{p1.email}>\nBetreff: Neue Adresse\nDatum: {date} um {time} MESZ\nAn: {p2.full} <{p2.email}>\n\nNeue Anschrift ab dem 1.:\n{a1.block}\nTelefon bleibt {t1}.",
    "WG: AW: AW: Liefertermin\n\nVon: {p1.full}\nGesendet: {date} {time}\nAn: {p2.comma}; {p3.comma}\nBetreff: AW: AW: Liefertermin\n\nGeht klar, {wd} passt. Anlieferung {a1.line}, Tor 2.\n\n"
    "Von: {p2.comma}\nGesendet: {date}\nAn: {p1.full}\n\nHallo {p1.hf}, wäre {wd} ok?",
    "-------- Original-Nachricht --------\nBetreff: Kündigung Kundenkonto\nDatum: {date} {time}\nVon: {p1.email}\nAn: {smail}\nX-Originating-IP: [{ip}]\n\nBitte mein Konto schließen. {p1.full}, Kundennr. {custno}",
]

MEETING_MINUTES = [
    Rows("Protokoll Teammeeting {date}\nOrt: {room}\nTeilnehmer:\n", "- {r.full}",
         "\nEntschuldigt: {p1.full}\n\nTOP 1 Retourenquote: liegt bei {pct}. {r_1.first} schaut sich die Top-Gründe an.\nTOP 2 Neuer Versanddienstleister: Angebot von {co} liegt vor.\n\n"
         "To-dos:\n- {r_2.init}: Angebot prüfen bis {date2}\n- {r_1.init}: Auswertung Retouren\nProtokoll: {r_3.first}", n=(3, 6)),
    "Besprechungsnotiz Kunde {co}, {date}\nAnwesend: {p1.full}, {p2.full} ({co}); {p3.full}, {p4.full} ({shop})\n1. Liefertermine Q{num}: bleiben wie geplant.\n"
    "2. Ansprechpartner Logistik künftig {p2.h}, Tel. {o1}\nNächster Termin: {date2}, {time}, bei {co} ({a1.line})",
    "Protokoll Jour fixe {kw}\nTN: {p1.init}, {p2.init}, {p3.init}, {p4.first}\n• Messe {town}: Standbetreuung {p1.first}/{p4.first}\n• Budget Social Media freigegeben ({price})\n• Nächstes Treffen {wd} {time}",
    Rows("Offene Aufgaben aus dem Meeting vom {date}\n\n| Aufgabe | Verantwortlich | Bis |\n|---|---|---|\n", "| {@task} | {r.full} | {date} |", "\n\nProtokoll: {p1.full}", n=(3, 5)),
    "Kurzprotokoll Telefonkonferenz {date}\nDabei: {p1.full} (Einkauf), {p2.full} ({co}), {p3.first} (Lager)\nErgebnis: Muster gehen an {p2.hdf}, {a1.line}. Rückmeldung bis {date2}.\n"
    "Action Item: {p1.first} schickt Zusammenfassung an {p2.wmail}.",
    Rows("Protokoll Betriebsversammlung {date}\nVersammlungsleitung: {p1.full}\nAnwesende Vertreter:\n", "{r.comma} ({@position})", "\n\nBeschlüsse: Sommerfest am {date2}. Wahlvorstand: {r_1.full}, {r_2.full}.", n=(2, 5)),
]

TEAM_CHAT = [
    "{p1.full}  {tick}\n{p2.mention} kannst du bitte die Adresse von Frau {p3.last} prüfen? Paket kam zurück.\n{p2.full}  {tick}\nmach ich 👍 laut System: {a1.line}\n{p2.full}  {tick}\nah, Hausnummer fehlte beim Label. Neu verschickt.",
    "#versand\n{p1.handle}: wer macht heute die abholung bei {co}?\n{p2.handle}: ich, {p3.first} ist krank\n{p1.handle}: ok, ansprechpartner dort ist {p4.full}, handy {m1}",
    "{p1.comma} hat Sie in einer Nachricht erwähnt:\n„{p2.mention} bitte Rückruf bei {p3.hf}, {t1}, wegen Rechnung {inv}“",
    "{p1.lfirst} [{tick}]\nhat jemand die neue iban von {co}? die alte kam zurück\n{p2.lfirst} [{tick}]\n{iban}\n{p2.lfirst} [{tick}]\nsteht so auf der rechnung von letzter woche",
    "Kanal: #kundenservice\n{p1.full}: Achtung, {p3.full} hat schon 4x angerufen wegen {order}. Wer übernimmt?\n{p2.full}: ich 🙋 Nummer?\n{p1.full}: {t1}\n{p2.full}: danke, ruf gleich an",
    "{p1.full}: Kunde hat im Chat seine komplette Kartennummer gepostet 🙈 {cc} – kann das jemand aus dem Verlauf löschen?\n{p2.full}: erledigt. {p3.mention} bitte im Team nochmal erinnern: keine Kartendaten in Tickets.",
    "[{tick}] {p1.first}: {p2.mention} {p3.mention} Meeting mit {co} verschoben auf {wd} {time}\n[{tick}] {p2.first}: passt\n[{tick}] {p3.first}: ich bin dann im Homeoffice, Einwahl über {o1}?",
]

VOICEMAIL = [
    "Sprachnachricht von {t1}, {date} {time}, Dauer 0:{num}\nTranskript: „Ja hallo, hier ist {p1.full}, äh, ich hatte letzte Woche was bestellt, {kind}, und wollte mal fragen, wann das kommt. "
    "Die Bestellnummer hab ich grad nicht, aber die Adresse ist {a1.line}, also ... Rufen Sie mich doch bitte zurück, {m1}. Danke, tschüss.“",
    "Neue Voicemail ({dur}) – automatisch transkribiert:\n„guten tag hier spricht {p1.low} von der firma {co} es geht um die rechnung {inv} bitte rufen sie mich zurück unter {t1} danke“",
    "Mailbox {time} – {p1.first} ({m1}): Lieferung kann morgen nicht angenommen werden, bitte bei {p2.full} abgeben, Haus gegenüber. Rückruf nicht nötig.",
    "Anrufbeantworter Filiale, Nachricht {num}:\nAnrufer nennt sich {p1.hf}, spricht sehr schnell. Nummer verstanden: {t1} (evtl. Zahlendreher). Anliegen: Reservierung {kind} in Größe {size} bis Samstag.",
    "Voicemail-to-Text ({date} {time}):\n„Hallo, {p2.first}, ich bin's, {p1.first} von {co}. Die Palette steht bereit, der Fahrer soll sich bei {p3.h} am Tor melden. Meine Durchwahl ist {o1}. Ciao.“",
    "Sprachmemo Außendienst {date}: Termin bei {p1.hf}, {a1.line}, lief gut. Bestellung über {qty} Stück kommt per Mail von {p1.wmail}. Nächster Besuch {kw}.",
]

UNSUBSCRIBE = [
    "Betreff: Abmelden!!!\n\nIch habe mich jetzt ZUM DRITTEN MAL vom Newsletter abgemeldet und bekomme trotzdem jeden Tag Mails an {p1.email}. Löschen Sie sofort meine Daten, sonst wende ich mich an die Datenschutzbehörde.\n\n{p1.full}",
    "Guten Tag,\nbitte streichen Sie mich aus Ihrem Verteiler. Laut Ihrer Bestätigungsmail habe ich mich am {date} um {time} von der IP-Adresse {ip} angemeldet – das war ich nicht!\nMeine Adresse: {p1.email}\nMfG {p1.init}",
    "Hallo, warum bekomme ich Werbung per Post an {a1.line}? Ich habe nie bei Ihnen bestellt. Woher haben Sie meine Adresse? Ich bitte um Auskunft nach Art. 15 DSGVO.\n{p1.full}",
    "an: {smail}\nbetreff: newsletter\n\nbitte abmelden: {p1.email} und auch {p2.email} (meine frau). danke. {p1.lfirst}",
    "Sehr geehrte Damen und Herren,\n\nich widerspreche hiermit der Nutzung meiner Daten zu Werbezwecken (Art. 21 DSGVO). Betroffen: {p1.full}, {a1.line}, {p1.email}, Tel. {t1}.\n\n{@close}\n{p1.full}",
    "Schon wieder eine SMS von euch auf {m1}, obwohl ich STOP geschickt habe. Das nervt. Bitte endgültig austragen. {p1.full}",
]

MARKETPLACE = [
    "Nachricht von Käufer{p1.g:in/} {p1.user} (Bestellung {order}):\n„Hallo, ich habe versehentlich die alte Adresse angegeben. Bitte schicken Sie es an {a1.line}, z. Hd. {p1.full}. Danke!“",
    "eBay-Nachricht: Frage zum Artikel {sku}\nVon: {p1.user}\nHallo, ist Abholung in {town} möglich? Ich könnte {wd} vorbeikommen. Tel {m1}. Gruß {p1.first}",
    "Etsy-Bestellung {order} – Personalisierung: Gravur „{p2.first} & {p3.first} {date}“\nLieferung an: {p1.full}\n{a1.blockc}\nNachricht an Verkäufer: Ist ein Geschenk, bitte ohne Rechnung ins Paket :)",
    "Marketplace – Käufernachricht\nBetreff: Artikel nicht erhalten\nKäufer: {p1.full}\nBestellnr.: {order}\n„Laut Tracking ({track}) zugestellt, aber hier ist nichts. Nachbar {p2.last} hat auch nichts. Bitte um Erstattung.“",
    "Kleinanzeigen-Chat\n{p1.first}: Hallo, ist das Fahrrad noch da? Würde {price} bieten.\nVerkäufer: Ja, noch da. Abholung in {a2.line}.\n{p1.first}: Perfekt, komme morgen {time}. Meine Nummer: {m1}",
    "Kaufabwicklung {order}\nKäufer: {p1.user} ({p1.full}), Konto angelegt {date} von IP {ip}\nVersandadresse: {a1.line}\nKäufer-Hinweis: „Bitte DHL, nicht Hermes. Danke!“",
]

OCR_FORM = [
    "KUNDENKARTE – ANTRAG\nName, Vorname: {p1.capscomma}\nAnschrift: {a1.ocrline}\nTel.: {t1}\nE-Mail: {p1.capsmail}\nGeb.-Datum: {bday}\n☒ Ich möchte Angebote per Post erhalten",
    "[Scan Seite 1/1]\nW1DERRUFSFORMULAR\nAn: {shop}, {a2.line:DE}\nHiermit widerrufe(n) ich/wir den von mir/uns abgeschlossenen Vertrag über den Kauf der folgenden Waren: {kind}\n"
    "Bestellt am/erhalten am: {date}\nName des/der Verbraucher(s): {p1.ocr}\nAnschrift des/der Verbraucher(s): {a1.ocrline}\nDatum: {date2}\nUnterschrift: {p1.ocr}",
    "Rücksendeschein (handschriftlich)\nNAME {p1.caps}\nSTR. {a1.ocr}\nPLZ/ORT {a1.ztown}\nTEL {t1}\nGRUND: passt nicht",
    "Gewinnspiel-Teilnahmekarte\nvorname: {p1.lfirst}  nachname: {p1.capslast}\nadresse: {a1.ocrline}\nemail: {p1.email}\n☑ Ich möchte den Newsletter erhalten",
    "OCR-Ergebnis Lieferschein (Konfidenz 0,{num}):\nEmpfänger: {p1.ocr}\n{a1.ocrline}\nUnterschr. Empfang: {p1.ocr}\nDatum: {date}",
    "SEPA-Lastschriftmandat (Scan)\nKontoinhaber: {p1.caps}\nStrasse: {a1.ocr}\nIBAN: {iban}\nOrt, Datum: {town}, {date}\nUnterschrift: {p1.ocr}",
]

CRM_EXPORT = [
    Rows("[\n", "  {\n    \"kunden_id\": \"{custno}\",\n    \"vorname\": \"{r.first}\",\n    \"nachname\": \"{r.last}\",\n    \"email\": \"{r.email}\",\n    \"telefon\": \"{rt}\",\n"
         "    \"adresse\": {\n      \"strasse\": \"{ra.streetonly}\",\n      \"plz\": \"{ra.zip}\",\n      \"ort\": \"{ra.town}\"\n    },\n    \"newsletter\": ⟦true|false⟧\n  }", "\n]", n=(1, 3), joiner=",\n"),
    Rows("# CRM-Export {date}\nkontakte:\n", "  - name: {r.full}\n    firma: {co}\n    email: {r.wmail}\n    telefon: \"{rt}\"\n    anschrift: \"{ra.line}\"\n    quelle: {@source}", n=(1, 3)),
    Rows("", "{\"personalnr\":\"{custno}\",\"name\":\"{r.full}\",\"steuer_id\":\"{rtax}\",\"iban\":\"{riban}\",\"eintritt\":\"{date}\"}", n=(2, 4)),
    Rows("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kunden>\n", "  <kunde id=\"{custno}\">\n    <name>{r.comma}</name>\n    <email>{r.email}</email>\n    <iban>{riban}</iban>\n    <letzte_ip>{rip}</letzte_ip>\n  </kunde>",
         "\n</kunden>", n=(1, 3)),
    "{\n  \"ticket\": \"{ticket}\",\n  \"kunde\": {\n    \"name\": \"{p1.full}\",\n    \"mail\": \"{p1.email}\",\n    \"tel\": \"{t1}\",\n    \"lieferadresse\": \"{a1.line}\"\n  },\n"
    "  \"agent\": \"{p2.full}\",\n  \"status\": \"⟦offen|gelöst|wartet auf Kunde⟧\",\n  \"ip\": \"{ip}\"\n}",
    Rows("kunde_id,anrede,vorname,nachname,strasse,plz,ort,land,ust_id\n", "{custno},{r.g:Frau/Herr},{r.first},{r.last},{ra.streetonly},{ra.zip},{ra.town},{ra.country},{vat}"),
    "kontakt:\n  id: {custno}\n  anzeige_name: \"{p1.comma}\"\n  telefon_mobil: \"{m1}\"\n  telefon_geschaeftlich: \"{o1}\"\n  email: {p1.wmail}\n  firma: {co}\n  notiz: |\n    Rückruf durch {p2.full} am {date}.\n    Lieferadresse abweichend: {a1.line}",
    "<contact>\n  <firstName>{p1.first}</firstName>\n  <lastName>{p1.last}</lastName>\n  <street>{a1.streetonly}</street>\n  <zip>{a1.zip}</zip>\n  <city>{a1.town}</city>\n  <phone>{t1}</phone>\n  <taxId>{tax}</taxId>\n</contact>",
]

GDPR_REQUEST = [
    "Betreff: Auskunftsersuchen nach Art. 15 DSGVO\n\n{@greet}\n\nhiermit bitte ich um Auskunft über alle zu meiner Person gespeicherten Daten.\n\nName: {p1.full}\nAnschrift: {a1.line}\n"
    "E-Mail-Adresse im Kundenkonto: {p1.email}\nGeburtsdatum: {bday}\n\nBitte antworten Sie innerhalb der gesetzlichen Frist von einem Monat.\n\n{@close}\n{p1.full}",
    "DSGVO-Anfrage {ref} – Datenfund:\n• Kundenkonto: {p1.comma}, {p1.email}\n• Bestellungen: {num} (zuletzt {order})\n• Newsletter-Opt-in: {date}, IP {ip}\n• Zahlungsdaten: Kreditkarte {masked} (tokenisiert)\n"
    "• Telefonnotizen: 2 (Rückrufnr. {t1})\nBearbeiter{p2.g:in/}: {p2.full}",
    "Antrag auf Löschung\nIch, {p1.full}, geb. {bday}, wohnhaft {a1.line}, verlange die Löschung meiner Daten (Art. 17 DSGVO) einschließlich der Telefonnummer {t1}.\n{town}, {date}\n{p1.full}",
    "Hallo Datenschutz-Team,\nbitte die Daten von meinem verstorbenen Vater {p2.full} (Kundennr. {custno}) löschen. Ich bin {p1.full}, erreichbar unter {p1.email}. Die Sterbeurkunde hängt an.\nDanke",
    "Auskunft ehemalige{p1.g:/r} Mitarbeiter{p1.g:in/} {p1.full}: gespeichert sind Personalakte, Steuer-ID {tax}, Bankverbindung {iban}, Anschrift {a1.line}. Aufbewahrung Lohnunterlagen: 10 Jahre. Bearbeitet: {p2.init}",
    "Auskunft erteilt am {date} an {p1.hf} per Post an {a1.line}. Enthaltene Daten: Stammdaten, {num} Bestellungen, Login-IPs ({ip}, {ip2}). Bearbeitet: {p2.init}, geprüft: {p3.init}",
    "Sehr geehrte Damen und Herren,\nich fordere Sie auf, meine Daten zu berichtigen: Mein Name ist {p1.full}, nicht „{p1.typo}“. Außerdem ist meine Telefonnummer {t1} veraltet.\n{@close}\n{p1.full}",
]

PAYROLL = [
    Fixed("Personalfragebogen – neue{p1.g:/r} Mitarbeiter{p1.g:in/}\nName, Vorname: {p1.comma}\nGeburtsdatum: {bday}\nAnschrift: {a1.line}\nTelefon: {m1}\nSteuerliche Identifikationsnummer: {tax}\n"
          "Steuerklasse: ⟦1|3|4|5⟧\nKonfession: ⟦rk|ev|–⟧\nSozialversicherungsnummer: {svnr}\nBankverbindung (IBAN): {iban}\nKrankenkasse: ⟦TK|AOK Bayern|Barmer|DAK|IKK classic⟧", "DE"),
    "Hallo {p2.first},\nfür die Lohnabrechnung fehlt mir noch die Steuer-ID von {p1.full}. {p1.g:Sie/Er} hat sie mir eben per WhatsApp geschickt: {tax}. Kannst du das im System nachtragen? "
    "IBAN hat sich auch geändert, neu: {iban}.\nDanke, {p3.first}",
    Fixed("Minijob-Anmeldung\nArbeitnehmer{p1.g:in/}: {p1.full}\nStraße: {a1.streetonly}\nPLZ/Ort: {a1.ztown}\nSteuer-ID: {tax}\nRV-Nummer: {svnr}\nBeginn: {date}\nStundenlohn: {price}", "DE"),
    "Anfrage vom Finanzamt weitergeleitet: Bitte IdNr. für {p1.hf} bestätigen. Laut Personalakte: {tax}. Laut ELStAM-Abruf: {tax2}. Abweichung klären mit {p1.g:der Mitarbeiterin/dem Mitarbeiter} ({p1.email}).",
    "Lohnsteuerbescheinigung {year} – Korrektur\nArbeitnehmer: {p1.full}\nIdNr.: {tax}\nAnschrift: {a1.block}\nBearbeitet: {p2.full}, Personalabteilung",
    Fixed("Neueinstellung {date}\n{p1.full}, {@position}\nSteuer-ID {tax} · Steuernummer Arbeitgeber {stnr}\nGehaltskonto: {iban}\nNotfallkontakt: {p2.full}, {m1}", "DE"),
    "Hallo Lohnbüro,\nbitte ab {month} das Gehalt von {p1.full} auf das neue Konto {iban} überweisen. Die Bankbestätigung liegt in der Personalakte.\n{@close}\n{p2.full}, Personal",
    Rows("Abgleich Steuer-IDs (ELStAM) {month}\nPersonalnr.;Name;IdNr.;IBAN;Status\n", "{custno};{r.comma};{rtax};{riban};⟦ok|abweichend|fehlt im Abruf⟧", "\nRückfragen: {p1.full}, {o1}", n=(3, 5)),
]

FRAUD_REVIEW = [
    "Fraud-Check Bestellung {order} – Score {num}/100\nKunde: {p1.full}, {p1.email}\nRechnungsadresse: {a1.line}\nLieferadresse: {a2.line}\nIP: {ip} (Geo: ⟦NL|RU|US|DE⟧)\n"
    "Zahlung: Kreditkarte {cc}, 3DS ⟦fehlgeschlagen|erfolgreich⟧\nEntscheidung: ⟦storniert|manuell freigegeben|Rückfrage per Telefon⟧",
    "Auffällig: 4 Bestellungen in 10 Min. von IP {ip} mit verschiedenen Namen ({p1.full}, {p2.full}, {p3.full}), alle an Packstation {num} in {town}. Karte jeweils {masked}. Bitte sperren. – {p4.init}",
    "Chargeback-Fall {ref}\nKarteninhaber{p1.g:in/}: {p1.caps}\nKarte: {cc}\nBestellt von IP {ip}, Gerät {mac}\nLieferung an {a1.line}, Unterschrift bei Zustellung: „{p1.last}“",
    "Sicherheitswarnung: Neuer Login in Ihr Kundenkonto\n\nHallo {p1.first},\nwir haben am {date} um {time} eine Anmeldung von einem neuen Gerät festgestellt:\nIP-Adresse: {ip}\nBrowser: Firefox {ver}\n"
    "Waren Sie das nicht? Dann ändern Sie bitte sofort Ihr Passwort.\n\n{@agentsig}",
    "Risiko-Review (manuell)\nKonto: {p1.email}\nLetzte Logins: {ip} ({date}), {ip2} ({date2})\nAdressänderung auf {a1.line} kurz vor Bestellung → verdächtig\nTelefonische Verifikation unter {t1}: ⟦bestätigt|nicht erreicht⟧\nPrüfer: {p2.full}",
    "Blacklist-Eintrag\nName: {p1.full}\nAlias: {p2.full}\nAdresse: {a1.line}\nKarten: {cc}, {cc2}\nGrund: mehrfach Rückbuchung",
]

PHONE_ORDER = [
    "Telefonbestellung {date}, angenommen von {p2.first}\nKunde: {p1.hf}\nLieferadresse: {a1.line}\nArtikel: {sku} {kind} {colour}, {size}\nZahlung: Kreditkarte {cc}, gültig bis {exp}\nRückrufnummer: {t1}",
    "Notiz: {p1.g:Kundin/Kunde} hat die Kartennummer durchgegeben – nach Eingabe LÖSCHEN!! {cc} – {p1.full}, Tel {m1}",
    "Bestellung per Telefon für {co}, Besteller{p1.g:in/} {p1.full}, Rechnung an {cmail}, Lieferung an:\n{a1.block}\nPositionen: {qty}× {sku}, {qty2}× {sku2}\nZahlung per Lastschrift, IBAN: {iban}",
    "Kunde ruft an, möchte Geschenkgutschein über {price} für {p2.full} an {a2.line} schicken lassen. Bezahlung mit Karte {cc}. Besteller: {p1.full}, {t1}.",
    "Tel.-Auftrag #{ticket}\nName: {p1.comma}\nAdresse: {a1.line}\nE-Mail für Bestätigung: {p1.email}\nKarte: {cc} / {exp}\nBemerkung: Lieferung nicht vor {date}",
    Fixed("Bestellung Stammkundin {p1.h} (telefonisch): wie immer {qty} Packungen Kaffee, Lieferung an {a1.line}. Zahlung auf Rechnung. Tel. {t1}", "AT"),
]

SMS_REMINDER = [
    "Hallo {p1.first}, Ihre Abholung im Store ist bereit ✅ Bestellung {order}. Fragen? {hot}",
    "Erinnerung: Ihr Liefertermin am {date} zwischen {time} und {time2}. Fahrer {p2.first} meldet sich 30 Min. vorher unter {m2}. Ändern: Antwort mit 1.",
    "{shop}: {p1.g:Liebe/Lieber} {p1.first}, Ihr Beratungstermin ist am {date} um {time} in unserer Filiale {a1.line}. Absagen unter {hot}.",
    "Termin bestätigt für {p1.hf}: {wd}, {date}, {time}. Adresse: {a1.line}. Bei Verspätung bitte {t1} anrufen.",
    "Ihr Paket von {shop} kommt heute. Zusteller: {p2.first}. Live-Tracking: {track}. Bei Fragen: {m2}",
    "Hallo {p1.hf}, Ihre Reparatur ({ref}) ist fertig und kann abgeholt werden: {a1.line}, Mo–Sa. Tel. {hot}",
]

INVOICE_CORRECTION = [
    "Betreff: Rechnungsadresse korrigieren – {inv}\n\nHallo,\nbitte stellen Sie die Rechnung neu aus auf:\n\n{co}\nAbt. Buchhaltung\nz. Hd. {p1.hdf}\n{a1.block}\n\nUSt-IdNr.: {vat}\nDanke! {p1.first}",
    "Rechnungskorrektur {inv}: Name falsch geschrieben. Richtig ist {p1.full} (nicht {p1.typo}). Bitte neu ausstellen und an {p1.email} senden.",
    "Guten Tag, die Rechnung bitte an meine Privatadresse {a1.line} und nicht an die Firma. Ich zahle per Überweisung von {iban}.\n{@close}\n{p1.full}",
    "Korrektur Lieferadresse/Rechnungsadresse\nalt: {a1.line}\nneu: {a2.line}\nKunde: {p1.full} ({custno})\nerledigt: {p2.init}, {date}",
    "Hallo,\nauf der Gutschrift {inv} für meine Kooperation fehlt meine Steuer-ID ({tax}), außerdem ist die IBAN falsch. Richtig: {iban}.\nLG {p1.full}",
    "Hallo {p2.first}, die Rechnung {inv} ging an {p3.full} statt an {p1.full}. Bitte stornieren und neu an {p1.wmail} schicken. Danke, {p4.first}",
    Fixed("Sehr geehrte Damen und Herren\nBitte ändern Sie die Rechnungsadresse für alle künftigen Bestellungen auf:\n{co}\n{p1.full}\n{a1.block}\nFreundliche Grüsse\n{p1.full}", "CH"),
]


# ---------------------------------------------------------------- genres without personal data

MARKETING = [
    "Sommer-Sale bei {shop}! Bis zu {pct} auf Jacken von {brand} und {brand2}. Nur bis {date}. Code SOMMER{year} im Warenkorb eingeben – solange der Vorrat reicht.",
    "Neu eingetroffen: die Kollektion „{pstreet}“ – inspiriert von Boulevards und Hinterhöfen. Sessel „{pname}“ ab {price}, Stehleuchte „{pname2}“ ab {price2}. Versandkostenfrei ab {price3}.",
    "Wir sind umgezogen! Ab {date} findet ihr uns in der {sname}, direkt neben der Apotheke. Zur Eröffnung gibt's {pct} auf alles von {brand}.",
    "Black Week: {pct} auf alles von {brand}! Gilt für Bestellungen bis {date}, {time}. Ausgenommen sind Gutscheine und Artikel von {brand2}.",
    "Von der Zugspitze bis nach Sylt: Unsere Wanderjacke „{pplace}“ begleitet dich überall hin. Jetzt in {colour} und {colour2}, Größen XS bis XXL. Nur {price}.",
    "Muttertag ist am {date}! Verschenke Blumen aus der Serie „{pname}“ oder einen Gutschein ab {price}. Bestellung bis {wd}, {time}, Lieferung pünktlich.",
    "Der Klassiker ist zurück: Sneaker „{pstreet}“ in limitierter Auflage von {qty} Paar. Release am {date} um {time} – online und in allen Stores.",
    "Gewinnspiel! Unter allen Bestellungen bis {date} verlosen wir {num} Rucksäcke „{pplace}“ im Wert von je {price}. Teilnahme ab 18, Rechtsweg ausgeschlossen.",
]
PRODUCT_DESC = [
    "{kind} „{pname}“\nArt.-Nr. {sku} | EAN {gtin}\nMaße: {size}\nGewicht: {weight}\nMaterial: 100 % Bio-Baumwolle\nPflege: 30 °C Schonwaschgang\nDesign: Studio {pplace}",
    "Der Klassiker von {brand}: Das Modell „{pname}“ ({kind}) überzeugt mit robustem Material und zeitlosem Schnitt. Modelljahr {year}, Passform {ver}. In {colour} erhältlich.",
    "Produktdatenblatt\nBezeichnung: Bettwäsche-Set „{pstreet}“\nGTIN: {gtin}\nLieferumfang: 1 Bezug {size}, 1 Kissen 80 x 80 cm\nMarke: {brand}\nHerkunft: Portugal",
    "Espressokanne „Via Veneto“ für 6 Tassen, Aluminium, Griff aus Bakelit. Induktionsgeeignet mit Adapterplatte. EAN {gtin}. UVP {price}.",
    "Ledertasche „{pplace}“ – handgenäht, vegetabil gegerbt. Innenfach mit Reißverschluss, Laptopfach bis 14 Zoll. Maße {size}, Gewicht {weight}. Art.-Nr. {sku}.",
    "Duftkerze „{pname}“ mit Noten von Feige und Zedernholz. Brenndauer ca. 45 Stunden. Wachs: Raps, vegan. Charge {build}. EAN {gtin}.",
    "Kinderrucksack {pname} (für 3–6 Jahre), Volumen {size}, mit Brustgurt und Reflektoren. Von {brand}. Farbe {colour}. Ab Lager {town} lieferbar.",
    "Ersatzteil: Dichtungsring für Modell {sku}, passend für Serien ab {year}. Packung mit {qty} Stück. Hersteller-Nr. {sku2}.",
]
SHIPPING_FAQ = [
    "Wie lange dauert der Versand?\nInnerhalb Deutschlands liefern wir in {dur}. Nach Österreich und in die Schweiz etwas länger. Bestellungen, die werktags bis {time} eingehen, verlassen unser Lager am selben Tag.\n\n"
    "Liefert ihr an Packstationen?\nJa. Bitte gib dazu deine Postnummer und die Nummer der Packstation an. Lieferungen an Postfächer sind leider nicht möglich.",
    "Versandkosten\nDeutschland: {price}\nÖsterreich/Schweiz: {price2}\nAb {price3} versandkostenfrei. Für Inseln (z. B. PLZ 18565 oder 25938–25999) kann ein Aufschlag anfallen.",
    "Wo ist mein Paket?\nSobald dein Paket unterwegs ist, bekommst du eine Mail mit der Sendungsnummer (Format z. B. {track}). Die Zustellung erfolgt in der Regel zwischen {time} und {time2}.",
    "Rücksendungen aus der Schweiz\nBitte sende Retouren nicht direkt an unser Lager, sondern an unseren Dienstleister ({pobox}, {zip} {town}). Die Erstattung erfolgt innerhalb von {dur}.",
    "Kann ich meine Lieferadresse nachträglich ändern?\nSolange die Bestellung noch nicht versendet wurde, ja – im Kundenkonto unter „Bestellungen“. Danach nur noch über die Sendungsverfolgung des Paketdienstes. (Stand: {date})",
    "Expressversand\nBestellst du Mo–Do bis {time}, kommt dein Paket am nächsten Werktag. Aufpreis {price}. Nicht möglich für Sperrgut über {weight} und für Lieferungen in die PLZ-Bereiche 18 und 25.",
    "Liefert ihr auch ins Ausland?\nJa, in alle EU-Länder sowie nach Großbritannien, Norwegen und in die Schweiz. Zölle fallen für die Schweiz ab einem Warenwert von {price} an.",
    "Sperrgut und Speditionsware\nMöbel liefern wir per Spedition bis zur Bordsteinkante. Die Spedition meldet sich vorab zur Terminabsprache. Lieferzeit {dur}.",
]
ORDER_CONFIRMATION = [
    "Vielen Dank für deine Bestellung!\nBestellnummer: {order}\nBestelldatum: {date}\n\n1 × {kind} „{pname}“, {colour}, {size} – {price}\n1 × {kind2} – {price2}\nZwischensumme: {price3}\nVersand: kostenlos\n\n"
    "Die Lieferung erfolgt an die von dir angegebene Adresse. Voraussichtliche Zustellung: {wd}, {date2}.",
    "Auftragsbestätigung {order}\nPos. | Artikel | Menge | Preis\n1 | {sku} | {qty} | {price}\n2 | {sku2} | {qty2} | {price2}\nZahlungsart: Rechnung (Zahlungsziel 14 Tage)\nDie Rechnungsnummer folgt mit separater Mail.",
    "Deine Bestellung {order} wurde versendet 📦 Sendungsnummer: {track}. Die Zustellung erfolgt an die gewählte Packstation.",
    "Bestellbestätigung – Abholung im Store\nAbholnummer: {ref}\nBitte bring einen Ausweis und diese Mail mit. Abholbereit ab {date}, {time}.",
    "Ihre Bestellung {order} vom {date}\nArtikel: {qty} × {kind} (Art.-Nr. {sku}) à {price}\nGutschein {pct} abgezogen\nGesamt: {price2} inkl. MwSt.\nZahlung: PayPal – bereits bezahlt",
    "Teillieferung zu Bestellung {order}: Heute verschickt wurden {num} Artikel. Der Rest ({kind}) folgt voraussichtlich in {kw}. Sendungsnummer {track}.",
]
STORE_HOURS = [
    "Öffnungszeiten Filiale {town}\nMo–Fr {time}–{time2}\nSa {time3}–{time4}\nSo & feiertags geschlossen\nAm {date} (Inventur) bleibt der Laden geschlossen.",
    "Liebe Kundschaft, wegen Umbau ist unser Store in der {sname} vom {date} bis {date2} geschlossen. Online-Bestellungen laufen normal weiter.",
    "Öffnungszeiten über die Feiertage:\n24.12. {time}–{time2}\n31.12. {time3}–{time4}\n1.1. und 6.1. geschlossen\nEuer Team aus der Filiale Mariahilf",
    "Neue Öffnungszeiten ab {date}: Montag geschlossen, Di–Fr {time}–{time2}, Sa {time3}–{time4}. Parkplätze im Parkhaus am Bahnhofplatz (erste Stunde gratis).",
    "Unser Pop-up-Store am Marktplatz ist noch bis {date} geöffnet – täglich ab {time}. Danach findet ihr uns wieder im Einkaufszentrum, Ebene 2.",
    "Werkstatt-Zeiten: Annahme Mo–Do {time}–{time2}, Abholung bis {time3}. Freitags nur Express-Service. Zwischen {date} und {date2} Betriebsurlaub.",
    "Sonntagsöffnung! Am {date} haben alle Filialen in {town} von {time} bis {time2} geöffnet (verkaufsoffener Sonntag).",
    "Hinweis: Der Eingang in der {sname} ist wegen Bauarbeiten gesperrt. Bitte nutzt den Hintereingang über den Parkplatz.",
]
SIZE_CHART = [
    "Größentabelle Damen – {brand}\nGröße | Brust | Taille | Hüfte\nXS (34) | 80–83 | 64–67 | 88–91\nS (36) | 84–87 | 68–71 | 92–95\nM (38) | 88–91 | 72–75 | 96–99\nL (40) | 92–95 | 76–79 | 100–103\nAlle Angaben in cm.",
    "Schuhgrößen-Umrechnung\nEU 38 = UK 5 = US 7,5\nEU 39 = UK 6 = US 8\nEU 40 = UK 6,5 = US 8,5\nEU 41 = UK 7,5 = US 9,5\nFällt das Modell „{pname}“ klein aus? Dann eine Nummer größer wählen.",
    "Kindergrößen nach Alter\n86/92: 1–2 Jahre\n98/104: 3–4 Jahre\n110/116: 5–6 Jahre\n122/128: 7–8 Jahre\nBei Modell {sku} empfehlen wir die größere Größe.",
    "So misst du deine Handschuhgröße: Umfang der Hand in cm (ohne Daumen) messen.\n17–18 cm = S\n19–20 cm = M\n21–22 cm = L\n23–24 cm = XL\nModell {pname}, Art.-Nr. {sku}",
    "Herren-Hemden „{pname}“ (Kragenweite)\n37/38 = S\n39/40 = M\n41/42 = L\n43/44 = XL\nÄrmellänge Standard 64 cm, Extralang 69 cm.",
    "Ringgrößen\nInnenumfang 50 mm = Größe 50 (Ø 15,9 mm)\n52 mm = 52 (Ø 16,6 mm)\n54 mm = 54 (Ø 17,2 mm)\n56 mm = 56 (Ø 17,8 mm)\nTipp: abends messen. Gratis-Ringmaßband zu jeder Bestellung ab {price}.",
    "Fahrradrahmen nach Körpergröße (Modell {sku})\n155–165 cm: 47–50 cm (S)\n165–175 cm: 51–54 cm (M)\n175–185 cm: 55–58 cm (L)\n185–195 cm: 59–62 cm (XL)",
    "BH-Größen ({brand})\nUnterbrustumfang 63–67 cm = 65\n68–72 cm = 70\n73–77 cm = 75\nCup-Differenz 12–14 cm = A, 14–16 cm = B, 16–18 cm = C",
]
RELEASE_NOTES = [
    "Version {ver} ({date})\n- Neu: Export der Bestellübersicht als CSV\n- Behoben: Absturz beim Öffnen von Retouren mit mehr als 99 Positionen\n- Behoben: PLZ-Feld akzeptierte keine führende Null (z. B. 01067)\n- Intern: Bibliothek auf {ver2} aktualisiert",
    "Changelog Shop-App\n{ver}: Dark Mode, schnellere Suche\n{ver2}: Fehler bei der Anzeige von Preisen in CHF behoben\nBuild {build}",
    "Wartungsfenster am {date} von {time} bis {time2}: Update der Kassensoftware auf {ver}. Betroffen sind alle Filialen. Windows-Clients benötigen mindestens {ver2}.",
    "Firmware {ver} für Waage WX-{num}: korrigierte Tara-Funktion, neue Sprachen (Polnisch, Türkisch). Installation über USB-Stick, Dauer ca. {dur}.",
    "Release {ver}\n• Adressvalidierung: Hausnummern mit Zusatz (z. B. „12a“) werden nun korrekt erkannt\n• Telefonnummern werden im Format E.164 gespeichert\n• IP-Adressen in Logs werden nach 7 Tagen anonymisiert",
    "Update {ver} der Lager-App: Scanner erkennt jetzt auch GTIN-8 und Code 128. Bekanntes Problem: Etikettendruck auf Zebra-Druckern mit Firmware {ver2} langsam.",
    "Hinweis zur API-Version {ver}: Der Endpunkt /orders liefert ab {date} das Feld „shipping_address“ nur noch mit Berechtigung customer:read. Alte Clients bis {ver2} bitte aktualisieren.",
    "Kassensystem {ver} – Neu: Bon per QR-Code, Kartenzahlung kontaktlos bis {price} ohne PIN. Behoben: Rundungsfehler bei Rabatten über {pct}.",
]
STOCK_REPORT = [
    Rows("Lagerbestand {date}\nArtikel;EAN;Bestand;Lagerplatz\n", "{kind};{gtin};{qty};Regal {num}-{qty}", n=(3, 6)),
    "Nachbestellung bei {brand}: {qty} × {sku} ({colour}), {qty2} × {sku2} ({colour2}). Liefertermin {kw}. Freigabe durch Filialleitung erfolgt.",
    "Inventurdifferenzen Filiale {town}:\n- {sku}: Soll {qty}, Ist {qty2}\n- {sku2}: Soll {qty3}, Ist {qty4}\n- {sku3}: Soll {qty5}, Ist {qty5}",
    "Top-Seller {kw}: 1. {kind} „{pname}“ ({qty} Stk.), 2. {kind2} „{pplace}“ ({qty2} Stk.), 3. Bettwäsche „{pstreet}“ ({qty3} Stk.)",
    Rows("Wareneingang {date} – Lieferschein {order}\n", "{sku} | {kind} | {qty} Stk. | ⟦ok|beschädigt|fehlt⟧", n=(2, 5)),
    "Mindestbestand unterschritten: {kind} „{pname}“ ({sku}) – noch {num} Stück. Vorschlag: {qty} Stück nachbestellen, Lieferzeit {dur}.",
    "Palettenliste Versand {date}\nPalette 1: {qty} Kartons {sku}, {weight}\nPalette 2: {qty2} Kartons {sku2}\nZiel: Lager {town}, Rampe 4",
    "MHD-Kontrolle {kw}: Charge {build} ({kind}) läuft am {date} ab – {qty} Stück in den Abverkauf, {pct} Rabatt.",
]

