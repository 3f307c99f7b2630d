"""English templates of the thirteenth PII bank.

Every list below (phrase lists, each genre's template list) is split by position: even positions
belong to dev13, odd positions to heldout13 (see pii13_core.half). A template that starts with
`§XX§` is set in country XX (its people live there).

People: p1 is the customer (or the person the text is about), p2 a member of staff, p3-p6 others.
"""


def T(s):
    return s.strip("\n")


PHRASES = {
    "greet_f": [
        "{p1.sal},",
        "Hello {p1.hf},",
        "Dear {p1.full},",
        "Hi {p1.hl},",
        "Good morning {p1.hl},",
        "{p1.sal}",
        "Dear Sir or Madam,",
        "Hello {p1.full},",
    ],
    "greet_c": [
        "Hi {p1.first},",
        "Hey {p1.first}!",
        "Hello {p1.first},",
        "Hiya {p1.first},",
        "Morning {p1.first},",
        "Hi there {p1.first},",
        "Dear {p1.first},",
        "{p1.first} –",
    ],
    "close_f": [
        "Kind regards,",
        "Best regards,",
        "Many thanks,",
        "Best wishes,",
        "Yours sincerely,",
        "Warm regards,",
        "Regards,",
        "Thanks again,",
    ],
    "agent_sig": [
        "{p2.full}\nCustomer Care | {shop}\n{shopphone}\n{shopmail}",
        "{p2.first}\nThe {shop} team",
        "{p2.full} ([p2:she/her|he/him])\nCustomer Experience Lead, {shop}",
        "{p2.first} @ {shop}",
        "--\n{p2.full}\nSupport Specialist\n{shop} · {shopurl}\nDirect: {p2.landline}",
        "{p2.fi}\nOrders Team, {shop}",
        "{p2.first}\nHappiness Team at {shop}",
        "{p2.full} | {shop}\nT: {shopphone} | E: {p2.wemail}",
    ],
    "cust_sig": [
        "{p1.full}",
        "{p1.first}",
        "{p1.full}\n{p1.addr}\n{p1.phone}",
        "{p1.fi}",
        "{p1.name2}\n\nSent from my iPhone",
        "{p1.full}\nMob: {p1.mobile}",
        "Thanks, {p1.first}",
        "{p1.full}\n\nGet Outlook for Android",
    ],
    "quote_head": [
        "On {date}, at {time}, {p1.full} <{p1.email}> wrote:",
        "-----Original Message-----\nFrom: {p1.full} <{p1.email}>\nSent: {weekday}, {date} {time}\nTo: {shopmail}\nSubject: Order {order}",
        "On {weekday}, {date} {p1.full} <{p1.email}> wrote:",
        "From: \"{p1.lf}\" <{p1.email}>\nDate: {date}\nTo: {shopmail}\nSubject: RE: Your enquiry",
        "{p1.email} wrote on {date}:",
        "Am {date} schrieb {p1.full} <{p1.email}>:",
    ],
}

G = {}

# ------------------------------------------------------------------ order_confirmation
G["order_confirmation"] = [
    T("""
Subject: Thanks for your order, {p1.first}!

{_greet_c}

Good news – we've received your order {order} and we're getting it ready.

Ship to:
{p1.full}
{p1.addr}

2 × Beeswax wraps (set of 3), SKU {sku} – {price}
1 × Enamel mug "Harbour", SKU {sku2} – {price2}
Paid with Visa {masked}

We'll email you again when it's on its way.
The {shop} team
"""),
    T("""
§US§ORDER CONFIRMATION
Order # {order}  |  Placed {date}

Billing address
{p1.full}
{p1.addr}

Shipping address
{p3.full}
{p3.addr}

Contact: {p1.email} · {p1.phone}
Shipping method: UPS Ground (3–5 business days)
"""),
    T("""
§GB§Your order is confirmed ✔
Hi {p1.first}, thanks for shopping with {shop}.
Order number: {order}
Delivery: Royal Mail Tracked 48 to
{p1.full}
{p1.addrc}
Need to change something? Reply before {time} and we'll sort it.
"""),
    T("""
You sold an item!
Item: Vintage wool blanket, listing {sku}
Buyer: {p1.handle} ({p1.full})
Ship to:
{p1.full}
{p1.addr}
Buyer phone (for the courier only): {p1.phone}
Dispatch by {date}.
"""),
    T("""
§IE§Order {order} – confirmation
Dear {p1.full},
thank you for your order. It will be delivered by An Post to:
{p1.addr}
We'll text you on {p1.mobile} on the day of delivery.
{shop}
"""),
    T("""
{shop}: Hi {p1.first}! Order {order} confirmed. Click & Collect at our {town} store from {weekday}. Bring ID – the order is in the name of {p1.full}.
"""),
    T("""
Order summary
-------------------------------------
Order:        {order}
Customer:     {p1.lf}
Email:        {p1.email}
Phone:        {p1.phone}
-------------------------------------
Deliver to:   {p1.addr1}
Gift message: "Happy birthday {p3.first}, love from {p1.first} x"
Payment:      PayPal ({p1.email2})
"""),
    T("""
§US§Hey {p1.lfirst} 👋 your {shop} order ({order}) is confirmed!
We'll ship it to {p1.addr1}.
Questions? Text us back or call {shopphone}.
"""),
]

# ------------------------------------------------------------------ email_thread
G["email_thread"] = [
    T("""
Subject: RE: Damaged parcel – order {order}

{_greet_f}

Thanks for the photos. We've sent a replacement to {p1.addr1} today – no need to return the broken one.

{_close_f}
{_agent_sig}

{_quote_head}
> Hello,
> the glass carafe arrived in pieces. Photos attached. Order {order}, delivered {date2}.
> Thanks,
> {p1.full}
> {p1.phone}
"""),
    T("""
Hi {p1.first},

perfect, thanks – the refund of {price} has been sent and should reach your account within 3–5 working days.

Best,
{p2.first}

On {date} {p1.full} <{p1.email}> wrote:
> Hi {p2.first},
> here are my bank details:
> Account holder: {p1.full}
> IBAN: {p1.iban}
> Thanks!
>
> On {date2} {p2.full} <{p2.wemail}> wrote:
>> Hi {p1.first}, as you paid by bank transfer we'll need your IBAN to refund you. Could you send it over?
"""),
    T("""
Hi {p3.first},

could you pick up the email below? {p1.hl} has been waiting since {weekday} and I'm off from tomorrow.

Thanks!
{p2.first}

---------- Forwarded message ---------
From: {p1.full} <{p1.email}>
Date: {date}
Subject: Parcel not received
To: {shopmail}

Hello,
the tracking ({tracking}) says my parcel was delivered on {date2} but I never got it. Maybe it went to {p4.hl} next door, but [p4:she's|he's] away.
My address:
{p1.addr}
You can reach me on {p1.phone}.
Kind regards
{p1.full}
"""),
    T("""
Subject: Re: Payment failed – order {order}

{p1.sal},

for your security, please never send full card numbers by email. We haven't charged the card; you can pay safely using the link in your account.

{_close_f}
{_agent_sig}

{_quote_head}
> Hi, the payment failed again. Here's my card: {card}, exp {expiry}.
> Can you process it manually? I need the order by {weekday}.
> {p1.first}
"""),
    T("""
From: {p2.full} <{p2.wemail}>
To: {p1.full} <{p1.email}>
Cc: {p3.full} <{p3.wemail}>
Subject: RE: Corporate order – staff Christmas gifts

{_greet_f}

Please find the updated quote for the 40 branded flasks attached (ref. {invoice}). My colleague {p3.full} will handle things from Monday, so please keep [p3:her|him] in copy.

Delivery will go to your office as discussed:
{p1.full}
{coaddr}

{_close_f}
{p2.full}
"""),
    T("""
§IE§Hi {p1.first},

Thanks a million for your email. The return has arrived and we've refunded {price} to {p1.iban}.

Best wishes,
{p2.full}
{shop}

-----Original Message-----
From: {p1.email}
Sent: {date}
Subject: Return

Hi there,
I've sent the boots back (return no. {ticket}). Can you refund to my account please – IBAN {p1.iban}, name {p1.full}.
Thanks,
{p1.full}
{p1.addr}
"""),
    T("""
Thanks so much for sorting this! I'll keep an eye out for the parcel.
{p1.first}

Sent from my iPhone

> On {date}, at {time}, {p2.full} <{p2.wemail}> wrote:
>
> Hi {p1.first},
> we've re-sent your parcel today, new tracking number {tracking}.
> Delivering to: {p1.street}
> Best,
> {p2.first}
> --
> {p2.full} | Customer Care, {shop}
> {shopphone}
"""),
    T("""
Subject: FW: Complaint

FYI {p3.first} – this is the double-charge case. Can you check and reply to {p1.hl} directly?
{p2.fi}

> From: {p1.full}
> Sent: {date}
> To: Customer Service
>
> Good evening, I've been charged {price} twice from my account ({p1.iban}). Please refund one of the payments.
> {p1.full}, customer no. {p1.cust}
"""),
]

# ------------------------------------------------------------------ live_chat
G["live_chat"] = [
    T("""
[{tick}] Bot: Welcome to {shop}! What's your name?
[{tick}] Visitor: {p1.lfirst}
[{tick}] Bot: Thanks {p1.lfirst}, connecting you to an agent now.
[{tick}] {p2.first} ({shop}): Hi {p1.first}, it's {p2.first} here. How can I help?
[{tick}] {p1.lfirst}: my parcel hasnt arrived, order {order}
[{tick}] {p2.first} ({shop}): Let me check. Can you confirm the email on the order?
[{tick}] {p1.lfirst}: {p1.email}
[{tick}] {p2.first} ({shop}): Thanks! It's at your local depot – you can collect it with ID until {date}.
[{tick}] {p1.lfirst}: ok thx
"""),
    T("""
Chat transcript | {shop} | Ticket {ticket}
{ticks}  {p1.full}: hi, my payment keeps failing :(
{ticks}  {p2.full}: Hi {p1.first}! What error do you see?
{ticks}  {p1.full}: "card declined". the number is {card} if u can check
{ticks}  {p2.full}: Please don't share card numbers in chat – I'm removing that message from the log now. Declines usually come from the bank, so it's worth giving them a call, or try PayPal.
{ticks}  {p1.full}: oops sorry, will do
"""),
    T("""
[{date}, {tick}] {shop}: Hi! Thanks for messaging us. How can we help?
[{date}, {tick}] {p1.name2}: Hiya, I put the wrong address on my order 🙈 {order}
[{date}, {tick}] {shop}: No worries! What's the right one?
[{date}, {tick}] {p1.name2}: {p1.addr1}
[{date}, {tick}] {p1.name2}: and can you mark it for {p3.full} pls, [p3:she's my flatmate|he's my flatmate]
[{date}, {tick}] {shop}: Done ✅ It'll go to {p3.first}, c/o {p1.name2}.
"""),
    T("""
§US§Chat #{ticket}
Agent {p2.first}: Hi there, how can I help today?
Visitor: hey do u ship to {p1.town}?
Agent {p2.first}: We sure do! Can I get your name and order number?
Visitor: {p1.lfull}, {order}
Agent {p2.first}: Thanks {p1.first}! It'll arrive {weekday} via USPS. Is {p1.mobile} still the best number for delivery texts?
Visitor: nope new number is {p1.phone2}
Agent {p2.first}: Updated!
"""),
    T("""
Transcript – live chat, {date}
Visitor: {p1.lfirst}
Email (pre-chat form): {p1.email}
---
{p1.lfirst}: hi i think i paid twice?? once by direct debit from {p1.iban} and then again with paypal
{p2.first}: Oh no, sorry about that! I can see the duplicate payment on order {order}. I'll cancel the direct debit.
{p1.lfirst}: thanks! also can u put the invoice in my [p3:girlfriend's|boyfriend's] name, {p3.full}? [p3:she's|he's] paying for it
{p2.first}: Of course, I'll change the invoice name to {p3.full}. Same address ({p1.street})?
{p1.lfirst}: yep
"""),
    T("""
§GB§{tick} Support: Hello! How can I help?
{tick} Guest: Hi, I need to update my address. New one is {p1.addr1}
{tick} Support: No problem. What name is the account under?
{tick} Guest: {p1.full}, account {p1.cust}
{tick} Support: Thanks {p1.hl}, that's updated. Shall I add {p1.mobile} as the contact number for the courier?
{tick} Guest: Yes please, cheers!
"""),
    T("""
💬 Messenger – {shop}
{p1.full} · {tick}
hi do you deliver to {p1.town} and can i pay with klarna? my number if you want to call {p1.mobile}
{shop} · {tick}
Hi {p1.first}! Yes to both 😊 – {p2.first}
{p1.full} · {tick}
amazing thanks {p2.lfirst} 🙏
"""),
    T("""
Chat {ticket} | Channel: website | Language: en
> Customer ({ipany}): hey, it's {p1.lfull}. my [p3:nan|grandad] got me a gift card but the code doesn't work: {voucher}
> Agent {p2.first}: Hi {p1.first}! The code is registered to {p3.email}. Would you like me to move it to your email instead?
> Customer: yes please, {p1.email}
> Agent {p2.first}: All done!
"""),
]

