"""German templates of the heldout half of the twenty-first PII bank (pii21_held*), written in German
(du and Sie, Austrian and Swiss variants), not translated from the English ones.

Templates of one genre are separated by a line `~~~`. Slots and alternatives: see pii21_held_core.
A template may start with `§AT§` (or another country code) to fix the country of its addresses and
phone numbers.
"""


def split(block):
    return [t.strip("\n") for t in block.strip("\n").split("\n~~~\n")]


PII = {}
CLEAN = {}

# ================================================================ Fließtext mit personenbezogenen Daten

PII["crm_note"] = split("""
Notiz ⟨date⟩: ⟨p1.full⟩ hat wegen ⟨order⟩ zurückgerufen. ⟦Möchte lieber per Mail kontaktiert werden.¦Bitte nur telefonisch.⟧ Erreichbar unter ⟨ph1⟩. ⟦Stammkundin/Stammkunde, zweimal ⟨pshort⟩ gekauft.¦Keine offenen Punkte.⟧
~~~
Ansprechpartner: ⟨p1.hontitle⟩ (⟨p1.email⟩)
Betreuung: ⟨p2.init⟩
⟦Will Staffelpreise für den Verein¦Fragt nach Händlerkonditionen¦Reklamation wegen verspäteter Lieferung, Gutschrift erledigt⟧. Wiedervorlage ⟨date⟩.
~~~
§AT§hab heute mit ⟨p1.full⟩ telefoniert, ⟦ist umgezogen¦neue Adresse⟧: ⟨a1.line⟩. im Shop geändert, ⟦alte Adresse archiviert¦Rechnung ging noch an die alte⟧. lg ⟨p2.first⟩
~~~
⟨date⟩ | ⟨p1.lf⟩ | Kundenstufe ⟦Gipfel¦Gold¦Basis⟧
Umsatz gesamt ⟨amount⟩, Handy ⟨ph1⟩. Möchte keinen Papierkatalog mehr, Newsletter ja.
erfasst: ⟨p2.short⟩
~~~
§CH§Kontakt von der Messe in ⟨town⟩: ⟨p1.honfull⟩, Einkauf bei ⟨company⟩. ⟦Wünscht Muster vom ⟨pshort⟩ in ⟨colour⟩.¦Interessiert an Grosshandelskonditionen.⟧ Tel. ⟨ph1⟩, Mail ⟨p1.wemail⟩. Zuständig: ⟨p2.full⟩.
""")

PII["support_email"] = split("""
⟨p1.dear⟩,

vielen Dank für Ihre Nachricht zur Bestellung ⟨order⟩. ⟦Es tut uns leid, dass ⟨product.nom⟩ beschädigt angekommen ist.¦Ihre Rücksendung ist am ⟨date⟩ bei uns eingegangen.⟧ Den Betrag von ⟨amount⟩ erstatten wir auf Ihr Konto ⟨iban1⟩.

Mit freundlichen Grüßen
⟨p2.full⟩
Talgrat Kundenservice
~~~
Hallo ⟨p1.first⟩,

⟦kurzes Update¦gute Nachrichten⟧ zu deinem Ticket ⟨ticket⟩: Der Ersatzartikel (⟨pshort⟩) ist ⟦heute rausgegangen¦gepackt⟧, an ⟨a1.two⟩

Wenn etwas nicht stimmt, antworte einfach auf diese Mail.

Liebe Grüße
⟨p2.first⟩ vom Talgrat-Team
~~~
§AT§Grüß Gott,

mein Name ist ⟨p1.full⟩, ich habe am ⟨date⟩ ⟨product.acc⟩ in Größe ⟨size⟩ bestellt. Das Paket ist noch immer nicht da, laut Sendungsverfolgung ⟨track⟩ wurde es zugestellt. Könnten Sie bei der Post nachfragen? Sie erreichen mich unter ⟨ph1⟩.

Danke und liebe Grüße aus ⟨a1.town⟩
⟨p1.first⟩
~~~
§CH§Grüezi ⟨p1.hon⟩

Wir haben Ihre Adressänderung für die Bestellung ⟨order⟩ erhalten. Die Lieferung geht neu an:
⟨a1.two⟩
⟦Falls das nicht stimmt, melden Sie sich bitte bis ⟨time⟩.¦Von Ihrer Seite ist nichts weiter nötig.⟧

Freundliche Grüsse
⟨p2.init⟩, Kundendienst
~~~
Betreff: Riemen fehlt am ⟨pshort⟩

Hi, ⟦hier nochmal ⟨p1.first⟩¦⟨p1.first⟩ hier⟧ – ⟦der Ersatzriemen kam nie an¦der Riemen ist nach zwei Touren gerissen⟧. Bestellnummer ⟨order⟩. Ich bin ⟦unter der Woche¦bis Freitag⟧ unter ⟨a1.line⟩ erreichbar.
Gruß ⟨p1.full⟩
""")

PII["reply_chain"] = split("""
Danke ⟨p1.first⟩, passt so.

Am ⟨date⟩ schrieb ⟨p1.full⟩ <⟨p1.email⟩>:
> Hallo, könnt ihr die Rechnung an meine Büroadresse schicken?
> ⟨a1.line⟩
> Viele Grüße, ⟨p1.first⟩
~~~
Ich nehme ⟨p2.first⟩ in CC, ⟨p2.g:sie:er⟩ betreut den Großhandel.

-----Ursprüngliche Nachricht-----
Von: ⟨p1.full⟩ <⟨p1.wemail⟩>
Gesendet: ⟨date⟩ ⟨time⟩
Betreff: Anfrage Händler

Guten Tag, wir haben ein kleines Bergsportgeschäft und würden gern die ⟨pshort⟩-Serie führen. Rufen Sie mich gern unter ⟨ph1⟩ an.
~~~
> ⟦Könnt ihr die Erstattung bestätigen?¦Gibt es was Neues zu meiner Retoure?⟧
> ⟨p1.short⟩

Hallo ⟨p1.first⟩, ja – ⟨amount⟩ sind heute auf ⟦dein Konto ⟨iban1⟩¦die angegebene IBAN ⟨iban1⟩⟧ rausgegangen.
⟨p2.first⟩
~~~
⟦Zur Info¦Weitergeleitet⟧ – ⟨p2.hon⟩ braucht ⟨product.acc⟩ bis ⟨date⟩ ⟦für eine Tour¦als Geschenk⟧.

>> Von: ⟨p2.email⟩
>> Bitte bei meinem Nachbarn ⟨p3.full⟩, ⟨a1.line⟩, abgeben, falls ich nicht da bin.
>> Danke! ⟨p2.full⟩
~~~
§AT§⟨p1.first⟩ – hab geantwortet, kann zu.

Am ⟨date⟩ um ⟨time⟩ schrieb ⟨p1.email⟩:
> servus, bin umgezogen. das paket zu ⟨order⟩ bitte an
> ⟨a1.two⟩
> tel ⟨ph1⟩ falls der fahrer anrufen muss
""")

