"""German templates with personal data (third PII bank). Slots as in pii3_en.py; German person
forms: {p1_hon} Frau/Herr, {p1_herrn} Frau/Herrn, {p1_sg} "Sehr geehrte Frau"/"Sehr geehrter Herr",
{p1_lb} Liebe/Lieber, {p1_er}/{p1_Er}, {p1_ihm}, {p1_ihn}, {p1_sein}, {p1_kunde}, {p1_kollegin} …
Every list is split by position: even indices dev3, odd heldout3.
"""

from pii3_core import rows

LAYOUTS = {}

# ------------------------------------------------------------------------------------------ crm
CRM = [
    """
    Rückruf an {p1} ({co1}) – {p1_er} hat am {date} wegen der Sammelbestellung angerufen. Tel. {tel1}, am besten vormittags. Kundennr. {cust}.
    """,
    """
    Firma: {co1}
    Ansprechpartner: {p1}, {title}
    Tel.: {tel1}
    E-Mail: {p1_wmail}
    Notiz: Angebot über 250 Stück bis KW {kw}. Entscheidung liegt laut {p1_l} bei {p2} (GF).
    """,
    """
    {date} – Telefonat mit {p1_herrn} {p1_l}. Will die Lieferadresse ändern auf {adr1}. Bestellnummer {order}. Erledigt, Bestätigung an {p1_email} raus. – {p2_f}
    """,
    """
    Besuchsbericht {co1}, {adr1_town}
    Teilnehmer: {p1} ({title}), {p3_fi}; von uns {p2_f}
    - Interesse an der Frühjahrskollektion, v. a. Farbe {colour}
    - Musterversand an {adr1}
    - nächster Termin: {date2}
    """,
    """
    Kunde {p1_lf}
    Kundennummer: {cust}
    Adresse: {adr1_ml}
    Mobil: {mob1}
    Bemerkung: zahlt nur per Rechnung, Mahnstufe 1 seit {date}. Laut {p2_l} aus der Buchhaltung kein Inkasso vor Rücksprache.
    """,
    """
    Lead übernommen von {p2} → jetzt bei {p3_f}.
    {p1} hat auf {event} unseren Stand besucht, sucht Werbemittel für ca. 80 Mitarbeitende. Bitte bis {weekday} Kontakt aufnehmen: {p1_wmail} oder {tel1}.
    """,
    """
    Aktivitäten {co1}
    {date}: E-Mail an {p1_wmail} (Angebot {inv})
    {date2}: {p1_l} ruft zurück, Rückfrage zu Staffelpreisen
    heute: {p2_f} hat Preise angepasst, neues Angebot raus
    To do: Nachfassen {weekday}, cc {p3_f}
    """,
    """
    Achtung Dublette: {p1_up} / {p1} – gleiche Anschrift ({adr1}), zwei Kundennummern ({cust}, {cust2}). Bitte zusammenführen. {p2_il}
    """,
    """
    Notiz zum Kontakt: {p1_hon} {p1_tit}{p1} möchte nur schriftlich kontaktiert werden, nicht telefonisch. Post an {adr1}. Eingetragen von {p2_f} am {date}.
    """,
    """
    Firmendaten aktualisiert
    {co1}
    neue Anschrift: {adr1_ml}
    Buchhaltung: {mail1}
    Ansprechpartner{p1_in} Einkauf: {p1} ({tel1})
    USt-IdNr.: {ustid}
    """,
    """
    {p1_flc} ({co1}) hat angerufen wg. Rechnung {inv} – Betrag {amount} stimmt nicht, Rabatt {pct} % fehlt. {p2_f} prüft und meldet sich bis {weekday}.
    """,
    """
    Kundenhistorie {p1}
    • seit {year} {p1_kunde}, ca. 6 Bestellungen/Jahr
    • Reklamation {ticket} (Jacke {colour}) – Gutschrift erteilt
    • Geburtstagsgutschein an {p1_pmail} geschickt
    • Ansprechpartner intern: {p2}
    """,
]

# ------------------------------------------------------------------------------ support_email
SUPPORT = [
    """
    {p1_sg} {p1_l},

    vielen Dank für Ihre Nachricht zu Bestellung {order}. Es tut uns leid, dass das Paket beschädigt angekommen ist. Wir schicken Ihnen kostenlos Ersatz an {adr1}; die beschädigte Ware müssen Sie nicht zurücksenden.

    Mit freundlichen Grüßen
    {p2}
    Kundenservice
    """,
    """
    Hallo {p1_f},

    danke für deine Mail! Deine Retoure ({ticket}) ist am {date} bei uns eingegangen. Den Betrag von {amount} haben wir auf deine Karte mit der Endung {lastfour} zurückgebucht.

    Viele Grüße
    {p2_f} vom {shop}-Team
    """,
    """
    Guten Tag,

    ich habe am {date} den {product} bestellt (Bestellnr. {order}), bisher ist nichts angekommen. Die Sendungsnummer {track} zeigt seit einer Woche keinen neuen Status. Meine Anschrift:

    {p1}
    {adr1_ml}

    Für Rückfragen bin ich unter {mob1} erreichbar.

    Mit freundlichen Grüßen
    {p1}
    """,
    """
    Betreff: Falsche Größe geliefert

    Hallo zusammen, statt Größe {size} kam eine andere. Kann ich umtauschen? Ich bin bis {date} verreist, bitte die Ersatzlieferung an meine Firmenadresse: {co1}, z. Hd. {p1_herrn} {p1_l}, {adr1}.

    Danke und Gruß
    {p1_f}
    """,
    """
    Sehr geehrte Damen und Herren,

    bitte ändern Sie meine Lieferanschrift.
    Alt: {adr1}
    Neu: {adr2}
    Kundennummer: {cust}

    Mit freundlichen Grüßen
    {p1_tit}{p1}
    """,
    """
    {p1_lb} {p1_f},

    ich bin {p2_f} und kümmere mich ab jetzt um dein Anliegen, weil {p3_f} im Urlaub ist. Für die Erstattung haben wir noch die IBAN {iban1} aus deiner letzten Retoure. Passt die noch?

    Liebe Grüße
    {p2}
    """,
    """
    {p1_sg} {p1_tit}{p1_l},

    es tut uns leid, dass die Lampe nach {qty} Tagen defekt ist. Bitte senden Sie sie mit dem beiliegenden Retourenschein zurück; unser{p2_e} Techniker{p2_in} {p2_il} sieht sie sich an. Telefonisch erreichen Sie {p2_ihn} direkt unter {tel2}.

    Freundliche Grüße
    Ihr {shop}-Team
    """,
    """
    hallo, ich hab schon 2x geschrieben wegen der Reklamation {ticket}, keiner ruft zurück. Bin ganztags unter {mob1} erreichbar oder per Mail {p1_pmail}.
    {p1_l}
    """,
    """
    Guten Tag,

    ich schreibe für meine{p2_n} {p2_mutter} {p2}, {p2_der} die Bestellung {order} aufgegeben hat. {p2_Er} hat keine E-Mail-Adresse – bitte schicken Sie die Rechnung an mich ({p1_pmail}) oder per Post an {p2_ihn}: {adr1}.

    Vielen Dank
    {p1}
    """,
    """
    Hallo {p1_hon} {p1_l},

    gute Nachrichten: Die Farbe {colour} ist wieder da. Wir haben ein Stück für Sie reserviert und verschicken es heute mit DHL (Sendungsnr. {track}) an:

    {p1}
    {adr1_ml}

    Beste Grüße
    {p2_f} | {shop}
    """,
    """
    Sehr geehrte Damen und Herren,

    am {date} habe ich die Bestellung {order} telefonisch storniert (Gespräch mit {p2_herrn} {p2_l}), trotzdem wurden mir {amount} abgebucht. Bitte erstatten Sie den Betrag auf meine Kreditkarte {card1}.

    Mit freundlichen Grüßen
    {p1_up}
    """,
    """
    {p1_sg} {p1_l},

    wie heute Vormittag mit {p2_mitkoll} {p2_l} besprochen, holen wir das Sofa am {weekday} zwischen 8 und 13 Uhr bei Ihnen ab ({adr1}). Der Fahrer ruft Sie ca. 30 Minuten vorher unter {tel1} an.

    Mit freundlichen Grüßen
    {p3}
    Retourenabteilung
    """,
]

# ---------------------------------------------------------------------------------- lead_list
def lead_a(c):
    return "Kontakte von {event} – bitte bis Freitag qualifizieren\n\n" + rows(c, "{p§_lf} – {co§} – {p§_wmail}", 3, 7)


def lead_b(c):
    return "Vorname\tNachname\tFirma\tE-Mail\tTelefon\n" + rows(c, "{p§_f}\t{p§_l}\t{co§}\t{p§_wmail}\t{tel§}", 3, 6)


def lead_c(c):
    return "Shortlist Mailing {month}:\n" + rows(c, "- {p§} ({title§}, {co§}) · {tel§}", 3, 6)


