"""The 12 machine-layout genres of the held-out half of the thirty-first PII bank (heldout31),
shared by both languages; field names, comments and short phrases follow the text's language."""

import json

from pii31_held_core import Doc, Lab, _digits, fix, join, make_iban


def jstr(s):
    """A plain string as a JSON string literal without the quotes."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


def hexid(g, n):
    return g.safe(lambda: "".join(g.pick("0123456789abcdef") for _ in range(n)))


def nl(items):
    return join("\n", items)


# ---------------------------------------------------------------------------------------------
# payment_qr_payload: EPC (GiroCode) and Swiss QR-bill payloads, decoded
# ---------------------------------------------------------------------------------------------

BICS = {"DE": ["COBADEFFXXX", "BYLADEM1001", "GENODEF1S04", "DEUTDEMMXXX"], "AT": ["BKAUATWWXXX", "RZTIAT22XXX", "GIBAATWWXXX"],
        "CH": ["UBSWCHZH80A", "POFICHBEXXX", "ZKBKCHZZ80A"], "NL": ["INGBNL2A", "RABONL2U"], "IT": ["BCITITMM", "UNCRITMM"],
        "FR": ["BNPAFRPPXXX", "CRLYFRPP"], "IE": ["AIBKIE2D", "BOFIIE2D"], "GB": ["NWBKGB2L", "BARCGB22"]}


def qr_epc_refund(g):
    p = g.person(need_iban=True, country=g.pick(["DE", "AT", "NL", "IT", "FR", "IE"]) if g.chance(0.2) else None)
    c = p.iban_raw[:2]
    amt = "%d.%02d" % (g.randint(15, 420), g.pick([0, 50, 95, 90]))
    head = g.L(g.pick(["# decoded from the refund QR code on credit note {cn}", "# QR payload (EPC069-12), credit note {cn}"]),
               g.pick(["# dekodiert aus dem Erstattungs-QR-Code der Gutschrift {cn}", "# GiroCode-Inhalt, Gutschrift {cn}"]))
    return g.r(head + """
BCD
002
1
SCT
{bic}
{name}
{iban}
EUR{amt}

{ref}
{msg}""", cn=g.safe(lambda: "GS-%d-%05d" % (g.pick([2025, 2026]), g.randint(1, 99999))), bic=g.pick(BICS.get(c, BICS["DE"])),
               name=p.full if g.chance(0.7) else p.up, iban=p.iban_compact, amt=amt,
               ref=g.pick(["", ""]), msg=g.L("Refund ", "Erstattung ") + g.order)


def qr_swiss_invoice(g):
    p = g.person(country="CH")
    amt = "%d.%02d" % (g.randint(20, 600), g.pick([0, 50, 90]))
    ref = g.safe(lambda: "%027d" % g.randint(10 ** 20, 10 ** 26))
    head = g.L(g.pick(["# Swiss QR-bill to {iban}, lines 19–31", "# payload of the QR-bill, creditor account {iban}, debtor part"]),
               g.pick(["# QR-Rechnung an {iban}, Zeilen 19–31", "# Zahlteil der QR-Rechnung, Konto {iban}, Zahlungspflichtiger"]))
    return g.r(head + """
[…]
{amt}
CHF
K
{name}
{addr}
CH
QRR
{ref}
{msg}
EPD""", iban=g.iban("CH"), amt=amt, name=p.full if g.chance(0.7) else p.up, addr=p.addr2, ref=ref,
               msg=g.L("Invoice ", "Rechnung ") + g.order)


def qr_epc_guide(g):
    p = g.person(need_iban=True)
    amt = "%d.00" % g.randint(180, 900)
    head = g.L(g.pick(["# QR on the guide's invoice, scanned at the {store} till", "# QR code from a mountain guide's invoice"]),
               g.pick(["# QR-Code auf der Rechnung des Bergführers, gescannt in {store}", "# GiroCode Bergführer-Rechnung"]))
    return g.r(head + """
BCD
001
2
SCT
{bic}
{name}
{iban}
EUR{amt}
GDSV

{msg}""", bic=g.pick(BICS["DE"] + BICS["AT"]), name=p.full, iban=p.iban_compact, amt=amt,
               msg=g.L("Guiding fee ", "Führungshonorar ") + g.safe(lambda: "%d/%d" % (g.randint(1, 99), g.pick([2025, 2026]))))


def qr_json(g):
    p = g.person(need_iban=True)
    return g.r("""{
  "format": "EPC069-12",
  "version": "002",
  "bic": "{bic}",
  "{kn}": "{name}",
  "iban": "{iban}",
  "amount": "EUR{amt}",
  "{kr}": "{msg}"[?,
  "{ke}": "{email}"?]
}""", bic=g.pick(BICS["DE"]), kn=g.L("beneficiary_name", "empfaenger"), name=p.full, iban=p.iban_compact,
               amt="%d.%02d" % (g.randint(10, 300), g.pick([0, 50, 95])), kr=g.L("remittance", "verwendungszweck"),
               msg=g.L("Cashback ", "Cashback ") + g.short, ke=g.L("notify_email", "benachrichtigung"), email=p.email)


# ---------------------------------------------------------------------------------------------
# swift_mt103
# ---------------------------------------------------------------------------------------------

def _yymmdd(g):
    d = g.day()
    return d.strftime("%y%m%d")


def mt_refund_out(g):
    p = g.person(need_iban=True)
    a = p.address
    addr = Lab("STREET_ADDRESS", (a.street_text + "\n" + a.town_line_text).upper())
    return g.r("""{1:F01TALGDEM1AXXX{sess}}{2:I103{bic}N}{3:{108:{mur}}}{4:
:20:{ref}
:23B:CRED
:32A:{d}EUR{amt}
:50K:/{shop}
TALGRAT OUTDOOR GMBH
KEMPTEN
:59:/{iban}
{name}
{addr}
:70:{msg}
:71A:SHA
-}""", sess=g.safe(lambda: _digits(g.rng, 10)), bic=g.pick(BICS.get(p.iban_raw[:2], BICS["DE"])).ljust(12, "X")[:12],
               mur=g.safe(lambda: "TG%08d" % g.randint(0, 99999999)), ref=g.safe(lambda: "RF%d" % g.randint(10 ** 7, 10 ** 8 - 1)),
               d=_yymmdd(g), amt="%d,%02d" % (g.randint(20, 900), g.pick([0, 50, 95])), shop=Lab("IBAN", make_iban(g.rng, "DE")),
               iban=p.iban_compact, name=p.up, addr=addr, msg=g.L("REFUND ", "ERSTATTUNG ") + g.order)


def mt_customer_in(g):
    p = g.person(need_iban=True, country=g.pick(["GB", "IE", "FR", "NL", "IT", "CH"]))
    return g.r(g.L("Inbound MT103, parsed", "MT103 Eingang, geparst") + """
