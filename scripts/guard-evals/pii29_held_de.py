"""German prose templates (18 genres with personal data) and German texts without
personal data (10 genres) for heldout29. Written in German, with du and Sie,
Austrian (Servus, Jänner, Kassa) and Swiss (Grüezi, ss, Natel) variants."""

import pii29_held_core as C


def fix(country):
    def deco(f):
        f.country = country
        return f
    return deco


def gx(p, m, f):
    return m if p.gender == "m" else f


GRUSS_DU = "[[Viele Grüße|Liebe Grüße|Beste Grüße|LG|Danke und viele Grüße]]"
GRUSS_SIE = "[[Mit freundlichen Grüßen|Freundliche Grüße|Beste Grüße|Viele Grüße]]"


# ---------------------------------------------------------------------------
# crm_note
# ---------------------------------------------------------------------------

def crm_1(g):
    a = g.person(cue=False)
    return g.r("{d}: {a} hat wegen {o} angerufen[[ – Artikel:|, es geht um:|; Wunschartikel:]] {p}, Größe {sz}"
               "[[, Rückruf unter {ph}| – bitte nach 17 Uhr zurückrufen: {ph}|; mobil {ph}]][?, Lieferung an {ad}?].",
               d=g.date(), a=a.full(), o=g.order_no(), p=(it := g.item()).name, sz=it.size, ph=a.phone(), ad=a.addr1())


def crm_2(g):
    a = g.person()
    s = g.staff()
    d = g.dates(g.n(3, 5))
    rows = [g.r("[[Kontaktverlauf|Verlauf|Historie]] – {a}", a=[a.lf(), a.LF(), a.full()][g.n(0, 2)])]
    rows.append(g.r("{d} Anruf, fragt nach der Reparatur ({p}). [[Bearbeitet von|Agent]]: {s}.", d=d[0], p=g.product(), s=s.given()))
    rows.append(g.r("{d} Mail von {e}: [[neue Anschrift|umgezogen]] – {ad}.", d=d[1], e=a.email(), ad=a.addr1()))
    rows.append(g.r("{d} [[Erstattung|Kulanzerstattung]] über {pr} auf {ib} [[freigegeben|angewiesen]].", d=d[2], pr=g.price(20, 300), ib=a.iban()))
    if len(d) > 3:
        rows.append(g.r("{d} Rückruf unter {ph}, [[nicht erreicht|alles geklärt]].", d=d[3], ph=a.phone()))
    if len(d) > 4:
        rows.append(g.r("{d} abgeschlossen ({s}).", d=d[4], s=s.ini()))
    return g.lines(*rows)


def crm_3(g):
    a = g.person()
    return g.r("Dubletten {n1} und {n2} zusammengeführt: {a1} ({e1}) und {a2} ({e2}). [[Behalten|Übernommen]] wurde die neuere "
               "Anschrift {ad}.[? Telefon laut Profil: {ph}.?][? Bonuspunkte addiert ({pts}).?]",
               n1=g.safe_digits(6, True), n2=g.safe_digits(6, True), a1=a.full(), e1=a.email(), a2=a.LF(), e2=a.email2(),
               ad=a.addr1(), ph=a.phone(), pts=str(g.n(120, 2400)))


@fix("AT")
def crm_4(g):
    a = g.person()
    s = g.staff()
    return g.r("Notiz {d}: Die {sur}-Reklamation ist erledigt. {h} {sur2} hat den Gutschein über {pr} angenommen"
               "[[, Abholung in der Filiale {st}|, Versand an {ad}]]. [?Rückfragen an {s}.?]",
               d=g.date(), sur=a.sur(), h=a.hon(), sur2=a.sur(), pr=g.price(20, 200), st=g.store(), ad=a.addr1(), s=s.given())


def crm_5(g):
    a = g.person(cue=False)
    oldst = g.addr_span(a.country, "street")
    return g.r("{a} ist [[umgezogen|im {m} umgezogen]]: alte Anschrift {o} – neue Anschrift {n}.[? Kundenkarte aktualisiert.?]",
               a=a.full(), m=g.pick(C.MONTHS_DE), o=oldst, n=a.addr())


# ---------------------------------------------------------------------------
# support_email
# ---------------------------------------------------------------------------

def se_1(g):
    a = g.person()
    s = g.staff()
    return g.r("Hallo {a},\n\ndanke für deine Nachricht zu Bestellung {o}. Wir haben dir {pr} auf die Karte mit der Endung {l4} "
               "erstattet[[.| – das kann bis zu fünf Werktage dauern.]]\n[?Wenn dir ein Gutschein lieber ist, antworte einfach "
               "auf diese Mail.\n?]\n" + GRUSS_DU + "\n{s}\nTalgrat Kundenservice",
               a=a.given(), o=g.order_no(), pr=g.price(20, 300), l4=g.safe_digits(4), s=s.given())


def se_2(g):
    a = g.person()
    return g.r("Betreff: [[Neue Lieferadresse|Adressänderung]] zu Bestellung {o}\n\nGuten Tag,\nich bin umgezogen. Bitte schicken "
               "Sie {p} an meine neue Anschrift:\n{ad}\n[?Telefon: {ph}\n?]" + GRUSS_SIE + "\n{a}",
               o=g.order_no(), p=g.product_de("acc"), ad=a.addr2(), ph=a.phone(), a=a.full())


@fix("CH")
def se_3(g):
    a = g.person(country="CH")
    s = g.staff()
    return g.r("Grüezi {h} {sur}\n\nBesten Dank für Ihre Nachricht. Wir haben Ihnen CHF {n}.– auf Ihr Konto {ib} "
               "zurückerstattet[[.|; die Gutschrift sollte in zwei bis drei Tagen sichtbar sein.]]\n\nFreundliche Grüsse\n"
               "{s}\nTalgrat Kundendienst [[Zürich|Bern|Luzern]]",
               h=a.hon(), sur=a.sur(), n=str(g.n(30, 380)), ib=a.iban(), s=s.full())


@fix("AT")
def se_4(g):
    a = g.person()
    s = g.staff()
    return g.r("Servus {a}!\n\nDeine {p} ist aus der Werkstatt zurück[[ – Reißverschluss neu, alles dicht|, der Riemen ist "
               "getauscht]]. Du kannst sie ab {w} in der Filiale {st} abholen. Ruf mich einfach an: {ph}\n\nLG {s}",
               a=a.given(), p=g.jacket_short(), w=g.weekday(), st=g.store(), ph=s.mobile(), s=s.given())


def se_5(g):
    a = g.person()
    s = g.staff()
    return g.r("{dear} {sur},\n[[es tut uns leid|entschuldigen Sie bitte]], dass die Lieferung [[beschädigt|in der falschen Größe]] "
               "angekommen ist. Der Ersatz geht heute raus.\n" + GRUSS_SIE + "\n{s}\n\nAm {d} schrieb {a} <{e}>:\n"
               "> Die bestellte {p} ist [[zu klein|in der falschen Farbe|an der Naht gerissen]]. Können Sie helfen?"
               "[?\n> Abgebucht wurde übrigens zweimal von meiner Karte {c}.?]\n> {ag}", c=a.card(),
               dear=a.dear(), sur=a.sur(), s=s.full(), d=g.date(), a=a.full(), e=a.email(), p=g.jacket_short(), ag=a.given())


# ---------------------------------------------------------------------------
# signed_review
# ---------------------------------------------------------------------------

REVIEW_DE = ["hält auch bei Dauerregen dicht", "fällt normal aus", "die Kapuze passt über den Helm", "super bequem auf langen Etappen",
             "die Reißverschlüsse gehen mit Handschuhen", "an den Ärmeln etwas lang", "lässt sich klein verpacken",
             "keine Blasen nach 20 km", "der Hüftgurt könnte weicher sein", "warm genug für eine Nacht im Winterraum"]


def rv_1(g):
    a = g.person()
    return g.r("{st} {p}: [[super|top|solide]], {t}.[? Würde ich wieder kaufen.?] [[– |]]{a}",
               st=g.pick(["★★★★★", "★★★★☆", "5/5", "4/5", "★★★☆☆"]), p=g.product_short(), t=g.pick(REVIEW_DE),
               a=[a.gi(), a.ini(), a.full()][g.n(0, 2)])


