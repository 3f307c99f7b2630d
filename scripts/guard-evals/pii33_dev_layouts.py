"""Machine layouts (12 genres with personal data) for both languages of the dev half
of the thirty-third PII bank.  Field names, comments and short phrases follow the
text's language where real systems would; values are labelled, markup is not."""

from pii33_dev_core import Doc, Lab, de_ascii, safe_digits

LAYOUTS = {k: [] for k in [
    "postfix_maillog", "mysql_vertical_output", "jcard_contacts", "jsonld_order_markup", "soap_envelope",
    "multipart_form_post", "dotenv_file", "apple_plist", "windows_event_xml", "python_traceback",
    "wiki_markup_table", "accounting_contact_export"]}


def L(genre, country=None):
    def deco(fn):
        fn.country = country
        LAYOUTS[genre].append(fn)
        return fn
    return deco


MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


class Clock:
    """Rising time stamps inside one text."""

    def __init__(self, g):
        self.g = g
        y, m, d = g.date_tuple()
        self.y, self.m, self.d = y, m, d
        self.s = g.randint(6 * 3600, 21 * 3600)
        self.us = g.randint(0, 400000)

    def tick(self, lo=0, hi=3):
        self.s += self.g.randint(lo, hi)
        self.us += self.g.randint(1000, 150000)
        if self.us > 999999:
            self.us -= 1000000
            self.s += 1
        return self

    def syslog(self):
        h, r = divmod(self.s, 3600)
        mi, se = divmod(r, 60)
        return "%s %2d %02d:%02d:%02d" % (MON[self.m - 1], self.d, h % 24, mi, se)

    def iso(self, frac=True, zone="+01:00"):
        h, r = divmod(self.s, 3600)
        mi, se = divmod(r, 60)
        f = ".%06d" % self.us if frac else ""
        return "%04d-%02d-%02dT%02d:%02d:%02d%s%s" % (self.y, self.m, self.d, h % 24, mi, se, f, zone)

    def sql(self):
        h, r = divmod(self.s, 3600)
        mi, se = divmod(r, 60)
        return "%04d-%02d-%02d %02d:%02d:%02d" % (self.y, self.m, self.d, h % 24, mi, se)


def de(g):
    return g.lang == "de"


def qid(g):
    return "".join(g.pick("0123456789ABCDEF") for _ in range(10))


def mailhost(g, email_lab):
    dom = email_lab[0].text.split("@")[1]
    base = dom.split(".")[0]
    return g.pick(["mail-out%d.%s" % (g.randint(1, 9), dom), "mx%d.%s" % (g.randint(1, 4), dom),
                   "smtp.%s" % dom, "%s-relay%d.%s" % (base, g.randint(1, 3), dom)])


def no_apostrophe(g, make):
    for _ in range(50):
        p = make()
        if "'" not in p.given + p.sur:
            return p
        g.people.remove(p)
    return p


# ---------------------------------------------------------------------------
# postfix_maillog
# ---------------------------------------------------------------------------

def _ts(g, ck, iso):
    return ck.tick(0, 2).iso() if iso else ck.tick(0, 2).syslog()


@L("postfix_maillog")
def _(g):
    c = g.person()
    ck = Clock(g)
    iso = g.chance(0.4)
    host = "mx1"
    pid, pid2, pid3, pid4 = (g.randint(1000, 39999) for _ in range(4))
    q = qid(g)
    rd = mailhost(g, c.email)
    ip = g.make_ip(c.country)
    svc = g.role_email("service" if not de(g) else g.pick(["service", "kundenservice"]))
    subj = g.pick(["Retoure %s" % g.order_no(), "Frage zur Bestellung %s" % g.order_no(), "Umtausch Größe"] if de(g)
                  else ["Return %s" % g.order_no(), "Question about order %s" % g.order_no(), "Size exchange"])
    d = Doc()
    d.line(_ts(g, ck, iso), " %s postfix/smtpd[%d]: connect from %s[" % (host, pid, rd), _ipl(ip), "]")
    return _finish_inbound(g, d, ck, iso, host, pid, pid2, pid3, pid4, q, rd, ip, c, svc, subj)


def _ipl(ip):
    return Lab("IP_ADDRESS", ip)


def _finish_inbound(g, d, ck, iso, host, pid, pid2, pid3, pid4, q, rd, ip, c, svc, subj):
    d.line(_ts(g, ck, iso), " %s postfix/smtpd[%d]: %s: client=%s[" % (host, pid, q, rd), _ipl(ip), "]")
    form = g.pick(["full", "full", "upper", "last_first"])
    d.line(_ts(g, ck, iso), " %s postfix/cleanup[%d]: %s: info: header From: " % (host, pid2, q),
           getattr(c, form), " <", c.email, "> from %s[" % rd, _ipl(ip), "]; from=<", c.email, "> to=<", svc, ">")
    d.line(_ts(g, ck, iso), " %s postfix/cleanup[%d]: %s: info: header Subject: %s from %s[" % (host, pid2, q, subj, rd),
           _ipl(ip), "]")
    d.line(_ts(g, ck, iso), " %s postfix/qmgr[%d]: %s: from=<" % (host, pid3, q), c.email,
           ">, size=%d, nrcpt=1 (queue active)" % g.randint(2000, 90000))
    d.line(_ts(g, ck, iso), " %s postfix/lmtp[%d]: %s: to=<" % (host, pid4, q), svc,
           ">, relay=mail.talgrat.%s[private/dovecot-lmtp], delay=0.%d, dsn=2.0.0, status=sent (250 2.0.0 Ok)" % (
               "de" if de(g) else "com", g.randint(1, 9)))
    d(_ts(g, ck, iso), " %s postfix/qmgr[%d]: %s: removed" % (host, pid3, q))
    return d


@L("postfix_maillog")
def _(g):
    c = g.person()
    ck = Clock(g)
    iso = g.chance(0.4)
    host = g.pick(["mail", "out1", "smtp-out"])
    q, q2 = qid(g), qid(g)
    mx = "mx%d.%s" % (g.randint(0, 3), c.email[0].text.split("@")[1])
    ip = g.make_ip(c.country)
    sender = g.role_email(g.pick(["noreply", "orders", "versand"] if de(g) else ["noreply", "orders", "dispatch"]))
    pid, pid2 = g.randint(1000, 39999), g.randint(1000, 39999)
    d = Doc()
    d.line(_ts(g, ck, iso), " %s postfix/qmgr[%d]: %s: from=<" % (host, pid, q), sender,
           ">, size=%d, nrcpt=1 (queue active)" % g.randint(8000, 60000))
    d.line(_ts(g, ck, iso), " %s postfix/smtp[%d]: %s: to=<" % (host, pid2, q), c.email, ">, relay=%s[" % mx, _ipl(ip),
           "]:25, delay=1.%d, delays=0.1/0/0.6/0.5, dsn=5.1.1, status=bounced (host %s[" % (g.randint(0, 9), mx),
           _ipl(ip), "] said: 550 5.1.1 <", c.email, ">: Recipient address rejected: User unknown (in reply to RCPT TO command))")
    d.line(_ts(g, ck, iso), " %s postfix/cleanup[%d]: %s: info: header Subject: Undelivered Mail Returned to Sender" % (
        host, g.randint(1000, 39999), q2))
    d.line(_ts(g, ck, iso), " %s postfix/bounce[%d]: %s: sender non-delivery notification: %s" % (
        host, g.randint(1000, 39999), q, q2))
    d(_ts(g, ck, iso), " %s postfix/qmgr[%d]: %s: removed" % (host, pid, q))
    return d


