"""Texts of the second PII bank WITHOUT personal data, with hard distractors: brands and product
lines that look like names (Jack Wolfskin, Helly Hansen, Luis Trenker, Marc O'Polo …), places
(Ben Nevis, Santa Cruz, St. Gallen), a product named like a street, surnames used as ordinary
words (Koch, Bauer, Wolf, Fischer; Baker, Hunter, Grace, Frank), months and weekdays, order,
invoice, ticket, tracking and customer numbers, GTINs, versions (one shaped like an IPv4 address),
sizes, weights and prices. Nothing here is labelled.

Position in each list decides the split: even positions dev2, odd ones heldout2.
"""

CLEAN = {"en": {}, "de": {}}

CLEAN["en"]["marketing"] = [
    """New in: the Jack Wolfskin Texapore shell and our own Sankt Moritz Parka – both in {d.colour}, from {d.price}. Free returns until {d.date}.""",
    """Tested on Ben Nevis in {d.month}: the Helly Hansen Odin kept seven hours of rain out. Now {d.pct} off with code {d.voucher}.""",
    """Every walker deserves dry feet. Our baker's dozen sock bundle (13 pairs, {d.price}) is back – just in time for the {d.month} sales.""",
    """From Santa Cruz to St. Gallen: our summer tour stops in 12 cities. First stop {d.weekday}, {d.date}, at the flagship store – free coffee for the first 50 hikers.""",
    """Hunter green, wolf grey, fisher blue: three new colours for the Luis Trenker line. Sizes XS to XXL, {d.price}((, from {d.weekday}|, online only| – while stocks last)).""",
    """Grace under pressure – the Mammut Nordwand, ((2026|2025)) edition. Will it fit in your pack? At {d.weight}, easily. ((Now {d.pct} off.|In store from {d.date}.|Free repairs for life.))""",
    """BLACK WEEK ⚫ {d.pct} off Vaude, Deuter and Berghaus until {d.weekday} midnight. Tickets for our Lake Louise film night: {d.price}.""",
    """May is for mountains. June is for lakes. Our "Frank & Bill" picnic blanket is for both – {d.price}((, while stocks last|, in {d.colour}|; order by {d.weekday} for the bank holiday)).""",
    """Newsletter {d.month}: the Marc O'Polo x Talgrat capsule, a trail guide to ((the West Highland Way|the Cairngorms|Snowdonia's Glyderau|the Wicklow Way)), and the {d.prod} in {d.colour}((.| – {d.pct} off for subscribers.))""",
    """Refer a friend and you both get {d.price} off. One code per household, valid until {d.date}, not combinable with {d.voucher}.""",
]
CLEAN["de"]["marketing"] = [
    """Neu im Shop: die Texapore-Jacke von Jack Wolfskin und unser Sankt Moritz Parka – beide in {d.colour}, ab {d.price}. Kostenlose Retoure bis {d.date}.""",
    """Getestet am Säntis im {d.month}: Die Helly Hansen Odin hielt sieben Stunden Dauerregen stand. Jetzt {d.pct} Rabatt mit dem Code {d.voucher}.""",
    """Für Koch und Bauer, Jäger und Fischer: Die Arbeitsjacke „Förster" gibt es jetzt auch in Moosgrün, {d.price}.""",
    """Von St. Gallen bis Santa Cruz: Unsere Sommertour macht in 12 Städten Halt. Start am {d.weekday}, {d.date}, im Flagship-Store – Kaffee für die ersten 50 Gäste.""",
    """Wolfsgrau, Fuchsrot, Bärenbraun – die drei neuen Farben der Luis-Trenker-Linie. Größen XS bis XXL, {d.price}((, ab {d.weekday}|, nur online| – solange der Vorrat reicht)).""",
    """Im August wird's heiß: Der ((Mammut|Vaude|Ortovox))-Sale startet am {d.date}. Ab {d.price} Bestellwert versandkostenfrei((.|, Code {d.voucher} gilt zusätzlich.))""",
    """BLACK WEEK ⚫ {d.pct} auf Vaude, Deuter und Schöffel bis {d.weekday}, 23:59 Uhr. Tickets für den Bergfilmabend am Großglockner: {d.price}.""",
    """Der Wolf im Schafspelz: unser Merino-Hoody „Isegrim" – ((190|150|230)) g/m², {d.price}, ((nur solange der Vorrat reicht|ab {d.weekday} im Laden|in {d.colour} und Schwarz)).""",
    """Newsletter {d.month}: Kapselkollektion mit Marc O'Polo, ein Tourentipp für ((den Malerweg|den Rheinsteig|den Goldsteig|den Adlerweg)) und ((der|unser)) {d.prod} in {d.colour}((.| – {d.pct} für Abonnent:innen.))""",
    """Freunde werben lohnt sich: Ihr bekommt beide {d.price} Rabatt. Gültig bis {d.date}, ein Code pro Haushalt, nicht mit {d.voucher} kombinierbar.""",
]

