"""German prose templates of the held-out half of the twenty-seventh PII bank (heldout27).

Written in German (du and Sie), with Austrian and Swiss variants. In Swiss texts the renderer
writes ss for ß in the text's own words.
"""

from pii27_held_core import fmt, lines


def anrede(c, p, sie=None):
    sie = c.p(0.55) if sie is None else sie
    if sie:
        if c.country == "AT" and c.p(0.5):
            return fmt("Grüß Gott, {h} {s},", h=c.hon(p), s=p.sur())
        if c.country == "CH" and c.p(0.5):
            return fmt("Grüezi {h} {s}", h=c.hon(p), s=p.sur())
        if c.p(0.3):
            return fmt("Guten Tag {h} {s},", h=c.hon(p), s=p.sur())
        return fmt("{sg} {h} {s},", sg=p.f("Sehr geehrte", "Sehr geehrter"), h=c.hon(p), s=p.sur())
    if c.country == "AT":
        return fmt(c.ch(["Servus {g},", "Hallo {g},"]), g=p.given())
    if c.country == "CH":
        return fmt(c.ch(["Hoi {g}", "Sali {g},", "Hallo {g},"]), g=p.given())
    return fmt(c.ch(["Hallo {g},", "Hi {g},", p.f("Liebe {g},", "Lieber {g},")]), g=p.given())


def gruss(c, sie=True):
    if c.country == "AT":
        return c.ch(["Liebe Grüße", "Mit freundlichen Grüßen", "Schöne Grüße", "Beste Grüße aus Tirol"])
    if c.country == "CH":
        return c.ch(["Freundliche Grüße", "Liebe Grüße", "Herzliche Grüße", "En Gruess"])
    if sie:
        return c.ch(["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße", "Freundliche Grüße"])
    return c.ch(["Viele Grüße", "LG", "Liebe Grüße", "Bis bald", "Danke dir!"])


# ------------------------------------------------------------------------------------------
# crm_note
# ------------------------------------------------------------------------------------------

def crm_1(c):
    p = c.person()
    a = c.person()
    return lines(
        fmt("{d}, {t}: {h} {s} ruft wegen Bestellung {o} an – {w}.", d=c.date(), t=c.time(), h=c.hon(p), s=p.sur(), o=c.order_no(),
            w=c.ch(["Rücksendeetikett fehlt", "Jacke in falscher Farbe geliefert", "Gutschrift noch nicht da",
                    "Paket laut DHL zugestellt, aber nicht angekommen"])),
        fmt("Bitte Rückruf unter {ph}, am besten {wann}.", ph=c.phone(), wann=c.ch(["vormittags", "nach 17 Uhr", "heute noch", "Dienstag"])),
        c.opt(0.5, fmt("Mail: {e}", e=c.email(p))),
        c.opt(0.6, fmt("Notiert: {a}", a=c.ch([a.given, a.init_sur])())),
    )


def crm_2(c):
    p = c.person()
    ap = c.addr_parts()
    return lines(
        fmt("Umzug gemeldet: {n}, Kundennr. {k}", n=c.ch([p.full, p.lf])(), k=c.digits(8, True)),
        fmt("Neue Anschrift ab {d}:", d=c.date()),
        c.address(parts=ap, form="two"),
        c.opt(0.5, fmt("Neue Festnetznummer {ph}, Handy bleibt.", ph=c.phone(ap["cc"], mobile=False))),
        c.opt(0.4, "Kundenkarte wird neu gedruckt."),
    )


def crm_3(c):
    p = c.person()
    a = c.person()
    return lines(
        fmt("Die {s}-Reklamation ist erledigt: Gutschrift über {m} auf {ib} angewiesen.", s=p.sur(), m=c.money(), ib=c.iban()),
        fmt("Freigabe durch {a} am {d}.", a=a.full(), d=c.date()),
        c.opt(0.5, fmt("{h} {s} hat sich telefonisch bedankt.", h=c.hon(p), s=p.sur())),
    )


def crm_4(c):
    p = c.person()
    comp = c.company()
    return lines(
        fmt("Anfrage {co}: {n} ({r}) möchte {k} Fleecejacken mit Vereinslogo.", co=comp, n=p.full(),
            r=c.ch(["Vorsitz", "Kassenwart", "Jugendleitung", "Tourenwart"]) if c.p(0.6) else p.f("Ansprechpartnerin", "Ansprechpartner"),
            k=c.ri(10, 80)),
        fmt("Kontakt: {ph}, {e}", ph=c.phone(), e=c.work_email(p, c.domain_of(comp))),
        c.opt(0.6, fmt("Muster bitte an {ad} schicken.", ad=c.address(form="line"))),
        c.opt(0.4, "Angebot bis Monatsende, Rabattstaffel wie beim Skiclub."),
    )


def crm_5(c):
    p = c.person()
    q = c.person(simple=True)
    return lines(
        fmt("Dublette zusammengeführt: „{a}“ und „{b}“ sind dieselbe Kundin." if q.gender == "f" else
            "Dublette zusammengeführt: „{a}“ und „{b}“ sind derselbe Kunde.", a=q.LF() if c.p(0.5) else q.lf(), b=q.full()),
        fmt("Beide Mailadressen behalten ({e1}, {e2}).", e1=c.email(q), e2=c.email(q, cc="DE")),
        fmt("Bearbeitet von {p}.", p=p.given()),
    )


# ------------------------------------------------------------------------------------------
# support_email
# ------------------------------------------------------------------------------------------

def sup_1(c):
    p = c.person()
    a = c.person()
    sie = c.p(0.6)
    return lines(
        anrede(c, p, sie),
        "",
        fmt("danke für {ihre} Geduld. Die Ersatzjacke ist heute an {ad} rausgegangen und sollte in {n} Werktagen da sein.",
            ihre="Ihre" if sie else "deine", ad=c.address(form="line"), n=c.ri(2, 4)),
        c.opt(0.5, fmt("Bei Fragen {er} {ihr} uns unter {ph}.", er="erreichen" if sie else "erreichst", ihr="Sie" if sie else "du",
                       ph=c.phone(mobile=False))),
        "",
        gruss(c, sie),
        fmt("{a} vom Talgrat-Kundenservice", a=a.given()),
    )


def sup_2(c):
    p = c.person()
    return lines(
        c.ch(["Hallo,", "Guten Tag,", "Hallo Talgrat-Team,", "Sehr geehrte Damen und Herren,"]),
        fmt("meine Bestellung {o} ist {w}. {b}", o=c.order_no(), w=c.ch(["unvollständig angekommen", "beschädigt angekommen",
                                                                          "immer noch nicht da", "an die falsche Adresse gegangen"]),
            b=c.ch(["Können Sie mich bitte zurückrufen?", "Bitte melden Sie sich.", "Was kann ich tun?"])),
        fmt("Tel.: {ph}", ph=c.phone()),
        c.opt(0.5, fmt("Lieferadresse war: {ad}", ad=c.address(form="line"))),
        "",
        gruss(c),
        c.ch([p.full, p.full, p.upper])(),
    )


def sup_3(c):
    c.set_country("AT")
    p = c.person()
    a = c.person()
    return lines(
        fmt("Grüß Gott, {h} {s},", h=c.hon(p), s=p.sur()),
        "",
        fmt("wir haben Ihre Retoure vom {d} erhalten. Der Betrag von {m} wird auf Ihr Konto {ib} überwiesen.", d=c.date(),
            m=c.money(), ib=c.iban("AT")),
        "Die Buchung kann bis zu fünf Bankarbeitstage dauern.",
        "",
        "Mit freundlichen Grüßen",
        fmt("{a}", a=a.full()),
        "Talgrat Kundenservice Österreich",
    )


