"""German templates of the dev half of the twenty-fifth PII bank (pii25_dev), written in German
(du and Sie, Austrian and Swiss variants), not translated from the English ones.
"""

GENRES = {}


def g(name, kind, pii=True):
    def deco(f):
        GENRES.setdefault(name, {"kind": kind, "pii": pii, "templates": []})["templates"].append(f)
        return f
    return deco


def gruss(c, region=None):
    region = region or c.ch("de", "de", "at", "ch")
    if region == "at":
        return c.ch("Liebe Grüße", "Mit freundlichen Grüßen", "Schöne Grüße aus Wien", "LG")
    if region == "ch":
        return c.ch("Freundliche Grüsse", "Liebe Grüsse", "Herzliche Grüsse", "Beste Grüsse")
    return c.ch("Viele Grüße", "Beste Grüße", "Mit freundlichen Grüßen", "VG", "Danke und Gruß", "Liebe Grüße")


# ============================================================ Fließtext mit personenbezogenen Daten


@g("crm_note", "prose")
def crm1(c):
    p = c.person()
    s1, s2 = c.sizes2()
    return c.ch(
        f"{c.n(p)} hat wegen der {c.short()} angerufen, möchte Größe {s1} statt {s2}. Rückruf unter {c.phone()} ab {c.time()} Uhr.",
        f"Notiz {c.date()}: Telefonat mit {c.hon(p)} zur {c.short()}. Antwort bitte per Mail an {c.email(p)}, nicht telefonisch.",
        f"{c.hon(p)} ist {c.gx(p, 'Stammkundin', 'Stammkunde')} (4 Bestellungen seit März), mag {c.colour()}. Mobil: {c.phone()}.")


@g("crm_note", "prose")
def crm2(c):
    p, q = c.person(), c.person()
    a, _ = c.addr()
    return (f"Betreut von: {c.n(q, 'first')}\n{c.gx(p, 'Kundin', 'Kunde')} {c.n(p)} ist umgezogen, neue Lieferanschrift: {a}\n"
            f"{c.ch('Alte Adresse gelöscht.', 'Alte Anschrift auf inaktiv gesetzt.', 'Rechnungsadresse bleibt.')}")


@g("crm_note", "prose")
def crm3(c):
    p = c.person()
    return c.ch(
        f"VIP-Markierung für {c.n(p)}: zwei {c.short()} für eine Bergschule gekauft. Rechnung an die Firma, Ansprechpartner {c.email(p)}.",
        f"Lead von der OutDoor-Messe: {c.n(p)}, leitet eine Alpenvereinssektion, will 15 Jacken. Rückruf {c.phone('DE')}.",
        f"Dubletten zusammengeführt: {c.n(p, 'init_last')} und {c.n(p)} sind dieselbe Person (gleiche Mail {c.email(p)}).")


@g("crm_note", "prose")
def crm4(c):
    p = c.person()
    return (f"{c.ch('Reklamation', 'Eskalation', 'Kulanzfall')} – {c.date()}\n"
            f"{c.hon(p)} meldet, dass der Reißverschluss der {c.short()} nach zwei Tagen kaputt war. "
            f"Erstattung auf {c.iban()} {c.ch('zugesagt', 'veranlasst', 'in Prüfung')}.")


@g("support_email", "prose")
def sup1(c):
    p, ag = c.person(), c.person()
    du = c.p(0.6)
    region = c.ch("de", "at", "ch")
    if du:
        body = (f"{c.anrede(p, du=True)},\n\ndanke für deine Nachricht zur {c.short()}. "
                f"{c.ch('Wir haben dir eine kostenlose Rücksendung angelegt.', 'Ersatz ist schon unterwegs.', 'Schade, dass die Größe nicht passt.')} "
                f"Das Etikett kommt in der nächsten Stunde an {c.email(p)}.")
    else:
        body = (f"{c.anrede(p)},\n\nvielen Dank für Ihre Nachricht zur {c.short()}. "
                f"{c.ch('Wir haben eine kostenlose Rücksendung für Sie angelegt.', 'Ein Ersatzartikel ist unterwegs.', 'Es tut uns leid, dass die Größe nicht passt.')} "
                f"Das Etikett senden wir an {c.email(p)}.")
    return f"{body}\n\n{gruss(c, region)}\n{c.n(ag, 'first')} vom Talgrat-Kundenservice"


@g("support_email", "prose")
def sup2(c):
    p = c.person()
    a, _ = c.addr(form=c.ch("line", "two"))
    return (f"{c.ch('Grüß Gott', 'Grüezi', 'Hallo', 'Guten Tag')},\n\nich habe am {c.date()} eine {c.short()} bestellt und mich bei der "
            f"Hausnummer vertippt. Bitte schicken Sie das Paket an\n{a}\n\n{gruss(c)}\n{c.n(p)}")


@g("support_email", "prose")
def sup3(c):
    p = c.person()
    return c.ch(
        f"Hallo zusammen,\nich bin {c.n(p)} und warte noch auf die Gutschrift für Bestellung {c.order()}. Ihr erreicht mich unter {c.phone()}.\n{gruss(c)}",
        f"Sehr geehrte Damen und Herren, hiermit bitte ich, {c.n(p)}, um Löschung meines Kundenkontos ({c.email(p)}).",
        f"Hi, kurze Frage von {c.n(p, 'first')}: Die Socken sind da, die Jacke nicht. Bestellung {c.order()}. Merci!")


@g("support_email", "prose")
def sup4(c):
    p, ag = c.person(), c.person()
    region = c.ch("de", "at", "ch")
    ss = "ss" if region == "ch" else "ß"
    return (f"{c.anrede(p)},\n\nentschuldigen Sie bitte die Verzögerung bei Ihrer {c.short()}. "
            f"Unser Lager ruft Sie vor der Zustellung unter {c.phone()} an. Bei Fragen schreiben Sie mir gerne direkt.\n\n"
            f"{gruss(c, region)}\n{c.n(ag)}\nKundenservice Talgrat Outdoor · Gr{ss}kunden")


@g("reply_chain", "prose")
def rep1(c):
    p, ag = c.person(), c.person()
    return (f"Danke {c.n(p, 'first')}, hat geklappt!\n\n"
            f"Am {c.date()} um {c.time()} schrieb {c.n(ag)} <{c.email(ag, 'talgrat.de')}>:\n"
            f"> Hallo {c.n(p, 'first')},\n> probier den Link bitte noch mal, wir haben dein Passwort zurückgesetzt.\n"
            f">\n> Am {c.date()} schrieb {c.n(p)} <{c.email(p)}>:\n>> Ich komme seit gestern nicht mehr in mein Konto.")


@g("reply_chain", "prose")
def rep2(c):
    p = c.person()
    cl = c.colours2()
    return (f"{c.ch('Zur Info', 'Kannst du das übernehmen?', 'Siehe unten')}\n\n"
            f"-------- Weitergeleitete Nachricht --------\nVon: {c.n(p)} <{c.email(p)}>\nDatum: {c.date()}\n"
            f"Betreff: {c.ch('Falsche Farbe', 'Paket fehlt', 'Rechnung bitte')}\n\n"
            f"Guten Tag, ich habe {cl[0]} statt {cl[1]} bekommen. Telefonisch erreichen Sie mich unter {c.phone()}.")


@g("reply_chain", "prose")
def rep3(c):
    p, q = c.person(), c.person()
    return (f"> {c.n(q, 'first')}, kannst du den Bestand der {c.short()} prüfen?\n\n"
            f"Erledigt, noch 3 Stück in {c.size()}. Ich habe {c.hon(p)} zugesagt, dass wir eine bis Freitag zurücklegen.\n\n"
            f"> > {c.hon(p)} fragt, ob wir eine reservieren können. Tel. {c.phone()}")


@g("reply_chain", "prose")
def rep4(c):
    p = c.person()
    a, _ = c.addr(form="two")
    return (f"Ja, bitte dorthin schicken.\n\n{c.n(p, 'first')}\n\n"
            f"-----Ursprüngliche Nachricht-----\nVon: Talgrat Bestellungen\nGesendet: {c.date()}\nAn: {c.email(p)}\n\n"
            f"Liebe Kundin, lieber Kunde, stimmt diese Adresse?\n{a}")


