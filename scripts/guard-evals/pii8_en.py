"""English templates of the eighth PII bank (UK, Irish and US writing; some German stores).

`PERSONAL[genre]` and `CLEAN[genre]` are template lists; `pii8.py` cuts every list by position
into the dev8 half (even) and the heldout8 half (odd). Slots are explained in `pii8_core.py`.
"""

import sys

sys.dont_write_bytecode = True

from functools import partial  # noqa: E402

from pii8_core import action, chat, register, table  # noqa: E402

# ---------------------------------------------------------------- layouts of this language

CHAT_STAMPS = register("chat turn layouts (en)", [
    "[{t}] {who}: ", "{who} ({t}): ", "{t} | {who} > ", "{who} — {t}\n", "<{t}> {who}: ", "{who} [{t}]: ",
])
ACTION_MARKS = register("action item layouts (en)", [
    "AI: {who} to ", "ACTION – {who}: ", "[ ] @{who} ", "→ {who}: ", "Action ({who}): ", "TODO {who} – ",
])
SCAN_APPS = register("lead scan headers (en)", [
    "Lead export – LeadGrab v4", "Exhibitor app export (stand B4-210)", "Badge scans – day 2", "Scanned leads (Kendal Mountain Festival)",
])

# chats and action items in this language's layouts
_chat = partial(chat, CHAT_STAMPS)
_act = partial(action, ACTION_MARKS)


# ---------------------------------------------------------------- loyalty_signup

LOYALTY_COLUMNS = register("loyalty export columns (en)", [
    [("member_no", "{member#}"), ("first_name", "{p#.first}"), ("last_name", "{p#.last}"), ("email", "{p#.email}"),
     ("joined", "{date#}"), ("home_store", "{store#}")],
    [("Member", "{p#.lastfirst}"), ("Email", "{p#.email}"), ("Mobile", "{p#.mobile}"), ("Points", "{points#}"),
     ("Opt-in", "((yes|no))")],
    [("card", "{member#}"), ("name", "{p#.full}"), ("dob", "{p#.dob}"), ("email", "{p#.email}"), ("signup_ip", "{p#.ip}")],
    [("Surname", "{p#.last}"), ("Forename", "{p#.first}"), ("Postcode", "{p#.zip}"), ("Email", "{p#.email}"),
     ("Source", "((till|web|app))")],
])
SCAN_COLUMNS = register("lead scan columns (en)", [
    [("Scan", "{ticket#}"), ("First name", "{p#.first}"), ("Last name", "{p#.last}"), ("Company", "{company#}"),
     ("Email", "{p#.compmail}"), ("Rating", "((hot|warm|cold))")],
    [("Badge", "{member#}"), ("Name", "{p#.full}"), ("Job title", "((Buyer|Head of Purchasing|Owner|Store Manager))"),
     ("Phone", "{p#.phone}"), ("Notes", "((wants {product} in stock by May|asked for dealer prices|catalogue only))")],
    [("Contact", "{p#.capslast}"), ("Company", "{company#}"), ("Email", "{p#.compmail}"), ("Phone", "{p#.phone}")],
    [("Lead", "{ticket#}"), ("Visitor", "{p#.full}"), ("Company", "{company#}"), ("Mobile", "{p#.mobile}"),
     ("Interest", "((rental fleet|school orders|club kit))")],
])


def loyalty_export(ctx):
    cols = ctx.pick(LOYALTY_COLUMNS)
    return f"Summit Club – new members {{date}}\n" + table(ctx, cols, ctx.rng.randint(2, 5))


LOYALTY = [
    loyalty_export,
    """Summit Club – new member
Member no: {member}
Name: {p1.full}
Email: {p1.email}
Mobile: {p1.mobile}
Date of birth: {p1.dob}
Favourite activities: ((hillwalking, bouldering|trail running|ski touring, packrafting|wild camping))
Home store: {store}
Marketing consent: yes ({stamp}, IP {p1.ip})""",
    """Typed up from paper sign-up form (till 2, {store}), handwriting hard to read:
name looks like {p1.full} – could be "{p1.caps}" on the card itself
address: {p1.block}
phone {p1.phone}
no email given. Entered by {p2.first} on {date}.""",
    """{stamp} DOI_SENT to={p1.email} list=summit_club source=checkout order={order}
{stamp2} DOI_CONFIRMED ip={p1.ip} ua="Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"
{stamp3} PROFILE_UPDATE first_name="{p1.first}" last_name="{p1.last}" street="{p1.street}" birthday="{daymonth}\"""",
    """Hi there,
I joined the Summit Club in your {store} shop ((last week|on Saturday)) but the card never arrived. It should go to
{p1.block}
Member number on the receipt is {member}.
Cheers,
{p1.first}""",
    """FAMILY MEMBERSHIP {member}
Main member: {p1.lastfirst} <{p1.email}>
Partner: {p2.full}
Children: {p3.first} (age ((9|11|8))), {p4.first}
Points pooled: {points} · Tier: Ridge""",
    """Sign-up rejected – duplicate
The address {p1.email} is already linked to member {member} ({p1.init}). The customer says {p1.g:she:he} is {p1.honlast} and
married last year; old surname on the account. Please merge, ticket {ticket}. – {p2.firstinit}""",
    """Birthday vouchers, ((March|April|October)) run
{p1.full} – {p1.email} – code {code}
{p2.full} – {p2.email} – code {code2}
{p3.lastfirst} – bounced, check address
Sent from: {shopmail}""",
]

# ---------------------------------------------------------------- gift_order

def gift_tags(ctx):
    cols = [("Order", "{order#}"), ("From", "{p#.first}"), ("To", "{p1#.full}"), ("Message", "((Happy birthday!|See you on the hill x|For the next adventure|Merry Christmas, love you))")]
    n = ctx.rng.randint(2, 4)
    t = table(ctx, cols, n)
    # recipients are people 11, 12, ...: rewrite the doubled index
    for i in range(1, n + 1):
        t = t.replace(f"p1{i}.", f"p{10 + i}.")
    return "Gift tags to print – dispatch {date}\n" + t


GIFT = [
    """Gift card order {order}
Value: {price}   Design: "Into the hills"
From: {p1.first}
To: {p2.full}
Message: "Happy birthday {p2.first}! Don't let the {product} sit in the cupboard – see you on {place}. Love, {p1.first}"
Deliver by email to: {p2.email} on {date}
Buyer: {p1.full}, {p1.email}""",
    """GIFT WRAP + MESSAGE CARD
Ship to: {p2.full}
{p2.block}
Card text: To Granny – for your walks round the reservoir. From {p1.first} & {p3.first} xx
Sender (not printed): {p1.full}, {p1.phone}
Items: {product} {kind} ({colour}, {size}), SKU {sku}""",
    """Hello, we'd like to send a small Christmas gift to each of our volunteer wardens – one {product} beanie each, with a card
saying "Thanks from everyone at {company}". Addresses:
1. {p1.full}, {p1.line}
2. {p2.full}, {p2.line}
3. {p3.hon} {p3.last} – please use the office address for {p3.g:her:him}, {p3.g:she's:he's} away
Invoice to {p4.full}, {p4.email}""",
    """Could you change the recipient of e-gift card {giftcode}? It should go to {p2.email}, not {p3.email} – my {p2.g:sister:brother} {p2.first}
changed jobs and the old address bounces. The order number is {order}.
Thanks so much,
{p1.full}""",
    """{p2.first}, you've got a Talgrat gift card!
{p1.full} sent you {price} with this message:
"For new boots before {place}. No excuses now! – {p1.first}"
Your card number: {giftcard}  ·  PIN {pin}
Redeem online or in any store.""",
    gift_tags,
    """Phone order taken by {p3.first} ({time})
Caller: {p1.honlast}, {p1.phone}
Gift card {price} for {p2.full}, post to {p2.line}
Paid by card {card}, exp {expiry}, caller confirmed billing postcode {p1.zip}""",
    """Balance enquiry – chat
Customer gave name {p1.full} and card {giftcard}. Balance {price}, expires {date}. Card was a gift from {p2.full} (order {order}).
Agent: {p3.init}""",
]

# ---------------------------------------------------------------- alteration

