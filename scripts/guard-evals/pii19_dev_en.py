"""English templates of the nineteenth PII bank, dev half (pii dev19).

PII: genre -> templates with personal data; CLEAN: genre -> templates without any (hard
look-alikes only). Syntax: see pii19_dev_core.
"""

import sys

sys.dont_write_bytecode = True

from pii19_dev_core import T  # noqa: E402

# ---------------------------------------------------------------- helpers for layouts


def rows(c, lo, hi):
    return range(1, c.rng.randint(lo, hi) + 1)


def lead_csv(c):
    head = c.rng.choice([
        "name,email,phone,company,source,notes",
        "Name,E-mail,Phone,Company,Lead source,Comment",
        '"Contact","Email","Tel","Organisation","Source","Notes"',
    ])
    quoted = head.startswith('"')
    out = [head]
    for i in rows(c, 3, 6):
        name = c.rng.choice([f"${{c{i}.lf}}", f"${{c{i}.LF}}", f"${{c{i}.full}}"])
        src = c.rng.choice(["trade fair OutDoor", "website form", "webinar 12 Mar", "referral", "cold email", "Instagram DM", "newsletter reply"])
        note = c.rng.choice(["wants 2026 catalogue", "asked for B2B prices", "call back after ${weekday}", "", "samples of ${prod} sent", "interested in embroidery", "no budget until Q3"])
        if quoted:
            out.append(f'"{name}","${{c{i}.mail}}","${{c{i}.tel}}","${{c{i}.company}}","{src}","{note}"')
        else:
            out.append(f'"{name}",${{c{i}.mail}},${{c{i}.tel}},${{c{i}.company}},{src},{note}')
    return "\n".join(out)


def lead_caps(c):
    out = [c.rng.choice(["LEADS – Harrogate show, stand B14", "Lead sheet / trade day ${date}", "Scanned badges, ${month} show (export)"]), ""]
    for i in rows(c, 3, 5):
        out.append(c.rng.choice([
            f"${{c{i}.LF}} | ${{c{i}.company}} | ${{c{i}.mail}} | ${{c{i}.tel}}",
            f"${{c{i}.LF}} (${{c{i}.company}}) – ${{c{i}.tel}}",
            f"${{c{i}.LF}}; ${{c{i}.mail}}; ${{c{i}.title}}",
        ]))
    out.append(c.rng.choice(["", "\nFollow up within 5 working days.", "\n(badge scanner export, duplicates removed)"]))
    return "\n".join(out).rstrip()


def lead_semicolon(c):
    out = ["Last name;First name;Email;Phone;Town;Interest"]
    for i in rows(c, 3, 6):
        out.append(f"${{c{i}.last}};${{c{i}.first}};${{c{i}.mail}};${{c{i}.tel}};${{c{i}.town}};" + c.rng.choice(["rental fleet", "club kit", "staff uniforms", "resale", "school trips"]))
    return "\n".join(out)


def lead_prose_list(c):
    out = [c.rng.choice(["Leads from the climbing wall open day:", "New leads (please assign):", "Warm leads this week –"])]
    for i in rows(c, 3, 5):
        out.append(c.rng.choice([
            f"- ${{c{i}.full}}, ${{c{i}.title}} at ${{c{i}.company}}, ${{c{i}.mail}}",
            f"* ${{c{i}.lf}} – ${{c{i}.tel}} – wants a quote for ${{qty}} x ${{prod}}",
            f"- ${{c{i}.UP}} / ${{c{i}.company}} / ${{c{i}.mail}} / ${{c{i}.tel}}",
        ]))
    return "\n".join(out)


def tsv_people(c):
    cols = c.rng.choice([
        ["first_name", "last_name", "email", "phone", "street", "postcode", "city"],
        ["First", "Last", "Mobile", "Email", "Address line 1", "Town", "Postcode"],
        ["customer_id", "given_name", "family_name", "email", "created_at"],
    ])
    cell = {
        "first_name": "${p%d.first}", "First": "${p%d.first}", "given_name": "${p%d.first}",
        "last_name": "${p%d.last}", "Last": "${p%d.last}", "family_name": "${p%d.last}",
        "email": "${p%d.mail}", "Email": "${p%d.mail}", "phone": "${p%d.tel}", "Mobile": "${p%d.mob}",
        "street": "${p%d.street}", "Address line 1": "${p%d.street}", "postcode": "${p%d.zip}", "Postcode": "${p%d.zip}",
        "city": "${p%d.town}", "Town": "${p%d.town}", "customer_id": "${p%d.uid}", "created_at": "${iso%d}",
    }
    out = ["\t".join(cols)]
    for i in rows(c, 3, 6):
        out.append("\t".join(cell[k].replace("%d", str(i)) for k in cols))
    return "\n".join(out)


def tsv_returns(c):
    out = ["rma\torder\tcustomer\temail\treason\tstatus"]
    for i in rows(c, 3, 5):
        out.append(f"${{rma{i}}}\t${{order{i}}}\t${{p{i}.full}}\t${{p{i}.mail}}\t" + c.rng.choice(["too small", "wrong colour", "zip faulty", "changed mind", "arrived damaged", "seam leak"]) + "\t" + c.rng.choice(["received", "refunded", "awaiting parcel", "inspected"]))
    return "\n".join(out)


def tsv_newsletter(c):
    out = ["email\tfirst name\tconsent_ts\tsource_ip\tlist"]
    for i in rows(c, 3, 6):
        out.append(f"${{p{i}.mail}}\t${{p{i}.first}}\t${{isots{i}}}\t${{p{i}.ip}}\t" + c.rng.choice(["newsletter-en", "trail-running", "winter-drop", "b2b-updates"]))
    return "\n".join(out)


def tsv_payout(c):
    out = ["payee\tiban\tamount\treference"]
    for i in rows(c, 2, 4):
        out.append(f"${{p{i}.full}}\t${{p{i}.iban}}\t" + c.rng.choice(["€45.00", "€62.50", "€18.00", "€120.00", "£40.00"]) + f"\tTRADE-IN ${{order{i}}}")
    return "\n".join(out)


def md_table(c, kind):
    if kind == 0:
        out = ["| Name | Email | Phone | Role |", "|---|---|---|---|"]
        for i in rows(c, 3, 5):
            out.append(f"| ${{c{i}.full}} | ${{c{i}.mail}} | ${{c{i}.tel}} | ${{c{i}.title}} |")
        return c.rng.choice(["### Agency contacts\n\n", "Contacts for the autumn shoot:\n\n", ""]) + "\n".join(out)
    if kind == 1:
        out = ["| Winner | Prize | Ship to |", "| --- | --- | --- |"]
        for i in rows(c, 2, 4):
            out.append(f"| ${{p{i}.full}} | ${{prod{i}}} | ${{p{i}.adr}} |")
        return c.rng.choice(["## Giveaway winners (do not publish addresses)\n\n", "Winners – please ship by ${date}:\n\n"]) + "\n".join(out)
    out = ["| Customer | Order | Issue | Contact |", "|:--|:--|:--|:--|"]
    for i in rows(c, 3, 5):
        out.append(f"| ${{p{i}.lf}} | ${{order{i}}} | " + c.rng.choice(["late delivery", "refund pending", "size swap", "missing item", "damaged box"]) + f" | ${{p{i}.tel}} |")
    return "Escalations this week\n\n" + "\n".join(out)


def md_rota(c):
    out = ["| Day | Store | Staff on shift | Cover phone |", "|---|---|---|---|"]
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    start = c.rng.randrange(3)
    for k, i in enumerate(rows(c, 3, 4)):
        out.append(f"| {days[start + k]} | ${{ort{i}}} pop-up | ${{s{i}.first}} | ${{s{i}.mob}} |")
    return "Pop-up rota\n\n" + "\n".join(out) + c.rng.choice(["", "\n\nSwaps: ask in #popup-team first."])


