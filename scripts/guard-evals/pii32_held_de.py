"""German prose templates (18 genres with personal data) and German texts without personal
data (10 genres) for the held-out half of the thirty-second PII bank (heldout32).

Written in German (du and Sie, Austrian and Swiss variants), not translated. Options tagged
`@du:` / `@sie:` follow the register of the text, `@AT:` / `@CH:` its country; `@CH+du:` needs
both. In Swiss texts the renderer writes ss for ß outside the values."""

import pii32_held_core as C

PROSE = {}
NOPII = {}


def T(genre, reg=None, **meta):
    reg = PROSE if reg is None else reg

    def deco(f):
        f.meta = meta
        reg.setdefault(genre, []).append(f)
        return f
    return deco


def NP(genre, **meta):
    return T(genre, NOPII, **meta)


def GR(x="a"):
    """Greeting of person x, by register and country."""
    return ("[[@sie:{X|Sehr geehrter|Sehr geehrte} {X.hon}|@sie:Guten Tag {X.hon}|"
            "@CH+sie:Grüezi {X.hon}|@CH+sie:Grüezi {X.hon}|@AT+sie:Grüß Gott, {X.hon}|"
            "@du:Hallo {X.given}|@du:Liebe{X|r|} {X.given}|@du:Hi {X.given}|"
            "@CH+du:Hoi {X.given}|@CH+du:Sali {X.given}|@AT+du:Servus {X.given}]],").replace("X", x)


BYE = ("[[@sie:Mit freundlichen Grüßen|@sie:Freundliche Grüße|@CH:Freundliche Grüße|"
       "@du:Viele Grüße|@du:Liebe Grüße|@AT+du:LG|@AT+sie:Mit besten Grüßen|@CH+du:En Gruess]]")


def D(du, sie):
    return "[[@du:%s|@sie:%s]]" % (du, sie)


def passnr(g):
    return g.pick(["C", "P", "N", "K"]) + "".join(g.pick("0123456789") for _ in range(7))


def ablauf(g):
    return "%02d/%d" % (g.rng.randrange(1, 13), g.rng.randrange(26, 31))


# ============================================================================================
# support_email


@T("support_email")
def se_umtausch(g):
    a = g.customer()
    p = g.product(["jacket", "trousers"])
    return g.render(
        "Betreff: Umtausch [[Bestellung|Auftrag]] {o}\n\n"
        "[[Hallo|Guten Tag]] liebes Talgrat-Team,\n\n"
        "die {p.name} ist mir in {z} leider zu [[klein|groß|eng an den Schultern]]. Ich schicke "
        "sie heute zurück und hätte gern die nächste Größe. Bitte die neue Lieferung an meine "
        "neue Adresse:\n\n{a.two}\n\n"
        "[[Bei Fragen erreichen Sie mich unter|Für Rückfragen:]] {a.phone}\n\n"
        "Danke und viele Grüße\n{a.full}",
        a=a, p=p, z=p.size(), o=g.order_no())


@T("support_email")
def se_erstattung(g):
    a = g.customer()
    h = g.person(relative_of=a, country=a.country) if g.chance(0.35) else a
    s = g.staff()
    return g.render(
        GR() + "\n\n"
        + D("danke für deine Rücksendung", "vielen Dank für Ihre Rücksendung") + " ({o}). "
        "Da [[die Rechnung bereits bezahlt war|der Betrag schon abgebucht wurde]], überweisen "
        "wir {m} auf das angegebene Konto:\n\n"
        "Kontoinhaber{h|:|in:} {h.full}\nIBAN: {a.iban}\n\n"
        "[[Die Gutschrift sollte in drei bis fünf Werktagen sichtbar sein.|Bitte "
        + D("rechne", "rechnen Sie") + " mit bis zu einer Woche.]]\n\n"
        + BYE + "\n{s.full}\nKundenservice {st.name}",
        a=a, h=h, s=s, st=g.store, o=g.order_no(), m=g.money())


@T("support_email")
def se_zitat(g):
    a = g.customer()
    s = g.staff()
    return g.render(
        GR() + "\n\n"
        "die Ersatzschnalle für [[den|deinen|Ihren]] {p.short} ist heute rausgegangen, "
        "Sendungsnummer {pn}. [[Einfach aufstecken, kein Werkzeug nötig.|Die alte Schnalle kann "
        + D("du", "Sie") + " entsorgen.]]\n\n" + BYE + "\n{s.given}\n\n"
        "Am {d} schrieb {a.full} <{a.email}>:\n"
        "> Bei meinem Rucksack ist die Brustgurtschnalle gebrochen. Können Sie mir eine neue "
        "schicken? Adresse: {a.addr}",
        a=a, s=s, p=g.product(["pack"]), pn=g.parcel_no(), d=g.date())


@T("support_email", country="CH")
def se_schweiz(g):
    a = g.customer(country="CH")
    s = g.staff()
    return g.render(
        "Grüezi {a.hon}\n\n"
        "Besten Dank für Ihre Nachricht. Die defekte {p.name} haben wir erhalten; Sie bekommen "
        "innert zehn Arbeitstagen ein neues Stück an {a.addr}. [[Falls Sie lieber eine "
        "Gutschrift möchten, rufen Sie uns an: {st.phone}.|Die Rücksendekosten übernehmen "
        "selbstverständlich wir.]]\n\nFreundliche Grüße\n{s.full}\n{st.name}",
        a=a, s=s, st=g.store, p=g.product(["jacket"]))


@T("support_email", country="AT", register="du")
def se_oesterreich(g):
    a = g.customer(country="AT")
    s = g.staff()
    return g.render(
        "Servus {a.given},\n\n"
        "dein Packerl [[liegt noch bei uns im Lager|ist leider wieder zu uns zurückgekommen|hängt "
        "noch im Verteilzentrum]], weil [[die Hausnummer gefehlt hat|die Stiege fehlt|der "
        "Straßenname falsch war]]. Passt {a.street} so? [[Dann geht's morgen raus.|Dann schick "
        "ich's heut noch weg.|Sonst kannst es auch in der Filiale {st.short} holen.]]\n\n"
        "[[LG|Liebe Grüße|Baba]] {s.given}\n[?Talgrat {st.short}, {st.phone}\n?]",
        a=a, s=s, st=g.store)


# ============================================================================================
# crm_note


@T("crm_note")
def crm_telefonat(g):
    a = g.customer()
    s = g.staff()
    return g.render(
        "{d}: Telefonat mit {a.herrn} wegen {o}. [[Möchte auf Größe {z} umtauschen.|Paket laut "
        "Sendungsverfolgung zugestellt, aber nicht angekommen – Nachforschung bei {cr} "
        "beauftragt.|Fragt nach dem Stand der Reparatur; Ende nächster Woche zugesagt.]]"
        "[? Rückruf bitte nach 17 Uhr unter {a.phone}.?] ({s.given})",
        a=a, s=s, d=g.date(), o=g.order_no(), z=g.pick(["S", "M", "L", "XL", "42", "43"]),
        cr=g.company("courier"))


@T("crm_note")
def crm_kompositum(g):
    a = g.customer()
    s = g.staff()
    return g.render(
        "Die {a.sur}-Reklamation ist erledigt: neue Jacke ging am {d} raus, alte wird vernichtet. "
        "Kund{a|e|in} war am Telefon sehr freundlich. Neue Mobilnummer: {a.phone}. "
        "– {s.isur}",
        a=a, s=s, d=g.date())


@T("crm_note")
def crm_dublette(g):
    a = g.customer()
    return g.render(
        "Dublette zusammengeführt: {a.full}, alt {e1}, neu {a.email}. Übernommen wurde die "
        "neuere Anschrift {a.addr}.[? Bonuspunkte ({n}) übertragen.?]",
        a=a, e1=g.email2(a), n=str(g.rng.randrange(100, 5000)))


@T("crm_note")
def crm_stammkunde(g):
    a = g.customer()
    s = g.staff()
    p = g.product(["pack", "shoe"])
    return g.render(
        "{a.full} ist Stammkund{a|e|in} in {st.short} und kennt {s.given} vom Bouldern. "
        "{a.gen} Lieblingsfarbe ist {p.colour}; [[bitte melden, wenn der {p.short} wieder da "
        "ist|möchte lieber angerufen werden als Mails bekommen: {a.phone}|Geburtstagsgutschein "
        "an {a.email} kam zurück – beim nächsten Besuch Adresse prüfen]].",
        a=a, s=s, st=g.store, p=p)


@T("crm_note")
def crm_login(g):
    a = g.customer()
    return g.render(
        "Auffällig: Anmeldung im Konto von {a.full} von {ip} aus, zwei Stunden nach einer "
        "Bestellung von {a.ip}. [[Kund{a|e|in} hat telefonisch bestätigt, dass es der Partner "
        "war.|Kund{a|e|in} kennt den Zugriff nicht; Passwort-Link an {a.email} geschickt.]]",
        a=a, ip=g.ip(country=g.pick(["NL", "FR", "US", "GB"])))


# ============================================================================================
# team_chat


@T("team_chat", register="du")
def tc_abholung(g):
    s1, s2 = g.staff(), g.staff()
    a = g.customer()
    t = g.times(4)
    return g.render(
        "{t0} {s1.lgiven}: weiß wer, ob die bestellung von {a.full} schon da ist?\n"
        "{t1} {s2.lgiven}: die mit dem {p.short}?\n"
        "{t2} {s1.lgiven}: genau, {a|er|sie} hat heute zweimal angerufen. nummer {a.phone}\n"
        "{t3} {s2.lgiven}: liegt [[hinter der kasse|im lager oben rechts]], ich ruf {a|ihn|sie} "
        "an",
        s1=s1, s2=s2, a=a, p=g.product(), t0=t[0], t1=t[1], t2=t[2], t3=t[3])


@T("team_chat", country="CH", register="du")
def tc_schweiz(g):
    s1, s2 = g.staff(), g.staff()
    a = g.customer(country="CH")
    return g.render(
        "{s1.lgiven}: hoi zäme, {a|de herr|d frau} {a.lsur} chunnt hüt am 3i d {p.short} go abhole\n"
        "{s2.lgiven}: isch zahlt?\n"
        "{s1.lgiven}: jo, mit twint. {a|er|sie} het no gfrogt öb mir {a|ihm|ihre} chönd alüte, "
        "{a|sini|iri} nummere isch {a.phone}\n"
        "{s2.lgiven}: merci, mach i",
        s1=s1, s2=s2, a=a, p=g.product())


