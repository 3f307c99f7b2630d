"""German prose templates of the held-out half of the twenty-sixth PII bank (heldout26).

Written in German (not translated), with du and Sie, Austrian (variant "at": Servus,
Grüß Gott, Jänner, Sackerl) and Swiss texts (variant "ch": Grüezi, no ß – the renderer
writes ss in Swiss texts' own words). ⟦a|b⟧ is an alternative, ⟨slot⟩ a value.
"""

AT = {"variant": "at"}
CH = {"variant": "ch"}

PII = {}
CLEAN = {}

PII["crm_note"] = [
    "CRM-Notiz ⟨dnum⟩: ⟨p1.honfull⟩ hat wegen Bestellung ⟨order⟩ angerufen. ⟦Möchte den "
    "⟨prod⟩ lieber in ⟨size⟩.|Fragt, ob der Umtausch noch geht.|Paket kam nie an, wir haben "
    "neu versendet.⟧ ⟦Rückruf unter ⟨p1.phone⟩.|Am besten nach 17 Uhr unter ⟨p1.mobile⟩.|"
    "Bitte nur per Mail: ⟨p1.email⟩.⟧⟦\nZuständig: ⟨p2.first⟩|\nÜbergeben an ⟨p2.full⟩ "
    "(⟨store⟩)|⟧",

    "Stammdaten geändert – ⟨p1.lf⟩\n- neue Anschrift: ⟨a1.one⟩\n- ⟦Handy|Telefon⟧: "
    "⟨p1.phone⟩\n- Mail bleibt ⟨p1.email⟩⟦\n- alte Adresse in ⟨a2.town⟩ gesperrt|⟧\n"
    "geändert von ⟨p2.il⟩ am ⟨dnum⟩",

    "⟨company⟩ – ⟦Neukontakt|Nachbestellung|heißer Lead⟧. ⟨p1:Ansprechpartnerin~Ansprechpartner⟩ ist ⟨p1.hon⟩ "
    "(⟦Einkauf|Vereinsvorstand|Geschäftsführung⟧), braucht ⟨num⟩ × ⟨prod⟩ für ⟦die "
    "Bergführer|den Verein|das Team⟧. ⟦Angebot|Das ⟨p1.last⟩-Angebot⟧ ging an ⟨p1.wmail⟩. ⟦Wiedervorlage "
    "⟨weekday⟩.|Entscheidung bis ⟨dlong⟩.⟧",

    ("Lieferantenstamm – ⟦Fotografin|Texterin|Bergführerin⟧ ⟨p1.full⟩\nRechnungsanschrift: "
     "⟨a1.two⟩\nBankverbindung: ⟨iban⟩\nSteuer-ID: ⟨taxid⟩\nLetzter Auftrag: "
     "⟦Lookbook-Shooting|Katalogtexte|Workshop in der Filiale⟧, ⟨dlong⟩."),

    "Kontaktverlauf ⟨p1.LF⟩ (Kd.-Nr. ⟨cust⟩)\n⟨dnum⟩ Mail: ⟦Reißverschluss am ⟨prod⟩ nach "
    "zwei Wochen kaputt|Kapuzennaht undicht|falsche Farbe geliefert⟧\n⟨dnum⟩ ⟨p2.first⟩ "
    "bietet Reparatur oder Erstattung an\n⟨dnum⟩ Kundin/Kunde wählt ⟦Erstattung|Umtausch⟧\n"
    "⟨dnum⟩ ⟨amount⟩ gebucht von ⟨p3.il⟩⟦\n⟨dnum⟩ erneuter Anruf (⟨p1.phone⟩), alles gut|⟧",

    ("Servus ins Team: ⟨p1.honfull⟩ war heute in der ⟨store⟩, will den ⟨prod⟩ für den Jänner "
     "reservieren. Handy ⟨p1.mobile⟩, zahlt bar bei Abholung. ⟨p2.first⟩", AT),

    ("Doppeltes Kundenkonto zusammengeführt: ⟨p1.full⟩ (⟨p1.email⟩) und ein altes "
     "Gastkonto aus der ⟨store⟩. Behalten wurde die Adresse ⟨a1.one⟩. Punkte übernommen.", CH),
]

PII["support_email"] = [
    "⟨p1.hi⟩,\n\ndanke für deine Nachricht zu Bestellung ⟨order⟩. ⟦Der ⟨prod⟩ ist wieder da "
    "und|Wir haben das Paket geprüft, es⟧ geht ⟦morgen|am ⟨weekday⟩⟧ raus an ⟨a1.one⟩.⟦ Falls "
    "die Adresse nicht stimmt, antworte einfach auf diese Mail.|⟧\n\n⟦Viele Grüße|Liebe "
    "Grüße|Beste Grüße⟧\n⟨p2.first⟩ vom Talgrat-Kundenservice",

    "⟨p1.dear⟩,\n\nes tut uns leid, dass Ihr ⟨prod⟩ ⟦eine Schnalle verloren hat|an der Naht "
    "undicht ist|ohne Regenhülle ankam⟧. ⟦Ersatz ist unterwegs an:\n⟨a1.two⟩|Bitte senden Sie "
    "ihn an unsere Werkstatt, das Porto übernehmen wir.⟧\n\nMit freundlichen Grüßen\n"
    "⟨p2.full⟩\n⟨shopmail⟩",

    "Hallo,\n\nich heiße ⟨p1.full⟩ und habe am ⟨dlong⟩ ⟦einen|den⟧ ⟨prod⟩ bestellt. ⟦Er kam "
    "beschädigt an.|Die Größe passt nicht.|Er ist immer noch nicht da.⟧ Können Sie ⟦mir ein "
    "Retourenlabel schicken|mich unter ⟨p1.phone⟩ zurückrufen⟧?\n\nDanke und Gruß\n"
    "⟨p1.first⟩",

    ("Grüezi ⟨p1.hon⟩\n\nBesten Dank für Ihre Anfrage. Die reparierte ⟦Jacke|Hose⟧ schicken "
     "wir an ⟨a1.one⟩, sie sollte ⟦am ⟨weekday⟩|diese Woche⟧ ankommen. Bei Fragen "
     "erreichen Sie uns unter ⟨p2.phone⟩.\n\nFreundliche Grüsse\n⟨p2.full⟩", CH),

    ("Grüß Gott ⟨p1.hon⟩,\n\nwir haben Ihre Retoure erhalten und erstatten ⟨amount⟩ auf "
     "⟨iban⟩. Das Geld ist in drei bis fünf Werktagen am Konto.\n\nLiebe Grüße aus der "
     "⟨store⟩\n⟨p2.first⟩", AT),

    "Hallo ⟨p1.first⟩,\n\nwir haben eine Anmeldung in deinem Kundenkonto von ⟨ippub⟩ am "
    "⟨dnum⟩ um ⟨time⟩ bemerkt. Warst du das nicht, setz bitte dein Passwort zurück.\n\n"
    "Dein Talgrat-Kontoteam",

    "Fallzusammenfassung ⟨p1.honfull⟩\n\nBestellung: ⟨order⟩\nArtikel: ⟨prodtitle⟩, "
    "⟨colour⟩, Gr. ⟨size⟩\nProblem: ⟦Delamination an der Kapuze|Sohle löst sich|"
    "Zipper gebrochen⟧\nLieferadresse:\n⟨a1.two⟩\nTelefon: ⟨p1.phone⟩\nMail: ⟨p1.email⟩\n\n"
    "⟦Ersatzlieferung vereinbart.|Erstattung gewünscht auf ⟨iban⟩.⟧\nBearbeitet: "
    "⟨p2.il⟩, geprüft: ⟨p3.first⟩",
]

