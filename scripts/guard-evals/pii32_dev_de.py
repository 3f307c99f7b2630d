"""German prose templates (the same 19 genre ids, written in German: du and Sie, Austrian and Swiss
variants) and German texts without personal data (10 genres) of the dev half of the thirty-second
PII bank (dev32).

{@AT:x|CH:y|z} writes x in Austrian texts, y in Swiss texts and z elsewhere.  In Swiss texts the
renderer writes ss for ß in the text's own words.
"""

from pii32_dev_core import Tpl as T

PROSE = {}

PROSE["support_email"] = [
    T("Hallo,\n\nich habe am {date} {P_acc} bestellt ({order}), aber [[die Größe passt nicht|die Passform stimmt "
      "nicht|die Farbe sieht ganz anders aus als auf den Fotos]]. Kann ich den Artikel gegen [[eine andere Größe|eine "
      "andere Farbe]] tauschen? [[Das Rückporto möchte ich ungern noch einmal zahlen.|Ich kann ihn auch in der Filiale "
      "{storetown} abgeben.]]\n\n"
      "[[Danke|Vielen Dank|Viele Grüße]]\n{a.full}[?\n{a.phone}?]"),
    T("{a.dear},\n\nvielen Dank für Ihre Rücksendung ({prod}). [[Sie ist am {date} bei uns eingegangen|Unser "
      "Retourenteam hat sie am {date} geprüft]], und wir haben {price} auf Ihr Konto {a.iban} überwiesen. [[Je nach "
      "Bank dauert die Gutschrift|Die Gutschrift dauert]] drei bis fünf Werktage.\n\n{@CH:Freundliche Grüsse|Mit "
      "freundlichen Grüßen}\n{s.full}\nKundenservice Talgrat Outdoor"),
    T("Hallo {a.first},\n\n[[kein Problem|danke für den Hinweis]] – ich habe die Lieferadresse der Bestellung "
      "{order} auf {a.addr1} geändert. [[{@AT:Das Packerl|Das Paket} ist noch im Lager und geht direkt dorthin.|Falls es schon bei "
      "{carrier} ist, lasse ich es umleiten.]]\n\nLiebe Grüße\n{s.first}\n\nAm {date} schrieb {a.full} "
      "<{a.email}>:\n> Hallo, ich bin gerade umgezogen und in meiner Bestellung steht noch die alte Adresse. Könnt "
      "ihr das ändern?"),
    T("{@CH:Grüezi|AT:Servus|Hallo} zusammen,\n\ndie Zahlung für {order} ist zweimal [[an der Kasse im Shop|auf "
      "eurer Website]] abgebrochen. Meine Karte ist {a.card}, gültig bis {exp} – könnt ihr den Betrag von Hand "
      "abbuchen, damit die Sachen noch vor {weekday} rausgehen?\n\n{a.sig}[?\n{@CH:Natel|Handy} {a.mobile}?]"),
    T("Fall {ticket}: {a.full} meldet, dass {p_nom} aus {order} nie angekommen ist. Laut Sendungsverfolgung am "
      "{date} zugestellt an {a.street}, [[Unterschrift eines Nachbarn|abgelegt vor der Haustür|an der Tür "
      "übergeben]]. [[Erreichbar unter {a.phone}.|E-Mail: {a.email}.]] [[Ersatz angeboten.|Warten auf das Foto "
      "von {carrier}, dann Erstattung.]]"),
]

PROSE["crm_note"] = [
    T("{date}: Rückruf bei {a.herrn} wegen {order}, [[alles geklärt|Erstattung bestätigt|{a?er|sie} schickt "
      "Fotos von der Naht|{a?er|sie} behält die Jacke doch]]."),
    T("{a.LF} – Kundin/Kunde seit {year}\n{date}: neue Anschrift {a.addr1} (vorher {a.oldstreet}).\n{date2}: neue "
      "{@CH:Natelnummer|Handynummer} {a.mobile}.[?\n{date3}: möchte nur per E-Mail kontaktiert werden, {a.email}.?][?\n{date4}: "
      "{amount} erstattet auf {a.iban}.?]"),
    T("Dubletten zusammengeführt für {a.il}: {a.email} behalten, {a.email2} stillgelegt. Beide Profile mit "
      "derselben Anschrift {a.addr1}. [[Bonuspunkte zusammengelegt.|Keine offenen Bestellungen im alten Profil.]]"),
    T("Die {a.last}-Reklamation ist erledigt: {a?der Kunde|die Kundin} bekommt {p_acc} in {colour} als Ersatz. "
      "{a.gen} Partner{b?|in} {b.first} holt {@AT:das Packerl|das Paket} in der Filiale {storetown} ab."),
    T("Auf der Messe {a.herrnfull} von {company} getroffen – {a?er|sie} sucht [[Jacken für rund vierzig "
      "Mitarbeitende|ein Rabattprogramm für die Belegschaft]]. Nachfassen per {a.email} [[oder {a.phone}|bis "
      "{date}]]."),
]

PROSE["crm_note"].append(
    T("{dnum}: {a.herr} hat angerufen – {a?er|sie} holt {p_acc} erst [[im Jänner|Mitte Jänner|nach den Feiertagen im "
      "Jänner]] ab. Das Sackerl mit der Rechnung liegt hinter der Kassa, Nummer zur Sicherheit: {a.phone}.",
      country="AT", pin={"a": "AT"}))