@T("team_chat", country="AT", register="du")
def tc_oesterreich(g):
    s1, s2 = g.staff(), g.staff()
    a = g.customer(country="AT")
    return g.render(
        "{s1.lgiven}: servas, die {a.lsur}-retoure is endlich da 🙄\n"
        "{s2.lgiven}: leiwand. gutschrift oder tausch?\n"
        "{s1.lgiven}: tausch, auf {z}. geht an {a.addr}\n"
        "{s2.lgiven}: passt, i mach des nach da mittagspause",
        s1=s1, s2=s2, a=a, z=g.pick(["M", "L", "XL", "43"]))


@T("team_chat", register="du")
def tc_schicht(g):
    s1, s2, s3 = g.staff(), g.staff(), g.staff()
    return g.render(
        "{s1.lgiven}: kann jemand meinen samstag übernehmen? [[zahnarzt|hochzeit meiner "
        "schwester|auto ist in der werkstatt]] 😬\n"
        "{s2.lgiven}: vormittag geht bei mir\n"
        "{s1.lgiven}: du bist die beste! {s3.given} könnte evtl. nachmittags, "
        "{s3|seine|ihre} nummer: {s3.phone}",
        s1=s1, s2=s2, s3=s3)


@T("team_chat", register="du")
def tc_vergessen(g):
    a = g.customer()
    s = g.staff()
    item, es = g.pick([("meine Stöcke", "sie"), ("meine Handschuhe", "sie"), ("eine Mütze", "sie"),
                       ("meinen Schal", "ihn"), ("mein Stirnband", "es")])
    return g.render(
        "{a.given}: Hallo, ist da die Filiale {st.short}? Ich hab [[gestern|am Samstag|heute "
        "früh]] {item} in der Umkleide liegen lassen\n"
        "{s.given} (Talgrat): Hallo {a.given}! Ja, liegt bei uns. Auf welchen Namen sollen wir "
        "{es} zurücklegen?\n"
        "{a.given}: {a.full}. Ich komme [[Samstag|morgen nach der Arbeit]] vorbei\n"
        "{s.given} (Talgrat): Super, liegt an der Kasse bereit 👍",
        a=a, s=s, st=g.store, item=item, es=es)


# ============================================================================================
# business_card_order


@T("business_card_order", register="sie")
def bc_auftrag(g):
    s = g.staff()
    m = g.staff()
    pc = g.person("partner")
    return g.render(
        "Betreff: Visitenkarten {st.name}\n\n"
        "Guten Tag {pc.hon},\n\n"
        "[[bitte drucken Sie|wir bräuchten|bitte fertigen Sie]] [[250|200|500]] Visitenkarten für unsere neue "
        "[[Filialleitung|Werkstattleitung|stellvertretende Filialleitung]]:\n\n"
        "Name: {s.full}\nTelefon: {st.phone} / mobil {s.phone}\nE-Mail: {s.email}\n"
        "Anschrift: {st.addr}\n\n"
        "Layout wie beim letzten Mal ([[matt|Naturpapier]], Schiefer auf Weiß). Den Korrekturabzug "
        "bitte an {m.email}.\n\n" + BYE + "\n{m.full}",
        s=s, m=m, pc=pc, st=g.store)


@T("business_card_order", register="du")
def bc_korrektur(g):
    s = g.staff()
    pc = g.person("partner")
    return g.render(
        "Hallo {pc.given},\n\n"
        "[[danke für den Abzug!|der Abzug ist da, danke!|sieht schon gut aus!]] "
        "[[In der Mobilnummer sind zwei Ziffern vertauscht, richtig ist {s.phone}.|Die "
        "Handynummer stimmt nicht – bitte {s.phone}.|Bitte noch die Mobilnummer {s.phone} "
        "ergänzen.]] [[Der Rest passt.|Sonst alles prima.|Farben passen.]][? Kannst du die "
        "Mail-Adresse {s.email} noch eine Zeile tiefer setzen??]\n\n[[{s.given}|Gruß\n{s.given}]]",
        s=s, pc=pc)


@T("business_card_order", register="du")
def bc_heirat(g):
    s = g.staff()
    old = g.person(gender=s.gender)
    pc = g.person("partner")
    return g.render(
        "[[Hallo|Hi|Servus]] {pc.given}, seit der Hochzeit heiße ich {s.full} (vorher "
        "{old.sur}) – [[können wir meine Karten neu drucken?|bräuchte ich neue Visitenkarten.|"
        "druckst du mir die Karten bitte neu?]] [[Alles andere bleibt: {st.phone}, {s.email}.|"
        "Telefon {st.phone} bleibt, die Mail ist jetzt {s.email}.]] [[Danke!|Merci!|Vielen Dank!]] "
        "{s.given}",
        s=s, old=old, pc=pc, st=g.store)


@T("business_card_order", register="sie")
def bc_lieferung(g):
    s = g.staff()
    m = g.staff()
    pc = g.person("partner")
    return g.render(
        GR("m") + "\n\n"
        "die [[250|200|500]] Visitenkarten für {s.full} sind gedruckt und werden am {d} an "
        "{st.addr} geliefert. [[Die Rechnung geht wie immer an Ihre Buchhaltung.|Bitte prüfen "
        "Sie die Lieferung auf Vollständigkeit.|Die Druckdaten archivieren wir zwölf Monate.]]\n\n"
        + BYE + "\n{pc.full}\n{co} · {pc.landline}",
        s=s, m=m, pc=pc, st=g.store, d=g.date(), co=g.company("print"))


@T("business_card_order", register="du")
def bc_schublade(g):
    s = g.staff()
    m = g.staff()
    return g.render(
        "{s.given}, deine neuen Karten [[liegen in der Schublade unter der Kasse|sind heute "
        "gekommen, liegen im Büro|liegen auf deinem Spind]]. Hab diesmal geprüft: {s.email} und "
        "{s.phone} stimmen.[? Die alten sind im Altpapier.?][? Sind 250 Stück.?] [[– {m.given}|"
        "{m.given}|Gruß, {m.given}]]",
        s=s, m=m)


# ============================================================================================
# visa_invitation_letter

GAST = ["vietnamese", "indian", "nigerian", "ghanaian", "kenyan", "filipino", "chinese",
        "pakistani", "ethiopian", "ukrainian", "albanian"]
STADT = {"vietnamese": "Ho-Chi-Minh-Stadt", "indian": "Bengaluru", "nigerian": "Lagos",
         "ghanaian": "Accra", "kenyan": "Nairobi", "filipino": "Manila", "chinese": "Xiamen",
         "pakistani": "Sialkot", "ethiopian": "Addis Abeba", "ukrainian": "Lwiw",
         "albanian": "Tirana"}
BOTSCHAFT = {"vietnamese": "Hanoi", "indian": "Neu-Delhi", "nigerian": "Abuja",
             "ghanaian": "Accra", "kenyan": "Nairobi", "filipino": "Manila",
             "chinese": "Peking", "pakistani": "Islamabad", "ethiopian": "Addis Abeba",
             "ukrainian": "Kiew", "albanian": "Tirana"}


@T("visa_invitation_letter", country="DE", register="sie")
def vi_einladung(g):
    o = g.pick(GAST)
    a = g.person("guest", origin=o, country="US")
    host = g.staff()
    gf = g.staff()
    return g.render(
        "An die Botschaft der Bundesrepublik Deutschland, Visastelle {bo}\n{d.long}\n\n"
        "Einladungsschreiben für {a.UP}, Reisepass-Nr. {pp}\n\n"
        "Hiermit laden wir {a.honfull}, geboren am {geb}, wohnhaft in {st2}, zu einem Besuch "
        "unserer Zentrale in München ein. Zweck der Reise ist [[eine Produktschulung|ein "
        "Lieferantenaudit|die Musterbesprechung für die Wintersaison]] vom {d1} an für "
        "[[zehn|vierzehn|sieben]] Tage. Sämtliche Kosten für Reise und Unterkunft trägt die "
        "Talgrat Outdoor GmbH.\n\n"
        "Ansprechpartner{host|:|in:} {host.full}, {host.email}, {host.phone}\n\n"
        "Mit freundlichen Grüßen\n{gf.full}\nGeschäftsführung",
        a=a, host=host, gf=gf, bo=BOTSCHAFT[o], st2=STADT[o], pp=passnr(g), d=g.date(),
        d1=g.date(), geb="%02d.%02d.%d" % (g.rng.randrange(1, 29), g.rng.randrange(1, 13),
                                          g.rng.randrange(1968, 2000)))


@T("visa_invitation_letter", country="DE", register="sie")
def vi_mail_gast(g):
    o = g.pick(GAST)
    a = g.person("guest", origin=o, country="US")
    host = g.staff()
    f = g.staff()
    return g.render(
        "Liebe{a|r|} {a.given},\n\n"
        "anbei wie besprochen das Einladungsschreiben – bitte prüfen Sie, ob Ihr Name genau wie "
        "im Pass geschrieben ist: {a.UP}. [?Die Botschaft ruft eventuell bei mir an; meine "
        "Mobilnummer ist {host.phone}. ?]Vom Flughafen holt Sie {f.full} ab.\n\n"
        "Viele Grüße aus München\n{host.full}",
        a=a, host=host, f=f)


@T("visa_invitation_letter", country="DE", register="du")
def vi_bitte(g):
    o = g.pick(GAST)
    a = g.person("guest", origin=o, country="US")
    host = g.staff()
    return g.render(
        "Kann jemand ein Einladungsschreiben für {a.full} von unserem [[Lieferanten|Werk]] in "
        "{st2} aufsetzen? Ankunft {d1}, [[zehn|fünf|zwölf]] Nächte, Pass {pp}. Mail: {a.email}. "
        "Danke! {host.given}",
        a=a, host=host, st2=STADT[o], d1=g.date(), pp=passnr(g))


@T("visa_invitation_letter", country="DE", register="sie")
def vi_verpflichtung(g):
    o = g.pick(["kenyan", "ethiopian", "ukrainian", "albanian", "ghanaian"])
    a = g.person("guest", origin=o, country="US")
    h = g.staff()
    return g.render(
        "Bestätigung\n\n"
        "Wir bestätigen, dass {a.full}, geb. {geb}, auf Einladung der Talgrat Outdoor GmbH "
        "[[am Allgäu Trail Festival|an unserem Athletencamp in Oberstdorf|an einem gesponserten "
        "Berglauf]] teilnimmt. {a|Er|Sie} wohnt während des Aufenthalts bei unser{h|em|er} "
        "Mitarbeiter{h||in} {h.full}, {h.addr}. Die Kosten des Aufenthalts tragen wir.\n\n"
        "Talgrat Outdoor GmbH, Marketing",
        a=a, h=h, geb="%02d.%02d.%d" % (g.rng.randrange(1, 29), g.rng.randrange(1, 13),
                                       g.rng.randrange(1988, 2004)))


