"""Deutsche Vorlagen der heldout25-Hälfte (Fließtext-Genres; die Layouts stehen in
pii25_held_layouts). Geschrieben auf Deutsch, mit du und Sie, österreichischen (region AT) und
Schweizer (region CH, ohne ß) Varianten."""

from pii25_held_core import T

PII = {
    "crm_note": [
        T("{p1.full} hat ((nochmal|erneut)) wegen {prod.G} {prod.name} angerufen. Möchte Antwort lieber per Mail: {p1.email}((\nWiedervorlage {date}.|))"),
        T("CRM-Notiz {datel}\nGespräch mit {p1.hr} {p1.last} ({ph1}). Interesse an {n} Jacken für {co}. ((Angebot schicken.|Angebot raus, warten.))"),
        T("Notiz von {p2.first}: {p1.fi} ist {p1.stamm}, trägt ((meistens|immer)) {size}. Adresse laut System: {a1.line}"),
        T("Kontakt aktualisiert: {p1.LF}\nneue Handynummer {mob1}\nalte Nummer gelöscht((, auf Wunsch des Kunden|))."),
        T("Honorarkraft {p1.full} ((für das Herbstshooting|Produkttexte)), Steuer-ID {taxid}, Auszahlung auf {iban}.((\nRechnung kommt per Mail an {p1.email}.|))"),
        T("{p1.first} von {co} braucht die Muster bis {date}. Versand an {a1.block}\n((– {p2.ini}|))", region="AT"),
    ],
    "support_mail": [
        T("Hallo {p1.first},\n\ndanke für deine Nachricht! ((Ich habe nachgeschaut:|Kurzer Stand:)) Deine Bestellung {order} ist am {date} rausgegangen, Sendungsnummer {track}.\n\nViele Grüße\n{p2.first} vom Talgrat-Kundenservice"),
        T("{p1.geehrt} {p1.last},\n\nes tut uns leid, dass der Reißverschluss bei Ihrem Artikel {prod.name} ((nachgegeben hat|kaputt ist)). Bitte senden Sie ihn an unsere Werkstatt, die Portokosten erstatten wir Ihnen.\n\nMit freundlichen Grüßen\n{p2.full}"),
        T("Grüß Gott,\n\nich heiße {p1.full} und habe im Jänner {prod.A} {prod.name} bestellt. Leider ist eine Schnalle abgebrochen. Könnten Sie mich unter {ph1} zurückrufen?\n\nDanke und liebe Grüße\n{p1.first}", region="AT"),
        T("Grüezi {p1.hr} {p1.last}\n\nIhre neue Lieferadresse ist gespeichert: {a1.line}. ((Sie müssen nichts weiter tun.|Das Paket geht morgen raus.))\n\nFreundliche Grüsse\n{p2.fi}", region="CH"),
        T("Servus, hier nochmal {p1.first} (Bestellung {order}). Könnt ihr die Erstattung bitte auf mein Konto {iban} überweisen? Die Karte ist abgelaufen.\nLG {p1.full}", region="AT"),
    ],
    "quoted_chain": [
        T("Danke {p2.first}, passt so.\n\nAm {date} schrieb {p2.full} <{p2.email}>:\n> Hallo {p1.first}, wir können {prod.A} {prod.short} gegen {size} tauschen.\n> Sag uns einfach deinen Wunschtermin."),
        T("Super, bis dann!\n{p1.first}\n\n-----Ursprüngliche Nachricht-----\nVon: {p2.full}\nGesendet: {datel} {time}\nAn: {p1.email}\nBetreff: AW: Anprobe\n\n{p1.geehrt} {p1.last}, Ihr Termin ist bestätigt."),
        T(">> Kann jemand {p1.hr} {p1.last} unter {ph1} zurückrufen?\n> Erledigt, hab um {time} mit {p1.ihr} gesprochen. – {p2.first}\nDanke, Ticket ist zu."),
        T("Am {date} um {time} schrieb {p1.full}:\n> Bitte ab sofort diese Adresse verwenden:\n> {a1.block}\n\nVielen Dank, die neue Adresse ist hinterlegt.((\n{p2.first}|))", region="CH"),
    ],
    "signed_review": [
        T("★★★★★ ((Warm und leicht|Hält, was sie verspricht)). War mit {prod.D} {prod.short} ein ((verregnetes|stürmisches)) Wochenende im Allgäu unterwegs.\n– {p1.fi}, {a1.town}"),
        T("„Die ((besten|bequemsten)) Socken, die ich je hatte, auch nach 20 Kilometern.“ – {p1.full}((, verifizierter Kauf|))"),
        T("Fällt normal aus, ich trage sonst {size}. Die Kapuze ist ((top|etwas groß)).\n{p1.ini}((, Innsbruck| (verifiziert)|))", region="AT"),
        T("3 von 5 Sternen – die Farbe {colour} ist dunkler als auf den Fotos. Sonst ((in Ordnung|solide)).\nBewertet von {p1.full} am {datel}"),
        T("Hab sie {p2.first} geschenkt, {p2.er} ((zieht sie gar nicht mehr aus|trägt sie jeden Tag)). Merci vielmal!\n{p1.full}", region="CH"),
    ],
    "signature": [
        T("((Viele Grüße|Beste Grüße|Schöne Grüße))\n\n{p1.full}\nLeitung Einkauf | {co}\nMobil {mob1}\n{p1.email}"),
        T("--\n{p1.UP}\nAußendienst Süd\nTel.: {tel1}\n{a1.line}"),
        T("Liebe Grüße\n{p1.first}\n\n{p1.full} · Fotografie\n{ph1} · {p1.email}\nVon meinem iPhone gesendet"),
        T("Freundliche Grüsse\n{p1.ini}\n{co}\n{a1.block}\nDirekt: {tel1}", region="CH"),
        T("Mit besten Grüßen aus Wien\nMag. {p1.full}\nCommunity Management\n{p1.email} | {ph1}", region="AT"),
    ],
    "copy_brief": [
        T("Briefing: Launch-Mail {prod.name}\nVerantwortlich: {p1.full}\nFreigabe: {p2.ini}\nTon: du, warm, keine Superlative. Farbe {colour} und Preis {prod.price} € nennen."),
        T("Bitte drei Headlines für {prod.A} {prod.short} schreiben. {p1.first} braucht sie bis {date}, Rückfragen an {p1.email}.((\nKeine Mitbewerber nennen.|))"),
        T("Texteranfrage\nAngefragt von: {p1.lf}\nProdukt: {prod.name} ({prod.sku})\nDas Zitat von {p2.full} aus dem Testteam darf verwendet werden."),
        T("Hallo zusammen, das Testimonial von {p1.full} kommt in den Herbstkatalog. Bitte {p1.seine} Worte lassen, nur kürzen. Freigabe durch {p2.first} bis {date}."),
    ],
    "team_chat": [
        T("{p1.lo}: ist {prod.N} {prod.short} für {p2.full} schon raus?\n{p3.lo}: ja, am {date} verschickt\n{p1.lo}: 👍"),
        T("[{time}] {p1.handle}: wer macht am {date} die Hotline?\n[{time2}] {p2.handle}: ich und {p3.first}\n[{time3}] {p1.handle}: danke {p2.lo}"),
        T("{p1.first} meint, {p2.hr} {p2.last} hat schon wieder angerufen, kann {p2.ihr} jemand unter {ph1} zurückrufen?"),
        T("{p1.lofull} — 11:02\nRetoure von {p2.fi} ist da, die in {colour}\n{p3.lofull} — 11:05\nok, erstatte ich heute"),
        T("@alle kurze Info: {p1.first} ist bis {date} im Urlaub, Händlerfragen bitte an {p2.first} ({p2.email})((. Danke!|))"),
    ],
    "customer_chat": [
        T("Besucher: hallo, ich hab bei {prod.D} {prod.short} die falsche PLZ angegeben\nSupport ({p2.first}): kein Problem, wie lautet die ganze Adresse?\nBesucher: {a1.line}\nSupport ({p2.first}): ist geändert ✔"),
        T("Kunde: Hier ist {p1.full}, Bestellung {order}\nBot: Danke, {p1.first}! Wie kann ich helfen?\nKunde: Können Sie mich anrufen? {ph1}"),
        T("[Chat {ticket}]\n{p1.first}: ist {prod.N} {prod.name} dicht genug fürs Wallis?\nSupport: ja, 20.000 mm Wassersäule. Sonst noch etwas, {p1.first}?", region="CH"),
        T("> {p1.lo} ist dem Chat beigetreten\n{p1.lo}: hi, meine mail ist jetzt {p1.email}\nsupport: alles klar, ist im Konto geändert ((✔|:)))"),
    ],
    "call_note": [
        T("Anruf {time}, {datel}: {p1.hr} {p1.last} ((fragt|ruft an)) wegen eines fehlenden Pakets ({track}). Rückruf morgen unter {ph1}."),
        T("Eingehender Anruf – {p1.full}\nThema: Umtausch {prod.short}, {size} → eine Nummer größer\nTelefon: {ph1}\nBearbeitet: {p2.first}", region="AT"),
        T("Mailbox: {p1.first} (ohne Nachnamen), Nummer {mob1}, ((fragt|will wissen)), ob {colour} wieder da ist."),
        T("Nochmal mit {p1.full} telefoniert. {p1.Er} bestätigt die Adresse {a1.street} und bittet, nicht vor 10 Uhr anzurufen.((\n– {p2.ini}|))", region="CH"),
    ],
    "order_note": [
        T("Bestellung {order} – Geschenk, bitte ohne Rechnung. Kartentext: „Alles Gute, {p2.first}! Dein {p1.first}“\nLieferung an {p2.full}, {a1.line}"),
        T("Hinweis vom Kunden: bitte bei {p1.last} klingeln, nicht im Laden unten. ((Handy|Telefon)) {mob1}"),
        T("Bestellung {order}\nRechnung: {p1.full}\nLieferung: {p2.full}\n{a1.block}\nHinweis: ((beim Nachbarn abgeben|nicht vor der Tür abstellen))", region="AT"),
        T("{p1.first} fragt, ob wir teilen können: Socken jetzt, {prod.N} {prod.short} wenn wieder da. Freigegeben von {p2.ini} am {date}."),
    ],
    "return_note": [
        T("Retoure {order}: {prod.name}, Größe {size}. Grund: Ärmel zu kurz. Erstattung auf Karte {card}. {p1.kunde}: {p1.full}"),
        T("RMA {ticket} – {p1.lf}\neingegangen {datel}, Zustand A, Etiketten dran\nErstattung freigegeben von {p2.first}"),
        T("Das Paket von {p1.hr} {p1.last} kam ((ungeöffnet|mit abgerissenem Etikett)) zurück. Habe {p1.ihr} an {p1.email} geschrieben."),
        T("Umtausch: {p1.full} möchte {colour} statt der dunklen. Neue bitte an {a1.line} schicken, die alte ist schon unterwegs.", region="CH"),
    ],
    "name_prose": [
        T("{p1.full} und {p2.full} waren mit {prod.D} {prod.short} drei Tage ((auf dem Lechweg|in den Dolomiten)) unterwegs.", nocue=True),
        T("Die Fotos stammen von {p1.full}. {p2.full} hat {prod.A} {prod.name} die ganze Strecke getragen.", nocue=True),
        T("Letzte Woche hat {p1.full} zwei Paar zurückgeschickt, {p2.full} hat ihre behalten und ein drittes bestellt.", nocue=True),
        T("Um {time} trafen wir {p1.full} am Parkplatz. Bis zur Mittagspause hatte {p1.first} die halbe Gruppe von Merino überzeugt.", nocue=True),
    ],
    "warranty_claim": [
        T("Garantiefall\nProdukt: {prod.name}, gekauft am {datel}\nMangel: Naht löst sich\nAntragsteller: {p1.full}, {p1.email}, {ph1}"),
        T("Liebes Talgrat-Team, bei {prod.myD} {prod.short} hat sich nach ((vier|sechs)) Monaten die Sohle gelöst. Beleg im Anhang. {p1.full}, {a1.line}"),
        T("{p1.hr} {p1.last} hat eine Reklamation für den Artikel {prod.name} eingereicht, die Werkstatt meldet sich unter {ph1}. ((Genehmigt.|Fotos fehlen noch.))", region="AT"),
        T("Garantiefall {ticket} erledigt. Ersatz {prod.sku} am {date} an {p1.fi} ({a1.street}) verschickt."),
    ],
    "refund_bank": [
        T("Bitte erstatten Sie die {eur} € auf mein Konto: {iban}, Kontoinhaber {p1.full}. Danke!"),
        T("Erstattungsformular\nName: {p1.lf}\nIBAN: {ibanc}\nBestellung: {order}\nGrund: Paket verloren", region="AT"),
        T("Hallo, ich habe Bestellung {order} doppelt bezahlt (Karte {card}). Könnt ihr eine Zahlung zurückbuchen? – {p1.first}"),
        T("{p1.full} möchte die Kulanzgutschrift lieber aufs Konto statt als Gutschein. IBAN steht im Ticket: {iban}. Steuer-ID für die Rechnung: {taxid}. Freigabe {p2.first}."),
        T("Grüezi, bitte überweisen Sie den Betrag auf {iban} (lautend auf {p1.full}). Freundliche Grüsse", region="CH"),
    ],
    "address_change": [
        T("Hallo, ich bin umgezogen! Neue Adresse: {a1.line}. ((Die alte kann raus.|Bitte bei allen offenen Bestellungen ändern.)) {p1.full}"),
        T("Adressänderung {p1.hr} {p1.last}\nalt: {a1.street}\nneu: {a2.line}\nab {datel}", region="AT"),
        T("Kataloge bitte künftig an:\n{p1.full}\n{a1.block}\n((Vielen Dank!|Merci))", region="CH"),
        T("{p1.full} hat angerufen: Die Hausnummer stimmt nicht, richtig ist {a1.street}. Im CRM korrigiert."),
    ],
    "delivery_redirect": [
        T("Kann der Bote mein Paket ({track}) bei {p2.full} von nebenan in der {a1.street} abgeben? Ich bin bis {date} verreist. {p1.first}"),
        T("Umleitung: Paket für {p1.full} bitte ins Büro liefern – {a1.line}, Empfang, nach {p2.first} fragen.", region="CH"),
        T("Fahrernotiz: {p1.kunde} {p1.last} nicht angetroffen, Paket bei {p2.hr} {p2.last} nebenan abgegeben. {ph1} angerufen, keiner dran."),
        T("Bitte das Paket in der Filiale lagern, ich hole es selbst ab.\nName: {p1.full}\nTelefon: {mob1}\nSendung: {track}", region="AT"),
    ],
    "event_rsvp": [
        T("Ja gerne! {p1.full} + 1 für die Tour am {date}. Handy am Tag: {mob1}"),
        T("Anmeldungen Filialabend {datel}\n1. {p1.lf}\n2. {p2.lf}\n3. {p3.lf}\n(vegetarisch: 2x)"),
        T("Hallo, hier ist {p1.first}, ich schaffe den Reparatur-Workshop am {date} leider doch nicht, gebt meinen Platz gern weiter. ((Sorry!|Danke.))"),
        T("Gästeliste Vortrag mit {p1.full} (Bergführung):\n– {p2.full}, {p2.email}\n– {p3.full}, {p3.email}", region="AT"),
    ],
}