def rv_2(g):
    a = g.person()
    return g.r("{a} · {st}\n„{t1}, {t2}.“\nAntwort von Talgrat: Danke dir, {ag}! [[Schön, dass die Größe passt.|Deinen Hinweis zur "
               "Kapuze geben wir an das Produktteam weiter.]]",
               a=[a.full(), a.gi()][g.n(0, 1)], st=g.pick(["★★★★★", "★★★★☆", "★★☆☆☆"]), t1=C.cap(g.pick(REVIEW_DE)),
               t2=g.pick(REVIEW_DE), ag=a.given())


@fix("AT")
def rv_3(g):
    a = g.person()
    return g.r("[[leiwand|ur fesch]], [[passt perfekt|fallt a bissl klein aus]]. [[klare empfehlung|gern wieder]] {dash} {a}",
               dash=g.pick(["—", "-", "~"]), a=[a.low(), a.lowfull()][g.n(0, 1)])


def rv_4(g):
    a = g.person()
    return g.lines(
        g.r("Bewertung von: {a}", a=[a.ini(), a.gi(), a.full()][g.n(0, 2)]),
        g.r("Wohnort: {c}", c=a.city()),
        g.r("Produkt: {p} ({col}, {sz})", p=(it := g.item()).name, col=it.colour, sz=it.size),
        g.t("Sterne: [[5|4|3]] von 5"),
        g.r("„{t}.“", t=C.cap(g.pick(REVIEW_DE))),
    )


@fix("CH")
def rv_5(g):
    a = g.person(country="CH")
    return g.r("«[[Sehr gute Beratung im Laden, die Schuhe passen wie angegossen.|Die Jacke ist top, nur der Kragen kratzt "
               "etwas.]]» {a}, {c}", a=[a.full(), a.gi()][g.n(0, 1)], c=a.city())


# ---------------------------------------------------------------------------
# team_chat
# ---------------------------------------------------------------------------

def tc_1(g):
    s1, s2 = g.staff(), g.staff()
    a = g.person(cue=False)
    t = g.hhmm_seq(3)
    return g.r("[{t1}] {x}: {hi}! {y} kannst du um 12 kasse 2 übernehmen?\n[{t2}] {y2}: [[jo|klar|mach ich]]\n"
               "[{t3}] {x2}: danke. {a} holt heute [[die reparierte|die]] {p} ab, liegt hinten im lager",
               t1=t[0], t2=t[1], t3=t[2], x=s1.low(), y=s2.low(), y2=s2.low(), x2=s1.low(), a=a.full(), p=g.jacket_short(),
               hi="servus" if g.country == "AT" else g.pick(["moin", "morgen", "guten morgen", "hallo"]))


def tc_2(g):
    s = g.staff()
    return g.r("{h} kannst du am [[samstag|sonntag]] mit mir tauschen? [[familienfeier|zahnarzt]]. {s}",
               h=g.handle(), s=[s.given(), s.low()][g.n(0, 1)])


def tc_3(g):
    a = g.person()
    s = g.staff()
    return g.r("Besucher: hallo, mein paket ist nicht angekommen\n{role} ({s1}): Oh, das tut mir leid! Nennst du mir deinen "
               "Namen und die PLZ?\nBesucher: {a}, {pc}\n{role} ({s2}): Danke. Ist {st} noch richtig?\nBesucher: ja. "
               "[[schreib mir gern an|meine handynummer:]] {ph}",
               role=gx(s, "Mitarbeiter", "Mitarbeiterin"), s1=s.given(), s2=s.given(), a=[a.full(), a.lowfull()][g.n(0, 1)],
               pc=a.postcode(), st=a.street(), ph=a.mobile())


@fix("CH")
def tc_4(g):
    ss = [g.staff() for _ in range(3)]
    a = g.person(cue=False, country="CH")
    t = g.hhmm_seq(5)
    return g.lines(
        g.r("{t} {x}: hoi zäme, lieferig isch da, 12 rollis", t=t[0], x=ss[0].low()),
        g.r("{t} {x}: [[wer macht s schaufänschter|wer isch hüt bi de kabine]]?", t=t[1], x=ss[1].low()),
        g.r("{t} {x}: ich", t=t[2], x=ss[2].low()),
        g.r("{t} {x}: merci! {a} vo de zentrale chunnt am 2i verbii", t=t[3], x=ss[0].low(), a=a.full()),
        g.r("[?{t} {x}: 👍?]", t=t[4], x=ss[1].low()),
    )


@fix("AT")
def tc_5(g):
    s = g.staff()
    a = g.person(cue=False, country="AT")
    if g.chance(0.5):
        return g.r("{s}: servus, die {sur}-Retoure liegt bei der Kassa, {ag} holt sie [[morgen|am {w}]] ab",
                   s=s.low(), sur=a.sur(), ag=a.given(), w=g.weekday().lower())
    return g.r("{s}: servus, {a} war grad da wegen der [[retour|rechnung]], hab gsagt [[morgen|um 4]] ruft wer zurück",
               s=s.low(), a=[a.full(), a.lowfull()][g.n(0, 1)])


# ---------------------------------------------------------------------------
# call_note
# ---------------------------------------------------------------------------

def cn_1(g):
    a = g.person()
    return g.r("{t} [[Anruf|Telefonat|Rückrufbitte]] von {h} {s} ({ph}) – [[bittet um Rückruf|möchte zurückgerufen werden|"
               "fragt nach dem Stand]] wegen {o}[[.|, ziemlich verärgert.|; am liebsten vormittags.|; hat schon zweimal angerufen.]]",
               t=g.time(), h=a.herrn(), s=a.sur(), ph=a.phone(), o=g.order_no())


def cn_2(g):
    a = g.person()
    return g.r("Mailbox {d}, {t}: „Ja, hallo, hier ist {a}, es geht um [[die {p}, die ich zur Reparatur gebracht habe|meine "
               "Bestellung von letzter Woche]]. Sie erreichen mich unter {ph}. Danke, tschüss.“",
               d=g.date(), t=g.time(), a=a.full(), p=g.jacket_short(), ph=a.phone())


def cn_3(g):
    a = g.person()
    s = g.staff()
    return g.lines(
        g.r("Telefonbestellung {o}", o=g.order_no()),
        g.r("Anrufer/in: {a}", a=a.full()),
        g.r("Artikel: {p}, {sz}, {c}", p=(it := g.item()).name, sz=it.size, c=it.colour),
        g.r("Karte: {c} (telefonisch durchgegeben, gültig bis {x})", c=a.card(), x=g.expiry()),
        g.r("Lieferung an: {ad}", ad=a.addr1()),
        g.r("Aufgenommen von: {s}", s=s.given()),
    )


def cn_4(g):
    ps = [g.person() for _ in range(g.n(2, 4))]
    rows = [g.r("Rückrufe [[{w}|heute|für {w}]]:", w=g.weekday())]
    for i, p in enumerate(ps):
        rows.append(g.r("{i}. {a} – {ph} – [[Reparaturangebot|Umtausch Größe|Erstattung|Paket fehlt]]",
                        i=str(i + 1), a=[p.full(), p.anyform()][g.n(0, 1)], ph=p.phone()))
    return g.lines(*rows)


@fix("CH")
def cn_5(g):
    a = g.person(country="CH")
    s = g.staff()
    return g.r("Rückruf an {h} {sur}, Natel {ph}. [[Umtausch|Rückerstattung]] ist bewilligt; {s} schickt die Etikette an {e}."
               "[? Abholung an der Adresse {ad}.?]", ad=a.addr1(),
               h=a.herrn(), sur=a.sur(), ph=a.mobile(), s=s.given(), e=a.email())


# ---------------------------------------------------------------------------
# name_prose
# ---------------------------------------------------------------------------

def np_1(g):
    a, b = g.person(cue=False), g.person(cue=False)
    return g.r("{a} aus unserer Filiale in {st} ist beim [[Transalpine-Run|Zugspitz-Ultratrail|Allgäu-Panoramalauf]] mitgelaufen, "
               "{b} hat [[die letzte Etappe begleitet|an der Verpflegungsstation geholfen]].",
               a=a.full(), st=g.store(), b=b.full())