@T("visa_invitation_letter", country="DE")
def vi_rueckruf(g):
    o = g.pick(GAST)
    a = g.person("guest", origin=o, country="US")
    s = g.staff()
    return g.render(
        "Botschaft {bo} hat am {d} angerufen und die Einladung für {a.hon} bestätigen lassen "
        "(bestätigt von {s.full}). Der Bescheid geht direkt an {a.email}.",
        a=a, s=s, bo=BOTSCHAFT[o], d=g.date())


# ============================================================================================
# identity_misuse_claim


@T("identity_misuse_claim", register="sie")
def im_kunde(g):
    a = g.customer()
    x = g.address()
    return g.render(
        "Sehr geehrte Damen und Herren,\n\n"
        "ich habe eine Mahnung für die Bestellung {o} erhalten, obwohl ich bei Ihnen nie etwas "
        "bestellt habe. Als Lieferadresse stand dort {x} – dort wohne ich nicht; meine Anschrift "
        "ist {a.addr}. [[Offenbar bestellt jemand unter meinem Namen.|Da hat jemand meine Daten "
        "missbraucht.]] Bitte stellen Sie die Mahnungen ein[? und teilen Sie mir mit, was Sie "
        "über die Bestellung wissen?].\n\nMit freundlichen Grüßen\n{a.full}\n[?{a.two}\n?]{a.phone}",
        a=a, x=x, o=g.order_no())


@T("identity_misuse_claim")
def im_notiz(g):
    a = g.customer()
    s = g.staff()
    return g.render(
        "Fall {tk} – Verdacht auf Identitätsmissbrauch. Bestellungen {o1} und {o2} auf den "
        "Namen {a.full} ({a.email}) wurden von {ip} aus aufgegeben, bezahlt mit Karte "
        "Endziffern {l4}, Lieferung an {x}. [[Die eigenen Anmeldungen der Kundin kommen von "
        "{a.ip}.|Sonst meldet sich die Person aus einem anderen Netz an.]] Konto gesperrt, "
        "Bestellungen storniert, [[Anzeige empfohlen|Aktenzeichen der Polizei liegt vor]]. "
        "– {s.given}",
        a=a, s=s, tk=g.ticket_no(), o1=g.order_no(), o2=g.order_no(),
        ip=g.ip(country=g.pick(["NL", "FR", "US", "DE"])), l4=str(g.rng.randrange(1000, 9999)),
        x=g.address())


@T("identity_misuse_claim", register="sie")
def im_schreiben(g):
    a = g.customer()
    s = g.staff()
    x = g.address()
    return g.render(
        GR() + "\n\n"
        "wir haben die Bestellungen vom {d} geprüft. Sie stammen nicht von Ihnen und wurden "
        "storniert. Die Mahnung über {m} ist gegenstandslos; die Lieferanschrift {x.street} "
        "haben wir aus Ihrem Kundenkonto entfernt.[? Sollte weitere Post kommen, leiten Sie sie "
        "bitte an {fr} weiter.?]\n\n" + BYE + "\n{s.full}\nKundenschutz",
        a=a, s=s, x=x, d=g.date(), m=g.money(), fr=g.role_email("sicherheit"))


@T("identity_misuse_claim")
def im_anruf(g):
    a = g.customer()
    n = g.person(country=a.country)
    return g.render(
        "Anruf {a.herrn}: Beim Nachbarn {n.full} wurde ein Paket auf {a|seinen|ihren} Namen "
        "abgegeben, {a|er|sie} hat aber nichts bestellt. Bezahlt wurde mit Karte {c} – nicht "
        "{a|seine|ihre}. An die Betrugsabteilung weitergegeben.",
        a=a, n=n, c=g.card())


@T("identity_misuse_claim", register="du")
def im_chat(g):
    a = g.customer()
    s = g.staff()
    return g.render(
        "{a.given}: hallo, ich hab grad eine bestellbestätigung für eine {p.name} bekommen, hab "
        "aber nix bestellt\n"
        "{s.given} (Talgrat): Hallo {a.given}, das tut mir leid. An welche Adresse ging die Mail?\n"
        "{a.given}: {a.email}. und die lieferadresse ist auch nicht meine: {x}\n"
        "{s.given} (Talgrat): Danke! Ich habe die Bestellung gestoppt und an unser "
        "Sicherheitsteam gegeben.",
        a=a, s=s, p=g.product(["jacket"]), x=g.address())


# ============================================================================================
# fax_order


@T("fax_order", register="sie")
def fx_karte(g):
    a = g.customer()
    p1, p2 = g.product(), g.product()
    return g.render(
        "FAX an Talgrat Versand – Faxnummer {st.phone}\n"
        "Absender: {a.full}, {a.addr}\nTel. {a.landline}\n{d}\n\n"
        "Sehr geehrte Damen und Herren,\nhiermit bestelle ich:\n"
        "1 x {p1.name}, Gr. {z1}, {p1.colour}\n"
        "[?2 x {p2.name}, Gr. {z2}\n?]"
        "Bitte belasten Sie meine Kreditkarte {a.card}, gültig bis {x}.\n"
        "Mit freundlichen Grüßen\n{a.full}",
        a=a, st=g.store, d=g.date(), p1=p1, p2=p2, z1=p1.size(), z2=p2.size(), x=ablauf(g))


@T("fax_order", register="sie")
def fx_huette(g):
    a = g.customer()
    s = g.staff()
    h = g.pick(["vom Rotwandhaus", "von der Grüntenhütte", "von der Lamsenjochhütte",
                "von der Tilisunahütte", "von der Chamanna Tuoi", "vom Waltenbergerhaus"])
    return g.render(
        "Fax {h}, z. Hd. {s.hon}\n"
        "Wir brauchen für unser Hüttenpersonal [[sechs|acht|vier]] Paar {p.name}, Größen gemischt "
        "(Liste kommt mit der Post). Rechnung bitte an {a.full}, {a.addr}. Falls etwas nicht "
        "lieferbar ist, bitte unter {a.phone} anrufen – die Hütte hat bis Mai kein Festnetz.\n"
        "Berg Heil, {a.given}",
        a=a, s=s, h=h, p=g.product(["socks"]))


@T("fax_order", register="sie")
def fx_lastschrift(g):
    a = g.customer()
    p = g.product(["jacket", "trousers"])
    return g.render(
        "An: Talgrat Bestellannahme\nVon: {a.full}, Telefon {a.landline}\n\n"
        "Ich möchte die {p.name} in {p.colour}, Größe {z}, aus Ihrem Herbstkatalog (Seite "
        "[[12|14|23|31]]) bestellen. Den Betrag buchen Sie bitte von meinem Konto {a.iban} "
        "(Kontoinhaber{a||in} {a.full}) ab. Lieferung an:\n{a.two}\n\n"
        "Hochachtungsvoll\n{a.full}",
        a=a, p=p, z=p.size())


@T("fax_order", register="sie")
def fx_antwort(g):
    a = g.customer()
    s = g.staff()
    return g.render(
        GR() + "\n\n"
        "vielen Dank für Ihr Fax vom {d}. Leider war die Kartennummer auf unserer Kopie nicht "
        "lesbar. Bitte rufen Sie uns unter {st.phone} an oder faxen Sie noch einmal an dieselbe "
        "Nummer. [[Die Ware legen wir bis {d2} für Sie zurück.|Ihre Bestellung ist reserviert.]]"
        "\n\n" + BYE + "\n{s.full}",
        a=a, s=s, st=g.store, d=g.date(), d2=g.date())


@T("fax_order", country="AT", register="sie")
def fx_kurz(g):
    a = g.customer(country="AT")
    return g.render(
        "Bitte Katalog und 2 Paar {p.name} (43–46) an {a.full}, {a.addr}. Zahlung per "
        "Erlagschein[[| bis Ende Jänner| bis {dj.long}| bis Mitte Jänner]]. Tel. {a.landline}",
        a=a, p=g.product(["socks"]), dj=g.date(1, 2026))


# ============================================================================================
# unsubscribe_complaint


@T("unsubscribe_complaint")
def un_wuetend(g):
    a = g.customer()
    return g.render(
        "[[Zum dritten Mal|Nochmal|Ich habe schon zweimal darum gebeten]]: Streichen Sie "
        "{a.email} aus Ihrem Verteiler! Abgemeldet habe ich mich am {d}. [[Das ist "
        "Belästigung.|So funktioniert die DSGVO nicht.|Es reicht.]]\n{a.full}",
        a=a, d=g.date())


@T("unsubscribe_complaint", register="sie")
def un_nachweis(g):
    a = g.customer()
    s = g.staff()
    return g.render(
        GR() + "\n\n"
        "es tut uns leid, dass Sie weiter Post bekommen haben. Laut unserem Einwilligungsprotokoll "
        "wurde {a.email} am {d} um {t} Uhr von der IP-Adresse {a.ip} aus angemeldet, "
        "[[in der Filiale {st.short}|an der Kasse im Webshop|beim Wintergewinnspiel]]. Wir haben "
        "die Adresse jetzt aus allen Verteilern entfernt.[? Eine letzte, bereits geplante Mail "
        "kann noch innerhalb von 48 Stunden kommen.?]\n\n" + BYE + "\n{s.full}\nDatenschutz",
        a=a, s=s, st=g.store, d=g.date(), t=g.time())


@T("unsubscribe_complaint", register="du")
def un_sms(g):
    a = g.customer()
    s = g.staff()
    return g.render(
        "Ich bekomme dauernd SMS von Talgrat auf {a.phone}, obwohl ich euch die Nummer nie "
        "gegeben habe. Woher habt ihr die? {a.given}\n\n"
        "— Antwort —\n"
        "Hallo {a.given}, die Nummer wurde am {d} in {st.town} bei einer Click-&-Collect-"
        "Bestellung angegeben. Ich habe sie gelöscht und für Werbung gesperrt. {s.given}",
        a=a, s=s, st=g.store, d=g.date())


@T("unsubscribe_complaint")
def un_vater(g):
    a = g.customer()
    f = g.person(relative_of=a, gender="m", country=a.country)
    return g.render(
        "Bitte schicken Sie den Katalog nicht mehr an meinen verstorbenen Vater, {f.full}, "
        "{f.addr}. Er ist [[letztes Jahr|im März|vor zwei Jahren]] gestorben, und meine Mutter "
        "regt sich jedes Mal auf. [[Danke für Ihr Verständnis.|Vielen Dank.]]\n{a.full}",
        a=a, f=f)


