"""English templates of the dev half of the twenty-third PII bank (see pii23_dev_core for the
slot syntax). PII genres first (prose, then layouts), then genres without personal data."""

PROSE = {
    "crm_note": [
        "Spoke to {p1.honfull} about the [[Kaltkar~Fernkamm~Steinlauf]] order {order}. [[Prefers~Wants]] calls after {time} on {t1}.[[ Follow up next week.~~ Flagged as VIP.]]",
        "CRM | account {cust}\nContact: {p1}\nNote: asked whether the {prod} runs small. Sent size chart.\nPhone {t1} / {p1.email}",
        "[[Note~Update~Memo]] ({date}): {p1.first} from {company} wants 40 units for their staff. Decision maker is {p2.hon}. Quote sent to {p2.email}.[[ Chase if no reply by Friday.~]]",
        "customer {cust}: {p1.ini} called twice re: missing parcel {track}. verified address {a1.line}. reshipped, no charge.",
        "Lead owner: {p2.first}\n{p1.hon} ([[returning customer~first order in {date}~wholesale]]) asked for a callback on {t1}. [[Mentioned a friend, {p3}, who also wants a catalogue.~Lives at {a1.line}.]]",
    ],
    "support_mail": [
        "Hi {p1.first},\n\nthanks for getting in touch about order {order}. I've [[arranged~booked]] a free return label for you, it will go to {p1.email} within the hour.\n\n[[Best~Cheers~Kind regards]],\n{p2.first}\nTalgrat Customer Care",
        "Dear {p1.hon},\n\nWe're sorry the {prod} arrived damaged. Could you confirm the delivery address is still {a1.line}? Once we hear back we will send a replacement.\n\nKind regards,\n{p2}",
        "Hello {p1},\n[[The size exchange you asked for~Your exchange to size {size}]] is on its way. Tracking: {track}.\nIf you're out, the courier may call {t1}.\n{p2.first} @ Talgrat",
        "Dear {p1.dr},\nthank you for your patience. Your refund of {price} has been issued to the card ending {card.last4}. [[It can take 3-5 working days.~Please allow up to a week.]]\nBest wishes,\n{p2.ini}",
    ],
    "reply_chain": [
        "Thanks {p1.first}, that works.\n\nOn {date}, {p1} <{p1.email}> wrote:\n> Could you send the new jacket to my work address instead?\n> {a1.line}\n> Cheers, {p1.first}",
        "Sure, I'll ask {p2.first}.\n\n-----Original Message-----\nFrom: {p1} <{p1.email}>\nSent: {date}\nSubject: Re: order {order}\n\nHi, the parcel never turned up. My number is {t1} if the driver needs it.",
        "> > Is the Kaltkar still in stock in {size}?\n> Yes, I've reserved one for you.\n\nGreat, thanks! Please bill it as usual.\n{p1.abbr}\n\nOn {date} {p2} wrote:\n> Happy to help.",
        "{p2.first} - forwarding this, can you handle?\n\n---------- Forwarded message ---------\nFrom: {p1.email}\nDate: {date}\n\nHello, I'm {p1}. I paid twice for order {order}. Please refund to {iban}.",
    ],
    "signed_review": [
        "[[★★★★★~5/5~★★★★☆]] Kept me dry on a three-day trek in the Lakes. Hood fits over a helmet. - {p1.abbr}, {a1:GB.town}",
        "\"Best socks I've owned, no blisters after 30 km.\" {p1}, verified buyer",
        "The {prod} is lighter than I expected and the pockets are [[huge~well placed]]. Sizing is true to [[size~fit]].\n\n{p1.first} ({a1.town})",
        "Reviewed by {p1.ini} on {date}: [[zip broke after two weeks~strap stitching came loose]]. Customer service swapped it quickly though. 3 stars.",
    ],
    "testimonial_quote": [
        "\"I've guided in the Alps for twenty years and the {short} is the first [[shell~pack]] I'd recommend to clients.\"\n- {p1.dr}, mountain guide",
        "What our customers say:\n\"Warm, light and it packs into its own pocket.\" - {p1.abbr}\n\"Fit was perfect first time.\" - {p2.abbr}",
        "Testimonial (approved by {p1} on {date}, release form on file): \"[[We kitted out the whole team~Our club bought twenty]] and nobody has complained once.\"",
        "{p1.first} from {a1.town} writes: \"[[Love~Really like]] the {short}. Five stars.\"",
    ],
    "mail_signature": [
        "Best regards\n\n{p1}\nHead of Retail Partnerships\n{company}\nM {t1}\n{p1.email}",
        "--\n{p1.up}\nBuyer, outdoor department\nT: {t1.intl}\n{a1.two}",
        "Cheers,\n{p1.first}\n\n{p1} | Store Manager\n{a1.line}\nPhone: {t1}",
        "Sent from my phone\n\n{p1.ini}\n{p1.email} | {t1}",
    ],
    "copy_brief": [
        "Brief: spring campaign for the {short}. Quote from our ambassador {p1} (<<p1:she|he>> approved it on {date}). Photos by {p2}. Tone: [[warm, outdoorsy~plain, confident]].",
        "Copy request from {p1.first}: write 3 headlines for the {prod}. Feature our tester {p2} who hiked the GR20 in it. Contact {p2.email} for fact-check.",
        "Please mention that {p1.hon} from the alpine club will hand out the prizes. [[No prices in the copy.~Keep it under 80 words.]] Approver: {p2.ini}",
        "NEWSLETTER BRIEF\nHeadline idea: \"Out with {p1.first}\"\nStory: {p1} ran 100 km on the Steinlauf.\nDeadline {date}, questions to {p2.first} ({t1}).",
    ],
    "team_chat": [
        "{p1.low}: has anyone seen the return from {p2}?\n{p3.low}: yes, on the shelf by the door\n{p1.low}: thx",
        "[{time}] {p1.handle}: can you call {p2.hon} back? <<p2:she|he>> left {t1}\n[{time}] {p3.first}: on it",
        "{p1.lowfull} joined the channel\n{p1.low}: hi all, i'm covering for {p2.low} this week\n{p3.low}: welcome!",
        "{p2.first}: customer {p1} says the parcel went to {a1.line} instead of <<p1:her|his>> flat\n{p3.first}: ugh, DHL again. reshipping now",
    ],
    "customer_chat": [
        "Customer: hi, it's {p1}, order {order}\nAgent ({p2.first}): Hi {p1.first}! How can I help?\nCustomer: can you change the address to {a1.line}?\nAgent: Done.",
        "Visitor: my email is {p1.email}, I never got the confirmation\nBot: Thanks! An agent will join.\n{p2.first}: Resent it now.",
        "[{time}] Guest: is the jacket waterproof?\n[{time}] {p2.first} (Talgrat): Yes, 20,000 mm.\n[{time}] Guest: ok ordering. name {p1}, phone {t1}",
        "Agent: Can I have your postcode please?\nCustomer: {a1:GB.zip}. It's {p1.hon}.\nAgent: Thanks {p1.hon}, I can see your order {order}.",
    ],
    "call_note": [
        "Call {time}, {date}. {p1} rang about a [[faulty zip~late delivery~wrong size]]. Callback number {t1}. [[Resolved.~Escalated to {p2.first}.]]",
        "Inbound call - caller gave name as {p1.hon}, postcode matched. Wants to cancel order {order}. Done, refund to original card.",
        "Voicemail transcript: \"Hi, this is {p1}, er, calling about my return. You can reach me on {t1}. Thanks, bye.\"",
        "Outbound: tried {p1.ini} on {t1} and {t2} - no answer. Left message. Next attempt {date}.",
    ],
    "return_note": [
        "RETURN {order}\nFrom: {p1}\n{a1.two}\nReason: too small, wants {size}.\nCondition: unworn, tags on.",
        "Return received {date}. Sender {p1.hon}. Item {sku}, refund {price} approved by {p2.first}.",
        "Parcel came back 'address unknown'. Customer {p1} - label said {a1.line}. Need to check with <<p1:her|him>> on {t1}.",
        "Exchange: {p1.ini} sent back the {prod}. Ship replacement to {a1.street}[[, same postcode.~.]]",
    ],
    "prose_name": [
        "{p1} and {p2} finished the Haute Route in six days, mostly in the Firstwand.",
        "Last winter {p1} tested the Kaltkar at -20 °C in Tromsø; {p2} did the same on Ben Nevis.",
        "I met {p1} at the trailhead and we walked the last ten miles together.",
        "The prize went to {p1}, who beat {p2} by four minutes on the fell race.",
        "{p1.first} and I swapped packs halfway up; {p1.first} insisted the Hochsattel was lighter.",
    ],
    "repair_order": [
        "Repair job {ticket}\nOwner: {p1}\nItem: {prod}\nFault: delaminated seam\nReturn to: {a1.line}\nPhone: {t1}",
        "Hi, I'm sending my Fernkamm in for repair - the hip belt buckle snapped. It's {p1}, {a1.line}. Thanks!",
        "Repair quote for {p1.hon}: new zip {price}, 10 working days. Approve by replying to this e-mail or call {t1}.",
        "Workshop note: {p2.first} replaced the slider on {p1.ini}'s jacket. Ready for collection from {date}.",
    ],
    "address_change": [
        "Please update my delivery address. Old: {a1.line}. New: {a2.line}. Thanks, {p1}",
        "Address change requested by {p1.hon} on {date}\nnew address:\n{a1.two}",
        "Hi team, I've moved! Could you send order {order} to {a1.street} instead? [[Same town.~]] - {p1.first}",
        "Customer {p1} (account {cust}) moved to {a1:US.line}. Phone also changed to {t1:US}.",
    ],
    "refund_bank": [
        "Hello, I paid by bank transfer and sent the goods back. Please refund {price} to {iban} (account holder {p1}).",
        "Refund details\nName: {p1}\nIBAN: {iban}\nReason: order cancelled before dispatch",
        "Dear {p2.first}, the refund should go to my partner's account, {iban}, in the name of {p1}. Thank you.",
        "Finance: refund {order} to {p1.ini}, {iban}. Checked against original payment. {p2.first}",
    ],
    "payment_dispute": [
        "Card {card} was charged twice for order {order} ({price}). Cardholder {p1}. Please reverse one charge.",
        "Chargeback notice: cardholder {p1.up}, card ending {card.last4}, amount {price}. Reason: item not received.",
        "Hi, I'm {p1.first}. My bank says my card {card} was used on your site without my permission on {date}.",
        "Dispute {ticket}: customer {p1} disputes {price}. Original card {card}. Evidence sent by {p2.first}.",
    ],
    "freelance_invoice": [
        "INVOICE {order}\n{p1}\n{a1:DE.two}\nTax ID: {taxid}\nPhotography for the autumn lookbook: {price}\nBank: {iban}",
        "Hi, attached is my invoice for the product shoot. My German tax ID is {taxid} in case you need it. Best, {p1}",
        "Freelancer: {p1} | Steuer-ID {taxid} | copywriting, 12 hours, {price}",
        "Onboarding a new writer: {p1.hon}, tax ID {taxid}, payment to {iban}. Contract sent {date}.",
    ],
}

