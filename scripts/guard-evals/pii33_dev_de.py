"""German prose templates (18 genres with personal data) and German texts without
personal data (10 genres) for the dev half of the thirty-third PII bank.

Written in German, not translated.  «du-Form|Sie-Form» picks the register of the
text, {C:AT=…~CH=…~*=…} the Austrian or Swiss variant; in Swiss texts the
renderer writes ss for ß in the template's own words.
"""

from pii33_dev_en import CLEAN_GENRES, GENRES

PROSE = {k: [] for k in GENRES}
CLEAN = {k: [] for k in CLEAN_GENRES}


def T(genre, country=None):
    def deco(fn):
        fn.country = country
        PROSE[genre].append(fn)
        return fn
    return deco


def N(genre, country=None):
    def deco(fn):
        fn.country = country
        CLEAN[genre].append(fn)
        return fn
    return deco


def exp(g):
    return "%02d/%02d" % (g.randint(1, 12), g.randint(26, 30))


HALLO = "{C:AT=Servus~CH=Grüezi~*=Hallo}"
GRUSS = "{C:AT=Liebe Grüße~CH=Liebe Grüße~*=Viele Grüße}"


def paket(g):
    return "Packerl" if g.country == "AT" else "Paket"


# ---------------------------------------------------------------------------
# support_email
# ---------------------------------------------------------------------------

@T("support_email")
def _(g):
    c = g.person()
    return g.render("""Betreff: [[Lieferadresse ändern|Neue Adresse für Bestellung {o}|Falsche Adresse in meiner Bestellung]]

""" + HALLO + """,

ich habe [[gestern|heute früh|vorhin]] die Bestellung {o} aufgegeben und erst danach gesehen, dass noch meine alte Adresse drinsteht. «Könnt ihr|Könnten Sie» das {pk} bitte an diese Adresse schicken:

{c.full}
{c.addr2}
⟦
Für den Paketdienst: {c.phone}⟧
[[Danke|Vielen Dank]] und """ + GRUSS.replace("Liebe", "liebe").replace("Viele", "viele") + """
{c.sig}""", c=c, o=g.order_no(), pk=paket(g))


@T("support_email")
def _(g):
    c = g.person()
    s = g.staff()
    return g.render("""«Hallo {c.first}|Guten Tag {c.herr_last}»,

«danke für deine Rücksendung|vielen Dank für Ihre Rücksendung» ({prod.name}). Wir haben {amt} [[heute|soeben]] auf «dein|Ihr» Konto {c.iban} überwiesen. {C:CH=Die Gutschrift erfolgt innert fünf Werktagen.~*=Bis das Geld da ist, kann es zwei bis drei Werktage dauern.}⟦ Kontoinhaber laut Retourenschein: {c.full}.⟧

[[Viele Grüße|Beste Grüße|Herzliche Grüße]]
{s.first}
Talgrat Kundenservice · {s.email}""", c=c, s=s, prod=g.product(), amt=g.money(20, 350))


@T("support_email")
def _(g):
    c = g.person()
    s = g.staff()
    d1 = g.date("long")
    d2 = g.date("short", step=(2, 6))
    return g.render("""[[Passt, danke!|Super, danke.|Ja, gern so.]] Der Fahrer kann mich unter {c.phone} erreichen.
{c.first}

Am {d1} schrieb Talgrat Kundenservice <{svc}>:
> «Hallo {c.first}|Guten Tag {c.herr_last}»,
> wir können die Retoure am {d2} an der Adresse {c.street} abholen lassen. Unter welcher Nummer «erreicht dich|erreicht Sie» der Fahrer?
> Viele Grüße, {s.first}""", c=c, s=s, d1=d1, d2=d2, svc=g.role_email("service"))


@T("support_email")
def _(g):
    c = g.person()
    return g.render("""[[Bestellung|Best.]] {o}: {c.any} meldet, [[dass {prod.der} beschädigt angekommen ist|dass die Größe nicht passt|dass der Hüftgurt fehlt]]. [[Bitte Rückruf unter|Rückruf:]] {c.phone}[[.|, am besten ab 17 Uhr.| – Adresse laut System: {c.addr1}.]]""",
                    c=c, o=g.order_no(), prod=g.product(("TG-BP", "TG-RJ", "TG-DJ", "TG-FL", "TG-HT", "TG-WT")))


@T("support_email")
def _(g):
    c = g.person()
    s = g.staff()
    return g.render("""Hallo,
meine Zahlung für die Bestellung {o} [[wurde zweimal abgelehnt|hat nicht geklappt]]. «Könnt ihr den Betrag bitte von Hand abbuchen?|Können Sie den Betrag bitte manuell abbuchen?» Meine Kartendaten:
{c.card}, gültig bis {e}
{c.full}

> Notiz ({s.init_last}): {c.g:Kunde~Kundin} telefonisch informiert, dass wir keine Kartennummern per Mail annehmen; Zahlungslink geschickt, Ticket {t}.""",
                    c=c, s=s, o=g.order_no(), e=exp(g), t=g.ticket_no())


# ---------------------------------------------------------------------------
# misdirected_email_notice
# ---------------------------------------------------------------------------

@T("misdirected_email_notice")
def _(g):
    x = g.person()
    r = g.person()
    return g.render("""Betreff: [[Falsch zugestellte E-Mail|Irrläufer|Diese Mail war nicht für mich]]

Guten Tag,
ich habe [[heute|gestern Abend]] [[eine Versandbestätigung|eine Auftragsbestätigung|ein Retourenetikett]] von Ihnen bekommen, adressiert an {x.full}, mit der Lieferadresse {x.addr1} und der Handynummer {x.phone}. [[Das bin nicht ich, und ich habe nie bei Ihnen bestellt.|Ich bin nicht diese Person und habe auch kein Kundenkonto bei Ihnen.]]
[[Ich habe die Mail gelöscht.|Ich lösche die Mail, sobald Sie mir antworten.]] [[Bitte prüfen Sie, wie das passieren konnte.|Vielleicht sollten Sie Ihre Adressdaten prüfen.]]

{r.sig}⟦
{r.phone}⟧""", x=x, r=r)


@T("misdirected_email_notice")
def _(g):
    x = g.person()
    dpo = g.staff()
    s = g.staff()
    return g.render("""Sehr geehrte{x.g:r~} {x.herr_last},

wir müssen Sie über einen Fehler informieren: Am {d} wurde eine E-Mail zu Ihrer Bestellung {o} versehentlich an [[eine andere Kundin|einen anderen Kunden]] geschickt. Sie enthielt Ihren Namen, Ihre Lieferadresse ({x.street}) und Ihre Telefonnummer.
Die Empfängerseite hat bestätigt, dass die E-Mail gelöscht wurde. [[Das tut uns sehr leid.|Wir bitten Sie um Entschuldigung.]] Bei Fragen erreichen Sie {dpo.g:unseren Datenschutzbeauftragten~unsere Datenschutzbeauftragte}, {dpo.full}, unter {mail}.

Mit freundlichen Grüßen
{s.full}
Talgrat Outdoor GmbH, Kundenservice""", x=x, dpo=dpo, s=s, d=g.date("long"), o=g.order_no(),
                    mail=g.role_email("datenschutz"))


@T("misdirected_email_notice")
def _(g):
    x = g.person()
    r = g.person()
    dpo = g.staff()
    s = g.staff()
    return g.render("""Fehlversand, {d}: Die Versandmail zu {o} ({x.last_first}, {x.email}) ging an {r.email}. Ursache: [[Autovervollständigung im Ticketsystem|zwei zusammengeführte Kundenkonten mit ähnlichem Namen|Antwort aus dem falschen Ticket]]. {r.herr_last} hat sich [[noch am selben Tag|innerhalb einer Stunde]] gemeldet und die Mail gelöscht. Betroffene Daten: Name, {x.addr1}, Telefonnummer. Gemeldet an {dpo.first} ({dpo.email}) zur Prüfung nach Art. 33 DSGVO. – {s.init_last}""",
                    x=x, r=r, dpo=dpo, s=s, d=g.date("num"), o=g.order_no())


@T("misdirected_email_notice")
def _(g):
    x = g.person()
    r = g.person()
    s = g.staff()
    return g.render("""«Hallo {r.first}|Guten Tag {r.herr_last}»,
danke für «deinen|Ihren» Hinweis zur E-Mail an {x.given_init}. «Kannst du|Könnten Sie» sie bitte löschen und uns kurz bestätigen, dass sie weg ist? Den Fehler haben wir [[behoben|korrigiert]].
Viele Grüße
{s.sig}
{s.email}""", x=x, r=r, s=s)


@T("misdirected_email_notice")
def _(g):
    x = g.person()
    y = g.person()
    s = g.staff()
    return g.render("""[[08:52|14:02|16:37]] {s.lower_given}: schon wieder ein irrläufer – {x.lower} hat das retourenetikett von {y.lower} bekommen ({y.email})
[[08:54|14:05|16:40]] {s.lower_given}: {C:AT=eh schon beide angerufen~CH=hab beidi aagrüeft~*=beide angerufen}, neues etikett geht an {y.street}[[|, cc @datenschutz]]""",
                    x=x, y=y, s=s)


# ---------------------------------------------------------------------------
# carer_order
# ---------------------------------------------------------------------------

@T("carer_order")
def _(g):
    d = g.person(gender="f")
    f = g.relative(d, gender="m", share_address=False)
    home = g.company("carehome")
    return g.render("""Guten Tag,
ich möchte für meinen Vater, {f.full}, {prod.den} in Größe {prod.size} bestellen. Er lebt inzwischen in einer Pflegeeinrichtung ({home}); das Personal dort nimmt das {pk} an. Lieferadresse:
{f.full}
c/o {home}
{f.addr2}
Die Rechnung bitte an mich: {d.full}, {d.addr1}. Erreichbar bin ich unter {d.phone}.
Vielen Dank
{d.first}""", d=d, f=f, home=home, prod=g.product(("TG-FL", "TG-BL", "TG-SI", "TG-DJ")), pk=paket(g))


