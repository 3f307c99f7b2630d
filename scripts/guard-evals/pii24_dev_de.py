"""Deutsche Vorlagen der dev-Hälfte der 24. PII-Bank, auf Deutsch geschrieben (du und Sie,
österreichische und Schweizer Varianten).

GENRES bildet ein Genre auf (Art, hat_PII, Vorlagen) ab; Art ist "prose" oder "layout".
"""

G = {}

# ================================================================ Fließtext mit Personendaten

G["crm_note"] = ("prose", True, [
    "[[Telefonat mit~Rückruf von~Gespräch mit]] {p1.full} wegen Bestellung {a.order}. [[Möchte~Will]] {a.Aprod} lieber in {a.size}. [[Am besten~Erreichbar]] mobil unter {p1.tel}[[.~ ab {a.time} Uhr.]]",
    "Kontonotiz vom {a.date}: {p1.honfull} ist umgezogen. Neue Anschrift: {p1.line}. [[Alte Adresse deaktiviert.~Werbeeinwilligung bleibt.~Kundenkarte bitte auch ändern.]]",
    "Lead vom Wandertag in {a.town}[[, Stand B{a.n}~]]:\n{p1.full} – {p1.mail}\n[[Interessiert an~Fragt nach]] Vereinsjacken für ca. {a.nn} Leute.\nNachfassen: {p2.first}",
    "{p1.hon} hat [[schon wieder~zum zweiten Mal]] angerufen, es geht um {a.Aprod}. [[Reißverschluss nach zwei Touren kaputt.~Naht an der Schulter undicht.~Sohle löst sich vorne.]] {p2.first} hat Ersatz zugesagt, Bestätigung an {p1.mail}.",
    "VIP-Kennzeichen für {p1.full} gesetzt[[ (Kd.-Nr. {a.cust})~]]. [[Über {a.nnn} € Umsatz dieses Jahr.~Drei Bestellungen im Quartal.]] Geburtstagsgutschein geht an {p1.street}[[, nicht ans Büro~]]. Tel. {p1.tel}",
])

G["support_mail"] = ("prose", True, [
    "Hallo {p1.first},\n\n[[danke für deine Nachricht~sorry, dass es so lange gedauert hat]]. [[Dein Umtausch~Deine Erstattung]] zu Bestellung {a.order} ist [[unterwegs~freigegeben]].\n\n[[Viele Grüße~Liebe Grüße~Beste Grüße]]\n{p2.first} vom Talgrat-Kundenservice",
    "Sehr geehrte<<p1:|r>> {p1.hon},\n\nwir haben {a.Aprod} erhalten. Leider zeigt der Artikel deutliche Gebrauchsspuren, daher können wir den Kaufpreis nicht vollständig erstatten. Gern reparieren wir sie kostenlos – rufen Sie uns einfach an oder wir melden uns unter {p1.tel}.\n\nMit freundlichen Grüßen\n{p2.full}",
    "@p1=AT\nGrüß Gott {p1.hon},\n\nIhr Paket an {p1.line} ist leider zurückgekommen. Können Sie uns [[die Türnummer~Stiege und Tür~einen Nachbarn]] nennen? Sendungsnummer {a.track}.\n\nLiebe Grüße aus dem Kundenservice\n{p2.first}",
    "@p1=CH\nGrüezi {p1.hon}\n\nBesten Dank für Ihre Rücksendung. Die Gutschrift über CHF {a.amount} geht an {v.ibanCH}. Bei Fragen erreichen Sie mich direkt unter {p2.mail}.\n\nFreundliche Grüsse\n{p2.full}",
    "@p1=AT\nServus {p1.first},\n[[der Tausch ist erledigt~wir haben die Größe getauscht]], der Ersatz ({a.prod}) geht morgen raus an {p1.street}.\nBaba und schöne Touren!\n{p2.first}",
    "Liebe<<p1:|r>> {p1.first},\ndeine Retoure {a.rma} ist [[angekommen~bei uns eingegangen]]. [[Das Geld ist in 3–5 Werktagen auf deinem Konto.~Die Gutschrift läuft.]]\nMeld dich gern, wenn was fehlt!\n{p2.full} | Talgrat Kundenservice",
])

G["reply_chain"] = ("prose", True, [
    "[[Danke, passt!~Super, vielen Dank.~Alles klar, bis dann.]]\n\nAm {a.date} schrieb {p2.full}:\n> Hallo {p1.first}, wir holen das Paket am {a.wd} [[zwischen 8 und 12 Uhr~vormittags~ab 14 Uhr]] ab.\n> Gruß, {p2.first}\n>> {p1.full} schrieb:\n>> Kann jemand die Retoure abholen? Ich wohne {p1.line}.",
    "-----Ursprüngliche Nachricht-----\nVon: {p1.full} <{p1.mail}>\nGesendet: {a.date}\nBetreff: AW: Bestellung {a.order}\n\n[[Das zweite Paket fehlt immer noch.~Bei mir ist nur ein Paket angekommen.]] Bitte rufen Sie mich an: {p1.tel}\n\n> Sehr geehrte<<p1:|r>> {p1.hon}, Ihre Bestellung wurde in zwei Paketen versandt. – {p2.first}",
    "[[{p3.first}, kannst du das übernehmen?~Leite ich dir weiter, {p3.first}.]]\n\n---------- Weitergeleitete Nachricht ----------\nVon: {p1.mail}\nDatum: {a.date}\n\nHallo, hier nochmal {p1.full}. Die [[Erstattung~Gutschrift]] ist noch nicht da. Meine IBAN: {v.iban}",
    "> > Können Sie die Rechnung an die Firmenadresse schicken?\n> Gern, welche Adresse sollen wir nehmen, {p1.hon}?\n{p1.two}\n[[Danke!~Vielen Dank]] {p1.first}",
    "Hallo {p2.first},\nsiehe unten – {p1.honfull} fragt nach einer Sammelbestellung.\n\n> Von: {p1.full}\n> Wir sind [[ein Alpenverein mit~eine Gruppe von]] {a.nn} Leuten aus {p1.town} und hätten gern ein Angebot für {a.Aprod}.\n> Tel.: {p1.tel}",
])

