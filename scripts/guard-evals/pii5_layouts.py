"""Layout variants of the fifth PII bank: tables and exports, chat exports, quoted-reply and
forward headers, structured records. Every list is split by position parity in `Ctx.resolve`
(`{L.name}` picks from `variants[split::2]`), so dev5 and heldout5 share no layout."""

from pii5_core import COMPANIES, distractor, fold

T = lambda text: (text, None)  # noqa: E731


def _sal(p, lang):
    return p.hon.split()[0] if lang == "de" else p.hon


COLS = {
    # key: (header de, header en, maker(ctx, i) -> (text, label))
    "first": ("Vorname", "First name", lambda c, i: (c.person(f"r{i}").first, "PERSON")),
    "last": ("Nachname", "Last name", lambda c, i: (c.person(f"r{i}").last, "PERSON")),
    "full": ("Name", "Name", lambda c, i: (c.person(f"r{i}").full, "PERSON")),
    "rev": ("Kontakt", "Contact", lambda c, i: (c.person(f"r{i}").form("rev"), "PERSON")),
    "sal": ("Anrede", "Salutation", lambda c, i: (_sal(c.person(f"r{i}"), c.lang), None)),
    "email": ("E-Mail", "Email", lambda c, i: (c.person(f"r{i}").email, "EMAIL")),
    "phone": ("Telefon", "Phone", lambda c, i: (c.resolve(f"r{i}.phone")[0][0], "PHONE")),
    "street": ("Straße", "Street", lambda c, i: (c.addr(f"ra{i}").line, "STREET_ADDRESS")),
    "zip": ("PLZ", "Postcode", lambda c, i: (c.addr(f"ra{i}").zip, None)),
    "city": ("Ort", "City", lambda c, i: (c.addr(f"ra{i}").city, None)),
    "addr": ("Adresse", "Address", lambda c, i: (c.addr(f"ra{i}").one, "STREET_ADDRESS")),
    "company": ("Firma", "Company", lambda c, i: (c.val(f"co{i}", lambda: c.rng.choice(COMPANIES[c.lang])), None)),
    "title": ("Position", "Job title", lambda c, i: (c.person(f"r{i}").title, None)),
    "country": ("Land", "Country", lambda c, i: (c.addr(f"ra{i}").country, None)),
    "date": ("Datum", "Date", lambda c, i: (distractor("date", c.rng, c.lang), None)),
    "source": ("Quelle", "Source", lambda c, i: (c.rng.choice(["Messe", "Website", "LinkedIn", "Newsletter", "Empfehlung", "Pop-up"] if c.lang == "de" else ["Trade show", "Website", "LinkedIn", "Referral", "Webinar", "Pop-up"]), None)),
    "status": ("Status", "Status", lambda c, i: (c.rng.choice(["neu", "kontaktiert", "Angebot", "kalt", "gewonnen"] if c.lang == "de" else ["new", "contacted", "proposal", "cold", "won"]), None)),
    "ip": ("IP", "IP", lambda c, i: (c.resolve(f"ip{i}")[0][0], "IP_ADDRESS")),
    "cust": ("Kd.-Nr.", "Customer ID", lambda c, i: (distractor("customer", c.rng, c.lang), None)),
    "optin": ("Opt-in", "Opt-in", lambda c, i: (c.rng.choice(["ja", "ja", "nein", "DOI bestätigt"] if c.lang == "de" else ["yes", "yes", "no", "double opt-in"]), None)),
    "rsvp": ("Zusage", "RSVP", lambda c, i: (c.rng.choice(["ja", "ja", "nein", "offen", "+1"] if c.lang == "de" else ["yes", "yes", "no", "maybe", "+1"]), None)),
    "orders": ("Bestellungen", "Orders", lambda c, i: (str(c.rng.randint(1, 40)), None)),
}


