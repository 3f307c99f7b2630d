"""German prose templates (18 genres with personal data, written in German with du and Sie,
Austrian and Swiss variants) and German texts without personal data (10 genres) for the held-out
half of the thirty-first PII bank (heldout31)."""

from pii31_held_core import PRODUCTS, Lab, fix


def T(g, n, lo=8, hi=20):
    return {"t%d" % (i + 1): t for i, t in enumerate(g.times(n, lo, hi))}


def D(g, n, style="num"):
    return {"d%d" % (i + 1): d for i, d in enumerate(g.dseq(n, style))}


def gruss(g):
    if g.country == "CH":
        return g.pick(["Freundliche Grüsse", "Liebe Grüsse", "Beste Grüsse"])
    if g.country == "AT":
        return g.pick(["Liebe Grüße", "LG", "Beste Grüße", "Schöne Grüße"])
    return g.pick(["Viele Grüße", "Beste Grüße", "Liebe Grüße", "Freundliche Grüße"])


# ---------------------------------------------------------------------------------------------
# support_email
# ---------------------------------------------------------------------------------------------

def se_umtausch(g):
    p = g.person()
    return g.r("""Betreff: [[Umtausch|Falsche Größe|Frage zu meiner Bestellung]] {order}

[[Hallo Talgrat-Team|Hallo zusammen|Liebes Talgrat-Team]],

ich habe am {date} {prod_acc} ({sizel}, {colour}) bestellt. [[Leider passt die Größe nicht|Eine Naht ist schon nach dem ersten Tragen offen|Die Farbe sieht ganz anders aus als auf den Fotos]]. Könnt ihr mir [[eine Nummer größer|Ersatz|eine andere Farbe]] schicken?
[?Ich bin inzwischen umgezogen, bitte schickt es an:
{p.addr2}?]
[[Erreichbar bin ich unter|Für Rückfragen:|Ruft mich gern an:]] {p.tel}

{gr}
{p.full}""", p=p, gr=gruss(g))


def se_erstattung(g):
    p = g.person(need_iban=True)
    s = g.staff()
    return g.r("""{p.sg} {p.last},

vielen Dank für Ihre Rücksendung ({prod}). [[Unsere Werkstatt hat den Artikel geprüft|Unser Retourenteam in {store} hat den Artikel geprüft]], wir erstatten Ihnen {amt}.
Da Sie [[per Rechnung|per Überweisung]] bezahlt haben, geht der Betrag an das von Ihnen angegebene Konto:
IBAN {p.iban}[?, Kontoinhaber {p.full}?]
[[Die Gutschrift sollte in drei bis fünf Werktagen eingehen.|Bitte rechnen Sie mit bis zu fünf Werktagen.]]

Freundliche Grüße
{s.full}
Talgrat Kundenservice""", p=p, s=s)


@fix("CH")
def se_schweiz(g):
    p = g.person(need_iban=True)
    s = g.staff()
    return g.r("""{p.gruezi} {p.last}

Besten Dank für Ihre Nachricht. Wir haben Ihre Rücksendung ({prod}) erhalten und erstatten Ihnen {amt} innert [[fünf|zehn]] Arbeitstagen auf das Konto {p.iban}.[? Die Bestätigung geht auch an {p.email}.?]

Freundliche Grüße
{s.full}
Talgrat {store}""", p=p, s=s)


@fix("AT")
def se_oesterreich(g):
    p = g.person()
    s = g.staff()
    return g.r("""Servus {p.first},

deine Reparatur ({rprod}) ist aus der Werkstatt zurück – [[der Zipp ist neu|die Naht ist wieder dicht|die Schnalle ist getauscht]]. Du kannst sie [[ab {weekday}|ab morgen]] in {store} an der Kassa abholen[? oder wir schicken sie dir an {p.addr1}?].

LG
{s.first}""", p=p, s=s)


def se_zitat(g):
    p = g.person()
    s = g.staff()
    return g.r("""Hallo {p.first},

[[gute Nachricht|danke für deine Geduld]] – die Ersatzlieferung ({short}) ist heute mit der Sendungsnummer {parcel} rausgegangen.

{gr}
{s.full}
{s.email}

Am {date} schrieb {p.full} <{p.email}>:
> Hallo, ich warte immer noch auf meinen Umtausch vom {date2}.
> [[Meine Handynummer: {p.mobile}|Fehlt noch etwas von meiner Seite?|Ich bin ab nächster Woche im Urlaub.]]
> {p.first}""", p=p, s=s, gr=gruss(g))


def se_karte(g):
    p = g.person()
    s = g.staff()
    return g.r("""Hallo {p.first},

bitte schick uns nie deine vollständige Kartennummer per Mail – wir haben deine Nachricht [[aus Sicherheitsgründen|sofort]] gelöscht. Die Bestellung {order} ist noch offen, du kannst die Zahlung einfach wiederholen.

{gr}
{s.first}, Talgrat Kundenservice

> Von: {p.email}
> Meine Karte wurde an der Kasse [[zweimal|dreimal]] abgelehnt. Nummer {p.card}, gültig bis [[08/28|11/27|03/29]]. Könnt ihr das manuell buchen?""", p=p, s=s, gr=gruss(g))


# ---------------------------------------------------------------------------------------------
# crm_note
# ---------------------------------------------------------------------------------------------

def crm_telefonat(g):
    p = g.person()
    return g.r("""Telefonat mit {p.herrn} {p.last} ({p.tel}) wegen {order}: [[möchte lieber Geld zurück statt Umtausch|holt am {weekday} in {store} ab|ist mit dem Ersatz zufrieden|wartet noch auf den Paketdienst]].[? Neue E-Mail {p.email} hinterlegt.?]""", p=p)


def crm_verlauf(g):
    p = g.person(need_iban=True)
    s = g.staff()
    old = g.address(p.country).street
    return g.r("""{p.LF} – Kontaktverlauf
{d1}: [[Anruf|Mail]] wegen [[undichter Naht|abgelöster Sohle|kaputtem Zipp]] ({rshort}); Retourenlabel an {p.email}.
{d2}: Paket in der Werkstatt, Reparatur nicht möglich.
{d3}: umgezogen – {old} ersetzt durch {p.addr1}.
{d4}: Erstattung {amt} auf {p.iban}, freigegeben von {s.first}.""", p=p, s=s, old=old, **D(g, 4))


def crm_dublette(g):
    p = g.person()
    return g.r("""Dubletten zusammengeführt: „{p.full}“ ({p.email}) und „{p.il}“ ({p.email2}). Älteres Konto behalten[[, Bonuspunkte übertragen|, Bestellhistorie zusammengelegt]].[? Telefon: {p.mobile}.?][? Letzter Login beider Konten von {p.ip}.?]""", p=p)


@fix("AT")
def crm_kompositum(g):
    p = g.person()
    return g.r("""Die {p.last}-Reklamation ist erledigt: [[Ersatz ({short}) im Sackerl an der Kassa hinterlegt|Gutschrift über {amt} ausgestellt]]. Kundin bzw. Kunde informiert unter {p.tel}.""", p=p)


def crm_genitiv(g):
    p = g.person()
    return g.r("""{gen} Bestellung {order} [[hängt beim Lager|ist doppelt gebucht|wurde storniert]]. [[Bitte zurückrufen|Rückruf erbeten]]: {p.mobile}.[? Bevorzugt Kontakt per Mail ({p.email}).?]""", p=p, gen=p.given_s)


# ---------------------------------------------------------------------------------------------
# team_chat
# ---------------------------------------------------------------------------------------------

def tc_lager(g):
    a, b = g.staff(), g.staff()
    c = g.person()
    return g.r("""{t1} {a.lowfirst}: hat jemand die {short}-retoure von heute früh gesehen? {c?kunde|kundin} ist {c.full}
{t2} {b.lowfirst}: liegt im lager, bon klebt dran
{t3} {a.lowfirst}: danke. [[{c?er|sie} will|bitte]] einen rückruf unter {c.mobile} wenn's geprüft ist
{t4} {b.lowfirst}: [[mach ich|ok|👍]]""", a=a, b=b, c=c, **T(g, 4))


def tc_webchat(g):
    s = g.staff()
    c = g.person()
    return g.r("""[{t1}] Besucher: hallo, kann ich die lieferadresse für {order} noch ändern?
[{t2}] {s.first} (Talgrat): Hallo! [[Klar|Gerne]] – magst du mir deinen Namen und die neue Adresse schicken?
[{t3}] Besucher: {c.full}, {c.addr1}
[{t4}] {s.first} (Talgrat): Danke {c.first}, ist geändert. Sonst noch was?
[{t5}] Besucher: [[nein, danke!|kannst du mir eine sms schicken wenn's rausgeht? {c.mobile}|bitte die bestätigung auch an {c.email}]]""", s=s, c=c, **T(g, 5))