PROSE["identity_misuse_report"] = [
    T("Guten Tag,\n\nich habe gerade eine Bestellbestätigung für {order} bekommen, aber ich habe nichts bestellt. "
      "Jemand hat meinen Namen und meine E-Mail-Adresse ({a.email}) benutzt und die Ware an {b.addr1} schicken "
      "lassen, [[eine Adresse, die ich nicht kenne|wo ich nie gewohnt habe]]. Bitte stornieren Sie die Bestellung "
      "und sperren Sie mein Konto.\n\n{@CH:Freundliche Grüsse|Mit freundlichen Grüßen}\n{a.full}"),
    T("Betrugsprüfung {case}: Kundenkonto {a.full} ({a.email}) um {time} von {ip} angemeldet, Lieferadresse auf "
      "{b.addr1} geändert und mit der gespeicherten Karte einen Gutschein gekauft. {a.herr} hat am Telefon "
      "({a.phone}) bestätigt, dass {a?er|sie} das nicht war. Bestellung gestoppt, Passwort zurückgesetzt."),
    T("Sehr geehrte Damen und Herren,\n\nmeine Identität wurde im {month} für mehrere Online-Bestellungen "
      "missbraucht. [[Die Polizei ermittelt (Aktenzeichen {case}).|Ich habe Anzeige erstattet, Aktenzeichen "
      "{case}.]] Bitte teilen Sie mir mit, welche Bestellungen unter meinem Namen bei Talgrat aufgegeben wurden und "
      "an welche Adressen geliefert wurde. Meine Daten:\n\n{a.full}\n{a.addr2}\nGeburtsdatum: {a.dob}\n\n"
      "{@CH:Freundliche Grüsse|Mit freundlichen Grüßen}\n{a.full}"),
    T("{s.first}, die Bestellung auf den Namen {a.full} geht an dieselbe Adresse wie die von letzter Woche mit "
      "{b.gen} Daten: {c.addr1}. Auch dieselbe IP, {ip}. [[Kannst du beide anhalten?|Ich habe beide angehalten.]]"),
    T("{a.herr} hat angerufen, ziemlich aufgebracht: Ein Inkassobüro fordert {price} für eine Talgrat-Rechnung, "
      "dabei hat {a?er|sie} nie bei uns bestellt. Die Rechnungsadresse {a.street} stimmt, aber die E-Mail in der "
      "Bestellung ist {b.email}, nicht {a?seine|ihre}. {a?Er|Sie} schickt uns das Schreiben als Kopie."),
]

PROSE["employment_verification"] = [
    T("Sehr geehrte Damen und Herren,\n\n{a.full} hat bei uns [[einen Kredit|eine Baufinanzierung|eine "
      "Mietwohnung]] beantragt und Talgrat Outdoor als Arbeitgeber angegeben. Können Sie bestätigen, dass {a?er|sie} "
      "seit {year} in Ihrer Filiale {storetown} unbefristet beschäftigt ist? Die Einwilligung liegt bei.\n\n"
      "{@CH:Freundliche Grüsse|Mit freundlichen Grüßen}\n{b.full}\n{lender}\n{b.phone}"),
    T("{b.dear},\n\nwir bestätigen, dass {a.full}, wohnhaft {a.addr1}, seit dem {dlong} bei Talgrat Outdoor als "
      "[[Verkaufsberater{a?|in}|stellvertretende Filialleitung|Lagermitarbeiter{a?|in}]] beschäftigt ist. Das "
      "Arbeitsverhältnis ist unbefristet[[ und ungekündigt|]]. Angaben zum Gehalt machen wir nur mit gesonderter "
      "Einwilligung.\n\n{@CH:Freundliche Grüsse|Mit freundlichen Grüßen}\n{s.full}\nPersonalabteilung"),
    T("Hi {s.first}, die Hausverwaltung für die neue Wohnung, {a.street}, braucht eine Bestätigung, dass ich bei "
      "euch arbeite. Kannst du sie an {b.email} schicken? Zuständig ist {b.full}. Danke dir, {a.first}"),
    T("Anfrage zur Beschäftigung von {a.full} (Personalnummer {staffno}) von {lender}, telefonisch beantwortet an "
      "{b.mrfull} unter {b.phone}: beschäftigt seit {year}, Vollzeit. Einwilligung liegt vor."),
    T("Hallo {s.first},\n\nfür meine Anmeldung zum {date} hier noch die fehlenden Angaben: Steuer-ID {a.taxid}, "
      "Anschrift {a.addr1}, Konto {a.iban}. [[Die Bescheinigung der Krankenkasse reiche ich nach.|Die Kopie vom "
      "Ausweis bringe ich am ersten Tag mit.]]\n\nViele Grüße\n{a.full}", country="DE", pin={"a": "DE"}),
]

PROSE["ad_objection_letter"] = [
    T("{a.full}\n{a.addr2}\n\n{date}\n\nWiderspruch gegen Werbung\n\nSehr geehrte Damen und Herren,\n\nbitte "
      "schicken Sie mir keine Kataloge und keine sonstige Werbung mehr. Ich widerspreche der Nutzung meiner Daten "
      "für Werbezwecke[[ nach Art. 21 DSGVO|]]. [[Bitte bestätigen Sie mir das schriftlich.|Bitte löschen Sie auch "
      "meine E-Mail-Adresse {a.email} aus Ihrem Newsletter.]]\n\n{@CH:Freundliche Grüsse|Mit freundlichen Grüßen}"
      "\n{a.full}"),
    T("{a.dear},\n\nIhren Widerspruch vom {date} haben wir erhalten und die Anschrift {a.addr1} in unsere "
      "Sperrliste aufgenommen. [[Der nächste Katalog ist eventuell schon gedruckt, daher kann noch ein Exemplar "
      "ankommen.|Sie erhalten keine Kataloge mehr.]] Ihr Kundenkonto bleibt bestehen.\n\n{@CH:Freundliche "
      "Grüsse|Mit freundlichen Grüßen}\n{s.full}\nDatenschutz"),
    T("Bitte keine Werbung mehr, weder per Post noch per Mail. Name {a.full}, PLZ {a.zip}. Außerdem kommen immer "
      "noch Kataloge für {b.full} an meine Adresse, {b?der|die} hier seit Jahren nicht mehr wohnt."),
    T("Robinsonliste: {a.LF}, {a.addr1}, hat am {date} schriftlich widersprochen, stand aber noch in der "
      "Katalogdatei {case}. Entfernt, Druckerei informiert."),
]

