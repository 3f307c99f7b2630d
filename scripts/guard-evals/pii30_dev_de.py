"""German prose templates (18 genres with personal data) and German texts without personal data
(10 genres) for the dev half of the thirtieth PII bank, written in German (du and Sie, Austrian
and Swiss variants). A template is a string or a pair (country, string) when it is fixed to one
country. In Swiss texts the renderer writes `ss` for `ß` in the text's own words."""

REV = ("[[Passt wie angegossen|Warm, aber nicht zu dick|Hat mich bei Dauerregen am Watzmann trocken "
       "gehalten|Die Kapuze passt über den Helm|Vom ersten Tag an bequem|Lässt sich klein "
       "verpacken|Der Hüftgurt ist top|Die Ärmel sind mir etwas zu lang|Farbe genau wie auf dem "
       "Foto|Reißverschlüsse laufen sauber]]")

PROSE = {
    "crm_note": [
        "{d}: Telefonat mit {p.herrn} {p.last} wg. {o}[[ – möchte {g.short_product} in Größe {g.size}| – Retourenlabel erneut an {p.email}| – neue Handynummer {p.mobile}| – Paket beim Nachbarn, alles gut]]. [[Rückruf durch {q.first}.|Erledigt.|Wiedervorlage am {g.weekday}.]]",
        "{p:Kunde/Kundin}: {p.lf}\nKonto seit {g.date}\n[?Kontaktweg: [[E-Mail|Telefon]]?]\n- {g.date}: umgezogen von {g.street_any} nach {p.addr}\n- {g.date}: Erstattung {g.amount} auf {p.iban}\n- {g.date}: neue Handynummer {p.mobile}\n[?- {g.date}: [[Frage zu Bonuspunkten|Beschwerde wg. Lieferverzug]] ({q.first})?]",
        "Dubletten zusammengeführt: {p.full} – behalten {p.email}, gelöscht {p.email2}. [[Der alte Eintrag lautete {p.LF}.|Im alten Profil stand {p.LF}.]][? Punkte übertragen.?]",
        ("AT", "Die {p.last}-Reklamation ist erledigt, die Gutschrift über {g.amount} ging an {p.iban}. {q.first} hat {p.herrn} {p.last} am {d} telefonisch informiert."),
        "{p.firstgen} Bonuspunkte ([[120|480|1.250]]) wurden auf das neue Konto mit {p.email} übertragen. [[Altes Konto gesperrt.|Bitte {q.first} gegenprüfen.]]",
        "{d}: {p.full} war mit dem Kassenbon für {o} in {s} und möchte die Erstattung lieber auf {p.iban} statt auf die Karte. {q.first} hat zugestimmt, {p.first} bestätigt noch per Mail von {p.email}.",
    ],
    "support_email": [
        "Hallo {p.first},\n\ndanke für deine Nachricht zu {o}. [[Wir haben {g.amount} auf deine Karte mit der Endung {p.last4} erstattet.|Der Ersatz ist heute rausgegangen.|Wir haben die Lieferadresse geändert:\n{p.addr2}]]\n\nViele Grüße\n{q.first} vom Talgrat-Kundenservice",
        "Guten Tag,\n\nich bin umgezogen. Bitte schicken Sie den Umtausch zu {o} an meine neue Adresse:\n{p.addr2}\n[?Für den Paketdienst: {p.mobile}?]\n\nMit freundlichen Grüßen\n{p.full}",
        "{p.sgh} {p.last},\n\ndie Abholung ist für {d} gebucht. Der Fahrer bringt eine Tüte mit, Sie müssen nichts verpacken.\n\n{q.first} | Talgrat Service\n\nAm {g.date} schrieb {p.full} <{p.email}>:\n> Der Reißverschluss ist nach zwei Wochen kaputt.\n> Können Sie das bei mir abholen? {p.addr}",
        ("CH", "Grüezi {p.herr} {p.last}\n\nWir haben Ihnen {g.amount} auf {p.iban} zurücküberwiesen. Die Gutschrift sollte in zwei bis drei Arbeitstagen sichtbar sein.\n\nFreundliche Grüße\n{q.full}\nTalgrat Kundendienst"),
        ("AT", "Servus {p.first},\n\ndeine Reparatur ist fertig, du kannst sie ab {g.weekday} in Innsbruck abholen. Falls was ist: {q.mobile}.\n\nLG {q.first}"),
        "Guten Tag {p.herr} {p.last},\n\nentschuldigen Sie die Wartezeit. Laut Paketdienst wurde die Sendung bei {g.street_any} abgestellt, nicht bei Ihnen. Wir haben heute Ersatz an {p.addr} geschickt, die Sendungsnummer kommt an {p.email}.\n\nViele Grüße\n{q.full}",
        "Hallo, die Zahlung für {o} klappt [[seit gestern|schon zum dritten Mal]] nicht. Kartennummer {p.card}, gültig bis {g.exp}, Inhaber{p:/in} {p.up}. Könnt ihr das manuell buchen? [[Danke|Grüße]], {p.first}",
    ],
    "signed_review": [
        "★★★★☆ " + REV + ". [[Gerne wieder.|Klare Empfehlung.|Insgesamt zufrieden.]] — {p.fi}",
        "[[5/5|4/5|3/5]] " + REV + ". [[Gekauft für die Dolomiten.|Den ganzen Sommer getragen.|War damit in Norwegen.]]\n[[{p.il}|{p.fi}]], {p.town}",
        REV + "!\n– {p.full}\n\nAntwort von Talgrat: Danke, {p.first}! [[Schön, dass es passt.|Wir haben deinen Hinweis ans Produktteam gegeben.|Viel Spaß am Berg!]] – {q.first}",
        REV + " [[echt|ehrlich]] [[top|gut]] {p.low}",
        ("AT", REV + ", ur leiwand! {p.fi} aus {p.town}"),
        ("CH", "«" + REV + "» – {p.full}[?, {p.town}?]"),
    ],
    "team_chat": [
        "[{g.tick}] {p.lowfirst}: kann jemand kasse 2 um [[15|halb 4]] übernehmen?\n[{g.tick}] {q.lowfirst}: ich, wenn {r.first} ins lager geht\n[{g.tick}] {r.lowfirst}: passt\n[?[{g.tick}] {p.lowfirst}: danke euch?]",
        "Besucher*in ({p.full}): hallo, mein paket ist nicht angekommen, {o}\nAgent ({q.first}): Das tut mir leid! Wie lautet die PLZ?\nBesucher*in: {p.postcode}\nAgent: Danke. Und die Straße?\nBesucher*in: {p.street}\nAgent: Laut Paketdienst wurde es abgestellt. [[Ich eröffne einen Nachforschungsauftrag.|Ich schicke heute Ersatz.]]\n[?Besucher*in: ok, meine nummer ist {p.mobile}?]",
        "{p.handle} kannst du [[Samstag|die Spätschicht|Sonntag]] mit mir tauschen? [[Zahnarzt|Hochzeit meiner Schwester|Prüfung]] – {q.first}",
        ("CH", "[{g.tick}] {q.lowfirst}: hoi zäme, {p.first} isch hüt chrank. chan öpper d'[[früeschicht|spätschicht]] übernäh?\n[{g.tick}] {r.lowfirst}: ich chume am [[zwei|drü]]\n[{g.tick}] {q.lowfirst}: merci vielmal!"),
        ("AT", "servas, i bin heut später dran, {p.first} sperrt auf. die {r.last}-retoure liegt bei der kassa. – {q.lowfirst}"),
    ],
    "call_note": [
        "Anruf {g.time} Uhr: {p.herr} {p.last} ({p.phone}) wegen {o}. [[Bitte Rückruf.|Erledigt.|Retourenschein an {p.email} geschickt.]]",
        "Mailbox {d}, {g.time} Uhr:\n„Ja, hallo, hier ist {p.full}, es geht um meine Bestellung {o}. [[Die Jacke ist zu klein.|Es ist noch nichts angekommen.|Mir wurde doppelt abgebucht.]] Meine Nummer ist {p.mobile}, also {p.mobile}. Danke, tschüss.“",
        "Telefonbestellung, aufgenommen von {q.first}: {g.product}, Größe {g.size}, für {p.full}. Lieferung an {p.addr}. Bezahlt mit Karte {p.card}[[, gültig bis {g.exp}|]]. [[Bitte als Geschenk verpacken.|Keine Rechnung ins Paket.]]",
        "Rückrufliste {d}:\n1. {p.full} – {p.phone} – [[Erstattung|Größentausch|fehlender Artikel]]\n2. {q.lf} – {q.phone} – [[Termin Schuhanpassung|Garantiefall]]\n3. {r.herr} {r.last} – {r.phone} – [[Liefertermin|Rechnungskopie]]",
        ("CH", "Anruf von {p.herr} {p.last}, Natel {p.mobile}: möchte die Rückerstattung für {o} aufs Konto statt als Gutschein. Kontonummer {p.iban}. Weitergeleitet an {q.first}."),
        "{g.time} Uhr – {p.full} hat angerufen, weil der Bote Pakete immer beim Nachbarn abgibt. Wunsch: „[[in die Garage|auf die Terrasse]]“, dazu die Handynummer {p.mobile}. Eingetragen von {q.first}.",
    ],
    "name_prose": [
        "Glückwunsch an {n.full} und {m.full}, die den ganzen [[Maximiliansweg|E5 von Oberstdorf nach Meran|Lechweg]] mit unseren Testmustern gelaufen sind und uns seitenweise Notizen geschickt haben.",
        "{n.full} ist seit dieser Woche im Team in {s}. {m.full} zeigt {n:ihm/ihr} das Lager und die Reparaturecke.",
        "Die Fotos im Herbstkatalog hat {n.full} am [[Hochgrat|Nebelhorn|Säntis]] gemacht; {m.full} hat Stativ und Thermoskanne getragen.",
        "Beim Spendenlauf kamen {g.amount} für die Bergwacht zusammen. {n.full} war {n:als Erster/als Erste} im Ziel, {m.full} und {w.full} kurz vor dem Regen.",
        "Nach [[23|17|30]] Jahren geht {n.full} am Freitag in Rente. Wer je von {n:ihm/ihr} Bergschuhe angepasst bekommen hat, weiß, was uns fehlen wird. {m.full} übernimmt die Schuhberatung.",
    ],
    "postal_letter": [
        "{p.full}\n{p.addr2}\n\nAn Talgrat Outdoor, Kundenservice – {d}\n\nWiderruf der Bestellung {o}\n\nSehr geehrte Damen und Herren,\nhiermit widerrufe ich meinen Vertrag über {g.product}. Bitte erstatten Sie {g.amount} auf mein Konto {p.iban}.\n\nMit freundlichen Grüßen\n{p.full}",
        "{p.herrn}\n{p.full}\nc/o {q.full}\n{p.addr2}\n\n{p.sgh} {p.last},\n\nvielen Dank für Ihren Brief. [[Ihre Reparatur ist fertig und geht diese Woche in die Post.|Anbei erhalten Sie einen Gutschein über {g.small_amount}.]]\n\nMit freundlichen Grüßen\n{r.full}, Kundenbetreuung",
        ("AT", "{p.full}\n{p.addr2}\n\nBetreff: Beschwerde, Einkauf vom {d}\n\nSehr geehrte Damen und Herren,\nbeim Einkauf in Ihrer Filiale {s} wurde mir das Sackerl mit der Jacke nicht mitgegeben. Bitte überweisen Sie {g.amount} auf {p.iban}.\n\nHochachtungsvoll\n{p.full}"),
        ("CH", "Einschreiben\n\n{p.full}\nc/o {q.full}\n{p.addr2}\n\nSehr geehrte{p:r/} {p.herr} {p.last}\n\nWir bitten Sie, den offenen Betrag von {g.amount} innert 30 Tagen zu begleichen.\n\nFreundliche Grüße\n{r.full}"),
    ],
    "email_signature": [
        "Viele Grüße\n{q.full}\n[[Filialleitung|Stellv. Filialleitung|Visual Merchandising|Schuhberatung]] Talgrat {s}\nMobil: {q.mobile}\nE-Mail: {q.staffmail}",
        "Mit freundlichen Grüßen\n\n{p.full}\n[[Disposition|Key Account Management|Niederlassungsleitung]]\n{p.co}\nTel. {p.landline} | Mobil {p.mobile}\n{p.workmail}",
        "Passt, danke – [[ich hole es am Samstag ab|bis Donnerstag|so machen wir's]].\n\n{p.first}\n\n[[Von meinem iPhone gesendet|Gesendet von meinem Smartphone]]",
        ("AT", "Mit freundlichen Grüßen\ni. A. {p.full}\n{p.co}\nT {p.landline}\n{p.workmail}"),
        "{p.full} ({p:er/sie}/{p:ihm/ihr})\n[[E-Commerce|Kundenerlebnis|Einkauf]], Talgrat Outdoor\n{p.staffmail} · {p.mobile}",
    ],
    "civil_recovery": [
        ("DE", "{p.full}\n{p.addr2}\n\nAktenzeichen {t}\n\n{p.sgh} {p.last},\n\nam {d} wurden Sie in unserer Filiale {s} beim Diebstahl von Waren im Wert von {g.amount} angetroffen. Für Fangprämie und Bearbeitung fordern wir {g.small_amount}.\nBitte überweisen Sie den Betrag binnen {g.days} Tagen auf {g.shop_iban}.\n\n{q.full}\n{q.co_recovery}"),
        ("CH", "{p.full}\n{p.addr2}\n\nUmtriebsentschädigung, Ereignis vom {d}\n\nGrüezi {p.herr} {p.last}\n\nFür den Aufwand nach dem Ladendiebstahl in {s} stellen wir Ihnen {g.small_amount} in Rechnung. Zahlbar innert 30 Tagen auf {g.shop_iban}.\n\nFreundliche Grüße\n{q.full}"),
        "Hallo {q.first},\n\nbitte einen Fall für die Fangprämie anlegen:\nName: {p.full}\nGeb.: {p.dob}\nAnschrift: {p.addr}\nWare: {g.short_product} ({g.price})\nVideo gesichert, Detektiv{r:/in} vor Ort: {r.full}.\n\nGruß {u.first}",
        "An {g.co_recovery}: Ihr Schreiben {t} habe ich erhalten. Ich war am {d} nicht in der Filiale {s} und werde nicht zahlen. Weitere Post bitte nur an {p.email}.\n{p.full}",
        "Zahlung von {p.lf} zu {t} eingegangen: {g.small_amount} [[per Karte mit Endung {p.last4}|per Überweisung]]. Vorgang am {d} von {q.first} geschlossen.",
        "Hallo {q.first},\n\nder Jugendliche aus der Filiale {s} vom {d} hat die {g.small_amount} inzwischen bezahlt. {p:Sein Vater/Seine Mutter}, {p.herr} {p.last}, hat unter {p.phone} angerufen und bittet um Abschluss. Bitte kurz an {p.email} bestätigen.\n\n{r.full}",
    ],
    "witness_statement": [
        "Zeugenaussage\nName: {p.full}\nAnschrift: {p.addr}\nTelefon: {p.mobile}\n\nAm {d} gegen {g.time} Uhr war ich in der Filiale {s} bei den [[Bergschuhen|Kassen|Eingangstüren]]. Ich habe gesehen, wie ein Mann [[eine Jacke|ein Paar Socken|einen Fleecepulli|eine Mütze]] in seine Tasche gesteckt hat. {q:Der Verkäufer/Die Verkäuferin}, {q.first}, ist ihm zur Tür gefolgt.\n\nUnterschrift: {p.full}",
        "Gedächtnisprotokoll von {q.full} (Verkauf), {d}:\nUm {g.time} Uhr ist {p.herr} {p.last} am Eingang auf dem nassen Boden ausgerutscht. Ich habe {p:ihm/ihr} auf einen Stuhl geholfen und {r.full} aus der Filialleitung gerufen. Telefonnummer laut {p.herr} {p.last}: {p.phone}.",
        "Zeug{p:e/in} für den Vorfall am {d}: {p.full}, {p.mobile}, ist zu einer Aussage bereit. [[Am besten per E-Mail: {p.email}.|Bitte erst nach 17 Uhr anrufen.]]",
        ("AT", "Ich, {p.full}, wohnhaft {p.addr}, bestätige, dass ich am {d} in der Filiale {s} gesehen habe, wie das Regal umgefallen ist. Verletzt wurde niemand. Für Rückfragen der Versicherung ({g.co_insurer}) stehe ich zur Verfügung.\n{p.full}"),
        "{p.full} stand an der Kasse und hat alles gesehen. {p:Er/Sie} hat {q.first} die Handynummer {p.mobile} dagelassen und meint, der Mann sei Richtung [[Parkhaus|Bahnhof|Fluss]] gelaufen.",
    ],
    "jury_service": [
        ("DE", "Hallo {q.first},\n\nich bin als {p:Schöffe/Schöffin} beim [[Landgericht München I|Amtsgericht Kempten|Landgericht Stuttgart]] gewählt worden und habe am {d} den ersten Sitzungstag. Die Ladung hänge ich an.\n\nGruß\n{p.full}\n{p.mobile}"),
        ("DE", "{k.lieb} {k.first},\n\ndanke für die Info zu deinem Schöffendienst. Deine Schichten sind abgedeckt. Bitte schick die Verdienstausfallbescheinigung an {g.hr_mail}, wir unterschreiben sofort.[? Für das Formular brauchen wir noch deine Steuer-ID: Ist {k.taxid} richtig?]\n\n{q.full}\nPersonalabteilung"),
        ("AT", "Ladung zum Landesgericht [[Innsbruck|Salzburg|Graz]]: {p.full}, Personalnummer {g.staffno}, ist am {d} als {p:Geschworener/Geschworene} geladen. Filialleitung {q.full} ist informiert. Erreichbar unter {p.mobile}."),
        "Dienstplan: {p.first} fällt ab {d} wegen Schöffendienst aus. {q.first} übernimmt die Frühschichten, {r.first} den Samstag.",
        ("DE", "Info für den Dienstplan in {s}: {p.full} ist ab {d} {p:Schöffe/Schöffin} und fällt an den Sitzungstagen aus. {q.first} tauscht gern Schichten; {r.first}, kannst du die Samstage übernehmen?"),
    ],
    "misdelivery_report": [
        "Paket für {p.full} ({o}) wurde bei {q.full}, {q.addr}, zugestellt. {q.first} hat unter {q.phone} angerufen; der Paketdienst holt es am {g.weekday} ab.",
        "Hallo,\n\nich habe heute ein Paket bekommen, das nicht für mich ist. Auf dem Etikett steht {p.full}, {p.addr}. [[Es lag vor meiner Tür.|Mein Nachbar hat es angenommen.]] Wie kann ich es weiterschicken?\n\n{q.full}\n[?{q.mobile}?]",
        "Vorfall {t}: Der Lieferschein von {p.lf} (mit {p.email} und {p.phone}) lag im Paket an {q.lf}. Beide am {d} informiert. Datenschutzbeauftragte{r:r/}: {r.full}.",
        "{p.sgh} {p.last},\n\nes tut uns leid: Ihre Bestellung {o} ging an eine falsche Adresse. Wir haben Ihnen Ersatz an\n{p.addr2}\ngeschickt, er kommt bis {g.weekday}.\n\nFreundliche Grüße\n{q.first}, Talgrat Service",
        ("CH", "Grüezi\n\nBei mir ist ein Päckli für {p.full} gelandet, {p.addr}. Können Sie es bei mir abholen lassen? Natel {q.mobile}.\n\nFreundliche Grüße\n{q.full}"),
    ],
    "serial_returner": [
        "Kontoprüfung {d}: {p.full} ({p.email}) – [[14|19|22]] Bestellungen, [[12|17|20]] Retouren, meist Schuhe. Entscheidung: [[Hinweisschreiben|kostenlose Retoure ausgesetzt|keine Maßnahme]].[? Die {p.last}-Retouren kamen meist ungetragen zurück.?] Geprüft von {q.first}.",
        "{p.sgh} {p.last},\n\nuns ist aufgefallen, dass die meisten Ihrer letzten Bestellungen zurückgekommen sind. Ab {d} kostet jede Retoure auf Ihrem Konto {g.small_amount}. Wenn Sie das für einen Irrtum halten, schreiben Sie an {g.support_mail}.\n\nIhr Talgrat-Kundenservice",
        "Das ist doch lächerlich. Ich schicke zurück, weil eure Größen nicht stimmen. Löscht mein Konto und schreibt nie wieder an {p.email}.\n{p.full}",
        "Auffällige Konten ({d}):\n1. {p.lf} – [[9 von 11|12 von 13]] retourniert – {p.email}\n2. {q.lf} – [[7 von 8|15 von 19]] retourniert – {q.email}\n[?3. {r.lf} – 6 von 6 retourniert – {r.email}?]\nZuständig: {u.first}",
        "Hallo {q.first}, bevor wir bei {p.full} die kostenlose Retoure sperren: {p:Er/Sie} hat heute angerufen, die meisten Rücksendungen waren Geschenke für {p:seinen/ihren} Lauftreff. Ich würde {p:ihm/ihr} noch eine Chance geben. – {r.first}",
    ],
    "police_info_request": [
        ("DE", "Sehr geehrte Damen und Herren,\n\nim Ermittlungsverfahren {t} wegen Betrugs bitten wir um Auskunft zu Bestellung {o}, aufgegeben auf den Namen {p.full}, E-Mail {p.email}, von der IP-Adresse {g.ip}.\n\nMit freundlichen Grüßen\n{j.full}, KOK\nKriminalpolizei, Kommissariat [[3|5|12]]\nTel. {j.landline}"),
        "Antwort auf das Auskunftsersuchen {t}: Bestellung {o} wurde am {d} von {g.anyip} aufgegeben. Lieferanschrift: {p.addr}. Telefon: {p.phone}. Bezahlt mit [[Karte, Endung {p.last4}|Karte {p.card}]]. Freigabe durch {r.full}.",
        "Auskunftsersuchen {t} von KHK {j.last} am {d} eingegangen. Die Rechtsabteilung ({r.first}) gibt nur die Daten zu {p.full} frei, nicht zum zweiten Namen.",
        ("AT", "Landespolizeidirektion Tirol\n\nBetreff: Ersuchen um Datenauskunft\n\nIn einer Strafsache ersuchen wir um Übermittlung der Videoaufzeichnung und der Zahlungsdaten zum Einkauf vom {d} durch eine Person namens {p.full} ({p.mobile}).\n\n{j.herr} {j.full}, Inspektor{j:/in}"),
        ("CH", "Kantonspolizei [[Zürich|Bern|Luzern]]\n\nIm Rahmen eines Verfahrens bitten wir um Herausgabe der Kundendaten zu {p.full}, E-Mail {p.email}, sowie der IP-Adresse der Bestellung {o}.\n\n{j.full}, Fahnder{j:/in}\n{j.landline}"),
        "{r.first}, {j.herr} {j.last} von der Polizei war heute da und möchte das Video vom {d} und den Namen auf der Karte von Kasse 3. Ich habe gesagt, dass wir ein schriftliches Ersuchen brauchen. Rückrufnummer: {j.landline}.",
    ],
    "insolvency_notice": [
        ("DE", "Insolvenzverfahren über das Vermögen von {k.full}, {k.addr}\nAz. {t}[? – Steuer-ID {k.taxid}?]\n\nSehr geehrte Damen und Herren,\nmit Beschluss des Amtsgerichts vom {d} wurde ich {q:zum Insolvenzverwalter/zur Insolvenzverwalterin} bestellt. Forderungen melden Sie bitte bis {g.later} bei mir an.\n\n{q.full}\n{q:Rechtsanwalt/Rechtsanwältin}\n{q.co_insolv}\n{q.workmail}"),
        "{p:Kunde/Kundin} {p.lf} ist in Insolvenz (Schreiben von {q.full}, {q.co_insolv}). Lastschrift auf {p.iban} stoppen. Offener Saldo: {g.amount}. Erledigt von {r.first}.",
        "Unser Lieferant {p.full} ([[Lederwerkstatt Bergfalte|Kordelmanufaktur Talwind|Schnallenschmiede Grünhang]]) ist insolvent. Ansprechpartner{q:/in} beim Verwalter: {q.full}, {q.landline}. Die letzte Rechnung über {g.amount} ist offen.",
        ("AT", "Schuldenregulierungsverfahren {p.full}, {p.addr}\n\nSehr geehrte{q:r/} {q.herr} {q.last},\nanbei unsere Forderungsanmeldung über {g.amount}. Zahlungen bitte auf {g.shop_iban}.\n\nMit freundlichen Grüßen\n{r.full}, Forderungsmanagement"),
        ("CH", "Konkurs {p.full}, {p.addr}\n\nDas Konkursamt hat uns informiert. Forderung eingegeben: {g.amount}. Sachbearbeiter{q:/in}: {q.full}, {q.landline}.\n{r.first}"),
        "Zur Info: {p.full}, {p:der/die} uns aus dem Firmenkonto noch {g.amount} schuldet, ist insolvent. Post geht ab sofort an {q.full} ({q.co_insolv}). – {r.first}",
    ],
    "internship_placement": [
        ("DE", "Sehr geehrtes Team der Filiale {s},\n\n{p:unser Schüler/unsere Schülerin} {p.full} ({p.age}) sucht einen Praktikumsplatz für das Schülerpraktikum ab {d}. {p:Er/Sie} wandert gern und interessiert sich für den Handel.\n\nBetreuende Lehrkraft: {q.full} ({q.co_school}), {q.workmail}, {q.landline}\n\nMit freundlichen Grüßen\n{q.full}"),
        "Hiermit erlaube ich, {q.full}, dass {p:mein Sohn/meine Tochter} {p.first} ab {d} ein Praktikum bei Talgrat {s} macht. Notfallnummer: {q.mobile}. [[Keine Allergien.|Allergie: Nüsse.]]",
        "Hallo {q.first},\n\nja, wir können {p.first} in der Woche ab {d} nehmen. [[Start ist um 9 Uhr am Personaleingang.|Bitte feste Schuhe mitbringen.]] {r.first} betreut {p:ihn/sie}.\n\n{r.full}\nFilialleitung",
        ("DE", "Pflichtpraktikum – Personalbogen\nName: {k.full}\nAnschrift: {k.addr}\nGeburtsdatum: {k.dob}\nSteuer-ID: {k.taxid}\nIBAN für die Vergütung: {k.iban}\nHochschule: [[TH Rosenheim|Hochschule Kempten|Universität Augsburg]]\nBetreuung: {q.full}"),
        ("CH", "Schnupperlehre – {p.full}\nMo: Lager mit {q.first}\nDi: Kasse mit {r.first}\nMi: [[Schuhberatung|Reparaturecke]]\nDo: Schaufenster\nFr: Auswertung mit {u.full}"),
        ("AT", "Berufspraktische Tage: {p.full} ({p.age}) von {d} bis Freitag in der Filiale {s}. Ansprechperson: {q.full}, {q.mobile}."),
        "Danke nochmal, dass {p.first} letzte Woche bei euch sein durfte! {p:Er/Sie} hat jeden Abend von der Schuhberatung und von {r.firstgen} Geschichten aus den Bergen erzählt. – {q.full} ({q.email})",
    ],
    "avalanche_course": [
        "Buchungsbestätigung\nKurs: LVS-Grundkurs, {d}\nTeilnehmer{p:/in}: {p.full}\nNotfallkontakt: {q.full}, {q.mobile}\n[?Leih-LVS: ja?]\nBezahlt: {g.amount} (Karte mit Endung {p.last4})",
        "Hallo zusammen,\n\nwir treffen uns um 7:30 Uhr vor der Talgrat-Filiale [[Innsbruck|Kempten|Chur]]. Schaufel, Sonde und LVS mitbringen, Leihgeräte liegen bereit. Wer sich verspätet, ruft mich an: {q.mobile}.\n\n{q.full}\n[[Bergführer{q:/in}|Skitourenführer{q:/in}]]",
        "Teilnehmende {d}:\n1. {p.full}, {p.mobile}, LVS: [[eigenes|Leihgerät]]\n2. {q.lf}, {q.mobile}, LVS: [[eigenes|Leihgerät]]\n3. {r.full}, {r.phone}, LVS: [[eigenes|Leihgerät]]\nFührung: {u.full}",
        "Hallo, ich muss meinen Platz im Lawinenkurs am {d} leider absagen (Knieverletzung). Könnt ihr auf die Karte zurückbuchen, mit der ich bezahlt habe? {p.full}, {p.email}",
        ("CH", "Anmeldung Lawinenkurs [[Davos|Engelberg]]\nName: {p.full}\nNatel: {p.mobile}\nE-Mail: {p.email}\nNotfallkontakt: {q.full}, {q.mobile}"),
        "Kurze Info vom Kurs am {d}: {p.full} hat sich beim Abstieg das Knie verdreht, {q.first} hat {p:ihn/sie} nach [[Landeck|Imst|Davos]] in die Klinik gefahren. Die Versicherungsdaten schickt {p.first} von {p.email}. – {u.full}",
    ],
    "cash_collection": [
        "Geldabholung {d}: Safebag {g.seal} um {g.time} Uhr an {q.full} ({q.co_cash}) übergeben. Schlüsselträger{p:/in} vor Ort: {p.full}.",
        "Hallo {r.first},\n\nder Safebag vom {d} (Plombe {g.seal}) ist noch nicht gutgeschrieben. Abgeholt hat {q.full}. [[Auf dem Video ist die Übergabe um {g.time} Uhr zu sehen.|Die Quittung liegt im Tresor.]] Ruf mich an: {p.mobile}.\n\n{p.first}",
        "Ab nächster Woche wird das Bargeld in {s} dienstags und freitags abgeholt. Fahrer{q:/in}: {q.full}, {q.mobile}. Bitte die Bags bis [[10|11]] Uhr verplomben. – {p.first}",
        "Abholquittung\nFiliale: {s}\nFahrer{q:/in}: {q.full}\nAusweis-Nr.: {g.staffno}\nFür die Filiale unterschrieben: {p.il}\nBags: 2 (Plomben {g.seal}, {g.seal})",
        ("CH", "Geldtransport {d}: {q.full} von {q.co_cash} war um {g.time} Uhr da, Natel {q.mobile}. Übergeben hat {p.full}."),
        "Der Geldtransporter war heute wieder [[40 Minuten zu spät|zu früh]] da. {q:Der Fahrer/Die Fahrerin}, {q.full}, meinte, die Route sei geändert worden; ich habe {q:ihn/sie} gebeten, künftig vorher in der Filiale anzurufen. Quittiert hat {p.first}. – {r.first}",
    ],
}