def table(cols, sep, style="plain", headers=True, quote_commas=False):
    def fn(ctx):
        n = ctx.val("rows", lambda: ctx.rng.randint(3, 6))
        hdr = [COLS[k][0 if ctx.lang == "de" else 1] for k in cols]
        out = []
        if style == "md":
            out.append(T("| " + " | ".join(hdr) + " |\n"))
            out.append(T("|" + "|".join("---" for _ in cols) + "|\n"))
        elif headers:
            out.append(T(sep.join(hdr) + "\n"))
        for i in range(1, n + 1):
            if style == "md":
                out.append(T("| "))
            for j, k in enumerate(cols):
                text, label = COLS[k][2](ctx, i)
                if (quote_commas and ("," in text or sep in text)) or (sep.strip() in (",", ";") and sep.strip() in text):
                    out.extend([T('"'), (text, label), T('"')])
                else:
                    out.append((text, label))
                if j < len(cols) - 1:
                    out.append(T(" | " if style == "md" else sep))
            out.append(T(" |\n" if style == "md" else "\n"))
        return out
    return fn


def aligned(cols):
    def fn(ctx):
        n = ctx.val("rows", lambda: ctx.rng.randint(3, 5))
        hdr = [COLS[k][0 if ctx.lang == "de" else 1] for k in cols]
        rows = [[COLS[k][2](ctx, i) for k in cols] for i in range(1, n + 1)]
        widths = [max(len(hdr[j]), *(len(r[j][0]) for r in rows)) + 2 for j in range(len(cols))]
        out = [T("".join(h.ljust(w) for h, w in zip(hdr, widths)).rstrip() + "\n")]
        for r in rows:
            for j, (text, label) in enumerate(r):
                out.append((text, label))
                if j < len(r) - 1:
                    out.append(T(" " * (widths[j] - len(text))))
            out.append(T("\n"))
        return out
    return fn


def kv_blocks(keys):
    def fn(ctx):
        n = ctx.val("rows", lambda: ctx.rng.randint(2, 4))
        out = []
        for i in range(1, n + 1):
            for k in keys:
                out.append(T(COLS[k][0 if ctx.lang == "de" else 1] + ": "))
                out.append(COLS[k][2](ctx, i))
                out.append(T("\n"))
            if i < n:
                out.append(T("\n"))
        return out
    return fn


LEADS = [
    table(["first", "last", "email", "company", "phone"], ","),
    table(["full", "company", "phone", "email"], "\t"),
    table(["sal", "first", "last", "street", "zip", "city", "email"], ";"),
    table(["full", "company", "email", "phone"], " | ", style="md"),
    table(["rev", "company", "email", "date", "source"], ",", quote_commas=True),
    table(["first", "last", "street", "zip", "city", "phone"], "\t"),
    kv_blocks(["full", "company", "email", "phone"]),
    table(["full", "title", "company", "phone", "status"], " | "),
    table(["rev", "email", "phone", "status"], ";"),
    table(["last", "first", "company", "title", "email"], "\t"),
    aligned(["full", "email", "phone"]),
    table(["last", "first", "addr", "phone"], " | ", style="md"),
    kv_blocks(["sal", "full", "street", "zip", "city", "phone"]),
    table(["company", "full", "email", "source"], ",", quote_commas=True),
]

SIGNUPS = [
    table(["email", "first", "last", "ip", "date", "optin"], ","),
    table(["date", "email", "full", "ip"], "\t"),
    table(["cust", "sal", "first", "last", "email", "optin"], ";"),
    table(["email", "ip", "country", "date"], ","),
    table(["full", "email", "orders", "optin"], " | ", style="md"),
    table(["date", "ip", "email", "full", "source"], ";"),
    aligned(["email", "ip", "date"]),
    table(["email", "first", "ip", "optin"], "\t"),
    kv_blocks(["email", "full", "ip", "date"]),
    table(["first", "last", "email", "city", "date"], ",", quote_commas=True),
]

