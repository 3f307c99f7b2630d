"""German templates of the dev half of the thirty-first PII bank: 18 prose genres with personal
data (written in German, du and Sie, Austrian and Swiss variants) and 10 genres without."""

from pii31_dev_core import Lab


# ---------------------------------------------------------------------------------------------
# greetings and closings by country


def hallo(c, p):
    """Informal greeting with the given name (labelled)."""
    cc = c.country
    words = ["Hallo", "Hallo", "Hi", p.lieb]
    if cc == "AT":
        words += ["Servus", "Servus", "Hallo"]
    elif cc == "CH":
        words += ["Hoi", "Sali", "Hallo"]
    elif cc == "DE":
        words += ["Moin", "Hey"]
    return c.pick(words) + " " + str(p.given)


def sie(c, p):
    """Formal greeting with the surname (labelled)."""
    cc = c.country
    if cc == "CH":
        opts = ["Grüezi " + p.hs_de, p.sg, "Guten Tag " + p.hs_de]
    elif cc == "AT":
        opts = [p.sg, "Grüß Gott, " + p.hs_de, p.sg]
    else:
        opts = [p.sg, p.sg, "Guten Tag " + p.hs_de, "Hallo " + p.hs_de]
    return c.pick(opts)


def gruss_sie(c):
    if c.country == "CH":
        return c.pick(["Freundliche Grüsse", "Beste Grüsse", "Mit freundlichen Grüssen"])
    if c.country == "AT":
        return c.pick(["Mit freundlichen Grüßen", "Mit besten Grüßen", "Freundliche Grüße"])
    return c.pick(["Mit freundlichen Grüßen", "Freundliche Grüße", "Beste Grüße", "Viele Grüße"])


def gruss_du(c):
    if c.country == "CH":
        return c.pick(["Liebe Grüsse", "En Gruess", "Merci und liebe Grüsse"])
    if c.country == "AT":
        return c.pick(["Liebe Grüße", "LG", "Baba und danke", "Liebe Grüße"])
    return c.pick(["Viele Grüße", "Liebe Grüße", "LG", "Bis bald", "Grüße"])


def handy(c):
    return "Natel" if c.country == "CH" else c.pick(["Handy", "Mobil", "Handy"])


def item(c):
    return c.pick(["Regenjacke", "Daunenjacke", "Zelt", "Rucksack", "Schlafsack", "Wanderschuhe", "Fleecejacke",
                   "Trekkingstöcke", "Biwaksack"])


def last4(c):
    return c.digits(4, False)


def expiry(c):
    return "%02d/%02d" % (c.rng.randint(1, 12), c.rng.randint(25, 30))


def size(c):
    return c.pick(["S", "M", "L", "XL", "M kurz", "L normal", "42", "44,5", "38"])


def size_for(c, p):
    """Eine Größe, die zum Artikel passt."""
    if p[1] == "TG-TS-100":
        return c.pick(["39", "40,5", "42", "43", "44,5", "46"])
    if p[1] == "TG-SO-100":
        return c.pick(["39–42", "43–46", "35–38"])
    if p[1].startswith("TG-BP"):
        return "Einheitsgröße"
    if p[1] in ("TG-HT-100", "TG-WT-100"):
        return c.pick(["M normal", "L kurz", "S normal", "XL normal"])
    return c.pick(["S", "M", "L", "XL"])


def shop_iban(c):
    cc = {"CH": "CH", "AT": "AT"}.get(c.country, "DE")
    return Lab("I", c.iban(cc))


def pname(c):
    return c.product()[0]


# =============================================================================================
# crm_note


def crm_1(c):
    a = c.person()
    return c.R("[[Telefonat|Gespräch|Anruf]] mit {a.hsn_de} wegen Bestellung {o}: [[möchte Erstattung auf die Karte|will "
               "auf Größe {sz} umtauschen|Paket nicht angekommen, beim Versand nachgefragt|Reißverschluss nach zwei "
               "Wochen kaputt]].[? Rückruf unter {a.phone}.?][? – {k}?]",
               a=a, o=c.order_no(), sz=size(c), k=c.pick(["erledigt", "offen", "an Werkstatt", "eskaliert"]))


def crm_2(c):
    a = c.person()
    new = c.address(a.country)
    return c.R("{d1} – {a.full} ist von {old} nach {new} umgezogen.\n"
               "{d2} – neue Handynummer {a.mobile}[[; E-Mail unverändert ({a.email})|]].\n"
               "[?{d3} – [[Erstattung|Kulanzgutschrift]] über {m} an {a.iban}.\n?]"
               "[?{d4} – bittet, nicht vor 12 Uhr anzurufen.?]",
               a=a, old=a.street, new=new.one, d1=c.date(style="num"), d2=c.date(style="num"), d3=c.date(style="num"),
               d4=c.date(style="num"), m=c.money(15, 180))


def crm_3(c):
    a = c.person()
    s = c.staff()
    return c.R("Dubletten zusammengeführt für {a.LF}: behalten {a.email}, gelöscht {a.email2}."
               "[? Gleiche Telefonnummer {a.phone} in beiden.?] [?Bonuspunkte addiert ({n}).?]"
               "[[ Bearbeitet: {s.given}.|]]",
               a=a, s=s, n=c.rng.randint(120, 4800))


def crm_4(c):
    a = c.person()
    k = c.relative(a, cue=False)
    return c.R("{a.full} möchte [[nur per E-Mail|lieber abends nach 17 Uhr|per SMS an {a.mobile}]] kontaktiert werden; "
               "{k:Sohn/Tochter} {k.given} [[trägt Größe 140|braucht nächste Saison Kinderwanderschuhe|macht den "
               "Kletterkurs mit]]. [[Kauft meist in der Filiale {st}.|Die {a.sur}-Reklamation vom {d} ist erledigt.]]",
               a=a, k=k, st=c.store_town(), d=c.date(style="short"))


def crm_5(c):
    c.fix("AT")
    a = c.person(country="AT")
    return c.R("Die {a.sur}-Reklamation ([[Sackerl mit Jacke|Schuhe im Karton]], {o}) liegt noch bei der Kassa. "
               "{a.gen} Bonuspunkte bitte gutschreiben[[, Rückruf unter {a.phone}|, {a:der Kunde/die Kundin} meldet sich im Jänner|]].",
               a=a, o=c.order_no())


# =============================================================================================
# support_email


def support_1(c):
    a = c.person()
    s = c.staff()
    return c.R("{anr},\n\nvielen Dank für Ihre Nachricht zu Bestellung {o}. "
               "[[Wir haben Ihnen {m} auf die Karte mit den Endziffern {l4} erstattet; die Gutschrift kann bis zu fünf "
               "Werktage dauern.|Der Ersatz geht morgen an:\n{a.addr2}|Der Versanddienst hat den Verlust bestätigt, wir "
               "schicken Ihnen ein neues Paket an {a.addr1}.]]\n\n{gr}\n[[{s.given}|{s.given}|{s.ini}]]\nTalgrat [[Kundenservice|Service]]",
               anr=sie(c, a), a=a, s=s, o=c.order_no(), m=c.money(20, 350), l4=last4(c), gr=gruss_sie(c))


def support_2(c):
    a = c.person()
    new = c.address(a.country)
    return c.R("Hallo,\n\n[[ich bin umgezogen und habe|wir sind letzte Woche umgezogen und haben]] vergessen, die Adresse vor der "
               "Bestellung zu ändern ({o}). Könnt ihr das Paket an {new} statt an {old} schicken?\n\n{gr}\n{a.full}"
               "[[\n{a.phone}|]]",
               a=a, new=new.one, old=a.street, o=c.order_no(), gr=gruss_du(c))


def support_3(c):
    a = c.person()
    s = c.staff()
    return c.R("{h},\n\n[[das ist jetzt erledigt|ich habe das an die Werkstatt weitergegeben|der neue Zipper ist "
               "unterwegs]].\n\n{s.given}\n\nAm {d} schrieb {a.full} <{a.email}>:\n> [[Wo bleibt mein Paket? Es sind jetzt "
               "zehn Tage.|Der Reißverschluss meiner Jacke ist nach zwei Wochen kaputt.|Kann ich die Schuhe noch "
               "zurückgeben?]]",
               h=hallo(c, a), a=a, s=s, d=c.date())


def support_4(c):
    c.fix("CH")
    a = c.person(country="CH")
    s = c.staff()
    return c.R("{anr}\n\nWir haben Ihre Rücksendung ({o}) erhalten und erstatten Ihnen {m} innert [[fünf|zehn]] Arbeitstagen "
               "auf Ihr Konto {a.iban}.[[ Die Velotasche behalten Sie bitte als Entschuldigung.|]]\n\n{gr}\n{s.full}\n"
               "Talgrat {st}",
               anr="Grüezi " + a.hs_de, a=a, s=s, o=c.order_no(), m=c.money(40, 300), gr=gruss_sie(c),
               st=c.store_town())


def support_5(c):
    a = c.person()
    s = c.staff()
    return c.R("Fall {t}\n{a:Kunde/Kundin}: {a.full} ({a.email})\nLogin-IP: {a.ip}\nIBAN für Erstattung: {a.iban}\n"
               "Notiz: [[doppelte Abbuchung|Paket verloren|Kulanz nach Lieferverzug]], [[freigegeben von|geprüft von]] "
               "{s.full}.",
               a=a, s=s, t=c.ticket())


def support_6(c):
    a = c.person()
    return c.R("[[Hallo|Guten Tag|Hallo zusammen]],\n\n[[die Zahlung klappt bei euch einfach nicht|euer Checkout lehnt "
               "meine Karte ab|ich habe dreimal versucht, Bestellung {o} zu bezahlen]]. Meine Karte: {a.card}, gültig bis "
               "{e}. [[Könnt ihr das bitte manuell abbuchen?|Geht das auch telefonisch?]]\n\n[[{a.full}|Danke, {a.full}|"
               "{a.given}]]",
               a=a, e=expiry(c), o=c.order_no())


