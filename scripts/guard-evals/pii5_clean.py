"""Fifth PII bank: texts without personal data, with hard distractors (order, tracking and article
numbers, GTINs, dates, prices, versions, postcodes or towns alone, product and colour names that
look like given names, surnames as ordinary words, companies, street-named products). Each genre's
list is split by parity like the others."""

EN = {}
DE = {}

EN["product_copy"] = [
    "Meet the {c.pname} — our lightest rain shell yet at {x.weight}. Taped seams, a hood that moves with you and pit zips for the uphill bits. Art. no. {x.sku}, GTIN {x.gtin}.",
    "The Grace Linen Shirt is back in Heather, Olive and Sky. Garment-washed for that lived-in feel from day one. Now {x.price}.",
    "Hunter Field Vest: eight pockets, waxed cotton, brass hardware. Built like a piece of kit, worn like a favourite jumper.",
    "Baker Apron in Rust. Cross-back straps, a towel loop and a pocket deep enough for a phone and a whisk. One size. SKU {x.sku}.",
    "The Abbey Road Print, now on heavyweight cotton paper. A2, unframed, signed edition of 200. Ships rolled in a tube.",
    "Our Florence Midi Dress comes in Rose and Midnight. Fully lined, pockets (of course) and a wrap that stays put.",
    "Wilson Duffel 40L — recycled ripstop, a shoe compartment and straps that convert it to a backpack. {x.price}, lifetime repairs.",
    "Will it fit? The Morgan Tote takes a 16\" laptop, a water bottle and lunch, with room to spare. Colour: Jade.",
    "Archie Chelsea Boot, Goodyear-welted and resoleable. Made in a family workshop near Northampton since 1921.",
    "Introducing the Juniper Candle: cedar, smoke and a hint of gin. 60-hour burn time, {x.weight}, hand-poured in small batches.",
]

EN["marketing"] = [
    "Autumn is here. Grab a mug, pull on the Ellis Wool Scarf and enjoy {x.pct} off knitwear until {x.date}.",
    "Hope you're ready — the Summit 2 tent is back, and this time it's lighter. Pre-orders open {x.date} at 9 am.",
    "Bake like a pro with the Baker Collection: aprons, tins and a sourdough starter kit. Free delivery over {x.price}.",
    "From Bath to Bristol: our pop-up tour starts {x.date}. Come for the coffee, stay for the candles.",
    "Rich colours, soft textures, zero fuss. The new Hunter Green edit lands Friday.",
    "Members get early access: log in from {x.date} to shop the Harper Rain Jacket before anyone else.",
    "Gift guide 2025: the Maple Mug for the tea lover, the Grace Shirt for the minimalist and a gift card for everyone else.",
    "It's Black Friday week: up to {x.pct} off, no code needed. Ends {x.date}, midnight GMT.",
    "Say hello to Sunny Days, our limited summer range, in Lemon, Coral and Sage. While stocks last.",
    "Mark your calendars: the warehouse sale returns to York on {x.date}. Doors open {x.time}.",
]

EN["faq"] = [
    "Q: Where's my order?\nA: You'll find the tracking link in your shipping confirmation. Parcels usually arrive within 2–4 working days.",
    "Can I change my order after placing it?\nWe can amend orders within 1 hour. After that it's already being packed, but you can return anything within 30 days.",
    "Do you ship to Ireland?\nYes! Orders to Ireland ship from our Dublin partner warehouse and take 3–5 days. Duties are included.",
    "How do I use a gift card?\nEnter the 16-character code at checkout. Gift cards are valid for 3 years from the date of purchase.",
    "Q: What's the difference between the Harper and the Grace jacket?\nA: The Harper is fully waterproof (20,000 mm); the Grace is windproof and packs into its own pocket.",
    "Is the Baker Apron machine washable?\nYes, at 40 °C. Hang to dry and it'll keep its shape.",
    "Why was my payment declined?\nUsually it's a mismatch between the billing postcode and the one your bank holds. Try again or use PayPal.",
    "Q: Do you offer student discount?\nA: Yes, 15% with a verified student account. It can't be combined with other offers.",
    "How long do repairs take?\nMost repairs are done within 10 working days. You'll get an update by email at each step.",
    "Can I collect in store?\nClick & collect is available in our London, Leeds and Glasgow shops. We'll let you know when it's ready.",
]