ALTERATION = [
    """ALTERATION TICKET   No. {ticket}
Customer: {p1.honlast}
Tel: {p1.phone}
Item: {product} ((zip-off trousers|rain pants|ski touring pants)), {colour}, size {size}
Work: shorten legs by 4 cm, keep original hem tape
Tailor: {p2.first}
Ready: {date}    Price: {price}""",
    """Dear {p1.hon} {p1.last},

your trousers (ticket {ticket}) are ready for collection at our {store} store. Please bring the pink slip.
Opening hours: Mon–Sat {time}–18:00.

Kind regards,
{p2.full}
Alterations & Repairs""",
    """tailoring notes wk {qty}
- {p1.lower}: sleeves -2cm on the {product}, done, waiting for pickup
- hem on zip-offs for {p2.first} ({p2.mobile}), {p2.g:she:he} wants it by fri
- {p3.hon} {p3.last} rang again re: waist – told {p3.g:her:him} tues""",
    """COLLECTED BY: {p2.caps} (partner) for {p1.full}
Ticket {ticket}, ID checked (driving licence), signed {date} {time}
Staff: {p3.init}""",
    """Zip replacement request
Name: {p1.full}
Email: {p1.email}
Jacket: {product} {kind}, bought {date}, order {order}
Fault: main zip slider split, teeth fine
Return address if not collected: {p1.line}""",
    lambda ctx: "Hemming waiting list – {store}\n" + table(ctx, [("Ticket", "{ticket#}"), ("Customer", "{p#.lastfirst}"), ("Phone", "{p#.phone}"),
                                                              ("Item", "{product#} {kind#}"), ("Due", "{date#}")], ctx.rng.randint(2, 4)),
    """I picked up my trousers yesterday (ticket {ticket}) and the left leg is now about a centimetre shorter than the right.
Could someone have a look? I'm in town again on {weekday}.
– {p1.full}, {p1.mobile}""",
    """EMBROIDERY ORDER {order}
Garment: {product} fleece, kids, {colour}
Text (chest left): "{p2.capsfirst}"
Font: Alpine Sans, thread white
Customer: {p1.titled}, {p1.email}
Note: the name is for {p1.g:her:his} {p2.g:daughter:son}, please double-check spelling with {p1.g:her:him}""",
]

# ---------------------------------------------------------------- workshop_ticket

WORKSHOP = [
    """SKI SERVICE – {store}
Job {ticket} | in {date} | out {date2}
Customer {p1.full} · {p1.mobile}
Skis: Rinnental Tour 88, {len} cm · binding DIN {din} · weight {weight} kg · BSL {sole} mm
Service: base grind, edges 88°, hot wax
Mechanic: {p2.init}""",
    """Bike service booking
Name: {p1.lastfirst}
Email: {p1.email}
Phone: {p1.phone}
Bike: gravel, frame no. {serial}
Requested: full service + new chain, drop-off {weekday} {time}
Booked by: {p2.first}""",
    """whiteboard tue:
{p1.first} ({p1.last}) – splitboard skins, glue renewal, ready thu – call {p1.phone}
{p2.lowerfirst} – boots heat-moulded, pick up fri, paid""",
    """Hi, just checking on my skis – dropped them off on {date} for a grind and wax, ticket {ticket}. Any idea when they'll be
ready? I'm heading to {place} on {weekday}.
Thanks, {p1.full}
{p1.phone}""",
    """DIN SETTING – CUSTOMER CONFIRMATION
I, {p1.full}, confirm that weight ({weight} kg), height ({len} cm), age and skier type (2) stated above are correct.
Boot sole length: {sole} mm. Setting applied: {din}.
Address: {p1.line}
Technician: {p2.full}    Date: {date}""",
    lambda ctx: "Workshop SMS log\n" + table(ctx, [("sent", "{stamp#}"), ("to", "{p#.mobile}"), ("name", "{p#.first}"),
                                                   ("text", "Your ((bike|skis|board)) is ready, job {ticket#}")], ctx.rng.randint(2, 4)),
    """Boot fitting appointment – {date}, {time}
Customer: {p1.hon} {p1.last} (first name {p1.first})
Foot: wide forefoot, right 1/2 size bigger, previous boot {product}
Contact: {p1.email}
Fitter: {p2.firstinit}""",
    """Parts order for customer
Please order: Shimano XT rear mech, 11-51 cassette. Customer: {p1.titled}, job {ticket}. {p1.g:She's:He's} happy to wait,
text {p1.g:her:him} on {p1.mobile} when in. – {p2.first}""",
]

# ---------------------------------------------------------------- lost_property

LOST = [
    lambda ctx: "LOST PROPERTY BOOK – {store}\n" + table(ctx, [("Date", "{date#}"), ("Item", "((grey beanie|water bottle|car key, VW|kids' glove|wallet|phone, cracked screen))"),
                                                             ("Where", "((changing room 2|till|boot bench|café corner))"), ("Name on item", "{p#.full}"),
                                                             ("Contacted", "((yes|no|left voicemail))")], ctx.rng.randint(2, 4)),
    """Found: blue 1-litre bottle with a name sticker "{p1.full}" in changing room 2, {date} around {time}.
Put in the lost property box, shelf B. Looked the name up – member {member}, mobile {p1.mobile}. Left a message. – {p2.first}""",
    """Dear {p1.first},

we think we found your wallet in our {store} store – the driving licence inside is in the name of {p1.full}.
Please bring photo ID when you collect it. We'll keep it until {date}.

Best wishes,
{p2.full}, Store Team""",
    """LOST ITEM CLAIM
Name: {p1.full}
Phone: {p1.phone}
Email: {p1.email}
Lost: grey {product} fleece with name tag "{p2.caps}" (my {p2.g:daughter:son}), probably near the boot bench on {weekday}""",
    """handover: the VW key from this morning was collected by {p1.full} at 15:40, signed in the book. The kids' glove is still
there. {p2.lowerfirst} says the phone found on the café table belongs to a {p3.honlast} – {p3.g:she:he} rang from {p3.phone}.""",
    """Unclaimed items > 3 months, donated to Mountain Rescue shop {date}:
- 3 beanies, 1 buff, 2 bottles
- child's jacket ({product}), label "{p1.caps}"
- umbrella
Signed off: {p2.init}""",
    """Hi, this is {p1.first} from the Saturday {place} walk with {p2.first} – I think I left a single black glove on the minibus.
If it turns up could you text me on {p1.mobile}? Many thanks!""",
    """Handed to police {date}, ref {case}:
wallet containing bank card (Visa ending {pin}), driving licence {p1.caps}, {p1.line}, cash £35.
Found by customer, who left {p2.g:her:his} details: {p2.full}, {p2.phone}.""",
]

# ---------------------------------------------------------------- shift_swap

SHIFT = [
    """Shift swap request
From: {p1.full} (Sales floor)
With: {p2.full}
Give away: {weekday} {daymonth}, 9:00–17:30
Take: {weekday2} {daymonth2}, 12:00–20:00
Approved by: {p3.first}""",
    lambda ctx: "#keswick-rota\n" + _chat(ctx, [("{p1.lowerfirst}", "can anyone take my sat late?? family thing"),
                                                ("{p2.first}", "i can if you do my tues early"),
                                                ("{p1.lowerfirst}", "deal!! ty 🙏"),
                                                ("{p3.first}", "ok noted, {p2.first} sat late / {p1.first} tues early")]),
    """Hi {p3.first},

{p2.first} and I would like to swap: I'd do {p2.g:her:his} Sunday ({daymonth}) and {p2.g:she:he} takes my Thursday late. Both of us stay under
the 40 hours. Hope that's OK!

{p1.first}""",
    lambda ctx: "Rota changes week {qty}\n" + table(ctx, [("Date", "{daymonth#}"), ("Was", "{p#.lastfirst}"), ("Now", "{p1#.lastfirst}"),
                                                          ("Shift", "((early|late|stock|till))")], 2).replace("p11.", "p5.").replace("p12.", "p6."),
    """COVER NEEDED
Sun 10–6, {store} store, tills + fitting room.
Ring {p1.first} on {p1.mobile} or just write in the book. Paid at Sunday rate.""",
    """Swap declined: {p2.hon} {p2.last} would be on 48 hours that week. {p1.first}, could you ask {p4.first} instead?
– {p3.full}, Store Manager""",
    """[staff app] {p1.full} offered shift {weekday} ((9:00–15:00|14:00–20:00|7:30–13:30)) · picked up by {p2.full} · pending approval
[staff app] approved by {p3.full} at {stamp}""",
    """Shift Sat {daymonth}:
7.30 delivery – {p1.first} & {p2.first}
10.00 open – {p3.firstinit}
swap: {p2.first} ↔ {p4.first} (agreed by phone, {p4.first}'s number {p4.mobile})""",
]

