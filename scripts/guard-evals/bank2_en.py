"""English templates of the second PII bank, per genre. Position in each list decides the split:
even positions (0, 2, 4 …) belong to dev2, odd ones to heldout2.

Slots are described in bank2_core.py; `((a|b))` picks one alternative.
"""

EN = {}

# ---------------------------------------------------------------- e-mail threads with quoted headers
EN["email_thread"] = [
    """Hi {p2.first},

thanks, that works for us. Please ship the replacement to our warehouse instead:
{a1.block}

Our driver {p3.full} will sign for it, {p3.he} can be reached on {p3.phone}.

Best,
{p1.full}

{x.qhdr.p2.240.return}
> Hi {p1.first},
> sorry about the damaged {d.prod} – we can send a new one this week. Just confirm the address.
> Cheers, {p2.first}""",
    """Hello {p1.first},

confirmed – {d.qty} units of the {d.prod} for your store, delivery in {d.kw}. I've copied {p3.full} from our logistics team ({p3.shopemail}), who will book the slot with you.

Kind regards
{p2.full}
Key Account Manager | Talgrat Outdoor
M {p2.phone}

{x.qhdr.p1.1440.wholesale}

Hi {p2.first},

could you confirm wholesale order {d.order}? Delivery address as before, {a1.line}.

Thanks,
{p1.full}
{co}""",
    """{x.qhdr.p1.60.invoice}
> Can you send me the invoice again? The address on it is wrong, it should be
> {a1.line}

Sure – a corrected copy is attached ({d.invoice}).

> Also, is the card ending {d.last4} still on file?

Yes, nothing has been charged yet.

((Best|Cheers|Kind regards)),
{p2.first}
Talgrat Customer Care""",
    """Great, thanks both – I'll update the CRM ((today|this afternoon|first thing tomorrow)).

{p1.first}

{x.qhdr.p2.35.delivery}
> Adding {p3.full} ({p3.wemail}), who looks after returns in ((Ireland|the UK|Scotland)).
>
>> {p1.full} wrote:
>> The customer, {p4.hon}, says the parcel never arrived. Tracking {d.tracking}, delivery address {a1.line}.""",
    """Hi there,

still no refund on my side. My details again, for the third time:
Name: {p1.full}
Order: {d.order}
Phone: {p1.phone}

Please sort this out.

{x.qhdr.p2.2880.refund}
> {p1.dear},
> your refund for order {d.order} was issued on {d.date}. It can take 5–10 working days to show on your statement.
> Kind regards, {p2.full}, Talgrat Customer Care""",
    """Hi {p2.first},

quick one: the supplier's contact is {p3.full}, {p3.wemail}, {p3.phone}. They write in German but {p3.he} is fine with English on the phone. Can you chase the {d.prod} delivery? It's late since {d.kw}.

Thanks
{p1.first}

{x.qhdr.p3.4000.de.supplier}
> Sehr geehrte Damen und Herren,
> die Lieferung verzögert sich leider um zwei Wochen.
> Mit freundlichen Grüßen
> {p3.full}""",
    """sounds good!! see you then

sent from my phone

{x.qhdr.p1.20.shoot}
> Hey {p2.first}, can we move the shoot to {d.weekday}? The studio is at {a1.inline}, ring the bell for {co}.
> {p1.first}""",
    """Hi {p1.first},

I've checked with the warehouse: the parcel was delivered to {a1.street} and signed for by "{p4.last}". Is that a neighbour of yours?

Best wishes,
{p2.full}

{x.qhdr.p1.400.delivery}
> Hello,
> my order {d.order} shows as delivered but I never got it. I live at {a1.line}.
> Thanks, {p1.full}""",
]