@fix("CH")
def tc_schweiz(g):
    a, b = g.staff(), g.staff()
    c = g.person()
    return g.r("""{t1} {a.lowfirst}: hoi zäme, chan öpper am samschtig für mich übernäh? bi chrank
{t2} {b.lowfirst}: ich chan am morge
{t3} {a.lowfirst}: merci vielmal! und {c?dr|d} {c.full} chunnt am {time} wäg de {short}, {c?sis|iri} natel isch {c.mobile}
{t4} {b.lowfirst}: alles klar""", a=a, b=b, c=c, **T(g, 4))


@fix("AT")
def tc_oesterreich(g):
    a, b = g.staff(), g.staff()
    c = g.person()
    return g.r("""{t1} {a.lowfirst}: servas, wer sperrt morgen auf? i steh im stau
{t2} {b.lowfirst}: i mach des
{t3} {a.lowfirst}: leiwand. die {c.lowfirst}-retoure liegt bei der kassa, [[bitte anrufen|{c?er|sie} wartet auf an anruf]]: {c.tel}
{t4} {b.lowfirst}: passt""", a=a, b=b, c=c, **T(g, 4))


def tc_beschwerde(g):
    a, b = g.staff(), g.staff()
    c = g.person()
    return g.r("""{a.first}: Achtung, {c.herr} {c.last} hat [[schon zweimal angerufen|sich beschwert]] wegen der Erstattung zu {order}
{b.first}: welche Mail?
{a.first}: {c.email}, bezahlt per Karte, [[Erstattung hängt auf „ausstehend“|Bank sagt, nichts angekommen]]
{b.first}: [[schau ich mir an|ich kümmere mich nach der Pause drum]][? und ruf {c?ihn|sie} unter {c.tel} zurück?]""", a=a, b=b, c=c)


# ---------------------------------------------------------------------------------------------
# call_note
# ---------------------------------------------------------------------------------------------

def cn_anruf(g):
    p = g.person()
    return g.r("""{time} Uhr – Anruf von {p.herrn} {p.last}, {p.tel}. [[Fragt, ob es {prod_acc} in {colour} gibt|Will wissen, wann {order} ankommt|Beschwert sich über eine offene Naht ({rshort})]]. [[Rückruf morgen zugesagt|Link per Mail an {p.email} geschickt|An die Werkstatt weitergegeben]].""", p=p)


def cn_mailbox(g):
    p = g.person()
    return g.r("""Mailbox, {weekday}, {time} Uhr:
„Ja, hallo, hier ist {p.full}, es geht um [[meine Bestellung|die Reparatur|den Umtausch]] {order}. [[Können Sie mich bitte zurückrufen|Ruft mich bitte zurück]], unter {p.mobile} – also {p.mobile2}. [[Danke, tschüss.|Danke.|Ich bin ab vier erreichbar.]]“""", p=p)


def cn_bestellung(g):
    p = g.person()
    s = g.staff()
    return g.r("""Telefonbestellung, aufgenommen von {s.first}, {date}
{p.full} – {prod}, {colour}, {sizel}, {price}
Karte telefonisch durchgegeben: {p.card}[? (gültig bis [[09/28|12/27|04/29]])?]
Lieferung an {p.addr}
[?Rückruf unter {p.tel}, falls etwas nicht lieferbar ist.?]""", p=p, s=s)


def cn_rueckruf(g):
    ps = g.people_n(g.randint(2, 4))
    out = g.r("""[[Rückrufe für|Zurückrufen am]] {weekday}:
""")
    for i, p in enumerate(ps):
        out = out + g.r("""{i}. {p.name} – {p.tel} – [[Erstattung|Reparaturstatus|Größentausch|Beratungstermin]]""", p=p, i=str(i + 1))
        if i < len(ps) - 1:
            out = out + "\n"
    return out


@fix("CH")
def cn_natel(g):
    p = g.person(need_iban=True)
    return g.r("""Anruf {time}: {p.herr} {p.last} möchte {prod_acc} zurückgeben und das Geld aufs Konto {p.iban}. Natel {p.mobile}. [[Retourenschein per Mail geschickt.|Kommt am {weekday} in der Filiale vorbei.]]""", p=p)


# ---------------------------------------------------------------------------------------------
# postal_letter
# ---------------------------------------------------------------------------------------------

def pl_widerruf(g):
    p = g.person(need_iban=True)
    return g.r("""{p.full}
{p.addr2}

Talgrat Outdoor – Retouren, {date}

Widerruf [[meiner Bestellung|des Kaufvertrags]] {order}

Sehr geehrte Damen und Herren,

hiermit widerrufe ich den Vertrag über den Kauf des Artikels {prod}. Bitte überweisen Sie den Kaufpreis von {price} auf mein Konto:
IBAN {p.iban}

Mit freundlichen Grüßen
{p.full}""", p=p)


def pl_empfaenger(g):
    p = g.person()
    co = g.person()
    return g.r("""{p.herrn}
{p.full}
[?c/o {co.full}
?]{p.addr2}

{date}

{p.lieb} {p.first},

[[vielen Dank für deinen Brief|danke für deine Karte]] zu deiner Bestellung ({rprod}). [[Wir haben den Reißverschluss kostenlos getauscht|Wir schicken dir Ersatz]][? und legen dir einen Gutschein für deinen nächsten Besuch in {store} bei?].

{gr}
dein Talgrat-Team""", p=p, co=co, gr=gruss(g))


@fix("AT")
def pl_oesterreich(g):
    p = g.person()
    return g.r("""{p.full}
{p.addr2}

An Talgrat Outdoor, Filiale {store}

Betreff: Beschwerde, {rprod}

Sehr geehrte Damen und Herren,

der am {date} gekaufte Artikel [[hat sich bereits nach zwei Touren aufgelöst|ist an den Nähten undicht]]. Ich ersuche um [[Austausch|Rückerstattung]] und um Rückmeldung unter {p.tel}.

Hochachtungsvoll
{p.full}""", p=p)


@fix("CH")
def pl_schweiz(g):
    p = g.person()
    co = g.person()
    return g.r("""Einschreiben
{p.full}
[?c/o {co.full}
?]{p.addr2}

{date}

{p.gruezi} {p.last}

Die Rechnung {order} ist seit dem {date2} offen. Wir bitten Sie, den Betrag von {amt} innert 30 Tagen zu begleichen. Bei Fragen erreichen Sie uns unter {store_phone}.

Freundliche Grüße
Talgrat Outdoor AG""", p=p, co=co)


def pl_dank(g):
    p = g.person()
    return g.r("""Von: {p.full}, {p.addr1}

Liebes Team in {store},

[[herzlichen Dank für die tolle Beratung|danke, dass ihr meine alte Jacke noch repariert habt]]! [[Ich war damit schon auf der Zugspitze.|Sie hat jetzt ihre zwanzigste Saison vor sich.]]

Herzliche Grüße
{p.first}""", p=p)


# ---------------------------------------------------------------------------------------------
# tour_report (Namen im Fließtext ohne Anrede, Feld, Gruß oder Unterschrift; nur Listennamen)
# ---------------------------------------------------------------------------------------------

def tr_bergtour(g):
    a, b, c, d = g.people_n(4, cue=False)
    return g.r("""Um acht Uhr trafen sich elf Wanderlustige am Parkplatz in [[Oberstdorf|Hinterstein|Pfronten]]. {a.full} führte die Gruppe durch das Tal, {b.full} achtete darauf, dass niemand zurückblieb. Am See riss die Wolkendecke auf, und {c.first} verteilte Müsliriegel an alle. Beim Abstieg entdeckte {d.full} [[zwei Gämsen|einen Steinadler]][? – und {a.first} gab endlich zu, dass die Abkürzung länger war?]. [[Um vier waren alle zurück am Auto.|Kaiserschmarrn auf der Alpe rundete den Tag ab.]]""", a=a, b=b, c=c, d=d)


def tr_klettersteig(g):
    a, b, c = g.people_n(3, cue=False)
    return g.r("""Der Klettersteigtag begann mit einer kurzen Einweisung in der Filiale {store}. Am Einstieg prüfte {a.full} alle Sets, während {b.full} die Helme verteilte. {c.full} [[meisterte die Hängebrücke als Erste|hatte danach den breitesten Grinser]][[.| – Respekt!]][? Danke an {b.first} für den Kuchen am Ende.?]""", a=a, b=b, c=c)