def np_2(g):
    a, b = g.person(cue=False), g.person(cue=False)
    return g.r("Die Fotos im [[Herbstkatalog|neuen Tourenheft]] stammen von {a} und {b}[[.|, die dafür drei verregnete Tage im "
               "Karwendel verbracht haben.]]", a=a.full(), b=b.full())


def np_3(g):
    a, b, c = g.person(cue=False), g.person(cue=False), g.person(cue=False)
    return g.r("{a}, {b} und {c} haben bei der Spendenwanderung {pr} für die [[Bergwacht|Tafel]] gesammelt.[? {a2} ist die "
               "ganze Strecke in den Steinlauf gelaufen.?]", a=a.full(), b=b.full(), c=c.full(), pr=g.price(400, 3000),
               a2=a.given())


def np_4(g):
    a = g.person(cue=False)
    return g.r("Ein großes Dankeschön an {a}: {er} hat [[das Retourenregal neu aufgebaut|die neuen Kolleginnen und Kollegen "
               "eingearbeitet|das Lager aufgeräumt]] – und {ag} ist am Freitag sogar länger geblieben.", a=a.full(),
               er=C.cap(a.er()), ag=a.given())


def np_5(g):
    a, b = g.person(cue=False), g.person(cue=False)
    return g.lines(
        g.r("Die Idee zur Reparaturecke in der Filiale {st} kam von {a}.", st=g.store(), a=a.full()),
        g.t("Zwei Werkbänke, eine Nähmaschine und eine Kiste Ersatzschnallen später werden dort rund vierzig Teile pro Woche geflickt."),
        g.r("Donnerstags kümmert sich {b} darum; {a2} kommt trotzdem noch mit Kuchen vorbei.", b=b.full(), a2=a.given()),
    )


# ---------------------------------------------------------------------------
# postal_letter
# ---------------------------------------------------------------------------

def pl_1(g):
    a = g.person(country=g.country if g.country in C.IBAN_COUNTRIES else "DE")
    return g.lines(
        a.full(), a.addr2(), g.BL,
        g.r("{c}, {d}", c=a.city(), d=g.date()), g.BL,
        g.t("Talgrat Outdoor GmbH – Kundenservice"), g.BL,
        g.r("Widerruf – Bestellung {o}", o=g.order_no()), g.BL,
        g.t("Sehr geehrte Damen und Herren,"),
        g.r("hiermit widerrufe ich den Vertrag über {p}. Bitte überweisen Sie {pr} auf das Konto {ib}.", p=g.product_de("acc"),
            pr=g.price(50, 350), ib=a.iban()),
        g.t(GRUSS_SIE),
        a.full(),
    )


def pl_2(g):
    a = g.person()
    b = g.person(country=a.country)
    return g.lines(
        a.herrn(), a.full(),
        g.r("c/o {b}", b=b.full()),
        b.addr2(), g.BL,
        g.r("{dear} {sur},", dear=a.dear(), sur=a.sur()),
        g.t("[[wir haben Ihre Rücksendung erhalten.|Ihre Reparatur ist abgeschlossen.]] [[Die Erstattung ist unterwegs.|"
            "Der Reißverschluss wurde kostenlos getauscht.]]"),
        g.t(GRUSS_SIE + "\nIhr Talgrat-Kundenservice"),
    )


@fix("AT")
def pl_3(g):
    a = g.person(country="AT")
    return g.lines(
        a.addr2(), g.r("{c}, am {d}", c=a.city(), d=g.date(fmt="long")), g.BL,
        g.t("Sehr geehrte Damen und Herren,"),
        g.r("im {m} habe ich in Ihrer Filiale [[Innsbruck|Wien]] {p} gekauft. Schon nach zwei Touren ist [[die Naht|der Zipp]] "
            "aufgegangen, und das Sackerl mit der Rechnung habe ich noch. Ich ersuche um Rückerstattung. Telefonisch bin ich "
            "unter {ph} erreichbar.", m=g.pick(["Jänner", "Februar", "März", "Oktober"]), p=g.product_de("acc"), ph=a.phone()),
        g.t("Mit freundlichen Grüßen"), a.full(),
    )


@fix("CH")
def pl_4(g):
    a = g.person(country="CH")
    s = g.staff()
    return g.lines(
        g.t("Einschreiben"),
        a.herrn(), a.full(), a.addr2(), g.BL,
        g.r("Unser Zeichen: {t}", t=g.ticket_no()),
        g.r("{dear} {sur}", dear=a.dear(), sur=a.sur()),
        g.t("[[Leider konnten wir Sie telefonisch nicht erreichen.|Dies ist unsere abschliessende Stellungnahme.]] "
            "[[Bitte melden Sie sich innert 14 Tagen.|Ihre Schuhe liegen zur Abholung bereit.]]"),
        g.t("Freundliche Grüsse"),
        g.r("{s}\nLeitung Kundendienst", s=s.full()),
    )


# ---------------------------------------------------------------------------
# staff_compliment
# ---------------------------------------------------------------------------

def sc_1(g):
    s = g.staff(cue=False)
    a = g.person()
    return g.r("Ich wollte nur sagen, wie hilfsbereit {s} in Ihrer Filiale {st} am {w} war. {er} hat sich vierzig Minuten Zeit "
               "genommen, um [[für meinen Sohn Wanderschuhe anzupassen|mir eine passende Jacke zu suchen]].[? Toller Service!?] – {a}",
               s=s.given(), st=g.store(), w=g.weekday(), er=s.er().capitalize(), a=[a.full(), a.gi()][g.n(0, 1)])


def sc_2(g):
    a = g.person()
    s = g.staff()
    m = g.staff()
    return g.lines(
        g.r("Von: {a} <{e}>", a=a.full(), e=a.email()),
        g.t("Betreff: [[Dankeschön|Großes Lob|Danke!]]"), g.BL,
        g.r("Bitte richten Sie {s} meinen Dank aus. {er} hat [[den Träger meines Rucksacks sofort repariert|nach Ladenschluss "
            "noch auf mich gewartet]].", s=s.full(), er=s.er().capitalize()),
        g.r(GRUSS_SIE + "\n{a}", a=a.given()),
        "---",
        g.r("{m}: das kommt ans Schwarze Brett – super, {s2}! 👏", m=m.given(), s2=s.given()),
    )


def sc_3(g):
    s = g.staff()
    a = g.person()
    return g.lines(
        g.t("Feedbackformular – [[Lob|Kompliment]]"),
        g.r("Mitarbeiter/in: {s}", s=[s.gi(), s.given(), s.full()][g.n(0, 2)]),
        g.r("Filiale: {st}", st=g.store()),
        g.r("[?Rückruf erwünscht: {ph}?]", ph=a.phone()),
        g.t("Kommentar: [[Geduldig und kennt sich richtig gut aus.|Hat meine Größe in einer anderen Filiale gefunden und "
            "schicken lassen.]]"),
        g.r("Ihr Name: {a}", a=a.full()),
        g.r("[?E-Mail: {e}?]", e=a.email()),
    )


def sc_4(g):
    h, s, m = g.staff(), g.staff(), g.staff()
    a = g.person()
    return g.r("Hallo {h},\n\nkönnen wir {s} für den Service-Preis im Quartal vorschlagen? [[Drei|Vier]] Kundinnen und Kunden "
               "haben {ihn} diesen Monat namentlich gelobt (u. a. {ah} {as_}, {die} uns am {d} geschrieben hat).\n\nDanke dir\n{m}",
               h=h.given(), s=s.full(), ihn=gx(s, "ihn", "sie"), ah=a.hon(), as_=a.sur(), die=gx(a, "der", "die"),
               d=g.date(), m=m.given())


@fix("AT")
def sc_5(g):
    s = g.staff()
    a = g.person()
    return g.r("{liebe} {s}, vielen herzlichen Dank, dass du [[meine Geldbörse abgegeben hast|die verlorene Haube meiner Tochter "
               "gefunden hast|dir so viel Zeit für die Schuhanpassung genommen hast]]! [[Alles Liebe|Danke nochmals]], {a}",
               liebe=gx(s, "Lieber", "Liebe"), s=s.given(), a=[a.full(), a.given()][g.n(0, 1)])