def lead_d(c):
    return "HEISSE LEADS KW {kw}\n" + rows(c, "{co§} – {p§}, will Demo. {p§_wmail}", 2, 5)


def lead_e(c):
    return "| Name | Firma | Telefon | PLZ |\n|---|---|---|---|\n" + rows(c, "| {p§} | {co§} | {tel§} | {adr§_pc} |", 3, 6)


def lead_f(c):
    return '"Name";"Firma";"E-Mail";"Ort"\n' + rows(c, '"{p§_lf}";"{co§}";"{p§_wmail}";"{adr§_town}"', 3, 6)


def lead_g(c):
    return "Anmeldungen Webinar ({date}):\n" + rows(c, "{p§_wmail} – {p§} – {co§}", 3, 7)


def lead_h(c):
    return "Telefonliste {weekday}\n" + rows(c, "{tel§}   {p§_lup}   {co§}   Rückruf ab {time§}", 3, 5)


def lead_i(c):
    return "Empfehlungen von {p1}:\n" + rows(c, "• {p§} bei {co§} – {p§_email}", 2, 4, start=2) + "\n{p1_l} sagt, wir dürfen uns auf {p1_ihn} berufen."


def lead_j(c):
    return "Leads (Export {date})\nKontakt;Position;Firma;Mobil\n" + rows(c, "{p§};{title§};{co§};{mob§}", 3, 6)


LEADS = [lead_a, lead_b, lead_c, lead_d, lead_e, lead_f, lead_g, lead_h, lead_i, lead_j]

# -------------------------------------------------------------------------------- testimonial
TESTIMONIAL = [
    """
    „Schnelle Lieferung, der Hoodie passt perfekt. Hab mir gleich noch einen in {colour} bestellt.“
    – {p1_fi}, {adr1_town}
    """,
    """
    Das sagen unsere Kund:innen

    „Wir statten seit letztem Jahr das ganze Team mit {shop} aus – nie wieder anders.“ — {p1}, {title} bei {co1}

    „Top Qualität und super nette Leute am Telefon.“ — {p2}, {co2}
    """,
    """
    ★★★★★ „Den {product} als Geschenk gekauft, wunderschön verpackt, am nächsten Tag da.“ — {p1_f}, verifizierter Kauf
    """,
    """
    „Ich war skeptisch, eine Matratze online zu kaufen, aber {p2_f} aus dem Service hat mich super beraten.“ {p1_tit}{p1}, {adr1_town}
    """,
    """
    Referenz: {co1}

    {co1} verschickt rund 2.000 Pakete im Monat. „Früher haben wir zwei Tage pro Woche mit Verpackung verbracht“, sagt {p1}, verantwortlich für die Logistik. „Heute sind es zwei Stunden.“ {p1_l} hat die Umstellung zusammen mit {p2} in vier Wochen geschafft.
    """,
    """
    Aus dem Gästebuch:
    „Toller Laden, tolle Menschen. Danke, {p2_f}!“ – {p1} mit Familie
    """,
    """
    Freigegebene Kundenstimmen ({date}):
    1. „Service von A bis Z klasse.“ – {p1_fi}
    2. „Die Farbe {colour} ist in echt noch schöner.“ – {p2_fi}
    3. „Zweite Bestellung, wieder begeistert.“ – {p3}, {adr3_town}
    """,
    """
    „{shop} hat uns geholfen, drei Büros in sechs Wochen einzurichten. {p2_f} und das Team waren immer erreichbar.“
    {p1_up}
    {title}, {co1}
    """,
    """
    Zitat für die Landingpage (aus der Mail von {p1}, Freigabe am {date}):
    „Ehrlich der beste Kundenservice, den ich je bei einem Onlineshop hatte.“
    """,
    """
    Eure Worte diesen Monat 💛
    „Im Schnee geliefert, der Fahrer war ein Schatz“ – {p1_f} aus {adr1_town}
    „Perfektes Geschenk für meinen Papa“ – {p2_fi}
    """,
]

# ---------------------------------------------------------------------------------- signature
SIGNATURE = [
    """
    Mit freundlichen Grüßen

    {p1}
    {title}

    {co1}
    {adr1_ml}
    Tel. {tel1}
    Mobil {mob1}
    {p1_wmail}

    Geschäftsführer: {p2} | Amtsgericht {town}, {hrb} | USt-IdNr. {ustid}
    """,
    """
    --
    {p1_up}
    {title} | {co1}
    M {mob1}
    E {p1_wmail}
    """,
    """
    Viele Grüße
    {p1_f}

    {p1} · {title}
    {co1} · {adr1}
    Telefon {tel1}
    """,
    """
    Beste Grüße aus {adr1_town}
    {p1_hon} {p1_tit}{p1}

    {co1}
    Sitz der Gesellschaft: {adr1}
    Registergericht: Amtsgericht {town}, {hrb}
    Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender.
    """,
    """
    LG
    {p1_f}
    --
    {p1} | {co1}
    Büro: {tel1} / mobil: {mob1}
    Ich arbeite Mo–Do; Antworten freitags können dauern.
    """,
    """
    i. A. {p1}
    {title}

    {co1}
    {adr1}
    Tel.: {tel1}
    Fax: {tel2}
    E-Mail: {p1_wmail}
    Allgemeine Anfragen: {mail1}
    """,
    """
    Herzliche Grüße
    {p1} ({p1_pron})
    {title}, {co1}
    Durchwahl: {tel1}
    """,
    """
    Freundliche Grüße

    {p1_lup}
    {co1}
    {adr1_ml}
    {adr1_country}
    Tel. {tel1}
    """,
    """
    Gruß
    {p1_il}
    Kreditorenbuchhaltung
    {co1}
    {mail1} | {tel1}
    Steuernummer {stnr}
    """,
    """
    Von meinem iPhone gesendet

    {p1}
    {mob1}
    """,
]

# --------------------------------------------------------------------------------------- chat
CHAT = [
    """
    [09:14] {p1_flc}: moin! sind die muster raus?
    [09:15] {p2_flc}: jo, dhl {track}
    [09:15] {p1_flc}: 👍 kannst du {p3_f} bei der rechnung in cc setzen
    [09:16] {p2_flc}: mach ich
    """,
    """
    hab mit {p1_flc} wegen der erstattung gesprochen, {p1_er} nimmt auch einen gutschein. kann jemand das ticket updaten? bin bis {weekday} weg
    """,
    """
    {date}, 14:02 - {p1}: Hallo, gibt es den {product} noch in {colour}?
    {date}, 14:05 - {shop}: Hallo {p1_f}! Ja, noch 3 Stück. Sollen wir eins zurücklegen?
    {date}, 14:06 - {p1}: Ja gerne, ich hole es morgen ab. Falls was ist: {mob1}
    """,
    """
    @{p1_flc} kannst du bei {p2_l} wegen der Nachbestellung {colour} nachhaken? Mengen fehlen noch
    """,
    """
    Besucher: hallo, meine bestellung {order} wurde doppelt abgebucht
    Agent ({p2_f}): Hallo, hier ist {p2_f}. Das tut mir leid! Auf welchen Namen lief die Bestellung?
    Besucher: {p1}
    Besucher: karte ist {card1} falls das hilft
    Agent ({p2_f}): Danke, {p1_f} – bitte keine Kartennummern im Chat teilen, ich lasse die Nachricht löschen. Ich sehe beide Abbuchungen und erstatte eine sofort.
    """,
    """
    {p1_f} [11:02]
    hat jemand was von {p2} ({co1}) gehört?
    {p3_f} [11:04]
    {p2_f} hat mir gestern geschrieben, die wollen die Lieferung an {adr2_st} haben
    {p1_f} [11:05]
    ok danke, ich änder das
    """,
    """
    {p1_flc}: der fahrer sagt, bei {adr1} war keiner da
    {p2_flc}: nachbarn probiert?
    {p1_flc}: anscheinend nicht. kunde ist {p3_lc}, nummer in der bestellung: {tel3}
    {p2_flc}: ich ruf an
    """,
    """
    Teams – #versand
    {p1} 08:51
    Zur Info: {p2_f} macht diese Woche die Retouren, {p3_f} ist krank.
    {p2} 08:53
    👍 @{p1_f} leitest du mir die Mails zu {co1} weiter?
    """,
    """
    [Chatprotokoll – {date}]
    Sie chatten jetzt mit {p2_f}.
    {p2_f}: Hallo! Wie kann ich helfen?
    Kunde: hi, kann ich die lieferadresse ändern? soll an {adr1} gehen, nicht an die alte wohnung
    {p2_f}: Klar, auf welchen Namen läuft die Bestellung?
    Kunde: {p1_lc}
    {p2_f}: Erledigt ✅
    """,
    """
    haha {p1_flc} meint der {product} war in 3 stunden ausverkauft
    frag mal {p2_flc} ob {co1} vor {month} nachliefern kann
    """,
    """
    {p1_flc}: du, brauchst du für die rechnung meine steuer-id?
    {p2_flc}: ja bitte, die buchhaltung will die
    {p1_flc}: {taxid1}
    {p2_flc}: danke! iban ist noch die mit endung {lastfour}?
    {p1_flc}: jep
    """,
    """
    Kunde: zahlung klappt nicht
    Kunde: {card1} 10/27
    Bot: Bitte teile niemals Kartendaten im Chat. Ein Teammitglied meldet sich.
    {p2_f} (Support): Hallo {p1_f}, ich habe die Kartennummer aus dem Chat entfernt. Versuch es bitte noch mal über den Zahlungslink, den ich an {p1_pmail} geschickt habe.
    """,
]