# ---------------------------------------------------------------- fair_lead

def scan_export(ctx):
    cols = ctx.pick(SCAN_COLUMNS)
    return ctx.pick(SCAN_APPS) + "\n" + table(ctx, cols, ctx.rng.randint(2, 5))


FAIR = [
    scan_export,
    """Lead #{qty} – {p1.titled}, Head of Buying, {company}
Interested in: {product} wholesale, 40+ units, spring delivery
Follow up: {p1.compmail}, {p1.phone}
Samples to: {p1.block}
Met by: {p2.first} (stand B4-210)""",
    """{{"lead_id": "{ticket}", "scanned_at": "{stamp}", "contact": {{"first_name": "{p1.first}", "last_name": "{p1.last}",
 "email": "{p1.compmail}", "phone": "{p1.phone}"}}, "company": "{company}", "scanned_by": "{p2.work}"}}""",
    """Great to meet you at our stand, {p1.first}!
As promised, here's the dealer sheet for the {product} range (GTIN list attached, e.g. {gtin}). Happy to send samples to
{p1.line} – just confirm.
Best,
{p2.full}
Wholesale, Talgrat · {p2.mobile}""",
    """BEGIN:VCARD
VERSION:3.0
N:{p1.last};{p1.first};;;
FN:{p1.full}
ORG:{company}
TITLE:Purchasing
TEL;TYPE=cell:{p1.mobile}
EMAIL:{p1.compmail}
NOTE:met at OutDoor, wants {product} demo kit
END:VCARD""",
    """Leads day 1 – quick notes
HOT {p1.full} ({company}) – wants exclusivity for {town}, call {p1.phone}
WARM {p2.init} – small shop, sends buyer {p3.full} next week
COLD students, no details""",
    """LEAD FORM (handwritten, scanned)
Name: {p1.ocr}
Company: {company}
Email: {p1.emailcaps}
Please contact me re: ((school orders|club kit|rental fleet))""",
    """Meetings booked for the show
Tue 10:30 – {p1.full}, {company}
Tue 14:00 – {p2.titled} (buyer, {company2})
Wed 09:15 – {p3.lastfirst} – bring {product} samples
Confirmations from {p4.work}""",
]

# ---------------------------------------------------------------- influencer_list

INFLUENCER = [
    lambda ctx: "Creator shortlist – spring campaign\n" + table(ctx, [("Handle", "{handle#}"), ("Name", "{p#.full}"), ("Followers", "{followers#}"),
                                                                     ("Email", "{p#.email}"), ("Status", "((contacted|replied|declined|shortlisted))")], ctx.rng.randint(2, 5)),
    """Hi {p1.first},

we love your {handle} reels from {place} – especially the wet one! We'd like to send you our new {product} {kind} to test over
the summer, no strings attached. Where should it go?

Best,
{p2.full}
Partnerships, Talgrat""",
    """Seeding shipment – {product} samples
1) {p1.full}, {p1.line}
2) {p2.full}, {p2.line}
3) {p3.full} – c/o {company}, ask agency
Courier booked for {date}, SKU {sku}""",
    """Creator: {p1.full} ({handle})
Talent manager: {p2.full}, {company2}, {p2.compmail}, {p2.phone}
Fee agreed: {price} for 3 reels + 5 stories; usage 6 months
Payment to: {p1.iban}
German tax ID (creator is based in Berlin): {p1.taxid}""",
    """~contract status
- {p1.lower}: signed, invoice due {date}
- {p2.lowerfirst} (the one from {place}): waiting for {p2.g:her:his} agent
- {p3.full}: declined, already with another brand""",
    lambda ctx: ('{"campaign": "spring", "creators": [' + ", ".join(
        '{{"handle": "{handle%d}", "name": "{p%d.full}", "email": "{p%d.email}", "rate": "{price%d}"}}' % (i, i, i, i)
        for i in range(1, ctx.rng.randint(2, 4) + 1)) + "]}"),
    """Replies so far:
{p1.first} ({handle}) – yes please, ship to {p1.block}
{p2.first} – only paid collabs
{p3.first} – out of office until {date}""",
    """Hi team, quick intro: {p1.full} runs {handle} (mostly packrafting in Connemara). I've copied {p1.g:her:him} in – {p1.email}.
{p1.g:She'd:He'd} be great for the {product} launch. – {p2.first}""",
]

# ---------------------------------------------------------------- service_chat

SERVICE_CHAT = [
    lambda ctx: "Pre-chat form: Name: {p1.full} | Email: {p1.email} | Topic: Delivery\n" + _chat(ctx, [
        ("Agent {p2.first}", "Hi {p1.first}, thanks for waiting! How can I help?"),
        ("{p1.first}", "my order {order} went to my old address. new one is {p1.line}"),
        ("Agent {p2.first}", "Thanks, I've updated it for the next parcel.")]),
    lambda ctx: _chat(ctx, [
        ("Customer", "hi can I pay the rest by card? it's {card}"),
        ("Agent {p2.first}", "Please don't send card numbers in chat – I'll send you a secure payment link instead."),
        ("Customer", "ok sorry. name is {p1.full}, order {order}, it goes to {p1.line}")]),
    lambda ctx: _chat(ctx, [
        ("Talgrat Bot", "What's your name?"), ("Visitor", "{p1.lower}"),
        ("Talgrat Bot", "Thanks! And your email?"), ("Visitor", "{p1.email}"),
        ("System", "Chat transferred to {p2.first}"),
        ("{p2.first}", "Hi {p1.first}, I can see your return {ticket} – the refund went out on {date}.")]),
    """CHAT SUMMARY (auto)
Customer: {p1.full} ({p1.email})
Agent: {p2.full}
Topic: {product} {kind} – seam leaking after 3 weeks; photos received
Outcome: free repair, label sent to {p1.email}; callback requested on {p1.phone}""",
    lambda ctx: _chat(ctx, [
        ("{p2.first} (Talgrat)", "To check it's you, could you confirm the address on the account?"),
        ("{p1.full}", "{p1.line}"),
        ("{p2.first} (Talgrat)", "Perfect, thanks {p1.hon} {p1.last}.")]),
    lambda ctx: "— Chat started {date} —\n" + _chat(ctx, [
        ("Customer", "hello its {p1.lower}, i ordered the {product} in {size} but need {size2}"),
        ("Agent {p2.first}", "Hi {p1.first}! I can swap that for you. Is the delivery address still {p1.line}?"),
        ("Customer", "yes thats right")]),
    lambda ctx: _chat(ctx, [
        ("Visitor 4471", "I need a returns label please, bought the {product} as a gift for my {p3.g:mum:dad} {p3.first} and it's too small"),
        ("{p2.first}", "No problem – what's the order number?"),
        ("Visitor 4471", "{order}, it's under my name {p1.full}"),
        ("{p2.first}", "Got it. The label is on its way to {p1.email}.")]),
    lambda ctx: "Callback request (chat)\n" + _chat(ctx, [
        ("{p1.first}", "could someone ring me? easier than typing. {p1.phone}"),
        ("{p2.first} – Customer Care", "Of course, {p3.first} from our workshop team will call you before {time}.")]),
]

# ---------------------------------------------------------------- staff_answer

STAFF_ANSWER = [
    """Q: Does the {product} fit over a climbing helmet?
— asked by {p1.firstinit}, {town}
A: Hi {p1.first}, yes – the hood is helmet-compatible up to size L helmets. – {p2.first}, Talgrat {store}""",
    """Question from {p1.full} ({p1.email}) – pending moderation
"Is the {product} warm enough for {place} in February?"
Suggested answer by {p2.full} (Product Specialist, Outerwear): "With a midlayer, yes…\"""",
    """Q&A › {product} {kind}
Q ({p1.firstinit}): Can I wash it at 40°?
A: Best at 30° with tech wash, then tumble dry low to reactivate the DWR.
Answered by {p2.full}, Product Specialist · 12 people found this helpful""",
    """Verified buyer {p1.firstinit} asks: does the size {size} come up small?
Staff answer ({p2.first}, fitting team): it's a regular fit; most customers take their usual size. {p1.first}, if in doubt,
order both and send one back – returns are free.""",
    """Q: What's the difference between {product} and {product2}?
A: {product} is the lighter one ({weight}0 g). Hope that helps, {p1.first}! – {p2.caps}, Talgrat Customer Care""",
    lambda ctx: "Unanswered questions – assign\n" + table(ctx, [("Product", "{product#}"), ("Asked by", "{p#.firstinit}"), ("Email", "{p#.email}"),
                                                               ("Assigned", "{p1#.first}")], ctx.rng.randint(2, 3)).replace("p11.", "p7.").replace("p12.", "p8.").replace("p13.", "p9."),
    """"Will the {product} boots stretch?" – {p1.lower}
Our answer: leather uppers give a little, but not in length. {p2.full} from our {store} boot room is happy to
stretch them for you – just ask for {p2.g:her:him}.""",
    """FAQ draft – answers by named staff
"I'm 1.92 m, which size?" → {p1.first} (fitting team): go for XL Long.
"Is the hood removable?" → {p2.full}: no, it's stitched in.
Asked by: {p3.full}, {p4.firstinit}""",
]

