"""English templates of the dev half of the twenty-first PII bank (see pii21_dev_core for the syntax)."""

import sys

sys.dont_write_bytecode = True


def rows(tpl, n, start=1):
    return "\n".join(tpl.replace("pX", f"p{i}") for i in range(start, start + n))


def shuffled(rng, lines):
    lines = list(lines)
    rng.shuffle(lines)
    return "\n".join(lines)


PII = {}
CLEAN = {}

PII["crm_note"] = [
    "((Spoke to|Call with|Chatted with)) {p1.full} ((re|about)) order {order}((.| —)) ((She|He|They)) wants the {product} in {size} instead. ((Reach|Best reached)) on {p1.phone} after {time}((.|, not before.))",
    "Account note ({date}): {p1.hon} asked us to ((update|change)) the delivery address to {p1.addr}. ((Old address removed.|Confirmed by e-mail.|Verified against last invoice {invoice}.))",
    lambda r: shuffled(r, ["Owner: {p2.first}", "Customer: {p1.full} <{p1.email}>", "Tier: ((Summit|Base Camp|Trail)) member since {date}",
                           "Note: ((prefers phone over e-mail|do not send catalogue|VIP — handle returns without questions|bought 3 jackets last season))"]) + "\n((Next step: follow up {day}.|No action needed.|))",
    "{p1.full} ((is|was)) ((unhappy|a bit annoyed|pleased, actually)) about the {pshort} ((seam|zip|hood)) — ((offered|promised)) a repair via the Allgäu workshop. Contact: {p1.email}, {p1.phone}. ((Logged by {p2.first}.|— {p2.init}))",
    "Lead from the Kendal store event: {p1.full}, ((runs|coaches)) a hiking group of {n}. Wants a group quote for {pshort} packs. {p1.email}((.| / {p1.phone}))",
]
PII["support_email"] = [
    "{p1.greet},\n\nthank you for your message about order {order}. ((We're sorry the|Unfortunately the)) {product} arrived in the wrong size. ((A replacement in {size} is on its way|We have sent a free return label)) to {p1.addr}.\n\n((Kind regards|Best wishes|All the best)),\n{p2.first} from Talgrat Customer Care",
    "Hi Talgrat team,\n\n((my|the)) {pshort} ((jacket|pack)) ((has a broken zip|lost a buckle)) after two trips. Order {order}. Could you ((ring me|call me back)) on {p1.phone}? ((I'm at work until {time}.|))\n\n((Cheers|Thanks|Many thanks)),\n{p1.full}",
    "{p1.greetdu},\n\nquick update on ticket {ticket}: the parcel ((was returned to us|got stuck at the depot)) because the house number was missing. Could you ((confirm|check)) this address for us?\n\n{p1.addr2}\n\nThanks!\n{p2.first}",
    "Dear Customer Care,\n\nI'd like to cancel ((my|our)) order {order}((,| —)) placed on {date}. The payment was made with card {card}((;| and)) please refund it to the same card.\n\n((Regards|Yours sincerely)),\n{p1.honfull}",
    "Hello,\n\n((I ordered|We ordered)) the {product} for my ((son|daughter|partner)), {p2.first}. It arrived ((damaged|without the stuff sack)). Can you send a new one to {p1.street}? Postcode and town as on the order.\n\n{p1.first}",
]
PII["quoted_reply"] = [
    "((Thanks, that works.|Perfect, ship it on {day}.|Great, cheers.))\n\nOn {date} at {time}, {p1.full} <{p1.email}> wrote:\n> Hi, could you ((swap|exchange)) my {pshort} for size {size}?\n> ((My new address is|Please send it to)) {p1.addr}\n> Thanks, {p1.first}",
    "{p2.first},\n\nsee below — can you ((handle|take)) this one?\n\n-----Original Message-----\nFrom: {p1.full} <{p1.email}>\nSent: {date}\nSubject: ((Refund|Return|Question about order)) {order}\n\nPlease refund ((the money|the balance)) to my account {p1.iban}. ((Thanks|Regards)), {p1.last}",
    "> > Is the Kaltkar still available in {colour}?\n> Yes, from {date}. Shall I reserve one for you?\n\nYes please((!|.)) My number is {p1.phone} in case the courier needs it.\n{p1.short}",
    "On {date}, Talgrat Customer Care wrote:\n>> {p1.greet}, your return {rma} has been received.\n\n((Received?|Hello?)) I've ((heard nothing since|had no refund yet)). ((This is|It's been)) three weeks. — {p1.full}, {p1.phone}",
]
PII["testimonial"] = [
    "\"((Walked|Hiked|Trekked)) the West Highland Way in the {product}((.|,)) ((Dry feet for 96 miles.|Not one blister.|Worth every penny.))\" — {p1.short}, {p1.town}",
    "★★★★★ ((Brilliant|Excellent|Solid)) {pshort}\n((Used it on|Took it up)) {peak} ((in a storm|twice now|with my kids)). ((Fits true to size.|Size {size} was perfect.))\n{p1.full}, verified buyer",
    "\"((I've owned|I've used)) a lot of ((rain jackets|packs)), but the {pshort} is the first that ((actually fits|survived a season)).\"\n— {p1.init}, ((mountain leader|fell runner|scout leader)), {p1.town}",
    "Review by {p1.first} {p1.last} ({date}): ((3|4|5)) stars. ((The hood is great, the pockets less so.|Runs a bit small, order one size up.|Lightweight and warm.)) ((Would buy again.|Recommended.))",
    "Customer story for the homepage: {p1.full} ((from|in)) {p1.town} ((took|carried)) our {pshort} on a {n}-day trek. Quote approved by {p1.hon} on {date}: \"Still going strong.\"",
]
PII["signature"] = [
    "((Thanks,|Best,|Cheers,))\n{p1.full}\n((Buyer|Category Manager|Store Manager)) | {company}\nM: {p1.phone}\nE: {p1.workmail}",
    "--\n{p1.caps}\n((Head of Retail|Purchasing)) · {company}\n{p1.addr2}\nTel. {p1.phone}",
    "Kind regards\n\n{p1.honfull}\n((Account Executive|Partnerships Lead))\n{p1.workmail} | {p1.phone}\n((This e-mail is confidential.|Please consider the environment before printing.))",
    "{p1.first} {p1.last} ({p1.initials})\nTalgrat Customer Care — ((Team Lead|Returns))\n{p1.staffmail}\n((Mon–Fri|Tue–Sat)), {time}–17:00",
]
PII["copy_brief"] = [
    "Brief: {product} launch e-mail\nOwner: {p1.full}\nReview: {p2.full}, ((legal|brand))\nDeadline: {date}\nTone: ((calm, no hype|warm, practical))((.| — see voice guide.))",
    "For the {pshort} page, please quote our tester {p1.full} (({p1.town}, |)) — the release was signed on {date}. ((Keep the quote under 20 words.|No superlatives.)) Questions to {p2.first} ({p2.staffmail}).",
    "Newsletter brief #{n}: ((feature|interview)) with mountain guide {p1.full}. ((Photos by|Shot by)) {p2.full}. Do not print ((his|her)) phone number ({p1.phone}) — it's in the brief by mistake.",
    "Copy request from {p1.first}: rewrite the {pshort} product description for the ((UK|US)) shop. Sign-off {p2.init}. Draft due {day}, {time}.",
]
PII["team_chat"] = [
    "{p1.handle}: did anyone call back {p2.low}? the one with the ((ripped|torn)) {pshort}\n{p3.handle}: ((yep|yes)), {p3.low} here, done ((this morning|at {time}))\n{p1.handle}: ((ty|thanks))",
    "[{time}] {p1.low}: ((heads up|fyi)) — {p2.lowfull} is ((coming in|dropping by)) at 3 for the ((repair|fitting))\n[{time}] {p3.low}: ok ((will set up the room|noted))",
    "{p1.handle} can you ((ping|ring)) {p2.first} {p2.last}? number's {p2.phone}, ((she|he)) ((left a voicemail|wants a callback)) about {order}",
    "{p1.low}: who ((has|took)) the ((Cooper Outdoor|Fletcher Logistics)) account?\n{p2.low}: me. ((why|what's up))\n{p1.low}: ((customer|their buyer)) {p3.full} ((emailed twice|wants samples))\n{p2.low}: ((on it|will reply today))",
]
PII["customer_chat"] = [
    "Visitor: hi, ((where is|any news on)) my order {order}?\nAgent {p2.first}: Hi! Could you give me the name on the order?\nVisitor: {p1.full}\nAgent {p2.first}: Thanks, {p1.first}. It ((left the warehouse|ships)) {day}.",
    "[{time}] {p1.first}: ((I moved|i have moved)), can you change the address to {p1.addr}\n[{time}] Talgrat ({p2.first}): Done((!|.)) Anything else?\n[{time}] {p1.first}: no thanks",
    "Customer: my card ({card}) was charged twice for {order}\nBot: I'm passing you to a colleague.\n{p2.first}: Hi, sorry about that! I can see both charges. ((Refund of the duplicate is on its way.|I've raised it with payments.))",
    "Chat transcript {ticket}\n— Guest (({p1.email}|{p1.first})): do you ((ship|deliver)) to Ireland?\n— Agent: Yes, ((2–4|3–5|4–6)) working days.\n— Guest: great, it's for {p1.street}, is that ((ok|fine))?\n— Agent: Yes, no problem.",
]
PII["call_note"] = [
    "Call {time}, {p1.full} ({p1.phone}): ((asked about|wants)) a pro-rated refund for the {pshort}. Told ((her|him)) we need photos. Callback {day}.",
    "Missed call from {p1.phone} — voicemail: \"((Hi, it's|This is)) {p1.first} {p1.last}, ((about|regarding)) my return {rma}, please call back.\" ((Tried twice, no answer.|Called back at {time}.))",
    "Inbound call ({date})\nCaller: {p1.hon}\nTopic: ((warranty|delivery|sizing))\nOutcome: ((sent a label to|collection arranged at)) {p1.addr}\nAgent: {p2.first}",
    "Spoke with {p1.first} from the ((Stockport|Leeds|Bristol)) running club (({p1.phone})) — ((interested in|asking about)) a club discount. ((Sent the form.|Will e-mail {p1.email}.))",
]
PII["return_note"] = [
    "Return {rma} received {date}. {product}, size {size}, ((unworn|tags on|worn once)). Customer: {p1.full}. Refund ((approved|pending QC)).",
    "RETURN — order {order}\nName: {p1.lf}\nReason: ((too small|colour not as expected|changed mind|faulty zip))\nRefund to: {p1.iban}\nChecked by {p2.init}",
    "((Parcel|Box)) from {p1.hon} ((arrived|came back)) ((without|with no)) return form; found the order number {order} on the packing slip. ((Address on label:|Sender:)) {p1.addr}.",
    "Exchange: {p1.first} sent back the {pshort} in {size}, wants {size.b}. ((Ship to same address.|Send to {p1.street} — the new flat.)) Note by {p2.first}.",
]
PII["prose_mention"] = [
    "((Last weekend|On {day}|Yesterday)) {p1.full} and {p2.full} ((tested|took)) the new {pshort} ((on|up)) {peak}. ((Both came back dry.|It rained the whole time.))",
    "{p1.full} ((thinks|reckons)) the {pshort} ((runs small|is perfect for scrambling)); {p2.first} ((disagrees|is not convinced)).",
    "The photos in this ((post|album)) were taken by {p1.full} during a ((hut-to-hut|three-day)) tour with {p2.full}.",
    "((Thanks to|Big thanks to)) {p1.full} for ((the tip about|pointing out)) the ((hood adjuster|sizing table)). {p2.first} {p2.last} ((fixed it|updated the page)) within a day.",
    "When {p1.first} ((moved to|started at)) the ((Kempten|Leeds)) office, ((she|he)) ((took over|inherited)) the returns desk from {p2.full}.",
]
PII["payment_note"] = [
    "Bank transfer received from {p1.lf} ({p1.iban}), reference {invoice}, amount {price}. ((Matched to order {order}.|Could not be matched — please check.))",
    "Refund request: {p1.full} ((asks|would like)) the refund for {order} to go to ((her|his)) ((new|other)) account, IBAN {p1.iban}, not the card ending {cardmask}.",
    "Chargeback notice ({date}): card {card}, cardholder {p1.caps}, amount {price}. Reason code ((13.1|4853|10.4)). ((Evidence due|Respond by)) {date.b}.",
    "Invoice {invoice} for the photo shoot is from {p1.full} (freelance). Tax ID (Steuer-ID) {taxid}, pay to {p1.iban}. ((Approved|OK to pay)) — {p2.init}",
]
PII["size_advice"] = [
    "Size advice for {p1.first}: height 178 cm, chest 102 cm ((— recommended M in the {pshort}.|. Between M and L; go L for layering.)) ((Sent to|Mailed to)) {p1.email}.",
    "Fit consultation ({date}, {time})\nCustomer: {p1.honfull}\nInside leg: 81 cm\nAdvice: Almweg in {size}, length ((Normal|Short))\nFollow-up: {p1.phone}",
    "{p1.greetdu}, ((going by|based on)) your measurements the {pshort} in {size} should fit well. ((If not, exchanges are free.|If in doubt, take the larger size.)) — {p2.first}",
    "Q from {p1.short}: \"((I'm usually a 10 in women's, which size|My feet are wide, which size)) in the Steinlauf?\"\nAnswer by {p2.first}: ((go half a size up|true to size, try {size}))",
]
PII["casting_call"] = [
    "Casting for the ((autumn|winter)) catalogue shoot on {date}: shortlisted {p1.full}, {p2.full} and {p3.full}. ((Fitting at {time}.|Travel to {town} booked.))",
    "Model details\nName: {p1.full}\nAgency: ((none (self-represented)|{company}))\nPhone: {p1.phone}\nE-mail: {p1.email}\nSizes: jacket {size}, shoe 42\nFee to: {p1.iban}",
    "{p1.greet},\n\nthank you for applying to our ((real-people|customer)) casting. We'd love to ((invite you|see you)) on {date} at {time}. Please bring ((your own boots|a photo ID)).\n\n{p2.full}, Talgrat Creative",
    "Callback list ((shoot day 2|mountain shoot)): {p1.first} ((yes|confirmed)), {p2.first} ((maybe|tbc)) (({p2.phone})), {p3.init} ((declined|unavailable)).",
]
PII["sponsorship_request"] = [
    "Hi Talgrat,\n\nI'm {p1.full}, a ((trail runner|climber|ski tourer)) from {p1.town} ((aiming for|training for)) ((the UTMB CCC|my first 100-miler|a Greenland crossing)). Would you ((support|sponsor)) me with kit? ((Happy to send race results.|Instagram: 4k followers.))\n\n{p1.first}\n{p1.phone}",
    "Sponsorship application #{n}\nApplicant: {p1.lf}\nClub: ((Peak District Fell Runners|Cairngorm MC|Wicklow Trail Club))\nContact: {p1.email}\nAddress for kit: {p1.addr}\nDecision: ((approved (€500 kit)|declined|on hold))",
    "{p2.first}, we agreed to sponsor {p1.full} for ((the season|the expedition)). ((She|He)) invoices as a freelancer — Steuer-ID {taxid}. ((Contract attached.|Please set ((her|him)) up as supplier.))",
    "Declined, friendly: {p1.hon} ((runs|organises)) a ((charity walk|school trip)) and asked for {n} jackets. ((Offered 20 % instead.|Sent vouchers.)) Reply went to {p1.email}.",
]
PII["review_moderation"] = [
    "Moderation queue — review {ticket}\nAuthor: {p1.full}\nIP: {ip}\nText: \"((Terrible zip.|Great jacket, my mate {p2.first} got one too.|Call me on {p1.phone} if you want to buy my old one.))\"\nAction: ((publish|reject: contains contact data|edit))",
    "Review held: it contains the customer's ((address|phone number)) ({p1.street}). Removed the line and published as \"{p1.short}\". — mod {p2.first}",
    "Flagged ({date}): reviewer {p1.init} ({p1.email}) posted ((5|7)) reviews from {ip} in {n} minutes. ((Likely spam.|Looks like one household.))",
    "Reply draft to {p1.first} {p1.last}: thanks for the ((honest|detailed)) review of the {pshort} — ((we've passed the note on the hood to our designers|a replacement zip is on its way)).",
]
PII["shift_handover"] = [
    "Handover ((early|late)) shift {date}\n- {p1.full}: ((waiting for photos|refund sent)), ticket {ticket}\n- {p2.hon}: ((call back|escalate to {p3.first}))\n- ((Printer jammed again.|Nothing else.))",
    "((For|To)) {p3.first}: ((please|can you)) finish the return for {p1.full} ({rma}) and ring {p2.first} on {p2.phone} ((before noon|after 2)).",
    "Open at close of day:\n{p1.lf} — ((label not printed|waiting on courier))\n{p2.lf} — ((address check|card declined))\n((— {p3.first}|Signed: {p3.init}))",
    "Night note from {p1.first}: one customer, {p2.full}, ((rang three times|called twice)) about {order}. ((Promised|Said)) someone would ((call|get back)) before {time}.",
]
PII["catalogue_request"] = [
    "Catalogue request ({date}): {p1.honfull}\n{p1.addr2}\n((Print run: spring|Language: English|Quantity: 1))",
    "Please send your ((autumn|printed)) catalogue to:\n{p1.full}\n{p1.addr2}\n((Thank you!|Many thanks,)) {p1.first}",
    "Postcard scanned: \"((Please|Kindly)) send me a catalogue. {p1.full}, {p1.addr}\" — entered in CRM by {p2.first}.",
    "Mail-out list correction: {p1.lf} moved; new address {p1.addr}. ((Old one returned as undeliverable.|Update before the {date} run.))",
]
PII["lead_list"] = [
    lambda r: "name,email,company,phone\n" + rows("\"{pX.lf}\",{pX.workmail},{company.pX},{pX.phone}", r.randint(2, 4)),
    lambda r: "Name;E-Mail;Interest\n" + rows("{pX.lf};{pX.email};" + r.choice(["wholesale", "team order", "newsletter", "catalogue"]), r.randint(2, 5)),
    lambda r: "TRADE FAIR LEADS — ((OutDoor|ISPO)) {date}\n" + rows("{pX.capslf} | {pX.workmail} | ((hot|warm|cold))", r.randint(2, 4)),
    lambda r: "contact,role,phone,notes\n" + rows("{pX.full},((buyer|owner|manager)),{pX.phone},((call in Q3|sent samples|wants price list))", r.randint(2, 4)),
]
PII["feed_row"] = [
    "id\ttitle\tprice\tgtin\tsupplier_contact\n{sku}\t{product}\t{price}\t{gtin}\t{p1.full} <{p1.workmail}>",
    "<item><g:id>{sku}</g:id><title>{product}</title><g:price>{price}</g:price><g:gtin>{gtin}</g:gtin><review_author>{p1.short}</review_author></item>",
    "{sku},\"{product}\",{gtin},{price},in stock,\"Photographer: {p1.full}\"",
    "sku: {sku}\ntitle: {product}\ngtin: {gtin}\nproduct_owner: {p1.full}\nowner_phone: {p1.phone}",
]
PII["crm_export"] = [
    "{\n  \"customer_id\": \"{cust}\",\n  \"name\": \"{p1.full}\",\n  \"email\": \"{p1.email}\",\n  \"phone\": \"{p1.phone}\",\n  \"address\": \"{p1.addr}\",\n  \"segment\": \"((summit|trail|lapsed))\"\n}",
    "[{\"id\": {n}, \"first_name\": \"{p1.first}\", \"last_name\": \"{p1.last}\", \"ip\": \"{ip}\"}, {\"id\": {n.b}, \"first_name\": \"{p2.first}\", \"last_name\": \"{p2.last}\", \"ip\": \"{ip2}\"}]",
    "customer:\n  id: {cust}\n  name: {p1.full}\n  email: {p1.email}\n  billing:\n    iban: {p1.iban}\n  shipping: \"{p1.addr}\"\n  created: {ts}",
    "- name: \"{p1.lf}\"\n  phone: \"{p1.phone}\"\n  consent: ((true|false))\n- name: \"{p2.lf}\"\n  phone: \"{p2.phone}\"\n  consent: ((true|false))",
]
PII["table_export"] = [
    lambda r: "first\tlast\temail\torders\n" + rows("{pX.first}\t{pX.last}\t{pX.email}\t" + str(r.randint(1, 9)), r.randint(2, 4)),
    lambda r: "| Customer | City | Phone |\n|---|---|---|\n" + rows("| {pX.full} | {pX.town} | {pX.phone} |", r.randint(2, 4)),
    lambda r: "order\tcustomer\tship_to\n" + rows("{order.pX}\t{pX.full}\t{pX.addr}", r.randint(2, 3)),
    lambda r: "| Draw | Winner | Prize |\n|--:|--------|-------|\n" + rows("| {n.pX} | {pX.short} | {product.pX} |", r.randint(2, 4)),
]
PII["html_form"] = [
    "<form action=\"/account/address\" method=\"post\">\n  <input name=\"name\" value=\"{p1.full}\">\n  <input name=\"street\" value=\"{p1.street}\">\n  <input name=\"postcode\" value=\"{p1.plz}\">\n  <input type=\"tel\" name=\"phone\" value=\"{p1.phone}\">\n</form>",
    "<label>Email</label><input type=\"email\" value=\"{p1.email}\"><label>Name on card</label><input value=\"{p1.caps}\"><label>Card</label><input value=\"{card}\">",
    "<tr><td>Contact</td><td>{p1.honfull}</td></tr>\n<tr><td>Address</td><td>{p1.addr}</td></tr>\n<tr><td>Submitted from</td><td>{ip}</td></tr>",
    "<div class=\"review\"><span class=\"author\">{p1.short}</span><p>((Great fit.|Warm enough at -10.|Too long in the arms.))</p><!-- {p1.email} --></div>",
]
PII["sql_dump"] = [
    "INSERT INTO customers (id, name, email, phone) VALUES ({n}, '{p1.full}', '{p1.email}', '{p1.phone}');",
    "UPDATE orders SET ship_to = '{p1.addr}' WHERE order_no = '{order}'; -- requested by {p1.first}",
    "mysql> SELECT id, last_name, first_name, last_ip FROM users WHERE id IN ({n}, {n.b});\n+----+-----------+------------+----------------+\n| {n} | {p1.last} | {p1.first} | {ip} |\n| {n.b} | {p2.last} | {p2.first} | {ip2} |\n+----+-----------+------------+----------------+",
    "COPY payouts (creator, iban, amount) FROM stdin;\n{p1.full}\t{p1.iban}\t{price}\n{p2.full}\t{p2.iban}\t{price.b}\n\\.",
]
PII["server_log"] = [
    "{ip} - - [{clf}] \"POST {path} HTTP/1.1\" {status} {ms} \"-\" \"{ua}\"",
    "{ts} INFO checkout ok order={order} email={p1.email} client={ip}\n{ts.b} WARN slow payment provider ({ms} ms) client={ip}",
    "{ts} ERROR address validation failed for user {cust}: \"{p1.addr}\" (remote {ip.v6}, upstream {ip.lo})",
    "[{ts}] auth: login ((success|failed)) user={p1.email} from {ip} via {ip2.priv}",
    "{ts} newsletter subscribe ip={ip.v6} name=\"{p1.full}\" double_opt_in=pending",
]
PII["mail_header"] = [
    "From: {p1.full} <{p1.email}>\nTo: {shopmail}\nDate: {date}\nSubject: ((Return|Question|Complaint)) {order}\nX-Originating-IP: [{ip}]",
    "Received: from mail.example.net ([{ip}]) by mx.talgrat.de; {date}\nFrom: \"{p1.lf}\" <{p1.email}>\nReply-To: {p1.email}\nCc: {p2.full} <{p2.email}>",
    "Return-Path: <{p1.email}>\nX-Sender-IP: {ip.v6}\nFrom: {p1.caps} <{p1.email}>\nSubject: Re: your catalogue",
    "Delivered-To: {shopmail}\nFrom: {p1.first} <{p1.email}>\nTo: Talgrat Returns <{shopmail}>\nX-Mailer: iPhone Mail\nSubject: ((broken zip|wrong size))",
]
PII["contact_card"] = [
    "BEGIN:VCARD\nVERSION:3.0\nN:{p1.last};{p1.first};;;\nFN:{p1.full}\nTEL;TYPE=cell:{p1.phone}\nEMAIL:{p1.email}\nEND:VCARD",
    "BEGIN:VCARD\nVERSION:4.0\nFN:{p1.full}\nORG:{company}\nADR;TYPE=work:;;{p1.street};{p1.town};;{p1.plz};\nEND:VCARD",
    "dn: uid={p1.email},ou=customers,dc=talgrat,dc=de\ncn: {p1.full}\nsn: {p1.last}\ngivenName: {p1.first}\ntelephoneNumber: {p1.phone}",
    "dn: cn={p1.full},ou=press,dc=talgrat,dc=com\nmail: {p1.workmail}\nmobile: {p1.phone}\ndescription: ((journalist|blogger|photographer))",
]
PII["ical"] = [
    "BEGIN:VEVENT\nSUMMARY:Fitting — {p1.full}\nDTSTART:{icaldt}\nLOCATION:Talgrat Store Kempten\nATTENDEE;CN={p1.full}:mailto:{p1.email}\nEND:VEVENT",
    "BEGIN:VEVENT\nSUMMARY:Call with {p1.hon} about wholesale\nORGANIZER;CN={p2.full}:mailto:{p2.staffmail}\nDESCRIPTION:Dial {p1.phone}\nEND:VEVENT",
    "BEGIN:VEVENT\nSUMMARY:Repair pick-up\nLOCATION:{p1.addr}\nDESCRIPTION:Collect {pshort} from {p1.first}. Ring twice.\nEND:VEVENT",
    "BEGIN:VEVENT\nSUMMARY:Shoot day (model {p1.first} {p1.last})\nATTENDEE;CN={p2.full};ROLE=REQ-PARTICIPANT:mailto:{p2.workmail}\nEND:VEVENT",
]
PII["ocr_scan"] = [
    "RETURNS F0RM\nNarne: {p1.full}\nAddress: {p1.addr}\nOrder N0: {order}\nReason: ((to0 big|wrong colour|faulty))\nSignature: ___",
    "~~ D E L I V E R Y   N O T E ~~\nShip to: {p1.caps}\n{p1.addr2}\nTe1: {p1.phone}\nItems: {qty} x {sku}",
    "SEPA Direct Debit Mandate (scan p.1)\nAccount h0lder: {p1.full}\nIBAN: {p1.iban}\nDate: {date}  |  Signature: illegible",
    "Warranty card ... {pshort} ... purchased {date} ... owner: {p1.init} ... e-mail: {p1.email} ... stamp: {company}",
]
PII["llm_prompt_log"] = [
    "{\"model\": \"copy-writer-v2\", \"messages\": [{\"role\": \"user\", \"content\": \"Write a thank-you note to {p1.full} for her review of the {pshort}.\"}], \"ts\": \"{ts}\"}",
    "[prompt {uuid}] user={p2.staffmail} input=\"Rewrite this complaint politely: my name is {p1.full}, I live at {p1.addr} and nobody answers {p1.phone}\"",
    "request:\n  brief: \"Personalised newsletter intro for {p1.first} ({p1.email}), last bought {product}\"\n  temperature: 0.4\n  client_ip: {ip}",
    "{ts} llm.call tokens_in={ms} source=crm prompt=\"Summarise ticket {ticket} from {p1.lf}: card {card} was charged twice\"",
]

