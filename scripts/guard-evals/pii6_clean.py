"""Texts of the sixth PII bank without any personal data, full of look-alikes: order, invoice,
ticket and tracking numbers, article numbers, GTINs, dates, times, prices, sizes, versions,
postcodes alone, product names, and surnames in their ordinary meaning.

Each genre's list is split by position parity: even entries build dev6, odd entries heldout6.
"""

CLEAN = {
    "en": {
        "marketing_copy": [
            "New in: the {d.product} {d.kind} in {d.colour}. Built for grey days in May and long weekends on the fells. Now {d.price}, {d.pct} off until {d.date}.",
            "Hunter green is back. Our {d.kind} comes in three new colours – order before {d.time} and it ships today.",
            "Meet the {d.product}: {d.weight}, packs down to {d.size}. Because grace under pressure starts with a good layer.",
            "Autumn sale: up to {d.pct} off {d.kind}s and packs. Code {d.code} valid until {d.date}. Free delivery over {d.price}.",
            "Lone wolf or group hike? The {d.product} {d.kind} has room for both – {d.size}, {d.weight}.",
            "Bake, brew, boil: our camp kitchen set (art. {d.sku}) turns every site into a baker's corner. From {d.price}.",
        ],
        "product_text": [
            "{d.product} {d.kind} – art. no. {d.sku}, EAN {d.gtin}. Weight {d.weight}, colour {d.colour}. Machine wash at 30 °C.",
            "Specs: volume {d.size}, back length adjustable, frame v{d.qty}. GTIN {d.gtin}. RRP {d.price}.",
            "Size guide: if you're between sizes, take the larger one. Chest measurements from 92 cm (S) to 118 cm (XXL). Model {d.sku}.",
            "The May edition of the {d.product}: recycled face fabric, PFC-free DWR, {d.weight}. Item {d.sku}, barcode {d.gtin}.",
            "Hunter boots style wellies, but lighter: {d.weight} per pair, sizes 36–47, art. {d.sku}.",
            "Fits up to {d.size}. Hip belt pockets fit a phone. Article {d.sku} replaces {d.sku} from the {d.promo_year} range.",
        ],
        "order_status": [
            "Your order {d.order} has shipped. Tracking number: {d.tracking}. Expected delivery: {d.date} between {d.time} and {d.time}.",
            "Order {d.order} – 2 items, total {d.price}. Payment received on {d.date}. Invoice {d.invoice} is in your account.",
            "Refund processed for order {d.order}: {d.price}. Please allow 3–5 working days. Reference {d.invoice}.",
            "We're sorry – item {d.sku} from order {d.order} is on backorder until {d.date}. The rest ships today.",
            "Return {d.ticket} received at our warehouse on {d.date}. Items checked: 1 of 1.",
            "Pickup ready: order {d.order} can be collected from {d.time} tomorrow. Bring the code {d.cust}.",
        ],
        "faq": [
            "How long does delivery take? Within the UK 2–3 working days, to postcodes starting BT or HS allow an extra day. Orders placed before {d.time} ship the same day.",
            "Can I return sale items? Yes, within 30 days. Items bought between 1 May and {d.date} can be returned until the end of the season.",
            "What does the number on the label mean? The first digits ({d.sku}) are the article number; the 13 digits below ({d.gtin}) are the barcode.",
            "Do you ship to Ireland? Yes – shipping costs {d.price}, free over {d.price}. Eircodes are required.",
            "Is there a grace period for the discount code? Codes like {d.code} work until midnight on the day they expire.",
            "Why is my order number different from my invoice number? Orders look like {d.order}, invoices like {d.invoice}.",
        ],
        "stock_report": [
            "Stock check {d.date}\n{d.sku} | {d.product} | {d.qty} pcs\n{d.sku} | {d.product} | {d.qty} pcs\n{d.sku} | {d.product} | 0 pcs – reorder",
            "Weekly numbers: {d.qty} orders, {d.pct} returns, average basket {d.price}. Top seller: {d.product} ({d.sku}).",
            "Inbound delivery {d.tracking}: {d.qty} cartons, PO {d.invoice}, expected {d.date} at {d.time}. Dock 3.",
            "Inventory variance: article {d.sku} (GTIN {d.gtin}) shows {d.qty} in the system, {d.qty} counted. Recount on {d.weekday}.",
        ],
        "release_notes": [
            "Shop release {d.version} ({d.date}): faster checkout, fixed the postcode field for 5-digit codes, new size filter.",
            "Changelog {d.version}\n- Fixed: order numbers longer than 10 digits were cut off\n- Changed: timeout {d.ms} ms\n- Added: GTIN search",
            "Maintenance window {d.date}, {d.time}–{d.time}. Shop version {d.version} goes live afterwards. Tickets {d.ticket} and {d.ticket} are fixed.",
            "App update {d.version}: dark mode, barcode scanner for {d.gtin}-style EANs, bug fixes.",
        ],
    },
    "de": {
        "marketing_copy": [
            "Neu: die {d.product} {d.kind} in {d.colour}. Für graue Tage im Mai und lange Wochenenden auf der Hütte. Jetzt {d.price}, {d.pct} Rabatt bis {d.date}.",
            "Der Wolf im Schafspelz: unser Merino-Hoodie wärmt, auch wenn er nass ist. Ab {d.price}, Art.-Nr. {d.sku}.",
            "Vom Koch der Hütte empfohlen: unser Kochset (Art.-Nr. {d.sku}) für zwei Personen, nur {d.weight}.",
            "Herbst-Sale: bis zu {d.pct} auf {d.kind} und Rucksäcke. Code {d.code} gültig bis {d.date}. Versandkostenfrei ab {d.price}.",
            "Wie beim Bauer auf der Alm: frische Luft, ehrliches Material. Die {d.product} in {d.colour}, {d.weight}.",
            "Schneider-Qualität aus Portugal: jede Naht der {d.product} wird doppelt geprüft. Jetzt {d.price}.",
        ],
        "product_text": [
            "{d.product} {d.kind} – Art.-Nr. {d.sku}, EAN {d.gtin}. Gewicht {d.weight}, Farbe {d.colour}. Waschbar bei 30 °C.",
            "Technische Daten: Volumen {d.size}, Rückenlänge verstellbar, Gestell v{d.qty}. GTIN {d.gtin}. UVP {d.price}.",
            "Größenberatung: Liegst du zwischen zwei Größen, nimm die größere. Brustumfang von 92 cm (S) bis 118 cm (XXL). Modell {d.sku}.",
            "Die Mai-Edition der {d.product}: recyceltes Obermaterial, PFC-freie Imprägnierung, {d.weight}. Artikel {d.sku}, Barcode {d.gtin}.",
            "Fuchs-Orange ist zurück: die {d.kind} in Signalfarbe, Gr. 36–47, Art.-Nr. {d.sku}.",
            "Passt bis {d.size}. Hüftgurttaschen fürs Handy. Artikel {d.sku} ersetzt {d.sku} aus der Kollektion {d.promo_year}.",
        ],
        "order_status": [
            "Deine Bestellung {d.order} ist unterwegs. Sendungsnummer: {d.tracking}. Voraussichtliche Zustellung: {d.date} zwischen {d.time} und {d.time} Uhr.",
            "Bestellung {d.order} – 2 Artikel, Summe {d.price}. Zahlung am {d.date} eingegangen. Rechnung {d.invoice} liegt im Kundenkonto.",
            "Erstattung zu Bestellung {d.order}: {d.price}. Bitte 3–5 Werktage einplanen. Referenz {d.invoice}.",
            "Leider ist Artikel {d.sku} aus Bestellung {d.order} erst ab {d.date} lieferbar. Der Rest geht heute raus.",
            "Retoure {d.ticket} am {d.date} im Lager eingegangen. Geprüft: 1 von 1 Artikeln.",
            "Abholbereit: Bestellung {d.order} liegt ab morgen {d.time} Uhr im Laden. Abholcode {d.cust}.",
        ],
        "faq": [
            "Wie lange dauert der Versand? Innerhalb Deutschlands 1–3 Werktage, auf die Inseln (PLZ 18565, 25980, 26486) einen Tag länger. Bestellungen bis {d.time} Uhr gehen am selben Tag raus.",
            "Kann ich reduzierte Ware zurückgeben? Ja, innerhalb von 30 Tagen. Artikel aus dem Mai-Sale bis {d.date}.",
            "Was bedeutet die Nummer auf dem Etikett? Die ersten Ziffern ({d.sku}) sind die Artikelnummer, die 13 Ziffern darunter ({d.gtin}) der Barcode.",
            "Liefert ihr in die Schweiz? Ja – Versand {d.price}, Zollabwicklung inklusive. PLZ vierstellig, z. B. 8004.",
            "Gilt der Gutscheincode auch nach Mitternacht? Codes wie {d.code} gelten bis 23:59 Uhr am Ablauftag.",
            "Warum unterscheidet sich die Bestellnummer von der Rechnungsnummer? Bestellungen sehen aus wie {d.order}, Rechnungen wie {d.invoice}.",
        ],
        "stock_report": [
            "Bestandsprüfung {d.date}\n{d.sku} | {d.product} | {d.qty} Stk.\n{d.sku} | {d.product} | {d.qty} Stk.\n{d.sku} | {d.product} | 0 Stk. – nachbestellen",
            "Wochenzahlen: {d.qty} Bestellungen, {d.pct} Retouren, Warenkorb im Schnitt {d.price}. Topseller: {d.product} ({d.sku}).",
            "Wareneingang {d.tracking}: {d.qty} Kartons, Bestellung {d.invoice}, erwartet am {d.date} um {d.time} Uhr. Rampe 3.",
            "Inventurdifferenz: Artikel {d.sku} (GTIN {d.gtin}) – {d.qty} im System, {d.qty} gezählt. Nachzählung am {d.weekday}.",
        ],
        "release_notes": [
            "Shop-Release {d.version} ({d.date}): schnellerer Checkout, PLZ-Feld für vierstellige Postleitzahlen korrigiert, neuer Größenfilter.",
            "Änderungen {d.version}\n- Behoben: Bestellnummern über 10 Stellen wurden abgeschnitten\n- Geändert: Timeout {d.ms} ms\n- Neu: GTIN-Suche",
            "Wartungsfenster am {d.date}, {d.time}–{d.time} Uhr. Danach läuft Version {d.version}. Tickets {d.ticket} und {d.ticket} sind behoben.",
            "App-Update {d.version}: Dunkelmodus, Barcode-Scanner für EANs wie {d.gtin}, Fehlerbehebungen.",
        ],
    },
}
