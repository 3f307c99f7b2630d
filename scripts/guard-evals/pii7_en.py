"""English templates of the seventh PII bank. Every list is split by position (even → dev7,
odd → heldout7). Markers: a leading `~` = the first person appears without a cue; `@XX ` = the
text's country."""

PII = {}

PII["marketplace"] = [
    """Message from buyer – eBay
Item: Talgrat {d.product} {d.kind} ({d.colour})
From: {p1.full}

hi there, jacket came today but the ((zip|main zip|hood toggle)) is broken. can I swap it or just send it back?? also pls note my address changed, new one is {a1.block}
cheers, {p1.first}""",
    """Amazon Buyer-Seller Messaging
Order {d.order} · Talgrat {d.product}

Hello,
I ordered the {d.colour} one and got ((grey|a completely different colour|the kids size)). Going to ((the Lakes|Snowdonia|Kerry|the Cairngorms)) on {d.weekday} so I'd really need the right one before. Can you send it express to {a1.line}?
Thanks
{p1.full}""",
    """Hi {p1.first},

really sorry about the mix-up. A prepaid returns label is on its way to {p1.email} and the replacement ships today – tracking {d.tracking}.

Best wishes
{p2.full}
Talgrat Outdoor · marketplace team""",
    """~{p1.full} says the parcel never arrived at {a1.block} – carrier says delivered {d.date} {d.time}, "left in safe place"?? eBay INR case {x.caseid} is open, we have to answer by {d.weekday}. can someone call the buyer on {p1.phone}""",
    """Hi, is the {d.product} 2-person tent still available? I'm near {a1.town} so I could collect Saturday, otherwise post it to {a1.block}. Bank transfer ok? If it doesn't fit pls refund to {iban}
ta, {p1.firstinit}""",
    """Etsy conversation · {p1.full} ({p1.email})

Hey! Could you do the custom patch with our club name on 14 of the {d.product} beanies? Deadline is our AGM on {d.date}. Invoice goes to our treasurer {p2.full}, {p2.phone}.""",
    """Marketplace risk flag
Buyer: {p1.lastfirst}
Ship-to: {a1.block}
Login IP {ip} (differs from billing country), 3 orders / 48h, cards {card} and one ending {x.last4}
→ hold order {d.order} until {p2.first} has checked""",
    """Re: your eBay item {d.order}

> {p2.first} wrote:
> Posted today! Tracking {d.tracking}

thx {p2.lowerfirst}, got it this morning, fits perfect. left u positive feedback :)
{p1.lowerfirst}""",
]

PII["warranty"] = [
    """Warranty claim {x.rma}
Customer: {p1.mr} {p1.full}
Product: {d.product} {d.kind}, bought {d.date}, serial {x.serial}
Fault: seam tape peeling on the left shoulder after ~10 days of use
Return address: {a1.block}
Phone: {p1.phone}""",
    """Hi,
my {d.product} boots are just over a year old and the sole is coming away at the toe on both. Receipt attached (order {d.order}). I'd rather have them repaired than replaced if possible – they're finally broken in!
Regards,
{p1.full}
{a1.two}""",
    """Repair workshop note – {d.date}
Item from {p1.full} ({p1.email}): backpack, broken buckle + small tear near the hip belt. Quote sent: {x.eur}. Customer accepted by phone, wants it back before {d.weekday}. Ship to {a1.street}.""",
    """~Rejected claim {x.rma}: the {d.product} was washed at 60 degrees (care label says 30), membrane delaminated. {p1.full} was told on the phone ({p1.phone}) and wasn't happy. Goodwill offer 20% off via code {x.code}.""",
    """Dear {p1.mr} {p1.last},

thank you for sending in your {d.product} {d.kind}. Our workshop has replaced the main zip free of charge under the 2-year warranty. It will be returned by tracked post to:

{a1.upper}

Kind regards
{p2.full}
Repairs & Warranty, Talgrat Outdoor
{sphone}""",
    """warranty form (typed up from paper)
name: {p1.caps}
address: {a1.upperline}
tel: {p1.phone}   email: {p1.email}
item: {d.product}   bought: {d.date}   receipt: yes
what's wrong: hood drawcord snapped, toggle lost""",
    """hey, so my {d.product} tent pole snapped on the first night in ((Glencoe|Connemara|the Peak District|Yosemite)) 😩 do you do replacement sections or do I have to send the whole tent? I'm {p1.full}, order was {d.order}. call me on {p1.phone} if that's easier""",
    """Claim approved – refund instead of repair (part discontinued). Refund {x.eur} to:
Account holder: {p1.full}
IBAN: {iban}
BIC: {x.bic}
Ref: {x.rma}
Processed by {p2.initlast}""",
]

PII["pickup"] = [
    """Click & Collect – ready for pickup
Order {d.order} · pickup code {x.pickup}
Customer: {p1.full}, {p1.phone}
Shelf B3 · paid online
Note: {p1.her} partner {p2.first} may collect, ask for ID""",
    """Hi {p1.first}, your order is ready to collect at Talgrat Outdoor ((Manchester|Dublin|Kendal|Boulder)). Bring your code {x.pickup}. We'll hold it for 7 days (until {d.date}). Questions? {phone}""",
    """~Store pickup log {d.date}
{d.time} – {p1.full} collected {d.order} (2 parcels), signed
{d.time2} – {p2.full} collected on behalf of {p3.full}, authorisation email shown
{d.time3} – no-show: {p4.full}, 2nd reminder sent""",
    """Hi there, I can't make it to the store this week – could my dad {p2.full} pick up my order {d.order}? He'll bring his driving licence. Thanks! {p1.full}, {p1.phone}""",
    """pickup note for the morning team: {p1.mr} {p1.last} called, coming at {d.time} for the {d.product} ({d.colour}, {d.size}) – it's still in the back, NOT on the C&C shelf!! pls pull it before opening. – {p2.first}""",
    """Collect in store · authorisation
I, {p1.full}, authorise {p2.full} to collect order {d.order} on my behalf.
Signed: {p1.initlast}   Date: {d.date}
Contact: {p1.email}""",
    """@US Curbside pickup – {p1.full}
Vehicle: grey Subaru, plate {x.plate}
Arriving ~{d.time}, will call the store from the lot. Mobile {p1.phone}.""",
    """Uncollected C&C: order {d.order}, paid {d.price}, still here after 14 days. Tried {p1.phone} twice (voicemail), emailed {p1.email}. Refund to the card it was paid with ({card}) on {d.date} unless {p1.she} turns up. – {p2.firstinit}""",
]

PII["voicemail"] = [
    """Voicemail transcript (auto) · {d.date} {d.time} · from {p1.phone}
hi this is {p1.lower} calling about my order uh four seven two something i think it's {d.order} the boots are too small can someone call me back on this number thanks bye""",
    """[Transcription] hello yeah it's {p1.lowerfirst} from {d.company} we spoke last week about the fifty fleeces for the team um can you ring me back {p2.lowerfirst} my mobile is {p1.phone} cheers""",
    """Voicemail – Repairs line
"Hi, um, my name is {p1.full}, I dropped off a tent for repair on, I think, the twelfth? The ticket says {x.rma}. Just wondering if it's done. I'm on {p1.phone}. Thanks."
Confidence: 0.81""",
    """new voicemail 0:42
transcript: hey its {p1.lower} again sorry i keep missing you guys the address on the order is wrong it should be {a1.lowerline} not the old one okay thanks""",
    """Voicemail (transcribed, may contain errors)
Caller: {phone}
"hello im calling for my partner {p1.full} who bought a rain jacket for eighty nine ninety five and wants to return it whats the best way you can call me back {p2.first} speaking\"""",
    """VM {d.time} – "hi there this is {p1.full} from the ((ramblers|walking club|scout troop)) in {a1.town} calling about the group discount we talked about could {p2.first} call me back before friday on {p1.phone} ta\"""",
    """voicemail to text · line 2
good morning {p2.lowerfirst} its {p1.lowerfirst} {p1.lowerlast} the card i used was declined twice can i just read you the number its {card} expiry {d.expiry} please call me back""",
    """Missed call + voicemail
From: {p1.phone}
"Yeah hi, it's {p1.first} {p1.last}, I've got a return for order {d.order}, the courier didn't pick it up from {a1.street} today even though it was booked. Can you rebook for tomorrow? Cheers.\"""",
]

