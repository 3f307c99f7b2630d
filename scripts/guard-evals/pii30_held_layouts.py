"""Machine layouts of the thirtieth PII bank, held-out half: 12 genres for both
languages.  Each layout is a function of the text context that returns a list
of plain strings and labelled values.  Field names and short phrases follow the
text's language; JSON keys, log fields and mail headers stay English."""

import json

from pii30_held_core import (Lab, P, person_attr, make_iban, make_card, make_street, ip_private4,
                             ip6, ip_public4, ip_doc4, money, Address, ascii_local)

ROW_KEYS = ["a", "b", "c", "d", "e", "f", "g", "h"]


def pa(c, key, attr):
    return person_attr(c, c.p(key), attr)


def one(x):
    """A single labelled value (or plain string) from an attribute."""
    if isinstance(x, list):
        labs = [y for y in x if isinstance(y, Lab)]
        assert len(labs) == 1
        return labs[0]
    return x


# --------------------------------------------------------------------------
# serialisers that keep labelled values

def jval(v):
    if isinstance(v, Lab):
        assert '"' not in v.value and "\\" not in v.value and "\n" not in v.value
        return ['"', v, '"']
    if v is True:
        return ["true"]
    if v is False:
        return ["false"]
    if v is None:
        return ["null"]
    if isinstance(v, (int, float)):
        return [str(v)]
    if isinstance(v, str):
        return [json.dumps(v, ensure_ascii=False)]
    if isinstance(v, list):
        out = ["["]
        for i, x in enumerate(v):
            if i:
                out.append(", ")
            out.extend(jval(x))
        out.append("]")
        return out
    if isinstance(v, dict):
        out = ["{"]
        for i, k in enumerate(v):
            if i:
                out.append(", ")
            out.append(json.dumps(k) + ": ")
            out.extend(jval(v[k]))
        out.append("}")
        return out
    raise TypeError(type(v))


def jdump(v, depth, level=0, ind="  "):
    """JSON with the first `depth` levels indented, deeper levels inline."""
    if depth <= level or not isinstance(v, (dict, list)) or not v:
        return jval(v)
    pad, pad2 = ind * level, ind * (level + 1)
    if isinstance(v, dict):
        out = ["{\n"]
        keys = list(v)
        for i, k in enumerate(keys):
            out.append(pad2 + json.dumps(k) + ": ")
            out.extend(jdump(v[k], depth, level + 1, ind))
            out.append(",\n" if i < len(keys) - 1 else "\n")
        out.append(pad + "}")
        return out
    out = ["[\n"]
    for i, x in enumerate(v):
        out.append(pad2)
        out.extend(jdump(x, depth, level + 1, ind))
        out.append(",\n" if i < len(v) - 1 else "\n")
    out.append(pad + "]")
    return out


def lines_of(pieces):
    n = 1
    for x in pieces:
        if isinstance(x, str):
            n += x.count("\n")
        else:
            n += x.value.count("\n")
    return n


def jfit(c, v, maxlines=14, prefer=None):
    """Pick an indentation depth whose rendering fits the line limit."""
    opts = [d for d in (3, 2, 1, 0) if lines_of(jdump(v, d)) <= maxlines]
    if prefer is not None and prefer in opts:
        return jdump(v, prefer)
    d = c.rng.choice(opts[:2]) if len(opts) > 1 else opts[0]
    return jdump(v, d)


def yaml_lines(c, items, level=0):
    """items: list of (key, value); value: str, Lab, list of pairs (mapping)."""
    out = []
    pad = "  " * level
    for k, v in items:
        if isinstance(v, list):
            out.append(pad + k + ":\n")
            out.extend(yaml_lines(c, v, level + 1))
        else:
            out.append(pad + k + ": ")
            if isinstance(v, Lab) and c.rng.random() < 0.3 and "'" not in v.value:
                out.extend(["'", v, "'"])
            else:
                out.append(v)
            out.append("\n")
    return out


def L(c, en, de):
    return de if c.lang == "de" else en