def sup_4(c):
    c.set_country("CH")
    p = c.person()
    a = c.person()
    return lines(
        fmt("Grüezi {h} {s}", h=c.hon(p), s=p.sur()),
        "",
        fmt("Besten Dank für Ihre Nachricht. Wir haben am {d} ein neues Login in Ihr Kundenkonto von der Adresse {ip} festgestellt.",
            d=c.date(), ip=c.ip()),
        "Falls das nicht Sie waren, ändern Sie bitte Ihr Passwort.",
        "",
        "Freundliche Grüße",
        fmt("{a}", a=a.given()),
    )


def sup_5(c):
    p = c.person()
    a = c.person()
    return lines(
        fmt("Fallübersicht {t}", t=c.ticket_no()),
        fmt("Kunde/Kundin: {n}", n=c.ch([p.full, p.lf])()),
        fmt("E-Mail: {e}", e=c.email(p)),
        fmt("Telefon: {ph}", ph=c.phone()),
        fmt("Anschrift: {ad}", ad=c.address(form="line")),
        fmt("Anliegen: {x}", x=c.ch(["Naht an der Kapuze offen", "Schnalle am Hüftgurt gebrochen", "Sohle löst sich", "Reißverschluss klemmt"])),
        fmt("Lösung: {x}", x=c.ch(["Reparatur in der Werkstatt", "Erstattung", "Umtausch in Größe " + c.size()])),
        fmt("Bearbeitet: {a}", a=a.full()),
    )


# ------------------------------------------------------------------------------------------
# quoted_reply
# ------------------------------------------------------------------------------------------

def q_1(c):
    p = c.person()
    a = c.person()
    return lines(
        c.ch(["Super, danke!", "Passt, dann bis Samstag.", "Alles klar, ich komme vorbei.", "Vielen Dank für die schnelle Antwort."]),
        c.opt(0.6, c.ch([p.given, p.full])()),
        "",
        fmt("Am {d} um {t} schrieb {a} <{e}>:", d=c.date(), t=c.time(), a=a.full(), e=c.shop_email(a)),
        fmt("> Hallo {g}, wir können deinen {pr} in unserer Werkstatt im Allgäu reparieren.", g=p.given(), pr=c.ch(["Rucksack", "Schlafsackbezug", "Hüftgurt"])),
        "> Bring ihn einfach in die Filiale oder schick ihn mit dem Etikett.",
        c.opt(0.4, fmt("> Rückfragen gern unter {ph}.", ph=c.phone())),
    )


def q_2(c):
    p = c.person()
    b = c.person()
    return lines(
        fmt("{b}, kannst du das bitte übernehmen? Die Kundin wartet seit dem {d}." if p.gender == "f" else
            "{b}, kannst du das bitte übernehmen? Der Kunde wartet seit dem {d}.", b=b.given(), d=c.date(style="num")),
        "",
        "-----Ursprüngliche Nachricht-----",
        fmt("Von: {n} <{e}>", n=p.full(), e=c.email(p)),
        fmt("Gesendet: {wd}, {d} {t}", wd=c.weekday(), d=c.date(style="long"), t=c.time()),
        fmt("An: {e}", e=c.shop_email()),
        fmt("Betreff: AW: Rücksendung {o}", o=c.order_no()),
        "",
        c.ch(["Ich habe die Jacke vor drei Wochen zurückgeschickt und noch kein Geld erhalten.",
              "Die Erstattung fehlt immer noch. Bitte prüfen Sie das."]),
        c.opt(0.6, c.ch([p.given, p.full])()),
    )


def q_3(c):
    p = c.person()
    q = c.person()
    return lines(
        c.ch(["Zur Info, siehe unten.", "Zur Ablage.", "Neue Adresse, bitte im System ändern."]),
        "",
        "---------- Weitergeleitete Nachricht ---------",
        fmt("Von: {n} <{e}>", n=q.full(), e=c.email(q)),
        fmt("Datum: {d}", d=c.date(style="long")),
        "Betreff: Adressänderung",
        "",
        fmt("Guten Tag, bitte liefern Sie künftig an {ad}. Danke, {g}", ad=c.address(form="line"), g=q.init_sur()),
        c.opt(0.5, fmt("-- {p}", p=p.given())),
    )


def q_4(c):
    p = c.person()
    a = c.person()
    return lines(
        fmt("Hallo {g}, habe es nochmal probiert, geht leider nicht.", g=a.given()),
        "",
        fmt("> Am {d} schrieb {a}:", d=c.date(), a=a.full()),
        "> Bitte versuchen Sie die Zahlung noch einmal. Schicken Sie uns keine vollständige Kartennummer.",
        ">",
        fmt(">> Am {d} schrieb {n} <{e}>:", d=c.date(), n=p.full(), e=c.email(p)),
        fmt(">> Die Kasse lehnt meine Karte ab: {cd}, gültig bis {m}/{y}.", cd=c.card(), m="%02d" % c.ri(1, 12), y=c.ri(26, 31)),
    )


# ------------------------------------------------------------------------------------------
# signed_review
# ------------------------------------------------------------------------------------------

STERNE = ["★★★★★", "★★★★☆", "★★★☆☆", "5/5", "4 von 5", "4/5", "3 Sterne"]


def rev_1(c):
    p = c.person()
    return lines(
        fmt("{s} {t}", s=c.ch(STERNE), t=c.ch(["Top Passform", "Warm, aber nicht zu dick", "Macht, was sie soll", "Schöne Farbe",
                                               "Fällt klein aus"])),
        fmt("Hatte den {pr} {w} dabei. {x}", pr=c.pshort(), w=c.ch(["auf dem Stubaier Höhenweg", "eine Woche im Regen in Tirol",
                                                                     "beim Wandern im Allgäu", "täglich auf dem Rad"]),
            x=c.ch(["Kaufe ich wieder.", "Ärmel etwas kurz.", "Reißverschluss hakt manchmal.", "Keine Beschwerden."])),
        fmt("– {n}", n=c.ch([p.given_init, p.init_sur, p.full, p.lower_given])()),
    )


def rev_2(c):
    p = c.person()
    a = c.person()
    return lines(
        fmt("„{q}“", q=c.ch(["Beste Socken, die ich je hatte.", "Lässt sich winzig klein packen.", "Endlich ein Rucksack für kurze Rücken."])),
        fmt("{n} aus {o}", n=c.ch([p.given_init, p.full])(), o=c.town()[0]),
        "",
        fmt("Antwort von Talgrat: Danke dir, {g}! – {a}", g=p.given(), a=a.given()),
    )


def rev_3(c):
    p = c.person()
    return lines(
        fmt("Bewertet von {n} am {d} · Verifizierter Kauf", n=c.ch([p.upper, p.given_init, p.init_sur])(), d=c.date()),
        fmt("Bewertung: {s}", s=c.ch(STERNE)),
        c.ch(["Vom ersten Kilometer an bequem.", "Die Kapuze sitzt auch bei Wind.", "Farbe ist grüner als auf dem Foto.",
              "Guter Stoff, aber eine Nummer größer nehmen."]),
    )


def rev_4(c):
    c.set_country(c.ch(["AT", "CH"]))
    p = c.person()
    q = c.person()
    if c.country == "AT":
        t = fmt("{s} Hab die Jacke für {w} {g} gekauft, die trägt's jeden Tag. Passt super!" if q.gender == "f" else
                "{s} Hab die Jacke für {w} {g} gekauft, der trägt's jeden Tag. Passt super!", s=c.ch(STERNE),
                w=q.f("meine Tochter", "meinen Mann"), g=q.given())
    else:
        t = fmt("{s} Für {w} {g} gekauft, hält warm und ist leicht. Sehr zufrieden!", s=c.ch(STERNE),
                w=q.f("meine Frau", "meinen Sohn"), g=q.given())
    return lines(t, fmt("{n}", n=c.ch([p.lower_full, p.given_init])()))


# ------------------------------------------------------------------------------------------
# email_signature
# ------------------------------------------------------------------------------------------

def sig_1(c):
    p = c.person()
    return lines(
        gruss(c),
        "",
        c.ch([p.full, p.upper])(),
        c.ch(["Filialleitung " + c.store(), "Bezirksleitung Süd", "Visual Merchandising", "Teamleitung Kundenservice"]),
        fmt("Tel. {ph}", ph=c.phone(mobile=False)),
        c.opt(0.6, fmt("Mobil {ph}", ph=c.phone(mobile=True))),
        c.shop_email(p),
    )