EN["care"] = [
    "Care: wash at 30 °C, inside out, with similar colours. Do not tumble dry. Reproof with a wash-in treatment every few washes.",
    "Wool care guide: air it out after wearing, hand wash cold with wool detergent, dry flat. Store folded with a cedar block.",
    "Leather: wipe with a damp cloth, let it dry naturally away from heat and feed with a balm twice a year.",
    "Candle care: trim the wick to 5 mm before each burn and burn for at least 2 hours the first time to avoid tunnelling.",
    "Down jackets love the tumble dryer: low heat with two clean tennis balls until the fill is completely dry.",
    "Cast iron: rinse with hot water, dry on the hob and wipe a thin layer of oil inside. No dishwasher, please.",
    "Linen softens with every wash. 40 °C, gentle cycle, line dry. Iron while slightly damp if you like it crisp.",
    "Waxed cotton: brush off dirt once dry, never wash in a machine. Re-wax every season with our Hunter Wax Tin.",
    "Merino: wash on the wool cycle at 30 °C, no fabric softener. Small holes? Our repair service fixes them for free in year one.",
    "Enamel mugs: dishwasher safe, but hand washing keeps the rim shiny. Avoid metal scourers.",
]

EN["shipping_policy"] = [
    "Shipping: UK standard delivery {x.price}, free over £60. Orders placed before 2 pm ship the same day (Mon–Fri).",
    "We ship to the EU via DPD. Delivery takes 3–6 working days; customs are prepaid, so there's nothing extra to pay on arrival.",
    "Returns are free within 30 days. Use the returns portal, print the label and drop the parcel at any Royal Mail post office.",
    "Christmas deadlines: standard delivery order by {x.date}, express by the 22nd. Orders after that ship from 2 January.",
    "Parcels are sent with tracked 48. If your tracking hasn't updated for 5 days, get in touch via the contact form.",
    "International orders over USD 800 may be subject to import duties in the US. These are the customer's responsibility.",
    "We use recycled boxes and paper tape. No plastic fillers, ever.",
    "Large items (furniture, rugs) are delivered by a two-person team. You'll choose a time slot after ordering.",
    "Exchanges ship free of charge once we've received your return. Refunds are issued within 5 working days.",
    "Orders to the Channel Islands and Northern Ireland may take up to 2 extra days.",
    "Same-day courier delivery is available in {c.town} for postcodes starting {c.zip}. Order by 11 am.",
]

EN["changelog"] = [
    "Release notes {x.version}\n- Faster checkout on mobile\n- Fixed: discount codes with lowercase letters\n- New: gift wrap option at basket level",
    "Changelog ({x.date})\n* Product pages now show stock per size\n* Removed the legacy wishlist\n* Bumped image CDN to {x.version}",
    "What's new in {x.version}: dark mode for the store app, Apple Pay in Ireland, and better search for colour names like Olive or Rose.",
    "v{x.qty}.0 — we rebuilt the size finder. It now asks for height and fit preference instead of chest size.",
    "Hotfix {x.version}: order confirmation emails were sent twice for some orders placed between 10:00 and 10:20. Resolved.",
    "Sprint 42 summary\n- Feed export now includes GTIN {x.gtin}-style barcodes\n- New filter: 'Made in the UK'\n- Bugfix: price rounding in CHF",
    "Platform update {x.date}: the returns portal moved to a new provider. Old labels remain valid until {x2.date}.",
    "Build {x.version}\nAdded: Klarna in Austria\nChanged: product title length limit 150 → 200 chars\nFixed: broken link on the Grace collection page",
    "Release {x.version} — accessibility fixes (focus states, alt texts) and a new 'Hunter' colour swatch.",
    "Internal tooling {x.version}: bulk edit for product descriptions, CSV import with column mapping, undo for the last 20 changes.",
]

