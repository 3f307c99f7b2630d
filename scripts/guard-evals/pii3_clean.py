"""Texts without personal data (third PII bank), English and German, with hard distractors:
product and brand names that look like names, company names with surnames, surnames used as
ordinary words, places, order/tracking/article numbers, GTINs, dates, prices, version strings.
Every list is split by position: even indices dev3, odd heldout3.
"""

LAYOUTS = {}

FEED_EN = [
    "Heather Grey Hoodie Women's", "Jackson Backpack 22 L", "Victoria Sponge Tin 20 cm", "Franklin Desk Lamp – Brass", "Abbey Road Print A3",
    "Marie Curie Edition Notebook", "Olive Field Jacket Men's", "Rose Linen Shirt", "Jade Water Bottle 750 ml", "Gentian Blue Beanie",
    "Harper Canvas Tote", "Grace Suede Ankle Boot", "Hope Scented Candle – Fig", "Sunny Days Beach Towel", "May Blossom Tea Tin",
    "Leather Billfold Wallet", "Mark II Espresso Grinder", "Rich Roast Coffee Beans 1 kg", "Art Deco Wall Clock", "Baker's Dozen Muffin Tray",
    "Hunter Green Raincoat", "Miller's Flour Sack Apron", "Chelsea Boot – Black", "Oxford Shirt Slim Fit", "Wellington Boot Kids",
    "Montgomery Duffle Coat", "Earl Grey Loose Leaf 250 g", "Lincoln Green Scarf", "Florence Table Lamp", "Austin Velvet Armchair",
    "Madison 3-Seater Sofa", "Camden Crossbody Bag", "Kingston Sneaker White", "Bramley Apple Chutney", "Penny Loafer Tan",
    "Lady Grey Tea Bags (40)", "Jack Russell Dog Bed", "Carnaby Wool Scarf", "Darcy Wrap Dress", "Ruby Red Lipstick Case",
]
FEED_DE = [
    "Hoodie Heather Grey Damen", "Rucksack Jackson 22 L", "Backform Victoria 20 cm", "Schreibtischlampe Franklin Messing", "Kunstdruck Abbey Road A3",
    "Notizbuch Marie Curie Edition", "Feldjacke Olive Herren", "Leinenhemd Rosé", "Trinkflasche Jade 750 ml", "Mütze Enzianblau",
    "Kochschürze Baumwolle", "Bauernbrot-Backmischung 1 kg", "Thermobecher Wolf 0,5 l", "Anglerhut Fischer Khaki", "Ledergürtel braun",
    "Schneiderschere 25 cm", "Mühlenmehl Type 405", "Jägerparka Grün", "Weberteppich Natur 160x230", "Zimmermannshose Cord",
    "Espresso Bahnhofstraße Röstung 500 g", "Lindenblüten-Tee 100 g", "Stuhl Luise Eiche", "Kinderbett Elsa 70x140", "Schreibtisch Greta",
    "Sessel Anton Samt", "Regal Hugo 5 Fächer", "Wanderschuh Enzian GTX", "Bettwäsche Heide 135x200", "Kerze Hoffnung Feige",
    "Brotkorb Leinen", "Kaffeebecher Marie Curie Edition", "Duschgel Meersalz 250 ml", "Lampe Frieda Opalglas", "Socken Bauer 3er-Pack",
    "Sonnenbrille Sunny Polarisiert", "Tasche Harper Canvas", "Gießkanne Greta 5 l", "Messerblock Meister", "Schal Carnaby Wolle",
]
LAYOUTS["feed_en"] = [
    ("id\ttitle\tprice\tgtin\tavailability", "{art§}\t{t}\t{amount§}\t{gtin§}\tin stock"),
    ("title | price", "{t} | {amount§}"),
    ("sku,title,colour,size", "{art§},\"{t}\",{colour§},{size§}"),
    ("Products", "• {t} – {amount§}"),
    ("<item><title>", "<title>{t}</title><g:gtin>{gtin§}</g:gtin>"),
    ("item_group_id;title;price", "{art§};{t};{amount§}"),
]
LAYOUTS["feed_de"] = [
    ("id\ttitel\tpreis\tgtin\tverfügbarkeit", "{art§}\t{t}\t{amount§}\t{gtin§}\tauf Lager"),
    ("Titel | Preis", "{t} | {amount§}"),
    ("artikelnr;titel;farbe;größe", "{art§};\"{t}\";{colour§};{size§}"),
    ("Produkte", "• {t} – {amount§}"),
    ("<item><title>", "<title>{t}</title><g:gtin>{gtin§}</g:gtin>"),
    ("gruppe;titel;preis", "{art§};{t};{amount§}"),
]


