"""Deutsche Vorlagen der achten PII-Bank (Deutschland, Österreich, Schweiz).

`PERSONAL[genre]` und `CLEAN[genre]` sind Vorlagenlisten; `pii8.py` teilt jede Liste nach Position
in die dev8-Hälfte (gerade) und die heldout8-Hälfte (ungerade). Die Slots erklärt `pii8_core.py`.
"""

import sys

sys.dont_write_bytecode = True

from functools import partial  # noqa: E402

from pii8_core import action, chat, register, table  # noqa: E402

# ---------------------------------------------------------------- Layouts dieser Sprache

CHAT_STAMPS = register("chat turn layouts (de)", [
    "[{t}] {who}: ", "{who} ({t}): ", "{t} · {who}: ", "{who} – {t}\n", "{t} Uhr – {who}: ", "{who} [{t}] ",
])
ACTION_MARKS = register("action item layouts (de)", [
    "AP: {who} – ", "To-do ({who}): ", "[ ] @{who} ", "→ {who}: ", "Aufgabe {who}: ", "ToDo {who} bis Fr.: ",
])
SCAN_APPS = register("lead scan headers (de)", [
    "Lead-Export – Messe-App v4", "Besucherscans Stand A5-310", "Badge-Scans Tag 2 (OutDoor by ISPO)", "Kontakte Messe Friedrichshafen",
])

# chats and action items in this language's layouts
_chat = partial(chat, CHAT_STAMPS)
_act = partial(action, ACTION_MARKS)


def _rows(text, mapping):
    for a, b in mapping:
        text = text.replace(a, b)
    return text


# ---------------------------------------------------------------- loyalty_signup

CLUB_COLUMNS = register("loyalty export columns (de)", [
    [("Mitgliedsnr.", "{member#}"), ("Vorname", "{p#.first}"), ("Nachname", "{p#.last}"), ("E-Mail", "{p#.email}"),
     ("Beitritt", "{date#}"), ("Filiale", "{store#}")],
    [("Anrede", "{p#.g:Frau:Herr}"), ("Name", "{p#.lastfirst}"), ("Handy", "{p#.mobile}"), ("Punkte", "{points#}"),
     ("Newsletter", "((ja|nein))")],
    [("Karte", "{member#}"), ("Name", "{p#.full}"), ("Geburtsdatum", "{p#.dob}"), ("E-Mail", "{p#.email}"), ("IP bei Anmeldung", "{p#.ip}")],
    [("Nachname", "{p#.last}"), ("Vorname", "{p#.first}"), ("PLZ", "{p#.zip}"), ("E-Mail", "{p#.email}"),
     ("Quelle", "((Kasse|Web|App))")],
])
SCAN_COLUMNS = register("lead scan columns (de)", [
    [("Scan", "{ticket#}"), ("Vorname", "{p#.first}"), ("Nachname", "{p#.last}"), ("Firma", "{company#}"),
     ("E-Mail", "{p#.compmail}"), ("Bewertung", "((heiß|warm|kalt))")],
    [("Badge", "{member#}"), ("Name", "{p#.full}"), ("Funktion", "((Einkauf|Einkaufsleitung|Inhaber/in|Filialleitung))"),
     ("Telefon", "{p#.phone}"), ("Notiz", "((will {product} bis Mai auf Lager|Händlerpreise angefragt|nur Katalog))")],
    [("Kontakt", "{p#.capslast}"), ("Firma", "{company#}"), ("E-Mail", "{p#.compmail}"), ("Telefon", "{p#.phone}")],
    [("Lead", "{ticket#}"), ("Besucher/in", "{p#.full}"), ("Firma", "{company#}"), ("Mobil", "{p#.mobile}"),
     ("Interesse", "((Verleihflotte|Schulbestellung|Vereinsausstattung))")],
])


def club_export(ctx):
    cols = ctx.pick(CLUB_COLUMNS)
    return "Gipfelclub – Neuanmeldungen {date}\n" + table(ctx, cols, ctx.rng.randint(2, 5))


LOYALTY = [
    club_export,
    """Talgrat Gipfelclub – neues Mitglied
Mitgliedsnummer: {member}
Name: {p1.full}
E-Mail: {p1.email}
Handy: {p1.mobile}
Geburtstag: {p1.dob}
Lieblingssport: ((Skitouren, Klettersteig|Trailrunning|Wandern mit Hund|Hüttentouren))
Stammfiliale: {store}
Einwilligung Werbung: ja ({stamp}, IP {p1.ip})""",
    """Abgetippt vom Papierformular (Kasse 2, Filiale {store}), Schrift schwer lesbar:
Name vermutlich {p1.full} – auf der Karte steht eher „{p1.caps}“
Anschrift: {p1.block}
Tel. {p1.phone}
Keine E-Mail angegeben. Erfasst von {p2.first} am {date}.""",
    """{stamp} DOI_VERSANDT an={p1.email} liste=gipfelclub quelle=kasse bestellung={order}
{stamp2} DOI_BESTAETIGT ip={p1.ip} ua="Mozilla/5.0 (Android 14; Mobile)"
{stamp3} PROFIL_GEAENDERT vorname="{p1.first}" nachname="{p1.last}" strasse="{p1.street}" geburtstag="{daymonth}\"""",
    """Hallo zusammen,
ich bin ((letzte Woche|am Samstag|vor drei Wochen)) in eurer Filiale {store} dem Gipfelclub beigetreten, die Karte ist aber nie angekommen.
Sie sollte an
{p1.block}
gehen. Auf dem Kassenbon steht die Mitgliedsnummer {member}.
Viele Grüße
{p1.first}""",
    """FAMILIENMITGLIEDSCHAFT {member}
Hauptmitglied: {p1.lastfirst} <{p1.email}>
Partner/in: {p2.full}
Kinder: {p3.first} (((9|11|7)) J.), {p4.first}
Punkte gemeinsam: {points} · Stufe: Grat""",
    """Anmeldung abgelehnt – Dublette
Die Adresse {p1.email} ist bereits dem Mitglied {member} ({p1.init}) zugeordnet. Laut {p1.g:Kundin:Kunde} handelt es sich um {p1.honlast},
{p1.g:die:der} nach der Hochzeit den Namen geändert hat. Bitte zusammenführen, Ticket {ticket}. – {p2.firstinit}""",
    """Geburtstagsgutscheine ((März|April|Oktober))
{p1.full} – {p1.email} – Code {code}
{p2.full} – {p2.email} – Code {code2}
{p3.lastfirst} – unzustellbar, Adresse prüfen
Absender: {shopmail}""",
]

# ---------------------------------------------------------------- gift_order

def gift_tags(ctx):
    n = ctx.rng.randint(2, 4)
    t = table(ctx, [("Bestellung", "{order#}"), ("Von", "{p#.first}"), ("An", "{p1#.full}"),
                    ("Grußtext", "((Alles Gute zum Geburtstag!|Für die nächste Tour|Frohe Weihnachten, hab dich lieb|Berg Heil!))")], n)
    return "Geschenkanhänger drucken – Versand {date}\n" + t


GIFT = [
    """Gutscheinbestellung {order}
Wert: {price}   Motiv: „Ab in die Berge“
Von: {p1.first}
An: {p2.full}
Grußtext: „Alles Gute, {p2.first}! Jetzt gibt’s keine Ausrede mehr für {placeakk}. Dein {p1.first}“
Zustellung per E-Mail an {p2.email} am {date}
Käufer/in: {p1.full}, {p1.email}""",
    """GESCHENKVERPACKUNG + GRUSSKARTE
Lieferanschrift: {p2.full}
{p2.block}
Kartentext: Liebe Oma, für deine Runden um den See. Von {p1.first} & {p3.first}
Absender (nicht drucken): {p1.full}, {p1.phone}
Artikel: {product} {kind} ({colour}, Gr. {size}), Art.-Nr. {sku}""",
    """Sehr geehrte Damen und Herren,
wir möchten unseren ehrenamtlichen Hüttenwarten zu Weihnachten je eine {product}-Mütze schenken, mit Karte „Danke von der
{company}“. Bitte an:
1. {p1.full}, {p1.line}
2. {p2.full}, {p2.line}
3. {p3.hon} {p3.last} – bitte an die Geschäftsstelle, {p3.g:sie:er} ist verreist
Rechnung an {p4.full}, {p4.email}""",
    """Hallo, könnt ihr den Empfänger des E-Gutscheins {giftcode} ändern? Er soll an {p2.email} gehen, nicht an {p3.email} –
{p2.g:meine Schwester:mein Bruder} {p2.first} hat den Job gewechselt. Bestellnummer {order}.
Danke euch!
{p1.full}""",
    """{p2.first}, du hast einen Talgrat-Gutschein bekommen!
{p1.full} schenkt dir {price} und schreibt:
„Für neue Bergschuhe vor der Tour {placeauf}. Keine Ausreden! – {p1.first}“
Gutscheinnummer: {giftcard} · PIN {pin}
Einlösbar online und in allen Filialen.""",
    gift_tags,
    """Telefonische Bestellung, aufgenommen von {p3.first} ({time} Uhr)
Anrufer/in: {p1.honlast}, {p1.phone}
Gutschein {price} für {p2.full}, Versand an {p2.line}
Bezahlt mit Karte {card}, gültig bis {expiry}""",
    """Guthabenabfrage (Chat)
Kunde nennt sich {p1.full}, Gutschein {giftcard}. Restguthaben {price}, gültig bis {date}. Geschenk von {p2.full} (Bestellung {order}).
Bearbeitet: {p3.init}""",
]

# ---------------------------------------------------------------- alteration

