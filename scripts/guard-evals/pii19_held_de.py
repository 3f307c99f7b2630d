"""Deutsche Vorlagen der neunzehnten PII-Bank, Held-out-Hälfte (auf Deutsch geschrieben, nicht übersetzt).

`PERSONAL` ordnet jedem Genre mit personenbezogenen Daten (Art, Vorlagen) zu, `CLEAN` jedem Genre
ohne. Texte für Deutschland, Österreich und die Schweiz (`c.region`), mit du und Sie; in
Schweizer Texten wird ß im Vorlagentext zu ss.
"""

from pii19_held_core import WORK_DOMAINS, json_obj, lab, md_table, row, sql_val
import pii19_held_values as val

GENUS, art, poss = val.GENUS_DE, val.art_de, val.poss_de

# ---------------------------------------------------------------- Bausteine


def prod(c, plural_ok=False):
    names = [n for _, n in val.SKUS if plural_ok or GENUS[n] != "pl"]
    n = c.pick(names)
    return n, val.PRODUCT_KIND["de"][n]


def hon(c, p):
    if c.region == "AT":
        return c.pick(["Frau", "Frau", "Frau Mag.", "Frau Dr.", "Frau DI"] if p.gender == "f" else ["Herr", "Herr", "Herr Ing.", "Herr Mag.", "Herr Dr."])
    return c.pick(["Frau", "Frau", "Frau", "Frau Dr."] if p.gender == "f" else ["Herr", "Herr", "Herr", "Herr Dr."])


def anrede(c, p, sie=None):
    """Die Anrede eines Briefs oder einer Mail, förmlich (Sie) oder mit du."""
    sie = c.chance(0.5) if sie is None else sie
    if sie:
        h = hon(c, p)
        opts = [["Sehr geehrte " if p.gender == "f" else "Sehr geehrter ", h, " ", p.s()], ["Guten Tag ", h, " ", p.s()], ["Guten Tag ", p.full()],
                ["Liebe " if p.gender == "f" else "Lieber ", h, " ", p.s()]]
        if c.region == "CH":
            opts += [["Grüezi ", h, " ", p.s()]]
        if c.region == "AT":
            opts += [["Grüß Gott, ", h, " ", p.s()]]
        return c.pick(opts)
    opts = [["Hallo ", p.g()], ["Hi ", p.g()], ["Liebe " if p.gender == "f" else "Lieber ", p.g()]]
    if c.region == "AT":
        opts += [["Servus ", p.g()], ["Hallo ", p.g()]]
    elif c.region == "CH":
        opts += [["Hoi ", p.g()], ["Sali ", p.g()]]
    else:
        opts += [["Moin ", p.g()]]
    return c.pick(opts)


def gruss(c, sie=None):
    sie = c.chance(0.5) if sie is None else sie
    if c.region == "CH":
        return c.pick(["Freundliche Grüsse", "Beste Grüsse", "Liebe Grüsse", "Herzliche Grüsse"] if not sie else ["Freundliche Grüsse", "Mit freundlichen Grüssen"])
    if c.region == "AT":
        return c.pick(["Liebe Grüße", "LG", "Schöne Grüße", "Viele Grüße aus Wien", "Baba und liebe Grüße"] if not sie else ["Mit freundlichen Grüßen", "Mit besten Grüßen", "Freundliche Grüße"])
    return c.pick(["Viele Grüße", "Liebe Grüße", "LG", "Beste Grüße", "Herzliche Grüße aus dem Allgäu"] if not sie else ["Mit freundlichen Grüßen", "Freundliche Grüße", "Beste Grüße"])


def wtag(c):
    return c.pick(["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"])


def monat(c):
    m = c.pick(["Januar", "Februar", "März", "April", "Juni", "Juli", "August", "September", "Oktober", "November"])
    return "Jänner" if m == "Januar" and c.region == "AT" else m


def ort(c):
    return val.town_alone(c.rng, c.region)[1]


def er(p):
    return ("sie", "ihr", "ihre", "Kundin") if p.gender == "f" else ("er", "ihm", "seine", "Kunde")


def karte(c):
    return c.pick(["Karte mit Endziffern ", "Kreditkarte endend auf ", "Visa-Karte ****", "Mastercard mit Endung "]) + c.digits(4)


def mobil(c):
    return "Natel" if c.region == "CH" else c.pick(["Handy", "Mobil", "Handy"])


# ---------------------------------------------------------------- crm_note


def crm_1(c):
    p = c.person()
    n, k = prod(c)
    s1, s2 = c.some(val.SIZES[1:5], 2)
    return c.fill(
        "{ds} – {ini}: Telefonat mit {name} ({kd}) wg. {n} {k}, Gr. {s1}. [[Möchte tauschen gegen|Will umtauschen auf|Wünscht]] {s2}; "
        "Retourenlabel [[geht an|per Mail an|an]] {mail}.[[ Am besten abends erreichbar.| Bitte nur mobil anrufen.|]] {ph}. Wiedervorlage {wd}.",
        ds=c.date(short=True), ini=c.pick(["JK", "MR", "AT", "SB", "LW", "kh"]), name=p.full(), kd=c.custno(), n=n, k=k, s1=s1, s2=s2,
        mail=c.email(p), ph=c.phone(), wd=wtag(c))


def crm_2(c):
    p, o = c.person(), c.person()
    lines = [
        c.fill("Kontakt: {n}", n=c.pick([p.full(), p.lf()])),
        c.fill("Kundennr.: {a} · {k} seit {y}", a=c.custno(), k=er(p)[3], y=str(c.n(2015, 2024))),
        "Notizen:",
        c.fill("- {d}: Beschwerde wegen verspätetem Paket ({t}); Kulanzgutschein erstellt", d=c.date(), t=c.tracking()),
        c.fill("- {d}: [[umgezogen nach|neue Lieferadresse]] {a}", d=c.date(), a=c.addr(style=c.pick(["one", "street"]))),
        c.fill("- möchte nur per E-Mail kontaktiert werden ({m})", m=c.email(p)),
        c.fill("Betreut von: {o}", o=c.pick([o.full(), o.init_sur()])),
    ]
    if c.chance(0.4):
        lines.insert(5, c.fill("- {mo}: {ph}", mo=mobil(c), ph=c.phone(mobile=True)))
    notes = c.shuffle(lines[3:-1])
    return c.lines(*(lines[:3] + notes + lines[-1:]))


def crm_3(c):
    p, q = c.person(), c.person()
    n, k = prod(c)
    sie, _, ihre, _ = er(p)
    return c.fill(
        "Auf der [[OutDoor by ISPO|Hausmesse in Kempten|Fachhandelstagung]] {p} ([[Einkauf|Geschäftsführung|Filialleitung]] bei {co}) getroffen. "
        "{Sie} betreut {num} Filialen und möchte vor {m} Muster {art} {n}. Durchwahl {ph}, Mail {mail}. "
        "Rechnungen laufen über {q}[[ – bitte immer in CC| – nur als PDF|]].\nNächster Schritt: Muster an {addr} schicken.",
        p=p.full(), co=c.company(), Sie=sie.capitalize(), num=str(c.n(3, 40)), m=monat(c), art=art(n, "gen"), n=n, ph=c.phone(mobile=False),
        mail=c.email(p, work=True), q=q.full(), addr=c.addr(style="one"))


def crm_4(c):
    p, a = c.person(), c.person()
    h = hon(c, p)
    o = c.order()
    l1 = c.fill("[{d}] {h} {s} wegen Erstattung {o} zurückgerufen. [[Mailbox besprochen|Nicht erreicht|Mailbox voll]] ({ph}). – {ag}",
                d=c.date(), h=h, s=p.s(), o=o, ph=c.phone(), ag=a.g())
    l2 = c.fill("[{d}] {h} {s} hat [[nochmal|zurück]]gerufen: Erstattung [[ist da, Fall erledigt|fehlt weiterhin, an Buchhaltung eskaliert|steht auf „ausstehend“]].",
                d=c.date(), h=h, s=p.s())
    return c.lines(l1, l2) if c.chance(0.7) else c.lines(l1)


def crm_5(c):
    p = c.person()
    return c.fill(
        "Doppeltes Kundenkonto: {n} mit {m1} und {m2}. Am {d} zusammengeführt in {kd}.[[ Alte Lieferadresse {a} als Zweitadresse behalten.| Rechnungsadresse {a} übernommen.]]"
        "[[ Newsletter-Einwilligung nur beim ersten Konto.| Treuepunkte addiert.|]]",
        n=p.full(), m1=c.email(p), m2=c.email(p), kd=c.custno(), d=c.date(), a=c.addr(style="one"))


# ---------------------------------------------------------------- support_email


def sup_1(c):
    c.set_region(c.pick(["DE", "DE", "AT"]))
    p = c.person()
    n, k = prod(c)
    parts = c.fill(
        "Sehr geehrte Damen und Herren,\n\nich habe am {d} {art} {n} {k} bestellt (Bestellnr. {o}), aber [[bisher ist nichts angekommen|laut Sendungsverfolgung liegt das Paket seit {wd} im Verteilzentrum|der Zusteller behauptet, es sei zugestellt worden – ist es aber nicht]]. "
        "Können Sie das bitte prüfen? Meine Adresse lautet: {addr}\n\n{gr}\n{name}",
        d=c.date(), art=art(n, "akk"), n=n, k=k, o=c.order(), wd=wtag(c), addr=c.addr(), gr=gruss(c, True), name=p.full())
    if c.chance(0.4):
        parts += ["\n", c.fill("Tel. {ph}", ph=c.phone())]
    return parts


def sup_2(c):
    c.set_region("DE")
    p, a = c.person(), c.person()
    n, _ = prod(c)
    return c.fill(
        "{an},\n\ndanke für deine Nachricht zu Bestellung {o}. [[Tut uns leid|Schade]], dass {art} {n} in der falschen Größe angekommen ist. "
        "Wir haben für {wd} eine Abholung bei dir beauftragt ({addr}); der Fahrer meldet sich ggf. vorher unter {ph}.\n\n{gr}\n{ag}\nTalgrat Kundenservice",
        an=anrede(c, p, False), o=c.order(), art=art(n), n=n, wd=wtag(c), addr=c.addr(style="one"), ph=c.phone(), gr=gruss(c, False), ag=c.pick([a.full(), a.g()]))


def sup_3(c):
    c.set_region("AT")
    p, a = c.person(), c.person()
    return c.fill(
        "{an},\n\nvielen Dank für Ihre Nachricht. Die Gutschrift über {pr} für Ihre Rücksendung {o} haben wir heute veranlasst; "
        "sie wird auf Ihr Konto {ib} überwiesen und sollte in [[zwei bis drei|drei bis fünf]] Werktagen ersichtlich sein.\n\n{gr}\n{ag}\nTalgrat Kundenservice Österreich",
        an=anrede(c, p, True), pr=c.price(), o=c.order(), ib=c.iban("AT"), gr=gruss(c, True), ag=a.full())


def sup_4(c):
    c.set_region("CH")
    p = c.person()
    n, k = prod(c)
    return c.fill(
        "Grüezi\n\nIch habe {art} {n} {k} im {m} bestellt und [[der Reissverschluss klemmt schon|die Naht an der Kapuze ist aufgegangen|die Schnalle ist gebrochen]]. "
        "Können Sie mir einen Ersatz an folgende Adresse schicken: {addr}? Sie erreichen mich auf dem Natel unter {ph}.\n\n{gr}\n{name}",
        art=art(n, "akk"), n=n, k=k, m=monat(c), addr=c.addr("CH", style=c.pick(["one", "two"])), ph=c.phone("CH", mobile=True), gr=gruss(c, True), name=p.full())