# ---------------------------------------------------------------- action_items

def minutes_actions(ctx):
    lines = ["Weekly ops – {date}", "Present: {p1.full}, {p2.full}, {p3.init} (notes)", "Apologies: {p4.first}", "",
             "1. Stock: {product} sizes S/M sold out, next delivery {date2}.",
             _act(ctx, "{p1.first}", "chase the supplier before {weekday}"),
             "2. Summer window: {product2} + {place} photos.",
             _act(ctx, "{p2.first}", "book the photographer, budget {price}"),
             _act(ctx, "{p3.last}", "send minutes to {p4.first}")]
    return "\n".join(lines)


def retro_actions(ctx):
    return "\n".join(["Retro – web team sprint {qty}", "Went well: checkout faster ({pct} fewer drop-offs)",
                      "Didn't: 3 broken GTIN imports (e.g. {gtin})", "",
                      _act(ctx, "{p1.lowerfirst}", "add GTIN check to the import"),
                      _act(ctx, "{p2.first}", "pair with {p3.first} on the feed job"),
                      "Facilitator: {p3.full}"])


ACTIONS = [
    minutes_actions,
    retro_actions,
    lambda ctx: "Actions from the store managers' call\n" + table(ctx, [("Action", "((update key holder list|order more hangers|fix fitting room light|send rota))"),
                                                                         ("Owner", "{p#.full}"), ("Due", "{date#}")], ctx.rng.randint(2, 4)),
    """Minutes – Kendal Mountain Festival stand
Attendees: {p1.lastfirst}; {p2.lastfirst}; {p3.lastfirst}
- Stand B12, build {weekday} from 8:00
- Demo kit: {product} x 6, {product2} x 4
AI: {p1.first} to confirm van hire
AI: {p2.first} + {p3.first} to print the raffle cards
Next meeting {date}""",
    lambda ctx: "\n".join(["Call notes ({date}) – {company} x Talgrat", "Them: {p1.titled}, {p2.full}", "Us: {p3.full}",
                           _act(ctx, "{p3.first}", "send sample sizes"), _act(ctx, "{p1.last}", "confirm PO {order} by Friday")]),
    """AGM – Talgrat Running Club
Chair: {p1.full}   Minutes: {p2.full}
Treasurer ({p3.full}) reported a balance of {price}.
ACTION {p3.first}: move the club account; new details to members
ACTION {p4.hon} {p4.last}: check insurance for the {place} trip""",
    lambda ctx: "\n".join(["Standup {date}", "{p1.first}: feed import, blocked on supplier", "{p2.first}: photo shoot prep",
                           _act(ctx, "{p1.first}", "ping {p4.full} at the supplier ({p4.compmail})")]),
    """Board meeting extract
Present: {p1.titled} (chair), {p2.postnom}, {p3.full}
Resolved: open the Galway store in autumn.
Action items: legal review – {p2.last}; lease – {p1.last}; staffing plan – {p3.first}""",
]

# ---------------------------------------------------------------- expense_claim

EXPENSE = [
    """EXPENSE CLAIM {invoice}
Employee: {p1.full} (Munich store, German payroll)   Cost centre: {kst}   Steuer-ID: {p1.taxid}
{date}  Train Manchester–Kendal  £38.40
{date2}  Hotel, 1 night (trade show)  £96.00
{date3}  Dinner with {company} buyer {p2.full}  £54.10
Reimburse to: {p1.iban}
Approved: {p3.init}""",
    """Hi {p3.first}, expenses for the Galway trip attached. I paid the hotel with the company card by mistake – card
{card}, so please don't reimburse that one twice. The rest goes to my usual account.
Thanks, {p1.first}""",
    """MILEAGE CLAIM
Name: {p1.full}
From: home ({p1.line})
To: {store} store and back, 2 × {km} miles @ 45p
Purpose: covering late shifts, {daymonth}–{daymonth2}""",
    """Approval chain for claim {invoice} ({price})
submitted by {p1.full} · {stamp}
approved by {p2.full} (line manager) · {stamp2}
paid by finance ({p3.work}) to account {p1.iban}""",
    """Claim {invoice} rejected: receipt missing for taxi on {date}. {p1.hon} {p1.last}, please upload it or add a note.
Questions: {shopmail}""",
    lambda ctx: "Expenses export {date}\n" + table(ctx, [("Employee", "{p#.lastfirst}"), ("Claim", "{invoice#}"), ("Amount", "{price#}"),
                                                        ("IBAN", "{p#.iban}")], ctx.rng.randint(2, 4)),
    """Expense note – stand at OutDoor (Friedrichshafen)
Booth staff: {p1.full}, {p2.full}
Per diem paid to both. German tax ID for {p2.first} (employed via our Munich store): {p2.taxid}
Receipts: parking {price}, fuel {price2}""",
    """receipt photo text (OCR):
BERGHOF INN · Table 4 · {date}
2 × soup, 1 × cake
VISA {card}
signed {p1.ocr}""",
]

# ---------------------------------------------------------------- key_holders

KEYS = [
    lambda ctx: "KEY HOLDERS – {store} (give to alarm company)\n" + table(ctx, [("Priority", "#"), ("Name", "{p#.full}"), ("Mobile", "{p#.mobile}"),
                                                                              ("Lives in", "{p#.town}")], ctx.rng.randint(2, 4)),
    """Alarm call-out log – {date}
02:14 intruder alarm zone 3 (stockroom)
02:15 called key holder 1, {p1.full}, {p1.mobile} – no answer
02:17 called key holder 2, {p2.full}, {p2.phone} – attending, ETA 20 min
02:52 {p2.first} on site, false alarm (balloon from the kids' corner)""",
    """KEY RECEIPT
I, {p1.full}, have received key no. K-{qty} and alarm fob {serial} for the {store} store.
Home address: {p1.line}
Signed: ____________   Date: {date}   Issued by: {p2.init}""",
    """Hello,
please update our key holders for account {member}: remove {p3.hon} {p3.last}, add {p1.full} ({p1.mobile}) as first contact
and keep {p2.full} second. Code word stays the same.
Regards, {p4.full}, Area Manager""",
    """key holders (don't share!!)
1 {p1.lowerfirst} – {p1.mobile}
2 {p2.lowerfirst} – {p2.mobile}
3 me
alarm code changes monday, new one is {alarm}""",
    """Key audit {date}: 7 keys issued, 6 returned. Missing: key 4 (last with {p1.full}, who left in {daymonth}). Lock change quoted
by {company} at {price}. – {p2.full}""",
    """Emergency contacts – Dublin store
Store manager: {p1.full} · {p1.phone}
Deputy: {p2.full} · {p2.phone}
Facilities: {company}, job ref {ticket}""",
    """SMS from alarm company: "ALARM {store} 23:41 zone 1 – keyholder {p1.caps} notified." Reply from {p1.first}: "on my way\"""",
]

# ---------------------------------------------------------------- incident_log