PII["signed_review"] = split("""
★★★★★ ⟦Beste Regenjacke bisher¦Jeden Cent wert¦Endlich Socken, die halten⟧
Hatte ⟨product.acc⟩ ⟦bei Dauerregen am Watzmann¦eine Woche im Allgäu¦jeden Tag auf dem Rad zur Arbeit⟧ an und blieb trocken. ⟦Größe passt.¦Lieber eine Nummer größer nehmen.⟧
– ⟨p1.short⟩ aus ⟨town⟩
~~~
„⟦Leicht, warm, klein verpackbar.¦Vom ersten Kilometer an bequem.¦Tolle Taschen, super Schnitt.⟧" ⟨p1.full⟩ über ⟨product⟩
~~~
Bewertung von ⟨p1.init⟩ (verifizierter Kauf) · ⟨date⟩
⟦Drei Sterne.¦Vier Sterne.⟧ ⟨product⟩: ⟦fällt klein aus¦ist warm, aber der Reißverschluss hakt¦ist ok, aber ⟨colour⟩ ist dunkler als auf den Fotos⟧. ⟦Der Umtausch ging schnell.¦Würde wieder kaufen, dann eine Größe größer.⟧
~~~
§CH§Kundenstimme für den Herbstkatalog (freigegeben am ⟨date⟩):
«Ich führe seit zwanzig Jahren Gruppen durchs Engadin, und ⟨product.nom⟩ ist das erste Stück Ausrüstung, das mich nicht nervt.»
⟨p1.full⟩, ⟨p1.g:Bergführerin:Bergführer⟩, ⟨town⟩
~~~
⟨p1.caps⟩ ⟦schreibt¦meint⟧: ⟦„top Ausrüstung, schnelle Lieferung nach ⟨town⟩"¦„⟨product.Nom⟩ hat meine Kinder überlebt"⟧ ★★★★☆
""")

PII["email_signature"] = split("""
Beste Grüße

⟨p1.full⟩
⟦Leitung Einkauf¦Filialleitung¦Kooperationen⟧ | ⟨company⟩
⟨a1.line⟩
Tel. ⟨ph1⟩ · Mobil ⟨ph2⟩
⟨p1.wemail⟩
~~~
--
⟨p1.caps⟩
⟦⟨p1.g:Freie Fotografin:Freier Fotograf⟩¦Text & Konzept¦⟨p1.g:Bergwanderführerin:Bergwanderführer⟩⟧
⟨ph1⟩
⟨p1.email⟩
~~~
§AT§Liebe Grüße
⟨p1.first⟩

⟨p1.full⟩
⟦Community Management¦⟨p1.g:Markenbotschafterin:Markenbotschafter⟩⟧, ⟨a1.town⟩
Mobil: ⟨ph1.intl⟩
Von meinem iPhone gesendet
~~~
§CH§Freundliche Grüsse
⟨p1.init⟩
⟨company⟩ – ⟨a1.two⟩
Tel. ⟨ph1⟩ | ⟨p1.wemail⟩
Diese E-Mail ist vertraulich.
~~~
Gruß ⟨p1.first⟩
________________
⟨p1.full⟩ · ⟨ph1⟩ · ⟨p1.wemail⟩
Steuer-ID ⟨tax1⟩
""")

PII["copy_brief"] = split("""
Briefing: ⟨product⟩ – Kundengeschichte
Im Mittelpunkt steht ⟨p1.full⟩, ⟨p1.g:die:der⟩ ⟦den Lechweg gegangen ist¦einen ersten Ultra gelaufen ist¦die Alpen zu Fuß überquert hat⟧ – mit ⟨product.dat⟩. In der Headline nur der Vorname („⟨p1.first⟩s ⟦großer Tag¦300 Kilometer⟧"). Ton: herzlich, keine Superlative. Abgabe ⟨date⟩. Verantwortlich: ⟨p2.init⟩.
~~~
Textauftrag von ⟨p1.first⟩ (Brand-Team): drei Stichpunkte für die Produktseite ⟨product⟩, je max. 90 Zeichen, Du-Ansprache. Fotos von ⟨p2.full⟩ – bitte in der Bildunterschrift nennen. Rückfragen an ⟨p1.email⟩.
~~~
Newsletter-Briefing KW ⟨n⟩
- Aufmacher: ⟨product⟩ in ⟨colour⟩
- Im Porträt: ⟨p1.full⟩ ⟦(Tirol)¦(Allgäu)¦(Berner Oberland)⟧
- Schlusswort von ⟨p2.full⟩, ⟨p2.g:Gründerin:Gründer⟩
Entwurf an ⟨p3.first⟩ bis ⟨time⟩.
~~~
Bitte einen kurzen Dankes-Post für die ⟦Wander-AG¦Pfadfindergruppe¦Benefizwanderung⟧ von ⟨p1.hon⟩ schreiben – 24 Paar Trittweg-Socken. Name darf genannt werden, Wohnort nicht. Max. 80 Wörter.
""")

PII["team_chat"] = split("""
[⟨time⟩] ⟨p1.lowfirst⟩: hat jemand die retoure von ⟨p2.lower⟩ gesehen? bestellung ⟨order⟩
[⟨time2⟩] ⟨p3.lowfirst⟩: ja, liegt im regal beim packtisch, ⟦falsche größe¦riemen fehlt⟧
[⟨time3⟩] ⟨p1.lowfirst⟩: danke dir
~~~
⟨p1.handle⟩ kannst du ⟨p2.full⟩ zurückrufen? ⟨ph1⟩ – wartet seit ⟦Montag¦gestern¦heute früh⟧
~~~
⟨p1.first⟩: ⟦wer macht morgen das postfach?¦plan für samstag?⟧
⟨p2.first⟩: ich bis 13 uhr, dann ⟨p3.first⟩
⟨p1.first⟩: 👍 und das ⟨pshort⟩-shooting ist auf ⟨date⟩ verschoben
~~~
§AT§fyi: ⟨p1.lower⟩ von ⟦der agentur¦⟨company⟩⟧ kommt donnerstag ins büro, ⟦badge liegt am empfang¦bitte in den 3. stock bringen⟧. handy ⟨ph1⟩ falls ⟨p1.g:sie:er⟩ sich verirrt
~~~
> ⟨p1.handle⟩: ist die erstattung für ⟨p2.full⟩ raus?
jep, ⟨amount⟩ auf ⟨iban1⟩, ⟦um ⟨time⟩¦heute früh⟧
""")