PII["calendar"] = [
    """Invitation: Talgrat x {d.company} – autumn range preview
When: {d.weekday} {d.date}, {d.time} – {d.time2} (CET)
Where: {x.room}
Organizer: {p1.full} <{p1.email}>
Guests: {p2.full}, {p3.full}, {p4.email}
Join by phone: {sphone}, PIN {x.pin}""",
    """Meeting request from {p1.full}
Subject: Store visit {a1.town}
Hi {p2.first}, can we meet at the shop on {d.weekday} at {d.time}? Address is {a1.block}. Park round the back. My mobile in case: {p1.phone}
{p1.first}""",
    """BEGIN:VEVENT
SUMMARY:Photo shoot call sheet review
DTSTART:{x.stamp}
ORGANIZER;CN={p1.full}:mailto:{p1.email}
ATTENDEE;CN={p2.full};ROLE=REQ-PARTICIPANT:mailto:{p2.email}
LOCATION:{a1.line}
END:VEVENT""",
    """Updated invitation: Dealer training – new date
{d.date} · {d.time} – {d.time2}
Attendees
{c.attendees}
Please bring your dealer number.""",
    """~Declined: Quarterly review ({d.date}) – {p1.full} has declined this invitation. Note: "on leave that week, {p2.full} will cover, you can reach {p2.him} on {p2.phone}\"""",
    """Accepted: Talgrat / {d.company} call
{p1.full} accepted this invitation.
Proposed new time: {d.weekday} {d.time}
Message: "Works for me, dial me in on {p1.phone} – I'll be in the car\"""",
    """Hi {p1.first},
your booking is confirmed: pack fitting (30 min) on {d.date} at {d.time} at Talgrat Outdoor ((Galway|Leeds|Bristol|Bend)).
Name: {p1.full}
Phone: {p1.phone}
Notes: "need a pack for a 3 week trek, bad back"
No-show fee guarantee: card {card}
Reschedule: talgrat-outdoor.de/book""",
    """Calendar hold – don't book over!!
{d.weekday} {d.time}: {p1.possfull} exit interview (HR, {p2.full})
{d.weekday2} {d.time2}: interview {p3.full} for the ((Keswick|Aviemore|Bozeman)) store lead role – CV in the shared drive""",
]

PII["business_card"] = [
    """[OCR business card]
{p1.caps}
Head of Buying
{d.company}
{a1.upper}
T {phone}
M {p1.phone}
{p1.email}""",
    """scanned card (trade fair, ((ISPO|OutDoor by ISPO|The Outdoor Show)))
{p1.full} | Sales Director EMEA
{d.company}
{a1.line}
m: {p1.phone} · e: {p1.email}
met at booth B4-217, interested in the {d.product} line""",
    """OCR result (confidence 0.74):
{p1.middle}
Outdoor Retail Consultant
Tel.: {p1.phone}
E-mail: {p1.email}""",
    """card from the {a1.town} meetup, typed up:
"{p1.full} — Mountain Guide (IFMGA) — {p1.phone} — {p1.email} — guiding in the Alps + Scotland"
wants to talk about gear sponsoring, follow up by {d.date}""",
    """Business card scan
{p1.lastfirst_caps}
{d.company}
Purchasing
Direct {phone}""",
    """OCR → contact import
Name: {p1.capslast}
Company: {d.company}
Address: {a1.block}
Mobile: {p1.phone}
Email: {p1.email}
Note (handwritten on the back): "call after {d.time}, ask for {p2.first}\"""",
    """got this card at the ((Kendal Mountain Festival|Banff tour|Dublin Outdoor Expo)): {p1.initlast}, photographer, {p1.phone}, {p1.email}. does lifestyle shoots, said ~{x.eur}/day. worth a call?""",
    """Card scan (2 sides)
Front: {p1.full} · Store Manager · {d.company}
Back: {a1.two}
{p1.phone}
"Ask for {p1.first} at the counter\"""",
]

PII["review_reply"] = [
    """Reply from the owner · Google Reviews
Hi {p1.first}, thanks so much for the 5 stars! Glad the {d.product} kept you dry on ((Ben Nevis|Croagh Patrick|Helvellyn|Mount Rainier)). See you next season – {p2.first}, Talgrat Outdoor ((Fort William|Westport|Seattle))""",
    """Trustpilot · reply to {p1.firstinit}
Dear {p1.first}, we're sorry your return took three weeks. That's not the standard we aim for. I've refunded the postage ({d.price}) to your original payment method. If anything's still open, email me directly: {p2.email}
{p2.full}, Customer Care Lead""",
    """★☆☆☆☆ "Never again" – {p1.full}, {d.date}
Response from Talgrat Outdoor: Hi {p1.first}, I can't find an order under your name. Could you send the order number to {semail}? Thanks, {p2.first}""",
    """Google review by {p1.lower} (Local Guide · 84 reviews)
"staff super helpful, {p2.first} spent 40 min fitting my boots"
Owner reply: thanks {p1.lowerfirst}! we'll pass it on to {p2.first} 🙂""",
    """~weekly reviews digest: 4.6 avg. Standouts – {p1.full} loved the {d.product}, {p2.full} complained about delivery to {a2.town} (resolved), {p3.firstinit} wants more women's sizes, one 1★ from {ip} flagged as fake. Reply drafts by {p4.first} in the sheet.""",
    """Reply to review #{d.ticket} on Trustpilot
Hi {p1.full}, the {d.product} runs small – that's on us, the size chart is being updated. A swap is free: reply here or call us on {sphone}. – Talgrat Customer Care""",
    """Hi {p1.first},
thanks for the honest review. You're right that {p2.first} at the till should have offered you the member discount – I've spoken to the team. As a thank-you, code {x.code} gives you 15% off your next order.
{p3.full}
Store Manager, ((Leeds|Galway|Boulder))""",
    """Review (3★) by {p1.capslast}: "Jacket good, delivery slow."
Our answer: Dear {p1.mr} {p1.last}, thanks for your patience – the parcel was held at the {a1.town} depot for two days. Tracking {d.tracking}. Best, the Talgrat team""",
]

PII["whatsapp"] = [
    """[{d.time}] {p1.full}: hi is the {d.product} back in stock in {d.colour}?
[{d.time2}] Talgrat Outdoor: Hi {p1.first}! Yes since yesterday 🙌 want us to reserve one?
[{d.time3}] {p1.full}: yes pls size M, I'll pick up Saturday""",
    """WhatsApp Business · {p1.phone}
{p1.lowerfirst}: can u send it to my work address instead
{p1.lowerfirst}: {a1.block}
Talgrat: Done ✔ updated for order {d.order}""",
    """12/03 09:14 - {p1.first} {p1.last}: Morning! Rental for 2 tents this weekend still ok?
12/03 09:20 - Talgrat Rental: Morning {p1.first}, yes, pickup Fri from 4pm. Deposit by card or cash.
12/03 09:21 - {p1.first} {p1.last}: card. also my mate {p2.full} is coming, {p2.she} needs a mat too""",
    """WhatsApp export
[{d.date}, {d.time}] Talgrat Outdoor: Hi! Your order {d.order} is on its way 🚚
[{d.date}, {d.time2}] {p1.phone}: who is this
[{d.date}, {d.time3}] Talgrat Outdoor: Talgrat Outdoor customer service – you ordered a {d.kind} with us 😊
[{d.date}, {d.time4}] {p1.phone}: ah ok thanks. it's {p1.first} btw""",
    """~chat w/ {p1.lower}: voice note transcribed → "left the boots at the post office on {a1.street}, receipt photo coming" | photo received, tracking {d.tracking}""",
    """WA customer chat (handover)
Customer: {p1.full} / {p1.phone}
Issue: sent {p1.her} full card number in the chat ({card}) 🙈 – message deleted, told {p1.him} to pay via the link instead. Also asked for our IBAN → sent {iban.de}
Next: check payment {d.weekday}""",
    """{p1.first}: hey it's {p1.first} from the ((climbing|running|canoe)) club 👋 can we get the team order invoice made out to {p2.full}, our treasurer? address {a1.line}
Talgrat: sure {p1.first}! invoice {d.invoice} will go out today""",
    """[{d.time}] ~ {p1.first}: Sent you a pic of the broken buckle
[{d.time2}] ~ {p1.first}: also new number, old one was {p1.phone}, now {p1.phone2}
[{d.time3}] Talgrat Outdoor: Thanks {p1.first}, noted both 👍""",
]

