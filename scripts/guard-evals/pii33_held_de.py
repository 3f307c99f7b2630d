"""German prose templates (the same 18 genre ids as the English ones, written
in German, with du and Sie, Austrian and Swiss variants) and German texts
without personal data (10 genres) of the thirty-third PII bank, held-out half."""

import pii33_held_core as C

R = C.Registry()
CLEAN = C.Registry()
t = R.t


def hallo(g, p, formal=None):
    if formal is None:
        formal = not g.du
    c = g.country
    if formal:
        if c == "CH":
            return g.r("[[Grüezi {p.hon} {p.last},|Grüezi {p.hon} {p.last},|Sehr geehrte{p?r|} {p.hon} {p.last},|Guten Tag {p.hon} {p.last},]]", p=p)
        if c == "AT":
            return g.r("[[Sehr geehrte{p?r|} {p.hon} {p.last},|Grüß Gott, {p.hon} {p.last},|Guten Tag {p.hon} {p.last},]]", p=p)
        return g.r("[[Sehr geehrte{p?r|} {p.hon} {p.last},|Guten Tag {p.hon} {p.last},|Hallo {p.hon} {p.last},]]", p=p)
    if c == "CH":
        return g.r("[[Hoi {p.first},|Hallo {p.first},|Liebe{p?r|} {p.first},]]", p=p)
    if c == "AT":
        return g.r("[[Servus {p.first},|Servus {p.first},|Hallo {p.first},|Liebe{p?r|} {p.first},]]", p=p)
    return g.r("[[Hallo {p.first},|Hi {p.first},|Liebe{p?r|} {p.first},|Moin {p.first},]]", p=p)


def gruss(g, p, formal=None, role=None):
    if formal is None:
        formal = not g.du
    c = g.country
    if formal:
        out = g.r("{w}\n{n}", w=g.pick(["Mit freundlichen Grüßen", "Freundliche Grüße", "Mit besten Grüßen"] +
                                         (["Hochachtungsvoll"] if c == "AT" else [])), n=p.full)
    else:
        w = g.pick(["Viele Grüße", "Liebe Grüße", "LG", "Beste Grüße", "Danke und Gruß"] +
                   (["Liebe Grüsse", "En Gruess"] if c == "CH" else []) + (["Baba", "Liebe Grüße"] if c == "AT" else []))
        out = g.r("{w}\n{n}", w=w, n=g.pick([p.first, p.first, p.full]))
    if role:
        out += ["\n", role]
    return out


def team_sig(g, s, role=None):
    role = role or g.pick(["Kundenservice", "Filialteam", "Onlineshop-Team", "Kundenbetreuung"])
    w = g.pick(["Viele Grüße", "Herzliche Grüße", "Beste Grüße"]) if g.du else g.pick(["Mit freundlichen Grüßen", "Freundliche Grüße"])
    return g.r("{w}\n{n}\n{role}[[ · |, | – ]]Talgrat Outdoor", w=w, n=g.pick([s.full, s.first, s.full]), role=role)


for _f in (hallo, gruss, team_sig):
    C.GLOBAL_AVOID |= C.code_words(_f)


# ------------------------------------------------------------------ support_email

@t("support_email")
def se1(g):
    c = g.person()
    return g.r("""{AT?[[Servus|Grüß Gott]]|{CH?[[Grüezi|Hoi zäme]]|[[Hallo|Guten Tag|Hallo zusammen]]}},

ich bin [[gerade umgezogen|letzte Woche umgezogen]] und habe vergessen, die Adresse [[im Konto|in meinem Kundenkonto]] zu ändern. Könnt ihr die Bestellung {o} bitte an diese Adresse schicken:

{c.a2}

<<Die alte Adresse bitte löschen.>> Falls der Bote Fragen hat: {c.mobile}

{bye}""", c=c, o=g.order(), bye=gruss(g, c, False))


@t("support_email")
def se2(g):
    c = g.person(country=g.pick(["DE", "AT", "CH", "DE", "AT", "IT", "NL"]))
    h = g.relative(c) if g.chance(0.35) else c
    s = g.staff()
    p = g.prod()
    return g.r("""{hi}

{du?danke für deine Rücksendung|vielen Dank für Ihre Rücksendung}. {du?Du hast|Sie haben} per Überweisung bezahlt, deshalb [[überweisen wir|erstatten wir]] {m} auf das [[angegebene|genannte]] Konto:

Kontoinhaber{h?|in}: {h.full}
IBAN: {h.iban}

[[Das Geld ist in der Regel nach 3–5 Werktagen da.|Die Gutschrift dauert meist ein paar Tage.]]

{sig}

Am {d} schrieb {c.full} <{c.email}>:
> [[Bitte aufs Konto zurück|Bitte das Geld überweisen]], {pn} passt leider nicht.""", c=c, h=h, hi=hallo(g, c), m=g.money(value=p.eur), pn=p.nom, sig=team_sig(g, s), d=g.date())


@t("support_email")
def se3(g):
    c = g.person()
    return g.r("""{AT?Servus|{CH?Grüezi|[[Hallo|Guten Tag]]}},
[[die Bestellung {o} wurde zweimal abgebucht|ihr habt {o} doppelt belastet]]. Bezahlt habe ich mit der Karte {c.card}, gültig bis {exp}. [[Bitte prüfen!|Könnt ihr das korrigieren?]]
{c.first}""", c=c, o=g.order(), exp="%02d/%02d" % (g.rng.randrange(1, 13), g.rng.randrange(26, 31)))


@t("support_email")
def se4(g):
    c = g.person()
    return g.r("""[[Bestellung|Paket zu]] {o} ist [[immer noch nicht da|seit einer Woche überfällig]]. Adresse: {c.a1}. {CH?Bitte prüft das mit der Post.|[[Bitte klärt das mit dem Paketdienst.|Was ist da los?]]} – {n}""", c=c, o=g.order(), n=g.pick([c.first, c.full, c.ini]))


@t("support_email")
def se5(g):
    c = g.person()
    k = g.relative(c)
    return g.r("""{hi}

ich schreibe für {k?meinen Sohn|meine Tochter} {k.full}. {k?Er|Sie} hat [[am {d}|letzte Woche]] {p} in {sz} bestellt, [[das ist leider zu klein|das passt leider nicht]]. Könnt ihr ein Retourenlabel an {k.email} schicken? <<Das {AT?Packerl|Paket} geht dann ab {k.st} zurück.>>

{bye}""", c=c, k=k, hi=g.pick([["Hallo,"], ["Guten Tag,"], ["Hallo Talgrat-Team,"]]), p=g.prod().acc, sz=g.pick(["Größe S", "Größe M", "Größe L"]), d=g.date(), bye=gruss(g, c, False))


@t("support_email")
def se6(g):
    c = g.person()
    p = g.prod()
    return g.r("""[[Hallo|Guten Tag]],

[[telefonisch komme ich nicht durch|euer Checkout bricht immer ab]], deshalb per Mail: Bitte {AT?schickt mir|[[schickt mir|sendet mir]]} {p} in {col}, {sz}, an {c.a1} und belastet meine Kreditkarte:

{c.card}, gültig bis {exp}<<, Karteninhaber{c?|in} {cu}>>

{AT?Danke und liebe Grüße|[[Danke und Gruß|Viele Grüße]]}
{n}""", c=c, p=p.acc, col=p.colour, sz=p.sizep, cu=c.up, exp="%02d/%02d" % (g.rng.randrange(1, 13), g.rng.randrange(26, 31)), n=g.pick([c.full, c.sh, c.first]))


# ------------------------------------------------------------------ collection_proxy_authorisation

@t("collection_proxy_authorisation")
def cp1(g):
    c = g.person()
    p = g.person(country=c.country)
    st = g.store()
    return g.r("""{hi}

ich schaffe es [[diese Woche|bis zur Abholfrist]] nicht nach {sn}, um die Bestellung {o} abzuholen. {rel} {p.full} holt sie [[am {day}|am Samstagvormittag]] für mich ab und bringt {p?seinen|ihren} [[Ausweis|Reisepass]] und die Abholmail mit.

<<Bei Fragen erreicht ihr mich unter {c.phone}.>>

{bye}""", c=c, p=p, hi=g.pick([["Hallo,"], ["Hallo Filialteam,"], ["Guten Tag,"]]), sn=st.name, o=g.order(),
               rel=g.pick(["Mein Kollege" if p.gender == "m" else "Meine Kollegin", "Mein Nachbar" if p.gender == "m" else "Meine Nachbarin",
                           "Mein Mitbewohner" if p.gender == "m" else "Meine Mitbewohnerin"]), day=g.weekday(g.next_date(4)), bye=gruss(g, c, False))