# ---------------------------------------------------------------------------
# maintenance_callout
# ---------------------------------------------------------------------------

def mc_1(g):
    e = g.person()
    return g.r("[[Heizung|Rolltor|Brandschutztür-Alarm]] in {st} ausgefallen. {co} angerufen; Techniker{fem} {e} ist bis "
               "[[14 Uhr|mittags|10:30]] da, Handy {ph}.", st=g.store(), co=g.company("facility"), fem=gx(e, "", "in"),
               e=e.full(), ph=e.mobile())


def mc_2(g):
    s = g.staff()
    e = g.person()
    return g.lines(
        g.r("Arbeitsschein {j}", j="AS-" + g.safe_digits(5, True)),
        g.r("Objekt: Talgrat {st}", st=g.store()),
        g.r("Gemeldet von: {s}", s=s.full()),
        g.t("Störung: [[Licht Umkleide|Rolltor klemmt|Wasserfleck über dem Lager|Steckdose Kasse]]"),
        g.r("Techniker/in: {e} ({co})", e=e.full(), co=g.company("facility")),
        g.r("Kontakt: {ph}", ph=e.phone()),
        g.r("[?Anfahrtspauschale bezahlt mit Firmenkarte {c}?]", c=C.Span("CREDIT_CARD", g.card_value())),
        g.r("Erledigt: {d}, {t} Uhr", d=g.date(), t=g.time()),
    )


def mc_3(g):
    f = g.person()
    s = g.staff()
    store = g.store()
    return g.r("{dear} {sur},\n\nin unserer Filiale {st} ist [[das Rolltor|der Notausgang hinten|die Lüftungsanlage]] "
               "[[heute früh|über Nacht]] erneut ausgefallen. Könnte Ihr Dienstleister heute noch vorbeikommen? Sie erreichen "
               "mich unter {ph}.\n\n" + GRUSS_SIE + "\n{s}\nFilialleitung Talgrat {st2}",
               dear=f.dear(), sur=f.sur(), st=store, ph=s.mobile(), s=s.full(), st2=store)


@fix("AT")
def mc_4(g):
    e = g.person(country="AT")
    k = g.staff()
    d = g.dates(3)
    return g.lines(
        g.r("{d} – Lift außer Betrieb – {co} ([[{e}|Techniker {e}]]) – Auftrag {ref}", d=d[0], co=g.company("facility"),
            e=e.given(), ref=g.ref_phone_shaped()),
        g.r("{d} – Ersatzteil bestellt, kommt am {w}", d=d[1], w=g.weekday()),
        g.r("{d} – behoben. Aufgesperrt hat {k} ({ph}).", d=d[2], k=k.full(), ph=k.mobile()),
    )


# ---------------------------------------------------------------------------
# ombudsman_case (Schlichtung)
# ---------------------------------------------------------------------------

def om_1(g):
    a = g.person()
    return g.lines(
        g.r("Schlichtungsverfahren Az. {c}: {a} gegen Talgrat Outdoor GmbH", c="VS " + g.safe_digits(4, True) + "/" + str(g.n(24, 25)), a=a.full()),
        g.r("{der} {ast}, {h} {s}, wohnhaft {ad}, trägt vor, dass [[eine Garantieanfrage|ein Erstattungswunsch]] für {p} "
            "abgelehnt wurde.", der=gx(a, "Der", "Die"), ast=gx(a, "Antragsteller", "Antragstellerin"), h=a.hon(), s=a.sur(),
            ad=a.addr1(), p=g.product_de("acc")),
        g.t("[[Wir bitten um Stellungnahme binnen vier Wochen.|Wir schlagen eine Videoverhandlung vor.]]"),
    )


def om_2(g):
    a = g.person()
    s = g.staff()
    return g.r("Schlichtungsantrag [[eingegangen|liegt vor]]: {a} ({e}[?, {ph}?]), abgelehnte Garantie ({p}); Frist {d}; {s} "
               "[[entwirft die Stellungnahme|übernimmt]].", a=a.full(), e=a.email(), p=g.product_short(), d=g.date(), s=s.full(),
               ph=a.phone())


def om_3(g):
    o = g.person()
    a = g.person(country=g.country if g.country in C.IBAN_COUNTRIES else "DE")
    s = g.staff()
    return g.lines(
        g.r("{dear} {sur},", dear=o.dear(), sur=o.sur()),
        g.r("zum Antrag von {a} (Ihr Az. {c}) teilen wir mit:", a=a.full(), c=g.safe_digits(6, True)),
        g.r("Wir haben {h} {s} eine Erstattung von {pr} auf das Konto {ib} angeboten, [[dazu einen Reparaturgutschein|dazu "
            "die kostenlose Rücksendung]].", h=a.herrn(), s=a.sur(), pr=g.price(80, 350), ib=a.iban()),
        g.t("[[Damit sehen wir die Angelegenheit als erledigt an.|Wir erwarten Ihren Schlichtungsvorschlag.]]"),
        g.r(GRUSS_SIE + "\n{s}\nLeitung Kundenservice", s=s.full()),
    )


def om_4(g):
    a = g.person()
    return g.r("Ich habe meine Beschwerde jetzt an die [[Verbraucherschlichtungsstelle|Schlichtungsstelle]] weitergegeben. "
               "Meine Daten: {a}, {ad}, {ph}.[? Bestellung {o}.?][? Die Erstattung bitte auf meine Karte {c}.?]", a=a.full(),
               ad=a.addr1(), ph=a.phone(), o=g.order_no(), c=a.card())


@fix("AT")
def om_5(g):
    a = g.person(country="AT")
    s = g.staff()
    d = g.dates(4)
    return g.lines(
        g.r("Schlichtung für Verbrauchergeschäfte – {a}", a=a.lf()),
        g.r("{d} Beschwerde eingelangt ({e})", d=d[0], e=a.email()),
        g.r("{d} Stellungnahme durch {s}", d=d[1], s=s.ini()),
        g.r("{d} an die Schlichtungsstelle weitergeleitet", d=d[2]),
        g.r("{d} [[Einigung erzielt|Verfahren eingestellt|Empfehlung angenommen]]", d=d[3]),
    )


# ---------------------------------------------------------------------------
# wage_garnishment (Lohnpfändung)
# ---------------------------------------------------------------------------

def wg_1(g):
    a = g.person(country=g.country)
    return g.r("Pfändungs- und Überweisungsbeschluss für {a} (Pers.-Nr. {n}[?, wohnhaft {ad}?]) eingegangen am {d}; pfändbarer Betrag {pr} "
               "monatlich an {co}, IBAN {ib}.", ad=a.addr1(), a=a.full(), n=g.safe_digits(5, True), d=g.date(), pr=g.price(60, 400),
               co=g.company("legal"), ib=g.iban())


def wg_2(g):
    a = g.staff()
    return g.r("Hallo {a},\n\nuns liegt ein Pfändungsbeschluss vor, der ab der nächsten Abrechnung einen Teil deines Gehalts "
               "betrifft. Melde dich bei Fragen bitte bei der Lohnbuchhaltung ({e}) – das bleibt natürlich vertraulich.\n\n"
               "Deine Personalabteilung", a=a.given(), e=g.role_email("lohn"))


@fix("DE")
def wg_3(g):
    a = g.person(country="DE")
    return g.lines(
        g.t("Lohnpfändung – Erfassungsbogen"),
        g.r("Mitarbeiter/in: {a}", a=a.lf()),
        g.r("Steuer-ID: {t}", t=a.taxid()),
        g.r("Gläubiger: {co}", co=g.company("legal")),
        g.r("Gläubiger-IBAN: {ib}", ib=g.iban("DE")),
        g.r("Pfändungsbetrag: {pr} monatlich", pr=g.price(50, 300)),
        g.t("[?Hinweis: Mitarbeiter/in persönlich informiert.?]"),
    )


def wg_4(g):
    a = g.person()
    law = g.person()
    return g.r("Sehr geehrte Damen und Herren,\n\nin der Zwangsvollstreckungssache {co} gegen {a}, geb. {dob}, wohnhaft {ad}, "
               "bitten wir um die Drittschuldnererklärung nach § 840 ZPO binnen zwei Wochen.\n\n" + GRUSS_SIE + "\n{l}\n{firm}",
               co=g.company("facility"), a=a.full(), dob=g.dob(), ad=a.addr1(), l=law.full(), firm=g.company("legal"))