def _feed(c, lang, intro=""):
    head, row = c.lay("feed_" + lang)
    titles = c.rng.sample(FEED_EN if lang == "en" else FEED_DE, c.rng.randint(3, 7))
    lines = [row.replace("§", str(i)).replace("{t}", t) for i, t in enumerate(titles, start=1)]
    return intro + head + "\n" + "\n".join(lines)


def _titles(c, lang, lo, hi, sep="\n"):
    return sep.join(c.rng.sample(FEED_EN if lang == "en" else FEED_DE, c.rng.randint(lo, hi)))


# ------------------------------------------------------------------------------------- English
EN = {}

EN["marketing"] = [
    """
    Meet the Jackson. Twenty-two litres, a laptop sleeve that actually fits, and a bottom panel that shrugs off puddles. Available in {colour}, Ink and Heather from {date}.
    """,
    """
    This May, grace your table with the Victoria Sponge Tin – enamelled steel, made to be handed down. Will it fit a 20 cm sponge? Perfectly. Now {amount}.
    """,
    """
    Hope is a fig-and-cedar candle that burns for 45 hours. Light it, put your feet up, and let the week go. Only {qty} left in the {shop} shop.
    """,
    """
    Rich Roast is back. Dark chocolate, a little smoke, no bitterness. Order before {time} and it ships today. Free delivery over {free}.
    """,
    """
    Autumn edit: the Olive Field Jacket, the Gentian Blue Beanie and the Chelsea Boot in black. Three pieces, one walk to Abbey Road and back. {pct}% off this weekend only.
    """,
    """
    Sunny days ahead. Our beach towels are woven in Portugal by a family mill that has been making them since {year}. The bill? Shipping's on us over {free}.
    """,
    """
    Art, but make it useful: the Art Deco Wall Clock, hand-finished, silent sweep. Mark your calendar – the pre-sale opens {date} at {time}.
    """,
    """
    From the Baker's Dozen range: trays, tins and a muffin pan that browns evenly. Tested by our kitchen team, {qty} batches in. Shop the range from {amount}.
    """,
    """
    No giant like Johnson & Johnson behind this one: our new shower gel is made in small batches in {town}, paraben-free and fuss-free. 250 ml, {amount}.
    """,
    """
    The Marie Curie Edition notebook: 192 dotted pages, a lay-flat binding and a cover inspired by old lab journals. Part of every sale goes to science education.
    """,
]

EN["product"] = [
    """
    Franklin Desk Lamp – Brass
    Adjustable arm, weighted base, E27 fitting (bulb not included). Height 46 cm, weight {weight}. GTIN {gtin}. Art. no. {art}.
    """,
    """
    Heather Grey Hoodie Women's
    80% organic cotton, 20% recycled polyester. Relaxed fit – size down if between sizes. Model wears {size}. Colour: {colour}.
    """,
    """
    Harper Canvas Tote
    Heavy 16 oz canvas, leather handles, inner zip pocket. Fits a 15" laptop. Price {amount}. SKU {art}.
    """,
    """
    Grace Suede Ankle Boot
    Block heel (5 cm), cushioned insole, side zip. Sizes 36–42. Not waterproof – use a suede protector. {amount}
    """,
    """
    Montgomery Duffle Coat
    Boiled wool, toggle fastening, detachable hood. Made in the UK. Dry clean only. Available from {date}.
    """,
    """
    Jack Russell Dog Bed
    Named after the office dog, not the breed standard. Removable cover, washable at 40 °C. Small (60 cm) {amount}, large (80 cm) {amount2}.
    """,
    """
    Mark II Espresso Grinder
    Conical burrs, 40 grind settings, 250 g hopper. Firmware {ver}. Warranty: 2 years. GTIN {gtin}.
    """,
    """
    Austin Velvet Armchair
    Solid beech frame, velvet in {colour}, feet in oak. Seat height 44 cm. Delivered assembled within 10 working days.
    """,
    """
    Abbey Road Print A3
    Giclée print on 300 g cotton rag paper, signed edition of 200. Frame not included. Ships flat in a rigid envelope.
    """,
    """
    Lady Grey Tea Bags (40)
    Black tea with orange and lemon peel and cornflower. Steep 3–4 minutes at 95 °C. Best before: see base. Batch {ref}.
    """,
]


def feed_en_a(c):
    return _feed(c, "en")


def feed_en_b(c):
    return _feed(c, "en", "Google Shopping feed – changed titles ({date}):\n")


