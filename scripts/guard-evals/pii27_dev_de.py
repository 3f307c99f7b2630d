"""German prose templates of the dev half of the twenty-seventh PII bank (dev27).

Written in German (du and Sie, Austrian and Swiss variants), not translated. The same 18 genre
ids as the English module. Each template takes ``g`` and returns a ``Doc``.
"""

from pii27_dev_core import E, PRICES_EUR, PRODUCTS_DE, SKUS


def gruss(g):
    if g.country == "CH":
        return g.pick(["Freundliche Grüsse", "Liebe Grüsse", "Beste Grüsse", "Herzliche Grüsse"])
    if g.country == "AT":
        return g.pick(["Liebe Grüße", "Mit freundlichen Grüßen", "Beste Grüße", "LG"])
    return g.pick(["Viele Grüße", "Mit freundlichen Grüßen", "Beste Grüße", "Liebe Grüße", "Herzliche Grüße", "VG"])


def hallo(g):
    if g.country == "CH":
        return g.pick(["Grüezi", "Hoi", "Sali", "Guten Tag"])
    if g.country == "AT":
        return g.pick(["Servus", "Grüß Gott", "Hallo", "Guten Tag"])
    return g.pick(["Hallo", "Guten Tag", "Moin", "Hi"])


def alpland(g):
    g.set_country(g.pick(["DE", "AT", "CH"]))


# =============================================================================================
# crm_note
# =============================================================================================

def crm_note_1(g):
    d = g.doc()
    p = g.person()
    szs = g.rng.sample(["XS", "S", "M", "L", "XL", "XXL"], 2)
    d.f("[[Rückruf|Telefonat|Anruf]] {n} wg. {o}: möchte {pr} in {sz} statt {sz2}. "
        "[[Bitte ab {t} zurückrufen: {ph}.|Erreichbar unter {ph}, nicht vor {t}.|Meldet sich selbst wieder ({ph}).]]"
        "[[? Umtausch freigegeben von {m}.]]",
        n=g.pick([p.full, p.full, p.sur]), o=g.order_no(), pr=g.pshort(), sz=szs[0], sz2=szs[1], t=g.time(),
        ph=g.phone(), m=lambda: g.person().giv)
    return d


def crm_note_2(g):
    d = g.doc()
    p = g.person()
    d.f("[[Umzug|Adressänderung|Neue Anschrift]]: {n} wohnt jetzt in {a}.\n"
        "[[Alte Adresse zweimal unzustellbar (Sendung {pn}).|Alte Anschrift gesperrt.|Paket {pn} kam zurück.]] "
        "E-Mail {em} [[bestätigt|geprüft]][[, telefonisch abgeglichen ({ph})|]].",
        n=p.full, a=g.addr(g.pick(["line", "two"])), pn=g.parcel_no(), em=p.email(), ph=g.phone())
    return d


def crm_note_3(g):
    d = g.doc()
    p = g.person()
    agents = [g.person() for _ in range(g.ri(2, 3))]
    d.f("Kontakthistorie {n} ({em})\n", n=p.lf, em=p.email())
    lines = [
        "{dt} {a}: Erstkontakt, Kapuzenstopper am {pr} abgerissen, Fotos angefordert.",
        "{dt} {a}: Fotos da, Garantie ok, Retourenlabel an {x}.",
        "{dt} {a}: {kd} fragt nach Stand, Rückruf {ph} – nicht erreicht.",
        "{dt} {a}: Reparatur fertig, Abholung durch {s} in {st}.",
        "{dt} {a}: Kulanzgutschein {v} erstellt.",
        "{dt} {a}: laut {g2} hakt der Zipper wieder, zweite Reparatur gebucht.",
    ]
    kw = {"x": lambda: g.addr("line"), "ph": lambda: g.phone(), "s": p.sur, "st": g.store(), "kd": p.gx("Kunde", "Kundin"),
          "v": "KG-%d" % g.ri(1000, 9999), "g2": p.giv}
    k = g.ri(3, 6)
    dts = g.dates(k)
    for i in range(k):
        a = g.pick(agents)
        d.fl(lines[i], dt=dts[i], a=g.pick([a.giv, a.ini]), pr=g.pshort(), **kw)
    d.f("[[Status: offen.|Status: erledigt.|Nächster Schritt: Werkstatt fragen.]]")
    return d


def crm_note_4(g):
    d = g.doc()
    p = g.person()
    if g.chance(0.35):
        d.f("Erstattung {o} auf Karte {cc} ([[vom Kunden durchgegeben|hinterlegte Karte]]), Inhaber/in {h}. [[Freigabe {m}.|]]",
            o=g.order_no(), cc=g.card(), h=p.full, m=lambda: g.person().ini)
        return d
    d.f("Erstattung {o}: [[Karte abgelaufen|Zahlung fehlgeschlagen|Kauf auf Rechnung]], daher per Überweisung.\n"
        "Kontoinhaber/in: {h}\nIBAN: {iban}\n[[Betrag {amt}, freigegeben von {m}.|Betrag {amt}.|{m} hat {amt} freigegeben.]]",
        o=g.order_no(), h=g.pick([p.full, p.caps]), iban=g.iban(), amt=g.price(), m=lambda: g.person().ini)
    return d


def crm_note_5(g):
    d = g.doc()
    p = g.person()
    e1 = p.email()
    e2 = p.email()
    if e1.val == e2.val:
        e2 = E("EMAIL", "x" + e2.val)
    d.f("Dubletten zusammengeführt: {a} ({e1}) und {b} ({e2}) – [[gleiche Person|dieselbe Kundin/derselbe Kunde]], gleiche Handynummer {ph}. "
        "{e2} bleibt[[, Bestellhistorie übernommen|]].[[ Die {s}-Punkte ({pts}) wurden addiert.|]]",
        a=p.lf, e1=e1, b=p.full, e2=e2, ph=g.phone(mobile=True), s=p.sur, pts=str(g.ri(120, 3400)))
    return d


# =============================================================================================
# support_email
# =============================================================================================

def support_email_1(g):
    d = g.doc()
    alpland(g)
    p = g.person()
    a = g.person()
    d.f("{sg} {s},\n\n[[vielen Dank für Ihre Nachricht|danke für Ihre Anfrage]] zur Bestellung {o}. "
        "[[Ein kostenloses Retourenetikett haben wir an {em} geschickt.|Der Ersatz für Ihre {pr} ist heute rausgegangen.|"
        "Unsere Werkstatt prüft den Reißverschluss und ruft Sie unter {ph} an.]]\n\n{gr}\n{ag}\nTalgrat Kundenservice",
        sg=p.sg, s=p.sur, o=g.order_no(), em=p.email(), pr=g.pshort(), ph=g.phone(), gr=gruss(g), ag=g.pick([a.giv, a.full]))
    return d


def support_email_2(g):
    d = g.doc()
    alpland(g)
    p = g.person()
    d.f("{h},\n\nich habe [[letzte Woche|am {dt}]] die {pr} bestellt ({o}), aber [[sie ging an meine alte Adresse|das Paket ist nie angekommen|"
        "der Bote hat es irgendwo abgestellt]]. [[Bitte schickt sie an|Meine aktuelle Adresse ist]]:\n{a}\n\n"
        "[[Ihr erreicht mich unter {ph}.|Telefon: {ph}|]]\n\n{gr}\n{n}",
        h=hallo(g), dt=g.date(), pr=g.product(), o=g.order_no(), a=g.addr("two"), ph=g.phone(), gr=gruss(g),
        n=g.pick([p.full, p.giv]))
    return d


def support_email_3(g):
    d = g.doc()
    p = g.person()
    a = g.person()
    em = p.email()
    d.f("{lb} {g1},\n\n[[kein Problem|klar, machen wir|gerne]] – [[ich habe die Größe auf {sz} geändert.|der Umtausch ist gebucht.|"
        "die Erstattung ist unterwegs.]]\n\n{gr}\n{ag}\n\n"
        "Am {dt} schrieb {n} <{em}>:\n> Hallo,\n> könnt ihr die {pr} in {sz} tauschen? [[Sie spannt an den Schultern.|Die Ärmel sind zu kurz.]]\n"
        "> [[Danke|LG]]\n> {g2}",
        lb=p.lieb, g1=p.giv, sz=g.size(), gr=gruss(g), ag=a.giv, dt=g.date(), n=p.full, em=em, pr=g.pshort(),
        g2=E("PERSON", p.first))
    return d


def support_email_4(g):
    d = g.doc()
    p = g.person()
    a = g.person()
    m = g.person()
    d.f("Fallzusammenfassung {tk}\nKunde/Kundin: {n}\nE-Mail: {em}\nTelefon: {ph}\nAdresse: {ad}\n"
        "Artikel: {pr}, Gr. {sz}, Farbe {c}\n"
        "Problem: [[Nahtband löst sich an der Kapuze|Sohle löst sich vorne|Daune tritt aus einer Kammer aus|Zipper gebrochen]]\n"
        "Bearbeitet von: {ag}[[, eskaliert an {m}|]]\nErgebnis: [[Reparatur|Ersatz|Erstattung]] [[genehmigt|offen]]",
        tk=g.ticket_no(), n=p.full, em=p.email(), ph=g.phone(), ad=g.addr("line"), pr=g.product(), sz=g.size(),
        c=g.colour(), ag=a.full, m=m.full)
    return d


def support_email_5(g):
    d = g.doc()
    g.set_country("CH")
    p = g.person()
    a = g.person()
    d.f("Grüezi {hr} {s}\n\nBesten Dank für Ihre Nachricht. [[Die Jacke können Sie in unserer Filiale Zürich Oerlikon abholen.|"
        "Das Paket geht morgen an {ad}.]] [[Bei Fragen erreichen Sie mich unter {ph}.|]]\n\nFreundliche Grüsse\n{ag}",
        hr=p.herr, s=p.sur, ad=g.addr("line", "CH"), ph=g.phone(country="CH"), ag=a.full)
    return d


def support_email_6(g):
    d = g.doc()
    g.set_country("AT")
    p = g.person()
    a = g.person()
    d.f("Servus {g1},\n\ndanke für deine Mail! [[Die Reparatur ist fertig und geht am {dt} raus.|Wir haben die Retoure am {dt} bekommen.]] "
        "[[Die Rückzahlung landet auf {iban}.|Das Paket geht an {ad}.]]\n\nLiebe Grüße aus dem Kundenservice\n{ag}",
        g1=p.giv, dt=g.date("long"), iban=g.iban(), ad=g.addr("line", "AT"), ag=a.giv)
    return d


# =============================================================================================
# signed_review
# =============================================================================================

def signed_review_1(g):
    d = g.doc()
    p = g.person()
    d.f("[[★★★★★|★★★★☆|5/5|4 Sterne]] [[Super Jacke|Unkaputtbarer Rucksack|Vom ersten Tag an bequem|Jeden Cent wert]]. "
        "[[Mit der {pr} eine verregnete Woche im Allgäu trocken geblieben.|Den {pr} über den Heilbronner Weg getragen, null Druckstellen.|"
        "Die {pr} sitzt besser als meine alte.]] – {n}",
        pr=g.pshort(), n=g.pick([p.short, p.short, p.ini, p.full]))
    return d