# ---------------------------------------------------------------------------------- call_note
CALL = [
    """
    Telefonat mit {p1} ({tel1}) – 12 Min.
    - möchte Zahlungsziel 60 Tage
    - letzte Lieferung: 2 Kartons zu wenig
    - schickt Lieferschein an {p2_f}
    Rückruf bis {date} zugesagt.
    """,
    """
    AB {date} {time}: {p1_hon} {p1_l} von {co1} bittet um Rückruf unter {tel1} wegen Rechnung {inv}. Dringend.
    """,
    """
    Rückrufbitte
    Name: {p1}
    Telefon: {mob1}
    Erreichbar: ab {time}
    Anliegen: Bestellung {order} – Artikel {art} (GTIN {gtin}) fehlt
    Notiert von: {p2_f}
    """,
    """
    Anrufliste {date}
    09:40 ein  {tel1}  {p1} – Bestandsfrage, erledigt
    10:12 aus  {tel2}  {p2} – AB besprochen
    11:05 ein  {tel3}  {p3_hon} {p3_l} – Reklamation, an {p4_f} übergeben
    """,
    """
    Gespräch mit {p1_f}, {p1_dem} {p1_tochter} von {p2}: {p2_der} {p2_mutter} hat den Sessel bestellt, schafft aber die Treppe {adrde1_in}{adrde1_st} nicht. Lieferung ins EG nebenan möglich? Zugesagt. Rückrufnummer {mob1}.
    """,
    """
    Eingehender Anruf, {p1_kunde} {p1}. Hat die Kartennummer {card1} vorgelesen, bevor ich unterbrechen konnte – Zahlung übers Terminal gebucht, Notiz aus dem Auftrag gelöscht. Erinnerung ans Team: keine Kartennummern in Notizen!
    """,
    """
    Gesprächsnotiz
    Teilnehmer: {p1} ({co1}), {p2_fi} (wir)
    - {p1_l} bestätigt Abnahmemenge für {month}
    - neue Lieferadresse ab nächsten Monat: {adr1}
    - Rechnungen künftig an {mail1}
    """,
    """
    verpasster Anruf von {tel1} um {time}, keine Nachricht. Zurückgerufen – war {p1} wegen dem {product}. {p1_Er} kommt {weekday} in den Laden.
    """,
    """
    {time} – {p1} hat im Laden angerufen. Will ein Geschenk ohne Kassenbon umtauschen. Hab gesagt, wir finden den Kauf über die Mailadresse {p2_pmail}. Umtausch erledigt, Auftrag {order}.
    """,
    """
    Transkript (automatisch):
    AGENT: {shop} Kundenservice, Sie sprechen mit {p2_f}.
    ANRUFER: Ja hallo, hier ist {p1}, es geht um eine Lieferung an {adr1}.
    AGENT: Moment, ich schau nach. Können Sie mir die Postleitzahl bestätigen?
    ANRUFER: {adr1_pc}.
    """,
    """
    Rückruf an {p1}, Tel. {tel1} – nicht an {p2_f}, {p2_der} hat das Gespräch nur angenommen. Thema: Sammelrechnung {inv}, Betrag {amount}. Vorgangsnummer {ticket}.
    """,
    """
    Notiz Hotline {date}
    Anrufer{p1_in} gab sich als {p1} aus, konnte aber Geburtsdatum und Kundennummer nicht nennen. Keine Auskunft erteilt. Echte Rufnummer laut System: {tel1}. Info an {p2_l} (Datenschutz).
    """,
    """
    Lohnbuchhaltung Hotline – {date}
    Anrufer{p1_in}: {p1} (Lager Hamburg)
    Anliegen: falsche Steuerklasse auf der letzten Abrechnung. Steuer-ID {taxid1} zur Prüfung genannt, stimmt mit Personalakte überein.
    Erledigung: {p2_f} korrigiert zum nächsten Lauf.
    """,
    """
    Telefonische Bestellung, aufgenommen von {p2_f}
    {p1_kunde}: {p1}, {tel1}
    Artikel: {product} × {pcs}
    Karte: {card1} – direkt ins Terminal eingegeben, nicht gespeichert
    Lieferung an: {adr1}
    """,
]

# ------------------------------------------------------------------------------------ minutes
def minutes_a(c):
    return """
    Protokoll Teamrunde Versand – {date}
    Anwesend: {p1}, {p2}, {p3_fi} (Gast, {co3})
    Entschuldigt: {p4}

    TOP 1 Retourenstau – {p2_f} arbeitet bis {date2} ab.
    TOP 2 Neuer Verpackungslieferant: {p3_l} schickt Muster.
    TOP 3 Verschiedenes: {p1_f} ab {month} im Urlaub, Vertretung {p4_f}.
    """


def minutes_b(c):
    return "Protokoll Marketing-Jour-fixe\nTeilnehmende: " + rows(c, "{p§}", 3, 5, sep=", ") + """

    Beschlüsse
    - Herbstkampagne in {colour}
    - Shooting im Studio {adr9}
    Aufgaben
    - {p1_fi}: Briefing Fotograf
    - {p2_fi}: Models buchen bis {date}
    """


def minutes_c(c):
    return """
    ERGEBNISPROTOKOLL
    Datum: {date}   Ort: {room}
    Leitung: {p1}
    Protokoll: {p2}

    TOP 1 Zahlen Q3
    {p1_l} stellt Umsatz vor ({amount}); {p3} fragt nach der Retourenquote.
    TOP 2 Lagerumzug
    Mietvertrag für {adr1} unterschrieben. {p4} koordiniert den Umzug mit {co1}.
    """


def minutes_d(c):
    return """
    Gesellschafterversammlung {date}
    Anwesend: {p1_lf}; {p2_lf}; {p3_lf}
    {p1_f} eröffnet um {time}. {p2_l} berichtet, dass Lieferantenzahlungen ab nächsten Monat über das Konto {iban1} laufen. Einstimmig angenommen.
    """


def minutes_e(c):
    return "Retro Sprint {kw}\nDabei: " + rows(c, "{p§_flc}", 3, 6, sep=", ") + """
    gut: Checkout-Fix live
    schlecht: Staging zweimal down (Platte auf {ip1} voll)
    Maßnahme: {p1_flc} + {p2_flc} schauen sich das Monitoring an
    """


def minutes_f(c):
    return """
    Protokoll Eigentümerversammlung, {date}
    Anwesend: {p1} (Vorsitz), {p2}, {p3}, {p4}
    1. {p2_l} meldet: Haustür {adr1_st} schließt immer noch nicht.
    2. Ansprechpartner Gartenplan: {p3_f}, {mob3}.
    Nächste Versammlung: {date2}.
    """


def minutes_g(c):
    return """
    Lieferantengespräch {co1}
    Wir: {p1}, {p2_f}   Lieferant: {p3}, {p4}
    • {p3_f} bestätigt Lieferzeit wieder 3 Wochen
    • {p4_l} schickt neue Preisliste an {p1_wmail}
    • nächstes Gespräch im {month}
    """


def minutes_h(c):
    return "Teilnahmeliste Schulung {date}\n" + rows(c, "[x] {p§}", 3, 6) + "\n[ ] {p8} (krank)\nReferent{p9_in}: {p9}"


def minutes_i(c):
    return """
    Kick-off neue Website
    Teilnehmende: {p1} (Agentur), {p2}, {p3}
    Notizen: {p1_f} teilt die Sitemap, {p2_f} verantwortet die Texte. Ansprechpartner Abrechnung bei der Agentur: {p4}, {p4_wmail}, {tel4}.
    """


def minutes_j(c):
    return """
    Notizen zum Call mit {co1} ({date})
    {p1}, {p2} und ich
    Die eröffnen eine zweite Filiale {adrde1_in}{adrde1}. {p1_l} fragt, ob wir die Schaufensterdeko liefern. {p2_f} schickt Grundrisse.
    """


MINUTES = [minutes_a, minutes_b, minutes_c, minutes_d, minutes_e, minutes_f, minutes_g, minutes_h, minutes_i, minutes_j]