def noise(c, s, p=0.16):
    """OCR noise for the form's own words only."""
    table = {"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "e": "c", "i": "l", "m": "rn", "B": "8", "a": "o"}
    out = []
    for ch in s:
        if ch in table and c.rng.random() < p:
            out.append(table[ch])
        else:
            out.append(ch)
    return "".join(out)


def street_variant(c, lab):
    """A differently written form of the same street (for address checks)."""
    s = lab.value
    r = c.rng.random()
    if "straße" in s:
        t = s.replace("straße", "str." if r < 0.5 else "strasse")
    elif "strasse" in s:
        t = s.replace("strasse", "str.")
    elif " Road" in s:
        t = s.replace(" Road", " Rd")
    elif " Street" in s:
        t = s.replace(" Street", " St")
    elif " Avenue" in s:
        t = s.replace(" Avenue", " Ave")
    else:
        t = s.lower()
    if t == s:
        t = s.upper()
    return Lab("STREET_ADDRESS", t)


def row_people(c, lo=2, hi=5):
    n = c.rng.randint(lo, hi)
    return ROW_KEYS[:n]


def cname(c, p):
    from pii30_held_core import COUNTRY_NAMES
    return COUNTRY_NAMES[c.lang][p.country]


def flag(c):
    return c.rng.choice([L(c, "yes", "ja"), L(c, "no", "nein"), "1", "0", "true", "false"])


# --------------------------------------------------------------------------
# lead_csv

def lead_csv_comma(c):
    keys = row_people(c, 2, 6)
    sep = ","
    head = L(c, "last_name,first_name,email,phone,postcode,city,opt_in",
             "nachname,vorname,email,telefon,plz,ort,einwilligung")
    out = [head + "\n"]
    for k in keys:
        p = c.p(k)
        out += [pa(c, k, "sur"), sep, pa(c, k, "given"), sep, pa(c, k, "email"), sep,
                pa(c, k, "phone"), sep, pa(c, k, "pc"), sep, pa(c, k, "town"), sep, flag(c), "\n"]
    return out


def lead_csv_semicolon(c):
    keys = row_people(c, 2, 5)
    head = L(c, "Salutation;Title;First name;Last name;Street;Postcode;Town;Country",
             "Anrede;Titel;Vorname;Nachname;Straße;PLZ;Ort;Land")
    out = [head + "\n"]
    for k in keys:
        p = c.p(k)
        sal = pa(c, k, "hon") if c.lang == "de" else p.hon
        title = c.rng.choice(["", "", "", "Dr.", "Mag." if c.lang == "de" else "Prof."])
        out += [sal, ";", title, ";", pa(c, k, "given"), ";", pa(c, k, "sur"), ";", pa(c, k, "street"), ";",
                pa(c, k, "pc"), ";", pa(c, k, "town"), ";", cname(c, p), "\n"]
    return out


def lead_tsv_newsletter(c):
    keys = row_people(c, 2, 6)
    out = ["email\tfirst\tlast\tsignup_ip\tsigned_up\n"]
    for k in keys:
        ip = Lab("IP_ADDRESS", ip6(c.rng) if c.rng.random() < 0.2 else ip_public4(c.rng, c.p(k).country))
        out += [pa(c, k, "email"), "\t", pa(c, k, "given"), "\t", pa(c, k, "sur"), "\t", ip, "\t",
                c.val("iso" + k), "\n"]
    return out


def lead_quoted_lastfirst(c):
    keys = row_people(c, 2, 5)
    out = [L(c, '"name","company","email","notes"\n', '"name","firma","email","notiz"\n')]
    for k in keys:
        form = c.rng.choice(["lf", "lf", "LF", "ini"])
        note = c.rng.choice([L(c, "met at the fair", "Messe"), L(c, "wants catalogue", "will Katalog"),
                             L(c, "club order", "Vereinsbestellung"), ""])
        out += ['"', pa(c, k, form), '","', c.val("company" + k), '","', pa(c, k, "email"), '","', note, '"\n']
    return out


def lead_pipe_badges(c):
    keys = row_people(c, 2, 5)
    out = [L(c, "badge|name|company|email|mobile\n", "badge|name|firma|email|mobil\n")]
    for k in keys:
        out += ["B" + str(c.rng.randrange(10000, 99999)), "|", pa(c, k, "full"), "|", c.val("company" + k), "|",
                pa(c, k, "email"), "|", pa(c, k, "mobile"), "\n"]
    return out


# --------------------------------------------------------------------------
# json_record

def json_customer(c):
    p = c.p("a")
    obj = {"id": "cus_" + str(c.rng.randrange(100000, 999999)),
           "first_name": pa(c, "a", "given"), "last_name": pa(c, "a", "sur"),
           "email": pa(c, "a", "email"), "phone": pa(c, "a", "phone"),
           "address": {"street": pa(c, "a", "street"), "postcode": pa(c, "a", "pc"), "city": pa(c, "a", "town"),
                       "country": p.country},
           "last_login_ip": c.val("ip"), "marketing_opt_in": c.rng.random() < 0.5}
    if c.rng.random() < 0.5:
        obj["locale"] = L(c, "en-GB", "de-DE")
    return jfit(c, obj)


def yaml_member(c):
    p = c.p("a")
    items = [("member_id", "TG-" + str(c.rng.randrange(100000, 999999))),
             ("name", pa(c, "a", c.rng.choice(["full", "lf"]))),
             ("email", pa(c, "a", "email")),
             ("mobile", pa(c, "a", "mobile")),
             ("tier", c.rng.choice(["summit", "ridge", "valley"])),
             ("payout", [("holder", pa(c, "a", "full")), ("iban", pa(c, "a", "iban"))])]
    if p.country == "DE" and c.rng.random() < 0.5:
        items.append(("tax_id", pa(c, "a", "taxid")))
    items.append(("joined", c.val("iso")))
    return ["---\n"] + yaml_lines(c, items)


def xml_customer(c):
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<customer id="', str(c.rng.randrange(10000, 99999)), '">\n',
           "  <familyName>", pa(c, "a", "sur"), "</familyName>\n",
           "  <givenName>", pa(c, "a", "given"), "</givenName>\n",
           "  <email>", pa(c, "a", "email"), "</email>\n",
           "  <street>", pa(c, "a", "street"), "</street>\n",
           "  <postalCode>", pa(c, "a", "pc"), "</postalCode>\n",
           "  <city>", pa(c, "a", "town"), "</city>\n"]
    if c.rng.random() < 0.6:
        out += ["  <phone>", pa(c, "a", "phone"), "</phone>\n"]
    out += ["</customer>"]
    return out


def jsonl_events(c):
    keys = row_people(c, 2, 4)
    out = []
    for k in keys:
        ev = c.rng.choice(["account.created", "email.changed", "password.reset", "address.changed"])
        obj = {"ts": c.val("ts" + k), "event": ev, "email": pa(c, k, "email"), "ip": c.val("ip" + k)}
        if ev == "address.changed":
            obj["street"] = pa(c, k, "street")
        if ev == "account.created":
            obj["name"] = pa(c, k, "full")
        out += jval(obj) + ["\n"]
    return out