CLEAN["marketing_copy"] = [
    "((Out|Up)) before sunrise? The {product} ((keeps the wind out|keeps you warm)) ((at the hut|on the ridge)) — now {price}.",
    "Autumn on the ((Nebelhorn|ridge)): ((layer up|pack light)) with the {pshort} and the {pshort.b}. Free returns until {date}.",
    "Like a lone wolf on the ridge? Even lone wolves need a warm layer. The {product}, {weight}, from {price}.",
    "((The hunter's moon is up|Grace under pressure)) — our {pshort} handles the first frost((.|!)) ((Repairs in the Allgäu|5-year guarantee)) included.",
]
CLEAN["product_copy"] = [
    "{product}\nSKU {sku} · GTIN {gtin}\nWeight: {weight} · Colours: {colour}, {colour.b}\nPrice: {price}",
    "The {pshort} ((is cut for|fits)) layering((.|;)) size {size} has a back length of 74 cm. ((Machine wash at 30 °C.|Reproof in the dryer for 20 minutes.))",
    "What's new in version {ver} of our size guide: inside-leg table for the Almweg, ((shoe widths for the Steinlauf|a note on the Kaltkar hood)).",
    "May we suggest the {pshort} for ((spring|May)) hikes? ((Light|Packable)), {weight}, and ((PFC-free|bluesign-approved fabric)).",
]
CLEAN["feed_clean"] = [
    "id\ttitle\tprice\tgtin\tavailability\n{sku}\t{product}\t{price}\t{gtin}\tin stock",
    "<item><g:id>{sku}</g:id><g:title>{product}</g:title><g:gtin>{gtin}</g:gtin><g:price>{price}</g:price><g:brand>Talgrat</g:brand></item>",
    "{sku},\"{product}\",{gtin},{colour},{size},{price}",
    "sku: {sku}\ntitle: {product}\ngtin: {gtin}\ncolour: {colour}\nupdated: {ts}",
]
CLEAN["order_status"] = [
    "Your order {order} ((has shipped|is on its way)). Tracking number: {track}. Expected ((delivery|arrival)): {date}.",
    "Order {order} — customer no. {ordph} — {qty} item(s), total {price}. Paid with card {cardmask}.",
    "Return {rma} ((received|approved)). Refund of {price} ((to the original payment method|to the account ending {ibanmask})) within 5 working days.",
    "Invoice {invoice} · order {order} · ref. {ordph} · VAT 19 % included · due {date}",
]
CLEAN["faq"] = [
    "((Can I return worn items?|Can I send back something I've worn?|Returns after a hike?)) ((Yes, within 30 days if unwashed.|Only with the tags attached.|Yes, as long as it's clean and undamaged.)) ((Call our hotline|Ring us|Chat with us)) ((Mon–Fri, 8–18|on weekdays|until {time})) — ((numbers are on the contact page.|see the contact page.|order {order} style numbers help us find it.))",
    "((Do you deliver to P.O. boxes or parcel lockers?|P.O. box, locker or c/o address?|Can I use a PO Box?)) ((Yes, within Germany.|Not yet.|Only for parcels under {weight}.)) ((Deliveries \"c/o\" a neighbour or to the rear building are fine.|A \"c/o\" line is fine — put it in address line 2.|Flats in a rear building: add the building in line 2.))",
    "((How do I reproof my jacket?|My {pshort} wets out — what now?|Reproofing tips?)) Wash at 30 °C and tumble dry for ((20|25)) minutes((.| on low.)) ((The Firstwand needs no extra spray.|Use a wash-in proofer every 10 washes.|Our workshop in the Allgäu can do it for {price}.))",
    "Where is my order? Use the tracking link in your shipping e-mail. Order numbers look like {order}; customer numbers like {ordph}.",
]
CLEAN["release_notes"] = [
    "Shop release {ver} ({date.iso}): faster checkout, fixed the size filter on {pshort} pages, updated GTIN {gtin}.",
    "Changelog {ver}\n- feed: price {price} for {sku}\n- search: 'hunter green' now matches Fir Shade\n- fix: date format {date}",
    "Size-advisor model {ver} rolled out at {time}; rollback build {ver.b}. No customer data changed.",
    "Build {hash} deployed to staging ((at|on)) {date}; release candidate {ver}.",
]
CLEAN["shipping_info"] = [
    "We ship from our warehouse in {plz} {town}. ((Orders before {time} leave the same day.|Standard delivery takes 2–4 days.))",
    "((Delivering to|Sending to|Shipping to)) a P.O. box, a \"c/o\" address or a rear-building flat? Add it in the second address line. ((Packstation: enter your post number.|No extra charge.|Lockers take parcels up to {weight}.))",
    "Click & collect is available in ((Kempten|Sonthofen|Memmingen)) ({plz}). ((Bring your order number.|We keep parcels for 14 days.))",
    "Delivery times: Germany ((1–3|1–2)) days, Austria ((2–4|3–4)), Switzerland 3–5 (customs)((.|, UK 4–6 (duties paid).)) Parcels over {weight} go by freight((.|; bulky items from {price}.))",
]
CLEAN["campaign_plan"] = [
    "Campaign \"((Hunter's Moon|Grace Period|Early Bird))\": {date} to {date.b}, {pct} off {pshort}, budget {price}.",
    "Week {n}: e-mail on {day} at {time}, social on {day.b}. Hero product: {product}. KPI: CTR above {pct}.",
    "Winter push: the wolf pack theme for the ((family|group|club)) bundle, ((baker's dozen|13 for 12)) socks offer, launch {date}((.|, budget {price}.| — hero: {pshort}.))",
    "A/B test ((subject lines|hero images)) ({date}): variant A {pct}, variant B {pct.b}. ((Winner: A.|No clear winner.))",
]
CLEAN["supplier_list"] = [
    "Suppliers Q{qty}: {company} (labels), {company.b} (freight), {company.c} (testing).",
    "Carrier contract with {company} renewed until {date}; rates from {price} per parcel.",
    "Packaging audit: {company} ((passed|needs a follow-up)); second supplier {company.b} ((on hold|approved)).",
    "Lab report ATX-24-{n}0{qty} from Alptex Prüflabor GmbH, Kempten: hydrostatic head 28,400 mm.",
]
CLEAN["analytics_report"] = [
    "Sessions {big}, orders {n}{n}, conversion {pct}, AOV {price}. Top product: {product}.",
    "Returns rate {pct} (prev. {pct.b}); top reason: size. Customer numbers {ordph} to {ordph.b} were test accounts.",
    "Newsletter: {big} sent, open rate {pct}, clicks {n}{qty}. Best subject: \"May the trail be dry\".",
    "Search terms this week: \"wolf fleece\", \"baker boy cap\", \"{pshort} size\", \"{pshort.b} sale\".",
]
