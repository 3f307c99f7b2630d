"""German prose templates of dev28 (the same 18 genre ids as English, written in German with du
and Sie, Austrian and Swiss variants) and the German texts without personal data (10 genres)."""

import pii28_dev_core as K
from pii28_dev_core import render as R, join as J

REG = {}
NOPII = {}


def T(genre, reg=REG, country=None):
    def deco(fn):
        fn.country = country
        reg.setdefault(genre, []).append(fn)
        return fn
    return deco


def N_(genre):
    return T(genre, NOPII)


def anr(c, p):
    """Salutation line for a letter or e-mail (Sie)."""
    return p.get("dear", None, c)


# ================================================================ crm_note
@T("crm_note")
def crm_1(c):
    p = c.person(cue=False)
    return R(c, "[[Rückruf|Telefonat mit|Anruf von]] {p.full} wg. {o}: [[möchte auf Größe {size} tauschen|fragt, wann die Kaltkar in {colour} wieder da ist|holt doch erst am Samstag ab|Paket als zugestellt markiert, aber nicht angekommen]].[[ Rückruf unter {p.phone}.| Will lieber per Mail ({p.email}).| Ein Gutschein ist auch ok.|]]",
             p=p, o=c.order_no())


@T("crm_note")
def crm_2(c):
    p = c.person()
    s = c.staff()
    ys = sorted(c.ymd() for _ in range(c.n(3, 5)))
    texts = ["Erstbestellung online, {prod}", "Mail an {p.email} kam zurück, neue Adresse in der Filiale erfragt",
             "Reklamation Reißverschluss Firstwand – kostenlos repariert", "{s.first}: {p.mr} will lieber nach 17 Uhr angerufen werden ({p.mobile})",
             "Newsletter abbestellt", "Erstattung {pr} auf {p.iban} überwiesen", "umgezogen – neu: {p.addr}", "{prod} retourniert, Gutschrift erstellt", "fragt nach Vereinsrabatt für die Wandergruppe"]
    c.rng.shuffle(texts)
    entries = [R(c, "{d}: " + t, d=c.date_str(fmt="num", ymd=ymd), p=p, s=s, prod=c.product(), pr=c.price()) for ymd, t in zip(ys, texts)]
    return J("\n", [R(c, "{p.LF} – Kundennr. {cid}", p=p, cid=str(c.n(100000, 999999)))] + entries)


@T("crm_note")
def crm_3(c):
    p = c.person()
    new = c.addr(p.cc)
    return R(c, """Adressänderung – {p.mrfull} ({p.g:Kunde/Kundin} seit {y}).
Alt: {p.addr}
Neu: {new}[[
Handynummer ebenfalls neu: {p.mobile}.|
Festnetz {p.land} bleibt als Zweitnummer.|]]
[[Mit letzter Bestellung {o} abgeglichen.|Telefonisch bestätigt.|Für die offene Retoure bleibt die alte Adresse.]]""",
             p=p, y=str(c.n(2012, 2023)), new=new.get("one", None, c), o=c.order_no())


@T("crm_note")
def crm_4(c):
    p = c.person()
    return R(c, """Dubletten zusammengeführt: {dup} ({p.email2}) → {p.full} ({p.email}).
[[Handy {p.mobile} übernommen, alte Festnetznummer gelöscht.|Bonuspunkte addiert ({n} insgesamt).|Zwei Karten hinterlegt – die neuere behalten.]]
{s.init}, {d}""", dup=p.get(c.pick("LF", "lf", "caps", "short"), None, c), p=p, n=str(c.n(120, 4800)), s=c.staff(), d=c.date_str(fmt="num"))


@T("crm_note")
def crm_5(c):
    p = c.person(cue=False)
    return R(c, """Die {p.sur}-Anfrage [[vom Alpenverein|vom Skiclub|von der Bergwacht]]: braucht [[20 Fleecejacken mit Stick|12 Regenjacken|Socken für den Spendenlauf]] bis {d}.
[[Dienstlich {p.email}, mobil {p.mobile}.|Erreichbar unter {p.phone}.|Nur per Mail: {p.email}.]]
Nächster Schritt: [[Angebot bis Freitag|Händlerpreisliste schicken|Mustergrößen ins Büro]].""", p=p, d=c.date_str(fmt="long"))


# ================================================================ support_email
@T("support_email")
def support_1(c):
    p = c.person()
    s = c.staff()
    return R(c, """{dear},

vielen Dank für Ihre Nachricht zur Bestellung {o}. [[Es tut mir leid, dass das Paket beschädigt ankam.|Schade, dass die Kaltkar nicht passt.|Der Versanddienstleister bestätigt die Verzögerung.]] [[Wir haben Ihnen {pr} auf die Karte mit der Endung {l4} erstattet.|Wir haben Ihnen {pr} auf Ihr Konto {p.iban} überwiesen.|Der Ersatz in Größe {size} ist heute rausgegangen.|Die Gutschrift ist jetzt in Ihrem Konto.]]

{bye:f}
{s.first}
Talgrat Kundenservice""", dear=anr(c, p), p=p, s=s, o=c.order_no(), pr=c.price(), l4="%04d" % c.n(0, 9999))


@T("support_email")
def support_2(c):
    p = c.person()
    return R(c, """Hallo,

ich hab [[letzte Woche|am {d}]] die {prod} bestellt (Bestellung {o}), bin aber inzwischen umgezogen. Könnt ihr sie bitte an meine neue Adresse schicken:

{p.addr2}

[[Falls der Fahrer anrufen muss: {p.phone}.|]]
{bye:i}
{p.full}""", p=p, prod=c.product(), d=c.date_str(fmt="long"), o=c.order_no())


@T("support_email")
def support_3(c):
    p = c.person()
    s = c.staff()
    return R(c, """{p.hi},

[[gute Nachrichten – |]]die Reparatur deiner {prod} ist fertig, du kannst sie in {st} abholen.

{s.first}

Am {d} schrieb {p.full} <{p.email}>:
> Gibt's was Neues zu meiner Jacke? Ich hab sie [[vor drei Wochen|vor Ostern]] abgegeben.
> {p.first}""", p=p, s=s, prod=c.product(short=True), st=c.store(), d=c.date_str(fmt="long"))


@T("support_email", country="CH")
def support_4(c):
    p = c.person()
    s = c.staff()
    return R(c, """Grüezi {p.mr}

Besten Dank für Ihre Nachricht. Wir haben die Gutschrift von {pr} auf Ihr Konto {p.iban} überwiesen[[, sie sollte in zwei bis drei Tagen da sein|]].

Freundliche Grüsse
{s.full}
Talgrat {st}""", p=p, s=s, pr=c.price(20, 200), st=c.store())


@T("support_email", country="AT")
def support_5(c):
    p = c.person()
    s = c.staff()
    return R(c, """Servus {p.first},

danke für deine Mail! Die [[Trittweg-Socken|Gitterhang]] in {size} sind wieder da, ich hab dir ein Paar in der Filiale {st} zurückgelegt. [[Du kannst sie bis {d} abholen.|Ruf einfach kurz an, wenn du kommst.]]

Liebe Grüße
{s.first}[[
{s.mobile}|]]""", p=p, s=s, st=c.store(), d=c.date_str(fmt="long"))


# ================================================================ signed_review
@T("signed_review")
def review_1(c):
    p = c.person()
    return R(c, "[[★★★★★|★★★★☆|★★★☆☆]] [[Super Jacke, hält auch bei Dauerregen dicht.|Socken bequem, fallen aber klein aus.|Rucksack sitzt top, auch mit 14 kg.|Warm, leicht, kleines Packmaß.]] – {nm}[[, {t}|]]",
             p=p, nm=p.get(c.pick("short", "short", "init", "full"), None, c), t=p.get("town", None, c))


@T("signed_review")
def review_2(c):
    p = c.person()
    s = c.staff()
    return R(c, """[[4|5|3]]/5 – {title}
{body}
{sig}

Antwort von Talgrat: Danke, {p.first}! [[Freut uns, dass sie durchgehalten hat.|Wir geben das ans Produktteam weiter.|Komm gern in die Filiale, wir tauschen die Größe.]] – {s.first}, {st}""",
             title=c.pick("Hält, was sie verspricht", "Jeden Euro wert", "Gut, aber nicht perfekt"),
             body=c.pick("Auf dem E5 getragen, keine Beschwerden.", "Kapuze top, Bündchen etwas eng.", "Für meine Tochter gekauft, sie liebt die Farbe."),
             sig=["– ", p.get(c.pick("full", "short", "init"), None, c)], p=p, s=s, st=c.store())


