"""Deutsche Vorlagen der neunzehnten PII-Bank, Dev-Hälfte (pii dev19).

PII: Genre -> Vorlagen mit personenbezogenen Daten; CLEAN: Genre -> Vorlagen ohne (nur
Verwechslungskandidaten). Geschrieben auf Deutsch, mit du und Sie, österreichischen und
Schweizer Varianten. Syntax: siehe pii19_dev_core.
"""

import sys

sys.dont_write_bytecode = True

from pii19_dev_core import T  # noqa: E402

# ---------------------------------------------------------------- Hilfen für Layouts


def rows(c, lo, hi):
    return range(1, c.rng.randint(lo, hi) + 1)


def leads_csv(c):
    out = [c.rng.choice(["Nachname;Vorname;Firma;E-Mail;Telefon;Notiz", "Name;Firma;E-Mail;Tel.;Quelle", '"Kontakt";"Unternehmen";"E-Mail";"Telefon";"Bemerkung"'])]
    semi_split = out[0].startswith("Nachname")
    quoted = out[0].startswith('"')
    for i in rows(c, 3, 6):
        note = c.rng.choice(["Katalog 2026 schicken", "will B2B-Preise", "Rückruf nach ${weekday}", "Muster ${prod} verschickt", "Interesse an Bestickung", "erst ab Q3 Budget", ""])
        if semi_split:
            out.append(f"${{c{i}.last}};${{c{i}.first}};${{c{i}.company}};${{c{i}.mail}};${{c{i}.tel}};{note}")
        elif quoted:
            out.append(f'"${{c{i}.lf}}";"${{c{i}.company}}";"${{c{i}.mail}}";"${{c{i}.tel}}";"{note}"')
        else:
            src = c.rng.choice(["Messe ISPO", "Kontaktformular", "Webinar", "Empfehlung", "Instagram", "Newsletter-Antwort"])
            out.append(c.rng.choice([f'"${{c{i}.lf}}";', f"${{c{i}.LF}};", f"${{c{i}.full}};"]) + f"${{c{i}.company}};${{c{i}.mail}};${{c{i}.tel}};{src}")
    return "\n".join(out)


def leads_caps(c):
    out = [c.rng.choice(["LEADS Messe OutDoor, Stand A3", "Leadliste Händlertag ${date}", "Visitenkarten vom Bergfilmfestival (abgetippt)"]), ""]
    for i in rows(c, 3, 5):
        out.append(c.rng.choice([
            f"${{c{i}.LF}} – ${{c{i}.company}} – ${{c{i}.tel}}",
            f"${{c{i}.LF}} | ${{c{i}.mail}} | ${{c{i}.title}}",
            f"${{c{i}.UP}}, ${{c{i}.company}}, ${{c{i}.mail}}",
        ]))
    out.append(c.rng.choice(["", "\nBitte bis Monatsende nachfassen.", "\n(Dubletten entfernt)"]))
    return "\n".join(out).rstrip()


def leads_list(c):
    out = [c.rng.choice(["Neue Leads (bitte verteilen):", "Kontakte vom Tag der offenen Tür in der Kletterhalle:", "Warme Leads diese Woche –"])]
    for i in rows(c, 3, 5):
        out.append(c.rng.choice([
            f"- ${{c{i}.full}}, ${{c{i}.title}} bei ${{c{i}.company}}, ${{c{i}.mail}}",
            f"* ${{c{i}.lf}} – ${{c{i}.tel}} – möchte Angebot über ${{qty{i}}} x ${{prod}}",
            f"- ${{c{i}.hon}} (${{c{i}.company}}), Durchwahl ${{c{i}.tel}}",
        ]))
    return "\n".join(out)


def leads_crm(c):
    out = ["Vorname,Nachname,Firma,Position,E-Mail,Mobil,Ort"]
    for i in rows(c, 3, 6):
        out.append(f"${{c{i}.first}},${{c{i}.last}},\"${{c{i}.company}}\",${{c{i}.title}},${{c{i}.mail}},${{c{i}.mob}},${{c{i}.town}}")
    return "\n".join(out)


def tsv_kunden(c):
    cols = c.rng.choice([
        ["Vorname", "Nachname", "E-Mail", "Telefon", "Straße", "PLZ", "Ort"],
        ["kundennr", "vorname", "nachname", "email", "angelegt_am"],
        ["Nachname", "Vorname", "Mobil", "Straße + Nr.", "PLZ", "Ort", "Land"],
    ])
    cell = {
        "Vorname": "${p%d.first}", "vorname": "${p%d.first}", "Nachname": "${p%d.last}", "nachname": "${p%d.last}",
        "E-Mail": "${p%d.mail}", "email": "${p%d.mail}", "Telefon": "${p%d.tel}", "Mobil": "${p%d.mob}",
        "Straße": "${p%d.street}", "Straße + Nr.": "${p%d.street}", "PLZ": "${p%d.zip}", "Ort": "${p%d.town}", "Land": "${p%d.cc}",
        "kundennr": "${p%d.uid}", "angelegt_am": "${iso%d}",
    }
    out = ["\t".join(cols)]
    for i in rows(c, 3, 6):
        out.append("\t".join(cell[k].replace("%d", str(i)) for k in cols))
    return "\n".join(out)


def tsv_retouren(c):
    out = ["Retourennr\tBestellung\tKunde\tE-Mail\tGrund\tStatus"]
    for i in rows(c, 3, 5):
        out.append(f"${{rma{i}}}\t${{order{i}}}\t${{p{i}.full}}\t${{p{i}.mail}}\t" + c.rng.choice(["zu klein", "zu groß", "Farbe gefällt nicht", "Reißverschluss defekt", "doppelt bestellt", "Naht undicht"]) + "\t" + c.rng.choice(["eingegangen", "erstattet", "unterwegs", "in Prüfung"]))
    return "\n".join(out)


def tsv_optin(c):
    out = ["email\tvorname\toptin_zeit\toptin_ip\tliste"]
    for i in rows(c, 3, 6):
        out.append(f"${{p{i}.mail}}\t${{p{i}.first}}\t${{isots{i}}}\t${{p{i}.ip}}\t" + c.rng.choice(["newsletter-de", "newsletter-at", "newsletter-ch", "trailrunning", "haendler"]))
    return "\n".join(out)


def tsv_auszahlung(c):
    out = ["Empfänger\tIBAN\tBetrag\tVerwendungszweck"]
    for i in rows(c, 2, 4):
        out.append(f"${{p{i}.full}}\t${{p{i}.iban}}\t" + c.rng.choice(["45,00 €", "62,50 €", "18,00 €", "120,00 €", "CHF 40.00"]) + f"\tAnkauf ${{order{i}}}")
    return "\n".join(out)


def md_kontakte(c, kind):
    if kind == 0:
        out = ["| Name | E-Mail | Telefon | Rolle |", "|---|---|---|---|"]
        for i in rows(c, 3, 5):
            out.append(f"| ${{c{i}.full}} | ${{c{i}.mail}} | ${{c{i}.tel}} | ${{c{i}.title}} |")
        return c.rng.choice(["### Ansprechpartner Agentur\n\n", "Kontakte fürs Herbst-Shooting:\n\n", ""]) + "\n".join(out)
    if kind == 1:
        out = ["| Gewinner:in | Preis | Versand an |", "| --- | --- | --- |"]
        for i in rows(c, 2, 4):
            out.append(f"| ${{p{i}.full}} | ${{prod{i}}} | ${{p{i}.adr}} |")
        return c.rng.choice(["## Gewinnspiel – Gewinner (Adressen nicht veröffentlichen!)\n\n", "Gewinner, bitte bis ${date} verschicken:\n\n"]) + "\n".join(out)
    out = ["| Kunde | Bestellung | Problem | Rückruf |", "|:--|:--|:--|:--|"]
    for i in rows(c, 3, 5):
        out.append(f"| ${{p{i}.lf}} | ${{order{i}}} | " + c.rng.choice(["Lieferverzug", "Erstattung offen", "Umtausch Größe", "Artikel fehlt", "Karton beschädigt"]) + f" | ${{p{i}.tel}} |")
    return "Eskalationen KW ${kw}\n\n" + "\n".join(out)


def md_dienstplan(c):
    out = ["| Tag | Laden | Schicht | Handy |", "|---|---|---|---|"]
    days = ["Mo", "Di", "Mi", "Do", "Fr", "Sa"]
    start = c.rng.randrange(3)
    for k, i in enumerate(rows(c, 3, 4)):
        out.append(f"| {days[start + k]} | Pop-up ${{ort{i}}} | ${{s{i}.first}} | ${{s{i}.mob}} |")
    return "Dienstplan Pop-up-Store\n\n" + "\n".join(out) + c.rng.choice(["", "\n\nTausch bitte vorher im Kanal #popup absprechen."])


def sql_insert(c):
    tbl = c.rng.choice(["kunden", "crm_kontakt", "shop_kunde"])
    out = [f"INSERT INTO {tbl} (id, vorname, nachname, email, telefon, strasse, plz, ort, land) VALUES"]
    vals = []
    for i in rows(c, 2, 4):
        vals.append(f"  (${{p{i}.uid}}, '${{p{i}.first}}', '${{p{i}.last}}', '${{p{i}.mail}}', '${{p{i}.tel}}', '${{p{i}.street}}', '${{p{i}.zip}}', '${{p{i}.town}}', '${{p{i}.cc}}')")
    return "\n".join(out) + "\n" + ",\n".join(vals) + ";"


