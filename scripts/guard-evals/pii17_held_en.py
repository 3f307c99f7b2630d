"""English templates of the held-out half of the seventeenth PII bank (written for it)."""


def _de(c):
    c.country = "DE"
    return []


def rows(c, n, row, start=1, sep="\n"):
    out = []
    for i in range(start, start + n):
        if i > start and sep:
            out.append((sep, None))
        r = row.replace("{P.", "{p%d." % i).replace("{Q.", "{q%d." % i).replace("#}", "%d}" % i).replace("<#>", str(i))
        out += c.fill(r)
    return out


# ---------------------------------------------------------------- everyday genres with personal data

PII = {}

PII["crm_note"] = [
    """Contact: {p1.full}
Customer no.: {p1.custno}
Last order: {order} ({title}, size {size})
Note ({date}): ((Rang|Called|Spoke to)) {p1.first} about the ((delayed|split)) delivery. {p1.He} is fine with waiting until {weekday}. Prefers e-mail over phone: {p1.email}
Owner: {q2.first}""",
    """CRM > Accounts > {p1.lf}
Phone: {p1.phone} | Email: {p1.email}
Address: {p1.line}
Segment: ((trail runners|hut-to-hut hikers|winter campers)) - loyalty tier ((Gold|Silver|Basecamp))
{date}: {p1.mr} {p1.last} asked whether the {product} comes in a ((petite|tall)) fit. Told {p1.him} not yet; flagged for the product team.
{date2}: follow-up by {q2.full}, no answer yet.""",
    """note added by {q2.lfirst} - {date}
{p1.full} ({p1.custno}) bought 3x {title} for ((a school trip|the DofE group|a scout troop)) {p1.he} leads. Wants an invoice to the school, not to {p1.him} personally. Order {order}, invoice {invoice}.
Mobile if anything goes wrong: {p1.mobile}""",
    """[{date}] VIP flag set for {p1.caps}
Reason: 11 orders since {year}, avg basket {price}. ((Lives|Based)) at {p1.line}.
{p1.first} mentioned {p1.his} partner {q3.first} also hikes - candidate for the couples campaign. Do not call before {time}.""",
]

PII["support_email"] = [
    """Subject: Pay the difference

Hi there, for the exchange to the bigger size please just take the extra {price} from my card {p1.card} (expiry {expiry}, name on card {p1.caps}).
Thanks!
{p1.first}
{p1.mobile}""",

    """Subject: Re: Order {order} - wrong colour

Hi {p1.first},

thanks for the photos. You're right, that is {colour}, not the colour you ordered. I've booked a free exchange; the courier will pick the parcel up at {p1.line} on {weekday}.

Best wishes,
{q2.first}
Talgrat Customer Care | {shopphone}

> On {date}, {p1.full} <{p1.email}> wrote:
> I ordered the {title} in {colour2} but got a different colour. Can you swap it?
> {p1.first}""",
    """Subject: Your return {ticket}

Dear {p1.mr} {p1.last},

we received the {title} at our warehouse today. The refund of {price} goes back to the card you paid with ({masked}) within 3-5 working days.

If you have any questions, reply to this e-mail or write to {shopmail}.

Kind regards
{q2.full}
Returns team

-----Original Message-----
From: {p1.full} [mailto:{p1.email}]
Sent: {date}
Subject: return

Hello, I sent the jacket back last week. Tracking {tracking}. When do I get my money back?
Thanks, {p1.init}""",
    """Hello,

my ((son|daughter|partner)) ordered a {title} as a gift ({order}) but the delivery address is still my old one. Could you change it to:

{p1.full}
{p1.block}

My phone is {p1.phone} if the driver needs it.

Cheers,
{p1.first}

Sent from my iPhone""",
    """From: {p1.email}
To: {shopmail}
Subject: zip on the {jacket} broke after two walks

Hi team, the main zip of my {kind} split on the second day out near {town}. Order {order}. I'd like a repair or a replacement, whichever is faster. I'm away from {date} so please ship to my work address: {p1.line}.
--
{p1.full}
{p1.mobile}""",
]