def sup_5(c):
    c.set_region("AT")
    p = c.person()
    return c.fill(
        "Servus Talgrat-Team,\n\nkurze Frage: Kann ich die Lieferadresse für {o} noch ändern? Ich bin im {m} bei meiner Schwester in {t}:\n{addr}\n"
        "[[Ihr Handy: {ph}, falls der Zusteller nicht klingeln kann.\n|]]\nLG {g}",
        o=c.order(), m=monat(c), t=ort(c), addr=c.addr("AT", style="two"), ph=c.phone("AT", mobile=True), g=c.pick([p.g(), p.full()]))


def sup_6(c):
    p = c.person()
    return c.fill(
        "Guten Tag,\n\nmir wurde die Bestellung {o} doppelt abgebucht ({k}). Bitte erstatten Sie eine der Zahlungen[[ auf mein Konto {ib}| per Überweisung an {ib}]].\n\n{gr}\n{sig}",
        o=c.order(), k=karte(c), ib=c.iban(), gr=gruss(c, True), sig=c.pick([p.full(), p.init_sur(), p.full()]))


# ---------------------------------------------------------------- reply_chain


def chain_1(c):
    p, a = c.person(), c.person()
    n, _ = prod(c)
    return c.fill(
        "{an},\n\n[[gute Nachrichten|danke für deine Geduld]] – {poss} Ersatz-{n} ist heute rausgegangen ({t}).\n\n{gr}\n{ag}\n\n"
        "Am {d} schrieb {pf} <{pm}>:\n> Hallo,\n> bei {poss2} {n} ist [[der Zipper abgebrochen|eine Naht offen|ein Fleck am Ärmel]].\n"
        "> Könnt ihr mir [[eine neue|Ersatz]] an {addr} schicken?\n> {pg}",
        an=anrede(c, p, False), poss="deine" if GENUS[n] == "f" else "dein", n=n, t=c.tracking(), gr=gruss(c, False), ag=a.g(), d=c.date(),
        pf=p.full(), pm=c.email(p), poss2=poss("mein", n, "dat"), addr=c.addr(style="one"), pg=p.g())


def chain_2(c):
    p, a = c.person(), c.person()
    return c.fill(
        "Danke, hat geklappt!\n{pg}\n\nVon: {af} <{am}>\nGesendet: {wd}, {d} {tm}\nAn: {pf} <{pm}>\nBetreff: AW: Bestellung {o}\n\n"
        "{an},\ndie Erstattung für {o} ist heute raus und sollte in 3–5 Werktagen auf Ihrem Konto sein.\n{gr}\n{ag}",
        pg=p.g(), af=a.full(), am=c.staff_email(a), wd=wtag(c), d=c.date(), tm=c.clock(), pf=p.full(), pm=c.email(p), o=c.order(),
        an=anrede(c, p, True), gr=gruss(c, True), ag=a.g())


def chain_3(c):
    p, a, b = c.person(), c.person(), c.person()
    return c.fill(
        "{bg}, kannst du das übernehmen? {K} möchte einen Rückruf.\n\n> Am {d} schrieb {af}:\n> Hallo {pg}, unter welcher Nummer erreiche ich dich am besten?\n>\n"
        ">> Am {d2} schrieb {pf} <{pm}>:\n>> Warte immer noch auf meine Erstattung. Bitte ruft mich an: {ph}\n>> {pf2}",
        bg=b.g(), K=er(p)[3], d=c.date(), af=a.full(), pg=p.g(), d2=c.date(), pf=p.full(), pm=c.email(p), ph=c.phone(), pf2=p.full())


def chain_4(c):
    p, a, b = c.person(), c.person(), c.person()
    n, _ = prod(c)
    return c.fill(
        "Zur Info, siehe unten – {pg} ist ein Fachhandelskontakt, bitte für den Herbstversand vormerken.\n{ag}\n\n"
        "---------- Weitergeleitete Nachricht ---------\nVon: {pf} <{pm}>\nDatum: {d}\nBetreff: Neuer Händler?\nAn: {bf} <{bm}>\n\n"
        "Hallo {bg}, wir haben ein kleines Bergsportgeschäft ({addr}) und würden gern {art} {n} ins Sortiment nehmen. Rufen Sie mich gern an: {ph}.",
        pg=p.g(), ag=a.g(), pf=p.full(), pm=c.email(p, work=True), d=c.date(), bf=b.full(), bm=c.staff_email(b), bg=b.g(),
        addr=c.addr(style="one"), art=art(n, "akk"), n=n, ph=c.phone(mobile=False))


# ---------------------------------------------------------------- signed_review


def rev_1(c):
    p = c.person()
    n, k = prod(c)
    stars = c.pick(["★★★★★", "★★★★☆", "★★★☆☆", "5/5", "4 von 5 Sternen"])
    body = c.pick([
        f"Mit {art(n, 'dat')} {n} ein [[verregnetes|windiges|langes]] Wochenende in den Bergen unterwegs gewesen und trocken geblieben. Fällt normal aus.",
        f"{art(n).capitalize()} {n} für meinen Freund gekauft, [[fällt etwas klein aus|passt perfekt|Ärmel minimal zu lang]]. Schöne Farbe.",
        f"Dritte Saison mit {poss('mein', n, 'dat')} {n} – nach [[unzähligen|vielen]] Wäschen immer noch top.",
        f"Nicht billig, aber {art(n)} {n} ist es wert. Die Taschen erreicht man auch mit Hüftgurt.",
    ])
    return c.fill("{st} [[Top|Passt|Gute Qualität|Empfehlenswert]]\n" + body + "\n– {sig}, {t}", st=stars, sig=c.pick([p.g_init(), p.full(), p.init_sur()]), t=ort(c))


def rev_2(c):
    p = c.person()
    n, k = prod(c)
    return c.fill(
        "Bewertet von {name} am {d}\nVerifizierter Kauf · {n} {k} · Gr. {s}\n"
        "[[Vom ersten Tag an bequem.|Nach zwei Touren eingelaufen.|Leichter als gedacht.]] [[Die Kapuze passt über den Helm.|Keine Blasen auf 20 km.|Lässt sich klein verstauen.]]\n"
        "[[12 Personen fanden das hilfreich|Hilfreich? 3|Hilfreich (7)]]",
        name=c.pick([p.full(), p.g_init()]), d=c.date(), n=n, k=k, s=c.size())


def rev_3(c):
    p = c.person()
    n, _ = prod(c)
    role = c.pick(["Bergwanderführerin" if p.gender == "f" else "Bergwanderführer", "Hüttenwirtin" if p.gender == "f" else "Hüttenwirt",
                   "Trailrunnerin" if p.gender == "f" else "Trailrunner", "Skilehrerin" if p.gender == "f" else "Skilehrer"])
    return c.fill(
        "„[[Ich führe seit Jahren in den|Ich bin fast jedes Wochenende in den|Ich habe schon viel Ausrüstung in den]] [[Allgäuer Alpen|Dolomiten|Hohen Tauern|Berner Alpen]] getestet – "
        "{art} {n} ist das Erste, was ich einpacke.“\n– {name}, {role}[[ aus {t}|]]",
        art=art(n), n=n, name=p.full(), role=role, t=ort(c))


def rev_4(c):
    p = c.person()
    return c.fill(
        "Bewertung von {name} | Gekaufte Größe: {s} | Körpergröße: {h} cm\nPlus: [[warm|leicht|viel Platz]], [[gute Taschen|raschelt nicht|trocknet schnell]]\n"
        "Minus: [[Preis|Farbe etwas dunkler als auf dem Bild|bisher nichts]]\n[[Würde ich wieder kaufen.|Klare Empfehlung.|Insgesamt zufrieden.]]",
        name=c.pick([p.init_sur(), p.g_init(), p.full()]), s=c.size(), h=c.pick(["163", "170", "176", "181", "188"]))


def rev_5(c):
    p = c.person()
    n, k = prod(c)
    return c.fill(
        "Seit [[zwei Wintern|einer Saison|drei Jahren]] im Einsatz[[ – auch auf dem Lechweg|, auch auf Hüttentouren|]] und [[hält super|keine Beschwerden|bin begeistert]].{extra}\n"
        "{name} ({age}), {t}",
        extra=c.pick([f" Die {k} ist genau wie beschrieben." if GENUS[n] == "f" else " Genau wie beschrieben.", " Lieferung war auch flott.",
                      " Wer viel drunter trägt, nimmt eine Nummer größer.", ""]),
        name=c.pick([p.g(), p.full()]), age=str(c.n(22, 74)), t=ort(c))


# ---------------------------------------------------------------- email_signature


def sig_1(c):
    p = c.person()
    role = c.pick(["E-Commerce-Managerin" if p.gender == "f" else "E-Commerce-Manager", "Teamleitung Kundenservice", "Content-Redaktion",
                   "Key Account Fachhandel", "Performance Marketing", "Produktmanagement Rucksäcke"])
    msg = c.pick(["Danke, ich melde mich morgen.", "Anbei die aktualisierte Preisliste.", "Bis Donnerstag!", "Passt – gern so umsetzen."])
    parts = [msg, "\n\n--\n", c.pick([p.full(), p.CAPS()]), "\n", role, "\nTalgrat Outdoor GmbH\n"]
    parts += c.fill("[[Mobil|M|Tel.]] {ph}\n{m}", ph=c.phone(mobile=True), m=c.staff_email(p))
    if c.chance(0.5):
        parts += ["\n\nTalgrat Outdoor GmbH · ", lab("Am Talgrat 12, 87599 Oberhalden", "STREET_ADDRESS"), "\nAmtsgericht Kempten HRB ", c.digits(5), " · Geschäftsführung: siehe Impressum"]
    return parts


def sig_2(c):
    p = c.person()
    return c.fill(
        "{gr}\n{g}\n\n{caps}\n[[Senior Account Managerin|Creative Director|Leitung Kooperationen|Producerin]]\n{co}\n{addr}\nTel. {t} | Mobil {m}",
        gr=gruss(c, False), g=p.g(), caps=c.pick([p.CAPS(), p.full()]), co=c.company(), addr=c.addr(style="two"), t=c.phone(mobile=False), m=c.phone(mobile=True))


def sig_3(c):
    p = c.person()
    return c.fill(
        "[[Ja, bitte so umtauschen.|Danke, ist angekommen!|Können Sie mir den neuen Liefertermin bestätigen?|Passt für mich.]]\n\n{name}\n{ph}\n\n"
        "[[Von meinem iPhone gesendet|Gesendet von Outlook für Android|Von meinem Samsung Galaxy gesendet]]",
        name=c.pick([p.full(), p.g()]), ph=c.phone(mobile=True))


def sig_4(c):
    p = c.person()
    web = c.pick(WORK_DOMAINS["de"])
    return c.fill(
        "Mit freundlichen Grüßen\n\n[[i. A. |i. V. |ppa. |]]{name}\n[[Einkauf|Disposition|Geschäftsleitung]] · {co}\n{m}\nTel.: {ph}\nwww.{web}",
        name=p.full(), co=c.company(), m=c.email(p, domain=web), ph=c.phone(mobile=False), web=web)


def sig_5(c):
    c.set_region("CH")
    p = c.person()
    return c.fill(
        "{gr}\n\n{name}\n{role}\n{co}\n{addr}\nT {ph}\nM {m}",
        role=c.pick(["Leiterin Einkauf", "Inhaberin", "Filialleiterin", "Geschäftsführerin"] if p.gender == "f" else ["Leiter Einkauf", "Inhaber", "Filialleiter", "Geschäftsführer"]),
        gr=gruss(c, True), name=p.full(), co=c.pick(["Bergsport Zgraggen AG", "Velo & Berg GmbH", "Alpin-Shop Luzern", "Sport Rüegg AG"]),
        addr=c.addr("CH", style="two"), ph=c.phone("CH", mobile=False), m=c.phone("CH", mobile=True))