@L("postfix_maillog")
def _(g):
    s = g.staff()
    c = g.person()
    ck = Clock(g)
    iso = g.chance(0.4)
    host = "mail"
    q = qid(g)
    ip = g.make_ip(kind=g.pick(["private", "public"])) if g.chance(0.7) else g.make_ip6()
    ip2 = g.make_ip(c.country)
    mx = "mx%d.%s" % (g.randint(0, 3), c.email[0].text.split("@")[1])
    pid, pid2, pid3 = (g.randint(1000, 39999) for _ in range(3))
    d = Doc()
    d.line(_ts(g, ck, iso), " %s postfix/submission/smtpd[%d]: connect from unknown[" % (host, pid), _ipl(ip), "]")
    d.line(_ts(g, ck, iso), " %s postfix/submission/smtpd[%d]: %s: client=unknown[" % (host, pid, q), _ipl(ip),
           "], sasl_method=PLAIN, sasl_username=", s.email)
    to_form = g.pick(["full", "full", "upper"])
    d.line(_ts(g, ck, iso), " %s postfix/cleanup[%d]: %s: info: header To: " % (host, pid2, q), getattr(c, to_form),
           " <", c.email, "> from unknown[", _ipl(ip), "]; from=<", s.email, ">")
    d.line(_ts(g, ck, iso), " %s postfix/qmgr[%d]: %s: from=<" % (host, pid3, q), s.email,
           ">, size=%d, nrcpt=1 (queue active)" % g.randint(2000, 40000))
    d(_ts(g, ck, iso), " %s postfix/smtp[%d]: %s: to=<" % (host, g.randint(1000, 39999), q), c.email,
      ">, relay=%s[" % mx, _ipl(ip2), "]:25, delay=0.%d, dsn=2.0.0, status=sent (250 2.0.0 OK)" % g.randint(2, 9))
    return d


@L("postfix_maillog")
def _(g):
    ck = Clock(g)
    iso = g.chance(0.4)
    host = g.pick(["out1", "mail"])
    q = qid(g)
    pid = g.randint(1000, 39999)
    sender = g.role_email("newsletter")
    d = Doc()
    d.line(_ts(g, ck, iso), " %s postfix/qmgr[%d]: %s: from=<" % (host, pid, q), sender,
           ">, size=%d, nrcpt=%d (queue active)" % (g.randint(20000, 90000), g.randint(3, 4)))
    n = g.randint(2, 4)
    for i in range(n):
        c = g.person()
        mx = "mx%d.%s" % (g.randint(0, 3), c.email[0].text.split("@")[1])
        ip = g.make_ip(c.country)
        st = g.pick([("2.0.0", "sent", "250 2.0.0 Ok: queued"), ("4.2.2", "deferred", "452 4.2.2 Mailbox full"),
                     ("5.1.1", "bounced", "550 5.1.1 User unknown")])
        d.line(_ts(g, ck, iso), " %s postfix/smtp[%d]: %s: to=<" % (host, g.randint(1000, 39999), q), c.email,
               ">, relay=%s[" % mx, _ipl(ip), "]:25, dsn=%s, status=%s (%s)" % st)
    d(_ts(g, ck, iso), " %s postfix/qmgr[%d]: %s: removed" % (host, pid, q))
    return d


# ---------------------------------------------------------------------------
# mysql_vertical_output
# ---------------------------------------------------------------------------

def _vrow(d, width, key, *val):
    d.line(key.rjust(width), ": ", *val)


@L("mysql_vertical_output")
def _(g):
    c = no_apostrophe(g, g.person)
    ck = Clock(g)
    german = de(g) and g.chance(0.5)
    keys = (["id", "vorname", "nachname", "email", "telefon", "strasse", "plz", "ort", "land", "angelegt_am"] if german
            else ["id", "first_name", "last_name", "email", "phone", "street", "zip_code", "city", "country", "created_at"])
    w = max(len(k) for k in keys)
    d = Doc()
    d.line("mysql> SELECT * FROM %s WHERE email = '" % ("kunden" if german else "customers"), c.email, "'\\G")
    d.line("*************************** 1. row ***************************")
    vals = [str(g.randint(10000, 99999)), c.first, c.last, c.email, g.pick([c.phone, c.e164]), c.street, c.postcode,
            c.town, c.cc, ck.sql()]
    for k, v in zip(keys, vals):
        _vrow(d, w, k, v)
    d("1 row in set (0.00 sec)")
    return d


@L("mysql_vertical_output")
def _(g):
    ck = Clock(g)
    german = de(g) and g.chance(0.5)
    keys = ["id", "display_name", "email", "last_login_ip", "last_login_at"]
    w = max(len(k) for k in keys)
    d = Doc()
    n = g.randint(2, 2)
    d.line("mysql> SELECT id, display_name, email, last_login_ip, last_login_at FROM staff WHERE store_id = %d\\G" % g.randint(2, 40))
    for i in range(n):
        s = g.staff()
        d.line("*************************** %d. row ***************************" % (i + 1))
        ip = g.make_ip(kind="private") if g.chance(0.5) else (g.make_ip() if g.chance(0.7) else g.make_ip6())
        for k, v in zip(keys, [str(g.randint(100, 999)), g.pick([s.full, s.upper, s.init_last]), s.email,
                               Lab("IP_ADDRESS", ip), ck.tick(60, 9000).sql()]):
            _vrow(d, w, k, v)
    d("%d rows in set (0.01 sec)" % n)
    return d


@L("mysql_vertical_output")
def _(g):
    ck = Clock(g)
    keys = ["order_id", "account_holder", "iban", "amount", "created_at"]
    w = max(len(k) for k in keys)
    d = Doc()
    d.line("mysql> SELECT order_id, account_holder, iban, amount, created_at FROM refunds WHERE status = 'pending'\\G")
    n = 2
    for i in range(n):
        c = g.person()
        d.line("*************************** %d. row ***************************" % (i + 1))
        amt = "%.2f" % (g.randint(2000, 35000) / 100)
        for k, v in zip(keys, [g.order_no().lstrip("#"), g.pick([c.full, c.upper]), c.iban_c, amt, ck.tick(60, 90000).sql()]):
            _vrow(d, w, k, v)
    d("%d rows in set (0.00 sec)" % n)
    return d