ALTERATION = [
    """ÄNDERUNGSAUFTRAG   Nr. {ticket}
Kunde/Kundin: {p1.honlast}
Tel.: {p1.phone}
Artikel: {product} ((Zip-Off-Hose|Regenhose|Skitourenhose)), {colour}, Gr. {size}
Arbeit: Beine um 4 cm kürzen, Originalsaum beibehalten
Schneiderin: {p2.first}
Fertig: {date}   Preis: {price}""",
    """{p1.sal} {p1.last},

Ihre Hose (Auftrag {ticket}) ist fertig und liegt in unserer Filiale {store} zur Abholung bereit. Bitte bringen Sie den
rosa Abholschein mit.

Freundliche Grüße
{p2.full}
Änderungsschneiderei""",
    """Notizen Schneiderei KW {qty}
- {p1.lower}: Ärmel -2 cm an der {product}, fertig, wartet auf Abholung
- Saum Zip-Off für {p2.first} ({p2.mobile}), will {p2.g:sie:er} bis Fr.
- {p3.hon} {p3.last} hat wieder wegen Bund angerufen – auf Di. vertröstet""",
    """ABGEHOLT VON: {p2.caps} ({p2.g:Ehefrau:Ehemann}) für {p1.full}
Auftrag {ticket}, Ausweis geprüft, unterschrieben {date} {time}
Mitarbeiter/in: {p3.init}""",
    """Reißverschluss-Reparatur
Name: {p1.full}
E-Mail: {p1.email}
Jacke: {product} {kind}, gekauft am {date}, Bestellung {order}
Fehler: Schieber des Hauptreißverschlusses gebrochen
Rücksendeadresse, falls nicht abgeholt: {p1.line}""",
    lambda ctx: "Warteliste Kürzungen – Filiale {store}\n" + table(ctx, [("Auftrag", "{ticket#}"), ("Kunde", "{p#.lastfirst}"), ("Telefon", "{p#.phone}"),
                                                                     ("Artikel", "{product#} {kind#}"), ("Termin", "{date#}")], ctx.rng.randint(2, 4)),
    """Ich habe gestern meine Hose abgeholt (Auftrag {ticket}), jetzt ist das linke Bein gut einen Zentimeter kürzer als das rechte.
Könnte sich das jemand anschauen? Ich bin am {weekday} wieder in der Stadt.
– {p1.full}, {p1.mobile}""",
    """STICKAUFTRAG {order}
Artikel: {product} Fleece Kinder, {colour}
Text (Brust links): „{p2.capsfirst}“
Schrift: Alpine Sans, Garn weiß
Auftraggeber/in: {p1.titled}, {p1.email}
Hinweis: Name ist für {p1.g:ihren:seinen} {p2.g:Tochter:Sohn}, Schreibweise bitte telefonisch bestätigen""",
]

# ---------------------------------------------------------------- workshop_ticket

WORKSHOP = [
    """SKISERVICE – Filiale {store}
Auftrag {ticket} | Eingang {date} | Abholung {date2}
Kunde {p1.full} · {p1.mobile}
Ski: Rinnental Tour 88, {len} cm · Bindung Z-Wert {din} · Gewicht {weight} kg · Sohlenlänge {sole} mm
Leistung: Belag schleifen, Kanten 88°, Heißwachs
Techniker: {p2.init}""",
    """Werkstatttermin Fahrrad
Name: {p1.lastfirst}
E-Mail: {p1.email}
Telefon: {p1.phone}
Rad: Gravelbike, Rahmennr. {serial}
Gewünscht: Inspektion + neue Kette, Abgabe {weekday} {time} Uhr
Gebucht von: {p2.first}""",
    """Whiteboard Di.:
{p1.first} ({p1.last}) – Splitboard-Felle neu beleimen, fertig Do. – anrufen {p1.phone}
{p2.lowerfirst} – Skischuhe geschäumt, Abholung Fr., bezahlt""",
    """Hallo, ich wollte mal nach meinen Ski fragen – am {date} zum Schleifen und Wachsen abgegeben, Auftrag {ticket}.
Wisst ihr schon, wann sie fertig sind? Ich fahre am {weekday} {placezu}.
Danke und Grüße
{p1.full}
{p1.phone}""",
    """Z-WERT-EINSTELLUNG – BESTÄTIGUNG
Ich, {p1.full}, bestätige, dass Gewicht ({weight} kg), Größe ({len} cm), Alter und Fahrertyp (2) korrekt angegeben sind.
Sohlenlänge: {sole} mm. Eingestellter Wert: {din}.
Anschrift: {p1.line}
Techniker: {p2.full}   Datum: {date}""",
    lambda ctx: "SMS-Protokoll Werkstatt\n" + table(ctx, [("gesendet", "{stamp#}"), ("an", "{p#.mobile}"), ("Name", "{p#.first}"),
                                                          ("Text", "((Dein Rad|Deine Ski|Dein Board)) ist fertig, Auftrag {ticket#}")], ctx.rng.randint(2, 4)),
    """Schuhanpassung – {date}, {time} Uhr
Kunde: {p1.hon} {p1.last} (Vorname {p1.first})
Fuß: breiter Vorfuß, rechts eine halbe Nummer größer, bisher {product}
Kontakt: {p1.email}
Anpassung: {p2.firstinit}""",
    """Teilebestellung für Kundschaft
Bitte bestellen: Shimano XT Schaltwerk, Kassette 11-51. Für {p1.titled}, Auftrag {ticket}. {p1.g:Sie:Er} wartet gern,
bitte per SMS an {p1.mobile} Bescheid geben, wenn’s da ist. – {p2.first}""",
]

# ---------------------------------------------------------------- lost_property

LOST = [
    lambda ctx: "FUNDBUCH – Filiale {store}\n" + table(ctx, [("Datum", "{date#}"), ("Fundsache", "((graue Mütze|Trinkflasche|Autoschlüssel, VW|Kinderhandschuh|Geldbörse|Handy, Display gesprungen))"),
                                                             ("Fundort", "((Umkleide 2|Kasse|Schuhbank|Café-Ecke))"), ("Name auf Gegenstand", "{p#.full}"),
                                                             ("benachrichtigt", "((ja|nein|auf Mailbox gesprochen))")], ctx.rng.randint(2, 4)),
    """Fundsache: blaue 1-Liter-Flasche mit Namensaufkleber „{p1.full}“ in Umkleide 2, {date} gegen {time} Uhr.
Liegt in der Fundkiste, Regal B. Name im System gefunden – Mitglied {member}, Handy {p1.mobile}. Auf Mailbox gesprochen. – {p2.first}""",
    """Hallo {p1.first},

wir haben in unserer Filiale {store} wohl deine Geldbörse gefunden – der Führerschein darin lautet auf {p1.full}.
Bring zum Abholen bitte einen Ausweis mit. Wir bewahren sie bis {date} auf.

Viele Grüße
{p2.full}, Filialteam""",
    """VERLUSTMELDUNG
Name: {p1.full}
Telefon: {p1.phone}
E-Mail: {p1.email}
Verloren: graue {product}-Fleecejacke mit Namensschild „{p2.caps}“ ({p2.g:meine Tochter:mein Sohn}), vermutlich an der Schuhbank, {weekday}""",
    """Übergabe: Der VW-Schlüssel von heute früh wurde um 15:40 von {p1.full} abgeholt, im Buch unterschrieben. Der Kinderhandschuh
liegt noch da. Laut {p2.lowerfirst} gehört das Handy vom Cafétisch {p3.hon} {p3.last} – {p3.g:sie:er} hat von {p3.phone} angerufen.""",
    """Nicht abgeholte Fundsachen > 3 Monate, am {date} an die Kleiderkammer gespendet:
- 3 Mützen, 1 Schlauchschal, 2 Flaschen
- Kinderjacke ({product}), Etikett „{p1.caps}“
- Regenschirm
Abgezeichnet: {p2.init}""",
    """Hallo, hier ist {p1.first} von der Samstagswanderung {placeauf} mit {p2.first} – ich glaube, ich habe einen schwarzen
Handschuh im Kleinbus liegen lassen. Falls er auftaucht, schreibt mir bitte an {p1.mobile}. Danke!""",
    """Am {date} an die Polizei übergeben, Az. {case}:
Geldbörse mit EC-Karte (endet auf {pin}), Führerschein {p1.caps}, {p1.line}, 35 € Bargeld.
Gefunden von {p2.g:einer Kundin, die ihre:einem Kunden, der seine} Daten hinterlassen hat: {p2.full}, {p2.phone}.""",
]

# ---------------------------------------------------------------- shift_swap

SHIFT = [
    """Schichttausch-Antrag
Von: {p1.full} (Verkauf)
Mit: {p2.full}
Abgeben: {weekday}, {daymonth}, 9:00–17:30
Übernehmen: {weekday2}, {daymonth2}, 12:00–20:00
Genehmigt von: {p3.first}""",
    lambda ctx: "#dienstplan-innsbruck\n" + _chat(ctx, [("{p1.lowerfirst}", "kann wer meinen sa spät nehmen?? familiending"),
                                                        ("{p2.first}", "ich, wenn du dafür meinen di früh machst"),
                                                        ("{p1.lowerfirst}", "deal!! danke 🙏"),
                                                        ("{p3.first}", "ok, eingetragen: {p2.first} sa spät / {p1.first} di früh")]),
    """Hallo {p3.first},

{p2.first} und ich würden gern tauschen: Ich übernehme {p2.g:ihren:seinen} Sonntag ({daymonth}), {p2.g:sie:er} dafür meinen
Donnerstag spät. Wir bleiben beide unter 40 Stunden. Passt das?

Liebe Grüße
{p1.first}""",
    lambda ctx: "Dienstplanänderungen KW {qty}\n" + _rows(table(ctx, [("Datum", "{daymonth#}"), ("bisher", "{p#.lastfirst}"), ("neu", "{p1#.lastfirst}"),
                                                                    ("Schicht", "((Früh|Spät|Lager|Kasse))")], 2), [("p11.", "p5."), ("p12.", "p6.")]),
    """VERTRETUNG GESUCHT
So. 10–18 Uhr, Filiale {store}, Kasse + Umkleide.
Bitte bei {p1.first} melden ({p1.mobile}) oder direkt ins Buch eintragen. Sonntagszuschlag wird gezahlt.""",
    """Tausch abgelehnt: {p2.hon} {p2.last} käme in der Woche auf 48 Stunden. {p1.first}, frag doch bitte {p4.first}.
– {p3.full}, Filialleitung""",
    """[Personal-App] {p1.full} bietet Schicht {weekday} ((9:00–15:00|14:00–20:00|7:30–13:30)) an · übernommen von {p2.full} · Freigabe ausstehend
[Personal-App] freigegeben von {p3.full} am {stamp}""",
    """Schicht Sa., {daymonth}:
7:30 Warenannahme – {p1.first} & {p2.first}
10:00 Öffnung – {p3.firstinit}
Tausch: {p2.first} ↔ {p4.first} (telefonisch abgesprochen, {p4.first} erreichbar unter {p4.mobile})""",
]