def sql_affiliates(c):
    out = ["SELECT partner_id, name, steuer_id, iban, email FROM affiliate_partner WHERE auszahlung_offen = 1;", "",
           "partner_id | name | steuer_id | iban | email", "-----------+------+-----------+------+------"]
    for i in rows(c, 2, 3):
        out.append(f"${{p{i}.uid}} | ${{p{i}.full}} | ${{p{i}.taxid}} | ${{p{i}.iban}} | ${{p{i}.mail}}")
    out.append(f"({len(out) - 4} Zeilen)")
    return "\n".join(out)


def sql_grid(c):
    out = ["mysql> SELECT bestellnr, kunde, email, karte, erstellt FROM bestellungen WHERE status = 'chargeback';",
           "+--------------+----------------------+-----------------------------+---------------------+------------+",
           "| bestellnr    | kunde                | email                       | karte               | erstellt   |",
           "+--------------+----------------------+-----------------------------+---------------------+------------+"]
    n = 0
    for i in rows(c, 2, 4):
        n += 1
        out.append(f"| ${{order{i}}} | ${{p{i}.full}} | ${{p{i}.mail}} | ${{p{i}.card}} | ${{iso{i}}} |")
    out.append(out[1])
    out.append(f"{n} rows in set (0,01 sec)")
    return "\n".join(out)


SQL_MISC = [
    "-- Ticket ${ticket}: Kund${p1.g:in/e} umgezogen\nUPDATE kunden\n   SET strasse = '${p1.street}', plz = '${p1.zip}', ort = '${p1.town}', telefon = '${p1.tel}'\n WHERE email = '${p1.mail}';\n-- 1 Zeile betroffen",
    "DELETE FROM newsletter_empfaenger WHERE email IN ('${p1.mail}', '${p2.mail}');\n-- Löschantrag von ${p1.full} und ${p2.full}, eingegangen am ${date}",
    "UPDATE login_log SET ip = NULL WHERE kunde_id = ${p1.uid}; -- alte IP war ${p1.ip}, Auskunftsersuchen von ${p1.full}",
]


def log_nginx(c):
    out = []
    paths = ["/de/kasse/zahlung", "/de/konto/anmelden", "/de/produkte/kaltkar-daunenjacke", "/api/warenkorb", "/de/retoure/start", "/newsletter/bestaetigen?token=${hash}", "/de/suche?q=regenjacke"]
    for i in rows(c, 3, 6):
        ip = c.rng.choice([f"${{pubip{i}}}", f"${{vsixip{i}}}", f"${{pubip{i}}}"])
        out.append(f'{ip} - - [${{ts{i}}}] "' + c.rng.choice(["GET", "GET", "POST"]) + f' {c.rng.choice(paths)} HTTP/1.1" ' + c.rng.choice(["200", "200", "302", "404", "500"]) + f' ${{ms{i}}} "-" "${{ua{i}}}"')
    return "\n".join(out)


def log_app(c):
    out = []
    for i in rows(c, 3, 5):
        out.append(c.rng.choice([
            f"${{isots{i}}} INFO  auth: Anmeldung erfolgreich user=${{p{i}.mail}} ip=${{p{i}.ip}}",
            f"${{isots{i}}} WARN  auth: 3 fehlgeschlagene Anmeldungen für ${{p{i}.mail}} von ${{pubip{i}}}",
            f"${{isots{i}}} INFO  kasse: Bestellung ${{order{i}}} von ${{p{i}.mail}} (Client ${{p{i}.ip}})",
            f"${{isots{i}}} DEBUG upstream ${{privip{i}}}:${{port{i}}} Antwortzeit ${{ms{i}}} ms",
            f"${{isots{i}}} ERROR zahlung: abgelehnt für ${{p{i}.mail}}, remote_addr=${{vsixip{i}}}",
        ]))
    return "\n".join(out)


def log_syslog(c):
    host = c.rng.choice(["shop-web-01", "edge-fra-02", "mailrelay", "crm-worker"])
    out = []
    for i in rows(c, 3, 5):
        out.append(c.rng.choice([
            f"{host} sshd[${{num{i}}}42]: Accepted publickey for deploy from ${{privip{i}}} port 5{i}122 ssh2",
            f"{host} sshd[${{num{i}}}17]: Failed password for invalid user admin from ${{pubip{i}}} port 4{i}812 ssh2",
            f"{host} postfix/smtp[${{num{i}}}9]: to=<${{p{i}.mail}}>, relay=mx.${{p{i}.domain}}[${{pubip{i}}}]:25, status=sent",
            f"{host} app[${{num{i}}}3]: healthcheck von ${{loip{i}}} ok",
            f"{host} kernel: [UFW BLOCK] IN=eth0 SRC=${{vsixip{i}}} DST=${{privip{i}}} PROTO=TCP DPT=22",
        ]))
    return "\n".join(out)


def log_csv(c):
    out = ["zeitpunkt;ip;email;ereignis"]
    for i in rows(c, 3, 6):
        out.append(f"${{isots{i}}};${{p{i}.ip}};${{p{i}.mail}};" + c.rng.choice(["registrierung", "passwort_reset", "gutschein_eingeloest", "bewertung", "adresse_geaendert"]))
    return "Export aus dem Betrugs-Dashboard:\n" + "\n".join(out)


HTTP_DUMPS = [
    'POST /api/v2/kunden HTTP/1.1\nHost: api.talgrat.de\nContent-Type: application/json\nX-Forwarded-For: ${p1.ip}, ${privip}\nUser-Agent: ${ua}\n\n'
    '{\n  "vorname": "${p1.first}",\n  "nachname": "${p1.last}",\n  "email": "${p1.mail}",\n  "telefon": "${p1.tel}",\n  "newsletter": [[true|false]]\n}',
    'POST /webhooks/bestellung-angelegt HTTP/1.1\nHost: hooks.talgrat.de\nX-Real-IP: ${pubip}\nContent-Type: application/json\n\n'
    '{"bestellung":"${order}","summe":"${price}","kunde":{"name":"${p1.full}","email":"${p1.mail}"},"lieferadresse":{"strasse":"${p1.street}","plz":"${p1.zip}","ort":"${p1.town}","land":"${p1.cc}"}}',
    '> PATCH /api/kunden/${p1.uid} HTTP/2\n> authorization: Bearer ***\n> content-type: application/json\n>\n{"telefon":"${p1.tel}","adresse":"${p1.adr}"}\n< HTTP/2 200\n< x-request-id: ${uuid}\n<\n{"ok":true,"geaendert_von":"${s1.mail}"}',
    'curl -X POST https://api.talgrat.de/v1/erstattungen \\\n  -H "Content-Type: application/json" \\\n  -d \'{"bestellung":"${order}","iban":"${p1.iban}","kontoinhaber":"${p1.full}","benachrichtigen":"${p1.mail}"}\'',
    'HTTP/1.1 422 Unprocessable Entity\nContent-Type: application/json\n\n{"fehler":"karte_abgelehnt","kunde":"${p1.mail}","client_ip":"${vsixip}","karte":"${p1.card}","hinweis":"Kartennummern nie vollständig loggen!"}',
    'POST /api/affiliate/anmeldung HTTP/1.1\nHost: partner.talgrat.de\nX-Forwarded-For: ${p1.ip}\n\n{"name":"${p1.full}","kanal":"${p1.handle}","steuer_id":"${p1.taxid}","iban":"${p1.iban}","email":"${p1.mail}"}',
]


def feed_row(c, kind):
    if kind == 0:
        return ("id\ttitel\tpreis\tgtin\tzustand\tverkaeufer\tverkaeufer_email\n"
                "${sku}-SECONDHAND\t${ptitle} (gebraucht)\t${price}\t${gtin}\tgebraucht\t${p1.full}\t${p1.mail}")
    if kind == 1:
        return ('<item>\n  <g:id>${sku}</g:id>\n  <title>${ptitle}</title>\n  <g:price>${pprice}</g:price>\n  <g:gtin>${gtin}</g:gtin>\n'
                '  <g:store_contact>${c1.full}</g:store_contact>\n  <g:store_phone>${c1.tel}</g:store_phone>\n</item>')
    if kind == 2:
        return ('{"sku": "${sku}", "titel": "${ptitle}", "gtin": "${gtin}", "preis": "${pprice}", "bildnachweis": "${c1.full}", '
                '"rechteinhaber_email": "${c1.mail}", "verfuegbarkeit": "auf Lager"}')
    return ("artikelnr;titel;preis;abholfiliale;filialleitung;telefon\n"
            "${sku};\"${ptitle}\";${pprice};\"${c1.company}\";\"${c1.full}\";${c1.tel}")