def feed_en_c(c):
    return "Top sellers last week:\n" + _titles(c, "en", 3, 6)


def feed_en_d(c):
    return _feed(c, "en", "New in ({month}):\n")


def feed_en_e(c):
    return "Disapproved items (policy: missing GTIN):\n" + _titles(c, "en", 2, 5)


def feed_en_f(c):
    return _feed(c, "en", "Sale feed – prices incl. VAT\n")


def feed_en_g(c):
    return "Bundle: " + _titles(c, "en", 2, 3, sep=" + ") + " – save {pct}%"


def feed_en_h(c):
    return "Low stock alert\n" + _titles(c, "en", 2, 4) + "\nReorder from Müller Logistik GmbH by {date}."


EN["feed_title"] = [feed_en_a, feed_en_b, feed_en_c, feed_en_d, feed_en_e, feed_en_f, feed_en_g, feed_en_h]

EN["brand_guide"] = [
    """
    3. Voice
    We write like a friendly shop assistant who knows the products well. Short sentences. No jargon. We never invent urgency ("only today!") and we never use a customer's first name in ads.
    """,
    """
    Colour palette
    Heather  #B7A6C9
    Olive    #6B7A3A
    Jade     #3E8E7E
    Sand     #D8C8A8
    Use Olive for buttons, Heather for backgrounds. Never put Jade text on Olive.
    """,
    """
    Typography
    Headlines: Franklin Gothic, semibold. Body: Baskerville, 16 px, line height 1.5. Captions in Garamond italic only for quotes.
    """,
    """
    Product names
    Our products are named after places and old colour names (Jackson, Harper, Montgomery, Gentian). Always write them with a capital letter and never translate them.
    """,
    """
    Photography
    Natural light, no filters. Show the product in use – on a walk, at a kitchen table, on a train. Avoid faces in close-up; hands and backs are fine.
    """,
    """
    Words we use / words we avoid
    ✔ sturdy, warm, honest, made to last
    ✘ luxury, must-have, game-changer, iconic
    Spelling: British English (colour, organise). Dates as {date}.
    """,
    """
    Logo
    Minimum width 24 mm in print, 80 px on screen. Clear space: the height of the "W" on all sides. Don't rotate, outline or recolour it.
    """,
    """
    Tone by channel
    Newsletter: warm, a little playful. Product pages: factual, measurements first. Social: short, one emoji at most. Customer care: patient, no templates that sound like templates.
    """,
]

EN["faq"] = [
    """
    How long does delivery take?
    UK orders placed before {time} on a weekday ship the same day and usually arrive in 1–2 working days. You'll get a tracking number (e.g. {track}) as soon as the parcel leaves us.
    """,
    """
    Can I return a sale item?
    Yes. You have 30 days from delivery. Items must be unworn with tags attached. Refunds go back to the original payment method within 5 working days of arrival.
    """,
    """
    Do you ship to Ireland, the EU or the US?
    We ship to Ireland and most EU countries (duties included). US shipping starts at {amount}; import fees are paid on delivery.
    """,
    """
    Which size should I order?
    Our Heather Grey Hoodie runs large, the Oxford Shirt runs true to size. If you're between sizes, check the size chart on each product page.
    """,
    """
    My discount code doesn't work.
    Codes can't be combined and don't apply to gift cards. Check the expiry date – most spring codes ended on {date}.
    """,
    """
    Is the Jackson backpack waterproof?
    It's water-resistant: the fabric is coated and the zips are taped, but we wouldn't submerge it. Heavy rain for an hour? Fine.
    """,
    """
    Where is my order {order}?
    Use the tracking link in your shipping confirmation. If it hasn't moved for 5 working days, reply to that email and we'll chase the courier.
    """,
    """
    Do you offer gift wrapping?
    Yes, for £{qty}.50 per item. Choose it at checkout and add a message – we'll print it on a card and leave the receipt out.
    """,
]