EN["store_locator"] = [
    "Our Leeds store is on the ground floor of the Corn Exchange, next to the bakery. Open Mon–Sat 10–6, Sun 11–5.",
    "Find us in Edinburgh: a few steps from Waverley station, opposite the old bookshop. Step-free access via the side door.",
    "Brighton: in the Lanes, just look for the green door. Dogs welcome, coffee on us on Saturdays.",
    "Visiting Dublin? Our shop in Temple Bar carries the full home range and offers same-day alterations.",
    "Manchester (Northern Quarter) is closed for refurbishment until {x.date}. Our Liverpool shop is open as usual.",
    "All our shops accept returns from online orders. Bring your order number, e.g. {x.order}.",
    "York shop opening hours over Christmas: 23 Dec 9–8, 24 Dec 9–2, closed 25–26 Dec.",
    "Our Portland flagship has moved two blocks north, into the old Baker & Finch warehouse. Parking in the Pearl District garage.",
    "Bath: find us on the corner by the Abbey, above the cheese shop. Lift available.",
    "Stockists: you'll also find our candles at selected garden centres across Cumbria and Yorkshire.",
]

EN["size_chart"] = [
    "Size chart — women's jackets\nXS: chest 82 cm / UK 8\nS: 86 cm / UK 10\nM: 90 cm / UK 12\nL: 96 cm / UK 14\nXL: 102 cm / UK 16",
    "Men's trousers (inside leg): Short 30\", Regular 32\", Long 34\". Waist sizes 28–40.",
    "Kids' sizes: 2–3 y (98 cm), 4–5 y (110 cm), 6–7 y (122 cm), 8–9 y (134 cm).",
    "Shoes: UK 6 = EU 39 = US 7. Our Archie boot runs half a size large.",
    "Hats: S/M fits 55–57 cm, L/XL 58–60 cm. Measure around your forehead, just above the ears.",
    "Rings: size J = 49.3 mm, L = 51.9 mm, N = 54.4 mm. Not sure? Order our free ring sizer.",
    "Dog harness sizes: XS neck 25–35 cm, S 35–45 cm, M 45–55 cm, L 55–65 cm.",
    "The Grace shirt: relaxed fit. If you're between sizes, take the smaller one.",
    "Gloves: measure around your palm. 7 = 18 cm, 8 = 20 cm, 9 = 23 cm, 10 = 25 cm.",
    "Bedding: Single 135 × 200 cm, Double 200 × 200 cm, King 230 × 220 cm. Pillowcases 50 × 75 cm.",
]

DE["product_copy"] = [
    "Das ist die {c.pname}: unsere leichteste Regenjacke mit nur {x.weight}. Verschweißte Nähte, Kapuze mit Schirm und Belüftung unter den Armen. Art.-Nr. {x.sku}, EAN {x.gtin}.",
    "Die Leinenbluse Marlene gibt es jetzt auch in Salbei und Terrakotta. Vorgewaschen, angenehm weich und ab {x.price} erhältlich.",
    "Wollmantel Frieda: doppelt gewebt, mit Hornknöpfen und Innentasche. Ein Mantel für zwanzig Winter.",
    "Thermobecher Fuchs – hält Kaffee 6 Stunden heiß und Limo 12 Stunden kalt. 350 ml, auslaufsicher, spülmaschinenfest.",
    "Espresso „Bahnhofstraße“: kräftig, nussig, mit wenig Säure. Geröstet in kleinen Chargen, 250 g für {x.price}.",
    "Schlafsack Koch -5°: Komfortbereich bis 0 °C, Kunstfaserfüllung, Packmaß 35 × 20 cm. Art.-Nr. {x.sku}.",
    "Sneaker Paul Low in Weiß/Navy. Sohle aus Naturkautschuk, Obermaterial aus recyceltem Leder, gefertigt in Portugal.",
    "Unsere Daunenweste Hanne ist zurück – jetzt mit RDS-zertifizierter Daune und zwei Reißverschlusstaschen.",
    "Kaffeemühle Konrad: Kegelmahlwerk aus Edelstahl, 40 Mahlstufen, Handkurbel aus Walnussholz. GTIN {x.gtin}.",
    "Strickmütze Ida aus Merino, gefüttert mit Fleece. Farben: Senf, Petrol, Wolf Grau.",
]