@T("carer_order")
def _(g):
    w = g.person()
    r = g.person()
    return g.render("""Telefonische Bestellung, {d}: {w.full} ({w.g:Pfleger~Pflegerin}, {home}) bestellt für {r.herrn_last}, {r.g:der~die} nicht mehr selbst am Computer bestellen kann. Artikel: {prod.name}, Größe {prod.size}[[, Farbe {prod.colour}|]]. Lieferung an {r.addr1}; vor der Zustellung bitte {w.first} anrufen: {w.phone}. [[Bezahlt mit Karte (Endziffern {last4}), {r.g:Karteninhaber~Karteninhaberin}: {r.full}.|Kartennummer am Telefon durchgegeben: {r.card}, gültig bis {e} ({r.full}) – nach Abbuchung löschen!]]""",
                    w=w, r=r, home=g.company("carehome"), prod=g.product(), d=g.date("num"),
                    last4=str(g.randint(1000, 9999)), e=exp(g))


@T("carer_order")
def _(g):
    d = g.person()
    r = g.person()
    role = {"AT": ("Erwachsenenvertreter", "Erwachsenenvertreterin"), "CH": ("Beistand", "Beiständin")}.get(
        g.country, ("gesetzlicher Betreuer", "gesetzliche Betreuerin"))[0 if d.gender == "m" else 1]
    court = {"AT": "Bezirksgericht Innsbruck", "CH": "KESB Bern"}.get(g.country, "Amtsgericht Kempten")
    return g.render("""Sehr geehrte Damen und Herren,

ich bin {role} von {r.full} ({court}, Az. {az}). Bitte erstatten Sie den Betrag für die zurückgeschickte Ware auf das von mir verwaltete Konto:
{r.g:Kontoinhaber~Kontoinhaberin}: {r.full}
IBAN: {r.iban}
Schriftverkehr bitte nur an mich: {d.addr1}[[, E-Mail {d.email}|]].

Mit freundlichen Grüßen
{d.full}""", d=d, r=r, role=role, court=court, az="%s %d/%d" % (g.pick(["XVII", "1 P", "BT"]), g.randint(10, 999),
                                                                    g.randint(23, 25)))


@T("carer_order")
def _(g):
    d = g.person()
    f = g.relative(d, share_address=False)
    s = g.staff()
    return g.render("""Hallo {d.first},
danke für deine Bestellung für {f.first}. Das {pk} kommt am {date} zwischen {t1} und {t2} Uhr. Der Fahrer fragt am Empfang nach {f.herrn_last}; falls {f.g:er~sie} gerade [[schläft|beim Mittagessen ist|spazieren ist]], kann das Pflegepersonal unterschreiben. Sollen wir am Liefertag noch jemand anderen anrufen? Wir haben nur {d.phone}.
Viele Grüße
{s.first}""", d=d, f=f, s=s, date=g.date("long"), t1=g.randint(8, 10), t2=g.randint(12, 16), pk=paket(g))


@T("carer_order", country="AT")
def _(g):
    d = g.person(gender="f")
    m = g.relative(d, gender="f", share_address=False)
    return g.render("""Grüß Gott,
ich bestelle für meine Mama, {m.full}, die seit [[Jänner|dem Herbst]] im {home} wohnt. Sie braucht {prod.den} in {prod.size}. Bitte das Packerl direkt ins Heim schicken:
{m.full}
{m.addr2}
Zahlen tu ich per Erlagschein, meine Adresse: {d.addr1}, Telefon {d.phone}.
Danke vielmals!
{d.full}""", d=d, m=m, home=g.pick(["Seniorenwohnheim Sonnenhof", "Haus der Generationen"]),
                    prod=g.product(("TG-FL", "TG-BL", "TG-SI")))


# ---------------------------------------------------------------------------
# shared_account_dispute
# ---------------------------------------------------------------------------

@T("shared_account_dispute")
def _(g):
    me = g.person()
    p = g.person(home=me.country)
    return g.render("""Betreff: Gemeinsames Kundenkonto bitte trennen

Hallo,
{p.g:mein Ex-Partner~meine Ex-Partnerin} {p.full} und ich haben ein gemeinsames Talgrat-Clubkonto ({m}) aus der Zeit, als wir zusammen gewohnt haben ({p.street}). Wir haben uns getrennt, und ich möchte nicht, dass {p.g:er~sie} meine Bestellungen und meine neue Adresse sieht. «Bitte nehmt|Bitte nehmen Sie» meine Karte aus dem Konto und «schreibt|schreiben Sie» mir künftig nur noch an {me.email}.
Meine neue Adresse: {me.addr1}
{me.sig}""", me=me, p=p, m=g.member_no())


@T("shared_account_dispute")
def _(g):
    a = g.person()
    b = g.person(home=a.country)
    s = g.staff()
    return g.render("""Gemeinschaftskonto {m}: Inhaber {a.full} ({a.email}) und {b.full} ({b.email}). {b.first} möchte die {pts} Punkte halbiert haben und die alte Adresse {a.street} aus {b.g:seinem~ihrem} Profil entfernen. {a.first} [[hat noch nicht geantwortet|widerspricht telefonisch]]. Konto gesperrt, bis beide zustimmen. – {s.init_last}, {d}""",
                    a=a, b=b, s=s, m=g.member_no(), pts=g.randint(800, 9000), d=g.date("num"))


@T("shared_account_dispute")
def _(g):
    me = g.person()
    x = g.person(home=me.country)
    return g.render("""Hallo,
ich habe gehört, dass {x.first} unser Konto aufteilen will. [[Das ist nicht fair|Damit bin ich nicht einverstanden]]: Fast alle Punkte stammen aus meinen Einkäufen ({prod.name} und die Zeltausrüstung vom [[Frühjahr|letzten Sommer]]). Die Belege laufen auf meinen Namen. Bevor «ihr etwas ändert, ruft mich bitte an|Sie etwas ändern, rufen Sie mich bitte an»: {me.phone}.
{me.full}""", me=me, x=x, prod=g.product())


@T("shared_account_dispute")
def _(g):
    a = g.person()
    b = g.person(home=a.country)
    s = g.staff()
    return g.render("""Sehr geehrte{a.g:r~} {a.herr_last}, sehr geehrte{b.g:r~} {b.herr_last},

Sie haben uns beide wegen des gemeinsamen Clubkontos {m} geschrieben. Wem die Punkte zustehen, können wir nicht entscheiden. Unser Vorschlag: Wir teilen die {pts} Punkte zu gleichen Teilen und eröffnen ein zweites Konto auf den Namen {b.full}. {a.first} behält das bestehende Konto mit der E-Mail-Adresse {a.email}.
Bitte geben Sie uns bis zum {d} Bescheid, ob Sie einverstanden sind.

Mit freundlichen Grüßen
{s.full}
Talgrat Club-Service""", a=a, b=b, s=s, m=g.member_no(), pts=g.randint(800, 9000), d=g.date("long"))


# ---------------------------------------------------------------------------
# school_visit_booking
# ---------------------------------------------------------------------------

@T("school_visit_booking")
def _(g):
    t = g.person()
    h1 = g.person(home=t.country)
    h2 = g.person(home=t.country)
    return g.render("""Liebes Talgrat-Team,
ich unterrichte die [[4b|Klasse 6a|Geografie-AG der 8. Klassen]] an der {school} und würde gern mit [[22|25|18]] Kindern [[eure Werkstatt|euren Laden]] besuchen, am liebsten am {d} [[vormittags|ab 9 Uhr]]. Begleiten werden uns {h1.full} und {h2.full} [[aus dem Elternbeirat|aus dem Kollegium]].
Am Tag selbst bin ich unter {t.phone} erreichbar.
Viele Grüße
{t.full}""", t=t, h1=h1, h2=h2, school=g.company("school"), d=g.date("long"))


@T("school_visit_booking")
def _(g):
    t = g.person()
    guide = g.staff()
    s = g.staff()
    st = g.store()
    return g.render("""Sehr geehrte{t.g:r~} {t.herr_last},
wir freuen uns auf Ihren Besuch mit der Klasse am {d} um {time} Uhr. Treffpunkt ist unser Laden: {st.addr1}. {guide.full} aus unserer Werkstatt zeigt den Kindern, wie wir [[Reißverschlüsse tauschen|Jacken flicken|Schuhe neu besohlen]]. Falls Sie sich verspäten, rufen Sie bitte {guide.first} an: {guide.phone}.
Mit freundlichen Grüßen
{s.full}
{st.name}""", t=t, guide=guide, s=s, st=st, d=g.date("long"), time=g.time())


@T("school_visit_booking")
def _(g):
    t = g.person()
    guide = g.staff()
    p1 = g.person(home=t.country)
    h = g.person(home=t.country)
    h2 = g.person(home=t.country)
    return g.render("""{C:AT=Servus~CH=Hoi~*=Hallo} {guide.first},
noch zwei Dinge für [[Donnerstag|Freitag|nächste Woche]]: {p1.first} hat eine Nussallergie ([[{p1.g:er~sie} bringt {C:AT=die eigene Jause~CH=das eigene Znüni~*=die eigene Brotzeit} mit|die Schulleitung weiß Bescheid]]), und statt {h2.full} kommt {h.full} mit. {h.g:Seine~Ihre} Nummer: {h.phone}.
Danke dir!
{t.first}""", t=t, guide=guide, p1=p1, h=h, h2=h2)