@T("signed_review")
def review_3(c):
    p = c.person()
    return R(c, "[[mega|richtig gute]] socken, [[hab gleich ein zweites paar bestellt|keine blasen nach 30 km|nach einem jahr noch wie neu]]. {p.lowfull}", p=p)


@T("signed_review", country="CH")
def review_4(c):
    p = c.person()
    return R(c, """Bewertung von {p.full}
Verifizierter Kauf: [[ja|nein]]
Sterne: [[4|5|2]]/5
[[Passt super, bin auf dem Gornergrat-Weg nie nass geworden.|Etwas teuer, aber die Beratung in {st} war top.|Reissverschluss klemmt.]]""", p=p, st=c.store())


@T("signed_review", country="AT")
def review_5(c):
    p = c.person()
    return R(c, """"[[Die Beratung in {st} war leiwand, hab endlich den richtigen Schuh.|Beste Regenjacke, die ich je hatte.|Nicht billig, aber hält ewig.]]"
{nm}, {t}""", p=p, nm=p.get(c.pick("caps", "short", "full"), None, c), st=c.store(), t=p.get("town", None, c))


# ================================================================ team_chat
@T("team_chat")
def chat_1(c):
    a, b = c.staff(), c.staff()
    lines = [R(c, "[{t}] {a.low}: [[hat wer die kaltkar in L gesehen?|wo sind die firstwand in M?|haben wir noch trittweg in 39-42?]] [[kundin wartet|kunde steht an der kasse|dringend]]", t=c.ts("hm", 20, 120), a=a),
             R(c, "[{t}] {b.low}: [[lager, oberstes regal|im keller, karton 4|schau mal im schaufenster]][[, neben den socken|]]", t=c.ts("hm", 20, 120), b=b)]
    if c.chance(0.6):
        lines.append(R(c, "[{t}] {a.low}: gefunden, danke!", t=c.ts("hm", 20, 120), a=a))
    return J("\n", lines)


@T("team_chat")
def chat_2(c):
    a = c.staff()
    return R(c, "{h} kannst du meinen Samstag übernehmen? [[Ich mach dafür deinen Dienstag.|Familienfeier.|Zahnarzt.]] – {a.first}", h=c.staff().get("handle", None, c), a=a)


@T("team_chat")
def chat_3(c):
    p = c.person()
    s = c.staff()
    return R(c, """Besucher: hallo, ich bin {p.full}, meine bestellung {o} ist nie angekommen
{s.first} (Talgrat): Das tut mir leid! Kannst du mir die Lieferadresse bestätigen?
Besucher: {p.addr}
{s.first} (Talgrat): Danke, ich hab einen Nachforschungsauftrag beim Versand gestartet.[[
Besucher: ok, handy {p.mobile}|
Besucher: schickt einfach neu, buch es von meiner karte ab: {p.card}
{s.first} (Talgrat): Bitte keine Kartennummern in den Chat – ich hab sie bei uns geschwärzt.|]]""", p=p, s=s, o=c.order_no())


@T("team_chat", country="CH")
def chat_4(c):
    a, b, d = c.staff(), c.staff(), c.staff()
    lines = [R(c, "{a.low}: [[hoi zäme|sali zäme|grüezi mitenand]], wer cha am [[samschtig|mäntig|fritig]] d [[kasse|schuehberatig]] übernäh?", a=a),
             R(c, "{b.low}: ich chan vo [[10 bis 2|9 bis 12|mittag a]]", b=b),
             R(c, "{d.low}: und ich de namittag", d=d),
             R(c, "{a.low}: merci vilmal!", a=a)]
    if c.chance(0.5):
        lines.append(R(c, "{b.low}: {d.first}, chunnsch du no go d lieferig entgäge näh?", b=b, d=d))
    return J("\n", lines)


@T("team_chat", country="AT")
def chat_5(c):
    a, b = c.staff(), c.staff()
    return R(c, "{a.first}: servus, {b.first} übernimmt heut die Schuhberatung [[bis 14 Uhr|am Nachmittag|bis Ladenschluss]], passt?", a=a, b=b)


# ================================================================ call_note
@T("call_note")
def call_1(c):
    p = c.person()
    return R(c, """[[Anruf|Eingehender Anruf|Telefonat]] {t}, {p.mr} ({p.phone})[[, wg. der {p.sur}-Retoure|]].
[[Fragt, ob es den Steinlauf in weit gibt.|Fragt, warum die Erstattung noch nicht da ist.|Möchte die Erstattung auf {p.iban} statt auf die Karte.|Braucht eine Quittung für die Versicherung.]]
[[Rückruf morgen zugesagt.|Infos per Mail an {p.email} geschickt.|Am Telefon geklärt.]]""", t=c.time_str(), p=p)


@T("call_note")
def call_2(c):
    p = c.person()
    return R(c, """Mailbox, {t}, von {p.phone}:
„[[Ja, hallo|Grüß Gott|Hallo, guten Tag]], hier ist {p.full}, [[ich hätte eine Frage zu meiner Bestellung|ich hab gestern meine Bankkarte an der Kasse liegen lassen|es geht um das Vertragsangebot]]. [[Rufen Sie mich bitte zurück unter {p.mobile}.|Am besten nach sechs.|Danke, tschüss.]]“""", p=p, t=c.time_str())


@T("call_note")
def call_3(c):
    p = c.person()
    s = c.staff()
    return R(c, """Telefonische Bestellung, aufgenommen von {s.first}:
{p.full}, {p.addr}
{prod}, Größe {size}
Karte {p.card}, gültig bis {m}/{y}
[[Geschenkverpackung, Karte: „Viel Spaß am Berg!“|Standardversand|Express, Aufpreis bezahlt]]""", p=p, s=s, prod=c.product(), m="%02d" % c.n(1, 12), y=str(c.n(26, 30)))


@T("call_note")
def call_4(c):
    lines = [c.pick("Rückrufe heute:", "Rückrufliste", "Bis 17 Uhr zurückrufen:")]
    for i in range(c.n(2, 5)):
        p = c.person()
        lines.append(R(c, "{i}. {nm} – {p.phone} – [[Erstattung|Termin Schuhanpassung|Quittung verloren|Parkgebühr|Gutschrift]]", i=str(i + 1),
                       nm=p.get(c.pick("full", "mr", "full"), None, c), p=p))
    return J("\n", lines)


# ================================================================ name_prose
@T("name_prose")
def prose_1(c):
    a, b, d = c.person(cue=False), c.person(cue=False), c.person(cue=False)
    return R(c, "{a.full} und {b.full} haben am Wochenende den Stand in {st} betreut[[, am Sonntag kam {d.first} dazu|; {d.full} hat die Testzelte mitgebracht]].[[ Die Trittweg-Socken waren mittags ausverkauft.|]]",
             a=a, b=b, d=d, st=c.store())


@T("name_prose")
def prose_2(c):
    a, b = c.person(cue=False, gender="f"), c.person(cue=False, gender="m")
    return R(c, """Die neuen Kaltkar-Bilder hat {a.full} am Schlegeisspeicher fotografiert[[, die auch schon die Firstwand-Kampagne gemacht hat|]]. Das Styling kam von {b.full}[[, der sogar seine eigenen Schuhe verliehen hat|]].
[[Beide werden im Herbstkatalog genannt.|Die besten Bilder kommen in den Herbst-Newsletter.|]]""", a=a, b=b)


@T("name_prose")
def prose_3(c):
    a, b = c.person(cue=False), c.person(cue=False)
    return R(c, "Nach neun Jahren in {s1} wechselt {a.full} im [[März|April|Herbst]] nach {s2}. {b.full} übernimmt das Team[[ zum Monatsersten|]].",
             a=a, b=b, s1=c.store(), s2=c.store())


@T("name_prose")
def prose_4(c):
    a, b = c.person(cue=False), c.person(cue=False)
    return R(c, """Beim Spendenlauf auf den Wendelstein hat {a.full} nach der ersten Bachquerung {b.gen} Socken gerettet – mit einem Ersatzpaar aus dem Rucksack.
[[Am Gipfel hatte die Gruppe über 2.000 Euro gesammelt.|Nach knapp sechs Stunden waren alle oben.|]]""", a=a, b=b)


