"""German templates of the dev half of the twenty-sixth PII bank: 18 prose genres with personal
data and 10 genres without, written in German (du and Sie; Austrian and Swiss variants, Swiss
texts without ß). Machine layouts are in pii26_dev_layouts.py."""

from pii26_dev_core import PRODUCTS, REPAIRS, lines


def er(p):
    return "sie" if p.gender == "f" else "er"


def Er(p):
    return er(p).capitalize()


def sein(p):
    return "ihr" if p.gender == "f" else "sein"


def ihm(p):
    return "ihr" if p.gender == "f" else "ihm"


def ihn(p):
    return "sie" if p.gender == "f" else "ihn"


def kunde(p):
    return "Kundin" if p.gender == "f" else "Kunde"


def mit(p, f, m):
    return f if p.gender == "f" else m


# ============================================================================ prose with personal data

# ---- crm_note
def crm_1(c):
    p = c.person()
    pr = c.product()
    art = {"der": "den", "die": "die", "das": "das"}[pr[3]]
    return lines(f"Rückruf bei {p.full} wegen {c.order_no()}: möchte {art} {c.pshort(pr)} in {c.size()} statt {c.size()}. "
                 f"Umtausch angelegt{c.ch('', ', Retourenlabel ist raus', ', Abholung am Donnerstag')}.",
                 c.opt(f"Am besten erreichbar unter {c.phone()}.", 0.7), c.opt(f"Lieber per Mail: {p.mail()}", 0.4))


def crm_2(c):
    p = c.person()
    a = c.person()
    b = c.person()
    d = c.dates_seq(3, "num")
    return lines(f"{d[0]} {a.gi}: {kunde(p)} {p.hon} ist umgezogen, neue Anschrift:", c.addr(form="two"),
                 f"{d[1]} {b.giv}: telefonisch bestätigt ({c.phone()}), alte Adresse gesperrt.",
                 c.opt(f"{d[2]} {a.gi}: Kundenkarte neu verschickt.", 0.5))


def crm_3(c):
    p = c.person()
    return lines(f"Dublette zusammengeführt: {p.LF if c.maybe(0.4) else p.full}. Behalten: {p.mail()}, "
                 f"{c.ch('die alte GMX-Adresse ist raus', 'das zweite Login gelöscht', 'Firmenadresse entfernt')}.",
                 c.ch("Punkte übertragen (1.240).", "Bestellhistorie zusammengelegt, 7 Bestellungen.", "Newsletter-Einwilligung vom neueren Datensatz übernommen."))


def crm_4(c):
    p = c.person()
    verein = c.ch("Alpenvereinssektion", "Lauftreff", "Wandergruppe", "Skiclub", "Bergsteigergruppe")
    return lines(f"Großkunde: {p.full} organisiert die {verein} in {c.addr_parts()[2]} (ca. {c.rint(12, 60)} Leute) und bestellt zweimal im Jahr für alle.",
                 f"Erreichbar unter {c.phone()} oder {p.mail()}.",
                 c.opt(f"Rechnungsanschrift: {c.addr(form='line')}", 0.6),
                 c.opt("10 % Vereinsrabatt bis Saisonende vereinbart.", 0.5))


def crm_5(c):
    p = c.person()
    return lines(f"Erstattung für {p.hond} freigegeben (Retoure {c.digits(6)}): {c.money()} auf {c.iban()}.",
                 f"Kontoinhaber laut Formular: {p.full} – passt zur Bestellung.",
                 c.opt("Rückbuchung auf Karte nicht möglich, Karte abgelaufen.", 0.5))


def crm_6(c):
    p = c.person()
    a = c.person()
    out = [f"Kontaktverlauf {p.LF}"]
    for d in c.dates_seq(c.rint(3, 6), "num"):
        out.append(f"  {d}  " + c.ch(
            f"Mail rein, fragt nach Neubesohlung (beantwortet von {a.giv})", "Telefon: will Katalog",
            f"Bestellung {c.order_no()} versendet", "Reklamation Reißverschluss Schauerpass",
            f"Rückruf unter {c.phone()}", "Gutschein verschickt", "Newsletter abbestellt"))
    return lines(*out)


def crm_7(c):
    p = c.person()
    return lines(f"Die {p.sur}-Retoure ist heute eingegangen: {c.ch('Kaltkar, ungetragen', 'zwei Paar Trittweg, eines offen', 'Steinlauf, Sohle abgelöst')}.",
                 f"{Er(p)} möchte Erstattung, kein Gutschein. Bitte bis Freitag buchen.",
                 c.opt(f"Rückfragen: {c.phone()}", 0.5))


# ---- support_email
def sup_1(c):
    v = c.variant((50, 25, 25))
    p = c.person()
    a = c.person()
    return lines(c.greet(p), "",
                 f"sorry, dein Paket ({c.parcel_no()}) hängt noch im Depot. Laut Zusteller geht es {c.ch('morgen', 'am Montag', 'heute Nachmittag')} raus.",
                 c.opt("Falls es bis Freitag nicht da ist, antworte einfach – dann schicken wir Ersatz.", 0.6), "",
                 c.gruss(), f"{a.giv}{c.ch('', ' vom Talgrat-Kundenservice', ' | Talgrat Outdoor')}")


def sup_2(c):
    c.variant((50, 25, 25))
    p = c.person()
    hallo = {"DE": "Hallo zusammen,", "AT": "Servus!", "CH": "Grüezi mitenand"}[c.var]
    return lines(hallo, "",
                 f"ich habe letzte Woche {c.ptitle()} bestellt ({c.order_no()}), bin aber nicht zu Hause. Könnt ihr an meine Arbeitsadresse liefern?",
                 c.addr(form="two"), "", c.gruss(), p.full, c.opt(c.phone(), 0.6))


def sup_3(c):
    c.variant((50, 25, 25))
    p = c.person()
    q = c.person()
    return lines(c.greet(p, formal=True), "",
                 f"vielen Dank für Ihre Nachricht zu den Steinlauf-Schuhen, die Sie für {q.giv} gekauft haben. "
                 f"Schicken Sie sie bitte mit dem beiliegenden Label zurück; wir tauschen sie gegen Größe {c.rint(38, 47)}.",
                 c.opt(f"Alternativ tauscht Ihnen das Team in {c.store()} die Schuhe direkt vor Ort.", 0.5), "",
                 c.gruss(du=False), c.person().full, f"Kundenservice · {c.role_mail()}")


def sup_4(c):
    c.variant((50, 25, 25))
    p = c.person()
    a = c.person()
    return lines(c.greet(p),
                 f"damit wir die Zahlung zuordnen können, brauchen wir die letzten vier Ziffern der Karte (bei uns endet sie auf {c.card_tail()}) und die PLZ der Rechnungsadresse.",
                 "Bitte schick uns nie die ganze Kartennummer per Mail.", c.gruss(), a.gi)


def sup_5(c):
    c.variant((50, 25, 25))
    p = c.person()
    st = c.addr(form="two")
    return lines(f"Betreff: Falsche Farbe – Bestellung {c.order_no()}", "", "Hallo Talgrat-Team,",
                 f"die Kaltkar ist bei mir in {c.ch('Alpenglühen', 'Gratblau')} angekommen, bestellt hatte ich Schiefer.",
                 "Könnt ihr sie abholen lassen? Vormittags bin ich meistens da.", "", st, "", c.gruss(), p.full,
                 c.opt(f"Mobil {c.phone(mobile=True)}", 0.7))


def sup_6(c):
    p = c.person()
    a = c.person()
    b = c.person()
    d = c.dates_seq(3, "num")
    return lines(f"Zusammenfassung Vorgang {c.ticket_no()} – {p.full}",
                 f"- {d[0]}: {p.giv} meldet, dass der Hüftgurt {mit(p, 'ihres', 'seines')} Fernkamm gerissen ist.",
                 f"- {d[1]}: {a.full} bittet um Fotos; Fotos kommen von {p.mail()}.",
                 f"- {d[2]}: {b.full} gibt eine kostenlose Reparatur frei.",
                 "- Abholung durch Kurier bestellt an:", c.addr(form="line"),
                 f"- Telefon für den Fahrer: {c.phone()}", "- Status: erledigt")


def sup_7(c):
    c.setcty("AT")
    p = c.person()
    a = c.person()
    art, pron = c.ch(("Die Kaltkar in M", "sie"), ("Der Rinnental in L", "ihn"), ("Die Wintersteig in S", "sie"))
    return lines(f"Servus {p.giv},", "",
                 f"danke für deine Nachricht! {art} ist leider erst wieder Mitte Jänner lieferbar.",
                 f"Soll ich {pron} dir reservieren? Dann schicken wir direkt an {c.addr(form='line')}.",
                 "", c.ch("Liebe Grüße aus Innsbruck", "Lg aus Wien", "Schöne Grüße aus Graz"), a.giv)