PII["wholesale"] = [
    """Purchase order {d.invoice}
Dealer: {d.company}
Contact: {p1.full}, Buyer
Delivery: {a1.block}
VAT no. {x.vat}

{d.product} {d.kind} – {d.qty} pcs – {d.colour}
{d.product2} – {d.qty2} pcs
Please confirm delivery date. Payment 30 days net.""",
    """Hi {p1.first},
please find our spring pre-order below. Same delivery address as last year ({a1.line}), but invoices now go to {rolemail}, attention {p2.full} in accounts.
{d.qty} × {d.product} (GTIN {gtin})
{d.qty2} × {d.product2} (GTIN {gtin2})
Best, {p3.full}
{d.company}""",
    """Dealer onboarding – new account
Shop: {d.company}
Owner: {p1.full}
Shop address: {a1.block}
Tel: {phone}
E-mail: {rolemail}
Bank (SEPA direct debit): {iban}
VAT: {x.vat}
Approved by {p2.initlast} on {d.date}""",
    """~re: backorder {d.order} – {p1.full} from {d.company} is asking for the third time. They need the {d.qty} {d.product} jackets before their shop event on {d.date}. Can we split-ship the {d.qty2} we have? Warehouse contact {p2.full} ({p2.phone}).""",
    """Reorder via dealer portal
Account: {x.cust} · {d.company}
Placed by: {p1.email} from IP {ip}
Items: {d.sku} ×{d.qty}, {d.sku2} ×{d.qty2}
Ship to branch: {a1.street}""",
    """Hello team,
could you please change the delivery address for our order {d.order} to our new warehouse:
{a1.two}
Goods in is open {d.time}–{d.time2}, ask for {p1.first} or call {p1.phone}.
Thanks
{p2.full}""",
    """Fax order (scanned, typed up by {p2.first})
From: {d.company}, attn. Talgrat Sales
{d.qty} x {d.product} {d.size}
{d.qty2} x {d.product2}
Signed {p1.caps}, {d.date}""",
    """Credit limit request
Dealer {d.company} ({x.cust}) asks to raise the limit from {x.eur} to {x.eur2}. Owner {p1.full} guarantees personally. Last 3 invoices paid on time. Their account: {iban}. Decision: {p2.first}""",
]

PII["rental"] = [
    """RENTAL AGREEMENT {x.contract}
Renter: {p1.full}
Address: {a1.block}
Phone: {p1.phone}
ID checked: passport ✔
Items: 2× {d.product} tent, 2× sleeping mat
Period: {d.date} – {d.date2}
Deposit: {x.eur} held on card {card}""",
    """Hi {p1.first},
thanks for renting with us! Your deposit ({x.eur}) has been refunded to {iban} – allow 2–3 working days. The stove had a small dent, we've let it go this time 😉
Cheers,
{p2.first} – Talgrat Rental, ((Keswick|Galway|Boulder))""",
    """Ski touring kit hire – paper form, typed up
Name: {p1.lower}
Address: {a1.lowerline}
Boot size 27.5 / 42   Height 178 cm
Emergency contact: {p2.lower}, {p2.phone}
card for deposit: {card}
Signed ✔""",
    """~Late return: {p1.possfull} {d.product} pack + poles, due {d.date}, still out. 2 calls to {p1.phone}, no answer. Late fee {d.price}/day from tomorrow. Next step: letter to {a1.block}.""",
    """Rental damage report {x.contract}
Customer: {p1.lastfirst}
Item: {d.product} 3P tent, fly torn (approx. 15 cm)
Repair cost: {x.eur}
Charged to card on file ending {x.last4}
Staff: {p2.full}""",
    """Dear {p1.mr} {p1.last},
please find attached your hire agreement for the {d.company} team trip ({d.qty} sets of waterproofs). Collection from our store at {sa.line} on {d.date}.
Invoice address on file: {a1.block}
Kind regards
{p2.full}""",
    """~e-bike & pack hire, walk-in {d.time}: {p1.firstinit} + friend, paid cash, left driving licence as deposit (copy in drawer 2). Phone {p1.phone}. back by 6!!""",
    """@AT Rental contract {x.contract}
Renter: {p1.full}, born {x.dob}
{a1.block}
Deposit via SEPA: {iban}
Skis, skins, transceiver (serial {x.serial})""",
]

PII["tour_booking"] = [
    """Booking confirmation {x.booking}
Course: Navigation skills, ((Peak District|Wicklow Mountains|Brecon Beacons)), {d.date}
Lead booker: {p1.full}, {p1.email}, {p1.phone}
Participants:
{c.participants}
Paid: card {card}
Meeting point: car park at {a1.street}, {d.time}""",
    """Hi {p1.first},
you're booked on the guided hike up ((Croagh Patrick|Snowdon|Scafell Pike|Mount Washington)) on {d.weekday} {d.date}! Your guide is {p2.full} ({p2.phone}, on the day only). Please bring waterproofs and lunch.
See you there,
Talgrat Tours""",
    """Tour sign-up form
First name: {p1.first}
Last name: {p1.last}
Date of birth: {x.dob}
Address: {a1.block}
Mobile: {p1.phone}
Emergency contact: {p2.full} ({v.relation}) {p2.phone}
Dietary: veggie""",
    """Participant list – Via ferrata intro, {d.date}
{c.participants}
Guide: {p1.full}""",
    """~changed booking {x.booking}: {p1.full} can't come (knee), {p1.her} place goes to {p2.full} – same email {p1.email}. No price difference. Emergency contact for {p2.first}: {p3.full}, {p3.phone}""",
    """Hi there, I'd like to book the winter skills day for me and my son. Me: {p1.full}, {p1.phone}. Him: {p2.first}, 16. Payment by card {card}, exp {d.expiry}. Could you confirm to {p1.email}? Thanks!""",
    """Kayak & hike weekend – rooming list
Room 1: {p1.full} / {p2.full}
Room 2: {p3.full} / {p4.full}
Room 3: {p5.full} (single supplement paid)
Emergency phone for the group: {p1.phone}""",
    """In case of emergency please contact:
{p2.full} – {v.relation}
{p2.phone}
{a2.block}
(for participant {p1.full}, tour {x.booking})""",
]

PII["newsletter_reply"] = [
    """Re: 🏔 Autumn drop: the new {d.product} is here
Please take me off this list. I've unsubscribed twice already.
{p1.full}
Sent from my iPhone""",
    """Re: Your Talgrat newsletter
Hi, you keep writing "Dear {p1.last}" – that's my surname 🙂 first name is {p1.first}. Also could you send the catalogue to {a1.block}? Thx""",
    """Auto-reply: I'm out of the office until {d.date} with limited access to email. For urgent matters please contact {p2.full} on {p2.phone}.
{p1.full} | Procurement | {d.company}""",
    """Re: Win a {d.product} backpack!
My answer is "Kaltkar". My name is {p1.full}, address {a1.line}. Hope I win this time haha""",
    """~Newsletter replies this week: {p1.email} wants fewer mails, {p2.full} asked about Kaltkar sizes, {p3.email} bounced (mailbox full), {p4.full} says the code {x.code} didn't work.""",
    """Subject: Re: Confirm your subscription
Confirmed by {p1.email} at {x.stamp} from IP {ip}
User agent: Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)""",
    """Hi Talgrat team,
I think one of your newsletters went to the wrong person – it was addressed to {p2.full} but landed in my inbox ({p1.email}). Maybe a typo in the address?
Best,
{p1.first}""",
    """Re: Last chance: 20% off ends tonight
stop emailing me. I asked {p2.first} in your store to delete my data in MARCH.
– {p1.caps}""",
]