@T("name_prose")
def prose_5(c):
    a, b, d = c.person(cue=False), c.person(cue=False), c.person(cue=False, gender="f")
    return R(c, "[[Danke an|Ein großes Dankeschön an|Merci an]] {a.full} für [[den reparierten Bondrucker|den neuen Dienstplan|die neue Sockenwand]], an {b.full} für [[das Schaufenster|die Sonntagsschicht|die Einarbeitung der Neuen]] und an {d.full}, die [[die verschollene Fernkamm-Bestellung im Lager gefunden hat|bei der Inventur bis zum Schluss geblieben ist|drei Schuhberatungen hintereinander gemacht hat]].", a=a, b=b, d=d)


# ================================================================ postal_letter
@T("postal_letter")
def letter_1(c):
    p = c.person()
    return R(c, """{p.full}
{p.addr2}

An Talgrat Outdoor, Kundenservice
{ort}, {d}

Widerruf meiner Bestellung {o}

Sehr geehrte Damen und Herren,

hiermit widerrufe ich den Kauf [[der Regenjacke|des Rucksacks|der Wanderschuhe]]. [[Bitte bestätigen Sie den Eingang schriftlich.|Bitte erstatten Sie den Betrag auf mein Konto {p.iban}.]]

{bye:f}
{p.full}""", p=p, ort=p.get("town", None, c), d=c.date_str(fmt="long"), o=c.order_no())


@T("postal_letter")
def letter_2(c):
    p = c.person()
    s = c.staff()
    return R(c, """{p.herrn}
{p.addr2}

{d}

{dear},

[[vielen Dank für Ihren Brief. Gern|nach Ihrem Besuch in unserer Filiale {st}|nach Prüfung der Jacke in unserer Werkstatt]] [[bestätigen wir, dass die Reparatur auf Garantie läuft.|legen wir Ihnen einen Gutschein über {pr} bei.|haben wir Ihnen den vollen Betrag erstattet.]][[ Entschuldigen Sie bitte die Verzögerung.|]]

{bye:f}

{s.full}
{role}""", p=p, s=s, d=c.date_str(fmt="long"), dear=anr(c, p), st=c.store(), pr=c.price(10, 50), role=s.get("role", None, c))


@T("postal_letter", country="AT")
def letter_3(c):
    p = c.person()
    return R(c, """Talgrat Outdoor
Kundenservice

Kündigung Mitgliedschaft {m}

Hiermit kündige ich meine Summit-Club-Mitgliedschaft mit {d}. Den Restbetrag bitte auf das Konto {p.iban} (Kontoinhaber/in {p.full}) überweisen.

{p.full}
{p.addr}""", p=p, m=str(c.n(100000, 999999)), d=c.date_str(fmt="long"))


@T("postal_letter")
def letter_4(c):
    p = c.person()
    q = c.person()
    return R(c, """{p.full}
c/o {q.full}
{q.addr2}

{d}

Sehr geehrte Damen und Herren,
ich wohne während der Sanierung meiner Wohnung bei [[meiner Schwester|einem Freund|meinem Partner]]. Bitte schicken Sie die Ersatzschuhe an diese Adresse.
{bye:f}
{p.full}""", p=p, q=q, d=c.date_str(fmt="long"))


@T("postal_letter", country="CH")
def letter_5(c):
    p = c.person()
    return R(c, """Einschreiben
Absender: {p.full}, {p.addr}
An: Talgrat Outdoor AG, Kundendienst

Betreff: Bestellung {o}

[[Der Reissverschluss meiner Regenjacke ist nach drei Touren kaputt.|Der Hüftgurt des Rucksacks ist am zweiten Tag gerissen.|Mir wurde eine Bestellung doppelt belastet.]] Ich habe zweimal geschrieben und keine Antwort erhalten.

Freundliche Grüsse
{p.full}""", p=p, o=c.order_no())


# ================================================================ accident_book
@T("accident_book")
def acc_1(c):
    p = c.person()
    f = c.staff()
    return R(c, """Verbandbuch – Filiale {st}
Datum/Uhrzeit: {d}, {t}
Verletzte Person: {p.full} ([[{p.g:Kunde/Kundin}|{p.g:Besucher/Besucherin}|{p.g:Mitarbeiter/Mitarbeiterin}]])
Anschrift: {p.addr}
Hergang: [[auf nassem Boden am Eingang ausgerutscht|am Regalhaken in den Finger geschnitten|Hand in der Kabinentür eingeklemmt]]
Erste Hilfe: [[Pflaster|Kühlpack|Verband]]
Ersthelfer/in: {f.full}""", st=c.store(), d=c.date_str(fmt="num"), t=c.time_str(), p=p, f=f)


@T("accident_book")
def acc_2(c):
    p = c.person(cue=False, gender="m")
    f = c.staff()
    return R(c, "{f.first} hat um {t} an der Schuhanpassung einen Kunden, {p.full}, [[mit einer kleinen Schnittwunde|mit einer Prellung am Knie|mit Nasenbluten]] versorgt.[[ Kontakt: {p.phone}.|]] [[Keine weiteren Maßnahmen.|Dem Kunden ging es danach gut.|Empfehlung: Arzt, falls es anschwillt.]]",
             f=f, p=p, t=c.time_str())


@T("accident_book", country="AT")
def acc_3(c):
    p = c.person()
    m = c.staff()
    hs = c.staff()
    return R(c, """Hallo {hs.first},

zum Eintrag im Verbandbuch vom {d}: {p.mrfull} hat heute angerufen. {p.g:Er/Sie} hat sich das Handgelenk verstaucht und meldet das der Versicherung. Die Adresse für das Formular: {p.addr}, Telefon {p.phone}.
[[Die Videoaufnahme ist gesichert.|Das Warnschild stand, {m.first} hat's kontrolliert.|Die Versicherung zahlt auf {p.iban}.|]]

Liebe Grüße
{m.first}""", hs=hs, d=c.date_str(fmt="long"), p=p, m=m)


@T("accident_book")
def acc_4(c):
    w = c.person()
    p = c.person(cue=False, gender="f")
    return R(c, """Zeugenaussage
Ich, {w.full}, stand um ca. {t} [[an Kasse 2|in der Schlange|beim Sockenregal|bei den Wanderschuhen]], als die [[Frau vor mir|Kundin neben mir|Frau mit dem Kinderwagen]] – wie ich inzwischen weiß, {p.full} – [[über die Stufe am Eingang gestolpert ist|auf der nassen Matte ausgerutscht ist|an einem Aufsteller hängen geblieben ist]]. [[Sie hat sich den Kopf angeschlagen.|Sie hat sich den Knöchel verletzt.]] Eine Mitarbeiterin hat sofort geholfen.
{w.init}, {d}""", w=w, p=p, t=c.time_str(), d=c.date_str(fmt="num"))


@T("accident_book", country="CH")
def acc_5(c):
    p = c.person()
    f = c.staff()
    return R(c, "{d} {t} – {p.full} – [[Kopf am Treppenschild angeschlagen|Finger im Skischraubstock eingeklemmt|von der Boulderwand-Matte gestürzt]] – [[Kühlpack|Pflaster|kontrolliert, keine Verletzung]] – {f.init} (SUVA-Meldung [[nicht nötig|erstellt]])",
             d=c.date_str(fmt="num"), t=c.time_str(), p=p, f=f)


# ================================================================ age_check_log
@T("age_check_log")
def age_1(c):
    p = c.person()
    s = c.staff()
    return R(c, "{t} Kasse {n}: [[Taschenmesser|Multitool|2x Gaskartusche|Beil]] an {p.full} verkauft, Ausweis geprüft ([[Personalausweis|Führerschein|Reisepass]]), geb. {dob} – {s.init}",
             t=c.time_str(), n=str(c.n(1, 5)), p=p, dob=p.get("dob", "num", c), s=s)


@T("age_check_log")
def age_2(c):
    p = c.person(gender="m")
    m = c.staff()
    return R(c, """[[Verkauf|Abgabe]] von [[einem Einhandmesser|zwei Gaskartuschen|einem Beil|einem Tierabwehrspray]] um {t} abgelehnt. Der Kunde nannte sich {p.full}, hatte aber keinen Ausweis[[ und sagte, er sei 19|]].
{m.first} angerufen ({m.mobile}), hat die Ablehnung bestätigt. [[Ins Ablehnungsprotokoll eingetragen.|Er ist ohne Ärger gegangen.|]]""", t=c.time_str(), p=p, m=m)