@t("collection_proxy_authorisation")
def cp2(g):
    c = g.person()
    p = g.person(country=c.country)
    return g.r("""Abholung durch Dritte – {o}: bestellt von {c.LF}, abgeholt von {p.full} ({doc} geprüft). [[Kundin|Kunde]] hat vorher angerufen, {c.phone}.""",
               c=c, p=p, o=g.order(), doc=g.pick(["Personalausweis", "Führerschein", "Reisepass", "ID"]))


@t("collection_proxy_authorisation")
def cp3(g):
    c = g.person()
    p = g.person(country=c.country)
    st = g.store()
    s = g.staff()
    return g.r("""{hi}

{du?danke für deine Nachricht|vielen Dank für Ihre Nachricht}. Wir haben {p.full} als [[abholberechtigte Person|Abholer{p?|in}]] für die Bestellung {o} eingetragen. {p?Er|Sie} braucht bitte einen Lichtbildausweis; das {AT?Packerl|Paket} liegt bis {d} an der Kasse in {sta}.

<<Wir haben Mo–Sa von 9:30 bis 18:30 geöffnet{AT?, ab Jänner bis 19 Uhr|}.>> {du?Falls sich etwas ändert, ruf uns gern an|Falls sich etwas ändert, rufen Sie uns gern an}: {tel}

{sig}""", c=c, p=p, hi=hallo(g, c), o=g.order(), sta=st.a1, d=g.date(), tel=st.phone, sig=team_sig(g, s, "Filialteam"))


@t("collection_proxy_authorisation", reg="sie")
def cp4(g):
    c = g.person()
    p = g.person(country=c.country)
    return g.r("""Vollmacht

Hiermit bevollmächtige ich, {c.full}, wohnhaft {c.a1}, {p?Herrn|Frau} {p.full}, meine Bestellung {o} in meinem Namen abzuholen.

{town}, {d}
{c.ini}""", c=c, p=p, o=g.order(), d=g.date(), town=c.town)


@t("collection_proxy_authorisation")
def cp5(g):
    c = g.person()
    p = g.person(country=c.country)
    return g.r("""{t1} {cl}: [[hoi|hallo]], meine {AT?Tochter|Schwester} {pl} holt heute [[mein|das]] {AT?Packerl|Paket} ab, geht das?
{t2} {sf}: [[Ja klar|Passt]], Name bitte nochmal komplett?
{t3} {cl}: {p.full}""", c=c, p=p, cl=c.lowf, pl=p.first, sf=g.staff().first, t1=g.time(), t2=g.time(), t3=g.time())


# ------------------------------------------------------------------ out_of_office_reply

@t("out_of_office_reply")
def oo1(g):
    a = g.person()
    d = g.person(country=a.country)
    return g.r("""[[Vielen Dank für Ihre Nachricht.|Danke für Ihre E-Mail.]] Ich bin bis einschließlich {dt} [[nicht im Büro|im Urlaub]] und lese meine E-Mails nur unregelmäßig.

In dringenden Fällen wenden Sie sich bitte an {d?meinen Kollegen|meine Kollegin} {d.full}, {d.email}<<, Tel. {d.phone}>>.

[[Mit freundlichen Grüßen|Freundliche Grüße|Beste Grüße]]
{a.full}
{role}, {co}""", a=a, d=d, dt=g.date(), role=g.pick(["Einkauf", "Vereinsvorsitz", "Geschäftsstelle", "Schulsekretariat", "Veranstaltungen"]), co=g.pick(C.COMPANIES_PII))


@t("out_of_office_reply")
def oo2(g):
    a = g.staff()
    d = g.staff()
    st = g.store()
    return g.r("""Automatische Antwort: Ich bin [[in Elternzeit|auf einer längeren Tour|im Urlaub]] und {AT?[[ab Mitte Jänner|ab {dt}]]|ab {dt}} wieder da.
[[Retouren und Erstattungen|Fragen zu Rücksendungen]]: {rm}
[[Alles zur Filiale|Filialthemen]] {sn}: {d.first}, {tel}
{a.first}""", a=a, d=d, dt=g.date(), rm=g.shop_mail("retouren"), sn=st.town, tel=st.phone)


@t("out_of_office_reply")
def oo3(g):
    a = g.person()
    return g.r("""Ich bin [[derzeit nicht erreichbar|auf Dienstreise]] und antworte nach meiner Rückkehr am {dt}.

{a.full}
{role}
{co}
{a.a2}
[[Mobil|Handy|{CH?Natel|Mobil}]]: {a.mobile}
[[E-Mail|Mail]]: {a.email}""", a=a, dt=g.date(), role=g.pick(["Leitung Einkauf", "Kassenwartin" if a.gender == "f" else "Kassenwart", "Trainerin" if a.gender == "f" else "Trainer", "Lehrkraft Sport"]), co=g.pick(C.COMPANIES_PII))


@t("out_of_office_reply")
def oo4(g):
    a = g.person()
    d = g.person(country=a.country)
    return g.r("""Bis {dt} [[weg|nicht da]]. {AT?Wenn's brennt|[[Wenn es eilt|In dringenden Fällen]]}: {d.first}, {d.mobile}. – {a.first}""", a=a, d=d, dt=g.date())


# ------------------------------------------------------------------ product_recall_contact

@t("product_recall_contact", reg="sie")
def pr1(g):
    c = g.person()
    s = g.staff()
    return g.r("""{hi}

laut unseren Unterlagen haben Sie einen Hochsattel 30 [[aus der Charge 24-117|aus einer betroffenen Charge]] gekauft. [[Die Schnalle am Hüftgurt kann bei Kälte brechen|Der Hüftgurtverschluss kann unter Last reißen]], deshalb rufen wir [[diese Rucksäcke|die Charge]] zurück.

Unser Kurierdienst holt den Rucksack am {d} bei Ihnen ab: {c.a1}. Passt der Termin nicht, antworten Sie bitte auf diese E-Mail oder rufen Sie uns an unter {tel}.

{sig}""", c=c, hi=hallo(g, c, True), d=g.date(), tel=g.store().phone, sig=team_sig(g, s, "Produktsicherheit"))


@t("product_recall_contact")
def pr2(g):
    c = g.person()
    return g.r("""Rückruf 24-117, {d}: {c.full} [[angerufen|telefonisch versucht]] ({c.phone}) – [[Mailbox|nicht erreicht]]; Schreiben nochmal per Mail an {c.email}.""", c=c, d=g.date())


@t("product_recall_contact")
def pr3(g):
    c = g.person()
    return g.r("""{AT?Grüß Gott,|{CH?Grüezi,|[[Guten Tag|Hallo]],}}
[[ich habe Ihr Schreiben zum Rückruf bekommen|bezüglich des Rückrufs]]: Der Rucksack ist noch bei mir. [[Bitte holen Sie ihn an meiner Arbeitsstelle ab|Tagsüber bin ich nicht zu Hause, bitte Abholung im Büro]]:

{c.a2}

[[Bitte vorher anrufen|Kurz vorher anrufen wäre nett]]: {c.mobile}
{n}""", c=c, n=g.pick([c.full, c.first]))


@t("product_recall_contact")
def pr4(g):
    a, b, c, d = g.person(), g.person(), g.person(), g.person()
    return g.r("""Stand Rückruf {sn}: Von {n} Käufern haben wir {a.full}, {b.full} und {c.lf} erreicht, die Rucksäcke kommen zurück. {d.full} ist umgezogen, neue Adresse {d.a1}; [[Schreiben ging neu raus|die {d.last}-Akte ist aktualisiert]].""",
               a=a, b=b, c=c, d=d, sn=g.store().town, n=g.rng.randrange(6, 19))


# ------------------------------------------------------------------ gear_trade_in

@t("gear_trade_in")
def gt1(g):
    c = g.person(country=g.pick(["DE", "AT", "CH", "DE", "AT", "NL", "IT"]))
    return g.r("""{AT?Servus|{CH?Grüezi|Hallo}},

ich würde gern ein altes Teil [[zurückgeben|in Zahlung geben]]: {p} (gekauft [[2021|vor drei Jahren]], [[gut erhalten|kaum benutzt]]). Wenn ihr es nehmt, bitte den Betrag überweisen an:

{c.full}
IBAN {c.iban}

{bye}""", c=c, p=g.prod().de, bye=gruss(g, c, False))