PII["lead_list"] = [
    lambda c: c.fill("Leads - Outdoor Show {town} {year}\nname;company;email;phone;interest\n") + rows(c, c.rng.randint(3, 6), "{P.lf};{P.company};{P.wmail};{P.phone};((wholesale|team kit|affiliate|press))"),
    lambda c: c.fill("Badge scans, stand B14 (exported {date})\n\n") + rows(c, c.rng.randint(3, 5), "- {P.full}, {P.company} - {P.wmail} - ((wants catalogue|asked for samples|call back in {month}|met at the bar, keen))"),
    lambda c: c.fill("| # | Contact | Email | Mobile | Notes |\n|---|---|---|---|---|\n") + rows(c, c.rng.randint(3, 5), "| <#> | {P.full} | {P.email} | {P.mobile} | ((hut owner|guide|club secretary|shop buyer)) |"),
    lambda c: c.fill("Newsletter B2B opt-ins via trade form\n") + rows(c, c.rng.randint(3, 5), "{P.LF} <{P.wmail}> - {P.company}, {P.cityline}"),
]

PII["review"] = [
    """★★★★★ "Dry after six hours of Lakeland drizzle"
The {product} kept me dry from Seathwaite to the summit and back. Hood works with a helmet too. Would buy again.
- {p1.init}, {p1.town}""",
    """"Best socks I have owned. Three weeks on the Camino, no blisters." - {p1.full}, verified buyer""",
    """Rated {rating}/5 by {p1.first} from {p1.town}
Bought the {jacket} jacket for a winter trip to {town}. Warm, packs small, but the sleeves run long for me ({size}). Customer service ({q2.first}) sorted an exchange in two days.""",
    """Testimonial for the homepage (approved by the customer on {date}):
"I guide groups in the Highlands for a living and the {pack} is the first pack that hasn't given me sore shoulders by day three."
{p1.full}, mountain leader, {p1.town}""",
]

PII["signature"] = [
    """Thanks, speak soon.

{p1.full}
((Head of Partnerships|Brand Manager|Buyer, Outdoor)) | {p1.company}
M {p1.mobile} | T {p1.land}
{p1.wmail}
{p1.line}""",
    """--
{p1.caps}
{p1.company}
{p1.street}
{p1.cityline}
{p1.country}
Tel: {p1.phone}
{p1.wmail}""",
    """Kind regards / Mit freundlichen Grüßen

{p1.finit}
Senior Photographer
{p1.company} - www.{p1.domain}
{p1.phone}""",
    """Cheers,
{p1.first}
---
{p1.full} | freelance copywriter
{p1.email} | {p1.mobile}
Pronouns: ((she/her|he/him|they/them))""",
]

PII["feed_row"] = [
    """id	title	price	gtin	review_author	review_text
{sku}	{title}	{price}	{gtin}	{p1.full}	((Great fit, true to size.|Warm but a bit heavy.|Perfect for the Munros.))
{sku2}	{title2}	{price2}	{gtin2}	{p2.init}	((Love the colour.|Zip is stiff at first.|Would buy again.))""",
    """<item>
  <g:id>{sku}</g:id>
  <g:title>{title}</g:title>
  <g:price>{price}</g:price>
  <g:gtin>{gtin}</g:gtin>
  <g:image_link>https://cdn.talgrat.com/img/{sku}.jpg</g:image_link>
  <photo_credit>{p1.full}</photo_credit>
</item>""",
    """sku,title,price,gtin,supplier_contact,supplier_phone
{sku},{title},{price},{gtin},{p1.full},{p1.phone}""",
    """{"offer_id": "{sku}", "title": "{title}", "gtin": "{gtin}", "price": "{price}", "reviews": [{"author": "{p1.first}", "rating": {rating}}, {"author": "{p2.init}", "rating": {rating2}}]}""",
]

PII["brief"] = [
    """Brief: spring newsletter, {title}
Goal: push the new colours ({colour}, {colour2}).
Tone: warm, British spelling.
Quote to use (cleared with the customer): "It's the jacket I reach for first." - {p1.init}
Contact for the photos: {q2.full}, {q2.wmail}
Deadline: {date}""",
    """Copy brief - product page {sku}
Please mention that the fit was tested by our ambassador {p1.full} on the {town} ultra. {p1.first} will check the final copy before it goes live. Price stays at {price}.""",
    """Hi! Need three subject lines for the winter sale ({pct} off {product}). {q1.first} from CRM says the segment "lapsed 2024" performs best with questions. Send drafts to me or {q2.first} by {weekday}.""",
    """Campaign: "Walk with us" - customer stories
Story 3: {p1.full}, 64, walked the Wainwright coast to coast in Steinlauf shoes after a knee operation. Lives in {p1.town}. Interview done by {q2.full} on {date}. Keep {p1.his} surname out of the headline; first name only is fine ("{p1.first}'s walk").""",
]