PROSE["unidentified_return"] = [
    T("Heute kam eine Rücksendung ohne Retourenschein. Absender laut Etikett: {a.full}, {a.addr1}. Inhalt: {prod} "
      "in {colour}, Größe {size}, Etiketten noch dran. Unter dem Namen finde ich keine Bestellung – kann jemand "
      "{a?ihn|sie} anrufen?[? Auf {@AT:dem Packerl|dem Paket} steht {a.phone}.?]"),
    T("{a.dear},\n\nbei uns ist ein Paket von Ihnen mit {p_dat} eingegangen, aber ohne Retourenschein, daher können "
      "wir es keiner Bestellung zuordnen. Können Sie uns die Bestellnummer oder die E-Mail-Adresse nennen, mit der "
      "bestellt wurde? [[Wir bewahren den Artikel {days} Tage auf.|Sobald wir das wissen, erstatten wir den "
      "Betrag.]]\n\nViele Grüße\n{s.first}"),
    T("Sorry, das war ich! Bestellt hat [[{b?mein Mann|meine Frau}|{b?mein Sohn|meine Tochter}]] {b.full} mit der Adresse "
      "{b.email}. Bitte wie immer auf {b?seine|ihre} Karte erstatten. LG {a.first}"),
    T("{t1} {s.lowfirst}: kennt jemand {a.low}? paket von {a.street}, keine papiere\n{t2} {s2.lowfirst}: "
      "such mal über die plz {a.zip}\n{t3} {s.lowfirst}: hab's, die {a.lowlast}-retoure ist {order}. danke"),
]

PROSE["photo_takedown_request"] = [
    T("Hallo,\n\nich war am {date} bei eurem [[Trailrunning-Abend|Boulder-Treff|Lawinenvortrag]] in {storetown} und "
      "bin auf [[dem dritten|dem zweiten]] Foto eures Instagram-Posts zu sehen. Ich habe nie zugestimmt, "
      "fotografiert zu werden. Bitte nehmt das Bild [[bis Ende der Woche|so schnell wie möglich]] raus.\n\n"
      "{a.full}[?\n{a.phone}?]"),
    T("{a.dear},\n\ndanke für Ihren Hinweis. Wir haben das Foto bei Instagram und Facebook entfernt und aus "
      "unserem Ablageordner gelöscht. [[Auch {b.full}, {b?der|die} fotografiert hat, hat {b?seine|ihre} Kopien "
      "gelöscht.|Wir haben auch die Fotografin gebeten, alle Kopien zu löschen.]] Es tut uns leid.\n\n"
      "{@CH:Freundliche Grüsse|Mit freundlichen Grüßen}\n{s.full}\nEvents, Talgrat {storetown}"),
    T("{k?Mein Sohn|Meine Tochter} {k.first} war am {date} beim Kinderklettern. Ihr habt ein Foto gepostet, auf dem "
      "{k?sein|ihr} Gesicht gut zu erkennen ist, und [[die Schule|unsere Straße]] markiert. Bitte löscht es heute "
      "noch.\n{a.full}\n{a.email}", rel={"k": "a"}),
    T("{s.first}, nimm bitte das Foto von {a.full} aus dem Newsletter-Entwurf – {a?er|sie} hat am Telefon "
      "({a.phone}) gebeten, nicht gezeigt zu werden. [[Das Bild mit {b.full} kann bleiben.|]]"),
]

PROSE["photo_takedown_request"].append(
    T("Grüezi mitenand\n\nAuf eurer Website ist ein Foto vom Velo-Treff in {storetown}, auf dem ich gut zu erkennen "
      "bin. Ich möchte nicht, dass es dort weiterhin zu sehen ist. Bitte entfernt es innert einer Woche und gebt mir "
      "kurz Bescheid.\n\nFreundliche Grüsse\n{a.full}\n{a.mobile}", country="CH", pin={"a": "CH"}))

PROSE["solicitor_letter"] = [
    T("Unser Mandant: {a.full}, {a.addr1}\nIhr Zeichen: {order}\n\nSehr geehrte Damen und Herren,\n\nwir zeigen an, "
      "dass wir {a.herrn} vertreten. {a?Unser Mandant|Unsere Mandantin} hat am {date} in Ihrer Filiale {storetown} den "
      "Artikel {product} zum Preis von {price} gekauft. [[Die Nähte haben sich nach zwei Touren gelöst.|Der "
      "Reißverschluss war nach drei Wochen defekt.]] Wir fordern Sie auf, den Kaufpreis binnen 14 Tagen auf unser "
      "Anderkonto bei der {bank}, IBAN {firmiban}, zu erstatten.\n\nMit freundlichen Grüßen\n{b.full}\n{b?Rechtsanwalt|Rechtsanwältin}"),
    T("{b.dear},\n\nbesten Dank für Ihr Schreiben vom {date} im Namen von {a.full}. Wir haben den Fall erneut "
      "geprüft und erstatten {price} aus Kulanz, ohne Anerkennung einer Rechtspflicht. [[Bitte bestätigen Sie die "
      "Bankverbindung.|Die Zahlung geht auf das angegebene Konto.]]\n\nMit freundlichen Grüßen\n{s.full}\n"
      "Rechtsabteilung Talgrat Outdoor"),
    T("Anwaltsschreiben zu {a.full} ({order}) von {b.full}, {firm}, {b.email}. Frist {date}. Weitergeleitet an "
      "{s.full}."),
    T("{@AT:Betrifft|CH:Betreff|Betreff}: {a.full} ./. Talgrat Outdoor\n\n{s.dear},\n\nwie telefonisch besprochen "
      "ist {a?mein Mandant|meine Mandantin} mit der Erstattung von {price} zuzüglich Porto einverstanden. Bitte "
      "überweisen Sie den Betrag direkt auf {a?sein|ihr} Konto {a.iban} und bestätigen Sie mir das an {b.email}.\n\n"
      "{@AT:Hochachtungsvoll|Mit freundlichen Grüßen}\n{b.full}\n{firm}\n{b.landline}"),
]