# =============================================================================================
# team_chat


def chat_1(c):
    s1, s2, s3 = c.staff(), c.staff(), c.staff()
    h = c.rng.randint(7, 9)
    return c.R("[{t1}] {s1.lowg}: [[moin|morgen|guten morgen]]! wer ist heute an kasse 2?\n"
               "[{t2}] {s2.lowg}: ich, muss aber [[um 15 uhr weg|um 4 zum zahnarzt]]\n"
               "[{t3}] {s1.lowg}: ok, {s3.given} übernimmt dann\n"
               "[{t4}] {s3.lowg}: [[passt|klar|👍]][[, bis später|]]",
               s1=s1, s2=s2, s3=s3, t1="%02d:%02d" % (h, 41), t2="%02d:%02d" % (h, 44), t3="%02d:%02d" % (h, 47),
               t4="%02d:%02d" % (h, 58))


def chat_2(c):
    a = c.person()
    s = c.staff()
    new = c.address(a.country)
    return c.R("Besucher: hallo, mein paket ist nie angekommen\n"
               "Agent ({s.given}): Hallo! Magst du mir deinen Namen und die PLZ sagen?\n"
               "Besucher: {a.full}, {a.plz}\n"
               "Agent ({s.given}): Danke, {a.given}. Es ging an {a.street}, stimmt das?\n"
               "Besucher: nein, [[bin umgezogen|wir sind umgezogen]] – jetzt {ns}. handy {a.mobile}",
               a=a, s=s, ns=new.street_lab)


def chat_3(c):
    c.fix("CH")
    s1, s2, s3 = c.staff(), c.staff(), c.staff()
    return c.R("{s1.lowg}: [[hoi zäme|sali zäme|guete morge]], wer cha am [[samstig|mäntig|fritig]] schaffe?\n"
               "{s2.lowg}: ich, aber nume am [[morge|nomittag]]\n"
               "{s1.lowg}: merci vielmal! {s3.given} isch [[chrank|i de ferie|im chürs]][[ und {s3:er/sie} chunnt erst am "
               "{d} wieder|]]\n{s2.lowg}: [[kei problem|passt scho|isch guet]]",
               s1=s1, s2=s2, s3=s3, d=c.date(style="short"))


def chat_4(c):
    c.fix("AT")
    s1, s2 = c.staff(), c.staff()
    a = c.person(country="AT")
    return c.R("[09:0{m1}] {s1.lowg}: [[servas|griaß di|moagn]], die {a.lowsur}-retoure is no ned im system\n"
               "[09:1{m2}] {s2.lowg}: mach i glei, hab grad [[a kundschaft an der kassa|an packerl in der hand]]\n"
               "[09:2{m3}] {s2.lowg}: erledigt. {a.hs_de} [[ruft morgen an|kommt am {d} vorbei|kommt erst im jänner]], "
               "[[nummer|handy]] {a.phone}"
               "[[\n[09:3{m4}] {s1.lowg}: leiwand, danke|]]",
               s1=s1, s2=s2, a=a, m1=c.rng.randint(0, 9), m2=c.rng.randint(0, 9), m3=c.rng.randint(0, 9),
               m4=c.rng.randint(0, 9), d=c.date(style="short"))


def chat_5(c):
    s1, s2 = c.staff(), c.staff()
    a = c.person()
    return c.R("#filiale-{town}\n{s1.given}: Zur Info: {a.full} holt heute [[das reparierte Zelt|die reservierten Schuhe|"
               "die Sonderbestellung]] ab, [[ist schon bezahlt|zahlt bei Abholung]].\n{s2.given}: ok. Falls {a:er/sie} "
               "später kommt: {a.phone}",
               s1=s1, s2=s2, a=a, town=c.store_town().lower().replace(" ", "-").replace("ü", "ue"))


# =============================================================================================
# call_note


def call_1(c):
    a = c.person()
    return c.R("{t} Anruf: [[{a.hs_de}|{a.hs_de}|wegen der {a.sur}-Bestellung]] – [[Zeltstange am ersten Tag "
               "gebrochen|will Bestellung {o} stornieren|fragt, ob die "
               "Kaltkar in XXL kommt|falsche Farbe geliefert]]. [[Rückruf unter {a.phone}.|Bitte zurückrufen: {a.phone}.|"
               "Am Telefon geklärt.]]",
               a=a, t=c.time(), o=c.order_no())


def call_2(c):
    a = c.person()
    m = a.mobile
    return c.R("Mailbox {d}, {t}: „Ja, hallo, hier ist {a.full}, es geht um [[meine Reparatur|die Bestellung {o}|die "
               "Schuhe]]. Rufen Sie mich bitte zurück unter {m}, also {m}. Danke, tschüss.“",
               a=a, m=m, d=c.date(style="short"), t=c.time(), o=c.order_no())


def call_3(c):
    a = c.person()
    s = c.staff()
    p = c.product()
    return c.R("Telefonische Bestellung {a.full}: {p} in {col}, Größe {sz}, Lieferung an {a.addr1}. Bezahlt mit Karte "
               "{a.card}, gültig bis {e}. Aufgenommen: {s.given}.",
               a=a, s=s, p=p[0], col=c.pick(p[3]), sz=size_for(c, p), e=expiry(c))


def call_4(c):
    n = c.rng.randint(2, 4)
    lines = ["Rückrufe %s:" % c.weekday()]
    for i in range(n):
        a = c.person()
        lines.append(c.R("{i}. {who} – {h} {a.mobile} – [[Erstattung|Umtausch|Reparaturstatus|Paket fehlt]]",
                         i=i + 1, a=a, who=c.pick([a.hs_de, str(a.full)]), h=handy(c)))
    return "\n".join(lines)


# =============================================================================================
# car_park_collision


def park_1(c):
    a, b, s = c.person(), c.person(), c.staff()
    return c.R("Parkplatzunfall, {d}, {t}: {a:Ein Kunde/Eine Kundin}, {a.full}, ist beim Ausparken gegen das Auto von "
               "{b.full} gefahren [[auf Stellplatz {bay}|neben dem Einkaufswagen-Unterstand|an der Ausfahrt]]. Daten "
               "ausgetauscht: {a.full} ({a.phone}, versichert bei {ins}) – {b.full} ({b.phone}). [[Die Kamera deckt den "
               "Platz ab, Aufnahme gesichert bis {d2}.|Auf der Seite gibt es keine Kamera.]] Aufgenommen von {s.full}.",
               a=a, b=b, s=s, d=c.date(), t=c.time(), bay=c.rng.randint(3, 60), ins=c.company("insurer"),
               d2=c.date(style="short"))


def park_2(c):
    a, b = c.person(), c.person()
    return c.R("Sehr geehrte Damen und Herren,\n\nam {d} wurde mein Auto auf Ihrem Parkplatz in {town} angefahren. "
               "{b:Der Fahrer/Die Fahrerin} hat einen Zettel mit dem Namen {b.full} und der Nummer {b.phone} "
               "hinterlassen, geht aber nicht ans Telefon. Hat Ihre Kamera etwas aufgezeichnet?\n\nMeine Daten: "
               "{a.full}, {a.addr1}, {a.phone}\n\n{gr}\n{a.given}",
               a=a, b=b, d=c.date(), town=c.store_town(), gr=gruss_sie(c))


def park_3(c):
    a, b = c.person(), c.person()
    h = c.person(country=c.country)
    ins = c.company("insurer")
    dom = ins.split()[0].lower().replace("ü", "ue") + "-schaden.de"
    return c.R("Unser Zeichen: SCH-{r}\n\n{a:Ihr Kunde/Ihre Kundin} {a.hs_de} meldet, dass am {d} ein von {b.full}, "
               "{b.addr1}, gelenktes Fahrzeug {a:seinen/ihren} Wagen auf dem Parkplatz Ihrer Filiale {st} beschädigt hat. "
               "Bitte teilen Sie uns mit, ob Mitarbeitende den Unfall beobachtet haben, und senden Sie uns die "
               "Aufnahme von {t} Uhr.\n\n[[{h.full}|{h.ini}]]\nSchadenabteilung, {ins}\n{hm}",
               a=a, b=b, h=h, ins=ins, hm=h.mail_at(dom), r=c.digits(7), d=c.date(), st=c.store_town(), t=c.time())


def park_4(c):
    c.fix("AT")
    s, a, b = c.staff(), c.person(country="AT"), c.person(country="AT")
    return c.R("[[Servus|Griaß di]] {s.given}, {a:der Herr/die Dame} mit dem [[blauen Kombi|roten Golf|weißen Bus]] is "
               "{a:der/die} {a.full} – {a:er/sie} hat beim [[Rausfahren|Einparken|Zurückschieben]] das Auto {b:vom "
               "Herrn/von der Frau} {b.sur} g'streift. [[Die zwei haben die Nummern ausgetauscht.|Polizei braucht's "
               "keine, sagen beide.]] Falls {b:er/sie} anruft: {a:seine/ihre} Nummer is {a.mobile}.",
               s=s, a=a, b=b)


def park_5(c):
    c.fix("CH")
    a, b = c.person(country="CH"), c.person()
    return c.R("Grüezi mitenand\n\n[[Am {d}|Letzten Samstag]] hat beim Parkieren auf Ihrem Parkplatz in {town} ein Auto mein "
               "Velo umgefahren. [[Die Lenkerin|Der Lenker|Die Person am Steuer]] hat sich als {b.full} vorgestellt und "
               "mir die Nummer {b.phone} gegeben, reagiert aber nicht mehr. Haben Sie Videoaufnahmen? Bitte melden Sie "
               "sich innert einer Woche.\n\n{gr}\n{a.full}\n{a.addr2}\nNatel {a.mobile}",
               a=a, b=b, d=c.date(), town=c.store_town(), gr=gruss_sie(c))


# =============================================================================================
# pricing_error_cancellation