# ---------------------------------------------------------------- fair_lead

def scan_export(ctx):
    cols = ctx.pick(SCAN_COLUMNS)
    return ctx.pick(SCAN_APPS) + "\n" + table(ctx, cols, ctx.rng.randint(2, 5))


FAIR = [
    scan_export,
    """Lead Nr. {qty} – {p1.titled}, Einkaufsleitung, {company}
Interesse: {product} im Großhandel, ab 40 Stück, Lieferung Frühjahr
Nachfassen: {p1.compmail}, {p1.phone}
Muster an: {p1.block}
Gesprochen mit: {p2.first} (Stand A5-310)""",
    """{{"lead_id": "{ticket}", "gescannt": "{stamp}", "kontakt": {{"vorname": "{p1.first}", "nachname": "{p1.last}",
 "email": "{p1.compmail}", "telefon": "{p1.phone}"}}, "firma": "{company}", "erfasst_von": "{p2.work}"}}""",
    """Schön, dass wir uns am Stand kennengelernt haben, {p1.hon} {p1.last}!
Wie besprochen anbei die Händlerliste für die {product}-Serie (GTINs im Anhang, z. B. {gtin}). Muster schicken wir gern an
{p1.line} – kurze Bestätigung genügt.
Beste Grüße
{p2.full}
Großhandel Talgrat · {p2.mobile}""",
    """BEGIN:VCARD
VERSION:3.0
N:{p1.last};{p1.first};;{p1.title};
FN:{p1.full}
ORG:{company}
TITLE:Einkauf
TEL;TYPE=cell:{p1.mobile}
EMAIL:{p1.compmail}
NOTE:Messe Friedrichshafen, möchte {product}-Demokit
END:VCARD""",
    """Leads Tag 1 – Stichpunkte
HEISS {p1.full} ({company}) – will Gebietsschutz für {town}, anrufen {p1.phone}
WARM {p2.init} – kleiner Laden, schickt nächste Woche {p2.g:ihre:seine} {p3.g:Einkäuferin:Einkäufer} {p3.full}
KALT Studierende, keine Daten""",
    """KONTAKTFORMULAR (handschriftlich, gescannt)
Name: {p1.ocr}
Firma: {company}
E-Mail: {p1.emailcaps}
Bitte melden wegen: ((Schulbestellungen|Vereinsausstattung|Verleihflotte))""",
    """Termine auf der Messe
Di. 10:30 – {p1.full}, {company}
Di. 14:00 – {p2.hontitlelast} (Einkauf, {company2})
Mi. 9:15 – {p3.lastfirst} – {product}-Muster mitbringen
Bestätigungen von {p4.work}""",
]

# ---------------------------------------------------------------- influencer_list

INFLUENCER = [
    lambda ctx: "Creator-Shortlist Frühjahrskampagne\n" + table(ctx, [("Kanal", "{handle#}"), ("Name", "{p#.full}"), ("Follower", "{followers#}"),
                                                                      ("E-Mail", "{p#.email}"), ("Status", "((angeschrieben|Antwort|abgesagt|Shortlist))")], ctx.rng.randint(2, 5)),
    """Hallo {p1.first},

wir finden deine Reels auf {handle} {placevom} großartig – vor allem das verregnete! Wir würden dir gern unsere neue
{product}-{kind} zum Testen schicken, ganz ohne Verpflichtung. Wohin dürfen wir sie senden?

Liebe Grüße
{p2.full}
Kooperationen, Talgrat""",
    """Seeding-Versand – {product}-Muster
1) {p1.full}, {p1.line}
2) {p2.full}, {p2.line}
3) {p3.full} – c/o {company}, Agentur fragen
Kurier bestellt für {date}, Art.-Nr. {sku}""",
    """Creator: {p1.full} ({handle})
Management: {p2.full}, {company2}, {p2.compmail}, {p2.phone}
Honorar: {price} für 3 Reels + 5 Storys; Nutzungsrecht 6 Monate
Auszahlung an: {p1.iban}
Steuer-ID (für die Gutschrift): {p1.taxid}""",
    """~Vertragsstand
- {p1.lower}: unterschrieben, Rechnung fällig {date}
- {p2.lowerfirst} ({p2.g:die:der} {placevom}): wartet auf Rückmeldung {p2.g:ihrer:seiner} Agentur
- {p3.full}: abgesagt, schon bei einer anderen Marke""",
    lambda ctx: ('{"kampagne": "fruehjahr", "creator": [' + ", ".join(
        '{{"kanal": "{handle%d}", "name": "{p%d.full}", "email": "{p%d.email}", "honorar": "{price%d}"}}' % (i, i, i, i)
        for i in range(1, ctx.rng.randint(2, 4) + 1)) + "]}"),
    """Bisherige Antworten:
{p1.first} ({handle}) – gern, bitte an {p1.block}
{p2.first} – nur bezahlte Kooperationen
{p3.first} – Abwesenheitsnotiz bis {date}""",
    """Hallo Team, kurze Vorstellung: {p1.full} betreibt {handle} (vor allem Packrafting an der Isar). Ich habe {p1.g:sie:ihn} in CC
gesetzt – {p1.email}. Wäre super für den {product}-Launch. – {p2.first}""",
]

# ---------------------------------------------------------------- service_chat

SERVICE_CHAT = [
    lambda ctx: "Vorab-Formular: Name: {p1.full} | E-Mail: {p1.email} | Thema: Lieferung\n" + _chat(ctx, [
        ("{p2.g:Beraterin:Berater} {p2.first}", "Hallo {p1.first}, danke fürs Warten! Wie kann ich helfen?"),
        ("{p1.first}", "meine bestellung {order} ging an die alte adresse, neu ist {p1.line}"),
        ("{p2.g:Beraterin:Berater} {p2.first}", "Danke, ich habe die Adresse für die nächste Sendung geändert.")]),
    lambda ctx: _chat(ctx, [
        ("Kunde", "hallo kann ich den rest mit karte zahlen? {card}"),
        ("{p2.first} (Talgrat)", "Bitte keine Kartennummern in den Chat schreiben – ich schicke dir einen sicheren Zahlungslink."),
        ("Kunde", "ok sorry. name {p1.full}, bestellung {order}, lieferung an {p1.line}")]),
    lambda ctx: _chat(ctx, [
        ("Talgrat-Bot", "Wie heißt du?"), ("Besucher", "{p1.lower}"),
        ("Talgrat-Bot", "Danke! Und deine E-Mail-Adresse?"), ("Besucher", "{p1.email}"),
        ("System", "Chat an {p2.first} übergeben"),
        ("{p2.first}", "Hallo {p1.first}, deine Retoure {ticket} ist da – das Geld wurde am {date} erstattet.")]),
    """CHAT-ZUSAMMENFASSUNG (automatisch)
Kunde/Kundin: {p1.full} ({p1.email})
Bearbeitet von: {p2.full}
Thema: {product} {kind} – Naht undicht nach 3 Wochen; Fotos erhalten
Ergebnis: kostenlose Reparatur, Etikett an {p1.email}; Rückruf gewünscht unter {p1.phone}""",
    lambda ctx: _chat(ctx, [
        ("{p2.first} (Kundenservice)", "Zur Sicherheit: Wie lautet die Anschrift im Kundenkonto?"),
        ("{p1.full}", "{p1.line}"),
        ("{p2.first} (Kundenservice)", "Passt, vielen Dank, {p1.hon} {p1.last}.")]),
    lambda ctx: "— Chat gestartet am {date} —\n" + _chat(ctx, [
        ("Kunde", "hallo hier ist {p1.lower}, ich hab die {product} in {size} bestellt brauche aber {size2}"),
        ("{p2.g:Beraterin:Berater} {p2.first}", "Hallo {p1.hon} {p1.last}, das tauschen wir gern. Geht die Lieferung wieder an {p1.line}?"),
        ("Kunde", "ja genau")]),
    lambda ctx: _chat(ctx, [
        ("Besucher 4471", "ich brauche ein retourenetikett, hab den {product} {p3.g:meiner Mutter:meinem Vater} {p3.first} geschenkt und er ist zu klein"),
        ("{p2.first}", "Kein Problem – wie lautet die Bestellnummer?"),
        ("Besucher 4471", "{order}, läuft auf meinen namen {p1.full}"),
        ("{p2.first}", "Alles klar, das Etikett geht an {p1.email}.")]),
    lambda ctx: "Rückrufwunsch (Chat)\n" + _chat(ctx, [
        ("{p1.first}", "kann mich jemand anrufen? ist einfacher als tippen. {p1.phone}"),
        ("{p2.first} – Kundenservice", "Gern, {p3.first} aus unserer Werkstatt ruft Sie vor {time} Uhr an.")]),
]

# ---------------------------------------------------------------- staff_answer

STAFF_ANSWER = [
    """Frage: Passt die Kapuze der {product} über einen Kletterhelm?
— gefragt von {p1.firstinit}, {town}
Antwort: Hallo {p1.first}, ja – die Kapuze ist helmtauglich bis Helmgröße L. – {p2.first}, Talgrat {store}""",
    """Frage von {p1.full} ({p1.email}) – wartet auf Freigabe
„Ist die {product} warm genug für {placeakk} im Februar?“
Antwortvorschlag von {p2.full} (Produktberatung Bekleidung): „Mit Midlayer ja …“""",
    """Fragen & Antworten › {product} {kind}
Frage ({p1.firstinit}): Darf ich sie bei 40 Grad waschen?
Antwort: Lieber bei 30 Grad mit Funktionswaschmittel, danach im Trockner auf Schonstufe, das reaktiviert die Imprägnierung.
Beantwortet von {p2.full}, Produktberatung · 12 Personen fanden das hilfreich""",
    """{p1.g:Verifizierte Käuferin:Verifizierter Käufer} {p1.firstinit} fragt: Fällt Größe {size} klein aus?
Antwort aus dem Team ({p2.first}, Anprobe): Die Passform ist normal; die meisten nehmen ihre übliche Größe. Im Zweifel, {p1.g:liebe:lieber}
{p1.first}, bestell beide – die Rücksendung ist kostenlos.""",
    """F: Was ist der Unterschied zwischen {product} und {product2}?
A: {product} ist die leichtere ({weight}0 g). Hoffe, das hilft, {p1.first}! – {p2.caps}, Talgrat Kundenservice""",
    lambda ctx: "Unbeantwortete Fragen – bitte zuteilen\n" + _rows(table(ctx, [("Produkt", "{product#}"), ("Frage von", "{p#.firstinit}"), ("E-Mail", "{p#.email}"),
                                                                               ("zuständig", "{p1#.first}")], ctx.rng.randint(2, 3)), [("p11.", "p7."), ("p12.", "p8."), ("p13.", "p9.")]),
    """„Weiten sich die {product} noch?“ – {p1.lower}
Unsere Antwort: Das Leder gibt etwas nach, aber nicht in der Länge. {p2.full} aus unserer Schuhabteilung in {store} weitet
sie Ihnen gern – fragen Sie einfach nach {p2.g:ihr:ihm}.""",
    """FAQ-Entwurf – Antworten mit Namen
„Ich bin 1,92 m, welche Größe?“ → {p1.first} (Anprobe): XL Lang.
„Ist die Kapuze abnehmbar?“ → {p2.full}: nein, sie ist fest vernäht.
Gefragt von: {p3.full}, {p4.firstinit}""",
]