PROSE["mail_order_letter"] = [
    T("Liebes Talgrat-Team,\n\nim [[Herbstkatalog|Frühjahrskatalog]] habe ich {P_acc} gesehen und möchte den "
      "Artikel in {colour}, Größe {size}, bestellen. Ich habe kein Internet, bitte schicken Sie ihn mit Rechnung "
      "an:\n\n{a.full}\n{a.addr2}\n\nBei Fragen bin ich unter {a.landline} erreichbar.\n\n{@CH:Freundliche "
      "Grüsse|AT:Mit freundlichen Grüßen|Mit freundlichen Grüßen}\n{a.full}"),
    T("Sehr geehrte Damen und Herren,\n\nbitte senden Sie mir den Artikel {product} in {colour}[[, Größe {size}|]]. "
      "Belasten Sie dafür meine Kreditkarte {a.card}, gültig bis {exp}. Meine Anschrift lautet {a.addr1}.\n\n"
      "Vielen Dank\n{a.full}"),
    T("An die Bestellabteilung\n\nIch möchte {P_acc} ({sku}) in {colour} bestellen. Den Betrag können Sie von "
      "meinem Konto {a.iban}[? bei der {bank}?] abbuchen. [[Es ist ein Geschenk für meinen Enkel, bitte keine "
      "Rechnung ins Paket legen.|Bitte rufen Sie vorher an, ich bin manchmal nicht da.]]\n\n{a.full}\n{a.addr2}\n"
      "{a.phone}"),
    T("Postbestellung von {a.herrnfull}, {a.addr1}: {prod}, {colour}, Größe {size}. Die Schrift war schwer lesbar, "
      "ich habe unter {a.phone} nachgefragt – alles richtig. Rechnung liegt dem Paket bei."),
]

PROSE["corporate_gift_order"] = [
    T("Hallo,\n\nwir möchten {num} Stück {product} als Dankeschön für unser [[Projektteam|Ehrenamtsteam]] bestellen. "
      "Bitte liefern Sie an unser Büro, {company}, {a.addr1}, zu Händen von {a.full}. Die Rechnung bitte an "
      "{a.email}.\n\nViele Grüße\n{a.first}"),
    T("{a.dear},\n\nvielen Dank für Ihre Firmenbestellung über {num} Geschenke. Wie gewünscht gehen zwei Pakete "
      "direkt zu Ihren Kolleg:innen im Homeoffice: eines an {b.full}, {b.addr1}, und eines an {c.full}, {c.addr1}. "
      "[[Die übrigen erreichen Ihr Büro am {weekday}.|Die übrigen folgen nächste Woche.]]\n\n{@CH:Freundliche "
      "Grüsse|Mit freundlichen Grüßen}\n{s.full}\nFirmenkunden"),
    T("Bitte jedem Paket eine Karte beilegen. Für {b.first}: „Danke für ein großartiges Jahr – {a.first}“. Für "
      "{c.first}: „Viel Spaß in den Bergen! – das ganze Team“. Die Adressen stehen in meiner letzten Mail. "
      "{a.full}, {company}"),
    T("Das Paket für {b.full}, {b.addr1}, kam als unzustellbar zurück. Können Sie die Adresse mit {b?ihm|ihr} "
      "klären?[? In der Bestellung steht die {@CH:Natelnummer|Handynummer} {b.mobile}.?] [[Wir schicken es kostenlos noch einmal.|]]"),
]

PROSE["youth_grant_application"] = [
    T("Liebes Talgrat-Team,\n\nich heiße {a.full}, bin {age} und klettere [[im Jugendkader|im Verein]] in "
      "{a.town}. Ich bewerbe mich um eure Nachwuchsförderung, weil ich [[mich für das Bouldern-Bundesfinale "
      "qualifiziert habe|diesen Sommer meinen ersten Hochtourenkurs machen will]] und die Ausrüstung teuer ist. "
      "[[Mein Trainer {b.full} schreibt ein Empfehlungsschreiben.|Eine Empfehlung vom Verein kommt noch.]]\n\nIhr "
      "erreicht mich unter {a.email}.\n\n{a.first}"),
    T("Ich, {k.full}, bin damit einverstanden, dass {a?mein Sohn|meine Tochter} {a.full} an der "
      "Talgrat-Nachwuchsförderung teilnimmt und Fotos von {a?ihm|ihr} dafür verwendet werden. Anschrift: {k.addr1}. "
      "Telefon: {k.phone}.", rel={"a": "k"}),
    T("An die Förderjury\n\nich trainiere {a.full} seit drei Jahren in unserem Verein. {a.first} trainiert viermal "
      "pro Woche, hilft bei den Kleinen mit und [[hat im {month} den Landesjugendcup gewonnen|fehlt nie]]. Ich "
      "unterstütze die Bewerbung ohne Einschränkung.\n\n{b.full}\nCheftrainer{b?|in}\n{b.phone}"),
    T("Förderentscheid: {a.full} ({a.town}) bewilligt; {amount} überwiesen an {a?seinen|ihren} Elternteil "
      "{k.full}, {k.iban}.", rel={"a": "k"}),
]

PROSE["customs_charge_query"] = [
    T("Grüezi\n\nich habe {P_acc} bestellt ({order}) und musste der Post beim Zustellen {fee} für Mehrwertsteuer "
      "und Verzollung bezahlen. Im Shop stand, dass keine Zusatzkosten anfallen. Können Sie mir das zurückerstatten?"
      "\n\nFreundliche Grüsse\n{a.full}\n{a.addr2}", country="CH", pin={"a": "CH"}),
    T("{a.dear},\n\ndanke für die Quittung. Wir erstatten Ihnen die {fee}, die Sie an {carrier} bezahlt haben. "
      "[[Der Betrag geht auf die Karte mit den Endziffern {a.cardend}.|Bitte schicken Sie uns Ihre IBAN und den "
      "Namen des Kontoinhabers.]]\n\n{@CH:Freundliche Grüsse|Mit freundlichen Grüßen}\n{s.full}", country=["CH", "GB"]),
    T("Anbei die Quittung für die Zollgebühr zu {order}. Bitte überweisen Sie die {fee} auf mein Konto {a.iban}, "
      "Kontoinhaber{a?|in} {a.full}.", country=["CH", "GB"]),
    T("Servus, ich wohne in der Schweiz ({a.addr1}) und hab für euer Packerl {fee} an der Tür zahlen müssen. [[Davon "
      "stand beim Bestellen nichts.|Im Checkout stand: keine weiteren Kosten.]] Ruft mich bitte an: {a.phone}. "
      "{a.full}", country="AT", pin={"a": "CH"}),
]