LAYOUT = {
    "lead_csv": [
        "name,email,phone,town\n\"{p1.lf}\",{p1.email},{t1},{a1.town}\n\"{p2.lf}\",{p2.email},{t2},{a2.town}",
        "NAME,COMPANY,PHONE\n\"{p1.upl}\",\"{company1}\",{t1}\n\"{p2.upl}\",\"{company2}\",{t2}",
        "lead_id;contact;source\n{n1};{p1};trade fair\n{n2};{p2};newsletter",
        "email,first_name,consent\n{p1.email},{p1.first},yes\n{p2.email},{p2.first},no",
    ],
    "feed_row": [
        "id\ttitle\tprice\tgtin\tcontact\n{sku}\t{prod}\t{price}\t{gtin}\t{p1.email}",
        "<item><g:id>{sku}</g:id><g:title>{prod}</g:title><g:contact>{p1}</g:contact></item>",
        "sku|title|supplier_contact|phone\n{sku}|{prod}|{p1}|{t1}",
        "{sku};{prod};{gtin};stock owner: {p1.ini}",
    ],
    "json_record": [
        "{\"customer\": {\"name\": \"{p1}\", \"email\": \"{p1.email}\", \"phone\": \"{t1}\"}, \"order\": \"{order}\"}",
        "{\n  \"id\": \"{uid}\",\n  \"billing\": {\n    \"name\": \"{p1}\",\n    \"address\": \"{a1.line}\"\n  },\n  \"ip\": \"{ip.any}\"\n}",
        "[{\"first\": \"{p1.first}\", \"last\": \"{p1.last}\", \"card\": \"{card}\"}]",
        "{\"event\":\"signup\",\"email\":\"{p1.email}\",\"ip\":\"{ipv}\",\"ts\":\"{dt}\"}",
    ],
    "yaml_record": [
        "customer:\n  name: {p1}\n  email: {p1.email}\n  phone: \"{t1}\"\nshipping:\n  street: {a1.street}",
        "- contact: {p1}\n  role: buyer\n- contact: {p2}\n  role: accounts\n  iban: {iban}",
        "webhook: order.created\npayload:\n  order: {order}\n  customer_name: \"{p1}\"\n  remote_ip: {ip}",
        "author: {p1}\nreviewed_by: {p2.ini}\nversion: {ver}",
    ],
    "tsv_export": [
        "first\tlast\temail\n{p1.first}\t{p1.last}\t{p1.email}\n{p2.first}\t{p2.last}\t{p2.email}",
        "order\tcustomer\tstreet\tzip\n{order}\t{p1}\t{a1.street}\t{a1.zip}",
        "name\tphone\tip\n{p1}\t{t1}\t{ipp}",
        "id\tholder\tiban\n{n}\t{p1.lf}\t{iban}",
    ],
    "md_table": [
        "| Name | Role | Phone |\n|---|---|---|\n| {p1} | guide | {t1} |\n| {p2} | driver | {t2} |",
        "| Winner | Prize |\n| --- | --- |\n| {p1.abbr} | {prod} |\n| {p2.abbr} | voucher |",
        "| Customer | Email | Order |\n|---|---|---|\n| {p1} | {p1.email} | {order} |",
        "| Ambassador | Address |\n|:--|:--|\n| {p1} | {a1.line} |",
    ],
    "html_form": [
        "<form><input name=\"name\" value=\"{p1}\"><input name=\"email\" value=\"{p1.email}\"><input name=\"tel\" value=\"{t1}\"></form>",
        "<label>Full name</label> <input value=\"{p1}\">\n<label>Street</label> <input value=\"{a1.street}\">",
        "<p>Submitted by <b>{p1}</b> from {ip}</p>",
        "<input type=\"hidden\" name=\"card\" value=\"{card}\"><input name=\"holder\" value=\"{p1.up}\">",
    ],
    "sql_insert": [
        "INSERT INTO customers (name, email, phone) VALUES ('{p1}', '{p1.email}', '{t1}');",
        "UPDATE addresses SET street = '{a1.street}' WHERE customer = '{p1}';",
        "SELECT * FROM orders WHERE email = '{p1.email}';\n-- 3 rows, requested by {p2.first}",
        "INSERT INTO sessions VALUES ('{uid}', '{ip.any}', '{dt}');",
    ],
    "access_log": [
        "{ip} - - [{date}] \"GET {path} HTTP/1.1\" {status} 512 \"-\" \"{ua}\"",
        "{dt} INFO login ok user={p1.email} ip={ipv}",
        "{dt} WARN rate limit from {ip}\n{dt} WARN rate limit from {ipp}",
        "{dt} [checkout] order={order} client={ip.any} name=\"{p1}\"",
    ],
    "mail_header": [
        "From: {p1} <{p1.email}>\nTo: Talgrat Customer Care\nSubject: Return {order}\nDate: {date}",
        "Received: from mail.example.net ([{ip}])\nFrom: \"{p1.lf}\" <{p1.email}>\nX-Originating-IP: [{ip}]",
        "Reply-To: {p1.email}\nCc: {p2} <{p2.email}>\nX-Mailer: {ua}",
        "From: {p1.email}\nTo: {p2.email}\nSubject: Fwd: sizes",
    ],
    "vcard_card": [
        "BEGIN:VCARD\nVERSION:3.0\nN:{p1.last};{p1.first}\nFN:{p1}\nTEL:{t1}\nEMAIL:{p1.email}\nEND:VCARD",
        "BEGIN:VCARD\nFN:{p1}\nADR;TYPE=home:;;{a1.street};{a1.town};;{a1.zip}\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:4.0\nFN:{p1.dr}\nORG:{company}\nTEL;TYPE=cell:{t1.intl}\nEND:VCARD",
        "BEGIN:VCARD\nN:{p1.last};{p1.first};;;\nEMAIL;TYPE=work:{p1.email}\nEND:VCARD",
    ],
    "ical_event": [
        "BEGIN:VEVENT\nSUMMARY:Fitting with {p1}\nDTSTART:20250312T100000Z\nLOCATION:{a1.line}\nEND:VEVENT",
        "BEGIN:VEVENT\nORGANIZER;CN={p1}:mailto:{p1.email}\nSUMMARY:Photo shoot\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:Call {p1.hon} re order {order}\nDESCRIPTION:Tel {t1}\nEND:VEVENT",
        "BEGIN:VEVENT\nATTENDEE;CN={p1}:mailto:{p1.email}\nATTENDEE;CN={p2}:mailto:{p2.email}\nEND:VEVENT",
    ],
    "ocr_scan": [
        "RETURNS F0RM\nName: {p1}\nAddr: {a1.line}\nTe1: {t1}\nReas0n: too big",
        "[scan p.1] Customer signature: {p1} Date: {date}\nOrder No {order}",
        "DELIVERY NOTE .. {p1.up} .. {a1.two}",
        "Warranty card\nOwner {p1.lf}\nPurchased {date} at {a1.town}",
    ],
}