def sig_2(c):
    c.set_country(c.ch(["AT", "AT", "DE"]))
    p = c.person()
    comp = c.company()
    t = c.ch(["Mag.", "DI", "Dr.", "Ing."]) if c.country == "AT" else c.ch(["Dr.", "Dipl.-Ing."])
    return lines(
        "--",
        fmt("{t} {n}", t=t, n=p.full()),
        comp,
        c.address(form=c.ch(["line", "two"])),
        fmt("Tel.: {ph} | Fax: {fx}", ph=c.phone(mobile=False), fx=c.phone(mobile=False)) if c.p(0.4) else fmt("Tel.: {ph}", ph=c.phone()),
        c.work_email(p, c.domain_of(comp)),
    )


def sig_3(c):
    p = c.person()
    return lines(
        c.ch(["Passt, bis morgen.", "Ja, mach gerne.", "Okay, ich kümmere mich drum.", "Danke, erledigt."]),
        "",
        p.given(),
        "",
        c.ch(["Von meinem iPhone gesendet", "Von meinem iPad gesendet", "Gesendet von Outlook für Android", "Von meinem Samsung Galaxy gesendet"]),
    )


def sig_4(c):
    c.set_country("CH")
    p = c.person()
    return lines(
        "Freundliche Grüße",
        "",
        fmt("{n}", n=p.full()),
        fmt("Leiterin Filiale {s}" if p.gender == "f" else "Leiter Filiale {s}", s=c.store("CH")),
        fmt("Talgrat Schweiz GmbH · {ph}", ph=c.phone("CH")),
        c.shop_email(p),
    )


# ------------------------------------------------------------------------------------------
# team_chat
# ------------------------------------------------------------------------------------------

def chat_1(c):
    a, b, d = c.person(), c.person(), c.person()
    h, m = c.ri(7, 17), c.ri(0, 40)
    rows = [
        fmt("[{t}] {a}: kann jemand am samstag? {b} ist krank", t="%02d:%02d" % (h, m), a=a.lower_given(), b=b.given()),
        fmt("[{t}] {d}: ich kann 10–16 uhr", t="%02d:%02d" % (h, m + 2), d=d.lower_given()),
        fmt("[{t}] {a}: danke dir!! @{hd} ist geregelt", t="%02d:%02d" % (h, m + 4), a=a.lower_given(), hd=c.ch(["filialteam", "kasse", "wochenende"])),
    ]
    if c.p(0.5):
        rows.append(fmt("[{t}] {d}: falls was ist, meine nummer: {ph}", t="%02d:%02d" % (h, m + 7), d=d.lower_given(), ph=c.phone(mobile=True)))
    return lines(*rows)


def chat_2(c):
    c.set_country("CH")
    a, b = c.person(), c.person()
    return lines(
        fmt("{a}: hoi zäme, cha öpper am samstig d schicht übernäh?", a=a.lower_given()),
        fmt("{b}: ja ich, ab 9i. schick mer no d adrässe vom lager", b=b.lower_given()),
        fmt("{a}: {ad}, klingle bim tor", a=a.lower_given(), ad=c.address("CH", form="street")),
        fmt("{b}: merci!", b=b.lower_given()),
    )


def chat_3(c):
    c.set_country("AT")
    a, b = c.person(), c.person()
    return lines(
        fmt("{a}: servus, hat die kundin von heut früh a nummer dagelassen?", a=a.lower_given()),
        fmt("{b}: jo, {ph}, sie will die kaltkar in M wenn's wieder da is", b=b.lower_given(), ph=c.phone("AT")),
        fmt("{a}: passt, ruf i später an", a=a.lower_given()),
    )


def chat_4(c):
    p, a = c.person(), c.person()
    return lines(
        fmt("Besucher: kann ich ihnen einfach die kartennummer hier geben? {cd}", cd=c.card()),
        fmt("{a} (Talgrat): Bitte keine Kartennummern im Chat – ich habe die Nachricht ausgeblendet. Die Zahlung geht sicher im Checkout.", a=a.given()),
        fmt("Besucher: sorry! ich bin übrigens {n}, mail {e}", n=p.full(), e=c.email(p)),
    )


def chat_5(c):
    p, a = c.person(), c.person()
    return lines(
        fmt("Besucher: hallo, bestellung {o}, ich brauche eine andere lieferadresse", o=c.order_no()),
        fmt("{a} (Talgrat): Hallo! Klar, wie lautet die neue Adresse?", a=a.given()),
        fmt("Besucher: {ad}", ad=c.address(form="line")),
        fmt("Besucher: bestellt hat {n}.", n=c.ch([p.full, p.lower_full])()),
        fmt("{a} (Talgrat): Ist geändert, {g}. Du bekommst gleich eine Bestätigung.", a=a.given(), g=p.given()),
    )


# ------------------------------------------------------------------------------------------
# call_note
# ------------------------------------------------------------------------------------------

def call_1(c):
    p = c.person()
    return lines(
        fmt("Anruf {t}: {h} {s} wegen {x}.", t=c.time(), h=c.hon(p), s=p.sur(), x=c.ch(["einer verlorenen Sendung", "eines Kostenvoranschlags",
                                                                                        "des Gutscheinguthabens", "der Öffnungszeiten an Silvester"])),
        fmt("Rückruf unter {ph}.", ph=c.phone()),
        c.opt(0.4, fmt("Alternativ: {ph}", ph=c.phone(mobile=False))),
    )


def call_2(c):
    p = c.person()
    return lines(
        fmt("Mailbox, {d}, {t}:", d=c.date(), t=c.time()),
        fmt("„Ja, hallo, hier ist {n}. Ich hab letzte Woche den {pr} bestellt und brauch ihn bis {wd}. Rufen Sie mich bitte unter {ph} zurück. Danke.“",
            n=c.ch([p.full, p.sur])(), pr=c.pshort(), wd=c.weekday(), ph=c.phone()),
    )


def call_3(c):
    ps = [c.person() for _ in range(c.ri(2, 4))]
    rows = ["Rückrufe heute:"]
    for i, p in enumerate(ps, 1):
        rows.append(fmt("{i}. {n} – {ph} – {x}", i=i, n=c.ch([p.full, p.lf])(), ph=c.phone(),
                        x=c.ch(["Erstattung", "Reparatur", "Umtausch", "Rechnungskopie", "Beschwerde"])))
    return lines(*rows)


def call_4(c):
    p = c.person()
    a = c.person()
    return lines(
        fmt("Telefonbestellung, aufgenommen von {a} am {d}.", a=a.given(), d=c.date()),
        fmt("{h} {n}, Karte {cd}, gültig bis {m}/{y}.", h=c.hon(p), n=p.full(), cd=c.card(), m="%02d" % c.ri(1, 12), y=c.ri(26, 30)),
        fmt("Lieferung an {ad}", ad=c.address(form=c.ch(["line", "two"]))),
        "Kartendaten nach der Buchung vom Notizblock entfernt.",
    )


# ------------------------------------------------------------------------------------------
# name_prose (nur Listennamen, kein Hinweiswort)
# ------------------------------------------------------------------------------------------

def np_1(c):
    a, b = c.person(cue=False), c.person(cue=False)
    return fmt("{a} und {b} haben den Pop-up-Stand in {o} am Wochenende allein geschmissen, am Sonntagmittag war der {pr} ausverkauft.",
               a=a.full(), b=b.full(), o=c.store(), pr=c.pshort())


def np_2(c):
    a, b, d = c.person(cue=False), c.person(cue=False), c.person(cue=False)
    return lines(
        fmt("Das neue Schaufenster hat {a} gestaltet, die Fotos stammen von {b}.", a=a.full(), b=b.full()),
        c.opt(0.6, fmt("Um die Deko hat sich {d} gekümmert.", d=d.full())),
    )