:20: {ref}
:32A: {d} {cur}{amt}
:50K: /{iban}
      {name}
      {street}
:59: /{shop}
     TALGRAT OUTDOOR GMBH
:70: {order} {note}
:71A: OUR""", ref=g.safe(lambda: "%d" % g.randint(10 ** 9, 10 ** 10 - 1)), d=_yymmdd(g), cur=g.pick(["EUR", "GBP", "CHF"]),
               amt="%d,%02d" % (g.randint(50, 2000), g.pick([0, 50])), iban=p.iban_compact, name=p.up,
               street=Lab("STREET_ADDRESS", p.address.street_text.upper()), shop=Lab("IBAN", make_iban(g.rng, "DE")),
               note=g.pick(["INVOICE", "PROFORMA", "DEPOSIT GUIDED TOUR"]))


def mt_supplier(g):
    p = g.person(need_iban=True)
    return g.r("""{1:F01TALGDEM1AXXX{sess}}{2:I103{bic}N}{4:
:20:{ref}
:23B:CRED
:32A:{d}EUR{amt}
:50K:/{shop}
TALGRAT OUTDOOR GMBH
:59:/{iban}
{company_up}
:70:INV {inv} ATTN {name}
:71A:SHA
-}""", sess=g.safe(lambda: _digits(g.rng, 10)), bic=g.pick(BICS["DE"] + BICS["AT"]).ljust(12, "X")[:12],
               ref=g.safe(lambda: "SUP%d" % g.randint(10 ** 6, 10 ** 7 - 1)), d=_yymmdd(g),
               amt="%d,%02d" % (g.randint(800, 40000), g.pick([0, 50])), shop=Lab("IBAN", make_iban(g.rng, "DE")),
               iban=p.iban_compact, company_up=g.company.upper(), inv=g.safe(lambda: "%d-%04d" % (g.pick([2025, 2026]), g.randint(1, 9999))),
               name=p.up)


def mt_log(g):
    p = g.person(need_iban=True)
    q = g.person(need_iban=True)
    return g.r("""{t1} mt103-out {ref1} status=ACK beneficiary="{n1}" iban={i1} amount={a1} EUR
{t2} mt103-out {ref2} status=NAK reason="AC01 incorrect account number" beneficiary="{n2}" iban={i2}
{t3} mt103-out {ref2} [[resent after correction|held for review]] by {s.email}""",
               t1=g.stamp(), t2=g.stamp(), t3=g.stamp(), ref1=g.safe(lambda: "RF%d" % g.randint(10 ** 7, 10 ** 8 - 1)),
               ref2=g.safe(lambda: "RF%d" % g.randint(10 ** 7, 10 ** 8 - 1)), n1=p.lf if g.chance(0.6) else p.LF, i1=p.iban_compact, a1="%d.%02d" % (g.randint(10, 500), g.pick([0, 95])),
               n2=q.full, i2=q.iban_compact, s=g.staff())


# ---------------------------------------------------------------------------------------------
# x12_edi: ANSI X12 850 / 856 / 810 with N1, N3, N4 and PER segments
# ---------------------------------------------------------------------------------------------

def _isa(g):
    return "ISA*00*          *00*          *ZZ*TALGRAT        *ZZ*%s*%s*%s*U*00401*%s*0*P*>~" % (
        g.pick(["SUMMITRETAIL   ", "NORTHPEAKTRADE ", "TRAILHOUSECO   "]), _yymmdd(g), "%02d%02d" % (g.randint(0, 23), g.randint(0, 59)),
        g.safe(lambda: "%09d" % g.randint(1, 999999999)))


def _ph_digits(p):
    return Lab("PHONE", p.mobile_digits[1:] if p.country == "US" else "+" + p.mobile_digits)


def x12_dropship(g):
    p = g.person(country="US" if g.chance(0.7) else None)
    a = p.address
    return g.r("""{isa}