CLEAN = {
    "product_copy": [
        "The {prod} weighs less than a bag of sugar and packs down to the size of a water bottle. {price}.",
        "Hunter green is back: the Gitterhang fleece now comes in a deep forest shade. GTIN {gtin}.",
        "Made for long days above the tree line. Sizes S to XL, SKU {sku}, from {price}.",
        "Grace under pressure: a rain jacket that keeps working when the weather doesn't. {prod}, {price}.",
    ],
    "campaign_mail": [
        "[[Spring~Summer~Winter]] sale ends {date} at {time}! Take {pct}% off the {prod}.",
        "This May, head for the hills. Free returns on every order until {date}.",
        "New in: {prod}. Pre-order now and it ships from our warehouse in {town}.",
        "You may like: {prod} ({price}) and {prod2}.",
    ],
    "faq_answer": [
        "Can I send my return [[to a PO box~from a parcel locker~c/o a neighbour]]? [[Unfortunately not~Yes, if the label is printed]]; keep receipt {order}.",
        "How long is the grace period for returns? 30 days from delivery. Bring your order number (e.g. {order}).",
        "Do you ship to {town}? Yes, standard delivery takes 2-4 working days.",
        "Where is my order? Use tracking number {track} on the carrier's site. Questions: talgrat.com/help",
    ],
    "shipping_info": [
        "Parcel {track} left the hub at {time} and is due on {date}.",
        "Order {order}: 2 items, {price}, dispatched {date}. Delivery to a c/o address is possible; add it in line 2.",
        "Your order reference {phonelike} has been received.",
        "Collection point: [[any post office~the parcel shop~our store]] in postcode area {zip}. Opening hours {time}-17:30.",
    ],
    "size_advice": [
        "If you're between sizes, size up for the [[Kaltkar~Rinnental~Firstwand]]. Chest {chest} cm = [[M~L~S]].",
        "The Steinlauf runs half a size small; most runners choose EU {shoe}.",
        "Hunter-style wellies don't fit under the Wintersteig cuffs; [[trail boots do~a {size} trail shoe does~gaiters help]]. Inseam {inseam} cm.",
        "A baker's dozen of fit tips, tip {n}: [[measure in the evening~wear your hiking socks~leave a thumb's width at the toe~try the {short} with a base layer]].",
    ],
    "store_update": [
        "Store update: the Wolf Creek pop-up opens {date}, {time}. Stock of {sku} is low.",
        "Team, new price for {prod} from {date}: {price}. Display at the entrance.",
        "Stocktake on {date}. Counted {n} units of {sku}.",
        "The May Day opening hours are {time}-16:00. [[Bakery next door sells coffee.~The baker on the corner is open too.~Car park on the left.]] {n} staff on shift.",
    ],
    "stock_feed": [
        "sku\tgtin\tqty\tprice\n{sku}\t{gtin}\t{n}\t{price}\n{sku2}\t{gtin2}\t{qty}\t{price2}",
        "sku,title,gtin\n{sku},{prod},{gtin}",
        "{\"sku\": \"{sku}\", \"gtin\": \"{gtin}\", \"stock\": {n}}",
        "| SKU | Stock |\n|---|---|\n| {sku} | {n} |",
    ],
    "order_json": [
        "{\"order\": \"{order}\", \"total\": \"{price}\", \"items\": {qty}, \"status\": \"shipped\"}",
        "order_id: {order}\nstatus: packed\nparcel: {track}",
        "{\"cart\": \"{uid}\", \"sku\": \"{sku}\", \"size\": \"{size}\"}",
        "INSERT INTO orders (id, total) VALUES ('{order}', '{price}');",
    ],
    "release_notes": [
        "Shop app {ver}: faster checkout, fixed size filter.",
        "v{ver} ({date})\n- new: GTIN search\n- fix: wishlist crash",
        "Changelog {ver}: feed export now includes {n} columns.",
        "Build {ver} deployed at {time}.",
    ],
    "job_log": [
        "{dt} INFO feed export finished, {n} rows\n{dt} INFO upload ok",
        "{dt} WARN sku {sku} missing gtin",
        "[{time}] job {uid} done in {n}s",
        "{dt} ERROR price parse failed for {sku}: '{price}'",
    ],
}