@T("school_visit_booking")
def _(g):
    t = g.person()
    guide = g.staff()
    st = g.store()
    pl = g.place(t.country)
    return g.render("""Liebe{guide.g:r~} {guide.first}, liebes Team von {st.name},
vielen Dank für die Führung! Die Kinder erzählen immer noch von [[der Nähmaschine|der Reißverschluss-Werkbank|der Sohlenpresse]]. Anbei ein paar Dankeskarten aus der Klasse.
Herzliche Grüße
{t.full}
{school}, {pl.addr1}""", t=t, guide=guide, st=st, pl=pl, school=g.company("school"))


@T("school_visit_booking", country="CH")
def _(g):
    t = g.person()
    guide = g.staff()
    st = g.store()
    return g.render("""Grüezi {guide.herr_last}
Gerne bestätige ich unseren Besuch vom {d}: 19 Kinder der {school}, zwei Begleitpersonen. Wir kommen mit dem Velo und parkieren beim Eingang ({st.street}). Bitte melden Sie sich bei Verspätung unter {t.phone}.
Freundliche Grüße
{t.full}""", t=t, guide=guide, st=st, school=g.company("school"), d=g.date("long"))


# ---------------------------------------------------------------------------
# rescue_story_letter
# ---------------------------------------------------------------------------

@T("rescue_story_letter")
def _(g):
    c = g.person()
    s = g.staff()
    r1 = g.person(home=c.country)
    r2 = g.person(home=c.country)
    st = g.store()
    return g.render("""Liebes Talgrat-Team,
[[im letzten August|im Oktober|diesen Frühling]] bin ich am [[Hochvogel|Zugspitzplatt|Säntis|Großglockner]] in [[dichten Nebel|einen Wettersturz]] geraten und habe [[vier|sechs]] Stunden auf die {C:AT=Bergrettung~CH=Rettungsstation~*=Bergwacht} gewartet. Meine Ausrüstung von euch – vor allem {prod.der} – hat mich die ganze Zeit [[trocken|warm]] gehalten. Danken möchte ich {s.first} aus eurer Filiale in {sttown}, {s.g:der~die} mir dazu geraten hat, und {r1.full} und {r2.full}, die mich [[ins Tal gebracht|heruntergeholt]] haben.
Falls ihr meine Geschichte verwenden möchtet: {c.email}, {c.phone}.
{c.full}
{c.addr1}""", c=c, s=s, r1=r1, r2=r2, sttown=st.town_short, prod=g.product(("TG-RJ", "TG-DJ", "TG-SI", "TG-BP")))


@T("rescue_story_letter")
def _(g):
    c = g.person()
    s = g.staff()
    m = g.staff()
    st = g.store()
    return g.render("""«Liebe{c.g:r~} {c.first}|Sehr geehrte{c.g:r~} {c.herr_last}»,
was für eine Geschichte! Ich habe «deinen|Ihren» Brief an {s.first} weitergegeben, {s.g:der~die} sich sehr gefreut hat. Dürfen wir die Geschichte in unserem [[Kundenmagazin|Frühjahrs-Newsletter]] abdrucken? Wir würden nur «deinen|Ihren» Vornamen, {c.first}, und «deinen|Ihren» Wohnort nennen.
Herzliche Grüße
{m.full}
Filialleitung {st.name} · {st.phone}""", c=c, s=s, m=m, st=st)


@T("rescue_story_letter")
def _(g):
    c = g.person()
    p = g.person(home=c.country)
    return g.render("""Hallo, {p.g:mein Mann~meine Frau} {p.first} hat euch wegen der [[Rettung|Nacht am Berg]] geschrieben – könntet ihr das [[Magazin|Heft]] mit der Geschichte auch an {c.addr1} schicken? Danke, {c.full} ({c.phone})""",
                    c=c, p=p)


@T("rescue_story_letter")
def _(g):
    c = g.person()
    s = g.staff()
    m = g.staff()
    return g.render("""Zur Info: {c.full} ({c.email}) ist einverstanden, dass wir {c.g:seine~ihre} Geschichte abdrucken. {c.first} möchte nicht, dass der Nachname erscheint, und bittet um zwei Belegexemplare an {c.street}. Die Einverständniserklärung liegt seit {d} vor. {s.first}, kümmerst du dich um ein Foto?
{m.sig}""", c=c, s=s, m=m, d=g.date("num"))


# ---------------------------------------------------------------------------
# charity_auction
# ---------------------------------------------------------------------------

@T("charity_auction")
def _(g):
    w = g.person()
    s = g.staff()
    ch = g.company("charity")
    return g.render("""{C:AT=Servus~CH=Hoi~*=Hallo} {w.first},
herzlichen Glückwunsch – du hast Los {lot} ersteigert: {prod.name}, signiert von [[unserem Expeditionsteam|unseren Athletinnen und Athleten]], für {amt}. Der gesamte Erlös geht an {ch}. Bitte überweise den Betrag direkt auf das Spendenkonto:
{ch} – IBAN {ciban}
Verwendungszweck: Los {lot} {w.last}
und sag uns kurz, wohin wir den Artikel schicken sollen.
Viele Grüße
{s.full}""", w=w, s=s, ch=ch, lot=g.randint(1, 24), amt=g.money(120, 900), ciban=g.org_iban(), prod=g.product())


@T("charity_auction")
def _(g):
    w = g.person()
    s = g.staff()
    return g.render("""{C:AT=Servus~CH=Hoi~*=Hallo} {s.first},
super, danke! Das Geld ist [[heute|gerade]] raus. Bitte schickt das {pk} an:
{w.full}
{w.addr2}
[[Handy für den Paketdienst|Telefon]]: {w.phone}⟦
PS: [[Die Überweisung ging nicht durch, bitte|Falls einfacher,]] lieber meine Karte belasten: {w.card}, gültig bis {e}.⟧""", w=w, s=s, pk=paket(g), e=exp(g))


@T("charity_auction")
def _(g):
    a = g.person()
    b = g.person()
    c = g.person()
    return g.render("""Auktionsergebnis vom {d}: Los 3 (signiertes Poster) ging an {a.full} für {m1}, Los 5 (Fernkamm 45+10) an {b.init_last} für {m2} und Los 8 ([[eine geführte Tour mit|ein Tag mit]] unseren Athletinnen und Athleten) an {c.LAST_first} für {m3}. Bezahlt haben alle außer {b.herr_last}; die Erinnerung ging an {b.email}.""",
                    a=a, b=b, c=c, d=g.date("long"), m1=g.money(60, 200), m2=g.money(150, 400), m3=g.money(200, 800))


@T("charity_auction")
def _(g):
    w = g.person()
    return g.render("""Guten Tag,
könnten Sie {ch} bitte bitten, mir für mein Gebot ({amt}, Los {lot}) eine {C:AT=Spendenbestätigung~CH=Spendenbescheinigung~*=Zuwendungsbestätigung} zu schicken? Ausgestellt auf {w.full}, Adresse {w.addr1}.
Vielen Dank
{w.sig}""", w=w, ch=g.company("charity"), amt=g.money(100, 700), lot=g.randint(1, 24))


# ---------------------------------------------------------------------------
# tax_adviser_request (Germany)
# ---------------------------------------------------------------------------

@T("tax_adviser_request", country="DE")
def _(g):
    c = g.person(country="DE")
    a = g.person(country="DE")
    return g.render("""Sehr geehrte Damen und Herren,

wir vertreten steuerlich {c.herrn_full}, {c.g:selbstständiger Bergführer~selbstständige Bergführerin} aus {c.town}. Für die Einkommensteuererklärung [[2024|2025]] benötigen wir Kopien aller Rechnungen, die auf {c.g:ihn~sie} ausgestellt wurden. Steuer-ID: {c.taxid}. Rechnungsadresse: {c.addr1}.
Bitte senden Sie die Unterlagen an {a.email}.

Mit freundlichen Grüßen
{a.full}
{firm}""", c=c, a=a, firm=g.company("taxfirm"))


@T("tax_adviser_request", country="DE")
def _(g):
    c = g.person(country="DE")
    a = g.person(country="DE")
    s = g.staff()
    return g.render("""Sehr geehrte{a.g:r~} {a.herr_last},
anbei die Rechnungen für {c.herrn_full} aus [[2024|dem letzten Jahr]]. Eine Rechnung ließ sich der Steuer-ID {c.taxid} zunächst nicht zuordnen, weil das Kundenkonto unter {c.email} angelegt war; wir haben die Konten inzwischen verknüpft.
Mit freundlichen Grüßen
{s.full}
Talgrat Buchhaltung""", c=c, a=a, s=s)


@T("tax_adviser_request", country="DE")
def _(g):
    c = g.person(country="DE")
    return g.render("""Hallo,
ich bin {c.g:selbstständiger Bergführer~selbstständige Bergführerin} und brauche für meine Steuerberatung ordentliche Rechnungen mit Steuer-ID. Meine Daten: {c.full}, {c.addr1}, Steuer-ID {c.taxid}. Die Gutschrift für die Rücksendung ({prod.name}) bitte auf {c.iban}.
Danke!
{c.first}""", c=c, prod=g.product())


@T("tax_adviser_request", country="DE")
def _(g):
    c = g.person(country="DE")
    a = g.person(country="DE")
    s = g.staff()
    return g.render("""Gutschrift GS-{n} an {c.LAST_first} (Steuer-ID {c.taxid_c}) über {amt} erstellt; Kopie an {a.full} ({firm}, {a.email}). Die {c.last}-Akte ist damit [[vollständig|abgeschlossen]]. – {s.init_last}""",
                    c=c, a=a, s=s, n=g.randint(1000, 9999), firm=g.company("taxfirm"), amt=g.money(30, 400))


# ---------------------------------------------------------------------------
# store_opening_rsvp
# ---------------------------------------------------------------------------

