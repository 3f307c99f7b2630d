"""English templates with personal data (third PII bank).

Slots: {p1} full name, {p1_f} given name, {p1_l} surname, {p1_lf} "Last, First", {p1_fi} "Anna B.",
{p1_il} "A. Berger", {p1_lc}/{p1_flc} lower case, {p1_up} capitals, {p1_lup} "BERGER, Anna";
{p1_hon} Mr/Ms, {p1_he}/{p1_him}/{p1_his}; {p1_email}/{p1_wmail}/{p1_pmail}; {adr1} one line,
{adr1_ml} two lines, {adr1_st} street only, {adr1_town}/{adr1_pc}/{adr1_pctown}/{adr1_country} plain;
{adruk1} forces a country; {tel1}, {mob1}, {telde1}; {iban1}, {card1}, {ip1}, {ipsix1}, {taxid1};
{co1} company (plain), {mail1} role address of company 1. Other slots are unlabelled distractors.
Every list is split by position: even indices dev3, odd heldout3.
"""

from pii3_core import rows

LAYOUTS = {}

# ------------------------------------------------------------------------------------------ crm
CRM = [
    """
    Account: {co1}
    Contact: {p1}, {title}
    Last touch: {date} (call)
    Notes: {p1_f} wants a quote for 40 units before the end of the quarter. Decision sits with {p2} in {dept}. Follow up {weekday}.
    Phone: {tel1}
    """,
    """
    {date} – spoke to {p1_l} at {co1}. Budget approved, they need delivery to {adr1} by {date2}. Send the contract to {p1_wmail}. cc {p2_f}
    """,
    """
    Lead source: {event}
    Owner: {p2}

    Met {p1} ({co1}) at the stand, interested in the wholesale tier. Says their current supplier keeps missing dates. Asked us to call {p1_him} on {mob1} after {time}. Not the decision maker – per {p1_l}, {p3} signs off on anything over {amount}.
    """,
    """
    Activity log – {co1}
    • {date}: intro email sent to {p1_wmail}
    • {date2}: {p1_f} replied, forwarded to {p3_f} in finance
    • today: {p3_l} asked for net-30 terms; escalated to {p2_fi}
    Next step: {p2_f} to send revised proposal
    """,
    """
    Customer note (added by {p2_f}): {p1_hon} {p1_l} called again about order {order}. Third time this month. Prefers contact by email only – {p1_pmail}. Offered {pct}% goodwill credit, accepted. Flag account as sensitive.
    """,
    """
    Opportunity: {co1} – annual merch renewal
    Stage: Negotiation
    Primary contact: {p1_lf}
    Email: {p1_wmail}
    Direct line: {tel1}
    Billing address: {adr1}
    Comment: renewal due in {month}; {p1_f} mentioned they're also talking to a competitor.
    """,
    """
    note: {p1_flc} from {co1} rang, wants samples of the {colour} and sand colourways sent to the office:
    {adr1_ml}
    told {p1_him} we'd ship by {weekday}. {p2_flc} to pack.
    """,
    """
    Churn risk – {co1}
    Usage down 40% since {month}. {p1} (ops lead) left the company; new contact is {p2_fi}, reachable at {p2_wmail}. {p3_l} from our CS team to book a check-in. Don't contact {p1_f} on the old number.
    """,
    """
    Merged duplicate contact records:
      {p1_up} / {p1_pmail}
      {p1} / {p1_wmail}
    Kept the newer one. Shipping address on file: {adr1}. Phone on file: {tel1}. Merged by {p2_f}, {date}.
    """,
    """
    Site visit {co1}, {adr1_town} – with {p2_f}
    Met {p1} and {p3_f} from the warehouse team. {p1_l} wants the pallet labels changed; {p3_f} showed us the loading dock round the back at {adr1_st}. Good relationship, send a thank-you card.
    """,
    """
    Contact owner changed from {p2} to {p3}.
    Reason: {p2_f} moving to the enterprise team.
    Open items for {p1} ({co1}): price list for {year}, sample of the {product}, callback on {tel1} re: delivery slots.
    """,
    """
    RE: {co1} onboarding
    {p1_l} sent over their VAT number ({ustid}) and the delivery address for the first drop – {adr1}. Payment by bank transfer, their finance person is {p2} ({p2_wmail}). Credit check passed.
    """,
]

# ------------------------------------------------------------------------------ support_email
SUPPORT = [
    """
    Dear {p1_hon} {p1_l},

    Thank you for your message about order {order}. I'm sorry the parcel arrived damaged. We have sent a replacement, which will go out to {adr1} within two working days. You don't need to return the damaged item.

    Kind regards,
    {p2_f}
    Customer Care
    """,
    """
    Hi {p1_f},

    Thanks for getting in touch. I've checked with our warehouse and your return ({ticket}) arrived on {date}. The refund of {amount} has gone back to the card ending {lastfour}; it can take 3–5 working days to show.

    If anything's unclear, just reply to this email.

    Best,
    {p2}
    """,
    """
    Hello,

    I ordered the {product} (order {order}) on {date} and it still hasn't arrived. Tracking number {track} hasn't updated in a week. Could you please check? My address is

    {adr1_ml}

    Thanks,
    {p1}
    {mob1}
    """,
    """
    Subject: Wrong size delivered

    Hi there, I received a size {size} instead of the one I ordered. Can I swap it? I'm away until {date}, so please send the replacement to my work address: {co1}, FAO {p1}, {adr1}.

    Cheers, {p1_f}
    """,
    """
    Dear Customer Services,

    Please update the delivery address on my account.
    Old: {adr1}
    New: {adr2}
    Customer number: {cust}

    Yours faithfully,
    {p1_tit}{p1}
    """,
    """
    Hi {p1_f},

    I'm {p2_f} and I'll be looking after your case from now on – my colleague {p3_f} is on leave. I can see you'd like the refund paid into a bank account instead. We have {iban1} on file from your previous refund; is that still correct?

    Thanks,
    {p2}
    """,
    """
    Dear {p1_hon} {p1},

    We're sorry to hear that your {product} stopped working after {qty} days. Please send it back with the prepaid label attached; our technician {p2_fi} will have a look.

    If you'd rather speak to someone, {p2_f}'s direct number is {tel2}.

    Warm regards
    The {shop} team
    """,
    """
    hi – following up on my complaint from last week (ref {ticket}). nobody has called me back. I'm on {mob1} all day, or email {p1_pmail}. third time I'm asking.
    {p1_l}
    """,
    """
    Good afternoon,

    I'm writing on behalf of my {p2_mum}, {p2}, who placed order {order}. {p2_He} doesn't use email, so could you please send the invoice to me at {p1_pmail} or post it to {p2_him} at {adr1}?

    Many thanks,
    {p1}
    """,
    """
    Hello {p1_f},

    Good news: the {colour} version is back in stock and we've reserved one for you. It will ship today with Royal Mail Tracked 48 ({track}) to:
    {p1}
    {adr1_ml}

    All the best,
    {p2_f} @ {shop}
    """,
    """
    To whom it may concern,

    On {date} I cancelled order {order} by phone (I spoke to a {p2_f}) but I have still been charged {amount}. Please refund this to my card {card1} – it is the same card I used for the order.

    Regards
    {p1_up}
    """,
    """
    Dear {p1_hon} {p1_l},

    Further to your phone call with my colleague {p2_l} this morning, I can confirm that we will collect the sofa from {adr1} on {weekday} between 8 am and 1 pm. The driver will call you on {tel1} about 30 minutes before arrival.

    Yours sincerely,
    {p3}
    Returns Team
    """,
]