# ---------------------------------------------------------------- copy_brief


def brief_1(c):
    o, w, a, r = c.person(), c.person(), c.person(), c.person()
    n, k = prod(c)
    return c.fill(
        "Briefing: [[Herbst-Newsletter|Feed-Titel Q3|Produktseite|Social-Karussell]] – {n} {k}\nVerantwortlich: {o}\nText: {w} ([[freie Texterin|freier Texter|Agentur]], {wm})\n"
        "Freigabe: {a} bis {d}\nHinweise: Testimonial von {r} ({t}) verwenden, [[Zitat am {d2} freigegeben|Einwilligung liegt vor]]. Keine Preise in der Headline, nicht „dauerhaft wasserdicht“.",
        n=n, k=k, o=o.full(), w=w.full(), wm=c.email(w), a=a.full(), d=c.date(), r=r.g_init(), t=ort(c), d2=c.date())


def brief_2(c):
    w, f, b, me = c.person(), c.person(), c.person(), c.person()
    n, _ = prod(c)
    return c.fill(
        "{an},\n\nanbei das Briefing für den [[Frühjahrs|Winter|Schulstart]]-Newsletter. Hero-Produkt ist {art} {n}; [[Tonalität wie im Voice-Guide, locker, kein Hype|kurz halten, maximal drei Blöcke]]. "
        "Die Fotos sind von {ff}, bitte als „Foto: {ff2}“ angeben. Deadline {d}. Fragen an mich oder {bg} unter {ph}.\n\n{gr}\n{me}",
        an=anrede(c, w, False), art=art(n), n=n, ff=f.full(), ff2=f.full(), d=c.date(), bg=b.g(), ph=c.phone(), gr=gruss(c, False), me=me.g())


def brief_3(c):
    r, s1, s2 = c.person(), c.person(), c.person()
    return c.fill(
        "## Briefing [[Feed-Titel|Kategorietexte|Anzeigentexte]] {q}\n- Auftraggeber/in: {r}\n- Deadline: {d}\n- Abstimmung mit: {s1}, {s2}\n"
        "- Produkte: {ps}\n- [[Claims vor Versand mit claims.md abgleichen.|Max. 150 Zeichen pro Titel.|Du-Ansprache, keine Ausrufezeichen.]]",
        q=c.pick(["Q1", "Q2", "Q3", "Q4"]), r=r.full(), d=c.date(), s1=s1.full(), s2=c.pick([s2.full(), s2.init_sur()]),
        ps=", ".join(c.some([n for _, n in val.SKUS], c.n(1, 3))))


def brief_4(c):
    p, a = c.person(), c.person()
    n, k = prod(c)
    return c.fill(
        "Creator-Briefing für {p} ({h})\nProdukt: {n} {k}, Gr. {s}, Farbe {col}\nMuster an: {addr}\nTelefon für den Kurier: {ph}\n"
        "Leistungen: 1 Reel, 3 Stories, [[Nutzungsrechte 6 Monate|Nutzungsrechte 12 Monate inkl. Paid Social]]\nAnsprechpartner/in bei Talgrat: {a}, {am}",
        p=p.full(), h=p.handle(c.rng), n=n, k=k, s=c.size(), col=c.colour(), addr=c.addr(style=c.pick(["one", "two"])), ph=c.phone(mobile=True),
        a=a.full(), am=c.staff_email(a))


# ---------------------------------------------------------------- team_chat


def chat_1(c):
    a, b, p, d = c.person(), c.person(), c.person(), c.person()
    h, m = c.n(7, 18), c.n(0, 50)
    return c.fill(
        "[{t1}] {a}: hat jemand das ticket von {pl} übernommen? {sie} hat schon dreimal geschrieben\n"
        "[{t2}] {b}: mach ich. nummer ist {ph} oder?\n[{t3}] {a}: jap. und frag {dl} bevor du den gutschein anbietest",
        t1=f"{h:02d}:{m:02d}", t2=f"{h:02d}:{m + 1:02d}", t3=f"{h:02d}:{m + 3:02d}", a=a.lg(), pl=p.lower(), sie=er(p)[0], b=b.lg(), ph=c.phone(), dl=d.lg())


def chat_2(c):
    a, b, p = c.person(), c.person(), c.person()
    return c.fill(
        "{af}  10:02\n{bh} kannst du das retourenlabel nochmal an {pf} schicken? neue adresse: {addr}\n"
        "{bf}  10:05\nerledigt 👍 [[hab auch eine notiz an die bestellung gehängt|ging auch an {pm}]]",
        af=a.full(), bh=b.handle(c.rng), pf=p.full(), addr=c.addr(style="one"), bf=b.full(), pm=c.email(p))


def chat_3(c):
    a, b, p = c.person(), c.person(), c.person()
    n, _ = prod(c)
    return c.fill(
        "{a}: [[kurze frage|sorry, blöde frage]] – wer war nochmal {k} mit {art} {n}, [[die undicht war|wo der zipper hakt|die nach einem tag gerissen ist]]?\n"
        "{b}: {pg} {ps}, ticket {tk}\n{a}: danke, ruf gleich an ({ph})\n{b}: 👍",
        a=a.lg(), k="die kundin" if p.gender == "f" else "der kunde", art=art(n, "dat"), n=n, b=b.lg(), pg=p.lg(), ps=p.ls(), tk=c.ticket(), ph=c.phone())


def chat_4(c):
    a, b, p = c.person(), c.person(), c.person()
    return c.fill(
        "[{d}, 08:55] {a}: [[moin|morgen|servus]]! paket für {pf} kam zurück „Empfänger unbekannt“\n[{d}, 08:57] {b}: komisch, wir haben {addr}\n"
        "[{d}, 08:58] {a}: ich glaub [[„Hinterhaus“|der Name am Klingelschild|die Top-Nummer]] fehlt. ich ruf an: {ph}",
        d=c.pick(["12.03.", "3.4.", "17.09.", "2.11."]), a=a.g(), pf=p.full(), b=b.g(), addr=c.addr(style="one"), ph=c.phone(mobile=True))


def chat_5(c):
    a, b, p = c.person(), c.person(), c.person()
    return c.fill(
        "{ah} {die} creator{in} von gestern ist {pl} – schick dir die daten per DM\n{b}: passt, ist {pgl} mit den nutzungsrechten einverstanden?\n"
        "{a}: ja, vertrag bitte an {pm}",
        ah=a.handle(c.rng), die="die" if p.gender == "f" else "der", **{"in": "in" if p.gender == "f" else ""}, pl=p.lower(), b=b.lg(), pgl=p.lg(), a=a.lg(), pm=c.email(p))


# ---------------------------------------------------------------- customer_chat


def cchat_1(c):
    p, a = c.person(), c.person()
    pc = val.town_alone(c.rng, c.region)[0]
    return c.fill(
        "Chat gestartet {d} {tm}\nBesucher: hallo, meine bestellung {o} ist noch nicht da\n{ag}: Hallo! Ich schau gern nach. Magst du mir deinen vollen Namen und die PLZ geben?\n"
        "Besucher: {pf}, {pc}\n{ag}: Danke, {pg}! Das Paket ist [[beim Zusteller|in Zustellung|im Paketzentrum]], voraussichtlich {wd} bei dir.\nBesucher: super danke",
        d=c.date(), tm=c.clock(), o=c.order(), ag=c.fill("Agent ({a})", a=a.g()), pf=c.pick([p.full(), p.lower()]), pc=pc, pg=p.g(), wd=wtag(c))


def cchat_2(c):
    p, a = c.person(), c.person()
    return c.fill(
        "Kund{in}: kann ich auch telefonisch zahlen? karte {cc} gültig bis {exp}\n"
        "Agent {ag}: Bitte keine Kartendaten im Chat posten – ich habe die Nachricht [[ausgeblendet|maskiert]]. Ich schicke dir stattdessen einen Zahlungslink per Mail.\n"
        "Kund{in}: ok {pm}\nKund{in}: {pf}",
        **{"in": "in" if p.gender == "f" else "e"}, cc=c.card(), exp=f"{c.n(1, 12):02d}/{c.n(26, 30)}", ag=a.g(), pm=c.email(p), pf=p.full())


def cchat_3(c):
    p = c.person()
    n, _ = prod(c)
    return c.fill(
        "Bot: Hallo! Wobei kann ich helfen?\nDu: retoure\nBot: Gern. Welche E-Mail-Adresse hast du bei der Bestellung verwendet?\nDu: {pm}\n"
        "Bot: Danke! Ich habe Bestellung {o} für {pf} gefunden ({n}). Soll ich ein Retourenlabel erstellen?\nDu: [[ja bitte|ja|ja, an {addr}]]",
        pm=c.email(p), o=c.order(), pf=p.full(), n=n, addr=c.addr(style="one"))


def cchat_4(c):
    p = c.person()
    n, _ = prod(c)
    return c.fill(
        "[DM] {h}: hey! gibt's {art} {n} auch in [[Kurzgröße|Langgröße|XXS]]?\n[DM] talgrat: Hi! Aktuell leider nicht. Sollen wir dir Bescheid geben, wenn es so weit ist?\n"
        "[DM] {h}: gerne! {pf}, {pm} 🙏",
        h=p.handle(c.rng), art=art(n, "akk"), n=n, pf=c.pick([p.full(), p.g()]), pm=c.email(p))


def cchat_5(c):
    p, a = c.person(), c.person()
    return c.fill(
        "{tm} {pg}: Guten Tag, ich muss meine Lieferadresse ändern\n{tm2} {ag} (Talgrat): Gern! Wie lautet die neue Adresse?\n"
        "{tm2} {pg}: {addr}\n{tm3} {ag} (Talgrat): Erledigt. Wir schicken eine SMS an {ph}, sobald das Paket unterwegs ist.",
        tm="14:02", tm2="14:03", tm3="14:05", pg=p.full(), ag=a.g(), addr=c.addr(style="one"), ph=c.phone(mobile=True))


# ---------------------------------------------------------------- call_note


def call_1(c):
    p = c.person()
    n, _ = prod(c)
    return c.fill(
        "Anruf {tm}, eingehend, {m} Min. Anrufer{in}: {pf} ({ph}).\nAnliegen: [[Reißverschluss an {art} {n} klemmt|Frage, ob {art2} {n} über ein Fleece passt|Reparatur {art3} {n}]].\n"
        "Ergebnis: [[Pflegehinweise geschickt|Reparatur gebucht|Umtausch angeboten]]; Bestätigung an {pm}.",
        tm=c.clock(), m=str(c.n(3, 25)), **{"in": "in" if p.gender == "f" else ""}, pf=p.full(), ph=c.phone(), art=art(n, "dat"), art2=art(n), art3=art(n, "gen"),
        n=n, pm=c.email(p))


def call_2(c):
    p = c.person()
    return c.fill(
        "AB-Nachricht von {h} {ps} um {tm}: [[Paket lag im Regen vor der Tür|Artikel fehlt in Bestellung {o}|möchte {o} stornieren]]. "
        "[[Bitte Rückruf unter|Rückruf erbeten:|Nummer:]] {ph}[[, am besten vormittags| nach 17 Uhr|]].",
        h=hon(c, p), ps=p.s(), tm=c.clock(), o=c.order(), ph=c.phone())