def np_3(c):
    a, b = c.person(cue=False), c.person(cue=False)
    return fmt("Als die Kasse hing, hat {a} die Schlange bei Laune gehalten, während {b} den Router neu gestartet hat.",
               a=a.full(), b=b.full())


def np_4(c):
    a, b = c.person(cue=False), c.person(cue=False)
    return lines(
        fmt("Beim Berglauf wurde {a} Zweite, und {b} ist trotz verknackstem Knöchel ins Ziel gekommen." if a.gender == "f" else
            "Beim Berglauf wurde {a} Zweiter, und {b} ist trotz verknackstem Knöchel ins Ziel gekommen.", a=a.full(), b=b.full()),
        c.opt(0.5, "Danke an alle, die angefeuert haben!"),
    )


def np_5(c):
    a, b = c.person(cue=False), c.person(cue=False)
    return fmt("Gefunden hat die Geldbörse {a} hinter der Umkleide, und {b} hat sie am Abend noch zum Besitzer gebracht.",
               a=a.full(), b=b.full())


# ------------------------------------------------------------------------------------------
# postal_letter
# ------------------------------------------------------------------------------------------

def let_1(c):
    p = c.person()
    return lines(
        p.full(),
        c.address(form="two"),
        "",
        "Talgrat Outdoor GmbH, Kundenservice",
        "",
        fmt("{o}, {d}", o=c.town()[0], d=c.date()),
        "",
        fmt("Widerruf meiner Bestellung {o}", o=c.order_no()),
        "",
        "Sehr geehrte Damen und Herren,",
        fmt("hiermit widerrufe ich den Kauf und bitte um Erstattung auf mein Konto {ib}.", ib=c.iban()),
        "",
        "Mit freundlichen Grüßen",
        c.ch([p.init_sur, p.full])(),
    )


def let_2(c):
    p = c.person()
    q = c.person()
    return lines(
        p.f("Frau", "Herrn"),
        p.full(),
        fmt("c/o {q}", q=q.full()),
        c.address(form="two"),
        "",
        anrede(c, p, True),
        "Ihre reparierte Jacke ist fertig. Wie besprochen schicken wir sie an die obige Anschrift.",
        gruss(c),
        "Ihre Talgrat-Werkstatt",
    )


def let_3(c):
    c.set_country("AT")
    p = c.person()
    return lines(
        fmt("{n}, {ad}", n=p.full(), ad=c.address("AT", form="line")),
        "",
        "An Talgrat Outdoor, Filiale Innsbruck",
        "",
        fmt("Beschwerde über die Doppelabbuchung vom {d}", d=c.date()),
        "",
        "Sehr geehrte Damen und Herren,",
        "am genannten Tag wurde meine Karte an Ihrer Kassa zweimal belastet. Ich ersuche um Rückbuchung.",
        c.opt(0.6, fmt("Erreichbar bin ich unter {ph}.", ph=c.phone("AT"))),
        "",
        "Mit freundlichen Grüßen",
        p.given_init(),
    )


def let_4(c):
    c.set_country("CH")
    p = c.person()
    return lines(
        "Einschreiben",
        "",
        p.full(),
        c.address("CH", form="two"),
        "",
        fmt("{o}, {d}", o=c.town("CH")[0], d=c.date()),
        "",
        "Kündigung Kundenkarte",
        "Sehr geehrte Damen und Herren",
        "Hiermit kündige ich meine Kundenkarte per sofort. Das Restguthaben bitte auf folgendes Konto:",
        fmt("{ib}", ib=c.iban("CH")),
        "",
        "Freundliche Grüße",
        p.init_sur(),
    )


# ------------------------------------------------------------------------------------------
# exit_interview*
# ------------------------------------------------------------------------------------------

def exit_1(c):
    p = c.person()
    a = c.person()
    return lines(
        fmt("Austrittsgespräch – {n}", n=p.full()),
        fmt("Funktion: {r}, Filiale {s}. Letzter Arbeitstag: {d}.", r=c.ch(["Verkauf", "stellv. Filialleitung", "Lager", "Schuhberatung"]),
            s=c.store(), d=c.date()),
        fmt("Gesprächsführung: {a}", a=a.full()),
        fmt("Grund: {x}", x=c.ch(["Umzug zur Familie", "Studium", "neue Stelle in der Logistik", "Schichtmodell passt nicht mehr"])),
        fmt("Arbeitszeugnis und Lohnsteuerbescheinigung an: {ad}", ad=c.address(form="line")),
        c.opt(0.5, fmt("Private Mail: {e}", e=c.email(p))),
    )


def exit_2(c):
    p = c.person()
    a = c.person()
    return lines(
        anrede(c, p, False),
        "",
        fmt("danke für das offene Gespräch am {d}. Kurz zusammengefasst:", d=c.daymonth()),
        "- Dienstpläne sollen früher feststehen",
        "- die Leiter im Lager wird ersetzt (ist weitergegeben)",
        fmt("- deine Schlussabrechnung mit {n} Resturlaubstagen geht wie immer auf {ib}", n=c.ri(2, 9), ib=c.iban()),
        "",
        "Alles Gute für dich!",
        a.given(),
    )


def exit_3(c):
    p = c.person()
    a = c.person()
    return lines(
        fmt("Notiz {a}: Austrittsgespräch mit {h} {s} geführt.", a=a.init_sur(), h=c.hon(p), s=p.sur()),
        c.ch(["Hauptpunkt: am Wochenende zu dünn besetzt.", "Insgesamt zufrieden, wechselt in Vollzeit.", "Heizung im Pausenraum seit Wochen kaputt."]),
        fmt("Für Aushilfe in der Saison weiter ansprechbar: {ph}", ph=c.phone(mobile=True)),
        c.opt(0.4, fmt("Steuer-ID für die Schlussabrechnung geprüft: {t}", t=c.taxid())),
    )


def exit_4(c):
    c.set_country("AT")
    p = c.person()
    return lines(
        "Austrittsfragebogen (Freitext)",
        fmt("Name: {n}", n=p.lf()),
        "Was hat Ihnen am besten gefallen? Das Team und die Stammkundschaft.",
        fmt("Was sollten wir verbessern? {x}", x=c.ch(["Die Schulung für die Schuhberatung bezahlen.", "Den Alarm an der Hintertür reparieren."])),
        fmt("Dürfen wir Sie später kontaktieren? Ja, unter {e}", e=c.email(p)),
        fmt("Austritt per {d}", d=c.date()),
    )


# ------------------------------------------------------------------------------------------
# probation_review*
# ------------------------------------------------------------------------------------------

def prob_1(c):
    p = c.person()
    a = c.person()
    return lines(
        fmt("Probezeitgespräch: {n}", n=p.full()),
        fmt("Eintritt {d} als {r} in {s}. Gespräch geführt von {a}.", d=c.date(), r=c.ch(["Verkäufer/in", "Kassenkraft", "Werkstattmitarbeiter/in"]),
            s=c.store(), a=a.full()),
        fmt("Produktwissen: {x}. Kundenumgang: {y}.", x=c.ch(["gut", "sehr gut", "ausbaufähig"]), y=c.ch(["hervorragend", "gut", "sicher"])),
        fmt("Ergebnis: {e}", e=c.ch(["bestanden", "bestanden, unbefristete Übernahme", "Probezeit um sechs Wochen verlängert"])),
        c.opt(0.5, fmt("{g} wünscht sich die Schulung zur Schuhberatung im Frühjahr.", g=p.given())),
    )


def prob_2(c):
    p = c.person()
    a = c.person()
    return lines(
        anrede(c, p, False),
        "",
        fmt("dein Gespräch zum Ende der Probezeit ist am {wd}, {d}, um {t} im Büro hinten.", wd=c.weekday(), d=c.daymonth(), t=c.time()),
        c.opt(0.5, fmt("Wenn der Termin nicht passt, schreib mir unter {ph}.", ph=c.phone(mobile=True))),
        "",
        gruss(c, False),
        a.given(),
    )


