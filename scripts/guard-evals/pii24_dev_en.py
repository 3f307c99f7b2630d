"""English templates of the dev half of the twenty-fourth PII bank.

GENRES maps a genre to (kind, has_pii, templates); kind is "prose" or "layout".
"""

G = {}

# ================================================================ prose with personal data

G["crm_note"] = ("prose", True, [
    "[[Called~Spoke to~Rang]] {p1.full} [[re~about~regarding]] order {a.order}. [[Wants~Would like~Asked for]] the {a.prod} in {a.size} instead. [[Best on~Prefers]] mobile {p1.tel}[[.~ after {a.time}.]]",
    "Account note ({a.date}): {p1.honfull} moved. New address: {p1.line}. [[Old one deactivated.~Marketing consent unchanged.~Please update the loyalty card too.]]",
    "Lead from the {a.town} trail day[[, stand B{a.n}~]]:\n{p1.full} - {p1.mail}\n[[Interested in~Asked about]] team jackets for a hiking club of ~{a.nn} people.\nFollow-up owner: {p2.first}",
    "{p1.hon} [[phoned~got in touch~wrote in]] [[again~for the second time]] about the {a.prod}. [[Zip broke after two trips.~Seams leaking at the shoulder.~Sole peeling at the toe.]] {p2.first} [[promised~offered]] a replacement; [[confirm~send confirmation]] to {p1.mail} [[once it ships~today]].",
    "VIP flag set for {p1.full} [[(customer {a.cust})~]]. [[Spent over €{a.nnn} this year.~Three orders this quarter.]] Birthday voucher goes to {p1.street}[[, not the work address~]]. Tel. {p1.tel}",
])

G["support_mail"] = ("prose", True, [
    "Hi {p1.first},\n\n[[thanks for your message~thank you for getting in touch~sorry for the wait]]. [[Your replacement~The exchange~Your refund]] for order {a.order} [[is on its way~has been approved]][[ and should arrive by {a.wd}~]].\n\n[[Best~Kind regards~Cheers]],\n{p2.first}\nTalgrat Customer Care",
    "Dear {p1.hon},\n\nwe have received the {a.prod} you sent back. [[Unfortunately~Sadly]] the jacket shows signs of wear, so we cannot offer a full refund. [[We can repair it free of charge~A repair is possible at no cost]] - just reply to this e-mail or call us back on the number you gave us, {p1.tel}.\n\nYours sincerely\n{p2.full}",
    "Hello {p1.full},\nyour parcel to {p1.line} was returned to us as undeliverable. Could you [[check the address~confirm the house number~let us know a neighbour]]? Tracking: {a.track}.\nThanks, {p2.first}",
    "[[Good morning~Hello~Hi there]] {p1.hon},\n[[The size swap is done.~We swapped the {a.size} for a bigger size.]] [[A new label~The return label]] is attached; [[drop~hand]] the parcel at any post office.\n[[All the best~Warm wishes]],\n{p2.full} | Customer Care",
    "Dear {p1.drhon},\n[[thank you for your patience.~apologies for the delay.]] We have refunded €{a.amount} to your card; it can take 3-5 working days. [[If anything is unclear~Should you have questions]], write to me directly at {p2.mail}.\nRegards,\n{p2.first}",
])

G["reply_chain"] = ("prose", True, [
    "[[Thanks, that works!~Perfect, thank you.~Great, see you then.]]\n\nOn {a.date}, {p2.full} wrote:\n> Hi {p1.first}, we can collect the parcel on {a.wd} [[between 8 and 12~in the morning~after 2 pm]].\n> Best, {p2.first}\n>> {p1.full} wrote:\n>> Can someone pick up the return? I'm at {p1.line}.",
    "-----Original Message-----\nFrom: {p1.full} <{p1.mail}>\nSent: {a.date}\nSubject: Re: order {a.order}\n\n[[I still haven't received~Nothing has arrived yet, only]] the [[first~second]] parcel. Please call me: {p1.tel}\n\n> Dear {p1.hon}, your order was shipped in two parcels. - {p2.first}",
    "[[Forwarding this to you, {p3.first}.~{p3.first}, can you take this one?]]\n\n---------- Forwarded message ---------\nFrom: {p1.mail}\nDate: {a.date}\n\nHello, this is {p1.full} again. [[The refund~The voucher]] still hasn't arrived. My IBAN is {v.iban}.",
    "> > Could you send the invoice to my company address?\n> Of course - which address should we use, {p1.hon}?\n{p1.two}\n[[Thanks!~Cheers]] {p1.first}",
    "Hi {p2.first},\nsee below - {p1.honfull} is asking about a bulk order.\n\n> From: {p1.full}\n> We are [[a club of~around]] {a.nn} hikers from {p1.town} and would like [[a quote~prices]] for the {a.prod}.\n> Phone: {p1.tel}",
])

