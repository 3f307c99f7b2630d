"""Deutsche Texte ohne personenbezogene Daten (neunzehnte PII-Bank, Held-out-Hälfte): nur
Verwechslungskandidaten – Bestell-, Sendungs- und Kundennummern in Telefonnummernform, GTINs mit
gültiger Prüfziffer, Daten, Uhrzeiten, Preise, Versionen, Postleitzahlen und Orte allein,
Packstation, Postfach, c/o und Hinterhaus, Firmen mit Nachnamen, die Produktnamen der Marke und
Nachnamen als gewöhnliche Wörter (Wolf, Koch, Fuchs, Bauer, Schneider, Winter …)."""

import pii19_held_values as val

GENUS, art = val.GENUS_DE, val.art_de


def _p(c, plural_ok=True):
    skus = [x for x in val.SKUS if plural_ok or GENUS[x[1]] != "pl"]
    sku, name = c.pick(skus)
    return sku, name, val.PRODUCT_KIND["de"][name], val.PRICES[sku]


def _ort(c, country=None):
    return val.town_alone(c.rng, country or c.pick(["DE", "DE", "AT", "CH"]))


# ---------------------------------------------------------------- product_copy


def prod_1(c):
    sku, n, k, pr = _p(c, False)
    return c.fill(
        "{n} {k}\n[[Gemacht für lange Tage bei wechselhaftem Wetter.|Für Hüttentouren und nasse Übergangszeiten.|Unsere Antwort auf Nieselregen und steile Wege.]] "
        "[[Jetzt auch in Tannenschatten.|Neue Farbe: {col}.|Erhältlich in {col} und Schiefer.]]\nArt.-Nr. {sku} · EAN {g} · {pr} € inkl. MwSt.",
        n=n, k=k, col=c.colour(), sku=sku, g=c.gtin(), pr=pr)


def prod_2(c):
    n = c.pick([x for x in val.TOPS if x != "Gitterhang"])
    return c.fill(
        "Passt {art} {n} über ein Fleece? Ja – der Schnitt lässt Platz für eine Zwischenschicht[[ wie die Gitterhang|]]. "
        "[[Gewicht:|Wiegt]] {w} g in Größe M. Im Winter [[ein treuer Begleiter|unser Bestseller]], im Sommer [[schnell trocken|klein im Rucksack verstaut]].",
        art=art(n), n=n, w=str(val.WEIGHTS_G[n]))


def prod_3(c):
    sku, n, k, pr = _p(c)
    return c.fill(
        "• {n} {k}, {pr} €\n• Farben: {c1}, {c2}\n• Größen XS–XXL\n• Artikelnummer {sku}-{s}, EAN {g}\n• [[5 Jahre Talgrat-Garantie zusätzlich zu deinen gesetzlichen Rechten|Entwickelt im Allgäu]]",
        n=n, k=k, pr=pr, c1=c.colour(), c2=c.colour(), sku=sku, s=c.size(), g=c.gtin())


def prod_4(c):
    sku, n, k, pr = _p(c, False)
    return c.fill(
        "Schlau wie ein Fuchs, robust wie ein Stein: {art} {n} ist [[der König unserer Herbstkollektion|unser Liebling für den Winter]]. "
        "[[Wer lang unterwegs ist, freut sich über die Taschen.|Der Wolf im Schafspelz: leise, leicht, unauffällig.]]",
        art=art(n), n=n)


def prod_5(c):
    sku, n, k, pr = _p(c, False)
    return c.fill(
        "Ob Hüttenwirt, Koch oder Bauer auf der Alm – {art} {n} hält mit. [[Pflege: bei 30 °C waschen, im Trockner auffrischen.|Reparaturen machen wir in unserer eigenen Werkstatt.]] "
        "Artikel {sku}, Barcode {g}, {pr} €.",
        art=art(n), n=n, sku=sku, g=c.gtin(), pr=pr)


# ---------------------------------------------------------------- faq