def sql_insert(c):
    tbl = c.rng.choice(["customers", "crm_contact", "shop_customer"])
    out = [f"INSERT INTO {tbl} (id, first_name, last_name, email, phone, street, zip, city, country) VALUES"]
    vals = []
    for i in rows(c, 2, 4):
        vals.append(f"  (${{p{i}.uid}}, '${{p{i}.first}}', '${{p{i}.last}}', '${{p{i}.mail}}', '${{p{i}.tel}}', '${{p{i}.street}}', '${{p{i}.zip}}', '${{p{i}.town}}', '${{p{i}.cc}}')")
    return "\n".join(out) + "\n" + ",\n".join(vals) + ";"


def sql_select(c):
    out = ["mysql> SELECT order_id, customer_name, email, card_last_used, created_at FROM orders WHERE status = 'disputed';",
           "+------------+------------------------+------------------------------+---------------------+---------------------+",
           "| order_id   | customer_name          | email                        | card_last_used      | created_at          |",
           "+------------+------------------------+------------------------------+---------------------+---------------------+"]
    n = 0
    for i in rows(c, 2, 4):
        n += 1
        out.append(f"| ${{order{i}}} | ${{p{i}.full}} | ${{p{i}.mail}} | ${{p{i}.card}} | ${{iso{i}}} 1{i}:0{i}:2{i} |")
    out.append("+------------+------------------------+------------------------------+---------------------+---------------------+")
    out.append(f"{n} rows in set (0.0{n} sec)")
    return "\n".join(out)


SQL_UPDATE = [
        "-- ticket ${ticket}: customer moved\nUPDATE customers\n   SET street = '${p1.street}', zip = '${p1.zip}', city = '${p1.town}', phone = '${p1.tel}'\n WHERE email = '${p1.mail}';\n-- 1 row affected",
        "UPDATE crm_contact SET iban = '${p1.iban}', updated_by = '${s1.mail}' WHERE contact_id = ${p1.uid}; -- payout for trade-in ${order}",
        "DELETE FROM newsletter_optin WHERE email IN ('${p1.mail}', '${p2.mail}');\n-- requested by ${p1.full} and ${p2.full} via support, ${date}",
]


def sql_pg(c):
    out = [" id  | name                 | email                         | last_login_ip", "-----+----------------------+-------------------------------+-----------------"]
    for i in rows(c, 2, 5):
        out.append(f" ${{p{i}.uid}} | ${{p{i}.full}} | ${{p{i}.mail}} | " + c.rng.choice([f"${{p{i}.ip}}", f"${{privip{i}}}"]))
    out.append(f"({len(out) - 2} rows)")
    return "shop=> SELECT id, name, email, last_login_ip FROM accounts WHERE flagged;\n" + "\n".join(out)


def access_nginx(c):
    out = []
    paths = ["/en/checkout/payment", "/en/account/login", "/en/products/kaltkar-down-jacket", "/api/cart", "/en/returns/start", "/newsletter/confirm?token=${hash}", "/en/search?q=rain+jacket"]
    for i in rows(c, 3, 6):
        ip = c.rng.choice([f"${{pubip{i}}}", f"${{vsixip{i}}}", f"${{pubip{i}}}"])
        path = c.rng.choice(paths)
        out.append(f'{ip} - - [${{ts{i}}}] "' + c.rng.choice(["GET", "GET", "POST"]) + f' {path} HTTP/1.1" ' + c.rng.choice(["200", "200", "302", "404", "500", "201"]) + f' ${{ms{i}}} "-" "${{ua{i}}}"')
    return "\n".join(out)


def access_app(c):
    out = []
    for i in rows(c, 3, 5):
        out.append(c.rng.choice([
            f"${{isots{i}}} INFO  auth: login ok user=${{p{i}.mail}} ip=${{p{i}.ip}}",
            f"${{isots{i}}} WARN  auth: 3 failed logins for ${{p{i}.mail}} from ${{pubip{i}}}",
            f"${{isots{i}}} INFO  checkout: order ${{order{i}}} placed by ${{p{i}.mail}} (client ${{p{i}.ip}})",
            f"${{isots{i}}} DEBUG upstream ${{privip{i}}}:${{port{i}}} responded in ${{ms{i}}} ms",
            f"${{isots{i}}} ERROR payment: declined for ${{p{i}.mail}}, remote_addr=${{vsixip{i}}}",
        ]))
    return "\n".join(out)


def access_syslog(c):
    host = c.rng.choice(["shop-web-01", "edge-02", "mail-relay", "crm-worker"])
    out = []
    for i in rows(c, 3, 5):
        out.append(c.rng.choice([
            f"{host} sshd[${{num{i}}}42]: Accepted publickey for deploy from ${{privip{i}}} port 5{i}122 ssh2",
            f"{host} sshd[${{num{i}}}17]: Failed password for invalid user admin from ${{pubip{i}}} port 4{i}812 ssh2",
            f"{host} postfix/smtp[${{num{i}}}9]: to=<${{p{i}.mail}}>, relay=mx.${{p{i}.domain}}[${{pubip{i}}}]:25, status=sent",
            f"{host} app[${{num{i}}}3]: healthcheck from ${{loip{i}}} ok",
            f"{host} kernel: [UFW BLOCK] IN=eth0 SRC=${{vsixip{i}}} DST=${{privip{i}}} PROTO=TCP DPT=22",
        ]))
    return "\n".join(out)


def access_csv(c):
    out = ["timestamp,ip,email,event"]
    for i in rows(c, 3, 6):
        out.append(f"${{isots{i}}},${{p{i}.ip}},${{p{i}.mail}}," + c.rng.choice(["signup", "password_reset", "voucher_redeemed", "review_posted", "address_changed"]))
    return "Export from the fraud dashboard:\n" + "\n".join(out)


def vcard(c, who, v="3.0"):
    lines = ["BEGIN:VCARD", f"VERSION:{v}", f"N:${{{who}.last}};${{{who}.first}};;;", f"FN:${{{who}.full}}"]
    if who == "c1":
        lines += ["ORG:${c1.company}", "TITLE:${c1.title}"]
    lines += [c.rng.choice([f"TEL;TYPE=cell:${{{who}.mob}}", f"TEL;TYPE=work,voice:${{{who}.tel}}"]), f"EMAIL;TYPE=internet:${{{who}.mail}}"]
    if c.rng.random() < 0.7:
        lines.append(f"ADR;TYPE=home:;;${{{who}.street}};${{{who}.town}};;${{{who}.zip}};${{{who}.country}}")
    if c.rng.random() < 0.4:
        lines.append("NOTE:met at ${ort} demo day")
    lines.append("END:VCARD")
    pre = c.rng.choice(["", "Attached contact (exported from phone):\n\n", "contact.vcf\n", "Here's the vCard you asked for –\n\n"])
    return pre + "\n".join(lines)


def vcard_two(c):
    out = []
    for i in (1, 2):
        out += ["BEGIN:VCARD", "VERSION:3.0", f"N:${{c{i}.last}};${{c{i}.first}}", f"FN:${{c{i}.full}}",
                f"TEL;TYPE=WORK:${{c{i}.tel}}", f"EMAIL:${{c{i}.mail}}", "END:VCARD"]
    return "\n".join(out)