PII["customer_chat"] = split("""
Besucher: hallo, der reißverschluss an ⟨pshort⟩ ist kaputt
⟨p1.first⟩ (Support): Oh nein! Magst du mir deinen Namen und die Bestellnummer geben?
Besucher: ⟨p2.full⟩, ⟨order⟩
⟨p1.first⟩ (Support): Danke ⟨p2.first⟩, das Retourenlabel geht an ⟨p2.email⟩.
~~~
[Chat gestartet ⟨date⟩ ⟨time⟩]
Kunde: ich muss meine lieferadresse ändern
Bot: Klar – wie lautet die neue Adresse?
Kunde: ⟨a1.line⟩
Bot: Und eine Telefonnummer für den Fahrer?
Kunde: ⟨ph1⟩
~~~
§CH§⟨p1.first⟩: gibts ⟨product.acc⟩ wieder in ⟨size⟩?
Talgrat: Hoi ⟨p1.first⟩! ⟦Noch nicht, voraussichtlich ab ⟨date⟩.¦Ja, seit heute Morgen.⟧ Sollen wir dich benachrichtigen?
⟨p1.first⟩: ja gern, ⟨p1.email⟩
~~~
WhatsApp · ⟨ph1.intl⟩
> Hallo, hier ist ⟨p1.full⟩, das Paket ging an die falsche Wohnung
> richtig ist ⟨a1.street⟩
Talgrat Support: Danke ⟨p1.first⟩, wir geben es an den Paketdienst weiter.
""")

PII["call_note"] = split("""
Anruf ⟨date⟩, ⟨time⟩, eingehend, ⟨n⟩ Min.
⟨p1.g:Anruferin:Anrufer⟩: ⟨p1.hon⟩ – Bestellung ⟨order⟩
Anliegen: ⟦doppelt abgebucht¦falsche Farbe geliefert¦Paket hängt im Zoll⟧
Rückruf unter ⟨ph1⟩ ⟦ab 17 Uhr¦morgen Vormittag⟧.
~~~
Mit ⟨p1.full⟩ gesprochen (⟨ph1⟩). Möchte ⟨product.acc⟩ gegen ⟨size⟩ tauschen und bringt es ⟦in die Filiale ⟨town⟩¦zur Post⟧. 5–7 Tage genannt. – ⟨p2.init⟩
~~~
§AT§Mailbox-Abschrift: „Ja grüß Gott, ⟨p1.full⟩ hier, wegen ⟦meiner Rücksendung¦der bestellten Jacke⟧, könnten Sie mich bitte unter ⟨ph1⟩ zurückrufen? Danke, baba."
~~~
Ausgehender Anruf an ⟨p1.honfull⟩ wg. fehlgeschlagener Zahlung. Hinterlegte Karte ⟨card1⟩ abgelehnt. ⟦Neuer Versuch Freitag.¦Kunde/Kundin aktualisiert im Konto.⟧ Unter ⟨ph1⟩ nicht erreicht, dann über ⟨ph2⟩.
""")

PII["order_note"] = split("""
Bestellung ⟨order⟩ – Geschenknotiz: „Alles Gute zum Geburtstag, ⟨p1.first⟩! ⟨p2.g:Deine:Dein⟩ ⟨p2.first⟩"
Lieferung an: ⟨p1.full⟩, ⟨a1.line⟩
~~~
RETOURE ⟨order⟩
Kunde: ⟨p1.lf⟩
Grund: ⟦zu klein¦Farbe anders als abgebildet¦gefällt nicht¦Reißverschluss defekt⟧
Erstattung auf: ⟨iban1⟩
Geprüft von ⟨p2.short⟩ am ⟨date⟩
~~~
Falls niemand öffnet: beim Nachbarn ⟨a1.street⟩ (⟨p1.hon⟩) abgeben. ⟦Nach 20 Uhr nicht klingeln.¦Hund im Garten!⟧
~~~
§CH§Lieferhinweis von ⟨p1.full⟩: ⟦Hintereingang benutzen¦Paketbox neben der Garage¦bei Ankunft anrufen: ⟨ph1⟩⟧. Adresse ⟨a1.two⟩
~~~
Packzettel (intern): ⟨qty⟩ × ⟨sku⟩, ⟨colour⟩. ⟨p1.init⟩ möchte keine Rechnung im Paket – ist ein Geschenk für ⟨p2.full⟩.
""")

PII["prose_mention"] = split("""
Die ⟨pshort⟩-Fotos von ⟨p1.full⟩ sind richtig gut geworden, und ⟨p2.first⟩ findet, zwei davon gehören auf die Startseite.
~~~
Als ⟨p1.full⟩ und ⟨p2.full⟩ sich am Parkplatz trafen, hatte ⟨p1.first⟩ noch den Prototyp dabei.
~~~
Letzten Winter hat ⟨p1.full⟩ ⟨product.acc⟩ auf drei Skitouren getestet; die Notizen liegen im geteilten Ordner, ⟨p2.last⟩ hat sie schon gelesen.
~~~
⟨p1.full⟩ stellt die Herbstkollektion vor, danach folgt ⟨p2.full⟩ mit den Zahlen.
~~~
Den Tippfehler im Katalog hat ⟨p1.first⟩ entdeckt, nicht ⟨p2.first⟩.
""")

PII["subscription_pause"] = split("""
Hallo zusammen,

bitte pausiert mein Socken-Abo (Trittweg, alle ⟦3¦6⟧ Monate) bis ⟨date⟩ – ⟦ich bin auf Reisen¦wir ziehen um¦ich hab gerade genug⟧. Konto: ⟨p1.email⟩.

Danke, ⟨p1.full⟩
~~~
Abo-Änderung ⟨date⟩: ⟨p1.lf⟩ hat Abo ⟨cust⟩ für ⟨n⟩ Wochen pausiert. Nächste Lieferung gestoppt, Karte ⟨card1⟩ wird erst nach Fortsetzung belastet.
~~~
§AT§Hallo ⟨p1.first⟩,

dein Trittweg-Abo ist pausiert. Das nächste Paar schicken wir am ⟨date⟩ an ⟨a1.line⟩, außer du änderst das vorher.

Dein Talgrat-Team
~~~
⟨p1.full⟩ wollte das Quartals-Abo kündigen – ⟦zu viele Socken, ehrlich gesagt¦zu teuer¦Umzug ins Ausland⟧. Pause angeboten, angenommen. Neue Rechnungsadresse ⟨a1.line⟩. ⟨p2.init⟩
""")