PII["press_release"] = [
    """PRESS RELEASE – for immediate release
Talgrat Outdoor opens its first store in ((Ireland|Scotland|Colorado))
{a1.town}, {d.date} – Talgrat Outdoor will open its new flagship at {a1.line} on {d.weekday}. …
Press contact:
{p1.full}
Head of Communications
{p1.phone}
{p1.email}""",
    """Media release: Talgrat x {d.company} partnership
"We share a love of wild places," says {p1.full}, founder of {d.company}. Talgrat CEO {p2.full} adds: "This is about repairing more and buying less."
Media enquiries: {p3.full}, {p3.email}, {p3.phone}""",
    """NEWS · {d.date}
{d.product} wins ((Outdoor Gear Award|Editors' Choice|Design Award)). "The jury loved the recycled shell," said jury chair {p1.full}.
Images: talgrat-outdoor.de/press
Contact: {p2.initlast}, press office, {sphone}""",
    """~Press kit contents: fact sheet, 12 product images ({d.product}, {d.product2}), portrait of {p1.full} (photo: {p2.full}), logo files. Embargo until {d.date} {d.time}.""",
    """For more information, samples or interview requests with athlete {p1.full}, please contact:
{p2.full} · {d.company}
{a2.block}
{p2.phone} · {p2.email}""",
    """PR note – the spokesperson for the recall of the {d.product} gas cartridge adapter (batch {x.serial}) is {p1.mr} {p1.full}. Only {p1.she} speaks to the media. Customer hotline: {sphone}.""",
    """Talgrat Outdoor appoints new Managing Director UK & Ireland
{d.date} – {p1.full} (42) joins from {d.company} …
Notes to editors: high-res portraits of {p1.first} available on request.
Contact: {semail} | {p2.full} | {p2.phone}""",
    """Talgrat Outdoor donates {x.eur} to mountain rescue in ((Keswick|Glencoe|Galway))
"They came out for us at 2am in sideways rain," says {p1.full}, whose walking group was rescued last winter.
Press: {p2.full}, {p2.email}""",
]

PII["job_ad"] = [
    """We're hiring: Sales Assistant (part-time, 20h) – Talgrat Outdoor ((Kendal|Galway|Bend))
You love the hills and talking to people? Send your CV by {d.date} to {p1.full}, Store Manager: {p1.email}
Questions? Call {p1.first} on {p1.phone}.""",
    """Job: Warehouse Operative
Location: {a1.line}
Start: asap · shifts {d.time}–{d.time2}
Your contact: {p1.mr} {p1.last}, HR, {phone}""",
    """Seasonal guides wanted for summer {x.year} 🏕
Apply via talgrat-outdoor.de/jobs or email {p1.email} (subject: Guide {x.year}). Interviews in ((March|April)) with {p1.first} and {p2.first}.""",
    """Talgrat Outdoor is looking for a Customer Care Agent (English/German).
What we offer: …
Apply: CV + cover letter to {semail}. Your contact person is {p1.full}, Team Lead Customer Care. Please don't call, we reply to every application within 10 days.""",
    """~Applications so far for the Aviemore role: {p1.full} (strong, 6 yrs retail), {p2.full} (no retail experience but Mountain Leader), {p3.full} – phone screen booked {d.weekday}. Two applications came from the same IP ({ip}) – odd. Ask {p4.first} to check references.""",
    """Internal job posting
Assistant Store Manager – {a1.town}
Hiring manager: {p1.full}
Apply internally by {d.date}. Relocation support possible; chat to {p2.full} in People Ops ({p2.phone}).""",
    """Hi {p1.first},
thank you for applying as Rental Technician. We'd like to invite you for a trial day on {d.date} at {d.time} at our workshop, {sa.line}. Please bring work shoes. If the date doesn't suit, call me on {p2.phone}.
Best regards
{p2.full}""",
    """Freelance photographer wanted for our autumn campaign in the ((Dolomites|Highlands|Rockies)). Day rate negotiable. Portfolio to {p1.initlast}: {p1.email}""",
]

PII["sms"] = [
    """Talgrat: Hi {p1.first}, your order {d.order} is ready for pickup. Code {x.pickup}. Reply STOP to opt out.""",
    """From {phone}: hi its {p1.first}, is the repair done? thx""",
    """SMS to {p1.phone}: Your delivery is scheduled for {d.weekday} between {d.time} and {d.time2}. Driver: {p2.first}. Track: {d.tracking}""",
    """Talgrat Rental: Hi {p1.full}, reminder – your hire ends tomorrow at {d.time}. Late fee {d.price}/day. Questions: {sphone}""",
    """~sms log {d.date}: sent 412 / delivered 398 / failed 14 (e.g. {p1.phone}, {p2.phone} – invalid). Reply from {p3.phone}: "wrong number, I'm not {p4.full}\"""",
    """Hi {p1.first}, {p2.first} from Talgrat here – your {d.product} is back in stock in {d.size}. Want me to hold one till {d.weekday}?""",
    """Hi {p1.first}, your Talgrat verification code is {x.pin}. Don't share it. Wasn't you? Call {sphone}""",
    """[SMS] {p1.phone} → Talgrat: Can I change delivery to {a1.line}? Not home Tuesday. {p1.firstinit}""",
]

PII["wiki_table"] = [
    """## Store contacts (internal)
{c.staff}

_Last edited by {p1.full}, {d.date}_""",
    """### Dealer contacts – North
{c.dealers}""",
    """# On-call rota (warehouse)
{c.oncall}
Escalation: {p1.full} ({p1.phone})""",
    """## Head office contacts
{c.staff}
> Ask {p1.first} before adding anyone new.""",
    """| Field | Value |
|---|---|
| Customer | {p1.full} |
| Email | {p1.email} |
| Phone | {p1.phone} |
| Street | {a1.street} |
| Postcode | {a1.zip} |
| Town | {a1.town} |
| Issue | double charge, refunded {d.date} |""",
    """Wiki › Returns › Flagged customers (do NOT share)
| Name | Reason | Since |
|---|---|---|
| {p1.lastfirst} | 9 returns in 2 months, all worn | {d.date} |
| {p2.lastfirst} | chargeback fraud, card {card} | {d.date2} |""",
    """## Key accounts
| Account | Contact | Mobile |
| --- | --- | --- |
| {d.company} | {p1.full} | {p1.phone} |
| {d.company2} | {p2.full} | {p2.phone} |
| {d.company3} | {p3.initlast} | {p3.phone} |""",
    """### VPN whitelist
| who | IP | since |
|---|---|---|
| {p1.full} | {ip} | {d.date} |
| {p2.full} | {ip2} | {d.date2} |""",
]