EN["care"] = [
    """
    Care – Heather Grey Hoodie
    Wash inside out at 30 °C. Do not tumble dry. Reshape while damp and dry flat. Iron on low heat, avoiding the print.
    """,
    """
    Looking after your Grace boots
    Brush off dirt with a soft brush once dry. Use a suede protector before first wear and every few weeks. Store with shoe trees.
    """,
    """
    Enamel tins (Victoria, Baker's Dozen)
    Hand wash only in warm soapy water. Dry straight away to prevent rust at the rim. Not suitable for the microwave.
    """,
    """
    Leather care
    Wipe with a damp cloth, let it dry naturally, then rub in a little leather balm. Keep away from radiators. Colour may darken with age – that's the leather, not a fault.
    """,
    """
    Wool (Montgomery, Carnaby)
    Air it rather than washing it. If you must wash, use a wool programme at 20 °C and a wool detergent. Dry flat away from direct sunlight. Store with cedar, not mothballs.
    """,
    """
    Candle care – Hope & Rich Roast candles
    Trim the wick to 5 mm before each use. Burn for at least 2 hours the first time so the wax melts evenly. Never leave a burning candle unattended.
    """,
    """
    Linen (Rose shirt)
    Machine wash at 40 °C with similar colours. Linen softens with every wash. Iron while still slightly damp, or embrace the creases.
    """,
    """
    Cast iron pan
    Rinse with hot water, dry on the hob, wipe with a drop of oil. No dishwasher. If rust appears, scrub it off and re-season at 220 °C for an hour.
    """,
]

EN["changelog"] = [
    """
    Release {ver}
    - Fixed: checkout crashed when a gift card covered the full amount
    - Changed: product pages load the size chart on demand
    - Added: Jade and Heather colour swatches
    """,
    """
    Changelog
    {ver} – {date}: new returns portal, faster search
    {ver2} – {date2}: bug fixes in the Harper and Jackson product templates
    """,
    """
    Firmware {ver} for the Mark II grinder
    Improved dose consistency at fine settings. Display now shows grams to one decimal. Update via the app; the grinder restarts twice.
    """,
    """
    What's new in the app ({ver})
    • Save items to a wishlist without an account
    • Dark mode follows your phone setting
    • Fixed an issue where May orders showed the wrong delivery date
    """,
    """
    Theme update {ver}
    Grace period for abandoned carts extended to 48 h. Product badges ("New", "Back in stock") use the brand font. Removed the old Franklin banner.
    """,
    """
    v{ver} (hotfix)
    Feed export: GTIN column no longer drops leading zeros (e.g. {gtin}). Shipping rules: postcodes starting with BT now use the Northern Ireland rate.
    """,
    """
    Sprint {kw} release notes
    - Search understands colour names (Olive, Rose, Sand)
    - Order confirmation emails show the estimated delivery day
    - Internal: upgraded the image service to {ver}
    """,
    """
    Known issues ({date})
    Some Apple Pay payments show twice in the order history; only one is charged. Fix scheduled for {ver}.
    """,
]

EN["order_confirmation"] = [
    """
    Thank you for your order!
    Order {order} · {date}
    1 × Jackson Backpack 22 L – {colour}    {amount}
    Delivery: Standard (2–4 working days)
    We'll email you when it ships.
    """,
    """
    Your order {order} has shipped 📦
    Carrier: Royal Mail Tracked 48
    Tracking number: {track}
    Expected delivery: {date}
    """,
    """
    Order received
    Items: {qty}
    Subtotal {amount}
    Shipping free
    Total {amount2} (incl. VAT)
    Paid with card ending {lastfour}
    """,
    """
    Good news – your Victoria Sponge Tin is on its way. Parcel {track}, {pcs} of 2. The second parcel follows in 1–2 days.
    """,
    """
    We've received your return for order {order}. Your refund of {amount} will be processed within 5 working days.
    """,
    """
    Click & collect: your order {order} is ready. Bring the confirmation email and collect it within 7 days. Collection code: {pin}.
    """,
    """
    Pre-order confirmed
    Marie Curie Edition Notebook × {pcs}
    Expected to ship: {month}
    You won't be charged until it ships.
    """,
    """
    Subscription renewed
    Rich Roast Coffee Beans 1 kg – every 4 weeks
    Next delivery {date} · {amount}
    Change or pause any time in your account.
    """,
]

EN["shop_policy"] = [
    """
    Returns policy
    You can return any item within 30 days of delivery for a full refund. Items must be unused and in their original packaging. Personalised items can't be returned unless faulty.
    """,
    """
    Shipping
    Standard UK delivery {fee}, free over {free}. Express (next working day) if ordered by {time}. We don't deliver to PO boxes.
    """,
    """
    Price promise
    If you find the same item cheaper at a UK retailer within 7 days of buying, we'll refund the difference. Excludes marketplaces, clearance and Black Friday prices.
    """,
    """
    Cookies
    We use essential cookies to run the shop and, with your consent, analytics cookies to see which pages people use. You can change your choice any time from the footer.
    """,
    """
    Gift cards
    Valid for 24 months from purchase. Can be used online and in store, not exchangeable for cash. Lost cards can be replaced with the original order number.
    """,
    """
    Warranty
    All lamps and grinders come with a 2-year warranty from the date on your receipt. It covers manufacturing faults, not wear and tear or accidental damage.
    """,
    """
    Wholesale terms
    Minimum first order {amount}, reorders from {amount2}. Payment terms 30 days after the first two orders. Prices exclude VAT.
    """,
    """
    Sustainability statement
    Our parcels are plastic-free since {year}. Couriers are chosen for low emissions per parcel; where possible we consolidate orders to the same postcode area.
    """,
]