def prob_3(c):
    p = c.person()
    a = c.person()
    return lines(
        "PERSÖNLICH / VERTRAULICH",
        p.f("Frau", "Herrn"),
        p.full(),
        c.address(form="two"),
        "",
        fmt("{d}", d=c.date(style="long")),
        "",
        anrede(c, p, True),
        "wir freuen uns, Ihnen mitzuteilen, dass Sie die Probezeit erfolgreich bestanden haben.",
        "",
        gruss(c),
        fmt("{a}, Bezirksleitung", a=a.full()),
    )


def prob_4(c):
    c.set_country("CH")
    p = c.person()
    a = c.person()
    return lines(
        fmt("{a} an HR: kurz wegen {n}.", a=a.given(), n=p.full()),
        "Gespräch war gut, Pünktlichkeit aber noch ein Thema (diesen Monat viermal zu spät).",
        fmt("Ich möchte die Probezeit bis {d} verlängern. Bitte den Brief an {g} nach Hause schicken: {ad}", d=c.date(), g=p.given(),
            ad=c.address("CH", form="line")),
    )


# ------------------------------------------------------------------------------------------
# branch_transfer*
# ------------------------------------------------------------------------------------------

def tr_1(c):
    p = c.person()
    a = c.person()
    s1, s2 = c.sample(["Kempten", "München", "Sonthofen", "Berlin-Mitte", "Hamburg", "Köln", "Freiburg", "Leipzig"], 2)
    return lines(
        anrede(c, a, c.p(0.4)),
        "",
        fmt("ich möchte mich ab {d} von {s1} nach {s2} versetzen lassen, weil mein Partner dort eine Stelle bekommen hat.", d=c.date(), s1=s1, s2=s2),
        fmt("Neue Anschrift: {ad}", ad=c.address(form=c.ch(["line", "two"]))),
        c.opt(0.5, fmt("Handynummer bleibt: {ph}", ph=c.phone(mobile=True))),
        "",
        gruss(c),
        p.full(),
    )


def tr_2(c):
    p = c.person()
    a = c.person()
    b = c.person()
    return lines(
        fmt("Versetzung genehmigt: {n} (Pers.-Nr. {no}) wechselt zum {d} nach {s}.", n=p.full(), no=c.staff_no(), d=c.date(), s=c.store()),
        fmt("Aufnehmende Filialleitung: {b}, abgebende: {a}.", b=b.full(), a=a.full()),
        "Schlüssel und Kassenlogin bitte in der letzten Schicht abgeben.",
    )


def tr_3(c):
    p = c.person()
    return lines(
        fmt("Umzugskosten – {n}", n=p.lf()),
        fmt("Transporter {m}, {k} km Fahrtstrecke.", m=c.money(80, 300), k=c.ri(40, 600)),
        fmt("Erstattung bitte auf {ib}.", ib=c.iban()),
        c.opt(0.5, fmt("Belege hängen an. Rückfragen an {e}", e=c.email(p))),
    )


def tr_4(c):
    c.set_country("AT")
    a, b = c.person(), c.person()
    return lines(
        fmt("Tauschwunsch: {a} (Innsbruck) und {b} (Kufstein) möchten für die Sommersaison die Filiale tauschen.", a=a.full(), b=b.full()),
        fmt("Beide Leitungen sind einverstanden. {g} braucht einen Spind.", g=a.given()),
    )


# ------------------------------------------------------------------------------------------
# intranet_post*
# ------------------------------------------------------------------------------------------

def intra_1(c):
    p = c.person()
    return lines(
        c.ch(["Herzlich willkommen!", "Neu im Team", "Sagt Hallo!"]),
        fmt("Ab {d} verstärkt {n} das Team in {s} als {r}.", d=c.daymonth(), n=p.full(), s=c.store(),
            r=p.f(c.ch(["stellvertretende Filialleiterin", "Schuhberaterin", "Werkstattmitarbeiterin"]),
                  c.ch(["stellvertretender Filialleiter", "Schuhberater", "Werkstattmitarbeiter"]))),
        fmt("{g} kommt {x} und {y}.", g=p.given(), x=c.ch(["aus einer Kletterhalle", "aus der Logistik", "von der Bergwacht"]),
            y=c.ch(["läuft gern Berg", "backt den besten Zwetschgendatschi", "kennt jeden Knoten"])),
    )


def intra_2(c):
    a, b, d = c.person(), c.person(), c.person()
    return lines(
        "Dienstjubiläen im " + c.ch(["März", "Juni", "Oktober", "Mai"]) + " 🎉",
        fmt("• {a} – 10 Jahre ({s})", a=a.full(), s=c.store()),
        fmt("• {b} – 5 Jahre ({s})", b=b.full(), s=c.store()),
        c.opt(0.7, fmt("• {d} – 1 Jahr (Lager)", d=d.full())),
        "Danke euch!",
    )


def intra_3(c):
    p = c.person()
    return lines(
        fmt("{n} ist {r} für {g}.", n=p.full(), r=p.f("unsere neue Bezirksleiterin", "unser neuer Bezirksleiter"),
            g=c.ch(["Bayern", "Österreich West", "die Schweiz", "Baden-Württemberg"])),
        fmt("Ihr erreicht {pr} unter {e} oder {ph}.", pr=p.f("sie", "ihn"), e=c.shop_email(p), ph=c.phone(mobile=True)),
    )


def intra_4(c):
    p = c.person()
    a = c.person()
    return lines(
        "Spendenwanderung – danke!",
        fmt("Zusammengekommen sind {m} für die Bergwacht. Ein besonderer Dank an {a} für die Route und an {g} für den Kuchen.",
            m=c.money(400, 3000), a=a.full(), g=p.full()),
        c.opt(0.5, fmt("Fotos gibt's bei {g}.", g=a.given())),
    )


# ------------------------------------------------------------------------------------------
# hold_slip*
# ------------------------------------------------------------------------------------------

def hold_1(c):
    p = c.person()
    a = c.person()
    pr = c.product()
    return lines(
        c.ch(["ZURÜCKGELEGT", "RESERVIERT"]) if c.country != "AT" else "HINTERLEGT",
        fmt("{pr} – {sz} – {f}", pr=pr[0], sz=c.size(), f=c.ch(pr[3])),
        fmt("Für: {n}", n=c.ch([p.full, p.upper, p.lf])()),
        fmt("Tel.: {ph}", ph=c.phone()),
        fmt("Bis: {d}", d=c.date()),
        fmt("Angenommen: {a}", a=a.given()),
    )


def hold_2(c):
    p = c.person()
    a = c.person()
    sie = c.p(0.5)
    return lines(
        anrede(c, p, sie),
        "",
        fmt("gute Nachricht: Wir haben {ihnen} den {pr} in {sz} in der Filiale {s} bis {wd} zurückgelegt.", ihnen="Ihnen" if sie else "dir",
            pr=c.pshort(), sz=c.size(), s=c.store(), wd=c.weekday()),
        fmt("{x} einfach an der Kasse den Namen.", x="Nennen Sie" if sie else "Nenn"),
        "",
        gruss(c, sie),
        a.given(),
    )


def hold_3(c):
    ps = [c.person() for _ in range(c.ri(2, 4))]
    rows = ["Zurückgelegt hinter der Kasse:"]
    for p in ps:
        rows.append(fmt("- {pr} {sz} | {n} | {ph} | bis {d}", pr=c.pshort(), sz=c.size(), n=c.ch([p.full, p.lf, p.init_sur])(),
                        ph=c.phone(), d=c.daymonth()))
    return lines(*rows)


def hold_4(c):
    p = c.person()
    return lines(
        fmt("Telefonisch um {t}: {h} {s} möchte zwei Paar Trittweg-Socken und ein Morgengrat in {sz} reservieren.", t=c.time(),
            h=c.hon(p), s=p.sur(), sz=c.size()),
        fmt("Abholung {wd}. Nummer: {ph}", wd=c.weekday(), ph=c.phone()),
    )