# ------------------------------------------------------------------ call_transcript
G["call_transcript"] = [
    T("""
Call note – {date}, {time}
Caller: {p1.hf}, account {p1.cust}
Call-back number: {p1.phone}
Issue: customer gave the old address ({p1.oldaddr1}) by mistake. New delivery address: {p1.addr1}.
Done: address changed on order {order}, confirmation sent to {p1.email}.
Handled by: {p2.fi}
"""),
    T("""
Transcript (auto-generated) – helpline, 04:12
Agent: {shop} customer service, you're speaking to {p2.first}, how can I help?
Caller: Hi, yes, it's {p1.last} here, {p1.name2}.
Agent: Hello {p1.hl}. What can I do for you?
Caller: I'd like to pay by direct debit. My IBAN is {p1.iban}.
Agent: Thanks, let me read that back: {p1.iban}. And is the account in your name?
Caller: No, it's my [p3:wife's|husband's] account, {p3.full}.
Agent: Then I'll need a mandate signed by {p3.hl}. I'll email it to {p1.email}.
"""),
    T("""
New voicemail from {p1.phone} ({date}, {time})
Transcription: "Hi, this is {p1.full}, calling about my complaint, order number {order}. Could you call me back on {p1.mobile}, ideally after five? Or email me at {p1.email}. Thanks, bye."
"""),
    T("""
Helpline call log – {date}
Time  | Caller                  | Number            | Topic
{tick} | {p1.lf}     | {p1.phone}   | Return {order}
{tick} | {p3.full}     | {p3.phone}   | Missing invoice
{tick} | withheld                | –                 | hung up
{tick} | {p5.hl}     | {p5.phone}   | Gift card {voucher}
"""),
    T("""
Hi {p2.first}, can you call {p1.hl} back on {p1.phone}? [p1:She|He] rang because the credit for {order} still hasn't come through and said you spoke to [p1:her|him] on {weekday}. Thanks, {p3.first}
"""),
    T("""
§US§Call summary {date}
Spoke with: {p1.hf} ({p1.phone})
[p1:She|He] wants to split the payment and read out the card: {card}. Told [p1:her|him] we'll send a secure payment link instead.
Address on file: {p1.addr1}
Next step: payment link to {p1.email}. Owner: {p2.full}
"""),
    T("""
Call summary (AI-generated, checked by {p2.first})
Caller: {p1.full}
- Customer reports [p1:her|his] credit card {card} was charged twice.
- Payment for order {order} on {date}; the second charge is probably a pre-authorisation.
- Wants a call back on {p1.mobile}, not before {time}.
- Note: full card number read out on the call – delete the transcript once handled.
"""),
    T("""
Call-back list – {weekday}
• {p1.hl} – {p1.phone} – waiting for a quote for team kit
• {p3.full} – {p3.phone} – size exchange, order {order}
• Neighbour of {p4.hl} ({p4.street}) took in a parcel, wants it collected – {p4.phone}
"""),
]

# ------------------------------------------------------------------ crm_json
G["crm_json"] = [
    T("""
{
  "customer": {
    "id": "{p1.cust}",
    "title": "{p1.hon}",
    "first_name": "{p1.first}",
    "last_name": "{p1.last}",
    "email": "{p1.email}",
    "phone": "{p1.phone}",
    "address": {
      "line1": "{p1.street}",
      "city": "{p1.town}",
      "postcode": "{p1.zip}"
    },
    "accepts_marketing": true,
    "last_order": "{order}"
  }
}
"""),
    T("""
{"event":"checkout.completed","ts":"{isots}","order_id":"{order}","customer":{"name":"{p1.full}","email":"{p1.email}"},"client_ip":"{ipany}","user_agent":"{ua}","payment":{"type":"card","last4":"{lastfour}"}}
"""),
    T("""
[
  {"id": {qty}, "name": "{p1.lf}", "email": "{p1.email}", "phone": "{p1.phone}", "source": "newsletter"},
  {"id": {qty2}, "name": "{p3.full}", "email": "{p3.email}", "phone": null, "source": "checkout"},
  {"id": {qty3}, "name": "{p4.lf}", "email": "{p4.email}", "phone": "{p4.mobile}", "source": "trade_show"}
]
"""),
    T("""
{
  "order": "{order}",
  "payment": {
    "method": "credit_card",
    "cardholder": "{p1.ufull}",
    "pan": "{cardc}",
    "exp": "{expiry}"
  },
  "billing_address": "{p1.addr1}",
  "ip": "{ipany}",
  "_note": "legacy export from v1 – mask before migration"
}
"""),
    T("""
{
  "affiliate_id": "AFF-{qty}",
  "name": "{p1.full}",
  "channel": "{p1.handle}",
  "tax": {"country": "DE", "steuer_id": "{p1.tax}"},
  "payout": {"iban": "{p1.iban}", "bic": "{bic}", "holder": "{p1.full}"},
  "contact": {"email": "{p1.email}", "mobile": "{p1.mobile}"},
  "address": "{p1.addr1}"
}
"""),
    T("""
HTTP/1.1 200 OK
Content-Type: application/json

{"ticket":"{ticket}","status":"open","requester":{"name":"{p1.full}","email":"{p1.email}"},"assignee":"{p2.full}","comments":[{"author":"{p1.first}","body":"Please deliver to {p1.addr1}, not the parcel locker."}]}
"""),
    T("""
{
  "type": "customer.updated",
  "data": {
    "id": "cus_{hash}",
    "name": "{p1.full}",
    "email": "{p1.email}",
    "phone": "{p1.phone}",
    "shipping": {"name": "{p3.full}", "line1": "{p3.street}", "postal_code": "{p3.zip}", "city": "{p3.town}"},
    "metadata": {"last_login_ip": "{ipsix}", "birthday": "{p1.dob}"}
  }
}
"""),
    T("""
{"customers":[{"no":"{p1.cust}","name":"{p1.fl}","city":"{p1.town}","rating":5},{"no":"{p3.cust}","name":"{p3.full}","email":"{p3.email}","ip":"{ip}"}],"exported":"{isots}"}
"""),
]

# ------------------------------------------------------------------ crm_yaml
G["crm_yaml"] = [
    T("""
# customer export – {date}
customer:
  number: {p1.cust}
  name: {p1.full}
  date_of_birth: {p1.dob}
  contact:
    email: {p1.email}
    mobile: "{p1.mobile}"
  delivery_addresses:
    - line1: {p1.street}
      postcode: "{p1.zip}"
      town: {p1.town}
    - line1: {p1.oldstreet}
      note: old address, do not use
  notes: |
    Happy to be called in the evening. [p3:Wife|Husband] {p3.first} may accept parcels.
"""),
    T("""
[customer]
first_name = {p1.first}
last_name = {p1.last}
email = {p1.email}
phone = {p1.phone}
line1 = {p1.street}
postcode = {p1.zip}
town = {p1.town}

[payment]
method = direct_debit
iban = {p1.iban}
mandate = {mandate}
"""),
    T("""
Customer profile (as of {date})
Name:            {p1.hf}
Account no.:     {p1.cust}
Email:           {p1.email}
Phone:           {p1.phone}
Address:         {p1.addr1}
Segment:         Loyal
Last contacts:   {date2} chat with {p2.first}, {date3} call ({p3.fi})
"""),
    T("""
Duplicate check – {date}
Record A
  Name:    {p1.full}
  Email:   {p1.email}
  Address: {p1.addr1}
Record B
  Name:    {p1.LF}
  Email:   {p1.email2}
  Phone:   {p1.phone}
Result: merged by {p2.full}
"""),
    T("""
account: {firm}
contacts:
  - name: {p1.full}
    role: Purchasing
    tel: "{p1.landline}"
    email: {p1.email}
  - name: {p3.full}
    role: Accounts
    tel: "{p3.landline}"
    email: {p3.email}
ship_to: "{coline}"
payment_terms: net 30
"""),
    T("""
§US§---
customer_id: {p1.cust}
name: "{p1.lf}"
address: "{p1.addr1}"
cell: "{p1.mobile}"
locale: en-US
comment: "Leave packages with {p3.hl} in unit 2 if no answer"
"""),
    T("""
- id: {p1.cust}
  name: {p1.lfull}
  email: {p1.email}
  tags: [vip, newsletter]
- id: {p3.cust}
  name: {p3.full}
  email: {p3.email}
  phone: "{p3.phone}"
  tags: [wholesale]
"""),
    T("""
CUSTOMER  {p1.cust}
NAME      {p1.LF}
ADDRESS   {p1.addr1}
TEL       {p1.phone}
EMAIL     {p1.email}
NOTE      Power of attorney for {p3.full} on file (copy archived {date})
"""),
]

# ------------------------------------------------------------------ order_xml
G["order_xml"] = [
    T("""
<?xml version="1.0" encoding="UTF-8"?>
<order id="{order}" placed="{isots}">
  <customer>
    <title>{p1.hon}</title>
    <firstName>{p1.first}</firstName>
    <lastName>{p1.last}</lastName>
    <email>{p1.email}</email>
    <phone>{p1.phone}</phone>
  </customer>
  <billingAddress>
    <line1>{p1.street}</line1>
    <city>{p1.town}</city>
    <postcode>{p1.zip}</postcode>
    <country>{p1.country}</country>
  </billingAddress>
  <lines>
    <line sku="{sku}" gtin="{gtin}" qty="1" price="{price}"/>
  </lines>
  <payment method="sepa_debit">
    <iban>{p1.iban}</iban>
    <accountHolder>{p1.full}</accountHolder>
  </payment>
  <clientIp>{ipany}</clientIp>
</order>
"""),
    T("""
<Order ref="{order}">
  <Buyer name="{p1.lf}" email="{p1.email}"/>
  <Delivery>
    <Recipient>{p3.full}</Recipient>
    <CareOf>c/o {p4.full}</CareOf>
    <Address>{p4.addr1}</Address>
    <Phone>{p3.phone}</Phone>
  </Delivery>
  <Instructions>Leave with {p4.hl} on the 2nd floor.</Instructions>
</Order>
"""),
    T("""
<transaction id="{uuid}">
  <buyer><username>{p1.user}</username><fullName>{p1.full}</fullName></buyer>
  <shippingAddress>
    <name>{p1.full}</name>
    <line1>{p1.street}</line1>
    <postalCode>{p1.zip}</postalCode>
    <city>{p1.town}</city>
  </shippingAddress>
  <card holder="{p1.ufull}" number="{card}" expires="{expiry}"/>
</transaction>
"""),
    T("""
§US§<ShipmentRequest>
  <ShipTo>
    <Name>{p1.full}</Name>
    <AddressLine>{p1.street}</AddressLine>
    <City>{p1.town}</City>
    <PostalCode>{p1.zip}</PostalCode>
    <Phone>{p1.phone}</Phone>
  </ShipTo>
  <Service>UPS Ground</Service>
  <Reference>{order}</Reference>
</ShipmentRequest>
"""),
    T("""
<feedback id="{ticket}">
  <author>{p1.fl}</author>
  <rating>4</rating>
  <text>Great help from {p2.first} in the {town} shop. Delivery to {p1.street} took a while though.</text>
  <contact consent="true">{p1.email}</contact>
  <sourceIp>{ipsix}</sourceIp>
</feedback>
"""),
    T("""
<consent>
  <subject email="{p1.email}" name="{p1.full}"/>
  <optIn channel="newsletter" ts="{isots}" ip="{ipmap}"/>
  <confirm ts="{isots2}" ip="{ip}"/>
  <userAgent>{ua}</userAgent>
</consent>
"""),
    T("""
<Customer no="{p1.cust}">
  <Name><Given>{p1.first}</Given><Family>{p1.last}</Family><Maiden>{p1.maiden}</Maiden></Name>
  <Address type="billing">{p1.addr1}</Address>
  <Bank><IBAN>{p1.iban}</IBAN><BIC>{bic}</BIC></Bank>
</Customer>
"""),
    T("""
<callback>
  <caller>{p1.hf}</caller>
  <number>{p1.phone}</number>
  <note>Wants a call about delivery to [p1:her|his] [p3:mother-in-law|father-in-law], {p3.hf}, {p3.addr1}</note>
  <agent>{p2.user}</agent>
</callback>
"""),
]