@t("gear_trade_in")
def gt2(g):
    c = g.person()
    s = g.staff()
    st = g.store()
    return g.r("""{hi}

danke für die Fotos {du?deines|Ihres} Artikels ({p}). Wir können {m} als Gutschein oder {m2} per Überweisung anbieten. {du?Wenn du einverstanden bist, schick|Wenn Sie einverstanden sind, schicken Sie} den Artikel bitte mit dem Ankaufschein an:

Talgrat Ankauf
{sta}

{sig}""", c=c, hi=hallo(g, c), p=g.prod().de, m=g.money(30, 90), m2=g.money(20, 70), sta=st.a2, sig=team_sig(g, s))


@t("gear_trade_in")
def gt3(g):
    c = g.person()
    return g.r("""Ankauf {ref}: Kurier holt das {AT?Packerl|Paket} am {d} bei {c.a1} ab<< (8–12 Uhr)>>. Kontakt: {c.phone}.""", c=c, ref="AK-%05d" % g.rng.randrange(10000, 99999), d=g.date())


@t("gear_trade_in")
def gt4(g):
    c = g.person(country=g.pick(["DE", "AT", "CH", "NL", "IT"]))
    return g.r("""{n}: Ankauf {ref} [[geprüft|Zustand B]], {m} am {d} auf {c.iban} überwiesen.""", c=c, n=g.pick([c.full, c.LF]), ref="AK-%05d" % g.rng.randrange(10000, 99999), m=g.money(20, 90), d=g.date())


# ------------------------------------------------------------------ team_kit_order

@t("team_kit_order")
def tk1(g):
    co = g.person()
    a, b, c = g.person(country=co.country), g.person(country=co.country), g.person(country=co.country)
    return g.r("""{hi}

unser [[Lauftreff|Verein|Kletterteam]] möchte {n} Schauerpass-Jacken in Enzian bestellen, mit Namen auf der Brust bestickt:

{a.first} (M), {b.first} (S), {c.first} (L)<<, der Rest ohne Namen>>.

Rechnung bitte an {co.full}, {co.a1}<<, {co.email}>>.

{bye}""", co=co, a=a, b=b, c=c, n=g.rng.randrange(6, 25), hi=g.pick([["Hallo,"], ["Guten Tag,"], ["Servus zusammen," if g.country == "AT" else "Hallo zusammen,"]]), bye=gruss(g, co, False, g.pick(["Trainer" if co.gender == "m" else "Trainerin", "Vorstand"])))


@t("team_kit_order")
def tk2(g):
    co = g.person()
    a, b, c = g.person(country=co.country), g.person(country=co.country), g.person(country=co.country)
    s = g.staff()
    return g.r("""{hi}

hier der Stickentwurf für {du?eure|Ihre} Bestellung – bitte die Namen prüfen:

- {a.up} – Tannenschatten, M
- {b.up} – Tannenschatten, L
- {c.up} – Hüttenorange, S

Wir brauchen {du?eure|Ihre} Freigabe bis {d}.

{sig}""", co=co, a=a, b=b, c=c, hi=hallo(g, co), d=g.date(), sig=team_sig(g, s, "Teambestellungen"))


@t("team_kit_order")
def tk3(g):
    co = g.person()
    a = g.person(country=co.country)
    b = g.person(country=co.country)
    return g.r("""Eine Korrektur zum Entwurf: [[Auf der Jacke für {a.full}|Auf {a.first}{a.sfx} Jacke]] soll nur „{af}“ stehen, und {b.full} [[ist ausgetreten|fällt weg]]<<, also eine Jacke weniger>>. {AT?Danke und baba|Danke}, {co.first}""", co=co, a=a, b=b, af=a.first)


@t("team_kit_order")
def tk4(g):
    co = g.person()
    return g.r("""Lieferhinweis: Der Karton geht an unser Vereinsheim, {co.a1}, z. Hd. {co.full}. [[Bitte bei Ankunft|Bitte vorher]] {co.mobile} anrufen<<, das Tor ist meist zu>>.""", co=co)


# ------------------------------------------------------------------ deceased_account_closure

@t("deceased_account_closure", reg="sie")
def dc1(g):
    d = g.person()
    r_ = g.relative(d)
    return g.r("""[[Sehr geehrte Damen und Herren|Guten Tag]],

{d?mein Vater|meine Mutter} {d.full} ist [[am {dt}|im {mon}]] verstorben. Bitte löschen Sie {d?sein|ihr} Kundenkonto ({d.email}) und schicken Sie keinen Katalog mehr an {d.a1}.

Ich kümmere mich um den Nachlass und bin unter {r.phone} erreichbar.

{bye}""", d=d, r=r_, dt=g.date(), mon=g.pick(C.MONTHS["de"]) if g.country != "AT" else "Jänner", bye=gruss(g, r_, True))


@t("deceased_account_closure", reg="sie")
def dc2(g):
    d = g.person(country=g.pick(["DE", "AT", "CH", "DE", "AT", "NL", "IT"]))
    r_ = g.relative(d)
    s = g.staff()
    return g.r("""{hi}

[[unser herzliches Beileid.|es tut uns sehr leid, von Ihrem Verlust zu hören.]] Das Kundenkonto von {d.full} ist gelöscht, [[es kommt keine Post mehr|die Adresse ist aus dem Verteiler entfernt]].

Das Gutscheinguthaben von {m} überweisen wir auf das Nachlasskonto:
{acc}
Kontoinhaber{r?|in}: {r.full}

{sig}""", d=d, r=r_, hi=hallo(g, r_, True), m=g.money(15, 120), acc=r_.iban, sig=team_sig(g, s))


@t("deceased_account_closure")
def dc3(g):
    d = g.person()
    r_ = g.relative(d)
    return g.r("""Trauerfall: {d.LF}, {d.email}. Angehörige{r?r|}: {r.full}, {r.mobile}. [[Katalogversand gestoppt|Aus Mailings entfernt]]; [[offene Retoure erstattet|nichts offen]]. <<Gespeicherte Karte {d.card} auf Wunsch der Familie gelöscht.>>""", d=d, r=r_)


@t("deceased_account_closure", reg="sie")
def dc4(g):
    d = g.person()
    sol = g.person(country=d.country)
    return g.r("""Sehr geehrte Damen und Herren,

[[in der Nachlasssache|wir vertreten die Erben in der Nachlasssache]] {d?des verstorbenen Herrn|der verstorbenen Frau} {d.full}, zuletzt wohnhaft

{d.a2}

bitten wir um Löschung des Kundenkontos und um Mitteilung eines etwaigen Guthabens. Korrespondenz bitte an {sol.full}, {sol.email}.

Mit freundlichen Grüßen
{sol.full}""", d=d, sol=sol)


# ------------------------------------------------------------------ mystery_shopper_report

@t("mystery_shopper_report")
def ms1(g):
    a = g.staff()
    b = g.staff()
    st = g.store()
    return g.r("""Testkauf-Bericht – {sn}, {d}, {tm} Uhr

Begrüßung [[nach unter einer Minute|sofort]] durch {a.first} (Namensschild). {a.first} hat nach meiner Tour gefragt und die Firstwand [[empfohlen|gezeigt]], dazu Trittweg-Socken. An der {AT?Kassa|Kasse} hat {b.full} die Kundenkarte angeboten<<, den Reparaturservice aber nicht erwähnt>>.

Gesamt: [[4,5 von 5|sehr gut]].<<
Testkäufer{m?|in}: {m.sh}>>""", a=a, b=b, m=g.person(), sn=st.name, d=g.date(), tm=g.time())


@t("mystery_shopper_report")
def ms2(g):
    m = g.staff()
    a = g.staff()
    b = g.staff()
    return g.r("""{AT?Servus|[[Hallo|Moin]]} Team,

der Testkauf-Bericht ist da, [[92 %|richtig gut]]! Ein großes Danke an {a.first} für die Schuhberatung und an {b.full} [[fürs ruhige Abarbeiten der Schlange|für die klare Erklärung der Rückgaberegeln]].

<<Kuchen steht im Pausenraum.>>
{m.first}""", m=m, a=a, b=b)


@t("mystery_shopper_report")
def ms3(g):
    m = g.person(country=g.pick(["DE", "AT", "CH", "DE", "AT"]))
    return g.r("""Honorar Testkäufer{m?|in}: {m.full}, {m.email}. {m2} Honorar plus {m3} Fahrtkosten auf {m.iban}.""", m=m, m2=g.money(25, 45), m3=g.money(5, 30))