@T("store_opening_rsvp")
def _(g):
    c = g.person()
    s = g.staff()
    st = g.store()
    d1 = g.date("long")
    d2 = g.date("short", step=(2, 5))
    return g.render("""{C:AT=Servus~CH=Hoi~*=Hallo} {c.first},
[[nach vielen Monaten Umbau|endlich]] ist es so weit: Am {d1} eröffnet unser neuer Laden ({st.addr1}). Als {c.g:langjähriger Stammkunde~langjährige Stammkundin} bist du am Vorabend ab {time} Uhr zur Vorpremiere eingeladen. Sag {s.full} bis zum {d2} Bescheid ({s.email} oder {st.phone}), ob du kommst.
Bis bald
Dein Team von {st.name}""", c=c, s=s, st=st, d1=d1, d2=d2, time=g.time())


@T("store_opening_rsvp")
def _(g):
    c = g.person()
    s = g.staff()
    b = g.person(home=c.country)
    rel = g.pick(["meinem Partner", "meinem Sohn", "meinem Freund"] if b.gender == "m"
                 else ["meiner Partnerin", "meiner Tochter", "meiner Freundin"])
    return g.render("""Hallo {s.first},
[[sehr gern|ich bin dabei]] – ich komme mit {rel} {b.full}. Setz uns bitte beide auf die Liste. Falls was ist: {c.phone}.
Bis dann, {c.full}""", c=c, s=s, b=b, rel=rel)


@T("store_opening_rsvp")
def _(g):
    a, b, c, d, e, f = (g.person() for _ in range(6))
    return g.render("""Zusagen bisher: {a.full}, {b.full} (+1), {c.init_last} und {d.given_init}; {e.herr_last} kann leider nicht, bittet aber um den neuen Katalog an {e.addr1}. Noch keine Antwort von {f.full} ({f.email}).""",
                    a=a, b=b, c=c, d=d, e=e, f=f)


@T("store_opening_rsvp")
def _(g):
    c = g.person()
    st = g.store()
    return g.render("""Liebes Team von {st.name},
vielen Dank für die Einladung. Leider bin ich umgezogen und kann nicht kommen. Bitte schicken Sie Post künftig an:
{c.addr2}
Alles Gute zur Eröffnung!
{c.sig}""", c=c, st=st)


# ---------------------------------------------------------------------------
# expedition_diary (no cue, no invented names)
# ---------------------------------------------------------------------------

@T("expedition_diary")
def _(g):
    a, b, c, d = (g.person(cue=False) for _ in range(4))
    return g.render("""Tag {n}. Um [[fünf|halb fünf]] los von der Hütte. {a.full} spurte über den [[Gletscher|Firn]], {b.first} und {c.full} dicht dahinter. Gegen [[zehn|Mittag]] riss {b.gen} [[Steigeisenriemen|Schnürsenkel]], und {d.full} flickte ihn mit einer Reepschnur aus {d.g:seinem~ihrem} Rucksack. Am Nachmittag schlug das Wetter um; wir kehrten am Joch um und waren um [[sechs|sieben]] wieder [[in der Hütte|im Lager]].""",
                    a=a, b=b, c=c, d=d, n=g.randint(2, 19))


@T("expedition_diary")
def _(g):
    a, b, c, d = (g.person(cue=False) for _ in range(4))
    return g.render("""Drei Wochen im [[Karakorum|Pamir|Tian Shan]]: {a.full}, {b.full}, {c.full} und {d.full} haben Firstwand und Kaltkar [[bis auf 6.100 m|auf einer neuen Route]] getestet. {a.last} hat das Tagebuch unten geschrieben, {c.first} die meisten Fotos gemacht.""",
                    a=a, b=b, c=c, d=d)


@T("expedition_diary")
def _(g):
    a, b, c = (g.person(cue=False) for _ in range(3))
    return g.render("""[[Am Gipfelgrat|Oben am Kreuz|Am Joch bei Sonnenaufgang]], {d}: {a.full}, {b.full} und {c.full}. Für {b.first} war es der [[erste|dritte]] Viertausender, und {a.first} behauptet bis heute, der [[Nebel|Wind]] habe sich nur für uns gelegt.""",
                    a=a, b=b, c=c, d=g.date("long"))


@T("expedition_diary")
def _(g):
    a, b = (g.person(cue=False) for _ in range(2))
    return g.render("""Als {a.full} das Biwak erreichte, hatte {b.full} schon [[Schnee für Tee geschmolzen|das Zelt aufgebaut]]. Für {a.last} war es die [[dritte|erste]] Nacht über [[5000 Metern|dem Gletscher]], und die Kälte ließ {a.g:ihn~sie} kaum schlafen. Um [[zwei|drei]] Uhr früh reichte {b.last} {a.g:ihm~ihr} ein zweites Inlett und erzählte von dem Tag, an dem {b.g:er~sie} am Matterhorn einen Handschuh verloren hatte.
[[Am nächsten Morgen|Bei Tagesanbruch]] ging es weiter Richtung [[Pass|Plateau]].""", a=a, b=b)


# ---------------------------------------------------------------------------
# student_research_request
# ---------------------------------------------------------------------------

@T("student_research_request")
def _(g):
    stu = g.person()
    sup = g.person(home=stu.country)
    return g.render("""Sehr geehrte Damen und Herren,
mein Name ist {stu.full}, ich studiere im Master an {uni}. In meiner Abschlussarbeit untersuche ich [[Reparaturangebote im Outdoor-Handel|wie Händler über Nachhaltigkeit sprechen|den Markt für gebrauchte Ausrüstung]]. Wären [[zwei oder drei Ihrer Mitarbeitenden|jemand aus Ihrer Werkstatt]] im {month} zu einem [[halbstündigen|kurzen]] Interview bereit? Betreut wird die Arbeit von Prof. Dr. {sup.full}.
Sie erreichen mich unter {stu.email} oder {stu.phone}.
Mit freundlichen Grüßen
{stu.full}""", stu=stu, sup=sup, uni=g.company("uni"),
                    month=g.pick(["März", "April", "Mai", "Juni", "Oktober"] + (["Jänner"] if g.country == "AT" else [])))


@T("student_research_request")
def _(g):
    stu = g.person()
    m = g.staff()
    a = g.staff()
    b = g.staff()
    return g.render("""Hallo {m.first},
{stu.full} von {uni} fragt, ob {a.first} und {b.first} für {stu.g:seine~ihre} Masterarbeit interviewt werden könnten. Wenn es in der Arbeitszeit ist, passt das für mich. Kontakt: {stu.email}
[[Danke!|Gruß]]""", stu=stu, m=m, a=a, b=b, uni=g.company("uni"))


@T("student_research_request")
def _(g):
    stu = g.person()
    i = g.staff()
    d = g.date("long")
    return g.render("""Einverständniserklärung: Ich, {stu.full}, bestätige, dass das Interview mit {i.full} am {d} aufgezeichnet und nur [[für meine Masterarbeit|bis zur Benotung]] gespeichert wird. [[Zitate werden anonymisiert.|Namen werden nicht veröffentlicht.]] Kontakt: {stu.email}.
Unterschrift: {stu.init_last}, {d}""", stu=stu, i=i, d=d)


@T("student_research_request")
def _(g):
    stu = g.person()
    i = g.staff()
    d1 = g.date("long")
    d2 = g.date("long", step=(5, 14))
    return g.render("""«Liebe{i.g:r~} {i.first}|Sehr geehrte{i.g:r~} {i.herr_last}»,
noch einmal vielen Dank für das Gespräch am {d1}. Wie versprochen schicke ich «dir|Ihnen» das Transkript zur Durchsicht; Korrekturen bitte bis {d2} an {stu.email}.
Viele Grüße
{stu.first}""", stu=stu, i=i, d1=d1, d2=d2)


# ---------------------------------------------------------------------------
# catering_order
# ---------------------------------------------------------------------------

def _caterer(g):
    name = g.company("caterer")
    w = [x for x in name.lower().replace(".", "").split(" ") if x not in ("gmbh", "am")]
    dom = "-".join("".join(ch for ch in x if ch.isalpha()) for x in w[:2])
    dom = dom.replace("ü", "ue").replace("ä", "ae").replace("ö", "oe")
    return name, dom + g.pick([".de", ".at", ".ch"] if g.country in ("AT", "CH") else [".de"])


@T("catering_order")
def _(g):
    name, dom = _caterer(g)
    cat = g.contact(dom)
    m = g.staff()
    s = g.staff()
    st = g.store()
    return g.render("""{C:AT=Servus~CH=Grüezi~*=Hallo} {cat.first},
wie besprochen möchten wir für unseren [[Kundenabend|Filialabend]] am {d} {C:CH=einen Apéro riche~*=ein Buffet} für [[40|60|25]] Personen bestellen, Aufbau um {time} Uhr. Adresse: {st.addr1} (Eingang [[über den Hof|an der Seitenstraße]]). Am Tag selbst ist {s.full} unter {s.phone} erreichbar.
Danke und viele Grüße
{m.full}
{st.name}""", cat=cat, m=m, s=s, st=st, d=g.date("long"), time=g.time())


@T("catering_order")
def _(g):
    name, dom = _caterer(g)
    cat = g.contact(dom)
    cat2 = g.contact(dom)
    m = g.staff()
    st = g.store()
    d1 = g.date("long")
    d2 = g.date("long", step=(3, 7))
    return g.render("""Sehr geehrte{m.g:r~} {m.herr_last},
vielen Dank für Ihre Bestellung. Wir bestätigen: {n} Portionen, {d1}, {time} Uhr, {st.street}. Bitte überweisen Sie die Anzahlung von {amt} {C:CH=innert zehn Tagen~*=bis zum {d2}} auf unser Konto {ciban} ({name}).
{cat2.g:Ansprechpartner~Ansprechpartnerin} vor Ort: {cat2.full}, {cat2.phone}.
Mit freundlichen Grüßen
{cat.full}
{name}""".replace("{C:CH=innert zehn Tagen~*=bis zum {d2}}", "{C:CH=innert zehn Tagen~*=bis zum " + d2 + "}"),
                    cat=cat, cat2=cat2, m=m, st=st, name=name, n=g.randint(25, 80), d1=d1, time=g.time(),
                    amt=g.money(150, 600), ciban=g.org_iban())


