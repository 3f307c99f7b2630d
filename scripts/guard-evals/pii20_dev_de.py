"""Deutsche Vorlagen der zwanzigsten PII-Bank, Dev-Hälfte (auf Deutsch geschrieben, mit
österreichischen und Schweizer Varianten)."""

from pii20_dev_layouts import layout_genres

P = "prose"

CRM_NOTE = [
    "((Tel.|Telefonat)) mit «p1.full» wg. Bestellung «order». Will die «short» lieber in «size». Wiedervorlage «date».",
    "Notiz ((«date»|heute)): «p1.hon» «p1.last» hat nochmal wegen der Erstattung angerufen. ((Rückmeldung bis Freitag zugesagt.|An «p2.first» eskaliert.))\nRückruf: «ph1»",
    "Ansprechpartner: «p1.full» (Einkauf, «p1.wmail»)\nBetreuer intern: «p2.full»\n((Interesse an Vereinsrabatt für 12 Jacken.|Angebot für «prod» angefragt.))",
    "«p1.first» von der Kletterhalle in «a1.town» war ((heute im Laden|am Telefon)) – möchte ein Display mit «short»-Rucksäcken. Handy: «ph1». «p2.first» schickt Muster.",
    "KD «cust»\n«p1.lf» – Reißverschluss der «short» nach zwei Touren kaputt. ((Reparatur angeboten.|Gutschein angeboten.)) Versand an «a1.line».",
]
SUPPORT = [
    "Hallo «p1.first»,\n\ndanke für deine Nachricht zu Bestellung «order». Wir haben die Abholung bei dir («a1.line») für «date» beauftragt.\n\nViele Grüße\n«p2.first» vom Talgrat-Kundenservice",
    "«p1.sgh» «p1.last»,\n\nes tut uns leid, dass die «prod» ((beschädigt|in der falschen Größe)) angekommen ist. Der Ersatz geht heute raus, Sendungsnummer «track».\n\nMit freundlichen Grüßen\n«p2.full»",
    "Guten Tag,\nmein Name ist «p1.full», ich habe am «date» ((zwei|drei)) Paar «short»-Socken bestellt. ((Bisher ist nichts angekommen.|Es kam nur ein Paar.)) Könnten Sie mich unter «ph1» zurückrufen?\nDanke",
    ("Grüß Gott «p1.hon» «p1.last»,\n\nIhre Retoure ist bei uns eingelangt. Die Gutschrift über «price» erfolgt in den nächsten Tagen.\n\nLiebe Grüße aus dem Kundenservice\n«p2.full»", "AT"),
    ("Grüezi «p1.hon» «p1.last»\n\nBesten Dank für Ihre Bestellung. Leider können wir «a1.line» erst ab «date» beliefern.\n\nFreundliche Grüsse\n«p2.full»", "CH"),
    ("Servus «p1.first»,\n\ndein Paket ist unterwegs, bitte schick uns kurz eine Telefonnummer für den Zusteller – «ph1» ist laut Post nicht erreichbar.\n\nLG «p2.first}".replace("}", "»"), "AT"),
    "Hi Talgrat-Team,\n\nbitte ändert die Lieferadresse von «order» auf\n«a1.two»\n\nDanke euch!\n«p1.full}".replace("}", "»"),
]
REPLY_CHAIN = [
    "Danke «p1.first», passt so.\n\nAm «date» schrieb «p1.full» <«p1.email»>:\n> Könnt ihr den Umtausch an meine Büroadresse schicken?\n> «a1.line»",
    "Alles klar!\n\n-----Ursprüngliche Nachricht-----\nVon: «p1.full»\nGesendet: «date» «time»\n> Hallo «p2.first», die Jacke passt, nur die Kapuzenkordel fehlt.",
    "> > Kann jemand «p1.honacc» «p1.last» unter «ph1» zurückrufen?\n> Erledigt, «p1.er» möchte eine Erstattung.\nOk, Erstattung ist raus. –«p2.first»",
    "Ich nehme «p2.full» aus der Logistik mit rein.\n\n> Von: «p1.full»\n> Mein Paket («track») ging an «a1.street», ich wohne aber inzwischen woanders.",
]
REVIEW = [
    "★★★★★ Die beste Regenjacke, die ich je hatte. Am Watzmann komplett trocken geblieben.\n— «p1.full», «a1.town»",
    "„Die «short» sitzt perfekt und die Taschen sind riesig.“ – «p1.fi»",
    "((Super|Richtig gute)) Socken, nach 30 km keine Blasen. ((Würde ich wieder kaufen.|Zweites Paar ist bestellt.))\n«p1.first» aus «a1.town»",
    "Bewertet von «p1.il» am «date»: ((Fällt klein aus, eine Nummer größer nehmen.|Warm, leicht, winzig verpackbar.)) ★★★★☆",
    "«p1.full» ((schreibt|meint)): „Ich hatte die «short» auf dem ganzen E5 an, sie sieht noch aus wie neu.“",
]
SIGNATURE = [
    "Mit freundlichen Grüßen\n«p1.full»\nEinkauf Outdoor & Trail\n«company»\nTel. «ph1» | «p1.wmail»",
    "--\n«p1.caps»\nLeitung Handelspartner\nMobil: «ph1i»\n«a1.line»",
    "Viele Grüße\n«p1.first»\n\n«p1.full» | Content-Redaktion\n«p1.wmail»\nVon meinem iPhone gesendet",
    ("Freundliche Grüsse\n\n«p1.full»\nFotograf\n«ph1» · «p1.email»\nAtelier: «a1.street}".replace("}", "»"), "CH"),
    ("Liebe Grüße\n«p1.full»\nBergführerin, staatl. geprüft\n«ph1»\n«a1.two}".replace("}", "»"), "AT"),
]
COPY_BRIEF = [
    "Briefing: Herbst-Lookbook\nVerantwortlich: «p1.full»\nText: «p2.full» (bis «date»)\nProdukte: «short», «short2»\nTonalität: warm, kein Hype, du-Form.",
    "Für den Launch der «short» brauchen wir drei Headlines. Freigabe durch «p1.first», Entwürfe ((bitte an|in Kopie an)) «p1.wmail». Model im Shooting ist «p2.full} – bitte nennen.".replace("}", "»"),
    "Newsletter-Briefing ((Winter|Frühjahr)): Interview mit Bergführer«p1.in» «p1.full} (namentliche Nennung ist freigegeben). Fotos: «p2.full}.".replace("}", "»"),
    "Agentur-Briefing\n- Ansprechpartner bei Talgrat: «p1.full», «ph1»\n- Länge: 120 Wörter\n- «prod» und PFC-freie Imprägnierung nennen\n- keine Verknappung",
]
TEAM_CHAT = [
    "«p1.handle» kannst du mal auf die Retoure von «p2.lower» schauen? ((sieht aus wie|ist wohl)) wieder die falsche Größe",
    "[«time»] «p1.lfirst»: hat jemand die Muster für «p2.lfirst» gesehen?\n[«time2»] «p3.lfirst»: liegen im Regal neben der Tür",
    "«p1.handle» zur Info: «p2.full» hat angerufen, will vor 17 Uhr zurückgerufen werden, «ph2»",
    "haha «p1.lfirst», die Kundin hat die Bewertung mit „«p2.fi}“ unterschrieben – ((dürfen wir das zitieren?|ok zum Zitieren?))".replace("}", "»"),
    "wer macht eigentlich den umtausch von «p2.lower»? «p1.handle» du hattest den doch letzte woche",
]
CUSTOMER_CHAT = [
    "Mitarbeiter: Hallo, hier ist «p1.first}. Wie kann ich helfen?\nBesucher: hi, bestellung «order» ist noch nicht verschickt\nMitarbeiter: Auf welchen Namen lief die Bestellung?\nBesucher: «p2.full}".replace("}", "»"),
    "Besucher: meine mail ist «p2.email»\n((Agent («p1.first»)|Agent (Bot)|«p1.first»)): Danke! Ich sehe zwei Bestellungen unter der Adresse.",
    "«p2.lfirst»: hey, könnt ihr auch ins büro liefern? «a2.line»\n«p1.first» (Talgrat): Klar, hab ich geändert.",
    "Kunde: Den Rest würde ich gern mit Karte zahlen\nMitarbeiterin: Bitte keine Kartennummern im Chat posten\nKunde: ah ok, ich bin «p2.full», ruft mich unter «ph2» an",
]
CALL_NOTE = [
    "Anruf «date» «time», «p1.full» («ph1»): möchte «short» von M auf L tauschen. Bringt sie in die Filiale.",
    "Eingehender Anruf. Anrufer«p1.in» nannte sich «p1.hon» «p1.last». Thema: Paket beim Nachbarn in der «a1.street» abgegeben. Erledigt.",
    "Mailbox «time», «p1.first}: „Hallo, es geht um meine Retoure, bitte unter «ph1» zurückrufen.“ ((Zurückgerufen, niemand dran.|SMS geschickt.))".replace("}", "»"),
    "Gesprächsnotiz\n- Anrufer: «p1.full»\n- Nummer: «ph1»\n- Thema: ((Erstattung|Reparatur|Größe))\n- bearbeitet von: «p2.first}".replace("}", "»"),
]
ORDER_NOTE = [
    "Bestellung «order» – als Geschenk verpacken, Karte: „Alles Gute zum Geburtstag, «p2.first}!“ Lieferung an «p1.full», «a1.line».".replace("}", "»"),
    "Retourenvermerk «order»: «p1.full» hat 1x «prod} zurückgeschickt, Grund ((zu eng|Farbe)). Erstattung auf die Karte.".replace("}", "»"),
    "Bitte Paket ((im Hinterhof|beim Nachbarn im EG)) abgeben. – «p1.first}\nLieferadresse: «a1.two}".replace("}", "»"),
    "Umtausch für «p1.lf», «short» in Größe «size». Neue Adresse hinterlegt: «a1.street}.".replace("}", "»"),
]
MENTION = [
    "«p1.full» und «p2.full» betreuen den Stand auf der Messe; die neuen «short»-Muster nehmen sie mit.",
    "Wir sollten «p1.full» fragen, ob die Fotos von der ((Dolomiten|Allgäu))-Tour ins Lookbook dürfen.",
    "Das Feedback von «p1.first» war deutlich, aber fair: Der Hüftgurt der «short» rutscht, wenn der Rucksack voll ist.",
    "«p1.full} hat die Jacke drei Wochen in Norwegen getestet, «p2.first} schreibt gerade die Notizen zusammen.".replace("}", "»"),
    "Letztes Jahr hat «p1.full} den Fotowettbewerb gewonnen, dieses Jahr sitzen «p2.full}, «p3.full} und jemand vom Magazin in der Jury.".replace("}", "»"),
]
GEAR_RENTAL = [
    "Mietvertrag «order»\nMieter: «p1.full»\nAusweis geprüft: ja\nArtikel: «short}-Rucksack, 2 Stöcke\nRückgabe bis «date» in der Filiale «town}. Kaution «price}.".replace("}", "»"),
    "Hallo «p1.first}, deine Ausleihe der «short} ist für «date» bestätigt. Bitte bring einen Ausweis mit. Fragen? Wir haben deine Nummer als «ph1} hinterlegt.".replace("}", "»"),
    "Rückgabe Leihgerät: «p1.hon» «p1.last} hat das Zelt ((einen Tag zu spät|mit gerissener Abspannleine)) gebracht. Kaution zurück auf «iban}?".replace("}", "»"),
    ("Mietanfrage von «p1.full} («p1.email»): 3 Nächte, 2 Erwachsene, Grössen M und L. Abholung in «a1.town}.".replace("}", "»"), "CH"),
]
LOST_PROPERTY = [
    "Am «date» in Umkleide 2 gefunden: blaue Geldbörse mit Bankkarte auf den Namen «p1.full». ((Liegt an der Kasse.|Im Tresor.))",
    "Fundsachen\nGegenstand: Handy, schwarz\nAbgeholt von: «p1.full», «ph1»\nDatum: «date}".replace("}", "»"),
    ("«p1.Ein» «p1.Kunde», «p1.hon» «p1.last}, hat angerufen: Handschuh in der Filiale Innsbruck liegen gelassen. Bitte unter «ph1} zurückrufen.".replace("}", "»"), "AT"),
    "Beim Testtag hat jemand ein Brillenetui liegen lassen – innen steht «p1.full}, «a1.street}. Kennt die jemand?".replace("}", "»"),
]
HIKE_SIGNUP = [
    "Geführte Wanderung am «date» – bisherige Anmeldungen:\n1. «p1.full»\n2. «p2.full» (+1)\n3. «p3.fi»\nTreffpunkt Wanderparkplatz, «time} Uhr.".replace("}", "»"),
    "Danke für deine Anmeldung, «p1.first}! Dein Platz bei der Sonnenaufgangstour ist bestätigt. Notfallkontakt: «p2.full}, «ph2}.".replace("}", "»"),
    "Anmeldung: «p1.full}, Jg. ((1988|1975|1993)), Erfahrung: ((etwas|viel)), Mail «p1.email}, Unverträglichkeiten: keine".replace("}", "»"),
    "Warteliste Orientierungskurs: «p1.lf}; «p2.lf}; «p3.lf}".replace("}", "»"),
]
ALTERATION = [
    "Änderungsauftrag «ticket»: Hosenbeine um 3 cm kürzen. Kund«p1.Kunde» «p1.full}, Abholung ab «date}. Tel. «ph1}.".replace("}", "»").replace("Kund«p1.Kunde»", "«p1.Kunde»"),
    "Kürzung für «p1.hon» «p1.last} – «short}-Hose, Schrittlänge 78 cm. ((Bezahlt.|Zahlung bei Abholung.))".replace("}", "»"),
    "Hallo «p1.first}, deine Hose ist fertig und liegt in unserer Filiale «town} zur Abholung bereit. Die Änderung war kostenlos.".replace("}", "»"),
    "Ärmelreparatur «ticket»\nName: «p1.full»\nRücksendung an: «a1.line»\nHinweis: Kund«p1.Kunde» ist mit sichtbarem Flicken einverstanden".replace("Kund«p1.Kunde»", "«p1.Kunde»"),
]
PRODUCT_LOAN = [
    "Leihstellung: «short}-Jacke, Gr. M, an «p1.full} bei «company}, «a1.line}. Rückgabe bis «date}.".replace("}", "»"),
    "«p1.lieb» «p1.first}, das Testpaket für deinen Bericht ist unterwegs (Sendungsnummer «track}). Bitte schick es innerhalb von sechs Wochen zurück.".replace("}", "»"),
    "Honorar Fotograf«p1.in» «p1.full}: Rechnung ohne USt., Steuer-ID «tax}, Auszahlung auf «iban}.".replace("}", "»"),
    "Leihliste ((Frühjahr|Herbst)): «p1.full} (Bergwelten-Magazin) – 2 Teile; «p2.full} (frei) – 1 Teil, Tel. «ph2}".replace("}", "»"),
    "Erinnerung an «p1.honacc» «p1.last}: Die für das Shooting geliehene «short} ist überfällig. Bitte an unser Lager zurückschicken.".replace("}", "»"),
]
CLUB_DISCOUNT = [
    "Antrag Vereinsrabatt\nVerein: ((DAV Sektion Allgäu-Kempten|Alpenverein Edelweiss|SAC Sektion Uto))\nMitglied: «p1.full»\nMitgliedsnr.: «nn»-((1182|2207))\nMail: «p1.email}".replace("}", "»"),
    "Hallo, ich bin Schriftführer«p1.in» unseres Wandervereins und möchte «nn» Mitglieder für die 15 % anmelden. Ich heiße «p1.full}, Telefon «ph1}.".replace("}", "»"),
    "Freigegebene Vereinsrabatte («date»): «p1.lf}; «p2.lf}. Abgelehnt: «p3.lf} (Mitgliedschaft abgelaufen).".replace("}", "»"),
    "«p1.first} vom Uni-Kletterclub fragt, ob der Rabatt auch für die «short} gilt. ((Hab ja gesagt.|Kläre ich mit «p2.first}.))".replace("}", "»"),
]
COURIER = [
    "Umleitung für Paket «track»: bitte an «p2.full} nebenan zustellen, «a1.line}, statt an «p1.full}.".replace("}", "»"),
    "Fahrernotiz: Empfänger«p1.in» «p1.full} nicht angetroffen, Paket in der Garage abgelegt. Foto gemacht.",
    "Hallo, hier ist «p1.full}. Kann der Bote mein Paket bitte in der Postfiliale lassen? Meine Nummer ist «ph1}.".replace("}", "»"),
    "Zustellproblem «track»\nEmpfänger: «p1.caps»\nAdresse: «a1.line»\nGrund: ((Adresse unvollständig|Annahme verweigert))",
]
DONATION = [
    "Danke, «p1.first}, dass du deine alte Jacke für die Reparier-und-Weitergeben-Aktion gespendet hast! Dein Gutscheincode kommt per Mail.".replace("}", "»"),
    "Spendenannahme «date»: «p1.full} – 2 Fleecejacken, 1 Paar Schuhe; «p2.full} – 1 Rucksack.".replace("}", "»"),
    "Unser Partner holt die gespendete Ausrüstung bei «p1.full}, «a1.line}, ab. ((Bitte in Säcken bereitstellen.|Zeitfenster: «time} Uhr.))".replace("}", "»"),
    "Spendenquittung für «p1.full}, «a1.line}\nSteuer-ID: «tax}\nSachspende: 3 Jacken, Wert lt. Schätzung «price}".replace("}", "»"),
    "Ein großes Dankeschön an «p1.full} und «p2.full}, die 14 Jacken für die Winterkleidersammlung gebracht haben.".replace("}", "»"),
]