# ---------------------------------------------------------------------------------- lead_list
def lead_a(c):
    return "Leads from {event} – please qualify by Friday\n\n" + rows(c, "{p§_lf} – {co§} – {p§_wmail}", 3, 7)


def lead_b(c):
    return "First name\tLast name\tCompany\tEmail\tPhone\n" + rows(c, "{p§_f}\t{p§_l}\t{co§}\t{p§_wmail}\t{tel§}", 3, 6)


def lead_c(c):
    return "Shortlist for the outreach campaign:\n" + rows(c, "- {p§} ({title§}, {co§}) · {tel§}", 3, 6)


def lead_d(c):
    return "HOT LEADS – week {kw}\n" + rows(c, "{co§} — {p§}, wants a demo. {p§_wmail}", 2, 5)


def lead_e(c):
    return "| Name | Company | Phone | Notes |\n|---|---|---|---|\n" + rows(c, "| {p§} | {co§} | {tel§} | {ref§} |", 3, 6)


def lead_f(c):
    return '"name","company","email","city"\n' + rows(c, '"{p§_lf}","{co§}","{p§_wmail}","{adr§_town}"', 3, 6)


def lead_g(c):
    return "Webinar sign-ups ({date}):\n" + rows(c, "{p§_wmail} – {p§} – {co§}", 3, 7)


def lead_h(c):
    return "Call list for {weekday}\n" + rows(c, "{tel§}   {p§_lup}   {co§}   callback after {time§}", 3, 5)


def lead_i(c):
    return "Referrals from {p1}:\n" + rows(c, "• {p§} at {co§} – {p§_email}", 2, 4, start=2) + "\n{p1_f} says mention {p1_his} name when you call."


def lead_j(c):
    return "Leads (exported {date})\nContact;Title;Company;Mobile\n" + rows(c, "{p§};{title§};{co§};{mob§}", 3, 6)


LEADS = [lead_a, lead_b, lead_c, lead_d, lead_e, lead_f, lead_g, lead_h, lead_i, lead_j]

# -------------------------------------------------------------------------------- testimonial
TESTIMONIAL = [
    """
    “Fast delivery and the hoodie fits perfectly. Already ordered a second one in {colour}.”
    – {p1_fi}, {adr1_town}
    """,
    """
    What our customers say

    “We switched our whole team's merch to {shop} last year and haven't looked back.” — {p1}, {title} at {co1}

    “Proper quality, and the people are lovely to deal with.” — {p2}, {co2}
    """,
    """
    ★★★★★ “Bought the {product} as a gift. Beautifully packed, arrived next day.” — {p1_f}, verified buyer
    """,
    """
    "I was sceptical about ordering a mattress online, but {p2_f} from the support team talked me through every option." {p1_tit}{p1}, {adr1_town}
    """,
    """
    Case study: {co1}

    {co1} ships around 2,000 orders a month. “Before, we spent two days a week on packaging,” says {p1}, who runs operations. “Now it's two hours.” {p1_l} and colleague {p2} rolled the new process out in under a month.
    """,
    """
    From the guestbook:
    “Lovely shop, lovely people. Thank you {p2_f}!” – {p1} & family
    """,
    """
    Testimonials (approved for the website, {date}):
    1. "Excellent service from start to finish." – {p1_fi}
    2. "The {colour} colour is even nicer in real life." – {p2_fi}
    3. "Second order, still impressed." – {p3}, {adr3_town}
    """,
    """
    “{shop} helped us furnish three offices in six weeks. {p2_f} and the team were always a phone call away.”
    {p1_up}
    {title}, {co1}
    """,
    """
    Quote for the landing page (from {p1}'s email, OK'd by {p1_him} on {date}):
    “Honestly the best customer service I have had from an online shop.”
    """,
    """
    Kind words this month 💛
    ‘Delivered in the snow, driver was a star’ – {p1_f} from {adr1_town}
    ‘Perfect gift for my dad’ – {p2_fi}
    """,
]

# ---------------------------------------------------------------------------------- signature
SIGNATURE = [
    """
    Best regards,

    {p1}
    {title}
    {co1}
    {adr1_ml}
    T {tel1} | M {mob1}
    {p1_wmail}
    """,
    """
    --
    {p1_up}
    {title} | {co1}
    m: {mob1}
    e: {p1_wmail}
    """,
    """
    Thanks,
    {p1_f}

    {p1} · {title}
    {co1} · {adr1}
    Office {tel1}
    """,
    """
    Kind regards
    {p1_tit}{p1}

    {co1}
    Registered office: {adr1}
    Registered in England and Wales, company no. {cust}
    This email and any attachments are confidential. If you have received it in error, please tell the sender and delete it.
    """,
    """
    Cheers,
    {p1_f}
    --
    {p1} | {co1}
    {tel1} (office) / {mob1} (mobile)
    Working hours Mon–Thu; replies on Friday may be delayed.
    """,
    """
    {p1}
    {title}

    {co1}
    {adr1}
    Tel: {tel1}
    Email: {p1_wmail}
    General enquiries: {mail1}
    """,
    """
    Warmly,
    {p1} ({p1_pron})
    {title}, {co1}
    Direct: {tel1}
    """,
    """
    All the best

    {p1_lup}
    {co1}
    {adr1_ml}
    {adr1_country}
    Phone {tel1}
    """,
    """
    Regards,
    {p1_il}
    Accounts Payable
    {co1}
    {mail1} | {tel1}
    """,
    """
    Sent from my iPhone

    {p1}
    {mob1}
    """,
]

# --------------------------------------------------------------------------------------- chat
CHAT = [
    """
    [09:14] {p1_flc}: morning! did the samples go out?
    [09:15] {p2_flc}: yep, dhl {track}
    [09:15] {p1_flc}: 👍 can you cc {p3_f} on the invoice
    [09:16] {p2_flc}: will do
    """,
    """
    talked to {p1_flc} about the refund, {p1_he}'s fine with store credit. can someone update the ticket? i'm off til {weekday}
    """,
    """
    {date}, 14:02 - {p1}: Hi, is the {product} still available in {colour}?
    {date}, 14:05 - {shop}: Hi {p1_f}! Yes, 3 left. Want me to hold one?
    {date}, 14:06 - {p1}: Yes please, I'll pick up tomorrow. My number is {mob1} in case
    """,
    """
    @{p1_flc} can you ping {p2_l} re the {colour} reorder? they haven't confirmed quantities
    """,
    """
    Visitor: hi, my order {order} was charged twice
    Agent ({p2_f}): Hi there, I'm {p2_f}. Sorry about that! Can I have the name on the order?
    Visitor: {p1}
    Visitor: the card is {card1} if that helps
    Agent ({p2_f}): Thanks {p1_f} – please don't share full card numbers in chat, I've asked our team to remove it. I can see both charges and will refund one now.
    """,
    """
    {p1_f} [11:02 AM]
    has anyone heard back from {p2} at {co1}?
    {p3_f} [11:04 AM]
    {p2_f} emailed me yesterday, they want to move the delivery to {adr2_st}
    {p1_f} [11:05 AM]
    ok thanks, I'll update the order
    """,
    """
    {p1_flc}: the courier says nobody was home at {adr1}
    {p2_flc}: did they try the neighbour?
    {p1_flc}: apparently not. customer is {p3_lc}, number on the order is {tel3}
    {p2_flc}: i'll call
    """,
    """
    Teams – #orders
    {p1} 08:51
    Reminder: {p2_f} is covering returns this week, {p3_f} is off sick.
    {p2} 08:53
    👍 @{p1_f} can you forward me the {co1} order emails?
    """,
    """
    [Live chat transcript – {date}]
    You are now chatting with {p2_f}.
    {p2_f}: Hello! How can I help?
    Customer: hi, can i change the delivery address? it should go to {adr1} not my old flat
    {p2_f}: Sure, what's the name on the order?
    Customer: {p1_lc}
    {p2_f}: Done ✅
    """,
    """
    lol {p1_flc} just told me the {product} sold out in 3 hours
    ask {p2_flc} if we can get more from {co1} before {month}
    """,
    """
    {p1_flc}: hey, for the invoice do you need my steuer-id?
    {p2_flc}: yes please, our accountant insists
    {p1_flc}: {taxid1}
    {p2_flc}: thx! and the iban is still the one ending in {lastfour}?
    {p1_flc}: yep
    """,
    """
    Customer: my payment keeps failing
    Customer: {card1} exp 10/27
    Bot: For your security, please never share card details in chat. A team member will contact you.
    {p2_f} (Support): Hi {p1_f}, I've removed your card number from the chat. Could you try again with the payment link I just sent to {p1_pmail}?
    """,
]