# ------------------------------------------------------------------ csv_export
G["csv_export"] = [
    T("""
customer_id,title,first_name,last_name,address_line1,postcode,town,phone,email
{p1.cust},{p1.hon},{p1.first},{p1.last},"{p1.street}",{p1.zip},{p1.town},{p1.phone},{p1.email}
{p3.cust},{p3.hon},{p3.first},{p3.last},"{p3.street}",{p3.zip},{p3.town},{p3.phone},{p3.email}
{p4.cust},{p4.hon},{p4.first},{p4.last},"{p4.street}",{p4.zip},{p4.town},,{p4.email}
"""),
    "Creator\tGerman tax ID\tIBAN\tAmount\n{p1.lf}\t{p1.tax}\t{p1.iban}\t{amount}\n{p3.lf}\t{p3.tax}\t{p3.iban}\t{amount2}\n{p4.lf}\t–\t{p4.iban}\t{amount3}",
    T("""
"order_no","name","address","email","marketing_opt_in"
"{order}","{p1.lf}","{p1.addr1}","{p1.email}","yes"
"{order2}","{p3.lf}","{p3.addr1}","{p3.email}","no"
"{order3}","{p4.full}","{p4.addr1}","{p4.email}","yes"
"""),
    T("""
email|first_name|signed_up|ip|source
{p1.email}|{p1.first}|{isots}|{ip}|footer
{p3.email}|{p3.lfirst}|{isots2}|{ipsix}|popup
{p4.email}||{isots3}|{ip2}|checkout
"""),
    "No.\tName\tDate of birth\tAddress\tPhone\n1\t{p1.full}\t{p1.dob}\t{p1.addr1}\t{p1.phone}\n2\t{p3.full}\t{p3.dob}\t{p3.addr1}\t{p3.phone}\n3\t{p4.full}\t{p4.dob}\t{p4.addr1}\t",
    T("""
order;recipient;delivery_address;phone;carrier;tracking
{order};{p1.full};{p1.addr1};{p1.phone};DPD;{tracking}
{order2};{p3.full};{p3.addr1};{p3.phone};Evri;{tracking2}
{order3};{p4.full};{p4.addr1};{p4.mobile};Royal Mail;{tracking3}
"""),
    T("""
First Name,Last Name,Company,Email,Phone,Country
{p1.first},{p1.last},{firm},{p1.email},{p1.phone},{p1.country}
{p3.first},{p3.last},,{p3.email},{p3.phone},{p3.country}
{p4.first},{p4.last},{firm2},{p4.email},,{p4.country}
{p5.first},{p5.last},,{p5.email},{p5.mobile},{p5.country}
"""),
    "Member\tLoyalty card\tSince\tPostcode\tEmail\n{p1.lfull}\t{cardlike}\t{date}\t{p1.zip}\t{p1.email}\n{p3.lfull}\t{cardlike2}\t{date2}\t{p3.zip}\t{p3.email}\n{p4.lfull}\t{cardlike3}\t{date3}\t{p4.zip}\t{p4.email}",    T("""
# legacy payments (shop v1) – DO NOT SHARE – migration ticket {ticket}
order,cardholder,pan,exp,amount
{order},{p1.ufull},{cardc},{expiry},{price}
{order2},{p3.ufull},{cardc2},{expiry2},{price2}
{order3},{p4.ufull},{cardc3},{expiry3},{price3}
"""),
    "Time\tOrder\tCard\tCardholder\tStatus\n{tick}\t{order}\t{amex}\t{p1.full}\tauthorised\n{tick}\t{order2}\t{masked}\t{p3.full}\tdeclined\n{tick}\t{order3}\t{card}\t{p4.full}\tvoided",
]

# ------------------------------------------------------------------ server_log
G["server_log"] = [
    T("""
{ip} - - [{clf}] "POST /checkout/confirm HTTP/2.0" 302 0 "https://{shopdomain}/cart" "{ua}"
{ip} - - [{clf2}] "GET /checkout/thank-you?order={order} HTTP/2.0" 200 18734 "-" "{ua}"
{ipsix} - - [{clf3}] "GET /account/login HTTP/2.0" 200 5120 "-" "{ua2}"
{ip2} - - [{clf4}] "GET /assets/app.{hash}.js HTTP/1.1" 304 0 "-" "{ua3}"
{ipmap} - - [{clf5}] "GET /account/orders HTTP/1.1" 200 9120 "-" "{ua}"
"""),
    T("""
{isots} INFO  auth.login ok user={p1.email} ip={ipport}
{isots2} WARN  auth.login failed user={p3.email} ip={ip2} reason=bad_password attempts=3
{isots3} INFO  order.created id={order} customer="{p1.full}" total="{price}"
{isots4} INFO  mail.sent template=order_confirmation to={p1.email}
"""),
    T("""
--- Request {uuid} ---
POST /api/v2/contact HTTP/1.1
Host: {shopdomain}
X-Forwarded-For: {ip}, {ippriv}
Forwarded: for="{ipsixport}";proto=https
X-Real-IP: {ip}
User-Agent: {ua}
Content-Type: application/json

{"name":"{p1.full}","email":"{p1.email}","phone":"{p1.phone}","message":"Please call me back"}
"""),
    T("""
{date} {time} fail2ban.actions [1187]: NOTICE [shop-login] Ban {ip}
{date} {time2} fail2ban.actions [1187]: NOTICE [shop-login] Ban {ipsix}
{date} {time3} fail2ban.filter  [1187]: INFO  [shop-login] Found {ip2} - failed login for {p1.email}
"""),
    T("""
[{isots}] DEBUG payment.request {"amount": 4990, "currency": "GBP", "card": "{cardc}", "holder": "{p1.ufull}", "ip": "{ipany}", "peer": "{ipport}"}
[{isots2}] ERROR payment.response declined code=05 ref={hash}
# TODO: PAN must never be logged – see ticket {ticket}
"""),
    T("""
{syslogts} mail postfix/smtp[22114]: 4F2A1C3B: to=<{p1.email}>, relay=gmail-smtp-in.l.google.com[{ip}]:25, delay=1.2, status=sent (250 2.0.0 OK)
{syslogts2} mail postfix/smtp[22131]: 9B17D2E0: to=<{p3.email}>, relay=mx.outlook.com[{ip2}]:25, delay=0.8, status=deferred (451 4.7.500 Server busy)
{syslogts3} mail postfix/qmgr[1022]: 9B17D2E0: from=<{shopmail}>, size=48211, nrcpt=1 (queue active)
"""),
    T("""
Double opt-in record
Address:      {p1.email}
Name:         {p1.full}
Signed up:    {isots} from IP {ipany}
Confirmed:    {isots2} from IP {ipany2}
Browser:      {ua}
Source:       competition landing page (v{version})
"""),
    T("""
{isots} nginx: upstream timed out while reading response header from upstream, client: {ipsixport}, server: {shopdomain}, request: "GET /account/addresses HTTP/2.0"
{isots2} app[web.1]: address.update user_id={qty} line1="{p1.street}" by={p1.email} from {ipmap}
"""),    T("""
PCI scan finding {date} – log file /var/log/shop/checkout.log
line 1182: card={card} name="{p1.full}" remote={ipport}
line 1190: card={card2} name="{p3.full}" remote={ipsixport}
Action: logging disabled, files purged, incident reported to {p2.full}.
"""),
    T("""
Load balancer log excerpt
{isots} {ipport} -> {ippriv}:8080 "POST /api/payment" 402 card_last4={lastfour}
{isots2} {ipsixport} -> {ippriv2}:8080 "GET /account" 200 user={p1.email}
{isots3} {ipmap} -> {ippriv}:8080 "POST /api/newsletter" 201 email={p3.email}
"""),
]

# ------------------------------------------------------------------ fraud_review
G["fraud_review"] = [
    T("""
Fraud review – order {order} – risk score 87/100 (manual)
Customer: {p1.full} <{p1.email}>
Billing: {p1.addr1}
Shipping: {p3.full}, {p3.addr1}
Card: {cardn}
IP: {ip} (geo: Lagos, NG) – does not match billing country
Device: {ua}
AVS: no match · CVV: match
Note: same card used with two other names in 24 h ({p4.full}, {p5.full}). Order cancelled, customer notified.
"""),
    T("""
Chargeback – case {ticket}
Merchant reference: {order}
Cardholder per issuer: {p1.ufull}
Card number: {card}
Reason: 10.4 – Fraud, card-absent environment
Order IP: {ipsix}
Delivery address:
{p1.addr}
Delivered {date}, signed for by: {p3.fl} (neighbour)
To do: upload proof of delivery – {p2.first}
"""),
    T("""
@{p2.user} can you look at account {p1.email}? Five orders since yesterday, all to different parcel lockers, all with cards in other people's names ({p3.full}, {p4.lf}). Login IPs: {ip}, {ip2}, {ipsix}. I'd block it.
– {p5.first}
"""),
    T("""
Suspicious orders – week {kw}
Order      | Name                | Card                 | IP               | Outcome
{order} | {p1.full} | {card} | {ip} | cancelled
{order2} | {p3.full} | {masked} | {ip2} | approved
{order3} | {p4.full} | {card2} | {ipsix} | emailed customer
"""),
    T("""
§IE§Possible direct debit fraud – {date}
Account {p1.iban} is on three customer profiles: {p1.full}, {p3.full}, {p4.full}.
All deliver to {p1.addr1}. Please disable direct debit on these accounts. Contact: {p2.hf}, {p2.landline}
"""),
    T("""
PayPal dispute {ticket}
Buyer: {p1.full} ({p1.email})
Claim: "Item not received"
Our records: shipped {date} to {p1.addr1}, tracking {tracking}, delivered to neighbour {p3.hl}
Buyer logged in from {ipany} before ordering; delivery address changed two days earlier.
Respond by {date2} – owner {p2.first}.
"""),
    T("""
Risk note: card testing from a list
{isots} {card} – declined – IP {ip}
{isots2} {card2} – declined – IP {ip}
{isots3} {card3} – authorised (!) – IP {ip}, name "{p1.full}", ship to {p1.street}
Card 3 to be blocked, acquirer informed ({p2.fi}).
"""),
    T("""
Hi {p2.first},
order {order} looks off: billing name {p1.full}, but the email is {p3.email} and the phone {p3.phone} belongs to {p3.full} in our database. IP {ipsix} is a data-centre range. I've put the shipment on hold.
{p4.first}
"""),
]

# ------------------------------------------------------------------ sepa_mandate (and direct debit forms)
G["sepa_mandate"] = [
    T("""
§IE§SEPA Direct Debit Mandate
Creditor: {shop}, {coline}
Creditor identifier: {creditor}
Unique mandate reference: {mandate}

By signing this mandate form, you authorise {shop} to send instructions to your bank to debit your account, and your bank to debit your account in accordance with those instructions.

Account holder: {p1.full}
Address: {p1.addr1}
IBAN: {p1.iban}
BIC: {bic}
Date and place: {date}, {p1.town}
Signature: {p1.full}
"""),
    T("""
§GB§Instruction to your bank or building society to pay by Direct Debit
Name(s) of account holder(s): {p1.LF}
Bank/building society account number: {ukacct}
Branch sort code: {sortcode}
Reference: {mandate}
Payer address: {p1.addr1}
For international payments please use IBAN {p1.iban}.
"""),
    T("""
{_greet_f}

Thank you – your direct debit mandate is now active. We will collect {price} on or after {date} from the following account:

Account holder: {p1.full}
IBAN: {p1.iban}
Mandate reference: {mandate}
Creditor ID: {creditor}

{_close_f}
{_agent_sig}
"""),
    T("""
Bank details changed on your subscription
Hi {p1.first}, you updated your bank details on {date}:
old: {ibanx}
new: {p1.iban} (account holder: {p3.full})
If this wasn't you, please call us straight away on {shopphone}.
"""),
    T("""
§NL§SEPA mandate (NL customer)
Payer: {p1.full}, {p1.addr1}
IBAN: {p1.iban}
Payee: {shop}
Reference: {mandate}
Signed {date}: {p1.fi}
"""),
    T("""
Returned direct debit – order {order}
The debit of {price} from {p1.iban} ({p1.lf}) was returned by the bank. Reason: MD06 – refund requested by payer.
Fee: {price2}. Please email the customer ({p1.email}). – Accounts, {p2.fi}
"""),
    T("""
Advance notice (pre-notification)
{p1.hf}, we will collect your monthly coffee subscription ({price}) by direct debit on {date}.
Account: {p1.iban} · mandate {mandate} · creditor ID {creditor}
"""),
    T("""
Record mandate (back office)
Customer: {p1.cust} – {p1.full}
Different account holder: yes → {p3.full}, {p3.addr1}
IBAN: {p3.iban}
Signature received: yes (scan dated {date})
Entered by: {p2.user}
"""),
]