# ---------------------------------------------------------------- action_items

def minutes_actions(ctx):
    return "\n".join([
        "Wochenrunde Logistik – {date}", "Anwesend: {p1.full}, {p2.full}, {p3.init} (Protokoll)", "Entschuldigt: {p4.first}", "",
        "1. Bestand: {product} in S/M ausverkauft, nächste Lieferung {date2}.",
        _act(ctx, "{p1.first}", "beim Lieferanten bis {weekday} nachhaken"),
        "2. Sommerschaufenster: {product2} + Bilder {placevom}.",
        _act(ctx, "{p2.first}", "Fotografin buchen, Budget {price}"),
        _act(ctx, "{p3.last}", "Protokoll an {p4.first} schicken")])


def retro_actions(ctx):
    return "\n".join([
        "Retro Webteam, Sprint {qty}", "Gut: Checkout schneller ({pct} weniger Abbrüche)", "Schlecht: 3 fehlerhafte GTIN-Importe (z. B. {gtin})", "",
        _act(ctx, "{p1.lowerfirst}", "GTIN-Prüfung in den Import einbauen"),
        _act(ctx, "{p2.first}", "mit {p3.first} zusammen den Feed-Job anschauen"),
        "Moderation: {p3.full}"])


ACTIONS = [
    minutes_actions,
    retro_actions,
    lambda ctx: "Aufgaben aus der Filialleiterrunde\n" + table(ctx, [("Was", "((Schlüsselliste aktualisieren|Bügel nachbestellen|Licht Umkleide reparieren|Dienstplan schicken))"),
                                                                    ("Wer", "{p#.full}"), ("Bis", "{date#}")], ctx.rng.randint(2, 4)),
    """Protokoll – Messestand OutDoor by ISPO
Teilnehmende: {p1.lastfirst}; {p2.lastfirst}; {p3.lastfirst}
- Stand A5-310, Aufbau {weekday} ab 8 Uhr
- Demogeräte: {product} ×6, {product2} ×4
AP: {p1.first} – Transporter mieten
AP: {p2.first} + {p3.first} – Losekarten drucken
Nächster Termin {date}""",
    lambda ctx: "\n".join(["Telefonnotiz ({date}) – {company} × Talgrat", "Dort: {p1.titled}, {p2.full}", "Wir: {p3.full}",
                           _act(ctx, "{p3.first}", "Größenmuster schicken"), _act(ctx, "{p1.last}", "Bestellung {order} bis Freitag bestätigen")]),
    """Jahreshauptversammlung – Lauftreff Talgrat e. V.
Vorsitz: {p1.full}   Protokoll: {p2.full}
{p3.g:Die Kassenwartin:Der Kassenwart} ({p3.full}) berichtet einen Kassenstand von {price}.
AP {p3.first}: Vereinskonto umziehen, neue Bankdaten an die Mitglieder
AP {p4.hon} {p4.last}: Versicherung für die Fahrt {placezu} klären""",
    lambda ctx: "\n".join(["Daily {date}", "{p1.first}: Feed-Import, hängt beim Lieferanten", "{p2.first}: Shooting-Vorbereitung",
                           _act(ctx, "{p1.first}", "bei {p4.full} vom Lieferanten nachhaken ({p4.compmail})")]),
    """Auszug Geschäftsleitungssitzung
Anwesend: {p1.titled} (Vorsitz), {p2.postnom}, {p3.full}
Beschluss: Eröffnung der Filiale Graz im Herbst.
Aufgaben: Rechtliches – {p2.last}; Mietvertrag – {p1.last}; Personalplanung – {p3.first}""",
]

# ---------------------------------------------------------------- expense_claim

EXPENSE = [
    """REISEKOSTENABRECHNUNG {invoice}
Mitarbeiter/in: {p1.full}   Kostenstelle: {kst}
{date}  Bahn München–Friedrichshafen  64,90 €
{date2}  Hotel, 1 Nacht (Messe)  119,00 €
{date3}  Abendessen mit Einkäufer/in von {company}, {p2.full}  78,40 €
Erstattung auf: {p1.iban}
Freigabe: {p3.init}""",
    """Hallo {p3.first}, anbei die Belege für die Dienstreise nach Graz. Das Hotel habe ich versehentlich mit der Firmenkarte bezahlt
({card}), also bitte nicht doppelt erstatten. Der Rest wie immer aufs Gehaltskonto.
Danke, {p1.first}""",
    """FAHRTKOSTEN (Kilometergeld)
Name: {p1.full}
Von: Wohnung ({p1.line})
Nach: Filiale {store} und zurück, 2 × {km} km à 0,30 €
Anlass: Vertretung Spätschichten {daymonth}–{daymonth2}""",
    """Freigabeverlauf Abrechnung {invoice} ({price})
eingereicht von {p1.full} · {stamp}
genehmigt von {p2.full} (Vorgesetzte/r) · {stamp2}
ausgezahlt durch Buchhaltung ({p3.work}) auf {p1.iban}""",
    """Abrechnung {invoice} zurückgewiesen: Beleg für das Taxi am {date} fehlt. {p1.sal} {p1.last}, bitte nachreichen oder kurz begründen.
Rückfragen: {shopmail}""",
    lambda ctx: "Export Reisekosten {date}\n" + table(ctx, [("Mitarbeiter/in", "{p#.lastfirst}"), ("Abrechnung", "{invoice#}"), ("Betrag", "{amount#}"),
                                                             ("IBAN", "{p#.iban}")], ctx.rng.randint(2, 4)),
    """Aushilfe Messestand – Tagegeld
{p1.full}, Steuer-ID {p1.taxid}, Steuernummer des Arbeitgebers {stnr}
{p2.full}, Steuer-ID {p2.taxid}
Belege: Parken {price}, Tanken {price2}""",
    """Belegfoto (OCR):
GASTHOF ZUR POST · Tisch 4 · {date}
2 × Kaspressknödelsuppe, 1 × Apfelstrudel
VISA {card}
Unterschrift {p1.ocr}""",
]

# ---------------------------------------------------------------- key_holders

KEYS = [
    lambda ctx: "SCHLÜSSELTRÄGER – Filiale {store} (für den Sicherheitsdienst)\n" + table(ctx, [("Reihenfolge", "#"), ("Name", "{p#.full}"), ("Handy", "{p#.mobile}"),
                                                                                               ("Wohnort", "{p#.town}")], ctx.rng.randint(2, 4)),
    """Alarmprotokoll – {date}
02:14 Einbruchalarm Zone 3 (Lager)
02:15 Schlüsselträger 1, {p1.full}, {p1.mobile} – nicht erreicht
02:17 Schlüsselträger 2, {p2.full}, {p2.phone} – kommt, ca. 20 Min.
02:52 {p2.first} vor Ort, Fehlalarm (Luftballon aus der Kinderecke)""",
    """SCHLÜSSELQUITTUNG
Ich, {p1.full}, habe Schlüssel Nr. S-{qty} und Alarmchip {serial} für die Filiale {store} erhalten.
Wohnanschrift: {p1.line}
Unterschrift: ____________   Datum: {date}   Ausgegeben von: {p2.init}""",
    """Sehr geehrte Damen und Herren,
bitte aktualisieren Sie die Schlüsselträger für Objekt {member}: {p3.hon} {p3.last} bitte streichen, {p1.full} ({p1.mobile}) als
ersten Kontakt aufnehmen, {p2.full} bleibt an zweiter Stelle. Das Kennwort bleibt gleich.
Mit freundlichen Grüßen
{p4.full}, Gebietsleitung""",
    """schlüssel (nicht weitergeben!!)
1 {p1.lowerfirst} – {p1.mobile}
2 {p2.lowerfirst} – {p2.mobile}
3 ich
alarmcode ändert sich am montag, neu: {alarm}""",
    """Schlüsselinventur {date}: 7 ausgegeben, 6 zurück. Fehlt: Schlüssel 4 (zuletzt bei {p1.full}, ausgeschieden im {daymonth}).
Schließzylindertausch angeboten von {company} für {price}. – {p2.full}""",
    """Notfallkontakte – Filiale Zürich-Oerlikon
Filialleitung: {p1.full} · {p1.phone}
Stellvertretung: {p2.full} · {p2.phone}
Haustechnik: {company}, Auftrag {ticket}""",
    """SMS vom Sicherheitsdienst: „ALARM Filiale {store} 23:41 Zone 1 – Schlüsselträger {p1.caps} informiert.“ Antwort von {p1.first}: „bin unterwegs“""",
]

# ---------------------------------------------------------------- incident_log