def sup_8(c):
    c.setcty("CH")
    p = c.person()
    a = c.person()
    return lines(f"Grüezi {p.hon},", "",
                 f"merci für Ihre Anfrage. Die Reparatur Ihrer Jacke ist abgeschlossen. Sie können sie ab dem {c.date('num')} in unserer Filiale {c.store()} abholen,",
                 "oder wir schicken sie Ihnen per Post an:", c.addr(form="two"), "", "Freundliche Grüsse", a.full,
                 c.opt(f"Talgrat Outdoor · {c.phone()}", 0.5))


# ---- quoted_reply
def qr_1(c):
    p = c.person()
    a = c.person()
    return lines(f"Danke {a.giv}, passt so!", "", f"Am {c.date('num')} um {c.clock()} schrieb {a.full} <{c.staff_mail(a)}>:",
                 f"> Hallo {p.giv},", f"> wir können dir ein neues Exemplar schicken oder das Geld zurücküberweisen. Sag Bescheid.",
                 f"> Viele Grüße, {a.giv}")


def qr_2(c):
    p = c.person()
    return lines(f"Bitte {mit(p, 'sie', 'ihn')} heute noch zurückrufen, siehe unten.", "", "-----Ursprüngliche Nachricht-----",
                 f"Von: {p.full} <{p.mail()}>", f"Gesendet: {c.date('wd')} {c.clock()}", f"An: {c.role_mail()}",
                 f"Betreff: {c.ch('Schnalle gebrochen', 'Erstattung?', 'Größentausch')}", "",
                 f"Guten Tag, die Schnalle ist am zweiten Tag gebrochen. Meine Nummer: {c.phone()}", p.giv)


def qr_3(c):
    p = c.person()
    q = c.person()
    return lines(f"Zur Info, {q.giv} – erledigt.", "", "---------- Weitergeleitete Nachricht ----------",
                 f"Von: {p.full} <{p.mail()}>", f"Datum: {c.date('short')}", "Betreff: neue Adresse", "",
                 f"Hallo, bitte ändert meine Adresse auf {c.addr(form='line')}. Danke!")


def qr_4(c):
    c.variant((50, 25, 25))
    p = c.person()
    a = c.person()
    return lines("Super, bis dann.", "", f"> Am {c.date('num')} schrieb {a.full}:",
                 f"> > Guten Tag {p.hon}, Ihr Beratungstermin ist am {c.date('short')} um {c.time()}.",
                 f"> Ginge auch {c.time()}? – {p.giv}")


def qr_5(c):
    p = c.person()
    a = c.person()
    return lines(f"{a.giv}, schau mal die Antwort der {kunde(p)} unten an." if p.gender == "f" else f"{a.giv}, schau mal die Antwort des Kunden unten an.",
                 "", f"Von: {p.full} [mailto:{p.mail()}]", f"Gesendet: {c.date('num')}", "",
                 "> Ihre Erstattung ist unterwegs.", "", f"Auf welches Konto? Bitte auf {c.iban()}, nicht auf die Karte.",
                 c.opt(p.gi, 0.7))


# ---- signed_review
def rev_1(c):
    p = c.person()
    return lines(f"{c.ch('★★★★★', '★★★★☆', '★★★☆☆', '5/5', '4/5')} {c.ch('Auf dem Stubaier Höhenweg trocken geblieben', 'Warm genug für den Jänner am Arlberg', 'Vom ersten Kilometer an bequem', 'Toll, fällt aber klein aus')}.",
                 c.ch("Die Kapuze passt über den Helm.", "Die Taschen sitzen mit Hüftgurt etwas hoch.", "Brauchte ein paar Touren zum Einlaufen.", None),
                 f"– {c.ch(p.gi, p.full, p.gi)} aus {c.addr_parts()[2]}")


def rev_2(c):
    p = c.person()
    return lines(f"„{c.ch('Meine Kaltkar hat drei Winter hinter sich und ist immer noch wie neu.', 'Die Trittweg-Socken sind die einzigen ohne Blasen.', 'Ehrliche Beratung im Laden, kein Aufschwatzen.')}“",
                 f"— {p.full}, {c.ch('verifizierter Kauf', 'Bergführer' if p.gender == 'm' else 'Bergführerin', 'Kundin seit 2019' if p.gender == 'f' else 'Kunde seit 2019', 'Sonthofen')}")


def rev_3(c):
    p = c.person()
    return lines("hochsattel ist top, perfekte größe für tagestouren mit den kids. träger könnten weicher sein", f"- {p.glow}")


def rev_4(c):
    p = c.person()
    a = c.person()
    return lines(f"Bewertung von {p.ini} ({c.date('num')}): {c.ch('Naht hat sich nach einem Monat gelöst.', 'Reißverschluss klemmt bei Kälte.', 'Passt perfekt.')}",
                 f"Antwort von Talgrat: Danke, {p.giv}! {c.ch('Das tut uns leid – melde dich gern für eine Reparatur.', 'Schön, dass sie passt!', 'Wir haben das an unser Produktteam weitergegeben.')} – {a.giv}")


def rev_5(c):
    p = c.person()
    q = c.person()
    return lines(f"Habe die Almweg für {mit(q, 'meine Freundin', 'meinen Freund')} {q.giv} und eine für mich gekauft. Passen beide, die Beine zum Abzippen sind farbig markiert – praktisch.",
                 f"{p.full}, {c.addr_parts()[2]}")


# ---- email_signature
def sig_1(c):
    c.variant((50, 25, 25))
    p = c.person()
    return lines("--", p.full, mit(p, c.ch("Filialleiterin", "Stellv. Filialleiterin", "Visual Merchandiserin", "Bezirksleiterin Süd"),
                                  c.ch("Filialleiter", "Stellv. Filialleiter", "Visual Merchandiser", "Bezirksleiter Süd")),
                 f"Talgrat Outdoor · {c.store()}", f"Mobil: {c.phone(mobile=True)}", f"E-Mail: {c.staff_mail(p)}")


def sig_2(c):
    p = c.person()
    return lines(f"{p.up} | {c.ch('LEITUNG FILIALEN', 'FACILITY MANAGEMENT', 'PERSONAL', 'EINKAUF')}",
                 f"Tel. {c.phone(c.cty)} | Fax {c.phone(c.cty, mobile=False)}", c.opt("Talgrat Outdoor GmbH · Am Talgrat · Oberhalden", 0.6))


def sig_3(c):
    p = c.person()
    return lines(c.ch("Ja, Donnerstag passt.", "Alles klar, danke.", "Bringe die Unterlagen morgen mit.", "Bin 10 Min später, sorry."),
                 "", p.giv, "", "Von meinem iPhone gesendet")


def sig_4(c):
    v = c.variant((50, 25, 25))
    p = c.person()
    comp, dom = c.ch(("Kaltenbach Immobilien GmbH", "kaltenbach-immobilien.de"), ("Gipfelbau Hausverwaltung", "gipfelbau-hv.de"),
                     ("Schneefeld Security GmbH", "schneefeld-security.at"), ("Hüttenservice AG", "huettenservice.ch"))
    titel = {"DE": c.ch("", "Dr. "), "AT": c.ch("Mag. ", "DI ", "Ing. ", ""), "CH": ""}[v]
    return lines(c.gruss(du=False), "", f"{titel}{p.full}", comp, c.addr(form="two"), f"T {c.phone()}",
                 c.opt(p.mail(work=True, domain=dom), 0.6))


def sig_5(c):
    p = c.person()
    return lines(f"{p.full} ({mit(p, 'sie/ihr', 'er/ihm')})", c.ch("Community Management", "Recruiting", "Filialtraining"),
                 f"{c.staff_mail(p)} · {c.phone()}", "Ich arbeite in Teilzeit (Mo–Mi).")


# ---- team_chat
def chat_1(c):
    a = c.person()
    b = c.person()
    return lines(f"[{c.clock()}] {a.glow}: kann jemand um 2 die kasse übernehmen? {b.giv} hat zahnarzt",
                 f"[{c.clock()}] {b.glow}: danke!! bin um 3 zurück", c.opt(f"[{c.clock()}] {c.person().glow}: mach ich", 0.7))


def chat_2(c):
    p = c.person()
    return lines(f"@{c.ch('lena.k', 'tom_r', 'filiale.kempten', 'jj')} bitte {p.full} zurückrufen – {c.phone()} – {c.ch('will heute noch abholen', 'wieder wegen der Schuhe', 'Frage zur Erstattung')}",
                 c.opt(f"{er(p)} meinte, vormittags ist am besten", 0.5))