@T("age_check_log")
def age_3(c):
    am = c.staff()
    s = c.staff()
    p = c.person()
    return R(c, """Hallo {am.first},
Altersprüfungen KW {w}: {n} Kontrollen, {r} Ablehnungen ({p.init} und eine Person ohne Namen).
[[Der Testkauf des Ordnungsamts am {d} war ok – {s.first} hat nach dem Ausweis gefragt.|Keine Vorfälle.|]]
{bye:i}, {s.first}""", am=am, w=str(c.n(1, 52)), n=str(c.n(6, 30)), r=str(c.n(1, 4)), p=p, d=c.date_str(fmt="long"), s=s)


@T("age_check_log")
def age_4(c):
    p = c.person()
    return R(c, """[[Bestellung|Onlinebestellung|Auftrag]] {o}: Altersprüfung [[fehlgeschlagen|nicht bestanden|ohne Ergebnis]] für {p.full}, {p.addr}.
[[Mail an {p.email} mit Bitte um Ausweiskopie.|Anruf unter {p.phone}, nicht erreicht.|Bestellung gesperrt bis zur Prüfung in der Filiale.]]
Artikel: [[feststehendes Messer|Brennspiritus 1 l|Campingbeil]]""", o=c.order_no(), p=p)


# ================================================================ parking_appeal
@T("parking_appeal")
def park_1(c):
    p = c.person()
    return R(c, """Sehr geehrte Damen und Herren,

ich habe eine Vertragsstrafe ({pcn}) für Ihren Kundenparkplatz in {st} vom {d} bekommen. Ich war [[etwa zwei Stunden|fast den ganzen Nachmittag|wegen einer Schuhanpassung länger]] bei Ihnen einkaufen – der Kassenbon hängt an (Bestellung {o}). Bitte lassen Sie die Forderung stornieren.[[ Bezahlt habe ich sie schon mit meiner Karte {p.card}, damit sie nicht steigt – bitte erstatten.|]]

{bye:f}
{p.full}
{p.addr}
{p.phone}""", pcn=c.safe(lambda: "Az. %d" % c.n(10000000, 99999999)), st=c.store(), d=c.date_str(fmt="long"), o=c.order_no(), p=p)


@T("parking_appeal", country="AT")
def park_2(c):
    p = c.person()
    s = c.staff()
    return R(c, """{dear},

danke für den Kassenbon. Wir haben {co} gebeten, die Besitzstörungsklage wegen des Fahrzeugs {reg} zurückzuziehen[[; das wurde heute bestätigt|]]. [[Sie müssen nichts weiter tun.|Falls noch eine Mahnung kommt, leiten Sie sie mir bitte weiter.]]

{bye:f}
{s.full}, Filiale {st}""", dear=anr(c, p), co=c.pick("Parkraum Süd GmbH", "ParkControl Alpen GmbH", "Parkservice Tirol GmbH", "Parkwächter Ost"), reg=c.pick("I-345 AB", "W-12345 X", "S-88 KT", "KU-77 LM"), s=s, st=c.store())


@T("parking_appeal")
def park_3(c):
    p = c.person()
    return R(c, "{p.mr} sagt, die Kamera hat {p.g:sein/ihr} Auto am {d} zweimal erfasst, {p.g:er/sie} hat zwei Forderungen bekommen. [[Bon geprüft – echt.|War auch im Café.|]] Rückruf unter {p.mobile}, sobald der Betreiber antwortet.",
             p=p, d=c.date_str(fmt="short"))


@T("parking_appeal", country="CH")
def park_4(c):
    m = c.staff()
    p = c.person()
    return R(c, "{m.first}: Umtriebsentschädigung für {p.full} bitte stornieren, Quittung {o} [[stimmt|geprüft]], [[Liste heute Abend an die Parkfirma|kommt in den Freitags-Stapel]].",
             m=m, p=p, o=c.order_no())


@T("parking_appeal")
def park_5(c):
    p = c.person()
    return R(c, """[[Einspruch über das Webformular|Webformular: Einspruch Parken|Neuer Einspruch (Website)]]
Name: {p.full}
E-Mail: {p.email}
Aktenzeichen: {pcn}[[
Datum: {d}|]]
Begründung: [[Ich habe einen Behindertenausweis, die Behindertenparkplätze waren belegt.|Der Automat war kaputt.|Ich habe ein in der Filiale gekauftes Zelt eingeladen.|Mein Auto ist auf dem Parkplatz liegen geblieben.]]""", p=p, d=c.date_str(fmt="num"), pcn=c.safe(lambda: "Az. %d" % c.n(10000000, 99999999)))


# ================================================================ account_recovery
@T("account_recovery")
def rec_1(c):
    p = c.person()
    return R(c, """Hallo,
ich komme nicht mehr in mein Kundenkonto – meine alte Adresse {p.email2} gibt es nicht mehr. Bitte ändert sie auf {p.email}.
Name {p.full}, geboren {dob}, letzte Bestellung {o}.[[
Die hinterlegte Karte ist {p.card}.|]]
{bye:i}""", p=p, dob=p.get("dob", None, c), o=c.order_no())


@T("account_recovery")
def rec_2(c):
    p = c.person()
    return R(c, """{p.full} über [[letzte Bestellung und PLZ|Geburtsdatum und letzte Bestellung|Rückruf auf die hinterlegte Nummer]] verifiziert. [[Fehlgeschlagene Anmeldungen|Anmeldeversuche]] kamen von {ip1} und {ip2}.
Link zum Zurücksetzen an {p.email} geschickt.[[ Kunde wünscht Löschung der gespeicherten Karte.|]]""", p=p, ip1=c.ip("pub"), ip2=c.ip6("glob") if c.chance(0.6) else c.ip("pub"))


@T("account_recovery")
def rec_3(c):
    p = c.person()
    return R(c, "Wiederherstellungsanfrage für {p.email} kam von {ip} ([[VPN?|aus dem Ausland|neues Gerät]]). {p.mr} hat telefonisch ({p.phone}) bestätigt, dass {p.g:er/sie} das nicht war. Konto gesperrt, [[Passwort-Reset erzwungen|alle Sitzungen beendet]].",
             p=p, ip=c.ip("pub"))


@T("account_recovery")
def rec_4(c):
    p = c.person()
    s = c.staff()
    return R(c, """{dear},

wir haben die Anmelde-E-Mail Ihres Kontos auf {p.email} geändert. [[Falls Sie das nicht waren, rufen Sie uns bitte sofort an.|Ihre Bonuspunkte bleiben erhalten.|]]

{bye:f}
{s.first}, Talgrat Online-Service""", dear=anr(c, p), p=p, s=s)


@T("account_recovery")
def rec_5(c):
    p = c.person()
    return R(c, "[[2FA zurückgesetzt|SMS-Login geändert|Zwei-Faktor zurückgesetzt]]: {p.full} [[hat {p.g:sein/ihr} Handy verloren|hat den Anbieter gewechselt|hat eine neue SIM]]. Alte Nummer {p.mobile2}, neue Nummer {p.mobile}. Geprüft [[über die hinterlegte Karte mit Endung {l4}|über die letzte Bestellung|per Rückruf]].",
             p=p, l4="%04d" % c.n(0, 9999))


# ================================================================ job_offer_letter
@T("job_offer_letter", country="DE")
def offer_1(c):
    p = c.person(cc="DE")
    hr = c.staff()
    d, d3, d2 = c.dates(3, 6, 25, "long")
    return R(c, """{p.herrn}
{p.addr2}

{d} – Ihr Arbeitsvertrag

{dear},
wir freuen uns, Ihnen die Stelle als [[{p.g:Verkaufsberater/Verkaufsberaterin}|{p.g:Schuhspezialist/Schuhspezialistin}|stellv. Filialleitung|{p.g:Lagermitarbeiter/Lagermitarbeiterin}]] in unserer Filiale {st} ab {d2} anzubieten.
Für die Lohnabrechnung brauchen wir noch Ihre Steuer-ID; angegeben haben Sie {p.taxid}. Das Gehalt überweisen wir auf {p.iban}.
Bitte senden Sie uns ein unterschriebenes Exemplar bis {d3} zurück.

{bye:f}
{hr.full}
Personalabteilung""", p=p, d=d, dear=anr(c, p), st=c.store(), d2=d2, d3=d3, hr=hr)