G["signed_review"] = ("prose", True, [
    "[[★★★★★~★★★★☆~5/5~4 von 5]] [[Warm und leicht.~Hält, was sie verspricht.~Top!]] [[Drei Tage~Ein Wochenende]] [[im Karwendel~auf dem Rennsteig~im Allgäu]] getragen, trocken geblieben. – {p1.abbr}[[, {p1.town}~]]",
    "„[[Ich war skeptisch bei~Hatte wenig erwartet von]] Merinosocken, aber nach 200 km keine einzige Blase.“ – {p1.full}, [[Trailläufer<<p1:in|>>~Bergführer<<p1:in|>>~<<p1:Mutter|Vater>> von drei Kindern]]",
    "[[Toller Service!~Schneller Umtausch, nette Leute.]] [[Die Ärmel waren zu kurz~Die Größe passte nicht]], {p2.first} vom Kundenservice hat das an einem Tag geregelt. [[Danke!~Merci!]]\n{p1.init}",
    "Kundenstimme (freigegeben am {a.date}, Einwilligung liegt vor):\n„Die Kaltkar passt in ihre eigene Tasche und hat mich auf der Hütte warm gehalten.“ – {p1.drfull}[[, <<p1:Bergärztin|Bergarzt>>~, Allgemeinmediziner<<p1:in|>>~]]",
    "@p1=CH\nBewertung von {p1.full} [[(verifizierter Kauf)~]]: [[Sehr bequem ab dem ersten Tag~Passt genau]], auch auf dem Velo. [[Einziger Nachteil: Farbe dunkler als auf den Fotos.~Würde ich wieder kaufen.]]",
])

G["mail_signature"] = ("prose", True, [
    "[[Viele Grüße~Beste Grüße~Mit freundlichen Grüßen]]\n\n{p1.full}\n[[Einkauf~Filialleitung~Vereinsvorstand]] | {a.company}\nTel. {p1.tel}\n{p1.mail}",
    "--\n{p1.caps}\n[[Leitung Events~Teamleitung Outdoor~Schriftführerin]]\nMobil: {p1.intl}\n{p1.line}",
    "{p1.first}\n\nVon meinem iPhone gesendet",
    "@p1=CH\nFreundliche Grüsse\n{p1.full}\n[[--~]]\nNeue Nummer: {p1.tel}\n[[Ich arbeite Mo–Do.~Abwesend bis {a.date}.]]",
    "@p1=AT\nMit besten Grüßen\n{p1.drfull}\n{p1.two}\n{p1.mail} · {p1.tel}",
])

G["copy_brief"] = ("prose", True, [
    "Briefing Herbst-Newsletter\nAufmacher: {a.prod}. Zitat <<p1:unserer Botschafterin|unseres Botschafters>> {p1.full} (freigegeben). Fotos von {p2.full}, Bildnachweis Pflicht. Freigabe: {p3.first}.",
    "[[Bitte schreibt~Wir brauchen]] drei Instagram-Texte zu {a.Dprod}. [[Erwähnt~Verlinkt]] <<p1:unsere Testerin|unseren Tester>> {p1.full}, <<p1:die|der>> sie auf dem [[Jubiläumsgrat~Lechweg]] getragen hat. [[Keine Preise.~Max. 150 Zeichen.]] Rückfragen an {p2.first} ({p2.mail}).",
    "Copy-Briefing {a.date}: Landingpage Trailschuh. Aufhänger ist {p1.full}[[, <<p1:die|der>> den Zugspitz-Ultra darin gelaufen ist~, Bergläufer<<p1:in|>> aus {p1.town}]]. {p2.hon} aus der Rechtsabteilung muss die Aussagen freigeben.",
    "Produktseite neu – {a.sku}\nVerantwortlich: {p1.full}\nKorrektur: {p2.full}\nTon: ruhig, kein Hype, du-Form. Farbe {a.colour} nennen.",
    "Mail an die Gewinner des Fotowettbewerbs: {p1.full} und {p2.full} namentlich gratulieren, Versand der Preise ab {a.date}. Entwurf {p3.first}, Endabnahme {p4.hon}.",
])

G["team_chat"] = ("prose", True, [
    "[{a.time}] {p1.low}: hat wer das paket für {p2.honacc} gesehen?\n[{a.time2}] {p3.low}: [[ja~jup]] liegt bei den retouren\n[{a.time3}] {p1.low}: danke dir",
    "{p1.handle} kannst du {p2.full} zurückrufen? {p2.tel} [[– wartet auf die Erstattung~– wegen der Vereinsbestellung~]]",
    "{p1.low}: wer hat das kaltkar-muster?\n{p2.low}: {p3.low} hat's zum shooting mitgenommen\n{p1.low}: [[ok danke~ah ok~passt]]",
    "{p1.low} ist dem Kanal beigetreten.\n{p1.low}: [[hallo zusammen~moin~servus]] ich vertrete diese woche {p2.first}\n{p3.low}: willkommen {p1.low} :wave:",
    "bitte mal ticket {a.ticket} [[anschauen~checken]], <<p1:kundin|kunde>> {p1.full} [[schon wieder~sagt es eilt]]. {p2.handle} hattest du das nicht letztes mal?",
])