def chat_3(c):
    p = c.person()
    a = c.person()
    st, pc, town, cty = c.addr_cells()
    return lines(f"Besucher: hallo, ich bin {p.low if c.maybe(0.5) else p.full}, bestellung {c.order_no()} ist nie angekommen",
                 f"{a.giv} (Talgrat): Oh, das tut mir leid! Kannst du mir deine PLZ sagen?", f"Besucher: {pc}",
                 f"{a.giv} (Talgrat): Danke. Geliefert wurde an {st} – stimmt das?", c.opt("Besucher: ja genau", 0.7))


def chat_4(c):
    a = c.person()
    b = c.person()
    p = c.person()
    return lines(f"{a.giv}: wer hat die {p.sur}-Retoure?", f"{b.giv}: ich, karton steht an der kasse",
                 f"{a.giv}: top. {c.ch('label gedruckt?', 'erstattung durch?', mit(p, 'hat sie unterschrieben?', 'hat er unterschrieben?'))}",
                 f"{b.giv}: {c.ch('jep', 'noch nicht', 'morgen')}")


def chat_5(c):
    p = c.person()
    return lines(f"Besucher: kann ich nicht einfach hier im chat zahlen? karte ist {c.card()}",
                 "Agent: Bitte keine Kartendaten im Chat – ich habe die Nachricht gelöscht und dir einen sicheren Zahlungslink geschickt.",
                 c.opt(f"Besucher: ok sorry. ich bin übrigens {p.full}", 0.6))


def chat_6(c):
    c.setcty("CH")
    a = c.person()
    b = c.person()
    return lines(f"{a.glow}: hoi zäme, cha öpper am samstig für {b.giv} iispringe?",
                 f"{c.person().glow}: ja ich, aber erscht ab 10", f"{a.glow}: merci vielmal!")


def chat_7(c):
    c.setcty("AT")
    a = c.person()
    b = c.person()
    return lines(f"{a.glow}: servus leute, kann wer am samstag für {b.giv} einspringen? {er(b)} is im krankenstand",
                 f"{c.person().glow}: passt, i mach's", f"{a.glow}: danke dir, bist a schatz")


def chat_8(c):
    a, b, d = c.person(), c.person(), c.person()
    cu = c.person()
    t = [f"{h:02d}:{m:02d}" for h, m in sorted((c.rint(8, 17), c.rint(0, 59)) for _ in range(12))]
    out = [f"Gruppe „Filiale {c.store()}“ – {c.date('short')}",
           f"{t[0]} {a.glow}: morgen zusammen, die lieferung kommt wieder später",
           f"{t[1]} {b.glow}: wie viel später?", f"{t[2]} {a.glow}: fahrer sagt nach 11",
           f"{t[3]} {d.glow}: und wer macht dann das schaufenster? eigentlich {b.giv}",
           f"{t[4]} {b.glow}: mach ich nach der mittagspause",
           f"{t[5]} {a.glow}: {cu.full} kommt um 12 zur schuhberatung, kann das wer übernehmen?",
           f"{t[6]} {d.glow}: ich. hast du {mit(cu, 'ihre', 'seine')} nummer falls {er(cu)} sich verspätet?",
           f"{t[7]} {a.glow}: {c.phone(mobile=True)}",
           f"{t[8]} {d.glow}: 👍"]
    if c.maybe(0.7):
        out += [f"{t[9]} {b.glow}: @{c.ch('bezirk.sued', 'ops', 'it.support')} kasse 2 hängt schon wieder",
                c.opt(f"{t[10]} {a.glow}: neu gestartet, läuft wieder", 0.7)]
    return lines(*out)


# ---- call_note
def call_1(c):
    p = c.person()
    return lines(f"Anruf {c.time()}, {p.full} ({c.phone()}).",
                 c.ch("Fragt, ob die Firstwand neu imprägniert werden kann.", "Will wissen, ob die Kaltkar wieder in L da ist.",
                      "Verärgert, weil die Erstattung so lange dauert.", "Möchte einen Kostenvoranschlag für eine Reparatur."),
                 c.opt(f"Rückruf zugesagt {c.ch('morgen', 'bis Freitag', 'heute Nachmittag')}.", 0.7))


def call_2(c):
    v = c.variant((50, 25, 25))
    p = c.person()
    hallo = {"DE": "Ja hallo, hier ist", "AT": "Grüß Gott, da spricht", "CH": "Grüezi, da isch"}[v]
    return lines(f"Verpasster Anruf von {c.phone()} um {c.time()}. Mailbox: „{hallo} {p.full}, "
                 f"{c.ch('wegen der Jacke, die ich zur Reparatur gebracht habe', 'wegen meiner Bestellung', 'wegen dem Gespräch am Montag')} – bitte um Rückruf.“")


def call_3(c):
    p = c.person()
    return lines(f"Telefonat mit {p.hond} wegen fehlgeschlagener Zahlung. {Er(p)} hat mir die Kartennummer ({c.card()}) vorgelesen, bevor ich abwinken konnte.",
                 f"Erklärt, dass wir keine Kartennummern am Telefon annehmen; Zahlungslink an {p.mail()} geschickt.",
                 c.opt("Nummer nirgends notiert.", 0.6))


def call_4(c):
    out = ["Rückrufliste:"]
    for i in range(c.rint(2, 4)):
        p = c.person()
        out.append(f"{i + 1}. {p.full if c.maybe(0.7) else p.hon} – {c.phone()} – {c.ch('Größentausch', 'Kostenvoranschlag', 'Paket fehlt', 'Bewerbung', 'Erstattung')}")
    return lines(*out)


def call_5(c):
    p = c.person()
    a = c.person()
    return lines(f"{c.date('num')}, {c.time()} – {a.gi} hat mit {p.full} gesprochen.",
                 f"{p.giv} möchte die Wintersteig-Hose zurückschicken, in {c.store()} gekauft, Beine zu lang.",
                 f"Adresse fürs Label: {c.addr(form='line')}", c.opt(f"Zweitnummer: {c.phone()}", 0.5))


# ---- name_prose
def np_1(c):
    p, q = c.person(cue=False), c.person(cue=False)
    return lines(f"{p.full} und {q.full} haben die Firstwand letzten Herbst auf dem Stubaier Höhenweg getestet und zwölf Seiten Notizen mitgebracht.")


def np_2(c):
    p, q = c.person(cue=False), c.person(cue=False)
    return lines(f"Die Fotos im Herbstkatalog stammen von {p.full}; die Route über dem Oytal hat {q.full} ausgesucht.",
                 c.opt("Beide sind sie zweimal bei Schlechtwetter gegangen.", 0.5))


def np_3(c):
    p = c.person(cue=False)
    return lines(f"Laut {p.full} trocknet man eine Daunenjacke am besten langsam, mit zwei Tennisbällen in der Trommel.",
                 c.opt(f"{p.sur} repariert seit {c.rint(2012, 2021)} Ausrüstung für uns.", 0.5))


def np_4(c):
    p, q, r = c.person(cue=False), c.person(cue=False), c.person(cue=False)
    return lines(f"{p.full}, {q.full} und {r.full} betreuen dieses Jahr den Stand auf der OutDoor by ISPO.",
                 c.opt(f"{q.giv} bringt die Banner mit, {r.giv} die Kasse.", 0.6))


def np_5(c):
    p, q = c.person(cue=False), c.person(cue=False)
    return lines(f"Seit {p.full} die Filiale in Kempten übernommen hat, hat sich der Schuhumsatz verdoppelt.",
                 f"{c.ch('Viel davon', 'Ein guter Teil', 'Das meiste')} geht auf {q.full} zurück, die jeden Schuh von Hand anpasst."
                 if q.gender == "f" else
                 f"{c.ch('Viel davon', 'Ein guter Teil', 'Das meiste')} geht auf {q.full} zurück, der jeden Schuh von Hand anpasst.")


def np_6(c):
    p, q = c.person(cue=False), c.person(cue=False)
    return lines(f"Die Pflegeanleitung hat {p.full} geschrieben, {q.full} hat jeden Schritt an echten Jacken geprüft.",
                 c.opt(f"Fragen bitte zuerst an {p.giv}.", 0.5))