PII["quoted_thread"] = [
    "Danke ⟨p1.first⟩, passt. Ich hole ihn am ⟨weekday⟩ ab.\n⟨p2.first⟩\n\nAm ⟨dnum⟩ um "
    "⟨time⟩ schrieb ⟨p1.full⟩ <⟨p1.smail⟩>:\n> Hallo ⟨p2.first⟩,\n> dein ⟨prod⟩ liegt in "
    "der ⟨store⟩ bereit.\n> ⟦Bring bitte die Bestellnummer ⟨order⟩ mit.|Wir halten ihn "
    "sieben Tage zurück.⟧",

    "Hallo ⟨p1.first⟩, ist angekommen, danke! ⟨p2.first⟩\n\n-----Ursprüngliche Nachricht-----\n"
    "Von: ⟨p1.full⟩ <⟨p1.email⟩>\nGesendet: ⟨weekday⟩, ⟨dlong⟩ ⟨time⟩\nAn: ⟨shopmail⟩\n"
    "Betreff: AW: Retoure ⟨rma⟩\n\nHabe es heute in ⟨a1.town⟩ aufgegeben.⟦ Sendungsnummer "
    "⟨parcel⟩|⟧\n\nGruß ⟨p1.first⟩",

    "Gebe ich an ⟨p3.first⟩ weiter wegen der Erstattung.\n\n> ⟨p2.first⟩ schrieb:\n> "
    "⟨p1.hon⟩ möchte das Geld auf ein anderes Konto:\n>> Bitte auf ⟨iban⟩ überweisen, das "
    "alte Konto ist aufgelöst.\n>> ⟨p1.il⟩",

    "---------- Weitergeleitete Nachricht ----------\nVon: ⟨p1.full⟩ <⟨p1.email⟩>\nDatum: "
    "⟨dlong⟩\nBetreff: ⟦Adressänderung|Rechnung bitte|Umzug⟧\nAn: <⟨shopmail⟩>\n\nBitte die "
    "Rechnung an meine neue Anschrift: ⟨a1.one⟩.\nDanke, ⟨p1.first⟩",

    ("Hoi ⟨p1.first⟩\n⟨p2.hon⟩ aus der Werkstatt ruft dich ⟦heute|vor ⟨time⟩⟧ an.\n\n> Kann "
     "mich jemand anrufen? Am besten unter ⟨p1.mobile⟩.\n> Merci, ⟨p1.first⟩", CH),

    "> > Wer hat das Paket angenommen?\n> Laut Scanner \"⟨p1.up⟩\", abgegeben bei "
    "⟨a1.one⟩.\n\nDas ist meine Nachbarin, alles gut. Sorry für die Aufregung!\n⟨p2.full⟩",
]

PII["signed_review"] = [
    "★★★★★ ⟦Top Jacke|Jeden Cent wert|Passt super⟧\n⟦Den ⟨prod⟩ im Dauerregen am Watzmann "
    "getragen und trocken geblieben.|Vom ersten Schritt an bequem.|Die Farbe ⟨colour⟩ ist in "
    "echt noch schöner.⟧\n– ⟨p1.fi⟩ aus ⟨town⟩",

    "„⟦Hab ihn seit drei Saisons, sieht aus wie neu.|Die besten Socken, die ich habe.|Der "
    "Hüftgurt sitzt perfekt.⟧“ – ⟨p1.il⟩⟦ (verifizierter Kauf)|⟧",

    "Bewertung von ⟨p1.full⟩⟦ vom ⟨dnum⟩|⟧: ⟨small⟩/5. ⟦Fällt klein aus, eine Nummer größer "
    "nehmen.|Versand war flott.|Kapuze passt über den Helm.⟧⟦ Danke an ⟨p2.first⟩ in der "
    "⟨store⟩ für die Beratung!|⟧",

    "voll zufrieden!! ⟦war damit am stubaier höhenweg|hab sie auf dem jakobsweg jeden tag "
    "getragen⟧ und nix ist nass geworden 😍 – ⟨p1.lowfirst⟩",

    ("Zitat für die Startseite (freigegeben von ⟨p2.first⟩):\n„⟦Der ⟨prod⟩ hat mein Gepäck "
     "über die Alpen getragen.|300 Kilometer im ⟨prod⟩ gelaufen.⟧“\n⟨p1.full⟩, "
     "⟦Bergführer|Wanderin|Trailläuferin⟧ aus ⟨town⟩", CH),

    ("3 Sterne. ⟦Schöner Stoff, aber die Ärmel sind zu lang.|Guter Rucksack, aber schwer.⟧ "
     "Der Service (⟨p2.first⟩) hat den Umtausch schnell erledigt, leiwand. — ⟨p1.up⟩", AT),
]