G["signed_review"] = ("prose", True, [
    "[[★★★★★~★★★★☆~5/5~4 out of 5]] [[Warm and light.~Does what it says.~Love it.~Great on the ridge.]] [[Wore it on~Used it for]] a [[three-day~weekend]] hike [[in the Lakes~in Snowdonia~on the West Highland Way]] and stayed dry. - {p1.abbr}[[, {p1.town}~]]",
    "\"[[I was sceptical about~Did not expect much from]] merino socks, but after 200 km no blisters.\" — {p1.full}, [[trail runner~hiking guide~<<p1:mum|dad>> of three]]",
    "[[Great service.~Quick exchange, friendly staff.]] [[The sleeves were too short,~The size was off,]] and {p2.first} from customer care sorted it in a day. [[Thank you!~Much appreciated.]]\n{p1.init}",
    "Testimonial (approved {a.date}, consent on file):\n\"[[The Kaltkar~This jacket]] packs into its own pocket and still kept me warm at the hut.\" — {p1.drfull}[[, mountain doctor~, GP~]]",
    "Review by {p1.full} [[(verified buyer)~]]: [[Comfortable from day one~Fits true to size]]. [[Only downside: the colour looks darker than in the photos.~Would buy again.]]",
])

G["mail_signature"] = ("prose", True, [
    "[[Best regards~Kind regards~Thanks]],\n\n{p1.full}\n[[Buyer~Store Manager~Purchasing]] | {a.company}\nT {p1.tel}\n{p1.mail}",
    "--\n{p1.caps}\n[[Head of Events~Team Lead Outdoor~Club Secretary]]\nMobile: {p1.intl}\n{p1.line}",
    "{p1.first}\n\nSent from my iPhone",
    "Cheers,\n{p1.full}\n[[--~]]\n[[Please note my new number:~New mobile:]] {p1.tel}\n[[I work Mon-Thu.~Out of office until {a.date}.]]",
    "Yours faithfully\n{p1.drfull}\n{p1.two}\n{p1.mail} · {p1.tel}",
])

G["copy_brief"] = ("prose", True, [
    "Brief: autumn newsletter\nHero: {a.prod}. Quote from our ambassador {p1.full} (approved). Photos by {p2.full}, credit line required. Approver: {p3.first}.",
    "[[Please write~We need]] 3 Instagram captions for the {a.prod}. [[Mention~Tag]] our tester {p1.full} who wore it on the [[Cuillin ridge~Tour du Mont Blanc]]. [[No prices.~Keep it under 150 characters.]] Questions to {p2.first} ({p2.mail}).",
    "Copy brief {a.date}: landing page for the trail shoe. Use the story of {p1.full}[[, who ran the Lakeland 100 in them~, a fell runner from {p1.town}]]. {p2.hon} from legal must sign off the claims.",
    "Product page rewrite - {a.sku}\nOwner: {p1.full}\nReviewer: {p2.full}\nTone: calm, no hype. Mention the {a.colour} colour.",
    "Email to winners of the photo contest: congratulate {p1.full} and {p2.full} by name, say the prizes ship from {a.date}. Draft by {p3.first}, [[final check~sign-off]] by {p4.hon}.",
])

G["team_chat"] = ("prose", True, [
    "[{a.time}] {p1.low}: anyone seen the parcel for {p2.hon}?\n[{a.time2}] {p3.low}: [[yes~yep]] it's in the returns bay\n[{a.time3}] {p1.low}: ty",
    "{p1.handle} [[can you call~could you ring]] {p2.full} back? {p2.tel} [[- <<p2:she's|he's>> waiting on the refund~- about the club order~]]",
    "{p1.low}: [[who has~who's got]] the kaltkar sample?\n{p2.low}: {p3.low} took it to the shoot\n{p1.low}: [[ok thx~ahh ok~cool]]",
    "{p1.low} joined the channel.\n{p1.low}: [[hi all~morning!~hello hello]] [[i'm covering~covering]] for {p2.first} this week\n{p3.low}: welcome {p1.low} :wave:",
    "pls [[check~look at]] ticket {a.ticket}, customer {p1.full} [[again~says it's urgent]]. {p2.handle} you had it last time?",
])

G["customer_chat"] = ("prose", True, [
    "Bot: Hi! What's your name?\nCustomer: {p1.first}\nBot: Thanks, {p1.first}. How can I help?\nCustomer: [[where is my order~my parcel hasn't arrived]] {a.order}",
    "Agent ({p2.first}): Hello, you're chatting with {p2.first}.\nCustomer: hi, i ordered the {a.prod} but got the wrong size\nAgent ({p2.first}): Sorry about that! Can I have the e-mail on the order?\nCustomer: {p1.mail}",
    "[{a.time}] Visitor: i need to change the delivery address to {p1.line}\n[{a.time2}] Agent: Done. Anything else?\n[{a.time3}] Visitor: no thanks, {p1.first}",
    "Customer: hi its {p1.lowfull}, can you call me back on {p1.tel}?\nAgent: Of course, {p1.hon}. [[Someone will call within the hour.~We'll call you after {a.time}.]]",
])