def front_matter(c, kind):
    if kind == 0:
        return ("---\ntitel: \"Drei Tage am ${ort}er Grat mit ${pg:der/dem/dem/den} ${prod}\"\ndatum: ${iso}\nautor: ${s1.full}\nautor_email: ${s1.mail}\n"
                "interviewpartner: ${p1.full}\nwohnort: ${p1.town}\ntags: [praxistest, ${prod}]\nentwurf: true\n---\n\n"
                "Als ${p1.first} [[sich zum ersten Mal bei uns meldete|uns das erste Mal schrieb]], hatte die Jacke schon [[vierzig|sechzig|hundert]] Regentage hinter sich.")
    if kind == 1:
        return "---\nlayout: team\nname: ${s1.full}\nposition: ${s1.title}\nemail: ${s1.mail}\ntelefon: ${s1.tel}\nfoto: /img/team/${hash}.jpg\n---"
    if kind == 2:
        return ("---\ntitel: Kundengeschichte\nslug: ${hash}\nkunde:\n  name: ${p1.full}\n  email: ${p1.mail}\n  telefon: ${p1.tel}\n"
                "  einwilligung: unterschrieben am ${date}\nfotograf: ${c1.full}\nprodukte: [${sku}]\n---")
    return ("---\n# Creator-Kooperation\ncreator: ${p1.full}\nkanal: \"${p1.handle}\"\nsteuer_id: \"${p1.taxid}\"\niban: \"${p1.iban}\"\n"
            "honorar: ${price}\nbetreuung: ${s1.full}\n---")


MAIL_HEADERS = [
    "Return-Path: <${p1.mail}>\nReceived: from [${p1.ip}] (helo=notebook)\n\tby mx01.talgrat.de with esmtpsa (TLS1.3)\n\tfor <${s1.mail}>; ${rfcdate}\n"
    "From: ${p1.full} <${p1.mail}>\nTo: ${s1.mail}\nSubject: AW: Ihre Bestellung ${order}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8",
    "From: \"${p1.lf}\" <${p1.mail}>\nTo: Talgrat Kundenservice <${rolemail:service}>\nCc: ${p2.full} <${p2.mail}>\nDate: ${rfcdate}\n"
    "Subject: WG: Rücksendeetikett\nX-Originating-IP: [${pubip}]\nX-Mailer: iPhone Mail (21E236)",
    "Received: from mout.gmx.net (mout.gmx.net [${pubip}])\n\tby mx02.talgrat.de (Postfix) with ESMTPS\nReceived: from [${privip}] by mail.gmx.net\n"
    "From: ${p1.full} <${p1.mail}>\nReply-To: ${p1.mail}\nTo: ${rolemail:presse}\nSubject: Fotofreigabe – ${prod} im ${ort}er Land",
    "Delivered-To: ${s1.mail}\nReturn-Path: <${c1.mail}>\nAuthentication-Results: mx.talgrat.de; spf=pass smtp.mailfrom=${c1.domain}\n"
    "From: ${c1.full} | ${c1.company} <${c1.mail}>\nTo: ${s1.full} <${s1.mail}>\nSubject: Angebot Vereinsbestickung\nX-Sender-IP: ${vsixip}",
    "From: ${p1.full} <${p1.mail}>\nTo: ${s1.full} <${s1.mail}>\nSubject: Re: Fehlerhafte Abbuchung\nDate: ${rfcdate}\n"
    "X-Originating-IP: [${vsixip}]\nIn-Reply-To: <${uuid}>",
]


def vcard(c, who, v="3.0", adr=True):
    lines = ["BEGIN:VCARD", f"VERSION:{v}", f"N:${{{who}.last}};${{{who}.first}};;;", f"FN:${{{who}.full}}"]
    if who.startswith("c"):
        lines += [f"ORG:${{{who}.company}}", f"TITLE:${{{who}.title}}"]
    lines += [c.rng.choice([f"TEL;TYPE=cell:${{{who}.mob}}", f"TEL;TYPE=work,voice:${{{who}.tel}}"]), f"EMAIL;TYPE=internet:${{{who}.mail}}"]
    if adr:
        lines.append(f"ADR;TYPE=home:;;${{{who}.street}};${{{who}.town}};;${{{who}.zip}};${{{who}.country}}")
    if c.rng.random() < 0.4:
        lines.append("NOTE:kennengelernt beim Testtag in ${ort}")
    lines.append("END:VCARD")
    pre = c.rng.choice(["", "Kontakt im Anhang (aus dem Handy exportiert):\n\n", "kontakt.vcf\n", "Hier die Visitenkarte, wie besprochen –\n\n"])
    return pre + "\n".join(lines)


def vcard_two(c):
    out = []
    for i in (1, 2):
        out += ["BEGIN:VCARD", "VERSION:3.0", f"N:${{c{i}.last}};${{c{i}.first}}", f"FN:${{c{i}.full}}",
                f"TEL;TYPE=WORK:${{c{i}.tel}}", f"EMAIL:${{c{i}.mail}}", "END:VCARD"]
    return "\n".join(out)


def ical(c, kind):
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Talgrat//Terminkalender//DE", "BEGIN:VEVENT", "UID:${uuid}", "DTSTAMP:${icsdt}"]
    if kind == 0:
        body = ["SUMMARY:Anprobe-Termin – ${p1.full}", "DTSTART:${icsdt2}", "LOCATION:${p1.adr}",
                "ORGANIZER;CN=${s1.full}:mailto:${s1.mail}", "ATTENDEE;CN=${p1.full};RSVP=TRUE:mailto:${p1.mail}",
                "DESCRIPTION:Anprobe ${prod}. Bei Ankunft bitte ${p1.tel} anrufen."]
    elif kind == 1:
        body = ["SUMMARY:Fotoshooting ${prod} – ${ort}", "DTSTART;VALUE=DATE:20250912", "ORGANIZER;CN=\"${s1.lf}\":mailto:${s1.mail}",
                "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=${c1.full}:mailto:${c1.mail}", "ATTENDEE;ROLE=OPT-PARTICIPANT;CN=${c2.full}:mailto:${c2.mail}",
                "DESCRIPTION:Model: ${p1.full}\\, Handy ${p1.mob}. Treffpunkt Wanderparkplatz."]
    elif kind == 2:
        body = ["SUMMARY:Nutzerinterview Nr. ${num}", "DTSTART:${icsdt2}", "DURATION:PT45M",
                "ORGANIZER;CN=${s1.full}:mailto:${s1.mail}", "ATTENDEE;CN=${p1.full}:mailto:${p1.mail}",
                "DESCRIPTION:Teilnehmer${p1.g:in/} ${p1.first} (über den Newsletter). Ersatznummer: ${p1.tel}", "LOCATION:Videocall"]
    else:
        body = ["SUMMARY:[[Händlerschulung|Schaufenster-Umbau|Ladenbegehung]] ${ort}", "DTSTART:${icsdt2}",
                "ORGANIZER;CN=${c1.full}:mailto:${c1.mail}", "ATTENDEE;PARTSTAT=ACCEPTED;CN=${s1.full}:mailto:${s1.mail}",
                "LOCATION:${c1.company}\\, ${c1.adr}"]
    return "\n".join(head + body + ["END:VEVENT", "END:VCALENDAR"])


def html_form(c, kind):
    if kind == 0:
        return ('<form action="/de/konto/adresse" method="post">\n'
                '  <label>Vor- und Nachname <input name="name" value="${p1.full}"></label>\n'
                '  <label>Straße und Hausnummer <input name="strasse" value="${p1.street}"></label>\n'
                '  <label>PLZ <input name="plz" value="${p1.zip}"></label>\n'
                '  <label>Ort <input name="ort" value="${p1.town}"></label>\n'
                '  <label>Telefon <input type="tel" name="telefon" value="${p1.tel}"></label>\n'
                '  <button type="submit">Adresse speichern</button>\n</form>')
    if kind == 1:
        return ('<form id="kontakt" method="post" action="/kontakt">\n'
                '<input type="hidden" name="client_ip" value="${anyip}">\n'
                '<input type="text" name="ihr-name" value="${p1.full}">\n'
                '<input type="email" name="ihre-email" value="${p1.mail}">\n'
                '<textarea name="nachricht">Hallo, bei ${pg:meiner/meinem/meinem/meinen} ${prod} ${pg:ist/ist/ist/sind} der Reißverschluss kaputt. Bestellung ${order}. [[Bitte ruft mich an: ${p1.tel}.|Danke!]]</textarea>\n'
                '<input type="submit" value="Senden">\n</form>')
    if kind == 2:
        return ('<!-- Entwurf Auszahlungsformular Creator-Programm -->\n<fieldset>\n  <legend>Auszahlung</legend>\n'
                '  <input name="kontoinhaber" value="${p1.full}">\n  <input name="iban" value="${p1.iban}">\n'
                '  <input name="steuer_id" value="${p1.taxid}">\n  <input name="anschrift" value="${p1.adr}">\n</fieldset>')
    out = ["<table class=\"bestellungen\">", "  <tr><th>Bestellung</th><th>Kunde</th><th>E-Mail</th><th>Telefon</th></tr>"]
    for i in rows(c, 2, 4):
        out.append(f"  <tr><td>${{order{i}}}</td><td>${{p{i}.full}}</td><td>${{p{i}.mail}}</td><td>${{p{i}.tel}}</td></tr>")
    out.append("</table>")
    return "\n".join(out)