PII["signature_block"] = [
    "⟦Viele Grüße|Beste Grüße|Mit freundlichen Grüßen⟧\n\n⟨p1.full⟩\n⟦Filialleitung|"
    "Einkauf Bekleidung|Leitung Vertrieb⟧ | ⟨company⟩\nTel. ⟨p1.phone⟩⟦\nMobil ⟨p1.mobile⟩|⟧"
    "\n⟨p1.wmail⟩",

    "--\n⟨p1.up⟩\n⟦Teamleitung Kundenservice|Visual Merchandising|Werkstattleitung⟧, "
    "Talgrat Outdoor\n⟨p1.smail⟩ · ⟨p1.phone⟩",

    "Bis ⟨weekday⟩!\n⟨p1.first⟩\n\nVon meinem iPhone gesendet",

    ("Mit freundlichen Grüssen\n\n⟨p1.full⟩\n⟦Inhaberin|Geschäftsführer⟧\n⟨company⟩\n"
     "⟨a1.two⟩\n⟨p1.phone⟩ | ⟨p1.wmail⟩", CH),

    ("Liebe Grüße\n⟨p1:Mag.~DI⟩ ⟨p1.full⟩\n⟦Sportphysiotherapie, Partnerpraxis|"
     "Vereinsärztin, Alpenverein ⟨town⟩⟧\nTel. ⟨p1.phone⟩ · Fax ⟨p2.phone⟩", AT),

    "Gruß\n⟨p1.first⟩\n--\n⟨p1.full⟩ | Talgrat Outdoor | ⟨store⟩\n⟦Neue Durchwahl: "
    "⟨p1.mobile⟩|Im Haus Di–Sa⟧",
]

PII["team_chat"] = [
    "[⟨tick⟩] ⟨p1.lowfirst⟩: hat jemand die ⟦⟨prod⟩-Retoure von ⟨p2.full⟩|⟨p2.last⟩-Retoure⟧ "
    "gesehen?\n"
    "[⟨tick⟩] ⟨p3.lowfirst⟩: liegt hinten, Etikett ⟨rma⟩\n[⟨tick⟩] ⟨p1.lowfirst⟩: danke 👍",

    "⟨p1.handle⟩ kannst du ⟨p2.herrn⟩ zurückrufen? ⟨p2.phone⟩, geht um die "
    "⟦Zelt|Jacken|Schuh⟧reparatur",

    "⟨p1.first⟩ ⟨tick⟩\nSchichttausch: ich übernehm ⟨p2.lowfirst⟩s Samstag, wenn "
    "⟨p2:sie~er⟩ meinen ⟨weekday⟩ nimmt⟦\n⟨p2.first⟩ ⟨tick⟩\nabgemacht|⟧",

    "also ⟨p1.full⟩ war grad da, will den Rest für den ⟨prod⟩ anzahlen, "
    "⟨p1:ihre~seine⟩ Nummer ist ⟨p1.mobile⟩ falls was ist",

    "Moin zusammen ☀️\n- ⟨p1.lowfirst⟩ heute frei, ⟨p2.lowfirst⟩ übernimmt Kasse\n- "
    "Lieferung von ⟨company⟩ um ⟨tick⟩\n- ⟨p3.full⟩ holt den ⟨prod⟩ ab (bezahlt, ⟨order⟩)⟦\n"
    "- ⟨p4.herrn⟩ wegen Anprobe anrufen: ⟨p4.phone⟩|⟧",

    ("⟨p1.lowfirst⟩ ⟨tick⟩: wer hat ⟨order⟩ gepackt?? Kundin sagt falsche Grösse\n"
     "⟨p2.lowfirst⟩ ⟨tick⟩: ich, sorry. schick ⟨p3.first⟩ an ⟨p3.email⟩ ein Label", CH),

    ("servus, kann wer morgen für ⟨p1.first⟩ einspringen? ⟨p1:sie~er⟩ liegt flach. "
     "⟨p2.lowfirst⟩ hätte Zeit, Nummer ⟨p2.mobile⟩", AT),
]

PII["call_note"] = [
    "Anruf ⟨dnum⟩ ⟨time⟩ – ⟨p1.honfull⟩ (⟨p1.phone⟩). ⟦Frage zur Garantie am ⟨prod⟩.|"
    "Lieferadresse soll auf ⟨a1.one⟩ geändert werden.|Paket ⟨parcel⟩ als zugestellt "
    "markiert, aber nicht erhalten.⟧ ⟦Rückruf zugesagt.|Am Telefon gelöst.|An ⟨p2.first⟩ "
    "eskaliert.⟧",

    "Mailbox, ⟨weekday⟩ ⟨time⟩:\n„Ja hallo, hier ist ⟨p1.full⟩, ⟦ich hab letzten Monat einen "
    "⟨prod⟩ gekauft|es geht um die Bestellung ⟨order⟩⟧ und ⟦der Reißverschluss klemmt|ich "
    "bräuchte eine andere Größe⟧ … rufen Sie mich bitte unter ⟨p1.mobile⟩ zurück? Danke, "
    "tschüss.“",

    "Telefonbestellung, aufgenommen von ⟨p2.first⟩:\n⟨p1:Kundin~Kunde⟩: ⟨p1.full⟩\nLieferung an: "
    "⟨a1.two⟩\nKarte (am Telefon durchgegeben): ⟨card⟩, gültig bis ⟦03/27|11/26|08/28⟧\n"
    "Artikel: ⟨small⟩ × ⟨prod⟩, Gr. ⟨size⟩",

    "Verpasster Anruf von ⟨p1.phone⟩ – ⟦vermutlich|klingt nach⟧ ⟨p1.herrn⟩ wegen ⟦der "
    "Heringe|der Neubesohlung|der Gutschrift⟧. ⟨p2.first⟩ ruft bis ⟨time⟩ zurück.",

    ("Telefonprotokoll – Ticket ⟨ticket⟩\n⟨p1:Anruferin~Anrufer⟩: ⟨p1.full⟩, ⟨p1.phone⟩\nAnliegen: "
     "⟦Jacke wird an den Schultern nass|Rucksackgestell knarzt|Sohle löst sich vorn⟧\n"
     "Agent ⟨p2.il⟩: Prüfung angeboten, Kunde schickt von ⟨a1.one⟩\nNächster Schritt: Label "
     "an ⟨p1.email⟩\nDauer: ⟦6|11|14⟧ Minuten", AT),

    ("Rückruf an ⟨p1.herrn⟩ erledigt (⟨p1.phone⟩). ⟨p1:Sie~Er⟩ möchte die Rechnung auf die Firma, "
     "neue Anschrift ⟨a1.one⟩. Hab ⟨p2.first⟩ Bescheid gegeben.", CH),
]