def ical_invite(c):
    return ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nBEGIN:VEVENT\nSUMMARY:[[Store walk-through|Retail training|Window install]] ${ort}\n"
            "DTSTART;TZID=Europe/London:${icsdt}\nORGANIZER;CN=${c1.full}:mailto:${c1.mail}\n"
            "ATTENDEE;PARTSTAT=ACCEPTED;CN=${s1.full}:mailto:${s1.mail}\nATTENDEE;PARTSTAT=NEEDS-ACTION;CN=${s2.full}:mailto:${s2.mail}\n"
            "LOCATION:${c1.company}\\, ${c1.adr}\nEND:VEVENT\nEND:VCALENDAR")


def ical(c, kind):
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Talgrat//Shop Calendar//EN", "BEGIN:VEVENT", "UID:${uuid}",
            "DTSTAMP:${icsdt}"]
    if kind == 0:
        body = ["SUMMARY:Fitting appointment – ${p1.full}", "DTSTART:20251014T100000", "DTEND:20251014T104500",
                "LOCATION:${p1.adr}", "ORGANIZER;CN=${s1.full}:mailto:${s1.mail}", "ATTENDEE;CN=${p1.full};RSVP=TRUE:mailto:${p1.mail}",
                "DESCRIPTION:Home fitting for ${prod}. Call ${p1.tel} on arrival."]
    elif kind == 1:
        body = ["SUMMARY:Photo shoot ${prod} – ${ort}", "DTSTART;VALUE=DATE:20250912", "ORGANIZER;CN=\"${s1.lf}\":mailto:${s1.mail}",
                "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=${c1.full}:mailto:${c1.mail}", "ATTENDEE;ROLE=OPT-PARTICIPANT;CN=${c2.full}:mailto:${c2.mail}",
                "DESCRIPTION:Model: ${p1.full}\\, mobile ${p1.mob}. Meet at the car park."]
    else:
        body = ["SUMMARY:UX interview #${num}", "DTSTART:20251103T140000Z", "DURATION:PT45M",
                "ORGANIZER;CN=${s1.full}:mailto:${s1.mail}", "ATTENDEE;CN=${p1.full}:mailto:${p1.mail}",
                "DESCRIPTION:Participant ${p1.first} (recruited via newsletter). Backup number: ${p1.tel}", "LOCATION:Video call"]
    return "\n".join(head + body + ["END:VEVENT", "END:VCALENDAR"])


OCR_SLIP = [
        "RETURNS SLIP   Talgrat Outdoor\nOrder no.: ${order}\nName: ${p1.full}\nAddress: ${p1.adr}\nPhone: ${p1.tel}\n"
        "Reason (tick): [x] too small [ ] faulty [ ] other\nRefund to: original payment / IBAN ${p1.iban}\nSignature: ______",
        "DELIVERY NOTE  ${order}\nDeliver to:\n${p1.full}\n${p1.adr2}\n${p1.country}\nItem  Qty  Size\n${ptitle}  1  ${size}\nPacked by: ${s1.fi}",
        "WARRANTY CLAIM FORM\nSurname: ${p1.ULAST}   First name: ${p1.first}\nStreet: ${p1.street}\nTown/postcode: ${p1.townline}\n"
        "E-mail: ${p1.mail}\nProduct: ${ptitle}  Purchased: ${date}\nDescription: delamination on the left shoulder",
]


OCR_CARD = [
        "MAIL ORDER FORM (scanned)\nCard holder: ${p1.UP}\nCard no: ${p1.card}   Exp: ${month} 2028\nDeliver to: ${p1.adr}\nTel ${p1.tel}",
        "Guarantee registration – page 1 of 1\n${p1.full}\n${p1.adr2}\nemail ${p1.mail}\nSerial ${hash}  Model ${prod}",
        "Tax form extract (creator payout)\nName: ${p1.full}\nGerman tax ID: ${p1.taxid}\nAddress: ${p1.adr}\nBank: ${p1.iban}",
]


def html_form(c, kind):
    if kind == 0:
        return ('<form action="/en/account/address" method="post">\n'
                '  <label>Full name <input name="name" value="${p1.full}"></label>\n'
                '  <label>Street <input name="line1" value="${p1.street}"></label>\n'
                '  <label>Postcode <input name="zip" value="${p1.zip}"></label>\n'
                '  <label>Town <input name="city" value="${p1.town}"></label>\n'
                '  <label>Phone <input type="tel" name="phone" value="${p1.tel}"></label>\n'
                '  <button type="submit">Save address</button>\n</form>')
    if kind == 1:
        return ('<form id="contact" method="post" action="/contact">\n'
                '<input type="hidden" name="client_ip" value="${anyip}">\n'
                '<input type="text" name="your-name" value="${p1.full}">\n'
                '<input type="email" name="your-email" value="${p1.mail}">\n'
                '<textarea name="message">Hi, my ${prod} arrived with a broken zip. Order ${order}. [[Please call me on ${p1.tel}.|Thanks!]]</textarea>\n'
                '<input type="submit" value="Send">\n</form>')
    return ('<!-- saved draft of the trade-in form -->\n<fieldset>\n  <legend>Payout details</legend>\n'
            '  <input name="account_holder" value="${p1.full}">\n  <input name="iban" value="${p1.iban}">\n'
            '  <input name="email" value="${p1.mail}">\n  <input name="address" value="${p1.adr}">\n</fieldset>')


def html_table(c):
    out = ["<table class=\"orders\">", "  <tr><th>Order</th><th>Customer</th><th>Email</th><th>Phone</th></tr>"]
    for i in rows(c, 2, 4):
        out.append(f"  <tr><td>${{order{i}}}</td><td>${{p{i}.full}}</td><td>${{p{i}.mail}}</td><td>${{p{i}.tel}}</td></tr>")
    out.append("</table>")
    return "\n".join(out)


HTTP_DUMPS = [
        'POST /api/v2/customers HTTP/1.1\nHost: api.talgrat.com\nContent-Type: application/json\nX-Forwarded-For: ${p1.ip}, ${privip}\nUser-Agent: ${ua}\n\n'
        '{\n  "first_name": "${p1.first}",\n  "last_name": "${p1.last}",\n  "email": "${p1.mail}",\n  "phone": "${p1.tel}",\n  "marketing_opt_in": [[true|false]]\n}',
        'POST /webhooks/order-created HTTP/1.1\nHost: hooks.talgrat.com\nX-Real-IP: ${pubip}\nContent-Type: application/json\n\n'
        '{"order":"${order}","total":"${price}","customer":{"name":"${p1.full}","email":"${p1.mail}"},"shipping_address":{"line1":"${p1.street}","postcode":"${p1.zip}","city":"${p1.town}","country":"${p1.cc}"}}',
        '> PATCH /api/customers/${p1.uid} HTTP/2\n> authorization: Bearer ***\n> content-type: application/json\n>\n{"phone":"${p1.tel}","address":"${p1.adr}"}\n< HTTP/2 200\n< x-request-id: ${uuid}\n<\n{"ok":true,"updated_by":"${s1.mail}"}',
        'curl -X POST https://api.talgrat.com/v1/refunds \\\n  -H "Content-Type: application/json" \\\n  -d \'{"order":"${order}","iban":"${p1.iban}","holder":"${p1.full}","notify":"${p1.mail}"}\'',
        'HTTP/1.1 422 Unprocessable Entity\nContent-Type: application/json\n\n{"error":"card_declined","customer":"${p1.mail}","client_ip":"${vsixip}","card":"${p1.card}","message":"Do not log full card numbers!"}',
]