PII["html_mail"] = [
    """<p>Hi {p1.first},</p><p>thanks for your order <b>{d.order}</b>! It will ship to:</p><p>{a1.line}</p><p>Questions? Call <a href="tel:{sphone}">{sphone}</a></p>""",
    """From: "{p1.full}" &lt;{p1.email}&gt;
To: {semail}
X-Originating-IP: [{ip}]
Content-Type: text/html

<div>Hello, the strap on my {d.product} broke after two hikes.<br>Order {d.order}<br><br>Best regards<br>{p1.full}</div>""",
    """<table><tr><td>Name</td><td>{p1.full}</td></tr><tr><td>Phone</td><td>{p1.phone}</td></tr><tr><td>Address</td><td>{a1.line}</td></tr></table>""",
    """<html><body><p>Dear {p1.mr} {p1.last},</p><p>your return <strong>{x.rma}</strong> has arrived. The refund of {d.price} will be credited to your card ending in {x.last4}.</p><p>Kind regards,<br>{p2.full}<br>Talgrat Outdoor Customer Care</p></body></html>""",
    """~<li><a href="mailto:{p1.email}">{p1.full}</a> – Regional Sales North</li>
<li><a href="mailto:{p2.email}">{p2.full}</a> – Regional Sales South</li>""",
    """<div class="signature"><b>{p1.caps}</b><br>Key Account Manager<br>{d.company}<br>{a1.line}<br>M: {p1.phone}</div>""",
    """&gt; On {d.date}, {p1.full} &lt;{p1.email}&gt; wrote:
&gt; Hi, can I still change the size on order {d.order}? &nbsp;Thanks, {p1.first}
<br><br>Hi {p1.first}, yes – done! {p2.first}""",
    """<form-data>
<input name="first_name" value="{p1.first}">
<input name="last_name" value="{p1.last}">
<input name="email" value="{p1.email}">
<input name="iban" value="{iban}">
<input name="card" value="{card}">
<input name="tax_id" value="{taxid}">
<input name="ip" value="{ip}" type="hidden">
</form-data>""",
]

PII["mail_merge"] = [
    """{p1.full}
{a1.two}

{d.date}

Dear {p1.mr} {p1.last},

as a Talgrat Club member you get early access to our winter sale from {d.date2}. Your personal code: {x.code}.

Warm regards,
{p2.full}
Head of Loyalty""",
    """{p1.full}
{a1.block}

Dear {p1.first},
your Talgrat membership renews on {d.date}. The annual fee of {d.price} will be collected from your account {iban} (mandate ref. {x.mandate}). No action needed.
The Talgrat Club team""",
    """Dear {p1.mr} {p1.lastcaps},

THANK YOU for shopping with us in {x.year}! Enclosed is your voucher worth {d.price}, valid until {d.date}.

Talgrat Outdoor Ltd
P.S. Update your details any time at talgrat-outdoor.de/account""",
    """~[merge preview 3/250] To: {p1.lastfirst} | {a1.line} | Salutation: Dear {p1.first} | Segment: lapsed 12m+""",
    """FAO {p1.full}
{d.company}
{a1.block}

Dear {p1.first},
please find enclosed our dealer price list for the coming season …
Yours sincerely
{p2.full}
Wholesale Manager""",
    """Dear {p1.first} and {p2.first},
thank you both for joining the Talgrat Trail Team! Your welcome packs go out to {a1.line} this week.
Best,
{p3.first}""",
    """{p1.caps}
{a1.upper}

Re: your account {x.cust}

Dear {p1.mr} {p1.last}, …""",
    """Hi {p1.first} 👋
Happy birthday from all of us! Here's {x.code} for 20% off, valid till {d.date}.
— sent to {p1.email} because you're a Talgrat Club member""",
]

PII["courier"] = [
    """Courier booking – same day
Collect: Talgrat Outdoor, {sa.block} (goods in, back entrance)
Deliver to: {p1.full}, {a1.block}
Contact on delivery: {p1.phone}
1 parcel, 12 kg, ref {d.order}""",
    """Delivery instructions: if I'm out leave it with my neighbour {p2.full}, NOT on the doorstep, the dog bites!! – {p1.first}""",
    """DPD Predict – recipient instructions
{p1.caps}
{a1.upper}
Safe place: shed behind the house, code {x.pin}
Mobile {p1.phone}""",
    """~dispatch note: pallet for {d.company} goes to {a1.block}, NOT the registered office. Tail-lift needed. Driver to ring {p1.full} on {p1.phone} 30 min before.""",
    """Hi, courier here – at {a1.street} but no one's answering, is there another number for {p1.first}? The one on the label ({p1.phone}) goes to voicemail""",
    """@GB Return collection (Evri)
Collection address: {a1.block}
Name: {p1.full}
Date: {d.date}, any time
Label code: {x.rma}""",
    """Freight forwarder email
Shipper: Talgrat Outdoor GmbH, {sa.line}
Consignee: {d.company}, attn. {p1.full}, {a1.line}
Notify party: {p2.full}, {p2.email}, {p2.phone}
Incoterms DAP · 3 pallets · HS code 6201.40""",
    """bike messenger job: pick up the sample jacket from {p1.first} at {a1.line} (3rd floor, buzz "{p1.lastcaps}") and bring it to the studio before {d.time}""",
]

PII["chargeback"] = [
    """Chargeback notification {x.caseid}
Reason: 13.1 Merchandise not received
Cardholder: {p1.caps}
Card: {card}
Amount: {d.price} · Order {d.order}
Respond by: {d.date}""",
    """Dispute response – evidence
Order {d.order} was delivered on {d.date} to {a1.block} and signed for by "{p1.lastcaps}". The order was placed from IP {ip}, the same IP as 4 earlier undisputed orders by {p1.full} with the same card ({card}). Tracking: {d.tracking}.""",
    """Hi {p1.first},
your bank has told us you disputed the payment for order {d.order}. Our records show the parcel was delivered. If this was a mistake, could you withdraw the dispute with your bank? Otherwise please call me on {p2.phone}.
Thanks,
{p2.full}, Payments""",
    """~PayPal case {x.caseid}: buyer {p1.email} says the {d.product} is "significantly not as described". Photos show a different model. Escalate to {p2.first}. Name on the account: {p1.full}.""",
    """Direct debit returned
Debtor: {p1.lastfirst}
IBAN: {iban}
Return reason: AC04 – account closed
Amount: {d.price} + bank fee
Mandate ref: {x.mandate}""",
    """Hello,
I don't recognise a payment of {d.price} to TALGRAT OUTDOOR on my card {card}. I haven't ordered anything from you. Please cancel it or I'll go to my bank.
{p1.full}
{p1.phone}""",
    """Stripe dispute · {x.caseid}
Customer: {p1.full} ({p1.email})
Billing: {a1.line}
Card ending {x.last4} · 3-D Secure: passed
IP at checkout: {ip}
Status: needs response""",
    """Note for accounts: {p1.mr} {p1.last} won the chargeback (wrong size sent twice). Write off {d.price}, send goodwill code {x.code}. Extra postage refunded to {iban} on {d.date} by {p2.initlast}.""",
]

PII["insurance"] = [
    """Loss report – parcel damaged in transit
Sender: Talgrat Outdoor GmbH
Recipient: {p1.full}, {a1.block}
Tracking: {d.tracking}
Value: {d.price}
Damage noticed by the recipient on {d.date}, photos attached""",
    """Dear Sir or Madam,
I'd like to report the theft of my rental equipment (2 ice axes, crampons) from my car at the ((Glen Nevis|Sligachan|Pen-y-Pass|Maroon Bells)) car park on {d.date}. Police reference {x.ref}. The items were rented from Talgrat under contract {x.contract}.
{p1.full}
{a1.two}
{p1.phone}""",
    """Claim {x.claim}
Policyholder: {p1.full}
DOB: {x.dob}
Address: {a1.line}
Item: {d.product} down jacket, bought {d.date} for {d.price}
Incident: burned at a campfire (accident)
Payout to: {iban}""",
    """~Insurer asked for the original invoice for {p1.possfull} stolen {d.product} ({d.invoice}). Sent as PDF to the adjuster {p2.full} ({p2.email}) on {d.date}.""",
    """Accident report – store {a1.town}
On {d.date} at about {d.time} customer {p1.full} slipped on the wet floor near the entrance. First aid given by {p2.full}. Witness: {p3.full}, {p3.phone}. No ambulance needed.""",
    """Hi, my bike rack broke on the motorway and I lost the roof box with the {d.product} tent I bought from you. Insurance needs a copy of the receipt – order {d.order}, name {p1.full}. Could you email it to {p1.email}? Cheers""",
    """handwritten claim form (transcribed)
insured: {p1.lower}
address: {a1.lowerline}
what happened: tent blown away in a storm on ((Dartmoor|the Burren|Skye)), poles bent
est. value: {d.price}
phone: {p1.phone}""",
    """Carrier claim update: {x.claim} accepted, {d.price} paid. Customer {p1.last} (order {d.order}) already got a replacement, so nothing to refund. Closed by {p2.first}.""",
]

