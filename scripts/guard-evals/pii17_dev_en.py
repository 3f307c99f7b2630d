"""English templates of the seventeenth PII bank, dev half.

PII: genre -> list of templates; CLEAN: genre -> list of templates without personal data.
A template is a string (see pii17_dev_core) or a function of the context returning one.
Prefixes: `@GB ` sets the text's country, `%nocue ` keeps invented names out (names in running
text without a cue word).
"""


def _rows(ctx, n_lo, n_hi):
    return list(range(1, ctx.rng.randint(n_lo, n_hi) + 1))


def lead_semicolon(ctx):
    rows = "\n".join(f"{{p{i}.lf}}; {{p{i}.email}}; {{p{i}.tel}}; ⟨tents|footwear|packs|workwear|team kit|rental fleet⟩" for i in _rows(ctx, 3, 5))
    return "Leads – ⟨OutDoor by ISPO|Kendal Mountain Festival|The Outdoor Show, Birmingham⟩ ({date})\nName; E-mail; Phone; Interest\n" + rows


def lead_bullets(ctx):
    rows = "\n".join(f"- {{p{i}.caps}} | {{p{i}.email}} | follow up ⟨{{date{i}}}|next week|after the webinar⟩" for i in _rows(ctx, 2, 4))
    return "Warm leads from the layering webinar (export {date}):\n" + rows + "\nOwner: {p9.full}"


def lead_numbered(ctx):
    rows = "\n".join(f"{i}. {{p{i}.full}} – ⟨buyer|owner|ops lead|club secretary⟩ at {{company{i}}}, {{p{i}.mobile}}" for i in _rows(ctx, 2, 4))
    return "Wholesale prospects, Q3\n\n" + rows + "\n\nSend the line sheet and {price} starter-pack offer to each."


def tsv_people(ctx):
    rows = "\n".join(f"{{p{i}.first}}\t{{p{i}.last}}\t{{p{i}.email}}\t{{a{i}.town}}\t⟨yes|no⟩" for i in _rows(ctx, 2, 5))
    return "first_name\tlast_name\temail\tcity\tnewsletter\n" + rows


def csv_addresses(ctx):
    rows = "\n".join(f"⟨{{p{i}.mr}}|⟩;{{p{i}.first}};{{p{i}.last}};{{a{i}.street}};{{a{i}.zip}};{{a{i}.town}};{{order{i}}}" for i in _rows(ctx, 2, 4))
    return "Title;First name;Surname;Street;Postcode;Town;Order\n" + rows


def md_table(ctx):
    rows = "\n".join(f"| {{p{i}.full}} | ⟨Store lead|Buyer|Repairs|Photographer|Guide⟩ | {{p{i}.tel}} | {{p{i}.email}} |" for i in _rows(ctx, 2, 4))
    return "### Contacts for the Keswick pop-up\n\n| Name | Role | Phone | E-mail |\n|---|---|---|---|\n" + rows + "\n\nStock list: {sku}, {sku2}."


def md_table_shifts(ctx):
    rows = "\n".join(f"| {{weekday{i}}} | {{p{i}.first}} | {{time{i}}}–18:00 | ⟨till|fitting|stockroom⟩ |" for i in _rows(ctx, 3, 5))
    return "**Pop-up rota**\n\n| Day | Who | Shift | Station |\n| --- | --- | --- | --- |\n" + rows + "\n\nQuestions to {p9.full}, {p9.mobile}."


def sql_rows(ctx):
    rows = ",\n".join(f"  ({{qty{i}}}, '{{p{i}.first}}', '{{p{i}.last}}', '{{p{i}.email}}', '{{p{i}.tel}}', '{{a{i}.zip}}')" for i in _rows(ctx, 2, 4))
    return "INSERT INTO customers (id, first_name, last_name, email, phone, postcode) VALUES\n" + rows + ";"


def json_nested(ctx):
    items = ",\n".join(
        f'    {{{{"name": "{{p{i}.full}}", "email": "{{p{i}.email}}", "role": "⟨billing|shipping|buyer⟩"}}}}'.replace("{{{{", "{").replace("}}}}", "}")
        for i in _rows(ctx, 2, 3))
    return '{\n  "account": "{cust}",\n  "company": "{company}",\n  "contacts": [\n' + items + '\n  ],\n  "created": "{date}"\n}'


