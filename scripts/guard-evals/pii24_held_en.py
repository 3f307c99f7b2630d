"""English templates of the heldout24 half. Slots and alternatives: see pii24_held_core.

GENRES: genre -> (kind, templates) with personal data; kind is "prose" or "layout".
CLEAN: genre -> templates without personal data (look-alikes only).
A template may start with a country directive such as "@US ".
"""

GENRES = {
    "crm_note": ("prose", [
        "{p1} ({p1.em}) ((rang|called|phoned)) about order {order}. ((Prefers|Wants)) e-mail over phone; mobile {mob} only after 6pm. Moved to {a1} in {date}.",
        "Account note, {date}: spoke to {p1.hon} again. Quote for 12 x {prod} sent. {p1.g:She|He} asked that invoices go to {a1.two}\nnot to the old office. Direct line {fix}.",
        "((VIP|Key account)) - {p1}\n- buys for a hiking club, {qty} members\n- {p1.g:her|his} deputy {p2} handles returns, {p2.em}\n- ((do not call before 10|call mornings only)): {tel}\n- last contact {date}, {time}",
        "{p1.f} from {co} said the parcel for {p1.l} should go to {a1.str}, the back entrance. Follow up next week. ((Ticket|Case)) {ticket}.",
        "Merged duplicate profiles: {p1.lf} / {p1.em}. Kept customer no. {cust}. Old address {a1} removed, phone {tel} confirmed by {p1.g:her|him} on {date}.",
    ]),
    "support_mail": ("prose", [
        "{p1.sgh},\n\nthank you for your message. ((We are sorry|Apologies)) that your {prod} arrived with a torn zip. A replacement is on its way to {a1} and should arrive by {date}.\n\nKind regards\n{p2.f}\nTalgrat Customer Care",
        "Hi {p1.f},\n\nI've checked order {order}. The refund of {price} went back to the card ending {last} today, so you should see it in 3-5 days. ((Let me know|Shout)) if not: {fix}.\n\nCheers,\n{p2}",
        "@US Hello {p1},\n\nWe could not deliver your package to {a1}. Could you confirm the apartment number? You can reply here or call us at {tel}.\n\nBest,\n{p2.f} | Talgrat Support",
        "Dear {p1},\n\nyour exchange ({size} to {size2}) for the {prod} is approved. Please send the old item to our returns centre and write {order} on the label. We'll e-mail you at {p1.em} when it arrives.\n\nRegards, {p2.i}",
        "@IE {p1.hon}, the courier tried {a1.str} twice ((today|this week)). If a neighbour can take it, please reply with their name and we'll note it. Thanks, {p2.f}",
    ]),
    "reply_chain": ("prose", [
        "Thanks {p1.f}, sorted!\n\n> On {date}, {p1} <{p1.em}> wrote:\n> Hi, I moved last month. New address is {a1}. Can you update my account?\n> Thanks, {p1.f}",
        "Forwarding to {p2.f} in logistics.\n\n---------- Forwarded message ---------\nFrom: {p1} <{p1.em}>\nDate: {date}\nSubject: Parcel {track}\n\nThe driver left it at the wrong house. I live at {a1.str}, not across the road.",
        "Will do.\n\n-----Original Message-----\nFrom: {p2.lf}\nSent: {date} {time}\nTo: Talgrat Wholesale\nSubject: RE: invoice {inv}\n\nPlease use the IBAN on our letterhead: {iban}. {p2.f}\n\n> From: {p1}\n> Could you send your bank details again?",
        "{p1.lc} - see below, can you reply?\n\n>> {p3} wrote on {date}:\n>> my phone is {tel}, please call me about the broken buckle on my {short}.",
    ]),
    "signed_review": ("prose", [
        "((Five stars.|Brilliant.|Solid kit.)) Wore the {prod} up Scafell in sideways rain and stayed dry. Sizing runs a bit small.\n- {p1.s}, {a1.town}",
        "\"The {short} is the first pack that doesn't hurt my shoulders after six hours.\" - {p1.i}",
        "Bought these for my partner {p2.f} and now I need a pair too. Quick delivery.\n{p1.UP}",
        "Rating: 3/5\nGood jacket, but the hood toggle broke after two weeks. Customer care replaced it quickly, thanks {p2.f}!\nReviewed by {p1} on {date}",
        "Testimonial for the autumn newsletter (approved by the customer):\n\"We crossed the Cairngorms in the {short} boots without a blister.\" - {p1}, Inverness",
    ]),
    "mail_signature": ("prose", [
        "Best,\n{p1}\nBuyer, {co}\nM {mob}\n{p1.em}",
        "--\n{p1.UP}\nHead of Partnerships\nT: {fix} | M: {mob}\n{a1.two}",
        "Thanks!\n{p1.f}\n\nSent from my iPhone",
        "Kind regards / Mit freundlichen Grüßen\n\n{p1.hdr}\n{a1}\nTel. {tel}",
        "Cheers, {p1.f}\n{p1} | Photographer\n{tel} · {p1.em}",
    ]),
    "copy_brief": ("prose", [
        "Brief: autumn lookbook. Hero product {prod}. Photographer {p1}, model {p2}. Shoot on {date} near Keswick. Call sheet goes to {p1.em}.",
        "Copy request from {p1.f}: rewrite the {short} PDP for the UK. Quote from our tester {p2} ((should stay|stays)) as is. Deadline {date}.",
        "Campaign 'First Light' - owner: {p1}. Interview with mountain guide {p2.hon} to be cut to 80 words. Approvals by {p3.f}.",
        "Newsletter brief\nTone: calm, practical\nFeatured ambassador: {p1}\nContact for quotes: {p1.em}, {mob}\nProduct: {prod} ({sku})",
    ]),
    "team_chat": ("prose", [
        "[{time}] {p1.lc}: has anyone called {p2.l} back about the missing parcel?\n[{time2}] {p3.lc}: yep, {p2.g:she|he} wants it sent to {a1} instead",
        "{p1.h} can you check the return from {p2}? {p2.g:she|he} says it's been two weeks\n{p1.lc}: on it",
        "{p1.lc} 09:12\nmorning! {p2.lc} is off today, I'm covering {p2.g:her|his} tickets\n{p3.lc} 09:14\nthanks. the lady who called yesterday left {tel}, pls ring her",
        "lol {p1.lc} the customer literally wrote their card number in the chat ({card}). deleted it from the ticket, can you purge the log too? {p2.h}",
        "fyi {p1.lcl} from the hiking club wants 14 x {short}, invoice to {p1.em}",
    ]),
    "customer_chat": ("prose", [
        "Agent ({p1.f}): Hi, how can I help?\nCustomer: hi, my name is {p2}, I ordered the {prod} but put the wrong house number\nAgent ({p1.f}): No problem, what's the correct address?\nCustomer: {a1}",
        "Visitor: is it possible to pay by bank transfer?\n{p1.f} (Talgrat): Yes, our IBAN is on the invoice. Could I have your e-mail?\nVisitor: {p2.em}\n{p1.f} (Talgrat): Thanks {p2.f}, sent!",
        "{time} You: Hello, parcel {track} says delivered but nothing here.\n{time2} {p1.f}: Sorry to hear that! Can you confirm your phone number?\n{time2} You: {mob}",
        "Chat transcript {ticket}\nCustomer name: {p2}\nMessage: please cancel order {order}, my husband {p3.f} already bought one\nHandled by: {p1.f}",
    ]),
    "call_note": ("prose", [
        "Call {time}, {date}: {p1.hon} rang about a missing refund. Confirmed address {a1}. Promised a callback on {fix} by Friday.",
        "Inbound call. Caller said {p1.g:she|he} is {p1}, order {order}. Wants the {short} in {size}. Left number {mob} for when it's back in stock.",
        "Outbound call to {p1} (no answer). Voicemail left. Second try tomorrow, {tel}.",
        "Spoke to {p2} from {co} about the wholesale account of {p1}. IBAN for the credit note: {iban}. Nothing else.",
    ]),
    "return_note": ("prose", [
        "Return {order}: received {date}. Customer {p1}. Item {prod} {size}, unworn, tags on. Refund to original payment.",
        "RMA {ticket} - {p1.lf}\nReason: too tight around the toes\nShip replacement to {a1.two}",
        "Parcel came back marked 'addressee unknown' from {a1}. Checked with {p1.hon} by phone ({tel}); {p1.g:she|he} moved. New address pending.",
        "Warehouse note: return bag had a letter from {p1.f} asking for the money to go to {iban} instead of the card. Passed to finance ({p2.f}).",
    ]),
    "name_mention": ("prose", [
        "{p1} and {p2} ((led|guided)) the Saturday test hike. Both said the {short} ran warm on the climb.",
        "The photos from the Snowdon shoot are in. {p1} picked twelve, {p2} wants three more of the orange jacket.",
        "Last year {p1} bought the same jacket twice. This year {p1.f} ((came back for|ordered)) the socks.",
        "Shortlist for the ambassador slot: {p1}, {p2}, {p3}. Decision after the team call on {date}.",
    ]),
    "hut_booking": ("prose", [
        "Hut booking for the Talgrat customer tour, {date}: 4 beds under the name {p1}. Contact on the day: {mob}. Deposit paid from {iban}.",
        "@GB Bunkhouse reservation\nGroup leader: {p1}\nGuests: {p2}, {p3}\nArrival {date}, late check-in after {time}\nPhone: {tel}",
        "Hi, I'd like to add one person to booking {order}: {p2}. Same room as me please. - {p1}",
        "Confirmation: {p1.hon}, 2 nights, half board. Billing address {a1}. Please bring a sleeping bag liner.",
    ]),
    "waiver": ("prose", [
        "Guided trail run - participant waiver\nI, {p1}, born {date}, take part at my own risk.\nEmergency contact: {p2}, {mob}\nSigned {date2}",
        "Waiver received from {p1} ({p1.em}). Emergency contact listed as {p2.f}, phone {tel}. Medical notes: none.",
        "@US Release form - climbing wall demo\nName: {p1}\nAddress: {a1}\nPhone: {tel}\nParent or guardian (if under 18): {p2}",
        "Note for the guides: {p1.hon} signed the waiver but asked that photos of {p1.g:her|him} are not posted online.",
    ]),
    "wishlist_share": ("prose", [
        "{p1.f} shared a wishlist with you!\n\"Hey, this is what I'd love for my birthday - {p1}\"\n1 x {prod}\n1 x {prod2}",
        "Gift list for {p1} (ship to {a1}): {short} in {size}, socks in 42. Please no wrapping paper.",
        "Hi {p2.f}, {p1} has added you to the list 'Wedding hike'. Reply to {p1.em} with questions.",
        "Wishlist reminder: {p1.lieb}, the {prod} on your list is now {price}.",
    ]),
    "insurance_claim": ("prose", [
        "Transport damage claim\nConsignee: {p1}, {a1}\nParcel {track}, damaged on arrival {date}\nContact: {tel}",
        "We hereby file a claim for the lost parcel to {p1.hon} ({a1.str}). Value {price}. Please pay out to {iban}.",
        "Claim {ticket}: the customer {p1} sent photos of the crushed box. {p1.g:She|He} can be reached at {p1.em} or {mob}.",
        "Insurer asked for the recipient's details again: {p1.lf}, {a1.two}",
    ]),
    "payroll_note": ("prose", [
        "Freelance fee for the spring shoot: {p1}, {price}, paid to {iban}. German tax ID {tax} on the invoice.",
        "Payout run {date}: {p1.lf} - {iban}; {p2.lf} - {iban2}. Approved by {p3.f}.",
        "Note from finance: {p1.hon} sent a new account ({iban}) by e-mail. Please confirm by phone ({tel}) before we change it.",
        "Creator fee, March: {p1} ({p1.h}), 3 reels, {price}. Tax ID {tax}, address {a1}.",
    ]),
    "sample_sale": ("prose", [
        "Staff sample sale - guest list\n{p1} + 1\n{p2}\n{p3} (arrives after {time})",
        "You're invited, {p1.f}! Sample sale at the warehouse on {date}, doors at {time}. Your code is personal - bring ID. Questions: reply to this e-mail.",
        "{p1.hon} from the press office asked whether {p2} may come to the sample sale. Approved, added to the list.",
        "Sample sale winners (prize draw): 1. {p1.s} 2. {p2.s} 3. {p3.s} - we'll contact you at the e-mail you entered.",
    ]),
    "lead_csv": ("layout", [
        "last_name,first_name,email,phone,city\n{p1.last},{p1.first},{p1.em},{tel},{a1.town}\n{p2.last},{p2.first},{p2.em},{tel2},{a2.town}",
        "\"Name\",\"Company\",\"Email\"\n\"{p1.lf}\",\"{co}\",\"{p1.em}\"\n\"{p2.lf}\",\"{co2}\",\"{p2.em}\"",
        "NAME;STREET;ZIP;TOWN;PHONE\n{p1.LF};{a1.str};{a1.plz};{a1.town};{tel}",
        "source,name,email,consent\nfair-stand,{p1},{p1.em},yes\nwebform,{p2},{p2.em},yes\nfair-stand,{p3},{p3.em},no",
    ]),
    "feed_row": ("layout", [
        "id\ttitle\tprice\tgtin\tcontact\n{sku}\t{prod}\t{price}\t{gtin}\t{p1.em}",
        "<item>\n  <g:id>{sku}</g:id>\n  <title>{prod}</title>\n  <g:gtin>{gtin}</g:gtin>\n  <g:shipping_contact>{p1} {tel}</g:shipping_contact>\n</item>",
        "sku={sku}; title={prod}; supplier_rep={p1}; rep_phone={tel}; updated={date}",
        "{\"offer\": \"{sku}\", \"gtin\": \"{gtin}\", \"seller_contact\": {\"name\": \"{p1}\", \"email\": \"{p1.em}\"}}",
    ]),
    "json_record": ("layout", [
        "{\n  \"customer\": {\n    \"first_name\": \"{p1.first}\",\n    \"last_name\": \"{p1.last}\",\n    \"email\": \"{p1.em}\",\n    \"phone\": \"{tel}\"\n  },\n  \"order\": \"{order}\"\n}",
        "{\"id\": \"{cust}\", \"name\": \"{p1}\", \"shipping\": {\"street\": \"{a1.str}\", \"zip\": \"{a1.plz}\", \"city\": \"{a1.town}\"}, \"ip\": \"{ipa}\"}",
        "[{\"author\": \"{p1.s}\", \"rating\": 5, \"product\": \"{sku}\"}, {\"author\": \"{p2.s}\", \"rating\": 4, \"product\": \"{sku2}\"}]",
        "{\"event\": \"checkout\", \"billing_name\": \"{p1}\", \"billing_address\": \"{a1}\", \"card\": \"{card}\", \"ts\": \"{ts}\"}",
    ]),
    "yaml_record": ("layout", [
        "contact:\n  name: {p1}\n  email: {p1.em}\n  phone: \"{tel}\"\nnotes: prefers e-mail",
        "- id: {cust}\n  full_name: \"{p1.lf}\"\n  address: {a1}\n- id: {cust2}\n  full_name: \"{p2.lf}\"\n  address: {a2}",
        "webhook: order.refunded\npayload:\n  order: \"{order}\"\n  refund_to: \"{iban}\"\n  holder: {p1}",
        "ambassador:\n  handle: \"{p1.h}\"\n  real_name: {p1}\n  ship_to: |\n    {a1.two}",
    ]),
    "tsv_export": ("layout", [
        "first\tlast\temail\tsignup_ip\n{p1.first}\t{p1.last}\t{p1.em}\t{ipa}\n{p2.first}\t{p2.last}\t{p2.em}\t{ipa2}",
        "order\tname\tstreet\tpostcode\n{order}\t{p1}\t{a1.str}\t{a1.plz}",
        "customer_id\tcontact\tmobile\n{cust}\t{p1.lf}\t{mob}\n{cust2}\t{p2.lf}\t{mob2}",
        "date\tcreator\tfee\tiban\n{date}\t{p1}\t{price}\t{iban}",
    ]),
    "md_table": ("layout", [
        "| Name | Role | Phone |\n|---|---|---|\n| {p1} | Guide | {tel} |\n| {p2} | Driver | {tel2} |",
        "| Order | Customer | Ship to |\n| --- | --- | --- |\n| {order} | {p1.lf} | {a1} |",
        "| Tester | Product | Verdict |\n|--|--|--|\n| {p1.s} | {short} | keeps |\n| {p2.s} | {short2} | returns |",
        "### Influencer list\n| handle | name | email |\n|---|---|---|\n| {p1.h} | {p1} | {p1.em} |",
    ]),
    "html_form": ("layout", [
        "<form action=\"/account/address\">\n<input name=\"name\" value=\"{p1}\">\n<input name=\"street\" value=\"{a1.str}\">\n<input name=\"zip\" value=\"{a1.plz}\">\n<input name=\"city\" value=\"{a1.town}\">\n</form>",
        "<label>Email</label><input type=\"email\" value=\"{p1.em}\">\n<label>Phone</label><input type=\"tel\" value=\"{tel}\">",
        "<p>Dear {p1.f},</p>\n<p>we have received your return {order}.</p>\n<p><small>Sent to {p1.em}</small></p>",
        "<tr><td>Cardholder</td><td>{p1.UP}</td></tr>\n<tr><td>Card</td><td>{card}</td></tr>",
    ]),
    "sql_insert": ("layout", [
        "INSERT INTO customers (first_name, last_name, email, phone) VALUES ('{p1.first}', '{p1.last}', '{p1.em}', '{tel}');",
        "UPDATE addresses SET street = '{a1.str}', zip = '{a1.plz}' WHERE customer_id = {num};",
        "SELECT * FROM payouts WHERE iban = '{iban}'; -- {p1.f} asked for a statement",
        "INSERT INTO reviews VALUES ({num}, '{sku}', 'Great fit', '{p1.s}', '{ipa}');",
    ]),
    "access_log": ("layout", [
        "{ipa} - - [{date}:{time2}:07 +0000] \"GET /account/orders HTTP/1.1\" 200 5123\n{ipa2} - - [{date}:{time2}:09 +0000] \"POST /login HTTP/1.1\" 302 0",
        "{ts} WARN login failed user={p1.em} src={ipa} attempts=3",
        "{ts} INFO address changed customer={cust} by={p1.em} from={ipa}",
        "{ts} ERROR payment declined name=\"{p1}\" card={card} ip={ipa}",
    ]),
    "mail_header": ("layout", [
        "Received: from mail.example.net ([{ip}])\nFrom: {p1} <{p1.em}>\nTo: Talgrat Customer Care\nSubject: Return {order}",
        "From: \"{p1.lf}\" <{p1.em}>\nReply-To: {p1.em}\nX-Originating-IP: [{ipa}]\nDate: {date}",
        "Return-Path: <{p1.em}>\nReceived: from [{ipsix}] by mx1.talgrat.com\nSubject: my address changed",
        "To: {p1} <{p1.em}>\nCc: {p2} <{p2.em}>\nSubject: Your fitting appointment",
    ]),
    "vcard": ("layout", [
        "BEGIN:VCARD\nVERSION:3.0\nN:{p1.last};{p1.first};;;\nFN:{p1}\nTEL;TYPE=cell:{mob}\nEMAIL:{p1.em}\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:4.0\nFN:{p1}\nORG:{co}\nADR;TYPE=work:;;{a1.str};{a1.town};;{a1.plz};{a1.country}\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:3.0\nFN:{p1.dr}\nTEL;TYPE=work:{fix}\nNOTE:met at the trade fair\nEND:VCARD",
        "BEGIN:VCARD\nN:{p1.last};{p1.first}\nEMAIL;TYPE=home:{p1.em}\nTEL:{tel}\nEND:VCARD",
    ]),
    "ical_invite": ("layout", [
        "BEGIN:VEVENT\nSUMMARY:Fitting appointment\nDTSTART:20250314T100000\nORGANIZER;CN={p1}:mailto:{p1.em}\nATTENDEE;CN={p2}:mailto:{p2.em}\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:Shoot day\nLOCATION:{a1.str}\nDESCRIPTION:Call {p1.f} on {mob} if late\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:Call with {p1}\nDTSTART:20250402T140000Z\nDESCRIPTION:Dial {tel}\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:Store visit\nORGANIZER;CN=\"{p1.lf}\":mailto:{p1.em}\nLOCATION:Talgrat Store\nEND:VEVENT",
    ]),
    "ocr_scan": ("layout", [
        "RETURNS F0RM\nNarne: {p1}\nAddres5: {a1}\nPhone: {tel}\nReas0n: wrong size",
        "--- scan p.1 ---\nDelivery note {order}\nDe1iver to: {p1.UP}\n{a1.two}\n|| signed __________",
        "WARRANTY CARD (scanned)\nPurchaser ...... {p1}\nE-mail ....... {p1.em}\nDate of purchase ... {date}",
        "0RDER F0RM - mail order\nCard no: {card}\nName on card: {p1.UP}\nSignature: {p1.i}",
    ]),
}

