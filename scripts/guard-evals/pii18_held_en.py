"""English templates of the eighteenth PII bank's held-out half (pii18_held).

PII: genre -> templates (a string for Ctx.fmt, or a function of the Ctx returning pieces).
CLEAN: genres without personal data (with look-alikes). NOCUE: genres whose people appear
without a cue word, so they never carry an invented name.
"""


from pii18_held_core import plain_person as _plain
from pii18_held_core import rows as _rows


QUOTES = [
    "Kept me dry on a three-day crossing of Dartmoor in sideways rain.",
    "Hood fits over a helmet and the pockets clear a hip belt. Exactly what I wanted.",
    "Warm enough for a January bivvy, packs down to the size of a loaf.",
    "Socks still going strong after 600 miles on the Pennine Way.",
    "Fit is true to size, maybe a touch long in the arms.",
    "The zip-off legs are the best I've used – no catching on boots.",
    "Comfortable straight out of the box, grippy on wet rock.",
    "Carried 14 kg on the West Highland Way without a single sore spot.",
]


PII = {
    "crm_note": [
        "CRM · {date} · logged by {p2.full}\nContact: {p1.full} ({p1.role}, {p1.co})\nPhone: {p1.tel} · Email: {p1.email2}\n{p1.first} called about a ((team order|club kit order|staff uniform order)) of {qty} {prod} ((jackets|fleeces|packs)). Wants pricing by {weekday}. Next step: send the trade price list; {p2.first} to follow up.",
        "Account {cust} – {p1.lf}\nStatus: ((VIP|regular|wholesale prospect))\n{date}: met {p1.hon} {p1.last} at the ((Kendal Mountain Festival|trade day in Harrogate|OutDoor by ISPO)). {p1.Pron} asked for two samples of the {prod}, to be sent to {p1.addr1}. Courier ref {track}.",
        "{date} – inbound call\n{p1.full} (customer no. {cust}) prefers phone over email: {p1.tel}. Last order {order} ({price}). Please don't send the autumn catalogue to the old address any more; new one is {p1.addr1}.\n— {p2.il}",
        "Note by {p2.full}, {date}:\nMerged duplicate records for {p1.caps} (IDs {cust} and {cust2}). Kept {p1.email}, dropped the bounced one. Mobile on file: {p1.mob}. Marketing consent: yes (double opt-in from {p1.ip}).",
        "Lead owner: {p2.first}\nCompany: {p1.co}\nDecision maker: {p1.hon} {p1.full}\nBudget: ~{price} per season\nLast contact {date}: {p1.first} wants exclusivity for the {prod} in ((Cumbria|the Peak District|Snowdonia|the Cairngorms)). We said no, but offered early access.",
    ],
    "support_email": [
        "Hi {p1.first},\n\nthanks for getting back to us. I've booked a collection for your {prod} on {date}; the courier will ring {p1.tel} about half an hour before they arrive. Please stick the returns label (RMA {ret}) on the outside of the bag.\n\nBest wishes,\n{p2.first}\nCustomer Care · Talgrat Outdoor\n{shop.email}\n\n> On {date2}, {p1.full} <{p1.email}> wrote:\n> Hello, the zip on my jacket went after two weeks. Order {order}. Could someone pick it up from {p1.addr1}? I'm in most mornings.\n> Thanks, {p1.first}",
        "Dear {p1.hon} {p1.last},\n\nI'm sorry your parcel ({track}) hasn't turned up yet. I've opened an investigation with the carrier and will update you within 48 hours.\n\nKind regards\n{p2.full}\nTalgrat Outdoor | Customer Service\nT {shop.tel}\n\n-----Original Message-----\nFrom: {p1.full} <{p1.email}>\nSent: {date}\nTo: {shop.email}\nSubject: Where is order {order}?\n\nHi, I ordered the {ptitle} ten days ago and tracking still says 'label created'. Delivery address is\n{p1.addr2}\n{p1.country}\nCan you check? {p1.first}",
        "Hi, it's {p1.full} again – the replacement {prod} arrived but it's a size too small (ordered {size}). Order {order}. Can you swap it? Best to reach me on {p1.mob}.\n\nSent from my iPhone",
        "Subject: Re: Refund for {order}\n\nHello {p1.first},\n\nyour refund of {price} went back to the card ending {last4} today; banks usually take 3–5 working days. If you paid by PayPal it goes to {p1.email} instead.\n\nCheers,\n{p2.full}\n\nOn {date} {p1.lower} wrote:\n> hi, still waiting on my refund!! returned the {prod} weeks ago.\n> {p1.lfirst}",
        "Hello Talgrat team,\n\nmy husband {p2.first} bought me the {ptitle} for my birthday but it's too big. Could I exchange it for a {size}? I don't have the order number, it was bought under his name, {p2.full}, around {date}.\n\nMany thanks\n{p1.full}\n{p1.addr2}",
    ],
    "lead_list": [
        lambda c: _rows(c, 3, 6, "{p.first},{p.last},{p.co},{p.email2},{p.tel},{p.town}\n", header="first_name,last_name,company,email,phone,city\n"),
        lambda c: _rows(c, 3, 6, "{i}. {p.lf} — {p.co} — {p.email2}\n", header="Leads from the ((Kendal|Keswick|Harrogate)) trade day ({date}), sorted by surname:\n"),
        lambda c: _rows(c, 3, 5, "{p.full}\t{p.co}\t{p.role}\t{p.tel_i}\n", header="Name\tCompany\tRole\tPhone\n"),
        lambda c: _rows(c, 2, 5, "• {p.full}, {p.co} – ((wants|asked about|interested in)) {qty} x {prod}, call {p.mob}\n", header="Badge scans – hot leads\n"),
        lambda c: _rows(c, 3, 5, "{p.lfc}\t{p.email}\t((opt-in|no consent|opt-in))\n", header="SURNAME, First\temail\tconsent\n"),
    ],
    "review": [
        "★★★★★ Finally a shell that works\n((Kept me dry on a wet traverse of Crib Goch.|Bone dry after six hours on the Cuillin ridge.|Survived a week of Irish drizzle without wetting out.)) Hood fits over a helmet, sizing true.\n— {p1.fi}, {p1.town}",
        "\"((Warm enough for a January bivvy, packs down to the size of a loaf.|Socks still going strong after 600 miles.|The zip-off legs don't catch on my boots.))\"\n{p1.full}, verified buyer, {date}",
        "Review from {p1.first} ({p1.town}, {stars}/5): Bought the {prod} for ((the Camino|the Pacific Crest Trail|a week in the Dolomites)). Comfortable from day one. {p1.first} would buy again.",
        "Homepage testimonial (approved)\nQuote: \"((Carried 14 kg on the West Highland Way without a single sore spot.|Comfortable straight out of the box, grippy on wet rock.))\"\nName to show: {p1.fi}\nFull name for our records: {p1.full}\nConsent given by email ({p1.email}) on {date}.",
        "{stars} stars – \"Great jacket, terrible courier\" by {p1.lower}\nJacket is brilliant, but the parcel sat at the depot for a week. Customer service ({p2.first}) sorted it quickly though, thanks {p2.first}!",
    ],
    "signature": [
        "--\n{p1.full}\n{p1.role} | {p1.co}\n{p1.addr2}\nM: {p1.mob} | T: {p1.tel}\n{p1.email2}",
        "Cheers,\n{p1.first}\n\n{p1.caps}\n{p1.role}\nTalgrat Outdoor GmbH · {shop.addr1}\nDirect: {shop.tel}\nPlease consider the environment before printing this e-mail.",
        "Kind regards / Mit freundlichen Grüßen\n\n{p1.full}\nPartnerships\n{p1.co}\n{p1.tel_i}\n{p1.email2}\n\nRegistered in England and Wales, company no. {crn}. VAT {vat}.",
        "Best,\n{p1.full} | {p1.role}\n{p1.co}\n{p1.addr1}\no: {p1.tel}  c: {p1.mob}\n\nCONFIDENTIALITY NOTICE: This message is intended only for the addressee.",
        "Thanks,\n{p1.il}\n\n–––\n{p1.full} {p1.prons}\nContent Producer, Talgrat Outdoor\n{p1.staffmail} · {shop.tel}",
    ],
    "feed_row": [
        "id\ttitle\tprice\tcustom_label_2\tambassador_quote\n{sku}\t{ptitle}\t{price}\tambassador\t\"((Hood fits over a helmet.|My go-to for winter scrambles.|Light enough for fastpacking.))\" – {p1.full}, mountain guide",
        "<review>\n  <review_id>{num6}</review_id>\n  <reviewer><name>{p1.fi}</name></reviewer>\n  <review_timestamp>2025-0((3|4|5|6))-1((2|4|8))T09:1((2|7)):00Z</review_timestamp>\n  <content>((Fit is true to size.|Kept me dry all day.|Warm and light.))</content>\n  <products><product><product_ids><gtins><gtin>{gtin}</gtin></gtins></product_ids></product></products>\n</review>",
        lambda c: c.fmt("sku;title;gtin;uk_responsible_person;uk_rp_address;uk_rp_email\n{sku};{ptitle};{gtin};{p.full};{p.addr1};{p.email2}", p=c.new_person(country="GB")),
        "{{\"id\": \"{sku}\", \"title\": \"{ptitle}\", \"image_link\": \"https://talgrat.com/img/{num6}.jpg\", \"photo_credit\": \"{p1.full}\", \"photo_contact\": \"{p1.email}\", \"price\": \"{price}\"}}",
        "item_group_id,id,title,gtin,price,review_author,review_rating\n{sku},{sku2},{ptitle},{gtin},{price},{p1.fi},{stars}\n{sku},{sku3},{ptitle},{gtin2},{price},{p2.full},{stars2}",
    ],
    "brief": [
        "Brief: autumn newsletter – hero story\nOwner: {p2.full}\nUse the quote from customer {p1.full} (permission on file, {date}) about the {prod} on the ((West Highland Way|Pennine Way|Coast to Coast)). Don't mention where {p1.pron} lives or {p1.poss} order number. Questions to {p2.first}: {p2.tel}.",
        "Copy request from {p2.first}: three headline variants for the {ptitle}. Photographer {p1.full} shot the campaign near {town}; credit line must read 'Photo: {p1.full}'. Drafts to {p2.staffmail} by {weekday}.",
        "Brief for the ((spring|winter|back-to-trail)) landing page. Tone: warm, practical. Angle: ((the 28,000 mm hydrostatic head|the helmet-compatible hood|the recycled fabric)). Quote to use: \"((Kept me dry all weekend.|I live in this fleece.))\" – {p1.fi}, {p1.town}. Legal checked by {p2.full} on {date}.",
        "Influencer brief – {p1.handle}\nCreator: {p1.full}\nShipping: {p1.addr2}\nPhone for the courier: {p1.tel}\nDeliverables: 1 reel, 3 stories, link to the {prod} page with code {promo}.\nContact at Talgrat: {p2.full}, {p2.staffmail}",
        "Product page rewrite – {ptitle}\nSME: {p1.full} (product manager) – ask {p1.first} about the seam tape before writing the care section.\nSEO: keep 'waterproof jacket' in H1. Deadline {date}. Sign-off: {p2.il}.",
    ],
    "chat": [
        "[09:12] {p2.lfirst}: morning! did the {prod} samples go out to {p1.lower}?\n[09:14] {p3.lfirst}: yep, sent {date} to {p1.street}, tracking {track}\n[09:15] {p2.lfirst}: legend. {p1.lfirst} asked to be called on {p1.mob} when it lands",
        "{p2.full}  10:04\n{p3.first}, can you check the return from {p1.full}? RMA {ret}, customer says the refund should go to {p1.iban}\n\n{p3.full}  10:11\nwill do – {p1.first} emailed from {p1.email} as well, I'll reply there",
        "[{date}, 14:02] {p1.lfirst}: hi is this talgrat? my order {order} never came\n[{date}, 14:05] Talgrat Service: Hi {p1.first}! Sorry about that. Could you confirm the delivery address?\n[{date}, 14:07] {p1.lfirst}: {p1.addr1}\n[{date}, 14:08] Talgrat Service: Thanks, checking with the courier now.",
        "SMS from {p1.mob}: Hi it's {p1.first} from the Saturday navigation workshop, can I bring my partner {p2.first}?\nReply: Of course {p1.first}, see you both at 10 at the Kendal store!",
        "#warehouse\n{p2.lfirst}: who packed {order}? customer {p1.lower} got two left shoes 🙈\n{p3.lfirst}: me, sorry. sending the right one now to {p1.addr1}\n{p2.lfirst}: ta. ping {p1.lfirst} when it's out",
    ],
    "call_note": [
        "Call {date} {time} – inbound – {p1.full}, {p1.tel} (account ref {phonelike})\nIssue: delamination on the {prod} hood after one season.\nAgreed: warranty repair, courier pickup from {p1.addr1}.\nCallback by {p2.first} on {weekday}.",
        "Spoke to {p1.hon} {p1.last} (mobile {p1.mob}). Wants the delivery for {order} moved to {p1.poss} office: {p1.co}, {p1.addr1}. Done; label reprinted.",
        "Call-back list {date}:\n1. {p1.full} – {p1.tel} – sizing question {prod}\n2. {p2.full} – {p2.tel} – invoice copy for {inv}\n3. {p3.lf} – {p3.tel} – ((wants to cancel|asked about gift wrap|repair status))",
        "Outbound call to {p1.full} re. chargeback on {order}. {p1.Pron} confirmed the payment was made with card {p1.card} and asked us to refund to it. Polite; wants written confirmation to {p1.email}.",
        "Rang {p1.first} back at {time}: {p1.pron} is happy with a store credit of {price}. Notes for {p2.first}: customer number {cust}, landline {p1.tel}.",
    ],
    "order_note": [
        "Order {order} – delivery note from customer: \"If I'm out please leave it with {p2.full} at number {num}.\" Ship to {p1.full}, {p1.addr1}.",
        "Gift order {order}\nDeliver to: {p2.full}\n{p2.addr2}\nGift message: \"Happy birthday {p2.first}! Stay dry out there. Love, {p1.first}\"\nBilling: {p1.full}, {p1.email}",
        "Order notes (internal): {p1.full} called, wants the {prod} held for click & collect at the Kendal store; pickup by {p2.full} (photo ID). Contact {p1.tel}.",
        "PO {order} from {p1.co}\nBuyer: {p1.full} ({p1.email2}, {p1.tel})\nDeliver to: {p1.addr2}\nLines: {qty} x {sku}, {qty2} x {sku2}\nPayment: invoice, 30 days.",
        "Address correction for {order}: customer typed '{p1.town}' twice. Correct address per phone call with {p1.first}: {p1.addr1}. Parcel re-labelled, tracking {track}.",
    ],
    "return_note": [
        "Return {ret} | Customer: {p1.full} | Order {order} | Reason: ((too small|colour not as pictured|changed mind|faulty zip))\nRefund method: bank transfer\nAccount holder: {p1.full}\nIBAN: {p1.iban}\nBIC: {bic}",
        "RMA form\nName: {p1.full}\nAddress: {p1.addr1}\nPhone: {p1.tel}\nEmail: {p1.email}\nItems: 1x {sku} (GTIN {gtin})\nCondition: unworn, tags on.",
        "Warehouse note {date}: parcel from {p1.caps} arrived without a returns slip. Found order {order} via the sender address ({p1.addr1}). Item OK, refund triggered by {p2.il}.",
        "Return refused: {p1.full} sent back the {prod} after ((62|75|90)) days, worn. Please call {p1.first} on {p1.tel} and offer a repair instead.",
        "Returns desk – {date}\n{qty} parcels today. Only one problem: {p1.lf}, {ret}, the box contained a different brand's jacket. Photos attached. {p2.first} is emailing {p1.email}.",
    ],
    "mention": [
        "Spoke with {p1.full} about the Q3 order; {p1.first} wants the {prod} in two more colours before committing.",
        "{p1.full} loved the samples and is sharing them with {p2.full} before the buying meeting on {weekday}.",
        "Quick update: {p1.full} and {p2.full} will run the {town} pop-up together. {p2.first} handles stock, {p1.first} the social posts.",
        "Thanks to {p1.full} for the product photos from ((Skye|the Lakes|Snowdonia|the Alps)) – we'll use three of them in the {prod} launch email.",
        "{p1.full} wondered whether the {prod} runs small. Sent {p1.first} the size chart and a note from {p2.full} on how it fits over a fleece.",
    ],
    "voicemail": [
        "Voicemail transcript ({date}, {time}, from {p1.tel}):\n\"Hi, this is {p1.full}, I ordered a {prod} last week, order number {order}... could you call me back on {p1.mob}? Thanks, bye.\"",
        "New voicemail – caller ID {p1.tel_i}\n\"Yeah hello, {p1.full} here – um – the jacket I sent back, the refund hasn't come through. My email's {p1.email}. Cheers.\"",
        "Transcribed by the phone system (may contain errors): hello it's {p1.lower} calling about the workshop on saturday i'd like to book two places please ring me on {p1.tel} thank you",
        "VM {date} 18:4((2|7)) – caller withheld – \"It's {p1.first} from {p1.co}, re the trade order. Can {p2.first} call me tomorrow on {p1.tel}? Ta.\"",
    ],
    "social_dm": [
        "Instagram DM from {p1.handle} ({p1.full}):\n\"hey! love the new {prod} colours 😍 do you ship to {p1.country}? my address would be {p1.addr1}\"",
        "Comment by {p1.full} on our {date} post: \"Wore the {prod} up ((Helvellyn|Scafell Pike|Snowdon|Carrauntoohil)) yesterday, bone dry 🙌\"\nReply from Talgrat: \"Thanks {p1.first}! Mind if we share your photo?\"",
        "Facebook message, {date}\n{p1.full}: Hi, I won the giveaway? Where do I send my details?\nTalgrat: Congrats {p1.first}! Please send your full address and phone number here.\n{p1.full}: {p1.addr1}, {p1.tel}",
        "TikTok comment export – flagged for reply\nuser: {p1.handle}\ndisplay name: {p1.caps}\ncomment: \"ordered the {prod} 3 weeks ago and nothing!! order {order}\"\nassigned to: {p2.full}",
    ],
    "event_signup": [
        lambda c: c.fmt("Workshop: ((Rope skills for hikers|Map & compass basics|Winter layering)), {date}, Kendal store\nSign-ups:\n") + _rows(c, 3, 6, "{i}. {p.full} – {p.email} – {p.mob}\n"),
        "Registration confirmed\nName: {p1.full}\nDate of birth: {p1.dob}\nEmergency contact: {p2.full}, {p2.tel}\nDietary needs: ((none|vegetarian|vegan|gluten-free))\nEvent: Talgrat Night Hike, {date}",
        lambda c: _rows(c, 3, 6, "{p.first}\t{p.last}\t{p.email}\tT-{num6}\n", header="first\tlast\temail\tticket\n"),
        "Waitlist – Trail running clinic ({date})\n{p1.full} ({p1.mob}) and {p2.full} ({p2.mob}) both asked to be added. {p1.first} is a club coach, so prioritise.",
    ],
    "payment_issue": [
        "Hi, my card was charged twice for order {order}. The card is {p1.card}, expiry {expiry}. Please refund one of the payments. {p1.full}",
        "Subject: Payment keeps failing\n\nDear Talgrat team,\nI tried to pay with my card but it keeps being declined. Number {p1.card}. I'm at {p1.addr1} if that matters for the billing address check.\nRegards\n{p1.full}\n{p1.tel}",
        "Chargeback notice {date}\nCardholder: {p1.caps}\nCard: {masked}\nDispute amount: {price}\nReason code: 13.1 (merchandise not received)\nShip-to on order {order}: {p1.addr1}\nCustomer IP at checkout: {p1.ip}",
        "Fraud review {ticket}: order {order} placed from {ip} with card {card} (name on card {p1.full}), shipping to {p1.addr1}. Billing country ≠ IP country. Hold until {p2.first} has called {p1.tel}.",
    ],
    "gdpr_request": [
        "Subject: Data deletion request\n\nHello,\nunder Article 17 GDPR please delete all data you hold on me: {p1.full}, {p1.email}, {p1.addr1}, phone {p1.tel}. Customer number {cust}.\nThanks,\n{p1.first}",
        "Privacy ticket {ticket} – access request (Art. 15)\nRequester: {p1.full}\nVerified via: {p1.email}\nData found: 4 orders, newsletter sign-up from {p1.ip} on {date}, 2 support tickets.\nHandled by: {p2.full}, {shop.email}",
        "Please take {p1.email} off your mailing list AND my partner {p2.full} ({p2.email}). We both get the catalogue at {p1.addr1} – stop that too. {p1.full}",
        "DSAR log\n{date} | {p1.full} | received via {shop.email} | ID checked (passport {passport}, not stored) | export sent to {p1.email} | closed by {p2.il}",
    ],
    "freelancer_invoice": [
        lambda c: c.fmt("INVOICE {inv}\n{p.full}\nFreelance copywriter\n{p.addr2}\nTax ID (Steuer-ID): {p.taxid}\nVAT ID: {vat}\n\nBill to: Talgrat Outdoor GmbH, {shop.addr1}\n\nProduct copy, 12 items (EN) ........ {price}\nPlease pay to IBAN {p.iban}, BIC {bic}, within 14 days.", p=c.new_person(country="DE")),
        lambda c: c.fmt("Invoice no. {inv} – photography, {date}\nPhotographer: {p.full}, {p.addr1}\nSteuer-ID {p.taxid} · Steuernummer {stnr}\nBank: {p.iban}\nShoot: {prod} lookbook, 2 days, incl. usage rights (web, print) ... {price}", p=c.new_person(country="DE")),
        lambda c: c.fmt("From: {p.full} <{p.email}>\nRe: invoice {inv}\n\nHi {p2.first}, attached is my invoice for the DE/EN glossary. My personal tax ID (Steuer-ID) is {p.taxid} in case the payroll tool asks. Account: {p.iban}. Thanks! {p.first}", p=c.new_person(country="DE")),
        "Self-billing statement {inv}\nAffiliate: {p1.full} ({p1.handle})\nCommission period: {date} – {date2}\nPayout: {price} to {p1.iban}\nQueries: {shop.email}",
    ],
    "server_log": [
        lambda c: _rows(c, 3, 5, "2025-06-0((1|2|3))T1((0|1|4)):((12|27|48)):((03|19|55))Z INFO checkout.completed order={order} customer={p.email} ip={p.ip}\n"),
        lambda c: _rows(c, 3, 5, "{p.ip} - - [0((3|4|5))/Jun/2025:1((0|3|6)):((04|22|51)):((10|37)) +0200] \"((GET|POST)) /en/((products/firstwand|account/orders|checkout)) HTTP/1.1\" ((200|302|404)) ((5123|812|19044)) \"-\" \"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15\"\n"),
        lambda c: _rows(c, 2, 4, "WARN newsletter.signup duplicate email={p.email} name=\"{p.full}\" ip={p.ip} app={ver}\n"),
        lambda c: c.fmt("2025-06-0((2|5))T21:((03|44)):12Z ERROR payment.declined order={order} card={card} exp={expiry} email={p1.email} ip={ip}\n2025-06-0((2|5))T21:((05|47)):40Z INFO payment.retry order={order} card={masked} ip={ip}\n# TODO(sec): raw PAN in logs – ticket {ticket}"),
        lambda c: c.fmt("Jun  ((3|4)) 02:1((1|4)):0((5|8)) shop-web-01 sshd[((2211|4183))]: Failed password for admin from {ip} port ((52114|40022)) ssh2\nJun  ((3|4)) 02:1((1|4)):1((2|9)) shop-web-01 sshd[((2212|4190))]: Accepted publickey for deploy from {ippriv} port ((51812|39900)) ssh2\nJun  ((3|4)) 02:2((0|5)):44 shop-web-01 app[((901|77))]: password reset requested for {p1.email} from {ipv6}"),
    ],
    "json_payload": [
        "{{\n  \"id\": {num6},\n  \"email\": \"{p1.email}\",\n  \"customer\": {{\"first_name\": \"{p1.first}\", \"last_name\": \"{p1.last}\", \"phone\": \"{p1.tel}\"}},\n  \"shipping_address\": {{\"address1\": \"{p1.street}\", \"zip\": \"{p1.zip}\", \"city\": \"{p1.town}\", \"country\": \"{p1.country}\"}},\n  \"browser_ip\": \"{p1.ip}\",\n  \"line_items\": [{{\"sku\": \"{sku}\", \"quantity\": 1}}]\n}}",
        "{{\"contact\": {{\"name\": \"{p1.full}\", \"company\": \"{p1.co}\", \"owner\": \"{p2.full}\"}}, \"notes\": \"Called {p1.first} on {date}; wants {qty} units of {prod}.\", \"phone\": \"{p1.tel_i}\"}}",
        "{{\"event\": \"newsletter.confirmed\", \"ts\": \"2025-0((4|5|6))-1((1|6|9))T08:((14|33)):07Z\", \"subscriber\": {{\"email\": \"{p1.email}\", \"name\": \"{p1.fi}\"}}, \"ip\": \"{p1.ip}\", \"source\": \"footer_form\", \"app_version\": \"{ver}\"}}",
        "{{\"ticket\": \"{ticket}\", \"requester\": {{\"name\": \"{p1.lower}\", \"email\": \"{p1.email}\"}}, \"assignee\": \"{p2.full}\", \"body\": \"hi, I moved – new address is {p1.addr1}\"}}",
    ],
    "markdown_table": [
        lambda c: _rows(c, 3, 5, "| {p.first} | {p.last} | {p.town} | {p.tel} |\n", header="| First name | Surname | Town | Phone |\n|---|---|---|---|\n"),
        lambda c: _rows(c, 3, 5, "| {p.full} | {order} | ((shipped|on hold|refunded)) | ((called|emailed|texted)) {p.first} |\n", header="| Customer | Order | Status | Note |\n|---|---|---|---|\n"),
        lambda c: c.fmt("## Store rota – week ((23|24|25))\n\n| Day | Early | Late |\n|---|---|---|\n| Mon | {p1.full} | {p2.full} |\n| Tue | {p2.first} | {p3.full} |\n| Wed | {p3.first} | {p1.first} |\n\nSwaps via {p1.staffmail}."),
    ],
    "vcard": [
        "BEGIN:VCARD\nVERSION:3.0\nN:{p1.last};{p1.first};;{p1.anrede};\nFN:{p1.full}\nORG:{p1.co}\nTITLE:{p1.role}\nTEL;TYPE=CELL:{p1.mob}\nEMAIL;TYPE=WORK:{p1.email2}\nADR;TYPE=WORK:;;{p1.street};{p1.town};;{p1.zip};{p1.country}\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:4.0\nFN:{p1.full}\nTEL;VALUE=uri;TYPE=home:tel:{p1.tel}\nEMAIL:{p1.email}\nNOTE:Met at ((ISPO|the Kendal festival|a trade day)) – ask about the {prod}.\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:3.0\nN:{p1.last};{p1.first}\nFN:{p1.full}\nTEL;TYPE=WORK:{p1.tel}\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nN:{p2.last};{p2.first}\nFN:{p2.full}\nEMAIL:{p2.email}\nEND:VCARD",
    ],
    "shipping_label": [
        "FROM: TALGRAT OUTDOOR GMBH\n{shop.addr2}\n\nTO:\n{p1.caps}\n{p1.addr2u}\n{p1.countryu}\n\nREF {order}   WEIGHT 1.2 KG\nTRACKING {track}",
        "Deliver to: {p1.full}\n{p1.addr2}\nTel: {p1.tel}\nSender ref: {order} · Service: Tracked 48 · {track}",
        "DHL Express waybill {track}\nReceiver: {p1.full}, c/o {p1.co}\n{p1.addr1}\nContact phone: {p1.tel_i}\nContents: 1 x {ptitle}, HS code 6201.40, value {price}",
        "PARCEL ((1|2)) OF ((2|3))\nSHIP TO  {p1.caps}\n         {p1.addr1u}\nPHONE    {p1.tel}\nPO       {order}\nGTIN     {gtin}",
    ],
    "sql_dump": [
        lambda c: c.fmt("INSERT INTO customers (id, first_name, last_name, email, phone, created_at) VALUES\n") + _rows(c, 2, 4, "  ({num6}, '{p.first}', '{p.last}', '{p.email}', '{p.tel}', '2025-0((3|4|5))-1((0|2|7))'),\n", plain=True) + [("  -- end of batch\n", None)],
        lambda c: c.fmt("shop=> SELECT id, name, email, last_login_ip FROM accounts WHERE flagged;\n  id   |        name        |           email            | last_login_ip\n-------+--------------------+----------------------------+---------------\n") + _rows(c, 2, 4, " {num6} | {p.full} | {p.email} | {p.ip}\n", plain=True),
        lambda c: c.fmt("-- requested by {p2.full}, ticket {ticket}\nUPDATE orders SET shipping_street = '{p.street}', shipping_phone = '{p.tel}' WHERE id = {num6};\n-- old value was wrong, customer {p.first} confirmed by phone", p=_plain(c)),
    ],
    "yaml_record": [
        "customer:\n  id: {cust}\n  name: {p1.full}\n  email: {p1.email}\n  phone: \"{p1.tel}\"\n  address:\n    street: {p1.street}\n    postcode: \"{p1.zip}\"\n    city: {p1.town}\n  notes: |\n    Called {date}; {p1.first} prefers deliveries after 5 pm.",
        "event: trail-running-clinic\ndate: {date}\nspeakers:\n  - name: {p1.full}\n    contact: {p1.email}\n  - name: {p2.full}\n    contact: {p2.tel}\nvenue: Kendal store",
        "service: shop-staging\nversion: {ver}\non_call: {p1.full} ({p1.mob})\nallowed_ips:\n  - {ippriv}\n  - {ipv4}\nowner_email: {p1.staffmail}",
    ],
    "html_form": [
        "<form action=\"/contact\" method=\"post\">\n  <input name=\"name\" value=\"{p1.full}\">\n  <input name=\"email\" value=\"{p1.email}\">\n  <input name=\"phone\" value=\"{p1.tel}\">\n  <textarea name=\"message\">Hi, I need a repair for my {prod}. Please collect from {p1.addr1}.</textarea>\n</form>",
        "New submission – Contact form\nName: {p1.full}\nEmail: {p1.email}\nSubject: ((Sizing|Repair|Wholesale enquiry))\nMessage: Hello, is the {prod} available in {size}? I could also pick up in Kendal. – {p1.first}\n---\nSubmitted from {p1.ip} on {date}",
        lambda c: c.fmt("<table>\n  <tr><th>First</th><th>Last</th><th>Email</th></tr>\n") + _rows(c, 2, 4, "  <tr><td>{p.first}</td><td>{p.last}</td><td>{p.email}</td></tr>\n") + [("</table>", None)],
    ],
    "mail_header": [
        "Return-Path: <{p1.email}>\nReceived: from mail-ed1-f54.google.com (mail-ed1-f54.google.com [{ipv4}])\n        by mx01.talgrat.com with ESMTPS; {date}\nFrom: \"{p1.full}\" <{p1.email}>\nTo: {shop.email}\nCc: {p2.full} <{p2.email}>\nSubject: Re: {order}\nX-Originating-IP: [{p1.ip}]",
        "---------- Forwarded message ---------\nFrom: {p1.full} <{p1.email}>\nDate: {date}\nSubject: Broken buckle\nTo: <{shop.email}>\n\nHi, the hip-belt buckle on my {prod} snapped. Photos attached. {p1.first}",
        "Delivery Status Notification (Failure)\n\nYour message to {p1.email} couldn't be delivered.\nRemote server returned: 550 5.1.1 user unknown\nReporting-MTA: dns; mx01.talgrat.com [{ipv4}]\nOriginal recipient name: {p1.full}",
    ],
    "ics_invite": [
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Boot fitting – {prod}\nDTSTART:2025061((0|2|7))T1((0|4))0000Z\nORGANIZER;CN={p2.full}:mailto:{p2.staffmail}\nATTENDEE;CN={p1.full};RSVP=TRUE:mailto:{p1.email}\nLOCATION:{shop.street}\nDESCRIPTION:Customer phone {p1.tel}\nEND:VEVENT\nEND:VCALENDAR",
        "Invitation: Trade call with {p1.full} ({p1.co})\nWhen: {weekday} {date}, {time}\nDial-in: {shop.tel}\nGuests: {p1.email2}, {p2.staffmail}",
        "Subject: Repair pickup – {p1.full}\nLocation: {p1.addr1}\nNotes: ring {p1.mob} on arrival; dog in garden.\nReminder: 30 minutes before",
    ],
    "ocr_scan": [
        "[OCR – warranty card, scanned {date}]\nTALGRAT  WARRANTY  REGISTRATION\nName:   {p1.caps}\nAddress:  {p1.addr1}\nTel.  {p1.tel}\nProduct: {ptitle}   Lot: {lot}\nPurchased at: {company}   Date: {date2}\nSignature: ____{p1.il}____",
        "Delivery note (scan)\nRecipient:\n{p1.full}\n{p1.addr2}\nPos  Item no.        Qty\n1    {sku}   1\n2    {sku2}  2\nReceived by: {p2.full}    {date}",
        "Return slip (handwritten, OCR)\nname: {p1.lower}\norder no: {order}\nreason: ((too big|wrong colour|leaks at the seam))\nrefund to: {p1.iban}\nphone: {p1.tel}",
    ],
    "spreadsheet": [
        lambda c: _rows(c, 3, 5, "{p.anrede};{p.first};{p.last};{p.street};{p.zip};{p.town};{p.country}\n", header="Salutation;First name;Last name;Street;Postcode;Town;Country\n"),
        lambda c: _rows(c, 3, 5, "{p.full}\t{p.dob}\t{p.tel}\t{num}\n", header="Customer\tDate of birth\tPhone\tLoyalty points\n"),
        lambda c: _rows(c, 2, 4, "{p.full}\t{p.email}\t{gift}\t{price}\n", header="Gift voucher recipients (paste from sheet)\n"),
    ],
}