GS*PO*SUMMITRETAIL*TALGRAT*{d8}*{hm}*{ctl}*X*004010~
ST*850*0001~
BEG*00*DS*{po}**{d8}~
N1*ST*{name}~
N3*{street}~
N4*{town}*{region}*{pc}*{cc}~
PER*IC*{name2}*TE*{phone}[?*EM*{email}?]~
PO1*1*1*EA*{price}**VP*{sku}~
SE*8*0001~""", isa=_isa(g), d8="%d%02d%02d" % (2026, g.randint(1, 12), g.randint(1, 28)), hm="%02d%02d" % (g.randint(6, 20), g.randint(0, 59)),
               ctl=str(g.randint(100, 9999)), po=g.safe(lambda: "DS%07d" % g.randint(0, 9999999)), name=p.up, street=Lab("STREET_ADDRESS", a.street_text.upper()),
               town=a.town.upper(), region=a.region or p.country, pc=a.postcode, cc=p.country, name2=p.up, phone=_ph_digits(p),
               email=p.email, price=g.product[3])


def x12_asn(g):
    p = g.person()
    s = g.staff()
    a = p.address
    return g.r("""ST*856*0002~
BSN*00*{sh}*{d8}*{hm}~
HL*1**S~
TD5**2*UPSN*U~
REF*CN*{parcel}~
N1*ST*{name}~
N3*{street}~
N4*{town}**{pc}*{cc}~
N1*SF*TALGRAT OUTDOOR*92*{wh}~
PER*SH*{sname}*EM*{semail}~
SE*11*0002~""", sh=g.safe(lambda: "SH%06d" % g.randint(0, 999999)), d8="2026%02d%02d" % (g.randint(1, 12), g.randint(1, 28)),
               hm="%02d%02d" % (g.randint(6, 20), g.randint(0, 59)), name=p.up if g.chance(0.6) else p.full, street=a.street,
               town=a.town, pc=a.postcode, cc=p.country, wh=g.pick(["KEMPTEN01", "DC-UK1", "DC-US2"]), sname=s.up, semail=s.email)


def x12_invoice(g):
    p = g.person()
    return g.r("""ST*810*0003~
BIG*2026{md}*INV{inv}**{po}~
N1*BT*{company_up}~
PER*AP*{name}*TE*{phone}*EM*{email}~
N1*RE*TALGRAT OUTDOOR~
IT1*1*{qty}*EA*{price}**VP*{sku}~
TDS*{total}~
SE*7*0003~""", md="%02d%02d" % (g.randint(1, 12), g.randint(1, 28)), inv=g.safe(lambda: "%06d" % g.randint(0, 999999)),
               po=g.safe(lambda: "PO%06d" % g.randint(0, 999999)), company_up=g.company.upper(), name=p.up,
               phone=Lab("PHONE", p.phone_e164.value.lstrip("+")), email=p.email, qty=str(g.randint(2, 60)),
               price=g.product[3], sku=g.sku, total=str(g.randint(1000, 900000)))


def x12_log(g):
    p = g.person()
    return g.r(g.L("edi-gateway", "EDI-Eingang") + """ {ts} 850 from SUMMITRETAIL rejected: N4 missing for N1*ST*{name}
  segment 6: N3*{street}~
  contact: PER*IC**EM*{email}~""", ts=g.stamp(), name=p.up, street=Lab("STREET_ADDRESS", p.address.street_text.upper()), email=p.email)


# ---------------------------------------------------------------------------------------------
# xlsx_shared_strings: inside .xlsx files
# ---------------------------------------------------------------------------------------------

XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
SST_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def xl_rota(g):
    ps = [g.staff() for _ in range(g.randint(2, 4))]
    heads = [g.L("Name", "Name"), g.L("Mobile", "Handy"), g.L("Shift", "Schicht")]
    cells = []
    for h in heads:
        cells.append(Doc(["<si><t>", h, "</t></si>"]))
    for p in ps:
        cells.append(g.r("<si><t>{n}</t></si><si><t>{m}</t></si>", n=p.full, m=p.mobile))
    cells.append(g.r("<si><t>{s}</t></si>", s=g.L("Early 7–15", "Früh 7–15")))
    head = g.L(g.pick(["xl/sharedStrings.xml", "# sharedStrings.xml from rota_{store}.xlsx"]),
               g.pick(["xl/sharedStrings.xml", "# xl/sharedStrings.xml aus Dienstplan_{store}.xlsx"]))
    return g.r(head + "\n") + XML_HEAD + "\n" + '<sst %s count="%d" uniqueCount="%d">\n' % (SST_NS, len(ps) * 2 + 4, len(ps) * 2 + 4) + nl(cells) + "\n</sst>"


def xl_customers(g):
    ps = [g.person() for _ in range(g.randint(2, 3))]
    cells = [Doc(["<si><t>", h, "</t></si>"]) for h in (g.L("Customer", "Kunde"), g.L("Street", "Straße"), g.L("Postcode", "PLZ"), g.L("Town", "Ort"), "E-Mail")]
    for p in ps:
        cells.append(g.r("<si><t>{n}</t></si><si><t>{s}</t></si><si><t>{pc}</t></si><si><t>{t}</t></si><si><t>{e}</t></si>",
                         n=p.lf if g.chance(0.5) else p.full, s=p.street, pc=p.postcode, t=p.town, e=p.email))
    return Doc(["xl/sharedStrings.xml\n", XML_HEAD, "\n", '<sst %s uniqueCount="%d">\n' % (SST_NS, 5 + 5 * len(ps))]) + nl(cells) + "\n</sst>"


def xl_inline(g):
    p = g.person()
    q = g.person()
    return g.r("""<sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>{h1}</t></is></c><c r="B1" t="inlineStr"><is><t>{h2}</t></is></c><c r="C1" t="inlineStr"><is><t>{h3}</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>{p1}</t></is></c><c r="B2" t="inlineStr"><is><t>{e1}</t></is></c><c r="C2" t="inlineStr"><is><t>{t1}</t></is></c></row>