PII["name_prose"] = [
    ("⟨p1⟩ und ⟨p2⟩ haben am ⟨weekday⟩ das Schaufenster umgebaut; ⟦der ⟨prod⟩ steht jetzt "
     "direkt neben der Kasse.|das hat den halben Nachmittag gedauert.⟧", {"cue": False}),
    ("Das Lookbook-Shooting lief gut. ⟨p1⟩ hat gestylt, ⟨p2⟩ fotografiert, und ⟨p3⟩ hat den "
     "⟨prod⟩ zweimal auf den Grat getragen.", {"cue": False}),
    ("⟦Gestern|Am ⟨weekday⟩⟧ hat ⟨p1⟩ endlich die Testschuhe zurückgebracht, die ⟨p2⟩ im "
     "⟨month⟩ verliehen hatte.", {"cue": False}),
    ("Danke an ⟨p1⟩ fürs Einspringen in der Spätschicht und an ⟨p2⟩ fürs Sortieren der "
     "Retouren.⟦ ⟨p3⟩ hat Kuchen mitgebracht.|⟧", {"cue": False}),
    ("⟨p1⟩ ist den ⟦Zugspitz-Ultratrail|Innsbrucker Stadtlauf|Jungfrau-Marathon⟧ im ⟨prod⟩ "
     "gelaufen und war vier Minuten schneller als ⟨p2⟩.", {"cue": False, "variant": None}),
    ("Laut ⟨p1⟩ war der ⟨prod⟩ in ⟨town⟩ schon vor Mittag ausverkauft; ⟨p2⟩ meint, das lag "
     "am Wetter.", {"cue": False}),
    ("Beim Inventurabend haben ⟨p1⟩, ⟨p2⟩ und ⟨p3⟩ bis nach neun gezählt – heuer ging's "
     "schneller als letztes Jahr.", {"cue": False, "variant": "at"}),
]

PII["customer_letter"] = [
    "⟨p1.full⟩\n⟨a1.two⟩\n\n⟨town⟩, ⟨dlong⟩\n\nTalgrat Outdoor – Retouren\n\nSehr geehrte "
    "Damen und Herren,\n\nich sende den ⟨prod⟩ (Bestellung ⟨order⟩) zurück, weil ⟦er zu klein "
    "ist|sich eine Naht gelöst hat|die Farbe nicht stimmt⟧. Bitte erstatten Sie den Betrag auf "
    "⟨iban⟩.\n\nMit freundlichen Grüßen\n⟨p1.full⟩",

    "Talgrat Outdoor · ⟦Kundenservice|Retourenabteilung⟧\n\n⟨p1.honfull⟩\n⟨a1.two⟩\n\n"
    "⟨p1.dear⟩,\n\nvielen Dank für Ihr Schreiben vom ⟨dlong⟩. ⟦Wir haben Ihnen ⟨amount⟩ "
    "gutgeschrieben.|Ihr reparierter ⟨prod⟩ liegt bei.⟧\n\nMit freundlichen Grüßen\n"
    "⟨p2.full⟩",

    "⟨p1.full⟩ · ⟨a1.one⟩\n\nKündigung ⟦meiner Mitgliedschaft im Talgrat-Club|der "
    "Bestellung ⟨order⟩⟧\n\nBitte bestätigen Sie die Kündigung schriftlich an obige Adresse "
    "oder per Mail an ⟨p1.email⟩.\n\n⟨p1.full⟩, ⟨dnum⟩",

    "An ⟨p1.full⟩\nc/o ⟨p2.full⟩\n⟨a1.two⟩\n\nBetreff: ⟦Geschenksendung|Gutschein⟧ "
    "⟨order⟩\n\n⟨p1.hi⟩,\n⟨p2.first⟩ hat uns gebeten, dir ⟦diesen Gutschein|dieses Paket⟧ zu "
    "schicken. Viel Freude damit!\nDein Talgrat-Team",

    ("⟨p1.full⟩\n⟨a1.two⟩\n\nWien, am ⟨dlong⟩\n\nSehr geehrte Damen und Herren,\n\nich habe "
     "im Dezember den Artikel ⟨prodtitle⟩ gekauft, der Zipp ist nach der ersten Tour kaputt. Die "
     "Rechnung liegt bei. Bitte schicken Sie die reparierte Ware an obige Adresse oder rufen "
     "Sie mich an: ⟨p1.phone⟩.\n\nHochachtungsvoll\n⟨p1.full⟩", AT),

    ("⟨p1.full⟩\n⟨a1.two⟩\n\nEinschreiben\n\nSehr geehrte Damen und Herren\n\nHiermit "
     "widerrufe ich den Kauf vom ⟨dnum⟩ (Bestellung ⟨order⟩). Bitte überweisen Sie den "
     "Betrag auf ⟨iban⟩.\n\nFreundliche Grüsse\n⟨p1.full⟩", CH),
]

PII["incident_report"] = [
    "Vorfallbericht – ⟨store⟩, ⟨dnum⟩ ⟨time⟩\n⟨p1:Eine Kundin~Ein Kunde⟩, ⟨p1.full⟩, ist am Eingang auf "
    "dem nassen Boden ausgerutscht. Erste Hilfe durch ⟨p2.full⟩. ⟦Kein Rettungsdienst "
    "nötig.|Weitere Hilfe abgelehnt.⟧ Für Rückfragen: ⟨p1.phone⟩.⟦\n⟨p3:Zeugin~Zeuge⟩: ⟨p3.full⟩, "
    "⟨p3.mobile⟩|⟧\nAufgenommen von ⟨p4.il⟩",

    "Sicherheitsnotiz ⟨dnum⟩: nach Ladenschluss fehlen zwei ⟨prod⟩ am Ständer. ⟨p1.first⟩ an "
    "der Kasse hat gegen ⟨time⟩ jemanden ohne zu zahlen rausgehen sehen. Aktenzeichen der "
    "Polizei: ⟨phonelike⟩. ⟨p2:Die Wachfrau~Der Wachmann⟩ ⟨p2.full⟩ (⟦Wachdienst Alpenland GmbH|Sicherheitsdienst Roth⟧) hat das Video.",

    "Fundsache: Geldbörse mit Ausweis auf den Namen ⟨p1.full⟩, ⟨a1.one⟩, in der Umkleide "
    "gefunden von ⟨p2.first⟩. Unter ⟨p1.phone⟩ auf die Mailbox gesprochen. ⟦Liegt im Tresor.|"
    "Am ⟨dnum⟩ beim Fundbüro abgegeben.⟧",

    "Verbandbuch\nDatum: ⟨dnum⟩\nVerletzt: ⟨p1.full⟩ (⟦Lager|Aushilfe|Azubi⟧)\nHergang: "
    "⟦beim Auspacken der ⟨prod⟩-Lieferung mit dem Cutter in die Hand geschnitten|beim "
    "Heben der Zeltkartons den Rücken verrissen|von der Trittleiter im Lager gerutscht⟧\n"
    "⟨p2:Ersthelferin~Ersthelfer⟩: ⟨p2.full⟩\nFilialleitung informiert: ⟨p3.hon⟩, ⟨time⟩",

    ("Notiz für ⟨p1.first⟩: ⟨p2:die Kundin~der Kunde⟩ vom ⟨weekday⟩ (⟨p2.full⟩, ⟨p2.email⟩) hat nochmals "
     "geschrieben, ⟨p2:sie~er⟩ sei an der Kasse ⟦abgewimmelt|unfreundlich behandelt⟧ worden. Bitte "
     "schreib bis ⟨weekday⟩ deine Sicht auf.\n⟨p3.first⟩", AT),

    ("Beinahe-Unfall ⟨dnum⟩: in der ⟨store⟩ ist eine Deko-Leiter umgefallen, als ⟨p1.full⟩ "
     "mit ⟨p1:ihrem~seinem⟩ Sohn im Laden war. Niemand verletzt. Kontakt für die "
     "Versicherung: ⟨p1.email⟩. Leiter weggeräumt von ⟨p2.first⟩.", CH),
]

