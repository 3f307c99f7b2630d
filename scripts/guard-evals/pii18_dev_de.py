"""German templates of the eighteenth PII bank, dev half (written in German, not translated;
du and Sie, Austrian and Swiss variants). Each template is `f(g) -> pieces`."""

from pii18_dev_core import COUNTRY_NAME, A, CC, EM, H, IB, IP, N, PH, TX, gift_card, masked_card

LANG = "de"


def _sp(g):
    """Ein Produkt der Beispielmarke: (Name, SKU, Preis, Art)."""
    p = g.look.product()
    return p[0], p[1], p[2] + " €", p[4]


def _shop_phone(g):
    return g.pick(["+49 8031 " + g.look.d(6), "08031 " + g.look.d(5) + "-0", "+49 (0)8031 " + g.look.d(6), "0800 " + g.look.d(3) + " " + g.look.d(4)])


def _role_mail(g):
    return g.pick(["service", "kundenservice", "hallo", "bestellung", "retoure", "b2b", "presse", "einkauf"]) + "@talgrat." + g.pick(["de", "de", "com"])


def _gruss(g):
    return g.pick(["Viele Grüße", "Beste Grüße", "Liebe Grüße", "LG", "Mit freundlichen Grüßen", "Freundliche Grüße", "Servus", "Grüezi und en schöne Tag"])


def _datum(g):
    return g.look.date()


# ================================================================ alltägliche Gattungen


def crm_1(g):
    p, L = g.person(), g.look
    name, sku, price, kind = _sp(g)
    return [f"{L.date()}: Rückruf an ", N(p.full), " (", PH(g.phone()), f") wegen Bestellung {L.order()}. ",
            f"Möchte die {name} in {g.pick(['M', 'L'])} statt {g.pick(['S', 'XL'])}. ", N(p.first), " ist am besten per Mail erreichbar: ", EM(g.email(p)), "."]


def crm_2(g):
    p, o = g.person(), g.person()
    co = g.pick(["Bergsport Alpin GmbH", "Gipfelglück Outdoor KG", "Sport Seeblick e.K.", "Hüttenzauber Handels GmbH", "Alpenrose Sport AG", "Weitblick Outdoor GmbH"])
    dom = co.split()[0].lower().replace("ü", "ue").replace("ö", "oe")
    return ["Kontakt: ", N(g.pick([p.lf, p.full])), f"\nFirma: {co}\nFunktion: {g.pick(['Einkauf', 'Filialleitung', 'Inhaber', 'Category Management'])}\n",
            "Telefon: ", PH(g.phone()), "\nE-Mail: ", EM(g.email(p, dom + g.pick([".de", ".at", ".ch", "-sport.de"]))),
            "\nBetreuer: ", N(o.first), f"\nNotiz: {p.hon('de')} ", N(p.last), f" hat auf der OutDoor nach der B2B-Preisliste gefragt. Kundennummer {g.look.customer()}."]


def crm_3(g):
    p, a, L = g.person(), g.person(), g.look
    ad = g.addr()
    return [f"Kundennotiz {p.hon('de')} ", N(p.last), f" (KdNr. {L.customer()}): zweite Reklamation wegen verspäteter Lieferung an ", A(ad.one),
            f". Sendung {L.tracking()} liegt seit {L.date()} im Depot. 10-%-Gutschein angeboten, angenommen. Geburtsdatum {L.dob()} für die Altersprüfung hinterlegt. – ", N(a.li)]


def crm_4(g):
    p, a, L = g.person(), g.person(), g.look
    return [f"Lead aktualisiert von ", N(a.full), ": ", N(p.full), f" ist jetzt Stammkundin" if p.gender == "f" else f" ist jetzt Stammkunde",
            f" ({g.pick(['4', '6', '9', '12'])} Bestellungen seit {g.pick(['2021', '2022', '2023'])}, Umsatz {L.price()}). Handy ", PH(g.phone(form="intl")), ", Newsletter: ja."]


def support_email_1(g):
    p, a = g.person(), g.person()
    ad = g.addr(g.pick(["DE", "DE", "AT", "CH"]))
    name, sku, price, kind = _sp(g)
    return [f"Betreff: AW: Bestellung {g.look.order()}\n\nHallo ", N(p.first), f",\n\ndanke für deine Nachricht! Es tut uns leid, dass der Reißverschluss an deiner {name} kaputt angekommen ist. ",
            "Wir haben dir heute Ersatz geschickt an:\n\n", A(ad.two), "\n\nDie Sendungsnummer bekommst du gleich per Mail. Die defekte Jacke musst du nicht zurückschicken.\n\n",
            "Viele Grüße\n", N(a.first), "\nTalgrat Kundenservice\n", PH(_shop_phone(g)), " · ", EM(_role_mail(g))]


def support_email_2(g):
    p = g.person()
    ad = g.addr(g.pick(["DE", "DE", "AT", "CH"]))
    name, sku, price, kind = _sp(g)
    return ["Sehr geehrte Damen und Herren,\n\n", f"ich habe im {g.pick(['März', 'April', 'Oktober'])} die {name} ({sku}) gekauft. Nach drei Regentagen im Karwendel ist sie an den Schultern undicht. ",
            f"Meine Bestellnummer lautet {g.look.order()}. Bitte rufen Sie mich unter ", PH(g.phone(ad.country)), " zurück, am besten nach 17 Uhr.\n\n",
            "Mit freundlichen Grüßen\n", N(p.full), "\n", A(ad.two), "\n" + COUNTRY_NAME["de"][ad.country]]


def support_email_3(g):
    p, a = g.person(), g.person()
    L = g.look
    return [f"{p.sg()} ", N(p.last), ",\n\n", f"Ihre Erstattung über {L.price()} zur Bestellung {L.order()} wurde am {L.date()} auf die Karte mit der Endung {L.d(4)} veranlasst. ",
            "Bis zur Gutschrift können 3–5 Werktage vergehen.\n\nBei Fragen erreichen Sie uns unter ", PH(_shop_phone(g)), ".\n\nMit freundlichen Grüßen\n", N(a.full), "\nKundenservice Talgrat Outdoor"]


def support_email_4(g):
    p = g.person()
    return [f"Grüezi mitenand, ich bin ", N(p.full), f" und warte seit zwei Wochen auf Bestellung {g.look.order()}. Laut Sendungsverfolgung zugestellt, ",
            "aber hier ist nichts. Erreichbar unter ", PH(g.phone("CH")), " oder ", EM(g.email(p, g.pick(["bluewin.ch", "gmx.ch", "sunrise.ch"]))), ". Merci, ", N(p.first)]


def support_email_5(g):
    p = g.person()
    ad = g.addr("AT")
    return [f"Grüß Gott, ich hätte gern die Rechnung zu Bestellung {g.look.order()} auf meine Firma umgeschrieben. ",
            f"Bitte an {p.herrn()} ", N(p.full), ", ", A(ad.one), f", UID ATU{g.look.d(8)}. Danke und schöne Grüße aus {ad.town.split(' am ')[0]}!"]


def support_reply_quoted_1(g):
    p, a = g.person(), g.person()
    L = g.look
    em = g.email(p)
    return ["Hallo ", N(p.first), f",\n\nklar, ich habe die Größe in Bestellung {L.order()} auf {g.pick(['M', 'L', 'XL'])} geändert. Geht morgen raus.\n\n", _gruss(g), "\n", N(a.first), "\n\n",
            f"Am {L.date()} um {L.time()} schrieb ", N(p.full), " <", EM(em), ">:\n",
            f"> Hallo, könnt ihr bei meiner Bestellung noch die Größe ändern? Ich habe {g.pick(['S', 'M'])} bestellt, brauche aber eine Nummer größer.\n> Danke, ", N(p.first)]


def support_reply_quoted_2(g):
    p, a = g.person(), g.person()
    L = g.look
    name, sku, price, kind = _sp(g)
    ad = g.addr()
    return ["Retourenlabel ist raus, danke!\n\n-----Ursprüngliche Nachricht-----\nVon: ", N(p.full), " <", EM(g.email(p)), ">\n",
            f"Gesendet: {L.date()} {L.time()}\nAn: ", EM(_role_mail(g)), f"\nBetreff: Rücksendung {name}\n\n",
            f"{g.pick(['Hallo zusammen', 'Guten Tag', 'Hallo Talgrat-Team'])}, ich möchte die {kind} aus Bestellung {L.order()} zurückgeben. Bitte schicken Sie das Etikett an ", A(ad.one), ".\n\n", N(p.full)]