# ----------------------------------------------------------------------------------- delivery
DELIVERY = [
    """
    Lieferung an: {p1}
    {adr1_ml}
    Tel.: {mob1}
    Hinweis: 2x klingeln, Seitentor ist offen. Wenn niemand da ist, bei {p2_l} (Hausnr. {qty}) abgeben.
    """,
    """
    Lieferhinweis: Paket bitte in die grüne Tonne neben der Haustür legen. NICHT beim Nachbarn abgeben. Bei Problemen {p1_f} anrufen: {mob1}.
    """,
    """
    LIEFERANSCHRIFT
    {p1_up}
    {adr1_ml}
    {adr1_country}
    Auftrag {order} · {pcs} Packstück(e) · {weight}
    """,
    """
    Fahrerhinweis: Torcode {pin}. {p1_kunde} {p1} arbeitet nachts – bitte erst nach 14 Uhr liefern. Alternativ Empfang {co1}, {adr2}.
    """,
    """
    Abholstation geändert für Auftrag {order}. Empfänger: {p1_lf}. Neue Adresse: {adr1}. Tel. Empfänger {tel1}.
    """,
    """
    Hallo, das ist ein Geburtstagsgeschenk für {p2} – bitte vor {time} nicht klingeln! Adresse: {adr1}. Lieber mich anrufen ({p1}, {mob1}). Danke!!
    """,
    """
    Tour {weekday}
    Stopp 1 – {p1}, {adr1} – 2 Kartons
    Stopp 2 – {co2}, {adr2} – Palette, nach {p2_f} fragen
    Stopp 3 – {p3}, {adr3} – {pcs} Pakete, zerbrechlich
    """,
    """
    Kundenkommentar im Checkout: „Wohnung im 4. OG, kein Aufzug. Auf der Klingel steht {p1_l}.“
    Adresse: {adr1}
    """,
    """
    c/o {p2}
    {adr1_ml}
    z. Hd. {p1}
    Bei Abwesenheit bitte in den Schuppen.
    """,
    """
    Zustellung gescheitert – zweiter Versuch am {date}.
    Name: {p1}  Tel.: {tel1}
    Grund: Empfänger nicht angetroffen ({adr1_st})
    Abstellgenehmigung von {p1_f}: Garage (Code {pin}).
    """,
    """
    Sendung {track}
    Empfänger: {p1_hon} {p1}, {adr1}
    Wunschtag: {weekday}
    Wunschnachbar: {p2_hon} {p2_l}, Erdgeschoss links
    """,
]

# --------------------------------------------------------------------------------- guest_list
def guests_a(c):
    return "Gästeliste Eröffnung {date}\n" + rows(c, "{p§} (+1)", 4, 7) + "\nPresse: {p9}, {co9}"


def guests_b(c):
    return "Name\tFirma\tEssen\tZusage\n" + rows(c, "{p§}\t{co§}\t{diet§}\tja", 3, 6)


def guests_c(c):
    return "Tischplan\nTisch 1: " + rows(c, "{p§_lf}", 2, 4, sep="; ") + "\nTisch 2: " + rows(c, "{p§_lf}", 2, 4, start=5, sep="; ")


def guests_d(c):
    return "Zusagen bisher:\n" + rows(c, "✔ {p§_fi}", 3, 6) + "\n✘ {p9} (kann nicht)\nOffen: {p10_f} und {p11_f}."


def guests_e(c):
    return "VIP-Liste Ladeneröffnung\n" + rows(c, "{p§_up} · {title§} · {co§}", 3, 5) + "\nEinlass: nach {p8_f} fragen ({mob8})"


def guests_f(c):
    return "Workshop {date} – Anmeldungen\n" + rows(c, "{p§} <{p§_pmail}>", 3, 6)


def guests_g(c):
    return "Weihnachtsfeier – finale Zahlen\n" + rows(c, "{p§} – vegetarisch", 2, 3) + "\n" + rows(c, "{p§} – keine Einschränkungen", 2, 4, start=5)


def guests_h(c):
    return "Nachname;Vorname;Ticket;E-Mail\n" + rows(c, "{p§_l};{p§_f};{ref§};{p§_email}", 3, 6)


def guests_i(c):
    return "Podium: {p1} ({co1}), {p2} ({co2})\nModeration: {p3}\nEinlass: " + rows(c, "{p§_f}", 2, 3, start=4, sep=", ")


def guests_j(c):
    return "JGA-Wochenende 🥂\n" + rows(c, "{p§_flc} – bezahlt", 3, 5) + "\n{p9_flc} – schuldet noch {amount}"


GUESTS = [guests_a, guests_b, guests_c, guests_d, guests_e, guests_f, guests_g, guests_h, guests_i, guests_j]

# ---------------------------------------------------------------------------------- hr_roster
def hr_a(c):
    return "Dienstplan KW {kw}\nName\tFunktion\tSchicht\tMobil\n" + rows(c, "{p§}\t{title§}\t{shift§}\t{mob§}", 3, 6)


def hr_b(c):
    return """
    Personalbogen
    Name: {p1}
    Geburtsdatum: {dob}
    Anschrift: {adrde1}
    Telefon: {mob1}
    Steuer-ID: {taxid1}
    Steuerklasse: 1
    IBAN: {ibande1}
    Krankenkasse: AOK
    Notfallkontakt: {p2}, {mob2}
    """


def hr_c(c):
    return """
    Lohnabrechnung – Stammdatenänderung
    Mitarbeiter{p1_in}: {p1_lf}, Personalnr. {cust}
    Neue Adresse: {adrde1_ml}
    Neue Bankverbindung: {iban1}
    Steueridentifikationsnummer: {taxid1}
    Bearbeitet von {p2_il}, {date}
    """


def hr_d(c):
    n = c.rng.randint(3, 5)
    return "Urlaubsvertretung {month}\n" + "\n".join(f"{{p{i}}} → Vertretung {{p{i + 10}_f}}" for i in range(1, n + 1))


def hr_e(c):
    return """
    Mitarbeiterverzeichnis Kundenservice
    {p1} (Teamleitung) – {p1_wmail}
    {p2} – {p2_wmail}
    {p3} – {p3_wmail}
    {p4_f} (Teilzeit, Di/Do)
    """


def hr_f(c):
    return """
    Austrittscheckliste – {p1}
    Letzter Arbeitstag: {date}
    Laptop an {p2_f} zurück
    Anschrift für Arbeitspapiere: {adr1}
    Restgehalt auf: {iban1}
    Austrittsgespräch mit {p3} erledigt.
    """


def hr_g(c):
    return "Mitarbeiter\tPersonalnr.\tAbteilung\tSteuer-ID\n" + rows(c, "{p§_lf}\t{cust§}\t{abt§}\t{taxid§}", 2, 5)


def hr_h(c):
    return """
    Krankmeldungen
    {date} – {p1_f} (Lager), hat angerufen, ab {weekday} wieder da
    {date2} – {p2}, AU liegt vor
    Eingetragen: {p3_il}
    """


def hr_i(c):
    return """
    Referenzauskunft
    Bewerber{p1_in}: {p1}
    Früherer Arbeitgeber: {co1}
    Auskunft von: {p2}, {title}, {p2_wmail}, {tel2}
    {p2_hon} {p2_l} bestätigt die Beschäftigungszeit und sagt, {p1_f} sei „zuverlässig und super im Umgang mit Kunden“.
    """


def hr_j(c):
    return "Rufbereitschaft IT\n" + rows(c, "{date§}: {p§} ({mob§})", 3, 5) + "\nEskalation: {p9}"


def hr_k(c):
    return """
    Minijob-Anmeldung
    {p1}, geb. {dob}
    {adr1}
    Steuer-IdNr. {taxid1}
    Rentenversicherungsnr. {cust}
    Lohn auf {iban1}
    """


def hr_l(c):
    return "Schichttausch {date}: {p1_f} übernimmt die Spätschicht von {p2}; {p2_f} dafür {weekday} früh. Abgezeichnet {p3_il}."


HR = [hr_a, hr_b, hr_c, hr_g, hr_e, hr_f, hr_d, hr_h, hr_i, hr_j, hr_k, hr_l]