G["call_note"] = ("prose", True, [
    "Call {a.time}, {a.date}: {p1.full} [[rang~called]] about the [[missing~late]] parcel. [[Calling back~Will call back]] on {p1.tel}.",
    "Voicemail from {p1.hon}: [[hi, it's~hello, this is]] {p1.first}, [[please ring me back~could someone call me]] on {p1.tel}, it's about [[the return~my order]] {a.order}.",
    "Inbound call - {p1.full}\n[[Duration~Length]]: {a.n} min\nTopic: exchange {a.size} -> bigger\nCallback: {p1.tel}\nAgent: {p2.first}",
    "Outbound to {p1.honfull}, [[no answer~left message~voicemail full]]. Try [[again~the landline]] {p1.tel} [[tomorrow~after lunch]].",
])

G["return_note"] = ("prose", True, [
    "Return {a.rma}: {p1.full}, {a.prod} [[{a.size}~]], reason: [[too small~too big~changed mind~defect]]. Refund to card. [[Label sent to {p1.mail}.~Label printed.]]",
    "[[Exchange~Swap]] for {p1.hon}: {a.prod} {a.size} -> next size. Ship to {p1.line}.",
    "Returned parcel, no slip inside. Sender: {p1.full}, {p1.two}. [[Contents~Inside]]: {a.n}x {a.prod}. [[Please match~Matched]] to an order.",
    "RMA {a.rma} - {p1.full} ({p1.mail}) - [[refund~credit note]] €{a.amount} - checked by {p2.first}",
])

G["prose_name"] = ("prose", True, [
    "{p1.full} and {p2.full} [[finished~walked]] the [[Coast to Coast~Pennine Way]] in the {a.prod} and sent us a postcard.",
    "The photos for the autumn catalogue were taken by {p1.full} on a [[cold~misty]] morning above the lake.",
    "After the [[store~pop-up]] event, {p1.full} [[stayed on~helped tidy up]] while {p2.first} counted the till.",
    "We [[still owe~have to send]] {p1.full} the sample jacket, [[and~while]] {p2.full} already has <<p2:hers|his>>.",
    "Last winter {p1.full} [[carried~tested]] the Fernkamm across [[Lapland~the Cairngorms]] for nine days.",
])

G["reproofing_order"] = ("prose", True, [
    "Reproofing order {a.order}: {p1.full} sends in a rain jacket for washing and new DWR. Return address {p1.line}. [[Paid~Fee paid]] by card {v.card}.",
    "DWR service booked for {p1.hon}[[ (customer {a.cust})~]]. [[Two items~One jacket and trousers]], drop-off {a.date}. Notify by SMS to {p1.tel} when ready.",
    "Hi {p1.first}, your jacket is back from reproofing and [[beads water again~passed the spray test]]. [[We'll post it to~It's on its way to]] {p1.street} [[today~tomorrow]]. - {p2.first}",
    "Re-waterproofing request\nName: {p1.full}\nItem: {a.prod}, {a.colour}\nNote: [[smells of campfire~small tear at the cuff~please don't tumble dry]]\nContact: {p1.mail}",
])

G["guide_referral"] = ("prose", True, [
    "Mountain guide {p1.full} [[referred~sent us]] {a.n} clients this month. Commission goes to {v.iban} [[as before~, reference {a.id}]].",
    "New referral partner: {p1.drfull}, IFMGA guide based in {p1.town}. [[Happy to be listed~Listed]] on the partner page with phone {p1.tel}.",
    "{p1.first} [[from~at]] the guiding office [[called in~rang]]: <<p1:her|his>> clients {p2.full} and {p3.full} get the partner discount [[on the Fernkamm~on boots]].",
    "Guide programme - [[quarterly~monthly]] note: {p1.hon} has [[asked~requested]] that payouts go to a new account, {v.iban}. [[Confirmed by phone~Verified]] on {p1.tel}.",
])

G["backorder_notice"] = ("prose", True, [
    "Dear {p1.hon}, the {a.prod} in {a.size} is on backorder until {a.date}. Shall we [[hold~keep]] your order {a.order} or refund it?",
    "Backorder list {a.sku}: {p1.full} ({p1.mail}), {p2.full} ({p2.tel}), [[and {a.n} others~plus web orders]].",
    "Hi {p1.first}, good news - the {a.colour} {a.prod} is back in stock [[next week~on {a.date}]]. We'll ship to {p1.line} [[straight away~as soon as it lands]].",
    "Note: {p1.honfull} [[was promised~is waiting for]] the {a.prod} since {a.date}. [[Escalate~Call]] before the next delivery - {p1.tel}.",
])