@L("mysql_vertical_output")
def _(g):
    c = no_apostrophe(g, g.person)
    o = g.order_no().lstrip("#")
    german = de(g) and g.chance(0.5)
    keys = (["bestellung", "empfaenger", "anschrift", "telefon", "hinweis"] if german
            else ["order_id", "recipient", "address", "phone", "note"])
    w = max(len(k) for k in keys)
    note = g.pick(["bitte beim Nachbarn abgeben", "Hintereingang", "NULL"] if de(g) else
                  ["leave with neighbour", "side door", "NULL"])
    d = Doc()
    d.line("mysql> SELECT * FROM %s WHERE %s = '%s'\\G" % ("lieferadressen" if german else "shipping_addresses",
                                                          keys[0], o))
    d.line("*************************** 1. row ***************************")
    for k, v in zip(keys, [o, g.pick([c.full, c.last_first]), c.addr1, c.phone, note]):
        _vrow(d, w, k, v)
    d("1 row in set (0.00 sec)")
    return d


# ---------------------------------------------------------------------------
# jcard_contacts
# ---------------------------------------------------------------------------

def _tel_uri(g, p):
    v = g.make_phone(p.country, "mobile", style="intl")
    v = v.replace("(0)", "").replace("  ", " ").strip()
    if v.startswith("00"):
        v = "+" + v[2:]
    v = v.replace(" ", "-").replace("/", "-")
    return Lab("PHONE", v, p)


@L("jcard_contacts")
def _(g):
    c = g.person()
    d = Doc()
    d.line('["vcard",')
    d.line("  [")
    d.line('    ["version", {}, "text", "4.0"],')
    d.line('    ["fn", {}, "text", "', c.full, '"],')
    d.line('    ["n", {}, "text", ["', c.last, '", "', c.first, '", "", "", ""]],')
    d.line('    ["email", {"type": "home"}, "text", "', c.email, '"],')
    d.line('    ["tel", {"type": ["cell", "voice"]}, "uri", "tel:', _tel_uri(g, c), '"],')
    d.line('    ["adr", {"type": "home"}, "text", ["", "", "', c.street, '", "%s", "", "%s", "%s"]]' % (
        c.town, c.postcode, c.country_name))
    d.line("  ]")
    d("]")
    return d


@L("jcard_contacts")
def _(g):
    d = Doc()
    d.line("[")
    n = g.randint(2, 3)
    org = g.company("supplier")
    for i in range(n):
        p = g.person()
        sep = "," if i < n - 1 else ""
        d.line('  ["vcard", [["version", {}, "text", "4.0"], ["fn", {}, "text", "', p.full, '"], ["org", {}, "text", "%s"], '
               % org, '["email", {}, "text", "', p.email, '"], ["tel", {"type": "work"}, "text", "', p.phone, '"]]]' + sep)
    d("]")
    return d


@L("jcard_contacts")
def _(g):
    s = g.staff()
    st = g.store()
    title = g.pick(["Filialleitung", "Werkstatt", "Kundenservice"] if de(g) else ["Store Manager", "Workshop", "Customer Service"])
    d = Doc()
    d.line('{"id": "staff-%d", "jcard": ["vcard", [' % g.randint(100, 999))
    d.line('  ["version", {}, "text", "4.0"],')
    d.line('  ["fn", {}, "text", "', s.full, '"],')
    d.line('  ["n", {}, "text", ["', s.last, '", "', s.first, '", "", "", ""]],')
    d.line('  ["org", {}, "text", ["Talgrat Outdoor", "%s"]],' % st.name)
    d.line('  ["title", {}, "text", "%s"],' % title)
    d.line('  ["tel", {"type": "work"}, "text", "', st.phone, '"],')
    d.line('  ["email", {"type": "work"}, "text", "', s.email, '"],')
    d.line('  ["adr", {"type": "work"}, "text", ["", "", "', st.street, '", "%s", "", "%s", ""]]' % (
        st.town_short, st.pc))
    d("]]}")
    return d


@L("jcard_contacts")
def _(g):
    c = g.person()
    s = g.staff()
    note = (g.pick(["Rückruf erbeten", "Stammkunde", "Newsletter abbestellt"]) if de(g)
            else g.pick(["please call back", "regular customer", "unsubscribed from newsletter"]))
    d = Doc()
    d.line('{"status": "ok", "contact": ["vcard", [')
    d.line('  ["version", {}, "text", "4.0"],')
    d.line('  ["fn", {}, "text", "', g.pick([c.full, c.upper]), '"],')
    d.line('  ["email", {}, "text", "', c.email, '"],')
    if g.chance(0.5):
        d.line('  ["email", {"pref": "2"}, "text", "', c.email2, '"],')
    d.line('  ["tel", {"type": "home"}, "uri", "tel:', _tel_uri(g, c), '"],')
    d.line('  ["adr", {}, "text", ["", "", "', c.street, '", "%s", "", "%s", "%s"]],' % (c.town, c.postcode, c.cc))
    d.line('  ["note", {}, "text", "%s (' % note, s.init_last, ')"]')
    d("]]}")
    return d


# ---------------------------------------------------------------------------
# jsonld_order_markup
# ---------------------------------------------------------------------------

@L("jsonld_order_markup")
def _(g):
    c = g.person()
    p = g.product()
    cur = {"GB": "GBP", "US": "USD", "CH": "CHF"}.get(g.country, "EUR")
    d = Doc()
    d.line('<script type="application/ld+json">')
    d.line("{")
    d.line('  "@context": "http://schema.org",')
    d.line('  "@type": "Order",')
    d.line('  "merchant": {"@type": "Organization", "name": "Talgrat Outdoor"},')
    d.line('  "orderNumber": "%s",' % g.order_no())
    d.line('  "orderStatus": "http://schema.org/OrderProcessing",')
    d.line('  "customer": {"@type": "Person", "name": "', c.full, '", "email": "', c.email, '"},')
    d.line('  "billingAddress": {"@type": "PostalAddress", "streetAddress": "', c.street,
           '", "addressLocality": "%s", "postalCode": "%s", "addressCountry": "%s"},' % (c.town, c.postcode, c.cc))
    d.line('  "acceptedOffer": {"@type": "Offer", "itemOffered": {"@type": "Product", "name": "%s", "sku": "%s"}, '
           '"price": "%.2f", "priceCurrency": "%s"}' % (p.name, p.sku, p.price_eur, cur))
    d.line("}")
    d("</script>")
    return d


@L("jsonld_order_markup")
def _(g):
    c = g.person()
    d = Doc()
    d.line('<script type="application/ld+json">')
    d.line('{"@context": "http://schema.org", "@type": "ParcelDelivery",')
    d.line(' "deliveryAddress": {"@type": "PostalAddress", "name": "', g.pick([c.full, c.upper]), '",')
    d.line('   "streetAddress": "', c.street, '", "addressLocality": "%s", "postalCode": "%s", "addressCountry": "%s"},' % (
        c.town, c.postcode, c.cc))
    d.line(' "trackingNumber": "%s", "carrier": {"@type": "Organization", "name": "%s"},' % (g.parcel_no(),
                                                                                         g.courier(c.country if c.country in ("DE", "AT", "CH", "GB", "US", "IE", "FR", "NL", "IT") else None)))
    d.line(' "partOfOrder": {"@type": "Order", "orderNumber": "%s", "merchant": {"@type": "Organization", "name": "Talgrat Outdoor"}},' % g.order_no())
    d.line(' "expectedArrivalFrom": "%s"}' % g.iso_date())
    d("</script>")
    return d