def json_webhook(c):
    obj = {"type": "order.paid", "order": c.val("order"),
           "customer": {"name": pa(c, "a", "full"), "email": pa(c, "a", "email")},
           "shipping": {"street": pa(c, "a", "street"), "zip": pa(c, "a", "pc"), "city": pa(c, "a", "town")},
           "client_ip": c.val("ip")}
    if c.rng.random() < 0.5:
        obj["debug_pan"] = pa(c, "a", "card")
    else:
        obj["card_last4"] = c.val("last")
    return jfit(c, obj)


# --------------------------------------------------------------------------
# mail_header

def _date_hdr(c):
    d = c.d0
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday()]
    mo = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.month - 1]
    return "%s, %d %s %d %s:%02d +0100" % (wd, d.day, mo, d.year, c.val("time"), c.rng.randrange(60))


def mail_raw(c):
    out = ["Return-Path: <", pa(c, "a", "email"), ">\n",
           "Received: from [", c.val("ip"), "] by mx", str(c.rng.randrange(1, 4)), ".talgrat.",
           L(c, "com", "de"), " with ESMTPSA; ", _date_hdr(c), "\n",
           'From: "', pa(c, "a", "full"), '" <', pa(c, "a", "email"), ">\n",
           "To: ", c.val("rolemail"), "\n",
           "Subject: ", L(c, c.rng.choice(["Re: my order ", "Return ", "Question about order "]),
                          c.rng.choice(["AW: Bestellung ", "Rücksendung ", "Frage zu Bestellung "])), c.val("order"), "\n",
           "Date: ", _date_hdr(c), "\n"]
    if c.rng.random() < 0.6:
        out += ["X-Originating-IP: [", c.val("ipv4"), "]\n"]
    out += ["Message-ID: <", str(c.rng.randrange(10 ** 8, 10 ** 9)), ".", c.val("hexid"), "@mail>"]
    return out


def mail_forward(c):
    out = [L(c, "---------- Forwarded message ---------\n", "---------- Weitergeleitete Nachricht ----------\n"),
           L(c, "From: ", "Von: "), pa(c, "a", "full"), " <", pa(c, "a", "email"), ">\n",
           L(c, "Date: ", "Datum: "), c.val("date"), "\n",
           L(c, "Subject: ", "Betreff: "), L(c, "Fwd: return label", "WG: Rücksendeetikett"), "\n",
           L(c, "To: ", "An: "), pa(c, "s", "full"), " <", pa(c, "s", "email"), ">\n\n"]
    out += c.T(L(c, "[[Please send the label to|Can you post the label to]] {a.addr}. [[Thanks!|Cheers]]",
                 "[[Bitte das Etikett an|Könnt ihr das Etikett an]] {a.addr} schicken? [[Danke!|Grüße]]"))
    return out


def mail_outlook(c):
    out = [L(c, "From: ", "Von: "), pa(c, "a", "lf"), " <", pa(c, "a", "email"), ">\n",
           L(c, "Sent: ", "Gesendet: "), c.val("weekday"), ", ", c.val("date"), " ", c.val("time"), "\n",
           L(c, "To: ", "An: "), pa(c, "s", "lf"), " <", pa(c, "s", "email"), ">\n"]
    if c.rng.random() < 0.6:
        out += ["Cc: ", pa(c, "t", c.rng.choice(["lf", "full"])), " <", pa(c, "t", "email"), ">\n"]
    out += [L(c, "Subject: ", "Betreff: "), L(c, "RE: fitting appointment", "AW: Anpasstermin"), "\n\n"]
    out += c.T(L(c, "[[Tuesday works.|Thursday is better for me.]] {a.given}",
                 "[[Dienstag passt.|Donnerstag wäre besser.]] {a.given}"))
    return out


def mail_bounce(c):
    out = ["From: ", Lab("EMAIL", "MAILER-DAEMON@mx%d.talgrat.%s" % (c.rng.randrange(1, 4), L(c, "com", "de"))), "\n",
           "Subject: Undelivered Mail Returned to Sender\n\n",
           "Final-Recipient: rfc822; ", pa(c, "a", "email"), "\n",
           "Original-Recipient: rfc822; ", pa(c, "a", "email"), "\n",
           "Action: failed\nStatus: 5.1.1\n",
           "Remote-MTA: dns; mx.", pa(c, "a", "email").value.split("@")[1], " [", c.val("ipv4"), "]\n",
           "Diagnostic-Code: smtp; 550 5.1.1 user unknown"]
    return out


# --------------------------------------------------------------------------
# vcard_ical

def adr_cell(c, k):
    p = c.p(k)
    st = pa(c, k, "state") if p.country == "US" else ""
    return [";;", pa(c, k, "street"), ";", pa(c, k, "town"), ";", st, ";", pa(c, k, "pc"), ";", cname(c, p)]


def vcard3(c):
    out = ["BEGIN:VCARD\nVERSION:3.0\nN:", pa(c, "a", "sur"), ";", pa(c, "a", "given"), ";;;\n",
           "FN:", pa(c, "a", "full"), "\n"]
    if c.rng.random() < 0.5:
        out += ["ORG:", c.val("company"), "\n"]
    out += ["TEL;TYPE=CELL:", pa(c, "a", "mobile"), "\n", "EMAIL;TYPE=INTERNET:", pa(c, "a", "email"), "\n",
            "ADR;TYPE=HOME:"] + adr_cell(c, "a") + ["\nEND:VCARD"]
    return out