@T("catering_order")
def _(g):
    name, dom = _caterer(g)
    cat = g.contact(dom)
    m = g.staff()
    a, b, c, d = (g.staff() for _ in range(4))
    return g.render("""[[09:12|10:40|16:05]] {m.lower_given}: finale zahl für [[freitag|samstag]]: [[38|42|29]] gäste. vegetarisch: {a.first}, {b.first}, {c.first}; glutenfrei: {d.first}
[[09:15|10:44|16:09]] {cat.lower_given}: {C:AT=passt, danke~CH=merci, isch notiert~*=passt} 👍 wir beschriften die teller""",
                    cat=cat, m=m, a=a, b=b, c=c, d=d)


@T("catering_order")
def _(g):
    name, dom = _caterer(g)
    cat = g.contact(dom)
    m = g.staff()
    s = g.staff()
    s2 = g.staff()
    return g.render("""{C:AT=Servus~CH=Hoi~*=Hallo} {cat.first},
kleine Änderung für den {d}: {s.first} ist [[krank|im Urlaub]], deshalb lässt {s2.full} euren Fahrer rein. {s2.g:Seine~Ihre} Handynummer: {s2.phone}. Sonst bleibt alles wie besprochen.
{m.first}""", cat=cat, m=m, s=s, s2=s2, d=g.date("long"))


# ---------------------------------------------------------------------------
# loyalty_points_transfer
# ---------------------------------------------------------------------------

@T("loyalty_points_transfer")
def _(g):
    p = g.person()
    k = g.relative(p, share_address=False)
    return g.render("""Hallo,
«könnt ihr|können Sie» die {pts} Punkte von meinem Clubkonto ({m1}) auf das Konto {k.g:meines Sohnes~meiner Tochter} {k.full} übertragen? {k.g:Er~Sie} hat ein eigenes Konto unter {k.email}. [[Ich kaufe kaum noch ein|Ich ziehe ins Ausland]], und {k.g:er~sie} ist [[jedes Wochenende in den Bergen|dringend auf neue Schuhe angewiesen]].
Danke und Grüße
{p.full}
{p.phone}""", p=p, k=k, pts=g.randint(500, 6000), m1=g.member_no())


@T("loyalty_points_transfer")
def _(g):
    p = g.person()
    k = g.relative(p, share_address=False)
    s = g.staff()
    return g.render("""{C:AT=Servus~CH=Hoi~*=Hallo} {p.first},
erledigt – die {pts} Punkte sind jetzt auf {k.gen} Konto ({m2}). Dein eigenes Konto bleibt mit 0 Punkten bestehen. Falls du es anders gemeint hast, antworte einfach auf diese Mail.
Viele Grüße
{s.first}""", p=p, k=k, s=s, pts=g.randint(500, 6000), m2=g.member_no())


@T("loyalty_points_transfer")
def _(g):
    p = g.person()
    k = g.relative(p, share_address=False)
    s = g.staff()
    return g.render("""Punkteübertrag am {d} freigegeben: {pts} Punkte von {p.LAST_first} ({p.email}) an {k.LAST_first} ({k.email}), [[gleicher Haushalt|Familienmitglied]], geprüft von {s.init_last}.""",
                    p=p, k=k, s=s, d=g.date("num"), pts=g.randint(500, 6000))


@T("loyalty_points_transfer")
def _(g):
    p = g.person(gender="f")
    h = g.relative(p, gender="m")
    return g.render("""Sehr geehrte Damen und Herren,
ich habe kein Internet, deshalb schreibe ich Ihnen. Bitte übertragen Sie die Punkte von der Karte meines [[verstorbenen|]] Mannes, {h.full}, auf meine. Ich bin {p.full}, {p.addr1}, Tel. {p.landline}.
{C:AT=Hochachtungsvoll~*=Mit freundlichen Grüßen}
{p.full}""", p=p, h=h)


# ---------------------------------------------------------------------------
# parcel_mixup
# ---------------------------------------------------------------------------

@T("parcel_mixup")
def _(g):
    me = g.person()
    x = g.person(home=me.country)
    return g.render("""{C:AT=Servus~CH=Grüezi~*=Hallo},
das {pk} von heute ist nicht meins – auf dem Etikett steht {x.full}, {x.addr1}. Drin ist: {prod.name}. Meine eigene Bestellung {o} ist noch nicht da. «Könnt ihr|Können Sie» einen Tausch organisieren?
{me.full}, {me.phone}""", me=me, x=x, prod=g.product(), o=g.order_no(), pk=paket(g))


@T("parcel_mixup")
def _(g):
    x = g.person()
    s = g.staff()
    return g.render("""Sehr geehrte{x.g:r~} {x.herr_last},
leider wurde Ihr {pk} versehentlich bei [[einer anderen Kundin|einem anderen Kunden]] zugestellt. Der Paketdienst holt es am {d} dort ab und bringt es zu Ihnen ({x.street}). Falls niemand da ist, ruft der Fahrer unter {x.phone} an.
Mit freundlichen Grüßen
{s.full}""", x=x, s=s, d=g.date("long"), pk=paket(g))


@T("parcel_mixup")
def _(g):
    a = g.person()
    b = g.person(home=a.country)
    s = g.staff()
    return g.render("""Etikettentausch beim Packen: {o1} ({a.full}, {a.street}) und {o2} ({b.last_first}; {b.street}) sind mit vertauschten Etiketten rausgegangen. Beide informiert, die {a.last}-Sendung holt {cour} am {d} ab. – {s.given_init}""",
                    a=a, b=b, s=s, o1=g.order_no(), o2=g.order_no(), cour=g.courier(), d=g.date("short"))


@T("parcel_mixup")
def _(g):
    x = g.person()
    s = g.staff()
    return g.render("""{C:AT=Servus~CH=Hoi~*=Hallo} {s.first}, passt – am [[Freitag|Montag]] bin ich den ganzen Tag daheim. Der Fahrer erreicht mich unter {x.phone}. Das andere {pk} steht schon gepackt an der Tür.
{x.sig}""", x=x, s=s, pk=paket(g))


@T("parcel_mixup", country="CH")
def _(g):
    x = g.person(country="CH")
    me = g.person(country="CH")
    s = g.staff()
    return g.render("""Grüezi {me.herr_last}
Vielen Dank für Ihre Meldung. Das Paket für {x.full} ist offenbar bei Ihnen gelandet. Die Post holt es am {d} bei Ihnen ab ({me.street}); falls das nicht passt, können Sie es auch innert fünf Tagen in unserer Filiale in {sttown} abgeben. Ihre eigene Bestellung ist unterwegs, der Pöstler ruft vorher unter {me.phone} an.
Freundliche Grüsse
{s.full}""", x=x, me=me, s=s, d=g.date("long"), sttown=g.store().town_short)


# ---------------------------------------------------------------------------
# birthday_collection (internal)
# ---------------------------------------------------------------------------

@T("birthday_collection")
def _(g):
    b = g.staff()
    o = g.staff()
    return g.render("""{C:AT=Servus miteinand~CH=Hoi zäme~*=Hallo zusammen},
am {d} hat {b.first} Geburtstag[[| – den 50.!]] Ich sammle für [[einen Gutschein|ein neues Kletterseil|einen Wellnesstag]]. Bargeld in den Umschlag {C:AT=bei der Kaffeekassa~*=im Pausenraum} oder per Überweisung an {o.iban} ({o.full}), Verwendungszweck „{ref}“. Bitte nichts verraten!
{o.first}""", b=b, o=o, d=g.date("short"), ref=g.pick(["Kuchen", "Geschenk", "Überraschung"]))


@T("birthday_collection")
def _(g):
    b = g.staff()
    a = g.staff()
    c = g.staff()
    return g.render("""AW: Sammlung für {b.first}
> Bin dabei, {amt} überwiesen – {a.first}
[[Ich auch|Dito]], Bargeld liegt im Umschlag. Sollen wir noch eine Karte besorgen?
{c.sig}""", b=b, a=a, c=c, amt=g.money(5, 20))


@T("birthday_collection")
def _(g):
    b = g.staff()
    a, c, d, e = (g.staff() for _ in range(4))
    st = g.store()
    return g.render("""{C:CH=Herzlichi Gratulation~*=Alles Gute zum Geburtstag}, {b.first}!
Dein Team in {sttown}: {a.first}, {c.first}, {d.first} und {e.first}""",
                    b=b, a=a, c=c, d=d, e=e, sttown=st.town_short)


@T("birthday_collection")
def _(g):
    b = g.staff()
    o = g.staff()
    a = g.staff()
    c = g.staff()
    return g.render("""Sammlung abgeschlossen: {n} Leute haben zusammen {amt} gegeben. Danke {a.first}, {c.first} und allen anderen! Den Gutschein habe ich an {b.gen} Privatadresse ({b.addr1}) geschickt, damit er pünktlich ankommt.
{o.first}""", b=b, o=o, a=a, c=c, n=g.randint(8, 25), amt=g.money(80, 300))


