"""German templates of the eleventh PII bank (Germany, Austria, Switzerland).

`PII[genre]` and `CLEAN[genre]` are template lists, `PHRASES[name]` phrase lists. Every list is cut
into halves by position: even positions build dev11, odd positions heldout11. A template that
starts with `§DE§`, `§AT§` or `§CH§` fixes the country of its people and addresses.
Slots and alternatives are described in `pii11_core.py`.
"""

PHRASES = {
    "hi_sie": [
        "{p1.sal},",
        "Guten Tag {p1.full},",
        "Hallo {p1.hon},",
        "Guten Tag {p1.hon},",
        "Guten Morgen {p1.hon},",
        "Hallo {p1.full},",
        "{p1.sal}",
        "Guten Tag {p1.honf},",
    ],
    "hi_du": [
        "Hallo {p1.first},",
        "Hi {p1.first},",
        "{p1.lieb},",
        "Moin {p1.first},",
        "Servus {p1.first},",
        "Hey {p1.first},",
        "Hallo {p1.nick},",
        "Grüß dich, {p1.first},",
    ],
    "signoff": [
        "Viele Grüße",
        "Beste Grüße",
        "Mit freundlichen Grüßen",
        "Liebe Grüße",
        "Herzliche Grüße",
        "Freundliche Grüße",
        "Schöne Grüße",
        "Danke und viele Grüße",
        "Sonnige Grüße aus Freiburg",
        "MfG",
    ],
    "sig_staff": [
        "{s.full}\nKundenservice | Talgrat\n{s.work}",
        "{s.first} vom Talgrat-Service",
        "{s.caps}\nTeamleitung Onlineservice\nTalgrat Outdoor GmbH\nTel. {s.phone}",
        "{s.first} (Filiale {d.store})",
        "{s.fLAST}\nTalgrat · Werkstatt\n{s.work} · {s.phone}",
        "{s.ini}\nRetouren & Reparaturen",
        "{s.full} | Talgrat | Tel.: {s.phone}",
        "i. A. {s.full}\nKundenservice",
        "--\n{s.full}\nCustomer Experience\nTalgrat Outdoor GmbH · Freiburg",
        "{s.nick} vom Talgrat-Team",
    ],
    "quote_head": [
        "Am {d.date} um {d.hhmm} schrieb {p1.full} <{p1.email}>:",
        "-----Ursprüngliche Nachricht-----\nVon: {p1.full} <{p1.email}>\nGesendet: {d.weekday}, {d.date} {d.hhmm}\nAn: Talgrat Kundenservice\nBetreff: AW: Bestellung {d.order1}",
        "{p1.full} <{p1.email}> schrieb am {d.weekday}, {d.date}:",
        "Von: {p1.email}\nDatum: {d.date}\nBetreff: Frage zu {d.kind}",
        "Am {d.date} schrieb {p1.email}:",
        "________________________________\nVon: {p1.full}\nGesendet: {d.date} {d.hhmm}\nBetreff: meine Bestellung",
    ],
}