PII["sponsoring"] = [
    """@DE ATHLETE AGREEMENT {x.contract}
between Talgrat Outdoor GmbH, {sa.line} ("Talgrat")
and {p1.full}, born {x.dob}, residing at {a1.line} ("Athlete")
§3 Remuneration: {x.eur} per season, paid to {iban}
German tax ID (Steuer-ID) of the Athlete: {taxid}""",
    """Hi {p1.first},
great news – legal has signed off your sponsorship for {x.year}! Kit allowance {x.eur}, plus podium bonuses. Finance still has IBAN {iban} and tax ID {taxid} on file from last year – still correct?
Cheers, {p2.full}
Athlete Manager""",
    """Reply from {p1.full}: "Sure! IBAN {iban}, German tax ID {taxid}. Address hasn't changed: {a1.line}. Thanks!! {p1.first}\"""",
    """~Sponsoring shortlist {x.year}: {p1.full} (trail running, 48k followers), {p2.full} (climbing, Font 8a), {p3.full} (ultra, won ((Lakeland 100|the Wicklow Way Ultra|Western States)) age group). Total budget {x.eur}.""",
    """@DE Rider contract – payment details
Name: {p1.full}
Tax ID (DE): {taxid}
IBAN: {iban}
Tax office number: {x.stnr}
Agent: {p2.full}, {p2.email}""",
    """Dear {p1.mr} {p1.last},
as agreed, we'll support the {d.company} team at the ((Three Peaks Challenge|Connemara Marathon|Leadville 100)) with 12 sets of {d.product} jackets. Delivery to team captain {p2.full}, {a2.line}. Please get the logos approved by {d.date}.
Best regards
{p3.full}""",
    """Ambassador programme – onboarding checklist for {p1.full}
☑ contract signed ({d.date}, e-signature from IP {ip})
☑ kit sizes: {d.size}
☐ payment: IBAN {iban} (check the name matches!)
☐ photo consent
Contact: {p1.phone}""",
    """@DE Invoice from athlete {p1.full}, {a1.line}
Steuer-ID: {taxid}
Content fee Q3: {x.eur}
"No VAT charged under the small business rule (§19 UStG)"
Payable to {iban}""",
]

PII["model_release"] = [
    """MODEL RELEASE
I, {p1.full}, date of birth {x.dob}, grant Talgrat Outdoor GmbH the right to use photographs taken on {d.date} at ((the Old Man of Storr|Glendalough|Kinder Scout|Lake Tahoe)) for advertising.
Address: {a1.block}
Signature: {p1.initlast}
Photographer: {p2.full}""",
    """Model release – minor
Model: {p1.first} {p1.last} (age 11)
Parent/guardian: {p2.full}, {p2.phone}
Address: {a1.line}
Fee: {x.eur}, paid to the guardian's account {iban}""",
    """Hi {p1.first}, thanks for the shoot yesterday! Could you sign the release (attached) and send me your bank details for the {x.eur} fee? If you're based in Germany we also need your Steuer-ID. – {p2.first}, Talgrat Marketing""",
    """~shoot day {d.date} – talent: {p1.full} (hero jacket, {d.size}), {p2.full} (packs), the dog "Wolf" belongs to {p2.first}. call time {d.time} at the car park on {a1.street}.""",
    """Release form received from {p1.full}
✔ signed {d.date} (e-signature, IP {ip})
✔ IBAN {iban}
✔ Tax ID {taxid}
✘ copy of ID missing – reminder sent to {p1.email}""",
    """PHOTOGRAPHER CONTRACT
{p1.full} ("Photographer"), {a1.block}, VAT {x.vat}
Usage: web + print, 3 years
Credit line: "Photo: {p1.full}"
Tax ID (Germany): {taxid}
Fee: {x.eur} + VAT to {iban}
Signed electronically from {ip}""",
    """Talent booking via agency
Agency: {d.company}, booker {p2.full} ({p2.phone})
Model: {p1.firstinit} – height 172, shoe 39
Rate: {x.eur}/day, usage buyout extra""",
    """Could whoever has the signed release from the ((Snowdon|Wicklow|Yosemite)) shoot (model: {p1.full}) please upload it? Legal needs it before the campaign goes live on {d.date}. Thanks, {p2.first}""",
]

PII["team_roster"] = [
    """Store team – Talgrat ((Kendal|Galway|Boulder))
{c.staff}
Store phone: {phone}""",
    """Rota wk 32
{c.oncall}
Swaps only via {p1.first}!""",
    """Team list – ((Lake District|Ring of Kerry|Rockies)) relay
Captain: {p1.full} ({p1.phone})
Runners: {p2.full}, {p3.full}, {p4.full}, {p5.full}
Support car: {p6.full}""",
    """Customer Care – who's who
{c.staff}""",
    """~event crew: {p1.lowerfirst} (bar), {p2.lowerfirst} + {p3.lowerfirst} (gear demo), {p4.lowerfirst} (photos). everyone meet at {a1.line} at {d.time}""",
    """@DE New starters this month (Munich)
• {p1.full} – Sales, {a1.town} store, starts {d.date} (tax ID {taxid} received)
• {p2.full} – Warehouse, nights
• {p3.full} – Customer Care (German/English)
Buddies: {p4.first}, {p5.first}, {p6.first}""",
    """@DE Payroll list – temps at the Munich warehouse (confidential)
{c.payroll}""",
    """Mountain rescue liaison list (for guided tours)
{c.oncall}""",
]

PII["forum_post"] = [
    """Re: Talgrat {d.product} – worth the money?
Had mine for two winters now, still waterproof. Only gripe is the hood. Bought it in the ((Keswick|Dublin|Denver)) store, the guy there ({p2.first}?) really knew his stuff.
— {p1.full}""",
    """[For sale] barely used {d.product} tent, {d.price}, collection from {a1.town} or I can post. PM me or ring {p1.phone}. Cheers, {p1.first}""",
    """Mod note: removed a post that listed a member's home address ({a1.block}) and phone number ({p1.phone}). Poster's IP {ip} banned for 7 days. – {p2.first} (mod)""",
    """Trip report: ((Aonach Eagach|Striding Edge|Carrauntoohil|Mount Whitney)) in winter
…
Thanks to {p2.full} for lending me the crampons and to {p3.first} for the lift.
– {p1.firstinit}""",
    """~anyone else had the sole of the {d.product} boots come off? mine went after 4 months. {p1.full} in customer service said it's covered but I need the receipt which I've lost 😒""",
    """Re: Re: Best outdoor shop in {a1.town}?
Talgrat on {a1.street}, hands down. Ask for {p1.first}, {p1.she} used to be a guide.
{p2.full}""",
    """Posted by {p1.lower} · {d.date}
Lost: blue {d.product} jacket near the summit cairn on ((Slieve Donard|Pen y Fan|Cadillac Mountain)) on Sunday. The name label inside says {p1.caps}. Reward! {p1.email}""",
    """Group hike this Saturday from the car park at {a1.line} – all welcome. Bring lunch. Organiser: {p1.full}, text {p1.phone} if you're running late. ((Don't forget head torches!|Dogs on leads please.))""",
]


CLEAN = {}

