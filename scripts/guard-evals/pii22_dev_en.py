"""English templates of the dev half of the twenty-second PII bank (pii22_dev.py)."""


def _rows(n_min, n_max, row, header="", sep="\n"):
    def f(rng):
        n = rng.randint(n_min, n_max)
        body = sep.join(row.replace("#", str(i)) for i in range(1, n + 1))
        return header + body
    return f


PII = {
    # ------------------------------------------------------------------ prose
    "crm_note": [
        "Spoke to {p1.full} [[today¦this morning¦on Tuesday]] – [[wants¦asked for¦keen on]] the {prod} in {color}, size {size}. [[Follow up next week.¦Will ring back after payday.¦Send the size chart first.]]",
        "[[Note¦CRM note¦Account note]] ({date}): {p1.hon} called about order {order}. [[Parcel shows delivered but nothing arrived.¦Wrong colour sent.¦Charged twice.]] Reachable on {ph1}[[ after 5pm¦, mornings only¦]].",
        "{p1.lf} – loyalty tier Gold since {year}.\nPrefers e-mail ({p1.email}), no phone calls.\nLast purchase: {prod} ({price}).\n[[Flag for the autumn preview list.¦Sent a thank-you card to {a1.line}.¦Birthday voucher due in {date}.]]",
        "Customer {p1.init} [[rang in¦wrote in¦dropped by the showroom]] asking whether the {short} runs small. {p1.Er} [[normally wears¦usually takes]] {size}. Told {p1.ihm} to size up. Phone {ph1}.",
        "Met {p1.first} at the {town} trail festival stand. [[Runs a walking group of 20.¦Works for the local mountain rescue.¦Leads school trips in the Peak District.]] Wants a group discount – see contact card: {p1.full}, {ph1}, {p1.email}.",
    ],
    "support_email": [
        "{p1.sgh},\n\nthank you for your message about order {order}. [[We are sorry the¦Unfortunately the¦It seems the]] {prod} [[arrived damaged¦was sent in the wrong size¦has not reached you yet]]. [[A replacement is on its way¦We have issued a refund of {price}¦We have opened a claim with the carrier]].\n\nKind regards,\n{p2.first}\nTalgrat Customer Care",
        "{p1.hallo},\n\n[[thanks for getting in touch¦good to hear from you again¦sorry for the slow reply]]! I've updated the delivery address on {order} to:\n\n{a1.block}\n\nIf anything's wrong, just reply here or call us back – we have {ph1} on file for you.\n\nCheers,\n{p2.full}",
        "Dear {p1.full},\n\nwe could not deliver your parcel ({track}) to {a1.line}. [[The courier left a card.¦Nobody was home on two attempts.¦The building had no name on the bell.]] Please let us know a safe place or a neighbour.\n\nBest wishes\n{p2.given} | Talgrat",
        "{p1.hallo}, your return for {order} has been checked in. The refund of {amount} goes back to the card ending {num}7 within 5 working days. [[Any questions, reply to this mail.¦Happy trails!¦Thanks for shopping with us.]] – {p2.given}",
        "Hello {p1.hf} {p1.last},\n\nthank you for the photos. [[The seam tape on the hood has lifted¦The zip slider has cracked¦The sole is separating at the toe]], which is covered by our warranty. Please send the item to our returns centre with this number: {rma}.\n\nYours sincerely,\n{p2.full}\nAfter-Sales Team",
    ],
    "reply_chain": [
        "Thanks {p1.given}, that works.\n\n> On {date}, {p1.full} <{p1.email}> wrote:\n> Could you send the jacket to my office instead? {a1.line}.\n> Thanks, {p1.given}",
        "Re: [[Your order¦Exchange¦Missing item]] {order}\n\nHi {p1.given}, sorted – new size is on its way.\n\n-----Original Message-----\nFrom: {p1.full} <{p1.email}>\nSent: {date} {time}\nSubject: [[Your order¦Exchange¦Missing item]] {order}\n\nHello, the {short} in {size} is too tight. Can I swap for the next size up?\n{p1.full}\n{ph1}",
        "> > Is the Kaltkar ok in wet snow?\n> Not really, it's for dry cold. Wear a shell over it.\n> {p2.given}\n\nThanks {p2.given}! Ordered a Schauerpass too then.\n{p1.fi}",
        "{p1.hallo},\nforwarding this from {p2.full} – can you take it?\n\n---------- Forwarded message ---------\nFrom: {p2.full} <{p2.email}>\nDate: {date}\nTo: returns\n\nI sent back two pairs of socks ({order}) but only got refunded for one. My number is {ph1} if easier.",
        "On {date} at {time} {p1.email} wrote:\n>> Please cancel the order, I found one locally.\n>> {p1.caps}\n\nDone, {p1.hon}. No charge was taken.\n\n{p2.given}",
    ],
    "signed_review": [
        "[[Five stars.¦★★★★★¦Brilliant.]] The {short} [[kept me dry on a full day in the Lakes¦survived a week on the West Highland Way¦is the best purchase I made this year]]. [[Fit is true to size.¦Sleeves are a touch long.¦Pockets sit above the hip belt.]]\n– {p1.fi}, {town}",
        "\"[[Light, warm, packs down to nothing.¦Comfortable straight out of the box.¦Great colour, even better fit.]]\" — {p1.full}[[, mountain leader¦, {town}¦]]",
        "Review by {p1.init} ({date})\nRating: [[4¦5¦3]]/5\n[[Bought the {short} for the Camino.¦Used it on Snowdon in sideways rain.¦Wore it every day in Iceland.]] [[Would buy again.¦Zip is a bit stiff.¦Customer service sorted a swap quickly.]]",
        "Testimonial for the autumn catalogue (approved by customer):\n\"[[I have tried every brand¦After years of cheap shells¦My old jacket gave up on Ben Nevis]], and the {short} is the first that [[actually breathes¦fits over a fleece¦still looks new]].\"\n{p1.full}, [[hill walker¦trail runner¦Duke of Edinburgh leader]], {town}",
        "[[Honestly¦To be fair¦OK so]] my partner {p2.first} stole my {short} within a week lol. Ordering another one. {p1.given} from {town}",
    ],
    "email_signature": [
        "[[Thanks¦Best¦Kind regards¦Cheers]],\n{p1.full}\n[[Buyer¦Store Manager¦Events Coordinator]] | {company}\nM: {mob1}\n{p1.wemail}",
        "--\n{p1.caps}\n[[Outdoor Instructor¦Mountain Leader (ML)¦Ski Patrol]]\n{a1.block}\nTel {ph1}",
        "Best regards\n\n{p1.full}\n{a1.line}\n{ph1} · {p1.email}\n[[Sent from my iPhone¦Please consider the environment before printing¦]]",
        "{p1.init}\n[[Head of Retail¦Wholesale¦Partnerships]]\nDirect: {tel1}  Mobile: {mob1}\nEmail: {p1.wemail}",
        "Many thanks,\n{p1.first}\n\n{p1.full} | [[Freelance copywriter¦Photographer¦Trail running coach]]\n{mob1}",
    ],
    "copy_brief": [
        "BRIEF – {prod} launch\nOwner: {p1.full}\nCopy: {p2.full} (freelance)\nDeadline: {date}\nTone: dry humour, no hype. [[Mention the weight ({weight}).¦Lead with the fit.¦Keep headline under 40 characters.]] Questions to {p1.given}.",
        "Hi {p2.given}, for the newsletter [[next Tuesday¦on the 14th¦this Friday]] we're featuring {p1.full}, who [[walked the Pennine Way¦ran the Lakeland 50¦guided our Skye trip]] in the {short}. [[Quote approved.¦Photos from {p3.full}.¦Please keep it under 120 words.]]",
        "Brief for product page copy\n- Product: {prod} ({sku})\n- Customer quote from {p1.fi}\n- Approve with: {p2.hon}\n- Photos: {p3.full}, credit line required",
        "Campaign \"[[First Frost¦Ridge Days¦Wet Weekends]]\": copy by {p1.given}, review by {p2.full}. Please don't name {p3.full} in the ad – [[consent only covers social¦we were asked not to¦consent was withdrawn]].",
    ],
    "team_chat": [
        "[{time}] {p1.low}: anyone seen the return from {p2.full}? {order}\n[{time2}] {p3.low}: on my desk, will process after lunch",
        "{p1.handle} can you call {p2.hon} back? {ph1}, [[about the missing socks¦re: the refund¦wants to change address]]\n{p3.low}: 👍 on it",
        "{p1.low}: {p2.low} rang again about the {short}\n{p3.low}: the one from {town}?\n{p1.low}: yep. [[I'll send a replacement.¦told her we'd sort it today.¦needs a label.]]",
        "#cs-team\n{p1.given}: pls don't post customer numbers here\n{p2.given}: sorry – moved {p3.full}'s details to the ticket\n{p1.given}: ty",
        "[[morning all¦hiya¦quick one]] – {p1.full} from the {town} store is covering Saturday, {p2.low} is off sick. {p1.handle} ping me if stock is short",
    ],
    "customer_chat": [
        "Customer: hi, my name is {p1.full}, order {order} hasn't arrived\nAgent ({p2.given}): Hi {p1.given}, let me check… it's with the courier, due {date}.\nCustomer: ok thanks",
        "[Live chat {time}]\nVisitor: [[do you ship to Ireland?¦can I change the size?¦is the Hochsattel waterproof?]]\n{p2.given} (Talgrat): [[Yes¦Sure¦Not fully]]! Can I take your name?\nVisitor: {p1.full}, email {p1.email}",
        "{p1.given}: hello? I've been waiting 10 min\nBot: An agent will be with you shortly.\n{p2.given}: Sorry for the wait {p1.given}! What's the postcode for the delivery?\n{p1.given}: {a1.line}",
        "WhatsApp · {date}\n{p1.given}: Can I collect from the shop instead?\nTalgrat: Of course. Who'll collect?\n{p1.given}: my partner {p2.full}\nTalgrat: Noted 👍",
    ],
    "call_note": [
        "Call {time} – {p1.full} ({ph1}). [[Complaint about delivery time.¦Query on the warranty.¦Wants to return after 40 days.]] [[Offered 10% voucher, accepted.¦Escalated to team lead.¦Explained policy; not happy.]]",
        "Inbound call, {date}. Caller gave name as {p1.hon}, callback on {mob1}. [[Asked whether the Trittweg socks shrink.¦Wants to know when Slate comes back in XL.¦Parcel stuck in customs.]]",
        "Voicemail transcribed: \"Hi, it's {p1.given} [[again¦]] – {p1.full} – about the jacket. You can reach me on {ph1}, [[any time after six¦weekdays¦]]. Thanks.\"",
        "Rang {p1.init} back as promised. No answer on {ph1}; left message. [[Try again tomorrow.¦Will email instead.¦Second attempt.]]",
        "Phone log\n{time} {p1.full} – order {order} – resolved\n{time2} {p2.full} – {ph2} – callback requested",
    ],
    "order_return_note": [
        "Order {order} – deliver to {p1.full}, {a1.line}. [[Gift – no invoice in parcel.¦Leave with neighbour at no. {num}.¦Ring {ph1} on arrival.]]",
        "Return {rma}: {p1.lf}. Item {sku} [[unused, tags on¦worn once, muddy¦faulty zip]]. [[Refund to original payment.¦Exchange for size {size}.¦Store credit requested.]]",
        "Packing note: [[please double-bag the socks¦add a care card¦no marketing inserts]] – [[customer¦buyer]] {p1.hon} [[complained last time¦asked specifically¦is a regular]].\nShip to:\n{p1.full}\n{a1.block}",
        "RETURNS DESK {date}\nFrom: {p1.caps}\nReason: [[too big¦changed mind¦colour differs from photo]]\nCondition: [[A¦B¦C]]\nRefund {amount} to IBAN {iban}",
        "Gift order for {p2.full} – message: \"[[Happy birthday¦For the next summit¦Congratulations]], love {p1.given}\". Billing: {p1.full}, {a2.line}. Delivery: {a1.line}.",
    ],
    "staff_story": [
        "{p1.full} has worked the returns desk for six years and can fold a Kaltkar into its own pocket faster than anyone. [[This autumn¦Last winter¦In March]] {p1.first} and {p2.full} walked the Cairngorms in two days.",
        "When {p1.full} joined the team, the warehouse still ran on paper. [[These days¦Now¦Today]] {p1.last} trains the new starters, and {p2.full} handles the carriers.",
        "[[Our¦The]] winter photos were taken by {p1.full} on a [[grey¦bright¦windy]] morning above the Langdale valley; {p2.full} carried the reflector and most of the coffee.",
        "{p1.full} and {p2.full} set off from the shop at dawn. By noon {p2.first} had lost a glove and {p1.first} had found two.",
        "Congratulations to {p1.full}, who finished [[the Bob Graham Round¦a first ultra¦the Three Peaks]] last weekend, and to {p2.full} for [[ten years¦five years¦twenty years]] with us.",
    ],
    "escalation_memo": [
        "ESCALATION – {ticket}\nCustomer: {p1.full}\nPhone: {ph1}\nIssue: [[third failed delivery¦refund not received after 30 days¦rude courier]]\nAgent: {p2.given}\nAsk: [[approve goodwill of {amount}¦call customer today¦contact carrier manager]]",
        "{p3.given} – please pick this up. {p1.hon} has written four times about {order}; [[the parcel went to {a1.line} instead of the shop¦the card was charged twice¦the jacket leaks]]. {p1.Er} mentioned a chargeback.",
        "Priority: high\nRaised by {p2.full} on {date}\n{p1.lf} ({p1.email}) – [[threatening a bad review¦contacted the press¦asked for a manager]]. Please reply before {time}.",
        "Team lead note: [[spoke with¦emailed¦called]] {p1.full} about {ticket}; agreed [[a full refund¦a replacement plus voucher¦free repair]]. {p2.given}, please close it once done.",
    ],
    "waitlist_reply": [
        "{p1.hallo},\ngood news – the {prod} in {color} is back. We've held one in {size} for you until {date}. [[Reply to confirm¦Just click below¦Call {ph1} if easier]].\n{p2.given}",
        "Waitlist {sku} / {size}\n1. {p1.full} – {p1.email}\n2. {p2.full} – {p2.email}\n3. {p3.init} – {ph1}",
        "Dear {p1.full}, you asked to be told when the {short} returns. Sadly {color} won't come back this season; [[Slate is in stock¦would another colour suit¦we can reserve the spring batch]].",
        "{p1.hallo} – you're number {num} on the list for the {short}. We'll e-mail {p1.email} as soon as it lands.",
    ],
    "field_test_report": [
        "Field test – {prod}\nTester: {p1.full}\nRoute: [[Cuillin Ridge¦Tour du Mont Blanc¦Pennine Way, Edale–Hawes]]\nDays: {num}\n[[Hood stays put in wind.¦Cuffs wet out after 6 h.¦Hip belt rubs at 15 kg.]]\nReturn sample to: {a1.line}",
        "{p1.given}'s notes, day {num}: [[rain from 10am¦dry, -4 °C¦hail on the ridge]]. {short} [[kept out the worst¦let water in at the chest¦felt clammy on the climb]]. {p2.full} wore the same size and [[agreed¦disagreed]].",
        "Test panel [[spring¦autumn]] — testers: {p1.full}, {p2.full}, {p3.fi}. Contact for sample returns: {p2.given} ({ph2}).",
        "Report by {p1.init} ({p1.email})\n- Fit: [[true to size¦runs short¦roomy]]\n- Durability: [[no wear¦pilling at cuffs¦scuffs on toe cap]]\n- Would you buy it? [[Yes¦No¦Maybe at {amount}]]",
    ],
    "resoling_order": [
        "Resole job {rma}\nShoe: Steinlauf, size {shoe}\nOwner: {p1.full}\nReturn to: {a1.line}\nPhone: {ph1}\nNotes: [[heel worn through¦toe bumper lifting¦mesh torn at flex point]]",
        "{p1.hallo}, your Steinlauf shoes arrived at the cobbler on {date}. Resoling takes about three weeks; we'll post them back to {a1.street}. – {p2.given}",
        "Resoling request from {p1.hon} ({p1.email}): [[two pairs¦one pair¦the left shoe only]], paid {amount} by card {card}.",
        "Workshop log {date}: {p1.lf} – resole done, [[outsole Vibram¦heel rebuilt¦laces replaced free]]. Collect in store or ship to {a1.line}.",
    ],
    "swatch_request": [
        "Swatch request: [[Fir Shade and Slate¦Hut Orange¦all Kaltkar colours]]\nName: {p1.full}\nAddress: {a1.block}\n[[For a club uniform order.¦Matching a rucksack.¦Colour-blind, wants to check.]]",
        "{p1.hallo}, the fabric swatches for the {short} went out today to {a1.line}. [[Let us know what you think!¦They should arrive by {date}.¦Tell {p2.given} which one you pick.]]",
        "Please post colour cards to {p1.hon} – {a1.line}. {p1.Er} needs them before the [[club meeting¦school committee¦team vote]] on {date}.",
        "Sample swatches sent:\n- {p1.full}, {town} ({date})\n- {p2.full}, {town2} ({date2})\n- {p3.fi}, {ph1}",
    ],
    "club_partnership": [
        "Partnership note – [[Fellside Walking Club¦Northern Ridge Runners¦Glen Orchy Mountaineering Club]]\nContact: {p1.full} (chair), {ph1}\nDiscount: {pct} on full price\nRenewal: {date}",
        "Met {p1.full} and {p2.full} from the club committee. They want jackets with the club logo – about {num} pieces. {p1.given} will send the sizes to {p3.wemail}.",
        "{p1.sgh},\n\nthank you for the meeting on {date}. As discussed, members of your club get {pct} off with the code {code}. [[Invoices go to your treasurer, {p2.full}.¦Please share this with {p2.full} as well.¦We'd love a few photos from your trip.]]\n\nBest,\n{p3.full}",
        "Club kit order: contact {p1.init}, delivery to {a1.line}, invoice to {p2.full} ({p2.email}).",
    ],
    # ------------------------------------------------------------------ layouts
    "json_record": [
        '{"customer_id": "{cust}", "name": "{p1.full}", "email": "{p1.email}", "phone": "{ph1}", "marketing_opt_in": [[true¦false]]}',
        '{\n  "order": "{order}",\n  "shipping": {\n    "name": "{p1.full}",\n    "street": "{a1.street}",\n    "postcode": "{a1.zip}",\n    "city": "{a1.town}"\n  },\n  "items": [{"sku": "{sku}", "qty": {qty}}]\n}',
        '[{"first_name": "{p1.first}", "last_name": "{p1.last}", "email": "{p1.email}"}, {"first_name": "{p2.first}", "last_name": "{p2.last}", "email": "{p2.email}"}]',
        '{"event": "checkout.completed", "ts": "{ts}", "client_ip": "{ippub}", "billing": {"name": "{p1.full}", "iban": "{iban}"}}',
    ],
    "yaml_webhook": [
        "event: customer.updated\ncustomer:\n  id: {cust}\n  name: {p1.full}\n  email: {p1.email}\n  phone: \"{ph1}\"\n  address: \"{a1.line}\"",
        "# returns webhook\nrma: {rma}\nrequested_by: {p1.lf}\ncontact:\n  mobile: \"{mob1}\"\n  email: {p1.email}\nrefund_method: [[card¦bank_transfer¦voucher]]",
        "- name: {p1.full}\n  role: [[ambassador¦tester¦affiliate]]\n  handle: \"{p1.handle}\"\n- name: {p2.full}\n  role: [[ambassador¦tester¦affiliate]]\n  phone: \"{ph2}\"",
        "payment:\n  method: card\n  card_number: \"{card}\"\n  holder: {p1.caps}\n  ip: {ipany}",
    ],
    "tsv_export": [
        _rows(2, 5, "{p#.first}\t{p#.last}\t{p#.email}\t{date#}", "first_name\tlast_name\temail\tsigned_up\n"),
        _rows(2, 4, "{order#}\t{p#.full}\t{a#.street}\t{a#.zip}\t{a#.town}", "order\tname\tstreet\tpostcode\ttown\n"),
        _rows(1, 4, "{p#.lf}\t{ph#}\t[[yes¦no]]", "Name\tPhone\tConsent\n"),
        _rows(2, 4, "{cust#}\t{p#.full}\t{iban#}", "customer\taccount_holder\tiban\n"),
    ],
    "markdown_table": [
        _rows(2, 5, "| {p#.full} | {ph#} | {order#} |", "| Customer | Phone | Order |\n| --- | --- | --- |\n"),
        _rows(2, 4, "| {p#.fi} | [[5¦4¦3]] | [[great fit¦runs small¦love it]] |", "| Reviewer | Stars | Comment |\n|---|---|---|\n"),
        _rows(2, 4, "| {p#.given} | {date#} | [[returns¦phones¦chat]] |", "### Rota\n\n| Name | Day | Desk |\n|:--|:--|:--|\n"),
        _rows(1, 3, "| {rma#} | {p#.lf} | {a#.line} |", "| RMA | Customer | Collect from |\n| --- | --- | --- |\n"),
    ],
    "html_form": [
        '<form action="/account" method="post">\n  <input name="name" value="{p1.full}">\n  <input name="email" type="email" value="{p1.email}">\n  <input name="tel" value="{ph1}">\n</form>',
        '<label>Full name</label> <span>{p1.full}</span><br>\n<label>Street</label> <span>{a1.street}</span><br>\n<label>Town</label> <span>{a1.town}</span>',
        '<tr><td>Cardholder</td><td>{p1.caps}</td></tr>\n<tr><td>Card</td><td>{card}</td></tr>\n<tr><td>Billing address</td><td>{a1.line}</td></tr>',
        '<!-- contact form submission {ts} from {ippub} -->\n<p><b>From:</b> {p1.full} &lt;{p1.email}&gt;</p>\n<p>[[Where is my order {order}?¦Do you have the {short} in {size}?¦Please delete my account.]]</p>',
    ],
    "sql_insert": [
        "INSERT INTO customers (id, first_name, last_name, email, phone) VALUES ({num}, '{p1.first}', '{p1.last}', '{p1.email}', '{ph1}');",
        "UPDATE addresses SET line1 = '{a1.street}', postcode = '{a1.zip}', city = '{a1.town}' WHERE customer_id = {num}; -- requested by {p1.full}",
        "SELECT * FROM orders WHERE email = '{p1.email}';\n-- {qty} rows, last: {order} ({p1.full})",
        _rows(2, 4, "  ({num#}, '{p#.full}', '{ph#}')", "INSERT INTO callbacks (id, name, phone) VALUES\n", ",\n"),
    ],
    "access_log": [
        '{ippub} - - [{ts}] "POST /checkout HTTP/1.1" 200 512 "-" "Mozilla/5.0"\n{ipsix} - - [{ts2}] "GET /account HTTP/2" 302 0',
        "{ts} INFO login ok user={p1.email} ip={ipany}\n{ts2} WARN password reset requested user={p1.email} ip={ippub}",
        "[{ts}] {host} sshd[{port}]: Accepted publickey for deploy from {ippriv} port {port2}\n[{ts2}] {host} app: health check from {iploop}",
        "{ts} fraud-check order={order} ip={ippub} geo=[[DE¦GB¦US]] billing_name=\"{p1.full}\" score=0.{num}",
    ],
    "mail_headers": [
        "From: {p1.full} <{p1.email}>\nTo: support\nDate: {date} {time}\nSubject: [[Order¦Return¦Complaint]] {order}\nReceived: from [{ippub}] by mx1",
        "Return-Path: <{p1.email}>\nX-Originating-IP: [{ippub}]\nFrom: \"{p1.lf}\" <{p1.email}>\nReply-To: {p2.email}",
        "Received: from mail.example.net ([{ipsix}])\nFrom: {p1.caps} <{p1.email}>\nCc: {p2.full} <{p2.email}>\nSubject: Fwd: swatches",
        "From: {p1.email}\nTo: {p2.full} <{p2.wemail}>\nX-Sender-IP: {ippub}\nSubject: [[resole¦club order¦tester kit]]",
    ],
    "vcard": [
        "BEGIN:VCARD\nVERSION:3.0\nN:{p1.last};{p1.first};;;\nFN:{p1.full}\nTEL;TYPE=cell:{mob1}\nEMAIL:{p1.email}\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:4.0\nFN:{p1.full}\nORG:{company}\nTEL;TYPE=work:{tel1}\nADR;TYPE=work:;;{a1.street};{a1.town};;{a1.zip};\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:3.0\nFN:{p1.full}\nNOTE:met at the {town} trail fair\nEMAIL;TYPE=home:{p1.email}\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:3.0\nN:{p1.last};{p1.first}\nTEL:{ph1}\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nN:{p2.last};{p2.first}\nTEL:{ph2}\nEND:VCARD",
    ],
    "ical_invite": [
        "BEGIN:VEVENT\nSUMMARY:Fitting – {p1.full}\nDTSTART:{iso}T10:00:00\nLOCATION:Talgrat showroom\nORGANIZER;CN={p2.full}:mailto:{p2.email}\nEND:VEVENT",
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Club kit call\nATTENDEE;CN={p1.full}:mailto:{p1.email}\nATTENDEE;CN={p2.full}:mailto:{p2.email}\nDESCRIPTION:Dial in or ring {ph1}\nEND:VEVENT\nEND:VCALENDAR",
        "BEGIN:VEVENT\nSUMMARY:Collect resoled shoes ({p1.given})\nDTSTART:{iso}T16:30:00\nDESCRIPTION:Call {p1.full} on {mob1} if late\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:Photo shoot with {p1.full}\nLOCATION:{a1.line}\nDTSTART:{iso}T08:00:00\nEND:VEVENT",
    ],
    "ocr_scan": [
        "RETURNS F0RM\nName: {p1.caps}\nAddre55: {a1.line}\nPh0ne: {ph1}\nReas0n: t00 big",
        "-- scanned page 1/1 --\nORDER SLIP   {order}\nDeliver to:  {p1.full}\n             {a1.block}\nSign: ~~~~",
        "Warranty card (handwritten, OCR)\nN a m e : {p1.full}\nE-mail: {p1.email}\nDate of purchase: {date} ~~ shop: {town}",
        "|| DIRECT DEBIT ||\nAccount holder {p1.caps}\nIBAN {iban}\nsigned {date} ,,,",
    ],
    "lead_csv": [
        _rows(2, 5, "{p#.lf},{p#.email},{town#}", "name,email,town\n"),
        _rows(2, 4, "\"{p#.lfc}\",{ph#},{date#}", "Contact,Phone,Met\n"),
        _rows(2, 4, "{p#.first};{p#.last};{p#.email};[[hot¦warm¦cold]]", "first;last;email;status\n"),
        _rows(2, 4, "{p#.caps},{company#},{mob#}", "NAME,COMPANY,MOBILE\n"),
    ],
    "feed_row": [
        "id\ttitle\tprice\tgtin\tcontact\n{sku}\t{prod}\t{price}\t{gtin}\t{p1.email}",
        "<item><g:id>{sku}</g:id><g:title>{prod}</g:title><g:gtin>{gtin}</g:gtin><g:contact_name>{p1.full}</g:contact_name><g:contact_phone>{tel1}</g:contact_phone></item>",
        "{sku};{prod};{price};stock {num};owner={p1.full};{p1.wemail}",
        '{"id": "{sku}", "title": "{prod}", "gtin": "{gtin}", "merchant_contact": {"name": "{p1.full}", "phone": "{ph1}"}}',
    ],
}