def log_lines(ctx):
    lines = []
    for i in _rows(ctx, 3, 5):
        kind = ctx.rng.choice(["ipv", "ipp", "ipsix", "ip"])
        lines.append(f'{{{kind}{i}}} - - [1{i}/Mar/2025:10:1{i}:3{i} +0000] "⟨GET /account|POST /checkout|GET /orders/{{order{i}}}|POST /login⟩ HTTP/1.1" ⟨200|302|401|200⟩ {{qty{i}}}')
    lines.insert(ctx.rng.randint(1, len(lines)), "# login ok for {p1.email}")
    return "\n".join(lines)


PII = {
    "crm_note": [
        "Fraud check {date}: order {order} by {p1.full}, card {card}, shipping to a parcel locker, billing IP {ipv}. Released by {p2.init} after a call on {p1.tel}.",
        "Account: {p1.lf}\nCustomer no.: {cust}\nLast contact: {date}, phone ({p1.tel})\nNote: buys merino every autumn. Asked whether the {product} runs small – recommended one size up. {p1.first} prefers e-mail ({p1.email}), no calls before {time}.\nOwner: {p2.full}",
        "{date} – {p2.init}: spoke to {p1.hon} again about warranty claim {rma}. Zip on the {short} failed after two seasons. Label sent to {a1.line}. Follow up if nothing by {weekday}.",
        "Lead from the demo day: {p1.full}, runs a DofE group at a school near {a1.town}. Budget about {price} per kit for {qty} pupils. Best reached on {p1.mobile}. {p2.full} knows {p1.obj} from the Lakes trip.",
        "CRM › Contact › Notes\n{p1.honfull} (VIP tier) – prefers the Keswick store. {p1.She} complained that order {order} was split into two parcels. Goodwill voucher {code} issued by {p2.first}.",
    ],
    "support_email": [
        "Subject: Re: Order {order} – wrong size\n\nHi {p1.first},\n\nthanks for the photos. I've booked a free return; the label goes to {p1.email} within the hour. As soon as the trousers are back in Garmisch we send the next size the same day.\n\nBest,\n{p2.full}\nCustomer Care | Talgrat Outdoor\n{shop.tel}\n\n> On {date}, {p1.full} <{p1.email}> wrote:\n> Hello, I ordered the {product} in size 46 but it's tight around the waist. Can I swap for a 48?\n> Cheers, {p1.first}",
        "From: {p1.full} <{p1.email}>\nTo: {role}\nSubject: Parcel never arrived\n\nDear Talgrat team,\n\nmy order {order} shows as delivered on {date}, but nothing came to {a1.line}. ⟨My neighbour|The concierge|Nobody in the building⟩ hasn't seen it either. Could you open a claim with the carrier? You can ring me on {p1.tel}.\n\nKind regards\n{p1.full}",
        "{p1.dear} {p1.last},\n\nwe're sorry the {short} leaked at the seams. Please send it to our repair partner:\n\n{company}\n{b1.block}\n\nand quote {rma}. We cover postage up to {price}.\n\nWarm regards\n\n{p2.sig}\nRepairs & Warranty\nT {shop.tel} | E {role}\n\n-----Original Message-----\nFrom: {p1.email}\nSent: {date}\nSubject: leaking jacket\n\nHi, the jacket I bought last March lets water in at the shoulders. What can I do? {p1.init}",
        "Hi there,\n\nquick one – can I still add a pair of Trittweg socks to order {order}? It hasn't shipped yet according to the tracking page.\n\nThanks so much,\n{p1.first}\n\n--\n{p1.full}\n{p1.mobile}\nSent from my iPhone",
    ],
    "lead_list": [lead_semicolon, lead_bullets, lead_numbered],
    "testimonial": [
        "“The {short} kept me dry for four days on the West Highland Way. Worth every penny.”\n— {p1.init}, {a1.town}",
        "\"I've put 600 km on my Steinlauf shoes and the soles still grip on wet granite.\" ({p1.full}, trail runner)",
        "Customer voice for the homepage: {p1.first} from {a1.town} writes: “Took the Fernkamm on the Camino and never once thought about my back.” Please credit as “{p1.init}”.",
        "★★★★★ “Warmest thing I own.” – {p1.fi}, verified buyer",
    ],
    "review": [
        "★★★★☆ Great fleece, sleeves a bit long\nReviewed by {p1.init} on {date} · Verified purchase\n\nWarm, breathes well on climbs, dries overnight in a hut. I'm 5'9\" and the M fits except for the sleeves.",
        "Review #{qty} – {product}\nAuthor: {p1.full}\nRating: 5/5\n\nMy partner {p2.first} and I both wear these now. No blisters on a 25 km day.",
        "{p1.lower} wrote on {date}: bought the kaltkar for a winter trip to abisko, toasty down to -20. only gripe: the hood drawcord is fiddly with gloves on.",
        "Was this review helpful? (12)\n\n“Sizing spot on” – by {p1.full}, {a1.town}\nI normally take a 42 and the 42 fits with thick socks.",
    ],
    "email_signature": [
        "--\n{p1.full}\n⟨Head of Buying|Wholesale Manager|Store Manager|Events Lead⟩\n{company}\n{b1.line}\nT: {tel}\nM: {p1.mobile}\n{p1.work}",
        "Kind regards,\n\n{p1.caps}\nMountain Leader (ML) · Outdoor Instructor\nMobile {p1.mobile} · {p1.email}\nPlease consider the environment before printing this e-mail.",
        "Cheers, {p1.first}\n\n{p1.full} | Photographer\n{p1.tel} | {p1.email}\nStudio: {a1.block}",
        "Best wishes\n{p1.first}\n\n{p1.full}\nPartnerships · Talgrat Outdoor\n{p1.work} · {shop.tel}\nTalgrat Outdoor GmbH · Registered office Garmisch-Partenkirchen · VAT {vat}",
    ],
    "feed_row": [
        "id,title,price,gtin,brand,review_author,review_rating\n{sku},\"{product}\",{price},{gtin},Talgrat,{p1.full},⟨4|5⟩",
        "<item>\n  <g:id>{sku}</g:id>\n  <g:title>{product}</g:title>\n  <g:gtin>{gtin}</g:gtin>\n  <g:price>{price}</g:price>\n  <review>\n    <reviewer><name>{p1.init}</name></reviewer>\n    <content>Light and warm.</content>\n  </review>\n</item>",
        "seller_id\tcontact_name\tcontact_email\tcontact_phone\tlisting\n{cust}\t{p1.full}\t{p1.email}\t{p1.tel}\t{sku}",
    ],
    "brief": [
        "Shoot brief: colour story is hunter green and stone. Model: {p1.full} (agency contact {p2.full}, {p2.tel}). Props: a baker's basket, a Mason jar of porridge, the Hochsattel 30.",
        "Brief: autumn newsletter\nOwner: {p2.full}\nGoal: push the {product} before the first frost.\nHook: our customer {p1.full} walked the Kerry Way in it – {p1.she} agreed to be quoted (consent on file, {date}).\nTone: warm, plain. No price cuts.",
        "Copy brief – PDP refresh for {short}\nCheck facts with {p2.full} (product) before publishing. The ambassador quote from {p1.hon} goes in the second paragraph; ask {p1.her} agent {p3.full} ({p3.email}) for sign-off.",
        "Social post idea: shout-out to {p1.full} ({p1.handle}), who finished the Pennine Way in our Steinlauf shoes. Draft by {p2.first}, approval by {p3.full}. Use the ridge photo, not the café one.",
    ],
    "chat": [
        "[09:14] {p2.firstlower}: anyone know if the kaltkar in XL is back?\n[09:15] {p3.firstlower}: tomorrow. why\n[09:15] {p2.firstlower}: {p1.lower} keeps calling about order {order}\n[09:16] {p3.firstlower}: tell {p1.obj} thursday, number's {p1.tel} if you want to ring back",
        "{p2.firstlower} 11:02\ncan someone refund {p1.firstlower}? the one with the leaking jacket. iban is {iban}\n{p3.firstlower} 11:05\non it 👍",
        "hey, {p1.full} from the climbing gym came by, wants 10 hoodies with their logo. mail is {p1.email}. can you quote by {weekday}? – {p2.firstlower}",
        "{p2.first}: Did {p1.first} ever send the signed release form?\n{p3.first}: yes, it's in the drive under {p1.lf}.",
    ],
    "call_note": [
        "Call log {date} {time}\nCaller: {p1.full} ({p1.tel})\nTopic: exchange {order}, boots too narrow\nAgreed: swap to wide fit, no charge. Ref {ticket}.\nHandled by: {p2.first}",
        "Missed call from {p1.tel} at {time} – voicemail: “Hi, it's {p1.full}, calling about the repair of my {short}, could you call me back?” Passed to {p2.full}.",
        "Inbound call, {weekday}: {p1.hon} asked whether we ship to {a1.country}. Yes, 5–7 days. Wants the printed catalogue sent to\n{a1.block}",
    ],
    "order_note": [
        "Order {order} – delivery note from customer: “Please leave with {p2.full} next door if I'm out.” Ship to: {p1.full}, {a1.line}. Gift wrap: yes.",
        "Order comments ({date}):\nBilling: {p1.lf}\nShipping: {p2.full}\n{a2.block}\n{a2.country}\nPhone for courier: {p2.tel}\nNote: birthday present, no invoice in the parcel please.",
        "Click & collect #{qty}: pick-up by {p1.full} on {date}. ID checked by {p2.fi}. Paid by card {masked}.",
    ],
    "return_note": [
        "Return {rma}\nCustomer: {p1.full}\nItem: {product}, size {size}\nReason: too warm\nRefund to: {iban} (account holder {p1.full})\nInspected by: {p2.fi}",
        "Returns desk: parcel from {a1.line} arrived without a slip. Inside: two pairs of Trittweg socks and a note signed “{p1.first}”. Matched to {p1.full} via order {order}.",
        "RMA {rma} | {p1.lfcaps} | refund {price} to card {card} | reason 27 (wrong colour) | ok'd by {p2.first}",
    ],
    "live_chat": [
        "[{time1}] Visitor: can I just give you my card? {card}\n[{time2}] Agent {p2.first}: Please don't post card numbers in chat – I've removed it from your profile, {p1.first}. Use the secure link instead.",
        "Chat transcript {date}\n[{time1}] Visitor: hi, I need to change the address on my order\n[{time2}] Agent {p2.first}: Of course! Your name and order number, please?\n[{time3}] Visitor: {p1.full}, {order}\n[{time3}] Visitor: new address is {a1.line}\n[{time4}] Agent {p2.first}: Done ✔ You'll get a confirmation at {p1.email}.",
        "Visitor ({ip}) · {p1.email}\n> do you have the hochsattel in blue?\nAgent {p2.first}: yes, four left in stock.\n> great, can you call me? {p1.tel}",
        "Bot: What's your e-mail?\nUser: {p1.email}\nBot: Thanks! And your order number?\nUser: {order}\nBot: I found an order for {p1.full}. Is that you?\nUser: yes",
    ],
    "signup_form": [
        "New newsletter sign-up\nFirst name: {p1.first}\nLast name: {p1.last}\nE-mail: {p1.email}\nInterests: trail running, hut trips\nConsent IP: {ip}\nTimestamp: {date} {time}",
        "Form submission – workshop “Layering 101”\nname={p1.full}\nemail={p1.email}\nphone={p1.tel}\nseats=2\nsource_ip={ip}",
        "Loyalty card application\nName: {p1.honfull}\nAddress: {a1.any}\nMobile: {p1.mobile}\nDate of birth: {dob}\nFavourite activity: scrambling",
    ],
    "payment": [
        "Phone order taken by {p2.first} ({date}): {p1.full}, card {card}, expiry {expiry}, billing address {a1.line}. Charged {price}.",
        "Refund request\nAccount holder: {p1.full}\nIBAN: {iban}\nBIC: {bic}\nAmount: {price}\nReference: {ref}",
        "Chargeback notice: card {card} ({p1.caps}), transaction {date}, amount {price}. Reason: item not received. Customer e-mail {p1.email}.",
        "Bank transfer received from {p1.lfcaps}, IBAN {iban}, reference “{order} {p1.last}”, amount {price}. Matched to invoice {invoice}.",
    ],
    "meeting_minutes": [
        "Minutes – marketing sync {date}\nPresent: {p2.full}, {p3.full}, {p4.first}\n1. Autumn campaign: {p2.first} drafts the hero copy by {weekday}.\n2. {p3.first} and {p4.first} pick photos from the shoot with {p1.full}.\n3. AOB: none.",
        "%nocue Quick update from today: {p2.full} finished the size chart and {p3.full} proofs it tomorrow. The photos of {p1.full} on the ridge came out great.",
        "Action items\n- [ ] {p2.init} – ask {p1.full} for the race-day quote\n- [x] {p3.init} – book the Leeds venue\n- [ ] {p2.init} – send brief to the agency",
    ],
    "mention": [
        "%nocue Can you ask {p2.first} whether {p1.full} ever got the replacement hood? {p1.first} has written twice now.",
        "%nocue {p1.full} returned the tent again, third time this year.",
        "%nocue Lunch ran long – {p2.full} and {p3.full} are still arguing about the Hochsattel relaunch.",
        "%nocue Thanks to {p1.full} for the tip about the Borrowdale campsite; we used it in the blog post.",
    ],
    "freelancer_invoice": [
        "@DE INVOICE {invoice}\n{p1.full}\nFreelance photographer\n{a1.block}\nTax ID (Steuer-ID): {taxid}\nVAT no.: {vat}\n\nBill to: Talgrat Outdoor GmbH, {shop.line}\nShoot “Kaltkar winter”, 2 days: {price}\n\nPlease pay to {iban} within 14 days.",
        "@DE Hi accounts, {p1.first} here – the invoice for the copywriting is attached. My Steuer-ID is {taxid} in case you need it for the payout form; bank details unchanged ({iban}). Thanks! {p1.full}",
        "@DE Payout form – freelancers\nName: {p1.full}\nTax identification number: {taxid}\nTax office no. (Steuernummer): {stnr}\nIBAN: {iban}",
    ],
    "staff_form": [
        "@DE Onboarding – warehouse temp\nSurname: {p1.last}\nFirst name: {p1.first}\nDate of birth: {dob}\nAddress: {a1.line}\nTax ID: {taxid}\nIBAN: {iban}\nEmergency contact: {p2.full}, {p2.tel}",
        "@DE New starter checklist for {p1.full}: contract signed ✔, Steuer-ID {taxid} received ✔, locker key handed over by {p2.first} ✔, staff discount card ✔.",
    ],
    "server_log": [
        log_lines,
        "2025-03-12T10:15:32Z INFO  auth  login ok user={p1.email} ip={ipp}\n2025-03-12T10:16:01Z WARN  auth  failed login user={p2.email} ip={ipsix}\n2025-03-12T10:16:05Z INFO  cart  add sku={sku} qty=1 ip={ipp}",
        "fail2ban: Ban {ipv} – 5 failed logins on the account of {p1.full} (cust {cust}). Unban after review by {p2.first}.",
    ],
    "json_record": [
        '{"customer": {"id": "{cust}", "name": "{p1.full}", "email": "{p1.email}", "phone": "{p1.tel}", "address": {"street": "{a1.street}", "zip": "{a1.zip}", "city": "{a1.town}"}}, "last_order": "{order}"}',
        json_nested,
        '{"event":"review.created","rating":5,"author":{"display_name":"{p1.init}","email":"{p1.email}"},"ip":"{ip}","sku":"{sku}"}',
    ],
    "tsv_export": [tsv_people, csv_addresses],
    "markdown_table": [md_table, md_table_shifts],
    "vcard": [
        "BEGIN:VCARD\nVERSION:3.0\nN:{p1.last};{p1.first};;;\nFN:{p1.full}\nORG:{company}\nTEL;TYPE=CELL:{p1.mobile}\nEMAIL:{p1.email}\nADR;TYPE=WORK:;;{a1.street};{a1.town};;{a1.zip};{a1.country}\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:4.0\nFN:{p1.full}\nTEL;VALUE=uri;TYPE=work:tel:{p1.tel}\nEMAIL;TYPE=work:{p1.work}\nNOTE:met at the Kendal festival, likes the Steinlauf\nEND:VCARD",
    ],
    "shipping_label": [
        "FROM: Talgrat Outdoor GmbH\n{shop.block}\nGermany\n\nTO:\n{p1.caps}\n{a1.blockcaps}\n{a1.country}\nTel. {p1.tel}\n\nParcel {parcel} · {tracking}",
        "SHIP TO  {p1.full}\n         {a1.street}\nREF      {order}\nWEIGHT   {weight}\nSERVICE  Express",
        "Deliver to: {p1.full}, c/o {p2.full}\n{a2.line}\nLeave in porch if no answer. Tracking {tracking}.",
    ],
    "html_form": [
        '<form id="checkout">\n  <input name="fullname" value="{p1.full}">\n  <input type="email" name="email" value="{p1.email}">\n  <input name="tel" value="{p1.tel}">\n  <textarea name="address">{a1.block}</textarea>\n</form>',
        '<p>Hello <strong>{p1.first}</strong>,</p>\n<p>your order <b>{order}</b> is on its way to {a1.line}.</p>\n<p>Questions? Reply to <a href="mailto:{role}">{role}</a>.</p>',
        '<tr><td>{p1.full}</td><td>{p1.email}</td><td>{p1.tel}</td><td>{date}</td></tr>\n<tr><td>{p2.full}</td><td>{p2.email}</td><td>{p2.tel}</td><td>{date2}</td></tr>',
    ],
    "yaml_webhook": [
        "event: order.created\norder_id: \"{order}\"\ncustomer:\n  name: {p1.full}\n  email: {p1.email}\n  phone: \"{p1.tel}\"\nshipping:\n  line1: {a1.street}\n  city: {a1.town}\n  postcode: \"{a1.zip}\"\nclient_ip: {ip}",
        "- type: note\n  author: {p2.full}\n  body: \"Customer {p1.full} asked to merge accounts {cust} and {cust2}.\"\n- type: contact\n  value: {p1.email}",
    ],
    "calendar_invite": [
        "BEGIN:VEVENT\nSUMMARY:Boot fitting – {p1.full}\nDTSTART:20250314T100000\nLOCATION:{shop.line}\nORGANIZER;CN={p2.full}:mailto:{p2.work}\nATTENDEE;CN={p1.full}:mailto:{p1.email}\nDESCRIPTION:Bring own insoles. Call {p1.tel} if late.\nEND:VEVENT",
        "Invitation: Ambassador call with {p1.full}\n{weekday} {date} · {time} – 30 min\nJoin by phone: {tel}\nGuests: {p1.email}, {p2.work}",
    ],
    "ocr_scan": [
        "W A R R A N T Y   C A R D\nNarne: {p1.caps}\nAddress: {a1.line}\nPurchase date: {date}   Serial: {artnr}\nSignature: ____ {p1.init}",
        "RETURN F0RM (please use capitals)\nNAME ........ {p1.caps}\nORDER NO .... {order}\nTEL ......... {p1.tel}\nREASON ...... t00 small",
    ],
    "sql_dump": [
        sql_rows,
        "mysql> SELECT id, name, email FROM newsletter WHERE created > '{date}';\n+------+------------------+---------------------------+\n| {qty} | {p1.full} | {p1.email} |\n| {qty2} | {p2.full} | {p2.email} |\n+------+------------------+---------------------------+\n2 rows in set (0.01 sec)",
    ],
    "mail_header": [
        "Received: from mail.provider.net ([{ipv}]) by mx.talgrat.com\nFrom: \"{p1.full}\" <{p1.email}>\nTo: {role}\nCc: {p2.full} <{p2.work}>\nX-Originating-IP: [{ipp}]\nSubject: Re: my order {order}",
        "---------- Forwarded message ---------\nFrom: {p1.full} <{p1.email}>\nDate: {date}\nSubject: Team kit for our club\nTo: {p2.full} <{p2.work}>\n\nHi {p2.first}, as discussed – 14 fleeces, logo on the chest. Call me on {p1.mobile}.\n{p1.first}",
    ],
}