def call_3(c):
    p, q = c.person(), c.person()
    return c.fill(
        "Ausgehender Anruf – {co}\nMit {pf} ([[Inhaber|Filialleitung|Einkauf]]) gesprochen. Interesse an [[der Herbstkollektion|Kaltkar und Rinnental|einer Pop-up-Fläche]].\n"
        "{Sie} schickt die Abverkaufszahlen der letzten Saison. Entscheidung zusammen mit {qf} ({qm}) bis {d}.\nNochmal anrufen am {wd}, {ph}.",
        co=c.company(), pf=p.full(), Sie=er(p)[0].capitalize(), qf=q.full(), qm=c.email(q, work=True), d=c.date(), wd=wtag(c), ph=c.phone(mobile=False))


def call_4(c):
    p = c.person()
    return c.fill(
        "Rückruf bei {pg} wegen gerissenem Hüftgurt. [[Fotos sind da|Kassenbon liegt vor|Gekauft beim Fachhändler]]; Reparatur läuft über die Garantie. "
        "Abholung bei {addr} am {wd}. {mo} {ph}.",
        pg=c.pick([p.g(), p.full()]), addr=c.addr(style="one"), wd=wtag(c), mo=mobil(c), ph=c.phone(mobile=True))


# ---------------------------------------------------------------- order_return_note


def ret_1(c):
    p = c.person()
    n, k = prod(c)
    parts = c.fill("Retoure {r} – {pf}\nArtikel: 1× {n} {k}, Gr. {s}\nGrund: [[zu klein|zu groß|gefällt nicht|Reißverschluss defekt]]\n",
                   r=f"RMA-{c.digits(6)}", pf=p.full(), n=n, k=k, s=c.size())
    if c.chance(0.6):
        parts += c.fill("Erstattung per Überweisung auf {ib} (Kontoinhaber{in}: {pf})", ib=c.iban(), **{"in": "in" if p.gender == "f" else ""}, pf=p.full())
    else:
        parts += ["Erstattung auf die ursprüngliche Zahlungsart (", karte(c), ")"]
    return parts


def ret_2(c):
    p, w = c.person(), c.person()
    return c.fill(
        "Lagernotiz {d}: Paket von {addr} [[geöffnet|nass|ohne Retourenschein]] angekommen. Absender{in} {pf}. "
        "Inhalt: [[1 Jacke, Etikett dran|2 Paar Socken, eins getragen|Rucksack ohne Regenhülle]]. Geprüft: {wg}",
        d=c.date(), addr=c.addr(style="one"), **{"in": "in" if p.gender == "f" else ""}, pf=p.full(), wg=c.pick([w.init_sur(), w.full(), w.g_init()]))


def ret_3(c):
    p, q = c.person(), c.person()
    return c.fill(
        "Bestellung {o}\nKundenhinweis: „Falls ich nicht da bin, bitte bei {qf} [[im Hinterhaus|im 2. OG|nebenan]] abgeben oder in die Garage stellen.“\n"
        "Lieferadresse: {pf}, {addr}\nTelefon: {ph}",
        o=c.order(), qf=c.pick([q.full(), [hon(c, q).split()[0], " ", q.s()]]), pf=p.full(), addr=c.addr(style="one"), ph=c.phone())


def ret_4(c):
    p, q = c.person(), c.person()
    return c.fill(
        "Geschenkbestellung {o}\nEmpfänger{in}: {qf}\n{addr}\nGrußkarte: „Alles Gute zum [[Geburtstag|Ruhestand|Jahrestag]], {qg}! [[Für die nächste Hüttentour.|Bleib trocken!|Wir sehen uns am Berg.]] {dein} {pg}“\n"
        "Rechnung an: {pf}, {pm}",
        o=c.order(), **{"in": "in" if q.gender == "f" else ""}, qf=q.full(), addr=c.addr(style="two"), qg=q.g(), dein="Deine" if p.gender == "f" else "Dein",
        pg=p.g(), pf=p.full(), pm=c.email(p))


def ret_5(c):
    p = c.person()
    return c.fill(
        "Umtausch {o}: {pf} hat {n} in {s1} zurückgeschickt, möchte {s2}. [[Bestand ok, versendet|Nicht lagernd – Erstattung angeboten|Warten auf Nachlieferung]]. "
        "Am {d} [[SMS an {ph}|Mail an {pm}]] geschickt.",
        o=c.order(), pf=p.full(), n=c.product(), s1=c.size(), s2=c.size(), ph=c.phone(mobile=True), pm=c.email(p), d=c.date())


# ---------------------------------------------------------------- prose_mention (nur Namen aus den Listen, ohne Hinweiswort)


def mention_1(c):
    a, b = c.person(cue=False), c.person(cue=False)
    return c.fill(
        "{af} und {bf} haben am Wochenende den Pop-up-Store in {t} betreut und zusammen {n} Regenjacken verkauft[[ – Rekord| und fast alle Socken]]. "
        "[[Als Nächstes geht es nach|Im {m} ziehen sie weiter nach]] {t2}.",
        af=a.full(), bf=b.full(), t=ort(c), n=str(c.n(12, 80)), m=monat(c), t2=ort(c))


def mention_2(c):
    a, b = c.person(cue=False), c.person(cue=False)
    n, _ = prod(c)
    return c.fill(
        "Nachdem {af} das Größenproblem bei {art} {n} gemeldet hatte, hat {bf} die Größentabelle überarbeitet – [[seitdem gibt es ein Drittel weniger Umtausche|die Retourenquote ist spürbar gesunken]].",
        af=a.full(), art=art(n, "dat"), n=n, bf=b.full())


def mention_3(c):
    a, b, d = c.person(cue=False), c.person(cue=False), c.person(cue=False)
    return c.fill(
        "Die Fotos sind [[super|besser als geplant]] geworden: {af} war zwei Tage mit {bf} und {df} am [[Nebelhorn|Hochgrat|Grünten|Säntis]] unterwegs, "
        "und {bg} hat [[bei Graupel|im Morgengrauen]] die Drohnenbilder gemacht.",
        af=a.full(), bf=b.full(), df=d.full(), bg=b.g())


def mention_4(c):
    a, b, d = c.person(cue=False), c.person(cue=False), c.person(cue=False)
    return c.fill(
        "Kurz zusammengefasst: {ag} kümmert sich um die Feed-Titel, {bg} gleicht die GTINs mit den neuen Etiketten ab, und {df} [[übernimmt die Händlertelefonate|pflegt die Händlerliste]], "
        "bis {ag} aus dem Urlaub zurück ist.",
        ag=a.g(), bg=b.g(), df=d.full())


def mention_5(c):
    a = c.person(cue=False)
    return c.fill(
        "Als {af} im {m} den [[Maximiliansweg|Lechweg|E5 von Oberstdorf nach Meran|Alpe-Adria-Trail]] gegangen ist, hat {ag} [[sechs Tage lang dasselbe Morgengrat-Shirt getragen|den ersten Steinlauf-Prototyp getestet]]. "
        "[[Die Notizen gingen direkt an die Produktentwicklung.|Die Hälfte der Änderungen stammt aus diesen Notizen.]]",
        af=a.full(), m=monat(c), ag=a.g())


# ---------------------------------------------------------------- out_of_office


def ooo_1(c):
    me, p = c.person(), c.person()
    return c.fill(
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {d} nicht im Büro und habe [[keinen|nur eingeschränkten]] Zugriff auf meine E-Mails. "
        "In dringenden Fällen wenden Sie sich bitte an {pf} ({pm}[[, Tel. {ph}|]]).\n\n{gr}\n{mf}",
        d=c.date(), pf=p.full(), pm=c.staff_email(p), ph=c.phone(), gr=gruss(c, True), mf=me.full())


def ooo_2(c):
    me, p, q = c.person(), c.person(), c.person()
    return c.fill(
        "Automatische Antwort: [[AW: Bestandsabfrage|Rechnung 4471|Musteranfrage]]\n\nHallo, ich bin bis {m} [[in Elternzeit|im Sabbatical|im Urlaub]]. "
        "Bestellungen und Bestand: {pf}, {pm}. Presse und Kooperationen: {qf}, {qm}.\n{mf}",
        m=monat(c), pf=p.full(), pm=c.staff_email(p), qf=q.full(), qm=c.staff_email(q), mf=me.full())


def ooo_3(c):
    me, p = c.person(), c.person()
    return c.fill("Bin bis [[Montag|zum 14.|nächste Woche]] weg. Dringend? Ruf {pg} an: {ph}. – {mf}", pg=p.g(), ph=c.phone(mobile=True), mf=c.pick([me.full(), me.g()]))


def ooo_4(c):
    c.set_region("CH")
    me, p = c.person(), c.person()
    return c.fill(
        "Grüezi, besten Dank für Ihre Nachricht. Diese Woche bin ich im [[Lager|Showroom]] ({addr}) und lese Mails nur am Abend. "
        "Für Retouren hilft Ihnen {pf} gerne weiter: {ph}.\n{gr}\n{mf}",
        addr=c.addr("CH", style="one"), pf=p.full(), ph=c.phone("CH", mobile=False), gr=gruss(c, True), mf=me.full())


# ---------------------------------------------------------------- ugc_permission


def ugc_1(c):
    p = c.person()
    n, _ = prod(c)
    return c.fill(
        "Hi {h}! Dein Foto mit {art} {n} am [[Säntis|Zugspitzgipfel|Hochkönig|Watzmann]] ist großartig. Dürfen wir es auf unseren Kanälen und auf der Produktseite teilen? "
        "Wir würden dich als {h} nennen.\n\nAntwort: [[klar, gerne!|ja, passt]] Ich bin {pf}, {pm}",
        h=p.handle(c.rng), art=art(n, "dat"), n=n, pf=p.full(), pm=c.email(p))


def ugc_2(c):
    p = c.person()
    return c.fill(
        "Bildrechte-Bestätigung\nFotograf/in: {pf}\nInstagram: {h}\nE-Mail: {pm}\nBild: IMG_{img}.jpg\nBildnachweis: „Foto: {pf2}“\n"
        "Nutzung: [[Social Media organisch, 12 Monate|Website und Newsletter|alle Kanäle außer Paid Ads]]\nUnterschrieben am {d}",
        pf=p.full(), h=p.handle(c.rng), pm=c.email(p), img=c.digits(4), pf2=c.pick([p.full(), p.g_init()]), d=c.date())


def ugc_3(c):
    p = c.person()
    return c.fill(
        "UGC von {pf} für die [[Herbst|Winter|Frühjahrs]]kampagne freigegeben; {sie} möchte nicht, dass wir den Ort taggen. Gutscheincode an {pm} geschickt. "
        "[[Belegexemplar an {addr}.|Keine Print-Nutzung.]]",
        pf=p.full(), sie=er(p)[0], pm=c.email(p), addr=c.addr(style="one"))


def ugc_4(c):
    p = c.person()
    return c.fill(
        "Hallo, ihr dürft mein Foto vom [[Tegelberg|Schrecksee|Hohen Ifen|Rubihorn]] gerne verwenden. Bitte nennt mich als {cr} – danke! Meine Adresse für den Gutschein: {addr}\n{gr}\n{pf}",
        cr=c.pick([p.g_init(), p.init_sur()]), addr=c.addr(style=c.pick(["one", "two"])), gr=gruss(c, False), pf=p.full())


# ---------------------------------------------------------------- price_match