@T("birthday_collection", country="AT")
def _(g):
    b = g.staff()
    o = g.staff()
    a = g.staff()
    return g.render("""Servus miteinand!
Am {d}. Jänner wird {b.first} [[vierzig|fünfzig|dreißig]] – heuer sammeln wir für [[einen Gutschein für die Therme|ein Paar Tourenski|einen Hüttenabend]]. Bargeld bitte in die Kaffeekassa, oder überweisen an {o.full}, {o.iban}. {a.first} besorgt die Karte, bitte bis Freitag unterschreiben.
Baba und danke!
{o.first}""", b=b, o=o, a=a, d=g.randint(2, 30))


# ---------------------------------------------------------------------------
# staff_conduct_complaint
# ---------------------------------------------------------------------------

@T("staff_conduct_complaint")
def _(g):
    c = g.person()
    s = g.staff()
    st = g.store()
    return g.render("""Betreff: Beschwerde über meinen Besuch am {d}

Sehr geehrte Damen und Herren,
[[letzten Samstag|vergangene Woche]] wollte ich in Ihrer Filiale in {sttown} [[einen Artikel|meine Wanderschuhe]] zurückgeben. {s.g:Der junge Mann~Die junge Frau} an der {C:AT=Kassa~*=Kasse} – auf dem Namensschild stand {s.first} – war [[unhöflich|herablassend]] und hat [[meinen Kassenbon nicht einmal angesehen|über meine Frage gelacht]].
Ich erwarte eine Stellungnahme. Sie erreichen mich unter {c.phone} oder {c.addr1}.
{c.full}""", c=c, s=s, sttown=st.town_short, d=g.date("long"))


@T("staff_conduct_complaint")
def _(g):
    c = g.person()
    s = g.staff()
    m = g.staff()
    st = g.store()
    return g.render("""Sehr geehrte{c.g:r~} {c.herr_last},
vielen Dank für Ihre Nachricht zu Ihrem Besuch am {d}. Es tut mir leid, dass [[er so verlaufen ist|Sie so behandelt wurden]]. Ich habe mit {s.first} gesprochen; {s.g:er~sie} möchte sich bei Ihnen entschuldigen. Als kleine Entschädigung schicken wir Ihnen einen Gutschein an {c.street}.
Mit freundlichen Grüßen
{m.full}
Filialleitung {st.name} · {st.phone}""", c=c, s=s, m=m, st=st, d=g.date("long"))


@T("staff_conduct_complaint")
def _(g):
    c = g.person()
    s = g.staff()
    m = g.staff()
    w = g.staff()
    st = g.store()
    d1 = g.date("num")
    d2 = g.date("num", step=(1, 4))
    return g.render("""Notiz für HR zur {c.last}-Beschwerde: {c.full} ({c.email}) hat sich am {d1} über {s.full} beschwert ([[Kasse|Schuhabteilung]], {st.name}). Vorwurf: [[unfreundlicher Ton|Rückgabe verweigert]]. Anwesend: {w.first}. Gespräch mit {s.first} am {d2}; [[keine früheren Beschwerden|erste Beschwerde]]. – {m.init_last}""",
                    c=c, s=s, m=m, w=w, st=st, d1=d1, d2=d2)


@T("staff_conduct_complaint")
def _(g):
    c = g.person()
    s = g.staff()
    w = g.staff()
    return g.render("""Stellungnahme, {d}
Ich stand an der {C:AT=Kassa~*=Kasse}, als {c.g:ein Kunde~eine Kundin}, {c.herr_last}, [[eine Jacke|ein Paar Schuhe]] ohne Kassenbon zurückgeben wollte. Ich habe unsere Regeln zweimal erklärt. [[Gelacht habe ich nicht.|Vielleicht klang ich ungeduldig.]] {w.full} stand [[neben mir|bei der Umkleide]] und hat alles mitbekommen.
{s.full}""", c=c, s=s, w=w, d=g.date("long"))


# ---------------------------------------------------------------------------
# name_misspelling_complaint
# ---------------------------------------------------------------------------

@T("name_misspelling_complaint")
def _(g):
    c = g.person()
    return g.render("""Hallo,
[[auf meiner Rechnung|auf der Gravur meines Rucksacks|auf meiner Clubkarte]] steht „{c.misspelt_full}“ – ich heiße aber {c.full}. [[Das ist jetzt schon das dritte Mal.|Das passiert nicht zum ersten Mal.]] «Könnt ihr|Können Sie» das bitte in meinem Kundenkonto ({c.email}) korrigieren?
[[Danke|Grüße]]
{c.full}""", c=c)


@T("name_misspelling_complaint")
def _(g):
    c = g.person()
    s = g.staff()
    return g.render("""«Liebe{c.g:r~} {c.first}|Sehr geehrte{c.g:r~} {c.herr_last}»,
[[entschuldige bitte|das tut uns leid]]! Wir haben den Namen in «deinem|Ihrem» Konto von {c.misspelt_last} auf {c.last} geändert und schicken «dir|Ihnen» eine korrigierte [[Rechnung|Karte]] an {c.addr1}.
Viele Grüße
{s.first}""", c=c, s=s)


@T("name_misspelling_complaint")
def _(g):
    c = g.person()
    s = g.staff()
    return g.render("""Namenskorrektur im CRM: {c.misspelt_full} → {c.full} ([[Kundenwunsch|Tippfehler an der Kasse]]); Adresse {c.street} und {c.email} geprüft. – {s.init_last}""",
                    c=c, s=s)


@T("name_misspelling_complaint")
def _(g):
    c = g.person()
    return g.render("""Kleine Bitte: Mein Nachname wird bei euch immer {c.misspelt_last} geschrieben. Richtig ist {c.last}. {C:CH=Merci!~*=Danke!}
{c.first}""", c=c)


# ---------------------------------------------------------------------------
# account_manager_change
# ---------------------------------------------------------------------------

def _supplier(g):
    name = g.company("supplier")
    w = [x for x in name.lower().split(" ") if x not in ("gmbh", "ag")]
    dom = "-".join("".join(ch for ch in x if ch.isalpha()) for x in w[:2])
    dom = dom.replace("ü", "ue").replace("ä", "ae").replace("ö", "oe")
    return name, dom + ".de"


@T("account_manager_change")
def _(g):
    name, dom = _supplier(g)
    old = g.contact(dom)
    new = g.contact(dom)
    boss = g.contact(dom)
    return g.render("""Liebe Geschäftspartnerinnen und Geschäftspartner,
ab dem {d} [[übernimmt {old.full} neue Aufgaben in unserem Haus|verlässt {old.full} unser Unternehmen]]. {new.g:Ihr neuer Ansprechpartner~Ihre neue Ansprechpartnerin} ist {new.full}, erreichbar unter {new.email} oder {new.phone}. Unsere Bankverbindung bleibt unverändert.
Mit freundlichen Grüßen
{boss.full}
Geschäftsführung, {name}""", old=old, new=new, boss=boss, name=name, d=g.date("long"))


@T("account_manager_change")
def _(g):
    name, dom = _supplier(g)
    new = g.contact(dom)
    b = g.staff()
    b2 = g.staff()
    return g.render("""Hallo {new.first},
willkommen! Ich bin {b.full}, Einkauf [[Hardshells|Rucksäcke und Zubehör]] bei Talgrat. Können wir am {d} zu den Bestellungen für [[Herbst|den Winter]] telefonieren? Meine Durchwahl: {b.landline}. {b2.full} ({b2.email}) kümmert sich um [[die Muster|die Rechnungen]].
Viele Grüße
{b.first}""", new=new, b=b, b2=b2, d=g.date("long"))


@T("account_manager_change")
def _(g):
    name, dom = _supplier(g)
    old = g.contact(dom)
    new = g.contact(dom)
    s = g.staff()
    pl = g.place()
    return g.render("""Lieferantenstamm {name}: Ansprechpartner {old.full} → {new.full}, {new.email}, {new.phone}. Lageradresse unverändert ({pl.addr1}). Geändert von {s.init_last} am {d}.""",
                    old=old, new=new, s=s, pl=pl, name=name, d=g.date("num"))


@T("account_manager_change")
def _(g):
    name, dom = _supplier(g)
    old = g.contact(dom)
    new = g.contact(dom)
    b = g.staff()
    return g.render("""Liebe{b.g:r~} {b.first},
diese Woche ist meine letzte bei {name} – danke für [[acht|viele]] gute Jahre! Wenn du magst, bleiben wir in Kontakt: privat bin ich unter {old.email2} erreichbar. Ab dem {d} kümmert sich {new.first} um euch.
Alles Gute
{old.first}""", old=old, new=new, b=b, name=name, d=g.date("long"))


# ---------------------------------------------------------------------------
# texts without personal data
# ---------------------------------------------------------------------------

def _p(g, lo, hi):
    return g.money(lo, hi)


def _ver(g):
    return "%d.%d.%d" % (g.randint(2, 6), g.randint(0, 19), g.randint(0, 9))


@N("cafe_menu")
def _(g):
    return g.render("""[[Hüttenkarte|Karte im Laden-Café|Heute im Café]]
Jägerschnitzel mit Spätzle {a}
Bauernfrühstück {b}
Wolfsbarsch vom Grill {c}
Hagebuttentee {d}""", a=_p(g, 11, 17), b=_p(g, 8, 13), c=_p(g, 16, 24), d=_p(g, 2, 4))


@N("cafe_menu")
def _(g):
    return g.render("""{C:AT=Tagesempfehlung: Kaiserschmarrn mit Zwetschkenröster~CH=Tagesempfehlung: Älplermagronen mit Apfelmus~*=Tagesempfehlung: Kässpatzen mit Röstzwiebeln} {a}. Unser Koch empfiehlt dazu [[ein Radler|einen Almdudler|eine Apfelschorle]] ({b}). [[Nur im Mai|Solange der Mai dauert]]: Rhabarberkuchen {c}.""",
                    a=_p(g, 9, 15), b=_p(g, 3, 5), c=_p(g, 3, 5))