def faq_1(c):
    pt = _ort(c, "DE")
    return c.fill(
        "Kann ich an eine Packstation, ein Postfach oder eine c/o-Adresse liefern lassen?\nPackstation und c/o gehen, ein Postfach leider nicht. "
        "Zusätze wie „Hinterhaus“ oder „3. OG“ gehören in die zweite Adresszeile.\nWie lange dauert die Lieferung nach {pc} {t}? In der Regel {d} Werktage.",
        pc=pt[0], t=pt[1], d=c.pick(["1–2", "2–3", "2–4"]))


def faq_2(c):
    return c.fill(
        "Wo finde ich meine Bestellnummer?\nIn deiner Bestellbestätigung, sie sieht so aus: {o}. Das ist nicht deine Kundennummer ({kn}) und nicht die Sendungsnummer ({tr}).",
        o=c.order(), kn=c.custno(), tr=c.tracking())


def faq_3(c):
    return c.fill(
        "Gibt es über Weihnachten eine längere Rückgabefrist?\nJa: Alles, was du ab {d1} bestellst, kannst du bis {d2} zurückschicken. "
        "Die Erstattung geht auf die ursprüngliche Zahlungsart, meist innerhalb von 5–7 Werktagen.",
        d1=c.pick(["1. November", "15. November", "20. November"]), d2=c.pick(["15. Januar", "31. Januar", "20. Jänner"]))


def faq_4(c):
    pt = _ort(c, "CH")
    return c.fill(
        "Liefert ihr in die Schweiz?\nJa, Zoll und Einfuhrumsatzsteuer übernehmen wir. Der Versand kostet {p} CHF, ab {f} CHF ist er kostenlos. "
        "Eine Postfachadresse wie „Postfach, {pc} {t}“ funktioniert für Pakete nicht.",
        p=c.pick(["9.90", "12.90"]), f=c.pick(["120", "150"]), pc=pt[0], t=pt[1])


def faq_5(c):
    return c.fill(
        "Mein Paket liegt in der Filiale – was nun?\nDie Filiale in {t} bewahrt Pakete sieben Werktage auf. Nimm die Sendungsnummer {tr} und deinen Ausweis mit. "
        "[[In Österreich heißt das Post.Partner, in der Schweiz PickPost.|Wir hoffen, es klappt!]]",
        t=_ort(c)[1], tr=c.tracking())


# ---------------------------------------------------------------- store_info


def store_1(c):
    return c.fill(
        "Unsere Werkstatt in Oberhalden hat montags bis freitags von {t1} bis {t2} Uhr geöffnet. [[Kleine Reparaturen an Reißverschlüssen und Schnallen machen wir, während du wartest.|Bring deine Jacke einfach vorbei.]] "
        "Parkplätze gibt es hinter dem Gebäude, der Bus aus Kempten hält 200 m entfernt.",
        t1=c.pick(["8.30", "9"]), t2=c.pick(["17", "18", "16.30"]))


def store_2(c):
    ts = c.some(sorted({t for _, t in val.DE_TOWNS + val.AT_TOWNS + val.CH_TOWNS}), 3)
    return c.fill(
        "Unsere Partner: Den Versand an den Fachhandel übernimmt {c1}, die Hängeetiketten druckt {c2}[[, die Kartons kommen von Jäger Kartonagen GmbH|]]. "
        "Talgrat gibt es bei ausgewählten Händlern in {t1}, {t2} und {t3}.",
        c1=c.pick(["Schneider Logistik GmbH", "Vogel Spedition e.K.", "Huber Transporte GmbH", "König Logistics GmbH"]), c2=c.pick(["Druckerei Fuchs", "Brandt Etiketten GmbH", "Meier Druck AG"]),
        t1=ts[0], t2=ts[1], t3=ts[2])


def store_3(c):
    return c.fill(
        "Pop-up ab {d1} für {nd} Tage in {t}, geöffnet von {h1} bis {h2} Uhr. [[Keine Anmeldung nötig.|Anproben jede volle Stunde.]] "
        "[[Kinder unter 12 bekommen eine Wanderkarte geschenkt.|Bring deine alte Jacke zum kostenlosen Reparatur-Check mit.]]",
        d1=c.date(), nd=c.pick(["drei", "fünf", "zehn", "14"]), t=_ort(c)[1], h1=c.pick(["9", "10"]), h2=c.pick(["18", "19", "20"]))