@g("review_testimonial", "prose")
def rev1(c):
    p = c.person()
    return (f"„{c.ch('Die', 'Meine')} {c.short()} {c.ch('hat mich drei Tage im Karwendel trocken gehalten.', 'hat eine ganze Saison als Bergführerin überstanden.', 'passt endlich auch bei breiten Schultern.')}“ "
            f"– {c.n(p, c.ch('full', 'first_init', 'first_init'))}, {c.ch('Bergführer', 'Trailläuferin', 'Lehrer', 'Hüttenwirtin')}")


@g("review_testimonial", "prose")
def rev2(c):
    p = c.person()
    return (f"{c.ch('★★★★★', '★★★★☆', '5/5', '4 Sterne')} {c.ch('Super Passform', 'Lohnt sich', 'Warm und leicht', 'Fällt klein aus')}\n"
            f"{c.ch('Auf dem E5 getragen.', 'Eine Nummer größer bestellt, passt perfekt.', 'Die Taschen sitzen etwas hoch.')}\n"
            f"Bewertet von {c.n(p, c.ch('first_init', 'full'))} am {c.date()} · Verifizierter Kauf")


@g("review_testimonial", "prose")
def rev3(c):
    p = c.person()
    return (f"Kundenstimme für die Herbst-Landingpage (Freigabe von {c.n(p, 'first')} per Mail liegt vor):\n"
            f"„Ich habe viele Socken getestet. Die Trittweg kommen mit.“ – {c.n(p)}, {c.ch('Innsbruck', 'Chur', 'Garmisch', 'Freiburg')}")


@g("review_testimonial", "prose")
def rev4(c):
    p = c.person()
    return c.ch(
        f"Ehrlich die beste Regenjacke, die ich je hatte. Danke, Talgrat! – {c.n(p, 'lower_first')}",
        f"{c.n(p, 'first_init')} aus {c.ch('Graz', 'Basel', 'Kempten')}: „Vom ersten Kilometer an bequem.“",
        f"Tolle Schuhe, nur die Schnürsenkel sind zu lang. {c.n(p)}, verifizierter Kauf")


@g("signature", "prose")
def sig1(c):
    p = c.person()
    return (f"{gruss(c)}\n\n{c.n(p)}\n{c.ch('Einkaufsleitung', 'Filialleitung', 'Freie Fotografin', 'Key Account Management')}\n"
            f"{c.ch('Bergsport Huber GmbH', 'Gipfelglück e. K.', 'Alpin & Tal AG')}\nMobil {c.phone()}\n{c.email(p)}")


@g("signature", "prose")
def sig2(c):
    p = c.person()
    a, _ = c.addr(form="two")
    return (f"--\n{c.n(p, 'caps_full')}\n{a}\nTel.: {c.phone()}\n"
            f"{c.ch('Von meinem iPhone gesendet', 'Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail drucken.', '')}").rstrip()


@g("signature", "prose")
def sig3(c):
    p = c.person()
    return (f"Danke dir!\n{c.n(p, 'first')}\n\n{c.n(p)} | {c.ch('Einkauf', 'Inhaberin', 'Content')} | "
            f"{c.ch('Sport Wimmer', 'Bergwelt Chur', 'Kletterladen Nord')}\nT {c.phone(intl=True)} | M {c.email(p)}")


@g("signature", "prose")
def sig4(c):
    p = c.person()
    return (f"Freundliche Grüsse\n\n{c.ch('Dr. ', '', '')}{c.n(p)}\n{c.ch('Marketing', 'Beschaffung', 'Events')}\n"
            f"Direkt {c.phone('CH')}\nDiese E-Mail kann vertrauliche Informationen enthalten.")


@g("copy_brief", "prose")
def brief1(c):
    p, q = c.person(), c.person()
    prod, sku, price = c.prod()
    return (f"Briefing: {prod} ({sku}), {c.price(price)}\nVerantwortlich: {c.n(p)}\n"
            f"Bitte das Zitat unseres Testers {c.n(q)} verwenden, die Freigabe liegt vor. Max. 80 Wörter, kein „ultimativ“.")


@g("copy_brief", "prose")
def brief2(c):
    p = c.person()
    return (f"Newsletter-Text für {c.ch('März', 'Oktober', 'KW 14')}: Wir zeigen {c.gx(p, 'Botschafterin', 'Botschafter')} {c.n(p)} "
            f"({c.handle(p)} auf Instagram) mit der {c.short()}. {c.n(p, 'first')} bitte nur einmal nennen, mit Vornamen in der Headline.")


@g("copy_brief", "prose")
def brief3(c):
    p = c.person()
    return c.ch(
        f"PDP-Überarbeitung {c.short()}. Rückfragen an {c.n(p)} ({c.email(p, 'talgrat.de')}).",
        f"Text fürs Schaufenster in Innsbruck. Fotonachweis: {c.n(p)}. Abgabe {c.date()}.",
        f"Bitte drei Betreffzeilen für die Reparaturwoche. Absender ist {c.hon(p)}, nicht die Geschäftsführung.")


@g("copy_brief", "prose")
def brief4(c):
    p, q = c.person(), c.person()
    return (f"- Produkt: {c.short()}\n- Ton: ruhig, sachlich, per du\n- Interview mit: {c.n(p)}, {c.ch('Hüttenwirt', 'Skitourengeherin', 'Bergführer')}\n"
            f"- Kontakt fürs Interview: {c.phone()}\n- Abnahme: {c.n(q, 'first')}")


@g("chat", "prose")
def chat1(c):
    p, q = c.person(), c.person()
    return (f"[{c.time()}] {c.n(p, 'lower_first')}: hat jemand die korrekturabzüge für die {c.short().lower()}-seite?\n"
            f"[{c.time()}] {c.n(q, 'lower_first')}: {c.handle(p)} jo, liegen im drive\n"
            f"[{c.time()}] {c.n(p, 'lower_first')}: danke dir")


@g("chat", "prose")
def chat2(c):
    p = c.person()
    return (f"Kundin: hallo, meine bestellung ist nie angekommen\nAgent: Oh, das tut mir leid! Magst du mir Namen und PLZ sagen?\n"
            f"Kundin: {c.n(p, c.ch('lower_full', 'full'))}, {c.ch('10437', '6020', '8004', '50667')}\n"
            f"Agent: Danke, {c.n(p, 'first')}, das Paket liegt beim Zusteller.")


@g("chat", "prose")
def chat3(c):
    p, q = c.person(), c.person()
    return (f"{c.n(q, 'first')}: kannst du {c.n(p, 'first')} zurückrufen? {c.phone()}\n"
            f"ich: {c.gx(p, 'welche', 'welchen')} {c.n(p, 'first')}? wir haben zwei\n{c.n(q, 'first')}: {c.n(p)}, {c.gx(p, 'die', 'der')} mit der Zeltfrage")


@g("chat", "prose")
def chat4(c):
    p = c.person()
    return (f"Besucher: ich zahl mit karte, hier: {c.card()}\n"
            f"Agent: Bitte nie Kartennummern in den Chat schreiben, {c.n(p, 'first')}! Ich habe sie aus den Notizen gelöscht.\n"
            f"Besucher: sorry")


@g("call_note", "prose")
def call1(c):
    p = c.person()
    return (f"Anruf {c.time()}–{c.time()} | {c.hon(p)} | {c.phone()}\n"
            f"{c.ch('Frage zur', 'Beschwerde über die', 'Möchte zurückgeben:')} {c.short()}. {c.ch('Label geschickt.', 'Rückruf zugesagt.', 'Erledigt.')}")


@g("call_note", "prose")
def call2(c):
    p = c.person()
    return (f"Eingehender Anruf von {c.n(p)}. {c.he(p).capitalize()} hat für eine Telefonbestellung die Kartennummer {c.card()} durchgegeben – "
            f"im Terminal erfasst, nicht gespeichert. Rechnungsadresse: {c.addr()[0]}.")


@g("call_note", "prose")
def call3(c):
    p, q = c.person(), c.person()
    return c.ch(
        f"Verpasster Anruf von {c.phone()} – laut Mailbox {c.n(p)}, wegen Hüftgurt. {c.n(q, 'first')} ruft zurück.",
        f"Mit {c.n(p, 'first')} gesprochen (Nachname {c.n(p, 'last')}), will Größe tauschen. Mail: {c.email(p)}.",
        f"{c.hon(p)} hat wieder angerufen, zum dritten Mal. Bitte an {c.n(q)} eskalieren.")


