"""The 12 machine-layout genres of the held-out half of the thirty-second PII bank (heldout32),
for both languages. Field names, comments and short phrases follow the text's language where
real systems would; database, log and protocol keys stay English."""

import json

from pii32_held_core import Doc, Lab, fmt_card, make_card

LAYOUTS = {}
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def T(genre, **meta):
    def deco(f):
        f.meta = meta
        LAYOUTS.setdefault(genre, []).append(f)
        return f
    return deco


def L(g, en, de):
    return de if g.lang == "de" else en


def P(text):
    return Lab("PERSON", text)


def hexid(g, n):
    return "".join(g.pick("0123456789abcdef") for _ in range(n))


def ts(g, d=None):
    d = d or g.date()
    return "%d-%02d-%02d %s:%02d" % (d.y, d.m, d.d, g.time(), g.rng.randrange(0, 60))


def jq(s):
    """A JSON string body (without the quotes)."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


def name_parts(p):
    return p.given, p.sur


# ============================================================================================
# pg_copy_dump


def _copy_header(g, table, cols):
    d = Doc()
    d.w("--\n-- Data for Name: %s; Type: TABLE DATA; Schema: %s; Owner: talgrat\n--\n\n"
        % (table.split(".")[1], table.split(".")[0]))
    d.w("COPY %s (%s) FROM stdin;\n" % (table, ", ".join(cols)))
    return d


@T("pg_copy_dump")
def pg_customers(g):
    de = g.lang == "de" and g.chance(0.5)
    cols = (["id", "anrede", "vorname", "nachname", "email", "telefon", "strasse", "plz", "ort",
             "land", "angelegt_am"] if de else
            ["id", "salutation", "first_name", "last_name", "email", "phone", "street",
             "postcode", "city", "country", "created_at"])
    d = _copy_header(g, "shop.kunde" if de else "shop.customer", cols)
    for i in range(g.rng.randrange(2, 7)):
        p = g.customer()
        sal = (("Herr" if p.gender == "m" else "Frau") if g.lang == "de" else
               ("Mr" if p.gender == "m" else g.pick(["Ms", "Mrs"])))
        d.w("%d\t%s\t" % (g.rng.randrange(10000, 99999), sal))
        d.add(p.form("given")).w("\t").add(p.form("sur")).w("\t")
        d.add(p.seg("email")).w("\t")
        if g.chance(0.85):
            d.add(p.seg("phone"))
        else:
            d.w("\\N")
        d.w("\t").add(p.seg("street")).w("\t%s\t%s\t%s\t%s+01\n" % (
            p.addr.postcode, p.addr.townname, p.country, ts(g)))
    d.w("\\.")
    return d


@T("pg_copy_dump")
def pg_refunds(g):
    cols = ["refund_id", "order_no", "account_holder", "iban", "amount", "currency",
            "requested_at"]
    d = _copy_header(g, "finance.refund", cols)
    for i in range(g.rng.randrange(1, 6)):
        p = g.customer(country=g.pick(["DE", "AT", "CH", "NL", "FR", "IT", "GB", "IE"])
                       if g.chance(0.3) else None)
        if p.country == "US":
            p.country = "GB"
        d.w("%d\t%s\t" % (g.rng.randrange(3000, 9000), g.order_no()))
        d.add(p.form(g.pick(["full", "full", "LF", "UP"]))).w("\t")
        d.v("IBAN", p.iban().replace(" ", "")).w("\t%s\t%s\t%s\n" % (
            "%.2f" % (g.rng.randrange(1500, 40000) / 100), "CHF" if p.country == "CH" else "EUR",
            ts(g)))
    d.w("\\.")
    return d


@T("pg_copy_dump")
def pg_consent(g):
    cols = ["email", "source", "ip", "consented_at", "double_opt_in"]
    d = _copy_header(g, "crm.newsletter_consent", cols)
    for i in range(g.rng.randrange(2, 8)):
        p = g.customer()
        d.add(p.seg("email")).w("\t%s\t" % g.pick(["checkout", "store_tablet", "footer",
                                                  "competition", "app"]))
        if g.chance(0.25):
            d.add(p.seg("ip6"))
        else:
            d.add(p.seg("ip"))
        d.w("\t%s+00\t%s\n" % (ts(g), g.pick(["t", "t", "f"])))
    d.w("\\.")
    return d


@T("pg_copy_dump", country="DE")
def pg_staff(g):
    cols = ["personal_nr", "vorname", "nachname", "steuer_id", "iban", "strasse", "plz", "ort",
            "eintritt"]
    d = _copy_header(g, "hr.mitarbeiter", cols)
    for i in range(g.rng.randrange(1, 5)):
        p = g.staff(country="DE")
        d.w("%d\t" % g.rng.randrange(1000, 9999))
        d.add(p.form("given")).w("\t").add(p.form("sur")).w("\t")
        d.v("DE_TAX_ID", p.taxid().replace(" ", "")).w("\t")
        d.v("IBAN", p.iban().replace(" ", "")).w("\t")
        d.add(p.seg("street")).w("\t%s\t%s\t%s\n" % (p.addr.postcode, p.addr.townname,
                                                      g.date().fmt("iso")))
    d.w("\\.")
    return d


@T("pg_copy_dump")
def pg_csv(g):
    d = Doc()
    q = L(g, "returns", "retouren")
    d.w("talgrat=> \\copy (SELECT customer_name, email, street, city, reason FROM %s WHERE "
        "created_at > now() - interval '7 days') TO STDOUT WITH CSV HEADER\n" % q)
    d.w("customer_name,email,street,city,reason\n")
    for i in range(g.rng.randrange(2, 7)):
        p = g.customer()
        d.w('"').add(p.form(g.pick(["lf", "full", "LF", "isur"]))).w('",')
        d.add(p.seg("email")).w(',"').add(p.seg("street")).w('",%s,%s\n' % (
            p.addr.townname, g.pick(L(g, ["too small", "too large", "faulty zip", "colour",
                                          "changed mind"],
                                      ["zu klein", "zu groß", "RV defekt", "Farbe",
                                       "gefällt nicht"]))))
    return d


# ============================================================================================
# psql_expanded_output


def _rec(d, key, width, value_parts):
    d.w(key.ljust(width) + "| ")
    d.add(value_parts)
    d.w("\n")


@T("psql_expanded_output")
def psql_customer(g):
    p = g.customer()
    d = Doc()
    cid = str(g.rng.randrange(10000, 99999))
    d.w("talgrat=> \\x\nExpanded display is on.\n")
    if g.chance(0.5):
        d.w("talgrat=> SELECT * FROM customer WHERE email = '").add(p.seg("email")).w("';\n")
    else:
        d.w("talgrat=> SELECT * FROM customer WHERE id = %s;\n" % cid)
    d.w("-[ RECORD 1 ]-+-------------------------------\n")
    w = 14
    _rec(d, "id", w, cid)
    _rec(d, "first_name", w, p.form("given"))
    _rec(d, "last_name", w, p.form("sur"))
    _rec(d, "email", w, p.seg("email"))
    if g.chance(0.8):
        _rec(d, "phone", w, p.seg("phone"))
    _rec(d, "street", w, p.seg("street"))
    _rec(d, "postcode", w, p.addr.postcode)
    _rec(d, "city", w, p.addr.townname)
    r = g.rng.random()
    if r < 0.45:
        _rec(d, "loyalty_no", w, g.member_no())
    elif r < 0.75:
        _rec(d, "newsletter", w, g.pick(["t", "f"]))
    d.w("\ntalgrat=>")
    return d


@T("psql_expanded_output", country="DE")
def psql_hr(g):
    p = g.staff(country="DE")
    d = Doc()
    d.w("hr=# \\x auto\nExpanded display is used automatically.\n")
    nr = str(g.rng.randrange(1000, 9999))
    d.w("hr=# SELECT personal_nr, name, steuer_id, iban, anschrift FROM mitarbeiter WHERE "
        "personal_nr = %s;\n" % nr)
    d.w("-[ RECORD 1 ]----------------------------------------\n")
    w = 12
    _rec(d, "personal_nr", w, nr)
    _rec(d, "name", w, p.form(g.pick(["lf", "full"])))
    _rec(d, "steuer_id", w, p.seg("taxid"))
    _rec(d, "iban", w, p.seg("iban"))
    _rec(d, "anschrift", w, p.seg("one"))
    d.w("\nhr=#")
    return d


@T("psql_expanded_output")
def psql_orders(g):
    d = Doc()
    d.w("shop=> SELECT o.order_no, c.full_name, o.card_last4, o.client_ip FROM orders o JOIN "
        "customer c USING (customer_id) WHERE o.flagged;\n")
    n = g.rng.randrange(1, 3)
    for i in range(n):
        p = g.customer()
        d.w("-[ RECORD %d ]-----------------------\n" % (i + 1))
        _rec(d, "order_no", 11, g.order_no())
        _rec(d, "full_name", 11, p.form("full"))
        _rec(d, "card_last4", 11, str(g.rng.randrange(1000, 9999)))
        _rec(d, "client_ip", 11, p.seg("ip6") if g.chance(0.3) else p.seg("ip"))
    d.w("\nshop=>")
    return d


@T("psql_expanded_output")
def psql_table(g):
    d = Doc()
    d.w("shop=> SELECT id, name, email, phone FROM %s ORDER BY id DESC LIMIT %d;\n"
        % (L(g, "callback_request", "rueckruf"), 5))
    rows = []
    for i in range(g.rng.randrange(2, 6)):
        p = g.customer()
        rows.append((str(g.rng.randrange(100, 999)), p.full, p.email(), p.mobile.fixed()))
    w = [max(len(r[k]) for r in rows) for k in range(4)]
    w = [max(w[0], 3), max(w[1], 4), max(w[2], 5), max(w[3], 5)]
    hdr = [" id".ljust(w[0] + 1), " name".ljust(w[1] + 1), " email".ljust(w[2] + 1), " phone"]
    d.w("|".join(x + " " if i < 3 else x for i, x in enumerate(hdr)).rstrip() + "\n")
    d.w("-" * (w[0] + 2) + "+" + "-" * (w[1] + 2) + "+" + "-" * (w[2] + 2) + "+" + "-" * (w[3] + 2)
        + "\n")
    for r in rows:
        d.w(" " + r[0].rjust(w[0]) + " | ")
        d.v("PERSON", r[1]).w(" " * (w[1] - len(r[1])) + " | ")
        d.v("EMAIL", r[2]).w(" " * (w[2] - len(r[2])) + " | ")
        d.v("PHONE", r[3]).w("\n")
    d.w("(%d rows)" % len(rows))
    return d


@T("psql_expanded_output")
def psql_returns(g):
    d = Doc()
    d.w("talgrat=> \\x on\nExpanded display is on.\n")
    d.w("talgrat=> TABLE %s WHERE status = 'open' LIMIT 2;\n" % L(g, "return_pickup", "abholung"))
    for i in range(g.rng.randrange(1, 3)):
        p = g.customer()
        d.w("-[ RECORD %d ]+----------------------------------\n" % (i + 1))
        _rec(d, "pickup_id", 10, "PU-" + str(g.rng.randrange(10000, 99999)))
        _rec(d, "name", 10, p.form(g.pick(["full", "UP", "lf"])))
        _rec(d, "ship_from", 10, p.seg("one"))
        _rec(d, "phone", 10, p.seg("phone"))
    return d


# ============================================================================================
# redis_cli_output


@T("redis_cli_output")
def rd_session(g):
    p = g.customer()
    d = Doc()
    host = g.pick(["cache01", "redis-prod", "sess-02"])
    d.w("$ redis-cli -h %s --raw HGETALL session:%s\n" % (host, hexid(g, 16)))
    fields = [("customer_id", str(g.rng.randrange(10000, 99999))), ("email", p.seg("email")),
              ("name", p.form("full")), ("last_ip", p.seg("ip")), ("locale", L(g, "en_GB", "de_DE")),
              ("cart_items", str(g.rng.randrange(1, 6)))]
    if g.chance(0.5):
        fields.insert(3, ("phone", p.seg("e164")))
    for k, v in fields:
        d.w(k + "\n").add(v).w("\n")
    return d


@T("redis_cli_output")
def rd_checkout(g):
    p = g.customer()
    d = Doc()
    d.w("redis-prod:6379> GET checkout:%s\n\"{\\\"shipTo\\\":{\\\"name\\\":\\\"" % hexid(g, 12))
    d.add(p.form("full")).w("\\\",\\\"street\\\":\\\"").add(p.seg("street"))
    d.w("\\\",\\\"zip\\\":\\\"%s\\\",\\\"city\\\":\\\"%s\\\",\\\"phone\\\":\\\"" % (
        p.addr.postcode, p.addr.townname))
    d.add(p.seg("e164")).w("\\\"},\\\"email\\\":\\\"").add(p.seg("email"))
    d.w("\\\",\\\"total\\\":%d.%02d}\"\nredis-prod:6379> TTL checkout:%s\n(integer) %d" % (
        g.rng.randrange(20, 400), g.rng.randrange(0, 100), hexid(g, 12), g.rng.randrange(60, 3600)))
    return d


@T("redis_cli_output")
def rd_monitor(g):
    d = Doc()
    d.w("redis-prod:6379> MONITOR\nOK\n")
    base = 1767000000 + g.rng.randrange(0, 9000000)
    for i in range(g.rng.randrange(2, 6)):
        p = g.customer()
        d.w("%d.%06d [0 " % (base + i, g.rng.randrange(0, 999999)))
        d.add(g.ip(kind="private")).w(":%d] " % g.rng.randrange(30000, 65000))
        k = g.pick(["phone", "email"])
        d.w('"HSET" "customer:%d" "%s" "' % (g.rng.randrange(10000, 99999), k))
        d.add(p.seg("e164") if k == "phone" else p.seg("email")).w('"\n')
    return d


@T("redis_cli_output")
def rd_bounces(g):
    d = Doc()
    d.w("redis-prod:6379> LRANGE mail:bounced 0 -1\n")
    n = g.rng.randrange(2, 7)
    for i in range(n):
        p = g.customer()
        d.w("%d) \"" % (i + 1)).add(p.seg("email")).w('"\n')
    d.w("redis-prod:6379> LLEN mail:bounced\n(integer) %d" % n)
    return d


@T("redis_cli_output")
def rd_leaderboard(g):
    d = Doc()
    d.w("$ redis-cli --raw ZREVRANGE %s 0 4 WITHSCORES\n" % L(g, "challenge:steps:march",
                                                             "challenge:schritte:maerz"))
    for i in range(g.rng.randrange(2, 6)):
        p = g.staff()
        d.add(p.form(g.pick(["full", "given", "gi"]))).w("\n%d\n" % g.rng.randrange(90000, 420000))
    return d


# ============================================================================================
# php_serialized_session


def _ser(d, key, val_parts):
    text = "".join(t for t, _ in val_parts)
    d.w('s:%d:"%s";s:%d:"' % (len(key.encode()), key, len(text.encode("utf-8"))))
    d.add(val_parts).w('";')


@T("php_serialized_session")
def php_wc_customer(g):
    p = g.customer()
    d = Doc()
    d.w("wp_woocommerce_sessions.session_value (customer %d):\n" % g.rng.randrange(1000, 9999))
    fields = [("first_name", p.form("given")), ("last_name", p.form("sur")),
              ("address_1", p.seg("street")), ("postcode", [(p.addr.postcode, None)]),
              ("city", [(p.addr.townname, None)]), ("country", [(p.country, None)]),
              ("email", p.seg("email")), ("phone", p.seg("phone"))]
    d.w("a:%d:{" % len(fields))
    for k, v in fields:
        _ser(d, k, v)
    d.w("}")
    return d


@T("php_serialized_session")
def php_tokens(g):
    p = g.customer()
    d = Doc()
    d.w("mysql> SELECT meta_value FROM wp_usermeta WHERE user_id = %d AND meta_key = "
        "'session_tokens'\\G\n" % g.rng.randrange(100, 9999))
    d.w("*************************** 1. row ***************************\nmeta_value: ")
    n = g.rng.randrange(1, 3)
    d.w("a:%d:{" % n)
    for i in range(n):
        ua = g.pick(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)",
                     "Mozilla/5.0 (Windows NT 10.0; Win64; x64)",
                     "Mozilla/5.0 (X11; Linux x86_64)"])
        ip = p.ip() if i == 0 else g.ip(country=p.country).text
        d.w('s:64:"%s";a:4:{s:10:"expiration";i:%d;s:2:"ip";s:%d:"' % (
            hexid(g, 64), 1767000000 + g.rng.randrange(0, 9000000), len(ip)))
        d.v("IP_ADDRESS", ip).w('";s:2:"ua";s:%d:"%s";s:5:"login";i:%d;}' % (
            len(ua), ua, 1766000000 + g.rng.randrange(0, 9000000)))
    d.w("}\n1 row in set (0.00 sec)")
    return d


@T("php_serialized_session")
def php_print_r(g):
    p = g.customer()
    d = Doc()
    d.w("[%s] %s: Array\n(\n" % (ts(g), g.pick(["DEBUG quote address", "main.DEBUG shipping address",
                                                "WARNING address validation failed for",
                                                "DEBUG billing address"])))
    rows = [("firstname", p.form("given")), ("lastname", p.form("sur")),
            ("street", p.seg("street")), ("postcode", [(p.addr.postcode, None)]),
            ("city", [(p.addr.townname, None)])]
    if g.chance(0.3):
        rows.append(("country_id", [(p.country, None)]))
    if g.chance(0.8):
        rows.append(("telephone", p.seg("phone")))
    if g.chance(0.7):
        rows.append(("email", p.seg("email")))
    if g.chance(0.4):
        rows.append(("customer_ip", p.seg("ip")))
    for k, v in rows:
        d.w("    [%s] => " % k).add(v).w("\n")
    d.w(")")
    return d


@T("php_serialized_session")
def php_card(g):
    p = g.customer()
    card = fmt_card(g, make_card(g), "compact")
    d = Doc()
    d.w("PHP Notice: %s in /var/www/shop/app/code/%s on line %d\n" % (
        g.pick(["payment debug dump", "Undefined index: token", "gateway request"]),
        g.pick(["Payment/Gateway.php", "Checkout/Model/Payment.php", "Vendor/Psp/Client.php"]),
        g.rng.randrange(80, 400)))
    holder = p.full.upper() if g.chance(0.6) else p.full
    fields = [("card_holder", [(holder, "PERSON")]), ("card_number", [(card, "CREDIT_CARD")]),
              ("exp", [("%02d/%d" % (g.rng.randrange(1, 13), g.rng.randrange(26, 31)), None)]),
              ("billing_email", p.seg("email"))]
    d.w("a:%d:{" % len(fields))
    for k, v in fields:
        _ser(d, k, v)
    d.w("}")
    return d


@T("php_serialized_session")
def php_var_dump(g):
    p = g.customer()
    d = Doc()
    d.w("array(4) {\n")
    for k, v in (("name", p.form("full")), ("email", p.seg("email")), ("mobile", p.seg("phone")),
                 ("ship_to", p.seg("one"))):
        text = "".join(t for t, _ in v)
        d.w('  ["%s"]=>\n  string(%d) "' % (k, len(text.encode("utf-8")))).add(v).w('"\n')
    d.w("}")
    return d


# ============================================================================================
# xfdf_form_data


def _xfdf(g, href, fields):
    d = Doc()
    d.w('<?xml version="1.0" encoding="UTF-8"?>\n<xfdf xmlns="http://ns.adobe.com/xfdf/" '
        'xml:space="preserve">\n<f href="%s"/>\n<fields>\n' % href)
    for name, val in fields:
        d.w('<field name="%s"><value>' % name).add(val).w("</value></field>\n")
    d.w("</fields>\n</xfdf>")
    return d


@T("xfdf_form_data", country="DE")
def xf_personal(g):
    p = g.staff(country="DE")
    if g.lang == "de":
        fields = [("Nachname", p.form("sur")), ("Vorname", p.form("given")),
                  ("Strasse_Hausnr", p.seg("street")), ("PLZ", p.addr.postcode),
                  ("Ort", p.addr.townname), ("Steuer_ID", p.seg("taxid")), ("IBAN", p.seg("iban")),
                  ("Telefon", p.seg("phone"))]
        href = "Personalfragebogen_2026.pdf"
    else:
        fields = [("Surname", p.form("sur")), ("Given_names", p.form("given")),
                  ("Address", p.seg("one")), ("Tax_ID_DE", p.seg("taxid")),
                  ("Bank_IBAN", p.seg("iban")), ("Mobile", p.seg("phone"))]
        href = "New_Starter_Munich_2026.pdf"
    return _xfdf(g, href, fields)


@T("xfdf_form_data")
def xf_sepa(g):
    p = g.customer(country=g.pick(["DE", "AT", "NL", "FR", "IT", "IE"]) if g.country in
                   ("US", "GB", "CH") else None)
    fields = [(L(g, "Account_holder", "Kontoinhaber"), p.form(g.pick(["full", "UP"]))),
              (L(g, "Address", "Anschrift"), p.seg("one")),
              ("IBAN", p.seg("iban")),
              (L(g, "Place_date", "Ort_Datum"), "%s, %s" % (p.addr.townname, g.date().fmt("num"))),
              (L(g, "Mandate_ref", "Mandatsreferenz"), "TG-M-" + str(g.rng.randrange(100000, 999999)))]
    return _xfdf(g, L(g, "SEPA_Direct_Debit_Mandate.pdf", "SEPA-Lastschriftmandat.pdf"), fields)


@T("xfdf_form_data")
def xf_warranty(g):
    p = g.customer()
    pr = g.product()
    fields = [(L(g, "Name", "Name"), p.form("full")), ("Email", p.seg("email")),
              (L(g, "Phone", "Telefon"), p.seg("phone")),
              (L(g, "Product", "Artikel"), pr.name), (L(g, "Order_no", "Bestellnr"), g.order_no()),
              (L(g, "Fault", "Mangel"), g.pick(L(g, ["zip broken", "seam leaking", "sole loose"],
                                                 ["RV kaputt", "Naht undicht", "Sohle löst sich"])))]
    if g.chance(0.5):
        fields.insert(3, (L(g, "Street", "Strasse"), p.seg("street")))
    return _xfdf(g, L(g, "Warranty_Claim.pdf", "Reklamation_Gewaehrleistung.pdf"), fields)


@T("xfdf_form_data")
def xf_rental(g):
    p = g.customer()
    fields = [(L(g, "Renter_surname", "Mieter_Nachname"), p.form("SURUP" if g.chance(0.4) else "sur")),
              (L(g, "Renter_first_name", "Mieter_Vorname"), p.form("given")),
              (L(g, "Home_address", "Wohnanschrift"), p.seg("one")),
              (L(g, "Mobile", "Mobil"), p.seg("phone")),
              (L(g, "Deposit_card", "Kaution_Karte"), p.seg("card") if g.chance(0.5)
               else g.masked_card()),
              (L(g, "Items", "Artikel"), L(g, "2x trekking poles, 1x tent", "2x Stöcke, 1x Zelt"))]
    return _xfdf(g, L(g, "Rental_Agreement.pdf", "Mietvertrag_Ausruestung.pdf"), fields)


# ============================================================================================
# kml_placemarks


def _coord(g, p):
    base = {"DE": (11.57, 48.14), "AT": (11.39, 47.26), "CH": (8.54, 47.37), "GB": (-2.24, 53.48),
            "US": (-122.67, 45.52), "IE": (-6.26, 53.35), "FR": (4.83, 45.76), "NL": (4.90, 52.37),
            "IT": (11.35, 46.49)}[p.country]
    return "%.5f,%.5f,0" % (base[0] + g.rng.uniform(-0.4, 0.4), base[1] + g.rng.uniform(-0.3, 0.3))


def _kml_head(g, title):
    d = Doc()
    d.w('<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">'
        '<Document><name>%s</name>\n' % title)
    return d


@T("kml_placemarks")
def kml_delivery(g):
    d = _kml_head(g, L(g, "Bulky deliveries %s", "Sperrgut-Tour %s") % g.date().fmt("iso"))
    for i in range(g.rng.randrange(2, 7)):
        p = g.customer(keep_country=1.0)
        d.w("<Placemark><name>")
        d.add(p.form(g.pick(["full", "full", "lf"]))).w("</name><description>")
        d.add(p.seg("one")).w(" · ").add(p.seg("phone"))
        d.w("</description><Point><coordinates>%s</coordinates></Point></Placemark>\n" % _coord(g, p))
    d.w("</Document></kml>")
    return d


@T("kml_placemarks")
def kml_pickup(g):
    d = _kml_head(g, L(g, "Guided hike – pick-up points", "Geführte Tour – Abholpunkte"))
    for i in range(g.rng.randrange(2, 6)):
        p = g.customer(keep_country=1.0)
        d.w("<Placemark><name>").add(p.form("given")).w(" (%d)</name><ExtendedData>"
                                                        % g.rng.randrange(1, 4))
        d.w('<Data name="street"><value>').add(p.seg("street")).w("</value></Data>")
        d.w('<Data name="mobile"><value>').add(p.seg("phone")).w("</value></Data>")
        d.w("</ExtendedData><Point><coordinates>%s</coordinates></Point></Placemark>\n" % _coord(g, p))
    d.w("</Document></kml>")
    return d


@T("kml_placemarks")
def kml_reps(g):
    s = g.staff()
    d = Doc().w('<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">'
                '<Document><name>%s – ' % L(g, "Visit plan", "Besuchsplan"))
    d.add(s.form("full")).w("</name>\n")
    for i in range(g.rng.randrange(2, 6)):
        p = g.customer(keep_country=1.0)
        d.w("<Placemark><name>").add(p.form(g.pick(["hon", "honfull", "full"])))
        d.w("</name><address>").add(p.seg("one")).w("</address>")
        d.w("<Point><coordinates>%s</coordinates></Point></Placemark>\n" % _coord(g, p))
    d.w("</Document></kml>")
    return d


@T("kml_placemarks")
def kml_club(g):
    d = _kml_head(g, L(g, "Trail club members", "Lauftreff Mitglieder"))
    for i in range(g.rng.randrange(2, 8)):
        p = g.customer(keep_country=1.0)
        d.w("<Placemark><name>").add(p.form(g.pick(["full", "gi", "isur"]))).w("</name><description>")
        d.add(p.seg("email")).w("</description><Point><coordinates>%s</coordinates></Point>"
                                "</Placemark>\n" % _coord(g, p))
    d.w("</Document></kml>")
    return d


# ============================================================================================
# geojson_features


def _feat(g, p, props):
    d = Doc()
    c = _coord(g, p).rsplit(",", 1)[0]
    d.w('{"type":"Feature","geometry":{"type":"Point","coordinates":[%s]},"properties":{' % c)
    first = True
    for k, v in props:
        if not first:
            d.w(",")
        first = False
        if isinstance(v, (int, float)):
            d.w('"%s":%s' % (k, v))
        else:
            d.w('"%s":"' % k).add(v).w('"')
    d.w("}}")
    return d


@T("geojson_features")
def gj_ambassadors(g):
    d = Doc().w('{"type":"FeatureCollection","name":"%s","features":[\n' % L(
        g, "ambassadors", "botschafter"))
    n = g.rng.randrange(2, 6)
    for i in range(n):
        p = g.customer(keep_country=1.0)
        d.add(_feat(g, p, [("name", p.form("full")), ("email", p.seg("email")),
                           ("sport", g.pick(["trail", "ski touring", "climbing", "hiking"]))]))
        d.w(",\n" if i < n - 1 else "\n")
    d.w("]}")
    return d


@T("geojson_features")
def gj_stops(g):
    d = Doc().w('{"type":"FeatureCollection","features":[\n')
    n = g.rng.randrange(2, 7)
    for i in range(n):
        p = g.customer(keep_country=1.0)
        d.add(_feat(g, p, [("stop", i + 1), ("recipient", p.form(g.pick(["full", "UP", "lf"]))),
                           ("street", p.seg("street")), ("zip", [(p.addr.postcode, None)]),
                           ("phone", p.seg("phone"))]))
        d.w(",\n" if i < n - 1 else "\n")
    d.w("]}")
    return d


@T("geojson_features")
def gj_cleanup(g):
    d = Doc().w('{"type":"FeatureCollection","name":"%s","features":[\n' % L(
        g, "trail_cleanup_signups", "muellsammelaktion_anmeldungen"))
    n = g.rng.randrange(2, 6)
    for i in range(n):
        p = g.customer(keep_country=1.0)
        props = [("first_name", p.form("given")), ("last_name", p.form("sur")),
                 ("mobile", p.seg("phone"))]
        if g.chance(0.5):
            props.append(("email", p.seg("email")))
        d.add(_feat(g, p, props))
        d.w(",\n" if i < n - 1 else "\n")
    d.w("]}")
    return d


@T("geojson_features")
def gj_single(g):
    p = g.customer(keep_country=1.0)
    d = Doc().w("// %s\n" % L(g, "geocoded address from checkout, order ", "geokodierte Adresse "
                               "aus dem Checkout, Bestellung ") + g.order_no() + "\n")
    d.add(_feat(g, p, [("label", p.seg("one")), ("name", p.form("full")),
                       ("source", "checkout"), ("ip", p.seg("ip"))]))
    return d


# ============================================================================================
# postman_collection


def _pm_head(g, title):
    return Doc().w('{\n  "info": {"name": "%s", "schema": "https://schema.getpostman.com/json/'
                   'collection/v2.1.0/collection.json"},\n  "item": [\n' % title)


def _pm_tail(g):
    dom = "talgrat.de" if g.lang == "de" else "talgrat.com"
    return Doc().w('  ],\n  "variable": [{"key": "baseUrl", "value": "https://api-staging.%s/v2"}]'
                   '\n}' % dom)


def _raw(parts):
    """Escaped JSON body as it sits inside a Postman "raw" string."""
    d = Doc().w('"raw": "{')
    first = True
    for k, v in parts:
        if not first:
            d.w(",")
        first = False
        d.w('\\"%s\\":\\"' % k).add(v).w('\\"')
    d.w('}"')
    return d


@T("postman_collection")
def pm_customer(g):
    p = g.customer()
    d = _pm_head(g, "Talgrat Shop API – " + L(g, "customers", "Kunden"))
    d.w('    {"name": "%s", "request": {"method": "POST", "url": "{{baseUrl}}/customers",\n'
        % g.pick(["Create customer", "Register customer (copy)", "POST customer – bug 4412",
                  "Sign-up from app"]))
    if g.chance(0.7):
        d.w('      "header": [{"key": "X-Forwarded-For", "value": "').add(p.seg("ip")).w('"}')
        if g.chance(0.5):
            d.w(', {"key": "Accept-Language", "value": "%s"}' % L(g, "en-GB", "de-DE"))
        d.w('],\n')
    d.w('      "body": {"mode": "raw", ').add(_raw([("firstName", p.form("given")),
                                                  ("lastName", p.form("sur")),
                                                  ("email", p.seg("email")),
                                                  ("phone", p.seg("e164"))])).w("}}}\n")
    d.add(_pm_tail(g))
    return d


@T("postman_collection")
def pm_refund(g):
    p = g.customer(country=g.pick(["DE", "AT", "CH", "NL", "IE", "GB"]))
    d = _pm_head(g, "Payments – refunds")
    d.w('    {"name": "%s", "request": {"method": "POST", "url": '
        '"{{baseUrl}}/refunds",\n' % g.pick(["Refund to bank account", "Manual refund (SEPA)",
                                             "Refund – ticket %s" % g.ticket_no()]))
    d.w('      "body": {"mode": "raw", ').add(_raw([("orderNo", g.order_no()),
                                                  ("accountHolder", p.form("full")),
                                                  ("iban", [(p.iban().replace(" ", ""), "IBAN")]),
                                                  ("amount", "%d.%02d" % (g.rng.randrange(10, 400),
                                                                          g.rng.randrange(0, 100)))]))
    d.w("}}}\n").add(_pm_tail(g))
    return d


@T("postman_collection")
def pm_card(g):
    p = g.customer()
    card = fmt_card(g, make_card(g), "compact")
    d = _pm_head(g, "Checkout – " + L(g, "payment tests", "Zahlungstests"))
    d.w('    {"name": "%s", "request": {"method": "POST", "url": '
        '"{{baseUrl}}/payments/authorise",\n' % g.pick(["Authorise card (DO NOT SHARE)",
                                                        "Auth – real card from support case",
                                                        "Payment retry"]))
    d.w('      "body": {"mode": "raw", ').add(_raw([("cardholder", p.form(g.pick(["UP", "full"]))),
                                                  ("pan", [(card, "CREDIT_CARD")]),
                                                  ("expiry", "%02d%d" % (g.rng.randrange(1, 13),
                                                                         g.rng.randrange(26, 31))),
                                                  ("email", p.seg("email"))]))
    d.w("}}}\n").add(_pm_tail(g))
    return d


@T("postman_collection")
def pm_address(g):
    p = g.customer()
    d = _pm_head(g, "Account – " + L(g, "address book", "Adressbuch"))
    d.w('    {"name": "%s", "request": {"method": "PUT", "url": '
        '"{{baseUrl}}/customers/%d/address",\n' % (g.pick(["Update address", "Fix address (support)",
                                                          "Address change – example"]),
                                                   g.rng.randrange(10000, 99999)))
    d.w('      "body": {"mode": "raw", ').add(_raw([("name", p.form("full")),
                                                  ("street", p.seg("street")),
                                                  ("postcode", p.addr.postcode),
                                                  ("city", p.addr.townname)])).w("}},\n")
    d.w('      "response": [{"name": "200 OK", "body": "{\\"id\\":%d,\\"email\\":\\"'
        % g.rng.randrange(10000, 99999)).add(p.seg("email")).w('\\",\\"updated\\":true}"}]}\n')
    d.add(_pm_tail(g))
    return d


# ============================================================================================
# smtp_transcript


@T("smtp_transcript")
def smtp_inbound(g):
    p = g.customer()
    d = Doc()
    dom_s = p.email().split("@")[1]
    helo = {"gmail.com": "mail-wr1-f54.google.com", "gmx.de": "mout.gmx.net",
            "web.de": "mout.web.de", "t-online.de": "mailout.t-online.de",
            "bluewin.ch": "smtp.bluewin.ch"}.get(dom_s, "smtp." + dom_s)
    dom = "talgrat.de" if g.lang == "de" else "talgrat.com"
    d.w("S: 220 mx1.%s ESMTP Postfix\nC: EHLO %s\nS: 250-mx1.%s\nC: MAIL FROM:<" % (dom, helo, dom))
    d.add(p.seg("email")).w(">\nS: 250 2.1.0 Ok\nC: RCPT TO:<").add(g.role_email("service"))
    d.w(">\nS: 250 2.1.5 Ok\nC: DATA\nS: 354 End data with <CR><LF>.<CR><LF>\nC: From: ")
    d.add(p.form("full")).w(" <").add(p.seg("email")).w(">\nC: Subject: %s\nC:\nC: " % (
        L(g, "Return pick-up ", "Abholung Retoure ") + g.order_no()))
    d.add(g.render(L(g, "Hello, please collect the parcel from {p.addr}. I'm in after 4, phone "
                        "{p.phone}.",
                     "Hallo, bitte holen Sie das Paket bei mir ab: {p.addr}. Ab 16 Uhr bin ich "
                     "da, Tel. {p.phone}."), p=p))
    d.w("\nC: .\nS: 250 2.0.0 Ok: queued as %s" % hexid(g, 10).upper())
    return d


@T("smtp_transcript")
def smtp_swaks(g):
    s = g.staff()
    p = g.customer()
    d = Doc()
    dom = "talgrat.de" if g.lang == "de" else "talgrat.com"
    ip = g.ip(kind=g.pick(["private", "public"]))
    d.w("$ swaks --to ").add(p.seg("email")).w(" --from ").add(s.seg("email"))
    d.w(" --server smtp.%s\n=== Trying smtp.%s:587...\n=== Connected to " % (dom, dom))
    d.add(ip).w(".\n<-  220 smtp.%s ESMTP\n -> EHLO ws-%d.%s\n<-  250-smtp.%s\n -> MAIL FROM:<" % (
        dom, g.rng.randrange(10, 99), dom, dom))
    d.add(s.seg("email")).w(">\n<-  250 2.1.0 Ok\n -> RCPT TO:<").add(p.seg("email"))
    d.w(">\n<-  250 2.1.5 Ok\n -> DATA\n<-  354 End data\n -> Subject: test %s\n -> .\n<-  250 2.0.0 Ok"
        % g.date().fmt("iso"))
    return d


@T("smtp_transcript")
def smtp_bounce(g):
    p = g.customer()
    d = Doc()
    dom = "talgrat.de" if g.lang == "de" else "talgrat.com"
    d.w("C: MAIL FROM:<>\nS: 250 2.1.0 Ok\nC: RCPT TO:<").add(g.role_email("service"))
    d.w(">\nS: 250 2.1.5 Ok\nC: DATA\nC: Subject: Undelivered Mail Returned to Sender\nC:\n")
    dom_r = p.email().split("@")[1]
    d.w("C: <").add(p.seg("email")).w(">: host %s[" % g.pick(["mx." + dom_r, "mx00." + dom_r,
                                                            "mx1." + dom_r]))
    d.add(g.ip(country=p.country)).w("] said: 550 5.1.1 ")
    d.w("User unknown (in reply to RCPT TO command)\nC: Original-Recipient: rfc822;")
    d.add(p.seg("email")).w("\nC: .\nS: 250 2.0.0 Ok: queued as %s" % hexid(g, 10).upper())
    return d


@T("smtp_transcript")
def smtp_received(g):
    p = g.customer()
    d = Doc()
    dom = "talgrat.de" if g.lang == "de" else "talgrat.com"
    host = "smtp." + p.email().split("@")[1]
    ip = p.ip() if g.chance(0.7) else p.ip6()
    dt = g.date()
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][g.rng.randrange(7)]
    rfc = "%s, %02d %s %d %s:%02d %s" % (wd, dt.d, MON[dt.m - 1], dt.y, g.time(),
                                        g.rng.randrange(60), "+0100" if dt.m in (11, 12, 1, 2, 3) else "+0200")
    d.w("Received: from %s (%s [" % (host, host)).v("IP_ADDRESS", ip)
    d.w("])\n\tby mx2.%s (Postfix) with ESMTPS id %s\n\tfor <" % (dom, hexid(g, 10).upper()))
    d.add(g.role_email("service")).w(">; %s\nFrom: " % rfc)
    d.add(p.form("full")).w(" <").add(p.seg("email")).w(">\nReply-To: ").add(p.seg("email"))
    d.w("\nSubject: %s\nX-Originating-IP: [" % L(g, "Question about my order",
                                                 "Frage zu meiner Bestellung"))
    d.add(p.seg("ip")).w("]")
    return d


# ============================================================================================
# hocr_scan


def _bbox(g, y0):
    def one():
        x0 = g.rng.randrange(150, 400)
        return "bbox %d %d %d %d" % (x0, y0, x0 + g.rng.randrange(400, 1800), y0 + g.rng.randrange(30, 60))
    return g.clean(one)


def _ocr_noise(g, s):
    if g.chance(0.5):
        return s
    for a, b in (("i", "l"), ("e", "c"), ("o", "0"), ("rn", "m"), ("ß", "B")):
        if a in s and g.chance(0.5):
            i = s.index(a)
            return s[:i] + b + s[i + len(a):]
    return s


def _hocr(g, image, lines):
    d = Doc()
    d.w("<div class='ocr_page' id='page_1' title='image \"%s\"; bbox 0 0 2480 3508; ppageno 0'>\n"
        % image)
    y = g.rng.randrange(250, 700)
    for i, parts in enumerate(lines):
        y += g.rng.randrange(60, 260)
        d.w(" <span class='ocr_line' id='line_1_%d' title='%s; x_wconf %d'>" % (
            i + 1, _bbox(g, y), g.rng.randrange(61, 97)))
        d.add(parts).w("</span>\n")
    d.w("</div>")
    return d


def _lbl(g, en, de):
    return [(_ocr_noise(g, L(g, en, de)), None)]


@T("hocr_scan")
def ocr_returns(g):
    p = g.customer()
    lines = [_lbl(g, "RETURNS FORM", "RÜCKSENDESCHEIN"),
             _lbl(g, "Order no.: ", "Bestell-Nr.: ") + [(g.order_no(), None)],
             _lbl(g, "Name: ", "Name: ") + p.form(g.pick(["full", "UP"])),
             _lbl(g, "Address: ", "Anschrift: ") + p.seg("one"),
             _lbl(g, "Phone: ", "Telefon: ") + p.seg("phone"),
             _lbl(g, "Reason: too small", "Grund: zu klein")]
    return _hocr(g, "scan_%s.tif" % hexid(g, 6), lines)


@T("hocr_scan")
def ocr_delivery(g):
    p = g.customer()
    s = g.staff()
    lines = [_lbl(g, "Delivery note ", "Lieferschein ") + [(g.order_no(), None)],
             _lbl(g, "Ship to:", "Lieferanschrift:"),
             p.form("full"),
             p.seg("street"),
             [(p.addr.town_line(), None)],
             _lbl(g, "Received by: ", "Empfangen: ") + p.form(g.pick(["isur", "sur", "full"])),
             _lbl(g, "Packed by: ", "Gepackt: ") + s.form("given")]
    # each OCR line is an element of its own: the street line is labelled alone
    return _hocr(g, "lieferschein_%s.png" % hexid(g, 6) if g.lang == "de" else
                 "delivery_%s.png" % hexid(g, 6), lines)


@T("hocr_scan")
def ocr_letter(g):
    p = g.customer()
    doc = g.render(L(g, "{p.full}\n{p.addr}\nDear Sir or Madam,\nthe sole of my {pr.short} "
                        "shoes came off after a month.\nPlease call me on {p.phone}.\nYours "
                        "faithfully, {p.given}",
                     "{p.full}\n{p.addr}\nSehr geehrte Damen und Herren,\ndie Sohle meiner "
                     "{pr.short}-Schuhe hat sich nach einem Monat gelöst.\nBitte rufen Sie mich "
                     "an: {p.phone}.\nMit freundlichen Grüßen, {p.given}"),
                   p=p, pr=g.product(["shoe"]))
    # split the rendered parts into lines
    lines = [[]]
    for text, typ in doc.parts:
        if typ:
            lines[-1].append((text, typ))
            continue
        chunks = text.split("\n")
        for k, c in enumerate(chunks):
            if k:
                lines.append([])
            if c:
                lines[-1].append((c, None))
    return _hocr(g, "brief_%s.jpg" % hexid(g, 6) if g.lang == "de" else "letter_%s.jpg" % hexid(g, 6),
                 [l for l in lines if l])


@T("hocr_scan")
def ocr_idcheck(g):
    p = g.customer()
    s = g.staff()
    lines = [_lbl(g, "REFUND WITHOUT RECEIPT – ID CHECK", "ERSTATTUNG OHNE BELEG – AUSWEISKONTROLLE"),
             _lbl(g, "Customer: ", "Kunde: ") + p.form(g.pick(["LF", "lf", "UP"])),
             _lbl(g, "Address: ", "Adresse: ") + p.seg("one"),
             _lbl(g, "Amount: ", "Betrag: ") + [(g.money(), None)],
             _lbl(g, "Checked by: ", "Geprüft: ") + s.form(g.pick(["isur", "full"]))]
    return _hocr(g, "till_%s.tif" % hexid(g, 6), lines)


# ============================================================================================
# livechat_transcript_json


@T("livechat_transcript_json")
def lc_address(g):
    p = g.customer()
    s = g.staff()
    d = Doc()
    tt = g.times(3, seconds=True)
    d.w('{"chat_id":"lc_%s","started":"%s","visitor":{"name":"' % (hexid(g, 10), ts(g)))
    d.add(p.form(g.pick(["full", "full", "given", "lo"]))).w('","email":"').add(p.seg("email"))
    if g.chance(0.7):
        d.w('","ip":"').add(p.seg("ip6") if g.chance(0.2) else p.seg("ip"))
    d.w('"},"agent":{"name":"').add(s.form("given"))
    if g.chance(0.5):
        d.w('","email":"').add(s.seg("email"))
    d.w('"},\n"messages":[\n')
    d.w('{"t":"%s","from":"visitor","text":"%s' % (tt[0], g.pick(L(
        g, ["Hi, I have moved: ", "new address please: ", "Hello! Could you change my address to ",
            "I moved last week – "],
        ["Hallo, ich bin umgezogen: ", "neue adresse bitte: ", "Hi! Könnt ihr meine Adresse ändern auf ",
         "Bin letzte Woche umgezogen – "]))))
    d.add(p.seg("one")).w('"},\n')
    if g.chance(0.4):
        d.w('{"t":"%s","from":"visitor","text":"%s' % (tt[1], L(g, "and my new mobile is ",
                                                               "und meine neue Handynummer ist ")))
        d.add(p.seg("phone")).w('"},\n')
    d.w('{"t":"%s","from":"agent","text":"%s' % (tt[2], g.pick(L(g, ["Thanks ", "Done, ", "Got it, "],
                                                             ["Danke ", "Erledigt, ", "Alles klar, "]))))
    d.add(p.form("given")).w(g.pick(L(g, [", I have updated your account.", " – the next order goes there.",
                                          ", your profile is updated."],
                                      [", ich habe dein Konto aktualisiert.", " – die nächste Bestellung geht dorthin.",
                                       ", dein Profil ist aktualisiert."])))
    d.w('"}\n]}')
    return d


@T("livechat_transcript_json")
def lc_card(g):
    p = g.customer()
    s = g.staff()
    d = Doc()
    tt = g.times(2, seconds=True)
    d.w('{"chat_id":"lc_%s","visitor":{"name":"' % hexid(g, 10)).add(p.form(g.pick(["given", "full", "lo"])))
    d.w('","ip":"').add(p.seg("ip6") if g.chance(0.3) else p.seg("ip")).w('"},\n"messages":[\n')
    d.w('{"t":"%s","from":"visitor","text":"%s' % (tt[0], g.pick(L(
        g, ["can you just take the payment, card is ", "checkout keeps failing. my card: ",
            "please charge this card: "],
        ["kannst du einfach abbuchen, karte ist ", "der checkout geht nicht. meine karte: ",
         "bitte diese karte belasten: "]))))
    d.add(p.seg("card")).w('"},\n')
    d.w('{"t":"%s","from":"agent","name":"' % tt[1]).add(s.form("given"))
    d.w('","text":"%s"}\n]}' % g.pick(L(
        g, ["Please never post card numbers in the chat – I have masked it.",
            "For your safety I have removed the number. Please pay at checkout or by PayPal.",
            "I can't take card details here, sorry – I've deleted the message."],
        ["Bitte keine Kartennummern im Chat schicken – ich habe sie maskiert.",
         "Zu deiner Sicherheit habe ich die Nummer entfernt. Bitte im Checkout oder per PayPal zahlen.",
         "Kartendaten darf ich hier nicht annehmen – die Nachricht ist gelöscht."])))
    return d


@T("livechat_transcript_json")
def lc_yaml(g):
    p = g.customer()
    s = g.staff()
    d = Doc()
    d.w("chat: lc_%s\nvisitor:\n  name: " % hexid(g, 10)).add(p.form(g.pick(["full", "full", "lf"])))
    d.w("\n  email: ").add(p.seg("email"))
    if g.chance(0.6):
        d.w("\n  phone: ").add(p.seg("phone"))
    d.w("\nagent: ").add(s.form(g.pick(["full", "given"]))).w("\ntranscript:\n")
    tt = g.times(2)
    q, a = g.pick(L(g, [("where is my parcel?", "It's with the courier, tracking"),
                        ("has my order shipped?", "Yes, parcel number"),
                        ("parcel says delivered but nothing here", "I've opened a trace for")],
                    [("wo ist mein paket?", "Es ist beim Paketdienst, Sendung"),
                     ("ist meine bestellung schon raus?", "Ja, Sendungsnummer"),
                     ("paket angeblich zugestellt, ist aber nicht da", "Ich habe einen Nachforschungsauftrag für")]))
    d.w("  - \"[%s] visitor: %s\"\n" % (tt[0], q))
    d.w("  - \"[%s] agent: %s %s\"\n" % (tt[1], a, g.parcel_no()))
    d.w("tags: [%s]" % g.pick(L(g, ["where-is-my-order", "wismo, courier", "tracking"],
                                 ["wismo", "sendung, paketdienst", "nachforschung"])))
    return d


@T("livechat_transcript_json")
def lc_callback(g):
    p = g.customer()
    d = Doc()
    d.w('{"event":"offline_message","created":"%s","form":{"name":"' % ts(g))
    d.add(p.form(g.pick(["full", "lo", "given", "UP"]))).w('","email":"').add(p.seg("email"))
    d.w('","phone":"').add(p.seg("phone")).w('","message":"%s"},"meta":{' % g.pick(L(
        g, ["Please call me back about the repair of my jacket.",
            "Call me please, the size advisor recommended the wrong size.",
            "I'd like to book a boot fitting – any slot on Saturday?",
            "My refund hasn't arrived yet."],
        ["Bitte rufen Sie mich wegen der Reparatur meiner Jacke zurück.",
         "Bitte um Rückruf, der Größenberater hat die falsche Größe empfohlen.",
         "Ich möchte einen Termin zur Schuhanpassung, gern am Samstag.",
         "Meine Erstattung ist noch nicht angekommen."])))
    if g.chance(0.7):
        d.w('"ip":"').add(p.seg("ip")).w('",')
    d.w('"page":"/%s"}}' % g.pick(L(g, ["en/repairs", "en/contact", "en/stores", "en/size-advisor"],
                                    ["de/reparatur", "de/kontakt", "de/filialen", "de/groessenberater"])))
    return d


# ============================================================================================
# haproxy_log

def _hap_line(g, d, client_ip, capture, req, status=200):
    dt = g._hap_day
    t = g._hap_t = g._hap_t + g.rng.randrange(1, 900)
    h, m, s = t // 3600 % 24, t // 60 % 60, t % 60
    d.w("%s %2d %02d:%02d:%02d lb%d haproxy[%d]: " % (MON[dt.m - 1], dt.d, h, m, s,
                                                      g.rng.randrange(1, 3), g.rng.randrange(1000, 9999)))
    d.add(client_ip).w(":%d [%02d/%s/%d:%02d:%02d:%02d.%03d] https-in~ shop/web%d %d/0/%d/%d/%d %d %d - - "
                       "---- %d/%d/0/0/0 0/0 " % (
                           g.rng.randrange(30000, 65000), dt.d, MON[dt.m - 1], dt.y, h, m, s,
                           g.rng.randrange(0, 1000), g.rng.randrange(1, 5), g.rng.randrange(0, 9),
                           g.rng.randrange(0, 3), g.rng.randrange(10, 300), g.rng.randrange(10, 400),
                           status, g.rng.randrange(200, 90000), g.rng.randrange(1, 40),
                           g.rng.randrange(1, 40)))
    if capture is not None:
        d.w("{").add(capture).w("} ")
    d.w('"%s"\n' % req)


@T("haproxy_log")
def hap_capture(g):
    d = Doc()
    g._hap_day = g.date()
    g._hap_t = g.rng.randrange(6 * 3600, 20 * 3600)
    for i in range(g.rng.randrange(2, 7)):
        p = g.customer()
        ua = g.pick(["Mozilla/5.0", "okhttp/4.12.0", "TalgratApp/3.4.1 (iOS)"])
        cap = Doc().add(p.seg("email")).w("|" + ua)
        _hap_line(g, d, p.seg("ip") if g.chance(0.8) else p.seg("ip6"), cap,
                  g.pick(["POST /account/address HTTP/1.1", "GET /account/orders HTTP/2.0",
                          "POST /checkout/confirm HTTP/2.0"]))
    return d


@T("haproxy_log")
def hap_xff(g):
    d = Doc()
    g._hap_day = g.date()
    g._hap_t = g.rng.randrange(6 * 3600, 20 * 3600)
    for i in range(g.rng.randrange(2, 6)):
        p = g.customer()
        cap = Doc().add(p.seg("ip6") if g.chance(0.4) else p.seg("ip"))
        _hap_line(g, d, g.ip(kind="private"), cap, g.pick(
            ["GET /de/produkte/kaltkar HTTP/1.1", "GET /en/repairs HTTP/1.1",
             "POST /newsletter/subscribe HTTP/1.1"]))
    return d


@T("haproxy_log")
def hap_query(g):
    d = Doc()
    dt = g.date()
    n = g.rng.randrange(1, 5)
    pid = g.rng.randrange(1000, 9999)
    for tt in g.times(n, seconds=True):
        p = g.customer()
        d.w("%s %2d %s lb1 haproxy[%d]: " % (MON[dt.m - 1], dt.d, tt, pid))
        d.add(p.seg("ip")).w(":%d [%02d/%s/%d:%s.%03d] https-in~ shop/web1 0/0/2/31/33 302 412 - - "
                             "---- 5/5/0/0/0 0/0 \"GET /newsletter/confirm?email=" % (
                                 g.rng.randrange(30000, 65000), dt.d, MON[dt.m - 1], dt.y, tt,
                                 g.rng.randrange(1000)))
        d.add(p.seg("email")).w("&token=%s HTTP/1.1\"\n" % hexid(g, 12))
    return d


@T("haproxy_log")
def hap_mixed(g):
    d = Doc()
    g._hap_day = g.date()
    g._hap_t = g.rng.randrange(6 * 3600, 20 * 3600)
    d.w("# %s\n" % L(g, "lb1, filtered for POST /account/*", "lb1, gefiltert auf POST /account/*"))
    for i in range(g.rng.randrange(2, 6)):
        p = g.customer()
        if g.chance(0.5):
            cap = Doc().add(p.form("full")).w("|").add(p.seg("email"))
        else:
            cap = Doc().add(p.seg("email")).w("|-")
        _hap_line(g, d, p.seg("ip"), cap, "POST /account/profile HTTP/2.0",
                  status=g.pick([200, 200, 303, 422]))
    return d