@T("unsubscribe_complaint", register="sie")
def un_geloescht(g):
    a = g.customer()
    s = g.staff()
    return g.render(
        GR() + " wie gewünscht haben wir folgende Daten aus unseren Marketingsystemen gelöscht: "
        "Name {a.full}, E-Mail {a.email}, Mobilnummer {a.phone} und Postanschrift {a.addr}. "
        "Bestelldaten müssen wir aus steuerlichen Gründen [[zehn|sieben]] Jahre aufbewahren. "
        + BYE + ", {s.full}",
        a=a, s=s)


# ============================================================================================
# collection_agency_dispute


@T("collection_agency_dispute", register="sie")
def ca_inkasso(g):
    a = g.customer(country=g.pick(["DE", "AT", "DE"]))
    ag = g.person("partner")
    co = g.company("collector")
    ds = g.dates(2)
    return g.render(
        "{a.full}\n{a.two}\n\n{d.num}\nUnser Zeichen: {ref}\n\n"
        "{a|Sehr geehrter|Sehr geehrte} {a.hon},\n\n"
        "im Auftrag unserer Mandantin, der Talgrat Outdoor GmbH, fordern wir Sie auf, {m} "
        "(Rechnung {inv} zzgl. Gebühren) bis zum {d2} zu zahlen. Bitte überweisen Sie den "
        "Betrag unter Angabe unseres Zeichens auf {ib}. [[Sollten Sie bereits gezahlt haben, "
        "betrachten Sie dieses Schreiben als gegenstandslos.|Einwände richten Sie bitte "
        "innerhalb von 14 Tagen an {ag.landline}.]]\n\n{ag.full}\n{co}",
        a=a, ag=ag, co=co, d=ds[0], d2=ds[1], ref="IK-" + str(g.rng.randrange(100000, 999999)),
        inv="RE-" + str(g.rng.randrange(100000, 999999)), m=g.money(), ib=g.iban("DE"))


@T("collection_agency_dispute", register="sie")
def ca_widerspruch(g):
    a = g.customer(country=g.pick(["DE", "AT", "CH"]))
    return g.render(
        "Ihr Zeichen {ref}\n\n"
        "Hiermit widerspreche ich der Forderung. Die Rechnung {inv} habe ich am {d} von meinem "
        "Konto {a.iban} bezahlt – [[Kontoauszug anbei|siehe beigefügten Kontoauszug]]. Bitte "
        "schließen Sie den Vorgang und bestätigen Sie mir das schriftlich an {a.addr}."
        "[? Weitere Schreiben leite ich an meinen Anwalt weiter.?]\n\n{a.full}",
        a=a, ref="IK-" + str(g.rng.randrange(100000, 999999)),
        inv="RE-" + str(g.rng.randrange(100000, 999999)), d=g.date())


@T("collection_agency_dispute", register="du")
def ca_intern(g):
    a = g.customer(country=g.pick(["DE", "AT"]))
    c = g.staff()
    s = g.staff()
    return g.render(
        "Hallo {c.given}, zur {a.sur}-Akte: {a.full} sagt, {a|er|sie} hat bezahlt, und das "
        "Inkasso schreibt "
        "trotzdem. Hab die Zahlung gefunden: {m} von {a.iban} am {d}, aber auf die falsche "
        "Rechnung gebucht. Kannst du die Akte bei {co} (Zeichen {ref}) zurückziehen und "
        "{a|ihm|ihr} eine Entschuldigung an {a.email} schicken? Danke, {s.given}",
        a=a, c=c, s=s, m=g.money(cur="EUR"), d=g.date(), co=g.company("collector"),
        ref="IK-" + str(g.rng.randrange(100000, 999999)))


@T("collection_agency_dispute", register="sie")
def ca_entschuldigung(g):
    a = g.customer()
    s = g.staff()
    return g.render(
        GR() + "\n\n"
        "es tut uns leid, dass Sie Post von {co} bekommen haben. Ihre Zahlung war rechtzeitig "
        "da; der Fehler lag bei uns. Wir haben die Forderung zurückgezogen und das Büro "
        "gebeten, Ihre Daten zu löschen. [[Als kleine Entschuldigung finden Sie einen Gutschein "
        "in Ihrem Kundenkonto.|Bereits gezahlte Gebühren erstatten wir Ihnen.]]\n\n"
        + BYE + "\n{s.full}\nDebitorenbuchhaltung, {st.name}\n[[{st.addr}|{st.addr2}]]",
        a=a, s=s, st=g.store, co=g.company("collector"))


@T("collection_agency_dispute", country="AT")
def ca_telefon(g):
    a = g.customer(country="AT")
    return g.render(
        "Kunde {a.full} ({a.phone}) ruft wegen Schreiben vom Inkassobüro über {m} an. "
        "[[Sagt, die Jacke ging am {d.long} retour.|Ware nie erhalten.]] Retourenscan gefunden – "
        "Forderung wird storniert.",
        a=a, m=g.money(), d=g.date(1, 2026) if g.chance(0.6) else g.date())


# ============================================================================================
# product_injury_claim


@T("product_injury_claim", register="sie")
def pi_meldung(g):
    a = g.customer()
    doc = g.person("doctor", gender="f")
    p = g.product(["pack"])
    return g.render(
        "Sehr geehrte Damen und Herren,\n\n"
        "am {d} ist beim Abstieg die Hüftgurtschnalle an meinem {p.name} gebrochen; ich bin "
        "gestürzt und habe mir [[das Handgelenk gebrochen|das Knie verletzt|den Kopf "
        "angeschlagen]]. Meine Hausärztin, {doc.hon}, hat die Verletzung dokumentiert. Ich "
        "mache hiermit Schadensersatz geltend und bitte um Rückruf unter {a.phone}.\n\n"
        "Mit freundlichen Grüßen\n{a.full}\n[[{a.addr}|{a.two}|{a.two}]]",
        a=a, doc=doc, p=p, d=g.date())


@T("product_injury_claim", register="sie")
def pi_versicherung(g):
    a = g.customer()
    s = g.staff()
    ins = g.person("partner")
    return g.render(
        GR("s") + "\n\n"
        "zum Schadenfall {a.full} (unser Zeichen {ref}) benötigen wir das zurückgesandte "
        "Produkt, Ihren Prüfbericht sowie Name und Anschrift etwaiger Zeugen. "
        "{a|Den Anspruchsteller|Die Anspruchstellerin} kontaktieren wir direkt unter {a.email}.\n\n" + BYE + "\n{ins.full}\n{co}",
        a=a, s=s, ins=ins, co=g.company("insurer"), ref="SV-" + str(g.rng.randrange(10000, 99999)))


@T("product_injury_claim")
def pi_qs(g):
    a = g.customer()
    w = g.person(gender="f")
    p = g.product(["pack", "shoe"])
    return g.render(
        "QS-Befund zur Rücksendung {p.name} von {a.full} (Schaden {c}): [[Schnalle an der "
        "Formnaht gerissen|Sohle an der Spitze abgelöst|Träger an der Naht ausgerissen]], "
        "[[keine Hinweise auf Fehlgebrauch|leichte Gebrauchsspuren]]. Von der Kundin benannte "
        "Zeugin: {w.full}, {w.phone}. Bericht bis Freitag an die Versicherung.",
        a=a, w=w, p=p, c="SV-" + str(g.rng.randrange(10000, 99999)))


@T("product_injury_claim")
def pi_zeuge(g):
    a = g.customer()
    w = g.person()
    return g.render(
        "Ich, {w.full}, wohnhaft {w.addr}, war am {d} mit {a.given} unterwegs, als beim Abstieg "
        "der Träger {a|seines|ihres} Rucksacks riss. {a|Er|Sie} ist etwa zwei Meter "
        "abgerutscht. Erreichbar bin ich unter {w.phone}.[? Fotos der gebrochenen Schnalle habe "
        "ich gemacht.?]",
        a=a, w=w, d=g.date())


@T("product_injury_claim", register="sie")
def pi_kulanz(g):
    a = g.customer(country=g.pick(["DE", "AT", "CH"]))
    s = g.staff()
    return g.render(
        GR() + "\n\n"
        "ohne Anerkennung einer Rechtspflicht bieten wir Ihnen für den Unfall vom {d} eine "
        "Kulanzzahlung von {m} an. Wenn Sie einverstanden sind, bestätigen Sie bitte das Konto "
        "{a.iban} auf den Namen {a.full}; die Überweisung folgt innerhalb von zehn Tagen.\n\n"
        "Gute Besserung!\n" + BYE + "\n{s.full}",
        a=a, s=s, m=g.money(cur=C.CURRENCY[a.country]), d=g.date())


# ============================================================================================
# holiday_postcard


@T("holiday_postcard")
def hp_kunden(g):
    a, b = g.customer(), g.customer()
    s = g.staff()
    return g.render(
        "Grüße aus [[Patagonien|den Dolomiten|Norwegen|Nepal|Korsika]]! Der {p.short} hat "
        "[[drei Wochen Regen|jeden Sturm|den ganzen Trek]] überlebt – danke an {s.given} für die "
        "Beratung. Bis zum Frühjahr,\n{a.given} & {b.given}\n\n"
        "An: Team {st.name}\n{st.addr2}",
        a=a, b=b, s=s, st=g.store, p=g.product(["pack", "shoe"]))


@T("holiday_postcard", register="du")
def hp_kollegin(g):
    s = g.staff()
    c = g.staff()
    return g.render(
        "Ihr Lieben,\nviele Grüße aus [[Tasmanien|Island|den Pyrenäen]]! Woche sechs vom "
        "Sabbatical und noch keine Blase. Grüßt {c.given} von mir und sagt {c|ihm|ihr}, der "
        "Kocher funktioniert. Ab {d} bin ich wieder da!\n{s.given}\n\n{st.name}, {st.addr}",
        s=s, c=c, st=g.store, d=g.date())


@T("holiday_postcard")
def hp_familie(g):
    a = g.customer()
    return g.render(
        "Wir haben es geschafft: [[Haute Route|Stubaier Höhenweg|E5 von Oberstdorf nach Meran|"
        "Tour du Mont Blanc]] – in unseren Talgrat-Jacken! Herzliche Grüße von {a.full} und "
        "Familie\n[[Absender: {a.addr}|Absender:\n{a.two}|Abs. {a.two}]]",
        a=a)


