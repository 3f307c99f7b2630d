"""German prose templates of the dev half of the twenty-ninth PII bank (dev29).

Written in German (not translated), with du and Sie, Austrian and Swiss variants.
18 prose genres with personal data and 10 genres without personal data.
"""

from pii29_dev_core import Lab, PRODUCTS
from pii29_dev_names import ascii_fold

PII = {}
NOPII = {}


def T(genre, cty=None):
    def deco(f):
        f.cty = cty
        PII.setdefault(genre, []).append(f)
        return f
    return deco


def NP(genre, mode="prose"):
    def deco(f):
        f.cty = None
        f.mode = mode
        NOPII.setdefault(genre, []).append(f)
        return f
    return deco


def anrede(c, p, du=None):
    """Salutation with its comma (the honorific stays outside the span)."""
    du = c.chance(0.45) if du is None else du
    if c.cty == "CH":
        if du:
            return c.ch([["Hoi ", p.first_given(), ","], ["Sali ", p.first_given(), ","], [p.liebe(), ","]])
        return c.ch([["Grüezi ", p.hs(), ","], ["Grüezi ", p.full(), ","], [p.sehr_geehrt(), ","]])
    if c.cty == "AT":
        if du:
            return c.ch([["Servus ", p.first_given(), ","], ["Hallo ", p.first_given(), ","], [p.liebe(), ","]])
        return c.ch([["Grüß Gott, ", p.hs(), ","], [p.sehr_geehrt(), ","], ["Guten Tag ", p.full(), ","]])
    if du:
        return c.ch([["Hallo ", p.first_given(), ","], ["Hi ", p.first_given(), ","], [p.liebe(), ","], ["Moin ", p.first_given(), ","]])
    return c.ch([[p.sehr_geehrt(), ","], ["Guten Tag ", p.full(), ","], ["Hallo ", p.hs(), ","]])


def gruss(c, du=False):
    if c.cty == "CH":
        return c.ch(["Freundliche Grüsse", "Liebe Grüsse", "Beste Grüsse"] + (["En Gruess", "Liebs Grüessli"] if du else []))
    if c.cty == "AT":
        return c.ch(["Liebe Grüße", "Schöne Grüße", "Mit freundlichen Grüßen"] + (["Baba", "LG"] if du else []))
    return c.ch(["Viele Grüße", "Beste Grüße", "Mit freundlichen Grüßen"] + (["LG", "Liebe Grüße"] if du else []))


def er(p, cap=False):
    s = "sie" if p.gender == "f" else "er"
    return s.capitalize() if cap else s


def sein(p):
    return "ihre" if p.gender == "f" else "seine"


def ihm(p):
    return "ihr" if p.gender == "f" else "ihm"