OCR = [
    "RÜCKSENDESCHEIN   Talgrat Outdoor\nBestellnr.: ${order}\nName: ${p1.full}\nAnschrift: ${p1.adr}\nTelefon: ${p1.tel}\n"
    "Grund (ankreuzen): [x] zu klein [ ] defekt [ ] Sonstiges\nErstattung auf: Zahlungsmittel / IBAN ${p1.iban}\nUnterschrift: ______",
    "LIEFERSCHEIN  ${order}\nLieferanschrift:\n${p1.full}\n${p1.adr2}\n${p1.country}\nArtikel  Menge  Größe\n${ptitle}  1  ${size}\nGepackt von: ${s1.fi}",
    "GARANTIEANTRAG\nName: ${p1.ULAST}   Vorname: ${p1.first}\nStraße: ${p1.street}\nPLZ/Ort: ${p1.townline}\n"
    "E-Mail: ${p1.mail}\nProdukt: ${ptitle}  Kaufdatum: ${date}\nBeschreibung: Laminat löst sich an der linken Schulter",
    "HONORARNOTE (Scan)\n${p1.full}\n${p1.adr2}\nSteuer-ID: ${p1.taxid}\nBankverbindung: ${p1.iban}\nLeistung: Fotos ${prod}, ${date}",
    "Überweisungsauftrag (eingescannt)\nEmpfänger: ${p1.UP}\nIBAN: ${p1.iban}\nBetrag: ${price}\nVerwendungszweck: Ankauf ${rma}",
    "BESTELLSCHEIN Katalog (Fax)\nKarteninhaber: ${p1.UP}\nKartennr.: ${p1.card}   gültig bis ${month} 2028\nLieferung an: ${p1.adr}\nTel. ${p1.tel}",
]

# ---------------------------------------------------------------- Vorlagen mit personenbezogenen Daten