def store_4(c):
    return c.fill(
        "Reparaturservice: Wir holen innerhalb {land} für pauschal {p} € ab. Die Bearbeitung dauert meist {w} Wochen. "
        "[[Im Herbst ist viel los – schick deine Sachen lieber im Sommer.|Im Mai und Juni geht es am schnellsten.]]",
        land=c.pick(["Deutschlands", "Österreichs", "der EU"]), p=c.pick(["9,95", "12,00", "14,95"]), w=c.pick(["zwei", "drei", "2–4"]))


# ---------------------------------------------------------------- shipping_policy


def ship_1(c):
    return c.fill(
        "Versand\nDeutschland: 4,95 €, ab 60 € kostenlos. Inseln ohne Brückenanbindung (etwa {pc1} oder {pc2}) brauchen einen Tag länger.\n"
        "Österreich: {p2} €. Bestellungen bis {t} Uhr gehen am selben Tag raus.",
        pc1=c.pick(["18565 Hiddensee", "25938 Wyk auf Föhr", "26486 Wangerooge", "25980 Sylt"]), pc2=c.pick(["26548 Norderney", "27498 Helgoland", "26465 Langeoog"]),
        p2=c.pick(["5,95", "6,95"]), t=c.pick(["13", "14", "12"]))


def ship_2(c):
    return c.fill(
        "Laufzeiten nach Versand: DE 1–2 Tage, AT 2–3 Tage, CH 3–5 Tage (verzollt). Packstationen sind möglich, Postfächer nicht. "
        "Sendungsnummern sehen so aus: {tr} oder {tr2}.",
        tr=c.tracking(), tr2=c.tracking())


def ship_3(c):
    pt = _ort(c, "AT")
    return c.fill(
        "Nach Österreich versenden wir über {co}. Eine Lieferung nach {pc} {t} dauert etwa {d} Werktage; in Tirol und Vorarlberg manchmal einen Tag länger.",
        co=c.pick(["Huber Transporte GmbH", "Schneider Logistik GmbH"]), pc=pt[0], t=pt[1], d=c.pick(["2–3", "3–4"]))


def ship_4(c):
    return c.fill(
        "Weihnachtsversand: Letzter Bestelltag für Deutschland ist der {d1}, für Österreich und die Schweiz der {d2}. [[Geschenkverpackung kostet 3 €.|Grußkarten sind kostenlos.]] "
        "[[Rechnungen legen wir nur auf Wunsch bei.|Die Rechnung kommt per Mail.]]",
        d1=c.pick(["19. Dezember", "20. Dezember", "18. Dezember"]), d2=c.pick(["16. Dezember", "15. Dezember", "17. Dezember"]))


# ---------------------------------------------------------------- newsletter


def news_1(c):
    sku, n, k, pr = _p(c, False)
    return c.fill(
        "Der Winter kommt – und mit ihm {art} {n} in Alpenglühen. [[Bis {d}|Nur diese Woche]] gibt es {pct} % auf Socken. "
        "[[Wir sehen uns am Berg!|Bleib warm!]]",
        art=art(n), n=n, d=c.date(), pct=str(c.n(10, 25)))


def news_2(c):
    return c.fill(
        "Frank und frei gesagt: Trockene Socken machen glücklich. Unsere Trittweg Merino-Wandersocken kosten 24,95 € pro Paar, "
        "[[drei Paar verschicken wir kostenlos|es gibt sie in drei Farben]]. Code {code} gilt bis {d}.",
        code=c.pick(["SOCKEN3", "TRITT24", "MERINO10"]), d=c.date())


def news_3(c):
    return c.fill(
        "Neu aus der Werkstatt: Letztes Jahr haben wir {n} Jacken repariert. Wie der Schneider um die Ecke, nur mit mehr Nahtband. "
        "[[Die Wartezeit liegt bei {w} Wochen.|Im {m} holen wir kostenlos ab.]]",
        n=f"{c.n(2, 9)}.{c.n(100, 999)}", w=str(c.n(2, 4)), m=c.pick(["März", "Mai", "Oktober"]))