# ---- postal_letter
def let_1(c):
    v = c.variant((50, 25, 25))
    p = c.person()
    adr = c.addr(form="two", cty=c.cty)
    return lines(p.full, adr, "", "Talgrat Outdoor GmbH", "Kundenservice", "",
                 f"{c.last_town}, {c.date('long')}", "",
                 f"Widerruf der Bestellung {c.order_no()}", "Sehr geehrte Damen und Herren,",
                 "hiermit widerrufe ich die oben genannte Bestellung und bitte um Erstattung des vollen Betrags." +
                 c.inl(f" Bitte überweisen Sie ihn auf mein Konto {c.iban()}.", 0.6),
                 c.gruss(du=False), p.full)


def let_2(c):
    c.variant((50, 25, 25))
    pr = c.pick([x for x in PRODUCTS if x[0] in REPAIRS])
    p = c.person()
    a = c.person()
    return lines(p.honfulld, c.addr(form="two"), "", f"Ihre Reparatur {c.ticket_no()}", "", f"Sehr geehrte{mit(p, '', 'r')} {p.hon},",
                 f"wir haben an Ihrem Artikel „{c.ptitle(pr)}“ {REPAIRS[pr[0]][1]} {REPAIRS[pr[0]][2]}. Die Sendung geht heute an Sie raus.", "",
                 c.gruss(du=False), a.full, "Reparaturservice")


def let_3(c):
    p = c.person()
    q = c.person()
    return lines(p.full, f"c/o {q.full}", c.addr(form="two"), c.opt(c.cname(c.cty).upper(), 0.4), "",
                 f"Liebe{mit(p, '', 'r')} {p.giv},", "danke fürs Mitmachen bei unserem Fotowettbewerb! Dein Gutschein liegt bei.", "",
                 "Viele Grüße", "dein Talgrat-Team")


def let_4(c):
    p = c.person()
    return lines(f"{p.full} · {c.addr(form='line')} · {c.phone()}", "", "An Talgrat Outdoor, Retourenabteilung", "",
                 f"Reklamation: {c.ptitle()}",
                 "Ich schicke den Artikel zurück, weil die Naht an der Schulter undicht ist. Ich möchte Ersatz, keinen Gutschein.",
                 "", "Mit freundlichen Grüßen", p.ini)


def let_5(c):
    c.setcty("AT")
    c.var = "AT"
    p = c.person()
    adr = c.addr(form="two", cty="AT")
    return lines(p.full, adr, "", f"{c.last_town}, am {c.date('long')}", "", "Kündigung der Kundenkarte",
                 "Sehr geehrte Damen und Herren,", "ich kündige hiermit meine Talgrat-Kundenkarte mit sofortiger Wirkung. "
                 "Bitte löschen Sie auch meine Telefonnummer aus Ihrem System.", "Mit freundlichen Grüßen", p.full)


# ---- incident_report
def inc_1(c):
    c.variant((50, 25, 25))
    p = c.person()
    s = c.person()
    w = c.person()
    return lines(f"Unfallmeldung Filiale {c.store()}, {c.date('num')}, {c.time()}",
                 f"{kunde(p)} {p.full} ist am Eingang auf dem nassen Boden ausgerutscht und hat sich das Handgelenk verletzt.",
                 f"Erste Hilfe durch {s.full} (Ersthelfer{mit(s, 'in', '')}). Kein Rettungswagen nötig.",
                 f"Zeug{mit(w, 'in', 'e')}: {w.full}, {c.phone()}.", c.opt("Warnschild stand, die Matte hatte die Reinigung verschoben.", 0.6))


def inc_2(c):
    p = c.person(gender="m")
    s1 = c.person()
    s2 = c.person()
    return lines(f"Ladendiebstahl um {c.time()}: ein Mann wurde am Ausgang mit zwei unbezahlten Kaltkar-Jacken angehalten.",
                 f"Er hat sich als {p.full} ausgewiesen, wohnhaft {c.addr(form='line')}.",
                 f"Polizei-Aktenzeichen {c.digits(3)} Js {c.digits(4)}/{c.rint(24, 26)}. Im Dienst: {s1.giv} und {s2.giv}.",
                 c.opt("Videoaufnahme 30 Tage gesichert.", 0.6))


def inc_3(c):
    s = c.person()
    return lines(f"Beinahe-Unfall im Lager: beim Kommissionieren ist {s.full} ein Karton vom obersten Regal entgegengekommen.",
                 c.ch("Niemand verletzt.", "Prellung an der Schulter, keine Ausfallzeit.", "Keine Verletzung."),
                 f"Gemeldet von {c.person().ini}. Regalbeschriftung bis Freitag tiefer hängen.")


def inc_4(c):
    p = c.person()
    s = c.person()
    return lines("Verbandbuch – Eintrag", f"Name der verletzten Person: {p.full}", f"Anschrift: {c.addr(form='line')}",
                 f"Telefon: {c.phone()}", "Hergang: Finger in der Tür der Umkleide eingeklemmt.",
                 f"Maßnahme: Pflaster, Kühlpack. Eingetragen von {s.gi}")


def inc_5(c):
    c.variant((40, 30, 30))
    m = c.person()
    p = c.person()
    return lines(f"Hallo {m.giv},", f"kurz zu heute früh: {p.full} (Stammkund{mit(p, 'in', 'e')}) ist an der Schuhwand schwindlig geworden. "
                 f"Wir haben {ihn(p)} hingesetzt, Wasser gegeben, um {c.time()} hat {mit(p, 'ihre', 'seine')} Tochter {ihn(p)} abgeholt.",
                 c.opt(f"Die Nummer steht auf dem Meldebogen ({c.phone()}).", 0.6), c.gruss(), c.person().giv)


def inc_6(c):
    c.variant((50, 25, 25))
    p = c.person()
    s1 = c.person()
    w = c.person()
    m = c.person()
    return lines(f"UNFALLMELDUNG – Filiale {c.store()}", f"Datum/Uhrzeit: {c.date('num')}, {c.time()}",
                 f"Gemeldet von: {s1.full}",
                 "", "Betroffene Person", f"Name: {p.full}", f"Anschrift: {c.addr(form='line')}", f"Telefon: {c.phone()}",
                 "", "Hergang",
                 c.ch("Beim Herausnehmen einer Jacke vom oberen Haken ist der Ständer umgekippt und hat die Schulter getroffen.",
                      "Beim Auffüllen stand ein Karton im Gang; die Person ist darüber gestolpert und umgeknickt."),
                 f"Zeug{mit(w, 'in', 'e')}: {w.full}, {c.phone()}", "Maßnahmen: Kühlpack, Ständer gesichert, Gang 20 Minuten gesperrt.",
                 f"Filialleitung informiert: {m.full}", c.opt("Nachfassen per Telefon in zwei Tagen.", 0.6))


# ---- interview_invite
def iv_1(c):
    c.variant((50, 25, 25))
    p = c.person()
    m = c.person()
    return lines(c.greet(p, formal=False),
                 f"danke für deine Bewerbung als Verkäufer:in in unserer Filiale {c.store()}. Wir laden dich gern zum Gespräch ein: "
                 f"{c.date('wd')}, {c.time()}, mit {m.full} ({mit(m, 'Filialleiterin', 'Filialleiter')}).",
                 f"Passt der Termin nicht, ruf kurz an unter {c.phone()} oder antworte auf diese Mail.", "", c.gruss(), "Talgrat Recruiting")


def iv_2(c):
    a, b, d = c.person(), c.person(), c.person()
    return lines(f"Shortlist Aushilfen {c.store()}:", f"- {a.full} (stark bei Schuhen, Wochenenden frei)",
                 f"- {b.full} (vorher Skiverleih, will 20 Std.)", c.opt(f"- {d.full} (Studi, nur bis September)", 0.7),
                 c.opt("Gespräche nächste Woche, je 30 Min.", 0.5))


def iv_3(c):
    p = c.person()
    m = c.person()
    return lines(f"Hi {m.giv}, {p.full} kann am Dienstag nicht – können wir {ihn(p)} auf Donnerstag {c.time()} schieben?",
                 f"{mit(p, 'Ihre', 'Seine')} Nummer ist {c.phone(mobile=True)}, falls du direkt anrufen willst.")


def iv_4(c):
    c.variant((50, 25, 25))
    p = c.person()
    a = c.person()
    return lines(c.greet(p, formal=True), "",
                 f"wir freuen uns, Ihnen die Stelle als {c.ch('Schuhberater:in', 'stellvertretende Filialleitung', 'Verkäufer:in')} ab dem {c.date('num')} anbieten zu können.",
                 f"Den Vertrag schicken wir an {c.addr(form='line')}. Bitte senden Sie ihn innerhalb einer Woche unterschrieben zurück.",
                 "", c.gruss(du=False), a.full, "Personalabteilung")