@g("call_note", "prose")
def call4(c):
    p = c.person()
    return (f"Telefonnotiz {c.date()}\n- {c.gx(p, 'Anruferin', 'Anrufer')}: {c.n(p)}\n- Nummer: {c.phone()}\n- Thema: {c.ch('Erstattung', 'Paket fehlt', 'Garantie', 'Rechnung')}\n"
            f"- Nächster Schritt: {c.ch('Rechnung mailen', 'Label senden', 'keiner')}")


@g("order_return_note", "prose")
def ord1(c):
    p = c.person()
    a, _ = c.addr(form="two")
    co = f"c/o {c.n(c.person())}\n" if c.p(0.35) else ""
    return (f"Bestellung {c.order()} – Geschenk\nLieferung an:\n{c.n(p)}\n{co}{a}\n"
            f"Grußkarte: „{c.ch('Alles Gute zum Geburtstag', 'Bis bald am Berg', 'Für das nächste Abenteuer')}!“")


@g("order_return_note", "prose")
def ord2(c):
    p = c.person()
    return (f"Retoure {c.order()}: {c.short()}, Gr. {c.size()}, Grund: {c.ch('zu klein', 'Farbe', 'gefällt nicht', 'Reißverschluss defekt')}. "
            f"Erstattung auf {c.iban()} ({c.gx(p, 'Kontoinhaberin', 'Kontoinhaber')} {c.n(p)}).")


@g("order_return_note", "prose")
def ord3(c):
    p = c.person()
    return c.ch(
        f"Paket bei {c.gx(p, 'Nachbarin', 'Nachbar')} {c.hon(p)} abgeben, falls niemand da ist.",
        f"Fahrerhinweis: zweimal klingeln, {c.n(p, 'first')} arbeitet nachts. Tel. {c.phone()}.",
        f"Zurück an Absender – {c.n(p)} hat die Annahme verweigert. Kontakt: {c.email(p)}.")


@g("order_return_note", "prose")
def ord4(c):
    p = c.person()
    return (f"Retourenschein {c.ri(10000, 99999)}\nKunde: {c.n(p, c.ch('full', 'lastfirst'))}\nArtikel: {c.short()} / {c.colour()} / {c.size()}\n"
            f"Zustand: {c.ch('ungetragen, Etikett dran', 'einmal getragen', 'Naht beschädigt')}\nErstattung: wie Zahlart")


@g("prose_mention", "prose")
def men1(c):
    p = c.person(cue=False)
    return c.ch(
        f"{c.n(p)} fand die {c.short()} so gut, dass jetzt der ganze Verein damit läuft.",
        f"Nach dem Shooting hat {c.n(p)} die Muster zurück ins Büro gebracht.",
        f"Vom Problem wissen wir nur, weil {c.n(p)} ein Foto der gerissenen Naht gepostet hat.")


@g("prose_mention", "prose")
def men2(c):
    p, q = c.person(cue=False), c.person(cue=False)
    return (f"{c.n(p)} und {c.n(q)} {c.ch('sind den Lechweg in vier Tagen gegangen', 'haben die Prototypen in Norwegen getestet', 'haben den Pop-up-Store im Herbst betreut')} "
            f"und uns {c.ch('zwanzig Seiten Notizen', 'eine Mängelliste', 'ihre Fotos')} geschickt.")


@g("prose_mention", "prose")
def men3(c):
    p = c.person(cue=False)
    return (f"Die Idee für die größere Hüftgurttasche stammt von {c.n(p)}. {c.n(p, 'first')} hatte einen ganzen Sommer lang "
            f"das Handy in der alten Tasche und war es leid, danach zu fischen.")


@g("prose_mention", "prose")
def men4(c):
    p = c.person(cue=False)
    return c.ch(
        f"Ohne {c.n(p)} hätte es die Reparaturwoche nicht gegeben.",
        f"Fotos in diesem Beitrag: {c.n(p)}.",
        f"Die neue Farbe hat {c.n(p, 'first')} vorgeschlagen, nicht die Agentur.")


@g("customer_letter", "prose")
def let1(c):
    p = c.person()
    a, _ = c.addr(form="two")
    return (f"{c.n(p)}\n{a}\n\n{c.ch('Wien', 'München', 'Bern', 'Hamburg')}, {c.date()}\n\nKündigung der Clubmitgliedschaft\n\n"
            f"Sehr geehrte Damen und Herren,\nhiermit kündige ich meine Mitgliedschaft im Talgrat-Club zum nächstmöglichen Termin.\n\n"
            f"Mit freundlichen Grüßen\n{c.n(p)}")


@g("customer_letter", "prose")
def let2(c):
    p = c.person()
    a, ad = c.addr(cc=c.ch("AT", "CH", "DE"), form="two")
    return (f"Talgrat Outdoor GmbH · Retouren · Postfach 12 34 · 80331 München\n\n{c.hon(p, c.ch('full', 'last'))}\n{a}\n{ad.country[0]}\n\n"
            f"{c.anrede(p)},\nIhr Garantieantrag wurde genehmigt.")


@g("customer_letter", "prose")
def let3(c):
    p = c.person()
    return (f"Liebes Talgrat-Team,\n\nich schreibe für meinen Vater, {c.n(p)}, der keine E-Mail nutzt. "
            f"Bitte rufen Sie ihn wegen der Jacke unter {c.phone(intl=False)} an.\n\nHerzliche Grüße\n{c.n(c.person())}")


@g("customer_letter", "prose")
def let4(c):
    p = c.person()
    return (f"SEPA-Lastschriftmandat\n\nIch ermächtige die Talgrat Outdoor GmbH, den Clubbeitrag von meinem Konto {c.iban()} einzuziehen.\n"
            f"Kontoinhaber: {c.n(p)}\nUnterschrift: ____________")


@g("repair_cafe_signup", "prose")
def rc1(c):
    p = c.person()
    return (f"Anmeldung Reparatur-Café, Samstag {c.date()}\n{c.n(p)} bringt: {c.short()} ({c.ch('Reißverschluss', 'Naht', 'Hüftgurtschnalle', 'Sohle')}). "
            f"Termin {c.time()} Uhr. Bestätigung an {c.email(p)}.")


@g("repair_cafe_signup", "prose")
def rc2(c):
    p = c.person()
    return (f"Hallo! Ich hätte gern einen Termin im Reparatur-Café. Meine alte {c.short()} hat {c.ch('einen Riss', 'einen kaputten Schieber', 'ein Loch')}. "
            f"{c.ch('Am liebsten nachmittags.', 'Vormittags passt am besten.', 'Ich kann jederzeit.')}\n{c.n(p)}, {c.phone()}")


@g("repair_cafe_signup", "prose")
def rc3(c):
    p, q = c.person(), c.person()
    return (f"Ehrenamtliche im Reparatur-Café diesen Monat: {c.n(p)} (Nähen), {c.n(q)} (Reißverschlüsse). "
            f"{c.n(p, 'first')} kann in der ersten Stunde nicht.")


@g("repair_cafe_signup", "prose")
def rc4(c):
    p = c.person()
    return (f"Warteliste Reparatur-Café {c.ch('Wien', 'Zürich', 'Leipzig')}:\n1. {c.n(p, 'lastfirst')} – {c.phone()}\n2. (frei)\n3. (frei)")


@g("takeback_programme", "prose")
def tb1(c):
    p = c.person()
    return f"Rücknahme: {c.n(p)} hat {c.ri(2, 6)} getragene Teile im Laden abgegeben. Gutschein über {c.ri(1, 4)}0 € an {c.email(p)} geschickt."


@g("takeback_programme", "prose")
def tb2(c):
    p = c.person()
    a, _ = c.addr()
    return (f"Guten Tag, ich möchte meine alten Fleecejacken zum Recycling zurückschicken. Bitte senden Sie mir ein kostenloses Etikett an {a}. "
            f"Danke, {c.n(p)}")


@g("takeback_programme", "prose")
def tb3(c):
    p = c.person()
    return c.ch(
        f"Rücknahmesack bei {c.hon(p)} abgeholt, {c.ri(2, 9)},{c.ri(0, 9)} kg, Gutschein ausgestellt.",
        f"{c.n(p, 'first')} fragt, ob Socken auch zählen. Per Mail beantwortet ({c.email(p)}).",
        f"Gutschein für {c.n(p)} konnte nicht zugestellt werden – Telefon {c.phone()} nicht erreichbar.")