PII["stockist_application"] = split("""
Händlerbewerbung
Geschäft: ⟨company⟩
Ansprechperson: ⟨p1.full⟩ (⟨p1.g:Inhaberin:Inhaber⟩)
Adresse: ⟨a1.line⟩
Telefon: ⟨ph1⟩
E-Mail: ⟨p1.wemail⟩
Warum Talgrat? ⟦Unsere Kundschaft fragt ständig nach Merino.¦Wir eröffnen eine zweite Filiale in ⟨town⟩.⟧
~~~
Sehr geehrtes Talgrat-Team,

ich bin ⟨p1.full⟩, ⟦⟨p1.g:Einkäuferin:Einkäufer⟩¦⟨p1.g:Mitinhaberin:Mitinhaber⟩⟧ bei ⟨company⟩. Wir möchten ⟦ab Frühjahr¦ab Herbst⟧ die Serien ⟨pshort⟩ und ⟨pshort2⟩ führen. Unser Laden: ⟨a1.two⟩

Zahlung per Überweisung von ⟨iban1⟩; für die Gewerbeanmeldung meine Steuer-ID ⟨tax1⟩. Telefonisch unter ⟨ph1⟩.

Mit freundlichen Grüßen
⟨p1.full⟩
~~~
§CH§Neuer Händlerkontakt von der Messe: ⟨p1.honfull⟩, ⟨company⟩, ⟨town⟩. Preisliste am ⟨date⟩ an ⟨p1.wemail⟩ geschickt. ⟦Wünscht 30 Tage Zahlungsziel.¦Mindestbestellmenge besprochen: ⟨amount⟩.⟧
~~~
§AT§Betreff: Ihre Bewerbung als Händler

⟨p1.dear⟩, danke für Ihr Interesse. ⟨p2.full⟩ aus unserem Großhandel ruft Sie ⟦diese Woche¦am ⟨date⟩⟧ unter ⟨ph1⟩ an, um die Konditionen zu besprechen.
""")

PII["sponsorship_request"] = split("""
Hallo Talgrat!

Ich bin ⟨p1.full⟩, ⟦⟨p1.g:Vorsitzende:Vorsitzender⟩¦⟨p1.g:Kassenwartin:Kassenwart⟩¦⟨p1.g:Trainerin:Trainer⟩⟧ vom ⟦Lauftreff¦Alpenverein-Jugend¦Orientierungslauf-Verein⟧ ⟨town⟩. Wir suchen einen Sponsor für ⟦unseren Herbstlauf¦die Vereinsjacken der Jugend⟧ – ⟦15 Jacken¦Preise fürs Podium⟧ würden uns riesig helfen. Abends erreichst du mich unter ⟨ph1⟩.

⟨p1.first⟩
~~~
Sponsoring-Anfrage Nr. ⟨int⟩
Von: ⟨p1.lf⟩, ⟨p1.email⟩
Veranstaltung: ⟦Benefizwanderung¦Bergmarathon¦Schulexpedition⟧, ⟨date⟩
Wunsch: ⟨qty⟩ × ⟨product⟩
Entscheidung: ⟦abgelehnt, Budget aufgebraucht¦freigegeben von ⟨p2.first⟩¦zurückgestellt⟧
~~~
Sehr geehrte Damen und Herren,
⟨p1.g:unsere Tochter:unser Sohn⟩ ⟨p1.first⟩ sammelt Spenden für ⟨p1.g:ihre:seine⟩ ⟦Kilimandscharo-Besteigung¦Klassenfahrt in die Hohen Tauern⟧. Würden Sie einen Preis für die Tombola spenden? Antwort bitte an ⟨p2.email⟩ oder per Post an ⟨a1.line⟩.
Herzlichen Dank, ⟨p2.full⟩
~~~
Notiz: ⟨p1.full⟩ (Expeditionsleitung) fragt wieder nach Ausrüstung. Letztes Jahr ⟨qty⟩ × ⟨product⟩. ⟨p2.first⟩ sagt ja, wenn sie uns markieren. Konto für den Geldanteil: ⟨iban1⟩.
""")

PII["newsletter_reply"] = split("""
AW: ⟦Der Herbst ist da 🍂¦Neu: ⟨pshort⟩¦Tourentipps fürs Wochenende⟧

Bitte nehmen Sie mich aus dem Verteiler, ich habe schon zweimal darum gebeten. ⟨p1.email⟩

⟨p1.full⟩
~~~
Toller Artikel zum ⟦Zwiebelprinzip¦Merino waschen⟧! Kurze Frage: liefert ihr auch nach ⟨town⟩? Danke, ⟨p1.first⟩ (⟨p1.email⟩)
~~~
§CH§Grüezi, ich antworte auf euren Newsletter. An ⟨product.dat⟩ vom ⟨date⟩ ist ⟦ein Knopf abgefallen¦die Naht undicht⟧. Ich wohne an der ⟨a1.line⟩, falls ihr jemanden vorbeischicken wollt 😉
⟨p1.short⟩
~~~
Automatisch weitergeleitete Antwort von ⟨p1.email⟩:
„Hier schreibt ⟨p1.g:der Ehemann:die Ehefrau⟩ von ⟨p1.full⟩, ⟨p1.g:sie:er⟩ ist letztes Jahr verstorben. Bitte schicken Sie keine Post mehr."
→ ⟨p2.first⟩: abgemeldet, aus dem CRM gelöscht.
""")

PII["preorder_request"] = split("""
Hallo, kann ich ⟨product.acc⟩ in ⟨colour⟩, Größe ⟨size⟩ vorbestellen? Bezahle gern gleich mit ⟨card1⟩. Name ⟨p1.full⟩, Lieferung an ⟨a1.line⟩.
~~~
Vormerkliste (⟨pshort⟩ Nachlieferung, ca. ⟨date⟩):
1. ⟨p1.full⟩ – ⟨size⟩ – ⟨ph1⟩
2. ⟨p2.full⟩ – ⟨size2⟩ – ⟨p2.email⟩
3. ⟨p3.init⟩ – ⟨size3⟩ – ⟨ph3⟩
~~~
⟨p1.dear⟩, Ihre Vorbestellung ⟨order⟩ für ⟨product⟩ ist bestätigt. Wir belasten Ihre Karte erst beim Versand (voraussichtlich ⟨date⟩) und liefern an ⟨a1.two⟩
~~~
§AT§⟨p1.g:Kundin:Kunde⟩ ⟨p1.full⟩ möchte ⟨qty⟩ Stück ⟨product⟩ für die ⟦Wandergruppe¦Firma⟧ reservieren. ⟦Zahlt per Überweisung, IBAN ⟨iban1⟩.¦Rückruf unter ⟨ph1⟩.⟧
""")