G["customer_chat"] = ("prose", True, [
    "Bot: Hallo! Wie heißt du?\nKunde: {p1.first}\nBot: Danke, {p1.first}. Wobei kann ich helfen?\nKunde: [[wo bleibt meine bestellung~mein paket ist nicht da]] {a.order}",
    "Mitarbeiterin ({p2.first}): Hallo, hier ist {p2.first}.\nKunde: hi, ich hab {a.Aprod} bestellt, aber die falsche größe bekommen\nMitarbeiterin ({p2.first}): Oh, das tut mir leid! Mit welcher E-Mail hast du bestellt?\nKunde: {p1.mail}",
    "[{a.time}] Besucher: bitte lieferadresse ändern auf {p1.line}\n[{a.time2}] Support: Erledigt. Noch etwas?\n[{a.time3}] Besucher: nein danke, lg {p1.first}",
    "Kunde: hallo hier ist {p1.lowfull}, können Sie mich unter {p1.tel} zurückrufen?\nSupport: Gern, {p1.hon}. [[Wir melden uns innerhalb einer Stunde.~Wir rufen nach {a.time} Uhr an.]]",
])

G["call_note"] = ("prose", True, [
    "Anruf {a.time} Uhr, {a.date}: {p1.full} wegen [[fehlendem~verspätetem]] Paket. Rückruf unter {p1.tel}.",
    "Mailbox {p1.hon}: [[hallo, hier ist~grüß Gott, da ist]] {p1.first}, [[bitte rufen Sie mich zurück~könnte mich jemand anrufen]] unter {p1.tel}, es geht um [[die Retoure~meine Bestellung]] {a.order}.",
    "Eingehender Anruf – {p1.full}\nDauer: {a.n} Min.\nThema: Umtausch {a.size} -> größer\nRückruf: {p1.tel}\nBearbeitet: {p2.first}",
    "Rückruf bei {p1.honaccfull}, [[nicht erreicht~auf Band gesprochen~Mailbox voll]]. [[Morgen nochmal~Nach der Mittagspause]] unter {p1.tel} probieren.",
])

G["return_note"] = ("prose", True, [
    "Retoure {a.rma}: {p1.full}, {a.prod} [[{a.size}~]], Grund: [[zu klein~zu groß~gefällt nicht~defekt]]. Erstattung auf Karte. [[Label an {p1.mail} geschickt.~Label gedruckt.]]",
    "Umtausch für {p1.honacc}: {a.prod} {a.size} -> eine Nummer größer. Versand an {p1.line}.",
    "Retourenpaket ohne Schein. Absender: {p1.full}, {p1.two}. Inhalt: {a.n}x {a.prod}. [[Bitte~Wurde]] einer Bestellung zuordnen.",
    "RMA {a.rma} – {p1.full} ({p1.mail}) – [[Erstattung~Gutschrift]] {a.amount} € – geprüft von {p2.first}",
])

G["prose_name"] = ("prose", True, [
    "{p1.full} und {p2.full} sind den [[Maximiliansweg~Goldsteig]] mit {a.Dprod} gegangen und haben uns eine Postkarte geschickt.",
    "Die Fotos für den Herbstkatalog hat {p1.full} an einem [[kalten~nebligen]] Morgen über dem See gemacht.",
    "Nach dem [[Filialabend~Pop-up]] ist {p1.full} noch geblieben und hat aufgeräumt, während {p2.first} die Kasse gezählt hat.",
    "Wir schulden {p1.full} noch die Musterjacke, {p2.full} hat <<p2:ihre|seine>> schon.",
    "Letzten Winter hat {p1.full} den Fernkamm neun Tage lang [[durch Lappland~über die Hohen Tauern]] getragen.",
])

G["reproofing_order"] = ("prose", True, [
    "Imprägnierauftrag {a.order}: {p1.full} schickt eine Regenjacke zum Waschen und Nachimprägnieren. Rücksendung an {p1.line}. Bezahlt per Karte {v.card}.",
    "Imprägnierservice für {p1.honacc} gebucht[[ (Kd.-Nr. {a.cust})~]]. [[Zwei Teile~Jacke und Hose]], Abgabe {a.date}. SMS an {p1.tel}, wenn fertig.",
    "Hallo {p1.first}, deine Jacke ist vom Imprägnieren zurück und [[perlt wieder ab~hat den Sprühtest bestanden]]. [[Wir schicken sie heute~Sie geht morgen]] an {p1.street}. – {p2.first}",
    "@p1=CH\nAuftrag Nachimprägnierung\nName: {p1.full}\nArtikel: {a.prod}, {a.colour}\nBemerkung: [[riecht nach Lagerfeuer~kleiner Riss am Ärmel~bitte nicht in den Tumbler]]\nKontakt: {p1.mail}",
])

G["guide_referral"] = ("prose", True, [
    "Bergführer<<p1:in|>> {p1.full} hat diesen Monat {a.n} Kunden vermittelt. Provision wie gehabt auf {v.iban}.",
    "@p1=AT\nNeuer Empfehlungspartner: {p1.drfull}, staatl. gepr. Berg- und Skiführer<<p1:in|>> in {p1.town}. Auf der Partnerseite gelistet mit Tel. {p1.tel}.",
    "{p1.first} aus dem Bergführerbüro hat angerufen: <<p1:ihre|seine>> Gäste {p2.full} und {p3.full} bekommen den Partnerrabatt [[auf den Fernkamm~auf Bergschuhe]].",
    "Führerprogramm – Quartalsnotiz: {p1.hon} möchte die Auszahlungen auf ein neues Konto, {v.iban}. [[Telefonisch bestätigt~Geprüft]] unter {p1.tel}.",
])