@g("takeback_programme", "prose")
def tb4(c):
    p = c.person()
    return f"Auszahlung Rücknahme: Second-Hand-Guthaben von {c.ri(10, 60)} € geht an {c.n(p)}, Konto {c.iban()}."


@g("route_tip", "prose")
def rt1(c):
    p = c.person()
    return (f"Tourentipp für den Blog von {c.n(p)}: Start am Parkplatz {c.ch('Hinterstein', 'Ramsau', 'Pertisau', 'Engelberg')}, "
            f"über den Grat, Abstieg am See. {c.n(p, 'first')} rechnet mit sechs Stunden. Namensnennung ist ok.")


@g("route_tip", "prose")
def rt2(c):
    p = c.person()
    return (f"Servus Talgrat, hier meine Lieblingsrunde für eure Tourenkarte: {c.ch('14 km, 900 Hm', '22 km, fast flach', '9 km mit leichter Kletterei')}. "
            f"GPX im Anhang. Für Fotos ruft mich gern an: {c.phone()}\n– {c.n(p)}")


@g("route_tip", "prose")
def rt3(c):
    p, q = c.person(), c.person()
    return (f"Tourentipps diese Woche: {c.n(p)} (Allgäu), {c.n(q)} ({c.ch('Tirol', 'Berner Oberland', 'Sächsische Schweiz')}). "
            f"Beide möchten namentlich genannt werden.")


@g("route_tip", "prose")
def rt4(c):
    p = c.person()
    return c.ch(
        f"Bildnachweis: Tour und Fotos von {c.n(p)}.",
        f"Lesertipp von {c.n(p, 'first_init')} – danke!",
        f"Die Dankeschön-Socken für den Tourentipp bitte an {c.n(p)}, {c.addr()[0]}.")


@g("click_collect", "prose")
def cc1(c):
    p = c.person()
    return f"Click & Collect {c.order()} liegt in der Filiale bereit. {c.gx(p, 'Abholerin', 'Abholer')}: {c.n(p)}, Ausweis geprüft. SMS an {c.phone()} raus."


@g("click_collect", "prose")
def cc2(c):
    p, q = c.person(), c.person()
    return (f"Hallo, {c.ch('meine Partnerin', 'mein Partner', 'meine Mitbewohnerin', 'mein Sohn')} {c.n(q)} holt am Samstag meine Bestellung {c.order()} ab, "
            f"ich schaffe es nicht. Danke, {c.n(p)}")


@g("click_collect", "prose")
def cc3(c):
    p = c.person()
    return c.ch(
        f"Nach 14 Tagen nicht abgeholt: {c.order()} ({c.n(p)}). Erinnerung an {c.email(p)} kam zurück.",
        f"Abholtermin {c.time()} Uhr gebucht von {c.hon(p)}.",
        f"{c.n(p, 'first')} war wegen der {c.short()} da, falsche Größe, neu bestellt.")


@g("click_collect", "prose")
def cc4(c):
    p = c.person()
    return f"Abholung im Laden\nName: {c.n(p)}\nHandy: {c.phone()}\nArtikel: {c.short()}, {c.short()}\nBezahlt: ja"


@g("design_review_comment", "prose")
def dr1(c):
    p = c.person()
    return f"Kommentar von {c.n(p)} zu Frame „PDP / {c.short()}“: Die Headline bricht mobil um, können wir „leicht“ streichen?"


@g("design_review_comment", "prose")
def dr2(c):
    p, q = c.person(), c.person()
    return (f"{c.n(p)} · {c.ch('vor 2 Std.', 'gestern', 'Mo.')}\nWarum ist der Preis fett? {c.handle(q)} kannst du schauen?\n\n"
            f"{c.n(q)} · {c.ch('vor 1 Std.', 'heute')}\nErledigt.")


@g("design_review_comment", "prose")
def dr3(c):
    p = c.person()
    return c.ch(
        f"Gelöst von {c.n(p, 'first')}: Modelfoto getauscht.",
        f"{c.n(p, 'lower_first')} hat 4 Kommentare zum Banner-Entwurf hinterlassen.",
        f"Bitte das Foto von {c.n(p)} ersetzen – die Freigabe ist abgelaufen.")


@g("design_review_comment", "prose")
def dr4(c):
    p, q = c.person(), c.person()
    return (f"Korrekturrunde 2 – Landingpage {c.short()}\n• {c.n(p, 'first')}: ok von Legal\n"
            f"• {c.n(q, 'first')}: Farbname ist „{c.colour()}“, nicht „grau“")


@g("support_email", "prose")
def sup5(c):
    p, ag = c.person(), c.person()
    prod, sku, price = c.prod()
    a, _ = c.addr(form="two")
    du = c.p(0.5)
    sz = c.sizes2()
    lines = [f"{c.anrede(p, du=du)},", "",
             (f"danke für deine Geduld. Hier die Zusammenfassung deines Umtauschs:" if du else
              f"vielen Dank für Ihre Geduld. Hier die Zusammenfassung Ihres Umtauschs:"),
             f"  Bestellung:  {c.order()}",
             f"  Artikel:     {prod} ({sku}), Gr. {sz[0]}",
             f"  Preis:       {c.price(price)}",
             f"  Neue Größe:  {sz[1]}", "",
             "Der neue Artikel geht an:", a, "",
             ("Stimmt etwas nicht? Antworte einfach auf diese Mail." if du else "Falls die Anschrift nicht stimmt, antworten Sie bitte bis 15 Uhr."),
             gruss(c), c.n(ag, c.ch('first', 'full')) + " · Talgrat Kundenservice"]
    return "\n".join(lines)


@g("reply_chain", "prose")
def rep5(c):
    p, q, r = c.person(), c.person(), c.person()
    return (f"{c.n(q, 'first')}, übernimmst du? {c.he(p).capitalize()} möchte heute noch zurückgerufen werden.\n\n"
            f"> Von: {c.n(r)}\n> Gesendet: {c.date()} {c.time()}\n> An: {c.n(q)}\n> Betreff: WG: Frage Schlafsack\n>\n"
            f"> Kannst du das machen? Ich bin bis Montag weg.\n>\n"
            f">> Von: {c.n(p)} <{c.email(p)}>\n>> Grüß Gott, welche Jacke ist warm genug für eine Hüttentour im März?\n"
            f">> Ich friere schnell. Am besten erreichbar: {c.phone()}\n>> Danke, {c.n(p, 'first')}")


@g("crm_note", "prose")
def crm5(c):
    p, q = c.person(), c.person()
    d = c.dates(4)
    return (f"Kontakthistorie – {c.n(p)}\n"
            f"* {d[0]}: Erstbestellung ({c.short()}), Kreditkarte\n"
            f"* {d[1]}: Retoure, Erstattung auf {c.iban()}\n"
            f"* {d[2]}: Anruf von {c.phone()} wegen Treuepunkten\n"
            f"* {d[3]}: {c.n(q, 'first')} hat einen Kulanzgutschein geschickt\n"
            f"Bevorzugter Kanal: {c.ch('E-Mail', 'Telefon', 'Post')}. {c.ch('Nicht vor 10 Uhr anrufen.', 'Spricht Deutsch und Türkisch.', '')}").rstrip()


@g("customer_letter", "prose")
def let5(c):
    p = c.person()
    a, ad = c.addr(cc=c.ch("DE", "AT", "CH"), form="two")
    return (f"{c.n(p)}\n{a}\n{ad.country[0]}\n\n{c.date()}\n\n"
            f"Beschwerde zur Bestellung {c.order()}\n\nSehr geehrte Damen und Herren,\n\n"
            f"am {c.date()} habe ich die {c.short()} bestellt. Sie kam mit aufgerissener Naht an. Fotos habe ich bereits zweimal geschickt. "
            f"Bitte erstatten Sie den vollen Betrag auf {c.iban()} oder rufen Sie mich unter {c.phone()} an.\n\nMit freundlichen Grüßen\n{c.n(p)}")


# ============================================================ Layouts mit personenbezogenen Daten