def tr_glueckwunsch(g):
    a, b = g.people_n(2, cue=False)
    return g.r("""Wir gratulieren {a.full} und {b.full}, die [[den Lechweg in vier Tagen|die Transalp von Oberstdorf nach Meran|alle Gipfel des Allgäuer Hauptkamms]] geschafft haben – [[in unseren Trittweg-Socken|mit {prod_dat} im Gepäck]].""", a=a, b=b)


def tr_huette(g):
    a, b, c = g.people_n(3, cue=False)
    return g.r("""Tag drei der Hüttentour war der längste. {a.first} gab über das Joch ein ruhiges Tempo vor, und {b.full} hielt die Stimmung auch im Nieselregen hoch. Auf der Hütte [[brachte uns {c.full} ein Kartenspiel bei|trocknete {c.full} alle Schuhe am Ofen|kochte {c.full} für den ganzen Tisch]]. {gen} Thermoskanne hat übrigens die ganze Tour überlebt.""", a=a, b=b, c=c, gen=a.given_s)


def tr_tipps(g):
    a, b = g.people_n(2, cue=False)
    return g.r("""Die Tipps des Monats kommen aus {store}: {a.full} schwört für Hunderunden im Winter auf {prod_acc}, und {b.full} hatte {prod2_acc} [[am Watzmann|auf dem Meraner Höhenweg|im Karwendel]] dabei – [[bei Dauerregen|bei dreißig Grad]]. [?Fragt die beiden gern im Laden.?]""", a=a, b=b)


# ---------------------------------------------------------------------------------------------
# cashback_claim
# ---------------------------------------------------------------------------------------------

def cb_antrag(g):
    p = g.person(need_iban=True)
    return g.r("""Betreff: Cashback – {short}

[[Hallo|Hallo zusammen|Liebes Talgrat-Team]],

ich habe am {date} {prod_acc} [[in eurer Filiale {store}|online, Bestellnummer {order},]] gekauft und möchte die {cb} Cashback aus der [[Frühjahrs|Herbst|Winter]]aktion beantragen.[? Bonnummer: {receipt}.?]
Bitte überweist den Betrag auf:
IBAN {p.iban}
Kontoinhaber: {p.full}

{gr}
{p.first}""", p=p, cb=g.money(g.pick([20, 25, 30, 40])), gr=gruss(g))


def cb_bestaetigt(g):
    p = g.person(need_iban=True)
    s = g.staff()
    return g.r("""Hallo {p.first},

dein Cashback-Antrag {case} für {prod_acc} ist genehmigt. Wir überweisen {cb} [[innerhalb von zehn Werktagen|bis Monatsende]] auf dein Konto mit der Endung {tail}.[? Die Bestätigung ging auch an {p.email}.?]

Viel Freude damit!
{s.first}, Talgrat Cashback-Team""", p=p, s=s, cb=g.money(g.pick([20, 25, 30, 40])), tail=p.iban_raw[-4:])


def cb_abgelehnt(g):
    p = g.person()
    return g.r("""{p.sg} {p.last},

vielen Dank für Ihren Cashback-Antrag. Leider ist er erst am {date} und damit nach Aktionsende bei uns eingegangen, daher können wir ihn [[nicht mehr berücksichtigen|leider nicht auszahlen]]. Wenn Sie ihn früher abgeschickt haben, antworten Sie gern auf diese Mail oder rufen Sie uns an: {store_phone}.

Freundliche Grüße
Talgrat Cashback-Team""", p=p)


def cb_pruefung(g):
    a = g.person(need_iban=True)
    b = g.person()
    return g.r("""Cashback-Prüfung: Die Anträge von {a.full} ({a.email}) und {b.full} ({b.email}) nennen beide die IBAN {a.iban}[? und kamen von derselben IP-Adresse, {ip}?]. [[Unterschiedliche Nachnamen, gleiches Konto|Beide mit demselben Bon {receipt}]] – [[beide zurückgestellt, bis wir gesprochen haben|ersten ausgezahlt, zweiten angehalten]].[? {b.first} sagt, es sei ein Gemeinschaftskonto.?]""", a=a, b=b, ip=g.ip())


@fix("AT")
def cb_oesterreich(g):
    p = g.person(need_iban=True)
    return g.r("""Hallo {p.first},

danke für deine Teilnahme an der Cashback-Aktion! Die {cb} für {prod_acc} landen bis [[Ende Jänner|Monatsende]] auf {p.iban}. Bei Fragen sind wir unter {store_phone} erreichbar.

Schöne Grüße aus {store}""", p=p, cb=g.money(g.pick([20, 25, 30])))


# ---------------------------------------------------------------------------------------------
# consignment_intake (Talgrat Secondhand: gebrauchte Ausrüstung in Kommission)
# ---------------------------------------------------------------------------------------------

def ci_annahme(g):
    p = g.person(need_iban=True)
    s = g.staff()
    return g.r("""Secondhand-Annahme {store}, {date}
Verkäufer/in: {p.full}, {p.tel}
Artikel: {prod} ({colour}, {sizel}) [[– guter Zustand|– kleiner Fleck am Ärmel|– wie neu]][?; {prod2}?]
Wunschpreis {amt}, Provision 30 %.
Auszahlung auf {p.iban}
Angenommen von {s.first}""", p=p, s=s)


def ci_verkauft(g):
    p = g.person(need_iban=True)
    x = g.randint(40, 260)
    return g.r("""Hallo {p.first},

gute Nachricht: Dein Artikel ({prod}) wurde [[heute Vormittag|gestern|am Wochenende]] für {sold} verkauft. Abzüglich 30 % Provision überweisen wir dir {pay} innerhalb von [[fünf|sieben]] Werktagen auf {p.iban}.

Danke, dass du deiner Ausrüstung ein zweites Leben schenkst!
Dein Team in {store}""", p=p, sold=g.money(x), pay=g.money(round(x * 0.7, 2)))


def ci_unverkauft(g):
    p = g.person()
    return g.r("""{p.sg} {p.last},

Ihr Artikel ({prod}) hängt seit 60 Tagen in unserer Secondhand-Ecke, ohne verkauft worden zu sein. Sie können ihn bis {date} [[an der Kasse in {store} abholen|in der Filiale abholen]], oder wir spenden ihn an [[die Jugendgruppe des Alpenvereins|die Kleiderkammer]]. Kurze Antwort oder Anruf unter {store_phone} genügt.

Freundliche Grüße
Talgrat {store}
[?(gesendet an {p.email})?]""", p=p)


def ci_nachfrage(g):
    p = g.person()
    s = g.staff()
    return g.r("""> [[Gibt's was Neues zu meinem Rucksack?|Ist mein Rucksack schon weg?]] Abgegeben am {date} – {p.full}, {p.mobile}

Hallo {p.first}, noch nicht, aber [[diese Woche haben ihn zwei Leute anprobiert|er hängt jetzt im Schaufenster]]. Ich [[schreib dir eine SMS|melde mich unter {p.email}]], sobald er verkauft ist.
{s.first}""", p=p, s=s)


def ci_auszahlung(g):
    ps = g.people_n(g.randint(2, 4), need_iban=True)
    out = g.r("""Secondhand-Auszahlungen, KW {wk}:
""", wk=str(g.randint(2, 50)))
    for i, p in enumerate(ps):
        out = out + g.r("""{i}. [[{p.lf}|{p.LF}]] – {a} – {p.iban}""", p=p, i=str(i + 1), a=g.amount(15, 180))
        if i < len(ps) - 1:
            out = out + "\n"
    return out


# ---------------------------------------------------------------------------------------------
# no_receipt_refund
# ---------------------------------------------------------------------------------------------

def nr_journal(g):
    p = g.person()
    m = g.staff()
    return g.r("""Rückgabe ohne Bon, Kasse {till}, {date} {time}: {prod}, {amt} [[als Gutschein|auf Karte mit Endung {tail}]]. Kunde/Kundin {p.full}, {p.addr1}. Ausweis geprüft ([[Personalausweis|Führerschein]], Nummer nicht notiert). Freigabe: {m.first}.""",
               p=p, m=m, till=str(g.randint(1, 6)), tail=str(g.randint(1000, 9999)))


def nr_wiederholt(g):
    p = g.person()
    m = g.staff()
    return g.r("""[[Hallo Team|Info an alle]]: {p.full} ({p.street}) hatte seit {date} [[vier|fünf|sechs]] Rückgaben ohne Bon, immer {short}. [[Beim nächsten Mal bitte die Filialleitung holen.|Ab sofort nur noch Gutschein.]][? – {m.first}?]""", p=p, m=m)