G["backorder_notice"] = ("prose", True, [
    "Sehr geehrte<<p1:|r>> {p1.hon}, {a.Nprod} in {a.size} ist erst ab {a.date} wieder lieferbar. Sollen wir Ihre Bestellung {a.order} [[reservieren~zurückhalten]] oder erstatten?",
    "Rückstandsliste {a.sku}: {p1.full} ({p1.mail}), {p2.full} ({p2.tel}), [[und {a.n} weitere~plus Webshop-Bestellungen]].",
    "Hallo {p1.first}, gute Nachrichten – {a.Nprod} in {a.colour} kommt [[nächste Woche~am {a.date}]] wieder rein. Wir schicken sie sofort an {p1.line}.",
    "@p1=AT\nHinweis: {p1.honfull} wartet seit {a.date} auf {a.Aprod}. Vor der nächsten Lieferung [[anrufen~eskalieren]] – {p1.tel}.",
])

G["chatbot_handover"] = ("prose", True, [
    "Übergabe vom Bot: {p1.full} wollte [[zweimal~dreimal]] einen Menschen sprechen, Artikel [[beschädigt~fehlt]]. Sitzung von {v.ip}. Angegebene E-Mail: {p1.mail}.",
    "[[Bot-Zusammenfassung~Automatische Zusammenfassung]] für {p2.first}: Nutzer<<p1:in|>> heißt {p1.first}, will Bestellung {a.order} stornieren, bittet um Rückruf unter {p1.tel}.",
    "Vom Assistenten eskaliert um {a.time} Uhr. Name: {p1.full}. [[Problem: Erstattung nicht erhalten.~Problem: falsche Farbe geliefert.]] Karte endet auf {a.id}.",
    "Übergabenotiz: {p1.hon} [[(IP {v.ipany})~]] braucht Hilfe mit der Adresse {p1.line}; der Bot konnte sie nicht prüfen.",
])

G["credit_application"] = ("prose", True, [
    "Händlerkonto-Antrag von {p1.full}, Inhaber<<p1:in|>> von {a.company}. Steuer-ID {v.taxid}, Bankverbindung {v.iban}. Gewünschtes Limit {a.nnn}0 €.",
    "Bonitätsprüfung neuer Händler: Ansprechpartner<<p1:in|>> {p1.drhon}, Rechnungen an {p1.line}. Bürgschaft von {p1.full} unterschrieben am {a.date}.",
    "@p1=CH\nDen Antrag von {p1.full} (Sportgeschäft in {p1.town}) haben wir geprüft. Zahlungsziel 30 Tage genehmigt. Lastschrift von {v.ibanCH}.",
    "{p1.hon} hat wegen des Händlerkontos angerufen; die Steuer-ID fehlt noch. Später nachgereicht: {v.taxid}. Telefon {p1.tel}.",
])

G["print_proof"] = ("prose", True, [
    "Katalog-Korrektur S. {a.nn}: Modelnachweis muss „{p1.full}“ heißen, nicht „{p1.first}“. Fotograf<<p2:in|>> {p2.full}. [[Vor Druck korrigieren.~Zweiter Proof nötig.]]",
    "Proof am {a.date} von {p1.full} freigegeben, eine Änderung: Die Bildunterschrift bei {a.Dprod} nennt {p2.full} [[als <<p2:Testerin|Tester>>~als <<p2:Athletin|Athleten>>]].",
    "Die Druckerei bittet um das finale PDF an {p1.mail} bis {a.date}. Ansprechpartner<<p1:in|>> dort: {p1.honfull}, {p1.tel}.",
    "Proof Runde 2 – Anmerkungen von {p1.first}: [[Foto S. {a.n} tauschen~S. {a.n} enger beschneiden]]; Nachweis {p2.full}; Preis raus.",
])

G["hut_partner"] = ("prose", True, [
    "@p1=AT,DE\nHüttenpartnerschaft [[2026~diese Saison]]: Hüttenwirt<<p1:in|>> {p1.full} bekommt {a.n} Jacken fürs Personal. Lieferung an {p1.two}.",
    "@p1=AT\nMit {p1.honacc} gesprochen, <<p1:sie|er>> bewirtschaftet die Hütte oberhalb von {p1.town}. Interesse an einem Trockenraum-Sponsoring. Mobil {p1.tel}.",
    "@p1=CH\nKleiderliste Hüttenteam – von {p1.full} ({p1.mail}): {a.n}x Fleece {a.size}, {a.n2}x Regenjacke.",
    "{p1.first} von der Hütte bestätigt, dass das Banner da ist. Ansprechpartner<<p2:in|>> nächste Saison: {p2.full}.",
])

# ================================================================ Layouts mit Personendaten

G["lead_csv"] = ("layout", True, [
    "name;email;ort;interesse\n\"{p1.lf}\";{p1.mail};{p1.town};Fleece\n\"{p2.lf}\";{p2.mail};{p2.town};[[Rucksäcke~Schuhe]]",
    "Nachname;Vorname;Telefon;Quelle\n{p1.last};{p1.first};{p1.tel};Messe\n{p2.last};{p2.first};{p2.tel};[[Newsletter~Web]]",
    "KONTAKT,FIRMA,TELEFON\n\"{p1.capslf}\",{a.company},{p1.tel}\n\"{p2.capslf}\",,{p2.tel}",
    "id,name,email,optin\n{a.id},{p1.full},{p1.mail},ja\n{a.id2},{p2.full},{p2.mail},[[nein~ja]]\n{a.id3},{p3.full},{p3.mail},ja",
])