def pm_1(c):
    p = c.person()
    n, _ = prod(c)
    return c.fill(
        "Hallo, ich habe {art} {n} bei einem anderen Shop für {pr} gesehen. Macht ihr eine Preisanpassung? Meine Bestellnummer ist {o}.\n{gr}\n{pf}\n{ph}",
        art=art(n, "akk"), n=n, pr=c.price(), o=c.order(), gr=gruss(c, False), pf=p.full(), ph=c.phone())


def pm_2(c):
    p, a = c.person(), c.person()
    return c.fill(
        "{an},\n\neine Preisgarantie bieten wir nicht an – aus Kulanz haben wir Ihnen die Differenz von {pr} aber auf Ihre {k} erstattet. "
        "[[Die Gutschrift sehen Sie in den nächsten Tagen.|Sie erscheint auf Ihrer nächsten Abrechnung.]]\n\n{gr}\n{ag}",
        an=anrede(c, p, True), pr=c.price(), k=c.pick(["Karte mit Endziffern ", "Kreditkarte mit Endung "]) + c.digits(4), gr=gruss(c, True), ag=a.full())


def pm_3(c):
    p, a = c.person(), c.person()
    return c.fill(
        "Preisanpassung freigegeben für {pf} ({pm}), Differenz {pr}. Erstattung per Überweisung an {ib}. Freigabe: {ai}.",
        pf=p.full(), pm=c.email(p), pr=c.price(), ib=c.iban(), ai=a.init_sur())


def pm_4(c):
    p = c.person()
    return c.fill(
        "Preisanfrage #{n} von {pf}: Konkurrenzangebot für {pr_} zu {pr}, eingereicht am {d} um {tm} von {ip}. "
        "[[Graumarktware – abgelehnt.|Gleiche Artikelnummer, genehmigt.|Link tot, Screenshot angefragt.]]",
        n=c.digits(4), pf=p.full(), pr_=c.product(), pr=c.price(), d=c.date(), tm=c.clock(), ip=c.ip())


# ---------------------------------------------------------------- ambassador_application


def amb_1(c):
    p = c.person()
    role = c.pick(["Bergwanderführerin", "Kletterlehrerin", "Trailrunnerin"] if p.gender == "f" else ["Bergwanderführer", "Kletterlehrer", "Trailrunner"])
    return c.fill(
        "Hallo liebes Talgrat-Team,\n\nich bin {pf}, {role} aus {t}. Ich trage eure Sachen seit zwei Saisons und würde gern Teil des Botschafterprogramms werden. "
        "Mein Instagram: {h} ({k} Tsd. Follower).\n\nTel.: {ph}\n{gr}\n{pg}",
        pf=p.full(), role=role, t=ort(c), h=p.handle(c.rng), k=str(c.n(2, 60)), ph=c.phone(), gr=gruss(c, False), pg=p.g())


def amb_2(c):
    p = c.person()
    contact = c.shuffle([c.fill("Anschrift: {addr}", addr=c.addr(style="one")), c.fill("E-Mail: {pm}", pm=c.email(p)), c.fill("Telefon: {ph}", ph=c.phone())])
    return c.lines(
        c.fill("[[Bewerbung Markenbotschafter/in|Bewerbung Botschafterprogramm|Neue Bewerbung – Botschafter:innen]]"),
        c.fill("Name: {pf}", pf=p.full()), f"Geburtsdatum: {c.n(1, 28):02d}.{c.n(1, 12):02d}.{c.n(1970, 2003)}", *contact,
        c.fill("Social: {h}", h=p.handle(c.rng)),
        c.fill("Warum Talgrat: [[Ich bin bei jedem Wetter draußen und brauche Kleidung, die hält.|Reparieren statt wegwerfen ist mir wichtig.|Ich trage die Firstwand seit drei Jahren.]]"))


def amb_3(c):
    p, q = c.person(), c.person()
    return c.fill(
        "Shortlist: {pf} ([[Bergführer{in1} in Oberstdorf|Skitourengeher{in1}|Hüttenwirt{in1}]]), {qf} ([[Ultraläufer{in2}|Bikepacker{in2}|Kletterer]]). "
        "{pg} hat {k} Tsd. Follower, {qg} eine kleinere, aber sehr aktive Community. Beide nächste Woche anrufen ({ph1} / {ph2}).",
        pf=p.full(), in1="in" if p.gender == "f" else "", qf=q.full(), in2="in" if q.gender == "f" else "", pg=p.g(), k=str(c.n(3, 40)), qg=q.g(),
        ph1=c.phone(), ph2=c.phone())


def amb_4(c):
    p = c.person()
    parts = c.fill("Willkommen an Bord, {pg}! Für die Provisionsauszahlung brauchen wir noch:\nKontoinhaber/in: {pf}\nIBAN: {ib}\n",
                   pg=p.g(), pf=p.full(), ib=c.iban())
    if c.region == "DE" or c.chance(0.3):
        parts += c.fill("Steuer-ID: {tx}\n", tx=c.taxid())
    parts += [c.pick(["Danke – Team Partnerschaften", "Danke dir! Team Kooperationen"])]
    return parts


# ---------------------------------------------------------------- quote_approval


def quote_1(c):
    p, a = c.person(), c.person()
    n, _ = prod(c)
    return c.fill(
        "{an},\n\nnochmal danke für deine schöne Bewertung {art} {n}. Wir würden diesen Satz gern im [[Herbstkatalog|nächsten Newsletter|Schaufenster]] verwenden: "
        "„[[Nach neun Stunden am Grat immer noch trocken.|Die einzige Jacke, die ich noch einpacke.|Warm, ohne aufzutragen.]]“ – mit der Nennung „{cr}, {t}“. Ist das okay für dich?\n\n{gr}\n{af}",
        an=anrede(c, p, False), art=art(n, "gen"), n=n, cr=p.g_init(), t=ort(c), gr=gruss(c, False), af=a.full())


def quote_2(c):
    p = c.person()
    return c.fill(
        "Ja, passt – aber bitte mit {alt} statt mit meinem Vornamen[[, wegen der Arbeit| wenn möglich|]]. Danke!\n{pf}\n{pm}",
        alt=p.init_sur(), pf=p.full(), pm=c.email(p))


def quote_3(c):
    a, b, d = c.person(), c.person(), c.person()
    items = c.shuffle([c.fill("- {af} ✔ ({d1})", af=a.full(), d1=c.date()), c.fill("- {bf} offen (nachgefasst am {d2})", bf=b.full(), d2=c.date()),
                       c.fill("- {df} abgelehnt", df=d.full())])
    return c.lines(c.fill("Zitatfreigaben [[Katalog|Landingpage]]:"), *items,
                   c.fill("[[Falls {bg} sich nicht meldet, nehmen wir die Bewertung aus Graz.|Deadline Freitag.]]", bg=b.g()))


def quote_4(c):
    p = c.person()
    return c.fill(
        "Freigegebenes Zitat: „[[Die besten Socken, die ich je hatte.|Sitzt wie maßgeschneidert.|Hat eine Woche Dauerregen überstanden.]]“\nQuelle: Bewertung von {pf} ({pm}) vom {d}\n"
        "Einwilligung erfasst am {d2} um {tm} von IP {ip}[[, Formular v3|]].",
        pf=p.full(), pm=c.email(p), d=c.date(), d2=c.date(), tm=c.clock(), ip=c.ip())


# ---------------------------------------------------------------- restock_request


def rest_1(c):
    p = c.person()
    n, _ = prod(c)
    return c.fill(
        "Hallo, wisst ihr schon, wann {art} {n} in {col}, Größe {s}, wieder da ist? Gebt mir bitte unter {pm} Bescheid.\n[[Danke & LG|Danke!|Viele Grüße]] {pg}",
        art=art(n), n=n, col=c.colour(), s=c.size(), pm=c.email(p), pg=p.g())


def rest_2(c):
    p = c.person()
    return c.fill(
        "Wiederverfügbarkeit: {pf} möchte {n} in {s} ([[egal welche Farbe|nur {col}]]). Bitte unter {ph} anrufen, sobald Ware da ist – "
        "[[zahlt telefonisch|kommt in den Showroom]].",
        pf=p.full(), n=c.product(), s=c.size(), col=c.colour(), ph=c.phone())


def rest_3(c):
    p, q = c.person(), c.person()
    n, _ = prod(c)
    rel = c.pick(["Mann", "Sohn", "Partner", "Vater"] if q.gender == "m" else ["Frau", "Tochter", "Partnerin", "Mutter"])
    return c.fill(
        "Liebes Talgrat-Team,\n{mein} {rel} {qg} hat {sein} {n} nach vielen Jahren aufgetragen. Könnt ihr uns eine neue in {s} zurücklegen, sobald sie wieder da ist?\n"
        "{gr}\n{pf}\n{addr}",
        mein="mein" if q.gender == "m" else "meine", rel=rel, qg=q.g(), sein=poss("sein" if q.gender == "m" else "ihr", n, "akk"), n=n, s=c.size(),
        gr=gruss(c, False), pf=p.full(), addr=c.addr(style="two"))


def rest_4(c):
    p = c.person()
    n, _ = prod(c)
    return c.fill(
        "{an}, gute Nachricht – {art} {n} in {s} ist wieder da. Wir haben bis {d} ein Exemplar für Sie zurückgelegt. [[Antworten Sie einfach auf diese Mail|Rufen Sie uns kurz an]], "
        "sonst schicken wir es wie besprochen an {addr}.",
        an=anrede(c, p, True), art=art(n), n=n, s=c.size(), d=c.date(), addr=c.addr(style="one"))


# ---------------------------------------------------------------- Layouts: lead_list


def lead_1(c):
    rows = [row(["Name", "E-Mail", "Telefon", "Firma", "Ort"], sep=";")]
    for _ in range(c.n(3, 6)):
        p = c.person(cue=False)
        rows.append(row([c.pick([p.lf(), p.lf(), p.LF()]), c.email(p, work=True), c.phone(mobile=False), c.company(), ort(c)], sep=";"))
    return c.lines(*rows)


def lead_2(c):
    rows = [row(["Anrede", "Titel", "Nachname", "Vorname", "Firma", "E-Mail"], sep=";")]
    for _ in range(c.n(3, 5)):
        p = c.person(cue=False)
        rows.append(row(["Frau" if p.gender == "f" else "Herr", c.pick(["", "", "Dr.", "Mag."] if c.region == "AT" else ["", "", "", "Dr."]), c.pick([p.SUR(), p.s()]), p.g(),
                         c.company(), c.email(p, work=True)], sep=";"))
    return c.lines(*rows)


def lead_3(c):
    rows = [row(["Vorname", "Nachname", "E-Mail", "Land", "Quelle"], sep="\t", quote=False)]
    for _ in range(c.n(3, 6)):
        p = c.person(cue=False)
        rows.append(row([p.g(), p.s(), c.email(p), c.pick(["DE", "AT", "CH", "DE"]), c.pick(["Newsletter", "Messe", "Webshop", "Empfehlung"])], sep="\t", quote=False))
    return c.lines(*rows)


def lead_4(c):
    out = [c.fill("Messekontakte [[OutDoor by ISPO|Hausmesse Kempten|Fachhandelstag Innsbruck]], {d}", d=c.date())]
    for i in range(c.n(2, 4)):
        p = c.person(cue=False)
        out.append(c.fill("{i}. {n} – [[Einkauf|Inhaber/in|Filialleitung]] – {co} – {m} – {ph}", i=str(i + 1), n=p.LF(), co=c.company(), m=c.email(p, work=True), ph=c.phone()))
    return c.lines(*out)


# ---------------------------------------------------------------- Layouts: feed_row