PROSE["photo_caption"] = [
    T("{a.full}, {b.full} und {c.full} [[bei der Eröffnung|vor]] der neuen Filiale in {storetown} am {date}.",
      nocue=True),
    T("Von links: {a.full}, {b.full}, {c.full}. Die drei sind {route} für den Herbstkatalog [[an einem "
      "Tag|an zwei verregneten Tagen]] gegangen.", nocue=True),
    T("Als {a.full} [[{year}|vor drei Jahren]] die Reparaturwerkstatt in {storetown} übernahm, wurden dort etwa "
      "hundert Jacken im Jahr geflickt. Heute reparieren {a.last} und {b.full} mehr als [[vierhundert|sechshundert]], "
      "[[vom kaputten Reißverschluss bis zur gerissenen Schulter|vor allem Reißverschlüsse und Nähte]].", nocue=True),
    T("{a.full} ([[links|rechts]]) übergibt den Scheck an {b.full} von der [[{@AT:Bergrettung|CH:Rettungsstation|"
      "Bergwacht}|Jugendgruppe des Alpenvereins]]. [[Das Geld stammt aus dem Frühjahrsverkauf.|Das Team hat es bei "
      "einer Spendenwanderung gesammelt.]]", nocue=True),
    T("Stammkund{a?e|in} {a.full} [[probiert|testet]] {p_acc} mit Verkäufer{b?|in} {b.full} [[vor dem ersten "
      "Schnee|an einem grauen Morgen in {storetown}]].", nocue=True),
]

PROSE["store_transfer_request"] = [
    T("{t1} [[{s.first}|{s.lowfirst}]]: hi, {a?kunde|kundin} {a.full} will {p_acc} in {size} von euch zu uns, könnt ihr das mit dem "
      "donnerstagsbus schicken?\n{t2} {s2.first}: jo, gefunden. reserviert auf {a?seine|ihre} handynummer {a.mobile}\n"
      "{t3} {s.first}: super, danke!"),
    T("Hallo {s2.first},\n\nkannst du uns einmal {P_acc} in {colour} rüberschicken? Ist für {a.herrn}, "
      "{a?der|die} am {weekday} abholt. [[{a?Seine|Ihre} Nummer|Die Nummer]] ist {a.phone}, falls es nicht klappt."
      "\n\n{@AT:LG|CH:Merci und Gruess|Danke und Gruß}\n{s.first}"),
    T("{@CH:Grüezi|AT:Grüß Gott|Guten Tag}, den Artikel {prod} gibt es nur noch in Ihrer Filiale {storetown}. Können Sie "
      "ihn nach {storetown2} schicken lassen? Ich kann am {weekday} abholen. {a.full}, {a.email}"),
    T("Umlagerung {order}: {storetown} nach {storetown2} für {a.LF}, bei Eingang anrufen: {a.phone}."),
]

PROSE["porch_theft_claim"] = [
    T("Hallo, laut Sendungsverfolgung wurde mein Paket ({parcel}) am {date} um {time} zugestellt, aber hier ist "
      "nichts. [[Auf dem Foto steht es vor einer Tür, die nicht meine ist.|Es gibt weder Foto noch "
      "Benachrichtigungskarte.]] Meine Adresse: {a.addr1}. [[Meine Nachbarin {b.first} hat es auch nicht "
      "angenommen.|]] Wie geht es jetzt weiter?\n{a.full}"),
    T("{a.dear},\n\nes tut mir leid, dass Ihr Paket verschwunden ist. {carrier} gibt an, es [[vor der "
      "Haustür|im Hauseingang]] ({a.street}) abgelegt zu haben. Für einen Nachforschungsauftrag brauchen wir "
      "eine Bestätigung Ihrer Anzeige bei der Polizei. Danach schicken wir Ersatz.\n\n{@CH:Freundliche Grüsse|Mit "
      "freundlichen Grüßen}\n{s.full}"),
    T("Nachtrag zu {ticket}: {a.herr} hat angerufen – das {@AT:Packerl|Paket} ist bei {b.full} ({b.street}) "
      "aufgetaucht, zwei Häuser weiter. Kein Nachforschungsauftrag nötig."),
    T("Aktenzeichen der Polizei: {case}. Ich habe den Diebstahl am {date} angezeigt. Am selben Tag wurde auch "
      "{b.full} gegenüber ein Paket gestohlen. Bitte schicken Sie den Ersatz an meine Arbeitsadresse: {a.full}, "
      "{company}, {a.addrwork}."),
]

PROSE["instructor_contract"] = [
    T("{a.lieb},\n\nschön, dass du [[ab {@AT:Jänner|Januar}|{@AT:heuer im|diesen} Winter|{@AT:heuer im|diesen} Sommer]] unsere "
      "[[Orientierungskurse|Lawinenabende|Trailrunning-Technikkurse]] in {storetown} leitest. Wie besprochen zahlen "
      "wir {amount} pro Termin auf dein Konto {a.iban}. [[Bitte schick uns den Vertrag bis {date} unterschrieben "
      "zurück.|Der Vertrag hängt zur Unterschrift an.]]\n\nViele Grüße\n{s.full}\nKursprogramm"),
    T("Hallo {s.first}, der unterschriebene Vertrag hängt an. Meine Daten noch mal: {a.full}, {a.addr1}, IBAN "
      "{a.iban}.[? {@CH:Natel|Handy} {a.mobile}.?] Bis {weekday}! {a.first}"),
    T("Honorarkräfte fürs Kursprogramm: {a.full} (Orientierung) und {b.full} (Erste Hilfe). Die Verträge gingen am "
      "{date} an {a.email} und {b.email}."),
    T("Hallo {a.first},\n\ndanke für deine Unterlagen. Für die Abrechnung haben wir deine Steuer-ID {a.taxid}, "
      "deine Anschrift {a.addr1} und dein Konto {a.iban} hinterlegt. Die erste Zahlung kommt Ende {@AT:Jänner|Januar}.\n\n"
      "Viele Grüße\n{s.full}\nLohnbuchhaltung", country="DE", pin={"a": "DE"}),
    T("{a.dear},\n\nfür die Honorarabrechnung benötigen wir Ihre steuerliche Identifikationsnummer. Vielen Dank "
      "für die Angabe: {a.taxid}. Bitte prüfen Sie außerdem Ihre Bankverbindung {a.iban}.\n\nMit freundlichen "
      "Grüßen\n{s.full}", country="DE", pin={"a": "DE"}),
]