G["feed_row"] = ("layout", True, [
    "id\ttitel\tpreis\tgtin\tkontakt\n{a.sku}\t{a.prod}\t{a.price} EUR\t{a.gtin}\t{p1.mail}",
    "<item><g:id>{a.sku}</g:id><g:title>{a.prod}</g:title><g:price>{a.price} EUR</g:price><ansprechpartner>{p1.full}</ansprechpartner><telefon>{p1.tel}</telefon></item>",
    "{a.sku} | {a.prod} | {a.price} | Bestand {a.nn} | Außendienst: {p1.full}, {p1.tel}",
    "sku;titel;gtin;verantwortlich\n{a.sku};{a.prod};{a.gtin};{p1.full}\n{a.sku2};{a.prod2};{a.gtin2};{p2.full}",
])

G["json_yaml"] = ("layout", True, [
    "{\"bestellung\": \"{a.order}\", \"kunde\": {\"name\": \"{p1.full}\", \"email\": \"{p1.mail}\", \"telefon\": \"{p1.tel}\"}, \"summe\": \"{a.amount}\"}",
    "{\n  \"event\": \"anmeldung\",\n  \"zeit\": \"{a.iso}\",\n  \"vorname\": \"{p1.first}\",\n  \"nachname\": \"{p1.last}\",\n  \"ip\": \"{v.ipany}\"\n}",
    "kunde:\n  name: {p1.full}\n  email: {p1.mail}\n  adresse:\n    strasse: {p1.street}\n    plz: \"{p1.plz}\"\n    ort: {p1.town}\nnewsletter: [[true~false]]",
    "- id: {a.id}\n  kontakt: \"{p1.lf}\"\n  telefon: \"{p1.tel}\"\n- id: {a.id2}\n  kontakt: \"{p2.lf}\"\n  telefon: \"{p2.tel}\"",
    "webhook:\n  typ: zahlung.fehlgeschlagen\n  zahler: {p1.full}\n  karte: \"{v.card}\"\n  quell_ip: {v.ip}",
])

G["tsv_export"] = ("layout", True, [
    "Vorname\tNachname\tE-Mail\tLand\n{p1.first}\t{p1.last}\t{p1.mail}\t{p1.cc}\n{p2.first}\t{p2.last}\t{p2.mail}\t{p2.cc}",
    "Auftrag\tName\tStraße\tPLZ\tOrt\n{a.order}\t{p1.full}\t{p1.street}\t{p1.plz}\t{p1.town}",
    "Datum\tBearbeiter\tKunde\tTelefon\n{a.date}\t{p2.first}\t{p1.full}\t{p1.tel}\n{a.date2}\t{p2.first}\t{p3.full}\t{p3.tel}",
    "Mitgl.-Nr.\tName\tVorname\tIBAN\tSteuer-ID\n{a.id}\t{p1.last}\t{p1.first}\t{v.iban}\t{v.taxid}",
])

G["md_table"] = ("layout", True, [
    "| Gewinner | E-Mail | Preis |\n| --- | --- | --- |\n| {p1.full} | {p1.mail} | {a.prod} |\n| {p2.full} | {p2.mail} | Gutschein |",
    "## Shooting-Plan\n\n| Tag | Model | Fotograf |\n|---|---|---|\n| {a.wd} | {p1.full} | {p2.full} |\n| {a.wd2} | {p3.full} | {p2.full} |",
    "| Filiale | Leitung | Telefon |\n| :-- | :-- | :-- |\n| {p1.town} | {p1.full} | {p1.tel} |",
    "| Kunde | Anliegen | zuständig |\n|---|---|---|\n| {p1.lf} | [[Paket fehlt~falsche Größe]] | @{a.hex} |\n| {p2.lf} | Erstattung | {p3.first} |",
])

G["html_form"] = ("layout", True, [
    "<form action=\"/kontakt\" method=\"post\">\n<input name=\"name\" value=\"{p1.full}\">\n<input name=\"email\" value=\"{p1.mail}\">\n<textarea name=\"nachricht\">[[Wo bleibt meine Bestellung?~Liefert ihr nach Südtirol?]]</textarea>\n</form>",
    "<label>Vollständiger Name</label> <span>{p1.full}</span><br>\n<label>Telefon</label> <span>{p1.tel}</span><br>\n<label>Anschrift</label> <span>{p1.line}</span>",
    "<tr><td>Name:</td><td>{p1.honfull}</td></tr>\n<tr><td>IBAN:</td><td>{v.iban}</td></tr>\n<tr><td>Gesendet von:</td><td>{v.ipany}</td></tr>",
    "<input type=\"hidden\" name=\"kunde\" value=\"{p1.lf}\"><input type=\"tel\" name=\"telefon\" value=\"{p1.tel}\"><!-- gesendet {a.iso} -->",
])

G["sql_dump"] = ("layout", True, [
    "INSERT INTO kunden (vorname, nachname, email) VALUES ('{p1.first}', '{p1.last}', '{p1.mail}');",
    "UPDATE bestellungen SET lieferadresse = '{p1.line}' WHERE id = {a.id};",
    " id  | name             | telefon\n-----+------------------+-----------------\n {a.id} | {p1.full} | {p1.tel}\n {a.id2} | {p2.full} | {p2.tel}",
    "SELECT * FROM logins WHERE ip = '{v.ipany}'; -- benutzer {p1.mail}",
    "INSERT INTO auszahlungen VALUES ({a.id}, '{p1.full}', '{v.iban}', '{v.taxid}');",
])