def price_1(c):
    a, s = c.person(), c.staff()
    p = c.product()
    return c.R("{h},\n\ndu hast am {d} die {p} für {wrong} statt {right} bestellt. Das war ein Preisfehler, deshalb haben "
               "wir die Bestellung {o} storniert und dir den vollen Betrag auf [[deine Karte|dein PayPal-Konto]] "
               "zurückgezahlt. [[Als Entschuldigung bekommst du 15 % mit dem Code SORRY15.|Sorry für die Enttäuschung!]]"
               "\n\n{gr}\n{s.full}\nTalgrat Onlineshop",
               h=hallo(c, a), a=a, s=s, p=p[0], d=c.date(), wrong=c.money(2, 15), right=c.money(120, 350), o=c.order_no(),
               gr=gruss_du(c))


def price_2(c):
    a = c.person()
    return c.R("Guten Tag, ich akzeptiere die Stornierung von {o} nicht. Der Preis wurde im Checkout angezeigt und Sie "
               "haben das Geld [[von meiner Karte {a.card} |]]abgebucht. Ich erwarte die Lieferung an {a.addr1} wie vereinbart[[, sonst wende ich mich an "
               "die Verbraucherzentrale|]].\n{a.full}\n{a.email}",
               a=a, o=c.order_no())


def price_3(c):
    s = c.staff()
    p = c.product()
    lines = ["Preisfehler %s: %s für %s angezeigt." % (c.date(style="short"), p[0], c.money(1, 12)), "Zu stornieren:"]
    for _ in range(c.rng.randint(2, 4)):
        a = c.person()
        lines.append(c.R("- {o} {a.full} ({a.email})", o=c.order_no(), a=a))
    lines.append(c.R("[[Nicht versenden|Im Lager zurückhalten]]. Fragen an {s.given}.", s=s))
    return "\n".join(lines)


def price_4(c):
    a = c.person()
    verb = "ersuche ich Sie" if c.country == "AT" else "fordere ich Sie auf"
    return c.R("An Talgrat Outdoor, Kundenservice\n\nBestellung {o} – {p}\n\nSie haben meine Bestellung per E-Mail "
               "bestätigt, damit ist ein Vertrag zustande gekommen. Daher {verb}, binnen 14 Tagen zu liefern an:\n"
               "{a.addr2}\n\n{a.full}, {d}",
               a=a, o=c.order_no(), p=pname(c), d=c.date(style="num"), verb=verb)


# =============================================================================================
# salary_overpayment


def sal_1(c):
    a, s = c.staff(), c.staff()
    return c.R("{h},\n\nmit deinem {mo}-Gehalt wurden dir {m} zu viel überwiesen, weil deine Stundenänderung auf {hh} "
               "Stunden zu spät erfasst wurde. Bitte überweise den Betrag [[innerhalb von 30 Tagen|bis Ende nächsten "
               "Monats]] auf unser Konto {ib}, Verwendungszweck P{n}. Wenn das schwierig ist, können wir ihn auch in drei "
               "Raten einbehalten.\n\nDein Lohnbüro\n{s.full}",
               h=hallo(c, a), a=a, s=s, mo=c.month(), m=c.money(80, 900), hh=c.pick([20, 24, 30, 32]), ib=shop_iban(c),
               n=c.digits(5))


def sal_2(c):
    a, s = c.staff(), c.staff()
    return c.R("[[Hallo|Hi|Servus]] {s.given}, [[ist mir gar nicht aufgefallen, sorry|danke für den Hinweis|das hat mich "
               "überrascht, aber okay]]. [[Bitte in drei Raten einbehalten.|Geht es in zwei Raten?|Ich überweise es diese "
               "Woche.]] [[Mein Konto ist weiterhin {a.iban}.|Für Rückfragen: mein Konto {a.iban}.]][[ LG {a.given}|\n"
               "{a.full}|\nGrüße, {a.given}]]",
               a=a, s=s)


def sal_3(c):
    c.fix("DE")
    a = c.staff(country="DE")
    return c.R("Überzahlung {mo}: {a.full}, Personalnr. {n}, Steuer-ID {a.taxid}, {m}. Grund: [[Urlaub nicht erfasst|"
               "Stundenänderung zu spät eingetragen|Prämie doppelt ausgezahlt]]. Rückzahlung in drei Raten ab {mo2}; "
               "[[Lohnsteuer wird korrigiert|Lohnsteueranmeldung wird berichtigt]].[[ Konto für Rückfragen: {a.iban}.|]]",
               a=a, mo=c.month(), mo2=c.month(), n=c.digits(5), m=c.money(60, 700))


def sal_4(c):
    c.fix("AT")
    a, s = c.staff(country="AT"), c.staff()
    return c.R("{anr},\n\nim {mo} wurde Ihnen irrtümlich die Sonderzahlung doppelt angewiesen ({m}). Wir ersuchen Sie, "
               "den Betrag [[binnen vier Wochen|bis Monatsende]] auf unser Konto {ib} rückzuüberweisen, oder teilen Sie "
               "uns mit, ob wir ihn mit dem nächsten Bezug gegenrechnen dürfen.\n\n{gr}\n{s.full}\nPersonalverrechnung",
               anr=a.sg, a=a, s=s, mo=c.pick(["Jänner", "Jänner", c.month()]), m=c.money(300, 1800), ib=shop_iban(c),
               gr=gruss_sie(c))


# =============================================================================================
# whistleblower_report


def wb_1(c):
    a, b = c.staff(), c.staff()
    return c.R("Meldung HS-{r}, eingegangen am {d}\n\nIch möchte melden, dass {a:der stellvertretende Filialleiter/die "
               "stellvertretende Filialleiterin} in {st}, {a.full}, [[zurückgegebene Ware mit nach Hause nimmt|Freunden "
               "Mitarbeiterrabatt gibt|Stunden im Dienstplan nachträglich ändert]]. Ich habe es [[dreimal|zweimal]] im "
               "{mo} gesehen. [[Ich möchte anonym bleiben.|Sie erreichen mich unter {b.email}.]]",
               a=a, b=b, r=c.digits(4), d=c.date(), st="der Filiale " + c.store_town(), mo=c.month())


def wb_2(c):
    a, b, x = c.staff(), c.staff(), c.staff()
    return c.R("Fall HS-{r}: Gespräch mit {b.full} ({b.phone}) am {d}. {b:Er/Sie} bestätigt, dass {a.hs_de} "
               "[[Verkäufe storniert hat, nachdem die Kundschaft gegangen war|Bargeld aus der Retourenkasse genommen hat|"
               "Ausstellungsstücke privat verkauft hat]]. Nächster Schritt: Gespräch mit {x.full} aus dem Lager"
               "[[ und Kassenjournal prüfen|]].",
               a=a, b=b, x=x, r=c.digits(4), d=c.date())


def wb_3(c):
    b, s = c.staff(), c.staff()
    law = {"DE": "nach dem Hinweisgeberschutzgesetz", "AT": "nach dem HinweisgeberInnenschutzgesetz",
           "CH": "durch unsere interne Meldestelle"}.get(c.country, "vertraulich")
    return c.R("{anr},\n\nvielen Dank für Ihre Meldung vom {d}. Sie ist bei der Compliance-Stelle eingegangen und wird "
               "{law} behandelt. Wir melden uns innerhalb von drei Monaten bei Ihnen. Ihr Aktenzeichen: HS-{r}.\n\n"
               "{gr}\n{s.full}\nCompliance\n{m}",
               anr=sie(c, b), b=b, s=s, d=c.date(), law=law, r=c.digits(4), m=c.role("hinweise"), gr=gruss_sie(c))


def wb_4(c):
    a, x = c.staff(), c.staff()
    return c.R("Ich will meinen Namen nicht nennen. Bitte schaut euch Kasse 3 an den Abenden an, an denen {a.given} "
               "schließt. {a:Er/Sie} nimmt vor dem Zählen ein paar Scheine raus. [[{x.full} aus dem Lager hat es auch "
               "gesehen.|Fragt {x.full}, {x:er/sie} weiß Bescheid.]]",
               a=a, x=x)


# =============================================================================================
# works_council_minutes


def _gremium(c, case="nom"):
    """The staff body: Betriebsrat (DE, AT) or Personalkommission (CH), by case."""
    if c.country == "CH":
        return {"nom": "Personalkommission", "art": "die Personalkommission", "Art": "Die Personalkommission",
                "gen": "der Personalkommission", "acc": "die Personalkommission"}[case]
    return {"nom": "Betriebsrat", "art": "der Betriebsrat", "Art": "Der Betriebsrat", "gen": "des Betriebsrats",
            "acc": "den Betriebsrat"}[case]


def wc_1(c):
    a, b, x, d, e = c.staff(), c.staff(), c.staff(), c.staff(), c.staff()
    return c.R("Protokoll der Sitzung {g}, {st}, {dt}\nAnwesend: {a.full} (Vorsitz), {b.full}, {x.full}[[, {d.full}|]]\n"
               "[[Entschuldigt: {e.full}\n|]]TOP 1: Urlaubsplanung Weihnachten – {b.given} sammelt Wünsche bis {d1}.\n"
               "TOP 2: [[Kühlschrank im Pausenraum|Heizung im Lager|Personalrabatt auf reduzierte Ware]] – {x.given} "
               "spricht mit der Filialleitung.\nNächste Sitzung: {d2}.",
               g=_gremium(c, "gen"), a=a, b=b, x=x, d=d, e=e, st=c.store(), dt=c.date(), d1=c.date(style="short"),
               d2=c.date(style="short"))


def wc_2(c):
    a, b = c.staff(), c.staff()
    return c.R("TOP 3: {a.full} hat um Versetzung nach {st} [[ab {mo}|nach dem Sommer]] gebeten. {g} unterstützt das. "
               "{b.hs_de} (Personal) antwortet bis {d}.",
               a=a, b=b, st=c.store_town(), mo=c.month(), d=c.date(style="short"), g=_gremium(c, "Art"))