@t("mystery_shopper_report")
def ms4(g):
    a = g.staff()
    b = g.staff()
    return g.r("""Bewertung: Begrüßung 5/5 ({a.first}), Produktwissen 4/5 ({b.first}), Umkleide [[3/5|sauber]], {AT?Kassa|Kasse} 5/5 (wieder {a.first}). [[An der Kasse wurde nach der Telefonnummer gefragt, das steht nicht im Leitfaden.|Keine Auffälligkeiten.]]""", a=a, b=b)


@t("mystery_shopper_report", country="DE")
def ms5(g):
    m = g.person(country="DE")
    s = g.staff()
    return g.r("""{hi}

für die Honorarabrechnung {du?deines|Ihres} Testkaufs in {sn} brauchen wir [[noch|bitte]] {du?deine|Ihre} Steuer-ID und Bankverbindung. [[Uns liegt vor|Bisher haben wir]]: Steuer-ID {m.taxid}, IBAN {m.iban}, Anschrift {m.a1}. [[Bitte kurz bestätigen.|Falls sich etwas geändert hat, bitte bis {d} melden.]]

{sig}""", m=m, hi=hallo(g, m), sn=g.store().name, d=g.date(), sig=team_sig(g, s, "Testkauf-Koordination"))


# ------------------------------------------------------------------ insurance_valuation_letter

@t("insurance_valuation_letter")
def iv1(g):
    c = g.person()
    return g.r("""{AT?[[Servus|Grüß Gott]]|{CH?Grüezi|[[Hallo|Guten Tag]]}},

[[mir wurden Rucksack und Regenjacke aus dem Auto gestohlen|jemand hat mein Auto am Wanderparkplatz aufgebrochen]]<<, am {d}>>. Meine [[Hausratversicherung|Versicherung]] braucht eine Bestätigung vom Händler über den Wiederbeschaffungswert. Bestellt habe ich mit {c.email}.

Bitte an diese Adresse schicken:
{c.a2}

{bye}""", c=c, d=g.date(), bye=gruss(g, c))


@t("insurance_valuation_letter", reg="sie")
def iv2(g):
    c = g.person()
    s = g.staff()
    p1, p2 = g.prod(), g.prod()
    return g.r("""Bestätigung [[Wiederbeschaffungswert|zur Vorlage bei der Versicherung]]

Hiermit bestätigen wir, dass {c?Herr|Frau} {c.full}, {c.a1}, am {d} folgende Artikel bei Talgrat Outdoor gekauft hat:

- {p1} – {m1}
- {p2} – {m2}

[[Der Wiederbeschaffungswert entspricht dem Kaufpreis.|Beide Artikel sind zu diesen Preisen weiterhin erhältlich.]] <<Bezahlt mit Karte, Endziffern {l4}.>>

{sig}""", c=c, d=g.date(), p1=p1.de, m1=g.money(value=p1.eur), p2=p2.de, m2=g.money(value=p2.eur), l4="%04d" % g.rng.randrange(10000), sig=team_sig(g, s))


@t("insurance_valuation_letter", reg="sie")
def iv3(g):
    c = g.person()
    adj = g.person(country=c.country)
    return g.r("""Schadennummer {n}

{c?Unser Versicherungsnehmer|Unsere Versicherungsnehmerin} {c.full} hat den Diebstahl von Outdoor-Ausrüstung gemeldet, die bei Ihnen gekauft wurde. Bitte senden Sie eine Wertbestätigung an {adj?den zuständigen Sachbearbeiter|die zuständige Sachbearbeiterin} {adj.full}, {adj.email}<<, Tel. {adj.phone}>>.

Mit freundlichen Grüßen
{adj.full}
{co}""", c=c, adj=adj, n="%d-%06d" % (g.t0.year, g.rng.randrange(1, 999999)), co=g.pick(["Gletscherblick Versicherung AG", "Pinecrest Insurance"]))


@t("insurance_valuation_letter")
def iv4(g):
    c = g.person()
    return g.r("""Wertbestätigung für {c.lf} am {d} per Post an {c.a1} [[verschickt|raus]]; Kopie an {c.email}.""", c=c, d=g.date())


# ------------------------------------------------------------------ expense_reimbursement

@t("expense_reimbursement")
def ex1(g):
    f = g.staff()
    s = g.staff()
    return g.r("""Hallo {f.first},

[[anbei|im Anhang]] meine Belege von der [[Messe|Lieferantenreise]] in {town}: Bahn {m1}, Hotel {m2}<<, Abendessen {m3}>>. Kannst du das bitte auf mein Konto überweisen, IBAN {s.iban}?

Danke und Gruß
{s.full}
{sn}""", f=f, s=s, town=g.pick(["Friedrichshafen", "München", "Nürnberg", "Innsbruck", "Bern"]), m1=g.money(40, 180),
               m2=g.money(90, 300), m3=g.money(20, 60), sn=g.store().name)


@t("expense_reimbursement")
def ex2(g):
    f = g.staff()
    s = g.staff()
    return g.r("""{s.first}, [[deine Reisekostenabrechnung über|die Abrechnung über]] {m} ist [[freigegeben|genehmigt]] und kommt mit dem {AT?[[Jänner-Gehalt|nächsten Gehalt]]|nächsten Gehalt}. [[Originalbelege bitte aufheben.|Belege sind abgelegt.]] – {f.full}, Buchhaltung""", f=f, s=s, m=g.money(30, 400))


@t("expense_reimbursement")
def ex3(g):
    s = g.staff()
    return g.r("""Kilometergeld {d}: von zu Hause ({s.a1}) zum [[Lieferanten|Lager]] nach {town} und zurück, {km} km. <<Parken {m}.>> {s.full}""", s=s, d=g.date(), town=g.pick(["Augsburg", "Ulm", "Wels", "Kufstein", "Winterthur"]), km=g.rng.randrange(30, 420), m=g.money(3, 15))


@t("expense_reimbursement")
def ex4(g):
    s = g.staff()
    m = g.staff()
    return g.r("""Hallo {s.first},

ich kann die Abrechnung [[noch nicht freigeben|leider noch nicht buchen]]: Die Hotelrechnung fehlt<< und der Taxibetrag passt nicht>>. Schick sie bitte an {fin} oder gib sie {m.full} im Büro.

{bye}""", s=s, m=m, fin=g.shop_mail("buchhaltung"), bye=gruss(g, m, False, "Buchhaltung"))


# ------------------------------------------------------------------ b2b_account_application

@t("b2b_account_application", reg="sie")
def ba1(g):
    p = g.person()
    club = g.pick(["Alpenverein Sektion Hochland", "Skiclub Schneekristall", "Seeufer Gymnasium", "Wanderfreunde Rheinblick", "Bergrettung Ortsstelle Talboden", "Alpinschule Gipfelglück"])
    return g.r("""Sehr geehrte Damen und Herren,

{club} möchte ein Kundenkonto mit Zahlung auf Rechnung eröffnen.

Ansprechpartner{p?|in}: {p.full}, {role}
Anschrift: {p.a1}
Telefon: {p.phone}
E-Mail: {p.email}

Die Zahlung erfolgt per Lastschrift von {p.iban}<< (Kontoinhaber: {club})>>.

{bye}""", p=p, club=club, role=g.pick(["Kassier" if g.country == "AT" else "Kassenwart", "Schriftführung", "Fachschaft Sport", "Materialwart"]), bye=gruss(g, p, True))


@t("b2b_account_application")
def ba2(g):
    p = g.person()
    s = g.staff()
    return g.r("""{hi}

{du?euer|Ihr} Kundenkonto ist eröffnet: Kreditlimit {m}, Zahlungsziel 30 Tage. {du?Eure|Ihre} Ansprechperson bei uns ist {s.full} ({s.email}<<, {tel}>>).

{sig}""", p=p, s=s, hi=hallo(g, p), m=g.money(1000, 5000), tel=g.store().phone, sig=team_sig(g, g.staff(), "Geschäftskunden"))


@t("b2b_account_application")
def ba3(g):
    p = g.person()
    q = g.person(country=p.country)
    return g.r("""{AT?Servus|{CH?Grüezi|[[Hallo|Guten Tag]]}},
ab sofort bitte alle Rechnungen an {q?unseren neuen Kassenwart|unsere neue Kassenwartin} {q.full}, {q.a1}<<, {q.email}>>. [[Ich habe das Amt abgegeben.|{p.full} ist nicht mehr im Vorstand.]]
[[Gruß|Viele Grüße]], {p.first}""", p=p, q=q)