<row r="3"><c r="A3" t="inlineStr"><is><t>{p2}</t></is></c><c r="B3" t="inlineStr"><is><t>{e2}</t></is></c><c r="C3" t="inlineStr"><is><t>{t2}</t></is></c></row>
</sheetData>""", h1=g.L("Winner", "Gewinner"), h2="E-Mail", h3=g.L("Phone", "Telefon"), p1=p.full, e1=p.email, t1=p.tel,
               p2=q.full, e2=q.email, t2=q.tel)


def xl_comments(g):
    a = g.staff()
    c = g.person()
    return g.r("""xl/comments1.xml
<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<authors><author>{a}</author></authors>
<commentList>
<comment ref="D14" authorId="0"><text><r><t xml:space="preserve">{a2}: {msg} {c} {ph}</t></r></text></comment>
</commentList>
</comments>""", a=a.full, a2=a.first, msg=g.L(g.pick(["refund still open, call", "price agreed on the phone with"]),
                                             g.pick(["Erstattung offen, bitte anrufen:", "Preis telefonisch vereinbart mit"])), c=c.full, ph=c.tel)


def xl_hyperlink(g):
    p = g.person()
    return g.r("""<hyperlinks>
  <hyperlink ref="C7" r:id="rId3" display="{e}"/>
</hyperlinks>
<!-- xl/worksheets/_rels/sheet1.xml.rels: Target="mailto:{e2}" -->
<c r="B7" t="inlineStr"><is><t>{n}</t></is></c>""", e=p.email, e2=p.email, n=p.full)


# ---------------------------------------------------------------------------------------------
# rtf_letter: RTF source of letters
# ---------------------------------------------------------------------------------------------

RTF_HEAD = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Calibri;}}"


def rtf_one_line(g):
    p = g.person()
    s = g.staff()
    sal = g.L("Dear %s " % p.mr, (p.sg + " ") if g.country != "CH" else (p.gruezi + " "))
    return g.r(RTF_HEAD + """