def feed_row(c, kind):
    if kind == 0:
        return ("id\ttitle\tprice\tgtin\tcondition\tseller_name\tseller_email\n"
                "${sku}-PRELOVED\t${ptitle} (pre-loved)\t${price}\t${gtin}\tused\t${p1.full}\t${p1.mail}")
    if kind == 1:
        return ('<item>\n  <g:id>${sku}</g:id>\n  <title>${ptitle}</title>\n  <g:price>${pprice}</g:price>\n  <g:gtin>${gtin}</g:gtin>\n'
                '  <g:store_contact>${c1.full}</g:store_contact>\n  <g:store_phone>${c1.tel}</g:store_phone>\n</item>')
    if kind == 2:
        return ('{"sku": "${sku}", "title": "${ptitle}", "gtin": "${gtin}", "price": "${pprice}", "photo_credit": "${c1.full}", '
                '"asset_owner_email": "${c1.mail}", "availability": "in stock"}')
    return ("sku,title,price,local_pickup_store,store_manager,store_phone\n"
            "${sku},\"${ptitle}\",${pprice},\"${c1.company}\",\"${c1.full}\",${c1.tel}")


def front_matter(c, kind):
    if kind == 0:
        return ("---\ntitle: \"Three days on the ${ort} ridge with the ${prod}\"\ndate: ${iso}\nauthor: ${s1.full}\nauthor_email: ${s1.mail}\n"
                "interviewee: ${p1.full}\ninterviewee_location: ${p1.town}\ntags: [field-test, ${prod}]\ndraft: true\n---\n\n"
                "When ${p1.first} [[first wrote to us|got in touch]], the jacket had already seen [[forty|sixty|a hundred]] days of rain.")
    if kind == 1:
        return ("---\nlayout: team\nname: ${s1.full}\nrole: ${s1.title}\nemail: ${s1.mail}\nphone: ${s1.tel}\nphoto: /img/team/${hash}.jpg\n---")
    if kind == 2:
        return ("---\ntitle: Customer story\nslug: ${hash}\ncustomer:\n  name: ${p1.full}\n  email: ${p1.mail}\n  phone: ${p1.tel}\n"
                "  consent_form: signed ${date}\nphotographer: ${c1.full}\nproducts: [${sku}]\n---")
    return ("---\n# newsletter issue config\nissue: ${num}\nsend_date: ${iso}\nreply_to: ${s1.mail}\ntest_recipients:\n  - ${s1.mail}\n"
            "  - ${s2.mail}\nsigned_by: ${s2.full}\nfeatured_review_by: ${p1.fi}\n---")


def mail_header(c, kind):
    if kind == 0:
        return ("Return-Path: <${p1.mail}>\nReceived: from [${p1.ip}] (helo=laptop)\n\tby mx01.talgrat.com with esmtpsa (TLS1.3)\n\tfor <${s1.mail}>; ${rfcdate}\n"
                "From: ${p1.full} <${p1.mail}>\nTo: ${s1.mail}\nSubject: Re: your order ${order}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8")
    if kind == 1:
        return ("From: \"${p1.lf}\" <${p1.mail}>\nTo: Talgrat Customer Care <${s1.mail}>\nCc: ${p2.full} <${p2.mail}>\nDate: ${rfcdate}\n"
                "Subject: Fwd: return label\nX-Originating-IP: [${pubip}]\nX-Mailer: iPhone Mail (21E236)")
    if kind == 2:
        return ("Received: from mail-ej1-f41.google.com (mail-ej1-f41.google.com [${pubip}])\n\tby mx02.talgrat.com (Postfix) with ESMTPS\n"
                "Received: from [${privip}] by smtp.gmail.com with ESMTPSA\nFrom: ${p1.full} <${p1.mail}>\nReply-To: ${p1.mail}\n"
                "To: ${rolemail:press}\nSubject: Photo permission – ${prod} in the ${ort} hills")
    return ("Delivered-To: ${s1.mail}\nReturn-Path: <${c1.mail}>\nAuthentication-Results: mx.talgrat.com; spf=pass smtp.mailfrom=${c1.domain}\n"
            "From: ${c1.full} | ${c1.company} <${c1.mail}>\nTo: ${s1.full} <${s1.mail}>\nSubject: Quote for club embroidery\nX-Sender-IP: ${vsixip}")


# ---------------------------------------------------------------- PII templates