# Longer renderings (8-15 lines), one or two per genre.
PROSE["support_mail"].append(
    "Subject: Re: [[missing parcel~wrong colour~refund]] - order {order}\n\n[[Hi~Hello~Dear]] {p1.first},\n\n"
    "thanks for your patience, and sorry this has taken longer than it should.\n\n"
    "I've checked with our warehouse: the parcel was handed to the courier on {date} but the label shows an old address, {a1.line}.\n"
    "[[I've asked them to redirect it.~We'll send a new one today at our cost.]] You'll get tracking to {p1.email} "
    "once it's scanned.\n\nIf anything is still unclear, just reply or call us - we can also ring you back on {t1}.\n\n"
    "[[All the best~Warm regards~Take care]],\n{p2}\nCustomer Care | Talgrat Outdoor")
PROSE["reply_chain"].append(
    "Perfect, thank you both!\n\nOn {date} at {time}, {p2} wrote:\n> {p1.first}, I've booked the fitting for Saturday.\n> Please bring the receipt.\n>\n"
    "> On {date}, {p1} <{p1.email}> wrote:\n> > Hi {p2.first},\n> > can I try the Kaltkar in {size} and M before I decide?\n"
    "> > I'm usually a {size}. Mobile {t1}.\n> > Thanks, {p1.first}")