# ------------------------------------------------------------------------------------- Deutsch
DE = {}

DE["marketing"] = [
    """
    Darf ich vorstellen: der Jackson. 22 Liter, ein Laptopfach, das wirklich passt, und ein Boden, dem Pfützen egal sind. Ab {date} in {colour}, Tinte und Heide.
    """,
    """
    Der Koch empfiehlt: unsere Kochschürze aus schwerer Baumwolle, gemacht für lange Abende am Herd. Jetzt {amount}.
    """,
    """
    Vom Bauern aus der Region, gemahlen in einer Mühle, die seit {year} läuft: unser Mühlenmehl Type 405. Für Brot, Kuchen und alles dazwischen.
    """,
    """
    Kein Wolf im Schafspelz, sondern echte Schurwolle: der Pullover Heide hält warm, kratzt nicht und wird mit jedem Tragen schöner.
    """,
    """
    Herbst-Edit: Feldjacke Olive, Mütze Enzianblau, Boots in Schwarz. Drei Teile, ein Spaziergang. Nur dieses Wochenende {pct} % Rabatt.
    """,
    """
    Frisch geröstet in unserer Rösterei in der alten Bahnhofstraße-Halle: Espresso „Bahnhofstraße“, kräftig, schokoladig, wenig Säure. 500 g für {amount}.
    """,
    """
    Braun gebrannt aus dem Urlaub zurück? Dann passt der Ledergürtel braun perfekt dazu. Handgenäht, mit Messingschnalle.
    """,
    """
    Unsere Hemden nähen Schneider in einer kleinen Manufaktur bei Porto. Jedes Stück trägt die Nummer der Näherei. Neu: Leinenhemd Rosé, {amount}.
    """,
    """
    Hoffnung ist eine Kerze mit Feige und Zeder, die 45 Stunden brennt. Anzünden, Füße hoch, Woche vorbei. Nur noch {qty} Stück im {shop}-Shop.
    """,
    """
    Die Marie Curie Edition: Notizbuch mit 192 gepunkteten Seiten, flach aufschlagbar. Ein Teil jedes Verkaufs geht an Wissenschaftsprojekte für Schulen.
    """,
]

DE["product"] = [
    """
    Schreibtischlampe Franklin Messing
    Verstellbarer Arm, beschwerter Fuß, Fassung E27 (Leuchtmittel nicht enthalten). Höhe 46 cm, Gewicht {weight}. GTIN {gtin}. Art.-Nr. {art}.
    """,
    """
    Hoodie Heather Grey Damen
    80 % Bio-Baumwolle, 20 % recyceltes Polyester. Lockere Passform – bei Zwischengrößen eine Nummer kleiner. Model trägt {size}. Farbe: {colour}.
    """,
    """
    Thermobecher Wolf 0,5 l
    Doppelwandiger Edelstahl, hält 6 Stunden heiß, 12 Stunden kalt. Deckel spülmaschinenfest, Becher bitte von Hand spülen. {amount}
    """,
    """
    Anglerhut Fischer Khaki
    Gewachste Baumwolle, Krempe 7 cm, Innenband aus Leinen. Ideal für Fischer, Wanderer und alle, die Regen nicht mögen. Größen S–XL.
    """,
    """
    Stuhl Luise Eiche
    Massive Eiche, geölt, Sitzhöhe 46 cm. Belastbar bis 120 kg. Lieferung montiert innerhalb von 10 Werktagen. Art.-Nr. {art}.
    """,
    """
    Kinderbett Elsa 70x140
    Kiefer massiv, weiß lackiert (speichelfest nach DIN EN 71-3). Lattenrost in drei Höhen. GTIN {gtin}.
    """,
    """
    Messerblock Meister
    Buche, fünf Fächer, rutschfeste Füße. Messer nicht enthalten. Meisterstück aus unserer Werkstatt – jedes Stück ein Unikat.
    """,
    """
    Zimmermannshose Cord
    Robuster Cord mit Schlag, Doppelknie, Zollstocktasche. Die klassische Zimmermannshose – auch für Leute, die keine Zimmermann-Ausbildung haben. {amount}
    """,
    """
    Socken Bauer 3er-Pack
    Dicke Wollsocken wie vom Bauernhof, verstärkte Ferse. Größen 39–42 und 43–46. Pflege: Wollwaschgang 30 °C.
    """,
    """
    Kunstdruck Abbey Road A3
    Giclée-Druck auf 300 g Baumwollpapier, signierte Auflage von 200 Stück. Ohne Rahmen. Versand flach im festen Umschlag.
    """,
]