def feed_1(c):
    p = c.person()
    sku, name = c.pick(val.SKUS)
    head = "id\ttitle\tgtin\tprice\tbrand\tavailability\tcustom_label_0"
    return c.lines(head, c.fill("{sku}-{s}\t{t}\t{g}\t{pr} EUR\tTalgrat\tin_stock\tAnsprechpartner{in}: {pf}", sku=sku, s=c.size(),
                                   t=f"Talgrat {name} {val.PRODUCT_KIND['de'][name]}", g=c.gtin(), pr=val.PRICES[sku].replace(",", "."),
                                   **{"in": "in" if p.gender == "f" else ""}, pf=p.full()))


def feed_2(c):
    p = c.person()
    pm, ph = c.email(p, work=True), c.phone(mobile=False)
    rows = [row(["Artikelnummer", "Bezeichnung", "EAN", "Ansprechpartner", "E-Mail", "Telefon"], sep=";")]
    for _ in range(c.n(1, 3)):
        sku, name = c.pick(val.SKUS)
        rows.append(row([f"{sku}-{c.size()}", f"{name} {val.PRODUCT_KIND['de'][name]}", c.gtin(), p.full(), pm, ph], sep=";"))
    return c.lines(*rows)


def feed_3(c):
    p = c.person()
    sku, name = c.pick(val.SKUS)
    return c.fill(
        "<item>\n  <g:id>{sku}</g:id>\n  <g:title>{t}</g:title>\n  <g:gtin>{g}</g:gtin>\n  <g:price>{pr} EUR</g:price>\n"
        "  <kontakt_name>{pf}</kontakt_name>\n  <kontakt_mail>{pm}</kontakt_mail>\n</item>",
        sku=f"{sku}-{c.size()}", t=f"{name} {val.PRODUCT_KIND['de'][name]}", g=c.gtin(), pr=val.PRICES[sku].replace(",", "."), pf=p.full(), pm=c.staff_email(p))


def feed_4(c):
    p, q = c.person(), c.person()
    lines = [c.fill("Feed-Diagnose {d} – [[Merchant Center|Shopping-Feed|Marktplatz-Feed]]", d=c.date())]
    for _ in range(c.n(2, 3)):
        who = c.pick([p, q])
        lines.append(c.fill("{sku}: [[abgelehnt (GTIN fehlt)|Preis weicht ab|Bild zu klein|Titel zu lang]] — zugewiesen an {w} <{m}>", sku=c.sku(), w=who.full(), m=c.staff_email(who)))
    return c.lines(*lines)


# ---------------------------------------------------------------- Layouts: crm_export


def crmx_1(c):
    p = c.person()
    a = c.addr_obj(prefix=False)
    items = [("kundennummer", c.custno()), ("anrede", "Frau" if p.gender == "f" else "Herr"), ("vorname", p.g()), ("nachname", p.s()), ("email", c.email(p)),
             ("telefon", c.phone()), ("adresse", [("strasse", lab(a.street, "STREET_ADDRESS")), ("plz", a.postcode), ("ort", a.townname), ("land", a.country)]),
             ("newsletter", c.pick([True, False]))]
    return json_obj(items)


def crmx_2(c):
    p = c.person()
    return c.fill(
        "kontakt:\n  name: {pf}\n  email: {pm}\n  telefon: \"{ph}\"\n  adresse: \"{addr}\"\n  tags: {tags}\n  betreuer: {of}",
        pf=p.full(), pm=c.email(p), ph=c.phone(), addr=c.addr(style="one"), tags=c.pick(["[fachhandel, at]", "[vip]", "[newsletter, retoure]", "[]"]), of=c.person().full())


def crmx_3(c):
    out = ["["]
    for i in range(2):
        p = c.person(cue=False)
        out += json_obj([("name", p.full()), ("email", c.email(p)), ("letzte_bestellung", c.order()), ("umsatz", "#" + str(c.n(40, 900)))], compact=True)
        out.append(",\n" if i == 0 else "")
    out.append("]")
    return out


def crmx_4(c):
    p = c.person()
    return c.fill(
        "event: kunde.geaendert\nzeitpunkt: \"{d}T{h}:{mi}:00+01:00\"\ndaten:\n  kunden_id: {cid}\n  aenderungen:\n    email: [\"{old}\", \"{new}\"]\n"
        "    lieferadresse: \"{addr}\"\n  ausgeloest_von: {actor}\n  ip: \"{ip}\"",
        d=f"{c.n(2024, 2026)}-{c.n(1, 12):02d}-{c.n(1, 28):02d}", h=f"{c.n(0, 23):02d}", mi=f"{c.n(0, 59):02d}", cid=c.digits(8),
        old=c.email(p), new=c.email(p), addr=c.addr(style="one"), actor=c.pick(["kunde", "support"]), ip=c.ip())


# ---------------------------------------------------------------- Layouts: webinar_export


def web_1(c):
    rows = ["Name\tE-Mail\tBeitritt\tVerlassen\tDauer (Min.)\tIP-Adresse"]
    for _ in range(c.n(3, 5)):
        p = c.person(cue=False)
        h = c.n(18, 19)
        a, b = c.n(0, 9), c.n(0, 9)
        rows.append(c.fill("{n}\t{m}\t{h}:0{a}\t{h}:5{b}\t{d}\t{ip}", n=p.full(), m=c.email(p), h=str(h), a=str(a), b=str(b), d=str(50 + b - a), ip=c.ip()))
    return c.lines(c.fill("Webinar: [[Schichtprinzip im Winter|Pflege deiner Regenjacke|Packen für die Hüttentour]] – Teilnehmerbericht"), *rows)


def web_2(c):
    rows = [row(["Vorname", "Nachname", "E-Mail", "Firma", "Anmeldezeit", "Quelle"], sep=";")]
    for _ in range(c.n(3, 5)):
        p = c.person(cue=False)
        rows.append(row([p.g(), p.s(), c.email(p), c.pick(["", "", c.company()]), f"{c.date()} {c.clock()}", c.pick(["Newsletter", "Instagram", "Website", "Partner"])], sep=";"))
    return c.lines(*rows)


def web_3(c):
    rows = ["Frage\tGestellt von\tUhrzeit\tBeantwortet von"]
    staff = c.person()
    for _ in range(c.n(2, 4)):
        p = c.person(cue=False)
        q = c.pick(["Passt die Kaltkar unter eine Hardshell?", "Kann ich Merino bei 40 Grad waschen?", "Ist der Fernkamm auch für Frauen geeignet?",
                    "Wie imprägniere ich meine Jacke?", "Gibt es den Reparaturservice auch in Österreich?"])
        rows.append(c.fill("{q}\t{n}\t{t}\t{s}", q=q, n=p.full(), t=f"19:{c.n(10, 59)}", s=staff.full()))
    return c.lines(*rows)


def web_4(c):
    rows = [row(["E-Mail", "Frage 1", "Frage 2", "Name"], sep=";")]
    for _ in range(c.n(3, 5)):
        p = c.person(cue=False)
        rows.append(row([c.email(p), c.pick(["ja", "nein", "vielleicht"]), c.pick(["A", "B", "C"]), c.pick([p.full(), p.g()])], sep=";"))
    return c.lines("Umfrageergebnisse – Termin 2", *rows)


# ---------------------------------------------------------------- Layouts: markdown_table


def md_1(c):
    rows = []
    for _ in range(c.n(3, 5)):
        p = c.person(cue=False)
        rows.append([p.full(), c.pick(["Kasse", "Beratung", "Lager", "Leitung"]), c.phone(mobile=True), c.staff_email(p)])
    return [c.fill("### Pop-up {t} – Team\n\n", t=ort(c))] + md_table(["Name", "Aufgabe", "Mobil", "E-Mail"], rows)


def md_2(c):
    rows = []
    for _ in range(c.n(3, 4)):
        p = c.person(cue=False)
        rows.append([p.full(), c.size(), c.addr(style="one"), c.pick(["✅", "❌", "offen"])])
    return ["Testpanel Steinlauf v2\n\n"] + md_table(["Tester/in", "Größe", "Adresse", "Zurück"], rows)


def md_3(c):
    rows = []
    for _ in range(c.n(2, 4)):
        p = c.person()
        rows.append([p.full(), p.handle(c.rng), c.email(p), f"{c.n(2, 30) * 50} €"])
    return md_table(["Creator", "Handle", "Kontakt", "Honorar"], rows)


def md_4(c):
    rows = []
    for d in c.some(["Mo", "Di", "Mi", "Do", "Fr", "Sa"], c.n(3, 5)):
        p = c.person(cue=False)
        rows.append([d, c.pick([p.g(), p.full()]), c.phone(mobile=True)])
    return ["**Retourendienst – Wochenplan**\n\n"] + md_table(["Tag", "Wer", "Telefon"], rows)


# ---------------------------------------------------------------- Layouts: html_form


def html_1(c):
    p = c.person()
    return c.fill(
        "<form action=\"/kontakt\" method=\"post\">\n  <input name=\"vorname\" value=\"{g}\">\n  <input name=\"nachname\" value=\"{s}\">\n"
        "  <input type=\"email\" name=\"email\" value=\"{m}\">\n  <input name=\"telefon\" value=\"{ph}\">\n"
        "  <textarea name=\"nachricht\">[[Gibt es die Kaltkar in XXL?|Ich brauche einen Kostenvoranschlag für eine Reparatur.|Bitte um Rückruf.]]</textarea>\n</form>",
        g=p.g(), s=p.s(), m=c.email(p), ph=c.phone())


def html_2(c):
    p = c.person()
    return c.fill(
        "<h2>Neue Kontaktanfrage</h2>\n<p><strong>Name:</strong> {pf}</p>\n<p><strong>E-Mail:</strong> {pm}</p>\n"
        "<p><strong>Bestellung:</strong> {o}</p>\n<p><strong>Nachricht:</strong> [[Falsche Farbe geliefert.|Kann ich das noch zurückschicken?|Der Reißverschluss ist kaputt.]]</p>\n"
        "<p style=\"color:#888\">Gesendet von {ip}</p>",
        pf=p.full(), pm=c.email(p), o=c.order(), ip=c.ip())


def html_3(c):
    p = c.person()
    return c.fill(
        "<table class=\"kunde\">\n<tr><th>Kunde</th><td>{pf}</td></tr>\n<tr><th>Telefon</th><td>{ph}</td></tr>\n"
        "<tr><th>Adresse</th><td>{addr}</td></tr>\n<tr><th>Bestellung</th><td>{o}</td></tr>\n</table>",
        pf=p.full(), ph=c.phone(), addr=c.addr(style="one"), o=c.order())


def html_4(c):
    p = c.person()
    a = c.addr_obj()
    return c.fill(
        "<fieldset id=\"lieferadresse\">\n  <input id=\"name\" value=\"{pf}\">\n  <input id=\"strasse\" value=\"{st}\">\n  <input id=\"plz\" value=\"{pc}\">\n"
        "  <input id=\"ort\" value=\"{city}\">\n  <input id=\"telefon\" value=\"{ph}\">\n</fieldset>",
        pf=p.full(), st=lab(a.street, "STREET_ADDRESS"), pc=a.postcode, city=a.townname, ph=c.phone())


# ---------------------------------------------------------------- Layouts: sql_dump


def sql_1(c):
    out = ["INSERT INTO kunden (id, vorname, nachname, email, telefon) VALUES\n"]
    n = c.n(2, 4)
    for i in range(n):
        p = c.person(cue=False, noapos=True)
        out += ["(", str(c.n(10000, 99999)), ", ", sql_val(p.g()), ", ", sql_val(p.s()), ", ", sql_val(c.email(p)), ", ", sql_val(c.phone()), ")"]
        out.append(",\n" if i < n - 1 else ";")
    return out