PROSE["crm_note"].append(
    "Account: {cust}\nOwner: {p2.ini}\nStatus: [[active~at risk~won back]]\n\nHistory\n- {date}: {p1} ordered {prod} ({price})\n"
    "- {date}: complaint about the zip, exchanged\n- {date}: called {t1}, happy now\n\nNext step: invite to the autumn preview. "
    "Postal invites go to {a1.two}")
PROSE["call_note"].append(
    "CALL SUMMARY\nDate: {date}, {time}\nCaller: {p1.hon}\nCallback: {t1}\nTopic: [[warranty~delivery~sizing]]\n\n"
    "Customer says the seams on <<p1:her|his>> {short} leak after a season. Asked for photos. [[Offered repair.~Offered replacement.]]\n"
    "Agent: {p2.first}")
PROSE["copy_brief"].append(
    "Brief #{n} - social posts, {short}\n\nGoal: three posts for the launch week.\nVoice: calm, specific, no superlatives.\n"
    "Must include: weight, price ({price}).\nAmbassador: {p1} - tag {p1.handle}, quote from the interview on {date}.\n"
    "Do not mention {p2}'s injury.\nApproval: {p3.first}\nDue: {date}")
PROSE["return_note"].append(
    "RMA {ticket}\n------------------------\nCustomer   : {p1}\nPhone      : {t1}\nShip-from  : {a1.line}\n"
    "Items      : {sku} x {qty}\nReason     : [[changed mind~faulty~too big~colour not as shown]]\nInspected  : {date} by {p2.ini}\n"
    "Result     : [[refund~exchange~rejected, worn]]\n------------------------")