GUESTS = [
    table(["full", "company", "rsvp"], ", "),
    table(["last", "first", "company", "email"], "\t"),
    table(["sal", "full", "company", "phone"], ";"),
    table(["rev", "company", "rsvp"], " | ", style="md"),
    aligned(["full", "company", "phone"]),
    table(["full", "email", "rsvp"], " | ", style="md"),
    table(["first", "last", "title", "company"], ","),
    kv_blocks(["full", "company", "phone"]),
    table(["rev", "email", "rsvp"], ";"),
    table(["full", "title", "email"], "\t"),
]


# ---------------------------------------------------------------- chat exports

def _speaker(ctx, key, mode):
    p = ctx.person(key)
    if mode == "full":
        return (p.full, "PERSON")
    if mode == "first":
        return (p.first, "PERSON")
    if mode == "lfirst":
        return (p.form("lfirst"), "PERSON")
    if mode == "rev":
        return (p.form("rev"), "PERSON")
    if mode == "lastinit":
        return (p.form("lastinit"), "PERSON")
    raise KeyError(mode)


def _times(ctx, n):
    h, m = ctx.rng.randint(7, 17), ctx.rng.randint(0, 50)
    out = []
    for _ in range(n):
        m += ctx.rng.randint(0, 7)
        if m >= 60:
            h, m = h + 1, m - 60
        out.append((h, m))
    return out


def _day(ctx):
    d, mo, y = ctx.rng.randint(1, 28), ctx.rng.randint(1, 12), ctx.rng.choice([24, 25])
    return d, mo, y


def chat_fmt(kind, mode):
    def fn(ctx, lines):
        rng = ctx.rng
        out = []
        times = _times(ctx, len(lines))
        d, mo, y = _day(ctx)
        for (spk, msg), (h, m) in zip(lines, times):
            s = _speaker(ctx, spk, mode)
            ampm = f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
            if kind == "slack":
                out += [s, T(f"  {ampm if ctx.lang == 'en' else f'{h}:{m:02d}'}\n")] + msg + [T("\n\n")]
            elif kind == "wa_android":
                out += [T(f"{d:02d}.{mo:02d}.{y}, {h:02d}:{m:02d} - " if ctx.lang == "de" else f"{d:02d}/{mo:02d}/{y}, {h:02d}:{m:02d} - "), s, T(": ")] + msg + [T("\n")]
            elif kind == "wa_ios":
                out += [T(f"[{d:02d}.{mo:02d}.{y}, {h:02d}:{m:02d}:{rng.randint(0, 59):02d}] "), s, T(": ")] + msg + [T("\n")]
            elif kind == "teams":
                out += [s, T(f"   {d:02d}.{mo:02d}. {h:02d}:{m:02d}\n" if ctx.lang == "de" else f"   {mo}/{d} {ampm}\n")] + msg + [T("\n")]
            elif kind == "teams_bracket":
                out += [T(f"[{h:02d}:{m:02d}] "), s] + [T("\n")] + msg + [T("\n")]
            elif kind == "discord":
                out += [s, T(f" — {'Heute um' if ctx.lang == 'de' else 'Today at'} {h:02d}:{m:02d}\n")] + msg + [T("\n")]
            elif kind == "telegram":
                out += [s, T(f", [{d:02d}.{mo:02d}.20{y} {h:02d}:{m:02d}]\n")] + msg + [T("\n\n")]
            elif kind == "plain":
                out += [s, T(": ")] + msg + [T("\n")]
            elif kind == "gchat":
                out += [s, T(f", {h}:{m:02d}\n" if ctx.lang == "de" else f", {ampm}\n")] + msg + [T("\n")]
            elif kind == "zoom":
                out += [T(f"{h:02d}:{m:02d}:{rng.randint(0, 59):02d} {'Von' if ctx.lang == 'de' else 'From'} "), s, T(f" {'an Alle' if ctx.lang == 'de' else 'to Everyone'}:\n")] + msg + [T("\n")]
            elif kind == "sms":
                out += [s, T(f" ({h}:{m:02d}): ")] + msg + [T("\n")]
            elif kind == "irc":
                out += [T(f"{h:02d}:{m:02d} <"), s, T("> ")] + msg + [T("\n")]
        while out and out[-1] == T("\n\n") or out and out[-1] == T("\n"):
            out.pop()
        return out
    return fn