PII = {
    # ------------------------------------------------------------------ Slack/Teams
    "team_chat": [
        """#filiale-{d.store}
{s.lc}: hab grad mit {p1.flc} telefoniert, {p1.pron} will ⟨das Teil|den Artikel {d.sku}|die Jacke⟩ in {d.size} tauschen
{s2.lc}: die bestellung {d.order}?
{s.lc}: genau. bitte bis {d.hhmm} zurückrufen, {p1.phone}
{s2.lc}: ok mach ich nach der pause. sag {s3.lc} bescheid, {s3.pron} soll {d.size} zurücklegen""",
        """{s.full}  {d.hhmm}
Hat jemand die Retoure von {p1.full} gesehen? Sendung {d.tracking} steht seit {d.date} auf zugestellt.
{s2.full}  {d.hhmm}
{s.mfirst} liegt bei {s3.nick} auf dem Tisch, ⟨ohne Beleg|Etikett zerrissen|Karton völlig durchgeweicht⟩
{s.full}  {d.hhmm}
danke, ich schreib {p1.ihm} an {p1.email}""",
        """hey {s.lc}, kurze frage: {p1.lc} vom alpenverein hat angerufen, braucht {d.qty} klettergurte für die ⟨jugendgruppe|kletterkurse|sektion⟩. {p1.pron} meinte, ihr kennt euch? nummer {p1.phone}, nachname {p1.last}""",
        """{s.full} ({d.hhmm}): {s2.mention} kannst du mal schauen, warum die Erstattung für {p1.datf} noch nicht raus ist? IBAN laut System: {p1.iban}
{s2.full} ({d.hhmm}): schau ich mir an – Buchhaltung sagt, ist am {d.date} raus
{s.full} ({d.hhmm}): ok danke, ich geb {p1.ihm} Bescheid""",
        """{s.lc} → {s2.lc}: hast du die person mit den ⟨stöcken|handschuhen|ladekabel⟩ aus der umkleide erreicht? {p1.first} irgendwas, {p1.last} glaub ich. hat {p1.mobile} aufs formular geschrieben
{s2.lc}: ja, kommt samstag vorbei
{s.lc}: 🙏""",
        """Schichtübergabe {d.date}
- {p1.abbr} hat die reparierte ⟨Jacke|Hose⟩ abgeholt (Auftrag {d.ticket}), ⟨bar|mit Karte⟩ bezahlt
- {s2.first} wartet noch auf Rückmeldung von {p2.full} wegen Anprobe, 2x unter {p2.phone} versucht
- {p3.nick} von {d.dealer} war da, {s.first} soll zurückrufen
lg {s.lc}""",
        """[#retouren] {s.full}: {s2.mention} achtung, {p1.full} ({p1.email}) sagt, {p1.pron} hat ⟨die Schuhe|die Jacke|das Zelt⟩ zweimal zurückgeschickt. Sendung {d.tracking}. Kannst du mal gucken?
[#retouren] {s2.full}: gefunden, Fach {d.sku}. Erstattung geht heute raus""",
        """also stand pop-up {d.store}:
{s.lc} hat den schlüssel, {s2.lc} macht kasse, und {p1.lc} (fotos, {p1.mobile}) kommt um {d.hhmm}
wenn was ist, ruft mich an – {s3.lc}""",
        """ratet mal wer wieder da ist. {p1.honlc} mit dem ⟨dritten|vierten⟩ paar schuhe dieses jahr 🙃
{s.lc}: nee. will wieder zu {s2.lc}?
{s3.lc}: frag {s2.lc}, {s2.pron} ist im lager""",
        """{s.nicklc}: drucker spinnt schon wieder
{s2.nicklc}: nimm den oben. übrigens ist {p1.full} zur anprobe da, termin {d.hhmm}
{s.nicklc}: schick {p1.ihn} hoch, bin in 2 min da""",
    ],
    # ------------------------------------------------------------------ Protokolle
    "meeting_minutes": [
        """Protokoll Service-Runde, {d.date}
Anwesend: {s.full}, {s2.full}, {s3.full}; entschuldigt: {s4.full}
TOP 1 Rückstau: {d.n} offene Garantiefälle. {s2.first} schließt die beiden von {p2.full} ({d.ticket}) bis Freitag ab.
TOP 2 Fehler im Retourenportal ({d.errcode}). Verantwortlich: {s3.ini}
TOP 3 Sonstiges: {s.first} ruft {p3.dat} von {d.dealer} unter {p3.phone} wegen der verspäteten Palette an.
Nächster Termin: {d.date}""",
        """To-dos aus dem Call heute
• {s.full}: überarbeitete Größentabelle an {s2.full} ({s2.work}) bis {d.weekday}
• {s2.first}: {p1.dat} wegen Bestellung {d.order} antworten – wartet immer noch
• {s3.full} + {s.first}: Messestand in {d.town} finalisieren
Protokoll: {s3.ini}""",
        """Jour fixe Filialen ({d.date})
Teilnehmende: {s.first}, {s2.first}, {s3.first} (Protokoll)
- Inventurdifferenz {d.store} {d.pct}; {s2.first} sichtet mit {s4.full} (Sicherheitsdienst) die Aufzeichnungen
- Beschwerde von {p1.full} über die Schlange an der Kasse am Samstag; {s.first} hat bereits geantwortet
- Beschluss: Tablets für die Club-Anmeldung kommen an den Eingang
Zuständig für die Rückmeldung an {p1.dat}: {s.first}""",
        """PROTOKOLL – Partnerprogramm, {d.date}
Leitung: {s.fLAST}
Besprochen: Anfrage von {p1.full} ({p1.handle}, ca. {d.qty}.000 Follower). {s2.first} hat {p1.ihn} auf der ⟨OutDoor-Messe|ISPO|Bergfilm-Tour⟩ kennengelernt.
Vereinbart: {s2.first} schickt den Vertragsentwurf an {p1.email}; {s3.first} prüft die Lieferadresse für Muster: {p1.addr1}.
Offen: Wer zahlt die Fotos ({p2.full})?""",
        """Frühbesprechung {d.weekday}
1) {s.nick} ist krank, {s2.nick} übernimmt die Kasse
2) {p1.hon} holt um {d.hhmm} Uhr die neu besohlten Schuhe ab, Auftrag {d.ticket}
3) Erinnerung: {s3.first} hat am {d.date} den letzten Tag, Karte liegt hinten""",
        """Gesprächsnotiz: {d.dealer} x Talgrat
Teilnehmende Händler: {p1.full} (Einkauf), {p2.full} (Filialleitung)
Teilnehmende Talgrat: {s.full}, {s2.full}
- {p1.first} möchte die Frühjahrsorder in zwei Lieferungen ({d.date} und {d.date})
- {p2.hon} meldet {d.n} defekte Reißverschlüsse am {d.product}
- Aufgabe: {s2.first} schickt das RMA-Formular an {p2.biz}""",
        """Protokoll Müllsammelaktion am Wanderweg, {d.date}
Leitung: {s.full}. {d.qty} Freiwillige; besonderer Dank an {p1.full} und {p2.abbr}, die ihren eigenen Anhänger mitgebracht haben.
{p3.full} möchte beim nächsten Mal dabei sein: {p3.email} / {p3.mobile}
Fotos: {p4.first} (Einverständnis liegt vor).""",
        """Daily {d.iso}
{s.lc}: Mahnung {d.dealer} fertig machen, danach Steuerunterlagen für {p1.full}
{s2.lc}: häng an {p2.dat} wegen des kaputten Zelts, geht nicht ran ({p2.phone})
{s3.lc}: ab {d.hhmm} weg""",
    ],
    # ------------------------------------------------------------------ Kundengeschichten, Testimonials
    "customer_story": [
        """„Ich bin den Westweg jetzt zweimal in diesen Stiefeln gelaufen – keine einzige Blase.“ – {p1.abbr}, {p1.town}""",
        """Kundengeschichte: {p1.full} auf dem E5
Als {p1.first} im letzten Frühjahr in unsere Filiale {d.store} kam, hatte {p1.pron} noch nie mehr als einen Tagesrucksack getragen. Sechs Wochen später stand {p1.pron} in Meran – mit {d.volume} auf dem Rücken und einem breiten Grinsen. „{s.first} hat sich eine Stunde Zeit für die Anpassung genommen“, erzählt {p1.first}. „Sonst hätte ich am zweiten Tag aufgegeben.“""",
        """★★★★★ „Warm, leicht, und die Kapuze passt sogar über den Helm.“ – {p1.first} aus {p1.town}""",
        """Warum ich immer wiederkomme
von {p1.full}
Meine erste Talgrat-Jacke hat mir ⟨mein Vater|meine Mutter|meine Oma|mein Onkel⟩, {p2.full}, {d.year} geschenkt. Sie hat den Watzmann, ein verregnetes Festival und zwei Kleinkinder überlebt. Als der Reißverschluss irgendwann aufgab, hat {s.first} in der Werkstatt in {d.store} ihn kostenlos getauscht.""",
        """§CH§«So ehrlich beraten wurde ich selten. {s.first} hat mir drei Schlafsäcke gezeigt und mir nicht den teuersten aufgeschwatzt.» – {p1.full}, {p1.town}""",
        """Aus unserem Gästebuch in {d.store}:
„Danke an {s.first} und {s2.first}, dass ihr die Schuhe meiner Tochter noch am Tag vor der Klassenfahrt gerichtet habt!“ – {p1.full} (und {p2.first}, {d.n} Jahre)""",
        """Kundenstimme (freigegeben für die Website, {d.date}):
„Ich trage im Allgäu Post aus, da werden Regenjacken richtig getestet. Diese hat bestanden.“ – {p1.abbr}""",
        """Kundenporträt: {p1.caps}
{p1.first} leitet ⟨einen Waldkindergarten|eine Pfadfindergruppe|eine Bergwacht-Bereitschaft⟩ bei {d.town} und hat inzwischen {d.qty} Kinder mit unseren Regenhosen ausgestattet. „Die sind unkaputtbar“, sagt {p1.pron}, „und glaubt mir, meine Bande hat's versucht.“""",
    ],
    # ------------------------------------------------------------------ Support-Mails mit Zitaten und Signaturen
    "support_thread": [
        """Betreff: AW: Erstattung Bestellung {d.order1}

{x.hi_sie}

danke für Ihre Geduld. Ich habe im Lager nachgefragt: Ihre Rücksendung ist am {d.date} eingegangen. Die Erstattung über {d.price} geht in den nächsten 3–5 Werktagen auf die Karte mit der Endung {d.last4}.

{x.signoff}
{x.sig_staff}

{x.quote_head}
> Hallo,
> ich habe ⟨die Ware|den Artikel {d.sku}|meine Bestellung⟩ vor ⟨zwei Wochen|einem Monat⟩ zurückgeschickt und noch kein Geld bekommen.
> Können Sie bitte nachsehen?
> {p1.first}""",
        """Von: {p1.full} <{p1.email}>
An: Talgrat Kundenservice <{v.shopmail}>
Betreff: falsche Größe

Hallo,
ich habe den {d.product} in {d.size} bestellt, bekommen habe ich {d.size}. Sie erreichen mich auch telefonisch unter {p1.phone}.
{x.signoff}
{p1.full}
{p1.addr}""",
        """AW: AW: Zeltstange gebrochen

{x.hi_du}

kein Problem – ich habe einen Abholauftrag erstellt. Der Kurier holt das Zelt am {d.weekday} zwischen {d.topen} und {d.tclose} Uhr bei dir ab ({p1.addr1}). Pack es bitte in den Originalbeutel, falls du ihn noch hast.

Danke dir!
{s.first}

-----Ursprüngliche Nachricht-----
Von: {p1.email}
Gesendet: {d.date}
Betreff: AW: Zeltstange gebrochen

Hi {s.first}, ja bitte abholen, ich bin die ganze Woche im Homeoffice. {p1.first}""",
        """Hallo {s.first},

super, danke! Noch eine Sache: Statt mir ist {p2.full} zu Hause, geht das auch?

{p1.first}

> Am {d.date} schrieb {s.full} <{s.work}>:
> Hallo {p1.first}, dein Ersatz geht heute mit {d.carrier} raus.
> Sendungsnummer: {d.tracking}
> Viele Grüße, {s.first}""",
        """§AT§Betreff: Bestellung {d.order1} nie angekommen

Grüß Gott,

laut Sendungsverfolgung ({d.tracking}) wurde das Paket zugestellt, bei mir ({p1.addr1}) ist aber nichts angekommen. Auch die Nachbarn haben nichts. Bitte neu schicken oder erstatten.

Danke und liebe Grüße
{p1.full}
{p1.phone}""",
        """§CH§Grüezi {p1.hon}

Es tut uns leid, dass die Schuhe schon undicht sind. Könnten Sie uns ein, zwei Fotos an {v.shopmail} schicken? Dann senden wir Ihnen umgehend Ersatz nach {p1.town}.

Freundliche Grüsse
{x.sig_staff}

Am {d.date} schrieb {p1.full}:
>> Guten Tag, ich habe den {d.product} im {d.month} gekauft, nach einer Wanderung auf den Pilatus war alles nass. Enttäuschend.
>> {p1.first}""",
        """[Interne Notiz – für Kund:innen nicht sichtbar] {p1.hon} hat nochmal angerufen, sehr verärgert. Rückruf durch {s2.first} vor {d.hhmm} Uhr zugesagt. Handy: {p1.mobile}.
---
{p1.sal},
vielen Dank für Ihre E-Mail vom {d.date}. Es tut mir leid, dass der Ersatz noch nicht bei Ihnen ist. {s2.full} aus der Logistik kümmert sich persönlich darum.
{x.signoff}
{x.sig_staff}""",
        """Betreff: WG: Beschwerde von {p1.full}

{s2.first}, kannst du das übernehmen? {p1.Pron} kauft seit Jahren in {d.store}. – {s.first}

---------- Weitergeleitete Nachricht ----------
Von: {p1.full} <{p1.email}>
Datum: {d.date}
Ich warte seit drei Wochen auf meine Erstattung. Bitte rufen Sie mich an: {p1.phone}.""",
    ],
    # ------------------------------------------------------------------ Telefonnotizen
    "call_note": [
        """Anruf {d.hhmm}, eingehend. {p1.full} ({p1.phone}) fragt, ob es den {d.product} in {d.size} gibt. Nachlieferung ca. {d.date} gesagt. Möchte eine SMS, sobald er da ist. – {s.ini}""",
        """Telefonnotiz für {s.first}: {p1.hon} hat wegen Bestellung {d.order} angerufen. Bitte zurückrufen unter {p1.phone} – am besten nach {d.hhmm} Uhr. Angenommen: {s2.first}, {d.date}.""",
        """Mailbox {d.date} {d.hhmm}: „Ja hallo, hier ist {p1.full}, es geht um meine Bergschuhe zum Neubesohlen, Auftrag {d.ticket}. Sie erreichen mich unter {p1.mobile}. Danke, tschüss.“ → an Werkstatt weitergeleitet""",
        """ANRUFPROTOKOLL
Anrufer:in: {p1.LF}
Nummer: {p1.phone}
Anliegen: Lieferung an {p1.addr1}
Ergebnis: Adresse korrigiert, Auftrag {d.order} wieder freigegeben
Bearbeitet: {s.lc}""",
        """Verpasster Anruf von {p1.phone} um {d.hhmm}. Rufnummernanzeige: {p1.caps}. Keine Nachricht. Wahrscheinlich wegen der Sonderbestellung ({d.qty} Stirnlampen) – {s.first} weiß Bescheid.""",
        """Heute früh mit {p1.datf} gesprochen. {p1.Pron} organisiert ⟨einen Junggesellenabschied|eine Klassenfahrt|einen Vereinsausflug⟩ ins Allgäu und braucht {d.qty} Regenponchos bis {d.date} an {p1.addr1}. Angebot ist raus. Wiedervorlage: {s.first}, {d.date}.""",
        """Notiz Telefonat mit {p1.nick} ({d.dealer}): die ziehen mit dem Lager um, neue Lieferadresse {a1.line}. Ansprechpartner vor Ort: {p2.full}, {p2.phone}.""",
        """Rückrufliste {d.weekday}
1. {p1.full} – {p1.phone} – Größenberatung {d.product}
2. {p2.ini} – {p2.mobile} – Stand der Erstattung
3. {p3.abbr} – {p3.phone} – möchte die Filialleitung sprechen""",
    ],
    # ------------------------------------------------------------------ Beschwerdebriefe
    "complaint_letter": [
        """{p1.full}
{p1.addr}

Talgrat Outdoor GmbH
Kundenservice

{d.town}, {d.date}

Beschwerde zu meinem Kauf vom {d.date}, Beleg {d.invoice}

Sehr geehrte Damen und Herren,

die ⟨Regenjacke|Softshelljacke⟩, die ich in Ihrer Filiale {d.store} gekauft habe, ist nach drei Touren an der linken Schulter aufgegangen und lässt Wasser durch.

Ich bitte um Erstattung des Kaufpreises von {d.price}. Telefonisch erreichen Sie mich unter {p1.phone}.

Mit freundlichen Grüßen

{p1.full}""",
        """§AT§{p1.full}
{p1.addr}
{p1.email}

{d.date}

Sehr geehrte Damen und Herren,

am {d.date} habe ich zwei Paar Trailschuhe bestellt (Bestellnummer {d.order}). Ein Paar war eindeutig gebraucht – Erde im Profil, fremde Einlegesohlen. Ich erwarte eine Entschuldigung und ein neues Paar auf Ihre Kosten.

Hochachtungsvoll
{p1.full}""",
        """Liebes Talgrat-Team,

ich bin wirklich enttäuscht. Mein Sohn {p2.first} hat von euch zum Geburtstag einen Schlafsack bekommen, und schon in der ersten Nacht im Zeltlager ist der Reißverschluss kaputtgegangen. Als ich bei eurer Hotline angerufen habe, war der Mitarbeiter ({s.first}) ziemlich unfreundlich.

Antwort bitte an {p1.email} oder per Post an {p1.addr1}.

{p1.full}""",
        """z. Hd. Leitung Kundenservice

Betr.: Auftrag {d.order} / Vorgang {d.ticket}

Dies ist bereits mein dritter Brief. Weder {s.full} noch {s2.full} haben auf meine E-Mails reagiert. Ich habe nun meinen Rechtsbeistand, {p2.honf}, gebeten, sich bei Ihnen zu melden.

{p1.fLAST}
{p1.addr}""",
        """Beschwerde – {p1.full}, Kundennummer {d.customer}

{s.sal},
danke für Ihr Schreiben vom {d.date}. Der Gutschein über {d.price} deckt leider nicht einmal die Bahnfahrt, die ich für die Abholung des Ersatzes gebraucht habe. Bitte überweisen Sie die Differenz auf {p1.iban}.

Freundliche Grüße
{p1.full}""",
        """An die Filialleitung {d.store}

Am {d.weekday} hat sich jemand aus Ihrem Team geweigert, eine eindeutig defekte Hose zurückzunehmen. Ich war mit {p2.full} dort, {p2.pron} kann das bestätigen.

Antwort bitte an: {p1.full}, {p1.addr1}, Tel. {p1.phone}""",
    ],
    # ------------------------------------------------------------------ Retourennotizen aus dem Lager
    "returns_note": [
        """RETOURE {d.order} – {p1.LF}
Zustand: ⟨getragen|Etiketten ab|ungeöffnet, OVP|Dreck an der Sohle⟩
Aktion: ⟨Erstattung|ablehnen + zurück an Kunde|Umtausch Größe⟩
geprüft {s.lc} {d.date}""",
        """Notiz Retourentisch: Paket von {p1.full}, {p1.addr1}. Inhalt: {d.kind} ({d.sku}) plus handschriftlicher Zettel „bitte in {d.size} tauschen – {p1.first}“. Keine Bestellnummer! Zugeordnet über die E-Mail {p1.email}. – {s.first}""",
        """{s.nick}: Karton von {p1.abbr} total zerdrückt angekommen. Fotos liegen im Ordner. Tel. laut Lieferschein {p1.phone}, falls der KS das braucht""",
        """Retourenliste {d.date}
{d.tracking} | {p1.full} | {d.sku} | OK
{d.tracking} | {p2.full} | {d.sku} | beschädigt
{d.tracking} | {p3.full} | {d.sku} | falscher Artikel""",
        """Hinweis für die Buchhaltung: {p1.hon} möchte die Erstattung auf ein anderes Konto, {p1.iban}. Hab gesagt, das brauchen wir schriftlich. Geprüft: {s.ini}""",
        """Sperrlager Regal B3: {d.kind} von {p1.full} riecht stark nach Rauch (⟨Lagerfeuer|Kaminofen⟩?). Nicht wiederverkaufbar. {s2.first} fragen, ob wir erstatten. {s.first}, {d.hhmm}""",
        """retouren {d.iso}
- {p1.flc}: 2x socken, originalverpackt → zurück ins lager
- {p2.flc}: {d.kind} {d.size}, getragen → zurück an kunde
gescannt: {s.lc}""",
        """Paket kam zurück „Empfänger unbekannt“ – auf dem Label stand {p1.full}, {p1.addr1}. KS soll {p1.ihn} unter {p1.mobile} anrufen. ({s.first}, Wareneingang)""",
    ],
    # ------------------------------------------------------------------ Gästelisten
    "guest_list": [
        """Gästeliste Filialabend {d.store}, {d.date}
Vorname\tNachname\tE-Mail\tBegleitung
{p1.first}\t{p1.last}\t{p1.email}\tja
{p2.first}\t{p2.last}\t{p2.email}\tnein
{p3.first}\t{p3.last}\t{p3.email}\tja""",
        """Zusagen Filmabend ({d.date}, Einlass {d.hhmm} Uhr):
- {p1.full} + Begleitung
- {p2.full}
- {p3.lf}
- {p4.abbr} (vielleicht)
Warteliste: {p5.full} ({p5.phone})""",
        """Kurs „Karte & Kompass“, {d.date}
1. {p1.LF}
2. {p2.LF}
3. {p3.LF}
4. {p4.LF}
Kursleitung: {s.full}""",
        """Name;E-Mail;Telefon;Essen
{p1.full};{p1.email};{p1.phone};vegetarisch
{p2.full};{p2.email};{p2.phone};
{p3.full};{p3.email};{p3.phone};glutenfrei""",
        """Presse-Preview (bestätigt)
{p1.honf}, Magazin „Gipfelpost“
{p2.full}, frei
{p3.full} + Fotos: {p4.full}
{s.first}, bitte am Eingang begrüßen.""",
        """Gäste Tourenvorstellung Samstag
{p1.caps} — {p1.mobile}
{p2.caps} — {p2.mobile}
{p3.caps} — keine Nummer
Parkausweise für {p1.first} und {p3.first}.""",
        """Anwesenheitsliste Vereinsabend ({d.date})
| Name | Verein | Unterschrift |
| {p1.full} | DAV Sektion {d.town} | {p1.ini} |
| {p2.full} | Naturfreunde | ✓ |
| {p3.full} | — | ✓ |""",
        """Hi {s.first}, finale Zahlen für die Buchpremiere: {d.qty} Leute. Ehrengäste: {p1.full} (hat das Buch geschrieben), {p2.full} vom Verlag und {p3.hon} vom Nationalpark. Reihe 1 ist reserviert.""",
    ],
    # ------------------------------------------------------------------ Creator- und Partner-Outreach
    "creator_outreach": [
        """Outreach-Liste – {d.date}
{p1.full} ({p1.handle}) – {d.qty}k, Hüttentouren – angeschrieben über {p1.email} – hat geantwortet, will den {d.product} testen
{p2.full} ({p2.handle}) – {d.qty}k, Trailrunning – DM raus, keine Antwort
zuständig: {s.first}""",
        """Hallo {p1.first},

ich bin {s.first} aus dem Partner-Team von Talgrat – dein Video vom ⟨Jubiläumsgrat|Lechweg|Rennsteig|Adlerweg⟩ hat uns total begeistert. Hättest du Lust, unseren neuen {d.product} zu testen? Wenn ja, schick mir einfach deine Lieferadresse (oder bestätig mir {p1.addr1}), dann geht diese Woche ein Muster raus.

Liebe Grüße
{s.full}
{s.work}""",
        """Notiz nach dem Telefonat mit dem Management von {p1.full} ({p2.full}, {p2.phone}): Honorar {d.price} pro Reel, Nutzungsrechte 12 Monate. {p1.first} dreht diesen Sommer nur in ⟨den Dolomiten|Norwegen|Island⟩. Freigabe durch {s2.first} nötig.""",
        """Creator-Shortlist
1. {p1.abbr} – {p1.handle} – Klettern
2. {p2.abbr} – {p2.handle} – Bikepacking
3. {p3.abbr} – {p3.handle} – Wandern mit Kindern
Favorit laut {s.lc}: Nr. 2""",
        """Entwurf DM an {p1.handle}:
„Hey {p1.first}! Wir feiern deine Dolomiten-Serie. Wir sind Talgrat, ein Outdoorladen aus Freiburg. Lust auf eine Kooperation? {s.first} aus unserem Team ({s.work}) meldet sich gern.“""",
        """Vertragsdaten {p1.full} (Creator)
Anschrift: {p1.addr}
Bankverbindung: {p1.iban}
Steuer-ID: {p1.tax}
Honorar: {d.price}
Leistung: 3 Reels, 1 Blogbeitrag""",
        """Kooperation Podcast „Höhenmeter“ ({p1.full}, ca. {d.qty}.000 Hörer:innen): Werbespot im {d.month}. Skript an {p1.email}. {p1.Pron} wünscht sich einen Rabattcode mit {p1.poss}em Vornamen – mit {s.first} klären.""",
        """Markenbotschafter:innen {d.year}: {p1.full} ja, {p2.full} ja, {p3.full} nein (zur Konkurrenz gewechselt). {s.lc} verschickt die Willkommenspakete; neue Adresse von {p2.first}: {p2.addr1}.""",
    ],
    # ------------------------------------------------------------------ Händlerkorrespondenz
    "dealer_mail": [
        """Betreff: Vororder Frühjahr {d.dealer}

{p1.sal},

vielen Dank für das Orderformular. Zur Bestätigung: {d.qty} × {d.product} ({d.sku}) und {d.qty} × {d.kind}, Liefer-KW {d.n}. Bitte senden Sie mir das unterschriebene Formular zurück ({s.work}) und geben Sie {s2.dat} Bescheid, falls sich Ihre USt-IdNr. ({d.vat}) geändert hat.

Mit freundlichen Grüßen
{s.full}
Key Account DACH
{s.phone}""",
        """Hallo {s.first},

wir ziehen Ende des Monats mit unserem Lager um. Ab {d.date} bitte liefern an:

Warenannahme {d.dealer}
{a1.block}

Ansprechpartner vor Ort: {p2.full}, {p2.mobile}.

Danke und Gruß
{p1.full}
Einkauf""",
        """Zahlungserinnerung Rechnung {d.invoice1}

{p1.sal},

laut unserer Buchhaltung ist die Rechnung {d.invoice1} seit 30 Tagen fällig. Bitte überweisen Sie {d.price} unter Angabe der Rechnungsnummer auf unser Konto {v.iban}.

Sollten Sie bereits gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Mit freundlichen Grüßen
{s.full}
Debitorenbuchhaltung""",
        """§CH§Hoi {p1.first}

Schön, dich an der Messe in Bern gesehen zu haben. Wie besprochen im Anhang unsere Händlerpreise für den Herbst. Dein Ansprechpartner ist ab sofort {s.full} ({s.phone}). Lieferadresse bleibt {a1.line}, oder?

Liebe Grüsse
{s2.first}""",
        """Besuchsbericht Händler {d.dealer}, {d.date}
Gespräch mit {p1.full} (Inhaber:in) und {p2.first} aus dem Verkauf. Regalfläche für Talgrat auf zwei Meter reduziert. {p1.hon} sagt, der {d.product} dreht sich langsam. Nächste Schritte: {s.first} schickt Demoware; {p1.first} in zwei Wochen unter {p1.phone} anrufen.""",
        """Sehr geehrte Damen und Herren,

bitte beachten Sie, dass ab sofort {p1.full} ({p1.biz}) für die Buchhaltung zuständig ist. {p2.full} hat unser Unternehmen verlassen. Unsere Bankverbindung bleibt unverändert: {v.iban}.

Freundliche Grüße
{p3.full}
{d.dealer}""",
        """Betreff: Beschädigte Lieferung {d.order}

Hallo {s.first},
zwei von {d.qty} Kartons kamen nass an. Fotos sind im Portal. Kann euer Fahrer die am {d.weekday} wieder mitnehmen? Ich bin ab {d.hhmm} im Laden, sonst nach {p2.first} fragen.
{p1.full}
{p1.phone}""",
        """§AT§{p1.sal},
wie mit {p2.dat} telefonisch besprochen, verlängern wir Ihr Zahlungsziel für die Weihnachtsorder auf 60 Tage. Rechnungen gehen künftig an {p1.biz}.
Mit freundlichen Grüßen
{s.full}""",
    ],
    # ------------------------------------------------------------------ CRM-Notizen
    "crm_note": [
        """CRM | Kontakt: {p1.full} | Segment: Wandern, 40+ | Letzter Kauf {d.date} ({d.price})
Notiz: lieber telefonisch ({p1.phone}) als per Mail. Fragte nach ⟨dem {d.product}|Regenhosen⟩ in {d.size}. – {s.ini}""",
        """Lead: {p1.honf}, Schul-AG Klettern
Quelle: Stand auf der Messe {d.town}
E-Mail: {p1.email}
Nächster Schritt: Gruppenpreisliste schicken ({s.first})
Status: warm""",
        """{d.date} – {s.lc}: nochmal mit {p1.first} gesprochen, plant ⟨den Kilimandscharo|den Jakobsweg|das Everest-Basislager|die Haute Route⟩ im {d.month}. budget ca. {d.price}. will anprobe bei {s2.first}. handy {p1.mobile}""",
        """Konten zusammengeführt: {p1.full} ({p1.email}) + {p1.ini} (Gastbestellung, {p1.addr1}). Laut {s.first} dieselbe Person.""",
        """Opportunity: Firmenbestellung {d.dealer}
Entscheidung: {p1.full}, Leitung Personal
Fürsprache: {p2.full} (organisiert die Betriebswandergruppe)
Volumen: {d.price} × {d.qty}
Nächster Schritt {d.date}: Demo mit {p2.first}""",
        """Kontaktnotizen – {p1.LF}
• {d.date}: {d.kind} gekauft, Gr. {d.size}
• {d.date}: Anruf wegen Größe, wohnt bei {p1.town}, viel in den Bergen unterwegs
• bevorzugt SMS: {p1.mobile}""",
        """Werbewiderspruch: {p1.full}, {p1.email}, {p1.phone}. Am {d.date} von {s.lc} aus dem Newsletter ausgetragen. Bestellhistorie bleibt.""",
        """VIP-Notiz: {p1.hon} kommt jeden Herbst mit {p2.first} und den vier Kindern zum Großeinkauf. Zuletzt bedient von {s.first}. Einladung zur Vorpremiere bitte an {p1.email2}.""",
    ],
    # ------------------------------------------------------------------ Schichttausch
    "shift_swap": [
        """hey leute, kann jemand meine samstagsschicht ({d.topen}–{d.tclose}) übernehmen? {s2.lc} hat schon abgesagt 😅 – {s.lc}""",
        """Tauschanfrage: {s.full} ⇄ {s2.full}, {d.weekday}, {d.date}. Genehmigt: {s3.ini}""",
        """Dienstplan {d.store} – KW {d.n}
Mo: {s.first}, {s2.first}
Di: {s3.first}, {s.first}
Sa: {s2.first}, {s4.first}, {s3.first}
Tausch: {s4.first} ↔ {s.first} am Di, ok von {s5.first}""",
        """Hier {s.first} – bin heute leider krank. {s2.first} würde aufmachen, wenn {s3.first} zumacht. Handy: {s.mobile}, falls was Dringendes ist.""",
        """Hi {s.first}, ich tausch am 14. mit dir, aber dann schuldest du mir einen Sonntag 😄 – {s2.nick}""",
        """Schichtänderung bestätigt: {s.full} arbeitet am {d.weekday} Frühschicht statt {s2.full}. {s3.first}, bitte im Zeiterfassungssystem ändern.""",
        """mag jemand meine späte am sonntag? 🙏 ist der {d.date}. {s3.lc} und {s4.lc} können nicht. schreibt mir oder sms an {s.mobile} – {s.nicklc}""",
        """Urlaubsvertretung {d.month}: {s.LF} weg vom {d.date} bis {d.date}, Vertretung {s2.LF}. Schlüssel an {s3.full} übergeben.""",
    ],
    # ------------------------------------------------------------------ Fahrernotizen
    "driver_note": [
        """Fahrernotiz {d.hhmm}: niemand da bei {p1.addr1}. Paket bei {p2.full} nebenan (Nr. {d.n}) abgegeben. Karte eingeworfen.""",
        """Lieferhinweis von {p1.full}: „Bitte unter {p1.mobile} anrufen, wenn Sie vor dem Haus sind, die Klingel geht nicht. Seiteneingang, nicht vorne.“""",
        """FAHRER-APP | Stopp {d.n} | {p1.LF} | {p1.addr1} | unterschrieben: {p1.LAST} | {d.hhmm}""",
        """{d.carrier}: Zustellversuch {d.date}, {p1.hon} hat die Annahme verweigert, Karton beschädigt. Zurück an Absender. Kontakt {p1.phone}.""",
        """Ablageort: hinter der grünen Tonne. Hund ist lieb. – {p1.first} ({p1.phone})""",
        """§AT§Stiege und Tür fehlten auf dem Etikett, trotzdem gefunden: {p1.addr1}. Persönlich an {p1.first} übergeben. Fahrer: {s.first}.""",
        """§CH§Gemäss Wunsch von {p1.full} vor der Haustür deponiert, Foto um {d.hhmm}. Nachricht von {p1.mobile}: «merci vielmal!»""",
        """Tour {d.n}: {p1.full} ist umgezogen, der Nachmieter hat die neue Adresse genannt: {p1.addr1}. Paket zurück ins Depot. – {s.nick}""",
    ],
    # ------------------------------------------------------------------ Social Media
    "social_reply": [
        """{p1.handle}: Hakt bei euch auch der Reißverschluss am {d.product}?? 😤
Talgrat: Hallo {p1.first}, das tut uns leid! Schick uns doch deine Bestellnummer per DM. – {s.first}""",
        """Antwort auf den Kommentar von {p1.full} unter unserem ⟨Instagram|Facebook⟩-Post:
„Danke dir, {p1.first}! Schön, dass die Schuhe es auf die Zugspitze geschafft haben. Markier uns beim nächsten Mal 🏔️ – {s.first}“""",
        """{p1.handle}: @talgrat euer Paketdienst hat mein Paket in den Regen gestellt 🙄
↳ Talgrat: Oh nein, {p1.first}! Schreib uns bitte mit Foto an {v.shopmail}, wir kümmern uns. /{s.first}""",
        """Kommentare unter dem Gewinnspiel:
{p1.full}: Das wär was für meinen Schatz {p2.first}!
{p2.full}: 😍😍
{p3.full}: {p4.mention} schau mal""",
        """Antwort-Thread auf X
{p1.handle} ({p1.full}): am {d.date} bestellt, immer noch nichts da
Talgrat Support: Hallo {p1.first}, sorry für die Wartezeit! Schickst du uns per DM deine PLZ und Bestellnummer?""",
        """Antwort auf eine Bewertung von {p1.abbr}:
„Hallo {p1.first}, danke für das ehrliche Feedback. {s.full} aus dem Retourenteam meldet sich heute noch bei dir.“""",
        """TikTok-Kommentar von {p1.handle}: „ist das die jacke, die {p2.full} im dolomiten-video anhatte??“
Unsere Antwort: „Genau die! Der {d.product} in {d.colour} 🙌“""",
        """Facebook-Gruppe „Wandern im Schwarzwald“ – {p1.full} schreibt: „Großes Lob an {s.first} von Talgrat {d.store}, hat meine Schuhe in zehn Minuten hingekriegt.“ 24 Likes, {p2.full} antwortet: „kann ich bestätigen!“""",
    ],
    # ------------------------------------------------------------------ Produktfragen
    "product_qa": [
        """Frage ({p1.abbr}, {p1.town}): Passt ein 15-Zoll-Laptop in den {d.product}?
Antwort ({s.first}, Talgrat): Ja – das Fach ist 38 cm hoch.""",
        """Frage von {p1.first}: Ist die Jacke warm genug für ⟨Skandinavien im Winter|Island im März|Hüttentouren im Oktober⟩?
Beantwortet von {s.first} aus der Filiale {d.store}: Mit Baselayer ja.""",
        """{p1.full} fragt: Kann ich die Daunenjacke zu Hause waschen?
Antwort: Ja, {p1.first} – bei 30 °C mit Daunenwaschmittel, danach mit zwei Tennisbällen in den Trockner.""",
        """Kundenfrage (weitergeleitet von {s.first}): „Hallo, ich bin {p1.full}, normalerweise Größe {d.size}, ⟨breite Füße|schmale Ferse⟩ – welchen Schuh würdet ihr empfehlen? Ihr erreicht mich unter {p1.phone}.“""",
        """Fragen & Antworten – {d.product}
F: Lässt sich der Hüftgurt abnehmen? – gefragt von {p1.flc}
A: Ja! – {s.full}, Produktteam""",
        """Hilfreiche Antwort ({d.qty} Stimmen): „Bin 1,88 m und hab L genommen, passt perfekt.“ – {p1.abbr}""",
        """§CH§Frage: Passt die Kinderjacke einem Zweijährigen? – {p1.first} aus {p1.town}
Antwort: Grüezi {p1.first}, die kleinste Grösse ist 98, also wohl eher nächstes Jahr. – {s.first}""",
        """Gefragt von {p1.ini} am {d.date}: „Verschickt ihr Gaskartuschen nach Österreich?“
Antwort von {s.full}: „Leider nein – Gas gibt's nur zur Abholung in der Filiale.“""",
    ],
    # ------------------------------------------------------------------ Kundenclub
    "loyalty_mail": [
        """Betreff: {p1.first}, du hast Gipfelstatus erreicht! 🏔️

Hallo {p1.first},

du hast dieses Jahr {d.qty}0 Punkte gesammelt und gehörst damit zu unseren Gipfel-Mitgliedern. Mit deiner Mitgliedsnummer {d.customer} bekommst du jetzt kostenlose Reparaturen und früher Zugang zum Sale.

Wir sehen uns auf dem Trail!
Dein Talgrat Club""",
        """{p1.sal},

herzlich willkommen im Talgrat Club. Wir haben Ihre Mitgliedschaft mit folgenden Daten angelegt – bitte prüfen Sie diese:
Name: {p1.full}
Anschrift: {p1.addr1}
Telefon: {p1.phone}
E-Mail: {p1.email}""",
        """Hey {p1.nick}! Deine Punkte verfallen am {d.date} – {d.qty} Punkte warten auf dich. Komm in {d.store} vorbei und frag nach {s.first}, {s.pron} hilft dir beim Einlösen.""",
        """Ersatzkarte beantragt von {p1.full}. Neue Karte bitte an:
{p1.addr}
Alte Karte am {d.date} gesperrt.""",
        """Hallo {p1.first}, {p2.full} ist gerade über deinen Empfehlungscode dem Talgrat Club beigetreten. Dafür gibt's 500 Bonuspunkte für euch beide!""",
        """Änderung Kundenkonto
Mitglied: {p1.LF}
Neue E-Mail: {p1.email}
Alte E-Mail: {p1.email2}
Geändert von: {s.lc} ({d.store})""",
        """{p1.lieb},
dein Geburtstagsgeschenk vom Talgrat Club ist da: 10 € auf alles, gültig bis {d.date}. Viel Spaß damit!
– {s.first} und das Club-Team""",
        """Hallo {p1.first},
in deinem Clubprofil steht noch {p1.phone} als Telefonnummer. Falls die nicht mehr stimmt, antworte einfach auf diese Mail oder ändere sie in deinem Konto. Danke!""",
    ],
    # ------------------------------------------------------------------ Newsletter mit persönlicher Anrede
    "newsletter_greeting": [
        """Hallo {p1.first},

der Frühling ist da – und mit ihm unser neuer {d.product}. Als Clubmitglied bekommst du bis {d.date} {d.pct} Rabatt.

Schöne Touren!""",
        """{p1.sal},

danke, dass Sie uns seit {d.year} die Treue halten. Im Newsletter diesen Monat: fünf Seewanderungen, die neue Regenjacke und das Repair-Café in {d.store}.""",
        """HALLO {p1.FIRST}!
DEINE SOMMER-PACKLISTE IST DA 🌞""",
        """{p1.first}, schon Pläne fürs Wochenende? Unsere Guides haben drei Touren rund um {p1.town} ausgesucht.""",
        """Guten Morgen {p1.full},
Ihre persönlichen Empfehlungen sind da: Weil Sie im {d.month} eine Fleecejacke gekauft haben, könnte Ihnen das hier gefallen.""",
        """Hey {p1.nick} 👋
Lange nicht gesehen! Hier sind {d.pct} auf deine nächste Bestellung, gültig bis {d.date}.""",
        """Guten Tag {p1.honf},
als langjährige Stammkundschaft laden wir Sie zum Jubiläum der Filiale {d.store} am {d.date} ein.""",
        """Servus {p1.lc}!
(wir wissen, du magst es locker 😉) Neu diese Woche: der {d.product}.""",
    ],
    # ------------------------------------------------------------------ Gutscheinwidmungen
    "voucher_dedication": [
        """Geschenkgutschein {d.invoice}
Wert: {d.price}
Für: {p1.full}
Von: {p2.first} & {p3.first}
Widmung: „Alles Gute zum 40., {p1.nick}! Jetzt aber ab auf den Berg.“""",
        """Alles Liebe zum Geburtstag, {p1.first}! 🎂 Hier sind {d.price} für Talgrat. Bussi, {p2.first}""",
        """Text für die Gutscheinkarte (drucken): „Für {p1.first} – für neue Bergschuhe und viele weitere Gipfel. Dein Team von {d.dealer}.“ Versand an: {p1.addr1}""",
        """Geburtstagsgutschein: {p1.full}, geb. {d.dob}, Code bitte an {p1.email} schicken.""",
        """Widmung: „{p1.lieb}, danke, dass du das ganze Jahr die Vereinswanderungen geleitet hast. Von allen aus der Wandergruppe – besonders von {p2.full} und {p3.full}.“""",
        """Für {p1.caps}
von {p2.caps}
Alles Gute!""",
        """Geschenknachricht zu Bestellung {d.order}: „Für {p1.nick}, Glückwunsch zur Alpenüberquerung! {p2.nick}“ – Versand an {p1.full}, {p1.addr1}""",
        """E-Gutschein: an {p1.full} <{p1.email}>, von {p2.full}, Zustellung am {d.date}, Text: „Für dein erstes eigenes Zelt, {p1.first}!“""",
    ],
    # ------------------------------------------------------------------ Gewinnerbekanntgaben
    "winners": [
        """🎉 Die Gewinner:innen unseres Sommer-Fotowettbewerbs:
1. Platz: {p1.full} ({p1.town})
2. Platz: {p2.full} ({p2.town})
3. Platz: {p3.abbr}
Herzlichen Glückwunsch! Wir melden uns per Mail.""",
        """Und gewonnen hat den {d.product} … {p1.full}! {p1.first}, schau in dein Postfach 📬""",
        """Intern: Versandliste Gewinne
{p1.full}, {p1.addr1}, {p1.phone}
{p2.full}, {p2.addr1}, {p2.phone}""",
        """Glückwunsch an {p1.abbr} aus {p1.town} – gewinnt ein Hüttenwochenende für zwei im Kleinwalsertal! Zweiter Platz: {p2.abbr}.""",
        """Verlosung (gezogen am {d.date} von {s.full}, bezeugt von {s2.full}): gewonnen hat {p1.handle} – Klarname {p1.full}, E-Mail {p1.email}""",
        """Quiz-Sieger:innen Trailrunning-Abend
{p1.full} – 18/20
{p2.full} – 17/20
{p3.full} – 17/20 (Stechen)""",
        """§AT§Gewinnspiel-Auflösung: Der Hauptpreis geht an {p1.full} aus {p1.town}. Die Gewinnbestätigung geht per Post an {p1.addr1}. Nachrücker:in: {p2.full}.""",
        """Hallo {p1.first}, du hast bei unserem Adventskalender (Türchen {d.n}) gewonnen! Bitte bestätige bis {d.date} deine Adresse – bei uns ist {p1.addr1} hinterlegt. – {s.first}""",
    ],
    # ------------------------------------------------------------------ Filialbesuchsberichte
    "store_visit": [
        """Filialbesuch {d.store}, {d.date}
Besucht von: {s.full} (Gebietsleitung)
Im Dienst: {s2.full}, {s3.first}
Beobachtungen: Schaufenster veraltet; {s2.first} sehr gut im Gespräch mit {p1.dat}, {p1.der} Kinderschuhe suchte.
Nachbereitung: {s3.first} baut die Schuhwand bis {d.date} um.""",
        """Testkauf-Feedback: „Die Beratung (Namensschild: {s.first}) war freundlich, kannte aber die Rückgaberegeln nicht.“ – Testkauf durch {p1.ini}""",
        """Besuch {d.store} {d.date}: Filialleitung {s.full} hatte frei, Stellvertretung {s2.full} hat mich herumgeführt. {p1.Kunde} {p1.full} sprach uns wegen einer Reparatur an, die seit {d.month} liegt; hab {p1.ihm} meine Karte gegeben. Telefon: {p1.phone}.""",
        """Notizen Rundgang (Franchise {d.dealer}): Inhaber:in {p1.full}; Team {p2.first}, {p3.first}. Lager aufgeräumt. Alarm an der Hintertür defekt, {p1.first} ruft den Errichter an.""",
        """Filial-Audit {d.iso} – {d.store}
Kasse 2: Fehlbetrag {d.price}; Kassendienst {s.LF}.
Notausgang mit Kartons zugestellt (von {s2.first} weggeräumt).
Stammkundschaft: {p1.hon} meinte, die Musik sei zu laut.""",
        """§CH§Besuch Filiale {d.store}: Vormittag mit {s.full} auf der Fläche. Schönes Verkaufsgespräch mit {p1.full}, {p1.der} wegen einer Jacke kam und mit der kompletten Ausrüstung für die Haute Route ging.""",
    ],
    # ------------------------------------------------------------------ Garantie und Reparatur
    "warranty_claim": [
        """GARANTIEANTRAG
Kunde: {p1.full}
Anschrift: {p1.addr}
Telefon: {p1.phone}
Produkt: {d.product}, gekauft am {d.date}, Beleg {d.invoice}
Mangel: ⟨Sohle löst sich|Schieber vom Reißverschluss gebrochen|Nahtband löst sich⟩
Entscheidung: ⟨Ersatz|Reparatur|Erstattung⟩ ({s.ini})""",
        """Hallo, ich habe {d.year} bei euch ein Zelt gekauft und jetzt ist ein Gestängeteil gesplittert. Ist das noch Garantie? Ich heiße {p1.full}, Beleg hängt an. Erreichbar unter {p1.phone}. Danke!""",
        """Reklamation {d.ticket}: {p1.hon} meldet, dass die Daunenjacke Federn verliert. Begutachtet von {s.first}: normaler Verlust, abgelehnt. Am {d.date} telefonisch ({p1.phone}) informiert.""",
        """Reparaturschein – Filiale {d.store}
Name: {p1.lf}
Tel.: {p1.mobile}
Artikel: {d.kind}, {d.colour}
Angenommen von: {s.nick}""",
        """{p1.sal},

wir haben uns Ihre Schuhe angesehen. Das Obermaterial ist an der Knickfalte gerissen, weil das Leder nicht gepflegt wurde – ein Garantiefall liegt daher leider nicht vor. Aus Kulanz schicken wir Ihnen einen Gutschein über {d.price} an {p1.email}.

{x.signoff}
{x.sig_staff}""",
        """§AT§Gewährleistungsanfrage – {p1.full}, {p1.addr1}. Gekauft in unserer Filiale Innsbruck. Schnalle am Hüftgurt nach zwei Touren gebrochen. Wünscht Austausch per Post.""",
        """Kurzantrag: {p1.full}, Artikel {d.sku}, Kauf {d.date}, Mangel: Naht. Kontakt: {p1.email}. Bearbeitung: {s.full}.""",
        """Reparatur-Update für {p1.first}: deine Jacke (Auftrag {d.ticket}) liegt in {d.store} zur Abholung bereit. Sollen wir sie dir an {p1.addr1} schicken? Dann antworte einfach auf diese Nachricht.""",
    ],
    # ------------------------------------------------------------------ Überweisungen (IBAN im Fließtext)
    "bank_transfer": [
        """Hallo, bitte erstattet die {d.price} nicht auf die Karte, sondern auf mein Konto: {p1.iban}, Kontoinhaber:in {p1.full}. Danke, {p1.first}""",
        """Zahlungseingang – nicht zugeordnet
Betrag: {d.price}
Auftraggeber: {p1.caps}
IBAN: {p1.iban}
Verwendungszweck: „{d.order} {p1.last}“
→ {s.first}, kannst du das zuordnen?""",
        """Erstattungsauftrag für {s.first}: {d.price} an {p1.full}, IBAN {p1.iban}, Verwendungszweck {d.invoice}.""",
        """{p1.sal},

leider konnten wir zu Rechnung {d.invoice} noch keinen Zahlungseingang feststellen. Bitte überweisen Sie {d.price} an die Talgrat Outdoor GmbH, IBAN {v.iban}, unter Angabe Ihrer Kundennummer {d.customer}.

Mit freundlichen Grüßen
{s.full}""",
        """Kontoauszug {d.date}: SEPA-GUTSCHRIFT {d.price} {p1.LASTFIRST} IBAN {p1.iban} VWZ {d.order}""",
        """Hüttenwochenende abrechnen 🏕️ – bitte alle {d.qty} € an {p1.first} überweisen: {p1.iban} (VWZ: Hütte + Name). Danke! – {p1.nick}""",
        """Meine Bankverbindung für die Kautionsrückzahlung: {p1.full}, {p1.iban}. Das Konto ist bei der Sparkasse in {p1.town}, falls das wichtig ist. LG""",
        """Buchhaltung: Doppelzahlung von {p1.full} ({d.price} zweimal am {d.date}). Eine davon auf {p1.iban} zurücküberweisen. Freigabe: {s.full}.""",
    ],
    # ------------------------------------------------------------------ Kartenzahlung, Rückbelastung
    "card_dispute": [
        """Rückbelastung (Chargeback)
Karteninhaber:in: {p1.full}
Karte: {p1.card}
Betrag: {d.price}, Umsatz vom {d.date}
Grund: Ware nicht erhalten
Stellungnahme bis {d.date}.""",
        """Hallo, mir wurde die Bestellung {d.order} doppelt abgebucht. Meine Karte: {p1.card}, beide Buchungen vom {d.date}. Bitte eine davon erstatten. {p1.full}""",
        """Streitfall {d.ticket}: {p1.hon} sagt, die Karte mit Endung {d.last4} wurde ohne Zustimmung benutzt. Volle Kartennummer laut Acquirer: {p1.card}. {s.first} prüft die IP der Bestellung: {p1.ip}.""",
        """Notiz von {s.first}: {p1.full} hat mir am Telefon die komplette Kartennummer vorgelesen ({p1.card}) – ich hab {p1.ihn} unterbrochen, bitte trotzdem aus der Aufzeichnung löschen.""",
        """Betrugsprüfung – Bestellung {d.order}
Rechnungsname: {p1.full}
Liefername: {p2.full}
Karte: {p1.card}
IP: {v.ip}
Entscheidung: anhalten""",
        """Entwurf Stellungnahme Chargeback: {p1.Kunde}, {p1.full}, hat die Ware am {d.date} persönlich in unserer Filiale {d.store} abgeholt und den Beleg unterschrieben. Verwendete Karte: {p1.card}.""",
        """§CH§Grüezi, auf meiner Kreditkarte {p1.card} ist eine Belastung von Talgrat, die ich nicht kenne ({d.price}, {d.date}). Ich wohne an der {p1.addr1} und habe nie etwas bestellt. – {p1.full}""",
        """Zahlung 3× fehlgeschlagen für {p1.email} – Karte {v.card}, gültig bis {d.date}. Laut Kundenkonto gehört die Karte {p2.first}. Hab {p1.ihm} PayPal empfohlen.""",
    ],
    # ------------------------------------------------------------------ IT-Logs
    "it_log": [
        """{d.iso1}T{d.hhmm}:12Z WARN auth: Anmeldung fehlgeschlagen für {p1.email} von {v.ip1} (Versuch 3)
{d.iso1}T{d.hhmm}:40Z WARN auth: Anmeldung fehlgeschlagen für {p1.email} von {v.ip1} (Versuch 4)
{d.iso1}T{d.hhmm}:02Z INFO auth: Konto gesperrt, Benachrichtigung an {s.work}""",
        """[{d.iso1} {d.hhmm}] KASSE-{d.store}: Benutzer {s.lc} angemeldet von {v.ip}
[{d.iso1} {d.hhmm}] KASSE-{d.store}: Erstattung {d.price} an Kunde {p1.full}
[{d.iso1} {d.hhmm}] KASSE-{d.store}: Benutzer {s.lc} abgemeldet""",
        """Ticket {d.ticket} – VPN-Problem
Gemeldet von: {s.full}
Client-IP: {v.ip}
Gateway: {v.ip4}
„Seit heute Morgen komme ich von zu Hause nicht mehr ins Warenwirtschaftssystem.“ – zugewiesen an {s2.first}""",
        """Auszug access.log
{v.ip1} - - [{d.clf}] "GET /konto/bestellungen HTTP/1.1" 200 5120 user={p1.email}
{v.ip2} - - [{d.clf}] "POST /kasse HTTP/1.1" 302 0 user=-""",
        """Sicherheitshinweis: neue Anmeldung für {p1.full}
IP-Adresse: {v.ip}
Ort: ungefähr {d.town}
Warst du das nicht? Dann ändere bitte dein Passwort.""",
        """{"ts":"{d.iso1}T{d.hhmm}:00Z","event":"passwort_reset","user":"{p1.email}","ip":"{v.ip}","agent":"{s.lc}"}""",
        """Admin-Audit: {s.full} hat die Kundenliste ({d.qty} Zeilen) von {v.ip} um {d.hhmm} exportiert. Freigabe durch {s2.full}? Keine gefunden – bitte prüfen.""",
        """Rate-Limit erreicht ({d.errcode}) für den API-Schlüssel von Partner {d.dealer}, Quelle {v.ip6}. Ansprechperson: {p1.full}, {p1.biz}.""",
    ],
    # ------------------------------------------------------------------ Steuer-ID-Formulare
    "tax_form": [
        """§DE§Personalfragebogen – Talgrat Outdoor GmbH
Name, Vorname: {p1.lf}
Geburtsdatum: {d.dob}
Steuer-Identifikationsnummer: {p1.tax}
Anschrift: {p1.addr1}
Steuerklasse: ⟨I|III|IV|V⟩""",
        """§DE§Hi {s.first}, meine Steuer-ID ist {p1.tax} – sorry, dass es so lange gedauert hat, der Brief vom Bundeszentralamt kam erst gestern. {p1.first}""",
        """§DE§Checkliste Lohnabrechnung {p1.full}
☑ Arbeitsvertrag unterschrieben
☑ IdNr.: {p1.tax}
☐ Mitgliedsbescheinigung Krankenkasse
☐ IBAN fürs Gehalt: {p1.iban}""",
        """§DE§Rechnung Tourenguide – {p1.full}, {p1.addr1}
Steuer-ID: {p1.tax}
Geführte Touren {d.date}–{d.date}: {d.price}
Bitte überweisen auf {p1.iban}.
Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.""",
        """§DE§Ihre Steuer-ID ist die 11-stellige Nummer auf Briefen vom Finanzamt. Für {p1.full} haben wir {p1.tax} hinterlegt – bitte bestätigen Sie kurz, ob das stimmt, {p1.hon}.""",
        """§DE§Erklärung für Saisonkräfte
Familienname: {p1.last}
Vorname: {p1.first}
Steuerliche Identifikationsnummer: {p1.tax}
Unterschrift: {p1.full}, {d.date}""",
        """§DE§Erinnerung aus der Personalabteilung ({s.full}): {p1.full} und {p2.full} haben ihre Steuer-ID noch nicht abgegeben. {p3.first} schon ({p3.tax}), danke!""",
        """§DE§Korrektur: In der Personalakte von {p1.dat} stand eine falsche Steuer-ID. Alt: {v.tax}. Neu: {p1.tax}. Geändert von {s.ini} am {d.date}.""",
    ],
    # ------------------------------------------------------------------ Adressänderungen im Fließtext
    "address_change": [
        """Hallo, kurze Info: wir sind umgezogen! Neue Adresse ab {d.date}: {p1.addr1}. Bitte im Kundenkonto ändern – {p1.full}""",
        """Guten Tag,
ich bin letzten Monat umgezogen. Könnten Sie die Lieferadresse in meinem Clubkonto bitte ändern auf

{p1.addr}

Alte Adresse: {a1.line}
Danke, {p1.first}""",
        """{s.lc}: fyi {p1.flc} hat angerufen, neue adresse ist {p1.addr1}, bitte vor versand ändern""",
        """Adressänderung: {p1.LF} — alt: {a1.line} — neu: {p1.addr1} — gültig ab {d.date} — erfasst von {s.ini}""",
        """§AT§Wir sind übersiedelt, bitte den Ersatz an {p1.addr1} schicken. Diesmal stimmt die Türnummer, versprochen! {p1.first}""",
        """§CH§Bitte beachten Sie meine neue Postadresse:
{p1.full}
{p1.addr}
Telefonnummer bleibt: {p1.phone}""",
        """Endlich raus aus {a1.town} 🙂 Ab nächster Woche wohn ich hier: {p1.street}, im selben Ort wie meine Schwester {p2.first}. Könnt ihr die Adresse umstellen? PLZ usw. steht im Konto. {p1.full}""",
        """Ticket {d.ticket}: {p1.full} möchte die Bestellung {d.order} lieber ins Büro geliefert bekommen: {a1.line}. Über {p1.email} verifiziert.""",
    ],
    # ------------------------------------------------------------------ Briefe mit mehrzeiliger Anschrift
    "postal_letter": [
        """Talgrat Outdoor GmbH · Werkstatt

{p1.envelope}
{p1.addr}

{d.town}, {d.date}

Ihr Reparaturauftrag {d.ticket}

{p1.sal},

Ihre Bergschuhe sind neu besohlt und bereits auf dem Rückweg zu Ihnen. Vielen Dank für Ihre Geduld.

Mit freundlichen Grüßen
{s.full}""",
        """§AT§{p1.full}
{p1.addr}

{p1.lieb},

anbei deine neue Clubkarte. Die alte ist ab sofort gesperrt.

Liebe Grüße
{s.full}""",
        """§CH§An: {p1.full}
{p1.addr}
Schweiz

Grüezi {p1.hon}

Gerne bestätigen wir Ihren Platz auf der geführten Wanderung vom {d.date}.""",
        """Briefumschlag:
{p1.envelope}
{p1.addr}
{p1.country}""",
        """Bitte schickt den Gewinn an meine Mutter:
{p2.full}
{p2.addr}
Danke! {p1.first}""",
        """{p1.lieb},

vielen Dank für deinen netten Brief über unsere Reparaturwerkstatt.

{s.full}
Talgrat Outdoor GmbH
{a1.block}""",
        """Absender:
{p1.full}
{p1.addr}

Inhalt: 1 × {d.kind}, Bestellung {d.order}.""",
        """Lieferanschrift:
{p1.envelope}
{p1.addr}
Tel. {p1.phone}""",
    ],
    # ------------------------------------------------------------------ Rückrufwünsche: Telefonnummern zwischen Bestellnummern
    "callback_request": [
        """Bitte Rückruf: {p1.full}, Tel. {p1.phone}, Bestellung {d.order}, Art.-Nr. {d.sku}, geliefert am {d.date}. Möchte umtauschen.""",
        """Webformular – Rückrufwunsch
Name: {p1.full}
Telefon: {p1.phone}
Erreichbar: {d.topen}–{d.tclose} Uhr
Bestellnummer: {d.order10}
Artikel: {d.gtin}
Nachricht: ⟨linker Schuh quietscht|Kapuzenkordel gerissen|Reißverschluss klemmt⟩""",
        """Verpasste Anrufe heute: {p1.phone} (2×, wegen {d.order}), {p2.phone} (wegen {d.sku}), {v.phone} (keine Nachricht).""",
        """bitte {p1.lc} unter {p1.mobile} zurückrufen – hat {d.sku} statt {d.sku} bekommen, bestellung {d.order}, geliefert {d.date}""",
        """{p1.hon} bittet um Rückruf unter {p1.phone} wegen Rechnung {d.invoice} ({d.price}). Nicht vor {d.hhmm} Uhr.""",
        """Rückrufliste {d.date}
{d.hhmm} | {p1.phone} | {p1.full} | Bestellung {d.order}
{d.hhmm} | {p2.phone} | {p2.full} | EAN {d.gtin}
{d.hhmm} | {p3.phone} | {p3.abbr} | Kundennr. {d.customer}""",
        """RR {p1.hon} ☎ {p1.phone} – Auftrag {d.order10} v. {d.date}, Lieferschein {d.invoice}, Sendung {d.tracking}""",
        """Rückrufwunsch über die Website ({d.iso} {d.hhmm}): {p1.lf}, {p1.mobile}. Thema: Bestellung {d.order}, Menge {d.qty}, {d.lot}.""",
    ],
    # ------------------------------------------------------------------ Touren- und Kursbuchungen
    "tour_booking": [
        """Buchungsbestätigung – geführte Wanderung, {d.date}
Teilnehmende: {p1.full}, {p2.full}, {p3.first} ({d.n} J.)
Kontakt: {p1.email}, {p1.mobile}
Treffpunkt: Wanderparkplatz, {d.hhmm} Uhr
Guide: {s.full}""",
        """Hi {s.first}! Kannst du {p2.full} noch zum Navigationskurs am Samstag dazunehmen? Schuhe hat {p2.pron} schon. – {p1.first}""",
        """Teilnehmerliste Tour (Notfallkontakte)
{p1.full} – Notfall: {p2.full}, {p2.phone}
{p3.full} – Notfall: {p4.full}, {p4.phone}""",
        """Buchung {d.order}: 2 Plätze, {p1.honf} + Begleitung. Bezahlt mit Karte {p1.card}. Verpflegung: vegetarisch.""",
        """Warteliste Gletscherkurs: {p1.abbr}, {p2.abbr}, {p3.abbr} – {s.first} ruft alle am {d.weekday} an.""",
        """{p1.lieb},

danke für deine Buchung der Sonnenaufgangstour! Dein Guide {s.first} trifft dich um {d.hhmm} Uhr. Bitte Stirnlampe mitbringen. Falls du nicht kannst: {s.phone}.""",
        """Kajak-Schnupperkurs {d.date} – {p1.full} (+ Sohn {p2.first}), {p3.full}, {p4.full}. Neoprengrößen bei {s.lc}. Zahlungslink an {p1.email} geschickt.""",
        """Absage: {p1.full} kann die Watzmann-Tour am {d.date} nicht; der Platz geht an {p2.full} von der Warteliste ({p2.phone}).""",
    ],
    # ------------------------------------------------------------------ Verleih
    "rental_agreement": [
        """MIETVERTRAG {d.order}
Mieter:in: {p1.full}
Anschrift: {p1.addr1}
Mobil: {p1.mobile}
Artikel: {d.kind} ({d.sku}), {d.kind} ({d.sku})
Kaution: {d.price}, Karte {p1.card}
Rückgabe bis: {d.date}
Ausgabe: {s.ini}""",
        """Verleihnotiz: {p1.full} hat die Steigeisen einen Tag zu spät zurückgebracht, beim Zelt fehlt ein Hering. Kaution teilweise einbehalten. {s.first}""",
        """Hallo! Wir würden gern für das Wochenende am {d.date} zwei Schlafsäcke leihen. Ich bin {p1.full}, Handy {p1.mobile}. Kann mein Bruder {p2.first} die abholen?""",
        """Rückgabeprotokoll Verleih – {p1.LF} – alles vollständig – geprüft von {s.lc}""",
        """Kaution zurück: {p1.full}, {p1.iban}, {d.price}, Verleih {d.order}.""",
        """Ausweis gesehen: ja ({s.first}). Name laut Ausweis: {p1.caps}. Adresse laut Ausweis: {p1.addr1}.""",
        """Reservierung Verleih: {p1.full} ({p1.phone}) hat 2 LVS-Geräte für den {d.date} reserviert. Karte hinterlegt: {p1.card}.""",
        """Überfällige Leihe {d.order}: {p1.hon} hat die Lawinenausrüstung noch nicht zurückgegeben. Erinnerung an {p1.email}, zweite Erinnerung per Post an {p1.addr1}.""",
    ],
}