INCIDENT = [
    """INCIDENT LOG {case}
{date} {time} – {cam}: male, approx. 30, grey hoodie, took two {product} jackets from rail 4 and left without paying.
Staff on duty: {p1.first}, {p2.first}. Police informed, crime ref {case2}. Footage saved to USB.""",
    """ACCIDENT REPORT
Injured person: {p1.full}
Address: {p1.line}
Tel: {p1.phone}
What happened: slipped on the wet entrance mat at {time}, bruised wrist, first aid by {p2.full}
Witness: {p3.full}, {p3.phone}""",
    """CCTV request – PC {p1.last} (collar no. {qty}) asked for footage of {date} 14:00–15:00, case {case}. Copied from {cam} and {cam2},
handed over by {p2.full}. Signature of officer obtained.""",
    """Subject access request – CCTV
From: {p1.full} <{p1.email}>
"I was in your {store} store on {date} and would like a copy of any footage of me. Please post it to {p1.line}."
Handled by: {p2.work}; deadline {date2}""",
    lambda ctx: "Incident register – Q{qty}\n" + table(ctx, [("Date", "{date#}"), ("Type", "((theft|first aid|abuse|lost child))"),
                                                             ("Reported by", "{p#.full}"), ("Ref", "{case#}")], ctx.rng.randint(2, 4)),
    """Lost child, {time}: girl (~6) separated from her {p1.g:mum:dad} near the tents. Tannoy call. Reunited after 5 min with her {p1.g:mother:father},
{p1.full}, who gave {p1.g:her:his} number {p1.mobile}. Staff: {p2.lowerfirst}, {p3.lowerfirst}.""",
    """Verbal abuse at till 1, {date}. Customer refused to give name; card payment shows {p1.caps}. Staff member {p2.full}
shaken, sent home early. Manager {p3.honlast} to follow up.""",
    """cam check {date}: {cam} offline 03:00–06:10 (power cut). Engineer {p1.full} from {company} on site at 09:20, ref {ticket}.
Signed off: {p2.firstinit}""",
]

# ---------------------------------------------------------------- group_order

GROUP = [
    lambda ctx: "Group order – St Brigid's Secondary, DofE Silver\nContact teacher: {p10.titled} · {p10.email}\n" + table(
        ctx, [("Student", "{p#.full}"), ("Size", "{size#}"), ("Print name", "{p#.capsfirst}")], ctx.rng.randint(2, 5)),
    """Hi! Our running club would like 14 {product} jackets with names on the back. List attached, e.g. "{p2.caps}",
"{p3.caps}". Invoice to the club, c/o {p1.full}, {p1.line}. Thanks! {p1.first} (kit secretary)""",
    """Refund for the cancelled club order {order}
Please pay {price} back to our treasurer's account: {p1.iban} (account holder {p1.full}).
– {p2.full}, Chair, Fellside Harriers""",
    lambda ctx: "Scout group kit order\n" + table(ctx, [("Child", "{p#.first}"), ("Surname", "{p#.last}"), ("Jacket", "{size#}"),
                                                        ("Parent email", "{p1#.email}")], ctx.rng.randint(2, 4)).replace("p11.", "p6.").replace("p12.", "p7.").replace("p13.", "p8.").replace("p14.", "p9."),
    """Quote request: 30 × {product2} hoodies for our Year 9 trip to {place}
School: Hillside Academy, {town}
Contact: {p1.hon} {p1.last}, Head of PE, {p1.email}, {p1.phone}
Delivery to: {p1.line}""",
    """Order {order} – club embroidery
Names: {p1.capsfirst}, {p2.capsfirst}, {p3.capsfirst}, {p4.capsfirst}
Club logo left chest, names right chest. Please check with {p5.full} before printing.""",
    """Group booking via school: payments
{p1.lastfirst} – paid (card {card})
{p2.lastfirst} – pending
{p3.lastfirst} – paid by bank transfer""",
    """Dear Talgrat team, could the kit be delivered to the school office and not to me? Address: {p1.block}
Many thanks,
{p1.titled}""",
]

# ---------------------------------------------------------------- raffle

RAFFLE = [
    """Advent raffle – winners
1st prize: {product} jacket – {p1.firstinit} ({town})
2nd prize: {product2} pack – {p2.firstinit} ({town2})
3rd prize: £50 voucher – {p3.firstinit} ({town3})
Congratulations! Winners have been contacted by email.""",
    lambda ctx: "Draw protocol – summer raffle\nEntries: {points}\nDrawn by: {p9.full}, witnessed by {p10.full}\n" + table(
        ctx, [("Place", "#"), ("Name", "{p#.full}"), ("Email", "{p#.email}"), ("Entry IP", "{p#.ip}")], ctx.rng.randint(2, 3)),
    """Dear {p1.first},

congratulations – you've won a {product} {kind} in our Summit Club raffle! Please reply with your size and address by {date}.

{p2.full}
Summit Club team""",
    """Instagram giveaway winners (ship by {date}):
{handle} – {p1.full}, {p1.line}
{handle2} – {p2.full}, {p2.line}""",
    """RAFFLE STUBS – store event ({date})
#{qty} {p1.ocr} – {p1.mobile}
#{qty2} {p2.ocr} – {p2.email}
#{qty3} {p3.ocr} – no contact, collect on the day""",
    """Raffle winner didn't reply: {p1.full} ({p1.email}). Redrawn {date}: new winner {p2.full}, {p2.phone}. – {p3.init}""",
    """The winners of our school fundraiser raffle (prizes donated by Talgrat {store}):
{p1.full}, {p2.full} and little {p3.first} from Year 2!""",
    """winner check: {p1.lower} entered 4 times with different emails ({p1.email}, {p1.email2}) – disqualified?""",
]

# ---------------------------------------------------------------- member_directory

DIRECTORY = [
    """TALGRAT ALUMNI – seasonal guides 2015–2022
{p1.full} (née {p2.last}) – now at {company}, {p1.email}
{p3.full} – freelance, {p3.phone}
{p4.lastfirst} – ask {p5.first} for contact""",
    """BEGIN:VCARD
VERSION:4.0
FN:{p1.full}
N:{p1.last};{p1.first};;{p1.title};
ADR;TYPE=home:;;{p1.street};{p1.town};;{p1.zip};{p1.country}
TEL;TYPE=cell:{p1.mobile}
EMAIL:{p1.email}
CATEGORIES:Running Club
END:VCARD""",
    """BEGIN:VEVENT
SUMMARY:Club night – map reading
DTSTART:20250312T190000
LOCATION:Talgrat {store}, upstairs
ORGANIZER;CN={p1.full}:mailto:{p1.email}
ATTENDEE;CN={p2.full}:mailto:{p2.email}
ATTENDEE;CN={p3.full}:mailto:{p3.email}
END:VEVENT""",
    lambda ctx: "Members' directory – Fellside Harriers (members only)\n" + table(ctx, [("Name", "{p#.lastfirst}"), ("Phone", "{p#.phone}"),
                                                                                       ("Email", "{p#.email}"), ("Joined", "{date#}")], ctx.rng.randint(2, 5)),
    """Committee 2025
Chair: {p1.titled}
Secretary: {p2.full} – {p2.email}
Treasurer: {p3.full} (née {p4.last})
Kit: {p5.first} – ask at the Talgrat store""",
    """{p1.caps}
Class of 2018 · Retail Management
Lives in {town}, works for {company}
Contact: {p1.email}""",
    """Members moved away (update directory):
{p1.full} → {p1.line}
{p2.full} → {p2.line}""",
    """Directory entry: {p1.postnom} – outdoor instructor and first-aid trainer.
Ask Dr {p2.last} ({p2.first}) from the club committee for an introduction.""",
]

# ---------------------------------------------------------------- crm_json

CRM = [
    """{{"id": "{member}", "first_name": "{p1.first}", "last_name": "{p1.last}", "email": "{p1.email}",
 "phone": "{p1.phone}", "tier": "Ridge", "last_order": "{order}", "created": "{stamp}"}}""",
    """{{
  "event": "charge.succeeded",
  "amount": {qty}00,
  "currency": "gbp",
  "billing_details": {{"name": "{p1.caps}", "email": "{p1.email}", "address": {{"line1": "{p1.street}", "city": "{p1.town}", "postal_code": "{p1.zip}"}}}},
  "card_number": "{card}",
  "client_ip": "{p1.ip}"
}}""",
    """{{"data": {{"customer": {{"displayName": "{p1.full}", "defaultAddress": {{"formatted": "{p1.line}"}}, "orders": [{{"name": "#{qty}", "sku": "{sku}"}}]}}}}}}""",
    """{{"op": "update", "entity": "contact", "id": "{member}",
 "changes": {{"email": ["{p1.email}", "{p1.email2}"]}}, "by": "{p2.work}", "at": "{stamp}"}}""",
    """{{"contacts": [
  {{"name": "{p1.lastfirst}", "role": "buyer", "phone": "{p1.phone}"}},
  {{"name": "{p2.lastfirst}", "role": "accounts", "email": "{p2.compmail}"}}
], "company": "{company}", "vat": "{vatid}"}}""",
    """customer:
  name: {p1.full}
  email: {p1.email}
  address:
    street: {p1.street}
    city: {p1.town}
    postcode: {p1.zip}
  notes: "prefers calls after 6pm, {p1.phone}\"""",
    """{{"ticket": "{ticket}", "requester": {{"name": "{p1.full}", "email": "{p1.email}"}}, "assignee": "{p2.full}",
 "subject": "{product} – delamination", "ip": "{p1.ip}"}}""",
    """[{{"type": "note", "author": "{p2.first}", "text": "spoke to {p1.first} – happy with the exchange"}},
 {{"type": "call", "to": "{p1.phone}", "duration": 184}}]""",
]

