"""Fourth PII bank: texts WITHOUT personal data, with hard distractors.

Product names that look like given names or surnames, surnames in their ordinary meaning, companies
named after people, towns and streets as collection names, colours, and numbers that look like
phone numbers or tax IDs (order, article, tracking, customer numbers, GTINs, dates, prices).
Even positions of each list belong to dev4, odd ones to heldout4.
"""

CLEAN = {
    "de": [
        ("marketing", [
            "Neu eingetroffen: die Jacke Greta in {{colour}}! Jetzt bis {{date}} mit 15 % Rabatt – nur {{price}}.",
            "Kollektion Königsallee: zeitlose Schnitte für die Stadt. Ab {{date}} online und in allen Filialen.",
            "Unser Koch-Tipp zum Wochenende: Mit der Schürze Bruno ({{price}}) bleibt die Bluse sauber. Versandkostenfrei ab 50 €.",
            "Frühling wie vom Bauer nebenan – Leinenhemden aus Bio-Flachs, Kollektion Alte Landstraße, ab {{price}}.",
            "Sneaker Marlene x {{colour}}: limitiert auf 500 Paar. Drop am {{date}} um {{time}} Uhr.",
            "Wie ein Wolf im Schafspelz: der Mantel Hedwig, außen klassisch, innen warm. Jetzt {{price}} statt 249,00 €.",
            "Newsletter KW {{qty}}: Die Fischer-Strickmützen sind zurück – und der Rucksack Henrik bekommt eine neue Farbe: {{colour}}.",
            "Black Week: Code HERBST{{qty}} gilt bis {{date}}, 23:59 Uhr, auf alles außer Modell Jackson.",
            "Der Sommer wird Braun! Unsere Taschen in Cognac und {{colour}} – ab {{price}}.",
            "Gewinnspiel: Teilnahme bis {{date}}. Zu gewinnen: 3 × Kleid Frieda. Teilnahme ab 18, Rechtsweg ausgeschlossen.",
        ]),
        ("product", [
            "Parka Jackson – wasserabweisend, 2-Wege-Reißverschluss, Kapuze abnehmbar. Art.-Nr. {{art}}, EAN {{gtin}}.",
            "Kleid Frieda aus 100 % Tencel™. Farbe: {{colour}}. Länge in Größe 38: 104 cm. Pflege: 30 °C Schonwaschgang.",
            "Rucksack Henrik, 22 l, Laptopfach bis 15\". Gewicht 680 g. Genäht in Portugal, Versand durch {{company}}.",
            "Der Meyer-Schnitt: gerade Passform, mittlere Leibhöhe. Chino Bruno in {{colour}}, Größen 28–38.",
            "Pullover Ole – Merino, Rippbündchen, {{price}}. Modellnummer {{num}}.",
            "Tasche Luise ist aus pflanzlich gegerbtem Leder gefertigt; Maße 32 × 24 × 11 cm, Artikelnummer {{art}}.",
            "Bluse Ida: leichte Viskose, Perlmuttknöpfe. Unser Model ist 1,76 m groß und trägt Größe {{size}}.",
            "Stiefel Emil, rahmengenäht, Sohle von Koch Textil AG. Schaft 18 cm. GTIN {{gtin}}.",
            "Schal Margot in {{colour}}, 180 × 70 cm, 70 % Wolle, 30 % Kaschmir. {{price}}.",
            "Weste Theo: Steppung im Rautenmuster, Füllung aus recyceltem Polyester. Artikel {{art}}, ab {{date}} lieferbar.",
        ]),
        ("faq", [
            "Wie lange dauert der Versand? Innerhalb Deutschlands 2–3 Werktage. Bestellungen bis {{time}} Uhr verlassen das Lager am selben Tag.",
            "Wo finde ich meine Bestellnummer? In der Bestätigungsmail, z. B. {{order}}. Die Sendungsnummer (z. B. {{track}}) folgt beim Versand.",
            "Kann ich die Jacke Greta umtauschen? Ja, innerhalb von 30 Tagen. Bitte Artikelnummer {{art}} auf dem Retourenschein angeben.",
            "Was bedeutet „Fischer-Qualität“? So nennen wir unsere Netze aus recycelten Fischernetzen – nicht den Namen einer Person.",
            "Warum steht auf meiner Rechnung {{inv}} eine USt-IdNr.? Das ist unsere eigene ({{vat}}), sie ist für Firmenkunden nötig.",
            "Gibt es den Sneaker Marlene auch in Größe 46? Leider nein, die Größen reichen von 36 bis 43.",
            "Welche Zahlungsarten gibt es? Kreditkarte, PayPal, Rechnung und Lastschrift. Ihre Karte erscheint nur als {{masked}}.",
            "Wie pflege ich das Modell Jackson? Nicht in den Trockner, Imprägnierung alle 3 Monate. Spray: Art.-Nr. {{art}}, {{price}}.",
            "Ich habe eine Kundennummer ({{cust}}) – brauche ich die für die Retoure? Nein, die Bestellnummer reicht.",
            "Liefert ihr nach Österreich und in die Schweiz? Ja. Versand nach AT {{price}}, in die CH {{price2}} zzgl. Zoll.",
        ]),
        ("transactional", [
            "Vielen Dank für deine Bestellung {{order}} vom {{date}}!\n1 × {{prod}}, Größe {{size}} – {{price}}\nVersand: Standard\nZahlung: Karte {{masked}}",
            "Deine Sendung {{track}} ist unterwegs. Voraussichtliche Zustellung: {{date}} zwischen {{time}} und {{time2}} Uhr.",
            "Rechnung {{inv}}\nPos. 1 Kleid Frieda {{colour}} {{size}} – {{price}}\nUSt-IdNr. des Verkäufers: {{vat}}\nSteuernummer: {{stnr}}",
            "Deine Retoure ist angekommen. Erstattung von {{price}} erfolgt in 3–5 Werktagen auf die ursprüngliche Zahlungsart ({{masked}}).",
            "Hallo,\ndein Warenkorb wartet noch: Sneaker Marlene ({{colour}}) – nur noch {{qty}} Stück auf Lager.",
            "Bestellbestätigung\nBestellnr.: {{order}}\nKundennr.: {{cust}}\nArtikel: {{art}} · EAN {{gtin}}\nSumme: {{price}}",
            "Zahlungserinnerung zu Rechnung {{inv}}: Bitte überweise {{price}} bis {{date}}. BIC {{bic}}. Verwendungszweck: {{inv}}.",
            "Abholbereit! Deine Bestellung {{order}} liegt in der Filiale bereit. Abholcode: {{qty}}{{qty2}}{{qty3}}. Öffnungszeiten: Mo–Sa {{time}}–20:00.",
            "Gutschein {{price}} – Code gültig bis {{date}}. Einlösbar online und in der Filiale, nicht für Modell Jackson.",
            "Versandbestätigung: Paket 1 von 2, Sendungsnummer {{track}}, Gewicht 2,4 kg, Versanddienstleister {{company}}.",
        ]),
        ("changelog", [
            "Shop-Release {{ver}} ({{date}})\n- Filter nach Farbe ({{colour}} ergänzt)\n- Fehler im Checkout bei Gutscheinen behoben\n- Produktseite Jacke Greta: neue Größentabelle",
            "Version {{ver}}: Sendungsnummern mit 20 Stellen werden jetzt erkannt (z. B. {{track}}).",
            "Update Feed-Export {{ver}}: GTIN-Prüfung ergänzt, ungültige EANs wie {{num}} werden markiert.",
            "Änderungen {{date}}: Kollektion Königsallee im Menü nach oben verschoben; Artikel {{art}} ausgelistet.",
            "Hotfix {{ver}}: Rundungsfehler bei Preisen wie {{price}} behoben.",
            "Release Notes {{ver}}\n• Neues Feld „Bestellnummer“ im Kontaktformular (Format {{order}})\n• Bilder für Modell Jackson in {{colour}}",
            "Wartung am {{date}} von {{time}} bis {{time2}} Uhr: der Shop ist in dieser Zeit nicht erreichbar.",
            "{{ver}} – Schuhgrößen-Filter (36–46), Sortierung „Neu“, Tippfehler auf der Seite „Über Bauer & Wolf“ korrigiert (Produktlinie, nicht Personen).",
            "Changelog Content-Tool {{ver}}: Tonalität „Hedwig“ umbenannt in „Klassisch“; Vorlagen für Newsletter ergänzt.",
            "Migration {{date}}: {{qty}} Artikel von Altsystem übernommen, Artikelnummern behalten (z. B. {{art}}).",
        ]),
        ("policy", [
            "Widerrufsbelehrung: Sie haben das Recht, binnen vierzehn Tagen ohne Angabe von Gründen diesen Vertrag zu widerrufen. Die Frist beginnt mit Erhalt der Ware.",
            "Versandkosten: Deutschland {{price}}, ab 60 € kostenlos. Express: {{price2}}. Lieferung an Packstationen möglich.",
            "Rückgabe: 30 Tage Rückgaberecht. Reduzierte Artikel wie der Sneaker Marlene sind ebenfalls rückgabefähig.",
            "Datenschutz: Wir speichern Bestelldaten zehn Jahre gemäß § 147 AO. Zahlungsdaten werden nur als {{masked}} angezeigt.",
            "Garantie: 2 Jahre auf Nähte und Reißverschlüsse. Ausgenommen: Verschleißteile. Stand {{date}}.",
            "Preisangaben inkl. 19 % MwSt. Unsere USt-IdNr. lautet {{vat}}.",
            "Gutscheinbedingungen: Nicht mit anderen Aktionen kombinierbar. Gültig bis {{date}}. Keine Barauszahlung.",
            "Reparaturservice: Schicken Sie Ihre Jacke Greta oder Ihren Parka Jackson mit dem Reparaturschein (Nr. {{ticket}}) an unsere Werkstatt.",
            "Altkleider-Rücknahme in Kooperation mit {{company}}: pro Tüte ein Gutschein über {{price}}.",
            "Mindestbestellwert für Firmenkunden: {{price}}. Rechnungskauf nach Prüfung, Zahlungsziel 30 Tage.",
        ]),
        ("feed", [
            "Titel;Farbe;Größe;Preis;GTIN\n{{prod}};{{colour}};{{size}};{{price}};{{gtin}}\n{{prod2}};{{colour2}};{{size2}};{{price2}};{{gtin2}}",
            "sku;title;brand;price\n{{art}};Modell Jackson Winterparka;Kieselgrund;{{price}}\n{{art2}};Sneaker Marlene Leder;Kieselgrund;{{price2}}",
            "{\"id\": \"{{art}}\", \"title\": \"Jacke Greta – {{colour}}\", \"gtin\": \"{{gtin}}\", \"price\": \"{{price}}\"}",
            "- {{prod}} | {{colour}} | {{price}}\n- {{prod2}} | {{colour2}} | {{price2}}\n- Espresso-Tasse Bahnhofstraße | {{price3}}",
            "Artikelnummer\tBezeichnung\tBestand\n{{art}}\t{{prod}}\t{{qty}}\n{{art2}}\t{{prod2}}\t{{qty2}}",
            "Produkttitel (SEO): {{prod}} für Damen, {{colour}} | Kieselgrund Onlineshop – ab {{price}}",
            "item_group_id: {{num}}\ntitle: Poster Abbey Road Print 50×70\ncolor: {{colour}}\nprice: {{price}}",
            "Lieferantenliste: Müller Logistik GmbH (Versand), {{company}} (Etiketten), Fischer Werbetechnik (Displays)",
            "Bundle: Mütze Paula + Schal Margot in {{colour}}, zusammen {{price}} statt {{price2}}, EAN {{gtin}}",
            "Variante {{art}}: {{prod}}, Größe {{size}}, Lagerort Regal {{qty}}-B, Mindestbestand {{qty2}}",
        ]),
    ],
    "en": [
        ("marketing", [
            "Just landed: the Harper Jacket in {{colour}}! 15% off until {{date}} – only {{price}}.",
            "The Abbey Road Print collection: bold graphics for your walls. Online from {{date}}.",
            "Bake like a Baker: our linen aprons are back from {{price}}. Free delivery over £50.",
            "Hunter season is here – the Hunter Boot in {{colour}}, now {{price}}.",
            "Grace under pressure: the Grace Midi Dress in crease-free crepe. Drops {{date}} at {{time}}.",
            "Will it rain? Doesn't matter. The Jackson Parka keeps you dry – {{price}}.",
            "May sale! Everything in {{colour}} is 20% off until {{date}}. Excludes the Milo Backpack.",
            "Rich colours, soft fabrics: meet the Mabel Cardigan. From {{price}}.",
            "Newsletter week {{qty}}: the Fisher knit beanies are back, and the Ada Tote gets a new shade: {{colour}}.",
            "Giveaway: enter by {{date}} to win 3 × Florence Trench. 18+, UK & IE only, T&Cs apply.",
        ]),
        ("product", [
            "Jackson Parka – water-repellent, two-way zip, detachable hood. SKU {{art}}, GTIN {{gtin}}.",
            "Grace Midi Dress in 100% Tencel™. Colour: {{colour}}. Length in a size 10: 112 cm. Care: 30°C delicate.",
            "Milo Backpack, 22 L, fits a 15\" laptop. 680 g. Shipped by {{company}}.",
            "The Miller cut: straight leg, mid rise. Oscar Chino in {{colour}}, waist 28–38.",
            "Felix Hoodie – organic cotton, brushed back, {{price}}. Model no. {{num}}.",
            "The Ada Tote is made from vegetable-tanned leather; 32 × 24 × 11 cm, item {{art}}.",
            "Iris Blouse: light viscose, mother-of-pearl buttons. Our model is 5'9\" and wears a {{size}}.",
            "Otis Sneaker with a sole by Baker & Sons Ltd. Leather upper, {{price}}. GTIN {{gtin}}.",
            "Hazel Scarf in {{colour}}, 180 × 70 cm, 70% wool, 30% cashmere. {{price}}.",
            "Stanley Overshirt: heavyweight twill, two chest pockets. Item {{art}}, ships from {{date}}.",
        ]),
        ("faq", [
            "How long is delivery? 2–3 working days in the UK. Orders placed before {{time}} ship the same day.",
            "Where's my order number? In your confirmation email, e.g. {{order}}. The tracking number (e.g. {{track}}) follows on dispatch.",
            "Can I exchange the Harper Jacket? Yes, within 30 days. Please put item number {{art}} on the returns slip.",
            "What does \"Hunter grade\" mean? It's our name for the waxed cotton used in the Hunter Boot – not a person.",
            "Why is there a VAT number on invoice {{inv}}? That's ours ({{vat}}); business customers need it.",
            "Is the Otis Sneaker available in a UK 12? Sorry, sizes run from UK 3 to UK 10.",
            "Which payment methods do you take? Cards, PayPal and Klarna. Your card only ever shows as {{masked}}.",
            "How do I care for the Jackson Parka? No tumble drying, re-proof every 3 months. Spray: item {{art}}, {{price}}.",
            "I have a customer ID ({{cust}}) – do I need it for returns? No, the order number is enough.",
            "Do you ship to the US? Yes, from {{price}}; duties may apply. Delivery 5–8 working days.",
        ]),
        ("transactional", [
            "Thanks for your order {{order}} placed on {{date}}!\n1 × {{prod}}, size {{size}} – {{price}}\nDelivery: standard\nPayment: card {{masked}}",
            "Your parcel {{track}} is on its way. Estimated delivery: {{date}} between {{time}} and {{time2}}.",
            "Invoice {{inv}}\nLine 1 Grace Midi Dress {{colour}} {{size}} – {{price}}\nSeller VAT no.: {{vat}}",
            "Your return has arrived. A refund of {{price}} will reach your original payment method ({{masked}}) in 3–5 days.",
            "Hi there,\nyour basket is waiting: Otis Sneaker ({{colour}}) – only {{qty}} left in stock.",
            "Order confirmation\nOrder no.: {{order}}\nCustomer ID: {{cust}}\nItem: {{art}} · GTIN {{gtin}}\nTotal: {{price}}",
            "Payment reminder for invoice {{inv}}: please pay {{price}} by {{date}}. BIC {{bic}}. Reference: {{inv}}.",
            "Ready for collection! Order {{order}} is waiting in store. Pickup code: {{qty}}{{qty2}}{{qty3}}. Open Mon–Sat {{time}}–20:00.",
            "Gift card {{price}} – valid until {{date}}. Redeem online or in store, not valid on the Jackson Parka.",
            "Dispatch confirmation: parcel 1 of 2, tracking {{track}}, weight 2.4 kg, carrier {{company}}.",
        ]),
        ("changelog", [
            "Store release {{ver}} ({{date}})\n- colour filter ({{colour}} added)\n- fixed voucher bug at checkout\n- Harper Jacket page: new size chart",
            "Version {{ver}}: 18-character tracking numbers are now recognised (e.g. {{track}}).",
            "Feed export {{ver}}: GTIN check added; invalid EANs like {{num}} are flagged.",
            "Changes {{date}}: Abbey Road Print collection moved up in the menu; item {{art}} delisted.",
            "Hotfix {{ver}}: rounding bug on prices like {{price}} fixed.",
            "Release notes {{ver}}\n• new \"order number\" field on the contact form (format {{order}})\n• Jackson Parka images in {{colour}}",
            "Maintenance on {{date}} from {{time}} to {{time2}}: the store will be unavailable.",
            "{{ver}} – shoe size filter (UK 3–12), \"new in\" sort, typo fixed on the \"About Baker & Hunter\" page (product line, not people).",
            "Content tool changelog {{ver}}: tone preset \"Mabel\" renamed to \"Classic\"; newsletter templates added.",
            "Migration {{date}}: {{qty}} items imported from the legacy system, item numbers kept (e.g. {{art}}).",
        ]),
        ("policy", [
            "Returns: you have 30 days to return unworn items. Sale items such as the Otis Sneaker can be returned too.",
            "Delivery charges: UK {{price}}, free over £60. Next day: {{price2}}. We deliver to parcel lockers.",
            "Right to cancel: you may cancel within 14 days of receiving your goods without giving a reason.",
            "Privacy: we keep order data for six years for tax purposes. Card details are only ever shown as {{masked}}.",
            "Warranty: 2 years on seams and zips. Wear and tear excluded. Updated {{date}}.",
            "All prices include VAT at 20%. Our VAT number is {{vat}}.",
            "Gift card terms: cannot be combined with other offers. Valid until {{date}}. No cash alternative.",
            "Repairs: send your Harper Jacket or Jackson Parka with repair form no. {{ticket}} to our workshop.",
            "Clothes take-back with {{company}}: one {{price}} voucher per bag.",
            "Trade accounts: minimum order {{price}}. Invoice terms after credit check, 30 days net.",
        ]),
        ("feed", [
            "Title,Colour,Size,Price,GTIN\n{{prod}},{{colour}},{{size}},{{price}},{{gtin}}\n{{prod2}},{{colour2}},{{size2}},{{price2}},{{gtin2}}",
            "sku;title;brand;price\n{{art}};Jackson Winter Parka;Fernhollow;{{price}}\n{{art2}};Otis Leather Sneaker;Fernhollow;{{price2}}",
            "{\"id\": \"{{art}}\", \"title\": \"Harper Jacket – {{colour}}\", \"gtin\": \"{{gtin}}\", \"price\": \"{{price}}\"}",
            "- {{prod}} | {{colour}} | {{price}}\n- {{prod2}} | {{colour2}} | {{price2}}\n- Penny Lane Mug | {{price3}}",
            "SKU\tName\tStock\n{{art}}\t{{prod}}\t{{qty}}\n{{art2}}\t{{prod2}}\t{{qty2}}",
            "SEO title: {{prod}} for women, {{colour}} | Fernhollow online store – from {{price}}",
            "item_group_id: {{num}}\ntitle: Abbey Road Print poster 50×70\ncolor: {{colour}}\nprice: {{price}}",
            "Suppliers: Miller Packaging Co. (boxes), {{company}} (labels), Fletcher Logistics (freight)",
            "Bundle: Ruby Beanie + Hazel Scarf in {{colour}}, together {{price}} instead of {{price2}}, GTIN {{gtin}}",
            "Variant {{art}}: {{prod}}, size {{size}}, bin {{qty}}-B, reorder point {{qty2}}",
        ]),
    ],
}

# Templates with fewer than two variable slots get a short, natural tail with a variable value
# (a date, an article number, a price), so that every template can yield several distinct texts.
_TAILS = {
    "de": [" Stand: {{date9}}.", " Art.-Nr. {{art9}}.", " Preis: {{price9}}.", " (Aktion gültig bis {{date9}})",
           " Mehr dazu im Newsletter KW {{qty9}}.", " Gilt für Bestellungen ab {{date9}}."],
    "en": [" Updated {{date9}}.", " Item {{art9}}.", " Price: {{price9}}.", " (offer ends {{date9}})",
           " More in newsletter week {{qty9}}.", " Applies to orders from {{date9}}."],
}


def _augment():
    import re
    for lang in ["de", "en"]:
        k = 0
        for _genre, temps in CLEAN[lang]:
            for i, t in enumerate(temps):
                if len(re.findall(r"\{\{[a-z0-9_.]+\}\}", t)) < 2:
                    temps[i] = t + _TAILS[lang][k % len(_TAILS[lang])]
                    k += 1


_augment()