def support_reply_quoted_3(g):
    p, a, c = g.person(), g.person(), g.person()
    L = g.look
    return [f"{a.hon('de')} ", N(a.last), ", anbei eine Anfrage aus der Filiale – können Sie den Bestand prüfen?\n", N(c.first), "\n\n",
            ">> Von: ", N(p.full), f"\n>> Datum: {L.date()}\n>> Ich suche den Hochsattel 30 in Schiefer für meine Tochter. Bitte melden Sie sich unter ", PH(g.phone()), ".\n",
            "> weitergeleitet von ", N(c.full), " (Filiale Rosenheim)"]


def lead_list_1(g):
    out = ["Nachname;Vorname;Firma;E-Mail;Telefon;Ort\n"]
    for _ in range(g.pick([2, 3, 4])):
        p = g.person()
        co = g.pick(["Bergwerk Sport GmbH", "Gipfelstürmer e.K.", "Kompass Outdoor", "Quellgrund Handel", "Lichtung Sport AG", "Nordlicht Shop"])
        ad = g.addr()
        out += [N(p.last), ";", N(p.first), f";{co};", EM(g.email(p, co.split()[0].lower().replace('ü', 'ue') + '.de')), ";", PH(g.phone(ad.country)), f";{ad.town}\n"]
    out[-1] = out[-1].rstrip("\n")
    return out


def lead_list_2(g):
    out = [f"Kontakte {g.pick(['OutDoor by ISPO', 'ISPO München', 'Alpinmesse Innsbruck', 'Händlertag Rosenheim'])}\n"]
    for i in range(g.pick([2, 3, 4])):
        p = g.person()
        out += [f"{i + 1}. ", N(g.pick([p.lf, p.LF, p.full])), f" – {g.pick(['Einkauf', 'Inhaberin' if p.gender == 'f' else 'Inhaber', 'Presse', 'Filialleitung'])}, ",
                g.pick(["Sport Hofer", "Alpin-Shop Zell", "Bergzeit Handel", "Wanderbar Outdoor"]), " – ", PH(g.phone()), "\n"]
    out[-1] = out[-1].rstrip("\n")
    return out


def lead_list_3(g):
    out = ["Messe-Scans (Export)\n"]
    for _ in range(g.pick([2, 3])):
        p = g.person()
        out += [f"#{g.look.d(4)} | ", N(p.caps), " | ", EM(g.email(p)), f" | Interesse: {g.pick(['Regenjacken', 'Rucksäcke', 'Socken', 'B2B-Konditionen', 'Daunen'])}\n"]
    out[-1] = out[-1].rstrip("\n")
    return out


def review_signed_1(g):
    p = g.person()
    name, sku, price, kind = _sp(g)
    town = g.addr(g.pick(["DE", "DE", "AT", "CH"])).town
    return [f"{g.pick(['★★★★★', '★★★★☆', '5 von 5 Sternen', '4/5'])} {g.pick(['Top!', 'Hält, was sie verspricht', 'Fällt klein aus', 'Jeden Cent wert'])}\n",
            f"Mit der {name} bei Dauerregen auf der Zugspitze – trocken geblieben. {g.pick(['Ärmel etwas lang.', 'Kapuze passt über den Helm.', 'Taschen auch mit Hüftgurt erreichbar.'])}\n– ",
            N(g.pick([p.li, p.li, p.full, p.first])), f" aus {town}"]


def review_signed_2(g):
    p = g.person()
    q = g.person(gender="m" if p.gender == "f" else "f")
    name, sku, price, kind = _sp(g)
    return [f"Bewertung von ", N(p.first), f" (verifizierter Kauf, {g.look.date()}): „Schon mein zweites Teil von euch. {name} ist leichter als mein altes. ",
            ("Mein Mann " if p.gender == "f" else "Meine Frau "), N(q.first), " hat es mir nach zwei Tagen geklaut.“"]


def review_signed_3(g):
    p = g.person()
    name, sku, price, kind = _sp(g)
    return [f"„Fünf Wochen Jakobsweg mit {name}, keine einzige Blase.“\n", N(p.full), f", {g.pick(['Graz', 'Luzern', 'Leipzig', 'Freiburg', 'Bozen'])}\n",
            f"Bewertung: {g.pick(['5', '4', '5'])}/5 · Größe {g.pick(['M', 'L', '42', '44'])} · hilfreich (7)"]


def testimonial_1(g):
    p, o = g.person(), g.person()
    name, sku, price, kind = _sp(g)
    return [f"Testimonial für die Landingpage {name} (Einwilligung vom {g.look.date()}):\n",
            f"„Ich führe 120 Tage im Jahr am Berg und {name} ist das erste Teil, das eine ganze Saison überlebt hat.“\n",
            N(p.full), f", staatlich geprüfte{'r' if p.gender == 'm' else ''} Berg- und Skiführer{'in' if p.gender == 'f' else ''}, {g.pick(['Garmisch-Partenkirchen', 'Oberstdorf', 'Innsbruck', 'Pontresina'])}\n",
            "Freigabe über ", EM(g.email(p)), " – Änderungen am Wortlaut bitte mit ", N(o.first), " abstimmen."]


def testimonial_2(g):
    p = g.person()
    name, sku, price, kind = _sp(g)
    er = "Sie" if p.gender == "f" else "Er"
    return ["Kundengeschichte (Entwurf): ", N(p.full), f" ist im {g.pick(['Mai', 'Juni', 'September'])} mit {name} den Lechweg gegangen. ",
            N(p.first), f" sagt: „Die {kind} war das Einzige, worüber ich nie nachdenken musste.“ {er} ist seit {g.pick(['2019', '2021', '2022'])} Kund{'in' if p.gender == 'f' else 'e'}. Foto: ", N(g.person().full), ", Nennung Pflicht."]


def testimonial_3(g):
    p, q = g.person(), g.person()
    return ["Zitatsammlung Daunenjacken\n• „Packmaß ist der Wahnsinn.“ – ", N(p.li), "\n• „Warm an der Bushaltestelle und am Gipfel.“ – ", N(q.full), " (",
            H("@" + q.login(g.rng, g.pick([0, 3, 4])).replace(".", "_")), ")\n• „Größentabelle passt genau.“ – anonym"]


def email_signature_1(g):
    p = g.person()
    ad = g.addr("DE")
    return [_gruss(g), "\n\n", N(p.full), f"\n{g.pick(['Leitung E-Commerce', 'Texterin' if p.gender == 'f' else 'Texter', 'CRM-Management', 'Einkauf Schuhe'])}\n\nTalgrat Outdoor GmbH\n",
            A(ad.two), "\nTel. ", PH(g.phone("DE")), "\nMobil ", PH(g.phone("DE")), "\n", EM(g.email(p, "talgrat.de")),
            f"\n\nAmtsgericht Traunstein HRB {g.look.d(5)} · USt-IdNr. {g.look.vat()} · Geschäftsführung: ", N(g.person().full)]


def email_signature_2(g):
    p = g.person()
    ad = g.addr("AT")
    return ["lg\n", N(p.first), "\n\n--\n", N(p.caps), "\nAgentur Weitblick | Wien\n", A(ad.one), "\nT ", PH(g.phone("AT")), " | ", EM(g.email(p, "weitblick.at"))]


def email_signature_3(g):
    p = g.person()
    ad = g.addr("CH")
    return ["Merci und liebe Grüsse\n", N(p.first), "\n\nVon meinem iPhone gesendet\n\n", N(p.full), " | ", PH(g.phone("CH")), " | ", A(ad.one)]


def feed_row_1(g):
    p = g.person()
    name, sku, price, kind = _sp(g)
    return ["id\ttitel\tgtin\tpreis\tmarke\tcustom_label_0\n", f"{sku}-{g.pick(['M', 'L'])}\tTalgrat {name} {kind}\t{g.look.gtin()}\t{price}\tTalgrat\t",
            "Bewertung: ", N(p.li), "\n", f"{sku}-S\tTalgrat {name} {kind}\t{g.look.gtin()}\t{price}\tTalgrat\t–"]