def wc_3(c):
    a, b = c.staff(), c.staff()
    return c.R("Hallo zusammen,\n\ndie nächste Sitzung {g} ist am {d} um {t} Uhr im Pausenraum. [[Themen bitte an|"
               "Eure Themen an]] {b.given} ({b.work}) [[bis Freitag|vorab]].\n\nFür {g2}\n{a.full}",
               a=a, b=b, d=c.date(), t=c.time(), g=_gremium(c, "gen"), g2=_gremium(c, "acc"))


def wc_4(c):
    a, b, x, d, e = c.staff(), c.staff(), c.staff(), c.staff(), c.staff()
    return c.R("[[Ergebnis der Betriebsratswahl {y}|Wahl der Personalvertretung {y} ({st})]]: gewählt sind {a.full} "
               "({n1} Stimmen), {b.full} ({n2})[[ und {x.full} ({n3})|]]. [[Ersatzmitglied: {d.full}.|Erstes "
               "Ersatzmitglied: {d.full}.|]] Wahlbeteiligung {p} %.[[ Wahlvorstand: {e.full}.|\nFragen an den "
               "Wahlvorstand, {e.full}.|]]",
               a=a, b=b, x=x, d=d, e=e, y=c.pick([2024, 2025]), n1=c.rng.randint(30, 60), n2=c.rng.randint(20, 30),
               n3=c.rng.randint(10, 20), p=c.rng.randint(55, 88), st=c.store())


# =============================================================================================
# uncollected_repair


def rep_1(c):
    a, s = c.person(), c.staff()
    return c.R("{anr},\n\nIhr Reparaturauftrag {t} ({it}) liegt seit {d} in unserer Filiale {st} zur Abholung bereit. Bitte "
               "holen Sie ihn innerhalb von 30 Tagen ab. Danach können wir den Artikel gemäß unseren Reparaturbedingungen "
               "[[entsorgen|einer Kleiderkammer spenden]].\n\n{gr}\nTalgrat Werkstatt\n{s.full}",
               anr=sie(c, a), a=a, s=s, it=item(c), t=c.ticket(), st=c.store_town(), d=c.date(), gr=gruss_sie(c))


def rep_2(c):
    a, s = c.person(), c.staff()
    return c.R("An: {a.mobile}\nTalgrat: {h}, deine Reparatur ({it}) ist in der Filiale {st} abholbereit. Bitte bis {d} abholen. "
               "[[Fragen? Einfach antworten.|]] – {s.given}",
               a=a, h=hallo(c, a), s=s, it=item(c), st=c.store_town(), d=c.date(style="short"))


def rep_3(c):
    lines = ["Nicht abgeholte Reparaturen älter als 90 Tage (%s):" % c.store()]
    for _ in range(c.rng.randint(2, 4)):
        a = c.person()
        lines.append(c.R("- {t} {it} – {a.full}, {a.phone}, letzte Erinnerung {d}", t=c.ticket(), it=item(c), a=a,
                         d=c.date(style="num")))
    lines.append(c.pick(["Bitte noch einmal anrufen, bevor die Sachen ins Repair-Café gehen.",
                         "Zweiter Brief geht am Montag raus."]))
    return "\n".join(lines)


def rep_4(c):
    a = c.person()
    return c.R("Hallo, entschuldigt bitte – ich war [[beruflich|lange]] im Ausland. Könnt ihr mir [[die {it}|das Teil]] an "
               "{a.addr1} schicken? Das Porto zahle ich gern.\n{a.full}, Reparatur {t}",
               a=a, it=item(c), t=c.ticket())


def rep_5(c):
    c.fix("AT")
    a, s = c.person(country="AT"), c.staff()
    return c.R("{anr},\n\nIhr Packerl aus der Werkstatt ({it}, Auftrag {t}) wartet seit [[Jänner|{mo}]] in der Filiale {st} "
               "auf Sie. Wir ersuchen Sie, es [[heuer noch|bis Ende {mo2}]] abzuholen, sonst geben wir es an die "
               "Caritas weiter. [[Gerne schicken wir es auch an {a.addr1}.|Rufen Sie uns an, wenn Sie es geschickt haben "
               "möchten.]]\n\n{gr}\n{s.full}\nTalgrat Werkstatt",
               anr=sie(c, a), a=a, s=s, it=item(c), t=c.ticket(), mo=c.month(), mo2=c.month(), st=c.store_town(),
               gr=gruss_sie(c))


# =============================================================================================
# magazine_letter


def mag_1(c):
    a = c.person()
    return c.R("„[[Ihr Artikel über Hüttenknigge|Der Beitrag übers Daunenjacken-Flicken|Ihre Reportage vom Jubiläumsgrat]] "
               "[[hat mich zum Schmunzeln gebracht|hat Erinnerungen geweckt]]. [[Wir sind die Tour 1987 gegangen, mit viel "
               "schlechterer Ausrüstung.|Bitte mehr davon!]]“\n[[{a.full}|{a.full}|{a.gi}|{a.ini}]], {a.town}",
               a=a)


def mag_2(c):
    a = c.person()
    k = c.relative(a, cue=False)
    return c.R("Liebe Redaktion,\n\nin Ihrer letzten Ausgabe ist ein Foto vom {r} abgedruckt, auf dem {k:unser Sohn/unsere "
               "Tochter} {k.given} zu sehen ist. Bitte fragen Sie uns beim nächsten Mal vorher. Sie erreichen mich unter "
               "{a.email} oder {a.phone}.\n\n{gr}\n{a.full}\n{a.addr2}",
               a=a, k=k, r=c.pick(["Heilbronner Weg", "Adlerweg", "Via Alpina", "Lechweg", "Rheinsteig"]), gr=gruss_sie(c))


def mag_3(c):
    a, s = c.person(), c.staff()
    return c.R("{anr},\n\nvielen Dank für Ihren Leserbrief, den wir gern gekürzt in der [[Frühjahrs|Herbst|Winter]]ausgabe "
               "abdrucken würden, mit Ihrem Namen und Wohnort. Bitte sagen Sie uns bis {d} Bescheid, falls Sie lieber "
               "anonym bleiben möchten.\n\n{gr}\n{s.full}\nRedaktion Talgrat Journal",
               anr=sie(c, a), a=a, s=s, d=c.date(style="short"), gr=gruss_sie(c))


def mag_4(c):
    a, b, x = c.person(), c.person(), c.person()
    return c.R("Leserbriefe\n\n„[[Endlich eine Marke, die repariert.|Die Socken haben meine Schuhe überlebt.]]“ – {a.full}, "
               "{a.town}\n\n„[[Bitte weniger Plastik in den Paketen.|Bringt das Orange zurück!]]“ – {b.gi}, {b.town}\n\n"
               "„[[Die Hüttenrezepte waren super.|Mehr aus dem Allgäu, bitte.]]“ – {x.ini}, per E-Mail",
               a=a, b=b, x=x)


# =============================================================================================
# points_transfer


def pts_1(c):
    a, b = c.person(), c.person()
    return c.R("Hallo, ich möchte meine {n} Bonuspunkte auf das Konto [[{b:meines Mannes/meiner Frau}|{b:meines "
               "Partners/meiner Partnerin}|{b:meines Vaters/meiner Mutter}]] übertragen. {b:Er heißt/Sie heißt} {b.full}, "
               "die Karte läuft auf {b.email}. Meine Kundennummer ist {no}.\n{gr}, {a.full}",
               a=a, b=b, n=c.rng.randint(300, 6000), no=c.digits(9), gr=gruss_du(c))


def pts_2(c):
    a, b = c.person(), c.person()
    return c.R("{h},\n\nwir haben {n} Punkte von deinem Konto auf das Konto von {b.full}[[ ({b.email})|]] übertragen. Dein "
               "neuer Stand: {m} Punkte.\n\nTalgrat Bonusclub\n{r}",
               h=hallo(c, a), a=a, b=b, n=c.rng.randint(300, 6000), m=c.rng.randint(0, 900), r=c.role("bonusclub"))


def pts_3(c):
    a, b, s = c.person(), c.person(), c.staff()
    return c.R("Punkteübertrag {t}: von {a.full} ({a.email}) an {b.full}. Abweichende Adresse ({b.addr1}) – "
               "[[freigegeben nach Rückruf unter {a.phone}|wartet auf Bestätigung]]. {s.given}",
               a=a, b=b, s=s, t=c.ticket())


def pts_4(c):
    a, b, s = c.person(), c.person(), c.staff()
    return c.R("{h}, Punkte können nur innerhalb eines Haushalts übertragen werden. Bei uns ist {b.hs_de} unter {b.addr1} "
               "gespeichert und du unter {a.addr1}. Schick uns bitte einen Nachweis, dass ihr zusammenwohnt.\n{gr}, "
               "{s.given}",
               h=hallo(c, a), a=a, b=b, s=s, gr=gruss_du(c))


# =============================================================================================
# video_consultation


def vid_1(c):
    a, s = c.person(), c.staff()
    return c.R("{h},\n\ndeine Videoberatung für [[Wanderschuhe|einen Rucksack|eine Regenjacke|Trailschuhe]] ist am {d} um "
               "{t} Uhr gebucht. Dich berät {s.full}. Du kannst einfach vom Handy aus teilnehmen; falls der Link nicht "
               "geht, rufen wir dich unter {a.mobile} an.\n\nTalgrat [[Live-Beratung|Videoberatung]]",
               h=hallo(c, a), a=a, s=s, d=c.date(), t=c.time())


def vid_2(c):
    a, s = c.person(), c.staff()
    return c.R("Videocall {d}, {a.full}: Fußlänge links {l1} cm, rechts {l2} cm, [[breiter Vorfuß|hoher Rist|schmale "
               "Ferse]]. Empfehlung Steinlauf in {sz}. Schickt ein Foto der alten Einlagen an {s.work}. Nachfassen: "
               "{s.given}.",
               a=a, s=s, d=c.date(style="short"), l1="%d,%d" % (c.rng.randint(24, 29), c.rng.randint(0, 9)),
               l2="%d,%d" % (c.rng.randint(24, 29), c.rng.randint(0, 9)), sz=c.pick(["41", "42,5", "43", "44", "45,5"]))