def news_4(c):
    return c.fill(
        "Aus dem Allgäu mit Liebe: Das Morgengrat in Braun, der Hochsattel mit Lederpatch und die Kaltkar für echtes Kaiserwetter am Berg. "
        "Der Vogel zwitschert, der Hahn kräht – [[die Saison beginnt am {d}.|alles ist ab {d} lieferbar.]]",
        d=c.date())


# ---------------------------------------------------------------- support_macro


def macro_1(c):
    return c.fill(
        "Textbaustein #{n}: [[Paket verspätet|Sendung hängt|Lieferverzug]]\nHallo {fn},\ndanke für deine Geduld. Deine Bestellung {on} hat unser Lager am {sd} verlassen. "
        "[[Den aktuellen Stand siehst du hier: {tu}|Den Link zur Sendungsverfolgung findest du in der Versandmail.]]\n[[Viele Grüße|Liebe Grüße]]\n{an}",
        n=str(c.n(10, 99)), fn="{{vorname}}", on="{{bestellnummer}}", sd="{{versanddatum}}", tu="{{tracking_url}}", an="{{agent_name}}")


def macro_2(c):
    return c.fill(
        "Sehr geehrte/r [Anrede] [Nachname], [[vielen Dank für Ihre Nachricht|danke für Ihre Mail]]. Ihre Rücksendung zu Bestellung [Bestellnr.] ist eingegangen; "
        "wir erstatten [Betrag] innerhalb von {d} Werktagen auf [Zahlungsart].\n[Name], Talgrat Kundenservice[[ (Stand {u})|]]",
        d=c.pick(["3", "5", "5–7", "3–5"]), u=c.date())


def macro_3(c):
    return c.fill(
        "Baustein #reparatur-kva-{v}: „Hallo %KUNDE%, die Reparatur deiner %PRODUKT% kostet %PREIS%. Antworte mit JA, dann legen wir los.“\n"
        "Nur für Reparaturen außerhalb der Garantie[[, z. B. Riss an {art} {p}| oder bei Verschleiß]]. Zuletzt bearbeitet {d}.",
        v=str(c.n(1, 9)), art="der", p=c.pick(["Firstwand", "Schauerpass", "Kaltkar"]), d=c.date())


def macro_4(c):
    return c.fill(
        "Vorlage – Größentausch (DE) v{v}\nHallo <vorname>,\nkein Problem – wir tauschen {dein} <produkt> von <groesse_alt> auf <groesse_neu>. "
        "[[Schick den Artikel mit dem Retourenschein zurück; die neue Größe geht raus, sobald wir ihn scannen.|Die neue Größe geht heute raus, die alte schickst du mit dem beiliegenden Label zurück.]]\n"
        "[[Viele Grüße|Liebe Grüße]]\n<signatur>\nTags: umtausch, {tag}",
        v=f"{c.n(1, 4)}.{c.n(0, 9)}", dein=c.pick(["dein(e)", "dein/e"]), tag=c.pick(["größe", "schuhe", "jacken", "hosen", c.product().lower()]))


# ---------------------------------------------------------------- stock_report (Layout)


def stock_1(c):
    rows = ["artikelnr\tgroesse\tean\tbestand\treserviert\tlagerplatz"]
    for _ in range(c.n(4, 7)):
        sku, n = c.pick(val.SKUS)
        rows.append(f"{sku}\t{c.size()}\t{c.gtin()}\t{c.n(0, 240)}\t{c.n(0, 30)}\t{c.pick('ABCDE')}-{c.n(1, 40):02d}-{c.n(1, 6)}")
    return c.lines(*rows)


def stock_2(c):
    rows = ["Artikelnummer;Bezeichnung;EAN;Bestand Kempten;Bestand Wien"]
    for _ in range(c.n(3, 6)):
        sku, n = c.pick(val.SKUS)
        rows.append(f"{sku}-{c.size()};{n} {val.PRODUCT_KIND['de'][n]};{c.gtin()};{c.n(0, 400)};{c.n(0, 90)}")
    return c.lines(*rows)


def stock_3(c):
    out = ["| Produkt | Artikelnr. | Menge | Hinweis |\n|---|---|---|---|\n"]
    for _ in range(c.n(3, 5)):
        sku, n = c.pick(val.SKUS)
        out.append(f"| {n} | {sku}-{c.size()} | {c.n(0, 50)} | {c.pick(['nachbestellen', 'ok', 'Farbe ausgelaufen', 'Zulauf ' + c.date()])} |\n")
    return out