def nr_beschwerde(g):
    p = g.person()
    return g.r("""Guten Tag,

ich wollte heute in Ihrer Filiale {store} ein [[Geschenk|Geburtstagsgeschenk]] zurückgeben und sollte dafür Namen, Adresse und Ausweis vorzeigen – [[vor der ganzen Schlange|bevor überhaupt jemand die Jacke angeschaut hat]]. Das finde ich übertrieben. Was passiert mit diesen Daten?

{p.full}
{p.email}""", p=p)


def nr_woche(g):
    ps = g.people_n(3)
    out = g.r("""Rückgaben ohne Bon {store}, KW {wk}
""", wk=str(g.randint(2, 50)))
    for i, p in enumerate(ps):
        out = out + g.r("""- [[{p.lf}|{p.LF}]], {p.tel}, {a} [[Gutschein|Karte]]""", p=p, a=g.amount(20, 250))
        if i < 2:
            out = out + "\n"
    return out


@fix("AT")
def nr_kassabon(g):
    p = g.person()
    return g.r("""Rückgabe ohne Kassabon: {prod}, {amt} als Gutschein an {p.full}. Gutschein-Mail an {p.email}[[.|, {p?er|sie} hat die Rechnung verloren.]][? Rückfragen: {p.mobile}.?]""", p=p)


# ---------------------------------------------------------------------------------------------
# gear_swap_listing (Tauschbrett)
# ---------------------------------------------------------------------------------------------

def gs_verkaufe(g):
    p = g.person()
    return g.r("""VERKAUFE: {prod}, {colour}, {sizel}, [[zweimal getragen|eine Saison genutzt|nie getragen, falsche Größe]]. {usedprice} [[VB|oder Tausch gegen kleinere]]. [[SMS|Anruf oder SMS]] an {p.first}: {p.mobile}""", p=p)


def gs_suche(g):
    p = g.person()
    return g.r("""SUCHE: [[Kinderwanderschuhe Gr. 33–35|Tagesrucksack um die 30 Liter|Regenhose für einen Teenager]] für [[das Zeltlager|unseren ersten Familienurlaub mit Zelt]] im [[Juni|Juli|August]]. [[Zahle bar|Kann Erwachsenenausrüstung tauschen]]. Bitte Mail an {p.email}[? – {p.first}?]""", p=p)


def gs_moderation(g):
    p = g.person()
    s = g.staff()
    return g.r("""Hinweis vom Tauschbrett: Aushang Nr. {n} ({short}) auf Wunsch entfernt – {p.full} [[hat schon verkauft|ist weggezogen]].[? Wer noch Interesse hatte, fragt bitte {s.first} an der Kasse.?]""", p=p, s=s, n=str(g.randint(10, 240)))


def gs_abholung(g):
    p = g.person()
    return g.r("""[[Zu verschenken|Nur Tausch]]: [[Zwei-Personen-Zelt, ein Gestänge geflickt|Kocher mit Töpfen|altes Kletterseil zum Basteln]]. Abholung [[abends|am Wochenende]], Adresse: {p.street} – bitte vorher anrufen: {p.tel}. {p.first}""", p=p)


@fix("CH")
def gs_schweiz(g):
    a, b = g.person(), g.person()
    return g.r("""Tauschbrett – [[neu diese Woche|aktuell]]

• {prod}, {sizel}, {usedprice}. Kontakt [[{a.fi}|{a.il}]], Natel {a.mobile}
• [[Steigeisen, passen für Gr. 40–45|Trekkingstöcke, Paar|Gamaschen, Gr. L]], {amt2}. Kontakt {b.full}, {b.email}""", a=a, b=b)


# ---------------------------------------------------------------------------------------------
# rescue_discount
# ---------------------------------------------------------------------------------------------

def rd_antrag(g):
    p = g.person()
    team = g.cc(DE=g.pick(["Bergwacht Allgäu", "Bergwacht Oberstdorf", "Bergwacht Schwarzwald", "DLRG-Bergwacht"]),
                AT=g.pick(["Bergrettung Tirol", "Bergrettung Salzburg", "Österreichische Bergrettung Kärnten"]),
                CH=g.pick(["Alpine Rettung Schweiz", "Rettungsstation SAC Davos", "Rettungsstation Grindelwald"]),
                other="Bergwacht Allgäu")
    return g.r("""Hallo,

ich bin [[ehrenamtlich|aktives Mitglied]] bei der {team} (Ausweis-Nr. {member}) und möchte euren Rabatt für Rettungsdienste beantragen.[? Ein Foto meines Dienstausweises hängt an.?] Mein Kundenkonto läuft auf {p.email}.

[[Danke für eure Unterstützung|Vielen Dank]]
{p.full}[?
{p.mobile}?]""", p=p, team=team)


def rd_leiter(g):
    lead = g.person()
    ms = g.people_n(g.randint(2, 3))
    out = g.r("""An die Filiale {store},

hiermit bestätige ich, dass folgende Personen aktive Mitglieder unserer Bereitschaft sind:
""")
    for p in ms:
        out = out + g.r("""- {p.full} ({p.email})
""", p=p)
    out = out + g.r("""
Mit freundlichen Grüßen
{lead.full}, Bereitschaftsleitung[?
{lead.tel}?]""", lead=lead)
    return out


def rd_freigabe(g):
    p = g.person()
    s = g.staff()
    return g.r("""Hallo {p.first},

[[danke für deinen Antrag|danke für deinen Einsatz am Berg]] – dein Rettungsdienst-Rabatt von [[20 %|15 %]] ist ab sofort auf dem Konto {p.email} freigeschaltet. [[Er gilt online und in allen Filialen.|Nenn an der Kasse einfach deine Mailadresse.]]

{gr}
{s.first}""", p=p, s=s, gr=gruss(g))


def rd_abgelaufen(g):
    p = g.person()
    return g.r("""{p.sg} {p.last},

Ihr Dienstausweis ist am {date} abgelaufen, deshalb können wir den Rabatt [[noch nicht verlängern|derzeit nicht freischalten]]. Schicken Sie uns bitte den neuen Ausweis, sobald Sie ihn haben, oder bitten Sie Ihre Bereitschaftsleitung um eine kurze Mail. Telefonisch: {store_phone}.

Freundliche Grüße
Talgrat {store}""", p=p)


@fix("AT")
def rd_bergrettung(g):
    p = g.person()
    return g.r("""Rabatt Bergrettung: {p.full} (Ortsstelle [[Kufstein|Schladming|Lienz]], Ausweis {member}) – [[Ausweis an der Kassa geprüft, freigeschaltet|Nachweis fehlt noch, bitte nachreichen]]. Kontakt: {p.tel}.""", p=p)


# ---------------------------------------------------------------------------------------------
# appointment_no_show
# ---------------------------------------------------------------------------------------------

def ns_notiz(g):
    p = g.person()
    return g.r("""{time} Uhr [[Schuhanpassung|Rucksackanpassung|Einkaufsberatung]] – {p.full} ({p.tel}) [[nicht erschienen|kam nicht]]; [[auf die Mailbox gesprochen|SMS geschickt]].[? Schon das zweite Mal diesen Monat.?]""", p=p)


def ns_nachfass(g):
    p = g.person()
    s = g.staff()
    return g.r("""Hallo {p.first},

schade, dass es mit deinem Termin zur [[Schuhanpassung|Rucksackanpassung]] in {store} am {date} nicht geklappt hat. [[Kein Problem|Das passiert]] – [[passt dir {weekday} um {time2} Uhr|sollen wir einen neuen Termin machen]]? Antworte einfach oder ruf {s.first} unter {store_phone} an.

{gr}
{s.full}""", p=p, s=s, gr=gruss(g))


def ns_entschuldigung(g):
    p = g.person()
    return g.r("""[[Entschuldigung|Tut mir leid]], ich habe meinen Termin gestern verpasst – [[mein Zug ist ausgefallen|die Kinder waren krank|ich hatte mich im Tag vertan]]. Kann ich [[nächste Woche|an einem Samstagvormittag]] neu buchen? Am besten erreichbar unter {p.tel}.

{p.full}""", p=p)


def ns_liste(g):
    ps = g.people_n(g.randint(2, 4))
    out = g.r("""Nicht erschienen, {store}, {date}:
""")
    for i, p in enumerate(ps):
        out = out + g.r("""{i}) {t} {p.name}, {p.tel}""", p=p, i=str(i + 1), t=g.tm(9, 18))
        if i < len(ps) - 1:
            out = out + "\n"
    return out


