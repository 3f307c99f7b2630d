"""English templates of the heldout half of the twenty-second PII bank.

GENRES: (genre, kind, templates) with personal data; CLEAN: (genre, kind, templates) without.
kind is "prose" or "layout". Slots and alternatives: see pii22_held_core.
"""

GENRES = [
    ("crm_note", "prose", [
        "[[Spoke to|Caught up with|Quick sync with]] {p1.full} [[today|this morning|after the webinar]]. [[Wants|Asked for]] the Kaltkar restock date; [[prefers calls|call back]] on {ph1}. Ship-to changed to {a1.line}.",
        "CRM | account {cust}\nContact: {p1.hon} {p1.last}\n{p1.Sie} reordered 3x {prod} on {date}. Mobile {ph1.intl}, mail {p1.email}.\nNext step: send sizing chart, follow up {date2}.",
        "Note ({date}): {p1.init} complained that the parcel went to the old flat. New address confirmed by phone:\n{a1.two}\nFlagged for the warehouse, no refund needed.",
        "{p1.full} ({p1.email}) is [[a wholesale lead|our contact at the club|the buyer for the climbing gym]]. {p1.Sie} said {p2.first} from accounts will send the PO. Invoice to {a1.line}[[.|, attn. accounts.]]",
        "Lead owner: {p2.full}\nStatus: warm\nSummary: {p1.full} wants 40 fleeces for a staff kit, budget around {price}. Best reached {time} on {ph1.nat}.",
    ]),
    ("support_mail", "prose", [
        "{p1.dear} {p1.last},\n\nthank you for your message about order {order}. We have refunded {price} to the card ending in {qty}. If anything is still missing, just reply to this e-mail.\n\nKind regards\n{p2.first}\nTalgrat Customer Care",
        "Hi {p1.first},\n\nsorry the {short} arrived in the wrong size! I've booked a free exchange; the courier will collect it from {a1.line} on {date}.\n\nCheers,\n{p2.full}",
        "Hello,\n\nmy name is {p1.full} and I ordered a {prod} ({order}). It never arrived. I'm at {a1.two}\nand can be reached on {ph1}.\n\nThanks,\n{p1.first}",
        "Dear Talgrat team,\nplease update the billing address on my account ({p1.email}) to {a1.line}. The old one is no longer valid.\nBest wishes, {p1.full}",
        "{p1.dear} {p1.last},\nwe could not reach you on {ph1} yesterday. Your repair ({ref}) is ready for pick-up. Reply here or call us back any time before {time}.\nBest,\n{p2.init}",
    ]),
    ("reply_chain", "prose", [
        "Thanks {p1.first}, that works.\n\nOn {date}, {p1.full} <{p1.email}> wrote:\n> Could you send the replacement to my office instead?\n> {a1.line}\n> Cheers, {p1.first}",
        "Forwarding this to you, {p2.first} - can you handle it?\n\n-----Original Message-----\nFrom: {p1.full} [mailto:{p1.email}]\nSent: {date} {time}\nSubject: Re: order {order}\n\nThe jacket still hasn't come. Please call me on {ph1}.",
        "> > Which address should we use?\n> {a1.two}\n> thanks, {p1.first}\n\nGreat, I've updated it. {p2.first}",
        "Hi all, see below from {p1.hon} {p1.last}.\n\n---------- Forwarded message ---------\nFrom: {p1.email}\nDate: {date}\nTo: care@ - (shared inbox)\n\nI was charged twice for {prod}. My IBAN for the refund is {iban}.\n{p1.full}",
    ]),
    ("review_signed", "prose", [
        "\"[[Warmest jacket I've owned.|Finally a rain shell that breathes.|Socks that survived a whole season.]]\" - {p1.finit}, {town}",
        "★★★★☆ Great fit, slightly long in the arms. Wore the {short} on a week in the Cairngorms.\n— {p1.full}, verified buyer",
        "{p1.first} from {town} writes: \"The {prod} held up in three days of sleet. Would buy again.\"",
        "Testimonial for the spring page (approved by {p1.full}, {date}):\n\"I guide groups every weekend and the {short} is the one piece I never leave at home.\"\n– {p1.caps}, mountain leader",
        "5/5 - [[Comfy|Solid|Light]] and [[warm|dry|tough]]. {p1.init}",
    ]),
    ("signature", "prose", [
        "Best regards,\n\n{p1.full}\n[[Buyer|Head of Purchasing|Store Manager]] | {co}\nT {ph1.intl}\nM {ph2.intl}\n{p1.email}",
        "--\n{p1.caps}\n{a1.two}\n{ph1}",
        "Thanks!\n{p1.first}\n\n{p1.full} | Outdoor club secretary\n{p1.email} | {ph1.nat}",
        "Kind regards / Mit freundlichen Grüßen\n{p1.title}{p1.full}\nMobile: {ph1.intl}\nSent from my iPhone",
        "Cheers, {p1.init}\n{a1.line} · {ph1}",
    ]),
    ("copy_brief", "prose", [
        "Brief: autumn newsletter\nOwner: {p1.full}\nReviewer: {p2.full}\nFeature the {prod} at {price}. Tone: calm, no exclamation marks. Deadline {date}.",
        "Copy request from {p1.first} ({p1.workmail}): we need three headlines for the {short} landing page. {p2.full} signs off the claims. Do not mention competitors.",
        "Please write a 60-word product story for {prod}. Quote from our ambassador {p1.full}: \"It's the layer I grab first.\" Questions to {p1.first} or {p2.init}.",
        "Brief #{qty} - influencer post\nCreator: {p1.full} ({p1.handle})\nShip samples to {a1.line}\nKey message: weight, warmth, repairs.",
    ]),
    ("team_chat", "prose", [
        "[{time}] {p1.handle}: has anyone called back {p2.lfull}? she's waiting on the refund\n[{time2}] {p3.handle}: on it, {p1.lfirst}",
        "{p1.lfirst}: can u check order {order}\n{p2.lfirst}: the one for {p3.full}?\n{p1.lfirst}: yes, she moved to {a1.line}",
        "@{p1.lfirst} pls ping {p2.full} re the fleece return, number is {ph1}",
        "{p1.handle} shared a file: returns_{date}.xlsx\n{p2.handle}: thx {p1.lfirst}! {p3.lfirst} wants the Kaltkar numbers too",
        "morning all - {p1.lfirst} is off today, {p2.lfirst} covers the inbox. escalations to {p3.full} pls",
    ]),
    ("customer_chat", "prose", [
        "Visitor: hi my order {order} is late\nAgent ({p1.first}): Sorry about that! Can I have your name and postcode?\nVisitor: {p2.full}, {a1.pc}\nAgent ({p1.first}): Thanks {p2.first}, it's with the courier and due {date}.",
        "Customer: Hello, I'm {p1.full}, I need to change the delivery address\nBot: Sure. What's the new address?\nCustomer: {a1.line}\nBot: Thanks, updated.",
        "[{time}] {p1.first}: can you call me instead? {ph1}\n[{time2}] Talgrat: Of course, {p2.first} from our team will ring you shortly.",
        "Chat transcript {ref}\nName: {p1.full}\nE-mail: {p1.email}\nMessage: Is the {short} warm enough for Scotland in January?",
    ]),
    ("call_note", "prose", [
        "Call {date} {time}, {p1.hon} {p1.last} rang about a missing parcel. Confirmed address {a1.line}. Callback on {ph1}. Agent: {p2.first}",
        "Inbound call - caller {p1.full}, number {ph1.intl}. Wants to pay by transfer; gave IBAN {iban}. Passed to {p2.full} in finance.",
        "Voicemail from {p1.first} ({ph1}): 'the zip on the {short} broke, can someone ring me back after {time}'.",
        "Spoke with {p1.full}. {p1.Sie} is happy with the replacement. Closed {ref}.",
    ]),
    ("order_note", "prose", [
        "Gift order - please deliver to {p1.full}, {a1.line}. Card text: 'Happy birthday, {p1.first}!' Sender: {p2.full}.",
        "Return {ref}: {p1.init} sent back 1x {prod}, reason: too small. Refund to card {card}.",
        "Order {order} - customer note: 'Leave with neighbour at number {qty} if I'm out. Call {ph1}.' ({p1.full})",
        "Delivery instructions for {p1.full}:\n{a1.two}\nRing twice, side door.",
        "Exchange booked for {p1.hon} {p1.last}: size M → L, {short}. Label e-mailed to {p1.email}.",
    ]),
    ("prose_mention", "prose", [
        "{p1.full} and {p2.full} [[will run|are running|take over]] the Kaltkar launch, and {p3.first} joins after the trade fair.",
        "Last year {p1.full} suggested the repair service; this year {p2.full} wants to extend it to backpacks.",
        "The photos from the Dolomites were taken by {p1.full}, edited by {p2.full}.",
        "[[According to|As agreed with]] {p1.full}, the sample count goes up to {qty}.",
        "{p1.full} checked the translations and {p2.full} approved the prices.",
    ]),
    ("mystery_shop", "prose", [
        "Mystery shop report - store visit {date}\nShopper: {p1.full}\nStaff member: {p2.first} (name badge)\n{p2.first} recommended the {short} without asking about use. Fitting room clean. Score 7/10.",
        "Visit {ref}: greeted within 2 minutes by {p1.full}, who explained the fill power well. Shopper {p2.init} paid {price}.",
        "Shopper {p1.full} ({p1.email}, {ph1}) visited the Munich store. Advisor {p2.full} offered a repair voucher. Reimburse travel to IBAN {iban}.",
        "Mystery call: asked about returns. {p1.first} on the phone was friendly but unsure about the 30-day rule. Caller: {p2.full}.",
    ]),
    ("hotel_booking", "prose", [
        "Booking confirmation {ref}\nGuest: {p1.full}\nArrival {date}, 2 nights, single room\nBilling: {a1.line}\nGuarantee: card {card}",
        "Hi {p1.first}, your room for the sales meeting is booked. The hotel may call you on {ph1} to confirm late check-in. {p2.first}",
        "Rooming list for the photo shoot:\n1. {p1.full}\n2. {p2.full}\n3. {p3.full}\nInvoice to Talgrat, contact {p4.full}.",
        "{p1.dear} {p1.last}, thank you for your reservation. We look forward to welcoming you on {date}. Your confirmation was sent to {p1.email}.",
    ]),
    ("vat_check", "prose", [
        "VAT check for new stockist: {co}, owner {p1.full}. Private address on the form: {a1.line}. Please verify before the first shipment.",
        "{p1.hon} {p1.last} called to say the VAT number on invoice {order} is wrong. New number follows by e-mail from {p1.email}.",
        "Reverse charge query - contact {p1.full}, {ph1.intl}. Wants the invoice addressed to {a1.two}",
        "Sole trader registration: {p1.full}, trading as {short} Rentals, {a1.line}. Phone {ph1}.",
        "German freelancer {p1.full} needs the Steuer-ID on the invoice: {tax}. Postal address {a1_de.line}.",
    ]),
    ("cancellation", "prose", [
        "Please cancel my order {order}. I found the {short} cheaper locally. Thanks, {p1.full}",
        "Cancellation request\nName: {p1.full}\nOrder: {order}\nRefund to: {iban}\nReason: ordered twice by mistake",
        "Hi, this is {p1.first} again - could you stop the second parcel? I'm at {a1.line} and I only need one jacket. Call {ph1} if needed.",
        "{p1.hon} {p1.last} cancelled the pre-order on {date}; refund of {price} issued to the card ending in {qty}. Handled by {p2.first}.",
    ]),
    ("installment", "prose", [
        "Instalment plan for {p1.full}: 3 x {price}, first debit {date} from {iban}.",
        "Card on file for {p1.full} expired; new card {card} added by {p2.first} on {date}.",
        "Dear {p1.first}, your payment plan is set up. We'll take the next payment from the card {card} on {date}.",
        "{p1.full} asked whether the Fernkamm can be paid in two parts. Agreed by {p2.full}. Mandate sent to {p1.email}.",
        "Payment plan request\nCustomer: {p1.lf}\nPhone: {ph1}\nAddress: {a1.line}\nNote: first instalment overdue since {date}.",
    ]),
    ("guest_post", "prose", [
        "Guest post: 'Three days on the West Highland Way' by {p1.full}\n\nBio: {p1.first} is a teacher from {town} who hikes every weekend. Contact: {p1.email}",
        "Submission from {p1.full} for the trail blog. Photos by {p2.full}. Fee to be paid to {iban}.",
        "About the author: {p1.full} has guided groups across the Alps for ten years. Follow {p1.handle} for more.",
        "Hi team, attached is my story about the Kaltkar in Norway. Please credit me as {p1.full} and send the voucher to {a1.line}. Best, {p1.first}",
    ]),
    # ------------------------------------------------------------ layouts
    ("lead_list", "layout", [
        "last_name,first_name,email,phone,city\n{p1.last},{p1.first},{p1.email},{ph1},{town}\n{p2.last},{p2.first},{p2.email},{ph2},{town2}",
        "Name;E-mail;Interest\n\"{p1.lf}\";{p1.email};{short}\n\"{p2.lf}\";{p2.email};{short2}\n\"{p3.lf}\";{p3.email};{short3}",
        "TRADE FAIR LEADS {date}\n{p1.capslf} - {co} - {ph1.intl}\n{p2.capslf} - {co2} - {ph2.intl}",
        "contact,company,owner\n{p1.full},{co},{p3.init}\n{p2.full},{co2},{p3.init}",
    ]),
    ("feed_row", "layout", [
        "id\ttitle\tgtin\tprice\tcontact_first\tcontact_last\n{sku}\t{prod}\t{gtin}\t{price}\t{p1.first}\t{p1.last}",
        "<item><g:id>{sku}</g:id><g:title>{prod}</g:title><g:gtin>{gtin}</g:gtin><contact>{p1.full} &lt;{p1.email}&gt;</contact></item>",
        "sku,title,supplier_contact,supplier_phone\n{sku},{prod},{p1.full},{ph1.intl}",
        "{\"id\": \"{sku}\", \"title\": \"{prod}\", \"gtin\": \"{gtin}\", \"owner\": \"{p1.full}\", \"owner_email\": \"{p1.email}\"}",
    ]),
    ("crm_json", "layout", [
        "{\n  \"customer_id\": \"{cust}\",\n  \"name\": \"{p1.full}\",\n  \"email\": \"{p1.email}\",\n  \"phone\": \"{ph1.intl}\",\n  \"address\": \"{a1.line}\"\n}",
        "{\"event\":\"order.created\",\"order\":\"{order}\",\"billing\":{\"first_name\":\"{p1.first}\",\"last_name\":\"{p1.last}\",\"street\":\"{a1.street}\",\"postcode\":\"{a1.pc}\",\"city\":\"{a1.city}\"},\"ip\":\"{ip}\"}",
        "[\n  {\"contact\": \"{p1.full}\", \"tel\": \"{ph1}\"},\n  {\"contact\": \"{p2.full}\", \"tel\": \"{ph2}\"}\n]",
        "{\"type\": \"refund\", \"amount\": \"{price}\", \"payee\": \"{p1.full}\", \"iban\": \"{iban}\", \"requested_by\": \"{p2.workmail}\"}",
    ]),
    ("webhook_yaml", "layout", [
        "event: customer.updated\ncustomer:\n  id: {cust}\n  name: {p1.full}\n  email: {p1.email}\n  phone: \"{ph1.intl}\"\nsource_ip: {ip}",
        "shipping:\n  recipient: {p1.full}\n  street: {a1.street}\n  postcode: \"{a1.pc}\"\n  city: {a1.city}\n  note: ring bell",
        "# payout config\npayee: {p1.full}\niban: {iban}\nnotify:\n  - {p1.email}\n  - {p2.email}",
        "request:\n  method: POST\n  path: /api/v2/returns\n  remote_addr: {ipv}\n  body:\n    customer: {p1.full}\n    reason: too small",
    ]),
    ("expense_claim", "layout", [
        "date\temployee\tcategory\tamount\tnote\n{date}\t{p1.full}\ttravel\t{price}\ttrain to trade fair\n{date2}\t{p1.full}\tmeals\t{price2}\tdinner with {p2.full}",
        "Expense claim {ref}\nEmployee: {p1.full}\nReimburse to: {iban}\nApproved by: {p2.init}\nTotal: {price}",
        "first\tlast\tcost centre\tamount\n{p1.first}\t{p1.last}\tMKT-02\t{price}\n{p2.first}\t{p2.last}\tSALES\t{price2}",
        "EXPENSES {date}\nClaimant: {p1.caps}\nCorporate card {card} - hotel {price}\nSigned: {p1.init}",
        "name\ttax_id_de\tcard\tamount\n{p1.full}\t{tax}\t{card}\t{price}",
    ]),
    ("equipment_handout", "layout", [
        "| item | serial | issued to | date |\n|---|---|---|---|\n| Laptop | SN-{qty}{qty2}A | {p1.full} | {date} |\n| Headset | HS-{qty3} | {p2.full} | {date} |",
        "## Demo kit loans\n\n| Kit | Borrower | Phone |\n| --- | --- | --- |\n| {short} set | {p1.full} | {ph1} |\n| {short2} set | {p2.full} | {ph2} |",
        "| Name | Laptop IP | Returned |\n|------|-----------|----------|\n| {p1.full} | {ipp} | no |\n| {p2.full} | {ipp2} | yes |",
        "**Handout sheet**\n\n- Employee: {p1.full}\n- Item: company phone, number {ph1.intl}\n- Delivered to: {a1.line}",
    ]),
    ("award_nomination", "layout", [
        "<form action=\"/awards/nominate\" method=\"post\">\n  <input name=\"nominee\" value=\"{p1.full}\">\n  <input name=\"nominated_by\" value=\"{p2.full}\">\n  <textarea name=\"reason\">Best store advisor of {qty} years</textarea>\n</form>",
        "<label>Nominee</label> <input type=\"text\" value=\"{p1.full}\">\n<label>E-mail</label> <input type=\"email\" value=\"{p1.email}\">\n<label>Phone</label> <input type=\"tel\" value=\"{ph1}\">",
        "<p>Ambassador of the year: <strong>{p1.full}</strong>, nominated by {p2.full} ({p2.email}).</p>",
        "<tr><td>Nominee</td><td>{p1.full}</td></tr>\n<tr><td>Address</td><td>{a1.line}</td></tr>\n<tr><td>Category</td><td>Trail volunteer</td></tr>",
    ]),
    ("sql_dump", "layout", [
        "INSERT INTO customers (id, first_name, last_name, email, phone) VALUES ({qty}{qty2}, '{p1.first}', '{p1.last}', '{p1.email}', '{ph1}');",
        "SELECT id, name, street FROM addresses WHERE id = {qty};\n-- result\n{qty} | {p1.full} | {a1.street}",
        "UPDATE orders SET ship_to = '{a1.line}' WHERE order_no = '{order}'; -- requested by {p1.full}",
        "INSERT INTO payouts (payee, iban, amount) VALUES\n  ('{p1.full}', '{iban}', {qty}.00),\n  ('{p2.full}', '{iban2}', {qty2}.50);",
    ]),
    ("access_log", "layout", [
        "{ip} - - [12/Mar/2025:10:14:03 +0100] \"GET /account/orders HTTP/1.1\" 200 5120\n{ipv} - - [12/Mar/2025:10:14:09 +0100] \"POST /checkout HTTP/2\" 302 0",
        "{date} {time} INFO login ok user={p1.email} ip={ip}\n{date} {time2} WARN password reset requested user={p1.email} ip={ipv}",
        "[{time}] upstream {ipp}:8080 timeout, client {ip}, request /api/cart",
        "level=info msg=\"health check\" remote={iplo} status=200\nlevel=warn msg=\"rate limit\" remote={ip} path=/search",
    ]),
    ("mail_header", "layout", [
        "Received: from mail.example.net ([{ip}])\nFrom: {p1.full} <{p1.email}>\nTo: {p2.full} <{p2.workmail}>\nSubject: Re: order {order}\nDate: {date}",
        "From: \"{p1.lf}\" <{p1.email}>\nReply-To: {p1.email}\nX-Originating-IP: [{ip}]\nSubject: returns label",
        "Return-Path: <{p1.email}>\nReceived: from [{ipv}] by mx.talgrat.com\nCc: {p2.full} <{p2.email}>",
        "To: {p1.email}\nFrom: Talgrat Care\nSubject: Your repair {ref}\nX-Sender-IP: {ipp}",
    ]),
    ("vcard", "layout", [
        "BEGIN:VCARD\nVERSION:3.0\nN:{p1.last};{p1.first};;;\nFN:{p1.full}\nTEL;TYPE=cell:{ph1.intl}\nEMAIL:{p1.email}\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:4.0\nFN:{p1.full}\nORG:{co}\nADR;TYPE=work:;;{a1.street};{a1.city};;{a1.pc};{a1.cc}\nTEL:{ph1}\nEND:VCARD",
        "BEGIN:VCARD\nFN:{p1.full}\nTEL;TYPE=home:{ph1}\nNOTE:met at the trade fair {date}\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:3.0\nN:{p1.last};{p1.first}\nEMAIL;TYPE=work:{p1.workmail}\nTITLE:Buyer\nEND:VCARD",
    ]),
    ("call_sheet", "layout", [
        "BEGIN:VEVENT\nSUMMARY:Photo shoot {short}\nORGANIZER;CN={p1.full}:mailto:{p1.email}\nATTENDEE;CN={p2.full}:mailto:{p2.email}\nLOCATION:{a1.street}\nDTSTART:20250412T070000Z\nEND:VEVENT",
        "CALL SHEET - {short} campaign, {date}\nPhotographer: {p1.full} {ph1}\nModel: {p2.full}\nMeeting point: {a1.line}\nCall time {time}",
        "BEGIN:VEVENT\nSUMMARY:Fitting with {p1.full}\nDESCRIPTION:Bring {short} samples. Call {ph1} on arrival.\nDTSTART:20250503T090000\nEND:VEVENT",
        "Crew list\nProducer: {p1.full}\nStylist: {p2.full}\nDriver: {p3.full} ({ph1})\nWrap {time}",
    ]),
    ("ocr_scan", "layout", [
        "RETURN F0RM\nNarne: {p1.full}\nAddress: {a1.two}\nOrder N°: {order}\nReas0n: t0o small",
        "==== scanned page 1 ====\nCust0mer: {p1.capslf}\nTe1: {ph1}\nSignature: {p1.init}",
        "Warranty c1aim / {date}\n{p1.full}\n{a1.two}\nProduct: {prod}   Ser1al: {gtin}",
        "D1RECT DEBIT MANDATE\nAccount holder: {p1.full}\nIBAN: {iban}\nDate: {date}",
    ]),
]

