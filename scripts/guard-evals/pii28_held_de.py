"""German prose templates (the same 18 genre ids as the English ones, written in
German with du and Sie, Austrian and Swiss variants) and German texts without
personal data (10 genres) for the held-out half of the twenty-eighth PII bank."""


def _rueckrufliste(ctx):
    n = ctx.rint(3, 5)
    out = [ctx.r("[[Rückrufe {date}|Rückrufliste Filiale {store}|Noch zurückrufen ({weekday})|Offene Rückrufe]]:\n")]
    for i in range(n):
        k = "p%d" % (i + 1)
        out.append(ctx.r("%d. {%s.name}[[ – |, ]]{%s.phone}[[ – |, |: ]][[will den Steinlauf in {shoesize}|fragt nach Bestellung {order%d}|Erstattung noch nicht da|hat auf die Mailbox gesprochen, dringend|Kostenvoranschlag Reparatur|lieber ab 17 Uhr anrufen|wegen der Sonderbestellung]]\n"
                         % (i + 1, k, k, i)))
    out.append(ctx.r("[[Bitte abhaken, wenn erledigt.|Erledigt = Kürzel dahinter.|Was bis Freitag nicht erreicht ist, geht an {s1.first}.]]"))
    return out


def _chat(ctx):
    n = ctx.rint(4, 9)
    speakers = ["p1", "p2", "p3"][:ctx.rint(2, 3)]
    lines = [
        "kann jemand um {time} die kasse übernehmen?",
        "{o.lowfirst} hast du noch den schlüssel fürs lager?",
        "ja, hängt am haken neben der tür",
        "kundin für {o.first} vorne, wegen der sonderbestellung",
        "die {jacket} in {colour} ist aus der reparatur zurück",
        "bin bis {time2} in der pause",
        "wer hat den {sku} aus dem regal genommen?",
        "achtung: paketdienst kommt wieder später",
        "danke {o.lowfirst}!",
        "passt",
        "erledigt 👍",
        "{o.first}, kannst du die dame wegen der anzahlung zurückrufen?",
        "mach ich",
        "inventur am {weekday} ab 7, kaffee mitbringen",
        "wer übernimmt die {o.lowfirst}-schicht am samstag?",
    ]
    out = [ctx.r("[[#filiale-{store}|Team-Chat {store}|#{store}-team]]\n")] if ctx.p(0.6) else []
    prev = None
    used = set()
    stamped = ctx.p(0.5)
    for i in range(n):
        sp = ctx.ch([s for s in speakers if s != prev])
        prev = sp
        o = ctx.ch([s for s in speakers if s != sp])
        line = ctx.ch([l for j, l in enumerate(lines) if j not in used])
        used.add(lines.index(line))
        line = line.replace("{o.", "{" + o + ".")
        stamp = ctx.r("[{=ticks}] ") if stamped else ""
        name = "{%s.lowfirst}" % sp if ctx.p(0.6) else "{%s.first}" % sp
        out.append(stamp)
        out.append(ctx.r(name + ": " + line + "\n"))
    return out