CHAT_FORMATS = [
    chat_fmt("slack", "full"),
    chat_fmt("wa_android", "full"),
    chat_fmt("wa_ios", "first"),
    chat_fmt("teams", "rev"),
    chat_fmt("teams_bracket", "full"),
    chat_fmt("discord", "lfirst"),
    chat_fmt("telegram", "full"),
    chat_fmt("plain", "first"),
    chat_fmt("gchat", "full"),
    chat_fmt("irc", "lfirst"),
    chat_fmt("zoom", "full"),
    chat_fmt("sms", "lastinit"),
]


def chat(script):
    """A conversation: lines 'p1: message' (a message may hold slots). The export format is a
    layout variant."""
    lines = [ln.split(": ", 1) for ln in script.strip("\n").split("\n")]

    def fn(ctx):
        fmt = ctx.val("chatfmt", lambda: ctx.rng.choice(CHAT_FORMATS[ctx.split::2]))
        return fmt(ctx, [(k, ctx.fill(m)) for k, m in lines])
    return fn


# ---------------------------------------------------------------- reply and forward headers

def _when(ctx):
    rng = ctx.rng
    d, mo, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025])
    h, mi = rng.randint(7, 19), rng.randint(0, 59)
    wd_de = ["Mo.", "Di.", "Mi.", "Do.", "Fr."][rng.randint(0, 4)]
    wd_en = ["Mon", "Tue", "Wed", "Thu", "Fri"][rng.randint(0, 4)]
    mon_de = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."][mo - 1]
    mon_en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][mo - 1]
    return dict(d=d, mo=mo, y=y, h=h, mi=mi, wd_de=wd_de, wd_en=wd_en, mon_de=mon_de, mon_en=mon_en,
                h12=(h - 1) % 12 + 1, ampm="AM" if h < 12 else "PM")


QUOTE_DE = [
    "Am {d:02d}.{mo:02d}.{y} um {h:02d}:{mi:02d} schrieb {N} <{E}>:",
    "Am {wd_de}, {d}. {mon_de} {y} um {h:02d}:{mi:02d} Uhr schrieb {N} <{E}>:",
    "-----Ursprüngliche Nachricht-----\nVon: {N} <{E}>\nGesendet: {wd_de} {d:02d}.{mo:02d}.{y} {h:02d}:{mi:02d}\nAn: {ME}\nBetreff: AW: {SUBJ}",
    "{N} <{E}> schrieb am {d:02d}.{mo:02d}.{y} {h:02d}:{mi:02d}:",
    "Von: {N} [mailto:{E}]\nGesendet: {d:02d}.{mo:02d}.{y}\nBetreff: {SUBJ}",
    "Am {d:02d}.{mo:02d}.{y} {h:02d}:{mi:02d}, schrieb {N}:",
    "Zitat von {N} <{E}>:",
    "Von: {N} <{E}>\nDatum: {wd_de}, {d}. {mon_de} {y} um {h:02d}:{mi:02d}\nAn: {ME}\nBetreff: Re: {SUBJ}",
    "Am {d}.{mo}.{y} um {h}:{mi:02d} Uhr schrieb \"{N}\" <{E}>:",
    "{N} hat am {d:02d}.{mo:02d}.{y} geschrieben:",
]