PROSE["duplicate_charge_complaint"] = [
    T("Hallo, mir wurde {order} doppelt abgebucht – {price} am {date} und noch einmal am {date2} von meiner Karte "
      "{a.card}. Bitte erstatten Sie die zweite Zahlung{@CH: innert zehn Tagen|AT: bis Ende Jänner|}.\n{a.sig}"),
    T("Guten Tag, auf meiner Karte mit den Endziffern {a.cardend} stehen zwei Zahlungen über {price} für eine "
      "einzige Bestellung. [[Ich habe nur einmal geklickt!|Beim ersten Versuch kam eine Fehlermeldung.]] Bei Fragen "
      "erreichen Sie mich unter {a.phone}. {a.full}"),
    T("{a.dear},\n\nwir haben Ihre Bestellung {order} geprüft. Der zweite Betrag ist nur eine Vormerkung aus dem "
      "abgebrochenen Versuch; Ihre Bank gibt ihn {@CH:innert|innerhalb von} {days} Tagen frei. [[Sie müssen nichts weiter "
      "tun.|Falls er danach noch da ist, antworten Sie bitte auf diese Mail.]]\n\n{@CH:Freundliche Grüsse|Mit "
      "freundlichen Grüßen}\n{s.full}"),
    T("Ich habe die Rechnung per Überweisung von {a.iban} bezahlt und dann aus Versehen ein zweites Mal. Bitte "
      "überweisen Sie einen Betrag auf dasselbe Konto zurück. {a.full}, {a.phone}"),
    T("Doppelbuchung bei {a.full} ({a.email}) bestätigt; {price} am {date} über den Zahlungsdienstleister "
      "erstattet. [[Kund{a?e|in} per Mail informiert.|Telefonisch Bescheid gegeben.]]"),
]

PROSE["course_cancellation_refund"] = [
    T("Hallo {a.first},\n\nleider müssen wir den [[Lawinenkurs|Klettersteigtag|Orientierungskurs]] am {date} "
      "absagen, [[weil der Wetterbericht zu unsicher ist|weil unser Bergführer krank ist]]. Wir überweisen dir "
      "{amount} zurück auf das Konto, von dem du bezahlt hast ({a.iban})[[, oder buchen dich auf den {date2} "
      "um|]]. Antworte einfach auf diese Mail.\n\nLiebe Grüße\n{s.first}"),
    T("{@AT:Servus|CH:Hoi|Hallo}, ich war für den abgesagten Kurs am {date} angemeldet. {b.full} und ich haben zusammen mit meiner "
      "Karte bezahlt, bitte beide Plätze darauf erstatten[[ (Endziffern {a.cardend})|]]. {a.full}, {a.phone}"),
    T("Erstattungen für den abgesagten [[Kurs|Tourentag]] am {date}: {a.full} und {b.full} zurück auf die Karte, "
      "{c.full} möchte eine Überweisung auf {c.iban}, {d.full} ist auf den nächsten Termin umgebucht."),
    T("Die {a.last}-Buchung ist storniert. Ich habe {a.first} unter {a.phone} wegen der Absage angerufen; {a?er|sie} hätte lieber einen Gutschein als "
      "das Geld. [[Gutschein an {a.email} geschickt.|Gutschein geht morgen raus.]]"),
]

PROSE["store_review"] = [
    T("[[★★★★★|5 Sterne]] – {s.first} aus der [[Schuh|Regenjacken|Rucksack]]abteilung hat sich [[fast eine "
      "Stunde|vierzig Minuten]] Zeit genommen und mir nicht das teuerste Modell aufgeschwatzt. [[Bin mit {p_dat} "
      "und glücklichen Füßen raus.|Komme wieder.]] – {a.fi}"),
    T("[[★★☆☆☆|2 Sterne]]. Zwanzig Minuten an der {@AT:Kassa|Kasse} gewartet. Als ich fragte, meinte {s.first}, "
      "ich hätte einen Beratungstermin buchen sollen. [[Schade.|Für einen so großen Laden enttäuschend.]] {a.first}"),
    T("Danke, {a.first}! Ich gebe das an {s.first} und das ganze Team weiter. – {s2.full}, Filialleitung Talgrat "
      "{storetown}"),
    T("Wir wollten Bergschuhe für unser{k?en Sohn|e Tochter} {k.first}, [[neun|elf]] Jahre alt und Einkaufsmuffel. "
      "{s.first} hat beide Füße vermessen, {k?ihn|sie} ewig die Rampe rauf und runter laufen lassen und beim zweiten "
      "Versuch das passende Paar gefunden. [[Total geduldig.|Super Beratung.]]\n{a.full}", rel={"k": "a"}),
    T("Letzte Woche {p_acc} gekauft. {s.first} und {s2.first} waren {@AT:leiwand|CH:mega hilfsbereit|klasse}, nur "
      "das Parken ist mühsam. – {a.il}"),
]


# --------------------------------------------------------------------------- Texte ohne personenbezogene Daten

CLEAN = {}

