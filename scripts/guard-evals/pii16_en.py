"""English templates of the sixteenth PII bank (written in English, not translated).

Slots: see pii16_core.Ctx.resolve. `((a¦b))` picks one alternative.
"""

PII = {
    "authority_letter": [
        "((WESTMORLAND AND FURNESS COUNCIL¦CUMBERLAND COUNCIL¦THE HIGHLAND COUNCIL)) – Licensing Team\nOur ref: {case}   Your ref: {order}\nDate: {date}\n\n{p1.honfull}\n{gba1.block}\n\n{p1.sal},\n\nStreet trading consent – pop-up stand \"Talgrat Outdoor\"\n\nWe have received your application for a temporary street trading consent. Before it can be granted we need a copy of your public liability certificate and the consent of the landowner. Please send both to {mail.licensing} or call {p2.honfull} on {ph1} quoting {case}.\n\nThe fee of {price} is payable by card or by transfer (sort code and account on the invoice, not to a personal account).\n\nYours sincerely\n\n{p2.full}\nLicensing Officer",
        "HM Revenue & Customs\nPAYE and Self Assessment\nBX9 1AS\n\nUnique Taxpayer Reference: {stnr}\nNational Insurance number: ((QQ 12 34 56 C¦AB 98 76 54 D))\n\n{p1.caps}\n{a1.block}\n\nDate of this letter: {date}\n\n{p1.sal}\n\nYou told us you also receive income from a German employer (Talgrat Outdoor GmbH). The German tax identification number you gave us, {taxid}, has been added to your record. If this number is not yours, contact us within 30 days.\n\n((Please do not reply by e-mail. ¦))Our reference: {case}",
        "OCR import — scan_{qty}.pdf  (page 1 of 2)\n\nCITY OF BOULDER — Parks & Open Space\nSpecial Event Permit #{case}\n\nApplicant: {p1.full}\nOrganisation: Talgrat Outdoor ((Inc.¦store team))\nMailing\naddress: {usa1.line}\nPhone: {ph1}     Alt. contact: {p2.full}, {ph2}\nE-mail: {p1.email}\n\nEvent: trail clean-up & demo day   Expected attendance: {qty}\nPermit fee {price} paid — receipt {inv}\n\nAPPROVED by: {p3.init}  (Permits Desk)",
    ],
    "ski_hire": [
        "TALGRAT SKI & BOOT HIRE — rental agreement {order}\n\nHirer: {p1.full}          DOB: {dob}\nHome address: {a1.line}\nMobile: {p1.phone}   Email: {p1.email}\nSkier type: ((2¦3¦1+))   Boot size: {shoe}\nDIN setting: {din}  (set by {p2.first}, workshop)\n\nItems: skis {serial} · boots {serial2} · helmet {size}\nDeposit: card {card}, held until return\nRental period: {date} – {date2}   Total: {price}\n\nSignature of hirer: ____________  ({p1.caps})",
        "Hire desk notes {date}\n- {p1.hon} returned the touring skis two days late; charged {price} extra to the card on file ({masked}).\n- Boots for {p2.first} {p2.last} (shoe {shoe}) swapped to half a size bigger; DIN {din} unchanged.\n- Group booking under {p3.rev}: {qty} kids' sets, pickup {time}. Contact number {p3.phone}.\n- Ask {p4.last} whether the avalanche transceiver {serial} came back with batteries.",
        "Subject: Your ski hire booking {pnr}\n\nHi {p1.first},\n\nthanks for booking with Talgrat Hire. Your kit will be ready at our ((Keswick¦Fort William¦Aviemore)) branch from {time} on {date}.\n\nLead hirer: {p1.full}\nOther skiers: {p2.full} (DIN {din}), {p3.full} (DIN {din2})\nPaid with: {card}\n\nIf your plans change, call us on {ph1} or reply to {mail.hire}.\n\nCheers,\n{p4.first} at the hire desk",
    ],
    "ics_invite": [
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Talgrat Outdoor//Store Calendar//EN\nBEGIN:VEVENT\nUID:{hash}-store-cal\nDTSTAMP:{icsdate}\nDTSTART:{icsdate2}\nSUMMARY:Boot fitting – {p1.full}\nORGANIZER;CN={p2.full}:mailto:{p2.work}\nATTENDEE;CN={p1.full};ROLE=REQ-PARTICIPANT:mailto:{p1.email}\nLOCATION:{a1.street}\nDESCRIPTION:Customer phone {p1.phone}. Order {order}\\, size {shoe}.\nEND:VEVENT\nEND:VCALENDAR",
        "Invitation: Store team stand-up @ {date} {time} (GMT)\n\nOrganizer: {p1.full} <{p1.work}>\nGuests:\n  {p2.full} <{p2.work}>\n  {p3.full} <{p3.work}> – optional\n  {p4.email}\n\nJoining info: {phgb9} PIN ((471 883 902#¦902 441 117#))\nLocation: back office, Talgrat Outdoor\n\nReply for {p2.work}: Yes / Maybe / No\nInvitation from Google Calendar",
        "BEGIN:VEVENT\nSUMMARY:Home visit – tent repair quote\nDTSTART;TZID=Europe/Dublin:{icsdate}\nORGANIZER;CN=\"{p1.rev}\":mailto:{mail.repairs}\nATTENDEE;CN={p2.full};PARTSTAT=ACCEPTED:mailto:{p2.email}\nLOCATION:{iea1.line}\nDESCRIPTION:Ring {p2.first} first on {p2.phone}. Tent {product}\\, serial {serial}.\nEND:VEVENT",
    ],
    "git_log": [
        "commit {hash}\nAuthor: {p1.full} <{p1.work}>\nDate:   {date} {time}\n\n    Fix postcode validation for Irish Eircodes\n\n    Reported-by: {p2.full} <{p2.work}>\n    Reviewed-by: {p3.full} <{p3.work}>\n\ncommit {hash2}\nAuthor: {p4.full} <{p4.email}>\nDate:   {date2}\n\n    Bump checkout to {ver}\n\n    Co-authored-by: {p1.full} <{p1.work}>",
        "$ git shortlog -sne --since=\"3 months\"\n   {qty}  {p1.full} <{p1.work}>\n   {qty2}  {p2.full} <{p2.work}>\n    {qty3}  {p3.lower} <{p3.email}>\n     2  ci-bot",
        "fixtures/customers.json | 4 ++--\n\n-  \"name\": \"Test Customer\",\n-  \"card\": \"tok_visa\",\n+  \"name\": \"{p1.full}\",\n+  \"card\": \"{card}\",\n\n^ {p2.first}, this is a real customer's card from the support ticket – please revert {hash} and rotate. Signed-off-by: {p3.full} <{p3.work}>",
    ],
    "pager_alert": [
        "[FIRING:1] CheckoutLatencyHigh ((eu-west-1¦prod))\nAcknowledged by {p1.full} at {time}\nEscalation: primary {p1.first} ({p1.phone}) → secondary {p2.full} ({p2.phone})\nTop offending client: {ip}  (rate-limited; internal LB {privip})\nRunbook: https://wiki.talgrat.internal/runbooks/checkout\nBuild {ver}",
        "#incidents\n{p1.flower}: card-testing again from {ip} and {ipv6}, ~{qty}0 attempts/min\n{p2.flower}: blocked at the edge. @{p3.full} can you ring the PSP? their fraud desk is {ph1}\n{p3.first}: on it. ticket {case}\n{p1.flower}: fyi none of the 10.x hosts are affected ({privip})",
        "On-call schedule — week {qty}\nMon–Wed  {p1.rev}   {p1.phone}\nThu–Fri  {p2.rev}   {p2.phone}\nWeekend  {p3.rev}   {p3.phone}\nFallback: {mail.oncall}\nNote: {p2.first} swaps Thursday with {p4.last}.",
    ],
    "whois_record": [
        "Domain Name: TRAILFINDER-{qty}.CO.UK\nRegistrar: Example Registrar Ltd\nRegistrant:\n    {p1.full}\nRegistrant's address:\n    {gba1.block}\n    United Kingdom\nRegistrant phone: {phw1}\nRegistrant email: {p1.email}\nName servers:\n    ns1.talgrat-dns.net   {ip}\n    ns2.talgrat-dns.net   {ip2}\nRegistered on: {date}",
        "% RDAP query for brand-squat report {case}\nRegistrant Name: {p1.full}\nRegistrant Organization: \nRegistrant Street: {a1.street}\nRegistrant City: {a1.town}\nRegistrant Postal Code: {a1.zip}\nRegistrant Phone: {phw1}\nRegistrant Email: {p1.email}\nAdmin Name: {p2.full}\nAdmin Email: {p2.email}\nAbuse contact: {mail.abuse}\nUpdated: {ts}",
        "Legal, FYI – the lookalike shop talgratt-sale.com is registered to a private person: {p1.caps}, {a1.line}, tel {phw1}. Hosting IP {ip}. I've asked {p2.full} to send the UDRP letter; see case {case}.",
    ],
    "exif_metadata": [
        "$ exiftool IMG_{qty}{qty2}.CR3\nCamera Model Name               : Canon EOS R6\nSerial Number                   : {serial}\nLens Model                      : RF24-105mm F4 L IS USM\nArtist                          : {p1.full}\nCopyright                       : © 2025 {p1.full} for Talgrat Outdoor\nCreator Work Email              : {p1.email}\nCreator Work Telephone          : {p1.phone}\nCreator Address                 : {a1.street}\nCreator City                    : {a1.town}\nCreator Postal Code             : {a1.zip}\nGPS Position                    : {coord}",
        "Photo metadata check before upload (lookbook {date}):\n- DSC_{qty}.jpg: Artist \"{p1.caps}\", contact {p1.email} — OK, licensed\n- DSC_{qty2}.jpg: Model release missing for {p2.full} (model), photographer {p3.full}\n- DSC_{qty3}.jpg: EXIF still has the photographer's home street ({a1.street}) — strip before publishing\nCamera serials {serial} / {serial2} are fine to keep.",
    ],
    "image_credits": [
        "AUTUMN LOOKBOOK — CREDITS\nPhotography: {p1.full}\nModels: {p2.full}, {p3.full} (((Storm¦Elite¦Nevs)) Models)\nStyling: {p4.full}\nLocation: Buttermere, Lake District\nWorn: {product} jacket in Hunter green, {product2} trousers\n\nBookings for {p1.last}: {p1.phone} · {p1.email}",
        "Image caption draft:\n\"{p1.first} {p1.last} on the {product} ridge at dawn.\" Photo: {p2.lastcaps} / Talgrat\n\n{p3.first} — please check spelling with {p2.first} before print, last time we wrote \"Baker's Rise\" instead of the photographer's name. Agency contact {mail.bookings}, invoice to {company}.",
    ],
    "race_results": [
        "Talgrat Fell Race {date} — provisional results\nPos\tBib\tName\tClub\tTime\n1\t{startno}\t{p1.full}\t((Keswick AC¦Ambleside AC¦unattached))\t{racetime}\n2\t{startno2}\t{p2.full}\tBorrowdale Fellrunners\t{racetime2}\n3\t{startno3}\t{p3.full}\t((Helm Hill¦Dark Peak))\t{racetime3}\n\nQueries to the race secretary, {p4.full}, {p4.phone}.",
        "| # | Bib | Surname | First name | Cat | Time |\n|---|-----|---------|------------|-----|------|\n| 1 | {startno} | {p1.last} | {p1.first} | V40 | {racetime} |\n| 2 | {startno2} | {p2.caps} | | M | {racetime2} |\n| 3 | {startno3} | {p3.last} | {p3.first} | F | {racetime3} |\n\nPrize money paid by transfer; {p1.first}, please send your IBAN to {mail.races} (we have {ibanc} on file from last year).",
    ],
    "volunteer_roster": [
        "Trail clean-up volunteers — {date}\nName | T-shirt | Emergency contact\n{p1.full} | {size} | {p2.full} {p2.phone}\n{p3.full} | {size2} | {p4.first} (partner) {p4.phone}\n{p5.lower} | {size3} | –\nMeeting point: car park at {a1.street}. Coordinator: {p6.full}, {p6.phone}",
        "Hi all, thanks for volunteering on {date}! Lifts: {p1.first} drives from {a1.line} at {time} and has 3 seats; {p2.full} collects {p3.first} and {p4.first}. If you cancel, text me on {ph1}. — {p5.first}\n\n(Bin bags, gloves and grabbers are in the van {plate}.)",
    ],
    "rooming_list": [
        "Rooming list — sales meeting, Lakeside Hotel, {date}–{date2}\nRoom\tGuest\tType\tNotes\n{room}\t{p1.rev}\tSGL\tveggie\n{room2}\t{p2.rev}\tDBL\twith partner\n{room3}\t{p3.rev}\tSGL\tlate arrival ({time})\n\nBilling: master account {cust}, company card {card}\nHotel contact: {p4.first} in reservations, {ph1}",
        "From: {p1.full} <{p1.work}>\nTo: {mail.groups}\nSubject: Amendments to rooming list {pnr}\n\nHi {p2.first},\n\n- {p3.full} cancelled – please release room {room}.\n- Add {p4.hon} (arriving by train, mobile {p4.phone}).\n- {p5.full} needs an accessible room.\n\nMany thanks,\n{p1.first}",
    ],
    "travel_itinerary": [
        "E-TICKET RECEIPT\nBooking reference: {pnr}\nPassenger: {p1.caps}  (ADT)\nFrequent flyer: {serial}\nFlight ((EI¦BA¦LH)) {qty}{qty2}  DUB → MUC  {date} {time}\nSeat {qty3}C  Baggage: 1 x 23 kg + ski bag\nPaid: {price} with {masked}\nContact for this booking: {p2.full}, {p2.phone}, {p2.work}",
        "Travel for the ISPO team ({date}):\n• {p1.full} – train Manchester Piccadilly → London, then flight; booking ref {pnr}\n• {p2.full} – driving, mileage claim; reg {plate}\n• {p3.full} – flight ref {pnr2}, passport expiry checked\nCorporate card used: {card} (travel budget code {cust})\nQuestions to {p4.first} in finance, {p4.phone}.",
    ],
    "vehicle_logbook": [
        "VAN LOGBOOK — {plate}\nDate\tDriver\tFrom\tTo\tStart km\tEnd km\tPurpose\n{date}\t{p1.init}\tstore\t{a1.street}\t{km}\t{km2}\tdelivery tent {order}\n{date2}\t{p2.first}\tstore\t{a2.line}\t{km2}\t{km3}\tcollection (return)\n{date3}\t{p1.init}\tstore\twarehouse\t{km3}\t{km4}\tstock\n\nFuel card PIN is NOT to be written here. Damage to report: none. Signed off: {p3.full}",
        "Van note: {p1.first} dinged the wing mirror outside {a1.line} on {date}. Witness: the customer, {p2.hon} (tel {p2.phone}). Insurer ref {case}. Mileage {km}. {p3.first} has the photos.",
    ],
    "notice_board": [
        "STAFF NOTICE BOARD (photo, transcribed)\n\nFOR SALE: 2-person tent, used twice, {price}. Ask {p1.first} on the tills or text {p1.phone}\n\nLOST: blue Talgrat fleece, name tag \"{p2.caps}\". Please hand to {p3.last} in the stockroom.\n\nLift share to the Keswick store on Saturdays – {p4.full}, {p4.email}\n\nThe baker on the corner does 10% off for Talgrat staff!",
        "Community board by the door:\n- Climbing partner wanted, Tuesdays at the wall. {p1.init} — {p1.phone}\n- Babysitter available weekends, DBS checked: {p2.full}, {p2.email}\n- Room to let near {a1.street}, {price} pcm, contact {p3.hon}\n- Rose bushes free to collect (ask at the desk)",
    ],
    "podcast_notes": [
        "Talgrat Trail Talk — Episode {qty}: \"Winter camping without misery\"\nGuest: {p1.full}, mountain leader\nHost: {p2.full}\n\n00:00 Intro\n04:12 {p1.first} on sleeping mats and R-values\n31:40 Listener question from {p3.init} in ((Leeds¦Galway¦Boulder))\n\nBook {p1.first} for workshops: {p1.email} / {p1.phone}\nThis episode was recorded at {a1.line}.",
        "Guest prep sheet\nGuest: {p1.full} ({p1.handle} on Instagram)\nPronunciation: \"{p1.last}\" – check with {p1.first} before recording\nPhone for the day: {p1.phone}\nFee: {price}, invoice to {p1.email}, paid to {iban}\nGerman tax ID (fee is paid by Talgrat GmbH): {taxid}\nProducer: {p2.full}",
    ],
    "srt_subtitles": [
        "1\n{srt}\n[{p1.caps} – Head Guide, Talgrat]\n\n2\n{srt2}\nWe set off from the hut at five,\nand {p2.first} was already complaining.\n\n3\n{srt3}\n{p2.first}: I wasn't complaining!\nI was describing the weather.\n\n4\n{srt4}\n[Filmed with permission of {p3.full}]",
        "WEBVTT\n\n{srt}\n<v {p1.full}>Right, so this is the new {product} pack.\n\n{srt2}\n<v {p2.full}>And it survived the whole Cuillin traverse.\n\nNOTE lower third: \"{p2.caps} · Mountaineer\" – confirm spelling with {p3.first} ({p3.work})",
    ],
    "user_research": [
        "Interview notes — checkout research, participant P{qty}\nInterviewer: {p1.full}   Note-taker: {p2.first}\nParticipant: {p3.full}, {age} yrs, hikes monthly\n\n{p3.first} abandons carts when shipping is shown late. Says the store staff ({p4.first} at the Leeds store) were \"brilliant\".\n\nIncentive: {price} voucher sent to {p3.email}. Consent form signed {date}.",
        "Research panel payout batch {date}\nID\tName\tIBAN\tAmount\nP{qty}\t{p1.full}\t{iban}\t{price}\nP{qty2}\t{p2.full}\t{iban2}\t{price2}\nP{qty3}\t{p3.full}\t(paid by voucher)\t{price3}\nApproved by {p4.init} – questions: {mail.research}",
    ],
    "lease_contract": [
        "SHORT-TERM LEASE — POP-UP UNIT\nLandlord: {p1.full}, of {a1.line}\nTenant: Talgrat Outdoor Ltd, company no. {cust}, VAT {vat}\nPremises: {a2.street}\nTerm: {date} to {date2}\nRent: {price} per month, payable to the Landlord's account {iban}\nLandlord's agent: {p2.full}, {company}, {p2.phone}\nSigned for the Tenant: {p3.full}, Store Operations",
        "Hi {p1.first},\n\nthe landlord of the Ambleside unit has changed. Rent from {date} goes to {p2.honfull}, new account {iban} (BIC {bic}), not the old one. {p2.last} lives in Germany; the agent says we need the landlord's German tax ID for the withholding form: {taxid}.\n\nAddress for notices: {a1.block}\n\n{p3.first}",
    ],
    "sepa_xml": [
        "<CdtTrfTxInf>\n  <PmtId><EndToEndId>{order}</EndToEndId></PmtId>\n  <Amt><InstdAmt Ccy=\"EUR\">{qty}.00</InstdAmt></Amt>\n  <CdtrAgt><FinInstnId><BIC>{bic}</BIC></FinInstnId></CdtrAgt>\n  <Cdtr><Nm>{p1.full}</Nm>\n    <PstlAdr><AdrLine>{a1.street}</AdrLine><AdrLine>{a1.cityline}</AdrLine></PstlAdr></Cdtr>\n  <CdtrAcct><Id><IBAN>{ibanc}</IBAN></Id></CdtrAcct>\n  <RmtInf><Ustrd>Refund {inv}</Ustrd></RmtInf>\n</CdtTrfTxInf>",
        "Payout file check ({date}): 3 credit transfers\n1. {p1.caps} — {iban} — {price}\n2. {p2.caps} — {iban2} — {price2}\n3. {p3.caps} — {iban3} — {price3}\nCreditor ID of our account: GB{qty}ZZZ{cust} (not an IBAN). Payee 2 is a German sole trader, Steuer-ID {taxid} on file. Approved by {p4.full}.",
    ],
    "trainee_logbook": [
        "Apprenticeship log — week {qty}\nApprentice: {p1.full}\nMentor: {p2.full}\n\nMon: till training with {p3.first}; learned refunds to card ({masked}).\nTue: boot fitting, shadowed {p2.first}.\nWed: college.\nThu: stock count, article {sku} miscounted.\n\nMentor comment: good week. — {p2.init}",
        "Apprentice review {date}\n{p1.full} (level 3 retail). Progress good. Contact at the college: {p2.hon}, {p2.email}, {p2.phone}. Next review with {p3.full} on {date2}. Home address for the certificate: {a1.block}",
    ],
    "reference_letter": [
        "To whom it may concern,\n\n{p1.full} worked at Talgrat Outdoor, {a1.line}, from {date} to {date2} as a sales assistant. {p1.shecap} was reliable, knew the product range well and was popular with customers.\n\nI am happy to answer questions: {p2.phone} or {p2.work}.\n\n{p2.full}\nStore Manager",
        "Reference request\nCandidate: {p1.rev}\nPrevious employer: {company}\nReferee: {p2.hon}, {p2.email}\nDates employed: {date} – {date2}\nReferee's comments: \"{p1.first} was punctual and honest. Would re-employ.\"\nChecked by {p3.first}, HR",
    ],
    "invitation_letter": [
        "LETTER OF INVITATION\n\nTo the Embassy of Germany, Visa Section\n\nWe hereby invite {p1.caps}, passport no. {pass}, born {dob}, to visit our stand at ISPO Munich from {date} to {date2}. Talgrat Outdoor will cover accommodation at {dea1.line}.\n\nOur contact for this visit: {p2.full}, {p2.phone}, {p2.work}.\n\n{p3.full}\nManaging Director",
        "> From: {p1.full} <{p1.email}>\n> I need an invitation letter for my visa. My address is {a1.line}. Phone {p1.phone}.\n\nHi {p1.first},\n\nattached. Please bring a printed copy. If the consulate calls, they will speak to {p2.first} {p2.last}.\n\nBest,\n{p2.first}",
    ],
    "team_birthdays": [
        "Team birthdays & anniversaries (internal, do not share)\n{p1.full} – {dob}\n{p2.full} – {dob2}\n{p3.full} – 5 years with us on {date}\nCard collection: {p4.first} has the envelope. Cake from the baker next door.",
        "Reminder bot: it's {p1.first} {p1.last}'s birthday today! 🎂 Sign the card in the break room. {p2.first}, can you order the cake (budget {price})?",
    ],
    "hut_booking": [
        "Fwd: Booking confirmation – ((Glen Brittle Hut¦Bothy at Sourlies¦Rifugio Torino))\n\n> Lead name: {p1.full}\n> Group: {qty} people\n> Nights: {date} – {date2}\n> Deposit {price} paid by card {masked}\n> Emergency contact: {p2.full}, {p2.phone}\n\nHi {p3.first}, this is the hut for the guided trip. Participants: {p4.full}, {p5.full}. {p1.first}'s mobile is {p1.phone}.",
        "Hut booking enquiry\nName: {p1.full}\nPhone: {p1.phone}\nEmail: {p1.email}\nAddress: {a1.line}\nArrival: {date}, {qty} adults\nMembership no.: {cust}\nPayment: deposit to {iban}",
    ],
    "consignment": [
        "PRE-LOVED GEAR — CONSIGNMENT SLIP {order}\nSeller: {p1.full}\nAddress: {a1.line}\nPhone: {p1.phone}\nItem: {product} rucksack, EAN {gtin}, serial {serial}, condition B\nAsking price: {price}  Commission 30%\nPayout to: {iban}\nReceived by: {p2.init}",
        "Trade-in log {date}\n{p1.lower}: 2 jackets, voucher {giftcard}\n{p2.full}: tent {serial}, cash out to IBAN {iban}\n{p3.first} (no surname given): boots size {shoe}, declined\nEntered by {p4.first}",
    ],
    "waiver": [
        "PARTICIPANT WAIVER — Avalanche Awareness Day, {date}\nParticipant: {p1.full}   DOB: {dob}\nAddress: {a1.block}\nEmergency contact: {p2.full} (((partner¦next of kin¦friend))) – {p2.phone}\nMedical notes: none declared\nI understand the risks of off-piste travel.\nSigned: {p1.full}\nGuide: {p3.full}",
        "Climbing wall – parental consent\nChild: {p1.first} {p1.last}, age {kidage}\nParent/guardian: {p2.hon}\nPhone: {p2.phone}\nEmail: {p2.email}\nMay the child be photographed? no\nWall staff on duty: {p3.first}",
    ],
    "fax_cover": [
        "F A X\nTo: {p1.full}, {company}\nFax/Phone: {ph1}\nFrom: {p2.full}, Talgrat Outdoor\nPhone: {p2.phone}\nPages (incl. cover): {qty}\nDate: {date}\nRe: damaged pallet, delivery {track}\n\nPlease sign the enclosed claim form and fax it back. Our address for originals: {a1.block}",
        "FAX TRANSMISSION REPORT\nTX OK  {date} {time}  To: {ph1}  Pages: {qty}\n\nCOVER: Attn {p1.hon} — order {order} — insurance certificate for {p2.full}'s guided group. Questions to {p3.first} on {p3.phone}.\n\nCARD AUTHORISATION: cardholder {p2.caps}, card {card}, expiry {expiry}, amount {price}.",
    ],
    "bike_leasing": [
        "Cycle-to-work scheme — employee application\nEmployee: {p1.full}   Payroll no. {cust}\nHome address: {a1.line}\nWork e-mail: {p1.work}\nBike: gravel bike, {price}, supplier {company}\nSalary sacrifice over 12 months approved by {p2.full}.",
        "Hi {p1.first}, your cycle-to-work certificate for {p2.full} is ready. Collection at the store by {p2.first} in person; bring photo ID. Certificate no. {serial}. — {p3.first}, {ph1}",
    ],
    "toml_config": [
        "# notify.toml — store alerting\n[owners]\nprimary = \"{p1.full}\"\nprimary_phone = \"{p1.phone}\"\nsecondary = \"{p2.full}\"\n\n[smtp]\nfrom = \"{mail.alerts}\"\nreply_to = \"{p1.work}\"\n\n[allowlist]\noffice = \"{ip}\"\nvpn = \"{privip}\"\nversion = \"{ver}\"",
        "store:\n  id: {cust}\n  manager:\n    name: {p1.full}\n    email: {p1.work}\n    phone: \"{p1.phone}\"\n  address: \"{a1.line}\"\n  deputies:\n    - {p2.full}\n    - {p3.full}\npos:\n  terminal_ip: {privip}\n  gateway_public_ip: {ip}",
    ],
    "guestbook": [
        "Summit register, transcribed ({date}):\n\"{p1.first} & {p2.first} — windy but worth it!\"\n\"{p3.lower}, solo, {time}. Talgrat boots held up.\"\n\"Family {p4.last}, all four made it :)\"\n\"{p5.caps} from ((Leeds¦Cork¦Denver)), 3rd time up\"",
        "Store guestbook (opening weekend)\n– Lovely shop! {p1.full}, {p1.email} (please add me to the newsletter)\n– Thanks {p2.first} for the fitting. {p3.init}\n– Great coffee. Hunter & Rose came too (our dogs) — the {p4.last} family",
    ],
}