G["access_log"] = ("layout", True, [
    "{v.ip} - - [{a.iso}] \"GET /konto HTTP/1.1\" 200 {a.nnn} user={p1.mail}",
    "{a.iso} INFO Anmeldung ok benutzer=\"{p1.full}\" ip={v.ip6}\n{a.iso2} WARN Passwort-Reset für {p1.mail} von {v.ipp}",
    "{a.iso} [kasse] Karte abgelehnt für {p1.full} ({v.ip})\n{a.iso2} [kasse] neuer Versuch von {v.lo}",
    "{a.iso} admin {p1.first} hat Kundenliste exportiert von {v.ipp}\n{a.iso2} Healthcheck von {v.lo} ok",
])

G["mail_header"] = ("layout", True, [
    "Von: {p1.full} <{p1.mail}>\nAn: Kundenservice\nBetreff: AW: Umtausch {a.order}\nDatum: {a.date}",
    "Received: from mail.example.net ({v.ip})\nFrom: \"{p1.lf}\" <{p1.mail}>\nReply-To: {p1.mail}\nX-Originating-IP: [{v.ip2}]",
    "An: {p1.mail}\nCc: {p2.full} <{p2.mail}>\nBetreff: Ihre [[Retoure~Erstattung]] {a.rma}",
    "Von: {p1.caps} <{p1.mail}>\nBetreff: Adressänderung\n\nNeue Adresse: {p1.two}",
])

G["vcard_ical"] = ("layout", True, [
    "BEGIN:VCARD\nVERSION:3.0\nN:{p1.last};{p1.first};;;\nFN:{p1.full}\nTEL;TYPE=cell:{p1.tel}\nEMAIL:{p1.mail}\nEND:VCARD",
    "BEGIN:VCARD\nVERSION:4.0\nFN:{p1.full}\nORG:{a.company}\nADR;TYPE=work:;;{p1.street};{p1.town};;{p1.plz};{p1.cc}\nEND:VCARD",
    "BEGIN:VEVENT\nSUMMARY:Anprobe-Termin\nDTSTART:{a.date}\nORGANIZER;CN={p2.full}:mailto:{p2.mail}\nATTENDEE;CN={p1.full}:mailto:{p1.mail}\nEND:VEVENT",
    "BEGIN:VEVENT\nSUMMARY:Telefonat mit {p1.full}\nLOCATION:{p1.line}\nDESCRIPTION:Tel. {p1.tel}\nEND:VEVENT",
])

G["ocr_scan"] = ("layout", True, [
    "R Ü C K S E N D E S C H E I N\nNarne: {p1.full}\nAnschrift: {p1.two}\nGrund: zu k1ein",
    "BESTELL-NR. {a.order}\nKunde: {p1.capslf}\nTe1.: {p1.tel}\nUnterschrift: ____",
    "GARANTIEANTRAG\nNAME {p1.caps}\nE-MA1L {p1.mail}\nPr0dukt: {a.prod}",
    "Kontakt\n{p1.full}\n{p1.line}\nIBAN {v.iban}\n[[Seite 1/1~-- Scan 300 dpi --]]",
])

G["import_error"] = ("layout", True, [
    "Import fehlgeschlagen in Zeile {a.nn}: ungültige E-Mail \"{p1.full}\" in Spalte email\nZeile {a.nn2}: ok {p2.mail}",
    "FEHLER Zeile {a.n}: PLZ fehlt für {p1.full}, Straße \"{p1.street}\"\nWARNUNG Zeile {a.nn}: Telefon {p2.tel} umformatiert",
    "[Import {a.date}] {a.nnn} Zeilen gelesen, 2 abgelehnt\n- {p1.lf}: Dublette von Kunde {a.cust}\n- {p2.lf}: E-Mail {p2.mail} war schon unzustellbar",
    "CSV-Fehler Zeile {a.nn}: zu viele Felder\n> {p1.last};{p1.first};{p1.mail};{p1.tel};;",
])

# ================================================================ ohne Personendaten

G["product_copy"] = ("prose", False, [
    "{a.NProd} ({a.sku}) wiegt [[380~420~540]] g und lässt sich klein packen. Preis: {a.price} €. Farbe: {a.colour}.",
    "Gemacht für lange Tage am Grat. Wie ein Fuchs im Winter bleibst du warm – {a.prod}, Größen XS bis XXL.",
    "{a.AProd} hat das Team von {a.company} an einem nassen Wochenende im Mai getestet. GTIN {a.gtin}.",
    "Für Koch und Küche auf der Hütte: Die Deckeltasche fasst ein Kochset. {a.prod}, Artikel {a.sku}, {a.price} €.",
])

G["campaign_mail"] = ("prose", False, [
    "[[Frühlingsaktion~Herbst-Neuheiten]]: {a.pct} % auf {a.Aprod} bis {a.date}. [[Kostenlose Retoure.~Versandkostenfrei ab 75 €.]]",
    "Neu: {a.Nprod}. Bis {a.time} Uhr bestellt, heute verschickt. Schau vorbei, bevor der Winter kommt!",
    "Die Wandersaison beginnt im Mai. Hol dir {a.Aprod} in unserer Filiale in {a.town}.",
    "Nur noch bis {a.date}: Gutscheincodes aus der Bestellbestätigung einlösen. Fragen? Unsere Hotline ist kostenfrei.",
])

G["faq_answer"] = ("prose", False, [
    "Wie lange dauert der Versand? Meist 2–4 Werktage. Sendungsnummern sehen so aus: {a.track}.",
    "[[Kann ich an eine c/o-Adresse liefern lassen?~Kann ich an jemand anderen liefern lassen?]] Ja, einfach im Checkout die c/o-Zeile ausfüllen. [[An Postfächer liefern wir keine Sperrgüter.~Postfächer gehen bis {a.n} kg.]] [[{a.NProd} kommt in einem Karton.~]]",
    "Wie lange kann ich zurückgeben? 30 Tage ab Zustellung; {a.Nprod} muss ungetragen sein.",
    "Warum sieht meine Bestellnummer {a.phoneorder} wie eine Telefonnummer aus? Bestellungen vom Marktplatz haben dieses Format.",
])