@t("b2b_account_application")
def ba4(g):
    p = g.person()
    return g.r("""Bonitätsprüfung: Antragsteller{p?|in} {p.LF} ({club}); Privatanschrift {p.a1}; [[Ergebnis ok|unauffällig]], Limit {m}.""", p=p, club=g.pick(["Seeufer Gymnasium", "Skiclub Schneekristall", "Zweite Runde e.V."]), m=g.money(500, 3000))


# ------------------------------------------------------------------ alteration_ticket

@t("alteration_ticket")
def at1(g):
    c = g.person()
    return g.r("""[[Änderungsschein {n}|Die {c.last}-Hose (Schein {n})|Schein {n}, Auftrag {c.last}]]: {p}, [[um {cm} cm kürzen|{cm} cm kürzen]]<< (beide Beine)>>. {c?Kunde|Kundin} {c.full}, {c.phone}. Fertig am {d}.""", c=c, n=g.rng.randrange(100, 999), p=g.pick(["Wintersteig-Hose", "Almweg-Hose"]), cm=g.rng.randrange(2, 7), d=g.date())


@t("alteration_ticket")
def at2(g):
    c = g.person()
    return g.r("""{AT?Servus|{CH?Grüezi|Hallo}},
könnt ihr die Almweg-Hose kürzen, die ich [[gestern|am {d}]] gekauft habe? Ich bringe sie am {day} vorbei<< und hole sie eine Woche später ab>>.
{c.first} ({c.mobile})""", c=c, d=g.date(), day=g.weekday(g.next_date(5)))


@t("alteration_ticket")
def at3(g):
    c = g.person()
    st = g.store()
    return g.r("""{hi} {du?deine|Ihre} Hose ist fertig und liegt in {sta} bereit. [[Bitte den Abholschein mitbringen.|Schein-Nr. {n}.]] <<Fragen: {tel}>>""", c=c, hi=hallo(g, c), sta=st.a1, n=g.rng.randrange(100, 999), tel=st.phone)


@t("alteration_ticket")
def at4(g):
    c = g.person()
    return g.r("""Abholschein verloren: {c.hon} {c.last} [[hatte den Schein nicht dabei|hat den Änderungsschein verloren]]; [[identifiziert über|abgeglichen mit]] Telefon {c.phone} und Adresse {c.st}. Hose am {d} übergeben.""", c=c, d=g.date())


# ------------------------------------------------------------------ delivery_slot_rebooking

@t("delivery_slot_rebooking")
def dr1(g):
    c = g.person()
    return g.r("""{AT?Servus|{CH?Grüezi|[[Hallo|Guten Tag]]}},
können wir die Lieferung zu {o} auf {day}nachmittag verschieben? Vor [[14 Uhr|zwei]] ist bei {c.a1} niemand zu Hause.
{CH?Natel|Handy}: {c.mobile}
{n}""", c=c, o=g.order(), day=g.weekday(g.next_date(6)), n=g.pick([c.first, c.full]))


@t("delivery_slot_rebooking")
def dr2(g):
    c = g.person()
    s = g.staff()
    return g.r("""{hi}

[[erledigt|alles klar]]: {du?deine|Ihre} Lieferung ist jetzt für den {d} zwischen [[12 und 16 Uhr|14 und 18 Uhr]] eingeplant. Der Fahrer ruft etwa 30 Minuten vorher unter {c.phone} an.

{sig}""", c=c, hi=hallo(g, c), d=g.date(), sig=team_sig(g, s))


@t("delivery_slot_rebooking")
def dr3(g):
    c = g.person()
    s = g.staff()
    return g.r("""{t1} {cl}: [[hallo, kann ich den liefertag ändern?|hi, ich brauch einen anderen liefertermin]]
{t2} {sf}: Klar. [[Welche Bestellnummer?|Hast du die Bestellnummer?]]
{t3} {cl}: {o}, [[adresse|geht an]] {c.st}
{t4} {sf}: [[Danke, gefunden.|Hab's.|Ok, die {ll}-Lieferung.]] Donnerstag 8–12 oder Freitag 12–16?
{t5} {cl}: freitag bitte""", c=c, cl=g.pick([c.lowf, c.first]), ll=c.lowl, sf=s.first, o=g.order(), t1=g.time(), t2=g.time(), t3=g.time(), t4=g.time(), t5=g.time())


@t("delivery_slot_rebooking")
def dr4(g):
    c = g.person()
    n = g.person(country=c.country)
    return g.r("""Umgebucht {o}: {c.full}, neuer Termin {day} [[8–12|12–16|nachmittags]]. Falls niemand da: bei {n?Nachbar|Nachbarin} {n.full}, {n.st}, abgeben.""", c=c, n=n, o=g.order(), day=g.weekday(g.next_date(5)))


# ------------------------------------------------------------------ key_holder_handover

@t("key_holder_handover")
def kh1(g):
    a, b, c = g.staff(), g.staff(), g.staff()
    st = g.store()
    return g.r("""Ab {AT?[[Mitte Jänner|{day}]]|{day}} übernimmt {a.full} die Schlüsselverantwortung für {sn} von {b.full}. Neue Alarmkette für den Sicherheitsdienst:
1. {a.full}, {a.mobile}
2. {c.full}, {c.mobile}
3. Festnetz Filiale {tel}""", a=a, b=b, c=c, sn=st.name, day=g.weekday(g.next_date(5)), tel=st.phone)


@t("key_holder_handover")
def kh2(g):
    a, b = g.staff(), g.staff()
    return g.r("""Schlüsselübergabe am {d} um {tm} Uhr: {a.first} hat Satz B zurückgegeben, {b.first} hat Satz A<< und den Alarmchip>> quittiert. [[Privatadresse|{b.first}{b.sfx} Privatadresse]] für den Sicherheitsdienst: {b.a1}.""", a=a, b=b, d=g.date(), tm=g.time())


@t("key_holder_handover", reg="sie")
def kh3(g):
    a, b = g.staff(), g.staff()
    m = g.staff()
    return g.r("""Sehr geehrte Damen und Herren,

bitte aktualisieren Sie die Schlüsselträgerliste für Objekt {n}: {a.full} entfällt, neu ist {b.full}, mobil {b.mobile}, E-Mail {b.email}.

{bye}""", a=a, b=b, n=g.rng.randrange(1000, 9999), bye=gruss(g, m, True, "Filialleitung"))


@t("key_holder_handover")
def kh4(g):
    a, b = g.staff(), g.staff()
    return g.r("""[[Info|Kurz zur Info]]: {a.first} hat {a?seine|ihre} Schlüssel zu Hause vergessen, der Ersatzsatz liegt bei {b.full} ({b.phone}). <<Öffnung wie immer um 9.>>""", a=a, b=b)


# ------------------------------------------------------------------ store_opening_rsvp

@t("store_opening_rsvp")
def so1(g):
    c = g.person()
    p = g.person(country=c.country)
    return g.r("""Danke für die Einladung zur Eröffnung von {sn} am {d}. Ich komme gern mit {rel} {p.full}<<, wenn das passt>>.
{bye}""", c=c, p=p, sn=g.store().name, d=g.date(), rel=("meinem Partner" if p.gender == "m" else "meiner Partnerin") if g.chance(0.5) else ("meinem Kollegen" if p.gender == "m" else "meiner Kollegin"), bye=g.pick([gruss(g, c, False), ["Danke!\n", c.sh], ["Gruß\n", c.sh]]))


@t("store_opening_rsvp")
def so2(g):
    c = g.person()
    s = g.staff()
    st = g.store()
    return g.r("""{hi}

schön, dass {du?du kommst|Sie kommen}! {du?Du stehst|Sie stehen} für den {d} auf der Gästeliste<< mit Begleitung>>. Einlass ab 18 Uhr in {sta}; [[Parkplätze gibt es hinter dem Haus|die Tram hält direkt vor der Tür]].

{sig}""", c=c, hi=hallo(g, c), d=g.date(), sta=st.a1, sig=team_sig(g, s, "Events"))


@t("store_opening_rsvp")
def so3(g):
    a, b, c, d = g.person(), g.person(), g.person(), g.person()
    return g.r("""Zusagen bisher: {a.full} (+1), {b.full}, {c.lf} (+2) und {d.full}. [[Vom Kletterclub fehlt noch die Antwort.|{n} Einladungen sind noch offen.]]""", a=a, b=b, c=c, d=d, n=g.rng.randrange(4, 30))