@L("jsonld_order_markup")
def _(g):
    c = g.person()
    st = g.store()
    course = g.pick(["Lawinenkurs Basis", "Kartenkunde für Einsteiger", "Klettersteig-Technik"] if de(g)
                    else ["Avalanche awareness", "Map reading for beginners", "Via ferrata skills"])
    d = Doc()
    d.line('<script type="application/ld+json">')
    d.line("{")
    d.line('  "@context": "http://schema.org",')
    d.line('  "@type": "EventReservation",')
    d.line('  "reservationNumber": "K-%d",' % g.randint(10000, 99999))
    d.line('  "reservationStatus": "http://schema.org/ReservationConfirmed",')
    d.line('  "underName": {"@type": "Person", "name": "', c.full, '", "email": "', c.email, '", "telephone": "', c.phone, '"},')
    d.line('  "reservationFor": {"@type": "Event", "name": "%s", "startDate": "%sT%s:00",' % (course, g.iso_date(), g.time()))
    d.line('    "location": {"@type": "Place", "name": "%s", "address": {"@type": "PostalAddress", "streetAddress": "' % st.name,
           st.street, '", "addressLocality": "%s", "postalCode": "%s"}}}' % (st.town_short, st.pc))
    d.line("}")
    d("</script>")
    return d


@L("jsonld_order_markup")
def _(g):
    c = g.person()
    s = g.staff()
    d = Doc()
    lbl = ("Ihre Ansprechperson" if de(g) else "Your contact")
    d.line('<div itemscope itemtype="http://schema.org/Person">')
    d.line('  <p>%s: <span itemprop="name">' % lbl, s.full, "</span>, ",
           '<span itemprop="jobTitle">%s</span></p>' % ("Kundenservice" if de(g) else "Customer Service"))
    d.line('  <p><a itemprop="email" href="mailto:', s.email, '">', s.email, "</a> · ",
           '<span itemprop="telephone">', g.store().phone, "</span></p>")
    d.line("</div>")
    d.line('<div itemscope itemtype="http://schema.org/Person">')
    d.line('  <meta itemprop="name" content="', c.full, '">')
    d.line('  <meta itemprop="email" content="', c.email, '">')
    d("</div>")
    return d


# ---------------------------------------------------------------------------
# soap_envelope
# ---------------------------------------------------------------------------

ENV = '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:%s="urn:%s">'


@L("soap_envelope")
def _(g):
    c = g.person()
    d = Doc()
    d.line(ENV % ("ship", "carrier:shipping:v3"))
    d.line('  <soapenv:Header><ship:Auth><ship:Account>TALGRAT-WH%d</ship:Account></ship:Auth></soapenv:Header>' % g.randint(1, 4))
    d.line("  <soapenv:Body>")
    d.line("    <ship:CreateShipment>")
    d.line("      <ship:Reference>%s</ship:Reference>" % g.order_no())
    d.line("      <ship:Receiver>")
    d.line("        <ship:Name1>", g.pick([c.full, c.upper]), "</ship:Name1>")
    d.line("        <ship:StreetLine>", c.street, "</ship:StreetLine>")
    d.line("        <ship:PostalCode>%s</ship:PostalCode><ship:City>%s</ship:City><ship:Country>%s</ship:Country>" % (
        c.postcode, c.town, c.cc))
    d.line("        <ship:Phone>", g.pick([c.phone, c.e164]), "</ship:Phone>")
    d.line("        <ship:Email>", c.email, "</ship:Email>")
    d.line("      </ship:Receiver>")
    d.line("    </ship:CreateShipment>")
    d.line("  </soapenv:Body>")
    d("</soapenv:Envelope>")
    return d


@L("soap_envelope")
def _(g):
    c = g.person()
    d = Doc()
    if g.chance(0.5):
        d.line(ENV % ("pay", "psp:cards:v4"))
        d.line("  <soapenv:Body>")
        d.line("    <pay:Authorise>")
        d.line("      <pay:MerchantRef>%s</pay:MerchantRef>" % g.order_no())
        d.line("      <pay:Amount currency=\"%s\">%.2f</pay:Amount>" % (
            {"GB": "GBP", "US": "USD", "CH": "CHF"}.get(g.country, "EUR"), g.randint(2000, 40000) / 100))
        d.line("      <pay:CardNumber>", c.card_c, "</pay:CardNumber>")
        d.line("      <pay:Expiry>%02d%02d</pay:Expiry>" % (g.randint(1, 12), g.randint(26, 30)))
        d.line("      <pay:CardHolder>", g.pick([c.full, c.upper]), "</pay:CardHolder>")
        d.line("      <pay:ShopperIP>", g.pick([c.ip, c.ip6]), "</pay:ShopperIP>")
        d.line("    </pay:Authorise>")
        d.line("  </soapenv:Body>")
        d("</soapenv:Envelope>")
        return d
    d.line(ENV % ("pay", "psp:sepa:mandates:v2"))
    d.line("  <soapenv:Body>")
    d.line("    <pay:ValidateMandate>")
    d.line("      <pay:MandateReference>TG-M-%d</pay:MandateReference>" % g.randint(100000, 999999))
    d.line("      <pay:AccountHolder>", g.pick([c.full, c.upper]), "</pay:AccountHolder>")
    d.line("      <pay:IBAN>", c.iban_c, "</pay:IBAN>")
    d.line("      <pay:SignatureDate>%s</pay:SignatureDate>" % g.iso_date())
    if g.chance(0.6):
        d.line("      <pay:DebtorAddress>", c.addr1, "</pay:DebtorAddress>")
    d.line("    </pay:ValidateMandate>")
    d.line("  </soapenv:Body>")
    d("</soapenv:Envelope>")
    return d


@L("soap_envelope")
def _(g):
    c = g.person()
    msg = ("Postleitzahl %s passt nicht zu Straße" if de(g) else "Postal code %s does not match street") % c.postcode
    d = Doc()
    d.line('<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">')
    d.line("  <soapenv:Body>")
    d.line("    <soapenv:Fault>")
    d.line("      <faultcode>soapenv:Client</faultcode>")
    d.line("      <faultstring>%s</faultstring>" % msg)
    d.line("      <detail>")
    d.line('        <ValidationError field="street">', c.street, "</ValidationError>")
    d.line("        <Input><Name>", c.full, "</Name><Email>", c.email, "</Email></Input>")
    d.line("      </detail>")
    d.line("    </soapenv:Fault>")
    d.line("  </soapenv:Body>")
    d("</soapenv:Envelope>")
    return d