def signed_review_2(g):
    d = g.doc()
    p = g.person()
    a = g.person()
    d.f("{stars} „[[Fällt klein aus|Reißverschluss nach einem Monat kaputt|Farbe anders als auf dem Foto]], [[sonst ok|aber der Service hat's gerichtet|"
        "enttäuschend]].“ — {n}, {town}\n\nAntwort von Talgrat: Danke, {g1}, [[das tut uns leid|wir geben das weiter]]. "
        "[[Schreib uns bitte mit deiner Bestellnummer.|Wir melden uns bei dir.]] – {ag}",
        stars=g.pick(["★★☆☆☆", "★★★☆☆", "2/5", "3 Sterne"]), n=g.pick([p.short, p.full]), town=g.town(), g1=p.giv, ag=a.giv)
    return d


def signed_review_3(g):
    d = g.doc()
    p = g.person()
    d.f("[[mega fleece|beste socken ever|die schuhe kleben am fels]] [[war damit auf der zugspitze|den ganzen winter getragen|"
        "damit den e5 gelaufen]] [[keine blasen|voll warm|null probleme]] lg {n}",
        n=g.pick([p.low, p.lowfull]))
    return d


def signed_review_4(g):
    d = g.doc()
    ps = g.persons(g.ri(2, 3))
    d.t("Das sagen unsere Kundinnen und Kunden\n\n")
    quotes = g.rng.sample(["Leicht, warm und klein verpackbar.", "Endlich eine Hose für lange Beine.", "Der Reparaturservice ist top.",
                           "Nach sechs Stunden Regen noch trocken.", "Mein Rucksack für jede Hüttentour."], len(ps))
    for p, q in zip(ps, quotes):
        d.f("„{q}“\n— {n}[[, {town}|]]\n\n", q=q, n=g.pick([p.full, p.short, p.ini]), town=g.town())
    d.f("[[Alle Zitate mit Erlaubnis veröffentlicht.|Bewertungen gesammelt am {dt}.]]", dt=g.date())
    return d


def signed_review_5(g):
    d = g.doc()
    g.set_country(g.pick(["AT", "CH"]))
    p = g.person()
    d.f("Titel: [[Solide|Gut, aber|Nichts für breite Füsse|Top]]\nBewertung: {r}/5\nVon: {n}\nVerifizierter Kauf: ja\n"
        "[[Für meinen Mann gekauft.|Auf drei Hüttentouren getragen.]] [[Würde ich wieder kaufen.|Eine Nummer grösser bestellen.|Passt perfekt.]]",
        r=str(g.ri(2, 5)), n=g.pick([p.caps, p.full, p.short]))
    return d


# =============================================================================================
# email_signature
# =============================================================================================

def email_signature_1(g):
    d = g.doc()
    p = g.person()
    d.f("{gr}\n\n{n}\n{role}\nTalgrat Outdoor GmbH\nTel. {ph}[[\nMobil {mb}|]]\n{em}",
        gr=gruss(g), n=g.pick([p.full, p.full, p.caps]),
        role=g.pick(["Filialleitung " + g.store(), "Einkauf Rucksäcke", "Leitung Kundenservice", "Key Account DACH", "Visual Merchandising"]),
        ph=g.phone(mobile=False), mb=g.phone(mobile=True), em=p.work_email())
    return d


def email_signature_2(g):
    d = g.doc()
    alpland(g)
    p = g.person()
    title = g.pick(["Dr. ", "Mag. ", "DI ", "", ""]) if g.country == "AT" else g.pick(["Dr. ", "", "", ""])
    d.f("{gr}\n{g1}\n\n--\n{title}{n}\n{comp}\n{ad}\nTel. {ph} | Fax {fx}",
        gr=gruss(g), g1=p.giv, title=title, n=p.full, comp=g.company(), ad=g.addr("line"), ph=g.phone(mobile=False),
        fx=g.phone(mobile=False))
    return d


def email_signature_3(g):
    d = g.doc()
    p = g.person()
    d.f("{n}\n[[Von meinem iPhone gesendet|Gesendet von meinem Samsung Galaxy|Von unterwegs gesendet]]",
        n=g.pick([p.giv, p.full, p.low]))
    return d


def email_signature_4(g):
    d = g.doc()
    p = g.person()
    d.f("{cap}\n{role} | Talgrat Outdoor\n{ph} · {em}\n{st}[[\nlinkedin.com/in/{sl}|]]\n\n[[Diese E-Mail kann vertrauliche Informationen enthalten.|"
        "Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail drucken.|Unsere Filialen sind an Feiertagen geschlossen.]]",
        cap=p.caps, role=g.pick(["GEBIETSLEITUNG SÜD", "LEITUNG E-COMMERCE", "PRODUKTENTWICKLUNG", "LAGERLEITUNG"]),
        ph=g.phone(intl=True), em=p.work_email(), st=g.addr("line"), sl=p.slug())
    return d


def email_signature_5(g):
    d = g.doc()
    p = g.person()
    q = g.person()
    d.f("Liebe Grüße\n{g1}\n--\n{n} | Partnerschaften\n{comp}\nmobil {mb}\n\n[[In Vertretung für {q} (im Urlaub bis {dt})|i. V. für {q}]]",
        g1=p.giv, n=p.full, comp=g.company(), mb=g.phone(mobile=True), q=q.full, dt=g.date())
    return d


# =============================================================================================
# team_chat
# =============================================================================================

def team_chat_1(g):
    d = g.doc()
    a, b, c = g.persons(3)
    x = g.person()
    h = g.ri(8, 16)
    d.f("[{h}:0{m1}] {a}: hat wer den schlüssel für die hintertür?\n"
        "[{h}:1{m2}] {b}: hatte {c} [[gestern|beim abschließen]]\n"
        "[{h}:2{m3}] {c2}: liegt im tresor, sorry\n"
        "[[[{h}:3{m4}] {a}: {x} hat angerufen, [[will {xs} jacke bis sa zurücklegen|fragt nach der reparatur]], nummer {ph}\n|]]"
        "[{h}:4{m5}] {b}: [[mach ich|ruf zurück]]",
        h="%02d" % h, m1=str(g.ri(0, 9)), m2=str(g.ri(0, 9)), m3=str(g.ri(0, 9)), m4=str(g.ri(0, 9)), m5=str(g.ri(0, 9)),
        a=a.firstl, b=b.firstl, c=c.giv, c2=c.low, x=x.full, xs=x.sein + "e", ph=g.phone(mobile=True))
    return d


def team_chat_2(g):
    d = g.doc()
    a, b = g.persons(2)
    c = g.person()
    d.f("{a}: kann jemand meine [[samstags|sonntags|spät]]schicht tauschen? [[zahnarzt|hochzeit|kindergeburtstag]]\n"
        "{b}: ich, wenn {c} meinen dienstag nimmt\n{a}: {ch} ?\n{c2}: passt\n{a}: ihr seid die besten",
        a=a.low, b=b.low, c=c.giv, ch=c.handle(), c2=c.low)
    return d


def team_chat_3(g):
    d = g.doc()
    g.set_country("CH")
    a, b = g.persons(2)
    p = g.person()
    d.f("{a}: hoi zäme, {de} {p} chunnt am {t} für d [[Schuehaaprobe|Rucksackaaprobe|Reparaturabholig]]\n"
        "{b}: guet, ich bi im Lade. {ihri} Nummere isch {ph} falls mir spöter sind\n{a}: merci {b2}",
        a=a.low, b=b.low, de=p.gx("de", "d"), p=p.full, t=g.time(), ihri=p.gx("Sini", "Ihri"), ph=g.phone(country="CH", mobile=True), b2=b.giv)
    return d


def team_chat_4(g):
    d = g.doc()
    ps = g.persons(g.ri(3, 4))
    v = g.person()
    d.f("#{ch}\n", ch=g.pick(["filiale-kempten", "lager-nord", "cs-team", "filiale-innsbruck", "ops-dach"]))
    msgs = [
        "{x}: lieferung ist da, 14 gitterboxen",
        "{x}: wer macht heute das fenster?",
        "{x}: ich, nach der mittagspause",
        "{x}: kasse 2 spinnt schon wieder",
        "{x}: IT angerufen, ticket {tk}",
        "{x}: {v} von der hausverwaltung war wegen der mülltonnen da, nummer {ph}",
        "{x}: ich ruf {vh} morgen zurück",
        "{x}: inventur um 18 uhr, pizza geht auf mich",
        "{x}: die {y}-schicht am samstag ist noch offen",
        "{x}: 🍕🍕",
        "{x}: denkt an den zettel für die brandschutzübung",
    ]
    for i in range(g.ri(6, 10)):
        p = ps[i % len(ps)]
        d.fl(msgs[i], x=g.pick([p.low, p.giv]), tk=g.ticket_no(), v=v.full, ph=g.phone(mobile=False), vh=v.ihn,
             y=g.pick(ps).giv)
    d.f("{x}: {e}", x=ps[0].low, e=g.pick(["👍", "passt", "ok"]))
    return d


def team_chat_5(g):
    d = g.doc()
    g.set_country("AT")
    a = g.person()
    vis = g.person()
    d.f("Besucher: hallo, ist wer da? es geht um meine retoure\n{ag}: Servus, hier ist {ag2}! Wie kann ich helfen?\n"
        "Besucher: ich bin {n}, bestellung {o}\n{ag}: Danke, {vg}. [[Ich sehe, sie wurde an {ad} geliefert.\nBesucher: genau|"
        "Kannst du mir die PLZ sagen?\nBesucher: {pc}]]\n{ag}: Super, [[die Rückzahlung ist freigegeben|das Etikett geht an {em}]].",
        ag=a.giv, ag2=E("PERSON", a.first), n=g.pick([vis.full, vis.lowfull]), o=g.order_no(), vg=vis.giv,
        ad=g.addr("line", "AT"), pc=g.pick(["6020", "1070", "8010"]), em=vis.email())
    return d


# =============================================================================================
# call_note
# =============================================================================================

def call_note_1(g):
    d = g.doc()
    p = g.person()
    d.f("Anruf {t}, {n} ({ph}): [[will|möchte]] [[die {pr} zurückgeben|eine Reparatur für {pr}|sich über {pr} beschweren]]. "
        "[[Auf das Retourenportal verwiesen.|Abholung für {wd} gebucht.|An die Werkstatt eskaliert.|Die {s}-Reklamation geht an die Werkstatt.]][[ Rückruf, falls bis Freitag keine Mail kommt.|]]",
        t=g.time(), n=p.full, ph=g.phone(), pr=g.pshort(), wd=g.weekday(), s=p.sur)
    return d


def call_note_2(g):
    d = g.doc()
    alpland(g)
    p = g.person()
    d.f("Mailbox {dt} {t}:\n„[[Ja, hallo|Grüß Gott|Grüezi]], hier ist {n}[[ aus {town}|]]. Es geht um die Bestellung {o}, "
        "[[die ist immer noch nicht da|da kam die falsche Größe]]. Rufen Sie mich bitte zurück unter {ph}. [[Danke, tschüss.|Wiederhören.]]“",
        dt=g.date("num"), t=g.time(), n=g.pick([p.full, p.giv]), town=g.town(), o=g.order_no(), ph=g.phone())
    return d