CLEAN = {
    "race_announcement": [
        "Talgrat Fell Race {date}: {qty} km, {alt} m ascent. Registration opens at {time}; bib numbers {startno}–{startno2} collect at the tent. Entry {price}, cut-off time {racetime}. Kit check: waterproof jacket with taped seams, map, whistle. Results will be posted by bib number only.",
        "Race info update: the start moves to {time} because of the ferry timetable. Course record remains {racetime} (2019). Timing chips must be returned at the finish; lost chips are charged at {price}. Parking at postcode {zip} is limited.",
    ],
    "hut_info": [
        "Hut opening times {date}–{date2}: breakfast {time}–{time2}, dinner served at {time3}. {qty} dormitory beds, {qty2} rooms. Bring a sleeping bag liner. Payment cash or card; no cheques. Altitude {alt} m, grid ref NY {qty3}{qty4}.",
        "Bothy notes: the bothy at {alt} m has no booking system. Maximum stay two nights. Please carry out all rubbish. Firewood is not provided; the nearest shop (Baker's Stores) is {qty} miles away.",
    ],
    "avalanche_bulletin": [
        "Avalanche report {date}, issued {time}. Danger level 3 (considerable) above {alt} m on N–E aspects, 2 below. Wind slabs from {qty} cm new snow. Expected to decrease to level 2 by {date2}.",
        "Snowpack summary: weak layer at {qty} cm depth, test results ECTP {qty2}. Temperatures at {alt} m: −{qty3} °C. Next update {date} {time}.",
    ],
    "hire_price_list": [
        "Hire prices {date}: touring skis {price}/day, boots {price2}/day, transceiver-shovel-probe set {price3}/day. Deposit by card, released on return. DIN settings are done by our workshop (size chart article {sku}).",
        "Kids' ski packages (skis, boots, helmet) from {price}. Helmets sizes {size}–{size2}. Group rates from {qty} people: {pct} off. Barcode on each pair: {gtin}.",
    ],
    "config_sample": [
        "# example config – no real contacts\n[server]\nlisten = \"{privip}:8080\"\nupstream = \"{privip2}\"\nversion = \"{ver}\"\n[cache]\nttl_seconds = {qty}00",
        "deploy:\n  image: registry.internal/shop:{ver}\n  replicas: {qty}\n  healthcheck: http://{privip}:9000/health\n  commit: {hash}",
    ],
    "build_log": [
        "[{ts}] build #{qty}{qty2} started (commit {hash})\n[{ts2}] tests: {qty3}0 passed, 0 failed\n[{ts3}] artefact shop-{ver}.tar.gz uploaded\n[{ts3}] deploy to staging ({privip}) OK",
        "CI summary: pipeline {hash} green in {qty} min. Lint warnings: {qty2}. Bundle size {qty3}{qty4} kB. Next release {ver} scheduled for {date}.",
    ],
    "packing_list": [
        "Packing list, 3-day hut trip: rucksack {product} ({qty} L), waterproof jacket, down jacket, hat, gloves, head torch, first-aid kit, map and compass, {qty2} L water. Total weight about {qty3} kg. Article numbers: {sku}, {sku2}.",
        "Winter day kit: shell, insulated layer in Hunter green, goggles, spare gloves, thermos, snacks. Check the avalanche forecast; carry a transceiver (test battery, serial {serial}).",
    ],
    "gpx_waypoints": [
        "<wpt lat=\"{qty}.{qty2}\" lon=\"{qty3}.{qty4}\"><ele>{alt}</ele><name>Col</name></wpt>\n<wpt lat=\"{qty2}.{qty}\" lon=\"{qty4}.{qty3}\"><ele>{alt2}</ele><name>Bothy</name></wpt>\nTrack length {qty} km, ascent {alt3} m, exported {ts}.",
        "Route waypoints: start car park ({coord}), ford at {alt} m, summit cairn ({coord2}). GPX file route_{qty}.gpx, version {ver}.",
    ],
    "camera_metadata": [
        "Camera Model Name : Sony ILCE-7M4\nSerial Number : {serial}\nLens : FE 24-70mm F2.8 GM II\nISO : {qty}00\nExposure : 1/{qty2}00\nGPS Altitude : {alt} m\nCreate Date : {ts}",
        "Product shot metadata: studio strobe, f/{qty}, white balance 5600 K, file {gtin}_01.tif, article {sku}.",
    ],
    "shuttle_timetable": [
        "Trailhead shuttle (line {qty}): departs the station {time}, {time2}, {time3}. Return from the car park {time4}. Single {price}, day ticket {price2}. Bikes carried on request.",
        "Ferry and bus connections {date}: ferry {time}, bus {qty} at {time2}. Service number for changes: see timetable board. No service on Winter bank holidays.",
    ],
}