def iv_5(c):
    p = c.person()
    q = c.person()
    return lines(f"Gesprächsnotiz {p.LF}, {c.date('num')}",
                 c.ch("Kennt das Sortiment gut. Bleibt ruhig bei schwierigen Kund:innen.",
                      "Kassenübung gut. Wochenenden noch unklar.", "Super bei der Schuhanpassung, wenig Verkaufserfahrung."),
                 f"Referenz bei {q.full} ({c.phone()}) noch einholen.")


def iv_6(c):
    c.setcty("CH")
    p = c.person()
    m = c.person()
    return lines(f"Grüezi {p.hon}", "",
                 f"Besten Dank für Ihre Bewerbung als Lernende{mit(p, '', 'r')} Detailhandel. Gerne laden wir Sie zum Schnuppertag am {c.date('long')} ein.",
                 f"Ihre Ansprechperson vor Ort ist {m.full}, {c.phone()}.", "", "Freundliche Grüsse", "Talgrat Outdoor, Filiale Zürich")


# ---- absence_notice
def ab_1(c):
    m = c.person()
    s = c.person()
    p = c.person()
    return lines(f"Hi {m.giv}, ich hab Fieber und schaff die Schicht heute nicht. {s.giv} hat gesagt, {er(s)} übernimmt den Vormittag.",
                 f"Sorry! {p.giv}")


def ab_2(c):
    p = c.person()
    q = c.person()
    d1, d2 = c.dates2("num", gap=(1, 21))
    return lines(f"Urlaubsantrag: {p.full}, {d1} bis {d2}.", f"Vertretung: {q.full}.",
                 f"Genehmigt: {c.person().ini}" if c.maybe(0.7) else "Noch offen.")


def ab_3(c):
    c.variant((50, 50, 0))
    p = c.person()
    wort = "im Krankenstand" if c.var == "AT" else "krankgeschrieben"
    return lines(f"Info ans Team: {p.giv} ist bis Freitag {wort} ({'Bestätigung' if c.var == 'AT' else 'AU'} liegt vor).",
                 f"Bitte {ihn(p)} nicht privat unter {c.phone(mobile=False)} anrufen – alles über mich.", c.opt(f"Dienstplan ist angepasst. {c.person().giv}", 0.6))


def ab_4(c):
    p = c.person()
    q = c.person()
    d1, d2 = c.dates2("num", gap=(60, 365))
    return lines(f"Übergabe vor meiner Elternzeit ({d1} – {d2})", f"- Lieferantentermine: {q.full} übernimmt, {c.staff_mail(q)}",
                 "- Schaufenster: Fotos liegen im Teamordner", f"- Nur im Notfall: {c.phone(mobile=True)}", p.full)


def ab_5(c):
    c.variant((50, 25, 25))
    m = c.person()
    p = c.person()
    kind = mit(p, "Tochter", "Sohn")
    grund = c.ch("hat sich den Knöchel gebrochen", "hat Pfeiffersches Drüsenfieber", "liegt nach einem Kletterunfall im Krankenhaus")
    return lines(f"Sehr geehrte{mit(m, '', 'r')} {m.hon},", f"{mit(p, 'unsere', 'unser')} {kind} {p.full} {grund} und kann mindestens vier Wochen keine Samstagsschichten machen.",
                 "Ein Attest reichen wir nach.", c.gruss(du=False), c.person().full)


def ab_6(c):
    c.setcty("AT")
    p = c.person()
    q = c.person()
    m = c.person()
    return lines(f"Hallo {m.giv},", f"ich würde gern vom {c.rint(2, 6)}. bis {c.rint(9, 16)}. Jänner Urlaub nehmen. {q.giv} hat gesagt, {er(q)} übernimmt meine Samstage.",
                 "Passt das für dich?", "Lg", p.full)


# ---- reference_letter
def ref_1(c):
    p = c.person()
    m = c.person()
    d1, d2 = c.dates2("num", gap=(300, 900), y0=2019, y1=2023)
    store = c.store()
    return lines("Arbeitszeugnis", "",
                 f"{p.honfull} war vom {d1} bis zum {d2} als {mit(p, 'Verkäuferin', 'Verkäufer')} in unserer Filiale {store} tätig.",
                 f"{Er(p)} hat die ihr übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit erledigt." if p.gender == "f" else
                 "Er hat die ihm übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit erledigt.",
                 f"Wir bedauern {mit(p, 'ihr', 'sein')} Ausscheiden und wünschen {ihm(p)} alles Gute.", "",
                 f"{store}, {c.date('num')}", m.full, mit(m, "Filialleiterin", "Filialleiter"))


def ref_2(c):
    p = c.person()
    q = c.person()
    comp, dom = c.ch(("Sporthaus Alpin", "sporthaus-alpin.at"), ("Bergsicht Recruiting", "bergsicht-recruiting.ch"),
                     ("einer Skischule in Ischgl", "skischule-ischgl.at"), ("Wandelbar Agentur", "wandelbar-agentur.de"))
    return lines(f"Referenzanfrage zu {p.full} von {comp}.",
                 f"Ansprechperson dort: {q.hon} ({q.mail(work=True, domain=dom)}).",
                 "Kann jemand die Beschäftigungsdauer bestätigen? Nur Zeitraum und Funktion, sonst nichts.")


def ref_3(c):
    p = c.person()
    m = c.person()
    return lines(f"Telefonische Auskunft am {c.date('num')}: {m.gi} hat bestätigt, dass {p.full} {c.rint(2, 6)} Jahre bei uns in der Schuhberatung war und im Guten gegangen ist.",
                 c.opt("Keine weiteren Angaben gemacht.", 0.7))


def ref_4(c):
    c.variant((50, 25, 25))
    p = c.person()
    s = c.person()
    return lines("Empfehlungsschreiben", "",
                 f"Ich kenne {p.full} seit {c.rint(3, 12)} Jahren aus unserem ehrenamtlichen Wanderprogramm, wo {er(p)} Familientouren leitet.",
                 f"{p.giv} ist geduldig, umsichtig und kann gut mit Gruppen.", "", s.full, c.addr(form="line"), c.opt(c.phone(), 0.6))


# ---- landlord_letter
def ll_1(c):
    c.variant((50, 25, 25))
    p = c.person()
    q = c.person()
    return lines(f"Sehr geehrte{mit(p, '', 'r')} {p.hon},", "",
                 f"die Heizung in unserer Ladenfläche {c.addr(form='line')} ist schon wieder ausgefallen. Heute früh hatten wir 12 °C im Laden.",
                 f"Bitte geben Sie unserer Facility-Leitung {q.full} Bescheid, wann ein Techniker kommen kann: {c.phone()}.", "",
                 c.gruss(du=False), c.person().full, "Talgrat Outdoor GmbH")


def ll_2(c):
    v = c.variant((50, 25, 25))
    p = c.person()
    comp = {"DE": "Kaltenbach Immobilien GmbH", "AT": "Hausverwaltung Sonnhalde", "CH": "Liegenschaftsverwaltung Zollinger AG"}[v]
    mieter = "Sehr geehrte Mieterin, sehr geehrter Mieter," if v != "CH" else "Sehr geehrte Mieterschaft"
    return lines(mieter, "", f"ab dem {c.date('num')} überweisen Sie die Miete bitte auf unser neues Konto:", c.iban(v),
                 "Verwendungszweck: Ihre Objektnummer.", "", c.gruss(du=False), p.full, comp)


def ll_3(c):
    v = c.variant((50, 25, 25))
    p = c.person()
    hm = "Hauswart" if v == "CH" else "Hausbesorger" if v == "AT" else "Hausmeister"
    return lines(f"{hm} für die Passage: {p.full}, mobil {c.phone(mobile=True)} (werktags 7–15 Uhr).",
                 c.opt(f"Außerhalb der Zeiten: Wachdienst {c.phone(mobile=False)}.", 0.6), "Mülltonnen Dienstagabend rausstellen.")


def ll_4(c):
    c.variant((50, 25, 25))
    p = c.person()
    a = c.person()
    return lines(c.greet(p, formal=True), "",
                 f"danke für den Entwurf der Mietvertragsverlängerung. Vor der Unterschrift würden wir gern über die Sonderkündigungsklausel sprechen. "
                 f"Rufen Sie mich gern unter {c.phone()} an.", "", c.gruss(du=False), a.full, "Leitung Filialen", c.staff_mail(a))


# ---- personal_shopping
def ps_1(c):
    c.variant((50, 25, 25))
    p = c.person()
    s = c.person()
    return lines("Dein Beratungstermin", "", c.greet(p, formal=False),
                 f"du hast am {c.date('num')} um {c.time()} einen Termin bei {s.giv} in unserer Filiale {c.store()}.",
                 c.opt("Bring gern die Schuhe mit, in denen du jetzt wanderst – dann können wir vergleichen.", 0.6), "Bis bald!")