PII = {
    "crm_note": [
        "Kund${p1.g:in/e} ${p1.full} ([[KdNr.|Kundennr.|Konto]] ${cust}) hat [[angerufen|sich gemeldet|wegen einer Reklamation angerufen]]: [[Reißverschluss|Kordelzug|eine Naht]] ${pg:an der/am/am/an den} ${prod} ([[Gr.|Größe]] ${size}) nach [[zwei|drei|fünf]] Wochen [[kaputt|gerissen|aufgegangen]]. [[Reparatur angeboten|Umtausch in ${size2} angeboten|Retourenlink geschickt]]. Antwort bitte per Mail an ${p1.mail}.[[ Wiedervorlage ${weekday}.| – ${s1.ini}|]]",
        "CRM-Notiz ${date}\n- Kontakt: ${p1.honf}\n- Tel.: ${p1.tel}\n- E-Mail: ${p1.mail}\n- Anliegen: [[Rechnungskopie zu ${order}|neue Lieferadresse|fehlende Bonuspunkte]]\n[[- Neue Adresse: ${p1.adr}\n|]]- Bearbeitet von: ${s1.full}",
        "${p1.hon} ist [[Stammkund${p1.g:in/e}|langjährige${p1.g:/r} Kund${p1.g:in/e}]] (seit ${year}, [[7|12|4]] Bestellungen). [[Am Telefon sehr freundlich|Heute etwas verärgert|Insgesamt zufrieden]]. <<Möchte keinen gedruckten Katalog mehr an ${p1.street}.##Fragt, ob es ${pgb:die/den/das/die} ${prodb} auch in ${colour} gibt.>> [[Erledigt.|Datensatz angepasst.|Sperrvermerk gesetzt.]]",
        T("Telefonat mit ${p1.hond} (${p1.town}), [[Grüß Gott|Servus]] am Telefon, sehr nett. Das Packerl mit ${order} ist [[beim Nachbarn|im Postkasten-Fach|am Postamt]] gelandet. Rückruf unter ${p1.tel}, am besten [[vormittags|nach 17 Uhr]].", p1="AT"),
        T("Gespräch mit ${c1.first} von ${c1.company} ([[Einkauf|Inhaber${c1.g:in/}|Filialleitung]]). <<Braucht ${qty} Stück ${prod} bis ${month}.##Durchwahl ${c1.tel}, Mail ${c1.mail}.##Buchhaltung läuft über ${c2.full}.>> [[B2B-Preisliste geschickt.|Muster folgen.|Nächste Woche nachhaken.]]"),
        "Notiz von ${s1.first}: ${p1.full} [[hat sich beschwert|hat geschrieben]] wegen [[Lieferverzug|doppelter Abbuchung|nicht eingelöstem Gutschein]] bei ${order}. Hat am Telefon die komplette Kartennummer ${p1.card} vorgelesen – nirgends gespeichert. Erstattung freigegeben von ${s2.full}.",
        T("Influencerin ${p1.full} (${p1.handle}) – Vertrag unterschrieben. Steuer-ID ${p1.taxid}, Auszahlung auf ${p1.iban}. Ansprechpartnerin intern: ${s1.full}.", p1="f"),
    ],
    "support_email": [
        "Hallo liebes Talgrat-Team,\n\nich habe am ${date} ${pg:die/den/das/die} ${ptitle} bestellt (${order}) und [[${pg:sie ist/er ist/es ist/sie sind} immer noch nicht da|die Sendungsverfolgung bewegt sich seit einer Woche nicht|leider die falsche Größe bekommen]]. Könnt ihr bitte mal nachschauen?\n\n[[Ihr erreicht mich unter ${p1.tel}.\n\n|Telefonisch bin ich unter ${p1.tel} erreichbar.\n\n|]][[Viele Grüße|Liebe Grüße|Danke euch]]\n${p1.full}",
        "${p1.sg},\n\nvielen Dank für Ihre Nachricht. Wir haben Ihnen ${price} auf Ihre Karte [[erstattet|gutgeschrieben]] und [[ein neues Rücksendeetikett|die Stornobestätigung]] an ${p1.mail} geschickt. <<Bei Fragen antworten Sie einfach auf diese E-Mail.##Die Gutschrift kann 3–5 Werktage dauern.>>\n\nMit freundlichen Grüßen\n${s1.full}\nTalgrat Kundenservice",
        "hi, ich bins nochmal, ${p1.first} – [[sorry für die Störung|kurze Frage]]. Wir sind [[letzten Monat|gerade]] umgezogen und ich hab vergessen, die Adresse zu ändern. Könnt ihr ${order} bitte an ${p1.adr} schicken? [[danke|merci|lg]] ${p1.lowf}",
        "Sehr geehrte Damen und Herren,\n\nich möchte ${pg:die/den/das/die} ${prod} ([[Bestellnummer|Auftrag]] ${order}) [[zurückgeben|umtauschen]]. <<${pg:Sie passt/Er passt/Es passt/Sie passen} [[leider nicht|mir nicht richtig]], [[die Farbe ist anders als auf dem Foto|die Größe fällt zu klein aus|ich habe mich vertan]].##Die Etiketten sind noch dran.>> Bitte überweisen Sie den Betrag auf mein Konto ${p1.iban} (Kontoinhaber${p1.g:in/} ${p1.full}).\n\nMit freundlichen Grüßen\n${p1.full}\n${p1.adr2}",
        T("Grüezi\n\nIch habe ${pg:die/den/das/die} ${prod} in ${size} bestellt, ${pg:sie ist/er ist/es ist/sie sind} leider zu gross. Können Sie mir ${size2} schicken? Die Rücksendung gebe ich morgen auf der Post in ${p1.town} auf.\n\nFreundliche Grüsse\n${p1.full}\nNatel ${p1.mob}", p1="CH"),
        T("Servus,\n\nmein Packerl (${order}) ist heute angekommen, aber [[die Jacke hat einen Fleck am Ärmel|die Hose ist zu kurz]]. Wie gehe ich da vor? Ich wohne in ${p1.adr}, Abholung wäre mir am liebsten.\n\nLiebe Grüße aus ${p1.town}\n${p1.first}", p1="AT"),
        "Hallo ${p1.first},\n\ndanke für die schnelle Antwort! Die Abholung ist für ${weekday} zwischen ${time} und ${time2} gebucht, Adresse ${p1.street}. Der Fahrer meldet sich [[etwa 30 Minuten vorher|kurz vorher]] unter ${p1.mob}.\n\nSonnige Grüße\n${s1.first} vom Talgrat-Kundenservice",
    ],
    "reply_chain": [
        "[[Super, danke!|Passt, vielen Dank.|Ist angekommen, danke!]]\n\nAm ${date} um ${hm} schrieb ${s1.full} <${s1.mail}>:\n> Hallo ${p1.first},\n> ${pg:deine/dein/dein/deine} Ersatz-${prod} ${pg:geht/geht/geht/gehen} heute raus, Sendungsnummer ${track}.\n> Viele Grüße, ${s1.first}\n>\n> Am ${date2} schrieb ${p1.full} <${p1.mail}>:\n>> Der Reißverschluss an meiner Jacke ist gerissen. Bestellung ${order}.",
        "-----Ursprüngliche Nachricht-----\nVon: ${p1.full} <${p1.mail}>\nGesendet: ${weekday}, ${date} ${hm}\nAn: Kundenservice\nBetreff: Umtausch Größe\n\nHallo, kann ich ${pg:die/den/das/die} ${prod} in ${size} gegen ${size2} tauschen? [[Meine Nummer: ${p1.tel}|]]\n\n---\n[[Intern: ok von ${s1.first}, Etikett ist raus.|Weitergeleitet an Retouren – ${s1.ini}]]",
        "> Können Sie uns die Lieferadresse bestätigen?\n\nJa: ${p1.adr}\n\n> Und eine Telefonnummer für den Paketdienst?\n\n${p1.mob} [[(Handy, SMS geht auch)|– bitte vorher per SMS]]\n\nDanke und schöne Grüße\n${p1.first}",
        "${c1.first}, siehe unten von ${p1.full} – könnt ihr im [[Laden|Geschäft]] helfen?\n\n---------- Weitergeleitete Nachricht ---------\nVon: ${p1.full} <${p1.mail}>\nDatum: ${date}\nBetreff: Abholung vor Ort?\n\nIch wohne [[in der Nähe von|gleich bei]] ${c1.company}, kann ich ${pg:die/den/das/die} ${prod} dort abholen?[[ Adresse: ${p1.street}.|]]",
        T("Am ${date} schrieb ${s1.lf}:\n> uns fehlen noch Ihre Bankdaten für die Auszahlung\n\nGrüezi, entschuldigen Sie die Verspätung! IBAN: ${p1.iban}, lautend auf ${p1.full}.\n\nVon meinem iPhone gesendet", p1="CH"),
    ],
    "review": [
        "★★★★★ [[Beste Jacke, die ich je hatte|Jeden Cent wert|Endlich trocken]]\n<<[[Getragen|Unterwegs]] mit ${pg:der/dem/dem/den} ${prod} [[auf dem Lechweg|eine verregnete Woche im Bayerischen Wald|auf dem Westweg]].##[[Fällt normal aus.|Größe ${size} passt perfekt.]]>>\n– ${p1.fi}, ${p1.town}",
        "„[[${pg:Die/Der/Das/Die} ${prod} ${pg:begleitet/begleitet/begleitet/begleiten} mich jetzt seit zwei Saisons|Ich habe ${pg:die/den/das/die} ${prod} für den Jakobsweg gekauft und bin sehr zufrieden|Ich habe schon zum dritten Mal ${pg:die/den/das/die} ${prod} gekauft und würde es wieder tun]].“ – ${p1.full}, [[verifizierter Kauf|Kund${p1.g:in/e} seit ${year}|${p1.town}]]",
        "Bewertung: [[4|5|3]]/5\nVon: ${p1.full}\n[[Pro: warm, klein verpackbar. Contra: Taschen etwas hoch.|Fällt groß aus, habe auf ${size} getauscht.|Super im Regen, die Kapuze ist top.]]",
        T("Kundenstimme für die Startseite (freigegeben von ${p1.first} am ${date}):\n\n„[[Wir sind 200 Kilometer|Ich bin den Zugspitz-Ultratrail|Wir sind eine Woche durch Lappland]] ${pg:in der/im/im/in den} ${prod} [[gelaufen und haben keinen Gedanken daran verschwendet|gelaufen, und sie hat einfach funktioniert|gewandert und es war immer angenehm]].“\n– ${p1.ini}, [[Trailläufer${p1.g:in/}|Bergwander${p1.g:in/er}|Wanderführer${p1.g:in/}]]"),
        T("Tiptop! ${pg:Die/Der/Das/Die} ${prod} ${pg:ist/ist/ist/sind} super verarbeitet und der Versand in die Schweiz ging schnell. Merci vielmal! – ${p1.fi}, ${p1.town}", p1="CH"),
        "Drei Sterne von mir. ${pg:Die/Der/Das/Die} ${prod} ${pg:ist/ist/ist/sind} [[schön|in Ordnung]], aber [[die Lieferung kam zu spät|die Größen fallen komisch aus]]. [[Der Kundenservice (danke, ${s1.first}!) hat es aber gut gelöst.|${s1.first} vom Kundenservice hat sich zum Glück gekümmert.]] ${p1.fi}",
    ],
    "signature": [
        "[[Danke, das war's schon.|Alles klar, bis bald.|Wir sehen uns beim Shooting.]]\n\n--\n${c1.full}\n${c1.title} | ${c1.company}\nMobil ${c1.mob} | Tel. ${c1.land}\n${c1.mail}",
        "Mit freundlichen Grüßen\n\n${s1.UP}\n${s1.title}\nTalgrat Outdoor GmbH\nDurchwahl: ${s1.tel}\n${s1.mail}",
        "[[Viele Grüße|Beste Grüße|Herzliche Grüße]]\n${c1.first}\n\n${c1.full} · ${c1.company}\n${c1.adr}\n${c1.tel}",
        T("Freundliche Grüsse\n\n${c1.full}\n${c1.company}\n${c1.adr2}\nTel. ${c1.tel}", c1="CH"),
        T("Liebe Grüße aus ${c1.town}\n\n${c1.hon}\n${c1.title}, ${c1.company}\n${c1.adr2}\nT ${c1.tel}\n${c1.mail}", c1="AT"),
        "[[Passt|Super, danke]]!\n\n${p1.first}\n\nVon meinem Handy gesendet. ${p1.full} | ${p1.mob}",
    ],
    "copy_brief": [
        "Briefing: [[Herbst-Newsletter|Winter-Drop-Mailing|Frühjahrs-Teaser]]\nVerantwortlich: ${s1.full}\nText: ${s2.full}\n\n<<Aufmacher ${pg:ist die/ist der/ist das/sind die} ${prod}; Preis ${pprice} nennen.##Zitat von ${p1.full} verwenden (Einwilligung liegt vor, ${date}).##Keine Claims außerhalb der freigegebenen Liste.>>",
        "Hi ${s2.first}, kannst du [[drei|zwei]] Betreffzeilen für den Launch ${pg:der/des/des/der} ${prod} schreiben? <<Ton: warm, praktisch, per du.##Freigabe durch ${s1.full} bis ${weekday}.>> [[Danke dir!|Merci!]]",
        T("Textbriefing Kundengeschichte\nKund${p1.g:in/e}: ${p1.full}, ${p1.town}\nFaktencheck über: ${p1.mail} / ${p1.tel}\nFotos: ${c1.full} (${c1.company})\nAufhänger: [[zehn Jahre von Hütte zu Hütte|erster Winter im Karwendel|mit dem Rad zur Arbeit, bei jedem Wetter]]"),
        "Headline-Varianten für die Landingpage ${pg:der/des/des/der} ${prod} – Feedback von ${s1.first} und ${s2.first} unten. <<${s1.first}: „bitte ehrlich, kein Hype“.##${s2.first}: „Preis ${pprice} rein“.>>",
        "PR-Briefing: Interview mit Bergführer${p1.g:in/} ${p1.full} zum Thema [[Regenschutz|Schichtenprinzip im Winter|Fußpflege auf Mehrtagestouren]]. <<Termin über ${c1.full} von ${c1.company}: ${c1.mail}.##Abgabe ${date}.>>",
    ],
    "team_chat": [
        "[${hm}] ${s1.lowf}: ${s2.handle} kannst du ${p1.lowf} zurückrufen? nummer ist ${p1.tel}\n[${hm2}] ${s2.lowf}: mach ich 👍\n[${hm3}] ${s2.lowf}: erledigt, ${p1.g:sie/er} will lieber geld zurück statt umtausch",
        "${s1.first}: weiß jemand, warum die bestellung ${order} von ${p1.full} hängt?\n${s2.first}: adressprüfung fehlgeschlagen – ${p1.street} passt nicht zur plz\n${s1.first}: ok ich schreib ${p1.g:ihr/ihm} an ${p1.mail}",
        "#retouren\n${s1.handle}: paket von ${p1.low} ohne retourenschein angekommen 🙄\n${s2.handle}: name auf dem etikett mit ${order} abgleichen\n${s1.handle}: gefunden. [[erstattung|umtausch]] geht heute raus",
        "${s1.lowf} [${hm}]\nvorwarnung: ${p1.full} hat zweimal wegen ${pg:der/dem/dem/den} ${prod} angerufen, [[ziemlich sauer|eigentlich sehr nett]]\n\n${s2.lowf} [${hm2}]\nich übernehm das. nummer?\n\n${s1.lowf} [${hm3}]\n${p1.mob}",
        "${s1.first} ${hm}: das influencer-paket für ${c1.full} geht an ${c1.adr}, oder?\n${s2.first} ${hm2}: ja, und ${c1.mail} bei der sendungsnummer in cc",
    ],
    "customer_chat": [
        "Chat gestartet ${hm}\nBesucher: hallo, wo bleibt meine bestellung ${order}?\nAgent (${s1.first}): Hallo! Kannst du mir deinen Namen und die PLZ sagen?\nBesucher: ${p1.full}, ${p1.zip}\nAgent (${s1.first}): Danke, ${p1.first} – das Paket ist beim Zusteller, Sendungsnummer ${track}.",
        "${s1.first}: Hallo, wie kann ich helfen?\nKunde: meine erstattung ist nie gekommen. bestellung ${order}\n${s1.first}: Das tut mir leid! Auf welches Konto soll sie gehen?\nKunde: ${p1.iban}\n${s1.first}: Danke. Und der Name des Kontoinhabers?\nKunde: ${p1.full}",
        "[${hm}] Du: kann ich die lieferadresse noch ändern?\n[${hm}] Talgrat: Klar – wie lautet die neue?\n[${hm2}] Du: ${p1.adr}\n[${hm2}] Talgrat: Geändert. Wir schicken eine SMS an ${p1.mob}, sobald das Paket unterwegs ist.",
        "Bot: Bitte gib deine E-Mail-Adresse ein.\nNutzer: ${p1.mail}\nBot: Danke! Gleich meldet sich jemand aus dem Team.\n${s1.first} ist dem Chat beigetreten\n${s1.first}: Hallo ${p1.first}, ich sehe zwei Bestellungen – um welche geht es?",
        "Kunde: ich hab mich beim bezahlen vertippt, ist ${p1.card} die hinterlegte karte?\nAgent: Bitte keine vollständigen Kartennummern im Chat – ich habe sie bei uns geschwärzt. Wie lautet dein Nachname?\nKunde: ${p1.last}",
    ],
    "call_note": [
        "Anruf ${hm}, ${s1.first} → ${p1.full} (${p1.tel}). Wollte wissen, ob ${pg:die/der/das/die} ${prod} im ${month} für [[Island|Norwegen|die Dolomiten]] warm genug ${pg:ist/ist/ist/sind}. [[Dazu ${pgb:die/den/das/die} ${prodb} empfohlen.|Auch ${pgb:die/den/das/die} ${prodb} vorgeschlagen.]] [[Noch keine Bestellung.|Bestellt online.]]",
        "Eingehender Anruf – ${p1.hon}, wegen ${order}. Paket wurde beim Nachbarn [[Nr. 14|gegenüber|im Erdgeschoss]] abgegeben; ${p1.g:ihre/seine} Adresse: ${p1.street}. Zusteller um Bestätigung gebeten. Rückruf unter ${p1.mob}.",
        "Mailbox abgetippt: „Ja, hallo, hier ist ${p1.full}, [[es geht um meine Retoure|ich hätte eine Frage zur Größe]], [[meine Nummer ist|Sie erreichen mich unter]] ${p1.tel}, [[danke|tschüss]].“",
        T("Rückruf bei ${p1.hon}, ${p1.town}: möchte ${pg:die/den/das/die} ${prod} in der Filiale anprobieren. Natel ${p1.mob}, Festnetz ${p1.land}. Termin am ${weekday}, ${time}.", p1="CH"),
        "${date}: ${p1.first} hat [[zum dritten|zum zweiten]] Mal diese Woche angerufen. An ${s1.full} weitergegeben. Bitte [[nicht auf dem Festnetz|nie auf der Festnetznummer]] ${p1.land} anrufen, nur mobil: ${p1.mob}.",
    ],
    "order_note": [
        "Bestellung ${order} – Geschenkkarte: „Alles Gute zum Geburtstag, ${n1.first}! ${n2.first}“. Versand an ${p1.full}, ${p1.adr}. [[Keine Rechnung ins Paket.|Preise ausblenden.]]",
        "Retoure ${rma} eingegangen am ${date}. Kund${p1.g:in/e} ${p1.full}, Artikel ${sku}, Zustand [[neuwertig|einmal getragen|gebraucht, Etikett ab]]. <<Erstattung ${price} auf die Karte.##Notiz: [[„zu warm zum Laufen“|„Ärmel zu lang“|„Farbe anders als auf dem Foto“]].>>",
        "Zustellhinweis von ${p1.first}: [[Paket bitte hinter das grüne Tor|bitte zweimal klingeln|Paketbox an der Garage]], ${p1.street}. Bei Problemen ${p1.mob}.",
        "Umtausch: ${p1.lf} schickt ${prod} ${size} zurück, möchte ${size2}. Neues Etikett an ${p1.mail}. [[Ware reserviert.|Warten auf Nachschub.]]",
        "Click & Collect bei ${c1.company}: abgeholt von ${p2.full} im Auftrag von ${p1.full} (Vollmacht per Mail von ${p1.mail} liegt vor).",
        T("Lieferung c/o ${p2.last}, ${p1.adr2} – ${p1.full} ist bis ${date} auf Montage. Bitte beim Nachbarn abgeben.", p2="real"),
    ],
    "prose_mention": [
        "${n1.full} und ${n2.full} haben ${pg:die/den/das/die} ${prod} im ${month} [[auf einer Dreitagestour|bis zur Hütte]] getestet. [[Beide|Die zwei]] kamen [[nass, aber warm|sonnenverbrannt|mit Ideen für die Kapuze]] zurück[[.|, und ${n1.first} wünscht sich einen längeren Saum.]]",
        "[[Die Fotos|Fast alle Bilder]] im neuen Lookbook hat ${n1.full} gemacht; ${n2.full} [[hat die Bildtexte geschrieben|war fürs Styling zuständig]] und ${n3.full} [[ist den Bus gefahren|hat den Reflektor geschleppt]].",
        "${n1.full} ist den [[Zugspitz Ultratrail|Transalpine Run|Großglockner Ultra-Trail]] ${pg:in der/im/im/in den} ${prod} gelaufen und hat uns danach einen [[langen|sehr netten]] Brief geschrieben.",
        "[[Die Testerinnen und Tester dieser Saison sind ${n1.full}, ${n2.full} und ${n3.full}. Alle drei tragen|${n1.full}, ${n2.full} und ${n3.full} testen diese Saison für uns. Jede und jeder trägt]] ${pg:die/den/das/die} ${prod} mindestens [[30|40]] Tage.",
        "[[Es war ${n1.first}, ${n1.g:die/der} die undichte Naht in der ersten Charge gefunden hat|${n1.first} hat die undichte Naht in der ersten Charge gefunden]], und ${n2.full} hat sie bis zum Tape-Lieferanten zurückverfolgt.",
    ],
    "price_match": [
        "Hallo, ich habe ${pg:die/den/das/die} ${ptitle} [[woanders|bei einem anderen Shop|auf einem Marktplatz]] für ${price} gesehen. Geht bei euch eine Preisanpassung? Warenkorb wäre ${order}. ${p1.full}, ${p1.mail}",
        "Preisanpassung Anfrage ${ticket}\nName: ${p1.full}\nE-Mail: ${p1.mail}\nTelefon: ${p1.tel}\nArtikel: ${sku}\nWettbewerbspreis: ${price}\nEntscheidung: [[abgelehnt – Marktplatzhändler|genehmigt – Differenz erstatten|offen]] (${s1.ini})",
        "${p1.sg}, vielen Dank für Ihre Anfrage zu ${pg:der/dem/dem/den} ${prod}. [[Wir erstatten Ihnen gern die Differenz von|Leider können wir das Angebot über]] ${price}[[.| nicht mitgehen.]] Mit freundlichen Grüßen, ${s1.full}",
        T("Grüezi, könnt ihr CHF ${num}9.– für ${pg:die/den/das/die} ${prod} machen? Ich bin Stammkundin, Konto ${p1.mail}. [[Ich hole ${pg:sie/ihn/es/sie} gerne ab.|Lieferung an ${p1.adr}.]] – ${p1.first}", p1="CH,f"),
    ],
    "embroidery_order": [
        "Vereinsbestellung – [[Bergwacht|Skiclub|Alpenvereinssektion|Freiwillige Feuerwehr]][[ ${ort}|]]\nAnsprechpartner${c1.g:in/}: ${c1.full}, ${c1.tel}\nNamen zum Besticken (Brust links):\n1. ${p1.full}\n2. ${p2.full}\n3. ${p3.full}\n[[4. ${p4.full}\n|]]Artikel: ${prod}, Farbe ${colour}",
        "Personalisierung: bitte „${p1.UP}“ auf ${pg:die/den/das/die} ${prod} sticken (Bestellung ${order}). Garn: [[weiß|orange|grau]]. Bei Rückfragen: ${p1.tel}.",
        "Hallo ${c1.first}, anbei die Namensliste für die Jacken: ${p1.full}, ${p2.full}, ${p3.full}[[ und ${p4.full}|]]. Bei ${p2.first} bitte nur Initialen auf dem Ärmel. Rechnung an ${c2.full}, ${c2.mail}.",
        T("Stickentwurf freigegeben von ${p1.full} am ${date}. <<Text: „${p1.first} – Bergrettung ${ort}“.##Lieferung an ${p1.adr}.>>", p1="AT"),
        "Teamkleidung [[Laufgruppe|Kletterteam]]\n- ${p1.lf} – ${size}\n- ${p2.lf} – ${size2}\n- ${p3.lf} – ${size3}\nRechnungskontakt: ${c1.full} <${c1.mail}>",
    ],
    "trade_in": [
        "Ankaufsanfrage ${order}\nVerkäufer${p1.g:in/}: ${p1.full}\nAnschrift: ${p1.adr}\nArtikel: ${prod}, [[2 Saisons getragen|guter Zustand|kleine Reparatur am Ärmel]]\nAngebot: ${price} als Gutschein oder Auszahlung auf ${p1.iban}",
        "Hallo, ich würde gern ${pg:meine alte/meinen alten/mein altes/meine alten} ${prod} in Zahlung geben. Größe ${size}, Farbe ${colour}[[, kaum getragen|, mit Gebrauchsspuren|]]. <<Ich kann ${pg:sie/ihn/es/sie} bei ${c1.company} abgeben oder aus ${p1.town} schicken.##Mail: ${p1.mail}.>> ${p1.first}",
        "${p1.sg},\n\nwir haben Ihren Artikel aus dem [[Second-Hand-Programm|Rückkaufprogramm]] (${rma}) geprüft. [[Wir können Ihnen ${price} anbieten.|Der Ankaufswert beträgt ${price}.]] Bitte bestätigen Sie Ihre IBAN (${p1.iban}) per Antwort auf diese E-Mail.\n\n${s1.full}",
        "Auszahlung Ankauf fehlgeschlagen – IBAN ${p1.iban} für ${p1.full} abgelehnt. ${p1.g:Sie/Er} prüft das, Rückruf über ${p1.tel}. — ${s1.first}",
        "Gebrauchtware-Annahme: ${p1.lf}, ${p1.mail}. Steuer-ID für das Verkäuferkonto: ${p1.taxid}. Artikel: ${qty} x ${prod}.",
    ],
    "ugc_permission": [
        "Hi ${p1.handle}! Dein Foto mit ${pg:der/dem/dem/den} ${prod} [[am Grat|im Schnee|vor der Hütte]] ist großartig. Dürfen wir es [[auf unserem Kanal teilen|reposten]] und [[im Newsletter|auf der Website]] zeigen? Als Credit würden wir „${p1.full}“ schreiben. 🙏",
        "Ja klar, [[gern|sehr gern]]! Bitte ${p1.full} (${p1.handle}) als Fotograf${p1.g:in/} nennen. [[Das Original schicke ich euch gern per Mail, schreibt mir an|Die Originaldatei gibt's über]] ${p1.mail}.",
        "Fotofreigabe – Datei ${hash}.jpg\nFotograf${p1.g:in/}: ${p1.full}\nAbgebildete Person: ${p2.full}\nEinwilligung per Mail (${p2.mail}) am ${date}\nNutzung: Social Media, Web, [[Print|kein Print]]",
        "${p1.sg}, vielen Dank, dass wir Ihr Foto aus dem ${ort}er Land verwenden dürfen. Wie versprochen geht ${pg:eine/ein/ein/ein Paar} ${prod} an ${p1.adr}[[. Das Paket sollte bis ${weekday} ankommen.|.]] ${s1.full}, Social Media",
        "UGC-Liste ${date}: ${p1.handle} ([[Klarname|Name]] ${p1.full}) hat per DM zugestimmt; ${p2.handle} (${p2.full}) hat noch nicht geantwortet. Nachfassen am ${weekday}.",
    ],
    "ux_interview": [
        "Nutzerinterview Nr. ${num} – ${p1.full} ([[Wander${p1.g:in/er}|Trailläufer${p1.g:in/}|Pendler${p1.g:in/}]], ${p1.town})\n<<n:- findet die Größentabelle verwirrend##- hat den Hinweis auf kostenlose Retouren übersehen##- würde mehr für eine längere Rückenlänge zahlen>>\nGutschein als Dankeschön an ${p1.mail}.",
        "Sitzungsnotizen (Moderation ${s1.first}): ${p1.first} hat beim Adressformular an der Kasse [[gezögert|abgebrochen]]. Zitat: „Ich weiß nie, ob die Wohnungsnummer in Zeile 1 gehört.“ Adresse zur Info: ${p1.adr}.",
        "Rekrutierungsliste für die [[Checkout|Passformberater|Retouren]]-Studie:\n- ${p1.full}, ${p1.mail}\n- ${p2.full}, ${p2.tel}\n- ${p3.full}, ${p3.mail}\nScreener: ${s1.full}.",
        "P${num}: ${p1.full}. [[Nutzt die App wöchentlich.|Kauft nur im Sale.|Kauft fast nur am Handy.]] <<Erwähnt, dass ${p2.first} ([[Partner|Partnerin]]) für beide bestellt.##Erneuter Kontakt ok über ${p1.mob}.>>",
        T("Interviewzusammenfassung – ${date}\nTeilnehmer${p1.g:in/}: ${p1.honf}, ${p1.town}\nThemen: [[Größen, Bewertungen|Lieferoptionen, Retouren|Produktfotos]]\nErkenntnis: [[vertraut Bewertungen mit vollem Namen mehr|will die Rückenlänge in cm sehen|wünscht sich Abholstationen]]\nNotizen: ${s1.ini}", p1="AT"),
    ],
    "stock_alert": [
        "Wiederverfügbarkeits-Anfrage: ${prod} ${size} ([[${colour}|Farbe egal]]). Benachrichtigung an ${p1.mail}[[ oder SMS an ${p1.mob}|]].",
        "Hallo! Könnt ihr mir Bescheid geben, wenn ${pg:die/der/das/die} ${prod} in ${size} wieder da ${pg:ist/ist/ist/sind}? [[Ich warte schon seit ${month}.|Ich brauche sie für eine Tour im ${month}.]] Danke, ${p1.full}",
        "Warteliste ${sku}:\n1. ${p1.mail}\n2. ${p2.mail} (${p2.full})\n3. ${p3.full}, ${p3.tel}\nNachschub voraussichtlich ${date}.",
        "${p1.full} hat im Laden gefragt, ob wir ${pg:eine/einen/ein/ein Paar} ${prod} in ${size} zurücklegen können, sobald Nachschub kommt – [[Anruf|Bitte anrufen]] unter ${p1.tel}.",
        "Benachrichtigung angemeldet\nemail: ${p1.mail}\nartikel: ${ptitle}\ngröße: ${size}\nip: ${p1.ip}\neinwilligung: ja (${isots})",
    ],
    "lead_list": [leads_csv, leads_caps, leads_list, leads_crm],
    "http_dump": HTTP_DUMPS,
    "tsv_export": [tsv_kunden, tsv_retouren, tsv_optin, tsv_auszahlung],
    "access_log": [log_nginx, log_app, log_syslog, log_csv],
    "feed_row": [lambda c: feed_row(c, 0), lambda c: feed_row(c, 1), lambda c: feed_row(c, 2), lambda c: feed_row(c, 3)],
    "front_matter": [lambda c: front_matter(c, 0), lambda c: front_matter(c, 1), lambda c: front_matter(c, 2), lambda c: front_matter(c, 3)],
    "markdown_table": [lambda c: md_kontakte(c, 0), lambda c: md_kontakte(c, 1), lambda c: md_kontakte(c, 2), md_dienstplan],
    "html_form": [lambda c: html_form(c, 0), lambda c: html_form(c, 1), lambda c: html_form(c, 2), lambda c: html_form(c, 3)],
    "sql_dump": [sql_insert, sql_affiliates, sql_grid] + SQL_MISC,
    "mail_header": MAIL_HEADERS,
    "vcard": [lambda c: vcard(c, "p1"), lambda c: vcard(c, "c1", adr=False), vcard_two, lambda c: vcard(c, "c1", "4.0")],
    "ical": [lambda c: ical(c, 0), lambda c: ical(c, 1), lambda c: ical(c, 2), lambda c: ical(c, 3)],
    "ocr_scan": [T(t, ocr=True) for t in OCR],
}