# ------------------------------------------------------------------------------------- review
REVIEW = [
    """
    ★★★★☆ Schöne Farbe, fällt klein aus
    Der Pullover in {colour} ist toll, aber eine Nummer größer bestellen. Umtausch war easy.
    {p1_fi} · {adr1_town} · {date}
    """,
    """
    Tolles Teil, schlechter Paketdienst
    Der {product} ist klasse. Der Bote hat ihn allerdings im Regen abgestellt.
    Bewertet von {p1} am {date} – Verifizierter Kauf

    Antwort von {shop}:
    Hallo {p1_f}, das mit dem nassen Karton tut uns leid! Wir haben es weitergegeben. – {p2_f}
    """,
    """
    5 Sterne – {p1_f} aus {adr1_town}
    „Sonntag bestellt, Dienstag da. Genau wie auf den Bildern.“
    """,
    """
    {p1}
    ★★☆☆☆
    Zweite Bestellung, bei der etwas fehlte. Der Service ({p2_f}) hat es gelöst, sollte aber nicht zweimal passieren.
    Hilfreich? 12 · Melden
    """,
    """
    Google-Rezension · {p1} · Local Guide · 43 Rezensionen
    ★★★★★ {date}
    Freundliches Personal, vor allem {p2_f}, {p2_der} mir bei der Größe geholfen hat. Parken {adrde1_in}{adrde1_st} ist allerdings schwierig.
    Antwort des Inhabers: Danke, {p1_f}! Wir richten es {p2_f} aus 😊
    """,
    """
    Bewertung zum {product}
    Bequem, warm, gut verarbeitet. {p2_Meinmann} {p2_f} hat ihn mir schon geklaut.
    – {p1_lc}
    """,
    """
    Trustpilot
    {p1_up}
    DE · 3 Bewertungen
    1 von 5 Sternen
    Warte immer noch auf meine Erstattung von {amount}, Bestellung {order}. Mails an {mail1} bleiben unbeantwortet.
    """,
    """
    „Macht, was es soll. Gleich zwei gekauft.“
    {p1_fi} – verifizierter Kauf, {date}
    „Etwas teuer, aber tolle Qualität.“
    {p2_fi} – verifizierter Kauf, {date2}
    """,
    """
    Antwort auf die Bewertung von {p1}:
    {p1_lb} {p1_f}, danke für dein Feedback. Es tut mir leid, dass der Tisch mit einem Kratzer ankam. Ich habe dir an {p1_pmail} geschrieben, damit wir ein Ersatzbein schicken können.
    {p2}, Leitung Kundenservice
    """,
    """
    ⭐⭐⭐⭐⭐ „Bester Service überhaupt – {p2} hat alles möglich gemacht, damit meine Bestellung vor der Hochzeit ankommt.“
    Verfasst von {p1}
    """,
]

# ------------------------------------------------------------------------------------- social
SOCIAL = [
    """
    {p1}: Warte seit 3 Wochen auf meine Bestellung 😤
    {shop}: Hallo {p1_f}, das tut uns wirklich leid! Schick uns bitte per DM deine Bestellnummer, wir kümmern uns sofort. ^{p2_f}
    """,
    """
    Antwort an {p1_f}: Danke für das schöne Foto! Dürfen wir es auf unserer Seite teilen? 💚
    """,
    """
    {p1} hat kommentiert: „Kommt die Farbe {colour} wieder?? @{p2_f} guck mal“
    """,
    """
    Kommentare (4)
    {p1}: brauch ich in XL
    {p2}: ich auch!!
    {shop}: {p1_f} {p2_f} – Nachschub kommt am {date} 🙌
    {p3_lc}: bestellt, danke
    """,
    """
    Instagram-DM von {p1}:
    „hi! hab euer gewinnspiel gewonnen 🎉 meine adresse ist {adr1}, handy {mob1} lg“
    """,
    """
    LinkedIn-Kommentar von {p1} ({title} bei {co1}):
    Herzlichen Glückwunsch an {p2} und das ganze {shop}-Team zum neuen Lager!
    """,
    """
    Facebook-Bewertung: {p1} empfiehlt {shop}.
    „Backform für {p2_f} bestellt (Geburtstag!), kam wunderschön verpackt.“
    """,
    """
    Antwort von {shop}: Hallo {p1_f}, das klingt gar nicht gut. Schreib bitte mit Foto an {mail1}, dann lösen wir das. {p2_f}
    """,
    """
    YouTube · {p1} · vor 2 Tagen
    {p2_Meinmann} {p2} hat so einen in den 90ern gekauft, läuft heute noch 😂
    ↳ {shop}: Großartig, {p1_f}!
    """,
    """
    Thread von {p1}:
    1/ Am {date} bei {shop} bestellt. Paket ging an meine alte Wohnung {adrde1_in}{adrde1_st}.
    2/ Support ({p2_f}) hat es in einer Stunde umgeleitet. Gute Leute.
    """,
]

# ------------------------------------------------------------------------------------ invoice
INVOICE = [
    """
    RECHNUNG {inv}
    Rechnungsdatum: {date}
    Kundennummer: {cust}

    {p1}
    {adr1_ml}

    Pos. 1  {product}  Art.-Nr. {art}  {amount}
    Versand 4,90 €
    Zahlbar innerhalb von 14 Tagen ohne Abzug auf IBAN {ibande1}, Verwendungszweck {inv}.
    USt-IdNr. {ustid}
    """,
    """
    {co1} · {adr1}

    {co2}
    z. Hd. {p2_herrn} {p2}
    {adr2_ml}

    Rechnung Nr. {inv} vom {date}
    Bei Fragen: {p3}, {p3_wmail}
    """,
    """
    Honorarrechnung
    {p1}
    {adrde1}
    Steuer-ID: {taxid1}
    Steuernummer: {stnr}

    An: {co2}
    Leistung: Texterstellung {month} ({qty} Stunden)
    Gesamt: {amount}
    Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.
    Bankverbindung: {iban1}, BIC {bic}
    """,
    """
    KASSENBELEG
    Kunde: {p1_lf}
    Lieferung an: {adr1}
    Bezahlt mit: Visa {maskcard}
    Bon {order} – {date}
    """,
    """
    PROFORMA-RECHNUNG
    Kunde: {co1}
    Ansprechpartner: {p1}, {tel1}
    Lieferanschrift: {adr1_ml}
    Rechnungsanschrift: {adr2_ml}
    Netto {amount} · zahlbar binnen 14 Tagen an {iban1}
    """,
    """
    Gutschrift {inv}
    zu Rechnung {inv2}
    {p1_herrn} {p1}
    {adr1}
    Grund: Rücksendung {product}. Erstattung auf Karte {maskcard} innerhalb von 5 Tagen.
    Erstellt von {p2_il}
    """,
    """
    {co1}
    Inh. {p1}
    {adr1}
    Tel. {tel1}
    Steuernr. {stnr}

    Rechnung {inv} · Leistungsdatum {date}
    Betrag {amount} – Bankverbindung: {iban1}
    """,
    """
    Kontoauszug Debitor – {co1}
    zu Händen {p1} (Buchhaltung)
    Offen: {inv} ({amount}), {inv2}
    Zahlung an {co2}, {adr2}. IBAN {iban2}.
    Gläubiger-ID {sepaid}
    """,
    """
    Rechnung
    {p1} · Fotografie
    {adr1}
    {mob1} · {p1_pmail}

    Kunde: {co2}
    Shooting {date}, Nutzungsrechte 12 Monate
    Rechnungsbetrag {amount}
    Bitte überweisen auf {iban1}.
    """,
    """
    Rechnungskorrektur
    Rechnungsempfänger bisher: {p1}, {adr1}
    neu: {co1}, z. Hd. {p1_herrn} {p1_l}, {adr2}
    Auftragsnr. {order}, GTIN {gtin}
    """,
    """
    RECHNUNG {inv}
    {p1} – Übersetzungen
    {adr1}
    Steuer-ID {taxid1}

    An: {co2}, z. Hd. {p2_herrn} {p2_l}
    Übersetzung Katalog, {qty} Seiten – {amount}
    Kein Ausweis der Umsatzsteuer (§ 19 UStG).
    Bankverbindung: {ibande1}
    """,
    """
    Rechnung Nr. {inv}
    Leistungserbringer: {p1}, {adr1}
    Steuerliche Identifikationsnummer: {taxid1}
    Leistungsempfänger: {co2}
    Moderation Workshop am {date} – {amount}
    Zahlbar innerhalb 14 Tagen auf {iban1}.
    """,
]