PROSE["team_chat"].append(
    "#customer-care\n{p1.low} {time}\nanyone know why {p2.lowfull}'s refund is stuck?\n{p3.low} {time}\n"
    "<<p2:she|he>> gave us {iban} but the name on the account is different\n{p1.low} {time}\nok i'll email <<p2:her|him>>\n{p3.low} {time}\n👍")
PROSE["prose_name"].append(
    "We set off from the hut before dawn. {p1} led the first rope, {p2} the second, and by noon we were on the ridge. "
    "Nobody complained about the cold, not even {p3.first}.")
LAYOUT["json_record"].append(
    "{\n  \"order\": \"{order}\",\n  \"created\": \"{dt}\",\n  \"customer\": {\n    \"first_name\": \"{p1.first}\",\n"
    "    \"last_name\": \"{p1.last}\",\n    \"email\": \"{p1.email}\",\n    \"phone\": \"{t1}\"\n  },\n  \"shipping\": {\n"
    "    \"line1\": \"{a1.street}\",\n    \"country\": \"{a1.cc}\"\n  },\n  \"client_ip\": \"{ip.any}\"\n}")
LAYOUT["access_log"].append(
    "{ip} - - [{date}] \"GET / HTTP/2\" 200 1532\n{ip} - - [{date}] \"GET {path} HTTP/2\" 200 822\n"
    "{ipv} - - [{date}] \"POST /checkout HTTP/2\" {status} 91\n{iplo} - - [{date}] \"GET /health HTTP/1.1\" 200 2")