@g("lead_list", "layout")
def lead1(c):
    rows = ["name;firma;telefon;email"]
    for _ in range(c.ri(2, 4)):
        p = c.person()
        rows.append(f"\"{c.n(p, 'lastfirst')}\";{c.ch('Bergsport Huber GmbH', 'Alpin & Tal AG', 'Sport Wimmer', 'Gipfelglück e. K.')};{c.phone()};{c.email(p)}")
    return "\n".join(rows)


@g("lead_list", "layout")
def lead2(c):
    rows = ["NACHNAME;VORNAME;ORT;TELEFON"]
    for _ in range(c.ri(2, 4)):
        p = c.person()
        rows.append(f"{c.n(p, 'caps_last')};{c.n(p, 'first')};{c.ch('Graz', 'Kempten', 'Luzern', 'Leipzig')};{c.phone()}")
    return "\n".join(rows)


@g("lead_list", "layout")
def lead3(c):
    p, q = c.person(), c.person()
    return f"Messekontakte {c.date()}\n1) {c.n(p, 'caps_lastfirst')} – {c.email(p)}\n2) {c.n(q)} – {c.phone()}"


@g("lead_list", "layout")
def lead4(c):
    rows = ["Kontakt | Funktion | E-Mail"]
    for _ in range(c.ri(2, 3)):
        p = c.person()
        rows.append(f"{c.n(p)} | {c.ch('Einkauf', 'Inhaber/in', 'Filialleitung')} | {c.email(p)}")
    return "\n".join(rows)


@g("feed_row", "layout")
def feed1(c):
    prod, sku, price = c.prod()
    p = c.person()
    return f"id\ttitel\tpreis\tgtin\tansprechpartner\n{sku}\t{prod}\t{price.replace('.', ',')} EUR\t{c.gtin()}\t{c.n(p)}"


@g("feed_row", "layout")
def feed2(c):
    prod, sku, price = c.prod()
    p = c.person()
    return (f"<item><g:id>{sku}</g:id><title>{prod}</title><g:price>{price} EUR</g:price>"
            f"<g:gtin>{c.gtin()}</g:gtin><!-- Pflege: {c.n(p)}, {c.email(p, 'talgrat.de')} --></item>")


@g("feed_row", "layout")
def feed3(c):
    prod, sku, price = c.prod()
    p = c.person()
    return f"{sku};{prod};{price.replace('.', ',')};lieferbar;Lieferantenkontakt {c.n(p)} {c.phone()}"


@g("feed_row", "layout")
def feed4(c):
    prod, sku, price = c.prod()
    p = c.person()
    return f"sku: {sku}\ntitel: \"{prod}\"\npreis: {price}\nbildnachweis: \"{c.n(p)}\"\nstatus: freigegeben"


@g("json_yaml", "layout")
def js1(c):
    p = c.person()
    a, ad = c.addr(form="street")
    return ("{\n" f"  \"kundennr\": {c.ri(10000, 99999)},\n  \"vorname\": \"{c.n(p, 'first')}\",\n"
            f"  \"nachname\": \"{c.n(p, 'last')}\",\n  \"email\": \"{c.email(p)}\",\n  \"strasse\": \"{a}\",\n"
            f"  \"plz\": \"{ad.pc}\",\n  \"ort\": \"{ad.town}\",\n  \"newsletter\": {c.ch('true', 'false')}\n" "}")


@g("json_yaml", "layout")
def js2(c):
    p = c.person()
    return "{\"event\":\"checkout\",\"ip\":\"" + c.ip() + "\",\"name\":\"" + c.n(p) + "\",\"telefon\":\"" + c.phone() + "\",\"summe\":" + c.pick(["129.95", "89.95", "349.95"]) + "}"


@g("json_yaml", "layout")
def js3(c):
    p = c.person()
    return ("{\"auszahlung\": {\"creator\": \"" + c.n(p) + "\", \"iban\": \"" + c.iban() + "\", \"steuer_id\": \""
            + c.taxid() + "\", \"betrag\": " + str(c.ri(100, 900)) + "}}")


@g("json_yaml", "layout")
def js4(c):
    p, q = c.person(), c.person()
    return ("[\n  {\"autor\": \"" + c.n(p, 'first_init') + "\", \"sterne\": 5},\n  {\"autor\": \"" + c.n(q) + "\", \"sterne\": "
            + str(c.ri(2, 4)) + ", \"email\": \"" + c.email(q) + "\"}\n]")


@g("json_yaml", "layout")
def y1(c):
    p = c.person()
    a, ad = c.addr(form="street")
    return f"kunde:\n  name: {c.n(p)}\n  adresse:\n    strasse: {a}\n    plz: \"{ad.pc}\"\n    ort: {ad.town}\n  telefon: \"{c.phone()}\""


@g("json_yaml", "layout")
def y2(c):
    p = c.person()
    return f"- typ: erstattung\n  bestellung: {c.order()}\n  kontoinhaber: {c.n(p)}\n  iban: {c.iban()}"


@g("json_yaml", "layout")
def y3(c):
    p = c.person()
    return f"honorar:\n  empfaenger: {c.n(p)}\n  steuer_id: \"{c.taxid()}\"\n  iban: \"{c.iban('DE')}\""


@g("json_yaml", "layout")
def y4(c):
    p = c.person()
    return f"webhook: order.created\npayload:\n  kaeufer: \"{c.n(p)}\"\n  client_ip: {c.ip()}\n  positionen: 2"


@g("tsv_export", "layout")
def tsv1(c):
    rows = ["Vorname\tNachname\tE-Mail"]
    for _ in range(c.ri(2, 4)):
        p = c.person()
        rows.append(f"{c.n(p, 'first')}\t{c.n(p, 'last')}\t{c.email(p)}")
    return "\n".join(rows)


@g("tsv_export", "layout")
def tsv2(c):
    rows = ["Bestellung\tName\tStraße\tPLZ\tOrt"]
    for _ in range(c.ri(1, 3)):
        p = c.person()
        a, ad = c.addr(form="street")
        rows.append(f"{c.order()}\t{c.n(p)}\t{a}\t{ad.pc}\t{ad.town}")
    return "\n".join(rows)


@g("tsv_export", "layout")
def tsv3(c):
    p = c.person()
    return f"{c.date()}\t{c.n(p)}\t{c.phone()}\tRückruf\t{c.short()}"


@g("tsv_export", "layout")
def tsv4(c):
    p = c.person()
    return f"Anrede\tNachname\tSteuer-ID\n{'Frau' if p.gender == 'f' else 'Herr'}\t{c.n(p, 'last')}\t{c.taxid()}"


@g("markdown_table", "layout")
def md1(c):
    rows = ["| Name | Rolle | Telefon |", "| --- | --- | --- |"]
    for _ in range(c.ri(2, 3)):
        p = c.person()
        rows.append(f"| {c.n(p)} | {c.ch('Model', 'Bergführer/in', 'Fahrer/in', 'Styling')} | {c.phone()} |")
    return "\n".join(rows)


@g("markdown_table", "layout")
def md2(c):
    p = c.person()
    return f"### Gewinner\n\n| Platz | Name | Preis |\n|---|---|---|\n| 1 | {c.n(p)} | {c.short()} |\n| 2 | {c.n(c.person(), 'first_init')} | Gutschein |"


@g("markdown_table", "layout")
def md3(c):
    p = c.person()
    a, _ = c.addr()
    return f"| Feld | Wert |\n|---|---|\n| Empfänger | {c.n(p)} |\n| Adresse | {a} |\n| E-Mail | {c.email(p)} |"


@g("markdown_table", "layout")
def md4(c):
    p, q = c.person(), c.person()
    return f"| Aufgabe | Zuständig |\n|---|---|\n| FAQ überarbeiten | {c.n(p, 'first')} |\n| Muster verschicken | {c.n(q)} |"


@g("html_form", "layout")
def h1(c):
    p = c.person()
    return (f"<form action=\"/kontakt\" method=\"post\">\n<input name=\"name\" value=\"{c.n(p)}\">\n"
            f"<input name=\"email\" value=\"{c.email(p)}\">\n<textarea name=\"nachricht\">Wo bleibt meine Bestellung?</textarea>\n</form>")