@T("holiday_postcard", register="du")
def hp_abgetippt(g):
    a = g.customer()
    s = g.staff()
    return g.render(
        "Heute kam eine Karte von {a.full} (hat im Oktober bei {s.given} den {p.short} "
        "gekauft). Text: „[[Trocken bis zum Gipfel.|Drei Pässe, null Nässe.]] Danke!“ Hängt "
        "jetzt neben der Kasse.[? Absender auf der Rückseite: {a.addr}.?]",
        a=a, s=s, p=g.product(["pack", "shoe"]))


@T("holiday_postcard", country="CH")
def hp_kurz(g):
    a = g.customer(country="CH")
    return g.render(
        "En liebe Gruess vom [[Säntis|Pizol|Grimselpass]]! {a.given} [[(die mit den "
        "Trailschuhen)|(Grösse 44)]]",
        a=a)


# ============================================================================================
# staff_outing_signup


@T("staff_outing_signup", register="du")
def so_anmeldung(g):
    s = g.staff()
    o = g.staff()
    return g.render(
        "[[Hallo|Hi|Moin]] {o.given}, ich bin beim Betriebsausflug am {d} dabei! Ich esse "
        "[[vegetarisch|vegan|alles|keine Nüsse]][[ und kann zwei Leute ab {st.town} mitnehmen|, "
        "habe diesmal kein Auto| und bringe den Erste-Hilfe-Kasten mit]][[ – meine Handynummer "
        "ist {s.phone}|. Falls was ist: {s.phone}]]. [[{s.given}|Bis dann, {s.given}|{s.full}]]",
        s=s, o=o, st=g.store, d=g.date())


@T("staff_outing_signup", register="du")
def so_orga(g):
    o = g.staff()
    a, b, c = g.staff(), g.staff(), g.staff()
    return g.render(
        "Liebe alle,\n\n"
        "der Ausflug [[an den Tegernsee|in den Hochseilgarten|auf die Alm|zum Klettersteig]] "
        "ist am {d}. Angemeldet sind bisher {a.full}, {b.full} und {c.full}; "
        "[[im Kleinbus sind noch sechs Plätze frei|wir brauchen noch eine Fahrerin oder einen "
        "Fahrer]].\n\nNotfallkontakt am Tag: {o.full}, {o.phone}.\n\nBis dann,\n{o.given}",
        o=o, a=a, b=b, c=c, d=g.date())


@T("staff_outing_signup", country="AT", register="du")
def so_begleitung(g):
    s = g.staff()
    o = g.staff()
    p = g.person(country="AT")
    return g.render(
        "Servus {o.given}, i tät gern mitfahren und {p.given} mitnehmen, wenn's passt. Wir "
        "fahren selber. [[Fisch essen wir beide ned.|{p.given} braucht glutenfrei.]] Danke! "
        "{s.full}",
        s=s, o=o, p=p)


@T("staff_outing_signup", register="du")
def so_absage(g):
    s = g.staff()
    o = g.staff()
    b = g.staff()
    return g.render(
        "[[Sorry|Tut mir leid|Mist]] {o.given}, ich muss absagen – [[meine Tochter hat "
        "Windpocken|ich übernehme die Samstagsschicht|das Auto ist durch den TÜV gefallen|mein "
        "Knie zwickt]]. [[Kann {b.given} meinen Platz im Bus haben?|{b.given} würde gern "
        "nachrücken.|Frag doch {b.given}.]] {b|Seine|Ihre} Nummer: {b.phone}. [[{s.given}|Viel "
        "Spaß! {s.given}]]",
        s=s, o=o, b=b)


@T("staff_outing_signup", register="du")
def so_fahrgemeinschaft(g):
    a, b, c = g.staff(), g.staff(), g.staff()
    return g.render(
        "Fahrgemeinschaften für Samstag: {a.given} fährt um 7:15 in der {a.street} los und holt "
        "{b.given} am Bahnhof ab; {c.given} fährt direkt hin[? und nimmt die Kühlbox mit?]. Bei "
        "Änderungen bitte {a.given} anrufen: {a.phone}.",
        a=a, b=b, c=c)


# ============================================================================================
# anniversary_news


@T("anniversary_news")
def an_25(g):
    a, b = g.staff(), g.staff()
    return g.render(
        "Vor 25 Jahren hat {a.full} im alten Laden in {st.town} {a|seine|ihre} ersten "
        "Bergschuhe verkauft. Seitdem hat {a|er|sie} mehr Auszubildende begleitet als sonst "
        "jemand im Unternehmen und kennt bis heute die Schuhgröße vieler Stammkunden auswendig. "
        "Am Freitag [[stoßen {b.full} und das ganze Team nach Ladenschluss an|feiern {b.full} und "
        "das ganze Team nach Ladenschluss]] – alle sind eingeladen.",
        a=a, b=b, st=g.store)


@T("anniversary_news")
def an_neu(g):
    a, b, c = g.staff(), g.staff(), g.staff()
    return g.render(
        "Neu an Bord: {a.full} verstärkt die Werkstatt in {st.town}, {b.full} wechselt vom Lager "
        "ins Webshop-Team, und {c.full} beginnt {c|seine|ihre} Ausbildung im Verkauf."
        "[? Herzlich willkommen!?]",
        a=a, b=b, c=c, st=g.store)


@T("anniversary_news", country="AT")
def an_ruhestand(g):
    a = g.staff()
    return g.render(
        "Nach [[31|28|35]] Jahren geht {a.full} [[Ende des Monats|Ende Jänner|mit {dj.dm}]] in Pension. Viele Kundinnen und "
        "Kunden kennen {a|ihn|sie} vom Skiservice, wo {a|er|sie} Tausende Ski gewachst und nie "
        "einen verwechselt hat. {a.given} will heuer [[den Adlerweg|von München nach Venedig|"
        "den Jakobsweg]] gehen – wir wünschen gutes Wetter.",
        a=a, dj=g.date(1, 2026))


@T("anniversary_news")
def an_zehn(g):
    a, b = g.staff(), g.staff()
    return g.render(
        "Zehn Jahre Talgrat: {a.full} und {b.full} haben [[2016|2015]] in derselben Woche "
        "angefangen und [[streiten bis heute über den besten Knoten|teilen sich bis heute den "
        "ersten Kaffee]]. Herzlichen Glückwunsch euch beiden!",
        a=a, b=b)


@T("anniversary_news")
def an_kurz(g):
    a = g.staff()
    return g.render("[[Glückwunsch|Herzlichen Glückwunsch|Wir gratulieren]] [[an {a.full} zu "
                    "[[20|15|30|25]] Jahren bei {st.name}|{a.full} zum [[20.|15.|10.|25.]] "
                    "Dienstjubiläum]]![? Kuchen gibt's im Pausenraum.?]", a=a, st=g.store)


# ============================================================================================
# lost_loyalty_card


@T("lost_loyalty_card", register="sie")
def ll_meldung(g):
    a = g.customer()
    return g.render(
        "[[Guten Tag|Hallo|Grüß Gott]], ich habe meine Talgrat-Clubkarte[? (Nr. {mem})?] "
        "[[verloren|irgendwo liegen lassen|mit dem Geldbeutel verloren]]. [[Können Sie sie sperren "
        "und mir eine neue an {a.addr} schicken?|Bitte sperren und eine neue Karte an {a.addr} "
        "senden.|Geht eine Ersatzkarte an {a.addr}?]][? Die Punkte möchte ich behalten.?] "
        "[[Danke, {a.full}|Vielen Dank\n{a.full}|{a.full}]]",
        a=a, mem=g.member_no())


@T("lost_loyalty_card")
def ll_antwort(g):
    a = g.customer()
    s = g.staff()
    return g.render(
        GR() + "\n\n"
        "wir haben die Karte {mem} gesperrt und eine neue ausgestellt. Sie geht in den nächsten "
        "Tagen an\n\n{a.two}\n\n"
        + D("Deine", "Ihre") + " {pts} Punkte sind auf die neue Karte übertragen.\n\n"
        + BYE + "\n{s.full}\nTalgrat Club",
        a=a, s=s, mem=g.member_no(), pts=str(g.rng.randrange(80, 3200)))


@T("lost_loyalty_card")
def ll_filiale(g):
    a = g.customer()
    s = g.staff()
    return g.render(
        "{a.full} ohne Karte an der [[Kassa|Kasse]], Konto über die [[Telefonnummer|Handynummer]] "
        "gefunden ({a.phone}). Stand {pts} Punkte. [[Neue Karte {mem} ausgegeben, alte gesperrt.|"
        "Ersatzkarte {mem} gedruckt.|Punkte auf den Bon, neue Karte kommt per Post.]] "
        "[[– {s.given}|({s.given})|{s.isur}]]",
        a=a, s=s, mem=g.member_no(), pts="{:,}".format(g.rng.randrange(40, 3600)).replace(",", "."))


@T("lost_loyalty_card")
def ll_zwei(g):
    a = g.customer()
    return g.render(
        "{a.hon} hat zwei Clubkarten: {m1} auf {e1} und {m2} auf {a.email}. [[Auf die neuere "
        "zusammengeführt.|Kund{a|e|in} möchte nur die zweite behalten.]] Anschrift geprüft: "
        "{a.addr}.",
        a=a, m1=g.member_no(), m2=g.member_no(), e1=g.email2(a))


@T("lost_loyalty_card", register="du")
def ll_app(g):
    a = g.customer()
    return g.render(
        "[[Meine Karte wird in der App nicht mehr angezeigt|Neues Handy, und die Karte ist aus "
        "der App verschwunden|Die App hat mich abgemeldet]][[ und die Plastikkarte ist weg|, die "
        "Plastikkarte liegt irgendwo daheim]]. Konto-Mail ist {a.email}. Könnt ihr mir die "
        "Kartennummer per SMS an {a.phone} schicken? [[– {a.given}|Danke! {a.given}|LG {a.given}]]",
        a=a)


# ============================================================================================
# courier_driver_complaint


@T("courier_driver_complaint")
def cd_regen(g):
    a = g.customer()
    return g.render(
        "[[Ihr Zusteller|Der Fahrer|Ihr Paketdienst]] hat mein Paket ({pn}) [[bei Regen einfach "
        "vor die Tür gestellt|hinter die Mülltonnen gelegt|auf die Gartenmauer gestellt]], "
        "{a.addr}, obwohl ich zu Hause war. [[Geklingelt hat er nicht.|Niemand hat geklopft.|Auf "
        "der Karte stand, ich sei nicht da – stimmt nicht.]] [[Der Karton war durchweicht.|Die "
        "Daunenjacke darin ist nass.|Zum Glück ist nichts kaputt.|Das ist schon das zweite Mal "
        "diesen Monat.]] [[{a.full}, {a.phone}|{a.full}\n{a.phone}|Rückruf bitte: {a.phone} – "
        "{a.given}]]",
        a=a, pn=g.parcel_no())


