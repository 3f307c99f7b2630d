"""English templates of the held-out half of the twentieth PII bank (heldout20).

Slots and alternatives: see pii20_held_core. A first line `@US` forces the region of a template.
"""

NOCUE = {"mention"}
LAYOUT = ["lead_list", "feed_row", "crm_export", "tsv_export", "md_table", "html_form", "sql_dump",
          "server_log", "mail_header", "vcard", "ical", "ocr_scan", "feed_export", "release_notes",
          "stock_table", "tracking_log"]

PII = {
    # ------------------------------------------------------------ prose
    "crm_note": [
        "{p1.LF} — VIP (({num} orders|spent more than €1,000)). Do not send the {voucher} mailing, ((asked not to|complained last time)). Notes by {p2.init}, {date}.",
        "{p1.full} ((rang|called|phoned in)) about {order} — ((wants|would like)) the {product} in {size} instead. ((Call back|Ring back)) on {p1.phone} ((after 3|before noon|tomorrow)).",
        "Account note ({date}): spoke to {p1.hon}, ((long-time|repeat|first-time)) customer. Prefers e-mail ({p1.email}), no phone calls. ((Flagged for the loyalty mailing.|Gets the {voucher} code next drop.))",
        "((Lead|Contact)) owner: {p2.first}\nCustomer: {p1.full}\nNotes: asked about bulk pricing for a ((hiking club|school trip|Scout group)), {qty} × {pshort}. ((Quote sent|Quote pending)), follow up by {date}.",
        "{p1.first} from the ((city-centre|station|weekend)) pop-up ((came back|dropped by again)). New address on file: {a1.line}. ((Old one deleted.|Please update the billing profile too.))",
        "Merged duplicate: {p1.lf} (two profiles, {cust} and {cust2}). Kept {p1.email}; phone {p1.phone}.",
    ],
    "support_email": [
        "Subject: Re: Re: damaged {pshort} ({ticket})\n\n{p1.dear},\n\n((thank you for the photos.|thanks for sending the photos so quickly.)) Our workshop agrees the seam tape has come loose, which shouldn't happen after {num} weeks.\n\nWe have two options for you:\n1. a free repair (about 10 days), or\n2. a replacement in {colour}, sent to {a1.line}.\n\nJust reply with 1 or 2. If you'd rather talk it through, I'm on {phone} ((until 5 pm|on weekdays)).\n\n((All the best|Kind regards)),\n{p2.full}\nCustomer Care Team Lead",
        "{p1.dear},\n\nthanks for your ((message|e-mail|patience)). The replacement {product} ((left our warehouse|was dispatched)) on {date} and goes to {a1.line}.\n\n((Kind regards|Best wishes|Cheers)),\n{p2.first}\nTalgrat Customer Care",
        "Hi {p1.first},\n\n((sorry to hear|I'm sorry)) the zip on your {pshort} gave up after {num} days. Could you send a photo to this address and confirm your phone number? We have {p1.phone} on file.\n\nThanks,\n{p2.full}",
        "Hello,\n\nI ordered the {product} ({order}) but it went to my old flat. Please redirect it to\n{a1.two}\n\nThank you,\n{p1.full}\n{p1.phone}",
        "{p1.dear},\n\nyour refund of {price} has been ((issued|approved)) to the IBAN you gave us, {iban}. It ((can take|usually takes)) 3–5 working days.\n\nRegards,\n{p2.init}",
        "Dear Talgrat team,\n\n{p2.partner} {p2.first} and I both ordered {pshort} jackets. Only one arrived. Order {order}, name on the parcel {p1.full}.\n\nCould you check?\n{p1.first}",
    ],
    "reply_chain": [
        "Perfect, thanks both.\n{p3.first}\n\n> On {date}, {p2.full} wrote:\n> Courier booked for Thursday. {p1.first}, can you confirm the pick-up address?\n>\n> > On {date2}, {p1.full} <{p1.email}> wrote:\n> > Yes: {a1.line}\n> > Door code is on the label. Mobile {p1.phone} if the driver gets lost.\n> >\n> > > Could you also send the old {pshort} back in the same box?",
        "Sounds good, I'll post it back tomorrow.\n\nOn {date}, at {time}, {p2.full} <{p2.wmail}> wrote:\n> Hi {p1.first}, just print the label and drop it at any post office.\n> {p2.first}",
        "Thanks {p2.first}!\n\n-----Original Message-----\nFrom: {p1.full} [mailto:{p1.email}]\nSent: {date}\nSubject: Re: exchange {order}\n\n> Can I swap the {size} for a ((larger|smaller)) one?",
        "> > Which colour did you want, {colour} or {colour2}?\n> {colour}, please. And ship to my office: {a1.line}\n\nNoted, {p1.first}. Done.\n-- {p2.short}",
        "((Forwarding|FYI, forwarding)) this to {p3.first} in finance.\n\n---------- Forwarded message ---------\nFrom: {p1.full} <{p1.email}>\nDate: {date}\nTo: {shopmail}\n\nHi, I was charged twice for {order}. My card is {card}. Please refund one of them.",
    ],
    "review": [
        "★★★★★ ((Best|Great|Solid)) {pshort} I've owned. Wore it on ((the West Highland Way|Snowdon|the Wicklow Way|a week in the Dolomites)) and stayed dry. — {p1.short}, {a1.town}",
        "\"The {product} ((fits like a glove|runs a touch small|is worth every penny)).\" — {p1.full}, ((verified buyer|customer since 2021))",
        "((4/5|3 stars)). Good jacket, hood a bit loose. ((Sizing help|The chat advice)) from {p2.first} was spot on though. {p1.init}",
        "Testimonial for the autumn landing page (approved by {p1.hon} on {date}):\n\"I've walked {num} hut tours in my {pshort} and it still looks new.\"\n{p1.full}, {a1.town}",
        "Posted by {p1.lowerfull} · {date}\nTrue to size. I'm 1.78 m and the M fits with a fleece underneath. Would buy again.",
    ],
    "signature": [
        "((Best|Kind regards|Thanks)),\n\n{p1.full}\n((Senior Buyer|Head of Partnerships|Store Manager)) · {company}\nT {p1.phone}\n{p1.wmail}",
        "--\n{p1.CAPS}\nPhotographer & Mountain Guide\nm: {p1.phone} | e: {p1.email}\n{a1.line}",
        "Cheers,\n{p1.first}\n\nSent from my iPhone",
        "{p1.full} (she/her)\nContent Lead, Wortlaut Studio\n{a1.two}\n{p1.phone}",
        "Regards\n{p1.init}\nAccounts Payable\nDirect: {p1.phone}  ·  Mobile: {p1.mobile}",
    ],
    "copy_brief": [
        "Brief: autumn newsletter. Lead story is the {pshort} test on Ben Nevis with {p1.full} (mountain runner, quote approved). Tone: dry, no hype. Deadline {date}.",
        "Copy request from {p1.first}: three product blurbs for {product}, {product2} and {product3}. Please credit the photo to {p2.full} and keep each under 60 words.",
        "Landing page \"Hut to hut\" — interview partner: {p1.hon}, hut warden. Contact only via {p1.email}. Don't print {p1.poss} phone. Draft due {date}.",
        "Brief for the agency ((v2|v3|final)):\n- audience: weekend hikers 30+\n- hero product: {product}\n- voice: {p2.full} (our ambassador) in first person\n- approvals: {p3.first}",
    ],
    "chat": [
        "Visitor ({p1.first}): hi my payment failed, card is {card}\nAgent ({p2.first}): Please don't post card numbers in the chat! I've masked it in our system.\nVisitor ({p1.first}): oh sorry 🙈",
        "{p1.lower}: did the {pshort} samples arrive?\n{p2.lower}: yes, on my desk. {p1.lower} want them for the shoot?\n{p1.lower}: yes pls",
        "[{time}] {p1.handle}: customer {p2.full} keeps calling about {order}\n[{time2}] {p3.handle}: I'll ring {p2.obj} back on {p2.phone}",
        "Customer: hi, is anyone there\nAgent ({p1.first}): Hi! How can I help?\nCustomer: my name's {p2.full}, the parcel says delivered but it isn't\nAgent ({p1.first}): Sorry about that. Which address should it have gone to?\nCustomer: {a1.line}",
        "{p1.lower} ((joined the channel|was added by {p2.lower}))\n{p2.lower}: welcome! {p1.lower} takes over returns from {p3.lower} on monday",
        "Live chat transcript {ticket}\nVisitor: {p1.first}\nVisitor: can I change the e-mail on my account to {p1.email}?\nBot: I've passed this to a colleague.",
    ],
    "call_note": [
        "Call {time}, {num} min. {p1.full} (((returning|existing)) customer) wants to know if the {pshort} can be re-proofed. Told {p1.obj} about the care guide. No action.",
        "Inbound from {p1.phone}. Caller gave name as {p1.hon}. Wrong size delivered ({size} instead of {size2}). Exchange label sent.",
        "Callback list for ((today|Friday)):\n1. {p1.full}, {p1.phone} — warranty\n2. {p2.full}, {p2.phone} — delivery\n3. {p3.full} — no number, write to {p3.email}",
        "Voicemail ({date}, {time}): \"Hi, it's {p1.full}, about order {order}, please call me back on {p1.phone}, thanks.\"",
    ],
    "order_note": [
        "Payment note {order}: card {card} declined twice ((insufficient funds|3-D Secure timeout)). {p1.hon} will retry tonight; hold stock until {date}.",
        "Order {order}: gift wrap, card reads \"Happy birthday {p2.first}!\". Ship to {p1.full}, {a1.line}.",
        "Return {ticket} — {p1.full}. Reason: too warm. Item {sku}, condition ((as new|tags on|worn once)). Refund to card {card}.",
        "Please leave the parcel with the neighbour at {a1.street} if nobody answers. — {p1.first}",
        "Delivery note for {order}\nRecipient: {p1.honfull}\n{a1.two}\nPhone: {p1.phone}\nContents: {qty} × {product}",
        "Exchange approved by {p2.first}. {p1.hon} keeps the {colour} one and gets the {colour2} in {size}. Courier pick-up at {a1.line} on {date}.",
    ],
    "mention": [
        "{p1.full} ((loved|hated|returned)) the {pshort}. ((We sent|Please send)) the new catalogue too.",
        "Following the meeting, {p1.full} and {p2.full} will draft the winter range copy together.",
        "((Last season|This spring)) {p1.full} walked the whole Camino in a pair of {pshort} shoes and wrote to tell us.",
        "The shortlist for the ambassador programme: {p1.full}, {p2.full} and {p3.full}. Decision by {date}.",
        "{p1.full} from {a1.town} asked whether {p2.full} can pick up the order instead.",
    ],
    "store_visit": [
        "Weekly field report, area North\n\nMonday: {company} ({a1.town}). Buyer {p1.full} happy with sell-through of the {pshort}; wants {qty} more in {size}.\nTuesday: office.\nWednesday: {company2}. Met {p2.hon}, new floor manager. Mobile {p2.phone}, prefers WhatsApp.\nThursday: pop-up set-up with {p3.first}.\n\nOpen points:\n- samples for {p2.last} by {date}\n- price list to {p1.wmail}",
        "Store visit report — {company}, {a1.town}\nDate: {date}\nMet: {p1.full} (store manager), {p2.first} (floor)\nFindings: {pshort} facings too low, staff asked for fabric samples.\nNext visit: {date2}",
        "Visited the partner shop on {a1.street} today. Owner {p1.hon} ((would like|wants)) a window display for the {pshort} launch. Mobile: {p1.phone}.",
        "Field notes ({p1.init}, area sales): {num} stores visited this week. At {company} the buyer {p2.full} complained about late deliveries ({order}).",
        "Retail check-in\nStore: {company}\nContact: {p1.full}, {p1.wmail}\nStock: {qty} × {sku}\nMood: ((positive|mixed|tense)). Follow-up call booked for {date}.",
    ],
    "photo_credits": [
        "Photo credits, autumn lookbook: cover {p1.full}; pages 4–9 {p2.full}; model on p. 12: {p3.full}.",
        "Image: {p1.full} / Talgrat. Location: ((Seiser Alm|Glencoe|Kerry Way|Zugspitze)). Usage: web and print until {date}.",
        "Credits for the campaign page\n- Photography: {p1.CAPS}\n- Styling: {p2.full}\n- Retouch: Studio Hangwind",
        "Please fix the caption on the {pshort} page: the photographer is {p1.full}, not {company}. Invoice from {p1.obj} to {p1.email}.",
    ],
    "podcast_notes": [
        "Episode {num} — show notes\nGuest: {p1.full}, ((ultrarunner|hut warden|mountain guide)) from {a1.town}\nWe talk about layering, blisters and the {pshort}.\nHost: {p2.first}",
        "Booking for the podcast: {p1.hon} confirmed for {date}, {time}. Send the recording link to {p1.email}.",
        "In this episode {p1.full} tells {p2.first} how {p1.pron} crossed Iceland on foot. ((Transcript below.|Music by Studio Hangwind.))",
        "Guest list, season 3:\n{p1.full} – ep. {num}\n{p2.full} – ep. {num2}\n{p3.full} – tbc, phone {p3.phone}",
    ],
    "lost_found": [
        "Found at the {a1.town} pop-up: a blue {pshort} jacket with a name tag \"{p1.full}\". Owner please ring {phone}.",
        "Lost & found log ({date}): wallet handed in. ID card name {p1.full}. Owner reached by phone ({p1.phone}), collected {time}.",
        "Hi, I left my sunglasses at your store on {date}. I'm {p1.full} and you can post them to {a1.line}. Thanks!",
        "Lost property: a phone was left in changing room 2. {p1.first} ({p1.email}) says it belongs to {p1.obj} and will pick it up tomorrow.",
    ],
    "story_draft": [
        "DRAFT — Customer story\n\"We met {p1.full} at the trailhead above Keswick. {p1.Pron} has worn the same {pshort} for six seasons.\"\n[Editor: check quote with {p1.hon} before publishing]",
        "Working title: Ninety days on the Pacific Crest Trail\nStory by {p1.full}. Photos: {p2.full}. ((Word count: 1,800.|Needs cuts.))",
        "{p1.full} still remembers the storm on ((the Cuillin|Croagh Patrick|Mount Hood)). \"It was the first time my {pshort} was really tested,\" {p1.pron} says.\n\n[TODO: ask {p2.first} for the release form]",
        "Story pitch from {p1.full} ({p1.email}): a family hut trip with three kids. Fee as agreed; payment to {iban}.",
    ],
    "translator_handoff": [
        "Invoice check, German translation {invoice}:\nTranslator: {p1.full}\nSteuer-ID: {taxid}\nIBAN: {iban}\nAmount: {price}. Approved by {p2.first} on {date}.",
        "Handoff: EN → DE product copy for the {pshort} is done. Translator {p1.full} needs feedback by {date}. Reviewer: {p2.first}.",
        "Hi {p1.first}, attached are {num} strings for French. Glossary as before. Please invoice to accounts; your IBAN {iban} is on file.",
        "Translation batch {ticket}\nTranslator: {p1.full} <{p1.email}>\nLanguage: ((Italian|Dutch|French))\nStatus: ((in review|delivered))\nNotes: {product} title kept in English.",
        "{p1.hon} ((flagged|noticed)) that \"{colour}\" was translated twice in different ways. Can {p2.full} decide which one stays?",
    ],
    "accessibility_feedback": [
        "Feedback form: \"I use a screen reader and the size chart on the {pshort} page is an image. Could you add text?\" — {p1.full}, {p1.email}",
        "Accessibility ticket {ticket}: {p1.hon} reports that the checkout button has too little contrast. Prefers a call back on {p1.phone}.",
        "Hello, {p2.parent} {p2.full} is colour-blind and couldn't tell {colour} from {colour2} on your site. Maybe add colour names? Regards, {p1.first}",
        "From the usability session on {date}: participant {p1.full} (low vision) needed {num} minutes to find the returns form.",
    ],
    "goodwill_approval": [
        "Goodwill request: {p1.full}, order {order}. Jacket delaminated after {num} months. Suggest 30 % voucher. Approve? — {p2.first}",
        "Approved by {p2.init}: refund {price} to {p1.hon} as a gesture of goodwill. Transfer to {iban}.",
        "Kulanz/goodwill log\nCustomer: {p1.full}\nAddress: {a1.line}\nCase: {ticket}\nDecision: free repair, return shipping on us.",
        "{p1.first} (team lead) okayed a replacement {pshort} for {p2.full} although the 2-year period ended on {date}.",
    ],
    # ------------------------------------------------------------ layouts
    "lead_list": [
        "name,email,company,phone\n\"{p1.lf}\",{p1.wmail},{company},{p1.phone}\n\"{p2.lf}\",{p2.wmail},Studio Hangwind,{p2.phone}",
        "LAST NAME;FIRST NAME;CITY;SOURCE\n{p1.last};{p1.first};{a1.town};trade fair\n{p2.last};{p2.first};{a2.town};newsletter",
        "Leads from the ((OutDoor|ISPO|Kendal Mountain Festival)) stand:\n{p1.LF} — {p1.wmail}\n{p2.LF} — {p2.phone}\n{p3.LF} — no contact details",
        "id,contact,mobile,notes\n{uid},{p1.full},{p1.phone},wants catalogue\n{uid2},{p2.full},{p2.phone},((call in May|call after launch))",
    ],
    "feed_row": [
        "id\ttitle\tprice\tgtin\tcontact\n{sku}\t{product}\t{price}\t{gtin}\t{p1.wmail}",
        "<item><g:id>{sku}</g:id><g:title>{product}</g:title><g:gtin>{gtin}</g:gtin><g:price>{price}</g:price><contact>{p1.full}, {p1.phone}</contact></item>",
        "sku={sku}; title=\"{product}\"; price={price}; supplier_contact=\"{p1.full}\"; supplier_email={p1.wmail}",
        "{{\"offer_id\": \"{sku}\", \"gtin\": \"{gtin}\", \"seller_contact\": {{\"name\": \"{p1.full}\", \"phone\": \"{p1.phone}\"}}}}",
    ],
    "crm_export": [
        "{{\n  \"customer_id\": \"{cust}\",\n  \"first_name\": \"{p1.first}\",\n  \"last_name\": \"{p1.last}\",\n  \"email\": \"{p1.email}\",\n  \"phone\": \"{p1.phone}\",\n  \"address\": \"{a1.line}\"\n}}",
        "customer:\n  name: {p1.full}\n  email: {p1.email}\n  shipping:\n    street: {a1.street}\n    city: {a1.town}\n  last_order: {order}",
        "{{\"event\":\"order.created\",\"order\":\"{order}\",\"buyer\":{{\"name\":\"{p1.full}\",\"email\":\"{p1.email}\"}},\"ip\":\"{ip}\"}}",
        "- id: {uid}\n  contact: \"{p1.lf}\"\n  tax_id: \"{taxid}\"\n  iban: \"{iban}\"\n  source: ((webshop|pos|b2b))",
    ],
    "tsv_export": [
        "first\tlast\temail\tcountry\n{p1.first}\t{p1.last}\t{p1.email}\t{a1.cc}\n{p2.first}\t{p2.last}\t{p2.email}\t{a2.cc}",
        "order\tcustomer\tstreet\tpostcode\ttown\n{order}\t{p1.full}\t{a1.street}\t{a1.zip}\t{a1.town}",
        "date\tagent\tcaller\tnumber\n{date}\t{p2.first}\t{p1.full}\t{p1.phone}",
        "member_no\tname\tcard_last4\tsince\n{uid}\t{p1.CAPS}\t((1234|8812|0451))\t{date}\n{uid2}\t{p2.CAPS}\t((3390|7701))\t{date2}",
    ],
    "md_table": [
        "| Name | Role | E-mail |\n|---|---|---|\n| {p1.full} | photographer | {p1.email} |\n| {p2.full} | stylist | {p2.email} |",
        "| Ticket | Customer | Phone | Status |\n| --- | --- | --- | --- |\n| {ticket} | {p1.full} | {p1.phone} | open |\n| {ticket2} | {p2.full} | {p2.phone} | ((closed|waiting)) |",
        "### Ambassadors 2026\n\n| Who | Where |\n|---|---|\n| {p1.full} | {a1.town} |\n| {p2.full} | {a2.town} |\n| {p3.full} | {a3.town} |",
        "| Field | Value |\n|---|---|\n| Name | {p1.hon} |\n| Address | {a1.line} |\n| IBAN | {iban} |",
    ],
    "html_form": [
        "<form action=\"/returns\" method=\"post\">\n  <input name=\"name\" value=\"{p1.full}\">\n  <input name=\"email\" value=\"{p1.email}\">\n  <input name=\"order\" value=\"{order}\">\n</form>",
        "<label>Full name</label><input type=\"text\" value=\"{p1.full}\">\n<label>Phone</label><input type=\"tel\" value=\"{p1.phone}\">\n<label>Street</label><input value=\"{a1.street}\">",
        "<tr><td>Name:</td><td>{p1.full}</td></tr>\n<tr><td>Card:</td><td>{card}</td></tr>\n<tr><td>Amount:</td><td>{price}</td></tr>",
        "<div class=\"review-author\">{p1.short}</div>\n<div class=\"review-body\">Great {pshort}, fast delivery.</div>\n<!-- submitted from {ip} -->",
    ],
    "sql_dump": [
        "INSERT INTO customers (id, first_name, last_name, email, phone) VALUES\n({uid}, '{p1.first}', '{p1.last}', '{p1.email}', '{p1.phone}'),\n({uid2}, '{p2.first}', '{p2.last}', '{p2.email}', NULL);",
        "UPDATE addresses SET street = '{a1.street}', city = '{a1.town}' WHERE customer_id = {uid};",
        "mysql> SELECT name, email, last_login_ip FROM users WHERE id = {uid};\n+------+\n| {p1.full} | {p1.email} | {ip} |\n+------+\n1 row in set (0.00 sec)",
        "-- GDPR export for {ticket}\nSELECT * FROM orders WHERE email = '{p1.email}';\n-- 3 rows; shipping to '{a1.line}'",
    ],
    "server_log": [
        "{ippub} - - [{date}:{time}] \"POST /account/login HTTP/1.1\" 200 512 \"-\" \"Mozilla/5.0\"\n{ip2} - - [{date}:{time2}] \"GET /checkout HTTP/1.1\" 302 0",
        "{isots} WARN auth: failed login for {p1.email} from {ip}\n{isots2} INFO auth: login ok for {p1.email} from {ip2}",
        "level=info msg=\"password reset requested\" user={p1.email} remote_addr={ipv} ua=\"Safari\"",
        "[{time}] upstream timeout {ip.priv}:{port} -> {ip.lo}:8080 (request from {ippub})",
    ],
    "mail_header": [
        "Return-Path: <{p1.email}>\nReceived: from mail.example.net ([{ippub}])\nFrom: {p1.full} <{p1.email}>\nTo: {shopmail}\nSubject: Re: your order {order}\nDate: {date}",
        "From: \"{p1.lf}\" <{p1.email}>\nTo: \"{p2.full}\" <{p2.wmail}>\nCc: {p3.email}\nSubject: ((quote|samples|invoice)) {invoice}\nX-Originating-IP: [{ip}]",
        "Delivered-To: {p2.wmail}\nReceived: from [{ip.v6}] by mx.talgrat.de\nReply-To: {p1.email}\nSubject: Fwd: return label",
        "From: {p1.email}\nSender: {p1.full}\nX-Mailer: iPhone Mail\nSubject: lost parcel {track}",
    ],
    "vcard": [
        "BEGIN:VCARD\nVERSION:3.0\nN:{p1.last};{p1.first};;;\nFN:{p1.full}\nTEL;TYPE=cell:{p1.phone}\nEMAIL:{p1.email}\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:4.0\nFN:{p1.full}\nORG:{company}\nADR;TYPE=work:;;{a1.street};{a1.town};;{a1.zip};{a1.country}\nTEL:{p1.phone}\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:3.0\nN:{p1.last};{p1.first}\nEMAIL;TYPE=work:{p1.wmail}\nNOTE:met at the {pshort} launch\nEND:VCARD",
        "BEGIN:VCARD\nFN:{p1.full}\nTEL;TYPE=work:{p1.phone}\nTEL;TYPE=cell:{p1.mobile}\nEND:VCARD",
    ],
    "ical": [
        "BEGIN:VEVENT\nSUMMARY:Fitting {pshort}\nDTSTART:{icsdate}\nORGANIZER;CN={p1.full}:mailto:{p1.email}\nATTENDEE;CN={p2.full}:mailto:{p2.wmail}\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:Photo shoot\nLOCATION:{a1.street}\nDESCRIPTION:Model {p1.full}\\, call {p1.phone}\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:Call with {p1.full}\nATTENDEE;RSVP=TRUE:mailto:{p1.email}\nEND:VEVENT",
        "Invitation: Return review @ {date} {time}\nOrganizer: {p1.full}\nGuests: {p2.full}, {p3.full}",
    ],
    "ocr_scan": [
        "RETURNS F0RM\nNarne: {p1.full}\nAddress: {a1.line}\nOrder n0.: {order}\nReas0n: t0o big",
        "~ DELIVERY NOTE ~\nT0: {p1.honfull}\n{a1.two}\nTe1: {p1.phone}\n| Qty | ltem |\n| {qty} | {sku} |",
        "WARRANTY CLAlM\nCust0mer : {p1.CAPS}\nE-rnail : {p1.email}\nProduct : {product}\nSignature: {p1.init}",
        "INV0ICE\nBill to: {p1.full}\n{a1.two}\nPayment: lBAN {iban}",
    ],
}

