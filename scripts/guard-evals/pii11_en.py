"""English templates of the eleventh PII bank (UK, US and Irish English).

`PII[genre]` and `CLEAN[genre]` are template lists, `PHRASES[name]` phrase lists. Every list is cut
into halves by position: even positions build dev11, odd positions heldout11. A template that
starts with `§GB§`, `§US§`, `§IE§` or `§DE§` fixes the country of its people and addresses.
Slots and alternatives are described in `pii11_core.py`.
"""

PHRASES = {
    "hi_cust": [
        "Hi {p1.first},",
        "Hello {p1.first},",
        "{p1.sal},",
        "Dear {p1.first},",
        "Hiya {p1.first},",
        "Good morning {p1.first},",
        "Hi {p1.full},",
        "Hello {p1.honf},",
        "Hey {p1.first},",
        "Dear {p1.honf},",
    ],
    "signoff": [
        "Best wishes,",
        "Kind regards,",
        "Cheers,",
        "Many thanks,",
        "All the best,",
        "Thanks again,",
        "Warm regards,",
        "Regards,",
        "Best,",
        "Thanks a million,",
    ],
    "sig_staff": [
        "{s.full}\nCustomer Care | Talgrat\n{s.work}",
        "{s.first}\nTalgrat Customer Service",
        "{s.caps}\nTeam Lead, Online Service\nTalgrat Outdoor\nT {s.phone}",
        "{s.first} ({d.store} store)",
        "{s.fLAST}\nTalgrat · Service Desk\n{s.work} · {s.phone}",
        "{s.ini}\nReturns & Repairs, Talgrat",
        "{s.full} | Talgrat Outdoor | {s.phone}",
        "{s.full}\nRepairs Workshop\nDirect line: {s.phone}",
        "—\n{s.full}\nCustomer Experience\nTalgrat",
        "{s.nick} @ Talgrat",
    ],
    "quote_head": [
        "On {d.date}, at {d.time}, {p1.full} <{p1.email}> wrote:",
        "-----Original Message-----\nFrom: {p1.full} <{p1.email}>\nSent: {d.weekday}, {d.date} {d.time}\nTo: Talgrat Customer Care\nSubject: Re: order {d.order1}",
        "On {d.weekday}, {d.date} {p1.full} wrote:",
        "From: {p1.email}\nDate: {d.date}\nSubject: {d.kind} – question",
        "On {d.date} {p1.email} wrote:",
        "________________________________\nFrom: {p1.full}\nSent: {d.date} {d.time}\nSubject: my order",
    ],
}