@T("courier_driver_complaint", register="sie")
def cd_zaun(g):
    a = g.customer()
    n = g.person(country=a.country)
    return g.render(
        "Guten Tag,\n\n"
        "gestern hat Ihr Fahrer mein Paket über das Tor geworfen und ist beim Zurücksetzen in den "
        "Zaun meine{n|s|r} Nachbar{n|n|in} {n.full} gefahren. {n|Er|Sie} hat alles gesehen und "
        "bestätigt das gern: {n.phone}. Meine Anschrift: {a.addr}.\n\n"
        "Ich erwarte, dass der Paketdienst den Schaden bezahlt.\n{a.full}",
        a=a, n=n)


@T("courier_driver_complaint", register="sie")
def cd_an_dienst(g):
    a = g.customer()
    s = g.staff()
    return g.render(
        "Sehr geehrtes Team von {co},\n\n"
        "bitte prüfen Sie die Zustellung der Sendung {pn} an unsere Kund{a|en|in} {a.full}, "
        "{a.addr}, am {d}. Laut Kund{a|e|in} hat der Fahrer [[das Paket in eine offene "
        "Mülltonne gelegt|ohne Zustellung quittiert|sich an der Tür im Ton vergriffen]].\n\n"
        "Ansprechpartner{s||in}: {s.full}, {s.email}",
        a=a, s=s, co=g.company("courier"), pn=g.parcel_no(), d=g.date())


@T("courier_driver_complaint")
def cd_antwort(g):
    a = g.customer()
    drv = g.person("driver")
    s = g.staff()
    x = g.address(a.country)
    return g.render(
        GR() + " der Paketdienst hat geantwortet: Fahrer{drv||in} {drv.given} hat das Paket "
        "angeblich bei Nachbarn in der {x.street} abgegeben, weil niemand geöffnet hat. "
        + D("Falls es dort nicht ist, melde dich bitte", "Falls es dort nicht ist, melden Sie "
            "sich bitte") + ", dann schicken wir Ersatz. {s.given}",
        a=a, drv=drv, s=s, x=x)


@T("courier_driver_complaint", country="CH")
def cd_kurz(g):
    a = g.customer(country="CH")
    return g.render(
        "[[Der Pöstler hat das Paket {pn} als «verweigert» markiert|Laut Sendungsverfolgung ist "
        "{pn} «Empfänger unbekannt»|Das Paket {pn} ging zurück ans Depot]] – [[ich habe niemanden "
        "gesehen|ich war den ganzen Tag zu Hause|mein Name steht am Briefkasten]]. Bitte nochmals "
        "an {a.addr} senden. [[{a.given}|Merci, {a.given}|– {a.full}]]",
        a=a, pn=g.parcel_no())


# ============================================================================================
# internship_certificate


@T("internship_certificate", register="sie")
def ic_anfrage(g):
    a = g.customer()
    m = g.staff()
    ds = g.dates(3)
    return g.render(
        GR("m") + "\n\n"
        "ich habe vom {d1} bis {d2} mein Schulpraktikum bei {st.name} gemacht. Könnten Sie mir "
        "bitte das Praktikumszeugnis an {a.addr} schicken? Meine Schule ({sc}) braucht es bis "
        "{d3}.\n\nMit freundlichen Grüßen\n{a.full}",
        a=a, m=m, st=g.store, d1=ds[0], d2=ds[1], d3=ds[2], sc=g.company("school"))


@T("internship_certificate")
def ic_zeugnis(g):
    a = g.customer()
    m = g.staff()
    return g.render(
        "Praktikumszeugnis\n\n"
        "{a.full}, geboren am {geb}, absolvierte vom {d1} an ein vierwöchiges Praktikum in "
        "unserer Filiale {st.name}. {a|Er|Sie} unterstützte das Team in der Schuhabteilung, in "
        "der Werkstatt und an der Kasse und beriet Kundinnen und Kunden kompetent zu Socken und "
        "Einlagen. {a.given} war stets pünktlich, freundlich und lernbereit.[? Wir würden "
        "{a|ihn|sie} jederzeit wieder nehmen.?]\n\n{m.full}\nFilialleitung",
        a=a, m=m, st=g.store, d1=g.date(), geb="%02d.%02d.%d" % (
            g.rng.randrange(1, 29), g.rng.randrange(1, 13), g.rng.randrange(2005, 2010)))


@T("internship_certificate", register="sie")
def ic_schule(g):
    a = g.customer()
    t = g.person("teacher")
    m = g.staff()
    return g.render(
        GR("m") + "\n\n"
        "unser{a||e} Schüler{a||in} {a.full} war im letzten Monat bei Ihnen im Praktikum. "
        "Könnten Sie den kurzen Beurteilungsbogen ausfüllen und bis {d} an {t.email} "
        "zurückschicken?\n\nVielen Dank\n{t.full}\nPraktikumsbetreuung, {sc}",
        a=a, t=t, m=m, d=g.date(), sc=g.company("school"))


@T("internship_certificate", register="du")
def ic_hr(g):
    a = g.customer()
    hr = g.staff()
    m = g.staff()
    ds = g.dates(2)
    return g.render(
        "Hallo {hr.given}, kannst du ein Zeugnis für {a.full} schreiben (Praktikum {d1} bis "
        "{d2})? {a|Er|Sie} hat in der Werkstatt super mitgearbeitet. Bitte an {a.addr} "
        "schicken. Danke, {m.given}",
        a=a, hr=hr, m=m, d1=ds[0], d2=ds[1])


@T("internship_certificate", country="CH", register="sie")
def ic_schnupper(g):
    a = g.customer(country="CH")
    m = g.staff()
    return g.render(
        "Grüezi {m.hon}\n\nIch war vom {d1} drei Tage bei Ihnen in der Schnupperlehre. Könnten "
        "Sie mir den Schnupperbericht per Mail an {a.email} schicken? Meine Lehrerin braucht ihn "
        "nächste Woche.\n\nFreundliche Grüße\n{a.full}",
        a=a, m=m, d1=g.date())


# ============================================================================================
# seasonal_contract


@T("seasonal_contract", country="DE", register="du")
def sc_daten(g):
    a = g.staff()
    hr = g.staff()
    return g.render(
        "Hallo {hr.given},\n\n"
        "hier meine Daten für den Aushilfsvertrag im Weihnachtsgeschäft bei {st.name}: meine "
        "Adresse ist {a.addr}, meine Steuer-ID {a.taxid} und mein Konto {a.iban}. "
        "[[Ich bin Studentin und familienversichert.|Ich habe sonst keinen Job.]]\n\n"
        "Viele Grüße\n{a.full}",
        a=a, hr=hr, st=g.store)


@T("seasonal_contract")
def sc_angebot(g):
    a = g.staff()
    hr = g.staff()
    ds = g.dates(2, 11, 2025)
    return g.render(
        GR() + "\n\n"
        "wir freuen uns, " + D("dir", "Ihnen") + " eine Aushilfsstelle bei {st.name} vom {d1} "
        "bis {d2} anbieten zu können, [[20|16|25]] Stunden pro Woche. Bitte "
        + D("schick", "senden Sie") + " den unterschriebenen Vertrag bis {d3} zurück. "
        "Fragen? " + D("Ruf", "Rufen Sie") + " {hr.full} unter {hr.phone} an.\n\n"
        "Willkommen im Weihnachtsteam!",
        a=a, hr=hr, st=g.store, d1=ds[1], d2=g.date(12, 2025), d3=ds[0])


@T("seasonal_contract", country="DE", register="sie")
def sc_fehlt(g):
    a = g.staff()
    hr = g.staff()
    return g.render(
        GR() + "\n\n"
        "vielen Dank für den unterschriebenen Vertrag. Für die Lohnabrechnung fehlt uns noch "
        "Ihre Bankverbindung; die angegebene Steuer-ID {a.taxid} haben wir geprüft. Bitte "
        "schicken Sie uns Ihre IBAN oder bringen Sie sie in die Filiale mit.\n\n"
        + BYE + "\n{hr.full}\nPersonalabteilung, Talgrat Outdoor GmbH",
        a=a, hr=hr)


@T("seasonal_contract", country="AT")
def sc_dank(g):
    a, b, c = g.staff(), g.staff(), g.staff()
    m = g.staff()
    return g.render(
        "Danke an unsere Weihnachtsaushilfen {a.full}, {b.full} und {c.full} – "
        "[[Rekordumsatz|der stärkste Dezember bisher]] und kein einziger falscher Gutschein! Wer "
        "heuer wieder mag, sagt bitte [[bis Ende Jänner|bis zum {dj}|bald]] {m.given} Bescheid.",
        a=a, b=b, c=c, m=m, dj=g.date(1, 2026))


@T("seasonal_contract", register="du")
def sc_start(g):
    a = g.staff()
    hr = g.staff()
    m = g.staff()
    return g.render(
        "{hr.given}, {a.full} kann [[doch schon|wie geplant|eine Woche früher]] am {d} anfangen. "
        "[[Handy: {a.phone}, Mail {a.email}.|Kontakt: {a.email} / {a.phone}.|Am liebsten per Mail: "
        "{a.email} (Handy {a.phone}).]] Schickst du den Vertrag [[dorthin|bis Freitag]]? "
        "[[– {m.given}|Danke, {m.given}]]",
        a=a, hr=hr, m=m, d=g.date(11, 2025))


# ============================================================================================
# import_duty_refund


@T("import_duty_refund", country="CH", register="sie")
def id_zoll(g):
    a = g.customer(country="CH")
    return g.render(
        "Grüezi\n\nBei der Lieferung meiner Bestellung {o} hat mir {co} {m} Zoll, MWST und "
        "Verzollungsgebühr verrechnet. Auf Ihrer Website steht, dass die Lieferung in die "
        "Schweiz verzollt erfolgt. Bitte erstatten Sie mir den Betrag auf mein Konto {a.iban}."
        "[? Die Rechnung der Post liegt bei.?]\n\nFreundliche Grüße\n{a.full}\n[[{a.addr}|{a.two}]]",
        a=a, o=g.order_no(), co=g.pick(["Die Schweizerische Post", "DHL Express", "UPS"]),
        m=g.money(cur="CHF"))