PII["gift_card_enquiry"] = split("""
Hallo, ich habe von ⟨p1.full⟩ einen Gutschein (⟨voucher⟩) zum Geburtstag bekommen, aber das Guthaben zeigt 0 €. Könnt ihr das prüfen? ⟨p2.full⟩, ⟨p2.email⟩
~~~
Gutschein ⟨voucher⟩
Für: ⟨p1.first⟩
Von: ⟨p2.first⟩ & ⟨p3.first⟩
Nachricht: „Für dein nächstes Abenteuer!"
Versand an: ⟨p1.email⟩ am ⟨date⟩
~~~
⟨p1.dear⟩, der Gutschein für ⟨p2.full⟩ wurde ⟦als Karte an ⟨a1.line⟩¦per Mail an ⟨p2.email⟩⟧ verschickt. Guthaben: ⟨amount⟩.
~~~
§CH§Guthabenabfrage per Telefon (⟨ph1⟩): ⟨p1.hon⟩ hat die Karte verloren, Quittung liegt vor. Neu ausgestellt: ⟨voucher⟩ an ⟨p1.email⟩. – ⟨p2.short⟩
""")

# ================================================================ Layouts mit personenbezogenen Daten

PII["lead_list"] = split("""
Vorname;Nachname;E-Mail;Telefon;Ort
⟨p1.first⟩;⟨p1.last⟩;⟨p1.email⟩;⟨ph1⟩;⟨town⟩
⟨p2.first⟩;⟨p2.last⟩;⟨p2.email⟩;⟨ph2⟩;⟨town2⟩
~~~
"Name";"Firma";"E-Mail";"Quelle"
"⟨p1.lf⟩";"⟨company⟩";"⟨p1.wemail⟩";"Messe ⟨date⟩"
"⟨p2.lf⟩";"⟨company2⟩";"⟨p2.wemail⟩";"Website"
"⟨p3.capslast⟩";"";"⟨p3.email⟩";"Newsletter"
~~~
LEADS – ⟦OUTDOOR-MESSE¦WEBINAR⟧ ⟨date⟩
⟨p1.capslast⟩, ⟨ph1⟩, heiß
⟨p2.capslast⟩, ⟨ph2⟩, warm
⟨p3.capslast⟩, ⟨p3.email⟩, kalt
~~~
Nr;Anrede;Name;Mobil;Straße
⟨int⟩;⟦Frau¦Herr⟧;⟨p1.full⟩;⟨ph1⟩;⟨a1.street⟩
⟨int2⟩;⟦Frau¦Herr⟧;⟨p2.full⟩;⟨ph2⟩;⟨a2.street⟩
""")

PII["feed_row"] = split("""
id	titel	preis	gtin	ansprechpartner	kontakt
⟨sku⟩	⟨product⟩	⟨price⟩	⟨gtin⟩	⟨p1.full⟩	⟨p1.wemail⟩
~~~
<item>
  <g:id>⟨sku⟩</g:id>
  <g:title>⟨product⟩</g:title>
  <g:gtin>⟨gtin⟩</g:gtin>
  <g:price>⟨price⟩</g:price>
  <g:custom_label_0>Feed-Verantwortung: ⟨p1.full⟩, ⟨ph1⟩</g:custom_label_0>
</item>
~~~
artikelnr;bezeichnung;farbe;preis;lieferant_kontakt;lieferant_tel
⟨sku⟩;"⟨product⟩";⟨colour⟩;⟨price⟩;"⟨p1.lf⟩";⟨ph1⟩
~~~
{"offerId": "⟨sku⟩", "title": "⟨product⟩", "gtin": "⟨gtin⟩", "verfuegbarkeit": "auf Lager", "haendlerKontakt": {"name": "⟨p1.full⟩", "email": "⟨p1.wemail⟩"}}
""")

PII["cart_recovery_json"] = split("""
{
  "ereignis": "warenkorb.abgebrochen",
  "warenkorb_id": "⟨uuid⟩",
  "zeitpunkt": "⟨ts⟩",
  "kunde": {
    "vorname": "⟨p1.first⟩",
    "nachname": "⟨p1.last⟩",
    "email": "⟨p1.email⟩",
    "telefon": "⟨ph1.intl⟩"
  },
  "positionen": [{"sku": "⟨sku⟩", "titel": "⟨product⟩", "menge": ⟨qty⟩}],
  "ip": "⟨ip1⟩"
}
~~~
{"typ":"erinnerung","gesendet":"⟨ts⟩","an":"⟨p1.email⟩","name":"⟨p1.full⟩","artikel":["⟨sku⟩","⟨sku2⟩"],"rabatt":"⟨pct⟩ %","ip":"⟨ip1⟩"}
~~~
[
  {"korb": "⟨hash⟩", "mail": "⟨p1.email⟩", "name": "⟨p1.full⟩", "wert": "⟨amount⟩"},
  {"korb": "⟨hash2⟩", "mail": "⟨p2.email⟩", "name": "⟨p2.full⟩", "wert": "⟨amount2⟩"}
]
~~~
{
  "abgebrochener_checkout": {
    "id": ⟨int⟩,
    "lieferadresse": {"name": "⟨p1.full⟩", "strasse": "⟨a1.street⟩", "telefon": "⟨ph1⟩"},
    "browser_ip": "⟨ip1⟩",
    "summe": "⟨amount⟩"
  }
}
""")

PII["yaml_record"] = split("""
kunde:
  name: ⟨p1.full⟩
  email: ⟨p1.email⟩
  telefon: "⟨ph1⟩"
  adresse: "⟨a1.line⟩"
  stufe: ⟦gold¦silber¦basis⟧
  seit: ⟨isodate⟩
~~~
- nr: ⟨int⟩
  kontakt: ⟨p1.lf⟩
  mobil: "⟨ph1⟩"
- nr: ⟨int2⟩
  kontakt: ⟨p2.lf⟩
  mobil: "⟨ph2⟩"
~~~
webhook:
  thema: erstattung/erstellt
  empfangen: ⟨ts⟩
  daten:
    bestellung: "⟨order⟩"
    iban: ⟨iban1⟩
    kontoinhaber: ⟨p1.full⟩
    quell_ip: ⟨ip1⟩
~~~
freelancer:
  name: ⟨p1.full⟩
  steuer_id: "⟨tax1⟩"
  anschrift: "⟨a1DE.line⟩"
  auszahlung_iban: ⟨iban1⟩
""")

PII["audience_upload"] = split("""
email	phone	fn	ln	country
⟨p1.email⟩	⟨ph1.intl⟩	⟨p1.first⟩	⟨p1.last⟩	⟦DE¦AT¦CH⟧
⟨p2.email⟩	⟨ph2.intl⟩	⟨p2.first⟩	⟨p2.last⟩	⟦DE¦AT¦CH⟧
⟨p3.email⟩	⟨ph3.intl⟩	⟨p3.first⟩	⟨p3.last⟩	⟦DE¦AT¦CH⟧
~~~
# Zielgruppe: inaktive Käufer ⟨date⟩
E-Mail	Vorname	Nachname
⟨p1.email⟩	⟨p1.first⟩	⟨p1.last⟩
⟨p2.email⟩	⟨p2.first⟩	⟨p2.last⟩
~~~
telefon	name	plz
⟨ph1⟩	⟨p1.full⟩	⟨plz⟩
⟨ph2⟩	⟨p2.full⟩	⟨plz2⟩
~~~
Lookalike-Liste – bis ⟨date⟩ bei Meta hochladen
⟨p1.email⟩	⟨p1.full⟩
⟨p2.email⟩	⟨p2.full⟩
⟨p3.email⟩	⟨p3.full⟩
""")