def stock_4(c):
    sku, n = c.pick(val.SKUS)
    return c.fill(
        "Wareneingang Bestellung {po} von {co}\nAnkunft {d}, {cart} Kartons, {units} Stück {n} ({sku})\nContainer {cont} · Plombe {seal}",
        po=f"BE-{c.digits(6)}", co=c.pick(["Bauer & Koch Textil KG", "Gruber Textilveredelung GmbH", "Wolf Verpackungen GmbH"]), d=c.date(), cart=str(c.n(4, 80)),
        units=str(c.n(100, 2400)), n=n, sku=sku, cont=f"MSCU{c.digits(7)}", seal=c.digits(8))


# ---------------------------------------------------------------- order_event (Layout)


def ev_1(c):
    sku, n = c.pick(val.SKUS)
    return c.fill(
        "{\n  \"ereignis\": \"bestellung.versendet\",\n  \"bestellnummer\": \"{o}\",\n  \"kundenref\": \"{cr}\",\n  \"positionen\": [{\"artikel\": \"{sku}\", \"menge\": {q}}],\n"
        "  \"sendungsnummer\": \"{tr}\",\n  \"zeitpunkt\": \"{ts}\"\n}",
        o=c.order(), cr=c.custno(), sku=f"{sku}-{c.size()}", q=str(c.n(1, 3)), tr=c.tracking(),
        ts=f"2025-{c.n(1, 12):02d}-{c.n(1, 28):02d}T{c.n(6, 20):02d}:{c.n(0, 59):02d}:00+01:00")


def ev_2(c):
    return c.fill(
        "ereignis: erstattung.angelegt\nbestellung: \"{o}\"\nbetrag: {a}\nwaehrung: {cur}\ngrund: [[groesse|beschaedigt|lieferverzug]]\nweg: urspruengliche_zahlungsart\nangelegt: {d}",
        o=c.order(), a=f"{c.n(9, 349)}.{c.pick(['95', '00', '50'])}", cur=c.pick(["EUR", "CHF"]), d=c.date())


def ev_3(c):
    return c.fill(
        "bestellung.angelegt  id={o}  summe={t}  positionen={n}  kanal=[[web|app|marktplatz]]  aktion={pc}\nbestellung.bezahlt   id={o}  psp_ref={ref}\n"
        "bestellung.gepackt   id={o}  platz={bin}",
        o=c.order(), t=c.price(), n=str(c.n(1, 4)), pc=c.pick(["keine", "FRUEHLING15", "WILLKOMMEN10"]), ref=f"pi_{c.digits(14)}", bin=f"{c.pick('ABC')}-{c.n(1, 40)}")


def ev_4(c):
    return c.fill(
        "retoure:\n  rma: RMA-{r}\n  bestellung: {o}\n  positionen:\n    - artikel: {sku}\n      zustand: [[neuwertig|getragen|beschaedigt]]\n  label: [[dhl|dpd|post_at|post_ch]]\n  gescannt: \"{d} {t}\"",
        r=c.digits(6), o=c.order(), sku=c.sku(), d=c.date(), t=c.clock())


# ---------------------------------------------------------------- release_notes (Layout)


def rel_1(c):
    return c.fill(
        "## Shop {v}\n- Kasse: Packstation-Adressen werden erkannt\n- Größenberater: neue Daten für den Steinlauf\n- Behoben: falscher CHF-Preis bei {sku}\n- Build {b}, veröffentlicht am {d}",
        v=c.pick(["v4.12.0", "v4.13.1", "5.0.2"]), sku=c.sku(), b=c.digits(5), d=c.date())


def rel_2(c):
    return c.fill(
        "App {v} (Build {b})\n• Im Laden eine EAN scannen und Bestand sehen, z. B. {g}\n• Bestellhistorie lädt schneller\n• [[Dunkelmodus|Größere Schaltflächen]] im Retourenbereich",
        v=val.version(c.rng), b=c.digits(5), g=c.gtin())