PROSE = {
# ------------------------------------------------------------------ crm_note
"crm_note": [
"""[[Notiz|CRM-Notiz|Kontaktnotiz]] {date}
{p1.name} [[hat angerufen|war in der Filiale {store}]] wegen Bestellung {order}. [[Möchte den Steinlauf in {shoesize} tauschen.|Jacke löst sich am Ärmel, zur Prüfung eingeschickt.|Fragt, ob die Anzahlung auf die nächste Bestellung übertragen werden kann.]]
[[Neue Handynummer|Nummer aktualisiert|Mobil]]: {p1.mobile}[?. E-Mail unverändert ({p1.email})?].[? Erstattungskonto: {p1.iban}.?]
[[Wiedervorlage {weekday}.|Kein weiterer Handlungsbedarf.|An {s1.first} wegen Erstattung übergeben.]]""",
"""{p1.field} – [[umgezogen|neue Anschrift|Adressänderung]] [[ab {date}|zum {date}|]]
Alt: {p1.street}
Neu: {p2.addr}
[[Telefonisch bestätigt|Per Mail bestätigt]], {p1.phone}. Kundenkarte und offene Bestellung {order} angepasst.[? Hinweis: Paket {parcel} ging noch an die alte Adresse.?]""",
"""Dubletten zusammengeführt: „{p1.LF}" (altes Shop-Konto) und {p1.full} (Filialkonto).
E-Mail {p1.email} behalten, die Adresse mit Tippfehler gelöscht.
[[Punkte zusammengelegt.|Punkte und Gutscheine übertragen.]] {s1.ini}, {date}""",
"""{date}: {p1.hf} [[bittet um Rückruf|beschwert sich über die Lieferzeit|möchte eine Rechnung auf die Firma]]. Tel. {p1.phone}.
{date2}: [[Zurückgerufen, niemand erreicht.|Auf Mailbox gesprochen.|Mit {p1:ihm/ihr} gesprochen – erledigt.]]
[?{date3}: [[Erstattung {amount} auf {p1.iban} freigegeben.|Gutschein an {p1.email} geschickt.|Fall geschlossen von {s1.full}.]]
?]""",
"""@AT Stammkunde{p1:/in} {p1.full} – die {p1.last}-Reklamation ist heuer schon die zweite. [[Schuhsohle gelöst|Reißverschluss kaputt]], Ersatz bestellt. Erreichbar unter {p1.phone}, bitte nicht vor 10 Uhr.""",
],
# ------------------------------------------------------------------ support_email
"support_email": [
"""{p1.dearsie}

vielen Dank für Ihre Nachricht zu Bestellung {order}. [[Wir haben die Rücksendung gebucht|Ihre Erstattung wurde freigegeben|Der Ersatz-{short} ist unterwegs]] und [[der Betrag von {amount} ist in etwa fünf Werktagen auf Ihrem Konto|Sie erhalten gleich einen Sendungslink|wir haben Ihnen einen Gutschein über 10 € beigelegt]].

[[Freundliche Grüße|Viele Grüße|Beste Grüße]]
{s1.sig}
Talgrat Kundenservice[?
{shopmail}?]""",
"""Hallo,

ich heiße {p1.full} und habe am {date} die {product} bestellt. [[Sie ist immer noch nicht angekommen.|Der Reißverschluss ist bei der zweiten Tour kaputtgegangen.|Ich habe die falsche Farbe ({colour}) bekommen.]] Könnt ihr [[mir Ersatz schicken an|bitte nachsehen – meine Adresse ist]] {p1.addr}?

[[Danke|Viele Grüße|LG]]
{p1.first}[?
{p1.phone}?]""",
"""@CH Betreff: Anmeldung von einem neuen Gerät

{p1.dearsie}
am {date} um {time} hat sich jemand von einem neuen Gerät in Ihr Talgrat-Konto eingeloggt (IP-Adresse {ip}). Wenn Sie das waren, müssen Sie nichts tun. Sonst setzen Sie bitte Ihr Passwort zurück und schreiben an {shopmail}.

Freundliche Grüsse
Talgrat Kundendienst""",
"""@AT {p1.deardu}

tut mir leid, dass dich die {jacket} im Stich gelassen hat. [[Ich hab mit unserer Werkstatt in {store} gesprochen:|Unser Reparaturteam hat sie angeschaut:]] das Nahtband tauschen wir kostenlos. Schick sie bitte mit dieser Fallnummer ans Retourenlager: {case}.

Wenn dir eine Erstattung lieber ist, antworte einfach mit der IBAN. [[Wir haben noch {p1.iban} von der letzten Erstattung – passt die?|Oder sollen wir wieder auf {p1.iban} überweisen?]]

Liebe Grüße
{s1.full}""",
"""Hallo Talgrat-Team,
bitte stellt mein Abo auf die Karte {p1.card} um (gültig bis {int:1-12}/{int:26-30}). Die alte ist gesperrt.
{p1.sig}""",
],
# ------------------------------------------------------------------ signed_review
"signed_review": [
"""★★★★★ [[Super Jacke|Trocken über den Watzmann|Perfekt fürs Allgäu|Die besten Socken]]
[[Eine Woche Regen mit der {jacket} und trocken geblieben.|Fällt normal aus, ich trage sonst {size}.|Sofort bequem, kein Einlaufen.]] [[Gerne wieder.|Klare Empfehlung.|Jeden Euro wert.]]
– {p1.review}[[, {town}|]]""",
"""{int:2-4}/5 – [[Reißverschluss nach zwei Monaten hin.|Ärmel für mich zu kurz.|Schöne Farbe, aber die Kapuze hält nicht.]] [[Der Kundenservice hat aber schnell geholfen.|Zurückgeschickt.|Trage sie trotzdem.]]
{p1.review}

Antwort von Talgrat: Danke, {p1.first}, [[wir haben das ans Produktteam weitergegeben|das tut uns leid – melde dich gern bei unserem Service]]. – {s1.first}""",
"""Bewertung von: {p1.field}
Produkt: {product}
Sterne: {int:3-5}/5
„[[Leicht und warm.|Gutes Preis-Leistungs-Verhältnis.|Passt gut über ein Baselayer.|Ideal für die Hütte.]]"
""",
"""@CH {p1.review} schreibt: «[[Hab die {jacket} für die Haute Route gekauft, einfach top.|Meine Tochter liebt die in {colour}.|Schon das zweite Paar.]]» ★★★★[[★|☆]]""",
],
# ------------------------------------------------------------------ email_signature
"email_signature": [
"""[[Viele Grüße|Freundliche Grüße|Danke und Grüße]]
{p1.full}
[[Filialleitung|Gebietsleitung Süd|Einkauf Schuhe|Visual Merchandising]], Talgrat Outdoor
Mobil {p1.mobile}[?
Tel. {p1.land}?]
{p1.wemail}""",
"""{p1.caps}
[[Leitung Kooperationen|Key Account Management|Geschäftsführung]] | {company}
{p1.bemail} | {p1.phone}[?
{p1.addr}?]""",
"""--
{p1.first}
Von meinem iPhone gesendet""",
"""@AT Liebe Grüße
{p1.sig}
--
Talgrat Outdoor | Filiale {store}
{p1.wemail} · [[Durchwahl|Mobil]] {p1.phone}
[[Fax|Tel. Filiale]] {p2.land}""",
"""Mit freundlichen Grüßen
i. A. {p2.sig}
[[Assistenz von|im Auftrag von]] {p1.full}, [[Geschäftsführung|Leitung Retail]]
{p2.wemail}[?
{p2.land}?]""",
],
# ------------------------------------------------------------------ team_chat
"team_chat": [
    _chat,
"""[{=tick}] {p1.lowfirst}: [[wer hat|hat jemand]] den schlüssel für den käfig?
[{=tick}] {p2.lowfirst}: {p3.first} hat ihn
[{=tick}] {p1.lowfirst}: [[danke|merci|passt]]""",
"""{p1.first} [{=ticks}]: kunde im webchat sagt, {p2:er/sie} heißt {p2.full} und das paket ging an {p2.addr}
{p1.first} [{=ticks}]: kann jemand bestellung {order} prüfen?
{p3.first}: schau grad""",
"""@CH {p2.first}: @{p1.lowfirst} chasch du am samstig mit mir tuusche?
{p1.first}: [[jo, passt|nei sorry, bin bis zischtig weg]]
[?{p2.first}: {p1.handle} merci vielmal!
?]""",
"""[[Webchat|Live-Chat]] – {date}
Besucher{p1:/in}: hallo, [[können Sie meine Bestellung prüfen|die Zahlung ging zweimal nicht durch|mir wurde doppelt abgebucht]]
{s1.first} (Talgrat): Hallo! Wie ist Ihr Name und die E-Mail-Adresse der Bestellung?
Besucher{p1:/in}: {p1.low}, {p1.email}
Besucher{p1:/in}: [[die karte ist|bezahlt mit]] {p1.card}[[ falls das hilft|]]
{s1.first} (Talgrat): Danke, {p1.hl}. Bitte keine Kartennummern im Chat schicken – ich [[gebe das an die Buchhaltung weiter|schaue mir die Bestellung an]].""",
"""@AT {p1.lowfirst}: servus, wer macht morgen die kassa?
{p2.lowfirst}: i, aber erst ab 10
{p1.lowfirst}: passt, dann macht {p3.first} die früh""",
],
# ------------------------------------------------------------------ call_note
"call_note": [
    _rueckrufliste,
"""Anruf eingehend {time}, {date}
Anrufer{p1:/in}: {p1.field}, {p1.phone}
[[Bestellung {order} – will stornieren.|Fragt nach der Reparatur der {jacket}.|Karte doppelt belastet, {amount}.]]
[[Rückruf zugesagt.|Im Gespräch gelöst.|An {s1.first} eskaliert.]]""",
"""Mailbox, {weekday} {time}: „Hallo, hier ist {p1.full}[[, es geht um|, ich rufe wegen]] [[meine Bestellung|die Jacke, die ich abgegeben habe]]. Rufen Sie mich bitte unter {p1.phone} zurück? [[Danke.|Danke, tschüss.]]\"""",
"""Telefonbestellung, aufgenommen von {s1.first}: {product} ({colour}, {size}) für {p1.full}. Lieferung an {p1.addr}. Bezahlt mit Karte {p1.card}[[, am Telefon durchgegeben|]].""",
"""Erstattung telefonisch angefragt: {p1.name} ({p1.phone}) möchte die {amount} aus Bestellung {order} zurück auf [[die Karte {p1.card}|{p1:sein/ihr} Konto {p1.iban}]], keinen Gutschein.""",
"""@CH Gesprächsnotiz
- Kunde/Kundin: {p1.name}
- Natel: {p1.mobile}
- Thema: [[Lieferung zum Nachbarn
- Nachbar{p2:/in}: {p2.name}|Erstattung auf ein anderes Konto
- Kontoinhaber{p2:/in}: {p2.full}, IBAN {p2.iban}|Grössentausch
- Neue Grösse: {size}|Paket verloren
- Paket: {parcel}]]
- Bearbeitet: {s1.first}""",
],
# ------------------------------------------------------------------ name_prose
"name_prose": [
"""{p1.full} und {p2.full} [[haben am Samstag die Filiale {store} abgeschlossen|haben in {store} die Inventur gemacht|sind für die Spätschicht eingesprungen]], und [[{p3.full} hat am Sonntag aufgesperrt.|die Kasse hat gestimmt.|ausnahmsweise hat sich niemand beschwert.]]""",
"""Wir danken {p1.full} für [[zehn|fünf|zwanzig]] Jahre bei uns[[ – erst in {store}, jetzt im Einkauf|, die meisten davon auf der Fläche in {store}]]. [[{p2.full} übernimmt ab nächstem Monat die Schuhabteilung.|]]""",
"""Die Route [[ist|wurde]] von {p1.full} [[vor dem Tourenwochenende erkundet|im Mai zweimal abgegangen]], und {p2.full} [[hat die Packliste geschrieben|hat die Hütten angefragt]].""",
"""[[Nach der Umfrage|Nach dem Test]] hat {p1.full} [[vorgeschlagen|angeregt]], den {pack} in mehr Farben zu führen. {p2.full} war einverstanden[[, und {p3.full} hat bestellt|]].""",
"""Gratulation an {p1.full}, {p1:der/die} [[den Zugspitz-Ultratrail unter 30 Stunden gelaufen ist|den Fotowettbewerb gewonnen hat|die Prüfung zum Wanderleiter bestanden hat]]!""",
],
# ------------------------------------------------------------------ postal_letter
"postal_letter": [
"""{p1.full}
{p1.addr2}

Talgrat Outdoor GmbH, Kundenservice
{date}

[[Kündigung meines Kundenkontos

Sehr geehrte Damen und Herren,
bitte löschen Sie mein Kundenkonto und meine Daten.|Rücksendung Bestellung {order}

Sehr geehrte Damen und Herren,
ich schicke die {jacket} zurück; bitte erstatten Sie {amount} auf mein Konto {p1.iban}.|Reklamation zu Bestellung {order}

Sehr geehrte Damen und Herren,
die {product}, die ich in {store} gekauft habe, ist an der Naht gerissen.]]

Mit freundlichen Grüßen
{p1.full}""",
"""{p1.herrn}
{p1.full}[?
c/o {p2.full}?]
{p1.addr2}

{date}

{p1.dearsie}
vielen Dank für Ihr Schreiben. [[Wir haben {amount} auf Ihre Karte erstattet.|Ihre Jacke ist repariert und auf dem Rückweg.|Ihr Kundenkonto ist gelöscht.]]

Mit freundlichen Grüßen
{s1.full}
Talgrat Outdoor""",
"""Absender: {p1.full}, {p1.addr}
An: Talgrat Outdoor, Retouren

[[Anbei die Socken aus Bestellung {order}.|Anbei die defekte Stirnlampe.]] Bitte [[auf {p1.iban} erstatten|Ersatz an obige Adresse schicken]].""",
"""@AT {p1.full}
{p1.addr2}

{date}

Sehr geehrtes Talgrat-Team,

[[ich möchte mich beschweren|ich möchte Ihnen mitteilen]], dass [[das Paket bei Regen vor der Tür abgestellt wurde|mir in der Filiale {store} niemand sagen konnte, wann meine Bestellung kommt]]. [[Das Sackerl war komplett durchnässt.|Ich warte seit Jänner.]]

Mit freundlichen Grüßen
{p1.full}""",
"""@CH Einschreiben
{p1.full}, {p1.addr}

Widerruf Kaufvertrag {order}
Hiermit widerrufe ich den Kauf [[der {product}|vom {date}]]. Bitte überweisen Sie den Betrag auf {p1.iban}.
Freundliche Grüsse
{p1.full}""",
],
# ------------------------------------------------------------------ accident_book
"accident_book": [
"""[[VERBANDBUCH – Filiale {store}
Datum/Uhrzeit: {date}, {time}
Verletzte Person: {p1.field} ([[Kunde/Kundin|Mitarbeiter/in|Fremdfirma]])
Anschrift: {p1.addr}
Telefon: {p1.phone}
Hergang: [[Über einen Aufsteller vor der Schuhwand gestolpert.|Beim Auspacken von {sku} mit dem Cutter geschnitten.|Auf dem nassen Boden am Eingang ausgerutscht.|Am Griff der Kletterwand den Kopf gestoßen.]]
Erste Hilfe durch: {s1.full}
[?Zeuge/Zeugin: {p2.full}, {p2.phone}
?]Meldung an Filialleitung: [[ja|ja, telefonisch]]|Unfall in der Filiale {store} am {date}: {p1.name} ist gegen {time} [[über einen Aufsteller gestolpert|am Eingang auf dem nassen Boden ausgerutscht|hat sich mit dem Cutter geschnitten]]. {s1.full} hat Erste Hilfe geleistet. [[Für die Versicherung: {p1.addr}, {p1.phone}.|Erreichbar für die Versicherung unter {p1.phone}.]]]]""",
"""Verbandbuch Nr. {int:12-98}/{int:2024-2026}: {p1.hf} ist gegen {time} [[auf der Treppe zum ersten Stock gestürzt|an der Fußmatte hängen geblieben]]. {s1.first} hat [[Erste Hilfe geleistet|den Rettungsdienst gerufen|ein Kühlpack geholt]]. {p1:Er/Sie} [[ist selbst gegangen|wurde von {p2.named} abgeholt, {p2.phone}]].""",
"""@AT Beinahe-Unfall am {date}: Regalträger über der Kassa hat sich gelöst. Niemand verletzt. Gesehen von {p1.full} ({p1.wemail}). Repariert von {p2.named}.""",
"""Nachtrag zum Verbandbucheintrag vom {date}
{p1.dearsie}
es tut uns leid, dass Sie in unserer Filiale {store} gestürzt sind. Unsere Versicherung kann sich unter {p1.email} oder {p1.phone} bei Ihnen melden. Aktenzeichen: {case}.[? Eine Entschädigung geht auf das angegebene Konto {p1.iban}.?]
{s1.full}, Filialleitung""",
],
# ------------------------------------------------------------------ power_of_attorney
"power_of_attorney": [
"""VOLLMACHT
Ich, {p1.full}, wohnhaft {p1.addr}, bevollmächtige {p2.full}, [[meine reparierte Jacke abzuholen|die Bestellung {order} für mich zurückzugeben|meine Sonderbestellung abzuholen]] (Talgrat Filiale {store}).
[[Ein Ausweis wird bei Abholung vorgelegt.|{p2.first} bringt {p2:seinen/ihren} Ausweis mit.]]
{date}, {p1.full}""",
"""{s1.dearsie}

mein Vater, {p2.full}, liegt im Krankenhaus, und ich habe eine Vorsorgevollmacht. Bitte [[kündigen Sie sein Abo für das Clubmagazin|erstatten Sie seine Anzahlung von {amount} auf sein Konto {p2.iban}|löschen Sie sein Kundenkonto]]. Eine Kopie der Vollmacht hängt an.

[[Mit freundlichen Grüßen|Vielen Dank]]
{p1.full}
{p1.phone}""",
"""Hinweis für die Kassa: {p1.name} darf die Bestellung von {p2.hfd} ({order}) abholen. Vollmacht geprüft von {s1.first} am {date}.""",
"""@CH Betreff: Vollmacht
Wir haben die Vollmacht von {p1.full} erhalten. {p2.full} vertritt {p1:ihn/sie} bei der Garantiereklamation zur {jacket}. Weitere Post geht an {p2.email}[[ bzw. {p2.phone}|]].
Freundliche Grüsse
{s1.sig}""",
],
# ------------------------------------------------------------------ special_order
"special_order": [
"""[[SONDERBESTELLUNG – {store}
Kunde/Kundin: {p1.field}
Telefon: {p1.phone}[?
E-Mail: {p1.email}?]
Artikel: {product}, {colour}, Gr. {size}
Anzahlung: {amount} [[bar|mit Karte|telefonisch per Karte {p1.card}]]
Aufgenommen: {s1.first}, {date}
[[Bei Eingang anrufen.|SMS bei Eingang.|Holt am {weekday} ab.]]|{s1.first} hat am {date} eine Sonderbestellung von {p1.named} aufgenommen: {product} in {colour}, Gr. {size}. [[Anzahlung {amount} erhalten.|Noch keine Anzahlung.]] Bitte bei Eingang unter {p1.phone} [[anrufen|per SMS melden]]. Die {p1.last}-Bestellung nicht ins Regal stellen!]]""",
"""{p1.deardu}

gute Nachrichten: Die {jacket} in {size}, die du in unserer Filiale {store} bestellt hast, ist da. Wir legen sie dir bis {date} zurück. [[Die restlichen {amount} zahlst du bei Abholung.|Deine Anzahlung ist schon verrechnet.]]

Bis bald
{s1.first} von Talgrat {store}""",
"""Sonderbestellung {order}: {p1.hl} möchte die {jacket} in {colour} (in {store} nicht gelistet). Aus dem Zentrallager bestellt. Kontakt: {p1.phone}.[? Stattdessen nach Hause liefern: {p1.addr}.?]""",
"""@AT Servus {p1.first}, deine Schuhe (Gr. {shoesize}) sind da! Bitte bis {date} abholen. – Talgrat {store}, gesendet an {p1.mobile}""",
],
# ------------------------------------------------------------------ pension_enrolment
"pension_enrolment": [
"""{p1.dearsie}

seit {date} sind Sie in der betrieblichen Altersvorsorge (Entgeltumwandlung) angemeldet. Ihr Beitrag wird monatlich vom Gehalt abgezogen. Fragen beantwortet die Personalabteilung unter {hrmail}.

Mitarbeiter{p1:/in}: {p1.full}, Personalnr. {staffno}
Anschrift laut Akte: {p1.addr}[?
Steuer-ID: {p1.taxid}?]

Ihr Personalteam""",
"""Antrag Entgeltumwandlung
Name: {p1.field}
Geburtsdatum: {p1.dob}
Steuer-ID: {p1.taxid}
Beitrag: {amount} monatlich
Unterschrift: {p1.full}, {date}""",
"""Lohnbüro: {p1.name} ({staffno}) wechselt aus der Schweizer Gesellschaft. Steuer-ID {p1.taxid}, bAV-Beitrag [[läuft weiter|endet]] ab {date}. Gehalt auf {p1.iban}.""",
"""@AT Hallo {p1.first},
die Pensionskasse braucht für die Übertragung deine aktuelle Adresse und Handynummer. Passt {p1.addr} und {p1.mobile} noch?
Danke, {s1.first} (Personalverrechnung)""",
],
# ------------------------------------------------------------------ collection_handover
"collection_handover": [
"""[[Übergabe an Inkasso – {date}
Schuldner/in: {p1.field}
Anschrift: {p1.addr}
Telefon: {p1.phone}
Offener Betrag: {amount} ([[Leihausrüstung nicht zurückgegeben|Rechnung {order}|Restbetrag Sonderbestellung]])
Mahnungen: {date2}, {date3}[?
Letzte Zahlung kam von: {p1.iban}?]
Übergeben an: [[Creditreform-Partner Süd|Inkasso Alpin GmbH]]|{p1.name} ist heute ans [[Inkasso Alpin GmbH|Creditreform-Partner Süd]] gegangen: {amount} offen seit {date2}, zwei Mahnungen an {p1.addr} ohne Antwort. [[Die Nummer {p1.phone} ist nicht mehr vergeben.|Unter {p1.phone} nicht erreicht.]]]]""",
"""{p1.dearsie}

trotz unserer Mahnungen ist die Rechnung zu Bestellung {order} ({amount}) noch offen. Wenn der Betrag nicht bis {date} eingeht, geben wir die Forderung an ein Inkassobüro ab.

[[Unsere Bankverbindung steht auf der Rechnung.|Sie können auch in jeder Filiale mit Karte zahlen.]]

Forderungsmanagement
Talgrat Outdoor
{opsmail}""",
"""Inkassoliste {store}:
- {p1.LF} – {amount} – {p1.phone}
- {p2.LF} – {amount2} – {p2.phone}
[?- {p3.LF} – {amount3} – {p3.email}
?]""",
"""Zahlung von {p1.hfd} zu Rechnung {order} eingegangen[[ – Fall bitte beim Inkasso zurückholen|, vollständig bezahlt]]. Überwiesen von {p1.iban} am {date}. – {s1.ini}""",
],
# ------------------------------------------------------------------ trip_plan
"trip_plan": [
"""[[TOURENPLAN (in der Filiale {store} hinterlegt)
Teilnehmer: {p1.full}, {p2.full}[? und {p3.full}?]
Route: [[Watzmann-Überschreitung von der Kührointalm|Zugspitze durchs Reintal|Großvenediger über die Kürsinger Hütte]]
Start {time} am {date}, zurück bis {time2}
Notfallkontakt: {p4.full}, {p4.phone}
[[Auto: {plate} am Parkplatz.|Zelt: {colour}.]]|{p1.full} und {p2.full} haben ihre Tour an der Kasse hinterlegt: [[Watzmann-Überschreitung|Zugspitze durchs Reintal|Großvenediger]] am {date}, zurück bis {time}. Wenn sie nicht auftauchen, bitte {p4.full} unter {p4.phone} anrufen.]]""",
"""Hallo, wir gehen morgen [[übers Steinerne Meer|auf den Hochvogel]], der Plan liegt an der Kasse. Wenn wir bis 18 Uhr nicht zurück sind, ruft bitte {p1:meinen Bruder/meine Schwester} {p1.full} unter {p1.phone} an. – {p2.first}""",
"""@CH Tourenblatt für {p1.named}: [[Zermatt–Arolla über den Col Collon|Via Alpina Etappe 7 bis 9]], zwei Nächte. Natel {p1.mobile}, [[Satelliten-Messenger dabei|kein Empfang erwartet]]. Angehörige: {p2.full}, {p2.addr}.""",
"""@AT Hüttenbuch, {date}: „{p1.full}, {p2.full} – aus {town} – übers Joch zur nächsten Hütte. [[Wetter schlecht, kehren ggf. um.|Alles gut.]] {p1.phone}\"""",
],
# ------------------------------------------------------------------ climbing_wall_booking
"climbing_wall_booking": [
"""[[Buchung Kletterwand – {store}
Datum: {date}, {time}
Gruppe: [[Kindergeburtstag|Schulklasse|Pfadfindergruppe]] ({int:6-14} Kinder)
Gebucht von: {p1.field}
Telefon: {p1.phone}
E-Mail: {p1.email}
[?Trainer/in: {s1.full}
?][[Anzahlung erhalten.|Zahlung vor Ort.|Anzahlung per Karte {p1.card}.|Bei Absage Anzahlung zurück auf {p1.iban}.]]|Kletterwand am {date} um {time} gebucht: [[Kindergeburtstag|Schulklasse|Pfadfindergruppe]] mit {int:6-14} Kindern. Gebucht hat {p1.name} ({p1.phone}[[, {p1.email}|]]); [[Anzahlung ist da|Zahlung vor Ort]].[? Trainer{s1:/in} ist {s1.first}.?]]]""",
"""{p1.deardu}

danke für deine Buchung der Kletterwand für {p2.first}s Geburtstag am {date}. Bitte bring für jedes Kind die unterschriebene Einverständniserklärung mit. Unser Trainer {s1.first} wartet um {time} auf euch.

[[Viele Grüße|Bis bald]]
Talgrat {store}""",
"""Einverständniserklärung Kletterwand
Kind: {p1.full}, geb. {p1.kdob}
Erziehungsberechtigte/r: {p2.field}
Handy während der Session: {p2.mobile}
Ich bin einverstanden, dass mein Kind unter Aufsicht klettert.
{p2.full}""",
"""@CH Grüezi, ich möchte die Wand für die Klasse meines Sohnes buchen. Ich bin {p1.full}, {p1.phone}. [[Geht {weekday}?|Habt ihr im Mai noch etwas frei?]]""",
],
# ------------------------------------------------------------------ overtime_request
"overtime_request": [
"""[[Überstundenantrag
Mitarbeiter{p1:/in}: {p1.field} ({staffno})
Filiale: {store}
Datum: {date}, {int:1-4} Std.
Grund: [[Inventur|Aufbau Sale|Vertretung Krankheitsfall|Lieferung kam spät]]
Genehmigt von: {p2.full}[?
Auszahlung auf: {p1.iban}?]|{p1.name} ist am {date} {int:2-4} Stunden länger geblieben, [[wegen der Inventur|für den Sale-Aufbau|weil die Lieferung spät kam]]. {p2.full} hat es genehmigt[[, Auszahlung mit dem nächsten Gehalt|, wird als Zeitausgleich genommen]].]]""",
"""Hallo {p1.first},
kann ich die {int:3-8} Stunden Zeitausgleich von der Inventur am {date} nehmen? {p2.first} würde meine Schicht übernehmen.
{p3.sig}""",
"""{p1.name} hat am {date} {int:2-6} Überstunden gemacht [[(späte Lieferung)|(Kassenprüfung)]]. Auszahlung mit dem nächsten Gehalt auf {p1.iban}. Abgezeichnet: {s1.ini}.""",
"""@AT Zeitausgleich-Saldo {p1.full}: {int:4-20} Std. [[{p1:Er/Sie} möchte ihn im Jänner nehmen.|Bitte bis Jahresende abbauen.]] Fragen an {hrmail}.""",
],
# ------------------------------------------------------------------ receipt_reissue
"receipt_reissue": [
"""Hallo,

könnt ihr mir eine Kopie des Kassenbons für [[die {product}|meinen Einkauf]] in der Filiale {store} vom {date} schicken? Ich brauche ihn [[für die Spesenabrechnung|für die Garantie|für meinen Arbeitgeber]][[; bezahlt habe ich mit der Karte {p1.card}|]]. [[Bitte ausgestellt auf|Auf der Rechnung soll stehen:]] {p1.full}, {p1.addr}.

Danke
{p1.first}""",
"""Rechnungskopie angefordert von {p1.hfd} für Bestellung {order}. Neue Rechnungsadresse: {p1.addr}. Am {date} von {s1.first} an {p1.email} geschickt.""",
"""{p1.dearsie}

anbei die korrigierte Rechnung zu Bestellung {order}, jetzt ausgestellt auf [[Ihre Firma|{p1.full}]]. [[Der Mehrwertsteuerbetrag bleibt gleich.|Der ursprüngliche Beleg ist damit ungültig.]]

Freundliche Grüße
{s1.full}
Buchhaltung""",
"""@AT Bonkopie – Kassa {int:1-6}, {date}, {time}
Kunde wollte eine Kopie mit Namen: {p1.caps}
Bezahlt mit Karte {p1.card}
Nachgedruckt von {s1.first}""",
],
# ------------------------------------------------------------------ interview_scorecard
"interview_scorecard": [
"""[[Bewertungsbogen – [[Verkäufer/in|Werkstatt|Stellv. Filialleitung]], {store}
Bewerber{p1:/in}: {p1.field}
Gesprächsrunde: {p2.full}, {p3.full}
Produktwissen: {int:2-5}/5
Kundenorientierung: {int:2-5}/5
Notizen: [[Kennt die Allgäuer Alpen gut, klettert.|Starke Handelserfahrung.|Nervös, aber herzlich.]]
Entscheidung: [[zweites Gespräch|Angebot|Absage]]|Notizen zum Gespräch ([[Verkauf|Werkstatt|stellv. Filialleitung]], {store}): {p1.full} [[kennt die Allgäuer Alpen gut und klettert|hat viel Handelserfahrung|war nervös, aber herzlich]]. {p2.first} und {p3.first} [[möchten ein zweites Gespräch|würden ein Angebot machen|waren nicht überzeugt]].]]""",
"""Feedback zu {p1.named}: [[stark im Rollenspiel|etwas ruhig|super bei Schuhen]]. [[Würde {p1:ihn/sie} nehmen.|Bei Wochenenden unsicher.]] – {p2.first}""",
"""{p1.dearsie}

danke, dass Sie am {date} bei uns waren. Wir laden Sie zu einem Probearbeitstag in unserer Filiale {store} am {date2} um {time} ein. Bitte bestätigen Sie an {s1.wemail} oder telefonisch unter {s1.land}.

Freundliche Grüße
{s1.full}""",
"""@CH Kandidat{p1:/in} {p1.full} (beworben am {date}, empfohlen von {p2.full})
Natel: {p1.phone} · E-Mail: {p1.email}
Gespräch: {p3.ini}, {p4.ini}
Ergebnis: [[Zusage|offen|Absage]][?
Für den Vertrag: Steuer-ID {p1.taxid}, Gehaltskonto {p1.iban}?]""",
],
}