# ------------------------------------------------------------------------------------------
# noticeboard_post*
# ------------------------------------------------------------------------------------------

def nb_1(c):
    p = c.person()
    return lines(
        "ZU VERKAUFEN",
        fmt("{x}, {m} VB.", x=c.ch(["Rennrad, Rahmen 56 cm", "Zwei-Personen-Zelt, zweimal benutzt", "Kindersitz fürs Rad", "Kletterschuhe Gr. 42"]),
            m=c.money(20, 300)),
        fmt("Bei {g} in {w} melden oder an {ph} schreiben", g=p.given(), w=c.ch(["der Buchhaltung", "im Lager", "im Büro"]), ph=c.phone(mobile=True)),
    )


def nb_2(c):
    p = c.person()
    return lines(
        "GEFUNDEN: blauer Schlüsselanhänger mit kleinem Karabiner, auf dem Parkplatz.",
        fmt("Abzuholen bei {n} in der Personalabteilung.", n=p.full()),
    )


def nb_3(c):
    p = c.person()
    return lines(
        fmt("WG-Zimmer in {o} ab {d} frei", o=c.town()[0], d=c.daymonth()),
        "18 m², Fahrradkeller, 10 Minuten zur Filiale.",
        fmt("Kontakt: {e}", e=c.email(p)),
        c.opt(0.6, fmt("oder {g} anrufen: {ph}", g=p.given(), ph=c.phone())),
    )


def nb_4(c):
    c.set_country(c.ch(["AT", "CH"]))
    p = c.person()
    return lines(
        "Mitfahrgelegenheit" if c.country == "AT" else "Fahrgemeinschaft gesucht",
        fmt("Ich fahre jeden Werktag von {o} herein, Abfahrt 7:30. Zwei Plätze frei.", o=c.town()[0]),
        fmt("{n}, {ph}", n=p.full(), ph=c.phone(mobile=True)),
    )


# ------------------------------------------------------------------------------------------
# whistleblower_report*
# ------------------------------------------------------------------------------------------

def wb_1(c):
    p = c.person()
    return lines(
        fmt("Hinweis Nr. {k}", k=c.case_no()),
        fmt("Eingang: {d} über das Hinweisgeberportal", d=c.date()),
        fmt("Inhalt: Mitarbeiterrabatt wird in der Filiale {s} für Bestellungen Dritter genutzt; genannt wird {n} (stellv. Filialleitung).",
            s=c.store(), n=p.full()),
        "Hinweisgeber/in: anonym, keine Kontaktdaten.",
        "Status: an Compliance übergeben.",
    )


def wb_2(c):
    p = c.person()
    r = c.person()
    return lines(
        fmt("Hotline-Anruf {d}, {t}", d=c.date(), t=c.time()),
        fmt("Anrufer/in: {n}, {ph} (einverstanden mit Namensnennung)", n=r.full(), ph=c.phone()),
        fmt("Die Notausgänge im Lager {s} sind morgens mit Paletten zugestellt; {h} {s2} wurde zweimal informiert.", s=c.store(),
            h=c.hon(p), s2=p.sur()),
        c.opt(0.5, fmt("Rückmeldung per Mail: {e}", e=c.email(r))),
    )


def wb_3(c):
    p = c.person()
    a = c.person()
    return lines(
        anrede(c, p, True),
        "",
        fmt("vielen Dank für Ihre Meldung vom {d}. Wir haben den Vorgang {k} angelegt und informieren Sie unter {e} über den Stand.",
            d=c.date(), k=c.case_no(), e=c.email(p)),
        "Ihre Identität ist nur der Meldestelle bekannt (HinSchG).",
        "",
        gruss(c),
        fmt("{a}, interne Meldestelle", a=a.full()),
        c.shop_email(),
    )


def wb_4(c):
    p = c.person()
    q = c.person()
    a = c.person()
    return lines(
        fmt("Ermittlungsnotiz ({k})", k=c.case_no()),
        fmt("Gespräch mit {n} am {d}. Bestreitet, die Stempelzeiten von {q} geändert zu haben.", n=p.full(), d=c.date(), q=q.full()),
        fmt("Export der Zeiterfassung bei der IT angefragt, Terminal-IP {ip}.", ip=c.ipv4("private")),
        fmt("Nächster Schritt: Gespräch mit {g}. — {a}", g=q.given(), a=a.init_sur()),
    )


# ------------------------------------------------------------------------------------------
# secret_santa* (Wichteln)
# ------------------------------------------------------------------------------------------

def ss_1(c):
    p = c.person()
    q = c.person()
    return lines(
        fmt("Hallo {g}!", g=p.given()),
        fmt("Du bist Wichtel für {n}.", n=q.full()),
        fmt("Budget: {m}. Wunsch: {w}.", m=c.money(10, 25), w=c.ch(["alles mit Kaffee", "ein gutes Buch", "bitte keine Schokolade", "Spiele"])),
        "Geschenke bis zum 18. unter den Baum im Pausenraum. Pssst!",
    )


def ss_2(c):
    ps = [c.person() for _ in range(c.ri(3, 5))]
    rows = ["Wichtel-Auslosung (nur für die Orga!):"]
    for i in range(len(ps)):
        rows.append(fmt("{i}) {a} → {b}", i=i + 1, a=ps[i].given(), b=ps[(i + 1) % len(ps)].given()))
    return lines(*rows)


def ss_3(c):
    c.set_country("AT")
    p = c.person()
    q = c.person()
    return lines(
        fmt("Servus {g}, beim Engerl-Bengerl hast du {n} aus dem Lager gezogen 🎁", g=p.given(), n=q.full()),
        fmt("{q} arbeitet heuer im Homeoffice, bitte schick dein Packerl bis {d} an {ad}.", q=q.given(), d=c.daymonth(),
            ad=c.address("AT", form=c.ch(["line", "two"]))),
    )


def ss_4(c):
    p = c.person()
    return lines(
        "Anmeldung Wichteln",
        fmt("Name: {n}", n=p.full()),
        fmt("Filiale/Team: {s}", s=c.store()),
        fmt("Mag: {x}", x=c.ch(["Tee, Rätsel", "scharfe Soßen", "alles Grüne", "Brettspiele"])),
        fmt("Versandadresse (nur Homeoffice): {ad}", ad=c.address(form="line")),
    )


# ------------------------------------------------------------------------------------------
# uniform_order* (Dienstkleidung)
# ------------------------------------------------------------------------------------------

def uni_1(c):
    p = c.person()
    a = c.person()
    return lines(
        fmt("Dienstkleidung – {n} ({s})", n=p.full(), s=c.store()),
        fmt("2× Gitterhang-Fleece {sz}, 1× Morgengrat {sz2}, 1× Namensschild „{g}“", sz=c.size(), sz2=c.size(), g=p.given()),
        fmt("Freigegeben: {a}", a=a.given()),
    )


def uni_2(c):
    p = c.person()
    return lines(
        anrede(c, p, False),
        "",
        fmt("deine Dienstkleidung ist unterwegs an {ad} – Sendungsnummer {t}.", ad=c.address(form="line"), t=c.parcel_no()),
        "Das Namensschild bitte links auf der Brust tragen.",
        "",
        "Dein Store-Ops-Team",
    )


def uni_3(c):
    ps = [c.person() for _ in range(c.ri(2, 4))]
    rows = [fmt("Namensschilder drucken ({s}):", s=c.store())]
    for p in ps:
        rows.append(fmt("- „{b}“ – {r}", b=c.ch([p.given, p.given, p.full])(), r=c.ch(["Verkauf", "Werkstatt", "Leitung", "Schuhberatung"])))
    return lines(*rows)


def uni_4(c):
    c.set_country("CH")
    p = c.person()
    return lines(
        fmt("Grüezi, hier ist {n}. Das Fleece ist in {sz} gekommen, bestellt hatte ich {sz2}.", n=p.full(), sz=c.size(), sz2=c.size()),
        fmt("Können Sie das richtige an {ad} schicken? Sonst erreichen Sie mich unter {ph}.", ad=c.address("CH", form="line"),
            ph=c.phone("CH", mobile=True)),
    )