def ps_2(c):
    a, b = c.person(), c.person()
    return lines(f"Termine {c.date('short')}:", f"10:00 {a.full} – Patagonien-Reise, braucht ein Zwiebelsystem – {c.phone()}",
                 f"11:30 {b.full} – erste Wintertour, Budget 400 € – {c.phone()}", c.opt(f"14:00 {c.person().full} – nur Schuhe", 0.6),
                 c.opt(f"Den {b.sur}-Termin bitte auf 45 Min. verlängern.", 0.5))


def ps_3(c):
    c.variant((50, 25, 25))
    p = c.person()
    s = c.person()
    return lines(f"Danke für Ihren Besuch, {p.hon} – hier die Liste, die {s.full} für Sie zusammengestellt hat:",
                 f"- {c.ptitle()} ({c.size()})", f"- {c.ptitle()}", c.opt(f"- {c.ptitle()}", 0.5),
                 "Wir legen alles 7 Tage für Sie zurück.")


def ps_4(c):
    p = c.person()
    s = c.person()
    return lines(f"Gruppenberatung für {p.full} ({c.ch('Jugendgruppe des Alpenvereins', 'Abschlussklasse', 'Betriebsausflug')}), {c.rint(6, 18)} Personen.",
                 f"Rechnung an {c.addr(form='two')}", f"Kontakt: {p.mail()}", f"Beratung: {s.gi}")


def ps_5(c):
    c.setcty("CH")
    p = c.person()
    s = c.person()
    return lines(f"Termin bestätigt: {p.hon}, {c.date('wd')}, {c.time()}, Beratung bei {s.giv} in der Filiale {c.store()}.",
                 "Parkieren können Sie im Parkhaus gleich nebenan; mit dem Velo direkt vor dem Eingang.",
                 c.opt(f"Bei Verhinderung bitte kurz melden: {c.phone()}", 0.6))


# ---- forum_post
def fp_1(c):
    p = c.person()
    return lines("Re: Hochsattel 30 – Hüftgurt rutscht?", "",
                 "Hatte ich auch. Erst die Lageverstellriemen anziehen, dann den Gurt – seitdem hält er.",
                 c.opt("Schau auch die Rückenlänge an, meine war ab Werk zu lang eingestellt.", 0.5), "", "--", f"{p.full} | {c.addr_parts()[2]}")


def fp_2(c):
    p = c.person()
    return lines("Treffen: Sonntagstour ab Oberstdorf",
                 f"Wer kommt mit? Treffpunkt 9 Uhr am Bahnhof. Wenn ihr später kommt, ruft mich an: {c.phone(mobile=True)}. {p.giv}",
                 c.opt("Hunde willkommen.", 0.5))


def fp_3(c):
    p = c.person()
    m = c.person()
    return lines(f"Beitrag von gipfelfuchs{c.rint(10, 99)} · {c.date('num')}",
                 f"Zitat {p.full}: „Alle 20 Wäschen nachimprägnieren und nie Weichspüler nehmen.“", "Genau so.", "",
                 f"[Thema verschoben nach Pflege & Reparatur von {m.giv} – Moderation]")


def fp_4(c):
    p = c.person()
    return lines(f"Verkaufe: Kaltkar Daunenjacke, Gr. M, zweimal getragen, 180 {'CHF' if c.var == 'CH' else '€'}.",
                 f"Abholung in der {c.addr(form='street')} oder Versand. SMS an {c.phone(mobile=True)}.", c.opt(f"– {p.giv}", 0.8))


def fp_5(c):
    p = c.person()
    q = c.person()
    return lines("Danke euch allen für die Tourentipps!",
                 f"Besonders an {p.full} für die Karte und an {q.full}, {mit(q, 'die', 'der')} mir {mit(q, 'ihre', 'seine')} Gamaschen geliehen hat.")


# ---- apprentice_log
def ap_1(c):
    p = c.person()
    t = c.person()
    return lines(f"Ausbildungsnachweis – Azubi {p.full}, KW {c.rint(1, 52)}", f"Mo: Wareneingang mit {t.giv}, Socken gezählt",
                 "Di: Kassenschulung", "Mi: Berufsschule", f"Do: erste Schuhanpassung allein ({t.giv} hat zugeschaut)",
                 c.opt("Fr: Schaufenster", 0.6))


def ap_2(c):
    p = c.person()
    cu = c.person()
    return lines(f"Feedback Ausbilder: {p.giv} hat die Schuhberatung bei {cu.hond} heute richtig gut gemacht – erst zugehört, dann beide Füße vermessen.",
                 c.opt("Nächster Schritt: Kindergrößen.", 0.6))


def ap_3(c):
    v = c.variant((50, 25, 25))
    p = c.person()
    t = c.person()
    wer = {"DE": "Azubi", "AT": "Lehrling", "CH": "Lernende:r"}[v]
    schule = {"DE": "Berufsschule", "AT": "Landesberufsschule", "CH": "Berufsfachschule"}[v]
    dom = {"DE": "bs-kempten.de", "AT": "lbs-imst.at", "CH": "bfs-zuerich.ch"}[v]
    return lines(f"{wer} {p.full} – Ansprechperson {schule}: {t.hon}, {t.mail(work=True, domain=dom)}.",
                 f"Zwischengespräch am {c.date('num')}.", c.opt(f"Kontakt Eltern: {c.phone()}", 0.5))


def ap_4(c):
    out = [f"Rotationsplan Azubis {c.ch('Frühjahr', 'Sommer', 'Herbst')}:"]
    for d in c.sample(["Schuhe", "Lager", "Kasse", "Reparaturannahme", "Onlinebestellungen"], c.rint(2, 4)):
        out.append(f"- {d}: {c.person().full}")
    return lines(*out)


def ap_5(c):
    c.setcty("DE")
    p = c.person()
    return lines(f"Für die Lohnabrechnung von {p.full} fehlen noch:", f"Steuer-ID {c.taxid()}, IBAN {c.iban('DE')}",
                 c.ch("Vertrag ist unterschrieben, Einführung am Montag.", "Krankenkasse kommt nach.", "Bitte bis zum 20. an die Personalabteilung."))


# ---- staff_purchase
def sp_1(c):
    p = c.person()
    pr = c.product()
    return lines(f"Personalkauf genehmigt: {p.full}, {c.ptitle(pr)} ({pr[4]}), 30 % Rabatt.", f"Genehmigt von: {c.person().gi}",
                 c.opt("Kontingent dieses Jahr: 2 von 6 Artikeln.", 0.5))


def sp_2(c):
    p = c.person()
    m = c.person()
    q = c.person()
    return lines(f"Hi {m.giv}, darf ich meinen Mitarbeiterrabatt für eine Jacke für {mit(q, 'meine Freundin', 'meinen Freund')} {q.giv} nutzen? Ist ein Geburtstagsgeschenk.",
                 f"Danke, {p.giv}")


def sp_3(c):
    p = c.person()
    return lines(f"Prüfung Personalrabatt: Karte mit Endziffern {c.card_tail()} im März 14-mal genutzt, immer online.",
                 f"Verknüpft mit Mitarbeiter{mit(p, 'in', '')} {p.full} (Filiale {c.store()}). Lieferadresse:", c.addr(form="two"),
                 "Bitte vor der nächsten Gehaltsabrechnung prüfen.")


def sp_4(c):
    out = ["Ausgegebene Freunde-&-Familie-Codes:"]
    for _ in range(c.rint(2, 4)):
        p = c.person()
        out.append(f"- FF-{c.digits(5)} → {p.full} ({p.mail()})")
    return lines(*out)


def sp_5(c):
    p = c.person()
    return lines(f"Beleg Personalverkauf: {p.LF}, {c.money()} bezahlt mit Karte {c.card()}.", "Nicht zum Weiterverkauf.")