PII["team_chat"] = [
    """{q1.lfirst}: fyi customer {p1.full} typed their full card number into the contact form: {p1.card}
{q1.lfirst}: deleted from the ticket after refunding, pls don't copy it anywhere
{q2.lfirst}: ok thx""",

    """#customer-care
{q1.lfirst}: anyone know why {p1.lower}'s order is stuck in "packing"?
{q2.lfirst}: {order}? warehouse says the {product} in {size} is on back order
{q1.lfirst}: ok i'll mail {p1.lfirst} and offer the {colour} one
{q2.lfirst}: 👍""",
    """[{time}] {q1.full}: heads up, {p1.full} called again about the refund
[{time2}] {q2.full}: I'll take it, do we have a number?
[{time3}] {q1.full}: {p1.phone}, {p1.he} prefers afternoons""",
    """@{q1.lfirst} can you check the address for order {order}? customer says it should be {p1.line}, we have {p1.cityline} only
{q1.lfirst}: fixed. cc {q2.lfirst}""",
    """marketing-team chat
{q1.lfirst}: we got a lovely photo from {p1.full} on the {product} launch post, ok to reshare?
{q2.lfirst}: yes but ask {p1.him} first via DM ({p1.handle})
{q1.lfirst}: done ✅""",
]

PII["call_note"] = [
    """Call {date}: {p1.full} rang about item no. {artno} (GTIN {gtin}) - wants it in {size}. Back in stock {date2}. Call back on {p1.phone}.""",

    """Call log {date} {time}
Caller: {p1.mr} {p1.last}, {p1.phone}
Topic: sleeve length on the {jacket}; asked if we hem. Told {p1.him} no, suggested size {size}.
Action: send size chart to {p1.email}. Handled by {q2.first}.""",
    """Inbound call - {p1.full}
CB number: {p1.mobile}
Wants to know if the {title} is PFC-free (yes). Also asked about the shop in {town}. Happy. No follow-up.""",
    """callback req.: {p1.first} ({p1.lf}), tel {p1.phone}, re: damaged parcel {tracking} - pls call before {time}""",
    """Phone note by {q2.first}:
Spoke to a Ms {p1.last} ({p1.phone}) - she is the buyer at {cosur} and wants 20 units of {sku} for staff. Passed to B2B ({shopmail}).""",
]

PII["order_note"] = [
    """Order {order} - internal note
Customer: {p1.full}
Ship to: {p1.block}
Note from customer: "Please leave with neighbour at no. ((12|14|3)) if I'm out." Gift wrap: yes.""",
    """ORDER {order} | placed {date} | {price}
Bill to: {p1.LF}, {p1.line}
Ship to: {p2.full}, {p2.line}
Contact: {p1.email} / {p1.phone}""",
    """Comment on order {order}: customer {p1.full} asks us to split the delivery - {title} now, {title2} when back in stock. Agreed by {q2.first}.""",
    """Packing slip note: Hi {p1.first}, thanks for your {n}th order with us! - the Talgrat team ({q2.first} packed it)""",
]

PII["return_note"] = [
    """RMA {ticket}
Customer: {p1.full} ({p1.custno})
Item: {title}, {size}, {colour}
Reason: ((too small|colour differs from photo|faulty zip|changed mind))
Refund to: {p1.iban}
Checked by: {q2.init}""",
    """Return received {date}. Sender on label: {p1.caps}, {p1.line}. No return form inside, matched via order {order}. Note for {q2.first}: refund to original payment.""",
    """Returns portal - free text
"I'm returning the {pack} because the hip belt is too big for me. Please refund to my account {p1.iban} ({bic}). Thanks, {p1.full}\"""",
]

PII["live_chat"] = [
    """Visitor: can I just give you my card so you can charge the exchange? {p1.card} exp {expiry}
Agent {q2.first}: Please don't post card numbers in the chat, {p1.first} - I've hidden it and sent you a secure payment link to {p1.email} instead.""",

    """Chat transcript {ticket} - {date}
Visitor ({p1.email}): hi, is the {shell} waterproof enough for Scotland in November?
Agent {q2.first}: Hi {p1.first}! Yes - 28,000 mm and taped seams. Do you want me to check your size?
Visitor: yes please, I'm usually an M, chest 102 cm
Agent {q2.first}: Then M is right. Anything else?
Visitor: no thanks""",
    """[Live chat] {time}
Customer: my name is {p1.full}, order {order}, I moved last week
Agent: No problem. What's the new address?
Customer: {p1.line}
Agent: Updated. Anything else, {p1.mr} {p1.last}?
Customer: all good ta""",
    """Bot: What's your email address?
User: {p1.email}
Bot: Thanks! And your order number?
User: {order}
Bot: Connecting you to {q2.first}...
{q2.first}: Hi {p1.first}, I can see the parcel is with the courier ({tracking}).""",
]