def feed_row_2(g):
    p, q = g.person(), g.person()
    name, sku, price, kind = _sp(g)
    return [f"<item>\n  <g:id>{sku}</g:id>\n  <g:title>{name} {kind}</g:title>\n  <g:gtin>{g.look.gtin()}</g:gtin>\n  <g:price>{price.replace(' €', '').replace(',', '.')} EUR</g:price>\n",
            "  <bildnachweis>Foto: ", N(p.full), "</bildnachweis>\n  <ansprechpartner>", N(q.lf), "</ansprechpartner>\n</item>"]


def feed_row_3(g):
    p = g.person()
    name, sku, price, kind = _sp(g)
    return ["artikelnr;bezeichnung;vk;ean;lieferant_kontakt;lieferant_tel\n", f"{sku};{name} {kind};{price.replace(' €', '')};{g.look.gtin()};", N(p.full), ";", PH(g.phone())]


def copy_brief_1(g):
    p, o, c = g.person(), g.person(), g.person()
    name, sku, price, kind = _sp(g)
    return [f"Briefing: Newsletter {name}, Herbst\nVerantwortlich: ", N(p.full), "\nFreigabe: ", N(o.full), " (", EM(g.email(o, "talgrat.de")), ")\n",
            f"Aufhänger: das Kundenzitat von ", N(c.full), f" (Einwilligung liegt vor). Preis {price}, SKU {sku}. Drei Betreffzeilen, max. 45 Zeichen, Entwurf an ",
            N(p.first), f" bis {g.look.date()}."]


def copy_brief_2(g):
    p, c = g.person(), g.person()
    name, sku, price, kind = _sp(g)
    return ["Hi ", N(p.first), f", kannst du drei Headlines für die PDP {name} schreiben? Ruhig, keine Superlative. ",
            f"{c.hon('de')} ", N(c.last), f" aus dem Ambassador-Team hat sie in {g.pick(['Norwegen', 'den Dolomiten', 'der Silvretta'])} getestet, die Notizen liegen im Ordner. Danke dir!"]


def copy_brief_3(g):
    p = g.person()
    name, sku, price, kind = _sp(g)
    return [f"Textauftrag {g.look.ticket()}\nProdukt: {name} ({sku})\nAngefragt von: ", N(p.fi), "\nZielgruppe: Einsteiger\n",
            f"Hinweise: kein „für immer wasserdicht“; {g.pick(['28.000 mm Wassersäule', 'RET 6', '395 g', 'recyceltes Polyamid'])} erwähnen. Rückfragen unter ", PH(g.phone("DE")), " (Durchwahl)."]


def team_chat_1(g):
    a, b = g.person(), g.person()
    c = g.person(gender="f")
    h, hb = a.login(g.rng, g.pick([0, 3])), b.login(g.rng, g.pick([0, 3]))
    t = g.look.times(3)
    return [f"[{t[0]}] ", H(h), ": ", H("@" + hb), " kannst du die Kundin aus ", g.pick(["Graz", "Kempten", "Bern", "Leipzig"]), " zurückrufen? ",
            N(c.full), ", ", PH(g.phone()), "\n", f"[{t[1]}] ", H(hb), ": mach ich\n",
            f"[{t[2]}] ", H(hb), ": hab mit ", N(c.first.lower()), " gesprochen, sie will lieber das geld zurück statt umtausch"]


def team_chat_2(g):
    a, b, c = g.person(), g.person(), g.person()
    return [N(a.first.lower()), ": hat jemand die retoure von ", N(c.lower), " gesehen? bestellung ", g.look.order(), "\n",
            N(b.first.lower()), ": jo, liegt im regal beim packtisch, ohne schein\n", N(a.first.lower()), ": danke, schreib ", "ihr" if c.gender == "f" else "ihm", " an ", EM(g.email(c))]


def team_chat_3(g):
    a, b = g.person(), g.person()
    return [f"#shop-betrieb  {g.look.time()}\n", N(a.full), ": Shop lahmt wieder, massig Requests von ", IP(g.ip("v4pub")), " auf /kasse\n",
            N(b.full), ": geblockt. ", IP(g.ip(g.pick(["v6pub", "v4priv"]))), " ist unser Büro-VPN, das bitte drinlassen"]


def call_note_1(g):
    p, a = g.person(), g.person()
    return [f"Anrufnotiz {g.look.date()}, {g.look.time()} Uhr\nAnrufer{'in' if p.gender == 'f' else ''}: ", N(p.full), "\nRückrufnummer: ", PH(g.phone()),
            f"\nThema: {g.pick(['Garantiefall Regenjacke', 'Umtausch Größe', 'Paket nicht angekommen', 'Rechnung für den Arbeitgeber'])}\nErgebnis: {g.pick(['Label geschickt', 'Erstattung freigegeben', 'an 2nd Level', 'erledigt'])}\nBearbeitet: ", N(a.first)]


def call_note_2(g):
    p = g.person()
    return [f"Mailbox {g.look.time()}: {p.hon('de')} ", N(p.last), " bittet um Rückruf unter ", PH(g.phone()), f" wegen Bestellung {g.look.order()}. ",
            f"Klang verärgert, schon der zweite Anruf diese Woche. Die Nummer auf dem Lieferschein ({g.look.order()}) sei falsch."]


def call_note_3(g):
    p, a = g.person(), g.person()
    ad = g.addr()
    return ["Rückruf bei ", N(p.full), " erledigt. Neue Lieferadresse: ", A(ad.one), ". ", N(p.first),
            " ist bis zum 14. im Urlaub, Paket bis dahin zurückhalten. Notiert von ", N(a.li)]


def order_note_1(g):
    p, q = g.person(), g.person()
    a1, a2 = g.addr(), g.addr()
    return [f"Bestellung {g.look.order()} – Geschenk\nRechnungsadresse: ", N(p.full), ", ", A(a1.one), "\nLieferadresse:\n", N(q.full), "\n", A(a2.two),
            "\nGrußkarte: „Alles Gute zum Geburtstag, ", N(q.first), "! Dein", "e " if p.gender == "f" else " ", N(p.first), "“"]


def order_note_2(g):
    p, q = g.person(), g.person()
    ad = g.addr()
    return [f"Interne Notiz zu {g.look.order()}: Kunde ", N(p.lf), f" bittet um Abgabe beim Nachbarn, {q.hon('de')} ", N(q.last), ", ",
            A(ad.street), ". Falls niemand da ist: ", PH(g.phone(ad.country)), "."] if p.gender == "m" else [
            f"Interne Notiz zu {g.look.order()}: Kundin ", N(p.lf), f" bittet um Abgabe bei der Nachbarin, Frau ", N(q.last), ", ",
            A(ad.street), ". Falls niemand da ist: ", PH(g.phone(ad.country)), "."]


def order_note_3(g):
    p = g.person()
    name, sku, price, kind = _sp(g)
    return [f"Click & Collect {g.look.order()}: {name} ({g.pick(['M', 'L'])}), bezahlt {price}. Abholung durch ", N(p.full),
            f", Ausweis geprüft (Nr. {g.look.passport()}), Kennzeichen {g.look.plate()}, Stellplatz 3."]


def order_note_4(g):
    p, q = g.person(), g.person()
    ad = g.addr(g.pick(["DE", "AT"]))
    return [f"Lieferschein {g.look.order()}\n\n", f"{p.herrn()}\n", N(p.full), "\nc/o ", N(q.full), "\n", A(ad.two), f"\n\nPos. 1  {_sp(g)[0]}  1 Stk.\nPos. 2  Trittweg Socken  2 Paar"]


def return_note_1(g):
    p = g.person()
    name, sku, price, kind = _sp(g)
    return [f"Retoure RMA-{g.look.d(6)} eingegangen am {g.look.date()}\nArtikel: {name} {kind}, {sku}\nGrund: zu klein\nKunde: ", N(p.full),
            "\nErstattung auf: ", IB(g.iban()), f" (BIC {g.look.bic()})\nGeprüft: ", N(g.person().first)]


def return_note_2(g):
    p = g.person()
    ad = g.addr()
    return [f"Retourenannahme: Paket von ", A(ad.one), " ohne Retourenschein. Absender laut Etikett: ", N(p.caps), ", Tel. ", PH(g.phone(ad.country)),
            f". Inhalt: 1 x {_sp(g)[0]}. Abgleich mit Bestellung {g.look.order()} läuft."]