PII["leave_request"] = [
    "Hi ⟨p1.first⟩,\nkann ich vom ⟨lfrom⟩ bis ⟨lto⟩ Urlaub nehmen? ⟨p2.first⟩ hat gesagt, "
    "⟨p2:sie~er⟩ übernimmt meine Schichten.\nDanke, ⟨p3.first⟩",

    "Urlaubsantrag\nMitarbeiter/in: ⟨p1.lf⟩\nStandort: ⟨store⟩\nvom ⟨dfrom⟩ bis ⟨dto⟩ "
    "(⟨small⟩ Tage)\nVertretung: ⟨p2.full⟩\nGenehmigt: ⟦⟨p3.il⟩|offen⟧",

    "⟨p1.full⟩ ist im ⟨month⟩ ⟨small⟩ Tage im Urlaub. In der Zeit bitte ⟦Lieferantenfragen|"
    "Teambestellungen⟧ an ⟨p2.full⟩ (⟨p2.smail⟩, ⟨p2.phone⟩).",

    ("Ich bin bis ⟨dlong⟩ in Karenz. ⟦Bei Bestellungen|In dringenden Fällen⟧ wenden Sie "
     "sich bitte an ⟨p2.first⟩, ⟨p2.phone⟩ oder ⟨p2.smail⟩.\n⟨p1.full⟩", AT),

    ("Betreff: Ferien im ⟨month⟩\n\n⟨p1:Liebe~Lieber⟩ ⟨p1.first⟩\n\nIch möchte ab ⟨dlong⟩ zwei Wochen "
     "Ferien beziehen. ⟦Wir fliegen nach Lissabon|Ich laufe die Via Alpina|Meine Schwester "
     "heiratet⟧, erreichbar bin ich nur im Notfall unter ⟨p2.mobile⟩.\n⟦⟨p3.full⟩ übernimmt "
     "die Inventur für den ⟨prod⟩.\n|⟧\nLiebe Grüsse\n⟨p2.full⟩", CH),
]

PII["reference_letter"] = [
    "Arbeitszeugnis\n\n⟨p1.honfull⟩, geboren am ⟨dob⟩, war vom ⟨dold⟩ bis ⟨dnum⟩ in "
    "unserer ⟨store⟩ als ⟦Verkäufer/in|Schuhberater/in|stellvertretende Filialleitung⟧ "
    "tätig. ⟨p1:Sie~Er⟩ erledigte alle Aufgaben stets zu unserer vollsten Zufriedenheit. Wir "
    "bedauern ⟨p1:ihr~sein⟩ Ausscheiden.\n\n⟨p2.full⟩\nFilialleitung",

    "Hallo ⟨p1.first⟩, ⟨p2.full⟩ hat sich bei ⟨company⟩ beworben und dich als Referenz "
    "angegeben. Kannst du ⟦den Zeitraum der Beschäftigung|Rolle und Austrittsgrund⟧ "
    "bestätigen? Antwort gern an ⟨p3.wmail⟩ oder ⟨p3.phone⟩.\nDanke, ⟨p3.full⟩",

    "Referenz: ⟨p1.honfull⟩, ⟦Saisonkraft|Azubi|Werkstatthilfe⟧, ⟨dold⟩–⟨dnum⟩. "
    "Pünktlich, freundlich, ⟦kennt sich mit Schuhen bestens aus|passt Rucksäcke super an|"
    "bleibt am Samstag ruhig⟧. — ⟨p2.il⟩",

    ("⟨p1.full⟩\n⟨a1.two⟩\n\n⟨dlong⟩\n\nDienstzeugnis\n\nWir bestätigen, dass ⟨p1.hon⟩ "
     "bis ⟨dlong⟩ ⟦Teilzeit|Vollzeit⟧ bei Talgrat Outdoor beschäftigt war. Für Rückfragen "
     "steht ⟨p2.full⟩ (⟨p2.smail⟩) zur Verfügung.", AT),

    ("Referenzauskunft mit ⟨p1.herrn⟩ (⟨company⟩) am ⟨dnum⟩ über ⟨p2.full⟩: ⟦würde sie/ihn "
     "wieder einstellen|solide, im Verkauf etwas zurückhaltend|super mit Kindergrössen⟧. "
     "Erreicht unter ⟨p1.phone⟩.", CH),
]

PII["till_discrepancy"] = [
    "Kassenabschluss ⟨store⟩ ⟨dnum⟩\nKasse 2: ⟦Fehlbetrag|Überschuss⟧ ⟨amount⟩ (Bedienung "
    "⟨p1.full⟩)\nUrsache: Erstattung auf Karte ⟨card⟩ doppelt gebucht.\nGeprüft: ⟨p2.il⟩",

    "Hallo ⟨p1.first⟩, in Kasse 1 haben gestern ⟨amount⟩ gefehlt. Im Journal steht um "
    "⟨time⟩ eine manuelle Erstattung von ⟨p2.first⟩ an ⟨p3.full⟩ (⟨p3.email⟩) ohne Beleg. "
    "Kannst du mit ⟨p2:ihr~ihm⟩ reden?\n⟨p4.first⟩",

    "Wechselgeldübergabe ⟨tick⟩⟦| nach der ⟨p1.first⟩-Schicht⟧: ⟨p1.full⟩ → ⟨p2.full⟩, gezählt ⟨amount⟩, ⟦stimmt|"
    "⟨amount⟩ zu viel|ein Schein fehlt⟧. Tresor geöffnet von ⟨p3.first⟩.",

    ("⟨p1:Die Kundin~Der Kunde⟩ ⟨p1.full⟩ wurde doppelt belastet (Karte ⟨card⟩, ⟨dnum⟩). Bitte die "
     "zweite Buchung zurücküberweisen; Telefon: ⟨p1.phone⟩. An Kasse 3 war ⟨p2.first⟩.", AT),

    ("Kassendifferenzen KW ⟨week⟩:\n- ⟨weekday⟩: ⟨amount⟩ zu wenig, ⟨p1.full⟩\n- ⟨weekday⟩: "
     "Gutschein nicht gescannt, ⟨p2.full⟩\n- ⟨weekday⟩: ⟦Bargeld in falscher Lade|Rückgabe "
     "ohne Beleg⟧, ⟨p3.full⟩\nGebietsleitung: ⟨p4.full⟩", CH),
]