NOPII = {
"care_guide": [
"""Pflegehinweis: die {jacket} bei [[30|40]] °C waschen, alle Reißverschlüsse schließen, [[alle paar Wäschen nachimprägnieren|im Trockner bei niedriger Stufe reaktivieren]]. [[Kein Weichspüler.|Die Farbe {colour} bleibt.|Der Koch-Waschgang ist tabu.]]""",
"""Socken in {colour}: auf links drehen, Wollprogramm, [[kein Weichspüler|mildes Waschmittel]]. Im Trockner [[laufen sie ein|werden sie filzig]].[? Liegend im Schatten trocknen, nicht in der prallen Sonne.?]""",
"""Daunenjacke ({sku}):
- Daunenwaschmittel, [[zwei|drei]] Tennisbälle in den Trockner
- [[niedrige Temperatur|ohne Hitze]], {int:2-4} Durchgänge
- locker lagern, nicht komprimiert
[[Kulanzfrist für Reparaturen: {int:14-60} Tage.|Fragen? In der Filiale.]]""",
"""Lederschuhe: Schmutz abbürsten, nicht am Ofen trocknen, einmal pro Saison wachsen. Die Schnürsenkel in [[Jägergrün|{colour}]] dürfen bei {pick:30,40} °C in die Maschine.""",
],
"packing_list": [
"""Packliste Hüttentour ({int:3-7} Tage)
- [[{jacket}-Jacke|Almweg-Hose|Gitterhang-Fleece]]
- Merino-Baselayer ({colour})
- Hüttenschlafsack[?
- Stirnlampe, Ersatzbatterien?][?
- Trinkflasche {int:1-2} l?]
- Bargeld für die Hütten ([[keine Kartenzahlung|ca. {int:40-90} € pro Nacht]])""",
"""Wintertour: Mütze, Fäustlinge, Wechselshirt, Thermoskanne, Karte und Kompass[[, Grödel|, Pickel|]]. [[Die Fuchsspuren am Bach sind ein Foto wert.|Achtung: Wolf-Hinweisschilder im Tal.|Sonnenuntergang {time}.]]""",
"""Packliste fürs lange Wochenende im Mai: Zelt, Kocher, [[zwei|drei]] Kartuschen, {short}, Sonnencreme. Regnet es? [[Wahrscheinlich.|Im Allgäu sicher.]]""",
"""Klettertag: Gurt, Helm, {int:6-12} Expressen, [[60|70]]-m-Seil, Sicherungsgerät, Chalk, Zustiegsschuhe.[[ Kinder nur mit Begleitperson.| Treffpunkt am Fels um {time}.|]]""",
],
"opening_hours": [
"""Filiale {store}: Mo–Fr [[9:30|10:00]]–[[18:30|19:00]] Uhr, Sa 9:00–18:00 Uhr. Am {date} geschlossen. [[Donnerstags bis 20 Uhr.|An Feiertagen geschlossen.]]""",
"""Öffnungszeiten zwischen den Jahren: 24.12. 9–[[13|14]] Uhr, 25./26.12. geschlossen, 31.12. 9–16 Uhr. Unsere Filiale in {ptown} öffnet [[am 2. Jänner wie gewohnt|am 2. Januar ab 11 Uhr]].""",
"""1. Mai: [[alle Filialen|Filiale {store} und Lager]] geschlossen. Das Lager versendet wieder ab {weekday}.""",
"""Neueröffnung in {town} am {date}! [[Kaffee gratis ab 9 Uhr|Live-Musik ab Mittag]] und {int:10-25} % auf die {jacket}.""",
],
"pick_list": [
"""KOMMISSIONIERLISTE {order}
{sku} | {colour} | {size} | Fach A-{int:10-40}-{int:1-9} | Menge {qty}
{sku2} | {colour2} | {size2} | Fach C-{int:10-40}-{int:1-9} | Menge {qty2}
GTIN {gtin}
Palette {phonelike}""",
"""Welle {int:100-999}: {int:20-90} Positionen, {int:3-9} Kisten. [[Express zuerst.|Click & Collect zuerst.]] Packplatz {int:1-12}.""",
"""Hinweis: {short} in {size} fehlt {int:1-4}×. [[Nur durch {colour} ersetzen, wenn der Kunde zugestimmt hat.|Auftrag markieren, nicht ersetzen.]]""",
"""Nachschub {dnum}: {int:10-60} × {sku} (GTIN {gtin}) aus dem Reservelager [[auf die Fläche|an Platz {int:1-20}]].""",
],
"tracking_update": [
"""Dein Paket {parcel} ist unterwegs. Voraussichtliche Zustellung: {date}. [[Du kannst den Liefertag online ändern.|Bist du nicht da, geht es an einen Nachbarn.|Verfolge es in der App.]]""",
"""Status: Paket {parcel} ist um {time} im Depot {town} angekommen. Depotreferenz {phonelike}.""",
"""Zustellversuch am {date}[[ um {time}|]] nicht erfolgreich. Das Paket liegt in der nächsten Filiale (Ref. {phonelike}).""",
"""Sendung {order} in [[zwei Pakete aufgeteilt: {parcel} und {parcel2}|drei Pakete aufgeteilt: {parcel}, {parcel2} und {parcel3}]].[? Gewicht {int:1-9},{int:0-9} kg.?]""",
],
"supplier_catalogue": [
"""Lieferanten {int:2024-2026}: [[Schneider Logistik GmbH|Vogel & Winter Transporte|Koch Strickerei GmbH]] (Etiketten), [[Wolf Verpackungen AG|Fuchs & Bauer Textil]] (Tüten), [[Jäger Garne KG|Sommer Wollwerk]] (Merino).""",
"""Bestellung bei [[Hahn & Kaiser Seilerei|König Reißverschlüsse GmbH|Berg & Stein Ösen]]: {int:50-500} Stück, GTIN {gtin}, Lieferwoche {int:1-52}.""",
"""Freigegebene Lieferanten für die [[Frühjahrs|Herbst]]kollektion: [[Fischer Färberei|Klein & Lang Bänder]], [[Braun Schnallen KG|Engel Textil]], Schwarz Lederwaren.[? Audit fällig am {date}.?]""",
"""Preisliste von [[Fuchstal Weberei|Winter & Sohn Strick|Bauer Tuchfabrik]]: Merino-Jersey {price} pro Meter, Mindestmenge {int:100-400} m.""",
],
"firmware_changelog": [
"""Kassensoftware {version}
- [[Schnellere Verbindung zum Kartenterminal|Neues Bonlayout]]
- [[Rundung bei geteilter Zahlung behoben|Gutschein-Scan repariert]]
- Build {int:1000-9999}, veröffentlicht am {date}""",
"""Scanner-Firmware {vpair}: [[liest abgenutzte Barcodes besser|längere Akkulaufzeit]], neuer Piepton für GTIN {gtin}.""",
"""Release {version}: Der Webshop zeigt jetzt den Bestand pro Filiale. Bekannter Fehler: Filter {colour} zeigt [[mobil|auf Tablets]] nichts an.""",
"""Handheld-App {version}: neue Kommissionier-Ansicht; fragt beim nächsten Start nach dem Update. [[Rollout in {store} am {date}.|Port {int:8000-8999} muss offen sein.]]""",
],
"newsletter_teaser": [
"""Diese Woche: die {jacket} wieder in {colour}, dazu unser Hüttenguide und das Rezept für Bäckers Bergbrot.[? Nur bis {date}.?]""",
"""[[Der Frühling ist da!|Der Herbst ist da!]] Die neue {jacket} – jetzt {price}.""",
"""Regen am Wochenende? Mit der {product} ist dir das egal.[[ Versandkostenfrei ab {int:50-80} €.|]]""",
"""Mach mit beim Trail-Putztag im Mai in {town} am {date}. [[Handschuhe mitbringen, Kuchen gibt's von uns.|Treffpunkt {time} am Parkplatz.]]""",
],
"price_change_memo": [
"""Preisänderung ab {date}: {sku} {product} neuer Preis {price}. Alte Etiketten bis {weekday} tauschen.""",
"""Reduzierungen: {sku} –{int:10-30} %, {sku2} –{int:30-50} %. Gültig bis {date}. [[Nicht mit Mitgliederrabatt kombinierbar.|Mitglieder erhalten zusätzlich 5 %.]]""",
"""Ab {date} gibt es die Socken im [[Zweier|Dreier]]pack ({price}). Regaletiketten anpassen (GTIN {gtin}).""",
"""Preiskontrolle [[{store}|alle Filialen]]: die {jacket} in {colour} hat am Regal noch den alten Preis. Richtig: {price}.""",
],
"hut_conditions": [
"""Verhältnisse {date}: Schnee ab [[1.800|2.100|1.500]] m, Weg zur Hütte [[morgens vereist|nass, aber gut]]. Hütte von {weekday} bis Sonntag offen.""",
"""Wegbericht: die Brücke am Fuchsgraben ist weg; Furt {int:100-400} m bachaufwärts nutzen. [[Jägersteig ok.|Almweg matschig.]]""",
"""Lawinenwarnstufe {int:1-3}. Der Jägersteig zum Grat ist bis [[Mai|Juni]] gesperrt.[? Nächster Bericht {date}.?]""",
"""[[Sonnig|Bewölkt]], [[schwacher|starker]] Wind, Boden [[fest|aufgeweicht]]. Hüttenwirt ab {date} wieder oben.""",
],
}