@g("html_form", "layout")
def h2(c):
    p = c.person()
    a, _ = c.addr(form="street")
    return (f"<label>Vor- und Nachname</label><input type=\"text\" value=\"{c.n(p)}\">\n<label>Straße, Nr.</label><input value=\"{a}\">\n"
            f"<label>Telefon</label><input type=\"tel\" value=\"{c.phone()}\">")


@g("html_form", "layout")
def h3(c):
    p = c.person()
    return f"<div class=\"zahlung\"><span>Karteninhaber: {c.n(p, 'caps_full')}</span>\n<span>Karte: {c.card()}</span></div>"


@g("html_form", "layout")
def h4(c):
    p = c.person()
    return (f"<fieldset><legend>Honorarabrechnung</legend>\n<input name=\"name\" value=\"{c.n(p)}\">\n"
            f"<input name=\"steuerid\" value=\"{c.taxid(grouped=False)}\">\n<input name=\"iban\" value=\"{c.iban()}\"></fieldset>")


@g("sql_dump", "layout")
def sql1(c):
    p = c.person()
    return f"INSERT INTO kunden (id, name, email, telefon) VALUES ({c.ri(100, 9999)}, '{c.n(p)}', '{c.email(p)}', '{c.phone()}');"


@g("sql_dump", "layout")
def sql2(c):
    p, q = c.person(), c.person()
    return (f"id | vorname | nachname | letzte_ip\n---+---------+----------+----------\n"
            f"{c.ri(1, 99)} | {c.n(p, 'first')} | {c.n(p, 'last')} | {c.ip()}\n"
            f"{c.ri(100, 199)} | {c.n(q, 'first')} | {c.n(q, 'last')} | {c.ip()}")


@g("sql_dump", "layout")
def sql3(c):
    p = c.person()
    return f"UPDATE erstattungen SET iban = '{c.iban(grouped=False)}', inhaber = '{c.n(p)}' WHERE bestellung = {c.ri(10000, 99999)};"


@g("sql_dump", "layout")
def sql4(c):
    p = c.person()
    a, ad = c.addr(form="street")
    return f"SELECT * FROM adressen WHERE id=77;\n-- 77 | {c.n(p)} | {a} | {ad.pc} | {ad.town}"


@g("server_log", "layout")
def log1(c):
    return "\n".join(f"{c.ip()} - - [{c.ri(10, 28)}/Mar/2025:{c.time()}:{c.ri(10, 59)} +0100] \"GET /produkte/{c.short().lower()} HTTP/2\" 200 {c.ri(1000, 90000)}" for _ in range(c.ri(2, 3)))


@g("server_log", "layout")
def log2(c):
    p = c.person()
    return f"{c.ts()} INFO Anmeldung ok benutzer={c.email(p)} ip={c.ip()}\n{c.ts()} WARN Passwort-Reset angefordert ip={c.ip()}"


@g("server_log", "layout")
def log3(c):
    p = c.person()
    return f"[{c.ts()}] ERROR Checkout fehlgeschlagen für \"{c.n(p)}\" (Sitzung 8f3a{c.ri(100, 999)}) von {c.ip('v6')}: Karte abgelehnt"


@g("server_log", "layout")
def log4(c):
    return f"{c.ts()} healthcheck von {c.ip('loop')} ok\n{c.ts()} upstream {c.ip('priv')}:8080 Timeout nach 30 s (Release v2.{c.ri(1, 20)}.{c.ri(0, 9)})"


@g("mail_header", "layout")
def mh1(c):
    p = c.person()
    return (f"Received: from mail.example.net ([{c.ip()}])\n\tby mx.talgrat.de; {c.date()}\nFrom: \"{c.n(p)}\" <{c.email(p)}>\n"
            f"To: {c.email(None, 'talgrat.de')}\nSubject: {c.ch('Bestellung', 'Frage', 'Retoure')} {c.order()}")


@g("mail_header", "layout")
def mh2(c):
    p, q = c.person(), c.person()
    return f"Von: {c.n(p)} <{c.email(p)}>\nAn: {c.n(q)} <{c.email(q)}>\nCc: {c.email(None, 'talgrat.de')}\nDatum: {c.date()} {c.time()}\nX-Originating-IP: [{c.ip()}]"


@g("mail_header", "layout")
def mh3(c):
    p = c.person()
    return f"Reply-To: {c.email(p)}\nFrom: {c.n(p, 'lastfirst')} <{c.email(p)}>\nSubject: AW: Ihr Garantiefall"


@g("mail_header", "layout")
def mh4(c):
    p = c.person()
    return f"Return-Path: <{c.email(p)}>\nX-Sender-IP: {c.ip('v6')}\nFrom: {c.n(p, 'caps_full')} <{c.email(p)}>\nSubject: Fotos"


@g("vcard_ical", "layout")
def vc1(c):
    p = c.person()
    a, ad = c.addr(form="street")
    return (f"BEGIN:VCARD\nVERSION:3.0\nN:{c.n(p, 'last')};{c.n(p, 'first')};;;\nFN:{c.n(p)}\n"
            f"TEL;TYPE=CELL:{c.phone(intl=True)}\nEMAIL:{c.email(p)}\nADR;TYPE=HOME:;;{a};{ad.town};;{ad.pc};{ad.country[0]}\nEND:VCARD")


@g("vcard_ical", "layout")
def vc2(c):
    p, q = c.person(), c.person()
    a, _ = c.addr()
    return (f"BEGIN:VEVENT\nSUMMARY:Anprobe-Termin\nDTSTART:{c.isodate().replace('-', '')}T1000\n"
            f"ORGANIZER;CN={c.n(q)}:mailto:{c.email(q, 'talgrat.de')}\nATTENDEE;CN={c.n(p)}:mailto:{c.email(p)}\n"
            f"LOCATION:{a}\nEND:VEVENT")


@g("vcard_ical", "layout")
def vc3(c):
    p = c.person()
    return f"BEGIN:VCARD\nVERSION:4.0\nFN:{c.n(p)}\nORG:{c.ch('Sport Wimmer', 'Alpin & Tal AG')}\nTEL:{c.phone()}\nEND:VCARD"


@g("vcard_ical", "layout")
def vc4(c):
    p = c.person()
    return f"BEGIN:VEVENT\nSUMMARY:Telefonat mit {c.n(p)}\nDESCRIPTION:Anrufen unter {c.phone()}\nDTSTART:{c.isodate().replace('-', '')}T{c.ri(8, 17)}00\nEND:VEVENT"


@g("ocr_scan", "layout")
def ocr1(c):
    p = c.person()
    a, _ = c.addr(form="two")
    return f"RÜCKSENDESCHEIN\nName: {c.n(p)}\nAnschr1ft:\n{a}\nGrund: zu k1ein\nUnterschrift: ~~~~"


@g("ocr_scan", "layout")
def ocr2(c):
    p = c.person()
    return f"G A R A N T I E K A R T E\nKäufer  {c.n(p, 'caps_full')}\nDatum  {c.date()}\nTel.  {c.phone()}\n|||  ||  |"


@g("ocr_scan", "layout")
def ocr3(c):
    p = c.person()
    return f"Überweisungsträger (Scan)\nEmpfänger: Talgrat Outdoor GmbH\nAuftraggeber: {c.n(p)}\nIBAN: {c.iban()}\nBetrag: 89,95 EUR"


@g("ocr_scan", "layout")
def ocr4(c):
    p = c.person()
    return f"Lohnsteuerbesch.  ..  Name {c.n(p)}\nIdNr. {c.taxid(grouped=True)}  ;;  Finanzamt ...\n.. bitte nicht knicken"


@g("gpx_track_meta", "layout")
def gpx1(c):
    p = c.person()
    return (f"<gpx version=\"1.1\" creator=\"Talgrat Touren\">\n<metadata>\n<name>{c.ch('Hoher Göll über Purtschellerhaus', 'Große Arnspitze', 'Säntis über Lisengrat')}</name>\n"
            f"<author><name>{c.n(p)}</name></author>\n<time>{c.ts()}</time>\n</metadata>")


@g("gpx_track_meta", "layout")
def gpx2(c):
    p = c.person()
    return (f"<trk><name>Morgenrunde</name><desc>Aufgezeichnet von {c.n(p)}. Fragen: {c.phone()}</desc>"
            f"<trkseg><trkpt lat=\"47.41{c.ri(100, 999)}\" lon=\"10.98{c.ri(100, 999)}\"><ele>{c.ri(700, 2900)}</ele></trkpt></trkseg></trk>")