# ------------------------------------------------------------------ refund_request
G["refund_request"] = [
    T("""
hi {shop} team,
i sent the jeans back (too small lol) – when will i get my money? i paid by bank transfer. my iban: {p1.iban}
thanks!! {p1.lfirst}
"""),
    T("""
Subject: Refund for order {order}

Dear Sir or Madam,

On {date} I returned order {order} in full (tracking {tracking}). I have not yet received a refund. Please transfer {price} to the following account:

Account holder: {p1.full}
IBAN: {p1.iban}

Yours faithfully,
{p1.full}
{p1.addr}
"""),
    T("""
Form: Request a refund
Order number: {order}
Name: {p1.full}
Email: {p1.email}
Refund to: bank account
IBAN: {p1.iban}
Comment: please hurry, it's my holiday money 🙃
"""),
    T("""
Hello,
please refund the return for order {order} to my [p3:mum's|dad's] account – [p3:she|he] paid for the present:
{p3.full}
{p3.iban}
Thank you,
{p1.full}
"""),
    T("""
Refunds for approval – {date}
1. {order} | {p1.lf} | {amount} | {p1.iban}
2. {order2} | {p3.lf} | {amount2} | {p3.iban}
3. {order3} | {p4.lf} | {amount3} | PayPal ({p4.email})
Approved by: {p2.full}
"""),
    T("""
§US§Hi there,
I returned two pairs of sneakers on {date} (RMA {ticket}) and still haven't been refunded. Please credit {price} back to my card – it was the Amex ending {lastfour}. My address is {p1.addr1} if you need it.
Thanks,
{p1.full}
{p1.phone}
"""),
    T("""
Re: Your refund
{p1.sal}, your refund of {price} went out today – but to the card you paid with ({masked}), not to the account {p1.iban} you mentioned. That's a rule for card payments, sorry!
{_close_f}
{p2.full}
"""),
    T("""
hiya, {p1.lfull} here (order {order}). you've only refunded 2 of the 3 tops, still missing {price}. same account as always, {p1.iban}. ta x
"""),
]

# ------------------------------------------------------------------ return_form
G["return_form"] = [
    T("""
RETURNS FORM
Order no.: {order}      Return no.: {ticket}
From:
{p1.full}
{p1.addr}
Reason for return (tick one):
[x] Changed my mind   [ ] Too big   [ ] Too small   [ ] Faulty
Item: {sku}, {size}, qty 1
Refund to: ( ) original payment  (x) bank account: {p1.iban}
Signed: {p1.fi}
"""),
    T("""
§GB§Returns label – Royal Mail Tracked Returns
From: {p1.full}, {p1.addr1}
To: {shop} Returns Centre, {town}
Tracking: {tracking}
Weight: {weight}
"""),
    T("""
Your return is booked ✅
Return number: {ticket}
Collection on {date} between 8am and 12pm from:
{p1.full}
{p1.addr}
Phone for the driver: {p1.mobile}
"""),
    T("""
Returns intake {ticket} – {date}
Sender (label): {p1.fl}, {p1.street}
Contents: 1x {sku} (unworn, tags on), 1x {sku2} (stained!)
Checked by: {p2.first}
Note: a slip in the box said "please refund to {p3.full}, my [p3:daughter|son] ordered it"
"""),
    T("""
§US§Return authorization
Customer: {p1.hf}
Address: {p1.addr1}
Phone: {p1.mobile}
Refund to: store credit
Ship to: {shop} Returns, PO Box {qty}, {town}
"""),
    T("""
Exchange: please send size M instead of L.
Order {order} | {p1.full} | {p1.email}
New delivery address (for the exchange only!): {p3.full}, {p3.addr1}
"""),
    T("""
Model cancellation form
To: {shop}, {coline}, {shopmail}
I hereby give notice that I withdraw from my contract of sale of the following goods: kids' bike helmet, SKU {sku}
Ordered on: {date} / received on: {date2}
Name of consumer: {p1.full}
Address of consumer: {p1.addr1}
Date: {date3}
"""),
    T("""
RMA {ticket} | Status: received
Customer {p1.lf} · Tel. {p1.phone}
Item {gtin} – fault: screen flickers (firmware {ipver})
Collection address: {p1.addr1}
Technician update to {p1.email}
"""),
]

# ------------------------------------------------------------------ freelancer_invoice
G["freelancer_invoice"] = [
    T("""
§DE§{p1.full}
Photography & retouching
{p1.addr}
{p1.phone} · {p1.email}

Bill to:
{shop}
Attn: {p2.full}
{coaddr}

INVOICE {invoice}
Date: {date}

Product photography, autumn collection (42 images), flat fee: {amount}
No VAT charged under the small business rule (§ 19 UStG).

Please pay within 14 days to:
{p1.full}
IBAN {p1.iban}
BIC {bic}

Tax ID (Steuer-ID): {p1.tax}
Tax number: {steuernr}
"""),
    T("""
§GB§INVOICE {invoice}
Copywriter: {p1.full}, {p1.addr1}
Services: 12 product descriptions for the online shop, two rounds of edits
Total: {amount}
VAT reg.: {vatid}
UTR: {utr}
Payment: sort code {sortcode}, account {ukacct}, or IBAN {p1.iban}
"""),
    T("""
§DE§Hi {p2.first},

as discussed, here are my details for the framework contract:
Name: {p1.full}
Address: {p1.addr1}
German tax ID (Steuer-ID): {p1.tax}
Bank: {p1.iban}
I'm a small business (Kleinunternehmer), so no VAT ID.

Best,
{p1.first}
"""),
    T("""
§DE§Invoice – Instagram collaboration ({p1.handle})
Deliverables: 3 stories + 1 reel, campaign "Autumn Glow"
Fee: {amount}
Billed by: {p1.full}, {p1.addr1}
Tax ID: {p1.tax}
Pay to: {p1.iban}
"""),
    T("""
@accounts: {p1.full}'s invoice ({invoice}) came in without a tax number, only the personal tax ID {p1.tax}. Is that enough for the German books? Payment would go to {p1.iban}.
– {p2.first}
"""),
    T("""
§DE§Fee note {invoice} – {date}
Client: {shop}, {coline}
Contractor: {p1.full}, {p1.addr1}
Service: hosting the live-shopping stream on {date2}, 2 hrs
Amount: {amount} (VAT exempt, § 19 UStG)
Steuerliche Identifikationsnummer: {p1.tax}
Payable to: {p1.iban}
"""),
    T("""
§DE§Freelancer master data
Surname, first name: {p1.lf}
Name at birth: {p1.maiden}
Address: {p1.addr1}
Tax ID: {p1.tax}
Tax office / tax number: {town} / {steuernr}
Bank: {p1.iban}, account holder {p1.full}
Contact at {shop}: {p2.full}
"""),
    T("""
Hi {p2.first}, quick correction to invoice {invoice}: I swapped two digits in my tax ID. The right one is {p1.tax}. IBAN stays {p1.iban}. Sorry! {p1.first}
"""),
]

# ------------------------------------------------------------------ hr_onboarding
G["hr_onboarding"] = [
    T("""
§DE§New starter form – Social Media Working Student (Berlin office)
Surname, first name: {p1.lf}
Date of birth: {p1.dob}   Place of birth: {town}
Address: {p1.addr1}
Mobile: {p1.mobile}
Email: {p1.email}
German tax ID (Steuer-ID): {p1.tax}
Social security number: {svnr}
Health insurer: TK
Bank account (IBAN): {p1.iban}
"""),
    T("""
§DE§Subject: New hire starting {date}

Hi {p3.first},

we have a new colleague joining marketing on {date}:

{p1.full}, born {p1.dob}
{p1.addr}
Tax ID {p1.tax}, tax class 1
IBAN {p1.iban}

Could you set [p1:her|him] up in payroll? I'll post the signed paperwork.

Thanks,
{p2.full}
People Ops, {shop}
"""),
    T("""
§DE§Ticket {ticket} – payroll
{p1.full} (customer service, part-time) still hasn't sent the tax ID letter. On the phone on {date} [p1:she|he] gave it as {p1.tax}; the confirmation from the Federal Central Tax Office is still missing. Please enter it for now.
– {p2.fi}
"""),
    T("""
§DE§Change of details
Employee no.: {cust}
Name: {p1.full} (née {p1.maiden})
New address from {date}: {p1.addr1}
New bank account: {p1.iban}
Reason: marriage and move
"""),
    T("""
§DE§Internship contract – personal details
| Field          | Value |
|----------------|-------|
| Intern         | {p1.full} |
| Address        | {p1.addr1} |
| Date of birth  | {p1.dob} |
| Tax ID         | {p1.tax} |
| IBAN           | {p1.iban} |
| Supervisor     | {p2.full} |
"""),
    T("""
§GB§New starter checklist – warehouse temp
Name: {p1.LF}
Address: {p1.addr1}
Phone: {p1.phone}
NI number: {ni}
Emergency contact: {p3.full} ({p3.phone})
"""),
    T("""
§DE§Hi {p1.first},

welcome to the team! Before your first day on {date} we still need:
- your German tax ID (the one you sent, {taxlike}, doesn't pass the check digit – maybe a typo?)
- your health insurance membership letter
Your buddy for the first week is {p3.first}; [p3:she|he]'ll meet you at reception at 9.

Best,
{p2.first} from People
"""),
    T("""
§DE§Onboarding checklist – {p1.full}
[x] Contract signed ({date})
[x] Tax ID {p1.tax} entered
[ ] Check IBAN – given: {p1.iban}
[ ] Order laptop (IT contact: {p3.fi})
[ ] Shop admin access, user {p1.user}
"""),
]

# ------------------------------------------------------------------ letter
G["letter"] = [
    T("""
§GB§{shop}
{coaddr}

{p1.hf}
{p1.addr}

{date}

Your complaint of {date2}, order {order}

{p1.sal},

We are sorry that your rucksack arrived damaged. As an apology we enclose a voucher for {price} (code {voucher}).

Yours sincerely,

{p2.full}
Customer Services
"""),
    T("""
{p1.full}
{p1.addr}
{p1.phone}

{shop}
Customer Services
{coaddr}

{date}

Complaint about delivery on {date2}

Dear Sir or Madam,

For the third time my parcel has been left with a neighbour although I asked for delivery to my door. {p4.hl} next door is not always at home. Please raise this with your courier.

Yours faithfully,
{p1.full}
"""),
    T("""
§US§{p1.full}
{p1.addr}

{date}

{shop}
Attn: {p2.full}
{coaddr}

Re: Cancellation of order {order}

To whom it may concern,

I am writing to cancel the order above and request a full refund of {price} to my Visa card.

Sincerely,
{p1.full}
"""),
    T("""
{shop} · Customer Services · {coline}

{p1.hf}
c/o {p3.full}
{p3.addr}

Your account {p1.cust}

{p1.sal},

We have been unable to reach you on {p1.phone}. Please get in touch so we can deliver your order.

Kind regards,
{p2.full}
"""),
    T("""
§IE§{p1.full}
{p1.addr}

Registered post
{shop}
Legal Department
{coaddr}

{date}

Final reminder – outstanding refund

Dear Sir/Madam,

Despite my return of {date2}, I have not received the refund of {price}. I must insist on payment by {date3}.

Yours faithfully,
{p1.full}
"""),
    T("""
To all residents at {p1.street}

Hello neighbours,
for weeks now parcels for me ({p1.full}, flat 3) have been left in the wrong place. If you've taken in a parcel from {shop} for me, please text {p1.mobile} or just knock.
Thanks! {p1.first}
"""),
    T("""
From: {p1.full}, {p1.addr1}

{shop}
Data Protection Officer
{coaddr}

Objection to direct marketing

I object to the use of my personal data for marketing. Please confirm in writing to the address above or by email to {p1.email}.

{date}
{p1.full}
"""),
    T("""
{p1.hf}
{p1.addrc}

{date}

Your application to our product testing club

{p1.sal},

congratulations – you've been selected! Your test package will be posted in week {kw} to the address above. If you have any questions, {p2.hl} is on {p2.landline}.

{_close_f}
{shop}
"""),
]