PII["meeting_notes"] = [
    """Weekly marketing sync - {date}
Present: {q1.full}, {q2.full}, {q3.first}
1. Autumn lookbook: {q1.first} to brief the photographer ({p1.full}, {p1.wmail}) by {weekday}.
2. Reviews widget: {q2.first} checks why reviews of {product} are missing.
3. AOB: {q3.first} is off from {date2}.""",
    """Minutes, ambassador call
- {p1.full} (UK) and {p2.full} (IE) confirmed for the {product} spring tour.
- {p2.first} needs the contract to {p2.email}.
- Travel: {p1.first} flies from {p1.town}.
Next call {date}, {time}.""",
    """Action items
[ ] {q1.init}: ask {p1.full} for the signed model release
[ ] {q2.init}: order samples ({sku}, {sku2})
[x] {q1.init}: call {cosur} about label rolls""",
]

PII["influencer_outreach"] = [
    """@DE@Creator agreement - payment details
Creator: {p1.full} ({p1.handle})
Fee: {amount}, paid after the post goes live
German tax ID: {p1.taxid}
IBAN: {p1.iban}
Invoice address: {p1.line}""",

    """Hi {p1.first},

I'm {q2.first} from Talgrat. We loved your reel from {town}! Would you like to test the {title} this season? No strings - if you like it, a post would be great.

If yes, just send me your shipping address and size.

Cheers,
{q2.full}
{shopmail}""",
    """Outreach tracker
Creator: {p1.full} ({p1.handle}), ~{qty}k followers
Email: {p1.email}
Status: ((sample sent|waiting for reply|declined|posted))
Ship to: {p1.line}""",
    """Re: collab

Hey, sounds great! I'm a size {size}. Please send it to:
{p1.full}
{p1.block}
{p1.country}
My agent {p2.full} ({p2.wmail}) handles the paperwork.
x {p1.first}""",
]

PII["gift_order"] = [
    """Gift order {order}
From: {p1.full} ({p1.email})
To: {p2.full}
{p2.block}
Message on card: "Happy birthday {p2.first}! Go and get lost in the hills. Love, {p1.first}"
Hide prices: yes""",
    """Voucher dedication: "For {p1.first} and {p2.first} - for your next adventure together. From {p3.full}" | value {price} | code sent to {p3.email}""",
    """Please deliver the gift box to my {p1.parent}, {p1.full}, {p1.line}, before {date3} if possible. {p1.He} turns {n}0 that day! My number: {p2.mobile}. Thanks - {p2.first}""",
]

PII["complaint_letter"] = [
    """{p1.full}
{p1.block}

Talgrat Outdoor GmbH
{shopaddr}

{date}

Dear Sir or Madam,

I am writing to complain about the {title} (order {order}). The seam on the left shoulder leaked on the first wet walk. I expect a replacement or a full refund of {price}.

Yours faithfully,
{p1.full}""",
    """Dear Talgrat,

this is the third time I have written. My name is {p1.full}, customer number {p1.custno}. I have been waiting since {date} for the refund of {price}. Your colleague {q2.first} promised it would be done within a week. Please call me on {p1.phone}.

{p1.finit}""",
    """To the managing director

I bought a pair of Steinlauf shoes in your {town} store from a {q2.first} who assured me they were waterproof. They are not. I enclose the receipt.

Regards, {p1.mr} {p1.full}
{p1.line}""",
]

PII["payment_note"] = [
    """Phone order taken by {q2.first} at {time}: {p1.full}, card {p1.card}, exp {expiry}, billing {p1.line}. Order {order} (item no. {artno}). Card data deleted from notes after capture? → yes""",

    """Payment clarification {invoice}
Customer {p1.full} paid {amount} twice by bank transfer (from {p1.iban}). Please refund one payment to the same account. BIC {bic}. Approved: {q2.init}""",
    """Card payment failed for order {order}.
Cardholder: {p1.caps}
Card: {p1.card} (exp {expiry})
Reason: 3-D Secure timeout. Customer notified at {p1.email}.""",
    """Hi finance, {p1.full} wants the refund for {ticket} to a different account: {iban}, account holder {p1.full}. {p1.He} confirmed by phone ({p1.phone}). Can you action? Thanks, {q2.first}""",
    """Chargeback notice
Amount: {amount}
Card: {p1.card}
Customer: {p1.full}, {p1.line}
Reason code: 13.1 (merchandise not received). Tracking shows delivered {date} - contest.""",
]