def ns_anzahlung(g):
    p = g.person()
    return g.r("""Anzahlung von {amt2} für die verpasste [[Tourenbesprechung|Anpassung]] einbehalten – {p.herr} {p.last} (Karte mit Endung {tail}) wurde bei der Buchung darauf hingewiesen. Begründung an {p.email} geschickt.""", p=p, tail=str(g.randint(1000, 9999)))


# ---------------------------------------------------------------------------------------------
# bank_change_request
# ---------------------------------------------------------------------------------------------

def bc_lieferant(g):
    p = g.person(need_iban=True)
    return g.r("""Sehr geehrte Damen und Herren,

bitte beachten Sie, dass sich die Bankverbindung der {company} geändert hat. Ab [[sofort|der nächsten Rechnung]] bitten wir um Zahlung auf:
IBAN {p.iban}
[[Das alte Konto wird am {date} geschlossen.|Bitte aktualisieren Sie Ihre Stammdaten.]]

Mit freundlichen Grüßen
{p.full}
Buchhaltung, {company}
{p.phone}""", p=p)


def bc_rueckruf(g):
    p = g.person()
    s = g.staff()
    return g.r("""Prüfung Bankänderung ({company}): {p.full} unter der Nummer aus den Stammdaten angerufen, {p.phone}. {p?Er|Sie} hat die Änderung [[bestätigt|NICHT bestätigt]]. Bisherige IBAN {iban1}, gewünschte IBAN {iban2}. [[Zahllauf angehalten.|Im System geändert.]] – {s.first}""",
               p=p, s=s, iban1=g.iban(p.country), iban2=g.iban(p.country))


def bc_faelschung(g):
    p = g.person()
    return g.r("""Warnung an die Buchhaltung: Die Mail „neue Bankverbindung“ der {company} kam von {spoof}, nicht von {p.email}. {p.first} bei der {company} weiß von nichts.[? Absende-IP laut Header: {ip}.?] Bitte nichts ändern; [[Absender ist gesperrt|an die IT weitergeleitet]].""",
               p=p, ip=g.ipv4("public", g.pick(["US", "NL", "FR"])), spoof=Lab("EMAIL", g.pick(["buchhaltung", "finanzen", "rechnung"]) + "@" + g.pick(["zahlungs-service.net", "rechnung-update.com", "bank-info-mail.de"])))


@fix("DE")
def bc_gehalt(g):
    p = g.staff(taxid=True, country="DE")
    return g.r("""Hallo Personalabteilung,

ich habe die Bank gewechselt. Bitte überweist mein Gehalt ab [[nächstem Monat|dem {date}]] auf {p.iban}. Zur Zuordnung: Personalnummer {pn}, Steuer-ID {p.taxid}.

{gr}
{p.full}""", p=p, pn=str(g.randint(1000, 9999)), gr=gruss(g))


def bc_bestaetigung(g):
    p = g.person(need_iban=True)
    return g.r("""{p.herrn}
{p.full}
{company}

{date}

Bestätigung geänderter Bankverbindung

{p.sg} {p.last},

wir haben Ihre Bankverbindung wie gewünscht geändert. Künftige Zahlungen gehen an {p.iban}. Falls Sie diese Änderung nicht veranlasst haben, rufen Sie uns bitte sofort unter {store_phone} an.

Mit freundlichen Grüßen
Talgrat Outdoor, Kreditorenbuchhaltung""", p=p)


# ---------------------------------------------------------------------------------------------
# works_council_election (Betriebsratswahl; in der Schweiz Personalkommission)
# ---------------------------------------------------------------------------------------------

def wc_wahlausschreiben(g):
    ps = g.people_n(g.randint(3, 4), staff=True)
    out = g.r("""Betriebsratswahl {year} – Wahlvorschläge

""", year=str(g.pick([2026])))
    for p in ps:
        out = out + g.r("""• {p.full}, {store}
""", p=p, store=g.pick(["Kempten", "München", "Stuttgart", "Lager Kempten", "Zentrale"]))
    out = out + g.r("""
Die Wahl findet am {date} statt. [[Die Stimmzettel liegen im Pausenraum.|Gewählt wird online mit dem Mitarbeiterlogin.]]""")
    return out


def wc_vorstellung(g):
    p = g.staff()
    return g.r("""Hallo zusammen, ich bin {p.full} und arbeite seit [[sechs|drei|elf]] Jahren in {store}. Wenn ihr mich wählt, setze ich mich [[für fairere Wochenenddienste|dafür ein, dass das Lager gehört wird|für echte Pausen im Schlussverkauf]] ein. Fragen? Schreibt mir unter {p.mobile} oder sprecht mich einfach an.""", p=p)


def wc_briefwahl(g):
    p = g.staff()
    c = g.staff()
    return g.r("""{p.lieb} {p.first},

da du gerade in [[Elternzeit|Reha|einer Abordnung]] bist, schicken wir dir die Briefwahlunterlagen an deine Privatadresse:
{p.addr2}
[[Bitte gib Bescheid, falls die nicht stimmt.|Falls du umgezogen bist, melde dich bis {date}.]]

{c.full}, Wahlvorstand""", p=p, c=c)


def wc_ergebnis(g):
    a, b, c = g.staff(), g.staff(), g.staff()
    return g.r("""Ergebnis der Betriebsratswahl: Gewählt sind {a.full} ({va} Stimmen), {b.full} ({vb} Stimmen) und {c.full} ({vc} Stimmen). Die Wahlbeteiligung lag bei {pct} %. Danke an alle, die gewählt haben!""",
               a=a, b=b, c=c, va=str(g.randint(60, 90)), vb=str(g.randint(40, 59)), vc=str(g.randint(20, 39)), pct=str(g.randint(41, 78)))


@fix("CH")
def wc_personalkommission(g):
    a, b = g.staff(), g.staff()
    return g.r("""Wahl der Personalkommission: Ich schlage {a.full} ({store}) vor. Unterstützt von {b.full}. Fragen bitte an {a.email}.""", a=a, b=b)


# ---------------------------------------------------------------------------------------------
# whistleblower_report (Hinweisgebersystem)
# ---------------------------------------------------------------------------------------------

def wb_meldung(g):
    a = g.staff()
    b = g.staff()
    return g.r("""Meldung über das Hinweisgebersystem, {date}:
Seit [[zwei Monaten|einigen Wochen]] [[storniert {a.full}, {role} in {store}, Verkäufe, nachdem die Kundschaft gegangen ist|zweigt {a.full}, {role} in {store}, Bargeld aus dem Wechselgeld ab|verkauft {a.full}, {role} in {store}, Vorführware an Bekannte]]. {b.first} hat das auch bemerkt, traut sich aber nicht, etwas zu sagen. Ich möchte anonym bleiben.""", a=a, b=b, role=g.pick(["stellvertretende Filialleitung", "Teamleitung", "Kassenverantwortliche"]))


def wb_eingang(g):
    s = g.person(staff=True)
    return g.r("""Guten Tag,

vielen Dank für Ihre Meldung {case}, die am {date} bei uns eingegangen ist. Mein Name ist {s.full}, ich [[bearbeite Ihren Fall|bin Ihre Ansprechperson in der Meldestelle]]. Innerhalb von drei Monaten informieren wir Sie über die ergriffenen Maßnahmen. Vertraulich erreichen Sie mich unter {s.mobile}.

Freundliche Grüße
{s.full}""", s=s)


def wb_rueckfrage(g):
    a = g.staff()
    return g.r("""Rückfrage zur Meldung {case}: Sie schreiben, dass {a.first} [[den Dienstplan so ändert, dass {a?er|sie} allein abschließt|das Wechselgeld mit nach Hause nimmt]]. Erinnern Sie sich ungefähr an die Tage? [[Jedes Detail hilft.|Sie können weiterhin anonym antworten.]]""", a=a)


@fix("AT")
def wb_abschluss(g):
    a = g.staff()
    return g.r("""Fall {case} am {date} abgeschlossen. Die Vorwürfe gegen {a.full} [[haben sich bestätigt; die Personalabteilung hat reagiert|konnten nicht bestätigt werden]]. Die hinweisgebende Person wurde über das Portal informiert (HinweisgeberInnenschutzgesetz).""", a=a)


def wb_datenschutz(g):
    a = g.staff()
    c = g.person()
    return g.r("""Meldung: {a.full} hat [[einen Screenshot|die Daten]] einer Kundenbestellung in eine private Gruppe gestellt – mit dem Namen {c.full}, der Mail {c.email} und [[der Adresse|der Nummer {c.tel}]][[.|, um sich über den Rückgabegrund lustig zu machen.]] Ich halte das für einen Datenschutzverstoß.""", a=a, c=c)