# ---------------------------------------------------------------------------------- call_note
CALL = [
    """
    Call with {p1} ({tel1}) – 12 min
    - wants to change the payment terms to 60 days
    - unhappy with the last delivery (2 boxes short)
    - will email the delivery note to {p2_f}
    Callback promised by {date}.
    """,
    """
    Voicemail {date} {time}: {p1_hon} {p1_l} from {co1}, please call back on {tel1} about invoice {inv}. Said it's urgent.
    """,
    """
    Callback request
    Name: {p1}
    Number: {mob1}
    Best time: after {time}
    Topic: order {order} – item missing
    Taken by: {p2_f}
    """,
    """
    Phone log {date}
    09:40 in  {tel1}  {p1}  – stock question, answered
    10:12 out {tel2}  {p2}  – left voicemail
    11:05 in  {tel3}  {p3_hon} {p3_l} – complaint, passed to {p4_f}
    """,
    """
    Spoke to {p1_f}, whose {p2_mum} {p2} ordered the recliner but can't manage the stairs at {adr1}. Asked if we can deliver to the ground-floor flat next door instead. Agreed. {p1_His} number: {mob1}.
    """,
    """
    Inbound call, customer {p1}. Read out card number {card1} before I could stop {p1_him} – payment taken via the phone terminal, note deleted from the order. Reminder to team: never write card numbers into notes.
    """,
    """
    Call summary
    Participants: {p1} ({co1}), {p2_fi} (us)
    - {p1_l} confirmed the order volume for {month}
    - new delivery address from next month: {adr1}
    - invoices from now on to {mail1}
    """,
    """
    missed call from {tel1} at {time}, no message. rang back – it was {p1} about the {product}. {p1_He} will come into the shop on {weekday}.
    """,
    """
    {time} – {p1} rang the shop. Wants to return a gift but has no receipt. Told {p1_him} we can look it up by the buyer's email – gave {p2_pmail}. Exchange done under order {order}.
    """,
    """
    Transcript excerpt (auto):
    AGENT: thanks for calling, you're through to {p2_f}.
    CALLER: hi yes it's {p1}, I'm ringing about a delivery to {adr1}.
    AGENT: let me pull that up. can you confirm your postcode?
    CALLER: {adr1_pc}.
    """,
    """
    Payroll hotline – {date}
    Caller: {p1} (warehouse, Hamburg site)
    Reason: tax class wrong on last payslip. Read out tax ID {taxid1} for verification; matches the record.
    Action: {p2_f} corrects it for next month's run.
    """,
    """
    Telephone order taken by {p2_f}
    Customer: {p1}, {tel1}
    Items: {product} × {pcs}
    Card: {card1} – entered straight into the terminal, not stored
    Deliver to: {adr1}
    """,
]

# ------------------------------------------------------------------------------------ minutes
def minutes_a(c):
    return """
    Weekly ops meeting – {date}
    Attendees: {p1}, {p2}, {p3_fi} (guest from {co3})
    Apologies: {p4}

    1. Returns backlog – {p2_f} to clear by {date2}.
    2. New packaging supplier: {p3_l} to send samples.
    3. AOB: {p1_f} on holiday from {month}; {p4_f} covers.
    """


def minutes_b(c):
    return "Minutes – marketing sync\nPresent: " + rows(c, "{p§}", 3, 5, sep=", ") + """

    Decisions
    - Autumn campaign uses the {colour} colourway.
    - Photoshoot location: studio at {adr9}.
    Actions
    - {p1_fi}: brief the photographer
    - {p2_fi}: book models by {date}
    """


def minutes_c(c):
    return """
    MEETING NOTES
    Date: {date}   Room: {room}
    Chair: {p1}
    Minutes: {p2}

    Item 1 – Q3 numbers
    {p1_l} presented revenue ({amount}); {p3} questioned the returns rate.
    Item 2 – Warehouse move
    Lease signed for {adr1}. {p4} to coordinate the move with {co1}.
    """


def minutes_d(c):
    return """
    Board call {date}
    In attendance: {p1_lf}; {p2_lf}; {p3_lf}
    {p1_f} opened the meeting at {time}. {p2_l} reported that the bank details for supplier payments change to {iban1} from next month. Approved.
    """


def minutes_e(c):
    return "Retro – sprint {kw}\nWho: " + rows(c, "{p§_flc}", 3, 6, sep=", ") + """
    went well: checkout fix shipped
    didn't: staging down twice ({ip1} ran out of disk)
    action: {p1_flc} + {p2_flc} to look at monitoring
    """


def minutes_f(c):
    return """
    Minutes of the residents' meeting, {date}
    Present: {p1} (chair), {p2}, {p3}, {p4}
    1. {p2_l} reported the communal door at {adr1_st} still doesn't lock.
    2. Contact for the garden rota: {p3_f}, {mob3}.
    Next meeting: {date2}.
    """


def minutes_g(c):
    return """
    Supplier review – {co1}
    Us: {p1}, {p2_f}   Them: {p3}, {p4}
    • {p3_f} confirmed lead times back to 3 weeks
    • {p4_l} will send updated price list to {p1_wmail}
    • Next review in {month}
    """


def minutes_h(c):
    return "Attendance – training session {date}\n" + rows(c, "[x] {p§}", 3, 6) + "\n[ ] {p8} (sick)\nTrainer: {p9}"


def minutes_i(c):
    return """
    Kick-off: new website
    Attendees: {p1} (agency), {p2}, {p3}
    Notes: {p1_f} will share the sitemap; {p2_f} owns the content. Agency contact for billing: {p4}, {p4_wmail}, {tel4}.
    """


def minutes_j(c):
    return """
    Notes from the call with {co1} ({date})
    {p1}, {p2} and I
    They're opening a second store at {adr1}. {p1_l} asked if we can supply the launch window display. {p2_f} will send floor plans.
    """


MINUTES = [minutes_a, minutes_b, minutes_c, minutes_d, minutes_e, minutes_f, minutes_g, minutes_h, minutes_i, minutes_j]