CLEAN["recipe_card"] = [
    T("[[Hüttenküche|Aus der Hüttenküche|Rezeptkarte]]: Jägereintopf für [[sechs|acht|zehn]]\nDas [[Wild|Rindfleisch|die "
      "Linsen]] in zwei Portionen anbraten, [[Wacholder|Kümmel|Paprika]], Lorbeer und einen Schuss [[Rotwein|dunkles "
      "Bier|Brühe]] dazu. [[Zwei Stunden|Neunzig Minuten|Eineinhalb Stunden]] hinten auf dem Herd schmoren lassen.[? "
      "Hält sich zwei Tage in der kalten Speisekammer.?]"),
    T("Der Koch empfiehlt für {route}: [[Kaiserschmarrn mit Preiselbeeren|Kaspressknödel|Linsensuppe]], dazu "
      "ein Bäckerdutzend [[Hafer-Riegel|Energiekugeln|Nussecken]]. [[Bei 180 °C 20 Minuten backen.|Bei 170 °C Umluft "
      "22 Minuten.|Eine Stunde kalt stellen statt backen.]]"),
    T("Studentenfutter, [[Ladenversion|Werkstattversion|Pausenraumversion]]\n- [[200|250]] g [[Mandeln|Haselnüsse|"
      "Cashews]]\n- [[150|100]] g Zartbitter-Drops\n- 100 g [[Hagebutten|Aprikosen|Mango]]\n- eine Prise Meersalz\n"
      "[[Passt ins Deckelfach vom Hochsattel 30.|Reicht für {num} Leute.|Passt in eine 500-ml-Dose.]]"),
    T("Tipp aus der Hütte: Im Mai gibt es [[Bärlauchsuppe|Brennnesselsuppe|Holundersirup]]. Die Blätter [[vor der "
      "Blüte|abseits des Weges|morgens]] pflücken, zweimal waschen, [[eine Kartoffel für die Bindung|zum Schluss "
      "ein Löffel Sahne|erst am Ende salzen]]. Für [[vier|sechs]] Personen kostet das rund {price}."),
]

CLEAN["order_status_digest"] = [
    T("Tagesübersicht Bestellungen – {dnum}\nVersendet: [[412|387|455]]\nWartet auf Ware: [[23|31|17]]\nÄlteste "
      "offene Bestellung: {order} ({date})\nRetouren gebucht: [[58|64]]"),
    T("Bestellung {order} – Status: [[versendet|unterwegs|abholbereit]]\nSendungsnummer: {parcel}\nDepotreferenz: "
      "{phoneish}\nVoraussichtliche Zustellung: {date}"),
    T("Zur Zahlungsprüfung angehalten: {order}, {order2}, {order3}. [[Nach 14 Uhr freigeben, wenn der PSP "
      "bestätigt.|Nicht vor der Kartenprüfung freigeben.]]"),
    T("Click & Collect {storetown}: [[sechs|neun|elf]] Bestellungen abholbereit, zwei überfällig ({order} seit "
      "{date}, {order2} seit {date2}). Fachnummer {phoneish}."),
]

CLEAN["product_qa_answers"] = [
    T("F: Passt der Artikel {product} über eine [[dicke Fleecejacke|Daunenjacke|Kapuzenjacke]]?\nA: [[Ja.|Ja, locker.|Meistens.]] "
      "Der Schnitt ist fürs Schichten gedacht; [[nimm deine übliche Größe|zwischen zwei Größen lieber die "
      "größere]]."),
    T("F: Darf ich {p_acc} [[in der Maschine waschen|in den Trockner geben|bügeln]]?\nA: [[Ja, bei 30 °C im "
      "Schonwaschgang, danach neu imprägnieren.|Ja, schonend bei 30 °C. Bitte keinen Weichspüler.|Nur auf niedriger "
      "Stufe; schau aufs Pflegeetikett.]]"),
    T("F: Gibt es nach Weihnachten eine Kulanzfrist für Rücksendungen?\nA: Bestellungen ab dem {date} kannst du bis "
      "zum {date2} zurückschicken. Danach beginnt die übliche {days}-Tage-Frist."),
    T("F: Bleicht {colour} in der Sonne aus?\nA: [[Nach einigen Saisons leicht.|Kaum; die Farbe hat unseren "
      "Lichtechtheitstest bestanden.|Ein wenig, wie jeder gefärbte Stoff.]] [[Trocken und ohne direkte Sonne "
      "lagern.|Auf links waschen.]] ({product}, {sku})"),
]

CLEAN["store_event_calendar"] = [
    T("Termine bei Talgrat {storetown}\n{date}, 19 Uhr – Winterabend: Schichten für kalte Tage\n{date2}, 10 Uhr – "
      "Wolfsspuren lesen mit der Gebietsbetreuung (Treffpunkt Parkplatz, {placezip})\n{date3} – Reparatur-Café, "
      "Reißverschlüsse mitbringen"),
    T("Vogelstimmenwanderung am ersten Sonntag im Mai, [[5:30|6 Uhr]] am Besucherzentrum in {placezip}. [[Kostenlos, "
      "aber Plätze begrenzt.|Fernglas und Thermoskanne mitbringen.|Hunde an der Leine willkommen.]]"),
    T("Jägervollmond-Nachtwanderung am {date}, [[20 Uhr|19:30 Uhr]]. [[Stirnlampe erforderlich.|Stirnlampen können "
      "an der {@AT:Kassa|Kasse} ausgeliehen werden.]] Strecke etwa [[9|11|13]] km, [[350|420]] Höhenmeter."),
    T("Kinderbouldern jeden Samstag ab {date}, 9:30 bis 11 Uhr. Die Wand in {storetown} ist am {date2} wegen neuer "
      "Griffe geschlossen."),
]