CLEAN = {
    "product_copy": [
        "The {product} is built for long, wet days: taped seams, a hood that fits over a helmet and pockets you can reach with a hip belt on. {weight} in size M. {price}.",
        "Meet the {short}: merino next to skin, no itch, no smell after three days on the trail. Available in {colour} and {colour2}, sizes XS–XXL.",
        "Hunter green is back. The Gitterhang grid fleece now comes in the colour our customers asked for most, and it still weighs just {weight}.",
    ],
    "product_feed": [
        "id,title,gtin,price,availability,colour\n{sku},\"{product}\",{gtin},{price},in stock,{colour}\n{sku2},\"{product2}\",{gtin2},{price2},preorder,{colour2}",
        "<item><g:id>{sku}</g:id><g:gtin>{gtin}</g:gtin><g:mpn>{artnr}</g:mpn><g:price>{price}</g:price><g:shipping_weight>{weight}</g:shipping_weight></item>",
        "{sku}\t{gtin}\t{artnr}\t{qty} pcs\t{price}\t{colour}",
    ],
    "order_template": [
        "Hi {{first_name}},\n\nthanks for your order {order}! We'll ship it within 1–2 working days. Paid with card {masked}. Your invoice {invoice} is attached.\n\nTeam Talgrat",
        "Order {order} · {date}\n1 × {product} ({size}) {price}\nShipping: free\nPayment: Visa {masked}\nDelivery to: [customer address]",
        "Your return {rma} has been received. The refund of {price} will reach the original payment method ({masked}) within 5 working days.",
    ],
    "imprint": [
        "Talgrat Outdoor GmbH · Registered office: Garmisch-Partenkirchen · Register court: Munich, HRB {qty}887 · VAT ID: {vat} · Bank: BIC {bic}",
        "Company details\nTalgrat Outdoor GmbH\nManaging directors: see the register\nVAT identification number: {vat}\nTax number: {stnr}\nContact: use the form at talgrat.com/contact",
    ],
    "shipping_update": [
        "Your parcel {tracking} left our warehouse on {date} and should arrive on {weekday}. Order {order}, {parcel} parcels.",
        "Tracking update: {tracking} – in transit, hub Leipzig, {date} {time}. Estimated delivery {date2}.",
        "Delayed shipments {date}: orders {order}, {order2} and {order3} wait for the {short} restock ({qty} units due).",
    ],
    "gift_card_faq": [
        "Gift cards: enter the 16-digit number (e.g. {gift}) and the PIN at checkout. Balance questions? Check the card number ending and the expiry date on the back.",
        "Q: My gift card {gift} is rejected. A: Gift cards cannot be combined with code {code}. Cards bought before {date} are valid until {date2}.",
        "Masked card on your account: {masked}. We never store full card numbers. Gift card series {gift} – not a payment card.",
    ],
    "campaign_copy": [
        "May is for the hills. Bake a baker's dozen of flapjacks, pack the {short} and go – the long weekend forecast looks kind.",
        "Slogan options: “Cook on the ridge.” / “Will you make the summit?” / “Grace under rain.” Final pick on {date}.",
        "Headline: The fisher's knot, the Mason jar and the perfect stone for skimming – small joys of the {short} season. CTA: Shop the range.",
    ],
    "release_notes": [
        "Shop app {version}: faster checkout, new size advisor for the {short}, fixed a bug with gift cards on iOS 17.4.",
        "Changelog {version}\n- feed export now includes GTIN ({gtin} in the test feed)\n- price rounding fix ({price})\n- build {version2}",
    ],
    "stock_report": [
        "Stock {date}: {sku} – {qty} units, {sku2} – {qty2} units, {sku3} – {qty3} units. Reorder point for the {short}: 40.",
        "Warehouse bin A-{qty}-{qty2}: {product}, EAN {gtin}, lot {artnr}, {qty3} pcs. Inventory count by shift B.",
    ],
    "store_events": [
        "Repair café at the Keswick store on {date}, {time}. Bring your worn Trittweg socks – we darn them for free. Hosted with {company}.",
        "Film night: “Walking the Wainwrights” on {weekday} at {time}, {town} community hall. Tickets {price}, proceeds to mountain rescue.",
    ],
}