def feed_de_a(c):
    return _feed(c, "de")


def feed_de_b(c):
    return _feed(c, "de", "Google-Shopping-Feed – geänderte Titel ({date}):\n")


def feed_de_c(c):
    return "Topseller letzte Woche:\n" + _titles(c, "de", 3, 6)


def feed_de_d(c):
    return _feed(c, "de", "Neu im {month}:\n")


def feed_de_e(c):
    return "Abgelehnte Artikel (fehlende GTIN):\n" + _titles(c, "de", 2, 5)


def feed_de_f(c):
    return _feed(c, "de", "Sale-Feed – Preise inkl. MwSt.\n")


def feed_de_g(c):
    return "Set: " + _titles(c, "de", 2, 3, sep=" + ") + " – {pct} % gespart"


def feed_de_h(c):
    return "Bestandswarnung\n" + _titles(c, "de", 2, 4) + "\nNachbestellen bei Müller Logistik GmbH bis {date}."


DE["feed_title"] = [feed_de_a, feed_de_b, feed_de_c, feed_de_d, feed_de_e, feed_de_f, feed_de_g, feed_de_h]

DE["brand_guide"] = [
    """
    3. Tonalität
    Wir schreiben wie eine freundliche Verkäuferin, die die Produkte kennt. Kurze Sätze, keine Fachbegriffe. Wir duzen. Keine künstliche Dringlichkeit („nur heute!“).
    """,
    """
    Farbpalette
    Heide   #B7A6C9
    Olive   #6B7A3A
    Jade    #3E8E7E
    Sand    #D8C8A8
    Olive für Buttons, Heide für Flächen. Nie Jade-Text auf Olive.
    """,
    """
    Typografie
    Überschriften: Franklin Gothic, halbfett. Fließtext: Baskerville, 16 px, Zeilenabstand 1,5. Zitate in Garamond kursiv.
    """,
    """
    Produktnamen
    Unsere Produkte heißen nach Orten, alten Farbnamen und Vornamen (Jackson, Luise, Greta, Enzian). Immer groß schreiben, nie übersetzen, nie beugen: „des Jackson“, nicht „des Jacksons“.
    """,
    """
    Wörter, die wir mögen / meiden
    ✔ robust, ehrlich, warm, langlebig
    ✘ Luxus, Must-have, Gamechanger, ikonisch
    Datumsformat: {date}. Preise immer mit Leerzeichen vor dem Eurozeichen: {amount}.
    """,
    """
    Bildsprache
    Natürliches Licht, keine Filter. Produkte im Gebrauch zeigen – beim Wandern, am Küchentisch, im Zug. Keine Gesichter in Nahaufnahme; Hände und Rücken sind okay.
    """,
    """
    Logo
    Mindestbreite 24 mm im Druck, 80 px am Bildschirm. Schutzraum: Höhe des „W“ auf allen Seiten. Nicht drehen, nicht umfärben, keine Kontur.
    """,
    """
    Gendern
    Wir nutzen den Doppelpunkt (Kund:innen) oder neutrale Formen (Mitarbeitende). In Produktnamen und Überschriften vermeiden wir beides, wenn es holpert.
    """,
]