PII_GENRES = [
    ("crm_note", P, CRM_NOTE, {}), ("support_email", P, SUPPORT, {}), ("reply_chain", P, REPLY_CHAIN, {}),
    ("review_signed", P, REVIEW, {}), ("signature", P, SIGNATURE, {}), ("copy_brief", P, COPY_BRIEF, {}),
    ("team_chat", P, TEAM_CHAT, {}), ("customer_chat", P, CUSTOMER_CHAT, {}), ("call_note", P, CALL_NOTE, {}),
    ("order_note", P, ORDER_NOTE, {}), ("mention", P, MENTION, {"invented": False}),
    ("gear_rental", P, GEAR_RENTAL, {}), ("lost_property", P, LOST_PROPERTY, {}),
    ("hike_signup", P, HIKE_SIGNUP, {}), ("alteration_order", P, ALTERATION, {}),
    ("product_loan", P, PRODUCT_LOAN, {}), ("club_discount", P, CLUB_DISCOUNT, {}),
    ("courier_redirect", P, COURIER, {}), ("donation_drive", P, DONATION, {}),
] + layout_genres("de")

# ----------------------------------------------------------------- ohne personenbezogene Daten

PRODUCT_COPY = [
    "Die «prod» ist für lange nasse Tage gemacht. In Schiefer oder Moosgrün, Größen XS–XXL, «price». Artikel «sku».",
    "Der «short» trägt sich wie ein größerer Rucksack. Der Hüftgurt ist anfangs etwas fest – wie ein guter Schneider-Anzug passt er sich an.",
    "Ob Bauer auf dem Weg zum Stall oder Frühaufsteherin am Gipfel: Die «short» ist für alle, die vor Sonnenaufgang draußen sind. Ab «price».",
    "Neu im ((Frühjahr|Herbst)): «prod}. GTIN «gtin}. Lieferbar ab «date}.".replace("}", "»"),
    "Vom Fuchsbau bis zum Gipfelkreuz: Die «short} hält dich warm, auch wenn der Wolf im Logo mal nass wird.".replace("}", "»"),
]
ORDER_STATUS = [
    "Deine Bestellung «order» ist unterwegs. Sendungsnummer: «track». Voraussichtliche Zustellung: «date» zwischen «time» und «time2» Uhr.",
    "Bestellung «order» – 2 Artikel – «price». Kundennr. «cust». Status: ((verpackt|in Zustellung|zugestellt)).",
    "Retoure «order» am «date» im Lager eingegangen. Die Erstattung von «price» folgt innerhalb von 5 Werktagen.",
    "Zur Erinnerung: Die Rückgabefrist beträgt 30 Tage. Bestellung «order» kann bis «date» zurückgeschickt werden.",
]
FEED_CLEAN = [
    lambda rng: "id\ttitel\tpreis\tgtin\tfarbe\n" + "\n".join(f"«sku{k}»\t«prod{k}»\t«price{k}»\t«gtin{k}»\t«colour{k}»" for k in range(1, rng.randint(2, 5))),
    lambda rng: "| SKU | GTIN | Bestand |\n|---|---|---|\n" + "\n".join(f"| «sku{k}» | «gtin{k}» | «nn{k}» |" for k in range(1, rng.randint(3, 6))),
    "sku;gtin;groesse;preis\n«sku»;«gtin»;«size»;«price»\n«sku2»;«gtin2»;«size2»;«price2»",
    "<item><g:id>«sku»</g:id><title>«prod»</title><g:gtin>«gtin»</g:gtin><g:price>«price»</g:price></item>",
]
RELEASE_NOTES = [
    "Version «ver» («date»)\n- Größentabelle für «short» korrigiert\n- Feed-Export enthält jetzt die GTIN\n- Parser auf «ver2» aktualisiert",
    "## Änderungen\n### «ver»\n- Farbe Wolfsgrau auf der «short»-Seite ergänzt\n- Mai-Banner entfernt",
    "Deploy «ver} → prod um «time}; Build «nn}((01|77|42)); Rollback auf «ver2}".replace("}", "»"),
    "v«ver}: neue Farbe Jägergrün, schnellerer Checkout; App ab Version «ver2}".replace("}", "»"),
]
CAMPAIGN_PLAN = [
    "Kampagnenplan ((Q3|Q4))\n- «date»: Teaser, Budget «price»\n- «date2»: Launch «short»\n- Partner: «company}".replace("}", "»"),
    "Shooting-Logistik: Transporter von «company}, Treffpunkt «time} Uhr bei «town}. Verpflegung vom Koch der Hütte.".replace("}", "»"),
    "Budget-Check: Druck «price}, Foto «price2}, Agentur «price3}. Druckerei: «company}.".replace("}", "»"),
    "Zeitplan: Briefing «date}, erster Entwurf «date2}, final «date3}. Druck bei «company}, Anlieferung ins Lager «town}.".replace("}", "»"),
]
NEWSLETTER = [
    "Diesen Monat: So imprägnierst du deine Jacke neu, warum der Fuchs unser Maskottchen ist und Rezepte vom Hüttenkoch.",
    "Der Sommer kommt. Vor der ersten langen Tour lohnt es sich, die Regenjacke nachzuimprägnieren – so geht’s.",
    "Jägergrün ist zurück! Die «short} gibt es ab «date} wieder in drei Farben.".replace("}", "»"),
    "Dein Wochenend-Lesestoff: ein Bauer mit Almhütte, ein König der Berge und die «prod} im Regentest.".replace("}", "»"),
]
FAQ = [
    "Wie lange dauert der Versand? Meist 2–4 Werktage ins PLZ-Gebiet «plz»; Expressbestellungen bis «time} Uhr gehen am selben Tag raus.".replace("}", "»"),
    "Liefert ihr an Packstationen oder Postfächer? Nein – Postfach und Packstation gehen leider nicht, eine c/o-Adresse schon.",
    "Wo finde ich meine Bestellnummer? Sie beginnt mit TG- und sieht so aus: «order}. Deine Kundennummer («cust}) steht in der Bestätigung.".replace("}", "»"),
    "Liefert ihr nach «town}? Ja, der Versand kostet «price} und dauert 3–5 Tage.".replace("}", "»"),
]
SIZE_TABLE = [
    "| Größe | Brustumfang (cm) | Rückenlänge (cm) |\n|---|---|---|\n| S | 92–98 | 72 |\n| M | 99–105 | 74 |\n| L | 106–112 | 76 |",
    "Größe\tEU\tUK\tUS\n«size»\t42\t8\t9\nL\t44\t10\t11",
    "Schrittlänge: kurz 76 cm, normal 81 cm, lang 86 cm. Bestell «sku} in deiner gewohnten Größe.".replace("}", "»"),
    "Schuhgrößen: 40 | 41 | 42 | 43 | 44,5 – der «short} fällt eine halbe Nummer kleiner aus.".replace("}", "»"),
]
WAREHOUSE_LOG = [
    "«iso» «time» PICK «sku» Menge ((1|2|4)) Fach A-((12|07|33))-((3|1))\n«iso» «time2» PACK Auftrag «order}".replace("}", "»"),
    "«iso» «time»:00 BESTAND «sku» «gtin» +((24|48|12)) Charge 24-((117|203))",
    "Wareneingang «date»: Palette «nn» von «company}, 3 Kartons «sku}, 1 Karton «sku2}".replace("}", "»"),
    "Inventur «iso»: «sku» Soll «nn» Ist «nn2» – Nachzählung Schicht B",
]
STORE_HOURS = [
    "Unsere Filiale in «town» hat Mo–Sa von ((9|10)) bis 18 Uhr geöffnet. Click & Collect liegt 7 Tage an der Servicetheke für dich bereit.",
    "Bitte beachte: An Postfächer liefern wir nicht. Wenn du unterwegs bist, nutze eine c/o-Adresse oder eine Abholstation.",
    "Filial-Event am «date» um «time» Uhr: Vortrag einer Bergführerin, Eintritt frei. Fürs Navi: PLZ «plz}.".replace("}", "»"),
    "Die Retourenannahme ist ins Hinterhaus umgezogen, Zugang über den Hof. Öffnungszeiten bleiben gleich.",
]

CLEAN_GENRES = [
    ("product_copy", P, PRODUCT_COPY, {}), ("order_status", P, ORDER_STATUS, {}),
    ("feed_clean", "layout", FEED_CLEAN, {}), ("release_notes", "layout", RELEASE_NOTES, {}),
    ("campaign_plan", P, CAMPAIGN_PLAN, {}), ("newsletter", P, NEWSLETTER, {}), ("faq", P, FAQ, {}),
    ("size_table", "layout", SIZE_TABLE, {}), ("warehouse_log", "layout", WAREHOUSE_LOG, {}),
    ("store_hours", P, STORE_HOURS, {}),
]