PII = {
    # ------------------------------------------------------------------ internal chat
    "team_chat": [
        """#{d.store}-floor
{s.lc}: just had {p1.flc} on the phone again re the ⟨{d.kind}|{d.product}⟩ swap
{s2.lc}: the one with order {d.order}?
{s.lc}: yep. {p1.pron} wants a callback on {p1.phone} before {d.time}
{s2.lc}: ok will do after lunch, tell {s3.lc} to hold the {d.size} for {p1.obj}""",
        """{s.first}  {d.time}
anyone seen the return from {p1.full}? parcel {d.tracking} says delivered {d.date}
{s2.first}  {d.time}
{s.mfirst} it's on {s3.nick}'s desk, ⟨no receipt in it|label was torn|box was soaking wet⟩
{s.first}  {d.time}
cheers, I'll email {p1.obj} at {p1.email}""",
        """hey {s.lc} quick one – {p1.lc} from the climbing club called, wants {d.qty} harnesses for the ⟨youth group|beginners' course⟩. said you know {p1.obj}? number is {p1.phone}, surname {p1.last}""",
        """{s.full} ({d.time}): {s2.mention} can you check why {p1.honf}'s refund hasn't gone through? IBAN on file is {p1.iban}
{s2.full} ({d.time}): looking now – finance says it went out {d.date}
{s.full} ({d.time}): ok thx, I'll let {p1.obj} know""",
        """{s.lc} → {s2.lc}: did u ring the customer who left ⟨poles|a jacket|a phone charger⟩ in the changing room? {p1.first} something, {p1.last} i think. {p1.pron} left {p1.mobile} on the form
{s2.lc}: yeah {p1.pron}'s coming in saturday
{s.lc}: 🙏""",
        """Shift handover {d.date}
- {p1.abbr} picked up the repaired {d.kind} (job {d.ticket}), paid ⟨by card|cash⟩
- {s2.first} still waiting on {p2.full} to confirm the fitting, tried {p2.phone} twice
- {p3.nick} from {d.dealer} dropped by, wants {s.first} to call back
cheers {s.lc}""",
        """[#returns] {s.full}: heads up {s2.mention}, {p1.full} ({p1.email}) says {p1.pron} sent the ⟨boots|jacket|tent⟩ back twice. tracking {d.tracking}. can you look?
[#returns] {s2.full}: found it, bin {d.sku}. refunding today""",
        """ok so update on the {d.store} pop-up:
{s.lc} has the keys, {s2.lc} does the till, and {p1.lc} (the photographer, {p1.mobile}) gets there at {d.time}
if anything goes wrong ring me – {s3.lc}""",
        """lol {s.lc} guess who's back. {p1.hon} with the ⟨3rd|4th⟩ pair of boots this year 🙃
{s.lc}: omg. asking for {s2.lc} again?
{s3.lc}: ask {s2.lc}, {s2.pron}'s out back""",
        """{s.nicklc}: ugh printer's down again
{s2.nicklc}: use the one upstairs. also {p1.full} is here for the fitting, {d.time} slot
{s.nicklc}: send {p1.obj} up, I'll be 2 min""",
    ],
    # ------------------------------------------------------------------ minutes with action owners
    "meeting_minutes": [
        """Minutes – weekly service meeting, {d.date}
Present: {s.full}, {s2.full}, {s3.full}; apologies: {s4.full}
1. Backlog: {d.n} open warranty cases. {s2.first} to close the two from {p2.full} ({d.ticket}) by Friday.
2. Returns portal bug ({d.errcode}). Owner: {s3.ini}.
3. AOB: {s.first} will call {p3.hon} at {d.dealer} on {p3.phone} about the late pallet.
Next meeting {d.date}.""",
        """Action items from today's call
• {s.full}: send the revised size chart to {s2.full} ({s2.work}) by {d.weekday}
• {s2.first}: reply to {p1.hon} about order {d.order} – {p1.pron}'s still waiting
• {s3.full} + {s.first}: finalise our stand at the {d.town} trade fair
Notes taken by {s3.ini}""",
        """Retail ops sync ({d.date})
Attendees: {s.first}, {s2.first}, {s3.first} (notes)
- Shrinkage at {d.store} up {d.pct}; {s2.first} to review CCTV with {s4.full} from security
- Customer {p1.full} complained about the queue on Saturday; {s.first} has already replied
- Decision: loyalty sign-up tablets move to the entrance
Owner for follow-up with {p1.last}: {s.first}""",
        """MINUTES — Partner programme, {d.date}
Chair: {s.fLAST}
Discussed the proposal from {p1.full} ({p1.handle}, approx. {d.qty}k followers). {s2.first} met {p1.obj} at the ⟨Kendal Mountain Festival|Banff film tour|Dublin outdoor show⟩.
Agreed: {s2.first} sends the contract draft to {p1.email}; {s3.lc} checks the address for samples: {p1.addr1}.
Open: who pays the photographer ({p2.full})?""",
        """Team huddle {d.weekday}
1) {s.nick} is off sick, {s2.nick} covers the till
2) {p1.hon} will collect {p1.poss} resoled boots at {d.time}, ticket {d.ticket}
3) reminder: {s3.first}'s last day is {d.date}, card is on the back desk""",
        """Call minutes: {d.dealer} x Talgrat
Present for them: {p1.full} (buyer), {p2.full} (store manager)
Present for us: {s.full}, {s2.full}
- {p1.first} wants the spring order split into two deliveries ({d.date} and {d.date})
- {p2.last} reports {d.n} faulty zips on the {d.product}
- Actions: {s2.first} to send the RMA form to {p2.biz}""",
        """Minutes of the volunteer trail-clean day, {d.date}
Led by {s.full}. {d.qty} volunteers; thanks especially to {p1.full} and {p2.abbr}, who brought their own trailer.
{p3.full} asked to be on the list for next time: {p3.email} / {p3.mobile}
Photos: {p4.first} (consent given).""",
        """Standup {d.iso}
{s.lc}: finishing the {d.dealer} invoice reminder, then the tax forms for {p1.full}
{s2.lc}: chasing {p2.hon} re the damaged tent, no answer on {p2.phone}
{s3.lc}: off from {d.time}""",
    ],
    # ------------------------------------------------------------------ customer stories and testimonials
    "customer_story": [
        """“I've walked the Dales Way in these boots twice now and not one blister.” — {p1.abbr}, {p1.town}""",
        """Customer story: {p1.full} and the West Highland Way
When {p1.first} walked into our {d.store} store last spring, {p1.pron} had never carried more than a daypack. Six weeks later {p1.pron} reached Fort William with a {d.volume} pack and a grin. "{s.first} in the shop spent an hour fitting it," says {p1.first}. "I'd have given up on day two otherwise." """,
        """★★★★★ "Warm, light and the hood actually fits over a helmet." — {p1.first} from {p1.town}""",
        """Why I keep coming back
by {p1.full}
My first Talgrat jacket was a present from my ⟨dad|mum|grandmother|uncle⟩, {p2.full}, in {d.year}. It survived Snowdon, a soggy festival and two toddlers. When the zip finally gave up, {s.first} at the {d.store} repair desk fixed it for free.""",
        """§US§"Best customer service I've had in years. {s.first} walked me through three sleeping bags and didn't push the priciest one." – {p1.full}, {p1.town}""",
        """From our guestbook at the {d.store} store:
"Thank you {s.first} and {s2.first} for sorting out my daughter's boots the day before her Duke of Edinburgh expedition!" — {p1.full} (and {p2.first}, age {d.n})""",
        """Testimonial (approved for the website, {d.date}):
"I deliver post in rural Mayo, so rain jackets get a proper test. This one passed." – {p1.abbr}""",
        """Customer spotlight — {p1.caps}
{p1.first} runs a ⟨forest school|scout troop|mountain rescue team⟩ near {d.town} and has kitted out {d.qty} kids with our waterproofs. "They're indestructible," {p1.pron} says, "and believe me, my lot have tried." """,
    ],
    # ------------------------------------------------------------------ support e-mail threads
    "support_thread": [
        """Subject: Re: Refund for order {d.order1}

{x.hi_cust}

Thanks for your patience. I've checked with our warehouse and your return arrived on {d.date}. The refund of {d.price} will reach the card ending {d.last4} within 3–5 working days.

{x.signoff}
{x.sig_staff}

{x.quote_head}
> Hi there,
> I sent the ⟨{d.kind}|{d.product}⟩ back ⟨two weeks ago|on {d.date}|last month⟩ and still no refund.
> Could someone please check?
> {p1.first}""",
        """From: {p1.full} <{p1.email}>
To: Talgrat Customer Care <{v.shopmail}>
Subject: wrong size

Hello,
I ordered the {d.product} in {d.size} but got a {d.size}. My number is {p1.phone} if it's easier to call.
{x.signoff}
{p1.full}
{p1.addr}""",
        """Re: Re: Tent pole snapped

Hi {p1.first},

no problem at all – I've booked a courier to collect the tent from {p1.addr1} on {d.weekday} between {d.topen} and {d.tclose}. Please leave it in the original bag if you still have it.

Thanks,
{s.first}

-----Original Message-----
From: {p1.email}
Sent: {d.date}
Subject: Re: Tent pole snapped

Hi {s.first}, yes please collect it, I'm working from home all week. {p1.first}""",
        """Hi {s.first},

thanks, that's great. One more thing — my partner {p2.full} will be at home instead of me, is that ok?

{p1.first}

> On {d.date}, {s.full} <{s.work}> wrote:
> Dear {p1.first}, your replacement {d.kind} ships today with {d.carrier}.
> Tracking: {d.tracking}
> Best, {s.first}""",
        """§US§Subject: Order {d.order1} never arrived

Hi Talgrat team,

The tracking ({d.tracking}) says delivered but nothing is here at {p1.addr1}. Neighbors haven't seen it either. Can you resend or refund?

Thanks,
{p1.full}
{p1.phone}""",
        """§IE§Hi {p1.first},

Sorry to hear the boots are leaking already. Could you send a couple of photos to {v.shopmail} and we'll get a replacement out to you in {p1.town}?

{x.signoff}
{x.sig_staff}

On {d.date} {p1.full} wrote:
>> Hiya, bought the {d.product} in the Galway shop in {d.month}, soaked after one walk up Croagh Patrick. Not impressed.
>> {p1.first}""",
        """[Internal note – not visible to customer] {p1.hon} rang again, very upset. Promised a call from {s2.first} before {d.time}. Mobile: {p1.mobile}.
---
{p1.sal},
thank you for your email of {d.date}. I'm sorry the replacement has not reached you yet. {s2.full} from our logistics team is looking into it personally.
{x.signoff}
{x.sig_staff}""",
        """Subject: FW: complaint from {p1.full}

{s2.first}, can you take this one? {p1.Pron}'s a regular at {d.store}. — {s.first}

---------- Forwarded message ----------
From: {p1.full} <{p1.email}>
Date: {d.date}
I have been waiting three weeks for my refund. Please call me on {p1.phone}.""",
    ],
    # ------------------------------------------------------------------ phone-call notes
    "call_note": [
        """Call {d.time}, inbound. {p1.full} ({p1.phone}) asking whether the {d.product} comes in {d.size}. Told {p1.obj} restock is around {d.date}. Wants a text when it's in. – {s.ini}""",
        """Phone note for {s.first}: {p1.hon} called about order {d.order}. Please ring back on {p1.phone} — best after {d.time}. Taken by {s2.first}, {d.date}.""",
        """Voicemail {d.date} {d.time}: "Hi, it's {p1.full}, I'm calling about the boots I left for resoling, ticket {d.ticket}. You can get me on {p1.mobile}. Thanks, bye." → forwarded to repairs""",
        """CALL LOG
caller: {p1.LF}
number: {p1.phone}
re: delivery to {p1.addr1}
outcome: address corrected, order {d.order} re-released
agent: {s.lc}""",
        """§US§Missed call from {p1.phone} at {d.time}. Caller ID showed {p1.caps}. No message. Probably about the special order of {d.qty} headlamps – {s.first} knows the details.""",
        """Spoke with {p1.honf} this morning. {p1.Pron}'s organising a ⟨hen do|stag weekend|school trip|club outing⟩ in the Lakes and wants {d.qty} rain ponchos delivered to {p1.addr1} by {d.date}. Quote sent. Follow-up: {s.first}, {d.date}.""",
        """Notes from call w/ {p1.nick} ({d.dealer}): they're moving warehouse; new delivery address {a1.line}. Contact on site: {p2.full}, {p2.phone}.""",
        """Callback list {d.weekday}
1. {p1.full} – {p1.phone} – sizing, {d.product}
2. {p2.ini} – {p2.mobile} – refund status
3. {p3.abbr} – {p3.phone} – wants to speak to a manager""",
    ],
    # ------------------------------------------------------------------ complaint letters
    "complaint_letter": [
        """§GB§{p1.full}
{p1.addr}

Talgrat Customer Relations
{d.date}

Dear Sir or Madam,

I am writing to complain about the {d.kind} I bought in your {d.store} shop on {d.date} (receipt {d.invoice}). After three outings the seam on the left shoulder has opened and the jacket lets in water.

I would like a full refund of {d.price}. I can be reached on {p1.phone}.

Yours faithfully,

{p1.full}""",
        """§US§{p1.full}
{p1.addr}
{p1.email}

{d.date}

To whom it may concern:

On {d.date} I ordered two pairs of trail shoes (order {d.order}). One pair arrived used — dirt in the tread and someone else's insoles. I expect an apology and a new pair shipped at your cost.

Sincerely,
{p1.full}""",
        """§IE§Dear Talgrat,

I'm very disappointed. My son {p2.first} got a sleeping bag from you for his birthday and the zip broke on the first night at the Wicklow camp. When I rang your helpline, the man on the phone ({s.first}) was quite rude.

Please reply to me at {p1.email} or by post to {p1.addr1}.

{p1.full}""",
        """FAO: Customer Service Manager

Re: Order {d.order} / Ref {d.ticket}

This is my third letter. Neither {s.full} nor {s2.full} has answered my emails. I have now asked my solicitor, {p2.honf}, to write to you.

{p1.fLAST}
{p1.addr}""",
        """Complaint – {p1.full}, customer no. {d.customer}

Dear {s.hon},
thank you for your letter of {d.date}. I'm afraid the voucher for {d.price} does not cover the train ticket I needed to collect the replacement. Please transfer the difference to {p1.iban}.

Regards
{p1.full}""",
        """To the manager of the {d.store} store

On {d.weekday} one of your assistants refused to take back a {d.kind} that was clearly faulty. I was with my friend {p2.full}, who can confirm what happened.

Please reply to: {p1.full}, {p1.addr1}, tel. {p1.phone}""",
    ],
    # ------------------------------------------------------------------ returns notes by warehouse staff
    "returns_note": [
        """RETURN {d.order} – {p1.LF}
condition: ⟨worn outdoors|tags removed|unused, in packaging|mud on soles⟩
action: ⟨refund|refuse + send back|swap size⟩
checked by {s.lc} {d.date}""",
        """Returns bench note: parcel from {p1.full}, {p1.addr1}. Inside: {d.kind} ({d.sku}) and a handwritten note "please swap for {d.size} – {p1.first}". No order number! Matched via email {p1.email}. — {s.first}""",
        """{s.nick}: box from {p1.abbr} arrived crushed. photos in the shared folder. customer's phone {p1.phone} if CS needs it""",
        """Return log {d.date}
{d.tracking} | {p1.full} | {d.sku} | OK
{d.tracking} | {p2.full} | {d.sku} | damaged
{d.tracking} | {p3.full} | {d.sku} | wrong item""",
        """Note for the refunds team: {p1.hon} wants the refund paid to a different account, {p1.iban}. Told {p1.obj} we need that in writing. Checked by {s.ini}.""",
        """Quarantine shelf B3: {d.kind} from customer {p1.full} smells of smoke, probably a ⟨bonfire|wood stove⟩. Not resellable. Ask {s2.first} whether we refund. Sent by {s.first}, {d.time}.""",
        """returns {d.iso}
- {p1.flc}: 2x socks, unopened → restock
- {p2.flc}: {d.kind} {d.size}, worn → back to customer
scanned by {s.lc}""",
        """Parcel came back "addressee unknown" – label said {p1.full}, {p1.addr1}. Customer service to ring {p1.obj} on {p1.mobile}. ({s.first}, goods-in)""",
    ],
    # ------------------------------------------------------------------ event guest lists
    "guest_list": [
        """Guest list – {d.store} store night, {d.date}
first name\tlast name\temail\t+1
{p1.first}\t{p1.last}\t{p1.email}\tyes
{p2.first}\t{p2.last}\t{p2.email}\tno
{p3.first}\t{p3.last}\t{p3.email}\tyes""",
        """RSVPs for the film evening ({d.date}, doors {d.time}):
- {p1.full} + 1
- {p2.full}
- {p3.lf}
- {p4.abbr} (maybe)
Waiting list: {p5.full} ({p5.phone})""",
        """Workshop: Map & Compass, {d.date}
1. {p1.LF}
2. {p2.LF}
3. {p3.LF}
4. {p4.LF}
Instructor: {s.full}""",
        """name,email,phone,dietary
{p1.full},{p1.email},{p1.phone},veggie
{p2.full},{p2.email},{p2.phone},
{p3.full},{p3.email},{p3.phone},gluten-free""",
        """Press preview guests (confirmed)
{p1.honf}, Fell & Field magazine
{p2.full}, freelance
{p3.full} + photographer {p4.full}
Please greet them at the door, {s.first}.""",
        """Guests for Saturday's route launch
{p1.caps} — {p1.mobile}
{p2.caps} — {p2.mobile}
{p3.caps} — no phone given
Car park passes for {p1.first} and {p3.first}.""",
        """Club night sign-in sheet ({d.date})
| Name | Club | Signature |
| {p1.full} | Peak Wanderers | {p1.ini} |
| {p2.full} | Fell Runners | ✓ |
| {p3.full} | — | ✓ |""",
        """Hi {s.first}, final numbers for the book launch: {d.qty} people. VIPs: the author {p1.full}, {p1.poss} editor {p2.full}, and {p3.hon} from the national park. Seats reserved in row 1.""",
    ],
    # ------------------------------------------------------------------ influencer and partner outreach
    "creator_outreach": [
        """Outreach tracker – {d.date}
{p1.full} ({p1.handle}) – {d.qty}k, wild camping UK – contacted via {p1.email} – replied, wants the {d.product} to test
{p2.full} ({p2.handle}) – {d.qty}k, trail running – DM sent, no reply
owner: {s.first}""",
        """Hi {p1.first},

I'm {s.first} from Talgrat's partner team – we loved your video from the ⟨Cairngorms|Cuillin ridge|Wicklow Way|Pacific Crest Trail⟩. Would you be up for testing our new {d.product}? If so, just send me a shipping address (or confirm {p1.addr1}) and I'll get a sample out this week.

Cheers,
{s.full}
{s.work}""",
        """Note after the call with {p1.full}'s manager ({p2.full}, {p2.phone}): fee {d.price} per reel, usage 12 months. {p1.first} only shoots in ⟨Scotland|the Alps|Iceland⟩ this summer. Needs sign-off from {s2.first}.""",
        """Creator shortlist
1. {p1.abbr} – {p1.handle} – climbing
2. {p2.abbr} – {p2.handle} – bikepacking
3. {p3.abbr} – {p3.handle} – family hiking
Top pick according to {s.lc}: no. 2""",
        """DM draft to {p1.handle}:
"Hey {p1.first}! Big fan of your Dolomites series. We're Talgrat, an outdoor shop from Freiburg. Fancy a chat about a collab? Our {s.first} ({s.work}) can set things up." """,
        """Contract details for {p1.full} (creator)
Address: {p1.addr}
Bank: {p1.iban}
Fee: {d.price}
Deliverables: 3 reels, 1 blog post""",
        """§US§Partner notes: {p1.full} (podcast "Switchbacks", ~{d.qty}k downloads) agreed to an ad read in {d.month}. Send script to {p1.email}. {p1.Pron} asked for a discount code with {p1.poss} first name in it – check with {s.first}.""",
        """Ambassador renewal {d.year}: {p1.full} yes, {p2.full} yes, {p3.full} no (moved to a competitor). {s.lc} to post the welcome packs; {p2.first}'s new address is {p2.addr1}.""",
    ],
    # ------------------------------------------------------------------ B2B dealer correspondence
    "dealer_mail": [
        """Subject: Spring pre-order {d.dealer}

Dear {p1.first},

Thanks for the order form. Just to confirm: {d.qty} × {d.product} ({d.sku}) and {d.qty} × {d.kind}, delivery week {d.n}. Please send the signed form back to me ({s.work}) and let {s2.first} know if your VAT number ({d.vat}) has changed.

Best regards,
{s.full}
Key Account Manager UK & Ireland
{s.phone}""",
        """Hi {s.first},

we're moving our warehouse at the end of the month. From {d.date}, please deliver to:

Goods-in, {d.dealer}
{a1.block}

Contact on site: {p2.full}, {p2.mobile}.

Thanks,
{p1.full}
Purchasing""",
        """RE: Invoice {d.invoice1} overdue

{p1.sal},

according to our records invoice {d.invoice1} is now 30 days overdue. Please transfer {d.price} to our account {v.iban} quoting the invoice number.

If payment has already been made, please ignore this letter.

Kind regards,
{s.full}
Accounts Receivable""",
        """§US§Hey {p1.first},

great seeing you at the show in Salt Lake. As discussed, attached is our dealer price list for fall. Your rep going forward will be {s.full} ({s.phone}). Ship-to stays {a1.line}, right?

{s2.first}""",
        """Dealer visit report – {d.dealer}, {d.date}
Met {p1.full} (owner) and {p2.first} from the shop floor. Shelf space for Talgrat cut to two bays. {p1.last} says sell-through on the {d.product} is slow. Next steps: {s.first} sends demo stock; call {p1.first} on {p1.phone} in two weeks.""",
        """Dear Talgrat team,

please note our new accounts contact is {p1.full} ({p1.biz}). {p2.full} has left the company. Our bank details are unchanged: {v.iban}.

Regards,
{p3.full}
{d.dealer}""",
        """Subject: Damaged delivery {d.order}

{s.first},
two of the {d.qty} boxes arrived wet. I've put photos on the portal. Could your driver take them back on {d.weekday}? I'm in the shop from {d.time}; otherwise ask for {p2.first}.
{p1.full}
{p1.phone}""",
        """§IE§Dear {p1.first},
as agreed with {p2.hon} on the phone, we'll extend your payment terms to 60 days for the Christmas order. Invoices will go to {p1.biz} from now on.
Kind regards,
{s.full}""",
    ],
    # ------------------------------------------------------------------ sales CRM notes
    "crm_note": [
        """CRM | Contact: {p1.full} | Segment: hiking, 40+ | Last purchase {d.date} ({d.price})
Note: prefers phone ({p1.phone}) to email. Asked about the ⟨{d.product}|waterproof trousers⟩ in {d.size}. — {s.ini}""",
        """Lead: {p1.honf}, school outdoor club
Source: stand at the {d.town} fair
Email: {p1.email}
Next: send group price list ({s.first})
Status: warm""",
        """{d.date} – {s.lc}: talked to {p1.first} again, {p1.pron}'s planning ⟨Kilimanjaro|the Camino|Everest base camp|the Haute Route⟩ for {d.month}. budget ~{d.price}. wants a fitting with {s2.first}. mobile {p1.mobile}""",
        """Accounts merged: {p1.full} ({p1.email}) + {p1.ini} (guest checkout, {p1.addr1}). Same person, confirmed by {s.first}.""",
        """Opportunity: corporate order, {d.dealer}
Decision maker: {p1.full}, Head of People
Influencer: {p2.full} (runs their hiking club)
Value: {d.price} × {d.qty}
Next step {d.date}: demo with {p2.first}""",
        """§US§Contact notes — {p1.LF}
• {d.date}: bought {d.kind}, size {d.size}
• {d.date}: called about sizing, said {p1.pron} lives near {p1.town} and hikes a lot
• prefers text: {p1.mobile}""",
        """Do-not-contact request: {p1.full}, {p1.email}, {p1.phone}. Removed from newsletter {d.date} by {s.lc}. Keep order history.""",
        """VIP note: {p1.hon} and {p1.poss} partner {p2.first} buy for the whole family every autumn (4 kids). Last time {s.first} served them. Send the preview invite to {p1.email2}.""",
    ],
    # ------------------------------------------------------------------ shift swaps in the store
    "shift_swap": [
        """hey all, can anyone take my saturday shift ({d.topen}–{d.tclose})? {s2.lc} already said no 😅 — {s.lc}""",
        """Swap request: {s.full} ⇄ {s2.full}, {d.weekday} {d.date}. Approved by {s3.ini}.""",
        """Rota {d.store} – week {d.n}
Mon: {s.first}, {s2.first}
Tue: {s3.first}, {s.first}
Sat: {s2.first}, {s4.first}, {s3.first}
Swap: {s4.first} ↔ {s.first} on Tue, ok'd by {s5.first}""",
        """{s.first} here — I'm ill today, sorry. {s2.first} said they'd cover opening if {s3.first} can do close. My mobile is {s.mobile} if anything's urgent.""",
        """Hi {s.first}, I'll swap with you on the 14th but then you owe me a Sunday 😄 — {s2.nick}""",
        """Shift change confirmed: {s.full} now works {d.weekday} early instead of {s2.full}. Please update the clock-in system, {s3.first}.""",
        """anyone fancy my Sunday late? 🙏 it's the {d.date}. {s3.lc} and {s4.lc} can't. dm me or text {s.mobile} – {s.nicklc}""",
        """Holiday cover {d.month}: {s.LF} away {d.date}–{d.date}; cover by {s2.LF}. Keys handed over to {s3.full}.""",
    ],
    # ------------------------------------------------------------------ delivery-driver notes
    "driver_note": [
        """Driver note {d.time}: nobody home at {p1.addr1}. Left parcel with neighbour {p2.full} (no. {d.n}). Card through the door.""",
        """Delivery instructions from customer {p1.full}: "Please ring {p1.mobile} when you're outside, the bell doesn't work. Side gate, not the front door." """,
        """DRIVER APP | Stop {d.n} | {p1.LF} | {p1.addr1} | signed: {p1.LAST} | {d.time}""",
        """{d.carrier} note: attempted {d.date}, customer {p1.hon} refused the delivery, box damaged. Returning to sender. Contact {p1.phone}.""",
        """Safe place: behind the green bin. Dog is friendly. — {p1.first} ({p1.phone})""",
        """§IE§Eircode wrong on the label, found it anyway: {p1.addr1}. Handed to {p1.first} in person. Driver: {s.first}.""",
        """§US§Left at front porch per customer request ({p1.full}). Photo taken {d.time}. Customer texted from {p1.mobile}: "thanks man!" """,
        """Van 3, route {d.n}: {p1.full} moved, forwarding address given by the new tenant: {p1.addr1}. Parcel back to depot. — {s.nick}""",
    ],
    # ------------------------------------------------------------------ social-media replies
    "social_reply": [
        """{p1.handle}: Anyone else's {d.product} zip sticking?? 😤
Talgrat: Hi {p1.first}, sorry to hear that! Could you DM us your order number? – {s.first}""",
        """Reply to a comment by {p1.full} on our ⟨Instagram|Facebook⟩ post:
"Thanks {p1.first}! Glad the boots made it up Ben Nevis. Tag us next time 🏔️ – {s.first}" """,
        """{p1.handle}: @talgrat your courier left my parcel in the rain 🙄
↳ Talgrat: Oh no, {p1.first}! Please email {v.shopmail} with a photo and we'll sort it. /{s.first}""",
        """Comments under the giveaway post:
{p1.full}: Would love this for my partner {p2.first}!
{p2.full}: 😍😍
{p3.full}: tagging {p4.mention}""",
        """X reply thread
{p1.handle} ({p1.full}): ordered on {d.date}, still nothing
Talgrat Support: Hi {p1.first}, sorry for the wait! Could you DM us your postcode and order number?""",
        """Review response (Trustpilot), reply to {p1.abbr}:
"Hi {p1.first}, thanks for the honest review. {s.full} from our returns team will be in touch today." """,
        """TikTok comment by {p1.handle}: "is this the jacket {p2.full} wore in the Skye video??"
Our reply: "It is! The {d.product} in {d.colour} 🙌" """,
        """Facebook group "Peak District Walkers" – {p1.full} posted: "Shout out to {s.first} at Talgrat {d.store}, sorted my boots in ten minutes." 24 likes, {p2.full} replied "same experience!" """,
    ],
    # ------------------------------------------------------------------ product Q&A with customer names
    "product_qa": [
        """Q ({p1.abbr}, {p1.town}): Does the {d.product} fit a 15" laptop?
A ({s.first}, Talgrat): Yes — the sleeve is 38 cm tall.""",
        """Question from {p1.first}: is the {d.kind} warm enough for ⟨Scotland in winter|Norway in March|the Rockies in late fall⟩?
Answered by {s.first} from our {d.store} store: with a base layer, yes.""",
        """{p1.full} asked: Can I wash the down jacket at home?
Reply: Yes, {p1.first} – at 30 °C with a down wash, then tumble dry with two tennis balls.""",
        """Customer question (forwarded by {s.first}): "Hi, I'm {p1.full}, usually a size {d.size}, ⟨wide feet|narrow heels⟩ — which boot would you recommend? You can call me on {p1.phone}." """,
        """Q&A — {d.product}
Q: Is the hip belt removable? — asked by {p1.flc}
A: It is! — {s.full}, product team""",
        """Helpful answer ({d.qty} votes): "I'm 6'2 and went for the L, perfect fit." — {p1.abbr}""",
        """§US§Q: Will this fit a 2-year-old? – {p1.first} in {p1.town}
A: Hi {p1.first}! The smallest size is 3T, so maybe next year. – {s.first}""",
        """Asked by {p1.ini} on {d.date}: "Do you ship the gas canisters to Ireland?"
Answer from {s.full}: "Sadly not – gas can only be collected in store." """,
    ],
    # ------------------------------------------------------------------ loyalty-club mails
    "loyalty_mail": [
        """Subject: {p1.first}, you've reached Summit level! 🏔️

Hi {p1.first},

you've collected {d.qty}0 points this year, which makes you one of our Summit members. Your member number {d.customer} now gets free repairs and early access to sales.

See you on the trail,
The Talgrat Club""",
        """{p1.sal},

welcome to the Talgrat Club. We have registered your membership with the following details – please check them:
Name: {p1.full}
Address: {p1.addr1}
Phone: {p1.phone}
Email: {p1.email}""",
        """Hey {p1.nick}! Your points expire on {d.date} — {d.qty} points are waiting. Pop into {d.store} and ask for {s.first}, {s.pron}'ll help you spend them.""",
        """Club card replacement requested by {p1.full}. Send the new card to:
{p1.addr}
Old card blocked on {d.date}.""",
        """Hi {p1.first}, your friend {p2.full} just joined the Talgrat Club with your referral code. That's 500 bonus points for both of you!""",
        """Loyalty account update
Member: {p1.LF}
New email: {p1.email}
Previous email: {p1.email2}
Changed by: {s.lc} ({d.store})""",
        """§US§Hi {p1.first},
your Talgrat Club birthday reward is here: $10 off anything, valid until {d.date}. Enjoy!
– {s.first} and the club team""",
        """Dear {p1.first},
we noticed your club profile still lists {p1.phone} as your number. If that's changed, reply to this email or update it in your account. Thank you!""",
    ],
    # ------------------------------------------------------------------ newsletters with a personal greeting
    "newsletter_greeting": [
        """Hi {p1.first},

spring is here and so is our new {d.product}. As a club member you get {d.pct} off until {d.date}.

Happy trails!""",
        """{p1.sal},

thank you for being with us since {d.year}. In this month's newsletter: five lakeside walks, the new rain shell and a repair café in {d.store}.""",
        """HI {p1.FIRST}!
YOUR SUMMER KIT LIST IS READY 🌞""",
        """{p1.first}, got plans for the weekend? Our guides picked three routes near {p1.town}.""",
        """Good morning {p1.full},
your personal recommendations are in: because you bought a {d.kind} in {d.month}, you might like these.""",
        """Hey {p1.nick} 👋
It's been a while! Here's {d.pct} off your next order, valid until {d.date}.""",
        """Dear {p1.honf},
as one of our longest-standing customers you're invited to the {d.store} store's anniversary on {d.date}.""",
        """Hiya {p1.lc}!
(we know you like it informal 😉) New this week: the {d.product}.""",
    ],
    # ------------------------------------------------------------------ voucher dedications
    "voucher_dedication": [
        """Gift voucher {d.invoice}
Value: {d.price}
For: {p1.full}
From: {p2.first} & {p3.first}
Message: "Happy 40th, {p1.nick}! Now go and climb something." """,
        """Happy birthday, {p1.first}! 🎂 Here's {d.price} to spend at Talgrat. Love, {p2.first}""",
        """Voucher card text (to print): "For {p1.first} – for new boots and many more summits. From your colleagues at {d.dealer}." Deliver to: {p1.addr1}""",
        """Birthday voucher request: customer {p1.full}, born {d.dob}, please send the code to {p1.email}.""",
        """Dedication: "Dear {p1.first}, thank you for leading the club walks all year. From everyone at the Hillwalkers — especially {p2.full} and {p3.full}." """,
        """To {p1.caps}
from {p2.caps}
Happy birthday!""",
        """Gift message for order {d.order}: "To {p1.nick}, congratulations on finishing the 3 Peaks! x {p2.nick}" – ship to {p1.full}, {p1.addr1}""",
        """e-voucher: recipient {p1.full} <{p1.email}>, sender {p2.full}, delivery date {d.date}, text: "For your first tent, {p1.first}!" """,
    ],
    # ------------------------------------------------------------------ competition winners
    "winners": [
        """🎉 Winners of our summer photo competition:
1st place: {p1.full} ({p1.town})
2nd place: {p2.full} ({p2.town})
3rd place: {p3.abbr}
Congratulations! We'll be in touch by email.""",
        """And the winner of the {d.product} is ... {p1.full}! {p1.first}, check your inbox 📬""",
        """Internal: prize dispatch list
{p1.full}, {p1.addr1}, {p1.phone}
{p2.full}, {p2.addr1}, {p2.phone}""",
        """Congratulations to {p1.abbr} from {p1.town}, who wins a weekend in Keswick for two! Runner-up: {p2.abbr}.""",
        """Giveaway winner (drawn {d.date} by {s.full}, witnessed by {s2.full}): {p1.handle} — real name {p1.full}, email {p1.email}""",
        """Quiz winners – Trail Running Night
{p1.full} – 18/20
{p2.full} – 17/20
{p3.full} – 17/20 (tie-break)""",
        """§US§Sweepstakes result: Grand prize goes to {p1.full} of {p1.town}. Affidavit sent to {p1.addr1}. Alternate winner: {p2.full}.""",
        """Hi {p1.first}, you won our advent calendar draw (day {d.n})! Please confirm your address by {d.date}: we have {p1.addr1} on file. – {s.first}""",
    ],
    # ------------------------------------------------------------------ store-visit reports
    "store_visit": [
        """Store visit report – {d.store}, {d.date}
Visited by: {s.full} (area manager)
Staff on shift: {s2.full}, {s3.first}
Observations: window display outdated; {s2.first} very good with a customer ({p1.hon}) looking for kids' boots.
Follow-up: {s3.first} to redo the shoe wall by {d.date}.""",
        """Mystery shopper feedback: "The assistant (name badge: {s.first}) was friendly but didn't know the returns policy." — shopper {p1.ini}""",
        """Visit {d.store} {d.date}: manager {s.full} off, deputy {s2.full} showed me round. Customer {p1.full} came over about a repair that has been waiting since {d.month}; gave {p1.obj} my card. {p1.Poss} phone: {p1.phone}.""",
        """Notes from my walk-round (franchise {d.dealer}): owner {p1.full}; staff {p2.first}, {p3.first}. Stock room tidy. Back-door alarm broken, {p1.first} is calling the installer.""",
        """Store audit {d.iso} – {d.store}
Till 2 float short by {d.price}; cashier on duty {s.LF}.
Fire exit blocked by boxes (moved by {s2.first}).
Regular customer {p1.hon} mentioned the music is too loud.""",
        """§US§Field visit: {d.store} store. Spent the morning with {s.full} on the floor. Great interaction with {p1.full}, who came in for a {d.kind} and left with a full kit for {p1.poss} trip to Yosemite.""",
    ],
    # ------------------------------------------------------------------ warranty claims
    "warranty_claim": [
        """WARRANTY CLAIM
Customer: {p1.full}
Address: {p1.addr}
Phone: {p1.phone}
Product: {d.product}, bought {d.date}, receipt {d.invoice}
Fault: ⟨sole delaminating|zip slider broken|seam tape peeling⟩
Decision: ⟨replace|repair|refund⟩ ({s.ini})""",
        """Hi, I bought a tent from you in {d.year} and one pole has split. Is that covered? My name is {p1.full}, receipt attached. You can call me on {p1.phone}. Thanks""",
        """Claim {d.ticket}: {p1.hon} reports that the down jacket is losing feathers. Assessed by {s.first}: normal loss, declined. Customer informed by phone ({p1.phone}) on {d.date}.""",
        """Repair slip – {d.store}
Name: {p1.lf}
Tel.: {p1.mobile}
Item: {d.kind}, {d.colour}
Received by: {s.nick}""",
        """Dear {p1.first},

we've had a look at your boots. The upper has cracked where the leather wasn't cared for, so this isn't a warranty case. As a goodwill gesture we'll send a voucher for {d.price} to {p1.email}.

{x.signoff}
{x.sig_staff}""",
        """§US§Warranty request — {p1.full}, {p1.addr1}. Bought at our Boulder store. Hip-belt buckle cracked after two trips. Would prefer a replacement shipped.""",
        """Claim form (short): {p1.full}, item {d.sku}, purchase {d.date}, fault: stitching. Contact: {p1.email}. Handled by {s.full}.""",
        """Repair update for {p1.first}: your jacket (job {d.ticket}) is ready for collection at {d.store}. If you'd like it posted to {p1.addr1}, reply to this message.""",
    ],
    # ------------------------------------------------------------------ bank transfers (IBAN in prose)
    "bank_transfer": [
        """Hi, please refund the {d.price} to my account instead of the card: {p1.iban}, account holder {p1.full}. Thanks, {p1.first}""",
        """Payment received – unmatched
Amount: {d.price}
Sender: {p1.caps}
IBAN: {p1.iban}
Reference: "{d.order} {p1.last}"
→ {s.first}, can you match this?""",
        """Refund instructions for {s.first}: transfer {d.price} to {p1.full}, IBAN {p1.iban}, ref. {d.invoice}.""",
        """{p1.sal},

we have not yet received payment for invoice {d.invoice}. Please transfer {d.price} to Talgrat GmbH, IBAN {v.iban}, quoting your customer number {d.customer}.

Kind regards
{s.full}""",
        """Bank statement {d.iso}: SEPA CREDIT {d.price} FROM {p1.LASTFIRST} IBAN {p1.iban} REF {d.order}""",
        """Split the bill for the hut weekend 🏕️ — everyone please send £{d.qty} to {p1.first}: {p1.iban} (ref: hut + your name). Thanks! – {p1.nick}""",
        """My bank details for the deposit refund: {p1.full}, {p1.iban}. I'm with a bank in {p1.town}, in case that matters. Cheers""",
        """Accounts note: duplicate payment from {p1.full} ({d.price} twice on {d.date}). Refund one to {p1.iban}. Approved by {s.full}.""",
    ],
    # ------------------------------------------------------------------ card-payment disputes
    "card_dispute": [
        """Chargeback notice
Cardholder: {p1.full}
Card: {p1.card}
Amount: {d.price}, transaction date {d.date}
Reason: goods not received
Please respond by {d.date}.""",
        """Hi, I've been charged twice for order {d.order}. My card is {p1.card}, both charges appeared on {d.date}. Please refund one of them. {p1.full}""",
        """Dispute {d.ticket}: customer {p1.hon} says the card ending {d.last4} was used without {p1.poss} consent. Full card number from the acquirer: {p1.card}. {s.first} to check the IP of the order: {p1.ip}.""",
        """Note from {s.first}: {p1.full} read out the whole card number on the phone ({p1.card}) — I stopped {p1.obj} halfway, but please delete it from the recording.""",
        """Fraud review – order {d.order}
billing name: {p1.full}
shipping name: {p2.full}
card: {p1.card}
IP: {v.ip}
decision: hold""",
        """Chargeback response draft: the customer, {p1.full}, collected the goods in person at our {d.store} store on {d.date} and signed the receipt. Card used: {p1.card}.""",
        """§US§Hi there, my Amex {p1.card} shows a charge from Talgrat I don't recognize ({d.price}, {d.date}). I live at {p1.addr1} and never ordered anything. – {p1.full}""",
        """Payment failed 3× for {p1.email} – card {v.card}, expiry {d.date}. Customer says it's {p1.poss} partner {p2.first}'s card. Asked {p1.obj} to use PayPal.""",
    ],
    # ------------------------------------------------------------------ IT logs with IPs and user names
    "it_log": [
        """{d.iso1}T{d.hhmm}:12Z WARN auth: failed login for {p1.email} from {v.ip1} (attempt 3)
{d.iso1}T{d.hhmm}:40Z WARN auth: failed login for {p1.email} from {v.ip1} (attempt 4)
{d.iso1}T{d.hhmm}:02Z INFO auth: account locked, notified {s.work}""",
        """[{d.iso1} {d.hhmm}] POS-{d.store}: user {s.lc} logged in from {v.ip}
[{d.iso1} {d.hhmm}] POS-{d.store}: refund {d.price} to customer {p1.full}
[{d.iso1} {d.hhmm}] POS-{d.store}: user {s.lc} logged out""",
        """Ticket {d.ticket} — VPN issue
Reporter: {s.full}
Client IP: {v.ip}
Gateway: {v.ip4}
"Since this morning I can't reach the warehouse system from home." — assigned to {s2.first}""",
        """access.log excerpt
{v.ip1} - - [{d.clf}] "GET /account/orders HTTP/1.1" 200 5120 user={p1.email}
{v.ip2} - - [{d.clf}] "POST /checkout HTTP/1.1" 302 0 user=-""",
        """Security alert: new device sign-in for {p1.full}
IP address: {v.ip}
Location: approx. {d.town}
If this wasn't you, reset your password.""",
        """{"ts":"{d.iso1}T{d.hhmm}:00Z","event":"password_reset","user":"{p1.email}","ip":"{v.ip}","agent":"{s.lc}"}""",
        """Admin audit: {s.full} exported the customer list ({d.qty} rows) from {v.ip} at {d.time}. Approved by {s2.full}? No approval found – please check.""",
        """Rate limit hit ({d.errcode}) for API key of partner {d.dealer}, source {v.ip6}. Contact: {p1.full}, {p1.biz}.""",
    ],
    # ------------------------------------------------------------------ German tax IDs, in English
    "tax_form": [
        """§DE§New starter form – Talgrat GmbH (Germany)
Name: {p1.full}
Date of birth: {d.dob}
Tax ID (Steuer-ID): {p1.tax}
Address: {p1.addr1}""",
        """§DE§Hi {s.first}, my Steuer-ID is {p1.tax} – sorry it took so long, the letter from the tax office only came yesterday. {p1.first}""",
        """§DE§Payroll checklist for {p1.full}
☑ contract signed
☑ tax identification number: {p1.tax}
☐ health insurance confirmation
☐ IBAN for salary: {p1.iban}""",
        """§DE§Freelance guide invoice – {p1.full}, {p1.addr1}
Tax ID: {p1.tax}
Guided tours {d.date}–{d.date}: {d.price}
Please pay to {p1.iban}.""",
        """§DE§Your tax ID is the 11-digit number on letters from the tax office. For {p1.full} we have {p1.tax} on file – please confirm it's correct, {p1.first}.""",
        """§DE§Form: declaration for seasonal staff
Surname: {p1.last}
First name: {p1.first}
Steuerliche Identifikationsnummer: {p1.tax}
Signed: {p1.full}, {d.date}""",
        """§DE§Reminder from HR ({s.full}): {p1.full} and {p2.full} still haven't sent their tax IDs. {p3.first} did ({p3.tax}), thanks!""",
        """§DE§Correction: the tax ID in {p1.hon}'s file was wrong. Old: {v.tax}. New: {p1.tax}. Changed by {s.ini} on {d.date}.""",
    ],
    # ------------------------------------------------------------------ address changes in prose
    "address_change": [
        """Hi, just a heads up that we've moved! New address from {d.date}: {p1.addr1}. Please update my account – {p1.full}""",
        """Hello,
I moved last month, could you change the delivery address on my club account to

{p1.addr}

Old address: {a1.line}
Thanks, {p1.first}""",
        """{s.lc}: fyi {p1.flc} rang, new address is {p1.addr1}, pls update before the order ships""",
        """Change of address: {p1.LF} — old: {a1.line} — new: {p1.addr1} — effective {d.date} — entered by {s.ini}""",
        """§IE§We're after moving house so please send the replacement to {p1.addr1} instead. The Eircode is right this time, I promise! {p1.first}""",
        """§US§Please note my new mailing address:
{p1.full}
{p1.addr}
Phone stays the same: {p1.phone}""",
        """We've left {a1.town} at last 🙂 From next week I'm at {p1.street}, same town as my sister {p2.first}. Could you switch my address? Postcode etc. in my account. {p1.full}""",
        """Ticket {d.ticket}: customer {p1.full} asks to deliver order {d.order} to {p1.poss} office instead: {a1.line}. Verified via {p1.email}.""",
    ],
    # ------------------------------------------------------------------ multi-line postal addresses in letters
    "postal_letter": [
        """Talgrat Outdoor Ltd · Returns
{d.date}

{p1.honf}
{p1.addr}

Your repair {d.ticket}

{p1.sal},

your boots have been resoled and are on their way back to you. Thank you for your patience.

Yours sincerely
{s.full}""",
        """§US§{p1.full}
{p1.addr}

Dear {p1.first},

enclosed please find your replacement member card. Your old card has been deactivated.

Best,
{s.full}""",
        """§IE§To: {p1.full}
{p1.addr}
Ireland

Dear {p1.hon},
we are pleased to confirm your place on the guided walk on {d.date}.""",
        """Envelope:
{p1.caps}
{p1.addr}
{p1.country}""",
        """Please post the prize to my mum instead:
{p2.full}
{p2.addr}
Thanks! {p1.first}""",
        """Dear {p1.first},

thank you for your kind letter about our repair service.

{s.full}
Talgrat Outdoor
{a1.block}""",
        """§GB§Return address:
{p1.full}
{p1.addr}

Goods enclosed: 1 × {d.kind}, order {d.order}.""",
        """§US§Ship to:
{p1.caps}
{p1.addr}
Phone {p1.phone}""",
    ],
    # ------------------------------------------------------------------ callback requests: phones among order numbers
    "callback_request": [
        """Callback please: {p1.full}, tel {p1.phone}, order {d.order}, article {d.sku}, delivered {d.date}. Wants to exchange.""",
        """Web form – callback
Name: {p1.full}
Phone: {p1.phone}
Best time: {d.topen}–{d.tclose}
Order no.: {d.order10}
Article: {d.gtin}
Message: the ⟨left boot squeaks|hood cord snapped|zip is stiff⟩""",
        """Missed calls today: {p1.phone} (twice, about {d.order}), {p2.phone} (about {d.sku}), {v.phone} (no message).""",
        """pls call {p1.lc} back on {p1.mobile} – {p1.pron} got {d.sku} instead of {d.sku}, order {d.order}, delivered {d.date}""",
        """{p1.hon} would like a callback on {p1.phone} about invoice {d.invoice} ({d.price}). Not before {d.time}.""",
        """Callback queue {d.date}
{d.time} | {p1.phone} | {p1.full} | order {d.order}
{d.time} | {p2.phone} | {p2.full} | GTIN {d.gtin}
{d.time} | {p3.phone} | {p3.abbr} | customer no. {d.customer}""",
        """§US§Call back {p1.first} at {p1.phone} re: order #{d.order10} (shipped {d.date}, UPS {d.tracking}).""",
        """Ring-back request from the website ({d.iso} {d.time}): {p1.lf}, {p1.mobile}. Topic: order {d.order}, qty {d.qty}, batch {d.lot}.""",
    ],
    # ------------------------------------------------------------------ tour and course bookings
    "tour_booking": [
        """Booking confirmation – guided hike, {d.date}
Participants: {p1.full}, {p2.full}, {p3.first} ({d.n} yrs)
Contact: {p1.email}, {p1.mobile}
Meeting point: car park, {d.time}
Guide: {s.full}""",
        """Hi {s.first}! Could you add my friend {p2.full} to Saturday's navigation course? {p2.Pron} already has boots. – {p1.first}""",
        """Tour participants (emergency contacts)
{p1.full} – ICE: {p2.full}, {p2.phone}
{p3.full} – ICE: {p4.full}, {p4.phone}""",
        """Booking {d.order}: 2 places, {p1.honf} + partner. Paid by card {p1.card}. Dietary: vegetarian.""",
        """Waiting list for the glacier course: {p1.abbr}, {p2.abbr}, {p3.abbr} – {s.first} will phone them all on {d.weekday}.""",
        """Dear {p1.first},

thanks for booking the sunrise hike! Your guide {s.first} will meet you at {d.time}. Please bring a head torch. If you can't make it, call {s.phone}.""",
        """Kayak taster {d.date} – {p1.full} (+ son {p2.first}), {p3.full}, {p4.full}. Wetsuit sizes with {s.lc}. Payment link sent to {p1.email}.""",
        """Cancellation: {p1.full} can't make the Snowdon trip ({d.date}); {p1.poss} place goes to {p2.full} from the waiting list ({p2.phone}).""",
    ],
    # ------------------------------------------------------------------ gear rental agreements
    "rental_agreement": [
        """RENTAL AGREEMENT {d.order}
Renter: {p1.full}
Address: {p1.addr1}
Mobile: {p1.mobile}
Items: {d.kind} ({d.sku}), {d.kind} ({d.sku})
Deposit: {d.price}, card {p1.card}
Return by: {d.date}
Staff: {s.ini}""",
        """Rental note: {p1.full} returned the crampons a day late, tent missing one peg. Deposit partly kept. {s.first}""",
        """Hi! We'd like to rent two sleeping bags for the weekend of {d.date}. I'm {p1.full}, mobile {p1.mobile}. Can my brother {p2.first} pick them up?""",
        """Rental return checklist – {p1.LF} – all items OK – checked by {s.lc}""",
        """Deposit refund: {p1.full}, {p1.iban}, {d.price}, rental {d.order}.""",
        """ID seen: yes ({s.first}). Name on ID: {p1.caps}. Address on ID: {p1.addr1}.""",
        """§US§Rental hold: {p1.full} ({p1.phone}) reserved 2 bear canisters for {d.date}. Card on file {p1.card}.""",
        """Overdue rental {d.order}: {p1.hon} hasn't returned the avalanche kit. Reminder sent to {p1.email}, second reminder by post to {p1.addr1}.""",
    ],
}