def call_note_3(g):
    d = g.doc()
    p = g.person()
    a = g.person()
    d.f("Telefonbestellung, aufgenommen von {ag} – {n} hat Karte {cc}, gültig bis {ex}, für {pr} ({sz}) [[durchgegeben|genannt]]. "
        "Lieferung an {ad}.[[ Bestätigung an {em}.|]]",
        ag=a.giv, n=p.full, cc=g.card(), ex=g.expiry(), pr=g.pshort(), sz=g.size(), ad=g.addr("line"), em=p.email())
    return d


def call_note_4(g):
    d = g.doc()
    ps = g.persons(g.ri(3, 5))
    d.f("Rückrufliste {wd}:\n", wd=g.weekday())
    for i, p in enumerate(ps):
        d.fl("{i}. {n} – {ph} – {why}", i=str(i + 1), n=g.pick([p.full, p.sur, p.lf]), ph=g.phone(),
             why=g.pick(["Kostenvoranschlag Reparatur", "Paket fehlt", "Größentausch", "Rechnungskopie", "Termin Filiale"]))
    d.f("[[Bitte bis 17 Uhr erledigen.|Notizen ins CRM.]]")
    return d


def call_note_5(g):
    d = g.doc()
    p = g.person()
    q = g.person()
    d.f("Telefonat mit {hr} {s} ({ph}, {dur} Min.)\n"
        "- [[sagt|erzählt]], die {pr} hat sich nach [[einer|zwei]] Saison(s) gelöst\n"
        "- gekauft in {st} am {dt}, Beleg weg\n"
        "- {q} [[hat das gleiche Problem|hat auch eine gekauft]]\n"
        "- vereinbart: Fotos an {em}\n"
        "- nächster Schritt: [[Werkstattprüfung|Kulanz]]",
        hr=p.herr, s=p.sur, ph=g.phone(), dur=str(g.ri(3, 25)), pr=g.pshort(), st=g.store(), dt=g.date("num"),
        q=q.full, em=E("EMAIL", g.pick(["reparatur@talgrat.de", "service@talgrat.de"])))
    return d


# =============================================================================================
# name_prose
# =============================================================================================

def name_prose_1(g):
    d = g.doc()
    a, b = g.persons(2, cue=False)
    d.f("{a} und {b} [[haben das Schaufenster vor der Mittagspause fertig dekoriert|haben die Schuhwand nach hinten geräumt|"
        "haben den Retourenkäfig sortiert]], [[sodass das Samstagsteam pünktlich öffnen konnte|bevor die Lieferung kam]].",
        a=a.full, b=b.full)
    return d


def name_prose_2(g):
    d = g.doc()
    a = g.person(cue=False)
    b = g.person(cue=False)
    d.f("[[Letzte Woche|Am Dienstag|Gestern]] hat {a} die Filiale {st} übernommen, und {b} [[ist ins Lager gewechselt|"
        "verstärkt jetzt die Reparaturwerkstatt|studiert ab Oktober wieder]]. [[Beide|Die zwei]] [[kommen zum Sommerfest|lassen grüßen]].",
        a=a.full, st=g.store(), b=b.full)
    return d


def name_prose_3(g):
    d = g.doc()
    ps = g.persons(g.ri(3, 4), cue=False)
    d.f("Die Fotos für den [[Herbstkatalog|Winterkatalog|Frühjahrskatalog]] hat {a} am {ort} gemacht; {b} [[hat gestylt|hat die Reflektoren geschleppt|war für das Make-up da]]",
        a=ps[0].full, ort=g.pick(["Nebelhorn", "Hochgrat", "Walchensee", "Säntis", "Dachstein"]), b=ps[1].full)
    if len(ps) > 2:
        d.f(", und {c} [[hat die Bildtexte geschrieben|ist den Bus gefahren|hat alle verpflegt]]", c=ps[2].full)
    if len(ps) > 3:
        d.f(", während {x} [[die Freigaben geprüft hat|an der Hütte gewartet hat]]", x=ps[3].full)
    d.t(".")
    return d


def name_prose_4(g):
    d = g.doc()
    a, b, c = g.persons(3, cue=False)
    d.f("Protokoll Einkaufsrunde {dt}\nAnwesend: {a}, {b}, {c}.\n"
        "[[{a2} stellt die [[neuen Farben|Abverkaufszahlen]] für {pr} vor.|{a2} präsentiert die [[neuen Farben|Abverkaufszahlen]] für {pr}.]] "
        "{b2} [[möchte weniger Größen in {co}|schlägt weniger Größen in {co} vor]]. {c2} [[klärt|prüft]] die [[Lieferzeiten|Mindestmengen]].",
        dt=g.date("num"), a=a.full, b=b.full, c=c.full, a2=a.sur, b2=b.giv, c2=c.full, pr=g.pshort(), co=g.colour())
    return d


def name_prose_5(g):
    d = g.doc()
    a = g.person(cue=False)
    b = g.person(cue=False)
    d.f("[[Es war|Das war]] {a}, {der} die [[falsch etikettierten|falsch sortierten]] Kartons gefunden hat, nicht {b}; "
        "[[das Lob|der Dankeschön-Gutschein]] gehört also {a2}.",
        a=a.full, der=a.gx("der", "die"), b=b.full, a2=g.pick([a.full, a.giv]))
    return d


# =============================================================================================
# postal_letter
# =============================================================================================

def postal_letter_1(g):
    d = g.doc()
    alpland(g)
    p = g.person()
    d.f("{n}\n{ad}\n\n{town}, {dt}\n\nSehr geehrte Damen und Herren,\n\n[[hiermit kündige ich meine Mitgliedschaft im Talgrat Club|"
        "anbei sende ich die {pr} zurück|anbei mein Reparaturauftrag]]. [[Bitte erstatten Sie den Jahresbeitrag auf {iban}.|"
        "Bitte bestätigen Sie den Eingang schriftlich.|Bitte schicken Sie den reparierten Artikel an obige Adresse.]]\n\n{gr}\n{n2}",
        n=p.full, ad=g.addr("two"), town=g.town(), dt=g.date("long"), pr=g.pshort(), iban=g.iban(), gr=gruss(g),
        n2=g.pick([p.full, p.ini]))
    return d


def postal_letter_2(g):
    d = g.doc()
    p = g.person()
    c = g.person()
    d.f("{hrn}\n{n}\nc/o {co}\n{ad}\n\n{dt}\n\n{sg} {s},\n\n[[Ihr reparierter Rucksack ist fertig|Ihre Bestellung kam an uns zurück]]. "
        "[[Wir senden ihn an die obige Adresse.|Bitte rufen Sie uns unter {ph} an, um die Zustellung zu vereinbaren.]]\n\n{gr}\n{ag}",
        hrn=p.herrn, n=p.full, co=c.full, ad=g.addr("two"), dt=g.date("long"), sg=p.sg, s=p.sur, ph=g.phone(mobile=False),
        gr=gruss(g), ag=g.person().full)
    return d


def postal_letter_3(g):
    d = g.doc()
    g.set_country("AT")
    p = g.person()
    d.f("Absender: {n}, {ad}\n\nAn Talgrat Outdoor, Kundenservice\n\n[[Beschwerde|Reklamation]] – Bestellung {o}\n\n"
        "[[Ich habe schon zweimal geschrieben|Ich habe dreimal angerufen]] und noch immer keine Antwort. "
        "[[Die Jacke ist an den Schultern undicht.|Die Schuhe sind nach vier Touren gerissen.]] Ich erwarte binnen 14 Tagen "
        "[[die volle Rückzahlung|Ersatz]].\n\nMit freundlichen Grüßen\n{n2}",
        n=p.full, ad=g.addr("line", "AT"), o=g.order_no(), n2=g.pick([p.full, p.caps]))
    return d


def postal_letter_4(g):
    d = g.doc()
    g.set_country("CH")
    p = g.person()
    d.f("{hr}\n{n}\n{ad}\n\n{town}, {dt}\nEingeschrieben – Widerruf Kaufvertrag {o}\n\nSehr geehrte Damen und Herren\n"
        "Hiermit widerrufe ich den Kauf [[der {pr}|des Artikels {pr}]]. Bitte überweisen Sie den Betrag auf {iban}.\n\nFreundliche Grüsse\n{n2}",
        hr=p.herr, n=p.full, ad=g.addr("two", "CH"), town=g.town("CH"), dt=g.date("num"), o=g.order_no(),
        pr=g.pshort(), iban=g.iban("CH"), n2=p.full)
    return d


def postal_letter_5(g):
    d = g.doc()
    p = g.person()
    q = g.person()
    d.f("{town}, {dt}\n\n{lb} {g1},\n\n[[vielen Dank für die|was für eine Überraschung, die]] {pr}! [[Sie passt perfekt.|Ich hab sie gleich angezogen.]] "
        "[[Grüß mir {q}.|Liebe Grüße auch an {q}.]]\n\n[[Herzlich|Alles Liebe|Bis bald]]\n{n}\n\nPS: Meine neue Adresse: {ad}",
        town=g.town(), dt=g.date("long"), lb=p.lieb, g1=p.giv, pr=g.pshort(), q=q.giv, n=g.person().giv, ad=g.addr("line"))
    return d


# =============================================================================================
# name_change_request *
# =============================================================================================

def _other_last(g, gender):
    o = g.person(gender=gender)
    g.people.remove(o)
    return o.last


def name_change_request_1(g):
    d = g.doc()
    alpland(g)
    p = g.person(gender="f")
    new = _other_last(g, "f")
    d.f("{h},\n\n[[ich habe im {mon} geheiratet und heiße|seit meiner Hochzeit heiße ich]] nicht mehr {old}, sondern {nl}. "
        "Könnt ihr mein Kundenkonto ({em}) anpassen? [[Karte und Lieferadresse bleiben gleich.|Bestellungen bitte ab jetzt an {ad}.]]\n\n"
        "{gr}\n{full}",
        h=hallo(g), mon=g.month_de(g.ri(1, 12)), old=p.sur, nl=E("PERSON", new), em=p.email(), ad=g.addr("line"), gr=gruss(g),
        full=E("PERSON", "%s %s" % (p.first, new)))
    return d


def name_change_request_2(g):
    d = g.doc()
    p = g.person()
    hr = g.person()
    o = g.person(gender="f" if p.gender == "m" else "m")
    nf = o.first
    g.people.remove(o)
    d.f("Hallo {hr},\n\n[[meine Namensänderung ist jetzt amtlich|ich habe meinen Vornamen offiziell geändert]] – ab sofort heiße ich {nn}, nicht mehr {old}. "
        "[[Die Urkunde hängt an.|Den Bescheid vom Standesamt schicke ich mit.]] Bitte passt Lohnabrechnung, Mailadresse ({em}) und Mitarbeiterliste an.\n\n"
        "Danke dir,\n{nf}",
        hr=hr.giv, nn=E("PERSON", "%s %s" % (nf, p.last)), old=p.giv, em=p.work_email(), nf=E("PERSON", nf))
    return d


def name_change_request_3(g):
    d = g.doc()
    p = g.person()
    ol = _other_last(g, p.gender)
    d.f("Kontonotiz {dt}: Kunde/Kundin [[bittet um|möchte]] Namensänderung im Konto von {a} auf {b} [[nach Scheidung|wegen Namensänderung]]. "
        "[[Ausweis in der Filiale geprüft von {ag}.|Kopie der Urkunde liegt vor.]] Rechnungsadresse: {ad}.",
        dt=g.date("num"), a=E("PERSON", "%s %s" % (p.first, ol)), b=p.full, ag=g.person().ini, ad=g.addr("line"))
    return d