\\f0\\fs22 {name}\\par
{addr}\\par
\\par
{sal}{last},\\par
{body}\\par
\\par
{bye}\\par
{sname}\\par
}""", name=p.full, addr=p.addr1, sal=sal, last=p.last,
               body=g.L("thank you for your patience with the repair of your %s. It is ready for collection in our %s shop." % (g.short, g.store),
                        "vielen Dank für Ihre Geduld mit der Reparatur Ihrer %s. Sie kann in unserer Filiale %s abgeholt werden." % (g.short, g.store)),
               bye=g.L("Kind regards,", "Freundliche Grüße" if g.country != "CH" else "Freundliche Grüsse"), sname=s.full)


def rtf_two_line(g):
    p = g.person()
    return g.r(RTF_HEAD + """
{\\info{\\title {title}}{\\author Talgrat Service}}
\\f0\\fs22 {name}\\par
{street}\\par
{town}\\par
\\par
{text} {mob}.\\par
}""", title=g.L("Reminder", "Erinnerung"), name=p.full, street=p.street, town=p.town_line,
               text=g.L("Your deposit will be refunded once we have the rental gear back. Questions: call us or text", "Ihre Kaution erstatten wir, sobald die Leihausrüstung zurück ist. Rückfragen gern an"),
               mob=g.store_phone)


def rtf_table(g):
    ps = [g.person() for _ in range(g.randint(2, 3))]
    rows = []
    for p in ps:
        rows.append(g.r("\\trowd\\cellx3000\\cellx6500\\cellx9000 \\intbl {n}\\cell {e}\\cell {t}\\cell\\row", n=p.full, e=p.email, t=p.tel))
    return Doc([RTF_HEAD, "\n\\f0\\fs20 ", g.L("Participants", "Teilnehmende"), "\\par\n"]) + nl(rows) + "\n}"


def rtf_info(g):
    a = g.staff()
    b = g.staff()
    c = g.person()
    return g.r(RTF_HEAD + """
{\\info{\\author {a}}{\\operator {b}}{\\creatim\\yr2026\\mo{mo}\\dy{dy}}}
\\f0\\fs22 {re} {c}, {addr}\\par
}""", a=a.full, b=b.full, mo=str(g.randint(1, 12)), dy=str(g.randint(1, 28)), re=g.L("Re: complaint of", "Betreff: Beschwerde von"),
               c=c.full, addr=c.addr1)


# ---------------------------------------------------------------------------------------------
# slack_export: Slack export JSON
# ---------------------------------------------------------------------------------------------

def _uid(g):
    return g.safe(lambda: "U0" + "".join(g.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)))


def _ts(g):
    return g.safe(lambda: "17%08d.%06d" % (g.randint(0, 99999999), g.randint(0, 999999)))


def sl_channel(g):
    a, b = g.staff(), g.staff()
    c = g.person()
    ua, ub = _uid(g), _uid(g)
    m1 = g.L(g.pick(["customer on the phone wants the refund to another card", "can someone call back"]),
             g.pick(["%s am Telefon will die Erstattung auf eine andere Karte" % c.kunde, "kann jemand zurückrufen"]))
    m2 = g.L("done, notes are in the ticket", "erledigt, Notiz steht im Ticket")
    return g.r("""[
  {
    "type": "message", "user": "{ua}",
    "text": "{m1}: {c} {ph}",
    "ts": "{ts1}",
    "user_profile": {"real_name": "{a}", "display_name": "{ad}"}
  },
  {
    "type": "message", "user": "{ub}",
    "text": "<@{ua}> {m2}",
    "ts": "{ts2}",
    "user_profile": {"real_name": "{b}", "display_name": "{bd}"}
  }
]""", ua=ua, ub=ub, m1=m1, c=c.full, ph=c.tel, ts1=_ts(g), a=a.full, ad=a.lowfirst, m2=m2, ts2=_ts(g), b=b.full, bd=b.lowfirst)


def sl_users(g):
    a = g.staff()
    return g.r("""{
  "id": "{ua}",
  "name": "{ua_l}",
  "real_name": "{a}",
  "profile": {
    "title": "{title}",
    "phone": "{ph}",
    "email": "{e}",
    "first_name": "{af}",
    "last_name": "{al}"
  }
}""", ua=_uid(g), ua_l=g.safe(lambda: "tg%05d" % g.randint(0, 99999)), a=a.full,
               title=g.L(g.pick(["Store Manager", "Workshop", "Customer Care"]), g.pick(["Filialleitung", "Werkstatt", "Kundenservice"])),
               ph=a.mobile, e=a.email, af=a.first, al=a.last)


def sl_file(g):
    a = g.staff()
    c = g.person()
    return g.r("""{
  "type": "message",
  "subtype": "file_share",
  "text": "{msg}",
  "files": [{"name": "{fname}", "preview": "{c}\\n{street}\\n{town}"}],
  "user_profile": {"real_name": "{a}"}
}""", msg=g.L("label for the exchange, please print", "Etikett für den Umtausch, bitte drucken"),
               fname=g.safe(lambda: "label_%d.pdf" % g.randint(1000, 99999)), c=c.full, street=c.street, town=c.town_line, a=a.full)


def sl_thread(g):
    a, b = g.staff(), g.staff()
    ts = sorted([_ts(g), _ts(g)])
    c = g.person()
    return g.r("""{"ts": "{ts1}", "user_profile": {"real_name": "{a}"}, "text": "{q} <mailto:{e1}|{e2}>", "reply_count": 1}
{"ts": "{ts2}", "thread_ts": "{ts1}", "user_profile": {"real_name": "{b}"}, "text": "{r} {c}"}""",
               ts1=ts[0], ts2=ts[1], a=a.full, b=b.full, q=g.L("who knows this customer?", "kennt jemand diesen Kunden?"),
               e1=c.email, e2=c.email, r=g.L("yes, that's", "ja, das ist"), c=c.full)


# ---------------------------------------------------------------------------------------------
# whatsapp_export: exported WhatsApp chats of the stores' business accounts
# ---------------------------------------------------------------------------------------------

def _wa_stamp(g, t):
    d = g._get("wa_day", g.day)
    if g.lang == "de":
        return "[%02d.%02d.%02d, %s:%02d]" % (d.day, d.month, d.year % 100, t, g.randint(0, 59))
    if g.country == "US":
        return "%d/%d/%02d, %s -" % (d.month, d.day, d.year % 100, t)
    return "%02d/%02d/%d, %s -" % (d.day, d.month, d.year, t)


def wa_repair(g):
    c = g.person()
    ts = g.times(4, 9, 18)
    st = "Talgrat " + g.store
    sep = " " if g.lang == "de" else " "
    lines = [
        g.r("{s} {st}: {m}", s=_wa_stamp(g, ts[0]), st=st, m=g.L("Hi! Your %s is repaired and ready to collect." % g.short, "Hallo! Deine %s ist repariert und kann abgeholt werden." % g.short)),
        g.r("{s} {c}: {m}", s=_wa_stamp(g, ts[1]), c=c.full, m=g.L("Great, can my partner pick it up? It's under my name", "Super, kann mein Partner sie holen? Läuft auf meinen Namen")),
        g.r("{s} {st}: {m} {c2}", s=_wa_stamp(g, ts[2]), st=st, m=g.L("Sure, just bring the ticket. See you,", "Klar, einfach den Abholschein mitbringen. Bis dann,"), c2=c.first),
        g.r("{s} {c}: <Media omitted>" if g.lang == "en" else "{s} {c}: <Medien ausgeschlossen>", s=_wa_stamp(g, ts[3]), c=c.full),
    ]
    return nl(lines)


def wa_address(g):
    c = g.person()
    ts = g.times(3, 9, 20)
    st = "Talgrat " + g.store
    return nl([
        g.r("{s} {c}: {m}", s=_wa_stamp(g, ts[0]), c=c.full, m=g.L("Hi, can you send the jacket instead of me collecting it?", "Hallo, könnt ihr mir die Jacke schicken statt Abholung?")),
        g.r("{s} {st}: {m}", s=_wa_stamp(g, ts[1]), st=st, m=g.L("Of course – which address?", "Gerne – an welche Adresse?")),
        g.r("{s} {c}: {a}", s=_wa_stamp(g, ts[2]), c=c.full, a=c.addr1),
    ])


def wa_group(g):
    a, b, c = g.staff(), g.staff(), g.staff()
    ts = g.times(3, 6, 9)
    return nl([
        g.r("{s} {a}: {m}", s=_wa_stamp(g, ts[0]), a=a.full, m=g.L("Who's opening tomorrow? I'm stuck in traffic", "Wer sperrt morgen auf? Ich steh im Stau")),
        g.r("{s} {b}: {m} {ph}", s=_wa_stamp(g, ts[1]), b=b.full, m=g.L("I can, call me if anything:", "Ich mach das, ruf an falls was ist:"), ph=b.mobile),
        g.r("{s} {c}: 👍", s=_wa_stamp(g, ts[2]), c=c.full),
    ])


def wa_header(g):
    c = g.person()
    ts = g.times(2, 10, 18)
    st = "Talgrat " + g.store
    return nl([
        g.r("{s} {st}: {m}", s=_wa_stamp(g, ts[0]), st=st, m=g.L("Messages and calls are end-to-end encrypted.", "Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt.")),
        g.r("{s} {c}: {m} {e}", s=_wa_stamp(g, ts[1]), c=c.full if g.chance(0.6) else c.mobile_intl,
            m=g.L("please send the invoice to", "bitte die Rechnung an"), e=c.email),
    ])


# ---------------------------------------------------------------------------------------------
# dataframe_print: pandas output in a notebook or a REPL
# ---------------------------------------------------------------------------------------------

def _pad(doc_or_str, width):
    v = doc_or_str.value if isinstance(doc_or_str, Lab) else doc_or_str
    return " " * max(1, width - len(v))


def df_head(g):
    ps = [g.person() for _ in range(g.randint(2, 4))]
    rows = []
    w1 = max(len(p.full.value) for p in ps) + 2
    w2 = max(len(p.email.value) for p in ps) + 2
    head = "%s%s%s%s%s" % ("   ", " " * (w1 - 4), "name", " " * (w2 - 5), "email") + "   " + g.L("orders", "bestellungen")
    for i, p in enumerate(ps):
        rows.append(Doc([str(i), _pad(p.full, w1 + 2), p.full, _pad(p.email, w2), p.email, "   ", str(g.randint(1, 14)).rjust(2)]))
    return Doc([">>> df.filter(items=(\"name\", \"email\", \"%s\")).head()\n" % g.L("orders", "bestellungen"), head, "\n"]) + nl(rows)


def df_markdown(g):
    ps = [g.person() for _ in range(g.randint(2, 3))]
    rows = []
    for i, p in enumerate(ps):
        rows.append(g.r("| {i} | {n} | {s} | {pc} | {t} |", i=str(i), n=p.full, s=p.street, pc=p.postcode, t=p.town))
    return Doc(["print(returns.to_markdown())\n", "|    | name | %s | %s | %s |\n" % (g.L("street", "strasse"), g.L("postcode", "plz"), g.L("town", "ort")),
                "|---:|:-----|:-----|:-----|:-----|\n"]) + nl(rows)


def df_dict(g):
    p = g.person(need_iban=True)
    return g.r("""In [{n}]: payout_row