def vcard4(c):
    out = ["BEGIN:VCARD\nVERSION:4.0\nFN:", pa(c, "a", "full"), "\nN:", pa(c, "a", "sur"), ";",
           pa(c, "a", "given"), ";;;\n",
           "TEL;VALUE=uri;TYPE=cell:tel:", pa(c, "a", "e164"), "\n",
           "EMAIL:", pa(c, "a", "email"), "\n"]
    if c.rng.random() < 0.6:
        out += ["ADR;TYPE=work:"] + adr_cell(c, "a") + ["\n"]
    out += ["NOTE:", L(c, "met at the " + c.val("store") + " store", "kennengelernt in " + c.val("store")), "\nEND:VCARD"]
    return out


def vcard21(c):
    return ["BEGIN:VCARD\nVERSION:2.1\nN:", pa(c, "a", "sur"), ";", pa(c, "a", "given"), "\n",
            "TEL;HOME:", pa(c, "a", "land"), "\nTEL;CELL:", pa(c, "a", "mobile"), "\n",
            "EMAIL;PREF:", pa(c, "a", "email"), "\nEND:VCARD"]


def ical_event(c):
    what = L(c, c.rng.choice(["Boot fitting", "Repair hand-over", "Guided walk briefing"]),
             c.rng.choice(["Schuhanpassung", "Übergabe Reparatur", "Vorbesprechung Tour"]))
    out = ["BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\n",
           "DTSTART:", c.d0.strftime("%Y%m%d"), "T", c.val("time").replace(":", ""), "00\n",
           "SUMMARY:", what, " – ", pa(c, "a", "full"), "\n",
           "LOCATION:Talgrat ", c.val("store"), "\n",
           "ORGANIZER;CN=", pa(c, "s", "full"), ":mailto:", pa(c, "s", "email"), "\n",
           "ATTENDEE;CN=", pa(c, "a", "full"), ";RSVP=TRUE:mailto:", pa(c, "a", "email"), "\n"]
    if c.rng.random() < 0.5:
        out += ["DESCRIPTION:", L(c, "Mobile: ", "Mobil: "), pa(c, "a", "mobile"), "\n"]
    out += ["END:VEVENT\nEND:VCALENDAR"]
    return out


# --------------------------------------------------------------------------
# ocr_form

def ocr_return(c):
    n = lambda s: noise(c, s)
    out = [n(L(c, "RETURNS FORM", "RÜCKSENDESCHEIN")), "\n",
           n(L(c, "Order number:", "Bestellnummer:")), " ", c.val("order"), "\n",
           n(L(c, "Name:", "Name:")), " ", pa(c, "a", c.rng.choice(["full", "up"])), "\n",
           n(L(c, "Address:", "Anschrift:")), " ", pa(c, "a", "addr"), "\n",
           n(L(c, "E-mail:", "E-Mail:")), " ", pa(c, "a", "email"), "\n",
           n(L(c, "Reason:", "Grund:")), " ", c.rng.choice(["1", "2", "4"]), " ",
           n(L(c, "(too small)", "(zu klein)")), "\n"]
    if c.rng.random() < 0.4:
        out += [n(L(c, "Refund to card:", "Erstattung auf Karte:")), " ", pa(c, "a", "card"), "\n"]
    out += [n(L(c, "Signature", "Unterschrift")), ": ", pa(c, "a", "full")]
    return out


def ocr_sepa(c):
    n = lambda s: noise(c, s)
    out = [n("SEPA-" + L(c, "Direct Debit Mandate", "Lastschriftmandat")), "\n",
           n(L(c, "Creditor: Talgrat Outdoor, creditor ID", "Zahlungsempfänger: Talgrat Outdoor, Gläubiger-ID")),
           " DE98ZZZ0", str(c.rng.randrange(1000000, 9999999)), "\n",
           n(L(c, "Account holder:", "Kontoinhaber:")), " ", pa(c, "a", c.rng.choice(["full", "LF"])), "\n",
           n(L(c, "Street:", "Straße:")), " ", pa(c, "a", "street"), "\n",
           n(L(c, "Postcode / town:", "PLZ / Ort:")), " ", pa(c, "a", "pctown"), "\n",
           "IBAN: ", pa(c, "a", "iban"), "\n",
           n(L(c, "Place, date:", "Ort, Datum:")), " ", pa(c, "a", "town"), ", ", c.val("date"), "\n",
           n(L(c, "Signature:", "Unterschrift:")), " ", pa(c, "a", "full")]
    return out


def ocr_warranty(c):
    n = lambda s: noise(c, s)
    out = [n(L(c, "WARRANTY CARD", "GARANTIEKARTE")), " – ", c.val("prod"), "\n",
           n(L(c, "Purchased on:", "Kaufdatum:")), " ", c.val("date"), "  ", n(L(c, "Store:", "Filiale:")), " ",
           c.val("store"), "\n",
           n(L(c, "Surname:", "Nachname:")), " ", pa(c, "a", "sur"), "\n",
           n(L(c, "First name:", "Vorname:")), " ", pa(c, "a", "given"), "\n",
           n(L(c, "Street:", "Straße:")), " ", pa(c, "a", "street"), "\n",
           n(L(c, "Town:", "Ort:")), " ", pa(c, "a", "pctown"), "\n",
           n(L(c, "Phone:", "Telefon:")), " ", pa(c, "a", "phone"), "\n",
           n(L(c, "Sold by:", "Verkauft von:")), " ", pa(c, "s", "given")]
    return out