@L("soap_envelope")
def _(g):
    c = g.person()
    s = g.staff()
    d = Doc()
    d.line(ENV % ("crm", "talgrat:crm:contacts:v1"))
    d.line("  <soapenv:Header><crm:ChangedBy>", s.email, "</crm:ChangedBy></soapenv:Header>")
    d.line("  <soapenv:Body>")
    d.line("    <crm:UpdateContact>")
    d.line("      <crm:CustomerId>%d</crm:CustomerId>" % g.randint(100000, 999999))
    d.line("      <crm:FirstName>", c.first, "</crm:FirstName>")
    d.line("      <crm:LastName>", c.last, "</crm:LastName>")
    d.line("      <crm:MobilePhone>", c.phone, "</crm:MobilePhone>")
    d.line("      <crm:Email>", c.email, "</crm:Email>")
    d.line("      <crm:BirthDate>%d-%02d-%02d</crm:BirthDate>" % (g.randint(1950, 2004), g.randint(1, 12), g.randint(1, 28)))
    d.line("    </crm:UpdateContact>")
    d.line("  </soapenv:Body>")
    d("</soapenv:Envelope>")
    return d


# ---------------------------------------------------------------------------
# multipart_form_post
# ---------------------------------------------------------------------------

def _host(g):
    return "www.talgrat.de" if de(g) else "www.talgrat.com"


@L("multipart_form_post")
def _(g):
    c = g.person()
    b = "-" * 26 + str(g.randint(10 ** 11, 10 ** 12 - 1))
    fields = g.pick([[("full_name", c.full), ("street", c.street)], [("name", c.full), ("email", c.email)],
                     [("email", c.email), ("phone", c.phone)]])
    d = Doc()
    d.line("POST /account/%s HTTP/1.1" % g.pick(["address", "profile", "contact"]))
    d.line("Host: %s" % _host(g))
    d.line("X-Forwarded-For: ", g.pick([c.ip, c.ip6]))
    d.line("Content-Type: multipart/form-data; boundary=%s" % b)
    d.line("")
    for k, v in fields:
        d.line("--%s" % b)
        d.line('Content-Disposition: form-data; name="%s"' % k)
        d.line("")
        d.line(v)
    d("--%s--" % b)
    return d


@L("multipart_form_post")
def _(g):
    c = g.person()
    d = Doc()
    d.line("curl -sS -X POST https://api.talgrat.%s/v2/%s \\" % ("de" if de(g) else "com",
                                                                g.pick(["warranty-claims", "returns", "repairs"])))
    d.line('  -H "Authorization: Bearer $TOKEN" \\')
    d.line('  -F "first_name=', c.first, '" \\')
    d.line('  -F "last_name=', c.last, '" \\')
    d.line('  -F "email=', c.email, '" \\')
    d.line('  -F "phone=', c.phone, '" \\')
    if g.chance(0.5):
        d.line('  -F "street=', c.street, '" \\')
        d.line('  -F "zip=%s" \\' % c.postcode)
    d.line('  -F "order=%s" \\' % g.order_no())
    d('  -F "photo=@IMG_%d.jpg"' % g.randint(1000, 9999))
    return d


@L("multipart_form_post")
def _(g):
    c = g.person()
    d = Doc()
    if g.chance(0.6):
        d.line("$ http -f POST :8000/api/returns name='", c.full, "' email=", c.email, " iban=", c.iban_c,
               " order=%s" % g.order_no().lstrip("#"))
        d.line("HTTP/1.1 201 Created")
        d.line("Content-Type: application/json")
        d.line("")
        d('{"id": %d, "status": "%s", "refund_to": "' % (g.randint(1000, 9999), "eingegangen" if de(g) else "received"),
          c.iban_c, '"}')
        return d
    d.line("$ http -f POST :8000/api/deposits name='", c.full, "' card=", c.card_c, " exp=%02d%02d" % (
        g.randint(1, 12), g.randint(26, 30)), " phone='", c.phone, "'")
    d.line("HTTP/1.1 402 Payment Required")
    d.line("Content-Type: application/json")
    d.line("")
    d('{"error": "card_declined", "holder": "', c.full, '"}')
    return d


@L("multipart_form_post")
def _(g):
    c = g.person()
    ck = Clock(g)
    ip = g.pick([c.ip, c.ip6])
    d = Doc()
    d.line("[%s] DEBUG in views: POST /checkout/address from " % ck.sql(), ip)
    d.line("[%s] DEBUG in views: form=ImmutableMultiDict([('name', '" % ck.tick(0, 1).sql(), c.full, "'), ('email', '",
           c.email, "'), ('phone', '", c.phone, "'), ('street', '", c.street, "'), ('zip', '%s'), ('city', '%s')])" % (
               c.postcode, c.town))
    d("[%s] INFO in views: address saved for cart %d" % (ck.tick(0, 2).sql(), g.randint(100000, 999999)))
    return d


# ---------------------------------------------------------------------------
# dotenv_file
# ---------------------------------------------------------------------------

@L("dotenv_file")
def _(g):
    o = g.staff()
    c = g.person()
    d = Doc()
    d.line("# staging – checkout tests (%s: " % ("Verantwortlich" if de(g) else "owner"), o.full, ")")
    d.line("APP_ENV=staging")
    d.line('SMTP_FROM="Talgrat Service <', g.role_email("service"), '>"')
    d.line("TEST_CUSTOMER_EMAIL=", c.email)
    d.line('TEST_CUSTOMER_NAME="', c.full, '"')
    d.line("TEST_CUSTOMER_PHONE=", c.e164)
    d.line('TEST_SHIP_STREET="', c.street, '"')
    d.line("TEST_SHIP_ZIP=%s" % c.postcode)
    if g.chance(0.6):
        d.line("TEST_REFUND_IBAN=", c.iban_c)
    d("FEATURE_EXPRESS_CHECKOUT=%s" % g.pick(["true", "false"]))
    return d


@L("dotenv_file")
def _(g):
    m = g.staff()
    st = g.store()
    d = Doc()
    d.line("# %s – %s" % ("Kassensystem" if de(g) else "POS terminal", st.name))
    d.line("STORE_ID=%d" % g.randint(2, 60))
    d.line('STORE_ADDRESS="', st.addr1, '"')
    d.line("STORE_PHONE=", st.phone)
    d.line('STORE_MANAGER="', m.full, '"')
    d.line("ALERT_EMAIL=", m.email)
    d.line("ALERT_SMS_TO=", m.e164)
    d.line("RECEIPT_PRINTER_HOST=", _ipl(g.make_ip(kind="private")))
    d("TILL_COUNT=%d" % g.randint(2, 6))
    return d