QUOTE_EN = [
    "On {wd_en}, {d} {mon_en} {y} at {h:02d}:{mi:02d}, {N} <{E}> wrote:",
    "On {mo}/{d}/{y}, at {h12}:{mi:02d} {ampm}, {N} wrote:",
    "-----Original Message-----\nFrom: {N} <{E}>\nSent: {wd_en}, {mon_en} {d}, {y} {h12}:{mi:02d} {ampm}\nTo: {ME}\nSubject: RE: {SUBJ}",
    "On {mon_en} {d}, {y}, at {h12}:{mi:02d} {ampm}, {N} <{E}> wrote:",
    "From: {N} <{E}>\nDate: {wd_en}, {d} {mon_en} {y} {h:02d}:{mi:02d}\nSubject: Re: {SUBJ}",
    "{N} wrote on {d:02d}/{mo:02d}/{y} {h:02d}:{mi:02d}:",
    "Quoting {N} <{E}>:",
    "________________________________\nFrom: {N} <{E}>\nSent: {d} {mon_en} {y} {h:02d}:{mi:02d}\nTo: {ME}\nSubject: {SUBJ}",
    "On {wd_en} {d} {mon_en} {y}, {h12}:{mi:02d} {ampm} \"{N}\" <{E}> wrote:",
    "> On {y}-{mo:02d}-{d:02d}, {N} wrote:",
]


def _header(ctx, fmt, who, me, subj):
    """Render a header format with N (name), E (e-mail), ME (our side: a person's name and address)."""
    w = _when(ctx)
    out, pos = [], 0
    import re
    for m in re.finditer(r"\{(\w+)(:[^}]*)?\}", fmt):
        out.append(T(fmt[pos:m.start()]))
        k = m.group(1)
        if k == "N":
            out.append((who.full, "PERSON"))
        elif k == "E":
            out.append((who.email, "EMAIL"))
        elif k == "ME":
            out += [(me.full, "PERSON"), T(" <"), (ctx.resolve("q9.wemail")[0][0], "EMAIL"), T(">")]
        elif k == "SUBJ":
            out.extend(ctx.fill(subj))
        else:
            out.append(T(("{" + "0" + (m.group(2) or "") + "}").format(w[k])))
        pos = m.end()
    out.append(T(fmt[pos:]))
    return [x for x in out if x[0]]


def quote_header(who_key, subj):
    def fn(ctx):
        fmts = QUOTE_DE if ctx.lang == "de" else QUOTE_EN
        fmt = ctx.val("qfmt", lambda: ctx.rng.choice(fmts[ctx.split::2]))
        return _header(ctx, fmt, ctx.person(who_key), ctx.person("q9"), subj)
    return fn


FWD_DE = [
    "---------- Weitergeleitete Nachricht ---------\nVon: {A}\nDate: {wd_de}, {d}. {mon_de} {y} um {h:02d}:{mi:02d} Uhr\nSubject: {SUBJ}\nTo: {B}\nCc: {C}",
    "-------- Weitergeleitete Nachricht --------\nBetreff: \t{SUBJ}\nDatum: \t{d:02d}.{mo:02d}.{y} {h:02d}:{mi:02d}\nVon: \t{A}\nAn: \t{B}\nKopie (CC): \t{C}",
    "Anfang der weitergeleiteten Nachricht:\n\nVon: {A}\nBetreff: {SUBJ}\nDatum: {d}. {mon_de} {y} um {h:02d}:{mi:02d}:00 MEZ\nAn: {B}\nKopie: {C}",
    "Von: {AR}\nGesendet: {wd_de}, {d}. {mon_de} {y} {h:02d}:{mi:02d}\nAn: {BR}\nCc: {CR}\nBetreff: WG: {SUBJ}",
    "----- Weitergeleitet von {AN} am {d:02d}.{mo:02d}.{y} {h:02d}:{mi:02d} -----\nVon: {A}\nAn: {B}\nKopie: {C}\nThema: {SUBJ}",
    "WG: {SUBJ}\n\nVon: {A}\nAn: {B}, {C}\nDatum: {d:02d}.{mo:02d}.{y}",
]