def ocr_staff_form(c):
    n = lambda s: noise(c, s)
    c.pins["a"] = "DE"
    out = [n(L(c, "Staff questionnaire – Munich store", "Personalfragebogen – Filiale München")), "\n",
           n(L(c, "Name:", "Name:")), " ", pa(c, "a", "LF"), "\n",
           n(L(c, "Date of birth:", "Geburtsdatum:")), " ", c.val("dob"), "\n",
           n(L(c, "Address:", "Anschrift:")), " ", pa(c, "a", "addr"), "\n",
           n(L(c, "Tax ID (IdNr):", "Steuer-ID:")), " ", pa(c, "a", "taxid"), "\n",
           n(L(c, "Bank (IBAN):", "Bankverbindung (IBAN):")), " ", pa(c, "a", "iban"), "\n",
           n(L(c, "Health insurer:", "Krankenkasse:")), " ", c.rng.choice(["AOK Bayern", "TK", "Barmer", "DAK"]), "\n",
           n(L(c, "Signature:", "Unterschrift:")), " ", pa(c, "a", "full")]
    return out


# --------------------------------------------------------------------------
# server_log

def _clf_time(c, k):
    d = c.d0
    mo = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.month - 1]
    return "%02d/%s/%d:%s:%02d +0100" % (d.day, mo, d.year, c.val("tm"), c.rng.randrange(60))


def log_access(c):
    keys = row_people(c, 2, 5)
    out = []
    for k in keys:
        path = c.rng.choice(["/account/reset?email=", "/newsletter/confirm?email=", "/api/v2/orders?customer="])
        out += [c.val("ip" + k), " - - [", _clf_time(c, k), '] "GET ', path, pa(c, k, "email"),
                ' HTTP/1.1" ', c.rng.choice(["200", "302", "404"]), " ", str(c.rng.randrange(0, 9000)), "\n"]
    return out


def log_logfmt(c):
    keys = row_people(c, 2, 4)
    out = []
    for k in keys:
        ev = c.rng.choice(["address_changed", "login_ok", "otp_sent", "profile_updated"])
        out += ["ts=", c.val("ts" + k), " level=info msg=", ev, ' customer="', pa(c, k, c.rng.choice(["lf", "full"])), '"']
        if ev == "address_changed":
            out += [' street="', pa(c, k, "street"), '"']
        elif ev == "otp_sent":
            out += [" to=", pa(c, k, "e164")]
        else:
            out += [" email=", pa(c, k, "email")]
        out += [" ip=", c.val("ip" + k), "\n"]
    return out


def log_postfix(c):
    keys = row_people(c, 2, 4)
    out = []
    for k in keys:
        qid = c.val("hexid" + k)[:10].upper()
        dom = pa(c, k, "email").value.split("@")[1]
        out += [c.d0.strftime("%b %d "), c.val("tm"), ":", "%02d" % c.rng.randrange(60), " mx1 postfix/smtp[",
                str(c.rng.randrange(1000, 30000)), "]: ", qid, ": to=<", pa(c, k, "email"), ">, relay=mx.", dom, "[",
                Lab("IP_ADDRESS", ip_public4(c.rng, c.p(k).country)), "]:25, status=",
                c.rng.choice(["sent (250 OK)", "deferred (greylisted)", "bounced (user unknown)"]), "\n"]
    return out


def log_sso(c):
    keys = ["s", "t", "u"][:c.rng.randint(2, 3)]
    out = []
    for k in keys:
        out += [c.val("ts" + k), " sso ", c.rng.choice(["login_ok", "mfa_challenge", "login_failed"]), " user=",
                pa(c, k, "email"), " src=", Lab("IP_ADDRESS", ip_private4(c.rng) if c.rng.random() < 0.5 else ip6(c.rng)),
                " mfa=sms:", pa(c, k, "e164"), "\n"]
    return out


# --------------------------------------------------------------------------
# pick_list (new)

def pick_markdown(c):
    keys = row_people(c, 2, 5)
    head = L(c, "| Order | Ship to | Street | Postcode | Town | Items |\n| --- | --- | --- | --- | --- | --- |\n",
             "| Auftrag | Empfänger | Straße | PLZ | Ort | Positionen |\n| --- | --- | --- | --- | --- | --- |\n")
    out = [L(c, "Pick list wave ", "Pickliste Welle ") + str(c.rng.randrange(10, 99)) + ", " + c.val("date") + "\n\n", head]
    for k in keys:
        out += ["| ", c.val("order" + k), " | ", pa(c, k, "full"), " | ", pa(c, k, "street"), " | ", pa(c, k, "pc"),
                " | ", pa(c, k, "town"), " | ", str(c.rng.randrange(1, 4)), " |\n"]
    return out


def pick_fixed(c):
    keys = row_people(c, 2, 5)
    out = [L(c, "ORDER        NAME                      PHONE\n", "AUFTRAG      NAME                      TELEFON\n")]
    for k in keys:
        o = c.val("order" + k)
        name = pa(c, k, c.rng.choice(["up", "LF", "full", "ini", "SF"]))
        pad = max(1, 26 - len(name.value))
        out += [o.ljust(13), name, " " * pad, pa(c, k, "phone"), "\n"]
    return out


def pick_slip(c):
    out = [L(c, "PACKING SLIP", "LIEFERSCHEIN"), "  ", c.val("order"), "\n",
           L(c, "Ship to:", "Lieferung an:"), "\n", pa(c, "a", "full"), "\n", pa(c, "a", "addr2"), "\n"]
    if c.rng.random() < 0.6:
        out += [L(c, "Phone: ", "Telefon: "), pa(c, "a", "phone"), "\n"]
    out += ["\n", L(c, "Qty  SKU        Item", "Menge Artikel   Bezeichnung"), "\n"]
    for pk in ["prod", "prod2"][:c.rng.randint(1, 2)]:
        out += ["1    ", c.val(pk, "sku"), "  ", c.val(pk), "\n"]
    out += [L(c, "Packed by: ", "Gepackt von: "), pa(c, "s", "given")]
    return out


