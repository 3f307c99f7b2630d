"""The 12 machine-layout genres of the held-out half of the twenty-eighth PII bank,
shared by both languages. Field names and short phrases follow the text's language."""

import pii28_held_core as C
from pii28_held_core import Span


def S(ctx, key, attr):
    return ctx.slot("%s.%s" % (key, attr))


def V(ctx, name):
    return ctx.slot(name)


def _nrows(ctx, a, b):
    return ctx.rint(a, b)


def _q(x):
    return ['"', x, '"']


# ------------------------------------------------------------------ lead_csv

def lead_csv_two_cells(ctx):
    L = ctx.L
    sep = ctx.ch([",", ";"])
    head = sep.join([L("last_name", "nachname"), L("first_name", "vorname"), "email",
                     L("phone", "telefon"), L("city", "ort"), L("source", "quelle")])
    out = [head + "\n"]
    for i in range(_nrows(ctx, 2, 9)):
        k = "p%d" % (i + 1)
        out += [S(ctx, k, "last"), sep, S(ctx, k, "first"), sep, S(ctx, k, "email"), sep,
                S(ctx, k, "phone") if ctx.p(0.8) else "", sep, S(ctx, k, "town"), sep,
                ctx.ch(["messe", "newsletter", "store", "web", "event"]) + "\n"]
    return out


def lead_csv_lastfirst(ctx):
    L = ctx.L
    out = [L("\"Name\",\"Email\",\"Interest\",\"Date\"\n", "\"Name\",\"E-Mail\",\"Interesse\",\"Datum\"\n")]
    for i in range(_nrows(ctx, 2, 6)):
        k = "p%d" % (i + 1)
        nm = S(ctx, k, "LF") if ctx.p(0.4) else S(ctx, k, "lf")
        out += _q(nm) + [","] + _q(S(ctx, k, "email")) + [","] + _q(ctx.ch(
            [L("hiking", "Wandern"), L("climbing", "Klettern"), L("trail running", "Trailrunning"),
             L("ski touring", "Skitouren")])) + [",", V(ctx, "=iso"), "\n"]
    return out


def lead_csv_salutation(ctx):
    L = ctx.L
    out = [L("Salutation;First name;Last name;Street;Postcode;Town;Email\n",
             "Anrede;Vorname;Nachname;Straße;PLZ;Ort;E-Mail\n")]
    for i in range(_nrows(ctx, 2, 5)):
        k = "p%d" % (i + 1)
        p = ctx.person(k)
        sal = (L("Mr", "Herr") if p.gender == "m" else L("Ms", "Frau"))
        out += [sal, ";", S(ctx, k, "first"), ";", S(ctx, k, "last"), ";", S(ctx, k, "street"), ";",
                S(ctx, k, "zip"), ";", S(ctx, k, "town"), ";", S(ctx, k, "email"), "\n"]
    return out


def lead_csv_badge_scan(ctx):
    L = ctx.L
    out = ["scan_id|name|company|email|phone|scanned_at\n"]
    comp = ["Bergschule Allgäu", "Alpine Youth Club", "Hüttenwerk KG", "Fell & Crag Guiding",
            "Trailhead Partners", "Outdoorclub Zürich", "Sektion Innsbruck", "-"]
    for i in range(_nrows(ctx, 2, 6)):
        k = "p%d" % (i + 1)
        out += [V(ctx, "=badge"), "|", S(ctx, k, "full") if ctx.p(0.7) else S(ctx, k, "caps"), "|",
                ctx.ch(comp), "|", S(ctx, k, "bemail") if ctx.p(0.5) else S(ctx, k, "email"), "|",
                S(ctx, k, "phone"), "|", V(ctx, "=ts"), "\n"]
    return out


def lead_csv_signup_tsv(ctx):
    L = ctx.L
    out = [L("given\tsurname\temail\tsigned_up\tip\n", "vorname\tnachname\temail\tangemeldet\tip\n")]
    for i in range(_nrows(ctx, 2, 6)):
        k = "p%d" % (i + 1)
        out += [S(ctx, k, "first"), "\t", S(ctx, k, "last"), "\t", S(ctx, k, "email"), "\t",
                V(ctx, "=iso"), "\t", V(ctx, "=ip"), "\n"]
    return out


# ------------------------------------------------------------------ json_record

def json_customer(ctx):
    L = ctx.L
    out = ['{\n  "customer_id": "C', V(ctx, "=badge"), '",\n  "name": "', S(ctx, "p1", "full"),
           '",\n  "email": "', S(ctx, "p1", "email"), '",\n']
    if ctx.p(0.7):
        out += ['  "phone": "', S(ctx, "p1", "phone"), '",\n']
    out += ['  "address": {\n    "street": "', S(ctx, "p1", "street"), '",\n    "postcode": "',
            S(ctx, "p1", "zip"), '",\n    "city": "', S(ctx, "p1", "town"), '",\n    "country": "',
            ctx.person("p1").country, '"\n  },\n  "newsletter": ', ctx.ch(["true", "false"]),
            ',\n  "created": "', V(ctx, "ts"), '"\n}']
    return out