DE["faq"] = [
    """
    Wie lange dauert der Versand?
    Bestellungen, die werktags bis {time} eingehen, verlassen das Lager am selben Tag. Innerhalb Deutschlands dauert die Zustellung meist 1–2 Werktage. Die Sendungsnummer (z. B. {track}) kommt per Mail.
    """,
    """
    Kann ich reduzierte Ware zurückgeben?
    Ja, innerhalb von 30 Tagen nach Erhalt. Die Ware muss ungetragen sein und das Etikett haben. Die Erstattung erfolgt über die ursprüngliche Zahlungsart.
    """,
    """
    Liefert ihr nach Österreich und in die Schweiz?
    Nach Österreich ja, zu den gleichen Preisen. In die Schweiz ab {amount}; Zoll und Einfuhrumsatzsteuer zahlt ihr bei Zustellung.
    """,
    """
    Welche Größe soll ich nehmen?
    Der Hoodie Heather Grey fällt weit aus, das Leinenhemd normal. Bei Zwischengrößen hilft die Maßtabelle auf jeder Produktseite.
    """,
    """
    Mein Rabattcode funktioniert nicht.
    Codes lassen sich nicht kombinieren und gelten nicht für Gutscheine. Die meisten Frühlingscodes sind am {date} abgelaufen.
    """,
    """
    Ist der Rucksack Jackson wasserdicht?
    Wasserabweisend: Der Stoff ist beschichtet, die Reißverschlüsse sind verschweißt. Eine Stunde Regen hält er aus, untertauchen würden wir ihn nicht.
    """,
    """
    Wo ist meine Bestellung {order}?
    Nutze den Link in der Versandbestätigung. Wenn sich fünf Werktage nichts tut, antworte einfach auf diese Mail, dann fragen wir beim Paketdienst nach.
    """,
    """
    Bietet ihr Geschenkverpackung an?
    Ja, für {qty},50 € pro Artikel. Einfach im Checkout auswählen und eine Nachricht eingeben – wir drucken sie auf eine Karte und legen keine Rechnung bei.
    """,
]

DE["care"] = [
    """
    Pflegehinweise Hoodie
    Auf links bei 30 °C waschen. Nicht in den Trockner. Feucht in Form ziehen und liegend trocknen. Bügeln auf niedriger Stufe, nicht über den Druck.
    """,
    """
    Wolle (Pullover Heide, Schal Carnaby)
    Lieber lüften als waschen. Wenn nötig: Wollprogramm 20 °C, Wollwaschmittel, liegend trocknen. Mit Zedernholz lagern, nicht mit Mottenkugeln.
    """,
    """
    Emaille-Backformen (Victoria)
    Nur von Hand in warmem Spülwasser reinigen und sofort abtrocknen, damit der Rand nicht rostet. Nicht für die Mikrowelle geeignet.
    """,
    """
    Leder
    Mit einem feuchten Tuch abwischen, trocknen lassen, dann dünn mit Lederbalsam einreiben. Nicht auf die Heizung legen. Das Leder dunkelt mit der Zeit nach – das ist gewollt.
    """,
    """
    Gusseisenpfanne
    Heiß ausspülen, auf dem Herd trocknen, mit etwas Öl auswischen. Keine Spülmaschine. Rost abbürsten und bei 220 °C eine Stunde neu einbrennen.
    """,
    """
    Holzmöbel (Stuhl Luise, Regal Hugo)
    Mit einem nebelfeuchten Tuch reinigen. Einmal im Jahr mit Möbelöl nachbehandeln. Direkte Sonne und Fußbodenheizung können das Holz arbeiten lassen.
    """,
    """
    Leinen (Leinenhemd Rosé, Brotkorb)
    40 °C mit ähnlichen Farben. Leinen wird mit jeder Wäsche weicher. Leicht feucht bügeln – oder die Falten einfach mögen.
    """,
    """
    Thermobecher Wolf
    Deckel in die Spülmaschine, Becher von Hand. Kein Backpulver, keine Scheuermilch. Dichtung ab und zu herausnehmen und trocknen lassen.
    """,
]

DE["changelog"] = [
    """
    Version {ver}
    - Behoben: Checkout stürzte ab, wenn ein Gutschein den ganzen Betrag deckte
    - Geändert: Maßtabelle lädt erst bei Bedarf
    - Neu: Farbfelder für Jade und Heide
    """,
    """
    Änderungsprotokoll
    {ver} – {date}: neues Retourenportal, schnellere Suche
    {ver2} – {date2}: Fehlerbehebungen in den Produktvorlagen Harper und Jackson
    """,
    """
    Firmware {ver} für die Kaffeemühle Mark II
    Gleichmäßigere Dosierung bei feinen Stufen. Das Display zeigt Gramm jetzt mit einer Nachkommastelle. Update über die App; die Mühle startet zweimal neu.
    """,
    """
    Neu in der App ({ver})
    • Merkliste ohne Kundenkonto
    • Dunkelmodus folgt der Systemeinstellung
    • Behoben: Bestellungen im Mai zeigten ein falsches Lieferdatum
    """,
    """
    Theme-Update {ver}
    Erinnerung an verlassene Warenkörbe jetzt nach 48 h. Badges („Neu“, „Wieder da“) in der Hausschrift. Altes Franklin-Banner entfernt.
    """,
    """
    v{ver} (Hotfix)
    Feed-Export: GTIN-Spalte verliert keine führenden Nullen mehr (z. B. {gtin}). Versandregel: PLZ {plz} bis {plz2} jetzt Zone 2.
    """,
    """
    Release Notes Sprint {kw}
    - Suche versteht Farbnamen (Olive, Rosé, Sand)
    - Bestellbestätigung zeigt den voraussichtlichen Liefertag
    - Intern: Bilddienst auf {ver} aktualisiert
    """,
    """
    Bekannte Probleme ({date})
    Manche Zahlungen mit Apple Pay erscheinen doppelt in der Bestellhistorie; abgebucht wird nur einmal. Korrektur geplant für {ver}.
    """,
]