# ----------------------------------------------------------------------------------- delivery
DELIVERY = [
    """
    Deliver to: {p1}
    {adr1_ml}
    Phone: {mob1}
    Notes: ring twice, side gate is open. If no answer leave with {p2_l} at no. {qty}.
    """,
    """
    Delivery instructions: Please leave the parcel in the green bin by the front door. Do NOT leave with neighbours. Contact {p1_f} on {mob1} if there's a problem.
    """,
    """
    SHIP TO
    {p1_up}
    {adr1_ml}
    {adr1_country}
    Order {order} · {pcs} parcel(s) · {weight}
    """,
    """
    Driver note: gate code {pin}. Customer {p1} works nights – please deliver after 2 pm. Alternative: {co1} reception, {adr2}.
    """,
    """
    Collection point changed for order {order}. Recipient: {p1_lf}. New address: {adr1}. Recipient phone {tel1}.
    """,
    """
    Hi, this is for my partner {p2}'s birthday – please don't ring the bell before {time}! Address: {adr1}. Call me instead ({p1}, {mob1}). Thank you!!
    """,
    """
    Delivery route {weekday}
    Stop 1 – {p1}, {adr1} – 2 boxes
    Stop 2 – {co2}, {adr2} – pallet, ask for {p2_f}
    Stop 3 – {p3}, {adr3} – {pcs} parcel(s), fragile
    """,
    """
    Customer comment at checkout: "Flat {qty} is on the top floor, no lift. Buzzer says {p1_l}."
    Address: {adr1}
    """,
    """
    c/o {p2}
    {adr1_ml}
    Attn: {p1}
    Leave in porch if nobody answers.
    """,
    """
    Failed delivery – second attempt booked for {date}.
    Name: {p1}  Tel: {tel1}
    Reason: recipient not available at {adr1_st}
    Safe place authorised by {p1_f}: garage (code {pin}).
    """,
]

# --------------------------------------------------------------------------------- guest_list
def guests_a(c):
    return "Guest list – launch party {date}\n" + rows(c, "{p§} (+1)", 4, 7) + "\nPress: {p9}, {co9}"


def guests_b(c):
    return "Name\tCompany\tDietary\tConfirmed\n" + rows(c, "{p§}\t{co§}\t{diet§}\tyes", 3, 6)


def guests_c(c):
    return "Table plan\nTable 1: " + rows(c, "{p§_lf}", 2, 4, sep="; ") + "\nTable 2: " + rows(c, "{p§_lf}", 2, 4, start=5, sep="; ")


def guests_d(c):
    return "RSVPs so far:\n" + rows(c, "✔ {p§_fi}", 3, 6) + "\n✘ {p9} (can't make it)\nStill waiting on {p10_f} and {p11_f}."


def guests_e(c):
    return "VIP list – store opening\n" + rows(c, "{p§_up} · {title§} · {co§}", 3, 5) + "\nDoor: ask for {p8_f} ({mob8})"


def guests_f(c):
    return "Workshop {date} – registrations\n" + rows(c, "{p§} <{p§_pmail}>", 3, 6)


def guests_g(c):
    return "Christmas dinner – final numbers\n" + rows(c, "{p§} – veg", 2, 3) + "\n" + rows(c, "{p§} – no restrictions", 2, 4, start=5)


def guests_h(c):
    return "Last name,First name,Ticket,Email\n" + rows(c, "{p§_l},{p§_f},{ref§},{p§_email}", 3, 6)


def guests_i(c):
    return "Speakers: {p1} ({co1}), {p2} ({co2})\nModerator: {p3}\nOn the door: " + rows(c, "{p§_f}", 2, 3, start=4, sep=", ")


def guests_j(c):
    return "Hen do weekend 🥂\n" + rows(c, "{p§_flc} – paid", 3, 5) + "\n{p9_flc} – owes {amount}"


GUESTS = [guests_a, guests_b, guests_c, guests_d, guests_e, guests_f, guests_g, guests_h, guests_i, guests_j]

# ---------------------------------------------------------------------------------- hr_roster
def hr_a(c):
    return "Shift roster – week {kw}\nName\tRole\tShift\tMobile\n" + rows(c, "{p§}\t{title§}\t{shift§}\t{mob§}", 3, 6)


def hr_b(c):
    return """
    New starter form
    Full name: {p1}
    Date of birth: {dob}
    Home address: {adr1}
    Mobile: {mob1}
    Bank: {iban1}
    Emergency contact: {p2} ({p1_his} partner), {mob2}
    Line manager: {p3}
    """


def hr_c(c):
    return """
    Payroll set-up (Germany) – {p1}
    Start date: {date}
    Address: {adrde1}
    Tax ID (Steuer-ID): {taxid1}
    Tax class: 1
    IBAN: {ibande1}
    Health insurer: TK
    Prepared by {p2_fi}, HR
    """


def hr_d(c):
    n = c.rng.randint(3, 5)
    return "Holiday cover {month}\n" + "\n".join(f"{{p{i}}} → covered by {{p{i + 10}_f}}" for i in range(1, n + 1))


def hr_e(c):
    return """
    Staff directory – Customer Care
    {p1} (team lead) – ext. desk 4 – {p1_wmail}
    {p2} – {p2_wmail}
    {p3} – {p3_wmail}
    {p4_f} (part-time, Tue/Thu)
    """


def hr_f(c):
    return """
    Leaver checklist – {p1}
    Last day: {date}
    Return laptop to {p2_f}
    Forwarding address for P45: {adr1}
    Final pay to: {iban1}
    Exit interview with {p3} done.
    """


def hr_g(c):
    return "Employee\tEmployee no.\tDepartment\tTax ID\n" + rows(c, "{p§_lf}\t{cust§}\t{dept§}\t{taxid§}", 2, 5)


def hr_h(c):
    return """
    Sickness absence log
    {date} – {p1_f} (warehouse), called in, back {weekday}
    {date2} – {p2}, doctor's note received
    Logged by {p3_il}
    """


def hr_i(c):
    return """
    Reference request
    Candidate: {p1}
    Previous employer: {co1}
    Referee: {p2}, {title}, {p2_wmail}, {tel2}
    {p2_l} confirmed dates of employment and said {p1_f} was "reliable and great with customers".
    """


def hr_j(c):
    return "On-call rota – IT\n" + rows(c, "{date§}: {p§} ({mob§})", 3, 5) + "\nEscalation: {p9}"


def hr_k(c):
    return """
    Contractor onboarding – Berlin office
    Name: {p1}
    Address: {adrde1_ml}
    Steuer-ID: {taxid1}
    Bank account: {ibande1}
    Start: {date}
    Buddy: {p2_f}
    """


def hr_l(c):
    return "Payroll changes for {month} (Germany)\n" + rows(c, "- {p§}: tax ID corrected to {taxid§}", 1, 2) + "\n- {p5}: bank details now {iban5}\nApproved by {p6_il}."


HR = [hr_a, hr_b, hr_c, hr_g, hr_e, hr_f, hr_d, hr_h, hr_i, hr_j, hr_k, hr_l]