def json_checkout(ctx):
    out = ['{"event":"checkout.completed","order":"', V(ctx, "order"), '","ts":"', V(ctx, "ts"),
           '",\n "client_ip":"', V(ctx, "ip"), '","email":"', S(ctx, "p1", "email"), '",\n',
           ' "billing":{"first_name":"', S(ctx, "p1", "first"), '","last_name":"', S(ctx, "p1", "last"),
           '","street":"', S(ctx, "p1", "street"), '","zip":"', S(ctx, "p1", "zip"), '"},\n']
    if ctx.p(0.5):
        out += [' "payment":{"method":"card","pan":"', S(ctx, "p1", "card"), '","cvc":"***"},\n']
    else:
        out += [' "payment":{"method":"card","last4":"', str(ctx.rint(1000, 9999)), '"},\n']
    out += [' "total":"', V(ctx, "amount"), '"}']
    return out


def yaml_shipment(ctx):
    L = ctx.L
    return ["shipment:\n  id: ", V(ctx, "parcel"), "\n  order: ", V(ctx, "order"),
            "\n  recipient:\n    name: ", S(ctx, "p1", "full"), "\n    street: ", S(ctx, "p1", "street"),
            "\n    postcode: \"", S(ctx, "p1", "zip"), "\"\n    town: ", S(ctx, "p1", "town"),
            "\n    phone: \"", S(ctx, "p1", "phone"), "\"\n  ",
            ctx.ch(["neighbour", "drop_note"]), ": ",
            ctx.ch([[S(ctx, "p2", "full")], [L("leave at the back door", "bitte in die Garage")]]),
            "\n  weight_kg: ", str(ctx.rint(1, 9)), ".", str(ctx.rint(0, 9))]


def xml_customer(ctx):
    out = ["<customer id=\"", V(ctx, "=badge"), "\">\n  <surname>", S(ctx, "p1", "last"),
           "</surname>\n  <given>", S(ctx, "p1", "first"), "</given>\n  <email>", S(ctx, "p1", "email"),
           "</email>\n  <street>", S(ctx, "p1", "street"), "</street>\n  <zip>", S(ctx, "p1", "zip"),
           "</zip>\n  <city>", S(ctx, "p1", "town"), "</city>\n"]
    if ctx.p(0.5):
        out += ["  <iban>", S(ctx, "p1", "iban"), "</iban>\n"]
    out += ["</customer>"]
    return out


def json_payout(ctx):
    L = ctx.L
    out = ['{\n  "payee": {"first_name": "', S(ctx, "p1", "first"), '", "last_name": "', S(ctx, "p1", "last"), '"},\n',
           '  "iban": "', S(ctx, "p1", "iban"), '",\n']
    if ctx.p(0.6):
        out += ['  "tax_id": "', S(ctx, "p1", "taxid"), '",\n']
    out += ['  "purpose": "', ctx.ch([L("referral bonus", "Empfehlungsprämie"), L("overtime", "Überstunden"),
                                      L("deposit refund", "Rückzahlung Anzahlung")]), '",\n',
            '  "amount": "', V(ctx, "amount"), '",\n  "approved_by": "', S(ctx, "s1", "wemail"), '"\n}']
    return out


def jsonl_events(ctx):
    out = []
    evs = ["login", "password_reset", "address_changed", "order_placed", "newsletter_optin"]
    for i in range(_nrows(ctx, 2, 5)):
        k = "p%d" % (ctx.rint(1, 2))
        e = ctx.ch(evs)
        out += ['{"ts":"', V(ctx, "=tiso"), '","event":"', e, '","user":"', S(ctx, k, "email"),
                '","ip":"', V(ctx, "=ip"), '"']
        if e == "address_changed":
            out += [',"street":"', S(ctx, k, "street"), '"']
        if e == "order_placed":
            out += [',"name":"', S(ctx, k, "full"), '"']
        out += ["}\n"]
    return out


# ------------------------------------------------------------------ mail_header

def mail_raw(ctx):
    L = ctx.L
    return ["Return-Path: <", S(ctx, "p1", "email"), ">\n",
            "Received: from [", V(ctx, "ip"), "] by mx2.talgrat.de with ESMTPSA; ", V(ctx, "iso"), "\n",
            "From: \"", S(ctx, "p1", "full"), "\" <", S(ctx, "p1", "email"), ">\n",
            "To: ", V(ctx, "shopmail"), "\n",
            "Subject: ", ctx.ch([L("Return ", "Retoure "), L("Question about ", "Frage zu "),
                                 L("Invoice ", "Rechnung ")]), V(ctx, "order"), "\n",
            "X-Originating-IP: [", V(ctx, "ip2"), "]"]


def mail_forward(ctx):
    L = ctx.L
    if ctx.lang == "de":
        return ["---------- Weitergeleitete Nachricht ---------\n",
                "Von: ", S(ctx, "p1", "full"), " <", S(ctx, "p1", "email"), ">\n",
                "Gesendet: ", V(ctx, "date"), " ", V(ctx, "time"), "\n",
                "An: ", S(ctx, "s1", "full"), " <", S(ctx, "s1", "wemail"), ">\n",
                "Betreff: ", ctx.ch(["Reklamation ", "Rückruf ", "Sonderbestellung "]), V(ctx, "order"), "\n\n",
                ctx.ch(["Bitte kümmere dich darum, danke! ", "Kannst du da zurückrufen? "]),
                ctx.ch([[], ["Die Kundin hat ihre Kartennummer mitgeschickt (", S(ctx, "p1", "card"), "), bitte löschen. "]]),
                S(ctx, "s2", "first")]
    return ["---------- Forwarded message ---------\n",
            "From: ", S(ctx, "p1", "full"), " <", S(ctx, "p1", "email"), ">\n",
            "Date: ", V(ctx, "date"), " at ", V(ctx, "time"), "\n",
            "To: ", S(ctx, "s1", "full"), " <", S(ctx, "s1", "wemail"), ">\n",
            "Subject: ", ctx.ch(["Complaint ", "Call back ", "Special order "]), V(ctx, "order"), "\n\n",
            ctx.ch(["Can you deal with this one? ", "Could you ring them back? ", "FYI – "]),
            ctx.ch([[], ["The customer put the full card number in the mail (", S(ctx, "p1", "card"), "), please delete it. "]]),
            S(ctx, "s2", "first")]