def rel_3(c):
    return c.fill(
        "{d} {t} deploy feed-exporter {v} -> produktion OK\n{d} {t2} Feedzeilen: {n} exportiert, {e} Fehler (GTIN fehlt)\n{d} {t3} nächster Lauf in 6 h",
        d=f"{c.n(1, 28):02d}.{c.n(1, 12):02d}.2025", t=f"{c.n(1, 5):02d}:{c.n(10, 29)}", t2=f"{c.n(6, 9):02d}:{c.n(30, 59)}", t3=f"{c.n(10, 23)}:0{c.n(0, 9)}",
        v=val.version(c.rng), n=str(c.n(400, 2400)), e=str(c.n(0, 12)))


def rel_4(c):
    return c.fill(
        "ÄNDERUNGEN\n{v1} – Sendungsnummern in Vierergruppen\n{v2} – Rechnungsnummern beginnen jetzt mit RE-{y}\n{v3} – alte Kundennummern wie {kn} entfernt",
        v1=val.version(c.rng), v2=val.version(c.rng), v3=val.version(c.rng), y=str(c.n(2024, 2026)), kn=c.custno())


# ---------------------------------------------------------------- campaign_calendar (Layout)


def cal_1(c):
    rows = []
    for _ in range(c.n(3, 5)):
        rows.append(f"| {c.date()} | {c.pick(['Newsletter', 'Paid Social', 'Feed-Aktion', 'Blog'])} | {c.product()} | {c.pick(['-10 %', '-15 %', 'ohne Rabatt', 'Bundle'])} |")
    return c.lines("| Datum | Kanal | Produkt | Angebot |", "|---|---|---|---|", *rows)


def cal_2(c):
    return c.fill(
        "BEGIN:VEVENT\nSUMMARY:[[Winterschlussverkauf|Start Kaltkar Alpenglühen|Black-Friday-Sperre]] geht live\nDTSTART:{dt}T0{h}0000\nDESCRIPTION:Feedpreise werden um {t} aktualisiert\nEND:VEVENT",
        dt=f"2025{c.n(1, 12):02d}{c.n(1, 28):02d}", h=str(c.n(6, 9)), t=c.clock())


def cal_3(c):
    return c.fill(
        "KW;Thema;Hero;Budget\n{w1};[[Regen|Schichten|Reparatur]];{p1};{b1}\n{w2};[[Gipfel|Socken|Kinder]];{p2};{b2}\n{w3};[[Winter|Geschenke|Pflege]];{p3};{b3}",
        w1=str(c.n(1, 17)), w2=str(c.n(18, 35)), w3=str(c.n(36, 52)), p1=c.product(), p2=c.product(), p3=c.product(),
        b1=f"{c.n(1, 9)}.000 €", b2=f"{c.n(1, 9)}.500 €", b3=f"{c.n(1, 9)}.000 €")


def cal_4(c):
    return c.fill(
        "Plan Q{q}\n- {d1}: Teaser (organisch)\n- {d2}, {t}: Launch-Mail, Betreff „Wird es regnen? Egal.“\n- {d3}: Erinnerung, {pct} % auf Zubehör\n- [[Im Winter keine Rabatte auf Daunen.|Sommer-Sale erst ab KW 28.]]",
        q=str(c.n(1, 4)), d1=c.date(), d2=c.date(), t=c.clock(), d3=c.date(), pct=str(c.n(10, 20)))


CLEAN = {
    "product_copy": ("prose", [prod_1, prod_2, prod_3, prod_4, prod_5]),
    "faq": ("prose", [faq_1, faq_2, faq_3, faq_4, faq_5]),
    "store_info": ("prose", [store_1, store_2, store_3, store_4]),
    "shipping_policy": ("prose", [ship_1, ship_2, ship_3, ship_4]),
    "newsletter": ("prose", [news_1, news_2, news_3, news_4]),
    "support_macro": ("prose", [macro_1, macro_2, macro_3, macro_4]),
    "stock_report": ("layout", [stock_1, stock_2, stock_3, stock_4]),
    "order_event": ("layout", [ev_1, ev_2, ev_3, ev_4]),
    "release_notes": ("layout", [rel_1, rel_2, rel_3, rel_4]),
    "campaign_calendar": ("layout", [cal_1, cal_2, cal_3, cal_4]),
}