PROSE = {
    "crm_note": [crm_1, crm_2, crm_3, crm_4, crm_5, crm_6, crm_7],
    "support_email": [sup_1, sup_2, sup_3, sup_4, sup_5, sup_6, sup_7, sup_8],
    "quoted_reply": [qr_1, qr_2, qr_3, qr_4, qr_5],
    "signed_review": [rev_1, rev_2, rev_3, rev_4, rev_5],
    "email_signature": [sig_1, sig_2, sig_3, sig_4, sig_5],
    "team_chat": [chat_1, chat_2, chat_3, chat_4, chat_5, chat_6, chat_7, chat_8],
    "call_note": [call_1, call_2, call_3, call_4, call_5],
    "name_prose": [np_1, np_2, np_3, np_4, np_5, np_6],
    "postal_letter": [let_1, let_2, let_3, let_4, let_5],
    "incident_report": [inc_1, inc_2, inc_3, inc_4, inc_5, inc_6],
    "interview_invite": [iv_1, iv_2, iv_3, iv_4, iv_5, iv_6],
    "absence_notice": [ab_1, ab_2, ab_3, ab_4, ab_5, ab_6],
    "reference_letter": [ref_1, ref_2, ref_3, ref_4],
    "landlord_letter": [ll_1, ll_2, ll_3, ll_4],
    "personal_shopping": [ps_1, ps_2, ps_3, ps_4, ps_5],
    "forum_post": [fp_1, fp_2, fp_3, fp_4, fp_5],
    "apprentice_log": [ap_1, ap_2, ap_3, ap_4, ap_5],
    "staff_purchase": [sp_1, sp_2, sp_3, sp_4, sp_5],
}


# ============================================================================ clean genres

def cat_1(c):
    pr = c.product()
    return lines(f"{pr[2]} – {pr[6]}",
                 c.ch("Für den Jäger auf dem Hochsitz genauso wie für den Bäcker auf dem Weg zur Frühschicht.",
                      "Leise genug für Wolf-Beobachtungen in der Lausitz, robust genug fürs Geröll.",
                      "Schlau wie ein Fuchs: Die Taschen sitzen über dem Hüftgurt."),
                 f"Farben: {', '.join(pr[8])}.", c.opt("Passt sie über ein Fleece? Ja – wer dick drunter zieht, nimmt eine Nummer größer.", 0.6))


def cat_2(c):
    pr = c.product()
    return lines(f"Neu im Mai: {pr[2]}.", c.ch("Der Winter kann kommen – und der Sommer auch.",
                                             "Koch auf der Hütte, dann klein verstaut im Deckelfach.",
                                             "Ob Bauer auf der Alm oder Vogel im Wind: Der Schnitt passt von XS bis XXL."),
                 f"Artikelnummer {pr[4]}. {c.ch('30 Tage kostenlose Rücksendung.', 'Versand in 1–2 Werktagen.')}")


def cat_3(c):
    a, b = c.sample(PRODUCTS, 2)
    return lines(f"Kombiniere {a[2]} mit {b[2]}.", f"{a[6]} + {b[6]}, im Set 10 % günstiger.",
                 c.opt("Fischer-Grün und Steingrau sind diese Saison wieder da.", 0.5))


def cat_4(c):
    return lines(c.ch("Die Kollektion „Fuchs & Hase“", "Die Kollektion „Winterkönig“", "Die Kollektion „Sommerfrische“"),
                 "Drei Schichten, eine Idee: warm bleiben, wenn die Sonne weg ist.",
                 c.ch("Morgengrat Merino 150 als Basis, Gitterhang-Fleece in der Mitte, Kaltkar obendrauf.",
                      "Fuchsbraun, Schiefer und Hüttenorange – gut sichtbar im Wald."),
                 c.opt(f"Ab {c.date('long')} in allen Filialen.", 0.7))


def help_1(c):
    return lines("Wo finde ich meine Bestellnummer?",
                 f"In deiner Bestellbestätigung, zum Beispiel {c.order_no()}. Sie beginnt mit TG oder #.",
                 c.opt(f"Gutscheine haben stattdessen einen Code mit 16 Zeichen, etwa {c.ch('GC7K-2MXQ-88PA-ZT4W', 'GCQ2-77LM-4NXA-09RT')}.", 0.5))


def help_2(c):
    return lines("Kann ich im Laden gekaufte Artikel online zurückgeben?",
                 f"Ja. Gib im Retourenportal die Belegnummer ein (z. B. {c.rint(10, 99)}-{c.digits(4)}-{c.digits(6)}).",
                 f"Die Erstattung dauert 5–7 Werktage. Die EAN auf dem Etikett ({c.gtin()}) brauchst du nicht.")


def help_3(c):
    return lines("Wie messe ich meine Rückenlänge?",
                 "Aufrecht stehen. Vom hervorstehenden Halswirbel bis zur Oberkante der Beckenknochen messen.",
                 c.ch("Zwischen 43 und 51 cm: Hochsattel 30.", "Zwischen 42 und 54 cm: Fernkamm 45+10 (verstellbar)."),
                 c.opt("Unsicher? In den Filialen messen wir kostenlos nach.", 0.6))


def help_4(c):
    return lines(c.ch("Liefert ihr an eine Packstation oder ein Postfach?", "Lieferung an Postfach?"),
                 "Sperrige Artikel können wir nicht an Postfächer oder Packstationen liefern. Kleine Pakete gehen an die Packstation, wenn du deine Postnummer angibst.",
                 c.opt("Bei Lieferung „c/o“ bitte den Namen am Briefkasten ergänzen.", 0.5),
                 c.opt("Nach Österreich und in die Schweiz dauert es 1–2 Tage länger.", 0.6))


def trk_1(c):
    return lines(f"Dein Paket {c.parcel_no()} ist unterwegs.", f"Voraussichtliche Zustellung: {c.date('wd')}, zwischen {c.rint(8, 12)} und {c.rint(13, 18)} Uhr.",
                 c.opt(f"Abholcode: {c.digits(6)}", 0.6))


def trk_2(c):
    return lines("Sendungsstatus", f"Sendung {c.parcel_no()} – {c.ch('im Depot', 'in Zustellung', 'am Wunschort abgelegt', 'wetterbedingt verzögert')}.",
                 f"Servicenummer {c.phone_like()} (keine Telefonnummer – bitte auf der Sendungsverfolgung angeben).")


def trk_3(c):
    out = ["Sendungsübersicht"]
    for _ in range(c.rint(2, 4)):
        out.append(f"{c.parcel_no()}  {c.rint(1, 6)} Stk.  {c.rint(1, 30)},{c.rint(0, 9)} kg  {c.ch('Hub Kempten', 'Depot Wien-Inzersdorf', 'Verteilzentrum Härkingen', 'Hub Leipzig')}")
    return lines(*out)


def trk_4(c):
    return lines(f"Retoure eingegangen: RMA {c.digits(6)}, Bestellung {c.order_no()}.",
                 f"Prüfung {c.ch('bestanden', 'läuft', 'bestanden – Erstattung veranlasst')}. Lagercharge {c.phone_like()}.")


def sup_b1(c):
    return lines("Lieferanteninfo Frühjahr",
                 c.ch("Schneider Logistik GmbH übernimmt ab April die Tour Allgäu.", "Bauer Verpackungen liefert jetzt die Recyclingkartons.",
                      "Koch Strickerei bestätigt 9 Wochen Lieferzeit für Merino."),
                 c.opt("Wolf Transporte bleibt unser Partner für Österreich.", 0.6))


def sup_b2(c):
    return lines("Rampenplan Lager", f"Mo {c.clock()} – Schneider Logistik (2 LKW)", f"Mi {c.clock()} – Fuchs Spedition",
                 f"Fr {c.clock()} – Vogel & Winter Transporte", c.opt("Samstag geschlossen.", 0.5))


def sup_b3(c):
    return lines("Qualitätsmeldung", f"Charge {c.rint(2024, 2025)}-{c.rint(1, 12):02d} Trittweg-Socken von Koch Strickerei: Pilling-Test bestanden (Note 4).",
                 c.ch("Jäger Färberei prüft im Juni die Farbechtheit.", "Sommer & Stein Zubehör hat neue Kordelstopper geschickt; Muster im QS-Raum."))


def sup_b4(c):
    return lines("Preisänderungen Lieferanten", f"Fuchs Zubehör: +{c.rint(2, 9)} % ab {c.date('num')}.", "Hahn Schnallen: unverändert.",
                 f"Braun Weberei: {c.ch('−3 %', '+1,5 %')} auf recyceltes Polyamid.")


def br_1(c):
    return lines(f"Filiale {c.ch('Kempten', 'Sonthofen', 'Innsbruck', 'Graz', 'Bern')} – Öffnungszeiten", "Mo–Fr 9:30–18:30 Uhr",
                 "Sa 9:00–18:00 Uhr", "So geschlossen", c.opt("Donnerstags bis 20 Uhr.", 0.5))


def br_2(c):
    return lines("Anfahrt", f"Die Filiale liegt im PLZ-Gebiet {c.ch('87435', '80331', '6020', '8001', '1070')} – parken im Parkhaus nebenan.",
                 c.ch("Bus 1 und 5 halten direkt davor.", "Fünf Minuten vom Bahnhof."))