def mail_cc(ctx):
    L = ctx.L
    n = ctx.rint(2, 4)
    out = ["From: ", S(ctx, "s1", "full"), " <", S(ctx, "s1", "wemail"), ">\n", "To: "]
    out += ["\"", S(ctx, "p1", "lf"), "\" <", S(ctx, "p1", "email"), ">\n", "Cc: "]
    for i in range(n):
        k = "s%d" % (i + 2)
        if i:
            out.append(", ")
        out += [S(ctx, k, "full"), " <", S(ctx, k, "wemail"), ">"]
    out += ["\nDate: ", V(ctx, "date"), "\nSubject: ", L("Your climbing wall booking", "Deine Buchung an der Kletterwand")]
    return out


def mail_bounce(ctx):
    L = ctx.L
    return ["From: ", Span("EMAIL", "MAILER-DAEMON@mx1.talgrat.com"), "\n",
            "Subject: Undelivered Mail Returned to Sender\n\n",
            "Final-Recipient: rfc822; ", S(ctx, "p1", "email"), "\n",
            "Action: failed\nStatus: 5.1.1\n",
            "Diagnostic-Code: smtp; 550 5.1.1 <", S(ctx, "p1", "email"), ">: ",
            ctx.ch(["Recipient address rejected: User unknown", "mailbox unavailable"]), "\n",
            L("Original-Subject: Your special order is ready, ", "Original-Subject: Deine Sonderbestellung ist da, "),
            S(ctx, "p1", "first")]


# ------------------------------------------------------------------ html_form

def html_contact(ctx):
    L = ctx.L
    return ["<form action=\"/", L("contact", "kontakt"), "\" method=\"post\">\n",
            "  <input name=\"name\" value=\"", S(ctx, "p1", "full"), "\">\n",
            "  <input name=\"email\" type=\"email\" value=\"", S(ctx, "p1", "email"), "\">\n",
            "  <input name=\"phone\" value=\"", S(ctx, "p1", "phone"), "\">\n",
            "  <textarea name=\"message\">", ctx.ch([L("Is the ", "Ist die "), L("When is the ", "Wann ist die ")]),
            V(ctx, "jacket"), ctx.ch([L(" back in stock?", " wieder lieferbar?"), L(" available in ", " lieferbar in ") + V(ctx, "size") + "?"]),
            "</textarea>\n</form>"]


def html_address(ctx):
    L = ctx.L
    return ["<fieldset><legend>", L("Delivery address", "Lieferadresse"), "</legend>\n",
            "<label>", L("First name", "Vorname"), "</label><input name=\"first\" value=\"", S(ctx, "p1", "first"), "\">\n",
            "<label>", L("Last name", "Nachname"), "</label><input name=\"last\" value=\"", S(ctx, "p1", "last"), "\">\n",
            "<label>", L("Street", "Straße"), "</label><input name=\"street\" value=\"", S(ctx, "p1", "street"), "\">\n",
            "<label>", L("Postcode", "PLZ"), "</label><input name=\"zip\" value=\"", S(ctx, "p1", "zip"), "\">\n",
            "<label>", L("Town", "Ort"), "</label><input name=\"city\" value=\"", S(ctx, "p1", "town"), "\">\n",
            "<input type=\"hidden\" name=\"client_ip\" value=\"", V(ctx, "ip"), "\">\n</fieldset>"]


def html_table(ctx):
    L = ctx.L
    out = ["<table>\n<tr><th>", L("Name", "Name"), "</th><th>", L("E-mail", "E-Mail"), "</th><th>",
           L("Phone", "Telefon"), "</th><th>", L("Slot", "Termin"), "</th></tr>\n"]
    for i in range(_nrows(ctx, 2, 8)):
        k = "p%d" % (i + 1)
        out += ["<tr><td>", S(ctx, k, "field"), "</td><td>", S(ctx, k, "email"), "</td><td>",
                S(ctx, k, "phone"), "</td><td>", V(ctx, "=time"), "</td></tr>\n"]
    out.append("</table>")
    return out


def html_refund(ctx):
    L = ctx.L
    out = ["<h2>", L("Refund to bank account", "Erstattung auf ein Bankkonto"), "</h2>\n<dl>\n",
           "  <dt>", L("Order", "Bestellung"), "</dt><dd>", V(ctx, "order"), "</dd>\n",
           "  <dt>", L("Account holder", "Kontoinhaber/in"), "</dt><dd>", S(ctx, "p1", "field"), "</dd>\n",
           "  <dt>IBAN</dt><dd>", S(ctx, "p1", "iban"), "</dd>\n"]
    if ctx.p(0.5):
        out += ["  <dt>", L("Phone for questions", "Telefon für Rückfragen"), "</dt><dd>", S(ctx, "p1", "phone"), "</dd>\n"]
    out += ["</dl>"]
    return out