CLEAN = [
    ("marketing_copy", "prose", [
        "Meet the {prod}: [[light enough for the summit|built for long days|made for wet weekends]], now {price}. Free repairs for two years.",
        "New in: {prod}. Order by {date} for delivery before the holidays. Article {sku}.",
        "From forest trail to ridge line: the {short} keeps up. Sizes {size} to XL, from {price}.",
        "Autumn sale ends {date} at {time}. Take 15% off the {short} range with code TRAIL15.",
    ]),
    ("product_page", "prose", [
        "{prod}\nSKU {sku} · GTIN {gtin}\nPrice {price} incl. VAT\nWeight 580 g (EU 42)",
        "Technical data: drop 6 mm, lugs 4.5 mm. Tested to EN ISO 20344. GTIN {gtin}.",
        "The {short} comes in sizes S-XL. Item {sku}, {price}. Made in Vietnam.",
        "Care: wash at 30 °C, reproof after ten washes. Spare parts for {sku} are listed under {ref}.",
    ]),
    ("faq", "prose", [
        "How long does delivery take? Orders placed before {time} leave the same day; delivery to {town} usually takes 2-3 days.",
        "Can I return a worn item? Unworn items can be returned within 30 days. Use the return code on your delivery note ({ref}).",
        "Do you ship to PO boxes? We deliver to PO Box addresses in [[the UK|Ireland|the US]], but not to parcel lockers. Orders over {price} ship free.",
        "Where is my order? Track it with your order number (e.g. {order}) on our tracking page.",
    ]),
    ("order_status", "prose", [
        "Order {order} confirmed on {date}. Total {price}. Estimated delivery {date2}.",
        "Your order {order} has been split into two parcels. Tracking {track} and {track2}.",
        "Invoice {ref} for order {order}: {qty} items, {price}, paid by card.",
        "Customer number {cust} - order history: {order} (delivered), {order2} (returned).",
    ]),
    ("shipping_update", "prose", [
        "Parcel {track} left the depot in {town} at {time}.",
        "Delivery attempt failed on {date}. The parcel is held at the local depot in {plz} for 7 days.",
        "Your parcel ({track}) will arrive between {time} and {time2}. Reference {order}.",
        "Customs cleared for shipment {track}. Duty {price}, weight 2.4 kg.",
    ]),
    ("release_notes", "layout", [
        "Release {ver}\n- fixed size chart for {sku}\n- faster checkout\n- order numbers now shown as {order}",
        "CHANGELOG\n## {ver} ({date})\n* GTIN validation ({gtin})\n* feed export for {short}",
        "Build {ver} deployed {date} {time}. Migration 0042 ran in 3.1 s.",
        "app {ver}: price display fix ({price}), new store finder for {town}",
    ]),
    ("care_guide", "prose", [
        "Washing the {short}: close all zips, wash at [[30|40]] °C, tumble dry low for [[20|25|30]] minutes to restore the DWR.",
        "Down care: use a down wash, rinse twice, dry with three tennis balls. Takes about {qty} minutes per cycle.",
        "Merino tip for the {short}: air instead of washing. If you wash, use [[30 °C|the wool cycle|cold water]] and lay flat.",
        "Repair kit {sku}: two patches, one buckle, instructions in five languages.",
    ]),
    ("word_names", "prose", [
        "[[Hunter|Forest|Moss]] green is back for May, and the grace period for returns is extended to [[45|60|90]] days for the {short}.",
        "Our trail cook packs light for {town}: a stove, one pot and the will to eat cold porridge if it rains. [[Two|Three|Four]] days, one pack.",
        "The baker in {town} sells the best pasties after a long day on the hill; we may stop there in May[[| on the way back| before the bus]].",
        "A fox and a wolf were seen near the hut on {date}. Hunters use the lower path in autumn, so wear bright colours[[| like the {short} in orange]].",
    ]),
    ("supplier_note", "prose", [
        "Labels from {co} arrive {date}. Packaging by {co2}, invoice {ref}.",
        "{co} confirmed {qty} pallets of the {short}. Pickup at the warehouse gate, PO Box 4410, {town}.",
        "Quote from {co}: {price} per 100 units, lead time 3 weeks.",
        "Meeting with {co} and {co2} moved to {date} {time}.",
    ]),
    ("stock_feed", "layout", [
        "sku\tgtin\tstock\tprice\n{sku}\t{gtin}\t{qty}\t{price}\n{sku2}\t{gtin2}\t{qty2}\t{price2}",
        "id,title,availability,price\n{sku},{prod},in stock,{price}",
        "{\"sku\": \"{sku}\", \"gtin\": \"{gtin}\", \"warehouse\": \"{town}\", \"qty\": {qty}}",
        "| SKU | Size | Stock |\n|---|---|---|\n| {sku} | {size} | {qty} |\n| {sku2} | {size2} | {qty2} |",
    ]),
]