# ---------------------------------------------------------------- forwarded messages
EN["email_forward"] = [
    """FYI – see below. Can someone from wholesale call {p2.hon_en} back? {p1.first}

{x.fwd.p2.p1.300.wholesale}

Hello,

I run a small outdoor shop in {a2.town} and would like to stock your {d.prod}. My name is {p2.full}, you can reach me on {p2.phone} most mornings.

Best regards
{p2.full}""",
    """Forwarding as discussed – the address for the replacement is in the mail.

{x.fwd.p2.p1.1000.return}

Dear Sir or Madam,

the zip of my {d.kind} broke after two weeks. Please send the replacement to:

{p2.full}
{a1.block}
{a1.country}

Thank you,
{p2.first}""",
    """{p3.first}, could you take this one? I'm off from {d.weekday}.

{x.fwd.p2.p1.90.press}

Hi,

I'm a journalist at ((Trail Magazine|Outdoor Enthusiast|the Irish Times travel desk)) and would love a sample of the {d.prod} for a group test. Best number for me is {p2.phone}.

{p2.full}""",
    """see below, pls pay by friday
{p1.first}

{x.fwd.p2.p1.2000.invoice}

Dear Talgrat team,

attached is invoice {d.invoice} for the photo shoot. Bank details:
Account holder: {p2.full}
IBAN: {iban}
((BIC|SWIFT)): {d.bic}

Many thanks,
{p2.full}""",
    """Forwarding the auto-reply, it has the backup contact.

{x.fwd.p2.p1.15.ooo}

Thank you for your message. I'm out of the office until {d.date} with limited access to email. For anything urgent please contact {p3.full} on {p3.phone} or at {p3.wemail}.

{p2.full}""",
    """Passing this on – looks like a data request, please handle within 30 days.

{x.fwd.p2.p1.700.data}

To whom it may concern,

under the GDPR I request a copy of all personal data you hold about me. My customer details: {p2.full}, {a1.line}, email {p2.email}.

Regards,
{p2.full}""",
]

# ---------------------------------------------------------------- meeting minutes
EN["minutes"] = [
    """Minutes – campaign sync, {t.0.date}
Attendees: {x.attendees}
Apologies: {p6.full}

1. Spring catalogue: copy for the {d.prod} page is final. {p1.firstinit} sends it to the printer by {d.weekday}.
2. Influencer shortlist: {p2.first} has called two creators; {p7.full} ({p7.phone}) wants a fee, the other one a free jacket.
3. AOB – none.

Actions
- {p1.firstinit}: printer files, {d.date}
- {p3.first}: book {d.room} for the review""",
    """Call notes – wholesale partner {co}, {t.0.date}
Present: {x.attendees}

- They want {d.qty} units of the {d.prod} in {d.colour}, delivery to their new store at {a1.line}.
- Their buyer {p6.hon_en} prefers calls to email: {p6.phone}.
- Next call in {d.kw}.

Owner for follow-up: {p2.full}""",
    """| Owner | Action | Due |
|---|---|---|
| {p1.full} | send revised price list to {co} | {d.date} |
| {p2.firstinit} | check returns data for {d.prod} | {d.weekday} |
| {p3.full} | call {p4.hon_en} re: the shop-in-shop ({p4.phone}) | {d.kw} |""",
    """WEEKLY STANDUP – marketing
Who: {p1.first}, {p2.first}, {p3.first}, {p4.first} (remote)

{p1.first}: newsletter {d.month} is out, open rate {d.pct}
{p2.first}: still waiting for the photos from {p5.full}
{p3.first}: nothing new
{p4.first}: away {d.weekday}, {p2.first} covers

Blockers: the agency needs the address for the shoot – it's {a1.inline}""",
    """Board minutes (extract)
Present: {p1.initlast} (Chair), {p2.initlast}, {p3.initlast}; in attendance: {p4.honfull} (Company Secretary)

4. The Chair reported that {p5.honfull} has resigned as director with effect from {d.date}.
5. Resolved that {p2.initlast} be authorised to sign the lease for the premises at {a1.line}.""",
    """Retro – Black Friday campaign
Went well: landing page, the {d.prod} bundle, {p1.first}'s subject lines
Didn't go well: the discount code leaked on a forum
Action items
  AI-1 {p2.full} – write up the code leak
  AI-2 {p3.firstinit} – talk to {p4.full} at the agency ({p4.wemail})
  AI-3 everyone – ideas for {d.month} by {d.weekday}""",
]