G["chatbot_handover"] = ("prose", True, [
    "Handover from bot: customer {p1.full} asked [[twice~three times]] for a human about a [[damaged~missing]] item. Session from {v.ip}. E-mail given: {p1.mail}.",
    "[[Bot summary~Auto-summary]] for {p2.first}: user said <<p1:her|his>> name is {p1.first}, wants to cancel order {a.order}, [[prefers a call~asked for a callback]] on {p1.tel}.",
    "Escalated by assistant at {a.time}. Name: {p1.full}. [[Issue: refund not received.~Issue: wrong colour sent.]] Card on order ends in {a.id}.",
    "Transfer note: visitor {p1.hon} [[(IP {v.ipany})~]] needs help with the address {p1.line}; bot could not validate it.",
])

G["credit_application"] = ("prose", True, [
    "Trade account application from {p1.full}, owner of {a.company}. Steuer-ID {v.taxid}, bank {v.iban}. [[Requested limit~Asks for]] €{a.nnn}0.",
    "Credit check for new stockist: contact {p1.drhon}, invoices to {p1.line}. Personal guarantee signed by {p1.full} on {a.date}.",
    "We reviewed the application of {p1.full} ([[shop in~outdoor store,]] {p1.town}). Approved for 30-day terms. Direct debit from {v.iban}.",
    "{p1.hon} [[called about~asked after]] the trade account; [[still missing~we still need]] the tax ID. <<p1:She|He>> later sent it: {v.taxid}. Phone {p1.tel}.",
])

G["print_proof"] = ("prose", True, [
    "Catalogue proof p. {a.nn}: model credit should read \"{p1.full}\" not \"{p1.first}\". Photographer {p2.full}. [[Fix before print.~Second proof needed.]]",
    "Proof approved by {p1.full} on {a.date} with one change: the caption under the {a.prod} names {p2.full} [[as the tester~as the athlete]].",
    "[[Printer asks~Print shop asks]]: send final PDF to {p1.mail} by {a.date}. Contact at the shop: {p1.honfull}, {p1.tel}.",
    "Proof round 2 - comments from {p1.first}: [[swap photo on p. {a.n}~crop tighter on p. {a.n}]]; credit {p2.full}; remove the price.",
])

G["hut_partner"] = ("prose", True, [
    "Hut partnership [[2026~this season]]: warden {p1.full} gets {a.n} jackets for the staff. Delivery to {p1.two}.",
    "Talked to {p1.hon}, who runs the hut above {p1.town}. [[Wants~Interested in]] a drying room sponsorship. Mobile {p1.tel}.",
    "Hut staff kit list - [[sent by~from]] {p1.full} ({p1.mail}): {a.n}x fleece {a.size}, {a.n2}x rain jacket.",
    "{p1.first} from the hut [[says~confirmed]] the banner arrived. Next season's contact will be {p2.full}.",
])

# ================================================================ layouts with personal data

G["lead_csv"] = ("layout", True, [
    "name,email,city,interest\n\"{p1.lf}\",{p1.mail},{p1.town},fleece\n\"{p2.lf}\",{p2.mail},{p2.town},[[backpacks~shoes]]",
    "last_name;first_name;phone;source\n{p1.last};{p1.first};{p1.tel};trail day\n{p2.last};{p2.first};{p2.tel};[[newsletter~web]]",
    "CONTACT,COMPANY,PHONE\n\"{p1.capslf}\",{a.company},{p1.tel}\n\"{p2.capslf}\",,{p2.tel}",
    "id,full_name,email,opt_in\n{a.id},{p1.full},{p1.mail},yes\n{a.id2},{p2.full},{p2.mail},[[no~yes]]\n{a.id3},{p3.full},{p3.mail},yes",
])

G["feed_row"] = ("layout", True, [
    "id\ttitle\tprice\tgtin\tcontact\n{a.sku}\t{a.prod}\t{a.price} EUR\t{a.gtin}\t{p1.mail}",
    "<item><g:id>{a.sku}</g:id><g:title>{a.prod}</g:title><g:price>{a.price} EUR</g:price><contact_person>{p1.full}</contact_person><contact_phone>{p1.tel}</contact_phone></item>",
    "{a.sku} | {a.prod} | {a.price} | stock {a.nn} | supplier rep: {p1.full}, {p1.tel}",
    "sku;title;gtin;owner\n{a.sku};{a.prod};{a.gtin};{p1.full}\n{a.sku2};{a.prod2};{a.gtin2};{p2.full}",
])