@T("job_offer_letter", country="DE")
def offer_2(c):
    p = c.person(cc="DE")
    hr = c.staff()
    return R(c, """Hallo {p.first},

[[super Neuigkeiten – das Team in {st} freut sich auf dich!|willkommen an Bord! Das Team in {st} freut sich.|du hast die Stelle in {st}!]] [[Deine Steuer-ID {p.taxid} haben wir schon.|Kannst du uns bitte noch deine Steuer-ID schicken? Die alte, {p.taxid}, war ein Zahlendreher.]]
Den Vertrag bekommst du heute zur digitalen Unterschrift an {p.email}.

{bye:i}
{hr.first}""", p=p, hr=hr, st=c.store())


@T("job_offer_letter", country="DE")
def offer_3(c):
    p = c.person(cc="DE")
    q = c.person()
    return R(c, """[[Hier meine Daten für den Vertrag:|Wie gewünscht meine Daten für die Lohnabrechnung:|Hallo, anbei meine Angaben.]]
Name: {p.full}
Anschrift: {p.addr}
IBAN: {p.iban}
Steuer-ID: {p.taxid}
[[Notfallkontakt|Im Notfall bitte anrufen]]: {q.full}, {q.phone}[[
Der Starttermin passt mir.|
Shirtgröße M für die Dienstkleidung.|]]
[[Danke!|Viele Grüße, {p.first}|LG]]""", p=p, q=q)


@T("job_offer_letter", country="AT")
def offer_4(c):
    p = c.person()
    hr = c.staff()
    return R(c, """{dear},
danke für Ihre Rückmeldung, dass Sie ein anderes Angebot angenommen haben. Wir haben unser Angebot für den Dienstvertrag zurückgezogen[[ und Ihre Unterlagen gelöscht|]].
[[Alles Gute für die neue Stelle!|Wir freuen uns, Sie als Kund{p.g:en/in} wiederzusehen.]]
{hr.full}""", dear=anr(c, p), p=p, hr=hr)


@T("job_offer_letter", country="CH")
def offer_5(c):
    p = c.person(cue=False)
    m = c.staff()
    return R(c, "[[Freigegeben|Bewilligt|OK von der Geschäftsleitung]]: Angebot an {p.full} (Ref. {r}) mit [[CHF 4'650|CHF 4'900|CHF 5'200]] brutto, [[Start|Eintritt]] {d}, Vorgesetzte/r {m.full}.[[ Umzugshilfe vereinbart.| Pensum 80 %.| Probezeit drei Monate.|]]",
             p=p, r=c.safe(lambda: "REQ-%04d" % c.n(1, 9999)), d=c.date_str(fmt="num"), m=m)


# ================================================================ neighbour_complaint
@T("neighbour_complaint")
def nb_1(c):
    p = c.person(cc=c.home_cc())
    return R(c, """Guten Tag,
ich wohne {p.addr}, direkt hinter Ihrem [[Lager|Lieferhof]]. Zum [[dritten|vierten]] Mal in diesem Monat standen die Lkw schon vor 5 Uhr mit laufendem Motor da. [[Meine Kinder sind wieder aufgewacht.|Ich arbeite nachts und muss schlafen.]]
Bitte stellen Sie das ab.
{p.full}[[
{p.phone}|]]""", p=p)


@T("neighbour_complaint")
def nb_2(c):
    p = c.person()
    s = c.staff()
    m = c.staff()
    return R(c, """{dear},

danke für Ihre Nachricht, und entschuldigen Sie den Lärm. {s.g:Unser Logistikleiter/Unsere Logistikleiterin} {s.full} hat mit der Spedition gesprochen: Ab nächster Woche wird nicht mehr vor 7 Uhr geliefert.
[[Falls es wieder vorkommt, rufen Sie {s.first} bitte direkt an: {s.mobile}.|]]

{bye:f}
{m.full}""", dear=anr(c, p), s=s, m=m)


@T("neighbour_complaint")
def nb_3(c):
    lines = [R(c, "Anwohnerbeschwerden – Filiale {st}", st=c.store())]
    ds = c.dates(c.n(2, 4), 3, 60, "num")
    for i in range(len(ds)):
        p = c.person(cc=c.home_cc())
        lines.append(R(c, "{d} – {p.mr}, {p.street} – [[Mülltonnen stehen draußen|Lkw-Lärm|Mitarbeiter rauchen am Zaun|Licht brennt die ganze Nacht]]", d=ds[i], p=p))
    return J("\n", lines)


@T("neighbour_complaint", country="AT")
def nb_4(c):
    o = c.person(cc=c.home_cc())
    p = c.person(cue=False, cc=c.home_cc())
    return R(c, "Vom Magistrat hat {o.full} eine Beschwerde von {p.full}, {p.addr}, weitergeleitet – es geht um [[die neue Klimaanlage|die Rückfahrwarner|die Containerabholung|die Parkplatzbeleuchtung]].[[ Schon die zweite Beschwerde heuer.|]] [[Wir haben 14 Tage Zeit.|Antwort bitte an {o.email}.|{o.first} bittet um Rückruf unter {o.phone}.]]",
             o=o, p=p)


# ================================================================ ownership_transfer
@T("ownership_transfer")
def own_1(c):
    p = c.person()
    q = c.person()
    return R(c, """Hallo,
ich habe meine {prod} (Seriennr. {ser}) an {q.full} verkauft. Bitte übertragt die Garantie auf {q.g:ihn/sie}: {q.email}.
[[Gekauft hab ich sie {y} in {st}.|Der Kassenbon hängt an.]]
{p.full}""", prod=c.product(short=True), ser=c.safe(lambda: "TG%d" % c.n(1000000, 9999999)), q=q, st=c.store(), y=str(c.n(2019, 2024)), p=p)


@T("ownership_transfer")
def own_2(c):
    p = c.person()
    q = c.person()
    return R(c, """{dear},

die lebenslange Reparaturgarantie (Artikel: {prod}, Seriennr. {ser}) läuft jetzt auf Ihren Namen. {p.init} als Vorbesitzer/in haben wir ausgetragen.
[[Bitte heben Sie diese E-Mail als Eigentumsnachweis auf.|]]

Talgrat Reparaturservice""", dear=anr(c, q), p=p, prod=c.product(), ser=c.safe(lambda: "TG%d" % c.n(1000000, 9999999)))


@T("ownership_transfer", country="CH")
def own_3(c):
    p = c.person()
    q = c.person()
    return R(c, "[[Übertragung|Garantieübertrag|Besitzerwechsel]] {p.full} → {q.full}[[, Quittung vom {d}|, Originalkauf vom {d}]], Adresse {q.g:neuer Besitzer/neue Besitzerin}: {q.addr}.[[ Alter Besitzer hat per Mail bestätigt.| Seriennummer geprüft.| Gutschein Nachimprägnierung verschickt.|]]",
             p=p, q=q, d=c.date_str(fmt="num"))


@T("ownership_transfer")
def own_4(c):
    p = c.person()
    q = c.person()
    return R(c, """Antrag Eigentümerwechsel
Verkäufer/in: {p.full}, {p.email}
Käufer/in: {q.full}, {q.phone}
Artikel: {prod}, gekauft am {d}
Kaufpreis: [[120 €|180 €|95 €]]
Hinweis: [[Käufer/in möchte die kostenlose Nachimprägnierung|Ärmel wurde in {st} repariert|Käufer/in hat auf {p.iban} überwiesen|]]""", p=p, q=q, prod=c.product(), d=c.date_str(fmt="num"), st=c.store())


# ================================================================ store_credit_note
@T("store_credit_note")
def credit_1(c):
    p = c.person()
    s = c.staff()
    return R(c, """Gutschrift {r}
Ausgestellt für: {p.full}
Betrag: {pr}
Grund: [[Rückgabe ohne Bon|defekt, kein Ersatz auf Lager|Preisanpassung]]
Gültig bis: {d}
Ausgestellt von: {s.init}""", r=c.safe(lambda: "GS-%06d" % c.n(1, 999999)), p=p, pr=c.price(10, 200), d=c.date_str(fmt="num"), s=s)