# ---------------------------------------------------------------- helpdesk tickets with several turns
EN["ticket"] = [
    """Ticket {d.ticket} · Priority: normal · Channel: email
Requester: {p1.full} <{p1.email}>
Assignee: {p2.full}

--- {t.0.isospace} · {p1.full} (customer)
Hi, my {d.kind} arrived with a torn seam. Order {d.order}. Can I get a replacement?

--- {t.45.isospace} · {p2.first} (agent)
Hi {p1.first}, sorry to hear that! Please send us a photo and we'll ship a new one to {a1.line}.

--- {t.300.isospace} · {p1.full} (customer)
Photo attached. Thanks {p2.first}!""",
    """#{d.qty}{d.qty} Damaged parcel
Status: Pending · Group: Returns UK

Internal note ({p2.full}, {t.10.dmy}):
Customer called from {p1.phone}, says the courier left the parcel in the rain. Address on the order: {a1.block}
Offered a 20% voucher, {p1.he} wants a full refund. Escalating to {p3.first}.""",
    """Conversation with {p1.full}
Email: {p1.email} · Phone: {p1.phone} · Orders: 3 · Lifetime value: {d.price}

{t.0.12} – Customer replied
I've moved! New address {a1.inline}. Please change it before you ship {d.order}.

{t.20.12} – {p2.first} (Support) replied
Done, {p1.first} – the order will go to the new address.

{t.21.12} – Status changed to Resolved by {p2.full}""",
    """Service desk · {d.ticket}
Summary: Customer cannot log in
Reporter: {p1.full} ({p1.email})
Environment: iOS app {d.version}
Last login attempts: {t.0.iso} from {ip}, {t.3.iso} from {ip}
Comment by {p2.full}: account was locked after 5 attempts, unlocked, customer informed by phone ({p1.phone}).""",
    """{t.0.isospace}  Ticket created by {p1.full} via web form
{t.2.isospace}  Auto-reply sent to {p1.email}
{t.95.isospace}  Assigned to {p2.full}
{t.130.isospace}  {p2.full}: called customer on {p1.phone}, no answer, left voicemail
{t.400.isospace}  {p1.full}: "please call after 6pm"
{t.1500.isospace}  Status: solved""",
    """Chat transcript → ticket {d.ticket}
[{t.0}] Visitor: hi, is anyone there
[{t.1}] {p2.first} (Talgrat): Hi! How can I help?
[{t.2}] Visitor: ordered the {d.prod} in {d.size} but need {d.size}. i'm {p1.full}, order {d.order}
[{t.4}] {p2.first} (Talgrat): Thanks {p1.first}, I've started an exchange – the label goes to {p1.email}.
[{t.5}] Visitor: perfect ty""",
]

# ---------------------------------------------------------------- Slack / Teams / WhatsApp exports
EN["team_chat"] = [
    """{p1.full}  {t.0.12}
hey, who has the contact at {co}? need it for the lookbook shoot

{p2.full}  {t.3.12}
{p3.full} – {p3.wemail}, mobile {p3.phone}

{p1.full}  {t.4.12}
thx!! 🙏""",
    """[{t.0.dmy}] {p1.lastfirst}: Is the sample for {p3.hon_en} out yet?
[{t.6.dmy}] {p2.lastfirst}: yes, sent to {a1.line} this morning, tracking {d.tracking}
[{t.7.dmy}] {p1.lastfirst}: 👍""",
    """[{t.0}] {p1.lfirst}: did {p4.lfirst} ever send {p4.his} address for the prize?
[{t.1}] {p2.lfirst}: yeah it's {a1.inline}
[{t.1}] {p2.lfirst}: and {p4.his} number {p4.phone} in case dpd needs it
[{t.3}] {p1.lfirst}: ok shipping tomorrow""",
    """#customer-escalations
{p1.full} {t.0.12}
@{p2.full} can you call this customer back today? {p4.hon_en}, {p4.phone}, order {d.order} – third complaint 😬
   ↳ {p2.full} {t.14.12}: on it
   ↳ {p2.full} {t.52.12}: done, refund approved""",
    """{t.0.ddmm}, {t.0} - {p1.full}: Morning all, the van is at the back entrance
{t.0.ddmm}, {t.2} - {p2.full}: Can you drop the two boxes at {a1.street} on the way? For {p3.first}
{t.0.ddmm}, {t.3} - {p1.full}: 👍
{t.0.ddmm}, {t.30} - {p1.full}: <Media omitted>""",
    """Meeting transcript – Teams
{p1.full}   0:04
Hi everyone, thanks for joining. {p2.first}, can you share the screen?
{p2.full} (Guest)   0:19
Sure. So the shoot location is {a1.inline}, we have it from 8am.
{p1.full}   1:02
Perfect. And the contact on site?
{p2.full} (Guest)   1:10
{p3.full}, I'll drop the number in the chat: {p3.phone}""",
]