INCIDENT = [
    """VORFALLPROTOKOLL {case}
{date} {time} – {cam}: männlich, ca. 30, graue Kapuzenjacke, nimmt zwei {product}-Jacken von Ständer 4 und verlässt den Laden ohne zu zahlen.
Im Dienst: {p1.first}, {p2.first}. Polizei verständigt, Az. {case2}. Aufnahme auf USB gesichert.""",
    """UNFALLMELDUNG
Verletzte Person: {p1.full}
Anschrift: {p1.line}
Tel.: {p1.phone}
Hergang: um {time} Uhr auf der nassen Eingangsmatte ausgerutscht, Prellung am Handgelenk, Erste Hilfe durch {p2.full}
Zeuge/Zeugin: {p3.full}, {p3.phone}""",
    """Videoanforderung – POM {p1.last} (PI Innenstadt) bittet um Aufnahmen vom {date}, 14–15 Uhr, Az. {case}. Kopiert von {cam} und {cam2},
übergeben durch {p2.full}. Empfang quittiert.""",
    """Auskunftsersuchen nach Art. 15 DSGVO – Videoaufzeichnung
Von: {p1.full} <{p1.email}>
„Ich war am {date} in Ihrer Filiale {store} und bitte um Kopie aller Aufnahmen, auf denen ich zu sehen bin, per Post an {p1.line}.“
Zuständig: {p2.work}; Frist {date2}""",
    lambda ctx: "Vorfallsregister Q{qty}\n" + table(ctx, [("Datum", "{date#}"), ("Art", "((Diebstahl|Erste Hilfe|Beleidigung|Kind vermisst))"),
                                                          ("gemeldet von", "{p#.full}"), ("Az.", "{case#}")], ctx.rng.randint(2, 4)),
    """Kind vermisst, {time} Uhr: Mädchen (~6) hat {p1.g:die Mutter:den Vater} bei den Zelten verloren. Durchsage. Nach 5 Minuten wieder bei
{p1.g:der Mutter:ihrem Vater}, {p1.full}, Telefonnummer hinterlassen: {p1.mobile}. Personal: {p2.lowerfirst}, {p3.lowerfirst}.""",
    """Beleidigung an Kasse 1, {date}. Kunde wollte keinen Namen nennen; auf dem Kartenbeleg steht {p1.caps}. {p2.full} war sehr
mitgenommen und ist früher gegangen. {p3.honlast} (Filialleitung) kümmert sich.""",
    """Kamera-Check {date}: {cam} offline 03:00–06:10 (Stromausfall). Techniker {p1.full} von {company} um 9:20 vor Ort, Auftrag {ticket}.
Abgenommen: {p2.firstinit}""",
]

# ---------------------------------------------------------------- group_order

GROUP = [
    lambda ctx: "Sammelbestellung – Realschule am Kapellenberg, Klasse 7b (Skilager)\nAnsprechpartnerin: {p10.titled} · {p10.email}\n" + table(
        ctx, [("Schüler/in", "{p#.full}"), ("Größe", "{size#}"), ("Aufdruck", "{p#.capsfirst}")], ctx.rng.randint(2, 5)),
    """Hallo! Unser Lauftreff möchte 14 {product}-Jacken mit Namen auf dem Rücken, z. B. „{p2.caps}“ und „{p3.caps}“.
Rechnung bitte an den Verein, z. Hd. {p1.herrn} {p1.last}, {p1.line}. Danke! {p1.first} (Zeugwart/in)""",
    """Erstattung für die stornierte Vereinsbestellung {order}
Bitte {price} zurück auf das Konto unseres Kassiers: {p1.iban} (Kontoinhaber/in {p1.full}).
– {p2.full}, 1. Vorsitz, Skiclub Oberstdorf""",
    lambda ctx: "Kleiderbestellung Pfadfinder-Stamm\n" + _rows(table(ctx, [("Kind", "{p#.first}"), ("Nachname", "{p#.last}"), ("Jacke", "{size#}"),
                                                                           ("E-Mail Eltern", "{p1#.email}")], ctx.rng.randint(2, 4)),
                                                                 [("p11.", "p6."), ("p12.", "p7."), ("p13.", "p8."), ("p14.", "p9.")]),
    """Angebotsanfrage: 30 × {product2}-Hoodies für die Abschlussfahrt {placezu}
Schule: Gymnasium am Rosenhang, {town}
Ansprechpartner/in: {p1.hon} {p1.last}, Fachschaft Sport, {p1.email}, {p1.phone}
Lieferung an: {p1.line}""",
    """Bestellung {order} – Vereinsstickerei
Namen: {p1.capsfirst}, {p2.capsfirst}, {p3.capsfirst}, {p4.capsfirst}
Vereinslogo Brust links, Namen Brust rechts. Vor dem Druck bitte mit {p5.full} abstimmen.""",
    """Gruppenbuchung über die Schule – Zahlungen
{p1.lastfirst} – bezahlt (Karte {card})
{p2.lastfirst} – offen
{p3.lastfirst} – per Überweisung bezahlt""",
    """Liebes Talgrat-Team, könnte die Ware ins Sekretariat statt zu mir nach Hause geliefert werden? Anschrift:
z. Hd. {p1.herrn} {p1.title} {p1.last}
{p1.block}
Vielen Dank!""",
]

# ---------------------------------------------------------------- raffle

RAFFLE = [
    """Adventsverlosung – die Gewinner
1. Preis: {product}-Jacke – {p1.firstinit} ({town})
2. Preis: {product2}-Rucksack – {p2.firstinit} ({town2})
3. Preis: 50-€-Gutschein – {p3.firstinit} ({town3})
Herzlichen Glückwunsch! Alle wurden per E-Mail benachrichtigt.""",
    lambda ctx: "Ziehungsprotokoll Sommerverlosung\nTeilnahmen: {points}\nGezogen von: {p9.full}, Zeugin/Zeuge: {p10.full}\n" + table(
        ctx, [("Platz", "#"), ("Name", "{p#.full}"), ("E-Mail", "{p#.email}"), ("IP der Teilnahme", "{p#.ip}")], ctx.rng.randint(2, 3)),
    """Liebe/r {p1.first},

herzlichen Glückwunsch – du hast bei der Gipfelclub-Verlosung eine {product} {kind} gewonnen! Schick uns bis {date} deine Größe
und Anschrift.

{p2.full}
Team Gipfelclub""",
    """Instagram-Gewinnspiel – Gewinner (Versand bis {date}):
{handle} – {p1.full}, {p1.line}
{handle2} – {p2.full}, {p2.line}""",
    """LOSABSCHNITTE – Filialfest ({date})
Nr. {qty} {p1.ocr} – {p1.mobile}
Nr. {qty2} {p2.ocr} – {p2.email}
Nr. {qty3} {p3.ocr} – kein Kontakt, Abholung vor Ort""",
    """Gewinner/in hat sich nicht gemeldet: {p1.full} ({p1.email}). Neu gezogen am {date}: {p2.full}, {p2.phone}. – {p3.init}""",
    """Die Gewinnerinnen und Gewinner unserer Tombola beim Schulfest (Preise gespendet von Talgrat {store}):
{p1.full}, {p2.full} und die kleine {p3.first} aus der 2b!""",
    """Prüfung: {p1.lower} hat viermal mit verschiedenen Adressen teilgenommen ({p1.email}, {p1.email2}) – ausschließen?""",
]

# ---------------------------------------------------------------- member_directory

DIRECTORY = [
    """TALGRAT-ALUMNI – Saisonguides 2015–2022
{p1.full}, geb. {p2.last} – jetzt bei {company}, {p1.email}
{p3.full} – selbstständig, {p3.phone}
{p4.lastfirst} – Kontakt über {p5.first}""",
    """BEGIN:VCARD
VERSION:4.0
FN:{p1.full}
N:{p1.last};{p1.first};;{p1.title};
ADR;TYPE=home:;;{p1.street};{p1.town};;{p1.zip};{p1.country}
TEL;TYPE=cell:{p1.mobile}
EMAIL:{p1.email}
CATEGORIES:Lauftreff
END:VCARD""",
    """BEGIN:VEVENT
SUMMARY:Vereinsabend – Kartenkunde
DTSTART:20250312T190000
LOCATION:Talgrat {store}, 1. OG
ORGANIZER;CN={p1.full}:mailto:{p1.email}
ATTENDEE;CN={p2.full}:mailto:{p2.email}
ATTENDEE;CN={p3.full}:mailto:{p3.email}
END:VEVENT""",
    lambda ctx: "Mitgliederverzeichnis – Alpenverein Sektion Talgrat (nur intern)\n" + table(ctx, [("Name", "{p#.lastfirst}"), ("Telefon", "{p#.phone}"),
                                                                                                  ("E-Mail", "{p#.email}"), ("Eintritt", "{date#}")], ctx.rng.randint(2, 5)),
    """Vorstand 2025
Vorsitz: {p1.titled}
Schriftführung: {p2.full} – {p2.email}
Kasse: {p3.full} (geb. {p4.last})
Ausrüstung: {p5.first} – erreichbar in der Filiale""",
    """{p1.caps}
Jahrgang 2018 · Handelsfachwirt/in
wohnt in {town}, arbeitet bei {company}
Kontakt: {p1.email}""",
    """Umgezogene Mitglieder (Verzeichnis anpassen):
{p1.full} → {p1.line}
{p2.full} → {p2.line}""",
    """Verzeichniseintrag: {p1.postnom} – Wanderleiter/in und Erste-Hilfe-Ausbilder/in, geb. {p1.dob}.
Vermittlung über {p2.hontitlelast} aus dem Vorstand.""",
]

# ---------------------------------------------------------------- crm_json

CRM = [
    """{{"id": "{member}", "vorname": "{p1.first}", "nachname": "{p1.last}", "email": "{p1.email}",
 "telefon": "{p1.phone}", "stufe": "Grat", "letzte_bestellung": "{order}", "angelegt": "{stamp}"}}""",
    """{{
  "event": "payment.captured",
  "amount": {qty}00,
  "currency": "eur",
  "billing": {{"name": "{p1.caps}", "email": "{p1.email}", "street": "{p1.street}", "zip": "{p1.zip}", "city": "{p1.town}"}},
  "card_number": "{card}",
  "client_ip": "{p1.ip}"
}}""",
    """{{"data": {{"kunde": {{"anzeigename": "{p1.full}", "standardadresse": {{"formatiert": "{p1.line}"}}, "bestellungen": [{{"nr": "#{qty}", "artikel": "{sku}"}}]}}}}}}""",
    """{{"op": "update", "objekt": "kontakt", "id": "{member}",
 "aenderungen": {{"email": ["{p1.email}", "{p1.email2}"]}}, "durch": "{p2.work}", "am": "{stamp}"}}""",
    """{{"ansprechpartner": [
  {{"name": "{p1.lastfirst}", "rolle": "Einkauf", "telefon": "{p1.phone}"}},
  {{"name": "{p2.lastfirst}", "rolle": "Buchhaltung", "email": "{p2.compmail}"}}
], "firma": "{company}", "ust_id": "{vatid}"}}""",
    """kunde:
  name: {p1.full}
  anrede: {p1.hon}
  email: {p1.email}
  adresse:
    strasse: {p1.street}
    plz: {p1.zip}
    ort: {p1.town}
  notiz: "lieber ab 18 Uhr anrufen, {p1.phone}\"""",
    """{{"ticket": "{ticket}", "anfragende_person": {{"name": "{p1.full}", "email": "{p1.email}"}}, "bearbeiter": "{p2.full}",
 "betreff": "{product} – Delamination", "ip": "{p1.ip}"}}""",
    """[{{"typ": "notiz", "autor": "{p2.first}", "text": "mit {p1.first} gesprochen – Umtausch passt so"}},
 {{"typ": "anruf", "an": "{p1.phone}", "dauer": 184}}]""",
]