# ---------------------------------------------------------------- Vorlagen ohne personenbezogene Daten

CLEAN = {
    "marketing_copy": [
        "[[Neu|Frisch eingetroffen|Zurück für den Herbst]]: ${pg:die/der/das/die} ${ptitle}. <<${pprice}, Größen XS–XXL.##[[Kostenloser Versand in DE ab 60 €.|Bis ${time} bestellt, heute verschickt.]]##Mit dem Code ${voucher} bis ${date}.>>",
        "Der Winter kommt – und mit ihm ${pg:die/der/das/die} ${prod}. Für alle, die lieber draußen sind als drinnen. [[Dazu passt ${pgb:die/der/das/die}|Kombinier mit ${pgb:der/dem/dem/den}]] ${prodb}.",
        "Wie ein Fuchs im Schnee: leise, warm und immer unterwegs. ${pg:Die/Der/Das/Die} ${prod} ${pg:wiegt/wiegt/wiegt/wiegen} nur ${weight}.",
        "[[Kein Koch verdirbt diesen Brei|Viele Köche, ein Rezept|Der Koch auf der Hütte empfiehlt]]: unsere Hüttenwochen im ${month}. Wer bis ${date} bestellt, bekommt [[die Trittweg-Socken dazu|ein Paar Trittweg gratis]].",
        "[[Frei wie ein Vogel|Stein für Stein]] zum Gipfel, [[der Hahn kräht noch|unten mäht der Bauer die Wiese]] – [[und du bist längst unterwegs|die ${prod} ist dabei]]. [[Ob Winter oder Sommer|Für Jung und Alt]]: Versand frei ab 60 €.",
        "Der Wolf ist zurück im Allgäu – und wir mit einer neuen Farbe: ${colour}. ${pg:Die/Den/Das/Die} ${prod} gibt es ab sofort für ${pprice}.",
    ],
    "product_copy": [
        "${ptitle}\nArtikelnr. ${sku} · GTIN ${gtin}\nPreis: ${pprice} inkl. MwSt.\nFarben: ${colour}, ${colour2}\nGewicht: ${weight} (Größe M)",
        "${pg:Die/Der/Das/Die} ${prod} ${pg:ist/ist/ist/sind} für [[nasse Übergangszeiten|lange Touren bei wechselhaftem Wetter|kalte, trockene Tage]] gemacht. <<Alle Materialangaben stehen im Datenblatt.##Entwickelt in Oberhalden.>> EAN ${gtin}.",
        "Pflege: bei 30 °C waschen, im Trockner bei niedriger Temperatur die Imprägnierung auffrischen. Nicht chemisch reinigen. Ersatz-Kordelstopper unter Teilenr. ${sku}.",
        "Größenberatung ${prod}: Brustumfang [[96|100|104]] cm bei Größe M. Zwischen zwei Größen? Nimm die größere, wenn du eine Fleecejacke wie ${pgb:die/den/das/die} ${prodb} darunter trägst. Stand der Tabelle: Version ${version}.",
        "Technische Daten\n- Gewicht: ${weight}\n- Volumen: [[30|45+10]] l\n- Rückenlänge: 47 cm\n- EAN: ${gtin}\n- Charge: ${hash}",
    ],
    "faq": [
        "[[F: Kann ich meine Retoure an ein Postfach schicken?|Frage: Geht die Rücksendung auch an ein Postfach?|Retoure an ein Postfach?]]\n[[A: |Antwort: |]][[Nein – bitte nutze das beiliegende Etikett.|Leider nein, nimm bitte das Etikett aus dem Paket.]] Sendungen an ein Postfach[[ oder eine Packstation|]] können wir nicht bearbeiten[[ und gehen nach ${num} Tagen zurück|]].",
        "[[F: Liefert ihr auch c/o an eine Hütte oder ein Hotel?|F: Kann ich an mein Hotel liefern lassen?|Lieferung an eine Hütte?]]\n[[A: Ja.|A: Klar!|Ja, das geht.]] Trag den Namen des [[Hauses|Hotels|Gasthofs]] als „c/o“ in die zweite Adresszeile ein[[ und dein Anreisedatum in die Bemerkung| und nenn dein Anreisedatum]]. [[Hütten über 2.000 m werden einmal pro Woche beliefert.|Plane ${num} Tage mehr ein.|]]",
        "F: Wo finde ich meine Bestellnummer?\nA: Sie beginnt mit TG- und sieht etwa so aus: ${order}. Kundennummern sehen so aus: ${cust}. Beides sind keine Telefonnummern!",
        "F: [[Wie lange dauert der Versand nach Österreich und in die Schweiz?|Wie schnell seid ihr in Österreich und der Schweiz?]]\nA: [[Nach Österreich 2–4 Werktage, in die Schweiz 3–5 Werktage (verzollt).|Österreich 2–4, Schweiz 3–5 Werktage, Zoll ist bezahlt.]] [[Die PLZ ${plz} liegt z. B. im Zustellgebiet mit Samstagszustellung.|Samstags wird z. B. an die PLZ ${plz} zugestellt.|]]",
        "F: [[Kann ich meinen Namen ins Etikett schreiben?|Gibt es eine Seite für Reparaturen?]]\nA: [[Ja – im Innenetikett ist ein weißes Feld dafür. Nimm einen Wäschestift, der hält auch die Wäsche aus.|Ja: Auf der Reparaturseite steht, was wir kostenlos richten. Ein Kassenbon reicht, die Rechnung brauchst du nicht.]]",
        "F: [[Wird die Daunenjacke nass genauso warm?|Wärmt Daune auch im Regen?]]\nA: Daune verliert nass an Bauschkraft; [[eine Kunstfaserjacke wie der Rinnental kommt damit besser klar|Kunstfaser wie im Rinnental verträgt Nässe besser]]. [[Ab Charge ${hash} steht das auch auf dem Etikett.|Darüber gehört eine Regenjacke, z. B. die Schauerpass.]]",
    ],
    "shipping_info": [
        "Lieferzeiten: Deutschland 1–3 Werktage, Österreich 2–4, Schweiz 3–5. Bestellungen bis ${time} verlassen unser Lager in ${ort} noch am selben Tag. Sendungsnummern sehen so aus: ${track}.",
        "[[Wohnst du im Hinterhaus oder im Seitenflügel?|Hinterhaus, Seitenflügel, Gartenhaus?]] Schreib es in die zweite Adresszeile[[ – sonst landet das Paket oft im Vorderhaus.|, sonst klingelt der Bote vorne.|.]] [[Das gilt auch für Wohnungen über Läden.|Torcodes gehören in die Lieferbemerkung.|]]",
        "Weihnachtsversand: bis ${date} bestellen für Lieferung in Deutschland, bis ${date2} für Österreich. Expressversand kostet ${price}.",
        "Wir versenden aus ${ort} mit ${cosur}. [[In die Schweiz übernehmen wir Zoll und Einfuhrumsatzsteuer.|Bei Lieferungen in die Schweiz zahlen wir Zoll und Einfuhrumsatzsteuer.]][[ Inseln: Zuschlag ${price}.|]]",
        "Kostenlose Rücksendung innerhalb von 30 Tagen. Abgabestellen in ${ort} und ${ort2}; das Retourenetikett hat das Format ${rma}.",
    ],
    "company_news": [
        "Talgrat Outdoor arbeitet ab ${month} mit ${cosur} für plastikfreien Versand zusammen. Die neuen Kartons kommen von ${cosur2}.",
        "Unser Lager zieht im ${month} nach ${ort}. Bestellungen können einen Tag länger dauern, während ${co} und ${cosur} die Regale umziehen.",
        "Ab sofort prüfen wir jede Charge Regenjacken bei ${co}. Der aktuelle Prüfbericht ATX-${num}-0412 betrifft ${pg:die/den/das/die} ${prod}.",
        "Danke an ${cosur} und ${cosur2} für die Unterstützung beim Müllsammeln am ${ort}er Höhenweg am ${date}. 140 Säcke kamen zusammen!",
        "Winteröffnungszeiten im Outlet Oberhalden: Mo–Fr 9–18 Uhr, Sa bis ${time}. Das Café betreibt weiterhin ${cosur}.",
    ],
    "order_status": [
        "Hallo,\n\ndeine Bestellung ${order} ist unterwegs! Sendungsnummer: ${track}. Voraussichtliche Zustellung: ${date}.\n\nDein Talgrat-Team",
        "Bestellung ${order}: Zahlung eingegangen (${price}). Artikel: 1 x ${ptitle}, Größe ${size}. Rechnung RE-${num}${num2}.",
        "Deine Rücksendung ${rma} ist eingegangen und geprüft. Die Erstattung von ${price} ist in 5 Werktagen auf deinem Konto.",
        "Update zu ${order}: ein Artikel ist nachbestellt (${sku}), der Rest geht heute raus. Kundennr. ${cust}.",
        "Erinnerung: In deinem Warenkorb ${pg:liegt noch die/liegt noch der/liegt noch das/liegen noch die} ${ptitle}. Der Preis gilt bis ${date}, ${time}.",
    ],
    "catalog_feed": [
        "id\ttitel\tpreis\tgtin\tfarbe\tverfuegbarkeit\n${sku}\t${ptitle}\t${pprice}\t${gtin}\t${colour}\tauf Lager\n${sku2}\t${ptitle2}\t${pprice2}\t${gtin2}\t${colour2}\tvorbestellbar",
        "artikelnr;gtin;preis;aktionspreis;bestand\n${sku};${gtin};${pprice};;${num}\n${sku2};${gtin2};${pprice2};${price};${num2}",
        '<item><g:id>${sku}</g:id><g:title>${ptitle}</g:title><g:gtin>${gtin}</g:gtin><g:price>${pprice}</g:price><g:brand>Talgrat</g:brand></item>',
        '{"artikelnr":"${sku}","gtin":"${gtin}","titel":"${ptitle}","preis":"${pprice}","aktualisiert":"${iso}"}',
    ],
    "stock_report": [
        '{\n  "lager": "${ort}",\n  "erstellt": "${isots}",\n  "artikel": [\n    {"sku": "${sku}", "bestand": ${num}, "reserviert": ${num2}},\n    {"sku": "${sku2}", "bestand": ${num3}, "reserviert": 0}\n  ]\n}',
        "bestand:\n  lager: ${ort}\n  lauf: ${uuid}\n  knapp:\n    - sku: ${sku}\n      menge: ${num}\n    - sku: ${sku2}\n      menge: ${num2}",
        "Wochenbestand ${date}\n${sku}: ${num} Stk.\n${sku2}: ${num2} Stk.\nPaletten unterwegs: ${num3} (Spedition ${cosur})",
        "lager;sku;gtin;menge;inventur\n${ort};${sku};${gtin};${num};${iso}\n${ort};${sku2};${gtin2};${num2};${iso2}",
    ],
    "release_notes": [
        "## ${version} – ${iso}\n- Behoben: Größentabelle überlappt auf kleinen Bildschirmen\n- Neu: Packstation als Lieferoption\n- Geändert: Bestellnummern sehen jetzt so aus: ${order}",
        "Release ${version}\n* Schnellere Produktsuche\n* GTIN-Prüfung im Feed-Export (z. B. ${gtin})\n* Altes Mai-Banner entfernt",
        "### Shop-App ${version}\nCommit ${hash}, ${date}\n- Dunkelmodus\n- Retourenprozess zeigt die Etikettnummer (${rma})\n- Bekannter Fehler: unter iOS 17.2 verdeckt die Tastatur das PLZ-Feld",
        "CHANGELOG\n${version}: Feed-Export um `verfuegbar_ab` ergänzt\n${version2}: Rundungsfehler bei Preisen behoben (${price})\nVeraltet: `/api/v1/bestand` ab ${date}",
    ],
    "schedule_table": [
        "| Datum | Termin | Ort |\n|---|---|---|\n| ${date} | Testtag | ${ort} |\n| ${date2} | Reparatur-Café | ${ort2} |\n| ${date3} | Traillauf | ${ort3} |",
        "| Tag | Öffnungszeiten |\n|---|---|\n| Mo–Fr | 9:00 – 18:00 |\n| Sa | 10:00 – [[14:00|16:00|18:00]] |\n| So | geschlossen |",
        "Tour\tDatum\tStrecke\n${ort}\t${date}\t${num} km\n${ort2}\t${date2}\t${num2} km",
        "| KW | Drop | Produkte |\n|---|---|---|\n| ${num} | Herbst | ${prod}, ${prodb} |\n| ${num2} | Winter | Kaltkar, Wintersteig |",
    ],
}