def br_3(c):
    return lines("Filialverzeichnis", "80331 München · 87435 Kempten · 6020 Innsbruck · 8001 Zürich",
                 "1070 Wien · 5020 Salzburg · 3011 Bern · 20095 Hamburg", c.opt("Neu im Herbst: 8010 Graz.", 0.6))


def br_4(c):
    return lines("Öffnungszeiten an Feiertagen", f"{c.date('num')}: 10–16 Uhr", f"{c.date('num')}: geschlossen",
                 c.ch("Click & Collect gibt es in Kempten und Sonthofen.", "Die Hotline ist an Heiligabend bis 14 Uhr erreichbar."))


def care_1(c):
    j = c.ch("Firstwand", "Schauerpass")
    return lines(f"So wäschst du deine {j}", f"Alle Reißverschlüsse schließen. Bei {c.ch('30', '40')} °C mit Funktionswaschmittel waschen, ohne Weichspüler.",
                 f"{c.ch(15, 20, 25)} Minuten im Trockner bei niedriger Stufe – das aktiviert die Imprägnierung.",
                 c.opt(f"Nach etwa {c.ch(15, 20, 25)} Wäschen nachimprägnieren.", 0.6), c.opt("Nicht chemisch reinigen.", 0.4))


def care_2(c):
    return lines(c.ch("Daunenpflege", "So pflegst du deine Kaltkar", "Daunen waschen"),
                 f"Kaltkar bei 30 °C im {c.ch('Schon', 'Fein', 'Woll')}waschgang mit Daunenwaschmittel waschen.",
                 f"Mit {c.ch('zwei', 'drei')} sauberen Tennisbällen {c.ch('2–3', '3', '2')} Stunden bei niedriger Stufe trocknen, bis nichts mehr klumpt.",
                 c.opt("Locker lagern, nicht im Kompressionssack.", 0.5))


def care_3(c):
    return lines(f"Merino-Grundlagen: {c.ch('Morgengrat', 'Trittweg-Socken', 'Merino-Schichten')}", "Nach der Tour auslüften – Merino muss selten gewaschen werden.",
                 f"Wollprogramm, max. {c.ch('30', '20')} °C, {c.ch('liegend trocknen', 'auf dem Wäscheständer trocknen', 'nicht in den Trockner')}.",
                 c.opt("Sauber und trocken lagern – Wolle zieht Motten an.", 0.7), c.opt("Zedernholz im Schrank hilft.", 0.4))


def care_4(c):
    return lines(c.ch("Schuhpflege", "Steinlauf pflegen", "Nach dem Trail"),
                 "Nach dem Lauf groben Schmutz abklopfen, mit weicher Bürste und lauwarmem Wasser reinigen.",
                 f"{c.rint(12, 36)} Stunden bei Raumtemperatur trocknen lassen, nie auf der Heizung.",
                 c.opt("Einlegesohlen rausnehmen, dann geht es schneller.", 0.5), c.opt("Zeitungspapier in der Spitze hilft.", 0.5))


def chg_1(c):
    return lines(f"App {c.version()} – Neuerungen", "- Schnellere Filialsuche", "- Größentabelle auf kleinen Bildschirmen repariert",
                 c.opt(f"- Build {c.rint(1000, 9999)}, ab iOS 16 bzw. Android 10", 0.6))


def chg_2(c):
    return lines(f"Shop-Frontend v{c.version()}", f"* checkout-sdk auf {c.version()} angehoben", "* alte Merkliste entfernt",
                 f"* Commit {c.digits(7)}f", c.opt(f"* Wartungsfenster {c.clock()}–{c.clock()} Uhr", 0.5))


def chg_3(c):
    return lines("Änderungsprotokoll", f"{c.version()}: neuer Retourenablauf", f"{c.version()}: Größenberater für Socken", f"{c.version()}: Fehlerbehebungen")


def chg_4(c):
    return lines(f"Kassen-Firmware {c.version()} in {c.rint(4, 20)} Filialen ausgerollt.",
                 f"Rückfallversion {c.version()}. Port 8443 muss offen bleiben.", c.opt("Keine Ausfallzeit erwartet.", 0.6))


def gtin_1(c):
    out = ["Artikel\tGröße\tGTIN\tBestand"]
    pr = c.product()
    for s in c.sample(["XS", "S", "M", "L", "XL", "XXL"], c.rint(2, 5)):
        out.append(f"{pr[4]}\t{s}\t{c.gtin()}\t{c.rint(0, 80)}")
    return lines(*out)


def gtin_2(c):
    out = ["Inventur – Gang 4"]
    for _ in range(c.rint(2, 5)):
        pr = c.product()
        out.append(f"{pr[4]}  {c.gtin()}  gezählt {c.rint(0, 40)}  System {c.rint(0, 40)}")
    return lines(*out)


def gtin_3(c):
    pr = c.product()
    return lines(f"Etiketten nachdrucken: {pr[2]}", f"EAN {c.gtin()} / {c.gtin()}", f"Preis {pr[6]}, Farbe {c.colour(pr)}")


def gtin_4(c):
    out = ["Artikel;Farbe;GTIN;Lagerplatz"]
    pr = c.product()
    for col in pr[8]:
        out.append(f"{pr[4]};{col};{c.gtin()};B-{c.rint(1, 40):02d}-{c.rint(1, 9)}")
    return lines(*out)


def promo_1(c):
    return lines("Aktionskalender", f"{c.date('num')}: Frühjahrs-Sale, bis zu 30 %", "1. Mai: Feiertag – Filialen geschlossen",
                 f"{c.date('num')}: Code TRAIL15 läuft aus", c.opt("Gutscheine gelten 14 Tage länger.", 0.6))


def promo_2(c):
    d1, d2 = c.dates2("num", gap=(5, 30))
    return lines(f"Code HUETTE{c.rint(10, 25)}: 15 % auf Hüttenausrüstung, gültig {d1} – {d2}.",
                 "Nicht mit anderen Aktionen kombinierbar.", c.opt(f"Mindestbestellwert {c.money(50, 150)}.", 0.6))


def promo_3(c):
    return lines("Plan Black Week", f"Vorabzugang für Mitglieder am {c.date('num')} um {c.clock()} Uhr.",
                 f"Jägergrün und Rosé ab {c.money(60, 200)}.", "Bäckerdutzend: 12 Paar Socken kaufen, 11 bezahlen.")


def promo_4(c):
    return lines("Newsletter-Plan", f"KW {c.rint(1, 52)}: Pflegetipps", f"KW {c.rint(1, 52)}: Start Wintersteig",
                 f"KW {c.rint(1, 52)}: Wenn der Mai kommt – Frühjahrsauswahl")


def q_1(c):
    return lines("Support-Warteschlange heute früh", f"Offene Tickets: {c.rint(20, 140)}", f"Ältestes: {c.ticket_no()} ({c.rint(2, 9)} Tage)",
                 f"Erste Antwort im Schnitt: {c.rint(1, 9)} Std. {c.rint(0, 59)} Min.")


def q_2(c):
    out = ["| Ticket | Thema | Alter |", "|---|---|---|"]
    for _ in range(c.rint(2, 5)):
        out.append(f"| {c.ticket_no()} | {c.ch('Retoure', 'Größe', 'Reparatur', 'Zahlung', 'Lieferung')} | {c.rint(1, 72)} Std. |")
    return lines(*out)


def q_3(c):
    return lines("Callcenter-Zahlen", f"Anrufe: {c.rint(100, 900)}", f"Aufgelegt: {c.rint(1, 9)},{c.rint(0, 9)} %",
                 f"Queue-ID {c.phone_like()} (interne Routingnummer)")


def q_4(c):
    return lines(f"Eskalationen diese Woche: {c.rint(2, 15)}", f"Fall {c.ticket_no()} mit {c.ticket_no()} zusammengeführt.",
                 f"Bestellung {c.order_no()} erstattet, Paket {c.parcel_no()} verloren gegangen.")


CLEAN = {
    "catalogue_copy": [cat_1, cat_2, cat_3, cat_4],
    "help_article": [help_1, help_2, help_3, help_4],
    "tracking_update": [trk_1, trk_2, trk_3, trk_4],
    "supplier_bulletin": [sup_b1, sup_b2, sup_b3, sup_b4],
    "branch_directory": [br_1, br_2, br_3, br_4],
    "care_label": [care_1, care_2, care_3, care_4],
    "app_changelog": [chg_1, chg_2, chg_3, chg_4],
    "gtin_stock_sheet": [gtin_1, gtin_2, gtin_3, gtin_4],
    "promo_calendar": [promo_1, promo_2, promo_3, promo_4],
    "queue_stats": [q_1, q_2, q_3, q_4],
}