# -------------------------------------------------------------------- texts without personal data

CLEAN = {
    "product_copy": [
        """{d.product} – {d.kind} in {d.colour}. {d.weight}, {d.volume}. Article {d.sku}, GTIN {d.gtin}. {d.price}.""",
        """Built for wet days in the Lake District and long weekends in Wicklow: the {d.product} keeps you dry without the sauna effect. Sizes XS–XXL. Item no. {d.sku}.""",
        """New for May: the {d.product} in Hunter green and Wolf grey. Pre-order now, ships {d.date}. {d.price}, item {d.sku}.""",
        """Spec sheet
Weight: {d.weight}
Volume: {d.volume}
Fabric: 70D ripstop
EAN: {d.gtin}
Article: {d.sku}
RRP: {d.price}""",
        """Spotted on the catwalk in Milan, tested on a ridge in Glencoe: our {d.kind} is as much at home in Florence as on Ben Nevis. Available from {d.date} in {d.colour}.""",
        """Think of the {d.product} as a baker's dozen of pockets: one more than you need, and you'll use it. {d.weight}, from {d.price}.""",
        """Care: wash at 30 °C, tumble dry on low to reactivate the DWR. Made in Portugal. Batch {d.lot}, item {d.sku}.""",
        """The Chelsea boot, reimagined for gravel: elastic sides, a grippy sole, {d.weight} per pair. Colours: {d.colour}, {d.colour}. {d.price}.""",
    ],
    "order_update": [
        """Your order {d.order} has shipped with {d.carrier}. Tracking number: {d.tracking}. Expected delivery: {d.date}.""",
        """Order {d.order} – status: ready for collection at our {d.store} store from {d.time} on {d.date}. Please bring your order number.""",
        """Update on {d.order}: one item ({d.sku}) is back-ordered until {d.date}. The rest ships today. Invoice {d.invoice} will be adjusted by {d.price}.""",
        """Refund processed: {d.price} for return {d.ticket}, order {d.order10}. It may take 5–7 working days to show.""",
        """Delivery attempt failed ({d.date}, {d.time}). Your parcel {d.tracking} is waiting at the local depot, postcode {d.zip}.""",
        """Your order {d.order} was split into two parcels:
1) {d.tracking}
2) {d.tracking}""",
        """Order {d.order10} confirmed. {d.qty} items, total {d.price}, payment by card ending {d.last4}. We'll email you when it ships.""",
        """Good news: the {d.product} you pre-ordered in May will ship on {d.date}. Reference {d.order}.""",
    ],
    "stock_report": [
        """Stock report {d.store} {d.iso}
{d.sku} | {d.product} | {d.qty} pcs
{d.sku} | {d.product} | {d.qty} pcs
{d.sku} | {d.kind} | 0 pcs (reorder)""",
        """GTIN {d.gtin} – {d.qty} on hand, {d.qty} reserved, next delivery {d.date}.""",
        """Inventory difference week {d.n}: {d.sku} −{d.n}, {d.sku} +{d.n}. Cause: mis-scan at goods-in. Batch {d.lot}.""",
        """Low stock alert: {d.product} in {d.size}/{d.colour} — {d.n} left across all stores. PO {d.invoice} placed.""",
        """Transfer {d.ticket}: {d.qty} × {d.sku} from {d.store} to {d.store}, ETA {d.date}.""",
        """Shelf audit, bay 14: the Hunter-style wellies are mislabelled as {d.sku}; correct code is {d.sku}. {d.qty} units affected.""",
        """Cycle count {d.iso}: expected {d.qty}, counted {d.qty} for {d.gtin}. Recount by 10am.""",
        """Goods-in {d.date}: pallet {d.lot} ({d.qty} cartons) from the Milan warehouse, delivery note {d.invoice}.""",
    ],
    "faq": [
        """How long do I have to return an item?
You have 30 days from delivery. Just quote your order number (for example {d.order}) on the returns form.""",
        """Can I change my delivery address after ordering?
Only until the order has shipped. After that, contact the carrier with your tracking number ({d.tracking} or similar).""",
        """Do you repair zips?
Yes – our repair desk in {d.store} replaces zips from {d.price}. Turnaround is about {d.n} working days.""",
        """What does the code on the label mean?
The first part ({d.sku}) is the article, the 13-digit number ({d.gtin}) is the barcode.""",
        """Is there a Black Friday sale?
We don't do Black Friday. Instead, we donate {d.pct} of November sales to mountain rescue.""",
        """Where do you deliver?
UK, Ireland, the EU and the US. Delivery to postcode areas like {d.zip} can take an extra day.""",
        """Why is my card ending {d.last4} charged twice?
One is a pre-authorisation that disappears within {d.n} days.""",
        """Will there be a May sale?
Yes, from {d.date} – members get early access.""",
    ],
    "store_news": [
        """Our {d.store} store is closed on {d.date} for stock-taking. We reopen on {d.date} at {d.time}.""",
        """Repair café every first Saturday, {d.topen}–{d.tclose}. Bring your torn jackets and blown zips! Free tea.""",
        """Talk night: crossing Greenland on skis, {d.date} at {d.time}. Tickets {d.price}; all proceeds go to the mountain rescue team in {d.town}.""",
        """Our autumn film tour stops in Milan, Florence and Chelsea (London) – dates and tickets from {d.date}.""",
        """New opening hours in {d.store} from {d.date}: Mon–Sat {d.topen}–{d.tclose}.""",
        """We're hiring! Part-time sales assistant for {d.store}, {d.n} days a week. Apply by {d.date}.""",
        """Last weekend's Wolf Trail clean-up filled {d.qty} bags of rubbish. Thanks to everyone who came!""",
        """The shop window in {d.store} now shows the {d.product} – ask our staff for a fitting, no appointment needed until {d.date}.""",
    ],
    "size_guide": [
        """Size guide – {d.kind}
S: chest 88–94 cm
M: chest 95–101 cm
L: chest 102–108 cm
Between sizes? Take the larger one. Item {d.sku}.""",
        """Boots run small: if you're a UK 8, order a UK 8.5. Half sizes available up to UK 12. Model {d.product}.""",
        """Back length for the {d.product}: S/M 40–48 cm, M/L 46–54 cm. Volume {d.volume}.""",
        """Kids' sizes: 104, 116, 128, 140, 152. The {d.kind} grows with a sleeve extension of {d.n} cm.""",
        """Gloves: measure around the palm. 19 cm = S, 21 cm = M, 23 cm = L. Article {d.sku}.""",
        """US/UK/EU conversion: US 10 = UK 9.5 = EU 44. Our model {d.product} fits true to size.""",
        """Trousers come in short, regular and long leg (76/81/86 cm). Waist sizes 28–40. Item {d.sku}.""",
        """Helmet sizes: 52–56 cm and 56–61 cm. Weight {d.weight}. EN 12492 certified.""",
    ],
    "promo_mail": [
        """Hi there,
{d.pct} off all {d.kind}s until {d.date}. Use code SPRING at checkout.""",
        """Dear customer,
our May sale starts on {d.weekday}. Early access for club members from {d.time}.""",
        """Last chance! The {d.product} for {d.price} instead of {d.price}. Only {d.n} days left.""",
        """Hello adventurers,
Grace period extended: your points are now valid until {d.date}. No need to do anything.""",
        """Hey trail friends 👋
free shipping on orders over {d.price} this week only.""",
        """Good news from the workshop: repairs are {d.pct} off in {d.month}.""",
        """Dear member,
your annual club survey is open until {d.date}. It takes about {d.n} minutes.""",
        """Weekend deal: buy a {d.kind}, get the matching {d.kind} at half price. Ends {d.date}.""",
    ],
    "trail_report": [
        """Trail report, {d.date}: the path from Grasmere to Easedale Tarn is muddy after the rain. {d.km}, {d.hm} of ascent. Allow about {d.n} hours.""",
        """Conditions on the Wolf Ridge: snow above 800 m, temperatures around {d.temp}. Microspikes recommended.""",
        """Route tip: from Victoria station take the train to Lewes, then walk the South Downs Way east. {d.km}.""",
        """The Savannah loop in Georgia is closed until {d.date} for maintenance.""",
        """Sunrise on Jordan Pond was worth the 5am start. {d.km} round trip, {d.hm} up.""",
        """Hunter's Path in Glen Coe: rocky, exposed in places. Not for dogs. Car park fills up by {d.time}.""",
        """Croagh Patrick this {d.weekday}: wind gusts up to 70 km/h on the summit, {d.temp}. Turn back at the shoulder if in doubt.""",
        """Milan to Como by bike: {d.km}, mostly flat, lake views from km 30.""",
    ],
    "ops_note": [
        """Reminder: the baker next door delivers at {d.time}, so please keep the loading bay clear.""",
        """The printer in the back office needs a new toner ({d.sku}). Ordered on {d.date}.""",
        """Fire drill on {d.date} at {d.time}. Meeting point: car park B.""",
        """Till software update to {d.version} tonight. Expect a restart around {d.time}.""",
        """May bank holiday: all stores open {d.topen}–{d.tclose}.""",
        """Please don't leave returns on the stairs – use the cage by door {d.n}.""",
        """Wi-Fi password for the events room changed on {d.date}. Ask the store manager.""",
        """Heating in {d.store} is fixed. Thermostat set to 20 °C; please don't touch it.""",
    ],
    "price_list": [
        """Price list valid from {d.date}
{d.product} – {d.price}
{d.product} – {d.price}
{d.product} – {d.price}""",
        """Repair prices: zip replacement {d.price}, resoling {d.price}, seam taping {d.price}.""",
        """Dealer prices (net, excl. VAT): {d.sku} {d.price}; {d.sku} {d.price}. Minimum order {d.qty} units.""",
        """Rental rates per day: tent {d.price}, sleeping bag {d.price}, crampons {d.price}. Deposit {d.price}.""",
        """Course fees {d.year}: navigation {d.price}, first aid {d.price}, winter skills {d.price}.""",
        """Clearance: {d.kind} now {d.price} (was {d.price}), item {d.sku}, while stocks last.""",
        """Shipping rates: UK {d.price}, Ireland {d.price}, US {d.price}. Free over {d.price}.""",
        """Gift voucher values: 25, 50, 100 or any amount up to {d.price}.""",
    ],
}