# ------------------------------------------------------------------------------------- review
REVIEW = [
    """
    ★★★★☆ Lovely colour, runs small
    The {colour} jumper is gorgeous but I'd size up. Returns were easy.
    {p1_fi} · {adr1_town} · {date}
    """,
    """
    Great product, terrible courier
    The {product} itself is brilliant. The courier left it in the rain though.
    Reviewed by {p1} on {date} – Verified purchase

    Response from {shop}:
    Hi {p1_f}, so sorry about the soggy box! We've passed this on. – {p2_f}
    """,
    """
    5 stars – {p1_f} from {adr1_town}
    "Ordered on Sunday, arrived Tuesday. Exactly as pictured."
    """,
    """
    {p1}
    ★★☆☆☆
    Second order where an item was missing. Customer service ({p2_f}) sorted it, but it shouldn't happen twice.
    Helpful? 12 · Report
    """,
    """
    Google review · {p1} · Local Guide · 43 reviews
    ★★★★★ {date}
    Friendly staff, especially {p2_f} who helped me find the right size. Parking on {adr1_st} is a pain though.
    Owner's reply: Thank you {p1_f}! We'll tell {p2_f} 😊
    """,
    """
    Review of the {product}
    Comfy, warm, well made. My {p2_wife} {p2_f} has stolen it already.
    – {p1_lc}
    """,
    """
    Trustpilot
    {p1_up}
    GB · 3 reviews
    Rated 1 out of 5
    Still waiting for my refund of {amount}, order {order}. Emails to {mail1} go unanswered.
    """,
    """
    “Does what it says. Bought two.”
    {p1_fi} – verified buyer, {date}
    “A bit pricey but lovely quality.”
    {p2_fi} – verified buyer, {date2}
    """,
    """
    Reply to review by {p1}:
    Dear {p1_f}, thank you for your feedback. I'm sorry the table arrived with a scratch. I've emailed you at {p1_pmail} to arrange a replacement leg.
    {p2}, Customer Experience Manager
    """,
    """
    ⭐⭐⭐⭐⭐ "Best customer service ever – {p2} went above and beyond to get my order to me before the wedding."
    Posted by {p1}
    """,
]

# ------------------------------------------------------------------------------------- social
SOCIAL = [
    """
    {p1}: Still waiting for my order from 3 weeks ago 😤
    {shop}: Hi {p1_f}, really sorry about this! Could you DM us your order number? We'll look into it straight away. ^{p2_f}
    """,
    """
    Replying to {p1_f}: Thank you so much for the lovely photo! Can we share it on our page? 💚
    """,
    """
    {p1} commented: "Is the {colour} one coming back?? @{p2_f} look at this"
    """,
    """
    Comments (4)
    {p1}: need this in XL
    {p2}: same!!
    {shop}: {p1_f} {p2_f} – restock on {date} 🙌
    {p3_lc}: ordered, thanks
    """,
    """
    Instagram DM from {p1}:
    "hi! I won your giveaway 🎉 my address is {adr1}, phone {mob1} x"
    """,
    """
    LinkedIn comment by {p1} ({title} at {co1}):
    Congratulations to {p2} and the whole {shop} team on the new warehouse!
    """,
    """
    Facebook review: {p1} recommends {shop}.
    "Ordered a birthday cake tin for my {p2_sis} {p2_f}, arrived beautifully wrapped."
    """,
    """
    Reply from {shop}: Hi {p1_f}, this doesn't sound right at all. Please email {mail1} with a photo and we'll sort it. {p2_f} x
    """,
    """
    YouTube · {p1} · 2 days ago
    My {p2_mum} {p2} bought one of these in the 90s and it's still going 😂
    ↳ {shop}: Love this, {p1_f}! Say hi to your {p2_mum} from us
    """,
    """
    Thread from {p1}:
    1/ Ordered from {shop} on {date}. Parcel went to my old flat at {adr1_st}.
    2/ Support ({p2_f}) rerouted it in an hour. Good people.
    """,
]

# ------------------------------------------------------------------------------------ invoice
INVOICE = [
    """
    INVOICE {inv}
    Date: {date}

    Bill to:
    {p1}
    {adr1_ml}

    1 × {product}    {amount}
    Shipping    £4.95
    VAT no. {ustid}

    Payment by bank transfer to {ibangb1}, reference {inv}.
    """,
    """
    {co1}
    {adr1}
    VAT Reg. {ustid}

    Invoice to: {co2}, attn. {p2}, {adr2}
    Invoice no. {inv} · Due {date}
    Questions? {p3} – {p3_wmail}
    """,
    """
    Freelance invoice
    From: {p1}, {adrde1}
    Tax ID: {taxid1} · VAT: {ustid}
    To: {co2}
    Services: copywriting, {month} ({qty} hours)
    Total: {amount}
    Bank: {iban1} (BIC {bic})
    """,
    """
    RECEIPT
    Sold to: {p1_lf}
    Ship to: {adr1}
    Paid with: Visa {maskcard}
    Order {order} – {date}
    """,
    """
    PRO FORMA
    Customer: {co1}
    Contact: {p1}, {tel1}
    Delivery address: {adr1_ml}
    Invoice address: {adr2_ml}
    Net amount {amount} · payable within 14 days to {iban1}
    """,
    """
    Credit note {inv}
    Original invoice {inv2}
    Issued to {p1_hon} {p1}
    {adr1}
    Reason: goods returned ({product}). Refund to card {maskcard} within 5 days.
    Issued by {p2_il}
    """,
    """
    Invoice #{qty}{kw}
    Billed to
    {p1}
    {co1}
    {adrus1_ml}

    Amount due: {amount}
    Please make checks payable to {co2}.
    """,
    """
    Statement of account – {co1}
    For the attention of {p1} (accounts payable)
    Outstanding: {inv} ({amount}), {inv2}
    Remit to: {co2}, {adr2}. IBAN {iban2}.
    """,
    """
    Invoice
    {p1} · Photographer
    {adr1}
    {mob1} · {p1_pmail}

    Client: {co2}
    Shoot {date}, usage 12 months
    Total due {amount}
    Sort code / account: see IBAN {ibangb1}
    """,
    """
    Tax invoice – {co1} ABN 51 824 753 556
    Customer: {p1}, {adrau1}
    Items: {product} × {pcs}
    Paid by Mastercard {maskcard}
    """,
    """
    INVOICE {inv}
    {p1} – Translation & Subtitling
    {adrde1}
    Steuer-ID {taxid1} · Steuernummer {stnr}

    Client: {co2}, attn. {p2}
    Subtitles, 3 episodes – {amount}
    No VAT charged (small business exemption, § 19 UStG).
    Bank: {ibande1}
    """,
    """
    Invoice no. {inv}
    Supplier: {p1} (sole trader), {adr1}
    Supplier tax ID (DE): {taxid1}
    Customer: {co2}
    Workshop facilitation, {date} – {amount}
    Payment to {iban1} within 14 days.
    """,
]