@N("cafe_menu")
def _(g):
    return g.render("""Tafel vom {d}:
- Winterpunsch (alkoholfrei) {a}
- Vogelbeer-Schnaps 2 cl {b}
- Brotzeitbrett „Förster“ {c}
- [[Topfenstrudel|Apfelstrudel]] {e}
[[Allergene bitte an der Theke erfragen.|Glutenfreies Brot auf Nachfrage.]]""",
                    d=g.date("long"), a=_p(g, 3, 5), b=_p(g, 3, 6), c=_p(g, 9, 14), e=_p(g, 4, 6))


@N("cafe_menu")
def _(g):
    return g.render("""Hat das Café an Feiertagen offen? Ja – am [[1. Mai|Pfingstmontag|Fronleichnam]] von {t} bis 16 Uhr. Das Erntedank-Essen am {d} kostet {a} pro Person, Kinder [[zahlen die Hälfte|essen kostenlos]]. Der Bauernmarkt vor dem Laden beginnt um {t2} Uhr.""",
                    t=g.pick(["9", "10"]), d=g.date("long"), a=_p(g, 15, 30), t2=g.pick(["8", "9"]))


@N("wildlife_notes")
def _(g):
    return g.render("""Notizen der Gebietsbetreuung, {d}: Der Wolf wurde [[erneut|wieder]] oberhalb der [[Talstraße|Alpe]] [[gesichtet|gefilmt]]; frische Fuchsspuren am Bach; {n} Vögel an der Futterstelle gezählt. Im Winter gilt: Hunde an die Leine.""",
                    d=g.date("long"), n=g.randint(14, 80))


@N("wildlife_notes")
def _(g):
    return g.render("""Wer am Grat lebt: der Fuchs, der [[Steinadler|Kolkrabe]], der Schneehase im [[weißen Winterfell|Winterkleid]]. Im Mai kehren die [[Wiesenbrüter|Steinschmätzer]] zurück; ab November ziehen sich die Gämsen tiefer zurück, und der Jäger [[bleibt am Hochsitz|zählt den Bestand]].""")


@N("wildlife_notes")
def _(g):
    pc, town = g.pick([("87561", "Oberstdorf"), ("6020", "Innsbruck"), ("82467", "Garmisch-Partenkirchen"),
                       ("3800", "Interlaken"), ("6370", "Kitzbühel")])
    return g.render("""Führung „Fuchs, Hase und Jäger“ – {d}, {t} Uhr. Treffpunkt: Parkplatz, {pc} {town}. [[Fernglas|Warme Kleidung]] mitbringen; die Runde dauert etwa [[zwei|drei]] Stunden und kostet {a}.""",
                    d=g.date("long"), t=g.time(), pc=pc, town=town, a=_p(g, 5, 15))


@N("wildlife_notes")
def _(g):
    return g.render("""Vogel des Monats: der [[Gimpel|Zaunkönig|Bergpieper]]. Er kommt ab [[März|Mai|Ende Winter]] an die Futterstellen und mag [[Hecken|Gebüsch]] in Wassernähe. Der Bauer am Waldrand hat [[Nistkästen|eine Hecke]] für ihn [[aufgehängt|gepflanzt]]. Zählbogen Nr. {n}.""",
                    n=g.randint(100, 999))


@N("price_change_notice")
def _(g):
    rows = []
    for _ in range(g.randint(2, 4)):
        p = g.product()
        rows.append("%s (%s, GTIN %s): %s → %s" % (p.name, p.sku, g.gtin(), g.money(20, 300), p.price))
    return g.render("""Preisänderungen ab {d}:
{rows}""", d=g.date("long"), rows="\n".join(rows))


@N("price_change_notice")
def _(g):
    p = g.product()
    return g.render("""Regaletiketten neu drucken: GTIN {gt} – {p.name} in {p.colour}, neuer Preis {p.price}[[, Aktion endet am {d}|]].""",
                    p=p, gt=g.gtin(), d=g.date("long"))


@N("price_change_notice")
def _(g):
    p, q = g.product(), g.product()
    return g.render("""[[Winter|Frühjahrs]]-Aktion endet am {d}: {p.name} wieder {p.price}; {q.name} bleibt bis {d2} bei {m}. Ändern sich die Onlinepreise um Mitternacht? Ja, automatisch ab Version {v} des Preisdienstes.""",
                    p=p, q=q, m=g.money(20, 200), d=g.date("long"), d2=g.date("long", step=(5, 20)), v=_ver(g))


@N("price_change_notice")
def _(g):
    p = g.product()
    return g.render("""Hinweis für die {C:AT=Kassa~*=Kasse}: Beim Scannen von {gt} muss {p.price} erscheinen ({p.sku}). Zeigt sie {old}, ist noch die Preisdatei vom {d} geladen – [[Kasse neu starten|Preisdatei neu laden]].""",
                    p=p, gt=g.gtin(), old=g.money(20, 300), d=g.date("num"))


@N("depot_routing_table")
def _(g):
    rows = []
    for pc, town in g.rng.sample([("87435", "Kempten"), ("87527", "Sonthofen"), ("88131", "Lindau"),
                                  ("80331", "München"), ("6020", "Innsbruck"), ("5020", "Salzburg"),
                                  ("8001", "Zürich"), ("9000", "St. Gallen"), ("1070", "Wien")], 4):
        rows.append("%s %s → Depot %d (Tourennr. %s)" % (pc, town, g.randint(10, 99), g.phone_like_ref()))
    return g.render("""Depot-Zuordnung [[ab Oberhalden|für ausgehende Pakete]], gültig ab {d}:
{rows}""", d=g.date("long"), rows="\n".join(rows))


@N("depot_routing_table")
def _(g):
    return g.render("""Tour {c}: {t1} ({p1}), {t2} ({p2}), zurück über {t3}. Schichtbeginn {t} Uhr. Tourenreferenz {ref} – keine Telefonnummer.""",
                    c="%s-%d" % (g.pick(["A", "OA", "BO", "T"]), g.randint(1, 40)),
                    t1=g.pick(["Immenstadt", "Sonthofen"]), p1=g.pick(["87509", "87527"]),
                    t2=g.pick(["Oberstdorf", "Fischen"]), p2=g.pick(["87561", "87538"]),
                    t3=g.pick(["Kempten", "Blaichach"]), t=g.time(), ref=g.phone_like_ref())


@N("depot_routing_table")
def _(g):
    rows = []
    for t, pc in g.rng.sample([("Sonthofen", "87527"), ("Oberstdorf", "87561"), ("Füssen", "87629"),
                               ("Lindau", "88131"), ("Kaufbeuren", "87600"), ("Memmingen", "87700"),
                               ("Bregenz", "6900"), ("Dornbirn", "6850")], 3):
        rows.append("| %s | %s | %s | %s |" % (pc, t, g.randint(10, 99), g.time()))
    return g.render("""¦ PLZ ¦ Ort ¦ Depot ¦ Annahmeschluss ¦
¦---¦---¦---¦---¦
{rows}""", rows="\n".join(rows))


@N("depot_routing_table")
def _(g):
    return g.render("""Palettenabholung diese Woche: {t1} ({p1}) am {d1}, {t2} ({p2}) am {d2}. Die Sendungsnummern {r1} und {r2} sind Palettenreferenzen, bitte nicht anrufen.""",
                    t1=g.pick(["Kempten", "Augsburg", "Ulm"]), p1=g.pick(["87435", "86150", "89073"]),
                    t2=g.pick(["Innsbruck", "Salzburg", "Bregenz"]), p2=g.pick(["6020", "5020", "6900"]),
                    d1=g.date("short"), d2=g.date("short", step=(1, 3)), r1=g.phone_like_ref(), r2=g.phone_like_ref())


@N("app_update_notes")
def _(g):
    return g.render("""Neu in Version {v}:
- Die Merkliste synchronisiert [[jetzt|wieder]] zwischen Handy und Web.
- Die App merkt sich [[deine Größe|deine Filiale]] auch nach dem Abmelden.
- Absturz beim Scannen von GTIN {gt} im Laden behoben.""", v=_ver(g), gt=g.gtin())


@N("app_update_notes")
def _(g):
    return g.render("""Version {v} (Build {b}) – das [[Mai|Winter]]-Update. [[Neue Tourenfilter|Offline-Karten]] für [[die Alpen|das Allgäu]], schnellerer Checkout, und die Farben Schiefer, Tannenschatten und Hüttenorange werden [[jetzt|endlich]] richtig angezeigt.""",
                    v=_ver(g), b=g.randint(1000, 9999))


@N("app_update_notes")
def _(g):
    v = _ver(g)
    a, b, c = v.split(".")
    return g.render("""Bekanntes Problem in {v}: Unter Android {x} zeigt die [[Filialsuche|Bestellübersicht]] manchmal eine leere Liste. Behoben in {v2}, geplant für den {d}.""",
                    v=v, x=g.pick(["12", "13", "14"]), v2="%s.%s.%d" % (a, b, int(c) + 1), d=g.date("long"))


@N("app_update_notes")
def _(g):
    p = g.product()
    return g.render("""Kassen-App {v}: neues Layout für den [[Winter|Sommer]]schlussverkauf, größere Preisschilder, und {p.name} ist wieder unter {p.sku} gelistet. Nach dem Update die Kasse neu starten; die alte Version {v2} funktioniert ab dem {d} nicht mehr.""",
                    v=_ver(g), v2=_ver(g), p=p, d=g.date("long"))


@N("retail_partner_directory")
def _(g):
    return g.render("""Fachhändler im Allgäu: Koch & Bauer Bergsport GmbH ([[Sonthofen|Kempten]]), Sport Fuchs ([[Oberstdorf|Füssen]]), Vogel Outdoor KG ([[Lindau|Kaufbeuren]]) und Winter & Sohn ([[Immenstadt|Memmingen]]). Alle führen {p.name}.""",
                    p=g.product())