@T("store_credit_note")
def credit_2(c):
    p = c.person()
    return R(c, "{p.hi}, für die zurückgegebene {prod} (Bestellung {o}) haben wir dir ein Guthaben von {pr} gutgeschrieben. Es hängt an {p.email} und gilt online und in allen Filialen.",
             p=p, pr=c.price(20, 300), prod=c.product(short=True), o=c.order_no())


@T("store_credit_note", country="AT")
def credit_3(c):
    p = c.person()
    return R(c, """[[Grüß Gott|Guten Tag|Hallo]],
bitte überweisen Sie mir die Gutschrift über {pr} lieber aufs Konto, [[ich wohne nicht mehr in der Nähe einer Filiale|ich bin nach Vorarlberg gezogen|ich kaufe nur noch online]].
IBAN {p.iban}
Kontoinhaber/in: {p.full}
Danke, {p.first}""", pr=c.price(20, 200), p=p)


@T("store_credit_note")
def credit_4(c):
    p = c.person()
    return R(c, "Gutschrift {r} für {p.mrn} neu ausgestellt, [[Original verloren|Original in der Waschmaschine gelandet|Beleg nicht mehr lesbar]]. [[Telefonisch verifiziert unter {p.phone}|Rückruf unter {p.phone} bestätigt]][[ und mit den letzten vier Kartenziffern|]].",
             r=c.safe(lambda: "GS-%06d" % c.n(1, 999999)), p=p)


# ================================================================ press_enquiry
OUTLETS = ["Bergsteiger-Magazin", "Outdoor-Handel heute", "Allgäuer Rundschau", "Radio Alpenland", "Trailrunning-Journal", "Wirtschaftsblatt Tirol"]


@T("press_enquiry")
def press_1(c):
    j = c.person()
    return R(c, """Guten Tag,
ich bin {j.full} und schreibe für {out} über [[Reparaturangebote im Handel|PFC-freie Jacken|Filialschließungen in der Outdoorbranche]]. Könnte mich jemand [[unter {j.mobile} zurückrufen|drei Fragen per Mail beantworten]], gern bis {d}?
{j.email}""", j=j, out=c.pick(OUTLETS), d=c.date_str(fmt="wd"))


@T("press_enquiry")
def press_2(c):
    j = c.person()
    return R(c, """{dear},

danke für Ihre Anfrage. Unsere Pressesprecherin {s.full} ist am {d} zwischen 10 und 12 Uhr erreichbar. [[Sie erreichen sie unter {s.mobile}.|Schicken Sie die Fragen gern vorab an {pr}.]]

{bye:f}
Talgrat Presse""", dear=anr(c, j), s=c.staff(gender="f"), d=c.date_str(fmt="wd"), pr=c.role_mail("presse"))


@T("press_enquiry")
def press_3(c):
    lines = ["Presseprotokoll"]
    ds = c.dates(c.n(2, 4), 1, 40, "num")
    for i in range(len(ds)):
        j = c.person()
        s = c.staff()
        lines.append(R(c, "{d} – {j.full} ({out}) – Thema: [[Schließungen|Rückruf|Preiserhöhung|Reparaturcafé]] – beantwortet von {s.first} – {j.email}", d=ds[i], j=j, out=c.pick(OUTLETS), s=s))
    return J("\n", lines)


@T("press_enquiry", country="CH")
def press_4(c):
    j = c.person()
    p = c.person(cue=False, gender="f")
    return R(c, "{j.first} von {out} möchte {p.full} porträtieren, die mit unseren Steinlauf den ganzen Jakobsweg durch die Schweiz gegangen ist. [[Sie ist einverstanden, ihre Nummer: {p.phone}.|Bitte zuerst fragen, bevor wir {p.email} weitergeben.]]",
             j=j, out=c.pick(OUTLETS), p=p)


# ================================================================ birthday_greeting
@T("birthday_greeting")
def bday_1(c):
    p = c.person()
    return R(c, """[[Alles Gute zum Geburtstag, {p.first}!|{p.first}, heute ist dein Tag!|Herzlichen Glückwunsch, {p.first}!]]
[[Mit dem Code {code} bekommst du [[15|20]] % auf deine nächste Bestellung, 30 Tage lang[[ online und in der Filiale|]].|Unser Geschenk: ein Paar Trittweg-Socken zu deiner nächsten Bestellung (Code {code}).]]
Diese E-Mail ging an {p.email}, weil du Mitglied im Summit Club bist.""", p=p, code=c.pick("GEBURTSTAG-7Q2K", "HBD-X4PR", "TORTE-92LM"))


@T("birthday_greeting")
def bday_2(c):
    a, b = c.staff(), c.staff()
    return R(c, "[[Die Karte für {a.first} liegt im Büro|{a.gen} Geburtstagskarte liegt neben der Kaffeemaschine|Geheime Karte für {a.first} im Lager]] – bitte bis [[Freitag|Donnerstag|morgen]] unterschreiben![[ In der Kasse sind schon [[34 €|52 €|40 €]].| Kuchen um 15 Uhr.|]] – {b.first}", a=a, b=b)


@T("birthday_greeting")
def bday_3(c):
    p = c.person()
    months = list(K.MONTHS_DE)
    if c.at:
        months[0] = "Jänner"
    return R(c, """Danke für den Geburtstagsgutschein! Aber ich hab im {m1} Geburtstag, nicht im {m2} – könnt ihr das in meinem Konto ({p.email}) korrigieren?
{p.full}""", m1=c.pick(months[:6]), m2=c.pick(months[6:]), p=p)


@T("birthday_greeting", country="AT")
def bday_4(c):
    p = c.person()
    a, b, d = c.staff(), c.staff(), c.staff()
    return R(c, """Liebe{p.g:r/} {p.first},
alles Liebe zum Geburtstag von uns allen aus {st}! [[Schau auf einen Kaffee vorbei, die Socken gehen aufs Haus.|Genieß den Tag am Berg!]]
{a.first}, {b.first} und {d.first}""", p=p, st=c.store(), a=a, b=b, d=d)


# ================================================================ internship_placement
@T("internship_placement")
def intern_1(c):
    p = c.person(cue=False)
    t = c.person(cc=c.home_cc())
    d1, d2 = c.dates(2, 4, 11, "num")
    return R(c, """Sehr geehrte Damen und Herren,

{p.full} aus unserer [[9.|10.]] Klasse möchte ein Betriebspraktikum in Ihrer Filiale {st} machen, vom {d1} bis {d2}. {p.g:Er/Sie} interessiert sich sehr für Handel und Klettern.
Bei Fragen erreichen Sie mich, {t.mrfull}, unter {t.phone} oder {t.email}.

{bye:f}""", p=p, t=t, st=c.store(), d1=d1, d2=d2)


@T("internship_placement", country="CH")
def intern_2(c):
    t = c.person()
    p = c.person(cue=False)
    s = c.staff()
    return R(c, """{dear}
Gerne nehmen wir {p.first} ab {d} für die Schnupperlehre. Betreut wird {p.g:er/sie} von {s.full}, erreichbar unter {s.mobile}.
Arbeitszeit 8 bis 16 Uhr[[, kein Samstag|, ein Samstag]].""", dear=anr(c, t), p=p, d=c.date_str(fmt="long"), s=s)


@T("internship_placement")
def intern_3(c):
    p = c.person()
    q = c.person()
    return R(c, "Notfallkontakt für {p.first}: {q.full} ([[{q.g:Vater/Mutter}|{q.g:Onkel/Tante}|{q.g:Opa/Oma}]]), {q.mobile}. [[Allergien: keine.|Nussallergie.|Asthmaspray im Rucksack.]]",
             p=p, q=q)


@T("internship_placement", country="AT")
def intern_4(c):
    p = c.person()
    s = c.staff()
    a = c.staff()
    return R(c, """[[Berufspraktische Tage|Schnupperwoche|Praktikumswoche]] – {p.full}
Montag: [[mit {s.first} an der Kassa|Einführung mit {s.first}|Kassa, begleitet von {s.first}]]
Dienstag: Lager mit {a.first}[[, Socken gezählt|]]
Mittwoch: [[Schuhberatung|Schaufenster]]
Donnerstag: [[Info-Theke|Warenannahme]]
Freitag: Feedbackgespräch mit {s.first}[[ – lief gut|]]""", p=p, s=s, a=a)