# ---------------------------------------------------------------- CVs and applications
EN["application"] = [
    """{p2.dear},

I am applying for the role of Store Manager at your ((Manchester|Dublin|Edinburgh|Bristol)) store. I have six years of retail experience, most recently as assistant manager at {co}.

Kind regards,
{p1.full}
{a1.block}
{p1.phone} · {p1.email}""",
    """{p1.upper}
{a1.line} | {p1.phone} | {p1.email}

PROFILE
Outdoor instructor turned copywriter. Mountain Leader (summer), fluent German.

EXPERIENCE
{d.month} 2021 – today   Copywriter, {co}""",
    """References
1. {p2.honfull}, Head of Retail, {co} – {p2.phone}, {p2.wemail}
2. {p3.full}, former line manager – {p3.phone}

Both referees know I'm applying.""",
    """Application form – seasonal staff, ((Garmisch|Oberstdorf|Berchtesgaden)) store
Full name: {p1.full}
Date of birth: {d.dob}
Address: {a1.line}
Mobile: {p1.phone}
Right to work in the EU: yes
German tax ID (Steuer-ID), if you have one: {taxid}
Bank account for wages: {iban.de}
Available from: {d.date}""",
    """Recruiter note: spoke with {p1.full} (applicant, Visual Merchandiser) on {d.weekday}. Strong portfolio, wants ((£32k|£35,000|€41,000|$58,000)) a year. Notice period 1 month. Lives in {a1.town}, happy to commute. Second interview with {p2.first} and {p3.full}.""",
    """Cover letter draft v2 – {p1.first} please check!!

Dear hiring team,
my name is {p1.full} and I have walked the West Highland Way four times ...

[contact block]
{a1.block}
{p1.email}""",
]

# ---------------------------------------------------------------- invoices
EN["invoice"] = [
    """INVOICE {d.invoice}
Date: {d.date}

Bill to:
{p1.full}
{a1.block}
{a1.country}

Ship to:
{p1.full}
c/o {p2.full}
{a2.block}

Qty  Item                         Price
{d.qty}    {d.prod}, {d.size}          {d.price}
1    Shipping                     {d.price}

Paid by card {d.last4}. Talgrat Outdoor Ltd · VAT {d.vat}""",
    """{co}
{a9.block.us}

SOLD TO: {p1.upper}
{a1.block.us}
Phone {p1.phone}

Invoice # {d.invoice}     PO # {d.order}     Terms: Net 30
Item {d.sku}  {d.prod}  x{d.qty}  {d.price}""",
    """Invoice – photography, {d.month} 2026
From: {p1.full}, {a1.line}
To: Talgrat Outdoor Ltd, Accounts Payable

Studio day incl. retouching ....... {d.price}
Travel ............................ {d.price}

Please pay within 14 days to
Account name: {p1.full}
IBAN: {iban}
German tax ID (Steuer-ID): {taxid}""",
    """CREDIT NOTE {d.invoice}
Customer: {p1.lastfirst}
Customer no.: {d.customer}
Ref. invoice {d.invoice} of {d.date}
Returned: {d.prod} ({d.sku}) – refund {d.price} to card {card}""",
    """Facture / Invoice {d.invoice}
Client:
{p1.full}
{a1.block.fr}
FRANCE

Date: {d.date} · Order {d.order}
Tel. {phone.fr}""",
    """PRO FORMA INVOICE
Consignee: {p1.full}
{a1.block.ie}
Ireland
Tel: {phone.ie}
Goods: {d.qty} × {d.prod}, HS code 6201.40, value {d.price}""",
]