@N("retail_partner_directory")
def _(g):
    return g.render("""Partner in Österreich und der Schweiz: Wolf Alpin ([[Bludenz|Innsbruck]]), Jäger Outdoor KG ([[Schwaz|Kitzbühel]]), Schneider Alpin GmbH ([[Chur|Davos]]) und Bergsport König ([[Interlaken|Thun]]). Partnerbestellungen gehen [[dienstags|zweimal pro Woche]] raus.""")


@N("retail_partner_directory")
def _(g):
    return g.render("""Neue Partner in dieser Saison: Müller & Sommer Kartonagen ({t1}), Hahn & Specht Outdoor ({t2}), Bäckerei Sommer als Caterer für Events ({t3}) und Fischer Bergsport ({t4}). Willkommenspakete verschickt am {d}.""",
                    t1=g.pick(["Ulm", "Augsburg"]), t2=g.pick(["Rosenheim", "Bad Tölz"]), t3=g.pick(["Kempten", "Sonthofen"]),
                    t4=g.pick(["Garmisch-Partenkirchen", "Berchtesgaden"]), d=g.date("long"))


@N("retail_partner_directory")
def _(g):
    rows = g.rng.sample(["| Koch & Bauer Bergsport GmbH | Sonthofen | seit 2017 |", "| Sport Fuchs | Oberstdorf | seit 2020 |",
                         "| Vogel Outdoor KG | Lindau | seit 2018 |", "| Winter & Sohn | Immenstadt | seit 2015 |",
                         "| Wolf Alpin | Bludenz | seit 2021 |", "| Jäger Outdoor KG | Schwaz | seit 2019 |"], 3)
    return g.render("""¦ Partner ¦ Ort ¦ Status ¦
¦---¦---¦---¦
{rows}""", rows="\n".join(rows))


@N("queue_statistics")
def _(g):
    return g.render("""Service-Warteschlange, KW {w}: {n} neue Tickets, ältestes offenes {t}, erste Antwort im Schnitt nach {h} Std. Häufigstes Thema: [[verspätete Pakete|Größentausch|Status der Erstattung]].""",
                    w=g.randint(1, 52), n=g.randint(200, 900), t=g.ticket_no(), h=g.randint(2, 30))


@N("queue_statistics")
def _(g):
    return g.render("""Top-Gründe im letzten Monat:
1. Wo ist meine Bestellung? ({a} %)
2. [[Umtausch|Größentausch]] ({b} %)
3. [[Erstattung nicht erhalten|Fragen zu Gutscheinen]] ({c} %)
Bestellung {o} wurde {k}-mal wieder geöffnet.""",
                    a=g.randint(25, 40), b=g.randint(10, 24), c=g.randint(5, 9), o=g.phone_like_ref(), k=g.randint(2, 5))


@N("queue_statistics")
def _(g):
    return g.render("""Eskalationen: {t1} (Sendung {p1}), {t2} ([[beschädigt|verloren]] beim Transport), {t3} (doppelte Abbuchung, Bestellung {o}). Alle drei fällig bis {d}.""",
                    t1=g.ticket_no(), t2=g.ticket_no(), t3=g.ticket_no(), p1=g.parcel_no(), o=g.phone_like_ref(),
                    d=g.date("long"))


@N("queue_statistics")
def _(g):
    return g.render("""Zur Erinnerung: Bestellnummern wie {o} sehen aus wie Telefonnummern, sind aber Webshop-Bestellnummern – bitte nicht anrufen. Fallnummern beginnen mit CS-, z. B. {t}.""",
                    o=g.phone_like_ref(), t="CS-%d" % g.randint(10000, 99999))


@N("season_lookbook")
def _(g):
    p = g.product()
    return g.render("""[[Herbst/Winter|Frühjahr/Sommer]] {y}: {p.name} in {p.colour}, {p.price}. Dazu die Trittweg-Socken in Felsgrau – [[für kalte Maimorgen|wenn der Winter nicht aufhören will]].""",
                    p=p, y=g.pick(["2025", "2026"]))


@N("season_lookbook")
def _(g):
    return g.render("""Farbe der Saison: [[Alpenglühen|Hüttenorange|Gratblau|Enzian]]. [[Nicht rosa und nicht lachs|Bitte nicht „rosa“ schreiben]] – es ist das Licht am Grat bei [[Sonnenuntergang|Sonnenaufgang]]. Zu sehen an der Kaltkar Daunenjacke und der Firstwand 3-Lagen-Regenjacke.""")


@N("season_lookbook")
def _(g):
    a, b = g.product(("TG-BL", "TG-FL", "TG-SI")), g.product(("TG-RJ", "TG-DJ"))
    return g.render("""Styling-Tipp: {a.name} ({a.colour}) unter {b.dem} ({b.colour}) tragen. Lässt sich das gut schichten? Ja – getestet [[im Winter|am Grat]] bei [[−10 °C|2.000 m]].""",
                    a=a, b=b)


@N("season_lookbook")
def _(g):
    p = g.product()
    return g.render("""Lookbook Seite {n}: {p.name}, {p.sku}, {p.colour}. Fotografiert am [[Jägersteig|Fuchskopf|Wolfsgrat]] am {d}. Preis ab {p.price}.""",
                    n=g.randint(2, 40), p=p, d=g.date("long"))


@N("wash_care_guide")
def _(g):
    p = g.product(("TG-BL", "TG-FL", "TG-HT", "TG-WT"))
    return g.render("""Läuft das ein? Nicht, wenn du {p.den} bei 30 °C [[ohne Weichspüler|im Schonwaschgang]] wäschst und liegend trocknen lässt. [[Vorher alle Reißverschlüsse schließen.|Vorher die Taschen leeren.]]""",
                    p=p)


@N("wash_care_guide")
def _(g):
    return g.render("""Darf die Kaltkar Daunenjacke in den Trockner? Ja – bei niedriger Temperatur mit zwei [[Tennisbällen|Trocknerbällen]], etwa {n} Minuten, bis die Daune wieder locker ist.""",
                    n=g.pick(["60", "90", "120"]))


@N("wash_care_guide")
def _(g):
    p = g.product()
    return g.render("""Pflege für {p.name} ({p.sku}):
- Waschen bei 30 °C, ohne Weichspüler
- 20 Minuten bei niedriger Temperatur im Trockner, um die Imprägnierung zu [[reaktivieren|erneuern]]
- Nicht bleichen, nicht chemisch reinigen""", p=p)


@N("wash_care_guide")
def _(g):
    return g.render("""Kulanzfrist: Wenn du dich an das Pflegeetikett gehalten hast, [[nehmen wir den Artikel|reparieren wir den Artikel]] bis zu {n} Tage nach dem Kauf zurück. Kostet die Reparatur etwas? Nein – [[unsere Werkstatt im Allgäu|die Werkstatt]] macht das kostenlos.""",
                    n=g.pick(["30", "60", "90"]))


@N("stocktake_closure_notice")
def _(g):
    a, b = g.rng.sample([("Kempten", "87435"), ("München", "80331"), ("Innsbruck", "6020"), ("Zürich", "8001"),
                         ("Freiburg", "79098")], 2)
    return g.render("""Talgrat {a} bleibt am {d} wegen Inventur geschlossen. Unsere Filiale in {b} ({pc}) hat [[normal geöffnet|wie gewohnt offen]][[, 9 bis 18 Uhr|]].""",
                    a=a[0], b=b[0], pc=b[1], d=g.date("long"))


@N("stocktake_closure_notice")
def _(g):
    y = g.pick([2025, 2026])
    d1, d2 = {2025: ("1. Mai 2025", "9. Juni 2025"), 2026: ("1. Mai 2026", "25. Mai 2026")}[y]
    return g.render("""Öffnungszeiten an Feiertagen: Tag der Arbeit ({d1}) geschlossen, Pfingstmontag ({d2}) [[10 bis 16 Uhr|geschlossen]]. Onlinebestellungen nach {t} Uhr gehen am nächsten Werktag raus.""",
                    d1=d1, d2=d2, t=g.time())


@N("stocktake_closure_notice")
def _(g):
    return g.render("""Inventur am {d}: Zählzonen A bis {z}; Handscanner mit Firmware {v}. Geplantes Ende {t} Uhr. Abweichungen über {n} Stück gehen an die Gebietsleitung.""",
                    d=g.date("long"), z=g.pick(["D", "E", "F"]), v=_ver(g), t=g.time(), n=g.randint(3, 12))


@N("stocktake_closure_notice")
def _(g):
    return g.render("""Wegen Inventur am {d} geschlossen: {a}, {b} und {c}. Click-&-Collect-Bestellungen für diese Filialen bleiben bis {d2} liegen.""",
                    d=g.date("long"), d2=g.date("long", step=(1, 3)),
                    a=g.pick(["Kempten 87435", "München 80331"]), b=g.pick(["Innsbruck 6020", "Salzburg 5020"]),
                    c=g.pick(["Zürich 8001", "Bern 3011", "Wien 1070"]))


@N("stocktake_closure_notice", country="AT")
def _(g):
    t = g.pick(["Innsbruck", "Wien", "Salzburg"])
    return g.render("""Inventur in der Filiale {t}: Am {d}. Jänner bleibt das Geschäft geschlossen, am {d2}. Jänner sperren wir um {h} Uhr auf. Gutscheine aus dem Weihnachtsgeschäft gelten weiter; die Kassa ist ab {h} Uhr wieder besetzt.""",
                    t=t, d=g.randint(7, 12), d2=g.randint(13, 16), h=g.pick(["9", "10"]))