@t("store_opening_rsvp")
def so4(g):
    c = g.person()
    return g.r("""[[Leider kann ich am Eröffnungsabend nicht|Am Abend der Eröffnung bin ich leider verreist]]. [[Viel Erfolg mit der neuen Filiale!|Bitte ladet mich zum nächsten Event wieder ein.]]
{c.full}
{c.a2}""", c=c)


# ------------------------------------------------------------------ community_hike_recap (no cue words)

@t("community_hike_recap", invented=False)
def ch1(g):
    a, b, c = g.person(cue=False), g.person(cue=False), g.person(cue=False)
    return g.r("""[[Zwölf Leute|Eine schöne Gruppe]] traf sich um sieben am Parkplatz. {a.full} führte durch den Wald nach oben<<, während sich der Nebel hob>>. {b.full} und {c.full} hatten Tee für den Gipfel dabei, und {a.last} [[hat den Abstieg perfekt getimt|brachte uns vor dem Regen zurück]].""", a=a, b=b, c=c)


@t("community_hike_recap", invented=False)
def ch2(g):
    a, b = g.person(cue=False), g.person(cue=False)
    return g.r("""Die Fotos von der [[Samstagstour|Wanderung am Wochenende]] sind online: {a.full} am Grat, {b.full} [[am Bergsee|beim Wasserfall]]<< und die ganze Gruppe am Gipfelkreuz>>.""", a=a, b=b)


@t("community_hike_recap", invented=False)
def ch3(g):
    a, b, c = g.person(cue=False), g.person(cue=False), g.person(cue=False)
    return g.r("""Glückwunsch an {a.full}, {a?der|die} {AT?heuer|dieses Jahr} alle [[zwölf|zehn]] Vereinstouren mitgegangen ist, und an {b.full}, [[seit März dabei und keine Tour verpasst|{b?unser jüngster|unsere jüngste}]]. {c.full} übernimmt das Winterprogramm.""", a=a, b=b, c=c)


@t("community_hike_recap", invented=False)
def ch4(g):
    a, b, c = g.person(cue=False), g.person(cue=False), g.person(cue=False)
    return g.r("""[[Was für ein Tag|Langer Tag]]: 19 km, 900 Höhenmeter. {a.full} und {b.full} gingen als Schlusslicht, {c.full} verteilte am Joch [[Müsliriegel|Brote]]. {CH?Nächste Tour in vier Wochen, bis dann!|[[Nächste Tour in vier Wochen.|Gleiche Zeit nächsten Monat.]]}""", a=a, b=b, c=c)


# ------------------------------------------------------------------ ceo_escalation_letter

@t("ceo_escalation_letter", reg="sie")
def ce1(g):
    md = g.staff()
    c = g.person()
    return g.r("""{hi}

ich wende mich direkt an Sie, weil [[drei E-Mails an den Kundenservice|meine Beschwerden]] unbeantwortet geblieben sind. Die Bestellung {o} [[kam beschädigt an|ist nie angekommen]]<< ({d})>>, und ich warte noch immer auf [[mein Geld|die Erstattung]].

Meine Anschrift:
{c.a2}
Telefon: {c.phone}

Mit freundlichen Grüßen
{c.full}""", md=md, c=c, hi=hallo(g, md, True), o=g.order(), d=g.date())


@t("ceo_escalation_letter", reg="sie")
def ce2(g):
    md = g.staff()
    c = g.person()
    s = g.staff()
    return g.r("""{hi}

{md.full} hat mich gebeten, Ihr Schreiben [[vom {d}|]] zu beantworten. [[Es tut uns leid, dass Sie zweimal schreiben mussten.|Bitte entschuldigen Sie die Verzögerung.]] [[Die Erstattung über {m} ist heute rausgegangen.|Ein Ersatz ist unterwegs.]]

Sie erreichen mich direkt unter {s.phone}.

{bye}""", md=md, c=c, s=s, hi=hallo(g, c, True), d=g.date(), m=g.money(30, 350), bye=gruss(g, s, True, "Büro der Geschäftsführung"))


@t("ceo_escalation_letter")
def ce3(g):
    md = g.staff()
    c = g.person()
    return g.r("""[[{md.first} hat das weitergeleitet|Die {c.last}-Beschwerde kam über {md.first}]] – kann [[heute noch|bis 17 Uhr]] jemand {c.full} unter {c.phone} anrufen? [[Erstattung ist freigegeben.|Kulanzgutschein ist ok.]]""", md=md, c=c)


@t("ceo_escalation_letter")
def ce4(g):
    c = g.person()
    return g.r("""An die Geschäftsführung: [[Sie haben mein Geld seit sechs Wochen|in der Filiale geht niemand ans Telefon]]. [[Ich erwarte diese Woche eine Antwort.|So geht das nicht.]] {c.full}, {c.email}""", c=c)


# ------------------------------------------------------------------ restock_waitlist

@t("restock_waitlist")
def rw1(g):
    c = g.person()
    p = g.prod()
    return g.r("""[[Könnt ihr mir Bescheid geben|Bitte sagt mir Bescheid]], wenn {p} in {col}, {sz}, wieder da ist? {how}: {v}. [[Danke|Merci]], {c.first}""", c=c, p=p.nom, col=p.colour, sz=p.sizep, **g.pick([dict(how="Meine Mail", v=c.email), dict(how="SMS oder Anruf", v=c.mobile)]))


@t("restock_waitlist")
def rw2(g):
    a, b, c = g.person(), g.person(), g.person()
    p = g.prod()
    return g.r("""Warteliste {p} {sz} {col}: {a.full} ({a.phone}), {b.full} ({b.email}), {c.lf}<< (kein Kontakt, an der {AT?Kassa|Kasse} fragen)>>.""", a=a, b=b, c=c, p=p.short, sz=p.size, col=p.colour)


@t("restock_waitlist")
def rw3(g):
    c = g.person()
    s = g.staff()
    p = g.prod()
    return g.r("""{hi}

gute Nachrichten: {pn} in {col} ist wieder da. Wir haben {du?dir|Ihnen} ein Exemplar bis {d} in {sn} zurückgelegt.{AT?<< Die nächste Lieferung kommt erst im Jänner.>>|}

{sig}""", c=c, hi=hallo(g, c), pn=p.nom, col=p.colour, d=g.date(), sn=g.store().name, sig=team_sig(g, s, "Filialteam"))


@t("restock_waitlist")
def rw4(g):
    c = g.person()
    p = g.prod()
    return g.r("""{sn}: {n}, {du?dein|Ihr} reservierter Artikel ({p}) liegt bis {d} bereit. Fragen? {tel}""", c=c, n=g.pick([c.first, c.full]), sn=g.store().name, p=p.short, d=g.date(), tel=g.store().phone)


@t("restock_waitlist")
def rw5(g):
    c = g.person()
    a = g.staff()
    b = g.staff()
    p = g.prod()
    return g.r("""{t1} {al}: weiß wer, ob {pa} für {cl} gekommen ist? [[{c?der kunde|die kundin}|{c?er|sie}]] hat nochmal angerufen
{t2} {bl}: [[jep|ja]], {sz} in {col}, liegt hinten{CH?, merci| }
{t3} {al}: {AT?leiwand|super}, ich schreib {cf} an {ph}""", c=c, al=a.lowf, bl=b.lowf, cl=c.low, cf=c.lowf, ph=c.mobile, pa=p.nom.lower(), sz=p.size.lower(), col=p.colour.lower(), t1=g.time(), t2=g.time(), t3=g.time())


# ================================================================== texts without personal data

ct = CLEAN.t


@ct("care_instructions")
def cl_care1(g):
    p = g.prod()
    return g.r("""Pflegehinweis {p}: bei 30 °C im Schonwaschgang waschen, [[ohne Weichspüler|keinen Weichspüler verwenden]]. [[Im Trockner bei niedriger Temperatur reaktivieren.|Liegend trocknen.]] <<Läuft sie ein? Nicht, wenn du bei 30 °C bleibst.>>""", p=p.de)


@ct("care_instructions")
def cl_care2(g):
    return g.r("""Daunenpflege: die Kaltkar allein mit Daunenwaschmittel waschen, [[zweimal|dreimal]] spülen, dann mit [[zwei|drei]] [[Tennisbällen|Trocknerbällen]] trocknen. [[Kann drei Stunden dauern.|Bis zu drei Stunden einplanen.|Geduld lohnt sich.]] Farbe: {col}, {sz}.""", col=g.pick(["Alpenglühen", "Gratblau", "Schiefer"]), sz=g.pick(["Größe S", "Größe M", "Größe L", "Größe XL"]))