@L("dotenv_file")
def _(g):
    a, b = g.staff(), g.staff()
    d = Doc()
    d.line("# %s" % ("Bereitschaft / Alarmierung" if de(g) else "on-call / paging"))
    d.line("ONCALL_PRIMARY_NAME=", g.pick([a.full, a.upper]))
    d.line("ONCALL_PRIMARY_PHONE=", a.e164)
    d.line("ONCALL_SECONDARY_NAME=", g.pick([b.full, b.upper]))
    d.line("ONCALL_SECONDARY_PHONE=", b.e164)
    d.line("ONCALL_EMAIL=", a.email, ",", b.email)
    d.line("ADMIN_ALLOWED_IPS=", _ipl(g.make_ip()), ",", _ipl(g.make_ip(kind="private")))
    d("PAGER_ESCALATION_MINUTES=%d" % g.pick([10, 15, 30]))
    return d


@L("dotenv_file")
def _(g):
    c = g.person()
    d = Doc()
    d.line("# payment sandbox – %s" % ("nicht committen!" if de(g) else "do not commit!"))
    d.line("PSP_ENV=sandbox")
    d.line("PSP_MERCHANT_ID=TALGRAT%d" % g.randint(1000, 9999))
    d.line("TEST_CARD_NUMBER=", c.card_c)
    d.line("TEST_CARD_EXPIRY=%02d/%d" % (g.randint(1, 12), g.randint(27, 31)))
    d.line('TEST_CARD_HOLDER="', g.pick([c.full, c.upper]), '"')
    d.line("TEST_BILLING_EMAIL=", c.email)
    d("WEBHOOK_SOURCE_IP=", [Lab("IP_ADDRESS", g.make_ip())])
    return d


# ---------------------------------------------------------------------------
# apple_plist
# ---------------------------------------------------------------------------

PLIST_HEAD = ['<?xml version="1.0" encoding="UTF-8"?>',
              '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
              '<plist version="1.0">']


def _kv(d, k, *v, tab="\t"):
    d.line(tab, "<key>%s</key><string>" % k, *v, "</string>")


@L("apple_plist")
def _(g):
    m = g.staff()
    st = g.store()
    d = Doc()
    for h in PLIST_HEAD:
        d.line(h)
    d.line("<dict>")
    _kv(d, "StoreName", st.name)
    _kv(d, "StoreManager", m.full)
    _kv(d, "StorePhone", st.phone)
    _kv(d, "StoreAddress", st.addr1)
    _kv(d, "SupportEmail", m.email)
    d.line("\t<key>KioskMode</key><%s/>" % g.pick(["true", "false"]))
    d.line("</dict>")
    d("</plist>")
    return d


@L("apple_plist")
def _(g):
    s = g.staff()
    d = Doc()
    for h in PLIST_HEAD:
        d.line(h)
    d.line("<dict>")
    d.line("\t<key>ManagedAppConfig</key>")
    d.line("\t<dict>")
    _kv(d, "DeviceOwner", g.pick([s.full, s.LAST_first]), tab="\t\t")
    _kv(d, "UserEmail", s.email, tab="\t\t")
    _kv(d, "LastSyncIP", [Lab("IP_ADDRESS", g.make_ip(kind=g.pick(["private", "public"])))],
        tab="\t\t")
    _kv(d, "DeviceName", "iPad-%s-%02d" % (de_ascii(g.store().town_short).replace(" ", "").replace(".", ""),
                                             g.randint(1, 9)), tab="\t\t")
    d.line("\t</dict>")
    d.line("</dict>")
    d("</plist>")
    return d


@L("apple_plist")
def _(g):
    s = g.staff()
    d = Doc()
    for h in PLIST_HEAD[:1]:
        d.line(h)
    d.line('<plist version="1.0">')
    d.line("<dict>")
    _kv(d, "CFBundleIdentifier", "com.talgrat.%s" % g.pick(["storeapp", "kasse", "scanner"]))
    _kv(d, "CFBundleShortVersionString", "%d.%d.%d" % (g.randint(1, 5), g.randint(0, 19), g.randint(0, 9)))
    _kv(d, "CrashReporterContact", s.full)
    _kv(d, "CrashReporterEmail", s.email)
    _kv(d, "CrashReporterPhone", s.phone)
    d.line("</dict>")
    d("</plist>")
    return d


@L("apple_plist")
def _(g):
    c = g.person()
    d = Doc()
    d.line('<plist version="1.0">')
    d.line("<dict>")
    d.line("\t<key>TestUser</key>")
    d.line("\t<dict>")
    _kv(d, "FirstName", c.first, tab="\t\t")
    _kv(d, "LastName", c.last, tab="\t\t")
    _kv(d, "Email", c.email, tab="\t\t")
    _kv(d, "ShippingStreet", c.street, tab="\t\t")
    _kv(d, "ShippingZip", c.postcode, tab="\t\t")
    _kv(d, "Phone", c.e164, tab="\t\t")
    d.line("\t</dict>")
    d.line("</dict>")
    d("</plist>")
    return d


# ---------------------------------------------------------------------------
# windows_event_xml
# ---------------------------------------------------------------------------

EVT = '<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">'


def _sys(g, eid, ck, provider="Microsoft-Windows-Security-Auditing", computer=None):
    computer = computer or "%s-%s-%02d.talgrat.local" % (g.pick(["POS", "KASSE", "BUERO", "LAGER"] if de(g) else
                                                               ["POS", "TILL", "OFFICE", "STOCK"]),
                                                        de_ascii(g.store().town_short).upper().replace(" ", "").replace(".", ""),
                                                        g.randint(1, 9))
    return ('  <System><Provider Name="%s" /><EventID>%d</EventID><TimeCreated SystemTime="%s" /><Computer>%s</Computer></System>'
            % (provider, eid, ck.iso(zone="Z").replace("+01:00", ""), computer))


@L("windows_event_xml")
def _(g):
    ck = Clock(g)
    ip = g.make_ip() if g.chance(0.6) else g.make_ip6()
    d = Doc()
    d.line(EVT)
    d.line(_sys(g, 4624, ck))
    d.line("  <EventData>")
    d.line('    <Data Name="TargetUserName">tg%05d</Data>' % g.randint(1000, 99999))
    d.line('    <Data Name="TargetDomainName">TALGRAT</Data>')
    d.line('    <Data Name="LogonType">%d</Data>' % g.pick([3, 10]))
    d.line('    <Data Name="IpAddress">', [Lab("IP_ADDRESS", ip)], "</Data>")
    d.line('    <Data Name="IpPort">%d</Data>' % g.randint(49152, 65535))
    d.line("  </EventData>")
    d("</Event>")
    return d


@L("windows_event_xml")
def _(g):
    ck = Clock(g)
    s = g.staff()
    admin = g.staff()
    d = Doc()
    d.line(EVT)
    d.line(_sys(g, 4720, ck))
    d.line("  <EventData>")
    d.line('    <Data Name="TargetUserName">tg%05d</Data>' % g.randint(1000, 99999))
    d.line('    <Data Name="DisplayName">', s.full, "</Data>")
    d.line('    <Data Name="UserPrincipalName">', s.email, "</Data>")
    d.line('    <Data Name="SubjectUserName">adm-tg%04d</Data>' % g.randint(100, 9999))
    d.line("  </EventData>")
    d.line("</Event>")
    d("<!-- %s: " % ("angelegt von" if de(g) else "created by"), admin.full, " -->")
    return d