@fix("AT")
def wg_5(g):
    a = g.person(country="AT")
    return g.r("Gehaltsexekution: Bewilligung des Bezirksgerichts für {a} eingelangt. Drittschuldnererklärung bis {d} an "
               "{co}; Überweisung des pfändbaren Betrags auf {ib}.", a=a.full(), d=g.date(), co=g.company("legal"),
               ib=g.iban("AT"))


# ---------------------------------------------------------------------------
# buddy_pairing (Pate/Patin)
# ---------------------------------------------------------------------------

def bp_1(g):
    a, b = g.staff(cue=False), g.staff(cue=False)
    return g.r("Neu im Team {st}: {a} fängt am {w} an; {b} ist in den ersten [[vier|sechs]] Wochen {pate}.",
               st=g.store(), a=a.full(), w=g.weekday(), b=b.given(), pate=gx(b, "sein Pate" if a.gender == "m" else "ihr Pate",
                                                                            "seine Patin" if a.gender == "m" else "ihre Patin"))


def bp_2(g):
    a, b, m = g.staff(), g.staff(), g.staff()
    return g.r("Hallo {a}, hallo {b},\n\n[[kurz zum Kennenlernen|ich stelle euch kurz vor]]: {a2} startet am {d} auf der Fläche, "
               "und {b2} zeigt dir, {a3}, in den ersten Wochen alles. {b3} erreichst du unter {ph}.\n\n" + GRUSS_DU + "\n{m}",
               a=a.given(), b=b.given(), a2=a.given(), d=g.date(), b2=b.full(), a3=a.given(), b3=b.given(), ph=b.mobile(), m=m.given())


def bp_3(g):
    ps = [g.staff() for _ in range(2 * g.n(2, 3))]
    rows = [g.r("Patenschaften – {m}", m=g.pick(C.MONTHS_DE))]
    for i in range(0, len(ps), 2):
        rows.append(g.r("- {x} ↔ {y}", x=ps[i].full(), y=ps[i + 1].full()))
    return g.lines(*rows)


def bp_4(g):
    a, b = g.staff(), g.staff()
    return g.r("[[Feedback nach vier Wochen|Rückmeldung Patenprogramm]]: {b} war [[super geduldig|eine große Hilfe]], vor allem "
               "bei Kasse und Retouren. [[Nächstes Mal wäre ich gern selbst Pate/Patin.|Alles bestens.]] – {a}",
               b=b.given(), a=a.full())


@fix("CH")
def bp_5(g):
    a, b = g.staff(), g.staff()
    return g.r("Neu bei uns in {st}: {a}. {gotte} ist {b} – bei Fragen zur Kasse oder zu den Retouren bitte zuerst bei "
               "{b2} melden (Natel {ph}).", st=g.store(), a=a.full(), gotte=gx(b, "Götti", "Gotte"), b=b.full(), b2=b.given(),
               ph=b.mobile())


# ---------------------------------------------------------------------------
# training_record (Unterweisung, Schulung)
# ---------------------------------------------------------------------------

def tr_1(g):
    ps = [g.staff() for _ in range(3)]
    return g.r("[[Ersthelfer-Auffrischung|Brandschutzhelfer-Schulung|Unterweisung Heben und Tragen]] am {d}: {a}, {b} und {c} "
               "haben teilgenommen; die Bescheinigungen gehen an die Dienst-Mailadressen.",
               d=g.date(), a=ps[0].full(), b=ps[1].full(), c=ps[2].full())


def tr_2(g):
    a = g.staff()
    t = g.person()
    return g.lines(
        g.t("Schulung: [[Flurförderzeuge / Hubwagen|Schuhanpassung Stufe 2|Erste Hilfe im Betrieb]]"),
        g.r("Teilnehmer/in: {a}", a=a.full()),
        g.r("Pers.-Nr.: {n}", n=g.safe_digits(5, True)),
        g.r("Trainer/in: {t} ({co})", t=t.full(), co=g.company("training")),
        g.t("Ergebnis: [[bestanden|mit Auszeichnung|Wiederholung nötig]]"),
        g.r("Gültig bis: {d}", d=g.date(year=2027)),
    )


def tr_3(g):
    a = g.staff()
    t = g.person()
    return g.r("Hallo {a},\ndeine [[Brandschutzhelfer|Ersthelfer]]-Bescheinigung läuft am {d} ab. Bitte melde dich zur "
               "Auffrischung an – bei {t} unter {ph} oder {e}.\nDanke!", a=a.given(), d=g.date(), t=t.full(), ph=t.phone(), e=t.email())


def tr_4(g):
    ps = [g.staff() for _ in range(g.n(3, 5))]
    rows = [g.t("Unterweisungsliste – [[Kasse|Retouren|Leitern und Tritte]]")]
    for i, p in enumerate(ps):
        rows.append(g.r("{i}) {a} – [[unterwiesen ✓|unterwiesen ✓|Termin folgt|verpasst, neu einplanen]]", i=str(i + 1),
                        a=[p.lf(), p.ini()][g.n(0, 1)]))
    return g.lines(*rows)


# ---------------------------------------------------------------------------
# rain_check (Preisreservierung)
# ---------------------------------------------------------------------------

def rc_1(g):
    a = g.person()
    return g.r("Preisreservierung {n}: {a} – {p}, Gr. {sz}, Aktionspreis {pr} gültig bis {d}. SMS an {ph}, sobald Ware da ist."
               "[? Anzahlung {dep} mit Karte {c}.?]", n=g.safe_digits(4, True), a=a.full(), p=(it := g.item()).name, sz=it.size,
               pr=g.price(), d=g.date(), ph=a.mobile(), dep=g.price(10, 50), c=a.card())


def rc_2(g):
    a = g.person()
    s = g.staff()
    return g.r("Guten Tag {h} {sur},\n\ngute Nachrichten: Ihr reservierter Artikel ist wieder da – {p} in {c}. Ihre Reservierung zum Aktionspreis ({n}) gilt "
               "bis {d}; zeigen Sie diese Mail einfach an der Kasse.\n\n" + GRUSS_SIE + "\n{s}",
               h=a.hon(), sur=a.sur(), p=(it := g.item()).name, c=it.colour, n=g.safe_digits(4, True), d=g.date(), s=s.full())


def rc_3(g):
    a = g.person()
    return g.r("Hallo, ich habe in Ihrer Filiale {st} einen Reservierungsschein zum Aktionspreis bekommen ({p}). Ist die Ware "
               "schon da? {a}, {ph}", st=g.store(), p=g.product_short(), a=a.full(), ph=a.phone())


def rc_4(g):
    a = g.person()
    s = g.staff()
    pp = g.product_full()
    return g.lines(
        "PREISRESERVIERUNG",
        g.r("Name: {a}", a=a.full()),
        g.r("Telefon: {ph}", ph=a.phone()),
        g.r("Artikel: {sku} ({p})", sku=g.sku(pp), p=pp[1]),
        g.r("Reservierter Preis: {pr}", pr=g.price()),
        g.r("[?Lieferanschrift: {ad}\n?]Ausgestellt von: {s}", s=s.ini(), ad=a.addr1()),
    )


# ---------------------------------------------------------------------------
# student_discount_check (Studierendenrabatt)
# ---------------------------------------------------------------------------

def sd_1(g):
    a = g.person()
    return g.r("[[Studirabatt|Studierendenrabatt|10 % für Studierende]] [[geprüft|bestätigt|freigeschaltet]] für {a} ({e})"
               "[[, Studierendenausweis gesehen|, Immatrikulationsbescheinigung gesehen|, Ausweis an der Kasse geprüft| über das "
               "Onlineformular]][?, gültig bis {d}?].[? Code an dieselbe Adresse geschickt.?]",
               a=a.full(), e=a.email(), d=g.date(year=2026))


def sd_2(g):
    a = g.person()
    return g.r("Hallo {a},\n\nwir konnten deinen Studierendenstatus leider nicht automatisch bestätigen. Schick uns bitte ein "
               "Foto deines Ausweises an {e}, dann schalten wir den Rabatt von Hand frei.\n\n" + GRUSS_DU + "\ndein Talgrat-Team",
               a=a.given(), e=g.role_email("kundenservice"))