CLEAN["supplier_company_directory"] = [
    T("Freigegebene Lieferanten – [[Reißverschlüsse und Zubehör|Schnallen und Gurtband|Etiketten]]\n- Koch & Bauer "
      "Bergsport GmbH, [[Kempten|Sonthofen]]\n- Vogel & Winter Textil, [[Dornbirn|Lustenau]]\n[?- Sport Fuchs, "
      "Innsbruck\n?]- Schneider Alpin GmbH, [[Garmisch-Partenkirchen|Murnau]]"),
    T("Die Merino-Rohware kommt von Jäger Outdoor KG, die [[Färbung|Ausrüstung]] übernimmt Wolf Alpin. Lieferzeit "
      "[[sechs Wochen|rund 40 Tage|zwei Monate]]. Bestellung {order}."),
    T("Verpackung: Müller & Sommer Kartonagen, Halle [[4|7|12]], {placezip}. Etiketten: Druckerei Hahn. [[Beide "
      "im {month} auditiert.|Nächstes Audit im {month}.]]"),
    T("Vertragsverlängerungen in diesem Quartal: [[Lederwaren Kaiser|Sattlerei Engel]], [[Schnallen Weber|Metallwaren "
      "Hammer]], Logistik König & Klein, [[Wollhandel Fischer|Schäferei Lang]]. Konditionen beim Einkauf bis "
      "{date}."),
]

CLEAN["gtin_price_list"] = [
    T("{sku} | {product} | {colour} | {size} | GTIN {gtin} | {price}"),
    T("Preisliste gültig ab {date}\n{sku} – {product} – {price}\n{sku2} – {product2} – {price2}\n{sku3} – "
      "{product3} – {price3}"),
    T("GTIN {gtin}: {product}, {colour}\nGTIN {gtin2}: {product2}, {colour2}\n[[Barcodes vor dem Etikettendruck "
      "prüfen.|Etiketten werden am {weekday} gedruckt.]]"),
    T("Reduziert: {product} jetzt {saleprice} (vorher {price}), GTIN {gtin}, bis {date}."),
]

CLEAN["software_release_notes"] = [
    T("Scanner-App {version}\n- Schnellere Bestandsabfrage\n- Behoben: Absturz bei GTIN mit führender Null\n- "
      "Benötigt Firmware {version2} oder neuer"),
    T("Die Kassensoftware {version} wird am {date} in allen Filialen ausgerollt. [[Build 4411.|Build 4519.]] Filialen "
      "mit {version2} müssen nach 22 Uhr neu starten."),
    T("Release {version}: Der Etikettendrucker kann jetzt 100 × 150 mm. Bekanntes Problem: [[die Vorschau bleibt auf "
      "den alten Tablets leer|beim Nachdruck fehlt das Logo]]. Behoben in {version2}."),
    T("Webshop {version} – Änderungen: Größenberater für {p_acc}, neue Retourenseite, Payment-SDK {version2}. "
      "Rollback-Tag: release-{version3}."),
]

CLEAN["trail_conditions_report"] = [
    T("Wegezustand {dnum}: Der Jägersteig ist [[bis zum Joch frei|bis zum Joch schneefrei|begehbar]], oberhalb von "
      "[[1.900|2.100]] m vereiste Stellen. Der Weg zur Fuchsklamm ist [[nach dem Steinschlag gesperrt|nach der "
      "Reparatur wieder offen]]. [[Grödel empfohlen.|Früh losgehen.|Wetterbericht prüfen.]]"),
    T("Rund um den Wolfskopf: im unteren Wald [[matschig|nass|trocken]], oberhalb der Baumgrenze [[gut|windig]]. Die "
      "Brücke an der Vogelmühle [[ist wieder offen|ist noch gesperrt|öffnet am {date}]]. Der Parkplatz ist am "
      "Wochenende ab [[9|8:30]] Uhr voll."),
    T("Verhältnisse rund um {town}: Neuschnee in den Nordhängen, Lawinenwarnstufe [[2|3]] über [[2.000|2.200]] m. Die "
      "Route durch die Winterrinne ist bis {date} nicht zu empfehlen."),
    T("Der Weg über den Sommerberg ist [[neu geschottert|teilweise ausgewaschen]], die Furt am Königsbach nach dem "
      "Regen [[knietief|knöcheltief]]. [[Eine Stunde mehr einplanen.|Stöcke helfen.|Die obere Route umgeht sie.]] "
      "Stand {dnum}."),
]

CLEAN["warehouse_wave_plan"] = [
    T("Welle {num} – Start 6:30 Uhr\nBehälter 4401–4460, Zone B\nCut-off {carrier} 15 Uhr (Trailer {phoneish})\n"
      "Priorität: {order}, {order2}"),
    T("Kommissionierplan {dnum}: [[drei|vier]] Wellen, 1.240 Positionen. Rampe 3 für die Abholung durch {carrier} "
      "reserviert; Plombennummer {phoneish}."),
    T("Noch auf dem Band: {parcel}, {parcel2}. [[Neu etikettieren und mit dem Abend-LKW schicken.|Zur Prüfung "
      "zurückhalten.]]"),
    T("Nachschub: {sku} auf Platz 14-C, {sku2} auf Platz 02-A. Palettenreferenz {phoneish}. Inventur endet um 11 "
      "Uhr."),
]

CLEAN["colour_naming_guide"] = [
    T("Farbnamen: {colour} genau wie in den Produktdaten schreiben[[ ({sku})|]], nie „[[rosa|lachs|pink]]“ für "
      "Alpenglühen. [[Hüttenorange ist ein Farbname, nicht „orange“.|Tannenschatten ist nicht „waldgrün“.]]"),
    T("Den Artikel {product} gibt es unter anderem in {colour}. [[Moorbraun ersetzt das alte „Kastanie“.|Felsgrau ist heller "
      "als Schiefer.|Flechte ist neu in dieser Saison.]]"),
    T("Briefing Fotoshooting: {prod} in [[Tannenschatten|Hüttenorange]] vor Schnee, [[Gratblau|Schiefer]] vor grauem "
      "Fels. Enzian nicht neben Flechte – das beißt sich am Bildschirm.[? Shooting am {date}.?]"),
    T("Farbprüfung [[Katalog|Webshop|Schaufenster]]: [[Schiefer, Kalkstein, Moorbraun|Felsgrau, Flechte, Enzian|"
      "Alpenglühen, Hüttenorange, Tannenschatten, Gratblau]]. [[Alle freigegeben.|Flechte muss neu gedruckt "
      "werden.|Zwei Farbmuster fehlen.]] Geprüft am {dnum}."),
]