@g("gpx_track_meta", "layout")
def gpx3(c):
    p = c.person()
    return (f"<metadata><author><name>{c.n(p, 'lower_full')}</name><link href=\"https://talgrat.de/touren/{c.ri(100, 999)}\"/></author>"
            f"<copyright author=\"{c.n(p)}\"><year>2025</year></copyright></metadata>")


@g("gpx_track_meta", "layout")
def gpx4(c):
    p = c.person()
    return f"<wpt lat=\"47.{c.ri(1000, 9999)}\" lon=\"11.{c.ri(1000, 9999)}\"><name>Treffpunkt</name><cmt>{c.n(p, 'first')} wartet in der {c.addr('DE', form='street')[0]}</cmt></wpt>"


@g("pdf_properties", "layout")
def pdf1(c):
    p, q = c.person(), c.person()
    return (f"Titel: Datenblatt {c.short()}\nAutor: {c.n(p)}\nErstellt mit: Microsoft Word\nPDF-Produzent: macOS Quartz PDFContext\n"
            f"Zuletzt geändert von: {c.n(q)}\nErstellt: {c.date()}")


@g("pdf_properties", "layout")
def pdf2(c):
    p = c.person()
    return f"dc:creator = \"{c.n(p)}\"\nxmp:CreatorTool = \"InDesign 19.2\"\npdf:Producer = \"Adobe PDF Library 17.0\""


@g("pdf_properties", "layout")
def pdf3(c):
    p = c.person()
    return f"Datei: lookbook_final_v3.pdf\nSeiten: 24\nAutor: {c.n(p, 'lastfirst')}\nStichwörter: Herbst, {c.short()}, Lookbook"


@g("pdf_properties", "layout")
def pdf4(c):
    p = c.person()
    return f"/Author ({c.n(p)}) /Title (Rechnung {c.order()}) /Subject (Kontakt {c.email(p)})"


@g("sheet_comment", "layout")
def sh1(c):
    p = c.person()
    return f"Zelle C{c.ri(2, 80)} – Kommentar von {c.n(p)} ({c.date()}, {c.time()}):\n„Preis falsch, muss {c.price()} sein“"


@g("sheet_comment", "layout")
def sh2(c):
    p, q = c.person(), c.person()
    return (f"Tabelle „Influencer Q3“, Zeile {c.ri(3, 40)}\n{c.n(p)}: Ist {c.handle(q)} noch unter Vertrag?\n"
            f"{c.n(q, 'first')} (Antwort): ja, bis Juni. Die Nummer der Agentur ist {c.phone()}.")


@g("sheet_comment", "layout")
def sh3(c):
    p = c.person()
    return f"B{c.ri(2, 50)}: {c.n(p, 'first')}  |  C: {c.n(p, 'last')}  |  Notiz: „{c.n(p, 'first')} lieber per Mail – {c.email(p)}“"


@g("sheet_comment", "layout")
def sh4(c):
    p = c.person()
    return f"[Kommentar] {c.n(p)} hat dir das zugewiesen: „bitte GTIN {c.gtin()} für {c.short()} prüfen“"


# ============================================================ Texte ohne personenbezogene Daten


@g("marketing_copy", "prose", pii=False)
def mk1(c):
    prod, _, price = c.prod()
    return (f"Das ist die {prod}. {c.ch('Gebaut für lange Tage am Berg', 'Leicht genug für jeden Rucksack', 'Gemacht für nasse Wochenenden')}, "
            f"jetzt für {c.price(price)}. {c.ch('Der Winter kommt bestimmt.', 'Kostenlose Rücksendung bis 31. Mai.', 'Im Sommer wie im Winter dabei.')}")


@g("marketing_copy", "prose", pii=False)
def mk2(c):
    return (f"Wie ein Fuchs am Grat: wendig, leise, immer einen Schritt voraus. Die {c.short()} in {c.colour()} "
            f"{c.ch('macht den Rest.', 'hält, was sie verspricht.', 'ist in allen Größen da.')} "
            f"{c.ch('Selbst der Koch auf der Hütte trägt sie.', 'Der Wolf ist zurück in den Alpen – du auch?', 'Der Bauer vom Almhof hat schon zwei.')}")


@g("marketing_copy", "prose", pii=False)
def mk3(c):
    return f"Neu: {c.short()} in {c.colour()} und {c.colour()}. Größen {c.size()} bis XXL. Versandkostenfrei ab 100 €, bis {c.date()}."


@g("marketing_copy", "prose", pii=False)
def mk4(c):
    return c.ch(
        "Ob junge Beine oder alte Knie – die Steinlauf greift auf nassem Fels.",
        "Ein bisschen Regen schadet nie. Für viel Regen gibt es die Firstwand.",
        "Klein verpackt, groß im Einsatz: die Kaltkar passt in jede Deckeltasche.") + f" {c.ch('Nur', 'Jetzt', 'Ab')} {c.price()}."


@g("faq_answer", "prose", pii=False)
def fq1(c):
    return (f"{c.ch('Liefert ihr an Packstationen?', 'Kann ich an ein Postfach liefern lassen?', 'Geht Lieferung ins Postfach?')} "
            f"Ja, bis {c.ri(2, 5)} kg. Die Postnummer gehört in die zweite Adresszeile; "
            f"{c.ch('eine c/o-Angabe bitte ins Firmenfeld.', 'Hinterhaus oder Etage ebenfalls dorthin.', 'Zusätze wie „Hinterhaus, 3. OG“ ebenfalls.')}")


@g("faq_answer", "prose", pii=False)
def fq2(c):
    return (f"Wie lange dauert eine Erstattung? Meist 3–5 Werktage, nachdem die Retoure in unserem Lager in 80331 München angekommen ist. "
            f"Mit der Bestellnummer (z. B. {c.order()}) geht es schneller.")


@g("faq_answer", "prose", pii=False)
def fq3(c):
    return f"Wo finde ich die GTIN? Auf dem Etikett innen unter dem Strichcode, z. B. {c.gtin()}. Die Artikelnummer ({c.pick(['TG-RJ-100', 'TG-BP-045', 'TG-DJ-100'])}) steht daneben."


@g("faq_answer", "prose", pii=False)
def fq4(c):
    return c.ch(
        f"Liefert ihr nach Österreich und in die Schweiz? Ja, in die Schweiz dauert es {c.ch('zwei', 'drei')} Tage länger (Zoll).",
        f"Kann ich nach Weihnachten umtauschen? Bestellungen ab {c.ri(1, 15)}. November nehmen wir bis 31. Januar zurück.",
        f"Darf der Nachbar annehmen? Ja, außer du wählst „{c.ch('keine Nachbarschaftszustellung', 'nur an mich')}“ im Checkout.") + c.ch("", " Mehr in den AGB.", " Fragen? Nutze das Kontaktformular.")


@g("shipping_notice", "prose", pii=False)
def sh_1(c):
    return f"Deine Bestellung {c.order()} ist unterwegs. Sendungsnummer: {c.tracking()}. Zustellung voraussichtlich am {c.date()} zwischen {c.time()} und {c.time()} Uhr."


@g("shipping_notice", "prose", pii=False)
def sh_2(c):
    return f"Hinweis: Sendungen in PLZ-Gebiete {c.ch('18', '25', '83', '87')}xxx verspäten sich um {c.ri(1, 3)} Tage. Vorgangsnummer {c.phonelike()}."


@g("shipping_notice", "prose", pii=False)
def sh_3(c):
    return f"Dein Paket liegt ab {c.time()} Uhr in der Filiale {c.ch('Kempten', 'Innsbruck', 'Luzern', 'Leipzig')} bereit. Abholcode: {c.ri(100000, 999999)}."


@g("shipping_notice", "prose", pii=False)
def sh_4(c):
    return f"Retoure eingegangen am {c.date()}. Artikel: {c.short()} ({c.size()}). Die Erstattung über {c.price()} geht an die ursprüngliche Zahlart."


@g("company_news", "prose", pii=False)
def cn1(c):
    return f"Ab sofort versenden wir mit {c.ch('Schneider Logistik GmbH', 'Wolf Transporte KG', 'Bauer & Koch Spedition')} – nach Österreich in {c.ri(2, 4)} Tagen."