def name_change_request_4(g):
    d = g.doc()
    p = g.person()
    ol = _other_last(g, p.gender)
    d.f("Änderungsmeldung Personalabteilung\nMitarbeiter/in: {n}\nbisheriger Nachname: {old}\nSteuer-ID (unverändert): {tid}\n"
        "neue Bankverbindung: {iban}\ngültig ab: {dt}[[\nfreigegeben: {hr}|]]",
        n=p.full, old=E("PERSON", ol), tid=g.taxid(), iban=g.iban("DE"), dt=g.date("num"), hr=g.person().full)
    return d


def name_change_request_5(g):
    d = g.doc()
    g.set_country("CH")
    p = g.person()
    a = g.person()
    d.f("Grüezi {hr} {s}\n\nBesten Dank für Ihre Mitteilung. [[Wir haben den Namen in Ihrem Kundenkonto angepasst.|Ihr Konto läuft nun auf den neuen Namen.]] "
        "[[Die neue Kundenkarte erhalten Sie mit der nächsten Bestellung.|Ihre Bestellhistorie bleibt erhalten.]] "
        "[[Bei Fragen: {ph}.|]]\n\nFreundliche Grüsse\n{ag}",
        hr=p.herr, s=p.sur, ph=g.phone(country="CH", mobile=False), ag=a.full)
    return d


# =============================================================================================
# bereavement_notice *
# =============================================================================================

def bereavement_notice_1(g):
    d = g.doc()
    alpland(g)
    dec = g.person()
    rel = g.person()
    word = dec.gx(g.pick(["Vater", "Mann", "Opa"]), g.pick(["Mutter", "Frau", "Oma"]))
    art = dec.gx("mein", "meine")
    d.f("{sgdh},\n\nich möchte Ihnen mitteilen, dass {art} {w}, {dn}, am {dt} verstorben ist. Bitte schließen Sie {sein} Kundenkonto ({em}) "
        "und schicken Sie keinen Katalog mehr an {ad}.\n\n[[Danke für Ihr Verständnis.|Vielen Dank.]]\n{rn}",
        sgdh=g.pick(["Sehr geehrte Damen und Herren", "Liebes Talgrat-Team"]), art=art, w=word,
        dn=dec.full, dt=g.date("long"), sein=dec.sein, em=dec.email(), ad=g.addr("line"), rn=rel.full)
    return d


def bereavement_notice_2(g):
    d = g.doc()
    rel = g.person()
    dec = g.person()
    a = g.person()
    d.f("{sg} {s},\n\nmit großem Bedauern haben wir vom Tod von {dn} erfahren. [[Das Kundenkonto ist geschlossen.|Wir haben das Konto geschlossen.]] "
        "Das Restguthaben der Geschenkkarte ({amt}) überweisen wir auf das von Ihnen genannte Konto:\nKontoinhaber/in: {h}\nIBAN: {iban}\n\n"
        "[[Mit aufrichtigem Beileid|In stiller Anteilnahme]]\n{ag}",
        sg=rel.sg, s=rel.sur, dn=dec.full, amt=g.price(10, 250), h=rel.full, iban=g.iban(), ag=a.full)
    return d


def bereavement_notice_3(g):
    d = g.doc()
    dec = g.person()
    ex = g.person()
    d.f("Trauerfall – [[keine Werbung|nicht kontaktieren]]\nKunde/Kundin: {dn} (verstorben {dt})\nAnsprechpartner/in Erben: {ex}, {ph}\n"
        "Offene Vorgänge: [[Reparatur {tk} – Artikel an Erben zurück|Bestellung {o} storniert, Erstattung offen]]\nPostanschrift: {ad}",
        dn=dec.lf, dt=g.date("num"), ex=ex.full, ph=g.phone(), tk=g.ticket_no(), o=g.order_no(), ad=g.addr("two"))
    return d


def bereavement_notice_4(g):
    d = g.doc()
    g.set_country("AT")
    no = g.person()
    dec = g.person()
    kp = g.addr_parts("AT")
    d.f("{kanzlei}\n{kad}\n\n{town}, am {dt}\n\nVerlassenschaft nach {dn}, zuletzt wohnhaft {dad}\n\nSehr geehrte Damen und Herren,\n\n"
        "als Gerichtskommissär in obiger Verlassenschaft ersuche ich um Mitteilung allfälliger Guthaben oder offener Forderungen. "
        "Rückfragen bitte an {nn} unter {ph}.\n\nMit freundlichen Grüßen\n{nn2}",
        kanzlei=g.pick(["Öffentlicher Notar", "Notariat Innsbruck-Mitte", "Notariatskanzlei am Hauptplatz"]), kad=g.addr("two", parts=kp),
        town=kp[2], dt=g.date("long"), dn=dec.full, dad=g.addr("line", "AT"), nn=no.full, ph=g.phone(country="AT", mobile=False),
        nn2=no.full)
    return d


def bereavement_notice_5(g):
    d = g.doc()
    dec = g.person()
    w = dec.gx(g.pick(["papa", "opa"]), g.pick(["mama", "oma"]))
    d.f("[[hallo|hi]] {w} {dn} ist letzten monat gestorben, wie kann ich {sein} [[newsletter|club-mitgliedschaft]] [[kündigen|abbestellen]]? "
        "[[die mail war|läuft über]] {em}. [[danke|lg]]",
        w=dec.gx("mein", "meine") + " " + w, dn=g.pick([dec.full, dec.lowfull]), sein=dec.gx("seinen", "ihren"),
        em=dec.email())
    return d


# =============================================================================================
# store_ban_notice *
# =============================================================================================

def store_ban_notice_1(g):
    d = g.doc()
    p = g.person()
    m = g.person()
    d.f("{hrn}\n{n}\n{ad}\n\n{dt} – Hausverbot\n\n{sg} {s},\naufgrund des Vorfalls in unserer Filiale {st} am {dt2}, "
        "[[bei dem eine Mitarbeiterin bedroht wurde|bei dem Ware ohne Bezahlung mitgenommen wurde]], erteilen wir Ihnen für [[12|24]] Monate "
        "Hausverbot für alle Talgrat-Filialen. [[Einspruch richten Sie bitte an {em}.|]]\n\n{gr}\n{mn}\nFilialleitung",
        hrn=p.herrn, n=p.full, ad=g.addr("two"), dt=g.date("long"), sg=p.sg, s=p.sur, st=g.store(), dt2=g.date("num"),
        em=E("EMAIL", "recht@talgrat.de"), gr=gruss(g), mn=m.full)
    return d


def store_ban_notice_2(g):
    d = g.doc()
    p = g.person()
    m = g.person()
    d.f("[[NUR FÜR MITARBEITENDE|Intern – nicht aushängen]]\nHausverbot: {n}, Jg. {yr}, [[groß, grauer Bart|kurze dunkle Haare, meist Kappe]]. "
        "[[Ladendiebstahl|Beleidigung von Personal|Zahlungsversuch mit gesperrter Karte ({cc})]] am {dt}. Wenn {er} kommt: nicht ansprechen, {mn} anrufen ({ph}).",
        n=g.pick([p.full, p.caps]), yr=str(g.ri(1960, 2004)), dt=g.date("num"), er=p.er, cc=lambda: g.card(), mn=m.giv, ph=g.phone(mobile=True))
    return d


def store_ban_notice_3(g):
    d = g.doc()
    alpland(g)
    p = g.person()
    d.f("Sehr geehrte Damen und Herren,\n\nich lege Einspruch gegen das Hausverbot vom {dt} ein. [[Es war ein Missverständnis mit dem Sicherungsetikett.|"
        "Ich war aufgebracht und entschuldige mich.]] Ich bin seit [[zehn|fünfzehn]] Jahren Kunde/Kundin bei Ihnen.\n\n"
        "[[Meine Daten|Zur Zuordnung]]: {n}, {ad}, {ph}.\n\n{gr}\n{n2}",
        dt=g.date("long"), n=p.full, ad=g.addr("line"), ph=g.phone(), gr=gruss(g), n2=p.full)
    return d


def store_ban_notice_4(g):
    d = g.doc()
    ps = g.persons(g.ri(2, 4))
    d.t("Hausverbotsliste – Filiale " + g.store() + "\n")
    for p in ps:
        rng2 = g.dates(2)
        d.fl("- {n} | von {a} bis {b} | [[Diebstahl|Gewalt|Retourenbetrug]] | [[Anzeige Az. {az}|keine Anzeige]]",
             n=g.pick([p.lf, p.LF, p.full]), a=rng2[0], b=rng2[1], az="%d Js %d/%d" % (g.ri(100, 999), g.ri(1000, 9999), g.ri(24, 26)))
    d.f("Zuletzt geprüft: {c}.", c=g.person().ini)
    return d


def store_ban_notice_5(g):
    d = g.doc()
    a = g.person()
    b = g.person()
    p = g.person(gender="m")
    d.f("Hallo {b},\n\nder Mann mit Hausverbot, {p}, war heute um {t} wieder da. [[Die Security hat ihn rausbegleitet.|Er ist auf Ansprache gegangen.]] "
        "[[Standbilder der Kamera liegen in der Akte.|Das Team ist informiert.]] Sollen wir die Polizei informieren? Letzte bekannte Adresse: {ad}.\n\n{gr}\n{a}",
        b=b.giv, p=p.full, t=g.time(), ad=g.addr("line"), gr=gruss(g), a=a.giv)
    return d


# =============================================================================================
# it_helpdesk *
# =============================================================================================

def it_helpdesk_1(g):
    d = g.doc()
    p = g.person()
    d.f("Ticket {tk} – Passwort zurücksetzen\nAnfragende/r: {n} ({em})\nFiliale: {st}\n"
        "[[Nach dem Urlaub gesperrt.|MFA-Handy verloren, neue Nummer {ph}.|Kann sich nicht an der Kassen-App anmelden.|"
        "Hat aus Versehen eine Kundenkartennummer ({cc}) ins Ticket kopiert, bitte löschen.]]\n"
        "Gelöst: Einmalpasswort per SMS an {ph2}.",
        tk=g.ticket_no(), n=p.full, em=p.work_email(), st=g.store(), ph=g.phone(mobile=True), cc=lambda: g.card(),
        ph2=g.phone(mobile=True))
    return d


def it_helpdesk_2(g):
    d = g.doc()
    p = g.person()
    it = g.person()
    d.f("Laptop-Übergabe\nGerät: {dev} (Inventar {asset})\nAusgegeben an: {n}\nVersandadresse (Homeoffice): {ad}\n"
        "[[Persönlich abgeholt.|Per Kurier, Sendung {pn}.]]\nUnterschrift IT: {it}",
        dev=g.pick(["ThinkPad T14", "MacBook Air 13", "Latitude 5440"]), asset="IT-%05d" % g.ri(1, 99999), n=p.full,
        ad=g.addr("two"), pn=g.parcel_no(), it=it.ini)
    return d