CLEAN["campaign_plan"] = [
    """Campaign plan – autumn launch {x.year}
Wk 1 ({d.date}): {d.product} teaser on Instagram, 3 posts
Wk 2: newsletter, code {x.code} ({d.pct} off)
Wk 3: in-store events in Kendal and Galway
Budget {d.price} · target CTR 2.5%
Owner: marketing (ticket {d.ticket})""",
    """Q4 content calendar
- {d.date}: "Hunter green is back" – colour drop for {d.product}
- {d.date2}: Grace period for Black Friday returns extended to 60 days
- {d.date3}: "May the trail be with you" teaser
Sign-off via ticket {d.ticket}""",
    """Paid social brief: {d.product} {d.kind}
Audience: walkers 25–44, UK + IE
Hook: "Built for Galway rain"
Formats: 9:16 video, carousel
Flight: {d.date} – {d.date2}, cap {d.price}/day
UTM: utm_campaign=schauerpass_{x.year}""",
    """Subject line A/B test (campaign {d.ticket})
A "Summer is coming" – open rate 31.2%
B "Will you make the summit?" – 34.8%
B wins, rolled out {d.date} at {d.time}""",
    """Black Friday plan
Mon {d.date}: {d.pct} off {d.product}
Wed: free shipping over {d.price}
Fri: baker's breakfast in store with the bakery next door
Code {x.code}, valid until {d.date2} 23:59""",
    """Brand campaign "Home is outside"
Visual 1: Morgengrat at sunrise on Helvellyn
Visual 2: Gitterhang fleece in a bothy near Glen Coe
Visual 3: Trittweg boots in snow on Ben Nevis
Print files due {d.date}, print run {d.qty},000""",
    """Ski season mailing
Send: {d.weekday} {d.date}, {d.time}
Segments: ski touring (orders since {d.date2}), nordic
Hero: Wintersteig {d.kind}, {d.price}
Secondary: Kaltkar, GTIN {gtin}
Landing page: talgrat-outdoor.de/winter""",
    """Retargeting plan
Cart abandoners > 48h: reminder with {d.pct} off
Category rain jackets: Schauerpass & Rinnental
Exclude: orders with status "cancelled" since {d.date}
Frequency cap: 3 per week""",
]

CLEAN["size_chart"] = [
    """Size chart – {d.product} shell jacket (unisex)
S: chest 92–96 cm
M: chest 97–102 cm
L: 103–108 cm
XL: 109–114 cm
Model is 183 cm and wears M. Article {d.sku}, GTIN {gtin}""",
    """Boot sizing – {d.product} ((mid|low|GTX mid))
UK 7 = EU 41 = US 8 = 26 cm
UK 8 = EU 42 = US 9 = 26.5 cm
UK 9 = EU 43 = US 10 = 27.5 cm
Tip: try boots on in the afternoon, feet swell during the day. Article {d.sku}.""",
    """Back lengths – Fernkamm 45+10
S: 40–45 cm · M: 45–50 cm · L: 50–55 cm
Measure from the bony bump at the base of your neck to the top of your hip bones. Weight from {d.weight}.""",
    """Winter trousers Wintersteig – men's
Waist | Short | Regular | Long
30 | 30" | 32" | 34"
32 | 30" | 32" | 34"
34 | 30" | 32" | 34"
Article {d.sku}. Hunter green and black only.""",
    """Glove sizes {d.product}: measure around your hand over the knuckles. 7 = 18 cm, 8 = 20 cm, 9 = 23 cm, 10 = 25 cm. Between two sizes? Go for the bigger one. {d.price} a pair, GTIN {gtin}.""",
    """Kids' sizes – Almweg softshell
Age 4–5 = 110/116
6–7 = 122/128
8–9 = 134/140
Grow-with-me cuffs (+4 cm) · {d.price} · GTIN {gtin}""",
    """Socks Steinlauf: S (UK 3–5), M (6–8), L (9–11), XL (12–14). 3-pack {d.price}, article {d.sku}.""",
    """Helmet Hochsattel – head circumference
S/M 52–57 cm · M/L 56–61 cm
Weight {d.weight}, EN 12492. Adjust with the dial at the back.""",
]

CLEAN["stock_list"] = [
    """SKU\tProduct\tColour\tStock\tGTIN
{d.sku}\t{d.product}\t{d.colour}\t{d.qty}\t{gtin}
{d.sku2}\t{d.product2}\t{d.colour2}\t{d.qty2}\t{gtin2}
{d.sku3}\t{d.product3}\t{d.colour3}\t{d.qty3}\t{gtin3}""",
    """Stock check Kendal warehouse, {d.date} {d.time}
{d.product}: expected {d.qty}, counted {d.qty2} → check difference
{d.product2}: ok
Next delivery (note {d.invoice}) due {d.date2}""",
    """| SKU | Product | Size | Store LA22 | Store H91 | Online |
|---|---|---|---|---|---|
| {d.sku} | {d.product} | M | {d.qty} | {d.qty2} | {d.qty3} |
| {d.sku2} | {d.product2} | L | {d.qty4} | 0 | {d.qty5} |""",
    """Rental inventory {x.year}
Rinnental 2P tents: 14 (2 in repair, job {x.rma})
Avalanche transceivers: 22, serials {x.serial} to {x.serial2}
Snowshoes: 30 pairs
Next inspection: {d.date}""",
    """Clearance list (for the outlet sale on {d.date})
- Schauerpass rain jacket, rust, S – {d.price}
- Firstwand hardshell, night blue – {d.price2}
- Gitterhang fleece, sand – {d.price3}
As of {d.time}""",
    """Inbound container {x.serial}
ETA Felixstowe: {d.date}
Lines: {d.qty} × {d.product}, {d.qty2} × {d.product2}
Customs via forwarder, HS code 6201.40
Put-away from {d.date2}""",
    """Minimum stock – store Galway (H91)
Trittweg 42: min 4 (now {d.qty})
Trittweg 43: min 4
Steinlauf M: min 10
Reorder suggestion {d.order} generated at {d.time}""",
    """Out of stock – web shop, {d.date}
{gtin}: Morgengrat merino shirt, black, L → 0
{gtin2}: Hochsattel 30, forest green → 0
Backorder with supplier {d.company}, PO {d.invoice}""",
]

CLEAN["shipping_policy"] = [
    """Shipping & delivery
UK mainland: £3.95, free over ((£75|£60|£90))
((Highlands & Islands, postcodes IV, HS, KW and ZE|Northern Ireland, BT postcodes|Scottish islands, HS, KW and ZE postcodes)): +2 days
Ireland: €5.95, Eircode required
Orders placed by {d.time} leave the warehouse the same working day.""",
    """Returns
You have 30 days to return unworn items. Create a label at talgrat-outdoor.de/returns and enter your order number (e.g. {d.order}). Refunds are issued within 5 working days of arrival.""",
    """Bulky items (tents 3P+, stove sets): 3–5 working days. Deliveries to BT postcodes go via a partner courier. Tracking link in your dispatch email, e.g. {d.tracking}.""",
    """Click & Collect is free in all stores. Ready from ((2|3|4)) hours after ordering, held for ((7|10|14)) days. Please bring the collection code from your email (looks like {x.pickup}).""",
    """Express: ((£12.90|£11.90|£14.90)), next working day before noon (not Saturdays, not to IV or ZE postcodes). Order cut-off {d.time}.""",
    """US orders ship DDP from our EU warehouse. Duties are included; no surprise fees at the door. Invoices for US orders start with US-, e.g. US-{d.invoice}. ZIP codes in Alaska and Hawaii add 3 days.""",
    """Gift wrap: £3.50 per item. Gift cards (code format {x.code}) are sent by email and valid for 3 years. We can't ship bulky items to parcel lockers.""",
    """Split shipments: if an item is out of stock (e.g. Kaltkar in winter white), we send the rest first. You only pay shipping once. Status under "My account" → order {d.order}.""",
]