@T("import_duty_refund")
def id_uk(g):
    a = g.customer(country=g.pick(["GB", "CH", "US"]))
    return g.render(
        "Betreff: Einfuhrabgaben zu {o}\n\n"
        "Ich musste dem Zusteller {m} bezahlen. [[Bitte erstatten Sie den Betrag auf meine "
        "Kreditkarte.|Bitte überweisen Sie mir das zurück.]] Kontoinhaber{a||in}: {a.full}, "
        "Telefon {a.phone}.",
        a=a, o=g.order_no(), m=g.money())


@T("import_duty_refund")
def id_intern(g):
    a = g.customer(country=g.pick(["CH", "GB", "CH"]))
    return g.render(
        "Erstattungsantrag {tk}: {a.full} ({a.country}) – Verzollungsrechnung {inv} über {m}. "
        "[[Ware hätte verzollt (DDP) gehen müssen, bitte freigeben.|Paket ging versehentlich "
        "unverzollt raus; freigeben und Lager informieren.]] Mail der Kundin: {a.email}.",
        a=a, tk=g.ticket_no(), inv=str(g.rng.randrange(10000000, 99999999)), m=g.money())


@T("import_duty_refund", register="sie")
def id_antwort(g):
    a = g.customer(country=g.pick(["CH", "GB"]))
    s = g.staff()
    return g.render(
        GR() + "\n\n"
        "Sie haben recht – die Abgaben hätten wir übernehmen müssen. Wir haben {m} auf die Karte "
        "mit den Endziffern {l4} erstattet; die Gutschrift kann einige Tage dauern. "
        "[[Entschuldigen Sie die Umstände.|Wir bitten um Entschuldigung.]]\n\n{s.full}, {st.name}",
        a=a, s=s, st=g.store, m=g.money(), l4=str(g.rng.randrange(1000, 9999)))


@T("import_duty_refund", country="CH", register="sie")
def id_post(g):
    a = g.customer(country="CH")
    return g.render(
        "{a|Sehr geehrter|Sehr geehrte} {a.hon}\n\nFür die Sendung {pn} an {a.addr} fallen "
        "Einfuhrabgaben von {m} an. Bitte bezahlen Sie den Betrag online, damit wir die Sendung "
        "zustellen können.",
        a=a, pn=g.parcel_no(), m=g.money(cur="CHF"))


# ============================================================================================
# Texte ohne personenbezogene Daten (schwierige Doppelgänger)


def _g(g):
    return str(g.pick([60, 80, 90, 120, 150, 200, 250, 400]))


@NP("camp_recipe")
def cr_jaeger(g):
    return g.render(
        "Jägereintopf für die Hütte ([[vier|sechs]] Portionen)\n"
        "- {w1} g getrocknete Bohnen, eingeweicht\n- 2 Zwiebeln, 1 Dose Tomaten\n"
        "- {w2} g Räucherwurst\n[?- eine Prise Paprika edelsüß\n?]"
        "[[40 Minuten|Eine Dreiviertelstunde]] auf kleiner Flamme köcheln lassen. "
        "Koch-Tipp: auf 2.000 m dauert es länger.",
        w1=_g(g), w2=_g(g))


@NP("camp_recipe")
def cr_baecker(g):
    return g.render(
        "Ein Bäckerdutzend Müsliriegel: {w1} g Haferflocken, {w2} g Butter, 3 EL "
        "[[Honig|Zuckerrübensirup|Ahornsirup]]. Bei 180 °C [[25|20]] Minuten backen"
        "[?, in 13 Riegel schneiden?]. Halten eine Woche im Deckelfach vom {p.short}.",
        w1=_g(g), w2=_g(g), p=g.product(["pack"]))


@NP("camp_recipe")
def cr_kaiserschmarrn(g):
    return g.render(
        "Kaiserschmarrn [[am Gaskocher|aus der Pfanne|für zwei]]: 2 Eier, {w} ml Milch, "
        "100 g Mehl, Rosinen nach Belieben. [[Im Mai schmeckt er mit Rhabarber am besten.|"
        "Wie beim Bauern auf der Alm.|Puderzucker nicht vergessen.]] Gasverbrauch etwa {v} g "
        "(Kartusche, GTIN {gt}).",
        w=str(g.pick([150, 200, 250])), v=str(g.rng.randrange(12, 30)), gt=g.gtin())


@NP("camp_recipe")
def cr_tee(g):
    return g.render(
        "[[Wintertee|Gipfeltee|Hüttentee]]: [[Schwarztee|Rooibos|Pfefferminze]], eine Scheibe "
        "[[Orange|Zitrone|Ingwer]][?, eine Zimtstange?] und ein Löffel [[Honig|brauner Zucker]]. "
        "[[Schmeckt auch dem Fuchs am Zeltplatz – bitte nicht füttern.|Nach der Bauernregel "
        "bleibt der Mai kühl, der Tee also heiß.|Zweimal aufgießen ist erlaubt.]]")


@NP("trail_conditions")
def tc_wolfsschlucht(g):
    return g.render(
        "Wegezustand {d}: Der Steig durch die Wolfsschlucht ist [[oberhalb 1.400 m vereist|"
        "matschig, aber offen|nach einem Murenabgang gesperrt]]. Der Parkplatz am Fuchsweg ist "
        "am Wochenende ab 9 Uhr voll.[? Ab {d2} Winterbedingungen erwartet.?]",
        d=g.date(), d2=g.date())


@NP("trail_conditions")
def tc_vogelsang(g):
    return g.render(
        "Tourennotiz – Runde über den Vogelsang ({km} km, {hm} Hm)\n"
        "Start: Wanderparkplatz Jägerstraße, {pc} (Platz für etwa 20 Autos).\n"
        "Der Weidezaun nach dem zweiten Gatter ist offen; bitte wieder schließen.\n"
        "[?Gamaschen einpacken: am Bauernmoos ist es nach Regen tief.\n?]",
        km=str(g.rng.randrange(6, 22)), hm=str(g.rng.randrange(200, 1400)),
        pc=g.pick(["87561 Oberstdorf", "6020 Innsbruck", "3818 Grindelwald", "83471"]))


@NP("trail_conditions")
def tc_schnee(g):
    return g.render(
        "Schneefallgrenze heute Morgen bei {h} m. Grödel auf der Nordseite empfohlen; der "
        "[[Maiweg|Sonnenhang|Winterweg]] ist frei. Nächstes Update am {d}.",
        h=str(g.rng.randrange(900, 2000)), d=g.date())


@NP("trail_conditions", country="AT")
def tc_bruecke(g):
    return g.render(
        "Die Brücke am Bäckerbach ist bis {d} wegen Sanierung gesperrt. Umleitung über die "
        "Forststraße, etwa 2 km mehr. [[Hunde bitte an die Leine – Weidevieh.|Werktags "
        "Forstverkehr.]]",
        d=g.date())


@NP("product_comparison")
def pc_jacken(g):
    return g.render(
        "[[Firstwand oder Schauerpass?|Welche Regenjacke?|Hardshell-Vergleich|Regenjacken im "
        "Vergleich ({d})]]\n"
        "Firstwand 3-Lagen-Regenjacke – 349,95 €, 395 g, 28.000 mm Wassersäule, RET 6"
        "[?, Art.-Nr. TG-RJ-100?]\n"
        "Schauerpass 2,5-Lagen-Regenjacke – 199,95 €, leichter und kleiner verpackbar"
        "[?, Art.-Nr. TG-RJ-200?]\n"
        "[[Für lange Tage mit schwerem Rucksack: Firstwand.|Für schnelle Touren reicht die "
        "Schauerpass.|Beide in Schiefer, die Firstwand auch in Hüttenorange.]]", d=g.date())


@NP("product_comparison")
def pc_rucksack(g):
    return g.render(
        "Hochsattel 30 (139,95 €, 1.050 g, bis 12 kg) oder Fernkamm 45+10 (229,95 €, 1.780 g, "
        "bis 20 kg)? Farben: Gratblau, Tannenschatten, Schiefer[? und Hüttenorange?]. "
        "[[GTIN {gt}.|Für Hüttentouren reicht meist der Hochsattel.]]",
        gt=g.gtin())


@NP("product_comparison")
def pc_isolation(g):
    return g.render(
        "Kaltkar Daunenjacke (289,95 €[?, 380 g?]) oder Rinnental Isolationshoody (219,95 €)? "
        "[[Daune wärmt besser pro Gramm, die Rinnental auch feucht.|Die Kaltkar packt kleiner, "
        "die Rinnental verzeiht Nieselregen.]] Beide gibt es in Schiefer, die Kaltkar auch in "
        "Alpenglühen.[? GTIN {gt}.?]",
        gt=g.gtin())


@NP("product_comparison")
def pc_socken(g):
    return g.render(
        "Trittweg Merino-Wandersocken, 24,95 € pro Paar, Größen 35–38 bis 47–49, "
        "[[Felsgrau|Tannenschatten|Hüttenorange]][? (auch als Dreierpack)?]. Art.-Nr. TG-SO-100, "
        "GTIN {gt}. [[Passt zum Steinlauf Trailrunningschuh.|Drei Paar für 69 €.|Bei 30 °C "
        "waschen.|Ohne Naht an der Zehe.]]",
        gt=g.gtin())


@NP("supplier_catalogue")
def sc_liste(g):
    return g.render(
        "[[Freigegebene Lieferanten|Lieferantenliste|Bevorzugte Lieferanten]] {y}:\n"
        "- Koch & Bauer Bergsport GmbH, [[Kempten|Ulm|Rosenheim]] – [[Polster und Gurte|"
        "Hüftgurte]]\n[?- Vogel & Winter Textil KG – Futterstoffe\n?]"
        "- Schneider Alpin GmbH – [[Schnallen|Reißverschlüsse|Etiketten]]\n"
        "[?- Metzgerei Jäger – Brotzeit für die Messe\n?][?- Fuchs & Hase Verpackungen – "
        "Kartons\n?][[Lieferzeiten auf Anfrage.|Prüfung fällig im {m}.|Audit: alle bestanden.]]",
        y=g.pick(["2026", "Frühjahr 2026", "Herbst 2025", "Q1/2026", "Q3/2025"]),
        m=g.pick(["Juni", "September", "Januar"]))


@NP("supplier_catalogue")
def sc_messe(g):
    return g.render(
        "[[Messe|Sportartikelmesse|Hausmesse]], Halle {h}: Stand {s} Bäckerei Sommer "
        "(Catering), Stand {s2} Sport Fuchs, Stand {s3} Wolf Alpin. [[Termine im "
        "30-Minuten-Takt.|Bitte Termine vorher eintragen.]]",
        h=str(g.rng.randrange(1, 9)), s=str(g.rng.randrange(100, 400)),
        s2=str(g.rng.randrange(100, 400)), s3=str(g.rng.randrange(100, 400)))