CLEAN["en"]["product"] = [
    """{d.prod}
Art. no. {d.sku} · EAN {d.gtin}
Weight {d.weight} · Sizes XS–XXL
Colours: {d.colour}, black
Made in Portugal. Care: 30 °C, no softener.""",
    """Size chart: S = chest 92–96 cm, M = 100–104 cm, L = 108–112 cm. Our model is ((1.86 m|1.79 m|6'1")) tall and wears ((M|L|S)). ((Inseam 32"|Regular and long leg available|Runs slightly long)).""",
    """The Berghaus Hillwalker vs. our Watzmann GTX: both can be resoled, both weigh around ((620|680|710|745)) g per boot ((in size 9|in UK 8|in EU 42)). The Watzmann costs {d.price}.""",
    """Spec sheet {d.prod} tracker (firmware {d.version4}): Bluetooth 5.3, 400 mAh battery, IP67, charging via USB-C in 90 minutes.""",
    """Fits Petzl, Black Diamond and Edelrid harnesses. Tested to EN 12277. Serial number on the inside label ({d.serial}).""",
    """Named after the avenue of lime trees in our home town: the "Lindenallee 12" tote – 12 litres, recycled nylon, {d.price}.""",
    """Sleeping bag Hohe Tauern: comfort −4 °C, limit −10 °C, extreme −24 °C. Pack size 22 x 38 cm, {d.weight}. Batch {d.batch}.""",
    """In the box: 1 × Kaisergebirge 28 pack, 1 × rain cover, 1 × hip-belt pocket (also sold separately, {d.price}). GTIN {d.gtin}.""",
    """The Hunter collection: waxed cotton, brass buttons, a cut that works in town and on the ((Cairngorm plateau|Cuillin ridge|Brecon Beacons)) alike. Sizes ((XS|S|M))–XXL, {d.price}((.|, article {d.sku}.))""",
    """Trail running vest "Frank" – 8 l, two 500 ml soft flasks, reflective print. Version {d.version} replaces article {d.sku}.""",
]
CLEAN["de"]["product"] = [
    """{d.prod}
Art.-Nr. {d.sku} · EAN {d.gtin}
Gewicht {d.weight} · Größen XS–XXL
Farben: {d.colour}, Schwarz
Hergestellt in Portugal. Pflege: 30 °C, kein Weichspüler.""",
    """Größentabelle: S = Brustumfang 92–96 cm, M = 100–104 cm, L = 108–112 cm. Unser Model ist ((1,86 m|1,79 m|1,68 m)) groß und trägt ((M|L|S)). ((Schrittlänge 82 cm|Auch in Kurz- und Langgrößen|Fällt etwas lang aus)).""",
    """Lowa Renegade oder unser Watzmann GTX? Beide neu besohlbar, beide um ((620|680|710|745)) g pro Schuh ((in Gr. 42|in Größe 8|)). Der Watzmann kostet {d.price}.""",
    """Datenblatt {d.prod}-Tracker (Firmware {d.version4}): Bluetooth 5.3, Akku 400 mAh, IP67, Laden per USB-C in 90 Minuten.""",
    """Passt an Gurte von Petzl, Black Diamond und Edelrid. Geprüft nach EN 12277. Seriennummer auf dem Innenetikett ({d.serial}).""",
    """Benannt nach der Allee vor unserem ersten Laden: die Tasche „Lindenallee 12" – 12 Liter, recyceltes Nylon, {d.price}.""",
    """Schlafsack Hohe Tauern: Komfort −4 °C, Limit −10 °C, Extrem −24 °C. Packmaß 22 x 38 cm, {d.weight}. Charge {d.batch}.""",
    """Lieferumfang: 1 × Rucksack Kaisergebirge 28, 1 × Regenhülle, 1 × Hüftgurttasche (einzeln {d.price}). GTIN {d.gtin}.""",
    """Die Jäger-Kollektion: gewachste Baumwolle, Messingknöpfe, ein Schnitt für Stadt und Hochalm. Größen ((XS|S|M))–XXL, Art.-Nr. {d.sku}.""",
    """Laufweste „Frank" – 8 l, zwei Softflasks à 500 ml, reflektierender Druck. Version {d.version} ersetzt Artikel {d.sku}.""",
]