# ---------------------------------------------------------------- delivery notes, packing slips, labels
EN["delivery_note"] = [
    """DELIVER TO:
{p1.upper}
{a1.block}
Tel: {p1.phone}

Order {d.order} · Parcel 1/1 · Weight {d.weight}
Item {d.sku} · EAN {d.gtin} · qty 1
Tracking {d.tracking}""",
    """RETURN LABEL
From:
{p1.full}
{a1.block}

To:
Talgrat Returns
PO Box 4021
((Leeds LS1 9YZ|Dublin 11|Portland, OR 97208))

RMA {d.order} – please do not write on the barcode""",
    """Delivery instructions: if no one is home, leave the parcel with {p2.full} at number ((14|3|27|9a)) or in the shed. Call {p1.phone} if there's a problem.
Recipient: {p1.full}, {a1.line}""",
    """Your order {d.order} has been dispatched!
It is on its way to
{p1.full}
{a1.block}

Item: {d.prod} ({d.colour}), EAN {d.gtin}
Expected: {d.weekday}. Track it with {d.tracking}.""",
    """DELIVERY EXCEPTION {d.tracking}
Consignee {p1.full}, {a1.street}: address incomplete – flat number missing. Driver tried {p1.phone} at {t.0.12}, no answer. Parcel held at depot until {d.date}.""",
    """Click & Collect slip
Collector: {p1.full} (ID checked)
Order {d.order}, {d.qty} items, shelf B-{d.qty}
Collected {t.0.dmy} · Staff: {p2.first}""",
]

# ---------------------------------------------------------------- social comments and reviews
EN["social"] = [
    """{p1.full} · 2d
Love the colour! Does the {d.prod} run small? I'm usually a {d.size}.
  ↳ Talgrat Outdoor · 1d
  Hi {p1.first}, it's true to size – if in doubt, size up for layering 🙂""",
    """★★★★☆ Great fit, a bit warm
By {p1.firstinit} on {d.date} · Verified purchase
Wore it up ((Ben Nevis|Snowdon|Scafell Pike|Croagh Patrick)) in the rain and stayed dry. The hood is a bit big.""",
    """{p2.full} this is the one I told you about!! 😍
   {p2.full} 😂 ok ok I'll get it
{p3.full} does it come in petrol?""",
    """Response from the owner
Hi {p1.first}, thank you for the kind words about our staff – {p2.first} will be delighted! See you at the {a1.town} store soon.""",
    """{p1.full}
{a1.country} · ((2|3|7|12)) reviews
Rated 2 out of 5
"Delivery took forever"
Ordered on {d.date}, arrived 3 weeks later. Customer service ({p2.first}) was nice though.""",
    """{p1.lower} wrote:
anyone know if talgrat ships to ((northern ireland|the isle of man|jersey))?? asking for my friend {p4.lower}
    reply from {p3.lower}: yes they do, got mine in 3 days""",
]

# ---------------------------------------------------------------- web-form submissions
EN["web_form"] = [
    """New submission from "Contact us"
------------------------------
Name: {p1.full}
Email: {p1.email}
Phone: {p1.phone}
Order number (optional): {d.order}
Message: The {d.prod} I ordered is the wrong colour.
------------------------------
Sent from IP {ip} on {t.0.isospace}""",
    """Warranty claim #{d.qty}{d.qty}{d.qty}
First name: {p1.first}
Last name: {p1.last}
Address line 1: {a1.street}
Town/City: {a1.town}
Postcode: {a1.zip}
Product: {d.prod}, bought {d.date}
Fault: zip broken""",
    """Event registration – {d.month} trail running clinic
Attendee 1: {p1.full}, {p1.email}
Attendee 2: {p2.full}, {p2.email}
Emergency contact: {p3.full}, {p3.phone}
T-shirt sizes: ((S|M|L|XL)), ((S|M|L|XL|XXL))""",
    """Trade account application
Company: {co}
Contact person: {p1.honfull}
Position: Buyer
Business address: {a1.line}
Phone: {p1.phone}
VAT number: {d.vat}
Bank (for direct debit): IBAN {iban}""",
    """What's your name?
{p1.full}

Where should we send your free sample?
{a1.block}

Anything else?
my partner {p2.first} wants one too lol""",
    """form_id: 7781 | page: /returns | submitted: {t.0.iso}
name={p1.full}
email={p1.email}
order={d.order}
reason=too small
refund_to=card {card}""",
]