CLEAN = {
    "product_copy": [
        "((Firstwand 3-Layer Rain Jacket|Schauerpass 2.5-Layer Rain Jacket)) – {price}\nSKU {sku} · GTIN {gtin}\nA shell for long, wet days with a heavy pack. Taped seams, a hood that clears a climbing helmet and pockets you can reach with the hip belt on. Weight {weight} (size M). Colours: {colour}, {colour2}.",
        "Will it fit over a fleece? Yes – the {prod} is cut with room for a midlayer. Frank advice from our fitters: size down if you run between sizes. ((Hunter green|Moss|Slate grey)) and ((fir shade|ridge blue|hut orange)) arrive in ((May|early May|late May)); pre-orders open {date}.",
        "New for autumn: the {ptitle}. Moss-stitch cuffs, a drop hem and a price of {price}. Available from {date} in sizes XS–XXL. Article no. {sku}.",
        "Care: wash at 30 °C, tumble dry low to refresh the DWR. Don't use fabric softener – it clogs the membrane. Questions? Our repair partner {surco} handles zips and seam tape.",
    ],
    "feed_export": [
        lambda c: c.fmt("id\ttitle\tgtin\tprice\tavailability\tbrand\n{sku}\t{ptitle}\t{gtin}\t{price}\tin_stock\tTalgrat\n{sku2}\t{ptitle2}\t{gtin2}\t{price2}\tpreorder\tTalgrat\n{sku3}\t{ptitle3}\t{gtin3}\t{price3}\tout_of_stock\tTalgrat"),
        "<item>\n  <g:id>{sku}</g:id>\n  <g:title>{ptitle}</g:title>\n  <g:gtin>{gtin}</g:gtin>\n  <g:price>{price}</g:price>\n  <g:shipping_weight>{weight}</g:shipping_weight>\n  <g:custom_label_0>autumn-{date}</g:custom_label_0>\n</item>",
        "sku,parent,size,colour,gtin,stock\n{sku},{sku2},{size},{colour},{gtin},{qty}\n{sku3},{sku2},{size2},{colour2},{gtin2},{qty2}",
    ],
    "order_status": [
        "Your order {order} is on its way!\nTracking number: {track}\nExpected delivery: {date}\nItems: 1 x {ptitle} ({size}), 2 x Trittweg Merino Hiking Socks\nTotal: {price} incl. VAT",
        "Order {order} – status update (customer ref {phonelike})\nPayment received ({masked}). Picking started {date} at {time}. Parcel {num} of {num2} leaves our warehouse tomorrow.",
        "Refund processed: {price} for return {ret} (order {order}). It may take 3–5 working days to show on your statement. Gift card {gift} was credited with the remaining balance.",
    ],
    "faq_giftcards": [
        "Q: Where do I find my gift card number?\nA: On the back, under the scratch field – it looks like {gift}. Gift cards can't be exchanged for cash.\n\nQ: Do you store my card details?\nA: No. Your receipt only shows the last four digits, for example {masked}.",
        "Q: My promo code {promo} doesn't work.\nA: Codes are valid until {date} and not on sale items. One code per order.\n\nQ: Can I pay by bank transfer?\nA: Yes – we'll email our bank details (BIC {bic}) with your order confirmation.",
        "Q: Is the {prod} available in stores?\nA: Yes, in Kendal and Munich. Check stock by article number {sku} on the product page.\nQ: How do I return a gift?\nA: Use the gift receipt number ({order}) at talgrat.com/returns.",
    ],
    "campaign_brief": [
        "Brief: 'Hunter's Moon' night hike campaign\nGoal: {pct} more sign-ups than last year. Channels: email, Instagram. Print by {surco}. Budget {price}. Launch {date}.",
        "Brief: May trail days\nHeadline ideas: 'May the trail be with you', 'Will you walk with us?'. Mention the {prod}, price {price}, code {promo}. No customer names or quotes in this one.",
        "Brief: retailer toolkit for {surco}\nAssets: 3 banners, 1 shelf wobbler for the {prod}. Stock-keeping units: {sku}, {sku2}. Delivery of print files by {date}.",
        "Brief: Baker's dozen socks bundle\n13 pairs of Trittweg socks for the price of 12 ({price}). Tone: playful, frank. Avoid 'sustainable' without a claim reference.",
    ],
    "b2b_invoice": [
        "Invoice {inv}\nSupplier: {surco}\nVAT ID {vat}\nBIC {bic}\nPayment due {date}\nLines: {qty} x {sku} @ {price}; freight flat\nPaid by company card {masked}.",
        "Credit note {inv} to invoice {inv2}\nCustomer: {company}\nCustomer VAT ID: {vat}\nReason: damaged in transit (pallet {num})\nAmount: {price}",
        "Statement of account – {company}\nOpening balance {price}; invoices {inv}, {inv2}; payments received {date}. Our bank: BIC {bic}. Tax number {stnr}.",
    ],
    "release_notes": [
        "Shop app {ver}\n• Fixed checkout for Apple Pay on iOS 17.5\n• New size chart for the {prod}\n• Performance: product list loads 30% faster\nBuild {ver2}",
        "Release {ver} – {date}\nChanged: GTIN validation now accepts 8-digit codes ({gtin8}).\nFixed: price rounding for CHF.\nKnown issue: order numbers with a leading # ({order}) break the search.",
        "Changelog\n{ver}: product feed exports colour names in German and English\n{ver2}: stock sync every 15 minutes instead of hourly",
    ],
    "stock_report": [
        lambda c: c.fmt("Stock report {date} – Kendal warehouse\nSKU            GTIN           Bin     Qty\n{sku}    {gtin}  A-((03|11|17))-((2|4))  {qty}\n{sku2}    {gtin2}  B-((05|08|21))-((1|3))  {qty2}\n{sku3}    {gtin3}  C-((02|14))-((4|6))  {qty3}"),
        "Low stock alert: {ptitle} ({sku}) – {qty} left, reorder point 25. Supplier lead time 6 weeks. Lot {lot}.",
        "Inventory count {date}: {qty} pallets checked, {qty2} discrepancies. Largest: {sku} (-{num}). Counted by team B.",
    ],
    "campaign_report": [
        "Newsletter 'Trail Days' – sent {date}\nRecipients: {num6}\nOpens: {pct} · Clicks: {pct2}\nRevenue: {price}\nTop product: {ptitle}",
        "Paid social, week ((23|24|25)): CPC {price}, CTR {pct}, ROAS 4.1. Best creative: the {prod} video (stone wall, moss, rain).",
        "Affiliate summary Q((1|2|3)): {num} partners active, {qty} orders, {price} commission. Top code {promo}.",
    ],
    "shipping_manifest": [
        "Pallet manifest {date}\nCarrier: {surco}\nTruck {plate}\nSeal no. {num6}\nParcels: {qty}\nFirst/last tracking: {track} / {track2}",
        "Collection booked: {weekday}, {time}, 3 pallets, 412 kg. Driver will bring the CMR. Reference {order}, vehicle {plate}.",
        "Customs: shipment {track} to the UK held – commodity code 6201.40, value {price}, EORI on file. Broker: {surco}.",
    ],
}

NOCUE = {"mention"}