@ct("care_instructions")
def cl_care3(g):
    p = g.prod()
    return g.r("""Merino-Tipp: [[das Morgengrat|die Trittweg-Socken|{p}]] nach dem Tragen auslüften statt waschen. [[Der Koch auf der Hütte schwört darauf, und auch der Bauer nebenan.|Das sagt auch der Koch auf der Hütte.|Der Bauer, der uns die Wolle zeigt, macht es genauso.]] Motten mögen Wolle im Dunkeln – [[mit Zedernholz lagern|Lavendelsäckchen helfen|luftdicht verpacken]].""", p=p.de)


@ct("care_instructions")
def cl_care4(g):
    return g.r("""Schuhpflege: den Steinlauf nach jedem [[Lauf|Einsatz]] ausspülen und [[bei Zimmertemperatur|nicht am Ofen|mit Zeitungspapier]] trocknen. Ersatzschnürsenkel: SKU TG-TS-100-L, {m}. <<Im Winter die Sohle öfter prüfen.>> [[Größen EU 38–47.|Auch in halben Größen.]]""", m=g.money(value=4.95))


@ct("carrier_cutoff_table")
def cl_cut1(g):
    return g.r("""Bestellschluss: Standard 15:00, Express 12:00, Samstagszustellung Freitag 11:00 Uhr. Depot-Ref. {r}. [[Inseln und Bergregionen: ein Tag mehr.|Zustellung nach 6763 Zürs kann länger dauern.]]""", r=g.phone_like_ref())


@ct("carrier_cutoff_table")
def cl_cut2(g):
    return g.r("""Abholplan ab {d}:
Mo–Fr 16:30 Wechselbrücke {t1}
Sa 11:00 Wechselbrücke {t2}
Feiertage: keine Abholung.""", d=g.date(), t1=g.phone_like_ref(), t2=g.phone_like_ref())


@ct("carrier_cutoff_table")
def cl_cut3(g):
    return g.r("""Laufzeiten [[nach Österreich|in die Schweiz]]: 2–4 Werktage. Sendungen nach {pc} {tn} [[können im Winter einen Tag länger brauchen|verzögern sich bei Schneefall]]. Zollreferenz-Format: {r}.""", pc=g.pick(["6020", "8001", "3800", "9500"]), tn=g.pick(["Innsbruck", "Zürich", "Interlaken", "Villach"]), r=g.phone_like_ref())


@ct("carrier_cutoff_table")
def cl_cut4(g):
    return g.r("""Letzte Bestelltermine vor Weihnachten: Standard {d1}, Express {d2}, Click & Collect {d3}. [[Spätere Bestellungen kommen im neuen Jahr.|Danach gibt es keine Garantie.]]""", d1=g.date(), d2=g.date(), d3=g.date())


@ct("till_z_report")
def cl_z1(g):
    return g.r("""Z-Bon {AT?Kassa|Kasse} 2, {d}: {n} Bons, bar {m1}, Karte {m2}, Gutscheine {m3}. Wechselgeld {m4}. Bericht Nr. {r}.""", d=g.date(), n=g.rng.randrange(40, 260), m1=g.money(200, 900), m2=g.money(1000, 6000), m3=g.money(20, 300), m4=g.money(value=150), r=g.rng.randrange(1000, 9999))


@ct("till_z_report")
def cl_z2(g):
    return g.r("""Tagesumsatz {d}
Schuhe {m1}
Jacken {m2}
Rucksäcke {m3}
Retouren -{m4}
[[Topseller: Schauerpass in Enzian.|Meistverkauft: Trittweg-Socken.]]""", d=g.date(), m1=g.money(100, 900), m2=g.money(500, 3000), m3=g.money(100, 1500), m4=g.money(20, 300))


@ct("till_z_report")
def cl_z3(g):
    return g.r("""Kassendifferenz {d}: [[−{m}|+{m}]], zweimal gezählt. Batch {b}, Terminal-ID {tid}. [[Nichts weiter zu tun.|An die Bezirksleitung gemeldet.]]""", d=g.date(), m=g.money(1, 20), b=g.rng.randrange(100, 999), tid=g.phone_like_ref())


@ct("till_z_report")
def cl_z4(g):
    return g.r("""Wochenbericht KW {w}: Umsatz {m1}, Besucher {n}, Konversion {c} %. [[Winterkollektion läuft gut.|Die Mai-Aktion endete am Sonntag.]]""", w=g.rng.randrange(1, 53), m1=g.money(5000, 40000), n=g.rng.randrange(400, 3000), c=g.rng.randrange(12, 38))


@ct("wholesale_partner_list")
def cl_wp1(g):
    return g.r("""Händler 2026: [[Koch & Bauer Bergsport GmbH|Sport Fuchs]] (Kempten), [[Vogel & Winter Textil KG|Wolf Alpin]] (Innsbruck), [[Schneider Alpin GmbH|Jäger Outdoor KG]] (Chur), [[Müller & Sommer Kartonagen|Hahn & Specht Outdoor]] (Ulm).""")


@ct("wholesale_partner_list")
def cl_wp2(g):
    return g.r("""Neue Partner diese Saison:
- [[Bergsport König|Sport Fuchs|Wolf Alpin]], [[Garmisch|Kempten|Lienz]]
- [[Klein & Lang Seilerei|Bäckerei Sommer (Hüttenproviant)|Metzgerei Jäger]], [[Rosenheim|Bad Tölz]]
- [[Fischer Outdoor AG|Weber Textil|Vogel & Winter Textil KG]], [[Luzern|Chur]]
Konditionen: {n} Tage netto.""", n=g.pick(["14", "30", "45", "60"]))


@ct("wholesale_partner_list")
def cl_wp3(g):
    return g.r("""Lieferantenbewertung Q{q}: Fuchs Schnallen GmbH A, Vogel Etiketten B, [[Winter Reißverschlüsse|Richter Bänder]] A, Engel & Co Kartonagen B. [[Nächste Prüfung im Mai.|Nächste Runde im Winter.]]""", q=g.rng.randrange(1, 5))


@ct("wholesale_partner_list")
def cl_wp4(g):
    return g.r("""Messestände: Halle B {a} [[Koch Messerschmiede|Wolf & Fuchs Messer]]; Halle C {b} Schnee & Frost Bekleidung; Halle A {c} [[Hammer Zeltbau|Adler Seile]].""", a=g.rng.randrange(100, 400), b=g.rng.randrange(100, 400), c=g.rng.randrange(100, 400))


@ct("pos_update_notice")
def cl_pos1(g):
    return g.r("""Kassensoftware {v} geht am {d} live. Müssen die Kartenterminals neu starten? Ja, einmal nach 20 Uhr. Build {b}.""", v="%d.%d.%d" % (g.rng.randrange(3, 9), g.rng.randrange(0, 20), g.rng.randrange(0, 30)), d=g.date(), b=g.rng.randrange(1000, 9999))


@ct("pos_update_notice")
def cl_pos2(g):
    return g.r("""Etikettendrucker-Firmware {v}: behebt den GTIN-Prüfziffernfehler und die Mai-Preisetiketten. [[Vor dem Winterschlussverkauf installieren.|Bis Freitag auf allen Druckern.]]""", v="%d.%d.%d" % (g.rng.randrange(1, 5), g.rng.randrange(0, 12), g.rng.randrange(0, 20)))


@ct("pos_update_notice")
def cl_pos3(g):
    return g.r("""Webshop-Release {v}
- schnellere Farbsuche (Tannenschatten, Hüttenorange, Flechte)
- [[behoben|Fix]]: Größe EU 42,5 fehlte beim Steinlauf
- bekannt: Das Banner zur Kulanzfrist erscheint doppelt""", v="%d.%d.%d" % (g.rng.randrange(10, 30), g.rng.randrange(0, 12), g.rng.randrange(0, 10)))


@ct("pos_update_notice")
def cl_pos4(g):
    return g.r("""Scanner-App {v} ist da. Läuft sie auf den alten Handhelds? Nur ab {v2}. Ticket {t}.""", v="%d.%d.%d" % (g.rng.randrange(2, 6), g.rng.randrange(0, 10), g.rng.randrange(0, 10)), v2="%d.%d.%d" % (g.rng.randrange(1, 3), g.rng.randrange(0, 10), g.rng.randrange(0, 10)), t=g.ticket())