def return_note_3(g):
    p = g.person()
    return [f"Garantiefall {g.look.ticket()}: ", N(p.full), f" hat die Socken nach {g.pick(['zwei', 'drei', 'sechs'])} Monaten zurückgeschickt, Ferse durch. ",
            "Kulanz, Ersatz geht raus. Bestätigung an ", EM(g.email(p)), "."]


def prose_mention_1(g):
    p = g.person(invent=False)
    return ["Rückruf an ", N(p.full), f": Die Schulklasse braucht 30 Hochsattel 30 bis {g.look.date()}. ", N(p.first), " schickt die Größenliste bis Freitag."]


def prose_mention_2(g):
    p, q = g.person(invent=False), g.person(invent=False)
    return [N(p.full), f" von {g.pick(['Sport Kompass', 'Alpenverein Sektion Rosenheim', 'Bergschule Allgäu'])} hat die Palette für {g.look.date()} bestätigt. ",
            N(q.full), " vertritt während des Urlaubs, Rechnung ", g.look.invoice(), " bitte dorthin."]


def prose_mention_3(g):
    p = g.person(invent=False)
    return ["Gutes Gespräch mit ", N(p.full), f" heute. Test der Kaltkar in {g.pick(['Lappland', 'Island', 'den Hohen Tauern'])} vereinbart, Fotos bis {g.look.date()}. ",
            "Die Social-Posts übernimmt ", N(p.last), "."]


def prose_mention_4(g):
    p, q = g.person(invent=False), g.person(invent=False)
    return [f"Dank ", N(p.first), " und ", N(q.full), f" lief das Shooting am {g.pick(['Eibsee', 'Königssee', 'Hintersee', 'Plansee'])} pünktlich."]


def customer_chat_1(g):
    p, a = g.person(), g.person()
    return [f"Live-Chat #{g.look.d(6)} · Besucher-IP ", IP(g.ip()), "\nBesucher: hallo, hab letzte woche socken bestellt, ich bin ", N(p.lower),
            "\nAgent ", N(a.first), ": Hallo ", N(p.first), f"! Ich schau nach. Ist es die Bestellung {g.look.order()}?\nBesucher: ja genau"]


def customer_chat_2(g):
    p = g.person()
    ds = f"{g.rng.randint(1, 28):02d}.{g.rng.randint(1, 12):02d}.{g.pick(['24', '25'])}"
    t = g.look.times(3)
    return [f"[{ds}, {t[0]}] ", N(p.full), f": Hallo, gibt es die Kaltkar wieder in {g.pick(['M', 'L'])}?\n",
            f"[{ds}, {t[1]}] Talgrat Service: Hi ", N(p.first), ", ja, ab Freitag. Sollen wir dir eine zurücklegen?\n",
            f"[{ds}, {t[2]}] ", N(p.full), ": ja gerne, hol sie im Laden ab. meine nummer ", PH(g.phone())]


def customer_chat_3(g):
    p = g.person()
    return [f"Übergabe vom Chatbot\nNutzer: Ich muss meine Adresse ändern\nBot: Gern. Wie lautet die Bestellnummer?\nNutzer: {g.look.order()}\n",
            "Nutzer: neue Adresse ist ", A(g.addr().one), "\nBot: Danke, ", N(p.first), ". Eine Kollegin bestätigt das gleich."]


def meeting_notes_1(g):
    a, b, c = g.person(), g.person(), g.person()
    return [f"Jour fixe E-Commerce, {g.look.date()}\nAnwesend: ", N(a.full), ", ", N(b.full), ", ", N(c.first), " (Gast)\nTo-dos:\n- ", N(a.first),
            ": Größentabelle Steinlauf korrigieren\n- ", N(b.fi), ": Agentur zur Winterkampagne briefen\n- ", N(c.first), ": Fotoverträge schicken"]


def meeting_notes_2(g):
    a, b = g.person(), g.person()
    return [f"Protokoll Händlertermin, {g.look.date()}\nTeilnehmende: ", N(a.lf), "; ", N(b.lf), "\n",
            f"Vereinbart: 15 % Marge auf Fernkamm, Lieferung KW {g.rng.randint(2, 50)}. Nächster Termin mit {b.herrn()} ", N(b.last), f" am {g.look.date()}."]


def refund_payment_1(g):
    p = g.person()
    return [f"Hallo, bitte erstatten Sie Bestellung {g.look.order()} auf mein Konto:\nKontoinhaber{'in' if p.gender == 'f' else ''}: ", N(p.full), "\nIBAN: ", IB(g.iban()),
            f"\nBIC: {g.look.bic()}\n\nDanke,\n", N(p.first)]


def refund_payment_2(g):
    p = g.person()
    return [f"Zahlung zu {g.look.order()} abgelehnt: Karte ", CC(g.card()), ", Karteninhaber ", N(p.caps), f", gültig bis {g.rng.randint(1, 12):02d}/{g.rng.randint(26, 30)}. ",
            N(p.first), " bittet um erneuten Versuch morgen. Kartennummern bitte nicht mehr in die Notizen schreiben!"]


def refund_payment_3(g):
    p = g.person(origin=g.pick(["german", "german", "austrian", "turkish", "polish", "italian"]))
    ad = g.addr("DE")
    return [f"Rechnung Nr. {g.look.invoice()}\nFotografie Kampagne {g.pick(['Fernkamm', 'Kaltkar', 'Firstwand'])}\n\n", N(p.full), "\n", A(ad.two),
            "\nSteuer-ID: ", TX(g.taxid()), f"\nSteuernummer: {g.look.steuernummer()}\nBankverbindung: ", IB(g.iban("DE")),
            f"\n\nGemäß § 19 UStG wird keine Umsatzsteuer berechnet. Zahlbar innerhalb von 14 Tagen."]


def refund_payment_4(g):
    p = g.person()
    ad = g.addr("DE")
    return ["SEPA-Lastschriftmandat\nGläubiger-ID: DE98ZZZ0000", g.look.d(7), f"\nMandatsreferenz: {g.look.customer()}\nKontoinhaber: ", N(p.full), "\nAnschrift: ", A(ad.one),
            "\nIBAN: ", IB(g.iban(g.pick(["DE", "DE", "AT"]))), f"\nOrt, Datum: {ad.town}, {g.look.date()}"]


def refund_payment_5(g):
    p = g.person(origin=g.pick(["german", "turkish", "polish", "croatian", "german"]))
    return [f"Personalfragebogen Aushilfe Lager (Minijob)\nName: ", N(p.lf), f"\nGeburtsdatum: {g.look.dob()}\nSteuerliche Identifikationsnummer: ", TX(g.taxid()),
            f"\nKrankenkasse: {g.pick(['AOK Bayern', 'TK', 'Barmer', 'DAK'])}\nIBAN für Lohn: ", IB(g.iban("DE")), "\nTelefon: ", PH(g.phone("DE"))]


def influencer_outreach_1(g):
    out = ["Outreach-Liste Herbst\n"]
    for i in range(g.pick([2, 3])):
        p = g.person()
        out += [f"{i + 1}. ", N(p.full), " (", H("@" + p.login(g.rng, g.pick([0, 3, 4]))), f", {g.rng.randint(8, 240)}k) – ", EM(g.email(p)),
                f" – {g.pick(['testet die Kaltkar', 'noch keine Antwort', 'will Honorar', 'Mediakit geschickt'])}\n"]
    out[-1] = out[-1].rstrip("\n")
    return out


def influencer_outreach_2(g):
    p, a = g.person(), g.person()
    ad = g.addr(g.pick(["DE", "AT", "CH"]))
    return [f"{p.sg()} ", N(p.last), f",\n\nmein Name ist ", N(a.full), f", ich betreue bei Talgrat die Kooperationen. Ihr Video aus {g.pick(['dem Karwendel', 'den Julischen Alpen', 'dem Wallis'])} hat uns begeistert. ",
            "Dürfen wir Ihnen die Firstwand zum Testen schicken? Ist diese Adresse noch aktuell:\n", A(ad.two), "\n\nHerzliche Grüße\n", N(a.first), "\n", PH(g.phone("DE"))]


# ================================================================ Layouts, mit denen ein Erkenner nicht rechnet