# ------------------------------------------------------------------ shipping_label
G["shipping_label"] = [
    T("""
§GB§ROYAL MAIL TRACKED 24
From: {shop} Dispatch, {town}
To:
{p1.full}
{p1.addr}
Tracking: {tracking}
Weight: {weight}   Ref: {order}
"""),
    T("""
§US§USPS PRIORITY MAIL
SHIP TO:
{p1.ufull}
{p1.addr}
TRACKING #: {tracking}
Ref: {order}
"""),
    T("""
Driver notes – route {qty}
{tick}: {p1.street} – no answer, left with neighbour {p3.hl}, card through the door.
{tick}: {p4.street} – dog in the yard, left in the garage as per safe-place instruction.
{tick}: {p5.addr1} – refused, back to depot.
"""),
    T("""
Deliver to:
{p1.full}
c/o {firm}
{coaddr}
Driver note: reception on 3rd floor, ask for {p1.hl}. Tel. {p1.phone}
"""),
    T("""
§IE§An Post – we missed you
For: {p1.full}, {p1.addr1}
We tried to deliver your parcel on {date}. It's waiting at your local post office ({town}).
Item: {tracking}
Someone else can collect it for you, e.g. {p3.full}, with this card and ID.
"""),
    T("""
Parcel locker delivery
Recipient: {p1.full}
Locker: InPost {qty}, {town}
Collection code sent to {p1.mobile}
Order {order}
"""),
    T("""
Hi {p1.first},
your parcel ({tracking}) was left with your neighbour today at {time}:
{p3.full}, {p3.street}
Please collect it from there. Your delivery team
"""),
    T("""
DELIVERY NOTE {invoice}
Deliver to:
{p1.hf}
{p1.addrc}

Line Qty SKU           Description
1    2   {sku}   Water bottle 750 ml
2    1   {sku2}   Head torch, fw {ipver}
Packed by: {p2.first} · Checked: {p3.fi}
"""),
]

# ------------------------------------------------------------------ product_review
G["product_review"] = [
    T("""
★★★★☆ by {p1.fl} on {date}
"Fits great, sleeves are a bit long though. My husband (6'1") wears a L."
Reply from {shop}: Thanks {p1.first}! We'll pass that on to the product team. – {p2.first}
"""),
    T("""
Reviews – "Fjordlight 30" daypack (SKU {sku})
5/5 – {p1.full}, {p1.town}: Top quality, fast delivery.
2/5 – {p3.handle}: zip broke after three weeks.
4/5 – {p4.fl}: Good but pricey ({price}).
"""),
    T("""
Google review – 3 stars
{p1.full}: The advice in store from {p2.first} was brilliant, but delivery took forever. I rang three times. Anyone with questions, feel free to call me: {p1.mobile}
Response from the owner: Hi {p1.hl}, thanks for your feedback! Please don't post phone numbers here – we'll email you.
"""),
    T("""
Moderation – review #{ticket} (reported)
Author: {p1.user}
Text: "Ordered for my [p3:sister|brother] {p3.full}, delivery to {p3.addr1} NEVER arrived!!! My number is {p1.phone}, call me back."
Decision: not published (personal data). Handled by: {p2.first}
"""),
    T("""
Question from {p1.fl}: Is this jacket OK for ski touring?
Answer from {p3.first} (verified buyer): I use it for exactly that, perfect under a shell.
Answer from {shop}: As {p3.first} says – as a mid-layer yes, as an outer layer not really.
"""),
    T("""
New review for {shop}
Customer: {p1.full} ({p1.email})
Order: {order}
Review: "All great, thanks to {p2.first} for changing my address so quickly!"
Stars: 5
"""),
    T("""
"The 'Harper' lamp is gorgeous but the cable is too short." – {p1.fl}
"Bought two, one for my [p3:mum|dad] in {town}." – {p4.full}
"Customer service ({p2.first}) were super quick." – {p5.handle}
"""),
    T("""
Review by {p1.lfull} ★★★★★
honestly great!! rang {p2.first} on the helpline cos i had the wrong size and the exchange was sorted in 2 days. would recommend
"""),
]

# ------------------------------------------------------------------ social_media
G["social_media"] = [
    T("""
{p1.handle} When's the green one back in stock? 😍
↳ {shophandle} End of the month! Want us to let you know?
{p3.handle} {p4.handle} look, the one you wanted
{p5.handle} My order {order} still hasn't arrived… I'm {p5.full}, please get in touch on {p5.email}
"""),
    T("""
Message from {p1.full} via Facebook
"Hi! I won your giveaway 🙂 My address is {p1.addr1}. Thanks, {p1.first}"
Reply ({p2.first}): Congratulations {p1.first}! Your prize ships this week.
"""),
    T("""
{shophandle} been waiting 2 weeks for my refund!!! order {order}. i'm {p1.lfull} if you want to find me in your system 😤
— Reply {shophandle}: Hi {p1.first}, so sorry about this! Please DM us your details rather than posting them publicly 🙏 ^{p2.first}
"""),
    T("""
platform,user,comment,flag
tiktok,{p1.handle},"my [p3:mum|dad] {p3.full} ordered this too lol",ok
tiktok,{p4.handle},"call me {p4.mobile}",personal_data
instagram,{p5.handle},"where's your shop in {town}?",ok
"""),
    T("""
Post in the "{shop} Fans" group:
{p1.full}: Anyone returned something after 30 days? {p3.first} from customer service told me it's fine.
  Comment from {p4.full}: {p3.first} sorted mine as well!
  Comment from {p5.handle}: just ring them, they're lovely
"""),
    T("""
LinkedIn message
{p1.full} · Procurement at {firm}
Hi {p2.first}, we spoke briefly at the show in {town}. Would you be interested in branded jackets for our staff? I'm on {p1.landline} or {p1.email}.
"""),
    T("""
DM to {shophandle}
{p1.handle}: hiii can i still change my order? it needs to go to my new place: {p1.addr1}
{shophandle}: Hi {p1.first}, of course! What name did you order under?
{p1.handle}: {p1.full}
{shophandle}: Thanks, all changed 💚 ^{p2.first}
"""),
    T("""
Story reply from {p1.handle}: "OMG {p3.first} got me the beanie 😭 thank you {p3.handle}!!"
Repost planned: yes, consent from {p1.full} via DM on {date}.
"""),
]

# ------------------------------------------------------------------ giveaway
G["giveaway"] = [
    T("""
🎉 Giveaway winners 🎉
Our three advent winners are:
1. {p1.fl} from {town}
2. {p3.fl} from {town2}
3. {p4.handle}
Please DM us your address by {date}!
"""),
    T("""
Subject: You've won!

Hi {p1.first},

congratulations! You've won a {price} voucher in our summer prize draw. Please confirm your delivery address by {date}:

{p1.full}
{p1.addr}

Still correct? Just reply "yes".

The {shop} team
"""),
    T("""
Prize draw winners (draw {date}, witnessed by {p2.full})
Place | Name | Email | Address
1 | {p1.full} | {p1.email} | {p1.addr1}
2 | {p3.full} | {p3.email} | {p3.addr1}
3 | {p4.full} | {p4.email} | pending
"""),
    T("""
omg yay!! my address:
{p1.full}
{p1.addr}
mobile: {p1.mobile}
thanks so much x {p1.lfirst}
"""),
    T("""
Competition entries "Name our mascot"
{isots} | {p1.email} | answer: Bramble | name: {p1.full}
{isots2} | {p3.email} | answer: Mossy | name: {p3.lfull}
{isots3} | {p4.email} | answer: Puddle | name: {p4.fl}
"""),
    T("""
§US§Sweepstakes – winner notification
Hi {p1.hl},
you've won the camping bundle (ARV $490)! We'll ship it to {p1.addr1}. Please confirm your phone number ({p1.mobile}) for the carrier.
Best, {p2.full}
"""),
    T("""
Internal note: {p1.full} entered the giveaway twice ({p1.email} and {p1.email2}). Disqualify under the T&Cs? Both entries have the same address: {p1.street}. – {p2.first}
"""),
    T("""
Winners post (draft)
Congrats to {p1.first} from {p1.town} and {p3.first} from {p3.town}! 🎁 You each get a picnic set. Thanks to everyone who entered – and to {p2.first} for the lovely photos.
"""),
]

# ------------------------------------------------------------------ influencer_outreach
G["influencer_outreach"] = [
    T("""
Hi {p1.first},

I'm {p2.full} and I look after partnerships at {shop}. We love your content on {p1.handle}! Would you like to try our new outdoor range? If so, just send me your address and clothing size.

Best,
{p2.first}
{p2.wemail} | {p2.mobile}
"""),
    T("""
Hey {p2.first}! Would love to 🙌 Size S/M. Address:
{p1.full}
{p1.addr}
For the courier: {p1.mobile}
Contracts go to my manager {p3.full} ({p3.email}) please.
"""),
    T("""
Channel | Name | Followers | Contact | Status
{p1.handle} | {p1.full} | 48k | {p1.email} | parcel sent {date}
{p3.handle} | {p3.full} | 112k | via management ({p4.full}) | offer open
{p5.handle} | {p5.fl} | 9k | {p5.email} | declined
"""),
    T("""
Brief – "Misty Woods" campaign – creator: {p1.full} ({p1.handle})
Send samples to: {p1.addr1}
Fee: {amount} on invoice, payment to {p1.iban}
Internal contact: {p2.full}
Posting window: {date} to {date2}, code {voucher}
"""),
    T("""
Gifting log Q{quarter}
- {date}: parcel to {p1.full}, {p1.addr1} – tracking {tracking}
- {date2}: parcel to {p3.full}, {p3.addr1} – tracking {tracking2}
- {date3}: {p4.full} declined (no outdoor content any more)
"""),
    T("""
Subject: Re: {shop} x {p1.handle}

Hi {p2.first},

thanks for the offer! For the invoice you'll need my details:
{p1.full}
{p1.addr}
Tax ID {p1.tax} (I'm registered in Germany)

Best,
{p1.first}

> On {date}, {p2.full} wrote:
> Hi {p1.first}, please find the contract for the story series attached …
"""),
    T("""
§US§Hey {p1.first}!
We'd love to send you our fall collection – no strings attached. What's the best shipping address? We'll pop it in the mail this week.
Talk soon,
{p2.first} ({shop}, {p2.mobile})
"""),
    T("""
Creator database (extract)
Name: {p1.full}
Handle: {p1.handle}
Email: {p1.email}
Phone: {p1.phone}
Address: {p1.addr1}
Notes: often works with {p3.full}; photos by {p4.first}.
"""),
]

# ------------------------------------------------------------------ meeting_notes
G["meeting_notes"] = [
    T("""
Minutes – marketing weekly, {date}
Attendees: {p1.full}, {p2.full}, {p3.full}; apologies: {p4.full}
1. Autumn campaign
- Shoot on {date2} in {town}; {p1.first} books location and models
- Newsletter delayed because {p3.last} is still waiting for sign-off
2. Complaint from {p5.hl}
- {p2.first} to call the customer today ({p5.phone}) and offer code {voucher}
Next meeting: {weekday}, {time}
"""),
    T("""
Action items (sync {date})
[ ] {p2.first}: send influencer shortlist to {p3.first}
[ ] {p3.fi}: confirm Q4 budget
[x] {p4.first} & {p1.first}: landing page live
Open: waiting on {p5.hf} (agency) about image rights
"""),
    T("""
Notes – weekly catch-up {date}
{p1.poss} idea of lowering the free-shipping threshold to {price} got a thumbs up. {p2.first} will run the numbers by {weekday}. We agreed with {p3.hl} at the printers that catalogues arrive in week {kw}. {p4.possl} team takes on the translations; questions to {p4.email}.
"""),
    T("""
Retro – Black Friday
Went well: {p1.poss} emails had a {pct} open rate. {p2.full} coordinated customer service brilliantly.
Didn't go well: site went down on {date} at {time}; {p3.first} says it was a traffic spike from {ip} (bot).
Changes: {p4.last} and {p1.last} to draft a queueing plan by {date2}.
"""),
    T("""
Teams meeting – auto transcript (excerpt)
{p1.full}  {tick}
Okay, let's start. {p2.first}, can you share the numbers?
{p2.full}  {tick}
Sure, conversion is at {pct}, that's up on last month.
{p3.full}  {tick}
And the complaint from {p4.hl} – is that sorted?
{p1.full}  {tick}
Yes, {p5.first} sent [p4:her|him] a replacement yesterday.
"""),
    T("""
§US§Meeting notes {date}, Portland office
Present: {p1.hf}, {p2.hf}, {p3.full}
1. Trade show in {town}: booth staffed by {p3.first} and {p2.last}.
2. Complaint from {p4.full} ({p4.addr1}): replacement approved.
3. Next meeting {date2}.
"""),
    T("""
Customer panel notes {date}
Panel members present: {p1.full} (chair), {p3.full}, {p4.fl}
From the shop: {p2.full}
- {p1.first} wants more sizes for tall people.
- {p3.first} says parcels often end up with [p3:her|his] neighbour.
- Contact for follow-ups: {p1.email}
"""),
    T("""
Stand-up {weekday}
{p1.first}: Shopify theme updated to {version}, tests green.
{p2.first}: stuck on the request from {p3.hf} – [p3:she|he] needs the invoice in the name of {firm}.
{p4.first}: off sick, {p5.first} covering.
The {p1.last} complaint is closed, credit went out yesterday.
"""),
]