@L("windows_event_xml")
def _(g):
    ck = Clock(g)
    c = g.person()
    s = g.staff()
    msg = (g.pick(["Kundendaten geändert", "Adresse aktualisiert"]) if de(g) else g.pick(["Customer record changed", "Address updated"]))
    d = Doc()
    d.line(EVT)
    d.line(_sys(g, g.randint(1000, 1200), ck, provider="TalgratPOS"))
    d.line("  <EventData>")
    d.line("    <Data>%s: " % msg, c.full, ", ", c.addr1, "</Data>")
    d.line("    <Data>", c.phone, "</Data>")
    d.line("    <Data>", s.init_last, "</Data>")
    d.line("  </EventData>")
    d("</Event>")
    return d


@L("windows_event_xml")
def _(g):
    ck = Clock(g)
    d = Doc()
    n = 2
    d.line("<Events>")
    for i in range(n):
        ip = g.make_ip() if g.chance(0.7) else g.make_ip6()
        d.line(EVT)
        d.line(_sys(g, 4625, ck.tick(5, 300)))
        d.line('  <EventData><Data Name="TargetUserName">tg%05d</Data><Data Name="FailureReason">%%%%2313</Data>'
               % g.randint(1000, 99999), '<Data Name="IpAddress">', [Lab("IP_ADDRESS", ip)],
               "</Data></EventData>")
        d.line("</Event>")
    s = g.staff()
    d.line("<!-- %s " % ("gemeldet von" if de(g) else "reported by"), s.full, " (", s.email, ") -->")
    d("</Events>")
    return d


# ---------------------------------------------------------------------------
# python_traceback
# ---------------------------------------------------------------------------

def pyq(lab_or_text):
    return ("'", lab_or_text, "'")


@L("python_traceback")
def _(g):
    c = no_apostrophe(g, g.person)
    d = Doc()
    d.line("Traceback (most recent call last):")
    d.line('  File "/srv/shop/checkout/views.py", line %d, in place_order' % g.randint(80, 400))
    d.line("    order = create_order(cart, address)")
    d.line('  File "/srv/shop/checkout/services.py", line %d, in create_order' % g.randint(20, 300))
    d.line("    validate_address(address)")
    d.line('  File "/srv/shop/checkout/validation.py", line %d, in validate_address' % g.randint(10, 120))
    d.line("    raise AddressValidationError(f\"postcode {address.postcode!r} does not match town\")")
    d.line("checkout.errors.AddressValidationError: postcode '%s' does not match town" % c.postcode)
    d("  address = Address(name=", pyq(c.full), ", street=", pyq(c.street), ", postcode='%s', town='%s', phone=" % (
        c.postcode, c.town), pyq(c.phone), ")")
    return d


@L("python_traceback")
def _(g):
    c = no_apostrophe(g, g.person)
    d = Doc()
    d.line("Traceback (most recent call last):")
    d.line('  File "/srv/shop/refunds/tasks.py", line %d, in send_refund' % g.randint(30, 200))
    d.line("    bic = payload['bic']")
    d.line("KeyError: 'bic'")
    d.line("")
    d.line("Local variables:")
    d.line("  payload = {'account_holder': ", pyq(g.pick([c.full, c.upper])), ", 'iban': ", pyq(c.iban_c),
           ", 'amount': '%.2f'}" % (g.randint(1500, 30000) / 100))
    d("  order_id = '%s'" % g.order_no().lstrip("#"))
    return d


@L("python_traceback")
def _(g):
    c = no_apostrophe(g, g.person)
    s = g.staff()
    d = Doc()
    d.line("Traceback (most recent call last):")
    d.line('  File "/srv/shop/mailer/send.py", line %d, in deliver' % g.randint(40, 160))
    d.line("    smtp.sendmail(sender, [rcpt], msg.as_string())")
    d.line('  File "/usr/lib/python3.11/smtplib.py", line 901, in sendmail')
    d.line("    raise SMTPRecipientsRefused(senderrs)")
    d.line("smtplib.SMTPRecipientsRefused: {", pyq(c.email), ": (550, b'5.1.1 User unknown')}")
    d(" sender = ", pyq(s.email), "; customer = ", pyq(c.full))
    return d


@L("python_traceback")
def _(g):
    c = no_apostrophe(g, g.person)
    d = Doc()
    d.line("ERROR payments.gateway: authorisation failed")
    d.line("Traceback (most recent call last):")
    d.line('  File "/srv/shop/payments/gateway.py", line %d, in authorise' % g.randint(50, 250))
    d.line("    resp.raise_for_status()")
    d.line("payments.errors.PaymentDeclined: 402 do_not_honour")
    d.line("  request = {'card_number': ", pyq(c.card_c), ", 'holder': ", pyq(g.pick([c.full, c.upper])),
           ", 'expiry': '%02d/%d'}" % (g.randint(1, 12), g.randint(26, 30)))
    d("  client_ip = ", pyq(g.pick([c.ip, c.ip6])))
    return d


# ---------------------------------------------------------------------------
# wiki_markup_table
# ---------------------------------------------------------------------------

@L("wiki_markup_table")
def _(g):
    st = g.store()
    hdr = ("Name !! Rolle !! Telefon !! E-Mail" if de(g) else "Name !! Role !! Phone !! E-mail")
    roles = (["Filialleitung", "Stellv. Filialleitung", "Werkstatt", "Kasse"] if de(g)
             else ["Store manager", "Deputy manager", "Workshop", "Tills"])
    d = Doc()
    d.line("== %s %s ==" % ("Ansprechpartner" if de(g) else "Contacts", st.name))
    d.line('{| class="wikitable"')
    d.line("! " + hdr)
    n = g.randint(2, 4)
    for i in range(n):
        s = g.staff()
        d.line("|-")
        d.line("| ", s.full, " || %s || " % roles[i], g.pick([s.phone, st.phone]), " || ", s.email)
    d("|}")
    return d


@L("wiki_markup_table")
def _(g):
    d = Doc()
    d.line("h2. %s" % ("Rufbereitschaft" if de(g) else "On-call rota"))
    d.line("||%s||Name||%s||" % ("KW" if de(g) else "Week", "Mobil" if de(g) else "Mobile"))
    wk = g.randint(1, 48)
    for i in range(g.randint(3, 5)):
        s = g.staff()
        d.line("|%d|" % (wk + i), g.pick([s.full, s.first, s.init_last]), "|", s.phone, "|")
    d("_%s_" % ("Tausch nur nach Absprache" if de(g) else "swaps only after agreement"))
    return d