# ---------------------------------------------------------------- JSON / YAML / structured text
EN["structured"] = [
    """{
  "customer": {
    "first_name": "{p1.first}",
    "last_name": "{p1.last}",
    "email": "{p1.email}",
    "phone": "{p1.phone}",
    "address": {
      "line1": "{a1.street}",
      "city": "{a1.town}",
      "postcode": "{a1.zip}"
    }
  },
  "order_id": "{d.order}",
  "total": "{d.price}"
}""",
    """contact:
  name: {p1.full}
  role: buyer
  phone: "{p1.phone}"
  mail: {p1.wemail}
shipping:
  street: {a1.street}
  city: {a1.town}
  zip: "{a1.zip}"
notes: prefers calls before 10""",
    """{"level":"warn","ts":"{t.0.iso}","msg":"login failed","user":"{p1.email}","ip":"{ip}","ua":"Mozilla/5.0","attempt":((3|4|5))}
{"level":"info","ts":"{t.2.iso}","msg":"password reset sent","user":"{p1.email}"}""",
    """attendees = [
  {"name": "{p1.full}", "email": "{p1.email}", "diet": "vegan"},
  {"name": "{p2.full}", "email": "{p2.email}", "diet": null},
  {"name": "{p3.full}", "email": "{p3.wemail}", "diet": "none"}
]""",
    """payment_webhook: {"event":"charge.failed","order":"{d.order}","amount":"{d.price}","card_number":"{card}","holder":"{p1.full}","reason":"insufficient_funds"}""",
    """---
title: "Why I switched to merino"
author: {p1.full}
location: {a1.town}
contact: {p1.email}
date: {d.date}
---
I started running in the {d.prod} last winter ...""",
]

# ---------------------------------------------------------------- call transcripts, voicemail, call logs
EN["call_note"] = [
    """Voicemail · {t.0.dmy} · from {p1.phone}
"Hi, this is {p1.full} calling about order {d.order}… the jacket came in the wrong size. Could someone call me back on {p1.phone}? Thanks, bye."
(transcribed automatically, may contain errors)""",
    """Agent ({p2.first}): Talgrat, {p2.first} speaking, how can I help?
Caller: Hi, yes, I ordered the {d.prod} last week and it hasn't arrived.
Agent ({p2.first}): I'm sorry. Can I have your name and postcode?
Caller: {p1.full}, {a1.zip}.
Agent ({p2.first}): Thanks. I see it went to {a1.street} – is that still right?
Caller: No! I moved. It's {a2.inline} now.""",
    """Inbound call, 4 min – {p1.hon_en} re: refund for {d.order}. Confirmed address {a1.line}. Wants a callback {d.weekday} after 3pm on {p1.phone}. Last time {p1.last} was told the refund had gone out – it hadn't.""",
    """Called {p1.full} at {co} – the receptionist ({p3.first}) put me through after 10 min. They are interested in {d.qty} fleeces for staff. Send quote to {p1.wemail}. Follow-up call {d.date}.
Update {d.weekday}: talked to {p1.last} again, still no PO.""",
    """[00:00:04] Agent: Thank you for calling Talgrat, you're speaking to {p2.first}.
[00:00:09] Customer: Hi, it's {p1.full}. I'm calling because my card was charged twice.
[00:00:31] Agent: Could you read me the last four digits?
[00:00:35] Customer: {d.last4}
[00:01:12] Agent: I can see both charges. I'll refund one today.""",
    """Missed call {t.0.12} from {phone}
Left message: "It's {p1.first} from {co}, about the pallet for Friday, call me back." """,
]

# ---------------------------------------------------------------- HR and office notes
EN["hr_note"] = [
    """New starter – please set up
Name: {p1.full}
Start date: {d.date}, ((Leeds|Dublin|Glasgow|online)) team
Home address: {a1.line}
Personal email: {p1.email}
Salary account: IBAN {iban}
Manager: {p2.full}""",
    """{p1.first} called in sick today (flu), back probably {d.weekday}. {p2.first} covers the till. Doctor's note to follow. – {p3.first}""",
    """Emergency contacts (store team)
{p1.full} – partner: {p4.full}, {p4.phone}
{p2.full} – {p5.mother}: {p5.hon_en}, {p5.phone}
{p3.full} – none given""",
    """Keys and alarm code handed over to {p1.full} on {d.date}. Returned keys from {p2.full} (leaver). Locksmith booked for {d.weekday}, contact {p3.first} on {p3.phone}.""",
    """Payroll query from {p1.full} (German employee, remote): tax class changed, new Steuer-ID {taxid}. Please update before the {d.month} run.""",
    """Leaving card for {p1.full} 🎉 is in {p2.first}'s drawer – sign by {d.weekday}! Collection for the present: {p2.first} takes cash or bank transfer ({iban}).""",
]