@g("company_news", "prose", pii=False)
def cn2(c):
    return f"Unser recyceltes Polyamid kommt von der {c.ch('Fischer Textil GmbH', 'Weber & Söhne Weberei', 'Meier Garne AG')}, geprüft im {c.ch('März', 'Mai', 'Juni')} {c.ri(2024, 2025)}."


@g("company_news", "prose", pii=False)
def cn3(c):
    return f"Neueröffnung in Innsbruck, Maria-Theresien-Straße, am {c.date()} ab {c.time()} Uhr. Die ersten 50 Gäste bekommen Trittweg-Socken."


@g("company_news", "prose", pii=False)
def cn4(c):
    return c.ch(
        f"Die Talgrat Outdoor GmbH tritt im {c.ch('Frühjahr', 'Herbst')} {c.ri(2025, 2026)} der Fair Wear Foundation bei.",
        f"Der Hochsattel 30 gewinnt den Wanderpreis der Stadt Fürth {c.ri(2024, 2025)}.",
        f"{c.ri(1, 3)} % des Umsatzes im {c.ch('April', 'Mai', 'Juni')} gehen an die Bergwacht Sonthofen.")


@g("store_info", "prose", pii=False)
def st1(c):
    return f"Öffnungszeiten Filiale Kempten: Mo–Fr {c.time()}–19:00 Uhr, Sa 9–18 Uhr. Navi-Adresse: PLZ 87435, Parkhaus am Forum."


@g("store_info", "prose", pii=False)
def st2(c):
    return f"Die Retourenannahme ist ins Hinterhaus gezogen, Zugang über den {c.ch('Hof', 'Parkplatz', 'Seiteneingang')}. Warenannahme ab {c.time()} Uhr."


@g("store_info", "prose", pii=False)
def st3(c):
    return f"Hotline-Zeiten: 8–18 Uhr. Zur Bestellung {c.order()} bitte die Kundennummer bereithalten."


@g("store_info", "prose", pii=False)
def st4(c):
    return c.ch("Unser Outlet in 6020 Innsbruck bleibt an Feiertagen geschlossen",
                f"Pop-up in Luzern: jedes Wochenende im {c.ch('Juni', 'Juli', 'August')}",
                "Der Showroom in 1070 Wien öffnet nur nach Termin") + f" (Stand {c.date()})."


@g("care_guide", "prose", pii=False)
def cg1(c):
    return f"Wasch die {c.short()} bei 30 °C, alle Reißverschlüsse zu, kein Weichspüler. {c.ri(15, 25)} Minuten im Trockner frischen die Imprägnierung auf."


@g("care_guide", "prose", pii=False)
def cg2(c):
    return f"Daunenpflege: einzeln waschen, im Trockner {c.ch('zwei', 'drei')} Tennisbälle dazu. {c.ch('Der Schneider kann Risse kleben.', 'Kleine Löcher flickt jeder Schneider.', 'Im Winter luftig lagern.')}"


@g("care_guide", "prose", pii=False)
def cg3(c):
    return f"Größentabelle: Brustumfang {c.ri(88, 96)}–{c.ri(97, 104)} cm = {c.size()}. Zwischen zwei Größen? Nimm die größere für den Zwiebellook."


@g("care_guide", "prose", pii=False)
def cg4(c):
    return f"Merino selten waschen, lieber {c.ch('über Nacht', 'einen Tag', 'nach jeder Tour')} auslüften. Bei {c.ch('20', '30')} °C im Wollprogramm, wie ein Vogel im Wind trocknen lassen."


@g("campaign_recap", "prose", pii=False)
def cr1(c):
    return f"Frühjahrskampagne: CTR {c.ri(1, 4)},{c.ri(0, 9)} %, {c.ri(1000, 9000)} Bestellungen, Topseller {c.short()}. Budget {c.price()} pro 1.000 Impressionen."


@g("campaign_recap", "prose", pii=False)
def cr2(c):
    return f"Newsletter Mai: Öffnungsrate {c.ri(20, 45)} %, Abmeldungen {c.ri(30, 200)}. Betreff A („Sommer am Grat“) schlug B („Winter adé“)."


@g("campaign_recap", "prose", pii=False)
def cr3(c):
    return f"Handelspartner Q{c.ri(1, 4)}: {c.ch('Sport Kaiser', 'Bergsport Huber GmbH', 'Jung & Klein Outdoor')}, {c.ch('König Alpin', 'Alpin & Tal AG', 'Hahn Sport')} – beide über Plan."


@g("campaign_recap", "prose", pii=False)
def cr4(c):
    return f"Influencer-Welle 2: {c.ri(40, 300)} Tsd. Aufrufe; Code GRAT{c.ri(10, 25)} {c.ri(100, 999)}-mal eingelöst."


@g("feed_export_clean", "layout", pii=False)
def fe1(c):
    rows = ["id\ttitel\tpreis\tgtin\tverfuegbarkeit"]
    for _ in range(c.ri(2, 4)):
        prod, sku, price = c.prod()
        rows.append(f"{sku}\t{prod}\t{price.replace('.', ',')} EUR\t{c.gtin()}\tlieferbar")
    return "\n".join(rows)


@g("feed_export_clean", "layout", pii=False)
def fe2(c):
    prod, sku, price = c.prod()
    return f"<item><g:id>{sku}</g:id><title>{prod}</title><g:price>{price} EUR</g:price><g:gtin>{c.gtin()}</g:gtin><g:brand>Talgrat</g:brand></item>"


@g("feed_export_clean", "layout", pii=False)
def fe3(c):
    prod, sku, price = c.prod()
    return "{\"sku\": \"" + sku + "\", \"titel\": \"" + prod + "\", \"preis\": " + price + ", \"farbe\": \"" + c.colour() + "\", \"gtin\": \"" + c.gtin() + "\"}"


@g("feed_export_clean", "layout", pii=False)
def fe4(c):
    prod, sku, price = c.prod()
    return f"| Artikelnr. | Titel | Preis |\n|---|---|---|\n| {sku} | {prod} | {price.replace('.', ',')} € |"


@g("changelog", "layout", pii=False)
def ch1(c):
    return f"## v{c.ri(1, 4)}.{c.ri(0, 20)}.{c.ri(0, 9)} – {c.isodate()}\n- Fix: Größentabelle {c.short()}\n- Neu: GTIN-Prüfung beim Feed-Import"


@g("changelog", "layout", pii=False)
def ch2(c):
    return f"Release {c.ri(2024, 2025)}.{c.ri(1, 12)}\n* Checkout: neuer Versuch nach 30 s\n* Build {c.ri(1000, 9999)} um {c.time()} Uhr ausgerollt"


@g("changelog", "layout", pii=False)
def ch3(c):
    return f"commit {c.ri(10**9, 10**10 - 1):x}\n    feed-exporter auf 3.{c.ri(0, 9)}.{c.ri(0, 9)} angehoben\n    (schließt #{c.ri(100, 999)})"


@g("changelog", "layout", pii=False)
def ch4(c):
    return f"version: 0.{c.ri(1, 30)}.{c.ri(0, 9)}\nport: 8080\nwiederholungen: 3\ntimeout_ms: {c.ri(500, 5000)}"


@g("order_report_clean", "layout", pii=False)
def or1(c):
    rows = ["Bestellung\tDatum\tPositionen\tSumme"]
    for _ in range(c.ri(2, 4)):
        rows.append(f"{c.order()}\t{c.date()}\t{c.ri(1, 4)}\t{c.pick(['89,95', '129,95', '349,95', '24,95'])}")
    return "\n".join(rows)


@g("order_report_clean", "layout", pii=False)
def or2(c):
    return "{\"vorgang\": \"" + c.phonelike() + "\", \"status\": \"offen\", \"queue\": \"retouren\", \"erstellt\": \"" + c.ts() + "\"}"


@g("order_report_clean", "layout", pii=False)
def or3(c):
    return f"| PLZ | Bestellungen |\n|---|---|\n| 10437 | {c.ri(10, 99)} |\n| 6020 | {c.ri(10, 99)} |\n| 8004 | {c.ri(10, 99)} |"


@g("order_report_clean", "layout", pii=False)
def or4(c):
    return f"kundennummer: {c.phonelike()}\nsendung: {c.tracking()}\ngewicht_kg: {c.ri(1, 9)},{c.ri(0, 9)}\nservice: express"