Out[{n}]:
{'{kn}': '{name}', 'iban': '{iban}', 'amount': {amt}, '{km}': '{mail}'}""", n=str(g.randint(3, 40)), kn=g.L("holder", "inhaber"),
               name=p.full, iban=p.iban_compact, amt="%d.%d" % (g.randint(10, 300), g.randint(0, 9)), km="email", mail=p.email)


def df_series(g):
    p = g.person()
    return g.r("""Out[{n}]:
customer_id                {cid}
name           {name}
phone          {ph}
last_ip        {ip}
Name: {row}, dtype: object""", n=str(g.randint(3, 60)), cid=g.safe(lambda: str(g.randint(100000, 999999))), name=p.full,
               ph=p.mobile_e164, ip=p.ip, row=str(g.randint(0, 4000)))


# ---------------------------------------------------------------------------------------------
# siem_event: security events (CEF lines, Windows event XML, SIEM alerts)
# ---------------------------------------------------------------------------------------------

def si_cef(g):
    p = g.person()
    return g.r("""{mon} {d} {t} fw-edge01 CEF:0|Talgrat|WebShop|{version}|login_failed|{msg}|5|src={ip} suser={e} cs1Label=customerName cs1={n} cnt={cnt}""",
               mon=g.pick(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Sep", "Oct", "Nov"]), d=str(g.randint(1, 28)), t=g.tm(0, 23) + ":%02d" % g.randint(0, 59),
               msg=g.L("Repeated failed login", "Wiederholte Fehlanmeldung"), ip=p.ip, e=p.email, n=p.full, cnt=str(g.randint(3, 40)))


def si_4720(g):
    a = g.staff()
    return g.r("""<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">
  <System><EventID>4720</EventID><Computer>DC01.corp.talgrat.local</Computer></System>
  <EventData>
    <Data Name="TargetUserName">{uid}</Data>
    <Data Name="DisplayName">{n}</Data>
    <Data Name="UserPrincipalName">{e}</Data>
    <Data Name="HomeDirectory">\\\\fs01\\home\\{uid}</Data>
  </EventData>
</Event>""", uid=g.safe(lambda: "tg%05d" % g.randint(0, 99999)), n=a.full, e=a.email)


def si_4624(g):
    a = g.staff()
    return g.r("""<Event><System><EventID>4624</EventID><TimeCreated SystemTime="{ts}"/></System>