def json_export_1(g):
    p = g.person()
    ad = g.addr()
    return ['{"kunde": {"id": ', f'{g.look.d(6)}, "vorname": "', N(p.first), '", "nachname": "', N(p.last), '", "email": "', EM(g.email(p)),
            '", "telefon": "', PH(g.phone(ad.country)), '",\n  "anschrift": {"strasse": "', A(ad.street), f'", "plz": "{ad.zip}", "ort": "{ad.town}"}}}},\n',
            f' "bestellung": "{g.look.order()}", "summe": {g.rng.randint(20, 400)}.95, "ip": "', IP(g.ip()), '"}']


def json_export_2(g):
    p = g.person()
    return ['{"event":"bestellung.bezahlt","zahler":{"name":"', N(p.full), '","iban":"', IB(g.iban(grouped=False)), '"},"client":{"ip":"', IP(g.ip()),
            f'","ua":"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/{g.rng.randint(110, 126)}.0.{g.rng.randint(4000, 6999)}.{g.rng.randint(10, 200)}"}},"artikel":"{_sp(g)[1]}"}}']


def access_log_1(g):
    out = []
    for _ in range(g.pick([2, 3])):
        p = g.person()
        out += [IP(g.ip()), f' - - [{g.rng.randint(10, 28)}/Okt/2025:{g.look.time()}:{g.rng.randint(10, 59)} +0200] "POST /konto/passwort-vergessen?mail=', EM(g.email(p)),
                f' HTTP/2" 302 {g.rng.randint(100, 999)}\n']
    out += [IP(g.ip("v6loop")), f' - - [{g.rng.randint(10, 28)}/Okt/2025:{g.look.time()}:07 +0200] "GET /status HTTP/1.1" 200 2']
    return out


def access_log_2(g):
    p = g.person()
    return [f"2025-10-{g.rng.randint(10, 28)} {g.look.time()}:03,112 INFO  Bestellung {g.look.order()} angelegt für „", N(p.full), "“ von ", IP(g.ip()),
            f" (Shop v{g.rng.randint(2, 5)}.{g.rng.randint(0, 19)}.{g.rng.randint(0, 9)})\n",
            f"2025-10-{g.rng.randint(10, 28)} {g.look.time()}:04,870 WARN  Zahlungsdienst ", IP(g.ip(g.pick(["v4priv", "v4loop", "v6ula"]))), " nicht erreichbar, Versuch 2"]


def markdown_table_1(g):
    out = [f"Crew Shooting Tegernsee, {g.look.date()}\n\n| Name | Rolle | E-Mail | Telefon |\n|---|---|---|---|\n"]
    for _ in range(g.pick([2, 3])):
        p = g.person()
        out += ["| ", N(p.full), f" | {g.pick(['Fotografie', 'Model', 'Bergführung', 'Styling', 'Fahrer'])} | ", EM(g.email(p)), " | ", PH(g.phone()), " |\n"]
    out[-1] = out[-1].rstrip("\n")
    return out


def markdown_table_2(g):
    out = ["| Bestellung | Kunde | Lieferadresse | Status |\n| --- | --- | --- | --- |\n"]
    for _ in range(g.pick([2, 3])):
        p = g.person()
        out += [f"| {g.look.order()} | ", N(g.pick([p.full, p.lf])), " | ", A(g.addr().one), f" | {g.pick(['versendet', 'gesperrt', 'retourniert'])} |\n"]
    out[-1] = out[-1].rstrip("\n")
    return out


def tsv_export_1(g):
    out = ["Anrede\tVorname\tNachname\tStraße\tPLZ\tOrt\tTelefon\n"]
    for _ in range(g.pick([2, 3])):
        p = g.person()
        ad = g.addr()
        out += [f"{p.hon('de')}\t", N(p.first), "\t", N(p.last), "\t", A(ad.street), f"\t{ad.zip}\t{ad.town}\t", PH(g.phone(ad.country)), "\n"]
    out[-1] = out[-1].rstrip("\n")
    return out


def tsv_export_2(g):
    out = ["kdnr\tname\tmail\tnewsletter\tanmelde_ip\n"]
    for _ in range(g.pick([2, 3])):
        p = g.person()
        out += [f"{g.look.customer()}\t", N(p.full), "\t", EM(g.email(p)), f"\t{g.pick(['ja', 'nein'])}\t", IP(g.ip()), "\n"]
    out[-1] = out[-1].rstrip("\n")
    return out


def vcard_1(g):
    p = g.person()
    ad = g.addr()
    return ["BEGIN:VCARD\nVERSION:3.0\nN:", N(p.last), ";", N(p.first), ";;;\nFN:", N(p.full), f"\nORG:{g.pick(['Bergwerk Sport GmbH', 'Agentur Fernweh', 'Kompass Outdoor'])}\nTEL;TYPE=WORK:",
            PH(g.phone(ad.country, "intl")), "\nEMAIL:", EM(g.email(p)), "\nADR;TYPE=WORK:;;", A(ad.street), f";{ad.town};;{ad.zip};{COUNTRY_NAME['de'][ad.country]}\nEND:VCARD"]


def vcard_2(g):
    p = g.person()
    return ["BEGIN:VCARD\nVERSION:4.0\nFN:", N(p.full), "\nTITLE:Einkauf\nTEL;VALUE=uri:tel:", PH(g.phone(form="intl").replace(" ", "-")), "\nNOTE:Messe Friedrichshafen, mag die Gitterhang\nEND:VCARD"]


def shipping_label_1(g):
    p = g.person()
    ad = g.addr(g.pick(["DE", "DE", "AT", "CH"]))
    return [f"{g.pick(['DHL Paket', 'DPD Classic', 'GLS', 'Post.at', 'Hermes'])}\nEMPFÄNGER:\n", N(p.caps), "\n", A(ad.two.upper()), f"\n{COUNTRY_NAME['de'][ad.country].upper()}\n",
            f"Gewicht: {g.rng.randint(1, 9)},{g.rng.randint(0, 9)} kg  Ref.: {g.look.order()}\nSendung: {g.look.tracking()}"]


def shipping_label_2(g):
    p = g.person()
    ad = g.addr()
    sender = g.addr("DE")
    return ["Absender: Talgrat Outdoor GmbH · ", A(sender.one), "\n\n", f"{p.herrn()}\n", N(p.full), "\n", A(ad.two), f"\n\nPaket 1/1 · {g.look.tracking()} · {g.look.date()}"]


def html_form_1(g):
    p = g.person()
    return ['<form action="/newsletter" method="post">\n  <input name="vorname" value="', N(p.first), '">\n  <input name="nachname" value="', N(p.last),
            '">\n  <input type="email" name="email" value="', EM(g.email(p)), '">\n  <input type="hidden" name="einwilligung_ip" value="', IP(g.ip()), '">\n</form>']


def html_form_2(g):
    p = g.person()
    ad = g.addr()
    return ['<table class="bestelluebersicht">\n  <tr><th>Name</th><td>', N(p.full), "</td></tr>\n  <tr><th>Anschrift</th><td>", A(ad.one), "</td></tr>\n  <tr><th>Telefon</th><td>",
            PH(g.phone(ad.country)), f"</td></tr>\n  <tr><th>Bestellung</th><td>{g.look.order()}</td></tr>\n</table>"]


def yaml_webhook_1(g):
    p = g.person()
    return [f"event: kunde.geaendert\nid: evt_{g.look.d(10)}\nkunde:\n  name: ", N(p.full), "\n  email: ", EM(g.email(p)), "\n  telefon: '", PH(g.phone(form="intl")),
            f"'\n  tags: [stammkunde, newsletter]\nquelle_ip: ", IP(g.ip()), "\nschema: 2.3.1"]


def yaml_webhook_2(g):
    p = g.person()
    ad = g.addr()
    return ["sendung:\n  spediteur: dhl\n  empfaenger:\n    vorname: ", N(p.first), "\n    nachname: ", N(p.last), "\n    strasse: ", A(ad.street),
            f"\n    plz: '{ad.zip}'\n    ort: {ad.town}\n  pakete: {g.rng.randint(1, 3)}"]


def sql_dump_1(g):
    p = g.person()
    while "'" in p.full:
        p = g.person()
    ad = g.addr()
    return ["INSERT INTO kunden (id, vorname, nachname, email, telefon, strasse, plz, ort) VALUES\n",
            f"({g.look.d(5)}, '", N(p.first), "', '", N(p.last), "', '", EM(g.email(p)), "', '", PH(g.phone(ad.country)), "', '", A(ad.street),
            f"', '{ad.zip}', '{ad.town}');"]