def kennz(c):
    if c.cty == "AT":
        return "%s-%d %s" % (c.ch(["W", "I", "G", "S", "L", "KB", "LI"]), c.ri(100, 9999), "".join(c.ch("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(2)))
    if c.cty == "CH":
        return "%s %d" % (c.ch(["ZH", "BE", "LU", "GR", "SG", "BS"]), c.ri(10000, 999999))
    return "%s-%s %d" % (c.ch(["M", "KE", "OA", "GAP", "HH", "B", "K", "S", "L"]), "".join(c.ch("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(2)), c.ri(10, 9999))


def waehr(c):
    return {"CH": "CHF", "AT": "€", "DE": "€"}.get(c.cty, "€")


# ===========================================================================
# crm_note

@T("crm_note")
def crm_einzeiler(c):
    p = c.person()
    pr = c.product()
    c.s(d=c.date(0, c.ch(["short", "dm"])), wer=c.ch([p.hs_dat(), p.full(), p.full()]), tel=p.mobile(), o=c.order_no(),
        pn=c.pname(pr), col=c.colour(pr))
    c.s(komp=[p.sur(), c.ch(["-Bestellung", "-Retoure", "-Reklamation", "-Akte"])])
    return ("[[{d} –|{d}:|{d}]] [[Telefonat mit|Anruf von|Gespräch mit]] {wer} wg. {o}[[ ({pn})|]] – "
            "[[möchte lieber {col}|fragt nach der Erstattung|mit Umtausch jetzt zufrieden|wartet noch auf Ersatz|Paket lag "
            "offen vor der Tür]]; [[Rückruf|bitte zurückrufen]] unter {tel} [[ab 17 Uhr|morgen früh|am Donnerstag|vor dem Wochenende]]."
            "[[ Die {komp} liegt bei mir.| Die {komp} bitte nicht schließen.|]]")


@T("crm_note")
def crm_verlauf(c):
    p = c.person()
    alt = c.address(p.cty)
    neu = p.addr()
    kopf = c.ch([["Kontaktverlauf – ", p.full()], ["Kunde: ", p.LAST_first()], ["Verlauf ", p.full(), " (", p.email(), ")"]])
    pool = [
        ["Mail: fragt nach Größentabelle ", c.pname(c.product("shoe"))],
        ["Tel.: umgezogen von ", alt.street(), " nach ", neu.one(), "; Adresse geändert"],
        ["Filiale: ", c.pname(), " in ", c.store_town, " gekauft, Kartenzahlung"],
        ["Tel.: neue Handynummer ", p.mobile(), ", alte gelöscht"],
        ["Mail: Erstattung ", c.money(20, 250), " an ", p.iban() if p.cty != "US" else "die hinterlegte Karte"],
        ["Chat: möchte nur per Mail an ", p.email(), " kontaktiert werden"],
        ["Brief: Beschwerde über Lieferzeit, beantwortet von ", c.staff().full()],
    ]
    k = c.ri(3, 6)
    lines = [kopf]
    for i, it in enumerate(c.sample(pool, k)):
        lines.append([c.date(-30 * (k - i) + c.ri(0, 20), "short"), " ", it])
    return c.rows(lines)


@T("crm_note")
def crm_dublette(c):
    p = c.person()
    e1 = c.email_for(p)
    e2 = c.email_for(p)
    if e1.value == e2.value:
        e2 = Lab("EMAIL", "neu." + e2.value)
    c.s(a=p.LAST_first(), b=p.full(), e1=e1, e2=e2, ad=p.addr().one(), n=str(c.ri(2, 7)), komp=[p.sur(), "-Dublette"],
        gen=p.gen_de())
    return ("[[Dubletten zusammengeführt|Doppeltes Kundenkonto bereinigt]]: {a} ({e1}) und {b} ({e2}) – "
            "[[gleiche Adresse|beide]] {ad}. [[Hauptadresse jetzt|Behalten:]] {e2}[[; {n} Bestellungen übertragen|; Bonuspunkte addiert|]]."
            "[[ Die {komp} ist damit erledigt.| {gen} Bonuspunkte sind übertragen.|]]")


@T("crm_note")
def crm_vereinslead(c):
    p = c.person()
    c.s(m=c.ch(["der OutDoor by ISPO", "der Alpinmesse Innsbruck", "dem Filialabend in Kempten", "der Berg & Tal Messe"]),
        p=p.full(), rolle=c.ch(["Vorsitzende" if p.gender == "f" else "Vorsitzender", "Materialwart", "Kassier" if c.cty == "AT" else "Kassenwart",
                               "Tourenleitung"]),
        v=c.ch(["DAV Sektion Allgäu-Kempten", "Alpenverein Innsbruck", "SAC Sektion Pilatus", "Naturfreunde Graz",
                "TSV Oberstdorf Skiabteilung", "Wanderfreunde Leipzig"]),
        e=p.email(), tel=p.phone(p.cty, c.ch(["mobile", "land"])), wt=c.weekday(c.ri(2, 6)))
    return ("Lead von {m}: {p}, {rolle} beim {v}.[[ {e} / {tel}.| Erreichbar unter {tel} oder {e}.]]\n"
            "[[Möchte Gruppenrabatt für 20 Mitglieder.|Will ein Angebot über 25 Hochsattel-Rucksäcke.|Interesse an einem "
            "Anpassabend für den Verein.|Möchte Testjacken für einen Winterkurs leihen.]]\n[[Nachfassen am|Wiedervorlage]] {wt}.")


@T("crm_note", cty="AT")
def crm_at(c):
    p = c.person()
    # the alternative keeps its draw so the rest of the stream stays as it was
    c.s(wer=p.hs(), o=c.order_no(), gen=[p.sur(), "-Reklamation"], tel=p.mobile(), wt=c.weekday(c.ri(1, 4)),
        kd="[[Kundin|Kundin]]" if p.gender == "f" else "[[Kunde|Kunde]]")
    return ("Notiz: {wer} war heute in der Filiale wg. {o}. Die {gen} ist [[noch offen|beim Lieferanten]], "
            "{kd} möchte bis {wt} Bescheid. Tel. {tel}. [[Hab's ins Sackerl mit den Retouren gelegt.|"
            "Kassa-Beleg liegt bei.]]")


# ===========================================================================
# support_email

def _agent(c, du):
    a = c.staff()
    return [gruss(c, du), "\n", a.first_given() if du or c.chance(0.4) else a.full(), "\n",
            c.ch(["Dein Talgrat-Kundenservice" if du else "Ihr Talgrat-Kundenservice", "Talgrat Kundenservice"]),
            c.ch(["", ["\n", c.role("kundenservice")]])]


@T("support_email")
def sup_erstattung(c):
    p = c.person()
    du = c.chance(0.5)
    c.s(a=anrede(c, p, du), pn=c.pname(), betrag=c.money(20, 380), l4=str(c.ri(1000, 9999)), o=c.order_no(), sig=_agent(c, du))
    if du:
        body = ("danke, dass du [[die|deine]] {pn} zurückgeschickt hast[[ (Bestellung {o})|]]. Wir haben {betrag} auf "
                "deine Karte mit der Endung {l4} erstattet[[ – es kann 3 bis 5 Werktage dauern|]].")
    else:
        body = ("vielen Dank für Ihre Rücksendung der {pn}[[ (Bestellung {o})|]]. Wir haben {betrag} auf Ihre Karte mit "
                "der Endung {l4} erstattet[[; die Gutschrift kann einige Tage dauern|]].")
    return "{a}\n\n" + body + "\n\n{sig}"


@T("support_email")
def sup_umzug(c):
    p = c.person()
    a = p.addr()
    c.s(o=c.order_no(), ad=a.two(), tel=p.mobile(), n=p.full(),
        g=c.ch({"CH": ["Grüezi,", "Guten Tag,"], "AT": ["Grüß Gott,", "Servus,"]}.get(c.cty, ["Hallo,", "Guten Tag,", "Liebes Talgrat-Team,"])))
    return ("{g}\n\n[[ich bin gerade umgezogen|wir sind letzte Woche umgezogen]] – könnten Sie Bestellung {o} bitte an "
            "meine neue Adresse schicken?\n\n{ad}\n\n[[Für den Fahrer: {tel}.|Telefonisch erreichbar unter {tel}.|]]\n\n"
            "[[Danke|Viele Grüße|Beste Grüße]]\n{n}")


@T("support_email", cty="CH")
def sup_ch(c):
    p = c.person(need_iban=True)
    s = c.staff()
    c.s(a=anrede(c, p, False), betrag="CHF %d.%s" % (c.ri(30, 400), c.ch(["00", "50", "90"])), ib=p.iban(), o=c.order_no(),
        s=s.full())
    return ("{a}\n\nbesten Dank für Ihre Nachricht. Wir haben die Rückerstattung von {betrag} für Bestellung {o} "
            "auf Ihr Konto {ib} veranlasst. [[Die Gutschrift erfolgt in zwei bis drei Arbeitstagen.|Bei Fragen sind wir "
            "gerne für Sie da.]]\n\nFreundliche Grüsse\n{s}\nTalgrat Kundendienst")


@T("support_email", cty="AT")
def sup_at(c):
    p = c.person()
    s = c.staff()
    c.s(g=p.first_given(), pn=c.pname(c.product("jacket")), d=c.date(-c.ri(1, 5), "long"), n=p.full(), e=p.email(),
        sg=s.first_given())
    return ("Servus {g},\n\nleiwand, dass du dich meldest! Die {pn} schauen wir uns in der Werkstatt an, [[in zwei Wochen "
            "hast du sie wieder|du bekommst Bescheid, sobald sie fertig ist]].\n\nLiebe Grüße\n{sg}\n\nAm {d} schrieb {n} <{e}>:\n"
            "> [[Der Zipper hakt seit der letzten Tour.|Die Naht am Ärmel geht auf.]]")


@T("support_email")
def sup_zusammenfassung(c):
    p = c.person(need_iban=True)
    a = c.staff()
    lines = [["Fall ", c.ticket(), " – Zusammenfassung"],
             ["Kunde: ", p.full(), " (", p.email(), ")"],
             ["Telefon: ", p.mobile()],
             ["Adresse: ", p.addr().one()],
             ["Anliegen: ", c.ch(["Delamination an der ", "gebrochene Schnalle am ", "undichte Naht an der "]), c.pname()],
             ["Maßnahme: Erstattung ", c.money(40, 350), " an ", p.iban()],
             ["Bearbeitet von: ", a.full()]]
    return c.rows(lines)


# ===========================================================================
# signed_review

BEW_GUT = ["Hält auch bei Dauerregen dicht.", "Sitzt gut über dem Fleece, Kapuze passt unter den Helm.",
           "Vom ersten Tag an bequem, keine Blasen.", "Warm genug für Jänner am Arlberg.", "Leicht und klein verpackbar.",
           "Die Taschen sind auch mit Hüftgurt erreichbar."]
BEW_SCHLECHT = ["Der Reißverschluss klemmt bei Kälte.", "Fällt klein aus, lieber eine Nummer größer.",
                "Nach einem Monat kam Wasser durch die Naht.", "Farbe dunkler als auf den Fotos."]


@T("signed_review")
def bew_kurz(c):
    p = c.person()
    c.s(st=c.ch(["★★★★★", "★★★★☆", "★★★☆☆", "5/5", "4 von 5"]), t=c.ch(["Top Jacke", "Macht, was sie soll", "Solider Rucksack",
                                                                          "Gemischte Gefühle"]),
        b1=c.ch(BEW_GUT), b2=c.ch(BEW_SCHLECHT + BEW_GUT), n=p.given_init(), ort=p.addr().town_only())
    return "{st} {t}\n{b1} [[{b2}|]]\n– {n}[[, {ort}|]]"


@T("signed_review")
def bew_init(c):
    p = c.person()
    pr = c.product()
    c.s(pn=c.pname(pr), col=c.colour(pr), b=c.ch(BEW_GUT), b2=c.ch(BEW_SCHLECHT), n=p.init_sur(), ort=p.addr().town_only())
    return ("[[Habe die {pn} in {col} gekauft.|Die {pn} ({col}) ist mein drittes Talgrat-Teil.|War mit der {pn} eine Woche "
            "im Karwendel.]] {b} [[{b2}|]] [[{n}, {ort}|{n}]]")


@T("signed_review")
def bew_antwort(c):
    p = c.person()
    s = c.staff()
    du = c.chance(0.6)
    c.s(b=c.ch(BEW_SCHLECHT), b2=c.ch(BEW_GUT), n=c.ch([p.full(), p.given_init()]), g=p.first_given(), h=p.hs(),
        sg=s.first_given(), e=c.role("kundenservice"))
    if du:
        return ("{b} {b2}\n— {n}\n\nAntwort von Talgrat: Danke, {g}! [[Schreib uns an {e}, dann reparieren wir den Zipper.|"
                "Wir geben das ans Produktteam weiter.]] [[– {sg}|]]")
    return ("{b} {b2}\n— {n}\n\nAntwort von Talgrat: Vielen Dank, {h}! [[Bitte schreiben Sie uns an {e}.|Wir haben das "
            "an unser Produktteam weitergegeben.]] [[– {sg}|]]")


@T("signed_review", cty="CH")
def bew_ch(c):
    p = c.person()
    c.s(b=c.ch(["Super Jacke, hält dicht auf jeder Velotour.", "Bequem, aber der Reissverschluss ist streng.",
                "Hab sie im Wallis getestet, top."]), n=c.ch([p.full(), p.init_sur(), p.given_init()]),
        ort=p.addr().town_only())
    return "«{b}» – {n}[[, {ort}|]]"


@T("signed_review")
def bew_klein(c):
    p = c.person()
    c.s(b=c.ch(BEW_GUT).lower(), n=c.ch([p.lower_full(), p.lower_given()]), nn=p.upper())
    return "[[{b} würd ich wieder kaufen - {n}|{b} lg {n}|{b} — {nn}]]"


# ===========================================================================
# team_chat

@T("team_chat")
def chat_filiale(c):
    a, b = c.staff(), c.staff()
    p = c.person()
    c.s(a=a.lower_given(), b=b.lower_given(), p=c.ch([p.full(), p.hs()]), tel=p.mobile(), er=er(p),
        t1=c.time(), t2=c.time(), t3=c.time(), pn=c.pname(c.product(["shoe", "pack"])), gen=p.gen_de(),
        schicht=[b.lower_given(), "-schicht"])
    return ("[{t1}] {a}: {p} kommt um [[11|halb 3|16 Uhr]] zur [[Schuhanpassung|Rucksackanpassung|Abholung der Reparatur]]\n"
            "[{t2}] {b}: ok[[, falls {er} zu spät ist: {tel}| – ich ruf {tel} an, wenn {er} nicht kommt|]]\n"
            "[{t3}] {a}: [[danke|merci|passt]][[, der {pn} liegt hinten|, {gen} Karton steht an der Kasse|, übernimmt die {schicht}|]]")


@T("team_chat")
def chat_tausch(c):
    a, b = c.staff(), c.staff()
    h = ascii_fold(b.lower_given().value).replace(" ", "").replace("-", "").replace("'", "")
    c.s(h="@" + h, a=a.first_given(), d=c.weekday(c.ri(1, 6)), m=a.mobile())
    return ("{h} [[kannst du meinen|magst du meinen|könntest du den]] {d} übernehmen? "
            "[[Ich mach dafür deinen Sonntag|tausche gern zurück|hab was gut bei dir]] – {a}[[ ({m})|]]")


@T("team_chat", cty="CH")
def chat_ch(c):
    a, b = c.staff(cty="CH"), c.staff(cty="CH")
    p = c.person(cty="CH")
    c.s(a=a.lower_given(), b=b.lower_given(), p=p.full(), tel=p.mobile(), t1=c.time(), t2=c.time(), t3=c.time())
    return ("[{t1}] {a}: hoi zäme, {p} chunnt hüt am 2 go d Schue abhole\n"
            "[{t2}] {b}: ok, isch zahlt?\n[{t3}] {a}: jo. falls öppis isch, Natel {tel}")


@T("team_chat")
def chat_web(c):
    p = c.person()
    s = c.staff()
    c.s(v=c.ch([p.lower_full(), p.full()]), sg=s.first_given(), g=p.first_given(), ad=p.addr().one(), tel=p.mobile(),
        o=c.order_no())
    return ("Besucher: hallo [[ich bin|hier ist]] {v}\nAgent ({sg}): Hallo {g}! Wie kann ich helfen?\n"
            "Besucher: [[mein Paket ging an|ihr habt Bestellung {o} an]] {ad} [[geschickt |]]aber da wohne ich nicht mehr\n"
            "Agent ({sg}): [[Kein Problem|Tut mir leid]], ich lasse es umleiten. Unter welcher Nummer erreicht dich der Fahrer?\n"
            "Besucher: {tel}")


@T("team_chat", cty="AT")
def chat_at(c):
    a, b = c.staff(cty="AT"), c.staff(cty="AT")
    p = c.person(cty="AT")
    c.s(a=a.lower_given(), b=b.lower_given(), p=p.hs(), tel=p.mobile(), o=c.order_no(), t1=c.time(), t2=c.time())
    return ("[{t1}] {a}: servas, {p} hat wegen {o} angrufen, is no ned da\n"
            "[{t2}] {b}: i ruf glei zruck, {tel} oder?")


# ===========================================================================
# call_note

@T("call_note")
def anruf_eingang(c):
    p = c.person()
    c.s(t=c.time(), d=c.date(0, "short"), wer=p.hs(), tel=p.phone(p.cty, c.ch(["mobile", "land"])), wt=c.weekday(c.ri(1, 4)),
        o=c.order_no())
    return ("Anruf {d} {t} – {wer} ({tel}) [[wollte wissen, ob|fragte, ob]] "
            "[[die Reparatur zu {o} fertig ist|wir die Wintersteig in Langgröße haben|der Fernkamm in der Filiale angepasst werden kann]]. "
            "[[Rückruf bis {wt} zugesagt.|Melden uns bis {wt}.]]")


@T("call_note")
def anruf_mailbox(c):
    p = c.person()
    t = p.mobile()
    c.s(d=c.date(0, "short"), t=c.time(), n=p.full(), o=c.order_no(), tel=t, tel2=Lab("PHONE", t.value))
    return ("Mailbox {d} {t}: „Ja, hallo, hier ist {n}, es geht um [[die Bestellung|meine Bestellung]] {o}. "
            "[[Die ist immer noch nicht da.|Die Jacke ist zu groß.|Ich muss die Adresse ändern.]] Meine Nummer ist {tel}, "
            "[[also nochmal: {tel2}|ich wiederhole: {tel2}]]. Danke, tschüss.“")


@T("call_note")
def anruf_bestellung(c):
    p = c.person()
    s = c.staff()
    pr = c.product()
    c.s(sg=s.first_given(), n=p.full(), ad=p.addr().one(), pn=c.pname(pr), col=c.colour(pr), gr=c.size(pr), k=c.card(),
        ab="%02d/%02d" % (c.ri(1, 12), c.ri(26, 31)))
    return ("Telefonbestellung, aufgenommen von {sg}: {n}, {ad}. {pn} in {col}, Größe {gr}. "
            "[[Karte {k}, gültig bis {ab}.|Bezahlt mit Karte {k} ({ab}).]] [[Soll vor dem Wochenende da sein.|Als Geschenk verpacken.|]]")


@T("call_note", cty="CH")
def anruf_ch(c):
    p = c.person(cty="CH")
    c.s(wer=p.hs(), tel=p.mobile(), o=c.order_no(), b="CHF %d.%s" % (c.ri(40, 300), c.ch(["00", "50", "90"])))
    return ("Telefon: {wer} möchte die Rückerstattung von {b} für {o} lieber aufs Konto statt auf die Karte. "
            "[[Natel|Erreichbar unter]] {tel}. [[IBAN schickt er per Mail.|Rückruf am Nachmittag.]]")


@T("call_note")
def anruf_liste(c):
    n = c.ri(2, 5)
    lines = [c.ch(["Rückrufe ", "Anrufliste ", "Zurückrufen "]) + c.weekday(0) + ":"]
    for i in range(n):
        p = c.person()
        why = c.ch(["Reparatur fertig", "Frage zur Erstattung", "Größentausch", "Sonderbestellung da",
                    "falsche Farbe geliefert", [p.sur(), "-Retoure prüfen"]])
        lines.append(["%d. " % (i + 1), c.ch([p.hs(), p.full(), p.init_sur()]), " – ", p.phone(p.cty, c.ch(["mobile", "land"])),
                      " – ", why])
    return c.rows(lines)


# ===========================================================================
# name_prose (no cue words; names from the lists only)

@T("name_prose")
def np_glueckwunsch(c):
    a = c.person(cue=False)
    b = c.person(cue=False)
    c.s(a=a.full(), b=b.full(), bg=b.first_given(),
        was=c.ch(["den Lechweg in vier Tagen gegangen sind", "die Zugspitze über das Höllental bestiegen haben",
                  "beim Transalpine-Run ins Ziel gekommen sind", "den Jakobsweg von Konstanz bis Genf gewandert sind"]))
    return ("[[Herzlichen Glückwunsch an|Großen Respekt für|Gratulation an]] {a} und {b}, die {was}. "
            "[[{bg} schwört seitdem auf Merinosocken.|Beide sind ab Montag wieder im Laden.|]]")


@T("name_prose")
def np_team(c):
    a = c.person(cue=False)
    b = c.person(cue=False)
    c.s(a=a.full(), b=b.full(), ag=a.first_given(), ort=c.store_town)
    return ("Verstärkung in {ort}: {a} [[wechselt aus dem Lager zu uns|kommt aus der Filiale Kempten]], und {b} "
            "[[übernimmt die Werkstatt|kümmert sich um den Verleih]]. [[Schaut mal vorbei!|{ag} kennt jeden Steig im Allgäu.|]]")


@T("name_prose")
def np_test(c):
    a = c.person(cue=False)
    b = c.person(cue=False)
    c.s(a=a.full(), b=b.full(), bg=b.first_given(), pn=c.pname(c.product(["pack", "jacket"])))
    return ("{a} hat die {pn} drei Wochen auf dem Kungsleden getestet, bevor {b} damit in die Dolomiten ist. "
            "[[Der Hüftgurt hat gehalten; {bg} wünscht sich größere Taschen.|Undicht war nichts.|Sie kam dreckig, aber heil zurück.]]")


@T("name_prose")
def np_spende(c):
    ps = [c.person(cue=False) for _ in range(3)]
    c.s(a=ps[0].full(), b=ps[1].full(), d=ps[2].full(), b2=c.ch(["2.300 €", "940 €", "CHF 1'850", "1.200 Euro"]),
        wer=c.ch(["die Bergwacht", "das Hospiz", "die Tafel", "die Bergrettung Tirol"]))
    return ("{a}, {b} und {d} haben {b2} für {wer} gesammelt – [[mit einem 24-Stunden-Kletterlauf|bei einer Müllsammelaktion "
            "am Wendelstein|auf einer Spendenwanderung über drei Gipfel]]. [[Danke euch!|Wahnsinn.|]]")


@T("name_prose")
def np_abschied(c):
    a = c.person(cue=False)
    b = c.person(cue=False)
    c.s(a=a.full(), ag=[a.first_given()], b=b.full(), j=str(c.ri(8, 31)), gen=a.gen_de())
    return ("Nach {j} Jahren an der Kasse geht {a} am Freitag in Rente. [[Viele Stammkunden fragen nur nach {ag}.|Halb "
            "Kempten hat bei {ag} Schuhe schnüren gelernt.|{gen} Abschiedsfeier ist im Lager.]] {b} [[übernimmt die Anpassung|organisiert den Abschied]].")


# ===========================================================================
# postal_letter

@T("postal_letter")
def brief_absender(c):
    p = c.person()
    a = p.addr()
    c.s(n=p.full(), a=a.two(), d=c.date(0, "long"), o=c.order_no(), pn=c.pname(), ort=a.town_only())
    return ("{n}\n{a}\n\nAn: Talgrat Outdoor, Kundenservice\n{ort}, {d}\nBestellung {o}\n\nSehr geehrte Damen und Herren,\n\n"
            "[[ich sende die {pn} zurück, da sie nicht passt.|die {pn} kam beschädigt an.|hiermit storniere ich meine Bestellung.]] "
            "[[Bitte erstatten Sie den Kaufpreis.|Bitte senden Sie Ersatz.|]]\n\nMit freundlichen Grüßen\n{n}")


@T("postal_letter")
def brief_widerruf(c):
    p = c.person(need_iban=True)
    c.s(n=p.full(), a=p.addr().one(), o=c.order_no(), ib=p.iban(), d=c.date(0, "long"), ds=c.date(-c.ri(3, 12), "long"))
    return ("Absender: {n}, {a}\n{d}\n\nWiderruf\n\nHiermit widerrufe ich den von mir am {ds} abgeschlossenen Vertrag über den "
            "Kauf der folgenden Waren (Bestellung {o}). Bitte überweisen Sie den Betrag auf mein Konto {ib}.\n\n{n}")


@T("postal_letter")
def brief_empfaenger(c):
    p = c.person()
    s = c.staff()
    c.s(h=p.herrn(), n=p.full(), a=p.addr().two(), d=c.date(0, "long"), an=p.sehr_geehrt(), sn=s.full(), ort=c.store_town,
        pn=c.pname())
    return ("{h}\n{n}\n{a}\n\n{ort}, {d}\n\n{an},\n\n[[vielen Dank für Ihren Brief zur {pn}.|Ihre Reparatur ist abholbereit.|"
            "es tut uns leid, dass Ihre Bestellung so spät kam.]] [[Anbei ein Gutschein für Ihren nächsten Besuch.|"
            "Sie können sie jederzeit in der Filiale {ort} abholen.|]]\n\nMit freundlichen Grüßen\n{sn}\nTalgrat {ort}")


@T("postal_letter", cty="AT")
def brief_at(c):
    p = c.person(cty="AT", need_iban=True)
    c.s(n=p.full(), a=p.addr().two(), d=c.date(0, "long"), ib=p.iban(), o=c.order_no())
    return ("{n}\n{a}\n\n{d}\n\nBeschwerde zu Bestellung {o}\n\nSehr geehrte Damen und Herren,\n\nim Sackerl fehlte die "
            "Hälfte der Ware. Ich ersuche um Gutschrift auf mein Konto {ib}.\n\nHochachtungsvoll\n{n}")


@T("postal_letter", cty="CH")
def brief_co(c):
    p = c.person(cty="CH")
    h = c.person(cty="CH")
    c.s(n=p.full(), co=h.full(), a=p.addr().two(), d=c.date(0, "long"), an=p.liebe(), ort=c.store_town)
    return ("Einschreiben\n\n{n}\nc/o {co}\n{a}\n\n{ort}, {d}\n\n{an},\n\n[[anbei deine Ersatzschuhe|beiliegend der "
            "gewünschte Katalog|anbei die Gutschrift für die Retoure]]. [[Schöne Touren!|Herzliche Grüsse aus der Filiale.]]")


# ===========================================================================
# email_signature

@T("email_signature")
def sig_ma(c):
    s = c.staff()
    c.s(n=s.full(), r=c.ch(["Filialleitung", "stellv. Filialleitung", "Werkstattleitung", "Visual Merchandising", "Gebietsleitung"]),
        ort=c.store_town, m=s.mobile(), e=s.email(), msg=c.ch(["Bis morgen um zehn.", "Inventur ist durch, Zahlen anbei.",
                                                              "Samstag übernehme ich gern.", ""]))
    return "{msg}\n\n[[Viele Grüße|Danke und Gruß|LG|]]\n{n}\n{r} | Talgrat {ort}\nMobil {m}\nE-Mail {e}"


@T("email_signature")
def sig_partner(c):
    p = c.person()
    f = c.ch(["Ladenbau Alpin GmbH", "Spedition Gipfelblick", "Druckhaus Bergland", "Seilerei Nordkette",
              "Reinigungsdienst Talblick"])
    dom = {"Ladenbau Alpin GmbH": "ladenbau-alpin.de", "Spedition Gipfelblick": "gipfelblick-spedition.at",
           "Druckhaus Bergland": "druckhaus-bergland.de", "Seilerei Nordkette": "nordkette-seile.at",
           "Reinigungsdienst Talblick": "talblick-reinigung.ch"}[f]
    c.s(n=p.full(), f=f, tel=p.phone(p.cty, "land"), mob=p.mobile(), e=c.work_email(p, dom), r=c.ch(["Vertrieb", "Projektleitung", "Kundenbetreuung", "Montage"]))
    return ("[[Mit freundlichen Grüßen|Freundliche Grüße|Beste Grüße]]\n\n{n}\n{r} · {f}\nTel. {tel}[[\nMobil {mob}|]]\n{e}")


@T("email_signature")
def sig_gross(c):
    s = c.staff()
    c.s(n=s.upper(), ort=c.store_town.upper(), tel=s.mobile(), e=s.email())
    return "{n}\n[[FILIALLEITUNG|WERKSTATT|EINKAUF]] – TALGRAT {ort}\n{tel} · {e}"


@T("email_signature")
def sig_iphone(c):
    s = c.staff()
    c.s(g=s.first_given(), m=c.ch(["Bin in 10 Min. da.", "Ja, Erstattung passt so.", "Schlüssel liegt im Tresor."]))
    return "{m}\n\n{g}\n\n[[Von meinem iPhone gesendet|Gesendet von meinem Smartphone|Von Outlook für Android gesendet]]"


@T("email_signature", cty="AT")
def sig_at(c):
    s = c.staff(cty="AT")
    c.s(n=s.full(), tel=s.phone("AT", "land"), e=s.email(), r=c.ch(["Personalverrechnung", "Filialleitung", "Einkauf"]))
    return "Schöne Grüße\n\ni. A. {n}\n{r}\nTalgrat Outdoor Handels GmbH\nT {tel}\n{e}"


# ===========================================================================
# traffic_fine_redirect (new)

@T("traffic_fine_redirect", cty="DE")
def bussgeld_de(c):
    f = c.staff(cty="DE")
    fl = c.staff(cty="DE")
    a = f.addr()
    c.s(az=c.case_no(), kz=kennz(c), d=c.date(-c.ri(5, 20), "long"), t=c.time(), n=f.full(), a=a.one(),
        gd=c.dob(1960, 2003), fl=fl.full(), tel=fl.phone("DE", "land"))
    return ("Zeugenfragebogen {az} – Fahrzeug {kz}\n\nDas Firmenfahrzeug wurde am {d} um {t} von unserem Mitarbeiter "
            "[[bzw. unserer Mitarbeiterin |]]{n}, wohnhaft {a}, geb. {gd}, geführt.\n\nFuhrpark: {fl}, {tel}")


@T("traffic_fine_redirect", cty="AT")
def lenkerauskunft_at(c):
    f = c.staff(cty="AT")
    c.s(az=c.case_no(), kz=kennz(c), d=c.date(-c.ri(5, 20), "long"), n=f.full(), a=f.addr().one(), gd=c.dob(1960, 2003),
        s=c.staff(cty="AT").full())
    return ("Lenkerauskunft gemäß § 103 Abs. 2 KFG – GZ {az}\n\nDas Kfz {kz} wurde am {d} von {n}, {a}, geboren am {gd}, "
            "gelenkt.\n\nFür die Richtigkeit: {s}, Talgrat Outdoor Handels GmbH")


@T("traffic_fine_redirect", cty="CH")
def busse_ch(c):
    f = c.staff(cty="CH")
    c.s(kz=kennz(c), d=c.date(-c.ri(5, 20), "long"), n=f.full(), a=f.addr().one(), tel=f.mobile(), g=f.first_given())
    return ("Ordnungsbusse Fahrzeug {kz} vom {d}\n\nGemäss Fahrtenbuch war {n}, {a}, Natel {tel}, am Steuer. "
            "[[{g} ist informiert und bezahlt die Busse selber.|Bitte die Busse direkt an die lenkende Person richten.]]")


@T("traffic_fine_redirect")
def bussgeld_intern(c):
    f = c.staff()
    fl = c.staff()
    c.s(g=anrede(c, f, True), kz=kennz(c), d=c.date(-c.ri(5, 20), "long"), e=fl.email(), fg=fl.first_given(), wt=c.weekday(c.ri(1, 5)))
    return ("{g}\n\nfür den Transporter ({kz}) ist ein [[Blitzerfoto|Bußgeldbescheid|Knöllchen]] vom {d} gekommen. "
            "Laut Schlüsselbuch hattest du ihn an dem Tag. [[Bitte gib mir bis {wt} Bescheid, dann benennen wir dich als "
            "Fahrer.|Kannst du das bis {wt} bestätigen?]] [[Fragen gern an {e}.|]]\n\n{fg}")


# ===========================================================================
# wage_garnishment (new)

@T("wage_garnishment", cty="DE")
def pfaendung_de(c):
    m = c.staff(cty="DE")
    glb = c.ch(["Inkasso Nord GmbH", "Kreditbank Süd AG", "Versandhaus Mahnwesen GmbH", "Autohaus Finanz GmbH"])
    c.s(az=c.case_no(), n=m.full(), a=m.addr().one(), sid=m.taxid(), gl=glb, ib=c.iban("DE"), s=c.staff(cty="DE").full())
    return ("Drittschuldnererklärung zum Pfändungs- und Überweisungsbeschluss {az}\n\nSchuldner: {n}, {a}, Steuer-ID {sid}\n"
            "Gläubiger: {gl}\n[[Die Forderung wird anerkannt.|Das Arbeitsverhältnis besteht seit [[2019|2021|2023]].|"
            "Es bestehen [[keine|zwei]] Vorpfändungen.]] Der pfändbare Betrag wird ab der [[nächsten|übernächsten]] Abrechnung "
            "auf das Konto {ib} überwiesen.\n\n[[Lohnbuchhaltung|Personalabrechnung|i. A.]]: {s}")


@T("wage_garnishment", cty="AT")
def exekution_at(c):
    m = c.staff(cty="AT")
    c.s(az=c.case_no(), n=m.full(), a=m.addr().one(), ib=c.iban("AT"), s=c.staff(cty="AT").full(),
        mon=c.ch(["Jänner", "März", "Juni", "Oktober"]))
    return ("Drittschuldneräußerung – Exekutionssache {az}\n\nVerpflichtete Partei: {n}, {a}\n[[Das Dienstverhältnis besteht.|"
            "Das Dienstverhältnis besteht seit [[2018|2020|2022]], Teilzeit.|Dienstverhältnis aufrecht.]] "
            "[[Es bestehen keine Vorpfändungen.|Es besteht eine Vorpfändung.|Ein Unterhaltsvorrang ist zu beachten.]] "
            "Überweisung des pfändbaren Betrags auf {ib}[[ ab {mon}|]].\n\nPersonalverrechnung: {s}")


@T("wage_garnishment", cty="CH")
def lohnpfaendung_ch(c):
    m = c.staff(cty="CH")
    c.s(n=m.full(), nr=str(c.ri(10000, 99999)), b="CHF %d.–" % c.ri(300, 1400), ib=c.iban("CH"), g=m.first_given())
    return ("Lohnpfändung Betreibung Nr. {nr}\n\n[[Das Betreibungsamt verlangt ab sofort monatlich {b} vom Lohn von {n}.|"
            "Ab dem nächsten Lohnlauf sind bei {n} monatlich {b} abzuziehen.|Pfändung bei {n}: {b} pro Monat, Existenzminimum "
            "ist berücksichtigt.]] [[Überweisung auf {ib}.|Zahlung an das Amt auf {ib}.]] [[{g} wurde informiert.|Bitte diskret "
            "behandeln.|Unterlagen liegen in der Personalakte.]]")


@T("wage_garnishment")
def pfaendung_mail(c):
    m = c.staff()
    h = c.staff()
    du = c.chance(0.6)
    c.s(a=anrede(c, m, du), mon=c.ch(["März", "April", "Juni", "September", "November"]), hn=h.first_given() if du else h.full(),
        tel=h.phone(h.cty, "land"))
    if du:
        return ("{a}\n\nbei uns ist ein Pfändungsbeschluss eingegangen, wir müssen ab der Abrechnung für {mon} einen Teil "
                "deines Lohns einbehalten. [[Wenn du schon eine Ratenzahlung vereinbart hast, schick uns bitte die Unterlagen.|"
                "Das bleibt natürlich unter uns.]] [[Ruf mich gern an: {tel}.|]]\n\n{hn}\nLohnbüro")
    return ("{a}\n\nuns liegt ein Pfändungsbeschluss vor; ab der Abrechnung für {mon} behalten wir den pfändbaren Teil Ihres "
            "Gehalts ein. [[Für Rückfragen erreichen Sie mich unter {tel}.|Wir behandeln dies vertraulich.]]\n\n{hn}\nLohnbuchhaltung")


# ===========================================================================
# arbitration_case (new)

@T("arbitration_case", cty="DE")
def schlichtung_de(c):
    p = c.person()
    o = c.staff()
    c.s(az=c.case_no(), n=p.full(), h=p.hs(), a=p.addr().one(), on=o.full(), d=c.date(c.ri(14, 28), "long"),
        pn=c.pname(c.product("jacket")))
    return ("Universalschlichtungsstelle – Verfahren {az}\n{n} ./. Talgrat Outdoor GmbH\n\nSehr geehrte Damen und Herren,\n"
            "{h}, {a}, beanstandet die {pn}, die [[nach zwei Monaten undicht wurde|Daunen verliert|nicht repariert wurde]]. "
            "Bitte nehmen Sie bis {d} Stellung.\n\nBearbeitung: {on}")


@T("arbitration_case", cty="AT")
def schlichtung_at(c):
    p = c.person(cty="AT")
    s = c.staff(cty="AT")
    c.s(az=c.case_no(), h=p.hs_dat(), e=p.email(), b=c.money(60, 300), d=c.date(-c.ri(3, 20), "long"), sn=s.full())
    return ("Stellungnahme im Schlichtungsverfahren {az}\n\nWir haben {h} am {d} per E-Mail an {e} eine Gutschrift über {b} "
            "angeboten. [[Eine Antwort steht aus.|Das Angebot wurde abgelehnt.]] Wir sind weiterhin zu einer Einigung bereit.\n\n{sn}")


@T("arbitration_case")
def schlichtung_antrag(c):
    p = c.person()
    c.s(n=p.full(), d=c.date(-c.ri(30, 90), "long"), e=p.email(), tel=p.mobile(), o=c.order_no())
    return ("Ich, {n}, habe mich am {d} wegen Bestellung {o} an Talgrat gewandt. [[Die Reparatur meiner Schuhe wurde "
            "abgelehnt.|Die Erstattung kam nie an.|Ich wurde doppelt belastet.]] Ich bitte um Schlichtung.\n\n"
            "Kontakt: {e}, {tel}")


@T("arbitration_case", cty="CH")
def ombud_ch(c):
    p = c.person(cty="CH", need_iban=True)
    s = c.staff(cty="CH")
    lines = [["Ombudsfall ", c.case_no(), " – ", p.LAST_first()],
             ["Zuständig: ", s.full()],
             ["Frist: ", c.date(c.ri(5, 25), "short")],
             ["Vorschlag: Rückerstattung CHF %d.– auf " % c.ri(40, 280), p.iban()]]
    if c.chance(0.5):
        lines.append(["Kundin wünscht Kontakt per Mail: " if p.gender == "f" else "Kunde wünscht Kontakt per Mail: ", p.email()])
    return c.rows(lines)


# ===========================================================================
# phishing_report (new)

@T("phishing_report")
def phish_ceo(c):
    boss = c.staff()
    s = c.staff()
    fake = Lab("EMAIL", ascii_fold(boss.first_given().value).lower().replace(" ", "") + "." + c.ch(["gf", "ceo", "privat"]) + "@" +
               c.ch(["gmail.com", "gmx.net", "talgrat-mail.de", "talgrat.co"]))
    c.s(b=boss.full(), f=fake, ib=c.iban(c.ch(["IT", "FR", "NL", "GB"])), ip=c.ip(0.2), g=s.first_given(),
        betrag=c.ch(["9.800 €", "12.400 €", "CHF 8'750"]))
    return ("[[Hallo IT,|Liebes IT-Team,|Hi zusammen,]]\n\n[[ich habe gerade|eben kam|heute früh kam]] eine Mail von angeblich {b}: Ich soll heute noch {betrag} an {ib} "
            "überweisen, „vertraulich“. Absender war {f}[[, laut Header von {ip}|, gesendet über {ip}]]. "
            "[[Bezahlt habe ich natürlich nichts.|Nichts überwiesen.]]\n\n{g}")


@T("phishing_report")
def phish_warnung(c):
    s = c.staff()
    it = c.staff()
    fake = Lab("EMAIL", c.ch(["personal", "it-support", "buchhaltung"]) + "@" + c.ch(["talgrat-hr.de", "talgrat.help", "mail-talgrat.net"]))
    c.s(sn=s.full(), f=fake, ip=c.ip(0.2), it=it.full(), tel=it.mobile(), n=str(c.ri(6, 40)))
    return ("[[Sicherheitshinweis|Achtung Phishing|IT-Warnung]]: Eine [[Phishing-Mail|gefälschte Mail|Betrugsmail]] im Namen "
            "von {sn} <{f}> ging [[heute früh|gestern Abend|vorhin]] an {n} Kolleginnen und Kollegen. [[Absender-IP: {ip}.|"
            "Sie kam von {ip}.|Einliefernde IP war {ip}.]] [[Wer auf den Link geklickt oder das Passwort eingegeben hat, ruft bitte "
            "sofort {it} an: {tel}.|Anhang nicht öffnen! Fragen an {it} ({tel}).|Bitte nichts anklicken und {it} unter {tel} "
            "Bescheid geben.]]")


@T("phishing_report")
def phish_bank(c):
    p = c.person()
    s = c.staff()
    c.s(n=p.full(), e=p.email(), ib=c.iban(c.ch(["DE", "AT", "NL"])), g=p.first_given(), tel=p.phone(p.cty, "land"), sg=s.first_given())
    return ("Betreff: [[WG: neue Bankverbindung|WG: Kontoänderung|FW: Änderung Zahlungsdaten]]\n\n> Von: {n} <{e}>\n"
            "> [[Bitte überweisen Sie ab sofort auf|Unsere neue Bankverbindung lautet|Rechnungen bitte künftig an]] {ib}.\n\n"
            "Hab beim echten {g} unter {tel} angerufen – [[die Mail kam nicht von ihm|die Firma hat die Bank nie gewechselt]]. "
            "Gesperrt und gemeldet. – {sg}").replace("von ihm", "von ihr" if p.gender == "f" else "von ihm").replace(
        "beim echten", "bei der echten" if p.gender == "f" else "beim echten")


@T("phishing_report")
def phish_chat(c):
    s = c.staff()
    c.s(s=s.lower_given(), ip=c.ip4("public"), e=c.role("it-sicherheit"))
    c.s(t=c.time())
    return ("[?[{t}] ?]{s}: [[hab grad|hab eben|hab heute früh]] ne fake [[DHL|Post|Sparkassen|Paket|Finanzamt]]-[[SMS|Mail|WhatsApp]] "
            "an {e} [[gemeldet|weitergeleitet]], der link [[ging auf|zeigte auf|führt zu]] {ip}[[ – nicht klicken!| – aufpassen!|]]")


@T("phishing_report")
def phish_log(c):
    s = c.staff()
    p = c.person()
    lines = [["Phishing-Meldung ", c.ticket()],
             ["Gemeldet von: ", s.full()],
             ["Absender: ", p.full(), " <", c.email_for(p), ">"],
             ["Antwort an: ", Lab("EMAIL", "zahlung" + str(c.ri(10, 99)) + "@" + c.ch(["protonmail.com", "mail.ru", "gmx.com"]))],
             ["Eingeliefert von: ", c.ip(0.25)],
             "Status: " + c.ch(["blockiert", "in Quarantäne", "freigegeben – Fehlalarm"])]
    return c.rows(lines)


# ===========================================================================
# breach_notification (new)

@T("breach_notification")
def panne_kunde(c):
    p = c.person()
    d = c.staff()
    du = c.chance(0.5)
    c.s(a=anrede(c, p, du), e=p.email(), d=c.date(-c.ri(2, 10), "long"), ip=c.ip(0.3), dn=d.full(), pe=c.role("datenschutz"))
    if du:
        return ("{a}\n\nwir schreiben dir, weil dein Konto ({e}) am {d} von einem Sicherheitsvorfall betroffen war. "
                "Jemand hat sich von {ip} aus angemeldet. Wir haben dein Passwort zurückgesetzt. [[Zahlungsdaten speichern wir nicht.|"
                "Kartendaten waren nicht betroffen.]]\n\nUnser Datenschutzbeauftragter {dn} ist unter {pe} erreichbar.")
    return ("{a}\n\nwir informieren Sie, dass Ihr Kundenkonto ({e}) am {d} von einem Sicherheitsvorfall betroffen war. "
            "Es erfolgte eine Anmeldung von {ip}. Ihr Passwort wurde zurückgesetzt.\n\nFür Fragen steht Ihnen unser "
            "Datenschutzbeauftragter {dn} unter {pe} zur Verfügung.")


@T("breach_notification")
def panne_liste(c):
    n = c.ri(2, 5)
    lines = ["Betroffene Konten (erste Tranche):"]
    for _ in range(n):
        p = c.person()
        lines.append(["- ", p.email(), " – letzter Login ", c.ip(0.3)])
    s = c.staff()
    lines.append(["Benachrichtigen bis ", c.date(c.ri(1, 3), "short"), ". Verantwortlich: ", s.full()])
    return c.rows(lines)


@T("breach_notification")
def panne_behoerde(c):
    d = c.staff()
    beh = {"AT": "die Datenschutzbehörde", "CH": "den EDÖB"}.get(c.cty, "das Landesamt für Datenschutzaufsicht")
    c.s(beh=beh, dn=d.full(), tel=d.phone(d.cty, "land"), e=d.email(), n=str(c.ri(40, 900)), d=c.date(-c.ri(1, 3), "long"))
    return ("Meldung an {beh} – Ansprechperson {dn}, {tel}, {e}. Am {d} wurde mit wiederverwendeten Passwörtern auf "
            "etwa {n} Kundenkonten zugegriffen. [[Sichtbar waren Namen und E-Mail-Adressen, keine Kartendaten.|Sichtbar waren "
            "Bestellhistorien und Lieferadressen.]]")


@T("breach_notification")
def panne_antwort(c):
    p = c.person()
    c.s(n=p.full(), e=p.email(), st=c.address(p.cty).street())
    return ("[[Hallo,|Guten Tag,|Sehr geehrte Damen und Herren,]] [[ich habe Ihre Mail zum Datenleck bekommen.|Ihre "
            "Sicherheitsmitteilung kam heute an.|ich habe gerade von der Datenpanne gelesen.]] [[Ich nutze das Konto nicht|Ich "
            "habe seit Jahren nicht bei Ihnen bestellt|Ich kann mich an das Konto gar nicht erinnern]] – bitte löschen Sie alles "
            "zu {n}, {e}. [[Auch meine alte Adresse {st} hat bei Ihnen nichts mehr verloren.|Und bitte {st} entfernen, da "
            "wohne ich seit Jahren nicht mehr.|Sie haben noch {st} gespeichert – bitte ebenfalls löschen.]]")


# ===========================================================================
# salary_advance (new)

@T("salary_advance")
def vorschuss_antrag(c):
    s = c.staff(need_iban=True)
    m = c.staff()
    c.s(g=anrede(c, m, True), b=c.money(150, 600, cents=False), ib=s.iban(), n=s.full(),
        grund=c.ch(["Mein Auto ist durch den TÜV gefallen" if c.cty == "DE" else "Mein Auto braucht ein neues Pickerl" if c.cty == "AT" else "Mein Velo wurde gestohlen",
                    "Die Heizung ist kaputt", "Die Kaution für die neue Wohnung ist fällig", "Der Tierarzt war teuer"]))
    lohn = ("meinen Lohn", "den Lohn") if c.cty == "CH" else ("mein Gehalt", "das Gehalt")
    return ("{g}\n\n[[könnte ich einen Vorschuss von {b} auf MEIN bekommen?|wäre ein Vorschuss von {b} auf DAS "
            "diesen Monat möglich?|ich bräuchte ausnahmsweise {b} Vorschuss.]] {grund}. [[Bitte auf mein Konto {ib}.|"
            "Überweisung gern auf {ib}.|Mein Konto: {ib}.]]\n\n[[Danke dir!|Danke vorab!|Merci!]]\n{n}").replace(
        "MEIN", lohn[0]).replace("DAS", lohn[1])


@T("salary_advance")
def vorschuss_ok(c):
    s = c.staff()
    m = c.staff()
    c.s(n=s.full(), nr=str(c.ri(1000, 9999)), b=c.money(150, 600, cents=False), mon=c.ch(["März", "Mai", "Juli", "Oktober", "Dezember"]),
        m=m.init_sur())
    return ("[[Genehmigt|Freigegeben|OK von mir]]: [[Vorschuss|Gehaltsvorschuss|Abschlag]] {b} für {n} (PNr. {nr}), "
            "[[Verrechnung mit der Abrechnung {mon}|Rückzahlung in zwei Raten|Rückzahlung in drei Raten]].[[ Lohnbüro ist informiert.|"
            " Bankdaten liegen vor.|]] – {m}")


@T("salary_advance")
def vorschuss_gezahlt(c):
    s = c.staff(need_iban=True)
    c.s(d=c.date(0, "short"), n=s.LAST_first(), b=c.money(150, 600, cents=False), ib=s.iban())
    return ("[[Vorschuss ausgezahlt|Ausgezahlt|Überwiesen]] {d}: {n}, {b}, an {ib}. [[Abzug in zwei Raten.|Abzug komplett "
            "im Folgemonat.|Rückzahlung über drei Monate.]][[ Freigabe durch die Gebietsleitung.|]]")


@T("salary_advance", cty="AT")
def vorschuss_abgelehnt_at(c):
    s = c.staff(cty="AT")
    h = c.staff(cty="AT")
    c.s(a=anrede(c, s, True), hn=h.full(), he=h.email())
    return ("{a}\n\n[[leider können wir heuer keinen zweiten Vorschuss genehmigen.|ein zweiter Vorschuss ist heuer leider "
            "nicht möglich.|wir dürfen pro Jahr nur einen Vorschuss gewähren, tut mir leid.]] [[Wenn's gerade eng ist, red bitte "
            "vertraulich mit {hn} ({he}).|{hn} aus der Personalabteilung kann dir den Härtefonds erklären: {he}.|Melde dich "
            "gern bei {hn}: {he}.]]\n\n[[Liebe Grüße|Schöne Grüße|Alles Gute]]")


# ===========================================================================
# referral_bonus (new)

@T("referral_bonus")
def praemie_antrag(c):
    r = c.staff()
    n = c.staff(cty=r.cty)
    lines = ["Prämie „Mitarbeiter werben Mitarbeiter“",
             ["Empfehlung von: ", r.full(), " (Filiale ", c.store_town, ")"],
             ["Neue Kollegin: " if n.gender == "f" else "Neuer Kollege: ", n.full(), ", Eintritt ", c.date(-c.ri(30, 120), "short")],
             "Prämie: " + ("CHF 400.–" if c.cty == "CH" else "300 €") + c.ch([" nach der Probezeit", ""])]
    if c.chance(0.5):
        lines.append(["Freigabe: ", c.staff().init_sur()])
    return c.rows(lines)


@T("referral_bonus")
def praemie_mail(c):
    r = c.staff()
    n = c.staff(cty=r.cty)
    c.s(n=n.full(), g=r.first_given(), wen="sie" if n.gender == "f" else "ihn",
        hallo={"CH": "Grüezi mitenand", "AT": "Servus Personalabteilung"}.get(c.cty, "Hallo Personalabteilung"))
    return ("{hallo},\n\n{n} hat [[letzte Woche|am Montag|Anfang des Monats]] im [[Lager|Verleih|Laden|Skiservice]] angefangen "
            "– ich hab {wen} empfohlen. [[Kann die Prämie mit der nächsten Abrechnung kommen?|Bekomme ich dafür die Werbeprämie?|"
            "Wie läuft das mit der Prämie?]]\n\n[[Danke|Merci|Gruß]], {g}")


@T("referral_bonus")
def praemie_antwort(c):
    r = c.staff()
    n = c.staff(cty=r.cty)
    c.s(a=anrede(c, r, True), ng=n.first_given(), d=c.date(-c.ri(1, 10), "long"), mon=c.ch(["April", "Juni", "August", "November"]))
    return ("{a}\n\n{ng} hat die Probezeit am {d} bestanden, die Prämie kommt mit der {lohn} für {mon}.\n\nDein Personalteam").replace(
        "{lohn}", "Lohnabrechnung" if c.cty != "AT" else "Gehaltsabrechnung")


@T("referral_bonus", cty="CH")
def praemie_formular_ch(c):
    r = c.staff(cty="CH")
    n = c.person(cty="CH")
    c.s(n=n.full(), tel=n.mobile(), e=n.email(), rn=r.full(), stelle=c.ch(["Verkauf", "Velowerkstatt", "Lager", "Skiservice"]))
    return ("[[Ich empfehle|Ich schlage|Bitte berücksichtigt]] {n} für die Stelle im {stelle}[[ vor|]]. [[Natel {tel}, Mail {e}.|"
            "Erreichbar unter {tel} oder {e}.|Kontakt: {e}, {tel}.]] [[Wir waren zusammen im SAC.|Wir haben zusammen in einem "
            "Sportgeschäft gearbeitet.|Kennt sich mit Skischuhen bestens aus.|]]\n– {rn}")


# ===========================================================================
# counterfeit_note (new)

@T("counterfeit_note")
def falschgeld_bericht(c):
    k = c.staff()
    o = c.person(cty=c.cty)
    c.s(d=c.date(0, "short"), t=c.time(), k=k.full(), o=o.sur(), h=o.hon(), tel=o.phone(o.cty, "land"), az=c.case_no(),
        schein=c.ch(["50-€-Schein", "100-€-Schein", "20-€-Schein"]) if c.cty != "CH" else c.ch(["100er-Note", "50er-Note"]),
        kasse="Kassa" if c.cty == "AT" else "Kasse", pn=c.pname())
    return ("Falschgeld-Meldung – {kasse} {n}, {d} {t}\nBlüte: {schein}\nKassierkraft: {k}\nDer Kunde hat die {pn} bezahlt und "
            "ist gegangen, bevor wir nachfragen konnten.\nPolizei Az. {az}, {h} {o} ({tel})").replace("{n}", str(c.ri(1, 6)))


@T("counterfeit_note")
def falschgeld_mail(c):
    o = c.person(cty=c.cty)
    cu = c.person()
    k = c.staff()
    c.s(h=o.hon(), o=o.sur(), cu=cu.full(), kn=k.full(), l4=str(c.ri(1000, 9999)), t=c.time(),
        gh="Sehr geehrte Frau" if o.gender == "f" else "Sehr geehrter Herr")
    return ("{gh} {o},\n\nwie telefonisch besprochen: Der Kunde, der um {t} mit dem Schein bezahlt hat, nannte sich {cu} und "
            "zahlte den Rest mit Karte (Endung {l4}). [[Die Videoaufnahme ist gesichert.|Der Kassenbon hängt an.]]\n\n"
            "Mit freundlichen Grüßen\n{kn}")


@T("counterfeit_note")
def falschgeld_notiz(c):
    k = c.staff()
    m = c.staff()
    c.s(k=k.first_given(), t=c.time(), m=m.first_given(), mt=m.mobile())
    return ("{k} hat um {t} [[mit der UV-Lampe|mit dem Prüfstift|beim Zählen]] einen falschen [[Fünfziger|Zwanziger|Hunderter|"
            "Zehner]] erwischt. [[Kunde ist weg.|Kunde meinte, der kam aus dem Automaten.|Kunde hat dann mit Karte bezahlt.]] "
            "[[Schein liegt im Tresor|Schein ist eingetütet im Tresor]], {m} hat Rufbereitschaft ({mt}).")


@T("counterfeit_note")
def falschgeld_bank(c):
    b = c.person(cty=c.cty)
    c.s(d=c.date(-c.ri(1, 5), "long"), n=b.full(), tel=b.phone(b.cty, "land"), ort=c.store_town,
        e=c.work_email(b, {"AT": "alpenbank.at", "CH": "bergkantonalbank.ch"}.get(c.cty, "talsparkasse.de")))
    return ("In Ihrer Einzahlung der Filiale {ort} vom {d} befand sich eine Fälschung, die wir an die Polizei weitergeleitet "
            "haben. Der Betrag wurde rückbelastet. Ansprechperson: {n}, {tel}[[, {e}|]]")


# ===========================================================================
# ski_locker_rental (new)

@T("ski_locker_rental", cty="AT")
def skidepot_at(c):
    p = c.person()
    du = c.chance(0.5)
    c.s(a=anrede(c, p, du), nr=str(c.ri(1, 120)), ort=c.ch(["Schladming", "Kitzbühel", "Innsbruck", "Zell am See"]),
        d1=c.date(0, "long"), d2=c.date(c.ri(30, 120), "long"), l4=str(c.ri(1000, 9999)), tel=p.mobile())
    if du:
        return ("{a}\n\ndein Skidepot-Kasterl Nr. {nr} bei Talgrat {ort} ist vom {d1} bis {d2} reserviert. Die Kaution ist auf "
                "deiner Karte mit Endung {l4} vorgemerkt. [[Wir schicken dir eine SMS an {tel}, falls sich was ändert.|"
                "Erinnerungen gehen an {tel}.]]\n\nSchönen Skiwinter!")
    return ("{a}\n\nIhr Skidepot-Fach Nr. {nr} bei Talgrat {ort} ist vom {d1} bis {d2} für Sie reserviert. Die Kaution ist auf "
            "Ihrer Karte mit Endung {l4} vorgemerkt. Benachrichtigungen senden wir an {tel}.")


@T("ski_locker_rental")
def skidepot_vertrag(c):
    p = c.person()
    lines = ["Mietvertrag Schließfach – Talgrat " + c.store_town,
             ["Mieter:in: ", p.full()],
             ["Anschrift: ", p.addr().one()],
             ["Mobil: ", p.mobile()],
             "Fach: F%02d   Saison %d/%02d" % (c.ri(1, 120), c.day().year, (c.day().year + 1) % 100),
             "Gebühr: " + c.money(60, 180)]
    if c.chance(0.5):
        lines.append(["E-Mail: ", p.email()])
    return c.rows(lines)


@T("ski_locker_rental")
def skidepot_schluessel(c):
    p = c.person()
    c.s(h=p.hs(), nr=str(c.ri(1, 80)), k=c.card(), s=c.staff().first_given())
    return ("{h} hat den Schlüssel für Fach {nr} verloren – Ersatzgebühr [[25 €|CHF 30.–|20 €]] auf Karte {k} belastet. "
            "[[{s} hat den neuen Schlüssel übergeben.|{s} hat das Schloss getauscht.]]")


@T("ski_locker_rental", cty="CH")
def skidepot_liste_ch(c):
    n = c.ri(2, 5)
    lines = ["Skidepot: nicht geräumte Fächer per " + c.date(c.ri(1, 10), "dm") + ":"]
    for _ in range(n):
        p = c.person(cty="CH")
        lines.append(["- F%02d " % c.ri(1, 80), p.LAST_first() if c.chance(0.6) else p.full(), ", Natel ", p.mobile()])
    lines.append("Bitte heute noch alle per SMS informieren.")
    return c.rows(lines)


# ===========================================================================
# contractor_job_sheet (new)

FIRMEN = ["Ladenbau Alpin GmbH", "Schlüsseldienst Nordkette", "Kälte-Klima Süd GmbH", "Elektro Blitzblank", "Torservice Alpen",
          "Glaserei Klarblick"]


@T("contractor_job_sheet")
def einsatzbericht(c):
    e = c.person()
    s = c.staff()
    lines = [["Servicebericht ", c.ticket()],
             "Einsatzort: " + c.store(),
             ["Monteur: " if e.gender == "m" else "Monteurin: ", e.full(), " (", c.ch(FIRMEN), "), ", e.mobile()],
             ["Ansprechperson Filiale: ", s.full()],
             "Arbeiten: " + c.ch(["Türschließer am Notausgang getauscht", "Klimageräte gewartet", "Rolltormotor repariert",
                                  "Lagertür neu geschlossen", "zwei LED-Panels ersetzt"]),
             "Zeit: %d:%02d–%d:%02d Uhr" % (c.ri(7, 9), c.ri(0, 59), c.ri(10, 12), c.ri(0, 59))]
    if c.chance(0.4):
        lines.append(["Abgenommen: ", s.init_sur()])
    return c.rows(lines)


@T("contractor_job_sheet")
def handwerker_termin(c):
    e = c.person()
    s = c.staff()
    du = c.chance(0.6)
    c.s(a=anrede(c, s, du), eg=e.first_given() if du else e.hs(), f=c.ch(FIRMEN), wt=c.weekday(c.ri(1, 6)), tel=e.mobile(),
        job=c.ch(["die Klimaanlage warten", "sich das Rolltor ansehen", "die Brandmeldeanlage prüfen", "die Kassentheke reparieren"]))
    return ("{a}\n\n{eg} von {f} kommt am {wt} zwischen 8 und 10 und wird {job}. Handy: {tel}. "
            "[[Bitte Hintertür offen lassen.|Jemand muss aufsperren.|]]\n\nHaustechnik").replace(
        "aufsperren", "aufsperren" if c.cty == "AT" else "aufschließen")


@T("contractor_job_sheet", cty="AT")
def handwerker_notiz_at(c):
    e = c.person(cty="AT")
    s = c.staff(cty="AT")
    c.s(n=e.full(), g=s.first_given(), e=c.role("buchhaltung"))
    c.s(job=c.ch(["Schlosserin", "Glaserin", "Elektrikerin"]) if e.gender == "f" else c.ch(["Schlosser", "Glaser", "Elektriker"]),
        a=c.ch(["7:30", "8:00", "6:45", "9:10"]), b=c.ch(["9:15", "10:40", "8:30", "11:05"]))
    return ("{job} {n} war von {a} bis {b} da und hat [[den Zylinder der Hintertür getauscht|die gesprungene Scheibe ersetzt|"
            "die Notbeleuchtung repariert|das Rolltor neu eingestellt]]; [[die Schlüssel hat {g}|neue Schlüssel liegen bei {g}|"
            "{g} hat abgenommen]]. Rechnung bitte an {e}.")


@T("contractor_job_sheet")
def handwerker_liste(c):
    n = c.ri(2, 5)
    lines = ["Fremdfirmen-Anmeldung – " + c.store()]
    for _ in range(n):
        e = c.person()
        lines.append([c.date(0, "short"), " ", c.time(c.ri(5, 90)), " KOMMT  ", e.full(), " – ", c.ch(FIRMEN), " – ", e.mobile()])
    return c.rows(lines)


# ===========================================================================
# texts without personal data

def dprice(c, pr):
    return c.price_of(pr, c.ch(["DE", "DE", "AT", "CH"]))


@NP("shelf_label")
def nl_regal1(c):
    pr = c.product()
    c.s(n=pr[1], sku=pr[2], col=c.ch(pr[5]), pr=dprice(c, pr))
    return "{n}\n{col} · {sku}\n{pr}[[ – mit jägergrünen Schnürsenkeln| – der kleine Bruder unseres Bestsellers| – König des Grats|]]"


@NP("shelf_label")
def nl_regal2(c):
    pr = c.product("socks")
    c.s(n=pr[1], pr=dprice(c, pr), col=c.ch(pr[5]))
    return "3 für 2 auf {n} – {pr} pro Paar.\n[[Warm wie ein Fuchs im Winter.|{col} ist zurück.|Für junge Füße und alte Wege.]]"


@NP("shelf_label")
def nl_regal3(c):
    pr = c.product("jacket")
    c.s(n=pr[1], sku=pr[2], pr=dprice(c, pr), g=c.gtin("40"))
    return "{n} | {sku} | GTIN {g} | {pr}\n[[Wolf|Vogel|Sommer]]-Kollektion – [[nur solange der Vorrat reicht|limitiert]]"


@NP("shelf_label")
def nl_regal4(c):
    a, b = c.product(), c.product()
    c.s(a=a[1], b=b[1], pa=dprice(c, a), pb=dprice(c, b))
    return "[[Neu|Tipp vom Team|Wieder da]]: {a} ({pa})\nPasst dazu: {b} ({pb})\nDer Bäcker nebenan hat Bergbrot. Wir haben die Jacke."


@NP("trail_report")
def nl_weg1(c):
    c.s(t=c.ch(["87435 Kempten", "6020 Innsbruck", "82467 Garmisch-Partenkirchen", "8970 Schladming", "3818 Grindelwald"]),
        m=str(c.ri(2, 30)))
    return ("Wegezustand rund um {t}: nach dem Regen im Mai matschig; die Brücke am Fuchsgraben ist {m} Tage gesperrt. "
            "[[Jägersteig wieder offen.|Am Wolfsgrat morgens vereist.|Der Almweg ist frei.]]")


@NP("trail_report")
def nl_weg2(c):
    c.s(h=str(c.ri(12, 25) * 100), s=str(c.ri(1, 4)))
    return ("Hüttenbericht: Lawinenwarnstufe {s}, Schneegrenze {h} m. [[Winterraum der Bäckeralm versorgt.|Der Steig zur "
            "Fuchsalm ist gespurt.|Am Königsjoch Triebschnee.]] Update am [[Montag|Donnerstag|Wochenende]].")


@NP("trail_report")
def nl_weg3(c):
    c.s(d=c.date(c.ri(1, 20), "long"), t=c.ch(["1070 Wien", "8001 Zürich", "80331 München", "5020 Salzburg"]))
    return "Gruppenwanderung ab {t} am {d}: 14 km, 600 Hm. [[Treffpunkt Bahnhof.|Hunde willkommen.|Brotzeit mitbringen.]] Bei gutem Wetter auf den Königsstuhl."


@NP("trail_report")
def nl_weg4(c):
    c.s(j="Jänner" if c.chance(0.5) else "Januar")
    c.s(w=str(c.ri(2, 6)))
    return "[[Im {j}|Ab Mitte {j}|Bis Ende {j}]] sperrt die Gemeinde den Winterweg zur Vogelwarte für {w} Wochen. Die Sommerroute über den Koch-Sattel [[bleibt offen|ist gespurt|ist vereist]]."


@NP("parcel_tracking")
def nl_paket1(c):
    c.s(p=c.parcel(), d=c.ref_phone_like(), t=c.time())
    return "Sendung {p}: [[in Zustellung|im Depot eingetroffen|beim Zoll]] um {t}. Depot-Referenz {d}."


@NP("parcel_tracking")
def nl_paket2(c):
    lines = ["Sendungsübersicht " + c.date(0, "short")]
    for _ in range(c.ri(2, 5)):
        lines.append(c.parcel() + " – " + c.ch(["zugestellt", "unterwegs", "verspätet", "Rücksendung"]))
    return c.rows(lines)


@NP("parcel_tracking")
def nl_paket3(c):
    c.s(p=c.parcel(), q=c.ref_phone_like(), tr=c.ref_phone_like())
    return "Wechselbrücke {tr} hat das Hub verspätet verlassen. Sendungen wie {p} kommen einen Tag später. Vorgang {q}; Packstation und Postfach nicht betroffen."


@NP("parcel_tracking")
def nl_paket4(c):
    c.s(p=c.parcel(), o=c.order_no())
    return "Bestellung {o} kommt in zwei Paketen; das erste ist {p}. [[Unterschrift nötig.|Ablageort erlaubt.|Zustellung an Nachbarn erlaubt.]]"


@NP("supplier_directory")
def nl_lief1(c):
    c.s(a=c.ch(["Schneider Logistik GmbH", "Vogel & Winter Transporte", "Hahn & Kaiser Seilerei", "Klein & Lang Bänder"]),
        g=c.gtin(), g2=c.gtin())
    return "{a} – [[Karabiner|Abspannleinen|Seilsäcke]], GTIN {g}; [[Nachbestellung ab 40 Stück|Mindestmenge 200]]. Alternativ GTIN {g2}."


@NP("supplier_directory")
def nl_lief2(c):
    firmen = ["Braun & Schwarz Kältetechnik", "Jäger Elektro AG", "Fuchs Haustechnik GmbH", "Bauer Sicherheitsdienste",
              "Koch & Sommer Reinigung", "Engel Brandschutz GmbH", "Metzgerei Jäger"]
    lines = ["Freigegebene Lieferanten:"]
    for x in c.sample(firmen, c.ri(2, 4)):
        lines.append("- " + x + " (" + c.ch(["Kempten", "Graz", "Chur", "Bielefeld", "Rosenheim"]) + "), GTIN " + c.gtin())
    return c.rows(lines)


@NP("supplier_directory")
def nl_lief3(c):
    c.s(a=c.ch(["Engel Brandschutz GmbH", "Fuchs Haustechnik GmbH", "Jäger Elektro AG"]), v=c.ref_phone_like())
    return "{a} ist unser [[Hauptdienstleister|Ersatzdienstleister]] für [[Brandmelder|Heizung|Beleuchtung]]. Kreditor {v}. Preise fest bis Dezember."


@NP("supplier_directory")
def nl_lief4(c):
    c.s(g=c.gtin(), pr=c.money(2, 40))
    return "Strumpfwirkerei Storch & Fink (Allgäu) – [[Merinomischung|Alpakamix|Wolle-Nylon]], Stückpreis {pr}, GTIN {g}. Muster kommen im [[Mai|Juni|März]]."


@NP("release_notes")
def nl_rel1(c):
    c.s(v="%d.%d.%d" % (c.ri(1, 6), c.ri(0, 20), c.ri(0, 30)), b=str(c.ri(1000, 99999)), h="".join(c.ch("0123456789abcdef") for _ in range(7)))
    return "Kassen-App {v} (Build {b}, Commit {h})\n- [[Bondruck schneller|Rundung bei Rabatten korrigiert|Scanner verbindet sich nach Standby neu]]\n- [[Tagesabschluss um Mitternacht|neuer Gutscheinablauf]]"


@NP("release_notes")
def nl_rel2(c):
    c.s(v="%d.%d.%d" % (c.ri(1, 6), c.ri(0, 20), c.ri(0, 30)), p=str(c.ri(1024, 9999)))
    c.s(b=str(c.ri(5, 25)))
    return ("[[Handscanner|Bondrucker|Etikettendrucker]]-Firmware {v}: [[Port {p} einstellbar|lauscht auf Port {p}|Port {p} "
            "ersetzt den alten Standard]]; Akkuwarnung bei {b} %. [[Nach der Installation ein Neustart.|Erst nach Ladenschluss "
            "installieren.|Verteilung ab Montag.]]")


@NP("release_notes")
def nl_rel3(c):
    c.s(a="%d.%d.%d" % (c.ri(1, 4), c.ri(0, 9), c.ri(0, 9)), b="%d.%d.%d" % (c.ri(5, 9), c.ri(0, 9), c.ri(0, 9)), g=c.gtin())
    return "Etikettendrucker-Treiber {a} → {b}. Behebt, dass GTIN {g} nur zwölfstellig gedruckt wurde."


@NP("release_notes")
def nl_rel4(c):
    c.s(v="%d.%d.%d" % (c.ri(2, 9), c.ri(0, 20), c.ri(0, 9)), n=str(c.ri(3, 40)))
    return ("Webshop {v}\n* {n} Übersetzungen aktualisiert\n* [[Größentabelle Steinlauf korrigiert|Farbfilter repariert|"
            "schnellere Suche]]\n* [[Text zur Kulanzfrist gekürzt|neue Landingpage Hüttentour|Banner „König des Grats“]]"
            "[[\n* Warenkorb merkt sich Artikel 30 Tage|]]")


@NP("inventory_count", mode="layout")
def nl_inv1(c):
    lines = ["Inventur " + c.store_town + ", " + c.date(0, "short")]
    for i in c.sample(list(range(12)), c.ri(2, 5)):
        p = PRODUCTS[i]
        lines.append("%s  %s  %d" % (p[2], c.gtin("40"), c.ri(0, 60)))
    return c.rows(lines)


@NP("inventory_count")
def nl_inv2(c):
    pr = c.product()
    c.s(n=pr[1], col=c.ch(pr[5]), gr=c.size(pr), pal=c.ref_phone_like())
    return "Bestand niedrig: {n}, {col}, Größe {gr} – noch 2 Stück. Palette {pal} kommt [[Dienstag|Donnerstag]]."


@NP("inventory_count")
def nl_inv3(c):
    c.s(t=c.ref_phone_like(), x=str(c.ri(10, 400)))
    return ("Umlagerung {t}: {x} Teile vom [[Zentrallager|Außenlager|Lager Kempten]] in die Filialen. [[Wolfsgraues Fleece "
            "falsch gezählt|Fuchsrote Mützen fehlen|Jägergrüne Socken doppelt gebucht]], bis [[Freitag|Montag|Monatsende]] nachzählen.")


@NP("inventory_count")
def nl_inv4(c):
    c.s(g=c.gtin(), b="L-%02d-%02d" % (c.ri(1, 30), c.ri(1, 9)))
    return ("Lagerplatz {b}: GTIN {g} [[doppelt erfasst|ohne Bestand|falsch etikettiert]]. [[Bestände zusammenführen.|Eins neu "
            "etikettieren.|Bitte prüfen.]] [[Jägergrün und Schiefer vertauscht.|Größen M und L vermischt.|Karton beschädigt.]]")


@NP("recipe_card")
def nl_rez1(c):
    c.s(g=str(c.ri(3, 8) * 100), m=str(c.ri(3, 9) * 10), n=str(c.ri(2, 8)))
    return "Jäger-Eintopf für [[die Hütte|{n} Personen|kalte Nächte]]: {g} g Linsen, [[zwei Zwiebeln|eine Stange Lauch|getrocknete Pilze]], Paprika. Der Bäcker im Dorf verkauft Brot [[bis Mittag|ab 7 Uhr|nur samstags]]. {m} Minuten kochen."


@NP("recipe_card")
def nl_rez2(c):
    c.s(n=str(c.ri(2, 6)), g=str(c.ri(2, 6) * 50))
    return ("Müsliriegel für {n} Personen: {g} g Haferflocken, [[Honig|Ahornsirup|Rübensirup]], etwas Butter, [[getrocknete "
            "Hagebutten|Rosinen|gehackte Haselnüsse]]. Hält sich [[bis in den Mai|eine Woche in der Dose|gut auf Tour]].")


@NP("recipe_card")
def nl_rez3(c):
    c.s(e=str(c.ri(2, 6)), m=str(c.ri(1, 4) * 100))
    return "Kaiserschmarrn am Kocher: {e} Eier, {m} g Mehl, Milch, [[Rosinen|Preiselbeeren|Zucker]]. Wie ein Koch am Herd – nur mit Bergblick. [[Dazu Apfelmus vom Bauern.|Zwetschkenröster passt auch.]]"


@NP("recipe_card")
def nl_rez4(c):
    c.s(t=str(c.ri(8, 20)), g=str(c.ri(3, 6) * 100))
    return ("Fladenbrot im [[Topf|Pfandl|Glutbett]]: {g} g Mehl, [[Hefe|Backpulver|Sauerteig]], Wasser, Salz. {t} Minuten kneten "
            "wie ein Bäcker. [[Im Winter dauert das Gehen länger.|Passt zu jedem Eintopf.|Der König des Lagerfrühstücks.]]")


@NP("store_hours")
def nl_zeit1(c):
    c.s(t=c.ch(["87435 Kempten", "6020 Innsbruck", "8001 Zürich", "80331 München", "1070 Wien"]))
    return "Talgrat {t}: Mo–Sa 9:00–18:30 Uhr. [[Am 1. Mai geschlossen.|Donnerstags bis 20 Uhr.]]"


@NP("store_hours")
def nl_zeit2(c):
    c.s(d=c.date(c.ri(1, 40), "long"))
    return "Feiertagsöffnung: Am {d} öffnen wir um [[11|10.30|12]] Uhr. [[Inventur ab 17 Uhr.|Der Online-Sale startet am selben Tag.|Geöffnet bis 20 Uhr.]]"


@NP("store_hours")
def nl_zeit3(c):
    c.s(t=c.store_town, w=c.ch(["16", "17", "17.30"]))
    return "[[Ab 6. Jänner|Ab 7. Januar|Nach Dreikönig|Ab Aschermittwoch]] gelten in {t} wieder die normalen Öffnungszeiten. Die Werkstatt schließt um {w} Uhr."


@NP("store_hours")
def nl_zeit4(c):
    c.s(t=c.ch(["Chur", "Graz", "Leipzig", "Luzern", "Freiburg"]))
    return "Filiale {t} vom 12. bis 14. [[März|Juni|Oktober]] wegen Umbau geschlossen. Click & Collect im Nachbarladen."


@NP("size_chart", mode="layout")
def nl_gr1(c):
    rows = ["EU | UK | cm"]
    s = c.ri(36, 40)
    for i in range(c.ri(3, 6)):
        rows.append("%d | %d | %.1f" % (s + i, s + i - 33, 22.5 + (s + i - 36) * 0.7))
    return c.rows(rows)


@NP("size_chart", mode="layout")
def nl_gr2(c):
    pr = c.product(["jacket", "shirt"])
    base = c.ri(86, 94)
    rows = [pr[1], "Größe | Brust (cm) | " + c.ch(["Arm (cm)", "Rückenlänge (cm)", "Taille (cm)"])]
    for i, sz in enumerate(c.ch([["S", "M", "L", "XL"], ["XS", "S", "M", "L"], ["S", "M", "L", "XL", "XXL"]])):
        lo = base + 6 * i
        rows.append("%s | %d–%d | %d" % (sz, lo, lo + 4, c.ri(70, 80) + 2 * i))
    return c.rows(rows)


@NP("size_chart")
def nl_gr3(c):
    pr = c.product("socks")
    c.s(n=pr[1], pr=dprice(c, pr))
    return "{n}: S 35–38, M 39–42, L 43–46. {pr} pro Paar. Zwischen zwei Größen? [[Lieber kleiner.|Lieber größer.]]"


@NP("size_chart")
def nl_gr4(c):
    pr = c.product("trousers")
    c.s(l=str(c.ri(76, 86)), n=pr[0].split()[0], k=str(c.ri(4, 6)))
    return ("Schrittlänge: Kurzgröße {l} cm, Normalgröße +{k} cm, Langgröße +10 cm. Die {n} gibt es [[nur normal und lang|in "
            "allen drei Längen|diese Saison nur normal]].")


@NP("promo_calendar")
def nl_aktion1(c):
    c.s(d=c.date(c.ri(5, 40), "long"), code="BERG" + str(c.ri(10, 30)))
    return "Frühjahrsaktion ab {d}: 20 % auf Rucksäcke mit Code {code}. [[Endet am 1. Mai.|Läuft zehn Tage.]]"


@NP("promo_calendar")
def nl_aktion2(c):
    lines = ["Kampagnenplan:"]
    for _ in range(c.ri(2, 4)):
        lines.append("- " + c.date(c.ri(1, 90), "dm") + ": " + c.ch(["Newsletter", "Schaufenster", "Sale", "Event"]) + " – " + c.pname())
    return c.rows(lines)


@NP("promo_calendar")
def nl_aktion3(c):
    pr = c.product()
    c.s(n=pr[1], p=dprice(c, pr))
    return "[[Black Friday|Winterschlussverkauf|Frühjahrsputz]]: {n} für {p}. Kulanzfrist für Rückgaben bis [[31. Jänner|28. Februar|sechs Wochen]] verlängert."


@NP("promo_calendar")
def nl_aktion4(c):
    c.s(p=c.money(5, 25, cents=False), n=str(c.ri(15, 60)), d=c.date(c.ri(5, 60), "long"))
    return "Vollmondwanderung mit dem Jäger vom Hof am {d} – Karten {p}, {n} Plätze. [[Junge Bergfüchse gehen gratis mit.|Kinder frei.]] Stirnlampe nicht vergessen."