def it_helpdesk_3(g):
    d = g.doc()
    alpland(g)
    p = g.person()
    d.f("{h} IT,\n\n[[das VPN bricht ständig ab|ich komme nicht auf das Netzlaufwerk]], wenn ich von daheim arbeite. Laut Client ist meine IP {ip}. "
        "[[Zweimal neu gestartet.|Gestern ging es noch.]]\n\n{gr}\n{n}\n{ph}",
        h=hallo(g), ip=g.ip(0.3), gr=gruss(g), n=p.full, ph=g.phone(mobile=True))
    return d


def it_helpdesk_4(g):
    d = g.doc()
    ps = g.persons(g.ri(2, 3))
    mgr = g.person()
    d.f("Neue Mitarbeitende ab {dt} – bitte Konten anlegen:\n", dt=g.date("num"))
    for p in ps:
        d.fl("* {n}, {role}, {st} – Handy {ph}", n=p.full, role=g.pick(["Verkauf", "Lager", "Schichtleitung", "Aushilfe"]),
             st=g.store(), ph=g.phone(mobile=True))
    d.f("Beantragt von {m} ({em}).", m=mgr.full, em=mgr.work_email())
    return d


def it_helpdesk_5(g):
    d = g.doc()
    a = g.person()
    b = g.person()
    d.f("Change {chg}: {a} erhält Vollzugriff auf das Postfach von {b}, solange {er} [[im Urlaub|krank|in Elternzeit]] ist (bis {dt}). "
        "[[Freigabe HR liegt vor.|Freigabe durch Vorgesetzte angehängt.]] Anmeldung von {ip} als neuer Standort markiert.",
        chg="CHG%s" % g.digits(6), a=a.full, b=b.full, er=b.er, dt=g.date("num"), ip=g.ip(0.4))
    return d


# =============================================================================================
# exit_interview *
# =============================================================================================

def exit_interview_1(g):
    d = g.doc()
    p = g.person()
    hr = g.person()
    d.f("Austrittsgespräch – {n}\nDatum: {dt}\nGeführt von: {hr}\nGrund: [[Umzug ins Ausland|besseres Gehalt woanders|Studium|Schichtmodell]]\n"
        "Würde zurückkommen: [[ja|vielleicht|nein]]\nAnmerkungen: [[mochte das Team, nicht die Samstage|wünscht sich mehr Schulung in der Werkstatt|"
        "fand den Dienstplan unfair]]\nNachsendeadresse: {ad}",
        n=p.full, dt=g.date("num"), hr=hr.full, ad=g.addr("line"))
    return d


def exit_interview_2(g):
    d = g.doc()
    p = g.person()
    d.f("{lb} {g1},\n\n[[danke für das Gespräch heute|schade, dass du gehst]]. Für die letzte Abrechnung: [[ist deine Bankverbindung noch|"
        "bitte bestätige die IBAN]] {iban}? Und das Arbeitszeugnis geht an {ad}, richtig?\n\n{gr}\n{hr}",
        lb=p.lieb, g1=p.giv, iban=g.iban(), ad=g.addr("line"), gr=gruss(g), hr=g.person().giv)
    return d


def exit_interview_3(g):
    d = g.doc()
    p = g.person()
    d.f("Austrittscheckliste – {n}\n[x] Schlüssel zurück\n[x] Dienstkleidung zurück\n[[[ ] Laptop|[x] Laptop]] ({asset})\n"
        "[ ] Schlusszahlung auf {iban}\n[ ] Steuer-ID {tid} für letzte Lohnabrechnung prüfen\n[x] private Mail für Zeugnisanfragen: {em}",
        n=p.full, asset="IT-%05d" % g.ri(1, 99999), iban=g.iban("DE"), tid=g.taxid(), em=p.email())
    return d


def exit_interview_4(g):
    d = g.doc()
    g.set_country("AT")
    p = g.person()
    m = g.person()
    d.f("Notiz zum Austrittsgespräch {m} / {n} ({dt}):\n{g1} [[fühlte sich bei der Schichtleitung übergangen|mochte die Kundschaft am meisten|"
        "würde gern samstags aushelfen]]. [[{Er} sagt, {m2} war eine super Chefin.|{Er} bittet um ein Dienstzeugnis.]] "
        "Erreichbar: {ph}.",
        m=m.full, n=p.full, dt=g.date("long"), g1=p.giv, Er=p.Er, m2=m.giv, ph=g.phone(country="AT"))
    return d


def exit_interview_5(g):
    d = g.doc()
    g.set_country("CH")
    p = g.person()
    d.f("Hoi zäme\n\nmein letzter Arbeitstag ist der {dt}. Bitte schickt mir das Arbeitszeugnis an meine neue Adresse:\n{ad}\n\n"
        "[[Meine Nummer bleibt {ph}.|Neue Handynummer: {ph}.]]\n\nEs war eine schöne Zeit!\n{n}",
        dt=g.date("num"), ad=g.addr("two", "CH"), ph=g.phone(country="CH", mobile=True), n=g.pick([p.giv, p.full]))
    return d


# =============================================================================================
# secret_santa *
# =============================================================================================

def secret_santa_1(g):
    d = g.doc()
    ps = g.persons(g.ri(4, 6))
    d.f("🎅 Wichteln – Auslosung {st}\n", st=g.pick(["Zentrale", "Lager", "Filiale " + g.store(), "Team Kundenservice"]))
    order = list(range(len(ps)))
    g.rng.shuffle(order)
    for i in range(len(order)):
        a = ps[order[i]]
        b = ps[order[(i + 1) % len(order)]]
        d.fl("[[-|•|*]] {a} → {b}", a=g.pick([a.giv, a.full]), b=g.pick([b.giv, b.full]))
    d.f("Budget [[10|15|20]] €, Bescherung am {n}. Dezember.", n=str(g.ri(15, 22)))
    return d


def secret_santa_2(g):
    d = g.doc()
    p = g.person()
    org = g.person()
    d.f("Hallo {g1},\n\ndu wichtelst für {rn}! Die Person arbeitet im Homeoffice, schick das Geschenk also bitte an:\n{ad}\n\n"
        "[[Wunschliste: Bücher, Tee, alles außer Socken.|Mag Klettern und dunkle Schokolade.]]\n\n🎄 {o}",
        g1=p.giv, rn=g.person().full, ad=g.addr("two"), o=org.giv)
    return d


def secret_santa_3(g):
    d = g.doc()
    ps = g.persons(g.ri(3, 5))
    d.t("| Name | Wunsch | Lieferung an |\n|---|---|---|\n")
    for p in ps:
        d.t("| ").e(p.full).t(" | " + g.pick(["ein gutes Buch", "Kaffee", "nichts aus Plastik", "Pflanze", "Brettspiel"]) + " | ")
        if g.chance(0.5):
            d.e(g.street())
        else:
            d.t("Büro")
        d.t(" |\n")
    d.f("[[Wünsche bis Freitag eintragen.|Bitte bis zum 1. ausfüllen!]]")
    return d


def secret_santa_4(g):
    d = g.doc()
    a = g.person()
    b = g.person()
    d.f("{a}: wen hab ich nochmal gezogen?? mail gelöscht 🙈\n{b}: schau in den posteingang, kam von {em}\n{a}: gefunden, [[gute wahl|schwierig]]\n"
        "{b}: nicht verraten!!",
        a=a.low, b=b.low, em=E("EMAIL", g.pick(["wichteln@talgrat.de", "events@talgrat.de"])))
    return d


def secret_santa_5(g):
    d = g.doc()
    alpland(g)
    org = g.person()
    ps = g.persons(g.ri(2, 4))
    d.f("Erinnerung: Geschenke bis {dt} unter den Baum. Es fehlen noch:", dt=g.date("long"))
    for i, p in enumerate(ps):
        d.t(" " if i == 0 else ", ").e(p.full)
    d.f(".\n[[Wer mehr Zeit braucht, meldet sich.|Keine Ausreden dieses Jahr!]]\n– {o} ({ph})", o=org.full, ph=g.phone(mobile=True))
    return d


# =============================================================================================
# parental_consent *
# =============================================================================================

def parental_consent_1(g):
    d = g.doc()
    child = g.person()
    par = g.person()
    d.f("Einverständniserklärung – Kinderkletterkurs ({dt})\nKind: {c}, {age} Jahre\nErziehungsberechtigte/r: {p}\n"
        "Notfallnummer: {ph}\nE-Mail: {em}\nAllergien: [[keine|Nüsse|Pollen]]\nFotos für Social Media: [[ja|nein]]\nUnterschrift: {p2}",
        dt=g.date("num"), c=child.full, age=str(g.ri(8, 15)), p=par.full, ph=g.phone(mobile=True), em=par.email(), p2=par.sur)
    return d


def parental_consent_2(g):
    d = g.doc()
    alpland(g)
    child = g.person()
    par = g.person()
    d.f("{h},\n\nich bin einverstanden, dass {art} {c} am {dt} beim [[Jugend-Produkttest|Junior-Ambassador-Tag]] mitmacht. "
        "[[Ich bringe {ihn} um 9 Uhr.|{Er} kommt mit einer Freundin.]] Im Notfall bitte mich anrufen: {ph}.\n\n{gr}\n{p}",
        h=hallo(g), art=child.gx("mein Sohn", "meine Tochter"), c=child.full, dt=g.date("long"), ihn=child.ihn, Er=child.Er,
        ph=g.phone(mobile=True), gr=gruss(g), p=par.full)
    return d


def parental_consent_3(g):
    d = g.doc()
    kids = g.persons(g.ri(2, 4))
    d.t("Teilnehmende Orientierungstag Kinder\n")
    for k in kids:
        par = g.person()
        d.fl("- {k} (Elternteil: {p}, {ph})", k=k.full, p=g.pick([par.full, par.lf]), ph=g.phone(mobile=True))
    d.f("[[Treffpunkt: Eingang Filiale.|Bitte Brotzeit mitbringen.]]")
    return d


def parental_consent_4(g):
    d = g.doc()
    child = g.person()
    par = g.person()
    d.f("Fotofreigabe (minderjährig)\nIch, {p}, wohnhaft {ad}, erlaube Talgrat Outdoor, Fotos meines Kindes {c} vom {dt} "
        "[[im Katalog|auf der Website|auf Plakaten in den Filialen]] zu verwenden. [[Widerruf jederzeit per Mail an {em}.|]]\n"
        "Unterschrift: {p2}   Datum: {dt2}",
        p=par.full, ad=g.addr("line"), c=child.giv, dt=g.date("num"), em=E("EMAIL", "datenschutz@talgrat.de"), p2=par.full,
        dt2=g.date("num"))
    return d


def parental_consent_5(g):
    d = g.doc()
    g.set_country("AT")
    child = g.person()
    par = g.person()
    coach = g.person()
    d.f("Servus {cg},\n\n{c} [[ist verkühlt|ist am Wochenende bei den Großeltern]], {er} kann [[also nicht zum Bouldern kommen|beim Training nicht dabei sein]]. "
        "[[Können wir auf den 14. tauschen?|Sorry für die kurze Info.]]\n\nLG\n{p}\n{ph}",
        cg=coach.giv, c=child.giv, er=child.er, p=par.full, ph=g.phone(country="AT", mobile=True))
    return d


# =============================================================================================
# whistleblower_report *
# =============================================================================================