DE["marketing"] = [
    "Der Herbst ist da! Tee kochen, Strickmütze Ida auf und bis zum {x.date} {x.pct} auf alle Strickwaren sichern.",
    "Hoffentlich seid ihr bereit: Der Rucksack Lindenberg 28 ist zurück – leichter als je zuvor. Vorbestellung ab {x.date}, 9 Uhr.",
    "Backen wie die Profis: Schürzen, Formen und ein Sauerteig-Starterset aus der Bäckerei Koch Edition. Versandkostenfrei ab {x.price}.",
    "Von Hamburg bis München: Unsere Pop-up-Tour startet am {x.date}. Komm für den Kaffee, bleib für die Kerzen.",
    "Satte Farben, weiche Stoffe, null Aufwand. Die neue Kollektion „Waldgrün“ kommt am Freitag.",
    "Mitglieder zuerst: Ab {x.date} könnt ihr die Softshelljacke Greta vor allen anderen shoppen.",
    "Geschenkideen 2025: der Thermobecher Fuchs für Frühaufsteher, die Duftkerze Wolke für Gemütliche und ein Gutschein für alle anderen.",
    "Black Week: bis zu {x.pct} Rabatt, ganz ohne Code. Nur bis {x.date}, 23:59 Uhr.",
    "Sag Hallo zu „Sonnenschein“, unserer limitierten Sommerkollektion in Zitrone, Koralle und Salbei.",
    "Jetzt vormerken: Der Lagerverkauf in Augsburg kommt zurück – am {x.date}, Einlass ab {x.time} Uhr.",
]

DE["faq"] = [
    "Wo ist meine Bestellung?\nDen Link zur Sendungsverfolgung findest du in der Versandbestätigung. Pakete kommen meist nach 2–4 Werktagen an.",
    "Kann ich meine Bestellung noch ändern?\nInnerhalb einer Stunde ja. Danach wird schon gepackt, aber du kannst alles 30 Tage lang zurückschicken.",
    "Liefert ihr auch nach Österreich und in die Schweiz?\nJa. Nach Österreich in 2–4 Tagen, in die Schweiz in 3–6 Tagen inklusive Zoll.",
    "Wie löse ich einen Gutschein ein?\nGib den 16-stelligen Code im Warenkorb ein. Gutscheine sind drei Jahre ab Kauf gültig.",
    "Was ist der Unterschied zwischen Greta und Hanne?\nDie Greta ist wasserdicht (20.000 mm Wassersäule), die Hanne ist eine wärmende Daunenweste.",
    "Ist der Schlafsack Koch waschbar?\nJa, bei 30 °C im Schonwaschgang, danach im Trockner mit Tennisbällen trocknen.",
    "Warum wurde meine Zahlung abgelehnt?\nMeist passt die Rechnungs-PLZ nicht zu den Daten der Bank. Versuch es erneut oder nutze PayPal.",
    "Gibt es Rabatt für Studierende?\nJa, 15 % mit verifiziertem Studierendenkonto. Nicht mit anderen Aktionen kombinierbar.",
    "Wie lange dauert eine Reparatur?\nDie meisten Reparaturen sind nach 10 Werktagen erledigt. Du bekommst bei jedem Schritt eine Nachricht.",
    "Kann ich im Laden abholen?\nClick & Collect geht in unseren Läden in Köln, Leipzig und Freiburg. Wir melden uns, sobald alles bereitliegt.",
]