@ct("hut_menu")
def cl_hut1(g):
    return g.r("""Hüttenkarte: Jägereintopf {m1}, [[Kaiserschmarrn|Bauernomelett]] {m2}, Hagebuttentee {m3}. [[Nur von Mai bis Oktober.|Küche bis 20 Uhr.]]""", m1=g.money(9, 16), m2=g.money(6, 12), m3=g.money(2, 4))


@ct("hut_menu")
def cl_hut2(g):
    return g.r("""Heute: [[Bärlauchsuppe (im Mai gepflückt)|Gerstensuppe|Kaspressknödelsuppe]], [[Empfehlung vom Koch|der Koch empfiehlt Knödel|Jägerschnitzel]], [[Apfelstrudel|Kaiserschmarrn|Germknödel]] {m}. Vegan? Bitte an der Theke fragen.""", m=g.money(5, 12))


@ct("hut_menu")
def cl_hut3(g):
    return g.r("""Frühstück 7–9 Uhr, Lunchpaket {m} (am Vorabend bestellen). Hüttenruhe ab 22 Uhr. Trockenraum neben dem Schuhraum. <<Der Wirt ist ab Winter wieder da.>>""", m=g.money(7, 12))


@ct("hut_menu")
def cl_hut4(g):
    return g.r("""Winterkarte: Fuchsbergtorte, Brotzeit vom Bäcker aus dem Tal, heiße Schokolade {m}. [[Preise inkl. MwSt.|Nur Barzahlung.]]""", m=g.money(3, 5))


@ct("nature_trail_leaflet")
def cl_nt1(g):
    return g.r("""Station {n}: Achte auf Fuchsspuren im [[Matsch|Schnee]] und hör auf den [[Zaunkönig|Specht|Buchfink]]. [[Ab Mai|Im Mai]] blüht die [[Heckenrose|Wildrose]] an der Mauer. PLZ des Parkplatzes: {pc}.""", n=g.rng.randrange(1, 9), pc=g.pick(["87561", "83646", "6370", "82467", "3800"]))


@ct("nature_trail_leaflet")
def cl_nt2(g):
    return g.r("""Der Wolf ist [[vor über hundert Jahren|im 19. Jahrhundert|lange vor unserer Zeit]] aus diesen Bergen verschwunden; der Jägerstein am Grat [[markiert eine alte Grenze|ist ein schöner Aussichtspunkt|ist der Wendepunkt]]. Länge {d} km, {a} Hm.""", d=g.pick(["4,8", "6,4", "7,2", "9,5"]), a=g.rng.randrange(150, 700))


@ct("nature_trail_leaflet")
def cl_nt3(g):
    return g.r("""[[Wintervögel|Frühlingsvögel]] am [[See|Weiher|Bach]]: [[Graureiher|Gänsesäger|Zwergtaucher]], Buchfink, Eisvogel. Der Vogel mit dem roten Bauch ist ein Gimpel. [[Mit Glück siehst du in der Dämmerung einen Fuchs.|Fernglas nicht vergessen.|Bitte auf den Wegen bleiben.]] Station {n} von 8.""", n=g.rng.randrange(1, 9))


@ct("nature_trail_leaflet")
def cl_nt4(g):
    return g.r("""Weg zur Winterrinne: [[bis {d} wegen Bauarbeiten gesperrt|nach Regen rutschig]]. Alternative über die Fuchsklamm und den Königsbach (+1,5 km).""", d=g.date())


@ct("carrier_exception_report")
def cl_ce1(g):
    return g.r("""Ausnahmen {d}: Sendung {p1} Adressetikett beschädigt; Sendung {p2} [[Annahme verweigert|zurück ins Depot]]; Depot-Ref. {r}.""", d=g.date(), p1=g.parcel(), p2=g.parcel(), r=g.phone_like_ref())


@ct("carrier_exception_report")
def cl_ce2(g):
    return g.r("""Verzögert: {n} Sendungen wegen [[Schnee am Brenner|Sperre am Arlberg]]. Auftrag {o}, Sendung {p}. Reklamationsfall {t}.""", n=g.rng.randrange(2, 40), o=g.order(), p=g.parcel(), t=g.ticket())


@ct("carrier_exception_report")
def cl_ce3(g):
    return g.r("""Nachforschung {t}: letzter Scan am {d} im Hub {r}. [[Abschreibung nach 10 Tagen.|Suche läuft.]] Inhalt: 2 × GTIN {gt}.""", t=g.ticket(), d=g.date(), r=g.phone_like_ref(), gt=g.gtin())


@ct("carrier_exception_report")
def cl_ce4(g):
    return g.r("""Retouren an Absender:
{p1} – Empfänger unbekannt
{p2} – nicht abgeholt
{p3} – beschädigt
Palette {r}.""", p1=g.parcel(), p2=g.parcel(), p3=g.parcel(), r=g.phone_like_ref())


@ct("price_label_batch")
def cl_pl1(g):
    p = g.prod()
    return g.r("""Etikettenauftrag {b}: {p}, {col}, {sz}, GTIN {gt}, {m}. Menge {q}.""", b=g.rng.randrange(100, 999), p=p.de, col=p.colour, sz=p.sizep, gt=g.gtin(), m=g.money(value=p.eur), q=g.rng.randrange(2, 40))


@ct("price_label_batch")
def cl_pl2(g):
    p1, p2 = g.prod(), g.prod()
    return g.r("""Sale-Etiketten:
{s1} {p1} statt {m1} jetzt {n1}
{s2} {p2} statt {m2} jetzt {n2}""", s1=p1.sku, p1=p1.short, m1=g.money(value=p1.eur), n1=g.money(value=round(p1.eur * 0.7, 2)), s2=p2.sku, p2=p2.short, m2=g.money(value=p2.eur), n2=g.money(value=round(p2.eur * 0.7, 2)))


@ct("price_label_batch")
def cl_pl3(g):
    p = g.prod()
    return g.r("""Regaletiketten neu drucken für {sku} ({col}): GTIN {g1}, {g2}. [[Falscher Preis auf den Mai-Etiketten.|Alte Etiketten zeigen den Winterpreis.]]""", sku=p.sku, col=p.colour, g1=g.gtin(), g2=g.gtin())


@ct("price_label_batch")
def cl_pl4(g):
    p = g.prod()
    return g.r("""Preisprüfung {d}: {p} {m}, Regal {sh}, GTIN {gt}. Passt.""", d=g.date(), p=p.de, m=g.money(value=p.eur), sh=g.pick(["A3", "B12", "C4", "W7"]), gt=g.gtin())


@ct("training_module_plan")
def cl_tr1(g):
    return g.r("""Schulungsplan {d}: 09:00 Zwiebelprinzip im Winter, 10:30 [[Schuhberatung|Rucksackanpassung]], 13:00 {AT?Kassa|Kasse} und Retouren, 15:00 [[Daunenpflege|Reparaturen]]. Raum 2.""", d=g.date())


@ct("training_module_plan")
def cl_tr2(g):
    return g.r("""Modul {n} – Farbnamen: [[Tannenschatten, Felsgrau, Gratblau, Enzian, Alpenglühen|Hüttenorange, Flechte, Moorbraun, Kalkstein, Schiefer|Schiefer, Tannenschatten, Hüttenorange, Gratblau]]. [[Nicht „rosa“ oder „lachs“ sagen.|Nur diese Namen verwenden.|Keine erfundenen Farbnamen.]] Quiz am {d}.""", n=g.rng.randrange(2, 9), d=g.date())


@ct("training_module_plan")
def cl_tr3(g):
    return g.r("""E-Learning: [[Rückgaberegeln|DSGVO-Grundlagen]] (20 min), Brandschutz (15 min), [[Erste Hilfe|Heben und Tragen]] (30 min). Frist {d}. Zählt als Arbeitszeit.""", d=g.date())


@ct("training_module_plan")
def cl_tr4(g):
    return g.r("""Einarbeitung Woche {w}: Mo Einführung, Di [[Verkaufsfläche|Lager]], Mi Produktschulung [[Rucksäcke|Jacken|Schuhe]], Do {AT?Kassa|Kasse}, Fr [[Mitlaufen|Patenschicht]]. [[Im Winter zusätzlich Schneeschuhe und die Wintersteig.|Sicherheitsschuhe mitbringen.|Mittagessen wird gestellt.]]""", w=g.rng.randrange(1, 4))