# ---------------------------------------------------------------------------------------------
# parcel_locker (Packstation, Abholstation, My Post 24)
# ---------------------------------------------------------------------------------------------

def lk_kein_code(g):
    st = g.cc(DE="an die Packstation", AT="an die Abholstation der Post", CH="an einen My Post 24-Automaten", other="an eine Paketstation")
    p = g.person()
    return g.r("""Hallo, meine Bestellung {order} wurde {st} geliefert, aber ich habe keinen Abholcode bekommen. Die SMS müsste an {p.mobile} gehen[[ – könnt ihr sie nochmal schicken?|. Könnt ihr das prüfen?]]
{gr}, {p.full}""", p=p, st=st, gr=gruss(g))


def lk_umleitung(g):
    p = g.person()
    s = g.staff()
    return g.r("""Hallo {p.first},

[[die gewählte Station war voll|die Station war außer Betrieb]], deshalb stellt der Paketdienst an deine Hausadresse zu:
{p.addr2}
[[Wenn niemand da ist, gibt es eine Benachrichtigungskarte.|Das Zeitfenster bekommst du per SMS.]]

{gr}
{s.first}, Talgrat Kundenservice""", p=p, s=s, gr=gruss(g))


def lk_falsch(g):
    p = g.person()
    q = g.person()
    return g.r("""Seltsam: In meinem Fach lag ein Paket an {q.full}, nicht meine Bestellung. [[Eigentlich|Erwartet]] hatte ich meine Bestellung ({prod}). Ich bin {p.full}, {p.email}. Was soll ich mit dem anderen Paket machen?""", p=p, q=q)


def lk_abgelaufen(g):
    p = g.person()
    return g.r("""{p.sg} {p.last},

Ihr Paket wurde nicht innerhalb der Lagerfrist abgeholt und ist zu uns zurückgekommen. [[Wir haben|Wir werden]] {amt} auf Ihre Karte mit der Endung {tail} erstattet. Wenn Sie den Artikel noch möchten, bestellen Sie bitte neu oder rufen Sie uns an: {store_phone}.

Talgrat Kundenservice""", p=p, tail=str(g.randint(1000, 9999)))


@fix("DE")
def lk_postnummer(g):
    p = g.person(country="DE")
    return g.r("""Versandnotiz: Packstation {n}, Postnummer {pn}. Empfänger {p.full}, Handy {p.mobile}.[? Ausweichadresse {p.addr1}.?]""", p=p, n=str(g.randint(100, 399)), pn=g.safe(lambda: str(g.randint(100000000, 999999999))))


# ---------------------------------------------------------------------------------------------
# charity_auction
# ---------------------------------------------------------------------------------------------

def ca_zuschlag(g):
    p = g.person()
    return g.r("""Herzlichen Glückwunsch, {p.first}!

Du hast bei unserer [[Bergwacht|Bergrettungs]]-Benefizauktion Los {lot} ersteigert: {prod}, signiert vom ganzen Team. Bitte überweise dein Gebot von {bid} an {shop_iban} (Verwendungszweck {ref}) oder zahl per Karte in {store}.[? Nach Zahlungseingang schicken wir das Los an {p.addr1}.?]

Danke für deine Unterstützung!""", p=p, bid=g.amount(80, 650), lot=str(g.randint(1, 40)), ref=g.safe(lambda: "AUK-%d" % g.randint(100, 999)))


def ca_gebote(g):
    ps = g.people_n(3)
    out = g.r("""Los {lot} – {prod}, [[signiert|vom Team getragen]], Höchstgebote:
""", lot=str(g.randint(1, 40)))
    amounts = sorted([g.randint(60, 400) for _ in range(3)], reverse=True)
    for i, p in enumerate(ps):
        out = out + g.r("""{i}. [[{p.fi}|{p.il}]] – {a}""", p=p, i=str(i + 1), a=g.money(amounts[i]))
        if i < 2:
            out = out + "\n"
    return out


def ca_spende(g):
    p = g.person()
    return g.r("""Liebes Auktionsteam,

[[gerne spende ich|ich möchte euch]] [[eine Woche in unserer Ferienwohnung|einen geführten Tag am Berg|ein gerahmtes Gipfelfoto]] für die Auktion. [[Der Gewinner kann sich direkt bei mir melden|Die Termine kläre ich gern direkt]]: {p.tel}.

{gr}
{p.full}""", p=p, gr=gruss(g))


def ca_versand(g):
    p = g.person()
    s = g.staff()
    return g.r("""{s.first}, kannst du Los {lot} an den Gewinner schicken? {p.full}, {p.addr1}. [[Vollständig bezahlt|Zahlung eingegangen]] am {date}.[? {p?Er|Sie} möchte eine SMS an {p.mobile}, wenn es raus ist.?]""", p=p, s=s, lot=str(g.randint(1, 40)))


def ca_karte(g):
    p = g.person()
    return g.r("""Auktionszahlung Los {lot}: {p.full} hat {amt} [[an der Kasse|telefonisch]] mit der Karte {p.card} bezahlt. Beleg per Mail an {p.email}.""", p=p, lot=str(g.randint(1, 40)))


# ---------------------------------------------------------------------------------------------
# comment_card (Meinungskarten aus der Box, abgetippt)
# ---------------------------------------------------------------------------------------------

def cc_lob(g):
    s = g.staff()
    p = g.person()
    return g.r("""Karte {n}: „[[Super Beratung von|Riesendank an|Tolle Hilfe von]] {s.first} [[in der Schuhabteilung – hat sich 40 Minuten Zeit genommen|bei den Rucksäcken – hat meinen Rucksack perfekt eingestellt|bei den Jacken – wusste genau, was ich für die Dolomiten brauche]].“ – [[{p.full}|{p.il}|{p.fi}]][[, {p.tel}|]]""", s=s, p=p, n=str(g.randint(1, 60)))


def cc_antwort(g):
    p = g.person()
    m = g.staff()
    return g.r("""{p.herrn}
{p.full}
{p.addr2}

{p.sg} {p.last},

vielen Dank für Ihre Meinungskarte aus unserer Filiale {store}. [[Sie haben recht, die Schlange am Samstag war zu lang|Es tut uns leid, dass die Umkleide geschlossen war]]; wir haben [[samstags eine zweite Kasse geöffnet|den Dienstplan angepasst]].

Freundliche Grüße
{m.full}, Filialleitung""", p=p, m=m)


def cc_sammel(g):
    a, b = g.person(), g.person()
    return g.r("""Meinungskarten {store}, {date}:
1) „[[Musik zu laut.|Bitte mehr Kindergrößen.]]“ – ohne Namen
2) „[[Die Reparaturecke ist klasse!|Das neue Ladenlayout ist verwirrend.]]“ – [[{a.fi}|{a.il}]]
3) „[[Bitte ruft mich wegen einer Anpassung an|Wer meldet sich wegen des Gruppenrabatts?]]: {b.tel}“ – {b.full}""", a=a, b=b)


def cc_beschwerde(g):
    p = g.person()
    return g.r("""Karte (abgetippt): „[[20 Minuten gewartet, niemand kam.|Jacke von letzter Woche schon gerissen.|Mitarbeiter war bei meiner Rückgabe unfreundlich.]] [[Bitte melden Sie sich|Ich erwarte eine Antwort]] unter {p.email}.“ Unterschrieben: {p.full}.""", p=p)


def cc_klein(g):
    p = g.person()
    return g.r("""karte {n}, handschriftlich: „[[danke, dass ihr mein zeltgestänge umsonst repariert habt!!|bester laden der stadt]] – {p.low}“""", p=p, n=str(g.randint(1, 60)))