PII = {
    "crm_note": [
        "Customer ${p1.full} ([[cust.|customer no.|acct]] ${cust}) [[rang|called|phoned in]] about the ${prod} in size ${size}. [[Says the|The]] [[left cuff|hood drawcord|main zip]] [[came loose|failed|broke]] after [[two|three|five]] weeks. [[Offered a repair or a swap|Suggested a swap for ${size2}|Sent the returns link]]; [[prefers|wants]] a reply by [[email|e-mail]] to ${p1.mail}. [[Follow up ${weekday}.|Next step: check stock.|— ${s1.ini}]]",
        "CRM note ${date}\n- Contact: ${p1.honf}\n- Tel: ${p1.tel}\n- Email: ${p1.mail}\n- Topic: [[invoice copy for ${order}|change of delivery address|loyalty points missing]]\n[[- New address: ${p1.adr}\n|]]- Owner: ${s1.full}",
        "${p1.hon} is a [[repeat|long-standing|VIP]] customer ([[7|12|4]] orders since ${year}). [[Very polite|A bit frustrated|Happy overall]] on the phone today. <<Wants us to stop sending the printed catalogue to ${p1.street}.##Asked whether the ${prodb} comes in ${colour}.>> [[Done.|Updated the record.|Flag removed.]]",
        T("Spoke with ${c1.first} from ${c1.company} ([[buyer|owner|store manager]]). <<They want ${qty} units of the ${prod} before ${month}.##Direct line ${c1.tel}, email ${c1.mail}.##Their accounts person is ${c2.full}.>> [[Sent B2B price list.|Will send samples.|Call again next week.]]"),
        "[[Note|Log]] by ${s1.first}: ${p1.full} [[complained|wrote in]] about [[delivery delays|a double charge|a missing voucher]] on ${order}. <<Card ending used was a mistake, ${p1.g:she/he} read the full number ${p1.card} out on the call – not stored anywhere else.##Refund approved by ${s2.full}.>>",
        "Account merge: ${p1.lf} (old: ${p1.mail}) + duplicate created at checkout. Kept the newer phone ${p1.tel}. [[Address confirmed as|Current address:]] ${p1.adr}. ${s1.fi}",
    ],
    "support_email": [
        "[[Hi|Hello|Dear]] Talgrat [[team|support]],\n\nI ordered the ${ptitle} (${order}) on ${date} and [[it still hasn't arrived|the tracking hasn't moved for a week|I received the wrong size]]. Could you please [[check|look into it]]?\n\n[[You can reach me on ${p1.tel}.|My phone is ${p1.tel} if that's easier.|]]\n\n[[Thanks|Many thanks|Cheers]],\n${p1.full}",
        "${p1.sg},\n\nthank you for your message. We have [[refunded|credited]] ${price} to your card and [[sent a new label|cancelled the return]] to ${p1.mail}. <<If anything is unclear, just reply to this e-mail.##The refund can take 3–5 working days.>>\n\nKind regards\n${s1.full}\nTalgrat Customer Care",
        "hi, it's ${p1.first} again – [[sorry to bother you|quick one]]. [[I moved last month|We've just moved]] and [[forgot|didn't]] update my address before ordering. [[Please|Could you]] send ${order} to ${p1.adr} instead? [[thanks|ta|thx]] ${p1.lowf}",
        "Dear Sir or Madam,\n\nI wish to [[return|exchange]] the ${prod} ([[order|ref.]] ${order}). <<It is [[too short in the arms|too tight across the shoulders|the wrong colour]].##I have kept the tags on.>> Please refund the amount to my account ${p1.iban} ([[account holder|holder]] ${p1.full}).\n\n[[Yours faithfully|Kind regards]],\n${p1.honf}\n${p1.adr2}",
        "Hello ${p1.first},\n\nthanks for getting back to us so quickly. [[I have|We've]] booked a courier pick-up for ${weekday} between ${time} and ${time2} at ${p1.street}. <<The driver will call ${p1.mob} about 30 minutes before.##Please have the parcel ready; no printer needed.>>\n\nBest wishes,\n${s1.first} | Talgrat",
        "To whom it may concern — I was charged twice for ${order}. [[My card|The card]] ${p1.card} shows two payments of ${price}. [[Please reverse one.|Can you refund one of them?]] ${p1.full}, ${p1.tel}",
    ],
    "reply_chain": [
        "[[Perfect, thank you!|Great, that works.|Thanks, received.]]\n\nOn ${weekday}, ${date} at ${hm}, ${s1.full} <${s1.mail}> wrote:\n> Hi ${p1.first},\n> your replacement ${prod} ships today with tracking ${track}.\n> Best, ${s1.first}\n>\n> On ${date2}, ${p1.full} <${p1.mail}> wrote:\n>> The zip on my jacket split. Order ${order}.",
        "-----Original Message-----\nFrom: ${p1.full} <${p1.mail}>\nSent: ${weekday}, ${date} ${hm}\nTo: Customer Care\nSubject: size exchange\n\n[[Hi, can I swap the|Hello, I'd like to exchange the]] ${prod} ${size} for ${size2}? [[My number is ${p1.tel}.|]]\n\n---\n[[Internal: ok'd by ${s1.first}, label sent.|Forwarded to returns – ${s1.ini}]]",
        "> Could you confirm the delivery address?\n\nYes: ${p1.adr}\n\n> And a phone number for the courier?\n\n${p1.mob} [[(mobile, texts are fine)|– please text first]]\n\n[[Thanks|Cheers]], ${p1.first}",
        "${c1.first}, see below from ${p1.full} – can your [[store|team]] help?\n\n---------- Forwarded message ---------\nFrom: ${p1.full} <${p1.mail}>\nDate: ${date}\nSubject: local pick-up?\n\nI live [[near|close to]] ${c1.company}, could I collect the ${prod} there? [[I'm at ${p1.street}.|]]",
        "On ${date}, ${s1.lf} wrote:\n> we still need your [[bank details|IBAN]] for the trade-in payout\n\nSorry for the delay! IBAN: ${p1.iban}, account in the name of ${p1.full}.\n\nSent from my iPhone",
    ],
    "review": [
        "★★★★★ [[Best jacket I've owned|Worth every penny|Finally dry]]\n<<[[Wore|Used]] the ${prod} on [[a wet week in Snowdonia|the West Highland Way|a soggy Dartmoor weekend]].##[[Fit is true to size.|Size ${size} fits perfectly.]]>>\n— ${p1.fi}, ${p1.town}",
        "\"[[The ${prod} has been with me for two seasons and still looks new|I bought the ${prod} for my Camino and it never let me down|This is my third ${prod} and I'd buy it again]].\" – ${p1.full}, [[verified buyer|customer since ${year}|${p1.town}]]",
        "Rating: [[4|5|3]]/5\nReviewer: ${p1.full}\n[[Pros: warm, packs small. Cons: pockets a bit high.|Runs slightly large; I swapped for ${size}.|Great in rain, the hood is brilliant.]]",
        T("Testimonial for the homepage (approved by ${p1.first} on ${date}):\n\n\"[[We walked 200 km|I ran the Lakeland 50|We spent a week on the Kungsleden]] in the ${prod} and [[never thought about it once|it just worked|stayed comfortable]].\"\n— ${p1.ini}, [[trail runner|hill walker|mountain leader]]"),
        "[[Three stars|2 stars]] from me. The ${prod} is [[lovely|fine]] but [[arrived late|the sizing is off]]. [[Customer service (thanks ${s1.first}!) sorted it out.|Thanks to ${s1.first} in customer service for sorting it.]] ${p1.fi}",
        "5/5 – [[Bought these for my husband and he wears them|Treated myself and I wear it|Got it as a gift and wear it]] every day. Signed, ${p1.full}[[ (${p1.town})|]]",
    ],
    "signature": [
        "[[Thanks, that's all I needed.|Got it, speak soon.|See you at the shoot.]]\n\n--\n${c1.full}\n${c1.title} | ${c1.company}\nM ${c1.mob} | T ${c1.land}\n${c1.mail}",
        "Best regards,\n\n${s1.UP}\n${s1.title}\nTalgrat Outdoor GmbH\nDirect: ${s1.tel}\n${s1.mail}",
        "[[Cheers|Kind regards|Warmly]]\n${c1.first}\n\n${c1.full} · ${c1.company}\n${c1.adr}\n${c1.tel}",
        "[[Sounds good|Lovely, thanks]]!\n\n${p1.first}\n\nSent from my phone. ${p1.full} | ${p1.mob}",
        "Many thanks,\n${c1.ini}\n\n${c1.title}, ${c1.company}\nOffice: ${c1.tel}\nPlease note my new address: ${c1.adr2}",
    ],
    "copy_brief": [
        "Brief: [[autumn newsletter|winter drop email|spring teaser]]\nOwner: ${s1.full}\nCopy: ${s2.full}\n\n<<Lead with the ${prod}; mention ${pprice}.##Use the quote from ${p1.full} (consent on file, ${date}).##No claims beyond the approved list.>>",
        "Hi ${s2.first}, [[could you|can you]] write [[three|two]] subject lines for the ${prod} launch? <<Tone: warm, practical.##Approval goes to ${s1.full} by ${weekday}.>> [[Thanks!|Ta!]]",
        T("Copy brief – customer story\nCustomer: ${p1.full}, ${p1.town}\nContact for fact-check: ${p1.mail} / ${p1.tel}\nPhotos: ${c1.full} (${c1.company})\nAngle: [[ten years of hut-to-hut walking|first winter in the Cairngorms|commuting by bike in the rain]]"),
        "Headline options for the ${prod} landing page – feedback from ${s1.first} and ${s2.first} below. <<${s1.first}: 'keep it honest, no hype'.##${s2.first}: 'mention the price, ${pprice}'.>>",
        "PR brief: interview with mountain guide ${p1.full} on [[rain layers|layering for winter|foot care]]. <<Book via ${c1.full} at ${c1.company}: ${c1.mail}.##Deadline ${date}.>>",
    ],
    "team_chat": [
        "[${hm}] ${s1.lowf}: ${s2.handle} can you call ${p1.lowf} back? ${p1.g:her/his} number is ${p1.tel}\n[${hm2}] ${s2.lowf}: on it 👍\n[${hm3}] ${s2.lowf}: done, ${p1.g:she/he} wants a refund not a swap",
        "${s1.first}: anyone know why ${p1.full}'s order ${order} is stuck?\n${s2.first}: address check failed – ${p1.street} doesn't match the postcode\n${s1.first}: ok I'll email ${p1.g:her/him} at ${p1.mail}",
        "#returns\n${s1.handle}: parcel from ${p1.low} arrived without a slip 🙄\n${s2.handle}: check the name on the label against ${order}\n${s1.handle}: found it. [[refund going out|swap going out]] today",
        "${s1.lowf} [${hm}]\nheads up: ${p1.full} rang twice about the ${prod}, [[pretty upset|very nice actually]]\n\n${s2.lowf} [${hm2}]\nI'll take it, ${s1.lowf}. what's the number?\n\n${s1.lowf} [${hm3}]\n${p1.mob}",
        "${s1.first} ${hm}: the influencer kit for ${c1.full} goes to ${c1.adr} right?\n${s2.first} ${hm2}: yes, and cc ${c1.mail} on the tracking",
    ],
    "customer_chat": [
        "Chat started ${hm}\nVisitor: hi, where is my order ${order}?\nAgent (${s1.first}): Hi! Could you confirm your name and postcode?\nVisitor: ${p1.full}, ${p1.zip}\nAgent (${s1.first}): Thanks ${p1.first} – it's with the courier, tracking ${track}.",
        "${s1.first}: Hello, how can I help?\nCustomer: my refund never came. [[Order|Ref]] ${order}\n${s1.first}: Sorry about that! Which account should it go to?\nCustomer: ${p1.iban}\n${s1.first}: Got it, and the name on the account?\nCustomer: ${p1.full}",
        "[${hm}] You: can I change the delivery address?\n[${hm}] Talgrat: Sure – what's the new one?\n[${hm2}] You: ${p1.adr}\n[${hm2}] Talgrat: Updated. We'll text ${p1.mob} when it ships.",
        "Bot: Please enter your email to continue.\nUser: ${p1.mail}\nBot: Thanks! An agent will join shortly.\n${s1.first} joined the chat\n${s1.first}: Hi ${p1.first}, I see two orders – which one is it about?",
        "Customer: i typed my card wrong at checkout, is ${p1.card} the one on file?\nAgent: Please don't share full card numbers in chat – I've masked it on our side. [[Could I have your surname?|What's the surname on the order?]]\nCustomer: ${p1.last}",
    ],
    "call_note": [
        "Call ${hm}, ${s1.first} → ${p1.full} (${p1.tel}). Wanted to know if the ${prod} is warm enough for [[Iceland|Norway|the Alps]] in ${month}. [[Also recommended|Suggested]] the ${prodb}. [[No order yet.|Will order online.]]",
        "Inbound call – ${p1.hon}, [[re|about]] ${order}. Parcel [[left|dropped]] at a neighbour's ([[no. 14|next door|across the road]]); ${p1.g:she/he} lives at ${p1.street}. Asked courier to confirm. Call back on ${p1.mob}.",
        "Voicemail transcribed: \"Hi, this is ${p1.full}, [[calling about my return|I've got a question about sizes]], [[my number is|you can call me back on]] ${p1.tel}, [[thanks|cheers]].\"",
        "Outbound call to ${c1.full} (${c1.company}) – [[left message|no answer|spoke briefly]]. <<Wants pricing for ${qty} ${prod}.##Email ${c1.mail}.>> Next try ${weekday} ${time}.",
        "${date}: ${p1.first} rang again, [[third time|second time]] this week. [[Escalated to|Passed to]] ${s1.full}. [[Customer|Caller]] asked [[us not to call|that we never call]] the landline ${p1.land}, only mobile ${p1.mob}.",
    ],
    "order_note": [
        "Order ${order} – gift note: \"Happy birthday ${n1.first}! Love, ${n2.first}\". Ship to ${p1.full}, ${p1.adr}. [[No invoice in parcel.|Hide prices.]]",
        "Return ${rma} received ${date}. Customer ${p1.full}, item ${sku}, condition [[as new|worn once|used, tags off]]. <<Refund ${price} to original card.##Note from customer: [['too warm for running'|'sleeves too long'|'colour differs from photo']].>>",
        "Delivery instructions from ${p1.first}: [[leave behind the green gate|please ring twice|parcel box by the garage]], ${p1.street}. Phone ${p1.mob} if any problem.",
        "Exchange: ${p1.lf} sends back ${prod} ${size}, wants ${size2}. New label to ${p1.mail}. [[Stock reserved.|Waiting on stock.]]",
        "Click & collect at ${c1.company}: collected by ${p2.full} on behalf of ${p1.full} (authorisation e-mail from ${p1.mail} on file).",
    ],
    "prose_mention": [
        "${n1.full} and ${n2.full} [[tested|took]] the ${prod} [[on a three-day crossing|up to the hut]] last ${month}. [[Both|They]] came back [[soaked but warm|sunburnt|with ideas for the hood]][[.|, and ${n1.first} wants a longer hem.]]",
        "[[The photos|Most shots]] in the new lookbook were taken by ${n1.full}; ${n2.full} [[wrote the captions|did the styling]] and ${n3.full} [[drove the van|carried the reflector]].",
        "${n1.full} ran the [[Lakeland 100|Dragon's Back|UTMB CCC]] in the ${prod} and sent us a [[long|lovely]] note afterwards.",
        "[[This season's field testers are ${n1.full}, ${n2.full} and ${n3.full}. All three|${n1.full}, ${n2.full} and ${n3.full} are this season's field testers. Each of them]] will wear the ${prod} for at least [[30|40]] days.",
        "[[It was|That was]] ${n1.first} who [[found|spotted]] the leaking seam in the first batch, and ${n2.full} who [[traced it to|pinned it on]] the tape supplier.",
    ],
    "price_match": [
        "Hi, I [[saw|found]] the ${ptitle} for [[£|€]]${num}9.00 [[at another shop|on a marketplace|in a sale elsewhere]]. Do you price match? [[Order|Basket]] would be ${order}. ${p1.full}, ${p1.mail}",
        "Price match request ${ticket}\nName: ${p1.full}\nEmail: ${p1.mail}\nPhone: ${p1.tel}\nProduct: ${sku}\nCompetitor price: ${price}\nDecision: [[declined – competitor is a marketplace seller|approved – refund difference|pending]] (${s1.ini})",
        "${p1.sg}, thank you for your price-match request for the ${prod}. [[We can refund the difference of|Unfortunately we can't match the offer of]] ${price}.[[ The refund goes to your card.|]] Kind regards, ${s1.full}",
        "Can you match ${price} for the ${prod}? I'm a [[member|loyalty member|returning customer]], account ${p1.mail}. [[I'd collect in person.|Please ship to ${p1.adr}.]] – ${p1.first}",
    ],
    "embroidery_order": [
        "Club order – [[Fell Runners|Mountain Rescue|Scout group]][[ ${ort}|]]\nContact: ${c1.full}, ${c1.tel}\nNames to embroider (chest left):\n1. ${p1.full}\n2. ${p2.full}\n3. ${p3.full}\n[[4. ${p4.full}\n|]]Garment: ${prod}, colour ${colour}",
        "Personalisation request: please stitch \"${p1.UP}\" on the ${prod} (order ${order}). Thread: [[white|orange|grey]]. Customer phone ${p1.tel} for questions.",
        "Hi ${c1.first}, attached the name list for the jackets: ${p1.full}, ${p2.full}, ${p3.full}[[ and ${p4.full}|]]. Initials only on the sleeve for ${p2.first}. Invoice to ${c2.full}, ${c2.mail}.",
        "Embroidery proof approved by ${p1.full} on ${date}. <<Text: '${p1.first} – ${ort} MRT'.##Deliver to ${p1.adr}.>>",
        "Team kit [[(first names in the list)|– sizes]]\n- ${p1.lf} – ${size}\n- ${p2.lf} – ${size2}\n- ${p3.lf} – ${size3}\nBilling contact: ${c1.full} <${c1.mail}>",
    ],
    "trade_in": [
        "Trade-in request ${order}\nSeller: ${p1.full}\nAddress: ${p1.adr}\nItem: ${prod}, [[worn 2 seasons|good condition|small repair on sleeve]]\nOffer: ${price} credit or cash payout to ${p1.iban}",
        "Hi, I'd like to trade in my old ${prod}. <<It's ${size}, [[colour ${colour}|the ${colour} one]].##I can drop it at ${c1.company} or post it from ${p1.town}.>> [[Email|Contact]]: ${p1.mail}. ${p1.first}",
        "${p1.sg},\n\nwe have inspected your trade-in item ([[Reuse programme|Second Life]] ${rma}). [[It qualifies for|We can offer]] ${price}. Please confirm [[your bank details|the IBAN]] (${p1.iban}) by replying to this e-mail.\n\n${s1.full}",
        "Trade-in payout failed – IBAN ${p1.iban} rejected for holder ${p1.full}. Asked ${p1.g:her/him} to check via ${p1.tel}. — ${s1.first}",
        "Pre-loved intake: ${p1.lf}, ${p1.mail}. Tax ID given for the [[seller|creator]] account: ${p1.taxid} (German resident). Items: ${qty} x ${prod}.",
    ],
    "ugc_permission": [
        "Hi ${p1.handle}! We love your photo of the ${prod} [[on the ridge|in the snow|at the hut]]. Could we [[share it|repost it]] on our page and [[in our newsletter|on the website]]? [[We'd credit you as|Credit would read]] \"${p1.full}\". 🙏",
        "Yes of course, [[happy for you to use it|go ahead]]! Please credit ${p1.full} (${p1.handle}). [[If you need the original file, email me at|Originals are on my drive, mail]] ${p1.mail}.",
        "Photo release – [[image|file]] ${hash}.jpg\nPhotographer: ${p1.full}\nPerson pictured: ${p2.full}\nConsent given by email (${p2.mail}) on ${date}.\nUsage: social, web, [[print|no print]]",
        "${p1.sg}, thank you for allowing us to use your photo from ${ort}. As promised we're sending a ${prod} to ${p1.adr}[[. It should arrive by ${weekday}.|.]] ${s1.full}, Social Media",
        "UGC log ${date}: ${p1.handle} ([[real name|name]] ${p1.full}) said yes in DMs; ${p2.handle} ([[${p2.full}|real name ${p2.full}]]) hasn't answered. Follow up ${weekday}.",
    ],
    "ux_interview": [
        "UX interview #${num} – participant ${p1.full} ([[hiker|trail runner|commuter]], ${p1.town})\n<<n:- Finds the size chart confusing.##- Didn't notice the free returns note.##- Would pay more for a longer back.>>\nIncentive voucher sent to ${p1.mail}.",
        "Session notes (moderator ${s1.first}): ${p1.first} [[hesitated|stopped]] at the checkout address form. [[Said|Quote]]: \"[[I never know|I'm never sure]] if my flat number goes in line 1.\" ${p1.g:Her/His} address for reference: ${p1.adr}.",
        "Recruitment list for the [[checkout|fit finder|returns]] study:\n- ${p1.full}, ${p1.mail}\n- ${p2.full}, ${p2.tel}\n- ${p3.full}, ${p3.mail}\nScreener done by ${s1.full}.",
        "P${num}: ${p1.full}. [[Uses the app weekly.|Only buys in sale.|Shops mostly on mobile.]] <<Mentioned ${p2.first} (partner) buys for both of them.##Okay to contact again via ${p1.mob}.>>",
        "Interview summary – ${date}\nParticipant: ${p1.honf}\nTopics: [[sizing, reviews|delivery options, returns|product photos]]\nKey insight: [[trusts reviews with full names more than initials|wants to see the back length in cm|would like parcel lockers]]\nNotes by ${s1.ini}",
    ],
    "stock_alert": [
        "Back-in-stock request: ${prod} ${size} ([[${colour}|any colour]]). Notify ${p1.mail}[[ or text ${p1.mob}|]].",
        "Hi! Could you let me know when the ${prod} in ${size} is back? [[I've been waiting since ${month}.|It's for a trip in ${month}.]] Thanks, ${p1.full}",
        "Waiting list ${sku}:\n1. ${p1.mail}\n2. ${p2.mail} (${p2.full})\n3. ${p3.full}, ${p3.tel}\nRestock ETA ${date}.",
        "${p1.full} asked in store whether we can [[hold|reserve]] one ${prod} ${size} when it comes in – [[call|ring]] ${p1.tel}.",
        "Notify-me signup\nemail: ${p1.mail}\nproduct: ${ptitle}\nsize: ${size}\nip: ${p1.ip}\nconsent: yes (${isots})",
    ],
    "lead_list": [lead_csv, lead_caps, lead_semicolon, lead_prose_list],
    "http_dump": HTTP_DUMPS,
    "tsv_export": [tsv_people, tsv_returns, tsv_newsletter, tsv_payout],
    "access_log": [access_nginx, access_app, access_syslog, access_csv],
    "feed_row": [lambda c: feed_row(c, 0), lambda c: feed_row(c, 1), lambda c: feed_row(c, 2), lambda c: feed_row(c, 3)],
    "front_matter": [lambda c: front_matter(c, 0), lambda c: front_matter(c, 1), lambda c: front_matter(c, 2), lambda c: front_matter(c, 3)],
    "markdown_table": [lambda c: md_table(c, 0), lambda c: md_table(c, 1), lambda c: md_table(c, 2), md_rota],
    "html_form": [lambda c: html_form(c, 0), lambda c: html_form(c, 1), lambda c: html_form(c, 2), html_table],
    "sql_dump": [sql_insert, sql_select, sql_pg] + SQL_UPDATE,
    "mail_header": [lambda c: mail_header(c, 0), lambda c: mail_header(c, 1), lambda c: mail_header(c, 2), lambda c: mail_header(c, 3)],
    "vcard": [lambda c: vcard(c, "p1"), lambda c: vcard(c, "c1"), vcard_two, lambda c: vcard(c, "c1", "4.0")],
    "ical": [lambda c: ical(c, 0), lambda c: ical(c, 1), lambda c: ical(c, 2), ical_invite],
    "ocr_scan": [T(t, ocr=True) for t in OCR_SLIP + OCR_CARD],
}