def sd_3(g):
    ps = [g.person() for _ in range(g.n(2, 4))]
    s = g.staff()
    d = g.dates(len(ps), fmt="num")
    rows = [g.r("{d} {a} – Ausweis geprüft – [[ok|ok|abgelaufen]] – {s}", d=d[i], a=[p.ini(), p.full()][g.n(0, 1)], s=s.given())
            for i, p in enumerate(ps)]
    return g.lines(*rows)


def sd_4(g):
    a = g.person()
    return g.r("hi, mein studi-code geht an der kasse nicht[[ 😕|, angeblich abgelaufen]]. ich bin {a}, angemeldet mit {e}.",
               a=[a.full(), a.lowfull()][g.n(0, 1)], e=a.email())


# ---------------------------------------------------------------------------
# blog_comment
# ---------------------------------------------------------------------------

def bc_1(g):
    a = g.person()
    return g.lines(
        g.r("{a} · {d}", a=a.full(), d=g.date()),
        g.t("Wir sind die [[Runde über den Hochgrat|Tour aufs Nebelhorn|Überschreitung am Heilbronner Weg]] letzte Woche "
            "gegangen – der Steig unterhalb vom Grat ist ziemlich ausgewaschen. Toller Bericht!"),
        g.r("[[Wartet auf Freigabe|In Prüfung]] · {e} · IP {ip}", e=a.email(), ip=g.ip()),
    )


def bc_2(g):
    a = g.person()
    s = g.staff()
    return g.r("{a} schrieb:\n> [[Welche Socken würdet ihr für den GR20 nehmen?|Reicht der Hochsattel für eine Hüttentour?]]\n\n"
               "Antwort von {s} (Talgrat): Danke, {a2}! [[Die Trittweg in leichter Polsterung.|Ja, mit 2-Liter-Trinkblase passt "
               "alles rein.]]", a=a.gi(), s=s.given(), a2=a.given())


def bc_3(g):
    a = g.person()
    return g.r("Kommentar von {a} ({e}, {ip}) zu „[[Zehn Tipps für Hüttentouren|Packliste Karwendel|Imprägnieren zu Hause]]“ – "
               "[[Spam? Nein, echt.|freigegeben.|Link entfernt, freigegeben.]]", a=a.ini(), e=a.email(), ip=g.ip())


def bc_4(g):
    a = g.person()
    return g.r("[[toller beitrag!!|danke dafür|super tour]] haben wir letzten [[sommer|herbst|pfingsten]] mit den kindern "
               "gemacht[[, {h} stunden gebraucht|, matschig aber schön|]]. {dash} {a}", h=str(g.n(3, 7)),
               dash=g.pick(["—", "-", "~"]), a=a.low())


@fix("AT")
def bc_5(g):
    a, b = g.person(country="AT"), g.person()
    return g.lines(
        g.r("{a} ({d}): Servus, [[wie gatschig war's?|super Fotos!]]", a=a.full(), d=g.date(fmt="short")),
        g.r("↳ {b}: [[Knöcheltief, aber machbar.|Nach der Brücke ging's.]]", b=b.given()),
        g.r("↳ {a}: [[Danke dir!|Passt, merci.]]", a=a.given()),
        g.r("[?Moderation: {e} als Doppelkonto markiert.?]", e=b.email()),
    )


# ---------------------------------------------------------------------------
# staff_parking_permit (Parkausweis)
# ---------------------------------------------------------------------------

def pp_1(g):
    a = g.staff()
    return g.r("Parkausweis {n} ausgestellt für {a}, [[silberner Golf|blauer Corsa|roter Yaris|weißer Transporter]], "
               "Kennzeichen {pl}, Stellplatz {b}. Handy {ph}, falls umgeparkt werden muss.", n=g.safe_digits(3, True),
               a=a.full(), pl=g.plate(), b=str(g.n(1, 40)), ph=a.mobile())


def pp_2(g):
    a = g.staff()
    return g.r("Hallo {a},\n\ndein Parkausweis für die Tiefgarage in {st} läuft am {d} ab. Schick uns kurz dein "
               "[[aktuelles|neues]] Kennzeichen, dann verlängern wir ihn.\n\nHaustechnik ({e})", a=a.given(), st=g.store(),
               d=g.date(), e=g.role_email("haustechnik"))


def pp_3(g):
    ps = [g.staff() for _ in range(g.n(2, 5))]
    rows = [g.r("Parkausweise – {st}", st=g.store())]
    for p in ps:
        rows.append(g.r("{n} {a} – {pl}", n=g.safe_digits(3, True), a=p.lf(), pl=g.plate()))
    return g.lines(*rows)


def pp_4(g):
    a, s = g.staff(), g.staff()
    return g.r("Auto {pl} steht schon wieder in der Ladezone – gehört {a} (Ausweis {n}). Bitte {ihn} ansprechen. {s}",
               pl=g.plate(), a=a.full(), n=g.safe_digits(3, True), ihn=gx(a, "ihn", "sie"), s=s.given())


# ---------------------------------------------------------------------------
# alarm_callout (Alarmauslösung)
# ---------------------------------------------------------------------------

def al_1(g):
    k = g.staff()
    return g.r("Alarmauslösung {d}, {t} Uhr, Filiale {st}. {co} hat {st_} {k} unter {ph} erreicht; {k2} war "
               "[[mit der Polizei|allein]] vor Ort – [[Fehlalarm (Bewegungsmelder Lager)|Tür nicht ganz zu|Luftballon aus der "
               "Schaufensterdeko]].", d=g.date(), t=g.pick(["02:14", "03:40", "23:55", "01:07"]), st=g.store(),
               co=g.company("security"), st_=gx(k, "Schlüsselträger", "Schlüsselträgerin"), k=k.full(), ph=k.mobile(),
               k2=k.given())


def al_2(g):
    ps = [g.staff() for _ in range(g.n(2, 4))]
    rows = [g.r("Schlüsselträger {st}:", st=g.store())]
    for i, p in enumerate(ps):
        rows.append(g.r("{i}. {a} – {ph}", i=str(i + 1), a=p.full(), ph=p.mobile()))
    rows.append(g.t("[?Kennwort bei der Notrufzentrale am Montag geändert.?]"))
    return g.lines(*rows)


def al_3(g):
    m, k = g.staff(), g.staff()
    return g.r("Hallo {m},\n\nheute Nacht ist die Alarmanlage wieder losgegangen. Der Anruf kam um drei, um halb vier war ich da – "
               "nichts fehlt, [[wieder Zone 4|der Sensor an der Hintertür]]. Kann {co} diese Woche noch kommen?\n\n{k}",
               m=m.given(), co=g.company("security"), k=k.given())


def al_4(g):
    k = g.staff()
    o = g.person()
    return g.lines(
        g.t("Protokoll – außerhalb der Öffnungszeiten"),
        g.r("Datum/Uhrzeit: {d} {t}", d=g.date(), t=g.pick(["02:14", "04:02", "22:48"])),
        g.r("Schlüsselträger/in: {k} ({ph})", k=k.full(), ph=k.phone()),
        g.r("Notrufzentrale: {o}, {co}", o=o.full(), co=g.company("security")),
        g.t("Ursache: [[Fehlalarm|Stromausfall|Einbruchversuch]]"),
    )


PROSE = {
    "crm_note": [crm_1, crm_2, crm_3, crm_4, crm_5],
    "support_email": [se_1, se_2, se_3, se_4, se_5],
    "signed_review": [rv_1, rv_2, rv_3, rv_4, rv_5],
    "team_chat": [tc_1, tc_2, tc_3, tc_4, tc_5],
    "call_note": [cn_1, cn_2, cn_3, cn_4, cn_5],
    "name_prose": [np_1, np_2, np_3, np_4, np_5],
    "postal_letter": [pl_1, pl_2, pl_3, pl_4],
    "staff_compliment": [sc_1, sc_2, sc_3, sc_4, sc_5],
    "maintenance_callout": [mc_1, mc_2, mc_3, mc_4],
    "ombudsman_case": [om_1, om_2, om_3, om_4, om_5],
    "wage_garnishment": [wg_1, wg_2, wg_3, wg_4, wg_5],
    "buddy_pairing": [bp_1, bp_2, bp_3, bp_4, bp_5],
    "training_record": [tr_1, tr_2, tr_3, tr_4],
    "rain_check": [rc_1, rc_2, rc_3, rc_4],
    "student_discount_check": [sd_1, sd_2, sd_3, sd_4],
    "blog_comment": [bc_1, bc_2, bc_3, bc_4, bc_5],
    "staff_parking_permit": [pp_1, pp_2, pp_3, pp_4],
    "alarm_callout": [al_1, al_2, al_3, al_4],
}