def sql_dump_2(g):
    out = [" id   | name                 | iban                          \n------+----------------------+-------------------------------\n"]
    rows = g.pick([2, 3])
    for _ in range(rows):
        p = g.person()
        out += [f" {g.look.d(4)} | ", N(p.full), " " * max(1, 21 - len(p.full)), "| ", IB(g.iban(grouped=False)), "\n"]
    return out + [f"({rows} Zeilen)"]


def mail_header_1(g):
    p = g.person()
    em = g.email(p)
    return ["Return-Path: <", EM(em), ">\nReceived: from mout.", g.pick(["gmx.net", "web.de", "posteo.de"]), " ([", IP(g.ip()), "])\n\tby mx1.talgrat.de with ESMTPS; ",
            f"{g.pick(['Di', 'Mi', 'Do'])}, {g.rng.randint(1, 28)} Okt 2025 {g.look.time()}:12 +0200\nFrom: \"", N(p.full), "\" <", EM(em), ">\nTo: ", EM(_role_mail(g)),
            f"\nSubject: Frage zu Bestellung {g.look.order()}\nX-Originating-IP: [", IP(g.ip()), "]"]


def mail_header_2(g):
    p, q = g.person(), g.person()
    return ["Von: ", N(p.full), " <", EM(g.email(p)), ">\nAn: ", N(q.full), " <", EM(g.email(q, "talgrat.de")), ">\nCc: ", EM(_role_mail(g)),
            f"\nDatum: {g.look.date()}\nBetreff: WG: Händlerkonditionen\n\nSiehe unten, kannst du bis Freitag antworten?"]


def ocr_scan_1(g):
    p = g.person()
    ad = g.addr(g.pick(["DE", "AT", "CH"]))
    return ["RUCKSENDESCHEIN  /  Seite 1 von 1\nNAME:  ", N(p.caps), "\nANSCHRIFT:  ", A(ad.one.upper()), "\nTEL.:", PH(g.phone(ad.country)),
            f"\nBESTELL-NR: {g.look.order()}   GRUND: [x] zu groß  [ ] defekt\nUNTERSCHRIFT:  ", N(p.fi)]


def ocr_scan_2(g):
    p = g.person()
    return [f"~~ gescannt {g.look.date()} ~~\nGarantiekarte  Modell: {_sp(g)[0]}  Serien-Nr.: {g.look.d(9)}\nBesitzer: ", N(p.full), "  E-Mail: ", EM(g.email(p)),
            f"\nGeb.-Datum: {g.look.dob()}  (für Garantie nicht nötig)"]


def ics_invite_1(g):
    p, q = g.person(), g.person()
    ad = g.addr("DE")
    return ["BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Schuhanpassung – ", N(p.full), f"\nDTSTART:2025{g.rng.randint(1, 12):02d}{g.rng.randint(10, 28)}T{g.rng.randint(9, 17)}0000\n",
            "ORGANIZER;CN=", N(q.full), ":mailto:", EM(g.email(q, "talgrat.de")), "\nATTENDEE;CN=", N(p.full), ":mailto:", EM(g.email(p)),
            "\nLOCATION:", A(ad.one), "\nEND:VEVENT\nEND:VCALENDAR"]


def ics_invite_2(g):
    p = g.person()
    return [f"Einladung: Bildabnahme am {g.look.date()} um {g.look.time()}\nOrganisator: ", N(p.full), "\nEinwahl per Telefon: ", PH(g.phone(form="intl")),
            f" (PIN {g.look.d(6)}#)\nMeeting-ID: {g.look.d(3)} {g.look.d(4)} {g.look.d(4)}"]


# ================================================================ ohne personenbezogene Daten


def neg_product_copy_1(g):
    name, sku, price, kind = _sp(g)
    return [f"{name} {kind} – {price}\nArt.-Nr. {sku} · EAN {g.look.gtin()}\n",
            f"Für lange Regentage: {g.pick(['28.000 mm Wassersäule', 'RET 6', 'recyceltes 40-den-Ripstop'])}, verschweißte Nähte und Taschen, an die du auch mit Hüftgurt kommst. ",
            f"Größen XS–XXL, Lieferzeit {g.rng.randint(1, 3)}–{g.rng.randint(4, 6)} Werktage."]


def neg_product_copy_2(g):
    name, sku, price, kind = _sp(g)
    return [f"Die {name} ist für alle, die lieber draußen Koch und Kellner zugleich sind: Brotzeit auf dem Gipfel, der Fuchs schaut zu, der Wolf bleibt im Wald. ",
            f"Farbe {g.pick(['Tannenschatten', 'Schiefer', 'Moorbraun'])}, {price}, Art.-Nr. {g.look.sku()}."]


def neg_product_copy_3(g):
    a, b = g.look.product(), g.look.product()
    return [f"Vergleich {a[0]} und {b[0]}\n{a[0]}: {a[2]} €, {a[1]}\n{b[0]}: {b[2]} €, {b[1]}\n",
            f"Beide {g.pick(['mit PFC-freier Imprägnierung', 'mit 2 Jahren Gewährleistung', 'aus recyceltem Polyamid'])}. Stand {g.look.date()}, Version {g.rng.randint(2, 9)}.{g.rng.randint(0, 9)}"]


def neg_order_status_1(g):
    return [f"Deine Bestellung {g.look.order()} ist unterwegs.\nSendungsnummer: {g.look.tracking()}\nVoraussichtliche Zustellung: {g.look.date()}\n",
            f"Artikel: 1 x {_sp(g)[0]} (Gr. {g.pick(['M', 'L'])}), 2 x Trittweg\nGesamt: {g.look.price()} inkl. MwSt."]


def neg_order_status_2(g):
    return [f"Bestellung {g.look.order()} · vom {g.look.date()} · Status: {g.pick(['in Bearbeitung', 'versendet', 'zugestellt', 'teilerstattet'])}\n",
            f"Paket {g.look.tracking()} um {g.look.time()} Uhr an {g.pick(['DHL', 'DPD', 'GLS', 'die Österreichische Post'])} übergeben. Kundennummer {g.look.customer()}."]


def neg_order_status_3(g):
    return [f"Verfügbarkeitsalarm: Die {_sp(g)[0]} (Art.-Nr. {g.look.sku()}) ist wieder da. Reserviert bis {g.look.date()} unter Vorgang {g.look.order()}."]


def neg_invoice_meta_1(g):
    return [f"Rechnung {g.look.invoice()} – {g.pick(['Schneider & Söhne Logistik GmbH', 'Bäckerei Müller KG', 'Fischer Verpackung GmbH', 'Koch & Bauer Druck OHG'])}\n",
            f"USt-IdNr. {g.look.vat()} · BIC {g.look.bic()} · HRB {g.look.d(5)}\nNetto {g.rng.randint(200, 9000)},00 €, USt. 19 %, zahlbar bis {g.look.date()}."]


def neg_invoice_meta_2(g):
    return [f"Lieferantenstamm\nName: {g.pick(['Müller Textil GmbH', 'Wagner & Koch KG', 'Weber Outdoor AG', 'Hofer Stoffe GmbH'])}\nSteuernummer: {g.look.steuernummer()}\n",
            f"USt-IdNr.: {g.look.vat()}\nBIC: {g.look.bic()}\nZahlungsziel: 30 Tage netto, 2 % Skonto bei 10 Tagen\nKreditor {g.look.customer()}"]


def neg_invoice_meta_3(g):
    return [f"Gutschrift {g.look.invoice()} zu Rechnung {g.look.invoice()}: {g.look.price()} erstattet am {g.look.date()}. Vorgang {g.look.order()}. ",
            f"Zahlart: {g.pick(['Kreditkarte', 'PayPal', 'Klarna Rechnung', 'TWINT'])}, Referenz {g.look.customer()}."]


def neg_feed_export_1(g):
    out = ["id;titel;gtin;preis;verfuegbarkeit\n"]
    for _ in range(g.pick([3, 4])):
        p = g.look.product()
        out.append(f"{p[1]}-{g.pick(['S', 'M', 'L'])};{p[0]} {p[4]};{g.look.gtin()};{p[2]} EUR;{g.pick(['auf Lager', 'ausverkauft', 'vorbestellbar'])}\n")
    out[-1] = out[-1].rstrip("\n")
    return out