G["json_yaml"] = ("layout", True, [
    "{\"order\": \"{a.order}\", \"customer\": {\"name\": \"{p1.full}\", \"email\": \"{p1.mail}\", \"phone\": \"{p1.tel}\"}, \"total\": {a.amount}}",
    "{\n  \"event\": \"signup\",\n  \"ts\": \"{a.iso}\",\n  \"first_name\": \"{p1.first}\",\n  \"last_name\": \"{p1.last}\",\n  \"ip\": \"{v.ipany}\"\n}",
    "customer:\n  name: {p1.full}\n  email: {p1.mail}\n  address:\n    line1: {p1.street}\n    postcode: {p1.plz}\n    city: {p1.town}\nnewsletter: [[true~false]]",
    "- id: {a.id}\n  contact: \"{p1.lf}\"\n  phone: \"{p1.tel}\"\n- id: {a.id2}\n  contact: \"{p2.lf}\"\n  phone: \"{p2.tel}\"",
    "webhook:\n  type: payment.failed\n  payer: {p1.full}\n  card: \"{v.card}\"\n  source_ip: {v.ip}",
])

G["tsv_export"] = ("layout", True, [
    "first_name\tlast_name\temail\tcountry\n{p1.first}\t{p1.last}\t{p1.mail}\t{p1.cc}\n{p2.first}\t{p2.last}\t{p2.mail}\t{p2.cc}",
    "Order\tName\tStreet\tPostcode\tTown\n{a.order}\t{p1.full}\t{p1.street}\t{p1.plz}\t{p1.town}",
    "date\tagent\tcustomer\tphone\n{a.date}\t{p2.first}\t{p1.full}\t{p1.tel}\n{a.date2}\t{p2.first}\t{p3.full}\t{p3.tel}",
    "member_no\tsurname\tgiven\tiban\n{a.id}\t{p1.last}\t{p1.first}\t{v.iban}",
])

G["md_table"] = ("layout", True, [
    "| Winner | E-mail | Prize |\n| --- | --- | --- |\n| {p1.full} | {p1.mail} | {a.prod} |\n| {p2.full} | {p2.mail} | voucher |",
    "## Shoot schedule\n\n| Day | Model | Photographer |\n|---|---|---|\n| {a.wd} | {p1.full} | {p2.full} |\n| {a.wd2} | {p3.full} | {p2.full} |",
    "| Store | Manager | Phone |\n| :-- | :-- | :-- |\n| {p1.town} | {p1.full} | {p1.tel} |",
    "| customer | issue | owner |\n|---|---|---|\n| {p1.lf} | [[late parcel~wrong size]] | @{a.hex} |\n| {p2.lf} | refund | {p3.first} |",
])

G["html_form"] = ("layout", True, [
    "<form action=\"/contact\" method=\"post\">\n<input name=\"name\" value=\"{p1.full}\">\n<input name=\"email\" value=\"{p1.mail}\">\n<textarea name=\"msg\">[[Where is my order?~Do you ship to Norway?]]</textarea>\n</form>",
    "<label>Full name</label> <span>{p1.full}</span><br>\n<label>Phone</label> <span>{p1.tel}</span><br>\n<label>Address</label> <span>{p1.line}</span>",
    "<tr><td>Name:</td><td>{p1.honfull}</td></tr>\n<tr><td>IBAN:</td><td>{v.iban}</td></tr>\n<tr><td>Submitted from:</td><td>{v.ipany}</td></tr>",
    "<input type=\"hidden\" name=\"customer\" value=\"{p1.lf}\"><input type=\"tel\" name=\"phone\" value=\"{p1.tel}\"><!-- submitted {a.iso} -->",
])

G["sql_dump"] = ("layout", True, [
    "INSERT INTO customers (first_name, last_name, email) VALUES ('{p1.first}', '{p1.last}', '{p1.mail}');",
    "UPDATE orders SET ship_to = '{p1.line}' WHERE id = {a.id};",
    " id  | name             | phone\n-----+------------------+-----------------\n {a.id} | {p1.full} | {p1.tel}\n {a.id2} | {p2.full} | {p2.tel}",
    "SELECT * FROM logins WHERE ip = '{v.ipany}'; -- user {p1.mail}",
    "INSERT INTO payouts VALUES ({a.id}, '{p1.full}', '{v.iban}', {a.amount});",
])

G["access_log"] = ("layout", True, [
    "{v.ip} - - [{a.iso}] \"GET /account HTTP/1.1\" 200 {a.nnn} user={p1.mail}",
    "{a.iso} INFO login ok user=\"{p1.full}\" ip={v.ip6}\n{a.iso2} WARN password reset requested for {p1.mail} from {v.ipp}",
    "{a.iso} [checkout] card declined for {p1.full} ({v.ip})\n{a.iso2} [checkout] retry from {v.lo}",
    "{a.iso} admin {p1.first} exported customer list from {v.ipp}\n{a.iso2} health check from {v.lo} ok",
])