@L("wiki_markup_table")
def _(g):
    d = Doc()
    d.line("====== %s ======" % ("Hauslieferungen" if de(g) else "Home deliveries"))
    d.line("^ %s ^ Name ^ %s ^ %s ^ %s ^" % ("Auftrag" if de(g) else "Order", "Straße" if de(g) else "Street",
                                             "PLZ" if de(g) else "Postcode", "Ort" if de(g) else "Town"))
    for i in range(g.randint(2, 4)):
        c = g.person(home=g.country)
        d.line("| %s | " % g.order_no(), g.pick([c.full, c.last_first, c.LAST_first]), " | ", c.street,
               " | %s | %s |" % (c.postcode, c.town))
    d("%s" % ("Fahrer ruft vorher an." if de(g) else "Driver calls ahead."))
    return d


@L("wiki_markup_table")
def _(g):
    d = Doc()
    ev = g.pick(["Kundenabend", "Reparaturtag", "Tourenvortrag"] if de(g) else ["Customer evening", "Repair day", "Route talk"])
    d.line("== %s, %s ==" % (ev, g.date("long")))
    d.line('{| class="wikitable sortable"')
    d.line("! %s !! Name !! %s" % ("Schicht" if de(g) else "Shift", "Kontakt" if de(g) else "Contact"))
    for i in range(g.randint(2, 4)):
        s = g.staff()
        d.line("|-")
        d.line("| %s || " % g.pick(["16–18", "18–20", "20–22", "Aufbau" if de(g) else "set-up"]),
               g.pick([s.first, s.full]), " || ", g.pick([s.phone, s.email]))
    d("|}")
    return d


# ---------------------------------------------------------------------------
# accounting_contact_export
# ---------------------------------------------------------------------------

def _datev_stamp(g):
    y, m, dd = g.date_tuple()
    return safe_digits(lambda: "%04d%02d%02d%02d%02d%02d%03d" % (y, m, dd, g.randint(7, 19), g.randint(0, 59),
                                                                    g.randint(0, 59), g.randint(0, 999)))


@L("accounting_contact_export")
def _(g):
    d = Doc()
    if de(g):
        d.line('"EXTF";700;16;"Debitoren/Kreditoren";5;%s;;"RE";"";"";%d;%d;%d0101;5' % (
            _datev_stamp(g), g.randint(10000, 99999), g.randint(10000, 99999), g.pick([2025, 2026])))
        d.line("Konto;Name (Adressatentyp natürl. Person);Vorname (Name natürl. Person);Straße;Postleitzahl;Ort;Land;"
               "E-Mail;Telefon;IBAN-Nr. 1")
        for i in range(g.randint(2, 3)):
            c = no_apostrophe(g, g.person)
            d.line("%d;\"" % (10000 + g.randint(1, 8999)), c.last, '";"', c.first, '";"', c.street,
                   '";"%s";"%s";"%s";"' % (c.postcode, c.town, c.cc), c.email, '";"', c.phone, '";"', c.iban_c, '"')
    else:
        d.line("*ContactName,EmailAddress,FirstName,LastName,POAddressLine1,POCity,POPostalCode,POCountry,MobileNumber")
        for i in range(g.randint(2, 4)):
            c = no_apostrophe(g, g.person)
            d.line('"', c.last_first, '",', c.email, ",", c.first, ",", c.last, ',"', c.street, '",%s,%s,%s,' % (
                c.town.replace(",", ""), c.postcode, c.country_name), c.phone)
    return _strip_last(d)


def _strip_last(d):
    if d.parts and d.parts[-1] == "\n":
        d.parts.pop()
    return d


@L("accounting_contact_export")
def _(g):
    d = Doc()
    if de(g):
        d.line('"EXTF";700;16;"Debitoren/Kreditoren";5;%s;;"RE";"";"";%d;%d;%d0101;5' % (
            _datev_stamp(g), g.randint(10000, 99999), g.randint(10000, 99999), g.pick([2025, 2026])))
        d.line("Konto;Name (Adressatentyp Unternehmen);Ansprechpartner;Straße;Postleitzahl;Ort;E-Mail;IBAN-Nr. 1")
        for i in range(g.randint(2, 3)):
            name = g.company("supplier")
            dom = name.lower().split(" ")[0].replace("ü", "ue").replace("ä", "ae").replace("ö", "oe") + ".de"
            p = g.contact(dom, home="DE")
            pl = g.place("DE")
            d.line('%d;"%s";"' % (70000 + g.randint(1, 8999), name), p.full, '";"', pl.street, '";"%s";"%s";"' % (
                pl.postcode, pl.town), p.email, '";"', g.org_iban("DE", grouped=False), '"')
    else:
        d.line("Account Reference,Name,Street1,Town,Post Code,Contact Name,Telephone,Email")
        for i in range(g.randint(2, 4)):
            c = no_apostrophe(g, g.person)
            d.line("CUS%03d," % g.randint(1, 999), c.full, ',"', c.street,
                   '",%s,%s,' % (c.town.replace(",", ""), c.postcode), c.init_last, ",", c.phone, ",", c.email)
    return _strip_last(d)


@L("accounting_contact_export")
def _(g):
    d = Doc()
    if de(g):
        d.line("Kundennummer;Anrede;Vorname;Nachname;Straße;PLZ;Ort;E-Mail;Telefon")
        for i in range(g.randint(2, 4)):
            c = no_apostrophe(g, g.person)
            d.line("%d;%s;" % (g.randint(10000, 99999), c.herr), c.first, ";",
                   c.last, ";", c.street, ";%s;%s;" % (c.postcode, c.town), c.email, ";", c.phone)
    else:
        d.line("Vendor,Company,First Name,Last Name,Street,City,State,ZIP,Phone,Email")
        for i in range(g.randint(2, 3)):
            c = no_apostrophe(g, lambda: g.person(country="US"))
            comp = g.company("supplier")
            d.line('"', c.full, '","%s",' % comp, c.first, ",", c.last, ',"', c.street, '","%s",%s,%s,' % (
                c.town.split(", ")[0], c.town.split(", ")[1], c.postcode), c.phone, ",", c.email)
    return _strip_last(d)


@L("accounting_contact_export")
def _(g):
    d = Doc()
    if de(g):
        d.line("Kontakt-Nr.;Typ;Firma/Nachname;Vorname;Adresse;PLZ;Ort;Land;Telefon;E-Mail;IBAN")
        for i in range(g.randint(2, 3)):
            c = no_apostrophe(g, g.person)
            d.line("%d;%s;" % (g.randint(1000, 9999), "Person"), c.last, ";", c.first, ";", c.street,
                   ";%s;%s;%s;" % (c.postcode, c.town, c.cc), c.phone, ";", c.email, ";", c.iban)
    else:
        d.line('"Customer","Billing Street","Billing City","Billing ZIP","Phone","Email","Notes"')
        for i in range(g.randint(2, 3)):
            c = no_apostrophe(g, g.person)
            note = g.pick(["trade account", "club discount", "pays by transfer", ""])
            d.line('"', c.LAST_first, '","', c.street, '","%s","%s","' % (c.town.replace('"', ""), c.postcode), c.phone,
                   '","', c.email, '","%s"' % note)
    return _strip_last(d)