def neg_feed_export_2(g):
    p = g.look.product()
    return [f"<item><g:id>{p[1]}</g:id><g:title>{p[0]} {p[4]}</g:title><g:gtin>{g.look.gtin()}</g:gtin><g:mpn>{g.look.sku()}</g:mpn>",
            f"<g:versandgewicht>{g.rng.randint(200, 1900)} g</g:versandgewicht><g:custom_label_0>herbst-{g.pick(['2025', '2026'])}</g:custom_label_0></item>"]


def neg_feed_export_3(g):
    p = g.look.product()
    return [f"{p[1]}\t{p[0]}\t{g.look.gtin()}\t{p[2]}\t{g.rng.randint(0, 400)}\t{g.look.date()}\n{p[1]}-XL\t{p[0]}\t{g.look.gtin()}\t{p[2]}\t0\t{g.look.date()}"]


def neg_payment_faq_1(g):
    return [f"Welche Karte habe ich benutzt? In deinem Konto steht sie als {masked_card(g.rng, 'de')}. Die vollständige Nummer speichern wir nie. ",
            f"Gutscheinkarten haben einen 16-stelligen Code, z. B. {gift_card(g.rng)}, auf der Rückseite."]


def neg_payment_faq_2(g):
    return [f"Gutschein einlösen: Code ({gift_card(g.rng)}) und PIN {g.look.d(4)} an der Kasse eingeben. Gültig bis {g.look.date()}, keine Barauszahlung. ",
            f"Versandkostenfrei ab {g.pick(['50', '75', '100'])} €."]


def neg_payment_faq_3(g):
    return [f"Erstattung zu Bestellung {g.look.order()}: {g.look.price()} auf {masked_card(g.rng, 'de')} am {g.look.date()}; eine zweite Belastung auf {masked_card(g.rng, 'de')} wurde storniert."]


def neg_campaign_brief_1(g):
    return [f"Kampagnenbriefing Mai\nHeld: {_sp(g)[0]}. Botschaft: „Regen? Egal.“ Stimmung: Fuchs im Morgennebel, Jäger auf dem Hochsitz, Bauer beim Heuen. ",
            f"Budget {g.rng.randint(5, 40)}.000 €. Start {g.look.date()}. Korrekturschleife 48 h."]


def neg_campaign_brief_2(g):
    return [f"Briefing Newsletter vom {g.look.date()}: Einstieg übers Wetter, dann Kaltkar und Gitterhang. Der Schneider in Kolbermoor kürzt Hosen kostenlos – das erwähnen. ",
            f"Rabattcode HERBST{g.rng.randint(10, 30)} gültig bis {g.look.date()}. Keine Kundennamen im Text."]


def neg_campaign_brief_3(g):
    return [f"Redaktionsplan KW {g.rng.randint(2, 50)}: Mo – Reel Trittweg; Mi – Daunenpflege; Fr – Ergebnis Gipfel-Challenge (keine Gewinnernamen vor Freigabe). Posts um {g.look.time()} Uhr."]


def neg_stock_report_1(g):
    out = [f"Bestandsliste {g.look.date()}\n"]
    for _ in range(g.pick([3, 4])):
        p = g.look.product()
        out.append(f"{p[1]}  {p[0]:<15} Bestand {g.rng.randint(0, 900):>4}  reserviert {g.rng.randint(0, 80):>3}  Fach {g.pick('ABCD')}-{g.rng.randint(1, 40):02d}\n")
    out[-1] = out[-1].rstrip("\n")
    return out


def neg_stock_report_2(g):
    return [f"Wareneingang {g.look.tracking()} aus Da Nang: {g.rng.randint(2, 14)} Paletten, ETA {g.look.date()}. Container {g.pick(['MSCU', 'HLXU', 'CMAU'])}{g.look.d(7)}. ",
            f"Zoll-MRN {g.look.d(2)}DE{g.look.d(12)}. Zeitfenster {g.look.time()} Uhr, Tor 4."]


def neg_stock_report_3(g):
    return [f"Inventurdifferenz: {g.look.sku()} (−{g.rng.randint(1, 9)}), {g.look.sku()} (+{g.rng.randint(1, 9)}), EAN {g.look.gtin()} unbekannt. Nachzählen bis {g.look.date()}."]


def neg_release_notes_1(g):
    return [f"Shop-Release v{g.rng.randint(3, 6)}.{g.rng.randint(0, 30)}.{g.rng.randint(0, 9)} ({g.look.date()})\n- Größenberater Modell 2024.{g.rng.randint(10, 12)}.{g.rng.randint(1, 3)}\n",
            f"- getestet mit Chrome {g.rng.randint(118, 126)}.0.{g.rng.randint(5000, 6999)}.{g.rng.randint(10, 200)} und Firefox 128.0.3\n- Prüfziffer der EAN wird jetzt validiert"]


def neg_release_notes_2(g):
    return [f"Änderungen\n* Etikettendrucker-Firmware 3.{g.rng.randint(1, 9)}.0.{g.rng.randint(300, 999)}\n* OpenSSL 3.0.{g.rng.randint(10, 15)}\n",
            f"* Feed-Export schreibt GTIN-14 ({g.look.gtin()})\n* Build {g.look.d(5)}, Node 20.11.1"]


def neg_release_notes_3(g):
    return [f"Bekannter Fehler (Ticket {g.look.ticket()}): Im Footer steht „v2.{g.rng.randint(0, 9)}.{g.rng.randint(0, 9)}.{g.rng.randint(256, 999)}“. Nur kosmetisch, Fix im Sprint bis {g.look.date()}."]


def neg_social_post_1(g):
    return [f"Grauer Himmel, wolfsgraue Jacke: Die {_sp(g)[0]} ist wieder da – Link in der Bio. #talgrat #wandern #{g.pick(['allgäu', 'chiemgau', 'tirol', 'berneroberland'])} ",
            f"(Foto vom {g.look.date()}, {g.rng.randint(600, 2400)} m)"]


def neg_social_post_2(g):
    return [f"Frage: Reicht die Kaltkar für {g.pick(['Island', 'Lappland', 'Norwegen'])} im {g.pick(['Januar', 'Jänner', 'Februar'])}?\n",
            f"Antwort: {g.rng.randint(180, 260)} g Daune, in Bewegung bis etwa −{g.rng.randint(8, 15)} °C. Dazu das Morgengrat als Baselayer."]


def neg_social_post_3(g):
    return ["Danke für 50.000 Follower! Wir verlosen einen Fernkamm 45+10. Kommentiere deinen Lieblingsweg. Auslosung am ", g.look.date(), ". Teilnahmebedingungen: talgrat.de/gewinnspiel"]


def neg_returns_policy_1(g):
    return [f"Rücksendung: 30 Tage ab Zustellung. Nutze das Retourenportal mit deiner Bestellnummer (z. B. {g.look.order()}). Unser Lager in Kolbermoor ",
            f"bearbeitet Retouren in {g.rng.randint(3, 7)} Tagen; das Geld geht auf die ursprüngliche Zahlart zurück."]


def neg_returns_policy_2(g):
    return [f"Lieferung in PLZ-Gebiete 8 und 9 dauert 1–2 Tage, auf die Inseln (z. B. 18565) bis zu 4. Annahmeschluss {g.look.time()} Uhr. Versandkostenfrei ab {g.look.price()}."]


def neg_returns_policy_3(g):
    return [f"Garantie: 2 Jahre gesetzlich, dazu 5 Jahre auf Nähte und Reißverschlüsse für Bestellungen ab {g.look.date()}. Rechnung ({g.look.invoice()}) aufheben. ",
            f"Reparaturen übernimmt unsere Partnerwerkstatt in Rosenheim, Dauer etwa {g.rng.randint(2, 4)} Wochen."]


# ---------------------------------------------------------------- Zahlungsdaten an alltäglichen Stellen


def crm_5(g):
    p, a = g.person(), g.person()
    return [f"{g.look.date()} Telefonbestellung, {p.hon('de')} ", N(p.last), " hat die Kartennummer durchgegeben: ", CC(g.card()),
            f", gültig bis {g.rng.randint(1, 12):02d}/{g.rng.randint(26, 31)}. Belastet: {g.look.price()}. ", N(a.first), ": bitte Nummer nach Zahlungseingang hier löschen!"]