CLEAN = {
    "marketing_copy": [
        "The {product} is back in {colour}. ((Grab yours before the first snow.|Now {pct} % off until Sunday.)) Free delivery from {price}.",
        "Meet the {pshort}: built for grey days, wet ridges and long approaches. From {price}.",
        "Autumn drop: {product}, {product2} and a new hunter green colourway for the {pshort}. Online from {date}.",
        "A baker's dozen of reasons to walk more this May. Number one: the {product}, {weight}.",
    ],
    "product_faq": [
        "Q: Does the {pshort} run small?\nA: ((No, order your usual size.|Slightly; size up if you wear a fleece.)) Our model is 1.84 m and wears {size}.",
        "Is there a grace period for returns? Yes: {num} days from delivery, plus 14 days over Christmas.",
        "Can I wash the {pshort} at 40 °C? ((Yes, on a gentle cycle.|Please use 30 °C.)) Article {sku}, GTIN {gtin}.",
        "How do I reach customer care? Use the contact form; we answer within {num} hours on weekdays between 08:00 and 18:00.",
    ],
    "shipping_info": [
        "Parcels to postcode {zip} and the rest of the region usually arrive in 2–3 days. Returns go to our warehouse, not to {postfach}.",
        "Orders placed before {time} leave the same day. Delivery to {town}: 1–2 working days; to the Channel Islands: 4–6.",
        "We can't deliver to {postfach} addresses. Use a parcel locker or a c/o address instead.",
        "Click & collect at the {town} store opens on {date}. Bring your order number ({order}).",
    ],
    "company_news": [
        "{company} will handle our EU fulfilment from {date}. Delivery times stay the same.",
        "We've partnered with {company} and {company2} for recycled packaging. Version {ver} of our sustainability report is online.",
        "Store news: the Hunter Street shop closes for refurbishment from {date} to {date2}.",
        "Our wolf-grey {pshort} won the ((OutDoor|ISPO)) award. Thanks to everyone at {company}.",
    ],
    "order_status": [
        "Your order {order} has shipped. Tracking {track}. Expected delivery {date}.",
        "Order {order}: {qty} × {product}, {price}. Status: ((packed|in transit|out for delivery)).",
        "Reference {cust} — please quote this number when you call. Invoice {invoice} is attached.",
        "Exchange {ticket} was processed on {date}; the new size {size} ships with tracking {track}.",
    ],
    "care_guide": [
        "Wash the {pshort} at 30 °C, close all zips and tumble-dry on low for {num} minutes to reactivate the DWR.",
        "Merino care for the {pshort}: ((cool|30 °C)) wash, no softener, dry flat. Even a wolf of a stain comes out after {num} minutes in lukewarm water.",
        "To re-proof the {product}, spray evenly after washing and dry at low heat. Repeat every {num} washes.",
        "Store the {pshort} loosely, not compressed. Our tailor can fix small tears; book via the store in {town}.",
    ],
    "feed_export": [
        "id,title,price,gtin,colour\n{sku},{product},{price},{gtin},{colour}\n{sku2},{product2},{price2},{gtin2},{colour2}",
        "<item><g:id>{sku}</g:id><g:gtin>{gtin}</g:gtin><g:availability>in stock</g:availability></item>",
        "sku\tgtin\tweight\n{sku}\t{gtin}\t{weight}\n{sku2}\t{gtin2}\t{weight}",
        "{{\"sku\": \"{sku}\", \"gtin\": \"{gtin}\", \"price\": \"{price}\", \"updated\": \"{isots}\"}}",
    ],
    "release_notes": [
        "Shop app {ver}\n- size advisor for the {pshort}\n- faster checkout\n- fixed: date picker showed {date}",
        "Changelog {ver} ({date}): feed export now includes GTIN {gtin} style fields; build {num} replaces {ver2}.",
        "## {ver}\n* Kaltkar and Rinnental pages load {num} ms faster\n* order numbers like {order} are clickable",
        "Release {ver} — tracking numbers ({track}) are now shown in the account area.",
    ],
    "stock_table": [
        "| SKU | Size | Stock | Warehouse |\n|---|---|---|---|\n| {sku} | {size} | {num} | {zt} |\n| {sku2} | {size2} | {num2} | {town2} |",
        "sku;qty;reorder\n{sku};{num};{date}\n{sku2};{num2};{date2}",
        "Stock check {date}: {product} {num} pcs, {product2} {num2} pcs. Next delivery {date2}.",
        "| Product | GTIN | On hand |\n|---|---|---|\n| {product} | {gtin} | {num} |",
    ],
    "tracking_log": [
        "{date} {time} Parcel {track} received at depot {town}\n{date} {time2} Out for delivery\n{date} {time3} Delivered to parcel locker",
        "Shipment {track}: label created {date}; in transit; customs cleared {date2}.",
        "TRACK {track} | {isots} | HUB {zip} | SORTED\nTRACK {track} | {isots2} | ((DELIVERED|ATTEMPTED))",
        "Return parcel {track} scanned at {time}, depot {town}. Refund triggers after inspection (ref. {order}).",
    ],
}