PII["delivery_note"] = [
    """Driver note: parcel {tracking} left with neighbour {p2.full}, {p2.street}. Recipient {p1.full} informed by card.""",
    """Delivery exception {date}
Consignee: {p1.full}
Address: {p1.block}
Issue: house number not found. Called {p1.phone}, no answer. Returned to depot.""",
    """Safe place instructions from {p1.first}: "Behind the green bin, or with {p2.first} at number ((5|7|9))." Contact {p1.mobile}.""",
]

# ---------------------------------------------------------------- less expected layouts with personal data

PII["vcard"] = [
    """BEGIN:VCARD
VERSION:3.0
N:{p1.last};{p1.first};;;
FN:{p1.full}
ORG:{p1.company}
TEL;TYPE=CELL:{p1.mobile}
EMAIL;TYPE=WORK:{p1.wmail}
ADR;TYPE=WORK:;;{p1.street};{p1.town};;{p1.zip};{p1.country}
END:VCARD""",
    """BEGIN:VCARD
VERSION:4.0
FN:{p1.full}
TEL;VALUE=uri;TYPE=voice:tel:{p1.phone}
EMAIL:{p1.email}
NOTE:met at {town} trail festival, wants wholesale prices
END:VCARD""",
    """Contact card (exported from phone)
Name: {p1.full}
Mobile: {p1.mobile}
Home: {p1.land}
E-mail: {p1.email}
Birthday: {p1.dob}""",
]

PII["crm_json"] = [
    """@DE@{"ambassador": {"name": "{p1.full}", "email": "{p1.email}", "tax_id_de": "{p1.taxid}", "payout_iban": "{p1.iban}", "since": "{year}"}}""",

    """{
  "id": "{p1.custno}",
  "first_name": "{p1.first}",
  "last_name": "{p1.last}",
  "email": "{p1.email}",
  "phone": "{p1.phone}",
  "address": {"street": "{p1.street}", "postcode": "{p1.zip}", "city": "{p1.town}"},
  "signup_ip": "{p1.ip}",
  "orders": ["{order}", "{order2}"]
}""",
    """[{"name": "{p1.full}", "email": "{p1.email}", "tier": "gold"}, {"name": "{p2.full}", "email": "{p2.email}", "tier": "basecamp"}]""",
    """customer:
  name: {p1.full}
  email: {p1.email}
  mobile: "{p1.mobile}"
  billing:
    line1: {p1.street}
    city: {p1.town}
    postcode: {p1.zip}
  last_login_ip: {p1.ip}
  notes: "prefers {colour}, size {size}\"""",
]

PII["server_log"] = [
    """{ts} INFO  checkout.completed order={order} email={p1.email} ip={p1.ip} total={amount}
{ts2} WARN  payment.retry order={order} ip={p1.ip}
{ts3} INFO  mail.sent to={p1.email} template=order_confirmation""",
    """{ip} - - [{clf}] "POST /account/login HTTP/1.1" 302 0 "-" "Mozilla/5.0"
{ipp} - - [{clf2}] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/{version}"
{ip6} - - [{clf3}] "GET /products/{sku} HTTP/2" 200 5120 "-" "Mozilla/5.0\"""",
    """[newsletter] double opt-in confirmed: {p1.email} from {p1.ip} at {ts} (form v{n}, list "EN-UK")
[newsletter] unsubscribe: {p2.email} from {anyip}""",
    """ERROR 500 on /api/cart (request {uuid})
  user: {p1.email}
  remote_addr: {anyip}
  upstream: {ipp}:{port}
  x-forwarded-for: {p1.ip}, {ipp2}""",
]

PII["mail_headers"] = [
    """Received: from mail-out.{p1.domain} ([{ip}]) by mx.talgrat.com with ESMTPS; {date} {clock}
From: "{p1.full}" <{p1.wmail}>
To: {shopmail}
Subject: Wholesale enquiry
X-Originating-IP: [{ip}]""",
    """---------- Forwarded message ---------
From: {p1.full} <{p1.email}>
Date: {date}
Subject: Fwd: missing parcel
To: {q2.full} <{shopmail}>

Hi, could you look at this? Parcel {tracking}. Thanks, {p1.first}""",
    """Return-Path: <{p1.email}>
Received: from [{ipp}] (host-{n}.broadband.example [{ip}])
X-Mailer-Queue: {hex}
From: {p1.caps} <{p1.email}>""",
]