# ----------------------------------------------------------------------------------- web_form
WEBFORM = [
    """
    Neue Nachricht über das Kontaktformular
    Name: {p1}
    E-Mail: {p1_pmail}
    Telefon: {tel1}
    Nachricht: Hallo, liefert ihr auch nach {adr1_town}? Ich hätte gern 3x den {product}.
    ---
    IP: {ip1}
    Gesendet: {date} {time}
    """,
    """
    {"formular": "haendleranfrage", "firma": "{co1}", "ansprechpartner": "{p1}", "email": "{p1_wmail}", "telefon": "{tel1}", "anschrift": "{adr1}", "ust_id": "{ustid}", "ip": "{ip1}"}
    """,
    """
    Formular: Retoure anmelden
    -------------------------
    Bestellnummer: {order}
    Ihr Name: {p1}
    Ihre E-Mail: {p1_email}
    Grund: falsche Farbe ({colour})
    -------------------------
    Gesendet von {ipsix1}
    """,
    """
    vorname={p1_f}
    nachname={p1_l}
    email={p1_pmail}
    strasse={adr1_st}
    plz={adr1_pc}
    ort={adr1_town}
    newsletter=ja
    remote_addr={ip1}
    """,
    """
    Bewerbung – Aushilfe Lager
    Name: {p1}
    Telefon: {mob1}
    E-Mail: {p1_pmail}
    Anschrift: {adr1}
    Führerschein Klasse B: ja
    Referenz: {p2}, {co2}, {tel2}
    """,
    """
    Rückrufformular
    Nach wem sollen wir fragen? {p1_f}
    Telefonnummer: {tel1}
    Beste Zeit: vormittags
    Kommentar: {p2_Meinmann} {p2_f} hat bestellt, aber ich bin tagsüber zu Hause
    """,
    """
    Zahlungsformular (Testumgebung – echte Daten versehentlich eingegeben, bitte löschen!)
    Karteninhaber: {p1}
    Kartennummer: {card1}
    Gültig bis: 09/27
    Rechnungsadresse: {adr1}
    """,
    """
    Anmeldung Hausmesse
    • Name: {p1}
    • Firma: {co1}
    • Position: {title}
    • E-Mail: {p1_wmail}
    • Begleitung: {p2}
    IP-Adresse: {ip1} · Einwilligung: ja
    """,
    """
    Newsletter-Anmeldung bestätigt
    email: {p1_pmail}
    name: {p1_flc}
    quelle: footer
    ip: {ipsix1}
    zeit: {date} {time}
    """,
    """
    Onboarding Affiliate-Programm
    Name: {p1}
    Anschrift: {adrde1}
    Steuer-ID: {taxid1}
    Umsatzsteuerpflichtig: nein
    Auszahlung an: {iban1}
    IP bei Absendung: {ip1}
    """,
    """
    Registrierung Marktplatz-Verkäufer
    Name: {p1}
    Shopname: {shop}
    Anschrift: {adrde1}
    Steuer-ID: {taxid1}
    Auszahlungskonto: {ibande1}
    Gesendet von {ip1}
    """,
    """
    Fehlerbericht Checkout (automatisch)
    session=8f2c1e warenkorb={amount}
    rechnungsname="{p1}"
    kartennummer="{card1}"
    email="{p1_pmail}"
    client_ip={ip1}
    fehler=3DS_TIMEOUT
    """,
]

# ------------------------------------------------------------------------------------- export
LAYOUTS["export_de"] = [
    ("id;vorname;nachname;email;telefon;ort\n", "{cust§};{p§_f};{p§_l};{p§_email};{tel§};{adr§_town}"),
    ("Name\tE-Mail\tStraße\tPLZ\tOrt\n", "{p§}\t{p§_email}\t{adr§_st}\t{adr§_pc}\t{adr§_town}"),
    ("kunde;email;letzte_ip\n", "{p§};{p§_pmail};{ip§}"),
    ('"Name","Telefon","Anschrift"\n', '"{p§}","{tel§}","{adr§}"'),
    ("email|name|anmelde_ip|angelegt\n", "{p§_pmail}|{p§}|{ip§}|{date§}"),
    ("Nachname\tVorname\tMobil\tAuftrag\n", "{p§_l}\t{p§_f}\t{mob§}\t{order§}"),
    ("Anrede;Titel;Vorname;Nachname;Firma\n", "{p§_hon};;{p§_f};{p§_l};{co§}"),
    ("auftrag;empf_name;empf_strasse;empf_plz;empf_ort;land\n", "{order§};{p§};{adr§_st};{adr§_pc};{adr§_town};{adr§_cc}"),
    ("NAME;EMAIL;TELEFON\n", "{p§_up};{p§_email};{tel§}"),
    ("mitglied\tname\tseit\tip\n", "{cust§}\t{p§}\t{date§}\t{ipsix§}"),
]


def export_a(c):
    head, row = c.lay("export_de")
    return head + rows(c, row, 3, 7)


def export_b(c):
    head, row = c.lay("export_de")
    return "Export aus dem Shop-Backend, {date}:\n\n" + head + rows(c, row, 2, 5)


def export_c(c):
    head, row = c.lay("export_de")
    return "Hallo {p9_f}, anbei die Liste (nur mit Einwilligung):\n\n" + head + rows(c, row, 3, 5) + "\n\nGruß {p10_f}"


def export_d(c):
    head, row = c.lay("export_de")
    return "```\n" + head + rows(c, row, 2, 6) + "\n```"


def export_e(c):
    head, row = c.lay("export_de")
    return "kunden_{year}_q2.csv (erste Zeilen)\n" + head + rows(c, row, 3, 4)


def export_f(c):
    head, row = c.lay("export_de")
    return head + rows(c, row, 4, 8) + "\n(… {qty} weitere Zeilen)"


def export_g(c):
    head, row = c.lay("export_de")
    return "Das sind die Dubletten, die ich gefunden hab – kann die jemand zusammenführen?\n" + head + rows(c, row, 2, 3)


def export_h(c):
    head, row = c.lay("export_de")
    return "Export Newsletter-Verteiler\n" + head + rows(c, row, 3, 6)


EXPORT = [export_a, export_b, export_c, export_d, export_e, export_f, export_g, export_h]

# ------------------------------------------------------------------------------------- ticket
TICKET = [
    """
    Ticket {ticket} · Priorität: hoch
    Anfragende Person: {p1} <{p1_email}>
    Bearbeiter{p2_in}: {p2_f}
    ---
    {date} {p1_f} schrieb:
    Bei meiner Bestellung fehlt das Ladekabel.
    ---
    Interne Notiz ({p2_l}): Ersatzkabel verschickt, Sendungsnr. {track}.
    """,
    """
    {ticket} Login geht nicht
    Erstellt von: {p1_pmail}
    Letzter fehlgeschlagener Login von {ip1}, zwei erfolgreiche von {ipsix1}.
    {p2_f}: Reset-Link verschickt, {p1_kunde} soll bestätigen, dass {p1_er} das war.
    """,
    """
    [{ticket}] Adressänderung – {p1}
    Status: Gelöst
    Umzug von {adr1} nach {adr2}. Geändert durch {p2_fi}
    """,
    """
    Ticketverlauf
    {date} 09:12 – per E-Mail erstellt von {p1}
    {date} 09:40 – zugewiesen an {p2}
    {date} 11:03 – {p2_f}: {p1_kunde} unter {tel1} angerufen, nicht erreicht
    {date2} 10:15 – {p2_f}: mit {p1_f} gesprochen, Ersatz vereinbart
    {date2} 10:16 – Status → wartend
    """,
    """
    Betreff: Erstattung nicht erhalten (Bestellung {order})
    Von: {p1} über Webformular
    Nachricht: Seit 14 Tagen nichts. Falls die Kartenerstattung nicht klappt, bitte auf {iban1} überweisen.
    Tags: erstattung, eskaliert
    Zugewiesen: {p2}
    """,
    """
    SICHERHEITSVORFALL {ticket}
    Gemeldet von: {p1} (IT)
    Zusammenfassung: verdächtiger Login ins Admin-Panel um {time} von {ip1}; Konto gehört {p2}, {p2_der} im Urlaub war.
    Maßnahmen: Passwort zurückgesetzt, 2FA Pflicht. {p3_f} prüft die Logs.
    """,
    """
    Kunde: {p1_lf}
    Kanal: Telefon ({tel1})
    Anliegen: {product} (EAN {gtin}) in falscher Farbe geliefert
    Notiz: Umtausch angeboten, {p1_kunde} möchte Geld zurück. CC {p2_f} zur Freigabe > {amount}.
    """,
    """
    {ticket} – zusammengeführt mit {ticket2}
    Beide von {p1} eröffnet. Antworten gehen an {p1_email}. Fällig: {date}. Zuständig: {p2_fi}
    """,
    """
    Ticket {ticket}
    Von: {p1} <{p1_pmail}>
    > Hallo, ich hab mich beim Bezahlen vertippt – die richtige Kartennummer ist {card1}, könnt ihr das ändern?
    Antwort ({p2_f}): Hallo {p1_f}, aus Sicherheitsgründen nehmen wir keine Kartendaten per Mail an. Ich habe deine Nachricht gelöscht; bitte nutze den Zahlungslink.
    """,
    """
    Fehler #{qty}{kw}: Newsletter-Formular akzeptiert ungültige PLZ
    Gemeldet von {p1_f} (QA). Reproduktion: {p2_pmail} von {ip1} mit PLZ „ABC“ absenden. Zugewiesen an {p3_flc}.
    """,
    """
    Reklamation {ticket} – Kunde hat volle Kartennummer geschickt
    Von: {p1} <{p1_pmail}>
    „Die Abbuchung über {amount} auf meiner Karte {card1} ist nicht von mir, bitte stornieren.“
    Intern ({p2_f}): Chargeback-Prüfung angestoßen, {p1_f} soll sich auch an die Bank wenden. Nachricht im CRM geschwärzt.
    """,
    """
    Ticket {ticket} · Auszahlungen Marktplatz
    Verkäufer{p1_in}: {p1} ({co1})
    Problem: Auszahlung gesperrt – Steuer-ID {taxid1} passt nicht zum Kontoinhaber von {iban1}.
    Nächster Schritt: {p2_f} hat {p1_f} um das Schreiben vom BZSt gebeten. Wiedervorlage {date}.
    """,
]