def html_payment(ctx):
    L = ctx.L
    return ["<div class=\"payment\">\n",
            "  <p>", L("Card holder", "Karteninhaber/in"), ": <strong>", S(ctx, "p1", "caps"), "</strong></p>\n",
            "  <p>", L("Card number", "Kartennummer"), ": ", S(ctx, "p1", "card"), "</p>\n",
            "  <p>", L("Expiry", "Gültig bis"), ": ", str(ctx.rint(1, 12)).zfill(2), "/", str(ctx.rint(26, 31)), "</p>\n",
            "  <p>", L("Billing e-mail", "Rechnungs-E-Mail"), ": <a href=\"mailto:", S(ctx, "p1", "email"), "\">",
            L("send receipt", "Beleg senden"), "</a></p>\n</div>"]


# ------------------------------------------------------------------ vcard_ical

def vcard3(ctx):
    p = ctx.person("p1")
    return ["BEGIN:VCARD\nVERSION:3.0\nN:", S(ctx, "p1", "last"), ";", S(ctx, "p1", "first"), ";;;\n",
            "FN:", S(ctx, "p1", "full"), "\n",
            "ADR;TYPE=home:;;", S(ctx, "p1", "street"), ";", S(ctx, "p1", "town"), ";;", S(ctx, "p1", "zip"),
            ";", S(ctx, "p1", "ctry"), "\n",
            "TEL;TYPE=cell:", S(ctx, "p1", "mobile"), "\n",
            "EMAIL:", S(ctx, "p1", "email"), "\nEND:VCARD"]


def vcard4(ctx):
    return ["BEGIN:VCARD\nVERSION:4.0\nFN:", S(ctx, "p1", "full"), "\n",
            "N:", S(ctx, "p1", "last"), ";", S(ctx, "p1", "first"), ";;;\n",
            "ORG:", ctx.ch(["Talgrat Outdoor", "Bergschule Allgäu", "Fell & Crag Guiding"]), "\n",
            "TEL;TYPE=work,voice;VALUE=uri:tel:", S(ctx, "p1", "intl"), "\n",
            "EMAIL;TYPE=work:", S(ctx, "p1", "bemail"), "\nEND:VCARD"]


def vcard21(ctx):
    return ["BEGIN:VCARD\nVERSION:2.1\nN:", S(ctx, "p1", "last"), ";", S(ctx, "p1", "first"), "\n",
            "TEL;HOME:", S(ctx, "p1", "land"), "\nTEL;CELL:", S(ctx, "p1", "mobile"), "\n",
            "NOTE:", ctx.L("Special order ", "Sonderbestellung "), V(ctx, "order"), "\nEND:VCARD"]


def ical_event(ctx):
    L = ctx.L
    return ["BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:",
            ctx.ch([L("Climbing wall – birthday", "Kletterwand – Kindergeburtstag"),
                    L("Interview – Sales Assistant", "Vorstellungsgespräch Verkauf"),
                    L("Boot fitting", "Schuhberatung")]),
            "\nDTSTART:", V(ctx, "iso").replace("-", ""), "T", str(ctx.rint(9, 17)).zfill(2), "0000\n",
            "ORGANIZER;CN=", S(ctx, "s1", "full"), ":mailto:", S(ctx, "s1", "wemail"), "\n",
            "ATTENDEE;CN=", S(ctx, "p1", "full"), ":mailto:", S(ctx, "p1", "email"), "\n",
            "LOCATION:Talgrat ", V(ctx, "store"), "\nEND:VEVENT\nEND:VCALENDAR"]


# ------------------------------------------------------------------ ocr_form

def _noise(ctx, word):
    subs = [("O", "0"), ("l", "1"), ("e", "c"), ("rn", "m"), ("S", "5"), ("i", "l")]
    out = word
    for a, b in subs:
        if a in out and ctx.p(0.25):
            out = out.replace(a, b, 1)
    return out


def ocr_return(ctx):
    L = ctx.L
    n = lambda w: _noise(ctx, w)
    return [n(L("RETURNS FORM", "RÜCKSENDESCHEIN")), "\n",
            n(L("Order no.", "Bestellnr.")), ": ", V(ctx, "order"), "\n",
            n(L("Name", "Name")), ": ", S(ctx, "p1", "field"), "\n",
            n(L("Address", "Anschrift")), ": ", S(ctx, "p1", "addr"), "\n",
            n(L("Phone", "Telefon")), ": ", S(ctx, "p1", "phone"), "\n",
            n(L("Reason", "Grund")), ": ", ctx.ch([L("too small", "zu klein"), L("faulty zip", "Reißverschluss defekt"),
                                                  L("wrong colour", "falsche Farbe")])]


def ocr_sepa(ctx):
    L = ctx.L
    n = lambda w: _noise(ctx, w)
    return [n(L("SEPA Direct Debit Mandate", "SEPA-Lastschriftmandat")), "\n",
            n(L("Account holder", "Kontoinhaber")), ": ", S(ctx, "p1", "field"), "\n",
            n(L("Street", "Straße")), ": ", S(ctx, "p1", "street"), "\n",
            n(L("Postcode / Town", "PLZ / Ort")), ": ", S(ctx, "p1", "zip"), " ", S(ctx, "p1", "town"), "\n",
            "IBAN: ", S(ctx, "p1", "iban"), "\n",
            n(L("Date, signature", "Datum, Unterschrift")), ": ", V(ctx, "dnum"), " ", S(ctx, "p1", "ini")]