def vid_3(c):
    a, b = c.person(), c.person()
    return c.R("[[Hallo|Guten Tag]], kann ich eine Videoberatung für [[{b:meinen Vater/meine Mutter}|{b:meinen Onkel/meine "
               "Tante}|{b:meinen Opa/meine Oma}]] {b.full} buchen? {b:Er/Sie} [[kommt nicht mehr in die Filiale|wohnt zu "
               "weit weg|erholt sich gerade von einer OP]]. Am besten erreichbar unter {b.phone}. [[Ich bin von {a.email} "
               "aus mit dabei.|Bitte den Link an mich: {a.email}.]]\n[[Danke|Vielen Dank|Grüße]], {a.given}",
               a=a, b=b)


def vid_4(c):
    a = c.person()
    return c.R("Einwilligung zur Aufzeichnung\nIch, {a.full}, bin einverstanden, dass die Videoberatung am {d} für "
               "Schulungszwecke aufgezeichnet wird. Ich kann die Einwilligung jederzeit per E-Mail an {r} widerrufen.\n"
               "Unterschrift: {a.full}, {d2}",
               a=a, d=c.date(), d2=c.date(style="num"), r=c.role("datenschutz"))


# =============================================================================================
# popup_event_staffing


def pop_1(c):
    s1, s2, s3, s4 = c.staff(), c.staff(), c.staff(), c.staff()
    o = c.person()
    return c.R("Pop-up-Stand beim {ev}, {d}\nAufbau 06:30: {s1.full} und {s2.full} (Transporter)\n"
               "Stand 08:00–16:00: {s3.full}[[, {s4.full}|]]\nAnsprechperson vor Ort: {s1.given}, {s1.mobile}\n"
               "Veranstalter: {o.full}, {o.phone}",
               s1=s1, s2=s2, s3=s3, s4=s4, o=o, ev=c.company("events"), d=c.date())


def pop_2(c):
    s1, s2, s3 = c.staff(), c.staff(), c.staff()
    o = c.person()
    return c.R("{anr},\n\ndanke für den Standplatz beim {ev}. Unser Team: {s1.full} ({s1.mobile}) und {s2.full}. Wir sind "
               "um 7 Uhr mit dem Transporter da. Könnten Sie den Parkausweis an {s1.work} schicken?\n\n{gr}\n{s3.full}",
               anr=sie(c, o), o=o, s1=s1, s2=s2, s3=s3, ev=c.company("events"), gr=gruss_sie(c))


def pop_3(c):
    s1, s2 = c.staff(), c.staff()
    o = c.person()
    return c.R("[{t1}] {s1.lowg}: [[bus ist gepackt|alles im transporter|zelt und ständer sind drin]]. {s2.lowg}, hast du "
               "[[das kartenterminal|die kasse|das banner]]?\n"
               "[{t2}] {s2.lowg}: [[ja|jep|hab ich]]. veranstalter ist {o.full}, [[handy|nummer]] {o.mobile}\n"
               "[{t3}] {s1.lowg}: [[ok, bis gleich am startbogen|super, fahre jetzt los|gut, wir sind 10 min später]]",
               s1=s1, s2=s2, o=o, t1="06:1%d" % c.rng.randint(0, 2), t2="06:1%d" % c.rng.randint(3, 5),
               t3="06:1%d" % c.rng.randint(6, 9))


def pop_5(c):
    c.fix("DE")
    s = c.staff(country="DE")
    t = c.staff(country="DE")
    return c.R("{h}, für den Pop-up-Stand [[in München|in Kempten|beim Trailrun]] haben wir {t.full} als Aushilfe für zwei "
               "Tage. Das Lohnbüro braucht bis Freitag die Steuer-ID ({t.taxid}) und die IBAN ({t.iban})[[, Handy "
               "{t.mobile}|]]. [[Leitest du das bitte weiter?|Bitte ans Lohnbüro schicken.]]",
               h=hallo(c, s), s=s, t=t)


def pop_4(c):
    s1, s2 = c.staff(), c.staff()
    p, o = c.person(), c.person()
    return c.R("Nachbesprechung {ev}: Umsatz {m}. {s1.given} und {s2.given} haben super gearbeitet. Fundsache: eine Jacke mit "
               "dem Namen {p.full} innen drin – an den Veranstalter, {o.hs_de}, übergeben.[[ Nächstes Jahr brauchen wir "
               "ein größeres Zelt.|]]",
               s1=s1, s2=s2, p=p, o=o, ev=c.company("events"), m=c.money(900, 6000))


# =============================================================================================
# delivery_damage_claim


def dmg_1(c):
    a = c.person()
    return c.R("Guten Tag,\n\nIhr Zusteller ist gestern bei der Lieferung von Bestellung {o} [[gegen unser Gartentor|"
               "gegen unseren Zaun|gegen unser geparktes Auto|durch unser Blumenbeet]] gefahren. [[Jetzt ist alles "
               "verbogen.|Da ist jetzt ein langer Kratzer.|Der Schaden ist deutlich zu sehen.]] Ich habe Fotos. Wie kann "
               "ich den Schaden melden?\n\n{a.full}\n{a.addr1}\n{a.phone}",
               a=a, o=c.order_no())


def dmg_2(c):
    a, s = c.person(), c.staff()
    return c.R("Schadensmeldung {cl} – Schaden an der Lieferadresse\n\nAm {d} hat Ihr Fahrer (Tour {rt}) bei der Zustellung "
               "unseres Pakets {pc} [[einen Zaun|ein Tor|ein Blumenbeet|ein geparktes Auto]] bei {a.addr1} beschädigt. "
               "{a:Der Kunde/Die Kundin}, {a.hs_de}, ist unter {a.phone} erreichbar. Bitte setzen Sie sich direkt mit "
               "{a:ihm/ihr} in Verbindung und bestätigen Sie uns das.\n\n{s.full}, Talgrat Kundenservice",
               a=a, s=s, cl=c.digits(7), d=c.date(), rt=c.digits(3), pc=c.parcel())


def dmg_3(c):
    a = c.person()
    h = c.person(country=c.country)
    cour = c.company("courier")
    dom = cour.split()[0].lower().replace("ä", "ae").replace("ü", "ue").replace("-", "") + ".de"
    return c.R("Unser Zeichen {cl}. Wir haben mit dem Fahrer und mit {a.full} gesprochen. Unsere Versicherung, {ins}, "
               "meldet sich direkt bei der Kundschaft. Bitte senden Sie die Fotos an {hm}.\n{h.full}, Schadenteam, {cour}",
               a=a, h=h, hm=h.mail_at(dom), cl=c.digits(8), ins=c.company("insurer"), cour=cour)


def dmg_4(c):
    s, a, b = c.staff(), c.person(), c.person()
    return c.R("{s.given}, [[kannst du|könntest du]] dir [[die Schadensmeldung {a:vom Herrn/von Frau} {a.sur}|die "
               "{a.sur}-Schadensmeldung]] anschauen? "
               "Der Zusteller [[bestreitet alles|sagt, der Fahrer war nicht dort|will erst Fotos]]. {b:Ein Nachbar/Eine "
               "Nachbarin}, {b.full} ({b.street}), hat es gesehen und würde es bestätigen[[ – Tel. {b.phone}| unter "
               "{b.phone}|, {b.email}]].",
               s=s, a=a, b=b)


# =============================================================================================
# expedition_outfitting


def exp_1(c):
    s = c.staff()
    a, b, x, d = c.person(), c.person(), c.person(), c.person()
    return c.R("{h},\n\nwir sind vier [[Studierende|Leute aus der Kletterhalle]] und fahren im Juli nach {pl}. Wir hätten "
               "gern ein Gruppenangebot. Ansprechperson bin ich: {a.full}, {a.mobile}. Die anderen sind {b.full}, {x.full} "
               "und {d.full}. Die Größen stehen in der angehängten Liste.\n\n{gr}\n{a.given}",
               h=hallo(c, s), s=s, a=a, b=b, x=x, d=d,
               pl=c.pick(["Kirgistan", "Grönland", "Lappland", "Patagonien", "Nepal"]), gr=gruss_du(c))


def exp_2(c):
    a, s = c.person(), c.staff()
    return c.R("Ausrüstung {a.full} ({a.email}), Expedition {pl}, {d}:\n- Kaltkar Daunenjacke, L, Alpenglühen\n"
               "- Wintersteig Hose, M kurz\n- Schuhe: an {s.given} übergeben\nAnzahlung {m} per Karte [[mit Endziffern {l4}|mit "
               "Endziffern {l4}|{a.card}]].",
               a=a, s=s, pl=c.pick(["Denali", "Aconcagua", "Island Peak", "Mera Peak"]), d=c.date(style="num"),
               m=c.money(100, 400), l4=last4(c))


def exp_3(c):
    a, s = c.person(), c.staff()
    return c.R("Angebot A-{q} für {club}\nAnsprechperson: {a.full}, {a.addr1}\nPositionen: 6 × Firstwand Regenjacke, "
               "6 × Trittweg Socken (je 2 Paar)\nSumme {m}, gültig bis {d}.\n{s.full}, {st}",
               a=a, s=s, q=c.digits(5), club=c.pick(["die Jugendgruppe der DAV-Sektion", "den Alpenverein Innsbruck",
                                                     "die SAC-Jugend", "das Expeditionsteam der Uni"]),
               m=c.money(900, 3000), d=c.date(), st=c.store())


def exp_4(c):
    a, b = c.person(), c.person()
    return c.R("Hallo, ich bin {a.full} und leite nächstes Frühjahr eine Benefiz-Expedition auf den [[Denali|Aconcagua|"
               "Kilimandscharo]]. Würde Talgrat uns Zelte leihen? {b:Unser Teamarzt/Unsere Teamärztin}, {b.full}, [[hat auch "
               "schon gefragt|würde einen kurzen Bericht fürs Journal schreiben]]. Erreichbar unter {a.email}[[ oder "
               "{a.phone}|]].",
               a=a, b=b)