# ------------------------------------------------------------------ team_chat
G["team_chat"] = [
    T("""
#customer-service
{p2.user} {tick}: can someone call {p1.hl} back? [p1:she's|he's] waiting on a credit, number is {p1.phone}
{p3.user} {tick}: on it after lunch 👍
{p2.user} {tick}: ta! order {order}, [p1:she's|he's] rung twice already
"""),
    T("""
[{tick}] {p2.full}: Quick one – does anyone have the new address for {p1.full}? Parcel came back.
[{tick}] {p3.full}: Yep, [p1:she|he] moved: {p1.addr1}
[{tick}] {p2.full}: Legend, thanks {p3.first}!
"""),
    T("""
@{p3.user} can you change the billing address on {p1.lfull}'s order ({p1.email})? new one: {p1.addr1}
thank youuu – {p2.lfirst}
"""),
    T("""
{p2.first}: heads up, someone posted their full card number in a review ({card}) 😱 I've hidden it.
{p3.first}: yikes. who?
{p2.first}: {p1.fl}, order {order}. I'll email [p1:her|him] at {p1.email}.
"""),
    T("""
Handover late shift → early shift ({date})
- {p1.hf} waiting for a call back about a late delivery, {p1.phone}
- parcel for {p3.full} still at reception (collecting {weekday})
- {p4.first} logged returns up to shelf 12, {p5.first} doing the rest
- the {p1.last} refund is flagged "address unclear" in the system
Have a good one! {p2.first}
"""),
    T("""
§US§{p2.first} {tick}
y'all, {p1.hf} called AGAIN about the package at {p1.street}
{p3.first} {tick}
I'll take it. is that the one with the cell {p1.mobile}?
{p2.first} {tick}
yep 👍
"""),
    T("""
#marketing
{p1.user}: who has the release for the photo of {p3.full}? can't post it without a model release
{p2.user}: it's in {p4.poss} inbox, [p3:she|he] signed on {date}
{p1.user}: great, going out tomorrow then
"""),
    T("""
DM from {p2.full}
hey {p3.lfirst}, fyi the customer on IP {ipany} tried to log in 14 times today – account {p1.email} is locked now. if {p1.hl} calls, please verify ID (DOB {p1.dob}).
"""),
]

# ------------------------------------------------------------------ gift_order
G["gift_order"] = [
    T("""
Gift message for order {order}:
"Dear {p3.first}, happy birthday! Thinking of you. Love, {p1.first} & {p4.first}"
Deliver to: {p3.full}, {p3.addr1}
Send without prices.
"""),
    T("""
Gift card for {price}
To: {p3.full}
From: {p1.full}
Message: "For the best [p3:nan|grandad] in the world – from {p1.first}"
Code: {voucher}
Email delivery to {p3.email} on {date}
"""),
    T("""
Gift service order form
Ordered by: {p1.full}, {p1.email}, {p1.phone}
Recipient: {p3.full}
Delivery address:
{p3.addr}
Requested date: {date}
Gift wrap: yes ({price})
Card: "Surprise! From {p1.first}"
Payment (taken by phone): card {card}, exp {expiry}
"""),
    T("""
Hello {shop},
I'd like to send something to my godchild {p3.first} for starting school. The address is at [p3:her|his] parents', {p4.full}, {p4.addr1}. Please don't put the receipt in the parcel! I'll pay with my card {card}.
Thanks, {p1.full}
"""),
    T("""
Corporate gifts – recipient list
{p1.full} | {p1.addr1} | card: "Thanks for a great year working together!"
{p3.full} | {p3.addr1} | card: "Happy holidays, {p3.first}!"
{p4.full} | {p4.addr1} | no card
Signed on the card: {p2.full}, {shop}
"""),
    T("""
§US§Gift to: {p3.hf}, {p3.addr1}
From: {p1.full}, {p1.addr1}
Message: "Get well soon, {p3.first}! Love, {p1.first}"
Deliver {date}, before 10am please
"""),
    T("""
Note on order {order}: this is a surprise for {p3.full}! Please do NOT call [p3:her|him] – if there's a problem, only contact me: {p1.mobile}. Delivering to {p3.street}.
"""),
    T("""
E-gift card sent ✉️
To: {p3.email}
Message from {p1.first}: "hey {p3.lfirst}, treat yourself 💛"
Value: {price} · Code: {voucher}
"""),
]

# ------------------------------------------------------------------ vcard
G["vcard"] = [
    T("""
BEGIN:VCARD
VERSION:3.0
N:{p1.last};{p1.first};;;
FN:{p1.full}
ORG:{firm}
TEL;TYPE=CELL:{p1.mobile}
TEL;TYPE=WORK:{p1.landline}
EMAIL;TYPE=INTERNET:{p1.email}
ADR;TYPE=HOME:;;{p1.street};{p1.town};;{p1.zip};{p1.country}
END:VCARD
"""),
    T("""
BEGIN:VCARD
VERSION:4.0
FN:{p1.full}
N:{p1.last};{p1.first};;{p1.hon};
EMAIL:{p1.email}
TEL;VALUE=uri;TYPE=cell:tel:{p1.mobile}
NOTE:Met via {p3.full}, trade show {town}
END:VCARD
"""),
    T("""
Contact: {p1.full}
Company: {firm}
Job title: Buyer
Business: {p1.landline}
Mobile: {p1.mobile}
Email: {p1.email}
Business address: {coline}
Notes: assistant {p3.full}, direct line {p3.landline}
"""),
    T("""
Business card (scan, OCR)
{p1.ufull}
Head of E-commerce
{firm}
{coaddr}
T {p1.landline}  M {p1.mobile}
{p1.email}
"""),
    T("""
Name,Given Name,Family Name,E-mail 1 - Value,Phone 1 - Value,Address 1 - Street
{p1.full},{p1.first},{p1.last},{p1.email},{p1.phone},"{p1.street}"
{p3.full},{p3.first},{p3.last},{p3.email},{p3.phone},"{p3.street}"
"""),
    T("""
Emergency phone list (as of {date})
{p1.lf} ........ {p1.mobile}
{p3.lf} ........ {p3.mobile}
{p4.lf} ........ {p4.phone}
Caretaker: {p5.hl}, {p5.phone}
"""),
    T("""
BEGIN:VCARD
VERSION:3.0
N:{p1.last};{p1.first};;Dr.;
FN:Dr. {p1.name2}
TITLE:Owner
ADR;TYPE=WORK:;;{costreet};{cotown};;{cozip};{cocountry}
TEL:{p1.landline}
END:VCARD
"""),
    T("""
Shared contact:
👤 {p1.full}
📞 {p1.mobile}
✉️ {p1.email}
🏠 {p1.addr1}
"""),
]

# ------------------------------------------------------------------ lead_list
G["lead_list"] = [
    T("""
"Outdoor Trade Expo" – leads, booth B12 ({date})
Last, First | Company | Phone | Email | Interest
{p1.lf} | {firm} | {p1.phone} | {p1.email} | wholesale terms
{p3.lf} | {firm2} | {p3.phone} | {p3.email} | catalogue
{p4.lf} | – | {p4.phone} | – | call back
"""),
    T("""
badge_id,first_name,last_name,company,job_title,email,scanned_at
{qty},{p1.first},{p1.last},{firm},Buyer,{p1.email},{isots}
{qty2},{p3.first},{p3.last},{firm2},Managing Director,{p3.email},{isots2}
{qty3},{p4.first},{p4.last},,Marketing,{p4.email},{isots3}
"""),
    T("""
Leads from {date}:
- {p1.hf} ({firm}) wants 200 printed units, quote by {weekday} please. Tel. {p1.phone}
- {p3.full} – buyer at {firm2}, photographed the business card, {p3.email}
- someone from {firm3}, didn't catch the name, will get in touch
"""),
    T("""
Cold calls – sports clubs ({p2.first}'s list)
{town} Harriers: contact {p1.hl} (treasurer), {p1.phone} – call back {weekday}
{town2} RFC: {p3.full}, {p3.email} – interested in kit
{town3} parkrun: no contact, web form only
"""),
    T("""
CRM lead export ({date})
{p1.LF} | {p1.email} | score 82 | source: whitepaper download | IP {ip}
{p3.LF} | {p3.email} | score 64 | source: webinar | IP {ipsix}
"""),
    T("""
§US§Trade show contacts – Denver, {date}
{p1.hf}, {firm}, {p1.mobile} – wants a sample box shipped to {coline}
{p3.hf}, independent retailer from {town}, {p3.email}
"""),
    T("""
New stockist enquiry
Company: {firm}
Contact: {p1.full}
Role: owner
Address: {p1.addr1}
Phone: {p1.phone}
Website: www.{p1.user}-store.com
Message: We're a small shop looking for sustainable brands.
"""),
    T("""
Webinar follow-ups ({date})
✔ {p1.full} – quote sent
✔ {p3.full} – meeting {date2} at {time}
✘ {p4.full} – not interested
? {p5.full} – email {p5.email} bounced
"""),
]

# ------------------------------------------------------------------ gdpr_request
G["gdpr_request"] = [
    T("""
Subject: Subject access request

Dear Sir or Madam,

Under the UK GDPR I request a copy of all personal data you hold about me. To help you find it:
Name: {p1.full}
Date of birth: {p1.dob}
Email: {p1.email}
Address: {p1.addr1}
Customer number (if known): {p1.cust}

Yours faithfully,
{p1.full}
"""),
    T("""
hi pls delete my account and all my data. i don't want any more emails!!! {p1.email}
{p1.lfull}
"""),
    T("""
Privacy case {ticket} – erasure
Requester: {p1.lf}, {p1.email}
Identity verified on {date} by {p2.fi} (call back on {p1.phone})
Records found: shop account, newsletter (signed up {isots} from {ip}), 2 tickets
Deleted: account, newsletter, tickets
Retained: invoice {invoice} (6 years, tax law)
"""),
    T("""
{_greet_f}

Please find below the information we hold about you:
Contact details: {p1.full}, {p1.addr1}
Phone: {p1.phone}
Payment details: direct debit, IBAN {p1.iban}
Login history: {isots} ({ipany}), {isots2} ({ipany2})
Newsletter: not subscribed

{_close_f}
{p2.full}
Data Protection, {shop}
"""),
    T("""
Dear Sir or Madam,
I am writing on behalf of my late [p3:mother|father], {p3.full}, last living at {p3.addr1}. Please close [p3:her|his] customer account and stop all marketing. A copy of the death certificate is enclosed.
Yours faithfully,
{p1.full}
{p1.addr}
"""),
    T("""
§US§Do Not Sell or Share My Personal Information
Name: {p1.full}
Email: {p1.email}
State of residence: California
Request: opt out of sale/sharing; also delete data for my [p3:wife|husband] {p3.first} (same household, {p1.street}).
"""),
    T("""
Opt-out of marketing
Name: {p1.full}
Address: {p1.addr1}
No more catalogues please. Not to my [p3:wife|husband] {p3.first} either, same address.
"""),
    T("""
Erasure log (automatic)
{isots} account_deleted email={p1.email} name="{p1.full}"
{isots2} newsletter_unsubscribed email={p1.email} ip={ipany}
{isots3} addresses_removed count=2 (incl. {p1.street})
"""),
]

# ------------------------------------------------------------------ event_registration
G["event_registration"] = [
    T("""
Booking confirmed: sewing workshop, {date}, {time}
Attendee: {p1.full}
Guest: {p3.full}
Contact: {p1.email}, {p1.mobile}
Venue: our {town} store, first floor (entrance via the courtyard)
"""),
    T("""
Trail running meet-up – sign-up sheet {date}
No | Name | Club | Emergency contact
1 | {p1.full} | Harriers | {p3.full}, {p3.phone}
2 | {p4.full} | – | {p5.first} ({p5.phone})
3 | {p6.full} | {town} AC | –
"""),
    T("""
Hi {p1.first},
you're on the waiting list for the "Campfire Cooking" class on {date}. If a place opens up we'll text you on {p1.mobile}. Currently 12 of 12 places taken.
Best, {p2.first}
"""),
    T("""
Form submission – event sign-up
first_name={p1.first}
last_name={p1.last}
email={p1.email}
guest={p3.full}
dietary=vegetarian
ip={ipany}
time={isots}
"""),
    T("""
Your ticket 🎟️
Event: summer party in store – {date}, from {time}
Name: {p1.full}
Ticket no.: {order}
Show this at the door. Plus one: {p3.first}
"""),
    T("""
Reading cancelled – {date}
{p1.sal}, unfortunately we have to cancel the author event. We'll refund your ticket ({order}) to your card {masked}. For questions, {p2.hl} is on {p2.landline}.
{_close_f}
"""),
    T("""
§IE§Hill walk booking – {date}
{p1.full}, {p1.phone}
{p3.full}, {p3.phone}
Meet: car park at the trailhead, 8am. Leader: {p2.hf}
"""),
    T("""
New sign-up for "Bike repair for beginners":
{p1.lfull} ({p1.email}) is registering [p1:herself|himself] and [p1:her|his] friend {p3.lfull}. Neither has an account yet.
"""),
]