PII["review_moderation"] = split("""
| Bewertung | Autor | Status | Hinweis |
| --- | --- | --- | --- |
| ⟨int⟩ | ⟨p1.short⟩ | freigegeben | – |
| ⟨int2⟩ | ⟨p2.full⟩ | zurückgehalten | Telefonnummer ⟨ph1⟩ im Text |
| ⟨int3⟩ | anonym | abgelehnt | Spam |
~~~
## Moderation ⟨date⟩

| ID | Produkt | Verfasser/in | E-Mail | Aktion |
|---|---|---|---|---|
| ⟨int⟩ | ⟨pshort⟩ | ⟨p1.full⟩ | ⟨p1.email⟩ | veröffentlichen |
| ⟨int2⟩ | ⟨pshort2⟩ | ⟨p2.init⟩ | ⟨p2.email⟩ | Foto anfragen |
~~~
| Verfasser/in | Sterne | Markierung |
|:--|:-:|:--|
| ⟨p1.full⟩ | 5 | nennt Adresse: ⟨a1.line⟩ – vor Veröffentlichung schwärzen |
| ⟨p2.short⟩ | 2 | keine |
~~~
Moderation: ⟨p1.first⟩

| # | Text (Auszug) | von |
| - | - | - |
| 1 | „⟨pshort⟩ ist top" | ⟨p2.short⟩ |
| 2 | „fragt in der Filiale ⟨town⟩ nach ⟨p3.full⟩" | ⟨p4.short⟩ |
""")

PII["html_form"] = split("""
<form action="/konto/adresse" method="post">
  <label>Vor- und Nachname <input name="name" value="⟨p1.full⟩"></label>
  <label>Straße und Hausnummer <input name="strasse" value="⟨a1.street⟩"></label>
  <label>Telefon <input name="tel" value="⟨ph1⟩"></label>
  <button>Speichern</button>
</form>
~~~
<input type="email" name="email" value="⟨p1.email⟩">
<input type="text" name="vorname" value="⟨p1.first⟩">
<input type="text" name="nachname" value="⟨p1.last⟩">
<input type="hidden" name="ip" value="⟨ip1⟩">
~~~
<div class="kontakt">
  <p><strong>⟨p1.full⟩</strong></p>
  <p>⟨a1.line⟩</p>
  <p><a href="tel:⟨ph1⟩">⟨ph1⟩</a></p>
</div>
~~~
<form id="lastschrift">
  <input name="kontoinhaber" value="⟨p1.caps⟩">
  <input name="iban" value="⟨iban1⟩">
  <input name="steuerid" value="⟨tax1⟩">
</form>
""")

PII["sql_dump"] = split("""
INSERT INTO kunden (id, vorname, nachname, email, telefon) VALUES
(⟨int⟩, '⟨p1.first⟩', '⟨p1.last⟩', '⟨p1.email⟩', '⟨ph1⟩'),
(⟨int2⟩, '⟨p2.first⟩', '⟨p2.last⟩', '⟨p2.email⟩', '⟨ph2⟩');
~~~
mysql> SELECT name, strasse, letzte_ip FROM versand WHERE bestell_id = ⟨int⟩;
+----------------------+
| ⟨p1.full⟩ | ⟨a1.street⟩ | ⟨ip1⟩ |
+----------------------+
1 row in set (0.01 sec)
~~~
UPDATE kunden SET email = '⟨p1.email⟩', iban = '⟨iban1.compact⟩' WHERE id = ⟨int⟩; -- Wunsch von ⟨p2.first⟩, ⟨date⟩
~~~
-- Export ⟨date⟩
COPY public.newsletter (email, name, anmelde_ip) FROM stdin;
⟨p1.email⟩	⟨p1.full⟩	⟨ip1⟩
⟨p2.email⟩	⟨p2.full⟩	⟨ip2⟩
\\.
""")

PII["server_log"] = split("""
⟨ip1⟩ - - [⟨date⟩:⟨time⟩ +0100] "POST ⟨path⟩ HTTP/1.1" 200 512 "-" "⟨ua⟩"
⟨ip2⟩ - - [⟨date⟩:⟨time2⟩ +0100] "GET ⟨path2⟩ HTTP/2" 302 0 "-" "⟨ua2⟩"
~~~
⟨ts⟩ INFO  auth: Anmeldung ok benutzer=⟨p1.email⟩ ip=⟨ip1⟩
⟨ts2⟩ WARN  auth: 3 Fehlversuche benutzer=⟨p2.email⟩ ip=⟨ip2⟩
~~~
⟨ts⟩ [kasse] bestellung=⟨order⟩ kunde="⟨p1.full⟩" remote=⟨ip1⟩ status=bezahlt
~~~
level=error ts=⟨ts⟩ msg="Adressprüfung fehlgeschlagen" eingabe="⟨a1.line⟩" client=⟨ip1⟩ svc=⟨ver⟩
""")

PII["mail_header"] = split("""
Return-Path: <⟨p1.email⟩>
Received: from [⟨ip1⟩] by mx.talgrat.de; ⟨date⟩ ⟨time⟩
From: "⟨p1.full⟩" <⟨p1.email⟩>
To: ⟨em1⟩
Subject: ⟦Retoure ⟨order⟩¦Frage zu ⟨pshort⟩⟧
~~~
Von: ⟨p1.lf⟩ <⟨p1.wemail⟩>
An: ⟨p2.full⟩ <⟨p2.wemail⟩>
Cc: ⟨p3.email⟩
Datum: ⟨date⟩
Betreff: AW: Vororder Frühjahr
X-Originating-IP: [⟨ip1⟩]
~~~
Delivered-To: ⟨p1.email⟩
Received: from mail.example-handel.de (⟨ip1⟩)
Reply-To: ⟨p2.full⟩ <⟨p2.email⟩>
Thread-Index: AQH⟨hash⟩==
~~~
von:     ⟨p1.full⟩ <⟨p1.email⟩>
an:      ⟨em1⟩
datum:   ⟨date⟩, ⟨time⟩
betreff: Paket für ⟨p2.first⟩
""")