PII["lease_correspondence"] = [
    "⟨p1.dear⟩,\n\nwie besprochen überweisen wir die ⟦Miete|Nebenkosten⟧ für die Räume der "
    "⟨store⟩ ab ⟨month⟩ auf ⟨iban⟩. Bitte bestätigen Sie uns den neuen Kontoinhaber.\n\n"
    "Mit freundlichen Grüßen\n⟨p2.full⟩\nTalgrat Outdoor, Immobilien",

    "Hallo ⟨p1.hon⟩,\ndie Firma ⟨company⟩ tauscht am ⟨dlong⟩ das Schaufenster in der "
    "⟨a1.one⟩, Zugang ab ⟨time⟩. Vor Ort ist ⟨p2.full⟩, mobil ⟨p2.mobile⟩.\nGruß ⟨p3.full⟩",

    ("Schlüsselübergabe – Ladenlokal ⟨a1.one⟩\nFür die Vermieterin: ⟨p1.full⟩\nFür Talgrat: "
     "⟨p2.full⟩\nAnzahl Schlüssel: ⟨small⟩\nZählerstände abgelesen am ⟨dnum⟩.", AT),

    "⟨p1.full⟩\n⟨company⟩\n⟨a1.two⟩\n\nIndexmiete – ⟨store⟩\n\nWir bestätigen Ihr "
    "Schreiben vom ⟨dlong⟩. Ansprechpartner in der Buchhaltung ist ⟨p2.full⟩, ⟨p2.smail⟩.",

    ("Grüezi ⟨p1.hon⟩\nDie Heizung im Lager ist schon wieder ausgefallen. Kann Ihr "
     "Techniker ⟨p2.first⟩ unter ⟨p2.phone⟩ anrufen? ⟨p2:Sie~Er⟩ ist ab ⟨time⟩ im Laden.\n"
     "Freundliche Grüsse", CH),
]

PII["apprentice_report"] = [
    "Ausbildungsnachweis – KW ⟨week⟩\nAuszubildende/r: ⟨p1.full⟩\nAusbilder/in: ⟨p2.full⟩\n"
    "⟦Mo–Di: Wareneingang ⟨prod⟩.|Mo: Kassenschulung.⟧\n⟦Mi: Schuhberatung mit "
    "⟨p3.first⟩.|Mi: mit ⟨p3.herrn⟩ das Schaufenster dekoriert.⟧\nDo–Fr: Berufsschule.\n"
    "Unterschrift: ⟨p2.il⟩",

    "Diese Woche habe ich gelernt, wie man ⟦Füße für den Steinlauf vermisst|eine Daunenjacke "
    "flickt|das Click-&-Collect-Regal einräumt⟧. ⟨p1.first⟩ hat es mir zweimal gezeigt. "
    "Ich habe ⟨p2.herrn⟩ beraten, ⟨p2:die~der⟩ ⟦einen Rucksack für Nepal suchte|Socken für "
    "das Enkelkind wollte|wegen Schuhwachs gefragt hat⟧.\n– ⟨p3.first⟩",

    ("Besuch der Berufsschule am ⟨dnum⟩: ⟨p1.full⟩ (⟦1. Lehrjahr|2. Lehrjahr|3. Lehrjahr⟧). "
     "⟨p2:Lehrerin~Lehrer⟩ ⟨p2.full⟩, erreichbar unter ⟨p2.wmail⟩. ⟦Nächster Besuch in sechs Wochen.|"
     "Berichtsheft vollständig.⟧", AT),

    "Notiz Ausbildungspatin zu ⟨p1.first⟩: guter ⟨month⟩, am Telefon noch schüchtern. "
    "⟨weekday⟩s mit ⟨p2.full⟩ zusammen einteilen. Erziehungsberechtigte (unter 18): "
    "⟨p3.full⟩, ⟨p3.phone⟩.",

    ("Neuer Lernender ab ⟨dlong⟩: ⟨p1.full⟩, ⟨a1.one⟩, ⟨p1.mobile⟩. Für die Lohnabrechnung "
     "brauchen wir das Konto: ⟨iban⟩.", CH),

    "Neue Auszubildende ab ⟨dlong⟩: ⟨p1.full⟩, ⟨a1.one⟩. Für die Lohnabrechnung: Steuer-ID "
    "⟨taxid⟩, Konto ⟨iban⟩. Patin: ⟨p2.full⟩.",
]

PII["interview_schedule"] = [
    "Vorstellungsgespräche ⟨weekday⟩ – ⟨store⟩\n⟨tick⟩ ⟨p1.full⟩ (⟦Verkauf|Aushilfe "
    "Wochenende⟧)\n⟨tick⟩ ⟨p2.full⟩ (⟦Werkstatt|Schuhberatung⟧)\n⟨tick⟩ ⟨p3.full⟩⟦ (⟨p3.last⟩-Unterlagen im Büro)|⟧\n"
    "Dabei: ⟨p4.first⟩ und ⟨p5.first⟩",

    "⟨p1.dear⟩,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie am ⟨dlong⟩ um ⟨time⟩ zu "
    "einem Gespräch in die ⟨a1.one⟩ ein. Fragen Sie an der Kasse nach ⟨p2.herrn⟩.\n\n"
    "Mit freundlichen Grüßen\n⟨p3.full⟩\n⟨shopmail⟩",

    "Hi ⟨p1.first⟩, hier ist ⟨p2.first⟩ von Talgrat – ⟦können wir dein Gespräch auf ⟨time⟩ "
    "schieben?|das Gespräch findet jetzt per Video statt.⟧ Schreib mir einfach an "
    "⟨p2.mobile⟩. Danke!",

    ("Gesprächsnotiz – ⟨p1.lf⟩, ⟨dnum⟩\nGeführt von: ⟨p2.il⟩, ⟨p3.il⟩\nErfahrung: ⟦drei "
     "Jahre bei ⟨company⟩|Kletterlehrerin|Barista, Alpenverein⟧\nVerfügbar: ⟦Wochenenden|ab "
     "⟨month⟩⟧\nKontakt: ⟨p1.email⟩ / ⟨p1.phone⟩\nErgebnis: ⟦zweite Runde|Zusage|Absage⟧", AT),

    "Zusage von ⟨p1.full⟩ für die ⟨store⟩. Für die erste Abrechnung brauchen wir noch "
    "⟨p1:ihre~seine⟩ Steuer-ID: ⟨taxid⟩. Arbeitsbeginn ⟨dlong⟩.",

    ("Grüezi ⟨p1.hon⟩\n\nGerne laden wir Sie zum Schnuppertag am ⟨dlong⟩ in die ⟨store⟩ "
     "ein. Bitte melden Sie sich bei ⟨p2.full⟩ (⟨p2.phone⟩).\n\nFreundliche Grüsse\n"
     "⟨p3.full⟩", CH),
]