# ---------------------------------------------------------------------------
# texts without personal data
# ---------------------------------------------------------------------------

def tp_1(g):
    return g.r("Tourenbericht vom {d}: Der Steig durch den [[Fuchsgraben|Wolfsgraben|Jägersteig]] ist oberhalb von 1.600 m vereist. "
               "[[Winterliche|Frühwinterliche]] Verhältnisse; ab Mitte Mai dürfte es trocken werden.", d=g.date())


def tp_2(g):
    return g.lines(
        g.t("Wegezustand – [[Allgäuer Alpen|Karwendel|Wetterstein]]"),
        g.t("- [[Jägersteig|Bauernweg zur Alpe|Fuchsloch-Klamm]]: [[gesperrt|offen, matschig]]"),
        g.r("- Nullgradgrenze {n} m, Wind [[40|55|70]] km/h", n=str(g.n(800, 2400))),
        g.t("- Koch- und Bäckerhütte bewirtschaftet bis [[Ende Oktober|Pfingsten]]"),
        g.t("[?- Für junge Wandernde: Talweg nehmen.?]"),
    )


@fix("AT")
def tp_3(g):
    return g.r("Rundweg Rosental: {k} km, {h} Hm. Die kleine Brücke bei der Langen Wiese ist rutschig. Wintersperre bis Ende "
               "Jänner, im Mai wieder offen.", k=str(g.n(6, 24)), h=str(g.n(200, 1100)))


def tp_4(g):
    return g.r("[[Schnee|Graupel|Regen]] ab {w}. Filialen 87435 Kempten und 6020 Innsbruck haben normal geöffnet. "
               "Der Vogelsang-Weg ist ab [[Mai|Juni]] wieder frei.", w=g.weekday())


def pt_1(g):
    p = g.product_full()
    return g.r("Neu in [[{c}|{c2}]]: {n}, {pr} €. [[Wird's regnen? Egal.|Farbe für deinen Rucksack.]] [[Jetzt entdecken.|Im Laden "
               "anprobieren.]]", c=p[5][0], c2=p[5][-1], n=p[1], pr=p[3].replace(".", ","))


def pt_2(g):
    p, q = g.product_full(), g.product_full()
    return g.lines(
        g.r("{a} ({sku}) – {pr} €", a=p[1], sku=p[2], pr=p[3].replace(".", ",")),
        g.r("{b} ({sku}) – {pr} €", b=q[1], sku=q[2], pr=q[3].replace(".", ",")),
        g.t("Farben: [[Schiefer, Hüttenorange|Tannenschatten, Flechte|Alpenglühen, Gratblau]]"),
        g.t("[[Bäckerdutzend|Jägergrün ist zurück]]: 13 Paar Socken zum Preis von 12."),
    )


def pt_3(g):
    return g.r("[[Kleine|Junge]] Wandernde lieben {p}. Größen {a}–{b}. Im Futter: [[Fuchsspuren|Wolfspfoten]].",
               p=g.product_de("acc"), a=g.pick(["XS", "S"]), b=g.pick(["L", "XL"]))


def pt_4(g):
    p = g.product_full()
    return g.r("{n}: {w}. Jetzt {pr} € (statt {o} €). Angebot gilt bis {d}.", n=p[1],
               w=g.pick(["PFC-freie Imprägnierung", "5 Jahre Talgrat-Garantie", "entwickelt im Allgäu"]),
               pr=("%.2f" % (float(p[3]) * 0.8)).replace(".", ","), o=p[3].replace(".", ","), d=g.date(fmt="long"))


def tk_1(g):
    return g.r("Sendung {p}: [[in Zustellung|an Packstation zugestellt|im Paketzentrum]]. Depot-Referenz {r}.",
               p=g.parcel_no(), r=g.ref_phone_shaped())


def tk_2(g):
    rows = [g.t("Sendungsverfolgung – [[3|4]] Pakete")]
    for _ in range(g.n(2, 4)):
        rows.append(g.r("{p} · {d} · [[unterwegs|zugestellt|Adresse unvollständig]]", p=g.parcel_no(), d=g.date(fmt="short")))
    return g.lines(*rows)


def tk_3(g):
    return g.r("Ihre Sendung {p} hat den Umschlag in [[Kempten|Augsburg]] verpasst. Neue Zustellung {d}. Wartenummer {q}.",
               p=g.parcel_no(), d=g.date(), q=g.ref_phone_shaped())


def tk_4(g):
    return g.r("Abholung am Postfach [[12 03 44|45]] gebucht: Wechselbrücke {t}, Plombe {s}, {n} Paletten.",
               t=g.ref_phone_shaped(), s=g.safe_digits(8, True), n=str(g.n(2, 12)))


SUPPLIERS_DE = ["Schneider Logistik GmbH", "Vogel & Winter Transporte", "Hahn & Kaiser Seilerei", "Klein & Lang Bänder",
                "Bauer Verpackungen KG", "Koch & Fuchs Textil", "Jäger Displaybau", "Braun & Schwarz Reißverschlüsse",
                "Sommer Etiketten GmbH", "König Schnallenwerk"]


def sp_1(g):
    rows = [g.t("Freigegebene Lieferanten")]
    for s in g.sample(SUPPLIERS_DE, g.n(3, 5)):
        rows.append(g.r("{s} – GTIN-Präfix {p} – Lieferzeit {n} Tage", s=s, p=g.gtin()[:7], n=str(g.n(5, 40))))
    return g.lines(*rows)


def sp_2(g):
    return g.r("Bestellung {o} an {s}: {n} Stück {sku}, je {pr}, Liefertermin [[{d}|KW {w}]].", o=g.order_no(),
               s=g.pick(SUPPLIERS_DE), n=str(g.n(50, 900)), sku=g.sku(), pr=g.price(3, 60), d=g.date(), w=str(g.n(2, 50)))


def sp_3(g):
    s1, s2 = g.sample(SUPPLIERS_DE, 2)
    return g.r("{a} ersetzt ab {m} {b} als Lieferant für Zipper. Muster liegen in der Werkstatt Kempten.", a=s1, b=s2,
               m=g.pick(C.MONTHS_DE))


def sp_4(g):
    return g.lines(g.r("Lieferantenaudit: {s}", s=g.pick(SUPPLIERS_DE)), g.t("Bewertung: [[A|B|B+]]"),
                   g.r("Nächstes Audit {d}", d=g.date()), g.t("[?Notiz: bluesign-Zertifikat verlängert.?]"))


def gf_1(g):
    p = g.product_full()
    return g.r("{sku}\t{t}\t{gt}\t{pr} EUR\tauf Lager", sku=p[2], t=p[1], gt=g.gtin(), pr=p[3])


def gf_2(g):
    rows = ["id;titel;gtin;preis;farbe"]
    for _ in range(g.n(2, 4)):
        p = g.product_full()
        rows.append(g.r("{sku}-{sz};{t};{gt};{pr} EUR;{c}", sku=p[2], sz=g.size_for(p).replace(",", "."), t=p[1], gt=g.gtin(),
                        pr=p[3].replace(".", ","), c=g.pick(p[5])))
    return g.lines(*rows)


def gf_3(g):
    p = g.product_full()
    return g.r("<item><g:id>{sku}</g:id><g:title>{t}</g:title><g:gtin>{gt}</g:gtin><g:price>{pr} EUR</g:price></item>",
               sku=p[2], t=p[1], gt=g.gtin(), pr=p[3])