@NP("supplier_catalogue")
def sc_lieferzeit(g):
    return g.render(
        "Hahn & Specht Outdoor liefert die Hüftgurtpolster für den {p.short}; Lieferzeit "
        "[[6|8|10]] Wochen, Mindestmenge {n} Stück.",
        p=g.product(["pack"]), n=str(g.pick([300, 500, 1200])))


@NP("supplier_catalogue")
def sc_kurz(g):
    return g.render("[[Sport Fuchs|Wolf Alpin|Bergsport König|Baker & Hunter Outdoor]] "
                    "[[führt jetzt|hat ausverkauft:|reduziert ab {d}:]] {p.name}.",
                    p=g.product(), d=g.date())


@NP("return_instructions")
def ri_etikett(g):
    return g.render(
        "So funktioniert die Rücksendung:\n1. Im Kundenkonto bei der Bestellung ({fmt}) auf "
        "„Zurücksenden“ klicken.\n2. Etikett drucken – die Retourennummer sieht so aus: {rn}.\n"
        "3. Paket bei [[DHL|Hermes|der Post]] abgeben.\nDie Erstattung dauert bis zu 14 Tage.",
        fmt="TG-2026-000000", rn=g.phone_shaped())


@NP("return_instructions")
def ri_sendung(g):
    return g.render(
        "Deine Rücksendung ist unterwegs. Sendungsnummer: {pn}. Retouren-ID: {rid}. "
        "[[Wir melden uns, sobald sie da ist.|Du musst nichts weiter tun.]]",
        pn=g.parcel_no(), rid=g.phone_shaped())


@NP("return_instructions")
def ri_regeln(g):
    return g.render(
        "Rücksendungen sind innerhalb von [[30|60|100]] Tagen kostenlos[? für Clubmitglieder?]. "
        "Getragene Schuhe nehmen wir nur bei Mängeln zurück. [[Gutscheine und Socken (Hygiene) "
        "sind ausgenommen.|Gravierte Artikel sind ausgenommen.|Leihausrüstung geht an die "
        "Filiale zurück.]]")


@NP("return_instructions")
def ri_filiale(g):
    return g.render(
        "Online-Bestellungen kannst du auch in jeder Filiale zurückgeben. Bitte Bestellnummer "
        "({fmt}) oder den QR-Code aus der Bestätigungsmail mitbringen.",
        fmt=g.order_no())


@NP("stock_variance", layout=True)
def sv_tabelle(g):
    rows = []
    for i in range(g.rng.randrange(3, 8)):
        p = g.product()
        rows.append("%-10s %-14s %s  %+d" % (p.sku, p.en.split()[0], g.gtin(), g.rng.randrange(-6, 5)))
    return g.render("Art.-Nr.   Artikel        GTIN           Diff\n" + "\n".join(rows))


@NP("stock_variance")
def sv_notiz(g):
    return g.render(
        "Inventur {d}: Fach {b} fehlen {n} Paar Trittweg-Socken (Tannenschatten, 43–46). "
        "Vermutlich als Felsgrau gescannt. Nachzählen am Montag.",
        d=g.date(), b="A-%02d-%d" % (g.rng.randrange(1, 40), g.rng.randrange(1, 6)),
        n=str(g.rng.randrange(2, 12)))


@NP("stock_variance")
def sv_winter(g):
    return g.render(
        "Differenzen Wintersortiment: Wintersteig +{a}, Kaltkar −{b}, Rinnental ±0. "
        "Warenwert {m}.",
        a=str(g.rng.randrange(1, 9)), b=str(g.rng.randrange(1, 9)), m=g.money())


@NP("stock_variance")
def sv_palette(g):
    return g.render(
        "Palette {pl} mit {n} statt {n2} Kartons angeliefert. Lieferschein {dn}. GTIN auf dem "
        "fehlenden Karton: {gt}.",
        pl=g.phone_shaped(), n=str(g.rng.randrange(10, 30)), n2=str(g.rng.randrange(31, 40)),
        dn=g.order_no(), gt=g.gtin())


@NP("kiosk_release_notes")
def kr_notizen(g):
    return g.render(
        "Kiosk-App {v} (Build {b})\n- Größenberater zeigt jetzt die Rückenlänge bei Rucksäcken\n"
        "- Behoben: Farbfeld für Hüttenorange\n[?- Schnellerer Start auf den alten Tablets\n?]"
        "Läuft sie auf den alten Tablets? Ja, ab Android 10.",
        v=g.version(), b=str(g.rng.randrange(1000, 9999)))


@NP("kiosk_release_notes")
def kr_hotfix(g):
    return g.render(
        "Hotfix {v}: Der Bondrucker an Port {pt} verschluckt nicht mehr die letzte Zeile. "
        "Rollout in allen Filialen bis {d}.",
        v=g.version(), pt=str(g.pick([9100, 515, 631])), d=g.date())


@NP("kiosk_release_notes")
def kr_bekannt(g):
    return g.render(
        "Bekannte Fehler in {v}: Das Mai-Banner überdeckt auf kleinen Displays das Suchfeld; "
        "der Hinweis zur Kulanzfrist fehlt im Retourenmenü. Fix geplant für {v2}.",
        v=g.version(), v2=g.version())


@NP("kiosk_release_notes")
def kr_kurz(g):
    return g.render("Kiosk {v} [[veröffentlicht|ausgerollt|in allen Filialen live]] – "
                    "[[Changelog im Intranet|Tablets bitte vor Ladenöffnung neu starten|"
                    "nichts zu tun]].", v=g.version())


@NP("weather_briefing")
def wb_tag(g):
    return g.render(
        "Bergwetter für {d}: [[Regen zieht bis Mittag von Westen auf|trocken und sonnig, "
        "kalter Start|Sturm auf den Gipfeln]], Nullgradgrenze {h} m, Wind {w} km/h. "
        "[[Nachmittags Maischauer.|Gewitter ab 15 Uhr möglich.]]",
        d=g.date(), h=str(g.rng.randrange(800, 3000)), w=str(g.rng.randrange(10, 90)))


@NP("weather_briefing")
def wb_woche(g):
    return g.render(
        "Wochenausblick: Montag nass, Dienstag bis Donnerstag stabil, Freitag zieht ein "
        "Wintersturm auf. Station {st} meldete {t} °C in der Nacht.",
        st=str(g.rng.randrange(10000, 99999)), t=str(g.rng.randrange(-15, 8)))


@NP("weather_briefing")
def wb_test(g):
    return g.render(
        "Briefing für den Testtag am {d}: Start 9:00 am unteren Parkplatz, die "
        "Firstwand-Testjacken gibt es am Bus. Regen wahrscheinlich – genau darum geht's.",
        d=g.date())


@NP("weather_briefing")
def wb_frost(g):
    return g.render("[[Frostwarnung|Glättewarnung|Kälteeinbruch]] [[heute Nacht|fürs "
                    "Wochenende|ab {d}]]: −{t} °C in den Tälern[?, −{t2} °C auf den Gipfeln?].",
                    t=str(g.rng.randrange(2, 14)), t2=str(g.rng.randrange(10, 25)), d=g.date())


@NP("order_status_page")
def os_versand(g):
    return g.render(
        "Hallo, deine Bestellung {o} ist unterwegs! Sendungsnummer: {pn}. Voraussichtliche "
        "Zustellung: {d}. [[Verfolge sie in deinem Konto.|Am Liefertag kommt eine SMS.]]",
        o=g.order_no(), pn=g.parcel_no(), d=g.date())


@NP("order_status_page")
def os_teil(g):
    return g.render(
        "Bestellung {o}\nStatus: teilweise versandt\n- {p.name} ({p.colour}): versandt am {d}\n"
        "- {p2.name}: wieder verfügbar um den {d2}\nVorgang: {ref}",
        o=g.order_no(), p=g.product(), p2=g.product(), d=g.date(), d2=g.date(),
        ref=g.phone_shaped())


@NP("order_status_page")
def os_abholung(g):
    return g.render(
        "Abholbereit in der Filiale {s}. Abholcode: {c}. Bitte Bestätigung mitbringen; wir "
        "bewahren Bestellungen [[10|14]] Tage auf.",
        s=g.pick(["München", "Innsbruck", "Zürich", "Graz", "Freiburg"]),
        c=str(g.rng.randrange(100000, 999999)))


@NP("order_status_page")
def os_storno(g):
    return g.render("Bestellung {o} wurde am {d} storniert. Die Erstattung über {m} ist "
                    "unterwegs.", o=g.order_no(), d=g.date(), m=g.money())


@NP("loyalty_tier_rules")
def lt_stufen(g):
    n = g.pick([400, 500, 600])
    m = g.pick([1500, 2000, 2500])
    return g.render(
        "Talgrat Club – Stufen\nBasislager: 0–{a} Punkte\nGrat: {a1}–{b} Punkte, "
        "[[kostenlose Reparaturen|kostenloses Kürzen]]\nGipfel: ab {b1} Punkten, früher Zugang"
        "[? und Geburtstagsgutschein?]\n[[1 Punkt pro Euro|2 Punkte pro Euro in der App]]; "
        "Punkte verfallen nach [[24|36]] Monaten.",
        a=str(n - 1), a1=str(n), b="{:,}".format(m - 1).replace(",", "."),
        b1="{:,}".format(m).replace(",", "."))


@NP("loyalty_tier_rules")
def lt_nummer(g):
    return g.render(
        "Deine Mitgliedsnummer hat das Format TC-00000000 und steht [[auf der Kartenrückseite|"
        "in der App unter Profil|auf jedem Kassenbon]]. [[Karte verloren? In der App sperren.|"
        "Eine neue Karte kostet nichts.]][? Alte Nummern mit {x} am Anfang bleiben gültig.?]",
        x=str(g.rng.randrange(10, 99)))


@NP("loyalty_tier_rules")
def lt_doppelt(g):
    return g.render(
        "Doppelte Punkte vom {d} bis {d2} auf das Wintersortiment (Kaltkar, Rinnental, "
        "Wintersteig). [[Nicht gültig für Gutscheine.|Auch online.]]",
        d=g.date(), d2=g.date())


@NP("loyalty_tier_rules")
def lt_kulanz(g):
    return g.render(
        "Kulanzfrist: Wenn Punkte verfallen würden, hast du [[30|45|60]] Tage extra. "
        "[[Sollen wir dich per Mail erinnern?|Wir erinnern dich in der App.]] "
        "[[Einstellung im Kundenkonto.|Erinnerungen lassen sich jederzeit abschalten.]]"
        "[? Punkte vor dem {d} zählen mit.?]", d=g.date())