# ---------------------------------------------------------------- ocr_card

OCR = [
    """[Scan 0{qty} · OCR-Konfidenz 0,71]
NAME: {p1.ocr}
E-MAIL: {p1.emailcaps}
WIE WAREN WIR? DiE {product} ist SUPER, Beratung in {store} Top!!
Kontakt erlaubt? [x]""",
    """Feedbackkarte (handschriftlich) – abgetippt
Name: {p1.ocr}   Tel.: {p1.phone}
„{p2.g:Die Verkäuferin:Der Verkäufer}, {p2.first}, wusste ALLES über Bergschuhe. Danke!“""",
    """GEWINNSPIELKARTE
Name ... {p1.ocr}
Anschrift ... {p1.line}
Lösungswort: {place}
[ ] Ich möchte den Newsletter""",
    """OCR-Ausgabe (Formular 7, Seite 2):
Vor- und Nachname (DRUCKBUCHSTABEN): {p1.caps}
Unterschrift: {p1.ocr}
Datum: {date}""",
    """Karte Nr. {qty}: „diE {product} war an Tag 2 {placeam} an den Nähten undicht. bitte rückruf“ – {p1.ocr}, {p1.mobile}""",
    """Malwettbewerb Kinder – Einsendungen
{p1.ocr} (7 J.) – „ich {placeaufdat}“
{p2.ocr} (9 J.) – „unser Zelt im Regen“
Kontakt Eltern: {p3.email}""",
    """Gästebuch, Eröffnung {store}:
„Toller Laden, wir sehen uns am Berg“ – {p1.ocr}
„Super Beratung“ – {p2.firstinit}""",
    """Kommentarzettel (gescannt)
Bedient von: {p2.ocr}
Kunde/Kundin: {p1.ocr}, {p1.emailcaps}
Bewertung: 5/5""",
]

# ---------------------------------------------------------------- payment_matching

PAYMENT_MATCH = [
    lambda ctx: "Nicht zugeordnete Zahlungseingänge – {date}\n" + table(ctx, [("Datum", "{date#}"), ("Auftraggeber", "{p#.capslast}"), ("IBAN", "{p#.iban}"),
                                                                              ("Betrag", "{amount#}"), ("Verwendungszweck", "((Bestellung {order#}|RE {invoice#}|TALGRAT|Gutschein))")], ctx.rng.randint(2, 4)),
    """Zahlung ohne Verwendungszweck: {price} von {p1.caps}, Konto {p1.iban}. Passt zur Rechnung {invoice} von {p1.honlast}
(offener Betrag identisch). Zugeordnet von {p2.first}.""",
    """Erstattungsantrag
Bestellung: {order}
Kontoinhaber/in: {p1.full}
IBAN: {p1.iban}
BIC: {bic}
Grund: doppelt überwiesen""",
    """Hallo, ich habe die Rechnung {invoice} versehentlich vom Konto {p2.g:meiner Partnerin:meines Partners} bezahlt – auf der Überweisung steht also
{p2.full}, IBAN {p2.iban}. Bitte meinem Kundenkonto ({member}) gutschreiben. – {p1.full}""",
    """Kontoauszugszeile (kopiert):
{date} SEPA-GUTSCHRIFT {p1.caps} {p1.iban} VWZ {order} {p1.first} {amount}""",
    """Überzahlung bei {order}: {price} zurück an {p1.lastfirst}, {p1.iban}. Freigabe: {p2.init}, Buchhaltung.""",
    """Zahlungsavis von {company}
Bezahlt: {invoice}, {invoice2}
Rückfragen an: {p1.full}, {p1.compmail}, {p1.phone}""",
    """Rücklastschrift {date}: Mandat {ticket}, Kontoinhaber {p1.caps}, IBAN {p1.iban}, Grund MD06. {p1.g:Kundin:Kunde} {p1.hon} {p1.last}
zahlt laut Telefonat neu per Überweisung. Notiz an {p2.full}.""",
]

# ---------------------------------------------------------------- fraud_review

FRAUD = [
    """Bestellung {order} – manuelle Prüfung (Score {score})
Rechnung: {p1.full}, {p1.line}
Lieferung: {p2.full}, {p2.line}
E-Mail: {p1.email} (vor 2 Tagen angelegt)
IP: {p1.ip} – Standort anderes Land
Karte: {card}
Entscheidung: anhalten, Rückruf unter {p1.phone}""",
    lambda ctx: "Prüfwarteschlange\n" + _rows(table(ctx, [("Bestellung", "{order#}"), ("Kunde", "{p#.full}"), ("IP", "{p#.ip}"), ("Score", "{score#}"),
                                                         ("Prüfer/in", "{p1#.first}")], ctx.rng.randint(2, 4)),
                                              [("p11.", "p7."), ("p12.", "p8."), ("p13.", "p9."), ("p14.", "p10.")]),
    """Notiz Prüfung ({p2.first}): drei Bestellungen von {p1.ip} in 10 Minuten, drei Namen ({p1.full}, {p3.full}, {p4.full}),
dieselbe Karte {card}. Alle drei storniert, Karten-Fingerprint gesperrt.""",
    """Telefonisch verifiziert: {p1.hon} {p1.last} bestätigt die Lieferung an {p1.g:ihre:seine} Ferienwohnung ({p1.line}). Freigegeben. – {p2.init}""",
    """velocity-alarm  ip={p1.ip}  emails={p1.email},{p2.email}  bestellungen={order},{order2}  regel=mehrfachkonto""",
    """Rückbelastungsrisiko: {p1.full} bestreitet die Zustellung von {order} (quittiert von „{p2.caps}“, Lieferadresse {p1.street}). Nachweise an
{company} geschickt.""",
    """Betrugsteam Wochenbericht: 41 angehalten, 12 storniert. Auffällig: Karte {card} mit 6 Namen, u. a. {p1.full} und {p2.full};
an den Acquirer gemeldet. Verantwortlich: {p3.full}""",
    """Adressabweichung – Bestellung {order}: Rechnungs-PLZ {p1.zip}, Lieferung an Packstation; {p1.full} ({p1.phone}) ist laut
eigener Aussage auf Reisen. Versand freigegeben. IP {p1.ip}""",
]

# ---------------------------------------------------------------- admin_audit

AUDIT = [
    """{stamp} benutzer={p2.work} aktion=kunde.aendern id={member} feld=adresse alt="{p1.line}" neu="{p3.line}" ip={ip}""",
    lambda ctx: "Admin-Protokoll – {date}\n" + _rows(table(ctx, [("zeit", "{stamp#}"), ("admin", "{p1#.work}"), ("aktion", "((export|aendern|loeschen|login))"),
                                                                ("ziel", "{p#.full}"), ("ip", "{ip#}")], ctx.rng.randint(2, 4)),
                                                          [("p11.", "p7."), ("p12.", "p8."), ("p13.", "p9."), ("p14.", "p10.")]),
    """ANMELDUNG FEHLGESCHLAGEN Benutzer {p1.work} von {ip} (5 Versuche) – Konto gesperrt {stamp}. Entsperrt durch {p2.full}.""",
    """Datenexport angefordert von {p1.full} ({p1.work}) für Segment „Gipfelclub – Österreich“ (2.314 Zeilen), genehmigt von
{p2.full}, heruntergeladen von {ip}.""",
    """audit: {p1.work} hat die E-Mail von Kunde {member} geändert: {p2.email} → {p3.email} (Anruf, Ticket {ticket})""",
    """{stamp} LÖSCHUNG Kunde {member} („{p1.full}“) durch {p2.work} – Löschantrag nach Art. 17 DSGVO, Ticket {ticket}""",
    """Rechteänderung: {p1.full} erhält Rolle „Erstattungen“, vergeben von {p2.full}. Sitzung von {ip}. Geprüft von {p3.init} am {date}.""",
    """API-Schlüssel rotiert von {p1.lowerfirst} ({p1.work}) von {ip}; alter Schlüssel widerrufen; vermerkt in Change {ticket}""",
]

# ---------------------------------------------------------------- temp_staff

TEMP = [
    """PERSONALFRAGEBOGEN – Aushilfe Weihnachtsgeschäft, Filiale {store}
Name: {p1.full}
Geburtsdatum: {p1.dob}
Anschrift: {p1.line}
Handy: {p1.mobile}
Steuer-ID: {p1.taxid}
Sozialversicherungsnr.: {svnr}
Bankverbindung (IBAN): {p1.iban}
Notfallkontakt: {p2.full}, {p2.phone}""",
    """Neueinstellung Minijob
Name: {p1.full}, geb. {p1.dob}
Steuerliche Identifikationsnummer: {p1.taxid}
Anschrift: {p1.line}
Krankenkasse: AOK Bayern
IBAN: {p1.ibande}
Beginn: {date}""",
    lambda ctx: "Inventurhelfer/innen – {date}\n" + table(ctx, [("Name", "{p#.full}"), ("Handy", "{p#.mobile}"), ("Stunden", "{hours#}"),
                                                                ("Agentur", "{company#}")], ctx.rng.randint(2, 4)),
    """Hallo {p1.first}, willkommen im Sommerteam! Deine erste Schicht ist am {weekday} um {time} Uhr; frag nach {p2.first}.
Bitte bring deine Steuer-ID und deine Bankverbindung mit. Bei Fragen: {p2.mobile}.""",
    """Rückfrage Lohnbuchhaltung: Bei {p1.full} steht die falsche Nummer im Feld Steuer-ID – richtig ist {p1.taxid}, nicht {stnr}
(das ist die Steuernummer). – {p2.full}, Personal""",
    """Stundenzettel Personaldienstleister
Kraft: {p1.caps}   KW {qty}   Steuer-ID {p1.taxid}
Mo 8 / Di 8 / Mi 6
bestätigt: {p2.full} ({p2.work})""",
    """Personalhaus Wintersaison – Zimmer
Zimmer 1: {p1.full}
Zimmer 2: {p2.full} und {p3.full}
Post für alle: c/o {p4.full}
{p4.block}""",
    """Checkliste Aushilfsvertrag {p1.full}:
[x] Ausweis  [x] Arbeitserlaubnis  [x] IBAN {p1.iban}  [ ] Steuer-ID ({p1.g:reicht sie:reicht er} nach)
Kontakt: {p1.email}""",
]