CLEAN = {
    "product_copy": [
        "The {prod} weighs {weight} and packs into its own pocket. [[Made for cold, dry days.¦Built for long days on rough trails.¦A layer you'll forget you're wearing.]] Available in {color}, sizes XS–XXL, {price}.",
        "{short}: [[the hunter's green we had last year is gone¦now with a taller collar¦updated for {year2}]]. [[Grace under pressure, as one reviewer put it.¦It will keep you warm in May and in November.¦No more soggy cuffs.]]",
        "Why we made the {short}: [[a baker in our team¦our warehouse crew¦our pattern cutter]] wanted a jacket that copes with the bike commute and the hill. SKU {sku}, GTIN {gtin}.",
        "New colour: {color}. Same fit, same {price}. [[Hope you like it.¦Ready when you are.¦Grab it before the first frost.]]",
    ],
    "shop_faq": [
        "Where do I send returns? Use the prepaid label; parcels go to our logistics partner, c/o {company}. Please don't post returns to our PO Box {num}20 or the showroom.",
        "Can I visit? Our showroom is in the Hinterhaus, 2nd floor, open Thu–Sat {time}–{time2}. Postcode {zip} for the sat nav; parking in {town} centre.",
        "Do you ship to Ireland? Yes – delivery takes 3–5 days, tracking numbers look like {track}. [[Orders over €100 ship free.¦Customs are included.¦May take longer in December.]]",
        "How long does a refund take? Usually 5 working days after the return is checked in. Your order number (e.g. {order}) is on the packing slip.",
    ],
    "shipping_status": [
        "Your parcel {track} left our warehouse on {date} and is expected on {date2} between {time} and {time2}.",
        "Order {ordph} – status: [[dispatched¦out for delivery¦delivered to parcel shop]]. Customer number {cust}.",
        "Delivery update: {qty} items, {weight}, tracking {track}. [[Signature not required.¦Left at the front door.¦Held at depot {zip}.]]",
        "Shipment {order} split in two: [[socks¦shoes¦jacket]] tomorrow, the {short} on {date}. Reference {ordph}.",
    ],
    "hut_story": [
        "We heard a wolf howl on the [[second¦first¦last]] night and nobody slept much after that. The hut's cook made [[porridge¦pancakes¦coffee]] at [[five¦half five¦six]], and by [[seven¦eight]] we were above the clouds.",
        "The baker in the valley opens at six, which is exactly when the first walkers come down from the ridge. [[Grace, the hut dog, knows this.¦It may be the best bread in the Alps.¦Hunter-green shutters, you can't miss it.]]",
        "A long day: {num} km, {num2}00 m of climbing, one broken lace. The hunter's path above the lake is marked in red and white; may be icy after October.",
        "[[In May¦In late June¦After the first snow]] the high meadows are empty. Pack the {short}, a flask and something sweet for the summit.",
    ],
    "campaign_plan": [
        "Campaign [[First Frost¦Ridge Days]] starts {date} at {time}. Code {code} gives {pct} off the {short}; ends {date2}.",
        "Newsletter slot {iso}: hero {prod} ({price}), secondary {prod2}. [[No discount.¦Free shipping banner.¦Test two subject lines.]]",
        "Social calendar: Mon {short} reel, Wed care tips, Fri giveaway (no names in posts). Budget {amount}.",
        "Retail window change on {date}: {prod} in {color}, price tag {price}, GTIN {gtin} for the till.",
    ],
    "care_guide": [
        "Wash the {short} at 30 °C with a technical wash; tumble dry on low to restore the DWR. [[Do not use fabric softener.¦Close all zips first.¦May take two cycles.]]",
        "Down care: wash alone at {num} °C, rinse [[twice¦three times]], dry with [[three¦two]] tennis balls. A cook's tip from our workshop: [[a wooden spoon¦a gentle shake¦patience]] helps break up clumps.",
        "Merino shrinks if you are not careful: {num} °C maximum, lay flat to dry. Version {ver} of this guide replaces the one printed before {date}.",
        "Re-proofing: spray on when the fabric stops beading[[, about every {num} washes¦]]. Grace period for warranty claims after re-proofing: [[none needed¦{num} days¦unchanged]].",
    ],
    "release_notes": [
        "Shop app {ver} ({date})\n- faster checkout\n- fixed size chart on {short}\n- new: order tracking (numbers like {track})",
        "Changelog\n{ver}: GTIN validation for feed uploads ({gtin})\n{ver2}: price format {price}",
        "Release {ver} – {iso}\nKnown issue: postcode field rejects {zip} in some browsers.",
        "v{num}.{num2}.0\n* Wolf icon replaced\n* Baker Street store removed from store finder\n* May promo banner disabled",
    ],
    "price_table": [
        _rows(3, 6, "{sku#}\t{prod#}\t{price#}\t{gtin#}", "sku\ttitle\tprice\tgtin\n"),
        _rows(3, 5, "| {short#} | {color#} | {price#} |", "| Model | Colour | Price |\n|---|---|---|\n"),
        _rows(2, 5, "{gtin#};{sku#};{qty#}", "gtin;sku;qty\n"),
        _rows(3, 5, "{prod#},{weight#},{price#}", "product,weight,price\n"),
    ],
    "supplier_list": [
        _rows(2, 4, "{company#}\t{town#}\t{zip#}", "supplier\ttown\tpostcode\n"),
        _rows(2, 4, "| {company#} | {date#} | {amount#} |", "| Carrier | Contract since | Monthly fee |\n|---|---|---|\n"),
        _rows(2, 3, "- {company#}, {town#} ({ordph#})", "Approved vendors:\n"),
        _rows(2, 4, "{company#};{ver#};{iso#}", "partner;api_version;onboarded\n"),
    ],
    "inventory_json": [
        '{"sku": "{sku}", "gtin": "{gtin}", "stock": {num}, "warehouse": "{zip}", "updated": "{ts}"}',
        '[{"sku": "{sku}", "size": "{size}", "qty": {qty}}, {"sku": "{sku2}", "size": "{size2}", "qty": {qty2}}]',
        '{"order": "{order}", "tracking": "{track}", "status": "[[shipped¦packed¦held]]", "carrier": "{company}"}',
        '{"campaign": "{code}", "discount": "{pct}", "starts": "{iso}", "products": ["{sku}", "{sku2}"]}',
    ],
}