PII["sepa_mandate"] = [
    """SEPA Direct Debit Mandate
Creditor: Talgrat Outdoor GmbH, {shopaddr}
Creditor ID: DE98ZZZ09999999999
Mandate reference: {invoice}
Debtor: {p1.full}
Address: {p1.line}
IBAN: {p1.iban}
BIC: {bic}
Date: {date}   Signature: {p1.finit}""",
    """Direct debit set up for team orders - account holder {p1.full} ({p1.company}), IBAN {p1.iban}, first collection {date}. Pre-notification sent to {p1.wmail}.""",
    """Returned direct debit {date}
Debtor: {p1.LF}
IBAN: {p1.iban}
Return reason: AC04 (account closed)
Amount: {amount} + fee
Please contact the customer: {p1.phone}""",
]

PII["freelancer_invoice"] = [
    """INVOICE {invoice}

{p1.full}
Freelance photographer
{p1.block}
Tax ID (Steuer-ID): {p1.taxid}
Tax no.: {stnr}

To: Talgrat Outdoor GmbH, {shopaddr}

Product shoot {product}, {date}          {amount}
VAT not charged (small business, § 19 UStG)

Please pay to {p1.iban} ({bic}) within 14 days.""",
    """Onboarding - new freelance copywriter
Name: {p1.full}
Address: {p1.line}
Date of birth: {p1.dob}
German tax ID: {p1.taxid}
Bank: {p1.iban}
Email: {p1.email}""",
    """Invoice from {p1.full} ({p1.email}) for translation DE>EN of the {product} page - {amount}. Steuer-ID {p1.taxid}, VAT ID {vat}. Bank details: {p1.iban}.""",
]

PII["label_ocr"] = [
    """[OCR scan of returned parcel]
FROM: {p1.caps}
{p1.block}
TO: TALGRAT RETOUREN
{shopaddr}
REF {order} WT 1.2KG""",
    """DPD 0{n}{n2} {tracking}
Recipient:
{p1.full}
{p1.block}
{p1.country}
Tel {p1.phone}
Parcel 1/1  {date}""",
    """SHIP TO
{p1.LF}
{p1.street}
{p1.cityline}
PHONE {p1.phone}
ORDER # {order}   GTIN {gtin}""",
]

PII["tsv_export"] = [
    lambda c: _de(c) + c.fill("affiliate payouts {month}\nname\tiban\ttax_id\tamount\n") + rows(c, c.rng.randint(3, 5), "{P.full}\t{P.iban}\t{P.taxid}\t{amount#}"),

    lambda c: c.fill("first_name\tlast_name\temail\tcity\tcreated\n") + rows(c, c.rng.randint(3, 5), "{P.first}\t{P.last}\t{P.email}\t{P.town}\t{date}"),
    lambda c: c.fill("salutation;title;first name;surname;street;postcode;town\n") + rows(c, c.rng.randint(3, 5), "{P.mr};;{P.first};{P.last};{P.street};{P.zip};{P.town}"),
    lambda c: c.fill("Order\tName\tPhone\tItems\n") + rows(c, c.rng.randint(3, 5), "{order}\t{P.full}\t{P.phone}\t{qty}"),
]

PII["calendar_invite"] = [
    """BEGIN:VEVENT
SUMMARY:Product shoot {product} - {town}
DTSTART:{year}0{n}14T080000Z
ORGANIZER;CN={q1.full}:mailto:{shopmail}
ATTENDEE;CN={p1.full}:mailto:{p1.wmail}
ATTENDEE;CN={p2.full}:mailto:{p2.email}
LOCATION:{p1.line}
END:VEVENT""",
    """Invitation: Influencer brief @ {weekday} {time}
Organiser: {q1.full}
Guests: {p1.full}, {p2.full}, {q1.first}
Dial-in: {shopphone}
Note: {p2.first} joins from the car, keep it short.""",
    """Meeting request from {p1.full} ({p1.wmail}): "Can we do {weekday} at {time} at your Kendal shop? My mobile is {p1.mobile} if plans change.\"""",
]

PII["gdpr_request"] = [
    """Subject: Data access request (Art. 15 GDPR)

I request a copy of all personal data you hold about me.
Name: {p1.full}
Email used for orders: {p1.email}
Address: {p1.line}
Customer number (if known): {p1.custno}

{p1.full}""",
    """Erasure request {ticket} - {date}
Requester: {p1.full} <{p1.email}>
Verified via: order {order} + postcode {p1.zip}
Systems: shop, newsletter, CRM, reviews
Newsletter log showed opt-in from {p1.ip}; deleted.
Done by {q2.init}""",
    """Please delete my account. I no longer want emails to {p1.email} or to my old address {p1.email2}. - {p1.first}""",
]