# ---------------------------------------------------------------- ocr_card

OCR = [
    """[scan 0{qty} · OCR confidence 0.71]
NAME: {p1.ocr}
EMAIL: {p1.emailcaps}
HOW DID WE DO? LovE the {product}, STaff in {store} were Great!!
May we contact you? [x]""",
    """feedback card (handwritten) – transcribed
name: {p1.ocr}   phone: {p1.phone}
"the {p2.g:lady:guy} who helped me, {p2.first}, knew EVERYTHING about boots. Thanks!\"""",
    """COMPETITION ENTRY
Name ... {p1.ocr}
Address ... {p1.line}
Answer: {place}
[ ] I'd like the newsletter""",
    """OCR output (form 7, page 2):
Full name (BLOCK CAPITALS): {p1.caps}
Signature: {p1.ocr}
Date: {date}""",
    """card #{qty}: "tHE {product} leaked at the seams on day 2 in {place}. Pls call me" – {p1.ocr}, {p1.mobile}""",
    """Kids' drawing competition – entries
{p1.ocr} (age 7) – "me on {place}"
{p2.ocr} (age 9) – "our tent in the rain"
parent contact: {p3.email}""",
    """Guest book, opening day {store}:
"Fab shop, see you in the hills" – {p1.ocr}
"Brilliant staff" – {p2.firstinit}""",
    """scanned comment slip
Served by: {p2.ocr}
Customer: {p1.ocr}, {p1.emailcaps}
Rating: 5/5""",
]

# ---------------------------------------------------------------- payment_matching

PAYMENT_MATCH = [
    lambda ctx: "Unmatched credits – {date}\n" + table(ctx, [("Date", "{date#}"), ("Remitter", "{p#.capslast}"), ("IBAN", "{p#.iban}"),
                                                             ("Amount", "{price#}"), ("Reference", "((order {order#}|invoice {invoice#}|TALGRAT|gift))")], ctx.rng.randint(2, 4)),
    """Payment received without reference: {price} from {p1.caps}, account {p1.iban}. Looks like invoice {invoice} for
{p1.hon} {p1.last} (open amount matches). Matched by {p2.first}.""",
    """Refund request
Order: {order}
Name: {p1.full}
IBAN: {p1.iban}
BIC: {bic}
Reason: paid twice by bank transfer""",
    """Hi, I paid invoice {invoice} from my partner's account by mistake – the name on the transfer will be {p2.full}, IBAN
{p2.iban}. Please book it to my customer account ({member}). – {p1.full}""",
    """Bank statement line (copied):
{date} SEPA CREDIT {p1.caps} {p1.iban} REF {order} {p1.first} {amount}""",
    """Overpayment on {order}: {price} to be returned to {p1.lastfirst}, {p1.iban}. Approved: {p2.init}, Finance.""",
    """Remittance advice from {company}
Paid: {invoice}, {invoice2}
Contact for queries: {p1.full}, {p1.compmail}, {p1.phone}""",
    """chargeback match: card {card} (holder {p1.caps}) disputed {price} on {date}; same customer paid invoice {invoice} by
transfer from {p1.iban}. Flag for {p2.full}.""",
]

# ---------------------------------------------------------------- fraud_review

FRAUD = [
    """Order {order} – manual review (score {score})
Billing: {p1.full}, {p1.line}
Shipping: {p2.full}, {p2.line}
Email: {p1.email} (created 2 days ago)
IP: {p1.ip} – geolocates to a different country
Card: {card}
Decision: hold, call customer on {p1.phone}""",
    lambda ctx: "Review queue\n" + table(ctx, [("Order", "{order#}"), ("Customer", "{p#.full}"), ("IP", "{p#.ip}"), ("Score", "{score#}"),
                                              ("Analyst", "{p1#.first}")], ctx.rng.randint(2, 4)).replace("p11.", "p7.").replace("p12.", "p8.").replace("p13.", "p9.").replace("p14.", "p10."),
    """Analyst note ({p2.first}): three orders from {p1.ip} in 10 minutes, three names ({p1.full}, {p3.full}, {p4.full}),
same card {card}. Cancelled all three, blocked the card fingerprint.""",
    """Verified by phone: {p1.hon} {p1.last} confirmed the order to {p1.g:her:his} holiday cottage ({p1.line}). Released. – {p2.init}""",
    """velocity alert  ip={p1.ip}  emails={p1.email},{p2.email}  orders={order},{order2}  rule=multi_account""",
    """Chargeback risk: {p1.full} disputes delivery of {order} (signed for by "{p2.caps}" at {p1.street}). Evidence pack sent to
{company}.""",
    """Fraud team weekly: 41 holds, 12 cancelled. Notable: card {card} used with 6 names incl. {p1.full} and {p2.full}; reported
to the acquirer. Owner: {p3.full}""",
    """Address mismatch – order {order}: billing postcode {p1.zip}, delivery to parcel locker; customer {p1.full} ({p1.phone})
says {p1.g:she's:he's} travelling. OK to ship. IP {p1.ip}""",
]

# ---------------------------------------------------------------- admin_audit

AUDIT = [
    """{stamp} user={p2.work} action=customer.update id={member} field=address old="{p1.line}" new="{p3.line}" ip={ip}""",
    lambda ctx: "Admin audit – {date}\n" + table(ctx, [("time", "{stamp#}"), ("admin", "{p1#.work}"), ("action", "((export|update|delete|login))"),
                                                      ("target", "{p#.full}"), ("ip", "{ip#}")], ctx.rng.randint(2, 4)).replace("p11.", "p7.").replace("p12.", "p8.").replace("p13.", "p9.").replace("p14.", "p10."),
    """LOGIN FAILED user {p1.work} from {ip} (5 attempts) – account locked {stamp}. Unlocked by {p2.full}.""",
    """Data export requested by {p1.full} ({p1.work}) for segment "Summit Club – Ireland" (2,314 rows), approved by
{p2.full}, downloaded from {ip}.""",
    """audit: {p1.work} changed email of customer {member} from {p2.email} to {p3.email} (customer call, ticket {ticket})""",
    """{stamp} DELETE customer {member} ("{p1.full}") by {p2.work} – GDPR erasure request {ticket}""",
    """Permission change: {p1.full} granted role "Refunds" by {p2.full}. Session from {ip}. Reviewed by {p3.init} on {date}.""",
    """api key rotated by {p1.lowerfirst} ({p1.work}) from {ip}; old key revoked; noted in change log {ticket}""",
]

# ---------------------------------------------------------------- temp_staff

TEMP = [
    """SEASONAL STAFF – personal details (Christmas temps, {store})
Name: {p1.full}
Date of birth: {p1.dob}
Address: {p1.line}
Mobile: {p1.mobile}
NI number: {ninumber}
Bank (IBAN): {p1.iban}
Emergency contact: {p2.full}, {p2.phone}""",
    """New starter – Munich store (German payroll)
Name: {p1.full}
Tax ID (Steuer-ID): {p1.taxid}
Address: {p1.line}
Tax class: 1 · health insurer: TK
IBAN: {p1.ibande}
Start: {date}""",
    lambda ctx: "Stocktake temps – {date}\n" + table(ctx, [("Name", "{p#.full}"), ("Phone", "{p#.mobile}"), ("Hours", "{hours#}"),
                                                            ("Agency", "{company#}")], ctx.rng.randint(2, 4)),
    """Hi {p1.first}, welcome to the team for the summer! Your first shift is {weekday} at {time}; ask for {p2.first}. Please
bring your P45 and bank details. Any problems: {p2.mobile}.""",
    """Payroll query: {p1.full}'s tax ID is wrong on the form – should be {p1.taxid}, not {stnr} (that's {p1.g:her:his} tax office number).
– {p2.full}, HR""",
    """agency timesheet
worker: {p1.caps}  week {qty}
mon 8 / tue 8 / wed 6
approved by {p2.full} ({p2.work})""",
    """Ski season staff house – rooms
Room 1: {p1.full}
Room 2: {p2.full} & {p3.full}
Post for all of them: c/o {p4.full}
{p4.block}""",
    """Temp contract checklist for {p1.full}:
[x] ID seen  [x] right to work  [x] IBAN {p1.iban}  [ ] Steuer-ID ({p1.g:she'll:he'll} send it)
Contact: {p1.email}""",
]