def pick_csv(c):
    keys = row_people(c, 2, 5)
    out = ["wave;order;ship_to_name;ship_to_street;zip;city;phone\n"]
    w = str(c.rng.randrange(100, 999))
    for k in keys:
        out += [w, ";", c.val("order" + k), ";", pa(c, k, c.rng.choice(["LF", "lf"])), ";", pa(c, k, "street"), ";",
                pa(c, k, "pc"), ";", pa(c, k, "town"), ";", pa(c, k, "phone"), "\n"]
    return out


# --------------------------------------------------------------------------
# pdf_invoice_text (new)

def _co_iban(c):
    return Lab("IBAN", make_iban(c.rng, "DE" if c.lang == "de" or c.country not in ("GB", "IE") else c.country))


def inv_invoice(c):
    out = ["Talgrat Outdoor GmbH · 87435 Kempten (Allgäu)\n\n",
           pa(c, "a", "full"), "\n", pa(c, "a", "addr2"), "\n\n",
           L(c, "INVOICE", "RECHNUNG"), "                       ", L(c, "No. ", "Nr. "), "RE-", str(c.d0.year), "-",
           str(c.rng.randrange(10000, 99999)), "\n",
           L(c, "Date: ", "Datum: "), c.val("date"), "          ", L(c, "Customer no. ", "Kundennr. "),
           str(c.rng.randrange(100000, 999999)), "\n\n",
           "1 x ", c.val("prod"), "   ", c.val("prod", "price"), "\n",
           L(c, "Paid by card ending ", "Bezahlt mit Karte, Endziffern "), c.val("last"), "\n"]
    if c.rng.random() < 0.5:
        out += [L(c, "Your contact: ", "Ihr Kontakt: "), pa(c, "s", "full"), ", ", pa(c, "s", "email"), "\n"]
    out += [L(c, "Bank: ", "Bank: "), "IBAN ", _co_iban(c)]
    return out


def inv_credit(c):
    out = [L(c, "CREDIT NOTE", "GUTSCHRIFT"), "  GS-", str(c.rng.randrange(1000, 9999)), "     ", c.val("date"), "\n\n",
           pa(c, "a", c.rng.choice(["full", "mrfull"]) if c.lang == "en" else "full"), "\n",
           pa(c, "a", "addr2"), "\n\n",
           L(c, "Return of order ", "Rücksendung zu Bestellung "), c.val("order"), "\n",
           c.val("prod"), "   -", c.val("prod", "price"), "\n\n",
           L(c, "The amount will be transferred to ", "Der Betrag wird überwiesen auf "), pa(c, "a", "iban"), ".\n",
           L(c, "Account holder: ", "Kontoinhaber: "), pa(c, "a", c.rng.choice(["full", "LF"]))]
    return out


def inv_freelance(c):
    de_person = c.lang == "de" and c.country == "DE"
    if de_person:
        c.pins["a"] = "DE"
    out = [pa(c, "a", "full"), L(c, " · Mountain guide", " · Berg- und Wanderführung"), "\n",
           pa(c, "a", "addr"), " · ", pa(c, "a", "mobile"), "\n\n",
           "Talgrat Outdoor, ", L(c, "store ", "Filiale "), c.val("store"), "\n\n",
           L(c, "Invoice ", "Rechnung "), str(c.rng.randrange(10, 99)), "/", str(c.d0.year), "   ", c.val("date"), "\n",
           L(c, "Guided day for store customers   ", "Führungstag für Filialkunden   "), c.val("amount"), "\n\n",
           L(c, "Please pay to ", "Bitte überweisen an "), pa(c, "a", "iban")]
    if de_person and c.rng.random() < 0.7:
        out += ["\nSteuer-ID: ", pa(c, "a", "taxid"), " · Steuernr. 1", str(c.rng.randrange(10, 99)), "/",
                str(c.rng.randrange(100, 999)), "/", str(c.rng.randrange(10000, 99999))]
    return out


def inv_reminder(c):
    out = [L(c, "PAYMENT REMINDER", "ZAHLUNGSERINNERUNG"), "\n\n",
           pa(c, "a", "full"), "\n", pa(c, "a", "addr2"), "\n\n",
           L(c, "Invoice ", "Rechnung "), "RE-", str(c.d0.year), "-", str(c.rng.randrange(10000, 99999)), L(c, " of ", " vom "),
           c.val("dt"), ", ", L(c, "open: ", "offen: "), c.val("amount"), "\n",
           L(c, "Please pay by ", "Bitte zahlen Sie bis "), c.val("dt"), L(c, " to ", " auf "), _co_iban(c), ".\n",
           L(c, "Questions: ", "Fragen: "), c.val("rolemail")]
    return out


# --------------------------------------------------------------------------
# config_diff (new)

def diff_keyholder(c):
    st = c.val("store").lower().replace(" ", "-").replace("ü", "ue").replace("ö", "oe").replace("ä", "ae").replace(".", "")
    out = ["--- a/stores/", st, ".yaml\n+++ b/stores/", st, ".yaml\n@@ -", str(c.rng.randrange(3, 40)), ",6 +",
           str(c.rng.randrange(3, 40)), ",6 @@\n", " alarm:\n   keyholders:\n",
           "-    - name: ", pa(c, "a", "full"), "\n", "-      mobile: '", pa(c, "a", "mobile"), "'\n",
           "+    - name: ", pa(c, "b", "full"), "\n", "+      mobile: '", pa(c, "b", "mobile"), "'\n",
           "     - name: ", pa(c, "s", "full"), "\n"]
    return out