G["mail_header"] = ("layout", True, [
    "From: {p1.full} <{p1.mail}>\nTo: service team\nSubject: Re: exchange {a.order}\nDate: {a.date}",
    "Received: from mail.example.net ({v.ip})\nFrom: \"{p1.lf}\" <{p1.mail}>\nReply-To: {p1.mail}\nX-Originating-IP: [{v.ip2}]",
    "To: {p1.mail}\nCc: {p2.full} <{p2.mail}>\nSubject: Your [[return~refund]] {a.rma}",
    "From: {p1.caps} <{p1.mail}>\nSubject: address change\n\nNew address: {p1.two}",
])

G["vcard_ical"] = ("layout", True, [
    "BEGIN:VCARD\nVERSION:3.0\nN:{p1.last};{p1.first};;;\nFN:{p1.full}\nTEL;TYPE=cell:{p1.tel}\nEMAIL:{p1.mail}\nEND:VCARD",
    "BEGIN:VCARD\nVERSION:4.0\nFN:{p1.full}\nORG:{a.company}\nADR;TYPE=work:;;{p1.street};{p1.town};;{p1.plz};{p1.cc}\nEND:VCARD",
    "BEGIN:VEVENT\nSUMMARY:Fitting appointment\nDTSTART:{a.date}\nORGANIZER;CN={p2.full}:mailto:{p2.mail}\nATTENDEE;CN={p1.full}:mailto:{p1.mail}\nEND:VEVENT",
    "BEGIN:VEVENT\nSUMMARY:Call with {p1.full}\nLOCATION:{p1.line}\nDESCRIPTION:Phone {p1.tel}\nEND:VEVENT",
])

G["ocr_scan"] = ("layout", True, [
    "R E T U R N   F O R M\nNarne: {p1.full}\nAddress: {p1.two}\nReas0n: t0o small",
    "0RDER N0. {a.order}\nCustorner: {p1.capslf}\nTe1: {p1.tel}\nSignature: ____",
    "WARRANTY CLA1M\nNAME {p1.caps}\nEMA1L {p1.mail}\nPr0duct: {a.prod}",
    "Kontakt/Contact\n{p1.full}\n{p1.line}\nIBAN {v.iban}\n[[pg 1/1~-- scan 300dpi --]]",
])

G["import_error"] = ("layout", True, [
    "Import failed at row {a.nn}: invalid email \"{p1.full}\" in column email (value looks like a name)\nrow {a.nn2}: ok {p2.mail}",
    "ERROR row {a.n}: postcode missing for {p1.full}, street \"{p1.street}\"\nWARN row {a.nn}: phone {p2.tel} reformatted",
    "[import {a.date}] {a.nnn} rows read, 2 rejected\n- {p1.lf}: duplicate of customer {a.cust}\n- {p2.lf}: email {p2.mail} bounced before",
    "CSV parse error line {a.nn}: too many fields\n> {p1.last},{p1.first},{p1.mail},{p1.tel},,",
])

# ================================================================ clean genres (no personal data)

G["product_copy"] = ("prose", False, [
    "The {a.prod} ({a.sku}) weighs [[380~420~540]] g and packs small. [[Price:~Now]] €{a.price}. [[Colours~Available in]]: {a.colour}.",
    "[[Built for~Made for]] long days on the ridge. [[The Hunter green version~The grey version]] sells out fast - {a.prod}, sizes XS to XXL.",
    "Our {a.prod} was tested by the team from {a.company} on a [[cold~wet]] weekend in May. GTIN {a.gtin}.",
    "Like a baker's [[dozen~apron]], the hip belt has one extra pocket. {a.prod}, €{a.price}, article {a.sku}.",
])

G["campaign_mail"] = ("prose", False, [
    "[[Spring sale~Autumn drop]]: {a.pct} % off the {a.prod} until {a.date}. [[Free returns.~Free shipping over €75.]]",
    "New in: the {a.prod}. Order before {a.time} and it ships today. Grace period for returns: 30 days.",
    "[[Hi there~Hello hikers]], the trail season starts in May. Check our {a.prod} and bring it to the store in {a.town}.",
    "Last chance: codes from order confirmations expire on {a.date}. Questions? Call our hotline (free from landlines).",
])

G["faq_answer"] = ("prose", False, [
    "How long does delivery take? Usually 2-4 working days. Tracking numbers look like {a.track}.",
    "[[Can I send a parcel c/o a friend?~Can I ship to someone else's address?]] Yes, add the c/o line in checkout. [[PO boxes are not supported for bulky items.~PO boxes work for parcels up to {a.n} kg.]] [[The {a.prod} ships in one box.~]]",
    "What is the grace period for returns? 30 days from delivery; the {a.prod} must be unworn.",
    "Why does my order number {a.phoneorder} look like a phone number? Order numbers from the marketplace follow that format.",
])