LAYOUT["html_form"].append(
    "<form action=\"/returns\" method=\"post\">\n  <fieldset>\n    <legend>Your details</legend>\n"
    "    <input name=\"first\" value=\"{p1.first}\">\n    <input name=\"last\" value=\"{p1.last}\">\n"
    "    <input name=\"email\" value=\"{p1.email}\">\n    <input name=\"phone\" value=\"{t1}\">\n  </fieldset>\n"
    "  <input name=\"order\" value=\"{order}\">\n</form>")
LAYOUT["ocr_scan"].append(
    "T A L G R A T   0 U T D O 0 R\n~~ repair slip ~~\nName .....: {p1.up}\nStreet ...: {a1.street}\nPh0ne ....: {t1}\n"
    "Item .....: {short} ; size {size}\nFau1t ....: zip / slider\nSigned ...: {p1.ini}")
LAYOUT["ical_event"].append(
    "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:{uid}@talgrat\nDTSTART:20250415T090000\nSUMMARY:Product shoot {short}\n"
    "ORGANIZER;CN={p1}:mailto:{p1.email}\nATTENDEE;CN={p2}:mailto:{p2.email}\nLOCATION:{a1.line}\n"
    "DESCRIPTION:Model on set: {p3}. Mobile {t1}.\nEND:VEVENT\nEND:VCALENDAR")
CLEAN["faq_answer"].append(
    "Returns in short\n\n1. Log in and open your order ({order}).\n2. Choose the items and a reason.\n3. Print the label or show the QR code.\n"
    "4. Drop the parcel at any post office - no PO boxes.\n\nRefunds arrive within [[5~7~10]] working days. "
    "The grace period for late returns is {n} days.")
CLEAN["stock_feed"].append(
    "sku\ttitle\tgtin\tstock\tprice\n{sku}\t{prod}\t{gtin}\t{n}\t{price}\n{sku2}\t{prod2}\t{gtin2}\t{qty}\t{price2}\n"
    "{sku3}\t{prod3}\t{gtin3}\t0\t{price3}")
CLEAN["shipping_info"].append(
    "Carrier: {company}\nParcel: {track}\nWeight: {n} kg\nDelivery window: {date}, {time}-18:00\nPostcode {zip} is served on weekdays only.")