G["shipping_info"] = ("prose", False, [
    "Pakete in die PLZ {a.plzalone} verlassen unser Lager um {a.time} Uhr. Zustellung in {a.n} Tagen.",
    "Versand nach {a.town}: Standard {a.amount} €, Express am nächsten Tag. Unser Spediteur ist {a.company}.",
    "Lieferung ins [[Hinterhaus~Gartenhaus~Seitengebäude]]: bitte [[Stockwerk~Hinterhaus oder Stiege]] in die zweite Adresszeile schreiben[[.~, sonst kommt das Paket zurück.]] [[Sperrige Pakete über {a.n} kg liefert {a.company}.~An Postfächer liefern wir nur Briefsendungen.]]",
    "Deine Sendung {a.track} hat das Verteilzentrum in {a.town} verlassen und kommt am {a.date}.",
])

G["care_guide"] = ("prose", False, [
    "{a.AProd} bei 30 °C ohne Weichspüler waschen. Schonend im Trockner trocknen, das frischt die Imprägnierung auf.",
    "Wie beim Vogel das Gefieder: Daune braucht Luft. Nach dem Waschen mit zwei Tennisbällen trocknen, etwa {a.n} Stunden.",
    "[[Schwarz~Slate~Moos]] und [[Alpenglow~Ridge Blue]] bleichen weniger aus, wenn du sie auf links wäschst. [[Liegend~Auf dem Bügel]] trocknen, nicht am Ofen[[.~ und nicht in der prallen Sonne.]] [[Gilt auch für {a.Aprod}.~]]",
    "Merinosocken: Wollprogramm, 30 °C. Zusammen mit [[dem Steinlauf Trailrunningschuh~gut eingelaufenen Schuhen]] bleiben die Füße im Sommer trocken.",
])

G["store_news"] = ("prose", False, [
    "Unsere Filiale in {a.town} öffnet am {a.date} um {a.time} Uhr. Kaffee gibt's vom Bäcker nebenan.",
    "Ab Montag zieht die Reparaturannahme ins Erdgeschoss. Bring {a.Aprod} zum kostenlosen Check.",
    "Testtag am {a.date}: {a.prod} ausprobieren, das Team von {a.company} kennenlernen und lernen, wie man einen 45-Liter-Rucksack packt.",
    "Die Wolf-Exkursion am {a.date} ist ausgebucht. Neue Termine im Mai.",
])

G["stock_feed"] = ("layout", False, [
    "sku\tgtin\tbestand\tpreis\n{a.sku}\t{a.gtin}\t{a.nn}\t{a.price}\n{a.sku2}\t{a.gtin2}\t{a.nn2}\t{a.price2}",
    "{a.sku};{a.prod};{a.gtin};{a.nnn};{a.price} EUR",
    "| SKU | Bestand | Nachbestellung |\n|---|---|---|\n| {a.sku} | {a.nn} | {a.date} |",
    "<item><id>{a.sku}</id><gtin>{a.gtin}</gtin><menge>{a.nn}</menge></item>",
])

G["order_json"] = ("layout", False, [
    "{\"bestellung\": \"{a.order}\", \"positionen\": [{\"sku\": \"{a.sku}\", \"menge\": {a.n}}], \"summe\": \"{a.amount}\", \"waehrung\": \"EUR\"}",
    "{\"sendung\": \"{a.track}\", \"spediteur\": \"{a.company}\", \"zustellung\": \"{a.date}\"}",
    "{\n  \"ref\": \"{a.phoneorder}\",\n  \"status\": \"versandt\",\n  \"gtin\": \"{a.gtin}\"\n}",
    "bestellung: {a.order}\nstatus: retourniert\nrma: {a.rma}\nerstattung: \"{a.amount}\"",
])

G["release_notes"] = ("layout", False, [
    "## v{a.ver}\n- Größentabelle für {a.prod}\n- Rundungsfehler beim Preis behoben ({a.price} €)",
    "Version {a.ver} ({a.date})\n* neuer Filter: Farbe {a.colour}\n* schnellerer Checkout",
    "v{a.ver}: Feed enthält jetzt GTIN ({a.gtin}); Build {a.hex}",
    "CHANGELOG\n{a.ver} – Warenkorb hält Artikel 30 Tage\n{a.ver2} – Bestellnummern wie {a.phoneorder} sind suchbar",
])

G["job_log"] = ("layout", False, [
    "{a.iso} job=feed-export status=ok zeilen={a.nnn} dauer={a.n}s",
    "{a.iso} cron bestand-sync gestartet\n{a.iso2} cron bestand-sync fertig, {a.nn} Änderungen",
    "[{a.hms}] Build {a.ver} auf Staging ausgerollt, Port {a.port}",
    "{a.iso} queue=mails gesendet={a.nnn} fehler=0 naechster={a.hms}",
])