<EventData><Data Name="TargetUserName">{uid}</Data><Data Name="TargetDomainName">TALGRAT</Data><Data Name="LogonType">10</Data><Data Name="IpAddress">{ip}</Data></EventData></Event>
<!-- {note} {n} -->""", ts=g.stamp(), uid=g.safe(lambda: "tg%05d" % g.randint(0, 99999)), ip=g.ip(),
               note=g.L("analyst note: account belongs to", "Notiz Analyst: Konto gehört"), n=a.full)


def si_alert(g):
    p = g.person()
    return g.r("""{
  "rule": "impossible_travel",
  "severity": "{sev}",
  "user": {"email": "{e}", "full_name": "{n}"},
  "source": {"ip": "{ip1}", "geo": "{c1}"},
  "previous": {"ip": "{ip2}", "geo": "{c2}"},
  "action": "{act}"
}""", sev=g.pick(["medium", "high"]), e=p.email, n=p.full, ip1=g.ipv4("public", "US"), c1=g.pick(["US", "BR", "SG"]),
               ip2=p.ip4, c2=p.country, act=g.pick(["session_revoked", "mfa_challenge"]))


# ---------------------------------------------------------------------------------------------
# sentry_event: error-tracker events with user context
# ---------------------------------------------------------------------------------------------

def se_checkout(g):
    p = g.person()
    a = p.address
    return g.r("""{
  "event_id": "{eid}",
  "level": "error",
  "exception": {"values": [{"type": "ValidationError", "value": "{msg}"}]},
  "user": {"id": "{uid}", "email": "{e}", "ip_address": "{ip}"},
  "request": {
    "url": "https://www.talgrat.{tld}/checkout/address",
    "data": {"firstName": "{f}", "lastName": "{l}", "street": "{st}", "zip": "{pc}", "city": "{town}", "phone": "{ph}"}
  }
}""", eid=hexid(g, 32), msg=g.L("postcode does not match town", "PLZ passt nicht zum Ort"), uid=g.safe(lambda: str(g.randint(10000, 999999))),
               e=p.email, ip=p.ip, tld="de" if g.lang == "de" else "com", f=p.first, l=p.last, st=a.street, pc=a.postcode,
               town=a.town, ph=p.mobile)


def se_payment(g):
    p = g.person()
    return g.r("""{
  "event_id": "{eid}",
  "message": "PaymentDeclined: issuer refused",
  "tags": {"store": "{store}", "release": "shop-web-{version}"},
  "extra": {"cardholder": "{n}", "card_number": "{card}", "customer_email": "{e}"},
  "user": {"ip_address": "{ip}"}
}""", eid=hexid(g, 32), n=p.up, card=p.card_compact, e=p.email, ip=p.ip)


def se_breadcrumbs(g):
    p = g.person()
    tt = [t + ":%02d" % g.randint(0, 59) for t in g.times(3, 8, 21)]
    return g.r("""breadcrumbs:
  {t1} ui.click   button#submit-return
  {t2} console    [[log|warn]]: "{msg} {e}"
  {t3} http       POST /api/returns 500
user: {uid} ({ip})""", t1=tt[0], t2=tt[1], t3=tt[2],
               msg=g.L("return form submitted by", "Retourenformular gesendet von"), e=p.email, uid=g.safe(lambda: str(g.randint(10000, 999999))), ip=p.ip)


def se_feedback(g):
    p = g.person()
    return g.r("""{
  "event_id": "{eid}",
  "name": "{n}",
  "email": "{e}",
  "comments": "{msg}"
}""", eid=hexid(g, 32), n=p.full, e=p.email,
               msg=g.L(g.pick(["Page crashed when I added the %s to my basket." % g.short, "Checkout froze twice, please call me"]),
                       g.pick(["Seite ist abgestürzt, als ich die %s in den Warenkorb gelegt habe." % g.short, "Kasse hängt, bitte ruft mich an"])))


# ---------------------------------------------------------------------------------------------
# mongo_shell: mongosh sessions on the shop database
# ---------------------------------------------------------------------------------------------

def mg_find(g):
    p = g.person()
    a = p.address
    return g.r("""talgrat> db.customers.find({ email: "{e}" })
[
  {
    _id: ObjectId('{oid}'),
    firstName: '{f}',
    lastName: '{l}',
    email: '{e2}',
    phone: '{ph}',
    address: { street: '{st}', zip: '{pc}', city: '{town}', country: '{cc}' },
    createdAt: ISODate('{ts}')
  }
]""", e=p.email, oid=hexid(g, 24), f=p.first, l=p.last, e2=p.email, ph=p.mobile_e164, st=a.street, pc=a.postcode,
               town=a.town, cc=p.country, ts=g.stamp())


def mg_update(g):
    p = g.person()
    return g.r("""talgrat> db.customers.updateOne({ _id: ObjectId('{oid}') }, { $set: { 'address.street': '{st}', phone: '{ph}' } })
{ acknowledged: true, matchedCount: 1, modifiedCount: 1 }
// {note} {n}""", oid=hexid(g, 24), st=p.street, ph=p.mobile_e164, note=g.L("address change requested by phone,", "Adressänderung telefonisch,"), n=p.full)


def mg_aggregate(g):
    ps = [g.person() for _ in range(g.randint(2, 3))]
    rows = [g.r("  { _id: '{e}', name: '{n}', orders: {o}, returns: {r} }", e=p.email, n=p.full, o=str(g.randint(3, 40)), r=str(g.randint(2, 30))) for p in ps]
    return Doc(["talgrat> db.orders.aggregate([{ $group: { _id: '$email', orders: { $sum: 1 } } }, { $sort: { returns: -1 } }])\n[\n"]) + join(",\n", rows) + "\n]"