NOPII = {
    "care_label": [
        "{g.product}: bei [[30|40]] °C waschen, [[kein Weichspüler|kein Bleichmittel|keine chemische Reinigung]], [[im Trockner schonend trocknen, damit die Imprägnierung wieder wirkt|liegend im Schatten trocknen|auf der Leine trocknen]]. Farbe: {g.colour}.",
        "Pflegehinweis – {g.sku}\nMaschinenwäsche [[30|40]] °C\n[[Druck nicht bügeln|Auf links bügeln, niedrige Stufe|Nicht in den Trockner]]\n[[Alle 10 Wäschen nachimprägnieren|Reißverschlüsse vor dem Waschen schließen|Nur Flüssigwaschmittel]]\nGTIN {g.gtin}",
        "Merino-Tipp: [[nach der Tour auslüften|selten und kalt waschen|nie in den Trockner]]. Das Morgengrat in [[Kalkstein|Schiefer|Moorbraun]] [[hängt am besten auf einem Holzbügel|bleibt gefaltet in Form|mag ein Wäschenetz]] – auch nach einem Bäckerdutzend Wäschen [[wie neu|top|frisch]]. Größe {g.size}, {g.price}.",
        "Daunenpflege: die Kaltkar bei [[30|20]] °C mit [[Daunenwaschmittel|mildem Waschmittel]] waschen, mit [[drei|zwei]] Tennisbällen [[2|3]] Stunden trocknen. Flecken in [[Jägergrün|Fuchsbraun|Wolfsgrau]]? Tupfen, nicht reiben. Fragen zu {g.short_product}? In der Filiale {g.store}.",
    ],
    "avalanche_bulletin": [
        "Lawinenlagebericht {g.date}: Gefahrenstufe [[2|3]] oberhalb [[1.800|2.000|2.200]] m in den [[Stubaier Alpen|Allgäuer Alpen|Silvretta|Glarner Alpen]]. [[Frische Triebschneepakete in Nordhängen.|Schwachschicht in Bodennähe.|Nassschnee ab Mittag.]] Nächste Ausgabe {g.time} Uhr.",
        "Schneebericht {g.town_alone}: [[20|35|50]] cm Neuschnee, Wind aus [[West|Nordwest|Süd]], Stufe [[2|3|4]]. [[Fuchsrinne|Jägerkar|Bäckerkessel]] gesperrt. [[Im Mai schon Nassschneelawinen ab Mittag.|Der Winter ist für eine Woche zurück.]]",
        "Tourenverhältnisse {g.date}\n- Wolfsgrat: [[vereist, Steigeisen nötig|windgepresst|gut]]\n- Bäckerjoch: [[gut, Stufe 2|verspurt|Harschdeckel]]\n- Königsrinne: [[gesperrt nach dem Abgang|wieder offen|eingeweht, meiden]]\nGültig bis {g.time} Uhr.",
        "Frühjahrssituation in den [[Stubaier|Ötztaler|Allgäuer]] Alpen: morgens gering, im Tagesverlauf steigend. Friert es heute Nacht? Laut Prognose [[ja|kaum|nein]]. [[Früh|Vor 6 Uhr|Bei Tagesanbruch]] starten, [[um 13 Uhr|mittags|um 11]] zurück sein. Nächster Bericht {g.date}.",
    ],
    "pick_list": [
        "Pickliste {g.order}\nFach A-{g.qty} | {g.sku} | {g.size} | Menge {g.qty}\nFach C-{g.qty} | {g.sku} | {g.size} | Menge {g.qty}\n[?Fach F-{g.qty} | {g.sku} | {g.size} | Menge {g.qty}\n?]Palette {g.ref}",
        "Welle [[3|7|12|15]] – [[14|22|31|40]] Aufträge\nGTIN {g.gtin} x {g.qty}\nGTIN {g.gtin} x {g.qty}\nUmlagerung {g.ref} nach {g.store}[?\nPaket {g.parcel} neu versenden?]",
        "Fehlmenge: {g.product}, {g.colour}, {g.size}. Fach [[leer|nur beschädigte Ware]], Bestand sagt {g.qty}. Gitterbox {g.ref}.",
        "Nachschub {g.date}: {g.sku} ({g.colour}) x {g.qty}; {g.sku} x {g.qty}; Socken, [[alle Größen|M und L|nur S]]. Palette {g.ref}.",
    ],
    "stockist_list": [
        "Händler: [[Sport Fuchs|Bergsport Vogel & Winter|Jäger Outdoor]] ({g.town_alone}), [[Koch & Bauer Bergsport|Schneider Alpin GmbH|Wolf Sport AG]] ({g.town_alone}), [[Hahn & Kaiser Outdoor|Gebrüder Klein KG|Bergfink Sport]] ({g.town_alone}).",
        "Neue Händler im [[Frühjahr|Herbst|Winter]]\n- [[Koch & Bauer Bergsport|Sommer Sport]], {g.town_alone}\n- [[Schneider Alpin GmbH|Fuchs & König Alpin]], {g.town_alone}\n- [[Wolf Sport AG|Adler Bergsport]], {g.town_alone}",
        "Händlercodes: [[Fuchs & König|Berg & Stein Sport]] = H-{g.qty}0, [[Sommer Sport|Engel & Busch]] = H-{g.qty}1. GTIN-Präfix {g.gtin}.",
        "Großhandelskunden im [[Süden|Westen|Alpenraum]]: [[Hahn & Kaiser Outdoor|Storch Sport]], [[Gebrüder Klein KG|Baum & Stein GmbH]], [[Bergfink Sport|Kranich Alpin]]. Bestellungen ab {g.qty} Stück nur über das Händlerportal.",
    ],
    "app_update_notes": [
        "Kassen-App {g.version}: [[schnellere Kopplung des Kartenlesers|neuer Gutscheinbildschirm|Offline-Modus für die Pop-up-Kasse]], [[Timeout am Bondrucker behoben|Rundung bei CHF-Preisen korrigiert]], neuer Retourenbildschirm. Build [[4471|5120|6093|7310]].",
        "Scanner-Firmware {g.version}\n- [[liest GTIN-13 auch mit beschädigter Ruhezone|schnellere 2D-Erkennung]]\n- [[Akkuanzeige korrigiert|Tastenprellen behoben]]\nBekannt: WLAN-Neuverbindung dauert [[20|40|60]] s.",
        "Webshop-Release {g.version} ({g.date}): [[Größenfilter|Farbfilter|Passformberater]] für {g.short_product}, [[Wunschliste teilen|schnellere Suche]], Banner für den Mai-Sale. Rollback, wenn mehr als [[1|2]] % Checkout-Fehler.",
        "Etikettendrucker-Treiber {g.version} ersetzt {g.version}. Port 9100 unverändert. [[Commit a3f9c2e.|Commit 7be01d4.|Commit 19c8aa0.]]",
    ],
    "returns_policy": [
        "Rückgabe: Du hast [[30|60|100]] Tage Zeit. [[Nur ungetragen und mit Etikett.|Ware bitte sauber und unbenutzt.]] Die Erstattung geht innerhalb von {g.days} Tagen auf das ursprüngliche Zahlungsmittel. [[Umtausch ist kostenlos.|Rückversand zahlen wir.|Schuhe bitte im Karton.]]",
        "Umtausch in der Filiale ist kostenlos. [[Per Post nutzt du das Etikett im Paket.|Per Post druckst du das Etikett in deinem Konto.]] Bestellnummern sehen so aus: TG-2025-000000. [[Erstattungen dauern bis zu {g.days} Tage.|Reduzierte Ware nur gegen Gutschein.]]",
        "Getragene [[Schuhe|Trailschuhe|Rucksäcke]]? Löst sich [[die Sohle|eine Naht|eine Schnalle]] innerhalb von [[zwei|drei]] Jahren, ist das ein Garantiefall – bring sie in jede Filiale. Kulanzfrist nach Weihnachten: [[7|10|14]] Tage.",
        "Reduzierte Ware ({g.pct} % Rabatt) tauschen wir [[innerhalb von 14 Tagen|innerhalb von 30 Tagen]] gegen einen Gutschein. [[Geschenkkarten sind nicht erstattbar.|Personalisierte Artikel sind vom Umtausch ausgeschlossen.]] Fragen? An der Kasse in {g.store}.",
    ],
    "store_event_poster": [
        "Vortrag: „[[Wölfe in den Alpen|Jäger der Arktis|Der König der Berge]]“ – {g.weekday}, {g.time} Uhr, Talgrat {g.store}. Eintritt frei, [[Tee und Kuchen|Kaffee und Müsliriegel]].",
        "Reparaturcafé jeden [[ersten|letzten]] [[Samstag|Sonntag]]: Reißverschlüsse, Schnallen, Nähte. Bring {g.short_product} mit! [[Auch andere Marken willkommen.|Gummistiefel vom Jäger auch.]] Start {g.time} Uhr.",
        "[[Maiwanderung|Sonnwendwanderung|Herbstwanderung]] ab der Filiale {g.store} um [[9|8:30|10]] Uhr, zurück gegen [[15|16|14]] Uhr. Wasser mitbringen – und gute Laune, egal bei welchem Wetter.",
        "Filmabend: „[[König des Grats|Fuchsland|Der lange Winter]]“ am {g.date}, Einlass {g.time} Uhr. Karten für {g.tiny_amount} an der Kasse.",
    ],
    "price_change_list": [
        "Preisänderungen ab {g.date}\n{g.sku}: {g.price} → {g.price}\n{g.sku}: {g.price} → {g.price}\nGrund: [[neue Saison|Einkaufspreis|Sortimentsprüfung]].",
        "Reduzierung {g.pct} %: {g.product} ({g.colour}), [[alle Größen|S bis L|nur XL]]. Regaletiketten bis {g.weekday} tauschen.",
        "Preisprüfung: GTIN {g.gtin} scannt mit {g.price}, am Regal steht {g.price}. [[Bitte korrigieren.|Von der Spätschicht behoben.]]",
        "Set: {g.short_product} + Trittweg-Socken für {g.price}. Gültig bis {g.date} oder solange der Vorrat reicht.",
    ],
    "hut_menu": [
        "Hüttenkarte [[heute|diese Woche|am {g.weekday}]]: [[Jägereintopf|Kochs Gulasch|Königsbraten]], [[Bauernfrühstück|Bauernbrot]], [[Kaiserschmarrn|Linsensuppe]] und [[Apfelstrudel mit Sahne|Hagebuttenmarmelade]]. Küche bis [[20|21]] Uhr.",
        "Tourenrezept: [[Fuchsbau-Haferriegel|Bäckers Haferschnitten|Studentenfutter für junge Wanderer]] – Haferflocken, Honig, [[Butter|Kokosöl]]. [[20|25]] Minuten bei [[170|180]] °C backen. Ergibt ein Bäckerdutzend.",
        "Tipp für die Campingküche: [[Ein junger Koch|Auch ein Anfänger|Die Jüngste in der Gruppe]] schafft ein Eintopfgericht in [[20|30]] Minuten. [[Hagebuttentee|Pfefferminztee|Heißer Holunder]] zum Schluss. Wer {g.short_product} trägt, packt die Kartusche ins Deckelfach.",
        "Frühstück auf der Hütte: Müsli, Eier, [[Bauernbrot|Kaiserschmarrn|Semmeln vom Bäcker]]. Lunchpaket {g.small_amount}. Bestellung bis [[21|20]] Uhr.",
    ],
    "ticket_queue_summary": [
        "Queue-Übersicht {g.date}: [[142|208|96|177]] offene Tickets, ältestes {g.case}. Transfer-Queue {g.ref}. [[Verlorenes Paket der Woche|Älteste offene Nachforschung]]: {g.parcel}.",
        "Top-Themen der Woche\n1. Lieferverzug ([[38|41|29]])\n2. Größentausch ([[27|19|33]])\n3. Gutscheincodes ([[12|8|15]])\nTicketbereich {g.case} – {g.case}",
        "Rückstand nach Kanal: E-Mail [[64|81|57]], Chat [[12|20|9]], Telefon [[8|15|4]]. Antwortzeit im Schnitt [[4|6|3]] Std. Depot-Ref. {g.ref}.",
        "Eskalationen: {g.case}, {g.case}, {g.case}. Alle wegen der Reißverschluss-Charge {g.qty}B bei {g.short_product}.[? Testpaket {g.parcel} liegt wieder im Depot.?]",
    ],
}