# ----------------------------------------------------------------------------------- web_form
WEBFORM = [
    """
    New submission – Contact form
    Name: {p1}
    Email: {p1_pmail}
    Phone: {tel1}
    Message: Hi, do you deliver to {adr1_town}? I'd like to order 3 of the {product}.
    ---
    IP: {ip1}
    Submitted: {date} {time}
    """,
    """
    {"form": "wholesale_application", "company": "{co1}", "contact_name": "{p1}", "email": "{p1_wmail}", "phone": "{tel1}", "address": "{adr1}", "vat": "{ustid}", "ip": "{ip1}"}
    """,
    """
    Form: Returns request
    -------------------------
    Order number: {order}
    Your name: {p1}
    Your email: {p1_email}
    Reason: wrong colour ({colour})
    Refund to: original payment method
    -------------------------
    Sent from {ipsix1}
    """,
    """
    first_name={p1_f}
    last_name={p1_l}
    email={p1_pmail}
    street={adr1_st}
    postcode={adr1_pc}
    city={adr1_town}
    newsletter=yes
    remote_addr={ip1}
    """,
    """
    Job application – Warehouse Assistant
    Name: {p1}
    Phone: {mob1}
    Email: {p1_pmail}
    Address: {adr1}
    Right to work in the UK: yes
    Referee: {p2}, {co2}, {tel2}
    """,
    """
    Callback form
    Who should we ask for? {p1_f}
    Phone number: {tel1}
    Best time: mornings
    Comment: my {p2_wife} {p2_f} placed the order, but I'm the one at home
    """,
    """
    Payment form (test environment – real data pasted by mistake, please delete)
    Cardholder: {p1}
    Card number: {card1}
    Expiry: 09/27
    Billing address: {adr1}
    """,
    """
    Event registration
    • Name: {p1}
    • Company: {co1}
    • Job title: {title}
    • Email: {p1_wmail}
    • Dietary requirements: none
    • Bringing a guest: {p2}
    IP address: {ip1} · consent: yes
    """,
    """
    Newsletter sign-up confirmed
    email: {p1_pmail}
    name: {p1_flc}
    source: footer form
    ip: {ipsix1}
    time: {date} {time}
    """,
    """
    Feedback form
    Name (optional): {p1_fi}
    Order: {order}
    How did we do? 4/5
    Anything else? The delivery guy was really nice, and thanks to {p2_f} on the phone.
    """,
    """
    Creator programme – application (Germany)
    Name: {p1}
    Channel: craft videos
    Address: {adrde1}
    Tax ID: {taxid1}
    Payout IBAN: {ibande1}
    Submitted from {ip1}
    """,
    """
    Checkout error report (auto)
    session=8f2c1e cart_total={amount}
    billing_name="{p1}"
    card_number="{card1}"
    billing_email="{p1_pmail}"
    client_ip={ip1}
    error=3DS_TIMEOUT
    """,
]

# ------------------------------------------------------------------------------------- export
LAYOUTS["export_en"] = [
    ("id,first_name,last_name,email,phone,city\n", "{cust§},{p§_f},{p§_l},{p§_email},{tel§},{adr§_town}"),
    ("Name\tEmail\tStreet\tPostcode\tTown\n", "{p§}\t{p§_email}\t{adr§_st}\t{adr§_pc}\t{adr§_town}"),
    ("customer;email;last_login_ip\n", "{p§};{p§_pmail};{ip§}"),
    ("\"Full Name\",\"Phone\",\"Address\"\n", "\"{p§}\",\"{tel§}\",\"{adr§}\""),
    ("email|name|signup_ip|created\n", "{p§_pmail}|{p§}|{ip§}|{date§}"),
    ("Surname\tFirst name\tMobile\tOrder\n", "{p§_l}\t{p§_f}\t{mob§}\t{order§}"),
    ("contact,company,title,email\n", "\"{p§_lf}\",{co§},{title§},{p§_wmail}"),
    ("order_id;ship_name;ship_street;ship_zip;ship_city;ship_country\n", "{order§};{p§};{adr§_st};{adr§_pc};{adr§_town};{adr§_cc}"),
    ("NAME,EMAIL,PHONE\n", "{p§_up},{p§_email},{tel§}"),
    ("member_id\tname\tjoined\tip\n", "{cust§}\t{p§}\t{date§}\t{ipsix§}"),
]


def export_a(c):
    head, row = c.lay("export_en")
    return head + rows(c, row, 3, 7)


def export_b(c):
    head, row = c.lay("export_en")
    return "Export from the shop backend, {date}:\n\n" + head + rows(c, row, 2, 5)


def export_c(c):
    head, row = c.lay("export_en")
    return "Hi {p9_f}, here's the list you asked for (only the ones who opted in):\n\n" + head + rows(c, row, 3, 5) + "\n\nThanks, {p10_f}"


def export_d(c):
    head, row = c.lay("export_en")
    return "```\n" + head + rows(c, row, 2, 6) + "\n```"


def export_e(c):
    head, row = c.lay("export_en")
    return "customers_{year}_q2.csv (first rows)\n" + head + rows(c, row, 3, 4)


def export_f(c):
    head, row = c.lay("export_en")
    return head + rows(c, row, 4, 8) + "\n(" + "{qty} more rows)"


def export_g(c):
    head, row = c.lay("export_en")
    return "Attached the duplicates I found – can someone merge them?\n" + head + rows(c, row, 2, 3)


def export_h(c):
    head, row = c.lay("export_en")
    return "Mailchimp audience export\n" + head + rows(c, row, 3, 6)


EXPORT = [export_a, export_b, export_c, export_d, export_e, export_f, export_g, export_h]

# ------------------------------------------------------------------------------------- ticket
TICKET = [
    """
    Ticket {ticket} · Priority: high
    Requester: {p1} <{p1_email}>
    Assignee: {p2_f}
    ---
    {date} {p1_f} wrote:
    My order arrived without the charger.
    ---
    Internal note ({p2_l}): spare charger sent, tracking {track}.
    """,
    """
    {ticket} Can't log in
    Opened by: {p1_pmail}
    Last failed login from {ip1} ({adr1_town}), two successful logins from {ipsix1}.
    {p2_f}: reset link sent, asked customer to confirm it was {p1_him}.
    """,
    """
    [{ticket}] Address change – {p1}
    Status: Solved
    Customer moved from {adr1} to {adr2}. Updated by {p2_fi}
    """,
    """
    Ticket history
    {date} 09:12 – created via email by {p1}
    {date} 09:40 – assigned to {p2}
    {date} 11:03 – {p2_f}: called customer on {tel1}, no answer
    {date2} 10:15 – {p2_f}: spoke to {p1_f}, replacement agreed
    {date2} 10:16 – status → pending
    """,
    """
    Subject: Refund not received (order {order})
    From: {p1} via web form
    Message: It's been 14 days. Please transfer to {iban1} if the card refund failed.
    Tags: refund, escalated
    Assigned: {p2}
    """,
    """
    INCIDENT {ticket}
    Reporter: {p1} ({dept})
    Summary: suspicious login to the admin panel at {time} from {ip1}; account belongs to {p2}, who was on holiday.
    Actions: password reset, 2FA enforced. {p3_f} reviewing logs.
    """,
    """
    Customer: {p1_lf}
    Channel: phone ({tel1})
    Issue: {product} arrived in the wrong colour
    Agent notes: offered exchange, customer prefers refund. CC {p2_f} for approval >{amount}.
    """,
    """
    {ticket} – merged into {ticket2}
    Requester {p1} opened both. All replies go to {p1_email}. Next response due {date}. Owner: {p2_fi}
    """,
    """
    Ticket {ticket}
    From: {p1} <{p1_pmail}>
    > Hi, I typed my card number wrong at checkout – it's {card1}, can you fix the order?
    Reply ({p2_f}): Hi {p1_f}, for your security we can't take card details by email. I've removed your message from our system; please pay via the link we've sent.
    """,
    """
    Bug #{qty}{kw}: newsletter form accepts invalid postcodes
    Reported by {p1_f} (QA). Repro: submit {p2_pmail} from {ip1} with postcode "ABC". Assigned to {p3_flc}.
    """,
    """
    Dispute {ticket} – customer wrote in with full card number
    From: {p1} <{p1_pmail}>
    "The charge of {amount} on my card {card1} is not mine, please cancel it."
    Internal ({p2_f}): raised chargeback check, asked {p1_f} to contact their bank too. Message redacted in CRM.
    """,
    """
    Ticket {ticket} · Marketplace payouts
    Seller: {p1} ({co1})
    Problem: payout blocked – tax ID {taxid1} does not match the account holder of {iban1}.
    Next step: {p2_f} asked {p1_f} for the Steuer-ID letter. Reminder due {date}.
    """,
]