def ocr_warranty(ctx):
    L = ctx.L
    n = lambda w: _noise(ctx, w)
    return [n(L("WARRANTY CARD", "GARANTIEKARTE")), " – ", V(ctx, "product"), "\n",
            n(L("Purchased", "Kaufdatum")), ": ", V(ctx, "dnum"), "   ", n(L("Store", "Filiale")), ": ", V(ctx, "store"), "\n",
            n(L("Owner", "Besitzer")), ": ", S(ctx, "p1", "caps"), "\n",
            n(L("E-mail", "E-Mail")), ": ", S(ctx, "p1", "email"), "\n",
            n(L("Mobile", "Mobil")), ": ", S(ctx, "p1", "mobile")]


def ocr_taxslip(ctx):
    L = ctx.L
    n = lambda w: _noise(ctx, w)
    return [n(L("Wage tax certificate (Lohnsteuerbescheinigung)", "Ausdruck der elektronischen Lohnsteuerbescheinigung")), " ", str(ctx.ch([2024, 2025])), "\n",
            n(L("Employee", "Arbeitnehmer")), ": ", S(ctx, "p1", "LF") if ctx.p(0.5) else S(ctx, "p1", "full"), "\n",
            n(L("Address", "Anschrift")), ": ", S(ctx, "p1", "addr"), "\n",
            n(L("Tax ID", "Identifikationsnummer")), ": ", S(ctx, "p1", "taxid"), "\n",
            n(L("Personnel no.", "Personalnummer")), ": ", V(ctx, "staffno"), "\n",
            n(L("Employer", "Arbeitgeber")), ": Talgrat Outdoor GmbH"]


# ------------------------------------------------------------------ printer_queue_log

def print_cups(ctx):
    L = ctx.L
    out = []
    titles = [L("Return label ", "Retourenlabel "), L("Special order ", "Sonderbestellung "),
              L("Invoice ", "Rechnung "), L("Delivery note ", "Lieferschein ")]
    printer = ctx.ch(["LBL-", "KASSE-", "OFFICE-"]) + ctx.ch(["KEM", "MUC", "IBK", "ZRH", "LDS", "KES"]) + "-0" + str(ctx.rint(1, 4))
    for i in range(_nrows(ctx, 2, 8)):
        k = "p%d" % (i + 1)
        out += ["[", V(ctx, "=tstamp"), "] job ", str(ctx.rint(1000, 9999)), " user=u",
                V(ctx, "=badge")[:5], " (\"", S(ctx, k, "full"), "\") printer=", printer, " host=",
                V(ctx, "=ippriv"), " pages=", str(ctx.rint(1, 4)), " title=\"",
                ctx.ch(titles), V(ctx, "=order"), "\"\n"]
    return out


def print_winevent(ctx):
    L = ctx.L
    return ["Event ID 307 – PrintService\n",
            "Document ", str(ctx.rint(2, 90)), ", ", ctx.ch([L("Customer letter", "Kundenbrief"), L("Refund form", "Erstattungsformular")]),
            " – ", S(ctx, "p1", "full"), ", owned by ", S(ctx, "s1", "full"), " on \\\\WS-",
            ctx.ch(["KEM", "MUC", "LDS", "DUB"]), "-0", str(ctx.rint(1, 9)), " was printed on ",
            ctx.ch(["HP-Office", "Brother-Lager", "Kyocera-1"]), " through port ", V(ctx, "ippriv"),
            ".\nSize in bytes: ", str(ctx.rint(20000, 900000)), ". Pages printed: ", str(ctx.rint(1, 5))]


def print_lpstat(ctx):
    out = ["Rank    Owner                     Job   File(s)                Total Size\n"]
    ranks = ["active", "1st", "2nd", "3rd", "4th"]
    for i in range(_nrows(ctx, 2, 5)):
        k = "s%d" % (i + 1)
        nm = S(ctx, k, "full")
        pad = max(1, 26 - len(nm.value))
        out += [ranks[i].ljust(8), nm, " " * pad, str(ctx.rint(100, 999)).ljust(6),
                ctx.ch(["pick_list.pdf", "labels.zpl", "rota.xlsx", "receipt.txt", "returns.pdf"]).ljust(23),
                str(ctx.rint(2, 900)), " kB\n"]
    return out


def print_cloud_json(ctx):
    L = ctx.L
    return ['{"job":"', V(ctx, "=badge"), '","owner":"', S(ctx, "s1", "full"), '","owner_email":"',
            S(ctx, "s1", "wemail"), '",\n "client_ip":"', V(ctx, "ippriv"), '","title":"',
            ctx.ch([L("Address label for ", "Adressetikett für "), L("Collection slip for ", "Abholschein für ")]),
            S(ctx, "p1", "full"), '",\n "copies":', str(ctx.rint(1, 3)), ',"status":"',
            ctx.ch(["done", "queued", "error"]), '"}']


# ------------------------------------------------------------------ door_access_log