PII["vcard"] = split("""
BEGIN:VCARD
VERSION:3.0
N:⟨p1.last⟩;⟨p1.first⟩;;;
FN:⟨p1.full⟩
TEL;TYPE=CELL:⟨ph1⟩
EMAIL:⟨p1.email⟩
ADR;TYPE=HOME:;;⟨a1.street⟩;⟨a1.town⟩;;⟨a1.pc⟩;⟨a1.country⟩
END:VCARD
~~~
BEGIN:VCARD
VERSION:4.0
FN:⟨p1.full⟩
ORG:⟨company⟩
TEL;VALUE=uri;TYPE=work:tel:⟨ph1.intl⟩
END:VCARD
~~~
BEGIN:VCARD
VERSION:2.1
N:⟨p1.last⟩;⟨p1.first⟩
EMAIL;INTERNET:⟨p1.wemail⟩
NOTE:Kennengelernt auf der Messe in ⟨town⟩
END:VCARD
~~~
BEGIN:VCARD
VERSION:3.0
FN:⟨p1.full⟩
TEL;TYPE=HOME:⟨ph1⟩
TEL;TYPE=CELL:⟨ph2⟩
END:VCARD
""")

PII["ical"] = split("""
BEGIN:VEVENT
DTSTART:20261014T090000Z
SUMMARY:Anprobe mit ⟨p1.full⟩ – ⟨pshort⟩
LOCATION:⟨a1.line⟩
ORGANIZER;CN=⟨p2.full⟩:mailto:⟨p2.wemail⟩
END:VEVENT
~~~
BEGIN:VEVENT
SUMMARY:Rückruf ⟨p1.hon⟩ (⟨ph1⟩)
DESCRIPTION:wg. ⟨order⟩
DTSTART:20270203T140000
END:VEVENT
~~~
BEGIN:VCALENDAR
BEGIN:VEVENT
SUMMARY:Fotoshooting ⟨pshort⟩
ATTENDEE;CN=⟨p1.full⟩:mailto:⟨p1.email⟩
ATTENDEE;CN=⟨p2.full⟩:mailto:⟨p2.email⟩
END:VEVENT
END:VCALENDAR
~~~
BEGIN:VEVENT
UID:⟨uuid⟩
SUMMARY:Abholung im Laden ⟨order⟩
DESCRIPTION:Kunde ⟨p1.full⟩\\, Handy ⟨ph1⟩
DTSTART:20261120T160000
END:VEVENT
""")

PII["ocr_scan"] = split("""
RÜCKSENDESCHEIN
Narne: ⟨p1.full⟩
Anschr1ft: ⟨a1.line⟩
Best.-Nr: ⟨order⟩
Grund: zu k1ein
~~~
[Scan S. 1] Lieferanschrift
⟨p1.caps⟩
⟨a1.two⟩
Te1.: ⟨ph1⟩
~~~
G A R A N T I E A N T R A G
Kunde ⟨p1.lf⟩ ... Datum ⟨date⟩
Erstattungskonto ⟨iban1⟩
Unterschrift: ⟨p1.init⟩
~~~
~~ Fax ~~ von ⟨company⟩ ~~ S. 1/1
z. Hd. ⟨p1.hon⟩
Bitte Rückruf unter ⟨ph1⟩ wegen Rechnung ⟨order⟩
""")

# ================================================================ ohne personenbezogene Daten

CLEAN["product_copy"] = split("""
⟨product⟩: gemacht für ⟦lange Regentage¦kalte Grate¦schnelle Touren⟧. Neu in ⟨colour⟩, ⟨price⟩, Artikelnummer ⟨sku⟩, GTIN ⟨gtin⟩.
~~~
⟨product.Nom⟩ hält mit, ob du wie ein Wolf allein übers Plateau ziehst oder mit der ganzen Hütte unterwegs bist. Größen ⟨size⟩ bis ⟨size2⟩. ⟨price⟩.
~~~
Pflege: ⟨pshort⟩ bei 30 °C waschen, ohne Weichspüler. ⟦Nicht auf die Heizung legen – auch wenn der Koch auf der Hütte das anders macht.¦An der Luft trocknen, nicht in der Sonne.⟧ Nach ⟨n⟩ Wäschen neu imprägnieren.
~~~
Neu im Mai: ⟨product⟩ in ⟨colour⟩ (⟨sku⟩), EAN ⟨gtin⟩. Versand aus unserem Lager in ⟨town⟩.
""")

CLEAN["campaign_copy"] = split("""
⟦Frühlingsaktion¦Wochenend-Deal¦Mitgliederwoche⟧: ⟨pct⟩ % auf die ⟨pshort⟩-Serie, ⟨days⟩ Tage lang ab ⟨date⟩. ⟦Kein Code nötig.¦Mit dem Code ⟨voucher⟩ im Warenkorb.⟧
~~~
Wer im Winter auf den Berg will, braucht keinen Fuchs im Nacken, sondern eine warme Jacke: ⟨product⟩, jetzt ⟨price⟩.
~~~
Betreffzeilen für den ⟨pshort⟩-Launch:
1. Regen? Na und.
2. Dein neuer Lieblings-⟦Rucksack¦Begleiter⟧ ist da
3. ⟨price⟩ – gebaut für ⟦zehn Saisons¦viele Jahre⟧
~~~
Insta: Spuren von Wolf und Luchs im Schnee, ⟨time⟩ am Grat, und ⟨product.nom⟩ hält warm. 🏔️ #talgrat
""")

CLEAN["help_article"] = split("""
Wie sende ich etwas zurück?
Logg dich ein, öffne die Bestellung und wähle „Rücksendung". Label drucken, Paket bei der Post abgeben. Die Erstattung dauert 5–10 Tage. Heb die Sendungsnummer (z. B. ⟨track⟩) bis dahin auf.
~~~
⟦Kann ich eine c/o-Adresse angeben?¦Wohin kommt „c/o"?¦Lieferung ins Hinterhaus – was trage ich ein?⟧
⟦Ja – den c/o-Namen bitte in die zweite Adresszeile.¦Den c/o-Zusatz schreibst du in die Zeile „Adresszusatz".⟧ ⟦Hinterhaus, Stiege oder Tür gehören ebenfalls dorthin.¦Eine Postfach-Adresse geht nur für Briefe, nicht für Pakete.¦Packstationen wählst du direkt im Checkout.⟧ ⟦Ändern kannst du das, bis die Bestellung gepackt ist (meist ⟨n⟩ Stunden).¦Fragen? Schreib uns mit der Bestellnummer ⟨order⟩.⟧
~~~
Wo finde ich meine Rechnung?
Die Rechnung liegt in deinem Kundenkonto und kommt zusätzlich in dein E-Mail-Postfach. Bestellnummern sehen so aus: ⟨order⟩, Kundennummern so: ⟨cust⟩.
~~~
Welche Größe passt?
Unser Größenberater vergleicht deine übliche Größe mit der Passform von ⟨pshort⟩. Zwischen zwei Größen? Nimm die größere, wenn du darunter Schichten trägst. Die Größentabelle ist seit App-Version ⟨ver⟩ aktualisiert.
""")