def sql_2(c):
    lines = [" id   | name                 | email                        | ort", "------+----------------------+------------------------------+-----------"]
    for _ in range(c.n(2, 4)):
        p = c.person(cue=False)
        lines.append(c.fill(" {i} | {n} | {m} | {t}", i=c.digits(4), n=p.full(), m=c.email(p), t=ort(c)))
    lines.append(f"({len(lines) - 2} Zeilen)")
    return c.lines(*lines)


def sql_3(c):
    p = c.person(cue=False, noapos=True)
    return c.fill("UPDATE kunden\n   SET lieferadresse = {a}, telefon = {ph}\n WHERE email = {m};\n-- auf Kundenwunsch, Ticket {tk}",
                  a=sql_val(c.addr(style="one")), ph=sql_val(c.phone()), m=sql_val(c.email(p)), tk=c.ticket())


def sql_4(c):
    p = c.person(cue=False, noapos=True)
    return c.fill(
        "mysql> SELECT id, name, iban FROM auszahlungen WHERE status = 'fehlgeschlagen';\n+------+------------------+-------------------------------+\n"
        "| {i} | {n} | {ib} |\n+------+------------------+-------------------------------+\n1 row in set (0.01 sec)",
        i=c.digits(4), n=p.full(), ib=c.iban())


# ---------------------------------------------------------------- Layouts: server_log


def log_1(c):
    lines = []
    for _ in range(c.n(3, 5)):
        path = c.pick(["/de/produkte/firstwand", "/warenkorb", "/kasse/versand", "/konto/bestellungen", "/de/suche?q=merino"])
        lines.append(c.fill("{ip} - - [{d}:{h}:{m}:{s} +0100] \"GET {p} HTTP/2\" {st} {b}", ip=c.ip(), d=f"{c.n(10, 28)}/Mar/2025", h=f"{c.n(0, 23):02d}",
                            m=f"{c.n(0, 59):02d}", s=f"{c.n(0, 59):02d}", p=path, st=c.pick(["200", "200", "302", "404"]), b=str(c.n(300, 90000))))
    return c.lines(*lines)


def log_2(c):
    p = c.person()
    day, h, mi = f"2025-0{c.n(1, 9)}-{c.n(10, 28)}", c.n(10, 22), c.n(10, 57)
    return c.fill(
        "{ts} INFO  [kasse] bestellung={o} kunde=\"{pf}\" email={pm} ip={ip}\n{ts} WARN  [zahlung] 3DS-Prüfung für bestellung={o}\n{ts2} INFO  [kasse] bestellung={o} status=bezahlt",
        ts=f"{day}T{h}:{mi}:{c.n(10, 29)}+01:00", ts2=f"{day}T{h}:{mi + 2}:{c.n(10, 59)}+01:00",
        o=c.order(), pf=p.full(), pm=c.email(p), ip=c.ip())


def log_3(c):
    p = c.person()
    return c.fill(
        "{t} auth: Anmeldung fehlgeschlagen für {pm} von {ip1} (falsches Passwort)\n{t} auth: Anmeldung fehlgeschlagen für {pm} von {ip1} (falsches Passwort)\n"
        "{t} auth: Konto {pm} gesperrt, Entsperr-Link versendet\n{t} auth: Passwort zurückgesetzt für {pm} von {ip2}",
        t=f"{c.n(10, 28)}.03. {c.n(10, 23)}:{c.n(10, 59)}:{c.n(10, 59)}", pm=c.email(p), ip1=c.ip(), ip2=c.ip())


def log_4(c):
    return c.fill(
        "# Auszug aus /var/log/auth.log, Ticket {tk}\nsshd[{pid}]: Accepted publickey for deploy from {ip1} port {port} ssh2\nsshd[{pid}]: Invalid user admin from {ip2} port {port2}\n"
        "nginx: upstream timed out while connecting to {ip3}:8080\nfail2ban: Ban {ip2}",
        tk=c.ticket(), pid=str(c.n(1000, 65000)), ip1=c.ip("priv4"), port=str(c.n(30000, 65000)), ip2=c.ip(c.pick(["pub4", "pub6"])), port2=str(c.n(30000, 65000)),
        ip3=c.ip(c.pick(["priv4", "loop4"])))


# ---------------------------------------------------------------- Layouts: mail_header


def hdr_1(c):
    p = c.person()
    return c.fill(
        "Return-Path: <{pm}>\nReceived: from [[mout.gmx.net|mailout.web.de|mx.t-online.de|smtp.bluewin.ch]] ([{ip}])\n  by mx.talgrat.de; {d}\n"
        "From: {pf} <{pm}>\nTo: {to}\nSubject: [[Bestellung|AW: Bestellung|Rücksendung zu Bestellung]] {o}\nX-Originating-IP: [{ip2}]",
        pm=c.email(p), ip=c.ip("pub4"), d=c.date(), pf=c.pick([p.full(), ["\"", p.lf(), "\""]]), to=lab("service@talgrat.de", "EMAIL"), o=c.order(), ip2=c.ip())


def hdr_2(c):
    p, a = c.person(), c.person()
    return c.fill(
        "-------- Ursprüngliche Nachricht --------\nBetreff: [[Musteranfrage|Händleranfrage|Rückfrage zur Rechnung]]\nDatum: {d}\nVon: {pf} <{pm}>\n"
        "Antwort an: {pm2}\nAn: {af} <{am}>\n\n[[Siehe unten.|Bitte übernehmen.|Kannst du das beantworten?]]",
        d=c.date(), pf=p.full(), pm=c.email(p, work=True), pm2=c.email(p), af=a.full(), am=c.staff_email(a))


def hdr_3(c):
    p = c.person()
    return c.fill(
        "Delivered-To: {to}\nReceived: from [{ip}] (port={port})\nFrom: \"{pf}\" <{pm}>\nX-Mailer: [[iPhone Mail|Microsoft Outlook 16.0|Thunderbird 115.8]] ({mid})\n"
        "Date: {d}\nSubject: [[Bestellung bitte stornieren|falsche Größe|Wo ist mein Paket?]]",
        to=lab("bestellungen@talgrat.de", "EMAIL"), ip=c.ip(), port=str(c.n(40000, 60000)), pf=p.full(), pm=c.email(p), mid=c.digits(6), d=c.date())


def hdr_4(c):
    p = c.person()
    return c.fill(
        "From: {pf} über Talgrat Community <{nr}>\nReply-To: {pm}\nList-Unsubscribe: <https://talgrat.de/abmelden/{tok}>\n"
        "X-Sender-IP: {ip}\nSubject: [[Treffen in|Gemeinsame Tour bei]] {t}",
        pf=p.full(), nr=lab("noreply@talgrat.de", "EMAIL"), pm=c.email(p), tok=c.digits(10), ip=c.ip(), t=ort(c))


# ---------------------------------------------------------------- Layouts: vcard


def vc_1(c):
    p = c.person()
    a = c.addr_obj(prefix=False)
    return c.fill(
        "BEGIN:VCARD\nVERSION:3.0\nN:{s};{g};;;\nFN:{pf}\nORG:{co}\nTEL;TYPE=CELL:{ph}\nEMAIL;TYPE=WORK:{pm}\nADR;TYPE=WORK:;;{st};{city};;{pc};{cn}\nEND:VCARD",
        s=p.s(), g=p.g(), pf=p.full(), co=c.company(), ph=c.phone(mobile=True), pm=c.email(p, work=True), st=lab(a.street, "STREET_ADDRESS"),
        city=a.townname, pc=a.postcode, cn=a.country)


def _title(c, p):
    h = hon(c, p)
    return h.split(" ", 1)[1] if " " in h else ""


def vc_2(c):
    p = c.person()
    return c.fill(
        "BEGIN:VCARD\nVERSION:4.0\nFN:{pf}\nN:{s};{g};;{h};\nTEL;VALUE=uri;TYPE=voice:tel:{ph}\nEMAIL:{pm}\nNOTE:[[Messe Friedrichshafen|Fachhändler Allgäu|Fotograf/in]]\nEND:VCARD",
        pf=p.full(), s=p.s(), g=p.g(), h=_title(c, p), ph=c.phone(intl=True), pm=c.email(p))


def vc_3(c):
    out = []
    for _ in range(2):
        p = c.person(cue=False)
        out.append(c.fill("BEGIN:VCARD\nVERSION:3.0\nFN:{pf}\nTEL:{ph}\nEMAIL:{pm}\nEND:VCARD", pf=p.full(), ph=c.phone(), pm=c.email(p)))
    return c.lines(*out)


def vc_4(c):
    p = c.person()
    return c.fill("BEGIN:VCARD\nVERSION:3.0\nFN:{pf}\nTEL;TYPE=HOME:{ph}\nADR;TYPE=HOME:;;{st};;;;\nNOTE:Stammkund{in}\nEND:VCARD",
                  pf=p.full(), ph=c.phone(), st=c.addr(style="street"), **{"in": "in" if p.gender == "f" else "e"})


# ---------------------------------------------------------------- Layouts: ical_invite


def ical_1(c):
    o, a = c.person(), c.person()
    return c.fill(
        "BEGIN:VEVENT\nSUMMARY:[[Anprobe-Termin|Reparaturannahme|Showroom-Besuch]]\nDTSTART:{dt}T{h}0000\nORGANIZER;CN={of}:mailto:{om}\n"
        "ATTENDEE;CN={af};RSVP=TRUE:mailto:{am}\nLOCATION:Talgrat Showroom Oberhalden\nDESCRIPTION:{mo} Kund{in}: {ph}\nEND:VEVENT",
        dt=f"2025{c.n(1, 12):02d}{c.n(1, 28):02d}", h=f"{c.n(9, 17):02d}", of=o.full(), om=c.staff_email(o), af=a.full(), am=c.email(a),
        mo=mobil(c), **{"in": "in" if a.gender == "f" else "e"}, ph=c.phone(mobile=True))


def ical_2(c):
    o, a = c.person(), c.person()
    return c.fill(
        "BEGIN:VEVENT\nSUMMARY:Abholung Retoure – {af}\nDTSTART:{dt}T{h}3000\nLOCATION:{st}\nDESCRIPTION:Kurier holt Retoure {r} ab. Bei Ankunft bitte {ph} anrufen.\n"
        "ORGANIZER;CN={of}:mailto:{om}\nEND:VEVENT",
        af=a.full(), dt=f"2025{c.n(1, 12):02d}{c.n(1, 28):02d}", h=f"{c.n(9, 16):02d}", st=c.addr(style="street"), r=f"RMA-{c.digits(6)}", ph=c.phone(),
        of=o.full(), om=c.staff_email(o))


def ical_3(c):
    o, a, b = c.person(), c.person(), c.person()
    return c.fill(
        "BEGIN:VEVENT\nSUMMARY:Kennenlernen Botschafterprogramm\nORGANIZER;CN={of}:mailto:{om}\nATTENDEE;CN={af}:mailto:{am}\nATTENDEE;CN={bf}:mailto:{bm}\n"
        "DESCRIPTION:Telefonische Einwahl: {ph}\nEND:VEVENT",
        of=o.full(), om=c.staff_email(o), af=a.full(), am=c.email(a), bf=b.full(), bm=c.staff_email(b), ph=c.phone(intl=True, mobile=False))


def ical_4(c):
    o = c.person()
    return c.fill(
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:[[Fotoshooting|Produktschulung|Händlerbesuch]] {t}\nDTSTART;VALUE=DATE:{dt}\nORGANIZER;CN=\"{of}\":mailto:{om}\n"
        "END:VEVENT\nEND:VCALENDAR",
        t=ort(c), dt=f"2025{c.n(1, 12):02d}{c.n(1, 28):02d}", of=o.lf(), om=c.staff_email(o))