DE["care"] = [
    "Pflegehinweis: bei 30 °C auf links waschen, mit ähnlichen Farben. Nicht in den Trockner. Alle paar Wäschen nachimprägnieren.",
    "Wolle richtig pflegen: nach dem Tragen auslüften, kalt mit Wollwaschmittel von Hand waschen, liegend trocknen.",
    "Leder: mit einem feuchten Tuch abwischen, fern von Heizungen trocknen lassen und zweimal im Jahr mit Balsam pflegen.",
    "Kerzenpflege: Docht vor jedem Anzünden auf 5 mm kürzen und beim ersten Mal mindestens 2 Stunden brennen lassen.",
    "Daunenjacken mögen den Trockner: niedrige Temperatur, zwei saubere Tennisbälle dazu, bis die Füllung ganz trocken ist.",
    "Gusseisen: mit heißem Wasser ausspülen, auf dem Herd trocknen und dünn einölen. Bitte nicht in die Spülmaschine.",
    "Leinen wird mit jeder Wäsche weicher. 40 °C, Schonwaschgang, auf der Leine trocknen.",
    "Gewachste Baumwolle: Schmutz trocken abbürsten, nie in die Maschine. Jede Saison mit unserem Wachs „Bauer“ nachwachsen.",
    "Merino: Wollprogramm bei 30 °C, kein Weichspüler. Kleine Löcher flicken wir im ersten Jahr kostenlos.",
    "Emaillebecher sind spülmaschinenfest, von Hand gespült bleibt der Rand aber schöner. Keine Stahlwolle verwenden.",
]

DE["shipping_policy"] = [
    "Versand innerhalb Deutschlands: {x.price}, ab 50 € kostenlos. Bestellungen bis 14 Uhr verlassen werktags noch am selben Tag das Lager.",
    "Wir liefern in die EU mit DHL. Die Lieferzeit beträgt 3–6 Werktage.",
    "Die Rücksendung ist 30 Tage lang kostenlos. Einfach im Retourenportal das Etikett drucken und das Paket in einer Filiale abgeben.",
    "Weihnachten: Standardversand bis {x.date} bestellen, Express bis zum 22.12. Danach versenden wir ab dem 2. Januar.",
    "Hat sich deine Sendungsverfolgung 5 Tage nicht bewegt? Schreib uns über das Kontaktformular.",
    "Bei Lieferungen in die Schweiz fallen keine Zollgebühren an, wir übernehmen die Abwicklung mit Fischer Logistik GmbH.",
    "Wir verschicken in recycelten Kartons mit Papierklebeband. Kein Plastik-Füllmaterial, versprochen.",
    "Sperrige Artikel liefert eine Spedition bis zur Bordsteinkante. Den Termin wählst du nach der Bestellung.",
    "Umtausch ist kostenlos, sobald deine Rücksendung bei uns ist. Erstattungen erfolgen innerhalb von 5 Werktagen.",
    "Lieferungen auf die Inseln (z. B. Sylt, Norderney) können 1–2 Tage länger dauern.",
    "Kurierlieferung am selben Tag gibt es in {c.town} für die PLZ-Bereiche {c.zip} bis {c.zip2}. Bestellschluss 11 Uhr.",
]

DE["changelog"] = [
    "Release Notes {x.version}\n- Schnellerer Checkout auf dem Handy\n- Behoben: Rabattcodes mit Kleinbuchstaben\n- Neu: Geschenkverpackung im Warenkorb",
    "Änderungsprotokoll ({x.date})\n* Produktseiten zeigen Bestand pro Größe\n* Alte Merkliste entfernt\n* Bild-CDN auf {x.version} aktualisiert",
    "Neu in {x.version}: Dunkelmodus in der App, TWINT für die Schweiz und bessere Suche nach Farbnamen wie Rose oder Oliv.",
    "Hotfix {x.version}: Bestellbestätigungen wurden bei einigen Bestellungen zwischen 10:00 und 10:20 Uhr doppelt verschickt. Behoben.",
    "Sprint 42\n- Feed-Export enthält jetzt GTINs wie {x.gtin}\n- Neuer Filter „Made in Germany“\n- Bugfix: Rundung bei CHF-Preisen",
    "Plattform-Update {x.date}: Das Retourenportal läuft über einen neuen Dienstleister. Alte Etiketten gelten bis {x2.date}.",
    "Build {x.version}\nHinzugefügt: Klarna in Österreich\nGeändert: Titellänge 150 → 200 Zeichen\nBehoben: defekter Link auf der Seite „Kollektion Greta“",
    "Version {x.version} – Barrierefreiheit (Fokus, Alt-Texte) und eine neue Farbe „Wolf Grau“.",
    "Interne Tools {x.version}: Massenbearbeitung von Produkttexten, CSV-Import mit Spaltenzuordnung, Rückgängig für die letzten 20 Änderungen.",
    "v{x.qty}.0: Größenberater neu gebaut – fragt jetzt Körpergröße und Passform statt Brustumfang ab.",
]