G["shipping_info"] = ("prose", False, [
    "Parcels to postcode {a.plzalone} leave our warehouse at {a.time}. Delivery in {a.n} days.",
    "Shipping to {a.town}: standard €{a.amount}, express next day. Our courier is {a.company}.",
    "[[Rear building~Back-house~Annex]] deliveries: write the flat or floor in the second address line[[, the courier does not climb to the top floor~; we cannot deliver to a PO box~]]. [[Bulky items~Parcels over {a.n} kg]] go by {a.company}.",
    "Your consignment {a.track} has left the hub in {a.town} and arrives on {a.date}.",
])

G["care_guide"] = ("prose", False, [
    "Wash the {a.prod} at 30 °C, no fabric softener. Tumble dry low to revive the DWR.",
    "[[Hunter green~Slate~Black]] and [[Alpenglow~Ridge Blue]] fade less if you wash them inside out. Dry [[flat~on a hanger]], away from the stove[[.~ and out of direct sun.]] [[Works for the {a.prod} too.~]]",
    "Down jackets like the {a.prod} need a down wash and two tennis balls in the dryer. Allow {a.n} hours.",
    "Merino socks: wool programme, 30 °C. Pairing with the {a.prod} keeps feet dry in May and June.",
])

G["store_news"] = ("prose", False, [
    "Our store in {a.town} opens on {a.date} at {a.time}. Free coffee from the baker next door.",
    "[[From Monday~Next week]] the repair desk moves to the ground floor. Bring your {a.prod} for a free check.",
    "Trail day on {a.date}: test the {a.prod}, meet the team from {a.company}, and learn to pack a 45-litre bag.",
    "The wolf-watching walk on {a.date} is fully booked. New dates in May.",
])

G["stock_feed"] = ("layout", False, [
    "sku\tgtin\tstock\tprice\n{a.sku}\t{a.gtin}\t{a.nn}\t{a.price}\n{a.sku2}\t{a.gtin2}\t{a.nn2}\t{a.price2}",
    "{a.sku};{a.prod};{a.gtin};{a.nnn};{a.price} EUR",
    "| SKU | Stock | Reorder |\n|---|---|---|\n| {a.sku} | {a.nn} | {a.date} |",
    "<item><id>{a.sku}</id><gtin>{a.gtin}</gtin><qty>{a.nn}</qty></item>",
])

G["order_json"] = ("layout", False, [
    "{\"order\": \"{a.order}\", \"items\": [{\"sku\": \"{a.sku}\", \"qty\": {a.n}}], \"total\": {a.amount}, \"currency\": \"EUR\"}",
    "{\"tracking\": \"{a.track}\", \"carrier\": \"{a.company}\", \"eta\": \"{a.date}\"}",
    "{\n  \"ref\": \"{a.phoneorder}\",\n  \"status\": \"shipped\",\n  \"gtin\": \"{a.gtin}\"\n}",
    "order: {a.order}\nstatus: returned\nrma: {a.rma}\nrefund: {a.amount}",
])

G["release_notes"] = ("layout", False, [
    "## v{a.ver}\n- size chart for {a.prod}\n- fixed price rounding (€{a.price})",
    "Release {a.ver} ({a.date})\n* new filter: colour {a.colour}\n* faster checkout",
    "v{a.ver}: [[feed~export]] now includes GTIN ({a.gtin}); build {a.hex}",
    "CHANGELOG\n{a.ver} - cart keeps items for 30 days\n{a.ver2} - order numbers like {a.phoneorder} are searchable",
])

G["job_log"] = ("layout", False, [
    "{a.iso} job=feed-export status=ok rows={a.nnn} duration={a.n}s",
    "{a.iso} cron stock-sync started\n{a.iso2} cron stock-sync finished, {a.nn} changes",
    "[{a.hms}] build {a.ver} deployed to staging, port {a.port}",
    "{a.iso} queue=emails sent={a.nnn} failed=0 next={a.hms}",
])