PROSE = {
    "crm_note": [crm_1, crm_2, crm_3, crm_4, crm_5],
    "support_email": [sup_1, sup_2, sup_3, sup_4, sup_5],
    "quoted_reply": [q_1, q_2, q_3, q_4],
    "signed_review": [rev_1, rev_2, rev_3, rev_4],
    "email_signature": [sig_1, sig_2, sig_3, sig_4],
    "team_chat": [chat_1, chat_2, chat_3, chat_4, chat_5],
    "call_note": [call_1, call_2, call_3, call_4],
    "name_prose": [np_1, np_2, np_3, np_4, np_5],
    "postal_letter": [let_1, let_2, let_3, let_4],
    "exit_interview": [exit_1, exit_2, exit_3, exit_4],
    "probation_review": [prob_1, prob_2, prob_3, prob_4],
    "branch_transfer": [tr_1, tr_2, tr_3, tr_4],
    "intranet_post": [intra_1, intra_2, intra_3, intra_4],
    "hold_slip": [hold_1, hold_2, hold_3, hold_4],
    "noticeboard_post": [nb_1, nb_2, nb_3, nb_4],
    "whistleblower_report": [wb_1, wb_2, wb_3, wb_4],
    "secret_santa": [ss_1, ss_2, ss_3, ss_4],
    "uniform_order": [uni_1, uni_2, uni_3, uni_4],
}


# ==========================================================================================
# Texte ohne personenbezogene Daten (Doppelgänger)
# ==========================================================================================

def lb_1(c):
    pr = c.product()
    return lines(
        fmt("{p} in {f}", p=pr[0], f=c.ch(pr[3])),
        c.ch(["Für den Jäger im Morgennebel und den Bäcker auf dem Weg zur Frühschicht.",
              "Wenn der Winter kommt und der Fuchs schon im Bau sitzt.",
              "Leicht wie ein Vogel, warm wie die Stube beim Bauer am Hof."]),
        fmt("SKU {s} · {p} €", s=pr[1], p=pr[2]),
    )


def lb_2(c):
    a, b = c.sample(["Kaltkar Daunenjacke", "Firstwand 3-Lagen-Regenjacke", "Gitterhang Grid-Fleecejacke", "Almweg Zip-off-Wanderhose",
                     "Rinnental Isolationshoody"], 2)
    return lines(
        "Herbst-Lookbook, Seite " + str(c.ri(2, 24)),
        fmt("Links: {a}. Rechts: {b}. Dazu eine Thermoskanne und ein junger Hund, der beim Koch um Wurst bettelt.", a=a, b=b),
        c.ch(["Der Wolf heult, wir wandern.", "Ein bisschen Regen, viel Grat.", "Im Mai noch Schnee am Gipfel."]),
    )


def lb_3(c):
    pr = c.product()
    return lines(
        fmt("{p} – Farben: {f}", p=pr[0], f=", ".join(pr[3])),
        c.ch(["Jägergrün und Signalorange gibt es nur diese Saison.", "Das Futter im Karomuster stammt vom Schneider aus dem Nachbardorf – bildlich gesprochen.",
              "Sommer wie Winter ein treuer Begleiter."]),
    )


def lb_4(c):
    return lines(
        "Shop the Look",
        fmt("1. {a}  2. {b}  3. {d}", a=c.pshort(), b=c.pshort(), d=c.pshort()),
        c.ch(["Fotografiert im Morgengrauen am Grünten.", "Aufgenommen auf der Alm über der Mühle, im späten Frühling.", "Der Koch auf der Hütte hatte warm, wir nicht."]),
    )


def ev_1(c):
    return lines(
        "Termine in den Filialen",
        fmt("{d} – 87435 Kempten: Kartenlesen für Einsteiger, 18 Uhr", d=c.daymonth()),
        fmt("{d} – Sonthofen: Reparatur-Café, bring deine kaputte Ausrüstung mit", d=c.daymonth()),
        fmt("{d} – 6020 Innsbruck: Vortrag Lawinenkunde", d=c.daymonth()),
    )


def ev_2(c):
    c.set_country("CH")
    return lines(
        fmt("Wegputzete am {d}", d=c.date(style="long")),
        "Treffpunkt: Parkplatz oberhalb von 3800 Interlaken. Handschuhe und Säcke sind da.",
        c.ch(["Für Helferinnen und Helfer gibt es Tee.", "Hunde an der Leine willkommen."]),
    )


def ev_3(c):
    c.set_country("AT")
    return lines(
        "Veranstaltungen Österreich",
        fmt("Wien, 1070 – {d}: Trailrunning-Training", d=c.daymonth()),
        fmt("Graz – {d}: Sockentausch", d=c.daymonth()),
        fmt("Salzburg – {d}: Pflege-Workshop für Daunenjacken", d=c.daymonth()),
    )


def ev_4(c):
    return lines(
        fmt("Pop-up in 79098 Freiburg: {a} bis {b}", a=c.daymonth(), b=c.daymonth()),
        "Geöffnet 10–18 Uhr, donnerstags bis 20 Uhr.",
        fmt("Vorgangsnummer Ticket-Hotline: {n}", n=c.phone_like()),
    )


def df_1(c):
    return lines(
        "Wo ist mein Paket?",
        fmt("Deine Sendungsnummer sieht so aus: {t}. Gib sie auf der Seite des Paketdienstes ein.", t=c.parcel_no()),
        fmt("Die Bestellnummer (z. B. {o}) ist keine Sendungsnummer.", o=c.order_no()),
    )


def df_2(c):
    return lines(
        "Kann ich an eine Packstation liefern lassen?",
        "Ja – wähle im Checkout Packstation, Postfiliale oder Postfach. Auch c/o-Adressen funktionieren.",
        fmt("Die Packstation bewahrt Sendungen {n} Tage auf.", n=c.ri(5, 9)),
    )


def df_3(c):
    return lines(
        fmt("Retourennummer {r} wurde am {d} angelegt.", r=c.phone_like(), d=c.date()),
        "Gib das Paket innerhalb von 14 Tagen in einer Filiale der Post ab. Die Erstattung folgt binnen fünf Werktagen.",
    )


def df_4(c):
    return lines(
        "Lieferzeiten",
        "Deutschland: 1–3 Werktage. Österreich: 2–4. Schweiz: 3–5 (inkl. Verzollung).",
        fmt("Warteschlangen-Nr. für Telefonbestellungen: {q}", q=c.phone_like()),
    )


FIRMEN = ["Schneider Logistik GmbH", "Vogel & Winter Transporte", "Koch Strickerei GmbH", "Fuchs Textilpflege",
          "Bauer Gebäudereinigung", "Sporthaus Lechner", "Druckerei Jäger & Söhne", "Wolf Verpackungen AG"]


def pl_1(c):
    a, b = c.sample(FIRMEN, 2)
    return lines(
        "Partner-Update",
        fmt("Ab {d} übernimmt {a} die Touren in Oberbayern; {b} bleibt für Tirol zuständig.", d=c.daymonth(), a=a, b=b),
    )


def pl_2(c):
    xs = c.sample(FIRMEN, 3)
    return lines("Freigegebene Lieferanten (Q%d)" % c.ri(1, 4), "- " + xs[0], "- " + xs[1], "- " + xs[2])


def pl_3(c):
    return fmt("{a} hat den Rahmenvertrag bis {y} verlängert. Rechnungen tragen jetzt die Bestellnummer {po}.", a=c.ch(FIRMEN),
               y=c.ri(2026, 2029), po=c.ri(400000, 499999))


def pl_4(c):
    return lines(
        "Druck- und Beschilderungspartner",
        fmt("{a} (Schaufensterfolien), Etikettendruck Allgäu (Kassenrollen)", a=c.ch(FIRMEN)),
        "Postfach 11 20, Lieferzeit 10 Werktage.",
    )