# ------------------------------------------------------------------ web_form
G["web_form"] = [
    T("""
New enquiry via {shopurl}
---------------------------------
First name: {p1.first}
Last name: {p1.last}
Email: {p1.email}
Phone: {p1.phone}
Subject: Delivery question
Message: Hi, can order {order} go to my work address instead? {coline}. Thanks!
---------------------------------
Sent {date} at {time} from IP {ipany}
"""),
    T("""
Call-back request
Name: {p1.hf}
Phone: {p1.phone}
Best time: {weekday} after {time}
Topic: advice on a kids' sleeping bag
"""),
    T("""
Business enquiry
Company: {firm}
Contact: {p1.full}
Email: {p1.email}
Phone: {p1.landline}
Delivery address: {coline}
Quantity: {qty} units
Message: Please send the quote to {p1.first} and copy {p3.email}.
"""),
    T("""
Contact form – payment problem
Name: {p1.full}
Email: {p1.email}
Message: my card {card} keeps getting declined even though there's money on it. please help
IP: {ipsix}
"""),
    T("""
POST /webhooks/forms
{"form":"contact","fields":{"name":"{p1.full}","email":"{p1.email}","phone":"{p1.phone}","message":"Please call back"},"meta":{"ip":"{ipany}","ts":"{isots}"}}
"""),
    T("""
§US§Contact us
First name: {p1.first}
Last name: {p1.last}
Street address: {p1.street}
ZIP: {p1.zip}
Cell: {p1.mobile}
Message: is your {town} store open on Sunday?
"""),
    T("""
"Unsubscribe" form – received {isots}
Email: {p1.email}
Reason: I get every email twice, also at {p1.email2}
"""),
    T("""
Repair request (online)
Customer: {p1.full}
Collection address: {p1.addr1}
Phone: {p1.phone}
Item: e-bike battery, serial {cardlike}
Firmware shown: {ipver}
"""),
]

# ------------------------------------------------------------------ testimonial
G["testimonial"] = [
    T("""
What our customers say:
"This jacket got me through the whole winter." – {p1.fl}, {town}
"Quick delivery and great advice from {p2.first}!" – {p3.full}
"Finally a shop that does repairs." – {p4.hf}, teacher from {town2}
"""),
    T("""
Consent to publish
I, {p1.full}, of {p1.addr1}, agree that {shop} may use my quote and photo on its website.
Quote: "My favourite backpack for three years now."
Name to be shown: {p1.fl}
{p1.town}, {date} – signed: {p1.full}
"""),
    T("""
Customer story: how {p1.full} cycled from {town} to {town2}
{p1.first} is a nurse who rides 20 km every day. "The {shop} waterproof trousers are the best I've ever had," [p1:she|he] says. [p1:She|He] was kitted out by {p2.first} in our shop.
"""),
    T("""
Top reviews this week
⭐⭐⭐⭐⭐ "Perfect!" – {p1.fl}
⭐⭐⭐⭐⭐ "Thanks to {p2.first} for being so patient on the phone" – {p3.fl}
⭐⭐⭐⭐ "Good, but delivery took a while" – {p4.handle}
"""),
    T("""
Video testimonial – transcript
"Hi, I'm {p1.first}, I live in {p1.town} and I love hiking. I've been wearing the {shop} boots for two years…"
On-screen caption: {p1.full}, {p1.town}
Release signed {date}, contact {p1.email}
"""),
    T("""
Press quote for the website:
"{shop} shows that sustainable fashion can be affordable." – {p1.hf}, editor at City Life magazine
Approval questions: {p1.email}
"""),
    T("""
Customer quotes (landing page draft)
"best customer service ever!" – {p1.lfirst} from {town}
"Ordered for {p3.first} and [p3:she|he] loved it." – {p4.fl}
"""),
    T("""
Voices from the community
{p1.full}, {p1.town}: "I've had this jacket repaired three times."
{p3.full}: "My daughter loves the beanie."
Photos: {p4.full}
"""),
]

# ------------------------------------------------------------------ address_change
G["address_change"] = [
    T("""
Hi,
I've moved house. Please update the address on my account ({p1.email}):
old: {p1.oldaddr1}
new: {p1.addr1}
Thanks, {p1.first}
"""),
    T("""
Mail redirection notice
A redirection has been set up for {p1.full}.
Old address:
{p1.oldaddr}
New address:
{p1.addr}
From {date}
"""),
    T("""
Change log – customer {p1.cust}
{isots} field "line1": "{p1.oldstreet}" → "{p1.street}" (changed by {p2.user})
{isots2} field "phone": "{p1.phone}" → "{p1.phone2}"
{isots3} field "email": "{p1.email}" → "{p1.email2}"
"""),
    T("""
Please stop sending to the parcel locker and use my home address instead:
{p1.full}
{p1.addr}
Locker account {postnr} can be removed. Thanks!
"""),
    T("""
§US§Address update
Name: {p1.hf}
Old address: {p1.oldaddr1}
New address: {p1.addr1}
Phone stays the same: {p1.phone}
"""),
    T("""
§GB§Moving on {date}
Hello, please update my address to:
{p1.full}
{p1.addr}
and delete the old one ({p1.oldstreet}). Cheers!
"""),
    T("""
hi! moved in with {p3.first} 🙂 new address is {p3.street} (same town as before). name on the letterbox is {p3.last}. x {p1.lfirst}
"""),
    T("""
Address check failed – order {order}
Entered: {p1.street} (postcode missing)
Suggested: {p1.addr1}
Customer: {p1.full}, {p1.email}. Please confirm by phone ({p1.phone}).
"""),
]

# ------------------------------------------------------------------ dunning_letter
G["dunning_letter"] = [
    T("""
{shop} · Accounts

{p1.hf}
{p1.addr}

Payment reminder
Invoice {invoice} of {date} for {amount}

{p1.sal},

we're sure it's just slipped through the net: the invoice above is still unpaid. Please transfer the amount by {date2} to:
IBAN {iban} · BIC {bic}
Reference: {invoice}

{_close_f}
{p2.full}
Credit Control
"""),
    T("""
FINAL NOTICE
Customer: {p1.lf} ({p1.cust})
Address: {p1.addr1}
Outstanding: {amount} plus late fee {price}
Pay by: {date}
Bank: {shop}, IBAN {ibanc}
"""),
    T("""
Hi {p1.first},

just a friendly reminder: your invoice {invoice} for {amount} was due on {date}. If you've already paid, please ignore this email.

Your payment details: the direct debit from {p1.iban} was returned, unfortunately.

Best wishes,
{shop}
"""),
    T("""
Subject: Dispute of reminder {invoice}

Dear Sir or Madam,

I paid this invoice on {date} (transfer from my account {p1.iban}). Please check your incoming payments.

Yours faithfully,
{p1.full}
{p1.addr}
"""),
    T("""
Passed to collections – list {date}
{p1.lf} | {p1.addr1} | {amount} | last reminder {date2}
{p3.lf} | {p3.addr1} | {amount2} | last reminder {date3}
Approved by {p2.full}
"""),
    T("""
§IE§Payment reminder
{p1.hf}
{p1.addr}

Invoice {invoice} has been overdue since {date}. Please pay {amount} to IBAN {iban}.
Queries: {p2.full}, {p2.landline}
"""),
    T("""
Phone note – debt {invoice}
{p1.hl} rang: [p1:she|he] got the reminder but can only pay on {date} (payday). Payment plan declined. Number: {p1.phone}. Note by {p2.first}.
"""),
    T("""
§US§PAST DUE NOTICE
{p1.full}
{p1.addr}

Account {p1.cust} · Invoice {invoice} · Due {date}
Amount past due: {amount}
Pay online at {shopurl} or call {shopphone}.
"""),
]


# ================================================================== texts without personal data
C = {}

C["product_copy"] = [
    T("""
"Ridgeline" softshell jacket
SKU {sku} · GTIN {gtin}
Windproof, water-repellent and breathable – made for summer and autumn, and with a fleece underneath it'll see you through winter too. Colour: {colour}. Weight: {weight}. Price: {price} (RRP {price2}).
Pairs nicely with walking boots from {brand}.
"""),
    T("""
Cast-iron skillet "Ember", 28 cm – every cook's best friend
From hash browns to pancakes, it'll make a master chef of any home cook. Oven-safe to 500 °F, not dishwasher safe. In stock from {date}. SKU {sku}, GTIN {gtin}. Only {price}!
Note: not compatible with the "Baker" lid (SKU {sku2}).
"""),
    T("""
Jasmine green tea "Morning Dew", 100 g – {price}
Fragrant tea scented with jasmine blossom. Also available as Earl Grey and as a rose & pink peppercorn blend. Steep 2–3 minutes at 80 °C. Batch {hash}, best before {date}, GTIN {gtin}.
"""),
    T("""
The Harper armchair in cord ({colour})
Width 78 cm, seat height 45 cm, SKU {sku}. Goes with the Ellis footstool and the Hudson floor lamp ({price} each). Delivered by two-person courier in {qty} working days.
"""),
    T("""
Smart weather station "Petrel"
Firmware {ipver}, app version {version} or later. 2.4 GHz Wi-Fi, 100 m radio range. In the box: base station, outdoor sensor, power adapter. GTIN {gtin}, model {sku}. {price}.
Works with smart plugs from Bosch and Miele.
"""),
    T("""
New in: bags from {brand} and boots from {brand2}
The "Autumn Wood" collection mixes wool from a local farmer with recycled nylon. Online from {date}, in our {town} and {town2} shops from {weekday}. Prices from {price}.
"""),
    T("""
Kids' rain set "Puddle Jumper" (ages 2–8)
Jacket and dungarees, PU coated, PFC-free, with a fox & hare print. Colours: rose, {colour}. SKU {sku}, {price}. Like everything from {brand}: 2-year guarantee.
"""),
    T("""
Flask "Spring" 750 ml – hot for 12 h, cold for 24 h
18/8 stainless steel, BPA-free, cup lid. Version 2 with improved seal (batch {hash} onwards). RRP {price}, now {price2}. GTIN {gtin}.
"""),
]

C["campaign_plan"] = [
    T("""
Autumn campaign plan
Week {kw}: Instagram teasers, budget {amount}
Week {kw2}: newsletter "Winter is coming", send {weekday} at {time}
Week {kw3}: code {voucher}, {pct} off everything except sale
Targets: conversion rate 2.8%, AOV {price}
Tracking: utm_source=newsletter&utm_campaign=autumn_wk{kw}
"""),
    T("""
Content calendar
Date | Channel | Topic | Owner
{date} | Instagram | Fox-print beanies | Social team
{date2} | Blog | Summer in the hills: 7 tips | Editorial
{date3} | Newsletter | Mother's Day: Rose, Jasmine & co. | CRM team
{date4} | Pinterest | Winter looks | Social team
"""),
    T("""
Subject line A/B test – starts {date}, {time}
Variant A: "Winter can come ❄️"
Variant B: "Save {pct} now – until {weekday} only"
Sample: {qty},000 recipients, segment "Loyal – North" (postcode areas LS, YO, NE)
Send tool version {version}
"""),
    T("""
Q{quarter} budget overview
Paid social: {amount}
Search ads: {amount2}
Trade show in {town} (Hall 4, booth C12): {amount3}
Catalogue print ({supplier}): {amount4}
Contingency: 10%
"""),
    T("""
Keyword research "rain jacket" ({date})
rain jacket women – 22,200 searches/month
fisherman rain jacket – 880 (anglers)
winter rain jacket – 6,600
hunter rain jacket – 140 (brand confusion with Hunter boots)
Focus: "waterproof rain jacket", CPC {price}
"""),
    T("""
Shoot brief "Summer Meadow"
Date: {date}, {time} to 5pm, location: Rosewood Farm near {town}
Products: {sku}, {sku2}, {sku3}
Moodboard: farmhouse, rose and sage, spring light
Sign-off by {date2} – follow style guide version {version}
"""),
    T("""
Retargeting set-up
Audience 1: cart abandoners, last {qty} days
Audience 2: buyers of {sku} (winter cross-sell)
Frequency cap: 3/week, runs {date} – {date2}
Pixel version {ipver}
"""),
    T("""
December promo calendar
St Nicholas ({date}): free delivery over {price}
Third Advent weekend: code {voucher}
Christmas: last order for delivery by the 24th is {date2} at {time}
New Year's Eve: warehouse closed
"""),
]