CLEAN["shipping_status"] = split("""
Dein Paket ⟨track⟩ ist unterwegs. Voraussichtliche Zustellung: ⟨date⟩ zwischen ⟨time⟩ und ⟨time2⟩. Bestellung ⟨order⟩, ⟨qty⟩ Artikel.
~~~
Zustellversuch am ⟨date⟩ fehlgeschlagen. Dein Paket liegt 7 Tage in der Filiale in ⟨town⟩ (PLZ ⟨plz⟩). Referenz ⟨order_phone⟩.
~~~
Update: Bestellung ⟨order⟩ wurde auf zwei Pakete aufgeteilt: ⟨track⟩ und ⟨track2⟩.
~~~
Verzollt am ⟨date⟩ um ⟨time⟩. Einfuhrabgaben: ⟨amount⟩. Kundenreferenz ⟨order_phone⟩.
""")

CLEAN["supplier_note"] = split("""
⟨company⟩ hat die Kartonlieferung für den ⟨date⟩ bestätigt. ⟦Paletten an Tor 3.¦Rechnung zum Monatsende.⟧ Auftrag ⟨order⟩.
~~~
Verpackungsprüfung: ⟨company⟩ und ⟨company2⟩ erfüllen beide die Recyclingquote. Nächste Prüfung ⟨date⟩.
~~~
Frachtangebot von ⟨company⟩: ⟨amount⟩ pro Palette nach ⟨town⟩, Laufzeit ⟨n⟩ Tage. Rückfragen an die Zentrale, Postfach steht auf der Rechnung.
~~~
Etikettendrucker von ⟨company⟩ auf Firmware ⟨ver⟩ aktualisiert, Testdruck mit GTIN ⟨gtin⟩ ok.
""")

CLEAN["internal_memo"] = split("""
Bestandsplanung: ⟨pshort⟩ in ⟨colour⟩ ist in ⟨town⟩ am schnellsten weg. ⟨n⟩00 Stück vor dem ⟨date⟩ nachbestellen.
~~~
Erinnerung: Das Lager schließt am ⟨date⟩ um ⟨time⟩ wegen Inventur. An dem Tag kein Versand.
~~~
Das Shooting für ⟨pshort⟩ ist auf den ⟨date⟩ verschoben. Treffpunkt ⟨time⟩ an der Hütte oberhalb vom Dorf, der Bauer bringt uns mit dem Traktor hoch. Muster in ⟨colour⟩ mitnehmen.
~~~
Zahlen Q3: Retourenquote ⟨pct⟩ %, Warenkorb im Schnitt ⟨amount⟩. ⟦Der Artikel¦Das Produkt⟧ ⟨product⟩ bleibt unser meistretourniertes Produkt (Größe). Im Winter wieder prüfen.
""")

CLEAN["catalogue_rows"] = split("""
artikelnr	bezeichnung	farbe	preis	gtin
⟨sku⟩	⟨product⟩	⟨colour⟩	⟨price⟩	⟨gtin⟩
⟨sku2⟩	⟨product2⟩	⟨colour2⟩	⟨price2⟩	⟨gtin2⟩
~~~
id;titel;verfügbarkeit;preis
⟨sku⟩;"⟨product⟩";auf Lager;⟨price⟩
⟨sku2⟩;"⟨product2⟩";vorbestellbar;⟨price2⟩
~~~
<item><g:id>⟨sku⟩</g:id><g:title>⟨product⟩</g:title><g:gtin>⟨gtin⟩</g:gtin><g:price>⟨price⟩</g:price></item>
~~~
{"offerId": "⟨sku⟩", "titel": "⟨product⟩", "gtin": "⟨gtin⟩", "farbe": "⟨colour⟩", "groessen": ["⟨size⟩", "⟨size2⟩"]}
""")

CLEAN["config_snippet"] = split("""
shop:
  locale: de-DE
  waehrung: EUR
  versandkostenfrei_ab: 50
  version: "⟨ver⟩"
~~~
{"dienst": "groessenberater", "version": "⟨ver⟩", "timeout_ms": ⟨int⟩, "wiederholungen": 3}
~~~
[retouren]
frist_tage = 30
label_anbieter = "dhl"
build = "⟨ver⟩"
~~~
feature_flags:
  winter_banner: true
  mai_aktion: false
  release: ⟨ver⟩
""")

CLEAN["stock_table"] = split("""
| Artikel | Produkt | Kempten | Wien | Zürich |
|---|---|---|---|---|
| ⟨sku⟩ | ⟨pshort⟩ | ⟨n⟩ | ⟨n2⟩ | ⟨n3⟩ |
| ⟨sku2⟩ | ⟨pshort2⟩ | ⟨n4⟩ | ⟨n5⟩ | ⟨n6⟩ |
~~~
| PLZ | Ort | Lieferzeit |
| --- | --- | --- |
| ⟨plz⟩ | ⟨town⟩ | 2 Tage |
| ⟨plz2⟩ | ⟨town2⟩ | 3 Tage |
~~~
| Woche | Bestellungen | Retouren |
|---|---|---|
| ⟨date⟩ | ⟨int⟩ | ⟨n⟩ |
| ⟨date2⟩ | ⟨int2⟩ | ⟨n2⟩ |
~~~
| Farbe | Stück |
|---|---|
| ⟨colour⟩ | ⟨int⟩ |
| ⟨colour2⟩ | ⟨int2⟩ |
""")

CLEAN["job_log"] = split("""
⟨ts⟩ INFO feed-export: ⟨n⟩ Artikel geschrieben, ⟨n2⟩ übersprungen (GTIN fehlt)
⟨ts2⟩ INFO feed-export: fertig nach ⟨n3⟩ s
~~~
⟨ts⟩ WARN lager-sync: ⟨sku⟩ negativer Bestand auf 0 korrigiert
~~~
⟨ts⟩ ERROR etikettendrucker: Auftrag ⟨int⟩ fehlgeschlagen (Papier leer), neuer Versuch ⟨time⟩
~~~
[⟨ts⟩] deploy ⟨ver⟩ → produktion ok (build ⟨hash⟩)
""")

PROSE = ["crm_note", "support_email", "reply_chain", "signed_review", "email_signature", "copy_brief",
         "team_chat", "customer_chat", "call_note", "order_note", "prose_mention", "subscription_pause",
         "stockist_application", "sponsorship_request", "newsletter_reply", "preorder_request",
         "gift_card_enquiry"]
LAYOUT = ["lead_list", "feed_row", "cart_recovery_json", "yaml_record", "audience_upload", "review_moderation",
          "html_form", "sql_dump", "server_log", "mail_header", "vcard", "ical", "ocr_scan"]
CLEAN_PROSE = ["product_copy", "campaign_copy", "help_article", "shipping_status", "supplier_note", "internal_memo"]
CLEAN_LAYOUT = ["catalogue_rows", "config_snippet", "stock_table", "job_log"]