PII["farewell_card"] = [
    "Abschiedskarte für ⟨p1.first⟩ 🎉\n„Viel Glück in ⟨town⟩! – ⟨p2.first⟩“⟦\n„Ohne die ⟨p1.first⟩-Playlist wird's still. ⟨p6.first⟩“|⟧\n„Wir werden "
    "deine Playlists vermissen. ⟨p3.first⟩ & ⟨p4.first⟩“\n„Vergiss uns nicht! ⟨p5.fi⟩“",

    "Sammlung für das Abschiedsgeschenk von ⟨p1.full⟩: bitte bis ⟨weekday⟩ bar bei "
    "⟨p2.first⟩ abgeben oder an ⟨p2.email⟩ schicken. Die Karte liegt im Pausenraum.",

    "Alles Gute zum Geburtstag, ⟨p1.first⟩!! 🎂 Von der ganzen ⟨store⟩ – ⟨p2.first⟩, "
    "⟨p3.first⟩, ⟨p4.lowfirst⟩ und ⟨p5.first⟩",

    ("Stichpunkte für die Pensionierung von ⟨p1.full⟩: ⟦1998 als Schuhberater/in "
     "angefangen|die Filiale Innsbruck aufgebaut|zwanzig Jahre Werkstatt⟧; Dank von "
     "⟨p2.full⟩ (Gebietsleitung). Fotobuch bitte an ⟨a1.one⟩ schicken.", AT),

    ("Willkommen zurück, ⟨p1.first⟩, und herzliche Gratulation zur kleinen ⟨p2.first⟩! 🍼 "
     "⟦Alles Liebe von|Unterschrieben von⟧ ⟨p3.first⟩, ⟨p4.first⟩ und dem ganzen Lager.", CH),
]

PII["bike_lease"] = [
    "Antrag Dienstrad-Leasing\nMitarbeiter/in: ⟨p1.full⟩\nStandort: ⟨store⟩\nRad: "
    "⟦Gravelbike|E-Bike|Trekkingrad⟧, UVP ⟨amount⟩\nLeasinggeber: ⟦Bikeleasing Nord GmbH|Radleasing Süd GmbH|Dienstrad Plus AG⟧\n"
    "Gehaltsumwandlung über ⟦36|24|48⟧ Monate; freigegeben von ⟨p2.il⟩.",

    "Hallo ⟨p1.first⟩, ⟦Bikeleasing Nord GmbH|Radleasing Süd GmbH⟧ meldet: dein Rad ist abholbereit. Den Überlassungsvertrag "
    "haben wir an ⟨p1.smail⟩ geschickt. Fragen gern an ⟨p2.full⟩, ⟨p2.phone⟩.",

    "Leasing ⟨order⟩: Rad bitte liefern an ⟨a1.one⟩, Ansprechpartner ⟨p1.honfull⟩ "
    "(⟨p1.mobile⟩).",

    ("⟨p1.dear⟩,\n\nIhr Leasingvertrag für das ⟦Lastenrad|E-MTB|Rennrad⟧ endet am ⟨dlong⟩. "
     "Wenn Sie es übernehmen möchten, überweisen Sie den Restwert von ⟨amount⟩ bitte auf "
     "⟨iban⟩, Verwendungszweck ⟨order⟩.\n\nFreundliche Grüße\n⟨p2.full⟩", AT),

    "⟨p1.full⟩ meldet das Leasingrad als gestohlen, abgestellt vor ⟨a1.one⟩ am ⟨dnum⟩; "
    "Vorgangsnummer der Polizei ⟨phonelike⟩. Ansprechpartner bei der Versicherung: "
    "⟨p2.full⟩.",
]

# ---------------------------------------------------------------------------------------
# Texte ohne personenbezogene Daten

CLEAN["catalogue_copy"] = [
    "Die ⟨prodtitle⟩ in ⟨colour⟩ ist für lange Tage gemacht: ⟦eine Jägertasche an der Hüfte|"
    "viele kleine Details|Platz für Thermosflasche und Brotzeit⟧. ⟨price⟩, ⟦Größen XS–XXL|"
    "mehrere Größen⟧.",
    "Neu im ⟦Mai|März|Oktober⟧: der ⟨prod⟩. Ob schlauer Fuchs in den Hügeln oder einsamer "
    "Wolf am Grat – er hält mit. Artikelnummer ⟨sku⟩, ⟨price⟩.",
    "Wie der Koch auf der Hütte sagt: gute Zutaten, wenig Schnickschnack. Der ⟨prod⟩ "
    "⟦hält den Regen ab|hält warm|bleibt leicht⟧. Farben: ⟨colour⟩.",
    "Für Bauer, Jäger und Wanderer: der ⟨prodtitle⟩ mit robustem Stoff und Reißverschluss "
    "aus Messing. ⟨sku⟩ – ⟨price⟩ inkl. MwSt.",
    ("Passt er? Der ⟨prod⟩ fällt normal aus, im Zweifel die grössere Grösse nehmen. Preis "
     "⟨price⟩, Rücksendung 30 Tage gratis.", CH),
]