# ---------------------------------------------------------------- längere Vorlagen und Zahlungen
_MORE = {
    "crm_note": [
        "KUNDENHISTORIE – {p1.full}\n{a.date}: Erstbestellung {a.order} (Web)\n{a.date2}: [[Größentausch~Farbtausch]], bearbeitet von {p2.first}\n{a.date3}: Beschwerde Lieferverzug, Gutschein 10 €\n{a.date4}: umgezogen nach {p1.line}\nBevorzugt: {p1.mail}\nTelefon: {p1.tel}\nHinweis: [[lieber per Mail~nicht vor 10 Uhr anrufen~bitte langsam sprechen]]\nZweitkontakt (Partner<<p3:in|>>): {p3.full}, {p3.tel}",
    ],
    "support_mail": [
        "Sehr geehrte<<p1:|r>> {p1.hon},\n\nvielen Dank für Ihre Bestellung {a.order}. Leider hat Ihre Bank die Zahlung mit der Karte {v.card} abgelehnt. Sie können:\n- die Zahlung im Kundenkonto wiederholen,\n- per Überweisung zahlen oder\n- uns über die Hotline anrufen.\nIhre Bestellung bleibt bis {a.date} reserviert. Hinterlegte Lieferadresse:\n{p1.two}\n\nMit freundlichen Grüßen\n{p2.full}\nTalgrat Kundenservice",
    ],
    "reply_chain": [
        "Hallo {p2.first},\n\n[[sorry, noch was~kurze Ergänzung]]: kannst du auch die Telefonnummer auf {p1.tel} ändern? Danke, {p1.first}\n\nAm {a.date} um {a.time} schrieb {p2.full} <{p2.mail}>:\n> Hallo {p1.first},\n> deine neue Adresse ist gespeichert:\n> {p1.two}\n> Das Paket geht am {a.wd} raus.\n> Viele Grüße, {p2.first}",
    ],
    "customer_chat": [
        "Kunde: kann ich nicht einfach meine kartennummer schicken\nKunde: {v.card}\nMitarbeiter ({p2.first}): Bitte keine Kartendaten im Chat posten – ich habe sie aus den Notizen gelöscht.\nKunde: oh sorry\nMitarbeiter ({p2.first}): Kein Problem, {p1.first}! Du bekommst gleich einen sicheren Zahlungslink per Mail.",
    ],
    "return_note": [
        "Retoure {a.rma} ({a.date})\nKunde: {p1.full}\nArtikel: {a.prod} {a.size}, {a.prod2}\nZustand: [[ungetragen, Etikett dran~einmal getragen, ok~beschädigt, abgelehnt]]\nErstattung: {a.amount} € auf Karte {v.card}\nGeprüft: {p2.first}",
    ],
    "md_table": [
        "### Botschafter:innen {a.date}\n\n| Name | Region | Mobil | E-Mail |\n|---|---|---|---|\n| {p1.full} | Allgäu | {p1.tel} | {p1.mail} |\n| {p2.full} | Tirol | {p2.tel} | {p2.mail} |\n| {p3.full} | Berner Oberland | {p3.tel} | {p3.mail} |\n| {p4.full} | Harz | {p4.tel} | {p4.mail} |\n\nVerträge unterschrieben, außer {p4.first}.",
    ],
    "access_log": [
        "{a.iso} GET /api/warenkorb 200 ip={v.ip}\n{a.iso2} POST /api/kasse 402 ip={v.ip} user={p1.mail}\n{a.iso3} POST /api/kasse 200 ip={v.ip} user={p1.mail}\n{a.iso4} GET /healthz 200 ip={v.lo}\n{a.iso5} GET /konto 200 ip={v.ip6} user={p2.mail}\n{a.iso6} interner Sync von {v.ipp}",
    ],
    "html_form": [
        "<form id=\"zahlung\">\n  <input name=\"karteninhaber\" value=\"{p1.caps}\">\n  <input name=\"kartennummer\" value=\"{v.card}\">\n  <input name=\"gueltig\" value=\"0{a.n}/28\">\n</form>",
    ],
    "sql_dump": [
        "BEGIN;\nINSERT INTO kunden (id, name, email, telefon) VALUES\n  ({a.id}, '{p1.full}', '{p1.mail}', '{p1.tel}'),\n  ({a.id2}, '{p2.full}', '{p2.mail}', '{p2.tel}');\nUPDATE zahlungen SET karte = '{v.card}' WHERE kunden_id = {a.id};\nCOMMIT;",
    ],
    "mail_header": [
        "Return-Path: <{p1.mail}>\nReceived: from [{v.ipp}] by smtp.example.net\nReceived: from smtp.example.net ({v.ip}) by mx.talgrat.de\nX-Spam-Score: 0.{a.n}\nVon: {p1.full} <{p1.mail}>\nAn: bestellungen\nCc: {p2.mail}\nBetreff: Frage zu {a.order}\nDatum: {a.date}\nX-Mailer: Mail {a.ver}",
    ],
    "ocr_scan": [
        "T A L G R A T   R E P A R A T U R S C H E I N\n--------------------------------\nNarne ...... {p1.full}\nStraße ..... {p1.street}\nPLZ ........ {p1.plz}\nOrt ........ {p1.town}\nTe1efon .... {p1.tel}\nArtike1 .... {a.prod}\nMange1 ..... Reißverschluss [[klemmt~kaputt]]\nDatum ...... {a.date}\n--------------------------------",
    ],
    "copy_brief": [
        "BRIEFING – Winter-Lookbook\n\nZiel: 8 kurze Bildtexte, einer pro Look.\nTon: ruhig, konkret, keine Superlative, du-Form.\nModels: {p1.full} (Looks 1–4), {p2.full} (Looks 5–8)\nFotografie: {p3.full}\nStyling: {p4.first}\nErwähnen: {a.prod}, {a.prod2}\nNicht erwähnen: Preise, Rabatte\nDeadline: {a.date}\nRückfragen: {p4.mail}",
    ],
}
for _g, _ts in _MORE.items():
    G[_g][2].extend(_ts)