def customer_chat_4(g):
    p, a = g.person(), g.person()
    t = g.look.times(4)
    return [f"{t[0]} Besucher: die kasse geht nicht, könnt ihr einfach meine karte belasten? ", CC(g.card(style=g.pick(["space", "compact"]))), "\n",
            f"{t[1]} ", N(a.first), " (Service): Bitte keine Kartennummern im Chat schicken – ich sende dir einen sicheren Zahlungslink.\n",
            f"{t[2]} Besucher: ok, an ", EM(g.email(p)), "\n", f"{t[3]} Besucher: danke, lg ", N(p.first)]


def call_note_4(g):
    p = g.person()
    ad = g.addr()
    return ["Telefonische Zahlung – Anrufer ", N(p.full), "\nKarte: ", CC(g.card()), "\nRechnungsanschrift: ", A(ad.one), f"\nBetrag: {g.look.price()}  Autorisierung: {g.look.d(6)}"]


def team_chat_4(g):
    a, b = g.person(), g.person()
    c = g.person(origin=g.pick(["german", "german", "turkish", "polish"]))
    t = g.look.times(2)
    return [f"[{t[0]}] ", N(a.first), ": hat jemand die Steuer-ID von ", N(c.full), "? Lohnbüro fragt\n", f"[{t[1]}] ", N(b.first), ": ", TX(g.taxid()),
            f", steht im Personalbogen. Geburtsdatum {g.look.dob()} brauchen die auch"]


def influencer_outreach_3(g):
    p = g.person(origin=g.pick(["german", "german", "austrian", "turkish"]))
    ad = g.addr("DE")
    return ["Kooperationsvereinbarung – Zahlungsdaten\nCreator: ", N(p.full), " (", H("@" + p.login(g.rng, g.pick([0, 3]))), ")\nAnschrift: ", A(ad.one),
            "\nSteuer-ID: ", TX(g.taxid()), "\nIBAN: ", IB(g.iban("DE")), f"\nHonorar: {g.rng.randint(3, 25) * 100},00 € zzgl. USt., Rechnung bis {g.look.date()}"]


def html_form_3(g):
    p = g.person()
    return ['<fieldset id="minijob-bewerbung">\n  <label>Name</label><input name="name" value="', N(p.full), '">\n  <label>Steuer-ID</label><input name="steuer_id" value="',
            TX(g.taxid()), '">\n  <label>IBAN</label><input name="iban" value="', IB(g.iban("DE")), '">\n</fieldset>']


def yaml_webhook_3(g):
    p = g.person()
    return [f"auszahlung:\n  id: po_{g.look.d(8)}\n  partner: ", N(p.full), "\n  iban: ", IB(g.iban(grouped=False)), f"\n  betrag_eur: {g.rng.randint(40, 900)}.{g.rng.randint(10, 99)}\n  angefordert_von: ", IP(g.ip())]


def markdown_table_3(g):
    out = ["| Freie Mitarbeit | IBAN | Steuer-ID | Betrag |\n|---|---|---|---|\n"]
    for _ in range(g.pick([2, 3])):
        p = g.person(origin=g.pick(["german", "german", "polish", "italian", "austrian", "turkish"]))
        out += ["| ", N(g.pick([p.full, p.lf])), " | ", IB(g.iban()), " | ", TX(g.taxid()), f" | {g.rng.randint(3, 40) * 50},00 € |\n"]
    out[-1] = out[-1].rstrip("\n")
    return ["Honorarlauf ", g.look.date(), "\n\n"] + out


def ocr_scan_3(g):
    p = g.person()
    ad = g.addr(g.pick(["DE", "AT"]))
    return ["SEPA-LASTSCHR1FTMANDAT   Mandatsref. ", g.look.customer(), "\nKontoinhaber:  ", N(p.caps), "\nAnschrift:  ", A(ad.one), "\nIBAN:  ", IB(g.iban(ad.country)),
            f"\nBIC: {g.look.bic()}\nOrt, Datum: {ad.town}, {g.look.date()}   Unterschrift: ", N(p.fi)]


def lead_list_4(g):
    out = ["Export hinterlegte Karten (PCI-Prüfung, nach Sichtung löschen)\n"]
    for _ in range(g.pick([2, 3])):
        p = g.person()
        out += [N(p.LF), " | ", CC(g.card()), f" | gültig bis {g.rng.randint(1, 12):02d}/{g.rng.randint(26, 31)}\n"]
    out[-1] = out[-1].rstrip("\n")
    return out


def support_email_6(g):
    p = g.person()
    return [f"Hallo liebes Talgrat-Team,\n\nich habe die Bestellung {g.look.order()} versehentlich zweimal überwiesen. Bitte erstattet den doppelten Betrag auf\n\n",
            "Kontoinhaberin: " if p.gender == "f" else "Kontoinhaber: ", N(p.full), "\nIBAN: ", IB(g.iban()), "\n\nDanke euch!\n", N(p.first)]


GENRES = {
    "crm_note": [crm_1, crm_2, crm_3, crm_4, crm_5],
    "support_email": [support_email_1, support_email_2, support_email_3, support_email_4, support_email_5, support_email_6],
    "support_reply_quoted": [support_reply_quoted_1, support_reply_quoted_2, support_reply_quoted_3],
    "lead_list": [lead_list_1, lead_list_2, lead_list_3, lead_list_4],
    "review_signed": [review_signed_1, review_signed_2, review_signed_3],
    "testimonial": [testimonial_1, testimonial_2, testimonial_3],
    "email_signature": [email_signature_1, email_signature_2, email_signature_3],
    "feed_row": [feed_row_1, feed_row_2, feed_row_3],
    "copy_brief": [copy_brief_1, copy_brief_2, copy_brief_3],
    "team_chat": [team_chat_1, team_chat_2, team_chat_3, team_chat_4],
    "call_note": [call_note_1, call_note_2, call_note_3, call_note_4],
    "order_note": [order_note_1, order_note_2, order_note_3, order_note_4],
    "return_note": [return_note_1, return_note_2, return_note_3],
    "prose_mention": [prose_mention_1, prose_mention_2, prose_mention_3, prose_mention_4],
    "customer_chat": [customer_chat_1, customer_chat_2, customer_chat_3, customer_chat_4],
    "meeting_notes": [meeting_notes_1, meeting_notes_2],
    "refund_payment": [refund_payment_1, refund_payment_2, refund_payment_3, refund_payment_4, refund_payment_5],
    "influencer_outreach": [influencer_outreach_1, influencer_outreach_2, influencer_outreach_3],
    "json_export": [json_export_1, json_export_2],
    "access_log": [access_log_1, access_log_2],
    "markdown_table": [markdown_table_1, markdown_table_2, markdown_table_3],
    "tsv_export": [tsv_export_1, tsv_export_2],
    "vcard": [vcard_1, vcard_2],
    "shipping_label": [shipping_label_1, shipping_label_2],
    "html_form": [html_form_1, html_form_2, html_form_3],
    "yaml_webhook": [yaml_webhook_1, yaml_webhook_2, yaml_webhook_3],
    "sql_dump": [sql_dump_1, sql_dump_2],
    "mail_header": [mail_header_1, mail_header_2],
    "ocr_scan": [ocr_scan_1, ocr_scan_2, ocr_scan_3],
    "ics_invite": [ics_invite_1, ics_invite_2],
}

NEG_GENRES = {
    "product_copy": [neg_product_copy_1, neg_product_copy_2, neg_product_copy_3],
    "order_status": [neg_order_status_1, neg_order_status_2, neg_order_status_3],
    "invoice_meta": [neg_invoice_meta_1, neg_invoice_meta_2, neg_invoice_meta_3],
    "feed_export": [neg_feed_export_1, neg_feed_export_2, neg_feed_export_3],
    "payment_faq": [neg_payment_faq_1, neg_payment_faq_2, neg_payment_faq_3],
    "campaign_brief": [neg_campaign_brief_1, neg_campaign_brief_2, neg_campaign_brief_3],
    "stock_report": [neg_stock_report_1, neg_stock_report_2, neg_stock_report_3],
    "release_notes": [neg_release_notes_1, neg_release_notes_2, neg_release_notes_3],
    "social_post": [neg_social_post_1, neg_social_post_2, neg_social_post_3],
    "returns_policy": [neg_returns_policy_1, neg_returns_policy_2, neg_returns_policy_3],
}