DE["store_locator"] = [
    "Unseren Laden in Leipzig findest du im Erdgeschoss der Mädlerpassage, gleich neben der Bäckerei. Mo–Sa 10–19 Uhr.",
    "In Freiburg sind wir nur ein paar Schritte vom Martinstor entfernt. Barrierefreier Zugang über den Seiteneingang.",
    "Hamburg: im Karoviertel, einfach nach der grünen Tür Ausschau halten. Hunde willkommen!",
    "Unser Laden in Wien-Neubau führt das komplette Wohnsortiment und bietet Änderungen am selben Tag.",
    "Die Filiale Köln-Ehrenfeld ist wegen Umbau bis {x.date} geschlossen. Bonn hat wie gewohnt geöffnet.",
    "In allen Läden kannst du Online-Bestellungen zurückgeben. Bring einfach deine Bestellnummer mit, z. B. {x.order}.",
    "Öffnungszeiten Zürich über die Feiertage: 23.12. 9–20 Uhr, 24.12. 9–14 Uhr, 25.–26.12. geschlossen.",
    "Unser Münchner Flagship ist umgezogen – ins ehemalige Lager der Brauerei Fischer, direkt an der Tramhaltestelle.",
    "Nürnberg: am Hauptmarkt, über dem Käseladen. Mit Aufzug.",
    "Händler: Unsere Kerzen gibt es auch in ausgewählten Gärtnereien im Allgäu und am Bodensee.",
]

DE["size_chart"] = [
    "Größentabelle Damenjacken\nXS: Brust 82 cm / 34\nS: 86 cm / 36\nM: 90 cm / 38\nL: 96 cm / 40\nXL: 102 cm / 42",
    "Herrenhosen (Innenbeinlänge): Kurz 76 cm, Normal 81 cm, Lang 86 cm. Bundweiten 44–58.",
    "Kindergrößen: 98/104 (2–4 J.), 110/116 (4–6 J.), 122/128 (6–8 J.), 134/140 (8–10 J.).",
    "Schuhe: EU 39 = UK 6 = US 7. Der Sneaker Paul fällt eine halbe Nummer größer aus.",
    "Mützen: S/M für 55–57 cm, L/XL für 58–60 cm Kopfumfang. Über der Stirn, knapp über den Ohren messen.",
    "Ringgrößen: 50 = 15,9 mm, 52 = 16,6 mm, 54 = 17,2 mm. Unsicher? Bestell unser kostenloses Ringmaß.",
    "Hundegeschirr: XS Halsumfang 25–35 cm, S 35–45 cm, M 45–55 cm, L 55–65 cm.",
    "Die Leinenbluse Marlene ist locker geschnitten. Zwischen zwei Größen lieber die kleinere nehmen.",
    "Handschuhe: Handumfang messen. 7 = 18 cm, 8 = 20 cm, 9 = 23 cm, 10 = 25 cm.",
    "Bettwäsche: 135 × 200 cm, 155 × 220 cm, 200 × 200 cm. Kissenbezüge 40 × 80 cm und 80 × 80 cm.",
]

CLEAN = {"en": EN, "de": DE}