def sz_1(c):
    return lines(
        fmt("{p} – Größe | Brust (cm) | Taille (cm)", p=c.ch(["Kaltkar", "Firstwand", "Gitterhang", "Rinnental", "Schauerpass", "Morgengrat"])),
        "S | 88–94 | 74–80",
        "M | 94–100 | 80–86",
        "L | 100–106 | 86–92",
        c.opt(0.6, "XL | 106–112 | 92–98"),
    )


def sz_2(c):
    return lines(
        "Steinlauf: EU 38–47 in halben Größen.",
        c.ch(["Zwischen zwei Größen? Für lange Abstiege eine halbe Nummer größer.", "Am Nachmittag anprobieren, mit den Laufsocken.",
              "Fällt normal aus, mittelbreiter Vorfuß."]),
        fmt("EU 42 = UK {u}", u=c.ch(["8", "8,5"])),
    )


def sz_3(c):
    return lines(fmt("Schrittlänge {p}: kurz 76 cm, normal 81 cm, lang 86 cm.", p=c.ch(["Almweg", "Wintersteig"])),
                 c.ch(["Bundweiten 46–56 (Herren), 34–44 (Damen).", "Bundweiten S–XXL.", "Über dünner Funktionswäsche messen."]))


def sz_4(c):
    return lines(fmt("Trittweg-Socken ({f})", f=c.ch(["Felsgrau", "Tannenschatten", "Hüttenorange"])), "35–38 · 39–42 · 43–46 · 47–49",
                 c.ch(["Tipp: Zwischen zwei Größen lieber die kleinere.", "24,95 € pro Paar.", "Merino-Mischung, Maschinenwäsche 30 °C."]))


def rn_1(c):
    return lines(
        fmt("Kassen-App {v} (Build {b})", v=c.version(), b=c.ri(1000, 9999)),
        "- Bons drucken schneller",
        "- Rundungsfehler beim Gutscheinguthaben behoben",
        fmt("- benötigt Tablet-Betriebssystem {v} oder neuer", v=c.version()),
    )


def rn_2(c):
    return lines(
        fmt("Firmware Inventurscanner {v}", v=c.version()),
        fmt("Änderungen seit {v}: Barcodes bei wenig Licht, Akkuwarnung bei 15 %.", v=c.version()),
    )


def rn_3(c):
    return lines(
        fmt("Release {v} – {d}", v=c.version(), d=c.date(style="iso")),
        fmt("Commit {h}", h="%07x" % c.ri(0, 0xFFFFFFF)),
        fmt("Standard-Port: {p}.", p=c.ch([8080, 8443, 3000, 5432])),
    )


def rn_4(c):
    return lines("Shop-App – was ist neu?", fmt("Version {v}: Der Größenberater merkt sich jetzt deine letzte Passform.", v=c.version()))


def tr_r1(c):
    return lines(
        fmt("Müsliriegel für die Tour ({n} Stück)", n=c.ch([8, 10, 12, 16, 20])),
        fmt("{o} g Haferflocken, {b} g Butter, 80 g Honig, eine Handvoll {x}.", o=c.ch([150, 200, 250]), b=c.ch([80, 100, 120]),
            x=c.ch(["Rosinen", "Cranberrys", "Datteln", "Kürbiskerne"])),
        fmt("Jeder Bäcker sagt dir: fest andrücken, {m} Minuten bei {t} °C backen, warm schneiden.", m=c.ri(18, 25), t=c.ch([170, 180])),
    )


def tr_r2(c):
    return lines(
        "Hüttenporridge",
        fmt("Ein Klassiker vom Hüttenkoch: Haferflocken, Milchpulver, eine Prise Salz, {x}.", x=c.ch(["getrocknete Hagebutten", "Walnüsse", "Apfelchips", "Aprikosen"])),
        fmt("In {m} Minuten fertig auf dem Kocher.", m=c.ri(4, 9)),
    )


def tr_r3(c):
    return lines(
        "Jägereintopf für den Biwakabend",
        fmt("Zwiebeln anbraten, {x}, Paprika und Brühe dazu, {m} Minuten köcheln lassen.", x=c.ch(["Linsen", "Bohnen", "Graupen", "Kartoffeln"]), m=c.ri(20, 40)),
        c.ch(["Kann am Vorabend gekocht werden.", "Reicht für vier hungrige Wanderer."]),
    )


def tr_r4(c):
    c.set_country("AT")
    return lines(
        "Bärlauchpesto (am besten im Mai)",
        fmt("{a} g Blätter, {b} g {n}, 50 g Bergkäse und Öl mixen. Hält {k} im Kühlschrank – eingefroren bis in den Jänner.", a=c.ch([80, 100, 150]),
            b=c.ch([40, 50, 60]), n=c.ch(["Walnüsse", "Pinienkerne", "Mandeln", "Sonnenblumenkerne"]), k=c.ch(["eine Woche", "fünf Tage", "drei Tage"])),
    )


def pt_1(c):
    return lines(
        fmt("Frühlingsaktion: 15 % auf Regenjacken vom {a} bis {b}.", a=c.daymonth(), b=c.daymonth()),
        fmt("Code {code}, einmal pro Person, nicht kombinierbar.", code=c.ch(["REGEN15", "FRUEHLING25", "HUETTENORANGE"])),
    )


def pt_2(c):
    return lines(
        "Bedingungen Treuebonus",
        fmt("Punkte verfallen nach 24 Monaten, mit einer Kulanzfrist von 30 Tagen. Mindestbestellwert {m}.", m=c.money(20, 60)),
    )


def pt_3(c):
    return lines(
        fmt("Gratis-Socken zu jedem Steinlauf, bestellt bis {d}.", d=c.date(style="long")),
        "Solange der Vorrat reicht. Wird im Warenkorb automatisch hinzugefügt.",
    )


def pt_4(c):
    c.set_country("CH")
    return lines(
        "Eintauschwoche",
        fmt("Alte Jacke mitbringen und {m} auf eine neue erhalten. Gültig in allen Schweizer Filialen.", m="CHF " + str(c.ri(20, 50)) + ".–"),
    )


def job_1(c):
    return lines(
        fmt("Wir suchen: Verkäufer/in in {s}", s=c.store()),
        "Teilzeit, 20–30 Stunden, auch am Samstag.",
        "Bewerbung bitte über unser Karriereportal – keine Unterlagen per Post.",
    )


def job_2(c):
    return lines(
        "Näher/in für die Reparaturwerkstatt (m/w/d), Allgäu",
        "Du kennst dich mit Nähmaschine und Nahtabdichtungspresse aus.",
        fmt("Start: {d}. Vergütung nach Tarif.", d=c.daymonth()),
    )


def job_3(c):
    return lines(
        "Koch/Köchin für unsere Hüttenevents gesucht",
        "Mai bis Oktober, drei Wochenenden im Monat. Gesundheitszeugnis erforderlich.",
        "Bewerbung online unter Kennziffer JOB-" + str(c.ri(100, 999)) + ".",
    )


def job_4(c):
    return lines(
        fmt("Stellvertretende Filialleitung – {s}", s=c.store()),
        "Du führst ein Team von acht Leuten, planst Dienste und verantwortest das Lager.",
        "Bewerbungsschluss: " + c.date(style="long") + ".",
    )


CLEAN = {
    "lookbook_caption": [lb_1, lb_2, lb_3, lb_4],
    "event_calendar": [ev_1, ev_2, ev_3, ev_4],
    "delivery_faq": [df_1, df_2, df_3, df_4],
    "partner_list": [pl_1, pl_2, pl_3, pl_4],
    "size_chart": [sz_1, sz_2, sz_3, sz_4],
    "release_notes": [rn_1, rn_2, rn_3, rn_4],
    "trail_recipe": [tr_r1, tr_r2, tr_r3, tr_r4],
    "promo_terms": [pt_1, pt_2, pt_3, pt_4],
    "job_ad": [job_1, job_2, job_3, job_4],
}