DE["order_confirmation"] = [
    """
    Vielen Dank für deine Bestellung!
    Bestellung {order} vom {date}
    1 × Rucksack Jackson 22 L – {colour}    {amount}
    Versand: Standard (2–4 Werktage)
    Wir melden uns, sobald das Paket unterwegs ist.
    """,
    """
    Deine Bestellung {order} ist unterwegs 📦
    Versanddienstleister: DHL
    Sendungsnummer: {track}
    Voraussichtliche Zustellung: {date}
    """,
    """
    Bestellung eingegangen
    Artikel: {qty}
    Zwischensumme {amount}
    Versand kostenlos
    Gesamt {amount2} (inkl. MwSt.)
    Bezahlt mit Karte, Endung {lastfour}
    """,
    """
    Gute Nachricht: Deine Backform Victoria ist unterwegs. Paket {track}, {pcs} von 2. Das zweite Paket folgt in 1–2 Tagen.
    """,
    """
    Wir haben deine Rücksendung zu Bestellung {order} erhalten. Die Erstattung über {amount} bearbeiten wir innerhalb von 5 Werktagen.
    """,
    """
    Click & Collect: Deine Bestellung {order} liegt bereit. Bitte innerhalb von 7 Tagen mit der Bestätigungsmail abholen. Abholcode: {pin}.
    """,
    """
    Vorbestellung bestätigt
    Notizbuch Marie Curie Edition × {pcs}
    Voraussichtlicher Versand: {month}
    Abgebucht wird erst beim Versand.
    """,
    """
    Abo verlängert
    Espresso Bahnhofstraße 500 g – alle 4 Wochen
    Nächste Lieferung {date} · {amount}
    Jederzeit im Kundenkonto änderbar oder pausierbar.
    """,
]

DE["shop_policy"] = [
    """
    Rückgabe
    Du kannst jeden Artikel innerhalb von 30 Tagen nach Erhalt zurückgeben. Die Ware muss unbenutzt und originalverpackt sein. Personalisierte Artikel sind vom Umtausch ausgeschlossen, außer sie sind defekt.
    """,
    """
    Versandkosten
    Standardversand innerhalb Deutschlands {fee}, ab {free} kostenlos. Express am nächsten Werktag bei Bestellung bis {time}. Keine Lieferung an Packstationen bei Speditionsware.
    """,
    """
    Bestpreis-Versprechen
    Findest du denselben Artikel innerhalb von 7 Tagen bei einem deutschen Händler günstiger, erstatten wir die Differenz. Ausgenommen sind Marktplätze und Abverkauf.
    """,
    """
    Cookies
    Wir setzen notwendige Cookies für den Shop und – nur mit deiner Einwilligung – Statistik-Cookies. Deine Auswahl kannst du jederzeit im Footer ändern.
    """,
    """
    Gutscheine
    Drei Jahre gültig, gerechnet ab dem Ende des Kaufjahres (Kauf im {month} → gültig bis zum 31.12. drei Jahre später). Online und im Laden einlösbar, keine Barauszahlung.
    """,
    """
    Garantie
    Auf Lampen und Mühlen gewähren wir 2 Jahre Garantie ab Kaufdatum. Sie gilt für Herstellungsfehler, nicht für Verschleiß oder Sturzschäden.
    """,
    """
    Konditionen für Wiederverkäufer
    Mindestbestellwert Erstbestellung {amount}, Nachbestellungen ab {amount2}. Zahlungsziel 30 Tage ab der dritten Bestellung. Preise zzgl. MwSt.
    """,
    """
    Nachhaltigkeit
    Seit {year} verschicken wir plastikfrei. Wir bündeln Bestellungen in dasselbe PLZ-Gebiet ({plz} ff.) und arbeiten mit Paketdiensten, die emissionsarm zustellen.
    """,
]

BANK = {"en": EN, "de": DE}