# ---------------------------------------------------------------- Layouts: ocr_scan


def ocr_1(c):
    p = c.person()
    return c.fill(
        "RÜCKSENDESCHE1N   [[Talgrat|TALGRAT|Ta1grat]]\nNarne: {pf}\nAnschr ift: {addr}\nTe1.: {ph}\nBeste1lnr.: {o}\nGrund: [[zu k1ein|fa1sche Farbe|defekt]]  ☐ Umtausch  ☒ Erstattung",
        pf=p.full(), addr=c.addr(style="one"), ph=c.phone(), o=c.order())


def ocr_2(c):
    p = c.person()
    return c.fill(
        "{caps}\n[[Inhaberin|Filialleitung|Einkauf]]  |  {co}\n{addr}\nT {ph}   E {pm}\n~ ~ . |",
        caps=p.CAPS(), co=c.company().upper(), addr=c.addr(style="two"), ph=c.phone(mobile=False), pm=c.email(p, work=True))


def ocr_3(c):
    p = c.person()
    return c.fill(
        "LIEFERSCHEIN  S. 1/1\nLiefern an: {pf}\n{addr}\n. , Menge  Artikel\n1   {n}\n„Bitte 2x klingeln“ — gez. {sig}",
        pf=p.full(), addr=c.addr(style="two"), n=c.product(), sig=c.pick([p.init_sur(), p.full()]))


def ocr_4(c):
    p = c.person()
    return c.fill(
        "SEPA-LASTSCHRIFTMANDAT\nZahlungsempfänger: Talgrat Outdoor GmbH\nGläubiger-ID: DE98ZZZ0{g}\nKontoinhaber: {pf}\nIBAN: {ib}\nOrt, Datum: {t}, {d}   Unterschrift: ~{sig}~",
        g=c.digits(10), pf=p.CAPS(), ib=c.iban(grouped=True), t=ort(c), d=c.date(), sig=p.s())


# ---------------------------------------------------------------- Layouts: bounce_report


def bounce_1(c):
    p = c.person()
    return c.fill(
        "Unzustellbar: [[Ihr Rücksendeetikett|Deine Talgrat-Bestellung|Danke für deine Bewertung]]\n\nIhre Nachricht an {pm} konnte nicht zugestellt werden. "
        "[[Die Adresse wurde nicht gefunden.|Das Postfach des Empfängers ist voll.]]\n\nUrsprüngliche Nachricht:\nAn: {pf} <{pm}>",
        pm=c.email(p), pf=p.full())


def bounce_2(c):
    rows = [row(["email", "bounce_typ", "grund", "vorname", "nachname"], sep=";")]
    for _ in range(c.n(3, 5)):
        p = c.person(cue=False)
        rows.append(row([c.email(p), c.pick(["hart", "weich", "hart"]), c.pick(["550 5.1.1 user unknown", "552 mailbox full", "554 rejected", "421 try later"]), p.g(), p.s()], sep=";"))
    return c.lines(*rows)


def bounce_3(c):
    a, b = c.person(cue=False), c.person(cue=False)
    return c.fill(
        "Harte Bounces diese Woche: {n}. [[Zwei|Ein paar]] davon sind Stammkund:innen – {af} ({am}) und {bf} ({bm}). "
        "[[Kann jemand im CRM nach neuen Adressen schauen?|Ich habe beide im Newsletter pausiert.]]",
        n=str(c.n(9, 60)), af=a.full(), am=c.email(a), bf=b.full(), bm=c.email(b))


def bounce_4(c):
    p = c.person()
    return c.fill(
        "Reporting-MTA: dns; mx.talgrat.de\nFinal-Recipient: rfc822; {pm}\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; [[mx00.emig.gmx.net|mx-ha02.web.de|mx.bluewin.ch]] [{ip}]\n"
        "Diagnostic-Code: smtp; 550 Mailbox nicht verfügbar\nX-Original-To: {pf} <{pm}>",
        pm=c.email(p), ip=c.ip("pub4"), pf=p.full())


# ---------------------------------------------------------------- weitere Vorlagen (Zahlungs- und Steuerdaten)


def cchat_6(c):
    p, a = c.person(), c.person()
    n, _ = prod(c)
    return c.fill(
        "Kund{in}: hallo, ich will {art} {n} in {s} bestellen, aber die kasse hängt sich immer auf\n{ag}: Oh, das tut mir leid! Ich kann die Bestellung für dich anlegen. Name und Lieferadresse?\n"
        "Kund{in}: {pf}, {addr}\nKund{in}: karte wäre {cc}, gültig bis {exp}\n{ag}: Danke – Kartendaten bitte nicht hier schicken, ich rufe dich unter {ph} an und wir machen die Zahlung sicher.",
        **{"in": "in" if p.gender == "f" else "e"}, art=art(n, "akk"), n=n, s=c.size(),
        ag=c.fill("Agent ({a})", a=a.g()), pf=p.full(), addr=c.addr(style="one"), cc=c.card(), exp=f"{c.n(1, 12):02d}/{c.n(26, 30)}", ph=c.phone())


def call_5(c):
    p, a = c.person(), c.person()
    return c.fill(
        "Telefonbestellung {tm}: {pf} hat {n} ({s}) bestellt und die Kartennummer durchgegeben: {cc}, gültig bis {exp}. Im Terminal erfasst – "
        "[[{ag}, bitte Notiz nach Zahlungseingang löschen.|Kartennummer bitte aus dieser Notiz entfernen (PCI).]]",
        tm=c.clock(), pf=p.full(), n=c.product(), s=c.size(), cc=c.card(), exp=f"{c.n(1, 12):02d}/{c.n(26, 30)}", ag=a.g())


def log_5(c):
    p = c.person()
    return c.fill(
        "{ts} DEBUG [psp-client] request payload: {\"holder\": \"{pf}\", \"pan\": \"{cc}\", \"cvc\": \"***\"}\n{ts} ERROR [psp-client] 402 Karte abgelehnt, bestellung={o}, ip={ip}\n"
        "# TODO: Payload-Logging in Produktion abschalten (Ticket {tk})",
        ts=f"2025-0{c.n(1, 9)}-{c.n(10, 28)}T{c.n(10, 23)}:{c.n(10, 59)}:{c.n(10, 59)}+01:00", pf=p.full(), cc=c.card("compact"), o=c.order(), ip=c.ip(), tk=c.ticket())


def html_5(c):
    p = c.person()
    parts = c.fill(
        "<form id=\"auszahlung\" method=\"post\">\n  <input name=\"kontoinhaber\" value=\"{pf}\">\n  <input name=\"iban\" value=\"{ib}\">\n",
        pf=p.full(), ib=c.iban(grouped=False))
    if c.region == "DE" or c.chance(0.4):
        parts += c.fill("  <input name=\"steuer_id\" value=\"{tx}\">\n", tx=c.taxid(grouped=False))
    parts += c.fill("  <input name=\"email\" value=\"{pm}\">\n</form>", pm=c.email(p))
    return parts


def crmx_5(c):
    p = c.person()
    items = [("partner_id", "BOT-" + c.digits(4)), ("name", p.full()), ("email", c.email(p)), ("iban", c.iban()),
             ("steuer_id", c.taxid() if c.region == "DE" or c.chance(0.3) else None), ("provision", "#0." + str(c.n(5, 15))), ("aktiv", True)]
    return json_obj(items)


def ocr_5(c):
    c.set_region("DE")
    p = c.person()
    return c.fill(
        "PERSONALFRAGEB0GEN – Aushilfe Pop-up\nName, Vorname: {lf}\nAnschrift: {addr}\nSteuer-ID: {tx}   Steuerk1asse: {sk}\nIBAN: {ib}\nTe1. / {mo}: {ph}",
        lf=p.lf(), addr=c.addr("DE", style="one"), tx=c.taxid(), sk=c.pick(["I", "1", "IV", "V"]), ib=c.iban("DE"), mo=mobil(c), ph=c.phone("DE", mobile=True))


def sig_6(c):
    p = c.person()
    return c.fill(
        "{gr}\n{g}\n\n--\n{pf} · [[Freie Texterin|Freier Texter|Fotografie|Übersetzungen EN>DE]]\n{addr}\n{ph} · {pm}\n"
        "St.-Nr. {stnr} · USt-IdNr. DE{ust}",
        gr=gruss(c, False), g=p.g(), pf=p.full(), addr=c.addr(style="one"), ph=c.phone(), pm=c.email(p),
        stnr=f"{c.n(100, 199)}/{c.digits(3)}/{c.digits(5)}", ust=c.digits(9))


PERSONAL = {
    "crm_note": ("prose", [crm_1, crm_2, crm_3, crm_4, crm_5]),
    "support_email": ("prose", [sup_1, sup_2, sup_3, sup_4, sup_5, sup_6]),
    "reply_chain": ("prose", [chain_1, chain_2, chain_3, chain_4]),
    "signed_review": ("prose", [rev_1, rev_2, rev_3, rev_4, rev_5]),
    "email_signature": ("prose", [sig_1, sig_2, sig_3, sig_4, sig_5, sig_6]),
    "copy_brief": ("prose", [brief_1, brief_2, brief_3, brief_4]),
    "team_chat": ("prose", [chat_1, chat_2, chat_3, chat_4, chat_5]),
    "customer_chat": ("prose", [cchat_1, cchat_2, cchat_3, cchat_4, cchat_5, cchat_6]),
    "call_note": ("prose", [call_1, call_2, call_3, call_4, call_5]),
    "order_return_note": ("prose", [ret_1, ret_2, ret_3, ret_4, ret_5]),
    "prose_mention": ("prose", [mention_1, mention_2, mention_3, mention_4, mention_5]),
    "out_of_office": ("prose", [ooo_1, ooo_2, ooo_3, ooo_4]),
    "ugc_permission": ("prose", [ugc_1, ugc_2, ugc_3, ugc_4]),
    "price_match": ("prose", [pm_1, pm_2, pm_3, pm_4]),
    "ambassador_application": ("prose", [amb_1, amb_2, amb_3, amb_4]),
    "quote_approval": ("prose", [quote_1, quote_2, quote_3, quote_4]),
    "restock_request": ("prose", [rest_1, rest_2, rest_3, rest_4]),
    "lead_list": ("layout", [lead_1, lead_2, lead_3, lead_4]),
    "feed_row": ("layout", [feed_1, feed_2, feed_3, feed_4]),
    "crm_export": ("layout", [crmx_1, crmx_2, crmx_3, crmx_4, crmx_5]),
    "webinar_export": ("layout", [web_1, web_2, web_3, web_4]),
    "markdown_table": ("layout", [md_1, md_2, md_3, md_4]),
    "html_form": ("layout", [html_1, html_2, html_3, html_4, html_5]),
    "sql_dump": ("layout", [sql_1, sql_2, sql_3, sql_4]),
    "server_log": ("layout", [log_1, log_2, log_3, log_4, log_5]),
    "mail_header": ("layout", [hdr_1, hdr_2, hdr_3, hdr_4]),
    "vcard": ("layout", [vc_1, vc_2, vc_3, vc_4]),
    "ical_invite": ("layout", [ical_1, ical_2, ical_3, ical_4]),
    "ocr_scan": ("layout", [ocr_1, ocr_2, ocr_3, ocr_4, ocr_5]),
    "bounce_report": ("layout", [bounce_1, bounce_2, bounce_3, bounce_4]),
}

from pii19_held_de_clean import CLEAN  # noqa: E402