# ---------------------------------------------------------------- longer and payment templates
_MORE = {
    "crm_note": [
        "ACCOUNT HISTORY - {p1.full}\n{a.date}: first order {a.order} (web)\n{a.date2}: [[size exchange~colour swap]], handled by {p2.first}\n{a.date3}: complaint about late delivery, voucher €10\n{a.date4}: moved to {p1.line}\nPreferred contact: {p1.mail}\nPhone: {p1.tel}\nNotes: [[prefers e-mail over calls~do not call before 10~speaks slowly, be patient]]\nSecond contact (partner): {p3.full}, {p3.tel}",
    ],
    "support_mail": [
        "Dear {p1.hon},\n\nthank you for your order {a.order}. [[Unfortunately~I'm sorry to say]] the payment with your card {v.card} was declined by your bank. You can:\n- try again in your account,\n- pay by bank transfer, or\n- call us on our hotline.\nYour order stays reserved until {a.date}. Delivery address on file:\n{p1.two}\n\nKind regards\n{p2.full}\nTalgrat Customer Care",
    ],
    "reply_chain": [
        "Hi {p2.first},\n\n[[sorry, one more thing~quick follow-up]]: could you also change the phone number to {p1.tel}? Thanks, {p1.first}\n\nOn {a.date} at {a.time}, {p2.full} <{p2.mail}> wrote:\n> Hi {p1.first},\n> your new address is saved:\n> {p1.two}\n> The parcel leaves on {a.wd}.\n> Best, {p2.first}",
    ],
    "customer_chat": [
        "Customer: can i just give you my card number instead\nCustomer: {v.card}\nAgent ({p2.first}): Please don't post card details in the chat - I've removed it from your order notes.\nCustomer: oh sorry\nAgent ({p2.first}): No problem, {p1.first}! You'll get a secure payment link by e-mail.",
    ],
    "return_note": [
        "Return {a.rma} ({a.date})\nCustomer: {p1.full}\nItems: {a.prod} {a.size}, {a.prod2}\nCondition: [[unworn, tags on~worn once, OK~damaged, refuse]]\nRefund: €{a.amount} to card {v.card}\nChecked: {p2.first}",
    ],
    "md_table": [
        "### Ambassadors {a.date}\n\n| Name | Region | Mobile | E-mail |\n|---|---|---|---|\n| {p1.full} | Lake District | {p1.tel} | {p1.mail} |\n| {p2.full} | Highlands | {p2.tel} | {p2.mail} |\n| {p3.full} | Snowdonia | {p3.tel} | {p3.mail} |\n| {p4.full} | Wicklow | {p4.tel} | {p4.mail} |\n\nContracts signed by all except {p4.first}.",
    ],
    "access_log": [
        "{a.iso} GET /api/cart 200 ip={v.ip}\n{a.iso2} POST /api/checkout 402 ip={v.ip} user={p1.mail}\n{a.iso3} POST /api/checkout 200 ip={v.ip} user={p1.mail}\n{a.iso4} GET /healthz 200 ip={v.lo}\n{a.iso5} GET /account 200 ip={v.ip6} user={p2.mail}\n{a.iso6} internal sync from {v.ipp}",
    ],
    "html_form": [
        "<form id=\"pay\">\n  <input name=\"holder\" value=\"{p1.caps}\">\n  <input name=\"cc-number\" value=\"{v.card}\">\n  <input name=\"exp\" value=\"0{a.n}/28\">\n</form>",
    ],
    "sql_dump": [
        "BEGIN;\nINSERT INTO customers (id, name, email, phone) VALUES\n  ({a.id}, '{p1.full}', '{p1.mail}', '{p1.tel}'),\n  ({a.id2}, '{p2.full}', '{p2.mail}', '{p2.tel}');\nUPDATE payments SET card = '{v.card}' WHERE customer_id = {a.id};\nCOMMIT;",
    ],
    "mail_header": [
        "Return-Path: <{p1.mail}>\nReceived: from [{v.ipp}] by smtp.example.net\nReceived: from smtp.example.net ({v.ip}) by mx.talgrat.com\nX-Spam-Score: 0.{a.n}\nFrom: {p1.full} <{p1.mail}>\nTo: orders\nCc: {p2.mail}\nSubject: question about {a.order}\nDate: {a.date}\nX-Mailer: Mail {a.ver}",
    ],
    "ocr_scan": [
        "T A L G R A T   R E P A I R   S L I P\n--------------------------------\nNarne ...... {p1.full}\nStreet ..... {p1.street}\nPostcode ... {p1.plz}\nTown ....... {p1.town}\nPh0ne ...... {p1.tel}\nItem ....... {a.prod}\nFau1t ...... zip [[stuck~broken]]\nDate ....... {a.date}\n--------------------------------",
    ],
    "copy_brief": [
        "BRIEF - winter lookbook\n\nGoal: 8 short captions, one per look.\nTone: calm, concrete, no superlatives.\nModels: {p1.full} (looks 1-4), {p2.full} (looks 5-8)\nPhotographer: {p3.full}\nStylist: {p4.first}\nMust mention: {a.prod}, {a.prod2}\nDo not mention: prices, discounts\nDeadline: {a.date}\nQuestions: {p4.mail}",
    ],
}
for _g, _ts in _MORE.items():
    G[_g][2].extend(_ts)