CLEAN["en"]["transactional"] = [
    """Your order {d.order} has shipped. Tracking number: {d.tracking}. Estimated delivery: {d.weekday}, {d.date}, between {d.window}.""",
    """Payment received: {d.price} for invoice {d.invoice}, card ending {d.last4}. Customer number {d.customer}.""",
    """Return {d.order} registered. Please drop the parcel at a post office by {d.date}; your refund of {d.price} follows within 14 days.""",
    """Reminder: Click & Collect order {d.order} is ready at our St. Gallen store. Pick-up code {d.booking}, valid until {d.date}.""",
    """Your voucher {d.voucher} worth {d.price} expires on {d.date}. Order {d.order}, invoice {d.invoice}.""",
    """Delivery rescheduled: parcel {d.tracking} ({d.weight}) will now arrive in {d.kw}. Reference {d.ticket}.""",
    """Booking confirmed: guided hike Ben Nevis, {d.date}, {d.time}. Booking ref {d.booking}, {d.qty} participants, total {d.price}.""",
    """Back in stock: {d.prod} in {d.size}. SKU {d.sku}, EAN {d.gtin}. Reserved for you until {d.weekday}.""",
    """Your account settings were changed on {d.date} at {d.time}. If this wasn't you, reset your password at talgrat.com/account.""",
    """Membership renewed: Talgrat Club, {d.price}/year, next billing on {d.date}, member no. {d.customer}.""",
]
CLEAN["de"]["transactional"] = [
    """Deine Bestellung {d.order} ist verschickt. Sendungsnummer: {d.tracking}. Voraussichtliche Zustellung: {d.weekday}, {d.date}, zwischen {d.window}.""",
    """Zahlung erhalten: {d.price} für Rechnung {d.invoice}, Karte mit Endung {d.last4}. Kundennummer {d.customer}.""",
    """Retoure {d.order} angemeldet. Bitte gib das Paket bis {d.date} in einer Filiale ab; die Erstattung über {d.price} folgt innerhalb von 14 Tagen.""",
    """Erinnerung: Deine Click-&-Collect-Bestellung {d.order} liegt in der Filiale St. Gallen bereit. Abholcode {d.booking}, gültig bis {d.date}.""",
    """Dein Gutschein {d.voucher} über {d.price} läuft am {d.date} ab. Bestellung {d.order}, Rechnung {d.invoice}.""",
    """Neuer Zustelltermin: Paket {d.tracking} ({d.weight}) kommt jetzt in {d.kw}. Vorgang {d.ticket}.""",
    """Buchung bestätigt: geführte Tour Zugspitze, {d.date}, {d.time}. Buchungscode {d.booking}, {d.qty} Personen, gesamt {d.price}.""",
    """Wieder da: {d.prod} in {d.size}. Art.-Nr. {d.sku}, EAN {d.gtin}. Für dich reserviert bis {d.weekday}.""",
    """Deine Kontoeinstellungen wurden am {d.date} um {d.time} geändert. Warst du das nicht? Dann setze dein Passwort unter talgrat.de/konto zurück.""",
    """Mitgliedschaft verlängert: Talgrat Club, {d.price} pro Jahr, nächste Abbuchung am {d.date}, Mitgliedsnr. {d.customer}.""",
]