FWD_EN = [
    "---------- Forwarded message ---------\nFrom: {A}\nDate: {wd_en}, {d} {mon_en} {y} at {h:02d}:{mi:02d}\nSubject: {SUBJ}\nTo: {B}\nCc: {C}",
    "Begin forwarded message:\n\nFrom: {A}\nSubject: {SUBJ}\nDate: {mon_en} {d}, {y} at {h12}:{mi:02d}:00 {ampm} GMT\nTo: {B}\nCc: {C}",
    "From: {AR}\nSent: {wd_en}, {mon_en} {d}, {y} {h12}:{mi:02d} {ampm}\nTo: {BR}\nCc: {CR}\nSubject: FW: {SUBJ}",
    "-------- Original Message --------\nSubject: {SUBJ}\nDate: {d}/{mo}/{y} {h:02d}:{mi:02d}\nFrom: {A}\nTo: {B}\nCC: {C}",
    "Fwd: {SUBJ}\n\nFrom: {A}\nTo: {B}, {C}\nDate: {y}-{mo:02d}-{d:02d}",
    "---- On {wd_en}, {d} {mon_en} {y} {h:02d}:{mi:02d}:00 +0100 {AN} forwarded ----\nFrom: {A}\nTo: {B}\nCc: {C}\nSubject: {SUBJ}",
]


def fwd_header(subj):
    def fn(ctx):
        fmts = FWD_DE if ctx.lang == "de" else FWD_EN
        fmt = ctx.val("ffmt", lambda: ctx.rng.choice(fmts[ctx.split::2]))
        w = _when(ctx)
        import re
        out, pos = [], 0
        a, b, c = ctx.person("p1"), ctx.person("p2"), ctx.person("p3")
        for m in re.finditer(r"\{(\w+)(:[^}]*)?\}", fmt):
            out.append(T(fmt[pos:m.start()]))
            k = m.group(1)
            if k in ("A", "B", "C"):
                p = {"A": a, "B": b, "C": c}[k]
                em = p.email if k == "A" else ctx.resolve(f"p{'ABC'.index(k) + 1}.wemail")[0][0]
                if ctx.val("fq" + k, lambda: ctx.rng.random() < 0.3):
                    out += [T('"'), (p.full, "PERSON"), T('" <'), (em, "EMAIL"), T(">")]
                else:
                    out += [(p.full, "PERSON"), T(" <"), (em, "EMAIL"), T(">")]
            elif k in ("AR", "BR", "CR"):
                p = {"AR": a, "BR": b, "CR": c}[k]
                em = p.email if k == "AR" else ctx.resolve(f"p{'ABC'.index(k[0]) + 1}.wemail")[0][0]
                out += [(p.form("rev"), "PERSON"), T(" <"), (em, "EMAIL"), T(">")]
            elif k == "AN":
                out.append((b.full, "PERSON"))
            elif k == "SUBJ":
                out.extend(ctx.fill(subj))
            else:
                out.append(T(("{0" + (m.group(2) or "") + "}").format(w[k])))
            pos = m.end()
        out.append(T(fmt[pos:]))
        return [x for x in out if x[0]]
    return fn


# ---------------------------------------------------------------- structured records

def _esc_xml(s):
    return s.replace("&", "&amp;").replace("<", "&lt;")