def door_csv(ctx):
    L = ctx.L
    out = [L("time;door;badge;holder;result;controller\n", "zeit;tür;ausweis;inhaber;ergebnis;controller\n")]
    doors = [L("staff entrance", "Personaleingang"), L("stockroom", "Lager"), L("cash office", "Kassenbüro"),
             L("roof access", "Dachzugang")]
    ctrl = V(ctx, "ippriv")
    for i in range(_nrows(ctx, 2, 9)):
        k = "s%d" % (ctx.rint(1, 3))
        res = ctx.ch([L("granted", "erlaubt")] * 3 + [L("denied", "abgelehnt")])
        out += [V(ctx, "=tiso"), ";", ctx.ch(doors), ";", V(ctx, "=badge"), ";", S(ctx, k, "lf"), ";", res, ";", ctrl, "\n"]
    return out


def door_syslog(ctx):
    out = []
    for i in range(_nrows(ctx, 2, 5)):
        k = "s%d" % (ctx.rint(1, 3))
        out += [V(ctx, "=tstamp"), " door-ctrl-0", str(ctx.rint(1, 4)), " [", V(ctx, "ipfour"),
                "] ACCESS ", ctx.ch(["GRANTED", "GRANTED", "DENIED"]), " badge=", V(ctx, "=badge"),
                " holder=\"", S(ctx, k, "LF") if ctx.p(0.5) else S(ctx, k, "lf"), "\" door=",
                ctx.ch(["LAGER", "PERSONAL", "KASSE", "RAMPE"]), "\n"]
    return out


def door_visitors(ctx):
    L = ctx.L
    out = [L("Visitor badges – ", "Besucherausweise – "), V(ctx, "date"), "\n"]
    for i in range(_nrows(ctx, 2, 4)):
        k = "p%d" % (i + 1)
        out += [L("Badge V", "Ausweis V"), str(ctx.rint(10, 99)), ": ", S(ctx, k, "full"), " (",
                ctx.ch([L("fire safety inspector", "Brandschutzprüfer"), L("window cleaner", "Fensterreinigung"),
                        L("supplier rep", "Lieferantenbesuch"), L("IT contractor", "IT-Dienstleister")]),
                "), ", L("mobile ", "Handy "), S(ctx, k, "mobile"), L(", host ", ", Gastgeber "),
                S(ctx, "s%d" % (i + 1), "ini"), "\n"]
    return out


def door_alarm(ctx):
    L = ctx.L
    return [L("ALARM REPORT ", "ALARMBERICHT "), V(ctx, "date"), " ", V(ctx, "time"), "\n",
            L("Door forced open: ", "Tür aufgebrochen/offen gehalten: "), ctx.ch([L("rear fire exit", "Notausgang hinten"), L("stockroom", "Lager")]), "\n",
            L("Last valid badge before the alarm: ", "Letzter gültiger Ausweis vor dem Alarm: "), S(ctx, "s1", "full"), " (", V(ctx, "badge"), ")\n",
            L("Key holder called: ", "Schlüsselträger angerufen: "), S(ctx, "s2", "full"), ", ", S(ctx, "s2", "mobile"), "\n",
            L("Controller: ", "Controller: "), V(ctx, "ippriv")]


# ------------------------------------------------------------------ pos_journal

def pos_receipt(ctx):
    L = ctx.L
    out = ["TALGRAT ", V(ctx, "store").upper(), L("  till ", "  Kasse "), str(ctx.rint(1, 6)), "\n",
           V(ctx, "dnum"), " ", V(ctx, "hms"), L("  receipt ", "  Bon "), str(ctx.rint(10000, 99999)), "\n"]
    for i in range(ctx.rint(1, 3)):
        j = ctx.rint(0, len(C.SKUS) - 1)
        out += [C.SKUS[j], "  ", C.PRICES[ctx.lang][j], "\n"]
    out += [L("Customer: ", "Kunde: "), S(ctx, "p1", "LF") if ctx.p(0.5) else S(ctx, "p1", "caps"), "\n",
            L("Member no. ", "Mitgliedsnr. "), V(ctx, "badge"), "\n"]
    if ctx.p(0.5):
        out += ["CARD ", S(ctx, "p1", "card"), "  AUTH ", str(ctx.rint(100000, 999999)), "\n"]
    else:
        out += ["CARD ************", str(ctx.rint(1000, 9999)), "\n"]
    out += [L("Cashier: ", "Kassierer/in: "), S(ctx, "s1", "first")]
    return out


def pos_refund(ctx):
    L = ctx.L
    return [L("REFUND ", "ERSTATTUNG "), V(ctx, "order"), "  ", V(ctx, "iso"), " ", V(ctx, "hms"), "\n",
            L("Amount: ", "Betrag: "), V(ctx, "amount"), "\n",
            L("Customer: ", "Kunde: "), S(ctx, "p1", "full"), "\n",
            L("Address (refunds over limit): ", "Anschrift (Erstattung über Limit): "), S(ctx, "p1", "addr"), "\n",
            L("Refund to: ", "Erstattung an: "), ctx.ch([[S(ctx, "p1", "iban")], [S(ctx, "p1", "card")]]), "\n",
            L("Approved: ", "Freigabe: "), S(ctx, "s1", "ini")]


def pos_void_log(ctx):
    L = ctx.L
    out = [L("VOID / NO-SALE LOG – till ", "STORNO / NULLBON – Kasse "), str(ctx.rint(1, 6)), "\n"]
    for i in range(_nrows(ctx, 2, 5)):
        k = "s%d" % (ctx.rint(1, 2))
        out += [V(ctx, "=ticks"), "  ", ctx.ch(["VOID", "NOSALE", "PRICE OVR", "LINE VOID"]), "  ",
                V(ctx, "=amount"), L("  cashier ", "  Kassierer "), S(ctx, k, "lowfirst") if ctx.p(0.3) else S(ctx, k, "first"),
                L("  sup ", "  Aufsicht "), S(ctx, "s3", "ini"), "\n"]
    return out