def whistleblower_report_1(g):
    d = g.doc()
    a = g.person()
    d.f("Meldung über das Hinweisgebersystem, {dt}:\n[[Ich möchte melden, dass|Mir ist aufgefallen, dass]] {a} in der Filiale {st} "
        "[[Personalrabatt an Freunde gibt|retournierte Ware mit nach Hause nimmt|nach Ladenschluss Preise ändert|"
        "Kartennummern von Kunden abschreibt – auf einem Zettel stand {cc}]]. "
        "[[Ich habe es im {mon} dreimal gesehen.|Andere haben es auch gesehen.]] Ich möchte anonym bleiben.",
        dt=g.date("num"), a=a.full, st=g.store(), cc=lambda: g.card(), mon=g.month_de(g.ri(1, 12)))
    return d


def whistleblower_report_2(g):
    d = g.doc()
    a = g.person()
    b = g.person()
    d.f("Fall {cs}\nBetreff: Geschenke von Lieferanten\nMeldende Person: {r} ({em})\nBetroffene: {a}, Einkauf; {b}, {comp}\n"
        "Kurzfassung: [[Fußballtickets|ein Hotelwochenende]] vor der Ausschreibung angeboten.\nStatus: [[in Prüfung|an Rechtsabteilung übergeben]]",
        cs="HS-%d-%03d" % (g.ri(2024, 2026), g.ri(1, 200)), r=g.person().full, em=E("EMAIL", "compliance@talgrat.de"),
        a=a.full, b=b.full, comp=g.company())
    return d


def whistleblower_report_3(g):
    d = g.doc()
    rep = g.person()
    ob = g.person()
    d.f("{sg} {s},\n\nvielen Dank für Ihre Meldung vom {dt}. Wir bestätigen den Eingang innerhalb von sieben Tagen, wie es das "
        "Hinweisgeberschutzgesetz verlangt. [[Für Rückfragen erreichen wir Sie unter {ph}.|Bitte nutzen Sie für weitere Hinweise das Aktenzeichen {cs}.]]\n\n"
        "{gr}\n{ob}\nOmbudsstelle",
        sg=rep.sg, s=rep.sur, dt=g.date("long"), ph=g.phone(), cs="HS-%d" % g.ri(100, 999), gr=gruss(g), ob=ob.full)
    return d


def whistleblower_report_4(g):
    d = g.doc()
    a = g.person()
    b = g.person()
    d.f("anonym: die lagerleitung {a} [[lässt leute|lässt die fahrer]] ohne pause arbeiten. als {b} sich beschwert hat, wurde {er} "
        "in die nachtschicht versetzt. [[das geht seit dem frühjahr so|keiner traut sich was zu sagen]].",
        a=a.full, b=b.full, er=b.er)
    return d


def whistleblower_report_5(g):
    d = g.doc()
    ps = g.persons(g.ri(2, 3))
    inv = g.person()
    d.f("Ermittlungsprotokoll {cs}\n", cs="HS-%d" % g.ri(100, 999))
    dts = g.dates(len(ps) + 1)
    for i, p in enumerate(ps):
        d.fl("{dt} – Befragung {n}[[, Aussage unterschrieben|, keine Aussage]]", dt=dts[i], n=p.full)
    d.f("{dt} – Zwischenbericht an die Geschäftsführung durch {i}", dt=dts[-1], i=inv.full)
    return d


# =============================================================================================
# cctv_request *
# =============================================================================================

def cctv_request_1(g):
    d = g.doc()
    alpland(g)
    p = g.person()
    d.f("Sehr geehrte Damen und Herren,\n\ngemäß Art. 15 DSGVO bitte ich um eine Kopie der Videoaufnahmen, auf denen ich am {dt} zwischen {t1} und {t2} "
        "in Ihrer Filiale {st} zu sehen bin. [[Ich trug eine rote Jacke.|Ich stand mit meinem Sohn an der Schuhwand.]]\n\n{n}\n{ad}\n{ph}",
        dt=g.date("long"), **dict(zip(("t1", "t2"), g.times(2))), st=g.store(), n=p.full, ad=g.addr("two"), ph=g.phone())
    return d


def cctv_request_2(g):
    d = g.doc()
    off = g.person()
    d.f("Von: {rank} {n}, {pol}\nAz.: {ref}\n\nWir ermitteln wegen [[eines Diebstahls|einer Körperverletzung|eines Autodiebstahls]] vor Ihrer Filiale am {dt}. "
        "Bitte sichern Sie die Aufnahmen der Kameras [[1 und 3|am Eingang]] und melden Sie sich unter {ph} oder {em}.",
        rank=g.pick(["POK", "KOK", "PHK"]), n=off.full, pol=g.pick(["Polizeiinspektion Kempten", "Kriminalpolizei Augsburg", "PI Oberstdorf"]),
        ref="%s/%d/2025" % (g.pick(["BY8131", "BY7145"]), g.ri(10000, 99999)), dt=g.date("num"), ph=g.phone(mobile=False),
        em=off.email("polizei.bayern.de"))
    return d


def cctv_request_3(g):
    d = g.doc()
    p = g.person()
    a = g.person()
    d.f("{sg} {s},\n\ndanke für Ihre Anfrage. [[Wir speichern Aufnahmen 72 Stunden|Unsere Kameras überschreiben nach 72 Stunden]], "
        "die Aufnahmen vom {dt} sind daher [[noch vorhanden|leider nicht mehr vorhanden]]. [[Andere Personen werden unkenntlich gemacht.|]] "
        "[[Bitte bringen Sie zur Abholung einen Ausweis mit.|]]\n\n{gr}\n{ag}\nDatenschutz",
        sg=p.sg, s=p.sur, dt=g.date("long"), gr=gruss(g), ag=a.full)
    return d


def cctv_request_4(g):
    d = g.doc()
    p = g.person()
    m = g.person()
    d.f("Protokoll Videoauskunft\nAnfrage von: {n}\nGrund: [[Versicherungsfall (Sturz)|Auskunft nach Art. 15 DSGVO|Anfrage Polizei]]\n"
        "Kamera: {cam} ({ip})\nExportiert von: {m}, {dt}\nVersendet an: {em}",
        n=p.full, cam=g.pick(["CAM-02", "CAM-05 Eingang", "CAM-07 Kasse"]), ip=g.ipv4("priv"), m=m.full, dt=g.date("num"), em=p.email())
    return d


def cctv_request_5(g):
    d = g.doc()
    g.set_country("CH")
    p = g.person()
    ins = g.person()
    d.f("Unsere Versicherte, {c}, ist am {dt} in Ihrer Filiale {st} [[auf nassem Boden ausgerutscht|von einem umfallenden Regal getroffen worden]]. "
        "Wir bitten Sie, sämtliche Aufnahmen zu sichern. Ansprechperson: {i}, {ph}.\n\nFreundliche Grüsse",
        c=p.full, dt=g.date("num"), st=g.pick(["Zürich Oerlikon", "Bern"]), i=ins.full, ph=g.phone(country="CH", mobile=False))
    return d


def cctv_request_6(g):
    d = g.doc()
    a = g.person()
    b = g.person()
    d.f("BEGIN:VEVENT\nSUMMARY:Sichtung Videoaufnahmen – Vorfall {dt}\nDTSTART:{ds}T{h}0000\nLOCATION:Filiale {st}, Büro\n"
        "ORGANIZER;CN={a}:mailto:{ae}\nATTENDEE;CN={b}:mailto:{be}\nEND:VEVENT",
        dt=g.date("num"), ds=g.date("iso").replace("-", ""), h="%02d" % g.ri(8, 17), st=g.store(),
        a=a.full, ae=a.work_email(), b=b.full, be=b.email())
    return d


# =============================================================================================
# gear_inspection *
# =============================================================================================

def gear_inspection_1(g):
    d = g.doc()
    p = g.person()
    insp = g.person()
    d.f("PSA-Prüfprotokoll\nEigentümer/in: {o}\nGegenstand: [[Klettergurt|Einfachseil 60 m|Klettersteigset|Helm]], Seriennr. {ser}\n"
        "Ergebnis: [[bestanden|bestanden mit Hinweisen|nicht bestanden – aussondern]]\nNächste Prüfung: {dt}\nSachkundige/r: {i}",
        o=p.full, ser="%s-%s" % (g.pick(["HR", "RP", "VF", "HM"]), g.digits(6)), dt=g.date("num"), i=insp.full)
    return d


def gear_inspection_2(g):
    d = g.doc()
    alpland(g)
    club = g.pick(["DAV Sektion Allgäu-Kempten", "Alpenverein Innsbruck", "SAC Sektion Uto", "Kletterclub Augsburg"])
    ps = g.persons(g.ri(3, 5))
    d.f("{c} – Gurtcheck {dt}\n", c=club, dt=g.date("num"))
    for p in ps:
        d.fl("{n}: [[ok|ok|Anseilring verschlissen – tauschen|ok, Schnalle schwergängig]]", n=g.pick([p.full, p.lf]))
    d.f("Geprüft von {i}. Fragen an {em}.", i=g.person().full, em=E("EMAIL", "psa@talgrat.de"))
    return d


def gear_inspection_3(g):
    d = g.doc()
    p = g.person()
    d.f("{sg} {s},\n\nlaut unseren Unterlagen haben Sie am {dt} ein [[Karabinerset|Sicherungsgerät]] aus der Charge {b} gekauft. "
        "[[Diese Charge rufen wir zurück.|Bitte verwenden Sie es nicht mehr.]] Schicken Sie es uns kostenlos zurück; wir erstatten {amt} "
        "[[auf Ihre Karte|auf das Konto {iban}]].\n\n{gr}\nTalgrat Sicherheitsteam",
        sg=p.sg, s=p.sur, dt=g.date("long"), b="LOT %s" % g.digits(5), amt=g.price(20, 90), iban=g.iban(), gr=gruss(g))
    return d


def gear_inspection_4(g):
    d = g.doc()
    p = g.person()
    d.f("Prüfauftrag\nAnsprechpartner/in Verein: {n}\nTelefon: {ph}\nAbholadresse: {ad}\nUmfang: {k} Seile, {h} Gurte\n"
        "[[Abholung am {wd}.|Der Verein bringt das Material in die Filiale.]]",
        n=p.full, ph=g.phone(), ad=g.addr("two"), k=str(g.ri(2, 12)), h=str(g.ri(4, 20)), wd=g.weekday())
    return d


def gear_inspection_5(g):
    d = g.doc()
    insp = g.person()
    own = g.person()
    d.f("Notiz von {i}: Das Seil von {o} [[hat bei 23 m einen Mantelschaden|ist über 10 Jahre alt]] und wurde [[mit Zustimmung zerschnitten|ausgesondert]]. "
        "[[Per Telefon informiert ({ph}).|Per Mail informiert ({em}).]]",
        i=insp.giv, o=own.full, ph=g.phone(), em=own.email())
    return d