@fix("DE")
def mg_staff(g):
    a = g.staff(taxid=True, country="DE")
    return g.r("""hr> db.staff.findOne({ staffNo: {no} }, { name: 1, iban: 1, taxId: 1 })
{
  _id: ObjectId('{oid}'),
  name: '{n}',
  iban: '{iban}',
  taxId: '{tax}'
}""", no=str(g.randint(1000, 9999)), oid=hexid(g, 24), n=a.full, iban=a.iban_compact, tax=a.taxid_compact)


# ---------------------------------------------------------------------------------------------
# accounting_export: bank statement imports, DATEV-style bookings, open items, payroll journals
# ---------------------------------------------------------------------------------------------

def ac_bank_csv(g):
    ps = [g.person(need_iban=True) for _ in range(g.randint(2, 4))]
    head = g.L("Date,Reference,Counterparty,IBAN,Amount", "Buchungstag;Verwendungszweck;Auftraggeber;IBAN;Betrag")
    sep = "," if g.lang == "en" else ";"
    rows = []
    for p in ps:
        d = g.fmt_date(g.day(), "num")
        amt = "%d%s%02d" % (g.randint(10, 400), "." if g.lang == "en" else ",", g.pick([0, 50, 95]))
        rows.append(Doc([d, sep, g.L("Refund ", "Erstattung ") + g.safe(lambda: "W%d-%04d" % (g.randint(2509, 2611), g.randint(100, 9999))), sep,
                         '"', p.lf if g.chance(0.5) else p.full, '"', sep, p.iban_compact, sep, "-" + amt]))
    return Doc([head, "\n"]) + nl(rows)


def ac_datev(g):
    ps = [g.person() for _ in range(g.randint(2, 3))]
    if g.lang == "en":
        rows = []
        for p in ps:
            rows.append(Doc(["%02d/%02d/2026,CN-%05d," % (g.randint(1, 28), g.randint(1, 12), g.randint(1, 99999)), '"', p.full, '"',
                             ",Customer refunds,%d.%02d,," % (g.randint(10, 900), g.pick([0, 50, 95]))]))
        return Doc(["Journal report – Talgrat Outdoor Ltd\n", "Date,Num,Name,Account,Debit,Credit\n"]) + nl(rows)
    rows = []
    for p in ps:
        rows.append(Doc(['"%d,%02d";"H";"EUR";"1200";"%d";"%02d%02d";"' % (g.randint(10, 900), g.pick([0, 50, 95]), g.randint(10000, 69999), g.randint(1, 28), g.randint(1, 12)),
                         g.L("Refund ", "Gutschrift "), p.full, '";""']))
    return Doc(['"EXTF";700;21;"Buchungsstapel";13;;;;"Talgrat Outdoor GmbH";;;;\n',
                'Umsatz (ohne Soll/Haben-Kz);Soll/Haben-Kennzeichen;WKZ Umsatz;Konto;Gegenkonto (ohne BU-Schlüssel);Belegdatum;Buchungstext;Belegfeld 1\n']) + nl(rows)


def ac_open_items(g):
    ps = [g.person() for _ in range(g.randint(2, 3))]
    rows = []
    for p in ps:
        rows.append(g.r("{inv}\t{n}\t{e}\t{amt}\t{days}", inv=g.safe(lambda: "R%d-%05d" % (g.pick([2025, 2026]), g.randint(1, 99999))),
                        n=p.lf if g.chance(0.6) else p.LF, e=p.email, amt="%d.%02d" % (g.randint(40, 2000), g.pick([0, 50])), days=str(g.randint(14, 120))))
    return Doc([g.L("invoice\tdebtor\temail\topen\tdays_overdue", "rechnung\tschuldner\temail\toffen\ttage_ueberfaellig"), "\n"]) + nl(rows)


@fix("DE")
def ac_payroll(g):
    ps = [g.staff(taxid=True, country="DE") for _ in range(g.randint(2, 3))]
    rows = []
    for p in ps:
        rows.append(g.r("{no};{n};{tax};{iban};{net}", no=str(g.randint(1000, 9999)), n=p.lf, tax=p.taxid, iban=p.iban_compact,
                        net="%d,%02d" % (g.randint(1200, 3800), g.randint(0, 99))))
    return Doc([g.L("staff_no;name;tax_id;iban;net_pay", "PersNr;Name;Steuer-ID;IBAN;Netto"), "\n"]) + nl(rows)


LAYOUTS = {
    "payment_qr_payload": [qr_epc_refund, qr_swiss_invoice, qr_epc_guide, qr_json],
    "swift_mt103": [mt_refund_out, mt_customer_in, mt_supplier, mt_log],
    "x12_edi": [x12_dropship, x12_asn, x12_invoice, x12_log],
    "xlsx_shared_strings": [xl_rota, xl_customers, xl_inline, xl_comments, xl_hyperlink],
    "rtf_letter": [rtf_one_line, rtf_two_line, rtf_table, rtf_info],
    "slack_export": [sl_channel, sl_users, sl_file, sl_thread],
    "whatsapp_export": [wa_repair, wa_address, wa_group, wa_header],
    "dataframe_print": [df_head, df_markdown, df_dict, df_series],
    "siem_event": [si_cef, si_4720, si_4624, si_alert],
    "sentry_event": [se_checkout, se_payment, se_breadcrumbs, se_feedback],
    "mongo_shell": [mg_find, mg_update, mg_aggregate, mg_staff],
    "accounting_export": [ac_bank_csv, ac_datev, ac_open_items, ac_payroll],
}