# ----------------------------------------------------------------------------------- handover
HANDOVER = [
    """
    Handover – late shift → {p2_f}
    - {p1_hon} {p1_l} (order {order}) waiting for a callback on {tel1}
    - Courier collecting from {adr1} tomorrow 8–12
    - {p3_f} is off tomorrow, {p4_f} covering the phones
    """,
    """
    Handover notes for {p2} (I'm off from {date})
    Open customers:
    • {p1} – refund approved, not yet paid ({iban1})
    • {p3} – waiting for photos of the damage
    Suppliers: {co1} – {p4} will call about the {month} delivery.
    """,
    """
    IT handover
    - VPN for {p1_f}: done
    - Printer in the warehouse is now on {ip1}
    - {p2_l}'s old laptop wiped
    - Admin contact at our host: {p3}, {p3_wmail}
    """,
    """
    Notes for whoever is on the desk Saturday:
    {p1} is collecting a click & collect order ({order}) – check ID. {p1_He} may bring {p1_his} neighbour {p2_f} to help carry it.
    Key holder: {p3_f} ({mob3}).
    """,
    """
    Project handover – website relaunch
    Client contact: {p1}, {co1}, {p1_wmail}, {tel1}
    Agency: {p2} (design), {p3} (dev)
    Hosting: server {ip1}, staging {ipsix1}
    Outstanding invoices: {inv}
    """,
    """
    Night shift report
    22:40 – {p1_f} called from {co1}, truck delayed to {time}
    01:15 – alarm at {adr1_st}, false alarm, {p2_l} checked
    05:30 – all quiet. Handed over to {p3}.
    """,
    """
    Before I go on leave:
    1. {p1}'s complaint (ticket {ticket}) – only needs the final email.
    2. New starter {p2} begins {weekday}, desk next to {p3_f}.
    3. Supplier {co1} changed bank account – new IBAN {iban1}, confirmed by phone with {p4} on {tel4}.
    """,
    """
    Carer handover ({p1_hon} {p1_l}, {adr1})
    Medication given at {time}. {p2_Daughter} {p2} rang, will visit {weekday}. {p2_His} mobile {mob2}.
    """,
    """
    Account handover {co1}
    Old AM: {p2}  New AM: {p3}
    Key people: {p1} (decision maker), {p4_fi} (day-to-day, {p4_wmail})
    Delivery address: {adr1_ml}
    """,
    """
    shift notes – {p2_flc}
    • till 2 was short {amount}, counted twice, reported to {p3_flc}
    • customer {p1} left {p1_his} phone number for the {colour} restock: {mob1}
    """,
]

# ------------------------------------------------------------------------------ email_forward
LAYOUTS["fwd_en"] = [
    "---------- Forwarded message ---------\nFrom: {p1} <{p1_wmail}>\nDate: {date}\nSubject: {subj}\nTo: {p2} <{p2_wmail}>\n",
    "From: {p1} <{p1_wmail}>\nSent: {weekday}, {date} {time}\nTo: {p2_lf} <{p2_wmail}>\nCc: {p3_email}\nSubject: RE: {subj}\n",
    "Begin forwarded message:\n\nFrom: \"{p1}\" <{p1_wmail}>\nSubject: {subj}\nDate: {date} at {time}\nTo: {p2_wmail}\n",
    "-----Original Message-----\nFrom: {p1_wmail}\nSent: {date}\nTo: {p2}; {p3}\nSubject: {subj}\n",
    "On {date}, at {time}, {p1} <{p1_wmail}> wrote:\n",
    "________________________________\nFrom: {p1} <{p1_wmail}>\nSent: {date} {time}\nTo: {mail2}\nCc: {p3} <{p3_wmail}>\nSubject: FW: {subj}\n",
    "-------- Original message --------\nFrom: {p1_wmail}\nDate: {date} {time}\nTo: {p2_wmail}\nSubject: {subj}\n",
    "> From: {p1}\n> To: {p2}\n> Date: {date}\n> Subject: {subj}\n",
]


def _fwd(c, intro, body):
    return intro + "\n\n" + c.lay("fwd_en") + "\n" + body


def fwd_a(c):
    return _fwd(c, "FYI – see below. Can you deal with this, {p4_f}?", "Hi {p2_f},\n\nthe pallet for order {order} still hasn't arrived. Please call me on {tel1}.\n\n{p1_f}")


def fwd_b(c):
    return _fwd(c, "Forwarding for the record.", "Dear {p2_f},\n\nplease note our new invoice address from {date2}: {adr1}. Everything else stays the same.\n\nBest regards\n{p1}")


def fwd_c(c):
    return _fwd(c, "{p4_f} – this one's for you, they asked for you by name.", "Hello,\n\nwe met {p4} at {event} and would like to order samples. Our warehouse is at {adr1}.\n\nThanks,\n{p1}\n{title}, {co1}")


def fwd_d(c):
    return _fwd(c, "See the bank details below – please check by phone before paying!", "Hi,\n\nplease use our new account for all future payments: {iban1}. The old account will be closed.\n\nRegards,\n{p1_il}")


def fwd_e(c):
    return _fwd(c, "FW from a customer", "hi, ordered a {product} for my {p3_daughter} {p3_f}, can you gift wrap it? thanks {p1_flc}")


def fwd_f(c):
    return _fwd(c, "Adding {p4} to the thread.", "{p2_f}, quick one: can you confirm the delivery slot for {weekday}? Driver will ring {mob1} on arrival.\n\nThanks\n{p1_f}")


def fwd_g(c):
    return "Fwd: " + _fwd(c, "{p4_f}, can you reply to this one? I'm out tomorrow.", "Dear Sir or Madam,\n\nI'd like to return order {order}. I no longer live at {adr1} – please send the label to {p1_pmail}.\n\nYours,\n{p1}")


def fwd_h(c):
    return _fwd(c, "Passing this on – looks like a real lead.", "Hi {p2_f},\n\n{p3} from {co3} suggested I get in touch. We're looking for a supplier for around 500 tote bags.\nI'm on {tel1}.\n\n{p1}")


FORWARD = [fwd_a, fwd_b, fwd_c, fwd_d, fwd_e, fwd_f, fwd_g, fwd_h]

# ------------------------------------------------------------------------------ out_of_office
OOO = [
    """
    Thank you for your email. I'm out of the office until {date} with limited access to email. For urgent matters please contact {p2} at {p2_wmail} or call {tel1}.

    {p1}
    """,
    """
    Automatic reply: {subj}

    Hi, I'm on parental leave until {month}. Orders: {mail1}. Anything else: my colleague {p2} ({p2_wmail}).

    Best, {p1_f}
    """,
    """
    I am currently away and will return on {weekday}. Your message will not be forwarded. In an emergency, {p2_f} can be reached on {mob2}.
    """,
    """
    Out of office: {p1} is at {event} this week and will reply from {date}. For press enquiries please contact {p2}, {p2_wmail}.
    """,
    """
    Hello and thanks for your message!
    I'm away hiking (no signal 🏔️) until {date}. Please resend anything urgent to {p2_email}.
    – {p1_f}
    """,
    """
    I no longer work at {co1}. Please direct your email to {p2} ({p2_wmail}), who has taken over my accounts. For invoices: {mail1}.
    {p1}
    """,
    """
    Auto-reply: I'm working reduced hours (Mon–Wed) until the end of {month}. For anything to do with deliveries please call the warehouse on {tel1} and ask for {p2_f}.
    """,
    """
    Hi! I'm out sick today. {p2_f} ({p2_wmail}) and {p3_f} ({p3_wmail}) are covering my inbox. Thanks for your patience – {p1_fi}
    """,
    """
    Please note: our office is closed for two weeks from {date}. Orders placed in this period ship on {weekday}. Urgent issues: {p1}, on-call manager, {mob1}.
    """,
]