PII["voicemail"] = [
    """Voicemail transcript {date}
"Hello, {p1.full} here. I'd like to pay for order {order} by phone. The card number is {p1.card}, expiry {expiry}. Call me back on {p1.phone} if you need the security code.\"""",

    """Voicemail transcript (auto) {date} {time}
"Hi, this is {p1.full}, calling about order {order}. The jacket arrived but it's the wrong size. Could someone call me back on {p1.phone}? Thanks, bye.\"""",
    """VM from {p1.phone}: "hello yes it's {p1.mr} {p1.last} again, still no refund, please ring me\"""",
    """Voicemail 3 of 5 - caller ID {p1.mobile}
"Hiya, {p1.first} here from {p1.company}, about the sample order. I'll email {q2.first} instead.\"""",
]

PII["order_xml"] = [
    """<order id="{order}">
  <customer>
    <name>{p1.full}</name>
    <email>{p1.email}</email>
    <phone>{p1.phone}</phone>
  </customer>
  <shipping>
    <street>{p1.street}</street>
    <zip>{p1.zip}</zip>
    <city>{p1.town}</city>
  </shipping>
  <line sku="{sku}" gtin="{gtin}" qty="1"/>
  <client_ip>{p1.ip}</client_ip>
</order>""",
    """<Payment>
  <Holder>{p1.caps}</Holder>
  <Pan>{p1.card}</Pan>
  <Expiry>{expiry}</Expiry>
  <Amount currency="EUR">{amount}</Amount>
</Payment>""",
    """order:
  number: "{order}"
  placed_from_ip: "{p1.ip}"
  customer: {name: "{p1.full}", email: "{p1.email}"}
  ship_to: "{p1.line}\"""",
]

PII["fraud_review"] = [
    """@DE@Account check - ambassador payout held
Name: {p1.full}
Tax ID given: {p1.taxid}
Payout IBAN: {p1.iban}
Login IPs: {p1.ip}, {anyip}
Result: ok, released by {q2.first}""",

    """Fraud check - order {order} ({amount})
Billing: {p1.full}, {p1.line}
Shipping: {p2.full}, {p2.line}
Card: {p1.card}
IP: {p1.ip} (geo mismatch)
Email: {p1.email}
Decision: hold, call {p1.phone}""",
    """Risk score 87 for checkout {uuid}
- 4 cards tried in 10 min from {anyip}
- last card {card}
- name on order "{p1.full}", email {p1.email}
- cancelled by {q2.first}""",
    """Manual review note: customer {p1.full} confirmed the order by phone ({p1.phone}). Billing and shipping differ because {p1.he} ships to the office ({p1.street}). Released.""",
]

PII["model_release"] = [
    """@DE@Paid model booking {date}
Model: {p1.full}, {p1.line}
Fee {amount} to {p1.iban}
Tax ID (Germany): {p1.taxid}
Agency contact: {p2.full}, {p2.phone}""",

    """MODEL RELEASE
I, {p1.full}, born {p1.dob}, of {p1.line}, grant Talgrat Outdoor GmbH the right to use photographs taken on {date} at {town} in print and online.
Signed: {p1.finit}
Photographer: {p2.full}""",
    """Photo credits for the {product} campaign:
Model: {p1.full}
Photo: {p2.full} / {p2.company}
Contact for usage questions: {p2.wmail}, {p2.phone}""",
    """Release form - minor
Child: {p1.first}
Parent/guardian: {p2.full}, {p2.mobile}
Address: {p2.block}""",
]

# ---------------------------------------------------------------- genres without personal data (hard look-alikes)

CLEAN = {}

CLEAN["product_copy"] = [
    """{title}
Item no. {sku} | GTIN {gtin}
Our lightest shell for fast days in changeable weather. 2.5-layer fabric, PFC-free, packs into its own pocket. {price} incl. VAT.
Named after the {product} ridge above {town}.""",
    """Meet the {product}: built for long days, tested in {town}, {town2} and on the West Highland Way. Sizes XS-XXL. From {price}.""",
    """Why "{product}"? Our product names come from places in the Allgäu. The {title} ({sku}) weighs {n}95 g and costs {price}.""",
]

CLEAN["order_status"] = [
    """Your order {order} has shipped!
Tracking: {tracking}
Estimated delivery: {date}
Items: 1x {title} ({size}), 1x {title2}
Total: {price}""",
    """Order {order} - status update: your refund of {price} was issued on {date}. It was paid to the card {masked}. Reference {invoice}.""",
    """Click & collect: order {order} is ready at our {town} store from {time}. Bring this code: {n}{n2}{n3}{n4}-{hour}.""",
]