# ---------------------------------------------------------------- event guest lists
EN["guest_list"] = [
    """Guest list – press preview {d.date}, {d.room}
{x.guests}

Please bring photo ID. Contact on the day: {p1.full}, {p1.phone}""",
    """RSVPs so far ({d.qty}):
{x.guests}""",
    """Dinner seating – Summit Awards
{x.guests}

Table plan final by {d.weekday}.""",
    """Community hike Ben Nevis – sign-up sheet
{x.guests}

Meeting point: visitor centre car park, 8:00""",
]

# ---------------------------------------------------------------- newsletter sign-up logs
EN["signup_log"] = [
    """newsletter.log (excerpt)
{x.signups}""",
    """Double opt-in report {d.date}
{x.signups}

{d.qty} confirmations, 0 bounces""",
    """Manual sign-ups from the trade fair booth (paper forms scanned):
- {p1.full}, {p1.email}, consent ticked
- {p2.full}, {p2.email}, consent ticked, wants the B2B list
- {p3.full}, {p3.wemail}, no consent → do not add""",
    """Suspicious sign-up burst (bot?), all within the same hour:
{x.signups}
→ blocked by rate limit""",
]

# ---------------------------------------------------------------- press releases
EN["press_contact"] = [
    """###

Press contact
{p1.full}
Head of Communications, Talgrat Outdoor
{p1.shopemail}
{p1.phone}

About Talgrat: founded in the Allgäu, Talgrat makes technical outdoor clothing for people who walk in all weathers.""",
    """Media enquiries: {p1.full} | {p1.phone} | {p1.shopemail}
High-resolution images: talgrat.com/press""",
    """For interviews with founder {p2.full} please contact our agency {co}:
{p3.full}
{a1.line}
T {p3.phone}
{p3.wemail}""",
    """NOTES TO EDITORS
Samples of the {d.prod} are available from {d.date}. Please contact {p1.firstinit} ({p1.shopemail}) with your delivery address.
Press office UK: {p2.full}, {phone.gb}""",
]

# ---------------------------------------------------------------- complaint and return letters
EN["complaint_letter"] = [
    """{p1.full}
{a1.block}

{d.date}

Talgrat Outdoor Ltd
Customer Relations
PO Box 7781
Leeds LS1 9XY

Dear Sir or Madam,

Re: Order {d.order} – faulty {d.prod}

I am writing to complain about the jacket I bought on {d.date}. After two walks the membrane has delaminated. I would like a full refund to the card I paid with.

Yours faithfully,

{p1.full}""",
    """{p1.full}
{a1.block.us}
{p1.phone}

{d.date}

To the Customer Service Manager:

On {d.date} I ordered a {d.kind} (order {d.order}). It arrived used, with someone else's receipt in the pocket – a receipt in the name of {p3.full}. I expect a new item and an explanation.

Sincerely,
{p1.full}""",
    """Hi,
I'm realy not happy. I returned the boots on {d.date} (tracking {d.tracking}) and I still haven't got my money back. I'm {p1.full}, order {d.order}, and my phone is {p1.phone}. If I don't hear back by {d.weekday} I'll go to my bank.
{p1.first}""",
    """Our ref: {d.ticket}/JW
Your ref: order {d.order}

Dear Sirs,

We act for {p1.honfull} of {a1.line}. Our client purchased a {d.kind} from your online store which caused an injury ...

Yours faithfully
{co}""",
    """RETURNS FORM
Name: {p1.full}
Order: {d.order}
Reason code: 04 (faulty)
Refund to: ((original card|bank account)) – IBAN {iban}
Signed: {p1.initlast}   Date: {d.date}""",
    """To whoever reads this – your courier left my parcel with someone at no. ((27|4|11)) who I don't even know (a {p2.hon_en}?). I live at {a1.street}. Please make sure this doesn't happen again. {p1.full}""",
]