# ------------------------------------------------------------------------------ press_release
PRESS = [
    """
    {shop} opens its first flagship store in {adr1_town}

    “We've wanted a home for the brand for years,” said {p1}, co-founder of {shop}. “Now people can finally touch the fabrics before they buy.”

    Media contact: {p2}, {p2_wmail}, {tel2}
    """,
    """
    FOR IMMEDIATE RELEASE – {date}
    {co1} partners with {shop} on recycled packaging

    {p1}, {title} at {co1}, said: “This partnership cuts our plastic use by two thirds.”
    {p2_l}, who leads sustainability at {shop}, added that the first parcels ship in {month}.

    Press office: {mail1}
    """,
    """
    New appointment: {p1} joins {shop} as Managing Director

    {p1_l} previously spent ten years at {co1}. {p1_He} succeeds {p2}, who retires after 22 years. “{p1_f} is the right person to take us into the next decade,” said chair {p3}.
    """,
    """
    Press release
    {shop} wins Retailer of the Year

    Accepting the award, store manager {p1} thanked the team: “This is for {p2_f}, {p3_f} and everyone on the shop floor.”

    Contact for interviews: {p4} | {mob4} | {p4_wmail}
    """,
    """
    {adr1_town}, {date} – {co1} today announced the acquisition of {shop}. Founders {p1} and {p2} will stay on.
    “We're keeping the name, the team and the recipes,” said {p1_f}.
    Media enquiries: {p3}, {title}, {tel3}
    """,
    """
    Photo caption: {p1} (left) and {p2} at the opening of the new warehouse at {adr1}. Photo: {p3}
    """,
    """
    ABOUT {shop}
    Founded in {year} by {p1}, the brand makes knitwear in small batches.
    Press: {p2} · {p2_wmail} · {tel2}
    Registered office: {adr2}
    """,
    """
    Charity run raises {amount}

    Staff from {shop} ran 10 km for the local food bank. Organiser {p1} said the idea came from warehouse colleague {p2_fi} – the cheque was handed over to {p3}, who manages the food bank.
    """,
    """
    Statement from {p1}, CEO
    “We are aware that some customers received emails meant for others. We have contacted everyone affected.” Questions: {p2}, {mail1}, {tel1}.
    """,
]

# ------------------------------------------------------------------------------------ payment
PAYMENT = [
    """
    Direct Debit mandate
    Account holder: {p1}
    IBAN: {iban1}
    BIC: {bic}
    Creditor ID: {sepaid}
    Mandate reference: {ref}
    Signed: {p1}, {date}
    """,
    """
    Hi, I can't get the checkout to work. Can you just charge my card? {card1}, exp 11/26, CVC is on the back ha. Name: {p1}. Thanks!
    """,
    """
    Chargeback notice
    Cardholder: {p1_up}
    Card: {maskcard}
    Transaction: {order} · {amount} · {date}
    Reason: goods not received
    Respond by {date2}. Evidence: proof of delivery to {adr1}.
    """,
    """
    Payout details for affiliate {p1}
    Account: {iban1}
    Tax ID (DE): {taxid1}
    VAT: not registered
    Payout threshold: {amount}
    """,
    """
    Refund request
    Name on account: {p1}
    Bank: {iban1}
    Reason: returned {product}, order {order}
    Approved by {p2_fi} on {date}
    """,
    """
    Subject: new card
    Hi {p2_f}, my old card expired. New one is {card1} (same name, {p1}). Please use it for the monthly box.
    """,
    """
    Split payment for order {order}:
    – {p1}: {amount} by card {card1}
    – {p2}: bank transfer, reference {ref}
    """,
    """
    Supplier bank details changed – verification log
    Supplier: {co1}
    Old IBAN: {iban1}
    New IBAN: {iban2}
    Verified by phone with {p1} on {tel1} (number from our records, not from the email). Checked by {p2_il}.
    """,
    """
    Salary advance request
    Employee: {p1}
    Amount: {amount}
    Pay into: {iban1}
    Approved: {p2}
    """,
    """
    Donation receipt
    Donor: {p1_tit}{p1}, {adr1}
    Amount: {amount} via card {maskcard}
    Gift Aid: yes
    """,
    """
    Booking request – venue deposit
    Please take the deposit from this card: {card1} (exp 03/28), cardholder {p1}. Billing address {adr1}. Thanks, {p1_f}
    """,
    """
    Update card on file
    Customer: {p1_lf} ({cust})
    Old card: {maskcard}
    New card: {card1}
    Updated by {p2_fi} – the customer read the number out on the phone; next time please point them to the self-service page.
    """,
]

# ---------------------------------------------------------------------------------- signup_log
def log_a(c):
    return rows(c, "{iso§} signup email={p§_pmail} ip={ip§} plan={plan§}", 3, 6)


def log_b(c):
    return "Failed logins (last 24h)\n" + rows(c, "{p§_email}\t{ip§}\t{qty§} attempts", 2, 5)


def log_c(c):
    return rows(c, "[{iso§}] INFO user \"{p§}\" logged in from {ipsix§}", 2, 4) + "\n[{iso9}] WARN rate limit exceeded for {ip9}"


def log_d(c):
    return "New accounts today:\n" + rows(c, "• {p§} ({p§_pmail}) – {ip§}", 2, 5)


def log_e(c):
    return '{"event":"password_reset","user":"{p1_pmail}","name":"{p1}","ip":"{ip1}","ts":"{iso1}"}\n{"event":"login","user":"{p1_pmail}","ip":"{ipsix1}","ts":"{iso2}"}'


def log_f(c):
    return "Audit trail – order {order}\n" + "{iso1} created by {p1} ({ip1})\n{iso2} address changed to {adr1} by {p1_f}\n{iso3} refunded by {p2_fi}"


def log_g(c):
    return "access.log\n" + rows(c, "{ip§} - - [{clf§}] \"POST /account/login HTTP/1.1\" 302 - \"{p§_pmail}\"", 3, 5)


def log_h(c):
    return "Newsletter double opt-in confirmations\n" + rows(c, "{p§_pmail} | confirmed {date§} | IP {ip§}", 3, 6)


LOGS = [log_a, log_b, log_c, log_d, log_e, log_f, log_g, log_h]

BANK = {
    "crm": CRM, "support_email": SUPPORT, "lead_list": LEADS, "testimonial": TESTIMONIAL, "signature": SIGNATURE,
    "chat": CHAT, "call_note": CALL, "minutes": MINUTES, "delivery": DELIVERY, "guest_list": GUESTS, "hr_roster": HR,
    "review": REVIEW, "social": SOCIAL, "invoice": INVOICE, "web_form": WEBFORM, "export": EXPORT, "ticket": TICKET,
    "handover": HANDOVER, "email_forward": FORWARD, "out_of_office": OOO, "press_release": PRESS, "payment": PAYMENT,
    "signup_log": LOGS,
}