CLEAN["feed_export"] = [
    lambda c: c.fill("id\ttitle\tprice\tgtin\tavailability\n") + rows(c, c.rng.randint(3, 6), "{sku#}\t{title#}\t{price#}\t{gtin#}\t((in stock|out of stock|preorder))"),
    """sku,colour,size,ean,stock,warehouse
{sku}-{size},{colour},{size},{gtin},{qty},Immenstadt
{sku2}-{size2},{colour2},{size2},{gtin2},{qty2},Immenstadt
{sku3},{colour},{size3},{gtin3},{qty3},Kendal""",
    """<item><g:id>{sku}</g:id><g:title>{title}</g:title><g:gtin>{gtin}</g:gtin><g:price>{price}</g:price><g:brand>Talgrat</g:brand></item>""",
]

CLEAN["b2b_invoice"] = [
    """INVOICE {invoice}
Customer: {cosur}
VAT ID: {vat}
Your ref: PO {order}
20x {title} @ {price}
Net: {amount}
Payment: 30 days net. Bank BIC {bic}. Tax no. {stnr}.""",
    """Credit note {invoice} for {cosur} (account {custno}). Reason: damaged in transit (tracking {tracking}). Amount {amount}. Our VAT ID: {vat}.""",
    """Purchase order {order} to {company}
{qty}x label rolls 58 mm, art. no. {artno}
{qty2}x carton 40x30x20, art. no. {artno2}
Delivery by {date}. Supplier VAT {vat}.""",
]

CLEAN["giftcard_info"] = [
    """Your gift card
Number: {gift}
PIN: {n}{n2}{n3}{n4}
Value: {price}
Valid until {date}. Redeem at talgrat.com or in store.""",
    """FAQ: Why does my gift card number ({gift}) not work at checkout? Gift card numbers are not credit cards - enter them in the "voucher" field, not the payment field. Paid with card {masked}? Then the refund goes there.""",
    """Voucher batch {invoice}: {qty} cards, {gift} to {gift2}, value {price} each, printed by {cosur}.""",
]

CLEAN["campaign_plan"] = [
    """Q{n} plan
- Wk {qty}: {product} launch, {pct} off for members, code {code}
- Wk {qty2}: newsletter "Rose hip season" - autumn colours, guest recipe from a Cook book author (no name yet)
- Budget: {amount}; landing page /{sku}""",
    """Headline ideas for the autumn mailing: "Beat the Frost" / "A baker's dozen of trail snacks" / "Walker's choice: the {product}" - check with legal. Send date {date}, {time}.""",
    """Retail window theme {month}: mountain hut, {product} on the mannequin, props from {cosur}. Install {date}, {town} store.""",
]

CLEAN["release_notes"] = [
    """Shop release {version}
- Checkout: fixed rounding of prices like {price}
- Feed: GTINs with leading zero ({gtin}) now exported correctly
- Size advisor model {version2}""",
    """Changelog {date}: updated label printer firmware to {version}; tracking numbers ({tracking}) now print as barcode; build {n}{n2}{n3}.""",
    """Known issue {ticket}: order numbers like {order} are shown twice in the confirmation mail. Fix in {version}.""",
]

CLEAN["size_care"] = [
    """Size chart {title}
S: chest 92-98 cm | M: 99-105 cm | L: 106-112 cm
Wash at 30 °C, re-proof every {n} washes. Care code {artno}.""",
    """Care: machine wash {product} at 40 °C, tumble dry low to reactivate the DWR. Don't use softener. Questions? See our FAQ section {n}.{n2}.""",
    """Fit note: the {title} runs small; if you are between {size} and {size2}, take the larger one. Inside leg {n}{n2} cm (size M).""",
]

CLEAN["stock_report"] = [
    """Stock {date}
{sku}: {qty} (reorder at 20)
{sku2}: {qty2}
{sku3}: {qty3}
Inbound container {tracking}, ETA {date2}.""",
    """Daily sales {date}: {qty} orders, {amount} revenue, top seller {product} ({sku}). Returns rate {pct}.""",
    """Warehouse count differences: {sku} -{n}, {sku2} +{n2} (GTIN {gtin}). Counted by night shift.""",
]

CLEAN["anon_reviews"] = [
    """★★★★☆ Verified buyer, {town}
"Warm and light. The hood could be bigger." Size bought: {size}.""",
    """"Great boots, took them up Ben Nevis on day two." - verified customer, {date}""",
    """Review summary for {product}: {rating}.{n}/5 from {qty} reviews. Most mentioned: fit, warmth, weight ({n}{n2}0 g).""",
]