CLEAN["en"]["faq"] = [
    """Q: How long does delivery to ((Ireland|Northern Ireland|the Channel Islands|Scotland's islands)) take?
A: ((3–5|2–4|4–6)) working days. Orders placed before {d.time} on a weekday leave our warehouse the same day.""",
    """Can I return sale items? Yes, within ((30|14|60)) days ((of delivery|of purchase)). Vouchers such as {d.voucher} cannot be exchanged for cash; gift cards are valid for ((3|2)) years.""",
    """Where do I find my order number? It starts with TG- and has six digits, e.g. {d.order}. It's in your confirmation e-mail.""",
    """Do you deliver to PO boxes ((or parcel lockers|or BFPO addresses|))? No – ((our couriers|DPD and UPS)) need a street address and someone to sign. Orders over {d.price} always need a signature.""",
    """How do I wash the {d.prod}? ((30|40)) °C gentle cycle, no fabric softener, then tumble dry on low for ((20|30)) minutes to reactivate the DWR((.| – we like Nikwax Tech Wash.| – no more than ((every 10 hikes|twice a season)).))""",
    """Which size should I order? If you're between sizes, take the ((larger|smaller)) one ((for layering|for a close fit|)). The size guide is at talgrat.com/size-guide; {d.prod} runs ((true to size|slightly small|long in the arm)).""",
    """Is the Luis Trenker line made in Europe? Yes – ((in Portugal and Romania|in Italy and Portugal|mostly in Romania)), bluesign® certified. Batch numbers like {d.batch} on the care label tell you the factory.""",
    """Why was my ((card|Visa|Mastercard|Amex)) declined? ((Usually|Most often)) your bank's 3-D Secure check failed; try again ((in 10 minutes|later|with another card)) or pay with ((PayPal|Klarna|Apple Pay)). We never store full card numbers – only the last four digits, e.g. {d.last4}.""",
    """Do you repair ((Jack Wolfskin|Helly Hansen|Berghaus|Mammut)) or ((Vaude|Columbia|Marmot)) products? Only our own lines ((– zips, seams and buckles|, within 5 years of purchase|)). For other brands, please contact the manufacturer.""",
    """When does the ((winter|summer)) sale start? Usually in the first week of ((January|July)); this season on ((Friday|Monday|Thursday)) the ((2nd|3rd|5th|7th)), ((10am|9am|midnight)) UK time.""",
]
CLEAN["de"]["faq"] = [
    """F: Wie lange dauert der Versand ((nach Österreich|in die Schweiz|nach Südtirol|nach Liechtenstein))?
A: ((2–4|3–5|2–3)) Werktage((, in die Schweiz zzgl. Verzollung|)). Bestellungen bis {d.time} an Werktagen verlassen unser Lager am selben Tag.""",
    """Kann ich reduzierte Ware zurückgeben? Ja, innerhalb von ((30|14|60)) Tagen ((nach Zustellung|nach Kauf)). Gutscheine wie {d.voucher} werden nicht bar ausgezahlt; Geschenkkarten gelten ((3|2)) Jahre.""",
    """Wo finde ich meine Bestellnummer? Sie beginnt mit TG- und hat sechs Ziffern, z. B. {d.order}. Du findest sie in der Bestätigungsmail.""",
    """Liefert ihr an ((Packstationen|Postfächer|Packstationen oder Postfächer))? Nein, ((unser Spediteur|DPD|die Spedition)) braucht eine Hausanschrift und eine Unterschrift. Ab {d.price} Warenwert immer mit Unterschrift.""",
    """Wie wasche ich die {d.prod}? ((30|40)) °C Schonwaschgang, kein Weichspüler, danach ((20|30)) Minuten im Trockner auf niedriger Stufe, damit die Imprägnierung wieder wirkt((.| – Waschmittel-Tipp: Nikwax Tech Wash.| – nicht öfter als ((alle 10 Touren|zweimal pro Saison)).))""",
    """Welche Größe soll ich bestellen? Wenn du zwischen zwei Größen liegst, nimm die ((größere|kleinere)) ((für Zwiebellook|für enge Passform|)). Die Größentabelle findest du unter talgrat.de/hilfe; die {d.prod} fällt ((normal|etwas klein|lang im Arm)) aus.""",
    """Wird die Luis-Trenker-Linie in Europa hergestellt? Ja, ((in Portugal und Rumänien|in Italien und Portugal|überwiegend in Rumänien)), bluesign®-zertifiziert. Die Chargennummer (z. B. {d.batch}) auf dem Pflegeetikett verrät das Werk.""",
    """Warum wurde meine ((Karte|Kreditkarte|Visa|Mastercard)) abgelehnt? ((Meist|Häufig)) ist die 3-D-Secure-Prüfung der Bank fehlgeschlagen. Versuch es ((in 10 Minuten|später|mit einer anderen Karte)) erneut oder zahl per ((PayPal|Klarna|Rechnung)). Vollständige Kartennummern speichern wir nie, nur die letzten vier Ziffern (z. B. {d.last4}).""",
    """Repariert ihr auch ((Jack Wolfskin|Schöffel|Mammut|Salewa)) oder ((Vaude|Deuter|Ortovox))? Nur unsere eigenen Linien((: Reißverschlüsse, Nähte, Schnallen| innerhalb von 5 Jahren nach Kauf|)). Bei anderen Marken wende dich bitte an den Hersteller.""",
    """Wann startet der ((Winterschlussverkauf|Sommerschlussverkauf))? Meist in der ersten ((Januar|Juli))woche, diese Saison am ((Freitag|Montag|Donnerstag)), den ((2.|3.|5.|7.)), um ((10|9|0)) Uhr.""",
]