# ----------------------------------------------------------------------------------- handover
HANDOVER = [
    """
    Übergabe Spätschicht → {p2_f}
    - {p1_hon} {p1_l} (Auftrag {order}) wartet auf Rückruf unter {tel1}
    - Spedition holt morgen 8–12 Uhr bei {adr1} ab
    - {p3_f} hat morgen frei, {p4_f} übernimmt das Telefon
    """,
    """
    Übergabe an {p2} (bin ab {date} weg)
    Offene Kunden:
    • {p1} – Erstattung freigegeben, noch nicht überwiesen ({iban1})
    • {p3} – wartet auf Fotos vom Schaden
    Lieferanten: {co1} – {p4} ruft wegen der {month}-Lieferung an.
    """,
    """
    IT-Übergabe
    - VPN für {p1_f}: erledigt
    - Drucker im Lager hat jetzt {ip1}
    - Alter Laptop von {p2_l} gelöscht
    - Admin-Kontakt beim Hoster: {p3}, {p3_wmail}
    """,
    """
    Für wer auch immer Samstag an der Kasse steht:
    {p1} holt eine Click-&-Collect-Bestellung ab ({order}) – Ausweis prüfen. {p1_Er} bringt evtl. Hilfe mit ({p2_f} aus der Nachbarschaft).
    Schlüssel hat {p3_f} ({mob3}).
    """,
    """
    Projektübergabe Website-Relaunch
    Kundenseite: {p1}, {co1}, {p1_wmail}, {tel1}
    Agentur: {p2} (Design), {p3} (Entwicklung)
    Hosting: Server {ip1}, Staging {ipsix1}
    Offene Rechnungen: {inv}
    """,
    """
    Nachtschichtbericht
    22:40 – {p1_f} von {co1} ruft an, LKW verspätet bis {time}
    01:15 – Alarm {adrde1_in}{adrde1_st}, Fehlalarm, {p2_l} hat nachgesehen
    05:30 – alles ruhig. Übergeben an {p3}.
    """,
    """
    Vor meinem Urlaub:
    1. Reklamation {p1} (Ticket {ticket}) – nur noch Abschlussmail.
    2. {p2} fängt {weekday} an, Platz neben {p3_f}.
    3. Lieferant {co1} hat neues Konto – IBAN {iban1}, telefonisch bestätigt mit {p4} unter {tel4}.
    """,
    """
    Pflegeübergabe ({p1_hon} {p1_l}, {adr1})
    Medikamente um {time} gegeben. {p2_Tochter} {p2} hat angerufen, kommt {weekday}. Handy: {mob2}.
    """,
    """
    Accountübergabe {co1}
    Bisher: {p2}  Neu: {p3}
    Wichtige Personen: {p1} (entscheidet), {p4_fi} (Tagesgeschäft, {p4_wmail})
    Lieferadresse: {adr1_ml}
    """,
    """
    schichtnotiz – {p2_flc}
    • kasse 2 hatte {amount} minus, 2x gezählt, an {p3_flc} gemeldet
    • {p1_kunde} {p1} hat Nummer für {colour}-Nachlieferung dagelassen: {mob1}
    """,
]

# ------------------------------------------------------------------------------ email_forward
LAYOUTS["fwd_de"] = [
    "---------- Weitergeleitete Nachricht ---------\nVon: {p1} <{p1_wmail}>\nDate: {date}\nSubject: {subj}\nTo: {p2} <{p2_wmail}>\n",
    "Von: {p1} <{p1_wmail}>\nGesendet: {weekday}, {date} {time}\nAn: {p2_lf} <{p2_wmail}>\nCc: {p3_email}\nBetreff: AW: {subj}\n",
    "Anfang der weitergeleiteten Nachricht:\n\nVon: „{p1}“ <{p1_wmail}>\nBetreff: {subj}\nDatum: {date} um {time}\nAn: {p2_wmail}\n",
    "-----Ursprüngliche Nachricht-----\nVon: {p1_wmail}\nGesendet: {date}\nAn: {p2}; {p3}\nBetreff: {subj}\n",
    "Am {date} um {time} schrieb {p1} <{p1_wmail}>:\n",
    "________________________________\nVon: {p1} <{p1_wmail}>\nGesendet: {date} {time}\nAn: {mail2}\nCc: {p3} <{p3_wmail}>\nBetreff: WG: {subj}\n",
    "-------- Originalnachricht --------\nVon: {p1_wmail}\nDatum: {date} {time}\nAn: {p2_wmail}\nBetreff: {subj}\n",
    "> Von: {p1}\n> An: {p2}\n> Datum: {date}\n> Betreff: {subj}\n",
]


def _fwd(c, intro, body):
    return intro + "\n\n" + c.lay("fwd_de") + "\n" + body


def fwd_a(c):
    return _fwd(c, "zur Info – kannst du das übernehmen, {p4_f}?", "Hallo {p2_f},\n\ndie Palette zu Auftrag {order} ist immer noch nicht da. Bitte ruf mich an: {tel1}.\n\n{p1_f}")


def fwd_b(c):
    return _fwd(c, "Zur Ablage.", "{p2_lb} {p2_f},\n\nab {date2} gilt unsere neue Rechnungsanschrift: {adr1}. Alles andere bleibt gleich.\n\nBeste Grüße\n{p1}")


def fwd_c(c):
    return _fwd(c, "{p4_f} – das ist für dich, die haben explizit nach dir gefragt.", "Guten Tag,\n\nwir haben {p4_herrn} {p4_l} auf {event} kennengelernt und würden gern Muster bestellen. Unser Lager: {adr1}.\n\nDanke und Gruß\n{p1}\n{title}, {co1}")


def fwd_d(c):
    return _fwd(c, "Bankdaten unten – bitte VOR der Zahlung telefonisch prüfen!", "Hallo,\n\nbitte nutzen Sie ab sofort unser neues Konto: {iban1}. Das alte Konto wird aufgelöst.\n\nMit freundlichen Grüßen\n{p1_il}")


def fwd_e(c):
    return _fwd(c, "WG aus dem Service-Postfach", "hallo, hab den {product} für {p3_f} bestellt, könnt ihr den als geschenk verpacken? danke {p1_flc}")


def fwd_f(c):
    return _fwd(c, "Ich nehme {p4} mit in den Verteiler.", "{p2_f}, kurze Frage: Kannst du das Lieferfenster für {weekday} bestätigen? Der Fahrer ruft bei Ankunft {mob1} an.\n\nDanke\n{p1_f}")


def fwd_g(c):
    return "WG: " + _fwd(c, "{p4_f}, kannst du antworten? Ich bin morgen nicht da.", "Sehr geehrte Damen und Herren,\n\nich möchte Bestellung {order} zurückgeben. Ich wohne nicht mehr {adrde1_in}{adrde1} – bitte das Etikett an {p1_pmail} schicken.\n\nMit freundlichen Grüßen\n{p1}")


def fwd_h(c):
    return _fwd(c, "Weitergeleitet – sieht nach echtem Lead aus.", "Hallo {p2_hon} {p2_l},\n\n{p3} von {co3} hat mir Ihren Kontakt gegeben. Wir suchen einen Lieferanten für ca. 500 Stoffbeutel.\nSie erreichen mich unter {tel1}.\n\n{p1}")


FORWARD = [fwd_a, fwd_b, fwd_c, fwd_d, fwd_e, fwd_f, fwd_g, fwd_h]

# ------------------------------------------------------------------------------ out_of_office
OOO = [
    """
    Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {date} nicht im Büro und habe nur eingeschränkt Zugriff auf E-Mails. In dringenden Fällen wenden Sie sich bitte an {p2} ({p2_wmail}, {tel1}).

    {p1}
    """,
    """
    Automatische Antwort: {subj}

    Hallo, ich bin bis {month} in Elternzeit. Bestellungen: {mail1}. Alles andere: {p2_kollegin} {p2} ({p2_wmail}).

    Viele Grüße, {p1_f}
    """,
    """
    Ich bin derzeit abwesend und ab {weekday} wieder erreichbar. Ihre Nachricht wird nicht weitergeleitet. In Notfällen erreichen Sie {p2_f} unter {mob2}.
    """,
    """
    Abwesenheitsnotiz: {p1} ist diese Woche auf {event} und antwortet ab {date}. Presseanfragen bitte an {p2}, {p2_wmail}.
    """,
    """
    Hallo und danke für deine Nachricht!
    Ich bin bis {date} wandern (kein Netz 🏔️). Dringendes bitte an {p2_email}.
    – {p1_f}
    """,
    """
    Ich bin nicht mehr bei {co1} tätig. Bitte wenden Sie sich an {p2} ({p2_wmail}), {p2_er} hat meine Kunden übernommen. Rechnungen: {mail1}.
    {p1}
    """,
    """
    Automatische Antwort: Ich arbeite bis Ende {month} in Teilzeit (Mo–Mi). Bei Fragen zu Lieferungen bitte im Lager anrufen ({tel1}) und nach {p2_f} fragen.
    """,
    """
    Hallo! Ich bin heute krank. {p2_f} ({p2_wmail}) und {p3_f} ({p3_wmail}) schauen in mein Postfach. Danke für eure Geduld – {p1_fi}
    """,
    """
    Bitte beachten Sie: Unser Büro ist ab {date} für zwei Wochen geschlossen. Bestellungen aus diesem Zeitraum versenden wir ab {weekday}. Dringendes: {p1}, Bereitschaft, {mob1}.
    """,
    """
    Ich bin im Urlaub bis {date}. Ihre E-Mail wird nicht gelesen. Vertretung: {p2_hon} {p2_l}, Telefon {tel2}, E-Mail {p2_wmail}.
    Mit freundlichen Grüßen
    {p1}
    """,
]