def pos_invoice_request(ctx):
    L = ctx.L
    return [L("Invoice requested at till ", "Rechnung an der Kasse angefordert, Kasse "), str(ctx.rint(1, 6)), ", ", V(ctx, "dnum"), "\n",
            L("Invoice to: ", "Rechnung auf: "), S(ctx, "p1", "full"), "\n",
            S(ctx, "p1", "addr2"), "\n",
            L("VAT no. on request. Sent to ", "USt-ID auf Wunsch. Versand an "), S(ctx, "p1", "email")]


# ------------------------------------------------------------------ route_manifest

def route_table(ctx):
    L = ctx.L
    out = [L("ROUTE ", "TOUR "), str(ctx.rint(10, 99)), " – ", V(ctx, "date"), L(" – driver ", " – Fahrer/in "), S(ctx, "s1", "first"), "\n",
           L("stop | name | address | phone | parcels\n", "Stopp | Name | Adresse | Telefon | Pakete\n")]
    for i in range(_nrows(ctx, 2, 8)):
        k = "p%d" % (i + 1)
        out += [str(i + 1), " | ", S(ctx, k, "field"), " | ", S(ctx, k, "addr"), " | ", S(ctx, k, "phone"),
                " | ", str(ctx.rint(1, 3)), "\n"]
    return out


def route_markdown(ctx):
    L = ctx.L
    out = [L("| # | Recipient | Street | Postcode | Note |\n", "| # | Empfänger | Straße | PLZ | Hinweis |\n"),
           "|---|---|---|---|---|\n"]
    notes = [L("ring twice", "zweimal klingeln"), L("leave with neighbour", "beim Nachbarn abgeben"), "-",
             L("dog", "Hund"), L("call first", "vorher anrufen")]
    for i in range(_nrows(ctx, 2, 6)):
        k = "p%d" % (i + 1)
        out += ["| ", str(i + 1), " | ", S(ctx, k, "full"), " | ", S(ctx, k, "street"), " | ", S(ctx, k, "zip"),
                " | ", ctx.ch(notes), " |\n"]
    return out


def route_json(ctx):
    out = ['{"route":"R', str(ctx.rint(100, 999)), '","driver":"', S(ctx, "s1", "full"), '","stops":[\n']
    n = _nrows(ctx, 2, 4)
    for i in range(n):
        k = "p%d" % (i + 1)
        out += [' {"seq":', str(i + 1), ',"name":"', S(ctx, k, "full"), '","street":"', S(ctx, k, "street"),
                '","city":"', S(ctx, k, "town"), '","tel":"', S(ctx, k, "phone"), '"}', "," if i < n - 1 else "", "\n"]
    out.append("]}")
    return out


def route_pod(ctx):
    L = ctx.L
    out = [L("Proof of delivery – ", "Zustellnachweis – "), V(ctx, "date"), "\n"]
    for i in range(_nrows(ctx, 2, 4)):
        k = "p%d" % (i + 1)
        out += [V(ctx, "=parcel"), " → ", S(ctx, k, "addr"), L(" – signed: ", " – unterschrieben: "),
                S(ctx, k, "ini") if ctx.p(0.6) else S(ctx, k, "caps"), "\n"]
    return out


# ------------------------------------------------------------------ sms_gateway_log

def sms_inbound(ctx):
    out = []
    texts = ctx.L(["STOP", "Stop", "stop please", "UNSUBSCRIBE", "YES", "yes", "1", "STOP ALL"],
                  ["STOPP", "Stop", "STOP", "Abmelden", "Ja", "JA", "1", "bitte keine SMS mehr"])
    for i in range(_nrows(ctx, 2, 9)):
        k = "p%d" % (i + 1)
        out += [V(ctx, "=tstamp"), " IN from=", S(ctx, k, "intl"), " text=\"",
                ctx.ch(texts), "\" campaign=", ctx.ch(["spring_sale", "club_news", "pickup_ready", "survey"]), "\n"]
    return out


def sms_dlr_csv(ctx):
    L = ctx.L
    out = ["msisdn;status;campaign;contact\n"]
    for i in range(_nrows(ctx, 2, 6)):
        k = "p%d" % (i + 1)
        out += [S(ctx, k, "intl"), ";", ctx.ch(["DELIVERED", "DELIVERED", "FAILED", "EXPIRED"]), ";",
                ctx.ch(["pickup_ready", "special_order", "wall_booking"]), ";", S(ctx, k, "full"), "\n"]
    return out


def sms_webhook(ctx):
    L = ctx.L
    return ['{"type":"inbound_sms","from":"', S(ctx, "p1", "intl"), '","to":"Talgrat",\n',
            ' "body":"', ctx.ch([L("Hi it's ", "Hallo, hier ist "), L("This is ", "Hier spricht ")]), S(ctx, "p1", "first"),
            ctx.ch([L(", can I collect tomorrow?", ", kann ich morgen abholen?"),
                    L(", please cancel my booking", ", bitte Buchung stornieren")]), '",\n',
            ' "contact":{"name":"', S(ctx, "p1", "full"), '","email":"', S(ctx, "p1", "email"), '"},\n',
            ' "received":"', V(ctx, "ts"), '"}']