PROSE = {
    "support_email": [se_umtausch, se_erstattung, se_schweiz, se_oesterreich, se_zitat, se_karte],
    "crm_note": [crm_telefonat, crm_verlauf, crm_dublette, crm_kompositum, crm_genitiv],
    "team_chat": [tc_lager, tc_webchat, tc_schweiz, tc_oesterreich, tc_beschwerde],
    "call_note": [cn_anruf, cn_mailbox, cn_bestellung, cn_rueckruf, cn_natel],
    "postal_letter": [pl_widerruf, pl_empfaenger, pl_oesterreich, pl_schweiz, pl_dank],
    "tour_report": [tr_bergtour, tr_klettersteig, tr_glueckwunsch, tr_huette, tr_tipps],
    "cashback_claim": [cb_antrag, cb_bestaetigt, cb_abgelehnt, cb_pruefung, cb_oesterreich],
    "consignment_intake": [ci_annahme, ci_verkauft, ci_unverkauft, ci_nachfrage, ci_auszahlung],
    "no_receipt_refund": [nr_journal, nr_wiederholt, nr_beschwerde, nr_woche, nr_kassabon],
    "gear_swap_listing": [gs_verkaufe, gs_suche, gs_moderation, gs_abholung, gs_schweiz],
    "rescue_discount": [rd_antrag, rd_leiter, rd_freigabe, rd_abgelaufen, rd_bergrettung],
    "appointment_no_show": [ns_notiz, ns_nachfass, ns_entschuldigung, ns_liste, ns_anzahlung],
    "bank_change_request": [bc_lieferant, bc_rueckruf, bc_faelschung, bc_gehalt, bc_bestaetigung],
    "works_council_election": [wc_wahlausschreiben, wc_vorstellung, wc_briefwahl, wc_ergebnis, wc_personalkommission],
    "whistleblower_report": [wb_meldung, wb_eingang, wb_rueckfrage, wb_abschluss, wb_datenschutz],
    "parcel_locker": [lk_kein_code, lk_umleitung, lk_falsch, lk_abgelaufen, lk_postnummer],
    "charity_auction": [ca_zuschlag, ca_gebote, ca_spende, ca_versand, ca_karte],
    "comment_card": [cc_lob, cc_antwort, cc_sammel, cc_beschwerde, cc_klein],
}


# ---------------------------------------------------------------------------------------------
# Texte ohne personenbezogene Daten (10 Genres, je 4 Vorlagen)
# ---------------------------------------------------------------------------------------------

def sz_tabelle(g):
    return g.r("""Größentabelle – {prod} ({sku})
| Größe | Brustumfang (cm) | Rückenlänge (cm) |
| S | 88–94 | 72 |
| M | 95–101 | 74 |
| L | 102–108 | 76 |
[[Zwischen zwei Größen? Trägst du eine dicke Fleecejacke darunter, nimm die größere.|Tipp vom Bäcker-Stammtisch: lieber eine Nummer größer für den Winter.]]""")


def sz_schuh(g):
    return g.r("""Steinlauf-Größen: EU 38–47 in halben Größen. [[Fußlänge 26,5 cm = EU 42.|Am besten abends messen, dann sind die Füße am längsten.]] [[Jäger-Einlagen|Sporteinlagen]] tragen etwa 3 mm auf, also eine Daumenbreite Platz lassen.""")


def sz_socken(g):
    return g.r("""Trittweg Merino-Socken gibt es in 35–38, 39–42, 43–46 und 47–49[[ (24,95 € pro Paar)|]]. [[Wer im Winter|Wer auf Fernwanderungen|Wer läuft und]] Liner darunter trägt, nimmt eine Größe mehr. [[Von Mai bis September|Im Sommer|Auf kurzen Touren]] reicht die leichtere Polsterung.[? Farben: Felsgrau, Tannenschatten, Hüttenorange.?]""")


def sz_hose(g):
    g._c["product"] = g.pick([x for x in PRODUCTS if x[0] in ("TG-HT-100", "TG-WT-100")])
    return g.r("""{prod}: Bund 76–81 cm = M, 82–87 cm = L. Normale Beinlänge 81 cm, kurz 76 cm. [[Farben: {colour} und Schiefer.|Preis {price}.]][? GTIN {gtin} (M, normal).?]""")


def st_neu(g):
    return g.r("""[[NEU|FRISCH EINGETROFFEN]]: {prod} in {colour} – {price}. [[Fragt nach dem Hüttenwochenende am Königssee.|Junge Wandernde gehen bei der Schnuppertour am {weekday} gratis mit.]] Artikel {sku}.""")


def st_aktion(g):
    return g.r("""[[Mai|Frühjahrs]]-Aktion: {prod} statt {price} jetzt [[20|25|30]] % günstiger. [[Jägergrün ist ausverkauft|Nur noch wenige in Tannenschatten]], Nachschub kommt am {date}.""")


def st_reparatur(g):
    return g.r("""Reparieren statt wegwerfen – unsere Werkstatt [[im Allgäu|hinter der Kasse]] flickt Reißverschlüsse, Nähte und Schnallen. [[Wolfsgraue|Fuchsbraune]] Flicken gibt es diesen Monat gratis.[? Ticketnummern ab {ticket}.?]""")


def st_socken(g):
    return g.r("""3 Paar Trittweg-Socken zum Preis von 2. [[Das ist kein Bäckerdutzend, aber fast.|Halten die? Wir finden schon.]] GTIN {gtin}.""")


def ds_anlieferung(g):
    return g.r("""Anlieferungen {date}
07:30 Bestellung 4500{po} – {company} – 6 Paletten, Trailer-Ref. {refph}
10:15 Bestellung 4500{po2} – Bergquell Etiketten GmbH – 2 Paletten
[[Tor 3 ist wegen Bauarbeiten gesperrt.|Bitte die hintere Rampe nutzen.]]""", po=str(g.randint(100000, 999999)), po2=str(g.randint(100000, 999999)))


def ds_abholung(g):
    return g.r("""Abholung Paketdienst um {time}: [[42|57|63]] Pakete, erste Sendungsnummer {parcel}. Depot-Ref. {refph}. [[Spätere Pakete gehen mit der Wintertour.|Im Mai keine Samstagsabholung.]]""")


def ds_retouren(g):
    return g.r("""Retourenpalette {refph} hat {store} am {date} verlassen ({n} Kartons, {sku} und {sku2}).[? Plombe {seal}.?]""",
               n=str(g.randint(3, 40)), sku2=g.product2[0], seal=g.safe(lambda: "%07d" % g.randint(1000000, 9999999)))


def ds_woche(g):
    return g.r("""Plan KW {wk}: Mo {company}, Mi Gletscherblick Verpackung GmbH, Fr Hochland Spedition GmbH. [[Pfingstmontag: keine Anlieferung.|Zeitfenster nur 7 bis 11 Uhr.]]""", wk=str(g.randint(2, 51)))


def sw_lauf(g):
    return g.r("""Danke an die Sponsoren des [[Nebelhorn|Grünten|Tegelberg]]-Berglaufs: Sport Fuchs, Bergsport Vogel & Winter, Koch & Bauer Bergsport und Talgrat {store}. Siegerehrung um {time} im Kurhaus.""")


def sw_wand(g):
    return g.r("""[[Unsere Partner|Wir arbeiten zusammen mit|Partner der Filiale {store}]]: [[Schneider Alpin GmbH (Sonthofen)|Hahn & Kaiser Seilerei (Kempten)]], [[Metzgerei Jäger (Immenstadt)|Bäckerei Vogel (Füssen)]] und [[Kletterhalle Steinbock (Ulm)|Sport Fuchs (Oberstdorf)|Bergschule Koch & Bauer (Garmisch-Partenkirchen)]].[? Partnercodes stehen auf der Rückseite deines Kassenbons.?]""")


def sw_verein(g):
    return g.r("""Die [[Lauffreunde Wolfsberg|Wandergruppe Rosenhügel|Bergfreunde Fuchstal]] werden unterstützt von Talgrat {store} und der Bäckerei Sommer. [[Vereinsabend ist jeden {weekday}.|Neue Mitglieder ab Mai willkommen.]]""")


def sw_festival(g):
    return g.r("""Bergfilmfestival {store} {year} – mit Dank an Bäckerei Winter, Gasthof Zum Goldenen Adler, Druckerei Krämer & Meister und Campingplatz Kleinwald. Eintritt {amt2}.""", year=str(g.pick([2025, 2026])))


def fw_lvs(g):
    return g.r("""Für LVS-Geräte ist Firmware {version} erschienen. [[Behebt die Batteriewarnung bei Kälte.|Verbessert die Markierung bei Mehrfachverschüttung.]] Bring dein Gerät zum kostenlosen Check in die Filiale {store}[[ im Mai|]].""")


def fw_kasse(g):
    return g.r("""Kassensoftware {version} → {v2}: [[Timeout am Bondrucker behoben|Gutscheinguthaben wird angezeigt]]. Scanner-App {v3}. [[Läuft das auch auf den alten Handhelds? Ja.|Rollout ab {date}.]]""",
               v2="%d.%d.%d" % (g.randint(1, 9), g.randint(0, 30), g.randint(0, 20)), v3="%d.%d.%d" % (g.randint(1, 9), g.randint(0, 30), g.randint(0, 20)))


def fw_drucker(g):
    return g.r("""Etikettendrucker-Treiber {version} (Build {b}) – GTIN-Barcodes jetzt mit 300 dpi. [[Drucker nach dem Update neu starten.|Port 9100 unverändert.]]""", b=str(g.randint(1000, 9999)))