CLEAN = {
    "product_copy": [
        "{prod.Nc} {prod.name} ist leichter, als du denkst, und passt in die eigene Tasche. ((Erhältlich in|Neu in)) {colour}, Größen XS–XXL, für {prod.price} €.",
        "Für lange Tage über der Baumgrenze: {prod.Nc} {prod.short} ((hält den Wind ab|atmet beim Aufstieg)) und ((trocknet schnell|raschelt kaum)). Artikel {prod.sku}.",
        "Neu in dieser Saison: {prod.name} in {colour}. Wie ein Schneider genäht, wie ein Bauer getestet: auf dem Feld, bei jedem Wetter.",
        "Der Fuchs kennt den Weg, du hast {prod.A} {prod.short}: getapte Nähte, helmtaugliche Kapuze, ab {price}.",
    ],
    "campaign_mail": [
        "Betreff: Im Mai beginnt die Hüttensaison\n\nLeicht packen, weit gehen. {prod.Ac} {prod.name} gibt es bis {date} mit ((10 %|15 %)) Rabatt.",
        "Der Koch auf der Hütte kocht, du wanderst: Mit {prod.D} {prod.short} bist du für jedes Wetter gerüstet. Nur noch bis {date} für {price}.",
        "Hallo!\n\n{prod.Nc} {prod.name} ist wieder in {colour} da. Für Newsletter-Leser:innen haben wir {n} Stück zurückgelegt. ((Schöne Touren!|Bis bald am Berg.))",
        "Grüezi mitenand! Dieses Wochenende gratis Versand ab {eur} Franken, ohne Code, bis {time} Uhr am {date}.",
    ],
    "order_status": [
        "Deine Bestellung {order} ist unterwegs. Sendungsnummer: {track}. Voraussichtliche Zustellung: {date}.",
        "Bestellung {order} – Status: ((verpackt|in Zustellung|im Depot)). Kundennummer {cust}, Referenz {phl}.",
        "Wir haben deine Rücksendung zu Bestellung {order} erhalten. Die Erstattung von {price} erfolgt innerhalb von {n} Tagen.",
        "Hinweis zu Bestellung {order}: {prod.Nc} {prod.short} in Größe {size} ist bis {date} nachbestellt. Paket-ID {phl}. Lieferung an Packstation oder Postfach ist nicht möglich.",
    ],
    "care_guide": [
        "{prod.Ac} {prod.short} bei 30 °C waschen, alle Reißverschlüsse schließen, kein Weichspüler. {n} Minuten im Trockner frischen die Imprägnierung auf.",
        "Merino musst du seltener waschen, als du denkst: ((über Nacht auslüften|eine Stunde draußen aufhängen)). Wenn du {prod.A} {prod.short} doch wäschst, Wollprogramm bei ((30|20)) °C((, max. {n}0 Umdrehungen|)).",
        "Bevor du {prod.A} {prod.name} ((über den Sommer|nach dem {date})) einlagerst, muss alles ganz trocken sein. ((Locker aufhängen|Im Baumwollbeutel lagern)), Daune nicht monatelang komprimieren.",
        "Reparatur: {prod.Nc} {prod.short} kann ((einmal|bis zu zweimal)) in der Garantie zu unserer Partnerwerkstatt. Sie braucht etwa {n} Werktage.",
    ],
    "release_notes": [
        "Shop-App {ver} – neu:\n- ((schnellere|genauere)) Größenberatung\n- Absturz auf der Wunschliste behoben((\n- {prod.short} in 3D|))\n- benötigt iOS ((16|17)) oder neuer",
        "Version {ver} ({datel}): Die Filialsuche zeigt jetzt Öffnungszeiten, die PLZ-Suche akzeptiert auch {plz}.",
        "Release {ver}\n* Checkout: GTIN auf dem Lieferschein\n* Feed: Preise auf ,95 gerundet\n* bekannt: Filter nach {colour} ist langsam\n* Adresszeile 2 für c/o-Zusätze und Hinterhaus",
        "Änderungen {ver} → {ver2}: neue Bestellstatus-Seite, Tracking-Link für Nummern wie {track}, Dunkelmodus.",
    ],
    "supplier_notice": [
        "{co} holt die Paletten am {date} ab {time} Uhr ab. Tor 3, bitte Lieferscheine bereithalten.",
        "Unser neuer Etikettendrucker kommt von {co}. Rechnungen von {co2} gehen wie bisher an die Buchhaltung.",
        "Erinnerung: Die Nahtband-Lieferung von {co} verschiebt sich auf {date}. Die Produktion {prod.G} {prod.short} rutscht eine Woche.",
        "{co} – Preisliste {ver}, gültig ab {date}. Mindestabnahme {n} Kartons. Post bitte an Postfach 11 20, {plz} {town}.",
    ],
    "word_names": [
        "Der Wolf ist zurück ((im Allgäu|im Lechtal|am Tegelberg)), sagt der Jäger, und der Koch der Hütte empfiehlt trotzdem ((den Kaiserschmarrn|die Kaspressknödel))((, ab {time} Uhr|)).",
        "Im Mai steigt die Schneefallgrenze ((schnell|um {n} Meter pro Woche)). Der Bauer am Talgrund verkauft Käse, der Schneider im Dorf kürzt Hosen ((in einer Stunde|bis {date})).",
        "Fuchs und Hase sagen sich hier gute Nacht. Die alte Mühle am Bach ist ein guter Wendepunkt für die {prod.short}-Testrunde((, etwa {n} km|)).",
        "Der Vogel zwitschert, der Bäcker backt, der Förster zählt Bäume: ein ganz normaler ((Dienstag|Morgen)) auf der Alm um {time} Uhr((, {date}|)).",
    ],
}