def structured(kind):
    def fn(ctx):
        rng, lang = ctx.rng, ctx.lang
        p = ctx.person("p1")
        a = ctx.addr("a1")
        em = (p.email, "EMAIL")
        ph = (ctx.resolve("p1.phone")[0][0], "PHONE")
        ipv = (ctx.resolve("ip1")[0][0], "IP_ADDRESS")
        cid = distractor("customer", rng, lang)
        date = f"{rng.randint(2024, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        order = distractor("order", rng, lang)
        if kind == "json":
            return [T('{"customer_id": "' + cid + '", "first_name": "'), (p.first, "PERSON"), T('", "last_name": "'), (p.last, "PERSON"),
                    T('", "email": "'), em, T('", "phone": "'), ph, T('", "address": {"street": "'), (a.line, "STREET_ADDRESS"),
                    T('", "zip": "' + a.zip + '", "city": "' + a.city + '", "country": "' + a.country + '"}, "newsletter": ' + rng.choice(["true", "false"]) + "}")]
        if kind == "json_pretty":
            return [T('{\n  "order": "' + order + '",\n  "billing": {\n    "name": "'), (p.full, "PERSON"), T('",\n    "line1": "'), (a.line, "STREET_ADDRESS"),
                    T('",\n    "postal_code": "' + a.zip + '",\n    "city": "' + a.city + '"\n  },\n  "contact": {\n    "email": "'), em,
                    T('",\n    "phone": "'), ph, T('"\n  },\n  "client_ip": "'), ipv, T('"\n}')]
        if kind == "xml":
            return [T("<customer id=\"" + cid + "\">\n  <name>"), (p.full, "PERSON"), T("</name>\n  <email>"), em, T("</email>\n  <street>"),
                    (_esc_xml(a.line), "STREET_ADDRESS"), T("</street>\n  <postcode>" + a.zip + "</postcode>\n  <city>" + a.city + "</city>\n  <phone>"), ph,
                    T("</phone>\n</customer>")]
        if kind == "yaml":
            return [T("contact:\n  name: "), (p.full, "PERSON"), T("\n  role: " + p.title + "\n  email: "), em, T("\n  phone: \""), ph,
                    T("\"\n  address:\n    street: "), (a.line, "STREET_ADDRESS"), T("\n    city: " + a.city + "\n  since: " + date)]
        if kind == "log":
            return [T(f"{date}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z INFO checkout.completed order={order} user_email="), em,
                    T(" remote_addr="), ipv, T(" name=\""), (p.full, "PERSON"), T("\" amount=" + str(rng.randint(20, 400)) + ".00")]
        if kind == "jsonld":
            return [T('<script type="application/ld+json">\n{"@context": "https://schema.org", "@type": "Review", "author": {"@type": "Person", "name": "'),
                    (p.full, "PERSON"), T('"}, "reviewRating": {"ratingValue": "' + str(rng.randint(3, 5)) + '"}, "datePublished": "' + date + '"}\n</script>')]
        if kind == "ndjson":
            q = ctx.person("p2")
            return [T('{"event":"signup","email":"'), em, T('","ip":"'), ipv, T('","ts":"' + date + '"}\n{"event":"signup","email":"'),
                    (q.email, "EMAIL"), T('","ip":"'), (ctx.resolve("ip2")[0][0], "IP_ADDRESS"), T('","ts":"' + date + '"}')]
        if kind == "toml":
            return [T("[kontakt]\n" if lang == "de" else "[contact]\n"), T('name = "'), (p.full, "PERSON"), T('"\nemail = "'), em, T('"\nmobil = "' if lang == "de" else '"\nmobile = "'),
                    ph, T('"\n\n[bank]\niban = "'), (ctx.resolve("iban1")[0][0], "IBAN"), T('"')]
        if kind == "hubspot":
            return [T('{"properties": {"firstname": "'), (p.first, "PERSON"), T('", "lastname": "'), (p.last, "PERSON"), T('", "company": "' + rng.choice(COMPANIES[lang]) + '", "email": "'),
                    em, T('", "lifecyclestage": "lead", "hs_ip_timezone": "Europe/Berlin", "ip_address": "'), ipv, T('"}}')]
        if kind == "xml_order":
            return [T("<Order>\n  <OrderNo>" + order + "</OrderNo>\n  <ShipTo>\n    <Name>"), (p.full, "PERSON"), T("</Name>\n    <Street>"), (_esc_xml(a.line), "STREET_ADDRESS"),
                    T("</Street>\n    <Zip>" + a.zip + "</Zip>\n    <Town>" + a.city + "</Town>\n  </ShipTo>\n  <Email>"), em, T("</Email>\n</Order>")]
        raise KeyError(kind)
    return fn


STRUCTURED = [structured(k) for k in ["json", "json_pretty", "xml", "yaml", "log", "jsonld", "ndjson", "toml", "hubspot", "xml_order"]]

LAYOUTS = {"leads": LEADS, "signups": SIGNUPS, "guests": GUESTS, "structured": STRUCTURED}


def _unused():
    return fold