# ---------------------------------------------------------------- duplicate_merge

MERGE = [
    """DUPLICATE CHECK – possible match (87 %)
Record A: {p1.full} · {p1.email} · {p1.line}
Record B: {p1.lastfirst} · {p1.email2} · {p1.street}
Suggested action: merge into A""",
    lambda ctx: "Merge candidates\n" + table(ctx, [("ID", "{member#}"), ("Name", "{p#.full}"), ("Email", "{p#.email}"), ("Postcode", "{p#.zip}")], ctx.rng.randint(2, 4)),
    """Merged {member} into {member2}: "{p1.caps}" and "{p1.full}" are the same customer (same phone {p1.phone}). Orders moved.
– {p2.first}""",
    """~Not a duplicate: {p1.full} and {p2.full} share an address ({p1.line}) but are {p1.g:mother:father} and {p2.g:daughter:son}. Keep separate.""",
    """Customer asked us to merge {p1.g:her:his} two accounts: {p1.email} (old, {p1.g:maiden name:previous surname} {p2.last}) and {p1.email2}.
Name now {p1.full}. Ticket {ticket}.""",
    """dedupe run {date}: 312 pairs, 288 auto-merged. Manual: "{p1.lower}" vs "{p1.full}", "{p2.init}" vs "{p2.full}".""",
    """CRM note: two records for {p1.hon} {p1.last} – one under {p1.lastfirst}, one under the company ({company}). Linked,
not merged. Contact: {p1.phone}""",
    """Merge undo – {p1.full} ({member}) was merged with {p2.full} ({member2}) by mistake on {date}. Split again by {p3.work}.""",
]

# ---------------------------------------------------------------- referral

REFERRAL = [
    """Refer-a-friend – reward due
Referrer: {p1.full} ({p1.email})
Friend: {p2.full} ({p2.email}), first order {order} on {date}
Reward: {price} voucher to the referrer""",
    lambda ctx: "Referral payouts – {date}\n" + table(ctx, [("Referrer", "{p#.full}"), ("Friends", "{qty#}"), ("Reward", "{price#}"),
                                                            ("Paid to", "{p#.email}")], ctx.rng.randint(2, 4)),
    """Hi {p2.first}! Your friend {p1.full} thinks you'll love Talgrat. Use code {code} for 15 % off your first order.""",
    """Referral blocked: {p1.full} referred {p2.full} – same address ({p1.line}) and same card. Rule R4. – {p3.init}""",
    """Why didn't I get my referral bonus? I referred my colleague {p2.full} in {daymonth} and {p2.g:she:he} ordered a {product}.
My account email is {p1.email}. {p1.first}""",
    """Ambassador programme: {p1.full} ({handle}) has brought 23 new customers this quarter. Pay {price} to {p1.iban};
Steuer-ID on file: {p1.taxid} (paid via our German entity).""",
    """referral link clicked from {p1.ip}; signed up as {p2.email}; referrer {p1.email}""",
    """Thanks for referring {p2.first}, {p1.first}! Your {price} voucher: {giftcode}""",
]

# ---------------------------------------------------------------- clean genres

ROUTE = [
    """Route: {place} from the car park – ((9|12|14|17)) km, about ((5|6|7)) hours
Start at the visitor centre, follow the old pony track to the halfway lake, then the zigzags. The summit plateau is
confusing in mist: take a bearing. Check the mountain forecast before {time}. Kit tip: a {product} shell and spare gloves.""",
    """Hut-to-hut, day ((2|3|4)): from the Knorrhütte over the Gatterl to the ((Reintalangerhütte|Meilerhütte|Otto-Mayr-Hütte)). Grade T3,
((5|5.5|6)) h. Water at the hut only. Wolf sightings have been reported in the valley – keep dogs on leads. Summer huts open
from ((mid-June|late June|early July)).""",
    """Loop walk: Hope Valley ridge
Park at the station, climb to the ridge (steep for ((30|40|45)) min), follow it west for ((3|4)) km, descend through the woods
to the river. Grace's stile is broken – use the gate. ((11|9.5|12.5)) km · ((420|380|510)) m ascent. Best in ((May|June))
when the ((bluebells|foxgloves)) are out.""",
    """Day tour: {place}
Ascent ((1,050|880|1,240)) m · descent ((1,050|880|1,240)) m · ((14.5|11|17)) km
Gear: {product} boots, {kind}, map ((OS Explorer OL7|Harvey British Mountain Map|OSi Discovery 78)).
Grid ref start: NY ((342 152|316 098|205 071)). In an emergency call 999 or 112 and ask for Mountain Rescue.""",
    """Winter route notes ({date})
Avalanche level ((2|3)) above ((1,800|2,000|1,600)) m. The north gully is out; go via the shoulder. Carry axe and crampons.
Sunset ((16:42|16:18|17:05)). The Hunter's path is waymarked with ((yellow|red|white)) posts.""",
    """Packrafting trip – {place}
Put-in below the bridge, ((8|6|11)) km of grade ((1–2|2|1)). Portage at the weir (((left|right)) bank). Take-out at the pub car park.
Water level gauge: ideal ((0.6–0.9|0.5–0.8|0.7–1.0)) m.""",
    """((Summer|Autumn|Spring)) bothy weekend: walk in along the glen (((2|2.5|3)) h), the bothy sleeps ((8|6|12)) on a first-come
basis, no booking. Bring a {product2} stove and everything you need. Leave it cleaner than you found it.""",
    """Easy family walk: the ((reservoir|lake|forest)) circuit
((4.2|3.8|5.1)) km, pushchair-friendly except the last ((200|300|150)) m. Café at the ((dam|car park|old mill)) opens at {time}.
Fox and deer often seen at dusk.""",
]

EVENT = [
    """Talgrat {store} – ((autumn|spring|winter)) programme
((Thu|Wed|Tue)) 18:30 · Talk: "((Crossing the Cairngorms in winter|Walking the Wild Atlantic Way|Ten days on the Pennine Way))"
Sat 10:00 · Boot fitting morning – bring your old insoles
Sat 14:00 · Kids' map-reading trail around the shop
Tickets £((5|6|4)), free for Summit Club members""",
    """Festival programme – ((Kendal Mountain Festival|The Outdoor Show|Dublin Adventure Expo)), stand ((B12|C4|A7))
Fri 11:00 {product} demo · 15:00 repair clinic (bring your jacket)
Sat all day: raffle for a {product2} pack
Sun 12:00 film: "((Summer on the Ridge|The Long Way Up|Bog and Bothy))\"""",
    """Trail running series {qty}
Race 1 · {place} · 12 km · {date}
Race 2 · {place2} · 21 km · {date2}
Race 3 · Hope Valley · ((8|10)) km night race
Entries open {daymonth}, £((18|15|20)) per race, chip timing.""",
    """Repair café – every ((first|last)) ((Saturday|Sunday))
((10:00–13:00|11:00–14:00|9:30–12:30)) upstairs in our {store} store. We fix zips, seams, buckles and tent poles. Grace period for
workshop tickets: ((4|6)) weeks. Coffee by the Summit Café.""",
    """((Ladies'|Beginners'|Youth)) climbing night
((Wednesdays|Thursdays|Mondays)) ((19:00|18:30|19:30)), climbing wall next to the {store} shop. Shoes and harnesses free to
borrow. Instructor-led, all levels.""",
    """Open day – new {store} store
((09:00|10:00)) doors open · ((10:00|10:30)) welcome coffee · 11:00 guided walk ({place}, ((2|3)) h) · 15:00 raffle · ((17:00|18:00)) close""",
    """Photo competition "((May in the mountains|Summer nights|Autumn colours))": upload up to ((3|5)) photos by {date}. Judged by our
store team. Prize: {product} jacket worth {price}.""",
    """Winter skills course (((2|3)) days)
Day 1: ice axe arrest, crampon work, navigation in white-out
Day 2: snow holes, avalanche awareness
Meet ((08:30|08:00|09:00)) at the ((Glenmore visitor centre|Glen Coe ski centre car park|Clachaig Inn)). Price {price} incl. kit hire.""",
]