PROSE = {
    "crm_note": [crm_note_1, crm_note_2, crm_note_3, crm_note_4, crm_note_5],
    "support_email": [support_email_1, support_email_2, support_email_3, support_email_4, support_email_5, support_email_6],
    "signed_review": [signed_review_1, signed_review_2, signed_review_3, signed_review_4, signed_review_5],
    "email_signature": [email_signature_1, email_signature_2, email_signature_3, email_signature_4, email_signature_5],
    "team_chat": [team_chat_1, team_chat_2, team_chat_3, team_chat_4, team_chat_5],
    "call_note": [call_note_1, call_note_2, call_note_3, call_note_4, call_note_5],
    "name_prose": [name_prose_1, name_prose_2, name_prose_3, name_prose_4, name_prose_5],
    "postal_letter": [postal_letter_1, postal_letter_2, postal_letter_3, postal_letter_4, postal_letter_5],
    "name_change_request": [name_change_request_1, name_change_request_2, name_change_request_3, name_change_request_4, name_change_request_5],
    "bereavement_notice": [bereavement_notice_1, bereavement_notice_2, bereavement_notice_3, bereavement_notice_4, bereavement_notice_5],
    "store_ban_notice": [store_ban_notice_1, store_ban_notice_2, store_ban_notice_3, store_ban_notice_4, store_ban_notice_5],
    "it_helpdesk": [it_helpdesk_1, it_helpdesk_2, it_helpdesk_3, it_helpdesk_4, it_helpdesk_5],
    "exit_interview": [exit_interview_1, exit_interview_2, exit_interview_3, exit_interview_4, exit_interview_5],
    "secret_santa": [secret_santa_1, secret_santa_2, secret_santa_3, secret_santa_4, secret_santa_5],
    "parental_consent": [parental_consent_1, parental_consent_2, parental_consent_3, parental_consent_4, parental_consent_5],
    "whistleblower_report": [whistleblower_report_1, whistleblower_report_2, whistleblower_report_3, whistleblower_report_4, whistleblower_report_5],
    "cctv_request": [cctv_request_1, cctv_request_2, cctv_request_3, cctv_request_4, cctv_request_5, cctv_request_6],
    "gear_inspection": [gear_inspection_1, gear_inspection_2, gear_inspection_3, gear_inspection_4, gear_inspection_5],
}


# =============================================================================================
# Genres ohne personenbezogene Daten (nur Verwechslungskandidaten)
# =============================================================================================



def _eur(s):
    return s.replace(".", ",") + " €"


def product_copy_1(g):
    d = g.doc()
    d.f("Die {p} in {c}: [[für Jäger stiller Gipfel und Sammler von Hüttenstempeln|vom ersten Winter-Frost bis zum letzten Sommer-Abend]]. "
        "[[Ob Fuchs oder Wolf, Bauer oder Koch – alle bleiben trocken.|Klein verpackt, groß im Wetter.]] {pr} inkl. MwSt., Größen XS–XXL.",
        p=g.product(), c=g.colour(), pr=_eur(g.pick(PRICES_EUR)))
    return d


def product_copy_2(g):
    d = g.doc()
    i = g.rng.randrange(12)
    d.f("{p}\nSKU: {sku}\nPreis: {pr}\nFarben: {c1}, {c2}\n- [[Fuchssichere Proviant-Tasche|Kapuze, die auch im Sturm sitzt]]\n"
        "- [[Nähte in Wolfsgrau bei der Variante {c1}|Brusttasche im Jägerstil]]\n- Gewicht: {w} g (Größe M)",
        p=PRODUCTS_DE[i], sku=SKUS[i], pr=_eur(PRICES_EUR[i]), c1=g.colour(), c2=g.colour(), w=str(g.ri(90, 1900)))
    return d


def product_copy_3(g):
    d = g.doc()
    d.f("[[König des Grats.|Kleine Jacke, großes Wetter.|Hoffen auf Sonne, packen für Regen.]] Die {s} [[passt in die eigene Tasche|wiegt weniger als eine Tüte Zucker]] "
        "und gibt es in {c}. [[Erst kochen auf der Hütte, dann unter Sternen zurück.|Vom Vogelsberg bis zum Fischerhaus: eine Jacke.]]",
        s=g.pshort(), c=g.colour())
    return d


def product_copy_4(g):
    d = g.doc()
    d.f("Set des Monats: {a} + {b}\n15 % sparen bis 31. Mai. [[Rückgabe 60 Tage.|Fünf Jahre kostenlose Reparatur.]] "
        "[[Erhältlich in Schiefer, Tannenschatten und Hüttenorange.|Solange der Vorrat reicht.]]",
        a=g.pshort(), b=g.pshort())
    return d


def trail_report_1(g):
    d = g.doc()
    d.f("Tourenbericht {dt}: von Oberstdorf über die Käseralpe zum Laufbacher Eck, {km} km, {hm} Hm. [[Ein Fuchs querte den Weg am Bach|"
        "Zwei Steinadler über dem Kar]], ab {t} frischte der Wind auf. [[Weg unter dem Joch matschig.|Markierungen im Nebel schwer zu sehen.]]",
        dt=g.date(), km=str(g.ri(8, 24)), hm=str(g.ri(400, 1400)), t=g.time())
    return d


def trail_report_2(g):
    d = g.doc()
    d.f("Verhältnisse {dt}\n- Schneegrenze {sl} m\n- Weg am [[Wolfsgraben|Vogelsang]]: morgens vereist\n- Parkplatz {pp} "
        "[[ab 9 Uhr voll|ab 16 Uhr frei]]\n- Prognose: [[Schauer, Wind 50 km/h|klar, nachts -4 °C]]",
        dt=g.date(), sl=str(g.ri(900, 2100)), pp=g.pick(["Fellhornbahn", "Hinterstein", "Tannheim", "Gerlos"]))
    return d


def trail_report_3(g):
    d = g.doc()
    d.f("Etappe {n} am E5: Memmingen Hütte bis Zams, {km} km. Regen ab {t}; die {s} hat gehalten. "
        "[[Am Joch ein junger Steinbock.|Sommer-Gewitter über dem Inntal.]] Morgen: Wenns.",
        n=str(g.ri(2, 5)), km=str(g.ri(14, 26)), t=g.time(), s=g.pshort())
    return d


def trail_report_4(g):
    d = g.doc()
    g.set_country(g.pick(["AT", "CH"]))
    d.f("Hüttenbuch {dt}: {a} Ankünfte, {b} Abreisen. Wassertank {pct} %. [[Vogelkästen gereinigt.|Ofen gewartet.]] "
        "[[Postauto ab {ort} stündlich.|Navi: {plz} {ort}.]]",
        dt=g.date("long"), a=str(g.ri(2, 30)), b=str(g.ri(2, 30)), pct=str(g.ri(10, 100)),
        ort=g.pick(["Zermatt", "Davos Platz", "Schladming", "Kitzbühel"]), plz=g.pick(["3920", "7270", "8970", "6370"]))
    return d


def returns_policy_1(g):
    d = g.doc()
    d.f("Rücksendung: Du hast 30 Tage Zeit. Gib deine Bestellnummer an (sieht aus wie {o}) und druck das Etikett aus. "
        "[[An Postfächer und Packstationen holen wir nichts ab.|c/o-Adressen können wir nicht abholen.]] Das Geld ist nach [[5|10]] Werktagen da.",
        o=g.order_no())
    return d


def returns_policy_2(g):
    d = g.doc()
    d.f("Umtausch oder Geld zurück?\n1. Einloggen und Bestellung {o} öffnen.\n2. Artikel und Grund wählen.\n3. Paket in jeder Filiale abgeben "
        "[[(Postleitzahlen 87xxx: kostenlose Abholung)|(in Österreich PLZ 6020 und 1070: Abholung gratis)]].\nFragen: talgrat.de/hilfe",
        o=g.order_no())
    return d


def returns_policy_3(g):
    d = g.doc()
    d.f("Unsere Garantie gilt fünf Jahre ab Kaufdatum ({dt}). Sie deckt keinen normalen Verschleiß, [[keine Hundebisse|keine Funken vom Lagerfeuer]] "
        "und [[keine benutzte Sale-Ware|keine Schäden durch den Fahrradschneider]]. Mehr unter talgrat.de/garantie.",
        dt=g.date("num"))
    return d


def returns_policy_4(g):
    d = g.doc()
    d.f("Retourenaufkleber – hier abschneiden\nTalgrat Retourenzentrum\nTor {b}, Halle {u}\nReferenz: {r}\nNicht für Briefe verwenden.",
        b=str(g.ri(2, 40)), u=str(g.ri(1, 12)), r="RMA-%d" % g.ri(10000, 99999))
    return d


def shipment_notice_1(g):
    d = g.doc()
    d.f("Deine Bestellung {o} ist unterwegs. Sendungsnummer: {pn}. [[Zustellung voraussichtlich {wd} zwischen {t1} und {t2}.|Lieferung in 1–2 Werktagen.]] "
        "[[Verfolgen unter talgrat.de/sendung.|Keine Unterschrift nötig.]]",
        o=g.order_no(), pn=g.parcel_no(), wd=g.weekday(), **dict(zip(("t1", "t2"), g.times(2))))
    return d


def shipment_notice_2(g):
    d = g.doc()
    d.f("Versandcharge {b}\nAufträge: {n}\nSpediteursreferenz: {cr}\nAbholzeit: {t}\n[[Paletten: {p}|Gitterboxen: {p}]]",
        b=g.phoneish(), n=str(g.ri(20, 400)), cr=g.phoneish(), t=g.time(), p=str(g.ri(1, 9)))
    return d


def shipment_notice_3(g):
    d = g.doc()
    d.f("Teillieferung zu {o}: {p} ({sz}) kommt [[nächste Woche|am {dt}]] aus dem Lager nach. Sendung {pn}. "
        "[[Der Rest ist heute angekommen.|Es entstehen keine zusätzlichen Versandkosten.]]",
        o=g.order_no(), p=g.pshort(), sz=g.size(), dt=g.date(), pn=g.parcel_no())
    return d


def shipment_notice_4(g):
    d = g.doc()
    d.f("Zustellung nicht möglich – Benachrichtigung eingeworfen. Abholung in der Filiale mit Referenz {r} ab morgen {t} Uhr "
        "oder online neu planen mit Code {c}.",
        r=g.phoneish(), t=g.time(), c=g.digits(6))
    return d


def b2b_price_list_1(g):
    d = g.doc()
    d.f("Händlerpreisliste {yr} – gültig für {c1} und {c2}\n", yr=str(g.ri(2025, 2026)),
        c1=g.pick(["Schneider Logistik GmbH", "Vogel & Winter Transporte", "Fuchs Textilpflege GmbH"]),
        c2=g.pick(["Sporthaus Koch KG", "Bauer & Jäger Outdoor", "Kaiser Bergsport OHG"]))
    for _ in range(g.ri(3, 7)):
        i = g.rng.randrange(12)
        d.fl("{s} | GTIN {gt} | UVP {rrp} | EK {tr}", s=SKUS[i], gt=g.gtin(), rrp=_eur(PRICES_EUR[i]),
             tr=_eur("%.2f" % (float(PRICES_EUR[i]) * 0.55)))
    d.f("Mindestbestellmenge: {m} Stück.", m=str(g.ri(6, 50)))
    return d


def b2b_price_list_2(g):
    d = g.doc()
    d.f("Frei Haus ab {m} € netto. [[Spedition Fischer|Hahn & Engel Logistik|Graf Transporte]] liefert Mo–Do. "
        "Zahlbar in 30 Tagen, 2 % Skonto bei Zahlung in 10 Tagen.",
        m=str(g.pick([500, 750, 1000])))
    return d