# =============================================================================================
# trail_blog_post (names in prose without a cue; never invented)


def blog_1(c):
    a, b = c.person(cue=False), c.person(cue=False)
    return c.R("Als {a.full} und {b.full} im Regen in {pl} losgingen, hat im Laden niemand geglaubt, dass sie vor Einbruch "
               "der Dunkelheit zurück sind. {a.given} hatte den Hochsattel 30 schon am Vorabend gepackt, {b.given} trug "
               "den Kocher und [[zum Glück|wie sich herausstellte]] den Großteil der Schokolade.",
               a=a, b=b, pl=c.pick(["Oberstdorf", "Garmisch", "Mittenwald", "Lech", "Grindelwald", "Hinterstoder"]))


def blog_2(c):
    a = c.person(cue=False)
    return c.R("Letzten Monat hat {a.full} den {r} in {n} Tagen geschafft. {a.given} trug die ganze Strecke dieselben "
               "Trittweg-Socken[[ und hat uns vom Ziel ein Foto geschickt|, zweimal im Bach gewaschen]].",
               a=a, r=c.pick(["Maximiliansweg", "Adlerweg", "Westweg", "Rennsteig", "Alpe-Adria-Trail", "Via Alpina"]),
               n=c.rng.randint(6, 30))


def blog_3(c):
    a, b = c.person(cue=False), c.person(cue=False)
    return c.R("Unsere Werkstatt wächst: {a.full} repariert jetzt Daunenjacken im Allgäu, und {b.full} kümmert sich seit "
               "{mo} in {town} um Reißverschlüsse und Nahtband. [[Sagt Hallo, wenn ihr eine Reparatur vorbeibringt.|"
               "Beide kommen aus dem Verkauf.]]",
               a=a, b=b, town=c.pick(["Kempten", "Innsbruck", "Graz", "Luzern", "Leipzig"]), mo=c.month())


def blog_4(c):
    a = c.person(cue=False)
    b = c.relative(a, cue=False)
    x = c.relative(a, cue=False)
    return c.R("Drei Generationen auf einem Gipfel: {a.full}, {b.full} und {x.given} standen an einem [[windigen|klaren|"
               "nassen]] Sonntag auf dem {h}. {x.given} trug die Thermoskanne, {b.given} die Karte.",
               a=a, b=b, x=x, h=c.pick(["Grünten", "Hochgrat", "Rigi", "Schneeberg", "Wendelstein", "Pilatus"]))


# =============================================================================================
# ski_service_ticket


def ski_1(c):
    a, s = c.person(), c.staff()
    return c.R("Skiservice-Auftrag S-{n}\nName: {a.full}\nTelefon: {a.phone}\nSki: [[Atomic|Völkl|Rossignol|Head|Fischer]] "
               "{l} cm\nLeistung: [[Kanten, Belagreparatur, Heißwachs|Komplettservice|nur Wachs]]\nFertig: {d}\n"
               "[[Kaution per Karte: {a.card}\n||]]Angenommen: {s.given}",
               a=a, s=s, n=c.digits(5), l=c.pick([152, 163, 170, 177, 184]), d=c.date(style="short"))


def ski_2(c):
    a, s = c.person(), c.staff()
    return c.R("{h}, deine Ski (Auftrag S-{n}) sind in der Filiale {st} fertig. [[Kanten gemacht, Belag musste geflickt werden|"
               "Komplettservice erledigt]], zusammen {m}. – {s.given}, Talgrat Skiservice",
               h=hallo(c, a), a=a, s=s, n=c.digits(5), st=c.store_town(), m=c.money(25, 80))


def ski_3(c):
    a, b = c.person(), c.person()
    return c.R("Verwechslung {d}: {a.full} hat die Ski von {b.full} bekommen (gleiches Modell, beide {l} cm). {a.given} ist "
               "schon damit gefahren. {b.hs_de} unter {b.phone} anrufen und entschuldigen; die Ski {a:vom Herrn/von Frau} "
               "{a.sur} stehen noch hier.",
               a=a, b=b, d=c.date(style="short"), l=c.pick([163, 170, 177]))


def ski_4(c):
    a, s = c.person(), c.staff()
    return c.R("{anr},\n\nwir konnten die Bindung an Ihren Ski nicht einstellen, weil das Modell nicht mehr auf der Liste "
               "des Herstellers steht. Wir geben die Ski deshalb nicht zur Benutzung frei. Sie können sie in der Filiale {st} abholen, "
               "oder wir schicken sie an {a.addr1}.\n\n{gr}\nSkiwerkstatt, {s.full}",
               anr=sie(c, a), a=a, s=s, st=c.store_town(), gr=gruss_sie(c))


PROSE = {
    "crm_note": [crm_1, crm_2, crm_3, crm_4, crm_5],
    "support_email": [support_1, support_2, support_3, support_4, support_5, support_6],
    "team_chat": [chat_1, chat_2, chat_3, chat_4, chat_5],
    "call_note": [call_1, call_2, call_3, call_4],
    "car_park_collision": [park_1, park_2, park_3, park_4, park_5],
    "pricing_error_cancellation": [price_1, price_2, price_3, price_4],
    "salary_overpayment": [sal_1, sal_2, sal_3, sal_4],
    "whistleblower_report": [wb_1, wb_2, wb_3, wb_4],
    "works_council_minutes": [wc_1, wc_2, wc_3, wc_4],
    "uncollected_repair": [rep_1, rep_2, rep_3, rep_4, rep_5],
    "magazine_letter": [mag_1, mag_2, mag_3, mag_4],
    "points_transfer": [pts_1, pts_2, pts_3, pts_4],
    "video_consultation": [vid_1, vid_2, vid_3, vid_4],
    "popup_event_staffing": [pop_1, pop_2, pop_3, pop_4, pop_5],
    "delivery_damage_claim": [dmg_1, dmg_2, dmg_3, dmg_4],
    "expedition_outfitting": [exp_1, exp_2, exp_3, exp_4],
    "trail_blog_post": [blog_1, blog_2, blog_3, blog_4],
    "ski_service_ticket": [ski_1, ski_2, ski_3, ski_4],
}

# =============================================================================================
# texts without personal data


def size_1(c):
    p = c.product()
    rows = []
    for sz in c.pick([["S", "M", "L", "XL"], ["XS", "S", "M", "L"], ["M", "L", "XL", "XXL"]]):
        rows.append("| %s | %d–%d | %d–%d | %s |" % (sz, c.rng.randint(84, 96), c.rng.randint(97, 104),
                                                    c.rng.randint(70, 84), c.rng.randint(85, 96), c.gtin()))
    return c.R("Größentabelle – {p} ({sku})\n\n| Größe | Brust (cm) | Taille (cm) | GTIN |\n| --- | --- | --- | --- |\n"
               "{rows}\n\n[[Passt das über eine Fleecejacke? Dann eine Nummer größer.|Zwischen zwei Größen? Nimm die "
               "größere.|Flach gemessen, ±1 cm.]]",
               p=p[0], sku=p[1], rows="\n".join(rows))


def size_2(c):
    return c.R("Größen Trailschuh Steinlauf (TG-TS-100): EU 38–47 in halben Größen. EU {e} = UK {u} = {cm} cm Fußlänge. "
               "[[Stoßen die Zehen bergab an? Eine Daumenbreite Platz lassen.|Fällt bei breitem Fuß etwas klein aus.|"
               "Umtausch innerhalb der Kulanzfrist von 30 Tagen.|Im Mai kommt die Winterversion.]]",
               e=c.pick(["42", "43", "44,5", "40"]), u=c.pick(["8", "9", "10", "6,5"]),
               cm=c.pick(["27", "27,5", "28,5", "25,5"]))


def size_3(c):
    lines = ["Sockengrößen – Trittweg Merino-Wandersocken (24,95 € pro Paar)"]
    for r in ("35–38", "39–42", "43–46", "47–49"):
        lines.append("%s: GTIN %s, Farbe %s" % (r, c.gtin(), c.pick(["Felsgrau", "Tannenschatten", "Hüttenorange"])))
    lines.append(c.pick(["Jägergrün gibt es diese Saison nicht.", "Die Farben Rose und Mai-Grün kommen im Frühjahr zurück.",
                         "Fuchsbraun ist ausverkauft."]))
    return "\n".join(lines)


def size_4(c):
    return c.R("Rückenlängen: Der Hochsattel 30 passt für {a}–{b} cm, der Fernkamm 45+10 für {a2}–{b2} cm. "
               "[[Kurzer Rücken? Vom Halswirbel C7 bis zum Beckenkamm messen.|Die Passformtabelle vom {mo} ersetzt die "
               "alte.|Der Winter-Hüftgurt passt an beide Modelle.]]",
               a=c.rng.randint(40, 44), b=c.rng.randint(48, 52), a2=c.rng.randint(42, 46), b2=c.rng.randint(50, 56),
               mo=c.month())


def gift_1(c):
    p1, p2, p3 = c.product(), c.product(), c.product()
    return c.R("Geschenkideen {y}\n\nFür Jäger und Sammler: {p1} in {c1}, {m1}.\nFür Frühaufsteher: {p2}, {m2}.\n"
               "Für alle, die schon alles haben: {p3} in {c3}.\n[[Bis {d} bestellen, dann kommt es vor Weihnachten.|"
               "Gutscheine ab 10 €.]]",
               y=c.pick([2024, 2025]), p1=p1[0], c1=c.pick(p1[3]), m1=c.money(20, 350), p2=p2[0], m2=c.money(20, 350),
               p3=p3[0], c3=c.pick(p3[3]), d=c.date(style="short"))


def gift_2(c):
    return c.R("Zum Muttertag: das Morgengrat Merinoshirt in Kalkstein, Trittweg-Socken in Hüttenorange (Rosé ist "
               "ausverkauft) und ein Reparaturgutschein über {m}. [[Unser Werkstatthund Bauer findet das gut.|Kommt es "
               "rechtzeitig an? Bis {d} bestellen.|Im Mai gibt's dazu eine Karte vom Vogelberg.]]",
               m=c.money(15, 40), d=c.date(style="short"))