CLEAN["opening_hours"] = [
    "Öffnungszeiten ⟨store⟩: Mo–Fr ⟦9:30|10:00⟧–⟦19:00|18:30⟧, Sa 9:00–18:00. Am ⟨dlong⟩ "
    "wegen Inventur geschlossen.",
    "Unsere Filiale in ⟦87435 Kempten|87527 Sonthofen|83022 Rosenheim⟧ öffnet ⟦ab ⟨dlong⟩|im "
    "Sommer⟧ schon um ⟦9|8:30⟧ Uhr. Parken hinter dem Haus, ⟦2 Stunden gratis|1 € pro Stunde⟧.",
    ("Feiertage: Am 8. Dezember und am 6. Jänner bleibt die Filiale in ⟦6020 Innsbruck|5020 "
     "Salzburg|8010 Graz⟧ geschlossen. Click & Collect nach ⟦14|15⟧ Uhr ist am nächsten "
     "Werktag abholbereit.", AT),
    ("Neu: Store in ⟦8050 Zürich Oerlikon|3011 Bern|4051 Basel⟧, Mo–Fr ⟦10–19|9–18.30⟧ Uhr, "
     "Sa 9–17 Uhr. ⟨weekday⟩s Abendverkauf bis 21 Uhr.", CH),
    "Winterzeiten ab ⟨dlong⟩: ⟦Montag|Sonntag⟧ Ruhetag, Di–Sa ⟦10–18|9–18⟧ Uhr. Die Werkstatt "
    "nimmt Reparaturen bis ⟦16|15:30⟧ Uhr an.",
]

CLEAN["parcel_status"] = [
    "Deine Bestellung ⟨order⟩ ist unterwegs. Sendungsnummer: ⟨parcel⟩. Voraussichtliche "
    "Zustellung: ⟨dlong⟩.",
    "Neuigkeiten zu ⟨order⟩: Der Paketdienst meldet eine Verzögerung im Verteilzentrum. "
    "Neues Zeitfenster ⟨time⟩–⟨time⟩ am ⟨weekday⟩. Vorgangsnummer: ⟨phonelike⟩.",
    "Retoure ⟨rma⟩ am ⟨dnum⟩ eingegangen. Die Erstattung von ⟨amount⟩ erfolgt in ⟨small⟩ "
    "Werktagen. Ticket ⟨phonelike⟩.",
    ("Deine Click-&-Collect-Bestellung ⟨order⟩ liegt in der ⟨store⟩ bereit. Abholcode "
     "⟦4471|9052|3318⟧, gültig bis ⟨dlong⟩. Ein Sackerl bringen wir mit.", AT),
    "Paket ⟨parcel⟩: in die Packstation gelegt, Fach ⟨num⟩. Kundennummer ⟨phonelike⟩.",
]

CLEAN["supplier_bulletin"] = [
    "Lieferanteninfo: Schneider Logistik GmbH holt ab ⟨dlong⟩ die Retouren immer "
    "⟨weekday⟩s ab. Paletten bitte mit ⟦Lieferavis-Nummer|Lieferscheinnummer⟧ beschriften.",
    "⟨company⟩ verlegt den Annahmeschluss auf ⟨time⟩⟦ ab ⟨dlong⟩|⟧. Spätere Aufträge gehen "
    "am ⟦Folgetag|nächsten Werktag⟧ raus.",
    "Die neue Färberei, Vogel Textil AG, ist bluesign-zertifiziert. Die ersten ⟨prod⟩ in "
    "⟨colour⟩ kommen im ⟨month⟩.",
    "Erinnerung: Bergsport Huber GmbH und Sporthaus Brunner AG erhalten die Händlerpreisliste "
    "für ⟨month⟩ ⟦nächste Woche|am ⟨weekday⟩⟧. Nettopreise zzgl. MwSt.",
    ("Fuchs Textilpflege GmbH reinigt ab ⟨dlong⟩ die Leihjacken. Abholung immer "
     "⟨weekday⟩s, Postfach ⟦11 20|23 05|4 17⟧, 6020 Innsbruck.", AT),
]

CLEAN["care_tips"] = [
    "Den ⟨prod⟩ bei ⟦30|40⟧ °C mit Funktionswaschmittel waschen, alle Reißverschlüsse "
    "schließen und ⟦20|30|40⟧ Minuten schonend trocknen, damit die Imprägnierung wieder "
    "wirkt.⟦ Keinen Weichspüler verwenden.| Den Druck nicht bügeln.|⟧",
    "Merino braucht wenig Wäsche: ⟦über Nacht|auf dem Balkon|nach jeder Tour⟧ auslüften, bei "
    "⟦20|30⟧ °C im Wollprogramm waschen und liegend trocknen.⟦ Motten mögen kein "
    "Zedernholz.|⟧",
    "Daunenjacken: bei 30 °C waschen, ⟦zwei|drei⟧ saubere Tennisbälle in den Trockner und "
    "⟦2|3|4⟧ Stunden bei niedriger Temperatur trocknen.",
    ("Lederschuhe: ⟦Dreck|Staub|Streusalz⟧ abbürsten, nicht auf der Heizung trocknen und alle "
     "⟦4|6|8⟧ Wochen wachsen.⟦ Neue Schnürsenkel kosten ⟨amount⟩.|⟧", CH),
    "Rucksäcke nie in die Maschine. Mit ⟦lauwarmem|kaltem⟧ Wasser ausspülen, ⟦einen Tag|über "
    "Nacht⟧ kopfüber aufhängen und locker gepackt lagern.⟦ Vor jeder Tour die Schnallen "
    "prüfen.|⟧",
]

CLEAN["ordinary_words"] = [
    "Der Koch auf der Hütte stand schon um ⟦fünf|sechs⟧ in der Küche, während draußen ein "
    "Fuchs über den ⟦Schnee|Hang|Weg⟧ lief. Im Winter ist das Licht hier besonders klar.",
    "Der Bauer am Hof verkauft ⟦Bergkäse|Honig|Speck⟧, und der Jäger erzählt vom Wolf, der "
    "⟦im Sommer|letzten Herbst|im Frühjahr⟧ gesichtet wurde.",
    "Ein Vogel sang im Busch, als wir im ⟦Mai|Juni|April⟧ zur Alm aufstiegen – ein kleiner, "
    "⟦schwarzer|brauner⟧ Vogel mit rotem Fleck.",
    ("Heuer war der Sommer ⟦lang|heiß|verregnet⟧, der Herbst kurz. Der König der Gipfel ist "
     "für viele der Großglockner, für andere der ⟦Hahnenkamm|Dachstein⟧.", AT),
    ("Im Winter sind die Tage kurz, der Schneider im Dorf flickt ⟦Jacken|Hosen⟧, und der "
     "Fischer am ⟦See|Fluss⟧ sitzt trotzdem ⟦im Boot|am Ufer⟧.", CH),
]