# -------------------------------------------------------------------- Texte ohne personenbezogene Daten

CLEAN = {
    "product_copy": [
        """{d.product} – {d.kind} in {d.colour}. {d.weight}, {d.volume}. Art.-Nr. {d.sku}, EAN {d.gtin}. {d.price}.""",
        """Für Schmuddelwetter im Schwarzwald und lange Wochenenden im Allgäu: Der {d.product} hält dich trocken, ohne dass du im eigenen Saft schmorst. Größen XS–XXL. Art.-Nr. {d.sku}.""",
        """Neu im Mai: der {d.product} in Fuchsrot und Wolfsgrau. Jetzt vorbestellen, Versand ab {d.date}. {d.price}, Art.-Nr. {d.sku}.""",
        """Datenblatt
Gewicht: {d.weight}
Volumen: {d.volume}
Material: 70D Ripstop
EAN: {d.gtin}
Artikelnummer: {d.sku}
UVP: {d.price}""",
        """Vom Bauernhof auf die Hütte: Unsere Wollsocken stammen von Schafen aus der Rhön und werden in Franken gestrickt. {d.price} je Paar, Charge {d.lot}.""",
        """Der Koch auf der Hütte schwört auf unsere Thermoskanne: 1 l, hält 24 Stunden heiß. Art.-Nr. {d.sku}, {d.price}.""",
        """Pflegehinweis: bei 30 °C waschen, im Trockner bei niedriger Temperatur die Imprägnierung aktivieren. Hergestellt in Portugal. Charge {d.lot}, Art.-Nr. {d.sku}.""",
        """Jäger und Sammler aufgepasst: Die Hose mit acht Taschen hat Platz für alles, was du unterwegs findest. {d.weight}, ab {d.price}.""",
    ],
    "order_update": [
        """Deine Bestellung {d.order} ist mit {d.carrier} unterwegs. Sendungsnummer: {d.tracking}. Voraussichtliche Zustellung: {d.date}.""",
        """Bestellung {d.order} – Status: abholbereit in der Filiale {d.store} ab {d.date}, {d.hhmm} Uhr. Bitte Bestellnummer mitbringen.""",
        """Update zu {d.order}: Ein Artikel ({d.sku}) ist erst ab {d.date} wieder lieferbar. Der Rest geht heute raus. Rechnung {d.invoice} wird um {d.price} korrigiert.""",
        """Erstattung veranlasst: {d.price} für Retoure {d.ticket}, Bestellung {d.order10}. Die Gutschrift kann 5–7 Werktage dauern.""",
        """Zustellversuch fehlgeschlagen ({d.date}, {d.hhmm} Uhr). Dein Paket {d.tracking} liegt in der Filiale mit der PLZ {d.zip} zur Abholung bereit.""",
        """Deine Bestellung {d.order} wurde auf zwei Pakete aufgeteilt:
1) {d.tracking}
2) {d.tracking}""",
        """Bestellung {d.order10} bestätigt. {d.qty} Artikel, Summe {d.price}, Zahlung per Karte mit Endung {d.last4}. Wir melden uns, sobald sie verschickt ist.""",
        """Gute Nachricht: Der {d.product}, den du im Mai vorbestellt hast, wird am {d.date} verschickt. Vorgang {d.order}.""",
    ],
    "stock_report": [
        """Bestandsbericht {d.store} {d.iso}
{d.sku} | {d.product} | {d.qty} Stk.
{d.sku} | {d.product} | {d.qty} Stk.
{d.sku} | {d.kind} | 0 Stk. (nachbestellen)""",
        """EAN {d.gtin} – {d.qty} auf Lager, {d.qty} reserviert, nächste Lieferung {d.date}.""",
        """Inventurdifferenz KW {d.n}: {d.sku} −{d.n}, {d.sku} +{d.n}. Ursache: Fehlscan im Wareneingang. {d.lot}.""",
        """Mindestbestand unterschritten: {d.product} in {d.size}/{d.colour} – nur noch {d.n} Stück in allen Filialen. Bestellung {d.invoice} ausgelöst.""",
        """Umlagerung {d.ticket}: {d.qty} × {d.sku} von {d.store} nach {d.store}, Ankunft {d.date}.""",
        """Regalprüfung Gang 14: Die Gummistiefel im Jägerlook sind falsch ausgezeichnet ({d.sku}); richtig ist {d.sku}. {d.qty} Paar betroffen.""",
        """Zählung {d.iso}: Soll {d.qty}, Ist {d.qty} für {d.gtin}. Nachzählen bis 10 Uhr.""",
        """Wareneingang {d.date}: Palette {d.lot} ({d.qty} Kartons) aus dem Lager Wolfsburg, Lieferschein {d.invoice}.""",
    ],
    "faq": [
        """Wie lange kann ich zurückgeben?
30 Tage ab Lieferung. Gib einfach deine Bestellnummer (z. B. {d.order}) auf dem Retourenschein an.""",
        """Kann ich die Lieferadresse nach der Bestellung ändern?
Nur solange die Bestellung noch nicht verschickt ist. Danach wende dich mit deiner Sendungsnummer ({d.tracking} o. ä.) an den Paketdienst.""",
        """Repariert ihr Reißverschlüsse?
Ja – unsere Werkstatt in {d.store} tauscht Reißverschlüsse ab {d.price}. Dauer etwa {d.n} Werktage.""",
        """Was bedeutet der Code auf dem Etikett?
Der erste Teil ({d.sku}) ist die Artikelnummer, die 13-stellige Zahl ({d.gtin}) der Barcode.""",
        """Gibt es einen Black-Friday-Sale?
Nein. Stattdessen spenden wir im November {d.pct} des Umsatzes an die Bergwacht.""",
        """Wohin liefert ihr?
Nach Deutschland, Österreich, in die Schweiz und in die EU. In manche Postleitzahlgebiete (z. B. {d.zip}) dauert es einen Tag länger.""",
        """Warum wurde meine Karte mit Endung {d.last4} zweimal belastet?
Eine Buchung ist nur eine Vorautorisierung und verschwindet innerhalb von {d.n} Tagen.""",
        """Gibt es im Mai wieder den Frühjahrs-Sale?
Ja, ab {d.date} – Clubmitglieder kommen früher rein.""",
    ],
    "store_news": [
        """Unsere Filiale {d.store} bleibt am {d.date} wegen Inventur geschlossen. Ab {d.date} sind wir ab {d.hhmm} Uhr wieder für euch da.""",
        """Repair-Café an jedem ersten Samstag, {d.topen}–{d.tclose} Uhr. Bringt eure kaputten Jacken und Reißverschlüsse mit! Kaffee gibt's gratis.""",
        """Vortragsabend: Mit Ski über Grönland, {d.date} um {d.hhmm} Uhr. Eintritt {d.price}, der Erlös geht an die Bergwacht {d.town}.""",
        """Unsere Herbst-Filmtour macht Station in Mailand, Florenz und Wien – Termine und Tickets ab {d.date}.""",
        """Neue Öffnungszeiten in {d.store} ab {d.date}: Mo–Sa {d.topen}–{d.tclose} Uhr.""",
        """Wir suchen Verstärkung! Verkäufer:in in Teilzeit für {d.store}, {d.n} Tage pro Woche. Bewerbung bis {d.date}.""",
        """Bei der Müllsammelaktion am Wolfsberg sind letzten Samstag {d.qty} Säcke zusammengekommen. Danke an alle, die dabei waren!""",
        """Im Schaufenster in {d.store} hängt jetzt der {d.product} – lasst euch ohne Termin beraten, noch bis {d.date}.""",
    ],
    "size_guide": [
        """Größentabelle – {d.kind}
S: Brustumfang 88–94 cm
M: Brustumfang 95–101 cm
L: Brustumfang 102–108 cm
Zwischen zwei Größen? Nimm die größere. Art.-Nr. {d.sku}.""",
        """Die Schuhe fallen klein aus: Wer sonst 42 trägt, bestellt 42 2/3. Halbe Größen bis 47. Modell {d.product}.""",
        """Rückenlänge {d.product}: S/M 40–48 cm, M/L 46–54 cm. Volumen {d.volume}.""",
        """Kindergrößen: 104, 116, 128, 140, 152. Die Jacke wächst mit – Ärmelverlängerung um {d.n} cm.""",
        """Handschuhe: Umfang der Handfläche messen. 19 cm = S, 21 cm = M, 23 cm = L. Art.-Nr. {d.sku}.""",
        """Umrechnung: US 10 = UK 9,5 = EU 44. Der {d.product} fällt normal aus.""",
        """Hosen gibt es in Kurz-, Normal- und Langgröße (z. B. 24, 48, 98). Bundweite 28–40. Art.-Nr. {d.sku}.""",
        """Helmgrößen: 52–56 cm und 56–61 cm. Gewicht {d.weight}. Geprüft nach EN 12492.""",
    ],
    "promo_mail": [
        """Hallo zusammen,
{d.pct} auf alle Regenjacken bis {d.date}. Code FRÜHLING an der Kasse eingeben.""",
        """Liebe Kundinnen und Kunden,
unser Mai-Sale startet am {d.date}. Clubmitglieder kommen schon ab {d.hhmm} Uhr rein.""",
        """Letzte Chance! Der {d.product} für {d.price} statt {d.price}. Nur noch {d.n} Tage.""",
        """Hallo Bergfreunde,
eure Punkte sind jetzt bis {d.date} gültig. Ihr müsst nichts weiter tun.""",
        """Hey Trailfans 👋
diese Woche versandkostenfrei ab {d.price}.""",
        """Gute Nachrichten aus der Werkstatt: Im {d.month} gibt's {d.pct} auf alle Reparaturen.""",
        """Liebe Mitglieder,
unsere jährliche Clubumfrage läuft bis {d.date}. Dauert etwa {d.n} Minuten.""",
        """Wochenend-Deal: Kauf eine Softshelljacke, die passende Hose gibt's zum halben Preis. Nur bis {d.date}.""",
    ],
    "trail_report": [
        """Tourenbericht {d.date}: Der Weg vom Feldberg zum Titisee ist nach dem Regen matschig. {d.km}, {d.hm}. Etwa {d.n} Stunden einplanen.""",
        """Verhältnisse am Wolfsgrat: Schnee ab 1.800 m, Temperaturen um {d.temp}. Grödel empfohlen.""",
        """Tourentipp: Mit der Bahn nach Berchtesgaden, dann über den Soleleitungsweg in die Ramsau. {d.km}.""",
        """Der Fuchsbau-Steig bei Oberstdorf ist bis {d.date} wegen Bauarbeiten gesperrt.""",
        """Sonnenaufgang am Königssee – hat sich gelohnt, um 5 Uhr aufzustehen. {d.km} hin und zurück, {d.hm}.""",
        """Jägersteig am Herzogstand: felsig, teils ausgesetzt. Nichts für Hunde. Parkplatz ab {d.hhmm} Uhr voll.""",
        """Säntis diesen {d.weekday}: Böen bis 70 km/h am Gipfel, {d.temp}. Im Zweifel am Sattel umdrehen.""",
        """Mit dem Rad von Lindau nach Bregenz: {d.km}, fast flach, Seeblick fast die ganze Strecke.""",
    ],
    "ops_note": [
        """Erinnerung: Der Bäcker nebenan wird um {d.hhmm} Uhr beliefert – Laderampe bitte freihalten.""",
        """Der Drucker im Büro braucht neuen Toner ({d.sku}). Bestellt am {d.date}.""",
        """Feueralarmübung am {d.date} um {d.hhmm} Uhr. Sammelplatz: Parkplatz B.""",
        """Kassensoftware-Update auf {d.version} heute Nacht. Neustart gegen {d.hhmm} Uhr.""",
        """Am 1. Mai sind alle Filialen geschlossen, ab {d.date} wieder normal geöffnet.""",
        """Bitte keine Retouren auf der Treppe abstellen – dafür gibt es den Gitterwagen an Tür {d.n}.""",
        """Das WLAN-Passwort im Veranstaltungsraum wurde am {d.date} geändert. Bitte bei der Filialleitung nachfragen.""",
        """Heizung in {d.store} läuft wieder. Thermostat steht auf 20 °C – bitte nicht verstellen. Der Schreiner kommt am {d.weekday} wegen der Tür.""",
    ],
    "price_list": [
        """Preisliste gültig ab {d.date}
{d.product} – {d.price}
{d.product} – {d.price}
{d.product} – {d.price}""",
        """Reparaturpreise: Reißverschluss tauschen {d.price}, Neubesohlung {d.price}, Nahtabdichtung {d.price}.""",
        """Händlerpreise (netto, zzgl. MwSt.): {d.sku} {d.price}; {d.sku} {d.price}. Mindestabnahme {d.qty} Stück.""",
        """Verleihpreise pro Tag: Zelt {d.price}, Schlafsack {d.price}, Steigeisen {d.price}. Kaution {d.price}.""",
        """Kursgebühren {d.year}: Navigation {d.price}, Erste Hilfe {d.price}, Winterkurs {d.price}.""",
        """Abverkauf: {d.kind} jetzt {d.price} (statt {d.price}), Art.-Nr. {d.sku}, solange der Vorrat reicht.""",
        """Versandkosten: Deutschland {d.price}, Österreich {d.price}, Schweiz {d.price}. Ab {d.price} versandkostenfrei.""",
        """Gutscheinwerte: 25, 50, 100 oder Wunschbetrag bis {d.price}.""",
    ],
}