def gift_3(c):
    p = c.product()
    return c.R("Unter {m}: {p} ({sku}). [[Ein Bäckerdutzend Ideen für Maiwanderungen im Heft.|Passend zur "
               "Wintersonnwend-Wanderung am {d}.|Geschenkpapier in Wolfsgrau inklusive.]]",
               m=c.money(50, 150), p=p[0], sku=p[1], d=c.date(style="short"))


def gift_4(c):
    return c.R("Für den Nikolausstiefel: Trittweg-Socken {m1}, Nahtdichter {m2}, das Kartenset „Fuchs & Hase“ {m3}. "
               "[[Das Hütten-Kochbuch vom Koch der Kemptner Hütte ist wieder da.|Der Vogel-Bestimmungsführer kostet "
               "{m4}.|Der Winter-Kalender ist vergriffen.]]",
               m1=c.money(24, 25), m2=c.money(6, 9), m3=c.money(12, 18), m4=c.money(9, 14))


def track_1(c):
    dep = c.pick([("Kempten", "87435"), ("Augsburg", "86153"), ("Wien-Inzersdorf", "1230"), ("Härkingen", "4624"),
                  ("Leipzig", "04129"), ("Hall in Tirol", "6060")])
    return c.R("Sendung {pc}\n{d1} 07:12 Im Depot {town} ({plz}) eingetroffen\n{d2} 05:40 In Zustellung, Tour {r}\n"
               "{d2} 13:18 [[In Packstation zugestellt|Zugestellt|Empfänger nicht angetroffen, Karte eingeworfen]]\n"
               "Depotreferenz {ref}",
               pc=c.parcel(), d1=c.date(style="short"), d2=c.date(style="short"),
               town=dep[0], plz=dep[1], r=c.digits(3), ref=c.phone_like())


def track_2(c):
    return c.R("Dein Paket {pc} ist unterwegs. Voraussichtlich am {d} zwischen 10 und 14 Uhr. Depot: {town}. "
               "[[Nicht zu Hause? Wähle in der App einen Ablageort.|Wegen des Feiertags am 1. Mai kann es länger dauern.|"
               "Im Winter kann es in den Bergen einen Tag länger dauern.]] Bestellung {o}.",
               pc=c.parcel(), d=c.date(), town=c.pick(["Kempten", "Wals bei Salzburg", "Härkingen", "Nürnberg"]),
               o=c.order_no())


def track_3(c):
    lines = ["Abholung %s, Ladeliste %s" % (c.date(style="short"), c.phone_like())]
    for _ in range(c.rng.randint(3, 6)):
        lines.append("%s  %s  %s kg  Zone %s" % (c.parcel(), c.pick(["87435", "80331", "1060", "8004", "6020", "10115"]),
                                                  c.pick(["0,8", "1,2", "2,4", "3,1", "0,5"]), c.rng.randint(1, 9)))
    return "\n".join(lines)


def track_4(c):
    return c.R("Retourenlabel {pc}. Bitte bis {d} in einer Filiale abgeben. Referenz für Rückfragen: {ref}. "
               "[[Die Kulanzfrist für späte Retouren beträgt 7 Tage.|Gilt das Label auch im Ausland? Nur in Deutschland.|"
               "Retouren aus der Schweiz bitte über die Post CH.]]",
               pc=c.parcel(), d=c.date(), ref=c.phone_like())


EXHIB = ["Koch & Bauer Bergsport GmbH", "Sport Fuchs", "Vogel & Winter Textil", "Wolf Alpin", "Schneider Alpin GmbH",
         "Jäger Outdoor KG", "Bergsport Sommer", "Hahn & Kaiser Seilerei", "Müller Zeltbau", "Fischer Schuhtechnik",
         "König Optik AG", "Weber Rucksackmanufaktur"]


def exh_1(c):
    comps = list(EXHIB)
    c.rng.shuffle(comps)
    lines = ["Ausstellerverzeichnis Halle %d (%s)" % (c.rng.randint(1, 8), c.pick(["OutDoor Friedrichshafen",
                                                                                  "ISPO München", "Alpinmesse Innsbruck"]))]
    for comp in comps[:c.rng.randint(4, 7)]:
        lines.append("%s – Stand %s%d" % (comp, c.pick("ABCDEFG"), c.rng.randint(100, 520)))
    return "\n".join(lines)


def exh_2(c):
    a, b = c.rng.sample(EXHIB, 2)
    return c.R("Neu dabei: {a} (Stand B{n1}) und {b} (Stand C{n2}). [[Der Aufbau endet um 18 Uhr.|Teppich in Jägergrün in "
               "den Hallen 3 und 4.|Im Mai folgt die Sommermesse.]] Ausweise ab {d} abholbar.",
               a=a, b=b, n1=c.rng.randint(100, 400), n2=c.rng.randint(100, 400), d=c.date(style="short"))


def exh_3(c):
    comps = c.rng.sample(EXHIB, 4)
    return "\n".join(["| Aussteller | Stand | Produkte |", "| --- | --- | --- |"] +
                     ["| %s | %s%d | %s |" % (x, c.pick("ABCD"), c.rng.randint(10, 99),
                                             c.pick(["Seile", "Zelte", "Socken", "Schuhe", "Optik", "Rucksäcke"]))
                      for x in comps])


def exh_4(c):
    a = c.pick(EXHIB)
    return c.R("Vortrag um 14 Uhr auf Bühne 2: „Schlägt Wolle das Plastik?“ mit dem Produktteam von {a}. "
               "[[Eintritt frei mit Fachbesucherausweis.|Maximal 80 Plätze.]] Halle {h}, neben dem Café Fuchsbau.",
               a=a, h=c.rng.randint(1, 8))


def grn_1(c):
    lines = ["Wareneingang WE-%s, %s" % (c.digits(6), c.date(style="num")),
             "Lieferant: %s, Bestellung %s" % (c.pick(["Koch & Bauer Bergsport GmbH", "Vogel Textil AG", "Wolf Alpin",
                                                       "Jäger Outdoor KG"]), c.digits(7))]
    for _ in range(c.rng.randint(2, 5)):
        p = c.product()
        lines.append("%s %s %s – GTIN %s – Menge %d" % (p[1], c.pick(p[3]), size(c), c.gtin(), c.rng.randint(6, 120)))
    lines.append("Palette %s, angenommen an Tor %d" % (c.phone_like(), c.rng.randint(1, 6)))
    return "\n".join(lines)


def grn_2(c):
    return c.R("Minderlieferung zu Bestellung {po}: {n} Kartons {p} fehlen. Frachtführer-Referenz {ref}. [[Wird vom "
               "Lieferanten gutgeschrieben.|An Spedition Fischer gemeldet.]] Auflieger {tr}.",
               po=c.digits(7), n=c.rng.randint(1, 8), p=pname(c), ref=c.phone_like(), tr=c.phone_like())


def grn_3(c):
    p = c.product()
    return c.R("Qualitätsprüfung {d}: {sku} {col}, Charge {b}. {n} von 50 Stichproben mit losem Nahtband. "
               "[[Charge gesperrt.|Mit Vermerk freigegeben.]] Lieferant: {s}.",
               d=c.date(style="num"), sku=p[1], col=c.pick(p[3]), b=c.digits(6), n=c.rng.randint(0, 6),
               s=c.pick(["Sommer & Lang Textil", "Winter Sportswear GmbH", "Fuchs Zeltbau"]))


def grn_4(c):
    lines = ["Anlieferungen %s" % c.weekday()]
    for _ in range(c.rng.randint(3, 5)):
        lines.append("%s – %s – %d Paletten – Ref. %s" % (c.time(), c.pick(["Koch & Bauer", "Vogel Textil", "Wolf Alpin",
                                                                           "Fischer Schuhtechnik", "Hahn & Kaiser"]),
                                                          c.rng.randint(1, 12), c.phone_like()))
    return "\n".join(lines)


def _ver(c):
    return "%d.%d.%d" % (c.rng.randint(1, 12), c.rng.randint(0, 20), c.rng.randint(0, 40))


def fw_1(c):
    return c.R("Firmware-Manifest – Handscanner TC52\nVersion: {v}\nBuild: {b}\nsha256: {h}\nmin_app: {v2}\n"
               "[[Hinweis: behebt Akkuverbrauch nach dem Mai-Update|Hinweis: verbindet sich nach dem Ruhemodus wieder mit "
               "der Kasse|Hinweis: Winterzeit-Umstellung korrigiert]]",
               v=_ver(c), b=c.digits(6), h=c.hexs(64), v2=_ver(c))


def fw_2(c):
    return c.R("Etikettendrucker ZD421: Firmware {v} → {v2}. Neustart dauert 90 s. [[Port 9100 bleibt offen.|Build {b}.]] "
               "[[Der Jäger-Modus (Autokalibrierung) ist standardmäßig an.|Timeout auf 30 s erhöht.|Die Vogel-Etiketten "
               "brauchen Profil 3.]]",
               v=_ver(c), v2=_ver(c), b=c.digits(5))


def fw_3(c):
    lines = ["Komponente  Version"]
    for comp in c.rng.sample(["pos-core", "waage-treiber", "bon-layout", "bonus-sdk", "payment-bridge", "rfid-gate"], 4):
        lines.append("%-12s%s" % (comp, _ver(c)))
    lines.append("Release-Zug %s, Commit %s" % (c.pick(["Mai", "Winter", "Frühling"]),
                                                 c.hexs(12)))
    return "\n".join(lines)


def fw_4(c):
    return c.R("Die SB-Kassen werden am {d} nach Ladenschluss auf {v} aktualisiert. Ausfall etwa 20 Minuten. "
               "[[Müssen die Kartenterminals neu starten? Nein.|Rückfallversion {v2} bleibt auf dem USB-Stick.]]",
               v=_ver(c), v2=_ver(c), d=c.date(style="short"))