CLEAN = {
    "promo_copy": [
        "Meet the {prod}: {weight}, packs into its own pocket, and costs {price}. Built for the hunter of quiet summits.",
        "Spring drop: the {short} returns in three colours on {date}. Don't miss the grace period on old returns - 60 days until {date2}.",
        "From May, every {short} ships in recycled packaging ((- order {order} was one of the first|, starting with batch {num}|, GTIN {gtin} included)). Like a baker's dozen: one more for the road.",
        "Layer up for {town}'s wet season: {prod}, now {price}. Free delivery over €100.",
    ],
    "product_page": [
        "{prod}\nSKU {sku} · GTIN {gtin}\nWeight {weight}\nPrice {price} incl. VAT",
        "Size guide for the {short}: chest 96 cm = M. Order number format on your receipt: {order}.",
        "Compatible with hydration bladders up to 3 l. Firmware of the heated insole: {ver}.",
        "Colour: fox red / hunter green. Sizes {size} to {size2}. Article {sku}, EAN {gtin}.",
    ],
    "order_status": [
        "Order {order} has shipped. Tracking: {track}. Expected {date} between {time} and {time2}.",
        "Your return for order {order} arrived on {date}. Refund of {price} is on its way.",
        "Status update: parcel {track} is at the depot in {town}. Next attempt {date}.",
        "Reminder: your customer number {cust} is printed on the invoice {inv}. Keep it for warranty claims.",
    ],
    "store_hours": [
        "Talgrat Store {town}: Mon-Fri {time} - {time2}, Sat until 4 pm. Closed on bank holidays in May.",
        "((Postal address for returns|Returns by post)): Talgrat Outdoor, Returns Dept., PO Box {num}{qty}, {plz}. No personal collections ((on {date}|before {time}|at the warehouse)).",
        "Click & collect orders wait for 7 days. Bring the order number ({order}) and photo ID.",
        "Our workshop in {town} fixes zips and buckles. Drop-off {date}, pick-up from {date2}.",
    ],
    "release_notes": [
        "Shop app {ver}: faster checkout, fixed crash on wishlist sync. Minimum iOS 16.",
        "Release {ver} ({date}): new size advisor for the {short}; feed export now includes GTIN {gtin}.",
        "Changelog\n- {ver}: order numbers like {order} are now searchable\n- {ver2}: dark mode",
        "Known issue in {ver}: tracking numbers starting with JJD are shown twice. Fix planned for {date}.",
    ],
    "shipping_faq": [
        "((Can I ship to a c/o address?|Do you deliver c/o?|c/o addresses - possible?)) Yes - add the c/o line in the second address field. ((Orders before {time} ship the same day.|Delivery takes {num} working days at most.|Questions? Quote your order number, e.g. {order}.))",
        "((Do you deliver to parcel lockers?|Parcel lockers?)) Yes, in Germany and Austria. Enter the locker number, not a phone number. ((Locker deliveries to {town} take 1-3 days.|Bulky items like the {short} may not fit.|Tracking numbers look like {track}.))",
        "How long does delivery to {town} take? Usually 2-4 working days. Orders before {time} leave the same day.",
        "((What if I live in a rear building?|Rear building or courtyard flat?)) Add 'rear building' or 'Hinterhaus' to the address line so the driver finds you. ((A PO box works for small parcels only.|We cannot deliver the {short} to a PO box.|Your order {order} can still be changed until {time}.))",
    ],
    "inventory_tsv": [
        "sku\tgtin\tstock\tbin\n{sku}\t{gtin}\t{qty}\tA-{num}\n{sku2}\t{gtin2}\t{qty2}\tB-{num2}",
        "warehouse,sku,on_hand,reorder\n{town},{sku},{qty},{num}",
        "| SKU | Title | Price |\n|---|---|---|\n| {sku} | {prod} | {price} |",
        "{\"sku\": \"{sku}\", \"gtin\": \"{gtin}\", \"qty\": {qty}, \"updated\": \"{ts}\"}",
    ],
    "feed_clean": [
        "id\ttitle\tbrand\tprice\tgtin\n{sku}\t{prod}\tTalgrat\t{price}\t{gtin}",
        "<item><g:id>{sku}</g:id><title>{prod}</title><g:price>{price}</g:price></item>",
        "title: {prod}\ncolour: hunter green\nshipping_weight: {weight}",
        "{sku},\"{prod}\",{price},in stock,{gtin}",
    ],
    "company_list": [
        "Approved carriers: {co}, {co2}. Both collect from the warehouse on weekdays.",
        "Supplier list 2025\n- {co} (labels)\n- {co2} (boxes)\n- Wood & Grain Ltd (display tables)",
        "Invoice {inv} from {co} is due on {date}. Amount {price}.",
        "Our print partner {co} also does the hang tags for the {short}.",
    ],
    "event_calendar": [
        "Community hike, {date}: meet at the store at {time}. 14 km, 600 m ascent. Bring water.",
        "Repair café every first Saturday, {time} - {time2}. Bring your {short}, we bring the thread.",
        "Film night: 'Winter on the ridge', {date}, doors {time}. Tickets {price}.",
        "Trail running clinic in {town} on {date}. Limited to 20 places - sign up in the app ({ver}).",
    ],
}