def sms_optout_export(ctx):
    L = ctx.L
    out = [L("Opt-outs ", "Abmeldungen "), V(ctx, "date"), "\n"]
    for i in range(_nrows(ctx, 2, 5)):
        k = "p%d" % (i + 1)
        out += ["- ", S(ctx, k, "LF") if ctx.p(0.3) else S(ctx, k, "full"), ": ", S(ctx, k, "mobile"),
                " (", ctx.ch(["SMS", "web", L("store", "Filiale")]), ")\n"]
    return out


# ------------------------------------------------------------------ field_change_audit

def _fresh(ctx, key, attr):
    """A second, uncached value of the same kind for the same person."""
    p = ctx.person(key)
    if attr == "street":
        return Span("STREET_ADDRESS", C.make_address(ctx, p.country, p.ustown)["street"])
    return C.PERSON_SLOTS[attr](ctx, p)


def audit_table(ctx):
    L = ctx.L
    out = [L("timestamp | user | record | field | old | new\n", "Zeitpunkt | Benutzer | Datensatz | Feld | alt | neu\n")]
    rec = "C" + V(ctx, "badge")
    rows = [("email", "email"), ("phone", "phone"), ("street", "street"), ("iban", "iban"), ("mobile", "mobile"),
            ("payment_card", "card")]
    ctx.rng.shuffle(rows)
    for f, attr in rows[:ctx.rint(2, 5)]:
        out += [V(ctx, "=tstamp"), " | ", S(ctx, "s1", "ini"), " | ", rec, " | ", f, " | ",
                ctx.slot("p1.%s" % attr), " | ", _fresh(ctx, "p1", attr), "\n"]
    return out


def audit_json(ctx):
    return ['{"record":"customer/', V(ctx, "badge"), '","changed_by":"', S(ctx, "s1", "wemail"), '",\n',
            ' "from_ip":"', V(ctx, "ip"), '",\n',
            ' "diff":[{"field":"last_name","old":"', S(ctx, "p1", "last"), '","new":"', S(ctx, "p2", "last"), '"},\n',
            '         {"field":"email","old":"', S(ctx, "p1", "email"), '","new":"', _renamed_email(ctx), '"}]}']


def _renamed_email(ctx):
    p1, p2 = ctx.person("p1"), ctx.person("p2")
    f = C.fold_de(p1.first.split(" ")[0].split("-")[0]).lower().replace("'", "")
    l = C.fold_de(p2.last).lower().replace("'", "").replace(" ", "").replace("-", "")
    return Span("EMAIL", ctx.ch([f + "." + l, f + l, f[0] + "." + l]) + "@" + ctx.ch(C.MAIL_DOMAINS[p1.country]))


def audit_text(ctx):
    L = ctx.L
    out = []
    for i in range(_nrows(ctx, 2, 4)):
        k = "p%d" % (i + 1)
        what = ctx.ch(["phone", "email"])
        out += [V(ctx, "=tiso"), " ", S(ctx, "s1", "full"), L(" changed ", " änderte "), what,
                L(" of ", " von "), S(ctx, k, "full"), L(" to ", " auf "), ctx.slot("%s.%s" % (k, what)), "\n"]
    return out


def audit_yaml_diff(ctx):
    out = ["--- customers/", V(ctx, "badge"), ".yaml\n+++ customers/", V(ctx, "badge"), ".yaml\n",
           "@@ -3,4 +3,4 @@\n",
           " name: ", S(ctx, "p1", "full"), "\n",
           "-street: ", _fresh(ctx, "p1", "street"), "\n",
           "+street: ", S(ctx, "p1", "street"), "\n",
           "-phone: \"", _fresh(ctx, "p1", "phone"), "\"\n",
           "+phone: \"", S(ctx, "p1", "phone"), "\"\n"]
    if ctx.p(0.5):
        out += ["-iban: ", _fresh(ctx, "p1", "iban"), "\n+iban: ", S(ctx, "p1", "iban"), "\n"]
    out += [" newsletter: ", ctx.ch(["true", "false"])]
    return out


LAYOUTS = {
    "lead_csv": [lead_csv_two_cells, lead_csv_lastfirst, lead_csv_salutation, lead_csv_badge_scan,
                 lead_csv_signup_tsv],
    "json_record": [json_customer, json_checkout, yaml_shipment, xml_customer, jsonl_events, json_payout],
    "mail_header": [mail_raw, mail_forward, mail_cc, mail_bounce],
    "html_form": [html_contact, html_address, html_table, html_payment, html_refund],
    "vcard_ical": [vcard3, vcard4, vcard21, ical_event],
    "ocr_form": [ocr_return, ocr_sepa, ocr_warranty, ocr_taxslip],
    "printer_queue_log": [print_cups, print_winevent, print_lpstat, print_cloud_json],
    "door_access_log": [door_csv, door_syslog, door_visitors, door_alarm],
    "pos_journal": [pos_receipt, pos_refund, pos_void_log, pos_invoice_request],
    "route_manifest": [route_table, route_markdown, route_json, route_pod],
    "sms_gateway_log": [sms_inbound, sms_dlr_csv, sms_webhook, sms_optout_export],
    "field_change_audit": [audit_table, audit_json, audit_text, audit_yaml_diff],
}