# ---------------------------------------------------------------- duplicate_merge

MERGE = [
    """DUBLETTENPRÜFUNG – möglicher Treffer (87 %)
Datensatz A: {p1.full} · {p1.email} · {p1.line}
Datensatz B: {p1.lastfirst} · {p1.email2} · {p1.street}
Vorschlag: in A zusammenführen""",
    lambda ctx: "Zusammenführungskandidaten\n" + table(ctx, [("ID", "{member#}"), ("Name", "{p#.full}"), ("E-Mail", "{p#.email}"), ("PLZ", "{p#.zip}")], ctx.rng.randint(2, 4)),
    """{member} in {member2} zusammengeführt: „{p1.caps}“ und „{p1.full}“ sind dieselbe Person (gleiche Nummer {p1.phone}). Bestellungen umgehängt.
– {p2.first}""",
    """~Keine Dublette: {p1.full} und {p2.full} haben dieselbe Anschrift ({p1.line}), sind aber {p1.g:Mutter:Vater} und {p2.g:Tochter:Sohn}. Getrennt lassen.""",
    """{p1.g:Kundin bittet, ihre:Kunde bittet, seine} zwei Konten zusammenzuführen: {p1.email} (alt, Geburtsname {p2.last}) und {p1.email2}.
Name jetzt {p1.full}. Ticket {ticket}.""",
    """Dublettenlauf {date}: 312 Paare, 288 automatisch zusammengeführt. Manuell: „{p1.lower}“ vs. „{p1.full}“, „{p2.init}“ vs. „{p2.full}“.""",
    """CRM-Notiz: Zwei Datensätze für {p1.honlast} – einer unter {p1.lastfirst}, einer unter der Firma ({company}). Verknüpft,
nicht zusammengeführt. Kontakt: {p1.phone}""",
    """Zusammenführung rückgängig – {p1.full} ({member}) wurde am {date} versehentlich mit {p2.full} ({member2}) zusammengeführt. Wieder getrennt von {p3.work}.""",
]

# ---------------------------------------------------------------- referral

REFERRAL = [
    """Freunde werben – Prämie fällig
Werber/in: {p1.full} ({p1.email})
Geworben: {p2.full} ({p2.email}), Erstbestellung {order} am {date}
Prämie: {price}-Gutschein an {p1.g:die Werberin:den Werber}""",
    lambda ctx: "Prämienauszahlung Freunde werben – {date}\n" + table(ctx, [("Werber/in", "{p#.full}"), ("Geworbene", "{qty#}"), ("Prämie", "{price#}"),
                                                                           ("an", "{p#.email}")], ctx.rng.randint(2, 4)),
    """Hallo {p2.first}! {p1.full} findet, Talgrat passt zu dir. Mit dem Code {code} sparst du 15 % auf deine erste Bestellung.""",
    """Werbung gesperrt: {p1.full} hat {p2.full} geworben – gleiche Anschrift ({p1.line}) und gleiche Karte. Regel R4. – {p3.init}""",
    """Warum habe ich keine Prämie bekommen? Ich habe im {daymonth} {p2.g:meine Kollegin:meinen Kollegen} {p2.full} geworben, und {p2.g:sie:er} hat eine
{product} bestellt. Mein Konto läuft auf {p1.email}. Gruß, {p1.first}""",
    """Botschafterprogramm: {p1.full} ({handle}) hat diesen Quartal 23 Neukund/innen gebracht. {price} an {p1.iban} überweisen,
Steuer-ID liegt vor ({p1.taxid}).""",
    """Empfehlungslink aufgerufen von {p1.ip}; registriert als {p2.email}; Werber/in {p1.email}""",
    """Danke, dass du {p2.first} geworben hast, {p1.first}! Dein {price}-Gutschein: {giftcode}""",
]

# ---------------------------------------------------------------- Genres ohne Personendaten

ROUTE = [
    """Tour: {place} vom Wanderparkplatz – ((9|12|14|17)) km, etwa ((5|6|7)) Stunden
Start am Infozentrum, dem alten Saumweg bis zum Karsee folgen, dann die Serpentinen hinauf. Das Gipfelplateau ist bei Nebel
unübersichtlich: Kompasspeilung nehmen. Bergwetter vor {time} Uhr prüfen. Ausrüstungstipp: {product}-Jacke und Ersatzhandschuhe.""",
    """Hüttentour, Tag ((2|3|4)): von der Knorrhütte übers Gatterl zur ((Reintalangerhütte|Meilerhütte|Otto-Mayr-Hütte)). T3,
((5|5,5|6)) Std. Wasser nur an der Hütte. Im Tal wurde ein Wolf gesichtet – Hunde bitte anleinen. Die Sommerhütten öffnen
((ab Mitte Juni|Ende Juni|Anfang Juli)).""",
    """Rundweg über die Franz-Senn-Hütte
Vom Parkplatz Oberiss ((1,5|2)) Std. zur Hütte, weiter zum Rinnensee (2.646 m). Abstieg über den Alpeiner Bach.
((12|11|14)) km, ((950|880|1.020)) Hm. Fuchs und Gams lassen sich im ((Frühsommer|Herbst)) oft blicken.""",
    """Tagestour: {place}
Aufstieg ((1.050|880|1.240)) Hm · Abstieg ((1.050|880|1.240)) Hm · ((14,5|11|17)) km
Ausrüstung: {product}-Bergschuhe, {kind}, Karte ((AV 4/2|AV 2/1|Kompass 5)).
Notruf Bergrettung: 112 (in Österreich 140).""",
    """Wintertour – Hinweise ({date})
Lawinenwarnstufe ((2|3)) oberhalb ((1.800|2.000|1.600)) m. Die Nordrinne ist zu; Aufstieg über die Schulter. Pickel und
Steigeisen mitnehmen. Sonnenuntergang ((16:42|16:18|17:05)) Uhr. Der Jägersteig ist ((gelb|rot-weiß-rot|blau)) markiert.""",
    """Packrafting auf der ((Isar|Loisach|Saalach))
Einstieg unterhalb der Brücke, ((8|6|11)) km WW ((I–II|I|II)). Umtragen am Wehr (((links|rechts))). Ausstieg am Parkplatz
beim Gasthof. Pegel: ideal ((0,6–0,9|0,5–0,8|0,7–1,0)) m.""",
    """((Sommer|Herbst|Frühjahr))-Biwakwochenende: Zustieg durchs Tal (((2|2,5|3)) Std.), Biwakschachtel mit ((8|6|12)) Lagern,
keine Reservierung. {product2}-Kocher und alles Nötige selbst mitbringen. Sauberer hinterlassen, als vorgefunden.""",
    """Familienwanderung um den ((Stausee|Bergsee|Weiher))
((4,2|3,8|5,1)) km, kinderwagentauglich bis auf die letzten ((200|300|150)) m. Kiosk an der ((Staumauer|Talstation|alten Mühle))
ab {time} Uhr. Der Koch auf der Alm macht ((samstags|sonntags)) Kaiserschmarrn.""",
]

EVENT = [
    """Talgrat {store} – ((Herbst|Frühjahrs|Winter))programm
((Do.|Mi.|Di.)) 18:30 · Vortrag: „((Mit Ski quer durch die Ötztaler Alpen|Zu Fuß über die Alpen|Zehn Tage Hüttentour im Karwendel))“
Sa. 10:00 · Schuhanpassung – alte Einlegesohlen mitbringen
Sa. 14:00 · Kinder-Schnitzeljagd mit Karte rund um den Laden
Eintritt ((5|6|4)) €, frei für Gipfelclub-Mitglieder""",
    """Messeprogramm ((OutDoor by ISPO|ISPO Munich|Alpinmesse Innsbruck)), Stand ((A5-310|B3-114|C1-020))
Fr. 11 Uhr {product}-Vorführung · 15 Uhr Reparatursprechstunde (Jacke mitbringen)
Sa. ganztägig: Verlosung eines {product2}-Rucksacks
So. 12 Uhr Film: „((Sommer am Grat|Der lange Weg hinauf|Biwak und Nebel))“""",
    """Trailrunning-Cup {qty}
Lauf 1 · {place} · 12 km · {date}
Lauf 2 · {place2} · 21 km · {date2}
Lauf 3 · Nachtlauf am Brocken · ((8|10)) km
Anmeldung ab {daymonth}, ((18|15|20)) € pro Lauf, Zeitmessung per Chip.""",
    """Reparaturcafé – jeden ((ersten|letzten)) ((Samstag|Sonntag))
((10–13|11–14|9:30–12:30)) Uhr im 1. OG der Filiale {store}. Wir flicken Reißverschlüsse, Nähte, Schnallen und Zeltstangen.
Frühbucherpreis für Werkstatttermine bis Ende ((Mai|März|Oktober)).""",
    """((Kletterabend für Frauen|Einsteiger-Klettertreff|Jugend-Bouldern))
((Mittwochs|Donnerstags|Montags)) ((19|18:30|19:30)) Uhr an der Boulderwand neben unserer Filiale {store}. Schuhe und Gurte leihweise
kostenlos. Mit Trainerin, alle Niveaus.""",
    """Eröffnung Filiale {store}
((9|10)) Uhr Türöffnung · ((10|10:30)) Uhr Begrüßungskaffee · 11 Uhr geführte Wanderung ({place}, ((2|3)) Std.) · 15 Uhr Verlosung · ((18|19)) Uhr Ende""",
    """Fotowettbewerb „((Mai am Berg|Sommernächte|Herbstfarben))“: bis {date} bis zu ((3|5)) Fotos hochladen. Die Jury ist unser
Filialteam. Preis: {product}-Jacke im Wert von {price}.""",
    """Winterkurs (((2|3)) Tage)
Tag 1: Pickelbremse, Steigeisentechnik, Orientierung im Whiteout
Tag 2: Schneehöhle, Lawinenkunde
Treffpunkt ((8:30|8:00|9:00)) Uhr ((Talstation Nebelhornbahn|Parkplatz Hintertux|Bahnhof Mittenwald)). Preis {price} inkl. Leihausrüstung.""",
]