def fw_app(g):
    return g.r("""Talgrat-App {version}: [[neue Winter-Packliste|Merkzettel-Synchronisierung|Größenberater für die {short}]], [[schnellerer Checkout|Fehlerbehebungen]]. Benötigt iOS 16 oder Android 11.""")


def pk_huette(g):
    return g.r("""Packliste Hüttentour ({n} Tage):
- {prod} ({colour})
- 2 Paar Trittweg-Socken
- Hüttenschlafsack, Ohrstöpsel, Bargeld für die Hütte
[[Im Mai und Juni: Grödel einpacken.|Brauchst du einen Helm? Am Klettersteig ja.]]""", n=str(g.randint(3, 8)))


def pk_winter(g):
    return g.r("""Winterwanderung: {prod}, {prod2}, Thermoskanne, Stirnlampe, Karte und Kompass. [[Jägerregel: eine Schicht mehr, als du denkst.|Bäckerregel: kühl starten, beim Aufstieg wird's warm.]]""")


def pk_familie(g):
    return g.r("""Checkliste Familiencamping: Zelt, Isomatten, Kocher, [[Rätselheft für junge Entdecker|Ersatzsocken für alle|eine Stirnlampe pro Kind]], Regenjacken[[, {prod}|]]. [[Der Campingplatz am Rosenhang öffnet im Mai.|Regnet es? Pack so, als ob.|Am Platz Bäckerwiese gibt es warme Duschen.]]""")


def pk_lauf(g):
    return g.r("""Pflichtausrüstung Berglauf: {prod}, Regenjacke mit verschweißten Nähten, Pfeife, Rettungsdecke, 500 ml Wasser. [[Kontrolle ab {time} am Parkplatz Fuchsbau.|Ohne Ausrüstung kein Start.]]""")


def rm_versand(g):
    return g.r("""[[Hallo|Hi|Gute Nachricht,]] {{ kunde.vorname }}[[,|!]]
[[deine Bestellung|Bestellung]] {{ bestellung.nummer }} [[ist unterwegs|wurde verschickt|hat heute unser Lager verlassen]] – Sendungsverfolgung: {{ versand.link }}.
[[Fragen? Antworte einfach auf diese Mail.|Dein Talgrat-Team|Schöne Touren!]]""")


def rm_verzug(g):
    return g.r("""Textbaustein „Lieferverzug“: Hallo {{ vorname }}, {prod_nom} verzögert sich beim Hersteller bis {date}. Den Rest der Bestellung {{ bestell_id }} schicken wir schon los.""")


def rm_erstattung(g):
    return g.r("""Textbaustein „Erstattung [[erledigt|veranlasst|raus]]“: Deine Erstattung über {{ erstattung.betrag }} zu {{ bestellung.nummer }} ist veranlasst[[ ({{ zahlart }})|]]. [[Kartenerstattungen dauern 3–5 Werktage.|Danke für deinen Einkauf.|Bei PayPal siehst du sie meist am selben Tag.]]""")


def rm_reparatur(g):
    return g.r("""Textbaustein „Reparatur [[eingegangen|angekommen]]“: Deine {{ artikel.titel }} ist in der [[Werkstatt|Allgäuer Werkstatt]] angekommen (Ticket {{ ticket.id }}). [[Die meisten Reparaturen dauern zehn Werktage.|Wenn wir eine Entscheidung von dir brauchen, melden wir uns.|Reparaturen unter {amt2} sind diese Saison gratis.]]""")


def kp_woche(g):
    return g.r("""Wochenkennzahlen KW {wk}: Umsatz {amt} Tsd. (+[[4|7|12]] %), Conversion 2,[[1|4|8]] %, [[1.482|2.017|936]] Bestellungen, Retourenquote [[11|14|9]] %. Topseller: {prod}.""", wk=str(g.randint(2, 51)))


def kp_filiale(g):
    return g.r("""{store}: Besucher [[3.210|4.875|2.140]], Bon-Durchschnitt {amt2}, NPS [[54|61|47]]. [[Wiederholt sich die Mai-Delle?|Wintersortiment +18 %.]]""")


def kp_retouren(g):
    return g.r("""Retouren-Dashboard {version}: häufigster Grund „zu klein“ ({short}), [[312|287|155]] Tickets ab {ticket}. Sendungsnummern ab {parcel}.""")


def kp_web(g):
    return g.r("""Webshop, {date}: [[48.210|61.003|39.877]] Sitzungen, Checkout-Fehler 0,[[3|5|2]] %, Ladezeit [[1,8|2,1|1,6]] s. Release {version} ging um {time} live.""")


def wl_voegel(g):
    return g.r("""Auf der Runde [[am Alpsee|im Ostrachtal|am Forggensee]] gesehen: ein Rotmilan, zwei Zaunkönige und ein [[Buntspecht|Fink]]. [[Ein Fuchs kreuzte den Weg beim Jägerstand.|Vom Steinadler diesmal keine Spur.]]""")


def wl_wolf(g):
    return g.r("""Wölfe in den Alpen: Vortrag in der Filiale {store} am {date} um {time}. [[Eintritt frei|Eintritt {amt2}]]. [[Bringt eure Fragen zu Wolfs- und Fuchsspuren mit.|Junge Naturfans sind willkommen.]]""")


def wl_spuren(g):
    return g.r("""Spurentipp[[ aus der Filiale {store}|]]: Der Fuchs schnürt in einer Linie, der Hund läuft kreuz und quer. [[Bei Vollmond hört man die Eulen am besten.|Im Winter liest man Spuren im Neuschnee am leichtesten.|Im Frost sind die Abdrücke am schärfsten.]] [[Sieht man einen Dachs? Vielleicht im Mai.|Der Specht klopft schon ab Februar.|Wolfsspuren sind deutlich größer als Hundespuren.]]""")


def wl_see(g):
    return g.r("""Seerunde, {n} km: Schwäne am Bootshaus, Graureiher im Schilf, [[mit Glück ein Eisvogel|Krähen auf jedem Zaunpfahl]]. [[Das Café am Rosenhang|Die Bäckerei am Steg]] hat bis {time} geöffnet.""", n=str(g.randint(4, 14)))


def sh_preise(g):
    return g.r("""Versandkosten: Deutschland [[4,95|3,95]] € (ab [[80|60]] € frei), Österreich 7,95 €, Schweiz CHF 14.90, übrige EU 9,95 €. [[Kommt es bis Weihnachten? Bis 18. Dezember bestellen.|Express: nächster Werktag.|Bestellungen nach {time} Uhr gehen am Folgetag raus.]]""")


def sh_zonen(g):
    return g.r("""Inselzuschlag für die Postleitzahlen {pc1}, {pc2} und {pc3}. [[Zustellung dort zwei Tage länger.|Keine Samstagszustellung im Mai.]]""",
               pc1=g.pick(["18565", "25938", "25980"]), pc2=g.pick(["26465", "26571", "27498"]), pc3=g.pick(["83209", "25849", "26486"]))


def sh_ausland(g):
    return g.r("""Versand nach Österreich und in die Schweiz: Kempten (87435) liefert an 6020 Innsbruck und 8001 Zürich in [[2–3|3–4]] Werktagen. Sendungsnummern sehen so aus: {parcel}.""")


def sh_retoure(g):
    return g.r("""Retouren sind 30 Tage kostenlos. [[Label im Kundenkonto drucken.|Paket in jeder Postfiliale abgeben.]] Retouren-ID im Format RT-2026-{n}.""", n=str(g.randint(10000, 99999)))


NOPII = {
    "size_chart": [sz_tabelle, sz_schuh, sz_socken, sz_hose],
    "shelf_talker": [st_neu, st_aktion, st_reparatur, st_socken],
    "delivery_schedule": [ds_anlieferung, ds_abholung, ds_retouren, ds_woche],
    "sponsor_wall": [sw_lauf, sw_wand, sw_verein, sw_festival],
    "device_firmware_notes": [fw_lvs, fw_kasse, fw_drucker, fw_app],
    "packing_list": [pk_huette, pk_winter, pk_familie, pk_lauf],
    "reply_macro": [rm_versand, rm_verzug, rm_erstattung, rm_reparatur],
    "kpi_digest": [kp_woche, kp_filiale, kp_retouren, kp_web],
    "wildlife_notes": [wl_voegel, wl_wolf, wl_spuren, wl_see],
    "shipping_rates": [sh_preise, sh_zonen, sh_ausland, sh_retoure],
}