def diff_fixture(c):
    out = ["diff --git a/tests/fixtures/customers.csv b/tests/fixtures/customers.csv\n",
           "@@ -", str(c.rng.randrange(2, 30)), ",3 +", str(c.rng.randrange(2, 30)), ",3 @@\n",
           " id,first,last,email,street\n",
           "-", str(c.rng.randrange(100, 999)), ",", pa(c, "a", "given"), ",", pa(c, "a", "sur"), ",", pa(c, "a", "email"),
           ",", pa(c, "a", "oldstreet"), "\n",
           "+", str(c.rng.randrange(100, 999)), ",", pa(c, "a", "given"), ",", pa(c, "a", "sur"), ",", pa(c, "a", "email"),
           ",", pa(c, "a", "street"), "\n"]
    if c.rng.random() < 0.6:
        out += [" ", str(c.rng.randrange(100, 999)), ",", pa(c, "b", "given"), ",", pa(c, "b", "sur"), ",",
                pa(c, "b", "email"), ",", pa(c, "b", "street"), "\n"]
    return out


def diff_contacts_json(c):
    out = ["--- a/config/emergency_contacts.json\n+++ b/config/emergency_contacts.json\n@@ -2,4 +2,4 @@\n",
           '   "store": "', c.val("store"), '",\n',
           '-  "first_aider": {"name": "', pa(c, "a", "full"), '", "phone": "', pa(c, "a", "phone"), '"},\n',
           '+  "first_aider": {"name": "', pa(c, "b", "full"), '", "phone": "', pa(c, "b", "phone"), '"},\n',
           '   "manager_email": "', pa(c, "s", "email"), '"\n']
    return out


def diff_payroll(c):
    c.pins["a"] = "DE"
    out = ["--- a/hr/payroll/staff_", str(c.rng.randrange(100, 999)), ".yaml\n+++ b/hr/payroll/staff_",
           str(c.rng.randrange(100, 999)), ".yaml\n@@ -1,5 +1,5 @@\n",
           " name: ", pa(c, "a", c.rng.choice(["full", "lf"])), "\n",
           " store: ", c.val("store") if c.country == "DE" else "München", "\n",
           "-iban: ", make_lab_iban(c), "\n",
           "+iban: ", pa(c, "a", "iban"), "\n",
           " steuer_id: '", pa(c, "a", "taxid"), "'\n"]
    return out


def make_lab_iban(c):
    return Lab("IBAN", make_iban(c.rng, "DE"))


def diff_commit(c):
    out = ["commit ", c.val("hexid"), c.val("hexid2")[:8], "\n",
           "Author: ", pa(c, "s", "full"), " <", pa(c, "s", "email"), ">\n",
           "Date:   ", c.val("ts"), "\n\n    ",
           L(c, "Change printer IP for ", "Drucker-IP für ") + c.val("store") + L(c, "", " geändert"), "\n\n",
           "--- a/pos/printers.ini\n+++ b/pos/printers.ini\n",
           "-label_printer = ", c.val("ipp"), "\n", "+label_printer = ", c.val("ipp2"), "\n"]
    if c.rng.random() < 0.5:
        out += [" # ", L(c, "contact: ", "Kontakt: "), pa(c, "t", "full"), "\n"]
    return out


# --------------------------------------------------------------------------
# har_capture (new)

def har_entry(c):
    obj = {"request": {"method": "POST",
                       "url": "https://talgrat." + L(c, "com", "de") + "/checkout/address",
                       "headers": [{"name": "X-Forwarded-For", "value": c.val("ip")}],
                       "postData": {"mimeType": "application/x-www-form-urlencoded",
                                    "params": [{"name": "firstName", "value": pa(c, "a", "given")},
                                               {"name": "lastName", "value": pa(c, "a", "sur")},
                                               {"name": "street", "value": pa(c, "a", "street")},
                                               {"name": "email", "value": pa(c, "a", "email")}]}},
           "response": {"status": c.rng.choice([200, 201, 422])}}
    return jdump(obj, 3) if lines_of(jdump(obj, 3)) <= 15 else jdump(obj, 2)


def har_raw(c):
    out = ["POST /api/newsletter HTTP/1.1\nHost: talgrat.", L(c, "com", "de"), "\n",
           "X-Real-IP: ", c.val("ip"), "\n", "User-Agent: Mozilla/5.0\n",
           "Content-Type: application/x-www-form-urlencoded\n\n",
           "email=", pa(c, "a", "email"), "&first_name=", pa(c, "a", "given"), "&last_name=", pa(c, "a", "sur"),
           "&consent=1"]
    return out


def har_curl(c):
    out = ["curl 'https://talgrat.", L(c, "com", "de"), "/api/account/address' \\\n",
           "  -H 'content-type: application/json' \\\n",
           "  -H 'x-forwarded-for: ", c.val("ip"), "' \\\n",
           "  --data-raw '", ] + jval({"name": pa(c, "a", "full"), "street": pa(c, "a", "street"),
                                      "zip": pa(c, "a", "pc"), "city": pa(c, "a", "town"),
                                      "phone": pa(c, "a", "phone")}) + ["'"]
    return out


def har_response(c):
    obj = {"status": 200, "url": "/api/me",
           "body": {"id": c.rng.randrange(10000, 99999), "name": pa(c, "a", "full"), "email": pa(c, "a", "email"),
                    "mobile": pa(c, "a", "e164"), "lastLoginIp": c.val("ip")}}
    if c.rng.random() < 0.4:
        obj["body"]["defaultCard"] = {"brand": "visa", "last4": c.val("last")}
    return jfit(c, obj)


# --------------------------------------------------------------------------
# store_config (new)