SPEC = [
    """{product} {kind} – specifications
Article no. {sku} · GTIN {gtin}
Face fabric: 3-layer, ((20,000|15,000|28,000)) mm hydrostatic head, ((25,000|20,000)) g/m²/24h
Weight: {weight}0 g (size M)
Sizes: XS–XXL · Colours: {colour}, {colour2}""",
    """Tech sheet · {product}
Volume: ((32|28|45)) l · back length 44–52 cm · weight ((1.18|0.96|1.42)) kg
Material: 210D nylon ripstop, PFC-free DWR
Batch {serial}, made {date}""",
    """{product2} – what's inside
- ((800|700|650)) fill-power down (RDS certified)
- baffle width ((12|10|14)) cm
- comfort ((2|0|−3)) °C · limit ((−4|−6|−9)) °C
GTIN {gtin}""",
    """Size chart – {product} boots
EU 40 = UK 6.5 = 25.5 cm
EU 42 = UK 8 = 26.5 cm
EU 44 = UK 9.5 = 28 cm
Last: ((HK-7|HK-9|TR-2)), ((wide|regular|narrow)) forefoot""",
    """Care: wash at 30 °C, tumble dry low, no fabric softener. Reproof every ((10|8|12)) washes.
Product code {sku}, version {qty}.2, replaces {product2} ((2022|2023|2024))""",
    """Spec comparison
{product}: ((412|398|430)) g, 20k mm, hood helmet-compatible
{product2}: ((356|340|371)) g, 15k mm, stowable hood
{product3}: ((498|512|476)) g, 28k mm, 2 chest pockets""",
    """Fabric test report summary – lot {serial}
Abrasion (Martindale): ((40,000|35,000|50,000)) rubs · Tear strength ((28|24|31)) N · Colour fastness 4–5
Tested {date}, standard EN ISO 811""",
    """{product} Hunter Green – limited edition
Same cut as the classic, ((recycled|bluesign®)) shell. Ships from {date}. {price}""",
]

SHIPPING = [
    """Shipping rates (UK)
Standard ((3–5|2–4)) days: £((4.95|3.95|4.50)), free over £((60|50|75))
Express next day (order by ((2pm|1pm|3pm))): £((8.95|9.50|7.95))
Highlands & Islands (postcodes IV, HS, KW, ZE, PA20–49): +£((6.00|5.00|7.50))""",
    """Shipping to Ireland
An Post, ((3–6|2–5)) days: €((6.50|5.95|7.00)) · free over €((75|60|90))
Courier, 2 days: €((11.00|12.50|9.90))
Returns: free within ((30|60)) days via drop-off""",
    """International rates ({date})
EU zone 1 (DE, AT, NL, BE, FR): €((9.90|8.90|10.50))
EU zone 2: €((14.90|13.90|16.00))
Switzerland: CHF ((19.00|21.00|17.50)) + duties
USA & Canada: $((29.00|32.00|27.50)), ((5–8|6–10)) days""",
    """Bulky items (tents, sleeping mats > 1 m): £((12|10|15)) surcharge. Weight limit per parcel ((30|25)) kg. Orders over
((10|8|12)) parcels ship by pallet – allow ((5|4|6)) working days.""",
    """Click & collect: free, ready in ((2|3|1)) hours at {store}. ((Summer|Winter)) opening Mon–Sat ((9–6|9.30–5.30|10–6)),
Sun ((10–4|11–4|closed)).""",
    """Delivery cut-offs for Christmas
Standard: order by ((18|17|19)) Dec · Express: by ((21|20)) Dec ((2pm|noon)) · Ireland: ((16|15)) Dec · USA: ((10|9|11)) Dec""",
    """Rate card {date} (ex VAT)
0–2 kg £((3.80|3.60|4.10)) · 2–5 kg £((5.20|4.90|5.60)) · 5–10 kg £((7.90|7.40|8.30)) · 10–20 kg £((11.40|10.90|12.20)) · 20–30 kg £15.60""",
    """Free returns: print the label from your account and drop it off at any ((post office|parcel shop|Talgrat store)) within
((30|60|100)) days. Refunds in ((5–7|3–5|7–10)) days.""",
]

ORDER_STATUS = [
    """order {order} · status ((SHIPPED|DELIVERED|IN TRANSIT)) · {date} {time}
items: {sku} × 1, {sku2} × ((2|3|1))
carrier: ((DPD|Royal Mail|An Post|UPS)) · tracking {tracking}""",
    lambda ctx: "Status dump {date}\n" + "\n".join("{order%d}\t((PAID|PICKING|PACKED|SHIPPED|RETURNED))\t{price%d}\t{date%d}" % (i, i, i) for i in range(1, ctx.rng.randint(3, 6))),
    """Order {order}: payment authorised {stamp}; picking started {stamp2}; parcel weight ((1.34|0.82|2.15)) kg; label created.""",
    """BACKORDER
{product} {colour} {size}: {qty} units, ETA {date}
{product2} {colour2} {size2}: {qty2} units, ETA {date2}""",
    """returns received {date}: {qty} parcels; RMA {ticket}, {ticket2}, {ticket3}; restocked ((9|7|11)), to outlet ((4|2|3))""",
    """Order {order} partially shipped (((2 of 3|1 of 2|3 of 4))). Remaining item {sku} ({product}) on the way from the warehouse.""",
    """sync log {date}: ((1,204|988|1,377)) orders pulled, ((3|2|5)) errors (GTIN {gtin} unknown), next run {time}""",
    """Invoice {invoice} for order {order}: subtotal {price}, shipping £((4.95|3.95|0.00)), VAT included. ((Paid.|Payment pending.|Refunded in part.))""",
]

COLOURS_TABLE = [
    """{product} – colours & sizes in stock
Hunter green: ((S M L XL|M L|S M))
Rose: ((XS S M|S M|XS))
Grace grey: ((M L|L XL|S M L))
Summer sky: ((S M L|M|XS S))""",
    """Colour names, ((new season|autumn drop|spring range)) ({product}): ((Fox red, Wolf grey, Baker's brown|May green, Hope blue, Summer sand|Hunter green, Grace grey, Rose))""",
    """Size | Chest (cm) | Length
S | ((96|94)) | 70
M | ((102|100)) | 72
L | ((108|106)) | 74
XL | ((114|112)) | 76
({product} {kind})""",
    """Kids sizes: 116, 128, 140, 152, 164 – {product} fleece in ((Summer yellow|May green|Rose)) and ((Hunter green|Wolf grey|sand))""",
    """Stock by colour ({product2})
black {qty} · moss {qty2} · rust {qty3} · glacier blue 0 (reorder {date})""",
    """Women's fit vs unisex ({product}): women's is ((2|1.5)) cm shorter in the sleeve, narrower at the shoulders. Colours:
((Grace grey, May green|Rose, midnight|Summer sky, black)).""",
    """colour codes ({product}): 001 black · ((310 pine|312 moss)) · 512 rust · 640 hunter green · ((700 sand|710 stone))""",
    """{product} sizes: ((38–48|36–46|39–47)) (EU) · half sizes from ((40|39)) · wide fit available in ((42–46|41–45))""",
]

PERSONAL = {
    "loyalty_signup": LOYALTY, "gift_order": GIFT, "alteration": ALTERATION, "workshop_ticket": WORKSHOP,
    "lost_property": LOST, "shift_swap": SHIFT, "fair_lead": FAIR, "influencer_list": INFLUENCER,
    "service_chat": SERVICE_CHAT, "staff_answer": STAFF_ANSWER, "action_items": ACTIONS, "expense_claim": EXPENSE,
    "key_holders": KEYS, "incident_log": INCIDENT, "group_order": GROUP, "raffle": RAFFLE,
    "member_directory": DIRECTORY, "crm_json": CRM, "ocr_card": OCR, "payment_matching": PAYMENT_MATCH,
    "fraud_review": FRAUD, "admin_audit": AUDIT, "temp_staff": TEMP, "duplicate_merge": MERGE, "referral": REFERRAL,
}
CLEAN = {
    "route_guide": ROUTE, "event_programme": EVENT, "spec_sheet": SPEC, "shipping_rates": SHIPPING,
    "order_status": ORDER_STATUS, "colour_size_table": COLOURS_TABLE,
}