# ================================================================ texts without personal data
@N_("shelf_talker")
def shelf_1(c):
    pr = c.prod()
    return R(c, """{name}
{col} · {price}
[[Grün wie der Wald des Jägers, grau wie das Geröll.|Gemacht für den langen Zustieg, nicht für den Laufsteg.|Ein Dutzend Taschen wie beim Bäcker? Nein – nur die, die du brauchst.]]""", name=pr[1], col=" / ".join(pr[5][:2]), price=c.price_of(pr))


@N_("shelf_talker")
def shelf_2(c):
    pr = c.prod()
    return R(c, "[[Neu:|Wieder da:]] {prod} in {colour} – [[Größen XS bis XXL|alle Größen]], {price}. [[Frag uns nach der Passform, wir helfen gern.|Umtausch innerhalb von 60 Tagen.]]",
             prod=c.pname(pr), colour=c.pcolour(pr), price=c.price_of(pr))


@N_("shelf_talker")
def shelf_3(c):
    return R(c, """SOCKENWAND
Trittweg Merino-Wandersocken – {price} pro Paar
[[Felsgrau, Tannenschatten, Hüttenorange|Drei Farben, eine Passform]]
[[Kratzt das? Nein – 17,5 µm Merino.|Wolfsicher? Nein. Blasenfrei? Fast.]]""", price=c.price_of(c.prod(10)))


@N_("shelf_talker")
def shelf_4(c):
    pr = c.prod()
    return R(c, "[[Fuchs, Vogel und Hirsch|Wolf, Jäger und ein kleiner Vogel|Ein König, eine Rose und ein Fuchs]] auf dem Etikett? Nein – nur {c1}, {c2} und der Talgrat-Grat. {prod}, {price}.", c1=pr[5][0], c2=pr[5][-1], prod=pr[1], price=c.price_of(pr))


@N_("weather_outlook")
def weather_1(c):
    return R(c, """Bergwetter für {d}
Allgäuer Alpen: [[Schauer, später Aufheiterung|tiefe Wolken, Böen bis 90 km/h am Grat|sonnig und kalt]]
Nullgradgrenze um {m} m. [[Der Winter kommt früh.|Frost in den Tälern.]]""", d=c.date_str(fmt="wd"), m=str(c.n(6, 30) * 100))


@N_("weather_outlook")
def weather_2(c):
    return R(c, "Pfingsten: [[warm und trocken in 87435 Kempten|nass in 6020 Innsbruck|wechselhaft um 3800 Interlaken]], [[schwacher Wind|frische Brise]], Sonnenaufgang 05:{m} Uhr.",
             m="%02d" % c.n(10, 50))


@N_("weather_outlook")
def weather_3(c):
    months = list(K.MONTHS_DE)
    if c.at:
        months[0] = "Jänner"
    return R(c, """Der Sommer geht, der Winter kommt
Erster Schnee ab {dd}. {m} über 1.200 m rund um Garmisch-Partenkirchen (82467) und Davos (7270).
Kaltkar einpacken, Firstwand griffbereit.""", dd=str(c.n(1, 28)), m=c.pick(months[8:]))


@N_("weather_outlook")
def weather_4(c):
    return R(c, "Wochenende: {t1} °C in 1070 Wien, {t2} °C in 8001 Zürich. [[Gute Tage für die Trittweg-Socken.|Regenjacken bereithalten.]]",
             t1=str(c.n(8, 24)), t2=str(c.n(-2, 18)))


@N_("carrier_status")
def carrier_1(c):
    return R(c, """Sendung {p1}: in Zustellung
Sendung {p2}: im Depot {dep}
Sendung {p3}: in Packstation zugestellt""", p1=c.parcel(), p2=c.parcel(), dep=c.phoneish(), p3=c.parcel())


@N_("carrier_status")
def carrier_2(c):
    return R(c, "Sammelabholung {b} um {t}: {n} Pakete, Referenz {r}, nächster Scan voraussichtlich {d}.", b=c.phoneish(), t=c.time_str(), n=str(c.n(20, 300)), r=c.phoneish(), d=c.date_str(fmt="num"))


@N_("carrier_status")
def carrier_3(c):
    return R(c, "Retourenlabel für Bestellung {o} erstellt: Sendungsnummer {p}. Abgabe in jeder Filiale oder am Postfach-Schalter[[, gern auch c/o Filiale|]].", o=c.order_no(), p=c.parcel())


@N_("carrier_status")
def carrier_4(c):
    return R(c, """Verspätungshinweis
Umschlagbasis: 86150 Augsburg. Wartenummer {q}. Wechselbrücke {t}.
Ankunft voraussichtlich {d}. Keine Aktion nötig.""", q=c.phoneish(), t=c.phoneish(), d=c.date_str(fmt="num"))


@N_("supplier_catalogue")
def supp_1(c):
    return R(c, """{co1} – Schnallen und Gurtband, GTIN {g1}
{co2} – Merinogarn, GTIN {g2}
[[Mindestbestellmenge 500 Stück.|Preise ab Werk.]]""", co1=c.pick("Schneider Logistik GmbH", "Vogel & Winter Transporte", "Wolf Verpackungen AG"), co2=c.pick("Koch Strickerei GmbH", "Fuchs & Bauer Textil KG", "Jäger Garne GmbH"), g1=c.gtin(), g2=c.gtin())


@N_("supplier_catalogue")
def supp_2(c):
    return R(c, "Lieferantenliste aktualisiert am {d}: [[Bäckerei Sommer (Catering)|Metzgerei Jäger (Catering)]], Klein & Lang Bergschule, Hahn Etiketten. Neuer GTIN-Bereich ab {g}.", d=c.date_str(fmt="num"), g=c.gtin())


@N_("supplier_catalogue")
def supp_3(c):
    return R(c, """Artikel {sku} · GTIN {g}
Lieferant: {co}
VPE: {n} · Lieferzeit: {w} Wochen""", sku=c.sku(), g=c.gtin(), co=c.pick("König Schnallen GmbH", "Braun & Schwarz Reißverschlüsse", "Stark Seile AG"), n=str(c.n(10, 200)), w=str(c.n(2, 14)))


@N_("supplier_catalogue")
def supp_4(c):
    a, b = c.prod(), c.prod()
    return R(c, "Preisliste {y}: {sku} {price}, {sku2} {price2}. [[Paletten von Zimmermann Holzbau|Kartons von Schäfer & Wagner Verpackung]], [[Leder von Weber & Fischer|Gurte von Sattlerei König]].", y=str(c.n(2024, 2026)), sku=a[2], price=c.price_of(a), sku2=b[2], price2=c.price_of(b))


@N_("firmware_changelog")
def fw_1(c):
    return R(c, """Kassen-App {v}
- Timeout beim Bondrucker an Port {p} behoben
- Build {b}, Commit {h}""", v="%d.%d.%d" % (c.n(2, 9), c.n(0, 20), c.n(0, 9)), p=str(c.n(8000, 9999)), b=str(c.n(1000, 9999)), h="".join(c.rng.choice("0123456789abcdef") for _ in range(7)))


@N_("firmware_changelog")
def fw_2(c):
    return R(c, "[[Scanner|Handscanner|Kassenscanner]]-Firmware {v} wird am {d} verteilt. [[Kein Neustart nötig.|Geräte starten nachts neu.|Filiale {st} ist zuerst dran.]][[ Bekanntes Problem: GTIN {g} wird langsam gelesen.|]]", st=c.store(), v="%d.%d.%d" % (c.n(1, 5), c.n(0, 30), c.n(0, 9)), d=c.date_str(fmt="num"), g=c.gtin())


@N_("firmware_changelog")
def fw_3(c):
    return R(c, """Release {v} ({d})
* [[Preisetiketten zeigen jetzt den Grundpreis|Bestände werden alle 5 Minuten abgeglichen|Retourenmaske ist schneller]]
* [[Mai-Banner entfernt|Rundung im Winterschlussverkauf korrigiert|Neue Farbe Jägergrün]][[
* Warteschlangen-Dienst lauscht auf :{p}|]]""", v="%d.%d.%d" % (c.n(3, 12), c.n(0, 9), c.n(0, 20)), d=c.date_str(fmt="iso"), p=str(c.n(3000, 9000)))


@N_("firmware_changelog")
def fw_4(c):
    return R(c, "[[Etikettendrucker|Regaletikettendrucker|Bondrucker]]-Treiber {v} → {v2}: [[schnelleres ZPL|neue Schriften|weniger Papierverbrauch]], [[Barcodebreite für EAN-13 korrigiert|Mai-Preisformat korrigiert|Kulanzfrist-Text auf Retourenetiketten korrigiert]].", v="%d.%d.%d" % (c.n(1, 3), c.n(0, 9), c.n(0, 9)), v2="%d.%d.%d" % (c.n(4, 5), c.n(0, 9), c.n(0, 9)))