SPEC = [
    """{product} {kind} – technische Daten
Art.-Nr. {sku} · GTIN {gtin}
Obermaterial: 3-Lagen, Wassersäule ((20.000|15.000|28.000)) mm, Atmungsaktivität ((25.000|20.000)) g/m²/24 h
Gewicht: {weight}0 g (Gr. M)
Größen: XS–XXL · Farben: {colour}, {colour2}""",
    """Datenblatt · {product}
Volumen: ((32|28|45)) l · Rückenlänge 44–52 cm · Gewicht ((1,18|0,96|1,42)) kg
Material: 210D Nylon-Ripstop, PFC-freie Imprägnierung
Charge {serial}, produziert {date}""",
    """{product2} – Innenleben
- Daune ((800|700|650)) cuin (RDS-zertifiziert)
- Kammerbreite ((12|10|14)) cm
- Komfort ((2|0|−3)) °C · Limit ((−4|−6|−9)) °C
GTIN {gtin}""",
    """Größentabelle {product}-Bergschuh
EU 40 = UK 6,5 = 25,5 cm
EU 42 = UK 8 = 26,5 cm
EU 44 = UK 9,5 = 28 cm
Leisten: ((HK-7|HK-9|TR-2)), ((breiter|normaler|schmaler)) Vorfuß""",
    """Pflege: 30 °C Feinwäsche, Trockner Schonstufe, kein Weichspüler. Alle ((10|8|12)) Wäschen nachimprägnieren.
Artikelcode {sku}, Version {qty}.2, Nachfolger der {product2} (((2022|2023|2024)))""",
    """Vergleich
{product}: ((412|398|430)) g, 20.000 mm, Kapuze helmtauglich
{product2}: ((356|340|371)) g, 15.000 mm, Kapuze verstaubar
{product3}: ((498|512|476)) g, 28.000 mm, 2 Brusttaschen""",
    """Prüfbericht Stoff – Charge {serial}
Scheuerfestigkeit (Martindale): ((40.000|35.000|50.000)) Touren · Weiterreißkraft ((28|24|31)) N · Farbechtheit 4–5
Geprüft {date} nach DIN EN ISO 811""",
    """{product} in Wolfsgrau – limitierte Auflage
Gleicher Schnitt wie das Original, Außenstoff ((recycelt|bluesign®-zertifiziert)). Lieferbar ab {date}. {price}""",
]

SHIPPING = [
    """Versandkosten Deutschland
Standard (DHL, ((2–3|1–3)) Werktage): ((4,95|3,95|4,50)) €, ab ((60|50|75)) € versandkostenfrei
Express (bis ((14|13|15)) Uhr bestellt, Zustellung am nächsten Tag): ((9,95|8,95|10,50)) €
Inseln ohne Brückenverbindung: +((6,00|5,00|7,50)) €""",
    """Versand nach Österreich
Österreichische Post, ((3–5|2–4)) Werktage: ((6,50|5,95|7,00)) € · ab ((75|60|90)) € frei
Paketdienst, 2 Tage: ((11,00|12,50|9,90)) €
Rücksendung innerhalb von ((30|60)) Tagen kostenlos""",
    """Internationale Tarife ({date})
EU Zone 1 (AT, NL, BE, FR, IT): ((9,90|8,90|10,50)) €
EU Zone 2: ((14,90|13,90|16,00)) €
Schweiz: CHF ((19.00|21.00|17.50)) zzgl. Zoll und MWST
USA & Kanada: ((29,00|32,00|27,50)) €, ((5–8|6–10)) Tage""",
    """Sperrgut (Zelte, Isomatten über 1 m): Zuschlag ((12|10|15)) €. Höchstgewicht pro Paket ((31,5|25)) kg. Ab ((10|8|12)) Paketen
Versand per Palette – bitte ((5|4|6)) Werktage einplanen.""",
    """Click & Collect: kostenlos, in ((2|3|1)) Stunden abholbereit in {store}. ((Sommer|Winter))öffnungszeiten Mo–Sa ((9–19|9:30–18:30|10–19)) Uhr.""",
    """Bestellschluss vor Weihnachten
Standard: bis ((18|17|19)).12. · Express: bis ((21|20)).12., ((14|12)) Uhr · Schweiz: bis ((15|14)).12. · Österreich: bis ((17|16)).12.""",
    """Tarifübersicht {date} (netto)
0–2 kg ((3,80|3,60|4,10)) € · 2–5 kg ((5,20|4,90|5,60)) € · 5–10 kg ((7,90|7,40|8,30)) € · 10–20 kg ((11,40|10,90|12,20)) € · 20–31,5 kg 15,60 €""",
    """Kostenlose Retoure: Etikett im Kundenkonto drucken und innerhalb von ((30|60|100)) Tagen in einer ((Postfiliale|Packstation|Talgrat-Filiale))
abgeben. Erstattung in ((5–7|3–5|7–10)) Tagen.""",
]

ORDER_STATUS = [
    """Bestellung {order} · Status ((VERSANDT|ZUGESTELLT|UNTERWEGS)) · {date} {time}
Positionen: {sku} × 1, {sku2} × ((2|3|1))
Versanddienst: ((DHL|DPD|Österreichische Post|GLS)) · Sendungsnr. {tracking}""",
    lambda ctx: "Statusauszug {date}\n" + "\n".join("{order%d}\t((BEZAHLT|KOMMISSIONIERUNG|VERPACKT|VERSANDT|RETOURE))\t{price%d}\t{date%d}" % (i, i, i) for i in range(1, ctx.rng.randint(3, 6))),
    """Bestellung {order}: Zahlung autorisiert {stamp}; Kommissionierung gestartet {stamp2}; Paketgewicht ((1,34|0,82|2,15)) kg; Etikett erstellt.""",
    """RÜCKSTAND
{product} {colour} {size}: {qty} Stück, Liefertermin {date}
{product2} {colour2} {size2}: {qty2} Stück, Liefertermin {date2}""",
    """Retouren Eingang {date}: {qty} Pakete; RMA {ticket}, {ticket2}, {ticket3}; ((9|7|11)) eingelagert, ((4|2|3)) ins Outlet""",
    """Bestellung {order} teilweise versandt (((2 von 3|1 von 2|3 von 4))). Restartikel {sku} ({product}) kommt aus dem Zentrallager nach.""",
    """Sync-Log {date}: ((1.204|988|1.377)) Bestellungen abgerufen, ((3|2|5)) Fehler (GTIN {gtin} unbekannt), nächster Lauf {time} Uhr""",
    """Rechnung {invoice} zu Bestellung {order}: Zwischensumme {price}, Versand ((4,95|3,95|0,00)) €, inkl. MwSt. ((Bezahlt.|Zahlung offen.|Teilweise erstattet.))""",
]

COLOURS_TABLE = [
    """{product} – Farben & Größen auf Lager
Wolfsgrau: ((S M L XL|M L|S M))
Fuchsrot: ((XS S M|S M|XS))
Bauerngrün: ((M L|L XL|S M L))
Sommerblau: ((S M L|M|XS S))""",
    """Neue Farbnamen ((der Saison|im Herbst|im Frühjahr)) ({product}): ((Fuchs, Wolf, Morgenrot|Maigrün, Gletscherblau, Sand|Jägergrün, Graphit, Rose))""",
    """Größe | Brustumfang (cm) | Länge
S | ((96|94)) | 70
M | ((102|100)) | 72
L | ((108|106)) | 74
XL | ((114|112)) | 76
({product} {kind})""",
    """Kindergrößen: 116, 128, 140, 152, 164 – {product}-Fleece in ((Sommergelb|Maigrün|Rose)) und ((Tannengrün|Wolfsgrau|Sand))""",
    """Bestand nach Farbe ({product2})
Schwarz {qty} · Moos {qty2} · Rost {qty3} · Gletscherblau 0 (Nachbestellung {date})""",
    """Damenschnitt vs. Unisex ({product}): Damen ((2|1,5)) cm kürzere Ärmel, schmaler an den Schultern. Farben:
((Graphit, Maigrün|Rose, Nachtblau|Sommerblau, Schwarz)).""",
    """Farbcodes ({product}): 001 Schwarz · ((310 Tanne|312 Moos)) · 512 Rost · 640 Jägergrün · ((700 Sand|710 Stein))""",
    """{product}-Größen: ((38–48|36–46|39–47)) (EU) · halbe Größen ab ((40|39)) · Weite W in ((42–46|41–45)). Passt zum Koch-Set {product2} im Rucksackfach.""",
]

PERSONAL = {
    "loyalty_signup": LOYALTY, "gift_order": GIFT, "alteration": ALTERATION, "workshop_ticket": WORKSHOP,
    "lost_property": LOST, "shift_swap": SHIFT, "fair_lead": FAIR, "influencer_list": INFLUENCER,
    "service_chat": SERVICE_CHAT, "staff_answer": STAFF_ANSWER, "action_items": ACTIONS, "expense_claim": EXPENSE,
    "key_holders": KEYS, "incident_log": INCIDENT, "group_order": GROUP, "raffle": RAFFLE,
    "member_directory": DIRECTORY, "crm_json": CRM, "ocr_card": OCR, "payment_matching": PAYMENT_MATCH,
    "fraud_review": FRAUD, "admin_audit": AUDIT, "temp_staff": TEMP, "duplicate_merge": MERGE, "referral": REFERRAL,
}
CLEAN = {
    "route_guide": ROUTE, "event_programme": EVENT, "spec_sheet": SPEC, "shipping_rates": SHIPPING,
    "order_status": ORDER_STATUS, "colour_size_table": COLOURS_TABLE,
}