def cfg_toml(c):
    out = ["[store]\n", 'name = "Talgrat ', c.val("store"), '"\n', 'code = "', c.val("store")[:3].upper(),
           str(c.rng.randrange(1, 9)), '"\n\n', "[contacts]\n",
           'manager = "', pa(c, "s", "full"), '"\n', 'manager_mobile = "', pa(c, "s", "mobile"), '"\n',
           'deputy = "', pa(c, "t", c.rng.choice(["full", "lf"])), '"\n',
           'reports_to = "', pa(c, "u", "email"), '"\n\n', "[network]\n", 'printer = "', c.val("ipp"), '"\n']
    if c.rng.random() < 0.5:
        out += ['gateway_v6 = "', Lab("IP_ADDRESS", ip6(c.rng, "ula")), '"\n']
    return out


def cfg_ini(c):
    return ["[alarm]\n", "primary=", pa(c, "s", "full"), "\n", "primary_phone=", pa(c, "s", "mobile"), "\n",
            "secondary=", pa(c, "t", "full"), "\n", "secondary_phone=", pa(c, "t", "mobile"), "\n",
            "monitoring=", c.val("company"), "\n\n[reports]\n", "daily_to=", pa(c, "u", "email"), "\n",
            "till_host=", c.val("ipp")]


def cfg_env(c):
    return ["STORE_CODE=", c.val("store")[:3].upper(), str(c.rng.randrange(10, 99)), "\n",
            "STORE_MANAGER_EMAIL=", pa(c, "s", "email"), "\n",
            "ALARM_SMS_TO=", pa(c, "s", "e164"), ",", pa(c, "t", "e164"), "\n",
            "POS_GATEWAY_IP=", c.val("ipp"), "\n",
            "# ", L(c, "ask ", "bei Fragen: "), pa(c, "t", "given"), "\n",
            "SMTP_RELAY=mail.talgrat.", L(c, "com", "de")]


def cfg_yaml(c):
    items = [("store", "Talgrat " + c.val("store")),
             ("hours", L(c, "Mon-Sat 9:30-19:00", "Mo-Sa 9:30-19:00")),
             ("staff", [("manager", pa(c, "s", "full")), ("first_aid", pa(c, "t", "full")),
                        ("fire_warden", pa(c, "u", c.rng.choice(["full", "lf"])))]),
             ("escalation_phone", pa(c, "s", "mobile")),
             ("kiosk_ip", c.val("ipp"))]
    return yaml_lines(c, items)


# --------------------------------------------------------------------------
# address_check_api (new)

def addr_json(c):
    st = pa(c, "a", "street")
    obj = {"request": {"name": pa(c, "a", "full"), "street": street_variant(c, st), "postalCode": pa(c, "a", "pc"),
                       "city": pa(c, "a", "town")},
           "result": {"status": "CORRECTED", "street": st, "confidence": round(c.rng.uniform(0.7, 0.99), 2)},
           "clientIp": c.val("ip")}
    return jfit(c, obj)


def addr_xml(c):
    st = pa(c, "a", "street")
    return ['<AddressCheckResponse status="', c.rng.choice(["VALID", "CORRECTED", "AMBIGUOUS"]), '">\n',
            "  <Input><Street>", street_variant(c, st), "</Street><Zip>", pa(c, "a", "pc"), "</Zip></Input>\n",
            "  <Match><Street>", st, "</Street><Zip>", pa(c, "a", "pc"), "</Zip><City>", pa(c, "a", "town"),
            "</City></Match>\n", "  <Recipient>", pa(c, "a", "full"), "</Recipient>\n", "</AddressCheckResponse>"]


def addr_log(c):
    keys = row_people(c, 2, 4)
    out = []
    for k in keys:
        out += [c.val("ts" + k), " addrcheck ", c.rng.choice(["VALID", "CORRECTED", "NOT_FOUND"]), ' name="',
                pa(c, k, "full"), '" street="', pa(c, k, "street"), '" zip=', pa(c, k, "pc"), " ip=", c.val("ip" + k), "\n"]
    return out


def addr_csv(c):
    keys = row_people(c, 2, 5)
    out = ["id;name;street_in;street_out;zip;city;status\n"]
    for k in keys:
        st = pa(c, k, "street")
        out += [str(c.rng.randrange(1000, 9999)), ";", pa(c, k, c.rng.choice(["full", "lf"])), ";", street_variant(c, st),
                ";", st, ";", pa(c, k, "pc"), ";", pa(c, k, "town"), ";", c.rng.choice(["corrected", "ok", "ok"]), "\n"]
    return out


LAYOUTS = {
    "lead_csv": [lead_csv_comma, lead_csv_semicolon, lead_tsv_newsletter, lead_quoted_lastfirst, lead_pipe_badges],
    "json_record": [json_customer, yaml_member, xml_customer, jsonl_events, json_webhook],
    "mail_header": [mail_raw, mail_forward, mail_outlook, mail_bounce],
    "vcard_ical": [vcard3, vcard4, vcard21, ical_event],
    "ocr_form": [ocr_return, ocr_sepa, ocr_warranty, ocr_staff_form],
    "server_log": [log_access, log_logfmt, log_postfix, log_sso],
    "pick_list": [pick_markdown, pick_fixed, pick_slip, pick_csv],
    "pdf_invoice_text": [inv_invoice, inv_credit, inv_freelance, inv_reminder],
    "config_diff": [diff_keyholder, diff_fixture, diff_contacts_json, diff_commit, diff_payroll],
    "har_capture": [har_entry, har_raw, har_curl, har_response],
    "store_config": [cfg_toml, cfg_ini, cfg_env, cfg_yaml],
    "address_check_api": [addr_json, addr_xml, addr_log, addr_csv],
}