def b2b_price_list_3(g):
    d = g.doc()
    d.t("| SKU | Größe | GTIN | Farbe |\n|---|---|---|---|\n")
    for _ in range(g.ri(3, 6)):
        i = g.rng.randrange(12)
        d.t("| %s | %s | %s | %s |\n" % (SKUS[i], g.size(), g.gtin(), g.colour()))
    d.f("Preise auf Anfrage beim [[Großhandel Winter|Team Sommer & Stein]].")
    return d


def b2b_price_list_4(g):
    d = g.doc()
    d.f("Mengenrabatt für {c}: 5 % ab 50 Stück, 8 % ab 100, 12 % ab 250. Angebot {r}, gültig bis {dt}.",
        c=g.pick(["Wolf & Fuchs Pfadfinderbedarf", "König Freizeit GmbH", "Klein & Lang Bergschule"]), r="AN-%d" % g.ri(1000, 9999),
        dt=g.date())
    return d


def release_notes_1(g):
    d = g.doc()
    d.f("Release {v} ({dt})\n- Behoben: Warenkorbsumme nach Gutschein nicht aktualisiert\n- Neu: Größenberatung für {p}\n- Build {b}, Commit {c}",
        v="%d.%d.%d" % (g.ri(2, 9), g.ri(0, 20), g.ri(0, 30)), dt=g.date("iso"), p=g.pshort(), b=str(g.ri(1000, 9999)),
        c="%07x" % g.ri(0, 0xfffffff))
    return d


def release_notes_2(g):
    d = g.doc()
    d.f("Änderungen\n{v1}: Staging auf Port {port}\n{v2}: Hotfix Checkout-Timeout\n{v3}: altes Payment-SDK entfernt",
        v1="%d.%d.%d" % (g.ri(3, 5), g.ri(0, 9), g.ri(0, 9)), port=str(g.pick([8080, 8443, 3000, 5432])),
        v2="%d.%d.%d" % (g.ri(3, 5), g.ri(0, 9), g.ri(0, 9)), v3="%d.%d.%d" % (g.ri(3, 5), g.ri(0, 9), g.ri(0, 9)))
    return d


def release_notes_3(g):
    d = g.doc()
    d.f("Kassen-App {v} wird am {dt} in allen Filialen ausgerollt. [[Neustart der Kasse nötig.|Keine Ausfallzeit.]] Mindestens iOS 17.{x}.",
        v="%d.%d.%d" % (g.ri(1, 4), g.ri(0, 20), g.ri(0, 9)), dt=g.date(), x=str(g.ri(0, 6)))
    return d


def release_notes_4(g):
    d = g.doc()
    d.f("Bekannte Fehler in {v}:\n* Merkzettel-Sync bis zu {m} Minuten verzögert\n* Filter „Felsgrau“ zeigt Schiefer-Artikel\n* Build {b} behebt beides",
        v="%d.%d.%d" % (g.ri(2, 9), g.ri(0, 20), g.ri(0, 30)), m=str(g.ri(2, 30)), b=str(g.ri(1000, 9999)))
    return d


def store_events_1(g):
    d = g.doc()
    d.f("Termine Filiale {st}\n{dt1}, {t1} Uhr: Karte & Kompass für Einsteiger (kostenlos)\n{dt2}, {t2} Uhr: Schuhpflege-Abend\n"
        "[[Plätze begrenzt.|Keine Anmeldung nötig.]]",
        st=g.store(), **dict(zip(("dt1", "dt2"), g.dates(2, "long"))), **dict(zip(("t1", "t2"), g.times(2, 9, 19))))
    return d


def store_events_2(g):
    d = g.doc()
    g.set_country(g.pick(["DE", "AT"]))
    d.f("Am 1. Mai geöffnet von {t1} bis {t2} Uhr. [[Am {tag} geschlossen.|Donnerstags bis 20 Uhr.]] Parken: {plz} {ort}.",
        **dict(zip(("t1", "t2"), g.times(2))), tag=g.pick(["6. Jänner", "Pfingstmontag", "Fronleichnam"]) if g.country == "AT" else g.pick(["Pfingstmontag", "Fronleichnam"]),
        plz=g.pick(["87435", "6020", "82467", "1070"]), ort=g.pick(["Kempten", "Innsbruck", "Garmisch-Partenkirchen", "Wien"]))
    return d


def store_events_3(g):
    d = g.doc()
    d.f("Reparaturcafé in {st}, jeden ersten Samstag ab {t} Uhr. Bring deine Jacke mit, [[wir|unser Werkstattteam]] flicken sie. "
        "Nächste Termine: {d1}, {d2}.",
        st=g.store(), t=g.time(), **dict(zip(("d1", "d2"), g.dates(2, "long"))))
    return d


def store_events_4(g):
    d = g.doc()
    d.f("Filmabend: „[[Der Weg des Jägers|Wolfsland|Winter am Grat]]“ – {dt}, Einlass {t} Uhr. Tickets {p} € an der Kasse.",
        dt=g.date(), t=g.time(), p=str(g.ri(3, 12)))
    return d


def inventory_report_1(g):
    d = g.doc()
    d.t("Inventur Filiale " + g.store() + "\n")
    for _ in range(g.ri(3, 7)):
        i = g.rng.randrange(12)
        d.t("%s\t%s\t%s\t%s\t%d\n" % (SKUS[i], g.size(), g.gtin(), g.colour(), g.ri(0, 40)))
    d.f("Gezählt um {t} Uhr.", t=g.time())
    return d


def inventory_report_2(g):
    d = g.doc()
    d.f("Bestand niedrig: {s1} (noch {n1}), {s2} (noch {n2}). Meldebestand erreicht für {p} in {c}.",
        s1=g.sku(), n1=str(g.ri(0, 5)), s2=g.sku(), n2=str(g.ri(0, 5)), p=g.pshort(), c=g.colour())
    return d


def inventory_report_3(g):
    d = g.doc()
    d.f("Inventurdifferenz Q{q}: {a} % ({b} Stück). Lagerplatz {bin} nachgezählt. [[Keine weiteren Maßnahmen.|Ab nächster Woche Kontrollen an den Umkleiden.]]",
        q=str(g.ri(1, 4)), a=("%.1f" % (g.ri(2, 30) / 10)).replace(".", ","), b=str(g.ri(3, 90)),
        bin="%s-%02d-%d" % (g.pick("ABCDEF"), g.ri(1, 40), g.ri(1, 5)))
    return d


def inventory_report_4(g):
    d = g.doc()
    d.f("Umlagerung {tr}: {n} × {p} ({sz}) vom Zentrallager nach {st}. Palette {pal}.",
        tr="UL-%d" % g.ri(10000, 99999), n=str(g.ri(2, 60)), p=g.pshort(), sz=g.size(), st=g.store(), pal=g.phoneish())
    return d


def size_chart_1(g):
    d = g.doc()
    d.t("Größe | Brustumfang (cm) | Rückenlänge (cm)\n")
    base = g.ri(84, 90)
    for i, s in enumerate(["XS", "S", "M", "L", "XL"]):
        d.t("%s | %d | %d\n" % (s, base + 6 * i, 66 + 2 * i))
    d.f("[[Zwischen zwei Größen? Bei Zwiebellook die größere nehmen.|Normale Passform.]]")
    return d


def size_chart_2(g):
    d = g.doc()
    d.f("Fußlänge {a}–{b} cm = EU {eu}. [[Halbe Größen erhältlich.|Der {p} fällt etwas klein aus.]]",
        a=("%.1f" % (g.ri(240, 290) / 10)).replace(".", ","), b=("%.1f" % (g.ri(241, 291) / 10)).replace(".", ","), eu=str(g.ri(38, 47)),
        p=g.pshort())
    return d


def size_chart_3(g):
    d = g.doc()
    d.f("Schrittlänge: Kurzgröße {a} cm, Normalgröße {b} cm, Langgröße {c} cm. Bund {w1}–{w2} cm.",
        a=str(g.ri(74, 78)), b=str(g.ri(80, 83)), c=str(g.ri(85, 89)), w1=str(g.ri(70, 80)), w2=str(g.ri(82, 100)))
    return d


def size_chart_4(g):
    d = g.doc()
    d.f("Rückenlänge beim {p}: S/M {a}–{b} cm, M/L {c}–{e} cm. Hüftgurt {h1}–{h2} cm.",
        p=g.pick(["Hochsattel 30", "Fernkamm 45+10"]), a=str(g.ri(40, 44)), b=str(g.ri(45, 48)), c=str(g.ri(46, 49)), e=str(g.ri(50, 54)),
        h1=str(g.ri(65, 75)), h2=str(g.ri(110, 130)))
    return d


def kpi_dashboard_1(g):
    d = g.doc()
    d.f("Service-Dashboard {dt}\nOffene Tickets: {a}\nErstantwort: {b} h\nZufriedenheit: {c} %\nÄltestes: {tk}",
        dt=g.date("num"), a=str(g.ri(20, 400)), b=("%.1f" % (g.ri(5, 90) / 10)).replace(".", ","), c=str(g.ri(70, 98)), tk=g.ticket_no())
    return d


def kpi_dashboard_2(g):
    d = g.doc()
    d.f("Warteschlange {q}: {a} Anrufe, längste Wartezeit {m} Min. Warteschlange {q2}: {b} Anrufe. [[Überlauf in den Webchat.|Besetzung normal.]]",
        q=g.phoneish(), a=str(g.ri(0, 30)), m=str(g.ri(1, 25)), q2=g.phoneish(), b=str(g.ri(0, 30)))
    return d


def kpi_dashboard_3(g):
    d = g.doc()
    d.f("Onlineshop KW {w}: Conversion {c} %, Warenkorb Ø {aov} €, Retourenquote {r} %. Topseller: {p}.",
        w=str(g.ri(1, 52)), c=("%.2f" % (g.ri(80, 420) / 100)).replace(".", ","), aov=str(g.ri(60, 190)), r=str(g.ri(8, 35)), p=g.pshort())
    return d


def kpi_dashboard_4(g):
    d = g.doc()
    d.f("Werkstatt: {a} rein, {b} raus, Rückstand {c}. Durchlaufzeit Ø {t} Tage. Vorgang {ref} wartet auf Ersatzteile.",
        a=str(g.ri(5, 90)), b=str(g.ri(5, 90)), c=str(g.ri(0, 200)), t=str(g.ri(3, 21)), ref=g.phoneish())
    return d


CLEAN = {
    "product_copy": [product_copy_1, product_copy_2, product_copy_3, product_copy_4],
    "trail_report": [trail_report_1, trail_report_2, trail_report_3, trail_report_4],
    "returns_policy": [returns_policy_1, returns_policy_2, returns_policy_3, returns_policy_4],
    "shipment_notice": [shipment_notice_1, shipment_notice_2, shipment_notice_3, shipment_notice_4],
    "b2b_price_list": [b2b_price_list_1, b2b_price_list_2, b2b_price_list_3, b2b_price_list_4],
    "release_notes": [release_notes_1, release_notes_2, release_notes_3, release_notes_4],
    "store_events": [store_events_1, store_events_2, store_events_3, store_events_4],
    "inventory_report": [inventory_report_1, inventory_report_2, inventory_report_3, inventory_report_4],
    "size_chart": [size_chart_1, size_chart_2, size_chart_3, size_chart_4],
    "kpi_dashboard": [kpi_dashboard_1, kpi_dashboard_2, kpi_dashboard_3, kpi_dashboard_4],
}