# ------------------------------------------------------------------------------ press_release
PRESS = [
    """
    {shop} eröffnet ersten Flagship-Store in {adr1_town}

    „Wir wollten der Marke schon lange ein Zuhause geben“, sagt {p1}, Mitgründer{p1_in} von {shop}. „Jetzt kann man die Stoffe endlich anfassen, bevor man kauft.“

    Pressekontakt: {p2}, {p2_wmail}, {tel2}
    """,
    """
    PRESSEMITTEILUNG – {date}
    {co1} und {shop} setzen auf Recycling-Verpackung

    {p1}, {title} bei {co1}: „Damit sparen wir zwei Drittel Plastik.“
    {p2_l}, bei {shop} für Nachhaltigkeit zuständig, ergänzt, dass die ersten Pakete im {month} verschickt werden.

    Pressestelle: {mail1}
    """,
    """
    Personalie: {p1} wird Geschäftsführer{p1_in} bei {shop}

    {p1_l} war zuvor zehn Jahre bei {co1}. {p1_Er} folgt auf {p2}, {p2_der} nach 22 Jahren in den Ruhestand geht. „{p1_f} ist die richtige Person für das nächste Jahrzehnt“, so Aufsichtsratschef{p3_in} {p3}.
    """,
    """
    Pressemitteilung
    {shop} ist „Händler des Jahres“

    Filialleiter{p1_in} {p1} dankte dem Team: „Das ist für {p2_f}, {p3_f} und alle auf der Fläche.“

    Interviewanfragen: {p4} | {mob4} | {p4_wmail}
    """,
    """
    {adr1_town}, {date} – {co1} übernimmt {shop}. Die Gründer {p1} und {p2} bleiben an Bord.
    „Name, Team und Rezepte bleiben“, sagt {p1_f}.
    Medienanfragen: {p3}, {title}, {tel3}
    """,
    """
    Bildunterschrift: {p1} (links) und {p2} bei der Eröffnung des neuen Lagers {adrde1_in}{adrde1}. Foto: {p3}
    """,
    """
    ÜBER {shop}
    {year} von {p1} gegründet, fertigt die Marke Strick in kleinen Serien.
    Presse: {p2} · {p2_wmail} · {tel2}
    Firmensitz: {adr2}
    """,
    """
    Spendenlauf bringt {amount}

    Mitarbeitende von {shop} sind 10 km für die Tafel gelaufen. Organisator{p1_in} {p1} sagt, die Idee kam aus dem Lager, von {p2_fi} – den Scheck nahm {p3} von der Tafel entgegen.
    """,
    """
    Stellungnahme von {p1}, Geschäftsführung
    „Uns ist bekannt, dass einige Kund:innen E-Mails erhalten haben, die für andere bestimmt waren. Wir haben alle Betroffenen informiert.“ Rückfragen: {p2}, {mail1}, {tel1}.
    """,
]

# ------------------------------------------------------------------------------------ payment
PAYMENT = [
    """
    SEPA-Lastschriftmandat
    Kontoinhaber: {p1}
    Anschrift: {adr1}
    IBAN: {iban1}
    BIC: {bic}
    Gläubiger-Identifikationsnummer: {sepaid}
    Mandatsreferenz: {ref}
    {adr1_town}, {date}, {p1}
    """,
    """
    Hallo, der Checkout geht nicht. Könnt ihr einfach meine Karte belasten? {card1}, gültig bis 11/26. Name: {p1}. Danke!
    """,
    """
    Rückbelastung (Chargeback)
    Karteninhaber: {p1_up}
    Karte: {maskcard}
    Transaktion: {order} · {amount} · {date}
    Grund: Ware nicht erhalten
    Frist: {date2}. Nachweis: Zustellung an {adr1}.
    """,
    """
    Auszahlungsdaten Partner{p1_in} {p1}
    Konto: {iban1}
    Steuer-ID: {taxid1}
    USt: Kleinunternehmerregelung
    Mindestauszahlung: {amount}
    """,
    """
    Erstattungsantrag
    Kontoinhaber{p1_in}: {p1}
    IBAN: {iban1}
    Grund: {product} zurückgeschickt, Bestellung {order}
    Freigegeben von {p2_fi} am {date}
    """,
    """
    Betreff: neue Karte
    Hallo {p2_f}, meine alte Karte ist abgelaufen. Die neue ist {card1} (gleicher Name, {p1}). Bitte fürs Monatsabo nehmen.
    """,
    """
    Aufgeteilte Zahlung für Bestellung {order}:
    – {p1}: {amount} per Karte {card1}
    – {p2}: Überweisung, Verwendungszweck {ref}
    """,
    """
    Bankdatenänderung Lieferant – Prüfprotokoll
    Lieferant: {co1}
    Alte IBAN: {iban1}
    Neue IBAN: {iban2}
    Rückruf bei {p1} unter {tel1} (Nummer aus unseren Stammdaten, nicht aus der Mail). Geprüft von {p2_il}.
    """,
    """
    Vorschuss-Antrag
    Mitarbeiter{p1_in}: {p1}
    Betrag: {amount}
    Auszahlung auf: {iban1}
    Steuer-ID: {taxid1}
    Genehmigt: {p2}
    """,
    """
    Spendenquittung
    Spender{p1_in}: {p1_tit}{p1}, {adr1}
    Betrag: {amount} per Lastschrift von {iban1}
    Zuwendungsbestätigung wird im Januar verschickt.
    """,
    """
    Reservierung – Anzahlung
    Bitte die Anzahlung von dieser Karte abbuchen: {card1} (gültig bis 03/28), Karteninhaber{p1_in} {p1}. Rechnungsadresse {adr1}. Danke, {p1_f}
    """,
    """
    Karte im Kundenkonto geändert
    Kunde: {p1_lf} ({cust})
    Alte Karte: {maskcard}
    Neue Karte: {card1}
    Geändert von {p2_fi} – {p1_kunde} hat die Nummer am Telefon vorgelesen; nächstes Mal bitte auf das Kundenkonto verweisen.
    """,
]

# ---------------------------------------------------------------------------------- signup_log
def log_a(c):
    return rows(c, "{iso§} signup email={p§_pmail} ip={ip§} plan={plan§}", 3, 6)


def log_b(c):
    return "Fehlgeschlagene Logins (24 h)\n" + rows(c, "{p§_email}\t{ip§}\t{qty§} Versuche", 2, 5)


def log_c(c):
    return rows(c, "[{iso§}] INFO Benutzer \"{p§}\" angemeldet von {ipsix§}", 2, 4) + "\n[{iso9}] WARN Rate-Limit überschritten für {ip9}"


def log_d(c):
    return "Neue Konten heute:\n" + rows(c, "• {p§} ({p§_pmail}) – {ip§}", 2, 5)


def log_e(c):
    return '{"event":"passwort_reset","user":"{p1_pmail}","name":"{p1}","ip":"{ip1}","ts":"{iso1}"}\n{"event":"login","user":"{p1_pmail}","ip":"{ipsix1}","ts":"{iso2}"}'


def log_f(c):
    return "Änderungsprotokoll Auftrag {order}\n{iso1} angelegt von {p1} ({ip1})\n{iso2} Lieferadresse geändert auf {adr1} durch {p1_f}\n{iso3} erstattet durch {p2_fi}"


def log_g(c):
    return "access.log\n" + rows(c, "{ip§} - - [{clf§}] \"POST /konto/login HTTP/1.1\" 302 - \"{p§_pmail}\"", 3, 5)


def log_h(c):
    return "Double-Opt-in-Bestätigungen\n" + rows(c, "{p§_pmail} | bestätigt {date§} | IP {ip§}", 3, 6)


LOGS = [log_a, log_b, log_c, log_d, log_e, log_f, log_g, log_h]

BANK = {
    "crm": CRM, "support_email": SUPPORT, "lead_list": LEADS, "testimonial": TESTIMONIAL, "signature": SIGNATURE,
    "chat": CHAT, "call_note": CALL, "minutes": MINUTES, "delivery": DELIVERY, "guest_list": GUESTS, "hr_roster": HR,
    "review": REVIEW, "social": SOCIAL, "invoice": INVOICE, "web_form": WEBFORM, "export": EXPORT, "ticket": TICKET,
    "handover": HANDOVER, "email_forward": FORWARD, "out_of_office": OOO, "press_release": PRESS, "payment": PAYMENT,
    "signup_log": LOGS,
}