def gf_4(g):
    return g.r("Feed-Warnung: GTIN {a} doppelt bei {s1} und {s2}; GTIN {b} ok.", a=g.gtin(), s1=g.sku(), s2=g.sku(), b=g.gtin())


def rn_v(g):
    return "%d.%d.%d" % (g.n(1, 9), g.n(0, 24), g.n(0, 30))


def rn_1(g):
    return g.r("Kassen-[[Firmware|App]] {v} (Build {b}): behebt Timeout am Bondrucker; benötigt Scanner {v2}.",
               v=rn_v(g), b=g.safe_digits(5, True), v2=rn_v(g))


def rn_2(g):
    return g.lines(g.r("Release {v} – {d}", v=rn_v(g), d=g.iso_date()), g.t("- [[Schnellere|Stabilere]] Bestandsabfrage"),
                   g.r("- Port {p} jetzt konfigurierbar", p=str(g.n(1024, 9999))),
                   g.r("- Commit {h}", h="".join(g.pick("0123456789abcdef") for _ in range(10))))


def rn_3(g):
    return g.r("Handscanner von {a} auf {b} aktualisiert. [[Neustart über Nacht.|Keine Aktion nötig.]]", a=rn_v(g), b=rn_v(g))


def rn_4(g):
    return g.r("Etikettendrucker-Treiber {v}: [[Mai|Juni]]-Patch, [[Winter|Sommer]]-Release. Prüfsumme {c}.",
               v=rn_v(g), c="".join(g.pick("0123456789abcdef") for _ in range(12)))


def cal_1(g):
    return g.r("Filiale {st}: [[lange Einkaufsnacht|Inventur]] am {d}, [[8–22 Uhr|ab 14 Uhr geschlossen]]. Ausweichfiliale: "
               "[[87435 Kempten|6020 Innsbruck|8001 Zürich|80331 München]].", st=g.store(), d=g.date(fmt="long"))


def cal_2(g):
    return g.lines(g.t("Termine im [[Herbst|Frühjahr]]"),
                   g.r("{d} – Imprägnier-Workshop, [[87509 Immenstadt|5020 Salzburg]]", d=g.date(fmt="short")),
                   g.r("{d} – Schuhanpassungsabend, {t} Uhr", d=g.date(fmt="short"), t=g.time()),
                   g.t("[?1. Mai – geschlossen?]"))


@fix("AT")
def cal_3(g):
    return g.r("Feiertage: 6. Jänner und 8. Dezember geschlossen, am {d} von 10 bis 16 Uhr geöffnet. Parkplatz: 1070 Wien, "
               "Zufahrt über die Seitengasse.", d=g.date(fmt="long"))


def cal_4(g):
    return g.r("Wintervortrag: [[Mit dem Wolf leben|Jäger und Wandernde im Gespräch]], {d}, {t} Uhr, Eintritt frei.",
               d=g.date(fmt="long"), t=g.time())


def os_1(g):
    return g.r("Bestellung {o} [[versendet|gepackt|angehalten]] am {d}. Summe {pr}. Vorgang {t}.", o=g.order_no(), d=g.date(),
               pr=g.price(), t=g.ref_phone_shaped())


def os_2(g):
    return g.lines(g.r("Bestellung {o}", o=g.order_no()), g.r("Artikel: {n} × {sku}", n=str(g.n(1, 4)), sku=g.sku()),
                   g.r("Status: [[versendet|wartet auf Ware]] ({d})", d=g.date()), g.r("Retourencode: {r}", r=g.ref_phone_shaped()))


def os_3(g):
    return g.r("Erstattung {r} ausgeführt: {pr} auf das ursprüngliche Zahlungsmittel (Karte mit Endung {l}).",
               r=g.ticket_no(), pr=g.price(), l=g.safe_digits(4))


def os_4(g):
    p = g.product_full()
    return g.r("Umtausch {r}: Größe {a} gegen Größe {b}, {p}. Lagerreferenz {w}.", r=g.ticket_no(), a=g.size_for(p), b=g.size_for(p),
               p=p[1], w=g.ref_phone_shaped())


def ck_1(g):
    return g.r("Hüttenrezept: Bäckers [[Stockbrot|Fladenbrot|Pfannenbrot]]. {f} g Mehl, eine Prise Salz, {w} ml Wasser. Wie ein "
               "Jäger auf dem heißen Stein backen, {n} Minuten pro Seite.", f=str(g.n(10, 30) * 10), w=str(g.n(8, 20) * 10),
               n=str(g.n(3, 6)))


def ck_2(g):
    return g.lines(g.r("Jägereintopf für {n}", n=str(g.n(2, 6))), g.r("- {o} Zwiebeln, {l} g Linsen", o=str(g.n(1, 4)), l=str(g.n(2, 8) * 100)),
                   g.t("- [[Bärlauch im Mai|Wildkräuter|Brennnesselspitzen]], wenn ihr welche findet"),
                   g.r("{m} Minuten köcheln. Beim [[Chili|Salz|Paprika]] entscheidet der Koch.", m=str(g.n(20, 45))))


def ck_3(g):
    return g.r("Studentenfutter nach Art der [[Fuchs|Wolfs]]hütte: {a} g Nüsse, {b} g Rosinen, [[Zartbitterschokolade|Apfelchips|"
               "Bananenchips]]. Hält im Deckelfach vom Hochsattel {n} Tage.", a=str(g.n(5, 30) * 10), b=str(g.n(5, 20) * 10),
               n=str(g.n(4, 12)))


def ck_4(g):
    return g.r("Bauernfrühstück am Gaskocher: {a} g Kartoffeln, {b} Zwiebeln, {c} Eier. Dazu ein kleiner Schluck "
               "[[Kaffee|Tee|Kakao]] – reicht für {n}.", a=str(g.n(3, 10) * 100), b=str(g.n(1, 3)), c=str(g.n(2, 8)),
               n=str(g.n(1, 4)))


SIZE_ROWS = [("38", "5", "23,5"), ("39,5", "6", "24,5"), ("40,5", "7", "25,5"), ("42", "8", "26,5"), ("43", "9", "27,5"),
             ("44,5", "10", "28,5"), ("46", "11", "29,5"), ("47", "12", "30,5")]


def sz_1(g):
    k = g.n(2, 4)
    i = g.n(0, len(SIZE_ROWS) - k)
    rows = [g.t("[[Schuhgrößen|Größentabelle Schuhe|Größen Steinlauf]]")]
    for eu, uk, cm in SIZE_ROWS[i:i + k]:
        rows.append("EU " + eu + " = UK " + uk + " = " + cm + " cm")
    return g.lines(*rows)


def sz_2(g):
    n = g.n(76, 86)
    return g.r("Innenbeinlänge (Größe {sz}): Normal {a} cm, Kurz {b} cm. Im Zweifel [[eine Größe größer|beide bestellen|im "
               "Laden anprobieren]].", sz=g.size(), a=str(n), b=str(n - 5))


def sz_3(g):
    return g.r("Sockengrößen: S ({a}–38), M (39–42), L (43–46). [[Trittweg|Merino-Wandersocken]] {pr} pro Paar, {n} Farben.",
               a="35" if g.chance(0.5) else "36", pr=g.price(15, 30), n=str(g.n(2, 5)))


def sz_4(g):
    return g.r("Passform {p}: [[Ärmel eher lang|weit an der Brust|schmal an der Ferse|hinten etwas kurz]]; [[normale Größe "
               "wählen|zwischen zwei Größen die kleinere|zum Drunterziehen eine Nummer größer]].", p=g.product_short())


NOPII = {
    "trail_report": [tp_1, tp_2, tp_3, tp_4],
    "product_teaser": [pt_1, pt_2, pt_3, pt_4],
    "parcel_tracking": [tk_1, tk_2, tk_3, tk_4],
    "supplier_directory": [sp_1, sp_2, sp_3, sp_4],
    "gtin_feed": [gf_1, gf_2, gf_3, gf_4],
    "release_notes": [rn_1, rn_2, rn_3, rn_4],
    "store_calendar": [cal_1, cal_2, cal_3, cal_4],
    "order_status": [os_1, os_2, os_3, os_4],
    "camp_kitchen": [ck_1, ck_2, ck_3, ck_4],
    "size_guide": [sz_1, sz_2, sz_3, sz_4],
}