def pack_1(c):
    extra = c.rng.sample(["Stirnlampe, Karte, Kompass", "Hüttenschlafsack", "Bargeld für die Hütten", "Blasenpflaster",
                          "Sonnencreme", "Ersatzschnürsenkel", "Gitterhang Fleece", "Ohrstöpsel fürs Lager"], 3)
    return c.R("Packliste – {n}-Tage-Hüttentour\n- Hochsattel 30 Rucksack (1,1 kg)\n- [[Schauerpass|Firstwand]] Regenjacke\n"
               "- {k} Paar Trittweg-Socken\n- {e1}\n- {e2}\n[?- {e3}\n?]- [[Jägereintopf in der Thermoskanne|Bäckerbrötchen "
               "für Tag eins|Kochs Müsliriegel]]\nGesamtgewicht unter {w} kg.",
               n=c.rng.randint(3, 7), w=c.rng.randint(6, 9), k=c.rng.randint(2, 3), e1=extra[0], e2=extra[1], e3=extra[2])


def pack_2(c):
    return c.R("[[Winterwanderung|Frostige Gratwanderung|Kurze Wintertour]]: Kaltkar Daunenjacke, Wintersteig Hose, "
               "[[Ersatzhandschuhe|eine zweite Mütze|Handwärmer]], [[Thermoskanne|Tee in der Flasche]], {x}. "
               "[[Schneit es? Grödel einpacken.|Im Mai kann es morgens noch frieren.|Hagebuttentee wärmt am besten.|"
               "Fuchsspuren im Neuschnee gibt es gratis.]] Start vor {t}, zurück bis {t2}.",
               x=c.pick(["Karte in der Hülle", "Stirnlampe", "Sitzkissen", "Rettungsdecke"]),
               t=c.pick(["8:00", "8:30", "9:00", "7:30"]), t2=c.pick(["15:30", "16:00", "16:30"]))


def pack_3(c):
    items = ["Zelt (2,3 kg)", "Schlafsack, Komfort -5 °C", "Kocher und 2 Kartuschen", "Fernkamm 45+10",
             "Erste-Hilfe-Set", "Gitterhang Fleece", "Wasserfilter", "Ersatzschnürsenkel"]
    c.rng.shuffle(items)
    return c.pick(["Checkliste Biwak", "Checkliste Zelttour", "Checkliste Wochenende"]) + "\n" + \
        "\n".join("[ ] " + i for i in items[:c.rng.randint(4, 7)])


def pack_4(c):
    return c.R("Kinderausrüstung fürs [[Pfingstlager|Sommercamp|Herbstcamp]] ({n} Nächte): Regenhose, Fleece, {k} Paar "
               "Socken, [[Mütze|Kappe|Schlauchtuch]][[, kleine Taschenlampe|, Trinkflasche|]]. [[Reichen Trailschuhe? "
               "Unter {m} m ja.|Bitte beschrifteten Beutel mitgeben, max. {kg} kg.|Der Winterschlafsack bleibt daheim.]]",
               n=c.rng.randint(2, 6), k=c.rng.randint(2, 4), m=c.pick(["1.200", "1.500", "1.800"]), kg=c.rng.randint(6, 10))


def promo_1(c):
    return c.R("Bedingungen: {pct} % auf nicht reduzierte Artikel vom {d1} bis {d2} mit dem Code {code}. Nicht für "
               "Gutscheine. Einmal pro Bestellung (Bestellnummern TG-JJJJ-NNNNNN). [[Nicht mit anderen Aktionen "
               "kombinierbar.|Gilt nicht für Reparaturen.]]",
               pct=c.pick([10, 15, 20]), d1=c.date(style="short"), d2=c.date(style="short"),
               code=c.pick(["FRUEHLING", "TRAIL", "MAIWANDERN", "WINTER"]) + str(c.rng.randint(10, 30)))


def promo_2(c):
    return c.R("[[Tauschwochenende|Jackentausch|Aus alt mach neu]]: Bring eine alte [[Regenjacke|Daunenjacke|Fleecejacke]] "
               "und spare {m} auf eine neue [[Firstwand ({m2})|Schauerpass|Kaltkar]]. [[Die Jacken gehen an das "
               "Reparaturprojekt im Wolfstal.|Die Filiale am Vogelsang macht auch mit.|Aktion gilt bis {d}.]]",
               m=c.money(20, 50), m2=c.money(349.95, 349.95), d=c.date(style="short"))


def promo_3(c):
    return c.R("Studierendenrabatt: 10 % mit gültigem Ausweis, in der Filiale und online. Aktion endet am {d}. "
               "[[Gilt der Rabatt auch bei Rückgabe innerhalb der Kulanzfrist? Ja.|Maximal 3 Artikel pro Bestellung.|"
               "Bauernregel: Im Winter wird's billiger.]]",
               d=c.date())


def promo_4(c):
    return c.R("Versandkostenfrei ab {m} bis {d}. Ausgenommen Sperrgut (Zelte über 5 kg). "
               "[[Tickets für die Vollmondwanderung am Jägerstand nicht enthalten.|Filiale Rosengasse: nur Abholung.]]",
               m=c.money(50, 100), d=c.date(style="short"))


def hours_1(c):
    return c.R("Öffnungszeiten über die Feiertage\n{s1}: 24.12. 10–14 Uhr, 25./26.12. geschlossen\n{s2}: 24.12. "
               "geschlossen, 27.12. 10–18 Uhr\n[[Schöne Winterferien!|Onlinebestellungen gehen ab {d} wieder raus.]]",
               s1=c.pick(["Kempten (87435)", "München 80331", "Berlin 10115"]),
               s2=c.pick(["Wien 1060", "Innsbruck", "Zürich 8001"]), d=c.date(style="short"))


def hours_2(c):
    return c.R("[[1. Mai|Pfingstmontag|Fronleichnam]]: Alle Filialen in Bayern geschlossen. Die Filiale {st} hat "
               "normal geöffnet. [[Hat die Werkstatt offen? Nein.|Eingang Jägerstraße wegen Bauarbeiten zu.|Skiservice "
               "erst wieder ab {d}.]]",
               st=c.pick(["Zürich (8001)", "Wien (1060)", "Innsbruck (6020)", "Leipzig (04109)"]), d=c.date(style="short"))


def hours_3(c):
    return c.R("Inventur: Die Filiale {town} schließt am {d} um {t} Uhr. [[Click-&-Collect-Bestellungen können am "
               "nächsten Morgen abgeholt werden.|Der Parkplatz am Fuchsweg bleibt offen.]]",
               town=c.pick(["Kempten", "Garmisch", "Graz", "Luzern", "Freiburg"]), t=c.pick(["14", "15", "16"]),
               d=c.date())


def hours_4(c):
    lines = ["Filiale | Mo–Fr | Sa | So"]
    for st in c.rng.sample(["Kempten", "München", "Berlin", "Wien", "Innsbruck", "Zürich", "Bern"], 4):
        lines.append("%s | %s | %s | %s" % (st, c.pick(["9:30–19:00", "10:00–18:00", "10:00–20:00"]),
                                            c.pick(["9:30–18:00", "10:00–17:00"]), "geschlossen"))
    return "\n".join(lines)


def plan_1(c):
    lines = ["Planogramm Regal %s%d, %s" % (c.pick("ABCDEF"), c.rng.randint(1, 20), c.date(style="short"))]
    for shelf in range(1, c.rng.randint(4, 6)):
        p = c.product()
        lines.append("Boden %d: %s %s, %d Facings, GTIN %s" % (shelf, p[1], c.pick(p[3]), c.rng.randint(2, 6), c.gtin()))
    return "\n".join(lines)


def plan_2(c):
    p = c.product()
    return c.R("{p} ({sku}) von Regal {b1} [[ins Schaufenster|in Regal {b2}|auf den Aktionstisch]] umräumen. {c1} auf "
               "Augenhöhe, {c2} darunter. [[Fuchsbraune Taschen an die Kasse.|Wolfsgraue Mützen bleiben am Haken.|Das "
               "Bäckerregal bleibt an der Tür.]] Regalstreifen {g}.",
               p=p[0], sku=p[1], b1=c.pick("ABCD") + str(c.rng.randint(1, 9)), b2=c.pick("EFG") + str(c.rng.randint(1, 9)),
               c1=p[3][0], c2=p[3][-1], g=c.gtin())


def plan_3(c):
    return "\n".join(["| Regal | Boden | SKU | Farbe | Facings |", "| --- | --- | --- | --- | --- |"] +
                     ["| %s%d | %d | %s | %s | %d |" % (c.pick("ABC"), c.rng.randint(1, 9), c.rng.randint(1, 5),
                                                       p[1], c.pick(p[3]), c.rng.randint(1, 6))
                      for p in [c.product() for _ in range(c.rng.randint(3, 6))]])


def plan_4(c):
    return c.R("Saisonumbau {d}: Die Sockenwand bekommt 3 Haken mehr, die Wintersachen wandern nach hinten. "
               "[[Bleibt die Schuhwand? Ja, bis Mai.|Das Koch-Regal mit den Kochern kommt nach vorn.|Der Vogelhäuschen-"
               "Bausatz steht an der Kasse.]]",
               d=c.date(style="short"))


NOPII = {
    "size_chart": [size_1, size_2, size_3, size_4],
    "gift_guide": [gift_1, gift_2, gift_3, gift_4],
    "parcel_tracking_page": [track_1, track_2, track_3, track_4],
    "exhibitor_list": [exh_1, exh_2, exh_3, exh_4],
    "goods_receipt_note": [grn_1, grn_2, grn_3, grn_4],
    "firmware_manifest": [fw_1, fw_2, fw_3, fw_4],
    "packing_checklist": [pack_1, pack_2, pack_3, pack_4],
    "promo_terms": [promo_1, promo_2, promo_3, promo_4],
    "opening_hours_notice": [hours_1, hours_2, hours_3, hours_4],
    "shelf_planogram": [plan_1, plan_2, plan_3, plan_4],
}