C["shipping_update"] = [
    T("""
Your parcel {tracking} is on its way!
{date}, {time}: processed at the {town} hub
{date2}, {time2}: out for delivery
Expected: {weekday} between 10am and 2pm
Order {order}
"""),
    T("""
Delivery delays
Because of industrial action at the {town} sorting centre, parcels to postcode area {zip} may be delayed by up to two working days. Affected orders: from {order}. Thanks for bearing with us.
"""),
    T("""
Your parcel is ready to collect.
Parcel locker {qty}, {town}
Collection code: {postnr}
Collect by: {date}
Tracking: {tracking}
"""),
    T("""
Return received
We received your return for order {order} on {date}. The refund of {price} will go back to your original payment method within a few days.
Return number: {ticket}
"""),
    T("""
Your order status
{order} – shipped {date} – {tracking}
{order2} – processing – expected {weekday}
{order3} – delivered {date2}
"""),
    T("""
USPS tracking
Tracking number {tracking}
{date} {time}: accepted at {town} post office
{date2}: arrived at regional facility
{date3}: delivered, front porch
"""),
    T("""
Two-person delivery booked
Your sofa will be delivered on {date} between {time} and {time2}. The courier will call the day before. Order {order}, 3 packages, total weight {weight}.
"""),
    T("""
Delivery attempt failed
Parcel {tracking} couldn't be delivered on {date}. We'll try again on {weekday}. Or collect it from our {town} store with reference {qty}.
"""),
]

C["faq"] = [
    T("""
Which payment methods do you accept?
Visa, Mastercard, American Express, PayPal, Apple Pay and Klarna. For card payments we only ever show the last four digits in your account, e.g. {masked}. We never store full card numbers.
"""),
    T("""
How do I return something?
Free within 30 days. Print the returns label from your account and drop the parcel at any post office. Our returns centre is in {town}. Refunds usually take {qty} working days.
"""),
    T("""
Where's my order number?
It's in your confirmation email, e.g. {order}. Invoice numbers look like {invoice}, and Royal Mail tracking numbers look like {tracking}.
"""),
    T("""
Can I pay by direct debit?
Yes, for customers in the eurozone. You'll enter your IBAN at checkout – an Irish IBAN has 22 characters and starts with IE. Our SEPA creditor ID is on the advance notice: {creditor}.
"""),
    T("""
Do you store my IP address?
When you visit our shop, your IP address is stored for up to 7 days and then truncated (the last octet is set to 0). More in our privacy notice, version {version}.
"""),
    T("""
What size should I get?
Our sizes are true to fit. For boots, go half a size up if you're between sizes (e.g. UK 8 instead of 7.5). The measurements are in the size chart on each product, e.g. {sku}.
"""),
    T("""
Can I combine a discount code with other offers?
One code per order, e.g. {voucher}. Gift cards (numbers like {cardlike}) can be combined with codes.
"""),
    T("""
Do you ship to the US?
Yes, free over {price}. Duties are prepaid, so there's nothing to pay on arrival. Delivery takes 5–8 working days.
"""),
]

C["release_notes"] = [
    T("""
Shop app release notes {version}
- New: wishlist now syncs across devices
- Fix: crash when opening orders with more than 50 lines
- Minimum iOS 16.4, Android 10
Build {hash}, released {date}
Card terminal firmware: {ipver}
"""),
    T("""
## Changelog

### {version} ({date})
- Checkout: parcel lockers now validate correctly
- Search: better typo tolerance for terms like "Summer" and "Winter"

### {version2} ({date2})
- Dependency bumped to {ipver}
- Security update (CVE-2024-{qty}{qty2})
"""),
    T("""
Maintenance notice
On {date} between {time} and {time2} we're updating the till software in all stores to version {ipver}. Card payments won't be possible during that window. Ticket {ticket}.
"""),
    T("""
API changes v3 → v4
- `customer_name` is removed; use `customer.first_name` / `customer.last_name`
- timestamps are now ISO 8601, e.g. {isots}
- rate limit: {qty} requests per minute
v3 deprecated on {date}
"""),
    T("""
Sprint {kw} bug list
{ticket}: discount applied twice on {sku} – fixed
{ticket2}: "Colour: Rose" filter returns nothing – fixed
{ticket3}: layout glitch on iPad (iPadOS 17.4.1) – open
"""),
    T("""
Warehouse system versions
Server: {ipver}
Scanner firmware: {ipver2}
Label printer driver: {version}
Next update: week {kw}
"""),
    T("""
Note to all stores: the scale at till 2 throws error E-{qty} after the update. Please do not install version {version} manually. Report back on ticket {ticket}.
"""),
    T("""
New in version {version}:
• dark mode
• faster product images (WebP)
• order history going back {qty} months
Known issue: push notifications delayed on Android 14.
"""),
]

C["inventory_export"] = [
    T("""
sku,gtin,description,stock,bin,price
{sku},{gtin},Merino tee men's M,{qty},A-12-03,{price}
{sku2},{gtin2},Wool socks 6-8,{qty2},B-04-11,{price2}
{sku3},{gtin3},Water bottle 750 ml,{qty3},C-01-07,{price3}
"""),
    T("""
Stock-take variances {date}
{sku} (sleeping bag "Winter"): expected {qty}, counted {qty2}
{sku2} (backpack "Fisher"): expected {qty3}, counted {qty3}
{sku3}: batch {hash} quarantined
"""),
    T("""
Supplier price list – {supplier} – valid from {date}
Ref. {cardlike} | Cotton tote, natural | {price}
Ref. {cardlike2} | Printed jute bag | {price2}
Minimum order: {qty} units
"""),
    T("""
Gift cards – delivery, series B
Card numbers {cardlike} to {cardlike2}
Quantity: {qty}
Value per card: {price}
Activated at the till only
"""),
    T("""
Reorder list {weekday}
{sku} | GTIN {gtin} | stock {qty} | reorder point 20 | reorder: yes
{sku2} | GTIN {gtin2} | stock {qty2} | reorder point 10 | reorder: no
{sku3} | GTIN {gtin3} | stock 0 | reorder: yes, rush
"""),
    T("""
Warehouse locations, hall 2
Rack 12, bay 3: tents ({sku})
Rack 14, bay 1: sleeping mats ({sku2})
Block C, level 2: returns awaiting inspection, as of {date}
"""),
    T("""
{"sku":"{sku}","gtin":"{gtin}","stock":{qty},"warehouse":"{town}","updated":"{isots}"}
{"sku":"{sku2}","gtin":"{gtin2}","stock":{qty2},"warehouse":"{town2}","updated":"{isots2}"}
"""),
    T("""
Marketplace stock sync
{sku}: shop {qty}, marketplace {qty2} – difference corrected at {time}
{sku2}: listed as "Jacket King" – fix the title
"""),
]

C["store_info"] = [
    T("""
Our stores
{town}: in the shopping centre by the station, first floor – Mon–Sat 10am–8pm
{town2}: on the market square, opposite the town hall – Mon–Fri 9:30am–7pm, Sat 9am–4pm
{town3}: outlet, Hall 3
"""),
    T("""
Holiday opening hours
24 Dec: 9am–1pm
25/26 Dec: closed
31 Dec: 9am–2pm
Our {town} store is closed from {date} to {date2} for refurbishment.
"""),
    T("""
Window launch in {town}
On {weekday} from {time} we're unveiling the "Winter Wood" collection. Hot chocolate for the kids from the baker next door. Everyone welcome.
"""),
    T("""
Finding us in {town}:
Take bus 4 to the Victoria Square stop, then it's a two-minute walk. Car park P3, level -2, first two hours free with your receipt.
"""),
    T("""
We're opening!
From {date} you'll find us in {town} too – right on the high street. {pct} off everything on opening day. Open Mon–Sat {time}–7pm.
"""),
    T("""
Click & Collect
Order by {time}, collect from the next working day at our {town} store. Bring your order number (e.g. {order}) and photo ID.
"""),
    T("""
Repair café
Every {weekday} 2–6pm at our {town} store: zips, seams, buckles. From {price}. No appointment needed.
"""),
    T("""
Stores in Ireland and the US
Dublin 2, Galway, Portland (OR) and Austin (TX). All stores take cards and Apple Pay. Coming {date}: {town}, open daily from {time}.
"""),
]

C["analytics_report"] = [
    T("""
Weekly report – week {kw}
Sessions: {qty},412 (+{pct})
Conversion rate: 2.{qty2}%
AOV: {price}
Top product: Harper armchair ({qty3} sold)
Traffic: organic 41%, paid 22%, email 18%
Tracking script {version}, consent rate {pct2}
"""),
    T("""
Funnel {date}
Product page → basket: {pct}
Basket → checkout: {pct2}
Checkout → purchase: {pct3}
Drop-offs mostly at "pay later" (error code {qty})
"""),
    T("""
Newsletter "Summer Sale" – {date}
Recipients: {qty},{qty2}
Open rate: {pct}
Click rate: {pct2}
Unsubscribes: {qty3}
Best link: "Shop the Rose edit"
"""),
    T("""
Revenue by postcode area (Q{quarter})
LS: {amount}
M: {amount2}
BS: {amount3}
Standout: {town} +{pct}
"""),
    T("""
Performance check {date}
Time to first byte: 180 ms
Largest contentful paint: 2.1 s
Node {ipver}, CDN edge {town}
Error rate: {pct}
"""),
    T("""
Returns analysis – {month}
Overall rate: {pct}
Top reason: "too small" ({sku})
Footwear: {pct2}
Action: "runs small" note from {date}
"""),
    T("""
Dashboard export {isots}
sessions,orders,revenue,cr
{qty}812,{qty2},{qty3}40.50,1.9
Data source: GA4 property {postnr}
"""),
    T("""
Campaign comparison
"Winter Wood": ROAS 4.2, spend {amount}
"Fox & Friends": ROAS 2.9, spend {amount2}
"Spring": paused since {date}
"""),
]

C["newsletter"] = [
    T("""
Mother's Day is {date} 💐
Rose print scarf – {price}
Jasmine tea "Morning Dew" – {price2}
Use code {voucher} for {pct} off. Until {weekday} only!
"""),
    T("""
Black Friday week 🖤
{pct} off jackets, {pct2} off footwear. From {date} to {date2}, while stocks last. Free delivery over {price}.
"""),
    T("""
Winter sale: up to {pct} off
Winter can come – with down jackets, wool beanies and gloves. Plus new: boots from {brand}. All offers at www.example-shop.com/sale
"""),
    T("""
We're opening in {town}! 🎉
Doors open {date} at {time}. The first 100 visitors get a free tote. See you there!
"""),
    T("""
Your loyalty card perks
Collect points on every purchase, {pct} off on your birthday, free repairs. Loyalty card numbers start with 9276 and have 16 digits – find yours in the app.
"""),
    T("""
Summer, sun and bucket hats ☀️
Beach bestsellers: bucket hat "King Tide" ({price}), linen shirt "Frank & Free" ({price2}). Online only until {date}.
"""),
    T("""
New on the blog: 5 tips for your first hut-to-hut hike
From the packing list to the sleeping-bag liner. Plus: win a weekend in the Lake District (closes {date}).
"""),
    T("""
Your voucher is waiting 🎁
Until {date} only: {price} off when you spend {price2} with code {voucher}. Can't be combined with other offers.
"""),
]

C["supplier_order"] = [
    T("""
Purchase order to {supplier}
PO number: {order}
Delivery: week {kw}
Line 1: {qty} x cotton tote natural, supplier SKU {sku}, at {price}
Line 2: {qty2} x jute bag, SKU {sku2}, at {price2}
Delivered free to our central warehouse, gate 3
"""),
    T("""
Order acknowledgement {invoice}
Supplier: {supplier}
Your PO {order} of {date}
Ships ex works {town}, expected {date2}
Payment terms: net 30
"""),
    T("""
Quality complaint – batch {hash}
To: {supplier}
In the delivery of {date} (delivery note {invoice}), {qty} units are damaged. Please replace by week {kw}.
"""),
    T("""
Consignment note
Shipper: {supplier}, {town} plant
Consignee: central warehouse, dock 5
Packages: {qty}, weight {weight}
Carrier: Fitzgerald Freight
"""),
    T("""
Price negotiation – cotton tees
{supplier} offer: {price} per unit from {qty} units
Counter-offer: {price2}
Decision by {date}
"""),
    T("""
Import customs documents
Commercial invoice {invoice}
HS code 6109 10 00
Country of origin: Portugal
Goods value: {amount}
"""),
    T("""
Packaging framework agreement 2025
Partner: {supplier}
Term: {date} to {date2}
Volume: {qty},000 boxes, size {size}
Price adjustment clause: paper index
"""),
    T("""
Goods in {date}
Supplier: {supplier}
Delivery note {invoice}, PO {order}
Lines: 3, one part-delivery ({qty} of {qty2} units)
Checked: goods-in, shift 2
"""),
]