# ---------------------------------------------------------------- clean templates (no personal data)

CLEAN = {
    "marketing_copy": [
        "[[New in|Just landed|Back for autumn]]: the ${ptitle}. <<${pprice}, sizes XS–XXL.##[[Free delivery in Germany from €60.|Order by ${time} for same-day dispatch.]]##Use code ${voucher} until ${date}.>>",
        "[[Summer|Autumn]] is [[here|coming]] – and so is the ${prod}. Hunter green? No: ${colour}. [[May|Might]] we suggest pairing it with the ${prodb}?",
        "Grace period extended[[!|.]] Returns for orders placed in May are accepted until ${date}. [[Will you keep it? We think so.|Will you send it back? We doubt it.|Take your time.]]",
        "The ${prod} weighs ${weight}. <<It packs into its own pocket.##[[Perfect|Made]] for long days when the forecast says 'changeable'.>> [[Shop now|Find your size]] →",
        "Bakers, hunters, early risers: the first 100 orders this ${weekday} get a free pair of Trittweg socks. Code ${voucher}.",
        "[[Frost on the field, a fox by the stone wall|Green hills, brown bracken, a little frost on the marsh]] – [[this is what the ${prod} was made for|the ${prod} feels at home here]]. [[Hope|Joy]] is a dry collar. [[Autumn|Summer]] sale until ${date}.",
    ],
    "product_copy": [
        "${ptitle}\nSKU ${sku} · GTIN ${gtin}\nPrice: ${pprice} incl. VAT\nColours: ${colour}, ${colour2}\nWeight: ${weight} (size M)",
        "The ${prod} is built for [[wet shoulder seasons|long walks in changeable weather|cold, dry days]]. <<All materials are listed on the data sheet.##Designed in Oberhalden.>> Article ${gtin}.",
        "Care: wash at 30 °C, tumble dry low to reactivate the DWR. Do not dry-clean. [[Spare buttons|Replacement drawcords]] under part no. ${sku}.",
        "Size guide – ${prod}: chest [[96|100|104]] cm for size M. Between sizes? Go up if you layer a fleece such as the ${prodb}. Version ${version} of the fit chart.",
        "Specs\n- Weight: ${weight}\n- Volume: [[30|45+10]] l\n- Back length: 47 cm\n- Barcode: ${gtin}\n- Batch: ${hash}",
    ],
    "faq": [
        "[[Q: Can I send my return to a PO box?|Q: Can returns go to a PO box?|Can I address my return to a PO box?]]\n[[A: |]][[No – please use the prepaid label.|Please don't: use the label in the parcel instead.|Unfortunately not.]] Returns addressed to a PO box[[ or a parcel locker|]] can't be processed[[ and come back to you after ${num} days|]].",
        "[[Q: Do you deliver c/o a hotel or hut?|Q: Can I have my order sent to my hotel?|Delivery to a mountain hut?]]\n[[A: Yes.|A: Sure!|Yes, that works.]] Add the [[hotel's|hut's|B&B's]] name as 'c/o' in address line 2[[ and your arrival date in the note| and mention the date you arrive]]. [[Huts above 2,000 m are served once a week.|Please allow ${num} extra days.|]]",
        "Q: How do I find my order number?\nA: It starts with TG- and looks like ${order}. Customer numbers look like ${cust}. Neither is a phone number – please don't dial them!",
        "Q: [[Which postcodes get next-day delivery?|Do you offer next-day delivery everywhere?]]\nA: [[Most of mainland UK, e.g. ${plz}, but not the Highlands & Islands.|Not everywhere: ${plz} yes, the islands no.]] [[Ireland: 2–3 days.|For Ireland allow 2–3 days.|]]",
        "Q: [[Can I mark my name on the label?|Is there a page for repairs?]]\nA: [[Yes – there's a white field on the inside label. Use a laundry marker; it will survive the wash.|Yes: the repairs page lists what we fix for free. Bill or receipt not needed within the guarantee.]]",
        "Q: [[Will a down jacket keep me warm when it's wet?|Is down still warm in the rain?]]\nA: Down loses loft when wet; [[a synthetic hoody like the Rinnental copes better|synthetic fill such as the Rinnental's handles it better]]. [[Labels from batch ${hash} explain this on the back.|Wear a shell on top, e.g. the ${prod}.]]",
    ],
    "shipping_info": [
        "Delivery times: UK 2–3 working days, Ireland 3–4, EU 3–6. Orders before ${time} leave our warehouse in ${ort} the same day. Tracking numbers look like ${track}.",
        "[[Parcels to the rear building|Deliveries to a rear building]] (often [[labelled|called]] 'back house' or 'Hinterhaus' in Germany) need the note '[[rear entrance|back building]]'[[ – our couriers can't guess it.|, otherwise the driver rings at the front.|.]] [[Same for flats above shops.|Gate codes go in the delivery note.|]]",
        "Christmas cut-off: order by ${date} for UK delivery, ${date2} for Ireland. Express costs ${price}.",
        "We ship from ${ort} with ${cosur}. [[Customs: none within the EU; for the UK the duty is prepaid.|No customs within the EU. UK orders: duty prepaid, no surprises at the door.]][[ Switzerland: ${price} flat.|]]",
        "Free returns within 30 days. Drop-off points in ${ort} and ${ort2}; label reference format ${rma}.",
    ],
    "company_news": [
        "Talgrat Outdoor partners with ${cosur} for plastic-free shipping from ${month}. ${cosur2} prints the new boxes.",
        "Our warehouse moves to ${ort} in ${month}. Orders may take a day longer while ${co} and ${cosur} move the racks.",
        "We now test every rain jacket batch at ${co}. [[The latest report|Report]] ATX-${num}-0412 covers the ${prod}.",
        "Thanks to ${cosur} and ${cosur2} for sponsoring the ${ort} trail clean-up on ${date}. 140 bags of litter collected!",
        "Winter opening hours at the Oberhalden outlet: Mon–Fri 9:00–18:00, Sat until ${time}. The café is run by ${cosur}.",
    ],
    "order_status": [
        "Hi there,\n\nyour order ${order} has shipped! Tracking: ${track}. Expected delivery: ${date}.\n\nThe Talgrat team",
        "Order ${order}: payment received (${price}). Items: 1 x ${ptitle}, size ${size}. Invoice INV-${num}2${num2}.",
        "Your return ${rma} has been received and checked. The refund of ${price} will appear within 5 working days.",
        "Update on ${order}: one item is on backorder (${sku}); the rest ships today. Customer no. ${cust}.",
        "Reminder: your basket still contains the ${ptitle}. Prices are held until ${date}, ${time}.",
    ],
    "catalog_feed": [
        "id\ttitle\tprice\tgtin\tcolour\tavailability\n${sku}\t${ptitle}\t${pprice}\t${gtin}\t${colour}\tin stock\n${sku2}\t${ptitle2}\t${pprice2}\t${gtin2}\t${colour2}\tpreorder",
        "sku,gtin,price,sale_price,stock\n${sku},${gtin},${pprice},,${num}\n${sku2},${gtin2},${pprice2},${price},${num2}",
        '<item><g:id>${sku}</g:id><g:title>${ptitle}</g:title><g:gtin>${gtin}</g:gtin><g:price>${pprice}</g:price><g:brand>Talgrat</g:brand></item>',
        '{"sku":"${sku}","gtin":"${gtin}","title":"${ptitle}","price":"${pprice}","updated":"${iso}"}',
    ],
    "stock_report": [
        '{\n  "warehouse": "${ort}",\n  "generated": "${isots}",\n  "items": [\n    {"sku": "${sku}", "on_hand": ${num}, "reserved": ${num2}},\n    {"sku": "${sku2}", "on_hand": ${num3}, "reserved": 0}\n  ]\n}',
        "stock:\n  location: ${ort}\n  run: ${uuid}\n  low_stock:\n    - sku: ${sku}\n      qty: ${num}\n    - sku: ${sku2}\n      qty: ${num2}",
        "Weekly stock ${date}\n${sku}: ${num} pcs\n${sku2}: ${num2} pcs\nPallets in transit: ${num3} (carrier ${cosur})",
        "location,sku,gtin,qty,last_count\n${ort},${sku},${gtin},${num},${iso}\n${ort},${sku2},${gtin2},${num2},${iso2}",
    ],
    "release_notes": [
        "## ${version} – ${iso}\n- Fixed: size chart overlaps on small screens\n- Added: parcel locker option at checkout\n- Changed: order numbers now look like ${order}",
        "Release ${version}\n* Faster product search\n* GTIN validation in the feed export (e.g. ${gtin})\n* Removed the old May promo banner",
        "### Shop app ${version}\nCommit ${hash}, ${date}\n- Dark mode\n- Returns flow shows the label reference (${rma})\n- Known issue: iOS 17.2 keyboard covers the postcode field",
        "CHANGELOG\n${version}: feed export adds `availability_date`\n${version2}: price rounding fix (${price})\nDeprecated: `/api/v1/stock` from ${date}",
    ],
    "schedule_table": [
        "| Date | Event | Place |\n|---|---|---|\n| ${date} | Demo day | ${ort} |\n| ${date2} | Repair café | ${ort2} |\n| ${date3} | Trail run | ${ort3} |",
        "| Day | Opening hours |\n|---|---|\n| Mon–Fri | ${time} – 18:00 |\n| Sat | 10:00 – 16:00 |\n| Sun | closed |",
        "Tour\tDate\tDistance\n${ort}\t${date}\t${num} km\n${ort2}\t${date2}\t${num2} km",
        "| Week | Drop | Products |\n|---|---|---|\n| ${num} | Autumn | ${prod}, ${prodb} |\n| ${num2} | Winter | Kaltkar, Wintersteig |",
    ],
}