CLEAN["release_notes"] = [
    """Shop release {d.version}
- New: size advisor for Trittweg and Steinlauf
- Fix: basket lost the voucher code after login (ticket {d.ticket})
- Fix: GTIN {gtin} was listed twice
Deployed {d.date} {d.time}""",
    """App {d.version} (iOS/Android)
• Wishlist now syncs across devices
• Trail map for Snowdon & Glyderau updated
• Fixed a crash when opening orders with >20 lines ({d.ticket})""",
    """ERP changelog (as of {d.date})
v{x.year}.3.1 – supplier price import (CSV, separator ;)
v{x.year}.3.2 – rounding error on 20%/5% VAT fixed
v{x.year}.3.3 – new bin locations A-14 to A-22""",
    """Hotfix {d.version}: shipping cost for postcodes HS1–HS9 returned £0.00. Affected orders: {d.order}, {d.order2}. Corrected on {d.date}.""",
    """Firmware update for rental transceivers: 2.4.1 → 2.6.0. Serials {x.serial} onwards. Takes about 4 minutes, battery > 50%.""",
    """Sprint 42 – done
- filter "Material: merino" (Morgengrat, Gitterhang)
- sort by rating
- product list load time −38%
Open bugs: {d.ticket}, {d.ticket2}""",
    """Release {d.version} – checkout
New: pay by invoice for returning customers from the 3rd order
Changed: express minimum order {d.price}
Removed: old voucher type "WINTER-XXXX\"""",
    """Build {x.serial} deployed to staging, {d.date} {d.time}. Smoke tests green except search ("Rose" returns 0 hits instead of the rose-gold zip pullers), ticket {d.ticket}.""",
]

CLEAN["product_qa"] = [
    """Q: Is the Kaltkar down jacket warm enough for a winter day on Ben Nevis?
A: For breaks and the summit, yes – on the way up it'll be too warm. Comfort to about −15 °C, weight {d.weight}.""",
    """Question on article {d.sku}: Is the Schauerpass any good for the Camino?
Answer (Talgrat team): Yes – 20,000 mm hydrostatic head and pit zips. Lots of people wear it from ((Pamplona|Saint-Jean|León|Porto)) onwards.""",
    """Customer question on the Fernkamm 45+10: does a Rinnental tent fit inside? – Answer: yes, the 2P (packed 45 × 16 cm) fits crosswise in the bottom compartment. Pack weight {d.weight}.""",
    """Q: Can I wash the Gitterhang fleece at 40?
A: Yes, gentle cycle, no tumble dryer. Skip the fabric softener or the grid structure suffers. (asked {d.date})""",
    """Question about article {d.sku}: does the Hochsattel head torch come with a red light? – Yes, from version {d.version}. Beam 120 m, 2,000 mAh battery.""",
    """Q: Will the Firstwand hold up on ((a wet week|a long weekend|ten days|a bike tour)) in Galway?
A: It will. 3-layer shell, fully taped, {d.weight}. Hope for sun, pack for rain!""",
    """Q: Is the Trittweg waterproof enough for the West Highland Way in May?
A: Yes – membrane plus waxed leather. In May the path is often boggy, so gaiters help too. Article {d.sku}, {d.price}.""",
    """Q: Which size Almweg if I'm between M and L? (6'0", 12 st)
A: L if you'll wear a fleece under it – the cut is slim. Will it fit a hunter's vest too? Probably not. Exchanges are free, current price {d.price}.""",
]


VOCAB = {
    "role": ["Store Manager", "Sales", "Rental & Repairs", "Warehouse", "Customer Care", "Buyer", "Visual Merchandising", "Workshop", "Deputy Manager", "Weekend staff"],
    "relation": ["partner", "mother", "father", "husband", "wife", "sister", "friend", "son", "brother"],
    "level": ["beginner", "intermediate", "advanced"],
    "rsvp": ["accepted", "tentative", "declined", "no response"],
}

# multi-row blocks; each list is a layout list (split by position)
COMPOSITES = {
    "staff": [
        {"head": "| Name | Role | Mobile | Email |\n|---|---|---|---|\n", "row": "| {r.full} | {v.role} | {r.phone} | {r.email} |", "rows": (3, 6)},
        {"head": "First name\tLast name\tRole\tExt.\n", "row": "{r.first}\t{r.last}\t{v.role}\t{x.ext}", "rows": (3, 6)},
        {"row": "- {r.full} ({v.role}) – {r.phone}", "rows": (2, 5)},
        {"head": "name;role;mobile\n", "row": "\"{r.lastfirst}\";{v.role};{r.phone}", "rows": (3, 5)},
        {"row": "{r.initlast}  ·  {v.role}  ·  {r.email}", "rows": (2, 5)},
        {"head": "| First | Last | Team |\n|---|---|---|\n", "row": "| {r.first} | {r.last} | {v.role} |", "rows": (3, 6)},
        {"row": "{r.caps} — {v.role}", "rows": (2, 4)},
        {"row": "{v.role}: {r.full}, {r.phone}", "rows": (2, 5)},
    ],
    "oncall": [
        {"head": "| Day | On call | Phone |\n|---|---|---|\n", "row": "| {d.weekday} | {r.full} | {r.phone} |", "rows": (3, 5)},
        {"row": "{d.weekday}: {r.first} ({r.phone})", "rows": (3, 5)},
        {"row": "{d.date}\t{r.lastfirst}\t{r.phone}", "rows": (3, 5)},
        {"row": "{d.weekday} early – {r.firstinit}, late – {r2.firstinit}", "rows": (2, 5)},
    ],
    "participants": [
        {"row": "{n}. {r.full}, born {x.dob} – emergency: {r2.full}, {r2.phone}", "rows": (2, 4)},
        {"head": "| # | Name | DOB | Emergency contact | Phone |\n|---|---|---|---|---|\n", "row": "| {n} | {r.lastfirst} | {x.dob} | {r2.full} ({v.relation}) | {r2.phone} |", "rows": (2, 5)},
        {"head": "first\tlast\tdob\tmobile\n", "row": "{r.first}\t{r.last}\t{x.dob}\t{r.phone}", "rows": (2, 5)},
        {"row": "- {r.full} ({v.level}), ICE {r2.first}: {r2.phone}", "rows": (2, 4)},
        {"head": "surname;first name;email;level\n", "row": "{r.last};{r.first};{r.email};{v.level}", "rows": (2, 5)},
        {"row": "{r.caps}  {x.dob}  ICE {r2.phone}", "rows": (2, 4)},
    ],
    "attendees": [
        {"row": "• {r.full} <{r.email}> – {v.rsvp}", "rows": (2, 5)},
        {"row": "{r.email} ({v.rsvp})", "rows": (2, 5)},
        {"row": "{r.lastfirst} – {v.rsvp}", "rows": (2, 5)},
        {"head": "| Attendee | Status |\n|---|---|\n", "row": "| {r.full} | {v.rsvp} |", "rows": (2, 5)},
    ],
    "dealers": [
        {"head": "| Shop | Contact | Street | Town | Phone |\n|---|---|---|---|---|\n", "row": "| {d.company} | {r.full} | {a1.street} | {a1.town} | {phone} |", "rows": (2, 4)},
        {"row": "{d.company} – {r.full}, {a1.line}, {phone}", "rows": (2, 4)},
        {"head": "shop\tfirst\tlast\tstreet\tpostcode\ttown\temail\n", "row": "{d.company}\t{r.first}\t{r.last}\t{a1.street}\t{a1.zip}\t{a1.town}\t{rolemail}", "rows": (2, 4)},
        {"row": "**{d.company}** ({a1.town}) · {r.initlast} · {r.email}", "rows": (2, 4)},
    ],
    "payroll": [
        {"head": "| Name | Tax ID | IBAN | Hours |\n|---|---|---|---|\n", "row": "| {r.full} | {taxid} | {iban} | {d.qty} |", "rows": (2, 4)},
        {"head": "surname\tfirst name\ttax id\tiban\n", "row": "{r.last}\t{r.first}\t{taxid}\t{iban}", "rows": (2, 4)},
        {"row": "{r.lastfirst} · Steuer-ID {taxid} · {iban}", "rows": (2, 4)},
        {"row": "{n}) {r.full}, IBAN {iban}, tax ID {taxid}", "rows": (2, 4)},
    ],
}