@N_("stocktake_sheet")
def stock_1(c):
    rows = [R(c, "{sku}  {g}  {n}", sku=c.sku(), g=c.gtin(), n=str(c.n(0, 60))) for _ in range(c.n(2, 5))]
    return J("\n", ["ARTIKEL  GTIN  MENGE"] + rows)


@N_("stocktake_sheet")
def stock_2(c):
    return R(c, "Inventur {st}: {n} Positionen gezählt, Differenz {v} Stück. Palette {p} auf Platz {b} umgelagert.", st=c.store(), n=str(c.n(200, 900)), v=str(c.n(1, 40)), p=c.phoneish(), b=str(c.n(1, 30)))


@N_("stocktake_sheet")
def stock_3(c):
    return R(c, """Mindestbestand unterschritten
{prod} {size} in {colour}: {n}
{prod2} {size2}: {n2}""", prod=c.product(), size=c.size(), colour=c.colour(), n=str(c.n(0, 3)), prod2=c.product(), size2=c.size(), n2=str(c.n(0, 3)))


@N_("stocktake_sheet")
def stock_4(c):
    return R(c, "Inventurdifferenzen KW {w}: {n} Artikel, vor allem Trittweg-Socken. Umlagerung {t} nach {st} offen.", w=str(c.n(1, 52)), n=str(c.n(1, 20)), t=c.phoneish(), st=c.store())


@N_("camp_recipe")
def recipe_1(c):
    return R(c, """[[Jägertopf|Hüttentopf nach Jägerart|Bauerntopf]] für {n} Personen
Zwiebeln anbraten, [[Bohnen|Linsen|Räucherwurst]] dazu, {m} Minuten köcheln.
[[Ein guter Koch hat die Gewürze in einer kleinen Dose dabei.|Kleine Dose, großer Geschmack.|Im Deckel servieren.]]""", n=str(c.n(2, 6)), m=str(c.n(15, 40)))


@N_("camp_recipe")
def recipe_2(c):
    return R(c, "Tipp vom Bäcker: Stockbrot, {n} Minuten über der Glut. [[Brennt das erste an? Meistens.|Ein Schuss Honig macht es braun.]]", n=str(c.n(6, 15)))


@N_("camp_recipe")
def recipe_3(c):
    months = list(K.MONTHS_DE)
    if c.at:
        months[0] = "Jänner"
    return R(c, """{m}-Porridge[[ für {k}|]]
Haferflocken, [[getrocknete Hagebutten|getrockneter Apfel|ein Löffel Kakao]], eine Handvoll [[Haselnüsse|Walnüsse|Rosinen]].
{n} Minuten kochen, rühren[[, bei Bedarf heißes Wasser nachgießen|]], am Gipfel essen.""", m=c.pick(months), n=str(c.n(3, 8)), k=str(c.n(2, 4)))


@N_("camp_recipe")
def recipe_4(c):
    return R(c, "[[Hüttenriegel nach Art des Hauses|Fuchsbau-Riegel|Bäckers Bergriegel]]: {a} g Haferflocken, {b} g Butter, [[3 EL Honig|2 EL Ahornsirup|eine Handvoll Datteln]]. {m} Minuten bei [[180|170]] °C backen. [[Hält eine Woche im Deckelfach des Hochsattel 30.|In 12 Riegel schneiden.|Schmeckt auch im Winter.]]", a=str(c.n(150, 250)), b=str(c.n(80, 140)), m=str(c.n(20, 30)))


@N_("opening_hours")
def hours_1(c):
    return R(c, """Filiale {st}
Mo–Sa [[9:30|10:00|9:00]]–[[19:00|18:30|20:00]] Uhr
Am {d} geschlossen.""", st=c.store(), d=c.date_str(fmt="long"))


@N_("opening_hours")
def hours_2(c):
    return R(c, "Feiertagsöffnung ({d}): 87435 Kempten {a}–16 Uhr, 79098 Freiburg {b}–17 Uhr, 6020 Innsbruck geschlossen. [[Ab Dienstag wieder normal.|Click & Collect wie gewohnt.|Onlinebestellungen gehen am {d2} raus.]]",
             d=c.date_str(fmt="long"), a=str(c.n(9, 11)), b=str(c.n(9, 11)), d2=c.date_str(fmt="short"))


@N_("opening_hours")
def hours_3(c):
    return R(c, "Unsere Filialen in 1070 Wien und 5020 Salzburg haben donnerstags bis 20 Uhr offen[[, ab {d}|]]. Am 6. Jänner geschlossen.", d=c.date_str(fmt="long"))


@N_("opening_hours")
def hours_4(c):
    return R(c, """[[Weihnachten|Öffnungszeiten zu den Feiertagen|Feiertage {y}]][[ – Filiale {st}|]]
24.12.: 9–[[13|14|12]] Uhr
25./26.12.: geschlossen
27.12.–{e}: 10–[[18|17|19]] Uhr""", e=c.pick("6.1.", "5.1.", "4.1."), y=str(c.n(2024, 2026)), st=c.store())


@N_("boot_sizing")
def size_1(c):
    k = c.n(36, 41)
    rows = ["%d   %s" % (eu, ("%.1f" % (eu * 0.63)).replace(".", ",")) for eu in range(k, k + c.n(3, 5))]
    return J("\n", [c.pick("Größentabelle Steinlauf", "Schuhgrößen", "Größen Trailschuh"), "EU   cm"] + rows)


@N_("boot_sizing")
def size_2(c):
    return R(c, "Der Steinlauf fällt normal aus; zwischen zwei Größen lieber eine halbe größer. Fußlänge {n} cm = EU {e}.", n=str(c.n(24, 29)), e=str(c.n(38, 46)))


@N_("boot_sizing")
def size_3(c):
    sz = c.pick("S", "M", "L", "XL")
    base = {"S": 79, "M": 81, "L": 83, "XL": 84}[sz]
    return R(c, """[[Almweg|Wintersteig]]-Hose, Schrittlänge (Größe {sz})
Regular: {a} cm
Kurz: {b} cm[[
Als Shorts: 23 cm|]]""", sz=sz, a=str(base), b=str(base - 5))


@N_("boot_sizing")
def size_4(c):
    return R(c, "[[Trittweg-Socken|Merinosocken|Wandersocken]]: S = 35–38, M = 39–42, L = 43–46, XL = 47–48. [[Kleine Füße? Nimm S.|Zwischen zwei Größen? Lieber die größere.|Bei 30 °C waschen.]] {price} pro Paar.", price=c.price_of(c.prod(10)))


@N_("warranty_terms")
def war_1(c):
    return R(c, """Garantie[[ – {prod}|]]
[[Zwei|Drei]] Jahre ab Kauf. Bitte Kassenbon oder Bestellnummer (Format TG-{y}-000000) aufheben.
[[Reparieren statt ersetzen? Wo immer es geht.|Normale Abnutzung ist nicht abgedeckt.|Fotos vorab helfen uns sehr.]]""", prod=c.product(), y=str(c.n(2024, 2026)))


@N_("warranty_terms")
def war_2(c):
    return R(c, "Rückgabe innerhalb von 60 Tagen. Eine Kulanzfrist von 14 Tagen gilt nach dem {d}. Die Erstattung geht auf das ursprüngliche Zahlungsmittel.", d=c.date_str(fmt="long"))


@N_("warranty_terms")
def war_3(c):
    return R(c, "Reparaturen: Artikel mit Reparaturformular an unsere Werkstatt schicken. Vorgangsnummer im Format {q}. Antwort innerhalb von {n} Werktagen.", q=c.phoneish(), n=str(c.n(3, 10)))


@N_("warranty_terms")
def war_4(c):
    return R(c, """[[Pflege der Imprägnierung|So pflegst du deine Regenjacke|Nachimprägnieren]]
Bei [[30|40]] °C[[ mit Funktionswaschmittel|]] waschen, im Trockner auf niedriger Stufe auffrischen.
[[Nachimprägnierung in der Filiale: {price}.|Perlt das Wasser wieder ab? Meistens ja.|Frag uns nach der {prod}.]]""", price=c.price(10, 20), prod=c.product())