# ---------------------------------------------------------------- handwritten-style notes
EN["handwritten"] = [
    """note for {p2.first}: {p1.lower} called re jacket, pls ring back {p1.phone} after 4. address changed -> {a1.inline}""",
    """shop floor note – lady (mrs {p1.last}?) wants the {d.prod} in {d.size}, will come back sat. tel {p1.phone}""",
    """[photo of post-it, transcribed]
CALL BACK!!
{p1.lower}
{p1.phone}
re: order {d.order} (wrong size)""",
    """to do
- ring {p1.first} at {co} ({p1.phone})
- send samples to {a1.line}
- chase {p2.full} re invoice""",
    """returns desk, {t.0.ddmm}
1x {d.kind} {d.size} – {p1.lower}, refund to card
1x boots – {p2.lower}, exchange, size ((6|7|8|9|10|11|12))
ask {p3.lfirst} about the stock count""",
    """scribbled on the back of the delivery note: "if not home leave w/ {p2.lfirst} next door (no. ((12|5|22))) – {p1.lfirst} {p1.phone}" """,
]

# ---------------------------------------------------------------- CSV/TSV exports
EN["export"] = [
    """{x.table}""",
    """Leads from the trade fair (export {d.date}):

{x.table}""",
    """```
{x.table}
```""",
    """Here's the list you asked for – please don't forward it outside the team.

{x.table}

Cheers, {p1.first}""",
    """Attached as text because the attachment bounced:
{x.table}""",
    """report_{d.qty}.csv
{x.table}
-- end of file --""",
]

# ---------------------------------------------------------------- addresses in running text, c/o, PO boxes
EN["address_text"] = [
    """Quick update: {p1.full} has moved – the new address is {a1.inline}. Please update the CRM before the catalogue mailing.""",
    """{p1.full} moved to {a1.street} ((last month|in March|over the summer)), so the parcel to the old address came back to us.""",
    """Send it c/o {p2.full}, {a1.inline} – I'm staying there until {d.date}. Thanks! {p1.first}""",
    """Our billing address is PO Box 2210, {a1.townline}, but deliveries go to {a2.inline}. Ask for {p1.first} at goods-in.""",
    """The shop is at {a1.street}, opposite the ((station|library|church)); ask for {p1.full} at the counter, {p1.he}'ll have your order ready.""",
    """Hi – the adress on my account is wrong. It says {a1.street} but it should be {a2.inline}. Sorry! {p1.full}""",
]

# ---------------------------------------------------------------- payments and billing
EN["billing"] = [
    """Hi, I've tried to pay three times and it keeps failing. Card number {card}, expiry {d.expiry}, name on card {p1.upper}. Can you put order {d.order} through manually?
{p1.first}""",
    """Chargeback notice – case {d.ticket}
Cardholder: {p1.full}
Card: {card}
Transaction: {d.date}, {d.price}, order {d.order}
IP at checkout: {ip}
Billing address: {a1.line}
Reason code 13.1 – merchandise not received""",
    """SEPA Direct Debit Mandate
Creditor: Talgrat Outdoor GmbH · Creditor ID {d.creditor}
Mandate reference: {d.customer}
Debtor: {p1.full}
Address: {a1.line}
IBAN: {iban}
BIC: {d.bic}
Signed {d.date}""",
    """Creator payout – {d.month}
Creator: {p1.full} (YouTube, outdoor channel)
Payout account: {iban}
Tax residence: Germany · Steuer-ID {taxid}
Small business, no VAT charged
Amount: {d.price}""",
    """Fraud review {d.ticket}: order {d.order} placed from {ip} (VPN?), shipping to {a1.line}, billing name {p1.full}, card {card}. Three different cards tried within 10 minutes. Blocked by {p2.first}.""",
    """Could you refund to a different account please? Account holder {p2.full}, IBAN {iban}. The card I used ({d.last4}) has been cancelled. Order {d.order}.
Thanks, {p1.full}""",
    """Payment details changed by {p1.full} ({p1.email}) from IP {ip} on {t.0.isospace}: new card ending {d.last4}; old IBAN {iban} removed. Confirmation sent.""",
    """phone order – customer read out the card: {card}, exp {d.expiry}, CVC given (not stored!), name {p1.full}, deliver to {a1.line}. taken by {p2.first}""",
]
